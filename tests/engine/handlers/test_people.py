"""Questions of people: who went somewhere, by the post asked."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from tests.engine.conftest import TODAY, last_answer


def test_which_holder_of_a_post_went_there_is_of_those_who_went_in_that_post(engine: Engine) -> None:
    answer = engine.ask("Which Japanese prime minister visited Ukraine in 2023?", today=TODAY)
    assert answer.answered and answer.title == "Fumio Kishida", answer.text
    # without a post, everyone of the home side who went
    everyone = engine.ask("Which Japanese leaders visited Ukraine?", today=TODAY)
    assert "Kishida" in everyone.title and "Hayashi" in everyone.title, everyone.text
    # a post nobody who went held: said so, not the others who went
    nobody = engine.ask("Which Japanese deputy foreign minister visited Ukraine?", today=TODAY)
    assert not nobody.answered and "Hayashi" not in nobody.text, nobody.text


def test_a_holder_mentioned_as_having_done_something_is_asked_of_that_deed(engine: Engine) -> None:
    answer = engine.ask("Which Japanese prime minister is mentioned as having visited Ukraine in 2023, and in which "
                        "month?", today=TODAY)
    assert answer.answered and "Kishida" in answer.text and "March 2023" in answer.text, answer.text
    assert "November 2022" not in answer.text, answer.text
    # a clause with its own subject is an event whose date says whose term it was
    held = engine.ask("Who was Japan's prime minister when Hayashi visited Kyiv?", today=TODAY)
    assert held.answered and "Kishida" in held.text, held.text


def test_the_one_hosted_is_asked_by_the_passive_or_by_whom(engine: Engine) -> None:
    guest = engine.ask("Which official of Japan's Ministry of Foreign Affairs was hosted by Uzbekistan's Deputy "
                       "Foreign Minister Bobur Usmanov on January 26?", today=TODAY)
    assert guest.answered and guest.title == "Hosted: Masaki Ikegami", guest.text
    assert engine.ask("whom did Usmanov host on January 26?", today=TODAY).title == "Hosted: Masaki Ikegami"
    host = engine.ask("Who hosted Ikegami?", today=TODAY)
    assert host.title.startswith("Host: Bobur Usmanov"), host.text


def test_the_host_of_a_meeting_named_by_its_day_or_by_a_body_of_a_side(engine: Engine) -> None:
    by_day = engine.ask("Who hosted the January 26 meeting?", today=TODAY)
    assert by_day.title.startswith("Host: Bobur Usmanov"), by_day.text
    # the ministry one of them works at is a body of a side, not a gathering with a host of its own
    by_body = engine.ask("who hosted the meeting between the uzbek deputy FM and the official of Japan's foreign "
                         "ministry?", today=TODAY)
    assert by_body.title.startswith("Host: Bobur Usmanov"), by_body.text


def test_who_was_with_someone_is_the_others_of_their_side_at_the_meeting_discussed(engine: Engine) -> None:
    with_him = last_answer(engine, "kagame n kishida mtg, where was it", "who was with kagame from his govt")
    assert with_him.answered and "Biruta" in with_him.title and "Ndagijimana" in with_him.title, with_him.text
    alone = last_answer(engine, "When did Hayashi meet Kulubaev?", "who was with Hayashi from his side?")
    assert not alone.answered and "no one else" in alone.text, alone.text


def test_holders_of_a_post_are_shown_with_the_meetings_of_the_time_asked(engine: Engine) -> None:
    answer = engine.ask("Which two Japanese foreign ministers engaged with Ukraine in September 2023?", today=TODAY)
    assert answer.answered and "Hayashi" in answer.title and "Kamikawa" in answer.title, answer.text
    assert "Kyrgyz" not in answer.text, answer.text
    # a time when none of them met that country: nobody
    nobody = engine.ask("Which Japanese foreign ministers met Ukrainian officials in 2021?", today=TODAY)
    assert not nobody.answered or "Hayashi" not in nobody.text, nobody.text


def test_a_post_with_a_word_for_its_kind_is_the_post_of_the_one_named(engine: Engine) -> None:
    answer = last_answer(engine, "What ministerial post did Dr. Vincent Biruta hold when he attended the "
                                 "Kagame-Kishida meeting?")
    assert answer.title == "Post of Vincent Biruta", answer.text


def test_the_post_of_a_side_described_is_of_the_one_person_there(engine: Engine) -> None:
    """"the Japanese co-chair" after the forum's two steering people: the Japanese one, by his post."""
    answer = last_answer(engine, "Who steered the discussions at the Uzbekistan-Japan business forum?",
                         "What is the Japanese co-chair's official post?")
    assert answer.answered and "Kozuki" in answer.title and "State Minister" in answer.text, answer.text


def test_a_post_named_after_the_counted_people_is_not_what_is_counted(engine: Engine) -> None:
    # "how many Rwandan ministers … with Japan's prime minister?" counts the ministers, not prime ministers
    answer = engine.ask("How many Rwandan ministers are named as attending the Bali meeting with Japan's prime "
                        "minister?", today=TODAY)
    assert answer.answered and answer.title.startswith("2 ministers"), answer.text
    assert "Biruta" in answer.text and "Kishida:" not in answer.text, answer.text
    # the post itself counted still is
    counted = engine.ask("How many different Japanese foreign ministers appear?", today=TODAY)
    assert counted.title == "2 people in the records" and "Kamikawa" in counted.text, counted.text


def test_who_travelled_to_whom_is_the_direction_of_a_meeting_on_a_trip(engine: Engine) -> None:
    # a meeting and the trip it was part of, both in one country: one side came, the other hosted
    answer = engine.ask("Hayashi and Zelenskyy held talks in September 2023. Who travelled to whom?", today=TODAY)
    assert answer.title == "Visitor: Yoshimasa Hayashi", answer.text
    assert "Zelenskyy hosted" in answer.text and "Also held there:" in answer.text, answer.text
    # "who travelled" in a clause, or "with" someone, does not ask the direction
    clause = engine.ask("What did the Japanese foreign minister who travelled to Kyiv agree on with Ukraine's "
                        "president?", today=TODAY)
    assert not clause.title.startswith(("Visitor", "Host")) and "negotiat" in clause.text, clause.text
    assert not engine.ask("Who travelled with Hayashi to Kyiv?", today=TODAY).title.startswith("Visitor")


def test_asked_about_a_post_holder_is_who_holds_it_then_their_profile(engine: Engine) -> None:
    answer = engine.ask("Tell me about Ukraine's president", today=TODAY)
    assert answer.title == "Volodymyr Zelenskyy" and answer.lines[0].startswith("Volodymyr Zelenskyy is President")
    assert "Peace Formula" in answer.text and answer.items, answer.text  # the profile, with his meetings
    # "who is" asks the holder alone
    assert "Peace Formula" not in engine.ask("Who is Ukraine's president?", today=TODAY).text


def test_a_post_met_is_one_of_the_other_side(engine: Engine) -> None:
    # his own foreign minister at the table is not a foreign minister he met
    answer = engine.ask("Did Kagame meet a foreign minister?", today=TODAY)
    assert not answer.answered and "Biruta" not in answer.text, answer.text
    assert engine.ask("Did Kagame meet a prime minister?", today=TODAY).title == "Yes: Fumio Kishida"
    # "was it A who met a head of state?" is the same claim, of A
    assert not engine.ask("Was it Yoko Kamikawa who met a head of state?", today=TODAY).answered
    yes = engine.ask("Was it Yoshimasa Hayashi who met a head of state?", today=TODAY)
    assert yes.title == "Yes: Volodymyr Zelenskyy", yes.text


def test_officials_asked_with_a_post_are_its_holders_listed(engine: Engine) -> None:
    answer = engine.ask("Which Japanese officials in these records carry the title of foreign minister?", today=TODAY)
    assert answer.title == "2 people in the records" and "Hayashi" in answer.text, answer.text
    # a misspelt plural ("countrys") is read as the plural
    countries = engine.ask("which central asian countrys did japan hold talks with", today=TODAY)
    assert countries.title == "2 countries", countries.text


def test_a_post_asked_after_its_holder_was_discussed_is_that_holder(engine: Engine) -> None:
    for asked in ("whats the PM's name?", "who is the PM?"):
        answer = last_answer(engine, "what did the ukrainian PM thank japan for", asked)
        assert answer.answered and answer.title == "Denys Shmyhal", answer.text
    # on its own, the post's name asks who holds it, as "who is the PM?" does
    alone = engine.ask("what's the name of the PM?", today=TODAY)
    assert alone.answered and alone.kind in ("role", "person"), alone.text
    # an order of the people discussed is no question of who holds the post
    first = last_answer(engine, "when did kamikawa meet kuleba?", "which of them was foreign minister first?")
    assert not (first.answered and first.title == "Yoko Kamikawa" and "member of the National Diet" in first.text)


def test_whom_each_holder_met_is_of_the_country_said_with_the_post_and_the_side_and_year_asked(engine: Engine) -> None:
    text = engine.ask("Which Japanese foreign ministers met Ukrainian officials in 2023, and whom did each one meet?",
                      today=TODAY).text
    assert text.startswith("2 holders") and "Kuleba (Minister for Foreign Affairs of Ukraine):" not in text, text
    assert "G7" not in text and "Kyrgyz" not in text, text  # (not a meeting with another side, or of another year)


def test_a_leader_is_a_holder_of_any_post_of_the_class(engine: Engine) -> None:
    # of those who went there, the one who was a head of state or government (a foreign minister is no leader)
    answer = engine.ask("Which Japanese leader had been to Ukraine by March 2023?", today=TODAY)
    assert answer.answered and answer.title == "Fumio Kishida", answer.text
    # "the only leader": a second holder of the class met there denies it
    only = engine.ask("Was Zelenskyy the only Ukrainian leader Hayashi met in Kyiv?", today=TODAY)
    assert only.title.split(",")[0] == "No" and "Shmyhal" in only.text, only.text
    assert {p.id for p, _ in engine.index.roles_of("leader")} >= {"paul-kagame", "fumio-kishida", "denys-shmyhal"}


def test_a_post_holder_who_had_gone_somewhere_is_asked_of_the_journey(engine: Engine) -> None:
    # not who holds the post: who of its holders made the trip, with the trip shown
    answer = last_answer(engine, "Was Hayashi's trip to Ukraine the first by a Japanese foreign minister since the "
                                 "full-scale war began?", "which Japanese prime minister had gone there earlier that "
                                 "year?", "in what month?")
    assert answer.answered and "March 2023" in answer.text and "Kagame" not in answer.title, answer.text


def test_ministers_who_sat_in_on_a_meeting_are_no_class_of_post_holders(engine: Engine) -> None:
    answer = engine.ask("Which two Rwandan cabinet ministers sat in on the president's meeting with the Japanese "
                        "premier?", today=TODAY)
    assert "Biruta" in answer.text and "Ndagijimana" in answer.text and answer.title != "Paul Kagame", answer.text


def test_the_country_of_a_person_is_theirs_not_where_they_met(engine: Engine) -> None:
    answer = engine.ask("Kulubaev is from which country?", today=TODAY)
    assert answer.answered and answer.title == "Kyrgyzstan", answer.text
    assert engine.ask("which country is Shmyhal from?", today=TODAY).title == "Ukraine"
    # "he" after "who did A meet?" is the one answered; the meeting stays the topic
    met = last_answer(engine, "who did Hayashi meet on 24 December 2022?", "which country is he from?")
    assert met.title == "Kyrgyzstan", met.text
    why = last_answer(engine, "who did Hayashi meet on 24 December 2022?", "which country is he from?",
                      "why was he in Japan?")
    assert "Central Asia plus Japan" in why.text, why.text
    # "he" of two people named: each one's country, never one picked
    both = last_answer(engine, "When did Hayashi meet Kulubaev?", "which country is he from?")
    assert "Kyrgyzstan" in both.text and "Japan" in both.text, both.text
    # a place's country is not a person's
    assert engine.ask("Which country is Bali in?", today=TODAY).title == "Indonesia"


def test_which_diplomat_was_someones_guest_is_whom_they_hosted(engine: Engine) -> None:
    answer = engine.ask("Which Japanese diplomat was Bobur Usmanov's guest?", today=TODAY)
    assert answer.answered and "Ikegami" in answer.title, answer.text


def test_that_guys_title_is_the_post_of_whom_the_last_answer_named(engine: Engine) -> None:
    answer = last_answer(engine, "who is bobur usmanov", "who did he host from japan?", "what's that guy's title")
    assert "Deputy Director General" in answer.text and "Europe" in answer.text, answer.text


def test_whom_someone_met_after_another_is_of_their_later_days(engine: Engine) -> None:
    none = engine.ask("who did kamikawa meet after kuleba in ny", today=TODAY)
    assert not none.answered and "no meeting of Yoko Kamikawa after" in none.text, none.text
    later = engine.ask("whom did Hayashi see after Kulubaev?", today=TODAY)
    assert later.answered and "Zelenskyy" in later.text and "Shmyhal" in later.text, later.text


@pytest.mark.parametrize("question", [
    "Which Japanese foreign minister met both the Kyrgyz foreign minister and the Ukrainian president?",
    "Which Japanese cabinet member met both the Kyrgyz foreign minister in December 2022 and the Ukrainian president "
    "in September 2023?"])
def test_one_who_met_both_of_two_is_who_took_part_in_a_meeting_with_each(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title == "Yoshimasa Hayashi", answer.text


def test_the_time_when_two_people_finished_is_no_question_of_their_posts(engine: Engine) -> None:
    answer = last_answer(engine, "About what time was it in Japan when Kamikawa and Kuleba finished?")
    assert "7:30" in answer.text, answer.text


@pytest.mark.parametrize(("question", "met"), [
    ("Did Hayashi meet the president?", "Zelenskyy"), ("Did Kuleba meet the president?", None),
    ("Was it Kuleba who met the president?", None), ("Did Kishida meet a president in Tokyo?", None),
    ("Did Kishida meet a president in Bali?", "Kagame"),
])
def test_the_holder_of_a_post_met_is_one_the_person_met_there(engine: Engine, question: str, met: str | None) -> None:
    answer = engine.ask(question, today=TODAY)
    if met is None:
        assert not answer.answered, answer.text
    else:
        assert answer.title.startswith("Yes") and met in answer.title, answer.text


@pytest.mark.parametrize("question", ["Which Kyrgyz officials came to Japan with Kulubaev?",
                                      "who went to Kyiv with Hayashi?"])
def test_who_came_with_someone_is_read_from_their_meeting_there_asked_first(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "names no one else" in answer.text, answer.text


def test_a_host_country_whose_side_the_record_names_no_one_of_is_not_said_to_be_no_host(engine: Engine) -> None:
    answer = engine.ask("who hosted kishida when he went to ukraine in march 2023", today=TODAY)
    assert not answer.answered and "Neither" not in answer.text and "names no one" in answer.text, answer.text
    third = engine.ask("who hosted the Kagame-Kishida meeting?", today=TODAY)
    assert third.title == "Neither side hosted", third.text


@pytest.mark.parametrize(("question", "expected"), [
    ("Which two Rwandan cabinet ministers were in the room when the Rwandan leader met the Japanese PM?", "Biruta"),
    ("Who was the host when the Uzbek deputy foreign minister and the Japanese official Ikegami met?", "Usmanov")])
def test_a_post_named_in_the_when_clause_describes_the_event_not_the_one_asked(engine: Engine, question: str,
                                                                              expected: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and expected in answer.text, answer.text
    held = engine.ask("who was Japan's prime minister when Hayashi visited Kyiv?", today=TODAY)
    assert held.title == "Fumio Kishida", held.text


def test_a_count_of_someones_companions_is_of_their_side_not_of_whom_they_met(engine: Engine) -> None:
    answer = engine.ask("How many people accompanied Hayashi at the Bucha memorial?", today=TODAY)
    assert not answer.answered and "Zelenskyy" not in answer.text and "no one else" in answer.text, answer.text
    answer = engine.ask("how many people came with kagame to the meeting with kishida?", today=TODAY)
    assert answer.title.startswith("2 ") and "Biruta" in answer.text and "Kishida (" not in answer.text, answer.text


def test_who_took_over_from_someone_described_is_asked_of_that_person(engine: Engine) -> None:
    answer = engine.ask("who took over from the japanese banker as head of rwanda's central bank", today=TODAY)
    assert not answer.answered and "after Masaya Hattori" in answer.text, answer.text


def test_a_full_title_with_a_word_of_rank_the_question_lacks_is_another_post(engine: Engine) -> None:
    minister = engine.ask("Who is Japan's Minister of Economy, Trade and Industry?", today=TODAY)
    assert not minister.answered, minister.text
    assert "no one of Japan with that post" in minister.text and "State Minister" in minister.text, minister.text
    state = engine.ask("who is japan's state minister of economy, trade and industry", today=TODAY)
    assert state.answered and state.title == "Ryosuke Kozuki", state.text
    deputy = engine.ask("Who is Uzbekistan's minister of foreign affairs?", today=TODAY)
    assert not deputy.answered and "Deputy Minister" in deputy.text, deputy.text


def test_who_attended_from_a_country_asks_its_people_not_the_meetings_held_there(engine: Engine) -> None:
    none = last_answer(engine, "what was the theme of the G20 summit in Bali?", "who attended from the United States?")
    assert not none.answered and "no one from United States" in none.text, none.text
    japan = engine.ask("who attended from japan in 2023", today=TODAY)
    assert japan.answered and "Kishida" in japan.text and "Hayashi" in japan.text, japan.text


@pytest.mark.parametrize("question", ["Who was Rwanda's first president?",
                                      "who was japan's first female foreign minister?"])
def test_the_first_holder_ever_is_not_told_by_later_holders(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered is False and "first" in answer.text, answer.text
    assert engine.ask("who is rwanda's president", today=TODAY).answered


@pytest.mark.parametrize(("follow_up", "title"), [("who hosted whom", "Host: Yoshimasa Hayashi"),
                                                  ("who was the host", "Host: Yoshimasa Hayashi"),
                                                  ("who was visiting whom", "Visitor: Zheenbek Kulubaev")])
def test_host_and_visitor_of_the_meeting_discussed(engine: Engine, follow_up: str, title: str) -> None:
    # (never another record that has the word "hosted")
    answer = last_answer(engine, "At what time did FM Hayashi's meeting with his Kyrgyz counterpart begin?", follow_up)
    assert answer.title == title and "in Japan" in answer.text, answer.text


def test_a_post_whose_record_says_first_holder_answers_who_was_first(engine: Engine) -> None:
    answer = engine.ask("who was the first governor of the central bank of rwanda?", today=TODAY)
    assert answer.answered and "Hattori" in answer.text, answer.text


def test_people_of_a_country_met_in_total_are_those_of_every_meeting(engine: Engine) -> None:
    answer = engine.ask("which ukrainian officials did japan meet in total", today=TODAY)
    assert answer.answered and all(n in answer.text for n in ("Zelenskyy", "Shmyhal", "Kuleba")), answer.text


def test_the_other_guy_after_one_of_two_others_of_a_side_is_the_second(engine: Engine) -> None:
    answer = last_answer(engine, "where did kagame and kishida meet", "who else was there from rwanda",
                         "whats biruta's job", "and the other guy?")
    assert "Ndagijimana" in answer.title and "Finance" in answer.text, answer.text


def test_a_post_said_as_the_title_of_the_one_named_is_no_post_asked_of_whom_they_met(engine: Engine) -> None:
    answer = last_answer(engine, "when did hayashi go to kyiv",
                         "did he also meet the foreign minister Kuleba on that trip?")
    assert not answer.title.startswith("Yes") and "Kamikawa" not in answer.title, answer.text


def test_a_post_asked_in_a_body_is_the_post_held_in_it_not_the_latest(engine: Engine) -> None:
    answer = engine.ask("what role does Kagame hold in AUDA-NEPAD?", today=TODAY)
    assert answer.answered and "Chair of" in answer.text and "President" not in answer.text, answer.text
    ikegami = engine.ask("What post does Ikegami Masaki hold in the Ministry of Foreign Affairs of Japan?", today=TODAY)
    assert ikegami.answered and "Deputy Director General" in ikegami.text, ikegami.text


def test_a_part_in_a_body_no_post_names_is_asked_of_the_record_that_tells_of_it(engine: Engine) -> None:
    answer = engine.ask("what role does kagame have in the g20?", today=TODAY)
    assert answer.answered and "Post of" not in answer.title and "AUDA-NEPAD" in answer.text, answer.text


def test_who_did_a_thing_of_a_figure_is_of_a_record_with_that_figure(engine: Engine) -> None:
    # ("14" is common in dates; the agreement of Kyiv is no record of 14 agreements)
    answer = engine.ask("who reported the 14 agreements", today=TODAY)
    assert "Zelenskyy" not in answer.title and "14 agreements" in answer.text, answer.text


def test_the_name_of_a_post_holder_at_a_meeting_is_that_holder_and_his_title_is_his(engine: Engine) -> None:
    named = last_answer(engine, "what's the name of rwanda's finance minister who was at the bali meeting")
    assert named.title == "Uzziel Ndagijimana", named.text
    turns = ("what's the name of rwanda's finance minister who was at the bali meeting", "and the foreign minister?",
             "what's his full title")
    title = last_answer(engine, *turns)
    assert title.answered and "Foreign Affairs and Cooperation" in title.text and "Kishida" not in title.text, \
        title.text


@pytest.mark.parametrize("asked", ["which japanese foreign ministers come up in your info",
                                   "which japanese foreign ministers are in your data"])
def test_holders_of_a_post_in_the_bots_information_are_listed(engine: Engine, asked: str) -> None:
    answer = engine.ask(asked, today=TODAY)
    assert "Hayashi" in answer.text and "Kamikawa" in answer.text and "Kyrgyz" not in answer.text, answer.text


def test_holders_at_a_gathering_are_of_the_gathering_not_of_talks_that_mention_it(engine: Engine) -> None:
    answer = last_answer(engine, "when did kamikawa hold the g7 meeting",
                         "Which foreign ministers attended that G7 meeting?")
    assert "Kamikawa" in answer.text and "Kuleba" not in answer.text, answer.text


def test_those_who_visited_or_met_a_country_are_both(engine: Engine) -> None:
    answer = engine.ask("Name every Japanese official shown engaging with Ukraine, whether by visiting or meeting.",
                        today=TODAY)
    assert all(n in answer.title for n in ("Kishida", "Hayashi", "Kamikawa")), answer.text
    visited = engine.ask("which japanese officials visited ukraine", today=TODAY)
    assert "Kamikawa" not in visited.title, visited.text


def test_the_other_one_after_companions_listed_is_the_other_of_them(engine: Engine) -> None:
    answer = last_answer(engine, "kagmae kishda mtg where", "wich ministers came w kagame", "whats biruta's post",
                         "n the other one")
    assert answer.answered and "Ndagijimana" in answer.title, answer.text
    portfolio = last_answer(engine, "who did kagame meet at the g20", "which ministers came with him",
                            "whats the other one's portfolio, not biruta")
    assert "Finance" in portfolio.text and "Biruta" not in portfolio.title, portfolio.text


def test_the_country_of_a_post_holder_met_is_named_when_asked_and_is_that_country_next(engine: Engine) -> None:
    answer = last_answer(engine, "Which country's president did Kishida meet at the G20 in Bali?")
    assert answer.answered and answer.title.startswith("Rwanda"), answer.text
    answer = last_answer(engine, "Which country's president did Kishida meet at the G20 in Bali?",
                         "who is that country's finance minister?", "and the foreign minister")
    assert answer.answered and "Biruta" in answer.title, answer.text


def test_those_of_a_class_who_travelled_abroad_are_each_given_with_where(engine: Engine) -> None:
    answer = last_answer(engine, "and which japanese foreign ministers travelled abroad")
    assert answer.answered and "Hayashi" in answer.title and "Kamikawa" in answer.title, answer.text
    assert "Kulubaev" not in answer.text and "New York, United States" in answer.text, answer.text


def test_those_of_a_post_at_a_gathering_whose_record_names_only_its_host_are_not_named(engine: Engine) -> None:
    answer = last_answer(engine, "which foreign ministers attended the g7 meeting in ny on sept 18")
    assert not answer.answered and "Kamikawa" in answer.text, answer.text


def test_holders_of_a_post_who_met_one_of_another_post_are_only_those(engine: Engine) -> None:
    answer = last_answer(engine, "Which foreign ministers held bilateral meetings with a Japanese foreign minister "
                                 "in your documents?")
    assert answer.answered and "Kulubaev" in answer.title and "Kuleba" in answer.title, answer.text
    assert "Biruta" not in answer.title, answer.text


def test_the_people_the_records_of_a_country_name_are_all_listed_with_their_sentences(engine: Engine) -> None:
    answer = engine.ask("which japanese people are named in the rwanda article", today=TODAY)
    assert answer.answered and "Kishida" in answer.text and "Hattori" in answer.text, answer.text
    assert not any(line.startswith("Paul Kagame") for line in answer.lines) and "“" in answer.text, answer.text
    both = engine.ask("Which Japanese officials appear in the records about Kyrgyzstan and Uzbekistan?", today=TODAY)
    assert all(name in both.text for name in ("Hayashi", "Ikegami", "Kozuki")), both.text
    assert not any(line.startswith("Fumio Kishida") for line in both.lines), both.text


def test_others_of_a_post_who_attended_are_of_the_conversations_records(engine: Engine) -> None:
    answer = last_answer(engine, "what was the theme of the g20 summit kagame went to in indonesia",
                         "in what capacity was the rwandan president there", "which other heads of state attended?")
    assert not answer.answered and "Zelenskyy" not in answer.text, answer.text


def test_the_country_a_leader_leads_is_the_country_of_the_person(engine: Engine) -> None:
    answer = last_answer(engine, "The Japanese prime minister who went to Ukraine in March - which African leader did "
                         "he meet at the G20?", "which country does he lead")
    assert answer.answered and answer.title == "Rwanda", answer.text
    assert engine.ask("which country does kuleba represent", today=TODAY).title == "Ukraine"


def test_whom_someone_met_before_the_meeting_just_discussed_is_of_that_meeting(engine: Engine) -> None:
    answer = last_answer(engine, "What was agreed when Hayashi met President Zelenskyy in Kyiv?",
                         "Whom did he meet before that meeting?")
    assert answer.answered and "Shmyhal" in answer.text and "Kulubaev" not in answer.text, answer.text
    hers = last_answer(engine, "when did kamikawa meet kuleba", "who did she meet before that meeting?")
    assert hers.answered and "G7" in hers.text and "Kuleba" not in hers.text.split("\n", 1)[1], hers.text
    assert not hers.text.rstrip().endswith(":"), hers.text  # (a meeting whose record names nobody else)


def test_the_people_met_are_said_with_their_country_when_their_post_does_not_name_it(engine: Engine) -> None:
    answer = engine.ask("Which African head of state did Fumio Kishida meet at the G20 summit in Bali?", today=TODAY)
    assert answer.answered and "Paul Kagame (President, Rwanda)" in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "Could you list the foreign ministers who attended the G7 meeting Kamikawa held in New York on September 18, 2023?",
    "who were the foreign ministers who attended the G7 meeting Kamikawa held in New York?"])
def test_people_listed_of_a_record_that_names_no_one_else_are_not_named(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "no one else" in answer.text, answer.text


def test_the_people_described_as_holding_a_post_are_every_holder(engine: Engine) -> None:
    answer = engine.ask("Which people are described as Japan's Minister for Foreign Affairs in these documents?",
                        today=TODAY)
    assert answer.answered and "Hayashi" in answer.text and "Kamikawa" in answer.text, answer.text
    assert "Kulubaev" not in answer.text, answer.text


def test_the_one_meeting_found_before_another_is_what_that_means_next(engine: Engine) -> None:
    answer = last_answer(engine, "who did hayashi meet before seeing zelensky", "what was that about")
    assert answer.answered and "business and investment" in answer.text and "Kyrgyz" not in answer.text, answer.text


def test_who_else_after_an_answer_that_named_no_one_leaves_out_the_meetings_two_sides(engine: Engine) -> None:
    answer = last_answer(engine, "who did ikegami masaki meet", "whats ikegami's job", "date of that meeting?",
                         "wasnt jan 26 also when uzbek-japan diplomatic relations started? what year",
                         "who else from japan was at the meeting")
    assert not answer.answered and answer.title == "No one else named", answer.text


@pytest.mark.parametrize("question", ["names of kyrgyz ministers who studied in japan?",
                                      "names of the ministers hayashi met?"])
def test_names_of_people_asked_without_the_is_which_people(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    if "studied" in question:
        assert not answer.answered and "name nobody" in answer.text, answer.text
    else:
        assert answer.answered and "Kulubaev" in answer.text and "Zelenskyy" in answer.text, answer.text


def test_officials_reported_as_dealing_with_others_are_those_who_met_them(engine: Engine) -> None:
    answer = engine.ask("Which Japanese officials are reported as dealing with Uzbek counterparts in January?",
                        today=TODAY)
    assert answer.answered and "Kozuki" in answer.text and "Ikegami" in answer.text, answer.text


def test_the_officials_involved_in_events_of_a_month_are_those_of_each(engine: Engine) -> None:
    answer = engine.ask("Name the Japanese officials involved in the January events with Uzbekistan.", today=TODAY)
    assert answer.answered and "Kozuki" in answer.text and "Ikegami" in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "Which two people appear in these documents as Japan's Minister for Foreign Affairs?",
    "which two people served as Japan's foreign minister?",
])
def test_how_many_holders_a_question_expects_still_asks_for_the_holders(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "Hayashi" in answer.text and "Kamikawa" in answer.text, answer.text


def test_name_the_two_holders_of_a_post_who_did_a_thing_lists_both(engine: Engine) -> None:
    answer = engine.ask("Name the two Japanese foreign ministers who held talks with Ukrainian leaders or ministers "
                        "in September 2023.", today=TODAY)
    assert answer.answered and "Hayashi" in answer.title and "Kamikawa" in answer.title, answer.text


@pytest.mark.parametrize("question", ["anyone else at the table from ukraine's side?",
                                      "was anyone else there from ukraine's side?"])
def test_anyone_else_from_a_side_is_who_else_from_it(engine: Engine, question: str) -> None:
    answer = last_answer(engine, "what time did kamikawa and kuleba meet", question)
    assert not answer.answered and "names no one else from Ukraine" in answer.text, answer.text


def test_who_was_with_someone_on_his_own_country_side_is_his_companions(engine: Engine) -> None:
    answer = last_answer(engine, "what did kagame n kishida talk about", "who was with kishida on the japan side")
    assert not answer.answered and "no one else from Fumio Kishida's side" in answer.text, answer.text


def test_where_someone_went_after_a_place_no_later_record_shows_is_said_missing(engine: Engine) -> None:
    answer = engine.ask("where did hayashi go after ukraine", today=TODAY)
    assert not answer.answered and "no journey or meeting of Yoshimasa Hayashi after 9 September 2023" in answer.text, \
        answer.text
    answer = engine.ask("where did Hayashi travel before Kyiv?", today=TODAY)
    assert answer.answered and "Japan-Kyrgyz" in answer.text, answer.text


def test_anyone_else_at_the_table_after_an_answer_of_one_person_is_of_the_meeting_the_conversation_had(
        engine: Engine) -> None:
    answer = last_answer(engine, "what time did kamikawa and kuleba meet", "whats that in tokyo time",
                         "what did she condemn russia for?", "anyone else at the table from ukraine's side?")
    assert not answer.answered and "names no one else from Ukraine" in answer.text, answer.text

