"""A person named with a post or country the records do not give them: "Kazakhstan's foreign minister
Zheenbek Kulubaev", "Japanese foreign minister Fumio Kishida", "did Biruta attend as Rwanda's finance
minister?". The description is a false premise: it is said to be so, with the post the records do give,
and the question is asked again of the person alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine import describe as d
from bot.engine import lexicon as lx
from bot.engine.query import POST_WORDS, ROLE_PATTERNS, Query
from bot.knowledge.model import KnowledgeBase, Person

#: Words a description of someone may hold beside their post and country.
_LINKING = frozenset({"the", "then", "current", "former", "s"})
#: The words of the posts' names ("foreign", "minister", "top", "diplomat", "of", ...).
#: The longest description, in words ("Uzbekistan's deputy foreign minister").
_LONGEST = 6
#: Words between a name and what the question says the person is ("Kulubaev is Kazakhstan's ...").
_COPULAS = frozenset({"is", "was", "were", "are"})
_ARTICLES = frozenset({"the", "a", "an", "really", "actually", "then"})
#: Nouns of an occasion a post is asked at, right before the name claimed ("… at the Bali meeting Ndagijimana?").
_OCCASION_NOUNS = lx.GATHERING_NOUNS | {"visit", "trip"}

EXAMPLES = ("What did Kamikawa discuss with Belarus's foreign minister Dmytro Kuleba?",
            "When did Japanese foreign minister Fumio Kishida meet Kagame?",
            "Did Vincent Biruta attend the Bali meeting as Rwanda's finance minister?",
            "Was Rwanda's foreign minister at the Bali meeting Uzziel Ndagijimana?")
COUNTEREXAMPLES = ("What did Kamikawa discuss with Ukraine's foreign minister Dmytro Kuleba?",
                   "When did Prime Minister Fumio Kishida meet Kagame?",
                   "Did Vincent Biruta attend the Bali meeting as Rwanda's foreign minister?",
                   "Was Rwanda's foreign minister at the Bali meeting Vincent Biruta?")


@dataclass(frozen=True)
class Misdescribed:
    """One person the question describes otherwise than the records do."""

    person: str
    #: The question's words that describe them (`start`, `end` in `Query.words`).
    start: int
    end: int
    said: str
    #: What the records give: their latest post, with its country.
    given: str
    #: The post the question says (a role key or class of posts), and its country if it says one.
    role: str = ""
    country: str | None = None


def misdescribed(query: Query, kb: KnowledgeBase, outside: dict[str, str]) -> Misdescribed | None:
    """The first person the question names with a post or country the records never give them; None when
    every description fits. `outside` maps the folded names of countries outside the records to their names."""
    words = query.words
    countries_at = {i: m.id for m in query.mentions if m.kind == "country" for i in range(m.start, m.end)}
    countries_at.update({i: "outside:" + w for i, w in enumerate(words) if w in outside and i not in countries_at})
    people = [m for m in query.mentions if m.kind == "person" and m.id in kb.people]
    for mention in people:
        person = kb.people[mention.id]
        if not person.roles:
            continue
        start = mention.start
        while start > 0 and mention.start - start < _LONGEST and _describing(words, countries_at, start - 1):
            start -= 1
        found = _description(words, countries_at, start, mention.start)
        if found is None and "as" in words[mention.end:]:
            at = words.index("as", mention.end)
            if not any(mention.end <= m.start < at for m in people):
                end = at + 1
                while end < len(words) and end - at <= _LONGEST and _describing(words, countries_at, end):
                    end += 1
                found = _description(words, countries_at, at + 1, end)
        if found is None and mention.end < len(words) and (
                words[mention.end] in _COPULAS or query.intent == "yes_no" and words[:1] in (("is",), ("was",))):
            # "Is Kulubaev Kazakhstan's foreign minister?", "Hattori was a Rwandan banker": what follows the name
            at = mention.end + (words[mention.end] in _COPULAS)
            while at < len(words) and words[at] in _ARTICLES:
                at += 1
            end = at
            while end < len(words) and end - at < _LONGEST and _describing(words, countries_at, end):
                end += 1
            found = _description(words, countries_at, at, end)
        before = mention.start - 1  # (courtesy titles before a name are gone: see `chatter.without_honorifics`)
        if found is None and query.intent == "yes_no" and words[:1] in (("is",), ("was",)) \
                and mention.end == len(words) and words[before] in _OCCASION_NOUNS:
            # "Was Rwanda's foreign minister at the Bali meeting Ndagijimana?": the post the question opens with,
            # the name it closes with after the occasion (not "… in the room when Kagame met Kishida?")
            at = 1
            while at < len(words) and words[at] in _ARTICLES:
                at += 1
            end = at
            while end < mention.start and end - at < _LONGEST and _describing(words, countries_at, end):
                end += 1
            found = _description(words, countries_at, at, end) if end > at and not any(
                at <= m.start < end for m in people) else None
        if found is None:
            continue
        role, country, (begin, end) = found
        if any(lx.fits_post(role, r.key) and (country is None or r.country == country) for r in person.roles):
            continue
        said = _said(words, countries_at, begin, end, kb, outside)
        return Misdescribed(person.id, begin, end, said, _given(kb, person), role, country)
    return None


def _said(words: tuple[str, ...], countries_at: dict[int, str], start: int, end: int, kb: KnowledgeBase,
          outside: dict[str, str]) -> str:
    """The description as the question gives it, its country by name ("Kazakhstan's foreign minister")."""
    said: list[str] = []
    for i in range(start, end):
        country = countries_at.get(i)
        if country is not None:
            if i > start and countries_at.get(i - 1) == country:
                continue  # the rest of a country's name of several words
            name = outside.get(country[len("outside:"):], country) if country.startswith("outside:") else (
                kb.countries[country].name if country in kb.countries else country)
            said.append(f"{name}'s")
        elif words[i] not in _LINKING:
            said.append(words[i])
    return " ".join(said)


def _describing(words: tuple[str, ...], countries_at: dict[int, str], i: int) -> bool:
    return words[i] in _LINKING or i in countries_at or words[i] in POST_WORDS


def _description(words: tuple[str, ...], countries_at: dict[int, str], start: int,
                 end: int) -> tuple[str, str | None, tuple[int, int]] | None:
    """The post and country the words `start:end` describe someone by; None when they name no post, or
    several countries."""
    text = " ".join(words[start:end])
    role = next((key for key, pattern in ROLE_PATTERNS if pattern.search(text)), None)
    countries = {countries_at[i] for i in range(start, end) if i in countries_at}
    if role is None or len(countries) > 1:
        return None
    return role, (countries.pop() if countries else None), (start, end)


def _given(kb: KnowledgeBase, person: Person) -> str:
    """The person's latest post as the records give it, with its country when the title does not say it."""
    role = d.latest_role(person)
    if role is None:
        return "no post"
    country = kb.countries.get(role.country)
    names = (country.name, *country.aliases, *country.demonyms) if country else ()
    whose = f" ({country.name})" if country and not any(n.lower() in role.title.lower() for n in names) else ""
    return f"{role.title}{whose}"
