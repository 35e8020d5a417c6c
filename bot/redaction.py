"""Secrets kept out of everything the program writes: the bot token and the webhook secret.

    register(secret, label)     a value to blank wherever it appears (`register_settings` for both)
    redact(text)                `text` with every registered secret, and anything token-shaped, blanked
    RedactingStream(stream)     a text stream that redacts each line before passing it on

Every path out passes here: the logging filter (`bot.tg.logging_setup`) for log lines and their
tracebacks, `RedactingStream` around standard error for anything else printed there (uncaught
exceptions, warnings), and the CLI's one-line error messages.
"""

from __future__ import annotations

import io
import re
import threading
from typing import Protocol, TextIO

TOKEN_LABEL = "<token>"
SECRET_LABEL = "<webhook secret>"
#: A bot token: the bot's id, a colon, 35 characters (longer runs are caught too).
TOKEN_SHAPE = re.compile(r"\d{5,}(?::|%3A)[A-Za-z0-9_-]{30,}")
#: Shorter registered values are not blanked: they would blank ordinary words.
MIN_SECRET_LENGTH = 4

_secrets: dict[str, str] = {}
_lock = threading.Lock()


class HasSecrets(Protocol):
    @property
    def telegram_bot_token(self) -> str | None: ...

    @property
    def webhook_secret(self) -> str | None: ...


def register(secret: str | None, label: str) -> None:
    """Blank `secret` (and, for a token, its part after the colon) in everything redacted from now on."""
    if not secret or len(secret) < MIN_SECRET_LENGTH:
        return
    variants = {secret: label, secret.replace(":", "%3A"): label}
    _, colon, key = secret.partition(":")
    if colon and len(key) >= 20:
        variants[key] = label
    with _lock:
        _secrets.update(variants)


def register_settings(settings: HasSecrets) -> None:
    """Register the token and the webhook secret of `settings`."""
    register(settings.telegram_bot_token, TOKEN_LABEL)
    register(settings.webhook_secret, SECRET_LABEL)


def redact(text: str, extra: dict[str, str] | None = None) -> str:
    """`text` without any registered secret (nor those in `extra`) or token-shaped string."""
    with _lock:
        secrets = {**_secrets, **(extra or {})}
    for secret in sorted(secrets, key=len, reverse=True):  # a token before its own part
        text = text.replace(secret, secrets[secret])
    return TOKEN_SHAPE.sub(TOKEN_LABEL, text)


class RedactingStream(io.TextIOBase):
    """Passes whole lines to `target`, redacted; a partial line waits for its end or `flush`."""

    def __init__(self, target: TextIO) -> None:
        super().__init__()
        self.target = target
        self._pending = ""

    def write(self, text: str) -> int:
        """Redact and pass on every completed line of `text`."""
        self._pending += text
        complete, newline, rest = self._pending.rpartition("\n")
        if newline:
            self.target.write(redact(complete + newline))
            self._pending = rest
        return len(text)

    def flush(self) -> None:
        """Pass on the partial line too, then flush the target."""
        if self._pending:
            self.target.write(redact(self._pending))
            self._pending = ""
        self.target.flush()

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self.target.isatty()

    def fileno(self) -> int:
        return self.target.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.target, "encoding", "utf-8")
