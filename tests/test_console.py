"""The console chat and `ask`: Telegram-only commands are explained; `ask` says where it reads."""

from __future__ import annotations

import io

import pytest

from bot.cli import STDIN_HINT, stdin_questions
from bot.console import answer, chat, telegram_only
from bot.engine import Engine


class Terminal(io.StringIO):
    """Standard input as typed at a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("typed", "command"),
    [("/subscribe", "subscribe"), ("/subscribe 08:00 Europe/Paris", "subscribe"), ("/unsubscribe", "unsubscribe"),
     ("/settings@japan_bot", "settings"), ("/STATS", "stats")],
    ids=["subscribe", "with-arguments", "unsubscribe", "bot-name", "upper-case"],
)
def test_telegram_only_commands_say_where_they_work(engine: Engine, typed: str, command: str) -> None:
    out = io.StringIO()
    chat(engine, stdin=io.StringIO(f"{typed}\n/quit\n"), stdout=out)
    reply = out.getvalue().split("console chat; /quit to leave)", 1)[1]
    assert f"/{command} works in Telegram" in reply
    assert "Unknown command" not in reply


@pytest.mark.parametrize("typed", ["/subscriber", "subscribe me", "/meetings subscribe"],
                         ids=["longer-name", "no-slash", "as-argument"])
def test_other_input_goes_to_the_engine(typed: str) -> None:
    assert telegram_only(typed) is None


def test_an_unknown_command_is_still_unknown(engine: Engine) -> None:
    assert answer(engine, "/frobnicate").title.startswith("Unknown command")


def test_ask_at_a_terminal_says_it_reads_standard_input() -> None:
    stderr = io.StringIO()
    questions = stdin_questions(Terminal("who is kamikawa\n"), stderr)
    assert stderr.getvalue() == STDIN_HINT + "\n", "said before the first line is read"
    assert list(questions) == ["who is kamikawa"]


def test_ask_from_a_pipe_reads_silently() -> None:
    stderr = io.StringIO()
    assert list(stdin_questions(io.StringIO("a\nb\n"), stderr)) == ["a", "b"]
    assert stderr.getvalue() == ""
