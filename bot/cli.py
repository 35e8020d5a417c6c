"""Command line: `python -m bot [chat | ask | kb check | run | eval | bench]`.

    python -m bot                   the Telegram bot when TELEGRAM_BOT_TOKEN is set, else the console chat
    python -m bot chat              console chat over the same engine
    python -m bot ask "QUESTION"    one answer as text (--json for a JSON object); no question: one per stdin line
    python -m bot kb check          validate the knowledge base, report every problem
    python -m bot kb draft FILE     draft a new document's entries into the knowledge base, list what to review
    python -m bot kb draft-eval     measure the drafting (leave-one-out on the documents and on generated releases)
    python -m bot run               the Telegram bot (long polling, or webhook when WEBHOOK_URL is set)
    python -m bot eval              accuracy of the engine on the project's question tables
    python -m bot eval --scale      accuracy on synthetic knowledge bases of 1,000 and 10,000 meetings
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
from pathlib import Path
from typing import TextIO

from bot import __version__
from bot.answers import Answer
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
    if args[:1] == ["eval"] and "--scale" in args:
        from bot.scale_eval import main as scale_main

        return scale_main([a for a in args[1:] if a != "--scale"])
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
        return _kb(settings, options, parser)
    if command == "ask":
        return _ask(settings, options.question, as_json=options.json, keep_context=options.context)
    if command == "chat":
        from bot.console import chat

        return chat(_engine(settings), ttl_seconds=settings.conversation_ttl_seconds)
    if command == "eval":
        from bot.evaluation import main as eval_main

        return eval_main(_engine(settings), options.tables, verbose=options.verbose,
                         sweep_thresholds=options.sweep, answers_to=options.answers)
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
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("chat", help="console chat")
    ask = sub.add_parser("ask", help="answer questions from arguments or standard input")
    ask.add_argument("question", nargs="*", help="the question; none: read one question per line from stdin")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument("--context", action="store_true",
                     help="with stdin: let each question follow up on the previous answer")
    kb = sub.add_parser("kb", help="knowledge base tools")
    kb.add_argument("action", choices=["check", "draft", "draft-eval"],
                    help="check: validate; draft FILE: draft a new document's entries; draft-eval: measure drafting")
    kb.add_argument("file", nargs="?", help="with draft: the document (plain text) to add")
    kb.add_argument("--synthetic", type=int, default=300, metavar="N",
                    help="with draft-eval: also draft N generated releases (0: none)")
    kb.add_argument("--seed", type=int, default=7, help="with draft-eval: seed of the generated releases")
    sub.add_parser("run", help="run the Telegram bot")
    ev = sub.add_parser("eval", help="score the engine on the project's question tables")
    ev.add_argument("tables", nargs="*", help="question table files (default: tests/questions/*.yaml)")
    ev.add_argument("-v", "--verbose", action="store_true", help="print every failure")
    ev.add_argument("--sweep", action="store_true", help="accuracy for each abstention threshold")
    ev.add_argument("--answers", type=Path, metavar="FILE",
                    help="also write every case's answer (answered, kind, text) as JSON to FILE")
    ev.add_argument("--scale", action="store_true",
                    help="evaluate on synthetic knowledge bases instead (see python -m bot eval --scale --help)")
    sub.add_parser("bench", help="benchmarks (see python -m bot bench --help)")
    return parser


def _engine(settings: Settings):  # type: ignore[no-untyped-def]
    from bot.engine.snapshot import load_engine

    return load_engine(settings.knowledge_dir, settings.seeds_dir, cache_dir=_cache_dir(settings))


def _cache_dir(settings: Settings):  # type: ignore[no-untyped-def]
    """The start-up snapshot and parsed YAML, both keyed by file content: any edit of a file rebuilds."""
    return settings.data_dir / "cache"


def _kb(settings: Settings, options: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """`kb check`, `kb draft FILE` or `kb draft-eval`."""
    if options.action == "check":
        return _kb_check(settings)
    from pathlib import Path

    from bot.knowledge.draft.command import draft_eval, draft_file

    if options.action == "draft-eval":
        return draft_eval(settings.knowledge_dir, settings.seeds_dir, options.synthetic, options.seed, sys.stdout)
    if not options.file:
        parser.error("kb draft needs the document to draft: python -m bot kb draft FILE")
    return draft_file(Path(options.file), settings.knowledge_dir, settings.seeds_dir, sys.stdout, sys.stderr)


def _kb_check(settings: Settings) -> int:
    from bot.knowledge.validate import check_knowledge_base

    kb, problems = check_knowledge_base(settings.knowledge_dir, settings.seeds_dir, cache_dir=_cache_dir(settings))
    if problems or kb is None:
        print(KnowledgeBaseError(problems).report(), file=sys.stderr)
        return 1
    print(f"knowledge base OK: {kb.summary()}")
    return 0


def _ask(settings: Settings, question: list[str], *, as_json: bool, keep_context: bool) -> int:
    from bot.console import answer as console_answer
    from bot.console import render

    questions = [" ".join(question)] if question else stdin_questions(sys.stdin, sys.stderr)
    engine = _engine(settings)
    focus = None
    failed = 0
    for text in questions:
        try:
            answer = console_answer(engine, text, focus if keep_context else None)
        except Exception:  # noqa: BLE001 - a bug on one line is reported, and the batch goes on
            logging.getLogger(__name__).exception("the engine failed on a question of %d characters", len(text))
            failed += 1
            answer = Answer("error", False, "Sorry, something went wrong with that question",
                            ("The error has been logged.",), confidence=0.0)
        focus = answer.focus or focus
        if as_json:
            print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
        else:
            print(render(answer) + ("" if question else "\n"), flush=True)
    return 1 if failed else 0


#: Said at a terminal, where `ask` without a question would otherwise wait silently.
STDIN_HINT = ('reading questions from standard input, one a line (end with Ctrl-D); '
              'or give one: python -m bot ask "QUESTION"')


def stdin_questions(stdin: TextIO, stderr: TextIO) -> Iterator[str]:
    """The lines of `stdin` as questions; at a terminal, first say so on `stderr`."""
    if stdin.isatty():
        print(STDIN_HINT, file=stderr, flush=True)
    return (line.rstrip("\n") for line in stdin)
