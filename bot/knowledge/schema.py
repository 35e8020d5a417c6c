"""What each collection of the knowledge base may hold: one table of fields per kind of entry.

`validate` walks these tables to check and convert every YAML entry; adding a field to the
knowledge base means adding one line here (and the matching attribute in `model`). The field names
are the YAML keys and the dataclass attributes alike, except `source` + `quote`, which become one
`Cited` attribute (`cited`) on records marked `cited`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from bot.knowledge.model import (
    Country,
    Fact,
    Meeting,
    Person,
    Place,
    Pledge,
    Point,
    Quantity,
    Role,
    Source,
    Term,
)


class Kind(Enum):
    """How a field's YAML value is checked and what it becomes."""

    ID = "id"  # str, lower-case words joined by '-'
    TEXT = "text"  # non-empty str
    TEXTS = "texts"  # list of non-empty str -> tuple
    COUNT = "count"  # int >= 0 (bool refused)
    NUMBER = "number"  # int or float (bool refused) -> float
    DATE = "date"  # YYYY, YYYY-MM or YYYY-MM-DD -> PartialDate
    TIME = "time"  # HH:MM, 24 h
    CHOICE = "choice"  # one of `choices`
    REF = "ref"  # id of an entry of collection `target`
    REFS = "refs"  # list of such ids -> tuple
    RECORD = "record"  # mapping checked against `record` -> dataclass
    RECORDS = "records"  # list of such mappings -> tuple of dataclasses


LIST_KINDS = frozenset({Kind.TEXTS, Kind.REFS, Kind.RECORDS})


@dataclass(frozen=True)
class Field:
    kind: Kind
    required: bool = False
    target: str = ""  # for REF / REFS: the collection named
    choices: tuple[str, ...] = ()  # for CHOICE
    record: Record | None = None  # for RECORD / RECORDS


@dataclass(frozen=True)
class Record:
    """The fields of one kind of entry, and the dataclass it becomes."""

    build: type
    fields: dict[str, Field]
    cited: bool = True  # `source` and `quote` become `cited: Cited`
    names: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "names", frozenset(self.fields))


def required(kind: Kind, target: str = "", choices: tuple[str, ...] = (), record: Record | None = None) -> Field:
    return Field(kind, True, target, choices, record)


def optional(kind: Kind, target: str = "", choices: tuple[str, ...] = (), record: Record | None = None) -> Field:
    return Field(kind, False, target, choices, record)


def _citation(source_required: bool = True) -> dict[str, Field]:
    # Sub-items (roles, topics, outcomes) inherit the entry's source when they give none.
    source = Field(Kind.REF, source_required, target="sources")
    return {"source": source, "quote": required(Kind.TEXT)}


SOURCE_KINDS = ("press release", "news article")
PLACE_KINDS = ("city", "town", "region", "island")
MEETING_KINDS = ("bilateral meeting", "visit", "forum", "multilateral meeting")
TERM_KINDS = ("programme", "organisation", "event", "document", "initiative")
PLEDGE_STATUSES = ("pledged", "provided", "planned", "announced")
QUANTITY_QUALIFIERS = ("more than", "over", "approximately")
ROLE_KEYS = (
    "president", "prime-minister", "foreign-minister", "deputy-foreign-minister", "finance-minister",
    "minister", "state-minister", "deputy-director-general", "head-of-ministry",
    "central-bank-governor", "chair", "official",
)  # fmt: skip

QUANTITY = Record(Quantity, {
    "value": required(Kind.NUMBER),
    "unit": required(Kind.TEXT),
    "text": required(Kind.TEXT),
    "qualifier": optional(Kind.CHOICE, choices=QUANTITY_QUALIFIERS),
}, cited=False)  # fmt: skip

POINT = Record(Point, {
    "text": required(Kind.TEXT),
    "keywords": optional(Kind.TEXTS),
    **_citation(source_required=False),
})  # fmt: skip

ROLE = Record(Role, {
    "title": required(Kind.TEXT),
    "key": required(Kind.CHOICE, choices=ROLE_KEYS),
    "country": required(Kind.REF, target="countries"),
    "as_of": required(Kind.DATE),
    "organisation": optional(Kind.TEXT),
    **_citation(source_required=False),
})  # fmt: skip

SOURCE = Record(Source, {
    "id": required(Kind.ID),
    "file": required(Kind.TEXT),
    "title": required(Kind.TEXT),
    "kind": required(Kind.CHOICE, choices=SOURCE_KINDS),
    "publisher": optional(Kind.TEXT),
    "date": optional(Kind.DATE),
    "note": optional(Kind.TEXT),
}, cited=False)  # fmt: skip

COUNTRY = Record(Country, {
    "id": required(Kind.ID),
    "name": required(Kind.TEXT),
    "aliases": required(Kind.TEXTS),
    "demonyms": required(Kind.TEXTS),
    "capital": optional(Kind.TEXT),
    "note": optional(Kind.TEXT),
    **_citation(),
})  # fmt: skip

PLACE = Record(Place, {
    "id": required(Kind.ID),
    "name": required(Kind.TEXT),
    "aliases": required(Kind.TEXTS),
    "country": required(Kind.REF, target="countries"),
    "kind": required(Kind.CHOICE, choices=PLACE_KINDS),
    "note": optional(Kind.TEXT),
    **_citation(),
})  # fmt: skip

PERSON = Record(Person, {
    "id": required(Kind.ID),
    "name": required(Kind.TEXT),
    "family_name": required(Kind.TEXT),
    "given_name": required(Kind.TEXT),
    "aliases": optional(Kind.TEXTS),
    "country": required(Kind.REF, target="countries"),
    "roles": required(Kind.RECORDS, record=ROLE),
    "description": optional(Kind.TEXT),
    "note": optional(Kind.TEXT),
    **_citation(),
})  # fmt: skip

MEETING = Record(Meeting, {
    "id": required(Kind.ID),
    "title": required(Kind.TEXT),
    "kind": required(Kind.CHOICE, choices=MEETING_KINDS),
    "date": required(Kind.DATE),
    "countries": required(Kind.REFS, target="countries"),
    "japan_side": required(Kind.REFS, target="people"),
    "partner_side": required(Kind.REFS, target="people"),
    "accompanying": optional(Kind.REFS, target="people"),
    "place": optional(Kind.REF, target="places"),
    "country": optional(Kind.REF, target="countries"),
    "occasion": optional(Kind.REF, target="terms"),
    "local_time": optional(Kind.TIME),
    "time_note": optional(Kind.TEXT),
    "duration_minutes": optional(Kind.COUNT),
    "duration_note": optional(Kind.TEXT),
    "topics": optional(Kind.RECORDS, record=POINT),
    "outcomes": optional(Kind.RECORDS, record=POINT),
    "summary": required(Kind.TEXT),
    "note": optional(Kind.TEXT),
    **_citation(),
})  # fmt: skip

FACT = Record(Fact, {
    "id": required(Kind.ID),
    "statement": required(Kind.TEXT),
    "topic": required(Kind.TEXT),
    "countries": optional(Kind.REFS, target="countries"),
    "people": optional(Kind.REFS, target="people"),
    "terms": optional(Kind.REFS, target="terms"),
    "places": optional(Kind.REFS, target="places"),
    "date": optional(Kind.DATE),
    "quantity": optional(Kind.RECORD, record=QUANTITY),
    "keywords": optional(Kind.TEXTS),
    "note": optional(Kind.TEXT),
    **_citation(),
})  # fmt: skip

PLEDGE = Record(Pledge, {
    "id": required(Kind.ID),
    "item": required(Kind.TEXT),
    "donor": required(Kind.REF, target="countries"),
    "recipient": required(Kind.REF, target="countries"),
    "status": required(Kind.CHOICE, choices=PLEDGE_STATUSES),
    "statement": required(Kind.TEXT),
    "quantity": optional(Kind.RECORD, record=QUANTITY),
    "date": optional(Kind.DATE),
    "due": optional(Kind.DATE),
    "meeting": optional(Kind.REF, target="meetings"),
    "announced_by": optional(Kind.REF, target="people"),
    "purpose": optional(Kind.TEXT),
    "keywords": optional(Kind.TEXTS),
    "note": optional(Kind.TEXT),
    **_citation(),
})  # fmt: skip

TERM = Record(Term, {
    "id": required(Kind.ID),
    "name": required(Kind.TEXT),
    "aliases": required(Kind.TEXTS),
    "kind": required(Kind.CHOICE, choices=TERM_KINDS),
    "definition": required(Kind.TEXT),
    "countries": optional(Kind.REFS, target="countries"),
    "date": optional(Kind.DATE),
    "note": optional(Kind.TEXT),
    **_citation(),
})  # fmt: skip

# Collection name -> the record its entries follow, in the order `KnowledgeBase` lists them.
COLLECTIONS: dict[str, Record] = {
    "sources": SOURCE,
    "countries": COUNTRY,
    "places": PLACE,
    "people": PERSON,
    "meetings": MEETING,
    "facts": FACT,
    "pledges": PLEDGE,
    "terms": TERM,
}

# How a reference problem names what it could not find.
ENTRY_NOUNS = {
    "sources": "source", "countries": "country", "places": "place", "people": "person",
    "meetings": "meeting", "facts": "fact", "pledges": "pledge", "terms": "term",
}  # fmt: skip
