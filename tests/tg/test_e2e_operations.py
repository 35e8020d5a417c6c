"""Operations end to end: errors, flood control, logs without the token, webhook mode, `run`."""

from __future__ import annotations

import asyncio
import io
import json
import os
import signal
import socket
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.settings import PROJECT_ROOT
from bot.storage import SubscriptionStore
from bot.tg.app import build_application, webhook_options
from bot.tg.handlers import APOLOGY, FLOOD_NOTICE
from bot.tg.ratelimit import ChatRateLimiter
from tests.fake_bot_api import FakeBotApi
from tests.tg.conftest import TOKEN, ManualClock, ManualMonotonic, RunningBot, make_settings, start_bot, stop_bot

GROUP, MEMBER = -100300, 7




async def test_error_is_logged_with_context_and_the_user_gets_a_short_apology(
        running: RunningBot, captured_log: io.StringIO) -> None:
    running.engine.failure = RuntimeError(f"engine failed calling /bot{TOKEN}/x")
    [reply] = await running.say(1, "/meetings ukraine")
    assert reply.text == APOLOGY
    log = captured_log.getvalue()
    assert "error while handling update" in log and "/meetings ukraine" in log and "Traceback" in log


async def test_token_never_appears_in_logs(running: RunningBot, captured_log: io.StringIO) -> None:
    running.engine.failure = RuntimeError(f"failed: {TOKEN}")
    await running.say(1, "/start")
    running.engine.failure = None
    running.api.fail("sendMessage", 429, retry_after=1, chat_id=1)
    await running.say(1, "/start")
    log = captured_log.getvalue()
    assert "sendMessage" in log and "Rate limit hit" in log, "the log did capture the traffic"
    assert TOKEN not in log and TOKEN.split(":")[1] not in log


async def test_button_error_is_answered_politely(running: RunningBot) -> None:
    [listing] = await running.say(1, "/meetings all")
    running.engine.failure = ValueError("broken")
    mark = running.api.mark()
    await running.api.press(listing, listing.buttons()[0]["callback_data"])
    [answer] = await running.api.wait_for("answerCallbackQuery", since=mark)
    assert answer.params["text"] == APOLOGY
    running.engine.failure = None
    [reply] = await running.say(1, "/start")
    assert running.api.sent("answerCallbackQuery", since=mark) == [answer], "answered once"


async def test_long_answers_are_split_and_accepted_by_telegram(running: RunningBot) -> None:
    replies = await running.say(1, "/long", count=3)
    assert all(r.status == 200 for r in replies) and len(replies) == 3
    assert replies[0].text.startswith("<b>A long answer</b>")


async def test_user_text_is_escaped(running: RunningBot) -> None:
    [reply] = await running.say(1, "what about <b>x</b> & <script>?")
    assert "&lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt;?" in reply.text


async def test_pages_turn_by_editing_the_message(running: RunningBot) -> None:
    [listing] = await running.say(1, "/meetings all")
    assert "1. Meeting 1 with &lt;Ukraine&gt; &amp; friends" in listing.text
    next_button = listing.buttons()[-1]
    assert next_button["text"] == "Next ›"
    mark = running.api.mark()
    await running.api.press(listing, next_button["callback_data"])
    [edit] = await running.api.wait_for("editMessageText", since=mark)
    assert "9. Meeting 9" in edit.text and "Page 2 of 3" in edit.text
    assert [b["text"] for b in edit.buttons()][-3:] == ["‹ Previous", "2/3", "Next ›"]
    mark = running.api.mark()
    await running.api.press(listing, edit.buttons()[0]["callback_data"])
    [detail] = await running.api.wait_for(since=mark)
    assert detail.text.startswith("<b>Meeting 9 with")


async def test_follow_up_focus_expires(running: RunningBot) -> None:
    await running.say(1, "/meeting m03")
    [reply] = await running.say(1, "where was it?")
    assert "m03 was in Kyiv" in reply.text
    running.monotonic.seconds += 601
    [expired] = await running.say(1, "where was it?")
    assert "Which meeting" in expired.text


async def test_flooding_sender_gets_one_notice_then_silence(tmp_path: Path, api: FakeBotApi, engine: Any) -> None:
    settings = make_settings(tmp_path, api, FLOOD_LIMIT_PER_MINUTE="3")
    monotonic = ManualMonotonic()
    with SubscriptionStore.open(settings.data_dir) as store:
        application = await start_bot(settings, engine, store, ManualClock(), monotonic)
        try:
            bot = RunningBot(api, application, store, engine, ManualClock(), monotonic)
            mark = api.mark()
            for _ in range(3):
                await bot.say(GROUP, "/start", user_id=MEMBER)
            [notice] = await bot.say(GROUP, "/start", user_id=MEMBER)
            assert notice.text == FLOOD_NOTICE
            ignored = await api.message(GROUP, "/start", user_id=MEMBER)
            [other] = await bot.say(GROUP, "/start", user_id=MEMBER + 1)
            assert api.confirmed_offset > ignored["update_id"]
            assert len(api.sent(chat_id=GROUP, since=mark)) == 5
            monotonic.seconds += 60
            [again] = await bot.say(GROUP, "/start", user_id=MEMBER)
            assert "Japan" in again.text
        finally:
            await stop_bot(application)


async def test_private_chats_get_at_most_one_message_a_second() -> None:
    limiter = ChatRateLimiter(per_chat_rate=10, overall_max_rate=0)  # this chat's limit alone
    sent: list[tuple[int, float]] = []
    loop = asyncio.get_running_loop()

    async def send(chat_id: int) -> bool:
        sent.append((chat_id, loop.time()))
        return True

    start = loop.time()
    await asyncio.gather(*(limiter.process_request(send, (c,), {}, "sendMessage", {"chat_id": c}, None)
                           for c in (1, 1, 1, 2, 3, -5, -5)))
    same_chat = [t - start for c, t in sent if c == 1]
    others = [t - start for c, t in sent if c != 1]
    assert same_chat[-1] >= 0.15 and max(others) < 0.1
    assert ChatRateLimiter()._per_chat_rate == 1.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_webhook_mode_sets_the_webhook_and_checks_the_secret(
        tmp_path: Path, api: FakeBotApi, engine: Any) -> None:
    port = _free_port()
    settings = make_settings(tmp_path, api, WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram/hook",
                             WEBHOOK_SECRET="s3cret-token", WEBHOOK_LISTEN="127.0.0.1", WEBHOOK_PORT=str(port))
    with SubscriptionStore.open(settings.data_dir) as store:
        application = build_application(settings, engine, store, clock=ManualClock())
        assert application.post_init is not None and application.updater is not None
        assert settings.webhook_url is not None
        await application.initialize()
        await application.post_init(application)
        await application.updater.start_webhook(**webhook_options(settings))
        await application.start()
        try:
            assert api.webhook["url"] == settings.webhook_url
            assert api.webhook["secret_token"] == "s3cret-token"
            update = {"update_id": 1, "message": {"message_id": 1, "date": 0, "text": "/start",
                      "chat": {"id": 1, "type": "private"}, "from": api.user(1),
                      "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}}
            async with httpx.AsyncClient() as client:
                refused = await client.post(settings.webhook_url, json=update,
                                            headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"})
                mark = api.mark()
                accepted = await client.post(settings.webhook_url, json=update,
                                             headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"})
            assert (refused.status_code, accepted.status_code) == (403, 200)
            [reply] = await api.wait_for(chat_id=1, since=mark)
            assert "Japan" in reply.text
        finally:
            await application.updater.stop()
            await application.stop()
            await application.shutdown()


async def _run_cli(tmp_path: Path, api: FakeBotApi, args: list[str], env_file: str) -> asyncio.subprocess.Process:
    (tmp_path / ".env").write_text(env_file)
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_", "DATA_DIR"))}
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, cwd=tmp_path, env={**environ, "PYTHONPATH": str(PROJECT_ROOT)},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)


@pytest.mark.parametrize("args", [["run"], []], ids=["run", "token-set"])
async def test_run_command_polls_with_the_token_from_env_file(tmp_path: Path, api: FakeBotApi, args: list[str]) -> None:
    process = await _run_cli(tmp_path, api, args,
                             f"TELEGRAM_BOT_TOKEN={TOKEN}\nTELEGRAM_API_BASE_URL={api.base_url}\n")
    try:
        mark = api.mark()
        await api.message(1, "/meetings ukraine")
        [reply] = await api.wait_for(chat_id=1, since=mark, timeout=30)
        assert "Kamikawa" in reply.text
        assert api.sent("setMyCommands")
        assert (tmp_path / "data" / "bot.sqlite3").exists()
    finally:
        process.send_signal(signal.SIGINT)
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
    log = stderr.decode()
    assert process.returncode == 0, log
    assert "receiving updates by long polling" in log and TOKEN not in log


async def test_invalid_knowledge_base_stops_start_up_with_the_report(tmp_path: Path, api: FakeBotApi) -> None:
    broken = tmp_path / "kb"
    broken.mkdir()
    (broken / "meetings.yaml").write_text("meetings:\n  - id: Not An Id\n    title: x\n")
    process = await _run_cli(tmp_path, api, ["run"], f"TELEGRAM_BOT_TOKEN={TOKEN}\n"
                             f"TELEGRAM_API_BASE_URL={api.base_url}\nKNOWLEDGE_DIR={broken}\n")
    _, stderr = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 1
    assert "knowledge base invalid" in stderr.decode() and "meetings.yaml" in stderr.decode()
    assert api.calls == [], "the bot did not connect"


def test_webhook_options_follow_the_settings(tmp_path: Path) -> None:
    from bot.settings import Settings

    settings = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_URL": "https://bot.example.org/tg/in",
                                  "WEBHOOK_SECRET": "abc", "WEBHOOK_PORT": "8080"}, env_file=tmp_path / "x")
    options = webhook_options(settings)
    assert options["url_path"] == "tg/in" and options["secret_token"] == "abc" and options["port"] == 8080
    assert json.dumps(options)  # plain values only


def test_webhook_mode_requires_a_secret(tmp_path: Path) -> None:
    from bot.errors import SettingsError
    from bot.settings import Settings

    with pytest.raises(SettingsError, match="WEBHOOK_SECRET"):
        Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_URL": "https://bot.example.org/tg"},
                          env_file=tmp_path / "x")
