"""Slash commands: `/meetings ukraine`, `/who kamikava`, `/onthisdate 26 January`, ..."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cached_property

from rapidfuzz import fuzz, process

from bot.answers import Answer, Item
from bot.engine import describe as d
from bot.engine.answering import Answerer
from bot.engine.index import KnowledgeIndex
from bot.engine.onthisdate import OnThisDate
from bot.engine.query import Query, analyse
from bot.engine.retrieval import entity_groups, score_passages
from bot.engine.text import COMMON_WORDS, MONTHS, STOPWORDS
from bot.engine.when import parse_month_day

Handler = Callable[[str, dt.date], Answer]


class Commands:
    def __init__(self, index: KnowledgeIndex, answerer: Answerer, dates: OnThisDate,
                 command_list: tuple[tuple[str, str], ...]) -> None:
        self.index = index
        self.kb = index.kb
        self.answerer = answerer
        self.dates = dates
        self.command_list = command_list
        self.handlers: dict[str, Handler] = {
            "start": self.start, "help": self.help, "meetings": self.meetings, "meeting": self.meeting,
            "pledges": self.pledges, "facts": self.facts, "who": self.who, "countries": self.countries,
            "today": self.today, "onthisdate": self.on_this_date,
        }

    def run(self, name: str, argument: str, today: dt.date) -> Answer:
        handler = self.handlers.get(name)
        if handler is None:
            shown = name if len(name) <= 32 else name[:32] + "…"
            help_answer = self.help("", today)
            return Answer("unknown_command", False, f"Unknown command /{shown}", help_answer.lines,
                          suggestions=("/help",), confidence=0.0)
        return handler(argument, today)

    # -- static ------------------------------------------------------------------------------------
    def start(self, argument: str, today: dt.date) -> Answer:
        home = self.index.home_name
        examples = " or ".join(f"“{e}”" for e in self.examples()[:2])
        return Answer("start", True, f"{home}'s diplomatic meetings, sourced", (
            f"I answer questions from {len(self.kb.sources)} source documents: {len(self.kb.meetings)} meetings "
            f"with {self.answerer.covered()}, plus facts and {home}'s pledges. Every answer cites its source.",
            f"Ask in your own words{', e.g. ' + examples if examples else ''}, or use /help for the commands."),
            confidence=1.0)

    def examples(self) -> list[str]:
        """Example questions made from the records themselves (a pledge, a visit, a post), in that order;
        made once, as the records do not change while the bot runs."""
        return list(self._examples)

    @cached_property
    def _examples(self) -> tuple[str, ...]:
        home, kb = self.index.home_name, self.kb
        found: list[str] = []
        pledge = next((p for p in sorted(kb.pledges.values(), key=lambda p: p.id)
                       if p.quantity is not None and p.recipient in kb.countries
                       and p.quantity.unit.replace(" ", "").isalpha() and p.quantity.unit.islower()), None)
        if pledge is not None and pledge.quantity is not None:
            found.append(f"How many {pledge.quantity.unit} did {home} send to {kb.countries[pledge.recipient].name}?")
        visit = next((m for m in sorted(kb.meetings.values(), key=lambda m: (m.date, m.id))
                      if m.place in kb.places and m.japan_side and m.japan_side[0] in kb.people
                      and kb.places[m.place].country in m.countries), None)
        if visit is not None and visit.place is not None:
            found.append(f"When did {kb.people[visit.japan_side[0]].family_name} visit {kb.places[visit.place].name}?")
        if any(r.key == "foreign-minister" for p in kb.people.values() if p.country == self.index.home
               for r in p.roles):
            found.append(f"Who is {home}'s foreign minister?")
        partner = next(iter(self.index.covered_countries), None)
        if partner is not None and partner in kb.countries:
            found.append(f"What did {home} pledge to {kb.countries[partner].name}?")
        return tuple(found)

    def help(self, argument: str, today: dt.date) -> Answer:
        lines = [f"/{name} — {text}" for name, text in self.command_list]
        examples = self.examples()[2:] or self.examples()
        if examples:
            lines.append("Or just ask: " + ", ".join(f"“{e}”" for e in examples))
        return Answer("help", True, "Commands", tuple(lines), confidence=1.0)

    def countries(self, argument: str, today: dt.date) -> Answer:
        items = []
        for c in self.index.covered_countries:
            n = len(self.index.meetings_by_entity.get(("country", c), ()))
            items.append(Item(f"{self.kb.countries[c].name}: {n} meeting{'s' if n != 1 else ''}",
                              f"/meetings {self.kb.countries[c].name}"))
        return Answer("countries", True, f"Countries covered ({len(items)})", items=tuple(items), confidence=1.0)

    # -- lookups -----------------------------------------------------------------------------------
    def _query(self, argument: str) -> Query:
        return analyse(argument, self.index)

    def _unread(self, query: Query) -> list[str]:
        """Words of a command's argument that are no name, date or word of the records."""
        named = {i for m in query.mentions for i in range(m.start, m.end)}
        return [w for i, w in enumerate(query.words) if i not in named and w not in STOPWORDS
                and w not in COMMON_WORDS and w not in MONTHS and w not in self.index.vocabulary
                and not w.isdigit()]

    def meetings(self, argument: str, today: dt.date) -> Answer:
        if not argument.strip():
            meetings = sorted(self.kb.meetings.values(), key=lambda m: (m.date, m.id), reverse=True)
            return Answer("meetings", True, f"All meetings ({len(meetings)})",
                          items=tuple(self.answerer.meetings.meeting_item(m) for m in meetings), confidence=1.0)
        query = self._query(argument)
        if query.outside:
            return self.answerer.outside(query.outside)
        if query.unknown_names and not query.mentions:
            return self.answerer.unknown(query.unknown_names)
        groups = entity_groups(query)
        unread = self._unread(query)
        if unread and (groups or query.dates is not None):
            # "/meetings Sokovia 2021": a year alone would list every meeting of 2021, none of them Sokovia's.
            return Answer("not_found", False, "No meetings found",
                          (f"“{' '.join(unread)}” is not a name in the knowledge base, so nothing matches "
                           f"“{argument.strip()[:80]}”.", f"Meetings are recorded with {self.answerer.covered()}."),
                          suggestions=("/countries",), confidence=0.0)
        if groups or query.dates is not None:
            return self.answerer.meetings.meeting_list(query, groups, count=False, command=True)
        scored = [s for s in score_passages(self.index, query, limit=50)
                  if s.passage.ref in self.kb.meetings and s.coverage >= 0.99]
        ids = list(dict.fromkeys(s.passage.ref for s in scored))
        if not ids:
            return Answer("not_found", False, "No meetings found",
                          (f"Nothing in the knowledge base matches “{argument.strip()[:80]}”.",
                           f"Meetings are recorded with {self.answerer.covered()}."),
                          suggestions=tuple(f"/meetings {self.kb.countries[c].name}"
                                            for c in self.index.covered_countries[:4]), confidence=0.0)
        meetings = sorted((self.kb.meetings[i] for i in ids), key=lambda m: (m.date, m.id), reverse=True)
        title = f"{len(meetings)} meeting{'s' if len(meetings) != 1 else ''} — {argument.strip()}"
        return Answer("meetings", True, title,
                      items=tuple(self.answerer.meetings.meeting_item(m) for m in meetings), confidence=0.8)

    def meeting(self, argument: str, today: dt.date) -> Answer:
        key = argument.strip()
        m = self.kb.meetings.get(key)
        if m is None and key:
            choices = {mid: f"{mid} {mm.title}" for mid, mm in self.kb.meetings.items()}
            best = process.extractOne(key, choices, scorer=fuzz.WRatio, score_cutoff=75)
            m = self.kb.meetings[best[2]] if best else None
        if m is None:
            return Answer("not_found", False, "No such meeting",
                          ("Give a meeting id from /meetings, e.g. /meeting " + next(iter(self.kb.meetings), "…"),),
                          suggestions=("/meetings",), confidence=0.0)
        return self.answerer.meetings.meeting_answer(m)

    def _records(self, argument: str, kind: str, title: str) -> Answer:
        records = self.kb.pledges if kind == "pledge" else self.kb.facts
        if not argument.strip():
            chosen = list(records)
        else:
            query = self._query(argument)
            if query.outside:
                return self.answerer.outside(query.outside)
            scored = [s for s in score_passages(self.index, query, limit=200)
                      if s.passage.kind == kind and s.entities_missing == 0 and s.coverage >= 0.5]
            chosen = list(dict.fromkeys(s.passage.ref for s in scored))
        if not chosen:
            return Answer("not_found", False, f"No {title.lower()} found",
                          (f"Nothing in the knowledge base matches “{argument.strip()[:80]}”.",),
                          suggestions=(f"/{kind}s",), confidence=0.0)
        entries = [records[i] for i in chosen]
        items = tuple(Item(e.statement) for e in entries)
        return Answer(f"{kind}s", True, f"{title} ({len(items)})", items=items,
                      sources=tuple(d.cite(self.kb, e.cited) for e in entries[:5]), confidence=0.9)

    def pledges(self, argument: str, today: dt.date) -> Answer:
        return self._records(argument, "pledge", f"{self.index.home_name}'s pledges and support")

    def facts(self, argument: str, today: dt.date) -> Answer:
        return self._records(argument, "fact", "Facts")

    def who(self, argument: str, today: dt.date) -> Answer:
        if not argument.strip():
            people = sorted(self.kb.people.values(), key=lambda p: p.family_name)
            return Answer("people", True, f"People ({len(people)})",
                          items=tuple(Item(d.person_label(self.kb, p.id), f"/who {p.name}") for p in people),
                          confidence=1.0)
        query = self._query(argument)
        person_ids = [m.id for m in query.mentions if m.kind == "person"]
        if person_ids:
            return self.answerer.profiles.entity_profile(("person", person_ids[0]), query)
        if query.role:
            return self.answerer.profiles.role_holders(query)
        names = {p.id: p.name for p in self.kb.people.values()}
        close = process.extract(argument, names, scorer=fuzz.WRatio, limit=3, score_cutoff=60)
        return Answer("not_found", False, "No such person in the records",
                      (f"“{argument.strip()[:80]}” is not among the people in the knowledge base.",),
                      suggestions=tuple(f"/who {c[0]}" for c in close), confidence=0.0)

    # -- dates -------------------------------------------------------------------------------------
    def today(self, argument: str, today: dt.date) -> Answer:
        answer = self.dates.answer(today.month, today.day, today)
        assert answer is not None
        return answer

    def on_this_date(self, argument: str, today: dt.date) -> Answer:
        parsed = parse_month_day(argument) if argument.strip() else None
        if parsed is None:
            return Answer("usage", False, "Which date?",
                          ("Give a day and month: /onthisdate 26 January, /onthisdate Jan 26, "
                           "/onthisdate 2024-01-26 or /onthisdate 26/01.",), confidence=0.0)
        answer = self.dates.answer(parsed[0], parsed[1], today)
        assert answer is not None
        return answer
