"""One benchmark measurement in its own process, so peak memory is that of one knowledge base.

    python -m bot.bench.worker engine --kb DIR --out FILE [--questions N] [--naive N] [--profile FILE] [--answers FILE]
    python -m bot.bench.worker startup --kb DIR --out FILE --cache DIR [--questions N] [--answers FILE]
    python -m bot.bench.worker telegram --kb DIR --out FILE [--chats N] [--updates N]

`run` starts these; the result is one JSON object written to FILE.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import io
import json
import pstats
import resource
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process, utils

from bot.answers import Answer
from bot.bench.questions import question_mix
from bot.engine import Engine
from bot.engine.snapshot import load_indexed
from bot.knowledge.loader import load_knowledge_base
from bot.knowledge.model import KnowledgeBase

#: A fixed "today" so that /today and `N years ago` answers do not change from day to day.
TODAY = dt.date(2025, 6, 1)
WARM_UP = 50


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def current_rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def percentiles(seconds: list[float]) -> dict[str, float]:
    """p50, p90, p99, max and mean in milliseconds."""
    ordered = sorted(seconds)

    def at(share: float) -> float:
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000

    return {"p50_ms": at(0.50), "p90_ms": at(0.90), "p99_ms": at(0.99), "max_ms": ordered[-1] * 1000,
            "mean_ms": statistics.fmean(ordered) * 1000, "count": len(ordered)}


class GcPauses:
    """Total time the cyclic garbage collector stopped the program, by generation."""

    def __init__(self) -> None:
        self.seconds = [0.0, 0.0, 0.0]
        self.counts = [0, 0, 0]
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.seconds[info["generation"]] += time.perf_counter() - self._started
            self.counts[info["generation"]] += 1

    def report(self) -> dict[str, Any]:
        return {"pause_ms_by_generation": [round(s * 1000, 1) for s in self.seconds], "collections": self.counts}


def every_alias(kb: KnowledgeBase) -> list[str]:
    """Every name a question may use: people, countries (and demonyms), places, terms."""
    names: list[str] = []
    for person in kb.people.values():
        names.extend((person.name, person.family_name, *person.aliases))
    for country in kb.countries.values():
        names.extend((country.name, *country.aliases, *country.demonyms))
    for place in kb.places.values():
        names.extend((place.name, *place.aliases))
    for term in kb.terms.values():
        names.extend((term.name, *term.aliases))
    return list(dict.fromkeys(names))


def timed(function: Callable[[str], Any], questions: list[str]) -> tuple[list[float], list[Any]]:
    seconds, results = [], []
    for question in questions:
        start = time.perf_counter()
        results.append(function(question))
        seconds.append(time.perf_counter() - start)
    return seconds, results


def profile_text(profile: cProfile.Profile, limit: int = 30) -> str:
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(limit)
    stats.sort_stats("cumulative").print_stats(limit)
    return out.getvalue()


def measure_engine(kb_dir: Path, questions: int, naive: int, seed: int, profile_to: Path | None,
                   answers_to: Path | None = None) -> dict[str, Any]:
    """Load, index, then time the question mix against the engine and against a naive alias scan.

    Cold: no cache of any kind. `answers_to` receives every answer, for `measure_startup` to compare.
    """
    result: dict[str, Any] = {"kb": str(kb_dir)}
    loading = cProfile.Profile() if profile_to else None
    start = time.perf_counter()
    if loading:
        loading.enable()
    kb = load_knowledge_base(kb_dir / "knowledge", kb_dir / "seeds")
    result["load_s"] = time.perf_counter() - start
    result["rss_after_load_mb"] = current_rss_mb()
    start = time.perf_counter()
    engine = Engine(kb)
    result["index_s"] = time.perf_counter() - start
    if loading:
        loading.disable()
    result["rss_after_index_mb"] = current_rss_mb()
    result["counts"] = {name: len(getattr(kb, name)) for name in
                        ("sources", "countries", "places", "people", "meetings", "facts", "pledges", "terms")}

    mix = question_mix(kb, questions + WARM_UP, seed)
    warm, asked = mix[:WARM_UP], mix[WARM_UP:]
    for question in warm:
        engine.ask(question, today=TODAY)
    pauses = GcPauses()
    gc.callbacks.append(pauses)
    answering = cProfile.Profile() if profile_to else None
    if answering:
        answering.enable()
    seconds, answers = timed(lambda q: engine.ask(q, today=TODAY), asked)
    if answering:
        answering.disable()
    gc.callbacks.remove(pauses)
    result["latency"] = percentiles(seconds)
    result["gc"] = pauses.report()
    result["slowest"] = [{"ms": round(s * 1000, 2), "question": q}
                         for s, q in sorted(zip(seconds, asked, strict=True), reverse=True)[:8]]
    result["answered_share"] = sum(a.answered for a in answers) / len(answers)
    result["answer_kinds"] = dict(Counter(a.kind for a in answers).most_common())
    again = [engine.ask(q, today=TODAY) for q in asked]
    result["answers_repeatable"] = sum(_same(a, b) for a, b in zip(answers, again, strict=True)) == len(answers)

    aliases = every_alias(kb)
    subset = asked[:naive]
    naive_seconds, _ = timed(lambda q: process.extractOne(q, aliases, scorer=fuzz.WRatio,
                                                           processor=utils.default_process), subset)
    result["naive"] = {"aliases": len(aliases), **percentiles(naive_seconds)}
    engine_subset = percentiles(seconds[:naive])
    result["naive_ratio_p50"] = result["naive"]["p50_ms"] / engine_subset["p50_ms"]
    result["naive_ratio_mean"] = result["naive"]["mean_ms"] / engine_subset["mean_ms"]
    result["peak_rss_mb"] = peak_rss_mb()
    if answers_to:  # after the peak is read: the JSON of 1,000 long answers is no part of the bot's memory
        answers_to.write_text(json.dumps([a.to_json() for a in answers], ensure_ascii=False), encoding="utf-8")
    if profile_to and loading and answering:
        profile_to.write_text("== load + index ==\n" + profile_text(loading) +
                              "\n== answering ==\n" + profile_text(answering), encoding="utf-8")
        result["profile"] = str(profile_to)
    return result


def measure_startup(kb_dir: Path, cache_dir: Path, questions: int, seed: int,
                    answers_from: Path | None) -> dict[str, Any]:
    """Start-up as the bot and CLI do it (`snapshot.load_engine` with a cache folder), in this process.

    Run once on an empty `cache_dir` (a first start: build everything, write the snapshot), then in
    a fresh process (a later start: read it). Answers are compared with those of the cold engine.
    """
    start = time.perf_counter()
    loaded = load_indexed(kb_dir / "knowledge", kb_dir / "seeds", cache_dir)
    engine = Engine(loaded.kb, index=loaded.index)
    result: dict[str, Any] = {"start_s": time.perf_counter() - start, "from_snapshot": loaded.from_snapshot,
                              "peak_rss_after_start_mb": peak_rss_mb()}
    asked = question_mix(loaded.kb, questions + WARM_UP, seed)[WARM_UP:]
    answers = [engine.ask(q, today=TODAY) for q in asked]
    result["peak_rss_mb"] = peak_rss_mb()  # start-up and answering, as for the cold engine
    if answers_from:
        expected = json.loads(answers_from.read_text(encoding="utf-8"))
        got = [a.to_json() for a in answers]
        result["same_answers_as_cold"] = got == expected
        result["different_answers"] = [q for q, a, b in zip(asked, got, expected, strict=True) if a != b][:5]
    return result


def _same(a: Answer, b: Answer) -> bool:
    return a.to_json() == b.to_json()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.bench.worker")
    parser.add_argument("what", choices=("engine", "startup", "telegram"))
    parser.add_argument("--kb", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--naive", type=int, default=200)
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--answers", type=Path, help="engine: write every answer here; startup: compare with it")
    parser.add_argument("--cache", type=Path, help="startup: the cache folder of the snapshot")
    parser.add_argument("--chats", type=int, default=10_000)
    parser.add_argument("--updates", type=int, default=2000)
    options = parser.parse_args(argv)
    if options.what == "engine":
        result = measure_engine(options.kb, options.questions, options.naive, options.seed, options.profile,
                                options.answers)
    elif options.what == "startup":
        result = measure_startup(options.kb, options.cache, options.questions, options.seed, options.answers)
    else:
        from bot.bench.telegram import measure_telegram

        result = measure_telegram(options.kb, options.chats, options.updates, options.seed)
    options.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
