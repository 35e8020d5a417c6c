"""Figures a document states (money, counts of items) and whether they are a pledge or a plain fact.

    find_figures("Japan also pledged to provide Veloria with 12 patrol boats.")
    # [Figure(value=12.0, unit="patrol boats", text="12 patrol boats", qualifier=None, ...)]

Dates, clock times, durations, ordinals and years are not figures. A sentence with a figure is a
pledge candidate when a rule of `PLEDGE_RULES` matches it (the status comes from the rule), and a
fact candidate otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.knowledge.draft.rules import PatternRule

_QUALIFIERS = {"more than": "more than", "over": "over", "approximately": "approximately", "about": "approximately",
               "around": "approximately", "some": "approximately", "nearly": None, "up to": None}
_QUALIFIER = r"(?:(?P<q>more than|over|approximately|about|around|some|nearly|up to)\s+)?"
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "hundred": 100}
#: Things counted that are not figures worth a record (`two leaders`, `30 minutes`).
NOT_COUNTED = frozenset({
    "minutes", "minute", "hours", "hour", "days", "day", "weeks", "months", "leaders", "ministers", "sides",
    "countries", "nations", "parties", "times", "occasions", "foreign", "a.m", "p.m", "of", "and", "percent",
})  # fmt: skip


FIGURE_RULES: tuple[PatternRule, ...] = (
    PatternRule("currency sign", re.compile(_QUALIFIER + r"(?P<cur>\$|US\$|USD|¥|JPY|€|EUR)\s?(?P<n>\d[\d,]*(?:\.\d+)?)"
                                            r"(?:\s(?P<scale>thousand|million|billion|trillion))?\b"),
                ("$3 billion", "USD 5 million")),
    PatternRule("currency word", re.compile(_QUALIFIER + r"(?P<n>\d[\d,]*(?:\.\d+)?)(?:\s(?P<scale>thousand|million|"
                                            r"billion|trillion))?\s(?P<cur>yen|dollars|US dollars|euros)\b"),
                ("10.8 billion yen", "3 million US dollars")),
    PatternRule("count", re.compile(_QUALIFIER + r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,4}|" + "|".join(_NUMBER_WORDS) +
                                    r")\s+(?P<unit>(?:[a-z][a-z-]+\s+){0,2}?[a-z][a-z-]*s)\b"),
                ("12 patrol boats", "more than 2,300 water pumps", "over 150 companies", "four provinces")),
    # Not figures: "at 2:40 p.m.", "for 2023-2025", "in 1962", "the first visit in 21 years", "30 minutes".
)
_CURRENCY = {"$": "USD", "US$": "USD", "USD": "USD", "dollars": "USD", "US dollars": "USD", "¥": "JPY", "JPY": "JPY",
             "yen": "JPY", "€": "EUR", "EUR": "EUR", "euros": "EUR"}


@dataclass(frozen=True)
class Figure:
    """A figure as written, with its value and what it counts."""

    value: float
    unit: str
    text: str
    qualifier: str | None
    start: int = 0  # where the figure is written in its sentence
    end: int = 0


def find_figures(text: str) -> list[Figure]:
    """Every money amount and count of things in `text`, in order; overlapping readings keep the first rule's."""
    found: list[tuple[int, int, Figure]] = []
    for rule in FIGURE_RULES:
        for m in rule.pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b, _ in found) or _not_a_figure(text, m):
                continue
            figure = _figure(m, rule.name)
            if figure is not None:
                found.append((m.start(), m.end(), figure))
    return [f for _, _, f in sorted(found, key=lambda item: item[0])]


def _not_a_figure(text: str, m: re.Match[str]) -> bool:
    number = m.group("n")
    before = text[max(0, m.start("n") - 2):m.start("n")]
    if before.endswith((":", "-", "–", "/")) or text[m.end("n"):m.end("n") + 1] in (":", "-", "–"):
        return True  # part of a clock time, a range or a date
    if "unit" in m.groupdict() and m.group("unit").endswith("years") and re.search(r"\bin\s+$", text[:m.start()]):
        return True  # "the first visit in 21 years": time elapsed, not a count
    return re.fullmatch(r"(?:19|20)\d\d", number) is not None and "cur" not in m.groupdict()


def _figure(m: re.Match[str], rule: str) -> Figure | None:
    groups = m.groupdict()
    raw = groups["n"]
    value = float(_NUMBER_WORDS[raw]) if raw in _NUMBER_WORDS else float(raw.replace(",", ""))
    qualifier = _QUALIFIERS.get(groups.get("q") or "")
    if rule == "count":
        unit = groups["unit"]
        if unit.split()[-1] in NOT_COUNTED or unit.split()[0] in NOT_COUNTED:
            return None
        return Figure(value, unit, m.group(0), qualifier, m.start(), m.end())
    value *= _SCALE.get(groups.get("scale") or "", 1.0)
    return Figure(value, _CURRENCY[groups["cur"]], m.group(0), qualifier, m.start(), m.end())


@dataclass(frozen=True)
class PledgeRule:
    """Words that make a figure's sentence a pledge, and the status they give it."""

    status: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]


PLEDGE_RULES: tuple[PledgeRule, ...] = (
    PledgeRule("planned", re.compile(r"\b(?:plans? to provide|intends? to provide|to be provided)\b"),
               ("Japan plans to provide grant aid",)),
    PledgeRule("pledged", re.compile(r"\b(?:pledged|pledges|would provide|committed to provide|promised)\b"),
               ("Japan also pledged to provide Veloria with 12 patrol boats.",)),
    PledgeRule("provided", re.compile(r"\b(?:had provided|has provided|provided|delivered|handed over)\b"),
               ("Japan had provided 300 tents",)),
    PledgeRule("announced",
               re.compile(r"\b(?:will provide|to provide|announced that \w+ will|will extend|to extend)\b"),
               ("Japan to provide $3 billion in aid to Zembla",)),
)


#: Units of time: a figure counting them (`over the past 30 years`) is a fact, never a pledge.
TIME_UNITS = frozenset({"years", "decades", "months", "centuries"})


def pledge_status(sentence: str, figure: Figure | None = None) -> str | None:
    """The status a pledge rule gives `sentence`, or None when it reads as a plain fact."""
    if figure is not None and figure.unit.split()[-1] in TIME_UNITS:
        return None
    for rule in PLEDGE_RULES:
        if rule.pattern.search(sentence):
            return rule.status
    return None
