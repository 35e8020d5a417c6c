"""Fixtures shared by every test package: the engine over the project's own knowledge base."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.knowledge.loader import load_knowledge_base
from bot.settings import PROJECT_ROOT


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine(load_knowledge_base(PROJECT_ROOT / "knowledge", PROJECT_ROOT / "seeds"))
