"""Real bot processes on one data directory: killed mid-broadcast, or two at once; one note per chat."""

from __future__ import annotations

import asyncio
import datetime as dt
import signal
import sqlite3
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from bot.storage import SubscriptionStore
from tests.fake_bot_api import FakeBotApi
from tests.tg.bot_process import start_cli
from tests.tg.conftest import TOKEN

CHATS = range(1, 51)
KILL_AFTER = 20


def subscribe_all(data_dir: Path) -> None:
    """Every chat's note is due already: 00:00 UTC has passed today, wherever the test runs."""
    with SubscriptionStore.open(data_dir) as store:
        for chat in CHATS:
            store.subscribe(chat, dt.time(0, 0), "UTC", send_empty=True)


def delivered(api: FakeBotApi) -> Counter[int]:
    return Counter(call.chat_id for call in api.sent() if call.chat_id is not None)


def states(data_dir: Path) -> Counter[str]:
    conn = sqlite3.connect(data_dir / "bot.sqlite3")
    try:
        return Counter(state for (state,) in conn.execute("SELECT state FROM deliveries"))
    finally:
        conn.close()


async def until(condition: Callable[[], bool], describe: Callable[[], str], timeout: float = 60.0) -> None:
    """Wait until `condition()` holds; fail with `describe()` if it does not within `timeout`."""
    try:
        async with asyncio.timeout(timeout):
            while not condition():
                await asyncio.sleep(0.05)
    except TimeoutError:
        raise AssertionError(describe()) from None


def env_file(api: FakeBotApi) -> str:
    return f"TELEGRAM_BOT_TOKEN={TOKEN}\nTELEGRAM_API_BASE_URL={api.base_url}\n"


async def all_notes_confirmed(api: FakeBotApi, data_dir: Path) -> None:
    await until(lambda: len(delivered(api)) == len(CHATS),
                lambda: f"{len(delivered(api))} of {len(CHATS)} chats got their note")
    await until(lambda: states(data_dir) == Counter(sent=len(CHATS)), lambda: f"records: {states(data_dir)}")


async def test_kill_mid_broadcast_loses_and_doubles_no_note(tmp_path: Path, api: FakeBotApi) -> None:
    subscribe_all(tmp_path / "data")
    env = env_file(api)
    api.swallow("sendMessage", after=KILL_AFTER)  # from then on requests are lost in flight
    first = await start_cli(tmp_path, ["run"], env)
    try:
        await api.wait_for(count=KILL_AFTER, timeout=60)
        # Some requests are in flight, more wait their turn in the rate limiter.
        await until(lambda: len(api.swallowed) >= 3, lambda: f"{len(api.swallowed)} requests in flight")
    finally:
        first.kill()
        await first.communicate()
    assert sum(delivered(api).values()) == KILL_AFTER
    queued = len(CHATS) - KILL_AFTER - len(api.swallowed)
    assert queued > 0, "some notes had not left yet when the process was killed"

    api.unswallow("sendMessage")
    second = await start_cli(tmp_path, ["run"], env)
    try:
        await all_notes_confirmed(api, tmp_path / "data")
    finally:
        second.send_signal(signal.SIGINT)
        _, stderr = await asyncio.wait_for(second.communicate(), 30)
    assert second.returncode == 0, stderr.decode()
    assert delivered(api) == Counter({chat: 1 for chat in CHATS})


async def test_two_processes_on_one_data_directory_send_each_note_once(tmp_path: Path, api: FakeBotApi) -> None:
    subscribe_all(tmp_path / "data")
    bots = [await start_cli(tmp_path, ["run"], env_file(api)) for _ in range(2)]
    try:
        await all_notes_confirmed(api, tmp_path / "data")
    finally:
        # A stopping bot finishes the note jobs it has started before it exits: a second note
        # either of them would send has reached the server when both have exited.
        for bot in bots:
            bot.send_signal(signal.SIGINT)
        outputs = [await asyncio.wait_for(bot.communicate(), 30) for bot in bots]
    assert [bot.returncode for bot in bots] == [0, 0], outputs
    assert delivered(api) == Counter({chat: 1 for chat in CHATS})
