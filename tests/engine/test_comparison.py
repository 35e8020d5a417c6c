"""Questions comparing two meetings: which came first, before or after, which lasted longer."""

from __future__ import annotations

import pytest

from bot.answers import Focus
from bot.engine import Engine
from bot.engine.comparison import Comparer
from tests.engine.conftest import TODAY, last_answer


@pytest.mark.parametrize(
    ("question", "title", "mentions"),
    [
        ("Which came first in January 2024: the business forum or Usmanov's meeting with Ikegami?",
         "First: Uzbekistan–Japan business forum", ["10 January 2024", "26 January 2024"]),
        ("Did Hayashi's meeting with Kulubaev come before or after Kishida's meeting with Kagame?",
         "After: Japan-Kyrgyz", ["24 December 2022", "14 November 2022"]),
        ("Which lasted longer: Hayashi's talks with Kulubaev or Kamikawa's with Kuleba?",
         "Longer: Japan-Kyrgyz", ["30 minutes", "25 minutes"]),
        ("Which was shorter: Hayashi's talks with Kulubaev or Kamikawa's with Kuleba?",
         "Shorter: Japan-Ukraine", ["25 minutes"]),
    ],
    ids=["which-first", "before-or-after", "longer", "shorter"],
)
def test_two_meetings_compared(engine: Engine, question: str, title: str, mentions: list[str]) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title.startswith(title), answer.text
    assert all(m in answer.text for m in mentions)


def test_that_is_the_last_meeting(engine: Engine) -> None:
    answer = engine.ask("which came first, that or Hayashi's trip to Kyiv?", Focus(meeting="kamikawa-kuleba-2023"),
                        today=TODAY)
    assert answer.answered and "9 September 2023" in answer.title


def test_a_duration_the_source_does_not_give(engine: Engine) -> None:
    answer = engine.ask("Which lasted longer: Kagame's meeting with Kishida or Kamikawa's with Kuleba?", today=TODAY)
    assert answer.answered is False and "does not state how long" in answer.text


def test_ordinary_or_questions_are_no_comparison(engine: Engine) -> None:
    answer = engine.ask("Did Hayashi meet Zelenskyy or Shmyhal?", today=TODAY)
    assert answer.kind != "comparison"


@pytest.mark.parametrize(
    ("question", "title", "mentions"),
    [("Did the Uzbekistan–Japan business forum take place after Usmanov met Ikegami?", "No: it was before",
      ["10 January 2024", "26 January 2024"]),
     ("Did Japan open its embassy in Tashkent before Uzbekistan opened one in Tokyo?", "Yes", ["1993", "1996"]),
     ("Did Kishida visit Ukraine before Hayashi did?", "Yes", ["March 2023"])],
    ids=["meeting-after-meeting", "fact-before-fact", "person-before-person"],
)
def test_claimed_order_checked(engine: Engine, question: str, title: str, mentions: list[str]) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title == title, answer.text
    assert all(m in answer.text for m in mentions)


def test_before_or_after_says_which(engine: Engine) -> None:
    answer = engine.ask("Did the Uzbek embassy in Tokyo open before or after the Japanese embassy in Tashkent?",
                        today=TODAY)
    assert answer.answered and answer.title.startswith("After"), answer.text
    assert "1996" in answer.text and "1993" in answer.text


def test_by_how_much_after_a_comparison_is_its_gap_and_each_one_is_both(engine: Engine) -> None:
    first = engine.ask("Which lasted longer: Hayashi's meeting with Kulubaev or Kamikawa's with Kuleba?", today=TODAY)
    assert first.title.startswith("Longer") and first.focus is not None
    gap = engine.ask("by how many minutes?", first.focus, today=TODAY)
    assert gap.answered and gap.title.startswith("about 5 minutes")
    each = engine.ask("what time did each one begin?", gap.focus, today=TODAY)
    assert "14:40" in each.text and "18:05" in each.text


def test_by_how_much_with_no_comparison_before_is_not_a_gap(engine: Engine) -> None:
    before = engine.ask("When did Kamikawa meet Kuleba?", today=TODAY)
    answer = engine.ask("by how many minutes?", before.focus, today=TODAY)
    assert answer.kind != "difference"


def test_which_one_was_longer_compares_the_two_meetings_just_discussed(engine: Engine) -> None:
    focus = None
    for question in ("How long was Hayashi's meeting with the Kyrgyz foreign minister?", "and Kamikawa's with Kuleba?"):
        focus = engine.ask(question, focus).focus
    longer = engine.ask("which one was longer?", focus)
    assert longer.answered and longer.title.startswith("Longer: Japan-Kyrgyz"), longer.text
    assert "Kamikawa, Kuleba" in longer.text  # the people a title does not name
    gap = engine.ask("by how many minutes?", longer.focus)
    assert gap.answered and gap.title.startswith("about 5 minutes"), gap.text


def test_the_shorter_one_of_two_meetings_just_discussed_is_a_comparison(engine: Engine) -> None:
    focus = engine.ask("how long did the Hayashi-Kulubaev and Kamikawa-Kuleba meetings last?").focus
    shorter = engine.ask("which was the shorter one?", focus)
    assert shorter.kind == "comparison" and shorter.title.startswith("Shorter: Japan-Ukraine"), shorter.text


def test_which_one_was_longer_needs_two_meetings_discussed(engine: Engine) -> None:
    focus = engine.ask("How long was Hayashi's meeting with the Kyrgyz foreign minister?").focus
    assert engine.ask("which one was longer?", focus).kind != "comparison"


def test_a_claim_that_one_meeting_was_longer_is_checked_against_both_lengths(engine: Engine) -> None:
    answer = engine.ask("Was the Kamikawa–Kuleba meeting longer than the Hayashi–Kulubaev meeting?")
    assert answer.answered and answer.title == "No" and "25 minutes" in answer.text and "30 minutes" in answer.text
    shorter = engine.ask("Was the Kamikawa–Kuleba meeting shorter than the Hayashi–Kulubaev meeting?")
    assert shorter.title == "Yes", shorter.text


def test_by_how_many_minutes_one_meeting_outlasted_another(engine: Engine) -> None:
    answer = engine.ask("By how many minutes did the Japan–Kyrgyz meeting outlast the Kamikawa–Kuleba meeting?")
    assert answer.answered and answer.title == "About 5 minutes", answer.text


def test_how_many_years_apart_two_records_just_discussed_were(engine: Engine) -> None:
    focus = None
    for question in ("When did Uzbekistan open its embassy in Tokyo?", "and Japan's one in Tashkent?"):
        focus = engine.ask(question, focus).focus
    apart = engine.ask("how many years apart were they?", focus)
    assert apart.answered and apart.title == "3 years", apart.text


def test_a_side_that_several_meetings_of_other_dates_fit_is_not_picked_silently(engine: Engine) -> None:
    focus = None
    for turn in ("Who is Denis Shmyhal?", "what did he thank Japan for?"):
        focus = engine.ask(turn, focus, today=TODAY).focus or focus
    answer = engine.ask("did he meet Hayashi before or after Zelenskyy did?", focus, today=TODAY)
    assert "Kyrgyz" not in answer.text, answer.text  # Hayashi's first meeting is not the one asked


def test_a_side_named_by_a_gathering_is_that_gathering_not_a_meeting_mentioning_it(engine: Engine) -> None:
    answer = engine.ask("Which came first: Hayashi landing in Kyiv or Kamikawa's G7 foreign ministers' meeting?",
                        today=TODAY)
    assert answer.answered and "G7 Foreign Ministers' meeting" in answer.text, answer.text
    assert "Japan-Ukraine Foreign Ministers' Meeting" not in answer.text


def test_earlier_in_the_day_compares_the_clock_times_not_the_dates(engine: Engine) -> None:
    answer = engine.ask("Which started earlier in the day, local time: Hayashi-Kulubaev or Kamikawa-Kuleba?")
    assert answer.title.startswith("Earlier in the day: Japan-Kyrgyz") and "14:40" in answer.title, answer.text
    later = engine.ask("which meeting began later in the day, Hayashi-Kulubaev or Kamikawa-Kuleba?")
    assert later.title.startswith("Later in the day: Japan-Ukraine") and "18:05" in later.text, later.text


def test_how_much_longer_is_the_gap_of_a_comparison_just_made_and_asked_back_without_one(engine: Engine) -> None:
    focus = engine.ask("how long did the Hayashi-Kulubaev and Kamikawa-Kuleba meetings last?").focus
    focus = engine.ask("which one was longer?", focus).focus
    assert engine.ask("how much longer?", focus).title.startswith("about 5 minutes")
    alone = engine.ask("how much longer was it?", engine.ask("how long did Kamikawa and Kuleba meet?").focus)
    assert not alone.answered and alone.title == "Compared with what?", alone.text


def test_a_side_every_meeting_of_which_came_after_the_other_is_ordered(engine: Engine) -> None:
    answer = engine.ask("Was the Kamikawa meeting before or after Hayashi's Kyiv trip?", today=TODAY)
    assert answer.answered and answer.title.startswith("After"), answer.text
    # sides that name no meetings ("relations with Rwanda") are not ordered by the meetings of their countries
    other = engine.ask("Which began first, Japan's relations with Rwanda or with Uzbekistan?", today=TODAY)
    assert "Kagame meets" not in other.title, other.text


def test_which_came_later_names_the_later_one(engine: Engine) -> None:
    answer = engine.ask("which came later, Kagame's meeting with Kishida or Hayashi's meeting with Kulubaev?")
    assert answer.answered and answer.text.startswith("Later: Japan-Kyrgyz"), answer.text
    first = engine.ask("Which came first, Kagame's meeting with Kishida or Hayashi's meeting with Kulubaev?")
    assert first.answered and first.text.startswith("First: President Kagame"), first.text


def test_later_in_the_local_day_compares_clock_times(engine: Engine) -> None:
    answer = engine.ask("Which started later in the local day, Hayashi's talk with Kulubaev or Kamikawa's with Kuleba?")
    assert answer.answered and answer.text.startswith("Later in the day") and "18:05" in answer.text, answer.text


def test_which_of_the_2_meetings_lasted_longer_is_of_the_two_the_conversation_had(engine: Engine) -> None:
    answer = last_answer(engine, "when was the kagame kishida mtg", "n the hayashi kulubaev one",
                         "which of the 2 mtgs lasted longer")
    assert not answer.answered and "Kagame" in answer.text, answer.text


def test_longer_or_shorter_than_another_meeting_compares_the_one_discussed(engine: Engine) -> None:
    answer = last_answer(engine, "How long did Hayashi meet the Kyrgyz foreign minister?",
                         "Was it longer or shorter than Kamikawa's meeting with Kuleba, and by how many minutes?")
    assert answer.answered and answer.title.startswith("Longer:") and "Kyrgyz" in answer.title, answer.text
    assert "5 minutes" in answer.text, answer.text


def test_a_choice_then_its_year_names_the_one_chosen_and_its_year(engine: Engine) -> None:
    answer = engine.ask("Which opened first, Japan's embassy in Tashkent or Uzbekistan's embassy in Tokyo, "
                        "and in what year?", today=TODAY)
    assert answer.answered and "Earlier: The Embassy of Japan in Tashkent" in answer.text and "1993" in answer.text


@pytest.mark.parametrize(("text", "measure"), [
    ("so which was longer, and by how much?", "duration"), ("which of the two lasted the shortest?", "duration"),
    ("which came first?", "when"), ("which one happened later?", "when"),
    ("which started earlier in the day?", None), ("who took part?", None),
])
def test_a_comparison_names_what_it_measures(text: str, measure: str | None) -> None:
    assert Comparer.measured(text) == measure


def test_what_about_another_meeting_after_a_comparison_asks_its_measure(engine: Engine) -> None:
    turns = ("How long did Hayashi's meeting with the Kyrgyz foreign minister last?", "and Kamikawa's with Kuleba?",
             "so which was longer?")
    # The Bali meeting's record gives no length: said so, not a summary of the meeting.
    answer = last_answer(engine, *turns, "what about Kagame and Kishida?")
    assert not answer.answered
    assert "how long" in answer.text
    dated = last_answer(engine, "which came first, the kyrgyz meeting or the kamikawa-kuleba one?",
                        "what about Kagame and Kishida?")
    assert "14 November 2022" in dated.text


def test_the_two_meetings_of_two_turns_are_compared_not_their_people(engine: Engine) -> None:
    answer = last_answer(engine, "How long did Japan's meeting with Ukraine's foreign minister last?",
                         "No, I meant the meeting with the Kyrgyz foreign minister. How long was that one?",
                         "Which of the two started earlier in the day, in local time?")
    assert answer.answered
    assert answer.title.startswith("Earlier in the day: Japan-Kyrgyz")
    assert "18:05" in answer.text


def test_which_was_longer_after_a_correction_compares_the_two_meetings_asked_of(engine: Engine) -> None:
    answer = last_answer(engine, "how long was japan's mtg w the ukrainian fm", "no sorry i meant the kyrgyz fm one",
                         "which was longer")
    assert answer.answered and answer.title.startswith("Longer: Japan-Kyrgyz")
    assert "25 minutes" in answer.text


def test_which_of_the_two_went_on_longer_is_a_length_compared(engine: Engine) -> None:
    answer = last_answer(engine, "when was the kagame-kishida meeting", "and hayashi-kulubaev?",
                         "which of the two meetings went on longer?")
    assert not answer.answered and "does not state how long" in answer.text, answer.text


def test_records_described_first_then_a_question_of_them(engine: Engine) -> None:
    answer = engine.ask("Of the two meetings whose length is recorded, which was longer, and by how many minutes?",
                        today=TODAY)
    assert answer.title == "Longer: Japan-Kyrgyz Foreign Ministers' Meeting", answer.text
    assert "5 minutes" in answer.text, answer.text


def test_a_length_claimed_of_it_is_of_the_meeting_discussed_and_its_gap_follows(engine: Engine) -> None:
    claim = last_answer(engine, "how long was the kamikawa kuleba meeting",
                        "was it longer than hayashi's meeting with kulubaev?")
    # 25 minutes against 30: no, never the "yes" of a record that merely holds a length
    assert claim.answered and claim.title == "No" and "25 minutes" in claim.text, claim.text
    gap = last_answer(engine, "how long was the kamikawa kuleba meeting",
                      "was it longer than hayashi's meeting with kulubaev?", "by how many minutes?")
    assert gap.answered and "5 minutes" in gap.title, gap.text


def test_an_order_claimed_of_what_she_did_next_is_dated_only_by_a_meeting_of_hers(engine: Engine) -> None:
    # Kamikawa met Kuleba on 20 September 2023; Shmyhal met Hayashi, not her, on 9 September
    answer = engine.ask("Did Kamikawa meet Kuleba before she met Shmyhal?", today=TODAY)
    assert not answer.answered, answer.text
    answer = engine.ask("did hayashi meet kulubaev before he met zelenskyy?", today=TODAY)
    assert answer.answered and answer.title == "Yes", answer.text


def test_an_order_claimed_of_him_getting_there_dates_no_other_meeting_of_his(engine: Engine) -> None:
    answer = engine.ask("was hayashi's ukraine trip announced before he got there", today=TODAY)
    assert "Kyrgyz" not in answer.text and "day" in answer.text, answer.text


def test_a_side_named_by_the_one_holder_of_a_post_is_that_persons_record(engine: Engine) -> None:
    answer = engine.ask("Did Hayashi see PM Shmyhal before or after his talks with the Ukrainian president?",
                        today=TODAY)
    assert answer.answered and answer.title.startswith("Before"), answer.text


def test_by_how_much_after_which_was_longer_that_or_another_is_the_gap_of_the_two(engine: Engine) -> None:
    answer = last_answer(engine, "how long did kamikawa and kuleba talk",
                         "which was longer, that or hayashi's talk with the kyrgystan minister?", "by how many minutes")
    assert answer.answered and "5 minutes" in answer.title, answer.text


def test_the_two_of_three_shown_are_those_that_give_what_is_compared(engine: Engine) -> None:
    answer = last_answer(engine, "how long was hayashi's meeting with the kyrgyz minister", "and kamikawa with kuleba?",
                         "and hayashi with zelensky?", "which of the two started later in the day")
    assert answer.title.startswith("Later in the day: Japan-Ukraine Foreign Ministers' Meeting"), answer.text


def test_an_order_claimed_of_a_thing_with_a_figure_the_record_contradicts_is_denied(engine: Engine) -> None:
    wrong = engine.ask("Is it true that Japan gave Ukraine about 1,000 generators the year before the "
                       "Kamikawa-Kuleba meeting?", today=TODAY)
    assert wrong.title.startswith("No"), wrong.text
    right = engine.ask("Is it true that Japan gave Ukraine over 1,500 generators the year before the "
                       "Kamikawa-Kuleba meeting?", today=TODAY)
    assert right.title == "Yes", right.text
