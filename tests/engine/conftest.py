from __future__ import annotations

import datetime as dt

from bot.answers import Answer, Focus
from bot.engine import Engine

#: Fixed "today" for engine tests (the `engine` fixture is in tests/conftest.py).
TODAY = dt.date(2026, 1, 26)


def last_answer(engine: Engine, *turns: str) -> Answer:
    """The answer to the last of `turns`, each asked in the conversation of the answers before it."""
    focus: Focus | None = None
    answer = None
    for turn in turns:
        answer = engine.ask(turn, focus, today=TODAY)
        focus = answer.focus or focus
    assert answer is not None, "a conversation has at least one turn"
    return answer
