"""`connect`: the first Bot API call, tried again with doubling waits while the network is down."""

from __future__ import annotations

from typing import Any

import pytest
from telegram.error import InvalidToken, NetworkError, RetryAfter, TelegramError

from bot.errors import BotApiError
from bot.tg.startup import MAX_WAIT_SECONDS, connect

API_URL = "http://127.0.0.1:9/bot"


class FailingApplication:
    """Stands in for the Application: `initialize` raises each of `failures` in turn, then succeeds."""

    def __init__(self, *failures: TelegramError) -> None:
        self.failures = list(failures)
        self.tries = 0

    async def initialize(self) -> None:
        self.tries += 1
        if self.failures:
            raise self.failures.pop(0)


async def _connect(application: FailingApplication) -> tuple[int, list[float]]:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    application_: Any = application
    return await connect(application_, API_URL, sleep=sleep), waits


async def test_waits_double_up_to_the_maximum_while_the_network_is_down(caplog: pytest.LogCaptureFixture) -> None:
    tries, waits = await _connect(FailingApplication(*[NetworkError("httpx.ConnectError")] * 8))
    assert tries == 9
    assert waits == [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, MAX_WAIT_SECONDS, MAX_WAIT_SECONDS]
    assert caplog.text.count(f"cannot reach the Bot API at {API_URL}") == 8
    assert "trying again in 1 s" in caplog.text and "trying again in 2 s" in caplog.text


async def test_a_429_waits_as_long_as_asked_and_the_doubling_goes_on() -> None:
    tries, waits = await _connect(FailingApplication(NetworkError("down"), RetryAfter(30), NetworkError("down")))
    assert (tries, waits) == (4, [1.0, 30.0, 60.0])


async def test_a_refused_token_stops_at_once() -> None:
    application = FailingApplication(InvalidToken("Unauthorized"))
    with pytest.raises(BotApiError, match=f"the Bot API at {API_URL} refused TELEGRAM_BOT_TOKEN"):
        await _connect(application)
    assert application.tries == 1
