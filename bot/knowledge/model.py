"""Typed, frozen entries of the knowledge base.

The YAML files under `knowledge/` are read once (see `loader`) into these objects; nothing after
start-up looks at raw dictionaries. Every entry names its source document (`source`, a `Source.id`)
and a `quote` that appears verbatim in that document; a value the documents only imply carries a
`note` saying how it was inferred.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from bot.knowledge.dates import PartialDate

PledgeStatus = Literal["pledged", "provided", "planned", "announced"]


@dataclass(frozen=True)
class Cited:
    """Where a statement comes from: a source document and a verbatim quote from it."""

    source: str
    quote: str


@dataclass(frozen=True)
class Source:
    """One source document kept in `seeds/`."""

    id: str
    file: str
    title: str
    kind: str
    publisher: str | None = None
    date: PartialDate | None = None
    note: str | None = None


@dataclass(frozen=True)
class Country:
    id: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None
    cited: Cited
    note: str | None = None


@dataclass(frozen=True)
class Place:
    """A city, town or region where something happened."""

    id: str
    name: str
    aliases: tuple[str, ...]
    country: str
    kind: str
    cited: Cited
    note: str | None = None


@dataclass(frozen=True)
class Role:
    """A position a person held, as of the date a document shows it.

    `as_of` is None for a historical role whose document gives no date (never an invented year);
    it may be a `DateRange` when the document gives a span ("2019-2021").
    """

    title: str
    key: str
    country: str
    as_of: PartialDate | None
    cited: Cited
    organisation: str | None = None
    note: str | None = None


#: The words that show how a document refers to someone: a title or a pronoun of that person.
PRONOUN_WORDS: dict[str, tuple[str, ...]] = {
    "she": ("ms", "mrs", "madam", "she", "her", "hers", "herself"),
    "he": ("mr", "he", "him", "his", "himself"),
}


@dataclass(frozen=True)
class Pronoun:
    """How the documents refer to a person (`she` or `he`), with a quote that shows it ("Ms. KAMIKAWA
    Yoko", "he welcomed"), so that a follow-up's "she" can tell two people of one meeting apart."""

    word: str
    cited: Cited


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    family_name: str
    given_name: str
    aliases: tuple[str, ...]
    country: str
    roles: tuple[Role, ...]
    cited: Cited
    description: str | None = None
    note: str | None = None
    pronoun: Pronoun | None = None


@dataclass(frozen=True)
class Point:
    """A topic discussed or an outcome reached, with its own supporting quote."""

    text: str
    cited: Cited
    keywords: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Quantity:
    """A number as a document states it: `more than 1,500 generators`, `USD 7 billion`."""

    value: float
    unit: str
    text: str
    qualifier: str | None = None


@dataclass(frozen=True)
class Meeting:
    """A meeting, talk or forum: who met whom, when and where, and what they discussed.

    `partner_side` is empty both when the document names nobody and when it does not say who took
    part; `partner_side_stated` tells the two apart (YAML: the key omitted or null = not stated,
    `[]` = nobody). A meeting that was part of a trip names it in `trip`.
    """

    id: str
    title: str
    kind: str
    date: PartialDate
    countries: tuple[str, ...]
    japan_side: tuple[str, ...]
    partner_side: tuple[str, ...]
    summary: str
    cited: Cited
    accompanying: tuple[str, ...] = ()
    place: str | None = None
    country: str | None = None
    occasion: str | None = None
    local_time: str | None = None
    time_note: str | None = None
    duration_minutes: int | None = None
    duration_note: str | None = None
    topics: tuple[Point, ...] = ()
    outcomes: tuple[Point, ...] = ()
    note: str | None = None
    trip: str | None = None
    partner_side_stated: bool = True

    @property
    def participants(self) -> tuple[str, ...]:
        return self.japan_side + self.partner_side + self.accompanying


@dataclass(frozen=True)
class Trip:
    """A journey (an official visit) counted once, whatever meetings were held during it.

    The meetings of the trip name it in their own `trip` field; `meetings` of the knowledge base's
    `trip_meetings` lists them. A trip is not a meeting: counting meetings leaves it out.
    """

    id: str
    title: str
    date: PartialDate
    travellers: tuple[str, ...]
    countries: tuple[str, ...]
    summary: str
    cited: Cited
    places: tuple[str, ...] = ()
    topics: tuple[Point, ...] = ()
    outcomes: tuple[Point, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Fact:
    """A background statement: relations established, an embassy opened, a forum held."""

    id: str
    statement: str
    topic: str
    cited: Cited
    countries: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    date: PartialDate | None = None
    quantity: Quantity | None = None
    keywords: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Pledge:
    """Something Japan pledged, provided or plans to provide."""

    id: str
    item: str
    donor: str
    recipient: str
    status: PledgeStatus
    statement: str
    cited: Cited
    quantity: Quantity | None = None
    date: PartialDate | None = None
    due: PartialDate | None = None
    meeting: str | None = None
    announced_by: str | None = None
    purpose: str | None = None
    keywords: tuple[str, ...] = ()
    note: str | None = None
    trip: str | None = None
    #: A `pledge kinds` word: what kind of thing the item is ("equipment", "money").
    kind: str | None = None


@dataclass(frozen=True)
class Term:
    """A programme, organisation, event or document readers ask about."""

    id: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    definition: str
    cited: Cited
    countries: tuple[str, ...] = ()
    date: PartialDate | None = None
    note: str | None = None


@dataclass(frozen=True)
class Vocabulary:
    """Words a field may take, declared in the knowledge base: `role keys`, `meeting kinds`, ..."""

    list: str
    values: tuple[str, ...]
    note: str | None = None


@dataclass(frozen=True)
class AddedRole:
    """A role that one document adds, in its own file, to a person defined in another file."""

    person: str
    title: str
    key: str
    country: str
    cited: Cited
    as_of: PartialDate | None = None
    organisation: str | None = None
    note: str | None = None

    def role(self) -> Role:
        return Role(self.title, self.key, self.country, self.as_of, self.cited, self.organisation, self.note)


@dataclass(frozen=True)
class KnowledgeBase:
    """Every entry, validated; lookups by id are dictionaries built once."""

    sources: dict[str, Source] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    meetings: dict[str, Meeting] = field(default_factory=dict)
    facts: dict[str, Fact] = field(default_factory=dict)
    pledges: dict[str, Pledge] = field(default_factory=dict)
    terms: dict[str, Term] = field(default_factory=dict)
    trips: dict[str, Trip] = field(default_factory=dict)
    #: List name (`role keys`, `meeting kinds`, `term kinds`, `place kinds`) -> the values declared.
    vocabulary: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Source id -> digest of its document's text as checked (`validate.text_digest`): a start from the
    #: snapshot compares it with the document; the texts themselves are not kept in memory.
    source_digests: dict[str, bytes] = field(default_factory=dict)

    def trip_meetings(self, trip_id: str) -> tuple[Meeting, ...]:
        """The meetings held during a trip, in date order."""
        found = [m for m in self.meetings.values() if m.trip == trip_id]
        return tuple(sorted(found, key=lambda m: m.date))

    def summary(self) -> str:
        return (
            f"{len(self.sources)} sources, {len(self.countries)} countries, {len(self.places)} places, "
            f"{len(self.people)} people, {len(self.meetings)} meetings, {len(self.trips)} trips, "
            f"{len(self.facts)} facts, {len(self.pledges)} pledges, {len(self.terms)} terms"
        )
