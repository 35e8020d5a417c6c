"""What the conversation's last answer showed, read from its focus: the record it was about, the list it
showed, and the question that showed that list."""

from __future__ import annotations

from bot.answers import Focus

#: Records a follow-up's "that" or bare "when?" refers to when an answer showed several: facts, pledges,
#: terms (a list of meetings or people is asked which one instead).
RECORD_ITEMS = ("fact:", "pledge:", "term:")
#: The last question, by what it asked, asked again of another record.
ASKED_AGAIN = {"when": "when was it?", "where": "where was it?", "who": "who took part in it?",
               "time": "what time was it?", "duration": "how long did it last?", "quantity": "how many?", "why": "why?"}


def one_record(focus: Focus | None) -> str | None:
    """The one record an answer was about (`meeting:<id>`, `fact:<id>`, ...), if it was about one."""
    if focus is None:
        return None
    if len(focus.items) == 1:
        return focus.items[0]
    return f"meeting:{focus.meeting}" if not focus.items and focus.meeting else None


def current_picked(focus: Focus) -> bool:
    """Whether the last answer picked one record of its list."""
    return focus.current is not None and focus.current in focus.items


def shown_list(focus: Focus) -> tuple[str, ...]:
    """The last list a focus holds: the one kept from before, else its own items when they are two or more."""
    return focus.listed or (focus.items if len(focus.items) >= 2 else ())


def question_of_list(focus: Focus) -> str | None:
    """The question that showed `shown_list(focus)`."""
    return focus.listed_question or (focus.question if len(focus.items) >= 2 else None)


def listed(now: Focus, before: Focus | None) -> tuple[str, ...]:
    """The last list shown: this answer's, when it shows two or more records, else the one kept before."""
    if len(now.items) >= 2:
        return now.items
    return shown_list(before) if before is not None else ()


def listed_question(now: Focus, before: Focus | None, asked: str) -> str | None:
    """The question of the last list shown (see `listed`)."""
    if len(now.items) >= 2:
        return asked
    return question_of_list(before) if before is not None else None


def current(focus: Focus) -> str | None:
    """The record the last answer was mainly about, as `kind:id`."""
    if focus.current in focus.items:
        return focus.current
    if focus.meeting and not (focus.items and all(i.startswith((*RECORD_ITEMS, "person:")) for i in focus.items)):
        # (a list of pledges made at a meeting is about those pledges; a list of people, about one of them)
        return f"meeting:{focus.meeting}"
    # the one of the list just answered about (a person, a term), when it is one of the list
    named = [f"person:{p}" for p in focus.people[:1]] + ([f"term:{focus.topic}"] if focus.topic else [])
    return next((i for i in named if i in focus.items), focus.items[0] if focus.items else None)
