"""Persistent state of the bot: subscriptions and per-chat note settings (SQLite, no Telegram here)."""

from bot.storage.subscriptions import Subscription, SubscriptionStore

__all__ = ["Subscription", "SubscriptionStore"]
