"""Same input, same answer: the question tables, and questions on a synthetic knowledge base, are
answered identically under two hash seeds.

Each seed runs `python -m bot eval` in its own interpreter (string hashing, and so set order, is
fixed per process), with its data directory and generated files in `tmp_path`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from bot.settings import PROJECT_ROOT

HASH_SEEDS = ("0", "12345")
TIMEOUT_S = 120


def _start(seed: str, tmp_path: Path, arguments: list[str]) -> tuple[subprocess.Popen[bytes], Path]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    out = tmp_path / f"answers-{seed}.json"
    environment = {**os.environ, "PYTHONHASHSEED": seed, "DATA_DIR": str(tmp_path / f"data-{seed}"),
                   "PYTHONPATH": os.pathsep.join(filter(None, (str(PROJECT_ROOT), os.environ.get("PYTHONPATH"))))}
    command = [sys.executable, "-m", "bot", "eval", *arguments, "--out" if "--scale" in arguments else "--answers",
               str(out)]
    # cwd is tmp_path so that no `.env` of the project's folder is read.
    process = subprocess.Popen(command, cwd=tmp_path, env=environment, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    return process, out


def _finished(process: subprocess.Popen[bytes], out: Path) -> Any:
    _, stderr = process.communicate(timeout=TIMEOUT_S)
    if not out.is_file():  # not an AssertionError: the expected failure below must not hide a crash
        raise RuntimeError(f"eval wrote no answers (exit {process.returncode}): {stderr.decode()[-2000:]}")
    return json.loads(out.read_text(encoding="utf-8"))


def _differences(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> list[str]:
    """Each question answered differently: the question and both answers (`answered`, text)."""
    assert len(first) == len(second)
    return [f"{a['question']!r}:\n  seed {HASH_SEEDS[0]}: answered={a['answered']} {a['text'][:300]!r}\n"
            f"  seed {HASH_SEEDS[1]}: answered={b['answered']} {b['text'][:300]!r}"
            for a, b in zip(first, second, strict=True) if (a["answered"], a["text"]) != (b["answered"], b["text"])]


def test_question_tables_answer_the_same_under_two_hash_seeds(tmp_path: Path) -> None:
    started = [_start(seed, tmp_path, []) for seed in HASH_SEEDS]  # both at once: the suite waits for one
    first, second = ([{"question": " → ".join(case["turns"]), "answered": case["answered"], "text": case["text"]}
                      for case in _finished(*run)] for run in started)
    assert len(first) >= 150
    differences = _differences(first, second)
    assert not differences, f"{len(differences)} answers depend on PYTHONHASHSEED:\n" + "\n".join(differences)


def test_questions_at_scale_answer_the_same_under_two_hash_seeds(tmp_path: Path) -> None:
    # Each process generates its own knowledge base: the same seed gives the same files, whatever the hash seed.
    started = [_start(seed, tmp_path / seed, ["--scale", "--sizes", "300", "--per-category", "10",
                                              "--cache-dir", str(tmp_path / seed / "kb")]) for seed in HASH_SEEDS]
    first, second = ([{"question": q["text"], "answered": q["answered"], "text": q["answer"]}
                      for q in _finished(*run)["sizes"]["300"]["questions"]] for run in started)
    assert len(first) >= 100
    assert [q["question"] for q in first] == [q["question"] for q in second]
    differences = _differences(first, second)
    assert not differences, f"{len(differences)} answers depend on PYTHONHASHSEED:\n" + "\n".join(differences)
