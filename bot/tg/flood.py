"""Per-sender flood control: a sliding one-minute window of handled messages.

The first message over the limit gets a notice; the ones after it are ignored until enough of the
window has passed. No Telegram here: callers pass a key (the sender's id) and get a verdict.
"""

from __future__ import annotations

import enum
import time
from collections import deque
from collections.abc import Callable

#: Above this many senders, those quiet for a whole window are forgotten.
MAX_SENDERS_TRACKED = 10_000


class Verdict(enum.Enum):
    ALLOW = "allow"
    WARN = "warn"  # over the limit for the first time in this window: say so once
    IGNORE = "ignore"


class FloodGate:
    def __init__(
        self, limit_per_minute: int, *, window_seconds: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit_per_minute
        self.window = window_seconds
        self._clock = clock
        self._seen: dict[int, deque[float]] = {}
        self._warned: set[int] = set()

    def check(self, key: int) -> Verdict:
        """Count one message from `key` and say whether to handle it."""
        now = self._clock()
        if len(self._seen) > MAX_SENDERS_TRACKED:
            self._forget_quiet(now)
        seen = self._seen.setdefault(key, deque())
        while seen and now - seen[0] >= self.window:
            seen.popleft()
        if len(seen) < self.limit:
            seen.append(now)
            self._warned.discard(key)
            return Verdict.ALLOW
        if key in self._warned:
            return Verdict.IGNORE
        self._warned.add(key)
        return Verdict.WARN

    def _forget_quiet(self, now: float) -> None:
        for key in [k for k, seen in self._seen.items() if not seen or now - seen[-1] >= self.window]:
            del self._seen[key]
            self._warned.discard(key)
