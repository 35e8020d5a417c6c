"""Posts and their holders: who held a post when, and nobody where the records show nobody."""

from __future__ import annotations

from bot.engine import Engine
from tests.engine.conftest import TODAY


def test_a_post_before_any_record_of_it_has_no_holder(engine: Engine) -> None:
    answer = engine.ask("Who was Japan's foreign minister in 2019?", today=TODAY)
    assert not answer.answered, answer.text
    assert "nobody in that post in 2019" in answer.text
    assert "Hayashi" in answer.text  # the earliest holder the records show, as a suggestion


def test_a_post_within_the_records_has_its_holder_then(engine: Engine) -> None:
    answer = engine.ask("Who was Japan's foreign minister in December 2022?", today=TODAY)
    assert answer.answered and answer.title == "Yoshimasa Hayashi", answer.text
