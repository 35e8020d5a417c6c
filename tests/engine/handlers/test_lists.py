"""Lists of records of a kind (`bot.engine.handlers.lists`)."""

from __future__ import annotations

from bot.engine import Engine
from tests.engine.conftest import TODAY


def test_which_documents_mention_a_place_are_not_every_document_of_the_records(engine: Engine) -> None:
    answer = engine.ask("which documents mention bucha?", today=TODAY)
    assert "Cooperation Program" not in answer.text and "Bucha" in answer.text, answer.text


def test_which_documents_appear_lists_every_document_of_the_records(engine: Engine) -> None:
    answer = engine.ask("which documents are mentioned in the records?", today=TODAY)
    assert answer.kind == "terms" and "Cooperation Program" in answer.text, answer.text
