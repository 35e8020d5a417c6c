"""What happened on a month and day in any year: meetings, facts and pledges dated to the day."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict

from bot.answers import Answer, Item
from bot.engine import describe as d
from bot.knowledge.dates import PartialDate
from bot.knowledge.model import Cited, KnowledgeBase


class OnThisDate:
    """Entries indexed by (month, day), built once."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._by_day: dict[tuple[int, int], list[tuple[PartialDate, str, str | None, Cited]]] = defaultdict(list)
        for m in kb.meetings.values():
            self._add(m.date, d.meeting_line(kb, m), f"/meeting {m.id}", m.cited)
        for f in kb.facts.values():
            if f.date is not None:
                self._add(f.date, f.statement, None, f.cited)
        for p in kb.pledges.values():
            if p.date is not None:
                self._add(p.date, p.statement, None, p.cited)
        for entries in self._by_day.values():
            entries.sort(key=lambda e: e[0])
        self._days = sorted(self._by_day)

    def _add(self, date: PartialDate, label: str, command: str | None, cited: Cited) -> None:
        key = date.month_day()
        if key is not None:
            self._by_day[key].append((date, label, command, cited))

    def answer(self, month: int, day: int, today: dt.date, *, always: bool = True) -> Answer | None:
        """The entries for `month`/`day`; with nothing, an answer naming the next date that has some
        (or None when `always` is false, for the daily note)."""
        entries = self._by_day.get((month, day), [])
        label = f"{day} {calendar.month_name[month]}"
        if not entries:
            if not always:
                return None
            nxt = self.next_day(month, day)
            lines = [f"Nothing in the knowledge base happened on {label}."]
            suggestions: tuple[str, ...] = ()
            if nxt is not None:
                nxt_label = f"{nxt[1]} {calendar.month_name[nxt[0]]}"
                lines.append(f"The next date with an entry is {nxt_label}.")
                suggestions = (f"/onthisdate {nxt_label}",)
            return Answer("on_this_date", False, f"On {label}", tuple(lines), suggestions=suggestions,
                          confidence=0.0)
        items = []
        for date, text, command, _ in entries:
            years = today.year - date.year
            ago = (f" ({years} year{'s' if years != 1 else ''} ago)" if years > 0
                   else (" (this year)" if years == 0 else ""))
            items.append(Item(f"{date.year}{ago}: {text}", command))
        return Answer("on_this_date", True, f"On {label}", items=tuple(items),
                      sources=tuple(d.cite(self.kb, e[3]) for e in entries[:5]), confidence=1.0)

    def next_day(self, month: int, day: int) -> tuple[int, int] | None:
        if not self._days:
            return None
        later = [k for k in self._days if k > (month, day)]
        return later[0] if later else self._days[0]
