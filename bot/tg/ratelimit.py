"""Telegram's sending limits, on top of python-telegram-bot's `AIORateLimiter`.

`AIORateLimiter` enforces the overall limit (30 messages a second) and the group limit (20 a
minute), and retries after `RetryAfter`; it leaves out the limit of one message a second in one
private chat, which this subclass adds.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Coroutine
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.ext import AIORateLimiter

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]


class ChatRateLimiter(AIORateLimiter):
    """`AIORateLimiter` plus at most `per_chat_rate` requests a second to one private chat."""

    def __init__(self, *, per_chat_rate: float = 1.0, max_retries: int = 3, **kwargs: Any) -> None:
        super().__init__(max_retries=max_retries, **kwargs)
        self._per_chat_rate = per_chat_rate
        self._chat_limiters: dict[int, AsyncLimiter] = {}

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSONResult:
        async with self._chat_limiter(data.get("chat_id")):
            return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)

    def _chat_limiter(self, chat_id: object) -> contextlib.AbstractAsyncContextManager[Any]:
        try:
            chat = int(chat_id)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return contextlib.nullcontext()
        if chat <= 0 or not self._per_chat_rate:  # groups and channels: the group limit applies
            return contextlib.nullcontext()
        if len(self._chat_limiters) > 1024:
            self._chat_limiters = {k: v for k, v in self._chat_limiters.items() if not v.has_capacity(1)}
        if chat not in self._chat_limiters:
            # Capacity one: no bursts, then one request every 1/rate seconds.
            self._chat_limiters[chat] = AsyncLimiter(1, 1 / self._per_chat_rate)
        return self._chat_limiters[chat]
