"""The Telegram front end: renders engine answers as HTML messages, keyboards and daily notes."""

import os

# Opt in to python-telegram-bot's announced behaviour (durations such as `RetryAfter.retry_after`
# as `datetime.timedelta`); without it every 429 from Telegram also raises a deprecation warning.
os.environ.setdefault("PTB_TIMEDELTA", "true")
