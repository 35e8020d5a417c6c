"""Console chat: the same engine as the Telegram bot, rendered as plain text in a terminal."""

from __future__ import annotations

import logging
import sys
from typing import TextIO

from bot.answers import Answer
from bot.conversation import ConversationMemory
from bot.engine import Engine

PROMPT = "you> "


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
            answer = engine.ask(line, memory.focus("console"))
        except Exception:  # noqa: BLE001 - one failing question must not end the chat
            logging.getLogger(__name__).exception("the engine failed on a question")
            print("Sorry, something went wrong with that question; it has been logged.\n", file=out, flush=True)
            continue
        memory.remember("console", answer)
        print(render(answer) + "\n", file=out, flush=True)
