"""What the last answer showed, read from its focus (`bot.engine.last_shown`)."""

from __future__ import annotations

from bot.answers import Focus
from bot.engine import last_shown


def test_one_record_is_the_single_item_or_the_meeting_of_an_answer_without_items() -> None:
    assert last_shown.one_record(None) is None
    assert last_shown.one_record(Focus(items=("fact:embassy",))) == "fact:embassy"
    assert last_shown.one_record(Focus(meeting="m1")) == "meeting:m1"
    assert last_shown.one_record(Focus(meeting="m1", items=("meeting:m1", "meeting:m2"))) is None


def test_current_prefers_the_record_picked_then_the_meeting_then_the_person_answered() -> None:
    listed = ("meeting:m1", "meeting:m2")
    assert last_shown.current(Focus(items=listed, current="meeting:m2")) == "meeting:m2"
    # a pick outside the list is no pick: the meeting the answer was about
    assert last_shown.current(Focus(items=listed, current="meeting:m9", meeting="m1")) == "meeting:m1"
    # a list of pledges made at a meeting is about those pledges, the first of them unless one was picked
    pledges = ("pledge:p1", "pledge:p2")
    assert last_shown.current(Focus(items=pledges, meeting="m1")) == "pledge:p1"
    # a list of people is about the one of them answered about
    people = ("person:a", "person:b")
    assert last_shown.current(Focus(items=people, people=("b",))) == "person:b"
    assert last_shown.current(Focus()) is None


def test_current_picked_needs_the_pick_among_the_items() -> None:
    assert last_shown.current_picked(Focus(items=("meeting:m1", "meeting:m2"), current="meeting:m1"))
    assert not last_shown.current_picked(Focus(items=("meeting:m1",), current="meeting:m9"))
    assert not last_shown.current_picked(Focus(items=("meeting:m1", "meeting:m2")))


def test_the_list_shown_is_this_answers_when_it_shows_several_else_the_one_kept() -> None:
    kept = Focus(items=("meeting:x",), listed=("meeting:a", "meeting:b"), listed_question="which meetings?")
    several = Focus(items=("meeting:c", "meeting:d"), question="and in 2023?")
    assert last_shown.listed(several, kept) == ("meeting:c", "meeting:d")
    assert last_shown.listed_question(several, kept, "and in 2023?") == "and in 2023?"
    one = Focus(items=("meeting:c",))
    assert last_shown.listed(one, kept) == ("meeting:a", "meeting:b")
    assert last_shown.listed_question(one, kept, "when?") == "which meetings?"
    assert last_shown.listed(one, None) == ()
    assert last_shown.listed_question(one, None, "when?") is None
    assert last_shown.shown_list(several) == ("meeting:c", "meeting:d")
    assert last_shown.question_of_list(kept) == "which meetings?"


def test_every_kind_of_question_can_be_asked_again() -> None:
    for intent, again in last_shown.ASKED_AGAIN.items():
        assert again.endswith("?"), intent
    assert {"when", "where", "who"} <= set(last_shown.ASKED_AGAIN)
