"""Free-text questions: from a `Query` to an `Answer`, saying only what the knowledge base holds."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answers import Action, Answer, Focus, Item
from bot.engine import describe as d
from bot.engine import asked, followups
from bot.engine.described import Describer
from bot.engine.yesno import YesNo
from bot.engine.index import KnowledgeIndex, Passage
from bot.engine.query import SYNONYMS, Query
from bot.engine.retrieval import Scored, entity_groups, score_passages
from bot.engine.text import content_stems, stem
from bot.knowledge.dates import PartialDate
from bot.knowledge.model import Meeting, Person, Role

#: Below this share of the question's names and words found in the best passage, the engine abstains.
MIN_COVERAGE = 0.45
#: A yes needs evidence covering this share of the question (a no needs a record that contradicts it).
YES_COVERAGE = 0.6
_PROFILE_WORDS = frozenset("stand acronym abbrevi mean posit job role titl hold post function occup "
                           "descript profil background happen current serv now present incumb".split())
_EXCLUDING = re.compile(r"\b(other|else|besides|apart from|aside from|except|excluding|in addition to)\b")
#: Words of a question that asks only who met whom ("which officials met Ukrainian leaders?").
_GATHERING_WORDS = frozenset(stem(w) for w in """official officials leader leaders minister ministers people
    participant participants delegate delegates representative representatives met meet meeting meetings talk talks
    held hold attend attended join joined see saw counterpart counterparts take took part""".split())
_ABOUT_MEETING = re.compile(r"\b(meet|met|meeting|meetings|talks?|visit|visited|visits|hold talks|sit down)\b")
_WHICH_COUNTRIES = re.compile(r"^\W*(which|what) (other )?countries\b(?!')")
_MEETING_KINDS = frozenset({"meeting", "topic", "outcome"})
_MEETING_FIELDS = frozenset({"who", "when", "where", "time", "duration"})
_POSITION_WORDS = frozenset("posit job role titl post function occup".split())
#: "Who held the post before her?", "who succeeded him?": the holders of a person's post around them.
_SUCCESSION = re.compile(r"\b(before|after) (her|him|them)\b|\b(predecessor|successor|preceded|succeeded|replaced)\b")
_SUCCESSION_NAMED = re.compile(r"\b(before|after|predecessor|successor|preceded|precede|succeeded|succeed|"
                               r"replaced|replace)\b")
#: "How many (different) Japanese foreign ministers ...": a count of the people who held a post.
_HOW_MANY_HOLDERS = re.compile(r"\bhow many (different |distinct |japanese |[a-z]+ )*(foreign |prime |finance |deputy |"
                               r"state )?(ministers|presidents|premiers|governors|fms|pms)\b")
_PLEDGES_ASKED = re.compile(r"\b(commitments|pledges|promises|forms of (aid|assistance|support)|kinds of "
                            r"(aid|assistance|support))\b")
_PLEDGE_WORDS = frozenset("pledg promis provid send sent give gave donat aid assist deliv suppli commit offer help "
                          "japan support".split())


def _span_words(label: str) -> str:
    """"in 2023", but "before 2024", "between 2022 and 2023"."""
    return label if label.split(" ", 1)[0] in ("before", "after", "since", "until", "between", "from") else f"in {label}"


def _period(query: Query) -> tuple[str, str, str] | None:
    dates = query.dates
    if dates is None or dates.start is None or dates.end is None:
        return None
    return dates.label, dates.start.isoformat(), dates.end.isoformat()


class Answerer:
    def __init__(self, index: KnowledgeIndex) -> None:
        self.index = index
        self.kb = index.kb
        self._items: dict[str, Item] = {}
        self.describer = Describer(self.kb)
        self.yesno = YesNo(self.kb, self.filter_meetings)

    def meeting_item(self, m: Meeting) -> Item:
        """A meeting's list line, built once: lists of thousands of meetings are common commands."""
        item = self._items.get(m.id)
        if item is None:
            item = self._items[m.id] = d.meeting_item(self.kb, m)
        return item

    # -- entry -------------------------------------------------------------------------------------
    def answer(self, query: Query, focus: Focus | None) -> Answer:
        if query.outside:
            return self.outside(query.outside)
        if query.unknown_names:
            return self.unknown(query.unknown_names)
        beyond = asked.beyond_records(query, self.index)
        if beyond:
            return self._not_recorded(query, beyond)
        groups = entity_groups(query)
        if "pledge" in query.aspects:
            recipients = {p.recipient for p in self.kb.pledges.values()} | set(self.index.covered_countries)
            strangers = [m.id for m in query.mentions if m.kind == "country" and m.id != "japan" and m.id not in recipients]
            known = [m for m in query.mentions if m.kind == "person" or m.kind == "country" and m.id in recipients
                     and m.id != "japan"]
            if strangers and not known:  # "the Tajik border" in a question about Kyrgyzstan is no recipient
                names = " and ".join(self.index.entity_name(("country", c)) for c in strangers)
                return self._not_recorded(query, f"The records hold no pledge or support from Japan to {names}, "
                                                 f"and no meeting with it.")
        readings = followups.context_readings(self.kb, query, focus, groups) if focus else [[]]
        in_meeting = any(("meeting", focus.meeting) in g for r in readings for g in r) if focus else False
        if query.role and not self._people(query) and _HOW_MANY_HOLDERS.search(query.raw.lower()):
            return self.role_holders(query, focus, count=True)
        if (query.intent in ("define", "who", "about", "general") and query.role and not self._people(query)
                and all(k in _PROFILE_WORDS for k in query.keywords)
                and not (in_meeting and (query.aspects or query.keywords))):
            return self.role_holders(query, focus)
        if focus is not None and focus.people and not self._people(query) and _SUCCESSION.search(query.raw.lower()):
            return self.succession(query, focus.people[0])
        if (query.intent == "who" and len(self._people(query)) == 1 and query.role
                and _SUCCESSION_NAMED.search(query.raw.lower())):
            # "Who was Japan's foreign minister before Hayashi?", "who will succeed Kishida as PM?"
            return self.succession(query, self._people(query)[0])
        described = self.describer.resolve(query, focus)
        if described.unknown:
            return self.undescribed(described.unknown)
        if query.intent == "yes_no":
            checked = self.yesno.check(query)
            if checked is not None:
                return checked
        extra = self._best_reading(query, [r + [set(g) for g in described.groups] for r in readings])
        if (query.intent == "who" and not self._people(query) and (groups or query.dates)
                and all(k in _GATHERING_WORDS for k in query.keywords)
                and not any(e[0] == "meeting" for g in extra for e in g)):
            meetings = [m for m in self.filter_meetings(groups + extra, query) if m.participants]
            if len(meetings) > 1:
                return self.participants(query, meetings, groups)
        single = self._single_entity(query) if all(k in _PROFILE_WORDS for k in query.keywords) or (
            query.intent == "where" and not query.keywords) else None
        if single and query.intent in ("define", "about") or (single and single[0] == "person"
                                                               and query.intent in ("who", "define", "general")
                                                               and (self._is_who_is(query)
                                                                    or set(query.keywords) & _POSITION_WORDS)):
            assert single is not None
            return self.entity_profile(single, query)
        if _WHICH_COUNTRIES.search(query.raw.lower()):
            return self.countries_of(query, groups + extra)
        if query.intent == "where" and single and single[0] == "place" and not query.keywords:
            return self.place_profile(single[1])
        if query.order and query.intent in _MEETING_FIELDS and not self._people(query) and all(
                k in _GATHERING_WORDS for k in query.keywords):
            # "Who did Japan meet most recently?": the first or latest meeting, then what is asked of it.
            found = [m for m in self.filter_meetings(groups + extra, query) if self._has_field(m, query.intent)]
            ordered = self._asked_kind(query, found)[0] or found
            if ordered:
                meeting = ordered[0]
                passage = next(p for p in self.index.passages if p.kind == "meeting" and p.ref == meeting.id)
                return self._meeting_aspect(query, meeting, passage)
        if query.intent == "on_date" and query.dates is not None:
            if query.dates.month is not None and query.dates.day is not None:
                return Answer("redirect", True, "", extra={"command": f"/onthisdate {query.dates.label}"})
            return self.meeting_list(query, groups, count=False)
        if query.intent in ("list", "count") or (query.intent == "general" and not query.keywords and groups
                                                  and not query.aspects):
            return self.meeting_list(query, groups + extra, count=query.intent == "count")
        scored = score_passages(self.index, query, extra)
        if not scored or not groups and not extra and not query.keywords:
            return self._nothing(query)
        best = scored[0]
        if best.coverage < MIN_COVERAGE or best.entities_missing and best.entities_matched == 0:
            return self._nothing(query, scored)
        if query.intent in _MEETING_FIELDS and not any(readings):
            # "When did Kamikawa visit Kyiv?": a detail of one event needs a record naming everything
            # the question names; the best one lacking a name is about something else.
            unmatched = [g for g in groups if not self._names(best.passage, g)]
            if unmatched and not any(not any(not self._names(s.passage, g) for g in groups) for s in scored[1:]):
                names = ", ".join(self.index.entity_name(next(iter(g))) for g in groups)
                return Answer("not_found", False, "Not in the records",
                              (f"The records hold nothing that names all of {names}.",
                               f"Closest record: {self._passage_title(best.passage)}"),
                              sources=(d.cite(self.kb, best.passage.cited),), suggestions=self._suggestions(query),
                              confidence=0.0)
        plural = _PLEDGES_ASKED.search(query.raw.lower()) is not None
        if ("pledge" in query.aspects and query.intent in ("general", "define", "list", "about")
                and (plural or all(k in _PLEDGE_WORDS for k in query.keywords))):
            # "Which commitments did Hayashi reiterate?": every pledge that fits as well as the best.
            floor = best.coverage - 0.15 if plural else 0.0
            pledges = [s.passage for s in score_passages(self.index, query, extra, limit=100)
                       if s.passage.kind == "pledge" and s.entities_missing == 0 and s.coverage >= floor]
            if len(pledges) > 1:
                return Answer("pledges", True, f"Japan's pledges and support ({len(pledges)})",
                              tuple(f"– {p.text}" for p in pledges),
                              sources=tuple(d.cite(self.kb, p.cited) for p in pledges[:5]),
                              focus=Focus(countries=tuple(e[1] for g in groups for e in g if e[0] == "country")),
                              confidence=best.coverage)
        if query.intent == "yes_no":
            return self._yes_no(query, best, scored)
        return self._from_passage(query, best, scored)

    # -- follow-ups --------------------------------------------------------------------------------
    def continue_from(self, query: Query, focus: Focus) -> Query:
        """The question a follow-up asks once the previous question's type is carried over."""
        return followups.continue_from(query, focus)

    def _best_reading(self, query: Query, readings: list[list[set[tuple[str, str]]]]) -> list[set[tuple[str, str]]]:
        """Of several readings of a follow-up's context, the one whose best passage covers most of it."""
        if len(readings) == 1:
            return readings[0]
        # Scores are not comparable across readings (their names weigh differently); coverage is. A
        # later reading must cover clearly more to replace an earlier, likelier one.
        # A reading whose best passage lacks the detail asked (no figure for "how much") ranks last.
        best, best_key = readings[0], (False, -1.0)
        for reading in readings:
            scored = score_passages(self.index, query, reading, limit=1)
            if not scored:
                continue
            key = (asked.cannot_say(query, scored[0].passage, self._note(scored[0].passage)) is None,
                   scored[0].coverage)
            if key[0] > best_key[0] or key[0] == best_key[0] and key[1] > best_key[1] + 0.15:
                best, best_key = reading, key
        return best

    # -- abstentions -------------------------------------------------------------------------------
    def covered(self) -> str:
        names = [self.kb.countries[c].name for c in self.index.covered_countries if c in self.kb.countries]
        return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else "".join(names)

    def outside(self, names: tuple[str, ...]) -> Answer:
        listed = " and ".join(names)
        return Answer("not_covered", False, f"{listed}: not in the knowledge base",
                      (f"The knowledge base has no records about {listed}. It covers Japan's meetings with "
                       f"{self.covered()}.",),
                      suggestions=tuple(f"/meetings {self.kb.countries[c].name}" for c in self.index.covered_countries[:4]),
                      confidence=0.0)

    def undescribed(self, descriptions: tuple[str, ...]) -> Answer:
        listed = " and ".join(descriptions)
        return Answer("not_found", False, f"No records about the {listed}",
                      (f"The knowledge base names no {listed}. It covers Japan's meetings with {self.covered()}.",),
                      suggestions=("/countries", "/help"), confidence=0.0)

    def unknown(self, names: tuple[str, ...]) -> Answer:
        listed = " ".join(names)
        return Answer("not_found", False, f"No records about {listed}",
                      (f"“{listed}” is not in the knowledge base, which covers Japan's meetings with "
                       f"{self.covered()}.",), suggestions=("/countries", "/help"), confidence=0.0)

    def _not_recorded(self, query: Query, reason: str) -> Answer:
        names = [self.index.entity_name((m.kind, m.id)) for m in query.mentions if m.kind != "country" or m.id != "japan"]
        lines = [reason] + ([f"What the records hold about {', '.join(dict.fromkeys(names))}: try /who, /meetings or "
                             f"/facts."] if names else [f"They cover Japan's meetings with {self.covered()}."])
        return Answer("not_found", False, "Not in the records", tuple(lines),
                      suggestions=self._suggestions(query) or ("/help",), confidence=0.0)

    def _suggestions(self, query: Query) -> tuple[str, ...]:
        suggestions: list[str] = []
        for m in query.mentions:
            name = self.index.entity_name((m.kind, m.id))
            if m.kind == "person":
                suggestions.append(f"/who {name}")
            elif m.kind == "country" and m.id != "japan":
                suggestions.append(f"/meetings {name}")
        return tuple(dict.fromkeys(suggestions))

    def _nothing(self, query: Query, scored: list[Scored] | None = None) -> Answer:
        lines = ["I could not find that in the knowledge base."]
        if query.fuzzy_names:
            lines.append("I read " + ", ".join(self.index.entity_name((m.kind, m.id)) for m in query.fuzzy_names)
                         + " in your question.")
        return Answer("not_found", False, "No answer in the knowledge base", tuple(lines),
                      suggestions=self._suggestions(query) or ("/help",),
                      confidence=scored[0].coverage if scored else 0.0)

    # -- people, roles, terms ---------------------------------------------------------------------
    def _people(self, query: Query) -> list[str]:
        return [m.id for m in query.mentions if m.kind == "person"]

    def _is_who_is(self, query: Query) -> bool:
        return bool(re.match(r"^\s*(who|what)('s|s| is| was| are)\b|^\s*(tell me about|about)\b",
                             query.raw.lower())) and not query.keywords

    def _single_entity(self, query: Query) -> tuple[str, str] | None:
        groups = entity_groups(query)
        if len(groups) != 1:
            return None
        group = sorted(groups[0])
        return group[0] if len(group) == 1 else None

    def entity_profile(self, entity: tuple[str, str], query: Query) -> Answer:
        kind, entity_id = entity
        if kind == "person":
            p = self.kb.people[entity_id]
            meetings = sorted((self.kb.meetings[m] for m in self.index.meetings_by_entity.get(entity, ())),
                              key=lambda m: (m.date, m.id), reverse=True)
            return Answer("person", True, p.name, tuple(d.person_details(self.kb, p)),
                          items=tuple(self.meeting_item(m) for m in meetings),
                          sources=(d.cite(self.kb, p.cited), *(d.cite(self.kb, r.cited) for r in p.roles[:2])),
                          focus=Focus(people=(p.id,), countries=(p.country,)), confidence=self._confidence(query),
                          actions=tuple(Action("Meetings", f"/meetings {p.name}") for _ in meetings[:1]))
        if kind == "term":
            t = self.kb.terms[entity_id]
            name = t.name + (f" ({', '.join(t.aliases)})" if t.aliases else "")
            return Answer("term", True, name, (t.definition,), sources=(d.cite(self.kb, t.cited),),
                          focus=Focus(topic=t.id), confidence=self._confidence(query))
        return self.meeting_list(query, entity_groups(query), count=False)

    def countries_of(self, query: Query, groups: list[set[tuple[str, str]]]) -> Answer:
        """"Which countries did Hayashi visit?": the countries of the meetings that fit, each with its
        meetings; a visit counts where it took place, a meeting with whom it was held."""
        events = [self.kb.terms[e[1]] for g in groups for e in g if e[0] == "term" and e[1] in self.kb.terms
                  and self.kb.terms[e[1]].kind in ("event", "initiative")]
        if events:
            # The records list who took part in meetings, not in summits or dialogues: the meetings
            # held on their occasion say who came, not who else did.
            held = self.filter_meetings(groups, query)
            closest = f" They record {held[0].title} ({held[0].date.human()}) on its occasion." if held else ""
            return self._not_recorded(query, f"The records do not list the countries that took part in "
                                             f"{events[0].name}.{closest}")
        found = self.filter_meetings(groups, query)
        meetings = self._asked_kind(query, found)[0] or found
        named = {e[1] for g in groups for e in g if e[0] == "country"}
        by_country: dict[str, list[Meeting]] = {}
        for m in meetings:
            place_country = self.kb.places[m.place].country if m.place in self.kb.places else m.country
            for c in (m.countries if "visit" not in m.kind else (place_country,)):
                if c and c != "japan" and c not in named:
                    by_country.setdefault(c, []).append(m)
        if not by_country:
            return self._not_recorded(query, "The records name no country for that.")
        lines = [f"{self.index.entity_name(('country', c))}: " + "; ".join(f"{m.title} ({m.date.human()})" for m in ms)
                 for c, ms in sorted(by_country.items(), key=lambda kv: self.index.entity_name(("country", kv[0])))]
        return Answer("countries", True, f"{len(by_country)} countr{'y' if len(by_country) == 1 else 'ies'}",
                      tuple(lines), sources=tuple(d.cite(self.kb, m.cited) for ms in by_country.values() for m in ms[:1]),
                      focus=Focus(countries=tuple(by_country)), confidence=0.9)

    def place_profile(self, place_id: str) -> Answer:
        """"Where is Bucha?": the place's kind and country, as the records give them."""
        place = self.kb.places[place_id]
        country = self.index.entity_name(("country", place.country))
        lines = [f"{place.name} is a {place.kind} in {country}."] + ([f"Note: {place.note}"] if place.note else [])
        meetings = sorted((self.kb.meetings[m] for m in self.index.meetings_by_entity.get(("place", place_id), ())),
                          key=lambda m: (m.date, m.id), reverse=True)
        return Answer("place", True, place.name, tuple(lines), items=tuple(self.meeting_item(m) for m in meetings),
                      sources=(d.cite(self.kb, place.cited),), focus=Focus(place=place.id, countries=(place.country,)),
                      confidence=0.9)

    def role_holders(self, query: Query, focus: Focus | None = None, *, count: bool = False) -> Answer:
        countries = [m.id for m in query.mentions if m.kind == "country"]
        for m in query.mentions:  # "the Central Bank of Rwanda": the organisation names the country
            if m.kind == "term" and m.id in self.kb.terms:
                countries.extend(c for c in self.kb.terms[m.id].countries if c != "japan")
        if not countries and focus is not None:  # "and the prime minister?" after a Ukrainian one
            countries = [c for c in focus.countries if c != "japan"]
        if not countries and count and not re.search(r"\bjapan", query.raw.lower()):
            countries = sorted({r.country for p in self.kb.people.values() for r in p.roles})
        countries = countries or ["japan"]
        holders = [(role.as_of, person, role) for person in self.kb.people.values() for role in person.roles
                   if role.key == query.role and role.country in countries]
        if not holders:
            country = self.kb.countries.get(countries[0])
            label = country.name if country else countries[0]
            return Answer("not_found", False, "No answer in the knowledge base",
                          (f"The knowledge base does not name a holder of that position for {label}.",),
                          suggestions=("/countries",), confidence=0.0)
        if query.dates is not None and query.dates.end is not None:
            # "in 2022": whoever the records show in the post by the end of that span.
            end = query.dates.end
            holders = [h for h in holders if h[0].first_day() <= end] or holders
        holders.sort(key=lambda h: h[0], reverse=True)
        if query.order == "first":
            holders.reverse()
        if count:
            latest: dict[str, tuple[PartialDate, Person, Role]] = {}
            for holder in holders:
                latest.setdefault(holder[1].id, holder)
            people = list(latest.values())
            lines = tuple(f"{p.name}: {r.title} (as of {when.human()})" for when, p, r in people)
            return Answer("role", True, f"{len(people)} {'person' if len(people) == 1 else 'people'} in the records",
                          lines, sources=tuple(d.cite(self.kb, r.cited) for _, _, r in people[:3]),
                          focus=Focus(people=tuple(p.id for _, p, _ in people)), confidence=0.9)
        as_of, person, role = holders[0]
        country = self.kb.countries[role.country].name if role.country in self.kb.countries else role.country
        known = self.kb.countries.get(role.country)
        named = known is not None and any(n in role.title for n in (known.name, *known.aliases, *known.demonyms))
        lines = [f"{person.name} is {role.title} of {country} in the latest record (as of {as_of.human()})."
                 if not named else
                 f"{person.name} is {role.title} in the latest record (as of {as_of.human()})."]
        earlier = []
        for when, other, other_role in holders[1:]:
            if other.id != person.id and other.name not in earlier:
                earlier.append(other.name)
                lines.append(f"Earlier: {other.name} ({other_role.title}, as of {when.human()}).")
        return Answer("role", True, person.name, tuple(lines), sources=(d.cite(self.kb, role.cited),),
                      focus=Focus(people=(person.id,), countries=(role.country,)), confidence=0.9)

    def succession(self, query: Query, person_id: str) -> Answer:
        """Who held a person's post before (or after) them, as far as the records show."""
        person = self.kb.people[person_id]
        role = d.latest_role(person, query.role) if query.role else d.latest_role(person)
        if role is None:
            return self._not_recorded(query, f"The records give no post for {person.name}.")
        later = re.search(r"\b(after|successor|succeeded|succeed|replace)\b", query.raw.lower()) is not None
        mine = [r.as_of for r in person.roles if r.key == role.key and r.country == role.country]
        others = [(r.as_of, p, r) for p in self.kb.people.values() if p.id != person.id for r in p.roles
                  if r.key == role.key and r.country == role.country
                  and (r.as_of > max(mine) if later else r.as_of < min(mine))]
        word = "after" if later else "before"
        if not others:
            return Answer("not_found", False, "Not in the records",
                          (f"The records name nobody who held the post of {role.title} {word} {person.name}.",),
                          sources=(d.cite(self.kb, role.cited),), suggestions=(f"/who {person.name}",), confidence=0.0)
        others.sort(key=lambda o: o[0], reverse=not later)
        as_of, other, other_role = others[0]
        lines = [f"{word.capitalize()} {person.name} ({role.title}, as of {role.as_of.human()}), the records show "
                 f"{other.name} in that post ({other_role.title}, as of {as_of.human()})."]
        return Answer("role", True, other.name, tuple(lines),
                      sources=(d.cite(self.kb, other_role.cited), d.cite(self.kb, role.cited)),
                      focus=Focus(people=(other.id,), countries=(role.country,)), confidence=0.9)

    # -- meetings ----------------------------------------------------------------------------------
    def filter_meetings(self, groups: list[set[tuple[str, str]]], query: Query) -> list[Meeting]:
        """Meetings that involve every named entity group and fall within the question's dates."""
        ids: set[str] | None = None
        for group in groups:
            found = {m for e in group for m in self.index.meetings_by_entity.get(e, ())}
            found |= {e[1] for e in group if e[0] == "meeting"}
            ids = found if ids is None else ids & found
        pool = self.kb.meetings.values() if ids is None else (self.kb.meetings[i] for i in ids)
        meetings = [m for m in pool if query.dates is None
                    or query.dates.matches(m.date.first_day(), m.date.last_day())]
        meetings.sort(key=lambda m: (m.date, m.id), reverse=query.order != "first")
        return meetings

    def meeting_list(self, query: Query, groups: list[set[tuple[str, str]]], *, count: bool) -> Answer:
        if not groups and query.dates is None and query.keywords and query.order is None:
            scored = score_passages(self.index, query)
            if scored and scored[0].coverage >= MIN_COVERAGE:
                return self._from_passage(query, scored[0], scored)
            return self._nothing(query, scored)
        meetings = self.filter_meetings(groups, query)
        label = " and ".join(sorted(" / ".join(sorted(self.index.entity_name(e) for e in g)) for g in groups if g))
        if query.dates is not None:
            label = f"{label} in {query.dates.label}".strip() if label else query.dates.label
        if not meetings:
            return Answer("not_found", False, "No meetings found",
                          (f"The knowledge base has no meetings for {label or 'that'}.",),
                          suggestions=tuple(f"/meetings {self.kb.countries[c].name}"
                                            for c in self.index.covered_countries[:4]), confidence=0.0)
        if query.order in ("first", "latest") and not count:
            meeting = (self._asked_kind(query, meetings)[0] or meetings)[0]
            return self.meeting_answer(meeting, query, prefix=f"The {query.order} {meeting.kind}: ")
        lines: tuple[str, ...] = ()
        noun = "meeting"
        if count:
            meetings, noun, lines = self._counted(query, meetings)
        title = f"{len(meetings)} {noun}{'s' if len(meetings) != 1 else ''}" + (f" — {label}" if label else "")
        return Answer("meetings", True, title, lines, items=tuple(self.meeting_item(m) for m in meetings),
                      sources=tuple(d.cite(self.kb, m.cited) for m in meetings[:3]),
                      focus=Focus(meeting=meetings[0].id if len(meetings) == 1 else None,
                                  countries=tuple(e[1] for g in groups for e in g if e[0] == "country"),
                                  people=tuple(e[1] for g in groups for e in g if e[0] == "person"),
                                  period=_period(query)),
                      confidence=0.9)

    @staticmethod
    def _asked_kind(query: Query, records: list[Meeting]) -> tuple[list[Meeting], str | None]:
        """The records of the kind a question names ("meetings", "visits"), and that kind's noun."""
        text = query.raw.lower()
        if re.search(r"\b(visits?|trips?|travel)", text):
            return [m for m in records if "visit" in m.kind], "visit"
        if re.search(r"\b(meetings?|talks|met|meet|encounters?)\b", text):
            return [m for m in records if "meeting" in m.kind], "meeting"
        return records, None

    def _counted(self, query: Query, records: list[Meeting]) -> tuple[list[Meeting], str, tuple[str, ...]]:
        """What "how many meetings / visits" counts: the records of that kind; the others are named
        apart, so that a visit or a forum is not counted as a meeting."""
        wanted, noun = self._asked_kind(query, records)
        if noun is None:
            return records, "record", ()
        others: dict[str, int] = {}
        for m in records:
            if m not in wanted:
                others[m.kind] = others.get(m.kind, 0) + 1
        lines = (("Also on record: " + ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in others.items())
                  + "."),) if others else ()
        return wanted, noun, lines

    def participants(self, query: Query, meetings: list[Meeting], groups: list[set[tuple[str, str]]]) -> Answer:
        """Who took part in each of several meetings: "which officials met Ukrainian leaders in 2023?"."""
        lines = []
        for m in meetings:
            sides = [f"Japan: {', '.join(d.person_label(self.kb, x) for x in m.japan_side)}" if m.japan_side else "",
                     f"partner side: {', '.join(d.person_label(self.kb, x) for x in m.partner_side)}"
                     if m.partner_side else ""]
            lines.append(f"{m.date.human()} — {m.title}. " + "; ".join(x for x in sides if x) + ".")
        label = " and ".join(sorted(" / ".join(sorted(self.index.entity_name(e) for e in g)) for g in groups if g))
        if query.dates is not None:
            label = f"{label} in {query.dates.label}".strip() if label else query.dates.label
        return Answer("participants", True, f"Who took part — {label}" if label else "Who took part", tuple(lines),
                      actions=tuple(Action(m.title if len(m.title) <= 40 else m.title[:39] + "…", f"/meeting {m.id}")
                                    for m in meetings[:5]),
                      sources=tuple(d.cite(self.kb, m.cited) for m in meetings[:3]),
                      focus=Focus(countries=tuple(e[1] for g in groups for e in g if e[0] == "country"),
                                  period=_period(query)), confidence=0.9)

    def meeting_answer(self, m: Meeting, query: Query | None = None, prefix: str = "") -> Answer:
        return Answer("meeting", True, prefix + m.title, tuple(d.meeting_details(self.kb, m)),
                      sources=(d.cite(self.kb, m.cited),), focus=self._meeting_focus(m),
                      actions=(Action("Source", f"/meeting {m.id}"),), confidence=0.9)

    def _meeting_focus(self, m: Meeting) -> Focus:
        return Focus(meeting=m.id, people=m.partner_side + m.japan_side, countries=m.countries, place=m.place)

    # -- answers from the best passage ----------------------------------------------------------
    def _confidence(self, query: Query) -> float:
        fuzzy = [m.score for m in query.mentions]
        return min(fuzzy) / 100 if fuzzy else 0.8

    def _from_passage(self, query: Query, best: Scored, scored: list[Scored]) -> Answer:
        p = best.passage
        meeting = self.kb.meetings.get(p.ref) if p.kind in ("meeting", "topic", "outcome") else None
        name_certainty = min((m.score for m in query.mentions), default=100.0) / 100
        conf = round(min(1.0, best.coverage) * name_certainty, 3)
        interpretation = None
        if len(scored) > 1 and scored[1].passage.ref != p.ref and scored[1].score >= best.score - 0.5:
            interpretation = "close alternative"
        if meeting is not None and not self._has_field(meeting, query.intent):
            # The best meeting lacks what is asked (who else, when, how long): a close runner-up that
            # matches every name and has it is the meeting meant.
            for other in scored[1:]:
                candidate = self.kb.meetings.get(other.passage.ref)
                if (candidate is not None and other.entities_missing == 0 and other.score >= best.score - 3
                        and other.coverage >= best.coverage - 1e-9
                        and self._has_field(candidate, query.intent)):
                    meeting, p = candidate, other.passage
                    break
        gap = asked.cannot_say(query, p, self._note(p))
        if gap:
            return Answer("not_found", False, "Not in the records", (gap, f"Closest record: {self._passage_title(p)}"),
                          sources=(d.cite(self.kb, p.cited),), confidence=0.0)
        if meeting is not None:
            answer = self._meeting_aspect(query, meeting, p)
        else:
            answer = self._statement(query, p)
        suggestions = answer.suggestions
        if interpretation:
            other = scored[1].passage
            suggestions += (f"Also: {self._passage_title(other)}",)
        return Answer(answer.kind, answer.answered, answer.title, answer.lines, answer.items, answer.sources,
                      suggestions, answer.actions, conf if answer.answered else 0.0, answer.focus,
                      interpretation)

    @staticmethod
    def _names(p: Passage, group: set[tuple[str, str]]) -> bool:
        return not group.isdisjoint(p.entities) or ("meeting", p.ref) in group

    def _note(self, p: Passage) -> str | None:
        """The maintainers' note on the record behind a passage: what the source leaves unsaid."""
        record = {"fact": self.kb.facts, "pledge": self.kb.pledges, "meeting": self.kb.meetings,
                  "topic": self.kb.meetings, "outcome": self.kb.meetings}.get(p.kind, {}).get(p.ref)
        return getattr(record, "note", None)

    @staticmethod
    def _has_field(m: Meeting, intent: str) -> bool:
        return {"who": bool(m.partner_side or m.accompanying), "time": bool(m.local_time),
                "duration": bool(m.duration_minutes), "where": bool(m.place or m.country),
                "why": bool(m.occasion)}.get(intent, True)

    def _passage_title(self, p: Passage) -> str:
        if p.ref in self.kb.meetings:
            return self.kb.meetings[p.ref].title
        return p.text if len(p.text) < 90 else p.text[:87] + "..."

    @staticmethod
    def _figure_fits(query: Query, p: Passage) -> bool:
        """Whether the passage's figure counts what is asked: "how many companies" wants companies,
        "how much did it cost" wants money."""
        if p.quantity is None:
            return True
        text = query.raw.lower()
        counted = asked.counted_noun(query)
        # The figure's own unit decides ("2 auto transformers" does not count generators, even in a
        # sentence that mentions generators).
        unit_words = set(content_stems(p.quantity.unit or p.text))
        if counted:
            wanted = stem(counted)
            asked_unit = {wanted, *SYNONYMS.get(wanted, ())}
            if not asked_unit & unit_words:
                return False
        if re.search(r"\b(cost|price|worth|spend|spent|value|money|budget)\b", text):
            return bool(re.search(r"usd|dollar|yen|euro|\$|¥", f"{p.quantity.unit} {p.quantity.text}".lower()))
        return True

    def _statement(self, query: Query, p: Passage) -> Answer:
        if query.intent == "quantity" and not self._figure_fits(query, p):
            return Answer("not_found", False, "No figure in the records",
                          ("The source gives no figure for that.", f"Closest record: {p.text}"),
                          sources=(d.cite(self.kb, p.cited),))
        lines = [p.text]
        if query.intent == "when" and p.date is not None and p.date.human() not in p.text:
            lines.append(f"Date: {p.date.human()}")
        if query.intent == "quantity" and p.quantity is not None and p.quantity.text not in p.text:
            unit = "" if p.quantity.unit.lower() in p.quantity.text.lower() else f" {p.quantity.unit}"
            lines.append(f"Figure: {p.quantity.text}{unit}")
        note = getattr(self.kb.facts.get(p.ref) or self.kb.pledges.get(p.ref), "note", None)
        if note:
            lines.append(f"Note: {note}")
        title = {"fact": "Fact", "pledge": "Japan's support", "term": self.index.entity_name(("term", p.ref)),
                 "person": self.index.entity_name(("person", p.ref))}.get(p.kind, "Answer")
        people = tuple(e[1] for e in p.entities if e[0] == "person")
        return Answer(p.kind, True, title, tuple(lines), sources=(d.cite(self.kb, p.cited),),
                      focus=Focus(people=people[:1], countries=tuple(e[1] for e in p.entities if e[0] == "country")))

    def _meeting_aspect(self, query: Query, m: Meeting, p: Passage) -> Answer:
        kb = self.kb
        intent = query.intent
        cited = [d.cite(kb, p.cited)]
        focus = self._meeting_focus(m)
        lines: list[str]
        if query.japan_time and intent in ("when", "time"):
            if not (m.time_note and "JST" in m.time_note) and m.country != "japan":
                return Answer("not_found", False, m.title, ("The source does not give the time in Japan.",),
                              sources=tuple(cited), focus=focus, confidence=0.0)
            lines = [f"{m.title}: {m.date.human()}" + (f", {m.local_time} local time" if m.local_time else "")
                     + (f" ({m.time_note})." if m.time_note else ".")]
        elif intent == "when":
            lines = [f"{m.title}: {m.date.human()}" + (f", {m.local_time} local time" if m.local_time else "") + "."]
            if m.note and "infer" in m.note.lower():
                lines.append(f"Note: {m.note}")
        elif intent == "where":
            where = d.meeting_place(kb, m)
            asks_city = re.search(r"\b(city|town)\b", query.raw.lower()) is not None
            if where is None or (asks_city and not m.place):
                return Answer("not_found", False, m.title, ("The source does not say where (which city) it took place."
                               + (f" It names only the country: {where}." if where else ""),),
                              sources=tuple(cited), focus=focus)
            lines = [f"{m.title} took place in {where} {d.on_date(m.date)}."]
            if m.note and "city" in m.note.lower():
                lines.append(f"Note: {m.note}")
        elif intent == "time":
            if not m.local_time:
                return Answer("not_found", False, m.title, ("The source does not state the time of day.",),
                              sources=tuple(cited), focus=focus)
            lines = [f"{m.title} began at {m.local_time} local time {d.on_date(m.date)}"
                     + (f" ({m.time_note})." if m.time_note else ".")]
        elif intent == "duration":
            if not m.duration_minutes:
                return Answer("not_found", False, m.title, ("The source does not state how long it lasted.",),
                              sources=tuple(cited), focus=focus)
            lines = [f"{m.title} lasted about {m.duration_minutes} minutes"
                     + (f", from {m.local_time} local time" if m.local_time else "") + f" {d.on_date(m.date)}."]
        elif intent == "who" and self._people(query) and _EXCLUDING.search(query.raw.lower()):
            # "Which other officials, besides Biruta and Ndagijimana, attended?": the named are left out.
            named = set(self._people(query))
            countries = {x.id for x in query.mentions if x.kind == "country" and x.id != "japan"}
            # Others of the same standing as those named: besides two attending ministers, the principals
            # are not "other officials".
            sides = [side for side in (m.japan_side, m.partner_side, m.accompanying) if named & set(side)]
            others = [x for side in sides or [(*m.japan_side, *m.partner_side, *m.accompanying)] for x in side
                      if x not in named and (not countries or getattr(kb.people.get(x), "country", None) in countries)]
            if not others:
                return Answer("not_found", False, m.title,
                              ("The source names nobody else who took part." + (f" Note: {m.note}" if m.note else ""),),
                              sources=tuple(cited), focus=focus, confidence=0.0)
            lines = [f"{m.title} ({m.date.human()}), besides those you named:",
                     *(d.person_label(kb, x) for x in others)]
        elif intent == "who":
            asks_japan = any(x.kind == "country" and x.id == "japan" for x in query.mentions)
            if not m.partner_side and not m.accompanying and not (asks_japan and m.japan_side):
                return Answer("not_found", False, m.title,
                              ("The source does not name who else took part.",), sources=tuple(cited), focus=focus)
            lines = [f"{m.title} ({m.date.human()}):"]
            if m.japan_side:
                lines.append("Japan: " + "; ".join(d.person_label(kb, x) for x in m.japan_side))
            if m.partner_side:
                lines.append("Partner side: " + "; ".join(d.person_label(kb, x) for x in m.partner_side))
            if m.accompanying:
                lines.append("Also attending: " + "; ".join(d.person_label(kb, x) for x in m.accompanying))
        elif intent == "why":
            # Several meetings can fit (two in New York the same week): give the occasion of each.
            related = [x for x in self.filter_meetings(entity_groups(query), query) if x.id != m.id][:3]
            lines = []
            for x in (m, *related):
                occasion = kb.terms.get(x.occasion or "")
                lines.append(f"{x.title} ({x.date.human()})"
                             + (f": on the occasion of the {occasion.name}." if occasion else ".")
                             + f" {x.summary}")
            cited += [d.cite(kb, x.cited) for x in related]
        elif p.kind in ("topic", "outcome") or "discuss" in query.aspects or "agree" in query.aspects:
            points = m.outcomes if p.kind == "outcome" or ("agree" in query.aspects and m.outcomes) else m.topics
            if p.kind in ("topic", "outcome") and "thank" in query.aspects:
                points = tuple(x for x in (*m.topics, *m.outcomes) if x.text == p.text)
            label = "Outcomes" if points is m.outcomes else "Discussed"
            lines = [f"{m.title} ({m.date.human()}) — {label.lower()}:"] + [f"– {x.text}" for x in points]
            cited = [d.cite(kb, x.cited) for x in points[:3]] or cited
        else:
            lines = [f"{m.title} ({m.date.human()})", m.summary]
        return Answer("meeting_answer", True, m.title, tuple(lines), sources=tuple(cited), focus=focus,
                      actions=(Action("Details", f"/meeting {m.id}"),))

    def _yes_no(self, query: Query, best: Scored, scored: list[Scored]) -> Answer:
        if _ABOUT_MEETING.search(query.raw.lower()) and best.passage.kind not in _MEETING_KINDS:
            # "Did Japan meet Uzbekistan before 2024?" wants a meeting, not any record naming both.
            meetings = [s for s in scored if s.passage.kind in _MEETING_KINDS and not s.entities_missing]
            if not meetings:
                return self._yes_no_other_dates(query, best)
            best = meetings[0]
        p = best.passage
        meeting = self.kb.meetings.get(p.ref) if p.kind == "meeting" else None
        people = [g for g in entity_groups(query) if all(k == "person" for k, _ in g)]
        if (meeting is not None and best.entities_missing and len(people) >= 2
                and all(g & p.entities for g in people)):
            # The people did meet, but not where or when the question says: the record contradicts it.
            where = d.meeting_place(self.kb, meeting) or "a place the source does not name"
            return Answer("yes_no", True, "No, not according to the records",
                          (f"The records show {meeting.title} in {where} {d.on_date(meeting.date)}.",),
                          sources=(d.cite(self.kb, meeting.cited),), focus=self._meeting_focus(meeting),
                          confidence=best.coverage)
        if query.dates is not None and (p.date is None or not query.dates.matches(p.date.first_day(), p.date.last_day())):
            return self._yes_no_other_dates(query, best)
        if best.entities_missing or best.coverage < YES_COVERAGE:
            return Answer("not_found", False, "Not in the records",
                          ("The knowledge base has no record of that.",
                           f"Closest record: {self._passage_title(p)}"),
                          sources=(d.cite(self.kb, p.cited),), confidence=best.coverage)
        meeting = self.kb.meetings.get(p.ref)
        evidence = f"{meeting.title} ({meeting.date.human()}): {p.text}" if meeting else p.text
        return Answer("yes_no", True, "Yes", (evidence,), sources=(d.cite(self.kb, p.cited),),
                      focus=self._asked_focus(query, meeting), confidence=best.coverage)

    def _yes_no_other_dates(self, query: Query, best: Scored) -> Answer:
        """"Did Japan meet Rwanda in 2023?": nothing in that span; the meetings at other dates say no."""
        groups = entity_groups(query)
        undated = replace(query, dates=None)
        elsewhere = self.filter_meetings(groups, undated) if groups else []
        if not elsewhere:
            return Answer("not_found", False, "Not in the records",
                          (f"The knowledge base has no record of that"
                           + (f" {_span_words(query.dates.label)}." if query.dates else "."),
                           f"Closest record: {self._passage_title(best.passage)}"),
                          sources=(d.cite(self.kb, best.passage.cited),), confidence=0.0)
        shown = "; ".join(f"{m.title} ({m.date.human()})" for m in elsewhere[:3])
        return Answer("yes_no", True, "No, not according to the records",
                      ((f"The records show nothing {_span_words(query.dates.label)}; " if query.dates
                        else "The records show ")
                       + (f"they show {shown}." if query.dates else f"{shown}."),),
                      sources=tuple(d.cite(self.kb, m.cited) for m in elsewhere[:3]),
                      focus=self._meeting_focus(elsewhere[0]), confidence=best.coverage)

    def _asked_focus(self, query: Query, meeting: Meeting | None) -> Focus:
        """What a follow-up may refer to after a yes: the meeting, and the people and place asked about
        ("Did Hayashi visit Bucha?" → "what is there?" is about Bucha)."""
        people = tuple(m.id for m in query.mentions if m.kind == "person")
        places = [m.id for m in query.mentions if m.kind == "place"]
        countries = tuple(m.id for m in query.mentions if m.kind == "country" and m.id != "japan")
        if meeting is None:
            return Focus(people=people, countries=countries, place=places[0] if places else None)
        focus = self._meeting_focus(meeting)
        return replace(focus, place=places[0]) if places else focus
