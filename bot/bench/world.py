"""The synthetic world a benchmark knowledge base describes: countries, places and office holders.

Countries are real (from `countryinfo`); people are invented. Every office (a country's foreign
minister, Japan's state ministers, an ambassador, ...) is a timeline of terms from 1985 on, and the
person holding a term is only created when a meeting first needs them, so the number of people
grows with the number of meetings the way it does in a real archive.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from countryinfo import all_countries

from bot.bench import names

# Dependent territories and historical entries in countryinfo's list; the rest are sovereign states.
_NOT_STATES = frozenset({
    "Serbia and Montenegro", "Burma", "Scotland", "Wales", "Hong Kong", "Macau", "Guernsey", "Jersey",
    "Isle of Man", "Martinique", "Mayotte", "Réunion", "Guadeloupe", "French Guiana", "French Polynesia",
    "New Caledonia", "Guam", "Puerto Rico", "Bermuda", "Aruba", "Western Sahara", "Antilles néerlandaises",
})
_SMALL_STATES = frozenset({
    "Liechtenstein", "Monaco", "San Marino", "Marshall Islands", "Nauru", "Palau", "Tuvalu",
    "Saint Kitts and Nevis",
})
_LATIN_ALIAS = re.compile(r"^[A-Za-z][A-Za-z .'-]{3,}$")
_TIMELINE_START = dt.date(1985, 1, 1)
_TIMELINE_END = dt.date(2027, 1, 1)
_FEMALE_JAPANESE = frozenset(
    "Ayako Emi Hiroko Junko Keiko Masako Mayumi Michiko Noriko Reiko Yoko Yukiko Yumiko Yuko Kyoko Tomoko".split()
)


def slug(text: str) -> str:
    """`Côte d'Ivoire` -> `cote-d-ivoire`: an id made of lower-case words joined by `-`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower()))


@dataclass
class CountryInfo:
    id: str
    name: str
    aliases: list[str]
    demonyms: list[str]
    capital: str
    provinces: list[str]
    subregion: str
    name_pool: str
    has_president: bool


def load_countries(rng: random.Random) -> list[CountryInfo]:
    """About 195 sovereign states (Japan first) with names, aliases, demonyms and capitals."""
    countries: list[CountryInfo] = []
    seen: set[str] = set()
    for entry in all_countries():
        info = entry.info()
        name = str(info.get("name") or "")
        population = int(info.get("population") or 0)
        if name in _NOT_STATES or not info.get("capital") or not info.get("demonym"):
            continue
        if population < 60_000 and name not in _SMALL_STATES:
            continue
        name = name.removeprefix("The ")
        country_id = slug(name)
        if country_id in seen:
            continue
        seen.add(country_id)
        aliases = sorted({a.strip() for a in info.get("altSpellings") or []
                          if _LATIN_ALIAS.match(a.strip()) and a.strip() != name and not a.isupper()})
        subregion = str(info.get("subregion") or "")
        countries.append(CountryInfo(
            id=country_id, name=name, aliases=aliases,
            demonyms=[d.strip() for d in re.split(r"[,/]", str(info["demonym"])) if d.strip()],
            capital=str(info["capital"]), provinces=[str(p) for p in info.get("provinces") or []][:6],
            subregion=subregion, name_pool=names.SUBREGION_TO_NAMES.get(subregion, "west-european"),
            has_president=rng.random() < 0.55,
        ))
    countries.sort(key=lambda c: (c.id != "japan", c.id))
    return countries


@dataclass
class PersonDraft:
    """A person as the generator builds them; roles and the first citation are filled in as meetings cite them."""

    id: str
    given: str
    family: str
    country: str
    japanese: bool
    variant: str | None
    roles: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    source: str | None = None
    quote: str | None = None

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}"

    def written(self, year: int, rng: random.Random) -> str:
        """The name as a press release of `year` writes it (MOFA writes FAMILY Given since 2020)."""
        if self.japanese:
            honorific = "Ms." if self.given in _FEMALE_JAPANESE else "Mr."
            if year >= 2020:
                return f"{honorific} {self.family.upper()} {self.given}"
            return f"{honorific} {self.given} {self.family}"
        shown = self.variant if self.variant and rng.random() < 0.25 else self.name
        return f"H.E. {shown}"

    def aliases(self) -> list[str]:
        found = [self.name, f"{self.family} {self.given}"]
        if self.variant:
            found.append(self.variant)
            if self.japanese:
                found.append(" ".join(reversed(self.variant.split(" ", 1))))
        return list(dict.fromkeys(found))

    def cite(self, source: str, quote: str) -> None:
        if self.source is None:
            self.source, self.quote = source, quote

    def add_role(self, title: str, key: str, country: str, as_of: str, source: str, quote: str) -> None:
        self.cite(source, quote)
        self.roles.setdefault((key, title), {
            "title": title, "key": key, "country": country, "as_of": as_of, "quote": quote, "source": source,
        })


_JAPANESE_FAMILY_VARIANTS = {
    "Ito": "Itoh", "Kato": "Katoh", "Sato": "Satoh", "Goto": "Gotoh", "Endo": "Endoh", "Kondo": "Kondoh",
    "Kudo": "Kudoh", "Ono": "Ohno", "Ota": "Ohta", "Kono": "Kohno", "Ohno": "Ono", "Saito": "Saitoh",
}
_JAPANESE_GIVEN_VARIANTS = {
    "Yohei": "Youhei", "Shunichi": "Shun'ichi", "Kosuke": "Kousuke", "Koichi": "Kouichi", "Yuji": "Yuuji",
    "Shinzo": "Shinzoh", "Yusuke": "Yuusuke", "Ryota": "Ryouta",
}


def _japanese_variant(given: str, family: str) -> str | None:
    if family in _JAPANESE_FAMILY_VARIANTS or given in _JAPANESE_GIVEN_VARIANTS:
        return f"{_JAPANESE_GIVEN_VARIANTS.get(given, given)} {_JAPANESE_FAMILY_VARIANTS.get(family, family)}"
    return None


def _foreign_variant(given: str, family: str) -> str | None:
    for old, new in (("yy", "y"), ("sky", "ski"), ("ov", "off"), ("mmed", "mmad"), ("Al-", "Al ")):
        if old in family:
            return f"{given} {family.replace(old, new, 1)}"
    return None


class People:
    """Creates people on demand with distinct ids, deterministically for a seed."""

    def __init__(self, rng: random.Random, countries: dict[str, CountryInfo]) -> None:
        self._rng = rng
        self._countries = countries
        self.by_id: dict[str, PersonDraft] = {}
        self._names_taken: set[str] = set()  # folded names and aliases: the loader refuses shared ones

    def new(self, country: str) -> PersonDraft:
        japanese = country == "japan"
        given_pool, family_pool = ((names.JAPANESE_GIVEN, names.JAPANESE_FAMILY) if japanese
                                   else names.REGIONAL_NAMES[self._countries[country].name_pool])
        for attempt in range(200):
            given, family = self._rng.choice(given_pool), self._rng.choice(family_pool)
            if attempt > 20:
                # Pools run dry for busy countries: borrow a family name from another region.
                family = self._rng.choice(self._rng.choice(list(names.REGIONAL_NAMES.values()))[1])
            variant = _japanese_variant(given, family) if japanese else _foreign_variant(given, family)
            person = PersonDraft(slug(f"{given} {family}"), given, family, country, japanese, variant)
            folded = {_fold(alias) for alias in person.aliases()}
            if person.id not in self.by_id and not folded & self._names_taken:
                break
        else:
            raise RuntimeError(f"no free name left for {country}")
        self.by_id[person.id] = person
        self._names_taken |= folded
        return person


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


#: Term lengths in years (shortest, longest) per kind of office.
_TERM_YEARS = {"president": (4, 9), "pm": (1, 6), "fm": (1, 4), "state": (1, 2), "ddg": (1, 3), "amb": (2, 4)}


class Offices:
    """Who held an office on a date; each office is a timeline of terms drawn from its own seed."""

    def __init__(self, seed: int, people: People) -> None:
        self._seed = seed
        self._people = people
        self._timelines: dict[tuple[str, str], tuple[list[int], list[PersonDraft | None]]] = {}

    def holder(self, country: str, office: str, day: dt.date) -> PersonDraft:
        starts, holders = self._timeline(country, office)
        index = bisect.bisect_right(starts, day.toordinal()) - 1
        person = holders[index]
        if person is None:
            person = self._appoint(country, office, starts[index], index)
            holders[index] = person
        return person

    def _timeline(self, country: str, office: str) -> tuple[list[int], list[PersonDraft | None]]:
        key = (country, office)
        if key not in self._timelines:
            rng = random.Random(f"{self._seed}/{country}/{office}")
            low, high = _TERM_YEARS.get(office.split("-")[0], (1, 5))
            day = _TIMELINE_START.toordinal() - rng.randint(0, 365 * high)
            starts: list[int] = []
            while day < _TIMELINE_END.toordinal():
                starts.append(day)
                day += int(rng.uniform(low, high) * 365)
            self._timelines[key] = (starts, [None] * len(starts))
        return self._timelines[key]

    def _appoint(self, country: str, office: str, start: int, index: int) -> PersonDraft:
        rng = random.Random(f"{self._seed}/{country}/{office}/{index}")
        # A new prime minister is often the previous foreign minister: people then carry two roles.
        if office == "pm" and rng.random() < 0.3 and start > _TIMELINE_START.toordinal() + 400:
            return self.holder(country, "fm", dt.date.fromordinal(start - 200))
        return self._people.new(country)
