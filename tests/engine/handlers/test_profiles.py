"""Profiles: all the records hold of one person, asked in any words that add nothing else."""

from __future__ import annotations

from bot.engine import Engine
from tests.engine.conftest import TODAY


def test_what_the_documents_say_of_someones_activity_is_their_profile(engine: Engine) -> None:
    answer = engine.ask("What do the documents say about Prime Minister Fumio Kishida's own diplomatic activity?",
                        today=TODAY)
    assert answer.kind == "person" and answer.title == "Fumio Kishida", answer.text
    assert len(answer.items) == 2, answer.items  # his meeting in Bali and his visit to Ukraine
    # a detail asked about him is no profile
    assert engine.ask("What did Kishida discuss with Kagame?", today=TODAY).kind != "person"
