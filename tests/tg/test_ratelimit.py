"""The overall pacing of `ChatRateLimiter`: no bursts, also after a stall and after a 429.

Sends are recorded at the event loop's clock, the one the limiter paces by; the assertions bound
how many sends any stretch of time holds (a slow machine only spreads them further apart).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Callable, Coroutine
from typing import Any

import pytest
from telegram.error import RetryAfter

from bot.tg.ratelimit import RETRY_MARGIN_S, ChatRateLimiter

RATE = 100.0
BURST = 1.5
#: The clock moves on between the limiter's admission and the send recording it (on a loaded machine, by
#: up to one send's spacing: a burst of the held-back sends still exceeds the bound by many sends).
SLACK_S = 1 / RATE


def limiter(**kwargs: Any) -> ChatRateLimiter:
    return ChatRateLimiter(overall_max_rate=RATE, overall_burst=BURST, per_chat_rate=0, **kwargs)


def densest_excess(times: list[float]) -> float:
    """How far the busiest stretch of `times` exceeds `BURST + RATE * its length` (<= 0: never)."""
    times = sorted(times)
    return max(j - i + 1 - BURST - RATE * (times[j] - times[i] + SLACK_S)
               for i in range(len(times)) for j in range(i, len(times)))


class FakeTelegram:
    """Records when each chat's send started; can stall the loop or refuse one send with a 429."""

    def __init__(self, *, stall_at: int | None = None, refuse_chat: int | None = None,
                 retry_after: float = 0.3, slow_chat: int | None = None) -> None:
        self.sent: list[tuple[int, float, int]] = []
        self.stall_at, self.refuse_chat = stall_at, refuse_chat
        self.retry_after, self.slow_chat = retry_after, slow_chat

    def request(self, chat_id: int) -> Callable[[], Coroutine[Any, Any, bool]]:
        async def send() -> bool:
            status = 429 if chat_id == self.refuse_chat and not self.sent_to(chat_id) else 200
            self.sent.append((chat_id, asyncio.get_running_loop().time(), status))
            if len(self.sent) == self.stall_at:
                time.sleep(0.3)  # noqa: ASYNC251  # the whole event loop stalls, as in a long GC
            if status == 429:
                raise RetryAfter(dt.timedelta(seconds=self.retry_after))
            if chat_id == self.slow_chat:
                await asyncio.sleep(0.1)
            return True
        return send

    def sent_to(self, chat_id: int) -> list[float]:
        return [at for chat, at, _ in self.sent if chat == chat_id]


async def send_all(rate_limiter: ChatRateLimiter, telegram: FakeTelegram, chats: list[int]) -> None:
    async def one(chat_id: int) -> Any:
        return await rate_limiter.process_request(telegram.request(chat_id), (), {}, "sendMessage",
                                                  {"chat_id": chat_id}, None)
    await asyncio.gather(*(one(chat) for chat in chats))


@pytest.mark.parametrize("stall_at", [None, 5], ids=["steady", "after a stall of the loop"])
async def test_no_stretch_of_time_holds_more_than_burst_plus_rate(stall_at: int | None) -> None:
    telegram = FakeTelegram(stall_at=stall_at)
    await send_all(limiter(), telegram, list(range(1, 31)))
    assert len(telegram.sent) == 30
    assert densest_excess([at for _, at, _ in telegram.sent]) <= 0


async def test_a_429_pauses_every_send_and_sending_resumes_paced() -> None:
    telegram = FakeTelegram(refuse_chat=2, slow_chat=1)
    await send_all(limiter(), telegram, list(range(1, 26)))
    refused = next(at for _, at, status in telegram.sent if status == 429)
    resumed = [at for chat, at, status in telegram.sent if status == 200 and chat != 1]
    assert len(telegram.sent_to(2)) == 2, "the refused send is retried"
    # Chat 1's slow send finishes during the pause; that must not end the pause early.
    assert min(resumed) >= refused + telegram.retry_after + RETRY_MARGIN_S
    assert densest_excess(resumed) <= 0, "the sends held back by the pause do not go out at once"


async def test_gives_up_after_the_retries_allowed() -> None:
    telegram = FakeTelegram(refuse_chat=7, retry_after=0.01)
    telegram.sent_to = lambda chat_id: []  # type: ignore[method-assign]  # refuse every time
    with pytest.raises(RetryAfter):
        await send_all(limiter(max_retries=2), telegram, [7])
    assert len(telegram.sent) == 3


async def test_a_request_without_a_chat_is_retried_after_the_pause() -> None:
    loop = asyncio.get_running_loop()
    calls: list[float] = []

    async def answer_callback_query() -> bool:
        calls.append(loop.time())
        if len(calls) == 1:
            raise RetryAfter(dt.timedelta(seconds=0.2))
        return True

    assert await limiter().process_request(answer_callback_query, (), {}, "answerCallbackQuery", {}, None)
    assert calls[1] - calls[0] >= 0.2 + RETRY_MARGIN_S
