"""What someone said or did, as the records report it."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from tests.engine.conftest import TODAY, last_answer


@pytest.mark.parametrize(("question", "speech"), [
    ("What did Kagame say in his address to the summit plenary?", "in his address to the summit plenary"),
    ("What did Kuleba say in his speech to the UN General Assembly?", "in his speech to the UN General Assembly"),
])
def test_what_was_said_in_a_speech_no_record_reports_is_not_what_was_said_elsewhere(
        engine: Engine, question: str, speech: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and speech in answer.text, answer.text


def test_what_was_said_without_naming_a_speech_is_what_the_records_report(engine: Engine) -> None:
    answer = engine.ask("What did Kuleba say to Kamikawa?", today=TODAY)
    assert answer.answered and "congratulated" in answer.text, answer.text


@pytest.mark.parametrize("question", ["How did Kuleba open his conversation with Kamikawa?",
                                      "How did Kuleba open his response to Kamikawa?"])
def test_how_someone_opened_is_the_first_thing_the_records_report_they_said(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "congratulated" in answer.text and "appreciation" not in answer.text, answer.text


def test_a_thing_asked_by_its_noun_that_nothing_said_names_is_not_answered(engine: Engine) -> None:
    plan = last_answer(engine, "Who met Dmytro Kuleba on 20 September 2023?", "Which peace plan did she bring up?")
    assert not plan.answered and "plan" in plan.text, plan.text
    # a noun that what was said names is answered
    named = last_answer(engine, "Who met Dmytro Kuleba on 20 September 2023?", "Which attacks did she condemn?")
    assert named.answered and "drone" in named.text, named.text
