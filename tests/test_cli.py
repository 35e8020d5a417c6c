"""The CLI as a user runs it: real subprocesses, real knowledge base."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"} | (env or {})
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          cwd=cwd or ROOT, env=environ, timeout=120)


def test_ask_json_batch_keeps_order_in_one_process() -> None:
    questions = ["/meetings Rwanda", "How tall is Mount Fuji?", "Who is Denys Shmyhal?"] * 17
    result = run("ask", "--json", stdin="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == len(questions)
    assert [r["answered"] for r in rows[:3]] == [True, False, True]
    assert "Kagame" in rows[0]["text"] and "Prime Minister" in rows[2]["text"]
    for row in rows:
        assert {"answered", "text", "kind", "sources"} <= row.keys()
        assert all({"document", "quote"} <= s.keys() for s in row["sources"])


def test_ask_text_with_argument() -> None:
    result = run("ask", "/meetings", "Ukraine")
    assert result.returncode == 0 and "Kuleba" in result.stdout


def test_ask_context_mode_carries_follow_ups() -> None:
    result = run("ask", "--json", "--context", stdin="When did Kamikawa meet Kuleba?\nand how long was it?\n")
    second = json.loads(result.stdout.splitlines()[1])
    assert second["answered"] and "25 minutes" in second["text"]


def test_chat_without_token_runs_the_console(tmp_path: Path) -> None:
    result = run(stdin="who is kamikava\n/quit\n", cwd=tmp_path,
                 env={"KNOWLEDGE_DIR": str(ROOT / "knowledge"), "SEEDS_DIR": str(ROOT / "seeds")})
    assert result.returncode == 0, result.stderr
    assert "console chat" in result.stdout and "Kamikawa" in result.stdout


def test_kb_check_clean() -> None:
    result = run("kb", "check")
    assert result.returncode == 0 and result.stdout.startswith("knowledge base OK")


def test_version_is_the_package_s(capsys: pytest.CaptureFixture[str]) -> None:
    from bot import __version__
    from bot.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"python -m bot {__version__}\n"
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_ask_at_a_terminal_says_it_reads_standard_input() -> None:
    pty = pytest.importorskip("pty")
    controller, terminal = pty.openpty()
    try:
        os.write(controller, b"/subscribe\n\x04")  # a line, then Ctrl-D
        result = subprocess.run([sys.executable, "-m", "bot", "ask"], stdin=terminal, capture_output=True,
                                text=True, cwd=ROOT, timeout=120,
                                env={k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"})
    finally:
        os.close(controller)
        os.close(terminal)
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("reading questions from standard input")
    assert "/subscribe works in Telegram" in result.stdout


def test_invalid_knowledge_base_stops_start_up_with_the_report(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("meetings: [\n", encoding="utf-8")
    result = run("ask", "hello", env={"KNOWLEDGE_DIR": str(tmp_path)})
    assert result.returncode == 1
    assert "broken.yaml" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [["eval", str(ROOT / "tests" / "questions" / "golden.yaml")]])
def test_eval_prints_per_type_accuracy(args: list[str]) -> None:
    if not Path(args[1]).exists():
        pytest.skip("no golden table")
    result = run(*args)
    assert result.returncode == 0
    assert "abstention precision" in result.stdout and "overall" in result.stdout
