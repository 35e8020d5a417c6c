"""Whether a drafted value is written in its quote, in one of the common renderings of that value.

    supports("On December 24, commencing at 2:40 p.m.", date=PartialDate(2022, 12, 24))   # True

Used by the evaluation to count invented values: a value neither found in its quote nor explained
by a `note` would be one.
"""

from __future__ import annotations

import calendar
import re

from bot.knowledge.dates import PartialDate

_ABBREVIATED = {9: ("Sept.", "Sep."), 1: ("Jan.",), 2: ("Feb.",), 8: ("Aug.",), 10: ("Oct.",), 11: ("Nov.",),
                12: ("Dec.",), 3: ("Mar.",), 4: ("Apr.",)}


def normalise(text: str) -> str:
    """Typographic quotes and dashes made plain, white space collapsed."""
    for fancy, plain in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-")):
        text = text.replace(fancy, plain)
    return " ".join(text.split())


def date_renderings(date: PartialDate) -> list[str]:
    """`December 24`, `24 December`, `Dec. 24`, `2022-12-24`; `March 2023` for a month."""
    if date.month is None:
        return [str(date.year)]
    names = [calendar.month_name[date.month], *_ABBREVIATED.get(date.month, ())]
    if date.day is None:
        return [f"{name} {date.year}" for name in names] + [f"{name} of" for name in names]
    return [date.iso()] + [form for name in names for form in (f"{name} {date.day}", f"{date.day} {name}")]


def time_renderings(hhmm: str) -> list[str]:
    """`2:40 p.m.`, `2:40 pm`, `14:40` for 14:40."""
    hour, minute = (int(part) for part in hhmm.split(":"))
    twelve = hour - 12 if hour > 12 else (12 if hour == 0 else hour)
    half = "p.m." if hour >= 12 else "a.m."
    shown = [f"{twelve}:{minute:02d}"] + ([] if minute else [f"{twelve}"])
    return [form for s in shown for form in (f"{s} {half}", f"{s}{half}", f"{s} {half[0]}m")] + [hhmm]


def number_renderings(value: float) -> list[str]:
    """`1,500`, `1500`, `7 billion`, `10.8 billion`, and number words up to twelve."""
    words = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
             11: "eleven", 12: "twelve"}
    found = [f"{value:,.0f}", f"{value:.0f}"] if value == int(value) else [f"{value:g}"]
    for scale, name in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if value >= scale and (value / scale) * 100 == int((value / scale) * 100):
            found.append(f"{value / scale:g} {name}")
    if value in words:
        found.append(words[int(value)])
    return found


def written_in(quote: str, renderings: list[str]) -> bool:
    """Whether any rendering appears in `quote` as whole words (case and typography ignored)."""
    text = normalise(quote).casefold()
    for form in renderings:
        plain = normalise(form).casefold()
        pattern = r"(?<![\w,.])" + re.escape(plain) + (r"(?!\w|,\d)" if plain[-1:].isalnum() else "")
        if re.search(pattern, text):
            return True
    return False
