"""Thin async callbacks: read the update, call the engine or the store, send rendered answers."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
from collections.abc import Callable
from typing import Any, TypeAlias

from telegram import (
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, CallbackContext, ExtBot, filters

from bot.answers import Answer
from bot.engine import Engine
from bot.settings import Settings
from bot.storage import SubscriptionStore
from bot.tg.flood import FloodGate, Verdict
from bot.tg.keyboards import NOOP, InvalidButton, answer_keyboard, needs_keyboard, parse
from bot.tg.notes import DailyNotes
from bot.tg.render import page_count, render_answer, render_text
from bot.tg.schedule_args import USAGE, ScheduleError, parse_schedule
from bot.tg.state import ChatState

logger = logging.getLogger(__name__)

Context: TypeAlias = CallbackContext[ExtBot[None], dict[Any, Any], ChatState, dict[Any, Any]]

APOLOGY = "Sorry, something went wrong on my side. Please try again in a moment."
STALE_BUTTON = "This button has expired. Please ask again."
FLOOD_NOTICE = "You are sending messages faster than I can answer. I will listen again in a minute."
ADMINS_ONLY = "This command is for the bot's administrators."
INLINE_LIMIT = 20


class AddressedToBot(filters.MessageFilter):
    """Messages meant for the bot: any in a private chat; in groups, mentions and replies to it."""

    def filter(self, message: Message) -> bool:
        if message.chat.type == ChatType.PRIVATE:
            return True
        bot = message.get_bot()
        reply = message.reply_to_message
        if reply is not None and reply.from_user is not None and reply.from_user.id == bot.id:
            return True
        mention = f"@{bot.username}".lower()
        for entity, text in message.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION]).items():
            if text.lower() == mention or (entity.user is not None and entity.user.id == bot.id):
                return True
        return False


ADDRESSED_TO_BOT = AddressedToBot()


def question_text(message: Message, bot_username: str) -> str:
    """The message text as the engine should read it: no `@botname` in commands or mentions."""
    text = (message.text or "").strip()
    if text.startswith("/"):
        command, _, rest = text.partition(" ")
        command = command.split("@", 1)[0]
        return f"{command} {rest.strip()}".strip()
    mention = f"@{bot_username}"
    while mention.lower() in text.lower():
        start = text.lower().index(mention.lower())
        text = text[:start] + text[start + len(mention):]
    return " ".join(text.split())


class Handlers:
    """The bot's callbacks, sharing the engine, the store and the daily notes."""

    def __init__(
        self, engine: Engine, store: SubscriptionStore, settings: Settings, notes: DailyNotes,
        *, monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.engine = engine
        self.store = store
        self.settings = settings
        self.notes = notes
        self.flood = FloodGate(settings.flood_limit_per_minute, clock=monotonic)
        self.monotonic = monotonic
        self.started_at = monotonic()
        self.answers_sent = 0
        self.chats_seen: set[int] = set()

    async def guard_flood(self, update: Update, context: Context) -> None:
        """Stop handling a sender over the per-minute limit, telling them once."""
        user, message = update.effective_user, update.effective_message
        if user is None or message is None:
            return
        verdict = self.flood.check(user.id)
        if verdict is Verdict.ALLOW:
            return
        if verdict is Verdict.WARN:
            logger.info("user %s is over the flood limit; ignoring them for a minute", user.id)
            await message.reply_text(FLOOD_NOTICE)
        raise ApplicationHandlerStop

    async def ask(self, update: Update, context: Context) -> None:
        """Answer an engine command or a free-text question."""
        message = update.effective_message
        if message is None or context.chat_data is None:
            return
        text = question_text(message, context.bot.username) or "/help"
        answer = self._ask(text, context.chat_data, message.chat_id)
        await self.send_answer(context, message.chat_id, answer, reply_to=message)

    def _ask(self, text: str, state: ChatState, chat_id: int) -> Answer:
        now = self.monotonic()
        focus = state.current_focus(now, self.settings.conversation_ttl_seconds)
        answer = self.engine.ask(text, focus, today=self.today(chat_id))
        state.remember(answer, now)
        return answer

    def today(self, chat_id: int) -> dt.date:
        """Today's date in the chat's note time zone, or the default zone."""
        subscription = self.store.get(chat_id)
        return self.notes.local_today(subscription.timezone if subscription else self.settings.timezone)

    async def send_answer(
        self, context: Context, chat_id: int, answer: Answer, reply_to: Message | None = None
    ) -> None:
        """Send `answer`'s first page, its buttons on the last message."""
        chunks = render_answer(answer)
        markup = None
        if needs_keyboard(answer) and context.chat_data is not None:
            markup = answer_keyboard(answer, context.chat_data.keep_list(answer))
        for n, chunk in enumerate(chunks):
            last = n == len(chunks) - 1
            if reply_to is not None:
                await reply_to.reply_text(chunk, reply_markup=markup if last else None)
            else:
                await context.bot.send_message(chat_id, chunk, reply_markup=markup if last else None)
        self.answers_sent += 1
        self.chats_seen.add(chat_id)

    async def button(self, update: Update, context: Context) -> None:
        """Turn a page, or open an entry or action, from an inline keyboard button."""
        query = update.callback_query
        if query is None:
            return
        if query.data == NOOP:
            await query.answer()
            return
        state, chat = context.chat_data, update.effective_chat
        try:
            press = parse(query.data)
        except InvalidButton:
            logger.info("unknown callback data %r", query.data)
            await query.answer(STALE_BUTTON)
            return
        answer = state.list(press.list_id) if state is not None else None
        if answer is None or chat is None or state is None:
            await query.answer(STALE_BUTTON)
            return
        if press.kind == "p" and press.number < page_count(answer):
            await query.answer()
            markup = answer_keyboard(answer, press.list_id, press.number)
            await query.edit_message_text(render_answer(answer, press.number)[-1], reply_markup=markup)
            return
        command = None
        if press.kind == "o" and press.number < len(answer.items):
            command = answer.items[press.number].command
        elif press.kind == "a" and press.number < len(answer.actions):
            command = answer.actions[press.number].command
        if command is None:
            await query.answer(STALE_BUTTON)
            return
        detail = self._ask(command, state, chat.id)
        await query.answer()
        await self.send_answer(context, chat.id, detail)

    async def inline(self, update: Update, context: Context) -> None:
        """Offer meetings matching an inline query (`@bot Ukraine`)."""
        query = update.inline_query
        if query is None:
            return
        text = query.query.strip()
        answers = self.engine.inline_results(text, INLINE_LIMIT) if text else ()
        results = [_inline_article(answer, n) for n, answer in enumerate(answers)]
        await query.answer(results, cache_time=60)

    async def subscribe(self, update: Update, context: Context) -> None:
        """Subscribe this chat to the daily note: /subscribe [HH:MM] [Area/City] [always]."""
        message, job_queue = update.effective_message, context.job_queue
        if message is None or job_queue is None:
            return
        try:
            schedule = parse_schedule(context.args or (), self.settings.note_time, self.settings.timezone)
        except ScheduleError as exc:
            await message.reply_text(render_text(f"{exc}\nUsage: {USAGE}")[0])
            return
        subscription = self.store.subscribe(
            message.chat_id, schedule.note_time, schedule.timezone, send_empty=schedule.send_empty
        )
        self.notes.schedule(job_queue, subscription)
        empty = "every day" if subscription.send_empty else "on days with something to tell"
        await message.reply_text(
            render_text(
                f"Subscribed: an 'on this date' note at {subscription.note_time:%H:%M} "
                f"({subscription.timezone}), {empty}. /unsubscribe stops it."
            )[0]
        )

    async def unsubscribe(self, update: Update, context: Context) -> None:
        """Stop this chat's daily note."""
        message = update.effective_message
        if message is None:
            return
        removed = self.store.unsubscribe(message.chat_id)
        if context.job_queue is not None:
            self.notes.unschedule(context.job_queue, message.chat_id)
        await message.reply_text("Unsubscribed: no more daily notes." if removed else "This chat was not subscribed.")

    async def show_settings(self, update: Update, context: Context) -> None:
        """Show this chat's daily note settings."""
        message = update.effective_message
        if message is None:
            return
        subscription = self.store.get(message.chat_id)
        if subscription is None:
            text = (f"No daily note. /subscribe sends one at {self.settings.note_time:%H:%M} "
                    f"({self.settings.timezone}); {USAGE}")
        else:
            last = subscription.last_sent.isoformat() if subscription.last_sent else "none yet"
            empty = "yes" if subscription.send_empty else "no"
            text = (f"Daily note at {subscription.note_time:%H:%M} ({subscription.timezone})\n"
                    f"Also on days with nothing: {empty}\nLast note: {last}")
        await message.reply_text(render_text(text)[0])

    async def stats(self, update: Update, context: Context) -> None:
        """Show usage figures to administrators."""
        message, user = update.effective_message, update.effective_user
        if message is None:
            return
        if user is None or user.id not in self.settings.admin_ids:
            await message.reply_text(ADMINS_ONLY)
            return
        uptime = int(self.monotonic() - self.started_at)
        text = (f"Subscribed chats: {self.store.count()}\nAnswers sent since start: {self.answers_sent}\n"
                f"Chats answered since start: {len(self.chats_seen)}\n"
                f"Up for: {uptime // 3600} h {uptime % 3600 // 60} min")
        await message.reply_text(render_text(text)[0])

    async def on_error(self, update: object, context: Context) -> None:
        """Log the error with its update; apologise briefly to the user."""
        logger.error("error while handling %s", describe(update), exc_info=context.error)
        if not isinstance(update, Update):
            return
        try:
            if update.callback_query is not None:
                await update.callback_query.answer(APOLOGY)
            elif update.effective_message is not None:
                await update.effective_message.reply_text(APOLOGY)
        except TelegramError as exc:
            logger.warning("could not send the apology: %s", exc)


def describe(update: object) -> str:
    """A one-line summary of an update for the log."""
    if update is None:
        return "a scheduled job"
    if not isinstance(update, Update):
        return repr(update)[:200]
    chat = update.effective_chat.id if update.effective_chat else None
    user = update.effective_user.id if update.effective_user else None
    text = update.effective_message.text if update.effective_message else None
    return f"update {update.update_id} (chat {chat}, user {user}, text {text!r:.200})"


def _inline_article(answer: Answer, n: int) -> InlineQueryResultArticle:
    key = answer.focus.meeting if answer.focus and answer.focus.meeting else answer.title
    result_id = f"{n}-{hashlib.sha256(key.encode()).hexdigest()[:24]}"
    description = answer.lines[0] if answer.lines else None
    return InlineQueryResultArticle(
        id=result_id,
        title=answer.title or "Meeting",
        description=description[:200] if description else None,
        input_message_content=InputTextMessageContent(render_answer(answer)[0]),
    )
