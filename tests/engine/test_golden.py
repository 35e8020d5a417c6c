"""The golden question table: questions the team considers must-pass, every type and command."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.evaluation import Case, load_cases, run_case
from bot.settings import PROJECT_ROOT

GOLDEN = PROJECT_ROOT / "tests" / "questions" / "golden.yaml"
CASES = load_cases([GOLDEN]) if GOLDEN.exists() else []


@pytest.mark.parametrize("case", CASES, ids=[f"{c.type}:{c.turns[-1][:50]}" for c in CASES])
def test_golden(engine: Engine, case: Case) -> None:
    outcome = run_case(engine, case)
    assert outcome.passed, (
        f"{' → '.join(case.turns)!r}: answered={outcome.answer.answered}, missing={outcome.missing}\n"
        f"{outcome.answer.text[:400]}"
    )


def test_golden_table_is_large_enough() -> None:
    assert len(CASES) >= 60
    assert sum(c.abstain for c in CASES) >= 5
