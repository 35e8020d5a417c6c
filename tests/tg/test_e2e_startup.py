"""`python -m bot run` facing bad setup: no secret printed, one clear line, recovery where possible.

Each test runs the real program as a subprocess against the fake Bot API and reads everything it
printed.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.storage import SubscriptionStore
from tests.fake_bot_api import FakeBotApi
from tests.tg.bot_process import read_until, start_cli
from tests.tg.conftest import TOKEN, ManualClock, ManualMonotonic, make_settings, start_bot, stop_bot

#: Well-formed, but not the fake server's token: Telegram answers 401.
REJECTED = "987654321:AAErejectedTokenForTests_abcdefghijKLMNOP"
SECRET = "w3bh00k-Secret_for-tests"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def assert_no_secret(output: str, *secrets: str) -> None:
    for secret in secrets:
        key = secret.split(":")[-1]
        assert secret not in output and key not in output, f"a secret was printed:\n{output}"


async def finish(process: asyncio.subprocess.Process, timeout: float = 60) -> tuple[str, str]:
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout)
    return stdout.decode(), stderr.decode()


async def stop(process: asyncio.subprocess.Process) -> tuple[str, str]:
    process.send_signal(signal.SIGINT)
    return await finish(process)


async def test_rejected_token_at_debug_is_one_line_without_the_token(tmp_path: Path, api: FakeBotApi) -> None:
    process = await start_cli(tmp_path, ["run"], f"TELEGRAM_BOT_TOKEN={REJECTED}\n"
                              f"TELEGRAM_API_BASE_URL={api.base_url}\nLOG_LEVEL=DEBUG\n")
    stdout, stderr = await finish(process)
    assert process.returncode == 1
    assert_no_secret(stdout + stderr, REJECTED)
    assert "Traceback" not in stderr
    [error] = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert f"the Bot API at {api.base_url} refused TELEGRAM_BOT_TOKEN" in error
    assert "getMe" in stderr, "DEBUG logging was on"


async def test_webhook_secret_and_token_are_never_printed_at_debug(tmp_path: Path, api: FakeBotApi) -> None:
    port = _free_port()
    url = f"http://127.0.0.1:{port}/telegram/hook"
    process = await start_cli(tmp_path, ["run"], f"TELEGRAM_BOT_TOKEN={TOKEN}\nTELEGRAM_API_BASE_URL={api.base_url}\n"
                              f"WEBHOOK_URL={url}\nWEBHOOK_SECRET={SECRET}\nWEBHOOK_LISTEN=127.0.0.1\n"
                              f"WEBHOOK_PORT={port}\nLOG_LEVEL=DEBUG\n")
    try:
        await api.wait_for("setWebhook", timeout=60)
        assert api.webhook["secret_token"] == SECRET
        update = {"update_id": 1, "message": {"message_id": 1, "date": 0, "text": "/start",
                  "chat": {"id": 1, "type": "private"}, "from": api.user(1),
                  "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}}
        mark = api.mark()
        async with httpx.AsyncClient() as client:
            for _ in range(50):  # the webhook server starts right after setWebhook
                with contextlib.suppress(httpx.ConnectError):
                    await client.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
                    break
                await asyncio.sleep(0.1)
        await api.wait_for(chat_id=1, since=mark, timeout=30)
    finally:
        stdout, stderr = await stop(process)
    assert process.returncode == 0, stderr
    assert "setWebhook" in stderr, "the DEBUG line with setWebhook's parameters was logged"
    assert_no_secret(stdout + stderr, TOKEN, SECRET)


@pytest.mark.parametrize("token", ["12345", "123456789:short", f"{TOKEN} extra", "123456789:" + "ä" * 35])
async def test_malformed_token_is_refused_before_connecting(tmp_path: Path, api: FakeBotApi, token: str) -> None:
    process = await start_cli(tmp_path, ["run"], f"TELEGRAM_BOT_TOKEN={token}\nTELEGRAM_API_BASE_URL={api.base_url}\n")
    stdout, stderr = await finish(process)
    assert process.returncode == 2
    assert stderr.startswith("settings: TELEGRAM_BOT_TOKEN is malformed") and len(stderr.splitlines()) == 1
    assert token not in stdout + stderr and token.split(":")[-1] not in stdout + stderr
    assert api.calls == [], "the bot did not connect"


@pytest.mark.parametrize("args", [["--help"], ["run", "--help"], ["ask", "--help"]])
async def test_help_prints_no_secret(tmp_path: Path, api: FakeBotApi, args: list[str]) -> None:
    process = await start_cli(tmp_path, args, f"TELEGRAM_BOT_TOKEN={TOKEN}\nWEBHOOK_SECRET={SECRET}\n")
    stdout, stderr = await finish(process)
    assert process.returncode == 0 and "usage:" in stdout
    assert_no_secret(stdout + stderr, TOKEN, SECRET)


async def test_no_network_at_start_is_retried_until_the_bot_api_answers(tmp_path: Path) -> None:
    port = _free_port()
    address = f"http://127.0.0.1:{port}/bot"
    process = await start_cli(tmp_path, ["run"], f"TELEGRAM_BOT_TOKEN={TOKEN}\nTELEGRAM_API_BASE_URL={address}\n")
    assert process.stderr is not None
    try:
        # One failed try is enough here; the doubling waits are tested on `connect` in test_startup.py.
        seen = await read_until(process.stderr, f"cannot reach the Bot API at {address}", timeout=60)
        assert process.returncode is None, "the bot keeps trying"
        async with FakeBotApi(TOKEN, port=port) as api:  # the network is up
            seen += await read_until(process.stderr, "bot @japan_meetings_test_bot started")
            mark = api.mark()
            await api.message(1, "/meetings ukraine")
            [reply] = await api.wait_for(chat_id=1, since=mark, timeout=30)
            assert "Kamikawa" in reply.text
            _, rest = await stop(process)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert await process.wait() == 0
    assert "trying again in 1 s" in seen, seen
    assert "Traceback" not in seen + rest
    assert_no_secret(seen + rest, TOKEN)


async def test_corrupted_database_is_reported_in_one_line_and_left_untouched(
        tmp_path: Path, api: FakeBotApi) -> None:
    database = tmp_path / "data" / "bot.sqlite3"
    database.parent.mkdir()
    garbage = b"not a database, but somebody's notes\n" * 200
    database.write_bytes(garbage)
    process = await start_cli(tmp_path, ["run"], f"TELEGRAM_BOT_TOKEN={TOKEN}\nTELEGRAM_API_BASE_URL={api.base_url}\n")
    _, stderr = await finish(process)
    assert process.returncode == 1 and "Traceback" not in stderr
    [error] = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert f"database {Path('data') / 'bot.sqlite3'} is damaged" in error and "left untouched" in error
    assert database.read_bytes() == garbage
    assert api.calls == []


@contextlib.contextmanager
def read_only(directory: Path) -> Iterator[None]:
    """`directory` cannot be written, even by root (immutable attribute), for the duration."""
    if os.geteuid() != 0:
        directory.chmod(0o555)
        try:
            yield
        finally:
            directory.chmod(0o755)
        return
    if subprocess.run(["chattr", "+i", str(directory)], capture_output=True, check=False).returncode:
        pytest.skip("running as root where the immutable attribute is not available")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(directory)], check=True)


async def test_read_only_data_dir_is_reported_in_one_line(tmp_path: Path, api: FakeBotApi) -> None:
    data = tmp_path / "data"
    data.mkdir()
    with read_only(data):
        process = await start_cli(tmp_path, ["run"], f"TELEGRAM_BOT_TOKEN={TOKEN}\n"
                                  f"TELEGRAM_API_BASE_URL={api.base_url}\n")
        _, stderr = await finish(process)
    assert process.returncode == 1 and "Traceback" not in stderr
    [error] = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert f"database {Path('data') / 'bot.sqlite3'} cannot be written" in error and "read-only" in error
    assert api.calls == []


async def test_command_menu_refused_at_start_does_not_stop_the_bot(
        tmp_path: Path, api: FakeBotApi, engine: Any, caplog: pytest.LogCaptureFixture) -> None:
    api.fail("setMyCommands", 502)
    settings = make_settings(tmp_path, api)
    with SubscriptionStore.open(settings.data_dir) as store:
        application = await start_bot(settings, engine, store, ManualClock(), ManualMonotonic())
        try:
            mark = api.mark()
            await api.message(1, "/start")
            await api.wait_for(chat_id=1, since=mark)
        finally:
            await stop_bot(application)
    assert "command menu not registered" in caplog.text
