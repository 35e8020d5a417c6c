"""A Telegram bot that answers sourced questions about Japan's diplomatic meetings."""

__version__ = "0.1.0"
