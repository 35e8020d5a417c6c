"""Turn rules that pick from the last list shown ("the second one", "the earlier one", "the other one", "the
Kyrgyz one", "between the first and the last one"), and ask of the one picked what the question asks."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers import Answer, Focus
from bot.engine import comparison, details, elapsed, last_shown, references
from bot.engine import lexicon as lx
from bot.engine.query import analyse
from bot.engine.text import MONTHS, content_stems
from bot.engine.turn import Turn
from bot.knowledge.dates import PartialDate

if TYPE_CHECKING:
    from bot.engine.engine import Engine

#: "Between the first and the second", "from the earlier one to the later one": two records of the last list.
_ORDINAL = r"the (?:first|second|third|fourth|last|earlier|later|latter|former|earliest|latest)(?: one| meeting)?"
#: "that earlier session", "the later meeting": a record picked by its kind, which no person of a list is.
_RECORD_PICKED = re.compile(r"\b(?:earlier|later|first|second|last|previous|latest|earliest|other)\s+(?:meeting|session"
                            r"|talks|visit|trip|encounter|gathering)s?\b")
#: "Were both meetings in Japan?", "when were the two meetings?": two records the conversation had.
_BOTH = re.compile(r"\bboth (?:meetings|of them|of those|visits|talks)\b|\bthe two (?:meetings|visits|talks)\b")
_TWO_PICKED = re.compile(rf"\b(?:between|from) (?P<a>{_ORDINAL}) (?:and|to|till|until) "
                         rf"(?P<b>(?:the )?{_ORDINAL[4:]})\b")
#: "And between the last one and the A–B talks?": one record of the last list and one named.
_ONE_PICKED = re.compile(rf"\bbetween (?:(?P<a>{_ORDINAL}) and (?P<b>[^?]+?)|(?P<c>[^?]+?) and (?P<d>{_ORDINAL}))\W*$")
#: "How many days later was the other one?": the time from the record picked to another of the same list.
_LATER_PICKED = re.compile(r"^\W*(?:and |so )?how (?:many|much) (?:[a-z]+ )?(?:later|earlier|after|before)\b"
                           r"(?! (?:than|that|this|it)\b).*\b(?:the )?(?:other|second|first|third|last|later|earlier)"
                           r"(?: one| meeting| visit)?\W*$")
#: "How many days after the first one's talks was that?": the record picked from the list, then the one answered.
_PICKED_THEN_THAT = re.compile(r"^\W*(?:and |so )?how (?:many|much) (?:[a-z]+ )?(?:later|earlier|after|before)\b"
                               r" (?P<ref>[^?]*?\b(?:first|second|third|last|earlier|later|other)\b[^?]*?)"
                               r" (?:was|is) (?:that|it|this)(?: one)?\W*$")
#: "How many days between the first two?", "… separate the last two?": two neighbours at an end of the last list.
_END_PAIR = re.compile(r"\b(?:between|from|separate[sd]?) the (?:(?P<end>first|last|earliest|latest) (?:two|2)"
                       r"|two (?P<end2>first|last))\b")
#: "and the other guy?": the other person, not another record of a list of things.
_OTHER_PERSON = re.compile(rf"\bother (?:{lx.PERSON_NOUN}|official|minister)\b")
#: What remains of "and the other one?" once the reference is read: nothing but pointing.
_ONLY_POINTING = re.compile(r"^\W*(?:" + lx.CORRECTION_OPENER + r"\W+)*(?:and |what about |how about |then )?"
                            r"(?:in |at |for |of |with |from )?"
                            r"(?:its|it|that)(?:'s|’s)?\W*$")
#: "which one opened first and by about how long?": the order asked, then the time between.
_AND_BY_HOW_MUCH = re.compile(r"\b(?:and )?by (?:about |roughly |around |approximately )?how (?:much|long"
                              r"|many \w+)\W*$")
#: "the other one's visit": what belongs to the other of two, not another record.
#: "the first one - what did he say?": the first of what was shown, then a question of its own about it.
_FIRST_OF_ONE = re.compile(r"^\W*(?:and |so |ok )?(?:the|that) (?:first|1st|only)(?: one)?\s*[-–—:,;]\s*"
                           r"(?P<question>\w.*)$", re.IGNORECASE)
#: "the other president", "the other minister": one of two people by the post they share.
_THE_OTHER_POST = re.compile(r"\bthe other (?:president|minister|person|leader|official|diplomat)\b", re.IGNORECASE)
_OTHERS_OWN = re.compile(r"\bother (?:one|guy|person|side)['’]s?\b")
#: "… with Zelenskyy?": words after a record picked that describe it by someone in it.
_WITH_SOMEONE = re.compile(r"^(?:with|and) (?P<who>[\w'’. -]+?)\W*$")  # (a title before the name is read as the name)
#: "the Kyrgyz one - ...", "and the Uzbek meeting?": a record of the last list by a name it involves.
_NAMED_ONE = re.compile(r"^\W*(?:and |what about |how about |ok |so )?(?:the|that) (?P<name>[\w'’. -]{2,40}?) "
                        r"(?:one|meeting|visit|trip|talks)\b(?P<rest>.*)$")
#: Words that relate what they join to something else ("before", "than", "from … to"): the sides of a comparison.
_RELATING = re.compile(r"\b(?:before|after|than|between|apart|from|since|until|till|or|and)\b")
#: "… when the Aurelian one began?": a record of the last list named inside the question by whom it involves.
_NAMED_ONE_INSIDE = re.compile(r"\bthe (?P<name>[\w'’-]+(?: [\w'’-]+)?) (?:one|meeting|visit|trip|talks)\b")
#: "the one with the president - how long was it?", "and the one in Kyiv?": a record of the last list by who
#: or where.
_ONE_WITH = re.compile(r"^\W*(?:and |what about |how about |ok |so )?(?:the|that) one (?:with|in|at|held in) "
                       r"(?P<name>[\w'’. -]{2,40}?)(?P<rest>(?:\s*[-–—:,;?]|\s*$).*)$")
#: "and with the PM?": the last question again, of the record of the last list with that person.
_AND_WITH = re.compile(r"^\W*(?:and|what about|how about) with (?P<name>[\w'’. -]{2,40}?)(?P<rest>)\W*$")
#: "and on the Ukrainian side?", "and the other side?" after a few meetings: that side of each of them.
_SIDE_OF_EACH = re.compile(r"^\W*(?:and |what about |how about )?(?:on |from |for )?the (?:[\w'’-]+ )?side\W*$")
#: A follow-up's pointer to what the last answer was about.
_IT = re.compile(r"\b(?:it|that|this|these|those|they|them)\b|\b(?:his|her|their) (?:meeting|talks|visit|trip)s?\b")
#: "like the Kyrgyz one", "as the other one": a record set beside the one asked of, as a standard.
_LIKE_THE_ONE = re.compile(r"\s*\b(?:like|as|unlike|than|similar to) the [\w'’ -]+? one\b", re.IGNORECASE)


def _between_two_picked(engine: Engine, t: Turn, focus: Focus) -> Answer | None:
    """"How many days lie between the first and the second?" of the last list: the time between those two
    of its records; "and between the last one and the A–B talks?": between one of them and a record
    named."""
    lowered = t.lowered
    current = last_shown.current(focus)
    if _LATER_PICKED.match(lowered) and current is not None and last_shown.current_picked(focus):
        # "which came first? → how many days later was the other one?": from the one picked to the one named
        later = references.pick(t.text, focus.items, current, functools.partial(references.record_date, engine.kb))
        if later is not None and len(later.refs) == 1 and later.refs[0] != current:
            apart = engine.apart_in_unit_said((current, later.refs[0]), lowered, "day")
            # (the list stays the one to pick from: "where did the second one take place?")
            return replace(apart, focus=replace(focus, question=lowered)) if apart is not None else None
    then = _PICKED_THEN_THAT.match(lowered)
    if then is not None and current is not None and last_shown.current_picked(focus):
        # "how many days after the first one's talks in Kyiv was that?": from the one picked by its place in
        # the list to the one the last answer was about
        before = references.pick(then.group("ref"), focus.items, current,
                                 functools.partial(references.record_date, engine.kb))
        if before is not None and len(before.refs) == 1 and before.refs[0] != current:
            apart = engine.apart_in_unit_said((before.refs[0], current), lowered, "day")
            return replace(apart, focus=replace(focus, question=lowered)) if apart is not None else None
    two, end, mixed = _TWO_PICKED.search(lowered), _END_PAIR.search(lowered), _ONE_PICKED.search(lowered)
    if two is None and end is None and mixed is not None:
        listed, named = (mixed.group("a"), mixed.group("b")) if mixed.group("a") else \
            (mixed.group("d"), mixed.group("c"))
        date_of = functools.partial(references.record_date, engine.kb)
        one = references.pick(listed, focus.items, last_shown.current(focus), date_of)
        other = engine.ask_one(f"When was {named}?", None, t.today)
        other_ref = last_shown.one_record(other.focus) if other.answered else None
        if one is None or len(one.refs) != 1 or other_ref is None or other_ref == one.refs[0]:
            return None
        # (the unit said, else the one the question before it said: "how many days …?" → "and between …?")
        asked = lowered if elapsed.UNIT_SAID.search(lowered) else (focus.question or "").lower()
        apart = engine.apart_in_unit_said((one.refs[0], other_ref), asked, "day")
        return replace(apart, focus=replace(focus, question=lowered)) if apart is not None else None
    if two is not None:
        date_of = functools.partial(references.record_date, engine.kb)
        refs = [references.pick(two.group(side) if side == "a" or two.group(side).startswith("the ")
                                else f"the {two.group(side)}", focus.items, last_shown.current(focus), date_of)
                for side in ("a", "b")]
        chosen = [r.refs[0] for r in refs if r is not None and len(r.refs) == 1]
    elif end is not None and len(focus.items) >= 3:
        # (of a list of two, "the first two" is the whole list, which "between them" asks already)
        chosen = list(focus.items[:2] if (end.group("end") or end.group("end2")) in ("first", "earliest")
                      else focus.items[-2:])
    else:
        return None
    if len(chosen) != 2 or chosen[0] == chosen[1]:
        return None
    apart = engine.apart_in_unit_said(chosen, lowered, "day")
    return replace(apart, focus=replace(focus, question=lowered)) if apart is not None else None


def picked_item(engine: Engine, t: Turn) -> Answer | None:
    """"The second one", "the earlier one", "the other one": records of the last list, by position."""
    focus = t.focus
    whole: tuple[str, ...] = ()
    if lx.SAME_BOTH.search(t.lowered):
        return None  # "was it the same minister at both?": the people of the two compared, not each one's record
    if focus is not None and focus.picked_from and references.points_to_the_other(t.lowered) \
            and set(focus.items) < set(focus.picked_from) and not _OTHER_PERSON.search(t.lowered) \
            and len(unpicked := [i for i in focus.picked_from if i not in focus.items]) == 1:
        # "which meetings with Central Asian countries? → the Uzbek one, who? (two of three) → and the other one?":
        # the one of the list the name did not pick (the answer keeps the whole list: "which of them …?" next)
        whole = focus.picked_from
        focus = replace(focus, items=(focus.items[0], unpicked[0]), current=focus.items[0])
        t = replace(t, focus=focus)
    first_of_one = _FIRST_OF_ONE.match(t.text) if focus is not None and len(focus.items) < 2 \
        and not focus.listed and focus.meeting is not None else None
    if first_of_one is not None:
        # "the first one - what did zelensky tell him?" after an answer that showed one record: that one, asked of
        return engine.ask_one(first_of_one.group("question"), focus, t.today)
    if focus is not None and len(focus.items) < 2 and len(focus.listed) == 2 \
            and all(i.startswith("person:") for i in focus.listed):
        # ("which presidents …? → the african one …? → and the other president?": the other one of the two listed)
        t = replace(t, text=_THE_OTHER_POST.sub("the other one", t.text, count=1))
    if _LIKE_THE_ONE.search(t.lowered):
        # "was that a foreign-minister-level meeting like the Kyrgyz one?": that one, set beside the other
        t = replace(t, text=_LIKE_THE_ONE.sub("", t.text))
    if focus is not None and len(focus.items) < 2 and len(focus.listed) == 2 \
            and references.points_to_the_other(t.lowered) and not (
                _OTHER_PERSON.search(t.lowered) and not any(i.startswith(("person:", "meeting:"))
                                                            for i in focus.listed)):
        # "which of them was at the forum? → how many companies? → and the other guy?": the list of a
        # few turns back, and the one of it the conversation went on with
        went_on = [*focus.items, *(f"person:{p}" for p in focus.people[:1]),
                   *((f"meeting:{focus.meeting}",) if focus.meeting else ()),
                   # (else the one of it the conversation had last: "the uzbek one - who? → his title?")
                   *focus.recent]
        # (a list is kept with the one last answered of it first)
        current = next((i for i in went_on if i in focus.listed), focus.listed[0])
        focus = replace(focus, items=focus.listed, current=current)
        t = replace(t, focus=focus)
    elif focus is not None and len(focus.items) < 2 and len(focus.listed) > 2 \
            and references.points_to_the_other(t.lowered) and (pair := _other_than_named(engine, focus)) is not None:
        # "which Central Asian countries met Japan? → the Uzbek one - who? → and the other one?": of a list of
        # three, two of them Uzbek, the one the name said did not pick
        focus = replace(focus, items=pair, current=pair[0])
        t = replace(t, focus=focus)
    elif focus is not None and len(focus.items) < 2 and len(focus.people) == 2 and not focus.meeting \
            and references.points_to_the_other(t.lowered):
        # "who led the forum? → the Japanese one's title? → and the other guy?": the other of the two people
        # the last answer was about, the one it answered first (the two are no list shown for what follows)
        answered = _other_of_pair(engine, t, (f"person:{focus.people[0]}", f"person:{focus.people[1]}"))
        if answered is not None:
            return answered
    elif focus is not None and len(focus.items) < 2 and len(focus.people) == 1 and not focus.meeting \
            and references.points_to_the_other(t.lowered) and not analyse(t.text, engine.index).mentions \
            and (other_one := _other_of_one_meeting(engine, focus)) is not None:
        # "what's Kozuki's title? → and the other guy?": the one other person of the one meeting he took
        # part in, never himself
        answered = _other_of_pair(engine, t, (f"person:{focus.people[0]}", f"person:{other_one}"))
        if answered is not None:
            return answered
    elif focus is not None and len(focus.items) < 2 and not focus.listed and focus.meeting in engine.kb.meetings \
            and focus.people and references.points_to_the_other(t.lowered) \
            and not _OTHERS_OWN.search(t.lowered) and not analyse(t.text, engine.index).mentions:
        # "the Bali one - who did he meet? → and the other one?" with no list shown: the other meeting of the
        # person the conversation follows, when there is exactly one
        person = focus.people[0]
        current = engine.kb.meetings[focus.meeting or ""]
        others = [m for key in engine.index.meetings_by_entity.get(("person", person), ())
                  if (m := engine.kb.meetings[key]).id != current.id and m.trip != current.id
                  and current.trip != m.id]
        if len(others) == 1:
            focus = replace(focus, items=(f"meeting:{focus.meeting}", f"meeting:{others[0].id}"),
                            current=f"meeting:{focus.meeting}")
            t = replace(t, focus=focus)
    if focus is not None and len(focus.items) < 2 and not focus.listed and focus.meeting in engine.kb.meetings \
            and references.points_to_the_other(t.lowered) and not _OTHER_PERSON.search(t.lowered) \
            and not _OTHERS_OWN.search(t.lowered) and not analyse(t.text, engine.index).mentions \
            and (earlier := _other_meetings_talked_of(engine, focus)):
        # "the business forum, how many companies? → and the other one?" after an answer about another meeting: the
        # other meeting the conversation has been about (asked which, when it was about several)
        focus = replace(focus, items=(f"meeting:{focus.meeting}", *earlier), current=f"meeting:{focus.meeting}")
        if len(earlier) > 1:
            return _which_one(engine, focus, "The last few answers were about")
        t = replace(t, focus=focus)
    if focus is not None and references.by_length(t.lowered) and not (
            len(focus.items) >= 2 and all(references.record_length(engine.kb, i) is not None for i in focus.items)):
        # "going back to the longer meeting, …" after other topics: of the last two meetings the
        # conversation had that give a length
        timed = tuple(ref for m in focus.recent_meetings()
                      if references.record_length(engine.kb, ref := f"meeting:{m}") is not None)[:2]
        if len(timed) == 2:
            focus = replace(focus, items=timed)
            t = replace(t, focus=focus)
    elif focus is not None and len(focus.items) < 2 and _BOTH.search(t.lowered):
        # "were both meetings in Japan?" after each was answered in a turn of its own: the last two the
        # conversation had
        remembered = tuple(f"meeting:{m}" for m in focus.recent_meetings()[:2])
        if len(remembered) == 2:
            focus = replace(focus, items=remembered)
            t = replace(t, focus=focus)
    if focus is None or len(focus.items) < 2:
        return None
    if comparison.IN_THE_DAY.search(t.lowered) and engine.answerer.comparer.compares(t.text):
        return None  # "which of the two started earlier in the day?": their clock times compared, not dates
    if all(i.startswith("person:") for i in focus.items) and _RECORD_PICKED.search(t.lowered):
        return None  # ("who else was in that earlier session?" after people listed: a meeting, not one of them)
    between = _between_two_picked(engine, t, focus)
    if between is not None:
        return between
    picked = references.pick(t.text, focus.items, last_shown.current(focus), _item_date(engine, focus),
                             functools.partial(references.record_length, engine.kb))
    picked = picked or _picked_by_name(engine, t.text, focus) or _each_of_list(engine, t.text, focus)
    if picked is None:
        return None
    current = last_shown.current(focus)
    if not picked.refs and current is not None:
        # "the other one" after picking a visit from a list that also holds the meetings held during it:
        # the other of the rest, the visit's own meetings aside
        related = _same_trip(engine, current)
        kept = tuple(i for i in focus.items if i == current or i not in related)
        again = references.pick(t.text, kept, current, lambda ref: references.record_date(engine.kb, ref)) \
            if len(kept) < len(focus.items) else None
        picked = again if again is not None and again.refs else picked
    if len(picked.refs) == 1 and picked.rest and (said := lx.PERSON_PRONOUN.search(picked.rest.lower())) is not None:
        # "the second one, who did she sit down with?" when the second record shown is a meeting of a journey
        # also listed, and of no one the records call "she": the second of the list counted by journeys
        picked = _counted_by_journeys(engine, t.text, focus, picked, said.group(1)) or picked
    if picked.order is not None and len(picked.refs) > 1:
        picked = replace(picked, refs=engine.in_said_order(picked.refs, picked.order))
    if not picked.refs:  # "the other one" when the last answer showed more than two
        return _which_one(engine, focus)
    rest = picked.rest
    if rest is not None and _ONLY_POINTING.match(rest):
        # "and the other one?", "and in the second?": the last question, of that one (as it was asked
        # when it names nothing but the home country, else by its type).
        last = focus.question
        named = analyse(last, engine.index).mentions if last else ()
        prior = references.pick(last, focus.items, None, lambda ref: None) if last else None
        if last and not any(m.id != engine.index.home for m in named) and prior is None:
            rest = last
        elif prior is not None and prior.rest and not _ONLY_POINTING.match(prior.rest):
            rest = prior.rest  # "who led the earlier one?" → "and the later one?": who led it
        elif last and (by_name := _NAMED_ONE.match(last.lower())) is not None \
                and not _ONLY_POINTING.match(asked := by_name.group("rest").strip(" -–—:,;")):
            rest = references.asked_of_it(asked)  # "the Uzbek one - who represented Japan?": who did at it
        elif last and (swapped := _asked_of_another_listed(engine, last, focus.items, picked.refs)) is not None:
            rest = swapped  # "who did the second one meet?" → "and the first one?": whom the first met
        elif focus.intent in last_shown.ASKED_AGAIN:
            rest = last_shown.ASKED_AGAIN[focus.intent]
        else:
            rest = None  # "and the earliest?" with no question to ask again: the record itself
    answer = engine.about_records(picked.refs, rest, whole or focus.items, t.today, within=focus)
    if picked.order is not None and rest is None and len(picked.refs) == 1 and answer.answered:
        # "which one did he meet first?": the one first (or last), said so, and the others it came before
        held = engine.kb.meetings.get(picked.refs[0].removeprefix("meeting:"))
        trip = held.trip if held is not None else None
        rest_shown = [title if day.human() in (title := engine.item_title(i)) else f"{title} ({day.human()})"
                      for i in focus.items
                      if i not in (picked.refs[0], f"meeting:{trip}")
                      and (day := references.record_date(engine.kb, i)) is not None]
        first = picked.order == "first"
        # ("which one opened first and by how long?": the time between the two as well)
        gap = engine.apart_in_unit_said(focus.items, t.lowered, None) \
            if _AND_BY_HOW_MUCH.search(t.lowered) and len(focus.items) == 2 else None
        answer = replace(answer, title=f"{'First' if first else 'Last'}: {answer.title}", lines=(
            *answer.lines,
            *((f"{'After' if first else 'Before'} it: {'; '.join(rest_shown).rstrip('.')}.",)
              if rest_shown else ()),
            *((f"The time between them: {gap.title}.",) if gap is not None and gap.answered else ())))
    return answer


def _item_date(engine: Engine, focus: Focus) -> Callable[[str], PartialDate | None]:
    """The date of an item of a list shown: a record's own; of a person listed as a holder of the post the
    conversation is about, the earliest date the records give them in it ("which of them came first?")."""
    def date_of(ref: str) -> PartialDate | None:
        kind, _, key = ref.partition(":")
        person = engine.kb.people.get(key) if kind == "person" else None
        if person is None:
            return references.record_date(engine.kb, ref)
        if focus.role:
            held = [r.as_of for r in person.roles if r.key == focus.role and r.as_of is not None]
            return min(held, key=lambda when: when.first_day()) if held else None
        # (of people listed as going to a country: the earliest of their meetings there)
        met = [m.date for m in engine.met_there(key, focus)]
        return min(met, key=lambda when: when.first_day()) if met else None
    return date_of


def _asked_of_another_listed(engine: Engine, last: str, items: tuple[str, ...], refs: tuple[str, ...]) -> str | None:
    """The last question asked again of the one person picked from a list of people, when it named one other
    person of that list ("who did Yoko Kamikawa meet" → "who did Yoshimasa Hayashi meet"); None otherwise."""
    if len(refs) != 1 or not refs[0].startswith("person:") or refs[0].removeprefix("person:") not in engine.kb.people:
        return None
    read = analyse(last, engine.index)
    listed = [m for m in read.mentions if m.kind == "person" and f"person:{m.id}" in items and
              f"person:{m.id}" != refs[0]]
    if len(listed) != 1 or any(m.kind == "person" and m not in listed for m in read.mentions):
        return None
    said = listed[0]
    name = engine.kb.people[refs[0].removeprefix("person:")].name
    return " ".join((*read.words[:said.start], name, *read.words[said.end:]))


def _other_meetings_talked_of(engine: Engine, focus: Focus) -> tuple[str, ...]:
    """The meetings other than the focus's own (and those of its journey) among the records of the last few
    answers, as `meeting:id`, the latest first."""
    own = f"meeting:{focus.meeting}"
    others = [ref for key in focus.recent_meetings() if (ref := f"meeting:{key}") != own
              and ref not in _same_trip(engine, own) and key in engine.kb.meetings]
    # (a journey and the meetings held during it are one thing talked of: the journey's own record stands for them)
    journeys: dict[str, list[str]] = {}
    for ref in others:
        meeting = engine.kb.meetings[ref.removeprefix("meeting:")]
        journeys.setdefault(meeting.trip or meeting.id, []).append(ref)
    return tuple(f"meeting:{trip}" if f"meeting:{trip}" in refs else refs[0] for trip, refs in journeys.items())


def _counted_by_journeys(engine: Engine, text: str, focus: Focus, picked: references.Reference,
                         pronoun: str) -> references.Reference | None:
    """The record `text` picks from the last list counted with each journey and the meetings held during it as
    one, when the record picked by the list as shown is of no one the records call by `pronoun` and someone of
    it by another, and the one picked so is of someone they call by it; None otherwise."""
    word = "she" if pronoun in ("she", "her", "hers") else "he"

    def called(ref: str) -> set[str]:
        meeting = engine.kb.meetings.get(ref.removeprefix("meeting:")) if ref.startswith("meeting:") else None
        people = [engine.kb.people.get(p) for p in meeting.participants] if meeting is not None else []
        return {p.pronoun.word for p in people if p is not None and p.pronoun is not None}

    shown = called(picked.refs[0])
    if not shown or word in shown:
        return None
    # (a meeting held during a journey also listed is counted with the journey)
    kept = tuple(i for i in focus.items if not (
        i.startswith("meeting:") and (m := engine.kb.meetings.get(i.removeprefix("meeting:"))) is not None
        and m.trip is not None and f"meeting:{m.trip}" in focus.items))
    if len(kept) == len(focus.items):
        return None
    again = references.pick(text, kept, last_shown.current(focus), lambda ref: references.record_date(engine.kb, ref))
    if again is None or len(again.refs) != 1 or again.refs == picked.refs or word not in called(again.refs[0]):
        return None
    return again


def _same_trip(engine: Engine, ref: str) -> set[str]:
    """The records of the same journey as the meeting `ref`: its trip and the trip's meetings."""
    meeting = engine.kb.meetings.get(ref.removeprefix("meeting:"))
    if meeting is None:
        return set()
    trip = meeting.trip or meeting.id
    return ({f"meeting:{trip}"} | {f"meeting:{m.id}" for m in engine.kb.trip_meetings(trip)}) - {ref}


def _each_of_list(engine: Engine, text: str, focus: Focus) -> references.Reference | None:
    """"How long did it last?" after a list of a few meetings and no one meeting: asked of each."""
    if focus.meeting is not None or not 2 <= len(focus.items) <= references.MAX_EACH \
            or not all(i.startswith("meeting:") for i in focus.items) \
            or not (_IT.search(text.lower()) or _SIDE_OF_EACH.match(text.lower())):
        return None
    if _SIDE_OF_EACH.match(text.lower()):
        return references.Reference(focus.items, "who took part in it?")  # each one's people, both sides
    query = analyse(text, engine.index)
    if query.intent not in lx.MEETING_FIELDS or any(m.id != engine.index.home for m in query.mentions):
        return None
    return references.Reference(focus.items, text)


def _other_than_named(engine: Engine, focus: Focus) -> tuple[str, str] | None:
    """The record of the last list picked by the last question's name ("the Uzbek one"), and the one record of
    the list that name did not pick; None unless it left exactly one."""
    lowered = (focus.question or "").lower()
    found = _NAMED_ONE.match(lowered) or _ONE_WITH.match(lowered) or _AND_WITH.match(lowered)
    if found is None or not all(i.startswith("meeting:") for i in focus.listed):
        return None
    named = [m for m in analyse(found.group("name"), engine.index).mentions if m.id != engine.index.home]
    if len(named) != 1:
        return None
    fitting = _involving(engine, focus.listed, (named[0].kind, named[0].id))
    rest = [i for i in focus.listed if i not in fitting]
    return (fitting[0], rest[0]) if fitting and len(rest) == 1 else None


def _picked_by_name(engine: Engine, text: str, focus: Focus) -> references.Reference | None:
    """"The Kyrgyz one - at what level was it?", "and the Uzbek meeting?": the one record of the last
    list that involves the country, place or person named."""
    lowered = text.lower()
    found = _NAMED_ONE.match(lowered) or _ONE_WITH.match(lowered) or _AND_WITH.match(lowered)
    if found is None:
        return _named_one_inside(engine, lowered, focus)
    if not all(i.startswith("meeting:") for i in focus.items):
        return _picked_by_words(engine, found, focus) if found.re is _NAMED_ONE else None
    said = analyse(found.group("name"), engine.index)
    named = [m for m in said.mentions if m.id != engine.index.home]
    month = MONTHS.get(found.group("name").strip())
    if not named and month is not None:
        # "the november one, where was it?": the one record of the list held in that month
        date_of = _item_date(engine, focus)
        fitting = tuple(i for i in focus.items if (when := date_of(i)) is not None and when.month == month)
    elif len(named) == 1:
        fitting = _involving(engine, focus.items, (named[0].kind, named[0].id))
    elif not named and said.role is not None:
        # "the foreign minister one", "the one with the president": the meeting where the other side's
        # holder of that post took part (either side's, when the other side's picks none)
        fitting = engine.with_post(focus.items, said.role, partner=True) or engine.with_post(
            focus.items, said.role, partner=False)
    else:
        return None
    if len(fitting) == 1 and fitting[0].removeprefix("meeting:") in engine.kb.trips and said.role is not None:
        # "and with the PM?" when the list showed a visit: the meeting of the visit with that post's holder
        held = tuple(f"meeting:{m.id}" for m in engine.kb.trip_meetings(fitting[0].removeprefix("meeting:")))
        fitting = engine.with_post(held, said.role, partner=True, parts=False) or fitting
    if len(fitting) != 1:
        return None
    rest = found.group("rest").strip(" -–—:,;")
    if not rest:
        return references.Reference(fitting, "it")
    further = _with_whom(engine, fitting[0], rest)
    if further is not None:
        return references.Reference((further,), "it")  # ("and the kyiv one with zelensky?": that one, asked again)
    return references.Reference(fitting, references.asked_of_it(rest))


def _with_whom(engine: Engine, item: str, rest: str) -> str | None:
    """"and the Kyiv one with Zelenskyy?": the words after the one picked describe it further by someone who
    took part in it (in a visit, the meeting with them): that record; None when they ask something."""
    found = _WITH_SOMEONE.match(rest)
    said = analyse(found.group("who"), engine.index) if found is not None else None
    if said is None or said.keywords or len(said.mentions) != 1 or said.mentions[0].kind != "person":
        return None
    person = said.mentions[0].id
    held = engine.kb.meetings.get(item.removeprefix("meeting:"))
    if held is None or person not in held.participants:
        return None
    during = [m for m in engine.kb.trip_meetings(held.id) if person in m.participants] if held.id in engine.kb.trips \
        else []
    return f"meeting:{during[0].id}" if len(during) == 1 else item


def _named_one_inside(engine: Engine, lowered: str, focus: Focus) -> references.Reference | None:
    """"What time was it in Zembla when the Aurelian one began?": the one meeting of the last list that
    involves the country, place or person of "the <name> one" inside the question, asked of as "it"."""
    found = _NAMED_ONE_INSIDE.search(lowered)
    if found is None or not all(i.startswith("meeting:") for i in focus.items):
        return None
    named = [m for m in analyse(found.group("name"), engine.index).mentions if m.id != engine.index.home]
    if len(named) != 1 or named[0].end - named[0].start != len(found.group("name").split()):
        return None
    fitting = _involving(engine, focus.items, (named[0].kind, named[0].id))
    rest = f"{lowered[:found.start()]}it{lowered[found.end():]}".strip()
    if len(fitting) != 1 or _RELATING.search(rest) or any(
            m.id != engine.index.home for m in analyse(rest, engine.index).mentions):
        return None  # ("was the Velda meeting before that trip?": one side of a comparison, not a reference)
    return references.Reference(fitting, rest)


def _involving(engine: Engine, items: tuple[str, ...], entity: tuple[str, str]) -> tuple[str, ...]:
    """The meetings of `items` (as `meeting:id`) that involve the country, place or person `entity`."""
    return tuple(i for i in items if entity in engine.index.meeting_entities(i.removeprefix("meeting:")))


def _picked_by_words(engine: Engine, found: re.Match[str], focus: Focus) -> references.Reference | None:
    """"The scholarship one - what's its full name?" after a list of terms, facts or pledges: the one
    item whose own words hold every word said of it."""
    words = [w for w in content_stems(found.group("name")) if w not in lx.LIGHT_STEMS]
    if not words:
        return None
    fitting = tuple(i for i in focus.items
                    if (record := details.record(engine.kb, i)) is not None
                    and set(words) <= details.own_words(record))
    if len(fitting) != 1:
        return None
    rest = found.group("rest").strip(" -–—:,;")
    return references.Reference(fitting, references.asked_of_it(rest) if rest else "it")


def _other_of_pair(engine: Engine, t: Turn, pair: tuple[str, str]) -> Answer | None:
    """The other of two people (the first the one the conversation was about), asked what the message asks."""
    other = references.pick(t.text, pair, pair[0], lambda ref: references.record_date(engine.kb, ref))
    if other is not None and len(other.refs) == 1:
        return engine.about_records(other.refs, other.rest, other.refs, t.today)
    return None


def _other_of_one_meeting(engine: Engine, focus: Focus) -> str | None:
    """The one person other than the one the conversation is about at the one meeting of theirs it had (the
    latest it showed, else their only one); None unless exactly one."""
    person = focus.people[0]
    shown = [engine.kb.meetings[m] for m in focus.recent_meetings() if m in engine.kb.meetings
             and person in engine.kb.meetings[m].participants]
    theirs = shown[:1] or [engine.kb.meetings[k] for k in engine.index.meetings_by_entity.get(("person", person), ())
                           if k in engine.kb.meetings]
    if len(theirs) != 1:
        return None
    others = [p for p in theirs[0].participants if p != person and p in engine.kb.people]
    return others[0] if len(others) == 1 else None


def _which_one(engine: Engine, focus: Focus, said: str = "The last answer showed") -> Answer:
    """The records the last answer showed (or the last few were about, as `said`), asked which one is meant."""
    return Answer("not_found", False, "Which one do you mean?",
                  (f"{said} {len(focus.items)} records:",
                   *(f"{n}. {engine.item_title(i)}" for n, i in enumerate(focus.items, 1)),
                   "Ask about one of them by its position (“the second one”) or a name it involves."),
                  focus=focus, confidence=0.0)
