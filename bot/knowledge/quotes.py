"""Quotes against their source documents: found on whole words, typographic punctuation aside.

    problem = quote_problem("the ministers had lunch", source_text)   # None when the quote is found

A quote must be at least `MIN_WORDS` words or `MIN_CHARACTERS` characters long (a quote of "24"
supports nothing), and is looked for in the document with white space collapsed and typographic
punctuation read as its plain form (’ ‘ → ', “ ” → ", – — → -), starting and ending on whole
words. A quote not found is reported with the closest passage of the document and the first
character where the two differ.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

MIN_WORDS = 3
MIN_CHARACTERS = 12
_SHOWN = 60  # characters of a passage shown in a reason

_PLAIN = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
    "\u2212": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
})  # fmt: skip


def plain(text: str) -> str:
    """White space collapsed to single spaces, typographic quotes and dashes as their plain form."""
    return " ".join(text.translate(_PLAIN).split())


def too_short(quote: str) -> bool:
    """Whether a quote is too short to support anything: under 3 words and under 12 characters."""
    text = plain(quote)
    return len(text.split()) < MIN_WORDS and len(text) < MIN_CHARACTERS


@lru_cache(maxsize=64)
def plain_document(text: str) -> str:
    """A source text as quotes are compared with it (cached: many quotes share one document)."""
    return plain(text)


def found(quote: str, document: str) -> bool:
    """Whether `quote` occurs in `document` on whole words, punctuation normalised (see the module)."""
    wanted, text = plain(quote), plain_document(document)
    start = text.find(wanted)
    while start >= 0:
        if _whole_words(text, start, start + len(wanted)):
            return True
        start = text.find(wanted, start + 1)
    return False


def _whole_words(text: str, start: int, end: int) -> bool:
    """A match must not cut a word: no letter or digit on both sides of either edge."""
    cuts_start = start > 0 and text[start - 1].isalnum() and text[start].isalnum()
    cuts_end = end < len(text) and text[end - 1].isalnum() and text[end].isalnum()
    return not cuts_start and not cuts_end


def quote_problem(quote: str, document: str) -> str | None:
    """Why `quote` does not support anything from `document`, or None when it is found."""
    if too_short(quote):
        return f"quote too short: {quote.strip()!r} (at least {MIN_WORDS} words or {MIN_CHARACTERS} characters)"
    if found(quote, document):
        return None
    return "quote not found: " + closest_passage(plain(quote), plain_document(document))


def closest_passage(quote: str, text: str) -> str:
    """The passage of `text` closest to `quote`, and the first character where they differ."""
    aligned = fuzz.partial_ratio_alignment(quote, text)
    if aligned is None or aligned.score < 50:
        return f"nothing like {_cut(quote)!r} in the document"
    start, end = aligned.dest_start, aligned.dest_end
    # Widen the aligned window to the quote's length from where the first characters agree.
    passage = text[start : max(end, start + len(quote))]
    index = next((i for i, (a, b) in enumerate(zip(quote, passage, strict=False)) if a != b), None)
    if index is None:
        index = min(len(quote), len(passage))
        if _whole_words(text, start, start + len(quote)):
            return f"closest passage {_cut(passage)!r}"
        return f"closest passage {_cut(passage)!r} differs only at a word edge: the quote cuts a word"
    return (f"closest passage {_cut(passage)!r}; first difference at character {index + 1}: quote has "
            f"{_cut(quote[index:], 20)!r}, document has {_cut(passage[index:], 20)!r}")


def _cut(text: str, limit: int = _SHOWN) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


_WORD = re.compile(r"[^\W_]+(?:['.-][^\W_]+)*")


def words(text: str) -> list[str]:
    """Lower-case words of a text, punctuation normalised (`U.S.`, `Kyiv's`, `2023-2025` kept whole)."""
    return _WORD.findall(plain(text).casefold())
