"""The fixed mix of messages the latency benchmark asks: commands and free-text questions, with typos.

Built from the knowledge base's own names, deterministically for a seed, so every size is asked
the same kinds of question in the same proportions.
"""

from __future__ import annotations

import calendar
import random

from bot.knowledge.model import KnowledgeBase

#: Share of names given with one typo (a dropped, doubled or swapped letter).
TYPO_RATE = 0.3


def typo(word: str, rng: random.Random) -> str:
    """`word` with one typing mistake inside it (never the first letter)."""
    if len(word) < 5:
        return word
    at = rng.randrange(1, len(word) - 2)
    mistake = rng.choice(("drop", "double", "swap"))
    if mistake == "drop":
        return word[:at] + word[at + 1:]
    if mistake == "double":
        return word[:at] + word[at] + word[at:]
    return word[:at] + word[at + 1] + word[at] + word[at + 2:]


def question_mix(kb: KnowledgeBase, count: int, seed: int) -> list[str]:
    """`count` messages: about 45% commands and 55% free-text questions."""
    rng = random.Random(seed)
    meetings = sorted(kb.meetings.values(), key=lambda m: m.id)
    people = sorted(kb.people.values(), key=lambda p: p.id)
    countries = sorted((c for c in kb.countries.values() if c.id != "japan"), key=lambda c: c.id)
    places = sorted(kb.places.values(), key=lambda p: p.id)
    pledges = sorted(kb.pledges.values(), key=lambda p: p.id)

    def name(text: str) -> str:
        return typo(text, rng) if rng.random() < TYPO_RATE else text

    def someone() -> str:
        person = rng.choice(people)
        return name(rng.choice((person.family_name, person.name)))

    def country() -> str:
        return name(rng.choice(countries).name)

    def meeting_pair() -> tuple[str, str]:
        meeting = rng.choice(meetings)
        japan, partner = kb.people[meeting.japan_side[0]], kb.people[meeting.partner_side[0]]
        return name(japan.family_name), name(partner.family_name)

    def day() -> str:
        month = rng.randint(1, 12)
        return f"{rng.randint(1, 28)} {calendar.month_name[month]}"

    makers = (
        lambda: f"/meetings {country()}",
        lambda: f"/meetings {someone()}",
        lambda: f"/meetings {rng.randint(1990, 2025)}",
        lambda: f"/meetings {name(rng.choice(places).name)}",
        lambda: f"/meeting {rng.choice(meetings).id}",
        lambda: f"/who {someone()}",
        lambda: f"/pledges {country()}",
        lambda: f"/facts {country()}",
        lambda: f"/onthisdate {day()}",
        lambda: rng.choice(("/countries", "/today", "/help", "/start")),
        lambda: "When did {} meet {}?".format(*meeting_pair()),
        lambda: "What did {} and {} discuss?".format(*meeting_pair()),
        lambda: f"Who is {someone()}?",
        lambda: f"Who did {someone()} meet?",
        lambda: f"What did Japan pledge to {country()}?",
        lambda: f"How many {rng.choice(pledges).item if pledges else 'generators'} did Japan give {country()}?",
        lambda: f"meetings with {country()} in {rng.randint(1990, 2025)}",
        lambda: f"Who is the foreign minister of {country()}?",
        lambda: f"When were diplomatic relations with {country()} established?",
        lambda: f"what happened in {name(rng.choice(places).name)}",
        lambda: f"what happened on {day()}",
        lambda: rng.choice(("tell me about climate change talks", "energy security cooperation",
                            "what is TICAD", "demining equipment for Ukraine", "weather in Tokyo tomorrow")),
    )
    return [rng.choice(makers)() for _ in range(count)]
