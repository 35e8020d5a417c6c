"""The benchmark command: `python -m bot bench [--sizes 1000,10000,50000] [--out FILE] [--quick]`.

For each size a synthetic knowledge base is generated (once; kept under `.cache/bench/`) and
measured in a fresh process: load + validation, index build, answer latency over a fixed mix of
commands and questions, the same mix against a naive rapidfuzz scan of every alias, peak RSS.
Then, once, the real Telegram Application against the fake Bot API server: updates per second and
the daily broadcast, with Telegram's real limit and with the limiter lifted. Shows a line per
stage on standard error as it goes, then prints a Markdown table and writes every figure as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bot.bench import report
from bot.bench.synthetic import ensure_synthetic_kb
from bot.settings import PROJECT_ROOT

DEFAULT_SIZES = (1000, 10_000, 50_000)
WORKER_TIMEOUT_S = 1800


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="meetings per synthetic knowledge base, comma-separated (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "bench-results" / "bench.json",
                        help="where to write the JSON results (default: bench-results/bench.json)")
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run: 1k meetings, 200 questions, 300 chats")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generator and the question mix")
    parser.add_argument("--questions", type=int, default=1000, help="questions timed per size")
    parser.add_argument("--naive", type=int, default=200, help="of which timed with the naive alias scan too")
    parser.add_argument("--chats", type=int, default=10_000, help="subscribed chats in the broadcast")
    parser.add_argument("--updates", type=int, default=2000, help="updates pushed with the limiter lifted")
    parser.add_argument("--telegram-size", type=int, default=10_000,
                        help="knowledge base size for the Telegram measurements (default: %(default)s)")
    parser.add_argument("--no-telegram", action="store_true", help="skip the Telegram measurements")
    parser.add_argument("--profile", action="store_true",
                        help="also profile each size (cProfile, a separate run) into bench-results/profile-N.txt")
    parser.add_argument("--cache-dir", type=Path, default=PROJECT_ROOT / ".cache" / "bench",
                        help="where generated knowledge bases are kept (default: .cache/bench)")
    return parser


def main(argv: list[str]) -> int:
    options = _parser().parse_args(argv)
    if options.quick:
        options.sizes, options.questions, options.naive = "1000", 200, 50
        options.chats, options.updates, options.telegram_size = 300, 200, 1000
    try:
        sizes = sorted({int(s) for s in options.sizes.split(",") if s.strip()})
    except ValueError:
        print(f"--sizes: want comma-separated whole numbers, got {options.sizes!r}", file=sys.stderr)
        return 2
    progress = report.Progress(len(sizes) * (4 + options.profile) + (0 if options.no_telegram else 2))
    results = {size: _measure_size(size, options, progress) for size in sizes}
    telegram: dict[str, Any] = {"error": "skipped (--no-telegram)"}
    if not options.no_telegram:
        telegram = _measure_telegram(options, progress)
    info = report.machine()
    lines = [report.machine_line(info), "", *report.size_table(results), "", *report.telegram_table(telegram)]
    print("\n".join(lines))
    options.out.parent.mkdir(parents=True, exist_ok=True)
    document = {"machine": info, "seed": options.seed, "sizes": {str(k): v for k, v in results.items()},
                "telegram": telegram, "table": lines}
    options.out.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    print(f"\nJSON written to {options.out}", file=sys.stderr)
    return 0 if all("error" not in r for r in results.values()) else 1


def _measure_size(size: int, options: argparse.Namespace, progress: report.Progress) -> dict[str, Any]:
    """Every engine measurement on a synthetic knowledge base of `size` meetings."""
    kb_dir = _knowledge_base(options.cache_dir, size, options.seed, progress)
    with tempfile.TemporaryDirectory(prefix="bench-start-") as scratch:
        answers = Path(scratch) / "answers.json"
        progress.start(f"answering {options.questions:,} questions on {size:,} meetings "
                       f"({options.naive:,} also by a naive alias scan)")
        result = _worker("engine", kb_dir, options, ["--questions", str(options.questions),
                                                     "--naive", str(options.naive), "--answers", str(answers)])
        progress.finish(report.engine_figures(result))
        result["startup"] = _startup(kb_dir, Path(scratch) / "cache", answers, options, progress)
    if options.profile:
        profile = options.out.parent / f"profile-{size}.txt"
        progress.start(f"profiling {size:,} meetings")
        _worker("engine", kb_dir, options, ["--questions", str(options.questions), "--naive", "1",
                                            "--profile", str(profile)])
        progress.finish(f"written to {profile}")
    return result


def _measure_telegram(options: argparse.Namespace, progress: report.Progress) -> dict[str, Any]:
    """The real Application against the fake Bot API server; the worker prints a line per part."""
    kb_dir = _knowledge_base(options.cache_dir, options.telegram_size, options.seed, progress)
    progress.start(f"Telegram on {options.telegram_size:,} meetings: updates, start-up, broadcast "
                   f"to {options.chats:,} chats")
    result = _worker("telegram", kb_dir, options, ["--chats", str(options.chats), "--updates", str(options.updates)])
    progress.finish(f"failed: {result['error']}" if "error" in result else "done")
    return result


def _knowledge_base(cache_dir: Path, size: int, seed: int, progress: report.Progress) -> Path:
    progress.start(f"synthetic knowledge base of {size:,} meetings")
    kb_dir = ensure_synthetic_kb(cache_dir, size, seed)
    progress.finish(f"ready: {kb_dir}")
    return kb_dir


def _startup(kb_dir: Path, cache: Path, answers: Path, options: argparse.Namespace,
             progress: report.Progress) -> dict[str, Any]:
    """The bot's start-up through the snapshot: a first start (writes it), then a later one (reads it)."""
    extra = ["--cache", str(cache), "--questions", str(options.questions)]
    progress.start("first start-up: builds and writes the snapshot")
    first = _worker("startup", kb_dir, options, extra)
    progress.finish(report.startup_figures(first))
    progress.start("later start-up: reads the snapshot")
    later = _worker("startup", kb_dir, options, [*extra, "--answers", str(answers)]) if answers.is_file() else {
        "error": "no answers from the engine measurement"}
    progress.finish(report.startup_figures(later))
    return {"first": first, "cached": later}


def _worker(what: str, kb_dir: Path, options: argparse.Namespace, extra: list[str]) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter; its JSON result, or {"error": reason}."""
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        out = Path(tmp) / "result.json"
        command = [sys.executable, "-m", "bot.bench.worker", what, "--kb", str(kb_dir), "--out", str(out),
                   "--seed", str(options.seed), *extra]
        # One hash seed for every worker: answers that list equal-ranked records in set order can then be
        # compared between processes (the cold engine's and the snapshot's).
        environment = {**os.environ, "PYTHONHASHSEED": "0"}
        try:
            finished = subprocess.run(command, cwd=PROJECT_ROOT, timeout=WORKER_TIMEOUT_S, check=False,
                                      env=environment)
        except subprocess.TimeoutExpired:
            return {"error": f"timed out after {WORKER_TIMEOUT_S} s"}
        if finished.returncode != 0 or not out.is_file():
            return {"error": f"worker exited with {finished.returncode}"}
        result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        return result


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
