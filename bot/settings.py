"""One frozen settings object, built from the environment and an optional `.env` file.

Every variable is documented, with its default, in `.env.example`.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import dotenv_values

from bot.errors import SettingsError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"


@dataclass(frozen=True)
class Settings:
    telegram_bot_token: str | None
    telegram_api_base_url: str
    webhook_url: str | None
    webhook_secret: str | None
    webhook_listen: str
    webhook_port: int
    knowledge_dir: Path
    seeds_dir: Path
    data_dir: Path
    note_time: dt.time
    timezone: str
    admin_ids: frozenset[int]
    flood_limit_per_minute: int
    conversation_ttl_seconds: int
    log_level: str

    def __repr__(self) -> str:
        # The token must never reach a log line, even through a debug print of the settings.
        shown = "set" if self.telegram_bot_token else "unset"
        return f"Settings(token={shown}, knowledge_dir={self.knowledge_dir}, data_dir={self.data_dir})"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, env_file: Path | None = None) -> Settings:
        """Read settings from `environ` (default: the process environment) over `.env`."""
        values: dict[str, str] = {}
        path = env_file if env_file is not None else Path.cwd() / ".env"
        if path.is_file():
            values.update({k: v for k, v in dotenv_values(path).items() if v is not None})
        values.update(os.environ if environ is None else environ)
        return cls._from_values(values)

    @classmethod
    def _from_values(cls, v: Mapping[str, str]) -> Settings:
        def text(name: str, default: str | None = None) -> str | None:
            value = v.get(name, "").strip()
            return value or default

        webhook_url = text("WEBHOOK_URL")
        webhook_secret = text("WEBHOOK_SECRET")
        if webhook_url and not webhook_secret:
            raise SettingsError("WEBHOOK_URL is set but WEBHOOK_SECRET is not: webhook mode needs a secret token")
        timezone = text("NOTE_TIMEZONE", "Asia/Tokyo") or "Asia/Tokyo"
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise SettingsError(f"NOTE_TIMEZONE: unknown time zone {timezone!r}") from exc
        return cls(
            telegram_bot_token=text("TELEGRAM_BOT_TOKEN"),
            telegram_api_base_url=text("TELEGRAM_API_BASE_URL", DEFAULT_API_BASE_URL) or DEFAULT_API_BASE_URL,
            webhook_url=webhook_url,
            webhook_secret=webhook_secret,
            webhook_listen=text("WEBHOOK_LISTEN", "0.0.0.0") or "0.0.0.0",
            webhook_port=_integer(v, "WEBHOOK_PORT", 8443, 1, 65535),
            knowledge_dir=Path(text("KNOWLEDGE_DIR", str(PROJECT_ROOT / "knowledge")) or ""),
            seeds_dir=Path(text("SEEDS_DIR", str(PROJECT_ROOT / "seeds")) or ""),
            data_dir=Path(text("DATA_DIR", "data") or "data"),
            note_time=_clock_time(text("NOTE_TIME", "09:00") or "09:00"),
            timezone=timezone,
            admin_ids=_id_set(text("ADMIN_IDS", "") or ""),
            flood_limit_per_minute=_integer(v, "FLOOD_LIMIT_PER_MINUTE", 20, 1, 10_000),
            conversation_ttl_seconds=_integer(v, "CONVERSATION_TTL_SECONDS", 900, 0, 86_400),
            log_level=(text("LOG_LEVEL", "INFO") or "INFO").upper(),
        )


def _integer(v: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = v.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise SettingsError(f"{name}: not a whole number: {raw!r}") from exc
    if not low <= value <= high:
        raise SettingsError(f"{name}: {value} is outside {low}..{high}")
    return value


def _clock_time(raw: str) -> dt.time:
    try:
        hours, minutes = (int(part) for part in raw.split(":"))
        return dt.time(hours, minutes)
    except ValueError as exc:
        raise SettingsError(f"NOTE_TIME: want HH:MM, got {raw!r}") from exc


def _id_set(raw: str) -> frozenset[int]:
    try:
        return frozenset(int(part) for part in raw.replace(" ", "").split(",") if part)
    except ValueError as exc:
        raise SettingsError(f"ADMIN_IDS: want comma-separated Telegram user ids, got {raw!r}") from exc
