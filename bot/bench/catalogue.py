"""Fixed parts of the synthetic knowledge base: offices and their titles, places in Japan, glossary terms."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bot.bench import names
from bot.bench.world import CountryInfo, slug

JAPAN_CITIES = ("Osaka", "Kyoto", "Hiroshima", "Yokohama", "Nagoya", "Fukuoka", "Sapporo", "Sendai")
TICAD_YEARS = frozenset({1993, 1998, 2003, 2008, 2013, 2016, 2019, 2022, 2025})
PACIFIC = frozenset({"Polynesia", "Micronesia", "Melanesia", "Australia and New Zealand"})
MINISTRIES = {slug(m): m for m in names.PARTNER_MINISTRIES}
BUREAUS = {slug(b): b for b in names.JAPAN_BUREAUS}


@dataclass(frozen=True)
class Office:
    """How a press release names an office: the full title, the short form, and the role key."""

    title: str
    short: str
    key: str


def office(country: CountryInfo, code: str, partner: CountryInfo | None = None) -> Office:
    """The office `code` (`fm`, `min-energy`, `amb`, ...) of `country`; `partner` for Japan's ambassadors."""
    if country.id == "japan":
        return _japan_office(code, partner)
    name = country.name
    fixed = {
        "president": Office(f"President of {name}", "President", "president"),
        "pm": Office(f"Prime Minister of {name}", "Prime Minister", "prime-minister"),
        "fm": Office(f"Minister of Foreign Affairs of {name}", "Minister", "foreign-minister"),
        "dfm": Office(f"Deputy Minister of Foreign Affairs of {name}", "Deputy Minister", "deputy-foreign-minister"),
        "finance": Office(f"Minister of Finance of {name}", "Minister", "finance-minister"),
        "cbg": Office(f"Governor of the Central Bank of {name}", "Governor", "central-bank-governor"),
        "amb": Office(f"Ambassador of {name} to Japan", "Ambassador", "official"),
    }
    if code in fixed:
        return fixed[code]
    ministry = MINISTRIES[code.removeprefix("min-")]
    return Office(f"Minister of {ministry} of {name}", "Minister", "minister")


def _japan_office(code: str, partner: CountryInfo | None) -> Office:
    if code == "pm":
        return Office("Prime Minister of Japan", "Prime Minister", "prime-minister")
    if code == "fm":
        return Office("Minister for Foreign Affairs of Japan", "Minister", "foreign-minister")
    if code == "finance":
        return Office("Minister of Finance of Japan", "Minister", "finance-minister")
    if code.startswith("state-"):
        return Office("State Minister for Foreign Affairs of Japan", "State Minister", "state-minister")
    if code.startswith("ddg-"):
        bureau = BUREAUS[code.removeprefix("ddg-")]
        return Office(f"Deputy Director-General of the {bureau}, Ministry of Foreign Affairs of Japan",
                      "Deputy Director-General", "deputy-director-general")
    assert code.startswith("amb-") and partner is not None
    return Office(f"Ambassador of Japan to {partner.name}", "Ambassador", "official")


def bureau_for(country: CountryInfo) -> str:
    """The code of the MOFA regional bureau that handles `country`."""
    region = country.subregion
    if "Europe" in region or region == "Central Asia":
        return "ddg-european-affairs-bureau"
    if "Africa" in region or region == "Western Asia":
        return "ddg-middle-eastern-and-african-affairs-bureau"
    if region == "Latin America and the Caribbean":
        return "ddg-latin-american-and-caribbean-affairs-bureau"
    if region == "Northern America":
        return "ddg-north-american-affairs-bureau"
    return "ddg-asian-and-oceanian-affairs-bureau"


#: (id, name, aliases, kind, definition) of the glossary's fixed terms.
FIXED_TERMS: tuple[tuple[str, str, tuple[str, ...], str, str], ...] = (
    ("unga", "United Nations General Assembly", ("UNGA", "UN General Assembly"), "organisation",
     "The United Nations General Assembly (UNGA) is the main deliberative organ of the United Nations; "
     "its high-level week is held in New York every September."),
    ("ticad", "Tokyo International Conference on African Development", ("TICAD",), "event",
     "The Tokyo International Conference on African Development (TICAD) is a summit-level conference on "
     "African development that Japan has led since 1993."),
    ("asean-japan-summit", "ASEAN-Japan Summit", ("Japan-ASEAN Summit",), "event",
     "The ASEAN-Japan Summit is the annual meeting of the leaders of Japan and the member states of ASEAN."),
    ("central-asia-plus-japan", "Central Asia plus Japan Dialogue", ("CA+JAPAN",), "initiative",
     "The Central Asia plus Japan Dialogue is a framework for cooperation between Japan and the five "
     "countries of Central Asia, launched in 2004."),
    ("palm", "Pacific Islands Leaders Meeting", ("PALM",), "event",
     "The Pacific Islands Leaders Meeting (PALM) is a summit between Japan and the Pacific island "
     "countries held every three years."),
    ("oda", "Official Development Assistance", ("ODA",), "programme",
     "Official Development Assistance (ODA) is the grant aid, loans and technical cooperation Japan "
     "provides to developing countries."),
    ("jica", "Japan International Cooperation Agency", ("JICA",), "organisation",
     "The Japan International Cooperation Agency (JICA) implements much of Japan's Official Development "
     "Assistance."),
    ("foip", "Free and Open Indo-Pacific", ("FOIP",), "initiative",
     "A Free and Open Indo-Pacific (FOIP) is Japan's vision of a region governed by the rule of law."),
    ("jet-programme", "Japan Exchange and Teaching Programme", ("JET Programme",), "programme",
     "The Japan Exchange and Teaching Programme (JET Programme) invites young graduates from abroad to "
     "work in Japanese schools and local governments."),
)


def agreement_terms(countries: list[CountryInfo], rng: random.Random) -> list[tuple[str, str, str, int]]:
    """Investment agreements with about a third of the countries: (id, name, country id, year signed)."""
    found = []
    for country in countries[1:]:
        if rng.random() < 0.33:
            name = f"Japan-{country.name} Investment Agreement"
            found.append((slug(name), name, country.id, rng.randint(1995, 2023)))
    return found
