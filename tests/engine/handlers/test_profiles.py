"""Profiles: all the records hold of one person, asked in any words that add nothing else."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from tests.engine.conftest import TODAY, last_answer


def test_what_the_documents_say_of_someones_activity_is_their_profile(engine: Engine) -> None:
    answer = engine.ask("What do the documents say about Prime Minister Fumio Kishida's own diplomatic activity?",
                        today=TODAY)
    assert answer.kind == "person" and answer.title == "Fumio Kishida", answer.text
    assert len(answer.items) == 2, answer.items  # his meeting in Bali and his visit to Ukraine
    # a detail asked about him is no profile
    assert engine.ask("What did Kishida discuss with Kagame?", today=TODAY).kind != "person"


def test_what_a_country_is_given_is_no_profile_of_its_meetings(engine: Engine) -> None:
    given = engine.ask("what does japan give rwanda", today=TODAY)
    assert given.answered and given.kind == "pledges" and "JICA" in given.text, given.text


def test_what_happened_at_a_place_no_meeting_was_held_is_told_by_its_records(engine: Engine) -> None:
    answer = engine.ask("what happened in bucha", today=TODAY)
    assert answer.answered and "civilians" in answer.text, answer.text


def test_what_a_thing_named_holds_is_not_its_definition_when_that_lists_nothing(engine: Engine) -> None:
    for question in ("what's in the peace formula exactly?", "whats the peace formula actually about"):
        answer = engine.ask(question, today=TODAY)
        assert not answer.answered and "do not say what" in answer.text, answer.text
    listed = engine.ask("what was discussed at the g20 summit in bali", today=TODAY)
    assert listed.answered and "global health" in listed.text, listed.text


def test_what_a_thing_pointed_at_contains_is_not_its_definition(engine: Engine) -> None:
    from tests.engine.conftest import last_answer

    answer = last_answer(engine, "when did the ukrainian foreign minister meet japan's FM",
                         "What bilateral consultations did he express appreciation for?",
                         "What exactly does that declaration contain?")
    assert not answer.answered and "do not say what" in answer.text, answer.text


def test_a_town_asked_of_an_island_is_not_given(engine: Engine) -> None:
    from tests.engine.conftest import last_answer

    after = last_answer(engine, "What was the theme of the G20 summit in Bali?", "which town in bali was it held in")
    assert not after.answered and "no town" in after.text, after.text
    place = engine.ask("where is bali", today=TODAY)
    assert place.answered and "an island" in place.text, place.text


def test_what_a_plan_says_is_what_it_holds_which_its_record_may_not_list(engine: Engine) -> None:
    answer = last_answer(engine, "whose peace formula did kamikawa mention", "what does the formula actually say")
    assert not answer.answered and "consists of" in answer.text, answer.text


@pytest.mark.parametrize("question", ["where exactly in bali, what venue", "where exactly in bali?"])
def test_a_place_within_a_place_named_is_not_the_place_itself(engine: Engine, question: str) -> None:
    answer = last_answer(engine, "what time of day did kagame and kishida meet", question)
    assert not answer.answered and "no venue or place within it" in answer.text, answer.text


def test_what_exactly_is_in_a_document_the_records_only_name_is_said_missing(engine: Engine) -> None:
    answer = last_answer(engine, "Whose Peace Formula did Kamikawa bring up with Kuleba?",
                         "what did kuleba thank japan for?", "what exactly is in that joint declaration?")
    assert not answer.answered and "do not say what Joint Declaration" in answer.text, answer.text
