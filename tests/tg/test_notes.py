"""Daily notes: late jobs on a real JobQueue still run; notes due together are sent a few at a time."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest
from telegram.error import NetworkError
from telegram.ext import ApplicationBuilder

from bot.storage import ProcessIdentity, SubscriptionStore
from bot.storage.subscriptions import Subscription
from bot.tg import notes as notes_module
from bot.tg.delivery import ClaimingRequest, NotClaimed, before_send, claiming
from bot.tg.notes import DailyNotes
from tests.tg.fake_engine import FakeEngine


async def test_jobs_reached_late_by_a_busy_scheduler_still_run(tmp_path: Path) -> None:
    application = ApplicationBuilder().token("123:fake").build()
    notes = DailyNotes(FakeEngine(), SubscriptionStore.open(tmp_path))  # type: ignore[arg-type]
    assert application.job_queue is not None
    await application.job_queue.start()
    try:
        notes.schedule(application.job_queue, Subscription(1, dt.time(9, 0), "Asia/Tokyo"))
        (job,) = application.job_queue.get_jobs_by_name("daily-note:1") or application.job_queue.jobs()
        # With thousands of chats at 09:00 the scheduler reaches some jobs seconds late; APScheduler's
        # default grace of one second would silently skip them.
        assert job.job.misfire_grace_time is not None and job.job.misfire_grace_time >= 3600
    finally:
        await application.job_queue.stop(wait=False)


class SlowBot:
    """Records how many messages are being sent at once; claims each note as the HTTP client does."""

    def __init__(self) -> None:
        self.in_flight = self.most_in_flight = 0
        self.sent: list[int] = []

    async def send_message(self, chat_id: int, text: str) -> None:
        before_send("sendMessage")
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        self.in_flight -= 1
        self.sent.append(chat_id)


async def test_notes_due_together_are_sent_a_bounded_number_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(notes_module, "MAX_CONCURRENT_SENDS", 3)
    store = SubscriptionStore.open(tmp_path)
    for chat_id in range(1, 41):
        store.subscribe(chat_id, dt.time(9, 0), "Asia/Tokyo")
    clock = lambda: dt.datetime(2023, 9, 9, 3, 0, tzinfo=dt.UTC)  # noqa: E731 - 12:00 in Tokyo
    notes = DailyNotes(FakeEngine(), store, clock)  # type: ignore[arg-type]
    bot = SlowBot()

    sent = await asyncio.gather(*(notes.send(bot, None, chat_id) for chat_id in range(1, 41)))  # type: ignore[arg-type]

    assert all(sent) and sorted(bot.sent) == list(range(1, 41))
    assert bot.most_in_flight == 3
    assert {s.last_sent for s in store.all()} == {dt.date(2023, 9, 9)}


async def test_the_http_client_claims_a_message_right_before_it_leaves() -> None:
    calls: list[str] = []

    def refuse() -> None:
        calls.append("claim")
        raise NotClaimed("taken")

    request = ClaimingRequest()
    try:
        with claiming(refuse):
            with pytest.raises(NotClaimed):
                await request.do_request("http://127.0.0.1:9/bot123:x/sendMessage", "POST")
            with pytest.raises(NetworkError):  # left unclaimed, and found nobody listening on port 9
                await request.do_request("http://127.0.0.1:9/bot123:x/getUpdates", "POST")
    finally:
        await request.shutdown()
    assert calls == ["claim"], "only messages are claimed"


async def test_a_note_held_by_another_live_process_is_not_sent(tmp_path: Path) -> None:
    store = SubscriptionStore.open(tmp_path)
    store.subscribe(1, dt.time(9, 0), "Asia/Tokyo")
    notes = DailyNotes(FakeEngine(), store, lambda: dt.datetime(2023, 9, 9, 3, 0, tzinfo=dt.UTC))  # type: ignore[arg-type]
    day, other = dt.date(2023, 9, 9), ProcessIdentity("another-host", 1, "x")
    notes.deliveries.open(1, day)
    assert notes.deliveries.claim(1, day, other, part=0, lease_seconds=60)
    bot = SlowBot()

    assert await notes.send(bot, None, 1) is False  # type: ignore[arg-type]
    assert bot.sent == []
    assert notes.deliveries.get(1, day).owner == str(other)  # type: ignore[union-attr]
