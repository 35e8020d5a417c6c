"""The answer object every front end renders: console, CLI (`--json`) and Telegram.

Answers carry plain text only. Front ends escape and format it; nothing here knows about HTML,
keyboards or Telegram.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Citation:
    """A source document behind an answer, with the verbatim quote that supports it."""

    document: str
    title: str
    file: str
    quote: str
    date: str | None = None

    def short(self) -> str:
        """One citation line: `Title (2023-09-20)`."""
        return f"{self.title} ({self.date})" if self.date else self.title


@dataclass(frozen=True)
class Action:
    """A follow-up the user can take: a button in Telegram, a hint in the console."""

    label: str
    command: str


@dataclass(frozen=True)
class Item:
    """One entry of a list answer; `command` opens its details (e.g. `/meeting <id>`)."""

    label: str
    command: str | None = None


@dataclass(frozen=True)
class Focus:
    """What an answer was about, so that a follow-up question can refer to it."""

    meeting: str | None = None
    people: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    place: str | None = None
    topic: str | None = None
    intent: str | None = None
    aspects: tuple[str, ...] = ()
    role: str | None = None
    #: The span of dates a list answer was filtered by: (label, first ISO date, last ISO date).
    period: tuple[str, str, str] | None = None
    #: The content words of the question answered, so that "and Uzbekistan?" asks it again.
    keywords: tuple[str, ...] = ()
    #: The date of the record answered (ISO, as precise as the record), for "how many years later?".
    date: str | None = None
    #: The records an answer showed, in the order shown (`meeting:<id>`, `fact:<id>`, ...), so that
    #: "the second one", "the earlier one" and "the other one" can refer to them.
    items: tuple[str, ...] = ()
    #: The question this focus answered, so that "sorry, I meant Kyiv" can ask it again corrected.
    question: str | None = None
    #: The one record of `items` the last answer was about ("which month did the later one open?"), so that
    #: "which city is it in?" asks of it while "the first one" still counts in the order shown.
    current: str | None = None
    #: Whether the answer listed `items` as equal matches of the question ("2 records fit"), so that a bare
    #: "which month?" asks of each of them rather than of the first.
    several: bool = False
    #: The last list of records an answer showed (two or more), kept while later answers are about one
    #: thing at a time, so that "and the other guy?" still finds the list a few turns on.
    listed: tuple[str, ...] = ()
    #: The question whose answer showed `listed`, so that "any in 2021?" a few turns on asks it again.
    listed_question: str | None = None
    #: The list the records of `items` were picked from by a name that fits several of it ("the Uzbek one" of three
    #: records, two of them Uzbek), so that "and the other one?" is the rest of that list.
    picked_from: tuple[str, ...] = ()
    #: The records the last few answers were about, newest first, so that "which of the two embassies opened
    #: first?" can compare two records answered in different turns.
    recent: tuple[str, ...] = ()
    #: Whom the conversation was about before answers that named no one ("how many days did it run?" after
    #: Kagame's summit), so that "he" a few turns on is still that person.
    earlier_people: tuple[str, ...] = ()

    def records(self) -> tuple[str, ...]:
        """The records this answer was about: the one it was about, else the one or two it showed; and its
        meeting."""
        shown = (self.current,) if self.current else self.items if len(self.items) <= 2 else ()
        return tuple(dict.fromkeys((*shown, *((f"meeting:{self.meeting}",) if self.meeting else ()))))

    def recent_meetings(self) -> tuple[str, ...]:
        """The ids of the meetings among the records of the last few answers, the latest first."""
        return tuple(ref.removeprefix("meeting:") for ref in self.recent if ref.startswith("meeting:"))


@dataclass(frozen=True)
class Answer:
    """What the engine says to one message.

    `kind` names the answer type (`meetings`, `meeting`, `person`, `fact`, `pledges`, `help`,
    `not_found`, ...). `lines` is the body; `items` the entries of a list answer (front ends may
    paginate them and open each via its command). `confidence` is 0..1.
    """

    kind: str
    answered: bool
    title: str
    lines: tuple[str, ...] = ()
    items: tuple[Item, ...] = ()
    sources: tuple[Citation, ...] = ()
    suggestions: tuple[str, ...] = ()
    actions: tuple[Action, ...] = ()
    confidence: float = 1.0
    focus: Focus | None = None
    interpretation: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def text(self) -> str:
        """The whole answer as plain text: title, body, list items and suggestions."""
        parts = [self.title] if self.title else []
        parts.extend(self.lines)
        parts.extend(f"• {item.label}" for item in self.items)
        if self.suggestions:
            parts.append("Try: " + "; ".join(self.suggestions))
        return "\n".join(parts)

    def to_json(self) -> dict[str, Any]:
        return {
            "answered": self.answered,
            "kind": self.kind,
            "text": self.text,
            "title": self.title,
            "lines": list(self.lines),
            "items": [{"label": i.label, "command": i.command} for i in self.items],
            "sources": [{"document": c.document, "title": c.title, "file": c.file, "quote": c.quote}
                        for c in self.sources],
            "suggestions": list(self.suggestions),
            "actions": [{"label": a.label, "command": a.command} for a in self.actions],
            "confidence": round(self.confidence, 3),
            "interpretation": self.interpretation,
            "rule": self.extra.get("rule"),
        }
