"""Plain-text descriptions of knowledge-base entries, shared by every kind of answer."""

from __future__ import annotations

from bot.answers import Citation, Item
from bot.knowledge.dates import PartialDate
from bot.knowledge.model import Cited, KnowledgeBase, Meeting, Person, Role


def cite(kb: KnowledgeBase, cited: Cited) -> Citation:
    source = kb.sources.get(cited.source)
    if source is None:
        return Citation(cited.source, cited.source, "", cited.quote)
    return Citation(source.id, source.title, source.file, cited.quote, source.date.iso() if source.date else None)


def home_label(kb: KnowledgeBase, m: Meeting) -> str:
    """The name of the home side's country ("Japan"), as the records give it for the meeting's home side."""
    person = kb.people.get(m.japan_side[0]) if m.japan_side else None
    country = kb.countries.get(person.country) if person is not None else None
    return country.name if country is not None else "Home side"


def role_name(role: Role, *, within: bool = False) -> str:
    """A post as the record writes it, spelt out when the record writes it as initials ("PM (Prime
    Minister)"; "PM, Prime Minister" `within` parentheses), so that a reader and a search both find it."""
    initials = role.title.replace(".", "")
    if initials.isupper() and 2 <= len(initials) <= 4 and "-" in role.key:
        words = role.key.replace("-", " ").title()
        return f"{role.title}, {words}" if within else f"{role.title} ({words})"
    return role.title


def person_label(kb: KnowledgeBase, person_id: str, *, with_role: bool = True, with_country: bool = False) -> str:
    """"Paul Kagame (President)"; `with_country`, the country too when the post does not name it ("Paul Kagame
    (President, Rwanda)")."""
    person = kb.people.get(person_id)
    if person is None:
        return person_id
    role = latest_role(person)
    if not with_role or role is None:
        return person.name
    country = kb.countries.get(role.country) if with_country else None
    unnamed = country is not None and not any(n.lower() in role.title.lower()
                                              for n in (country.name, *country.aliases, *country.demonyms))
    return f"{person.name} ({role_name(role, within=True)}{f', {country.name}' if unnamed and country else ''})"


#: Where an undated (historical) role sorts: before every dated one.
UNDATED = PartialDate(1)


def role_date(role: Role) -> PartialDate:
    """The date a role is recorded at, for sorting; an undated role sorts first."""
    return role.as_of or UNDATED


def as_of(role: Role) -> str:
    """`as of 14 November 2022`, or `date not recorded` for a role its document does not date."""
    return f"as of {role.as_of.human()}" if role.as_of is not None else "date not recorded"


def latest_role(person: Person, key: str | None = None) -> Role | None:
    roles = [r for r in person.roles if key is None or r.key == key]
    return max(roles, key=role_date, default=None)


def meeting_place(kb: KnowledgeBase, m: Meeting) -> str | None:
    parts = []
    if m.place and m.place in kb.places:
        place = kb.places[m.place]
        parts.append(place.name)
        country = kb.countries.get(place.country)
        if country:
            parts.append(country.name)
    elif m.country and m.country in kb.countries:
        parts.append(kb.countries[m.country].name)
    return ", ".join(parts) if parts else None


def meeting_line(kb: KnowledgeBase, m: Meeting) -> str:
    """`14 November 2022 — Kagame–Kishida meeting: Fumio Kishida, Paul Kagame · Bali, Indonesia`."""
    people = ", ".join(person_label(kb, p, with_role=False) for p in m.japan_side + m.partner_side)
    where = meeting_place(kb, m)
    line = f"{m.date.human()} — {m.title}"
    if people and not all(kb.people[p].family_name in m.title for p in m.japan_side + m.partner_side if p in kb.people):
        line += f": {people}"
    if where:
        line += f" · {where}"
    else:  # a record that does not say where: whom it was with, never a place it does not give
        partners = [kb.countries[c].name for c in m.countries if c in kb.countries]
        line += f" · with {', '.join(partners)}" if partners else ""
    return line


def meeting_item(kb: KnowledgeBase, m: Meeting) -> Item:
    return Item(meeting_line(kb, m), f"/meeting {m.id}")


def meeting_details(kb: KnowledgeBase, m: Meeting) -> list[str]:
    lines = [f"Date: {m.date.human()}" + (f" ({m.note})" if m.note and "year" in m.note.lower() else "")]
    if m.local_time:
        lines.append(f"Time: {m.local_time}" + (f" ({m.time_note})" if m.time_note else " local time"))
    if m.duration_minutes:
        lines.append(f"Duration: about {m.duration_minutes} minutes")
    where = meeting_place(kb, m)
    if where:
        lines.append(f"Place: {where}")
    if m.occasion and m.occasion in kb.terms:
        lines.append(f"Occasion: {kb.terms[m.occasion].name}")
    if m.japan_side:
        lines.append(f"{home_label(kb, m)}: " + "; ".join(person_label(kb, p) for p in m.japan_side))
    if m.partner_side:
        lines.append("Partner side: " + "; ".join(person_label(kb, p) for p in m.partner_side))
    if m.accompanying:
        lines.append("Also attending: " + "; ".join(person_label(kb, p) for p in m.accompanying))
    if m.topics:
        lines.append("Discussed: " + "; ".join(t.text for t in m.topics))
    if m.outcomes:
        lines.append("Outcomes: " + "; ".join(o.text for o in m.outcomes))
    lines.append(m.summary)
    return lines


def person_details(kb: KnowledgeBase, p: Person) -> list[str]:
    lines = []
    for role in sorted(p.roles, key=role_date, reverse=True):
        country = kb.countries.get(role.country)
        where = f", {country.name}" if country and country.name not in role.title else ""
        org = f", {role.organisation}" if role.organisation and role.organisation not in role.title else ""
        lines.append(f"{role_name(role)}{org}{where} ({as_of(role)})")
    if p.description:
        lines.append(p.description)
    return lines


def on_date(date: PartialDate) -> str:
    """`on 14 November 2022`, `in September 2023`, `in 1962`: the preposition a date's precision takes."""
    return f"on {date.human()}" if date.precision == "day" else f"in {date.human()}"


def span_words(label: str) -> str:
    """"in 2023", "on 21 September", but "before 2024", "between 2022 and 2023"."""
    if label.split(" ", 1)[0] in ("before", "after", "since", "until", "between", "from"):
        return label
    return f"on {label}" if label[:1].isdigit() and not label.isdigit() or label.startswith("the ") else f"in {label}"
