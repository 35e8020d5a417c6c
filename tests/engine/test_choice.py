"""Questions offering a choice of two names: the examples read as such, and the confirmed one answers."""

from __future__ import annotations

import pytest

from bot.answers import Answer
from bot.engine import Engine, choice


@pytest.mark.parametrize("text", choice.EXAMPLES)
def test_examples_offer_a_choice(text: str) -> None:
    assert choice.alternatives(text) is not None


@pytest.mark.parametrize("text", choice.COUNTEREXAMPLES)
def test_counterexamples_do_not(text: str) -> None:
    assert choice.alternatives(text) is None


def _ask(confirmed: str):  # type: ignore[no-untyped-def]
    def ask(question: str) -> Answer:
        if confirmed in question:
            return Answer("yes_no", True, "Yes", ("evidence",))
        return Answer("not_found", False, "No records about it")
    return ask


def test_the_one_alternative_the_records_confirm_answers() -> None:
    found = choice.answer("Was it Zorblat or Quillan that Vex met?", _ask("Quillan"))
    assert found is not None and found.answered and found.title == "Quillan"
    assert "Zorblat" in found.text


def test_no_answer_when_both_or_neither_are_confirmed() -> None:
    assert choice.answer("Was it Zorblat or Quillan that Vex met?", _ask("Nobody")) is None
    assert choice.answer("Was it Zorblat or Quillan that Vex met?", _ask("that")) is None


def test_two_claims_offered_that_the_records_do_not_settle_are_not_answered(engine: Engine) -> None:
    answer = engine.ask("In the Japan-Ukraine talks of September 9, 2023, did the Japanese minister travel to Ukraine "
                        "or did the Ukrainians come to Japan?")
    assert not answer.answered and "neither" in answer.text, answer.text
    settled = engine.ask("Did Hayashi go to Kyiv or did Zelenskyy come to Tokyo?")
    assert settled.answered and "Hayashi" in settled.title, settled.text
