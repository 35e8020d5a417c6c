"""People and places a question names by description: "Japan's foreign minister", "the Ukrainian
prime minister", "the foreign ministers of Japan and Ukraine", "the capital of Rwanda".

A description is tied to the countries written next to it. Each country so tied becomes its own
group of candidates (every holder of the role in that country, over time); a country the records
hold no such person or place for makes the description unknown, and the answerer says so instead of
answering about someone else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property

from bot.answers import Focus
from bot.engine import lexicon as lx
from bot.engine.describe import role_date
from bot.engine.followups import pronoun_used
from bot.engine.query import ROLE_PATTERNS, ROLES, SYNONYMS, Query, from_countries, phrase_span, phrase_spans
from bot.engine.text import content_stems, fold, stem
from bot.knowledge.model import KnowledgeBase, Person, Role

Group = set[tuple[str, str]]

#: Words that may stand between a country and the description it qualifies ("Japan's and Ukraine's").
_LINKS = frozenset({"s", "and", "the", "of", "for", "both", "from"})
#: Words before a post that mean its latest holder in the records ("Japan's new foreign minister").
_LATEST_HOLDER = frozenset({"new", "newly", "current", "incumbent", "sitting", "present", "latest", "appointed",
                            "recently", "named"})
#: Words asking who holds a post now, which a post recorded only in its history (no date) does not say.
#: A possessive before a post ("his finance minister"), and the pronoun the records call its owner by.
_POSSESSIVE_PRONOUN = {lx.POSSESSIVE_OF[p]: p for p in ("he", "she")}
#: The nouns of a ministry ("Japan's finance ministry"), and words before one that name no field of it.
_MINISTRY = frozenset({"ministry", "ministries"})
_NOT_A_FIELD = frozenset({"the", "a", "an", "its", "his", "her", "their", "which", "what", "whose", "that", "this", "s",
                          "same", "other", "own", "whole", "line"})
#: Words before the subject of a question ("what did Japan's foreign minister …").
_SUBJECT_AFTER = frozenset({"did", "does", "do", "was", "is", "were", "has", "had", "will", "would"})
_NOW_HOLDER = frozenset({"current", "incumbent", "sitting", "present"})
_QUALIFIERS = _LATEST_HOLDER | frozenset(lx.GENDERED)
_CAPITAL = re.compile(r"\bcapital\b")
#: "the head of Uzbekistan's investment ministry", "the chief of the central bank": whoever leads a body.
_HEAD_OF = re.compile(r"\b(?:head|chief|leader)s? of (?:the )?(?P<body>(?:[\w'’-]+ ){0,5}(?:ministry|bank|agency"
                      r"|bureau|office|department|committee))\b")
#: "the central bank guy", "the investment ministry man": a person by words of what they do, before a noun for a
#: person.
_THE_WORDS_GUY = re.compile(rf"\bthe (?P<what>(?:[a-z]+ ){{1,3}}){lx.PERSON_NOUN}\b")
#: "the finance one": one of those listed, by words of what they do before "one".
_THE_WORDS_ONE = re.compile(r"\bthe (?P<what>(?:[a-z]+ ){1,3})one\b")


def _what_said(found: re.Match[str] | None) -> set[str]:
    """The stems of the words a description said before its noun for a person ("the central bank guy")."""
    return set(content_stems(found.group("what"))) if found is not None else set()


#: Words of rank before a head ("the deputy head of the bureau").
_RANKS = frozenset(stem(w) for w in ("deputy", "vice", "assistant"))
#: "who heads the bureau", "who runs the agency": the head of a body, asked by a verb.
_HEADS = re.compile(r"\bwho (?:heads|headed|leads|led|runs|ran|directs|directed) (?:the )?(?P<body>(?:[\w'’-]+ ){0,5}?"
                    r"(?:ministry|bank|agency|bureau|office|department|committee))\b")


def _head_asked(query: Query) -> str | None:
    """The body whose head a question asks for ("european affairs bureau"), or None."""
    words = " ".join(query.words)
    found = _HEAD_OF.search(words) or _HEADS.search(words)
    return found.group("body") if found is not None else None


#: "Which country's deputy foreign minister ...?": the post's country is what is asked.
_COUNTRY_ASKED = re.compile(r"\b(?:which|what) (?:country|nation)(?:'s|’s|s')? ")
#: Words that place something by another place ("near the capital") without naming it.
_NEAR = frozenset({"near", "outside", "around", "beyond"})


#: A follow-up that goes on from the last question ("and a foreign minister?"), whose country it keeps.
_GOES_ON = re.compile(r"^\W*(?:and|also|what about|how about|same for)\b")


@dataclass(frozen=True)
class Described:
    groups: tuple[frozenset[tuple[str, str]], ...]
    #: Descriptions the records have nobody or nothing for ("foreign minister of Tajikistan").
    unknown: tuple[str, ...]
    #: Stems of the words a description of a person used up ("the central bank guy"): no words of what is asked.
    consumed: frozenset[str] = frozenset()


#: Nouns of people of a country ("Tajik officials"), which a country none of whose people the records name has not.
_PEOPLE_OF_A_COUNTRY = lx.PERSON_ASKED - {"person", "people"} | {"counterpart", "counterparts", "delegation",
                                                                  "delegates"}
#: The holder of the same post elsewhere ("his Kyrgyz counterpart").
_COUNTERPART_NOUNS = frozenset({"counterpart", "counterparts"})


def attached_countries(query: Query, start: int, end: int) -> list[str]:
    """Countries written right before (`Japan's and Ukraine's ...`, `the Ukrainian ...`) or right
    after (`... of Kazakhstan`) the words `start:end` of the question."""
    # A region is several countries at one place ("Central Asian"): all of them.
    by_end: dict[int, list[str]] = {}
    by_start: dict[int, list[str]] = {}
    starts, ends = {}, {}
    for m in query.mentions:
        if m.kind == "country":
            by_end.setdefault(m.end, []).append(m.id)
            by_start.setdefault(m.start, []).append(m.id)
            starts[m.end], ends[m.start] = m.start, m.end
    found: list[str] = []
    i = start
    # ("Japan and the Ukrainian president": one holder, of the country next to the post; "the Japanese and the
    # Ukrainian ministers" are of both)
    singular = end > 0 and not query.words[end - 1].endswith("s")
    while i > 0:
        if i in by_end:
            found.extend(by_end[i])
            i = starts[i]
        elif found and singular and query.words[i - 1] == "the" and i >= 2 and query.words[i - 2] == "and":
            break
        elif query.words[i - 1] in _LINKS or query.words[i - 1] in _QUALIFIERS:
            i -= 1  # "Japan's new female foreign minister": the words that say which holder are no break
        else:
            break
    i = end
    if i < len(query.words) and query.words[i] in ("of", "for", "in", "from"):
        while i < len(query.words):
            if i in by_start:
                found.extend(by_start[i])
                i = ends[i]
            elif query.words[i] in _LINKS:
                i += 1
            else:
                break
    return list(dict.fromkeys(found))


def _word_before(query: Query, start: int) -> str | None:
    """The word before the words `start:` of the question and the countries or links that qualify them."""
    by_end = {m.end: m for m in query.mentions if m.kind == "country"}
    i = start
    while i > 0 and (i in by_end or query.words[i - 1] in _LINKS):
        i = by_end[i].start if i in by_end else i - 1
    return query.words[i - 1] if i > 0 else None


def gender_said(query: Query) -> str | None:
    """The pronoun of the holder a question describes by a word before the post ("the female foreign
    minister": "she"), or None when it says none."""
    if query.role is None:
        return None
    for start, _ in phrase_spans(ROLES[query.role], query.words):
        found = next((lx.GENDERED[w] for w in query.words[max(0, start - 3):start] if w in lx.GENDERED), None)
        if found is not None:
            return found
    return None


def _by_mention(query: Query, countries: list[str]) -> list[list[str]]:
    """`countries` grouped by the words that name them, in order: the countries of a region ("Central
    Asian") share one mention, each other country has its own."""
    spans: dict[str, tuple[int, int]] = {}
    for m in query.mentions:
        if m.kind == "country" and m.id in countries:
            spans.setdefault(m.id, (m.start, m.end))
    grouped: dict[tuple[int, int], list[str]] = {}
    for country in countries:
        grouped.setdefault(spans.get(country, (-1, -1)), []).append(country)
    return list(grouped.values())




class Describer:
    def __init__(self, kb: KnowledgeBase, home: str,
                 roles_of: Callable[[str], tuple[tuple[Person, Role], ...]],
                 meetings_of: Callable[[str], Iterable[str]] = lambda person: ()) -> None:
        self.kb = kb
        self.home = home  # the country every record is about
        self.roles_of = roles_of  # who held a post, by its key (`KnowledgeIndex.roles_of`)
        self.meetings_of = meetings_of  # the ids of a person's meetings (`KnowledgeIndex.meetings_by_entity`)
        #: The countries some person of the records is of.
        self.peopled = frozenset(p.country for p in kb.people.values())

    @cached_property
    def _what_they_do(self) -> dict[str, frozenset[str]]:
        """Each person's words of what they do (description, posts and their bodies), by id in order: read once, on
        the first question that describes someone so, not on every one."""
        return {p.id: frozenset(content_stems(" ".join([p.description or "", *(f"{r.title} {r.organisation or ''}"
                                                                                 for r in p.roles)])))
                for p in sorted(self.kb.people.values(), key=lambda x: x.id)}

    def holders(self, role: str, countries: set[str]) -> Group:
        return {("person", p.id) for p, r in self.roles_of(role) if r.country in countries}

    def _latest(self, role: str, group: frozenset[tuple[str, str]]) -> frozenset[tuple[str, str]]:
        """"Japan's new foreign minister": of the holders of the post, the one the records show in it last."""
        held = [(role_date(r), p.id) for p, r in self.roles_of(role) if ("person", p.id) in group]
        if not held:
            return group
        last = max(when for when, _ in held)
        return frozenset(("person", p) for when, p in held if when == last)

    def _other_posts(self, query: Query, groups: list[frozenset[tuple[str, str]]], unknown: list[str]) -> None:
        """"Did a Japanese foreign minister meet Ukraine's prime minister?": a second post the question
        names, of a country, describes its holders too (a post inside the one asked, "foreign minister" of
        "deputy foreign minister", or a title before a name, "Prime Minister Shmyhal", describes no one)."""
        assert query.role is not None
        covered = {i for a, b in phrase_spans(ROLES[query.role], query.words) for i in range(a, b)}
        people_at = {m.start for m in query.mentions if m.kind == "person"}
        for key, pattern in ROLE_PATTERNS:
            if key == query.role:
                continue
            for start, end in phrase_spans(pattern, query.words):
                if covered & set(range(start, end)) or end in people_at:
                    continue
                covered |= set(range(start, end))
                for country in attached_countries(query, start, end):
                    holders = set(self.holders(key, {country}))
                    if query.words[end:end + 1] == ("or",):
                        # "Ukraine's president or foreign minister": either post of that country
                        holders |= {h for other, pattern in ROLE_PATTERNS for a, _ in phrase_spans(pattern, query.words)
                                    if a == end + 1 for h in self.holders(other, {country})}
                    if holders:
                        groups.append(frozenset(holders))
                    else:
                        unknown.append(f"{self._role_label(key)} of {self._country(country)}")

    def _of_grouping(self, query: Query, start: int) -> bool:
        """Whether the post at `start` is written right after the name of a body the records tie to no one country
        ("the G7 foreign ministers"): its members, whom no one country's holders of the post are."""
        return any(m.kind == "term" and m.end == start and (term := self.kb.terms.get(m.id)) is not None
                   and not term.countries and all(m.end != c.end or c.kind == "term" for c in query.mentions)
                   for m in query.mentions)

    def resolve(self, query: Query, focus: Focus | None) -> Described:
        groups: list[frozenset[tuple[str, str]]] = []
        unknown: list[str] = []
        named_people = {m.id for m in query.mentions if m.kind == "person"}
        mentioned = {m.id for m in query.mentions if m.kind == "country"}
        span = phrase_span(ROLES[query.role], query.words) if query.role else None
        if query.role and not (span is not None and self._of_grouping(query, span[0])):
            # Every mention of the post: "Japan's foreign minister met Tajikistan's foreign minister".
            tied = list(dict.fromkeys(c for found in phrase_spans(ROLES[query.role], query.words)
                                      for c in attached_countries(query, *found)))
            # "President Kagame": the description is the named person's own title, not someone else.
            # ("did Usmanov meet Japan's deputy foreign minister?": a post of another country than his describes
            # someone else)
            describes_named = any(lx.fits_post(query.role, r.key) and (not tied or r.country in tied)
                                  for p in named_people if p in self.kb.people for r in self.kb.people[p].roles)
            # "the other Japanese foreign minister": not the one the conversation was about.
            others = span is not None and "other" in query.words[max(0, span[0] - 3):span[0]]
            excluded = {("person", p) for p in focus.people} if others and focus is not None else set()
            present = self._present(focus) if query.dates is None else set()
            if tied:
                for named in _by_mention(query, tied):
                    if len(named) > 1:
                        # "Which Central Asian foreign minister …?": a holder of the post in any of the region's
                        # countries (the region's countries are named by one mention)
                        holders = self.holders(query.role, set(named)) - excluded
                        if holders:
                            groups.append(frozenset(holders))
                        else:
                            unknown.append(f"{self._role_label(query.role)} of "
                                           f"{' or '.join(self._country(c) for c in named)}")
                        continue
                    country = named[0]
                    holders = self.holders(query.role, {country}) - excluded
                    # "what did Japan's foreign minister say?" after a meeting: the one who was there.
                    holders = {h for h in holders if h[1] in present} or holders
                    if holders:
                        groups.append(frozenset(holders))
                    else:
                        unknown.append(f"{self._role_label(query.role)} of {self._country(country)}")
            elif named_people and not describes_named and not mentioned - {self.home} and span is not None \
                    and not any(m.start <= span[0] < m.end for m in query.mentions):
                # "did Hayashi see the PM before or after Zelenskyy?": the one holder of the post in the partner
                # countries of the people named
                partners = {self.kb.people[p].country for p in named_people if p in self.kb.people} - {self.home}
                if not partners:
                    # ("what did Hayashi discuss with the president?": of the countries whose people he met)
                    partners = {c for p in sorted(named_people) for i in self.meetings_of(p)
                                if (m := self.kb.meetings.get(i)) is not None for c in m.countries} - {self.home}
                holders = {h for h in self.holders(query.role, partners) if h[1] not in named_people}
                if len(holders) == 1:
                    groups.append(frozenset(holders))
            elif not named_people and not describes_named and span is not None \
                    and (owners := self._possessor_countries(query, span[0], focus)):
                # "did he bring his finance minister too?" after Kulubaev's visit: the holders of the post in the
                # country of the one "his" means, or none the records name
                holders = self.holders(query.role, owners)
                if holders:
                    groups.append(frozenset(holders))
                else:
                    unknown.append(f"{self._role_label(query.role)} of "
                                   f"{' or '.join(self._country(c) for c in sorted(owners))}")
            elif not named_people and not describes_named:
                holders = self._listed_holder(query.role, focus) if not mentioned - {self.home} else set()
                if not holders and present and focus is not None and focus.meeting in self.kb.meetings:
                    countries = set(focus.countries) | set(self.kb.meetings[focus.meeting].countries) | {self.home}
                    holders = {h for h in self.holders(query.role, countries) if h[1] in present}
                if not holders and not mentioned and focus is not None:
                    # "whats the PM's first name?" after Ukraine's prime minister was asked of: the holder of the post
                    # the conversation had
                    had = {*focus.people, *focus.earlier_people}
                    holders = {h for h in self.holders(query.role, set(self.kb.countries)) if h[1] in had}
                indefinite = span is not None and span[0] > 0 and query.words[span[0] - 1] in ("a", "an", "any") \
                    and not _GOES_ON.match(query.raw.lower())  # ("and a foreign minister?": of the last question's)
                if not holders and (_COUNTRY_ASKED.search(query.raw.lower()) or indefinite and not mentioned):
                    # ("which meetings involved a prime minister?": a holder of the post anywhere)
                    # "which country's deputy foreign minister ...?": the country is what is asked, any one
                    holders = self.holders(query.role, set(self.kb.countries))
                if not holders and not mentioned and focus is not None and not self.holders(query.role, {self.home}):
                    # "who met the president?" in a conversation about Ukraine: a post the home country does not
                    # have is of the partner country the conversation is about
                    holders = self.holders(query.role, set(focus.countries) - {self.home})
                asked = span is not None and span[0] > 0 and query.words[span[0] - 1] in ("which", "what") \
                    and any(m.kind == "country" and m.start > 0 and query.words[m.start - 1] == "to"
                            for m in query.mentions)
                if not holders and asked:
                    # "which leader has been to Japan three times?": a holder of the post from anywhere; the country
                    # is where they went, not theirs
                    holders = self.holders(query.role, set(self.kb.countries))
                if not holders:
                    holders = self.holders(query.role, mentioned or {self.home})
                if holders:
                    groups.append(frozenset(holders))
            before = set(query.words[max(0, span[0] - 3):span[0]]) if span is not None else set()
            if before & _NOW_HOLDER and groups and all(
                    r.as_of is None for g in groups for p, r in self.roles_of(query.role) if ("person", p.id) in g):
                # "the current governor of Rwanda's central bank" of a post the records give only in its history
                unknown.append(f"the current {self._role_label(query.role)}"
                               + (f" of {self._country(min(tied))}" if len(tied) == 1 else ""))
            if before & _LATEST_HOLDER:
                groups = [self._latest(query.role, g) for g in groups]  # "the new foreign minister"
            groups = self._of_gender(query, query.role, groups, unknown)
            if not named_people and span is not None:
                groups = self._by_pronoun_after(query, query.role, groups)
            self._other_posts(query, groups, unknown)
        if not query.role and not named_people:
            generic = self._one_of_a_side(query, focus)
            if generic:
                groups.append(frozenset(generic))
        consumed: frozenset[str] = frozenset()
        if not query.role:
            heads = self._heads(query)
            if not heads and not named_people and not groups:
                heads, consumed = self._by_what_they_do(query)
            if heads and not named_people:
                groups.append(heads)
            elif not heads and query.intent == "who" and (body := _head_asked(query)) is not None:
                # "who heads the bureau Ikegami works in?": a head no record names, whoever else is named
                unknown.append(f"the head of the {body}")
        # "which Japanese ministers met Tajik officials?", "his Tajik counterpart": people of a country none of whose
        # people the records name (a region's countries share one mention: "Central Asian officials" are of any of
        # them; "the G20 leaders" name a gathering the gazetteer also reads as its host country)
        country_mentions = [m for m in query.mentions if m.kind == "country"]
        terms = {(m.start, m.end) for m in query.mentions if m.kind == "term"}
        for at, word in enumerate(query.words):
            group = [m for m in country_mentions if m.end == at] if word in _PEOPLE_OF_A_COUNTRY else []
            named = sorted({m.id for m in group})
            if query.role and query.intent == "yes_no" and word in _COUNTERPART_NOUNS and named \
                    and self.home not in named \
                    and not any((m.start, m.end) in terms for m in group) \
                    and (counterparts := self.holders(query.role, set(named))):
                # "did Japan's foreign minister sit down with his Ukrainian counterpart?": the holder of the same post
                # in that country
                groups.append(frozenset(counterparts))
                continue
            if not named or any((m.start, m.end) in terms for m in group) or self.peopled & set(named) \
                    or self.home in named:
                continue
            # ("his Tajik counterpart" of Japan's foreign minister: the foreign minister of Tajikistan)
            noun = self._role_label(query.role) if query.role and word in _COUNTERPART_NOUNS else word
            said = f"{noun} of {' or '.join(self._country(c) for c in named)}"
            if said not in unknown:
                unknown.append(said)
        for at, word in enumerate(query.words):
            field = query.words[at - 1] if at > 0 and word in _MINISTRY else ""
            if not field.isalpha() or field in _NOT_A_FIELD or any(m.start <= at - 1 < m.end for m in query.mentions):
                continue
            attached = attached_countries(query, at - 1, at + 1)
            if len(attached) > 1 and any(self._has_body(country, field) for country in attached):
                continue  # ("Central Asian foreign ministries": of any of the region's countries)
            for country in attached:
                if not self._has_body(country, field):
                    # "who represented Japan's finance ministry at the talks?": a ministry of that country no record
                    # names, nor anyone of it
                    said = f"{field} {word} of {self._country(country)}"
                    if said not in unknown:
                        unknown.append(said)
        span = phrase_span(_CAPITAL, query.words)
        if span is not None and _word_before(query, span[0]) in _NEAR:
            span = None  # "near the Ukrainian capital": a pointer to where, not a place the records must name
        if span is not None:
            attached = attached_countries(query, *span)
            found: list[frozenset[tuple[str, str]]] = []
            for country in attached:
                capital = self.kb.countries[country].capital if country in self.kb.countries else None
                places = {("place", pl.id) for pl in self.kb.places.values() if capital and pl.name == capital}
                if places:
                    found.append(frozenset(places))
                elif len(attached) == 1:
                    unknown.append(f"the capital of {self._country(country)}")
            if len(attached) > 1 and found:
                # "which Central Asian capital": any of the region's capitals the records hold
                groups.append(frozenset(set().union(*found)))
            elif len(attached) > 1:
                unknown.append("capital of " + " or ".join(self._country(c) for c in attached))
            else:
                groups.extend(found)
        return Described(tuple(groups), tuple(unknown), consumed)

    def _heads(self, query: Query) -> frozenset[tuple[str, str]]:
        """"the head of Uzbekistan's investment ministry": whoever holds a post in the body those words name
        (its title or organisation holds every word, the country's name aside); nobody when no one does."""
        said = " ".join(query.words)
        found = _HEAD_OF.search(said) or _HEADS.search(said)
        if found is None:
            return frozenset()
        countries = {m.id for m in query.mentions if m.kind == "country"}
        # ("the head of the Japanese foreign ministry's bureau" asked by an Uzbek official: the body's country)
        at = len(said[:found.start("body")].split()), len(said[:found.end("body")].split())
        countries = {m.id for m in query.mentions if m.kind == "country" and at[0] <= m.start < at[1]} or countries
        names = {w for c in countries if c in self.kb.countries
                 for n in (self.kb.countries[c].name, *self.kb.countries[c].aliases, *self.kb.countries[c].demonyms)
                 for w in content_stems(n)}
        wanted = set(content_stems(found.group("body"))) - names
        if not wanted:
            return frozenset()
        # ("the deputy head of …" is a deputy's post; "the head of …" is not)
        rank = {stem(w) for w in said[:found.start()].split()[-1:]} & _RANKS
        # (the body's country is the post's, not the holder's: a Japanese banker headed Rwanda's central bank)
        return frozenset(("person", p.id) for p in self.kb.people.values()
                         if any((not countries or r.country in countries or p.country in countries)
                                and wanted <= set(content_stems(f"{r.title} {r.organisation or ''}"))
                                and {stem(w) for w in r.title.lower().split()} & _RANKS == rank for r in p.roles))

    def described_among(self, text: str, among: Iterable[str]) -> list[str]:
        """"the finance guy" after a list of people: those of `among` whose posts or description hold every word
        said before the noun for a person; [] when the text describes no one so."""
        # (among those listed, "the finance one" describes one of them as well as "the finance guy")
        lowered = fold(text).lower()
        found = _THE_WORDS_GUY.search(lowered) or _THE_WORDS_ONE.search(lowered)
        wanted = _what_said(found)
        return [i for i in among if wanted and wanted <= self._what_they_do.get(i, frozenset())]

    def _by_what_they_do(self, query: Query) -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
        """"the central bank guy from Japan": the one person whose posts or description hold every word said before
        the noun for a person (of the country said after "from", if any), and the stems those words used up;
        nobody unless exactly one."""
        found = _THE_WORDS_GUY.search(" ".join(query.words))
        wanted = _what_said(found)
        if found is None or not wanted:
            return frozenset(), frozenset()
        of = from_countries(query)
        fits = [i for i, words in self._what_they_do.items() if (not of or self.kb.people[i].country in of)
                and wanted <= words]
        if len(fits) != 1:
            return frozenset(), frozenset()
        return frozenset({("person", fits[0])}), frozenset({*wanted, *content_stems(found.group(0).split()[-1])})

    def _of_gender(self, query: Query, role: str, groups: list[frozenset[tuple[str, str]]],
                   unknown: list[str]) -> list[frozenset[tuple[str, str]]]:
        """"Japan's female foreign minister": of the holders of that mention of the post, those the records
        call "she"; one whose records give no pronoun is not confirmed to be the one described."""
        said: dict[str | None, str] = {}
        for start, end in phrase_spans(ROLES[role], query.words):
            lead = start
            while lead > max(0, start - 3) and (query.words[lead - 1] in lx.GENDERED
                                                or query.words[lead - 1] in _LATEST_HOLDER):
                lead -= 1
            pronoun = next((lx.GENDERED[w] for w in query.words[lead:start] if w in lx.GENDERED), None)
            if pronoun is not None:
                tied: list[str | None] = [*attached_countries(query, lead, end)] or [None]
                said.update(dict.fromkeys(tied, pronoun))
        if not said:
            return groups
        kept = []
        for group in groups:
            countries = {self.kb.people[p].country for _, p in group if p in self.kb.people}
            pronoun = said.get(None) or next((said[c] for c in sorted(countries) if c in said), None)
            if pronoun is None:
                kept.append(group)
                continue
            fitting = frozenset(h for h in group if self._pronoun(h[1]) == pronoun)
            if fitting:
                kept.append(fitting)
            else:
                unknown.append(f"{'female' if pronoun == 'she' else 'male'} {self._role_label(role)}"
                               + (f" of {self._country(min(countries))}" if len(countries) == 1 else ""))
        return kept

    def _by_pronoun_after(self, query: Query, role: str, groups: list[frozenset[tuple[str, str]]]
                          ) -> list[frozenset[tuple[str, str]]]:
        """"What did Japan's top diplomat condemn when she met …?": of several holders of the post said last before
        a "she" or "he", those the records call so (no narrowing when none fits, or the question uses both)."""
        pronoun = pronoun_used(" ".join(query.words))
        at = next((i for i, w in enumerate(query.words) if lx.PERSON_PRONOUN.fullmatch(w)), None)
        if pronoun is None or at is None or query.words[at] not in ("she", "he", "her", "his"):
            return groups
        before = [span for span in phrase_spans(ROLES[role], query.words) if span[1] <= at]
        if not before:
            return groups
        if query.words[at] in ("her", "his") and not (_SUBJECT_AFTER.intersection(
                query.words[max(0, before[-1][0] - 3):before[-1][0]])
                and query.words[at + 1:at + 2] and query.words[at + 1] in lx.GATHERING_NOUNS):
            # (a "his" or "her" before a noun may be anyone's: "his counterpart" leaves the holder open; before a
            # meeting, after the post the question asks of, "what did Japan's FM condemn in her talks?", the post's)
            return groups
        tied = set(attached_countries(query, *before[-1]))
        kept = []
        for group in groups:
            countries = {self.kb.people[p].country for _, p in group if p in self.kb.people}
            fitting = frozenset(h for h in group if self._pronoun(h[1]) == pronoun)
            kept.append(fitting if fitting and len(group) > 1 and countries <= tied else group)
        return kept

    def _has_body(self, country: str, field: str) -> bool:
        """Whether the records name a body of `country` of the field a word says ("finance" of a finance ministry): a
        post of one of its people, or a term of that country, in whose words it is."""
        wanted = {stem(field), *SYNONYMS.get(stem(field), ())}
        said = [r.title + " " + (r.organisation or "") for p in self.kb.people.values() for r in p.roles
                if r.country == country or p.country == country]
        said += [" ".join((t.name, *t.aliases)) for t in self.kb.terms.values() if country in t.countries]
        return any(wanted & set(content_stems(text)) for text in said)

    def _possessor_countries(self, query: Query, start: int, focus: Focus | None) -> set[str]:
        """The countries of the people of the conversation a "his" or "her" right before a post (`start`) points to:
        those the records call "he" or "she" (all of them when the records give none a pronoun); none when the
        question names a country or the conversation has no one."""
        lead = start - 1 if start > 0 and query.words[start - 1] == "own" else start
        if focus is None or lead < 1 or query.words[lead - 1] not in _POSSESSIVE_PRONOUN \
                or any(m.kind == "country" for m in query.mentions):
            return set()
        people = [p for p in focus.people if p in self.kb.people]
        if any(self._pronoun(p) is not None for p in people):
            people = [p for p in people if self._pronoun(p) == _POSSESSIVE_PRONOUN[query.words[lead - 1]]]
        return {self.kb.people[p].country for p in people}

    def _pronoun(self, person: str) -> str | None:
        found = self.kb.people.get(person)
        return found.pronoun.word if found is not None and found.pronoun is not None else None

    def _one_of_a_side(self, query: Query, focus: Focus | None) -> Group:
        """"the Ukrainian minister", "the Japanese official": the one person of that country, of that kind, in
        the records the conversation is about; nobody when there are none or several (a question on its own
        reads the description as words, which records of that country's people hold)."""
        for m in query.mentions:
            noun = query.words[m.end] if m.kind == "country" and m.end < len(query.words) else ""
            joined = "-".join(query.words[m.end:m.end + 2])
            noun = joined if joined in lx.SIDE_PERSON_NOUNS else noun  # ("co-chair", read as two words)
            after = query.words[m.end + 1:m.end + 3]
            if noun.endswith(("'s", "’s")) and (after[:1] == ("name",) or after == ("full", "name")):
                noun = noun[:-2]  # ("the Kyrgyz minister's name?": the minister, whose name is asked)
            if noun.endswith("'s") or noun not in lx.SIDE_PERSON_NOUNS or m.start == 0 \
                    or query.words[m.start - 1] not in ("the", "that", "this"):
                continue
            fits = lx.SIDE_PERSON_NOUNS[noun]
            if self._of_another_country(query, m.id, focus):
                return set()  # "the Uzbek meeting with the Japanese official" after a Kyrgyz one: not of that one
            people = [p for p in self.kb.people.values() if p.country == m.id
                      and (not fits or any(w in r.key.split("-") for r in p.roles for w in fits))]
            for present in self._in_conversation(focus):
                among = [p for p in people if p.id in present]
                if among:
                    return {("person", among[0].id)} if len(among) == 1 else set()
        return set()

    def _of_another_country(self, query: Query, side: str, focus: Focus | None) -> bool:
        """Whether the question names a partner country the conversation's records are not of: what it
        describes is then of that country's records, not of the conversation's."""
        named = {m.id for m in query.mentions if m.kind == "country"} - {side, self.home}
        if not named or focus is None:
            return False
        held = self.kb.meetings.get(focus.meeting or "")
        return not named <= set(focus.countries) | set(held.countries if held is not None else ())

    def _in_conversation(self, focus: Focus | None) -> list[set[str]]:
        """The people of the meeting the conversation is about, then of the meetings it last showed, then of those
        of its last few answers (not of older ones: "going back to the Kyrgyz minister" after other topics is read by
        its words)."""
        if focus is None:
            return []

        def of(items: tuple[str, ...]) -> set[str]:
            keys = {i.split(":", 1)[1] for i in items if i.startswith("meeting:")}
            return {p for key in sorted(keys) if (m := self.kb.meetings.get(key)) is not None for p in m.participants}

        # (then of the meetings of the last few answers: "what was the Kyrgyz guy thankful for?" after a term his
        # meeting named)
        return [self._present(focus), of((*focus.items, *focus.listed)), of(focus.recent)]

    def _listed_holder(self, role: str, focus: Focus | None) -> set[tuple[str, str]]:
        """"Which officials thanked Japan?" → "and the foreign minister?": the one person of the list just
        shown who holds the post (none when no one or several do)."""
        if focus is None:
            return set()
        shown = {i.split(":", 1)[1] for i in (*focus.items, *focus.listed) if i.startswith("person:")}
        # "Which Ukrainian officials did Japanese ministers meet?" → "the foreign minister — who met him?": the
        # people of the country asked about in the meetings listed
        asked_of = set(focus.countries) - {self.home}
        if not shown and asked_of and not focus.meeting:
            shown = {p for i in (*focus.items, *focus.listed) if i.startswith("meeting:")
                     for p in getattr(self.kb.meetings.get(i.split(":", 1)[1]), "participants", ())
                     if getattr(self.kb.people.get(p), "country", None) in asked_of}
        among = {h for h in self.holders(role, set(self.kb.countries)) if h[1] in shown}
        return among if len(among) == 1 else set()

    def _present(self, focus: Focus | None) -> set[str]:
        """Who took part in the meeting the conversation is about, or in the trip it was part of."""
        meeting = self.kb.meetings.get(focus.meeting or "") if focus is not None else None
        if meeting is None:
            return set()
        trip = self.kb.meetings.get(meeting.trip or "")
        return set(meeting.participants) | (set(trip.participants) if trip is not None else set())

    def _country(self, country: str) -> str:
        found = self.kb.countries.get(country)
        return found.name if found else country

    @staticmethod
    def _role_label(role: str) -> str:
        return role.replace("-", " ")
