"""Questions for the evaluation at scale: drawn from a small synthetic knowledge base, answers known."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest
from rapidfuzz.distance import DamerauLevenshtein

from bot.bench.scale_names import fold, invented_people, misspell, misspellings, name_words, unknown_countries
from bot.bench.scale_questions import (
    CATEGORIES,
    ScaleQuestion,
    date_pattern,
    duration_pattern,
    scale_questions,
    time_pattern,
)
from bot.bench.synthetic import write_synthetic_kb
from bot.evaluation import expand
from bot.knowledge.dates import PartialDate
from bot.knowledge.loader import load_knowledge_base
from bot.knowledge.model import KnowledgeBase


@pytest.fixture(scope="module")
def small_kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    root = write_synthetic_kb(tmp_path_factory.mktemp("scale-kb"), meetings=300, seed=3)
    return load_knowledge_base(root / "knowledge", root / "seeds")


@pytest.fixture(scope="module")
def questions(small_kb: KnowledgeBase) -> list[ScaleQuestion]:
    return scale_questions(small_kb, per_category=12, seed=5)


def _meetings_of(kb: KnowledgeBase, *people: str) -> list[str]:
    return sorted(m.id for m in kb.meetings.values() if set(people) <= set(m.participants))


def _person(kb: KnowledgeBase, name: str) -> str:
    return next(p.id for p in kb.people.values() if fold(p.name) == fold(name))


def _names_in(text: str) -> list[str]:
    """The capitalised words of a question, but for its first word and "Japan"."""
    return [w for w in re.findall(r"[A-Za-z]+", text)[1:] if w[0].isupper() and w != "Japan"]


def test_same_seed_same_questions_and_another_seed_others(small_kb: KnowledgeBase,
                                                          questions: list[ScaleQuestion]) -> None:
    assert scale_questions(small_kb, per_category=12, seed=5) == questions
    assert scale_questions(small_kb, per_category=12, seed=6) != questions


def test_every_category_is_asked_in_several_phrasings(questions: list[ScaleQuestion]) -> None:
    counts = Counter(q.category for q in questions)
    assert set(counts) == set(CATEGORIES)
    assert all(n >= 5 for n in counts.values()), counts
    for category in ("single-when", "where", "what-time", "how-long", "unknown-person"):
        openings = {" ".join(q.text.split()[:2]).lower() for q in questions if q.category == category}
        assert len(openings) >= 2, (category, openings)
    assert all(q.abstain == (q.category in ("unknown-person", "mixed-name", "unknown-country")) for q in questions)


def test_single_and_several_matches_are_the_meetings_the_pair_really_held(small_kb: KnowledgeBase,
                                                                          questions: list[ScaleQuestion]) -> None:
    for question in questions:
        if question.category not in ("single-when", "several-when"):
            continue
        named = [p for p in small_kb.people.values() if p.name in question.text]
        assert len(named) == 2, question
        a, b = named
        assert _meetings_of(small_kb, a.id, b.id) == sorted(question.records), question
        wanted = 1 if question.category == "single-when" else 2
        assert len(question.records) >= wanted and len(question.expect) >= 1
        if question.category == "single-when":
            assert len(question.records) == 1
        for record in question.records:
            date = small_kb.meetings[record].date.iso()
            assert any(date in pattern for pattern in question.expect) or small_kb.meetings[record].date.day is None


def test_year_lists_expect_every_meeting_of_that_person_and_year(small_kb: KnowledgeBase,
                                                                 questions: list[ScaleQuestion]) -> None:
    for question in (q for q in questions if q.category == "year-list"):
        year = int(re.findall(r"\d{4}", question.text)[-1])
        person = next(p for p in small_kb.people.values() if p.name in question.text)
        found = sorted(m.id for m in small_kb.meetings.values()
                       if person.id in m.participants and m.date.year == year)
        assert found == sorted(question.records) and 2 <= len(found) <= 5


def test_misspelt_names_are_one_edit_from_a_4_to_6_letter_name_and_the_rest_intact(
        small_kb: KnowledgeBase, questions: list[ScaleQuestion]) -> None:
    vocabulary = set(name_words(small_kb))
    for question in (q for q in questions if q.category.startswith("misspelt")):
        unknown = [w for w in _names_in(question.text) if w.lower() not in vocabulary]
        assert len(unknown) == 1, question
        near = [w for w in vocabulary if DamerauLevenshtein.distance(w, unknown[0].lower()) == 1]
        assert len(near) == 1 and 4 <= len(near[0]) <= 6, (question, near)
        person = next(p for p in small_kb.people.values()
                      if near[0] == fold(p.family_name if question.category == "misspelt-family" else p.given_name)
                      and question.records[0] in _meetings_of(small_kb, p.id))
        intact = person.given_name if question.category == "misspelt-family" else person.family_name
        assert intact in question.text


def test_names_that_do_not_exist_are_far_from_every_real_name(small_kb: KnowledgeBase,
                                                              questions: list[ScaleQuestion]) -> None:
    vocabulary = set(name_words(small_kb))
    for question in (q for q in questions if q.category.startswith("unknown")):
        assert not question.expect
        strange = [w for w in _names_in(question.text) if w.lower() not in vocabulary]
        assert strange, question
        for word in strange:
            assert all(DamerauLevenshtein.distance(word.lower(), v) >= 3 for v in vocabulary), (question, word)


def test_mixed_names_join_a_given_and_a_family_name_nobody_holds_together(small_kb: KnowledgeBase,
                                                                         questions: list[ScaleQuestion]) -> None:
    for question in (q for q in questions if q.category == "mixed-name"):
        words = _names_in(question.text)
        real = [p for p in small_kb.people.values() if p.name in question.text]
        assert len(real) == 1, question
        rest = [w for w in words if w not in real[0].name.split()]
        assert len(rest) == 2, question
        given, family = rest
        holders = [p for p in small_kb.people.values() if p.family_name == family]
        assert holders and any(p.given_name == given for p in small_kb.people.values())
        assert all(DamerauLevenshtein.distance(given.lower(), p.given_name.lower()) >= 3 for p in holders), question


def test_answer_values_come_from_the_record(small_kb: KnowledgeBase, questions: list[ScaleQuestion]) -> None:
    for question in questions:
        meeting = small_kb.meetings[question.records[0]] if question.records else None
        if question.category == "where":
            assert meeting is not None and meeting.place is not None
            assert re.search(question.expect[0], small_kb.places[meeting.place].name)
        elif question.category == "what-time":
            assert meeting is not None and meeting.local_time is not None
            assert re.search(question.expect[0], meeting.local_time)
        elif question.category == "how-long":
            assert meeting is not None and meeting.duration_minutes is not None
            assert re.search(question.expect[0], f"about {meeting.duration_minutes} minutes")
        elif question.category == "who-met":
            assert meeting is not None and len(question.expect) >= 1


@pytest.mark.parametrize(("pattern", "text", "matches"), [
    (date_pattern(PartialDate(2023, 9, 20)), "on 20 September 2023", True),
    (date_pattern(PartialDate(2023, 9, 20)), "on 21 September 2023", False),
    (date_pattern(PartialDate(2019, 6)), "Policy Dialogue: June 2019.", True),
    (date_pattern(PartialDate(2019, 6)), "July 2019", False),
    (time_pattern("18:05"), "at 18:05 local time", True),
    (time_pattern("18:05"), "6:05 p.m.", True),
    (time_pattern("08:10"), "8:10 a.m.", True),
    (time_pattern("08:10"), "18:10", False),
    (time_pattern("08:10"), "8:10 p.m.", False),
    (duration_pattern(70), "about 70 minutes", True),
    (duration_pattern(70), "1 hour 10 minutes", True),
    (duration_pattern(70), "170 minutes", False),
    (duration_pattern(60), "an hour", True),
    (duration_pattern(90), "an hour and a half", True),
    (duration_pattern(45), "about 15 minutes", False),
])
def test_patterns_accept_the_common_renderings(pattern: str, text: str, matches: bool) -> None:
    assert bool(re.search(expand(pattern), text, re.I)) is matches


def test_misspellings_swap_or_drop_one_letter_and_keep_the_first() -> None:
    assert set(misspellings("Kato")) == {"Ktao", "Kaot", "Kto", "Kao", "Kat"}
    assert all(w[0] == "K" for w in misspellings("Kuleba"))
    vocabulary = ("kato", "ito", "kuleba", "hayashi")
    assert misspell("Hayashi", vocabulary, random.Random(1)) is None  # seven letters: not a short name
    assert misspell("Kato", vocabulary, random.Random(1)) in {"Ktao", "Kaot", "Kao", "Kat"}  # "Kto" is 1 from "ito"


def test_invented_names_and_countries_avoid_the_vocabulary() -> None:
    vocabulary = ("freedonia", "anna", "maria")
    assert "Freedonia" not in unknown_countries(vocabulary)
    assert unknown_countries(vocabulary, ["Genovia"]) == ["Genovia"]
    people = invented_people(vocabulary, random.Random(2), 5)
    assert len(set(people)) == 5 and all(len(p.split()) == 2 for p in people)
    assert invented_people(vocabulary, random.Random(2), 5) == people

