"""Answers read from one meeting's record: its points, people and times."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from tests.engine.conftest import TODAY, last_answer


@pytest.mark.parametrize("question", [
    "Apart from IT and education, which sectors did the agreements at the Uzbekistan–Japan business forum cover?",
    "Which sectors beyond IT and education did the 14 agreements of the Uzbek-Japanese forum cover?",
])
def test_a_set_aside_point_that_only_says_there_was_more_gives_way_to_the_points_naming_the_rest(
        engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "space technology" in answer.text, answer.text
    assert "14 agreements" not in answer.text  # the point naming only what the question set aside


def test_without_a_set_aside_clause_the_asked_points_stand(engine: Engine) -> None:
    answer = engine.ask("Which sectors did the agreements at the Uzbekistan–Japan business forum cover?",
                        today=TODAY)
    assert answer.answered and "14 agreements" in answer.text, answer.text


def test_a_point_naming_the_set_aside_thing_beside_the_asked_one_stands(engine: Engine) -> None:
    answer = engine.ask("Besides using Kyrgyz human resources, in what field did Kulubaev hope to cooperate "
                        "with Japan?", today=TODAY)
    assert answer.answered and "decarboni" in answer.text, answer.text


def test_a_set_aside_clause_in_a_follow_up_reads_the_meeting_of_the_conversation(engine: Engine) -> None:
    answer = last_answer(engine, "How many agreements were signed at the Uzbekistan–Japan business forum?",
                         "apart from IT and education, which sectors did they cover?")
    assert answer.answered and "geodesy" in answer.text, answer.text


def test_others_asked_of_one_side_are_of_that_side_alone(engine: Engine) -> None:
    answer = last_answer(engine, "Where did President Kagame meet Prime Minister Kishida in November 2022?",
                         "And who attended on the Japanese side besides the prime minister?")
    assert not answer.answered and "nobody else from the Japanese side" in answer.text, answer.text
    assert "Biruta" not in answer.text
    rwandan = engine.ask("who was at the Kagame-Kishida meeting from the Rwandan side besides Kagame?", today=TODAY)
    assert rwandan.answered and "Biruta" in rwandan.text and "Kishida (" not in rwandan.text, rwandan.text


@pytest.mark.parametrize("question", ["how long were the meetings, where the length is given?",
                                      "How long did each of the meetings with a stated duration last?",
                                      "For which of the recorded meetings is a duration given?"])
def test_a_length_asked_of_every_meeting_that_gives_one_lists_each(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "about 25 minutes" in answer.text and "about 30 minutes" in answer.text, answer.text


@pytest.mark.parametrize(("question", "title"), [
    ("Which meetings started in the afternoon or evening, local time?", "3 meetings in the afternoon or evening"),
    ("Which meetings got going after noon local time?", "3 meetings in the afternoon, evening or night"),
    ("which meetings took place in the evening?", "2 meetings in the evening"),
])
def test_meetings_of_the_parts_of_the_day_asked(engine: Engine, question: str, title: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.title == title, answer.text
    assert "give no time of day" in answer.text  # the others are said to be unknown, not left out


def test_meetings_asked_with_two_details_given_are_those_that_give_both_each_with_both(engine: Engine) -> None:
    answer = engine.ask("Which of the recorded meetings have both an exact start time and a duration given?",
                        today=TODAY)
    assert answer.answered and "about 30 minutes, 14:40 (2:40 p.m.) local time" in answer.text, answer.text
    assert "about 25 minutes, 18:05 (6:05 p.m.) local time" in answer.text


def test_what_came_out_of_a_meeting_is_what_was_agreed_there(engine: Engine) -> None:
    answer = engine.ask("what came out of Hayashi's meeting with Zelenskyy?", today=TODAY)
    assert answer.answered and "outcomes" in answer.text and "negotiations" in answer.text, answer.text


def test_a_set_aside_word_that_begins_a_longer_one_sets_that_one_aside(engine: Engine) -> None:
    answer = last_answer(engine, "What came out of the Uzbek–Japanese business forum?",
                         "any fields beyond tech and schooling?")
    # ("tech" is the start of "technology": the point naming IT, education and "other sectors" is no answer)
    assert "14 agreements were signed" not in answer.text, answer.text


def test_holders_of_a_post_across_the_meetings_that_fit_are_named_first(engine: Engine) -> None:
    asked = "In September 2023 two different Japanese foreign ministers held talks with Ukrainians. Who were they?"
    answer = engine.ask(asked, today=TODAY)
    first = answer.text.split("\n")[1]
    assert answer.answered and "Hayashi" in first and "Kamikawa" in first and "Kuleba" not in first, answer.text
    # "the second of them" is the second of those holders
    where = last_answer(engine, asked, "Where did the second of them meet her Ukrainian counterpart?")
    assert where.answered and "New York" in where.text, where.text


def test_who_else_besides_the_one_named_did_he_meet_is_of_the_named_ones_side(engine: Engine) -> None:
    answer = last_answer(engine, "when did hayashi visit kyiv?",
                         "who else besides zelensky did he talk to there")
    assert answer.answered and "Shmyhal" in answer.text, answer.text
    listed = answer.text.split("besides those you named:", 1)[1].split("Try:")[0]
    assert "Hayashi" not in listed and "Zelensky" not in listed, answer.text


def test_a_total_of_two_meetings_named_apart_adds_their_lengths(engine: Engine) -> None:
    answer = last_answer(engine, "kyrgyz mtg + kuleba mtg combined how many mins")
    assert answer.answered and "55 minutes" in answer.title, answer.text
    ukraine = last_answer(engine, "how many minutes did Ukraine's meetings last in total?")
    assert not ukraine.answered  # several meetings of one name, only one of them timed: no total


def test_a_meeting_asked_for_by_what_it_did_is_not_the_one_just_discussed(engine: Engine) -> None:
    answer = last_answer(engine, "Japan-Kyrgyz meeting how long",
                         "which meeting led to an agreement to start negotiating a security guarantee?")
    assert answer.answered and "Kyiv" in answer.text and "Kyrgyz" not in answer.text, answer.text
    kept = last_answer(engine, "kamikawa kuleba meeting when", "which meeting discussed the peace formula?")
    assert "New York" in kept.text, kept.text


def test_meetings_mentioning_a_country_include_those_that_name_it_in_passing(engine: Engine) -> None:
    answer = last_answer(engine, "which meetings mention Ukraine?")
    assert "Kyrgyz" in answer.text and "Kyiv" in answer.text, answer.text


def test_a_meeting_asked_for_by_the_name_of_its_kind_is_the_one_titled_so(engine: Engine) -> None:
    answer = last_answer(engine, "kamikawa kuleba meeting", "which G7 meeting did she mention?")
    assert answer.kind == "meetings" and "18 September 2023" in answer.text, answer.text
    assert "Kuleba" not in answer.text, answer.text  # the meeting that only mentions the G7 is not one of them
    assert "September" in last_answer(engine, "which G7 meetings did Kamikawa mention?").text


def test_a_visit_whose_meetings_are_unknown_is_said_apart_from_the_meetings(engine: Engine) -> None:
    listed = last_answer(engine, "Which meetings with Ukrainian officials are in the records?")
    assert listed.title.startswith("2 meetings") and "Also recorded, a visit" in listed.text, listed.text
    first = last_answer(engine, "Which meetings with Ukrainian officials are in the records?",
                        "which of those came first?")
    assert "9 September 2023" in first.text and "Kishida" not in first.title, first.text
    visits = last_answer(engine, "list japan's visits to ukraine")
    assert "Kishida" in visits.text, visits.text


def test_who_sat_in_with_someone_is_who_accompanied_him(engine: Engine) -> None:
    """The Bali record names no one of Kishida's side besides him: said so, not the meeting's people."""
    answer = engine.ask("Which Japanese officials sat in with Kishida at the Bali meeting?", today=TODAY)
    assert not answer.answered and "nobody else" in answer.text, answer.text


def test_a_topic_asked_with_which_partner_countries_lists_every_meeting_of_it(engine: Engine) -> None:
    answer = engine.ask("Human resources or personnel training came up with which partner countries?", today=TODAY)
    assert answer.answered and answer.title.startswith("2 meetings"), answer.text
    assert "Usmanov" in answer.text and "Kyrgyz" in answer.text, answer.text


def test_a_countrys_affairs_named_before_their_noun_are_a_topic(engine: Engine) -> None:
    answer = engine.ask("in which meetings did the ukraine situation come up at all?", today=TODAY)
    said = engine.ask("in which meetings did the situation in ukraine come up?", today=TODAY)
    assert answer.title == said.title and answer.title.startswith("4 meetings"), answer.text
    assert "Kyrgyz" in answer.text, answer.text


@pytest.mark.parametrize("question", ["How many ministers attended the G7 foreign ministers meeting in New York?",
                                      "How many people attended the G20 summit in Bali?"])
def test_how_many_attended_a_meeting_with_others_unnamed_is_not_a_count_of_the_named(engine: Engine,
                                                                                     question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "others attended" in answer.text, answer.text


def test_how_many_are_named_as_attending_is_the_count_of_the_named(engine: Engine) -> None:
    answer = engine.ask("How many Rwandan ministers are named as attending the Kagame–Kishida talks?", today=TODAY)
    assert answer.answered and answer.title.startswith("2 "), answer.text


def test_a_city_of_a_country_asked_is_not_one_of_another_country(engine: Engine) -> None:
    elsewhere = engine.ask("Which Ukrainian city did Kamikawa visit after becoming foreign minister?", today=TODAY)
    assert not elsewhere.answered and "New York" in elsewhere.text, elsewhere.text
    kyiv = engine.ask("which Ukrainian city did Hayashi visit?", today=TODAY)
    assert kyiv.answered and "Kyiv" in kyiv.text, kyiv.text


def test_a_record_that_names_only_the_country_neither_confirms_nor_denies_a_city_of_it(engine: Engine) -> None:
    meetings = engine.answerer.meetings
    kyrgyz = engine.kb.meetings["hayashi-kulubaev-2022"]
    assert meetings.held_in(kyrgyz, "place", "tokyo") is None
    assert meetings.held_in(kyrgyz, "place", "tashkent") is False  # a city of another country
    # a place unknown is no contradiction of the place a claim gives
    answer = engine.ask("Is it true that Japan and Uzbekistan concluded a free trade agreement at the Tashkent "
                        "forum?", today=TODAY)
    assert not answer.answered and not answer.title.startswith("No,"), answer.text


@pytest.mark.parametrize("question", ["who else did the jpn FM meet in kyiv besides zelenskyy",
                                      "who else besides Zelenskyy did Hayashi meet?"])
def test_who_else_someone_met_besides_one_named_is_of_the_side_met(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert "Shmyhal" in answer.text and "Hayashi (Foreign Minister)" not in answer.text.split("\n")[1], answer.text


def test_an_outcome_naming_other_sectors_is_shown_with_the_points_that_tell_of_more(engine: Engine) -> None:
    answer = engine.ask("which sectors did the 14 uzbek-japan agreements cover", today=TODAY)
    assert "other sectors" in answer.text and "also addressed" in answer.text, answer.text


def test_who_went_with_someone_is_who_accompanied_them(engine: Engine) -> None:
    answer = last_answer(engine, "Who went with Hayashi to the Bucha memorial?")
    assert not answer.answered and "nobody else" in answer.text, answer.text
    answer = last_answer(engine, "who came with kagame to the meeting with kishida?")
    assert "Biruta" in answer.text and "Ndagijimana" in answer.text, answer.text


def test_a_count_of_people_the_records_name_none_of_is_not_given(engine: Engine) -> None:
    answer = last_answer(engine, "how many leaders attended the bali g20")
    assert not answer.answered and not answer.title.startswith("0"), answer.text
    answer = last_answer(engine, "how many rwandan ministers attended the kagame kishida meeting?")
    assert answer.title.startswith("2 ministers"), answer.text


def test_the_holder_of_a_post_asked_at_a_meeting_is_the_one_there_who_held_it(engine: Engine) -> None:
    nobody = engine.ask("Who was Japan's finance minister at the Kagame-Kishida meeting?", today=TODAY)
    assert not nobody.answered and "finance minister" in nobody.text, nobody.text
    held = engine.ask("who was rwanda's top diplomat at the bali meeting?", today=TODAY)
    assert held.answered and held.title == "Vincent Biruta", held.text


def test_how_long_asked_with_the_time_in_japan_is_answered_too(engine: Engine) -> None:
    answer = engine.ask("how long was the kuleba meeting and what time was it in japan?", today=TODAY)
    assert "7:05 a.m. JST" in answer.text and "about 25 minutes" in answer.text, answer.text


def test_a_gathering_named_is_the_meeting_titled_so_not_another_that_mentions_it(engine: Engine) -> None:
    answer = engine.ask("which ministers attended the G7 foreign ministers' meeting in New York?", today=TODAY)
    assert not answer.answered and "Kuleba" not in answer.text and "who else took part" in answer.text, answer.text
    answer = last_answer(engine, "When did Kamikawa host the G7 foreign ministers?",
                         "and her meeting with Kuleba - how many days after that?",
                         "which countries' ministers attended the G7 meeting?")
    assert not answer.answered and "Kuleba" not in answer.text, answer.text


@pytest.mark.parametrize("turns", [("when did hayashi meet kulubaev", "what did he thank japan for?"),
                                   ("kulbaev thank japan for wat",)])
def test_thanks_asked_of_a_meeting_are_its_points_that_tell_of_thanks(engine: Engine, turns: tuple[str, ...]) -> None:
    answer = last_answer(engine, *turns)
    assert "gratitude" in answer.text and "Tajikistan" in answer.text and "2:40 p.m." not in answer.text, answer.text


@pytest.mark.parametrize("turns", [("how long was the g20 summit in bali?",),
                                   ("in what role did kagame attend the g20", "how long was the summit")])
def test_the_length_of_the_gathering_a_meeting_was_held_at_is_the_gatherings(engine: Engine,
                                                                            turns: tuple[str, ...]) -> None:
    answer = last_answer(engine, *turns)
    assert answer.answered and answer.title == "2 days" and "two-day" in answer.sources[0].quote, answer


def test_the_length_of_a_meeting_held_at_a_gathering_is_still_the_meetings(engine: Engine) -> None:
    answer = engine.ask("how long did kagame and kishida meet at the g20 summit?", today=TODAY)
    assert not answer.answered and "how long it lasted" in answer.text, answer.text


def test_an_end_time_is_given_on_both_clocks(engine: Engine) -> None:
    answer = last_answer(engine, "What time did the Japan-Kyrgyz foreign ministers' meeting start?",
                         "so around what time would it have finished?")
    assert answer.answered and "15:10 (3:10 p.m.)" in answer.text, answer.text


def test_the_clock_asked_within_the_part_of_day_the_record_gives_is_not_given(engine: Engine) -> None:
    exactly = last_answer(engine, "when did kagame meet kishida", "what time in the evening exactly?")
    assert not exactly.answered and "no clock time" in exactly.text, exactly.text
    part = engine.ask("what time of day did kagame and kishida meet", today=TODAY)
    assert part.answered and "evening" in part.text, part.text
    either = engine.ask("was the kagame kishida meeting in the morning or in the evening", today=TODAY)
    assert either.answered and "evening" in either.text, either.text


def test_meetings_or_visits_asked_together_are_records_of_either_kind(engine: Engine) -> None:
    answer = engine.ask("Which countries' leaders did PM Kishida meet or visit in these records?", today=TODAY)
    assert answer.answered and "Rwanda" in answer.text and "Ukraine" in answer.text, answer.text
    visits = engine.ask("Which countries did PM Kishida visit?", today=TODAY)
    assert "Rwanda" not in visits.text, visits.text


def test_who_from_a_region_is_anyone_from_one_of_its_countries(engine: Engine) -> None:
    answer = engine.ask("who did japans fm meet from central asia in dec 2022", today=TODAY)
    assert answer.answered and "Kulubaev" in answer.text, answer.text
    absent = engine.ask("who did hayashi meet from tajikistan in dec 2022", today=TODAY)
    assert not absent.answered and "nobody from Tajikistan" in absent.text, absent.text


def test_thanks_asked_of_a_meeting_whose_record_tells_of_none_is_said_so(engine: Engine) -> None:
    answer = engine.ask("what did the uzbek minister thank japan for", today=TODAY)
    assert not answer.answered and "tells of no thanks" in answer.text, answer.text
    thanked = engine.ask("what did the kyrgyz minister thank japan for", today=TODAY)
    assert thanked.answered and "gratitude" in thanked.text, thanked.text


def test_thanks_that_describe_the_one_asked_of_leave_the_point_found(engine: Engine) -> None:
    answer = engine.ask("The Kyrgyz top diplomat who thanked Japan for three decades of assistance: in which field, "
                        "besides human resources, did he want more cooperation?", today=TODAY)
    assert answer.answered and "decarbonization" in answer.text, answer.text


def test_thanks_asked_before_are_asked_again_of_the_next_one_named(engine: Engine) -> None:
    answer = last_answer(engine, "What did Shmyhal thank Japan for?", "and the Kyrgyz minister?")
    assert answer.answered and "Kyrgyz gratitude" in answer.text, answer.text


def test_when_a_visit_was_announced_quotes_what_the_record_says_of_the_announcement(engine: Engine) -> None:
    answer = engine.ask("when was it announced that hayashi was coming", today=TODAY)
    assert answer.answered and "announced only on the day of his arrival" in answer.text, answer.text


def test_what_was_done_on_a_visit_whose_record_tells_only_that_it_took_place(engine: Engine) -> None:
    answer = last_answer(engine, "did kishda ever go to ukraine", "what did he do there")
    assert answer.answered is False and "not of what was done" in answer.text, answer.text
    # a visit whose record has its points answers with them
    done = last_answer(engine, "when did hayashi meet zelenskyy", "what did they do")
    assert done.answered and "security guarantee" in done.text, done.text


def test_which_countries_and_who_represented_them_names_each_countrys_people(engine: Engine) -> None:
    answer = engine.ask("which central asian countries held talks with japan and who represented them", today=TODAY)
    assert "Kyrgyzstan:" in answer.text and "Kulubaev" in answer.text and "Usmanov" in answer.text, answer.text
    plain = engine.ask("which central asian countries held talks with japan?", today=TODAY)
    assert "Kulubaev" not in plain.text, plain.text


def test_who_took_part_asked_again_of_a_country_no_one_at_the_meeting_was_from_is_said_so(engine: Engine) -> None:
    answer = last_answer(engine, "who was on the japanese side of the kyrgyz meeting", "and tajikistan?")
    assert not answer.answered and "nobody from Tajikistan" in answer.text, answer.text


def test_people_counted_in_one_countrys_delegation_are_of_that_side_alone(engine: Engine) -> None:
    answer = engine.ask("How many officials were in Japan's delegation at the Bali meeting with Kagame?", today=TODAY)
    assert "Kishida" in answer.text and "Biruta" not in answer.text and "Ndagijimana" not in answer.text, answer.text


def test_countries_someone_travelled_to_are_where_their_meetings_were_held(engine: Engine) -> None:
    # (a summit abroad is travel too; whom she met in New York is not where she went)
    kishida = engine.ask("Which countries did Prime Minister Kishida travel to according to these documents?",
                         today=TODAY)
    assert "Indonesia" in kishida.text and "Ukraine" in kishida.text, kishida.text
    kamikawa = engine.ask("which countries did kamikawa travel to", today=TODAY)
    assert "United States" in kamikawa.text and "Ukraine:" not in kamikawa.text, kamikawa.text


def test_a_place_asked_with_a_person_names_who_met_there(engine: Engine) -> None:
    answer = engine.ask("the ukrainian foreign minister met which japanese minister, and in what city?", today=TODAY)
    assert "New York" in answer.text and "Kamikawa" in answer.text, answer.text


def test_who_someone_brought_with_him_is_of_his_side_not_the_others_at_the_table(engine: Engine) -> None:
    answer = last_answer(engine, "who did kishida bring with him to the kagame meeting")
    assert not answer.answered and "Biruta" not in answer.text, answer.text
    answer = last_answer(engine, "who did kagame bring with him to meet kishida")
    assert answer.answered and "Biruta" in answer.text and "Kishida (" not in answer.text, answer.text


@pytest.mark.parametrize("asked", ["when was the g20 summit in bali", "On which dates was the Bali G20 summit held?"])
def test_the_date_of_a_gathering_is_not_that_of_a_meeting_on_its_sidelines(engine: Engine, asked: str) -> None:
    answer = last_answer(engine, asked)
    assert "November 2022" in answer.text and answer.title != "14 November 2022", answer.text
    assert not answer.title.startswith("President Kagame meets"), answer.text


def test_the_date_of_a_gathering_whose_own_record_is_a_meeting_is_that_meetings(engine: Engine) -> None:
    answer = last_answer(engine, "When did the Uzbekistan-Japan business forum take place?")
    assert answer.answered and "10 January 2024" in answer.text, answer.text


def test_what_was_agreed_at_a_meeting_titled_by_a_gathering_is_not_another_meetings_outcomes(engine: Engine) -> None:
    answer = last_answer(engine, "what was agreed at the g7 foreign ministers meeting")
    assert not answer.answered and "auto transformers" not in answer.text, answer.text


def test_what_was_agreed_at_a_gathering_is_not_a_meeting_held_on_its_occasion(engine: Engine) -> None:
    answer = last_answer(engine, "what was agreed at the 9th central asia plus japan FM meeting")
    assert not answer.answered and "held on the occasion of" in answer.text, answer.text


def test_a_side_that_only_its_leader_is_named_of_names_no_one_else(engine: Engine) -> None:
    answer = last_answer(engine, "Who attended the Kagame–Kishida meeting on the Japanese side?")
    assert not answer.answered and "Kishida" in answer.text and "Biruta" not in answer.text, answer.text
    answer = last_answer(engine, "who was on the japanese delegation at the bali meeting with kagame")
    # (a delegation is those beside the one who led it: none named)
    assert not answer.answered and "besides Fumio Kishida" in answer.text, answer.text


def test_the_people_of_one_side_are_those_of_that_country(engine: Engine) -> None:
    answer = last_answer(engine, "who was in the rwandan delegation at the kagame kishida meeting")
    assert answer.answered and "Biruta" in answer.text and "Kishida (" not in answer.text, answer.text
    answer = last_answer(engine, "Who led the Japanese side at the Uzbekistan-Japan business forum?")
    assert answer.answered and "Kozuki" in answer.text, answer.text


def test_who_attended_for_a_side_after_the_other_sides_companions_is_its_companions(engine: Engine) -> None:
    # (the record lists who came with the Rwandan president, and no one with the Japanese prime minister)
    answer = last_answer(engine, "when did kagame meet kishida", "who attended from the japanese side?")
    assert not answer.answered and "names no one on Japan's side besides" in answer.text, answer.text
    delegation = engine.ask("who was on the japanese delegation at the bali meeting with kagame", today=TODAY)
    assert not delegation.answered and "Kishida" in delegation.text, delegation.text
    led = last_answer(engine, "when did hayashi meet kulubaev", "who attended from the japanese side?")
    assert led.answered and "Hayashi" in led.text, led.text


def test_a_time_of_day_listed_is_written_both_ways(engine: Engine) -> None:
    answer = engine.ask("for which meetings do the documents give a start time", today=TODAY)
    assert "18:05 (6:05 p.m.)" in answer.text and "14:40 (2:40 p.m.)" in answer.text, answer.text


def test_cities_asked_of_a_visit_whose_record_names_only_the_country_are_not_given(engine: Engine) -> None:
    answer = engine.ask("which cities did kishida visit in ukraine?", today=TODAY)
    assert not answer.answered and "names only the country" in answer.text, answer.text


def test_who_made_a_visit_is_its_traveller_though_the_record_names_no_one_else(engine: Engine) -> None:
    answer = engine.ask("who visited ukraine before hayashi", today=TODAY)
    assert answer.answered and "Kishida" in answer.text, answer.text


def test_the_combined_length_of_the_meetings_that_give_one_is_their_sum(engine: Engine) -> None:
    answer = engine.ask("Counting the meetings with a stated length, what was their combined duration?", today=TODAY)
    assert answer.answered and "55 minutes" in answer.title, answer.text
    listed = engine.ask("which meetings have a stated length?", today=TODAY)
    assert "55" not in listed.text and "30 minutes" in listed.text, listed.text


@pytest.mark.parametrize("question", ["who was on the jp side w kishida at the kagame mtg",
                                      "who was on the japanese side with kishida at the kagame meeting?"])
def test_those_on_a_side_with_someone_are_the_others_of_that_side(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "nobody else from the Japanese side" in answer.text, answer.text


def test_those_on_the_other_side_with_its_leader_are_named(engine: Engine) -> None:
    answer = engine.ask("who was on the rwandan side with kagame at the kishida meeting?", today=TODAY)
    assert answer.answered and "Biruta" in answer.text and "Kishida" not in answer.text.split("\n", 2)[-1], \
        answer.text


def test_who_was_with_someone_is_not_answered_by_their_own_profile(engine: Engine) -> None:
    answer = last_answer(engine, "where did kagame and kishida meet", "who came with kagame",
                         "and who was with kishida on the japanese side?")
    # (his companions from his own side: none named, which says nothing of whether anyone came)
    assert not answer.answered and "names no one else from Fumio Kishida's side" in answer.text, answer.text


def test_a_pronoun_after_the_people_of_a_side_of_several_records_means_each_of_them(engine: Engine) -> None:
    answer = last_answer(engine, "what meetings did japan have with central asian countries?",
                         "the uzbek one, who represented japan?", "What's his title?")
    assert answer.answered and "Ikegami" in answer.text and "Kozuki" in answer.text, answer.text
    assert "Usmanov" not in answer.title, answer.text


def test_where_exactly_of_a_meeting_placed_in_a_country_alone_is_not_answered(engine: Engine) -> None:
    answer = engine.ask("where exactly was the hayashi kulubaev meeting?", today=TODAY)
    assert not answer.answered and "names only the country: Japan" in answer.text, answer.text


def test_where_exactly_of_a_meeting_in_a_city_gives_the_city(engine: Engine) -> None:
    answer = engine.ask("where exactly did kamikawa meet kuleba?", today=TODAY)
    assert answer.answered and "New York" in answer.text, answer.text


def test_recent_meetings_asked_for_are_all_listed(engine: Engine) -> None:
    answer = engine.ask("what recent japan-uzbekistan meetings or events do you have info on?", today=TODAY)
    assert answer.answered and answer.title.startswith("2 meetings"), answer.text
    assert "business forum" in answer.text and "Usmanov" in answer.text, answer.text


def test_what_came_up_about_a_subject_is_the_points_that_hold_it(engine: Engine) -> None:
    answer = last_answer(engine, "japan meetings in 2022, which ones u got?",
                         "the december one - what came up about a border")
    assert answer.answered and "border with Tajikistan" in answer.text and "decarbonization" not in answer.text, \
        answer.text


def test_a_subject_said_in_a_clause_of_when_is_no_subject_asked(engine: Engine) -> None:
    answer = last_answer(engine, "Who did Japan's newly appointed foreign minister meet at the UN in September 2023?",
                         "how did he respond when she talked about the generators?")
    # (the record's points, not narrowed to the generators the clause names)
    assert answer.answered and "Russia's aggression" in answer.text, answer.text


def test_an_agreement_asked_on_a_subject_only_discussed_is_said_missing_with_what_was_discussed(
        engine: Engine) -> None:
    answer = engine.ask("which decarbonization projects did kyrgyz n jp agree on", today=TODAY)
    assert not answer.answered and "nothing agreed on decarbonization" in answer.text, answer.text
    assert "cooperation in decarbonization" in answer.text and "cooperation program" not in answer.text, answer.text


def test_agreements_talked_of_are_no_agreement_asked(engine: Engine) -> None:
    answer = engine.ask("What did the Usmanov–Ikegami meeting stress about agreements already reached at the high "
                        "level?", today=TODAY)
    assert answer.answered and "high level" in answer.text, answer.text


def test_on_what_someone_did_a_thing_is_the_point_that_tells_it(engine: Engine) -> None:
    answer = engine.ask("On what did Ukraine's foreign minister congratulate Japan's new chief diplomat when they "
                        "met at the United Nations?", today=TODAY)
    assert answer.answered and "on her appointment" in answer.text, answer.text
    assert "Peace Formula" not in answer.text, answer.text


def test_a_word_the_summary_shares_with_a_point_leaves_the_summary_to_answer(engine: Engine) -> None:
    answer = engine.ask("For what did Japan's newly appointed foreign minister condemn Russia in her talks with her "
                        "Ukrainian counterpart?", today=TODAY)
    assert answer.answered and "congratulated" not in answer.text and "drone attacks" in answer.text, answer.text


def test_which_ministers_of_a_gathering_naming_only_its_host_are_said_unnamed(engine: Engine) -> None:
    answer = engine.ask("which g7 FMs showed up at the sept 18 ny mtg", today=TODAY)
    assert not answer.answered and "does not name who else took part" in answer.text, answer.text


def test_who_was_with_someone_on_the_other_side_is_that_side_at_the_meeting(engine: Engine) -> None:
    answer = engine.ask("Which Ukrainian officials accompanied Hayashi to the Bucha memorial?", today=TODAY)
    assert not answer.answered and "nobody else from the Ukrainian side" in answer.text, answer.text
    answer = engine.ask("who was with kishida on the rwandan side", today=TODAY)
    assert answer.answered and all(n in answer.text for n in ("Kagame", "Biruta", "Ndagijimana")), answer.text
    assert "Kishida (" not in answer.text


def test_the_gathering_one_is_the_record_titled_by_it_not_one_that_mentions_it(engine: Engine) -> None:
    answer = last_answer(engine, "what was kamikawa in new york for?", "who else attended the G7 one?")
    assert not answer.answered and "Kuleba" not in answer.text, answer.text


def test_where_a_thing_pledged_was_to_go_is_not_where_it_was_pledged(engine: Engine) -> None:
    answer = engine.ask("which city will the auto transformers go to?", today=TODAY)
    assert not answer.answered and "Ukraine" in answer.text and "New York" not in answer.title, answer.text
    answer = engine.ask("where did kamikawa go?", today=TODAY)
    assert answer.answered and "New York" in answer.text, answer.text


def test_the_occasion_asked_beside_the_place_is_given_too(engine: Engine) -> None:
    answer = engine.ask("kamikawa met kuleba in which city n at wat event", today=TODAY)
    assert answer.answered and "New York" in answer.text and "General Assembly" in answer.text, answer.text


def test_people_of_a_country_and_class_asked_of_a_meeting_are_those_besides_the_ones_named(engine: Engine) -> None:
    answer = engine.ask("Which Japanese cabinet ministers sat in on the Japanese premier's talks with the Rwandan "
                        "president in Bali?", today=TODAY)
    assert not answer.answered and "no minister of Japan there besides Fumio Kishida" in answer.text, answer.text
    answer = engine.ask("Which Rwandan ministers attended Kishida's talks with Kagame?", today=TODAY)
    assert answer.answered and "Biruta" in answer.text and "Ndagijimana" in answer.text, answer.text


def test_what_people_or_a_meeting_did_by_a_verb_is_the_points_that_tell_it(engine: Engine) -> None:
    answer = engine.ask("What did Hayashi and Kulubaev confirm at the end of their exchange of views?", today=TODAY)
    assert answer.answered and "work closely" in answer.text and "Personnel exchanges" not in answer.text, answer.text
    answer = engine.ask("Besides reviewing the partnership, what did the Usmanov-Ikegami meeting outline?",
                        today=TODAY)
    assert answer.answered and "upcoming events" in answer.text, answer.text
    answer = engine.ask("what did hayashi and kulubaev discuss?", today=TODAY)
    assert answer.answered and "Personnel exchanges" in answer.text, answer.text
