"""Inline keyboards for answers, and the callback data their buttons carry.

Callback data names a list answer kept in the chat's state (see `state.ChatState`) by a short
random id, never the answer itself, so it stays far below Telegram's 64-byte limit:

    p:<list id>:<page>     show another page of the list
    o:<list id>:<index>    open the details of the list's entry `index`
    a:<list id>:<index>    run the answer's follow-up action `index`
    x                      the page counter; does nothing

Anything else, or an id the chat no longer holds, is a stale or tampered button.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.answers import Answer
from bot.tg.render import PAGE_SIZE, page_count, page_items

CALLBACK_DATA_LIMIT = 64
BUTTON_LABEL_LIMIT = 48
NOOP = "x"

ButtonKind = Literal["p", "o", "a"]
_PATTERN = re.compile(r"(?P<kind>[poa]):(?P<list_id>[0-9a-f]{8}):(?P<number>\d{1,4})")


class InvalidButton(ValueError):
    """Callback data this bot did not produce, or no longer understands."""


@dataclass(frozen=True)
class ButtonPress:
    kind: ButtonKind
    list_id: str
    number: int


def encode(kind: ButtonKind, list_id: str, number: int) -> str:
    data = f"{kind}:{list_id}:{number}"
    if not _PATTERN.fullmatch(data) or len(data.encode()) > CALLBACK_DATA_LIMIT:
        raise ValueError(f"cannot encode button {data!r}")
    return data


def parse(data: str | None) -> ButtonPress:
    """The button press `data` stands for; `InvalidButton` if it is not one of ours."""
    match = _PATTERN.fullmatch(data or "")
    if not match:
        raise InvalidButton(data)
    kind: ButtonKind = match["kind"]  # type: ignore[assignment]
    return ButtonPress(kind, match["list_id"], int(match["number"]))


def needs_keyboard(answer: Answer) -> bool:
    """Whether `answer` has anything to press: pages, entries with details, or actions."""
    return page_count(answer) > 1 or any(item.command for item in answer.items) or bool(answer.actions)


def answer_keyboard(answer: Answer, list_id: str, page: int = 0) -> InlineKeyboardMarkup | None:
    """Buttons for one page of `answer`: one per entry with details, actions, then page arrows."""
    rows: list[list[InlineKeyboardButton]] = []
    first = page * PAGE_SIZE
    for offset, item in enumerate(page_items(answer, page)):
        if item.command:
            label = f"{first + offset + 1}. {item.label}"
            rows.append([InlineKeyboardButton(_short(label), callback_data=encode("o", list_id, first + offset))])
    if answer.actions:
        rows.append(
            [InlineKeyboardButton(_short(a.label), callback_data=encode("a", list_id, n))
             for n, a in enumerate(answer.actions)]
        )
    pages = page_count(answer)
    if pages > 1:
        nav = []
        if page > 0:
            nav.append(InlineKeyboardButton("‹ Previous", callback_data=encode("p", list_id, page - 1)))
        nav.append(InlineKeyboardButton(f"{page + 1}/{pages}", callback_data=NOOP))
        if page < pages - 1:
            nav.append(InlineKeyboardButton("Next ›", callback_data=encode("p", list_id, page + 1)))
        rows.append(nav)
    return InlineKeyboardMarkup(rows) if rows else None


def _short(label: str) -> str:
    return label if len(label) <= BUTTON_LABEL_LIMIT else label[: BUTTON_LABEL_LIMIT - 1].rstrip() + "…"
