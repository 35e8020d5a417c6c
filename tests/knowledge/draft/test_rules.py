"""Every drafting rule's examples and counter-examples, run as tests: the examples are the rules' documentation."""

from __future__ import annotations

import pytest

from bot.knowledge.dates import PartialDate
from bot.knowledge.draft.dates import (
    DATE_RULES,
    DURATION_EXAMPLES,
    TIME_EXAMPLES,
    find_dates,
    find_durations,
    find_times,
    resolve,
)
from bot.knowledge.draft.figures import (
    FIGURE_RULES,
    PLEDGE_RULES,
    find_figures,
    pledge_status,
)
from bot.knowledge.draft.meetings import EVENT_PEOPLE, EVENT_PEOPLE_EXAMPLES, EVENT_RULES, MEETING_RULES, meeting_rule
from bot.knowledge.draft.people import split_name
from bot.knowledge.draft.places import OCCASION_EXAMPLES, find_occasion
from bot.knowledge.draft.points import COURTESY_EXAMPLES, POINT_RULES, point_kind
from bot.knowledge.draft.posts import ROLE_RULES, role_key
from bot.knowledge.draft.source import PUBLISHER_RULES


@pytest.mark.parametrize("rule", DATE_RULES, ids=lambda r: r.name)
def test_date_rule_reads_its_examples_and_not_its_counter_examples(rule) -> None:  # type: ignore[no-untyped-def]
    for example in rule.examples:
        assert rule.pattern.search(example), example
    for counter in rule.counter_examples:
        assert not rule.pattern.search(counter), counter


@pytest.mark.parametrize(("text", "month", "day", "year"), [
    ("On December 24, commencing at 2:40 p.m.", 12, 24, None),
    ("began on Sept. 9, was announced", 9, 9, None),
    ("during a meeting in Kyiv, September 9, 2023", 9, 9, 2023),
    ("date 2022-11-14 President", 11, 14, 2022),
    ("in January 1993, while", 1, None, 1993),
    ("1 July 2018", 7, 1, 2018),
], ids=["month-day", "abbreviated", "with-year", "iso", "month-year", "day-month-year"])
def test_first_date_found(text: str, month: int, day: int | None, year: int | None) -> None:
    found = find_dates(text)[0]
    assert (found.month, found.day, found.year) == (month, day, year)


def test_no_date_in_a_span_of_years_or_a_duration() -> None:
    assert find_dates("the Cooperation Program for 2023-2025 lasted 30 minutes") == []


@pytest.mark.parametrize(("written", "reference", "expected", "noted"), [
    ("On December 24", PartialDate(2022, 12, 24), "2022-12-24", True),
    ("On December 28", PartialDate(2023, 1, 5), "2022-12-28", True),
    ("on September 9, 2023", PartialDate(2024, 1, 1), "2023-09-09", False),
], ids=["year-from-dateline", "year-before-dateline", "year-written"])
def test_year_resolution_and_its_note(written: str, reference: PartialDate, expected: str, noted: bool) -> None:
    date, note = resolve(find_dates(written)[0], reference)
    assert date is not None and date.iso() == expected
    assert (note is not None) == noted


def test_an_undated_year_without_a_reference_is_not_guessed() -> None:
    date, reason = resolve(find_dates("On March 4")[0], None)
    assert date is None and reason and "not stated" in reason


@pytest.mark.parametrize(("text", "hhmm"), TIME_EXAMPLES.items())
def test_clock_times(text: str, hhmm: str) -> None:
    assert find_times(text)[0].hhmm == hhmm


def test_time_zone_is_kept_when_written() -> None:
    times = find_times("commencing at 6:05 p.m. (local time; on September 21, 7:05 a.m. JST)")
    assert [(t.hhmm, t.zone) for t in times] == [("18:05", "local time"), ("07:05", "JST")]


@pytest.mark.parametrize(("text", "minutes"), DURATION_EXAMPLES.items())
def test_durations(text: str, minutes: int) -> None:
    assert find_durations(text)[0].minutes == minutes


def test_minutes_not_after_for_are_not_a_duration() -> None:
    assert find_durations("the last 30 minutes of the session") == []


@pytest.mark.parametrize("rule", ROLE_RULES, ids=lambda r: r.key)
def test_role_rule_examples(rule) -> None:  # type: ignore[no-untyped-def]
    for example in rule.examples:
        assert role_key(example) == rule.key, example
    for counter in rule.counter_examples:
        assert role_key(counter) != rule.key, counter


def test_unknown_post_has_no_role_key() -> None:
    assert role_key("Special Adviser to the Cabinet") is None


@pytest.mark.parametrize(("written", "name", "family", "given"), [
    ("HAYASHI Yoshimasa", "Yoshimasa Hayashi", "Hayashi", "Yoshimasa"),
    ("Zheenbek KULUBAEV", "Zheenbek Kulubaev", "Kulubaev", "Zheenbek"),
    ("Amara Quellin", "Amara Quellin", "Quellin", "Amara"),
], ids=["family-first-in-capitals", "family-last-in-capitals", "plain"])
def test_name_order(written: str, name: str, family: str, given: str) -> None:
    assert split_name(written) == (name, family, given)


@pytest.mark.parametrize("rule", MEETING_RULES + EVENT_RULES, ids=lambda r: r.name)
def test_meeting_rule_examples(rule) -> None:  # type: ignore[no-untyped-def]
    for example in rule.examples:
        assert rule.pattern.search(example), example
    for counter in rule.counter_examples:
        assert not rule.pattern.search(counter), counter


def test_event_people_examples() -> None:
    assert all(EVENT_PEOPLE.search(example) for example in EVENT_PEOPLE_EXAMPLES)
    assert not EVENT_PEOPLE.search("The two sides exchanged views on the region.")


def test_a_sentence_without_a_meeting() -> None:
    assert meeting_rule("The two sides exchanged views on disaster risk reduction.") is None


@pytest.mark.parametrize("rule", FIGURE_RULES, ids=lambda r: r.name)
def test_figure_rule_examples(rule) -> None:  # type: ignore[no-untyped-def]
    for example in rule.examples:
        assert find_figures(example), example


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), [
    ("Japan also pledged to provide Ukraine with 24 demining cranes.", 24, "demining cranes", None),
    ("Japan provided more than 1,500 generators to Ukraine", 1500, "generators", "more than"),
    ("Japan to provide $7 billion in aid to Ukraine", 7e9, "USD", None),
    ("grant aid of 10.8 billion yen for food assistance", 10.8e9, "JPY", None),
], ids=["count", "qualified", "dollars", "yen"])
def test_figures_read(text: str, value: float, unit: str, qualifier: str | None) -> None:
    figure = find_figures(text)[0]
    assert (figure.value, figure.unit, figure.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize("text", [
    "On December 24, commencing at 2:40 p.m. for approximately 30 minutes",
    "the Cooperation Program for 2023-2025",
    "relations date back to 1962",
    "the first visit to Zambia by a Japanese Prime Minister in 5 years",
    "The two leaders met",
], ids=["time-and-duration", "span-of-years", "year", "elapsed-years", "two-leaders"])
def test_not_figures(text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize("rule", PLEDGE_RULES, ids=lambda r: r.status)
def test_pledge_rule_examples(rule) -> None:  # type: ignore[no-untyped-def]
    for example in rule.examples:
        assert pledge_status(example) == rule.status, example


def test_years_counted_are_a_fact_not_a_pledge() -> None:
    sentence = "the various assistance Japan has provided over the past 30 years"
    assert pledge_status(sentence, find_figures(sentence)[0]) is None


@pytest.mark.parametrize("rule", POINT_RULES, ids=lambda r: r.kind)
def test_point_rule_examples(rule) -> None:  # type: ignore[no-untyped-def]
    for example in rule.examples:
        assert point_kind(example) == rule.kind, example
    for counter in rule.counter_examples:
        assert point_kind(counter) != rule.kind, counter


@pytest.mark.parametrize("courtesy", COURTESY_EXAMPLES)
def test_courtesies_are_not_points(courtesy: str) -> None:
    assert point_kind(courtesy) is None


@pytest.mark.parametrize(("text", "occasion"), OCCASION_EXAMPLES.items())
def test_occasions(text: str, occasion: str) -> None:
    assert find_occasion(text) == occasion


@pytest.mark.parametrize("rule", PUBLISHER_RULES, ids=lambda r: r.name)
def test_publisher_rule_examples(rule) -> None:  # type: ignore[no-untyped-def]
    for example in rule.examples:
        assert rule.pattern.search(example), example
