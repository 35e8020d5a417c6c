import io

from bot.console import chat
from bot.engine import Engine


def test_console_chat_follows_up_and_quits(engine: Engine) -> None:
    out = io.StringIO()
    code = chat(engine, stdin=io.StringIO("When did Kamikawa meet Kuleba?\n\nand how long was it?\n/quit\nignored\n"),
                stdout=out)
    text = out.getvalue()
    assert code == 0
    assert "20 September 2023" in text and "25 minutes" in text
    assert "source:" in text
