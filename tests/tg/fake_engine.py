"""A tiny stand-in for `bot.engine.Engine`: same methods, canned `Answer` objects.

Used where a test needs answers the real knowledge base cannot give (long lists for pagination,
text full of HTML characters, an engine that fails).
"""

from __future__ import annotations

import datetime as dt

from bot.answers import Answer, Citation, Focus, Item

SOURCE = Citation("press-1", "Press release <MOFA> & co", "seeds/x.txt", "quote", "2023-09-09")


class FakeEngine:
    def __init__(self, meetings: int = 20) -> None:
        self.meetings = {f"m{n:02d}": (f"Meeting {n} with <Ukraine> & friends", dt.date(2023, 9, n % 28 + 1))
                         for n in range(1, meetings + 1)}
        self.asked: list[tuple[str, Focus | None]] = []
        self.failure: Exception | None = None

    def ask(self, text: str, focus: Focus | None = None, *, today: dt.date | None = None) -> Answer:
        self.asked.append((text, focus))
        if self.failure is not None:
            raise self.failure
        command, _, rest = text.partition(" ")
        if command == "/start" or command == "/help":
            return Answer("help", True, "Japan's diplomatic meetings", ("Ask me about meetings.",))
        if command == "/meetings":
            return self._list(rest)
        if command == "/meeting":
            return self._detail(rest)
        if command == "/long":
            return Answer("fact", True, "A long answer", tuple(f"line {n} " + "x<&>" * 20 for n in range(40)))
        if text == "where was it?":
            if focus is None or focus.meeting is None:
                return Answer("not_found", False, "Which meeting do you mean?")
            return Answer("fact", True, f"{focus.meeting} was in Kyiv", focus=focus)
        if command == "/today":
            return Answer("on_this_date", True, f"On {today:%d %B}", ())
        return Answer("not_found", False, f"I don't know about {text}", suggestions=("/meetings ukraine",))

    def _list(self, query: str) -> Answer:
        items = tuple(Item(f"{title} ({day})", f"/meeting {key}") for key, (title, day) in self.meetings.items())
        return Answer("meetings", True, f"Meetings: {query}", items=items, sources=(SOURCE,))

    def _detail(self, key: str) -> Answer:
        if key not in self.meetings:
            return Answer("not_found", False, f"No meeting {key}")
        title, day = self.meetings[key]
        return Answer("meeting", True, title, (f"Date: {day}",), sources=(SOURCE,), focus=Focus(meeting=key))

    def on_this_date(self, month: int, day: int, *, today: dt.date) -> Answer:
        found = [f"{title}" for title, date in self.meetings.values() if (date.month, date.day) == (month, day)]
        return Answer("on_this_date", bool(found), f"On this date: {day}/{month}", tuple(found) or ("Nothing.",))

    def daily_note(self, today: dt.date) -> Answer | None:
        answer = self.on_this_date(today.month, today.day, today=today)
        return answer if answer.answered else None

    def inline_results(self, query: str, limit: int = 20) -> tuple[Answer, ...]:
        return tuple(self._detail(key) for key in list(self.meetings)[:limit] if query.lower() in "ukraine")
