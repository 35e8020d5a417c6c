"""Pagination and detail buttons, and validation of the callback data they carry."""

from __future__ import annotations

import pytest

from bot.answers import Action, Answer, Item
from bot.tg.keyboards import (
    CALLBACK_DATA_LIMIT,
    NOOP,
    ButtonPress,
    InvalidButton,
    answer_keyboard,
    encode,
    needs_keyboard,
    parse,
)
from bot.tg.render import PAGE_SIZE

LIST_ID = "0123abcd"


def _answer(count: int, actions: tuple[Action, ...] = ()) -> Answer:
    items = tuple(Item(f"Meeting {n} " + "long " * 30, f"/meeting m{n}") for n in range(count))
    return Answer("meetings", True, "Meetings", items=items, actions=actions)


def _rows(answer: Answer, page: int = 0) -> list[list[tuple[str, str]]]:
    markup = answer_keyboard(answer, LIST_ID, page)
    assert markup is not None
    return [[(b.text, str(b.callback_data)) for b in row] for row in markup.inline_keyboard]


def test_first_page_has_detail_buttons_and_next() -> None:
    rows = _rows(_answer(PAGE_SIZE + 3))
    assert [data for row in rows[:-1] for _, data in row] == [f"o:{LIST_ID}:{n}" for n in range(PAGE_SIZE)]
    assert rows[-1] == [("1/2", NOOP), ("Next ›", f"p:{LIST_ID}:1")]


def test_last_page_has_previous_only() -> None:
    rows = _rows(_answer(PAGE_SIZE + 3), page=1)
    assert [data for _, data in rows[0]] == [f"o:{LIST_ID}:{PAGE_SIZE}"]
    assert rows[-1] == [("‹ Previous", f"p:{LIST_ID}:0"), ("2/2", NOOP)]


def test_button_labels_are_shortened() -> None:
    for row in _rows(_answer(2)):
        for text, _ in row:
            assert len(text) <= 48


def test_actions_get_a_row() -> None:
    rows = _rows(_answer(1, (Action("Where?", "/where"), Action("Who?", "/who"))))
    assert rows[-1] == [("Where?", f"a:{LIST_ID}:0"), ("Who?", f"a:{LIST_ID}:1")]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (Answer("fact", True, "T"), False),
        (Answer("meetings", True, "T", items=(Item("a"),)), False),
        (Answer("meetings", True, "T", items=(Item("a", "/meeting a"),)), True),
        (Answer("meetings", True, "T", items=tuple(Item(str(n)) for n in range(PAGE_SIZE + 1))), True),
        (Answer("fact", True, "T", actions=(Action("x", "/x"),)), True),
    ],
    ids=["no-items", "items-without-details", "item-with-details", "many-pages", "action"],
)
def test_needs_keyboard(answer: Answer, expected: bool) -> None:
    assert needs_keyboard(answer) is expected


def test_encoded_data_round_trips_and_fits() -> None:
    data = encode("p", LIST_ID, 9999)
    assert len(data.encode()) <= CALLBACK_DATA_LIMIT
    assert parse(data) == ButtonPress("p", LIST_ID, 9999)


@pytest.mark.parametrize(
    "data",
    [None, "", "x:0123abcd:1", "p:0123abc:1", "p:0123ABCD:1", "p:0123abcd:-1", "p:0123abcd:12345",
     "p:0123abcd:1:extra", "/meeting m1", "p:0123abcd:1\n"],
    ids=["none", "empty", "unknown-kind", "short-id", "upper-id", "negative", "too-long-number",
         "extra-field", "command", "newline"],
)
def test_tampered_data_is_invalid(data: str | None) -> None:
    with pytest.raises(InvalidButton):
        parse(data)


def test_encode_refuses_bad_ids() -> None:
    with pytest.raises(ValueError):
        encode("p", "not-hex!", 1)
