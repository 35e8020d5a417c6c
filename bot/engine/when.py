"""Dates in questions and command arguments: `26 January`, `Jan 26`, `2024-01-26`, `26/01`,
`September 2023`, `in 2023`, `between 2022 and 2023`, `winter 2022`, `the last two months of 2022`,
`the first half of 2023`, `Q3 2023`, `late 2022`, `before/after/since ...`."""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.engine.text import COMMON_WORDS, MONTHS, fold
from bot.knowledge.dates import PartialDate
from bot.knowledge.model import Meeting

_MONTH = (r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr"
          r"|jun|jul|aug|sept|sep|oct|nov|dec)")
_ORD = r"(?:st|nd|rd|th)?"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("day_range", re.compile(rf"\b(?:(?:between|from) )?(\d{{1,2}}){_ORD}(?: of)? {_MONTH}\.?,? (\d{{4}}) ?"
                             rf"(?:and|to|-|until|through) ?(\d{{1,2}}){_ORD}(?: of)? {_MONTH}\.?,? (\d{{4}})\b")),
    # "between 1 and 15 September 2023", "from 9 to 20 September 2023": days of one month.
    ("days_of_month", re.compile(rf"\b(?:between|from) (\d{{1,2}}){_ORD} ?(?:and|to|-|until|through) ?(\d{{1,2}}){_ORD}"
                                 rf"(?: of)? {_MONTH}\.?,? (\d{{4}})\b")),
    ("ymd", re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")),
    ("dmy_num", re.compile(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}|\d{2}))?\b")),
    # "in Sept '23", "in sept 23" (not "on Sept 23"): a month and a year of two digits
    ("month_yy", re.compile(rf"(?:\b(?:in|during) {_MONTH}\.? ['’]?|\b{_MONTH}\.? ['’])(\d{{2}})\b"
                            r"(?![\d:]|,? \d{4}|(?:st|nd|rd|th)\b)")),
    ("d_month", re.compile(rf"\b(\d{{1,2}}){_ORD}(?: of)? {_MONTH}\b\.?(?:,? (\d{{4}}))?")),
    ("month_d", re.compile(rf"\b{_MONTH}\.? (\d{{1,2}}){_ORD}\b(?:,? (\d{{4}}))?")),
    ("month_range", re.compile(rf"\b(?:(?:between|from) )?{_MONTH}\.?,? (\d{{4}}) ?(?:and|to|-|until|through) ?"
                               rf"{_MONTH}\.?,? (\d{{4}})\b")),
    # "between May and June 2023", "Feb and March 2022", "from September to December 2022": months of one year.
    ("months_range", re.compile(rf"\b(?:(?:between|from) )?{_MONTH}\.? ?(?:and|to|-|until|through) ?{_MONTH}\.?,? "
                                rf"(\d{{4}})\b")),
    # "in November or December 2022", "in 2022 or 2023": either of two months (or years) next to each other,
    # which together are one span (two apart are not: the months between would be read too)
    ("months_either", re.compile(rf"\b{_MONTH}\.? or {_MONTH}\.?,? (\d{{4}})\b")),
    ("years_either", re.compile(r"\b(1[89]\d{2}|20\d{2}) or (1[89]\d{2}|20\d{2})\b")),
    ("months_of_year", re.compile(r"\b(first|last|final) (two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) "
                                  r"months (?:of|in) (\d{4})\b")),
    ("half", re.compile(r"\b(first|1st|second|2nd|latter|last) half (?:of|in) (\d{4})\b")),
    ("quarter", re.compile(r"\b(first|1st|second|2nd|third|3rd|fourth|4th|last|final) quarter (?:of|in) (\d{4})\b"
                           r"|\bq([1-4]) (\d{4})\b")),
    # "late September 2023", "the beginning of March 2023": a third of a month
    # ("by the end of September 2023" is a deadline, read as that month)
    ("month_part", re.compile(rf"\b(early|late|mid|middle of)[ -]{_MONTH}\.?,? (?:of )?"
                              r"(\d{4})\b")),
    ("part", re.compile(r"\b(early|late|mid|middle of|end of|beginning of|start of)[ -](\d{4})\b")),
    ("between", re.compile(r"\b(?:(?:between|from) )?(\d{4}) ?(?:and|to|-|until) ?(\d{4})\b")),
    # "in the 1970s", "the early 1990s": a decade (or its first or last years)
    ("decade", re.compile(r"\b(?:the )?(?:(early|mid|late)[ -])?(1[89]\d0|20\d0)[’']?s\b")),
    ("season", re.compile(r"\b(spring|summer|autumn|fall|winter)(?: of)? (\d{4})\b")),
    # "in winter", "during the summer" with no year: that season of any year
    ("season_any", re.compile(r"\b(?:in|during|over) (?:the )?(spring|summer|autumn|fall|winter)(?:time)?\b"
                              r"(?!(?: of)? \d| (?:before|after|preceding|following)\b)")),
    ("month_y", re.compile(rf"\b{_MONTH}\.?,? (?:of )?(\d{{4}})\b")),
    ("ym", re.compile(r"\b(\d{4})-(\d{1,2})\b(?!-)")),
    ("year", re.compile(r"(?<![\d/-])\b(1[89]\d{2}|20\d{2})\b(?![-/]\d)")),
    ("month", re.compile(rf"\b(?:(in|during|of|on) )?{_MONTH}\b")),
    # "on the 21st": a day of a month the question leaves to the records (any month)
    ("day_only", re.compile(r"\bon the (\d{1,2})(st|nd|rd|th)\b")),
]
#: Month names that are also words or bare abbreviations: a month only after "in", "during", "since" ...
_AMBIGUOUS_MONTHS = frozenset({"may", "mar", "march", "jan", "jun", "dec", "sep", "oct", "nov", "aug", "feb", "apr",
                               "jul"})
#: The first and last month of each season (winter runs into the next year: a season of a year names it apart).
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}


def span_slice(firsts: list[dt.date], start: dt.date | None, end: dt.date | None) -> slice:
    """The records, sorted by their first day (`firsts`), that may fall between `start` and `end`: a
    superset the caller checks again, since a record dated by month or year begins up to a year before
    its last day."""
    # (a span open to the past may start at the first day there is: nothing lies a year before it)
    early = start - dt.timedelta(days=366) if start is not None and start.toordinal() > 366 else None
    low = bisect.bisect_left(firsts, early) if early is not None else 0
    high = bisect.bisect_right(firsts, end) if end is not None else len(firsts)
    return slice(low, high)


@dataclass(frozen=True)
class DateFilter:
    """The dates a question asks about: a span, or a month and day in any year."""

    label: str
    start: dt.date | None = None
    end: dt.date | None = None
    month: int | None = None
    day: int | None = None
    #: Of "in winter, whatever the year": the months of a season, in any year.
    months: tuple[int, ...] = ()
    #: Of "since the 1960s": the end of the span named, by which something lasting since then had begun.
    named_end: dt.date | None = None

    def period(self) -> PartialDate | None:
        """The one day, month or year the dates span ("jan 26 2024", "March 2023", "2010"), as precise as said;
        None for dates of any year or a span of another length."""
        start, end = self.start, self.end
        if start is None or end is None or self.any_year:
            return None
        if start == end:
            return PartialDate(start.year, start.month, start.day)
        if (start.year, start.month, start.day) == (end.year, end.month, 1) and (end + dt.timedelta(days=1)).day == 1:
            return PartialDate(start.year, start.month)
        if start.year == end.year and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
            return PartialDate(start.year)
        return None

    @property
    def any_year(self) -> bool:
        """Whether the dates recur every year (a month, a day of a month, a season) rather than span once."""
        return self.month is not None or bool(self.months) or self.day is not None

    def matches(self, first: dt.date, last: dt.date) -> bool:
        """Whether something dated between `first` and `last` (a partial date's span) falls in."""
        if self.months:
            return (first.year, first.month) == (last.year, last.month) and first.month in self.months
        if self.month is None and self.day is not None:
            return first == last and first.day == self.day  # "on the 21st" of whichever month
        if self.month is not None:
            if first.year != last.year or first.month != last.month:
                return False
            if first.month != self.month:
                return False
            return self.day is None or (first.day == self.day and last.day == self.day)
        if self.start is not None and self.start == self.end:
            # One exact day asked: only a record known to that very day fits, not one of its month or year.
            return first == last == self.start
        if self.end is None and self.start is not None:
            # "after 20 September": only what is known to come after (not a record of all September)
            return first >= self.start
        if self.start is None and self.end is not None:
            return last <= self.end  # "before 20 September": only what is known to come before
        return (self.start is None or last >= self.start) and (self.end is None or first <= self.end)


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".")]


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    return 1 <= day <= calendar.monthrange(year or 2024, month)[1]


_MONTH_NAMES = [name for name in MONTHS if len(name) > 3]
_WORD = re.compile(r"[a-z]{5,}")


def _fix_month_spelling(folded: str) -> str:
    """`januray` -> `january`: month names are corrected only next to a number, where they are dates."""
    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in MONTHS or word in COMMON_WORDS:
            return word
        around = folded[max(0, match.start() - 4): match.end() + 5]
        if not re.search(r"\d", around):
            return word
        best = process.extractOne(word, _MONTH_NAMES, scorer=fuzz.ratio, score_cutoff=80)
        return best[0] if best else word

    return _WORD.sub(fix, folded)


#: Days known by name, read as the date they fall on.
_NAMED_DAYS = {"christmas eve": "24 december", "christmas day": "25 december", "christmas": "25 december",
               "boxing day": "26 december", "new year's eve": "31 december", "new years eve": "31 december",
               "new year's day": "1 january", "new years day": "1 january", "valentine's day": "14 february",
               "halloween": "31 october"}
NAMED_DAY = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _NAMED_DAYS), key=len, reverse=True)) + r")\b")


#: A year of two digits up to this one is of the 2000s ("sept 23"), a later one of the 1900s ("jan 93").
_LAST_YY_OF_2000S = 50


def find_date(text: str) -> tuple[DateFilter | None, str]:
    """The first date expression in `text`, and `text` with it removed."""
    folded = _fix_month_spelling(fold(text))
    folded = NAMED_DAY.sub(lambda m: _NAMED_DAYS[m.group(0)], folded)  # "on Christmas Eve 2022"
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(folded):
            if kind == "year" and a_count(folded, match):
                continue
            found = _interpret(kind, match.groups())
            if found is None:
                continue
            before = folded[: match.start()].rstrip()
            if re.match(r"\s*(onwards?|and (later|after)|or later)\b", folded[match.end():]) and found.start:
                found = DateFilter(f"since {found.label}", found.start, None)  # "from July 2023 onwards"
            found = _apply_comparison(found, before)
            # "in September 2023 Japan's ministers ...": the date's own preposition goes with it, so that
            # what follows is not read as "in Japan".
            head = re.sub(r"\b(?:in|on|during)\s*$", "", folded[: match.start()])
            rest = head + " " + folded[match.end():]
            return found, rest
    return None, folded


#: Plural nouns a year stands before as a label of time ("2022 meetings", "the 2023 talks"), not a count.
_DATED_NOUNS = frozenset("""meetings talks visits trips summits sessions events records documents articles reports
    releases elections years months""".split())
#: Words after which a number of four digits is a year ("in 2000", "the 2022 summits", "since 1992").
_BEFORE_A_YEAR = re.compile(r"(?:\b(?:in|during|of|since|before|after|from|by|until|till|to|the|its|their|his|her|"
                            r"this|that|between|and|or|circa|early|late|mid)|['’]s|[,(])\s*$")


def a_count(text: str, match: re.Match[str]) -> bool:
    """Whether a number of four digits counts the plural noun after it ("send Ukraine 2000 generators"),
    rather than naming a year ("in 2000", "2022 meetings")."""
    after = re.match(r"\s+([a-z]{3,}s)\b", text[match.end():])
    if after is None or after.group(1) in _DATED_NOUNS or after.group(1).endswith("'s"):
        return False
    return _BEFORE_A_YEAR.search(text[: match.start()]) is None


def _interpret(kind: str, g: tuple[str | None, ...]) -> DateFilter | None:
    if kind == "day_only":
        day = int(g[0] or 0)
        return DateFilter(f"the {day}{g[1]}", day=day) if 1 <= day <= 31 else None
    if kind == "ymd":
        y, m, d = int(g[0] or 0), int(g[1] or 0), int(g[2] or 0)
        return _day(y, m, d)
    if kind == "dmy_num":
        d, m = int(g[0] or 0), int(g[1] or 0)
        year_given = int(g[2]) if g[2] else None
        if year_given is not None and year_given < 100:
            year_given += 2000
        return _day(year_given, m, d)
    if kind == "d_month":
        return _day(int(g[2]) if g[2] else None, _month(g[1] or ""), int(g[0] or 0))
    if kind == "month_d":
        return _day(int(g[2]) if g[2] else None, _month(g[0] or ""), int(g[1] or 0))
    if kind == "day_range":
        first, last = _day(int(g[2] or 0), _month(g[1] or ""), int(g[0] or 0)), _day(int(g[5] or 0), _month(g[4] or ""),
                                                                                    int(g[3] or 0))
        if first is None or last is None or first.start is None or last.start is None:
            return None
        start, end = sorted((first.start, last.start))
        return DateFilter(f"{first.label} – {last.label}", start, end)
    if kind == "days_of_month":
        month, year = _month(g[2] or ""), int(g[3] or 0)
        first, last = _day(year, month, int(g[0] or 0)), _day(year, month, int(g[1] or 0))
        if first is None or last is None or first.start is None or last.start is None:
            return None
        start, end = sorted((first.start, last.start))
        return DateFilter(f"{start.day}–{end.day} {calendar.month_name[month]} {year}", start, end)
    if kind == "month_range":
        (m1, y1), (m2, y2) = sorted(((_month(g[0] or ""), int(g[1] or 0)), (_month(g[2] or ""), int(g[3] or 0))),
                                    key=lambda my: (my[1], my[0]))
        label = f"{calendar.month_name[m1]} {y1} – {calendar.month_name[m2]} {y2}"
        return DateFilter(label, dt.date(y1, m1, 1), dt.date(y2, m2, calendar.monthrange(y2, m2)[1]))
    if kind == "months_range":
        year, (m1, m2) = int(g[2] or 0), sorted((_month(g[0] or ""), _month(g[1] or "")))
        if m1 == m2:
            return None
        label = f"{calendar.month_name[m1]} – {calendar.month_name[m2]} {year}"
        return DateFilter(label, dt.date(year, m1, 1), dt.date(year, m2, calendar.monthrange(year, m2)[1]))
    if kind == "months_either":
        year, (m1, m2) = int(g[2] or 0), sorted((_month(g[0] or ""), _month(g[1] or "")))
        if m2 - m1 != 1:
            return None
        label = f"{calendar.month_name[m1]} or {calendar.month_name[m2]} {year}"
        return DateFilter(label, dt.date(year, m1, 1), dt.date(year, m2, calendar.monthrange(year, m2)[1]))
    if kind == "years_either":
        a, b = sorted((int(g[0] or 0), int(g[1] or 0)))
        return DateFilter(f"{a} or {b}", dt.date(a, 1, 1), dt.date(b, 12, 31)) if b - a == 1 else None
    if kind == "decade":
        decade = int(g[1] or 0)
        years = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(g[0] or "", (0, 9))
        label = f"{g[0] + ' ' if g[0] else ''}{decade}s"
        return DateFilter(label, dt.date(decade + years[0], 1, 1), dt.date(decade + years[1], 12, 31))
    if kind in ("months_of_year", "half", "quarter", "part"):
        return _part_of_year(kind, g)
    if kind == "between":
        a, b = sorted((int(g[0] or 0), int(g[1] or 0)))
        return DateFilter(f"{a}–{b}", dt.date(a, 1, 1), dt.date(b, 12, 31))
    if kind == "season":
        year = int(g[1] or 0)
        if g[0] == "winter":
            return DateFilter(f"winter {year}", dt.date(year, 12, 1), dt.date(year + 1, 2, 28))
        first_month, last_month = _SEASONS[g[0] or "spring"]
        return DateFilter(f"{g[0]} {year}", dt.date(year, first_month, 1),
                          dt.date(year, last_month, calendar.monthrange(year, last_month)[1]))
    if kind == "season_any":
        first_month = _SEASONS[g[0] or "winter"][0]
        months = tuple((first_month - 1 + i) % 12 + 1 for i in range(3))
        return DateFilter(f"{g[0]} ({calendar.month_name[months[0]]} to {calendar.month_name[months[-1]]}, "
                          "any year)", months=months)
    if kind == "month_yy":
        yy = int(g[2] or 0)  # ("jan 93" is of 1993, "sept 23" of 2023)
        return _interpret("month_y", (g[0] or g[1], str((1900 if yy > _LAST_YY_OF_2000S else 2000) + yy)))
    if kind == "month_part":
        m, y = _month(g[1] or ""), int(g[2] or 0)
        first_day, last_day = _MONTH_PARTS[g[0] or "early"]
        return DateFilter(f"{g[0]} {calendar.month_name[m]} {y}", dt.date(y, m, first_day),
                          dt.date(y, m, min(last_day, calendar.monthrange(y, m)[1])))
    if kind == "month_y":
        m, y = _month(g[0] or ""), int(g[1] or 0)
        return DateFilter(f"{calendar.month_name[m]} {y}", dt.date(y, m, 1),
                          dt.date(y, m, calendar.monthrange(y, m)[1]))
    if kind == "ym":
        y, m = int(g[0] or 0), int(g[1] or 0)
        if not 1 <= m <= 12 or y < 1000:
            return None
        return DateFilter(f"{calendar.month_name[m]} {y}", dt.date(y, m, 1),
                          dt.date(y, m, calendar.monthrange(y, m)[1]))
    if kind == "year":
        y = int(g[0] or 0)
        return DateFilter(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31))
    if kind == "month":
        before, name = g[0], g[1] or ""
        if name in _AMBIGUOUS_MONTHS and before in (None, "of", "on"):
            return None  # verbs and abbreviations alone are too ambiguous without a day, a year or "in"
        m = _month(name)
        return DateFilter(calendar.month_name[m], month=m)
    return None


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11}
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
#: Loose parts of a month, as days (first, last): "late September" is its last third.
_MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "middle of": (11, 20), "late": (21, 31)}
#: Loose parts of a year, as months (first, last): "early 2024" is January to April.
_PARTS = {"early": (1, 4), "beginning of": (1, 3), "start of": (1, 3), "mid": (5, 8), "middle of": (5, 8),
          "late": (9, 12), "end of": (10, 12)}


def _part_of_year(kind: str, g: tuple[str | None, ...]) -> DateFilter | None:
    """`the last two months of 2022`, `the first half of 2023`, `Q3 2023`, `late 2022`: a span of months."""
    if kind == "months_of_year":
        count = _COUNTS[g[1]] if g[1] in _COUNTS else int(g[1] or 0)
        if not 1 <= count <= 12:
            return None
        first, last = (1, count) if g[0] == "first" else (13 - count, 12)
        label, year = f"the {g[0]} {g[1]} months of {g[2]}", int(g[2] or 0)
    elif kind == "half":
        first, last = (1, 6) if g[0] in ("first", "1st") else (7, 12)
        label, year = f"the {'first' if first == 1 else 'second'} half of {g[1]}", int(g[1] or 0)
    elif kind == "quarter":
        number = int(g[2]) if g[2] else (4 if g[0] in ("last", "final") else _ORDINALS[g[0] or "first"])
        first, last = 3 * number - 2, 3 * number
        year = int((g[3] if g[2] else g[1]) or 0)
        label = f"Q{number} {year}"
    else:
        first, last = _PARTS[g[0] or "early"]
        label, year = f"{g[0]} {g[1]}", int(g[1] or 0)
    return DateFilter(label, dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1]))


def _day(year: int | None, month: int, day: int) -> DateFilter | None:
    if not _valid(year, month, day):
        return None
    if year is None:
        return DateFilter(f"{day} {calendar.month_name[month]}", month=month, day=day)
    date = dt.date(year, month, day)
    return DateFilter(f"{day} {calendar.month_name[month]} {year}", date, date)


def _apply_comparison(found: DateFilter, before: str) -> DateFilter:
    if found.start is None or found.end is None:
        return found
    before = re.sub(r"\s+the$", "", before)  # "after the first half of 2023"
    if before.endswith("before") or before.endswith("prior to") or before.endswith("until"):
        return DateFilter(f"before {found.label}", None, found.start - dt.timedelta(days=1))
    if before.endswith("after"):
        return DateFilter(f"after {found.label}", found.end + dt.timedelta(days=1), None)
    if before.endswith("since"):
        return DateFilter(f"since {found.label}", found.start, None, named_end=found.end)
    return found


def parse_month_day_in(text: str) -> tuple[int, int] | None:
    """The month and day of the first date in a longer text ("… (on September 21, 7:05 a.m. JST)"), if it
    names a day."""
    return _month_day(find_date(text)[0])


def parse_month_day(text: str) -> tuple[int, int] | None:
    """A month and day from a command argument (`26 January`, `Jan 26`, `2024-01-26`, `26/01`)."""
    found, rest = find_date(text)
    return None if rest.strip(" .,") else _month_day(found)


def _month_day(found: DateFilter | None) -> tuple[int, int] | None:
    if found is None:
        return None
    if found.month is not None and found.day is not None:
        return found.month, found.day
    if found.start is not None and found.start == found.end:
        return found.start.month, found.start.day
    return None


#: "at 7:05 a.m.", "6.05pm", "18:05", "7:05 in the morning": a time of day the question names.
_CLOCK = re.compile(r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?![\d.:])"
                    r"(?!\s*(?:%|percent|million|billion|years?|days?))"
                    r"(?:\s*(?:(?P<ap>[ap])\.?\s?m\b\.?|in the (?P<part>morning|afternoon|evening|night)))?",
                    re.IGNORECASE)
CLOCK_EXAMPLES = ("at 7:05 a.m. Japan time", "began at 6.05pm", "at 18:05 local time", "7:05 in the morning")
CLOCK_COUNTEREXAMPLES = ("on 21 September 2023", "1.5 million", "3.5 years", "version 2.1")


def parse_clocks(text: str) -> tuple[str, ...]:
    """The times of day `text` names, each as "HH:MM" in 24 hours: both readings of a time of twelve hours
    or less said without a.m. or p.m. ("at 7:05": 07:05 or 19:05). Only a time with a colon, or with a dot
    and a.m., p.m. or a part of the day, is one."""
    found: list[str] = []
    for m in _CLOCK.finditer(text):
        hour, minute = int(m.group("h")), int(m.group("m"))
        ap = (m.group("ap") or "").lower()
        part = (m.group("part") or "").lower()
        if ":" not in m.group(0) and not (ap or part):
            continue  # ("1.5", "2.10"): a figure, not a time
        if ap or part:
            if hour > 12:
                continue
            pm = ap == "p" or part in ("afternoon", "evening", "night")
            found.append(f"{hour % 12 + (12 if pm else 0):02d}:{minute:02d}")
        elif hour <= 12:
            found.extend((f"{hour % 12:02d}:{minute:02d}", f"{hour % 12 + 12:02d}:{minute:02d}"))
        else:
            found.append(f"{hour:02d}:{minute:02d}")
    return tuple(dict.fromkeys(found))


#: "7:05 a.m. JST": the time of day in Japan a source gives beside the local one.
HOME_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2}) ?([ap])\.?m\.? JST\b", re.IGNORECASE)


def clock_of(found: re.Match[str]) -> dt.time:
    """The time of day a `HOME_CLOCK` match writes ("7:05 a.m. JST" → 07:05)."""
    return dt.time(int(found.group(1)) % 12 + (12 if found.group(3).lower() == "p" else 0), int(found.group(2)))


def twelve_hour(t: dt.time) -> str:
    """A time of day as the sources write it ("7:30 a.m.", "6:05 p.m."), never with a leading zero."""
    return f"{(t.hour + 11) % 12 + 1}:{t.minute:02d} {'a.m.' if t.hour < 12 else 'p.m.'}"


def meeting_clock(m: Meeting, home: bool) -> str | None:
    """The time of day a meeting began ("HH:MM"): on Japan's clock when `home`, else on the local one."""
    if not home:
        return m.local_time
    found = HOME_CLOCK.search(m.time_note or "")
    return f"{clock_of(found):%H:%M}" if found is not None else None


def began_at(m: Meeting, clocks: tuple[str, ...], home: bool, *, ended: bool = False) -> bool:
    """Whether a meeting began at one of `clocks`: on the local clock, or on Japan's when `home` (a question
    that speaks of Japan's time may give the local one too: "at 6:05 p.m. in New York, what was the date in
    Tokyo?"). With `ended`, whether it ended then: its start and its length, within the looseness of a length
    the sources give as "about" ("so it ended around 3:10?" of 2:40 and about 30 minutes)."""
    if not ended:
        return meeting_clock(m, False) in clocks or home and meeting_clock(m, True) in clocks
    starts = [c for c in (meeting_clock(m, False), meeting_clock(m, True) if home else None) if c]
    if not m.duration_minutes or not starts:
        return False
    ends = [(int(c[:2]) * 60 + int(c[3:]) + m.duration_minutes) % (24 * 60) for c in starts]
    return any(abs(e - (int(c[:2]) * 60 + int(c[3:]))) <= _ENDED_WITHIN for e in ends for c in clocks)


#: "did it end at 3:10?", "so it was over by 6:30?": a time of day claimed as a meeting's end, not its start.
ENDED_ASKED = re.compile(r"\b(?:end|ends|ended|ending|finish|finishes|finished|over|wrap(?:ped)? up|conclude[sd]?)\b")
#: How many minutes an end worked out from a length the sources give as "about" may be off by.
_ENDED_WITHIN = 10
