"""Persistent state of the bot: subscriptions, per-chat note settings and note deliveries (SQLite, no Telegram here)."""

from bot.storage.deliveries import Delivery, DeliveryStore, ProcessIdentity
from bot.storage.subscriptions import Subscription, SubscriptionStore

__all__ = ["Delivery", "DeliveryStore", "ProcessIdentity", "Subscription", "SubscriptionStore"]
