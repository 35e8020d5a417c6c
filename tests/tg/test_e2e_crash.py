"""A bot killed with SIGKILL in the middle of a broadcast: after restart every chat has one note."""

from __future__ import annotations

import asyncio
import datetime as dt
import signal
import sqlite3
from collections import Counter
from pathlib import Path

from bot.storage import SubscriptionStore
from tests.fake_bot_api import FakeBotApi
from tests.tg.bot_process import start_cli
from tests.tg.conftest import TOKEN

CHATS = range(1, 101)
KILL_AFTER = 40


def subscribe_all(data_dir: Path) -> None:
    """Every chat's note is due already: 00:00 UTC has passed today, wherever the test runs."""
    with SubscriptionStore.open(data_dir) as store:
        for chat in CHATS:
            store.subscribe(chat, dt.time(0, 0), "UTC", send_empty=True)


def delivered(api: FakeBotApi) -> Counter[int]:
    return Counter(call.chat_id for call in api.sent())


def states(data_dir: Path) -> Counter[str]:
    conn = sqlite3.connect(data_dir / "bot.sqlite3")
    try:
        return Counter(state for (state,) in conn.execute("SELECT state FROM deliveries"))
    finally:
        conn.close()


async def until(condition: object, timeout: float = 60.0) -> None:
    async with asyncio.timeout(timeout):
        while not condition():  # type: ignore[operator]
            await asyncio.sleep(0.05)


async def test_kill_mid_broadcast_loses_and_doubles_no_note(tmp_path: Path, api: FakeBotApi) -> None:
    subscribe_all(tmp_path / "data")
    env = f"TELEGRAM_BOT_TOKEN={TOKEN}\nTELEGRAM_API_BASE_URL={api.base_url}\n"
    api.swallow("sendMessage", after=KILL_AFTER)  # from then on requests are lost in flight
    first = await start_cli(tmp_path, ["run"], env)
    try:
        await api.wait_for(count=KILL_AFTER, timeout=60)
        await until(lambda: len(api.swallowed) >= 3)  # some requests are in flight, more wait their turn
    finally:
        first.kill()
        await first.communicate()
    assert sum(delivered(api).values()) == KILL_AFTER and len(CHATS) - KILL_AFTER >= 50

    api.unswallow("sendMessage")
    second = await start_cli(tmp_path, ["run"], env)
    try:
        await until(lambda: len(delivered(api)) == len(CHATS))
        await until(lambda: states(tmp_path / "data") == Counter(sent=len(CHATS)))
    finally:
        second.send_signal(signal.SIGINT)
        _, stderr = await asyncio.wait_for(second.communicate(), 30)
    assert second.returncode == 0, stderr.decode()
    assert delivered(api) == Counter({chat: 1 for chat in CHATS})
