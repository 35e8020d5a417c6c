from __future__ import annotations

import datetime as dt

import pytest

from bot.engine import Engine
from bot.engine.anchors import owner_of_history, placed_by_event, placed_by_focus
from bot.engine.query import analyse
from tests.engine.conftest import TODAY, last_answer


def test_a_clause_before_someones_trip_is_a_window_ending_the_day_before_it(engine: Engine) -> None:
    query = analyse("Before Hayashi's trip, which Japanese leader had already been to Ukraine in 2023?", engine.index)
    placed = placed_by_event(query, engine.index)
    assert placed is not None and placed.dates is not None
    assert placed.dates.start == dt.date(2023, 1, 1) and placed.dates.end == dt.date(2023, 9, 8)
    assert all(m.kind != "person" for m in placed.mentions)
    assert placed.words[:2] == ("which", "japanese")
    assert [placed.words[m.start] for m in placed.mentions] == ["japanese", "ukraine"]


def test_that_same_year_is_the_year_of_the_event_the_clause_names(engine: Engine) -> None:
    text = "Before Hayashi's Kyiv trip, which Japanese leader had been to Ukraine that same year"
    query = analyse(text, engine.index)
    placed = placed_by_event(query, engine.index)
    assert placed is not None and placed.dates is not None and placed.dates.start == dt.date(2023, 1, 1)


@pytest.mark.parametrize(("text", "start", "end", "left"), [
    ("where did Kishida go after the Bali meeting?", dt.date(2022, 11, 15), None, "where did kishida go"),
    ("where did Kishida go after Bali?", dt.date(2022, 11, 15), None, "where did kishida go"),
    ("who did Hayashi meet before his trip to Kyiv", None, dt.date(2023, 9, 8), "who did hayashi meet"),
    ("who did Kamikawa meet after the G7 meeting", dt.date(2023, 9, 19), None, "who did kamikawa meet"),
], ids=["the-place-meeting", "a-place-alone", "his-trip-to-a-place", "the-meeting-a-term-names"])
def test_a_clause_naming_an_event_by_its_place_or_term_or_the_subject(
        engine: Engine, text: str, start: dt.date | None, end: dt.date | None, left: str) -> None:
    placed = placed_by_event(analyse(text, engine.index), engine.index)
    assert placed is not None and placed.dates is not None
    assert (placed.dates.start, placed.dates.end) == (start, end)
    assert " ".join(placed.words) == left


def test_a_person_with_several_events_of_the_kind_places_nothing(engine: Engine) -> None:
    # Hayashi took part in meetings on two dates: "his meeting" names no one day.
    query = analyse("After Hayashi's meeting, who did Japan meet?", engine.index)
    assert placed_by_event(query, engine.index) is None


def test_a_claim_of_order_is_left_to_the_dates_compared(engine: Engine) -> None:
    query = analyse("Did the business forum take place after Usmanov met Ikegami?", engine.index)
    assert placed_by_event(query, engine.index) is None
    answer = engine.ask("Did the Uzbekistan–Japan business forum take place after Usmanov met Ikegami?", today=TODAY)
    assert answer.title.startswith("No") and "10 January 2024" in answer.text, answer.text


def test_who_had_been_there_before_someones_trip_is_answered_from_the_window(engine: Engine) -> None:
    answer = engine.ask("Before Hayashi's trip, which Japanese leader had already been to Ukraine in 2023?",
                        today=TODAY)
    assert answer.answered and "Kishida" in answer.title and "Hayashi" not in answer.title


def test_earlier_that_year_is_the_year_of_the_record_last_answered_before_its_day(engine: Engine) -> None:
    query = analyse("who from Japan went earlier that year?", engine.index)
    placed = placed_by_focus(query, "2023-09-09")
    assert placed is not None and placed.dates is not None
    assert (placed.dates.start, placed.dates.end) == (dt.date(2023, 1, 1), dt.date(2023, 9, 8))
    assert "earlier" not in placed.keywords


@pytest.mark.parametrize("question", ["when had the two ministers last met before this?",
                                      "did they meet prior to that?", "who had gone there before him?"])
def test_before_this_is_only_what_is_known_to_come_before_the_record_last_answered(engine: Engine,
                                                                                  question: str) -> None:
    placed = placed_by_focus(analyse(question, engine.index), "2022-12-24")
    assert placed is not None and placed.dates is not None and placed.dates.end == dt.date(2022, 12, 23)
    # (a record of that month, whose day is not known, is not known to come before)
    assert not placed.dates.matches(dt.date(2022, 12, 1), dt.date(2022, 12, 31))
    assert placed.dates.matches(dt.date(2022, 11, 14), dt.date(2022, 11, 14))
    # a deed of that month may be told as done before it ("signed before the meeting")
    signed = placed_by_focus(analyse("what did they sign before it?", engine.index), "2022-12-24")
    assert signed is not None and signed.dates is not None
    assert signed.dates.matches(dt.date(2022, 12, 1), dt.date(2022, 12, 31))


def test_when_two_people_met_before_the_meeting_discussed_is_not_that_meeting(engine: Engine) -> None:
    answer = last_answer(engine, "What international issues did Hayashi and Kulubaev discuss?",
                         "when had the two ministers last met before this?")
    assert not answer.answered and "24 December" not in answer.title, answer.text


def test_relative_dates_need_a_record_and_a_question_without_dates_of_its_own(engine: Engine) -> None:
    assert placed_by_focus(analyse("who went earlier that year?", engine.index), None) is None
    assert placed_by_focus(analyse("who went there in 2022?", engine.index), "2023-09-09") is None
    # "later that month" of a record dated to a month says nothing
    assert placed_by_focus(analyse("what happened later that month?", engine.index), "2023-03") is None
    later = placed_by_focus(analyse("what happened later that year?", engine.index), "2023-03")
    assert later is not None and later.dates is not None and later.dates.start == dt.date(2023, 4, 1)


def test_who_went_there_earlier_that_year_follows_the_journey_just_discussed(engine: Engine) -> None:
    first = engine.ask("Was Hayashi's Kyiv trip the first by a Japanese foreign minister since the full-scale war "
                       "began?", today=TODAY)
    went = engine.ask("who from Japan went earlier that year?", first.focus, today=TODAY)
    assert went.answered and went.title == "Fumio Kishida"
    month = engine.ask("in which month?", went.focus, today=TODAY)
    assert month.answered and "March 2023" in month.text


@pytest.mark.parametrize(("text", "start", "end"), [
    ("where did he travel about nine months later?", dt.date(2023, 8, 24), dt.date(2023, 10, 24)),
    ("what did she do two days before?", dt.date(2022, 12, 22), dt.date(2022, 12, 22)),
    ("and three years earlier?", dt.date(2018, 12, 24), dt.date(2020, 12, 24)),
])
def test_a_span_from_the_record_last_answered(engine: Engine, text: str, start: dt.date, end: dt.date) -> None:
    placed = placed_by_focus(analyse(text, engine.index), "2022-12-24")
    assert placed is not None and placed.dates is not None
    assert (placed.dates.start, placed.dates.end) == (start, end)


def test_a_span_before_a_named_thing_is_no_span_from_the_last_record(engine: Engine) -> None:
    assert placed_by_focus(analyse("what happened two days before the forum?", engine.index), "2022-12-24") is None


def test_a_day_alone_is_of_the_month_of_the_record_last_answered(engine: Engine) -> None:
    placed = placed_by_focus(analyse("and at the meeting on the 26th?", engine.index), "2024-01-10")
    assert placed is not None and placed.dates is not None
    assert placed.dates.start == placed.dates.end == dt.date(2024, 1, 26)
    assert placed_by_focus(analyse("and at the meeting on the 31st?", engine.index), "2024-02-10") is None


def test_days_before_talks_with_someone_is_that_many_days_before_the_meeting(engine: Engine) -> None:
    answer = engine.ask("What meeting did Japan's foreign minister host in New York two days before her talks with "
                        "Kuleba?", today=TODAY)
    assert answer.answered and "G7" in answer.text and "20 September 2023 —" not in answer.text, answer.text


@pytest.mark.parametrize("text", [
    "Who was the first Japanese foreign minister in Ukraine after Russia's full-scale invasion began?",
    "What has Japan given Ukraine since the start of Russia's invasion?",
])
def test_a_country_whose_own_event_a_time_clause_names_is_no_name_to_match(engine: Engine, text: str) -> None:
    placed = owner_of_history(analyse(text, engine.index), engine.index)
    assert placed is not None
    assert [m.id for m in placed.mentions if m.kind == "country"] == ["japan", "ukraine"]
    assert "invas" in placed.keywords


@pytest.mark.parametrize("text", [
    "What happened after Russia's invasion?",  # the country is all the question names
    "Who met Kuleba after the Russia talks?",  # no event of the country's own history
])
def test_a_time_clause_keeps_the_country_when_it_is_what_is_asked(engine: Engine, text: str) -> None:
    assert owner_of_history(analyse(text, engine.index), engine.index) is None


def test_the_first_minister_there_since_a_war_is_found_though_no_record_names_the_invader(engine: Engine) -> None:
    answer = engine.ask("Who was the first Japanese foreign minister to set foot in Ukraine after Russia's "
                        "full-scale invasion began?", today=TODAY)
    assert answer.answered and "Hayashi" in answer.title


def test_what_happened_in_a_country_that_year_lists_the_records_of_that_year(engine: Engine) -> None:
    answer = last_answer(engine, "When did Japan's diplomatic relations with Rwanda and with Uzbekistan begin?",
                         "which is older, and by how many years?", "what happened in Rwanda that year?")
    assert answer.answered and "independence in 1962" in answer.text, answer.text
    later = last_answer(engine, "since what year have japan and rwanda had diplomatic ties",
                        "what happened in Rwanda that year?", "how many years later did the Kigali embassy open?")
    assert later.answered and later.title == "48 years", later.text


def test_a_meeting_some_days_before_the_one_discussed_is_not_of_its_occasion(engine: Engine) -> None:
    answer = last_answer(engine, "When did Kamikawa meet Kuleba?",
                         "What meeting had she held two days earlier to send a strong message?")
    assert answer.answered and "G7" in answer.text and "18 September 2023" in answer.text, answer.text
    assert "two days before 20 September 2023" in answer.text, answer.text


def test_after_a_place_two_people_met_is_after_their_meeting_there(engine: Engine) -> None:
    answer = last_answer(engine, "Where did Kamikawa and Kuleba meet after New York?")
    assert not answer.answered and "after 20 September 2023" in answer.text, answer.text


@pytest.mark.parametrize("question", ["who from japan visited ukraine before hayashi",
                                      "which japanese leader went to ukraine before hayashi did?"])
def test_a_journey_before_someone_is_before_their_journey_there(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "Kishida" in answer.title and "Hayashi" not in answer.title, answer.text


def test_a_meeting_named_by_its_noun_and_place_dates_the_clause(engine: Engine) -> None:
    read = placed_by_event(analyse("when did kagame and kishida meet before their talks in bali", engine.index),
                           engine.index)
    assert read is not None and read.dates is not None and read.dates.end == dt.date(2022, 11, 13), read
    answer = engine.ask("When had Kagame and Kishida last met before their talks in Bali?", today=TODAY)
    assert not answer.answered and "before 14 November 2022" in answer.text, answer.text


def test_a_journey_before_someones_that_year_is_bounded_by_both(engine: Engine) -> None:
    read = placed_by_event(analyse("who went to Ukraine before Yoshimasa Hayashi that year?", engine.index),
                           engine.index)
    assert read is not None and read.dates is not None and read.dates.start == dt.date(2023, 1, 1), read


@pytest.mark.parametrize("question", [
    "Which Japanese prime minister visited Ukraine in March 2023, ahead of Foreign Minister Hayashi's trip?",
    "who visited ukraine prior to foreign minister hayashi's visit?",
])
def test_ahead_of_someone_s_journey_named_with_their_post_is_before_it(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "Kishida" in answer.title + answer.text and "Bucha" not in answer.text, answer.text


def test_a_clock_ahead_of_a_place_is_no_side_of_an_event(engine: Engine) -> None:
    query = analyse("How many hours ahead of New York was Japan at the time of the Kamikawa-Kuleba meeting?",
                    engine.index)
    assert placed_by_event(query, engine.index) is None
