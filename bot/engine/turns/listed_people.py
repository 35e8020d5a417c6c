"""Turn rules about the people the last answer listed: the two of them, each of them, the holder of a post among
them, and the one a pronoun means."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers import Answer
from bot.engine import (
    followups,
    references,
)
from bot.engine import lexicon as lx
from bot.engine.fronted import unfronted, with_subject
from bot.engine.query import (
    analyse,
)
from bot.engine.turn import Turn

if TYPE_CHECKING:
    from bot.engine.engine import Engine

#: "the two ministers", "both officials": the two people of a list, by the noun of their kind.
_THE_TWO_PEOPLE = re.compile(r"(?<!\bof )(?<!\bfor )\b(?:the|those|these) (?:two|2) (?:ministers|officials|leaders"
                             r"|people|men|women|diplomats|politicians)\b"
                             r"|\bboth (?:ministers|officials|leaders|men|women|diplomats)\b", re.IGNORECASE)
#: "and the foreign minister among them, where did he meet …?": one of those just listed, by the post they hold.
_POST_AMONG = re.compile(r"^\W*(?:(?:and|so|ok)\W+)?(?:the |their )(?P<post>(?:[a-z'-]+ ){0,3}[a-z'-]+) (?:among|of) "
                         r"(?:them|those|these|the people listed)\b\W*(?P<rest>.*)$", re.IGNORECASE)
#: "where did each go?", "when did each of them take office?": a question of every person just listed.
_EACH_OF_THEM = re.compile(r"\b(?:each(?: of them| one)?|they each|each of the (?:two|three|four))\b"
                           r"(?! other\b)(?! of\b)(?! (?:meeting|visit|trip|record|talks)s?\b)", re.IGNORECASE)
#: "the woman", "the female minister", "the man": one person of a list told apart by the pronoun the records use.
_FEMALE_WORDS = frozenset({"woman", "female", "lady"})
_DESCRIBED_BY_SEX = re.compile(r"\bthe (?P<sex>woman|female|lady|man|male)(?: (?:minister|one|official|leader|"
                               r"diplomat|politician|person))?\b", re.IGNORECASE)
#: "the woman - who'd she meet?": the description set apart before the question.
_SET_APART_BY = re.compile(r"^\W*(?:she|he)\s*(?:[-–—:,;]+)\s*")


def two_people_listed(engine: Engine, t: Turn) -> Answer | None:
    """"How many officials did the two ministers meet altogether?" after two people listed: the question
    asked of the two by name (not of the one the last answer was about)."""
    focus = t.focus
    found = _THE_TWO_PEOPLE.search(t.text)
    if found is None or focus is None or len(focus.items) != 2 or not all(
            i.startswith("person:") and i.removeprefix("person:") in engine.kb.people for i in focus.items):
        return None
    names = " and ".join(engine.kb.people[i.removeprefix("person:")].name for i in focus.items)
    return engine.ask_one(f"{t.text[:found.start()]}{names}{t.text[found.end():]}", focus, t.today)


def post_holder_among_listed(engine: Engine, t: Turn) -> Answer | None:
    """"and the foreign minister among them, when did he meet his counterpart?" after people or meetings listed:
    the one of them holding that post, named in the question in place of the description."""
    focus = t.focus
    found = _POST_AMONG.match(t.text)
    if found is None or focus is None or not focus.items:
        return None
    post = analyse(found.group("post"), engine.index).role
    if post is None:
        return None
    listed: list[str] = []
    for ref in focus.items:
        kind, _, ident = ref.partition(":")
        held = engine.kb.meetings.get(ident) if kind == "meeting" else None
        listed += [ident] if kind == "person" else list(held.participants) if held is not None else []
    countries = set(focus.countries) - {engine.index.home}
    if not countries and not all(ref.startswith("person:") for ref in focus.items):
        return None  # (people of meetings listed are "them" only as those of the side the list was asked of)
    holders = [p for p in dict.fromkeys(listed) if p in engine.kb.people
               and (not countries or engine.kb.people[p].country in countries)
               and any(lx.fits_post(post, r.key) for r in engine.kb.people[p].roles)]
    if len(holders) != 1:
        return None
    name = engine.kb.people[holders[0]].name
    rest = found.group("rest").strip()
    if not rest:
        return engine.ask_one(f"who is {name}?", focus, t.today)
    pronoun = lx.PERSON_PRONOUN.search(rest.lower())
    if pronoun is None:
        return None  # ("the foreign minister among them - how long was the meeting?": not of that one alone)
    return engine.ask_one(with_subject(rest, pronoun, name), None, t.today)


def each_person_listed(engine: Engine, t: Turn) -> Answer | None:
    """"Where did each go?" after a list of people: the question asked of each of them by name, each answer under
    the name it is of."""
    focus = t.focus
    found = _EACH_OF_THEM.search(t.text)
    if found is None or focus is None or not 2 <= len(focus.items) <= references.MAX_EACH or not all(
            i.startswith("person:") and i.removeprefix("person:") in engine.kb.people for i in focus.items):
        return None
    people = [engine.kb.people[i.removeprefix("person:")] for i in focus.items]
    answers = [engine.ask_one(f"{t.text[:found.start()]}{p.name}{t.text[found.end():]}", None, t.today)
               for p in people]
    if not any(x.answered for x in answers):
        return None
    lines = tuple(line for p, x in zip(people, answers, strict=True)
                  for line in (f"{p.name}: {x.title}", *(f"  {x_line}" for x_line in x.lines)))
    return Answer("several", True, f"{sum(x.answered for x in answers)} of {len(people)} answered", lines,
                  sources=tuple(s for x in answers for s in x.sources[:2]),
                  focus=replace(focus, question=t.text), confidence=min(x.confidence for x in answers))


def one_of_people_listed(engine: Engine, t: Turn) -> Answer | None:
    """"Who did she meet?", "the woman - who'd she meet?" after a list of people of whom the records
    refer to one alone as "she": the question asked of that person by name."""
    focus = t.focus
    if focus is None:
        return None
    # (the people of the list shown, or of the last answer when it was about them and no meeting)
    people = tuple(i.removeprefix("person:") for i in focus.items) if focus.items and all(
        i.startswith("person:") for i in focus.items) else () if focus.items or focus.meeting else focus.people
    if len(people) < 2:
        return None
    text = t.text
    described = _DESCRIBED_BY_SEX.search(text)
    if described is not None:
        # ("the female minister met whom?": "she met whom?")
        word = "she" if described.group("sex").lower() in _FEMALE_WORDS else "he"
        text = f"{text[:described.start()]}{word}{text[described.end():]}"
    meant = followups.meant_by_pronoun(engine.kb, people, text.lower())
    if len(meant) != 1 or meant == people:
        return None
    fronted = f"{engine.kb.people[meant[0]].name}: {_SET_APART_BY.sub('', text, count=1)}"
    asked = unfronted(fronted)
    return engine.ask_one(asked, focus, t.today) if asked != fronted else None
