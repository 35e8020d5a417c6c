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
    assert answer.answered and answer.title.split(",")[0] == "No", answer.text
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


@pytest.mark.parametrize(("question", "said"), [
    # a journey of the one person who holds the post described
    ("When did Uzbekistan's deputy foreign minister travel to Japan?", "no trip"),
    # a deed in the present tense that the record found does not report
    ("Who heads Uzbekistan's embassy in Tokyo?", "heads"),
    # a gathering the records hold only with another country
    ("What happened at the Japan–Rwanda business forum in Kigali?", "no business forum with"),
    # the names of a group the record only counts, in words
    ("Name the four Rwandan provinces that received Japanese medical equipment.", "only the number of provinces"),
])
def test_what_the_records_do_not_hold_is_declined_with_the_reason(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and said in answer.text, answer.text


@pytest.mark.parametrize("question", ["When did Kyrgyzstan's foreign minister travel to Japan?",
                                      "What happened at the Uzbekistan-Japan business forum?"])
def test_the_near_questions_the_records_do_hold_are_answered(engine: Engine, question: str) -> None:
    assert engine.ask(question, today=TODAY).answered


def test_a_trip_of_a_post_holder_is_not_read_from_a_meeting_that_names_him_at_home(engine: Engine) -> None:
    answer = engine.ask("When did Ukraine's head of government travel to Japan?", today=TODAY)
    assert not answer.answered and "Hayashi" not in answer.text


def test_a_trip_named_after_the_words_of_another_person_is_not_theirs(engine: Engine) -> None:
    answer = engine.ask("What did Zelenskyy say about Japan during Hayashi's visit?", today=TODAY)
    assert answer.answered and "key partner" in answer.text


def test_a_side_no_participant_is_from_is_not_answered_with_the_others(engine: Engine) -> None:
    answer = engine.ask("Who represented Tajikistan at the 9th Central Asia plus Japan foreign ministers' meeting?",
                        today=TODAY)
    assert not answer.answered and "Kulubaev" not in answer.text
    talked_about = engine.ask("Which Japanese minister denounced Russia's attacks on Ukrainian civilians in New York?",
                              today=TODAY)
    assert talked_about.answered and "Kamikawa" in talked_about.text


@pytest.mark.parametrize(("claim", "shown", "undecided"), [
    # a cleft of a dated meeting; a plain claim may be of a meeting the records do not hold
    ("Was it Kazakhstan's foreign minister whom Hayashi met on December 24, 2022?", "Kulubaev",
     "Did Hayashi meet Kazakhstan's foreign minister on December 24, 2022?"),
    ("Was Masaya Hattori, Rwanda's first central bank governor, a Korean banker?", "Japanese banker",
     "Did Masaya Hattori meet Korean officials?"),
    ("Is the Bucha memorial that Hayashi visited in Kharkiv Oblast?", "Kyiv Oblast", "Did Hayashi visit Kharkiv?"),
    ("Was the G20 summit where Kagame met Kishida hosted by India?", "Indonesia",
     "Did Kishida meet India's prime minister in Bali?"),
], ids=["counterpart-of-a-dated-meeting", "nationality", "division-of-a-country", "host-of-a-gathering"])
def test_a_claim_whose_slot_holds_an_outside_name_is_denied_by_the_records_value(
        engine: Engine, claim: str, shown: str, undecided: str) -> None:
    answer = engine.ask(claim, today=TODAY)
    assert answer.title.split(",")[0] == "No" and shown in answer.text, answer.text
    other = engine.ask(undecided, today=TODAY)  # the same outside name, in no slot a record gives
    assert not other.answered, other.text


def test_a_home_official_arriving_at_home_is_no_trip_abroad(engine: Engine) -> None:
    answer = engine.ask("When did Hayashi arrive in Japan?", today=TODAY)
    assert not answer.answered and "9 September 2023" not in answer.lines[0]
    abroad = engine.ask("When did Hayashi arrive in Ukraine?", today=TODAY)
    assert abroad.answered and "9 September 2023" in abroad.text


def test_an_undated_term_is_no_act_of_a_date_no_record_of_then_names(engine: Engine) -> None:
    answer = engine.ask("What did Japan and Uzbekistan sign in December 2022?", today=TODAY)
    assert not answer.answered and "December 2022" in answer.text
    named_then = engine.ask("Which two ministries are the parties to the cooperation program signed in December 2022?",
                            today=TODAY)
    assert named_then.answered and "Kyrgyz" in named_then.text


@pytest.mark.parametrize(("question", "said"), [
    ("What's the power rating on the 2 auto transformers?", "rating"),
    ("Who made the generators?", "manufacturer"),
    ("Who heads the European Affairs Bureau that Ikegami Masaki works in?", "head of the european affairs bureau"),
    ("Who is the current governor of Rwanda's central bank?", "current"),
])
def test_a_detail_or_a_holder_no_record_gives_is_said_missing(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and said in answer.text


def test_the_head_of_a_body_may_be_of_another_nation_than_the_body(engine: Engine) -> None:
    answer = engine.ask("Who was the first head of Rwanda's central bank?", today=TODAY)
    assert answer.answered and "Hattori" in answer.text
    made = engine.ask("Who made the announcement of Hayashi's visit?", today=TODAY)
    assert "manufacturer" not in made.text


def test_how_large_a_sum_is_an_amount_no_record_gives(engine: Engine) -> None:
    answer = engine.ask("How large are the loans Japan has extended to Rwanda?", today=TODAY)
    assert not answer.answered and "no figure" in answer.text
    sized = engine.ask("How big was the Uzbekistan-Japan business forum?", today=TODAY)
    assert "200" in sized.text


def test_who_sat_beside_someone_is_of_his_side_and_none_is_said_plainly(engine: Engine) -> None:
    answer = engine.ask("Which Japanese cabinet member sat beside the prime minister in his talks with Rwanda's "
                        "president?", today=TODAY)
    assert not answer.answered and "no other Japanese minister" in answer.text


@pytest.mark.parametrize("question", ["Where was the 2023 G20 summit held?", "who attended the G20 summit in 2019?"])
def test_a_dated_event_asked_of_another_year_is_another_edition(engine: Engine, question: str) -> None:
    """The records hold one G20 summit, of November 2022: asked of another year, no answer, and the one held."""
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "November 2022" in answer.text, answer.text


def test_a_day_inside_a_dated_event_is_of_that_event(engine: Engine) -> None:
    answer = engine.ask("Whom did Prime Minister Kishida meet on November 14, 2022, at the G20 Summit?", today=TODAY)
    assert answer.answered and "Kagame" in answer.text, answer.text


def test_a_venue_outside_the_records_in_lower_case_is_checked_against_the_meetings(engine: Engine) -> None:
    answer = engine.ask("hayashi met zelensky in warsaw right?", today=TODAY)
    assert answer.answered and answer.title.split(",")[0] == "No" and "Kyiv" in answer.text, answer.text


def test_another_edition_of_an_event_is_not_checked_for_its_venue(engine: Engine) -> None:
    # the records hold the 2022 summit; a claim about the 2023 one is neither confirmed nor denied
    answer = engine.ask("Did Kagame attend the 2023 G20 summit in New Delhi?", today=TODAY)
    assert not answer.answered and "2023" in answer.text, answer.text


def test_a_separate_meeting_is_another_occasion_the_records_do_not_rule_out(engine: Engine) -> None:
    answer = engine.ask("Did Japan's foreign minister meet Vincent Biruta separately in 2023?", today=TODAY)
    assert not answer.answered and "no other such meeting" in answer.text, answer.text


@pytest.mark.parametrize("question", ["Was it Kulubaev's first trip to Japan?",
                                      "Was this Kulubaev's first visit to Japan?",
                                      "was kulubaev's trip to japan his first?"])
def test_a_first_claimed_of_someone_s_trip_is_not_confirmed_by_the_trip(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "first" in answer.text, answer.text


def test_a_first_the_record_bounds_to_a_class_is_no_first_of_the_one_claimed(engine: Engine) -> None:
    answer = engine.ask("Was this Hayashi's first trip to Ukraine?", today=TODAY)
    assert not answer.answered and "since the full-scale conflict" in answer.text, answer.text
    # the first the record states, claimed as it states it, is confirmed
    stated = engine.ask("Was Hayashi's visit the first by a Japanese foreign minister since the war began?",
                        today=TODAY)
    assert stated.answered and stated.title == "Yes", stated.text


def test_a_name_in_lower_case_that_reads_as_the_plural_of_a_rare_word_is_a_name_the_records_lack(
        engine: Engine) -> None:
    answer = engine.ask("when did the japanese pm meet marcos", today=TODAY)
    assert not answer.answered and "marcos" in answer.text.lower() and "Kagame" not in answer.text, answer.text
    leaders = engine.ask("when did kishida meet leaders", today=TODAY)
    assert leaders.answered and "Kagame" in leaders.text, leaders.text


@pytest.mark.parametrize("asked", ["whats that in utc", "and in GMT?"])
def test_a_clock_no_source_keeps_is_said_missing_with_the_time_the_record_gives(engine: Engine, asked: str) -> None:
    first = engine.ask("what time did hayashi and the kyrgyz fm start", today=TODAY)
    answer = engine.ask(asked, first.focus, today=TODAY)
    assert not answer.answered and "2:40 p.m." in answer.text, answer.text


def test_a_clock_no_source_keeps_of_a_meeting_named_gives_its_recorded_time(engine: Engine) -> None:
    answer = engine.ask("what time was the kamikawa kuleba meeting in GMT", today=TODAY)
    assert not answer.answered and "7:05 a.m. JST" in answer.text, answer.text


def test_how_someone_travelled_is_no_detail_the_records_keep(engine: Engine) -> None:
    answer = engine.ask("By what means of transport did Hayashi travel into Ukraine for his Kyiv visit?", today=TODAY)
    assert not answer.answered and "transport" in answer.text, answer.text


@pytest.mark.parametrize("question", ["which jp official will lead the security deal negotiations w ukraine",
                                      "whos leading the negotiations for ukraine"])
def test_who_leads_a_process_no_record_names_a_leader_of_is_said_missing(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "do not say who leads the" in answer.text, answer.text
    assert "security guarantee agreement" in answer.text, answer.text
