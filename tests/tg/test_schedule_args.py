"""Arguments of /subscribe."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.tg.schedule_args import Schedule, ScheduleError, parse_schedule

NINE = dt.time(9, 0)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], Schedule(NINE, "Asia/Tokyo")),
        (["07:30"], Schedule(dt.time(7, 30), "Asia/Tokyo")),
        (["7.05"], Schedule(dt.time(7, 5), "Asia/Tokyo")),
        (["europe/berlin"], Schedule(NINE, "Europe/Berlin")),
        (["Europe/Berlin", "18:00"], Schedule(dt.time(18, 0), "Europe/Berlin")),
        (["06:00", "UTC", "always"], Schedule(dt.time(6, 0), "UTC", True)),
    ],
    ids=["defaults", "time", "dot-time", "zone-any-case", "zone-then-time", "always"],
)
def test_valid_arguments(args: list[str], expected: Schedule) -> None:
    assert parse_schedule(args, NINE, "Asia/Tokyo") == expected


@pytest.mark.parametrize("args", [["25:00"], ["09:60"], ["Mars/Olympus"], ["tomorrow"], ["../etc/passwd"]],
                         ids=["hour", "minute", "zone", "word", "path"])
def test_invalid_arguments(args: list[str]) -> None:
    with pytest.raises(ScheduleError):
        parse_schedule(args, NINE, "Asia/Tokyo")
