import pytest

from bot.engine import Engine
from tests.engine.conftest import TODAY


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("/meetings Ukraine", ["Kamikawa", "Hayashi"]),
        ("/meetings ukrane", ["Kuleba"]),
        ("/meetings Kirgizstan", ["Kulubaev"]),
        ("/meetings 2023", ["Kuleba", "Zelenskyy"]),
        ("/meetings September 2023", ["Kuleba"]),
        ("/meetings Kamikawa", ["Kuleba"]),
        ("/meetings Bali", ["Kagame"]),
        ("/meetings demining", ["Hayashi"]),
        ("/meeting kamikawa-kuleba-2023", ["25 minutes", "New York"]),
        ("/pledges Ukraine", ["crane"]),
        ("/pledges generators", ["1,500"]),
        ("/facts Uzbekistan", ["1992"]),
        ("/who kamikava", ["Minister for Foreign Affairs"]),
        ("/who Kulbayev", ["Kyrgyz"]),
        ("/countries", ["Rwanda", "Uzbekistan"]),
        ("/onthisdate 26 January", ["Uzbekistan", "years ago"]),
        ("/onthisdate Jan 26", ["Uzbekistan"]),
        ("/onthisdate 2024-01-26", ["Uzbekistan"]),
        ("/onthisdate 26/01", ["Uzbekistan"]),
        ("/meetings@JapanDiplomacyBot Rwanda", ["Kagame"]),
        ("/help", ["/meetings", "/onthisdate"]),
        ("/start", ["source"]),
    ],
)
def test_command_answers(engine: Engine, command: str, expected: list[str]) -> None:
    answer = engine.ask(command, today=TODAY)
    assert answer.answered, answer.text
    for fragment in expected:
        assert fragment in answer.text


@pytest.mark.parametrize(
    "command",
    ["/meetings Mexico", "/onthisdate 31 February", "/onthisdate soon", "/frobnicate", "/who Angela Merkel",
     "/meeting no-such-meeting-id-at-all", "/pledges Argentina"],
)
def test_commands_without_an_answer_say_so(engine: Engine, command: str) -> None:
    answer = engine.ask(command, today=TODAY)
    assert answer.answered is False
    assert answer.text


def test_unknown_command_answers_with_help(engine: Engine) -> None:
    answer = engine.ask("/frobnicate", today=TODAY)
    assert answer.kind == "unknown_command" and "/meetings" in answer.text


def test_today_names_the_next_date_when_nothing_happened(engine: Engine) -> None:
    import datetime as dt

    answer = engine.ask("/today", today=dt.date(2026, 7, 4))
    assert answer.answered is False and "next date" in answer.text and answer.suggestions


def test_meeting_list_items_open_details(engine: Engine) -> None:
    answer = engine.ask("/meetings Ukraine", today=TODAY)
    assert all(item.command and item.command.startswith("/meeting ") for item in answer.items)
    detail = engine.ask(answer.items[0].command or "", today=TODAY)
    assert detail.kind == "meeting" and detail.answered


def test_meetings_with_a_name_the_records_do_not_hold_lists_nothing(engine: Engine) -> None:
    # A year alone would list every meeting of that year; none of them is the unknown country's.
    year = min(m.date.year for m in engine.kb.meetings.values())
    answer = engine.ask(f"/meetings Zubrowkaland {year}")
    assert not answer.answered and not answer.items
    assert "zubrowkaland" in answer.text.lower()


def test_meetings_listed_by_a_detail_their_records_give(engine: Engine) -> None:
    timed = sorted(m.title for m in engine.kb.meetings.values() if m.duration_minutes)
    answer = engine.ask("Which meetings have their length reported?")
    assert answer.answered and all(t in answer.text for t in timed)
    assert len(answer.items) == len(timed)
