"""Command line: `python -m bot [chat | ask | kb check | run | eval | bench]`.

    python -m bot                   the Telegram bot when TELEGRAM_BOT_TOKEN is set, else the console chat
    python -m bot chat              console chat over the same engine
    python -m bot ask "QUESTION"    one answer as text (--json for a JSON object); no question: one per stdin line
    python -m bot kb check          validate the knowledge base, report every problem
    python -m bot run               the Telegram bot (long polling, or webhook when WEBHOOK_URL is set)
    python -m bot eval              accuracy of the engine on the project's question tables
    python -m bot bench             benchmarks on synthetic knowledge bases
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence

from bot.errors import BotError, KnowledgeBaseError, SettingsError
from bot.redaction import RedactingStream, redact, register_settings
from bot.settings import Settings

logger = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every error ends as one line on standard error and an exit code.

    Standard error passes `bot.redaction` throughout, so no secret is printed, whatever fails.
    """
    with redacted_stderr():
        try:
            return _main(list(sys.argv[1:] if argv is None else argv))
        except KeyboardInterrupt:
            return 130
        except Exception as exc:  # the last resort: one line, never a traceback
            logger.debug("unexpected error", exc_info=exc)
            print(f"error: {type(exc).__name__}: {redact(str(exc))}", file=sys.stderr)
            return 1


def _main(args: list[str]) -> int:
    if args and args[0] == "bench":
        from bot.bench.run import main as bench_main

        return bench_main(args[1:])
    parser = _parser()
    options = parser.parse_args(args)
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"settings: {exc}", file=sys.stderr)
        return 2
    register_settings(settings)
    logging.basicConfig(
        level=getattr(logging, settings.log_level, logging.INFO) if options.command == "run" else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    command = options.command or ("run" if settings.telegram_bot_token else "chat")
    try:
        return _dispatch(command, options, settings, parser)
    except KnowledgeBaseError as exc:
        print(exc.report(), file=sys.stderr)
        return 1
    except SettingsError as exc:
        print(f"settings: {redact(str(exc))}", file=sys.stderr)
        return 2
    except BotError as exc:  # storage, Bot API
        print(f"error: {redact(str(exc))}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


@contextlib.contextmanager
def redacted_stderr() -> Iterator[None]:
    """Standard error through `RedactingStream` for the duration (already wrapped: unchanged)."""
    if isinstance(sys.stderr, RedactingStream):
        yield
        return
    original, sys.stderr = sys.stderr, RedactingStream(sys.stderr)
    try:
        yield
    finally:
        sys.stderr.flush()
        sys.stderr = original


def _dispatch(command: str, options: argparse.Namespace, settings: Settings,
              parser: argparse.ArgumentParser) -> int:
    """Run one subcommand; domain errors propagate to `main`, which reports them."""
    if command == "kb":
        return _kb_check(settings)
    if command == "ask":
        return _ask(settings, options.question, as_json=options.json, keep_context=options.context)
    if command == "chat":
        from bot.console import chat

        return chat(_engine(settings), ttl_seconds=settings.conversation_ttl_seconds)
    if command == "eval":
        from bot.evaluation import main as eval_main

        return eval_main(_engine(settings), options.tables, verbose=options.verbose,
                         sweep_thresholds=options.sweep)
    if command == "run":
        from bot.storage import SubscriptionStore
        from bot.tg.app import run
        from bot.tg.startup import check_token

        check_token(settings.telegram_bot_token)  # setup errors before the knowledge base is loaded
        SubscriptionStore.open(settings.data_dir).close()

        run(settings, _engine(settings))
        return 0
    parser.print_help()
    return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("chat", help="console chat")
    ask = sub.add_parser("ask", help="answer questions from arguments or standard input")
    ask.add_argument("question", nargs="*", help="the question; none: read one question per line from stdin")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument("--context", action="store_true",
                     help="with stdin: let each question follow up on the previous answer")
    kb = sub.add_parser("kb", help="knowledge base tools")
    kb.add_argument("action", choices=["check"])
    sub.add_parser("run", help="run the Telegram bot")
    ev = sub.add_parser("eval", help="score the engine on the project's question tables")
    ev.add_argument("tables", nargs="*", help="question table files (default: tests/questions/*.yaml)")
    ev.add_argument("-v", "--verbose", action="store_true", help="print every failure")
    ev.add_argument("--sweep", action="store_true", help="accuracy for each abstention threshold")
    sub.add_parser("bench", help="benchmarks (see python -m bot bench --help)")
    return parser


def _engine(settings: Settings):  # type: ignore[no-untyped-def]
    from bot.engine.snapshot import load_engine

    return load_engine(settings.knowledge_dir, settings.seeds_dir, cache_dir=_cache_dir(settings))


def _cache_dir(settings: Settings):  # type: ignore[no-untyped-def]
    """The start-up snapshot and parsed YAML, both keyed by file content: any edit of a file rebuilds."""
    return settings.data_dir / "cache"


def _kb_check(settings: Settings) -> int:
    from bot.knowledge.validate import check_knowledge_base

    kb, problems = check_knowledge_base(settings.knowledge_dir, settings.seeds_dir, cache_dir=_cache_dir(settings))
    if problems or kb is None:
        print(KnowledgeBaseError(problems).report(), file=sys.stderr)
        return 1
    print(f"knowledge base OK: {kb.summary()}")
    return 0


def _ask(settings: Settings, question: list[str], *, as_json: bool, keep_context: bool) -> int:
    from bot.console import render

    engine = _engine(settings)
    questions = [" ".join(question)] if question else (line.rstrip("\n") for line in sys.stdin)
    focus = None
    for text in questions:
        answer = engine.ask(text, focus if keep_context else None)
        focus = answer.focus or focus
        if as_json:
            print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
        else:
            print(render(answer) + ("" if question else "\n"), flush=True)
    return 0
