"""Turn a gathered meeting into a drafted one, and a figure into a pledge or fact; collect what needs review."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from bot.knowledge.dates import PartialDate
from bot.knowledge.draft.dates import find_dates, find_durations, find_times, resolve
from bot.knowledge.draft.figures import Figure, find_figures, pledge_status
from bot.knowledge.draft.gathering import Gathered, owning_meeting
from bot.knowledge.draft.lexicon import Lexicon, fold, slug
from bot.knowledge.draft.meetings import meeting_kind
from bot.knowledge.draft.model import CURRENCIES, DraftFact, DraftFigure, DraftMeeting, Review
from bot.knowledge.draft.places import Where, find_occasion, find_where
from bot.knowledge.draft.registry import NEW, NewCountry, Registry
from bot.knowledge.draft.sentences import Sentence
from bot.knowledge.draft.source import unique_id

#: How long before the document's date a meeting it reports may have taken place.
RECENT = dt.timedelta(days=366)
#: How long after its dateline a document may report a meeting (one announced in advance).
LATER = dt.timedelta(days=7)


#: What follows the home country's name when it gives: auxiliaries, then a verb of giving.
GIVER = re.compile(r"(?:\s+(?:also|has|had|have|will|would|is|was|plans|plan|intends|intend|to|be|further|already|then|"
                   r"shall|could|can|may))*\s+(?:pledg|provid|extend|deliver|donat|grant|commit|promis|offer|contribut)")


@dataclass
class Context:
    """What drafting a meeting needs: names, the new entries so far, ids taken, and the review list."""

    lexicon: Lexicon
    registry: Registry
    reference: PartialDate | None
    dateline: bool
    taken: dict[str, set[str]]
    reviews: list[Review]
    # folded name -> (id, name, country, quote, note on the country)
    new_places: dict[str, tuple[str, str, str, str, str | None]] = field(default_factory=dict)
    new_terms: dict[str, tuple[str, str]] = field(default_factory=dict)  # folded -> (name, quote)
    person_dates: dict[str, PartialDate] = field(default_factory=dict)
    main_country: str | None = None
    pending: list[str] = field(default_factory=list)  # review reasons of the meeting being drafted
    headline: str | None = None  # the document's own title, when it has one
    single: bool = False  # the document reports one meeting: the headline is its title

    def meeting(self, g: Gathered) -> DraftMeeting:
        """The drafted meeting for `g`, with a note for every value the text does not state."""
        notes: list[str] = []
        date, quote = self._date(g, notes)
        japan, partners = self._sides(g)
        accompanying = tuple(g.accompanying)
        if g.event:  # those who led or joined an event are not its partner side: nobody is named as met
            accompanying = tuple(dict.fromkeys((*partners, *accompanying)))
            notes.append("An event the people named led or took part in; nobody is named as met, so the "
                         "participants from other countries are listed as accompanying, not as the partner side.")
        # an event's venue is where the sentence naming it says; the people's posts name other places
        where = next((w for s in g.sentences[:1 if g.event else None] if (w := find_where(s.text, self.lexicon))),
                     None)
        place, country = self._where(where, g, notes)
        if where is not None and where.text.split(",")[0] not in quote:
            notes.append(f'The place ("{where.text}") is written in another sentence of the document.')
        countries = self._countries(partners, country, notes)
        if g.event:
            partners = ()
        local_time, time_note, duration, duration_note = _timing(g, notes, quote)
        occasion = next((o for s in g.sentences if (o := find_occasion(s.text))), None)
        if occasion is not None and occasion not in quote:
            notes.append(f'The occasion ("{occasion}") is written in another sentence of the document.')
        ident = self._identify(japan + partners, date, notes, named=japan + accompanying if g.event else None)
        for key in g.participants + g.accompanying:
            self.person_dates.setdefault(key, date)
        kind = meeting_kind(g.kind, len(countries), len(partners))
        title = self.headline if self.headline and self.single else \
            _title(kind, self, japan, partners or (accompanying if g.event else ()))
        return DraftMeeting(
            ident, title, kind, date, countries, japan, partners, quote, quote, accompanying, place, country,
            self._occasion(occasion, g) if occasion else None, local_time, time_note, duration, duration_note,
            tuple(g.topics), tuple(g.outcomes), tuple(notes))

    def _sides(self, g: Gathered) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The home side and the partner side among the participants."""
        japan = tuple(k for k in g.participants if self.registry.country_of(k) == self.lexicon.home)
        return japan, tuple(k for k in g.participants if k not in japan)

    def _countries(self, partners: tuple[str, ...], country: str | None, notes: list[str]) -> tuple[str, ...]:
        """The partner countries: the partners' own, else the document's main foreign country or the venue's."""
        home = self.lexicon.home
        countries = tuple(dict.fromkeys(c for k in partners if (c := self.registry.country_of(k)) and c != home))
        if not countries and partners and self.main_country:
            notes.append("The partner side's country is not written with their names; it is the foreign country "
                         "the document names most often.")
            return (self.main_country,)
        if not countries and country and country != home:
            return (country,)
        return countries

    def _identify(self, people: tuple[str, ...], date: PartialDate, notes: list[str],
                  named: tuple[str, ...] | None = None) -> str:
        """A new meeting id (family names and year); files the meeting's pending review items under it.
        `named`: the people an event is named by, when nobody is met at it."""
        families = [self.family(k) for k in (named or people)][:3]
        ident = unique_id(slug("-".join([*families, str(date.year)])), self.taken["meetings"])
        if named is None and all(self.registry.country_of(k) == self.lexicon.home for k in people):
            notes.append("No one is named as met: partner_side is left out because who received the visitor is "
                         "not stated, which does not mean nobody did.")
            self.pending.append("nobody is named on the partner side: check partner_side")
        self.reviews.extend(Review(ident, reason) for reason in self.pending)
        self.pending.clear()
        return ident

    def family(self, key: str) -> str:
        """The family name of a participant, known or new."""
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
            raise DraftError("the document states no date, neither for the meeting nor for itself: name the file "
                             "YYYY-MM-DD_country_description.txt to give its date")
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
            self.new_places[folded] = (ident, where.new_place, country, quote, where.note)
            if where.note:
                notes.append(where.note)
            self.lexicon.places.setdefault(folded, ident)
            self.lexicon.place_country.setdefault(ident, country)
            return ident, country
        if where.new_place:
            notes.append(f"The place \"{where.new_place}\" is not recorded: {where.reason}.")
            self.pending.append(f"place \"{where.new_place}\": {where.reason}")
        return where.place, country

    def registry_country(self, name: str, quote: str) -> str:
        """The draft key of a new country named `name` (drafted once, quoted by `quote`)."""
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
        """Every figure of the document as a pledge or fact candidate, linked to the meeting it belongs to."""
        found: list[DraftFigure] = []
        for sentence in sentences:
            figures = find_figures(sentence.text)
            for index, figure in enumerate(figures):
                owner = owning_meeting(sentence, gathered, self.registry, self.lexicon)
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
        if status and recipients and self._home_gives(text):
            if recipients[0] not in countries:
                notes.append("The recipient is the partner country of the meeting the sentence reports.")
            announcer = next((k for k, _ in self.registry.mentions(sentence)
                              if self.registry.country_of(k) == home), None)
            ident = unique_id(_figure_id(figure, _item(text, figure)), self.taken["pledges"])
            return DraftFigure(ident, text, figure, text, status, _item(text, figure), home, recipients[0],
                               meeting.id if meeting else None, announcer, countries, tuple(notes))
        ident = unique_id(_figure_id(figure, figure.unit), self.taken["facts"])
        return DraftFigure(ident, text, figure, text, countries=countries)


    def stop(self, g: Gathered) -> DraftFact:
        """A stop of a journey as a fact about the traveller, listed for review."""
        countries = tuple(dict.fromkeys(c for s in g.sentences if (w := find_where(s.text, self.lexicon))
                                        and (c := w.country) and not c.startswith(NEW)))
        families = [self.family(k) for k in g.participants][:2]
        ident = unique_id(slug("-".join([*families, "visit", g.anchor.text.split()[-1]])), self.taken["facts"])
        self.reviews.append(Review(ident, "a visit where nobody is named as met, during a journey with other "
                                          "meetings: drafted as a fact (a stop of the trip), not a meeting"))
        return DraftFact(ident, g.anchor.text, "visits", g.anchor.text, countries, tuple(g.participants),
                         "A stop of the journey the document reports; nobody is named as met there.")

    def _home_gives(self, sentence: str) -> bool:
        """Whether the home country is the subject of a giving verb (`Japan also pledged`, `Japan to provide`)."""
        for m in re.finditer(r"[A-Z][\w'’-]*", sentence):
            if self.lexicon.country(m.group(0)) == self.lexicon.home and GIVER.match(sentence, m.end()):
                return True
        return False


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


def _timing(g: Gathered, notes: list[str], quote: str) -> tuple[str | None, str | None, int | None, str | None]:
    """Local time, its note, duration and its note; a note quotes the sentence when it is not the meeting's quote."""
    local_time = time_note = duration_note = None
    duration = None
    for sentence in g.sentences:
        times = find_times(sentence.text)
        if times and local_time is None:
            if sentence.text != quote:
                notes.append(f'The time is written in another sentence: "{sentence.text}"')
            local_time = times[0].hhmm
            zone = times[0].zone
            time_note = times[0].written + (f", {zone}" if zone else "; the time zone is not stated")
            if len(times) > 1:
                time_note += "; also given as " + ", ".join(t.written + (f" {t.zone}" if t.zone else "")
                                                            for t in times[1:])
        durations = find_durations(sentence.text)
        if durations and duration is None:
            duration, duration_note = durations[0].minutes, durations[0].text
            if sentence.text != quote:
                notes.append(f'The duration is written in another sentence: "{sentence.text}"')
    return local_time, time_note, duration, duration_note


def _title(kind: str, context: Context, japan: tuple[str, ...], partners: tuple[str, ...]) -> str:
    names = [context.family(k) for k in (*japan, *partners)]
    joined = " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]
    return {"visit": f"Visit by {joined}", "forum": f"Forum attended by {joined}"}.get(kind, f"Meeting of {joined}")


_ITEM = re.compile(r"\b(grant aid|loans?|aid|assistance|support|funding)\b")


def _figure_id(figure: Figure, what: str) -> str:
    """`12-patrol-boats`, `aid-3-billion`: the figure as written, with what it counts when not in it."""
    return slug(figure.text if what in figure.text else f"{what}-{figure.text}")


def _item(text: str, figure: Figure) -> str:
    if figure.unit in CURRENCIES:
        m = _ITEM.search(text)
        return m.group(1) if m else "funds"
    return figure.unit
