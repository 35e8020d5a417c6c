"""Real-world country names, so that a question about a country outside the knowledge base is
recognised as such instead of being matched to something else."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from countryinfo import all_countries

from bot.engine.spelling import everyday_words

_KEEP_SHORT = frozenset({"USA", "UK", "UAE", "DRC", "PRC", "ROK", "DPRK"})


@dataclass(frozen=True)
class WorldCountry:
    name: str
    aliases: tuple[str, ...]
    demonym: str | None
    capital: str | None
    region: str | None = None
    subregion: str | None = None


@lru_cache(maxsize=1)
def world_countries() -> tuple[WorldCountry, ...]:
    """Every country `countryinfo` knows, with the names people use for it."""
    result = []
    for country in all_countries():
        try:
            name = country.name()
            spellings = country.alt_spellings() or []
            demonym, capital = country.demonym(), country.capital()
            region, subregion = country.region(), country.subregion()
        except Exception:  # noqa: BLE001 - a malformed record in the data package is skipped, not fatal
            continue
        aliases = tuple(s for s in spellings
                        if isinstance(s, str) and s and (not (s.isupper() and len(s) <= 3) or s in _KEEP_SHORT)
                        # ("Island" for Iceland is an everyday word in an English question: "on which island?")
                        and s.lower() not in everyday_words())
        result.append(WorldCountry(str(name), (*aliases, *_stan_adjective(str(name), aliases)), _text(demonym),
                                   _text(capital), _text(region), _text(subregion)))
    return tuple(result)


def _stan_adjective(name: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """The adjective English makes of a "-stan" name by dropping the ending ("Kazakh", "Turkmen"), which
    the data's demonym ("Kazakhstani") may not give."""
    for ending in ("istan", "stan"):
        base = name[: -len(ending)]
        if name.endswith(ending) and " " not in name and len(base) >= 5 and base not in aliases:
            return (base,)
    return ()


@lru_cache(maxsize=1)
def world_places() -> dict[str, str]:
    """The lower-case names of every country (aliases too) and capital, each with its country's name in
    lower case."""
    return {n.lower(): c.name.lower() for c in world_countries() for n in (c.name, *c.aliases, c.capital or "") if n}


@lru_cache(maxsize=1)
def world_regions() -> dict[str, tuple[str, ...]]:
    """Names of world regions and sub-regions ("Central Asia", "Africa", "Eastern Europe"), with the
    adjectives people use for them ("Central Asian", "African"), mapped to their countries' names.
    `region_names` gives the region each adjective stands for."""
    members: dict[str, list[str]] = {}
    for country in world_countries():
        for area in {country.region, country.subregion} - {None, ""}:
            assert area is not None
            members.setdefault(area.replace("-eastern", "-Eastern"), []).append(country.name)
    regions: dict[str, tuple[str, ...]] = {}
    for area, names in members.items():
        for form in (area, *_adjectives(area)):
            regions[form] = tuple(sorted(set(regions.get(form, ())) | set(names)))
    return regions


@lru_cache(maxsize=1)
def region_names() -> dict[str, str]:
    """Each form in `world_regions` mapped to the name of the region it stands for, as said in a
    sentence ("Central Asian" → "Central Asia", "Latin American" → "Latin America")."""
    names: dict[str, str] = {}
    for form in world_regions():
        if "Latin" in form:
            names[form] = "Latin America"
        elif form == "Caribbean":
            names[form] = "the Caribbean"
        elif form.endswith("European"):
            names[form] = form[: -len("European")] + "Europe"
        elif form.endswith("n") and form[:-1] in world_regions():
            names[form] = form[:-1]
        else:
            names[form] = form
    return names


def _adjectives(area: str) -> tuple[str, ...]:
    """"Central Asia" → "Central Asian"; "Europe" → "European"; "American" alone is ambiguous."""
    if area == "Latin America and the Caribbean":
        return ("Latin America", "Latin American", "Caribbean")
    if area == "Northern America":
        return ("North America", "North American")
    if "America" in area:
        return ()
    last = area.split()[-1]
    if last.endswith("a"):
        return (area[: -len(last)] + last + "n",)
    if last == "Europe":
        return (area[: -len(last)] + "European",)
    return ()


def _text(value: object) -> str | None:
    """The data package gives some capitals as lists; keep the first name."""
    if isinstance(value, list):
        value = value[0] if value else None
    return value if isinstance(value, str) and value else None
