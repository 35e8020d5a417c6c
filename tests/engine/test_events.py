"""Kinds of events: each kind's examples name it, its counterexamples do not; number words."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.engine.asked import figures
from bot.engine.events import EVENT_KINDS, IN_FORCE, TRAVEL, events_asked, question_words, reported
from bot.engine.text import stem
from tests.engine.conftest import last_answer

CASES = [(k.name, t, True) for k in (*EVENT_KINDS, TRAVEL, IN_FORCE) for t in k.examples] + [
    (k.name, t, False) for k in (*EVENT_KINDS, TRAVEL, IN_FORCE) for t in k.counterexamples]


@pytest.mark.parametrize(("kind", "text", "named"), CASES, ids=[f"{k}:{t}" for k, t, _ in CASES])
def test_examples_name_their_kind(kind: str, text: str, named: bool) -> None:
    found = [k.name for k in events_asked(question_words(text))]
    if kind == TRAVEL.name:
        found = [TRAVEL.name] if TRAVEL.words & {stem(w) for w in question_words(text)} else []
    assert (kind in found) is named


def test_a_record_reports_an_event_through_any_of_its_words() -> None:
    signing = next(k for k in EVENT_KINDS if k.name == "signing")
    assert reported(signing, frozenset({stem("agreements"), stem("signed")}))
    assert not reported(signing, frozenset({stem("agreed"), stem("negotiations")}))


def test_only_events_that_happen_at_meetings_are_dated_by_them() -> None:
    at_meetings = {k.name for k in EVENT_KINDS if k.at_meetings}
    assert "signing" in at_meetings and "appointment" not in at_meetings and "opening" not in at_meetings


@pytest.mark.parametrize(("text", "expected"), [("a three-day summit", {3.0}), ("the two-day summit", {2.0}),
                                                ("42 demining cranes", {42.0}), ("on 14 November 2022", set())])
def test_figures_read_number_words_joined_to_a_unit(text: str, expected: set[float]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", ["since when have they had ties?", "how far back do the relations go?",
                                  "how old are the ties?"])
def test_a_beginning_is_asked(text: str) -> None:
    assert "beginning" in [k.name for k in events_asked(question_words(text))]


def test_naming_someone_is_no_appointment() -> None:
    assert "appointment" not in [k.name for k in events_asked(question_words("name the prime minister"))]


def test_a_past_event_describing_someone_is_no_event_asked() -> None:
    assert events_asked("when did kuleba meet japan's newly appointed foreign minister".split()) == []
    assert events_asked("when was she appointed foreign minister".split()) != []


def test_what_the_records_give_is_no_giving_asked_about() -> None:
    kinds = [k.name for k in events_asked(question_words("For which embassies do the documents give an opening date?"))]
    assert "provision" not in kinds and "opening" in kinds
    assert "provision" in [k.name for k in events_asked(question_words("when did Zembla give the generators?"))]


def test_a_state_asked_when_is_asked_of_its_beginning() -> None:
    assert any(k.name == "beginning" for k in events_asked(question_words("When was zembla aurelia ties?")))
    assert not any(k.name == "beginning" for k in events_asked(question_words("When was the zembla meeting?")))


def test_relations_that_start_are_asked_of_their_beginning() -> None:
    assert any(k.name == "beginning" for k in events_asked(question_words("when did zembla-aurelia relations start?")))
    assert not any(k.name == "beginning" for k in events_asked(question_words("when did the meeting start?")))


def test_become_before_a_state_is_no_appointment(engine: Engine) -> None:
    assert "appointment" not in [k.name for k in events_asked(tuple("did rwanda become independent in 1972".split()))]
    for asked in ("when did kamikawa become foreign minister", "when did kulubaev become kyrgyzstan's foreign minister",
                  "when did kuleba become ukraine's fm"):
        assert "appointment" in [k.name for k in events_asked(tuple(asked.split()))], asked
    answer = last_answer(engine, "Did Rwanda become independent in 1972?")
    assert answer.title.startswith("No") and "1962" in answer.text, answer.text


def test_an_entry_into_force_no_record_reports_is_not_answered_by_the_talks_on_it(engine: Engine) -> None:
    answer = engine.ask("When will the Japan-Ukraine security guarantee agreement come into force?")
    assert not answer.answered and "entry into force" in answer.text, answer.text
