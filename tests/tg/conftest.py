"""Fixtures for the Telegram layer: a fake Bot API server and the real Application polling it."""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bot.settings import Settings
from bot.storage import SubscriptionStore
from bot.tg.app import ALLOWED_UPDATES, MAX_RETRIES, READ_TIMEOUT_SECONDS, build_application
from bot.tg.logging_setup import configure_logging
from bot.tg.ratelimit import ChatRateLimiter
from tests.fake_bot_api import FakeBotApi
from tests.tg.fake_engine import FakeEngine

TOKEN = "123456789:AAHfakeTokenForTests_0123456789abcdefXYZ"
#: 2024-01-26 08:00 in Tokyo: before the default 09:00 note time.
MORNING = dt.datetime(2024, 1, 25, 23, 0, tzinfo=dt.UTC)


@dataclass
class ManualClock:
    """A wall clock tests set by hand."""

    now: dt.datetime = MORNING

    def __call__(self) -> dt.datetime:
        return self.now


@dataclass
class ManualMonotonic:
    """A monotonic clock tests advance by hand (flood window, conversation TTL)."""

    seconds: float = 1000.0

    def __call__(self) -> float:
        return self.seconds


def make_settings(tmp_path: Path, api: FakeBotApi, **extra: str) -> Settings:
    environ = {"TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_API_BASE_URL": api.base_url,
               "DATA_DIR": str(tmp_path / "data"), "ADMIN_IDS": "99", "FLOOD_LIMIT_PER_MINUTE": "50",
               "CONVERSATION_TTL_SECONDS": "600", **extra}
    return Settings.from_env(environ, env_file=tmp_path / "absent.env")


@dataclass
class RunningBot:
    """An Application running by long polling against the fake server, as in production."""

    api: FakeBotApi
    application: Any
    store: SubscriptionStore
    engine: Any
    clock: ManualClock
    monotonic: ManualMonotonic
    stores: list[SubscriptionStore] = field(default_factory=list)

    async def say(self, chat_id: int, text: str, *, count: int = 1, **kwargs: Any) -> list[Any]:
        """Send `text` as the user and return the `count` messages the bot answered with."""
        mark = self.api.mark()
        await self.api.message(chat_id, text, **kwargs)
        return await self.api.wait_for("sendMessage", chat_id=chat_id, since=mark, count=count)


def unpaced_limiter() -> ChatRateLimiter:
    """The production limiter without its pacing: 429s are still waited out and retried.

    End-to-end tests use it so that they do not wait out one message a second per chat; the pacing
    itself is tested in `test_ratelimit.py` and, through the real Application, in `test_e2e_updates.py`.
    """
    return ChatRateLimiter(overall_max_rate=0, group_max_rate=0, per_chat_rate=0, max_retries=MAX_RETRIES)


async def start_bot(settings: Settings, engine: Any, store: SubscriptionStore, clock: ManualClock,
                    monotonic: Callable[[], float], rate_limiter: Any = None,
                    read_timeout: float = READ_TIMEOUT_SECONDS) -> Any:
    """Build and start the Application the way `run_polling` does, with a short poll timeout.

    Sends are not paced unless `rate_limiter` (e.g. `telegram_rate_limiter()`) says otherwise.
    """
    application = build_application(settings, engine, store, clock=clock, monotonic=monotonic,
                                    rate_limiter=rate_limiter or unpaced_limiter(), read_timeout=read_timeout)
    await application.initialize()
    assert application.post_init is not None
    await application.post_init(application)
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0, timeout=1, allowed_updates=ALLOWED_UPDATES)
    await application.start()
    return application


async def stop_bot(application: Any) -> None:
    await application.updater.stop()
    await application.stop()
    await application.shutdown()


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi(TOKEN) as server:
        yield server


@pytest.fixture
def engine() -> Any:
    return FakeEngine()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def read_timeout() -> float:
    """The bot's read timeout for sends; a test that waits one out sets a shorter one with
    `@pytest.mark.parametrize("read_timeout", [...])`."""
    return READ_TIMEOUT_SECONDS


@pytest.fixture
async def running(tmp_path: Path, api: FakeBotApi, engine: Any, clock: ManualClock,
                  read_timeout: float) -> AsyncIterator[RunningBot]:
    settings = make_settings(tmp_path, api)
    store = SubscriptionStore.open(settings.data_dir)
    monotonic = ManualMonotonic()
    application = await start_bot(settings, engine, store, clock, monotonic, read_timeout=read_timeout)
    try:
        yield RunningBot(api, application, store, engine, clock, monotonic)
    finally:
        await stop_bot(application)
        store.close()


@pytest.fixture(scope="session")
def real_engine() -> Any:
    """The real engine over the project's knowledge base, loaded once."""
    from bot.engine import Engine
    from bot.knowledge.loader import load_knowledge_base
    from bot.settings import PROJECT_ROOT

    return Engine(load_knowledge_base(PROJECT_ROOT / "knowledge", PROJECT_ROOT / "seeds"))


@pytest.fixture
def captured_log() -> Iterator[io.StringIO]:
    """Everything logged at DEBUG and above, through the production logging setup."""
    root = logging.getLogger()
    level, stream = root.level, io.StringIO()
    handler = configure_logging("DEBUG", TOKEN, stream)
    try:
        yield stream
    finally:
        root.removeHandler(handler)  # type: ignore[arg-type]
        root.setLevel(level)
        logging.getLogger("httpx").setLevel(logging.NOTSET)
