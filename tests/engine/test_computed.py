"""Answers computed from records' values: the gap between two clocks, lengths added up, how much longer, how many
more, how many years a range spans."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from tests.engine.conftest import TODAY, last_answer


@pytest.mark.parametrize("question", [
    "How many hours ahead of New York is Japan, going by the Kamikawa–Kuleba meeting?",
    "Going by the times given for the Kamikawa–Kuleba meeting, how many hours is Japan ahead of New York?",
    "What was the time difference between Tokyo and New York during the Kamikawa-Kuleba meeting?",
])
def test_the_gap_between_the_local_clock_and_japans(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "13 hours ahead" in answer.text, answer.text
    assert "18:05" in answer.text and "7:05 a.m. JST" in answer.sources[0].quote


def test_no_gap_when_the_source_gives_one_clock(engine: Engine) -> None:
    answer = engine.ask("How many hours ahead of Japan was Kyrgyzstan at the Hayashi–Kulubaev meeting?", today=TODAY)
    assert not answer.answered and "does not give the time both" in answer.text


@pytest.mark.parametrize("question", [
    "Together, how many minutes did the two timed foreign ministers' meetings last?",
    "What is the combined length of the meetings whose durations are stated?",
])
def test_lengths_added_up_with_each_listed(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title.startswith("About 55 minutes in all"), answer.text
    assert "25 minutes" in answer.text and "30 minutes" in answer.text


def test_no_total_when_a_length_is_missing(engine: Engine) -> None:
    answer = engine.ask("How long did Hayashi's meetings last in total?", today=TODAY)
    assert not answer.answered and "no total" in answer.text


@pytest.mark.parametrize("question", [
    "What was the combined length of the Hayashi-Kulubaev and Kamikawa-Kuleba meetings?",
    "How long did the Hayashi-Kulubaev and Kamikawa-Kuleba meetings last together?",
])
def test_the_lengths_of_two_named_meetings_added(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title.startswith("About 55 minutes in all (2 meetings)"), answer.text


def test_no_total_of_two_named_meetings_when_one_length_is_missing(engine: Engine) -> None:
    answer = engine.ask("How long did the Hayashi-Kulubaev and Kagame-Kishida meetings last in total?", today=TODAY)
    assert not answer.answered and "no total" in answer.text


@pytest.mark.parametrize(("question", "title"), [
    ("How many more demining cranes than auto transformers did Japan mention for Ukraine?", "22 more"),
    ("How many fewer transformers than cranes did Japan promise Ukraine?", "22 fewer"),
    ("how many more generators than cranes did japan provide ukraine?", "over 1476 more"),
])
def test_the_difference_of_two_figures_each_from_its_record(engine: Engine, question: str, title: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title == title, answer.text
    assert len(answer.sources) == 2


@pytest.mark.parametrize("question", [
    "How many minutes longer was Hayashi's meeting with Kulubaev than Kamikawa's meeting with Kuleba?",
    "How much shorter was the Kamikawa-Kuleba meeting than the Hayashi-Kulubaev one?",
    "by how many minutes was the kyrgyz fm meeting longer than the kamikawa-kuleba one",
    "By how much was the Kamikawa-Kuleba meeting shorter than the Hayashi-Kulubaev one?",
])
def test_how_much_longer_one_meeting_was_than_another(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title == "About 5 minutes", answer.text


def test_how_much_longer_with_a_length_missing_is_not_answered(engine: Engine) -> None:
    answer = engine.ask("How many minutes longer was the Kagame-Kishida meeting than the Hayashi-Kulubaev one?",
                        today=TODAY)
    assert not answer.answered and "does not state how long" in answer.text, answer.text


def test_the_years_a_range_in_a_record_spans(engine: Engine) -> None:
    answer = engine.ask("How many years does the Japan-Kyrgyz foreign ministries' cooperation program cover?",
                        today=TODAY)
    assert answer.answered and answer.title == "3 years (2023 to 2025)", answer.text
    assert "2023-2025" in answer.sources[0].quote


@pytest.mark.parametrize(("question", "title"), [
    ("How many demining cranes and auto transformers together did Japan commit to Ukraine?", "26 in all"),
    ("how many generators and transformers did japan send ukraine in total", "over 1,502 in all"),
], ids=["two-exact-figures", "a-figure-stated-as-more-than"])
def test_two_counts_asked_together_are_added(engine: Engine, question: str, title: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title == title, answer.text


def test_added_together_before_the_question_asks_for_the_sum(engine: Engine) -> None:
    answer = engine.ask("Added together, how many demining cranes and auto transformers did Japan promise Ukraine?")
    assert answer.title == "26 in all", answer.text


@pytest.mark.parametrize("total", ["combined?", "what's their total length in minutes?"])
def test_the_lengths_of_the_two_meetings_just_shown_added(engine: Engine, total: str) -> None:
    answer = last_answer(engine, "How long was Kamikawa's meeting with Kuleba?",
                         "and hayashi's with the kyrgyz minister?", total)
    assert answer.answered and "55 minutes" in answer.title, answer.text


def test_the_total_of_the_two_after_picking_from_a_list_of_lengths(engine: Engine) -> None:
    # the list's own question asked the lengths; picking from it ("the shorter one, who ...?") keeps that question
    answer = last_answer(engine, "Which meetings in the records give a length, and how long was each?",
                         "The shorter one, who was on the Japanese side?", "And the longer one?",
                         "What's the total of the two?")
    assert answer.answered and "55 minutes" in answer.title, answer.text


def test_the_shorter_and_the_longer_of_a_list_of_lengths(engine: Engine) -> None:
    turns = ("Which meetings in the records give a length, and how long was each?",)
    shorter = last_answer(engine, *turns, "The shorter one, who was on the Japanese side?")
    longer = last_answer(engine, *turns, "The shorter one, who was on the Japanese side?", "And the longer one?")
    assert "Kamikawa" in shorter.text and "Hayashi" not in shorter.text, shorter.text
    assert "Hayashi" in longer.text and "Kamikawa" not in longer.text, longer.text


def test_a_total_of_the_meetings_shown_without_a_length_is_not_given(engine: Engine) -> None:
    answer = last_answer(engine, "How long was Kamikawa's meeting with Kuleba?", "and kagame's with kishida?",
                         "combined?")
    assert not answer.answered and "so no total" in answer.text, answer.text


def test_a_meeting_asked_after_a_total_of_lengths_is_asked_its_length(engine: Engine) -> None:
    answer = last_answer(engine, "Which meetings in the records give a length, and how long was each?",
                         "What's the total of the two?", "What about the Kagame-Kishida meeting?")
    assert not answer.answered and "how long" in answer.text, answer.text


def test_adding_up_the_lengths_given_is_their_total(engine: Engine) -> None:
    answer = engine.ask("Adding up the meetings whose length is given, how many minutes of talks is that?", today=TODAY)
    assert answer.answered and answer.title.startswith("About 55 minutes"), answer.text
