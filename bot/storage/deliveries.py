"""Delivery record of the daily note: one row per chat and local date, in the subscriptions database.

    due ──claim──▶ sending ──confirmed──▶ sent
     ▲                │
     └──release───────┤  (transient error: tried again later the same day)
                      └──fail──▶ failed    (Telegram refused it for good; the next day is a new row)

A process claims the row right before its request leaves (one conditional write), and only while
no other live process holds it; the claim is a lease that a crashed process cannot keep: it lapses
after `lease_seconds`, and at once when the owner was a process on this machine that is gone. A
note of several messages records each confirmed message, so a resumed note sends only the rest.
Nothing here imports `telegram`.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from bot.storage.subscriptions import SubscriptionStore

State = Literal["due", "sending", "sent", "failed"]
#: States after which the day's note is not tried again.
FINAL_STATES: frozenset[str] = frozenset({"sent", "failed"})


@dataclass(frozen=True)
class Delivery:
    """The state of one chat's note for one local date."""

    chat_id: int
    day: dt.date
    state: State
    parts_sent: int = 0
    attempts: int = 0
    owner: str | None = None
    lease_until: float | None = None
    detail: str | None = None


#: The nonces of the identities made in this process.
_LIVE_NONCES: set[str] = set()


@dataclass(frozen=True)
class ProcessIdentity:
    """Who holds a claim: host name, process id and a random part unique to this start."""

    host: str
    pid: int
    nonce: str

    def __str__(self) -> str:
        return f"{self.host}:{self.pid}:{self.nonce}"

    @classmethod
    def current(cls) -> ProcessIdentity:
        """A new identity in this process (each bot in it gets its own)."""
        identity = cls(socket.gethostname(), os.getpid(), uuid.uuid4().hex[:12])
        _LIVE_NONCES.add(identity.nonce)
        return identity

    def knows_gone(self, owner: str) -> bool:
        """Whether `owner` is certainly not running: a process of this host that has ended.

        Our own pid with a nonce this process never made is an earlier process (a restarted
        container keeps its pid); another host's process cannot be checked, its lease has to lapse.
        """
        host, _, rest = owner.partition(":")
        pid_text, _, nonce = rest.partition(":")
        if host != self.host or not pid_text.isdigit():
            return False
        pid = int(pid_text)
        if pid == self.pid:
            return nonce not in _LIVE_NONCES
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False


class DeliveryStore:
    """The `deliveries` table of a `SubscriptionStore`; every change is one transaction."""

    def __init__(self, store: SubscriptionStore, *, now: Callable[[], float] = time.time) -> None:
        self.store = store
        self.now = now

    def open(self, chat_id: int, day: dt.date) -> Delivery:
        """The record of `chat_id`'s note for `day`, created as due when there is none."""
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO deliveries (chat_id, day, state, updated_at) VALUES (?, ?, 'due', ?)",
                (chat_id, day.isoformat(), _utc_now()),
            )
            row = conn.execute(_SELECT + " WHERE chat_id = ? AND day = ?", (chat_id, day.isoformat())).fetchone()
        return _delivery(row)

    def get(self, chat_id: int, day: dt.date) -> Delivery | None:
        row = self.store.read(_SELECT + " WHERE chat_id = ? AND day = ?", (chat_id, day.isoformat())).fetchone()
        return _delivery(row) if row else None

    def states_since(self, day: dt.date) -> dict[tuple[int, dt.date], State]:
        """The state of every record from `day` on, by (chat id, local date)."""
        rows = self.store.read("SELECT chat_id, day, state FROM deliveries WHERE day >= ?", (day.isoformat(),))
        return {(chat_id, dt.date.fromisoformat(text)): state for chat_id, text, state in rows}

    def claim(self, chat_id: int, day: dt.date, owner: ProcessIdentity, *, part: int,
              lease_seconds: float) -> bool:
        """Take (or renew) the right to send message `part` of the note; False if it is not ours to send.

        Granted when the note is due with `part` messages confirmed, or already claimed by `owner`,
        or claimed by a process that is gone or whose lease has lapsed.
        """
        now = self.now()
        with self.store.transaction() as conn:
            row = conn.execute(_SELECT + " WHERE chat_id = ? AND day = ?", (chat_id, day.isoformat())).fetchone()
            if row is None:
                return False
            current = _delivery(row)
            if current.state in FINAL_STATES or current.parts_sent != part:
                return False
            if current.state == "sending" and not _claimable(current, owner, now):
                return False
            conn.execute(
                """
                UPDATE deliveries SET state = 'sending', owner = ?, lease_until = ?, attempts = attempts + 1,
                    updated_at = ?
                WHERE chat_id = ? AND day = ?
                """,
                (str(owner), now + lease_seconds, _utc_now(), chat_id, day.isoformat()),
            )
        return True

    def confirm_part(self, chat_id: int, day: dt.date, owner: ProcessIdentity, parts_sent: int) -> None:
        """Record that Telegram confirmed the first `parts_sent` messages of the note."""
        self._update(chat_id, day, owner, "parts_sent = ?", (parts_sent,))

    def mark_sent(self, chat_id: int, day: dt.date, owner: ProcessIdentity, *, parts: int = 1) -> None:
        """Record the whole note (`parts` messages) as confirmed; the chat's last note date follows."""
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE deliveries SET state = 'sent', parts_sent = ?, owner = NULL, lease_until = NULL, "
                "detail = NULL, updated_at = ? WHERE chat_id = ? AND day = ? AND owner = ?",
                (parts, _utc_now(), chat_id, day.isoformat(), str(owner)),
            )
            conn.execute(
                "UPDATE subscriptions SET last_sent = ? WHERE chat_id = ? AND (last_sent IS NULL OR last_sent < ?)",
                (day.isoformat(), chat_id, day.isoformat()),
            )

    def release(self, chat_id: int, day: dt.date, owner: ProcessIdentity, detail: str) -> None:
        """Give the claim back after a transient error: the note is due again."""
        self._update(chat_id, day, owner, "state = 'due', owner = NULL, lease_until = NULL, detail = ?", (detail,))

    def mark_failed(self, chat_id: int, day: dt.date, detail: str) -> None:
        """Give up on the day's note (Telegram refused it, or the day ended)."""
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE deliveries SET state = 'failed', owner = NULL, lease_until = NULL, detail = ?, "
                "updated_at = ? WHERE chat_id = ? AND day = ? AND state != 'sent'",
                (detail, _utc_now(), chat_id, day.isoformat()),
            )

    def forget_before(self, day: dt.date) -> int:
        """Delete records of dates before `day`; return how many."""
        with self.store.transaction() as conn:
            return conn.execute("DELETE FROM deliveries WHERE day < ?", (day.isoformat(),)).rowcount

    def _update(self, chat_id: int, day: dt.date, owner: ProcessIdentity, assignments: str,
                values: tuple[object, ...]) -> None:
        with self.store.transaction() as conn:
            conn.execute(
                f"UPDATE deliveries SET {assignments}, updated_at = ? WHERE chat_id = ? AND day = ? AND owner = ?",
                (*values, _utc_now(), chat_id, day.isoformat(), str(owner)),
            )


def _claimable(current: Delivery, owner: ProcessIdentity, now: float) -> bool:
    if current.owner is None or current.owner == str(owner):
        return True
    return (current.lease_until or 0.0) <= now or owner.knows_gone(current.owner)


_SELECT = ("SELECT chat_id, day, state, parts_sent, attempts, owner, lease_until, detail FROM deliveries")


_Row = tuple[int, str, State, int, int, str | None, float | None, str | None]


def _delivery(row: _Row) -> Delivery:
    chat_id, day, state, parts_sent, attempts, owner, lease_until, detail = row
    return Delivery(chat_id, dt.date.fromisoformat(day), state, parts_sent, attempts, owner, lease_until, detail)


def _utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
