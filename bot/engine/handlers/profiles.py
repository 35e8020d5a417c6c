"""Questions about one person, place or term on its own: who or what it is."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers import Answer
from bot.engine import lexicon as lx
from bot.engine.profiles import CONTENTS_ASKED
from bot.engine.rules import Asked, Entity
from bot.engine.text import content_stems, stem

if TYPE_CHECKING:
    from bot.engine.answering import Answerer

_PERSON_PROFILE_INTENTS = frozenset({"who", "define", "general"})


def _single(a: Answerer, q: Asked) -> Entity | None:
    """The one entity a question asks about with no other content than profile words ("who is A?",
    "where is B?"); None otherwise."""
    query = q.query
    if all(k in lx.PROFILE_WORDS for k in query.keywords) or (query.intent == "where" and not query.keywords):
        return a.profiles.single_entity(query)
    # ("where does Zelenskyy come up in your info?": the records that name him; of a country or a term, the sentences
    # that do, read in full; "what do the documents say about Kishida's own diplomatic activity?": all the records
    # hold of him)
    mentioned = lx.MENTIONED_ASKED.search(q.lowered) and all(k in lx.PROFILE_WORDS or k in _MENTION_FRAME
                                                             for k in query.keywords)
    said_about = _SAID_ABOUT.search(q.lowered) and all(
        k in lx.PROFILE_WORDS or k in _MENTION_FRAME or k in _ACTIVITY_WORDS for k in query.keywords)
    if mentioned or said_about:
        single = a.profiles.single_entity(query)
        return single if single is not None and single[0] == "person" else None
    return None


#: Words of a question of where the records name something ("... come up in your info?").
_MENTION_FRAME = frozenset(stem(w) for w in """mention mentioned come comes came up appear appears feature features
    info information record records document documents data text texts report reports material different various
    context contexts
    ways""".split())


#: "What do the documents say about …", "what do your records show about …": all they hold of it.
_SAID_ABOUT = re.compile(r"\b(?:say|says|said|tell|tells|show|shows|report|reports|have|hold|record) about\b"
                         r"|^\W*(?:and |so )?what about\b")
#: Words of someone's doings as a whole ("his diplomatic activity", "her work", "their engagements").
_ACTIVITY_WORDS = frozenset(stem(w) for w in """activity activities diplomatic diplomacy work engagements dealings
    doings actions involvement own""".split())


def profile(a: Answerer, q: Asked) -> Answer | None:
    """"Who is A?", "what is TICAD?", "what post does A hold?": the profile of the one entity asked."""
    query = q.query
    single = _single(a, q)
    if single is None:
        return None
    if query.intent == "define" and "pledge" in query.aspects and single[0] in ("country", "place"):
        return None  # "what does Japan give Rwanda?": what was given, not the country's meetings
    if query.intent in ("define", "about") or (single[0] == "person" and query.intent in _PERSON_PROFILE_INTENTS
                                               and (a.profiles.is_who_is(query) or _SAID_ABOUT.search(q.lowered)
                                                    or lx.MENTIONED_ASKED.search(q.lowered)
                                                    or set(query.keywords) & lx.POSITION_WORDS)):
        found = a.profiles.entity_profile(single, query)
        # ("what happened in Bucha?" of a place no meeting was held in: the records that tell of it answer)
        return None if single[0] in ("country", "place") and not found.answered and query.keywords else found
    return None


def contents(a: Answerer, q: Asked) -> Answer | None:
    """"What's in the Peace Formula exactly?", "what does the programme contain?": what the one thing the question
    names holds, as its record lists it, or that its record lists nothing it holds."""
    query = q.query
    terms = {m.id for m in query.mentions if m.kind == "term" and m.id in a.kb.terms}
    asked = CONTENTS_ASKED.search(q.lowered)
    if len(terms) != 1 or query.intent == "yes_no" or asked is None \
            or any(m.kind in ("person", "meeting") for m in query.mentions):
        return None
    term = a.kb.terms[next(iter(terms))]
    if asked.group("said") and not set(query.keywords) <= set(content_stems(" ".join((term.name, *term.aliases)))):
        return None  # ("what did the final declaration of the summit say?": a text of it, not the summit itself)
    return a.profiles.entity_profile(("term", term.id), query)


def place(a: Answerer, q: Asked) -> Answer | None:
    """"Where is Bucha?": the place, its country and the meetings held there."""
    single = _single(a, q)
    if q.query.intent == "where" and single and single[0] == "place" and not q.query.keywords:
        found = a.profiles.place_profile(single[1])
        if _TOWN_ASKED.search(q.lowered) and a.kb.places[single[1]].kind not in _TOWN_KINDS:
            # "which town in Bali was it held in?": a town within a place the records give no town of
            return replace(found, kind="not_found", answered=False, title="Not in the records",
                           lines=("The records name no town or city within it.", *found.lines), confidence=0.0)
        if _WITHIN_ASKED.search(q.lowered):
            # "where exactly in Bali, what venue?": a place within the one named, which no record gives
            return replace(found, kind="not_found", answered=False, title="Not in the records",
                           lines=("The records name no venue or place within it.", *found.lines), confidence=0.0)
        return found
    located = _WHERE_IS.match(q.lowered)
    if q.query.intent == "where" and located is not None:
        # "Where is Bucha, according to the article on Hayashi's trip?": the place itself, first named
        first = min(q.query.mentions, key=lambda m: m.start, default=None)
        if first is not None and first.kind == "place" and first.start <= 3:
            return a.profiles.place_profile(first.id)
    return None


#: "which town in Bali …?", "what city was it in": a town or city asked for.
_TOWN_ASKED = re.compile(r"\b(?:which|what) (?:town|city|cities|towns)\b")
#: "where exactly in Bali?", "what venue?": a place within the one named.
_WITHIN_ASKED = re.compile(r"\bwhere (?:exactly |precisely )?in\b|\b(?:what|which) (?:venue|building|hotel|site)\b")
#: Kinds of place that are a town or city themselves.
_TOWN_KINDS = frozenset({"city", "town"})
#: "Where is Bucha …?", "where's the town of Bucha": where a place lies, not where something happened there.
_WHERE_IS = re.compile(r"^\W*(?:and |so )?where(?:'s|’s| is| are) (?:the )?(?:(?:town|city|village|region|place)"
                       r" (?:of |called )?)?[\w'’-]+(?: [\w'’-]+)?\s*(?:,|\?|$|according\b|in (?:the )?"
                       r"(?:article|text|report|document|source)s?\b)")


def name_alone(a: Answerer, q: Asked) -> Answer | None:
    """A name alone ("Kuleba?", "ndagijimana = ?"): who that is, with their posts and meetings."""
    query = q.query
    if query.intent != "general" or query.keywords or query.aspects or query.dates is not None or q.extra:
        return None
    single = _single(a, q)
    return a.profiles.entity_profile(single, query) if single and single[0] == "person" else None
