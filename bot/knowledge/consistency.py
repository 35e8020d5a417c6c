"""Checks that an entry says what its quotes say, beyond single values (see `support` for those).

Each check is a named rule over the built entries; each finding names the collection, the entry
id and the reason, starting with the field concerned:

- `point-beyond-quote`: a topic's or outcome's text adds words its quote (and the entry's) lacks
  ("Cooperation in IT, education, ..." quoted by "space technology ... were also addressed").
- `outcome-before-meeting`: an outcome quoted as done "prior to" or "before the meeting".
- `keyword-names-stranger`: a keyword naming a country or person the entry is not about and its
  texts do not name (a stray "Ukraine" on a G7 meeting).
- `announcer-not-quoted`: a pledge's `announced_by` person is neither named by its quote nor the one
  Japanese participant of the meeting or trip it is linked to.
- `pledge-outside-meeting`: a pledge dated outside the meeting or trip it is linked to (deliveries
  of 2022 recounted at a 2023 meeting were not made there).
- `nobody-or-not-stated`: `partner_side: []` (nobody) on a meeting whose note says who took part is
  not stated (leave `partner_side` out).
- `visit-holding-meetings`: a `visit` meeting overlapping other meetings of the same traveller in
  the same country: an umbrella visit is a trip, its meetings name it.
- `alias-not-in-documents`: an alias no document uses, not made of the entry's own name words, and
  not named in its note (general knowledge must say so).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import snowballstemmer

from bot.knowledge.model import Meeting, Person, Pledge
from bot.knowledge.quotes import plain, words

Finding = tuple[str, str, str]  # (collection, entry id, "field: reason")

_STEMMER = snowballstemmer.stemmer("english")
_STOP = frozenset(
    "the a an and or of to in on for with by at from as that this these those is are was were be been its their "
    "his her he she they it which who whom whose including include also further such other between about into "
    "over under than more most any all some each both not has have had will would".split()
)
MAX_MISSING_WORDS = 2  # a point may rephrase: this many of its content words may be missing...
MIN_COVERAGE = 0.8  # ...as long as this share of them is quoted
# What the participants did at the meeting: an outcome may build on something done before it.
_MEETING_ACT = re.compile(r"\b(?:concurred|agreed|confirmed|decided|welcomed|affirmed|expressed|stated|shared|"
                          r"exchanged|discussed|signed (?:at|during) the meeting)\b")
_BEFORE_MEETING = re.compile(r"\b(?:prior to|before) (?:the|this|their|our) (?:meeting|talks?|visit)\b")


def _stems(text: str, names: frozenset[str]) -> dict[str, str]:
    """Content-word stems of a text (names, stop words and figures aside) -> a word written."""
    found: dict[str, str] = {}
    for word in words(text):
        word = word.removesuffix("'s")
        if word in _STOP or word in names or len(word) < 3 or word[0].isdigit():
            continue
        found.setdefault(_stem(word), word)
    return found


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return str(_STEMMER.stemWord(word))


def findings(tables: dict[str, dict[str, Any]]) -> Iterator[Finding]:
    """Every finding of every rule, in a stable order."""
    names = _entity_words(tables)
    for meeting in [*tables["meetings"].values(), *tables["trips"].values()]:
        collection = "trips" if meeting.id in tables["trips"] else "meetings"
        for path, reason in _points(meeting, names):
            yield collection, meeting.id, f"{path}: {reason}"
    for collection in ("meetings", "trips", "facts"):
        for entry in tables[collection].values():
            for path, reason in _keywords(entry, tables):
                yield collection, entry.id, f"{path}: {reason}"
    for pledge in tables["pledges"].values():
        for path, reason in _pledge(pledge, tables):
            yield "pledges", pledge.id, f"{path}: {reason}"
    abroad = _meetings_abroad(tables)
    for meeting in tables["meetings"].values():
        for found in (_umbrella(meeting, abroad), _nobody(meeting)):
            if found:
                yield "meetings", meeting.id, found
    yield from _aliases(tables)


def _entity_words(tables: dict[str, dict[str, Any]]) -> frozenset[str]:
    """Words of country and people names: a point may name who and where without quoting them."""
    found: set[str] = set()
    for country in tables["countries"].values():
        for name in (country.name, *country.aliases, *country.demonyms):
            found.update(words(name))
    for person in tables["people"].values():
        for name in (person.name, *person.aliases):
            found.update(words(name))
    return frozenset(found)


def _points(entry: Any, names: frozenset[str]) -> Iterator[tuple[str, str]]:
    own = _stems(entry.cited.quote, names)
    for field in ("topics", "outcomes"):
        for number, point in enumerate(getattr(entry, field), 1):
            path = f"{field}#{number}"
            text = _stems(point.text, names)
            quoted = _stems(point.cited.quote, names).keys() | own.keys()
            missing = [word for stem, word in text.items() if stem not in quoted]
            if len(missing) >= MAX_MISSING_WORDS and 1 - len(missing) / len(text) < MIN_COVERAGE and not point.note:
                yield f"{path}.text", f"says more than its quote: {', '.join(missing)} not in the quote " \
                                      f"(quote the sentence that says it, or add a note)"
            sentence = plain(point.cited.quote).casefold()
            if field == "outcomes" and _BEFORE_MEETING.search(sentence) and not _MEETING_ACT.search(sentence):
                yield f"{path}.quote", "an outcome quoted as done before the meeting is not its outcome " \
                                       "(record it as a fact or a topic)"


def _keywords(entry: Any, tables: dict[str, dict[str, Any]]) -> Iterator[tuple[str, str]]:
    """Keywords naming a country or person the entry is not about and its texts do not name."""
    about = _about(entry, tables)
    points = [entry, *getattr(entry, "topics", ()), *getattr(entry, "outcomes", ())]
    for number, point in enumerate(points):
        said = " ".join(plain(t).casefold() for t in _texts(entry if number == 0 else point))
        for keyword in getattr(point, "keywords", ()):
            named = _named_entity(keyword, tables)
            if named and named not in about and not _names_in(named, said, tables):
                path = "keywords" if number == 0 else f"{_point_path(entry, number)}.keywords"
                yield path, f"{keyword!r} names {named[0]} {named[1]!r}, which this entry is not about"


def _point_path(entry: Any, number: int) -> str:
    topics = len(getattr(entry, "topics", ()))
    return f"topics#{number}" if number <= topics else f"outcomes#{number - topics}"


def _texts(item: Any) -> Iterable[str]:
    for name in ("text", "summary", "statement", "title"):
        value = getattr(item, name, None)
        if value:
            yield value
    cited = getattr(item, "cited", None)
    if cited is not None:
        yield cited.quote


def _about(entry: Any, tables: dict[str, dict[str, Any]]) -> set[tuple[str, str]]:
    ids = [*getattr(entry, "countries", ()), getattr(entry, "country", None) or ""]
    people = [*getattr(entry, "participants", ()), *getattr(entry, "people", ()), *getattr(entry, "travellers", ())]
    about = {("country", c) for c in ids if c} | {("person", p) for p in people}
    about |= {("country", tables["people"][p].country) for p in people if p in tables["people"]}
    return about


def _names_in(entity: tuple[str, str], text: str, tables: dict[str, dict[str, Any]]) -> bool:
    """Whether a text names the country (or its people: `anti-Russian`) or the person."""
    entry = tables["countries" if entity[0] == "country" else "people"][entity[1]]
    names = (entry.name, *entry.aliases, *getattr(entry, "demonyms", ()))
    return any(re.search(rf"\b{re.escape(plain(n).casefold())}\b", text) for n in names)


def _named_entity(keyword: str, tables: dict[str, dict[str, Any]]) -> tuple[str, str] | None:
    return _entity_names(tables).get(keyword.casefold())


_NAMES: dict[int, dict[str, tuple[str, str]]] = {}


def _entity_names(tables: dict[str, dict[str, Any]]) -> dict[str, tuple[str, str]]:
    """Folded names of countries and people -> the entity, built once per check."""
    key = id(tables["countries"])
    if key not in _NAMES:
        _NAMES.clear()
        names: dict[str, tuple[str, str]] = {}
        for person in tables["people"].values():
            names.update({n.casefold(): ("person", person.id) for n in (person.name, *person.aliases)})
        for country in tables["countries"].values():
            names.update({n.casefold(): ("country", country.id) for n in (country.name, *country.aliases,
                                                                           *country.demonyms)})
        _NAMES[key] = names
    return _NAMES[key]


def _pledge(pledge: Pledge, tables: dict[str, dict[str, Any]]) -> Iterator[tuple[str, str]]:
    person: Person | None = tables["people"].get(pledge.announced_by or "")
    linked = [tables["meetings"].get(pledge.meeting or ""), tables["trips"].get(pledge.trip or "")]
    speakers = {p for event in linked if event is not None
                for p in (event.japan_side if isinstance(event, Meeting) else event.travellers)}
    if person is not None and speakers != {person.id}:  # the one Japanese participant of its meeting may announce it
        said = plain(f"{pledge.cited.quote}").casefold()
        if not any(re.search(rf"\b{re.escape(n.casefold())}\b", said) for n in (person.family_name, *person.aliases)):
            yield "announced_by", f"the quote does not name {person.name} as announcing it (quote the sentence " \
                                  "that does, or leave announced_by out)"
    for field, collection in (("meeting", "meetings"), ("trip", "trips")):
        event = tables[collection].get(getattr(pledge, field) or "")
        if event is not None and pledge.date is not None and (
                pledge.date.last_day() < event.date.first_day() or pledge.date.first_day() > event.date.last_day()):
            yield field, f"the pledge is dated {pledge.date.human()}, outside {event.id!r} " \
                         f"({event.date.human()}): something recounted there was not made there"


_UNSTATED = re.compile(r"\b(?:not (?:stated|named|given|known)|unknown|no [a-z ]*(?:is|are) named)")
_TOOK_PART = re.compile(r"\b(?:people|participants?|officials?|met|meet|accompan\w*|received|counterparts?)\b")


def _nobody(meeting: Meeting) -> str | None:
    """`partner_side: []` says nobody took part; a note saying who took part is unknown contradicts it."""
    if not meeting.partner_side_stated or meeting.partner_side:
        return None
    for sentence in re.split(r"(?<=[.;])\s", plain(meeting.note or "").casefold()):
        if _UNSTATED.search(sentence) and _TOOK_PART.search(sentence):
            return "partner_side: [] means nobody took part, but the note says it is not stated: leave partner_side out"
    return None


def _meetings_abroad(tables: dict[str, dict[str, Any]]) -> dict[tuple[str, str], list[Meeting]]:
    """(Japanese participant, country) -> the meetings they held in that country, not their own."""
    people = tables["people"]
    found: dict[tuple[str, str], list[Meeting]] = {}
    for meeting in tables["meetings"].values():
        for person in meeting.japan_side:
            home = people[person].country if person in people else None
            if meeting.country and meeting.country != home:
                found.setdefault((person, meeting.country), []).append(meeting)
    return found


def _umbrella(meeting: Meeting, abroad: dict[tuple[str, str], list[Meeting]]) -> str | None:
    """A `visit` abroad during which the traveller held other meetings there is a trip."""
    if meeting.kind != "visit" or not meeting.country:
        return None
    for person in meeting.japan_side:
        for other in abroad.get((person, meeting.country), ()):
            if other.id != meeting.id and meeting.date.overlaps(other.date.first_day(), other.date.last_day()):
                return f"kind: a visit during which {other.id!r} was held is a trip: move it to `trips` and name " \
                       "it in its meetings' `trip` field"
    return None


def _known(word: str, known: set[str]) -> bool:
    """A word of the entry's own (`Kyiv's`, `Japan-Uzbekistan` made of known words count too)."""
    word = word.removesuffix("'s")
    return word in known or word in _STOP or all(part in known for part in word.split("-"))


def _aliases(tables: dict[str, dict[str, Any]]) -> Iterator[Finding]:
    """Every word of an alias is written in some document, or is a word of the entry's own name or
    titles, or is named in the entry's note (general knowledge must say so)."""
    written: set[str] = set()  # every word of the documents, read only when some alias needs it
    countries = {w for c in tables["countries"].values() for n in (c.name, *c.demonyms) for w in words(n)}
    for collection in ("countries", "places", "terms", "people"):
        for entry in tables[collection].values():
            own = set(words(" ".join((entry.name, getattr(entry, "family_name", ""), getattr(entry, "given_name", ""),
                                      *(role.title for role in getattr(entry, "roles", ()))))))
            own |= countries | set(words(entry.note or ""))
            for alias in entry.aliases:
                candidates = [w for w in words(alias) if not _known(w, own)]
                if candidates and not written:
                    written = {w for text in tables["_texts"].values() for w in words(text)}
                unexplained = [w for w in candidates if not _known(w, written)]
                if unexplained:
                    yield collection, entry.id, f"aliases: {alias!r}: {', '.join(unexplained)} in no document; " \
                                                "name the alias in the note (e.g. as general knowledge) or leave it out"
