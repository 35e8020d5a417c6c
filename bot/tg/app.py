"""Wiring: build the Application from settings, engine and store; run it by polling or webhook.

    run(settings, engine)    blocking; what `python -m bot run` calls

Start-up (`post_init`): the command menu is registered and the schedules of subscribed chats are
restored, with notes missed today queued. The knowledge base behind `engine` was validated when
it was loaded, before this module is reached.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import FloodLimit, ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot.engine import COMMANDS, Engine
from bot.redaction import register_settings
from bot.settings import Settings
from bot.storage import SubscriptionStore
from bot.tg.delivery import ClaimingRequest
from bot.tg.handlers import ADDRESSED_TO_BOT, Handlers
from bot.tg.logging_setup import configure_logging
from bot.tg.notes import Clock, DailyNotes, system_clock
from bot.tg.ratelimit import ChatRateLimiter
from bot.tg.startup import check_token, connect
from bot.tg.state import ChatState
from bot.tg.updates import ChatOrderedUpdateProcessor

logger = logging.getLogger(__name__)

#: Commands this layer handles itself; every other command in `COMMANDS` goes to the engine.
NOTE_COMMANDS = ("subscribe", "unsubscribe", "settings")
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY]
#: Retries after Telegram's `429 Too Many Requests`, waiting as long as it asks each time.
MAX_RETRIES = 3


#: Telegram allows about 30 messages a second overall (`FloodLimit.MESSAGES_PER_SECOND`). The bot
#: paces at 28.5 a second with a bucket of 1.5: no second ever carries more than 30 sends, even
#: right after a pause or a stall, and requests that reach Telegram late and bunched stay under it.
OVERALL_RATE = 28.5
OVERALL_BURST = FloodLimit.MESSAGES_PER_SECOND - OVERALL_RATE
#: Connections for requests other than getUpdates (python-telegram-bot's default).
SEND_CONNECTIONS = 256
#: Seconds to wait for the Bot API's answer to a request other than getUpdates (python-telegram-bot's
#: default); a slower answer is a `TimedOut`, and a daily note is tried again.
READ_TIMEOUT_SECONDS = 5.0

def api_urls(base_url: str) -> tuple[str, str]:
    """The Bot API and file URLs for `base_url`, Telegram's own or a self-hosted server's."""
    base = base_url.rstrip("/")
    if "{token}" not in base and not base.endswith("/bot"):
        base += "/bot"
    return base, base[: -len("bot")] + "file/bot" if base.endswith("/bot") else base


def telegram_rate_limiter() -> ChatRateLimiter:
    """The limiter that keeps the bot under Telegram's sending limits (the production pacing)."""
    return ChatRateLimiter(overall_max_rate=OVERALL_RATE, overall_burst=OVERALL_BURST, max_retries=MAX_RETRIES)


def build_application(
    settings: Settings, engine: Engine, store: SubscriptionStore, *,
    clock: Clock = system_clock, monotonic: Callable[[], float] = time.monotonic,
    rate_limiter: BaseRateLimiter[Any] | None = None, read_timeout: float = READ_TIMEOUT_SECONDS,
) -> Application[Any, Any, Any, Any, Any, Any]:
    """The Application with every handler registered.

    `clock`, `monotonic`, `rate_limiter` (default: `telegram_rate_limiter()`) and `read_timeout` (for
    sending requests, not getUpdates) are for tests.
    """
    if not settings.telegram_bot_token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    register_settings(settings)
    notes = DailyNotes(engine, store, clock)
    handlers = Handlers(engine, store, settings, notes, monotonic=monotonic)
    base_url, base_file_url = api_urls(settings.telegram_api_base_url)

    async def on_start(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        try:
            await application.bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS])
        except TelegramError as exc:  # the menu is a convenience: never a reason not to start
            logger.warning("command menu not registered (%s); Telegram keeps the previous one", exc)
        notes.restore(application)
        logger.info("bot @%s started", application.bot.username)

    application = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token)
        .base_url(base_url)
        .base_file_url(base_file_url)
        .request(ClaimingRequest(connection_pool_size=SEND_CONNECTIONS, read_timeout=read_timeout))
        .defaults(Defaults(parse_mode=ParseMode.HTML, tzinfo=ZoneInfo(settings.timezone),
                           link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .rate_limiter(rate_limiter or telegram_rate_limiter())
        .concurrent_updates(ChatOrderedUpdateProcessor())
        .context_types(ContextTypes(chat_data=ChatState))
        .post_init(on_start)
        .build()
    )
    register_handlers(application, handlers)
    return application


def register_handlers(application: Application[Any, Any, Any, Any, Any, Any], handlers: Handlers) -> None:
    new_message = filters.UpdateType.MESSAGE
    engine_commands = [name for name, _ in COMMANDS if name not in NOTE_COMMANDS]
    application.add_handler(MessageHandler(new_message & (filters.COMMAND | ADDRESSED_TO_BOT),
                                           handlers.guard_flood), group=-1)
    application.add_handler(CommandHandler(engine_commands, handlers.ask, filters=new_message))
    application.add_handler(CommandHandler("subscribe", handlers.subscribe, filters=new_message))
    application.add_handler(CommandHandler("unsubscribe", handlers.unsubscribe, filters=new_message))
    application.add_handler(CommandHandler("settings", handlers.show_settings, filters=new_message))
    application.add_handler(CommandHandler("stats", handlers.stats, filters=new_message))
    application.add_handler(MessageHandler(new_message & filters.TEXT & ~filters.COMMAND & ADDRESSED_TO_BOT,
                                           handlers.ask))
    # Unknown commands in private chats get the engine's help; in groups they may be another bot's.
    application.add_handler(MessageHandler(new_message & filters.COMMAND & filters.ChatType.PRIVATE, handlers.ask))
    application.add_handler(CallbackQueryHandler(handlers.button))
    application.add_handler(InlineQueryHandler(handlers.inline))
    application.add_error_handler(handlers.on_error)


def webhook_options(settings: Settings) -> dict[str, Any]:
    """Arguments of `run_webhook` / `Updater.start_webhook` for the webhook settings."""
    assert settings.webhook_url and settings.webhook_secret, "Settings requires both"
    return {
        "listen": settings.webhook_listen,
        "port": settings.webhook_port,
        "url_path": urlparse(settings.webhook_url).path.lstrip("/"),
        "webhook_url": settings.webhook_url,
        "secret_token": settings.webhook_secret,
        "allowed_updates": ALLOWED_UPDATES,
    }


def run(settings: Settings, engine: Engine) -> None:
    """Run the bot until interrupted: webhook when WEBHOOK_URL is set, else long polling.

    A malformed token is refused before connecting; while the Bot API cannot be reached the bot
    keeps trying (`bot.tg.startup.connect`); a refused token raises `BotApiError`.
    """
    register_settings(settings)
    configure_logging(settings.log_level, settings.telegram_bot_token)
    check_token(settings.telegram_bot_token)
    store = SubscriptionStore.open(settings.data_dir)
    try:
        application = build_application(settings, engine, store)
        # PTB's run_* methods use the current event loop: connecting first on it keeps one loop.
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(connect(application, api_urls(settings.telegram_api_base_url)[0]))
        if settings.webhook_url:
            logger.info("receiving updates by webhook at %s", settings.webhook_url)
            application.run_webhook(**webhook_options(settings))
        else:
            logger.info("receiving updates by long polling")
            application.run_polling(allowed_updates=ALLOWED_UPDATES)
    finally:
        store.close()
