"""Posts and their holders: who held a post when, and nobody where the records show nobody."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.engine import describe as d
from tests.engine.conftest import TODAY, last_answer


def test_a_post_before_any_record_of_it_has_no_holder(engine: Engine) -> None:
    answer = engine.ask("Who was Japan's foreign minister in 2019?", today=TODAY)
    assert not answer.answered, answer.text
    assert "nobody in that post in 2019" in answer.text
    assert "Hayashi" in answer.text  # the earliest holder the records show, as a suggestion


def test_a_post_within_the_records_has_its_holder_then(engine: Engine) -> None:
    answer = engine.ask("Who was Japan's foreign minister in December 2022?", today=TODAY)
    assert answer.answered and answer.title == "Yoshimasa Hayashi", answer.text


def test_every_holder_of_a_post_named_in_the_records_is_listed(engine: Engine) -> None:
    answer = engine.ask("Name all the Japanese foreign ministers who appear in these records.", today=TODAY)
    assert answer.answered and "Kamikawa" in answer.text and "Hayashi" in answer.text, answer.text


def test_heads_of_state_or_government_are_both_posts(engine: Engine) -> None:
    answer = engine.ask("Which heads of state or government met Japanese officials?", today=TODAY)
    assert answer.answered and all(n in answer.text for n in ("Kagame", "Zelenskyy", "Shmyhal")), answer.text


def test_a_class_of_post_ends_at_the_verb_so_the_home_side_is_who_met_them(engine: Engine) -> None:
    answer = engine.ask("Which heads of state or government did Japanese officials meet?", today=TODAY)
    assert answer.answered and "Zelenskyy" in answer.text and "Kagame" in answer.text
    assert "Kishida" not in answer.title


def test_who_took_over_a_post_is_asked_of_the_post_the_person_held(engine: Engine) -> None:
    answer = engine.ask("Who took over Rwanda's central bank after the Japanese banker Hattori?", today=TODAY)
    assert not answer.answered and "after Masaya Hattori" in answer.text  # nobody the records name


def test_who_replaced_someone_came_after_and_whom_someone_replaced_came_before(engine: Engine) -> None:
    after = engine.ask("who succeeded hayashi as foreign minister", today=TODAY)
    before = engine.ask("whom did kamikawa replace", today=TODAY)
    assert after.title == "Yoko Kamikawa" and before.title == "Yoshimasa Hayashi"


def test_a_post_held_before_an_appointment_is_beyond_the_records(engine: Engine) -> None:
    answer = engine.ask("What post did Japan's new foreign minister hold before her appointment?", today=TODAY)
    assert not answer.answered and "earlier careers" in answer.text


def test_the_new_holder_of_a_post_is_the_latest_the_records_show(engine: Engine) -> None:
    assert engine.ask("who is japan's new foreign minister", today=TODAY).title == "Yoko Kamikawa"
    where = engine.ask("In which city did Japan's new foreign minister and her Ukrainian counterpart hold talks?",
                       today=TODAY)
    assert "New York" in where.text and "Kyiv" not in where.text


def test_a_long_form_the_source_does_not_give_is_not_offered(engine: Engine) -> None:
    """A term's aliases help find it; its long form is told only where its source spells it out."""
    unspelt = engine.ask("what does TICAD stand for?", today=TODAY)
    assert not unspelt.answered and "Tokyo International" not in unspelt.text
    spelt = engine.ask("what does OVOP stand for", today=TODAY)
    assert spelt.answered and "One Village One Product" in spelt.title


def test_holders_of_a_post_who_met_another_country_are_counted_in_the_dates_asked(engine: Engine) -> None:
    answer = engine.ask("How many different Japanese foreign ministers met Ukrainian officials in September 2023?")
    assert answer.title == "2 people in the records" and "Kuleba:" not in answer.text, answer.text


def test_the_posts_of_partner_countries_are_every_country_but_the_home_one(engine: Engine) -> None:
    answer = engine.ask("Who are the foreign ministers of Japan's partner countries named in the records?")
    assert "Kuleba" in answer.text and "Kulubaev" in answer.text and "Kamikawa" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["whose peace formula is it?", "and whose Peace Formula was it?"])
def test_whose_thing_is_it_is_what_its_record_says_it_is(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answered and answer.title.endswith("Zelenskyy") and "Peace Formula" in answer.text, answer.text


@pytest.mark.parametrize(("question", "answered", "name"), [
    ("which prime minister did Hayashi meet?", True, "Shmyhal"),
    ("which president did Kishida meet?", True, "Kagame"),
    ("which prime minister did Kamikawa meet?", False, "Kuleba"),  # none: whom she did meet is said
])
def test_the_holders_of_a_post_someone_met_are_among_those_they_met(
        engine: Engine, question: str, answered: bool, name: str) -> None:
    answer = engine.ask(question)
    assert answer.answered is answered and name in answer.text, answer.text


def test_a_post_written_as_initials_is_spelt_out(engine: Engine) -> None:
    answer = engine.ask("What post does Fumio Kishida hold in these articles?", today=TODAY)
    assert "PM (Prime Minister)" in answer.text, answer.text


def test_a_handle_is_the_at_name_the_records_give_with_the_sentence_using_it(engine: Engine) -> None:
    answer = engine.ask("what's kishida's twitter handle?")
    assert answer.answered and answer.title.startswith("@") and answer.title in answer.lines[0]


def test_a_post_asked_of_a_year_after_every_record_of_it_is_not_answered(engine: Engine) -> None:
    holders = engine.index.roles_of("foreign-minister")
    home = [role for _, role in holders if role.country == engine.index.home]
    assert home
    later = max(d.role_date(role) for role in home).last_day().year + 2
    answer = engine.ask(f"who was Japan's foreign minister in {later}?")
    assert not answer.answered and "latest they show" in answer.text
    assert engine.ask("who is Japan's foreign minister?").answered


def test_the_title_of_someone_named_after_of(engine: Engine) -> None:
    found = engine.ask("What was the full ministerial title of Vincent Biruta at the Bali meeting?", today=TODAY)
    assert found.answered and "Biruta" in found.title and "Foreign Affairs and Cooperation" in found.text, found.text


def test_the_title_of_someone_described_is_not_of_the_one_named_in_the_description(engine: Engine) -> None:
    found = engine.ask("What was the title of the Japanese official who met Usmanov?", today=TODAY)
    assert "Post of Bobur Usmanov" not in found.title, found.text


def test_a_title_asked_is_not_a_deputy_post_with_its_words(engine: Engine) -> None:
    found = engine.ask("Who was Uzbekistan's Minister of Foreign Affairs at the time of the Usmanov-Ikegami meeting?",
                       today=TODAY)
    assert not found.answered and "Usmanov" not in found.title, found.text
    deputy = engine.ask("What is the name of Uzbekistan's Deputy Minister of Foreign Affairs?", today=TODAY)
    assert deputy.answered and "Usmanov" in deputy.title, deputy.text


def test_a_post_before_the_one_held_is_none_when_the_records_give_one_post(engine: Engine) -> None:
    answer = engine.ask("What post did Kulubaev hold before he became foreign minister?", today=TODAY)
    assert not answer.answered and "no earlier post" in answer.text, answer.text
    before = engine.ask("what was kulubaev's job before foreign minister", today=TODAY)
    assert not before.answered and "no earlier post" in before.text, before.text
    # a second post shown on the same day is no earlier one
    kagame = engine.ask("What post did Kagame hold before he became president?", today=TODAY)
    assert not kagame.answered and "AUDA" not in kagame.title, kagame.text
    # the post held is still what "what post did he hold?" asks
    held = engine.ask("What post did Kuleba hold when he met Kamikawa?", today=TODAY)
    assert held.answered and "Foreign Affairs" in held.text, held.text


@pytest.mark.parametrize("question", ["Who is the current governor of the National Bank of Rwanda?",
                                      "who is the governor of rwanda's central bank now"])
def test_a_post_asked_of_today_is_not_answered_by_its_first_holder(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "first Governor" in answer.text and "Hattori" in answer.text, answer.text


def test_a_post_asked_of_the_past_is_answered_by_its_first_holder(engine: Engine) -> None:
    answer = engine.ask("who was the governor of the central bank of rwanda", today=TODAY)
    assert answer.answered and answer.title == "Masaya Hattori", answer.text


def test_the_holder_immediately_before_someone_is_a_question_of_succession(engine: Engine) -> None:
    answer = engine.ask("Who was Japan's foreign minister immediately before Hayashi?", today=TODAY)
    assert not answer.answered and "before Yoshimasa Hayashi" in answer.text, answer.text


def test_holders_of_a_post_are_listed_in_the_order_they_held_it(engine: Engine) -> None:
    answer = engine.ask("Which Japanese foreign ministers appear in your records?", today=TODAY)
    assert answer.answered and answer.text.index("Hayashi") < answer.text.index("Kamikawa"), answer.text


def test_a_post_asked_alone_after_a_meeting_is_the_partner_countrys_when_it_has_one(engine: Engine) -> None:
    answer = last_answer(engine, "what did zelenskyy say to hayashi", "and the prime minister?")
    assert answer.answered and answer.title == "Denys Shmyhal", answer.text
    home = engine.ask("who is the prime minister?", today=TODAY)
    assert home.answered and home.title == "Fumio Kishida", home.text


def test_what_is_actually_in_a_term_is_what_it_consists_of(engine: Engine) -> None:
    answer = engine.ask("whats actually in the peace formula", today=TODAY)
    assert not answer.answered and "consists of" in answer.text, answer.text


def test_a_post_on_a_day_between_two_dated_holders_is_not_said_to_be_known_only_before(engine: Engine) -> None:
    answer = engine.ask("who was japan's foreign minister on 15 september 2023?", today=TODAY)
    assert not answer.answered and "all earlier" not in answer.text, answer.text
    assert "Hayashi" in answer.text and "Kamikawa" in answer.text and "before and after" in answer.text


@pytest.mark.parametrize("question", [
    "Which foreign ministers of countries other than Japan appear in the documents?",
    "which foreign ministers other than japan's are in the records?",
])
def test_holders_of_a_post_in_countries_other_than_one_named_leave_that_country_out(
        engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "Kuleba" in answer.text and "Kulubaev" in answer.text, answer.text
    assert "Kamikawa" not in answer.text and "Hayashi" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["What's the name of the Rwandan leader's foreign minister?",
                                      "who is the rwandan president's foreign minister?"])
def test_the_post_owned_by_the_holder_of_another_is_the_one_asked(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title == "Vincent Biruta", answer.text


def test_the_holders_of_a_post_named_in_an_answer_are_a_list_to_pick_from_by_when_they_held_it(
        engine: Engine) -> None:
    answer = last_answer(engine, "who was japans top diplomat in 2023", "which of them came first")
    assert answer.answered and "Hayashi" in answer.title and "Kamikawa" not in answer.title, answer.text
