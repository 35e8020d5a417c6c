"""The answer engine: commands and free-text questions in, `Answer` objects out. No Telegram here."""

from bot.engine.engine import COMMANDS, Engine

__all__ = ["COMMANDS", "Engine"]
