"""A person named with a post or country the records never give them: the premise is said to be false,
and the question is asked of the person alone."""

from __future__ import annotations

import pytest

from bot.engine import Engine, premises
from bot.engine.query import analyse
from bot.engine.text import fold
from tests.engine.conftest import TODAY


def _found(engine: Engine, text: str) -> premises.Misdescribed | None:
    query = analyse(text, engine.index)
    return premises.misdescribed(query, engine.kb, {fold(n).lower(): n for n in query.outside})


@pytest.mark.parametrize("text", premises.EXAMPLES)
def test_examples_describe_someone_otherwise_than_the_records(engine: Engine, text: str) -> None:
    assert _found(engine, text) is not None


@pytest.mark.parametrize("text", premises.COUNTEREXAMPLES)
def test_counterexamples_describe_them_as_the_records_do(engine: Engine, text: str) -> None:
    assert _found(engine, text) is None




def test_a_wrong_country_is_corrected_and_the_question_answered(engine: Engine) -> None:
    answer = engine.ask("What did Kamikawa discuss with Belarus's foreign minister Dmytro Kuleba in New York?",
                        today=TODAY)
    assert answer.answered and "Peace Formula" in answer.text
    assert "not Belarus's foreign minister" in answer.lines[0] and "Ukraine" in answer.lines[0]


def test_a_claim_of_a_wrong_post_is_denied_with_what_is_true(engine: Engine) -> None:
    answer = engine.ask("Did Vincent Biruta attend the Bali meeting as Rwanda's finance minister?", today=TODAY)
    assert answer.answered and answer.title.split(",")[0] == "No"
    assert "Foreign Affairs and Cooperation" in answer.text and "alone: Yes" in answer.text


@pytest.mark.parametrize("question", [
    "Kulubaev is Kazakhstan's foreign minister, correct?",
    "Is Kulubaev Kazakhstan's foreign minister?",
], ids=["statement-with-a-tag", "question"])
def test_a_post_claimed_after_the_name_is_denied_with_the_post_the_records_give(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title.split(",")[0] == "No", answer.text
    assert "Kyrgyz" in answer.text and "alone" not in answer.text, answer.text


def test_a_post_opening_a_claim_and_a_name_closing_it_is_judged_with_the_holder_given(engine: Engine) -> None:
    answer = engine.ask("Was Rwanda's Minister of Foreign Affairs at the Kagame–Kishida meeting Dr. Uzziel "
                        "Ndagijimana?", today=TODAY)
    assert answer.title.startswith("No") and "Biruta" in answer.text, answer.text
    right = engine.ask("Was Rwanda's foreign minister at the Bali meeting Vincent Biruta?", today=TODAY)
    assert right.title == "Yes", right.text
