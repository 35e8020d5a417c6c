"""Daily "on this date" notes: one `JobQueue.run_daily` job per subscribed chat.

Each chat's note for a local date has a delivery record (`bot.storage.deliveries`: due, sending,
sent, failed). The record is claimed right before the request leaves, after the rate limiter's wait
(`bot.tg.delivery`), and marked sent when Telegram confirms it; so a restart sends every note not
confirmed (once it is sure the process that claimed it is gone), a confirmed note is never sent
again, and of two bot processes on one database only the one holding the claim sends.

Errors: 5xx, timeouts and network failures are tried again the same local day, after waits that
double (`bot.tg.delivery.backoff`); a 429 waits as long as Telegram asks (in the rate limiter, then
here); 403 (the chat blocked the bot) unsubscribes; anything else gives the day up.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from telegram import Bot
from telegram.error import TelegramError
from telegram.ext import Application, CallbackContext, JobQueue

from bot.answers import Answer
from bot.engine import Engine
from bot.storage import DeliveryStore, ProcessIdentity, Subscription, SubscriptionStore
from bot.storage.deliveries import FINAL_STATES
from bot.tg.delivery import NotClaimed, claiming, claims_as_it_sends, classify
from bot.tg.render import render_answer

logger = logging.getLogger(__name__)

#: The current time, time-zone aware; tests pass a clock they can set.
Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def job_name(chat_id: int) -> str:
    return f"daily-note:{chat_id}"


def retry_job_name(chat_id: int) -> str:
    return f"retry-daily-note:{chat_id}"


#: Thousands of chats share a note time, so the scheduler reaches some jobs seconds late; APScheduler
#: would skip a job more than one second late. A late note is still sent (once: `send` claims the day).
_LATE_RUNS = {"misfire_grace_time": 6 * 3600, "coalesce": True}


#: Notes being sent at one time. Thousands of chats share a note time, and all their jobs start
#: together; unbounded, every send waits in the rate limiter's and the HTTP pool's queues at once, and
#: those queues cost time that grows with their length for each request (10,000 chats did not finish
#: in 13 minutes). A few dozen in flight keep Telegram's 30 a second busy.
MAX_CONCURRENT_SENDS = 64

#: How long a claim holds without its process: longer than a request can take (PTB's connect, write,
#: read and pool timeouts: 16 s), so a live process never loses its claim mid-request. A process on
#: the same host that is gone loses its claims at once; one on another host after this lease.
CLAIM_LEASE_SECONDS = 60.0
#: Delivery records older than this many days are deleted at start-up.
KEEP_RECORDS_DAYS = 30


class DailyNotes:
    """Schedules, restores and sends the daily notes of subscribed chats."""

    def __init__(self, engine: Engine, store: SubscriptionStore, clock: Clock = system_clock) -> None:
        self.engine = engine
        self.store = store
        self.clock = clock
        self.deliveries = DeliveryStore(store)
        self.owner = ProcessIdentity.current()
        self._sending = asyncio.Semaphore(MAX_CONCURRENT_SENDS)
        self._busy: set[tuple[int, dt.date]] = set()

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
        for name in (job_name(chat_id), retry_job_name(chat_id)):
            for job in job_queue.get_jobs_by_name(name):
                job.schedule_removal()

    def restore(self, application: Application[Any, Any, Any, Any, Any, Any]) -> int:
        """Schedule every stored subscription; queue today's note wherever it is not confirmed sent."""
        job_queue = application.job_queue
        assert job_queue is not None, "the job-queue extra is a dependency"
        subscriptions = self.store.all()
        yesterday = self.clock().date() - dt.timedelta(days=1)  # the earliest local date anywhere
        self.deliveries.forget_before(yesterday - dt.timedelta(days=KEEP_RECORDS_DAYS))
        states = self.deliveries.states_since(yesterday)
        # At start the queue holds no note jobs: looking each chat's job up by name would scan every
        # job for every chat (minutes for 10,000 chats, with the event loop blocked).
        fresh = not any(job.name and job.name.startswith("daily-note:") for job in job_queue.jobs())
        for subscription in subscriptions:
            self.schedule(job_queue, subscription, replace=not fresh)
            today = self.local_today(subscription.timezone)
            if self.missed_today(subscription, states.get((subscription.chat_id, today))):
                job_queue.run_once(self._job, when=0, chat_id=subscription.chat_id,
                                   name=f"missed-{job_name(subscription.chat_id)}", job_kwargs=_LATE_RUNS)
        logger.info("restored %d daily note subscription(s)", len(subscriptions))
        return len(subscriptions)

    def missed_today(self, subscription: Subscription, state: str | None) -> bool:
        """Whether today's note time has passed in the chat's zone and today's note (`state`) is not done."""
        now = self.clock().astimezone(ZoneInfo(subscription.timezone))
        return state not in FINAL_STATES and now.time() >= subscription.note_time

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
        if note is None or (chat_id, today) in self._busy:
            return False
        self._busy.add((chat_id, today))
        try:
            return await self._deliver(bot, job_queue, subscription, today, render_answer(note))
        finally:
            self._busy.discard((chat_id, today))

    async def _deliver(self, bot: Bot, job_queue: JobQueue[Any] | None, subscription: Subscription,
                       day: dt.date, chunks: list[str]) -> bool:
        """Send the messages of the note Telegram has not confirmed yet, each claimed as it leaves."""
        chat_id = subscription.chat_id
        record = self.deliveries.open(chat_id, day)
        if record.state in FINAL_STATES or record.parts_sent >= len(chunks):
            return False
        try:
            for part in range(record.parts_sent, len(chunks)):
                claim = self._claimer(chat_id, day, part)
                with claiming(claim):
                    if not claims_as_it_sends(bot):
                        claim()  # a bot without `ClaimingRequest`: claim before the rate limiter instead
                    await bot.send_message(chat_id, chunks[part])
                if part + 1 < len(chunks):
                    self.deliveries.confirm_part(chat_id, day, self.owner, part + 1)
        except NotClaimed:
            self._check_again(job_queue, chat_id, day)
            return False
        except TelegramError as exc:
            self._after_error(job_queue, subscription, day, exc)
            return False
        self.deliveries.mark_sent(chat_id, day, self.owner, parts=len(chunks))
        logger.info("daily note for %s sent to chat %s", day.isoformat(), chat_id)
        return True

    def _claimer(self, chat_id: int, day: dt.date, part: int) -> Callable[[], None]:
        def claim() -> None:
            if not self.deliveries.claim(chat_id, day, self.owner, part=part, lease_seconds=CLAIM_LEASE_SECONDS):
                raise NotClaimed(f"the note for {day.isoformat()} to chat {chat_id} is not ours to send")
        return claim

    def _check_again(self, job_queue: JobQueue[Any] | None, chat_id: int, day: dt.date) -> None:
        """Another process holds the note: look again once its claim would have lapsed."""
        record = self.deliveries.get(chat_id, day)
        if job_queue is None or record is None or record.state != "sending":
            return
        wait = max(1.0, (record.lease_until or 0.0) - self.deliveries.now() + 1.0)
        logger.debug("daily note for chat %s is being sent by %s; checking again in %.0f s",
                     chat_id, record.owner, wait)
        job_queue.run_once(self._job, when=wait, chat_id=chat_id, name=retry_job_name(chat_id), job_kwargs=_LATE_RUNS)

    def _after_error(self, job_queue: JobQueue[Any] | None, subscription: Subscription, day: dt.date,
                     exc: TelegramError) -> None:
        chat_id = subscription.chat_id
        record = self.deliveries.get(chat_id, day)
        outcome = classify(exc, record.attempts if record else 1)
        if outcome.kind == "blocked":
            logger.info("chat %s blocked the bot (%s); unsubscribing it", chat_id, exc.message)
            self.deliveries.mark_failed(chat_id, day, exc.message)
            self.store.unsubscribe(chat_id)
            if job_queue is not None:
                self.unschedule(job_queue, chat_id)
        elif outcome.kind == "transient" and self._same_day(subscription, day, outcome.wait):
            self.deliveries.release(chat_id, day, self.owner, exc.message)
            logger.warning("daily note for chat %s not sent (%s: %s); trying again in %.1f s",
                           chat_id, type(exc).__name__, exc.message, outcome.wait)
            if job_queue is not None:
                job_queue.run_once(self._job, when=outcome.wait, chat_id=chat_id, name=retry_job_name(chat_id),
                                   job_kwargs=_LATE_RUNS)
        else:
            self.deliveries.mark_failed(chat_id, day, exc.message)
            logger.error("daily note for %s to chat %s not sent; next try tomorrow", day.isoformat(), chat_id,
                         exc_info=exc)

    def _same_day(self, subscription: Subscription, day: dt.date, wait: float) -> bool:
        later = self.clock() + dt.timedelta(seconds=wait)
        return later.astimezone(ZoneInfo(subscription.timezone)).date() == day

    async def _job(self, context: CallbackContext[Any, Any, Any, Any]) -> None:
        """Send the daily note of the job's chat."""
        assert context.job is not None and context.job.chat_id is not None
        await self.send(context.bot, context.job_queue, context.job.chat_id)
