"""Split a document into sentences that are verbatim substrings of it, with their paragraph and point.

A sentence ends at `.`, `!` or `?` (with any closing quotation mark) followed by white space and a
capital letter, unless the word before the full stop is a known abbreviation (`Mr.`, `H.E.`,
`p.m.`, `Sept.`). A line is never joined to the next one: press releases put headings, captions and
numbered points on lines of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Words ending in a full stop that do not end a sentence.
ABBREVIATIONS = frozenset({
    "mr", "ms", "mrs", "dr", "h.e", "st", "no", "vs", "etc", "a.m", "p.m", "u.s", "u.k", "u.n", "e.g", "i.e",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "prof", "gen", "jr",
})  # fmt: skip

_END = re.compile(r"[.!?][”\"’']?(?=\s+[“\"‘(]?[A-Z0-9])")
_POINT = re.compile(r"^\s*(?:\(?(\d{1,2})[.)]|[•\-–*])\s+")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its exact text, where it starts in the document, its line and numbered point."""

    text: str
    start: int
    line: int
    point: int | None  # the number of the numbered point it belongs to, if any

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_sentences(document: str) -> list[Sentence]:
    """Every sentence of `document`, in order; each `text` is `document[start:end]`."""
    found: list[Sentence] = []
    offset = 0
    point: int | None = None
    for number, line in enumerate(document.split("\n")):
        marker = _POINT.match(line)
        if marker:
            point = int(marker.group(1)) if marker.group(1) else (point or 0) + 1
            body_start = marker.end()
        else:
            body_start = len(line) - len(line.lstrip())
            if line.strip() and body_start == 0:
                point = None  # an unindented line ends the list of points
        for start, end in _spans(line, body_start):
            found.append(Sentence(line[start:end], offset + start, number, point))
        offset += len(line) + 1
    return found


def _spans(line: str, start: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for match in _END.finditer(line, start):
        word = _WORD_BEFORE.search(line, 0, match.start())
        if line[match.start()] == "." and word and word.group(1).lower().rstrip(".") in ABBREVIATIONS:
            continue
        if line[match.start()] == "." and word and len(word.group(1)) == 1 and word.group(1).isupper():
            continue  # an initial: "J. Smith"
        spans.append((start, match.end()))
        start = match.end()
        while start < len(line) and line[start].isspace():
            start += 1
    spans.append((start, len(line.rstrip())))
    return [(a, b) for a, b in spans if line[a:b].strip()]
