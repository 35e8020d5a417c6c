"""Answers from the passages: a question about people the records never name together gets no
record of one of them instead."""

from __future__ import annotations

import re

import pytest

from bot.engine import Engine
from bot.engine.query import analyse, meeting_sides
from tests.engine.conftest import TODAY, last_answer


@pytest.mark.parametrize("question", [
    "What did Vincent Biruta and Yoshimasa Hayashi discuss?",
    "What did Kishida talk about with Zelenskyy?",
    "What did Japan's foreign minister discuss with Rwanda's president?",
])
def test_people_never_recorded_together_get_no_record_of_one_of_them(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered, answer.text
    assert "together" in answer.lines[0]
    # what is known instead: each one's own meetings
    assert len(answer.lines) == 3 and all(":" in line for line in answer.lines[1:]), answer.lines


def test_people_described_by_posts_name_every_holder(engine: Engine) -> None:
    answer = engine.ask("What did Japan's foreign minister discuss with Rwanda's president?", today=TODAY)
    assert "Hayashi" in answer.lines[0] and "Kamikawa" in answer.lines[0] and "Kagame" in answer.lines[0]


def test_whom_the_question_describes_is_not_who_it_asks_for(engine: Engine) -> None:
    answer = engine.ask("Which ministers accompanied Rwanda's president at his meeting with the Japanese PM?",
                        today=TODAY)
    assert answer.answered and "Biruta" in answer.text and "Ndagijimana" in answer.text, answer.text
    assert answer.title != "Paul Kagame"


def test_what_a_post_holder_said_to_someone_named_is_the_holders(engine: Engine) -> None:
    answer = engine.ask("What did Japan's foreign minister condemn Russia for in her talk with Kuleba?", today=TODAY)
    assert answer.answered and "Kamikawa" in answer.title and "missile" in answer.text, answer.text


def test_who_put_out_the_account_of_a_meeting_is_its_source(engine: Engine) -> None:
    answer = engine.ask("Who put out the account of Kagame's meeting with Kishida?", today=TODAY)
    assert answer.kind == "source" and "Office of The President" in answer.text, answer.text


@pytest.mark.parametrize("asked", ["where is this article from", "where was that reported?"])
def test_where_an_article_is_from_is_its_source(engine: Engine, asked: str) -> None:
    answer = last_answer(engine, "when did usmanov meet ikegami", asked)
    assert answer.kind == "source" and "Daryo" in answer.text, answer.text


@pytest.mark.parametrize("question", ["Which Kyrgyz minister once studied in Japan?",
                                      "Name the Kyrgyz ministers who studied in Japan."])
def test_a_deed_the_records_tell_of_nobody_by_name_is_said_so(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "name nobody" in answer.text and "studied in Japan" in answer.text, answer.text
    assert "Kulubaev" not in answer.text


def test_the_one_of_a_description_that_did_it_is_named(engine: Engine) -> None:
    answer = engine.ask("Which Ukrainian minister congratulated Japan's new foreign minister on her appointment?",
                        today=TODAY)
    assert answer.answered and answer.title == "Dmytro Kuleba", answer.text


@pytest.mark.parametrize(("question", "found", "not_found"), [
    ("Which of the meetings took place in the evening, local time?", ("Kagame", "18:05"), ("14:40",)),
    ("which meetings were held in the afternoon?", ("14:40",), ("18:05", "Kagame")),
])
def test_meetings_by_part_of_day(engine: Engine, question: str, found: tuple[str, ...],
                                 not_found: tuple[str, ...]) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and all(f in answer.text for f in found), answer.text
    assert not any(f in answer.text for f in not_found), answer.text
    assert "give no time of day" in answer.text


@pytest.mark.parametrize("question", ["kagame n kishida - morning or evening mtg?",
                                      "was the kagame kishida meeting in the morning or in the evening?"])
def test_two_parts_of_day_offered_ask_which(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "evening" in answer.text and not answer.title.startswith(("No", "Yes")), answer.text


def test_a_deed_before_someone_took_a_post_is_no_question_of_the_post(engine: Engine) -> None:
    answer = engine.ask("Who did Kamikawa team up with to send generators to Ukraine before she became foreign "
                        "minister?", today=TODAY)
    assert "Hayashi" not in answer.title, answer.text
    successor = engine.ask("Who succeeded Masaya Hattori as governor of Rwanda's central bank?", today=TODAY)
    assert not successor.answered and "after Masaya Hattori" in successor.text, successor.text


def test_shorthand_reaches_every_rule(engine: Engine) -> None:
    answer = engine.ask("how many yrs does the kyrgyz-japan coop program run", today=TODAY)
    assert answer.answered and "3 years" in answer.title, answer.text


def test_a_misspelt_name_is_no_unknown_detail(engine: Engine) -> None:
    answer = engine.ask("wat is the joint declration of suport for ukraine", today=TODAY)
    assert answer.answered and "consultations" in answer.text, answer.text


def test_posts_say_whose_when_their_titles_do_not(engine: Engine) -> None:
    answer = engine.ask("who r kudratov n kozuki", today=TODAY)
    assert "Industry, Japan" in answer.text and "in Uzbekistan" in answer.text, answer.text


@pytest.mark.parametrize(("question", "expected"), [
    ("zelensky said wat abt japan", "key partner"),
    ("jst time 4 the kamikawa kuleba talks?", "7:05"),
    ("which prime ministers show up in these meetings", "Shmyhal"),
    ("Which Japanese officials dealt with Uzbek counterparts?", "Kozuki"),
    ("Which Japanese officials engaged with Ukraine in 2023?", "Kamikawa"),
    ("Which two people hold the post of Japan's foreign minister in these records?", "Hayashi"),
], ids=["verb-before-the-question-word", "4-for-for", "holders-who-show-up", "dealt-with-is-met",
        "engaged-with-is-met", "people-who-hold-the-post"])
def test_chat_word_orders(engine: Engine, question: str, expected: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and expected in answer.text, answer.text


def test_others_asked_for_by_kind_are_of_that_kind(engine: Engine) -> None:
    leaders = engine.ask("Besides Kagame, which African leaders did Kishida meet at the Bali G20?", today=TODAY)
    # ("African": the records' African country, Rwanda)
    assert not leaders.answered and "no other Rwandan leaders" in leaders.text, leaders.text
    ministers = engine.ask("besides kagame, which ministers attended the bali meeting?", today=TODAY)
    assert ministers.answered and "Biruta" in ministers.text and "Ndagijimana" in ministers.text


def test_others_asked_for_by_nationality_are_of_that_country(engine: Engine) -> None:
    japanese = engine.ask("Which Japanese minister other than the premier joined the Bali talks with Rwanda's leader?",
                          today=TODAY)
    assert not japanese.answered and "Biruta" not in japanese.text, japanese.text
    rwandan = engine.ask("Which Rwandan ministers other than Biruta attended the Bali talks?", today=TODAY)
    listed = rwandan.lines[1:]
    assert rwandan.answered and any("Ndagijimana" in x for x in listed), rwandan.text
    assert not any("Kishida" in x or "Kagame" in x for x in listed), rwandan.text


def test_the_places_of_many_meetings_are_each_listed(engine: Engine) -> None:
    answer = engine.ask("In which cities outside Japan did Japanese officials hold talks?", today=TODAY)
    assert answer.answered and all(p in answer.text for p in ("Bali", "Kyiv", "New York")), answer.text
    assert "name no city" in answer.text  # meetings placed only in a country are said so, not left out
    assert "Japan-Kyrgyz" not in answer.text  # held in Japan


def test_people_recorded_together_are_answered(engine: Engine) -> None:
    answer = engine.ask("What did Kamikawa and Kuleba discuss?", today=TODAY)
    assert answer.answered and "Kuleba" in answer.text


@pytest.mark.parametrize("question", [
    "What did Japan pledge to Africa at TICAD 8?",
    "What was the outcome of the 9th Central Asia plus Japan foreign ministers' meeting?",
])
def test_what_was_done_at_a_gathering_is_not_answered_by_its_definition(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    # (a record of a meeting held on the gathering's occasion is said to be no record of the gathering itself)
    assert not answer.answered and ("says what it is" in answer.text or "on the occasion" in answer.text)


def test_a_meeting_on_a_gatherings_occasion_is_not_the_gathering(engine: Engine) -> None:
    answer = engine.ask("What was agreed at the 9th Central Asia plus Japan Foreign Ministers' Meeting?", today=TODAY)
    assert not answer.answered and "on the occasion of" in answer.text
    # naming someone of the meeting held there asks about that meeting
    named = engine.ask("What did Kishida and Kagame discuss at the G20 summit?", today=TODAY)
    assert named.answered and "climate" in named.text


@pytest.mark.parametrize("question", ["wat dates was the g20 in bali", "on which days was the G20 in Bali?"])
def test_the_dates_of_a_gathering_named_by_its_name_are_not_those_of_a_meeting_on_its_sidelines(
        engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "November 2022" in answer.text and "only" in answer.text, answer.text
    # the meeting asked of by its people is the meeting
    met = engine.ask("when did kagame meet kishida at the g20", today=TODAY)
    assert met.answered and "14 November 2022" in met.text, met.text


def test_a_meeting_that_is_the_gathering_answers_for_it(engine: Engine) -> None:
    answer = engine.ask("What was agreed at the Uzbekistan-Japan business forum?", today=TODAY)
    assert answer.answered and "14 agreements" in answer.text


def test_an_agreement_needs_a_record_that_reports_one(engine: Engine) -> None:
    answer = engine.ask("What did Kagame and Kishida agree?", today=TODAY)
    assert not answer.answered
    concurred = engine.ask("What did Hayashi and Kulubaev agree on?", today=TODAY)
    assert concurred.answered and "concurred" in concurred.text
    assert not engine.ask("What did Kagame and Kishida agree regarding TICAD 9?", today=TODAY).answered


def test_a_term_itself_is_still_defined(engine: Engine) -> None:
    assert engine.ask("What is TICAD?", today=TODAY).answered
    signed = engine.ask("Which years does the Japan-Kyrgyz cooperation program cover?", today=TODAY)
    assert signed.answered and "2023" in signed.text


def test_a_pledge_asked_of_another_place_than_its_meetings_is_not_given(engine: Engine) -> None:
    elsewhere = engine.ask("What did Kamikawa pledge in Kyiv?", today=TODAY)
    assert not elsewhere.answered and "New York" in elsewhere.text and "not in Kyiv" in elsewhere.text
    there = engine.ask("What did Kamikawa pledge in New York?", today=TODAY)
    assert there.answered and "transformers" in there.text


def test_how_long_of_a_record_that_states_no_span_is_not_answered(engine: Engine) -> None:
    answer = engine.ask("How long did the first governor of Rwanda's central bank serve?", today=TODAY)
    assert not answer.answered
    assert engine.ask("How long did Kamikawa and Kuleba meet?", today=TODAY).answered


def test_list_every_x_is_every_record_of_the_class(engine: Engine) -> None:
    answer = engine.ask("List every embassy opening mentioned, with its city and year.", today=TODAY)
    assert answer.answered and all(city in answer.text for city in ("Kigali", "Tashkent", "Tokyo"))


def test_a_country_talked_about_selects_every_meeting_naming_it_not_those_held_there(engine: Engine) -> None:
    about = engine.ask("In which meetings did the situation in Ukraine come up?", today=TODAY)
    assert "Japan-Kyrgyz" in about.text and "New York" in about.text
    held = engine.ask("Which meetings were held in Ukraine?", today=TODAY)
    assert "Japan-Kyrgyz" not in held.text and "New York" not in held.text


def test_a_country_named_before_the_verb_of_talk_is_the_subject_talked_about(engine: Engine) -> None:
    listed = engine.ask("In which of the meetings did Ukraine come up as a topic?", today=TODAY)
    assert listed.answered and "Japan-Kyrgyz" in listed.text
    claim = engine.ask("Did Ukraine come up in the Kyrgyz talks?", today=TODAY)
    assert claim.answered and claim.title == "Yes"


def test_which_ones_after_a_topic_that_came_up_lists_every_meeting_of_it(engine: Engine) -> None:
    answer = engine.ask("Infrastructure came up in more than one set of talks - which ones?", today=TODAY)
    assert answer.answered and len(answer.items) == 2
    assert "Kagame" in answer.text and "Shmyhal" in answer.text


def test_what_was_discussed_at_a_meeting_is_its_topics_not_a_definition(engine: Engine) -> None:
    answer = engine.ask("what was discussed in the kyrgyz meeting?", today=TODAY)
    assert answer.answered and "discussed" in answer.text and "OVOP" in answer.text


def test_a_place_given_as_near_a_described_one_is_not_required(engine: Engine) -> None:
    answer = engine.ask("Which town near the Ukrainian capital did Japan's foreign minister visit to honour "
                        "civilian victims?", today=TODAY)
    assert answer.answered and "Bucha" in answer.text


def test_what_a_memorial_commemorates_is_what_it_is_dedicated_to(engine: Engine) -> None:
    answer = engine.ask("Who is commemorated by the Bucha memorial?", today=TODAY)
    assert answer.answered and "victims" in answer.text


def test_the_host_is_the_side_at_home_and_a_meeting_abroad_has_none(engine: Engine) -> None:
    kyrgyz = engine.ask("When Hayashi met the Kyrgyz foreign minister, which of them was the visitor?", today=TODAY)
    assert kyrgyz.title == "Visitor: Zheenbek Kulubaev" and "Hayashi hosted" in kyrgyz.text  # the side asked for
    travelled = engine.ask("For the December 2022 Japan-Kyrgyzstan talks, who did the travelling?", today=TODAY)
    assert travelled.title == "Visitor: Zheenbek Kulubaev", travelled.text
    host = engine.ask("who hosted the Hayashi-Kulubaev meeting?", today=TODAY)
    assert host.title == "Host: Yoshimasa Hayashi" and "Kulubaev came as the visitor" in host.text
    abroad = engine.ask("which side hosted the Kamikawa Kuleba meeting?", today=TODAY)
    assert abroad.title == "Neither side hosted" and "New York" in abroad.text


def test_a_host_the_record_names_without_a_venue_is_its_word_and_the_venue_stays_unsaid(engine: Engine) -> None:
    host = engine.ask("usmanov and ikegami met on jan 26 - who was hosting?", today=TODAY)
    assert host.title.startswith("Host: Bobur Usmanov") and "does not say where" in host.text
    country = engine.ask("Which country played host when Usmanov and Ikegami met?", today=TODAY)
    assert "Uzbekistan" in country.title and "does not say where" in country.text  # the host's, not a venue
    assert "hosted" in host.sources[0].quote
    where = engine.ask("Where did Usmanov and Ikegami meet?", today=TODAY)
    assert not where.answered and "does not say where" in where.text


def test_a_gathering_someone_was_there_for_asks_why(engine: Engine) -> None:
    answer = engine.ask("what gathering was Kulubaev in Japan for?", today=TODAY)
    assert answer.answered and "Central Asia" in answer.text


def test_why_lists_every_record_that_gives_a_reason_as_well(engine: Engine) -> None:
    answer = engine.ask("Why was Kyrgyzstan's foreign minister visiting Japan in December 2022?", today=TODAY)
    assert answer.answered and "Central Asia" in answer.text and "signing" in answer.text


def test_a_person_counted_in_is_counted_and_one_left_out_is_not(engine: Engine) -> None:
    with_him = engine.ask("Counting Kagame himself, how many Rwandan officials are named as attending the Bali "
                          "meeting?", today=TODAY)
    assert with_him.title.startswith("3 ") and "Kagame" in with_him.text
    besides = engine.ask("how many Rwandan officials are named at the Bali meeting besides Kagame?", today=TODAY)
    assert besides.title.startswith("2 ")
    # (how many people attended is more than the source names: "among other officials")
    attended = engine.ask("how many people attended the Bali meeting besides Kagame?", today=TODAY)
    assert not attended.answered and "says others attended" in attended.text, attended.text


def test_talks_of_two_people_need_a_meeting_of_them(engine: Engine) -> None:
    answer = engine.ask("What did Kamikawa and Zelenskyy discuss in New York?", today=TODAY)
    assert not answer.answered and "no meeting of" in answer.text
    assert engine.ask("What did Kamikawa and Kuleba agree on?", today=TODAY).answered


def test_talks_with_a_country_need_a_meeting_with_it_as_a_side(engine: Engine) -> None:
    answer = engine.ask("What did Japan and Tajikistan agree on at their foreign ministers' meeting?", today=TODAY)
    assert not answer.answered and "no meeting with Tajikistan" in answer.text
    about = engine.ask("What did Japan and Kyrgyzstan discuss about Tajikistan?", today=TODAY)
    assert about.answered and "Kyrgyz" in about.text


def test_who_accompanied_someone_is_the_rest_of_his_side(engine: Engine) -> None:
    along = engine.ask("Who accompanied Kagame at his meeting with Kishida?", today=TODAY)
    assert along.answered and "Biruta" in along.text and "Kishida" not in along.text.split("named:")[1]
    # the record names no one from Japan but the prime minister
    alone = engine.ask("Which Japanese officials accompanied Kishida at his meeting with Kagame?", today=TODAY)
    assert not alone.answered and "nobody else" in alone.text


@pytest.mark.parametrize("question", [
    "Which finance minister accompanied Kagame?",
    "Which finance minister accompanied the Rwandan leader to his talks with Kishida?"])
def test_a_post_asked_of_those_accompanying_picks_its_holder(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "Ndagijimana" in answer.text and "Biruta" not in answer.text, answer.text


def test_the_part_of_the_day_a_record_names_answers_what_time_of_day(engine: Engine) -> None:
    noted = [m for m in sorted(engine.kb.meetings.values(), key=lambda m: m.id)
             if not m.local_time and m.time_note and "evening" in m.time_note.lower()]
    assert noted
    people = [engine.kb.people[p].family_name for p in noted[0].participants[:2]]
    answer = engine.ask(f"At what time of day did {people[0]} meet {people[1]}?", today=TODAY)
    assert answer.answered and "evening" in answer.text
    clock = engine.ask(f"What time did {people[0]} meet {people[1]}?", today=TODAY)
    assert not clock.answered and "evening" in clock.text  # no clock time, and what the source does say


def test_a_record_without_a_clock_does_not_answer_what_time(engine: Engine) -> None:
    answer = engine.ask("At what time of day did Kagame meet Kishida, according to the presidency's tweet?",
                        today=TODAY)
    assert not answer.answered or "evening" in answer.text


def test_a_class_named_with_a_noun_before_its_plural_lists_every_record(engine: Engine) -> None:
    answer = engine.ask("Which embassy openings are dated in the documents?", today=TODAY)
    openings = [f for f in engine.kb.facts.values()
                if f.statement.lower().startswith(("japan opened an embassy", "the embassy")) and f.date is not None]
    assert len(openings) > 2 and answer.answered
    assert all(f.statement in answer.text for f in openings), answer.text


def test_the_occasion_of_a_statement_does_not_narrow_what_was_said(engine: Engine) -> None:
    answer = engine.ask("What did Zelenskyy say about Japan during Hayashi's visit?", today=TODAY)
    assert answer.answered and "key partner" in answer.text


def test_who_took_part_in_several_meetings_names_those_also_attending(engine: Engine) -> None:
    answer = engine.ask("Which Uzbek officials are named in the documents?", today=TODAY)
    attending = [engine.kb.people[p].name for m in engine.kb.meetings.values() if "uzbekistan" in m.countries
                 for p in m.accompanying]
    assert attending and answer.answered and all(name in answer.text for name in attending), answer.text


@pytest.mark.parametrize("question", ["Where in New York — which building or venue — did Kamikawa and Kuleba meet?",
                                      "which hotel did Kamikawa and Kuleba meet in?"])
def test_a_place_within_the_one_a_record_gives_is_not_answered_with_that_place(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered, answer.text


def test_who_accompanied_a_person_named_by_post_is_that_sides_others(engine: Engine) -> None:
    japan = engine.ask("Who accompanied Japan's prime minister at his Bali meeting with Rwanda's president?",
                       today=TODAY)
    assert not japan.answered and "nobody else" in japan.text, japan.text
    rwanda = engine.ask("Who accompanied Rwanda's president at the Bali meeting?", today=TODAY)
    assert rwanda.answered and "Biruta" in rwanda.text and "Fumio Kishida (" not in rwanda.text, rwanda.text


def test_a_trip_written_as_a_noun_compound_is_a_trip_to_that_country(engine: Engine) -> None:
    answer = engine.ask("kishida rwanda trip when?", today=TODAY)
    assert not answer.answered and "no trip" in answer.text, answer.text


def test_where_someone_met_people_in_several_places_lists_every_place(engine: Engine) -> None:
    answer = engine.ask("Where did Hayashi meet officials?", today=TODAY)
    assert answer.answered and "Kyiv" in answer.text and "Japan-Kyrgyz" in answer.text, answer.text


def test_give_me_is_a_request_not_a_provision(engine: Engine) -> None:
    answer = engine.ask("Give me the start times of every meeting Hayashi held in Kyiv.", today=TODAY)
    assert "provision" not in answer.text and not answer.answered, answer.text


def test_a_portfolio_is_a_post(engine: Engine) -> None:
    answer = engine.ask("Which portfolio does Uzziel Ndagijimana hold?", today=TODAY)
    assert answer.answered and "Minister of Finance and Economic Planning" in answer.text, answer.text


def test_chat_2_for_to_is_no_figure(engine: Engine) -> None:
    answer = engine.ask("how many auto transformers r going 2 ukraine", today=TODAY)
    assert answer.answered and "2 auto transformers" in answer.text, answer.text


@pytest.mark.parametrize(("question", "expected"), [
    ("Who was Japan's prime minister when Hayashi visited Kyiv?", "Kishida"),
    ("Who was Japan's foreign minister when Kulubaev came to Japan?", "Hayashi"),
])
def test_a_posts_holder_at_the_time_of_an_event_named_by_a_clause(engine: Engine, question: str,
                                                                   expected: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and expected in answer.title, answer.text


def test_an_edition_the_records_do_not_hold_is_another_event(engine: Engine) -> None:
    other = engine.ask("What was agreed at the 10th Central Asia plus Japan foreign ministers' meeting?", today=TODAY)
    assert not other.answered and "ninth" in other.text, other.text
    claimed = engine.ask("Did Kulubaev come to Japan for the 10th Central Asia plus Japan foreign ministers' meeting?",
                         today=TODAY)
    assert claimed.title.split(",")[0] == "No" and "ninth" in claimed.text, claimed.text
    unnumbered = engine.ask("When was the 2nd G7 meeting?", today=TODAY)
    assert not unnumbered.answered, unnumbered.text


def test_which_people_served_in_a_post_lists_every_holder(engine: Engine) -> None:
    answer = engine.ask("Across these records, which people served as Japan's foreign minister?", today=TODAY)
    assert "Kamikawa" in answer.text and "Hayashi" in answer.text, answer.text


def test_who_else_attended_a_meeting_named_by_its_principals_is_everyone_else_there(engine: Engine) -> None:
    bali = engine.ask("Who else attended the Kagame–Kishida meeting?", today=TODAY)
    assert bali.answered and "Biruta" in bali.text and "Ndagijimana" in bali.text, bali.text
    new_york = engine.ask("Who else attended the Kamikawa–Kuleba meeting?", today=TODAY)
    assert not new_york.answered and "General Assembly" not in new_york.title, new_york.text


def test_a_regions_post_is_held_by_anyone_of_its_countries(engine: Engine) -> None:
    answer = engine.ask("Which Central Asian foreign minister did Hayashi meet?", today=TODAY)
    assert answer.answered and "Kulubaev" in answer.text, answer.text


def test_which_leader_made_a_trip_to_a_country_is_who_went_there(engine: Engine) -> None:
    answer = engine.ask("Which Japanese leader made a trip to Ukraine in March 2023?", today=TODAY)
    assert answer.answered and answer.title == "Fumio Kishida", answer.text


@pytest.mark.parametrize(("question", "said"), [
    ("When was Kuleba last in Japan?", "no trip"),  # being somewhere is a journey there
    ("When did Rwanda's foreign minister Vincent Biruta pay a visit to Japan?", "no trip"),
    ("What did Ryosuke Kozuki sign in Kyiv?", "do not place that in Kyiv"),  # a meeting held elsewhere
    ("What did Masaya Hattori do as governor of the Bank of Japan?", "nothing of the Bank of Japan"),
])
def test_a_place_journey_or_institution_the_record_does_not_show_is_not_answered(
        engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and said in answer.text, answer.text


def test_an_embassy_in_a_city_is_no_journey(engine: Engine) -> None:
    answer = engine.ask("What year was Japan's embassy in Kigali opened?", today=TODAY)
    assert answer.answered and "2010" in answer.text, answer.text


def test_a_full_name_asked_of_a_misspelt_name(engine: Engine) -> None:
    answer = engine.ask("shmygal full name?", today=TODAY)
    assert answer.title == "Denys Shmyhal", answer.text


def test_a_day_asked_is_not_answered_by_a_record_of_another_day_or_only_of_the_month(engine: Engine) -> None:
    other_day = engine.ask("What did Japan and Kyrgyzstan discuss on December 25, 2022?", today=TODAY)
    assert not other_day.answered and "25 December 2022" in other_day.text, other_day.text
    that_day = engine.ask("What did Japan and Kyrgyzstan discuss on December 24, 2022?", today=TODAY)
    assert that_day.answered and "Japan-Kyrgyz" in that_day.title, that_day.text


def test_the_items_of_a_number_the_records_give_without_naming_them(engine: Engine) -> None:
    unnamed = engine.ask("List all 14 agreements signed at the Uzbekistan-Japan business forum.", today=TODAY)
    assert not unnamed.answered and "do not name each one" in unnamed.text, unnamed.text
    named = engine.ask("What were the three priorities of Indonesia's G20 presidency?", today=TODAY)
    assert named.answered and "digital" in named.text, named.text


@pytest.mark.parametrize(("question", "shown", "not_shown"), [
    ("When did Japan open its embassy in Uzbekistan?", "Tashkent", "Tokyo"),
    ("When did the Uzbek embassy in Tokyo open?", "Tokyo", "Tashkent"),
])
def test_an_embassy_is_in_the_country_its_record_places_it_in(engine: Engine, question: str, shown: str,
                                                              not_shown: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and shown in answer.text and not_shown not in answer.text.split("source:")[0], answer.text


def test_been_to_a_country_is_a_journey_there(engine: Engine) -> None:
    answer = engine.ask("which japanese leaders had been to ukraine?", today=TODAY)
    assert answer.answered and "Kishida" in answer.title and "Kamikawa" not in answer.title


def test_what_happened_between_two_countries_in_a_year_is_every_record_dated_then(engine: Engine) -> None:
    answer = engine.ask("What happened between Japan and Rwanda in 1962?", today=TODAY)
    assert answer.answered and "diplomatic relations" in answer.text.lower() and "independence" in answer.text
    assert "Kigali" not in answer.text  # the embassy opened in 2010


def test_the_one_meeting_of_a_day_listed_is_what_how_long_asks_of(engine: Engine) -> None:
    day = engine.ask("What happened on 24 December 2022?", today=TODAY)
    assert day.answered and day.focus is not None
    length = engine.ask("how long did that last?", day.focus, today=TODAY)
    assert length.answered and "30 minutes" in length.text


def test_who_thanked_the_home_country_is_everyone_of_another_country_who_did(engine: Engine) -> None:
    answer = engine.ask("who thanked japan?", today=TODAY)
    named = set(answer.title.replace(",", "").split())
    assert answer.answered and {"Kuleba", "Kulubaev", "Shmyhal", "Zelenskyy"} <= named
    # a light verb ("expressed") is no part of what was done: each one's point of gratitude is shown
    expressed = engine.ask("Which foreign officials expressed gratitude to Japan in these meetings?", today=TODAY)
    assert "congratulated" not in expressed.text and "Kulubaev" in expressed.title


def test_whom_each_holder_of_a_post_met_lists_every_holder_with_the_other_side(engine: Engine) -> None:
    answer = engine.ask("Which Japanese foreign ministers show up in these documents, and who did each of them "
                        "meet?", today=TODAY)
    assert answer.answered and answer.title.startswith("2 holders")
    kamikawa, hayashi = answer.lines
    assert "Kuleba" in kamikawa and "Kulubaev" in hayashi and "Zelenskyy" in hayashi


def test_chat_shorthand_and_a_leading_description_still_ask_what_someone_said(engine: Engine) -> None:
    answer = engine.ask("and the pm of ukraine, wat did he say to japan", today=TODAY)
    assert answer.answered and "Shmyhal" in answer.title and "Kishida" not in answer.text
    assert "key partner" in engine.ask("wat did zelensky call japan", today=TODAY).text


def test_the_thing_given_is_the_one_pledge_holding_the_words_said_of_it(engine: Engine) -> None:
    direct = engine.ask("what's the drone-related thing japan is giving ukraine?", today=TODAY)
    assert direct.answered and "drone detection system" in direct.text and "attacks" not in direct.text
    first = engine.ask("What commitments did Hayashi reiterate while in Kyiv?", today=TODAY)
    then = engine.ask("what's the drone-related thing japan is giving them?", first.focus, today=TODAY)
    assert "drone detection system" in then.lines[0]


def test_a_list_of_every_meeting_and_then_which_ones_of_a_year(engine: Engine) -> None:
    every = engine.ask("List every Japanese diplomatic meeting you have records of, with dates.", today=TODAY)
    # every meeting, those held during a visit on the visit's line
    shown = {i.command.split()[1] for i in every.items if i.command}
    within = {m.id for m in engine.kb.meetings.values() if m.trip in shown and m.id not in shown}
    assert every.answered and shown | within == set(engine.kb.meetings)
    assert all(engine.kb.meetings[m].title in " ".join(i.label for i in every.items) for m in within)
    year = engine.ask("which ones were in 2023?", engine.ask("which was the earliest?", every.focus,
                                                             today=TODAY).focus, today=TODAY)
    assert year.answered and year.items and all("2023" in i.label for i in year.items)


def test_a_post_named_in_a_list_question_selects_meetings_with_its_holders(engine: Engine) -> None:
    answer = engine.ask("Which meetings with Japan involved a head of state?", today=TODAY)
    assert answer.answered and all("Zelenskyy" in i.label or "Kagame" in i.label for i in answer.items)


def test_which_people_of_a_gathering_are_its_meetings_and_other_ones_are_those_not_known(engine: Engine) -> None:
    those = engine.ask("Which Central Asian foreign ministers attended the 9th Central Asia plus Japan meeting?",
                       today=TODAY)
    assert those.answered and those.title == "Zheenbek Kulubaev"
    others = engine.ask("Which other Central Asian foreign ministers attended the 9th Central Asia plus Japan "
                        "meeting?", today=TODAY)
    assert not others.answered and "only Zheenbek Kulubaev" in others.text


def test_people_asked_for_by_a_noun_need_a_record_naming_someone_else(engine: Engine) -> None:
    answer = engine.ask("Which G7 foreign ministers took part in the Sept 18 meeting Kamikawa held in New York?",
                        today=TODAY)
    assert not answer.answered


def test_what_someone_who_held_no_meeting_did_is_read_from_their_records(engine: Engine) -> None:
    hattori = engine.ask("what did masaya hattori do for rwanda", today=TODAY)
    assert hattori.answered and "central bank" in hattori.text
    kigali = engine.ask("What did Hayashi do in Kigali?", today=TODAY)
    assert not kigali.answered


def test_counterparts_are_people_a_record_may_name(engine: Engine) -> None:
    answer = engine.ask("Which foreign counterparts did Hayashi Yoshimasa meet, according to your records?",
                        today=TODAY)
    assert answer.answered and "Kulubaev" in answer.text and "Zelenskyy" in answer.text


def test_the_post_of_the_country_asked_is_held_in_any_country(engine: Engine) -> None:
    answer = engine.ask("Which country's deputy foreign minister received a Japanese official on January 26?",
                        today=TODAY)
    assert answer.answered and "Uzbekistan" in answer.text, answer.text
    # facts of that very meeting are the meeting again, not other matches
    assert "records fit" not in answer.title, answer.text


@pytest.mark.parametrize(("question", "places"), [
    ("Where has Kishida travelled according to these documents?", ("Bali", "Ukraine")),
    ("where did Kishida go after the Bali meeting?", ("Ukraine",)),
], ids=["every-place-abroad", "after-an-event-by-its-place"])
def test_where_someone_travelled_lists_the_places_of_their_meetings_abroad(engine: Engine, question: str,
                                                                            places: tuple[str, ...]) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and all(p in answer.text for p in places), answer.text
    assert "Bali" in places or "Bali" not in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "Which other African leaders besides Kagame met Japanese officials?",
    "Which other Central Asian foreign ministers were at the 9th Central Asia plus Japan meeting with Kulubaev?",
], ids=["besides-the-one-named", "other-of-a-described-kind"])
def test_an_answer_naming_only_those_asked_about_is_no_answer_to_who_else(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "nobody else" in answer.text, answer.text


def test_a_meeting_asked_at_a_date_is_not_answered_by_a_record_of_another_date(engine: Engine) -> None:
    answer = engine.ask("who did japan's foreign minister hayashi meet in 2024?", today=TODAY)
    assert not answer.answered and "2024" in answer.text, answer.text


def test_people_of_a_body_are_not_counted_from_the_posts_of_those_present(engine: Engine) -> None:
    answer = engine.ask("How many representatives of Japanese companies joined Hayashi's talks in Kyiv?",
                        today=TODAY)
    assert not answer.answered and "Zelenskyy" not in answer.text, answer.text
    answer = engine.ask("How many ministers from Rwanda attended the Bali meeting?", today=TODAY)
    assert answer.answered and answer.title.startswith("2 ministers"), answer.text


def test_the_forms_of_support_to_a_country_are_every_pledge_to_it(engine: Engine) -> None:
    answer = engine.ask("What forms of support has Japan given Rwanda over the years?", today=TODAY)
    assert answer.answered and all(w in answer.text for w in ("loans", "technical", "medical")), answer.text


def test_of_two_people_described_the_speaker_is_the_one_before_the_verb(engine: Engine) -> None:
    answer = engine.ask("What did Rwanda's foreign minister say to Japan's prime minister in Bali?", today=TODAY)
    assert not answer.answered and "Biruta" in answer.text, answer.text


def test_terms_of_a_kind_asked_of_records_are_each_listed_with_their_sentence(engine: Engine) -> None:
    praised = engine.ask("Which human resources programmes did the Japan–Kyrgyz meeting praise?", today=TODAY)
    assert praised.answered and "OVOP" in praised.text and "JDS" in praised.text and "uccess" in praised.text
    cancelled = engine.ask("which programmes did Japan and Kyrgyzstan cancel?", today=TODAY)
    assert cancelled.kind != "terms"  # no record says so of any programme: none is listed as if it did


def test_according_to_someone_names_the_source_not_a_record_the_answer_must_name(engine: Engine) -> None:
    answer = engine.ask("According to the Kyrgyz foreign minister, for how long has Japan been assisting his country?",
                        today=TODAY)
    assert answer.answered and "30 years" in answer.text and "minutes" not in answer.text


def test_the_participants_of_a_meeting_whose_record_names_only_its_host_are_not_known(engine: Engine) -> None:
    answer = engine.ask("Which G7 foreign ministers attended the New York meeting on Sept 18?", today=TODAY)
    assert not answer.answered and "names only Yoko Kamikawa" in answer.text
    host = engine.ask("who held the g7 foreign ministers meeting", today=TODAY)
    assert host.answered and "Kamikawa" in host.text


def test_a_month_without_meetings_lists_the_records_dated_within_it(engine: Engine) -> None:
    answer = engine.ask("what is October 2022 linked to?", today=TODAY)
    assert answer.answered and "emergency grant aid" in answer.text, answer.text
    assert "generators" not in answer.text  # dated only to the year: not "in October"


def test_a_plural_class_lists_records_of_that_thing_not_those_mentioning_one(engine: Engine) -> None:
    answer = engine.ask("Which embassies does Japan have?", today=TODAY)
    assert answer.answered and answer.kind == "several", answer.text
    assert "Tashkent" in answer.text and "Kigali" in answer.text
    assert "Bucha" not in answer.text  # a record that ends "..., the Japanese embassy reported"


def test_a_holder_at_the_time_a_clause_dates_itself(engine: Engine) -> None:
    answer = engine.ask("Who was Japan's foreign minister when his Kyrgyz counterpart came to Japan in December 2022?",
                        today=TODAY)
    assert answer.answered and answer.title == "Yoshimasa Hayashi", answer.text
    assert "Kulubaev" not in answer.lines[0] and "Earlier" not in answer.text


def test_a_regions_post_beside_the_home_countrys_post(engine: Engine) -> None:
    answer = engine.ask("Which Central Asian foreign minister did Japan's top diplomat receive on Christmas Eve 2022?",
                        today=TODAY)
    assert answer.answered and "Kulubaev" in answer.text, answer.text


def test_a_side_named_by_its_role_is_no_question_of_who_hosted(engine: Engine) -> None:
    answer = engine.ask("In which areas did the Uzbek deputy FM and his Japanese guest talk about expanding contacts?",
                        today=TODAY)
    assert answer.answered and "tourism" in answer.text and not answer.title.startswith("Host"), answer.text


def test_which_years_of_a_span_lists_every_record_dated_within_it(engine: Engine) -> None:
    answer = engine.ask("Which years in the 1990s matter for Japan–Uzbekistan ties?", today=TODAY)
    assert answer.answered and all(y in answer.text for y in ("1992", "1993", "1996")), answer.text


def test_what_aid_in_a_year_lists_every_pledge_dated_then(engine: Engine) -> None:
    answer = engine.ask("What aid did Japan hand out in 2022, going by these documents?", today=TODAY)
    assert answer.answered and "generators" in answer.text and "emergency grant aid" in answer.text, answer.text


def test_per_these_articles_adds_nothing_to_the_question(engine: Engine) -> None:
    answer = engine.ask("where has PM Kishida travelled, per these articles?", today=TODAY)
    assert answer.answered and "Bali" in answer.text and "Ukraine" in answer.text, answer.text


@pytest.mark.parametrize("question", ["the japan-kyrgyz foreign ministry cooperation programme runs until what year?",
                                      "when does the japan-kyrgyz cooperation program end?"])
def test_the_end_of_a_programme_is_the_span_of_years_its_record_gives(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "2025" in answer.text, answer.text


def test_what_the_home_country_did_for_one_in_a_year_lists_the_records_dated_then(engine: Engine) -> None:
    answer = engine.ask("What did Japan do for Rwanda in 2020?", today=TODAY)
    assert answer.answered and "COVID-19" in answer.text, answer.text


def test_who_someone_talked_to_at_a_place_lists_every_meeting_there(engine: Engine) -> None:
    """A record that tells the talks in the question's own words is no better a match than one that
    tells them in others: each meeting there is listed."""
    answer = engine.ask("Who all did Hayashi talk to while he was in Kyiv?", today=TODAY)
    assert answer.answered and "Zelenskyy" in answer.text and "Shmyhal" in answer.text
    one = engine.ask("When was Hayashi's Ukraine visit?", today=TODAY)
    assert "Kyrgyz" not in one.text


def test_a_question_opening_on_the_people_it_asks_for_asks_who(engine: Engine) -> None:
    answer = engine.ask("Which two Rwandan cabinet ministers were with Kagame when he sat down with Japan's prime "
                        "minister?", today=TODAY)
    assert answer.answered and "Biruta" in answer.text and "Ndagijimana" in answer.text
    assert analyse("what did the two ministers say about those projects?", engine.index).intent != "who"
    assert analyse("which other Central Asian ministers attended it?", engine.index).intent != "who"


def test_a_figure_of_each_is_not_answered_with_a_total(engine: Engine) -> None:
    answer = engine.ask("kozuki n kudratov signed how many deals each", today=TODAY)
    assert not answer.answered and "14" not in answer.title


def test_a_talk_asked_of_is_not_answered_by_the_description_of_someone(engine: Engine) -> None:
    answer = engine.ask("What did Japan's economy minister discuss with Rwanda's finance chief?", today=TODAY)
    assert not answer.title.startswith("2 records") and "finance ministry, whose minister" not in answer.text


def test_meetings_that_touched_on_a_country_include_those_that_talked_about_it(engine: Engine) -> None:
    answer = engine.ask("Which of the meetings touched on Ukraine in some way?", today=TODAY)
    assert answer.answered and "Kyrgyz" in answer.text
    where = engine.ask("where did infrastructure come up in japan's talks?", today=TODAY)
    assert where.answered and "Bali" in where.text and "Kyiv" in where.text


def test_a_delivery_is_not_dated_by_the_pledge_to_deliver(engine: Engine) -> None:
    answer = engine.ask("How many days after the Kuleba meeting were the two auto transformers actually delivered?",
                        today=TODAY)
    assert not answer.answered


def test_people_met_in_part_of_a_year_are_those_of_every_meeting_then(engine: Engine) -> None:
    query = analyse("Which foreign leaders or ministers did Japan meet in late 2022?", engine.index)
    assert query.dates is not None and query.dates.label == "late 2022" and query.order is None
    answer = engine.ask("Which foreign leaders or ministers did Japan meet in late 2022?", today=TODAY)
    assert answer.answered and "Kagame" in answer.text and "Kulubaev" in answer.text and "Kuleba" not in answer.text


def test_a_set_named_first_is_what_which_ones_asks_for(engine: Engine) -> None:
    answer = engine.ask("Of the meetings you have on record, which ones took place outside Japan?", today=TODAY)
    assert answer.answered and "Bali" in answer.text and "New York" in answer.text and "OVOP" not in answer.text


def test_several_people_listed_are_each_named(engine: Engine) -> None:
    answer = engine.ask("Name both Japanese foreign ministers who appear in these reports.", today=TODAY)
    assert answer.answered and "Hayashi" in answer.text and "Kamikawa" in answer.text


def test_a_detail_of_the_meetings_as_a_set_is_given_for_each(engine: Engine) -> None:
    answer = engine.ask("What start times are recorded for the meetings?", today=TODAY)
    assert answer.answered and "14:40" in answer.text and "18:05" in answer.text
    lengths = engine.ask("Give me the lengths of the foreign ministers' meetings you know about.", today=TODAY)
    assert lengths.answered and "30 minutes" in lengths.text and "25 minutes" in lengths.text


def test_before_seeing_someone_is_before_the_meeting_with_them(engine: Engine) -> None:
    answer = engine.ask("Which ministerial gathering of the group of seven did Kamikawa hold two days before seeing "
                        "Kuleba?", today=TODAY)
    assert answer.answered and "18 September 2023" in answer.text
    same_day = engine.ask("Before seeing Zelenskyy, who did Hayashi hold talks with in Kyiv?", today=TODAY)
    assert "Kulubaev" not in same_day.text  # the same day's meetings, which dates alone do not order


def test_officials_who_came_along_with_someone_are_those_of_the_record(engine: Engine) -> None:
    answer = engine.ask("Which Kyrgyz officials came to Japan along with Kulubaev?", today=TODAY)
    assert not answer.answered
    soon = engine.ask("How soon after establishing relations did Japan open its embassy in Tashkent?", today=TODAY)
    assert soon.answered and "1 year" in soon.text


def test_a_span_of_years_a_record_gives_is_counted_back_from_its_date(engine: Engine) -> None:
    answer = engine.ask("Kulubaev thanked Japan for 30 years of help. Counting back from the meeting, from about "
                        "what year is that?", today=TODAY)
    assert answer.answered and answer.title == "About 1992"
    lasting = engine.ask("For how long has Japan been assisting Kyrgyzstan according to Kulbayev?", today=TODAY)
    assert lasting.answered and lasting.title.startswith("30 years") and "minutes" not in lasting.title
    unknown = engine.ask("how long has kuleba been foreign minister?", today=TODAY)
    assert not unknown.answered


def test_what_kind_of_a_thing_is_answered_by_a_record_that_qualifies_it(engine: Engine) -> None:
    answer = engine.ask("What kind of peace did Kamikawa say she wanted to see in Ukraine?", today=TODAY)
    assert answer.answered and "just and lasting peace" in answer.text


def test_whom_a_thing_is_for_is_not_who_took_part(engine: Engine) -> None:
    answer = engine.ask("bucha memorial - who was it for", today=TODAY)
    assert answer.answered and "victims" in answer.text
    agenda = engine.ask("In which meetings was Ukraine on the agenda?", today=TODAY)
    assert agenda.answered and "Kyrgyz" in agenda.text


def test_countries_mentioned_include_those_no_meeting_was_held_with(engine: Engine) -> None:
    mentioned = engine.ask("Which Central Asian countries are mentioned anywhere in the texts?", today=TODAY)
    assert mentioned.answered and "Tajikistan" in mentioned.text
    met = engine.ask("Which Central Asian countries held meetings with Japan in these records?", today=TODAY)
    assert "Tajikistan" not in met.text


def test_where_japan_has_things_of_a_class_lists_each_record_of_that_class(engine: Engine) -> None:
    answer = engine.ask("Where does Japan have embassies according to these texts?", today=TODAY)
    assert answer.answered and "Kigali" in answer.text and "Tashkent" in answer.text and "memorial" not in answer.text


def test_tell_me_about_the_talks_that_one_meeting_fits_is_that_meeting(engine: Engine) -> None:
    answer = engine.ask("Tell me about the talks between Usmanov and Ikegami.", today=TODAY)
    assert answer.answered and "strategic partnership" in answer.text and not answer.title.startswith("1 meeting")
    listed = engine.ask("tell me about Hayashi's talks with Zelenskyy", today=TODAY)
    # several fit (the visit, and the meeting held during it): each shown, none picked
    assert listed.title.startswith("1 meeting") and "during it: Foreign Minister Hayashi meets President Zelenskyy" \
        in listed.items[0].label, listed.text


def test_a_follow_up_whose_words_no_record_of_the_country_holds_is_not_answered_by_another_record(
        engine: Engine) -> None:
    focus = None
    for question in ("Where did Japan open an embassy in 2010?", "what did japan send there during covid?"):
        focus = engine.ask(question, focus, today=TODAY).focus
    answer = engine.ask("only to the capital?", focus, today=TODAY)
    assert not answer.answered and "AUDA" not in answer.text, answer.text


def test_how_many_were_already_delivered_of_a_pledge_only_promised_is_not_answered_with_the_promise(
        engine: Engine) -> None:
    answer = engine.ask("how many demining cranes has japan alredy deliverd", today=TODAY)
    assert not answer.answered and "pledged, not as delivered" in answer.text, answer.text
    coming = engine.ask("what is still to be delivered to Ukraine, and by when?", today=TODAY)
    assert "not as delivered" not in coming.text


@pytest.mark.parametrize("question", ["when was Hayashi's visit?", "when did Hayashi visit?"])
def test_a_persons_visit_is_none_of_the_meetings_they_held_at_home(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "Kyiv" in answer.text and "Kyrgyz" not in answer.text, answer.text
    assert not engine.ask("Which Kyrgyz city did Hayashi visit in 2022?", today=TODAY).answered


def test_who_tweeted_about_it_is_the_outlet_the_record_opens_with_and_how_many_died_is_not_a_head_count(
        engine: Engine) -> None:
    focus = None
    answers = []
    for question in ("When was the Uzbekistan–Japan business forum held?", "how many deals came out of it?",
                     "any in healthcare?", "who tweeted about it?"):
        answer = engine.ask(question, focus, today=TODAY)
        focus = answer.focus or focus
        answers.append(answer)
    assert not answers[2].answered and "healthcare" in answers[2].text  # of the record shown, not another
    assert answers[3].title == "Daryo", answers[3].text
    died = engine.ask("how many people died there?", engine.ask("what is the Bucha memorial for?").focus)
    assert not died.answered, died.text


def test_a_record_holding_every_word_comes_before_one_sharing_a_rarer_word(engine: Engine) -> None:
    answer = engine.ask("Roughly how long after relations began did Japan's embassy in Tashkent open?", today=TODAY)
    assert "1992" in answer.text and "1996" not in answer.text, answer.text


def test_several_records_name_each_term_by_its_name(engine: Engine) -> None:
    answer = engine.ask("what does OVOP stand for in the japan-kyrgyz talks", today=TODAY)
    assert "One Village One Product" in answer.text, answer.text


def test_how_long_of_a_thing_said_at_a_meeting_is_its_span_not_the_meetings_length(engine: Engine) -> None:
    answer = engine.ask("Kulubaev thanked Japan for its help over how long a period?", today=TODAY)
    assert "30 years" in answer.text and "minutes" not in answer.text, answer.text
    talk = engine.ask("how long did hayashi and kulubaev talk?", today=TODAY)
    assert "30 minutes" in talk.text, talk.text


def test_which_months_are_asked_as_a_date_the_record_gives_in_words(engine: Engine) -> None:
    answer = engine.ask("In which months of 2022 did the Bucha killings commemorated by the memorial take place?",
                        today=TODAY)
    assert "February" in answer.text and "March" in answer.text, answer.text


def test_someone_of_the_host_government_asked_of_a_meeting_none_of_whose_people_is_from_there(engine: Engine) -> None:
    answer = engine.ask("Which official from the Indonesian host government sat in on the talks between Rwanda's "
                        "leader and Japan's premier?", today=TODAY)
    assert not answer.answered and "nobody from Indonesia" in answer.text, answer.text


def test_who_came_with_someone_is_not_answered_by_their_own_record(engine: Engine) -> None:
    answer = engine.ask("who came along with Kishida?", today=TODAY)
    assert not answer.answered and "names nobody else" in answer.text, answer.text


def test_where_the_information_comes_from_is_the_source_and_whom_it_cites(engine: Engine) -> None:
    answer = engine.ask("Where does the info on the Kagame–Kishida talk come from?", today=TODAY)
    assert answer.kind == "source" and "Office of The President" in answer.text


def test_going_over_something_is_discussing_it(engine: Engine) -> None:
    answer = engine.ask("what did Usmanov and Ikegami go over?", today=TODAY)
    assert answer.answered and "discussed" in answer.text and "strategic partnership" in answer.text


def test_someone_of_a_ministry_nobody_at_the_talks_is_from_is_not_answered(engine: Engine) -> None:
    answer = engine.ask("Who from Kyrgyzstan's finance ministry joined the foreign minister's December talks in Japan?",
                        today=TODAY)
    assert not answer.answered and "Kulubaev" not in answer.text


def test_the_ministers_at_a_named_hosts_meeting_are_others_than_the_host(engine: Engine) -> None:
    answer = engine.ask("Name the G7 foreign ministers who attended Kamikawa's September 18 meeting.", today=TODAY)
    assert not answer.answered and "does not name" in answer.text


def test_what_is_still_to_come_is_not_answered_by_what_was_already_provided(engine: Engine) -> None:
    later = engine.ask("How many generators will Japan send Ukraine this winter?", today=TODAY)
    assert not later.answered and "still to come" in later.text
    planned = engine.ask("how many auto transformers will japan provide to ukraine", today=TODAY)
    assert planned.answered and "2 auto transformers" in planned.text


def test_what_a_gathering_discussed_is_its_own_record_not_a_meeting_on_its_sidelines(engine: Engine) -> None:
    for question in ("what was on the agenda at the Bali G20?", "What was the G20 in Bali supposed to discuss?"):
        answer = engine.ask(question, today=TODAY)
        assert answer.answered and "health" in answer.text and "bilateral ties" not in answer.text


def test_the_place_that_got_an_embassy_is_where_it_is(engine: Engine) -> None:
    answer = engine.ask("In what year did Tokyo get an Uzbek embassy?", today=TODAY)
    assert "1996" in answer.text and "1993" not in answer.text


def test_which_countries_japan_opened_embassies_in_are_those_of_its_own_embassies(engine: Engine) -> None:
    answer = engine.ask("which countries did Japan open embassies in?", today=TODAY)
    assert "Kigali" in answer.text and "Tashkent" in answer.text
    assert "Republic of Uzbekistan in Tokyo" not in answer.text


def test_which_countries_were_given_something_are_the_recipients_of_those_pledges(engine: Engine) -> None:
    equipment = engine.ask("Which countries has Japan pledged equipment to?", today=TODAY)
    assert equipment.title == "2 countries" and "Rwanda:" in equipment.text and "Ukraine:" in equipment.text
    aid = engine.ask("Which countries received aid or equipment from Japan according to these articles?", today=TODAY)
    assert aid.title == "3 countries" and "Kyrgyzstan:" in aid.text and "Uzbekistan:" not in aid.text


def test_what_the_texts_say_someone_did_is_their_profile(engine: Engine) -> None:
    answer = engine.ask("What do the texts say Fumio Kishida did?", today=TODAY)
    assert answer.answered and "Kagame" in answer.text and "Ukraine" in answer.text


def test_the_rest_of_a_post_asked_as_a_statement(engine: Engine) -> None:
    answer = engine.ask("Ryosuke Kozuki is a state minister for which area?", today=TODAY)
    assert "Economy, Trade, and Industry" in answer.text


def test_the_ways_japan_supported_a_country_are_its_pledges_to_it(engine: Engine) -> None:
    answer = engine.ask("In what ways has Japan supported Rwanda over the years?", today=TODAY)
    assert answer.kind == "pledges" and all(w in answer.text for w in ("loans", "JICA", "medical equipment"))


def test_a_part_someone_had_in_a_whole_is_not_the_whole(engine: Engine) -> None:
    answer = engine.ask("How many of the generators did Kamikawa and her Diet colleagues send themselves?",
                        today=TODAY)
    assert not answer.answered and "in all" in answer.text


def test_who_did_it_to_whom_is_each_record_of_that_deed(engine: Engine) -> None:
    answer = engine.ask("At the UNGA-week meeting, who congratulated whom on a new appointment?", today=TODAY)
    assert answer.answered and "Kuleba congratulated Kamikawa" in answer.text


def test_the_document_a_question_names_last_is_where_it_is_written_not_what_it_is_about(engine: Engine) -> None:
    answer = engine.ask("What had the G20 concentrated on during the year before the Bali summit, "
                        "per the Rwandan report?", today=TODAY)
    assert "COVID-19" in answer.text
    scoped = engine.ask("Who represented Japan in the Uzbekistan article?", today=TODAY)
    assert "Ikegami" in scoped.text and "Kozuki" in scoped.text
    # (a document said by the people it tells of: "the kamikawa kuleba readout")
    people = engine.ask("what took place on september 18 2023 in new york according to the kamikawa kuleba readout",
                        today=TODAY)
    assert people.answered and "G7 Foreign Ministers' meeting" in people.text, people.text


def test_the_abbreviation_before_a_short_name_is_the_short_name(engine: Engine) -> None:
    answer = engine.ask("What does the abbreviation MIIT stand for in the Uzbekistan report?", today=TODAY)
    assert "Ministry of Investments and Foreign Trade" in answer.text


def test_what_two_people_did_at_a_place_they_never_met_is_not_answered(engine: Engine) -> None:
    answer = engine.ask("What did Kamikawa and Kuleba agree when they met in Kyiv?", today=TODAY)
    assert not answer.answered and "New York" in answer.text
    claim = engine.ask("Did Kamikawa and Kuleba meet in Kyiv?", today=TODAY)
    assert claim.answered and claim.title.split(",")[0] == "No" and "New York" in claim.text
    choice = engine.ask("did kamikawa and kuleba meet in kyiv or new york?", today=TODAY)
    assert choice.answered and "New York" in choice.text


def test_what_someone_said_about_a_thing_of_a_country_needs_a_record_of_the_thing(engine: Engine) -> None:
    unknown = engine.ask("What did Shmyhal say about Japan's drone detection system?", today=TODAY)
    assert not unknown.answered and "drone detection system" in unknown.text
    known = engine.ask("What did Zelenskyy say about Japan when Hayashi came to Kyiv?", today=TODAY)
    assert known.answered and "partner" in known.text


def test_a_yes_from_a_persons_record_names_the_person(engine: Engine) -> None:
    answer = engine.ask("Did Rwanda's foreign minister attend the Kagame–Kishida meeting?", today=TODAY)
    assert answer.answered and answer.title == "Yes" and "Biruta" in answer.text


def test_who_took_part_is_not_answered_by_a_record_naming_no_one(engine: Engine) -> None:
    answer = engine.ask("who attended from Tajikistan?", today=TODAY)
    assert not answer.answered and "name no one" in answer.text
    hosted = engine.ask("Who hosted the two-day G20 summit that Kagame attended in 2022?", today=TODAY)
    assert hosted.answered and "Indonesia" in hosted.text


def test_a_minister_who_accompanied_a_described_leader_is_of_the_leaders_side(engine: Engine) -> None:
    answer = engine.ask("Which Rwandan minister accompanied the Rwandan leader to his talks with Japan's prime "
                        "minister?", today=TODAY)
    assert answer.answered and "Biruta" in answer.text and "Kagame (President)" not in answer.text
    bucha = engine.ask("Which Ukrainian official accompanied Japan's foreign minister to the Bucha memorial?",
                       today=TODAY)
    assert not bucha.answered


def test_what_came_after_the_records_or_anything_signed_is_not_denied(engine: Engine) -> None:
    first = engine.ask("what kind of agreement did hayashi and zelenskyy agree to start negotiating", today=TODAY)
    since = engine.ask("has the agreement been signed since then?", first.focus, today=TODAY)
    assert first.answered and not since.answered
    anything = engine.ask("did Kamikawa and Kuleba sign anything at their meeting?", today=TODAY)
    assert not anything.answered
    stage = engine.ask("Did Hayashi and Zelenskyy sign a security agreement in Kyiv?", today=TODAY)
    assert stage.answered and stage.title.split(",")[0] == "No" and "negotiations" in stage.text


def test_a_promise_about_a_subject_at_a_meeting_with_no_pledge_is_none(engine: Engine) -> None:
    answer = engine.ask("what did kishida promise kagame about TICAD 9", today=TODAY)
    assert not answer.answered and "reports no pledge" in answer.text


def test_which_years_of_a_thing_is_its_span_not_the_date_of_a_meeting_naming_it(engine: Engine) -> None:
    answer = engine.ask("kyrgyz japan cooperation program which years", today=TODAY)
    assert answer.answered and "2023-2025" in answer.lines[0] and "14:40" not in answer.lines[0]


def test_what_a_monument_is_for_is_what_it_is_dedicated_to(engine: Engine) -> None:
    answer = engine.ask("what is the memorial in bucha for", today=TODAY)
    assert answer.answered and "victims" in answer.text


def test_whose_a_thing_is_is_the_owner_the_records_name_with_it(engine: Engine) -> None:
    answer = engine.ask("whose peace formula came up?", today=TODAY)
    assert answer.title == "Volodymyr Zelenskyy" and "Zelenskyy's Peace Formula" in answer.text
    embassy = engine.ask("Whose embassy opened in Tokyo in 1996?", today=TODAY)
    assert embassy.title == "Uzbekistan"
    other_year = engine.ask("Whose embassy opened in Tokyo in 2010?", today=TODAY)
    assert not other_year.answered or "Uzbekistan" not in other_year.title


def test_his_job_title_is_his_post(engine: Engine) -> None:
    first = engine.ask("who led the Uzbekistan-Japan business forum on the Japanese side?", today=TODAY)
    answer = engine.ask("what's his job title?", first.focus, today=TODAY)
    assert answer.answered and "State Minister" in answer.text


def test_who_did_it_needs_a_point_saying_all_of_it(engine: Engine) -> None:
    # a record thanks Japan for aid, none names who pledged the cranes: nobody is named, the pledge is shown
    answer = engine.ask("who pledged the cranes?", today=TODAY)
    assert not answer.answered and "cranes" in answer.text, answer.text
    assert answer.text.count("demining cranes") == 1
    # the saying verb is no word of what was done: Zelenskyy's point says "key partner"
    described = engine.ask("Which Ukrainian leader called Japan a key partner in Asia?", today=TODAY)
    assert described.answered and "Zelenskyy" in described.text, described.text


def test_which_holders_of_a_post_attended_it_asks_the_meeting_discussed(engine: Engine) -> None:
    first = engine.ask("when did kamikawa hold the g7 foreign ministers meeting?", today=TODAY)
    answer = engine.ask("which foreign ministers attended it?", first.focus, today=TODAY)
    # its record names only her: no list of every foreign minister in the records
    assert not answer.answered and "Kuleba" not in answer.text and "Kamikawa" in answer.text, answer.text


def test_records_that_fit_a_vague_question_exactly_as_well_are_all_listed(engine: Engine) -> None:
    answer = engine.ask("when were diplomatic relations established?", today=TODAY)
    # two countries' relations, neither named: both, not one picked
    assert answer.answered and "1962" in answer.text and "1992" in answer.text, answer.text


def test_who_held_talks_lists_every_meeting_of_the_talks(engine: Engine) -> None:
    # "hold talks with" asks who was met, as "meet" does: every meeting there, never the one worded likest
    answer = engine.ask("Which Ukrainian leaders did Hayashi hold talks with in Kyiv?", today=TODAY)
    assert answer.kind == "several" and "Zelenskyy" in answer.text and "Shmyhal" in answer.text, answer.text


def test_which_of_the_two_came_first_is_of_the_two_just_listed(engine: Engine) -> None:
    answer = last_answer(engine, "Which Ukrainian leaders did Hayashi hold talks with in Kyiv?",
                         "Which of the two did he meet first?")
    assert answer.answered and "Shmyhal" in answer.title and "Kagame" not in answer.text, answer.text


def test_the_date_a_pledge_is_due_by_is_its_due_date_never_the_date_it_was_made(engine: Engine) -> None:
    due = engine.ask("by when will the transformers be delivered?", today=TODAY)
    assert due.answered and due.title == "Due by September 2023" and "end of September" in due.text, due.text
    none = last_answer(engine, "How many demining cranes did Japan pledge to Ukraine?",
                       "When are those cranes due to be delivered?")
    assert not none.answered and "does not say by when" in none.text, none.text


def test_who_took_part_of_a_fact_that_names_no_one_is_not_answered(engine: Engine) -> None:
    answer = last_answer(engine, "What happened between Uzbekistan and Japan in January 1993?",
                         "Who else from the Japanese embassy in Tashkent took part?")
    assert not answer.answered and "name no one" in answer.text, answer.text


def test_how_many_attended_an_event_whose_records_name_no_one_who_attended(engine: Engine) -> None:
    answer = last_answer(engine, "why was kagame in indonesia", "whats the theme of it", "who hosted",
                         "how many leaders attended")
    assert not answer.answered and "named in the records" not in answer.text, answer.text


def test_a_list_asked_in_chronological_order_is_in_the_order_of_its_dates(engine: Engine) -> None:
    answer = engine.ask("List the embassy openings mentioned in the records in chronological order.", today=TODAY)
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", answer.text)]
    assert answer.answered and len(years) >= 3 and years == sorted(years), answer.text
    apart = last_answer(engine, "List the embassy openings mentioned in the records in chronological order.",
                        "How many years between the first and the last of those?")
    assert apart.answered and apart.title == "17 years", apart.text


@pytest.mark.parametrize("question", [
    "Whom did Prime Minister Kishida meet during his March 2023 visit to Ukraine?",
    "who did the Japanese foreign minister meet in New York on 18 September 2023?",
])
def test_whom_a_named_official_met_is_never_the_official(engine: Engine, question: str) -> None:
    # the records of these meetings name nobody but the one asked about: no one else is given
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "does not name" in answer.text, answer.text


@pytest.mark.parametrize("turns", [
    ("For the Japan-Kyrgyz Foreign Ministers' Meeting of 24 December 2022, at what time did the talks begin, and "
     "for roughly how long did they run?",),
    ("who did hayashi meet on dec 24 2022?", "wat time n how long"),
])
def test_the_time_and_the_length_asked_together_are_both_answered(engine: Engine, turns: tuple[str, ...]) -> None:
    answer = last_answer(engine, *turns)
    assert answer.answered and "14:40" in answer.text and "30 minutes" in answer.text, answer.text


def test_the_time_and_the_length_of_another_meeting(engine: Engine) -> None:
    answer = engine.ask("What time did Kamikawa's meeting with Kuleba begin, and how long did it last?", today=TODAY)
    assert answer.answered and "18:05" in answer.text and "25 minutes" in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "When did Kamikawa hold the G7 foreign ministers' meeting she mentioned to Kuleba?",
    "On which day did Kamikawa chair the G7 foreign ministers' meeting she brought up with Kuleba?",
])
def test_whom_a_meeting_was_mentioned_to_is_no_one_of_that_meeting(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "18 September 2023" in answer.text and "20 September" not in answer.text, answer.text


def test_a_thing_brought_up_in_the_talks_discussed_keeps_the_talks(engine: Engine) -> None:
    # (no one named after it: "she brought up" points to the meeting of the conversation)
    answer = last_answer(engine, "when did kamikawa meet kuleba", "the peace formula she brought up, whose is it")
    assert answer.answered and "Zelenskyy" in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "In her talks with Kuleba, what did Kamikawa condemn?",
    "In his remarks during the meeting with Foreign Minister Hayashi, how did President Zelenskyy describe Japan?",
    "In his thanks to Japan, how did Zelenskyy describe the country?",  # a clause setting the scene first
])
def test_the_speaker_is_the_subject_of_did_not_the_one_named_first(engine: Engine, question: str) -> None:
    speaker = "Kamikawa" if "Kamikawa" in question else "Zelenskyy"
    found = engine.ask(question, today=TODAY)
    assert found.answered and speaker in found.title, found.text


def test_who_led_a_gathering_is_not_the_people_of_a_meeting_on_its_occasion(engine: Engine) -> None:
    found = engine.ask("who chaired the 9th central asia + japan fm mtg", today=TODAY)
    assert not found.answered and "chaired" in found.text and "Kulubaev" not in found.text, found.text
    # the meeting held on its occasion still answers who met there
    met = engine.ask("who met at the Japan-Kyrgyz Foreign Ministers' Meeting?", today=TODAY)
    assert met.answered and "Kulubaev" in met.text, met.text


def test_when_a_thing_is_due_is_the_due_date_of_its_pledge_not_the_meeting(engine: Engine) -> None:
    found = engine.ask("when r the transformers due", today=TODAY)
    assert found.answered and found.title.startswith("Due by September 2023"), found.text
    # a thing pledged without a due date: said plainly, never the date of the meeting where it came up
    generators = engine.ask("when are the generators due", today=TODAY)
    assert not generators.answered and "due date" in generators.title.lower(), generators.text


def test_what_someone_said_at_a_place_is_only_what_was_said_at_meetings_there(engine: Engine) -> None:
    # the trip went to Kyiv and Bucha; its talks were held in Kyiv: nothing is reported said in Bucha
    at_memorial = engine.ask("What did Hayashi say at the Bucha memorial?", today=TODAY)
    assert not at_memorial.answered and "Bucha" in at_memorial.text, at_memorial.text
    in_kyiv = engine.ask("what did hayashi say in kyiv", today=TODAY)
    assert in_kyiv.answered and "sanctions" in in_kyiv.text, in_kyiv.text


def test_a_kind_of_pledge_asked_lists_every_pledge_of_that_kind(engine: Engine) -> None:
    # "hardware" is a word for the knowledge base's pledge kind "equipment": every such pledge, whatever its words
    found = engine.ask("what hardware has japan given or pledged ukraine acc to the docs", today=TODAY)
    assert found.answered and found.kind == "pledges", found.text
    for item in ("cranes", "generators", "transformers", "drone detection"):
        assert item in found.text, found.text
    assert "financial and humanitarian aid" not in found.text, found.text
    # a narrower question is not every pledge of the kind
    demining = engine.ask("What demining equipment did Japan pledge to Ukraine?", today=TODAY)
    assert "drone detection" not in demining.text, demining.text


@pytest.mark.parametrize("question", [
    "Which foreign officials did Foreign Minister Yoshimasa Hayashi meet according to the records?",
    "List every foreign counterpart Hayashi Yoshimasa held talks with in the records.",
])
def test_people_of_the_other_side_asked_of_one_person_are_those_of_each_of_his_meetings(
        engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.kind == "several", answer.text
    for name in ("Kulubaev", "Zelenskyy", "Shmyhal"):
        assert name in answer.text


def test_a_short_name_asked_in_the_words_of_the_meeting_it_came_up_at_is_defined(engine: Engine) -> None:
    answer = engine.ask("wats OVOP stand for in the japan kyrgyz fm mtg", today=TODAY)
    assert answer.answered and "One Village One Product" in answer.text, answer.text


def test_who_of_which_country_names_each_persons_country(engine: Engine) -> None:
    answer = engine.ask("On 14 November 2022 the leader of which African country met Japan's prime minister in Bali?",
                        today=TODAY)
    assert answer.answered and "Kagame (President), Rwanda" in answer.text, answer.text


def test_who_took_part_is_read_from_the_meeting_not_a_gathering_that_mentions_the_same_people(
        engine: Engine) -> None:
    answer = engine.ask("Who else from the Ukrainian delegation joined Kuleba at the meeting with Kamikawa?",
                        today=TODAY)
    assert not answer.answered and "names nobody else" in answer.text, answer.text
    assert "Meeting in New York" in answer.title, answer.title


def test_a_person_asked_by_side_is_not_answered_by_a_record_naming_no_one_of_that_side(engine: Engine) -> None:
    # the record of the gathering Kulubaev came for names no Japanese minister: the meeting that does answers
    answer = engine.ask("Which Japanese minister held talks with the Kyrgyz foreign minister in December 2022?",
                        today=TODAY)
    assert answer.answered and "Hayashi" in answer.text, answer.text


@pytest.mark.parametrize("question", ["wat did usmanov n ikegami sign",
                                      "how many agreements did usmanov n ikegami sign"])
def test_what_two_who_met_did_is_not_answered_by_the_outlet_that_reported_it(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "no talks of that" in answer.text, answer.text


def test_what_two_who_met_covered_is_their_meetings_topics(engine: Engine) -> None:
    answer = engine.ask("what did usmanov and ikegami cover in their talks", today=TODAY)
    assert answer.answered and answer.kind == "meeting_answer" and "tourism" in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "what came out of the japan ukraine security guarantee negotiations in the end",
    "What was the outcome of the Japan-Ukraine security guarantee negotiations?"])
def test_the_outcome_of_negotiations_recorded_only_as_agreed_on_is_not_in_the_records(engine: Engine,
                                                                                      question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "only at their start" in answer.text, answer.text
    agreed = engine.ask("what did hayashi and zelensky agree on?", today=TODAY)
    assert agreed.answered and "negotiations" in agreed.text, agreed.text


@pytest.mark.parametrize("question", ["How many Ukrainian deminers will Japan train?",
                                      "how many demining experts will japan send?"])
def test_a_figure_of_another_thing_counted_is_no_answer(engine: Engine, question: str) -> None:
    # 24 demining cranes count cranes: "demining" says what kind, not what is counted
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered, answer.text
    cranes = engine.ask("how many demining crains is japan giving ukrane", today=TODAY)
    assert cranes.answered and "24" in cranes.text, cranes.text


def test_places_outside_home_of_a_class_or_a_post_are_all_of_them(engine: Engine) -> None:
    # "ministers or the PM": the post is one more of the class, not the only one whose places are asked
    text = engine.ask("where outside japan did japanese ministers or the PM hold talks", today=TODAY).text
    assert "Bali" in text and "Kyiv" in text and "New York" in text, text


@pytest.mark.parametrize("question", ["japan tajikistan fm mtg, when was it",
                                      "When was the Japan-Tajikistan foreign ministers' meeting?"])
def test_a_meeting_named_by_its_sides_is_not_one_of_other_countries(engine: Engine, question: str) -> None:
    # the Japan-Kyrgyz meeting names Tajikistan in passing; it is no Japan-Tajikistan meeting
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "24 December" not in answer.title, answer.text
    assert "Tajikistan" in answer.text, answer.text
    assert meeting_sides(analyse(question, engine.index)) == {"japan", "tajikistan"}
    kyrgyz = engine.ask("when was the Japan-Kyrgyz FM meeting?", today=TODAY)
    assert kyrgyz.answered and "24 December 2022" in kyrgyz.text, kyrgyz.text


def test_the_length_of_a_meeting_whose_record_gives_none_is_said_to_be_missing(engine: Engine) -> None:
    answer = engine.ask("What was the length of the Kagame-Kishida meeting in Bali?", today=TODAY)
    assert not answer.answered and "how long" in answer.text, answer.text


def test_people_of_a_country_none_of_whose_people_the_records_name(engine: Engine) -> None:
    answer = engine.ask("Which Japanese ministers met Tajik officials?", today=TODAY)
    assert not answer.answered and "Tajikistan" in answer.title and "Kyrgyz" not in answer.title, answer.text
    # a gathering's name the gazetteer also reads as its host country is no one's country
    g20 = engine.ask("Where did the G20 leaders gather in November 2022?", today=TODAY)
    assert g20.answered and "Bali" in g20.text, g20.text


def test_a_figure_a_claim_puts_at_a_meeting_that_the_records_give_to_another_day(engine: Engine) -> None:
    answer = engine.ask("Were the 14 Uzbek-Japanese agreements signed at the Usmanov-Ikegami meeting?", today=TODAY)
    assert answer.title.split(",")[0] == "No" and "business forum" in answer.text, answer.text
    # a claim of no figure the records give elsewhere stays unsettled
    unsettled = engine.ask("did Usmanov and Ikegami sign documents at their meeting?", today=TODAY)
    assert not unsettled.answered, unsettled.text


def test_which_source_is_cited_for_a_meetings_account(engine: Engine) -> None:
    answer = engine.ask("Which source is cited for the Kagame-Kishida meeting account?", today=TODAY)
    assert answer.answered and "Office of The President" in answer.text, answer.text


@pytest.mark.parametrize("question", ["Was Hayashi's Ukraine trip announced several days ahead of time?",
                                      "Was Hayashi's Ukraine trip announced a few weeks in advance?"])
def test_how_long_ahead_a_thing_was_announced_is_a_claim_of_order(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.title.split(",")[0] == "No" and ("same day of his arrival" in answer.text
                                                   or "on the day of his arrival" in answer.text), answer.text


@pytest.mark.parametrize("question", ["when was the emergency aid kulubaev thanked japan for given?",
                                      "kulubaev thanked japan for emergency aid - when was it given?"])
def test_the_date_of_a_thing_thanked_for_is_of_the_one_record_of_it(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "October 2022" in answer.text, answer.text


def test_a_scheme_is_asked_as_a_project_or_programme(engine: Engine) -> None:
    answer = engine.ask("which 2 japanese schemes did the japan & kyrgyz FMs praise for human resources development",
                        today=TODAY)
    assert answer.answered and "OVOP" in answer.text and "JDS" in answer.text, answer.text


def test_a_beginning_the_records_do_not_give_is_not_a_meeting_date(engine: Engine) -> None:
    answer = engine.ask("when did japan-kyrgyz relations start?", today=TODAY)
    assert not answer.answered and "2022" not in answer.text, answer.text


@pytest.mark.parametrize(("claim", "title"), [("did hayashi meet zelenskyy before shmyhal?", "No"),
                                              ("did hayashi meet zelenskyy after shmyhal?", "Yes"),
                                              ("did hayashi meet shmyhal before zelenskyy?", "Yes")])
def test_an_order_the_record_states_the_other_way_round_is_read_both_ways(engine: Engine, claim: str,
                                                                          title: str) -> None:
    answer = engine.ask(claim, today=TODAY)
    assert answer.answered and answer.title.split(",")[0] == title, answer.text


def test_what_two_people_agreed_is_their_meeting_s_not_also_the_trip_it_was_held_on(engine: Engine) -> None:
    answer = engine.ask("what did hayashi and zelenskyy agree on?", today=TODAY)
    assert answer.kind != "several" and "Zelenskyy in Kyiv" in answer.title, answer.text
    assert "demining cranes" not in answer.text, answer.text


def test_what_someone_discussed_in_a_place_is_every_meeting_of_theirs_there(engine: Engine) -> None:
    answer = engine.ask("what did hayashi discuss in kyiv?", today=TODAY)
    assert answer.kind == "several" and "Shmyhal" in answer.text and "Zelenskyy in Kyiv" in answer.text, answer.text
    one = engine.ask("what did hayashi discuss with zelenskyy?", today=TODAY)
    assert one.kind != "several" and "Shmyhal and Japanese business" not in one.text, one.text


def test_how_many_of_a_whole_were_of_a_kind_is_not_the_whole(engine: Engine) -> None:
    answer = engine.ask("How many of the companies at the January 10 Uzbek-Japan forum were Japanese?", today=TODAY)
    assert not answer.answered and "in all" in answer.text, answer.text
    whole = engine.ask("how many companies were at the forum?", today=TODAY)
    assert whole.answered and "200" in whole.text, whole.text


@pytest.mark.parametrize("question", ["did Kuleba pledge generators?", "did Zelenskyy promise cranes?"])
def test_a_pledge_claimed_of_someone_of_the_receiving_side_is_denied(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title.startswith("No"), answer.text
    assert "receiving side" in answer.text, answer.text


def test_a_pledge_claimed_of_another_of_the_giving_side_is_not_confirmed(engine: Engine) -> None:
    answer = engine.ask("did Hayashi pledge the auto transformers?", today=TODAY)
    assert not answer.answered, answer.text
    assert engine.ask("did Kamikawa pledge transformers?", today=TODAY).title == "Yes"


@pytest.mark.parametrize(("turns", "title"), [
    (("when did kagame meet kishida", "was it a morning meeting?"), "No"),
    (("when did hayashi meet kulubaev", "was it in the afternoon?"), "Yes")])
def test_a_part_of_the_day_claimed_of_the_meeting_found_is_its_recorded_time(engine: Engine, turns: tuple[str, ...],
                                                                            title: str) -> None:
    answer = last_answer(engine, *turns)
    assert answer.answered and answer.title == title, answer.text


@pytest.mark.parametrize(("question", "said"), [
    ("Does Ikegami Masaki work in the Asian affairs bureau of Japan's foreign ministry?", "european affairs"),
    ("was Hattori the central bank's second governor?", "first governor")])
def test_another_of_things_that_can_be_only_one_denies_the_claim(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title.startswith("No") and said in answer.text, answer.text
    assert engine.ask("was Hattori the central bank's first governor?", today=TODAY).title == "Yes"


@pytest.mark.parametrize("question", ["Was Hayashi's Ukraine visit announced several days before he arrived?",
                                      "was hayashis kyiv trip anounced way in advance?"])
def test_done_ahead_claimed_of_what_a_record_says_was_done_on_the_day_is_denied(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title.startswith("No") and "same day" in answer.text, answer.text
    assert engine.ask("was the trip announced on the day he arrived?", today=TODAY).title == "Yes"


def test_a_clause_naming_its_person_by_a_post_only_identifies_the_thing_asked_of(engine: Engine) -> None:
    answer = engine.ask("What was the theme of the G20 summit the Rwandan leader attended in Bali?", today=TODAY)
    assert "Recover Together" in answer.text and "fit the question" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["Who was the second governor of Rwanda's central bank?",
                                      "Who is the Director General of the European Affairs Bureau at Japan's foreign "
                                      "ministry?"])
def test_a_post_no_record_gives_anyone_is_not_answered_by_a_neighbouring_post(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "fit the question" not in answer.text, answer.text


def test_a_post_a_record_gives_is_answered_by_it(engine: Engine) -> None:
    answer = engine.ask("Who was the first governor of Rwanda's central bank?", today=TODAY)
    assert answer.answered and "Hattori" in answer.text, answer.text


def test_a_posts_holder_claimed_present_too_is_of_the_meeting_discussed(engine: Engine) -> None:
    answer = last_answer(engine, "who came with kagame to the meeting with the japanese pm", "whats biruta's job",
                         "was japan's foreign minister in the room too")
    assert not answer.answered and answer.title != "Yes", answer.text


def test_a_count_of_one_countrys_things_of_a_record_counting_them_all_is_not_given(engine: Engine) -> None:
    uzbek = engine.ask("How many Uzbek companies took part in the January 10 business forum?", today=TODAY)
    assert not uzbek.answered and "in all" in uzbek.text, uzbek.text
    every = engine.ask("how many companies took part in the business forum", today=TODAY)
    assert every.answered and "200" in every.text, every.text
    # (a record that counts them as that country's answers: "all four provinces of Rwanda")
    provinces = engine.ask("how many rwandan provinces got japans covid equipment", today=TODAY)
    assert provinces.answered and "four" in provinces.text, provinces.text


def test_a_thing_asked_of_someone_who_did_it_is_not_a_deed_the_record_leaves_unattributed(engine: Engine) -> None:
    answer = engine.ask("Which agreement did Kozuki sign with Kudratov at the forum?", today=TODAY)
    assert not answer.answered and "not who did it" in answer.text and "14 agreements" in answer.text, answer.text
    signed = engine.ask("which agreements were signed at the forum?", today=TODAY)
    assert signed.answered and "14 agreements" in signed.text, signed.text


def test_several_asked_of_a_gathering_and_a_record_naming_it_and_more_is_the_fuller_record(engine: Engine) -> None:
    answer = engine.ask("Which events had the Kyrgyz foreign minister come to Japan to attend in December 2022?",
                        today=TODAY)
    assert answer.answered and "Central Asia plus Japan" in answer.text and "signing ceremony" in answer.text, \
        answer.text


def test_why_of_a_deed_no_record_tells_of_is_no_record_s_occasion(engine: Engine) -> None:
    answer = engine.ask("why did hayashi leave the job?", today=TODAY)
    assert not answer.answered and "give no reason" in answer.text, answer.text
    came = engine.ask("why did kulubaev come to japan?", today=TODAY)
    assert came.answered and "Central Asia plus Japan" in came.text, came.text


def test_what_a_word_the_records_only_use_in_passing_is_is_not_defined_by_them(engine: Engine) -> None:
    answer = engine.ask("whats geodesy", today=TODAY)
    assert not answer.answered and "do not say what “geodesy” is" in answer.text and "forum" in answer.text, \
        answer.text
    term = engine.ask("what is ovop?", today=TODAY)
    assert term.answered and "One Village One Product" in term.title, term.text


@pytest.mark.parametrize(("question", "answered", "shown"),
                         [("Does Uzbekistan have an embassy in Japan?", True, "Tokyo"),
                          ("does japan have an embassy in uzbekistan?", True, "Tashkent"),
                          ("does rwanda have an embassy in japan?", False, "Kigali")],
                         ids=["theirs-here", "ours-there", "only-ours-there"])
def test_a_claim_of_an_embassy_is_checked_against_where_the_record_places_it(
        engine: Engine, question: str, answered: bool, shown: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered is answered and shown in answer.text, answer.text


@pytest.mark.parametrize("question", ["Was the G7 foreign ministers' meeting held in Tokyo?",
                                      "did kamikawa hold the g7 foreign ministers meeting in tokyo?",
                                      "Was the G7 foreign ministers' meeting that Kamikawa held on September 18 "
                                      "in Tokyo?"])
def test_a_claimed_place_of_a_gathering_held_elsewhere_is_denied_with_its_place(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title.startswith("No") and "New York" in answer.text, answer.text


@pytest.mark.parametrize("turns", [("when did hayashi meet kulubaev",
                                    "was the cooperation program signed during the meeting"),
                                   ("was the cooperation program signed at the hayashi kulubaev meeting?",)],
                         ids=["follow-up", "named"])
def test_a_thing_claimed_done_during_a_meeting_the_record_says_was_done_before_it(engine: Engine,
                                                                                  turns: tuple[str, ...]) -> None:
    answer = last_answer(engine, *turns)
    assert answer.answered and answer.title.startswith("No") and "prior to the meeting" in answer.text, answer.text
    done = engine.ask("were the 14 agreements signed at the forum?", today=TODAY)
    assert done.title == "Yes", done.text


@pytest.mark.parametrize(("question", "shown"), [("did japan give generators to ukraine?", "1,500"),
                                                 ("japan gave generators to ukraine right? how many?", "1,500"),
                                                 ("will japan give generators to ukraine?", "every effort")])
def test_a_claim_of_support_given_is_shown_with_the_record_of_support_given(engine: Engine, question: str,
                                                                          shown: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and shown in answer.text, answer.text


@pytest.mark.parametrize("question", ["did hayashi and zelensky sign a security guarantee agreement in kyiv",
                                      "Do Japan and Ukraine have a security guarantee deal?"])
def test_an_agreement_claimed_as_signed_or_held_that_the_records_show_being_negotiated(engine: Engine,
                                                                                      question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title.startswith("No") and "negotiations" in answer.text, answer.text


def test_besides_the_thing_of_one_pledge_the_other_pledges_are_read(engine: Engine) -> None:
    answer = engine.ask("Besides the demining cranes, what equipment did Japan pledge to Ukraine?", today=TODAY)
    assert answer.answered and "drone detection" in answer.text, answer.text
    assert "24 demining cranes" not in answer.text, answer.text
    # (the thing set aside by its noun alone, in a question that names its giver: "besides cranes")
    answer = engine.ask("what else did hayashi promise in kyiv besides cranes", today=TODAY)
    assert answer.answered and "cranes" not in answer.text and "winter" in answer.text, answer.text


def test_a_figure_asked_by_its_noun_and_a_record_counting_only_time(engine: Engine) -> None:
    figure = engine.ask("Kishida mentioned an aid figure - how much?", today=TODAY)
    assert figure.answered and "7 billion" in figure.text, figure.text
    # a meeting that tells of the aid and counts only minutes and years gives no amount of it
    amount = engine.ask("what was the amount of the emergency grant aid to kyrgyzstan?", today=TODAY)
    assert not amount.answered and "no figure" in amount.text, amount.text
    money = engine.ask("how much money was the emergency aid?", today=TODAY)
    assert not money.answered and "billion" not in money.text, money.text


def test_where_a_post_holder_travelled_to_meet_someone_is_not_that_persons_home_meeting(engine: Engine) -> None:
    answer = engine.ask("Which city did Japan's foreign minister travel to in September 2023 to meet President "
                        "Zelenskyy?", today=TODAY)
    assert answer.answered and "Kyiv" in answer.text, answer.text


def test_the_country_of_a_city_asked_with_it_is_given(engine: Engine) -> None:
    answer = engine.ask("Japan opened an embassy in 2010. In which city and country?", today=TODAY)
    assert answer.answered and "Kigali" in answer.text and "Rwanda" in answer.text, answer.text


def test_aid_a_country_got_is_every_pledge_named_aid_whatever_its_kind(engine: Engine) -> None:
    answer = engine.ask("what aid did kyrgyzstan get", today=TODAY)
    assert "30 years" in answer.text and "emergency grant aid" in answer.text, answer.text


def test_a_deed_of_someone_else_that_the_claimant_had_no_part_in_denies_nothing(engine: Engine) -> None:
    answer = engine.ask("Did Kishida host Kagame in Tokyo?", today=TODAY)
    assert answer.title.startswith("No") and "Bali" in answer.text and "Orientation" not in answer.text, answer.text
    hosted = engine.ask("did ikegami host usmanov in tokyo?", today=TODAY)
    assert hosted.title.startswith("No") and "Usmanov hosted" in hosted.text, hosted.text


def test_a_place_claimed_of_two_who_met_elsewhere_is_denied_by_their_meeting(engine: Engine) -> None:
    answer = engine.ask("Did Kuleba host Kamikawa in Kyiv?", today=TODAY)
    assert answer.title.startswith("No") and "Foreign Ministers' Meeting in New York" in answer.text, answer.text


def test_embassies_said_to_be_of_the_home_country_are_not_another_countrys_there(engine: Engine) -> None:
    answer = engine.ask("Which Japanese embassies in Africa or Central Asia are mentioned in your sources?",
                        today=TODAY)
    assert "Kigali" in answer.text and "Tashkent" in answer.text, answer.text
    assert "Republic of Uzbekistan in Tokyo" not in answer.text, answer.text
    apart = last_answer(engine, "Which Japanese embassies in Africa or Central Asia are mentioned in your sources?",
                        "Which of the two is older?", "By how many years?")
    assert apart.answered and "17 years" in apart.title, apart.text


def test_what_happened_at_a_gathering_leaves_the_gathering_as_it(engine: Engine) -> None:
    answer = last_answer(engine, "what happened at the uzbek japan business forum", "when was it")
    assert answer.answered and "10 January 2024" in answer.text and "26 January" not in answer.text, answer.text


def test_whom_someone_met_during_a_trip_is_everyone_of_the_trip(engine: Engine) -> None:
    answer = last_answer(engine, "Who did Hayashi hold talks with during his trip to Ukraine?")
    assert "Zelenskyy" in answer.text and "Shmyhal" in answer.text, answer.text


def test_where_something_was_done_during_a_trip_is_still_the_record_of_it(engine: Engine) -> None:
    answer = last_answer(engine, "Where did Hayashi pay tribute to victims during his Ukraine trip?")
    assert "Bucha" in answer.text and "took place in Kyiv" not in answer.text, answer.text


def test_what_was_said_of_something_a_meeting_record_never_names_is_not_in_the_records(engine: Engine) -> None:
    answer = last_answer(engine, "when did hayashi meet the kyrgyz minister",
                         "What did the Kyrgyz minister say about Russia at that meeting?")
    assert not answer.answered and "does not mention Russia" in answer.text, answer.text
    said = last_answer(engine, "when did kamikawa meet kuleba", "what did kamikawa say about russia at that meeting?")
    assert said.answered and "Russia" in said.text, said.text


def test_the_text_of_a_document_a_body_issued_is_not_its_record(engine: Engine) -> None:
    answer = engine.ask("what exactly did the G7 statement say", today=TODAY)
    assert not answer.answered and "G7 statement" in answer.text, answer.text
    declared = engine.ask("what does the joint declaration of support for ukraine say", today=TODAY)
    assert declared.answered, declared.text


def test_everyone_who_thanked_is_listed_in_whatever_words_the_records_tell_it(engine: Engine) -> None:
    answer = engine.ask("who on the ukrainian side thanked japan for its support", today=TODAY)
    assert all(name in answer.text for name in ("Zelenskyy", "Shmyhal", "Kuleba")), answer.text


@pytest.mark.parametrize("question", ["did kulubaev personally sign the cooperation program with hayashi",
                                      "did hayashi sign the cooperation program?"])
def test_someone_claimed_to_sign_what_a_record_says_was_signed_by_no_one_named_is_not_confirmed(
        engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "do not say who signed" in answer.text, answer.text


def test_a_gathering_identified_by_who_attended_it_is_that_gathering(engine: Engine) -> None:
    for question in ("theme of the summit the rwandan leader was attending", "theme of the summit kagame attended"):
        answer = engine.ask(question, today=TODAY)
        assert answer.answered and "Recover Together" in answer.text, answer.text


def test_two_people_said_to_sign_something_asks_what_was_signed_at_their_meeting(engine: Engine) -> None:
    answer = engine.ask("hayshi n kulubaev signed anything?", today=TODAY)
    assert answer.answered and answer.title == "Yes", answer.text


def test_a_count_of_a_thing_no_record_names_is_not_a_figure_of_another(engine: Engine) -> None:
    answer = last_answer(engine, "when did hayashi visit kyiv", "how many demining robots")
    assert not answer.answered and "robots" in answer.text and "24" not in answer.lines[0], answer.text
    # (a verb after the thing counted is no thing: "how many deals came out of it?" is still the forum's 14)
    answer = last_answer(engine, "When was the Uzbekistan-Japan business forum held?", "how many deals came out of it?")
    assert answer.answered and "14" in answer.text, answer.text


def test_a_post_no_one_at_the_meeting_holds_is_not_answered_by_its_deputy(engine: Engine) -> None:
    answer = engine.ask("Who was Director General of the Bureau of European Affairs at the talks with Bobur Usmanov?",
                        today=TODAY)
    assert not answer.answered and "Deputy Director General" in answer.text, answer.text
    answer = engine.ask("who was the deputy director general at the usmanov talks?", today=TODAY)
    assert answer.answered and "Ikegami" in answer.text, answer.text


def test_where_someone_did_a_thing_no_record_tells_of_is_not_a_place_of_something_else(engine: Engine) -> None:
    answer = engine.ask("where did masaya hattori study", today=TODAY)
    assert not answer.answered and "study" in answer.text, answer.text
    answer = engine.ask("where did kamikawa meet kuleba", today=TODAY)
    assert answer.answered and "New York" in answer.text, answer.text


def test_the_topics_of_the_meeting_are_the_talks_not_an_outlet_covering_them(engine: Engine) -> None:
    answer = last_answer(engine, "Who is Ikegami Masaki?", "Whom did he meet, and on what date?",
                         "What topics did the meeting cover?")
    assert answer.kind == "meeting_answer" and "Usmanov" in answer.title and "strategic partnership" in answer.text, \
        answer.text


def test_a_city_asked_of_a_record_naming_its_country_alone_is_not_given(engine: Engine) -> None:
    answer = engine.ask("which city in japan was the 2023-2025 cooperation program signed in?")
    assert not answer.answered and "does not name the city" in answer.text, answer.text


def test_two_things_asked_together_with_each_are_both_answered(engine: Engine) -> None:
    answer = engine.ask("When did Japan's embassy in Uzbekistan and Uzbekistan's embassy in Japan each begin "
                        "operating?")
    assert answer.answered and "1993" in answer.text and "1996" in answer.text, answer.text
    both = engine.ask("When did both embassies begin operating?")
    assert both.answered and "1993" in both.text and "1996" in both.text, both.text


def test_the_people_several_records_name_are_all_given_when_a_number_of_them_is_asked(engine: Engine) -> None:
    answer = engine.ask("Which two senior Ukrainian leaders did Foreign Minister Hayashi hold talks with in Kyiv in "
                        "September 2023?", today=TODAY)
    assert answer.answered and "Zelenskyy" in answer.text and "Shmyhal" in answer.text, answer.text


def test_where_a_pledge_is_to_go_is_not_the_place_it_was_made(engine: Engine) -> None:
    answer = engine.ask("To which Ukrainian cities or power facilities were the two auto transformers to be "
                        "delivered?", today=TODAY)
    assert not answer.answered and "does not say where" in answer.text, answer.text
    answer = engine.ask("where is japan's embassy in uzbekistan?", today=TODAY)
    assert answer.answered and "Tashkent" in answer.text, answer.text


def test_where_someone_did_what_a_record_tells_of_others_is_not_given(engine: Engine) -> None:
    # (the record tells of Kyrgyz personnel who studied in Japan, not of the minister)
    answer = engine.ask("where did kulubaev study in japan", today=TODAY)
    assert not answer.answered and "study" in answer.text, answer.text


def test_when_a_gathering_was_is_its_own_record_not_that_of_talks_held_on_its_occasion(engine: Engine) -> None:
    answer = engine.ask("when was the 9th foreign ministers meeting of the central asia plus japan dialogue?",
                        today=TODAY)
    assert "24 December" not in answer.text and "December 2022" in answer.text, answer.text
    answer = engine.ask("date of the 9th central asia + japan fm mtg?", today=TODAY)
    assert not answer.answered and "no exact date" in answer.text, answer.text
    # (the talks themselves, asked by who held them, keep their own date)
    answer = engine.ask("when did kishida meet kagame at the g20 summit?", today=TODAY)
    assert answer.answered and "14 November 2022" in answer.text, answer.text


def test_how_many_of_those_the_last_answer_counted_some_did_themselves_is_not_the_whole(engine: Engine) -> None:
    answer = last_answer(engine, "how many generators did kamikawa say japan sent",
                         "how many of those did the diet members send themselves")
    assert not answer.answered and "how many in all" in answer.text, answer.text


def test_countries_asked_by_a_region_the_record_names_as_a_whole_are_not_given(engine: Engine) -> None:
    answer = engine.ask("which indo-pacific countries did kamikawa want to participate?", today=TODAY)
    assert not answer.answered and "Indo-Pacific as a whole" in answer.text, answer.text
    answer = last_answer(engine, "whose peace formula did she bring up", "which indo-pacific countries did she name?")
    assert not answer.answered and "as a whole" in answer.text, answer.text


@pytest.mark.parametrize("question", ["what was the g20 theme when kagame met kishida",
                                      "kagamee g20 theme wat was it"])
def test_a_gatherings_detail_said_after_its_name_is_the_gatherings_own(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "Recover Together" in answer.text, answer.text


@pytest.mark.parametrize("turns", [("where is the memorial hayashi visited in ukraine?",),
                                   ("hayashi visited a memorial in ukraine, where",)])
def test_where_a_thing_is_is_its_own_records_place_not_the_visits(engine: Engine, turns: tuple[str, ...]) -> None:
    answer = last_answer(engine, *turns)
    assert answer.answered and "Bucha" in answer.text and "took place in Kyiv" not in answer.text, answer.text
    purpose = last_answer(engine, *turns, "what's it for")
    assert "victims" in purpose.text, purpose.text


def test_with_whom_asked_last_after_its_preposition(engine: Engine) -> None:
    answer = engine.ask("kamikawa said she sent generators to ukraine together w who", today=TODAY)
    assert answer.answered and "National Diet" in answer.text, answer.text


def test_where_a_thing_is_needs_a_record_that_places_it(engine: Engine) -> None:
    answer = engine.ask("In which regions of Kyrgyzstan is the One Village One Product project carried out?",
                        today=TODAY)
    assert not answer.answered, answer.text


def test_what_was_given_to_a_country_no_pledge_is_recorded_for_is_said_so_not_its_records_listed(
        engine: Engine) -> None:
    for question in ("what did japan give uzbekistan during covid", "what did japan give uzbekistan"):
        answer = engine.ask(question, today=TODAY)
        assert not answer.answered and "no aid, support or pledge to Uzbekistan" in answer.text, answer.text
    given = engine.ask("what did japan give rwanda during covid", today=TODAY)
    assert given.answered and "medical equipment" in given.text, given.text


def test_who_held_a_post_at_a_meeting_is_not_a_fact_that_names_no_one(engine: Engine) -> None:
    answer = last_answer(engine, "what time did kamikawa and kuleba start talking",
                         "sorry i meant the kyrgyz FM meeting", "who was the japanese minister at that one")
    assert answer.answered and "Yoshimasa Hayashi" in answer.text, answer.text


def test_a_gathering_named_then_who_mentioned_it_to_whom_is_the_gathering(engine: Engine) -> None:
    answer = engine.ask("When was the G7 foreign ministers meeting that Kamikawa mentioned to Kuleba?", today=TODAY)
    assert answer.answered and "18 September 2023" in answer.text and "20 September" not in answer.text, answer.text


def test_at_the_time_is_the_date_of_the_record_just_shown(engine: Engine) -> None:
    answer = last_answer(engine, "how many demining cranes did japan promise ukraine",
                         "which japanese official was visiting at the time?")
    assert answer.answered and answer.title == "Yoshimasa Hayashi" and "Kishida" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "title"), [("kyrgyz fm mtg w hayashi lasted an hr?", "No"),
                                                 ("uz jp forum had like 500 companies?", "No")])
def test_a_statement_with_a_question_mark_is_judged_against_the_record(engine: Engine, question: str,
                                                                       title: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.title.startswith(title), answer.text


def test_when_someone_went_with_no_place_said_is_their_journey_not_every_meeting(engine: Engine) -> None:
    answer = last_answer(engine, "kamikawa met zelensky in kyiv right?", "oh ok so when did hayashi go")
    assert answer.answered and "Kyiv" in answer.text and "Kyrgyz" not in answer.text, answer.text


def test_the_period_of_a_sum_pledged_that_its_record_does_not_give_is_not_answered(engine: Engine) -> None:
    answer = engine.ask("Over what period will Japan's $7 billion in aid to Ukraine be disbursed?", today=TODAY)
    assert not answer.answered and "7 billion" in answer.text, answer.text


def test_the_period_a_record_says_in_its_words_is_still_answered(engine: Engine) -> None:
    answer = engine.ask("over what period has japan helped kyrgyzstan?", today=TODAY)
    assert answer.answered and "30 years" in answer.text, answer.text


@pytest.mark.parametrize("question", ["which month in 2010 did the jp embassy in kigali open",
                                      "In what month did Japan open its embassy in Kigali?"])
def test_a_month_asked_of_a_record_dated_by_its_year_alone_is_not_given(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "no month" in answer.text and "2010" in answer.text, answer.text


def test_a_month_asked_of_a_record_dated_by_its_month_is_given(engine: Engine) -> None:
    answer = engine.ask("in which month did the embassy of japan in tashkent open?", today=TODAY)
    assert answer.answered and "January 1993" in answer.text, answer.text


@pytest.mark.parametrize("turns", [
    ("how many generators did japan give ukraine?", "how many of the generators did she personaly arrange?"),
    ("what did kamikawa and kuleba discuss?", "how many of the generators did she personally send?"),
])
def test_the_part_one_person_gave_of_a_countrys_figure_is_not_given(engine: Engine, turns: tuple[str, str]) -> None:
    answer = last_answer(engine, *turns)
    assert not answer.answered and ("as a whole" in answer.text or "in all" in answer.text), answer.text


def test_records_about_the_people_discussed_that_say_nothing_of_the_topic_asked_are_no_answer(engine: Engine) -> None:
    answer = last_answer(engine, "what did japan pledge for demining in ukraine", "was that hayashi or kamikawa",
                         "anything about drones?")
    assert not answer.answered or "drone" in answer.text.lower(), answer.text


def test_a_figure_of_a_record_lacking_a_word_another_as_close_holds_is_no_figure_of_what_was_asked(
        engine: Engine) -> None:
    answer = engine.ask("How much financial aid did Japan pledge for Ukraine's winter needs?", today=TODAY)
    assert not answer.answered and "winter" in answer.text, answer.text
    # a question whose every word the record with the figure holds is answered by it
    whole = engine.ask("how many generators did japan provide to ukraine?", today=TODAY)
    assert whole.answered and "1,500" in whole.text, whole.text


def test_a_person_asked_by_a_deed_a_meeting_tells_of_but_names_no_one_for_is_not_its_people(engine: Engine) -> None:
    answer = engine.ask("Which Kyrgyz minister studied in Japan before taking office?", today=TODAY)
    assert not answer.answered and "names no one" in answer.text, answer.text
    attended = engine.ask("which rwandan ministers attended the bali meeting?", today=TODAY)
    assert attended.answered and "Biruta" in attended.text, attended.text


def test_records_of_the_names_asked_that_hold_none_of_its_words_are_no_answer(engine: Engine) -> None:
    answer = engine.ask("what did japan give kyrgyzstan for covid", today=TODAY)
    assert not answer.answered and "covid" in answer.text, answer.text
    given = engine.ask("what did japan give rwanda for covid", today=TODAY)
    assert given.answered and "medical equipment" in given.text, given.text


def test_an_economys_figure_no_record_reports_is_declined(engine: Engine) -> None:
    answer = engine.ask("uz jp bilateral trade volume?", today=TODAY)
    assert not answer.answered and "volume" in answer.text, answer.text


@pytest.mark.parametrize("question", ["by when are the 2 auto transformers supposed to get to ukraine",
                                      "when are the 2 auto transformers supposed to arrive in ukraine"])
def test_when_a_thing_pledged_is_supposed_to_arrive_is_the_date_it_is_due(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title == "Due by September 2023", answer.text


def test_by_when_a_thing_pledged_with_no_due_date_is_due_is_said_missing(engine: Engine) -> None:
    answer = engine.ask("By when are the 24 demining cranes pledged by Japan to be delivered to Ukraine?", today=TODAY)
    assert not answer.answered and "does not say by when" in answer.text, answer.text


def test_when_things_pledged_at_a_meeting_arrive_is_said_missing_when_none_is_due(engine: Engine) -> None:
    answer = last_answer(engine, "what did japan pledge to ukraine on demining during hayashis visit",
                         "when do they arrive")
    assert not answer.answered and "24 demining cranes" in answer.text and "9 September" not in answer.text, \
        answer.text


def test_pledges_asked_of_a_thing_are_those_that_name_it(engine: Engine) -> None:
    answer = engine.ask("How did Japan help Rwanda with COVID-19?", today=TODAY)
    assert answer.answered and "(1)" in answer.title and "medical equipment" in answer.text, answer.text
    assert "JICA" not in answer.text
    for question in ("What forms of support has Japan given Rwanda?",
                     "what kinds of support has Japan offered Rwanda over the decades?"):
        answer = engine.ask(question, today=TODAY)
        assert answer.answered and "(3)" in answer.title, answer.text


def test_where_a_thing_given_went_asked_as_which_parts_got_it(engine: Engine) -> None:
    answer = last_answer(engine, "How did Japan help Rwanda with COVID-19?", "which parts of the country got it")
    assert answer.answered and "Kigali" in answer.text and "four provinces" in answer.text, answer.text


def test_when_things_pledged_are_arriving_asks_their_due_date(engine: Engine) -> None:
    answer = engine.ask("wen r the 24 demining cranes arriving in ukr", today=TODAY)
    assert not answer.answered and "9 September" not in answer.text, answer.text
    answer = engine.ask("when are hayashi and his team arriving in kyiv?", today=TODAY)
    assert answer.answered and "9 September 2023" in answer.text, answer.text
