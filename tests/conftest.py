"""Fixtures shared by every test package: the engine over the project's own knowledge base, and
a temporary data directory for every test."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from bot.knowledge.loader import load_knowledge_base
from bot.settings import PROJECT_ROOT


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine(load_knowledge_base(PROJECT_ROOT / "knowledge", PROJECT_ROOT / "seeds"))


@pytest.fixture(autouse=True)
def temporary_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """DATA_DIR in a temporary directory, for settings read here and for every subprocess started.

    Without it a test that runs `python -m bot` in the project folder writes the subscriptions and
    the knowledge base caches into the project's own `data/`.
    """
    data_dir = tmp_path / "data-dir"
    monkeypatch.setenv("DATA_DIR", str(data_dir))
    return data_dir
