"""Throughput of the real Application against the fake Bot API server of the tests.

Two measurements, each with Telegram's real sending limit (30 messages a second, which the fake
server then enforces with `429 Too Many Requests`) and with the bot's limiter lifted (the fake
server unlimited too), which shows the bot's own overhead:

- updates handled per second: questions from distinct private chats, pushed at once, until every
  chat has its answer;
- the daily broadcast: N subscribed chats' notes sent at once through the running bot, until all are sent;
- start-up with N notes due (missed while the bot was down): how long the schedules take to
  restore, and how many of the due notes the job queue then sends.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from bot.bench.questions import question_mix
from bot.bench.report import telegram_figures
from bot.engine import Engine
from bot.knowledge.loader import load_knowledge_base
from bot.settings import PROJECT_ROOT, Settings
from bot.storage import SubscriptionStore
from bot.tg import app as tg_app
from bot.tg.notes import DailyNotes
from bot.tg.ratelimit import ChatRateLimiter
from bot.tg.render import render_answer

if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))
from tests.fake_bot_api import ApiError, Call, FakeBotApi  # noqa: E402

TOKEN = "123456789:AAHbenchTokenForTheFakeServer_0123456789"
#: Telegram's overall limit on messages a bot sends.
TELEGRAM_RATE = 30
NOTE_TIME = dt.time(9, 0)
#: Chats restored at start-up: restoring takes time quadratic in the number of subscriptions.
RESTORE_CHATS = 2000
ZONE = "Asia/Tokyo"


class LimitedFakeBotApi(FakeBotApi):
    """The fake server, refusing sendMessage beyond `rate` a second as Telegram does (token bucket)."""

    def __init__(self, token: str, rate: float | None) -> None:
        super().__init__(token)
        self.rate = rate
        self._tokens = float(rate or 0)
        self._refilled = time.monotonic()

    async def _api_sendMessage(self, params: dict[str, Any], call: Call) -> dict[str, Any]:
        if self.rate:
            now = time.monotonic()
            self._tokens = min(self.rate, self._tokens + (now - self._refilled) * self.rate)
            self._refilled = now
            if self._tokens < 1:
                raise ApiError(429, "Too Many Requests: retry after 1", {"retry_after": 1})
            self._tokens -= 1
        return await super()._api_sendMessage(params, call)

    def sent_ok(self, since: int = 0) -> list[Call]:
        return [c for c in self.calls[since:] if c.method == "sendMessage" and c.status == 200]

    def refused(self, since: int = 0) -> int:
        return sum(1 for c in self.calls[since:] if c.method == "sendMessage" and c.status == 429)


def lifted_limiter() -> ChatRateLimiter:
    """The bot's limiter with its overall and group limits lifted (one message a second per chat stays)."""
    return ChatRateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=tg_app.MAX_RETRIES)


@asynccontextmanager
async def running_bot(engine: Engine, real_limit: bool, data_dir: Path, clock: Any,
                      subscribers: int = 0) -> AsyncIterator[tuple[LimitedFakeBotApi, Any, float]]:
    """The Application polling the fake server; yields (server, application, seconds to start)."""
    api = LimitedFakeBotApi(TOKEN, TELEGRAM_RATE if real_limit else None)
    async with api:
        environ = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": api.base_url, "DATA_DIR": str(data_dir),
                   "FLOOD_LIMIT_PER_MINUTE": "10000", "NOTE_TIMEZONE": ZONE}
        settings = Settings.from_env(environ, env_file=data_dir / "absent.env")
        store = SubscriptionStore.open(settings.data_dir)
        for chat_id in range(1, subscribers + 1):
            store.subscribe(chat_id, NOTE_TIME, ZONE)
        application = tg_app.build_application(settings, engine, store, clock=clock,
                                               rate_limiter=None if real_limit else lifted_limiter())
        started = time.perf_counter()
        await application.initialize()
        assert application.post_init is not None and application.updater is not None
        await application.post_init(application)
        await application.updater.start_polling(poll_interval=0, timeout=1, allowed_updates=tg_app.ALLOWED_UPDATES)
        await application.start()
        try:
            yield api, application, started
        finally:
            await application.updater.stop()
            await application.stop()
            await application.shutdown()
            store.close()


async def _wait(condition: Any, deadline: float) -> bool:
    while not condition():
        if time.perf_counter() > deadline:
            return False
        await asyncio.sleep(0.02)
    return True


async def updates_per_second(engine: Engine, questions: list[str], real_limit: bool, data_dir: Path) -> dict[str, Any]:
    """Push one question from each of len(questions) private chats; time until all are answered."""
    clock = lambda: dt.datetime(2025, 6, 1, 3, 0, tzinfo=dt.UTC)  # noqa: E731
    async with running_bot(engine, real_limit, data_dir, clock) as (api, _, _):
        mark = api.mark()
        start = time.perf_counter()
        for n, question in enumerate(questions):
            await api.message(1_000_000 + n, question)

        def answered() -> int:
            return len({c.chat_id for c in api.sent_ok(mark)})

        done = await _wait(lambda: answered() >= len(questions),
                           start + 60 + len(questions) / (TELEGRAM_RATE * 0.8 if real_limit else 50))
        elapsed = time.perf_counter() - start
        return {"updates": len(questions), "answered": answered(), "seconds": elapsed,
                "updates_per_s": answered() / elapsed, "status_429": api.refused(mark), "complete": done}


def busy_day(engine: Engine) -> dt.date:
    """A date in 2025 whose daily note exists (the broadcast sends nothing on an empty day)."""
    day = dt.date(2025, 6, 1)
    while engine.daily_note(day) is None:
        day += dt.timedelta(days=1)
    return day


def _note_clock(engine: Engine) -> tuple[dt.date, Any]:
    """A day with a note, and a clock at 10:00 Tokyo time on it (after the 09:00 note time)."""
    day = busy_day(engine)
    now = dt.datetime.combine(day, dt.time(10, 0), tzinfo=dt.timezone(dt.timedelta(hours=9)))
    return day, lambda: now


async def broadcast(engine: Engine, chats: int, real_limit: bool, data_dir: Path) -> dict[str, Any]:
    """Send today's note to `chats` subscribed chats at once through the running bot; time until all are sent.

    The notes go through `DailyNotes.send` (claim in SQLite, render, `send_message` through the
    bot's rate limiter), all started together as the daily jobs are at the note time.
    """
    day, clock = _note_clock(engine)
    chunks = len(render_answer(engine.daily_note(day)))  # type: ignore[arg-type]
    expected = chats * chunks
    async with running_bot(engine, real_limit, data_dir, clock) as (api, application, _):
        store = SubscriptionStore.open(data_dir)
        for chat_id in range(1, chats + 1):
            store.subscribe(chat_id, NOTE_TIME, ZONE)
        notes = DailyNotes(engine, store, clock)
        mark = api.mark()
        start = time.perf_counter()
        tasks = [asyncio.ensure_future(notes.send(application.bot, None, chat_id)) for chat_id in range(1, chats + 1)]
        limit = 120 + expected / (TELEGRAM_RATE * 0.8 if real_limit else 50)
        await asyncio.wait(tasks, timeout=limit)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        sent_flags = [t.result() if not t.cancelled() and t.exception() is None else False for t in tasks]
        elapsed = time.perf_counter() - start
        store.close()
        sent = api.sent_ok(mark)
        first = sent[0].at if sent else 0.0
        last = sent[-1].at if sent else 0.0
        sustained = (len(sent) - 1) / (last - first) if len(sent) > 1 and last > first else 0.0
        arrivals = [c.at for c in api.calls[mark:] if c.method == "sendMessage"]
        return {"chats": chats, "messages_expected": expected, "messages_sent": len(sent),
                "notes_sent": sum(sent_flags), "seconds": elapsed, "messages_per_s": len(sent) / elapsed,
                "sustained_per_s": sustained, "status_429": api.refused(mark), "complete": len(sent) >= expected,
                "busiest_second": busiest_second(arrivals),
                "note_date": day.isoformat()}


def busiest_second(times: list[float]) -> int:
    """The most of `times` (sorted, in seconds) inside any one-second window."""
    most, first = 0, 0
    for last, at in enumerate(times):
        while at - times[first] >= 1.0:
            first += 1
        most = max(most, last - first + 1)
    return most


async def restore_at_start(engine: Engine, chats: int, data_dir: Path, wait_s: float = 30.0) -> dict[str, Any]:
    """Start the bot after the note time with `chats` notes due: start-up time, and notes sent soon after."""
    _, clock = _note_clock(engine)
    logging.getLogger("apscheduler").setLevel(logging.ERROR)  # one "missed" line per skipped job
    async with running_bot(engine, False, data_dir, clock, subscribers=chats) as (api, _, started):
        ready = time.perf_counter() - started
        await asyncio.sleep(wait_s)
        return {"chats": chats, "startup_s": ready, "notes_sent_within_s": wait_s,
                "notes_sent": len({c.chat_id for c in api.sent_ok()})}


def measure_telegram(kb_dir: Path, chats: int, updates: int, seed: int) -> dict[str, Any]:
    """Updates per second and the daily broadcast, each with the real limit and with it lifted."""
    engine = Engine(load_knowledge_base(kb_dir / "knowledge", kb_dir / "seeds"))
    questions = question_mix(engine.kb, updates, seed)
    real_updates = questions[: max(1, min(updates, 10 * TELEGRAM_RATE))]
    result: dict[str, Any] = {"kb": str(kb_dir), "meetings": len(engine.kb.meetings)}
    restored = min(chats, RESTORE_CHATS)
    with tempfile.TemporaryDirectory(prefix="bench-tg-") as tmp:
        runs: tuple[tuple[str, str, Callable[[Path], Coroutine[Any, Any, dict[str, Any]]]], ...] = (
            ("updates_lifted", f"{len(questions):,} questions, limiter lifted",
             lambda d: updates_per_second(engine, questions, False, d)),
            ("updates_real", f"{len(real_updates):,} questions, Telegram's limit",
             lambda d: updates_per_second(engine, real_updates, True, d)),
            ("restore_at_start", f"start-up with {restored:,} notes due (then 30 s for them to go out)",
             lambda d: restore_at_start(engine, restored, d)),
            ("broadcast_lifted", f"daily note to {chats:,} chats, limiter lifted",
             lambda d: broadcast(engine, chats, False, d)),
            ("broadcast_real", f"daily note to {chats:,} chats, Telegram's limit",
             lambda d: broadcast(engine, chats, True, d)),
        )
        for name, what, coroutine in runs:
            print(f"    {what} …", file=sys.stderr, flush=True)
            result[name] = asyncio.run(coroutine(Path(tmp) / name))
            print(f"      {telegram_figures(name, result[name])}", file=sys.stderr, flush=True)
    return result
