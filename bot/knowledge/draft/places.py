"""Where a meeting took place and on what occasion, from the sentence that reports it.

    where = find_where("... who is visiting New York to attend the United Nations General Assembly session", lexicon)

Places are read from `in X`, `visiting X`, `a visit to X` (`in Port Selm, Veloria` names the country
too); X is looked up among the knowledge base's places and countries, then real-world countries.
An unknown X becomes a new place when its country is written next to it, X is the capital of a
known country, or X is a city whose name alone says its country (`cities.world_city`, with a note);
otherwise it is left for review. Occasions are read from `on the sidelines of`,
`on the margins of`, `to attend`, `on the occasion of`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.knowledge.draft.cities import world_city
from bot.knowledge.draft.dates import MONTHS
from bot.knowledge.draft.lexicon import Lexicon, fold
from bot.knowledge.draft.posts import ORG_WORDS, POST_WORDS
from bot.knowledge.draft.rules import PatternRule

_PHRASE = r"(?P<x>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:,\s+(?P<y>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))?"


PLACE_RULES: tuple[PatternRule, ...] = (
    PatternRule("visiting", re.compile(r"\b(?:is|was|were|are)?\s*visiting\s+" + _PHRASE), ("who is visiting Zembla",)),
    PatternRule("visit to", re.compile(r"\bvisit\s+to\s+" + _PHRASE), ("on an official visit to Velor City",)),
    PatternRule("visited", re.compile(r"\bvisited\s+" + _PHRASE), ("Prime Minister Kenji Takemori visited Zembla.",)),
    PatternRule("in", re.compile(r"\b(?:in|at)\s+(?:the\s+city\s+of\s+)?" + _PHRASE),
                ("in Port Selm, Veloria", "during a meeting in Velor City", "in Sapporo")),
)

_OCCASION = re.compile(
    r"\b(?:on the sidelines of|on the margins of|to attend|on the occasion of)\s+(?:the\s+)?"
    r"(?P<x>(?:\d+(?:st|nd|rd|th)\s+)?[A-Z\"“][\w'’\"“”+ -]*?"
    r"(?:\s+(?:of|on|for|plus)\s+(?:the\s+)?[\"“]?[A-Z][\w'’\"“”+ -]*?)*)"
    r"(?=\s*(?:,|\.|;|$|\s+and\s+a\s|\s+which\b|\s+in\s+[A-Z]|\s+together\b|\s+to\s))")
OCCASION_EXAMPLES = {
    "on the sidelines of the Ocean Summit.": "Ocean Summit",
    "who is visiting Velor City to attend the Harbour Conference session, held": "Harbour Conference session",
}


@dataclass(frozen=True)
class Where:
    """A place or country as the text names it, resolved where it can be."""

    text: str  # as written
    place: str | None = None  # id of a known place
    country: str | None = None  # id of a known country (the place's, or the one named)
    new_place: str | None = None  # name of a place to draft
    new_country: str | None = None  # name of a country to draft
    reason: str | None = None  # why it could not be settled
    note: str | None = None  # how the country was found when the text does not write it


def find_where(text: str, lexicon: Lexicon) -> Where | None:
    """The first place the sentence names by one of `PLACE_RULES`, resolved against `lexicon`."""
    for rule in PLACE_RULES:
        for m in rule.pattern.finditer(text):
            where = _resolve(m.group("x"), m.group("y"), lexicon)
            if where is not None:
                return where
    return None


def _resolve(x: str, y: str | None, lexicon: Lexicon) -> Where | None:
    x = x.rstrip(".")
    folded = fold(x)
    words = folded.split()
    if not words or words[0] in POST_WORDS or any(w in ORG_WORDS for w in words) or _is_month(words[0]):
        return None
    if folded in lexicon.places:
        place = lexicon.places[folded]
        return Where(x, place=place, country=lexicon.place_country.get(place))
    country = lexicon.country(x)
    if country:
        return Where(x, country=country)
    if folded in lexicon.world:
        return Where(x, new_country=x)
    beside = lexicon.country(y) if y else None
    if beside:
        return Where(f"{x}, {y}", new_place=x, country=beside)
    if folded in lexicon.capitals:
        return Where(x, new_place=x, country=lexicon.capitals[folded])
    city = world_city(x) if not y else None
    if city is not None:
        note = (f'The document does not write the country of "{x}"; it is taken from GeoNames: {city.name}, '
                f"{city.country}, the only large city by that name.")
        known = lexicon.country(city.country)
        return Where(x, new_place=x, country=known, new_country=None if known else city.country, note=note)
    if y and fold(y) in lexicon.world:
        return Where(f"{x}, {y}", new_place=x, new_country=y)
    return Where(x, new_place=x, reason=f'the country of "{x}" is not stated')


def _is_month(word: str) -> bool:
    return word in MONTHS


def find_occasion(text: str) -> str | None:
    """The event a meeting was held at or for, as written (`Ocean Summit`), without a leading `the`."""
    for m in _OCCASION.finditer(text):
        name = m.group("x").strip().strip("\"“”").strip()
        if len(name) > 3 and any(w[:1].isupper() for w in name.split()) and not _is_month(fold(name.split()[0])):
            if fold(name.split()[0]) in POST_WORDS:
                continue
            return name
    return None
