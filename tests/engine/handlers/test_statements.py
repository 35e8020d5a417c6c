"""What someone said or did, as the records report it."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from tests.engine.conftest import TODAY, last_answer


@pytest.mark.parametrize(("question", "speech"), [
    ("What did Kagame say in his address to the summit plenary?", "in his address to the summit plenary"),
    ("What did Kuleba say in his speech to the UN General Assembly?", "in his speech to the UN General Assembly"),
])
def test_what_was_said_in_a_speech_no_record_reports_is_not_what_was_said_elsewhere(
        engine: Engine, question: str, speech: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and speech in answer.text, answer.text


def test_what_was_said_without_naming_a_speech_is_what_the_records_report(engine: Engine) -> None:
    answer = engine.ask("What did Kuleba say to Kamikawa?", today=TODAY)
    assert answer.answered and "congratulated" in answer.text, answer.text


@pytest.mark.parametrize("question", ["How did Kuleba open his conversation with Kamikawa?",
                                      "How did Kuleba open his response to Kamikawa?"])
def test_how_someone_opened_is_the_first_thing_the_records_report_they_said(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "congratulated" in answer.text and "appreciation" not in answer.text, answer.text


def test_a_thing_asked_by_its_noun_that_nothing_said_names_is_not_answered(engine: Engine) -> None:
    plan = last_answer(engine, "Who met Dmytro Kuleba on 20 September 2023?", "Which peace plan did she bring up?")
    assert not plan.answered and "plan" in plan.text, plan.text
    # a noun that what was said names is answered
    named = last_answer(engine, "Who met Dmytro Kuleba on 20 September 2023?", "Which attacks did she condemn?")
    assert named.answered and "drone" in named.text, named.text


def test_who_said_a_statement_is_the_speaker_its_record_quotes_with_where(engine: Engine) -> None:
    answer = engine.ask("Someone said Japan gave Ukraine more than 1500 genrators. Who said that?", today=TODAY)
    assert answer.answered and answer.title == "Yoko Kamikawa" and "New York" in answer.text, answer.text
    assert answer.sources and "stated" in answer.sources[0].quote, answer.sources
    # a figure no record bears out is nobody's statement
    other = engine.ask("Who said Japan gave Ukraine 3000 generators?", today=TODAY)
    assert not other.answered and "1,500" in other.text, other.text


def test_a_claim_asked_again_of_another_country_is_that_country_s_claim(engine: Engine) -> None:
    answer = last_answer(engine, "did hayashi ever meet anyone frm kyrgyzstan", "n from uzbekistan?")
    assert not answer.answered, answer.text
    # talks with someone of a country only mentioned in a meeting's record are no talks with it
    other = engine.ask("Did Japan's foreign minister hold talks with anyone from Tajikistan?", today=TODAY)
    assert not other.answered and "no talks with Tajikistan" in other.text, other.text


def test_a_person_put_before_the_question_is_whom_its_pronoun_takes_up(engine: Engine) -> None:
    answer = last_answer(engine, "what did zelensky say about japan", "and shmyhal, what did he thank japan for")
    assert "Shmyhal" in answer.title and "sovereignty" in answer.text, answer.text


def test_the_one_named_after_a_deed_is_its_object_not_its_speaker(engine: Engine) -> None:
    answer = last_answer(engine, "what did kamikawa say to kuleba?")
    assert "Kuleba congratulated Kamikawa" not in answer.text, answer.text
    assert "Kuleba congratulated Kamikawa" in last_answer(engine, "what did kuleba say to kamikawa?").text


def test_the_words_that_describe_the_speaker_are_not_what_was_said(engine: Engine) -> None:
    answer = last_answer(engine, "What did Japan's newly appointed foreign minister tell her Ukrainian counterpart "
                                 "about generators?")
    assert "generators" in answer.text and "recently been appointed" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "speaker", "said"), [
    ("What was the Kyrgyz minister grateful for when he met Hayashi?", "Kulubaev", "30 years"),
    ("what did the ukrainian minister tell Kamikawa?", "Kuleba", "congratulated"),
])
def test_a_speaker_described_by_country_and_title_speaks_not_the_one_named_after(
        engine: Engine, question: str, speaker: str, said: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and speaker in answer.title and said in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "who thanked Japan for the emergency grant aid?",
    "Which minister expressed gratitude for the emergency grant aid?",
    # the thing thanked for said first, with the date it gives (of the aid, not of the thanks)
    "Japan gave some emergency grant aid through international organizations in October 2022. "
    "Which country's minister thanked Japan for it?"])
def test_who_thanked_for_a_thing_is_who_is_quoted_thanking_for_it(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title == "Zheenbek Kulubaev", answer.text


def test_no_one_thanked_for_a_thing_no_record_names(engine: Engine) -> None:
    answer = engine.ask("who thanked Japan for the helicopters?", today=TODAY)
    assert not answer.answered and "helicopters" in answer.text, answer.text


def test_he_who_thanked_a_country_is_not_one_of_that_country(engine: Engine) -> None:
    answer = last_answer(engine, "when did hayashi meet kulubaev?", "what years does that program cover",
                         "what did he thank japan for?")
    assert answer.answered and answer.title.endswith("Zheenbek Kulubaev"), answer.text


def test_what_she_did_before_she_took_office_is_no_appointment(engine: Engine) -> None:
    answer = engine.ask("What did Kamikawa say she had been doing about Ukraine before she took office?", today=TODAY)
    assert answer.answered and "support Ukraine before taking office" in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "In the Japan-Kyrgyz foreign ministers' meeting of December 2022, what did Hayashi say at the outset?",
    "how did hayashi open the kyrgyz meeting?",
])
def test_what_someone_said_at_the_outset_is_the_first_thing_recorded(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.kind == "statements" and answer.text.count("\n") == 1 and "Personnel exchanges" in answer.text, \
        answer.text


def test_what_someone_said_about_a_thing_no_record_names_is_not_everything_they_said(engine: Engine) -> None:
    answer = engine.ask("What did Kuleba tell Kamikawa about Ukraine's counteroffensive?", today=TODAY)
    assert answer.answered is False and "counteroffensive" in answer.text, answer.text
    assert engine.ask("what did kuleba say about japan's support", today=TODAY).answered


@pytest.mark.parametrize("question", ["kulebas thanks to jp for what exactly", "kuleba's thanks to japan for what?"])
def test_someones_thanks_for_what_is_what_they_thanked_for(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "Kuleba" in answer.title and "Peace Formula" in answer.text, answer.text


def test_someones_exact_words_are_what_they_said_and_nothing_said_is_said_so(engine: Engine) -> None:
    words = engine.ask("what were kishida's exact words to kagame in bali", today=TODAY)
    assert not words.answered and "Kishida said" in words.text, words.text
    # words that go by what someone said ask what those words say, not for the words
    going_by = engine.ask("Going by Kulubaev's words, roughly since what year has Japan been assisting Kyrgyzstan?",
                          today=TODAY)
    assert going_by.answered and "1992" in going_by.title, going_by.text


def test_which_kinds_of_a_thing_someone_thanked_for_are_what_he_thanked_for(engine: Engine) -> None:
    answer = engine.ask("For which kinds of support did Prime Minister Shmyhal thank Japan?", today=TODAY)
    assert answer.answered and "sovereignty" in answer.text and "drone" not in answer.text, answer.text


def test_quote_what_someone_said_is_his_words_or_none(engine: Engine) -> None:
    answer = engine.ask("Quote what Prime Minister Kishida said to Kagame during their meeting in Bali.", today=TODAY)
    assert not answer.answered and "Kishida" in answer.text, answer.text
    said = engine.ask("quote what zelenskyy said to hayashi", today=TODAY)
    assert said.answered and "key partner in Asia" in said.text, said.text


def test_a_speech_named_by_several_words_is_no_meeting_of_the_speaker(engine: Engine) -> None:
    answer = engine.ask("what did kamikawa say in her general assembly speech", today=TODAY)
    assert not answer.answered and "speech" in answer.text, answer.text


def test_a_word_asked_counts_once_whether_said_itself_or_by_a_synonym(engine: Engine) -> None:
    answer = engine.ask("what did the new japanese FM say she had taken the initiative to send to ukraine?",
                        today=TODAY)
    assert answer.answered and "National Diet" in answer.text, answer.text


def test_words_asked_word_for_word_of_a_report_in_no_ones_own_words_are_not_given(engine: Engine) -> None:
    answer = last_answer(engine, "what did kuleba say back, word for word")
    assert not answer.answered and "gratitude" in answer.text, answer.text
    assert last_answer(engine, "what did kuleba say").answered


def test_what_someones_office_said_is_what_the_record_reports_not_what_they_said(engine: Engine) -> None:
    answer = engine.ask("what did kagame's office say they talked about?", today=TODAY)
    assert answer.answered and "bilateral ties" in answer.text and "TICAD" not in answer.text, answer.text


def test_what_an_organisations_tweet_said_is_the_record_that_reports_it(engine: Engine) -> None:
    answer = last_answer(engine, "What did the Rwandan presidency's tweet say about Kagame's meeting with Kishida?")
    assert answer.answered and "strengthening bilateral ties" in answer.text, answer.text
    then = last_answer(engine, "What did the Rwandan presidency's tweet say about Kagame's meeting with Kishida?",
                       "what time of day was it?")
    assert "evening" in then.text, then.text


def test_what_two_people_who_met_stressed_is_what_their_meetings_record_says(engine: Engine) -> None:
    answer = engine.ask("what did usmanov and ikegami stress", today=TODAY)
    assert answer.answered and "26 January" in answer.text, answer.text


def test_a_date_of_the_thing_thanked_for_is_read_in_the_records_words(engine: Engine) -> None:
    answer = last_answer(engine, "what meetings has japan had with central asian countries?",
                         "the one in december, who was the foreign minister there?",
                         "What did he thank Japan for from October?")
    assert answer.answered and "emergency grant aid" in answer.text, answer.text


@pytest.mark.parametrize("question", ["what did hayashi and kulubaev say about kyrgyz human resources?",
                                      "What did Usmanov and Ikegamy emphasise about consultations between the "
                                      "foreign ministries of Uzbekistan and Japan?"])
def test_what_two_who_met_said_about_something_is_what_their_meeting_held_of_it(engine: Engine,
                                                                                 question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title.startswith(("Japan-Kyrgyz", "Deputy Foreign Minister Usmanov")), \
        answer.text
    assert "human resources playing an active role" in answer.text or "consultations" in answer.text, answer.text


def test_what_both_ministers_said_about_something_is_what_their_talks_held_of_it(engine: Engine) -> None:
    answer = last_answer(engine, "when did hayashi meet kulubaev?",
                         "what did both ministers say about kyrgyz human resources")
    assert answer.answered and "human resources playing an active role in Japan" in answer.text, answer.text


def test_how_someone_described_by_a_long_post_described_a_country_is_their_words(engine: Engine) -> None:
    answer = engine.ask("How did the Ukrainian head of state describe Japan when thanking it during the Japanese "
                        "foreign minister's visit?", today=TODAY)
    assert answer.answered and "key partner" in answer.text and "Shmyhal" not in answer.text, answer.text


def test_what_was_thanked_for_in_a_month_is_what_the_records_date_then_in_words(engine: Engine) -> None:
    answer = engine.ask("What did the Kyrgyz top diplomat thank Japan for providing in October 2022?", today=TODAY)
    assert answer.answered and "emergency grant aid" in answer.text, answer.text


def test_a_post_before_a_misspelt_name_is_that_persons_post(engine: Engine) -> None:
    answer = engine.ask("What did President Zelenksy say about Japan's role during Hayashi's visit?", today=TODAY)
    assert answer.answered and "key partner" in answer.text, answer.text
