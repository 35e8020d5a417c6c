"""No user waits for another: the real Application, with Telegram's pacing, while one user floods.

Each private chat gets one message a second (the production limiter), so a flooder's replies
leave a second apart; another user's reply must not queue behind them. The assertions are about
which replies arrived before which, not about how long they took.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.storage import SubscriptionStore
from bot.tg.app import telegram_rate_limiter
from bot.tg.handlers import FLOOD_NOTICE
from tests.fake_bot_api import FakeBotApi
from tests.tg.conftest import ManualClock, ManualMonotonic, make_settings, start_bot, stop_bot

FLOODER, OTHER = 11, 22
LIMIT = 2


async def test_a_second_user_is_answered_while_another_floods(tmp_path: Path, api: FakeBotApi, engine: Any) -> None:
    settings = make_settings(tmp_path, api, FLOOD_LIMIT_PER_MINUTE=str(LIMIT))
    with SubscriptionStore.open(settings.data_dir) as store:
        application = await start_bot(settings, engine, store, ManualClock(), ManualMonotonic(),
                                      rate_limiter=telegram_rate_limiter())
        try:
            mark = api.mark()
            flood = [await api.message(FLOODER, f"flood {n}") for n in range(1, LIMIT + 3)]
            await api.message(OTHER, "a question")
            [other] = await api.wait_for(chat_id=OTHER, since=mark)
            answered_before = api.sent(chat_id=FLOODER, since=mark)
            replies = await api.wait_for(chat_id=FLOODER, since=mark, count=LIMIT + 1)
            await api.wait_until_read(flood[-1])
        finally:
            await stop_bot(application)
    assert "a question" in other.text
    assert len(answered_before) < 3, "the other user waited behind the flooder's replies"
    texts = [reply.text for reply in api.sent(chat_id=FLOODER, since=mark)]
    assert [_asked(text) for text in texts] == [f"flood {n}" for n in range(1, LIMIT + 1)] + [None]
    assert texts[-1] == FLOOD_NOTICE, "the flooder's messages are answered in order, then told once"
    gaps = [later.at - earlier.at for earlier, later in zip(replies, replies[1:], strict=False)]
    assert min(gaps) >= 0.9, "one message a second to a private chat"


def _asked(reply: str) -> str | None:
    """What the fake engine's "I don't know about ..." reply was asked; None for other replies."""
    prefix = "<b>I don&#x27;t know about "
    return reply[len(prefix):].split("<", 1)[0] if reply.startswith(prefix) else None
