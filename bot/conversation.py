"""Per-chat conversation memory: the focus of the last answer, kept for a short time only.

`FocusSlot` is one chat's memory; the console keeps one per chat in `ConversationMemory`, the
Telegram layer one per chat in its `chat_data`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from bot.answers import Answer, Focus


@dataclass
class FocusSlot:
    """The focus of a chat's last answer and when it was given."""

    focus: Focus | None = None
    at: float = 0.0

    def remember(self, answer: Answer, now: float) -> None:
        """Keep `answer`'s focus for follow-up questions (an answer without one keeps the old)."""
        if answer.focus is not None:
            self.focus, self.at = answer.focus, now

    def current(self, now: float, ttl_seconds: float) -> Focus | None:
        """The last focus, unless older than `ttl_seconds`."""
        if self.focus is not None and now - self.at <= ttl_seconds:
            return self.focus
        self.focus = None
        return None


class ConversationMemory:
    """What each chat last talked about, forgotten after `ttl_seconds` (0: never remember)."""

    def __init__(self, ttl_seconds: float, clock: Callable[[], float] = time.monotonic,
                 max_chats: int = 10_000) -> None:
        self.ttl = ttl_seconds
        self.clock = clock
        self.max_chats = max_chats
        self._chats: dict[int | str, FocusSlot] = {}

    def focus(self, chat: int | str) -> Focus | None:
        slot = self._chats.get(chat)
        if slot is None:
            return None
        focus = slot.current(self.clock(), self.ttl)
        if focus is None:
            del self._chats[chat]
        return focus

    def remember(self, chat: int | str, answer: Answer) -> None:
        if answer.focus is None or self.ttl <= 0:
            return
        if len(self._chats) >= self.max_chats and chat not in self._chats:
            oldest = min(self._chats, key=lambda c: self._chats[c].at)
            del self._chats[oldest]
        self._chats.setdefault(chat, FocusSlot()).remember(answer, self.clock())
