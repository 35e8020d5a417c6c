"""How documents write the values the knowledge base records: dates, clock times, durations, numbers.

Each function gives a regular expression matching the common renderings of one value in lower-case,
punctuation-normalised text (see `quotes.plain`):

    >>> bool(day_month(12, 24).search("on december 24, commencing"))
    True
    >>> bool(clock(14, 40).search("commencing at 2:40 p.m.for approximately"))
    True
    >>> bool(minutes(30).search("for half an hour"))
    True
"""

from __future__ import annotations

import calendar
import re
from functools import cache, lru_cache

_NUMBER_WORDS = {
    1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
    10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
    17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty", 30: "thirty", 40: "forty", 45: "forty-five",
    50: "fifty", 60: "sixty", 90: "ninety", 100: "a hundred",
}  # fmt: skip
WORD_NUMBERS = {word: value for value, word in _NUMBER_WORDS.items()}


def number_word(value: int) -> str | None:
    """`three` for 3, None when the value has no common single word."""
    return _NUMBER_WORDS.get(value)


@cache
def month_names(month: int) -> str:
    """A pattern for a month's name: `december|dec\\.?` (and `sept\\.?` for September)."""
    full, short = calendar.month_name[month].lower(), calendar.month_abbr[month].lower()
    names = [full, rf"{short}\.?"] + ([r"sept\.?"] if month == 9 else [])
    return "(?:" + "|".join(names) + ")"


def _day(day: int) -> str:
    return rf"0?{day}(?:st|nd|rd|th)?"


@lru_cache(maxsize=4096)
def day_month(month: int, day: int) -> re.Pattern[str]:
    """`December 24`, `24 December`, `Dec. 24`, `24th of December`, `12-24` (ISO)."""
    name = month_names(month)
    return re.compile(rf"\b(?:{name} {_day(day)}\b|{_day(day)} (?:of )?{name}(?![a-z])"
                      rf"|\d{{4}}-{month:02d}-{day:02d}\b)")


@lru_cache(maxsize=64)
def month(month: int) -> re.Pattern[str]:
    """The month's name, full or abbreviated, or an ISO `YYYY-MM`."""
    return re.compile(rf"\b(?:{month_names(month)}(?![a-z])|\d{{4}}-{month:02d}\b)")


@lru_cache(maxsize=4096)
def year(value: int) -> re.Pattern[str]:
    return re.compile(rf"(?<!\d){value}(?!\d)")


@lru_cache(maxsize=4096)
def clock(hour: int, minute: int) -> re.Pattern[str]:
    """`14:40`, `14.40`, `2:40 p.m.`, `2:40pm`, `2 p.m.` (on the hour), `noon`, `midnight`."""
    twelve = hour % 12 or 12
    half = r"p\.? ?m\.?" if hour >= 12 else r"a\.? ?m\.?"
    forms = [rf"\b{hour:d}[:.]{minute:02d}(?!\d)", rf"\b{hour:02d}[:.]{minute:02d}(?!\d)",
             rf"\b{twelve}[:.]{minute:02d} ?{half}"]
    if minute == 0:
        forms.append(rf"\b{twelve} ?{half}")
        forms += ["noon"] if hour == 12 else ["midnight"] if hour == 0 else []
    return re.compile("(?:" + "|".join(forms) + ")")


@lru_cache(maxsize=1024)
def minutes(value: int) -> re.Pattern[str]:
    """`30 minutes`, `30-minute`, `thirty minutes`, `half an hour`, `an hour`, `1.5 hours`, `90 min`."""
    forms = [rf"\b{value}[ -]?(?:minutes?|mins?)\b"]
    word = number_word(value)
    if word:
        forms.append(rf"\b{word}[ -]minutes?\b")
    hours, rest = divmod(value, 60)
    if value == 30:
        forms.append(r"\bhalf an hour\b|\bhalf-hour\b|\b30 min\b")
    if rest == 0 and hours:
        hour_word = "(?:an|one|1)" if hours == 1 else f"(?:{hours}|{number_word(hours) or hours})"
        forms.append(rf"\b{hour_word}[ -]hours?\b")
    if rest == 30 and hours:
        forms.append(rf"\b{hours}\.5 hours\b|\b(?:an|one) hour and a half\b" if hours == 1
                     else rf"\b{hours}\.5 hours\b")
    return re.compile("(?:" + "|".join(forms) + ")")


@lru_cache(maxsize=4096)
def number(value: float) -> re.Pattern[str]:
    """A figure as digits (`1,500`, `1500`, `7.5`) or, for small whole numbers, a word (`three`)."""
    if value == int(value):
        whole = int(value)
        digits = f"{whole:,}".replace(",", ",?")
        word = number_word(whole)
        pattern = rf"(?<![\d.,]){digits}(?![\d]|[.,]\d)" + (rf"|\b{word}\b" if word else "")
    else:
        pattern = rf"(?<![\d.,]){re.escape(repr(value))}(?!\d)"
    return re.compile(pattern)
