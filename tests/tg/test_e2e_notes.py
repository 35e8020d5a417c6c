"""Daily notes end to end: the job fires by explicit trigger under a hand-set clock."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.storage import SubscriptionStore
from bot.tg import delivery
from bot.tg.notes import job_name, retry_job_name
from tests.fake_bot_api import FakeBotApi
from tests.tg.conftest import ManualClock, ManualMonotonic, RunningBot, make_settings, start_bot, stop_bot

TOKYO = ZoneInfo("Asia/Tokyo")
CHAT = 1


def tokyo(day: int, hour: int, month: int = 1) -> dt.datetime:
    return dt.datetime(2024, month, day, hour, tzinfo=TOKYO)


@pytest.fixture
def engine(real_engine: Any) -> Any:
    return real_engine


async def eventually(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Wait until `condition()` holds (the bot records a reply right after the server sent it)."""
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.02)


def last_sent(store: SubscriptionStore, chat_id: int = CHAT) -> dt.date | None:
    """The day the chat's last note went out; the chat must be subscribed."""
    subscription = store.get(chat_id)
    assert subscription is not None, "the chat is subscribed"
    return subscription.last_sent


async def fire(running: RunningBot, chat_id: int = CHAT) -> None:
    """Run the chat's daily job now, as the scheduler would at its time."""
    [job] = running.application.job_queue.get_jobs_by_name(job_name(chat_id))
    await job.run(running.application)


async def test_subscribe_schedules_at_local_time_and_sends_one_note_a_day(running: RunningBot) -> None:
    await running.say(CHAT, "/subscribe")
    [job] = running.application.job_queue.get_jobs_by_name(job_name(CHAT))
    assert job.next_t.astimezone(TOKYO).time() == dt.time(9, 0)

    running.clock.now = tokyo(26, 9)
    mark = running.api.mark()
    await fire(running)
    await fire(running)
    [note] = running.api.sent(chat_id=CHAT, since=mark)
    assert "26 January" in note.text and "Usmanov" in note.text
    assert last_sent(running.store) == dt.date(2024, 1, 26)

    running.clock.now = tokyo(27, 9)  # nothing happened on 27 January: nothing is sent
    await fire(running)
    assert running.api.sent(chat_id=CHAT, since=mark) == [note]


async def test_chat_that_asked_for_every_day_gets_empty_days_too(running: RunningBot) -> None:
    await running.say(CHAT, "/subscribe always")
    running.clock.now = tokyo(27, 9)
    mark = running.api.mark()
    await fire(running)
    [note] = running.api.sent(chat_id=CHAT, since=mark)
    assert "27 January" in note.text


async def test_note_uses_the_chat_time_zone(running: RunningBot) -> None:
    await running.say(CHAT, "/subscribe 08:00 America/New_York")
    # 25 January 20:00 in New York is already 26 January in Tokyo: the note is New York's 25th.
    running.clock.now = dt.datetime(2024, 1, 25, 20, tzinfo=ZoneInfo("America/New_York"))
    mark = running.api.mark()
    await fire(running)
    assert running.api.sent(chat_id=CHAT, since=mark) == []
    assert last_sent(running.store) is None


async def test_blocked_chat_is_unsubscribed(running: RunningBot) -> None:
    await running.say(CHAT, "/subscribe")
    running.api.fail("sendMessage", 403, chat_id=CHAT)
    running.clock.now = tokyo(26, 9)
    await fire(running)
    assert running.store.get(CHAT) is None
    assert not running.application.job_queue.get_jobs_by_name(job_name(CHAT))


async def test_too_many_requests_is_retried_after_the_time_asked(running: RunningBot) -> None:
    await running.say(CHAT, "/subscribe")
    running.api.fail("sendMessage", 429, retry_after=1, chat_id=CHAT)
    running.clock.now = tokyo(26, 9)
    mark = running.api.mark()
    await fire(running)
    refused, delivered = running.api.sent(chat_id=CHAT, since=mark, ok_only=False)
    assert (refused.status, delivered.status) == (429, 200)
    assert delivered.at - refused.at >= 1.0


async def test_other_errors_are_logged_and_retried_the_next_day(running: RunningBot,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    await running.say(CHAT, "/subscribe always")
    running.api.fail("sendMessage", 400, chat_id=CHAT)
    running.clock.now = tokyo(26, 9)
    mark = running.api.mark()
    await fire(running)
    assert running.api.sent(chat_id=CHAT, since=mark) == []
    assert "next try tomorrow" in caplog.text
    running.clock.now = tokyo(27, 9)
    await fire(running)
    assert len(running.api.sent(chat_id=CHAT, since=mark)) == 1
    assert running.store.get(CHAT) is not None


@pytest.fixture
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Transient errors are tried again after a tenth of a second instead of production's 15 s."""
    monkeypatch.setattr(delivery, "FIRST_RETRY_SECONDS", 0.1)


@pytest.mark.usefixtures("quick_retries")
async def test_server_error_is_retried_the_same_day(running: RunningBot, caplog: pytest.LogCaptureFixture) -> None:
    await running.say(CHAT, "/subscribe")
    running.api.fail("sendMessage", 500, chat_id=CHAT)
    running.clock.now = tokyo(26, 9)
    mark = running.api.mark()
    await fire(running)
    [note] = await running.api.wait_for(chat_id=CHAT, since=mark)
    refused, delivered = running.api.sent(chat_id=CHAT, since=mark, ok_only=False)
    assert (refused.status, delivered.status) == (500, 200) and "Usmanov" in note.text
    assert "trying again" in caplog.text
    await eventually(lambda: last_sent(running.store) == dt.date(2024, 1, 26))
    await fire(running)  # the day's job again: the note is confirmed, nothing more is sent
    assert running.api.sent(chat_id=CHAT, since=mark) == [note]


@pytest.mark.usefixtures("quick_retries")
@pytest.mark.parametrize("read_timeout", [1.0])
async def test_timeout_is_retried_the_same_day(running: RunningBot, caplog: pytest.LogCaptureFixture) -> None:
    await running.say(CHAT, "/subscribe")
    running.api.delay("sendMessage", 2, chat_id=CHAT)  # twice the bot's read timeout
    running.clock.now = tokyo(26, 9)
    mark = running.api.mark()
    await fire(running)
    assert "TimedOut" in caplog.text and "trying again" in caplog.text
    # The retry is answered at once; the slow first request is answered a second later (Telegram may
    # deliver a request whose answer came too late: the documented window of a second note).
    await running.api.wait_for(chat_id=CHAT, since=mark, count=2)
    [reply] = await running.say(CHAT, "/settings")
    assert "Last note: 2024-01-26" in reply.text
    assert running.application.job_queue.get_jobs_by_name(job_name(CHAT))


@pytest.mark.usefixtures("quick_retries")
async def test_repeated_server_errors_wait_longer_each_time(running: RunningBot) -> None:
    await running.say(CHAT, "/subscribe")
    running.api.fail("sendMessage", 502, chat_id=CHAT, times=3)
    running.clock.now = tokyo(26, 9)
    mark = running.api.mark()
    await fire(running)
    await running.api.wait_for(chat_id=CHAT, since=mark, timeout=15)
    tries = running.api.sent(chat_id=CHAT, since=mark, ok_only=False)
    assert [t.status for t in tries] == [502, 502, 502, 200]
    waits = [later.at - earlier.at for earlier, later in zip(tries, tries[1:], strict=False)]
    first = delivery.FIRST_RETRY_SECONDS
    assert waits[0] >= first and waits[1] >= 2 * first and waits[2] >= 4 * first


async def test_transient_error_at_the_end_of_the_day_gives_the_day_up(
        running: RunningBot, caplog: pytest.LogCaptureFixture) -> None:
    await running.say(CHAT, "/subscribe 23:59")
    running.api.fail("sendMessage", 500, chat_id=CHAT)
    running.clock.now = tokyo(26, 23) + dt.timedelta(minutes=59, seconds=55)  # the retry would be on the 27th
    mark = running.api.mark()
    await fire(running)
    assert [c.status for c in running.api.sent(chat_id=CHAT, since=mark, ok_only=False)] == [500]
    assert "next try tomorrow" in caplog.text
    assert not running.application.job_queue.get_jobs_by_name(retry_job_name(CHAT))


async def catch_up_started(applications: list[Any]) -> None:
    """Wait until every catch-up job (due at once at start) has started; stopping waits for running jobs."""
    await eventually(lambda: not any(job.name.startswith("missed-")
                                     for application in applications for job in application.job_queue.jobs()))


async def _notes_after_start(tmp_path: Path, api: FakeBotApi, engine: Any, clock: ManualClock,
                             bots: int = 1) -> list[Any]:
    """Start `bots` bots on one database, let their start-up run, stop them; return notes sent."""
    settings = make_settings(tmp_path, api)
    mark = api.mark()
    stores = [SubscriptionStore.open(settings.data_dir) for _ in range(bots)]
    applications = [await start_bot(settings, engine, store, clock, ManualMonotonic()) for store in stores]
    for application in applications:
        assert application.job_queue.get_jobs_by_name(job_name(CHAT)), "the schedule is restored"
    await catch_up_started(applications)
    for application in applications:
        await stop_bot(application)
    for store in stores:
        store.close()
    return api.sent(chat_id=CHAT, since=mark)


async def test_restart_restores_schedules_and_sends_a_missed_note_once(
        tmp_path: Path, api: FakeBotApi, real_engine: Any) -> None:
    with SubscriptionStore.open(tmp_path / "data") as store:
        store.subscribe(CHAT, dt.time(9, 0), "Asia/Tokyo")
    clock = ManualClock(tokyo(26, 8))
    assert await _notes_after_start(tmp_path, api, real_engine, clock) == [], "not yet 09:00"
    clock.now = tokyo(26, 10)  # the bot was down at 09:00
    [missed] = await _notes_after_start(tmp_path, api, real_engine, clock)
    assert "Usmanov" in missed.text
    assert await _notes_after_start(tmp_path, api, real_engine, clock) == [], "no second note that day"


async def test_two_bots_started_together_send_one_note(tmp_path: Path, api: FakeBotApi, real_engine: Any) -> None:
    with SubscriptionStore.open(tmp_path / "data") as store:
        store.subscribe(CHAT, dt.time(9, 0), "Asia/Tokyo")
    notes = await _notes_after_start(tmp_path, api, real_engine, ManualClock(tokyo(26, 10)), bots=2)
    assert len(notes) == 1


async def test_missed_note_of_an_earlier_day_is_not_sent(tmp_path: Path, api: FakeBotApi, real_engine: Any) -> None:
    with SubscriptionStore.open(tmp_path / "data") as store:
        store.subscribe(CHAT, dt.time(23, 0), "Asia/Tokyo")
    # Down from 26 January 23:00 to 27 January 08:00: the 26th's note is not sent late.
    assert await _notes_after_start(tmp_path, api, real_engine, ManualClock(tokyo(27, 8))) == []


async def test_two_bots_on_one_database_send_each_chat_one_note(
        tmp_path: Path, api: FakeBotApi, real_engine: Any) -> None:
    chats = range(1, 41)
    with SubscriptionStore.open(tmp_path / "data") as store:
        for chat in chats:
            store.subscribe(chat, dt.time(9, 0), "Asia/Tokyo")
    settings = make_settings(tmp_path, api)
    clock = ManualClock(tokyo(26, 10))
    stores = [SubscriptionStore.open(settings.data_dir) for _ in range(2)]
    bots = [await start_bot(settings, real_engine, store, clock, ManualMonotonic()) for store in stores]
    try:
        await api.wait_for(count=len(chats), timeout=20)
        await catch_up_started(bots)
    finally:
        for application in bots:
            await stop_bot(application)
        for store in stores:
            store.close()
    assert sorted(call.chat_id or 0 for call in api.sent()) == list(chats)
