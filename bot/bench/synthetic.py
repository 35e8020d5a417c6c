"""A deterministic generator of large, valid knowledge bases for benchmarks.

    write_synthetic_kb(out_dir, meetings=10_000, seed=1)

writes `out_dir/knowledge/*.yaml` (one file per year of meetings, plus countries, places, people
and terms) and `out_dir/seeds/*.txt` (one press release per meeting, one basic-data note per
country, one glossary). Every entry quotes its source verbatim, so the real loader validates it.
The same seed and size always give byte-identical files.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from bot.bench import catalogue
from bot.bench.catalogue import office
from bot.bench.releases import PUBLISHER, Attendee, Plan, Release, write_release
from bot.bench.world import CountryInfo, Offices, People, load_countries, slug

GENERATOR_VERSION = 2
FIRST_YEAR, LAST_YEAR = 1990, 2025
BASIC_DATA_DATE = "2024-04-01"

#: (style slug, title template, meeting kind, Japan's office, partner offices, weight)
_FORMATS: tuple[tuple[str, str, str, str, tuple[str, ...], float], ...] = (
    ("foreign-ministers-meeting", "Japan-{c} Foreign Ministers' Meeting", "bilateral meeting", "fm", ("fm",), 30),
    ("summit-meeting", "Japan-{c} Summit Meeting", "bilateral meeting", "pm", ("head",), 14),
    ("courtesy-call", "Courtesy Call on {j} by {p}", "visit", "pm|fm", ("fm", "min", "pm"), 15),
    ("vice-ministerial-meeting", "Japan-{c} Vice-Ministerial Meeting", "bilateral meeting", "state",
     ("dfm", "min"), 15),
    ("policy-dialogue", "Japan-{c} Policy Dialogue", "bilateral meeting", "ddg", ("amb", "dfm"), 10),
    ("finance-ministers-meeting", "Japan-{c} Finance Ministers' Meeting", "bilateral meeting", "finance",
     ("finance", "cbg"), 5),
    ("business-forum", "Japan-{c} Business Forum", "forum", "state", ("min",), 5),
    ("dialogue", "Japan-{c} Foreign Ministers' Dialogue", "multilateral meeting", "fm", ("fm",), 6),
)


def write_synthetic_kb(out_dir: Path, meetings: int, seed: int) -> Path:
    """Write a knowledge base of `meetings` meetings under `out_dir` (replacing it); return `out_dir`."""
    archive = _Archive(seed)
    archive.build(meetings)
    for sub in ("knowledge", "seeds"):
        shutil.rmtree(out_dir / sub, ignore_errors=True)
        (out_dir / sub).mkdir(parents=True)
    archive.write(out_dir)
    manifest = {"generator": GENERATOR_VERSION, "meetings": meetings, "seed": seed, "counts": archive.counts()}
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return out_dir


def ensure_synthetic_kb(cache_dir: Path, meetings: int, seed: int) -> Path:
    """The knowledge base for (`meetings`, `seed`) under `cache_dir`, generated unless already there."""
    out_dir = cache_dir / f"kb-{meetings}-seed{seed}"
    manifest = out_dir / "manifest.json"
    if manifest.is_file():
        found = json.loads(manifest.read_text(encoding="utf-8"))
        if found.get("generator") == GENERATOR_VERSION and found.get("meetings") == meetings:
            return out_dir
    return write_synthetic_kb(out_dir, meetings, seed)


class _Archive:
    """Everything generated, grouped by the YAML file it is written to."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.countries = load_countries(self.rng)
        self.by_id = {c.id: c for c in self.countries}
        self.people = People(self.rng, self.by_id)
        self.offices = Offices(seed, self.people)
        self.files: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
        self.texts: list[tuple[str, str]] = []
        self.places: dict[str, dict[str, Any]] = {}
        self.meeting_ids: set[str] = set()
        self.country_weights = self._country_weights()

    def _country_weights(self) -> list[float]:
        # A few partners account for most meetings, as in the real archive.
        partners = self.countries[1:]
        ranks = list(range(1, len(partners) + 1))
        self.rng.shuffle(ranks)
        return [1.0 / rank ** 0.8 for rank in ranks]

    def build(self, meetings: int) -> None:
        self._basic_data()
        self._glossary()
        years = list(range(FIRST_YEAR, LAST_YEAR + 1))
        year_weights = [1 + (y - FIRST_YEAR) / 6 for y in years]
        dates = sorted(dt.date(year, 1, 1) + dt.timedelta(days=self.rng.randrange(365))
                       for year in self.rng.choices(years, year_weights, k=meetings))
        for day in dates:
            self._meeting(day)
        self._people_and_places()

    def _basic_data(self) -> None:
        """One basic-data note per country: cites the country and two background facts."""
        for country in self.countries:
            release = Release(f"basic-data-{country.id}", f"{BASIC_DATA_DATE}_{country.id}_basic-data.txt",
                              f"{country.name}: basic data", "1 April 2024")
            quote = release.say(f"Country: {country.name}. Capital: {country.capital}. "
                                f"People: {', '.join(country.demonyms)}.")
            entry: dict[str, Any] = {"id": country.id, "name": country.name}
            entry.update({"aliases": country.aliases, "demonyms": country.demonyms, "capital": country.capital,
                          "source": release.source_id, "quote": quote})
            self.files["countries"]["countries"].append(entry)
            if country.id != "japan":
                self._background_facts(country, release)
            self._add_source(release, "countries", kind="press release", date=BASIC_DATA_DATE)

    def _background_facts(self, country: CountryInfo, release: Release) -> None:
        established = self.rng.randint(1952, 1993)
        opened = min(established + self.rng.randint(0, 12), 2023)
        nationals = self.rng.choice((40, 120, 350, 800, 1500, 4200, 12000))
        facts = [
            ("diplomatic-relations", f"Diplomatic relations between Japan and {country.name} were established in "
             f"{established}.", "diplomatic relations", str(established), None),
            ("embassy", f"Japan opened its Embassy in {country.capital} in {opened}.", "embassy", str(opened), None),
            ("japanese-nationals", f"Approximately {nationals:,} Japanese nationals live in {country.name}.",
             "history", None, {"value": nationals, "unit": "people", "text": f"approximately {nationals:,}",
                               "qualifier": "approximately"}),
        ]
        for suffix, statement, topic, date, quantity in facts:
            entry: dict[str, Any] = {"id": f"{country.id}-{suffix}", "statement": statement, "topic": topic,
                                     "countries": [country.id]}
            if date:
                entry["date"] = date
            if quantity:
                entry["quantity"] = quantity
            entry.update({"source": release.source_id, "quote": release.say(statement)})
            self.files["countries"]["facts"].append(entry)

    def _glossary(self) -> None:
        release = Release("glossary", f"{BASIC_DATA_DATE}_world_glossary.txt", "Glossary of Japan's diplomacy",
                          "1 April 2024")
        for term_id, name, aliases, kind, definition in catalogue.FIXED_TERMS:
            entry: dict[str, Any] = {"id": term_id, "name": name, "aliases": list(aliases), "kind": kind,
                                     "definition": definition}
            if term_id == "central-asia-plus-japan":
                entry["countries"] = [c.id for c in self.countries if c.subregion == "Central Asia"]
            entry.update({"source": "glossary", "quote": release.say(definition)})
            self.files["terms"]["terms"].append(entry)
        for term_id, name, country_id, year in catalogue.agreement_terms(self.countries, self.rng):
            definition = (f"The {name}, signed in {year}, protects and promotes investment between Japan and "
                          f"{self.by_id[country_id].name}.")
            self.files["terms"]["terms"].append({
                "id": term_id, "name": name, "aliases": [name.replace("Investment Agreement", "BIT")],
                "kind": "document", "definition": definition, "countries": [country_id], "date": str(year),
                "source": "glossary", "quote": release.say(definition)})
        self._add_source(release, "terms", kind="press release", date=BASIC_DATA_DATE)

    def _add_source(self, release: Release, file_key: str, kind: str, date: str) -> None:
        self.files[file_key]["sources"].append({
            "id": release.source_id, "file": release.file, "title": release.title, "kind": kind,
            "publisher": PUBLISHER, "date": date})
        self.texts.append((release.file, release.text()))

    def _meeting(self, day: dt.date) -> None:
        rng = self.rng
        style_slug, title, kind, japan_code, partner_codes, _ = rng.choices(_FORMATS, [f[5] for f in _FORMATS])[0]
        country = rng.choices(self.countries[1:], self.country_weights)[0]
        countries = [country]
        if kind == "multilateral meeting":
            neighbours = [c for c in self.countries[1:] if c.subregion == country.subregion and c is not country]
            countries += rng.sample(neighbours, min(len(neighbours), rng.randint(2, 5)))
            title = f"Japan-{country.subregion or country.name} Foreign Ministers' Dialogue"
        japan = [self._attendee(self.by_id["japan"], self._japan_code(japan_code, country), day, country)]
        partners = [self._attendee(c, self._partner_code(c, partner_codes), day) for c in countries]
        place_id, place_name, place_country, occasion = self._venue(country, kind, style_slug, day)
        accompanying = []
        if place_country != "japan" and rng.random() < 0.2:
            accompanying.append(self._attendee(self.by_id["japan"], f"amb-{country.id}", day, country))
        if style_slug == "courtesy-call":
            title = (f"Courtesy Call on {japan[0].office.short} {japan[0].person.family} by "
                     f"{partners[0].office.short} {partners[0].person.family} of {country.name}")
        else:
            title = title.format(c=country.name)
        meeting_id = self._unique_id(f"{day.isoformat()}-{country.id}-{style_slug}")
        plan = Plan(meeting_id, day, rng.random() < 0.05, kind, title,
                    {"courtesy-call": "courtesy call", "business-forum": "forum", "dialogue": "multilateral"}
                    .get(style_slug, "meeting"), countries, japan, partners, accompanying,
                    place_id, place_name, place_country, occasion)
        release, meeting, facts, pledges = write_release(plan, f"mofa-{meeting_id}", rng)
        year_key = f"meetings-{day.year}"
        self._add_source(release, year_key, kind="press release", date=meeting["date"])
        self.files[year_key]["meetings"].append(meeting)
        self.files[year_key]["facts"].extend(facts)
        self.files[year_key]["pledges"].extend(pledges)
        self._cite_place(place_id, release.source_id, meeting["quote"])

    def _unique_id(self, base: str) -> str:
        candidate, n = base, 2
        while candidate in self.meeting_ids:
            candidate, n = f"{base}-{n}", n + 1
        self.meeting_ids.add(candidate)
        return candidate

    def _japan_code(self, code: str, partner: CountryInfo) -> str:
        if code == "pm|fm":
            return self.rng.choice(("pm", "fm", "fm"))
        if code == "state":
            return self.rng.choice(("state-1", "state-2"))
        if code == "ddg":
            return catalogue.bureau_for(partner)
        return code

    def _partner_code(self, country: CountryInfo, codes: tuple[str, ...]) -> str:
        code = self.rng.choice(codes)
        if code == "head":
            return "president" if country.has_president else "pm"
        if code == "min":
            return f"min-{self.rng.choice(sorted(catalogue.MINISTRIES))}"
        return code

    def _attendee(self, country: CountryInfo, code: str, day: dt.date, partner: CountryInfo | None = None) -> Attendee:
        person = self.offices.holder(country.id, code, day)
        return Attendee(person, office(country, code, partner), country)

    def _venue(self, country: CountryInfo, kind: str, style: str, day: dt.date
               ) -> tuple[str, str, str, tuple[str, str] | None]:
        rng = self.rng
        if style in ("foreign-ministers-meeting", "summit-meeting"):
            if day.month == 9 and rng.random() < 0.5:
                return (*self._place("New York", "united-states", "city"), ("unga", "United Nations General Assembly"))
            if day.month == 8 and day.year in catalogue.TICAD_YEARS and "Africa" in country.subregion:
                return (*self._place("Yokohama", "japan", "city"),
                        ("ticad", "Tokyo International Conference on African Development"))
        if kind == "multilateral meeting":
            if country.subregion == "Central Asia":
                return (*self._place("Tokyo", "japan", "city"),
                        ("central-asia-plus-japan", "Central Asia plus Japan Dialogue"))
            if country.subregion in catalogue.PACIFIC:
                return (*self._place("Tokyo", "japan", "city"), ("palm", "Pacific Islands Leaders Meeting"))
        if style == "courtesy-call" or rng.random() < 0.45:
            city = "Tokyo" if rng.random() < 0.8 else rng.choice(catalogue.JAPAN_CITIES)
            return (*self._place(city, "japan", "city"), None)
        if country.provinces and rng.random() < 0.2:
            return (*self._place(rng.choice(country.provinces), country.id, "region"), None)
        return (*self._place(country.capital, country.id, "city"), None)

    def _place(self, name: str, country_id: str, kind: str) -> tuple[str, str, str]:
        place_id = slug(name)
        existing = self.places.get(place_id)
        if existing is not None and existing["country"] != country_id:
            place_id = f"{place_id}-{country_id}"
            existing = self.places.get(place_id)
        if existing is None:
            self.places[place_id] = {"id": place_id, "name": name, "aliases": [], "country": country_id, "kind": kind}
        shown = name if country_id == "japan" or kind == "city" else f"{name}, {self.by_id[country_id].name}"
        return place_id, shown, country_id

    def _cite_place(self, place_id: str, source: str, quote: str) -> None:
        self.places[place_id].setdefault("source", source)
        self.places[place_id].setdefault("quote", quote)

    def _people_and_places(self) -> None:
        for person in sorted(self.people.by_id.values(), key=lambda p: p.id):
            if person.source is None:
                continue  # appointed as someone's predecessor check, never cited in a meeting
            roles = []
            for role in person.roles.values():
                role = dict(role)
                if role["source"] == person.source:
                    del role["source"]
                roles.append(role)
            entry = {"id": person.id, "name": person.name, "family_name": person.family, "given_name": person.given,
                     "aliases": person.aliases(), "country": person.country, "roles": roles,
                     "source": person.source, "quote": person.quote}
            self.files[f"people-{person.id[0]}"]["people"].append(entry)
        self.files["places"]["places"] = sorted(self.places.values(), key=lambda p: p["id"])

    def counts(self) -> dict[str, int]:
        totals: dict[str, int] = defaultdict(int)
        for collections in self.files.values():
            for name, entries in collections.items():
                totals[name] += len(entries)
        return dict(sorted(totals.items()))

    def vocabulary(self) -> list[dict[str, Any]]:
        """The vocabulary lists the generated entries use, declared as the knowledge base requires."""
        used: dict[str, set[str]] = defaultdict(set)
        for collections in self.files.values():
            for entry in collections.get("meetings", ()):
                used["meeting kinds"].add(entry["kind"])
            for entry in collections.get("terms", ()):
                used["term kinds"].add(entry["kind"])
            for entry in collections.get("places", ()):
                used["place kinds"].add(entry["kind"])
            for entry in collections.get("people", ()):
                used["role keys"].update(role["key"] for role in entry.get("roles", ()))
        return [{"list": name, "values": sorted(values)} for name, values in sorted(used.items())]

    def _note_aliases(self) -> None:
        """Name every alias in its entry's note: most come from country data and spelling habits, not the texts."""
        for collections in self.files.values():
            for name in ("countries", "places", "people", "terms"):
                for entry in collections.get(name, ()):
                    if entry.get("aliases") and "Aliases from" not in entry.get("note", ""):
                        listed = "; ".join(entry["aliases"])
                        note = f"Aliases from country data and usual spellings, not all in the texts: {listed}."
                        entry["note"] = f"{entry['note']} {note}" if entry.get("note") else note

    def write(self, out_dir: Path) -> None:
        self._note_aliases()
        vocabulary = yaml.dump({"vocabulary": self.vocabulary()}, Dumper=yaml.CSafeDumper, sort_keys=False, width=4096)
        (out_dir / "knowledge" / "vocabulary.yaml").write_text(vocabulary, encoding="utf-8")
        for file_key, collections in sorted(self.files.items()):
            text = yaml.dump({k: v for k, v in collections.items() if v}, Dumper=yaml.CSafeDumper,
                             sort_keys=False, allow_unicode=True, width=4096)
            (out_dir / "knowledge" / f"{file_key}.yaml").write_text(text, encoding="utf-8")
        for file, text in self.texts:
            (out_dir / "seeds" / file).write_text(text, encoding="utf-8")
