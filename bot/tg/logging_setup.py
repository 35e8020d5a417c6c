"""Logging to standard error, with the bot token kept out of every line.

python-telegram-bot's HTTP client (httpx) logs each request URL, token included, at INFO; its
logger is raised to WARNING. As a second line of defence a filter on the root handler replaces the
token, the webhook secret (PTB logs it at DEBUG with the `setWebhook` parameters) and anything
shaped like a bot token, in every message and traceback it formats (`bot.redaction`).
"""

from __future__ import annotations

import logging
import sys
from typing import TextIO

from bot.redaction import TOKEN_LABEL, redact

REDACTED = TOKEN_LABEL
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class TokenRedactingFilter(logging.Filter):
    """Rewrites records so that neither `token`, nor a registered secret, nor anything token-shaped is output."""

    def __init__(self, token: str | None) -> None:
        super().__init__()
        self._token = token or None
        self._formatter = logging.Formatter()

    def redact(self, text: str) -> str:
        return redact(text, {self._token: REDACTED} if self._token else None)

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self.redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def configure_logging(level: str, token: str | None, stream: TextIO | None = None) -> logging.Handler | None:
    """Log at `level` through the token filter; return the handler added, if any.

    A handler writing to `stream` is added when one is given or the root logger has none yet
    (then to standard error); every root handler, old or new, gets the filter.
    """
    root = logging.getLogger()
    added = None
    if stream is not None or not root.handlers:
        added = logging.StreamHandler(stream if stream is not None else sys.stderr)
        added.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(added)
    for handler in root.handlers:
        if not any(isinstance(f, TokenRedactingFilter) for f in handler.filters):
            handler.addFilter(TokenRedactingFilter(token))
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return added
