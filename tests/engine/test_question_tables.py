"""The project's question tables run as tests: golden questions, paraphrases, typos, follow-up
conversations and out-of-scope questions. `python -m bot eval` prints the same cases per type."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.evaluation import DEFAULT_TABLES, Case, load_cases, run_case

TABLES = sorted(DEFAULT_TABLES.glob("*.yaml"))
CASES = load_cases(TABLES)


@pytest.mark.parametrize("case", CASES, ids=[f"{c.origin}:{c.type}:{c.turns[-1][:40]}" for c in CASES])
def test_question_table_case(engine: Engine, case: Case) -> None:
    outcome = run_case(engine, case)
    assert outcome.passed, (
        f"{' → '.join(case.turns)!r}: answered={outcome.answer.answered}, missing={outcome.missing}\n"
        f"{outcome.answer.text[:400]}"
    )


def test_tables_cover_every_kind_of_question() -> None:
    assert len(CASES) >= 150
    kinds = {path.stem for path in TABLES}
    assert {"golden", "paraphrases", "typos", "followups", "out_of_scope"} <= kinds
    assert sum(c.abstain for c in CASES) >= 50
    assert sum(len(c.turns) > 1 for c in CASES) >= 50
