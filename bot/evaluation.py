"""`python -m bot eval`: accuracy of the engine on the project's question tables, per question type,
with abstention precision and recall, so any change shows what it gained or broke.

A table is YAML: `cases:` each with `q` (one question) or `turns` (a conversation whose last turn is
scored), a `type`, and either `expect` (regexes that must all match the answer text) or
`abstain: true` (the engine must answer `answered: false`). Macros: `{date:YYYY-MM-DD}` matches any
common rendering of that date, `{md:MM-DD}` a month and day.

A crash is not an abstention: an answer of kind `error` (the engine caught an exception) or an
exception out of `ask` fails the case, whatever it expected, and is counted apart as an error.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import yaml

from bot.answers import Answer, Focus
from bot.settings import PROJECT_ROOT

DEFAULT_TABLES = PROJECT_ROOT / "tests" / "questions"
#: Fixed "today" for evaluation, so `/today` and "N years ago" do not change from day to day.
EVAL_TODAY = dt.date(2026, 1, 26)
#: The kind of answer the engine gives when it caught an exception of its own.
ERROR_KIND = "error"


class Asker(Protocol):
    """What the evaluation needs of an engine: one answer per message, with the focus of the last."""

    def ask(self, text: str, focus: Focus | None = None, *, today: dt.date | None = None) -> Answer: ...


@dataclass(frozen=True)
class Case:
    turns: tuple[str, ...]
    type: str
    expect: tuple[str, ...]
    abstain: bool
    origin: str


@dataclass(frozen=True)
class Outcome:
    case: Case
    answer: Answer
    passed: bool
    missing: tuple[str, ...]

    @property
    def error(self) -> bool:
        """The engine failed (raised, or answered with its error message): never a correct abstention."""
        return is_error(self.answer)


def is_error(answer: Answer) -> bool:
    """Whether `answer` reports a failure of the engine rather than an answer or an abstention."""
    return answer.kind == ERROR_KIND


def ask_safely(engine: Asker, text: str, focus: Focus | None, today: dt.date) -> Answer:
    """The engine's answer; an exception becomes an answer of kind `error` naming it."""
    try:
        return engine.ask(text, focus, today=today)
    except Exception as exc:  # noqa: BLE001 - a crash is scored as a failure, and the run goes on
        return Answer(ERROR_KIND, False, f"the engine raised {type(exc).__name__}: {exc}", confidence=0.0)


def _month(m: int) -> str:
    return f"(?:{calendar.month_name[m]}|{calendar.month_abbr[m]}\\.?)"


def expand(pattern: str) -> str:
    """Replace the date macros by regexes accepting every common rendering."""
    def date(mo: re.Match[str]) -> str:
        y, m, d = (int(x) for x in mo.group(1).split("-"))
        mon = _month(m)
        return (f"(?:{mo.group(1)}|{mon} 0?{d}(?:st|nd|rd|th)?,? {y}|\\b0?{d}(?:st|nd|rd|th)? (?:of )?{mon},? {y})")

    def md(mo: re.Match[str]) -> str:
        m, d = int(mo.group(1)), int(mo.group(2))
        mon = _month(m)
        return f"(?:{mon} 0?{d}(?:st|nd|rd|th)?\\b|\\b0?{d}(?:st|nd|rd|th)? (?:of )?{mon}|-{m:02d}-{d:02d}\\b)"

    pattern = re.sub(r"\{date:(\d{4}-\d{2}-\d{2})\}", date, pattern)
    return re.sub(r"\{md:(\d{2})-(\d{2})\}", md, pattern)


def load_cases(paths: Iterable[Path]) -> list[Case]:
    """Every case of the tables at `paths`, in file order; `origin` is `file.yaml#N`."""
    cases = []
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for n, raw in enumerate(data.get("cases", [])):
            turns = tuple(raw["turns"]) if "turns" in raw else (str(raw["q"]),)
            abstain = bool(raw.get("abstain", False))
            cases.append(Case(turns, str(raw.get("type", "abstain" if abstain else "other")),
                              tuple(str(e) for e in raw.get("expect", [])), abstain, f"{path.name}#{n}"))
    return cases


def run_case(engine: Asker, case: Case) -> Outcome:
    """Ask the case's turns in order, each with the previous answer's focus; score the last answer."""
    focus = None
    answer = None
    for turn in case.turns:
        answer = ask_safely(engine, turn, focus, EVAL_TODAY)
        if is_error(answer):
            return Outcome(case, answer, False, ())
        focus = answer.focus or focus
    assert answer is not None
    if case.abstain:
        return Outcome(case, answer, not answer.answered, ())
    text = answer.text if answer.answered else ""
    missing = tuple(p for p in case.expect if not re.search(expand(p), text, re.I))
    return Outcome(case, answer, answer.answered and not missing, missing)


def evaluate(engine: Asker, paths: Iterable[Path]) -> list[Outcome]:
    """The outcome of every case in the tables at `paths`."""
    return [run_case(engine, case) for case in load_cases(paths)]


def report(outcomes: list[Outcome], verbose: bool = False) -> str:
    """Accuracy per type, abstention precision and recall, errors and the overall score, as text."""
    by_type: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_type[outcome.case.type].append(outcome)
    lines = []
    if verbose:
        for o in outcomes:
            if o.error:
                lines.append(f"ERROR [{o.case.type}] {' → '.join(o.case.turns)!r} ({o.case.origin}): "
                             f"{o.answer.text[:240]!r}")
            elif not o.passed:
                want = "answered=false" if o.case.abstain else f"missing {list(o.missing)}"
                lines.append(f"FAIL [{o.case.type}] {' → '.join(o.case.turns)!r} ({o.case.origin}): {want}\n"
                             f"     got answered={o.answer.answered}: {o.answer.text[:240]!r}")
        lines.append("")
    lines.append(f"{'type':<12} {'passed':>8} {'accuracy':>9}")
    for kind in sorted(by_type):
        group = by_type[kind]
        ok = sum(o.passed for o in group)
        lines.append(f"{kind:<12} {ok:>4}/{len(group):<3} {100 * ok / len(group):>8.1f}%")
    abstained = [o for o in outcomes if _abstained(o)]
    should = [o for o in outcomes if o.case.abstain]
    precision = sum(o.case.abstain for o in abstained) / len(abstained) if abstained else 1.0
    recall = sum(_abstained(o) for o in should) / len(should) if should else 1.0
    total = sum(o.passed for o in outcomes)
    lines.append(f"abstention precision {100 * precision:.1f}% (of {len(abstained)} abstentions), "
                 f"recall {100 * recall:.1f}% (of {len(should)} out-of-scope)")
    lines.append(f"errors: {sum(o.error for o in outcomes)}")
    lines.append(f"overall {total}/{len(outcomes)} = {100 * total / max(1, len(outcomes)):.1f}%")
    return "\n".join(lines)


def _abstained(outcome: Outcome) -> bool:
    """An honest abstention: `answered: false` that is not an error."""
    return not outcome.answer.answered and not outcome.error


def answers_json(outcomes: list[Outcome]) -> list[dict[str, Any]]:
    """Every case's question and the answer it got, for comparing two runs (e.g. two hash seeds)."""
    return [{"origin": o.case.origin, "turns": list(o.case.turns), "answered": o.answer.answered,
             "kind": o.answer.kind, "text": o.answer.text, "passed": o.passed} for o in outcomes]


def sweep(engine: Asker, paths: list[Path], thresholds: Iterable[float], name: str = "MIN_COVERAGE") -> str:
    """Accuracy and abstention figures for each value of one of the answerer's thresholds
    (`MIN_COVERAGE`, below which it abstains, or `YES_COVERAGE`, below which it will not say yes)."""
    from bot.engine import thresholds as limits

    saved = getattr(limits, name)
    lines = [name, f"{'value':>9} {'overall':>8} {'answerable':>11} {'abstain P':>10} {'abstain R':>10}"]
    try:
        for threshold in thresholds:
            setattr(limits, name, threshold)
            outcomes = evaluate(engine, paths)
            answerable = [o for o in outcomes if not o.case.abstain]
            abstained = [o for o in outcomes if _abstained(o)]
            should = [o for o in outcomes if o.case.abstain]
            precision = sum(o.case.abstain for o in abstained) / max(1, len(abstained))
            recall = sum(_abstained(o) for o in should) / max(1, len(should))
            lines.append(f"{threshold:>9.2f} {100 * sum(o.passed for o in outcomes) / len(outcomes):>7.1f}% "
                         f"{100 * sum(o.passed for o in answerable) / max(1, len(answerable)):>10.1f}% "
                         f"{100 * precision:>9.1f}% {100 * recall:>9.1f}%")
    finally:
        setattr(limits, name, saved)
    return "\n".join(lines)


def main(engine: Asker, tables: list[str], *, verbose: bool = False, sweep_thresholds: bool = False,
         answers_to: Path | None = None) -> int:
    """`python -m bot eval`: print the report (or the sweeps); 1 when the engine failed on any case."""
    paths = [Path(t) for t in tables] or sorted(DEFAULT_TABLES.glob("*.yaml"))
    if not paths:
        print(f"no question tables found in {DEFAULT_TABLES}")
        return 2
    if sweep_thresholds:
        print(sweep(engine, paths, [0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60, 0.65, 0.70]))
        print()
        print(sweep(engine, paths, [0.40, 0.50, 0.60, 0.70, 0.80, 0.90], name="YES_COVERAGE"))
        return 0
    outcomes = evaluate(engine, paths)
    print(report(outcomes, verbose))
    if answers_to is not None:
        answers_to.parent.mkdir(parents=True, exist_ok=True)
        answers_to.write_text(json.dumps(answers_json(outcomes), ensure_ascii=False, indent=1) + "\n",
                              encoding="utf-8")
    return 1 if any(o.error for o in outcomes) else 0
