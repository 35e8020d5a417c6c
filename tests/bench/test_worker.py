"""The engine and start-up measurements on a small synthetic knowledge base (figures are not asserted)."""

from __future__ import annotations

from pathlib import Path

from bot.bench.synthetic import write_synthetic_kb
from bot.bench.worker import measure_engine, measure_startup


def test_a_cached_start_reads_the_snapshot_and_answers_as_the_cold_engine(tmp_path: Path) -> None:
    kb_dir = write_synthetic_kb(tmp_path / "kb", meetings=60, seed=7)
    answers, cache = tmp_path / "answers.json", tmp_path / "cache"

    cold = measure_engine(kb_dir, questions=40, naive=5, seed=3, profile_to=None, answers_to=answers)
    first = measure_startup(kb_dir, cache, questions=40, seed=3, answers_from=None)
    later = measure_startup(kb_dir, cache, questions=40, seed=3, answers_from=answers)

    assert cold["answers_repeatable"] and cold["latency"]["count"] == 40
    assert (first["from_snapshot"], later["from_snapshot"]) == (False, True)
    assert later["same_answers_as_cold"], later["different_answers"]
