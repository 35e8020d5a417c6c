"""Ordered schema migrations of the subscriptions database.

The schema version is SQLite's `user_version`. Each step runs inside the caller's transaction, so
a database is either fully at a version or still at the one before it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]


def _create_subscriptions(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE subscriptions (
            chat_id    INTEGER PRIMARY KEY,
            note_time  TEXT    NOT NULL,  -- HH:MM, local to `timezone`
            timezone   TEXT    NOT NULL,  -- IANA name, e.g. Asia/Tokyo
            last_sent  TEXT,              -- local date (YYYY-MM-DD) of the last note sent
            created_at TEXT    NOT NULL
        )
        """
    )


def _add_send_empty(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE subscriptions ADD COLUMN send_empty INTEGER NOT NULL DEFAULT 0")


def _create_deliveries(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE deliveries (
            chat_id     INTEGER NOT NULL,
            day         TEXT    NOT NULL,  -- local date (YYYY-MM-DD) of the note in the chat's zone
            state       TEXT    NOT NULL CHECK (state IN ('due', 'sending', 'sent', 'failed')),
            parts_sent  INTEGER NOT NULL DEFAULT 0,  -- messages of the note Telegram confirmed
            attempts    INTEGER NOT NULL DEFAULT 0,  -- requests claimed so far
            owner       TEXT,              -- process holding the 'sending' claim (host:pid:random)
            lease_until REAL,              -- Unix time after which a 'sending' claim is stale
            detail      TEXT,              -- the last error, for the log and for people
            updated_at  TEXT    NOT NULL,
            PRIMARY KEY (chat_id, day)
        )
        """
    )
    # Notes claimed by earlier versions (claimed before sending) count as sent: no note twice.
    conn.execute(
        """
        INSERT INTO deliveries (chat_id, day, state, parts_sent, updated_at)
        SELECT chat_id, last_sent, 'sent', 1, created_at FROM subscriptions WHERE last_sent IS NOT NULL
        """
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "subscriptions table", _create_subscriptions),
    Migration(2, "per-chat choice to get a note on days with nothing", _add_send_empty),
    Migration(3, "per-chat, per-day delivery record of the daily note", _create_deliveries),
)

LATEST_VERSION = MIGRATIONS[-1].version


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to date inside one immediate transaction; return the version reached.

    The version is read after the write lock is taken, so two processes starting together apply
    each step once.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = int(conn.execute("PRAGMA user_version").fetchone()[0])
        for migration in MIGRATIONS:
            if migration.version > current:
                migration.apply(conn)
                current = migration.version
        # PRAGMA does not take parameters; the value is an int from the table above.
        conn.execute(f"PRAGMA user_version = {int(current)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return current
