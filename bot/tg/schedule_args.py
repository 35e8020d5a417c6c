"""The arguments of `/subscribe [HH:MM] [Area/City] [always]`, checked and turned into values."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

USAGE = "/subscribe [HH:MM] [Area/City] [always], e.g. /subscribe 08:30 Europe/Berlin"
_CLOCK = re.compile(r"(\d{1,2})[:.](\d{2})")


class ScheduleError(ValueError):
    """Arguments that do not make a time of day and a time zone."""


@dataclass(frozen=True)
class Schedule:
    note_time: dt.time
    timezone: str
    send_empty: bool = False


def parse_schedule(args: Sequence[str], default_time: dt.time, default_zone: str) -> Schedule:
    """Read a time (`HH:MM`), an IANA zone (`Area/City`) and `always`, each optional, any order."""
    note_time, zone, send_empty = default_time, default_zone, False
    for arg in args:
        clock = _CLOCK.fullmatch(arg)
        if clock:
            hours, minutes = int(clock[1]), int(clock[2])
            if hours > 23 or minutes > 59:
                raise ScheduleError(f"{arg} is not a time of day")
            note_time = dt.time(hours, minutes)
        elif arg.lower() == "always":
            send_empty = True
        else:
            zone = _zone(arg)
    return Schedule(note_time, zone, send_empty)


def _zone(name: str) -> str:
    known = {zone.lower(): zone for zone in available_timezones()}
    canonical = known.get(name.lower())
    if canonical is None:
        raise ScheduleError(f"{name} is not a time zone I know; use Area/City, e.g. Asia/Tokyo")
    try:
        ZoneInfo(canonical)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ScheduleError(f"{name} is not a usable time zone") from exc
    return canonical
