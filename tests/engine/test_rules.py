"""The rules registry: every rule is reached by its examples and not by its near misses, every answer
names the rule that gave it, and the rule types behave as documented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.answers import Answer
from bot.engine import Engine, handlers
from bot.engine.engine import TURN_RULES
from bot.engine.rules import Rule, first_answer, traced
from tests.engine.conftest import TODAY, last_answer

_TABLE = yaml.safe_load((Path(__file__).parent / "rule_examples.yaml").read_text(encoding="utf-8"))
EXAMPLES: dict[str, dict[str, list[Any]]] = _TABLE["rules"]
TURN_EXAMPLES: dict[str, dict[str, list[Any]]] = _TABLE["turns"]
RULES = [r.name for stage in (handlers.BEFORE_RECORDS, handlers.BY_SHAPE, handlers.BEFORE_PASSAGES) for r in stage]
TURNS = [r.name for r in TURN_RULES]


def _last_answer(engine: Engine, example: str | list[str]) -> Answer:
    return last_answer(engine, *([example] if isinstance(example, str) else example))


def test_rule_names_are_unique_and_each_has_examples() -> None:
    assert len(RULES) == len(set(RULES)) and len(TURNS) == len(set(TURNS))
    assert set(EXAMPLES) == set(RULES) and set(TURN_EXAMPLES) == set(TURNS)
    assert all(EXAMPLES[r]["reaches"] for r in RULES) and all(TURN_EXAMPLES[r]["reaches"] for r in TURNS)


@pytest.mark.parametrize(("rule", "example"), [(r, e) for r in RULES for e in EXAMPLES[r]["reaches"]])
def test_examples_reach_their_rule(engine: Engine, rule: str, example: str | list[str]) -> None:
    answer = _last_answer(engine, example)
    assert str(answer.extra.get("rule", "")).split(" → ")[-1] == rule, (answer.extra.get("rule"), answer.text)


@pytest.mark.parametrize(("rule", "example"), [(r, e) for r in RULES for e in EXAMPLES[r].get("misses", [])])
def test_near_misses_do_not_reach_the_rule(engine: Engine, rule: str, example: str | list[str]) -> None:
    answer = _last_answer(engine, example)
    assert str(answer.extra.get("rule", "")).split(" → ")[-1] != rule, answer.text


@pytest.mark.parametrize(("rule", "example"), [(r, e) for r in TURNS for e in TURN_EXAMPLES[r]["reaches"]])
def test_examples_reach_their_turn_rule(engine: Engine, rule: str, example: str | list[str]) -> None:
    answer = _last_answer(engine, example)
    assert str(answer.extra.get("rule", "")).split(" → ")[0] == rule, (answer.extra.get("rule"), answer.text)


@pytest.mark.parametrize(("rule", "example"), [(r, e) for r in TURNS for e in TURN_EXAMPLES[r].get("misses", [])])
def test_near_misses_do_not_reach_the_turn_rule(engine: Engine, rule: str, example: str | list[str]) -> None:
    answer = _last_answer(engine, example)
    assert str(answer.extra.get("rule", "")).split(" → ")[0] != rule, answer.text


def test_an_answer_names_its_rules_in_json(engine: Engine) -> None:
    assert engine.ask("Who is Masaya Hattori?", today=TODAY).to_json()["rule"] == "free text → profile"
    assert engine.ask("/meetings Ukraine", today=TODAY).to_json()["rule"] == "command"


def test_the_first_rule_that_answers_is_named() -> None:
    declined: Rule[None, str] = Rule("declines", lambda _, q: None)
    answers: Rule[None, str] = Rule("answers", lambda _, q: Answer("x", True, q))
    later: Rule[None, str] = Rule("later", lambda _, q: Answer("y", True, "never"))
    answer = first_answer((declined, answers, later), None, "asked")
    assert answer is not None and answer.title == "asked" and answer.extra["rule"] == "answers"
    assert first_answer((declined,), None, "asked") is None


def test_a_rule_given_by_another_keeps_both_names() -> None:
    inner = traced(Answer("x", True, "t", extra={"command": "/onthisdate 1 May"}), "inner")
    outer = traced(inner, "outer")
    assert outer.extra == {"command": "/onthisdate 1 May", "rule": "outer → inner"}


def test_rules_read_the_question_with_its_misspelt_words_as_read(engine: Engine) -> None:
    answer = last_answer(engine, "where did kagame meet kishda", "what was the occassion")
    assert answer.answered and "G20" in answer.text, answer.text
    assert "General Assembly" not in answer.text
