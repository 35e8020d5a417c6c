"""One synthetic press release: its text, and the meeting, facts and pledges that quote it.

A release is written sentence by sentence; every sentence an entry quotes is kept verbatim in the
text, so the generated knowledge base passes the same validation as the real one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bot.bench import names
from bot.bench.catalogue import Office
from bot.bench.world import CountryInfo, PersonDraft, slug

PUBLISHER = "Ministry of Foreign Affairs of Japan"


@dataclass(frozen=True)
class Attendee:
    """A person in a meeting, with the office they held that day."""

    person: PersonDraft
    office: Office
    country: CountryInfo


@dataclass
class Plan:
    """What a meeting is before its release is written."""

    id: str
    date: dt.date
    month_only: bool
    kind: str
    title: str
    style: str  # "meeting", "courtesy call", "forum" or "multilateral"
    countries: list[CountryInfo]
    japan: list[Attendee]
    partners: list[Attendee]
    accompanying: list[Attendee]
    place_id: str
    place_name: str
    place_country: str
    occasion: tuple[str, str] | None  # (term id, name)


@dataclass
class Release:
    """A press release under construction: its sentences and the entries citing them."""

    source_id: str
    file: str
    title: str
    date_header: str
    paragraphs: list[str] = field(default_factory=list)

    def say(self, sentence: str) -> str:
        self.paragraphs.append(sentence)
        return sentence

    def text(self) -> str:
        return "\n\n".join([self.title, self.date_header, *self.paragraphs]) + "\n"


def _clock(rng: random.Random) -> tuple[str, str]:
    """A starting time as a release writes it (`3:15 p.m.`) and as `HH:MM`."""
    hour, minute = rng.randint(8, 19), rng.choice((0, 0, 10, 15, 20, 30, 40, 45, 50))
    shown_hour = hour - 12 if hour > 12 else hour
    return f"{shown_hour}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}", f"{hour:02d}:{minute:02d}"


def _written(attendee: Attendee, year: int, rng: random.Random) -> str:
    return f"{attendee.person.written(year, rng)}, {attendee.office.title}"


def _short(attendee: Attendee) -> str:
    return f"{attendee.office.short} {attendee.person.family}"


def _listing(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _opening(plan: Plan, rng: random.Random) -> tuple[str, dict[str, Any]]:
    """The sentence saying who met whom, when and where, with the meeting fields it supports."""
    year, extra = plan.date.year, {}
    when = f"In {calendar.month_name[plan.date.month]} {year}" if plan.month_only else \
        f"On {calendar.month_name[plan.date.month]} {plan.date.day}"
    if not plan.month_only and plan.style != "multilateral" and rng.random() < 0.7:
        shown, clock = _clock(rng)
        minutes = rng.choice((15, 20, 25, 30, 40, 45, 50, 60, 70, 90))
        when += f", commencing at {shown} for approximately {minutes} minutes"
        extra = {"local_time": clock, "duration_minutes": minutes}
    where = f"in {plan.place_name}"
    if plan.occasion:
        where += f", on the margins of the {plan.occasion[1]}"
    japan = _written(plan.japan[0], year, rng)
    partners = _listing([_written(a, year, rng) for a in plan.partners])
    if plan.style == "courtesy call":
        sentence = f"{when}, {partners}, paid a courtesy call on {japan}, {where}."
    elif plan.style == "forum":
        sentence = f"{when}, {japan}, attended the {plan.title} together with {partners}, {where}."
    elif plan.style == "multilateral":
        sentence = f"{when}, {japan}, attended the {plan.title} {where}, together with {partners}."
    else:
        sentence = f"{when}, {japan}, held a meeting with {partners}, {where}."
    return sentence, extra


def write_release(plan: Plan, source_id: str, rng: random.Random
                  ) -> tuple[Release, dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """Write the release for `plan`; return it with the meeting entry, facts and pledges citing it."""
    country = plan.countries[0]
    header = (f"{calendar.month_name[plan.date.month]} {plan.date.year}" if plan.month_only
              else f"{plan.date.day} {calendar.month_name[plan.date.month]} {plan.date.year}")
    file = f"{plan.date.isoformat()}_{country.id}_{plan.id.removeprefix(f'{plan.date.isoformat()}-{country.id}-')}.txt"
    release = Release(source_id, file, plan.title, header)
    sentence, timing = _opening(plan, rng)
    opening = release.say(sentence)
    as_of = plan.date.strftime("%Y-%m") if plan.month_only else plan.date.isoformat()
    for attendee in plan.japan + plan.partners:
        attendee.person.add_role(attendee.office.title, attendee.office.key, attendee.country.id, as_of,
                                 source_id, opening)
    japan_short = _short(plan.japan[0])
    release.say(f"At the outset, {japan_short} stated that Japan attaches great importance to its "
                f"relationship with {country.name}.")
    if plan.style != "multilateral":
        release.say(f"In response, {_short(plan.partners[0])} expressed appreciation for Japan's support.")
    accompanying = []
    for attendee in plan.accompanying:
        quote = release.say(f"{_written(attendee, plan.date.year, rng)}, also attended the meeting.")
        attendee.person.add_role(attendee.office.title, attendee.office.key, attendee.country.id, as_of,
                                 source_id, quote)
        accompanying.append(attendee.person.id)
    sides = "participants" if plan.style == "multilateral" else "two sides"
    topics = [{"text": text, "quote": release.say(f"The {sides} exchanged views on {text}."),
               "keywords": list(keywords)}
              for text, keywords in rng.sample(names.TOPICS, rng.randint(1, 4))]
    outcomes = [{"text": text, "quote": release.say(f"The {sides} agreed to {text}."), "keywords": list(keywords)}
                for text, keywords in rng.sample(names.OUTCOMES, rng.choice((0, 0, 1, 1, 2)))]
    pledges = [_pledge(plan, release, rng)] if rng.random() < 0.2 and plan.style != "multilateral" else []
    facts = [_visit_fact(plan, release, rng)] if rng.random() < 0.15 and plan.place_country != "japan" else []
    meeting = _meeting_entry(plan, source_id, opening, timing, topics, outcomes, accompanying)
    return release, meeting, facts, pledges


def _meeting_entry(plan: Plan, source_id: str, opening: str, timing: dict[str, Any],
                   topics: list[dict[str, Any]], outcomes: list[dict[str, Any]],
                   accompanying: list[str]) -> dict[str, Any]:
    japan, partner = plan.japan[0].person, plan.partners[0].person
    summary = f"{japan.name} and {partner.name} met in {plan.place_name}"
    summary += f" and discussed {topics[0]['text']}." if topics else "."
    entry: dict[str, Any] = {
        "id": plan.id, "title": plan.title, "kind": plan.kind,
        "date": plan.date.strftime("%Y-%m") if plan.month_only else plan.date.isoformat(),
        "countries": [c.id for c in plan.countries],
        "japan_side": [a.person.id for a in plan.japan],
        "partner_side": [a.person.id for a in plan.partners],
    }
    if accompanying:
        entry["accompanying"] = accompanying
    entry.update({"place": plan.place_id, "country": plan.place_country})
    if plan.occasion:
        entry["occasion"] = plan.occasion[0]
    entry.update(timing)
    if topics:
        entry["topics"] = topics
    if outcomes:
        entry["outcomes"] = outcomes
    entry.update({"summary": summary, "source": source_id, "quote": opening})
    return entry


def _pledge(plan: Plan, release: Release, rng: random.Random) -> dict[str, Any]:
    country, announcer = plan.countries[0], plan.japan[0]
    status = rng.choice(("pledged", "pledged", "provided", "planned", "announced"))
    verb = {"pledged": "would provide", "provided": "had provided", "planned": "plans to provide",
            "announced": "will provide"}[status]
    if rng.random() < 0.5:
        item, unit = rng.choice(names.AID_ITEMS)
        value = rng.choice((24, 50, 120, 300, 1500, 2000, 10000))
        qualifier = rng.choice((None, "more than", "approximately"))
        amount = f"{value:,}" if qualifier is None else f"{qualifier} {value:,}"
        statement = f"{_short(announcer)} announced that Japan {verb} {amount} {item} to {country.name}."
        quantity = {"value": value, "unit": unit, "text": f"{amount} {item}"}
        if qualifier:
            quantity["qualifier"] = qualifier
        purpose = None
    else:
        item = "grant aid"
        billions = rng.choice((0.5, 1.2, 2.5, 3, 5, 10.8))
        purpose = rng.choice(names.GRANT_PURPOSES)
        amount = f"{billions:g} billion yen"
        statement = (f"{_short(announcer)} announced that Japan {verb} grant aid of {amount} for {purpose} "
                     f"in {country.name}.")
        quantity = {"value": billions * 1e9, "unit": "JPY", "text": amount}
    entry: dict[str, Any] = {
        "id": f"{plan.id}-{slug(item)}", "item": item, "donor": "japan", "recipient": country.id, "status": status,
        "statement": statement, "quantity": quantity, "date": plan.date.isoformat()[: 7 if plan.month_only else 10],
        "meeting": plan.id, "announced_by": announcer.person.id,
    }
    if purpose:
        entry["purpose"] = purpose
    entry.update({"keywords": ["aid", slug(item).replace("-", " ")], "source": release.source_id,
                  "quote": release.say(statement)})
    return entry


def _visit_fact(plan: Plan, release: Release, rng: random.Random) -> dict[str, Any]:
    country, visitor = plan.countries[0], plan.japan[0]
    years = rng.randint(3, 25)
    role = visitor.office.title.removesuffix(" of Japan")
    statement = f"This was the first visit to {country.name} by a Japanese {role} in {years} years."
    return {
        "id": f"{plan.id}-first-visit", "statement": statement, "topic": "visits",
        "countries": [country.id], "people": [visitor.person.id],
        "date": plan.date.isoformat()[: 7 if plan.month_only else 10],
        "keywords": ["first visit"], "source": release.source_id, "quote": release.say(statement),
    }
