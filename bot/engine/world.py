"""Real-world country names, so that a question about a country outside the knowledge base is
recognised as such instead of being matched to something else."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from countryinfo import all_countries

_KEEP_SHORT = frozenset({"USA", "UK", "UAE", "DRC", "PRC", "ROK", "DPRK"})


@dataclass(frozen=True)
class WorldCountry:
    name: str
    aliases: tuple[str, ...]
    demonym: str | None
    capital: str | None


@lru_cache(maxsize=1)
def world_countries() -> tuple[WorldCountry, ...]:
    """Every country `countryinfo` knows, with the names people use for it."""
    result = []
    for country in all_countries():
        try:
            name = country.name()
            spellings = country.alt_spellings() or []
            demonym, capital = country.demonym(), country.capital()
        except Exception:  # noqa: BLE001 - a malformed record in the data package is skipped, not fatal
            continue
        aliases = tuple(s for s in spellings
                        if isinstance(s, str) and s and (not (s.isupper() and len(s) <= 3) or s in _KEEP_SHORT))
        result.append(WorldCountry(str(name), aliases, _text(demonym), _text(capital)))
    return tuple(result)


def _text(value: object) -> str | None:
    """The data package gives some capitals as lists; keep the first name."""
    if isinstance(value, list):
        value = value[0] if value else None
    return value if isinstance(value, str) and value else None
