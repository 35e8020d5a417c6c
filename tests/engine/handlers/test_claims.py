"""Yes/no claims the records' fields decide: a person claimed of another country."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from tests.engine.conftest import TODAY, last_answer


@pytest.mark.parametrize("question", ["Was Masaya Hattori a Rwandan banker?",
                                      "Ryosuke Kozuki is Uzbekistan's trade minister, right?"])
def test_a_person_claimed_of_another_country_is_denied_with_their_own(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title.split(",")[0] == "No" and "Japanese, of Japan" in answer.text, answer.text
    assert answer.sources and answer.sources[0].quote, answer.sources


def test_a_post_held_in_the_country_claimed_is_no_other_nationality(engine: Engine) -> None:
    # a Japanese banker was the governor of Rwanda's central bank: that post of his is confirmed
    answer = engine.ask("Was Hattori Rwanda's central bank governor?", today=TODAY)
    assert answer.answered and answer.title == "Yes", answer.text


def test_the_level_claimed_of_the_meeting_discussed_is_the_posts_of_both_sides(engine: Engine) -> None:
    deputy = last_answer(engine, "when did Usmanov meet Ikegami?", "was that one also a foreign ministers' meeting?")
    assert deputy.title.split(",")[0] == "No" and "Deputy Director General" in deputy.text, deputy.text
    ministers = last_answer(engine, "when did Hayashi meet Kulubaev?", "was it a foreign-minister level meeting?")
    assert ministers.title == "Yes", ministers.text


@pytest.mark.parametrize("turns", [("how many times has the rwandan president been to japan",
                                    "is it true he met kishida in jakarta"),
                                   ("Checking my draft: the Rwandan leader met Kishida in Jakarta on the G20 "
                                    "sidelines. Is Jakarta right?",)])
def test_a_town_the_records_never_name_is_denied_for_a_pair_named_by_pronoun_or_post(engine: Engine,
                                                                                     turns: tuple[str, ...]) -> None:
    answer = last_answer(engine, *turns)
    assert answer.title.startswith("No") and "Bali" in answer.text and "Jakarta, Jakarta" not in answer.text, \
        answer.text


def test_an_invitation_to_a_town_the_records_never_name_is_no_meeting_placed_there(engine: Engine) -> None:
    answer = engine.ask("did the kyrgyz fm invite hayashi to bishkek", today=TODAY)
    assert not answer.answered and "not according to the records" not in answer.title, answer.text


def test_before_or_after_is_answered_by_the_order_the_dates_confirm_never_by_yes(engine: Engine) -> None:
    answer = last_answer(engine, "did kishida go to ukraine before or after hayashi?")
    assert answer.title == "Before", answer.text
    answer = last_answer(engine, "Was Kishida's March 2023 trip to Ukraine before or after Hayashi's meeting with "
                                 "Kulubaev?")
    assert answer.title.startswith("After"), answer.text


def test_a_forum_steered_by_one_of_each_side_is_judged_by_their_posts(engine: Engine) -> None:
    answer = last_answer(engine, "when did the japan-kyrgyz FM meeting happen?", "who represented japan",
                         "no sorry, I meant the uzbek one", "and when was that",
                         "was that one also a foreign ministers' meeting?")
    assert answer.title.startswith("No"), answer.text


def test_was_it_in_a_place_after_a_person_is_of_the_meeting_the_conversation_last_had(engine: Engine) -> None:
    answer = last_answer(engine, "when did hayashi meet the kyrgyz FM?", "name of the kyrgyz guy again?",
                         "was it in tokyo?")
    assert answer.title != "Yes" and "Embassy" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "title", "named"), [
    ("is MIIT the uzbek ministry of foreign affairs?", "No, not according to the records", "MIIT"),
    ("does JDS stand for Japan-Kyrgyz Dialogue Scheme?", "No, not according to the records", "Scholarship"),
    ("MIIT is the uzbek ministry of investments and foreign trade, right?", "Yes", "MIIT"),
    ("does OVOP stand for one vilage one product", "Yes", "One Village One Product"),
])
def test_a_short_name_claimed_as_another_is_judged_by_the_names_of_its_record(engine: Engine, question: str,
                                                                              title: str, named: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.title == title and answer.lines[0].startswith(named) or named in answer.lines[0], answer.text
    assert answer.title == title and "Usmanov" not in answer.lines[0], answer.text


@pytest.mark.parametrize("turns", [("did kamikawa meet kuleba during the g7 meeting?",),
                                   ("where did kamikawa meet the ukrainian fm", "and it was during the g7 meeting?"),
                                   ("did hayashi meet kulubaev at the g20?",)])
def test_a_gathering_claimed_as_the_occasion_is_denied_by_the_one_the_record_gives(engine: Engine,
                                                                                  turns: tuple[str, ...]) -> None:
    answer = last_answer(engine, *turns)
    assert answer.answered and answer.title.startswith("No"), answer.text
    assert "on the occasion of" in answer.text, answer.text


@pytest.mark.parametrize("question", ["did kishida meet kagame at the g20?",
                                      "did hayashi meet kulubaev during the central asia plus japan meeting?"])
def test_the_gathering_a_record_gives_as_the_occasion_is_confirmed(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title == "Yes", answer.text


def test_she_and_him_after_a_meeting_of_a_woman_and_a_man_are_told_apart(engine: Engine) -> None:
    # the record says he congratulated her: her congratulating him is not what it says
    first = "when and where did kamikawa meet kuleba"
    reversed_claim = last_answer(engine, first, "did she congratulate him?")
    assert not (reversed_claim.answered and reversed_claim.title == "Yes"), reversed_claim.text
    recorded = last_answer(engine, first, "did he congratulate her?")
    assert recorded.answered and recorded.title == "Yes" and "congratulated" in recorded.text, recorded.text


def test_he_after_a_list_of_one_persons_meetings_is_that_person_in_an_order_claim(engine: Engine) -> None:
    answer = last_answer(engine, "who did the japanese FM meet in kyiv",
                         "did he meet zelenskyy before or after shmyhal?")
    assert answer.answered and answer.title == "After", answer.text


@pytest.mark.parametrize(("question", "title"), [
    ("was the uzbek meeting at minister level?", "No, not according to the records"),
    ("was the uzbek meeting at foreign minister level?", "No, not according to the records"),
    ("was the kyrgyz meeting at foreign minister level?", "Yes"),
])
def test_a_level_claimed_of_a_meeting_named_by_its_country(engine: Engine, question: str, title: str) -> None:
    assert engine.ask(question, today=TODAY).title == title


@pytest.mark.parametrize("follow_up", ["did he go anywhere outside kyiv itself",
                                       "did he go anywhere beyond kyiv?"])
def test_a_place_outside_the_one_named_on_the_visit(engine: Engine, follow_up: str) -> None:
    answer = last_answer(engine, "During the Japanese FM's visit to Kyiv in September 2023, who did he meet?",
                         follow_up)
    assert answer.answered and "Bucha" in answer.text, answer.text


def test_only_one_thing_of_the_record_shown(engine: Engine) -> None:
    no = last_answer(engine, "How did Japan help Rwanda during covid?", "what year", "only in kigali?")
    assert no.answered and no.title.startswith("No") and "four provinces" in no.text, no.text
    # a record that names the thing alone does not say it was the only one
    untold = last_answer(engine, "how many generators did japan send ukraine", "only generators?")
    assert untold.answered is False and "does not say" in untold.text, untold.text


def test_he_of_a_claimed_meeting_is_the_one_who_met_the_person_named(engine: Engine) -> None:
    # (after Hayashi, Zelenskyy and Shmyhal: "he" who met Zelenskyy is Hayashi, whose meeting was in Kyiv, not
    # Shmyhal of Zelenskyy's own side)
    answer = last_answer(engine, "when did hayashi go to kyiv", "who did he meet there",
                         "so he met zelensky in lviv right?")
    assert answer.answered and answer.title.startswith("No") and "Kyiv" in answer.text, answer.text


def test_a_place_denied_shows_who_met_where(engine: Engine) -> None:
    # ("or was it the other way round?": who went to whom is told by who met where)
    answer = engine.ask("did hayashi fly to bishkek to meet kulubaev or was it the other way round", today=TODAY)
    assert answer.title.startswith("No") and "Zheenbek Kulubaev" in answer.text and "in Japan" in answer.text, \
        answer.text


@pytest.mark.parametrize("question", ["japan and ukraine had two ministerial meetings in september 2023, right?",
                                      "japanese fms met ukrainians twice in sept 2023 right?"])
def test_a_number_of_meetings_claimed_is_borne_out_by_the_meetings_that_fit_each_listed(engine: Engine,
                                                                                        question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title == "Yes", answer.text
    assert "Hayashi" in answer.text and "Kamikawa" in answer.text and "another thing" not in answer.text, answer.text
    assert len(answer.items) == 2, answer.items


def test_a_number_of_meetings_the_records_do_not_hold_is_not_confirmed_with_those_they_do(engine: Engine) -> None:
    answer = engine.ask("did kamikawa meet kuleba twice?", today=TODAY)
    assert not answer.answered and "1 meeting" in answer.text and "New York" in answer.text, answer.text
    assert "another thing" not in answer.text, answer.text


def test_meetings_held_during_one_visit_are_counted_as_the_meetings_they_are(engine: Engine) -> None:
    answer = engine.ask("did hayashi meet ukrainian leaders twice in kyiv?", today=TODAY)
    assert answer.title == "Yes" and "2 meetings, held during 1 visit" in answer.text, answer.text


def test_a_number_a_record_states_itself_is_decided_by_that_record(engine: Engine) -> None:
    answer = engine.ask("did kagame visit japan twice?", today=TODAY)
    assert answer.title.startswith("No") and "three times" in answer.text, answer.text


@pytest.mark.parametrize("claim", ["and he's the foreign minister?", "is he the foreign minister?"])
def test_a_post_claimed_of_the_one_meant_is_judged_by_the_posts_the_records_give(engine: Engine, claim: str) -> None:
    deputy = last_answer(engine, "who did usmanov meet?", claim)
    assert deputy.title.startswith("No") and "Deputy Minister of Foreign Affairs" in deputy.text, deputy.text
    minister = last_answer(engine, "when did hayashi meet kulubaev?", claim)
    assert minister.title == "Yes" and "Hayashi" in minister.text, minister.text


def test_a_first_claimed_of_the_one_meant_is_no_post_claimed(engine: Engine) -> None:
    answer = last_answer(engine, "whn did hayashi go to kyiv", "was he the first japanese foreign minister to go there "
                                                               "since the full-scale war began?")
    assert answer.title == "Yes" and "first" in answer.text, answer.text


@pytest.mark.parametrize(("claim", "title"), [("over 200 companies at the uz jp forum?", "Yes"),
                                              ("over 500 companies at the uz jp forum?", "No")])
def test_a_count_put_to_an_event_is_checked_against_its_record(engine: Engine, claim: str, title: str) -> None:
    answer = engine.ask(claim, today=TODAY)
    assert answer.answered and answer.title.startswith(title), answer.text


def test_an_order_stated_of_the_one_he_is_is_answered_of_him(engine: Engine) -> None:
    answer = last_answer(engine, "yo who's ukraine's pm in these articles", "he met hayashi before or after zelensky?")
    assert answer.answered and answer.title == "Before", answer.text
