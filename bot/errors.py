"""Exceptions raised by the bot.

    BotError
    ├── KnowledgeBaseError      the YAML knowledge base is missing or invalid (carries every problem)
    ├── SettingsError           an environment variable or `.env` value is unusable
    ├── StorageError            the subscriptions database cannot be opened, migrated or written
    └── BotApiError             the Telegram Bot API refused the bot token
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class BotError(Exception):
    """Base class of every error this project raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the knowledge base, located precisely enough to fix it."""

    file: str
    entry: str
    reason: str
    line: int | None = None  # where the entry starts in the file, when known

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.entry}: {self.reason}"


class KnowledgeBaseError(BotError):
    """The knowledge base cannot be used; `problems` lists every reason found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(self.report())

    def report(self) -> str:
        lines = [f"knowledge base invalid: {len(self.problems)} problem(s)"]
        lines.extend(f"  {problem}" for problem in self.problems)
        return "\n".join(lines)


class SettingsError(BotError):
    """A setting from the environment or `.env` has an unusable value."""


class StorageError(BotError):
    """The subscriptions database could not be opened, migrated or written."""


class BotApiError(BotError):
    """The Telegram Bot API refused to work with the bot (a token it does not know)."""
