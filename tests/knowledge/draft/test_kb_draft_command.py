"""`kb draft` as a maintainer runs it: a new release into a copy of the knowledge base, then `kb check` and `ask`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[3]
# Invented people and an invented country: nothing here is in the knowledge base before drafting.
RELEASE_NAME = "2025-03-04_veloria_takemori-quellin.txt"
RELEASE = """\
Press Releases

Japan-Veloria Foreign Ministers' Meeting

March 4, 2025

On March 4, commencing at 10:30 a.m. for approximately 40 minutes, Mr. TAKEMORI Kenji, Minister for Foreign \
Affairs of Japan, held a meeting with H.E. Ms. Amara Quellin, Minister of Foreign Affairs of the Republic of \
Veloria, who is visiting Japan. The overview of the meeting is as follows.

  1. At the outset, Minister Takemori welcomed Minister Quellin’s first visit to Japan and stated that Japan \
would provide 12 patrol boats to Veloria.
  2. The two ministers exchanged views on maritime security and cooperation in fisheries.
  3. The two ministers agreed to launch a joint committee on renewable energy.

Back to Press Releases
"""


@pytest.fixture()
def workplace(tmp_path: Path) -> dict[str, str]:
    """A copy of the knowledge base and seeds in tmp_path, and the environment that points the bot at it."""
    shutil.copytree(ROOT / "knowledge", tmp_path / "knowledge")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / RELEASE_NAME).write_text(RELEASE, encoding="utf-8")
    environ = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    return environ | {"KNOWLEDGE_DIR": str(tmp_path / "knowledge"), "SEEDS_DIR": str(tmp_path / "seeds"),
                      "DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True,
                          cwd=Path(env["DATA_DIR"]).parent, env=env, timeout=120, check=False)


def ask(env: dict[str, str], question: str) -> dict[str, object]:
    result = run(env, "ask", "--json", question)
    assert result.returncode == 0, result.stderr
    answer: dict[str, object] = json.loads(result.stdout)
    return answer


def test_drafted_release_passes_check_and_is_answered_at_once(workplace: dict[str, str]) -> None:
    folder = Path(workplace["DATA_DIR"]).parent
    drafted = run(workplace, "kb", "draft", str(folder / RELEASE_NAME))
    assert drafted.returncode == 0, drafted.stderr
    assert "review" in drafted.stdout and "veloria" in drafted.stdout
    assert (folder / "seeds" / RELEASE_NAME).read_bytes() == RELEASE.encode("utf-8")
    entries = yaml.safe_load((folder / "knowledge" / f"{Path(RELEASE_NAME).stem}.yaml").read_text("utf-8"))
    assert [c["name"] for c in entries["countries"]] == ["Veloria"]

    checked = run(workplace, "kb", "check")
    assert checked.returncode == 0, checked.stderr

    when = ask(workplace, "When did Takemori meet Quellin?")
    assert when["answered"] and "4 March 2025" in str(when["text"])
    who = ask(workplace, "Who is Amara Quellin?")
    assert who["answered"] and "Veloria" in str(who["text"])
    how_long = ask(workplace, "How long did Takemori and Quellin meet?")
    assert how_long["answered"] and "40 minutes" in str(how_long["text"])


def test_drafting_twice_is_refused_and_changes_nothing(workplace: dict[str, str]) -> None:
    folder = Path(workplace["DATA_DIR"]).parent
    assert run(workplace, "kb", "draft", str(folder / RELEASE_NAME)).returncode == 0
    written = (folder / "knowledge" / f"{Path(RELEASE_NAME).stem}.yaml").read_bytes()
    again = run(workplace, "kb", "draft", str(folder / RELEASE_NAME))
    assert again.returncode == 1 and "already a source" in again.stderr
    assert (folder / "knowledge" / f"{Path(RELEASE_NAME).stem}.yaml").read_bytes() == written


@pytest.mark.parametrize(("content", "message"), [
    (b"\xff\xfe not text", "not UTF-8"), (None, "cannot read"), (b" \n\n", "is empty"),
], ids=["binary", "missing", "empty"])
def test_bad_document_gets_a_clear_answer(workplace: dict[str, str], content: bytes | None, message: str) -> None:
    path = Path(workplace["DATA_DIR"]).parent / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    result = run(workplace, "kb", "draft", str(path))
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr
