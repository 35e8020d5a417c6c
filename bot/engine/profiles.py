"""Answers about people, places and terms: profiles, who holds a post (as of when), who held it
before or after someone."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answers import Action, Answer, Citation, Focus
from bot.engine import describe as d
from bot.engine import lexicon as lx
from bot.engine.described import gender_said
from bot.engine.handlers.statements import name_forms
from bot.engine.index import KnowledgeIndex
from bot.engine.meetings import Meetings, PassageAnswers
from bot.engine.query import Query
from bot.engine.retrieval import entity_groups
from bot.engine.text import content_stems, stem
from bot.knowledge.dates import PartialDate
from bot.knowledge.model import Person, Role

#: "What does OVOP stand for?": the long form of a short name.
_EXPANSION_ASKED = re.compile(r"\bstands? for\b|\bshort for\b|\babbreviat\w*|\bacronym\b|\bspel\w* out\b"
                              r"|\bfull (?:form|name)\b")


#: "What's in the Peace Formula?", "what does the programme consist of?": what a thing holds, part by part.
CONTENTS_ASKED = re.compile(r"\bconsists? of\b|\bmade up of\b"
                             r"|^\W*(?:and |so )?(?:what(?:'s|’s| is| are| was)|whats) "
                             r"(?:actually |exactly |really )?in\b"
                             # ("what exactly is in that declaration?")
                             r"|^\W*(?:and |so )?what (?:actually|exactly|really) (?:is|are|was) in\b"
                             r"|\bwhat (?:exactly |actually |really )?(?:does|did|do) (?:it|they|(?:the|that|this|these"
                             r"|those) [\w' -]+?) (?:contain|comprise|entail|include)\b"
                             r"|\bwhat (?:exactly |actually |really )?are (?:the|its) (?:main |key |ten |\d+ )?"
                             r"(?:points|components|elements"
                             r"|provisions|contents|pillars"
                             r"|steps)\b"
                             # "what's included in it?", "whats the formula actually about", "like the points"
                             r"|\bwhat(?:'s|’s| is| are| was|s) included in\b"
                             # "which specific projects are included in the programme?": its parts of a kind
                             r"|\b(?:which|what) (?:specific |exact |particular |concrete )?[a-z-]+ "
                             r"(?:are|were|is|was) (?:included|contained|listed|set out) in\b"
                             r"|\bwhat(?:'s|’s| is| was|s) (?:the |that |this )?[\w' -]+? (?:actually|really) about\b"
                             r"|\blike (?:the|its) (?:main |key )?(?:points|elements|steps)\b"
                             # "what does the formula actually say?": its very words (not what it says about
                             # something; "what does the declaration say?" may be answered by what it did)
                             r"|\bwhat (?:does|did|do) (?:it|the (?P<said>[\w' -]+?)) (?:actually|exactly|really) "
                             r"(?:say|state|set out|lay out|propose|call for)\W*$")
#: A record's words that list what something holds ("three priorities: ...", "covering IT and education").
_ENUMERATED = re.compile(r":|\b(?:including|covering(?! (?:the )?(?:years? |period )?(?:of )?\d{4})|such as"
                         r"|consisting of|comprising|namely)\b|\b\w+, \w+,? and \b")


def lists_contents(text: str) -> bool:
    """Whether a record's words list what something holds ("three priorities: …", "covering IT and education")."""
    return _ENUMERATED.search(text) is not None


#: How many facts and pledges naming a person "where is A mentioned?" shows before saying how many more.
_TOLD_SHOWN = 8

class Profiles:
    """Answers about people, places and terms. A part of the `Answerer`: meeting lists come from its
    `Meetings`, abstentions from its passage answers."""

    def __init__(self, index: KnowledgeIndex, meetings: Meetings, passages: PassageAnswers) -> None:
        self.index = index
        self.kb = index.kb
        self.meetings = meetings
        self.passages = passages

    def is_who_is(self, query: Query) -> bool:
        return bool(re.match(r"^\s*(who|what)('s|s| is| was| are)\b|^\s*(tell me about|about)\b",
                             query.raw.lower())) and not query.keywords

    def single_entity(self, query: Query) -> tuple[str, str] | None:
        groups = entity_groups(query)
        if len(groups) != 1:
            return None
        group = sorted(groups[0])
        return group[0] if len(group) == 1 else None

    def entity_profile(self, entity: tuple[str, str], query: Query) -> Answer:
        kind, entity_id = entity
        if kind == "person":
            p = self.kb.people[entity_id]
            held = set(self.index.meetings_by_entity.get(entity, ()))
            meetings = sorted((self.kb.meetings[m] for m in held), key=lambda m: (m.date, m.id), reverse=True)
            lines = tuple(d.person_details(self.kb, p))
            cited: tuple[Citation, ...] = ()
            if lx.MENTIONED_ASKED.search(query.raw.lower()):
                # "where is Zelensky mentioned?": the meetings whose records name him too, besides his own
                named = sorted({self.kb.meetings[x.ref] for form in name_forms(p)
                                for n in self.index.by_stem.get(stem(form), ())
                                if (x := self.index.passages[n]).kind in lx.MEETING_KINDS and x.ref in self.kb.meetings
                                and x.ref not in held}, key=lambda m: (m.date, m.id))
                lines += tuple(f"Also named in the record of {m.title} ({m.date.human()})." for m in named)
                # (and the facts and pledges that name him: "Japan is to provide … according to Prime Minister A")
                told = list({x.text: x for n in self.index.by_entity.get(entity, ())
                             if (x := self.index.passages[n]).kind in ("fact", "pledge")}.values())
                lines += tuple(f"Also: {x.text}" for x in told[:_TOLD_SHOWN])
                cited += tuple(d.cite(self.kb, x.cited) for x in told[:_TOLD_SHOWN])
                if len(told) > _TOLD_SHOWN:
                    lines += (f"… and {len(told) - _TOLD_SHOWN} more records that name {p.name}.",)
            return Answer("person", True, p.name, lines,
                          items=tuple(self.meetings.meeting_item(m) for m in meetings),
                          sources=(d.cite(self.kb, p.cited), *(d.cite(self.kb, r.cited) for r in p.roles[:2]), *cited),
                          focus=Focus(people=(p.id,), countries=(p.country,)),
                          confidence=self.passages.confidence(query),
                          actions=tuple(Action("Meetings", f"/meetings {p.name}") for _ in meetings[:1]))
        if kind == "term":
            t = self.kb.terms[entity_id]
            # Only the names its source gives: an alias kept for finding the term is not the source's word.
            said = f"{t.cited.quote} {t.definition}".lower()
            aliases = [a for a in t.aliases if a.lower() in said and a.lower() not in t.name.lower()]
            name = t.name + (f" ({', '.join(aliases)})" if aliases else "")
            if _EXPANSION_ASKED.search(query.raw.lower()) and not any(
                    len(n.split()) >= 3 for n in (t.name, *aliases)):  # no long form of the short name
                return Answer("not_found", False, t.name, (f"The source does not spell out {t.name}.",
                                                           f"It says: {t.definition}"),
                              sources=(d.cite(self.kb, t.cited),), focus=Focus(topic=t.id), confidence=0.0)
            if CONTENTS_ASKED.search(query.raw.lower()) and not lists_contents(t.definition):
                # "what's in the Peace Formula?": its record names it, but lists nothing it holds
                return Answer("not_found", False, t.name, (f"The records do not say what {t.name} consists of.",
                                                           f"They say: {t.definition}"),
                              sources=(d.cite(self.kb, t.cited),), focus=Focus(topic=t.id), confidence=0.0)
            return Answer("term", True, name, (t.definition,), sources=(d.cite(self.kb, t.cited),),
                          focus=Focus(topic=t.id), confidence=self.passages.confidence(query))
        return self.meetings.meeting_list(query, entity_groups(query), count=False)

    def place_profile(self, place_id: str) -> Answer:
        """"Where is Bucha?": the place's kind and country, as the records give them."""
        place = self.kb.places[place_id]
        country = self.index.entity_name(("country", place.country))
        article = "an" if place.kind[:1] in "aeiou" else "a"
        lines = [f"{place.name} is {article} {place.kind} in {country}."]
        lines += [f"Note: {place.note}"] if place.note else []
        meetings = sorted((self.kb.meetings[m] for m in self.index.meetings_by_entity.get(("place", place_id), ())),
                          key=lambda m: (m.date, m.id), reverse=True)
        return Answer("place", True, place.name, tuple(lines),
                      items=tuple(self.meetings.meeting_item(m) for m in meetings),
                      sources=(d.cite(self.kb, place.cited),), focus=Focus(place=place.id, countries=(place.country,)),
                      confidence=0.9)

    def role_holders(self, query: Query, focus: Focus | None = None, *, count: bool = False) -> Answer:
        countries = [m.id for m in query.mentions if m.kind == "country"]
        if lx.OTHER_COUNTRIES.search(query.raw.lower()):
            # "the foreign ministers of Japan's partner countries": every country's but the home country's
            countries = sorted({r.country for p in self.kb.people.values() for r in p.roles} - {self.index.home})
        for m in query.mentions:  # "the Central Bank of Rwanda": the organisation names the country
            if m.kind == "term" and m.id in self.kb.terms:
                countries.extend(c for c in self.kb.terms[m.id].countries if c != self.index.home)
        aside = _countries_set_aside(query)
        if aside:
            # "the foreign ministers of countries other than Japan": every country's but those set aside
            countries = [c for c in countries if c not in aside] or sorted(
                {r.country for p in self.kb.people.values() for r in p.roles} - aside)
        if not countries and focus is not None:  # "and the prime minister?" after a Ukrainian one
            countries = [c for c in focus.countries if c != self.index.home]
            meeting = self.kb.meetings.get(focus.meeting or "")
            if not countries and meeting is not None:
                # (after what was said at a meeting with Ukraine: that country's, when it has one)
                countries = [c for c in meeting.countries if c != self.index.home
                             and any(r.country == c for _, r in self.index.roles_of(query.role or ""))]
        if not countries and count and not any(m.id == self.index.home for m in query.mentions):
            countries = sorted({r.country for p in self.kb.people.values() for r in p.roles})
        countries = countries or [self.index.home]
        holders = [(d.role_date(role), person, role) for person, role in self.index.roles_of(query.role or "")
                   if role.country in countries]
        pronoun = gender_said(query)
        if pronoun is not None:
            # "Who is Ukraine's female foreign minister?": a holder the records call "she", else nobody known
            holders = [h for h in holders if h[1].pronoun is not None and h[1].pronoun.word == pronoun]
        if not holders:
            country_entry = self.kb.countries.get(countries[0])
            label = country_entry.name if country_entry else countries[0]
            return Answer("not_found", False, "No answer in the knowledge base",
                          (f"The knowledge base names no {(query.role or 'holder of that position').replace('-', ' ')}"
                           f" of {label}.",),
                          suggestions=("/countries",), confidence=0.0)
        later: list[tuple[PartialDate, Person, Role]] = []
        if query.dates is not None and query.dates.end is not None:
            # "in 2022": whoever the records show in the post by the end of that span.
            end = query.dates.end
            by_then = [h for h in holders if h[0].first_day() <= end]
            later = [h for h in holders if h[0].first_day() > end]
            if not by_then:
                # "in 2019" when the records show the post held only later: nobody known then.
                first = min(holders, key=lambda h: h[0])
                return Answer("not_found", False, "Not in the records",
                              (f"The records show nobody in that post {d.span_words(query.dates.label)}.",
                               f"The earliest they show: {first[1].name} ({d.role_name(first[2])}, "
                               f"{d.as_of(first[2])})."),
                              sources=(d.cite(self.kb, first[2].cited),), suggestions=(f"/who {first[1].name}",),
                              confidence=0.0)
            holders = by_then
        latest_known = max(holders, key=lambda h: h[0])
        if query.dates is not None and query.dates.start is not None \
                and latest_known[0].last_day() < query.dates.start:
            # "who's Japan's foreign minister in 2025?" of records that end before: not known then (nor between a
            # holder dated before and one dated after)
            after = min(later, key=lambda h: h[0]) if later else None
            return Answer("not_found", False, "Not in the records",
                          (f"The records show nobody in that post {d.span_words(query.dates.label)}: "
                           + ("what they show of it is all earlier." if after is None else
                              "they date holders of it before and after, not then."),
                           f"The latest they show before: {latest_known[1].name} ({d.role_name(latest_known[2])}, "
                           f"{d.as_of(latest_known[2])}).",
                           *((f"The earliest they show after: {after[1].name} ({d.role_name(after[2])}, "
                              f"{d.as_of(after[2])}).",) if after is not None else ())),
                          sources=(d.cite(self.kb, latest_known[2].cited),),
                          suggestions=(f"/who {latest_known[1].name}",), confidence=0.0)
        holders.sort(key=lambda h: h[0], reverse=True)
        if query.order == "first":
            holders.reverse()
        if count:
            latest: dict[str, tuple[PartialDate, Person, Role]] = {}
            for holder in holders:
                latest.setdefault(holder[1].id, holder)
            # in the order they held it, as far as the records date it ("the second one" is the later holder)
            since = {p.id: min(when.first_day() for when, x, _ in holders if x.id == p.id) for _, p, _ in holders}
            people = sorted(latest.values(), key=lambda h: (since[h[1].id], h[1].name))
            listing = tuple(f"{p.name}: {d.role_name(r)} ({d.as_of(r)})" for when, p, r in people)
            return Answer("role", True, f"{len(people)} {'person' if len(people) == 1 else 'people'} in the records",
                          listing, sources=tuple(d.cite(self.kb, r.cited) for _, _, r in people[:3]),
                          focus=Focus(people=tuple(p.id for _, p, _ in people),
                                      items=tuple(f"person:{p.id}" for _, p, _ in people)), confidence=0.9)
        as_of, person, role = holders[0]
        lowered = query.raw.lower()
        if role.title.split()[0].lower() in lx.LINE_OF_HOLDERS and query.order != "first" \
                and lx.HELD_NOW.search(lowered) and not lx.HELD_BEFORE.search(lowered):
            # "Who is the current governor?" of records that name only the first one: who holds it now is not known
            return Answer("not_found", False, "Not in the records",
                          (f"The records do not say who holds the post now. They name {person.name} as "
                           f"{role.title} ({d.as_of(role)}).",),
                          sources=(d.cite(self.kb, role.cited),), suggestions=(f"/who {person.name}",),
                          focus=Focus(people=(person.id,), countries=(role.country,)), confidence=0.0)
        country = self.kb.countries[role.country].name if role.country in self.kb.countries else role.country
        known = self.kb.countries.get(role.country)
        named = known is not None and any(n in role.title for n in (known.name, *known.aliases, *known.demonyms))
        lines = [f"{person.name} is {d.role_name(role)} of {country} in the latest record ({d.as_of(role)})."
                 if not named else
                 f"{person.name} is {d.role_name(role)} in the latest record ({d.as_of(role)})."]
        earlier: list[Person] = []
        for _when, other, other_role in holders[1:]:
            if other.id != person.id and other.name not in (x.name for x in earlier):
                earlier.append(other)
                lines.append(f"Earlier: {other.name} ({other_role.title}, {d.as_of(other_role)}).")
        # (the holders named are a list to pick from, in the order they held the post: "the first one", "which of
        # them came first?")
        shown = tuple(f"person:{p.id}" for p in (*reversed(earlier), person))
        return Answer("role", True, person.name, tuple(lines), sources=(d.cite(self.kb, role.cited),),
                      focus=Focus(people=(person.id,), countries=(role.country,),
                                  items=shown if len(shown) > 1 else (), current=shown[-1] if len(shown) > 1 else None),
                      confidence=0.9)

    def succession(self, query: Query, person_id: str) -> Answer:
        """Who held a person's post before (or after) them, as far as the records show."""
        person = self.kb.people[person_id]
        role = d.latest_role(person, query.role) if query.role else d.latest_role(person)
        if role is None:
            return self.passages.not_recorded(query, f"The records give no post for {person.name}.")
        lowered = query.raw.lower()
        # "who replaced him?" asks who came after; "whom did he replace?", who came before
        later = re.search(r"\b(after|successor|succeeded|succeed|replaced|replace|took over|take over)\b",
                          lowered) is not None and not re.search(r"\bwho(?:m)? did [\w' -]+ (?:replace|succeed)\b",
                                                                lowered)
        mine = [d.role_date(r) for r in person.roles if r.key == role.key and r.country == role.country]
        others = [(d.role_date(r), p, r) for p in self.kb.people.values() if p.id != person.id for r in p.roles
                  if r.key == role.key and r.country == role.country
                  and (d.role_date(r) > max(mine) if later else d.role_date(r) < min(mine))]
        word = "after" if later else "before"
        if not others:
            return Answer("not_found", False, "Not in the records",
                          (f"The records name nobody who held the post of {role.title} {word} {person.name}.",),
                          sources=(d.cite(self.kb, role.cited),), suggestions=(f"/who {person.name}",), confidence=0.0)
        others.sort(key=lambda o: o[0], reverse=not later)
        as_of, other, other_role = others[0]
        lines = [f"{word.capitalize()} {person.name} ({role.title}, {d.as_of(role)}), the records show "
                 f"{other.name} in that post ({other_role.title}, {d.as_of(other_role)})."]
        return Answer("role", True, other.name, tuple(lines),
                      sources=(d.cite(self.kb, other_role.cited), d.cite(self.kb, role.cited)),
                      focus=Focus(people=(other.id,), countries=(role.country,)), confidence=0.9)

    def _of_country(self, title: str, country_id: str) -> str:
        """", Japan" after a post whose title does not say whose it is ("State Minister of Economy")."""
        country = self.kb.countries.get(country_id)
        if country is None:
            return ""
        names = (country.name, *country.aliases, *country.demonyms)
        return "" if any(n.lower() in title.lower() for n in names) else f", {country.name}"

    def countries_of(self, people: list[str]) -> Answer:
        """"Which country is Shmyhal from?": each one's country, with the post that shows it."""
        lines, sources = [], []
        for person_id in dict.fromkeys(people):
            person = self.kb.people[person_id]
            role = d.latest_role(person)
            country = self.index.entity_name(("country", person.country))
            lines.append(f"{person.name}: {country}" + (f" ({d.role_name(role)})" if role else ""))
            sources.append(d.cite(self.kb, role.cited if role else person.cited))
        one = len(lines) == 1
        title = (self.index.entity_name(("country", self.kb.people[people[0]].country)) if one
                 else f"Countries of {len(lines)} people")
        return Answer("people", True, title, tuple(lines), sources=tuple(sources[:5]),
                      focus=Focus(people=tuple(dict.fromkeys(people))), confidence=0.9)

    def earlier_posts_of(self, person_id: str) -> Answer:
        """"What post did Kulubaev hold before he became foreign minister?": the posts the records show before the
        latest one; none is said plainly, with the post they do show."""
        person = self.kb.people[person_id]
        latest = d.latest_role(person)
        earlier = sorted((r for r in person.roles if latest is not None and r.key != latest.key
                          and d.role_date(r) < d.role_date(latest)), key=d.role_date)
        if not earlier or latest is None:
            shown = f"{d.role_name(latest)} ({d.as_of(latest)})" if latest else "no post"
            return Answer("not_found", False, "Not in the records",
                          (f"The records give no earlier post of {person.name}; they show {shown}.",),
                          sources=(d.cite(self.kb, latest.cited if latest else person.cited),),
                          suggestions=(f"/who {person.name}",), confidence=0.0)
        lines = tuple(f"{d.role_name(r)} ({d.as_of(r)})" for r in earlier)
        return Answer("people", True, f"Earlier posts of {person.name}", lines,
                      sources=tuple(d.cite(self.kb, r.cited) for r in earlier[:3]),
                      focus=Focus(people=(person_id,)), confidence=0.9)

    def posts_of(self, people: list[str], within: Sequence[set[str]] = ()) -> Answer:
        """"What posts do Kudratov, Kozuki and Usmanov hold?": each one's latest post in the records; of a body
        named (`within`, the stems of its name: "what role does Kagame hold in AUDA-NEPAD?"), the post in it."""
        lines, sources = [], []
        for person_id in dict.fromkeys(people):
            person = self.kb.people[person_id]
            held = [r for r in person.roles if any(holds_within(r.title, t) for t in within)]
            role = held[-1] if held else d.latest_role(person)
            lines.append(f"{person.name}: {d.role_name(role)}{self._of_country(role.title, role.country)} "
                         f"({d.as_of(role)})"
                         if role else f"{person.name}: the records give no post")
            sources.append(d.cite(self.kb, role.cited if role else person.cited))
        title = f"Posts of {len(lines)} people" if len(lines) != 1 else f"Post of {self.kb.people[people[0]].name}"
        return Answer("people", True, title, tuple(lines), sources=tuple(sources[:5]),
                      focus=Focus(people=tuple(people)), confidence=0.9)


def _countries_set_aside(query: Query) -> set[str]:
    """The countries a question names right after words that set something aside ("other than Japan",
    "except Rwanda", "countries besides Ukraine")."""
    aside: set[str] = set()
    for m in query.mentions:
        before = " ".join(query.words[max(0, m.start - 3):m.start])
        if m.kind == "country" and any(before == w or before.endswith(f" {w}") for w in lx.SET_ASIDE_PHRASES):
            aside.add(m.id)
    return aside


def holds_within(title: str, body: set[str]) -> bool:
    """Whether a post's title is one in the body whose name has the stems `body` (half of them at least)."""
    return 2 * len(body & set(content_stems(title))) >= len(body)
