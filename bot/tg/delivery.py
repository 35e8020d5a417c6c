"""The moment a note's request leaves, and what a sending error means for the note.

A daily note is claimed in the database (`bot.storage.deliveries`) at the last moment: after the
rate limiter gave the request its slot, when python-telegram-bot hands it to the HTTP client.
`ClaimingRequest` is that HTTP client (PTB's `HTTPXRequest`) with one hook: before a `sendMessage`
leaves, it calls the claim registered for the running task with `claiming(...)`. A refused claim
raises `NotClaimed`, and the request does not leave.

    classify(exc) -> Outcome      blocked | transient (retry today, after `wait`) | refused (give up today)
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Literal

from telegram._utils.types import ODVInput
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.request import BaseRequest, HTTPXRequest, RequestData

#: First wait after a transient error; each further error doubles it, up to `MAX_RETRY_SECONDS`.
FIRST_RETRY_SECONDS = 15.0
MAX_RETRY_SECONDS = 1800.0

_CLAIM: ContextVar[Callable[[], None] | None] = ContextVar("note_claim", default=None)


class NotClaimed(TelegramError):
    """The note is not ours to send (sent, failed or being sent by another process)."""


@contextlib.contextmanager
def claiming(claim: Callable[[], None]) -> Iterator[None]:
    """Within the block, every `sendMessage` of this task calls `claim` right before it leaves."""
    token = _CLAIM.set(claim)
    try:
        yield
    finally:
        _CLAIM.reset(token)


def before_send(endpoint: str) -> None:
    """Run the claim registered for this task, if `endpoint` sends a message; may raise `NotClaimed`."""
    claim = _CLAIM.get()
    if claim is not None and endpoint == "sendMessage":
        claim()


def claims_as_it_sends(bot: object) -> bool:
    """Whether `bot` sends through `ClaimingRequest` (else its caller has to claim before sending)."""
    return isinstance(getattr(bot, "request", None), ClaimingRequest)


class ClaimingRequest(HTTPXRequest):
    """PTB's HTTP client, running the task's note claim right before a message leaves."""

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Claim, then send as `HTTPXRequest` does."""
        before_send(url.rsplit("/", 1)[-1])
        return await super().do_request(url, method, request_data, read_timeout=read_timeout,
                                        write_timeout=write_timeout, connect_timeout=connect_timeout,
                                        pool_timeout=pool_timeout)


@dataclass(frozen=True)
class Outcome:
    """What a sending error means for the day's note."""

    kind: Literal["blocked", "transient", "refused"]
    wait: float = 0.0


def classify(exc: TelegramError, attempt: int) -> Outcome:
    """Blocked (403), transient (5xx, timeout, network, 429: retry after `wait`) or refused (the rest)."""
    if isinstance(exc, Forbidden):
        return Outcome("blocked")
    if isinstance(exc, RetryAfter):
        retry_after = exc.retry_after
        seconds = retry_after.total_seconds() if isinstance(retry_after, dt.timedelta) else float(retry_after)
        return Outcome("transient", max(seconds, backoff(attempt)))
    if isinstance(exc, NetworkError) and not isinstance(exc, BadRequest):
        return Outcome("transient", backoff(attempt))
    return Outcome("refused")


def backoff(attempt: int) -> float:
    """Seconds to wait after the `attempt`-th failed try of a day's note (1-based)."""
    return float(min(MAX_RETRY_SECONDS, FIRST_RETRY_SECONDS * 2 ** max(0, attempt - 1)))
