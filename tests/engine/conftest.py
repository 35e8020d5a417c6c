from __future__ import annotations

import datetime as dt

import pytest

from bot.engine import Engine
from bot.knowledge.loader import load_knowledge_base
from bot.settings import PROJECT_ROOT

TODAY = dt.date(2026, 1, 26)


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine(load_knowledge_base(PROJECT_ROOT / "knowledge", PROJECT_ROOT / "seeds"))
