"""Start-up checks of the Telegram bot: the token's shape, then a Bot API that answers.

    check_token(token)                      refuse a malformed token before connecting (never echo it)
    connect(application, api_url)           initialize the Application, retrying while the network is down

A service may start before the network is up: `connect` tries again with waits that double up to a
minute, logging the Bot API address (never the token) each time, and stops only when Telegram
refuses the token.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from telegram.error import InvalidToken, NetworkError, RetryAfter
from telegram.ext import Application

from bot.errors import BotApiError, SettingsError

logger = logging.getLogger(__name__)

#: What @BotFather issues: the bot's numeric id, a colon and a key of letters, digits, `_` and `-`.
TOKEN_FORMAT = re.compile(r"\d{3,20}:[A-Za-z0-9_-]{30,64}")
FIRST_WAIT_SECONDS = 1.0
MAX_WAIT_SECONDS = 60.0


def check_token(token: str | None) -> str:
    """`token` if it has the shape of a bot token; else a `SettingsError` that does not quote it."""
    if not token:
        raise SettingsError("TELEGRAM_BOT_TOKEN is not set (environment or .env); see README.md")
    if not TOKEN_FORMAT.fullmatch(token):
        raise SettingsError(
            f"TELEGRAM_BOT_TOKEN is malformed ({len(token)} characters): a bot token is the bot's id, a colon "
            "and a key of 30 or more letters, digits, '_' or '-', as @BotFather gives it (e.g. 123456789:AAE…)"
        )
    return token


async def connect(application: Application[Any, Any, Any, Any, Any, Any], api_url: str, *,
                  sleep: Callable[[float], Awaitable[object]] = asyncio.sleep) -> int:
    """Initialize `application` (its first Bot API call); on network errors try again, waiting longer.

    Returns how many tries it took. Telegram refusing the token raises `BotApiError`. `sleep` waits
    between tries (for tests).
    """
    wait, tries = FIRST_WAIT_SECONDS, 1
    while True:
        try:
            await application.initialize()
            if tries > 1:
                logger.info("reached the Bot API at %s after %d tries", api_url, tries)
            return tries
        except InvalidToken as exc:
            raise BotApiError(
                f"the Bot API at {api_url} refused TELEGRAM_BOT_TOKEN ({_reason(exc)}): check the token "
                "with @BotFather and the address in TELEGRAM_API_BASE_URL"
            ) from None
        except RetryAfter as exc:
            wait = max(wait, _seconds(exc))
            logger.warning("the Bot API at %s asks to wait (429); trying again in %.0f s", api_url, wait)
        except NetworkError as exc:
            logger.warning("cannot reach the Bot API at %s (%s); trying again in %.0f s", api_url, _reason(exc), wait)
        await sleep(wait)
        wait, tries = min(MAX_WAIT_SECONDS, wait * 2), tries + 1


def _seconds(exc: RetryAfter) -> float:
    retry_after = exc.retry_after
    return retry_after.total_seconds() if isinstance(retry_after, dt.timedelta) else float(retry_after)


def _reason(exc: Exception) -> str:
    cause = exc.__cause__
    if isinstance(exc, InvalidToken):
        return "not authorized"
    text = str(exc)
    if cause is not None and ("httpx" in text or not text.strip()):
        text = f"{type(cause).__name__}: {cause}" if str(cause) else type(cause).__name__
    return text.strip() or type(exc).__name__
