"""Questions about pledges and support: to whom none is recorded, at which meeting none was made,
and what a pledge was for."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.answers import Answer, Focus
from bot.engine import describe as d
from bot.engine import lexicon as lx
from bot.engine.events import NUMBER_WORDS
from bot.engine.rules import Asked
from bot.engine.text import content_stems, stem
from bot.knowledge.model import KnowledgeBase, Pledge

if TYPE_CHECKING:
    from bot.engine.answering import Answerer

#: Question types that ask for the pledges themselves (not their date or amount alone).
_ASKS_PLEDGES = frozenset({"general", "define", "about", "list", "quantity"})


#: Nouns after a country's name that make it say where something happened ("the Tajik border"), no party to it.
_WHERE_NOUNS = {("border",), ("borders",), ("frontier",), ("region",), ("area",), ("side",)}
_BORDER_WITH = {("border", "with"), ("borders", "with"), ("frontier", "with")}


#: "To which Ukrainian region were the transformers to be delivered?": a place within the country given to, by its
#: kind, and the words of a thing's being taken there.
_PLACE_WITHIN = re.compile(r"\b(?:which|what) (?:[a-z]+ )?"
                           r"(?P<kind>region|city|town|province|oblast|district|village)s?\b")
#: "Which Ukrainian power facilities will the two auto transformers go to?": where a thing is to go, by what it is.
_DESTINATION = re.compile(r"^\W*(?:and |so )?(?:to )?(?:which|what) (?:[a-z]+ )?(?P<kind>(?:[a-z-]+ ){0,2}?[a-z-]+) "
                          r"(?:will|would|are|were|is|was|did|do|does) (?:[\w'’-]+ ){1,6}?(?:go|be sent|be delivered"
                          r"|be shipped|be taken|be installed|be distributed)(?: to)?\W*$")
_TAKEN_THERE = re.compile(r"\b(?:go|goes|went|gone|going|sent|delivered|shipped|taken|arriv\w*|destined|headed|bound"
                          r"|distributed|installed|deployed)\b")


def place_within_unsaid(a: Answerer, q: Asked) -> Answer | None:
    """"To which Ukrainian region were the two auto transformers to be delivered?": a pledge names the country it
    is for; when the one pledge of the thing asked names no place, where in that country it went is not given (the
    place of the meeting it was pledged at is not where it went)."""
    asked = _PLACE_WITHIN.search(q.lowered) or _DESTINATION.match(q.lowered)
    if asked is None or _TAKEN_THERE.search(q.lowered) is None or any(m.kind == "person" for m in q.query.mentions):
        return None
    said = {*(stem(w) for w in asked.group("kind").split()), *(stem(w) for w in _TAKEN_THERE.findall(q.lowered))}
    thing = {k for k in q.query.keywords if k not in lx.LIGHT_STEMS and k not in said and k not in NUMBER_WORDS
             and k in a.index.idf}
    given = sorted((p for p in a.kb.pledges.values()
                    if thing and thing <= set(content_stems(f"{p.item} {p.statement}"))), key=lambda p: p.id)
    recipients = {p.recipient for p in given}
    if len(recipients) != 1 or any(place.name in p.statement for p in given for place in a.kb.places.values()):
        return None
    country = a.index.entity_name(("country", recipients.pop()))
    return Answer("not_found", False, "Not in the records",
                  (f"The records do not say to which {asked.group('kind')} of {country} it was to go:",
                   *(p.statement for p in given)),
                  sources=tuple(d.cite(a.kb, p.cited) for p in given), confidence=0.0)


def to_no_recipient(a: Answerer, q: Asked) -> Answer | None:
    """"What aid did Japan give <a country never given any>?": no pledge to it is recorded (a country
    named only in passing beside a recipient or a person, "the Tajik border", is no recipient)."""
    query = q.query
    if "pledge" not in query.aspects:
        return None
    home = a.index.home
    recipients = a.recipients
    # ("near the Tajik border", "the border with Tajikistan": a country that says where, no party to the aid)
    strangers = [m.id for m in query.mentions if m.kind == "country" and m.id != home and m.id not in recipients
                 and query.words[m.end:m.end + 1] not in _WHERE_NOUNS
                 and tuple(query.words[max(m.start - 2, 0):m.start]) not in _BORDER_WITH]
    known = [m for m in query.mentions
             if m.kind == "person" or m.kind == "country" and m.id in recipients and m.id != home]
    if not strangers or known:
        return None
    names = " and ".join(a.index.entity_name(("country", c)) for c in strangers)
    return a.not_recorded(query, f"The records hold no pledge or support from {a.index.home_name} to {names}, "
                                  f"and no meeting with it.")


def none_at_meeting(a: Answerer, q: Asked) -> Answer | None:
    """"What aid did A pledge to B in C?": when the one meeting that fits reports no pledge or support,
    and no pledge is linked to it, say so (with the pledges to B the records do hold)."""
    query = q.query
    if "pledge" not in query.aspects or query.intent not in _ASKS_PLEDGES:
        return None
    groups = q.groups + q.context
    if len(groups) < 2:
        return None
    meetings = a.meetings.filter_meetings(groups, query)
    sides = [g for g in groups if all(kind in ("person", "country") for kind, _ in g)]
    if not meetings and len(sides) >= 2:
        # "what did A promise B about TICAD 9?": the meeting of those people, whatever it was said to be about
        meetings = a.meetings.filter_meetings(sides, query)
    if len(meetings) != 1:
        return None
    m = meetings[0]
    if m.id in a.pledged_meetings:
        return None
    people = {ident for g in groups for kind, ident in g if kind == "person"}
    if any(recipient in m.countries for person in people for recipient in a.announced.get(person, ())):
        return None  # "how much aid did A say Japan would provide?": a pledge A announced, at no meeting
    passage = next((a.index.passages[n] for n in a.index.by_entity.get(("meeting", m.id), ())
                    if a.index.passages[n].kind == "meeting"), None)
    if passage is None or a.verifier.record_stems(passage) & lx.GIVING:
        return None
    recipients = set(m.countries) - {a.index.home}
    elsewhere = sorted((p for p in a.kb.pledges.values() if p.recipient in recipients), key=lambda p: p.id)
    lines = [f"The record of {m.title} ({m.date.human()}) reports no pledge or support."]
    lines += [f"The records hold: {p.statement}" for p in elsewhere[:3]]
    return Answer("not_found", False, "Not in the records", tuple(lines),
                  sources=(d.cite(a.kb, m.cited),), confidence=0.0, focus=a.meetings.meeting_focus(m))


@lru_cache(maxsize=65536)
def _named_by(p: Pledge) -> frozenset[str]:
    """The words a pledge's thing is named by: its item, its keywords and its number ("the 24 cranes")."""
    return frozenset(content_stems(f"{p.item} {' '.join(p.keywords)} {p.quantity.text if p.quantity else ''}"))


def named_with_number(kb: KnowledgeBase, said: str) -> list[Pledge]:
    """The pledges with a number whose thing `said` names, every word of it ("cranes", "the auto transformers")."""
    words = set(content_stems(said))
    return [p for p in sorted(kb.pledges.values(), key=lambda p: p.id)
            if words and p.quantity is not None and words <= _named_by(p)]


def purposes(a: Answerer, q: Asked) -> Answer | None:
    """"What was the aid to Kyrgyzstan for?": the purpose of each pledge to the country the question
    names (or the country of the person it names) whose words it shares; None when none fits."""
    query = q.query
    words = set(query.keywords) - lx.PLEDGE_FRAME
    if query.intent != "why":
        return None
    countries = a._partner_countries(q.groups)
    pledged = sorted(a.kb.pledges.values(), key=lambda p: p.id)
    # ("what are the 24 cranes for?": a thing given, named by the words of its pledge alone, of any recipient)
    named = [p for p in pledged if words <= _named_by(p)] if words and not countries else []
    if "pledge" not in query.aspects and not named:
        return None
    fitting = named or [p for p in pledged if p.recipient in countries and (not words or words & set(content_stems(
        f"{p.statement} {p.item} {' '.join(p.keywords)}")))]
    if not fitting:
        return None
    lines = tuple(f"{p.statement} — purpose: {p.purpose}" if p.purpose else
                  f"{p.statement} — the record gives no purpose" for p in fitting)
    stated = [p for p in fitting if p.purpose]
    if not stated:
        return Answer("not_found", False, "Not in the records", lines,
                      sources=tuple(d.cite(a.kb, p.cited) for p in fitting[:3]), confidence=0.0)
    title = stated[0].purpose if len(stated) == 1 else f"{len(stated)} pledges with their purposes"
    lines = tuple(f"{p.statement} — purpose: {p.purpose}" for p in stated) + tuple(
        f"Also fits, without a purpose: {p.statement}" for p in fitting if not p.purpose)
    # ("… what are the cranes for? → where else did he go on that trip?": the meeting or trip they were pledged at)
    held = {p.meeting or p.trip for p in fitting}
    return Answer("pledge", True, title or "", lines, sources=tuple(d.cite(a.kb, p.cited) for p in fitting),
                  confidence=0.8, focus=Focus(items=tuple(f"pledge:{p.id}" for p in fitting),
                                              countries=tuple(sorted(countries or {p.recipient for p in fitting})),
                                              meeting=held.pop() if len(held) == 1 else None))
