"""People named in a sentence: who they are (a known person or a new one), their post and country.

    mentions = find_people(sentence, lexicon, local)

A name is a run of one to three capitalised words that are not posts, organisations, months,
countries or places (`Amara QUELLIN`, `Takemori Kenji`, `@takemori_k`). A run counts as a person
when the knowledge base (or an earlier sentence of the same document) knows it, when a post stands
next to it (`Prime Minister Lina Harvo`, `Ivo Brant, the head of ...`, `the Minister of
Finance, Dr. Tarek Oduya`) or when an honorific precedes it (`H.E.`, `Mr.`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.knowledge.draft.dates import MONTHS
from bot.knowledge.draft.lexicon import Lexicon, fold
from bot.knowledge.draft.posts import ORG_WORDS, POST_HEADS, POST_WORDS

#: Capitalised words that begin sentences or clauses and are never names.
NOT_NAMES = frozenset({
    "the", "a", "an", "on", "in", "at", "during", "before", "after", "this", "that", "these", "his", "her", "their",
    "both", "two", "following", "over", "areas", "steering", "read", "back", "press", "releases", "follow",
    "comments", "details", "and", "of", "for", "to", "with", "by", "from", "as", "it", "he", "she", "they", "we",
    "i", "mr", "ms", "dr", "h.e", "according", "also", "outset", "general", "embassy", "asia",
    "while", "however", "meanwhile", "today", "yesterday", "overview", "photo", "ministers", "leaders",
})  # fmt: skip

#: How close (0..100) a one-word name must be to a name written earlier to be read as its spelling variant.
SPELLING_CUTOFF = 80.0
_NAME_TOKEN = re.compile(r"@\w+|[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*|[A-Z]{2,}(?:-[A-Z]+)*")
_HONORIFIC = re.compile(r"(?:(?:H\.E\.|Mr\.|Ms\.|Mrs\.|Dr\.|Prof\.|Excellency)\s+)+$")
_CAP = r"(?:[A-Z][\w'’&.-]*|\(\w+\))"


def _capital(word: str) -> str:
    return "-".join(part.capitalize() for part in word.split("-"))


_ORG_CAP = "(?:" + "|".join(sorted(_capital(w) for w in ORG_WORDS)) + ")"
# Longest first, so that a head is not cut short by a shorter one; alphabetical within a length.
_HEADS = "(?:" + "|".join(sorted({_capital(h) for h in POST_HEADS} | {"head", "PM", "FM"},
                                 key=lambda head: (-len(head), head))) + ")"
_CHAIN = rf"(?:\s+(?:of|for|to|in)\s+(?:the\s+)?{_CAP}(?:\s+(?:{_CAP}|and|of|the)|,\s+(?:and\s+)?{_ORG_CAP})*)*"
_TITLE = rf"(?:[A-Z][\w'’-]*\s+)*?{_HEADS}(?:[- ][A-Z][\w-]*)*?{_CHAIN}"
_LEFT_TITLE = re.compile(rf"(?P<title>{_TITLE})(?P<comma>\s*,)?\s*$")
_RIGHT_TITLE = re.compile(rf"^\s*,\s*(?:the\s+|The\s+)?(?P<title>{_TITLE})"
                          r"(?=\s*[,.;)]|\s+(?:who|and|in|on|held|met)\b|$)")
_OF_COUNTRY = re.compile(rf"^\s+of\s+(?P<country>(?:the\s+)?{_CAP}(?:\s+{_CAP})*)")


@dataclass(frozen=True)
class Mention:
    """A person named in a sentence."""

    person: str | None  # the id of a known person, or None for a new one
    name: str  # as written
    start: int
    end: int
    title: str | None = None
    country_text: str | None = None  # where the post or the text says which country they serve


@dataclass
class LocalNames:
    """Names of people drafted from earlier sentences of the same document: folded name -> draft key."""

    names: dict[str, str]

    def find(self, text: str) -> str | None:
        """The draft key of `text`: a form written before, or a spelling of one (`Quelin`, `QUELLIN`)."""
        folded = fold(text)
        found = self.names.get(folded)
        if found is not None or " " in folded or len(folded) < 5:
            return found
        close = process.extractOne(folded, [n for n in self.names if " " not in n], scorer=fuzz.ratio,
                                   score_cutoff=SPELLING_CUTOFF)
        return self.names[close[0]] if close else None


def _is_name_word(word: str, lexicon: Lexicon) -> bool:
    folded = fold(word)
    if word.startswith("@"):
        return True
    bare = folded.rstrip("s") if folded.endswith("s") and folded[:-1] in POST_WORDS else folded
    if bare in POST_WORDS or folded in ORG_WORDS or folded in NOT_NAMES or folded in MONTHS:
        return False
    return not (lexicon.country(word) or folded in lexicon.terms)


def _is_place_word(word: str, lexicon: Lexicon) -> bool:
    """A place's name, which is a person's name only beside another name word (`Santiago Castillo`)."""
    folded = fold(word)
    return folded in lexicon.places or folded in lexicon.capitals or folded in lexicon.world


def _runs(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Spans of one to three consecutive name words separated by single spaces; places alone are not names."""
    spans = _word_runs(text, lexicon)
    return [(a, b) for a, b in spans if not all(_is_place_word(w, lexicon) for w in text[a:b].split())
            and fold(text[a:b]) not in lexicon.places]


def _word_runs(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    runs: list[list[int]] = []
    for m in _NAME_TOKEN.finditer(text):
        if not _is_name_word(m.group(0), lexicon):
            continue
        if m.start() > 0 and text[m.start() - 1] in "-–'’":
            continue
        if runs and runs[-1][1] == m.start() - 1 and text[m.start() - 1] == " " and \
                (runs[-1][2] < 3):
            runs[-1][1], runs[-1][2] = m.end(), runs[-1][2] + 1
        else:
            runs.append([m.start(), m.end(), 1])
    return [(a, b) for a, b, _ in runs]


def find_people(text: str, lexicon: Lexicon, local: LocalNames) -> list[Mention]:
    """The people named in `text`, in order."""
    found: list[Mention] = []
    for start, end in _runs(text, lexicon):
        if text[end - 2:end] in ("'s", "’s"):
            end -= 2  # "Minister Quellin's first visit"
        name = text[start:end]
        before, after = text[:start], text[end:]
        honorific = _HONORIFIC.search(before)
        head = before[: honorific.start()] if honorific else before
        left = _LEFT_TITLE.search(head)
        right = _RIGHT_TITLE.search(after)
        title = (left.group("title") if left and (honorific or left.group("comma") or _adjacent(head, left)) else None)
        if title is None and right:
            title = right.group("title")
        known = lexicon.people.get(fold(name)) or local.find(name)
        single = " " not in name and not name.startswith("@")
        if left and not left.group("comma") and _adjacent(head, left) and not _ends_in_post(left.group("title")):
            left = None
            title = right.group("title") if right else None
        if single and not known and not (left and not left.group("comma") and _adjacent(head, left)):
            continue
        if not known and not title and not honorific:
            continue
        if single and not known and _joined(text, start, end):
            continue
        of = _OF_COUNTRY.match(after)
        country_text = of.group("country") if of and lexicon.country(of.group("country")) else None
        found.append(Mention(lexicon.people.get(fold(name)), name, start, end,
                             _clean_title(title), country_text))
    return found


def _ends_in_post(title: str) -> bool:
    """`President`, `Foreign Minister`: a title that can stand right before a name."""
    last = fold(title.split()[-1]) if title.split() else ""
    return last in POST_HEADS or last.rstrip("s") in POST_HEADS


def _adjacent(head: str, left: re.Match[str]) -> bool:
    return left.end() == len(head) and (not head or head[-1] == " ")


def _joined(text: str, start: int, end: int) -> bool:
    """A single word glued to another capitalised word (`Joyce Brant`): part of a longer name."""
    before = re.search(r"([A-Z][a-z]+)\s$", text[:start])
    return bool(before and fold(before.group(1)) not in POST_WORDS)


def _clean_title(title: str | None) -> str | None:
    if title is None:
        return None
    title = re.sub(r"^(?:[Tt]he)\s+", "", title.strip().rstrip(",.;"))
    return title or None


def split_name(name: str) -> tuple[str, str, str]:
    """(display name, family name, given name) of a name as written: `TAKEMORI Kenji` -> Kenji Takemori.

    A word in capitals is the family name; otherwise the last word is.
    """
    words = name.split()
    capitals = [w for w in words if w.isupper() and len(w) > 1]
    if capitals and len(words) > 1:
        family = capitals[0]
        given = " ".join(w for w in words if w is not family)
    else:
        family, given = words[-1], " ".join(words[:-1])
    family = family.capitalize() if family.isupper() else family
    given = given or family
    return f"{given} {family}" if given != family else family, family, given
