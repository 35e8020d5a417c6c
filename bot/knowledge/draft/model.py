"""The typed draft of one document: entries to write, each value with the sentence it came from.

`writer` turns a `Draft` into the YAML of the knowledge base; `evaluation` compares it with
reviewed entries. A `note` says how a value was inferred when the quote does not state it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.knowledge.dates import PartialDate
from bot.knowledge.draft.figures import Figure

#: Units of figures that are amounts of money.
CURRENCIES = frozenset({"USD", "JPY", "EUR"})

#: The kind written on a drafted place and a drafted term (the text says neither; a note says so).
PLACE_KIND = "city"
TERM_KIND = "event"


@dataclass(frozen=True)
class Review:
    """Something a maintainer must decide: the entry concerned and why."""

    entry: str
    reason: str


@dataclass(frozen=True)
class DraftSource:
    id: str
    file: str
    title: str
    kind: str
    publisher: str | None
    date: PartialDate | None
    note: str | None
    dateline: bool = True  # the date is the document's own dateline, not inferred
    headline: bool = True  # the title is the document's own headline


@dataclass(frozen=True)
class DraftCountry:
    id: str
    name: str
    quote: str
    note: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class DraftPlace:
    id: str
    name: str
    country: str
    quote: str
    note: str


@dataclass(frozen=True)
class DraftTerm:
    id: str
    name: str
    quote: str
    note: str


@dataclass(frozen=True)
class DraftPerson:
    id: str
    name: str
    family_name: str
    given_name: str
    aliases: tuple[str, ...]
    country: str
    title: str | None
    key: str
    as_of: PartialDate | None
    quote: str
    role_quote: str
    note: str | None


@dataclass(frozen=True)
class DraftRole:
    """A post the document gives a person another file defines: a `roles` entry in the draft's own file."""

    person: str
    title: str
    key: str
    country: str
    as_of: PartialDate | None
    quote: str
    note: str | None = None


@dataclass(frozen=True)
class DraftPoint:
    text: str
    quote: str


@dataclass(frozen=True)
class DraftMeeting:
    id: str
    title: str
    kind: str
    date: PartialDate
    countries: tuple[str, ...]
    japan_side: tuple[str, ...]
    partner_side: tuple[str, ...]
    quote: str
    summary: str
    accompanying: tuple[str, ...] = ()
    place: str | None = None
    country: str | None = None
    occasion: str | None = None
    local_time: str | None = None
    time_note: str | None = None
    duration_minutes: int | None = None
    duration_note: str | None = None
    topics: tuple[DraftPoint, ...] = ()
    outcomes: tuple[DraftPoint, ...] = ()
    notes: tuple[str, ...] = ()
    trip: str | None = None


@dataclass(frozen=True)
class DraftFigure:
    """A figure drafted as a pledge (with a status) or as a fact (status None)."""

    id: str
    statement: str
    figure: Figure
    quote: str
    status: str | None = None
    item: str | None = None
    donor: str | None = None
    recipient: str | None = None
    meeting: str | None = None
    announced_by: str | None = None
    countries: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    trip: str | None = None

    @property
    def kind(self) -> str | None:
        """The `pledge kinds` word of a pledge: money for an amount, equipment for things counted."""
        if self.status is None:
            return None
        return "money" if self.figure.unit in CURRENCIES else "equipment"


@dataclass(frozen=True)
class DraftFact:
    """A fact without a figure: a stop of a journey where nobody is named as met."""

    id: str
    statement: str
    topic: str
    quote: str
    countries: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class DraftWords:
    """Words of a vocabulary list (`role keys`, `meeting kinds`, ...) the draft uses and the knowledge base lacks."""

    list: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class DraftTrip:
    """A journey with several meetings, counted once; its meetings name it in `trip`."""

    id: str
    title: str
    date: PartialDate
    travellers: tuple[str, ...]
    countries: tuple[str, ...]
    quote: str
    summary: str
    places: tuple[str, ...] = ()
    topics: tuple[DraftPoint, ...] = ()
    outcomes: tuple[DraftPoint, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Draft:
    """Everything drafted from one document, and what needs a maintainer's review."""

    text: str
    source: DraftSource
    countries: tuple[DraftCountry, ...] = ()
    places: tuple[DraftPlace, ...] = ()
    terms: tuple[DraftTerm, ...] = ()
    people: tuple[DraftPerson, ...] = ()
    roles: tuple[DraftRole, ...] = ()
    meetings: tuple[DraftMeeting, ...] = ()
    figures: tuple[DraftFigure, ...] = ()
    facts: tuple[DraftFact, ...] = ()
    trips: tuple[DraftTrip, ...] = ()
    vocabulary: tuple[DraftWords, ...] = ()
    reviews: tuple[Review, ...] = field(default=())
