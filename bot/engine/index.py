"""Indexes built once at load time: names (gazetteer) and passages (inverted index by stem and entity).

A passage is one citable statement: a meeting's summary, one topic or outcome of a meeting, a fact, a
pledge, a person's profile or a term's definition. Questions are scored against the passages that
share an entity or a word with them, never against the whole knowledge base.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import TypeVar

from bot.engine import lexicon as lx
from bot.engine.gazetteer import Gazetteer
from bot.engine.spelling import Speller, everyday_words
from bot.engine.text import content_stems, fold, stem, tokens
from bot.engine.trips import with_trips_as_visits
from bot.engine.when import span_slice
from bot.engine.world import world_countries, world_regions
from bot.knowledge.dates import PartialDate
from bot.knowledge.model import Cited, Country, KnowledgeBase, Meeting, Person, Place, Quantity, Role, Term

Entity = tuple[str, str]
_T = TypeVar("_T", bound=Hashable)


@dataclass(frozen=True)
class Passage:
    kind: str
    ref: str
    text: str
    cited: Cited
    entities: frozenset[Entity]
    stems: frozenset[str]
    date: PartialDate | None = None
    quantity: Quantity | None = None
    #: Entities only named in the passage's text, not among those its record is about.
    mentioned: frozenset[Entity] = frozenset()


#: The kinds of passage that are records dated in their own right, for lookups by date.
_DATED_RECORDS = ("meeting", "fact", "pledge")


def _first_day(p: Passage) -> dt.date:
    return p.date.first_day() if p.date is not None else dt.date.min


def tells_of_meeting(p: Passage, meeting: Meeting) -> bool:
    """Whether the passage of a fact tells of `meeting`: dated its day, naming only people who took part."""
    if p.kind != "fact" or p.date is None or p.date != meeting.date:
        return False
    people = {i for k, i in p.entities if k == "person"}
    return bool(people) and people <= set(meeting.participants)


class _Shared:
    """One object for each distinct value: passages repeat the same sets of entities and stems, and
    10,000 meetings hold tens of thousands of equal sets (and equal entity pairs) built apart."""

    def __init__(self) -> None:
        self._pool: dict[Hashable, Hashable] = {}

    def one(self, value: _T) -> _T:
        return self._pool.setdefault(value, value)  # type: ignore[return-value]

    def entities(self, entities: frozenset[Entity]) -> frozenset[Entity]:
        return self.one(frozenset(self.one(e) for e in entities))


class KnowledgeIndex:
    """Everything the engine looks things up in, derived from one KnowledgeBase."""

    def __init__(self, kb: KnowledgeBase) -> None:
        kb = with_trips_as_visits(kb)
        self.kb = kb
        self.home = self._home_country(kb)  # every record is about it; read from the records, never assumed
        self.names = Gazetteer(self._name_entries(kb), protected=self._world_words())
        self.world = Gazetteer(self._world_entries(kb))
        self.passages: list[Passage] = []
        broader = self._broader_terms(kb)
        shared = _Shared()
        for passage in self._build_passages(kb):
            terms = {("term", b) for kind, t in passage.entities if kind == "term" for b in broader.get(t, ())}
            self.passages.append(replace(passage, entities=shared.entities(passage.entities | terms),
                                         stems=shared.one(passage.stems), mentioned=shared.entities(passage.mentioned)))
        self.by_entity: dict[Entity, list[int]] = defaultdict(list)
        self.by_stem: dict[str, list[int]] = defaultdict(list)
        for n, passage in enumerate(self.passages):
            for entity in passage.entities:
                self.by_entity[entity].append(n)
            if passage.kind in ("meeting", "topic", "outcome"):
                self.by_entity[("meeting", passage.ref)].append(n)
            elif passage.kind in ("fact", "pledge"):
                self.by_entity[(passage.kind, passage.ref)].append(n)  # "what was it responding to?" of one
            for s in passage.stems:
                self.by_stem[s].append(n)
        total = max(1, len(self.passages))
        self.idf = {s: math.log(1 + total / len(ids)) for s, ids in self.by_stem.items()}
        self.max_idf = math.log(1 + total)
        #: The places that are a country's capital, with that country ("Tokyo" → Japan): a capital may stand for
        #: its government ("did Tokyo pledge …?").
        by_name = {(pl.name, pl.country): pl.id for pl in kb.places.values()}
        self.capital_of: dict[str, str] = {by_name[(c.capital, c.id)]: c.id for c in kb.countries.values()
                                           if c.capital and (c.capital, c.id) in by_name}
        #: Passages that give a span of years ("a programme for 2023-2025"), by number: they date a question
        #: of when something runs or ends.
        self.spans_years = frozenset(n for n, p in enumerate(self.passages) if lx.YEAR_SPAN.search(p.text))
        self.vocabulary = frozenset(t for p in self.passages for t in tokens(p.text)) | self.names.vocabulary
        self.speller = Speller(self.vocabulary, protected=self._world_words(), stems=self.idf)
        #: Stems of the kinds of entries held (town, region, organisation, event, bilateral meeting, ...).
        entries: tuple[Place | Term | Meeting, ...] = (*kb.places.values(), *kb.terms.values(), *kb.meetings.values())
        self.entry_kinds = frozenset(stem(k) for entry in entries for k in entry.kind.split())
        # A meeting is found by its participants, place, occasion and by the terms and places its
        # summary, topics and outcomes name (`/meetings Peace Formula`).
        found: dict[Entity, dict[str, None]] = defaultdict(dict)
        for passage in self.passages:
            if passage.kind in ("meeting", "topic", "outcome"):
                own = self.meeting_entities(passage.ref)
                for entity in passage.entities:
                    # A meeting is with the countries it involves, not every country its texts name
                    # (talks "on the situation in Ukraine" are not a meeting with Ukraine).
                    if entity[0] != "country" or entity in own:
                        found[entity][passage.ref] = None
        self.meetings_by_entity: dict[Entity, list[str]] = {e: list(ids) for e, ids in found.items()}
        #: The country on one side of every meeting (the knowledge base's own), and its capital's place id.
        capital = kb.countries[self.home].capital if self.home in kb.countries else None
        self.home_capital = next((p.id for p in kb.places.values() if p.name == capital), None)
        # Who held each post (by role key), in the knowledge base's order of people.
        roles: dict[str, list[tuple[Person, Role]]] = defaultdict(list)
        for person in kb.people.values():
            for role in person.roles:
                roles[role.key].append((person, role))
                for name, posts in lx.POST_CLASSES.items():
                    if role.key in posts:  # "leader": the holders of each post of the class
                        roles[name].append((person, role))
        self._roles = {k: tuple(v) for k, v in roles.items()}
        #: The pledges made at each meeting or during each trip, by the meeting's id, in the records' order.
        made: dict[str, list[str]] = defaultdict(list)
        for pledge in kb.pledges.values():
            for at in dict.fromkeys(x for x in (pledge.meeting, pledge.trip) if x):
                made[at].append(pledge.id)
        self.pledges_made_at: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in made.items()}
        #: The pledges each source document reports, by the source's id, in the records' order.
        reported: dict[str, list[str]] = defaultdict(list)
        for pledge in kb.pledges.values():
            reported[pledge.cited.source].append(pledge.id)
        self.pledges_of_source: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in reported.items()}
        self.covered_countries = tuple(sorted(
            {c for m in kb.meetings.values() for c in m.countries if c != self.home},
            key=lambda c: kb.countries[c].name if c in kb.countries else c))

    @functools.cached_property
    def _dated_records(self) -> tuple[list[dt.date], list[int]]:
        """The dated records (meetings, facts, pledges), by their first day: the days, and the passages'
        numbers in the same order."""
        numbers = sorted((n for n, p in enumerate(self.passages) if p.kind in _DATED_RECORDS and p.date is not None),
                         key=lambda n: (_first_day(self.passages[n]), self.passages[n].kind, self.passages[n].ref))
        return [_first_day(self.passages[n]) for n in numbers], numbers

    def dated_within(self, start: dt.date | None, end: dt.date | None) -> list[int]:
        """The numbers of the dated records that may fall between `start` and `end` (a superset the caller
        checks: a record dated by month or year begins up to a year before its last day)."""
        firsts, numbers = self._dated_records
        return numbers[span_slice(firsts, start, end)]

    @functools.cached_property
    def term_name_stems(self) -> dict[str, frozenset[str]]:
        """The stems of the words of each term's name and aliases."""
        return {t.id: frozenset(s for name in (t.name, *t.aliases) for s in content_stems(name))
                for t in self.kb.terms.values()}

    @functools.cached_property
    def meetings_by_source(self) -> dict[str, tuple[str, ...]]:
        """The meetings each source document tells of, by the document's id (trips and their meetings alike)."""
        found: dict[str, list[str]] = defaultdict(list)
        for m in self.kb.meetings.values():
            found[m.cited.source].append(m.id)
        return {source: tuple(ids) for source, ids in found.items()}

    @functools.cached_property
    def people_by_meeting(self) -> dict[str, frozenset[str]]:
        """The people each meeting is found by (`meetings_by_entity` turned around), by meeting id."""
        found: dict[str, set[str]] = defaultdict(set)
        for (kind, ref), ids in self.meetings_by_entity.items():
            if kind == "person":
                for meeting_id in ids:
                    found[meeting_id].add(ref)
        return {meeting_id: frozenset(people) for meeting_id, people in found.items()}

    @functools.cached_property
    def meeting_stems(self) -> frozenset[str]:
        """The stems of every word the records of meetings (their texts, topics and outcomes) use."""
        return frozenset(s for p in self.passages if p.kind in ("meeting", "topic", "outcome") for s in p.stems)

    @functools.cached_property
    def people_nouns(self) -> frozenset[str]:
        """The plural nouns of the countries' people ("ukrainians", "rwandans"), lower-case."""
        return frozenset(f"{w}s" for c in self.kb.countries.values() for d in c.demonyms
                         for w in [fold(d).lower()] if " " not in w and not w.endswith(("s", "ese", "z")))

    @functools.cached_property
    def person_name_parts(self) -> tuple[str, ...]:
        """Every word of every person's names, lower-case, sorted."""
        return tuple(sorted({w for p in self.kb.people.values() for name in (p.name, *p.aliases)
                             for w in tokens(name)}))

    @property
    def role_keys(self) -> tuple[str, ...]:
        """Every post key someone holds in the records, sorted."""
        return tuple(sorted(self._roles))

    def roles_of(self, key: str) -> tuple[tuple[Person, Role], ...]:
        """Every (person, role) of the post `key`, without a scan of every person per question."""
        return self._roles.get(key, ())

    @staticmethod
    def _home_country(kb: KnowledgeBase) -> str:
        """The country whose people sit on the home side of the most meetings (ties: by id)."""
        counts: dict[str, int] = {}
        for m in kb.meetings.values():
            for person_id in m.japan_side:
                person = kb.people.get(person_id)
                if person is not None:
                    counts[person.country] = counts.get(person.country, 0) + 1
        return min(counts, key=lambda c: (-counts[c], c)) if counts else ""

    # -- names -------------------------------------------------------------------------------------
    @staticmethod
    def _name_entries(kb: KnowledgeBase) -> list[tuple[str, str, str, float]]:
        entries: list[tuple[str, str, str, float]] = []
        for p in kb.people.values():
            for alias in (p.name, p.family_name, f"{p.family_name} {p.given_name}", f"{p.given_name} {p.family_name}",
                          *p.aliases):
                entries.append(("person", p.id, alias, 1.0))
            entries.append(("person", p.id, p.given_name, 0.8))
        for c in kb.countries.values():
            for alias in (c.name, *c.aliases, *c.demonyms):
                entries.append(("country", c.id, alias, 1.0))
        for pl in kb.places.values():
            for alias in (pl.name, *pl.aliases):
                entries.append(("place", pl.id, alias, 1.0))
        for t in kb.terms.values():
            for alias in (t.name, *t.aliases):
                entries.append(("term", t.id, alias, 1.0))
        return entries

    @staticmethod
    def _world_entries(kb: KnowledgeBase) -> list[tuple[str, str, str, float]]:
        entries = []
        for w in world_countries():
            for alias in (w.name, *w.aliases, *([w.demonym] if w.demonym else [])):
                entries.append(("world_country", w.name, alias, 1.0))
            if w.capital and fold(w.capital).lower() not in everyday_words():
                # ("Malé" folds to "male", an everyday word: "the male foreign minister" names no capital)
                entries.append(("world_capital", w.name, w.capital, 1.0))
        for region in world_regions():
            entries.append(("world_region", region, region, 1.0))
        return entries

    @staticmethod
    def _world_words() -> set[str]:
        words: set[str] = set()
        for w in world_countries():
            for alias in (w.name, *w.aliases, *([w.demonym] if w.demonym else []), *([w.capital] if w.capital else [])):
                words.update(tokens(alias))
        return words

    @staticmethod
    def _broader_terms(kb: KnowledgeBase) -> dict[str, set[str]]:
        """Terms whose name another term's name contains: the "G20 Summit in Bali" is a "G20" event,
        so a question about the G20 finds records about that summit."""
        by_name: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for t in kb.terms.values():
            for alias in (t.name, *t.aliases):
                by_name[tuple(tokens(alias))].add(t.id)
        broader: dict[str, set[str]] = defaultdict(set)
        for name, ids in by_name.items():
            parts = {name[i:j] for i in range(len(name)) for j in range(i + 1, len(name) + 1)} - {name}
            for wide in {w for part in parts for w in by_name.get(part, ())}:
                for narrow in ids - {wide}:
                    broader[narrow].add(wide)
        return broader

    def country_of_world_name(self, world_name: str) -> str | None:
        """The knowledge base's country id for a real-world country name, if it has one."""
        words = tokens(world_name)
        for m in self.names.find(words, fuzzy=False):
            if m.kind == "country" and m.start == 0 and m.end == len(words):  # not "United States Virgin Islands"
                return m.id
        return None

    @property
    def home_name(self) -> str:
        """The home country's name as the records write it ("Japan")."""
        country = self.kb.countries.get(self.home)
        return country.name if country is not None else self.home

    def region_countries(self, region: str) -> list[str]:
        """The knowledge base's countries (the home country aside) in a world region named by `world_regions`."""
        found = (self.country_of_world_name(name) for name in world_regions().get(region, ()))
        return sorted({c for c in found if c is not None and c != self.home})

    def entity_name(self, entity: Entity) -> str:
        kind, entity_id = entity
        tables: dict[str, Mapping[str, Person | Country | Place | Term]] = {
            "person": self.kb.people, "country": self.kb.countries, "place": self.kb.places, "term": self.kb.terms}
        if kind == "meeting" and entity_id in self.kb.meetings:
            return self.kb.meetings[entity_id].title  # "1 meeting — <its title>", never its id
        found = tables.get(kind, {}).get(entity_id)
        return found.name if found is not None else entity_id

    # -- passages ----------------------------------------------------------------------------------
    def naming_each(self, groups: Iterable[Iterable[Entity]]) -> set[int]:
        """The passages that name an entity of every group (any one of a group's alternatives)."""
        found = [{n for e in group for n in self.by_entity.get(e, ())} for group in groups]
        return set.intersection(*found) if found else set()

    def meeting_entities(self, meeting_id: str) -> frozenset[Entity]:
        m = self.kb.meetings[meeting_id]
        ents: set[Entity] = {("country", c) for c in m.countries} | {("country", self.home)}
        ents |= {("person", p) for p in m.participants}
        if m.place:
            ents.add(("place", m.place))
            place = self.kb.places.get(m.place)
            if place:
                ents.add(("country", place.country))
        if m.country:
            ents.add(("country", m.country))
        if m.occasion:
            ents.add(("term", m.occasion))
        return frozenset(ents)

    def meeting_passage(self, meeting_id: str) -> Passage | None:
        """The passage of a meeting's own record (its summary), not one of its topics or outcomes."""
        return next((p for n in self.by_entity.get(("meeting", meeting_id), ())
                     if (p := self.passages[n]).kind == "meeting" and p.ref == meeting_id), None)

    def people_named(self, text: str) -> set[str]:
        """The people a text names (by any of their names the records give)."""
        return {m.id for m in self.names.find(tokens(text), fuzzy=False) if m.kind == "person"}

    def _mentioned(self, text: str, *, people: bool = True) -> set[Entity]:
        """Entities named in a passage's text. A meeting involves its participants, not everyone its
        summary mentions, so meeting texts are read with `people=False`."""
        return {(m.kind, m.id) for m in self.names.find(tokens(text), fuzzy=False) if people or m.kind != "person"}

    def _places_in_name(self, name: str) -> set[Entity]:
        """The places a name has inside it ("G20 Summit in Bali (2022)" → Bali), read word by word, so that
        the name as a whole does not hide them."""
        words = tokens(name)
        return {(m.kind, m.id) for i in range(1, len(words)) for m in self.names.find(words[i:], fuzzy=False)
                if m.kind == "place" and m.start == 0}

    def _build_passages(self, kb: KnowledgeBase) -> Iterator[Passage]:
        for m in kb.meetings.values():
            # What a meeting's title names, it is about (the "G7 Foreign Ministers' meeting" is the G7's).
            meeting_ents = self.meeting_entities(m.id) | self._mentioned(m.title, people=False)
            names = " ".join(self.entity_name(e) for e in meeting_ents)
            base = f"{m.title} {m.kind} {names}"
            named = self._mentioned(m.summary, people=False)
            yield Passage("meeting", m.id, m.summary, m.cited, frozenset(meeting_ents | named),
                          frozenset(content_stems(f"{base} {m.summary} meeting met")), m.date,
                          mentioned=frozenset(named - meeting_ents))
            for kind, points in (("topic", m.topics), ("outcome", m.outcomes)):
                for point in points:
                    text = f"{point.text} {' '.join(point.keywords)}"
                    named = self._mentioned(point.text, people=False)
                    yield Passage(kind, m.id, point.text, point.cited, frozenset(meeting_ents | named),
                                  frozenset(content_stems(f"{text} {point.cited.quote} {m.title}")), m.date,
                                  mentioned=frozenset(named - meeting_ents))
        for f in kb.facts.values():
            ents = {("country", c) for c in f.countries} | {("person", p) for p in f.people}
            ents |= {("term", t) for t in f.terms} | {("place", p) for p in f.places} | self._mentioned(f.statement)
            # a gathering named by its place ("the G20 Summit in Bali"): a fact of it is of that place too
            ents |= {e for t in f.terms if t in kb.terms for e in self._places_in_name(kb.terms[t].name)}
            words = f"{f.statement} {f.topic} {' '.join(f.keywords)} {f.cited.quote}"
            yield Passage("fact", f.id, f.statement, f.cited, frozenset(ents),
                          frozenset(content_stems(words)), f.date, f.quantity)
        for p in kb.pledges.values():
            # A pledge is to its recipient: "anti-Russian sanctions" is not a pledge to Russia.
            ents = {("country", p.donor), ("country", p.recipient)} | {
                e for e in self._mentioned(p.statement) if e[0] != "country"}
            if p.announced_by:
                ents.add(("person", p.announced_by))
            if p.meeting and p.meeting in kb.meetings:
                ents |= self.meeting_entities(p.meeting)
            if p.trip and p.trip in kb.meetings:
                # made during a trip (a visit here): by its travellers, where they went; not with everyone
                # the trip's meetings name
                met = {("person", x) for x in kb.meetings[p.trip].partner_side}
                ents |= self.meeting_entities(p.trip) - met
            words = f"{p.statement} {p.item} {p.kind or ''} {p.purpose or ''} {' '.join(p.keywords)} {p.cited.quote} " \
                "pledge provide"
            yield Passage("pledge", p.id, p.statement, p.cited, frozenset(ents),
                          frozenset(content_stems(words)), p.date, p.quantity)
        for person in kb.people.values():
            roles = " ".join(f"{r.title} {r.organisation or ''}" for r in person.roles)
            text = person.description or person.name
            yield Passage("person", person.id, text, person.cited,
                          frozenset({("person", person.id), ("country", person.country)}),
                          frozenset(content_stems(f"{person.name} {roles} {text}")))
        for term in kb.terms.values():
            ents = {("term", term.id)} | {("country", c) for c in term.countries} | self._mentioned(term.definition)
            yield Passage("term", term.id, term.definition, term.cited, frozenset(ents),
                          frozenset(content_stems(f"{term.name} {' '.join(term.aliases)} {term.definition}")),
                          term.date)
