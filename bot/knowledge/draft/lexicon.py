"""What the drafter knows before it reads: names of the knowledge base's entries, and real-world countries.

Every lookup is by folded text (case and spacing ignored), so `TAKEMORI Kenji`, `Takemori
Kenji` and `Kenji Takemori` find the same person. The home country is the one whose people
sit on the `japan_side` of the knowledge base's meetings.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from bot.engine.world import world_countries
from bot.knowledge.model import KnowledgeBase


def fold(text: str) -> str:
    """Case-, accent- and spacing-insensitive form of a name; typographic apostrophes made straight."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w@'&-]+", " ", text.casefold()).split())


def slug(text: str) -> str:
    """`Côte d'Ivoire` -> `cote-d-ivoire`: an id of lower-case words joined by `-`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower())) or "entry"


@dataclass(frozen=True)
class Lexicon:
    """Folded names of known entries, by kind: name -> id."""

    home: str
    countries: dict[str, str]  # names, aliases and demonyms
    capitals: dict[str, str]  # folded capital -> country id
    places: dict[str, str]
    place_country: dict[str, str]
    people: dict[str, str]
    person_country: dict[str, str]
    terms: dict[str, str]
    family: dict[str, str]  # person id -> family name
    world: dict[str, str]  # real-world country names not in the knowledge base -> display name
    ids: dict[str, set[str]] = field(default_factory=dict)  # collection -> ids in use

    def country(self, text: str) -> str | None:
        """The id of the country `text` names (`the Republic of Veloria`, `Velorian`), if known."""
        folded = fold(text)
        return self.countries.get(folded) or self.countries.get(folded.removeprefix("the "))


def build_lexicon(kb: KnowledgeBase) -> Lexicon:
    """Index the names of `kb`'s countries, places, people and terms."""
    countries: dict[str, str] = {}
    for c in kb.countries.values():
        for name in (c.name, *c.aliases, *c.demonyms, f"{c.name}'s"):
            countries.setdefault(fold(name), c.id)
    capitals = {fold(c.capital): c.id for c in kb.countries.values() if c.capital}
    places: dict[str, str] = {}
    for p in kb.places.values():
        for name in (p.name, *p.aliases):
            places.setdefault(fold(name), p.id)
    people: dict[str, str] = {}
    for person in kb.people.values():
        for name in (person.name, *person.aliases, f"{person.given_name} {person.family_name}",
                     f"{person.family_name} {person.given_name}"):
            people.setdefault(fold(name), person.id)
    terms: dict[str, str] = {}
    for t in kb.terms.values():
        for name in (t.name, *t.aliases):
            terms.setdefault(fold(name), t.id)
    world: dict[str, str] = {}
    kb_names = {c.name for c in kb.countries.values()}
    for name, forms in _world_forms():
        for form in forms:
            if fold(form) not in countries and name not in kb_names:
                world.setdefault(fold(form), name)
    ids = {"sources": set(kb.sources), "countries": set(kb.countries), "places": set(kb.places),
           "people": set(kb.people), "meetings": set(kb.meetings), "facts": set(kb.facts),
           "pledges": set(kb.pledges), "terms": set(kb.terms), "trips": set(kb.trips)}
    return Lexicon(_home(kb), countries, capitals, places, {p.id: p.country for p in kb.places.values()},
                   people, {p.id: p.country for p in kb.people.values()}, terms,
                   {p.id: p.family_name for p in kb.people.values()}, world, ids)


def _world_forms() -> list[tuple[str, tuple[str, ...]]]:
    """Real-world countries: each name with the forms a text may use (spellings longer than an
    abbreviation, demonym), sorted by name."""
    return sorted((c.name, tuple(f for f in (c.name, *(a for a in c.aliases if len(a) > 3), c.demonym or "") if f))
                  for c in world_countries())


def _home(kb: KnowledgeBase) -> str:
    """The country whose people sit on the home side of the meetings (the most frequent one)."""
    counts = Counter(kb.people[p].country for m in kb.meetings.values() for p in m.japan_side if p in kb.people)
    if counts:
        return min(counts.items(), key=lambda item: (-item[1], item[0]))[0]
    return min(kb.countries) if kb.countries else "home"
