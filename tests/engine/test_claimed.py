"""A claim put as a statement to be checked, read as the yes/no question it is."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.engine.claimed import (
    CONTRAST_COUNTEREXAMPLES,
    CONTRAST_EXAMPLES,
    COUNTEREXAMPLES,
    EXAMPLES,
    as_claim,
    without_contrast,
)
from tests.engine.conftest import TODAY


@pytest.mark.parametrize("text", EXAMPLES)
def test_examples_are_asked_as_claims(text: str) -> None:
    asked = as_claim(text)
    assert asked.startswith("Is it true that ") and asked.endswith("?") and "?" not in asked[:-1], asked


@pytest.mark.parametrize("text", COUNTEREXAMPLES)
def test_counterexamples_are_unchanged(text: str) -> None:
    assert as_claim(text) == text


def test_the_claim_keeps_its_words() -> None:
    assert as_claim("According to the draft, the visit was announced a week in advance. Is that accurate?") == (
        "Is it true that the visit was announced a week in advance?")


@pytest.mark.parametrize(("statement", "shown"), [
    ("True or false: Kamikawa met Kuleba in Kyiv.", "New York"),
    ("The draft also says Prime Minister Kishida had visited Ukraine in May of 2023. Right?", "March 2023")])
def test_a_false_statement_is_answered_no_with_the_record(engine: Engine, statement: str, shown: str) -> None:
    answer = engine.ask(statement, today=TODAY)
    assert answer.answered and answer.title.split(",")[0] == "No" and shown in answer.text, answer.text


@pytest.mark.parametrize(("statement", "shown"), [
    ("I'm writing that Kamikawa met Kuleba in Kyiv on 20 September 2023. Is that correct?", "New York"),
    ("Claim 2: Kagame met Kishida at the G7 summit.", "G20")])
def test_a_claim_of_the_askers_own_or_numbered_is_checked(engine: Engine, statement: str, shown: str) -> None:
    # "I'm writing that …" is the claim, not the asker's work said before a question; "Claim 2:" frames one
    answer = engine.ask(statement, today=TODAY)
    assert answer.answered and answer.title.split(",")[0] == "No" and shown in answer.text, answer.text


def test_the_askers_work_before_a_question_is_still_no_claim() -> None:
    asked = "I'm writing a piece on Tarsen. When did he go?"
    assert as_claim(asked) == asked


@pytest.mark.parametrize("text", CONTRAST_EXAMPLES)
def test_what_a_claim_rules_out_after_it_is_dropped(text: str) -> None:
    claim = without_contrast(text)
    assert claim != text and " not " not in f" {claim} " and claim.endswith("?"), claim


@pytest.mark.parametrize("text", CONTRAST_COUNTEREXAMPLES)
def test_a_not_inside_a_question_is_kept(text: str) -> None:
    assert without_contrast(text) == text


def test_a_question_then_what_it_is_not_about_is_the_question(engine: Engine) -> None:
    assert without_contrast("who's velda's foreign minister, not the deputy") == "who's velda's foreign minister?"
    answer = engine.ask("who's uzbekistan's actual foreign minister, not the deputy", today=TODAY)
    assert not answer.answered and "Usmanov" not in answer.text, answer.text
