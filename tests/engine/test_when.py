import datetime as dt

import pytest

from bot.engine import when
from bot.engine.engine import Engine
from bot.engine.query import analyse
from bot.engine.when import DateFilter, find_date, parse_month_day, parse_month_day_in, span_slice
from tests.engine.conftest import TODAY, last_answer


@pytest.mark.parametrize(
    ("arg", "expected"),
    [("26 January", (1, 26)), ("Jan 26", (1, 26)), ("2024-01-26", (1, 26)), ("26/01", (1, 26)),
     ("14th of November", (11, 14)), ("31/02", None), ("2023-13-01", None), ("tomorrow", None),
     ("26 January and more", None), ("", None)],
    ids=["d-month", "mon-d", "iso", "d/m", "ordinal", "impossible-day", "impossible-month", "word",
         "trailing-words", "empty"],
)
def test_parse_month_day(arg: str, expected: tuple[int, int] | None) -> None:
    assert parse_month_day(arg) == expected


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("meetings in September 2023", dt.date(2023, 9, 1), dt.date(2023, 9, 30)),
        ("between 2022 and 2023", dt.date(2022, 1, 1), dt.date(2023, 12, 31)),
        ("before 2023", None, dt.date(2022, 12, 31)),
        ("after September 2023", dt.date(2023, 10, 1), None),
        ("since 2023", dt.date(2023, 1, 1), None),
        ("in winter 2022", dt.date(2022, 12, 1), dt.date(2023, 2, 28)),
        ("in 2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("between October 2022 and March 2023", dt.date(2022, 10, 1), dt.date(2023, 3, 31)),
        ("from Jan 2024 to Nov 2022", dt.date(2022, 11, 1), dt.date(2024, 1, 31)),
        ("in the last two months of 2022", dt.date(2022, 11, 1), dt.date(2022, 12, 31)),
        ("the first 3 months of 2024", dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
        ("in the second half of 2023", dt.date(2023, 7, 1), dt.date(2023, 12, 31)),
        ("in the third quarter of 2023", dt.date(2023, 7, 1), dt.date(2023, 9, 30)),
        ("meetings in Q1 2024", dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
        ("late 2022", dt.date(2022, 9, 1), dt.date(2022, 12, 31)),
        ("by mid-2023", dt.date(2023, 5, 1), dt.date(2023, 8, 31)),
        ("after the first half of 2023", dt.date(2023, 7, 1), None),
        ("the killings in Feb and March 2022", dt.date(2022, 2, 1), dt.date(2022, 3, 31)),
        ("met between May and June 2023", dt.date(2023, 5, 1), dt.date(2023, 6, 30)),
        ("held in November or December 2022", dt.date(2022, 11, 1), dt.date(2022, 12, 31)),
        ("met in 2022 or 2023", dt.date(2022, 1, 1), dt.date(2023, 12, 31)),
    ],
    ids=["month-year", "range", "before", "after", "since", "season", "year", "month-range", "month-range-reversed",
         "last-months", "first-months", "half", "quarter", "q", "late", "mid", "after-half",
         "months-of-a-year", "between-months", "either-month", "either-year"],
)
def test_date_spans(question: str, start: dt.date | None, end: dt.date | None) -> None:
    found, _ = find_date(question)
    assert found is not None
    assert (found.start, found.end) == (start, end)


def test_either_of_two_months_apart_is_not_the_span_between_them() -> None:
    found, _ = find_date("held in March or September 2023")
    assert found is not None and (found.start, found.end) != (dt.date(2023, 3, 1), dt.date(2023, 9, 30))


def test_month_and_day_without_year_matches_any_year() -> None:
    found, rest = find_date("What happened on November 14?")
    assert found is not None and (found.month, found.day) == (11, 14)
    assert found.matches(dt.date(2022, 11, 14), dt.date(2022, 11, 14))
    assert not found.matches(dt.date(2022, 11, 1), dt.date(2022, 11, 30))  # a month-precision date
    assert "14" not in rest


def test_may_alone_is_not_a_month() -> None:
    assert find_date("may I ask who met Kagame")[0] is None
    assert find_date("did the talks march on")[0] is None


@pytest.mark.parametrize("text, month", [("what day in March?", 3), ("who did he meet in may", 5),
                                         ("anything during Dec?", 12)])
def test_a_short_or_verb_like_month_after_in_is_a_month(text: str, month: int) -> None:
    found = find_date(text)[0]
    assert found is not None and found.month == month and found.day is None


def test_a_part_of_a_year_is_no_order(engine: Engine) -> None:
    """"the last two months of 2022" asks for a span, not for the latest record."""
    query = analyse("Which meetings took place in the last two months of 2022?", engine.index)
    assert query.order is None and query.dates is not None and query.dates.label == "the last two months of 2022"


def test_the_date_in_japan_is_the_day_the_source_gives_with_japans_clock(engine: Engine) -> None:
    answer = engine.ask("What was the date in Japan when Kamikawa and Kuleba met?", today=TODAY)
    assert answer.answered and answer.title == "21 September 2023 in Japan" and "20 September 2023" in answer.text
    local = engine.ask("When did Kamikawa meet Kuleba?", today=TODAY)
    assert "20 September 2023" in local.text and "in Japan" not in local.title


def test_a_dates_preposition_goes_with_it(engine: Engine) -> None:
    query = analyse("In September 2023 Japan's foreign ministers met Ukrainian officials", engine.index)
    assert query.dates is not None and query.venues == ()  # not "held in Japan"
    assert analyse("Which meetings were held in Japan in 2022?", engine.index).venues == (("country", "japan", False),)



@pytest.mark.parametrize(("text", "start", "end"), [
    ("did they establish ties in the 1970s?", dt.date(1970, 1, 1), dt.date(1979, 12, 31)),
    ("in the early 1990s", dt.date(1990, 1, 1), dt.date(1993, 12, 31)),
])
def test_a_decade_is_its_years(text: str, start: dt.date, end: dt.date) -> None:
    found, _ = find_date(text)
    assert found is not None and (found.start, found.end) == (start, end)


def test_a_span_open_to_the_past_slices_from_the_first_record() -> None:
    firsts = [dt.date(2020, 1, 1), dt.date(2022, 1, 1), dt.date(2024, 1, 1)]
    assert span_slice(firsts, dt.date.min, dt.date(2022, 6, 1)) == slice(0, 2)
    assert span_slice(firsts, dt.date(2023, 1, 1), None) == slice(1, 3)


def test_a_question_of_what_came_before_the_meeting_just_discussed_is_answered(engine: Engine) -> None:
    answer = last_answer(engine, "who met Kulubaev from Japan?", "what did they sign b4 it")
    assert answer.kind != "error", answer.text


@pytest.mark.parametrize(("text", "label"), [
    ("who did the minister meet in kyiv in sept 23", "September 2023"),
    ("what happened in Dec '22?", "December 2022"),
    ("whose embassy opened in jan 93?", "January 1993"),
    ("what happened on sept 23?", "23 September"),
    ("in september 23rd", "23 September"),
    ("in sept 23, 2023", "23 September 2023"),
])
def test_a_month_and_a_year_of_two_digits(text: str, label: str) -> None:
    found, _ = find_date(text)
    assert found is not None and found.label == label


def test_the_month_and_day_of_a_date_within_a_longer_text() -> None:
    assert parse_month_day_in("6:05 p.m. local time (on September 21, 7:05 a.m. JST)") == (9, 21)
    assert parse_month_day_in("in the evening; no clock time is given") is None
    assert parse_month_day_in("held in September 2023") is None  # a month names no day


@pytest.mark.parametrize("text", when.CLOCK_EXAMPLES)
def test_clock_examples_name_a_time_of_day(text: str) -> None:
    assert when.parse_clocks(text)


@pytest.mark.parametrize("text", when.CLOCK_COUNTEREXAMPLES)
def test_clock_counterexamples_name_none(text: str) -> None:
    assert when.parse_clocks(text) == ()


@pytest.mark.parametrize(("text", "clocks"), [
    ("at 7:05 a.m. Japan time", ("07:05",)), ("began at 6.05pm", ("18:05",)), ("at 18:05", ("18:05",)),
    ("at 12:30 a.m.", ("00:30",)), ("at 12:30 pm", ("12:30",)), ("7:05 in the evening", ("19:05",)),
    # without a.m. or p.m., both readings
    ("at 6:05", ("06:05", "18:05")),
])
def test_a_time_of_day_in_twenty_four_hours(text: str, clocks: tuple[str, ...]) -> None:
    assert when.parse_clocks(text) == clocks


@pytest.mark.parametrize("question", [
    "Which meeting began at 7:05 a.m. Japan time on 21 September 2023?",
    "What diplomatic meeting began at 7:05 in the morning Japan time on September 21?",
    "which talks started at 7:05am tokyo time?",
])
def test_a_meeting_chosen_by_its_time_and_day_in_japan(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.kind == "meetings" and len(answer.items) == 1, answer.text
    assert "Kuleba" in answer.items[0].label and "7:05 a.m. JST" in answer.text, answer.text


def test_a_meeting_chosen_by_its_local_time(engine: Engine) -> None:
    answer = engine.ask("Which meeting started at 2:40 p.m.?", today=TODAY)
    assert answer.answered and len(answer.items) == 1 and "Kulubaev" in answer.items[0].label, answer.text
    none = engine.ask("which meetings started at 9:00?", today=TODAY)
    assert not none.answered and "09:00" in none.text, none.text


def test_a_time_of_day_no_meeting_began_at_is_no_answer(engine: Engine) -> None:
    # (without the time, the words would find the meeting that most matches "what happened")
    answer = engine.ask("at 6:15 p.m., what happened?", today=TODAY)
    assert not answer.answered, answer.text


def test_a_season_without_a_year_is_those_months_of_any_year() -> None:
    found, rest = find_date("which meetings fell in winter, whatever the year?")
    assert found is not None and found.months == (12, 1, 2) and found.any_year
    assert "winter" not in rest
    assert found.matches(dt.date(2022, 12, 24), dt.date(2022, 12, 24))
    assert found.matches(dt.date(2024, 1, 1), dt.date(2024, 1, 31))  # a month known, no day
    assert not found.matches(dt.date(2023, 9, 9), dt.date(2023, 9, 9))
    assert not found.matches(dt.date(2022, 1, 1), dt.date(2022, 12, 31))  # a year known, no month
    summer, _ = find_date("anything during the summer?")
    assert summer is not None and summer.months == (6, 7, 8)
    dated, _ = find_date("what happened in winter 2022?")
    assert dated is not None and not dated.any_year and dated.start == dt.date(2022, 12, 1)
    # "the spring before her trip" is placed by the trip, not any spring
    anchored, _ = find_date("who travelled to Ukraine in the spring before the Kyiv trip?")
    assert anchored is None


@pytest.mark.parametrize(("clock", "written"), [
    (dt.time(7, 30), "7:30 a.m."), (dt.time(18, 5), "6:05 p.m."), (dt.time(0, 15), "12:15 a.m."),
    (dt.time(12, 0), "12:00 p.m."),
])
def test_a_time_of_day_is_written_as_the_sources_write_it(clock: dt.time, written: str) -> None:
    assert when.twelve_hour(clock) == written


@pytest.mark.parametrize(("text", "year"), [
    ("did they send Veloria 2000 generators?", None),  # a count of generators
    ("did they send Veloria about 2000 generators?", None),  # a count said roughly
    ("did they send Veloria like 2000 generators?", None),
    ("what happened around 2000?", 2000),
    ("2000 cranes were pledged", None),
    ("what happened in 2000?", 2000),
    ("the 2023 summits", 2023),
    ("which 2022 meetings were held in Kyiv?", 2022),
    ("Zembla's 2023 pledges", 2023),
    ("in 2022, generators were sent", 2022),
])
def test_a_number_of_four_digits_before_a_plural_noun_counts_it(text: str, year: int | None) -> None:
    found, _ = find_date(text)
    assert (found.start.year if found is not None and found.start is not None else None) == year


def test_a_day_of_the_month_alone_is_that_day_of_any_month() -> None:
    found, _ = find_date("was it on the 21st?")
    assert found is not None and found.day == 21 and found.month is None and found.any_year
    assert found.matches(dt.date(2023, 9, 21), dt.date(2023, 9, 21))
    assert not found.matches(dt.date(2023, 9, 20), dt.date(2023, 9, 20))
    assert not found.matches(dt.date(2023, 9, 1), dt.date(2023, 9, 30))  # a record of a month is of no one day


@pytest.mark.parametrize(("text", "start", "end"), [
    ("in late September 2023", dt.date(2023, 9, 21), dt.date(2023, 9, 30)),
    ("in early September 2023", dt.date(2023, 9, 1), dt.date(2023, 9, 10)),
    ("mid-February 2024", dt.date(2024, 2, 11), dt.date(2024, 2, 20)),
    # a deadline is the month it names
    ("by the end of September 2023", dt.date(2023, 9, 1), dt.date(2023, 9, 30)),
])
def test_a_part_of_a_month_is_a_third_of_it(text: str, start: dt.date, end: dt.date) -> None:
    found, _ = when.find_date(text)
    assert found is not None and (found.start, found.end) == (start, end), found


def test_an_open_window_holds_only_what_is_known_to_fall_in_it() -> None:
    after = DateFilter("after 20 September 2023", start=dt.date(2023, 9, 21))
    assert not after.matches(dt.date(2023, 9, 1), dt.date(2023, 9, 30))  # "September 2023": not known to be after
    assert after.matches(dt.date(2023, 10, 1), dt.date(2023, 10, 31))
    before = DateFilter("before 10 January 2024", end=dt.date(2024, 1, 9))
    assert not before.matches(dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    assert before.matches(dt.date(2023, 12, 1), dt.date(2023, 12, 31))


def test_who_someone_met_after_their_last_meeting_is_nobody_the_records_show(engine: Engine) -> None:
    answer = engine.ask("who did kamikawa meet after her talks with kuleba?", today=TODAY)
    assert not answer.answered and "after 20 September 2023" in answer.text, answer.text


@pytest.mark.parametrize("question", ["exact day the uzbek embassy opened in tokyo?",
                                      "what day did the uzbek embassy open in tokyo?"])
def test_an_exact_day_asked_of_a_record_dated_to_the_month_is_not_given(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "no exact date, only February 1996" in answer.text, answer.text
