"""The synthetic knowledge base: deterministic for a seed, and valid for the real loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.bench.synthetic import ensure_synthetic_kb, write_synthetic_kb
from bot.knowledge.loader import load_knowledge_base


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def small_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_synthetic_kb(tmp_path_factory.mktemp("kb"), meetings=60, seed=7)


def test_same_seed_writes_identical_files(small_kb: Path, tmp_path: Path) -> None:
    again = write_synthetic_kb(tmp_path / "again", meetings=60, seed=7)
    assert _files(again) == _files(small_kb)


def test_another_seed_writes_another_knowledge_base(small_kb: Path, tmp_path: Path) -> None:
    other = write_synthetic_kb(tmp_path / "other", meetings=60, seed=8)
    assert _files(other)["knowledge/places.yaml"] != _files(small_kb)["knowledge/places.yaml"]


def test_the_real_loader_accepts_it(small_kb: Path) -> None:
    kb = load_knowledge_base(small_kb / "knowledge", small_kb / "seeds")
    assert len(kb.meetings) == 60
    assert len(kb.countries) > 190
    assert kb.pledges and kb.facts and kb.terms and kb.places
    assert all(kb.people[p].roles for m in kb.meetings.values() for p in m.participants)


def test_people_carry_both_name_orders(small_kb: Path) -> None:
    kb = load_knowledge_base(small_kb / "knowledge", small_kb / "seeds")
    person = next(p for p in kb.people.values() if p.country == "japan")
    assert f"{person.given_name} {person.family_name}" in person.aliases
    assert f"{person.family_name} {person.given_name}" in person.aliases


def test_cached_knowledge_base_is_reused_and_regenerated_for_another_size(tmp_path: Path) -> None:
    first = ensure_synthetic_kb(tmp_path, meetings=20, seed=1)
    marker = first / "knowledge" / "marker.txt"
    marker.write_text("kept", encoding="utf-8")
    assert ensure_synthetic_kb(tmp_path, meetings=20, seed=1) == first and marker.exists()
    other = ensure_synthetic_kb(tmp_path, meetings=30, seed=1)
    assert other != first and len(load_knowledge_base(other / "knowledge", other / "seeds").meetings) == 30
