"""Console chat: the same engine as the Telegram bot, rendered as plain text in a terminal.

Commands that need a Telegram chat (daily notes, administrators' figures) are listed by /help
everywhere; here they get an explanation of where they work instead of "Unknown command".
"""

from __future__ import annotations

import logging
import re
import sys
from typing import TextIO

from bot.answers import Answer, Focus
from bot.conversation import ConversationMemory
from bot.engine import Engine

PROMPT = "you> "
#: Commands that only work in a Telegram chat, with what they do there.
TELEGRAM_ONLY: dict[str, str] = {
    "subscribe": "sends the chat a daily 'on this date' note: /subscribe [HH:MM] [Area/City]",
    "unsubscribe": "stops the chat's daily note",
    "settings": "shows the chat's daily note settings",
    "stats": "shows usage figures to the bot's administrators",
}
_COMMAND = re.compile(r"^\s*/([A-Za-z0-9_]+)(?:@\S*)?(?:\s|$)")


def telegram_only(text: str) -> Answer | None:
    """An explanation when `text` is a command that works in Telegram only; else None."""
    match = _COMMAND.match(text)
    name = match[1].lower() if match else ""
    if name not in TELEGRAM_ONLY:
        return None
    return Answer("telegram_only", False, f"/{name} works in Telegram, not here",
                  (f"In a Telegram chat with the bot, /{name} {TELEGRAM_ONLY[name]}.",
                   "Here, /today and /onthisdate <date> show what happened on a date."),
                  suggestions=("/today", "/help"))


def answer(engine: Engine, text: str, focus: Focus | None = None) -> Answer:
    """The engine's answer to `text`, or where a Telegram-only command works."""
    return telegram_only(text) or engine.ask(text, focus)


def render(answer: Answer) -> str:
    """An answer as terminal text: title, body, items, citations, suggestions."""
    lines = [answer.title] if answer.title else []
    lines.extend(f"  {line}" for line in answer.lines)
    for item in answer.items:
        lines.append(f"  • {item.label}" + (f"   [{item.command}]" if item.command else ""))
    for citation in answer.sources:
        lines.append(f"  source: {citation.short()} — “{citation.quote}”")
    if answer.suggestions:
        lines.append("  try: " + " | ".join(answer.suggestions))
    return "\n".join(lines)


def chat(engine: Engine, *, ttl_seconds: float = 900, stdin: TextIO | None = None,
         stdout: TextIO | None = None) -> int:
    """Read questions until end of input or `/quit`; answer each with the chat's context."""
    inp, out = stdin or sys.stdin, stdout or sys.stdout
    memory = ConversationMemory(ttl_seconds)
    interactive = inp.isatty()
    print(render(engine.ask("/start")), file=out)
    print("(no TELEGRAM_BOT_TOKEN set: console chat; /quit to leave)\n", file=out)
    while True:
        if interactive:
            print(PROMPT, end="", file=out, flush=True)
        line = inp.readline()
        if not line or line.strip() in ("/quit", "/exit"):
            return 0
        if not line.strip():
            continue
        try:
            reply = answer(engine, line, memory.focus("console"))
        except Exception:  # noqa: BLE001 - one failing question must not end the chat
            logging.getLogger(__name__).exception("the engine failed on a question")
            print("Sorry, something went wrong with that question; it has been logged.\n", file=out, flush=True)
            continue
        memory.remember("console", reply)
        print(render(reply) + "\n", file=out, flush=True)
