"""Dates, clock times and durations as press releases write them, each rule with its examples.

    found = find_dates("On March 4, commencing at 3:40 p.m.")   # [Found(3, 4, None, "March 4", ...)]
    resolve(found[0], reference=PartialDate(2025, 3, 4))        # (2025-03-04, note on the year)

A date without a year takes the year of the document's date (a `note` says so), or the year
before when that would put it more than a week after the document.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.knowledge.dates import PartialDate
from bot.knowledge.draft.rules import PatternRule

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"


DATE_RULES: tuple[PatternRule, ...] = (
    PatternRule("iso", re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b"), ("date 2025-03-04",),
                ("for 2023-2025",)),
    PatternRule("month day, year",
                re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4})\b)?"),
                ("March 4, 2025", "On May 5, commencing", "Sept. 9", "June 2, 2021"), ("May 2023",)),
    PatternRule("day month year", re.compile(r"\b(?P<day>\d{1,2})\s+" + _MONTH + r"(?:\s+(?P<year>\d{4})\b)?"),
                ("1 July 2018", "on 9 September"), ("30 minutes",)),
    PatternRule("month year", re.compile(r"\b(?:in\s+|In\s+)?" + _MONTH + r"(?:\s+of)?\s+(?P<year>\d{4})\b"),
                ("in October 1987", "April 1999"), ("March 4, 2025",)),
    PatternRule("month of this year", re.compile(r"\b[Ii]n\s+" + _MONTH + r"\s+(?P<this>of this year|this year)\b"),
                ("In May of this year",), ("In May 2021",)),
)


@dataclass(frozen=True)
class Found:
    """A date as written: month and day (either may be unknown), the year if written, the text."""

    month: int | None
    day: int | None
    year: int | None
    text: str
    start: int
    relative_year: bool = False  # "of this year"


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def find_dates(text: str) -> list[Found]:
    """Every date written in `text`, in order of position; overlapping readings keep the longest."""
    hits: list[Found] = []
    for rule in DATE_RULES:
        for m in rule.pattern.finditer(text):
            groups = m.groupdict()
            month = (int(groups["mon"]) if groups.get("mon")
                     else _month(groups["month"]) if groups.get("month") else None)
            day = int(groups["day"]) if groups.get("day") else None
            year = int(groups["year"]) if groups.get("year") else None
            if month is None or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
                continue
            hits.append(Found(month, day, year, m.group(0), m.start(), relative_year=bool(groups.get("this"))))
    hits.sort(key=lambda f: (f.start, -len(f.text)))
    kept: list[Found] = []
    for hit in hits:
        if kept and hit.start < kept[-1].start + len(kept[-1].text):
            continue
        kept.append(hit)
    return kept


def resolve(found: Found, reference: PartialDate | None,
            dateline: bool = True) -> tuple[PartialDate | None, str | None]:
    """The date `found` stands for, and a note when its year was not written; (None, reason) if unknown.

    Against a dateline, a day more than a week after it is taken from the year before; a reference
    inferred from the latest date in the text is only a lower bound, and its year is kept.
    """
    if found.year is not None:
        return _partial(found.year, found.month, found.day), None
    if reference is None:
        return None, f'the year of "{found.text}" is not stated and the document has no date'
    year = reference.year
    if dateline and found.month is not None and found.day is not None and reference.month is not None:
        candidate = dt.date(year, found.month, min(found.day, 28))
        if candidate > reference.first_day() + dt.timedelta(days=7):
            year -= 1
    date = _partial(year, found.month, found.day)
    if date is None:
        return None, f'"{found.text}" is not a calendar date'
    if found.relative_year:
        return date, f'"{found.text}" is read in the year of the document\'s date ({reference.iso()}).'
    return date, (f'The year ({year}) is not stated in "{found.text}"; '
                  f'taken from the document\'s date ({reference.iso()}).')


def _partial(year: int, month: int | None, day: int | None) -> PartialDate | None:
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def document_date(head: str, whole: str) -> tuple[PartialDate | None, str, str | None]:
    """The document's own date: the first full date in its head, else the latest full date anywhere.

    Returns (date, the text it was read from, a note when it is inferred rather than a dateline).
    """
    for found in find_dates(head):
        if found.year is not None and found.day is not None:
            return _partial(found.year, found.month, found.day), found.text, None
    dated = [f for f in find_dates(whole) if f.year is not None]
    if not dated:
        return None, "", None
    latest = max(dated, key=lambda f: (f.year or 0, f.month or 0, f.day or 0))
    date = _partial(latest.year or 0, latest.month, latest.day)
    return date, latest.text, (f'The document carries no dateline; its date is taken from the latest date it '
                               f'writes in full ("{latest.text}").')


# ---- clock times and durations

@dataclass(frozen=True)
class Clock:
    """A clock time as written (`2:40 p.m.`), in 24-hour form, with the time zone the text gives."""

    hhmm: str
    text: str
    zone: str | None
    written: str  # the time alone, as written: `6:05 p.m.`


_TIME = re.compile(r"\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s?(?P<ap>a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)"
                   r"(?:\s*\(?(?P<zone>local time|JST|GMT|UTC|[A-Z]{2,4}T)\b)?")
TIME_EXAMPLES = {"3:40 p.m.for": "15:40", "7:15 p.m. (local time;": "19:15", "11 a.m.": "11:00", "12:30 p.m.": "12:30"}


def find_times(text: str) -> list[Clock]:
    """Every clock time in `text` (`2:40 p.m.`, `6:05 p.m. (local time`, `7:05 a.m. JST`)."""
    found = []
    for m in _TIME.finditer(text):
        hour, minute = int(m.group("h")), int(m.group("m") or 0)
        if not 1 <= hour <= 12 or minute > 59:
            continue
        if m.group("ap").startswith("p") and hour != 12:
            hour += 12
        elif m.group("ap").startswith("a") and hour == 12:
            hour = 0
        zone = m.group("zone")
        written = m.group(0) if zone else m.group(0).rstrip()
        found.append(Clock(f"{hour:02d}:{minute:02d}", written, zone, text[m.start():m.end("ap")]))
    return found


_DURATION = re.compile(r"\b(?:(?P<q>approximately|about|around|some|nearly|over|more than)\s+)?"
                       r"(?P<n>\d{1,3}|an|one|two|half an)\s+(?P<unit>minutes?|hours?)\b")
DURATION_EXAMPLES = {"for approximately 30 minutes": 30, "for about an hour": 60, "for two hours": 120}
_WORD_NUMBERS = {"an": 1, "one": 1, "two": 2}


@dataclass(frozen=True)
class Duration:
    minutes: int
    text: str


def find_durations(text: str) -> list[Duration]:
    """How long something lasted, as written after `for` (`for approximately 30 minutes`)."""
    found = []
    for m in _DURATION.finditer(text):
        if not re.search(r"\bfor\s+$", text[max(0, m.start() - 6):m.start()]):
            continue
        number = m.group("n")
        if number == "half an":
            minutes = 30
        else:
            value = int(number) if number.isdigit() else _WORD_NUMBERS[number]
            minutes = value * 60 if m.group("unit").startswith("hour") else value
        found.append(Duration(minutes, m.group(0)))
    return found
