"""The engine over a knowledge base whose home country is not Japan: every name, country and place
below is invented, so an answer can only come from the records, never from the code."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from bot.engine import Engine
from bot.knowledge.loader import load_knowledge_base
from tests.knowledge.tiny_kb import SEED_NAME, SEED_TEXT, tiny_kb

#: Today's records' names, each replaced by an invented one (longer names first).
RENAMES = (("United States", "Aurelia"), ("united-states", "aurelia"), ("USA", "AUR"), ("New York", "Port Selm"),
           ("new-york", "port-selm"), ("Japanese", "Zemblan"), ("Japan", "Zembla"), ("japan", "zembla"),
           ("Tokyo", "Zemgrad"), ("Ukrainian", "Velorian"), ("Ukraine", "Veloria"), ("ukraine", "veloria"),
           ("KAMIKAWA", "TARSEN"), ("Kamikawa", "Tarsen"), ("kamikawa", "tarsen"), ("Yoko", "Ilsa"),
           ("yoko", "ilsa"), ("Kuleba", "Brant"), ("kuleba", "brant"), ("Dmytro", "Ivo"), ("dmytro", "ivo"))


def invented(text: str) -> str:
    for old, new in RENAMES:
        text = re.sub(rf"\b{re.escape(old)}\b", new, text)
    return text


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("zembla")
    (root / "seeds").mkdir()
    (root / "knowledge").mkdir()
    (root / "seeds" / invented(SEED_NAME)).write_text(invented(SEED_TEXT), encoding="utf-8")
    for name, document in tiny_kb().items():
        text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
        (root / "knowledge" / name).write_text(invented(text), encoding="utf-8")
    return Engine(load_knowledge_base(root / "knowledge", root / "seeds"))


TODAY = dt.date(2026, 1, 26)


def test_the_home_country_is_read_from_the_records(engine: Engine) -> None:
    assert engine.index.home == "zembla"
    assert "zembla" not in engine.index.covered_countries


@pytest.mark.parametrize(("question", "expected"), [
    ("When did Tarsen meet Brant?", "20 September 2023"),
    ("Who did Zembla's foreign minister meet in Port Selm?", "Brant"),
    ("How long did the Tarsen-Brant meeting last?", "45 minutes"),
    ("How many generators did Zembla provide to Veloria?", "1,500"),
    ("/meetings Veloria", "Tarsen"),
])
def test_questions_are_answered_from_the_invented_records(engine: Engine, question: str, expected: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and expected in answer.text, answer.text


@pytest.mark.parametrize("question", ["What equipment did Zembla give Veloria?",
                                      "what hardware has zembla sent to veloria"])
def test_a_pledge_is_found_by_its_kind_when_the_question_names_the_kind(tmp_path: Path, question: str) -> None:
    """The record says "generators"; the question asks for "equipment": the pledge's `kind` joins them."""
    answers = {}
    for kind in (None, "equipment"):
        files = tiny_kb()
        if kind:
            files["meetings.yaml"]["pledges"][0]["kind"] = kind
        root = tmp_path / str(kind)
        (root / "seeds").mkdir(parents=True)
        (root / "knowledge").mkdir()
        (root / "seeds" / invented(SEED_NAME)).write_text(invented(SEED_TEXT), encoding="utf-8")
        for name, document in files.items():
            text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
            (root / "knowledge" / name).write_text(invented(text), encoding="utf-8")
        answers[kind] = Engine(load_knowledge_base(root / "knowledge", root / "seeds")).ask(question, today=TODAY)
    assert not answers[None].answered or "generators" not in answers[None].text
    assert answers["equipment"].answered and "1,500 generators" in answers["equipment"].text, answers["equipment"].text


@pytest.mark.parametrize("question", ["Did Tarsen meet Brant in Zemgrad?", "Did Tarsen meet Brant in Bishkek?"])
def test_a_claimed_venue_is_contradicted_by_the_invented_meeting(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title.split(",")[0] == "No" and "Port Selm" in answer.text, answer.text


def test_names_of_todays_records_are_unknown_here(engine: Engine) -> None:
    answer = engine.ask("When did Kamikawa meet Kuleba?", today=TODAY)
    assert not answer.answered


@pytest.mark.parametrize("question", ["Who did Zembla's foreign minister meet in Port Selm?", "/meetings Veloria",
                                      "When did Tarsen meet Brant?", "Who is Brant?", "/countries"])
def test_answers_name_the_home_country_of_the_records(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert "Japan" not in answer.text, answer.text


def test_start_and_help_examples_are_made_from_the_records(engine: Engine) -> None:
    text = engine.ask("/start", today=TODAY).text + engine.ask("/help", today=TODAY).text
    assert "Zembla" in text and "Japan" not in text and "Ukraine" not in text, text
    assert "How many generators did Zembla send to Veloria?" in text


@pytest.mark.parametrize("question", ["Did Zembla send Veloria 2000 generators?",
                                      "did zembla give veloria 1800 generators"])
def test_a_claimed_count_of_four_digits_is_no_year(engine: Engine, question: str) -> None:
    """"More than 1,500" neither confirms nor rules out 2,000: not a "no" about the year 2000."""
    answer = engine.ask(question, today=dt.date(2026, 1, 26))
    assert not answer.answered and "1,500" in answer.text, answer.text


def test_places_travelled_by_someone_described_by_post(engine: Engine) -> None:
    """"Where did Zembla's foreign minister travel?": the places of her meetings abroad, as of her name."""
    by_name = engine.ask("Where did Tarsen travel?", today=dt.date(2026, 1, 26))
    by_post = engine.ask("Where did Zembla's foreign minister travel?", today=dt.date(2026, 1, 26))
    assert by_name.kind == "places" and "Port Selm" in by_name.text, by_name.text
    assert by_post.kind == by_name.kind and by_post.text == by_name.text, by_post.text



def test_a_length_said_in_words_is_checked_against_the_records_length(engine: Engine) -> None:
    """The invented meeting lasted about 45 minutes: "like an hour long?" is denied with its length."""
    answer = engine.ask("was the tarsen brant meeting like an hour long?", today=dt.date(2026, 1, 26))
    assert answer.title == "No" and "45 minutes" in answer.text, answer.text

