"""Same input, same answer: every question table gives identical answers under two hash seeds.

Each seed runs `python -m bot eval --answers FILE` in its own interpreter (string hashing, and so
set and dict-of-set order, is fixed per process), with its data directory in `tmp_path`.
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


def _start(seed: str, tmp_path: Path) -> tuple[subprocess.Popen[bytes], Path]:
    out = tmp_path / f"answers-{seed}.json"
    environment = {**os.environ, "PYTHONHASHSEED": seed, "DATA_DIR": str(tmp_path / f"data-{seed}"),
                   "PYTHONPATH": os.pathsep.join(filter(None, (str(PROJECT_ROOT), os.environ.get("PYTHONPATH"))))}
    # cwd is tmp_path so that no `.env` of the project's folder is read.
    process = subprocess.Popen([sys.executable, "-m", "bot", "eval", "--answers", str(out)], cwd=tmp_path,
                               env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return process, out


def _answers(process: subprocess.Popen[bytes], out: Path) -> list[dict[str, Any]]:
    _, stderr = process.communicate(timeout=TIMEOUT_S)
    assert out.is_file(), f"eval wrote no answers (exit {process.returncode}): {stderr.decode()[-2000:]}"
    answers: list[dict[str, Any]] = json.loads(out.read_text(encoding="utf-8"))
    return answers


def test_question_tables_answer_the_same_under_two_hash_seeds(tmp_path: Path) -> None:
    started = [_start(seed, tmp_path) for seed in HASH_SEEDS]  # both at once: the suite waits for one
    first, second = (_answers(*run) for run in started)
    assert len(first) == len(second) >= 150
    differences = [f"{a['origin']} {' → '.join(a['turns'])!r}:\n  seed {HASH_SEEDS[0]}: answered={a['answered']} "
                   f"{a['text'][:300]!r}\n  seed {HASH_SEEDS[1]}: answered={b['answered']} {b['text'][:300]!r}"
                   for a, b in zip(first, second, strict=True)
                   if (a["answered"], a["text"]) != (b["answered"], b["text"])]
    assert not differences, f"{len(differences)} answers depend on PYTHONHASHSEED:\n" + "\n".join(differences)
