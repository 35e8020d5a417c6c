"""Answers as Telegram HTML messages.

Every piece of text from the knowledge base or the user is escaped here with `html.escape`; the
only tags are the ones this module adds, and each rendered line opens and closes its own tags, so a
message split at line boundaries never cuts a tag in two. A line too long for one message is cut
as plain text before escaping, so no entity or tag is cut either.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from bot.answers import Answer, Item

#: Telegram's limit for one message's text.
MESSAGE_LIMIT = 4096
#: List entries shown per page; longer lists get page buttons.
PAGE_SIZE = 8


@dataclass(frozen=True)
class Line:
    """One line of a message: plain text and the tag (`b`, `i` or none) that wraps it."""

    text: str
    tag: str | None = None

    def html(self) -> str:
        escaped = html.escape(self.text)
        return f"<{self.tag}>{escaped}</{self.tag}>" if self.tag else escaped


def page_count(answer: Answer) -> int:
    return max(1, -(-len(answer.items) // PAGE_SIZE))


def page_items(answer: Answer, page: int) -> Sequence[Item]:
    return answer.items[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]


def answer_lines(answer: Answer, page: int = 0) -> list[Line]:
    """The lines of one page of `answer`: title, body, that page's items, hints and sources."""
    lines: list[Line] = []
    if answer.title:
        lines.append(Line(answer.title, "b"))
    if answer.interpretation:
        lines.append(Line(answer.interpretation, "i"))
    lines.extend(Line(text) for text in answer.lines)
    first = page * PAGE_SIZE
    lines.extend(Line(f"{first + n}. {item.label}") for n, item in enumerate(page_items(answer, page), 1))
    pages = page_count(answer)
    if pages > 1:
        lines.append(Line(f"Page {page + 1} of {pages} ({len(answer.items)} in all)", "i"))
    if answer.suggestions:
        lines.append(Line("Try: " + "; ".join(answer.suggestions), "i"))
    citations = list(dict.fromkeys(c.short() for c in answer.sources))  # one per document
    if citations:
        label = "Source" if len(citations) == 1 else "Sources"
        lines.append(Line(f"{label}: " + "; ".join(citations), "i"))
    return lines


def render_answer(answer: Answer, page: int = 0, limit: int = MESSAGE_LIMIT) -> list[str]:
    """One page of `answer` as HTML messages of at most `limit` characters each."""
    return split_lines(answer_lines(answer, page), limit)


def render_text(text: str, tag: str | None = None, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Plain (possibly multi-line) text as escaped HTML messages."""
    return split_lines([Line(part, tag) for part in text.split("\n")], limit)


def telegram_length(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def split_lines(lines: Sequence[Line], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Join rendered lines into messages of at most `limit` characters, breaking between lines."""
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for line in lines:
        for piece in _fit(line, limit):
            extra = telegram_length(piece) + (1 if current else 0)
            if current and size + extra > limit:
                chunks.append("\n".join(current))
                current, size = [], 0
                extra = telegram_length(piece)
            current.append(piece)
            size += extra
    if current:
        chunks.append("\n".join(current))
    return [chunk for chunk in chunks if chunk.strip()] or ["…"]


def _fit(line: Line, limit: int) -> list[str]:
    """`line` as HTML, cut into pieces of at most `limit` characters, preferably at spaces."""
    rendered = line.html()
    if telegram_length(rendered) <= limit:
        return [rendered]
    pieces: list[str] = []
    rest = line.text
    while rest:
        cut = _longest_prefix(rest, line.tag, limit)
        space = rest.rfind(" ", 0, cut)
        if cut < len(rest) and space > cut // 2:
            cut = space + 1
        pieces.append(Line(rest[:cut].rstrip(), line.tag).html())
        rest = rest[cut:]
    return pieces


def _longest_prefix(text: str, tag: str | None, limit: int) -> int:
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if telegram_length(Line(text[:middle], tag).html()) <= limit:
            low = middle
        else:
            high = middle - 1
    return low
