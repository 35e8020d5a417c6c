"""Scheduling of daily notes on a real JobQueue: late jobs still run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from telegram.ext import ApplicationBuilder

from bot.storage import SubscriptionStore
from bot.storage.subscriptions import Subscription
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
