"""Names for the evaluation at scale: misspellings of real names and names no record holds.

A misspelling swaps two neighbouring letters or drops one (never the first letter) and is kept
only when the real name is the one word of the knowledge base it is one edit away from, so the
question has a single right reading. An invented name is at least three edits from every word of
every name in the knowledge base, so no spelling correction can honestly reach a real one.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from bot.knowledge.model import KnowledgeBase

#: Lengths of the names misspelt (the short names that are hardest to correct).
MISSPELT_LENGTHS = range(4, 7)
#: Fewest edits between an invented word and any word of a real name.
INVENTED_DISTANCE = 3
_WORD = re.compile(r"[^\W\d_]+")
#: Letters invented names are made of: syllables of a consonant and a vowel, as many real names are.
_CONSONANTS = "bdfgklmnprstvz"
_VOWELS = "aeiou"
_FINALS = ("", "", "n", "r", "s", "k", "l")
#: Countries of fiction; only those far from every real name of the knowledge base are used.
FICTIONAL_COUNTRIES = ("Freedonia", "Latveria", "Genovia", "Wakanda", "Zubrowka", "Elbonia", "Qumar", "Krakozhia",
                       "Sokovia", "Borduria", "Syldavia", "Kasnia", "Markovia", "Grand Fenwick", "Ruritania",
                       "Vulgaria", "Tomainia", "Osterlich", "Carpania", "Pottsylvania")


def fold(text: str) -> str:
    """Lower case, single spaces: how names are compared."""
    return " ".join(text.casefold().split())


def name_words(kb: KnowledgeBase) -> tuple[str, ...]:
    """Every word of every name the knowledge base holds (people, countries, places, terms), sorted."""
    names: list[str] = []
    for person in kb.people.values():
        names.extend((person.name, person.family_name, person.given_name, *person.aliases))
    for country in kb.countries.values():
        names.extend((country.name, *country.aliases, *country.demonyms, country.capital or ""))
    for place in kb.places.values():
        names.extend((place.name, *place.aliases))
    for term in kb.terms.values():
        names.extend((term.name, *term.aliases))
    return tuple(sorted({word for name in names for word in _WORD.findall(fold(name))}))


def misspellings(word: str) -> list[str]:
    """Every swap of two neighbouring (different) letters and every dropped letter, first letter kept."""
    found = []
    for at in range(1, len(word) - 1):
        if word[at] != word[at + 1]:
            found.append(word[:at] + word[at + 1] + word[at] + word[at + 2:])
    found.extend(word[:at] + word[at + 1:] for at in range(1, len(word)))
    return list(dict.fromkeys(w for w in found if w != word))


def misspell(word: str, vocabulary: tuple[str, ...], rng: random.Random) -> str | None:
    """`word` (4 to 6 letters) with one letter swapped or dropped, unambiguous; None when none is."""
    if len(word) not in MISSPELT_LENGTHS or not word.isalpha():
        return None
    candidates = misspellings(word)
    rng.shuffle(candidates)
    for candidate in candidates:
        near = process.extract(fold(candidate), vocabulary, scorer=DamerauLevenshtein.distance, score_cutoff=1,
                               limit=None)
        if [match for match, _, _ in near] == [fold(word)]:
            return candidate
    return None


def is_far(name: str, vocabulary: tuple[str, ...], distance: int = INVENTED_DISTANCE) -> bool:
    """Whether every word of `name` is at least `distance` edits from every word of `vocabulary`."""
    return all(process.extractOne(word, vocabulary, scorer=DamerauLevenshtein.distance,
                                  score_cutoff=distance - 1) is None
               for word in _WORD.findall(fold(name)))


def invented_people(vocabulary: tuple[str, ...], rng: random.Random, count: int) -> list[str]:
    """`count` distinct full names (given and family) far from every real name."""
    found: list[str] = []
    for _ in range(count * 50):
        if len(found) == count:
            break
        name = f"{_invented_word(rng)} {_invented_word(rng)}"
        if name not in found and is_far(name, vocabulary):
            found.append(name)
    return found


def _invented_word(rng: random.Random) -> str:
    syllables = "".join(rng.choice(_CONSONANTS) + rng.choice(_VOWELS) for _ in range(rng.randint(2, 3)))
    return (syllables + rng.choice(_FINALS)).capitalize()


def unknown_countries(vocabulary: tuple[str, ...], candidates: Iterable[str] = FICTIONAL_COUNTRIES) -> list[str]:
    """The fictional countries no name of the knowledge base comes near, in the order given."""
    return [name for name in candidates if is_far(name, vocabulary)]
