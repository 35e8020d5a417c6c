"""Per-chat conversation memory: the focus of the last answer, kept for a short time only."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from bot.answers import Answer, Focus


@dataclass(frozen=True)
class Remembered:
    focus: Focus
    at: float


class ConversationMemory:
    """What each chat last talked about, forgotten after `ttl_seconds` (0: never remember)."""

    def __init__(self, ttl_seconds: float, clock: Callable[[], float] = time.monotonic, max_chats: int = 10_000) -> None:
        self.ttl = ttl_seconds
        self.clock = clock
        self.max_chats = max_chats
        self._chats: dict[int | str, Remembered] = {}

    def focus(self, chat: int | str) -> Focus | None:
        remembered = self._chats.get(chat)
        if remembered is None:
            return None
        if self.clock() - remembered.at > self.ttl:
            del self._chats[chat]
            return None
        return remembered.focus

    def remember(self, chat: int | str, answer: Answer) -> None:
        if answer.focus is None or self.ttl <= 0:
            return
        if len(self._chats) >= self.max_chats and chat not in self._chats:
            oldest = min(self._chats, key=lambda c: self._chats[c].at)
            del self._chats[oldest]
        self._chats[chat] = Remembered(answer.focus, self.clock())
