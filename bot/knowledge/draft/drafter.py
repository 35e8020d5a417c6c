"""Draft every entry of one document: the source, its meetings with their points, figures, new names.

    draft = draft_document(text, "2025-03-04_zembla_visit.txt", kb)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from bot.knowledge.dates import PartialDate
from bot.knowledge.draft.dates import find_dates, find_durations, find_times, resolve
from bot.knowledge.draft.figures import Figure, find_figures, pledge_status
from bot.knowledge.draft.lexicon import Lexicon, build_lexicon, fold, slug
from bot.knowledge.draft.meetings import ATTENDANCE, meeting_kind, meeting_rule
from bot.knowledge.draft.model import Draft, DraftFigure, DraftMeeting, DraftPoint, Review
from bot.knowledge.draft.places import Where, find_occasion, find_where
from bot.knowledge.draft.points import point_kind, point_text
from bot.knowledge.draft.registry import NEW, NewCountry, Registry
from bot.knowledge.draft.sentences import Sentence, split_sentences
from bot.knowledge.draft.source import draft_source, unique_id
from bot.knowledge.draft.writing import finish
from bot.knowledge.model import KnowledgeBase

#: How long before the document's date a meeting it reports may have taken place.
RECENT = dt.timedelta(days=366)
#: How long after its dateline a document may report a meeting (one announced in advance).
LATER = dt.timedelta(days=7)
#: Words by which a sentence refers back to the meeting it follows.
MEETING_REFERENCE = re.compile(r"\b(?:the two|both (?:sides|parties|leaders|ministers)|they|their|the meeting|the talks|"
                               r"the discussions|the sides|the participants|the conversations|the ministers|"
                               r"the leaders)\b", re.IGNORECASE)


@dataclass
class Gathered:
    """A meeting being assembled: its sentences and participants."""

    kind: str
    anchor: Sentence
    sentences: list[Sentence]
    participants: list[str]
    accompanying: list[str] = field(default_factory=list)
    topics: list[DraftPoint] = field(default_factory=list)
    outcomes: list[DraftPoint] = field(default_factory=list)


def draft_document(text: str, file_name: str, kb: KnowledgeBase) -> Draft:
    """Draft entries for `text` against `kb` (ids, names and aliases of what it already holds)."""
    lexicon = build_lexicon(kb)
    taken = {name: set(ids) for name, ids in lexicon.ids.items()}
    source, reviews = draft_source(text, file_name, taken["sources"])
    sentences = split_sentences(text)
    registry = Registry(lexicon)
    registry.collect(sentences)
    gathered = _gather(sentences, registry)
    _assign_points(sentences, gathered, registry, lexicon)
    context = _Context(lexicon, registry, source.date, source.dateline, taken, reviews,
                       main_country=registry.main_country(text), headline=source.title if source.headline else None,
                       single=len(gathered) == 1)
    meetings = [context.meeting(g) for g in gathered]
    figures = context.figures(sentences, gathered, meetings)
    return finish(Draft(text, source, meetings=tuple(meetings), figures=tuple(figures)), context)


def _gather(sentences: list[Sentence], registry: Registry) -> list[Gathered]:
    gathered: list[Gathered] = []
    waiting: list[str] = []
    for sentence in sentences:
        keys = list(dict.fromkeys(key for key, mention in registry.mentions(sentence)
                                  if not _attributive(sentence.text, mention.start)))
        if ATTENDANCE.search(sentence.text) and keys:
            target = gathered[-1] if gathered else None
            if target is None:
                waiting.extend(keys)
            else:
                target.accompanying.extend(k for k in keys if k not in target.participants)
            continue
        rule = meeting_rule(sentence.text)
        if rule is None or not keys:
            continue
        home = [k for k in keys if registry.country_of(k) == registry.lexicon.home]
        if not home or (len(home) == len(keys) and rule.kind not in ("visit", "multilateral meeting")):
            continue
        same = next((g for g in gathered if set(g.participants) == set(keys)), None)
        if same is not None:
            same.sentences.append(sentence)
        elif rule.name == "during a meeting" and any(set(keys) <= set(g.participants) for g in gathered):
            continue  # "During their meeting, A and B ...": a point of the meeting reported before
        else:
            gathered.append(Gathered(rule.kind, sentence, [sentence], keys))
    if gathered and waiting:
        gathered[0].accompanying.extend(k for k in waiting if k not in gathered[0].participants)
    for g in gathered:
        g.accompanying = list(dict.fromkeys(g.accompanying))
    return gathered


_ATTRIBUTIVE = re.compile(r"\b(?:of|by)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}$")


def _attributive(text: str, start: int) -> bool:
    """A name in `the Peace Formula of President Zelenskyy`: mentioned, not taking part."""
    before = text[:start]
    return bool(_ATTRIBUTIVE.search(before)) and not re.search(r"\b(?:meeting|talks?|call|visit)\s+(?:of|by)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}$", before)


def _assign_points(sentences: list[Sentence], gathered: list[Gathered], registry: Registry, lexicon: Lexicon) -> None:
    """Give each topic or outcome sentence to the meeting it belongs to."""
    for sentence in sentences:
        kind = point_kind(sentence.text)
        if kind is None or ATTENDANCE.search(sentence.text):
            continue
        owner = _owner(sentence, gathered, registry, lexicon)
        if owner is None:
            continue
        point = DraftPoint(point_text(sentence.text), sentence.text)
        (owner.outcomes if kind == "outcome" else owner.topics).append(point)


def _owner(sentence: Sentence, gathered: list[Gathered], registry: Registry, lexicon: Lexicon) -> Gathered | None:
    before = [g for g in gathered if g.anchor.start <= sentence.start and g.anchor is not sentence]
    if not before:
        return None
    if any(found.day is not None and found.start < 15 for found in find_dates(sentence.text)):
        return None  # "On January 10, ...": a sentence dated on its own reports another event
    named = {key for key, _ in registry.mentions(sentence)}
    with_named = [g for g in before if named & set(g.participants)]
    if sentence.point is not None:
        listed = [g for g in before if g.anchor.point is None]
        if listed:
            return listed[-1]  # a numbered point belongs to the meeting whose overview it is
    if with_named:
        def overlap(g: Gathered) -> float:
            people = set(g.participants)
            return len(named & people) / len(named | people)
        return max(reversed(with_named), key=overlap)
    if sentence.point is not None or MEETING_REFERENCE.search(sentence.text):
        return before[-1]
    countries = {lexicon.country(w) for w in re.findall(r"[A-Z][\w'’-]+", sentence.text)} - {None}
    if lexicon.home in countries and len(countries) > 1:
        return before[-1]
    return None


@dataclass
class _Context:
    """What drafting a meeting needs: names, the new entries so far, ids taken, and the review list."""

    lexicon: Lexicon
    registry: Registry
    reference: PartialDate | None
    dateline: bool
    taken: dict[str, set[str]]
    reviews: list[Review]
    new_places: dict[str, tuple[str, str, str, str]] = field(default_factory=dict)  # folded -> (id, name, country, quote)
    new_terms: dict[str, tuple[str, str]] = field(default_factory=dict)  # folded -> (name, quote)
    person_dates: dict[str, PartialDate] = field(default_factory=dict)
    main_country: str | None = None
    pending: list[str] = field(default_factory=list)  # review reasons of the meeting being drafted
    headline: str | None = None  # the document's own title, when it has one
    single: bool = False  # the document reports one meeting: the headline is its title

    def meeting(self, g: Gathered) -> DraftMeeting:
        notes: list[str] = []
        date, date_quote = self._date(g, notes)
        home = self.lexicon.home
        japan = tuple(k for k in g.participants if self.registry.country_of(k) == home)
        partners = tuple(k for k in g.participants if k not in japan)
        countries = tuple(dict.fromkeys(c for k in partners if (c := self.registry.country_of(k)) and c != home))
        where = next((w for s in g.sentences if (w := find_where(s.text, self.lexicon))), None)
        place, country = self._where(where, g, notes)
        if not countries and partners and self.main_country:
            countries = (self.main_country,)
            notes.append("The partner side's country is not written with their names; it is the foreign country "
                         "the document names most often.")
        elif not countries and country and country != home:
            countries = (country,)
        local_time, time_note, duration, duration_note = _timing(g, notes)
        occasion = next((o for s in g.sentences if (o := find_occasion(s.text))), None)
        families = [self._family(k) for k in (*japan, *partners)][:3]
        ident = unique_id(slug("-".join([*families, str(date.year)])), self.taken["meetings"])
        self.reviews.extend(Review(ident, reason) for reason in self.pending)
        self.pending.clear()
        for key in g.participants + g.accompanying:
            self.person_dates.setdefault(key, date)
        if not partners:
            notes.append("No one is named as met; partner_side is empty because the text names nobody, "
                         "not because nobody was met.")
            self.reviews.append(Review(ident, "nobody is named on the partner side: check partner_side"))
        kind = meeting_kind(g.kind, len(countries), len(partners))
        title = self.headline if self.headline and self.single else _title(kind, self, japan, partners)
        return DraftMeeting(
            ident, title, kind, date, countries, japan, partners, date_quote,
            g.anchor.text, tuple(g.accompanying), place, country,
            self._occasion(occasion, g) if occasion else None, local_time, time_note, duration, duration_note,
            tuple(g.topics), tuple(g.outcomes), tuple(notes))

    def _family(self, key: str) -> str:
        if key.startswith(NEW):
            return self.registry.people[key].family
        return self.lexicon.family.get(key, key)

    def _date(self, g: Gathered, notes: list[str]) -> tuple[PartialDate, str]:
        for sentence in g.sentences:
            for found in find_dates(sentence.text):
                if found.day is None and found.month is None:
                    continue
                date, note = resolve(found, self.reference, self.dateline)
                if date is not None and self._recent(date):
                    if note:
                        notes.append(note)
                    return date, sentence.text
        if self.reference is None:
            raise DraftError("the document states no date, neither for the meeting nor for itself")
        notes.append(f"The meeting's date is not stated; {self.reference.iso()} is the document's date.")
        self.pending.append("the meeting's date is not stated: check the date")
        return self.reference, g.anchor.text

    def _recent(self, date: PartialDate) -> bool:
        """A meeting reported by the document: within a year before its date (or any date when undated)."""
        if self.reference is None:
            return True
        if date.last_day() < self.reference.first_day() - RECENT:
            return False
        return not self.dateline or date.first_day() <= self.reference.last_day() + LATER

    def _where(self, where: Where | None, g: Gathered, notes: list[str]) -> tuple[str | None, str | None]:
        if where is None:
            host = _host(g, self.registry)
            if host:
                notes.append(f"The meeting is placed in the host's country ({host}): the text says the meeting was "
                             "hosted, not where.")
                return None, host
            notes.append("The place is not stated.")
            return None, None
        quote = next(s.text for s in g.sentences if where.text.split(",")[0] in s.text)
        country = where.country
        if where.new_country:
            country = self.registry_country(where.new_country, quote)
        if where.new_place and country:
            folded = fold(where.new_place)
            ident = self.new_places.get(folded, (None,))[0] or unique_id(slug(where.new_place), self.taken["places"])
            self.new_places[folded] = (ident, where.new_place, country, quote)
            self.lexicon.places.setdefault(folded, ident)
            self.lexicon.place_country.setdefault(ident, country)
            return ident, country
        if where.new_place:
            notes.append(f"The place \"{where.new_place}\" is not recorded: {where.reason}.")
            self.pending.append(f"place \"{where.new_place}\": {where.reason}")
        return where.place, country

    def registry_country(self, name: str, quote: str) -> str:
        self.registry.countries.setdefault(fold(name), NewCountry(name, quote))
        return NEW + fold(name)

    def _occasion(self, name: str, g: Gathered) -> str:
        folded = fold(name)
        for candidate in (folded, folded.removesuffix(" session"), re.sub(r"^\d+(?:st|nd|rd|th) ", "", folded)):
            if candidate in self.lexicon.terms:
                return self.lexicon.terms[candidate]
        quote = next(s.text for s in g.sentences if name in s.text)
        self.new_terms.setdefault(folded, (name, quote))
        return NEW + folded

    def figures(self, sentences: list[Sentence], gathered: list[Gathered],
                meetings: list[DraftMeeting]) -> list[DraftFigure]:
        found: list[DraftFigure] = []
        for sentence in sentences:
            figures = find_figures(sentence.text)
            for index, figure in enumerate(figures):
                owner = _owner(sentence, gathered, self.registry, self.lexicon)
                meeting = meetings[gathered.index(owner)] if owner is not None else None
                start = figures[index - 1].end if index else 0
                end = figures[index + 1].start if index + 1 < len(figures) else len(sentence.text)
                found.append(self._figure(sentence, figure, meeting, sentence.text[start:end]))
        return found

    def _figure(self, sentence: Sentence, figure: Figure, meeting: DraftMeeting | None, clause: str) -> DraftFigure:
        text = sentence.text
        countries = tuple(dict.fromkeys(c for w in re.findall(r"[A-Z][\w'’-]+", text)
                                        if (c := self.registry.country_named(w))))
        status = pledge_status(clause, figure)
        home = self.lexicon.home
        recipients = [c for c in countries if c != home] or (list(meeting.countries[:1]) if meeting else [])
        notes: list[str] = []
        if status and home in countries and recipients:
            if recipients[0] not in countries:
                notes.append("The recipient is the partner country of the meeting the sentence reports.")
            announcer = next((k for k, _ in self.registry.mentions(sentence)
                              if self.registry.country_of(k) == home), None)
            ident = unique_id(slug(f"{_item(text, figure)}-{figure.text}"), self.taken["pledges"])
            return DraftFigure(ident, text, figure, text, status, _item(text, figure), home, recipients[0],
                               meeting.id if meeting else None, announcer, countries, tuple(notes))
        ident = unique_id(slug(f"{figure.text}-{figure.unit}"), self.taken["facts"])
        return DraftFigure(ident, text, figure, text, countries=countries)


class DraftError(Exception):
    """The document cannot be drafted (no date at all); the message says why."""


def _host(g: Gathered, registry: Registry) -> str | None:
    """The country of the person who `hosted` the meeting, when the sentence says so."""
    m = re.search(r"\bhosted\b", g.anchor.text)
    if m is None:
        return None
    for key, mention in registry.mentions(g.anchor):
        if mention.end <= m.start():
            host = registry.country_of(key)
            return host if host and not host.startswith(NEW) else None
    return None


def _timing(g: Gathered, notes: list[str]) -> tuple[str | None, str | None, int | None, str | None]:
    local_time = time_note = duration_note = None
    duration = None
    for sentence in g.sentences:
        times = find_times(sentence.text)
        if times and local_time is None:
            local_time = times[0].hhmm
            zone = times[0].zone
            time_note = times[0].written + (f", {zone}" if zone else "; the time zone is not stated")
            if len(times) > 1:
                time_note += "; also given as " + ", ".join(t.written + (f" {t.zone}" if t.zone else "")
                                                            for t in times[1:])
        durations = find_durations(sentence.text)
        if durations and duration is None:
            duration, duration_note = durations[0].minutes, durations[0].text
    return local_time, time_note, duration, duration_note


def _title(kind: str, context: _Context, japan: tuple[str, ...], partners: tuple[str, ...]) -> str:
    names = [context._family(k) for k in (*japan, *partners)]
    joined = " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]
    return {"visit": f"Visit by {joined}", "forum": f"Forum attended by {joined}"}.get(kind, f"Meeting of {joined}")


_ITEM = re.compile(r"\b(grant aid|loans?|aid|assistance|support|funding)\b")


def _item(text: str, figure: Figure) -> str:
    if figure.unit in ("USD", "JPY", "EUR"):
        m = _ITEM.search(text)
        return m.group(1) if m else "funds"
    return figure.unit
