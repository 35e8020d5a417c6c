"""The people and countries a document introduces, gathered sentence by sentence before they are written.

Known people are referred to by their id; a new person gets a draft key (`new:<folded name>`) and
is known by every form the document writes (`Amara QUELLIN`, `Quellin`) from then on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.knowledge.draft.lexicon import Lexicon, fold
from bot.knowledge.draft.people import LocalNames, Mention, find_people, split_name
from bot.knowledge.draft.posts import ORG_WORDS, POST_WORDS
from bot.knowledge.draft.sentences import Sentence

NEW = "new:"


@dataclass
class NewPerson:
    """A person the knowledge base does not know yet."""

    key: str
    name: str
    family: str
    given: str
    written: list[str]
    quote: str
    title: str | None = None
    role_quote: str | None = None
    country: str | None = None  # a known country id, or NEW + name of a country to draft
    country_note: str | None = None
    given_missing: bool = False


@dataclass
class NewCountry:
    name: str
    quote: str
    aliases: list[str] = field(default_factory=list)  # other forms written: `Republic of Veloria`


@dataclass
class Registry:
    """New people and countries of one document, and the names that find them."""

    lexicon: Lexicon
    people: dict[str, NewPerson] = field(default_factory=dict)
    countries: dict[str, NewCountry] = field(default_factory=dict)
    local: LocalNames = field(default_factory=lambda: LocalNames({}))
    known_posts: dict[str, tuple[str, str]] = field(default_factory=dict)  # known person id -> (post, sentence)

    def collect(self, sentences: list[Sentence]) -> None:
        """First pass: every new person named with a post or an honorific; full names first, so that a
        headline's `Foreign Minister Takemori` is the `TAKEMORI Kenji` of the text below it."""
        for full_names in (True, False):
            for sentence in sentences:
                for mention in find_people(sentence.text, self.lexicon, self.local):
                    if mention.person is None and (" " in mention.name) == full_names:
                        self._add(mention, sentence.text)
                    elif mention.person is not None and mention.title and full_names:
                        self.known_posts.setdefault(mention.person, (self._post(mention.title), sentence.text))
        for sentence in sentences:
            self._unqualified_posts(sentence)

    def _unqualified_posts(self, sentence: Sentence) -> None:
        """Countries of posts that name none, from the people around them in the sentence.

        `Velorian President A and Prime Minister B`: B, joined by `and`, shares A's country. A post
        naming no country beside one naming a foreign country, and none naming the home country, is
        the home side's own (press releases qualify only the other side's posts).
        """
        mentions = self.mentions(sentence)
        countries = [self.country_of(k) for k, _ in mentions]
        home = self.lexicon.home
        foreign = any(c and c != home for c in countries) and home not in countries
        for index, (key, mention) in enumerate(mentions):
            person = self.people.get(key)
            if person is None or person.country is not None:
                continue
            if index and countries[index - 1] and re.match(r"\s*(?:,\s*)?and\b",
                                                           sentence.text[mentions[index - 1][1].end:mention.start]):
                person.country = countries[index - 1]
                person.country_note = ("The country is not written with the name; it is that of the person named "
                                       "before it.")
            elif foreign and person.title:
                person.country = home
                person.country_note = (f'The post ("{person.title}") names no country while the other side\'s '
                                       "does: read as the home country's own post.")

    def mentions(self, sentence: Sentence) -> list[tuple[str, Mention]]:
        """(participant key, mention) of every person the sentence names."""
        found = []
        for mention in find_people(sentence.text, self.lexicon, self.local):
            key = mention.person or self.local.find(mention.name)
            if key is not None:
                found.append((key, mention))
        return found

    def main_country(self, text: str) -> str | None:
        """The foreign country the document names most often (known or new), the first one on a tie."""
        counts: dict[str, int] = {}
        for m in re.finditer(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?", text):
            for words in (m.group(0), m.group(0).split(" ")[0]):
                found = self.country_named(words)
                if found and found != self.lexicon.home:
                    counts[found] = counts.get(found, 0) + 1
                    break
        return max(counts, key=lambda c: counts[c]) if counts else None

    def country_named(self, text: str) -> str | None:
        """A known country's id or a new country's key for `text`."""
        return self.lexicon.country(text) or (NEW + fold(text) if fold(text) in self.countries else None)

    def country_of(self, key: str) -> str | None:
        """The country (id or new-country key) of a participant, if known."""
        if key.startswith(NEW):
            return self.people[key].country
        return self.lexicon.person_country.get(key)

    def _add(self, mention: Mention, sentence: str) -> None:
        if mention.name.startswith("@"):
            return  # a social-media handle is an alias to add by hand, never a name
        key = self.local.find(mention.name)
        person = self.people.get(key) if key else None
        if person is None:
            name, family, given = split_name(mention.name)
            key = NEW + fold(name)
            person = self.people.setdefault(key, NewPerson(key, name, family, given, [], sentence,
                                                           given_missing=" " not in mention.name))
            self._names(person)
        if mention.name not in person.written:
            person.written.append(mention.name)
            self.local.names.setdefault(fold(mention.name), person.key)
        title, country = self._split_title(mention.title, sentence)
        if person.title is None and title:
            person.title, person.role_quote = title, sentence
        if person.country is None:
            person.country = country or self._country(mention, sentence)

    def _post(self, title: str) -> str:
        """`Japanese Foreign Minister` -> `Foreign Minister`: the post without a leading known country."""
        first, _, rest = title.partition(" ")
        return rest if rest and self.lexicon.country(first.removesuffix("’s").removesuffix("'s")) else title

    def _split_title(self, title: str | None, sentence: str) -> tuple[str | None, str | None]:
        """`Velorian President` -> (`President`, veloria): a leading demonym or country names the country."""
        if not title:
            return None, None
        first, _, rest = title.partition(" ")
        if not rest:
            return title, None
        known = self.lexicon.country(first)
        if known:
            return rest, known
        world = self.lexicon.world.get(fold(first).removesuffix("'s"))
        if world:
            self.countries.setdefault(fold(world), NewCountry(world, sentence))
            return rest, NEW + fold(world)
        return title, None

    def _names(self, person: NewPerson) -> None:
        for form in (person.name, f"{person.family} {person.given}", person.family):
            folded = fold(form)
            if folded not in self.lexicon.people:
                self.local.names.setdefault(folded, person.key)

    def _country(self, mention: Mention, sentence: str) -> str | None:
        if mention.country_text:
            return self.lexicon.country(mention.country_text)
        title = mention.title or ""
        known = _last_country(title, self.lexicon)
        if known:
            return known
        before = sentence[: mention.start]
        possessive = re.search(r"([A-Z][\w-]*(?: [A-Z][\w-]*)?)['’]s\s+(?:[a-z]+\s+)?(?:[A-Z][\w-]*\s+)*$",
                               before[: before.rfind(title) if title and title in before else len(before)])
        if possessive and self.lexicon.country(possessive.group(1)):
            return self.lexicon.country(possessive.group(1))
        side = re.search(r"\bOn the (\w+(?: \w+)?) side\b", sentence)
        if side and self.lexicon.country(side.group(1)):
            return self.lexicon.country(side.group(1))
        unknown = re.search(r"\bof\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s?){1,3})$", title)
        if unknown and _country_like(unknown.group(1).split()):
            name = unknown.group(1).strip()
            country = self.countries.setdefault(fold(name), NewCountry(name, sentence))
            formal = re.search(rf"\b((?:[A-Z]\w+ )?(?:Republic|Kingdom|State|Federation|Union) of "
                               rf"(?:the )?{re.escape(name)})$",
                               title)
            if formal and formal.group(1) not in country.aliases:
                country.aliases.append(formal.group(1))
            return NEW + fold(name)
        return None


#: Words that end a country's formal name (`the Kyrgyz Republic`).
STATE_WORDS = frozenset({"republic", "kingdom", "federation", "state", "states", "emirates", "islands"})


def _country_like(words: list[str]) -> bool:
    """Capitalised words that can be a country's name: no organisation or post words, bar a state word."""
    named = [w for w in words if fold(w) not in STATE_WORDS]
    return bool(named) and not any(fold(w) in ORG_WORDS or fold(w) in POST_WORDS for w in named)


def _last_country(title: str, lexicon: Lexicon) -> str | None:
    """The last country a title names (`... of the Ministry of Foreign Affairs of Zembla` -> zembla)."""
    title = re.split(r"\s+to\s+", title, maxsplit=1)[0]  # `Ambassador of Zembla to Veloria` serves Zembla
    words = title.replace(",", " ").split()
    for end in range(len(words), 0, -1):
        for size in (4, 3, 2, 1):
            if end - size < 0:
                continue
            found = lexicon.country(" ".join(words[end - size:end]))
            if found:
                return found
    return None
