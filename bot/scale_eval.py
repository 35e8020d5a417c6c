"""`python -m bot eval --scale [--sizes 1000,10000]`: accuracy on synthetic knowledge bases of many meetings.

For each size the seeded synthetic knowledge base (`bot/bench/synthetic.py`, kept under
`.cache/bench/`) is loaded as the bot loads its own, and asked the questions
`bot/bench/scale_questions.py` draws from its records: single and several matches, misspelt
names, names no record holds, where, who, what time and how long. Each answer is scored:

- right: every expected value is in the answer (or it abstained where it must);
- abstained: `answered: false` where an answer was expected;
- wrong: answered, but an expected value is missing, or answered where it must abstain;
- error: the engine raised or answered with its error message (never counted as an abstention).

Prints the figures per category and size and writes every question with its verdict as JSON.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from bot.answers import Answer
from bot.bench.scale_questions import CATEGORIES, SEVERAL_MATCH, ScaleQuestion, scale_questions
from bot.bench.synthetic import ensure_synthetic_kb
from bot.evaluation import EVAL_TODAY, Asker, ask_safely, expand, is_error
from bot.settings import PROJECT_ROOT

Verdict = Literal["right", "abstained", "wrong", "error"]
VERDICTS: tuple[Verdict, ...] = ("right", "abstained", "wrong", "error")
DEFAULT_SIZES = (1000, 10_000)
DEFAULT_PER_CATEGORY = 40


@dataclass(frozen=True)
class Scored:
    """One question, the answer it got and its verdict."""

    question: ScaleQuestion
    answer: Answer
    verdict: Verdict


def score(question: ScaleQuestion, answer: Answer) -> Verdict:
    """The verdict on `answer` to `question` (see the module's docstring)."""
    if is_error(answer):
        return "error"
    if question.abstain:
        return "wrong" if answer.answered else "right"
    if not answer.answered:
        return "abstained"
    found = all(re.search(expand(pattern), answer.text, re.I) for pattern in question.expect)
    return "right" if found else "wrong"


def evaluate_questions(engine: Asker, questions: list[ScaleQuestion]) -> list[Scored]:
    """Ask every question on its own (no conversation) and score the answer."""
    scored = []
    for question in questions:
        answer = ask_safely(engine, question.text, None, EVAL_TODAY)
        scored.append(Scored(question, answer, score(question, answer)))
    return scored


def figures(scored: list[Scored]) -> dict[str, Any]:
    """Counts of each verdict per category and overall, and the several-match questions fully answered."""
    by_category: dict[str, Counter[str]] = {c: Counter() for c in CATEGORIES}
    for item in scored:
        by_category.setdefault(item.question.category, Counter())[item.verdict] += 1
    overall: Counter[str] = sum(by_category.values(), Counter())
    several = [s for s in scored if s.question.category in SEVERAL_MATCH]
    return {
        "categories": {c: _counts(n) for c, n in by_category.items() if n},
        "overall": _counts(overall),
        "several_match": {"questions": len(several), "all_matches": sum(s.verdict == "right" for s in several)},
    }


def _counts(counter: Counter[str]) -> dict[str, int]:
    counts: dict[str, int] = {verdict: counter[verdict] for verdict in VERDICTS}
    counts["total"] = sum(counts.values())
    return counts


def table(size: int, result: dict[str, Any]) -> list[str]:
    """The figures of one size as text lines: a row per category, then overall."""
    lines = [f"{size:,} meetings", f"{'category':<16} {'questions':>9} {'right':>13} {'abstained':>9} "
             f"{'wrong':>6} {'errors':>6}"]
    rows = [*result["categories"].items(), ("overall", result["overall"])]
    for name, counts in rows:
        share = 100 * counts["right"] / max(1, counts["total"])
        lines.append(f"{name:<16} {counts['total']:>9} {counts['right']:>6} {share:>5.1f}% {counts['abstained']:>9} "
                     f"{counts['wrong']:>6} {counts['error']:>6}")
    several = result["several_match"]
    lines.append(f"several-match questions answered with all matches: {several['all_matches']}/{several['questions']}")
    return lines


def failures(scored: list[Scored], limit: int) -> list[str]:
    """Up to `limit` wrong answers and errors per category, with the question and what was expected."""
    lines: list[str] = []
    shown: Counter[str] = Counter()
    for item in scored:
        if item.verdict in ("wrong", "error") and shown[item.question.category] < limit:
            shown[item.question.category] += 1
            want = "abstain" if item.question.abstain else f"expect {list(item.question.expect)}"
            lines.append(f"{item.verdict.upper()} [{item.question.category}] {item.question.text!r}: {want}\n"
                         f"     got: {item.answer.text[:240]!r}")
    return lines


def run_size(size: int, seed: int, per_category: int, cache_dir: Path) -> tuple[dict[str, Any], list[Scored]]:
    """Generate (or reuse) the knowledge base of `size` meetings, load it, ask and score its questions."""
    from bot.engine.snapshot import load_engine

    kb_dir = ensure_synthetic_kb(cache_dir, size, seed)
    engine = load_engine(kb_dir / "knowledge", kb_dir / "seeds", cache_dir=kb_dir / "snapshot")
    questions = scale_questions(engine.kb, per_category, seed)
    started = time.perf_counter()
    scored = evaluate_questions(engine, questions)
    result = figures(scored)
    result["seconds"] = round(time.perf_counter() - started, 2)
    result["questions"] = [_question_json(item) for item in scored]
    return result, scored


def _question_json(item: Scored) -> dict[str, Any]:
    return {"category": item.question.category, "text": item.question.text, "expect": list(item.question.expect),
            "abstain": item.question.abstain, "records": list(item.question.records), "verdict": item.verdict,
            "answered": item.answer.answered, "kind": item.answer.kind, "answer": item.answer.text}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot eval --scale", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="meetings per synthetic knowledge base, comma-separated (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the knowledge bases and the questions")
    parser.add_argument("--per-category", type=int, default=DEFAULT_PER_CATEGORY,
                        help="questions per category and size (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "bench-results" / "scale-eval.json",
                        help="where to write every question and verdict as JSON (default: %(default)s)")
    parser.add_argument("--cache-dir", type=Path, default=PROJECT_ROOT / ".cache" / "bench",
                        help="where generated knowledge bases are kept (default: %(default)s)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print wrong answers and errors")
    return parser


def main(argv: list[str]) -> int:
    """Run the evaluation at every size; 1 when the engine failed on any question."""
    options = _parser().parse_args(argv)
    try:
        sizes = sorted({int(s) for s in options.sizes.split(",") if s.strip()})
    except ValueError:
        print(f"--sizes: want comma-separated whole numbers, got {options.sizes!r}", file=sys.stderr)
        return 2
    results: dict[str, Any] = {}
    errors = 0
    for size in sizes:
        result, scored = run_size(size, options.seed, options.per_category, options.cache_dir)
        results[str(size)] = result
        errors += result["overall"]["error"]
        if options.verbose:
            print("\n".join(failures(scored, limit=10)))
        print("\n".join(table(size, result)) + "\n", flush=True)
    options.out.parent.mkdir(parents=True, exist_ok=True)
    document = {"seed": options.seed, "per_category": options.per_category, "sizes": results}
    options.out.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"JSON written to {options.out}", file=sys.stderr)
    return 1 if errors else 0
