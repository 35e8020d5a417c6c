"""Subscriptions to the daily note, kept in SQLite (standard library) in the data directory.

Every write is one transaction, so a killed process loses nothing it reported as done. The file
is in WAL mode with a busy timeout, so two bot processes may share it; which note was sent to whom
is kept beside the subscriptions, in the same file (`bot.storage.deliveries`).

Calls are synchronous and short (one row each); they run on the bot's event loop directly.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.errors import StorageError
from bot.storage.diagnose import explain
from bot.storage.migrations import LATEST_VERSION, migrate

DATABASE_NAME = "bot.sqlite3"
BUSY_TIMEOUT_SECONDS = 10.0


@dataclass(frozen=True)
class Subscription:
    """One chat's daily note: when (local time and IANA zone) and the last local date Telegram confirmed."""

    chat_id: int
    note_time: dt.time
    timezone: str
    last_sent: dt.date | None = None
    send_empty: bool = False


class SubscriptionStore:
    """The subscriptions database; open with `SubscriptionStore.open(data_dir)`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Autocommit mode: transactions are opened explicitly, see `transaction`.
            self._conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(self._explain(exc)) from exc
        try:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self.schema_version = migrate(self._conn)
        except sqlite3.Error as exc:
            self._conn.close()
            raise StorageError(self._explain(exc)) from exc
        if self.schema_version > LATEST_VERSION:
            self._conn.close()
            raise StorageError(
                f"database {path} has schema version {self.schema_version}, newer than this bot "
                f"({LATEST_VERSION}); run a newer version of the bot"
            )

    def _explain(self, exc: sqlite3.Error | OSError) -> str:
        return explain(self.path, exc, busy_timeout=BUSY_TIMEOUT_SECONDS)

    @classmethod
    def open(cls, data_dir: Path) -> SubscriptionStore:
        """Open (creating and migrating if needed) the database in `data_dir`."""
        return cls(data_dir / DATABASE_NAME)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> SubscriptionStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise StorageError(self._explain(exc)) from exc

    def subscribe(
        self, chat_id: int, note_time: dt.time, timezone: str, *, send_empty: bool = False
    ) -> Subscription:
        """Create or change a chat's subscription; the date of the last note sent is kept."""
        with self.transaction() as conn:
            conn.execute(
                """
                INSERT INTO subscriptions (chat_id, note_time, timezone, send_empty, created_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (chat_id) DO UPDATE SET
                    note_time = excluded.note_time,
                    timezone = excluded.timezone,
                    send_empty = excluded.send_empty
                """,
                (chat_id, note_time.strftime("%H:%M"), timezone, int(send_empty), _utc_now()),
            )
            row = conn.execute(_SELECT + " WHERE chat_id = ?", (chat_id,)).fetchone()
        return _subscription(row)

    def unsubscribe(self, chat_id: int) -> bool:
        """Remove a chat's subscription; True if there was one."""
        with self.transaction() as conn:
            return conn.execute("DELETE FROM subscriptions WHERE chat_id = ?", (chat_id,)).rowcount == 1

    def get(self, chat_id: int) -> Subscription | None:
        row = self.read(_SELECT + " WHERE chat_id = ?", (chat_id,)).fetchone()
        return _subscription(row) if row else None

    def all(self) -> list[Subscription]:
        """Every subscription, ordered by chat id."""
        return [_subscription(row) for row in self.read(_SELECT + " ORDER BY chat_id", ())]

    def count(self) -> int:
        return int(self.read("SELECT COUNT(*) FROM subscriptions", ()).fetchone()[0])

    def read(self, sql: str, params: tuple[object, ...]) -> sqlite3.Cursor:
        try:
            return self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise StorageError(self._explain(exc)) from exc


_SELECT = "SELECT chat_id, note_time, timezone, last_sent, send_empty FROM subscriptions"


def _subscription(row: tuple[int, str, str, str | None, int]) -> Subscription:
    chat_id, note_time, timezone, last_sent, send_empty = row
    return Subscription(
        chat_id=chat_id,
        note_time=dt.time.fromisoformat(note_time),
        timezone=timezone,
        last_sent=dt.date.fromisoformat(last_sent) if last_sent else None,
        send_empty=bool(send_empty),
    )


def _utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
