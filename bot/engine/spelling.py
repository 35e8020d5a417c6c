"""Spelling correction of ordinary words against the knowledge base's own vocabulary.

"helpin", "upcomin", "generaters": a word the records never use, close to one they do, is read as
that word. Like name correction, only words with the same first letter and a similar length are
compared, so the cost does not grow with the vocabulary.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA
from spellchecker import SpellChecker

from bot.engine.text import STOPWORDS, stem

#: How alike a word must be to a known one (rapidfuzz ratio, 0..100) to be read as it.
MIN_SIMILARITY = 84.0
#: How alike a longer word must be to a word of the records to be read as it before any English word is tried.
NEAR_SIMILARITY = 80.0
_MIN_LENGTH = 5
#: How long a word must be to be read as a known word with two vowels more ("indepndnce").
_TWO_LOST_LENGTH = 8
#: A clipped word ("congrat", "appt"): how long it must be, and how many words of the records may start with it.
_CLIPPED_LENGTH = 6
_CLIPPED_MOST = 4
#: How often a word must occur in the English word list to be a word of its own rather than a slip
#: ("reasons" is no misspelling of "response"; "minster" and "meting", rare there, are slips).
ENGLISH_MIN_COUNT = 300


#: How often a word must occur in the English word list to be an everyday word ("island", "reunion"), which a
#: question uses for itself, never as another name of a country.
EVERYDAY_MIN_COUNT = 5000


def _two_vowels_lost(word: str, known: str) -> bool:
    """Whether `word` is `known` with two of its vowels left out ("indepndnce" of "independence")."""
    return any(known[:i] + known[i + 1:j] + known[j + 1:] == word
               for i in range(len(known)) if known[i] in "aeiou"
               for j in range(i + 1, len(known)) if known[j] in "aeiou")


@lru_cache(maxsize=1)
def _english() -> tuple[frozenset[str], frozenset[str]]:
    """The English words (see `english_words`) and the everyday ones among them, read in one pass."""
    counted = _checker().word_frequency.items()  # one word list, read once, for both
    words = [(w, count) for w, count in counted if count >= ENGLISH_MIN_COUNT]
    return frozenset(w for w, _ in words), frozenset(w for w, count in words if count >= EVERYDAY_MIN_COUNT)


def english_words() -> frozenset[str]:
    """Common English words, from pyspellchecker's word list (installed with the package; nothing is
    downloaded)."""
    return _english()[0]


def everyday_words() -> frozenset[str]:
    """The English words most often used (`EVERYDAY_MIN_COUNT`)."""
    return _english()[1]


@lru_cache(maxsize=1)
def _checker() -> SpellChecker:
    """The one spell checker (its word list takes half a second to read: read once, at start-up)."""
    return SpellChecker(distance=1)


def _english_slip(word: str) -> str:
    """The common English word one edit away from `word` ("alredy" → "already"), or `word` itself when
    there is none or more than one as likely."""
    checker = _checker()
    found = sorted(((checker.word_frequency[w], w) for w in checker.candidates(word) or () if w in english_words()),
                   key=lambda c: (-c[0], c[1]))
    if not found or found[0][1] == word or len(found) > 1 and found[1][0] == found[0][0]:
        return word  # (two as likely: neither is picked, whatever order the set holds them in)
    return found[0][1]


#: The vowels a chat spelling leaves out.
_VOWELS = re.compile(r"[aeiouy]")


class Speller:
    def __init__(self, vocabulary: Iterable[str], protected: Iterable[str] = (), stems: Iterable[str] = ()) -> None:
        stems = frozenset(stems)
        # Stems are candidates too: "reviw" is read as "review" when the records only say "reviewing".
        self._known = (frozenset(vocabulary) | {s for s in stems if s.isalpha() and len(s) >= _MIN_LENGTH}) - STOPWORDS
        self._protected = frozenset(protected) | STOPWORDS
        #: A form the records do not use of a word they do ("thank" beside "thanked") is no typo.
        self._stems = stems
        self._buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
        # sorted: ties resolve the same way every run, and a clipped word finds the words it starts by bisection
        self._sorted = tuple(sorted(w for w in self._known if w.isalpha()))
        for word in self._sorted:
            self._buckets[(word[0], len(word))].append(word)
        self._cache: dict[tuple[str, bool], str] = {}
        #: Each known word by its consonants ("thanked" → "thnkd"), for chat spellings without vowels; built the
        #: first time one is read (most questions have none).
        self._skeletons: dict[str, set[str]] | None = None

    def _by_skeleton(self) -> dict[str, set[str]]:
        """The known words by their consonants, built once."""
        if self._skeletons is None:
            skeletons: dict[str, set[str]] = defaultdict(set)
            for word in self._sorted:
                if len(word) >= _MIN_LENGTH + 1:
                    skeletons[_VOWELS.sub("", word)].add(word)
            self._skeletons = skeletons
        return self._skeletons

    def _clipped(self, word: str) -> str | None:
        """"congrat" → "congratulate": the one word (by stem) the records use that `word` is the start of, at
        least `_CLIPPED_LENGTH` letters; None when none or several."""
        if len(word) < _CLIPPED_LENGTH:
            return None
        at = bisect.bisect_left(self._sorted, word)
        longer: list[str] = []
        while at < len(self._sorted) and self._sorted[at].startswith(word) and len(longer) <= _CLIPPED_MOST:
            longer.append(self._sorted[at])
            at += 1
        if not longer or len(longer) > _CLIPPED_MOST or len({stem(w) for w in longer}) != 1:
            return None
        return min(longer, key=lambda w: (len(w), w))

    def correct(self, word: str, *, english: bool = True) -> str:
        """The known word `word` most likely means; `word` itself when it is known or nothing is close.
        `english`: a slip of a common English word is read as that word too (not for a capitalised word,
        which may be a misspelt name: "Jhoan" is no "Joan" of the records)."""
        if (word in self._known or word in self._protected or len(word) < _MIN_LENGTH or not word.isalpha()
                or stem(word) in self._stems or word in english_words()):
            return word
        if word.endswith("in") and (stem(word + "g") in self._stems or word + "g" in STOPWORDS):
            return word + "g"  # chat spelling: "helpin", "upcomin", "anythin"
        cached = self._cache.get((word, english))
        if cached is not None:
            return cached
        if not _VOWELS.search(word) and len(word) >= _MIN_LENGTH:
            # "thnkd", "octbr": a word written without its vowels, read as the one word the records use so spelt
            spelt = self._by_skeleton().get(word, set())
            if len({stem(w) for w in spelt}) == 1:
                result = min(spelt, key=lambda w: (len(w), w))
                self._cache[(word, english)] = result
                return result
        # (a long word may have lost two letters in chat: "indepndnce")
        candidates = [w for n in (len(word) - 1, len(word), len(word) + 1) for w in self._buckets.get((word[0], n), ())]
        if len(word) >= _TWO_LOST_LENGTH:
            # (a long word that lost two vowels in chat: "indepndnce"; a slip of other letters is a word of its own)
            candidates += [w for w in self._buckets.get((word[0], len(word) + 2), ()) if _two_vowels_lost(word, w)]
        best = process.extractOne(word, candidates, scorer=fuzz.ratio, score_cutoff=MIN_SIMILARITY)
        result = best[0] if best else word
        if len(word) < 6 and result[:2] != word[:2]:
            result = word  # a short word unlike a known one from its second letter is a word of its own ("spend")
        if result == word and best is None and len(word) >= 6:
            # "crains": a word the records use, a little less alike, before an English word it is one letter from
            # ("brains"); the question is asked of the records
            near = process.extractOne(word, candidates, scorer=fuzz.ratio, score_cutoff=NEAR_SIMILARITY)
            result = near[0] if near is not None and near[0][:3] == word[:3] else word
        if result == word:
            result = self._clipped(word) or result  # ("what did he congrat her on?")
        if result == word and len(word) >= _MIN_LENGTH:
            # "theem": two letters swapped in the one word of the records so slipped ("theme"), before an English
            # word a letter away ("them")
            swapped = [w for w in candidates if OSA.distance(word, w) == 1 and sorted(w) == sorted(word)]
            result = swapped[0] if len(swapped) == 1 else result
        if result == word and english:
            result = _english_slip(word)  # "alredy", "deliverd": a slip of an English word the records do not use
        if len(self._cache) < 100_000:
            self._cache[(word, english)] = result
        return result
