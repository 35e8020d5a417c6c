"""Engine facade (being implemented): the one entry point every front end calls."""

from __future__ import annotations

import datetime as dt

from bot.answers import Answer, Focus
from bot.knowledge.model import KnowledgeBase

#: Commands offered in Telegram's menu and in /help: (name without slash, description).
COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "What this bot knows and how to ask"),
    ("help", "Commands and example questions"),
    ("meetings", "Meetings by country, person, year, month, place or topic"),
    ("meeting", "One meeting in detail, by id"),
    ("pledges", "What Japan pledged or provided"),
    ("facts", "Background facts"),
    ("who", "Who someone is"),
    ("countries", "Countries covered"),
    ("today", "What happened on today's date"),
    ("onthisdate", "What happened on a date, e.g. 26 January"),
    ("subscribe", "Daily 'on this date' note: /subscribe [HH:MM] [Area/City]"),
    ("unsubscribe", "Stop the daily note"),
    ("settings", "This chat's note settings"),
)


class Engine:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def ask(self, text: str, focus: Focus | None = None, *, today: dt.date | None = None) -> Answer:
        """Answer a command (`/meetings ukraine`) or a free-text question."""
        raise NotImplementedError

    def on_this_date(self, month: int, day: int, *, today: dt.date) -> Answer:
        """Everything that happened on a month and day, with `N years ago` relative to `today`."""
        raise NotImplementedError

    def daily_note(self, today: dt.date) -> Answer | None:
        """The daily note for `today`'s month and day; None when nothing happened on it."""
        raise NotImplementedError

    def inline_results(self, query: str, limit: int = 20) -> tuple[Answer, ...]:
        """Meeting answers matching `query`, for Telegram's inline mode (best first)."""
        raise NotImplementedError
