"""Turn rules of order and time between: which of two records or people came first, the records put in date
order, and the time between two events."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers import Answer, Focus
from bot.engine import (
    choice,
    comparison,
    corrections,
    details,
    elapsed,
    followups,
    last_shown,
    references,
)
from bot.engine import describe as d
from bot.engine import lexicon as lx
from bot.engine.query import (
    ROLES,
    Query,
    analyse,
    holds_all,
    phrase_span,
)
from bot.engine.text import content_stems
from bot.engine.turn import Turn
from bot.knowledge.model import Fact, Term

if TYPE_CHECKING:
    from bot.engine.engine import Engine

#: "his visit", "her appointment": a possessive pronoun before what is owned.
_OWNER_PRONOUN = re.compile(r"\b(his|her)\b(?= [a-z])", re.IGNORECASE)
#: "The two openings", "those two visits": two records named by what they were.
_TWO_NAMED = re.compile(r"\b(?:the|those|these) (?:two|2) (?:([a-z]+) )?([a-z]+s)\b")
#: Nouns of "the two …" that name no kind of record ("those two dates").
_ANY_TWO = frozenset("dates days times ones events records things items entries".split())
#: "When was rwandan one?": a side of "which is older, the Rwandan one or the Uzbek one?" named by what it involves.
_SIDE_ONE = re.compile(r"^When was (?P<name>[\w'’ .-]+?) one\?$", re.IGNORECASE)
#: "Which of the two ...", "which of those two ...": two things the conversation answered.
#: Words after which a question names the subject of its verb ("did Kishida go").
_SUBJECT_AFTER = frozenset("did does do was were has had have".split())
#: The order words of "which came later?" that ask for the later of two.
_LATER_WORDS = frozenset({"later", "last", "latest", "most recently", "more recently", "newer", "newest", "more recent",
                          "most recent"})
_THE_TWO = re.compile(r"\b(?:the|those|these) (?:two|2)\b|\bboth\b")
#: "... before her meeting with Kuleba was that?": one side of a question of time is the conversation's record.
_THAT_WAS = re.compile(r"\b(?:was|is|were|did) (?:that|it|this)(?: one)?(?: (?:happen|take place|open|start))?\W*$")
#: A side of a question of time that is only a pointer to the conversation's record ("that meeting").
_THAT_RECORD_ALONE = re.compile(r"^\W*(?:when (?:was|did) )?(?:(?:that|this|the same) (?:meeting|visit|trip|event"
                                r"|talks)|that|this)(?: (?:take place|happen|begin|start))?\W*$")
#: A side of a question of time between that names nothing of its own ("did it open").
_SIDE_POINTS_BACK = re.compile(r"\b(?:it|they|he|she|him|her|them|that one|this one)\b")
_WHICH_CAME = re.compile(r"^\W*(?:and |so )?(?:which|what) (?:of (?:the|those|these) (?:two |three )?)?[a-z' -]+? "
                         r"(?P<when>first|1st|earlier|earliest|later|last|latest|more recently|most recently|older"
                         r"|oldest|newer|newest|more recent|most recent)\W*$")
_ONE_NOUN = re.compile(r"^(\W*(?:and |so )?(?:which|what) (?:of (?:the|those|these) (?:two |three )?)?)([a-z]+)\b",
                       re.IGNORECASE)
def _plural(noun: str) -> str:
    """`embassy` → `embassies`, `meeting` → `meetings`; a plural stays as it is."""
    if noun.endswith("s"):
        return noun
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
#: A side of a question of time between that is a name's and no more ("after Japan's").
_POSSESSIVE_ALONE = re.compile(r"^\W*(?:when (?:did|was|were) )?[\w .-]+?(?:'s|’s|s')\W*$", re.IGNORECASE)
#: "Who went first?", "and who did it later?": which of the two people just listed did the thing asked first.
_WHO_FIRST = re.compile(r"^\W*(?:and |so |ok )?who (?:of (?:them|the two) )?(?:[a-z]+ )?(?:(?:it|so|there) )?"
                        r"(?P<when>first|earlier|later|last)\W*$")
#: "Which Japanese leaders went …", "what ministers met …": the question's subject, asked of people as "who".
_WHICH_DOERS = re.compile(r"^\W*(?:which|what) (?:[A-Za-z'’-]+ ){0,3}?(?=(?:went|came|visited|travell?ed|met|held"
                          r"|attended|signed|opened|made|gave|took|spoke|called)\b)", re.IGNORECASE)
#: "Which of the two did he see first?": of two people listed, the one someone met first (or last).
_WHICH_MET_FIRST = re.compile(r"^\W*(?:and |so )?(?:which|who|whom)(?: of (?:the two|the 2|them|those|these)| one)? "
                              r"(?:did|has|had) (?P<who>he|she) (?:see|meet|visit|talk to|talk with|hold talks with"
                              r"|speak (?:to|with)|sit down with)(?: with)? "
                              r"(?P<when>first|earlier|last|later|second)\W*$")
#: "When was the meeting?" as one side of a comparison: the meeting the conversation last had.
_THE_MEETING_ASKED = re.compile(r"^when was (?:the|that|this) (?:meeting|talks|visit|trip)\W*$")


def who_of_listed_first(engine: Engine, t: Turn) -> Answer | None:
    """"Which Japanese leaders went to Ukraine in 2023?" → "who went first?": the question of the two people
    listed, asked as a choice of the two, the earlier (or later) named with both dates."""
    focus = t.focus
    found = _WHO_FIRST.match(t.lowered)
    if found is None or focus is None or not focus.listed_question or len(focus.items) != 2 \
            or not all(i.startswith("person:") for i in focus.items):
        return None
    asked = _WHICH_DOERS.sub("who ", focus.listed_question.rstrip(" ?.!"), count=1)
    if not asked.lower().startswith("who "):
        return None
    names = [engine.index.entity_name(("person", i.split(":", 1)[1])) for i in focus.items]
    return ordered_choice(engine, Turn(f"{asked} {found.group('when')}, {names[0]} or {names[1]}?", None, t.today))


def which_listed_met_first(engine: Engine, t: Turn) -> Answer | None:
    """"Which of the two did he see first?" after a list of two people someone met: the one whose meeting
    with him came first (by date, or on one day by the order the records tell)."""
    focus = t.focus
    found = _WHICH_MET_FIRST.match(t.lowered)
    if found is None or focus is None or len(focus.items) != 2 \
            or not all(i.startswith("person:") for i in focus.items):
        return None
    listed = tuple(i.removeprefix("person:") for i in focus.items)
    others = tuple(p for p in focus.people if p not in listed)
    subject = followups.meant_by_pronoun(engine.kb, others, found.group("who"))
    if len(subject) != 1:
        return None
    meetings = []
    for person in listed:
        theirs = [engine.kb.meetings[m] for m in engine.index.meetings_by_entity.get(("person", person), ())
                  if m in engine.kb.meetings and m not in engine.kb.trips
                  and subject[0] in engine.kb.meetings[m].participants]
        if len(theirs) != 1:
            return None
        meetings.append(theirs[0])
    order = "first" if found.group("when") in ("first", "earlier") else "last"
    a, b = meetings
    a_first = choice.first_of(a.date, b.date)
    if a_first is not None:
        picked = a if a_first == (order == "first") else b
    else:
        said = engine.in_said_order(tuple(f"meeting:{m.id}" for m in meetings), order)
        if len(said) != 1:
            return None
        picked = engine.kb.meetings[said[0].removeprefix("meeting:")]
    person = listed[meetings.index(picked)]
    lines = tuple(f"{m.title}: {m.date.human()}." for m in (picked, *(m for m in meetings if m is not picked)))
    return Answer("people", True, engine.kb.people[person].name, lines,
                  sources=tuple(d.cite(engine.kb, m.cited) for m in meetings), confidence=0.8,
                  focus=replace(engine.answerer.meetings.meeting_focus(picked), items=focus.items,
                                current=f"person:{person}"),
                  interpretation="the earlier of two" if order == "first" else "the later of two")


def _owner_named(engine: Engine, side: str, people: tuple[str, ...]) -> str:
    """"his visit" of a conversation about one man: "Yoshimasa Hayashi's visit"; the side as it is when it names
    someone, or the pronoun may be several people or none."""
    owner = _OWNER_PRONOUN.search(side)
    if owner is None or any(m.kind == "person" for m in analyse(side, engine.index).mentions):
        return side
    word = "he" if owner.group(1).lower() == "his" else "she"
    meant = [p for p in people if (x := engine.kb.people.get(p)) is not None
             and (x.pronoun is None and len(people) == 1 or x.pronoun is not None and x.pronoun.word == word)]
    if len(meant) != 1:
        return side
    return f"{side[:owner.start()]}{engine.kb.people[meant[0]].name}'s{side[owner.end():]}"


def which_came_first(engine: Engine, t: Turn) -> Answer | None:
    return _which_came(engine, t.text, t.focus, t.today)


def time_between(engine: Engine, t: Turn) -> Answer | None:
    """Time between two events, the weekday of one, and anniversaries."""
    focus, today = t.focus, t.today
    # "how many days apart were they?" of the records just shown, else of the two the conversation has
    # answered, each in a turn of its own (a list of one day's records gives one date); never two of more
    # ("the two openings": records whose words have the noun, not any two the conversation had)
    named = _TWO_NAMED.search(t.lowered)
    said = [w for w in named.groups() if w and w not in _ANY_TWO] if named is not None else []
    # (a noun alone must be a word of each record; with the word before it, of each of two among three)
    nouns = content_stems(said[0]) if named is not None and named.group(1) is None and said else []
    either = content_stems(" ".join(said))
    # (the records of the last answers, when they fall on two dates: a list of one day's records after one record)
    for refs in ((focus.items, focus.recent if 2 <= len(focus.recent) <= 3 else ()) if focus is not None else ()):
        kept = tuple(i for i in refs if any(holds_all(engine.record_stems(i), (n,)) for n in either))
        if either and focus is not None and refs is focus.recent and len(refs) == 3 and len(kept) == 2:
            # ("the two embassy openings" after three records: the two of them whose words have a noun of it)
            refs = kept
        elif nouns and not all(holds_all(engine.record_stems(i), nouns) for i in refs):
            continue
        shown = engine.dated_shown(refs)
        apart = elapsed.apart(t.text, shown) if refs and len(shown) == len(refs) else None
        if apart is not None and focus is not None:  # still the topic
            # (the two records apart are now those shown: "which one lasted longer?" compares them)
            dated = apart.focus.date if apart.focus is not None else None
            return replace(apart, focus=replace(focus, date=dated, question=t.text, items=tuple(refs)))
    again = elapsed.asked_again(t.text, focus.question if focus is not None else None)
    if again is not None:
        # "and from A to B?" after "how many days passed between C and D?"
        return time_between(engine, Turn(again, focus, today))
    timed = _timed_here(engine, t)
    if timed is not None and timed.answered and focus is not None and (focus.meeting or focus.items) \
            and (_THAT_WAS.search(t.lowered) or elapsed.of_the_last(t.text)):
        # "how many days before her meeting with Kuleba was that?": "that" is still the topic after the answer
        dated = timed.focus.date if timed.focus is not None else None
        return replace(timed, focus=replace(focus, date=dated or focus.date, question=t.text))
    if timed is not None and timed.answered and timed.focus is not None and len(timed.focus.items) == 2 \
            and elapsed.later_alone(t.text):
        # "how many days later did Hayashi meet the Kyrgyz minister?": that meeting is the topic now ("when did
        # that meeting end?"), the one before it still shown
        event = timed.focus.items[-1]
        meeting = event.split(":", 1)[1] if event.startswith("meeting:") else timed.focus.meeting
        return replace(timed, focus=replace(timed.focus, question=t.text, current=event, meeting=meeting))
    if timed is not None and timed.answered:
        return replace(timed, focus=replace(timed.focus or Focus(), question=t.text))
    if timed is not None and elapsed.later_alone(t.text):
        return None  # ("how many years later did Japan's COVID help arrive?": read on, of the record answered)
    return timed


def _timed_here(engine: Engine, t: Turn) -> Answer | None:
    focus, today = t.focus, t.today
    day = focus.date if focus is not None else None
    if focus is not None and not day and len(focus.items) == 1:
        # ("what did Kamikawa say about the G7?" → "so that was two days before she met Kuleba?": the one record
        # answered, by its own date)
        dated = references.record_date(engine.kb, focus.items[0])
        day = dated.iso() if dated is not None else None
    if focus is not None and focus.several and elapsed.match(t.text) is not None \
            and _THAT_WAS.search(elapsed.present_as_past(t.lowered)) \
            and len({references.record_date(engine.kb, i) for i in focus.items}) > 1:
        # "… how many months before her trip was that?" after records of different dates: which one "that" is
        # the question does not say
        return Answer("not_found", False, "Which one?",
                      (f"“that” may be any of the {len(focus.items)} records just listed, each of its own date. "
                       "Please name the one you mean.",), confidence=0.0)
    last = Answer("record", True, "", focus=replace(focus, date=day)) if focus is not None and day else None
    if last is not None and elapsed.after_name_alone(t.text, functools.partial(_country_alone, engine)):
        # "how many years after Rwanda was that?" after Uzbekistan's ties: Rwanda's record of what the
        # conversation is on (`lists.years_since_last`), not any record of Rwanda
        return None

    def side(asked: str, context: Focus | None = None) -> Answer:
        owned = _listed_of_owner(engine, asked, focus)
        if owned is not None:
            # "how many days between Hayashi's and Kamikawa's?" after a list: the record of each listed
            return engine.record_answer(owned, (owned,))
        # ("how long before his visit was that?": his is the person of the conversation, named, when that
        # names one event of theirs)
        named = _owner_named(engine, asked, focus.people if focus is not None else ())
        if named != asked and engine.single_date(found := side_of(named, context)) is not None:
            return found
        return side_of(asked, context)

    def side_of(q: str, context: Focus | None) -> Answer:
        # (a side that names nothing of its own, "did it open", is of the conversation's record; "between that
        # meeting and his arrival in Kyiv": "that meeting" is the conversation's, whatever the other side's
        # answer was about)
        return _done_or_not(engine, q, _side_remembered(engine, q, focus, engine.ask_one(
            q, focus if _THAT_RECORD_ALONE.search(q.lower()) else context or (
                focus if _SIDE_POINTS_BACK.search(q.lower()) or not _names_any(engine, q) else None), today)))

    timed = elapsed.answer(t.text, side, engine.single_date, last, functools.partial(_name_only_question, engine),
                           functools.partial(_names_any, engine),
                           lambda said: any(m.kind == "person" for m in analyse(said, engine.index).mentions))
    if timed is not None and timed.answered and timed.focus is not None:
        timed = replace(timed, focus=replace(timed.focus, people=_subject_first(engine, t.text)))
    timed = timed or elapsed.weekday(t.text, lambda q: engine.ask_one(q, focus, today), engine.single_date)
    timed = timed or elapsed.anniversary(t.text, lambda q: engine.ask_one(q, None, today), engine.single_date, last)
    # (an event told as a clause, "the same day relations were set up", is of the conversation's countries, not
    # of its record: that record is the other side of the comparison)
    timed = timed or elapsed.same_day_as(t.text, last, lambda q: _ask_of_meeting_pointed(engine, q, focus, today),
                                         engine.single_date, lambda q: _asked_of_countries(engine, q, focus, today))
    # ("was that before or after she met Kuleba?": "she" and the rest read in the conversation)
    timed = timed or elapsed.that_in_order(t.text, last, lambda q: engine.ask_one(q, focus, today),
                                           engine.single_date)
    return timed or elapsed.anniversary_of_what(t.text, lambda q: engine.ask_one(q, None, today), engine.single_date,
                                                functools.partial(_dated_events, engine), last)


def _ask_of_meeting_pointed(engine: Engine, text: str, focus: Focus | None, today: dt.date) -> Answer:
    """`text` asked on its own; "when was the meeting?" of the meeting the conversation last had ("same day of the
    year as the meeting?" after the date of something else)."""
    recent = focus.recent_meetings() if focus is not None else ()
    if _THE_MEETING_ASKED.match(text.lower()) and recent and recent[0] in engine.kb.meetings:
        return engine.ask_one("when was it?", engine.answerer.meetings.meeting_focus(engine.kb.meetings[recent[0]]),
                             today)
    return engine.ask_one(text, None, today)


def _asked_of_countries(engine: Engine, text: str, focus: Focus | None, today: dt.date) -> Answer:
    """`text` asked of the conversation's countries alone; not answered when the record found is of none
    of them ("the same date the two countries set up ties" is no record of a third country)."""
    countries = set(focus.countries) - {engine.index.home} if focus is not None else set()
    if not countries:
        return engine.answerer.nothing(analyse(text, engine.index))
    answer = engine.ask_one(text, Focus(countries=tuple(sorted(countries))), today)
    if answer.focus is None or not countries & set(answer.focus.countries):
        return engine.answerer.nothing(analyse(text, engine.index))
    return answer


def _subject_first(engine: Engine, text: str) -> tuple[str, ...]:
    """The people a question names, the subject of its verb first ("how many months before Hayashi's trip
    did Kishida go …?": Kishida), for "he" in the question after it."""
    read = analyse(text, engine.index)
    named = sorted((m for m in read.mentions if m.kind == "person"), key=lambda m: m.start)
    verbs = [i for i, w in enumerate(read.words) if w in _SUBJECT_AFTER]
    subject = [m for m in named if any(m.start in (i + 1, i + 2) for i in verbs)][:1]
    return tuple(dict.fromkeys(m.id for m in (*subject, *named)))


def _listed_of_owner(engine: Engine, asked: str, focus: Focus | None) -> str | None:
    """"Hayashi's", a side of a question of time between that is a person's name alone: the one meeting of the
    list last shown that they took part in; None when the side is more, or no one such meeting was shown."""
    shown = last_shown.shown_list(focus) if focus is not None else ()
    if not shown or not _POSSESSIVE_ALONE.search(asked):
        return None
    named = [m.id for m in analyse(asked, engine.index).mentions]
    if len(named) != 1 or named[0] not in engine.kb.people:
        return None
    theirs = [ref for ref in shown if (m := engine.kb.meetings.get(ref.removeprefix("meeting:"))) is not None
              and ref.startswith("meeting:") and named[0] in m.participants]
    return theirs[0] if len(theirs) == 1 else None


def _side_remembered(engine: Engine, asked: str, focus: Focus | None, answer: Answer) -> Answer:
    """One side of a question of time between that names nothing of its own ("how many years after ties
    was it?"): the one record the conversation answered lately whose words say it, before a record
    outside the conversation that shares a word ("tech ties")."""
    if focus is None or not focus.recent or _names_any(engine, asked):
        return answer
    read = analyse(asked, engine.index)
    wanted = [k for k in read.keywords if k not in lx.ELAPSED_WORDS and k not in lx.LIGHT_STEMS]
    other = focus.current or (focus.items[0] if focus.items else None)
    if not wanted and read.mentions and _POSSESSIVE_ALONE.search(asked):
        # "how many years after Japan's was that?": the record just remembered that is Japan's, other
        # than the one "that" is
        wanted = [w for m in read.mentions for w in content_stems(" ".join(read.words[m.start:m.end]))]
    else:
        other = None
    if not wanted:
        return answer
    saying = [ref for ref in focus.recent if ref != other and (found := details.record(engine.kb, ref)) is not None
              and references.record_date(engine.kb, ref) is not None
              and holds_all(details.said_words(found), wanted)]
    if len(saying) > 1 and other is not None:
        # (Japan's of two: the one of the country "that" is of)
        of_other = details.record(engine.kb, other)
        partners = set(of_other.countries if isinstance(of_other, (Fact, Term)) else ()) - {engine.index.home}
        saying = [ref for ref in saying if partners & set(getattr(details.record(engine.kb, ref), "countries", ()))]
    if len(saying) != 1 or last_shown.one_record(answer.focus) in saying:
        return answer
    return engine.record_answer(saying[0], (saying[0],))


def _names_any(engine: Engine, text: str) -> bool:
    """Whether a side of a question of time between names anything but the home country, which every
    record is about ("relations were set up", "Japan's opened": of the conversation's country)."""
    return any(m.id != engine.index.home for m in analyse(text, engine.index).mentions)


def _done_or_not(engine: Engine, asked: str, answer: Answer) -> Answer:
    """One side of a question of time between, answered: a side that asks when something promised was
    done ("the transformers actually delivered") is not dated by a pledge not yet done."""
    if not lx.DONE_CLAIM.search(asked.lower()) or answer.focus is None:
        return answer
    pledges = [engine.kb.pledges[i.split(":", 1)[1]] for i in answer.focus.items
               if i.startswith("pledge:") and i.split(":", 1)[1] in engine.kb.pledges]
    if not pledges or any(p.status == "provided" for p in pledges):
        return answer
    return Answer("not_found", False, "Not in the records",
                  (f"The records say it was pledged ({pledges[0].statement}), not when it was done.",),
                  sources=answer.sources, confidence=0.0)


def _dated_events(engine: Engine) -> list[elapsed.Dated]:
    """Every fact and meeting the records date, oldest first (for anniversaries)."""
    kb = engine.kb
    found = [(f.date, f.statement, d.cite(kb, f.cited)) for f in kb.facts.values() if f.date is not None]
    found += [(m.date, m.title, d.cite(kb, m.cited)) for m in kb.meetings.values()]
    return sorted(found, key=lambda e: (e[0].first_day(), e[1]))


def first_of_two_records(engine: Engine, t: Turn) -> Answer | None:
    """"Which came first, A or B?" of two records of any kind, each asked when it was; "the Rwandan one"
    is the one record of the conversation's recent ones that names Rwanda."""
    def ask(question: str) -> Answer:
        one = _SIDE_ONE.match(question)
        shown = (*t.focus.items, *t.focus.recent) if t.focus is not None else ()
        if one is not None and shown:
            named = [m for m in analyse(one.group("name"), engine.index).mentions if m.id != engine.index.home]
            fitting = _naming(engine, tuple(dict.fromkeys(shown)), (named[0].kind, named[0].id)) \
                if len(named) == 1 else ()
            if len(fitting) == 1:
                return engine.about_records(fitting, "when was it?", fitting, t.today)
        return engine.ask_one(question, None, t.today)
    return choice.first_of_two(t.text, ask, engine.single_date,
                               lambda a: last_shown.one_record(a.focus) if a.answered else None, engine.item_title,
                               functools.partial(_names_a_place, engine))


def _naming(engine: Engine, refs: tuple[str, ...], entity: tuple[str, str]) -> tuple[str, ...]:
    """The records of `refs` (`kind:id`) that name the country, place or person `entity` (through each record's
    own passages: a country's are many)."""
    def names(ref: str) -> bool:
        kind, _, key = ref.partition(":")
        return any(entity in (p := engine.index.passages[n]).entities or entity in p.mentioned
                   for n in engine.index.by_entity.get((kind, key), ()))
    return tuple(r for r in refs if names(r))


def put_in_order(engine: Engine, t: Turn) -> Answer | None:
    """"Put these in date order: A, B, C": each asked when it was, all shown by date."""
    def record_of(answer: Answer) -> str | None:
        # (several records of one day, a journey and its meetings: the first shown stands for them)
        one = last_shown.one_record(answer.focus)
        if one is None and answer.focus is not None and answer.focus.items and engine.single_date(answer):
            return answer.focus.current or answer.focus.items[0]
        return one
    return choice.in_order(t.text, lambda q: engine.ask_one(q, None, t.today), engine.single_date, record_of,
                           engine.item_title)


def _names_a_place(engine: Engine, text: str) -> bool:
    """Whether the words name a place or a country and nothing else ("Ostra", "Port Brava")."""
    q = analyse(text, engine.index)
    places = [m for m in q.mentions if m.kind in ("place", "country")]
    return bool(places) and len(places) == len(q.mentions) and all(
        any(m.start <= i < m.end for m in places) for i in range(len(q.words)))


#: The time an answer of the time between two events gives ("2 days", "3 months before, not after").
_GAP_GIVEN = re.compile(r"^(?P<n>\d+) (?P<unit>day|week|month|year)s?(?P<reversed> (?:before|after), not)?")


def gap_claimed(engine: Engine, t: Turn) -> Answer | None:
    """"Did Kamikawa meet Kuleba 2 days after the G7 meeting?", "and she met him 2 days later, right?": the time
    between the two events, worked out from their records, against the time claimed."""
    claim = elapsed.gap_claim(t.text)
    if claim is None:
        return None
    found = engine.ask_one(claim.question, t.focus, t.today)
    given = _GAP_GIVEN.match(found.title) if found.kind == "elapsed" and found.answered else None
    if given is None or given.group("unit") != claim.unit:
        return None
    holds = int(given.group("n")) == claim.amount and given.group("reversed") is None
    # (the time the records give, said the way the claim put it: "2 days before", "2 days after, not before")
    said = found.title if given.group("reversed") else f"{found.title} {'after' if claim.later else 'before'}"
    return Answer("yes_no", True, "Yes" if holds else f"No: {said}", found.lines, sources=found.sources,
                  focus=found.focus, confidence=found.confidence)


def order_claimed(engine: Engine, t: Turn) -> Answer | None:
    """"Did Kamikawa meet Kuleba before the G7 meeting in New York?": the two events' dates compared."""
    if " or " in t.lowered:
        return None
    return choice.order_claimed(t.text, lambda q, f: engine.ask_one(q, f or t.focus, t.today), engine.single_date)


def ordered_choice(engine: Engine, t: Turn) -> Answer | None:
    """"Who went to Ukraine first, Kishida or Hayashi?": when each did it, and the earlier named."""
    asked = t.text.rsplit(",", 1)[0] if "," in t.text else t.text  # (the posts of the two named are theirs)
    if " or " not in t.lowered or analyse(asked, engine.index).role is not None:
        return None  # "who held the post first, A or B?" is a question of posts (see `profiles`)
    if comparison.IN_THE_DAY.search(t.lowered):
        return None  # "which started earlier in the day, A or B?": their clock times (see `comparison`)
    return choice.ordered(t.text, lambda q: engine.ask_one(q, t.focus, t.today), engine.single_date,
                          functools.partial(_person_alone, engine))


def _person_alone(engine: Engine, side: str) -> bool:
    """Whether a side of a choice is a person and no more ("Kishida", not "Kagame's meeting with Kishida")."""
    read = analyse(side, engine.index)
    # (a post before the name is part of it: "Prime Minister Kishida")
    post = phrase_span(ROLES[read.role], read.words) if read.role else None
    return any(m.kind == "person" and m.end == len(read.words)
               and (m.start == 0 or post is not None and post[0] == 0 and post[1] >= m.start)
               for m in read.mentions)


def first_of_trip(engine: Engine, t: Turn) -> Answer | None:
    """"Which of those two meetings came first?" after a trip: of the meetings held during it, the first
    (or last) by date, or on one day by the order their records tell; None unless one."""
    focus = t.focus
    found = _WHICH_CAME.match(t.lowered)
    if found is None or focus is None or focus.meeting not in engine.kb.trips:
        return None
    read = analyse(t.text, engine.index)
    if read.mentions or not set(read.keywords) - lx.TWO_WORDS <= lx.HAPPENING | lx.TALK_WORDS | lx.GATHERING_WORDS:
        return None  # ("which embassy opened first?" names something else than the trip's meetings)
    held = engine.kb.trip_meetings(focus.meeting)
    # (the records the last answer listed count too: "which of those meetings came first?" after a list of
    # meetings of the trip and others is of the whole list)
    other = [r for r in (*focus.recent, *focus.items) if r.startswith("meeting:") and (m := engine.kb.meetings.get(
        r.removeprefix("meeting:"))) is not None and m.id != focus.meeting and m.trip != focus.meeting]
    if len(held) < 2 or other:
        return None  # ("which of those two meetings …?" of two the conversation answered: those two)
    late = found.group("when") in _LATER_WORDS
    days = sorted({m.date.first_day() for m in held})
    ends = [m for m in held if m.date.first_day() == (days[-1] if late else days[0])]
    picked = ends if len(ends) == 1 else [engine.kb.meetings[r.removeprefix("meeting:")] for r in engine.in_said_order(
        tuple(f"meeting:{m.id}" for m in ends), "last" if late else "first")]
    if len(picked) != 1 or not all(m.date.precision == "day" for m in held):
        return None
    ref = f"meeting:{picked[0].id}"
    answer = engine.record_answer(ref, (ref, *(f"meeting:{m.id}" for m in held if m is not picked[0])))
    others = "; ".join(f"{m.title} ({m.date.human()})" for m in held if m is not picked[0])
    return replace(answer, title=f"{'Later' if late else 'Earlier'}: {answer.title}",
                   lines=(*answer.lines, f"{'Before' if late else 'After'} it: {others}."))


def _which_came(engine: Engine, text: str, focus: Focus | None, today: dt.date) -> Answer | None:
    """"Which of the two embassies opened later?": the records the question fits without its order
    word, then the earliest or latest of them by their dates (None when not several dated records)."""
    found = _WHICH_CAME.match(text.lower())
    if found is None:
        return None
    plain = (text[:found.start("when")] + text[found.end("when"):]).strip()
    # "which embassy opened first?" asks among all of them: "which embassies opened?"
    plain = _ONE_NOUN.sub(lambda m: m.group(1) + _plural(m.group(2)), plain, count=1)
    read = analyse(plain, engine.index)
    if focus is not None and (len(focus.items) >= 2 and not set(read.keywords) - lx.HAPPENING - lx.TALK_WORDS
                              - lx.TRIP_WORDS or len(focus.items) == 2 and not read.mentions):
        refs = focus.items  # "so which is older?", "which opened first?", "which of those meetings came
        # earliest?": of the records just shown
    elif _THE_TWO.search(text.lower()) and (remembered := _two_remembered(engine, read, focus)):
        refs = remembered  # "which of the two embassies opened first?" of two answered a few turns apart
    elif _THE_TWO.search(text.lower()) and focus is not None and not read.mentions \
            and set(read.keywords) - lx.TWO_WORDS <= lx.HAPPENING | lx.TALK_WORDS | lx.GATHERING_WORDS:
        # "which of the two did he meet first?" when the conversation holds no two records: two it had, which
        # the records at large do not stand in for ("which of the two embassies ...?" names its kind)
        return None
    else:
        listed = engine.ask_one(plain, None, today)
        refs = listed.focus.items if listed.answered and listed.focus is not None else ()
    context = {c for c in (focus.countries if focus else ()) if c != engine.index.home}
    near = [r for r in refs if context & set(engine.record_countries(r))]
    if focus is None or refs != focus.items:  # (the records just shown are those meant, whatever country)
        refs = tuple(near) if len(near) >= 2 else refs  # "the two" of the conversation's country
    dated = [(date, ref) for ref in refs if (date := references.record_date(engine.kb, ref)) is not None]
    if len(dated) < 2 or len(dated) != len(refs):
        return None
    dated.sort(key=lambda pair: (pair[0].first_day(), pair[0].last_day()))
    late = found.group("when") in _LATER_WORDS
    (first_date, _), (second_date, _) = dated[:2] if not late else dated[-2:]
    if not (first_date.last_day() < second_date.first_day()):
        return None  # dates too coarse to tell
    date, ref = dated[-1] if late else dated[0]
    answer = engine.record_answer(ref, (ref, *(r for _, r in dated if r != ref)))  # the one answered first
    others = "; ".join(f"{engine.record_answer(r, ()).title} ({when.human()})" for when, r in dated if r != ref)
    word = "Later" if late else "Earlier"
    return replace(answer, title=f"{word}: {answer.title}",
                   lines=(*answer.lines, f"{'Before' if late else 'After'} it: {others}."))


def _two_remembered(engine: Engine, read: Query, focus: Focus | None) -> tuple[str, ...]:
    """The two dated records of the last few answers that have the words of the question any of them has
    ("which of the two embassies ...": the two embassies answered); () unless exactly two."""
    if focus is None or any(m.id != engine.index.home for m in read.mentions):
        return ()
    kept = tuple(dict.fromkeys((*focus.items, *focus.recent)))
    stems = {ref: engine.record_stems(ref) for ref in kept if references.record_date(engine.kb, ref) is not None}
    words = [k for k in read.keywords if any(holds_all(s, (k,)) for s in stems.values())]
    fit = tuple(ref for ref, s in stems.items() if words and holds_all(s, words))
    return fit if len(fit) == 2 else ()


def _country_alone(engine: Engine, side: str) -> bool:
    """Whether `side` is nothing but the name of a country ("Rwanda"; "Japan's" is one of its records)."""
    read = analyse(side, engine.index)
    return bool(read.mentions) and not read.keywords and all(m.kind == "country" for m in read.mentions) \
        and not _POSSESSIVE_ALONE.search(side)


def _name_only_question(engine: Engine, question: str, side: str) -> str | None:
    """`question` asked of `side` when `side` is nothing but a name ("Rwanda"); else None."""
    read = analyse(side, engine.index)
    if not read.mentions or read.keywords or read.dates is not None:
        return None
    if any(m.kind not in ("person", "country") for m in read.mentions):
        return None  # an event or a place named alone is asked about as itself, not as the other side
    return corrections.corrected(question, side, engine.index)
