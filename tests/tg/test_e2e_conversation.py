"""Conversations end to end: the real Application polls the fake Bot API; the real engine answers."""

from __future__ import annotations

import html
from typing import Any

import pytest

from bot.engine import COMMANDS
from bot.tg.handlers import STALE_BUTTON
from bot.tg.keyboards import NOOP
from tests.fake_bot_api import FakeBotApi
from tests.tg.conftest import RunningBot

BOT = "japan_meetings_test_bot"
GROUP, MEMBER = -100200, 5


@pytest.fixture
def engine(real_engine: Any) -> Any:
    return real_engine


async def test_start_registers_the_command_menu_and_polls(running: RunningBot) -> None:
    [commands] = running.api.sent("setMyCommands")
    assert [c["command"] for c in commands.params["commands"]] == [name for name, _ in COMMANDS]
    assert running.api.sent("deleteWebhook"), "polling starts by removing any webhook"
    [reply] = await running.say(1, "/start")
    assert reply.params["parse_mode"] == "HTML"
    assert "Japan" in reply.text


async def test_meetings_ukraine_lists_hayashi_and_kamikawa_with_detail_buttons(running: RunningBot) -> None:
    [reply] = await running.say(1, "/meetings ukraine")
    assert "Hayashi" in reply.text and "Kamikawa" in reply.text
    assert "<i>Source" in reply.text
    numbers = [line.split(".")[0] for line in reply.text.splitlines() if line[:1].isdigit()]
    assert [b["text"].split(".")[0] for b in reply.buttons()] == numbers, "one detail button per entry"


async def test_detail_button_opens_the_meeting(running: RunningBot) -> None:
    [listing] = await running.say(1, "/meetings ukraine")
    number = next(line.split(".")[0] for line in listing.text.splitlines() if "President Zelenskyy" in line)
    button = next(b for b in listing.buttons() if b["text"].startswith(f"{number}. "))
    mark = running.api.mark()
    await running.api.press(listing, button["callback_data"])
    [detail] = await running.api.wait_for(chat_id=1, since=mark)
    assert "Zelenskyy" in detail.text and "9 September 2023" in detail.text
    assert running.api.sent("answerCallbackQuery", since=mark)


async def test_free_text_question(running: RunningBot) -> None:
    [reply] = await running.say(1, "Who did Hayashi meet in Kyiv?")
    assert "Zelenskyy" in reply.text
    quotes = [c.quote for c in running.engine.ask("Who did Hayashi meet in Kyiv?").sources]
    assert quotes and "<blockquote expandable>" in reply.text
    assert all(html.escape(" ".join(q.split())) in reply.text for q in quotes), "the sentences behind it"


async def test_typo_is_understood(running: RunningBot) -> None:
    [reply] = await running.say(1, "/meetings ukriane")
    assert "Kamikawa" in reply.text


async def test_follow_up_question_uses_the_last_answer(running: RunningBot) -> None:
    await running.say(1, "/meeting kamikawa-kuleba-2023")
    [reply] = await running.say(1, "and where was it?")
    assert "New York" in reply.text


async def test_command_with_bot_name_in_a_private_chat(running: RunningBot) -> None:
    [reply] = await running.say(1, f"/meetings@{BOT} ukraine")
    assert "Kamikawa" in reply.text


async def test_inline_query_offers_matching_meetings(running: RunningBot) -> None:
    mark = running.api.mark()
    await running.api.inline_query(3, "Ukraine")
    [answer] = await running.api.wait_for("answerInlineQuery", since=mark)
    titles = [r["title"] for r in answer.params["results"]]
    assert any("Zelenskyy" in t for t in titles) and any("Kuleba" in t or "New York" in t for t in titles)
    content = answer.params["results"][0]["input_message_content"]
    assert content["parse_mode"] == "HTML" and content["message_text"]


async def test_group_answers_commands_mentions_and_replies_only(running: RunningBot) -> None:
    api = running.api
    api.chat_types[GROUP] = "supergroup"
    mark = api.mark()
    ignored = [await api.message(GROUP, "Ukraine meetings, anyone?", user_id=MEMBER),
               await api.message(GROUP, "/meetings@some_other_bot ukraine", user_id=MEMBER)]
    [command] = await running.say(GROUP, f"/meetings@{BOT} ukraine", user_id=MEMBER)
    assert api.confirmed_offset > ignored[-1]["update_id"]
    assert len(api.sent(chat_id=GROUP, since=mark)) == 1, "plain text and other bots' commands are ignored"
    assert "Kamikawa" in command.text
    [mention] = await running.say(GROUP, f"@{BOT} who is Kuleba?", user_id=MEMBER)
    assert "Kuleba" in mention.text
    [reply] = await running.say(GROUP, "and where was it?", user_id=MEMBER,
                                reply_to=api.sent_message(command))
    assert reply.text


async def test_tampered_and_stale_buttons_get_a_polite_answer(running: RunningBot) -> None:
    [listing] = await running.say(1, "/meetings ukraine")
    real = listing.buttons()[0]["callback_data"]
    list_id = real.split(":")[1]
    for data in ("p:deadbeef:1", f"p:{list_id}:99", f"o:{list_id}:999", "rm -rf", "/meeting x"):
        mark = running.api.mark()
        await running.api.press(listing, data)
        [answer] = await running.api.wait_for("answerCallbackQuery", since=mark)
        assert answer.params["text"] == STALE_BUTTON
    mark = running.api.mark()
    await running.api.press(listing, NOOP)
    [answer] = await running.api.wait_for("answerCallbackQuery", since=mark)
    assert "text" not in answer.params


async def test_today_uses_the_chat_local_date(running: RunningBot) -> None:
    [reply] = await running.say(1, "/today")
    assert "26 January" in reply.text and "Usmanov" in reply.text


async def test_subscribe_settings_unsubscribe(running: RunningBot) -> None:
    [reply] = await running.say(1, "/subscribe 07:30 Europe/Berlin")
    assert "07:30" in reply.text and "Europe/Berlin" in reply.text
    [shown] = await running.say(1, "/settings")
    assert "07:30 (Europe/Berlin)" in shown.text
    [bad] = await running.say(1, "/subscribe <b>99:99</b>")
    assert "Usage" in bad.text and "&lt;b&gt;" in bad.text
    [gone] = await running.say(1, "/unsubscribe")
    assert "Unsubscribed" in gone.text
    assert running.store.get(1) is None
    assert not running.application.job_queue.get_jobs_by_name("daily-note:1")


async def test_stats_for_administrators_only(running: RunningBot) -> None:
    [refused] = await running.say(1, "/stats")
    assert "administrators" in refused.text
    [stats] = await running.say(99, "/stats")
    assert "Subscribed chats: 0" in stats.text


async def test_fake_api_refuses_other_tokens(api: FakeBotApi) -> None:
    import httpx

    async with httpx.AsyncClient() as client:
        response = await client.post(f"{api.base_url}wrong:token/getMe")
    assert response.status_code == 401


@pytest.mark.parametrize(
    ("command", "expected"),
    [("/help", "/meetings"), ("/meeting hayashi-zelenskyy-2023", "Zelenskyy"), ("/pledges ukraine", "generators"),
     ("/facts embassy", "mbassy"), ("/who Kuleba", "Minister for Foreign Affairs of Ukraine"),
     ("/countries", "Uzbekistan"), ("/onthisdate 20 September", "Kamikawa"), ("/nonsense", "/nonsense")],
    ids=["help", "meeting", "pledges", "facts", "who", "countries", "onthisdate", "unknown-command"],
)
async def test_every_engine_command_is_answered(running: RunningBot, command: str, expected: str) -> None:
    [reply] = await running.say(1, command)
    assert expected in reply.text


async def test_long_real_list_is_paginated(running: RunningBot) -> None:
    [listing] = await running.say(1, "/pledges")
    assert "Page 1 of 2" in listing.text
    mark = running.api.mark()
    await running.api.press(listing, listing.buttons()[-1]["callback_data"])
    [page] = await running.api.wait_for("editMessageText", since=mark)
    assert "Page 2 of 2" in page.text and "\n9. " in page.text


async def test_action_button_runs_its_command(running: RunningBot) -> None:
    [person] = await running.say(1, "/who Kuleba")
    [action] = [b for b in person.buttons() if b["text"] == "Meetings"]
    mark = running.api.mark()
    await running.api.press(person, action["callback_data"])
    [meetings] = await running.api.wait_for(chat_id=1, since=mark)
    assert "Kamikawa" in meetings.text


async def test_unknown_commands_in_groups_are_left_to_other_bots(running: RunningBot) -> None:
    mark = running.api.mark()
    ignored = await running.api.message(GROUP, "/nonsense", user_id=MEMBER)
    await running.say(GROUP, "/help", user_id=MEMBER)
    assert running.api.confirmed_offset > ignored["update_id"]
    assert len(running.api.sent(chat_id=GROUP, since=mark)) == 1
