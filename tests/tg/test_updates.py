"""`ChatOrderedUpdateProcessor`: concurrent across chats, in order within a chat, bounded, no leak.

Handlers here are coroutines that wait for events the test sets, so every assertion is about
which handlers have started or finished, never about how long anything took.
"""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from telegram import Chat, InlineQuery, Message, Update, User

from bot.tg.updates import ChatOrderedUpdateProcessor, order_key


def message_update(update_id: int, chat_id: int) -> Update:
    chat = Chat(chat_id, Chat.PRIVATE if chat_id > 0 else Chat.GROUP)
    return Update(update_id, message=Message(update_id, dt.datetime(2024, 1, 1, tzinfo=dt.UTC), chat, text="hi"))


class Handlers:
    """Handler coroutines that record when they start and finish, each released by the test."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.finished: list[str] = []
        self.release: dict[str, asyncio.Event] = {}

    async def handle(self, name: str) -> None:
        self.started.append(name)
        await self.release.setdefault(name, asyncio.Event()).wait()
        self.finished.append(name)

    def let_go(self, name: str) -> None:
        self.release.setdefault(name, asyncio.Event()).set()


async def settle() -> None:
    """Let every task that can run do so."""
    for _ in range(20):
        await asyncio.sleep(0)


def submit(processor: ChatOrderedUpdateProcessor, handlers: Handlers, update: object,
           name: str) -> asyncio.Task[None]:
    return asyncio.create_task(processor.process_update(update, handlers.handle(name)))


async def test_a_chat_s_updates_run_one_at_a_time_in_arrival_order() -> None:
    processor, handlers = ChatOrderedUpdateProcessor(), Handlers()
    tasks = [submit(processor, handlers, message_update(n, 1), f"chat1-{n}") for n in range(1, 5)]
    await settle()
    assert handlers.started == ["chat1-1"]
    for n in range(1, 5):
        handlers.let_go(f"chat1-{n}")
        await settle()
    await asyncio.gather(*tasks)
    assert handlers.finished == ["chat1-1", "chat1-2", "chat1-3", "chat1-4"]


async def test_other_chats_are_not_held_up_by_a_busy_chat() -> None:
    processor, handlers = ChatOrderedUpdateProcessor(), Handlers()
    busy = [submit(processor, handlers, message_update(n, 1), f"flood-{n}") for n in range(1, 21)]
    other = submit(processor, handlers, message_update(21, 2), "other")
    group = submit(processor, handlers, message_update(22, -100), "group")
    handlers.let_go("other")
    handlers.let_go("group")
    await asyncio.gather(other, group)
    assert handlers.finished == ["other", "group"]
    assert handlers.started[0] == "flood-1" and "flood-2" not in handlers.started
    for n in range(1, 21):
        handlers.let_go(f"flood-{n}")
    await asyncio.gather(*busy)
    assert handlers.finished[2:] == [f"flood-{n}" for n in range(1, 21)]


async def test_at_most_max_running_handlers_run_at_once() -> None:
    processor, handlers = ChatOrderedUpdateProcessor(max_running=2), Handlers()
    tasks = [submit(processor, handlers, message_update(n, n), f"chat{n}") for n in range(1, 5)]
    await settle()
    assert handlers.started == ["chat1", "chat2"]
    handlers.let_go("chat1")
    await settle()
    assert handlers.started == ["chat1", "chat2", "chat3"]
    for n in range(2, 5):
        handlers.let_go(f"chat{n}")
    await asyncio.gather(*tasks)
    assert sorted(handlers.finished) == ["chat1", "chat2", "chat3", "chat4"]


async def test_a_chat_s_lock_is_dropped_when_its_last_update_is_done() -> None:
    processor, handlers = ChatOrderedUpdateProcessor(), Handlers()
    tasks = [submit(processor, handlers, message_update(n, chat), f"{chat}-{n}")
             for n, chat in enumerate((1, 1, 2), 1)]
    await settle()
    assert processor.chats_in_progress == 2
    handlers.let_go("1-1")
    handlers.let_go("2-3")
    await settle()
    assert processor.chats_in_progress == 1, "chat 1 still has an update running"
    handlers.let_go("1-2")
    await asyncio.gather(*tasks)
    assert processor.chats_in_progress == 0


async def test_a_failing_handler_releases_its_chat_for_the_next_update() -> None:
    processor, handlers = ChatOrderedUpdateProcessor(), Handlers()

    async def fail() -> None:
        raise RuntimeError("handler failed")

    first = asyncio.create_task(processor.process_update(message_update(1, 1), fail()))
    second = submit(processor, handlers, message_update(2, 1), "after")
    handlers.let_go("after")
    with pytest.raises(RuntimeError):
        await first
    await second
    assert handlers.finished == ["after"] and processor.chats_in_progress == 0


async def test_an_update_cancelled_while_queued_is_dropped_cleanly() -> None:
    processor, handlers = ChatOrderedUpdateProcessor(), Handlers()
    running = submit(processor, handlers, message_update(1, 1), "running")
    queued = submit(processor, handlers, message_update(2, 1), "queued")
    await settle()
    queued.cancel()
    await settle()
    handlers.let_go("running")
    await running
    assert queued.cancelled() and handlers.started == ["running"]
    assert processor.chats_in_progress == 0


def test_updates_are_ordered_by_chat_else_by_sender() -> None:
    inline = Update(5, inline_query=InlineQuery("q", User(42, "A", False), "tokyo", ""))
    assert order_key(message_update(1, -100)) == -100
    assert order_key(inline) == 42
    assert order_key("not an update") is None


@pytest.mark.parametrize(("running", "pending"), [(0, 10), (11, 10)], ids=["no-running", "running-over-pending"])
def test_bounds_are_checked(running: int, pending: int) -> None:
    with pytest.raises(ValueError):
        ChatOrderedUpdateProcessor(max_running=running, max_pending=pending)
