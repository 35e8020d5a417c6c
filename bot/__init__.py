"""A Telegram bot that answers sourced questions about Japan's diplomatic meetings."""
