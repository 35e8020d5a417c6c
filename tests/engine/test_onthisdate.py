"""The records of a day of the year: the daily list, and "anything else on that date?" in a conversation."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers import Answer
from bot.engine import Engine
from bot.engine.onthisdate import SAME_DAY_ASKED, SAME_DAY_COUNTEREXAMPLES, SAME_DAY_EXAMPLES
from tests.engine.conftest import last_answer

TODAY = dt.date(2026, 1, 26)


def conversation(engine: Engine, *turns: str) -> Answer:
    focus = None
    answer = None
    for turn in turns:
        answer = engine.ask(turn, focus, today=TODAY)
        focus = answer.focus or focus
    assert answer is not None
    return answer


@pytest.mark.parametrize("text", SAME_DAY_EXAMPLES)
def test_examples_ask_for_the_same_day(text: str) -> None:
    assert SAME_DAY_ASKED.search(text.lower())


@pytest.mark.parametrize("text", SAME_DAY_COUNTEREXAMPLES)
def test_counterexamples_do_not(text: str) -> None:
    assert not SAME_DAY_ASKED.search(text.lower())


def test_same_day_leaves_out_the_record_discussed(engine: Engine) -> None:
    listed = engine.dates.same_day(1, 26, TODAY)
    refs = listed.focus.items if listed.focus else ()
    assert listed.answered and len(refs) >= 2
    meeting = next(ref for ref in refs if ref.startswith("meeting:"))
    rest = engine.dates.same_day(1, 26, TODAY, leave_out=(meeting,))
    assert rest.focus is not None and meeting not in rest.focus.items and len(rest.focus.items) == len(refs) - 1


def test_same_day_of_a_year_said_keeps_that_year(engine: Engine) -> None:
    answer = engine.dates.same_day(1, 26, TODAY, year=1992)
    assert answer.answered and all("1992" in item.label for item in answer.items)


def test_a_day_with_nothing_else_is_said_plainly(engine: Engine) -> None:
    answer = engine.dates.same_day(2, 30 - 1, TODAY)  # 29 February: no record
    assert not answer.answered and "nothing" in answer.lines[0]


def test_that_date_in_a_conversation_lists_other_years(engine: Engine) -> None:
    answer = conversation(engine, "When did Usmanov meet Ikegami?", "anything else happen on that date historically?")
    assert answer.answered and answer.kind == "on_this_date"
    assert "1992" in " ".join(item.label for item in answer.items)
    assert answer.focus is not None and all(not ref.startswith("meeting:") for ref in answer.focus.items)


def test_after_the_list_the_meeting_is_still_the_topic(engine: Engine) -> None:
    answer = conversation(engine, "When did Usmanov meet Ikegami?", "is there anything notable about that date?",
                          "what did they discuss?")
    assert answer.answered and "Usmanov" in answer.title


def test_a_day_named_with_a_country(engine: Engine) -> None:
    answer = engine.ask("Why is January 26 a notable date for Uzbekistan and Japan?", None, today=TODAY)
    assert answer.answered and "1992" in " ".join(item.label for item in answer.items)
    assert engine.ask("Why is January 26 a notable date for Rwanda?", None, today=TODAY).answered is False


def test_an_exact_date_asked_is_not_the_same_day_of_every_year(engine: Engine) -> None:
    answer = engine.ask("What happened on 26 January 1992?", None, today=TODAY)
    assert answer.kind != "on_this_date" or "2024" not in " ".join(item.label for item in answer.items)


def test_a_year_without_meetings_lists_its_other_records(engine: Engine) -> None:
    answer = engine.ask("what happened in 1993?", None, today=TODAY)
    assert answer.answered and "1993" in answer.title and "Tashkent" in " ".join(answer.items[0].label.split())
    assert not engine.ask("what happened in 2019?", None, today=TODAY).answered


def test_which_came_first_of_a_list_just_shown(engine: Engine) -> None:
    answer = conversation(engine, "which embassies opened and when, all of them", "which came first")
    assert answer.answered and "1993" in answer.title


def test_a_notable_date_after_a_meeting_leaves_out_every_record_of_that_meeting(engine: Engine) -> None:
    answer = last_answer(engine, "Who did Bobur Usmanov meet on January 26?",
                         "What's significant about that date in Uzbek-Japanese relations?")
    assert answer.kind == "on_this_date" and "1992" in answer.text and "2024" not in answer.text, answer.text


@pytest.mark.parametrize("same_day", ["that date is the anniversary of wat",
                                      "is jan 26 special for uzbek-japan relations?"])
def test_the_one_record_of_another_year_named_is_what_that_means_next(engine: Engine, same_day: str) -> None:
    answer = last_answer(engine, "uzbek deputy fm usmonov met which japanese official", "when did they meet",
                         same_day, "so how many yrs between that and japan's embassy opening in tashkent")
    assert answer.answered and answer.title.startswith(("1 year", "12 months")), answer.text
    # (and the meeting discussed is still what "they" met at)
    talks = last_answer(engine, "uzbek deputy fm usmonov met which japanese official", "when did they meet",
                        same_day, "what did they discuss")
    assert talks.answered and "strategic partnership" in talks.text, talks.text


def test_whether_the_meeting_date_is_an_anniversary_is_answered_yes_with_the_records_of_that_day(
        engine: Engine) -> None:
    answer = last_answer(engine, "When did Usmanov meet Ikegami?", "what is the Japanese official's title?",
                         "Does the meeting date coincide with any anniversary in Uzbekistan-Japan relations?")
    assert answer.answered and answer.title == "Yes" and "26 January 1992" in answer.text, answer.text
    assert "2024" not in answer.text.split("\n", 2)[2], answer.text  # (the meeting itself is not its own anniversary)


def test_anything_special_about_the_date_is_of_the_record_just_discussed(engine: Engine) -> None:
    answer = last_answer(engine, "usmanov ikegami meeting, what was it about", "where was it held",
                         "anything special about the date")
    assert answer.answered and "26 January" in answer.title and "1992" in answer.text, answer.text
