"""Engine facade: the one entry point every front end (console, CLI, Telegram) calls."""

from __future__ import annotations

import datetime as dt
import gc
import logging
import re
from dataclasses import replace

from bot.answers import Answer, Focus
from bot.engine.answering import Answerer
from bot.engine.commands import Commands
from bot.engine.compound import split_question
from bot.engine.index import KnowledgeIndex
from bot.engine.onthisdate import OnThisDate
from bot.engine.query import analyse
from bot.engine.retrieval import entity_groups
from bot.knowledge.model import KnowledgeBase

#: Commands offered in Telegram's menu and in /help: (name without slash, description).
COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "What this bot knows and how to ask"),
    ("help", "Commands and example questions"),
    ("meetings", "Meetings by country, person, year, month, place or topic"),
    ("meeting", "One meeting in detail, by id"),
    ("pledges", "What Japan pledged or provided"),
    ("facts", "Background facts"),
    ("who", "Who someone is"),
    ("countries", "Countries covered"),
    ("today", "What happened on today's date"),
    ("onthisdate", "What happened on a date, e.g. 26 January"),
    ("subscribe", "Daily 'on this date' note: /subscribe [HH:MM] [Area/City]"),
    ("unsubscribe", "Stop the daily note"),
    ("settings", "This chat's note settings"),
)

#: Longest message the engine reads; longer input is cut here (Telegram's own limit is 4096).
MAX_INPUT = 1000
_COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,64})(?:@[A-Za-z0-9_]+)?(?:\s+(.*))?$", re.S)
logger = logging.getLogger(__name__)
#: Questions about the bot itself, answered by the command that lists what it knows.
_ABOUT_THE_BOT: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^\W*(which|what|how many) (partner |other |different )?countries\b.*"
                r"\b(you|bot|knowledge base|records|covered|cover|know)\b"), "countries"),
    (re.compile(r"^\W*(help|what can you do|how (do|does) (this|it|you) work|what do you know)\W*$"), "help"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")


class Engine:
    def __init__(self, kb: KnowledgeBase, index: KnowledgeIndex | None = None) -> None:
        """The engine over `kb`; `index` is its indexes when already built (the start-up snapshot)."""
        self.index = index if index is not None else KnowledgeIndex(kb)
        self.kb = kb = self.index.kb  # trips read as visits (see `trips`)
        self.answerer = Answerer(self.index)
        self.dates = OnThisDate(kb)
        self.commands = Commands(self.index, self.answerer, self.dates, COMMANDS)
        # The indexes live as long as the process: keep them out of the garbage collector's scans,
        # whose full passes otherwise pause one question for hundreds of ms on a large knowledge base.
        gc.freeze()

    def ask(self, text: str, focus: Focus | None = None, *, today: dt.date | None = None) -> Answer:
        """Answer a command (`/meetings ukraine`) or a free-text question; never raises."""
        try:
            return self._ask(text, focus, today or dt.date.today())
        except Exception:  # noqa: BLE001 - one bad question must not end a chat or a batch
            logger.exception("engine failed on a question of %d characters", len(text or ""))
            return Answer("error", False, "Sorry, something went wrong with that question",
                          ("It has been logged. Try rephrasing, or /help.",), confidence=0.0)

    def _ask(self, text: str, focus: Focus | None, today: dt.date) -> Answer:
        cleaned = _CONTROL.sub(" ", text or "").strip()[:MAX_INPUT]
        if not cleaned:
            return Answer("empty", False, "Ask me something",
                          ("Type a question, e.g. “Who did Kishida meet at the G20 in Bali?”, or /help.",),
                          suggestions=("/help",), confidence=0.0)
        parts = split_question(cleaned) if not cleaned.startswith("/") else [cleaned]
        if len(parts) == 1:
            return self._ask_one(cleaned, focus, today)
        answers = []
        for part in parts:  # each part may refer back to the one before ("..., and when did he ...")
            answer = self._ask_one(part, focus, today)
            focus = answer.focus or focus
            answers.append(answer)
        return _combined(parts, answers)

    def _ask_one(self, cleaned: str, focus: Focus | None, today: dt.date) -> Answer:
        command = _COMMAND.match(cleaned)
        if command:
            return self.commands.run(command.group(1).lower(), (command.group(2) or "").strip(), today)
        if cleaned.startswith("/"):
            return self.commands.run(cleaned[1:].split()[0] if cleaned[1:].split() else "", "", today)
        lowered = cleaned.lower()
        for pattern, command in _ABOUT_THE_BOT:
            if pattern.search(lowered):
                return self.commands.run(command, "", today)
        compared = self.answerer.comparer.compare(cleaned, focus)
        if compared is not None:
            return compared
        query = analyse(cleaned, self.index)
        if focus is not None:
            query = self.answerer.continue_from(query, focus)
        answer = self.answerer.answer(query, focus)
        redirect = answer.extra.get("command") if answer.kind == "redirect" else None
        if redirect:
            answer = self.commands.run("onthisdate", redirect.split(" ", 1)[1], today)
        if answer.focus is None and answer.answered and query.intent in ("on_date", "list", "count"):
            answer = replace(answer, focus=Focus())  # remembers the question type for "and on 24 December?"
        if answer.focus is not None:
            answer = replace(answer, focus=replace(answer.focus, intent=query.intent,
                                                   aspects=tuple(sorted(query.aspects)), role=query.role,
                                                   keywords=query.keywords))
        return answer

    def on_this_date(self, month: int, day: int, *, today: dt.date) -> Answer:
        """Everything that happened on a month and day, with `N years ago` relative to `today`."""
        answer = self.dates.answer(month, day, today)
        assert answer is not None
        return answer

    def daily_note(self, today: dt.date) -> Answer | None:
        """The daily note for `today`'s month and day; None when nothing happened on it."""
        return self.dates.answer(today.month, today.day, today, always=False)

    def inline_results(self, query: str, limit: int = 20) -> tuple[Answer, ...]:
        """Meeting answers matching `query`, for Telegram's inline mode (best first)."""
        cleaned = _CONTROL.sub(" ", query or "").strip()[:MAX_INPUT]
        if not cleaned:
            meetings = sorted(self.kb.meetings.values(), key=lambda m: (m.date, m.id), reverse=True)
        else:
            q = analyse(cleaned, self.index)
            if q.outside:
                return ()
            groups = entity_groups(q)
            if not groups and q.dates is None:
                return ()
            meetings = self.answerer.filter_meetings(groups, q)
        return tuple(self.answerer.meeting_answer(m) for m in meetings[:limit])


def _combined(parts: list[str], answers: list[Answer]) -> Answer:
    """One answer to a message that asked several questions: each part's answer in turn."""
    lines: list[str] = []
    for part, answer in zip(parts, answers):
        lines.append(f"{part.rstrip('?')}? — {answer.title}")
        lines.extend(f"  {line}" for line in answer.lines)
        lines.extend(f"  • {item.label}" for item in answer.items[:10])
    answered = [a for a in answers if a.answered]
    return Answer("compound", bool(answered), f"{len(answered)} of {len(answers)} questions answered", tuple(lines),
                  sources=tuple(c for a in answers for c in a.sources[:2]),
                  actions=tuple(act for a in answers for act in a.actions[:2]),
                  confidence=min((a.confidence for a in answered), default=0.0),
                  focus=next((a.focus for a in reversed(answers) if a.focus is not None), None))
