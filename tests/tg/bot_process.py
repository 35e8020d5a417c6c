"""`python -m bot` as a real subprocess in `tmp_path`, configured by a `.env` file there."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from bot.settings import PROJECT_ROOT


async def start_cli(tmp_path: Path, args: list[str], env_file: str) -> asyncio.subprocess.Process:
    """Start `python -m bot ARGS` in `tmp_path` with `env_file` as its `.env`; output piped."""
    (tmp_path / ".env").write_text(env_file)
    environ = {k: v for k, v in os.environ.items()
               if not k.startswith(("TELEGRAM_", "WEBHOOK_", "DATA_DIR", "LOG_LEVEL"))}
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, cwd=tmp_path, env={**environ, "PYTHONPATH": str(PROJECT_ROOT)},
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)


async def read_until(stream: asyncio.StreamReader, needle: str, timeout: float = 30.0) -> str:
    """Read lines from `stream` until one contains `needle`; return everything read."""
    seen: list[str] = []
    async with asyncio.timeout(timeout):
        while True:
            line = (await stream.readline()).decode()
            if not line:
                raise AssertionError(f"stream ended before {needle!r}; read:\n{''.join(seen)}")
            seen.append(line)
            if needle in line:
                return "".join(seen)
