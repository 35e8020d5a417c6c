"""Corrections of the last question: the rule's examples, and the question asked again corrected."""

from __future__ import annotations

import pytest

from bot.engine import corrections
from bot.engine.corrections import COUNTEREXAMPLES, EXAMPLES, corrected, read
from bot.engine.engine import Engine
from tests.engine.conftest import TODAY, last_answer


@pytest.mark.parametrize("text", EXAMPLES)
def test_examples_are_corrections(text: str) -> None:
    assert read(text) is not None


@pytest.mark.parametrize("text", COUNTEREXAMPLES)
def test_counterexamples_are_not(text: str) -> None:
    assert read(text) is None


def test_a_question_correction_is_a_question() -> None:
    found = read("no, I meant when diplomatic relations began")
    assert found is not None and found.is_question and found.new == "when diplomatic relations began"


def test_a_name_replaces_the_name_of_the_same_kind(engine: Engine) -> None:
    people = sorted(engine.kb.people.values(), key=lambda p: p.id)
    a, b = people[0], people[1]
    again = corrected(f"When did {a.family_name} meet someone?", b.family_name, engine.index)
    assert again is not None and b.family_name.lower() in again and a.family_name.lower() not in again


def test_the_corrected_question_is_answered(engine: Engine) -> None:
    m = sorted((m for m in engine.kb.meetings.values() if len(m.participants) >= 2), key=lambda m: m.id)[0]
    first, second = (engine.kb.people[p] for p in m.participants[:2])
    stranger = next(p for p in sorted(engine.kb.people.values(), key=lambda p: p.id)
                    if p.id not in m.participants and p.country == first.country)
    wrong = engine.ask(f"When did {stranger.family_name} meet {second.family_name}?")
    answer = engine.ask(f"sorry, I meant {first.family_name}", wrong.focus)
    assert answer.answered and m.date.human() in answer.text, answer.text


def test_the_one_meant_of_the_meetings_just_discussed_by_its_place(engine: Engine) -> None:
    held_in_japan = last_answer(engine, "Hayashi's meeting with Kulubaev", "Kamikawa's meeting with Kuleba",
                                "how long was it?", "sorry, I meant the one in Japan")
    assert held_in_japan.answered and "30 minutes" in held_in_japan.text, held_in_japan.text
    # (a place neither was held in is no meeting meant)
    nowhere = last_answer(engine, "Hayashi's meeting with Kulubaev", "Kamikawa's meeting with Kuleba",
                          "how long was it?", "sorry, I meant the one in Rwanda")
    assert "30 minutes" not in nowhere.text and "25 minutes" not in nowhere.text, nowhere.text


def test_a_correction_followed_by_the_question_restated_asks_it_of_the_value(engine: Engine) -> None:
    first = engine.ask("Who represented Japan in the talks with Uzbekistan's deputy foreign minister?", today=TODAY)
    again = engine.ask("sorry, I meant Kyrgyzstan — who represented Japan there?", first.focus, today=TODAY)
    assert again.answered and "Hayashi" in again.text and "Ikegami" not in again.text


def test_the_restated_question_is_split_from_the_value() -> None:
    read = corrections.read("sorry, I meant Ostra — who represented Aurelia there?")
    assert read is not None and read.new == "Ostra" and read.restated == "who represented Aurelia there"


def test_a_correction_replaces_the_place_the_records_did_not_know(engine: Engine) -> None:
    again = corrected("When did Japan open an embassy in Bishkek?", "Uzbekistan", engine.index)
    assert again == "when did japan open an embassy in uzbekistan?"


def test_a_correction_replaces_the_country_outside_the_records(engine: Engine) -> None:
    again = corrected("who was the kazakh foreign minister that met hayashi?", "kyrgyz", engine.index)
    assert again == "who was the kyrgyz foreign minister that met hayashi?"


def test_a_description_after_the_name_meant_is_dropped() -> None:
    found = read("ugh, I meant Dorin, the Velda one")
    assert found is not None and found.new == "Dorin" and not found.is_question


def test_the_one_with_a_described_person_replaces_the_person_named(engine: Engine) -> None:
    first = engine.ask("How long did the Japanese foreign minister's meeting with Kuleba last?", today=TODAY)
    again = engine.ask("sorry, I meant the one with the Kyrgyz minister", first.focus, today=TODAY)
    assert again.answered and "30 minutes" in again.text and "Kyrgyz" in again.text


def test_a_described_person_replaces_the_country_of_the_last_question(engine: Engine) -> None:
    first = engine.ask("When did Hayashi meet the Uzbek deputy foreign minister?", today=TODAY)
    again = engine.ask("sorry, I meant the Kyrgyz foreign minister", first.focus, today=TODAY)
    assert again.answered and "24 December 2022" in again.text


def test_two_names_meant_replace_the_two_names_apart_in_the_question(engine: Engine) -> None:
    again = corrected("how long did kamikawa meet kuleba for", "hayashi and kulubaev", engine.index)
    assert again == "how long did hayashi meet kulubaev for?"


def test_that_one_after_a_correction_is_the_meeting_the_correction_meant(engine: Engine) -> None:
    answer = last_answer(engine, "how long did kamikawa meet kuleba for", "sorry i meant hayashi and kulubaev",
                         "and when did that one start")
    assert answer.answered and "14:40" in answer.text and "Kyiv" not in answer.text, answer.text


def test_a_post_meant_replaces_the_post_asked_of(engine: Engine) -> None:
    again = corrected("What is the finance minister's full title?", "the foreign minister's title", engine.index)
    assert again == "what is the foreign minister full title?"
    answer = last_answer(engine, "Which Rwandan ministers attended President Kagame's meeting with Kishida in Bali?",
                         "What is the finance minister's full title?", "sorry, I meant the foreign minister's title")
    assert answer.answered and "Foreign Affairs and Cooperation" in answer.text, answer.text


def test_a_post_meant_after_a_title_before_a_name_is_that_persons_countrys_post(engine: Engine) -> None:
    again = corrected("What did President Zelenskyy thank Japan for?", "the prime minister", engine.index)
    assert again is not None and "zelenskyy" not in again and "prime minister" in again, again


def test_a_word_meant_instead_of_another_replaces_it_and_what_describes_it() -> None:
    correction = read("Sorry, I meant generators, not cranes.")
    assert correction is not None and correction.new == "generators" and correction.instead_of == "cranes"
    assert corrections.word_replaced("How many demining cranes did Aurelia pledge to Velda?", "generators", "cranes") \
        == "How many generators did Aurelia pledge to Velda?"
    assert corrections.word_replaced("How many cranes did Aurelia pledge?", "generators", "drones") is None


def test_a_thing_meant_instead_of_another_is_asked_again(engine: Engine) -> None:
    answer = last_answer(engine, "How many demining cranes did Japan pledge to Ukraine?",
                         "Sorry, I meant generators, not cranes.")
    assert answer.answered and "1,500" in answer.text and "cranes" not in answer.text, answer.text


def test_a_person_meant_by_post_is_the_one_the_restated_questions_he_means(engine: Engine) -> None:
    said = corrections.restated_of_person("the Ukrainian foreign minister", "when did he visit Japan", engine.index)
    assert said == "when did the Ukrainian foreign minister visit Japan"
    owned = corrections.restated_of_person("the Kyrgyz minister", "what was his post", engine.index)
    assert owned == "what was the Kyrgyz minister's post"
    met = corrections.restated_of_person("the Ukrainian foreign minister", "when did Kamikawa meet her in New York",
                                         engine.index)
    assert met == "when did Kamikawa meet the Ukrainian foreign minister in New York"
    said = corrections.restated_of_person("the Ukrainian foreign minister", "what were her words", engine.index)
    assert said == "what were the Ukrainian foreign minister's words"
    # a name meant, or a restated question of no one, is no such substitution
    assert corrections.restated_of_person("Kuleba", "when did he visit Japan", engine.index) is None
    assert corrections.restated_of_person("the Ukrainian foreign minister", "when was it", engine.index) is None


def test_a_trip_of_the_person_meant_that_the_records_lack_is_not_answered_with_another_trip(engine: Engine) -> None:
    asked = ("When did the Kyrgyz foreign minister visit Japan?",
             "Sorry, I meant the Ukrainian foreign minister - when did he visit Japan?")
    trip = last_answer(engine, *asked)
    assert not trip.answered and "Kuleba" in trip.text and "Hayashi" not in trip.text, trip.text
    # "he" is still the one meant
    met = last_answer(engine, *asked, "Then when and where did he meet the Japanese foreign minister?")
    assert met.answered and "20 September 2023" in met.text and "New York" in met.text, met.text


def test_a_correction_to_another_country_drops_the_place_of_the_record_meant_before(engine: Engine) -> None:
    answer = last_answer(engine, "How long was the Japan-Ukraine foreign ministers' meeting in New York?",
                         "no, I meant the Japan-Kyrgyz one")
    assert answer.answered, answer.text
    assert "Kyrgyz" in answer.title and "30 minutes" in answer.text, answer.text
    again = last_answer(engine, "How long was the Japan-Ukraine foreign ministers' meeting in New York?",
                        "no, I meant the Japan-Kyrgyz one", "and what time did it start?")
    assert again.answered and "14:40" in again.text, again.text


def test_places_dropped_keeps_the_places_the_value_names(engine: Engine) -> None:
    assert corrections.places_dropped("how long was the kyrgyz meeting in new york?", "the kyrgyz one",
                                      engine.index) == "how long was the kyrgyz meeting?"
    assert corrections.places_dropped("how long was the meeting in new york?", "new york", engine.index) is None


def test_a_correction_describing_a_whole_record_asks_the_last_question_of_it(engine: Engine) -> None:
    answer = last_answer(engine, "How long was Foreign Minister Hayashi's meeting with the Kyrgyz foreign minister?",
                         "Sorry, I meant the Ukrainian foreign minister's meeting with Japan's foreign minister.")
    assert answer.answered and "25 minutes" in answer.text, answer.text
    then = last_answer(engine, "How long was Foreign Minister Hayashi's meeting with the Kyrgyz foreign minister?",
                       "Sorry, I meant the Ukrainian foreign minister's meeting with Japan's foreign minister.",
                       "Who was the Japanese minister in that one?")
    assert "Kamikawa" in then.text, then.text


def test_a_correction_said_with_actually_and_a_question_after_a_dash(engine: Engine) -> None:
    for said in ("sorry, I actually meant the Kyiv trip - when was that?",
                 "sorry, I meant the Kyiv trip, when was that?"):
        answer = last_answer(engine, "when did the japanese FM meet the ukrainian foreign minister?",
                             "and where was that", said)
        assert answer.answered and "9 September 2023" in answer.text, (said, answer.text)


def test_a_question_restated_as_a_sentence_of_its_own_is_split_from_the_value() -> None:
    found = read("sorry, I meant the Velda meeting, the one with the Aurelian official. What date was that?")
    assert found is not None and found.new == "the Velda meeting" and found.restated == "What date was that"


def test_a_record_meant_and_its_question_in_two_sentences_is_asked_of_that_record(engine: Engine) -> None:
    answer = last_answer(engine, "when did the kyrgyz FM meet hayashi", "what time",
                         "sorry, I meant the Uzbek meeting, the one with the Japanese official. What date was that?")
    assert answer.answered and "26 January 2024" in answer.text and "2022" not in answer.text, answer.text


def test_the_pronouns_of_a_restated_question_are_the_one_meant_and_the_one_kept(engine: Engine) -> None:
    answer = last_answer(engine, "When did Hayashi meet Kuleba?", "Sorry, I meant Kamikawa. When did she meet him?")
    assert answer.answered and "20 September 2023" in answer.text and "18 September" not in answer.text, answer.text


def test_the_countrys_one_meant_with_a_restated_question_is_of_the_people_shown(engine: Engine) -> None:
    answer = last_answer(engine, "Who did Ikegami Masaki meet in January?",
                         "what position does the Uzbek official hold?",
                         "sorry, I meant the Japanese one. what's his position?")
    assert answer.answered and "Ikegami" in answer.title and "Deputy Director General" in answer.text, answer.text


def test_the_countrys_one_meant_replaces_the_person_of_the_last_question(engine: Engine) -> None:
    answer = last_answer(engine, "How long did the Usmanov meeting last?", "sorry i meant the kyrgyz one")
    assert answer.answered and "30 minutes" in answer.text, answer.text


def test_the_one_of_another_country_after_a_question_of_a_country_outside_the_records(engine: Engine) -> None:
    # ("the kyrgyz one" stands for the Kyrgyz foreign minister, in place of the Kazakh one the records lack)
    answer = last_answer(engine, "what did hayashi discuss with the kazakh foreign minister",
                         "ok what about the kyrgyz one")
    assert answer.answered and "Kyrgyz" in answer.title and "Kazakhstan" not in answer.text, answer.text


def test_a_correction_followed_by_a_question_of_its_own_asks_that_question_in_the_conversation(engine: Engine) -> None:
    answer = last_answer(engine, "who did kagame meet in bali", "who attended from the rwandan side",
                         "sorry, I meant just the finance minister - what is his name?")
    assert answer.answered and "Ndagijimana" in answer.text, answer.text


def test_a_correction_naming_a_person_and_a_place_asks_the_restated_question_of_both(engine: Engine) -> None:
    answer = last_answer(engine, "who did kamikawa meet in ny", "no wait i meant hayashi in kyiv, who'd he meet")
    assert answer.answered and "Zelenskyy" in answer.text and "Shmyhal" in answer.text, answer.text
    assert "Kulubaev" not in answer.text and "Kuleba " not in answer.text, answer.text
    # the record the correction found is what "what date" asks of next, not the nearest record of another country
    dated = last_answer(engine, "who did kamikawa meet in ny", "no wait i meant hayashi in kyiv, who'd he meet",
                        "what date")
    assert "9 September 2023" in dated.text and "December 2022" not in dated.text, dated.text


def test_a_correction_naming_one_person_asks_the_restated_question_of_all_his_records(engine: Engine) -> None:
    answer = last_answer(engine, "who did kamikawa meet in ny", "no wait, I meant Hayashi, who did he meet?")
    assert answer.answered and "Kulubaev" in answer.text and "Zelenskyy" in answer.text, answer.text


def test_a_correction_picking_the_other_record_asks_the_last_question_of_it(engine: Engine) -> None:
    answer = last_answer(engine, "japan meetings w central asian countries in ur data?",
                         "the uzbek one, who was there from japan", "no wait, the other one")
    assert answer.answered and "Hayashi" in answer.text and "discussed" not in answer.text, answer.text


@pytest.mark.parametrize("said", ["no sorry, the finance minister", "oh wait, the finance minister"])
def test_another_post_said_after_a_correction_word_asks_the_question_again_of_it(engine: Engine, said: str) -> None:
    assert read(said) is not None
    answer = last_answer(engine, "who was rwanda's foreign minister at the kagame kishida meeting", said)
    assert answer.answered and answer.title == "Uzziel Ndagijimana", answer.text


def test_a_post_alone_is_no_correction() -> None:
    assert read("the finance minister") is None


def test_a_person_meant_in_place_of_the_one_a_pronoun_said_is_asked_of(engine: Engine) -> None:
    answer = last_answer(engine, "who is Ukraine's foreign minister in your records?",
                         "how long did Japan's meeting with him last?",
                         "sorry, I meant with the Kyrgyz foreign minister")
    assert answer.answered and "30 minutes" in answer.text, answer.text


def test_a_date_meant_said_before_i_meant_replaces_the_date_asked(engine: Engine) -> None:
    answer = last_answer(engine, "who did japan meet in dec 2022", "sorry, nov 2022 i meant")
    assert answer.answered and "Kagame" in answer.text and "Kulubaev" not in answer.text, answer.text


def test_a_correction_naming_a_meeting_by_two_people_asks_the_restated_question_of_it(engine: Engine) -> None:
    answer = last_answer(engine, "which japanese minister did kuleba meet", "how long did they talk",
                         "no wait i meant hayashi's talks with shmyhal, how long were those")
    assert not answer.answered and "Shmyhal" in answer.title and "Kyrgyz" not in answer.text, answer.text


def test_a_place_meant_with_the_thing_asked_said_again_by_there_replaces_the_place(engine: Engine) -> None:
    answer = last_answer(engine, "when did japan open embassy in kigali",
                         "sorry i meant uzbekistan, japan's embassy there")
    assert answer.answered and "Embassy of Japan in Tashkent" in answer.text, answer.text
