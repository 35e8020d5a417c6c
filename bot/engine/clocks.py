"""The time of day a record gives, read on another city's clock ("what time was it in Velda when Tarsen met
Brant in Ostra?"): computed from the record's local time and the two places' time zones, each found in the
IANA time zone database by the city's own name (never listed by hand), on the day of the record, so that
summer time is counted as it was then.

Rules are named data with examples, as elsewhere in the engine.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from functools import lru_cache

from bot.engine.text import fold

#: "what time was it in Kyiv …?", "what time would that have been in Bishkek", "… in Kyiv time": the city
#: whose clock is asked, after "in", at the end of the question or before the clause that says when.
_CITY = r"[a-z][a-z'’.-]+(?: [a-z][a-z'’.-]+)?"
CITY_CLOCK = re.compile(rf"\b(?:what time|what hour|the time|time of day)\b.*?\bin (?P<city>{_CITY}?)"
                        r"(?: time)?(?=\s+(?:when|then|at that|as)\b|\s*[,;]|\W*$)"
                        rf"|\bin (?P<city2>{_CITY}) time\b")
EXAMPLES = ("what time was it in velda when tarsen met brant?", "what time would that have been in velda",
            "and what time did it start in velda time?")
COUNTEREXAMPLES = ("what time did tarsen meet brant?", "when did tarsen arrive in velda?")


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    """Each zone of the database by its city, lower case with spaces ("new york" → "America/New_York")."""
    by_city: dict[str, str] = {}
    for name in sorted(zoneinfo.available_timezones()):
        if "/" in name and not name.startswith(("Etc/", "SystemV/")):
            by_city.setdefault(name.rsplit("/", 1)[-1].replace("_", " ").lower(), name)
    return by_city


def zone_of(city: str) -> zoneinfo.ZoneInfo | None:
    """The time zone of a city by its name ("Kyiv", "new york"), or None when the database has none of it."""
    name = _zones().get(fold(city).strip().lower())
    return zoneinfo.ZoneInfo(name) if name is not None else None


def asked_city(text: str) -> str | None:
    """The city whose clock a question asks the time on, as written ("kyiv"), or None."""
    found = CITY_CLOCK.search(text.lower())
    if found is None:
        return None
    return (found.group("city") or found.group("city2") or "").strip() or None


def on_clock(day: dt.date, clock: dt.time, here: zoneinfo.ZoneInfo, there: zoneinfo.ZoneInfo) -> dt.datetime:
    """The moment `clock` on `day` in `here`, as the clock of `there` shows it."""
    return dt.datetime.combine(day, clock, tzinfo=here).astimezone(there)
