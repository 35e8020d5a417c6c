"""The evaluation at scale: verdicts, figures, and a whole run on a small synthetic knowledge base."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from bot.answers import Answer, Focus
from bot.bench.scale_questions import ScaleQuestion
from bot.scale_eval import Scored, evaluate_questions, figures, main, score, table

WHEN = ScaleQuestion("single-when", "When did A meet B?", ("{date:2023-09-20}",), records=("m1",))
SEVERAL = ScaleQuestion("several-when", "When did A meet C?", ("{date:2020-01-02}", "{date:2021-03-04}"))
NOBODY = ScaleQuestion("unknown-person", "When did Zulokus Muves meet B?", abstain=True)


def _answer(text: str, answered: bool = True, kind: str = "meeting") -> Answer:
    return Answer(kind, answered, text)


@pytest.mark.parametrize(("question", "answer", "verdict"), [
    (WHEN, _answer("They met on 20 September 2023."), "right"),
    (WHEN, _answer("They met on September 20, 2023 in New York."), "right"),
    (WHEN, _answer("They met on 21 September 2023."), "wrong"),
    (WHEN, _answer("The records hold nothing that names both.", answered=False, kind="not_found"), "abstained"),
    (SEVERAL, _answer("2 meetings\n• 2 January 2020\n• 4 March 2021"), "right"),
    (SEVERAL, _answer("They met on 2 January 2020."), "wrong"),
    (NOBODY, _answer("No records about Zulokus Muves", answered=False, kind="not_found"), "right"),
    (NOBODY, _answer("B met A on 20 September 2023."), "wrong"),
    (NOBODY, _answer("Sorry, something went wrong", answered=False, kind="error"), "error"),
    (WHEN, _answer("Sorry, something went wrong", answered=False, kind="error"), "error"),
], ids=["date", "other-rendering", "other-date", "abstained", "all-matches", "one-of-two", "abstains-rightly",
        "answers-the-unknown", "error-not-abstention", "error"])
def test_verdicts(question: ScaleQuestion, answer: Answer, verdict: str) -> None:
    assert score(question, answer) == verdict


class _Engine:
    """Answers from a table; raises on one question and reports a caught error on another."""

    def ask(self, text: str, focus: Focus | None = None, *, today: dt.date | None = None) -> Answer:
        assert focus is None, "each question is asked on its own"
        if "Muves" in text:
            raise KeyError("index")
        if "C?" in text:
            return _answer("Sorry", answered=False, kind="error")
        return _answer("They met on 20 September 2023.")


def test_engine_failures_are_errors_and_figures_count_each_verdict() -> None:
    scored = evaluate_questions(_Engine(), [WHEN, SEVERAL, NOBODY, WHEN])
    assert [s.verdict for s in scored] == ["right", "error", "error", "right"]
    assert "KeyError" in scored[2].answer.text
    result = figures(scored)
    assert result["overall"] == {"right": 2, "abstained": 0, "wrong": 0, "error": 2, "total": 4}
    assert result["categories"]["single-when"]["right"] == 2
    assert result["several_match"] == {"questions": 1, "all_matches": 0}
    lines = table(1000, result)
    assert lines[0] == "1,000 meetings"
    assert any(line.startswith("overall") and line.split()[1:3] == ["4", "2"] for line in lines)
    assert lines[-1] == "several-match questions answered with all matches: 0/1"


def test_several_matches_fully_answered_are_counted() -> None:
    answers = [_answer("• 2 January 2020\n• 4 March 2021"), _answer("4 March 2021")]
    scored = [Scored(SEVERAL, a, score(SEVERAL, a)) for a in answers]
    assert figures(scored)["several_match"] == {"questions": 2, "all_matches": 1}


def test_a_run_on_a_small_knowledge_base_writes_the_same_questions_each_time(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    arguments = ["--sizes", "120", "--per-category", "3", "--seed", "4", "--cache-dir", str(tmp_path / "cache")]
    assert main([*arguments, "--out", str(tmp_path / "first.json")]) == 0
    printed = capsys.readouterr().out
    assert "120 meetings" in printed and "several-match questions answered with all matches:" in printed
    assert main([*arguments, "--out", str(tmp_path / "second.json")]) == 0
    first, second = (json.loads((tmp_path / name).read_text(encoding="utf-8"))
                     for name in ("first.json", "second.json"))
    questions = first["sizes"]["120"]["questions"]
    assert [q["text"] for q in questions] == [q["text"] for q in second["sizes"]["120"]["questions"]]
    assert len(questions) >= 20 and {q["verdict"] for q in questions} <= {"right", "abstained", "wrong"}
    overall = first["sizes"]["120"]["overall"]
    assert overall["total"] == len(questions) and overall["error"] == 0
