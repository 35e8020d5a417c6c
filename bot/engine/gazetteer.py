"""Finding names in a question: exact alias look-up by token n-grams, after spelling correction.

Spelling correction works token by token against the vocabulary of alias tokens, looking only at
words that start with the same letter and have a similar length, so the cost does not grow with a
scan of every alias. Words that are real-world names outside the knowledge base (`Kazakhstan`) and
common English words are never corrected into a known name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.engine.text import COMMON_WORDS, STOPWORDS, tokens


@dataclass(frozen=True)
class Mention:
    """A name found in the question: the entity it names and how sure the match is (0..100)."""

    kind: str
    id: str
    start: int
    end: int
    score: float
    weight: float

    @property
    def exact(self) -> bool:
        return self.score >= 100


def _cutoff(length: int) -> float | None:
    if length >= 7:
        return 80.0
    if length >= 5:
        return 83.0
    return None


#: Lengths of words corrected for one slip of the keyboard, and the certainty such a correction has.
_SHORT_NAME = (4, 6)
#: The letters a transliterated name may write one for another.
_VOWELS = frozenset("aeiouy")
_SLIP_SCORE = 80.0


def _as_sounded(word: str) -> str:
    """A name as it sounds in a transliteration: doubled letters written once, "y" as "i" ("hatory", "hattori")."""
    return re.sub(r"(.)\1+", r"\1", word).replace("y", "i")


def _one_slip(typed: str, known: str) -> bool:
    """Whether `typed` is `known` with two neighbouring letters swapped, one vowel written as another ("kyev" for
    "kiev", as names are transliterated), one letter dropped or added (not a consonant replaced: "kier" is not
    "kiev"), or written as it sounds ("hatory" for "hattori")."""
    if typed != known and _as_sounded(typed) == _as_sounded(known):
        return True
    if len(typed) == len(known):
        diff = [i for i, (a, b) in enumerate(zip(typed, known, strict=False)) if a != b]
        if len(diff) == 1 and diff[0] > 0 and typed[diff[0]] in _VOWELS and known[diff[0]] in _VOWELS:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and typed[diff[0]] == known[diff[1]] \
            and typed[diff[1]] == known[diff[0]]
    short, long_ = (typed, known) if len(typed) < len(known) else (known, typed)
    if len(long_) - len(short) != 1:
        return False
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


class Gazetteer:
    """Aliases of entities, looked up by normalised token sequences."""

    def __init__(self, entries: Iterable[tuple[str, str, str, float]], protected: Iterable[str] = ()) -> None:
        self._aliases: dict[tuple[str, ...], list[tuple[str, str, float]]] = defaultdict(list)
        for kind, entity_id, alias, weight in entries:
            key = tuple(tokens(alias))
            if not key or (len(key) == 1 and key[0] in STOPWORDS):
                continue
            bucket = self._aliases[key]
            if all((k, i) != (kind, entity_id) for k, i, _ in bucket):
                bucket.append((kind, entity_id, weight))
        self.max_len = max((len(k) for k in self._aliases), default=1)
        self.vocabulary = frozenset(t for key in self._aliases for t in key)
        self._protected = frozenset(protected) - self.vocabulary
        self._buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
        for word in sorted(self.vocabulary):  # sorted: ties between corrections resolve the same way every run
            if not word.isdigit():
                self._buckets[(word[0], len(word))].append(word)
        self._corrections: dict[str, tuple[str, float] | None] = {}
        self._ties: dict[str, tuple[str, ...]] = {}
        self._written: dict[tuple[str, str], frozenset[str]] = {}  # filled on first use (`written_as`)

    def written_as(self, kind: str, entity_id: str) -> frozenset[str]:
        """The full-weight aliases an entity is written by, each as its tokens joined by spaces (a person's given
        name alone, a weaker alias, left out)."""
        if not self._written:
            found: dict[tuple[str, str], set[str]] = defaultdict(set)
            for key, bucket in self._aliases.items():
                for k, i, weight in bucket:
                    if weight >= 1.0:
                        found[(k, i)].add(" ".join(key))
            self._written = {e: frozenset(forms) for e, forms in found.items()}
        return self._written.get((kind, entity_id), frozenset())

    def correct(self, word: str) -> tuple[str, float] | None:
        """The known alias word closest to `word`, with its similarity, or None."""
        if word in self.vocabulary:
            return word, 100.0
        if word in self._corrections:
            return self._corrections[word]
        result: tuple[str, float] | None = None
        cutoff = _cutoff(len(word))
        if cutoff is not None and word not in COMMON_WORDS and word not in self._protected and not word.isdigit():
            candidates = [w for n in range(len(word) - 2, len(word) + 3) for w in self._buckets.get((word[0], n), ())]
            found = process.extract(word, candidates, scorer=fuzz.ratio, score_cutoff=cutoff, limit=4)
            if found:
                result = (found[0][0], float(found[0][1]))
                # Equally close words ("masaky": Masaki or Masaya) are kept; the name around decides.
                self._ties[word] = tuple(w for w, score, _ in found if score >= found[0][1] - 0.01)
        if result is None and _SHORT_NAME[0] <= len(word) <= _SHORT_NAME[1] and word not in COMMON_WORDS \
                and word not in self._protected and word.isalpha():
            # Short names: two letters swapped or one dropped or added ("yrok", "kiyv", "zelensy").
            near = sorted(w for n in range(len(word) - 1, len(word) + 2) for w in self._buckets.get((word[0], n), ())
                          if len(w) >= _SHORT_NAME[0] and w + "s" != word and _one_slip(word, w))
            if near:
                result = (near[0], _SLIP_SCORE)
                self._ties[word] = tuple(near[:4])
        if len(self._corrections) < 100_000:
            self._corrections[word] = result
        return result

    def _readings(self, word: str, corrected: tuple[str, float]) -> tuple[str, ...]:
        return self._ties.get(word, (corrected[0],))

    def _keys(self, words: list[str], span: list[tuple[str, float] | None]) -> list[tuple[str, ...]]:
        """The alias keys a span of corrected words may stand for, the best correction first."""
        keys: list[tuple[str, ...]] = [()]
        for word, corrected in zip(words, span, strict=False):
            assert corrected is not None
            readings = self._readings(word, corrected) if corrected[1] < 100 else (corrected[0],)
            keys = [key + (r,) for key in keys for r in readings][:16]
        return keys

    def find(self, words: list[str], *, fuzzy: bool = True) -> list[Mention]:
        """Every alias named in `words`, longest match first, left to right."""
        corrected: list[tuple[str, float] | None] = [
            (self.correct(w) if fuzzy else ((w, 100.0) if w in self.vocabulary else None)) for w in words
        ]
        mentions: list[Mention] = []
        i = 0
        while i < len(words):
            matched = False
            for length in range(min(self.max_len, len(words) - i), 0, -1):
                span = corrected[i:i + length]
                if any(c is None for c in span):
                    continue
                found = None
                for key in self._keys(words[i:i + length], span):
                    found = self._aliases.get(key)
                    if found:
                        break
                if not found:
                    continue
                score = min(c[1] for c in span if c is not None)
                mentions.extend(Mention(kind, entity_id, i, i + length, score, weight)
                                for kind, entity_id, weight in found)
                i += length
                matched = True
                break
            if not matched:
                i += 1
        return mentions
