"""What happened on a month and day in any year: meetings, facts and pledges dated to the day."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from bot.answers import Answer, Focus, Item
from bot.engine import describe as d
from bot.knowledge.dates import PartialDate
from bot.knowledge.model import Cited, KnowledgeBase

_NOTABLE = r"(?:notable|special|significant|important|remarkable|noteworthy|memorable|historic(?:al)?)"

#: A question of what else the records date on a day of the year: "anything else happen on that date?",
#: "that date rings a bell", "why is 26 January a notable date for A?". It names the day itself, or points
#: to the date of the record just discussed (`THAT_DAY`).
SAME_DAY_ASKED = re.compile(
    r"\b(?:anything|something|smth|sth|what)(?: else)?(?: is| was| that'?s|['’]s)? " + _NOTABLE + r"\b"
    r"|\b(?:anything|something|smth|sth|what) else (?:happen(?:ed|s)?|took place|occurred|was going on)\b"
    # "what else in A-B relations happened on that calendar date?"
    r"|\b(?:anything|something|smth|sth|what) else\b[\w\s'’-]{0,60}?\b(?:happen(?:ed|s)?|took place|occurred) "
    r"on (?:that|this|the same)\b"
    r"|\b(?:anything|something|smth|sth|what) else (?:(?:was|is) (?:there |recorded )?)?(?:on|of|from|about) "
    r"(?:that|this|the same)\b"
    r"|\b" + _NOTABLE + r" (?:date|day)\b|\bring(?:s|ing)? a bell\b|\bhistorically\b|\banniversary of what\b"
    # "isn't that date also an anniversary of something?"
    r"|\banniversar(?:y|ies) of (?:something|anything|sth|smth)\b"
    # "is that date significant for them?", "which anniversary falls on that same date?"
    r"|\b(?:date|day) (?:is |was )?(?:so |at all |also |in any way )?" + _NOTABLE + r"\b"
    r"|\banniversar(?:y|ies)\b.*\b(?:falls?|fell|is|was|lands?|landed) on\b"
    # "does the meeting date coincide with any anniversary?", "so the meeting fell on the anniversary of that date?"
    r"|\b(?:coincid\w*|falls?|fell|lands?|landed) (?:with|on) (?:an? |any |the )?(?:[\w'’-]+ ){0,3}?"
    r"anniversar(?:y|ies)\b(?! of (?:which|what)\b)"
    # "is jan 26 special for A-B ties?": a day named, then said to be notable
    r"|\b(?:\d{1,2}(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?) (?:is |was )?(?:so |at all |also |in any way )?"
    + _NOTABLE + r"\b")
SAME_DAY_EXAMPLES = ("anything else happen on that date historically?", "is jan 26 special for aurelia-zembla ties?",
                     "that date rings a bell, wasnt smth else "
                     "on the same day?", "why is 26 January a notable date for Aurelia and Japan?",
                     "is there anything notable about that date?", "is that date significant for the two countries?",
                     "which anniversary in Aurelia-Zembla relations falls on that same date?",
                     "what's significant about that date in Aurelia-Zembla relations?",
                     "what else in Aurelia-Zembla relations happened on that calendar date?",
                     "does the meeting date coincide with any anniversary in Aurelia-Zembla relations?",
                     "so the meeting fell on the anniversary of that date?")
SAME_DAY_COUNTEREXAMPLES = ("what else did they discuss that day?", "what happened at the forum?",
                            "what happened on 26 January 1992?")
#: The date of the record just discussed, pointed to ("that date", "the same calendar day").
THAT_DAY = re.compile(r"\b(?:that|this|the same|that same)(?: calendar)? (?:date|day)\b"
                      # "does the meeting date coincide …?", "so the meeting fell on …?": the date of the one discussed
                      r"|\bthe (?:meeting|visit|talks)(?:['’]s)? (?:date|day)\b"
                      r"|\bthe date of (?:the|that) (?:meeting|visit)\b"
                      # "anything special about the date?": the date of the record just discussed
                      r"|\b(?:about|on) the (?:date|day)\b(?! of\b)"
                      r"|\bthe (?:meeting|visit|talks) (?:fell|falls|fall|coincided|coincides|coincide|landed)\b")


@dataclass(frozen=True)
class Entry:
    """One record dated to the day: its date, its line, the command that opens it, its citation, its
    reference (`meeting:<id>`, `fact:<id>`, `pledge:<id>`) and the countries it is about."""

    date: PartialDate
    label: str
    command: str | None
    cited: Cited
    ref: str
    countries: frozenset[str]


class OnThisDate:
    """Entries indexed by (month, day), built once."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._by_day: dict[tuple[int, int], list[Entry]] = defaultdict(list)
        for m in kb.meetings.values():
            self._add(Entry(m.date, d.meeting_line(kb, m), f"/meeting {m.id}", m.cited, f"meeting:{m.id}",
                            frozenset(m.countries)))
        for f in kb.facts.values():
            if f.date is not None:
                self._add(Entry(f.date, f.statement, None, f.cited, f"fact:{f.id}", frozenset(f.countries)))
        for p in kb.pledges.values():
            if p.date is not None:
                self._add(Entry(p.date, p.statement, None, p.cited, f"pledge:{p.id}",
                                frozenset((p.recipient, p.donor))))
        for entries in self._by_day.values():
            entries.sort(key=lambda e: (e.date, e.ref))
        self._days = sorted(self._by_day)

    def _add(self, entry: Entry) -> None:
        key = entry.date.month_day()
        if key is not None:
            self._by_day[key].append(entry)

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
        return Answer("on_this_date", True, f"On {label}", items=self._items(entries, today),
                      sources=tuple(d.cite(self.kb, e.cited) for e in entries[:5]), confidence=1.0)

    def same_day(self, month: int, day: int, today: dt.date, *, leave_out: Collection[str] = (),
                 countries: Collection[str] = (), year: int | None = None) -> Answer:
        """"Anything else on that date?": the records of `month`/`day` in any year but those of `leave_out`
        (the record just discussed), of one of `countries` when any is named, of `year` when one is said
        and any record has it; none is said plainly."""
        wanted = frozenset(countries)
        entries = [e for e in self._by_day.get((month, day), []) if e.ref not in leave_out
                   and (not wanted or e.countries & wanted)]
        if year is not None and any(e.date.year == year for e in entries):
            entries = [e for e in entries if e.date.year == year]
        label = f"{day} {calendar.month_name[month]}"
        if not entries:
            return Answer("not_found", False, "Not in the records",
                          (f"The records date nothing {'else ' if leave_out else ''}on {label}"
                           f"{' of ' + str(year) if year is not None else ''}.",), confidence=0.0)
        return Answer("on_this_date", True, f"On {label}{', besides the record just discussed' if leave_out else ''}",
                      items=self._items(entries, today),
                      sources=tuple(d.cite(self.kb, e.cited) for e in entries[:5]), confidence=0.9,
                      focus=Focus(items=tuple(e.ref for e in entries),
                                  current=entries[0].ref if len(entries) == 1 else None,
                                  date=entries[0].date.iso() if len(entries) == 1 else None))

    @staticmethod
    def _items(entries: list[Entry], today: dt.date) -> tuple[Item, ...]:
        items = []
        for e in entries:
            years = today.year - e.date.year
            ago = (f" ({years} year{'s' if years != 1 else ''} ago)" if years > 0
                   else (" (this year)" if years == 0 else ""))
            items.append(Item(f"{e.date.year}{ago}: {e.label}", e.command))
        return tuple(items)

    def next_day(self, month: int, day: int) -> tuple[int, int] | None:
        if not self._days:
            return None
        later = [k for k in self._days if k > (month, day)]
        return later[0] if later else self._days[0]
