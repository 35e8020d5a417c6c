"""The start-up snapshot (`bot.engine.snapshot`): used only while nothing it was built from changed.

Any change of a YAML byte, of a source document or of the code builds afresh with every check; a
corrupt snapshot is ignored; answers are the same with and without it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import pickle
from pathlib import Path

import pytest
import yaml

from bot.engine import Engine, snapshot
from bot.engine.snapshot import FILE_NAME, load_engine, load_indexed
from bot.errors import KnowledgeBaseError
from bot.knowledge.loader import load_knowledge_base
from bot.knowledge.validate import text_digest
from tests.knowledge.tiny_kb import SEED_NAME, SEED_TEXT, tiny_kb, write_kb

PROJECT_ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2025, 6, 1)
TINY_QUESTIONS = ("/meetings", "/meetings Ukraine", "/who Kuleba", "When did Kamikawa meet Kuleba?",
                  "How many generators did Japan send to Ukraine?", "/onthisdate 20 September", "/pledges",
                  "What is UNGA?", "Who is the foreign minister of Japan?", "What did Japan discuss with Ukraine?")


@pytest.fixture
def kb_dirs(tmp_path: Path) -> tuple[Path, Path, Path]:
    knowledge, seeds = write_kb(tmp_path, tiny_kb())
    return knowledge, seeds, tmp_path / "cache"


def _answers(engine: Engine, questions: list[str] | tuple[str, ...]) -> list[object]:
    return [engine.ask(q, today=TODAY).to_json() for q in questions]


def test_the_second_start_reads_the_snapshot(kb_dirs: tuple[Path, Path, Path]) -> None:
    knowledge, seeds, cache = kb_dirs
    first = load_indexed(knowledge, seeds, cache)
    second = load_indexed(knowledge, seeds, cache)
    assert (first.from_snapshot, second.from_snapshot) == (False, True)
    assert (cache / FILE_NAME).is_file()
    assert second.kb == first.kb and second.index.kb is second.kb


def test_answers_are_the_same_with_and_without_the_snapshot(tmp_path: Path) -> None:
    knowledge, seeds = PROJECT_ROOT / "knowledge", PROJECT_ROOT / "seeds"
    tables = sorted((PROJECT_ROOT / "tests" / "questions").glob("*.yaml"))
    questions = [turn for table in tables for case in yaml.safe_load(table.read_text(encoding="utf-8"))["cases"]
                 for turn in case.get("turns", [case.get("q")]) if turn]
    assert len(questions) > 100
    fresh = Engine(load_knowledge_base(knowledge, seeds))
    load_engine(knowledge, seeds, tmp_path)
    assert load_indexed(knowledge, seeds, tmp_path).from_snapshot
    assert _answers(load_engine(knowledge, seeds, tmp_path), questions) == _answers(fresh, questions)


@pytest.mark.parametrize("name", ["sources.yaml", "world.yaml", "people.yaml", "meetings.yaml"])
def test_any_changed_yaml_byte_builds_afresh(kb_dirs: tuple[Path, Path, Path], name: str) -> None:
    knowledge, seeds, cache = kb_dirs
    load_indexed(knowledge, seeds, cache)
    path = knowledge / name
    path.write_bytes(path.read_bytes() + b"#\n")  # the same data: only the bytes differ
    assert not load_indexed(knowledge, seeds, cache).from_snapshot
    assert load_indexed(knowledge, seeds, cache).from_snapshot


def test_a_changed_record_is_what_the_next_start_answers_from(kb_dirs: tuple[Path, Path, Path]) -> None:
    knowledge, seeds, cache = kb_dirs
    assert "met in New York" in load_engine(knowledge, seeds, cache).ask("/meeting kamikawa-kuleba-2023").text
    meetings = knowledge / "meetings.yaml"
    meetings.write_text(meetings.read_text(encoding="utf-8").replace("met in New York", "met in NYC"), encoding="utf-8")
    assert "met in NYC" in load_engine(knowledge, seeds, cache).ask("/meeting kamikawa-kuleba-2023").text


def test_a_yaml_change_that_breaks_the_knowledge_base_is_reported_not_hidden(kb_dirs: tuple[Path, Path, Path]) -> None:
    knowledge, seeds, cache = kb_dirs
    load_indexed(knowledge, seeds, cache)
    meetings = knowledge / "meetings.yaml"
    meetings.write_text(meetings.read_text(encoding="utf-8").replace("2023-09-20", "2023-02-30", 1), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="impossible day"):
        load_indexed(knowledge, seeds, cache)


def test_a_changed_source_document_is_checked_again(kb_dirs: tuple[Path, Path, Path]) -> None:
    knowledge, seeds, cache = kb_dirs
    load_indexed(knowledge, seeds, cache)
    (seeds / SEED_NAME).write_text(SEED_TEXT.replace("1,500 generators", "1,600 generators"), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="quote"):
        load_indexed(knowledge, seeds, cache)
    (seeds / SEED_NAME).write_text(SEED_TEXT + "Added a line.\n", encoding="utf-8")
    loaded = load_indexed(knowledge, seeds, cache)
    assert not loaded.from_snapshot and (
        loaded.kb.source_digests["kamikawa-kuleba-release"] == text_digest(SEED_TEXT + "Added a line.\n"))


def test_other_code_builds_afresh(kb_dirs: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    knowledge, seeds, cache = kb_dirs
    load_indexed(knowledge, seeds, cache)
    monkeypatch.setattr(snapshot, "code_version", lambda: b"another version")
    assert not load_indexed(knowledge, seeds, cache).from_snapshot


def _flip_last_byte(data: bytes) -> bytes:
    return data[:-1] + bytes([data[-1] ^ 0xFF])


def _other_pickle_with_a_valid_checksum(data: bytes) -> bytes:
    header = len(snapshot._MAGIC) + snapshot._DIGEST
    payload = pickle.dumps({"not": "a knowledge base"})
    return data[:header] + hashlib.blake2b(payload, digest_size=snapshot._DIGEST).digest() + payload


@pytest.mark.parametrize("corrupt", [
    pytest.param(lambda data: b"not a snapshot", id="garbage"),
    pytest.param(lambda data: b"", id="empty"),
    pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
    pytest.param(_flip_last_byte, id="one-byte-flipped"),
    pytest.param(_other_pickle_with_a_valid_checksum, id="wrong-content"),
])
def test_a_corrupt_snapshot_is_ignored_and_replaced(kb_dirs: tuple[Path, Path, Path], corrupt) -> None:  # type: ignore[no-untyped-def]
    knowledge, seeds, cache = kb_dirs
    expected = _answers(load_engine(knowledge, seeds, cache), TINY_QUESTIONS)
    path = cache / FILE_NAME
    path.write_bytes(corrupt(path.read_bytes()))
    loaded = load_indexed(knowledge, seeds, cache)
    assert not loaded.from_snapshot
    assert _answers(Engine(loaded.kb, loaded.index), TINY_QUESTIONS) == expected
    assert load_indexed(knowledge, seeds, cache).from_snapshot


def test_a_cache_folder_that_cannot_be_written_only_costs_time(kb_dirs: tuple[Path, Path, Path]) -> None:
    knowledge, seeds, cache = kb_dirs
    cache.write_text("a file where the folder should be", encoding="utf-8")
    assert not load_indexed(knowledge, seeds, cache).from_snapshot
    assert not load_indexed(knowledge, seeds, cache).from_snapshot
