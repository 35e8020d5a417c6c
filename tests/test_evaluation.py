"""The evaluation command: tables, date macros, per-type report, threshold sweeps."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from bot.answers import Answer, Focus
from bot.engine import Engine, thresholds
from bot.evaluation import evaluate, expand, load_cases, main, report, sweep


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [("{date:2023-09-20}", "on 20 September 2023", True), ("{date:2023-09-20}", "September 20, 2023", True),
     ("{date:2023-09-20}", "2023-09-20", True), ("{date:2023-09-20}", "21 September 2023", False),
     ("{md:09-21}", "on September 21, 7:05", True), ("{md:09-21}", "22 September", False)],
)
def test_date_macros(pattern: str, text: str, matches: bool) -> None:
    assert bool(re.search(expand(pattern), text, re.I)) is matches


def _table(tmp_path: Path) -> Path:
    path = tmp_path / "t.yaml"
    path.write_text(
        "cases:\n"
        "  - {q: 'When did Kamikawa meet Kuleba?', type: when, expect: ['{date:2023-09-20}']}\n"
        "  - {q: 'Who is Joe Biden?', type: abstain, abstain: true}\n"
        "  - turns: ['When did Kamikawa meet Kuleba?', 'and how long was it?']\n"
        "    type: duration\n"
        "    expect: ['25 min']\n"
        "  - {q: 'When did Kamikawa meet Kuleba?', type: when, expect: ['1999']}\n",
        encoding="utf-8",
    )
    return path


def test_cases_scored_per_type(engine: Engine, tmp_path: Path) -> None:
    path = _table(tmp_path)
    cases = load_cases([path])
    assert [c.type for c in cases] == ["when", "abstain", "duration", "when"]
    assert cases[2].turns == ("When did Kamikawa meet Kuleba?", "and how long was it?")
    outcomes = evaluate(engine, [path])
    assert [o.passed for o in outcomes] == [True, True, True, False]
    text = report(outcomes, verbose=True)
    assert "FAIL [when]" in text and "1999" in text
    assert re.search(r"when\s+1/2\s+50\.0%", text)
    assert "overall 3/4 = 75.0%" in text
    assert "errors: 0" in text


def test_sweep_restores_the_threshold(engine: Engine, tmp_path: Path) -> None:
    before = thresholds.MIN_COVERAGE
    text = sweep(engine, [_table(tmp_path)], [0.3, 0.9])
    assert before == thresholds.MIN_COVERAGE
    assert "0.30" in text and "0.90" in text


class _FailingEngine:
    """An engine that raises on one message and reports its own caught error on another."""

    def ask(self, text: str, focus: Focus | None = None, *, today: dt.date | None = None) -> Answer:
        if "raise" in text:
            raise RuntimeError("index out of step")
        if "caught" in text:
            return Answer("error", False, "Sorry, something went wrong with that question", confidence=0.0)
        return Answer("not_found", False, "The records hold nothing about that")


def _abstain_table(tmp_path: Path) -> Path:
    path = tmp_path / "abstain.yaml"
    path.write_text(
        "cases:\n"
        "  - {q: 'please raise', type: abstain, abstain: true}\n"
        "  - {q: 'caught inside', type: abstain, abstain: true}\n"
        "  - turns: ['please raise', 'and then?']\n"
        "    type: abstain\n"
        "    abstain: true\n"
        "  - {q: 'an honest miss', type: abstain, abstain: true}\n",
        encoding="utf-8",
    )
    return path


def test_an_engine_failure_is_never_a_correct_abstention(tmp_path: Path) -> None:
    outcomes = evaluate(_FailingEngine(), [_abstain_table(tmp_path)])
    assert [o.passed for o in outcomes] == [False, False, False, True]
    assert [o.error for o in outcomes] == [True, True, True, False]
    assert "RuntimeError" in outcomes[0].answer.text
    text = report(outcomes, verbose=True)
    assert "errors: 3" in text
    assert "overall 1/4 = 25.0%" in text
    assert "of 1 abstentions" in text and "recall 25.0%" in text
    assert text.count("ERROR [abstain]") == 3


def test_eval_exits_with_failure_and_writes_answers_when_the_engine_fails(tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "out" / "answers.json"
    assert main(_FailingEngine(), [str(_abstain_table(tmp_path))], answers_to=answers) == 1
    assert "errors: 3" in capsys.readouterr().out
    written = json.loads(answers.read_text(encoding="utf-8"))
    assert [a["kind"] for a in written] == ["error", "error", "error", "not_found"]
    assert written[2]["turns"] == ["please raise", "and then?"]
