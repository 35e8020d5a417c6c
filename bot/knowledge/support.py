"""Is each value supported by its entry's quotes? Dates, times, durations, quantities and figures.

    for path, reason in unsupported_values(entry, context):
        ...

A value is supported when one of the entry's quotes writes it in a common rendering (see
`renderings`): `date: 2022-12-24` by "December 24", `local_time: "14:40"` by "2:40 p.m.",
`duration_minutes: 30` by "approximately 30 minutes". A year may also come from the document's
dateline (the source's date as the document writes it). Years, dates, clock times and figures
written in free text (summary, statement, description, definition, a topic's text) need the same
support, or may repeat one of the entry's own checked values. Otherwise one of the entry's notes
must say how the value was inferred: it names the value, or names the part inferred (year, month,
day, date, time, duration) in a sentence that says it was inferred, assumed or not stated.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from bot.knowledge import renderings as r
from bot.knowledge.dates import DateRange, PartialDate
from bot.knowledge.model import PRONOUN_WORDS, Meeting, Point, Trip
from bot.knowledge.quotes import plain

_MONTHS = {name.lower(): n for n in range(1, 13) for name in (calendar.month_name[n], calendar.month_abbr[n])}
_MONTHS["sept"] = 9
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
# `14 November 2022`, `November 14, 2022`, `September 2023`, `March`, `2023-2025`, `1962`
_DATE_MENTION = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<m1>{_MONTH})|(?P<m2>{_MONTH}) (?P<d2>\d{{1,2}})(?!\d)"
    rf"|(?P<m3>{_MONTH}))(?:,? (?P<y>\d{{4}}))?(?![a-z])"
    rf"|(?<![\d-])(?P<y2>1[6-9]\d\d|20\d\d)(?!\d)"
)
_CLOCK_MENTION = re.compile(r"\b(\d{1,2})[:.](\d{2}) ?(a\.? ?m\.?|p\.? ?m\.?)?(?![\d])")
# A figure: not part of a word (`G7`, `COVID-19`), an id or a date.
_FIGURE = re.compile(r"(?<![\w.,/-])(?<![a-z]-)(\d[\d,]*(?:\.\d+)?)(?:st|nd|rd|th)?(?![\w]|[.,]\d|-[a-z])")
_INFERRED = re.compile(r"infer|assum|presum|not stated|not given|not written|estimat|deriv|is that of|taken from"
                       r"|from the (?:press release|article|text|document|publication|context)")
_PART_WORDS = {"year": ("year",), "month": ("month",), "day": ("day", "date"), "date": ("date",),
               "time": ("time",), "duration": ("duration", "long", "minutes")}  # fmt: skip


@dataclass(frozen=True)
class Support:
    """What an entry's values may be supported by: its quotes, notes and the document's dateline."""

    quotes: str  # the entry's quotes, lower-case and punctuation-normalised, joined
    notes: str  # the entry's notes, the same way
    dateline_years: frozenset[int] = frozenset()  # years the document's dateline writes
    own_dates: tuple[PartialDate, ...] = ()  # the entry's own checked dates (a summary may repeat them)
    own_figures: frozenset[float] = field(default_factory=frozenset)  # quantities, durations
    #: The document's date, when its text writes it in full: an entry may be dated by it.
    document_date: PartialDate | None = None

    @classmethod
    def of(cls, quotes: Iterable[str], notes: Iterable[str | None], context: Context | None = None,
           own_dates: tuple[PartialDate, ...] = (), own_figures: frozenset[float] = frozenset()) -> Support:
        """Support from raw quote and note texts, in the context of the entry's document."""
        text = " | ".join(plain(q).casefold() for q in quotes)
        note = " | ".join(plain(n).casefold() for n in notes if n)
        years = context.years if context else frozenset()
        document = context.document_date if context and years else None
        return cls(text, note, years, own_dates, own_figures, document)

    def noted(self, part: str, *renderings: re.Pattern[str]) -> bool:
        """Whether a note names the value, or says in one sentence that this part was inferred."""
        if any(p.search(self.notes) for p in renderings):
            return True
        for sentence in re.split(r"(?<=[.;:])\s|\|", self.notes):
            if any(w in sentence for w in _PART_WORDS[part]) and _INFERRED.search(sentence):
                return True
        return False


def date_problem(date: PartialDate, support: Support, *, year_from_note: bool = True) -> str | None:
    """Why a date is not supported, or None; a span is checked at both ends.

    With `year_from_note=False` a note cannot supply the year (a role's date, a year alone).
    """
    if isinstance(date, DateRange):
        return date_problem(date.start, support) or date_problem(date.finish, support)
    if date == support.document_date:
        return None  # the date the document is dated, and writes
    if date.month is not None and date.day is not None:
        pattern = r.day_month(date.month, date.day)
        if not pattern.search(support.quotes) and not support.noted("day", pattern):
            return f"{date.day} {calendar.month_name[date.month]} is not in the quotes " \
                   "and no note says how it was inferred"
    elif date.month is not None and not r.month(date.month).search(support.quotes) \
            and not support.noted("month", r.month(date.month)):
        return f"{calendar.month_name[date.month]} is not in the quotes and no note says how it was inferred"
    in_quotes = r.year(date.year).search(support.quotes) is not None
    from_dateline = date.month is not None and date.year in support.dateline_years
    if not (in_quotes or from_dateline or year_from_note and support.noted("year", r.year(date.year))):
        return f"the year {date.year} is not in the quotes or the document's dateline, " \
               "and no note says how it was inferred"
    return None


def time_problem(value: str, support: Support) -> str | None:
    hour, minute = (int(part) for part in value.split(":"))
    pattern = r.clock(hour, minute)
    if pattern.search(support.quotes) or pattern.search(support.notes):
        return None
    return f"{value} is not in the quotes in any common rendering (e.g. {hour % 12 or 12}:{minute:02d} " \
           f"{'p.m.' if hour >= 12 else 'a.m.'}) and no note gives it"


def duration_problem(value: int, support: Support) -> str | None:
    pattern = r.minutes(value)
    if pattern.search(support.quotes) or pattern.search(support.notes):
        return None
    return f"{value} minutes is not in the quotes in any common rendering " \
           f"(e.g. 'approximately {value} minutes') and no note gives it"


def quantity_problem(value: float, text: str, support: Support) -> str | None:
    """A quantity's `text` must be quoted, and its `value` must be the figure the text writes."""
    written = plain(text).casefold()
    if written not in support.quotes:
        return f"quantity.text {text!r} is not in the quotes"
    figures = [_figure(m.group(1)) for m in _FIGURE.finditer(written)] + [
        float(n) for w, n in r.WORD_NUMBERS.items() if re.search(rf"\b{w}\b", written)]
    scale = 1e9 if "billion" in written else 1e6 if "million" in written else 1e3 if "thousand" in written else 1.0
    if not any(abs(f * scale - value) < 1e-6 or abs(f - value) < 1e-6 for f in figures):
        return f"quantity.value {value:g} is not the figure {text!r} writes"
    return None


def free_text_problems(text: str, support: Support) -> Iterator[str]:
    """Each year, date, clock time or figure of a summary-like text the entry does not support."""
    body = plain(text).casefold()
    taken: list[tuple[int, int]] = []
    for m in _DATE_MENTION.finditer(body):
        taken.append(m.span())
        problem = _mention_problem(m, support)
        if problem:
            yield f"{m.group(0)!r}: {problem}"
    for m in _CLOCK_MENTION.finditer(body):
        taken.append(m.span())
        hour, minute = int(m.group(1)), int(m.group(2))
        if m.group(3) and m.group(3)[0] == "p" and hour < 12:
            hour += 12
        clock = r.clock(hour, minute) if hour < 24 and minute < 60 else None
        if clock is not None and not clock.search(support.quotes) and not clock.search(support.notes):
            yield f"{m.group(0)!r}: the time is not in the quotes and no note gives it"
    for m in _FIGURE.finditer(body):
        if any(start <= m.start() < end for start, end in taken):
            continue
        value = _figure(m.group(1))
        if value in support.own_figures or r.number(value).search(support.quotes) \
                or r.number(value).search(support.notes):
            continue
        yield f"{m.group(0)!r}: the figure is not in the quotes and no note gives it"


def _mention_problem(m: re.Match[str], support: Support) -> str | None:
    named = m.group("m1") or m.group("m2") or m.group("m3")
    month = _MONTHS[named.rstrip(".")] if named else None
    day_text = m.group("d1") or m.group("d2")
    year_text = m.group("y") or m.group("y2")
    if month is None and year_text is None:
        return None
    day = int(day_text) if day_text and month is not None else None
    year = int(year_text) if year_text else None
    own = (*support.own_dates, *([support.document_date] if support.document_date else []))
    if any(_fits(date, year, month, day) for date in own):
        return None
    if month is None and year in support.dateline_years:
        return None  # `the 2022 G20 Summit` in a document dated 2022
    if year is None:  # `December 24` with no year: the day and month must be quoted
        assert month is not None
        pattern = r.day_month(month, day) if day is not None else r.month(month)
        if pattern.search(support.quotes) or support.noted("day" if day else "month", pattern):
            return None
        return "not in the quotes and no note says how it was inferred"
    try:
        return date_problem(PartialDate(year, month, day), support)
    except ValueError:
        return None


def _fits(own: PartialDate, year: int | None, month: int | None, day: int | None) -> bool:
    """Whether a mention (any part may be missing) names the entry's own date, or an end of its span."""
    for date in (own.start, own.finish) if isinstance(own, DateRange) else (own,):
        parts = ((year, date.year), (month, date.month), (day, date.day))
        if all(given is None or given == recorded for given, recorded in parts):
            return True
    return False


def _figure(text: str) -> float:
    return float(text.replace(",", ""))


# -- entries ---------------------------------------------------------------------------------------
Finding = tuple[str, str, str]  # (collection, entry id, "field: reason")


def dateline_years(date: PartialDate | None, text: str) -> frozenset[int]:
    """The document's year when its text writes its date (`December 24, 2022`, `2022-11-14`, `May 2023`)."""
    if date is None or date.month is None:
        return frozenset()
    body = plain(text).casefold()
    if date.iso() in body:
        return frozenset({date.year})
    written = r.day_month(date.month, date.day) if date.day is not None else r.month(date.month)
    year = re.compile(rf",? {date.year}\b")
    for match in written.finditer(body):
        if year.match(body, match.end()):
            return frozenset({date.year})
    return frozenset()


@dataclass(frozen=True)
class Context:
    """What an entry's check may rely on beyond the entry: the document's dateline and dates."""

    years: frozenset[int]  # the entry's document's dateline year, when it writes one
    attended: tuple[PartialDate, ...]  # for a person: dates of the records they take part in
    document_dates: dict[str, PartialDate]  # source id -> the document's date
    document_date: PartialDate | None = None  # the entry's document's date
    datelines: dict[str, frozenset[int]] = field(default_factory=dict)  # source id -> its dateline years


def unsupported(tables: dict[str, dict[str, Any]], datelines: dict[str, frozenset[int]],
                readable: set[str]) -> Iterator[Finding]:
    """Every value of every entry that its quotes do not support and no note explains.

    Entries whose document is unknown or unreadable (`readable` lists the source ids that are not)
    are left out: that problem is reported already.
    """
    attended = _dates_by_person(tables)
    document_dates = {ident: s.date for ident, s in tables.get("sources", {}).items() if s.date is not None}
    for collection, entries in tables.items():
        check = _CHECKS.get(collection)
        if check is None:
            continue
        for ident, entry in entries.items():
            source = entry.cited.source
            if source not in readable:
                continue
            context = Context(datelines.get(source, frozenset()), attended.get(ident, ()), document_dates,
                              document_dates.get(source), datelines)
            for path, reason in check(entry, context):
                yield collection, ident, f"{path}: {reason}"


def _dates_by_person(tables: dict[str, dict[str, Any]]) -> dict[str, tuple[PartialDate, ...]]:
    """The dates of the records each person takes part in (a description may repeat them)."""
    found: dict[str, list[PartialDate]] = {}
    for collection, people_fields in (("meetings", ("japan_side", "partner_side", "accompanying")),
                                      ("trips", ("travellers",)), ("facts", ("people",))):
        for entry in tables.get(collection, {}).values():
            date = getattr(entry, "date", None)
            if date is None:
                continue
            for name in people_fields:
                for person in getattr(entry, name, ()):
                    found.setdefault(person, []).append(date)
    return {person: tuple(dates) for person, dates in found.items()}


def _points(entry: Meeting | Trip) -> list[Point]:
    return [*entry.topics, *entry.outcomes]


def _event(entry: Any, context: Context) -> Iterator[tuple[str, str]]:
    """A meeting or a trip: its date, time, duration, summary and each topic's or outcome's text."""
    points = _points(entry)
    quotes = [entry.cited.quote, *(p.cited.quote for p in points)]
    notes = [getattr(entry, name, None) for name in ("note", "time_note", "duration_note")]
    notes += [p.note for p in points]
    duration = getattr(entry, "duration_minutes", None)
    support = Support.of(quotes, notes, context=context, own_dates=(entry.date,),
                         own_figures=frozenset({float(duration)} if duration else ()))
    yield from _dated("date", entry.date, support)
    local_time = getattr(entry, "local_time", None)
    if local_time and (problem := time_problem(local_time, support)):
        yield "local_time", problem
    if duration is not None and (problem := duration_problem(duration, support)):
        yield "duration_minutes", problem
    yield from (("summary", p) for p in free_text_problems(entry.summary, support))
    for name, items in (("topics", getattr(entry, "topics", ())), ("outcomes", getattr(entry, "outcomes", ()))):
        for number, point in enumerate(items, 1):
            own = Support.of([point.cited.quote], [point.note, *notes], context=context, own_dates=(entry.date,))
            yield from ((f"{name}#{number}.text", p) for p in free_text_problems(point.text, own))


def _record(entry: Any, context: Context) -> Iterator[tuple[str, str]]:
    """A fact, pledge or term: its dates, quantity and statement or definition."""
    dates = [(name, getattr(entry, name, None)) for name in ("date", "due")]
    quantity = getattr(entry, "quantity", None)
    support = Support.of([entry.cited.quote], [getattr(entry, "note", None)], context=context,
                         own_dates=tuple(d for _, d in dates if d is not None),
                         own_figures=frozenset({quantity.value} if quantity else ()))
    for name, date in dates:
        if date is not None:
            yield from _dated(name, date, support)
    if quantity is not None and (problem := quantity_problem(quantity.value, quantity.text, support)):
        yield "quantity", problem
    for name in ("statement", "definition"):
        text = getattr(entry, name, None)
        if text:
            yield from ((name, p) for p in free_text_problems(text, support))


def _person(entry: Any, context: Context) -> Iterator[tuple[str, str]]:
    """A person's role dates and the years and figures of the description."""
    roles = entry.roles
    notes = [entry.note, *(role.note for role in roles)]
    for number, role in enumerate(roles, 1):
        if role.as_of is None:
            continue
        if role.as_of == context.document_dates.get(role.cited.source):
            continue  # as of the date of the document showing the role, as `as_of` means
        # as_of is the date of the document showing the role, or a date its quote writes (a note may
        # only supply the year of a quoted day or month); a role the document does not date has none.
        role_context = replace(context, years=context.datelines.get(role.cited.source, frozenset()),
                               document_date=context.document_dates.get(role.cited.source))
        own = Support.of([role.cited.quote], [role.note, entry.note], context=role_context)
        problem = date_problem(role.as_of, own, year_from_note=role.as_of.month is not None)
        if problem:
            yield f"roles#{number}.as_of", f"{problem}; as_of is the document's date or a date the quote writes, " \
                                           "and is left out when the document does not date the role"
    pronoun = entry.pronoun
    shown_by = set(re.findall(r"[a-z]+", pronoun.cited.quote.lower())) if pronoun is not None else set()
    if pronoun is not None and not set(PRONOUN_WORDS[pronoun.word]) & shown_by:
        shown = ", ".join(PRONOUN_WORDS[pronoun.word])
        yield "pronoun.quote", f"the quote shows no word for {pronoun.word!r} ({shown})"
    if entry.description:
        quotes = [entry.cited.quote, *(role.cited.quote for role in roles)]
        dated = tuple(role.as_of for role in roles if role.as_of is not None)
        support = Support.of(quotes, notes, context=context, own_dates=context.attended + dated)
        yield from (("description", p) for p in free_text_problems(entry.description, support))


def _dated(name: str, date: PartialDate, support: Support) -> Iterator[tuple[str, str]]:
    problem = date_problem(date, support)
    if problem:
        yield name, problem


_CHECKS = {"meetings": _event, "trips": _event, "facts": _record, "pledges": _record, "terms": _record,
           "people": _person}
