"""Daily "on this date" notes: one `JobQueue.run_daily` job per subscribed chat.

Each chat gets at most one note per local date: the date is claimed in the database before the
note is sent (`SubscriptionStore.claim_note`), so neither a restart nor a second bot process on the
same database sends it twice. A note missed while the bot was down is sent once at start-up if it
is still the same local day. A chat that blocked the bot is unsubscribed; any other sending error
is logged and the chat gets its next note the next day.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from telegram import Bot
from telegram.error import Forbidden, TelegramError
from telegram.ext import Application, CallbackContext, JobQueue

from bot.answers import Answer
from bot.engine import Engine
from bot.storage import Subscription, SubscriptionStore
from bot.tg.render import render_answer

logger = logging.getLogger(__name__)

#: The current time, time-zone aware; tests pass a clock they can set.
Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def job_name(chat_id: int) -> str:
    return f"daily-note:{chat_id}"


#: Thousands of chats share a note time, so the scheduler reaches some jobs seconds late; APScheduler
#: would skip a job more than one second late. A late note is still sent (once: `send` claims the day).
_LATE_RUNS = {"misfire_grace_time": 6 * 3600, "coalesce": True}


#: Notes being sent at one time. Thousands of chats share a note time, and all their jobs start
#: together; unbounded, every send waits in the rate limiter's and the HTTP pool's queues at once, and
#: those queues cost time that grows with their length for each request (10,000 chats did not finish
#: in 13 minutes). A few dozen in flight keep Telegram's 30 a second busy.
MAX_CONCURRENT_SENDS = 64


class DailyNotes:
    """Schedules, restores and sends the daily notes of subscribed chats."""

    def __init__(self, engine: Engine, store: SubscriptionStore, clock: Clock = system_clock) -> None:
        self.engine = engine
        self.store = store
        self.clock = clock
        self._sending = asyncio.Semaphore(MAX_CONCURRENT_SENDS)

    def local_today(self, timezone: str) -> dt.date:
        return self.clock().astimezone(ZoneInfo(timezone)).date()

    def schedule(self, job_queue: JobQueue[Any], subscription: Subscription, *, replace: bool = True) -> None:
        """(Re)schedule `subscription`'s daily job at its local time (`replace=False`: known new)."""
        if replace:
            self.unschedule(job_queue, subscription.chat_id)
        at = subscription.note_time.replace(tzinfo=ZoneInfo(subscription.timezone))
        job_queue.run_daily(
            self._job, time=at, chat_id=subscription.chat_id, name=job_name(subscription.chat_id),
            job_kwargs=_LATE_RUNS,
        )

    def unschedule(self, job_queue: JobQueue[Any], chat_id: int) -> None:
        for job in job_queue.get_jobs_by_name(job_name(chat_id)):
            job.schedule_removal()

    def restore(self, application: Application[Any, Any, Any, Any, Any, Any]) -> int:
        """Schedule every stored subscription; queue today's note where it was missed."""
        job_queue = application.job_queue
        assert job_queue is not None, "the job-queue extra is a dependency"
        subscriptions = self.store.all()
        # At start the queue holds no note jobs: looking each chat's job up by name would scan every
        # job for every chat (minutes for 10,000 chats, with the event loop blocked).
        fresh = not any(job.name and job.name.startswith("daily-note:") for job in job_queue.jobs())
        for subscription in subscriptions:
            self.schedule(job_queue, subscription, replace=not fresh)
            if self.missed_today(subscription):
                job_queue.run_once(self._job, when=0, chat_id=subscription.chat_id,
                                   name=f"missed-{job_name(subscription.chat_id)}", job_kwargs=_LATE_RUNS)
        logger.info("restored %d daily note subscription(s)", len(subscriptions))
        return len(subscriptions)

    def missed_today(self, subscription: Subscription) -> bool:
        """Whether today's note time has passed in the chat's zone without a note sent today."""
        now = self.clock().astimezone(ZoneInfo(subscription.timezone))
        sent_today = subscription.last_sent is not None and subscription.last_sent >= now.date()
        return not sent_today and now.time() >= subscription.note_time

    def note_for(self, subscription: Subscription, today: dt.date) -> Answer | None:
        """The note to send today, or None on a day with nothing unless the chat wants those too."""
        note = self.engine.daily_note(today)
        if note is None and subscription.send_empty:
            note = self.engine.on_this_date(today.month, today.day, today=today)
        return note

    async def send(self, bot: Bot, job_queue: JobQueue[Any] | None, chat_id: int) -> bool:
        """Send today's note to `chat_id` unless already sent; True if it was sent."""
        async with self._sending:
            return await self._send(bot, job_queue, chat_id)

    async def _send(self, bot: Bot, job_queue: JobQueue[Any] | None, chat_id: int) -> bool:
        subscription = self.store.get(chat_id)
        if subscription is None:
            return False
        today = self.local_today(subscription.timezone)
        note = self.note_for(subscription, today)
        if note is None or not self.store.claim_note(chat_id, today):
            return False
        try:
            for chunk in render_answer(note):
                await bot.send_message(chat_id, chunk)
        except Forbidden as exc:
            logger.info("chat %s blocked the bot (%s); unsubscribing it", chat_id, exc.message)
            self.store.unsubscribe(chat_id)
            if job_queue is not None:
                self.unschedule(job_queue, chat_id)
            return False
        except TelegramError as exc:
            logger.error("daily note for chat %s not sent; next try tomorrow", chat_id, exc_info=exc)
            return False
        logger.info("daily note for %s sent to chat %s", today.isoformat(), chat_id)
        return True

    async def _job(self, context: CallbackContext[Any, Any, Any, Any]) -> None:
        """Send the daily note of the job's chat."""
        assert context.job is not None and context.job.chat_id is not None
        await self.send(context.bot, context.job_queue, context.job.chat_id)
