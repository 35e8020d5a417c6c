"""Secrets are blanked on every path out: log lines, standard error, CLI error lines."""

from __future__ import annotations

import io
import logging
import subprocess
import sys

import pytest

from bot.redaction import SECRET_LABEL, TOKEN_LABEL, RedactingStream, redact, register

TOKEN = "123456789:AAHfakeTokenForTests_0123456789abcdefXYZ"
SECRET = "w3bh00k-Secret_for-tests"


@pytest.fixture(autouse=True)
def secrets() -> None:
    register(TOKEN, TOKEN_LABEL)
    register(SECRET, SECRET_LABEL)


@pytest.mark.parametrize(
    ("text", "expected"),
    [(f"POST /bot{TOKEN}/getMe", f"POST /bot{TOKEN_LABEL}/getMe"),
     (f"token `{TOKEN.replace(':', '%3A')}` in a form", f"token `{TOKEN_LABEL}` in a form"),
     (f"only the key {TOKEN.split(':')[1]}", f"only the key {TOKEN_LABEL}"),
     (f"{{'secret_token': '{SECRET}', 'url': 'https://x'}}", f"{{'secret_token': '{SECRET_LABEL}', 'url': 'https://x'}}"),
     ("another bot's 987654321:ZZZfakeOtherTokenForTests_0123456789", f"another bot's {TOKEN_LABEL}"),
     ("nothing secret: 12:30, abc", "nothing secret: 12:30, abc")],
    ids=["token", "url-encoded", "key-alone", "webhook-secret", "token-shaped", "untouched"],
)
def test_redact(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_short_values_are_not_registered() -> None:
    register("ab", SECRET_LABEL)
    assert redact("about abc") == "about abc"


def test_stream_redacts_a_secret_split_across_writes() -> None:
    target = io.StringIO()
    stream = RedactingStream(target)
    stream.write(f"Traceback: token `{TOKEN[:12]}")
    stream.write(f"{TOKEN[12:]}` was rejected\nand the secret ")
    assert target.getvalue() == f"Traceback: token `{TOKEN_LABEL}` was rejected\n"
    stream.write(SECRET)
    stream.flush()
    assert target.getvalue().endswith(f"and the secret {SECRET_LABEL}")


def test_webhook_secret_in_a_debug_log_line_is_blanked(captured_log: io.StringIO) -> None:
    logging.getLogger("telegram.Bot").debug("Calling Bot API endpoint `%s` with parameters `%s`", "setWebhook",
                                            {"url": "https://bot.example.org/hook", "secret_token": SECRET})
    out = captured_log.getvalue()
    assert "setWebhook" in out and SECRET not in out and SECRET_LABEL in out


def test_uncaught_exception_printed_by_python_is_blanked() -> None:
    code = ("import sys; from bot.redaction import RedactingStream, register; "
            f"register({SECRET!r}, 'x'); sys.stderr = RedactingStream(sys.stderr); "
            f"raise RuntimeError('failed with {TOKEN} and {SECRET}')")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert "Traceback" in result.stderr and "RuntimeError" in result.stderr
    assert TOKEN not in result.stderr and SECRET not in result.stderr
