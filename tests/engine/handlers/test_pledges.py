"""Pledge rules: a country named only to say where something happened is no party to the aid."""

from __future__ import annotations

from bot.engine import Engine
from tests.engine.conftest import last_answer


def test_a_country_that_says_where_is_no_recipient_asked_about(engine: Engine) -> None:
    answer = last_answer(engine, "Japan sent emergency grant aid over a humanitarian situation near the Tajik border. "
                                 "Which country received it?")
    assert answer.answered and "Kyrgyz" in answer.text, answer.text
    # a country asked about as the recipient, never given any, is said to have none
    answer = last_answer(engine, "what aid did japan give tajikistan?")
    assert not answer.answered and "no pledge or support" in answer.text, answer.text


def test_what_a_thing_pledged_is_for_named_by_its_own_words(engine: Engine) -> None:
    answer = last_answer(engine, "what are the 24 cranes for")
    assert answer.answered and "demining" in answer.title, answer.text
    said = last_answer(engine, "hayashi kiev trip - what did he agree w zelensky", "and the 24 cranes r for what")
    assert said.answered and "demining" in said.title, said.text


def test_a_place_within_the_country_given_to_is_not_said_by_a_pledge_that_names_none(engine: Engine) -> None:
    answer = last_answer(engine, "To which Ukrainian region were the two Japanese auto transformers to be delivered?")
    assert not answer.answered and "which region of Ukraine" in answer.text and "2 auto transformers" in answer.text
    assert "New York" not in answer.text, answer.text


def test_where_a_pledged_thing_is_to_go_by_what_it_is_is_not_said_when_no_record_names_it(engine: Engine) -> None:
    answer = last_answer(engine, "Which Ukrainian power facilities will the two auto transformers go to?")
    assert not answer.answered and "power facilities of Ukraine" in answer.text, answer.text
    answer = last_answer(engine, "which areas got the medical equipment?")
    assert answer.answered and "four provinces" in answer.text, answer.text
