"""Updates handled concurrently across chats and one at a time, in order, within each chat.

`ChatOrderedUpdateProcessor` is a `telegram.ext.BaseUpdateProcessor`, python-telegram-bot's
extension point for concurrent updates, passed with `ApplicationBuilder().concurrent_updates(...)`.
Without it updates are handled one by one, so a user flooding the bot (each reply waiting for that
chat's one message a second) stalls every other user.

- **Order within a chat.** Each update waits for its chat's `asyncio.Lock`. The Application starts
  one task per update in the order the updates arrive, and asyncio wakes a lock's (and a
  semaphore's) waiters first in, first out, so a chat's updates run in arrival order: a follow-up
  question is answered after the question it follows. Updates without a chat (inline queries)
  are ordered per user; anything else runs unordered.
- **Two bounds.** The base class takes one of `max_pending` slots *before* `do_process_update`, so
  an update queued behind its chat's earlier ones holds a slot while it waits; `max_pending` is
  large for that reason (a waiting update costs one idle task). At most `max_running` handlers run
  at once, taken after the chat's turn has come, so a flooder's queue holds one of them at a time.
- **No leak.** A chat's lock is dropped as soon as none of its updates is queued or running.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

#: Updates admitted at once, including those queued behind their chat's earlier updates.
MAX_PENDING = 4096
#: Handlers running at once (the rest wait, each chat's in order).
MAX_RUNNING = 64


class _ChatTurn:
    """One chat's lock and how many of its updates hold or wait for it."""

    __slots__ = ("lock", "users")

    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.users = 0


def order_key(update: object) -> int | None:
    """What an update is ordered by: its chat, else its sender; None for anything else."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return None


class ChatOrderedUpdateProcessor(BaseUpdateProcessor):
    """Runs updates of different chats concurrently and each chat's updates in arrival order."""

    __slots__ = ("_running", "_turns")

    def __init__(self, max_running: int = MAX_RUNNING, max_pending: int = MAX_PENDING) -> None:
        if not 1 <= max_running <= max_pending:
            raise ValueError("want 1 <= max_running <= max_pending")
        super().__init__(max_pending)
        self._running = asyncio.Semaphore(max_running)
        self._turns: dict[int, _ChatTurn] = {}

    @property
    def chats_in_progress(self) -> int:
        """Chats with an update queued or running (each holds one lock)."""
        return len(self._turns)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release: the Application awaits every update task before it shuts down."""

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Wait for the chat's earlier updates and a running slot, then handle `update`."""
        key = order_key(update)
        if key is None:
            await self._run(coroutine)
            return
        turn = self._turns.setdefault(key, _ChatTurn())
        turn.users += 1
        try:
            async with turn.lock:
                await self._run(coroutine)
        except asyncio.CancelledError:
            _discard(coroutine)
            raise
        finally:
            turn.users -= 1
            if not turn.users:
                del self._turns[key]

    async def _run(self, coroutine: Awaitable[Any]) -> None:
        try:
            async with self._running:
                await coroutine
        except asyncio.CancelledError:
            _discard(coroutine)
            raise


def _discard(coroutine: Awaitable[Any]) -> None:
    """Close a handler coroutine cancelled before it started (no "never awaited" warning)."""
    if inspect.iscoroutine(coroutine) and inspect.getcoroutinestate(coroutine) == inspect.CORO_CREATED:
        coroutine.close()
