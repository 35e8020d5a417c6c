"""Turn rules that ask the last question again: of the other side, the other way round, of another name or place."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers import Answer, Focus
from bot.engine import (
    clocks,
    corrections,
)
from bot.engine import describe as d
from bot.engine import lexicon as lx
from bot.engine.events import TRAVEL, reported
from bot.engine.query import (
    FIRST_SAID,
    LATEST_SAID,
    ROLES,
    analyse,
    expand_shorthand,
    phrase_span,
    role_words,
)
from bot.engine.text import stem
from bot.engine.turn import Turn
from bot.engine.turns import clock_times

if TYPE_CHECKING:
    from bot.engine.engine import Engine

#: The words before what someone spoke about ("about Russia").
_ABOUT_WORDS = lx.ABOUT_WORDS | {"on"}
#: "rwanda?", "Ukraine's?": a name alone, which after "who is Kyrgyzstan's foreign minister?" asks the same.
_NAME_ALONE = re.compile(r"^\W*(?P<name>[a-z][\w'’. -]{2,30}?)\W*$")
#: Questions "and X?" asks again in full with X in place of the one name of its kind they named.
_ASKED_AGAIN_OF_A_NAME = frozenset({"when", "time"})
#: "the kyrgyz one", "the Uzbek ones": words around a name that stand for a thing named before.
_THE_ONE = re.compile(r"^\s*(?:the|a|an)\s+|\s+ones?\b\W*$", re.IGNORECASE)
#: "And the Uzbek side?", "what about on the Japanese side?": the last question, of the other side.
_AND_THE_SIDE = re.compile(r"^\W*(?:and|what about|how about)(?: (?:from|on|for))? (?:the )?"
                           r"(?P<side>[a-z'’-]+(?: [a-z'’-]+)?) side\W*$")
#: "and the other side?": the side opposite the one the last answer gave, whichever country that is.
_THE_OTHER_SIDE = frozenset({"other", "partner", "opposite", "foreign"})
#: "… from Japan's side", "on the Ukrainian side": the side a question is asked of.
_SIDE_SAID = re.compile(r"\b(?P<prep>from|on|for) (?:the )?(?P<side>[a-z'’-]+(?: [a-z'’-]+)?) side\b")
#: "… from Rwanda": a country a question's people came from, read as that side.
_FROM_COUNTRY = re.compile(r"\b(?P<prep>from) (?P<side>[a-z'’-]+(?: [a-z'’-]+)?)\W*$")
#: A question word or a verb of asking: a message that has one asks something of its own, not of a name alone.
_ASKS_ITSELF = re.compile(r"\b(?:why|what|when|which|how|where|who|whom|was|were|is|are|did|does|do|has|have|had)\b")
#: "Who is A?", "what's A's post?": a question about someone, which "and B?" asks again with both kept.
_WHO_IS = re.compile(r"^\W*(?:and |so )?(?:who|what)(?:'s|’s| is| was| are| were)\b")
#: "Who is …", "what's the name of …": a question asking for the holder of the post it ends with.
_HOLDER_ASKED = re.compile(r"(?:^|[-–—:;,] )\W*(?:who(?:'s|’s|s| is| was)|what(?:'s|’s|s| is| was)? the name of"
                           r"|name)\b")
_AND_WITH_NAME = re.compile(r"^\W*(?:and|what about|how about)(?: also)?(?: (?:with|to|for|of|by|from))? "
                            r"(?P<name>[^?!.]+?)\W*$")
#: "and the other way round?", "vice versa?": the last question with its two sides swapped.
_OTHER_WAY_ROUND = re.compile(r"^\W*(?:and |so |what about |how about |ok )?(?:the )?"
                              r"(?:other way (?:a)?round|vice versa|reverse|conversely|the other direction)\W*$")


def of_the_other_side(engine: Engine, t: Turn) -> Answer | None:
    """"Who led it from Japan's side?" → "and the Uzbek side?": the last question asked again of that side."""
    focus = t.focus
    found = _AND_THE_SIDE.match(expand_shorthand(t.lowered))
    if found is None or focus is None or not focus.question:
        return None
    held = [engine.kb.meetings[i.removeprefix("meeting:")] for i in focus.items
            if i.removeprefix("meeting:") in engine.kb.meetings]
    if found.group("side") in _THE_OTHER_SIDE and len(held) >= 2 and len(held) == len(focus.items) \
            and all(m.partner_side for m in held):
        # "who represented Japan in each?" → "and the other side?": the partner side of each meeting shown
        return Answer("participants", True, "The other side of each",
                      tuple(f"{m.title} ({m.date.human()}): "
                            + "; ".join(d.person_label(engine.kb, x) for x in m.partner_side) for m in held),
                      sources=tuple(d.cite(engine.kb, m.cited) for m in held[:5]), confidence=0.9,
                      focus=replace(focus, people=tuple(x for m in held for x in m.partner_side)))
    # ("who else came from Rwanda?" → "and from Japan's side?": a country the question came from is its side)
    question = focus.question
    said = _SIDE_SAID.search(question.lower()) or next(
        (m for m in _FROM_COUNTRY.finditer(question.lower())
         if any(x.kind == "country" for x in analyse(m.group("side"), engine.index).mentions)), None)
    held_last = next((engine.kb.meetings[m] for m in focus.recent_meetings() if m in engine.kb.meetings), None)
    if said is None and len(focus.people) == 1 and not focus.meeting and held_last is not None \
            and focus.people[0] in held_last.participants and found.group("side") not in _THE_OTHER_SIDE:
        # "who led it from the Japanese side?" → "his title?" → "and the Uzbek side?": who took part from that side
        # of the meeting the conversation is on
        answer = engine.ask_one(f"who took part from the {found.group('side')} side?",
                                engine.answerer.meetings.meeting_focus(held_last), t.today)
        return answer if answer.answered else None
    if said is None:
        return None
    again = f"{question[:said.start()]}{said.group('prep')} the {found.group('side')} side{question[said.end():]}"
    answer = engine.ask_one(again, focus, t.today)
    return replace(answer, focus=replace(answer.focus, question=again)) if answer.focus is not None else answer


def _asked_in_another_place(engine: Engine, question: str, name: str) -> str | None:
    """`question` with `name` (a country or place, and nothing else) in place of the one country or place it
    says after "in" (not its own side, not a people's adjective); None when it names no such one."""
    value = analyse(re.sub(r"^(?:in|at)\s+", "", name), engine.index)
    if len(value.mentions) != 1 or value.keywords or value.dates is not None \
            or value.mentions[0].kind not in ("country", "place") or value.mentions[0].id == engine.index.home \
            or not all(value.mentions[0].start <= i < value.mentions[0].end or w in ("the", "a")
                       for i, w in enumerate(value.words)):
        return None  # (a name alone: "and what time was it in Kyiv when it started?" is a question of its own)
    asked = analyse(question, engine.index)
    placed = [m for m in asked.mentions if m.kind in ("country", "place") and m.id != engine.index.home]
    if not placed and asked.japan_time and asked.intent == "time":
        # "what time was it in Tokyo?" → "and in Kyiv?": the home clock asked, now that place's
        index = engine.index
        home = [index.entity_name(("country", index.home)),
                *([index.entity_name(("place", index.home_capital))] if index.home_capital else [])]
        said = re.search(rf"\bin (?:{'|'.join(map(re.escape, home))})\b", question, re.IGNORECASE)
        if said is not None:
            return f"{question[:said.start()]}in {' '.join(value.words)}{question[said.end():]}"
    if len(placed) != 1 or placed[0].start == 0 or asked.words[placed[0].start - 1] != "in" \
            or placed[0].id == value.mentions[0].id:
        return None
    written = " ".join(asked.words[placed[0].start:placed[0].end])
    said = re.search(rf"\bin {re.escape(written)}\b", question, re.IGNORECASE)
    if said is None:
        return None
    return f"{question[:said.start()]}in {' '.join(value.words)}{question[said.end():]}"


def the_other_way_round(engine: Engine, t: Turn) -> Answer | None:
    """"When did Japan open its embassy in Uzbekistan?" → "and the other way round?": the last question with
    its two countries swapped ("when did Uzbekistan open its embassy in Japan?")."""
    focus = t.focus
    if focus is None or not focus.question or not _OTHER_WAY_ROUND.match(t.lowered):
        return None
    asked = focus.question
    named = [m for m in analyse(asked, engine.index).mentions if m.kind == "country"]
    if len({m.id for m in named}) != 2 or len(named) != 2:
        return None
    said = [_country_as_said(engine, asked, m.id) for m in named]
    if any(x is None for x in said):
        return None
    first, second = (x for x in said if x is not None)
    swapped = re.sub(rf"\b(?:{re.escape(first)}|{re.escape(second)})\b",
                     lambda w: second if w.group(0).lower() == first.lower() else first, asked, flags=re.IGNORECASE)
    answer = engine.ask_one(swapped, None, t.today)
    return replace(answer, focus=replace(answer.focus, question=swapped)) if answer.focus is not None else answer


#: "and the oldest?", "what about the first one?": an end of an order, and nothing else.
_OTHER_END = re.compile(r"^\W*(?:and |so |what about |how about )?(?:the )?"
                        r"(?P<order>oldest|earliest|first|latest|newest|most recent|last)"
                        r"(?: one| meeting| of them| record)?\W*$")


def at_the_other_end(engine: Engine, t: Turn) -> Answer | None:
    """"What's the most recent meeting?" → "and the oldest?": the last question, asking for the other end of its
    order ("what's the oldest meeting?"), not the record it found."""
    focus = t.focus
    found = _OTHER_END.match(t.lowered)
    if focus is None or not focus.question or found is None:
        return None
    asked = focus.question
    before, now = analyse(asked, engine.index).order, analyse(t.text, engine.index).order
    end = FIRST_SAID if before == "first" else LATEST_SAID
    if before is None or now is None or before == now or len(end.findall(asked.lower())) != 1:
        return None  # (no order asked, or the same end: "and the first one?" after a list picks from it)
    again = re.sub(end.pattern, found.group("order"), asked, count=1, flags=re.IGNORECASE)
    answer = engine.ask_one(again, None, t.today)
    return replace(answer, focus=replace(answer.focus, question=again)) if answer.focus is not None else answer


def _country_as_said(engine: Engine, text: str, country: str) -> str | None:
    """The name of `country` as `text` writes it (its name, or one of its other names), if it does."""
    known = engine.kb.countries.get(country)
    names = (known.name, *known.aliases) if known is not None else ()
    return next((n for n in sorted(names, key=len, reverse=True)
                 if re.search(rf"\b{re.escape(n)}\b", text, re.IGNORECASE)), None)


def of_another_name(engine: Engine, t: Turn) -> Answer | None:
    """"What did Kamikawa discuss with Blinken?" (not in the records) → "and with Kuleba?": the last question
    asked again of the name in place of the one the records do not know."""
    focus = t.focus
    and_with = _AND_WITH_NAME.match(t.lowered)
    found = and_with or _NAME_ALONE.match(t.lowered)
    if focus is None or not focus.question or found is None:
        return None
    if not and_with and _ASKS_ITSELF.search(t.lowered):
        return None  # "why was he in Japan?" is a question of its own, not a name alone
    city = re.sub(r"^(?:in|at)\s+", "", found.group("name")).strip()
    if and_with and focus.intent == "time" and (clocks.zone_of(city) is not None or engine.home_clock(city)):
        # "what time did they meet?" → "and in Kyiv?": that time on Kyiv's clock
        clocked = clock_times.on_city_clock(engine, replace(t, text=f"what was that in {city}"))
        if clocked is not None:
            return clocked
    if and_with and focus.intent in _ASKED_AGAIN_OF_A_NAME and not lx.CONTINUES.match(focus.question.lower()):
        # "when did Japan open an embassy in Rwanda?" → "and Uzbekistan?": the same question, Japan's embassy
        # (kept as asked, for "and Kyrgyzstan?" after it)
        again = _asked_in_another_place(engine, focus.question, found.group("name"))
        if again is not None:
            answer = engine.ask_one(again, focus, t.today)
            return replace(answer, focus=replace(answer.focus, question=t.text)) \
                if answer.focus is not None and answer.answered else answer
    if and_with and focus.intent == "yes_no":
        # "did Japan open its embassy in Kigali in 2012?" → "and in Tashkent?": the same claim, of that place
        name = re.sub(r"^(?:in|at|on)\s+", "", found.group("name"))
        value = analyse(name, engine.index)
        claim = analyse(focus.question, engine.index)
        located = ("place", "country")
        kind = value.mentions[0].kind if value.mentions else ""
        same = [m for m in claim.mentions if m.kind == kind and m.id != engine.index.home] or [
            m for m in claim.mentions if m.kind in located and kind in located and m.id != engine.index.home]
        covered = len(value.mentions) == 1 and all(
            value.mentions[0].start <= i < value.mentions[0].end or w in ("the", "a", "an")
            for i, w in enumerate(value.words))
        if covered and not value.keywords and value.dates is None:
            # (in place of the one name of that kind, the rest of the claim kept: "in 2012" stays)
            written = " ".join(claim.words[same[0].start:same[0].end]) if len(same) == 1 else ""
            again = re.sub(rf"\b{re.escape(written)}\b", name, focus.question, count=1, flags=re.IGNORECASE) \
                if written and re.search(rf"\b{re.escape(written)}\b", focus.question, re.IGNORECASE) \
                else corrections.corrected(focus.question, name, engine.index)
            if again is not None:
                return engine.ask_one(again, None, t.today)  # (the claim made again says all it needs)
    holder_asked = _HOLDER_ASKED.search(focus.question.lower()) is not None
    before = analyse(focus.question, engine.index)
    read = analyse(found.group("name"), engine.index)
    if not and_with and lx.CONTINUES.match(focus.question.lower()) and len(read.mentions) == 1 \
            and not read.keywords and read.dates is None and not read.role \
            and any(m.kind == read.mentions[0].kind for m in before.mentions):
        # "when did Japan open an embassy in Uzbekistan?" → "and in Rwanda?" → "Kyrgyzstan?": the same
        # question goes on, of one more name of the same kind
        return engine.ask_one(f"and {t.text}", focus, t.today)
    role, other = before.role, read.role
    post = phrase_span(ROLES[role], before.words) if role and other and role != other and not read.mentions \
        and not any(m.kind == "person" for m in before.mentions) else None
    if not and_with and not holder_asked:
        return None  # a name alone ("rwanda?") goes on only from a question asking for a post's holder
    if post is not None and other and not set(read.keywords) - {stem(w) for w in role_words(other)}:
        # "what did the prime minister thank Japan for?" → "and the foreign minister?": the same question
        # of the holder of the other post (of the people just listed, when one of them holds it)
        words, meant = before.words, phrase_span(ROLES[other], read.words) or (0, len(read.words))
        said = ROLES[role].search(focus.question.lower()) if role else None
        new_post = " ".join(read.words[meant[0]:meant[1]])
        # (in the question's own text where the post reads the same, so "the foreign minister — who met him?"
        # keeps its dash)
        again = (f"{focus.question[:said.start()]}{new_post}{focus.question[said.end():]}" if said is not None
                 else " ".join([*words[:post[0]], new_post, *words[post[1]:]]) + "?")
        return engine.ask_one(again, _holder_meant(engine, focus, role, other), t.today)
    if (role and len(read.mentions) == 1 and read.mentions[0].kind == "country" and not read.keywords
            and read.dates is None and holder_asked
            and (span := phrase_span(ROLES[role], before.words)) is not None and span[1] == len(before.words)
            and not any(m.kind == "person" for m in before.mentions)
            and any(m.kind == "country" and m.id != engine.index.home for m in before.mentions)):
        # "what's the name of the Kyrgyz foreign minister?" → "and Ukraine's?": the same post of that country
        of_country = corrections.corrected(focus.question, found.group("name"), engine.index)
        if of_country is not None:
            return engine.ask_one(of_country, None, t.today)
    people_before = {m.id for m in before.mentions if m.kind == "person"}
    speaker = next((m for m in before.mentions if m.kind == "person"), None)
    alone = len(read.mentions) == 1 and all(read.mentions[0].start <= i < read.mentions[0].end
                                            or w in ("the", "a", "an") for i, w in enumerate(read.words))
    if and_with and speaker is not None and len(people_before) == 2 and lx.SAID.match(focus.question.lower()) \
            and alone and read.mentions[0].kind == "person" and read.mentions[0].id not in people_before \
            and not read.keywords and read.dates is None and not read.role:
        # "what did Zelenskyy say to Hayashi?" → "and Shmyhal?": the same question, of the other speaker
        written = " ".join(before.words[speaker.start:speaker.end])
        if re.search(rf"\b{re.escape(written)}\b", focus.question, re.IGNORECASE):
            return engine.ask_one(re.sub(rf"\b{re.escape(written)}\b", found.group("name"), focus.question,
                                        count=1, flags=re.IGNORECASE), None, t.today)
    if and_with and len(people_before) == 1 and alone and read.mentions[0].kind == "person" \
            and read.mentions[0].id not in people_before and not read.keywords and read.dates is None \
            and not read.role and not _WHO_IS.match(focus.question.lower()) \
            and not _AND_WITH_NAME.match(focus.question.lower()) \
            and (not any((m.kind == "place" or m.kind == "country" and m.id != engine.index.home)
                         and not (m.start and before.words[m.start - 1] in _ABOUT_WORDS) for m in before.mentions)
                 or reported(TRAVEL, frozenset(stem(w) for w in before.words))):
        # (a country said as what was talked about is no place of the person's: "what did Kamikawa say about
        # Russia?" → "and Hayashi?")
        # ("who is A?" → "and B?" keeps both, for "which of those is Japanese?"; a place named before is his,
        # but for where he went: "when did Kishida visit Ukraine?" → "and Hayashi?" asks of Hayashi's visit)
        # "What did Shmyhal thank Japan for?" → "and Kulubaev?": the same question, of the other person
        of_person = corrections.corrected(focus.question, found.group("name"), engine.index)
        if of_person is not None:
            return engine.ask_one(of_person, None, t.today)
    countries_before = {m.id for m in before.mentions if m.kind == "country" and m.id != engine.index.home}
    if and_with and before.intent == "yes_no" and len(countries_before) == 1 and len(read.mentions) == 1 \
            and read.mentions[0].kind == "country" and read.mentions[0].id not in countries_before \
            and not read.keywords and read.dates is None and not read.role:
        # "did Hayashi ever meet anyone from Kyrgyzstan?" → "and from Uzbekistan?": the same claim, of the other
        # country, never a "yes" of any record that names it
        of_country = corrections.corrected(focus.question, found.group("name"), engine.index)
        if of_country is not None:
            return engine.ask_one(of_country, None, t.today)
    if not before.unknown_names and (not before.outside or _AND_WITH_NAME.match(focus.question.lower())):
        # ("… Kazakhstan's foreign minister?" → "what about Kyrgyzstan?": a country outside them, in a question
        # of its own, not one itself asked of the question before)
        return None
    if len(read.mentions) != 1 or read.keywords or read.dates is not None:
        return None
    # ("the kyrgyz one": the name, without the words that stand for the thing named before)
    bare = _THE_ONE.sub("", found.group("name")).strip() or found.group("name")
    other_name = corrections.corrected(focus.question, bare, engine.index)
    return engine.ask_one(other_name, None, t.today) if other_name is not None else None


def _holder_meant(engine: Engine, focus: Focus, role: str | None, other: str) -> Focus:
    """The conversation, for the same question of the holder of another post ("and the president?"): the one
    of its people and of the people of its recent meetings who holds that post, else its people but those
    of the post asked before (whom the question no longer means)."""
    def holds(person: str, post: str | None) -> bool:
        return person in engine.kb.people and any(lx.fits_post(post, r.key) for r in engine.kb.people[person].roles)

    recent = (engine.kb.meetings[ref.removeprefix("meeting:")] for ref in focus.recent
              if ref.startswith("meeting:") and ref.removeprefix("meeting:") in engine.kb.meetings)
    present = dict.fromkeys([*focus.people, *(p for m in recent for p in m.participants)])
    holders = tuple(p for p in present if holds(p, other))
    if len(holders) == 1:
        return replace(focus, people=holders)
    return replace(focus, people=tuple(p for p in focus.people if not holds(p, role)))
