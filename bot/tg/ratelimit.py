"""Telegram's sending limits: paced overall, per group and per private chat, paused after a 429.

`ChatRateLimiter` is a `telegram.ext.BaseRateLimiter` (python-telegram-bot's extension point for
rate limiting) built on `aiolimiter.AsyncLimiter`, the leaky bucket PTB's own `AIORateLimiter`
uses. It differs from `AIORateLimiter` in two ways, both measured on a 10,000-chat broadcast:

- **No bursts overall.** `AIORateLimiter(overall_max_rate=28)` is a bucket of 28: after any pause
  or stall of the event loop it lets 28 requests go at once. Here the overall bucket holds
  `overall_burst` (1.5), so at `overall_max_rate` 28.5 a second no second ever carries more than
  30 messages, however the loop stalls.
- **A 429 pauses every send, and sends resume paced.** `AIORateLimiter` takes a slot in its
  bucket first and then waits for the pause to end; a pause thus gathers a bucketful of admitted
  requests that all go out in the same millisecond when it ends, which overflows Telegram's limit
  again, and the next 429 starts the next pause (the broadcast ran as 1.1 s silences each followed
  by a burst of 33). Here a request waits out the pause before it takes its slot, and takes a new
  one if a pause began while it waited; a request succeeding elsewhere does not end a pause early.

Limits: `overall_max_rate` a second for requests to a chat (Telegram's ~30), 20 a minute to one
group or channel, `per_chat_rate` a second to one private chat (Telegram's 1). Requests without a
chat (getUpdates, answerCallbackQuery) are not paced, but they too wait out a pause.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]

logger = logging.getLogger(__name__)

#: Added to Telegram's `retry_after`, as `AIORateLimiter` does, so the retry is not a hair early.
RETRY_MARGIN_S = 0.1
#: Idle per-chat and per-group buckets are dropped once there are more than this many.
MAX_IDLE_LIMITERS = 1024


class ChatRateLimiter(BaseRateLimiter[int]):
    """Paces requests under Telegram's limits and retries after `RetryAfter` (429)."""

    def __init__(self, *, overall_max_rate: float = 28.5, overall_burst: float = 1.5,
                 group_max_rate: float = 20, group_time_period: float = 60,
                 per_chat_rate: float = 1.0, max_retries: int = 3) -> None:
        # A bucket of `overall_burst` draining at `overall_max_rate`: at most burst + rate * t
        # requests in any t seconds; a capacity above 1 absorbs timer lateness without a burst.
        self._overall = (AsyncLimiter(overall_burst, overall_burst / overall_max_rate)
                         if overall_max_rate else None)
        self._group_max_rate = group_max_rate
        self._group_time_period = group_time_period
        self._per_chat_rate = per_chat_rate
        self._max_retries = max_retries
        self._group_limiters: dict[int | str, AsyncLimiter] = {}
        self._chat_limiters: dict[int, AsyncLimiter] = {}
        self._paused_until = 0.0

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSONResult:
        """Send when the limits allow; after a 429, pause all sends as long as asked and retry."""
        chat_id = data.get("chat_id")
        max_retries = rate_limit_args or self._max_retries
        for attempt in range(max_retries + 1):
            try:
                if chat_id is None:
                    await self._wait_out_pause()
                else:
                    async with self._chat_limiter(chat_id), self._group_limiter(chat_id):
                        await self._overall_slot()
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                if attempt == max_retries:
                    logger.warning("Rate limit hit %d times in a row (%s); giving up", attempt + 1, endpoint)
                    raise
                pause = _seconds(exc) + RETRY_MARGIN_S
                self._pause(pause)
                logger.info("Rate limit hit (%s); every send paused for %.1f s", endpoint, pause)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def paused_for(self) -> float:
        """Seconds until sends may resume after a 429; 0 when not paused."""
        return max(0.0, self._paused_until - asyncio.get_running_loop().time())

    def _pause(self, seconds: float) -> None:
        now = asyncio.get_running_loop().time()
        self._paused_until = max(self._paused_until, now + seconds)

    async def _wait_out_pause(self) -> None:
        while (wait := self.paused_for()) > 0:
            await asyncio.sleep(wait)

    async def _overall_slot(self) -> None:
        """Wait out any pause, then take a paced slot; again if a pause began meanwhile."""
        while True:
            await self._wait_out_pause()
            if self._overall is not None:
                await self._overall.acquire()
            if not self.paused_for():
                return

    def _group_limiter(self, chat_id: object) -> contextlib.AbstractAsyncContextManager[Any]:
        group = _chat(chat_id)
        if group is not None and group > 0 or not self._group_max_rate:
            return contextlib.nullcontext()
        key: int | str = group if group is not None else str(chat_id)  # "@channel" names too
        if len(self._group_limiters) > MAX_IDLE_LIMITERS:
            self._group_limiters = {k: v for k, v in self._group_limiters.items()
                                    if not v.has_capacity(v.max_rate)}
        if key not in self._group_limiters:
            self._group_limiters[key] = AsyncLimiter(self._group_max_rate, self._group_time_period)
        return self._group_limiters[key]

    def _chat_limiter(self, chat_id: object) -> contextlib.AbstractAsyncContextManager[Any]:
        chat = _chat(chat_id)
        if chat is None or chat <= 0 or not self._per_chat_rate:  # groups and channels: the group limit
            return contextlib.nullcontext()
        if len(self._chat_limiters) > MAX_IDLE_LIMITERS:
            self._chat_limiters = {k: v for k, v in self._chat_limiters.items() if not v.has_capacity(1)}
        if chat not in self._chat_limiters:
            # Capacity one: no bursts, then one request every 1/rate seconds.
            self._chat_limiters[chat] = AsyncLimiter(1, 1 / self._per_chat_rate)
        return self._chat_limiters[chat]


def _chat(chat_id: object) -> int | None:
    """The chat id as a number; None for "@channel" names and anything else that is not one."""
    if not isinstance(chat_id, int | float | str):
        return None
    try:
        return int(chat_id)
    except ValueError:
        return None


def _seconds(exc: RetryAfter) -> float:
    retry_after = exc.retry_after
    return retry_after.total_seconds() if isinstance(retry_after, dt.timedelta) else float(retry_after)
