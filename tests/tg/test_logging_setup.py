"""The token never reaches a log line."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from bot.tg.logging_setup import REDACTED, TokenRedactingFilter, configure_logging

TOKEN = "123456789:AAHfakeTokenForTests_0123456789abcdefXYZ"


@pytest.fixture
def log_stream() -> Iterator[io.StringIO]:
    root = logging.getLogger()
    level, stream = root.level, io.StringIO()
    handler = configure_logging("DEBUG", TOKEN, stream)
    try:
        yield stream
    finally:
        root.removeHandler(handler)  # type: ignore[arg-type]
        root.setLevel(level)
        logging.getLogger("httpx").setLevel(logging.NOTSET)


def test_httpx_request_lines_are_silenced(log_stream: io.StringIO) -> None:
    assert logging.getLogger("httpx").getEffectiveLevel() == logging.WARNING
    logging.getLogger("httpx").info("HTTP Request: POST https://api.telegram.org/bot%s/getMe", TOKEN)
    assert log_stream.getvalue() == ""


@pytest.mark.parametrize(
    ("message", "args"),
    [("POST https://api.telegram.org/bot%s/getMe", (TOKEN,)),
     ("token in the message itself: " + TOKEN, ()),
     ("other token-shaped: %s", ("987654321:ZZZfakeOtherTokenForTests_0123456789",))],
    ids=["in-args", "in-message", "token-shaped"],
)
def test_token_is_redacted_from_messages(log_stream: io.StringIO, message: str, args: tuple[str, ...]) -> None:
    logging.getLogger("telegram.ext").warning(message, *args)
    out = log_stream.getvalue()
    assert TOKEN not in out and "ZZZfake" not in out and REDACTED in out


def test_token_is_redacted_from_tracebacks(log_stream: io.StringIO) -> None:
    try:
        raise RuntimeError(f"failed calling https://api.telegram.org/bot{TOKEN}/sendMessage")
    except RuntimeError:
        logging.getLogger("bot").exception("handler failed")
    out = log_stream.getvalue()
    assert "Traceback" in out and TOKEN not in out and REDACTED in out


def test_filter_without_token_still_catches_token_shapes() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "url bot%s/x", (TOKEN,), None)
    TokenRedactingFilter(None).filter(record)
    assert record.getMessage() == f"url bot{REDACTED}/x"
