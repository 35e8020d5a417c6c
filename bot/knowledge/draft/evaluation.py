"""Measure the drafter: draft each document against the knowledge base without its own entries, compare.

    python -m bot kb draft-eval [--synthetic N]

Leave-one-out: a document's sources, meetings, people, places, facts, pledges and terms (every
entry whose `source` is the document) are removed before it is drafted; countries are kept, being
shared names of the world rather than a document's content. Each drafted meeting is paired with the
reviewed meeting sharing most participants on the same date; then every field is compared:
dates, times, durations, participants, places, topics and outcomes (by quote), figures (by
value). Recall is found ÷ reviewed, precision is right ÷ drafted. A drafted value counts as
invented when it is not written in its quote and carries no note.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.knowledge import renderings as r
from bot.knowledge.dates import PartialDate
from bot.knowledge.draft.drafter import draft_document
from bot.knowledge.draft.lexicon import fold
from bot.knowledge.draft.model import Draft, DraftMeeting, DraftTrip
from bot.knowledge.model import KnowledgeBase, Meeting, Trip
from bot.knowledge.quotes import plain
from bot.knowledge.validate import read_source_text

FIELDS = ("meetings", "trips", "dates", "times", "durations", "participants", "places", "topics", "figures")


@dataclass
class Tally:
    """True positives, false positives and false negatives per field, and invented values."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    invented: list[str] = field(default_factory=list)
    documents: int = 0

    def add(self, name: str, drafted: object, truth: object) -> None:
        """Compare one scalar field (None when absent)."""
        if truth is not None and drafted == truth:
            self.tp[name] += 1
            return
        if drafted is not None:
            self.fp[name] += 1
        if truth is not None:
            self.fn[name] += 1

    def add_sets(self, name: str, drafted: set[str], truth: set[str]) -> None:
        """Compare one field holding several values."""
        self.tp[name] += len(drafted & truth)
        self.fp[name] += len(drafted - truth)
        self.fn[name] += len(truth - drafted)

    def recall(self, name: str | None = None) -> float:
        """Found ÷ reviewed, for one field or all."""
        tp = sum(self.tp.values()) if name is None else self.tp[name]
        fn = sum(self.fn.values()) if name is None else self.fn[name]
        return tp / (tp + fn) if tp + fn else 1.0

    def precision(self, name: str | None = None) -> float:
        """Right ÷ drafted, for one field or all."""
        tp = sum(self.tp.values()) if name is None else self.tp[name]
        fp = sum(self.fp.values()) if name is None else self.fp[name]
        return tp / (tp + fp) if tp + fp else 1.0


def without_source(kb: KnowledgeBase, source: str) -> KnowledgeBase:
    """`kb` without the document `source`, every entry citing it and the roles it adds to other people
    (countries and the vocabulary kept)."""
    def keep(entries: dict) -> dict:  # type: ignore[type-arg]
        return {k: v for k, v in entries.items() if v.cited.source != source}

    people = {k: replace(p, roles=tuple(r for r in p.roles if r.cited.source != source))
              for k, p in keep(kb.people).items()}
    return KnowledgeBase(sources={k: v for k, v in kb.sources.items() if k != source}, countries=kb.countries,
                         places=keep(kb.places), people=people, meetings=keep(kb.meetings), trips=keep(kb.trips),
                         facts=keep(kb.facts), pledges=keep(kb.pledges), terms=keep(kb.terms),
                         vocabulary=kb.vocabulary)


def evaluate(kb: KnowledgeBase, sources: list[str], seeds_dir: Path) -> Tally:
    """Leave-one-out over `sources` of `kb`, whose documents are read from `seeds_dir` (or its parent)."""
    tally = Tally()
    root, seeds = os.fspath(seeds_dir.parent), os.fspath(seeds_dir)
    for source in sources:
        text = read_source_text(kb.sources[source].file, root, seeds)
        draft = draft_document(text, Path(kb.sources[source].file).name, without_source(kb, source))
        compare(draft, kb, source, tally)
        tally.documents += 1
    return tally


def compare(draft: Draft, kb: KnowledgeBase, source: str, tally: Tally) -> None:
    """Add the field-by-field comparison of `draft` with the reviewed entries of `source`."""
    names = _drafted_names(draft)
    truth = [m for m in kb.meetings.values() if m.cited.source == source]
    pairs = _pair(draft.meetings, truth, names, kb)
    tally.add_sets("meetings", {t.id if t else f"extra:{m.id}" for m, t in pairs}, {t.id for t in truth})
    for drafted, reviewed in pairs:
        _compare_meeting(drafted, reviewed, names, kb, tally)
    for reviewed in truth:
        if reviewed not in [t for _, t in pairs]:
            _compare_meeting(None, reviewed, names, kb, tally)
    values = {f.quantity.value for f in kb.facts.values() if f.cited.source == source and f.quantity is not None}
    values |= {p.quantity.value for p in kb.pledges.values() if p.cited.source == source and p.quantity is not None}
    tally.add_sets("figures", {f"{f.figure.value:g}" for f in draft.figures}, {f"{v:g}" for v in values})
    _compare_trips(draft, kb, source, names, tally)
    _invented(draft, tally)


def _compare_trips(draft: Draft, kb: KnowledgeBase, source: str, names: dict[str, set[str]], tally: Tally) -> None:
    """Trips paired by shared travellers (then date); their dates, travellers, places and points compared."""
    truth = [t for t in kb.trips.values() if t.cited.source == source]
    paired: dict[str, Trip] = {}
    for drafted in draft.trips:
        travellers = {_person_of(p, names, kb) for p in drafted.travellers}
        free = [t for t in truth if t not in paired.values() and travellers & set(t.travellers)]
        match = max(free, key=lambda t: (t.date == drafted.date, -truth.index(t)), default=None)
        if match is not None:
            paired[drafted.id] = match
    tally.add_sets("trips", {paired[d.id].id if d.id in paired else f"extra:{d.id}" for d in draft.trips},
                   {t.id for t in truth})
    for drafted in draft.trips:
        _compare_trip(drafted, paired.get(drafted.id), names, kb, tally)
    for reviewed in truth:
        if reviewed not in paired.values():
            _compare_trip(None, reviewed, names, kb, tally)


def _compare_trip(d: DraftTrip | None, t: Trip | None, names: dict[str, set[str]], kb: KnowledgeBase,
                  tally: Tally) -> None:
    tally.add("dates", d.date.iso() if d else None, t.date.iso() if t else None)
    tally.add_sets("participants", {_person_of(p, names, kb) for p in d.travellers} if d else set(),
                   set(t.travellers) if t else set())
    tally.add_sets("places", {fold(_place_id_name(p, kb)) for p in d.places} if d else set(),
                   {fold(kb.places[p].name) for p in t.places} if t else set())
    _compare_points([p.quote for p in (*d.topics, *d.outcomes)] if d else [],
                    [p.cited.quote for p in (*t.topics, *t.outcomes)] if t else [], tally)


def _drafted_names(draft: Draft) -> dict[str, set[str]]:
    """Drafted person id -> folded names it is written as."""
    return {p.id: {fold(p.name), *(fold(a) for a in p.aliases)} for p in draft.people}


def _person_of(ident: str, names: dict[str, set[str]], kb: KnowledgeBase) -> str:
    """The reviewed id a drafted participant stands for (new people matched by name)."""
    if ident not in names:
        return ident
    for person in kb.people.values():
        known = {fold(person.name), *(fold(a) for a in person.aliases)}
        if names[ident] & known:
            return person.id
    return f"new:{ident}"


def _people(m: DraftMeeting, names: dict[str, set[str]], kb: KnowledgeBase) -> set[str]:
    return {_person_of(p, names, kb) for p in (*m.japan_side, *m.partner_side, *m.accompanying)}


def _pair(drafted: tuple[DraftMeeting, ...], truth: list[Meeting], names: dict[str, set[str]],
          kb: KnowledgeBase) -> list[tuple[DraftMeeting, Meeting | None]]:
    scored = []
    for i, m in enumerate(drafted):
        people = _people(m, names, kb)
        for j, t in enumerate(truth):
            shared = len(people & set(t.participants))
            if shared:
                scored.append((3 * shared - len(people ^ set(t.participants)) + (t.date == m.date), i, j))
    paired: dict[int, Meeting] = {}
    used: set[int] = set()
    for _, i, j in sorted(scored, key=lambda item: (-item[0], item[1], item[2])):
        if i not in paired and j not in used:
            paired[i] = truth[j]
            used.add(j)
    return [(m, paired.get(i)) for i, m in enumerate(drafted)]


def _compare_meeting(m: DraftMeeting | None, t: Meeting | None, names: dict[str, set[str]], kb: KnowledgeBase,
                     tally: Tally) -> None:
    drafted_place = _place_name(m, kb) if m else None
    truth_place = kb.places[t.place].name if t and t.place else None
    tally.add("dates", m.date.iso() if m else None, t.date.iso() if t else None)
    tally.add("times", m.local_time if m else None, t.local_time if t else None)
    tally.add("durations", m.duration_minutes if m else None, t.duration_minutes if t else None)
    drafted_where = (fold(drafted_place) if drafted_place else None, m.country) if m else (None, None)
    truth_where = (fold(truth_place) if truth_place else None, t.country) if t else (None, None)
    tally.add("places", drafted_where if any(drafted_where) else None, truth_where if any(truth_where) else None)
    tally.add_sets("participants", _people(m, names, kb) if m else set(), set(t.participants) if t else set())
    _compare_points([p.quote for p in (*m.topics, *m.outcomes)] if m else [],
                    [p.cited.quote for p in (*t.topics, *t.outcomes)] if t else [], tally)


def _compare_points(drafted: list[str], reviewed: list[str], tally: Tally) -> None:
    """A reviewed topic or outcome is found when a drafted sentence contains its quote or lies within it."""
    drafted_points = [plain(q) for q in drafted]
    truth_points = [plain(q) for q in reviewed]
    found = {i for i, q in enumerate(truth_points) if any(q in d or d in q for d in drafted_points)}
    right = {i for i, d in enumerate(drafted_points) if any(q in d or d in q for q in truth_points)}
    tally.tp["topics"] += len(found)
    tally.fn["topics"] += len(truth_points) - len(found)
    tally.fp["topics"] += len(drafted_points) - len(right)


def _place_name(m: DraftMeeting, kb: KnowledgeBase) -> str | None:
    return None if m.place is None else _place_id_name(m.place, kb)


def _place_id_name(place: str, kb: KnowledgeBase) -> str:
    return kb.places[place].name if place in kb.places else place.replace("-", " ")


def _invented(draft: Draft, tally: Tally) -> None:
    """Record every drafted value that its quote does not state and no note explains."""
    for m in draft.meetings:
        noted = " ".join(m.notes)
        if "year" not in noted and "date" not in noted and not _written(m.quote, _date(m.date)):
            tally.invented.append(f"{draft.source.file}: {m.id}: date {m.date.iso()}")
        if m.local_time and not any(_written(s, _clock(m.local_time)) for s in (m.quote, m.time_note or "")):
            tally.invented.append(f"{draft.source.file}: {m.id}: local_time {m.local_time}")
        if m.duration_minutes and not _written(m.duration_note or m.quote, r.minutes(m.duration_minutes)):
            tally.invented.append(f"{draft.source.file}: {m.id}: duration {m.duration_minutes}")
        for point in (*m.topics, *m.outcomes):
            if plain(point.quote) not in plain(draft.text):
                tally.invented.append(f"{draft.source.file}: {m.id}: point quote not in the document")
    for t in draft.trips:
        noted = " ".join(t.notes)
        if "year" not in noted and "date" not in noted and not _written(t.quote, _date(t.date)):
            tally.invented.append(f"{draft.source.file}: {t.id}: date {t.date.iso()}")
    for f in draft.figures:
        as_written = r.number(f.figure.value / _scale(f.figure.text))
        if not _written(f.quote, r.number(f.figure.value)) and not _written(f.figure.text, as_written):
            tally.invented.append(f"{draft.source.file}: {f.id}: figure {f.figure.value:g}")
    for p in draft.people:
        if fold(p.family_name) not in fold(p.quote):
            tally.invented.append(f"{draft.source.file}: {p.id}: name {p.name}")


def _written(text: str, rendering: re.Pattern[str]) -> bool:
    """Whether `text` writes the value in one of its common renderings (see `bot.knowledge.renderings`)."""
    return rendering.search(plain(text).casefold()) is not None


def _date(date: PartialDate) -> re.Pattern[str]:
    if date.month is not None and date.day is not None:
        return r.day_month(date.month, date.day)
    return r.month(date.month) if date.month is not None else r.year(date.year)


def _clock(hhmm: str) -> re.Pattern[str]:
    hour, minute = (int(part) for part in hhmm.split(":"))
    return r.clock(hour, minute)


def _scale(text: str) -> float:
    for name, scale in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("thousand", 1e3)):
        if name in text:
            return scale
    return 1.0


def report(title: str, tally: Tally) -> str:
    """The figures as a table: recall and precision per field, overall, and invented values."""
    lines = [f"{title}: {tally.documents} documents",
             f"  {'field':<13} {'recall':>7} {'precision':>9}   found/reviewed  right/drafted"]
    for name in FIELDS:
        tp, fp, fn = tally.tp[name], tally.fp[name], tally.fn[name]
        lines.append(f"  {name:<13} {tally.recall(name):>7.1%} {tally.precision(name):>9.1%}   "
                     f"{tp:>6}/{tp + fn:<7} {tp:>6}/{tp + fp}")
    lines.append(f"  {'all fields':<13} {tally.recall():>7.1%} {tally.precision():>9.1%}")
    lines.append(f"  invented values (not in their quote, no note): {len(tally.invented)}")
    lines.extend(f"    {item}" for item in tally.invented[:10])
    return "\n".join(lines)
