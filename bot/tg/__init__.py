"""The Telegram front end: renders engine answers as HTML messages, keyboards and daily notes."""
