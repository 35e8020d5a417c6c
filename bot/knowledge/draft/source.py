"""The source entry of a document: title, date, publisher and kind, where the document states them."""

from __future__ import annotations

import re

from bot.knowledge.dates import PartialDate
from bot.knowledge.draft.dates import document_date, find_dates
from bot.knowledge.draft.lexicon import slug
from bot.knowledge.draft.model import DraftSource, Review
from bot.knowledge.draft.rules import PatternRule

PUBLISHER_RULES: tuple[PatternRule, ...] = (
    PatternRule("original article",
                re.compile(r"Read the original article on (?:the )?(?P<p>[A-Z][^.\n]*?)\s*$", re.MULTILINE),
                ("Read the original article on The Harbour Times",)),
    PatternRule("follow us",
                re.compile(r"^Follow (?P<p>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*)['’]s official", re.MULTILINE),
                ("Follow Portnews's official Instagram and Twitter pages",)),
    PatternRule("issued by",
                re.compile(r"^(?:Issued|Published) by (?:the )?(?P<p>[A-Z][^.\n]*?)\.?\s*$", re.MULTILINE),
                ("Issued by the Ministry of Foreign Affairs of Zembla",)),
)

#: Lines of a page's frame that are not a document's title.
FRAME_LINES = re.compile(r"^(?:Press Releases?|News|Home|Back to .*|\w+-[\w ]+ Relations|Top Page"
                         r"|(?:Two|The) (?:Ministers|Leaders) who\b.*)$", re.IGNORECASE)
_FILE_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def draft_source(text: str, file_name: str, taken: set[str]) -> tuple[DraftSource, list[Review]]:
    """The source entry of `text` (kept in seeds as `file_name`), with what needs review."""
    reviews: list[Review] = []
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    header = [line for line in _until_long(lines[:8])]
    head = "\n".join([lines[0][:40] if lines else "", *header])
    date, _, date_note = document_date(head, text)
    dateline = date is not None and date_note is None
    if date is None:
        date, date_note = _file_date(file_name)
    title, title_note = _title(lines)
    publisher = next((m.group("p").strip() for rule in PUBLISHER_RULES if (m := rule.pattern.search(text))), None)
    kind = "news article" if re.search(r"\barticle\b|\breported\b|\bnews\b", text, re.IGNORECASE) else "press release"
    notes = [n for n in (title_note, date_note) if n]
    notes.append(f'The kind ("{kind}") is read from the wording of the text; the document does not state it.')
    if publisher is None:
        notes.append("No publisher is named in the text.")
    ident = _unique(slug(f"{file_name.rsplit('.', 1)[0]}"), taken)
    if date is None:
        reviews.append(Review(ident, "the document's date is not stated: add `date` to the source"))
    if title_note:
        reviews.append(Review(ident, "the document has no headline: check the title"))
    source = DraftSource(ident, file_name, title, kind, publisher, date, " ".join(notes), dateline, title_note is None)
    return source, reviews


def _until_long(lines: list[str]) -> list[str]:
    """The document's header: its lines before the first paragraph of running text."""
    header = []
    for line in lines:
        if len(line) > 120:
            break
        header.append(line)
    return header


def _title(lines: list[str]) -> tuple[str, str | None]:
    for line in _until_long(lines[:6]):
        if FRAME_LINES.match(line) or len(line) > 160 or re.search(r"[.!?]$", line):
            continue
        if _is_date_line(line):
            continue
        return line, None
    first = next((line for line in lines if not FRAME_LINES.match(line) and not _is_date_line(line)),
                 lines[0] if lines else "Untitled document")
    dated = find_dates(first)
    if dated and dated[0].start < 8:  # "date 2025-03-04 President Oduya met ...": the dateline is not the title
        first = first[dated[0].start + len(dated[0].text):].strip() or first
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    if len(sentence) > 160:
        sentence = sentence[:160].rsplit(" ", 1)[0].rstrip(",;:") + " …"
    return sentence, "The document has no headline; the title is the beginning of its first sentence."


def _is_date_line(line: str) -> bool:
    dates = find_dates(line)
    return bool(dates) and len(dates[0].text) >= len(line) - 6


def _file_date(file_name: str) -> tuple[PartialDate | None, str | None]:
    m = _FILE_DATE.match(file_name)
    if not m:
        return None, None
    try:
        date = PartialDate(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None, None
    return date, f"The text gives no date of its own; {date.iso()} is taken from the file name."


def _unique(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


unique_id = _unique
