"""A subject put first and taken up by a pronoun."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.engine.fronted import (
    CHOICE_COUNTEREXAMPLES,
    CHOICE_EXAMPLES,
    COUNTEREXAMPLES,
    EXAMPLES,
    choice_put_last,
    unfronted,
)
from tests.engine.conftest import TODAY, last_answer


@pytest.mark.parametrize("text", EXAMPLES)
def test_examples_take_the_subject_into_the_pronoun(text: str) -> None:
    moved = unfronted(text)
    assert moved != text and not any(mark in moved for mark in ("—", " - ", ":"))


@pytest.mark.parametrize("text", COUNTEREXAMPLES)
def test_counterexamples_are_unchanged(text: str) -> None:
    assert unfronted(text) == text


@pytest.mark.parametrize("text", CHOICE_EXAMPLES)
def test_a_choice_put_first_is_read_with_the_two_offered_last(text: str) -> None:
    read = choice_put_last(text)
    assert read != text and read.split()[0] in ("Which", "In", "At") and " or " in read and read.endswith("?")


@pytest.mark.parametrize("text", CHOICE_COUNTEREXAMPLES)
def test_a_choice_of_one_thing_or_of_three_is_unchanged(text: str) -> None:
    assert choice_put_last(text) == text


def test_the_two_things_keep_their_own_words() -> None:
    assert choice_put_last("Of the two meetings, Quell with Marek and Velda with Dorin, which one was longer?") \
        == "Which one was longer, Quell with Marek or Velda with Dorin?"


def test_a_possessive_pronoun_takes_the_possessive() -> None:
    assert unfronted("the Velda minister - what was her post?") == "what was the Velda minister's post?"
    assert unfronted("Dorin: what did he discuss with Ostra?") == "what did Dorin discuss with Ostra?"


def test_the_subject_put_first_wins_over_the_last_answer(engine: Engine) -> None:
    first = engine.ask("When did Kamikawa meet Kuleba?", today=TODAY)
    # "him" is the president put first, not Kuleba of the last answer; the president is Ukraine's
    answer = engine.ask("the president - who met him?", first.focus, today=TODAY)
    assert answer.answered and "Hayashi" in answer.text and "Kamikawa" not in answer.text, answer.text


def test_a_choice_put_first_is_answered_as_a_choice(engine: Engine) -> None:
    answer = engine.ask("Of Hayashi's meeting with Kulubaev and Kamikawa's with Kuleba, which one was longer?")
    assert answer.answered and answer.title.startswith("Longer:") and "Kyrgyz" in answer.title, answer.text


def test_two_things_offered_before_the_question_are_a_choice_between_them(engine: Engine) -> None:
    answer = engine.ask("uzbek embassy in tokyo or japanese one in tashkent, which came first")
    first = answer.text.split("\n")[0]
    assert answer.answered and first.startswith("Earlier") and "Tashkent" in first, answer.text



def test_a_record_named_as_a_headline_is_what_the_question_after_it_asks_of() -> None:
    assert unfronted("kagame kishida meeting who came with kagame") == \
        "who came with kagame at the kagame kishida meeting?"
    assert unfronted("when was the meeting") == "when was the meeting"


def test_a_companion_asked_after_a_headline_is_a_companion(engine: Engine) -> None:
    answer = last_answer(engine, "kagame kishida meeting who came with kagame", "whats birutas job",
                         "and the other guy")
    assert answer.answered and "Ndagijimana" in answer.title, answer.text


def test_who_on_what_then_anything_said_asks_whether_they_said_anything_of_it(engine: Engine) -> None:
    assert unfronted("usmanov and ikegami on afghanistan - anything said") == \
        "did usmanov and ikegami say anything about afghanistan?"
    answer = engine.ask("usmanov and ikegami on afghanistan - anything said", today=TODAY)
    assert not answer.answered and "news outlet" not in answer.text, answer.text



def test_a_meeting_named_as_a_headline_before_a_comma_is_what_the_question_asks_of(engine: Engine) -> None:
    answer = engine.ask("usmanov ikegami meeting, what was it about", today=TODAY)
    assert answer.kind == "meeting_answer" and "Usmanov" in answer.title and "Daryo" not in answer.text, answer.text
