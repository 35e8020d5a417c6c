"""The benchmark's progress lines: one a stage, figures formatted for people, never raw dicts."""

from __future__ import annotations

import io
from typing import Any

import pytest

from bot.bench.report import Progress, engine_figures, startup_figures, telegram_figures

ENGINE = {"latency": {"p50_ms": 0.291, "p99_ms": 9.12, "max_ms": 9.2}, "load_s": 0.571, "index_s": 0.44,
          "peak_rss_mb": 67.2}
STARTUP = {"start_s": 0.123, "from_snapshot": True, "peak_rss_mb": 66.0, "same_answers_as_cold": True}
UPDATES = {"updates": 200, "answered": 200, "seconds": 0.96, "updates_per_s": 209.2347, "status_429": 0,
           "complete": True}
BROADCAST = {"chats": 300, "messages_expected": 300, "messages_sent": 300, "notes_sent": 300, "seconds": 1.3613,
             "messages_per_s": 220.38, "sustained_per_s": 231.836, "status_429": 0, "complete": True,
             "busiest_second": 241, "note_date": "2025-06-01"}
RESTORE = {"chats": 300, "startup_s": 0.0607, "notes_sent_within_s": 30.0, "notes_sent": 300}


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        (lambda: engine_figures(ENGINE),
         "answers p50 0.29 ms, p99 9.1 ms; load 0.57 s, index 0.44 s; peak RSS 67 MB"),
        (lambda: startup_figures(STARTUP),
         "started in 0.12 s (read the snapshot); peak RSS 66 MB; same answers as cold"),
        (lambda: startup_figures({**STARTUP, "from_snapshot": False, "same_answers_as_cold": None}),
         "started in 0.12 s (built the snapshot); peak RSS 66 MB"),
        (lambda: startup_figures({**STARTUP, "same_answers_as_cold": False}),
         "started in 0.12 s (read the snapshot); peak RSS 66 MB; answers DIFFER from cold"),
        (lambda: telegram_figures("updates_real", UPDATES), "209.2 updates/s (200 of 200 answered), 0 × 429"),
        (lambda: telegram_figures("broadcast_lifted", BROADCAST),
         "300 of 300 notes in 1.4 s, 231.8/s sustained, busiest second 241, 0 × 429"),
        (lambda: telegram_figures("restore_at_start", RESTORE),
         "schedules restored in 0.1 s; 300 of 300 due notes sent within 30 s"),
        (lambda: engine_figures({"error": "worker exited with 1"}), "failed: worker exited with 1"),
        (lambda: telegram_figures("broadcast_real", {"error": "timed out"}), "failed: timed out"),
    ],
    ids=["engine", "cached-start", "first-start", "start-differs", "updates", "broadcast", "restore",
         "engine-error", "telegram-error"],
)
def test_figures_are_one_readable_line(figures: Any, expected: str) -> None:
    assert figures() == expected


def test_progress_numbers_each_stage_and_gives_its_figures_under_it() -> None:
    stream = io.StringIO()
    progress = Progress(2, stream)
    progress.start("first stage")
    progress.finish("3 things")
    progress.start("second stage")
    lines = stream.getvalue().splitlines()
    assert lines[0] == "[1/2] first stage …" and lines[2] == "[2/2] second stage …"
    assert lines[1].startswith("      3 things (") and lines[1].endswith(" s)")
