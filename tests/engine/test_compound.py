"""Messages that ask two questions at once are split and answered part by part."""

from __future__ import annotations

import pytest

from bot.engine import Engine, compound
from bot.engine.compound import joined_sentences, split_question
from tests.engine.conftest import TODAY, last_answer


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("When did Hayashi meet Zelenskyy, and when did he meet Kulubaev?",
         ["When did Hayashi meet Zelenskyy", "when did he meet Kulubaev?"]),
        ("How long were the Hayashi–Kulubaev and Kamikawa–Kuleba meetings?",
         ["How long was the Hayashi–Kulubaev meeting?", "How long was the Kamikawa–Kuleba meeting?"]),
        ("Who represented Japan in the talks with Rwanda in 2022 and with Uzbekistan in 2024?",
         ["Who represented Japan in the talks with Rwanda in 2022",
          "Who represented Japan in the talks with Uzbekistan in 2024?"]),
        ("When did Japan and Ukraine meet?", ["When did Japan and Ukraine meet?"]),
        ("What did Kishida and Kagame discuss in Bali?", ["What did Kishida and Kagame discuss in Bali?"]),
        ("Meetings in 2022 and in 2023", ["Meetings in 2022 and in 2023"]),
        ("What happened in Ostra and what happened in Mirny?", ["What happened in Ostra", "what happened in Mirny?"]),
        ("when and where did they meet?", ["when and where did they meet?"]),
        ("List the dates in the records and what happened on each.",
         ["List the dates in the records and what happened on each."]),
        ("The gap in years between Aurelia opening embassies in Ostra and in Lunde?",
         ["The gap in years between Aurelia opening embassies in Ostra and in Lunde?"]),
        ("who did he meet then, and on what date?", ["who did he meet then", "on what date?"]),
        ("Which outlet reported the deals, and on what date?", ["Which outlet reported the deals, and on what date?"]),
        ("what time did Varn meet Tarsen and how long did it take", ["what time did Varn meet Tarsen",
                                                                     "how long did it take"]),
        ("wat time did varn meet tarsen n how many minutes did they talk", ["wat time did varn meet tarsen",
                                                                            "how many minutes did they talk"]),
        ("what time did it start, and for how long?", ["what time did it start?", "how long?"]),
        ("how long?", ["how long?"]),
        ("Which Aurelian minister met Dorin in Ostra, and on what date?",
         ["Which Aurelian minister met Dorin in Ostra", "on what date?"]),
        ("Which meeting did Dorin hold in Ostra, and on what date?",
         ["Which meeting did Dorin hold in Ostra, and on what date?"]),
        ("Which opened first, the embassy in Ostra or the one in Lunde, and in what year?",
         ["Which opened first, the embassy in Ostra or the one in Lunde", "in what year?"]),
        ("Which Aurelian officials did Dorin meet, and in which cities did those meetings take place?",
         ["Which Aurelian officials did Dorin meet", "in which cities did those meetings take place?"]),
        ("Which is older, and by how many years?", ["Which is older", "by how many years?"]),
        ("Was it longer than the Obrin meeting, and by how many minutes?",
         ["Was it longer than the Obrin meeting, and by how many minutes?"]),
        ("Which opened first, the embassy in Ostra or the one in Lunde, and by how many years?",
         ["Which opened first, the embassy in Ostra or the one in Lunde, and by how many years?"]),
    ],
    ids=["comma-and-when", "two-pairs", "repeated-preposition", "one-question", "two-subjects", "no-names-after",
         "and-what", "when-and-where", "leaning-on-the-first", "between-waits-for-its-and", "who-and-on-what-date",
         "which-and-on-what-date-is-one", "and-how-long", "n-how-many", "and-for-how-long-alone",
         "how-long-alone", "which-minister-and-on-what-date", "which-meeting-and-on-what-date-is-one",
         "a-choice-then-in-what-year", "which-officials-and-in-which-cities", "which-then-by-how-many",
         "a-claim-with-its-gap-is-one", "a-choice-named-with-its-gap-is-one"],
)
def test_split(text: str, parts: list[str]) -> None:
    assert split_question(text) == parts


def test_each_part_is_answered_and_the_second_may_refer_back(engine: Engine) -> None:
    answer = engine.ask("When did Hayashi meet Zelenskyy, and when did he meet Kulubaev?", today=TODAY)
    assert answer.answered and "9 September 2023" in answer.text and "24 December 2022" in answer.text


def test_a_part_without_an_answer_says_so(engine: Engine) -> None:
    answer = engine.ask("Where did Kagame meet Kishida, and when did Kagame meet Joe Biden?", today=TODAY)
    assert answer.answered and "1 of 2" in answer.title and "Bali" in answer.text and "Biden" in answer.text


@pytest.mark.parametrize(("text", "joined"), [
    ("Alpha held two meetings. With whom?", "With whom Alpha held two meetings?"),
    ("They met twice in 2023. Where?", "Where they met twice in 2023?"),
    ("When did Alpha meet Beta?", "When did Alpha meet Beta?"),
    ("Alpha met Beta. When did Alpha meet Gamma?", "Alpha met Beta. When did Alpha meet Gamma?"),
    ("Alpha mentioned a Gamma summit to Beta. What day was it?",
     "What day was the Gamma summit Alpha mentioned to Beta?"),
    # which ones a statement means is asked of the statement by a rule of its own
    ("Several meetings were tied to a summit. Which meetings were these?",
     "Several meetings were tied to a summit. Which meetings were these?"),
])
def test_a_short_question_after_a_statement_is_asked_of_it(text: str, joined: str) -> None:
    assert joined_sentences(text) == joined


def test_a_part_leaning_on_an_unanswered_part_is_not_answered_from_elsewhere(engine: Engine) -> None:
    answer = engine.ask("What did Kamikawa pledge in Kyiv, and when is it due?", today=TODAY)
    assert "refers to the part before" in answer.text


def test_a_list_then_a_question_about_its_items(engine: Engine) -> None:
    answer = engine.ask("Which Japanese embassies abroad have an opening date in the texts, and when did they open?",
                        today=TODAY)
    assert answer.answered and "Tashkent" in answer.text and "1993" in answer.text
    times = engine.ask("For which meetings is an exact start time recorded, and what were the times?", today=TODAY)
    assert "14:40" in times.text and "18:05" in times.text


def test_which_event_took_place_on_a_day_asks_what_happened_then(engine: Engine) -> None:
    answer = engine.ask("Which Japanese diplomatic meeting took place on 24 December 2022?", today=TODAY)
    assert answer.answered and "Kyrgyz" in answer.text


@pytest.mark.parametrize(("text", "parts"), [
    ("Which city was she visiting, and for what?", ["Which city was she visiting?", "why?"]),
    ("Where did Quell meet Marek and why was she there?", ["Where did Quell meet Marek", "why was she there?"]),
    ("Give every date in the documents and what happened on it.", ["Give every date in the documents and what "
                                                                   "happened on it."]),  # leans on the first
    ("which Zemblan official flew to Ostra in May and what for", ["which Zemblan official flew to Ostra in May?",
                                                                  "why?"]),
    ("In the Varn-Tarsen talks, who was the visiting side and what brought him to Ostra?",
     ["In the Varn-Tarsen talks, who was the visiting side", "what brought him to Ostra?"]),
    ("According to Quell, when and where did she hold the meeting?",  # two question words asking as one
     ["According to Quell, when and where did she hold the meeting?"]),
    ("when did Quell arrive in Ostra and was it announced in advance?",  # a yes-or-no question after a detail
     ["when did Quell arrive in Ostra?", "was it announced in advance?"]),
    ("did Quell go to Ostra and was it announced?", ["did Quell go to Ostra and was it announced?"]),  # one claim
    ("what post did Marek get in Ostra and at whose request", ["what post did Marek get in Ostra",
                                                               "at whose request"]),
])
def test_a_second_question_that_points_back_is_asked_after_the_first(text: str, parts: list[str]) -> None:
    assert split_question(text) == parts


def test_a_statement_moved_after_its_short_question_starts_lower_case_unless_a_name() -> None:
    assert joined_sentences("Add up the lengths of the two meetings. Total?") == \
        "Total add up the lengths of the two meetings?"
    assert joined_sentences("Kagame met Kishida twice. Where?").startswith("Where Kagame")


def test_a_bare_later_part_is_asked_of_each_record_the_first_part_listed(engine: Engine) -> None:
    answer = engine.ask("Which embassies did Japan and Uzbekistan open in each other's countries, and when?",
                        today=TODAY)
    assert answer.answered
    when_part = answer.text.split("when? —", 1)[1]
    assert "1993" in when_part and "1996" in when_part, answer.text


def test_and_which_with_asks_the_first_question_of_another_thing() -> None:
    assert split_question("Which date goes with the G7 session and which with the Kyiv visit?") == [
        "Which date goes with the G7 session", "Which date goes with the Kyiv visit?"]


def test_a_second_question_opened_by_about_is_split_off(engine: Engine) -> None:
    answer = engine.ask("At what time did the Hayashi–Kulubaev meeting start, and about how long did it run?",
                        today=TODAY)
    assert answer.answered and "14:40" in answer.text and "30 minutes" in answer.text, answer.text


def test_a_count_of_each_of_a_few_things_is_asked_thing_by_thing(engine: Engine) -> None:
    answer = engine.ask("Give me the numbers: how many demining cranes, generators and auto transformers for Ukraine?",
                        today=TODAY)
    assert answer.answered and all(n in answer.text for n in ("24", "1,500", "2 auto transformers"))
    together = engine.ask("How many demining cranes and auto transformers together did Japan commit to Ukraine?",
                          today=TODAY)
    assert "26" in together.text


def test_examples_after_a_question_only_illustrate_it() -> None:
    assert joined_sentences("what hardware has japan sent? cranes, generators, anything else?") == \
        "what hardware has japan sent?"
    assert joined_sentences("what did japan send? and when?") == "what did japan send? and when?"


def test_a_bare_how_long_after_a_question_is_asked_of_what_it_answered(engine: Engine) -> None:
    answer = last_answer(engine, "who did hayashi meet from kyrgystan in dec 2022", "wat time did it start n how long")
    assert answer.kind == "compound" and "14:40" in answer.text and "30 minutes" in answer.text, answer.text


def test_a_choice_then_by_how_much_gives_the_gap_of_the_two_ordered(engine: Engine) -> None:
    answer = last_answer(engine, "When did Japan's diplomatic relations with Rwanda and with Uzbekistan begin?",
                         "which is older, and by how many years?")
    assert answer.answered and "Rwanda" in answer.text and "30 years" in answer.text, answer.text
    assert "Kyrgyzstan" not in answer.text  # (no record of "30 years" of something else)


@pytest.mark.parametrize(("text", "parts"), [
    ("where's the velda memorial and what's it for", ["where's the velda memorial", "what's the velda memorial for"]),
    ("where is the old embassy n what is it for", ["where is the old embassy", "what is the old embassy for"]),
    ("when did Velda meet Dorin and what did they discuss", ["when did Velda meet Dorin", "what did they discuss"]),
])
def test_a_second_question_joined_by_and_says_what_its_it_is(text: str, parts: list[str]) -> None:
    assert split_question(text) == parts


def test_two_pairs_in_chat_for_a_total_are_each_asked(engine: Engine) -> None:
    assert compound.loose_pairs("velda-dorin plus ostra-lunde, total mins?") == [
        "velda–dorin, total mins?", "ostra–lunde, total mins?"]
    answer = last_answer(engine, "hayashi-kulubaev plus kamikawa-kuleba, total mins?")
    assert answer.answered and "55 minutes" in answer.title, answer.text


def test_two_pairs_of_people_are_asked_of_two_by_two(engine: Engine) -> None:
    answer = engine.ask("When did Hayashi meet Zelenskyy and Kamikawa meet Kuleba?", today=TODAY)
    assert answer.kind == "compound" and answer.answered, answer.text
    assert "9 September 2023" in answer.text and "20 September 2023" in answer.text, answer.text
    # a lead saying what the asker is doing, before a colon, asks nothing
    listed = engine.ask("I'm looking at two meetings: Hayashi with Zelenskyy, and Kamikawa with Kuleba. when was "
                        "each?", today=TODAY)
    assert listed.answered and "20 September 2023" in listed.text, listed.text
    # something asked between the two pairs keeps the question whole
    kept = engine.ask("How many minutes did the Usmanov-Ikegami meeting run, and was it longer than Kamikawa's with "
                      "Kuleba?", today=TODAY)
    assert "usmanov ikegami?" not in kept.text.lower(), kept.text


def test_a_claim_then_if_so_a_question_of_it(engine: Engine) -> None:
    answer = engine.ask("Did Japan pledge demining cranes to Ukraine, and if so how many?", today=TODAY)
    assert answer.kind == "compound" and "— Yes" in answer.text and "24" in answer.text, answer.text
    # a claim the records do not confirm: its answer alone, the rest not asked
    unconfirmed = engine.ask("Did Japan pledge tanks to Ukraine? If so, how many?", today=TODAY)
    assert not unconfirmed.answered and unconfirmed.kind != "compound", unconfirmed.text


def test_two_claims_joined_by_or_are_each_checked_when_no_choice_settles_them(engine: Engine) -> None:
    answer = engine.ask("was it hayashi who went to kyiv in sept 2023 or did zelensky come to japan?", today=TODAY)
    assert answer.answered and "— Yes" in answer.text and "no visit by Volodymyr Zelenskyy" in answer.text, answer.text
    assert not answer.title.startswith("No"), answer.text


def test_a_thing_brought_in_before_a_dash_is_what_that_means() -> None:
    assert joined_sentences("she mentioned some Zembla forum - when was that?") == \
        "when was the Zembla forum she mentioned?"
    # other statements before a dash are read as they are
    claim = "Zembla set up relations in 1992 - correct?"
    assert joined_sentences(claim) == claim


@pytest.mark.parametrize(("question", "parts"), [
    ("quick: start time n length of hayashi-kulubaev mtg?",
     ["what time did hayashi-kulubaev mtg start?", "how long was hayashi-kulubaev mtg?"]),
    ("What were the date and venue of the Kagame-Kishida meeting?",
     ["when was the Kagame-Kishida meeting?", "where was the Kagame-Kishida meeting?"]),
])
def test_two_details_of_one_record_are_asked_in_turn(question: str, parts: list[str]) -> None:
    assert split_question(question) == parts


def test_two_details_of_one_record_are_both_answered(engine: Engine) -> None:
    answer = engine.ask("quick: start time n length of hayashi-kulubaev mtg?")
    assert answer.answered and "14:40" in answer.text and "30 minutes" in answer.text, answer.text


def test_a_difference_of_two_things_named_together_is_one_question(engine: Engine) -> None:
    answer = engine.ask("By how many minutes did the Kyrgyz and Ukrainian FM meetings differ in length?", today=TODAY)
    assert answer.kind != "compound", answer.text


def test_a_possessive_left_without_its_noun_takes_the_noun_of_the_first_question() -> None:
    assert split_question("where's japan's embassy in uzbekistan and where's uzbekistan's in japan") == [
        "where's japan's embassy in uzbekistan", "where's uzbekistan's embassy in japan"]


def test_each_embassy_asked_with_its_noun_left_unsaid_is_answered(engine: Engine) -> None:
    answer = last_answer(engine, "where's japan's embassy in uzbekistan and where's uzbekistan's in japan")
    assert "Tashkent" in answer.text and "Tokyo" in answer.text, answer.text


def test_a_second_count_asked_alone_is_a_question_of_its_own() -> None:
    assert split_question("how many cos at uzb japan biz forum n how many agrmnts") == [
        "how many cos at uzb japan biz forum", "how many agrmnts"]


def test_a_gap_asked_alone_after_a_choice_is_a_second_question() -> None:
    assert split_question("which opened first, A or B? gap?") == ["which opened first, A or B", "gap?"]
    assert split_question("what was the gap?") == ["what was the gap?"]


def test_one_question_asked_of_two_names_shows_one_list_to_pick_from(engine: Engine) -> None:
    answer = last_answer(engine, "Which Japanese officials appear in the records about Kyrgyzstan and Uzbekistan?",
                         "which of them met the kyrgyz minister")
    assert answer.answered and "Hayashi" in answer.text.split("\n")[0], answer.text


def test_the_dates_asked_after_a_list_of_records_are_the_lists_own() -> None:
    assert compound.without_their_dates("Which meetings did A hold, and on which dates were they held?") \
        == "Which meetings did A hold?"
    assert compound.without_their_dates("Who met A, and on which date did they meet?") \
        == "Who met A, and on which date did they meet?"


def test_gatherings_of_a_country_in_a_month_are_its_meetings_then(engine: Engine) -> None:
    answer = engine.ask("Which Uzbekistan–Japan gatherings in January are described, and on which dates were they "
                        "held?", today=TODAY)
    assert answer.answered and "10 January 2024" in answer.text and "26 January 2024" in answer.text, answer.text


def test_with_whom_after_a_comma_is_a_second_question_of_the_same_record(engine: Engine) -> None:
    assert split_question("the earlier one: when, and with whom?") == ["the earlier one: when", "with whom?"]
    answer = last_answer(engine, "Which meetings were held in 2022?", "the earlier one: when, and with whom?")
    assert answer.answered and "14 November 2022" in answer.text, answer.text
    assert "Partner side: Paul Kagame" in answer.text, answer.text


def test_a_later_question_after_its_preposition_with_a_clause_of_its_own_is_a_question_of_its_own(
        engine: Engine) -> None:
    assert split_question("In which city did Japan open an embassy in 2010, and in which country is that city?") == [
        "In which city did Japan open an embassy in 2010", "in which country is that city?"]
    # ("…, and on what date?" asks the date of what the first part asks about: one question)
    assert len(split_question("Which outlet tweeted about it, and on what date?")) == 1
    answer = engine.ask("In which city did Japan open an embassy in 2010, and in which country is that city?",
                        today=TODAY)
    assert answer.answered and "Kigali" in answer.text and "Rwanda" in answer.text, answer.text


def test_things_a_statement_counted_are_what_the_question_after_it_points_at() -> None:
    assert joined_sentences("Zembla told Ostra it had sent more than 300 lamps to Velda. In which year were those "
                            "lamps sent?") == "In which year were the more than 300 lamps sent?"
    # (a thing the statement does not count: the message is read as it is)
    text = "Zembla sent lamps to Velda. In which year were those lamps sent?"
    assert joined_sentences(text) == text


def test_an_occasion_asked_after_a_comma_is_a_question_of_its_own() -> None:
    assert split_question("In which city was Velda when she met Dorin, and for what event was she there?") == [
        "In which city was Velda when she met Dorin", "for what event was she there?"]


def test_a_repeated_preposition_before_names_the_records_hold_splits_in_lower_case() -> None:
    text = "how long were the fm meetings with the ostran fm and with the lundian fm"
    assert split_question(text) == [text]  # no capital, nothing known: one question
    parts = split_question(text, lambda piece: "ostran" in piece or "lundian" in piece)
    assert parts == ["how long were the fm meetings with the ostran fm",
                     "how long were the fm meetings with the lundian fm"], parts


def test_a_who_part_after_a_list_of_meetings_asks_who_took_part_in_each(engine: Engine) -> None:
    answer = engine.ask("japan and ukraine had two ministerial meetings in september 2023, right? which japanese "
                        "ministers?", today=TODAY)
    assert "Hayashi" in answer.text and "Kamikawa" in answer.text and "Kozuki" not in answer.text, answer.text
    later = last_answer(engine, "japan and ukraine had two ministerial meetings in september 2023, right? which "
                                "japanese ministers?", "the later one, who was on the ukrainian side")
    assert "Kuleba" in later.text and "G7" not in later.text, later.text


def test_the_lengths_of_two_meetings_with_two_sides_are_each_given(engine: Engine) -> None:
    answer = engine.ask("how long were the jp fm mtgs w the kyrgyz fm n w the ukrainian fm", today=TODAY)
    assert "30 minutes" in answer.text and "25 minutes" in answer.text, answer.text


def test_a_statement_then_a_dash_and_a_question_word_without_a_mark_is_asked_of_its_thing() -> None:
    joined = joined_sentences("she mentioned a g7 fm meeting - when was it")
    assert joined == "when was the g7 fm meeting she mentioned?", joined
    assert joined_sentences("Hayashi met Kuleba. Thanks") == "Hayashi met Kuleba. Thanks"


def test_two_clauses_of_one_verb_each_with_its_doer_are_asked_one_by_one(engine: Engine) -> None:
    answer = engine.ask("In which years did Japan open its embassy in Tashkent and Uzbekistan open its embassy in "
                        "Tokyo?", today=TODAY)
    assert answer.answered and "1993" in answer.text and "1996" in answer.text, answer.text


def test_a_place_and_for_what_event_are_two_questions(engine: Engine) -> None:
    assert split_question("where did kamikawa meet kuleba n for wat event") == \
        ["where did kamikawa meet kuleba?", "why?"]
    answer = engine.ask("where did kamikawa meet kuleba n for wat event", today=TODAY)
    assert answer.answered and "New York" in answer.text and "General Assembly" in answer.text, answer.text


def test_two_people_of_one_question_are_no_two_clauses(engine: Engine) -> None:
    answer = engine.ask("What did Foreign Minister Hayashi and the foreign minister of Tajikistan discuss at their "
                        "bilateral meeting?", today=TODAY)
    assert not answer.answered and answer.kind != "compound", answer.text


def test_where_two_things_named_stand_is_asked_of_each(engine: Engine) -> None:
    answer = engine.ask("Where are the Japanese embassy in Uzbekistan and the Uzbek embassy in Japan located?",
                        today=TODAY)
    shown = "\n".join(answer.lines)  # (each one answered, not one of them with the other as a suggestion)
    assert answer.answered and "Tashkent" in shown and "Tokyo" in shown, answer.text


def test_a_first_part_naming_two_things_is_asked_of_each_before_the_part_asked_of_each(engine: Engine) -> None:
    answer = engine.ask("Where are the Japanese embassy in Uzbekistan and the Uzbek embassy in Japan located, "
                        "and when did each of them open?", today=TODAY)
    first, _, second = answer.text.partition("each of them open?")
    assert "Tashkent" in first and "Tokyo" in first, answer.text
    assert "1993" in second and "1996" in second, answer.text


@pytest.mark.parametrize(("question", "first", "second"), [
    ("who attended the kyrgyz meeting and the new york meeting?", "Kulubaev", "Kuleba"),
    ("Name the Japanese officials involved in the Uzbekistan meeting and the business forum.", "Ikegami", "Kozuki"),
])
def test_people_asked_of_two_gatherings_are_asked_of_each(engine: Engine, question: str, first: str,
                                                          second: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and first in answer.text and second in answer.text, answer.text


def test_people_asked_of_what_two_gatherings_share_are_not_split(engine: Engine) -> None:
    answer = engine.ask("who attended both the kyrgyz meeting and the new york meeting?", today=TODAY)
    assert answer.kind != "compound", answer.text


def test_a_question_after_a_statement_that_the_records_name_someone_is_asked_of_them() -> None:
    assert joined_sentences("PM Kishida appears in a few of your records. where did he travel?") == \
        "where did PM Kishida travel?"
    # (a statement of something done is what a short question asks of, as before)
    assert joined_sentences("Kishida went abroad twice. where?") == "where Kishida went abroad twice?"
