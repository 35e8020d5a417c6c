"""The renderings a document may use for a value: examples that match, and near misses that must not."""

from __future__ import annotations

import re

import pytest

from bot.knowledge import renderings as r
from bot.knowledge.dates import DateRange, PartialDate
from bot.knowledge.quotes import found, plain, quote_problem

CASES = [
    # (name, pattern, text, matches)
    ("clock-pm", r.clock(14, 40), "commencing at 2:40 p.m.for approximately", True),
    ("clock-24h", r.clock(14, 40), "from 14:40 local time", True),
    ("clock-pm-no-dots", r.clock(18, 5), "at 6:05 pm", True),
    ("clock-am-is-not-pm", r.clock(14, 40), "at 2:40 a.m.", False),
    ("clock-other-minute", r.clock(14, 40), "at 2:45 p.m.", False),
    ("clock-on-the-hour", r.clock(15, 0), "at 3 p.m.", True),
    ("clock-on-the-hour-with-minutes", r.clock(17, 0), "commencing at 5:00 p.m.", True),
    ("minutes-approximately", r.minutes(30), "for approximately 30 minutes", True),
    ("minutes-half-an-hour", r.minutes(30), "for half an hour", True),
    ("minutes-an-hour", r.minutes(60), "for an hour", True),
    ("minutes-word", r.minutes(45), "for forty-five minutes", True),
    ("minutes-other-figure", r.minutes(30), "for 300 minutes", False),
    ("day-month", r.day_month(12, 24), "on december 24, commencing", True),
    ("month-day", r.day_month(12, 24), "on 24 december 2022", True),
    ("abbreviated", r.day_month(9, 9), "which began on sept. 9, was", True),
    ("ordinal", r.day_month(12, 24), "the 24th of december", True),
    ("iso", r.day_month(11, 14), "date 2022-11-14 president", True),
    ("other-day", r.day_month(12, 24), "on december 25", False),
    ("longer-day", r.day_month(12, 2), "on december 24", False),
    ("month", r.month(3), "in march of this year", True),
    ("month-is-not-a-verb-prefix", r.month(3), "they marched", False),
    ("year", r.year(2022), "since 2022,", True),
    ("year-inside-a-range-end", r.year(2025), "for 2023-2025", True),
    ("year-in-a-longer-number", r.year(2022), "20225", False),
    ("figure-with-comma", r.number(1500), "more than 1,500 generators", True),
    ("figure-word", r.number(3), "visited japan three times", True),
    ("figure-not-a-longer-one", r.number(24), "1,240 cranes", False),
    ("figure-not-a-digit-of-one", r.number(2), "a quote of 24 cranes", False),
    ("figure-not-a-date-part", r.number(50), "0.50 ratio", False),
]


@pytest.mark.parametrize(("pattern", "text", "matches"), [pytest.param(p, t, m, id=n) for n, p, t, m in CASES])
def test_renderings(pattern: re.Pattern[str], text: str, matches: bool) -> None:
    assert bool(pattern.search(text)) is matches


@pytest.mark.parametrize(
    ("quote", "ok"),
    [
        pytest.param("Ukraine’s “recovery”", True, id="curly-in-both"),
        pytest.param("Ukraine's \"recovery\"", True, id="straight-for-curly"),
        pytest.param("peace — now and", True, id="em-dash-for-hyphen"),
        pytest.param("raine’s “recovery”", False, id="cuts-a-word"),
    ],
)
def test_quotes_are_found_on_whole_words_with_plain_punctuation(quote: str, ok: bool) -> None:
    assert found(quote, "We support Ukraine’s “recovery” and peace - now and later.") is ok


def test_a_short_quote_supports_nothing() -> None:
    assert "too short" in (quote_problem("24", "On December 24, commencing") or "")
    assert quote_problem("On December 24", "On December 24, commencing") is None  # 14 characters


def test_plain_collapses_space_and_typography() -> None:
    assert plain("  a\u00a0b \n– “c”  ") == 'a b - "c"'


@pytest.mark.parametrize(
    ("text", "human", "first", "last"),
    [
        ("2022-02/2022-03", "February\u2013March 2022", "2022-02-01", "2022-03-31"),
        ("2023/2025", "2023\u20132025", "2023-01-01", "2025-12-31"),
        ("2023-09-09/2023-09-12", "9\u201312 September 2023", "2023-09-09", "2023-09-12"),
    ],
)
def test_date_ranges(text: str, human: str, first: str, last: str) -> None:
    span = PartialDate.parse(text)
    assert isinstance(span, DateRange) and span.iso() == text
    assert (span.human(), span.first_day().isoformat(), span.last_day().isoformat()) == (human, first, last)


@pytest.mark.parametrize("text", ["2025/2023", "2023-05/2023-05", "2023/2024/2025", "2023/"])
def test_impossible_date_ranges_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse(text)
