"""What each collection of the knowledge base may hold: field kinds, their checks, one table per entry.

`validate` walks these tables to check and convert every YAML entry; adding a field to the
knowledge base means adding one line here (and the matching attribute in `model`). The field names
are the YAML keys and the dataclass attributes alike, except `source` + `quote`, which become one
`Cited` attribute (`cited`) on records marked `cited`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from bot.knowledge.dates import PartialDate
from bot.knowledge.model import (
    PRONOUN_WORDS,
    AddedRole,
    Country,
    Fact,
    Meeting,
    Person,
    Place,
    Pledge,
    Point,
    Pronoun,
    Quantity,
    Role,
    Source,
    Term,
    Trip,
    Vocabulary,
)


class Kind(Enum):
    """How a field's YAML value is checked and what it becomes."""

    ID = "id"  # str, lower-case words and digits joined by '-'
    TEXT = "text"  # non-empty str, stripped
    TEXTS = "texts"  # list of non-empty str -> tuple
    COUNT = "count"  # int >= 0 (bool refused)
    NUMBER = "number"  # int or float (bool refused) -> float
    DATE = "date"  # YYYY, YYYY-MM or YYYY-MM-DD -> PartialDate; START/END -> DateRange
    TIME = "time"  # HH:MM, 24 h
    CHOICE = "choice"  # one of `choices`
    WORD = "word"  # one of the values the knowledge base declares in its vocabulary list `target`
    REF = "ref"  # id of an entry of collection `target` (checked by `validate` once all are known)
    REFS = "refs"  # list of such ids -> tuple
    RECORD = "record"  # mapping checked against `record` -> dataclass
    RECORDS = "records"  # list of such mappings -> tuple of dataclasses


class Invalid(Exception):
    """A value that does not fit its field; the message is the reason."""


@dataclass(frozen=True)
class Field:
    kind: Kind
    required: bool = False
    target: str = ""  # for REF / REFS: the collection named
    choices: tuple[str, ...] = ()  # for CHOICE
    record: Record | None = None  # for RECORD / RECORDS
    # What a missing optional field becomes, and the check of a plain (not REF or RECORD) kind.
    empty: tuple[()] | None = field(init=False, repr=False, compare=False)
    check: Callable[[object, Field], Any] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "empty", () if self.kind in (Kind.TEXTS, Kind.REFS, Kind.RECORDS) else None)
        object.__setattr__(self, "check", _CHECKS.get(self.kind))


@dataclass(frozen=True)
class Record:
    """The fields of one kind of entry, and the dataclass it becomes."""

    build: type
    fields: dict[str, Field]
    cited: bool = True  # `source` and `quote` become `cited: Cited`
    # YAML key -> bool attribute telling whether the key was given (omitted or null: not stated).
    stated: dict[str, str] = field(default_factory=dict)
    names: frozenset[str] = field(init=False, repr=False, compare=False)
    required: frozenset[str] = field(init=False, repr=False, compare=False)
    defaults: dict[str, Any] = field(init=False, repr=False, compare=False)  # the value of each absent field

    def __post_init__(self) -> None:
        object.__setattr__(self, "names", frozenset(self.fields))
        object.__setattr__(self, "required", frozenset(name for name, f in self.fields.items() if f.required))
        defaults: dict[str, Any] = {name: f.empty for name, f in self.fields.items()}
        defaults.update({flag: False for flag in self.stated.values()})
        object.__setattr__(self, "defaults", defaults)


_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_TIME = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")


def describe(value: object) -> str:
    """`a number 5`, `a list`: what a mistyped value is, for a reason."""
    kinds = {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "a list", dict: "a mapping"}
    shown = repr(value) if isinstance(value, (bool, int, float, str)) else ""
    shown = shown if len(shown) <= 40 else shown[:37] + "..."
    return f"{kinds.get(type(value), type(value).__name__)} {shown}".rstrip()


def check_text(value: object, field: Field | None = None) -> str:
    if not isinstance(value, str):
        raise Invalid(f"expected a string, got {describe(value)}")
    value = value.strip()
    if not value:
        raise Invalid("empty")
    return value


def check_list(value: object) -> list[Any]:
    if not isinstance(value, list):
        raise Invalid(f"expected a list, got {describe(value)}")
    return value


def check_texts(value: object, field: Field | None = None) -> tuple[str, ...]:
    items = check_list(value)
    for item in items:
        if not isinstance(item, str):
            raise Invalid(f"expected a list of strings, one item is {describe(item)}")
    texts = tuple(item.strip() for item in items)
    if not all(texts):
        raise Invalid("expected a list of strings, one item is empty")
    return texts


def _check_id(value: object, field: Field) -> str:
    ident = check_text(value)
    if not _ID.fullmatch(ident):
        raise Invalid(f"bad id {ident!r}: use lower-case words and digits joined by '-'")
    return ident


def _check_count(value: object, field: Field) -> int:
    if type(value) is not int:  # bool is an int subclass and is refused
        raise Invalid(f"expected a whole number, got {describe(value)}")
    if value < 0:
        raise Invalid(f"must not be negative, got {value}")
    return value


def _check_number(value: object, field: Field) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise Invalid(f"expected a number, got {describe(value)}")
    return float(value)


def _check_date(value: object, field: Field) -> PartialDate:
    if type(value) is str and value in _DATES:  # thousands of entries share a date; PartialDate is frozen
        return _DATES[value]
    try:
        date = PartialDate.parse(value)
    except ValueError as exc:
        raise Invalid(f"bad date: {exc}") from None
    if type(value) is str:
        _DATES[value] = date
    return date


_DATES: dict[str, PartialDate] = {}


def _check_time(value: object, field: Field) -> str:
    if not isinstance(value, str) or not _TIME.fullmatch(value):
        raise Invalid(f"bad time {value!r}: expected HH:MM, 24 h")
    return value


def _check_choice(value: object, field: Field) -> str:
    if not isinstance(value, str) or value not in field.choices:
        raise Invalid(f"invalid value {value!r}: expected one of {', '.join(field.choices)}")
    return value


_CHECKS: dict[Kind, Callable[[object, Field], Any]] = {
    Kind.ID: _check_id,
    Kind.TEXT: check_text,
    Kind.TEXTS: check_texts,
    Kind.COUNT: _check_count,
    Kind.NUMBER: _check_number,
    Kind.DATE: _check_date,
    Kind.TIME: _check_time,
    Kind.CHOICE: _check_choice,
}


def required(kind: Kind, target: str = "", choices: tuple[str, ...] = (), record: Record | None = None) -> Field:
    return Field(kind, True, target, choices, record)


def optional(kind: Kind, target: str = "", choices: tuple[str, ...] = (), record: Record | None = None) -> Field:
    return Field(kind, False, target, choices, record)


def _citation(source_required: bool = True) -> dict[str, Field]:
    # Sub-items (roles, topics, outcomes) inherit the entry's source when they give none.
    source = Field(Kind.REF, source_required, target="sources")
    return {"source": source, "quote": required(Kind.TEXT)}


SOURCE_KINDS = ("press release", "news article")
PLEDGE_STATUSES = ("pledged", "provided", "planned", "announced")
QUANTITY_QUALIFIERS = ("more than", "over", "approximately")
# The word lists the knowledge base itself declares (collection `vocabulary`): extending one is a
# YAML line, not a code change. Field kind WORD names the list its values come from.
ROLE_KEYS, MEETING_KINDS, TERM_KINDS, PLACE_KINDS = "role keys", "meeting kinds", "term kinds", "place kinds"
PLEDGE_KINDS = "pledge kinds"
VOCABULARY_LISTS = (ROLE_KEYS, MEETING_KINDS, TERM_KINDS, PLACE_KINDS, PLEDGE_KINDS)

QUANTITY = Record(Quantity, {
    "value": required(Kind.NUMBER),
    "unit": required(Kind.TEXT),
    "text": required(Kind.TEXT),
    "qualifier": optional(Kind.CHOICE, choices=QUANTITY_QUALIFIERS),
}, cited=False)  # fmt: skip

POINT = Record(Point, {
    "text": required(Kind.TEXT),
    "keywords": optional(Kind.TEXTS),
    "note": optional(Kind.TEXT),
    **_citation(source_required=False),
})  # fmt: skip

_ROLE_FIELDS = {
    "title": required(Kind.TEXT),
    "key": required(Kind.WORD, target=ROLE_KEYS),
    "country": required(Kind.REF, target="countries"),
    "as_of": optional(Kind.DATE),
    "organisation": optional(Kind.TEXT),
    "note": optional(Kind.TEXT),
}  # fmt: skip

ROLE = Record(Role, {**_ROLE_FIELDS, **_citation(source_required=False)})

# A role one document adds to a person another document's file defines.
ADDED_ROLE = Record(AddedRole, {"person": required(Kind.REF, target="people"), **_ROLE_FIELDS, **_citation()})

VOCABULARY = Record(Vocabulary, {
    "list": required(Kind.CHOICE, choices=VOCABULARY_LISTS),
    "values": required(Kind.TEXTS),
    "note": optional(Kind.TEXT),
}, cited=False)  # fmt: skip

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
    "kind": required(Kind.WORD, target=PLACE_KINDS),
    "note": optional(Kind.TEXT),
    **_citation(),
})  # fmt: skip

PRONOUN = Record(Pronoun, {
    "word": required(Kind.CHOICE, choices=tuple(PRONOUN_WORDS)),
    **_citation(source_required=False),
})  # fmt: skip

PERSON = Record(Person, {
    "id": required(Kind.ID),
    "name": required(Kind.TEXT),
    "family_name": required(Kind.TEXT),
    "given_name": required(Kind.TEXT),
    "aliases": optional(Kind.TEXTS),
    "country": required(Kind.REF, target="countries"),
    "roles": required(Kind.RECORDS, record=ROLE),
    "pronoun": optional(Kind.RECORD, record=PRONOUN),
    "description": optional(Kind.TEXT),
    "note": optional(Kind.TEXT),
    **_citation(),
})  # fmt: skip

MEETING = Record(Meeting, {
    "id": required(Kind.ID),
    "title": required(Kind.TEXT),
    "kind": required(Kind.WORD, target=MEETING_KINDS),
    "date": required(Kind.DATE),
    "countries": required(Kind.REFS, target="countries"),
    "japan_side": required(Kind.REFS, target="people"),
    "partner_side": optional(Kind.REFS, target="people"),  # omitted or null: not stated; []: nobody
    "trip": optional(Kind.REF, target="trips"),
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
}, stated={"partner_side": "partner_side_stated"})  # fmt: skip

TRIP = Record(Trip, {
    "id": required(Kind.ID),
    "title": required(Kind.TEXT),
    "date": required(Kind.DATE),
    "travellers": required(Kind.REFS, target="people"),
    "countries": required(Kind.REFS, target="countries"),
    "places": optional(Kind.REFS, target="places"),
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
    # What kind of thing it is ("equipment", "money"), for questions that ask by kind: "what equipment
    # did Japan send?" of a record that says "cranes".
    "kind": optional(Kind.WORD, target=PLEDGE_KINDS),
    "donor": required(Kind.REF, target="countries"),
    "recipient": required(Kind.REF, target="countries"),
    "status": required(Kind.CHOICE, choices=PLEDGE_STATUSES),
    "statement": required(Kind.TEXT),
    "quantity": optional(Kind.RECORD, record=QUANTITY),
    "date": optional(Kind.DATE),
    "due": optional(Kind.DATE),
    "meeting": optional(Kind.REF, target="meetings"),
    "trip": optional(Kind.REF, target="trips"),
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
    "kind": required(Kind.WORD, target=TERM_KINDS),
    "definition": required(Kind.TEXT),
    "countries": optional(Kind.REFS, target="countries"),
    "date": optional(Kind.DATE),
    "note": optional(Kind.TEXT),
    **_citation(),
})  # fmt: skip

# Collection name -> the record its entries follow, in the order `KnowledgeBase` lists them.
COLLECTIONS: dict[str, Record] = {
    "vocabulary": VOCABULARY,
    "sources": SOURCE,
    "countries": COUNTRY,
    "places": PLACE,
    "people": PERSON,
    "meetings": MEETING,
    "trips": TRIP,
    "roles": ADDED_ROLE,
    "facts": FACT,
    "pledges": PLEDGE,
    "terms": TERM,
}

# How a reference problem names what it could not find.
ENTRY_NOUNS = {
    "sources": "source", "countries": "country", "places": "place", "people": "person",
    "meetings": "meeting", "facts": "fact", "pledges": "pledge", "terms": "term", "trips": "trip",
    "roles": "role", "vocabulary": "vocabulary list",
}  # fmt: skip
