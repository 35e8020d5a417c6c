"""Another city's clock: the city asked, its zone by name, and the moment read on it."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.engine import clocks


@pytest.mark.parametrize("text", clocks.EXAMPLES)
def test_examples_ask_a_city_clock(text: str) -> None:
    assert clocks.asked_city(text) == "velda"


@pytest.mark.parametrize("text", clocks.COUNTEREXAMPLES)
def test_counterexamples_ask_none(text: str) -> None:
    assert clocks.asked_city(text) is None


def test_a_city_of_two_words_before_the_clause_that_says_when() -> None:
    assert clocks.asked_city("what time was it in new york when they met in kyiv?") == "new york"
    assert clocks.asked_city("met at 2:40 pm in japan - what time was that in bishkek") == "bishkek"


def test_zones_are_found_by_the_city_s_own_name_and_none_for_an_invented_one() -> None:
    assert str(clocks.zone_of("New York")) == "America/New_York"
    assert str(clocks.zone_of("kyiv")) == "Europe/Kyiv"
    assert clocks.zone_of("Velda") is None


def test_summer_time_on_the_day_is_counted() -> None:
    here, there = clocks.zone_of("new york"), clocks.zone_of("kyiv")
    assert here is not None and there is not None
    summer = clocks.on_clock(dt.date(2023, 9, 20), dt.time(18, 5), here, there)
    winter = clocks.on_clock(dt.date(2023, 12, 20), dt.time(18, 5), here, there)
    assert (summer.day, summer.hour, summer.minute) == (21, 1, 5)
    assert (winter.day, winter.hour, winter.minute) == (21, 1, 5)
    assert summer.utcoffset() == dt.timedelta(hours=3) and winter.utcoffset() == dt.timedelta(hours=2)
