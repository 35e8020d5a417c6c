"""The deployment files, read as Docker and systemd would read them (neither runs here)."""

from __future__ import annotations

import configparser
import fnmatch
import json
import shlex
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UNIT = ROOT / "deploy" / "japan-diplomacy-bot.service"


def instructions() -> list[tuple[str, str]]:
    """The Dockerfile's instructions as (KEYWORD, arguments), continuation lines joined."""
    joined = (ROOT / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    result = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, arguments = line.partition(" ")
            result.append((keyword.upper(), arguments.strip()))
    return result


def arguments(keyword: str) -> list[str]:
    return [args for kw, args in instructions() if kw == keyword]


def environment() -> dict[str, str]:
    """Every `ENV KEY=value` of the Dockerfile."""
    values: dict[str, str] = {}
    for args in arguments("ENV"):
        for part in shlex.split(args):
            key, _, value = part.partition("=")
            values[key] = value
    return values


def ignored(path: str) -> bool:
    """Whether `.dockerignore` keeps `path` out of the build context (last matching rule wins)."""
    verdict = False
    for rule in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines():
        rule = rule.strip()
        if not rule or rule.startswith("#"):
            continue
        negated = rule.startswith("!")
        pattern = rule.lstrip("!").rstrip("/").removeprefix("**/")
        parts = path.split("/")
        if any(fnmatch.fnmatch("/".join(parts[:n]), pattern) or fnmatch.fnmatch(part, pattern)
               for n, part in enumerate(parts, 1)):
            verdict = not negated
    return verdict


def test_image_is_python_slim() -> None:
    [base] = arguments("FROM")
    assert base.startswith("python:3.") and "slim" in base


def test_bot_runs_as_a_user_other_than_root() -> None:
    users = arguments("USER")
    assert users, "no USER: the bot would run as root"
    assert users[-1].split(":")[0] not in {"root", "0"}
    keywords = [kw for kw, _ in instructions()]
    assert keywords.index("USER") < keywords.index("CMD")


def test_data_directory_is_a_volume_the_user_owns() -> None:
    data_dir = environment()["DATA_DIR"]
    volumes = [v for args in arguments("VOLUME") for v in (json.loads(args) if args.startswith("[") else args.split())]
    assert data_dir in volumes
    assert any(data_dir in args and "chown" in args for args in arguments("RUN")), "writable by the bot's user"


def test_knowledge_base_is_baked_in_and_checked_at_build() -> None:
    copied = [shlex.split(args)[0] for args in arguments("COPY")]
    assert {"knowledge", "seeds", "bot", "pyproject.toml"} <= set(copied)
    for source in copied:
        assert (ROOT / source).exists() and not ignored(source), f"{source} must reach the build"
    env = environment()
    assert env["KNOWLEDGE_DIR"].endswith("/knowledge") and env["SEEDS_DIR"].endswith("/seeds")
    assert any("bot kb check" in args for args in arguments("RUN"))


def test_the_container_runs_the_bot() -> None:
    [command] = arguments("CMD")
    assert json.loads(command) == ["python", "-m", "bot", "run"], "exec form: SIGTERM reaches the bot"


@pytest.mark.parametrize("path", [".env", "data/bot.sqlite3", ".git/config", ".venv/bin/python",
                                  "bot/__pycache__/cli.cpython-311.pyc", "tests/conftest.py"])
def test_secrets_and_local_state_stay_out_of_the_image(path: str) -> None:
    assert ignored(path)


def test_env_example_may_enter_the_context() -> None:
    assert not ignored(".env.example") and not ignored("bot/cli.py")


def test_systemd_unit_runs_the_bot_unprivileged_with_its_own_data_directory() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment, method-assign]
    unit.read(UNIT, encoding="utf-8")
    service = unit["Service"]
    assert service["ExecStart"].endswith("-m bot run")
    assert service.get("DynamicUser") == "yes" or service.get("User") not in (None, "root")
    assert "network-online.target" in unit["Unit"]["After"]
    assert service["Restart"] in {"on-failure", "always"}
    state = service["StateDirectory"]
    assert f"DATA_DIR=/var/lib/{state}" in UNIT.read_text(encoding="utf-8")
    assert unit["Install"]["WantedBy"] == "multi-user.target"


def test_readme_documents_docker_compose_systemd_and_several_instances() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docker build" in readme and "services:" in readme and "deploy/japan-diplomacy-bot.service" in readme
    assert "### Running more than one instance" in readme
