"""The SQLite subscriptions store, on real files in tmp_path."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.errors import StorageError
from bot.storage import DeliveryStore, ProcessIdentity, Subscription, SubscriptionStore, subscriptions
from bot.storage.migrations import LATEST_VERSION, MIGRATIONS, migrate

NINE = dt.time(9, 0)
DAY = dt.date(2024, 1, 26)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SubscriptionStore]:
    with SubscriptionStore.open(tmp_path) as opened:
        yield opened


def test_new_database_is_at_latest_version_in_wal_mode(store: SubscriptionStore) -> None:
    conn = sqlite3.connect(store.path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()
    assert store.schema_version == LATEST_VERSION


def test_migrations_are_ordered_and_numbered_from_one() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def test_database_from_version_two_counts_its_claimed_notes_as_sent(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for migration in MIGRATIONS[:2]:
        migration.apply(conn)
    conn.execute("PRAGMA user_version = 2")
    conn.execute("COMMIT")
    conn.execute("INSERT INTO subscriptions VALUES (5, '07:30', 'Europe/Berlin', '2024-01-25', 'x', 0)")
    conn.close()

    with SubscriptionStore(path) as store:
        record = DeliveryStore(store).get(5, dt.date(2024, 1, 25))
        assert record is not None and record.state == "sent"


def test_version_one_database_is_migrated_keeping_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    MIGRATIONS[0].apply(conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.execute("INSERT INTO subscriptions VALUES (5, '07:30', 'Europe/Berlin', '2024-01-25', 'x')")
    conn.close()

    with SubscriptionStore(path) as store:
        assert store.get(5) == Subscription(5, dt.time(7, 30), "Europe/Berlin", dt.date(2024, 1, 25), False)
        assert store.schema_version == LATEST_VERSION


def test_migrating_twice_changes_nothing(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "db", isolation_level=None)
    try:
        assert migrate(conn) == LATEST_VERSION
        assert migrate(conn) == LATEST_VERSION
    finally:
        conn.close()


def test_database_from_a_newer_bot_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    SubscriptionStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    with pytest.raises(StorageError, match="newer"):
        SubscriptionStore(path)


def test_unopenable_path_raises_storage_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a directory")
    with pytest.raises(StorageError):
        SubscriptionStore.open(tmp_path / "file")


def test_subscribe_get_all_count_unsubscribe(store: SubscriptionStore) -> None:
    store.subscribe(2, NINE, "Asia/Tokyo")
    store.subscribe(1, dt.time(7, 5), "Europe/Paris", send_empty=True)
    assert store.get(1) == Subscription(1, dt.time(7, 5), "Europe/Paris", None, True)
    assert [s.chat_id for s in store.all()] == [1, 2]
    assert store.count() == 2
    assert store.unsubscribe(1) is True
    assert store.unsubscribe(1) is False
    assert store.get(1) is None
    assert store.count() == 1


def _sent(store: SubscriptionStore, chat_id: int, day: dt.date) -> None:
    deliveries, owner = DeliveryStore(store), ProcessIdentity.current()
    deliveries.open(chat_id, day)
    assert deliveries.claim(chat_id, day, owner, part=0, lease_seconds=60)
    deliveries.mark_sent(chat_id, day, owner)


def test_changing_a_subscription_keeps_the_last_note_date(store: SubscriptionStore) -> None:
    store.subscribe(1, NINE, "Asia/Tokyo")
    _sent(store, 1, DAY)
    changed = store.subscribe(1, dt.time(18, 0), "Europe/London")
    assert changed == Subscription(1, dt.time(18, 0), "Europe/London", DAY)


def test_rows_survive_reopening(tmp_path: Path) -> None:
    with SubscriptionStore.open(tmp_path) as first:
        first.subscribe(42, NINE, "Asia/Tokyo")
        _sent(first, 42, DAY)
    with SubscriptionStore.open(tmp_path) as second:
        assert second.get(42) == Subscription(42, NINE, "Asia/Tokyo", DAY)


_WRITER = textwrap.dedent(
    """
    import datetime as dt, sys
    from pathlib import Path
    from bot.storage import DeliveryStore, ProcessIdentity, SubscriptionStore

    data_dir, start, count = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    with SubscriptionStore.open(data_dir) as store:
        claimed, deliveries, me = 0, DeliveryStore(store), ProcessIdentity.current()
        for chat_id in range(start, start + count):
            store.subscribe(chat_id, dt.time(9, 0), "Asia/Tokyo")
            deliveries.open(0, dt.date(2024, 1, 26))
            if deliveries.claim(0, dt.date(2024, 1, 26), me, part=0, lease_seconds=3600):
                deliveries.mark_sent(0, dt.date(2024, 1, 26), me)
                claimed += 1
            print(chat_id, flush=True)
    print("claimed", claimed, flush=True)
    """
)


def _writer(tmp_path: Path, start: int, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(tmp_path), str(start), str(count)],
        stdout=subprocess.PIPE,
        text=True,
    )


def test_two_processes_writing_one_file_lose_nothing(tmp_path: Path) -> None:
    with SubscriptionStore.open(tmp_path) as store:
        store.subscribe(0, NINE, "Asia/Tokyo")
    writers = [_writer(tmp_path, 1, 200), _writer(tmp_path, 1001, 200)]
    outputs = [w.communicate(timeout=60)[0] for w in writers]
    assert [w.returncode for w in writers] == [0, 0]
    # Chat 0's note for the day was claimed (and sent) by exactly one of the two processes.
    claims = sorted(int(out.strip().splitlines()[-1].split()[1]) for out in outputs)
    assert claims == [0, 1]
    with SubscriptionStore.open(tmp_path) as store:
        assert store.count() == 401
    conn = sqlite3.connect(tmp_path / "bot.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_killed_process_loses_no_reported_subscription(tmp_path: Path) -> None:
    SubscriptionStore.open(tmp_path).close()
    writer = _writer(tmp_path, 1, 1_000_000)
    assert writer.stdout is not None
    reported: list[int] = []
    deadline = time.monotonic() + 30
    while len(reported) < 50 and time.monotonic() < deadline:
        reported.append(int(writer.stdout.readline()))
    writer.kill()
    writer.communicate()
    assert len(reported) == 50

    with SubscriptionStore.open(tmp_path) as store:
        stored = {s.chat_id for s in store.all()}
    assert set(reported) <= stored
    conn = sqlite3.connect(tmp_path / "bot.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_storage_does_not_import_telegram() -> None:
    code = "import sys, bot.storage; sys.exit('telegram' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_locked_database_is_reported_with_its_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    SubscriptionStore.open(tmp_path).close()
    monkeypatch.setattr(subscriptions, "BUSY_TIMEOUT_SECONDS", 0.1)
    holder = sqlite3.connect(tmp_path / "bot.sqlite3", isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StorageError) as raised:
            SubscriptionStore.open(tmp_path)
    finally:
        holder.close()
    assert str(raised.value) == (f"database {tmp_path / 'bot.sqlite3'} is locked by another program (waited 0.1 s); "
                                 "close whatever holds it and try again")


def test_damaged_database_is_reported_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    path.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(StorageError, match=f"database {path} is damaged .* left untouched"):
        SubscriptionStore.open(tmp_path)
    assert path.read_bytes() == b"\x00garbage" * 1000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bot.sqlite3"]
