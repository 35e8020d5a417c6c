"""The benchmark's table (Markdown, printed and pasted into the README), the machine it ran on, and
the progress lines printed while it runs (one a stage, with that stage's figures)."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any, TextIO

from bot.settings import PROJECT_ROOT

Row = tuple[str, Callable[[dict[str, Any]], str], str]


def machine() -> dict[str, Any]:
    """CPU model, core count, memory, Python and the commit measured."""
    model = "unknown"
    memory_gib = 0.0
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            model = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")), model)
        with open("/proc/meminfo", encoding="utf-8") as meminfo:
            kib = next(int(line.split()[1]) for line in meminfo if line.startswith("MemTotal"))
            memory_gib = kib / 2**20
    except (OSError, StopIteration):
        pass
    try:
        commit = subprocess.run(["git", "-C", str(PROJECT_ROOT), "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True, check=False, timeout=10).stdout.strip()
    except OSError:
        commit = ""
    return {"cpu": model, "cores": os.cpu_count(), "memory_gib": round(memory_gib, 1),
            "python": platform.python_version(), "system": f"{platform.system()} {platform.release()}",
            "commit": commit or "unknown"}


def _size_label(meetings: int) -> str:
    return f"{meetings // 1000}k meetings" if meetings % 1000 == 0 else f"{meetings} meetings"


def _ms(value: float) -> str:
    return f"{value:.1f}" if value >= 1 else f"{value:.2f}"


SIZE_ROWS: tuple[Row, ...] = (
    ("people / places / sources", lambda r: "{people:,} / {places:,} / {sources:,}".format(**r["counts"]), ""),
    ("load + validation (s)", lambda r: f"{r['load_s']:.2f}", ""),
    ("index build (s)", lambda r: f"{r['index_s']:.2f}", ""),
    ("load + validation + indexes, cold: no cache (s)", lambda r: f"{r['load_s'] + r['index_s']:.2f}", "< 2 at 10k"),
    ("start-up, first: builds and writes the snapshot (s)", lambda r: f"{r['startup']['first']['start_s']:.2f}", ""),
    ("start-up, cached: reads the snapshot (s)",
     lambda r: f"{r['startup']['cached']['start_s']:.2f}" + ("" if r["startup"]["cached"]["from_snapshot"]
                                                             else " (NOT from the snapshot)"), "< 2 at 10k"),
    ("answer p50 / p99 / max (ms)",
     lambda r: " / ".join(_ms(r["latency"][k]) for k in ("p50_ms", "p99_ms", "max_ms")),
     "p99 < 10 at 10k, < 30 at 50k"),
    ("naive alias scan p50 / p99 (ms)",
     lambda r: f"{_ms(r['naive']['p50_ms'])} / {_ms(r['naive']['p99_ms'])} ({r['naive']['aliases']:,} aliases)", ""),
    ("naive ÷ engine, p50 / mean", lambda r: f"{r['naive_ratio_p50']:.1f}× / {r['naive_ratio_mean']:.1f}×", ""),
    ("GC pauses while answering (ms)", lambda r: f"{sum(r['gc']['pause_ms_by_generation']):.0f}", ""),
    ("peak RSS, cold / first start / cached start (MB)",
     lambda r: f"{r['peak_rss_mb']:.0f} / {r['startup']['first']['peak_rss_mb']:.0f} / "
               f"{r['startup']['cached']['peak_rss_mb']:.0f}", "< 300 at 10k"),
    ("same answers on a second pass", lambda r: "yes" if r["answers_repeatable"] else "NO", "identical"),
    ("same answers with the snapshot as cold",
     lambda r: "yes" if r["startup"]["cached"]["same_answers_as_cold"] else "NO", "identical"),
)


def size_table(results: dict[int, dict[str, Any]]) -> list[str]:
    sizes = sorted(results)
    lines = ["| measure | " + " | ".join(_size_label(s) for s in sizes) + " | target |",
             "|---|" + "---:|" * len(sizes) + "---|"]
    for label, cell, target in SIZE_ROWS:
        cells = [_cell(cell, results[s]) for s in sizes]
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {target} |")
    return lines


def _cell(cell: Callable[[dict[str, Any]], str], result: dict[str, Any]) -> str:
    if "error" in result:
        return "n/a"
    try:
        return cell(result)
    except (KeyError, TypeError, ZeroDivisionError):
        return "n/a"


def telegram_table(result: dict[str, Any]) -> list[str]:
    if "error" in result:
        return [f"Telegram measurements: n/a ({result['error']})"]
    lines = [f"Telegram, real Application against the fake Bot API server ({_size_label(result['meetings'])}):", "",
             "| measure | real limit (30 msg/s) | limiter lifted | target |", "|---|---:|---:|---|"]
    up_real, up_free = result["updates_real"], result["updates_lifted"]
    lines.append(f"| updates handled per second | {up_real['updates_per_s']:.1f} ({up_real['updates']} updates) | "
                 f"{up_free['updates_per_s']:.1f} ({up_free['updates']} updates) | |")
    real, free = result["broadcast_real"], result["broadcast_lifted"]
    lines.append(f"| daily broadcast to {real['chats']:,} chats: messages/s sustained | "
                 f"{real['sustained_per_s']:.1f} | {free['sustained_per_s']:.1f} | ≥ 28 at the real limit |")
    lines.append(f"| broadcast: 429 responses | {real['status_429']} | {free['status_429']} | 0 |")
    lines.append(f"| broadcast: total time, first to last note (s) | {real['seconds']:.1f} | {free['seconds']:.1f} | |")
    if "busiest_second" in real:
        lines.append(f"| broadcast: most requests reaching the server in one second | {real['busiest_second']} | "
                     f"{free['busiest_second']} | ≤ 30 at the real limit |")
    restore = result.get("restore_at_start")
    if restore:
        lines.append(f"| start-up with {restore['chats']:,} notes due: restoring schedules (s) | | "
                     f"{restore['startup_s']:.1f} | |")
        lines.append(f"| start-up: due notes sent within {restore['notes_sent_within_s']:.0f} s after | | "
                     f"{restore['notes_sent']:,} of {restore['chats']:,} | all |")
    if not (real["complete"] and free["complete"]):
        lines.append("| broadcast complete | " + " | ".join("yes" if r["complete"] else
                                                        f"NO ({r['messages_sent']}/{r['messages_expected']})"
                                                        for r in (real, free)) + " | |")
    return lines


def machine_line(info: dict[str, Any]) -> str:
    return (f"Machine: {info['cpu']}, {info['cores']} cores, {info['memory_gib']} GiB RAM; "
            f"Python {info['python']}, {info['system']}; commit {info['commit']}.")


class Progress:
    """One line on standard error as each stage starts, `[2/7] what …`, and one with its figures."""

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total = total
        self.done = 0
        self._stream = stream
        self._started = time.perf_counter()

    def start(self, what: str) -> None:
        """Say which stage runs now."""
        self.done += 1
        self._started = time.perf_counter()
        self._print(f"[{self.done}/{self.total}] {what} …")

    def finish(self, figures: str) -> None:
        """Give the stage's figures and how long it took."""
        indent = " " * len(f"[{self.total}/{self.total}] ")
        self._print(f"{indent}{figures} ({time.perf_counter() - self._started:.1f} s)")

    def _print(self, line: str) -> None:
        print(line, file=self._stream or sys.stderr, flush=True)


def engine_figures(result: dict[str, Any]) -> str:
    """The engine measurement in one line: latency, load and index time, memory."""
    if "error" in result:
        return f"failed: {result['error']}"
    latency = result["latency"]
    return (f"answers p50 {_ms(latency['p50_ms'])} ms, p99 {_ms(latency['p99_ms'])} ms; "
            f"load {result['load_s']:.2f} s, index {result['index_s']:.2f} s; peak RSS {result['peak_rss_mb']:.0f} MB")


def startup_figures(result: dict[str, Any]) -> str:
    """One start-up through the snapshot in one line."""
    if "error" in result:
        return f"failed: {result['error']}"
    source = "read the snapshot" if result["from_snapshot"] else "built the snapshot"
    same = result.get("same_answers_as_cold")
    check = "" if same is None else ("; same answers as cold" if same else "; answers DIFFER from cold")
    return f"started in {result['start_s']:.2f} s ({source}); peak RSS {result['peak_rss_mb']:.0f} MB{check}"


def telegram_figures(stage: str, result: dict[str, Any]) -> str:
    """One Telegram measurement (`updates_*`, `broadcast_*`, `restore_at_start`) in one line."""
    if "error" in result:
        return f"failed: {result['error']}"
    if stage.startswith("updates"):
        return (f"{result['updates_per_s']:.1f} updates/s ({result['answered']:,} of {result['updates']:,} "
                f"answered), {result['status_429']} × 429")
    if stage.startswith("broadcast"):
        return (f"{result['messages_sent']:,} of {result['messages_expected']:,} notes in {result['seconds']:.1f} s, "
                f"{result['sustained_per_s']:.1f}/s sustained, busiest second {result['busiest_second']}, "
                f"{result['status_429']} × 429")
    return (f"schedules restored in {result['startup_s']:.1f} s; {result['notes_sent']:,} of {result['chats']:,} "
            f"due notes sent within {result['notes_sent_within_s']:.0f} s")
