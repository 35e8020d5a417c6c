"""The token never reaches a log line."""

from __future__ import annotations

import io
import logging

import pytest

from bot.tg.logging_setup import REDACTED, TokenRedactingFilter
from tests.tg.conftest import TOKEN


def test_httpx_request_lines_are_silenced(captured_log: io.StringIO) -> None:
    assert logging.getLogger("httpx").getEffectiveLevel() == logging.WARNING
    logging.getLogger("httpx").info("HTTP Request: POST https://api.telegram.org/bot%s/getMe", TOKEN)
    assert captured_log.getvalue() == ""


@pytest.mark.parametrize(
    ("message", "args"),
    [("POST https://api.telegram.org/bot%s/getMe", (TOKEN,)),
     ("token in the message itself: " + TOKEN, ()),
     ("other token-shaped: %s", ("987654321:ZZZfakeOtherTokenForTests_0123456789",))],
    ids=["in-args", "in-message", "token-shaped"],
)
def test_token_is_redacted_from_messages(captured_log: io.StringIO, message: str, args: tuple[str, ...]) -> None:
    logging.getLogger("telegram.ext").warning(message, *args)
    out = captured_log.getvalue()
    assert TOKEN not in out and "ZZZfake" not in out and REDACTED in out


def test_token_is_redacted_from_tracebacks(captured_log: io.StringIO) -> None:
    try:
        raise RuntimeError(f"failed calling https://api.telegram.org/bot{TOKEN}/sendMessage")
    except RuntimeError:
        logging.getLogger("bot").exception("handler failed")
    out = captured_log.getvalue()
    assert "Traceback" in out and TOKEN not in out and REDACTED in out


def test_filter_without_token_still_catches_token_shapes() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "url bot%s/x", (TOKEN,), None)
    TokenRedactingFilter(None).filter(record)
    assert record.getMessage() == f"url bot{REDACTED}/x"
