"""Lists of records of a kind (`bot.engine.handlers.lists`)."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from tests.engine.conftest import TODAY, last_answer


def test_which_documents_mention_a_place_are_not_every_document_of_the_records(engine: Engine) -> None:
    answer = engine.ask("which documents mention bucha?", today=TODAY)
    assert "Cooperation Program" not in answer.text and "Bucha" in answer.text, answer.text


def test_which_documents_appear_lists_every_document_of_the_records(engine: Engine) -> None:
    answer = engine.ask("which documents are mentioned in the records?", today=TODAY)
    assert answer.kind == "terms" and "Cooperation Program" in answer.text, answer.text


def test_countries_that_sent_people_to_a_grouping_s_meeting_are_not_those_given_aid(engine: Engine) -> None:
    answer = engine.ask("which countries sent ministers to the g7 meeting?", today=TODAY)
    assert not answer.answered and "Kyrgyzstan" not in answer.text and "Ukraine" not in answer.text, answer.text
    given = engine.ask("which countries did japan send aid to?", today=TODAY)
    assert given.answered and "Rwanda" in given.text, given.text


@pytest.mark.parametrize("question", [
    "Which meetings were held on the sidelines of a bigger gathering?",
    "Which meetings took place on the sidelines of, or during a visit for, a multilateral gathering?",
    "Which meetings were held around a multilateral gathering?",
])
def test_meetings_held_on_a_gathering_s_occasion_are_each_listed_with_it(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.kind == "occasions" and answer.title == "Occasions of 3 meetings", answer.text


def test_a_kind_said_before_the_noun_asked_must_be_the_things_own(engine: Engine) -> None:
    answer = engine.ask("What decarbonization projects did Kulubaev propose?", today=TODAY)
    assert answer.kind != "terms" and "OVOP): " not in answer.text, answer.text
    own = engine.ask("which human resources projects did the japan-kyrgyz meeting welcome?", today=TODAY)
    assert own.kind == "terms" and "OVOP" in own.text and "JDS" in own.text, own.text


def test_how_many_countries_attended_after_a_gathering_is_of_that_gathering(engine: Engine) -> None:
    answer = last_answer(engine, "how many days did the g20 summit run", "what were the priorities",
                         "how many countries attended")
    assert not answer.answered and "Kyrgyzstan" not in answer.text, answer.text
    covered = engine.ask("how many countries attended?", today=TODAY)
    assert covered.answered and "4 countries" in covered.title, covered.text


def test_what_someone_did_at_a_place_of_no_meeting_of_theirs_is_the_record_that_tells_of_it(engine: Engine) -> None:
    answer = engine.ask("what did hayashi do in bucha", today=TODAY)
    assert answer.answered and "memorial" in answer.text, answer.text
    none = engine.ask("what did kamikawa do in bucha", today=TODAY)
    assert not none.answered, none.text


@pytest.mark.parametrize(("first", "occasion"), [("where did kagme meet kishida", "G20"),
                                                 ("when did hayashi meet kulubaev", "Central Asia plus Japan")])
def test_what_event_a_meeting_was_for_is_its_occasion(engine: Engine, first: str, occasion: str) -> None:
    answer = last_answer(engine, first, "what event was that for")
    assert answer.answered and answer.kind == "occasions" and occasion in answer.text, answer.text


@pytest.mark.parametrize("asked", ["which meeting was he in japan for", "what dialogue was he in japan for"])
def test_which_meeting_someone_came_for_is_the_occasion_of_the_meeting_discussed(engine: Engine, asked: str) -> None:
    answer = last_answer(engine, "when did hayashi meet kulubaev", asked)
    assert answer.answered and answer.kind == "occasions" and "Central Asia plus Japan" in answer.text, answer.text


@pytest.mark.parametrize("question", ["What agreements or cooperation programmes were signed according to the "
                                      "documents?", "which documents were signed?"])
def test_every_record_of_a_thing_signed_is_listed(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "Cooperation Program" in answer.text and "14 agreements" in answer.text, answer.text
    # one country named: of that country's records alone
    one = engine.ask("what agreements were signed with uzbekistan?", today=TODAY)
    assert "14 agreements" in one.text and "Cooperation Program" not in one.text, one.text


def test_the_traveller_whose_places_were_listed_is_whom_he_means_next(engine: Engine) -> None:
    answer = last_answer(engine, "where did kishida travel in these articles", "when did he go to ukraine")
    assert answer.answered and "Kishida visits Ukraine" in answer.text and "Hayashi" not in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "central asian countries japan held talks with?",
    "Which Central Asian countries' dealings with Japan are covered by the documents?"])
def test_the_countries_of_a_region_asked_as_a_noun_first_or_by_their_dealings(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.kind == "countries" and "Kyrgyzstan" in answer.text and "Uzbekistan" in answer.text, answer.text
    assert "Rwanda" not in answer.text, answer.text


@pytest.mark.parametrize("asked", ["whats the occasion", "what's the occasion", "the occasion?"])
def test_the_occasion_asked_in_any_tense_is_of_the_meeting_discussed(engine: Engine, asked: str) -> None:
    answer = last_answer(engine, "wher did kishida meet kagame?", asked)
    assert answer.answered and "G20" in answer.text and "General Assembly" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["what was the jan 10 uzbek event", "jan 10 uzbek event wat was it"])
def test_an_event_asked_of_by_a_date_written_before_it_is_the_records_of_that_date(engine: Engine,
                                                                                   question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "business forum" in answer.text, answer.text


def test_an_event_of_a_day_named_by_both_countries_is_every_record_of_that_day(engine: Engine) -> None:
    answer = engine.ask("jan 10 uz jp event wat was it", today=TODAY)
    assert answer.answered and "business forum" in answer.text, answer.text


@pytest.mark.parametrize("question", ["how many times did kagame visit japan",
                                      "how many visits has kagame made to japan?"])
def test_a_count_a_record_states_is_that_record_not_a_count_of_the_records_held(engine: Engine,
                                                                                question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "three times" in answer.text and "0 visits" not in answer.text, answer.text


def test_a_count_no_record_states_is_the_records_counted(engine: Engine) -> None:
    answer = engine.ask("how many times did hayashi visit ukraine", today=TODAY)
    assert answer.answered and answer.title.startswith("1 visit"), answer.text


def test_a_correction_to_a_count_a_record_states_gives_that_record(engine: Engine) -> None:
    answer = last_answer(engine, "how many times did kishida visit rwanda", "sorry i meant kagame visiting japan")
    assert answer.answered and "three times" in answer.text, answer.text


def test_officials_of_which_countries_someone_met_are_the_countries_of_his_meetings(engine: Engine) -> None:
    answer = engine.ask("With officials of which countries did Foreign Minister Hayashi Yoshimasa hold talks?",
                        today=TODAY)
    assert answer.answered and "Kyrgyzstan" in answer.text and "Ukraine" in answer.text, answer.text


def test_upcoming_events_scheduled_on_a_day_are_not_the_records_of_that_day(engine: Engine) -> None:
    answer = engine.ask("What upcoming events did Usmanov and Ikegami put on the schedule at their January 26 meeting?",
                        today=TODAY)
    assert not answer.answered and "records dated" not in answer.text, answer.text
