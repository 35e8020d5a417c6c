"""Answers as Telegram HTML messages.

Every piece of text from the knowledge base or the user is escaped here with `html.escape`; the
only tags are the ones this module adds, and each rendered line opens and closes its own tags, so a
message split at line boundaries never cuts a tag in two. A line too long for one message is cut
as plain text before escaping, so no entity or tag is cut either.

Under the citation line, the sentences behind the answer (each source's `quote`) follow in an
expandable blockquote: collapsed to a few lines until tapped. They are optional: when the message
has no room left for all of them they are trimmed (at a space, marked with "…") or left out, never
moved into a message of their own.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.answers import Answer, Citation, Item

#: Telegram's limit for one message's text.
MESSAGE_LIMIT = 4096
#: List entries shown per page; longer lists get page buttons.
PAGE_SIZE = 8
#: An optional line trimmed to fewer characters than this is left out instead.
MIN_TRIMMED = 40
ELLIPSIS = "…"


@dataclass(frozen=True)
class Line:
    """One line of a message: plain text and the tag (`b`, `i`, `blockquote` or none) that wraps it.

    `attribute` goes into the opening tag (`expandable`); an `optional` line is trimmed to the room
    left in its message, or left out, instead of starting a new message.
    """

    text: str
    tag: str | None = None
    attribute: str | None = None
    optional: bool = False

    def html(self) -> str:
        escaped = html.escape(self.text)
        if not self.tag:
            return escaped
        opening = f"{self.tag} {self.attribute}" if self.attribute else self.tag
        return f"<{opening}>{escaped}</{self.tag}>"


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
    lines.extend(source_lines(answer.sources))
    return lines


def source_lines(sources: Sequence[Citation]) -> list[Line]:
    """The citation line (each document once) and, under it, the quotes in an expandable blockquote.

    With several documents both are numbered, so that each quote names its document.
    """
    documents = list(dict.fromkeys(c.short() for c in sources))
    if not documents:
        return []
    if len(documents) == 1:
        citation = f"Source: {documents[0]}"
    else:
        citation = "Sources: " + "; ".join(f"[{n}] {title}" for n, title in enumerate(documents, 1))
    quotes = []
    for quote, title in dict.fromkeys((" ".join(c.quote.split()), c.short()) for c in sources):
        if quote:
            number = f"[{documents.index(title) + 1}] " if len(documents) > 1 else ""
            quotes.append(f"{number}“{quote}”")
    lines = [Line(citation, "i")]
    if quotes:
        lines.append(Line("\n".join(quotes), "blockquote", "expandable", optional=True))
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
        if line.optional:
            piece = _trimmed(line, limit - size - (1 if current else 0))
            if piece is not None:
                size += telegram_length(piece) + (1 if current else 0)
                current.append(piece)
            continue
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
        cut = _longest_prefix(rest, replace(line, text=""), limit)
        space = rest.rfind(" ", 0, cut)
        if cut < len(rest) and space > cut // 2:
            cut = space + 1
        pieces.append(replace(line, text=rest[:cut].rstrip()).html())
        rest = rest[cut:]
    return pieces


def _trimmed(line: Line, room: int) -> str | None:
    """`line` as HTML in at most `room` characters: whole, cut at a space with "…", or None."""
    rendered = line.html()
    if telegram_length(rendered) <= room:
        return rendered
    shell = replace(line, text=ELLIPSIS)
    cut = _longest_prefix(line.text, shell, room)
    if cut < MIN_TRIMMED or telegram_length(replace(line, text=line.text[:cut] + ELLIPSIS).html()) > room:
        return None
    space = line.text.rfind(" ", 0, cut)
    if space > cut // 2:
        cut = space
    return replace(line, text=line.text[:cut].rstrip() + ELLIPSIS).html()


def _longest_prefix(text: str, line: Line, limit: int) -> int:
    """The longest prefix of `text` that, put before `line`'s own text, renders within `limit`."""
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if telegram_length(replace(line, text=text[:middle] + line.text).html()) <= limit:
            low = middle
        else:
            high = middle - 1
    return low
