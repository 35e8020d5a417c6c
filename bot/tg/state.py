"""Typed per-chat state, registered with `ContextTypes` as `chat_data`.

It holds what a follow-up question or a button press needs: the focus of the last answer (for
"and where was it?"), valid for a limited time, and the last few list answers that have buttons.
It lives in memory only; after a restart old buttons are answered as expired.
"""

from __future__ import annotations

import secrets
from collections import OrderedDict

from bot.answers import Answer, Focus
from bot.conversation import FocusSlot

#: List answers kept per chat for their buttons; older ones expire.
LISTS_KEPT = 20


class ChatState:
    def __init__(self) -> None:
        self.conversation = FocusSlot()
        self.lists: OrderedDict[str, Answer] = OrderedDict()

    def remember(self, answer: Answer, now: float) -> None:
        """Keep `answer`'s focus for follow-up questions (an answer without one keeps the old)."""
        self.conversation.remember(answer, now)

    def current_focus(self, now: float, ttl_seconds: float) -> Focus | None:
        """The last focus, unless older than `ttl_seconds`."""
        return self.conversation.current(now, ttl_seconds)

    def keep_list(self, answer: Answer) -> str:
        """Keep a list answer for its buttons; return the id its callback data names."""
        list_id = secrets.token_hex(4)
        self.lists[list_id] = answer
        while len(self.lists) > LISTS_KEPT:
            self.lists.popitem(last=False)
        return list_id

    def list(self, list_id: str) -> Answer | None:
        return self.lists.get(list_id)
