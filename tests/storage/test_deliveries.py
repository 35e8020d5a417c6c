"""The delivery record of daily notes: claims, leases, confirmations, on real SQLite files."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.storage import DeliveryStore, ProcessIdentity, SubscriptionStore

DAY = dt.date(2024, 1, 26)
LEASE = 60.0


@dataclass
class Clock:
    now: float = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SubscriptionStore]:
    with SubscriptionStore.open(tmp_path) as opened:
        opened.subscribe(1, dt.time(9, 0), "Asia/Tokyo")
        yield opened


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def deliveries(store: SubscriptionStore, clock: Clock) -> DeliveryStore:
    return DeliveryStore(store, now=clock)


def other_host_process() -> ProcessIdentity:
    return ProcessIdentity("another-host", 4242, "abc")


def test_a_new_record_is_due_and_opening_again_keeps_it(deliveries: DeliveryStore) -> None:
    assert deliveries.open(1, DAY).state == "due"
    me = ProcessIdentity.current()
    assert deliveries.claim(1, DAY, me, part=0, lease_seconds=LEASE)
    again = deliveries.open(1, DAY)
    assert (again.state, again.owner, again.attempts) == ("sending", str(me), 1)


def test_only_one_live_process_holds_the_claim(deliveries: DeliveryStore) -> None:
    me, other = ProcessIdentity.current(), other_host_process()
    deliveries.open(1, DAY)
    assert deliveries.claim(1, DAY, other, part=0, lease_seconds=LEASE)
    assert not deliveries.claim(1, DAY, me, part=0, lease_seconds=LEASE)
    assert deliveries.claim(1, DAY, other, part=0, lease_seconds=LEASE), "the holder renews its claim"


def test_a_lapsed_lease_can_be_taken_over(deliveries: DeliveryStore, clock: Clock) -> None:
    me, other = ProcessIdentity.current(), other_host_process()
    deliveries.open(1, DAY)
    assert deliveries.claim(1, DAY, other, part=0, lease_seconds=LEASE)
    clock.now += LEASE - 1
    assert not deliveries.claim(1, DAY, me, part=0, lease_seconds=LEASE)
    clock.now += 2
    assert deliveries.claim(1, DAY, me, part=0, lease_seconds=LEASE)


def test_the_claim_of_an_ended_process_on_this_host_is_taken_over_at_once(deliveries: DeliveryStore) -> None:
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                           text=True, check=True)
    me = ProcessIdentity.current()
    gone = ProcessIdentity(me.host, int(ended.stdout), "0123456789ab")
    earlier_self = ProcessIdentity(me.host, os.getpid(), "earlier")  # a restarted container keeps its pid
    for holder in (gone, earlier_self):
        deliveries.open(1, DAY)
        assert deliveries.claim(1, DAY, holder, part=0, lease_seconds=LEASE)
        assert deliveries.claim(1, DAY, me, part=0, lease_seconds=LEASE), holder
        deliveries.release(1, DAY, me, "test")


def test_a_live_process_on_this_host_keeps_its_claim(deliveries: DeliveryStore) -> None:
    me = ProcessIdentity.current()
    parent = ProcessIdentity(me.host, os.getppid(), "parent")
    neighbour = ProcessIdentity.current()  # a second bot in this process
    for holder in (parent, neighbour):
        deliveries.open(1, DAY)
        assert deliveries.claim(1, DAY, holder, part=0, lease_seconds=LEASE)
        assert not deliveries.claim(1, DAY, me, part=0, lease_seconds=LEASE), holder
        deliveries.release(1, DAY, holder, "test")


def test_a_sent_note_is_never_claimed_again_and_dates_the_last_note(
        store: SubscriptionStore, deliveries: DeliveryStore, clock: Clock) -> None:
    me = ProcessIdentity.current()
    deliveries.open(1, DAY)
    assert deliveries.claim(1, DAY, me, part=0, lease_seconds=LEASE)
    deliveries.mark_sent(1, DAY, me)
    clock.now += 10 * LEASE
    assert not deliveries.claim(1, DAY, me, part=0, lease_seconds=LEASE)
    assert not deliveries.claim(1, DAY, other_host_process(), part=0, lease_seconds=LEASE)
    assert store.get(1).last_sent == DAY  # type: ignore[union-attr]
    assert deliveries.open(1, DAY).state == "sent"


def test_a_released_note_is_due_again_and_a_failed_one_is_final(deliveries: DeliveryStore) -> None:
    me, other = ProcessIdentity.current(), other_host_process()
    deliveries.open(1, DAY)
    assert deliveries.claim(1, DAY, me, part=0, lease_seconds=LEASE)
    deliveries.release(1, DAY, me, "Internal Server Error")
    record = deliveries.get(1, DAY)
    assert record is not None and (record.state, record.detail) == ("due", "Internal Server Error")
    assert deliveries.claim(1, DAY, other, part=0, lease_seconds=LEASE)
    deliveries.mark_failed(1, DAY, "Bad Request")
    assert not deliveries.claim(1, DAY, other, part=0, lease_seconds=LEASE)


def test_a_note_of_several_messages_resumes_after_the_last_confirmed_one(
        deliveries: DeliveryStore, clock: Clock) -> None:
    first, second = other_host_process(), ProcessIdentity.current()
    deliveries.open(1, DAY)
    assert deliveries.claim(1, DAY, first, part=0, lease_seconds=LEASE)
    deliveries.confirm_part(1, DAY, first, 1)
    clock.now += LEASE + 1  # the first process died while sending message 2
    assert not deliveries.claim(1, DAY, second, part=0, lease_seconds=LEASE), "message 1 was confirmed"
    assert deliveries.claim(1, DAY, second, part=1, lease_seconds=LEASE)


def test_states_since_and_forget_before(deliveries: DeliveryStore) -> None:
    for day in (DAY - dt.timedelta(days=40), DAY):
        deliveries.open(1, day)
    assert deliveries.states_since(DAY) == {(1, DAY): "due"}
    assert deliveries.forget_before(DAY - dt.timedelta(days=30)) == 1
    assert deliveries.states_since(DAY - dt.timedelta(days=100)) == {(1, DAY): "due"}
