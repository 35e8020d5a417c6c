"""Names the records do not hold: said so, and a claim of a venue outside the records contradicted
by the meetings the records do hold."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from tests.engine.conftest import TODAY


def test_an_unknown_person_in_a_claim_is_not_read_as_a_venue(engine: Engine) -> None:
    answer = engine.ask("Did Antony Blinken join the Kamikawa-Kuleba meeting in New York?", today=TODAY)
    assert not answer.answered and "Antony Blinken" in answer.title, answer.text


def test_an_unknown_venue_of_a_recorded_meeting_is_contradicted(engine: Engine) -> None:
    answer = engine.ask("Did Kamikawa meet Kuleba in Lyon?", today=TODAY)
    assert answer.answered and answer.title.startswith("No"), answer.text
    assert "New York" in answer.text and "Lyon" in answer.text


@pytest.mark.parametrize("question", ["what was Masaya Hattori's salary?", "who manufactures the auto transformers?",
                                      "who will install the cranes?"])
def test_a_detail_or_deed_no_record_holds_is_declined(engine: Engine, question: str) -> None:
    assert not engine.ask(question, today=TODAY).answered


def test_a_profile_attribute_is_no_unknown_detail(engine: Engine) -> None:
    assert "banker" in engine.ask("What was Masaya Hattori's profession?", today=TODAY).text


def test_how_long_someone_stayed_is_no_meetings_length(engine: Engine) -> None:
    assert not engine.ask("how long did Hayashi stay in Kyiv?", today=TODAY).answered
    assert "30 minutes" in engine.ask("how long did Hayashi spend with Kulubaev?", today=TODAY).text


def test_a_trip_of_a_post_holder_the_records_do_not_show_is_not_answered_by_a_meeting(engine: Engine) -> None:
    answer = engine.ask("When did Uzbekistan's deputy foreign minister travel to Japan?", today=TODAY)
    assert not answer.answered and "no trip" in answer.text, answer.text
    assert engine.ask("When did Kyrgyzstan's foreign minister travel to Japan?", today=TODAY).answered


def test_who_does_a_deed_the_record_does_not_name_is_not_answered(engine: Engine) -> None:
    answer = engine.ask("Who heads Uzbekistan's embassy in Tokyo?", today=TODAY)
    assert not answer.answered and "heads" in answer.text, answer.text


def test_a_gathering_the_records_hold_only_with_another_country_is_not_answered(engine: Engine) -> None:
    answer = engine.ask("What happened at the Japan–Rwanda business forum in Kigali?", today=TODAY)
    assert not answer.answered and "no business forum with" in answer.text, answer.text
    assert engine.ask("What happened at the Uzbekistan-Japan business forum?", today=TODAY).answered


def test_the_names_of_a_group_counted_in_words_are_not_answered_by_its_number(engine: Engine) -> None:
    answer = engine.ask("Name the four Rwandan provinces that received Japanese medical equipment.", today=TODAY)
    assert not answer.answered and "only the number of provinces" in answer.text, answer.text
