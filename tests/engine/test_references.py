"""References to the records of the last answer: each rule's examples, order and date ties."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.engine.references import RULES, pick
from bot.knowledge.dates import PartialDate
from tests.engine.conftest import TODAY, last_answer

DATES = {"meeting:a": "2023-09-20", "meeting:b": "2023-09-18", "meeting:c": "2023-09-09", "meeting:d": "2023-09-09",
         "meeting:e": "2023-09"}
ITEMS = ("meeting:a", "meeting:b", "meeting:c", "meeting:d")
LENGTHS = {"meeting:a": 30, "meeting:b": 25, "meeting:c": 25}


def date_of(ref: str) -> PartialDate | None:
    return PartialDate.parse(DATES[ref]) if ref in DATES else None


def length_of(ref: str) -> int | None:
    return LENGTHS.get(ref)


@pytest.mark.parametrize(("rule", "text"), [(r.name, t) for r in RULES for t in r.examples])
def test_rule_examples_refer(rule: str, text: str) -> None:
    assert pick(text, ("meeting:a", "meeting:b"), "meeting:a", date_of, length_of) is not None, rule


@pytest.mark.parametrize(("rule", "text"), [(r.name, t) for r in RULES for t in r.counterexamples])
def test_rule_counterexamples_do_not(rule: str, text: str) -> None:
    assert pick(text, ITEMS, "meeting:a", date_of, length_of) is None, rule


def test_ordinals_follow_the_order_shown() -> None:
    picked = pick("where was the second one?", ITEMS, None, date_of)
    assert picked is not None and picked.refs == ("meeting:b",)
    assert picked.rest == "where was it?"


def test_earlier_picks_every_record_of_the_earliest_date() -> None:
    picked = pick("and who was at the earlier one?", ITEMS, None, date_of)
    assert picked is not None and picked.refs == ("meeting:c", "meeting:d")


def test_a_leading_and_before_the_record_picked_keeps_the_question_after_it() -> None:
    picked = pick("and the later one - why was the minister in new york?", ("meeting:a", "meeting:c"), None, date_of)
    assert picked is not None and picked.refs == ("meeting:a",)
    assert picked.rest is not None and picked.rest.startswith("why was the minister in new york"), picked.rest


def test_which_came_first_asks_for_the_record_itself() -> None:
    picked = pick("which of those came first?", ("meeting:a", "meeting:c"), None, date_of)
    assert picked is not None and picked.refs == ("meeting:c",) and picked.rest is None
    last = pick("which was the last of them?", ITEMS, None, date_of)
    assert last is not None and last.refs == ("meeting:a",)


def test_a_month_only_date_is_not_earlier_than_a_day_inside_it() -> None:
    picked = pick("the earlier one", ("meeting:e", "meeting:c"), None, date_of)
    assert picked is not None and picked.refs == ("meeting:c",)


def test_shorter_and_longer_go_by_the_lengths_of_the_records() -> None:
    shorter = pick("where was the shorter one held?", ("meeting:a", "meeting:b"), "meeting:a", date_of, length_of)
    assert shorter is not None and shorter.refs == ("meeting:b",) and shorter.rest == "where was it held?"
    longer = pick("the longer meeting, who took part?", ("meeting:b", "meeting:a"), None, date_of, length_of)
    assert longer is not None and longer.refs == ("meeting:a",)
    tied = pick("and the shortest?", ("meeting:a", "meeting:b", "meeting:c"), None, date_of, length_of)
    assert tied is not None and tied.refs == ("meeting:b", "meeting:c")


def test_shorter_is_no_reference_when_a_length_is_unknown() -> None:
    assert pick("where was the shorter one held?", ("meeting:a", "meeting:d"), None, date_of, length_of) is None


def test_the_other_needs_exactly_one_other() -> None:
    two = pick("and the other one?", ("meeting:a", "meeting:b"), "meeting:a", date_of)
    assert two is not None and two.refs == ("meeting:b",)
    many = pick("and the other one?", ITEMS, "meeting:a", date_of)
    assert many is not None and many.refs == ()  # it points at the list, at no record of it alone


def test_a_single_item_is_never_picked_from() -> None:
    assert pick("the second one", ("meeting:a",), None, date_of) is None


def test_which_of_them_is_of_a_country(engine) -> None:  # type: ignore[no-untyped-def]
    from bot.answers import Focus

    m = next(m for m in sorted(engine.kb.meetings.values(), key=lambda m: m.id)
             if m.japan_side and (m.partner_side or m.accompanying))
    home_person = engine.kb.people[m.japan_side[0]]
    other = (m.partner_side or m.accompanying)[0]
    demonym = engine.kb.countries[home_person.country].demonyms[0]
    answer = engine.ask(f"which of them is {demonym}?", Focus(meeting=m.id, people=(other, home_person.id)))
    assert answer.answered and answer.title == home_person.name


def test_the_first_and_the_other_of_the_people_a_who_answer_listed(engine: Engine) -> None:
    focus = None
    answers = []
    for question in ("Which Rwandan ministers sat in on Kagame's talks with Kishida?",
                     "what's the first one's portfolio?", "what about the other one?"):
        answer = engine.ask(question, focus, today=TODAY)
        focus = answer.focus or focus
        answers.append(answer)
    assert answers[1].title.endswith("Vincent Biruta") and "Foreign Affairs" in answers[1].text
    assert answers[2].title.endswith("Uzziel Ndagijimana") and "Finance" in answers[2].text


def test_which_of_several_records_came_first_or_later_by_their_dates(engine: Engine) -> None:
    answer = engine.ask("which embassy opened first?", today=TODAY)
    assert answer.answered and answer.title.startswith("Earlier:") and "1993" in answer.title, answer.text
    focus = None
    for question in ("When did Japan and Kyrgyzstan establish diplomatic relations?", "sorry, I meant Uzbekistan",
                     "which of the two embassies opened later?", "in which month?"):
        answer = engine.ask(question, focus, today=TODAY)
        focus = answer.focus or focus
    assert answer.answered and answer.title == "February 1996", answer.text


def test_a_correction_replaces_the_partner_not_the_home_country(engine: Engine) -> None:
    focus = engine.ask("When did Japan and Kyrgyzstan establish diplomatic relations?", today=TODAY).focus
    answer = engine.ask("sorry, I meant Uzbekistan", focus, today=TODAY)
    assert answer.answered and "1992" in answer.text, answer.text


def test_a_question_set_apart_by_a_dash_is_asked_of_the_record() -> None:
    picked = pick("the first one - who represented Japan?", ("meeting:a", "meeting:b"), None, lambda ref: None)
    assert picked is not None and picked.refs == ("meeting:a",)
    assert picked.rest == "who represented japan in it?"
    kept = pick("the second one: when was it?", ("meeting:a", "meeting:b"), None, lambda ref: None)
    assert kept is not None and kept.refs == ("meeting:b",) and kept.rest == "when was it?"


def test_the_other_one_of_three_is_asked_back_not_answered(engine: Engine) -> None:
    listed = engine.ask("What meetings between Japan and Central Asian countries do you know about?")
    earlier = engine.ask("which was the earlier one?", listed.focus)
    other = engine.ask("who represented Japan at the other one?", earlier.focus)
    assert not other.answered and other.title == "Which one do you mean?", other.text


def test_the_earliest_alone_picks_from_the_list_and_shows_that_record(engine: Engine) -> None:
    focus = engine.ask("Which embassy openings do the records mention, and when?", today=TODAY).focus
    latest = engine.ask("which is the most recent one?", focus, today=TODAY)
    earliest = engine.ask("and the earliest?", latest.focus or focus, today=TODAY)
    assert "2010" in latest.text and "Tashkent" in earliest.text and "1993" in earliest.text


def test_the_other_two_are_all_but_the_one_just_answered() -> None:
    picked = pick("and the other three met whom?", ITEMS, None, date_of)
    assert picked is not None and picked.refs == ("meeting:b", "meeting:c", "meeting:d")
    assert pick("and the other two met whom?", ITEMS, None, date_of) is None  # three are left, not two


def test_a_possessive_of_a_position_picks_the_record_and_asks_its_detail() -> None:
    picked = pick("and what was the first one's portfolio?", ("person:a", "person:b"), None, lambda ref: None)
    assert picked is not None and picked.refs == ("person:a",) and picked.rest == "and what was its portfolio?"


def test_the_post_of_the_first_person_listed_is_answered(engine: Engine) -> None:
    first = engine.ask("Which Rwandan ministers attended the Kagame-Kishida meeting?", today=TODAY)
    listed = [i for i in first.focus.items if i.startswith("person:")] if first.focus else []
    answer = engine.ask("what was the first one's job?", first.focus, today=TODAY)
    assert listed and answer.answered and engine.kb.people[listed[0].split(":")[1]].name in answer.text


def test_the_first_of_those_who_joined_someone_is_not_the_one_joined(engine: Engine) -> None:
    first = engine.ask("who from rwanda's govt joined kagame in the kishida meeting", today=TODAY)
    answer = engine.ask("the first one's title?", first.focus, today=TODAY)
    assert "Kagame" not in first.lines[1] and answer.answered and "Biruta" in answer.text


def test_the_other_ones_name_part_after_one_of_a_list_of_people(engine: Engine) -> None:
    focus = None
    answer = None
    for question in ("Which Japanese foreign ministers appear in these records?", "which of them met Kuleba?",
                     "what's her given name?", "and the other one's?"):
        answer = engine.ask(question, focus, today=TODAY)
        focus = answer.focus or focus
    assert answer is not None and answer.title == "Yoshimasa"


def test_the_longer_meeting_after_other_topics_is_of_the_two_compared(engine: Engine) -> None:
    compared = "Which lasted longer, Hayashi's meeting with Kulubaev or Kamikawa's meeting with Kuleba?"
    back = last_answer(engine, compared, "New question - how many agreements came out of the Uzbekistan-Japan "
                                         "business forum?", "on what date was that forum?",
                       "Going back to the longer meeting, when did it start?")
    assert back.answered and "14:40" in back.text, back.text
    shorter = last_answer(engine, compared, "New question - who is Biruta?", "where was the shorter one held?")
    assert shorter.answered and "New York" in shorter.text, shorter.text


def test_the_one_of_a_country_inside_a_question_and_the_clock_times_of_two(engine: Engine) -> None:
    turns = ("How long did Kamikawa talk with the Ukrainian foreign minister?", "and the Kyrgyz one with Hayashi?")
    in_the_day = last_answer(engine, *turns, "which of the two started earlier in the day?")
    assert in_the_day.answered and in_the_day.title.startswith("Earlier in the day"), in_the_day.text
    japan_time = last_answer(engine, *turns, "which of the two started earlier in the day?",
                             "What time was it in Japan when the Ukrainian one began?")
    assert japan_time.answered and "7:05" in japan_time.text, japan_time.text
    # a meeting named as one side of a comparison is no reference to one of the two
    compared = last_answer(engine, *turns, "was the Kamikawa meeting before or after the Kyrgyz one?")
    assert "Which one do you mean" not in compared.text


def test_each_of_those_with_its_noun_asks_the_question_of_each(engine: Engine) -> None:
    answer = last_answer(engine, "Which Central Asian countries held diplomatic talks with Japanese officials "
                                 "according to the records?", "which official represented each of those countries?")
    assert answer.answered and "Kulubaev" in answer.text and "Usmanov" in answer.text, answer.text


def test_the_first_one_is_still_the_first_shown_after_another_of_the_list_was_answered(engine: Engine) -> None:
    answer = last_answer(engine, "which japanese foreign ministers met ukrainian officials in september 2023?",
                         "who did the second one meet", "where", "and the first one, where was he?")
    assert answer.answered and "Kyiv" in answer.text and "New York" not in answer.text, answer.text


def test_the_other_one_is_other_than_the_one_picked(engine: Engine) -> None:
    answer = last_answer(engine, "which japanese foreign ministers met ukrainian officials in september 2023?",
                         "where was the second one", "and the other one?")
    assert answer.answered and "Kyiv" in answer.text and "New York" not in answer.text, answer.text


def test_time_from_a_record_picked_by_its_place_to_the_one_answered(engine: Engine) -> None:
    answer = last_answer(engine, "Which Japanese foreign ministers met Ukrainian officials in 2023?",
                         "the second one - where did her meeting take place?", "and who did she meet there?",
                         "how many days after the first one's talks in Kyiv was that?")
    assert answer.answered and answer.title == "11 days", answer.text


def test_it_is_the_record_picked_of_those_shown(engine: Engine) -> None:
    answer = last_answer(engine, "In my piece I say the Usmanov-Ikegami meeting took place on January 26. Correct?",
                         "and the business forum was on jan 12?", "what was the meeting focused on",
                         "who reported it")
    assert answer.answered and "Ministry of Foreign Affairs" in answer.title and "Daryo" not in answer.text, \
        answer.text


def test_the_other_person_of_a_list_is_asked_what_the_last_question_asked_of_one(engine: Engine) -> None:
    listed = "Which Japanese foreign ministers appear in your records?"
    second = last_answer(engine, listed, "who did the second one meet")
    assert second.answered and "Kuleba" in second.text and "Kulubaev" not in second.text, second.text
    first = last_answer(engine, listed, "who did the second one meet", "and the first one?")
    assert first.answered and all(n in first.text for n in ("Kulubaev", "Zelenskyy", "Shmyhal")), first.text


def test_the_one_picked_by_place_and_the_person_in_it_is_asked_the_last_question(engine: Engine) -> None:
    answer = last_answer(engine, "list all the meetings hayashi had in these documents",
                         "the earliest one, how long did it last", "and the kyiv one with zelensky?")
    assert not answer.answered and "Zelenskyy" in answer.title and "how long" in answer.text, answer.text


def test_both_with_a_claim_without_its_verb_checks_the_claim_of_each(engine: Engine) -> None:
    answer = last_answer(engine, "list the japan-ukraine meetings u know about", "both in kyiv?")
    lines = answer.text.split("\n")
    assert lines.count("Yes") == 1 and "No, not according to the records" in lines, answer.text


def test_one_of_a_list_asked_of_by_name_keeps_the_list_for_the_other(engine: Engine) -> None:
    answer = last_answer(engine, "who was with kagame at the kishida meeting", "whats birutas job", "and the other guy")
    assert "Ndagijimana" in answer.title and "Finance" in answer.text, answer.text


def test_the_other_one_after_a_name_picked_two_of_three_is_the_third(engine: Engine) -> None:
    answer = last_answer(engine, "Which Central Asian countries' officials met Japanese officials in these documents?",
                         "the Uzbek one - who represented Japan?", "and in the other one?")
    assert "Hayashi" in answer.text and "Usmanov" not in answer.text, answer.text


def test_a_detail_asked_in_the_plural_after_a_list_is_given_for_every_record_listed(engine: Engine) -> None:
    answer = last_answer(engine, "What Uzbekistan-Japan meetings in January are described?", "and on which dates?")
    assert answer.answered and "10 January 2024" in answer.text and "26 January 2024" in answer.text, answer.text


def test_the_other_of_a_kind_the_record_left_is_not_of_is_no_pick() -> None:
    items = ("term:ovop", "meeting:a")
    assert pick("and the other programme they mentioned?", items, "term:ovop", date_of) is None
    picked = pick("and the other meeting?", items, "term:ovop", date_of)
    assert picked is not None and picked.refs == ("meeting:a",)


def test_the_other_one_with_no_list_shown_is_the_other_meeting_the_conversation_was_about(engine: Engine) -> None:
    answer = last_answer(engine, "who did usmanov meet?", "how many companies came to the business forum?",
                         "and the other one, what date was it?")
    assert answer.answered and "26 January" in answer.text and "10 January" not in answer.text, answer.text


def test_the_other_one_after_answers_about_several_meetings_is_asked_back(engine: Engine) -> None:
    answer = last_answer(engine, "when did kagame meet kishida?", "who did usmanov meet?",
                         "how many companies came to the business forum?", "and the other one, what date was it?")
    assert not answer.answered and answer.title == "Which one do you mean?", answer.text
    assert "Kagame" in answer.text and "Usmanov" in answer.text, answer.text


def test_a_journey_and_its_meetings_are_one_other_thing_talked_of(engine: Engine) -> None:
    answer = last_answer(engine, "in which records does zelenskyy come up?",
                         "what's the thing named after him in the kamikawa one",
                         "and in the other one, what did he agree to?")
    assert answer.answered and "security" in answer.text, answer.text


def test_the_other_president_of_two_listed_is_the_other_one_of_the_list(engine: Engine) -> None:
    answer = last_answer(engine, "Which presidents did Japan meet, according to these reports?",
                         "the african one - who did he meet from japan?", "was that during a visit to Rwanda?",
                         "and the other president, where did his meeting take place?")
    assert answer.answered and "Kyiv" in answer.text and "Bali" not in answer.text, answer.text


def test_the_first_one_after_an_answer_that_showed_one_record_is_that_record(engine: Engine) -> None:
    answer = last_answer(engine, "which japanese officials in ur info had dealings involving zelensky",
                         "the first one - what did zelensky tell him")
    assert answer.answered and "key partner in Asia" in answer.text, answer.text


def test_a_position_whose_record_is_of_no_one_the_pronoun_fits_counts_each_journey_once(engine: Engine) -> None:
    # the list shows a visit and the two meetings held during it; "she" is of none of them
    turns = ("japan had a couple of ukraine-related meetings in september 2023, which japanese ministers were "
             "involved?", "the second one, who did she sit down with?")
    answer = last_answer(engine, *turns)
    assert answer.answered and "Kuleba" in answer.text and "Shmyhal" not in answer.text, answer.text
    # (a pronoun that fits the record at that position keeps it)
    kept = last_answer(engine, turns[0], "the second one, who did he sit down with?")
    assert kept.answered and "Shmyhal" in kept.text and "Kuleba" not in kept.text, kept.text


def test_the_dialogue_meeting_a_minister_picked_from_a_list_was_there_for_gives_its_number(engine: Engine) -> None:
    answer = last_answer(engine, "Which meetings with Japan took place in 2022?",
                         "the december one, who was the kyrgyz minister?", "which dialogue meeting was he there for?")
    assert answer.answered and "9th" in answer.text, answer.text
