"""References to the records of the last answer: "the second one", "the earlier one", "the other
one", "which of those came first?". They resolve against the records in the order they were shown
(`Focus.items`), never against the knowledge base at large.

Rules are named data with examples; `pick` applies the first rule that matches.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from bot.knowledge.dates import PartialDate
from bot.knowledge.model import Fact, KnowledgeBase, Meeting, Pledge, Term

_ORDINALS = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3,
             "fifth": 4, "5th": 4, "sixth": 5, "6th": 5, "last": -1, "final": -1}
_EARLY = frozenset("earlier earliest older oldest previous prior".split())
_LATE = frozenset("later latest newer newest recent".split())
#: "the second one", "the earlier meeting?" — a noun that names a kind of record only when nothing
#: follows it ("the first visit of a Aurelian minister" asks about every record, not the last answer's).
_NOUN = (r"(?:one|ones|guy|fellow|of (?:them|those|these|the two|the three|both)"
         r"|(?:meeting|record|event|entry|item|visit|fact"
         r"|pledge|talks?|trip|journey|session|summit|forum|embassy|mission|programme|program|agreement|article"
         r"|release)(?=\s*(?:[?.!,]|$|and\b|then\b|(?:start|begin|began|end|last|take|took|happen|occur)\w*\W*$)))")


@dataclass(frozen=True)
class Reference:
    """A record picked from the last answer; `rest` is the question with the reference replaced by
    "it" (None when the message only asks which record it is)."""

    refs: tuple[str, ...]
    rest: str | None
    #: "first" or "last" when the records were picked by order (several when they share the date).
    order: str | None = None


@dataclass(frozen=True)
class ReferenceRule:
    name: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...]


RULES: tuple[ReferenceRule, ...] = (
    ReferenceRule("which of those came first/last", re.compile(
        r"\b(?:which|what) (?:one )?(?:of (?:those|these|them|the two|the three)|one) (?:came|was|is|were|happened|"
        r"took place|opened|started|began|(?:did|does) (?:he|she|they|it) (?:see|meet|visit|hold|attend|do)"
        r"(?: \w+)?)? ?(?:the )?(?P<when>first|earlier|earliest|older|oldest|last|later|latest|newer|newest"
        r"|more recent|most recent)\b"
        r"|\b(?:which|what) (?:one )?(?:was|is|came) the "
        r"(?P<when2>first|earliest|earlier|last|latest|later|most recent) "
        r"(?:one|of (?:them|those|these))\b(?!['’])"),
        ("which of those came first?", "which one was earlier", "which of them happened last?",
         "which of them is the oldest?",
         "which was the last of them?", "which was the earlier one?", "which of the two did he see first?"),
        ("which meeting came first in 2023?",)),
    ReferenceRule("ordinal", re.compile(
        # ("second one?", "first one, what date?": the article left out at the start of a message)
        r"(?:\b(?:the|that|this) |^\W*(?:and |so |ok |now |then )?(?=(?:first|1st|second|2nd|third|3rd|fourth|4th"
        r"|fifth|5th|sixth|6th|last|final) ones?\b))"
        r"(?P<ordinal>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|last|final)"
        r"(?: " + _NOUN + r"\b|(?=\W*$))"),
        ("where was the second one?", "who was at the first meeting?", "tell me about the last one",
         "and in the second?", "second one?"),
        ("what was the first visit of a Aurelian foreign minister?",)),
    ReferenceRule("earlier or later", re.compile(
        r"\b(?:the|that|this) (?P<when>earlier|earliest|older|oldest|previous|prior|later|latest|newer|newest"
        r"|more recent|most recent)(?: " + _NOUN + r"\b|(?=\W*$))"),
        ("and who was at the earlier one?", "what was discussed at the later meeting?", "and the earliest?",
         "who did he meet on the earlier trip?", "where did that later one take place?"),
        ("earlier meetings", "what happened the day before?")),
    ReferenceRule("shorter or longer", re.compile(
        r"(?<!which was )(?<!which is )(?<!which one was )"
        r"\b(?:the|that|this) (?P<length>shorter|shortest|briefer|briefest|longer|longest)"
        r"(?: " + _NOUN + r"\b|(?=\W*$))"),
        ("where was the shorter one held?", "the longer meeting, who took part?", "and the longest?",
         "when did the longer meeting start?"),
        ("which was the longer one?", "the longer term", "a shorter meeting")),
    ReferenceRule("the others", re.compile(r"\bthe (?:other (?P<count>two|three|four|ones)|others"
                                           r"|rest(?: of them)?)\b"),
                  ("what about the others?", "where were the rest of them?", "and the other ones?"),
                  ("another two meetings", "two others")),
    ReferenceRule("the other", re.compile(r"\bthe other(?: " + _NOUN + r")?\b(?! (?:side|country|countries|minister|"
                                          r"president|ministers|person|people)\b)"),
                  ("and the other one?", "where was the other meeting?"),
                  ("who was the other minister?", "the other side")),
    ReferenceRule("each of them", re.compile(
        r"\b(?:each|both)(?: (?:one|of them|of those|of the two|meetings?|visits?))?"
        r"(?= (?:begin|start|end|last|take|happen|open|held|in|at|there|located)\b|\W*$)"
        r"|\b(?:each|both) (?:one|of them|of those|of these|of the two)(?: (?:countries|meetings|visits|trips|talks"
        r"|records|sides|people|ministers|officials|events|embassies|pledges))?\b"
        # "and on which dates?", "what times?": a detail asked in the plural, of the records just listed
        r"|^\W*(?:and |so )?(?:on |at |in )?(?:which|what) (?:dates|days|times|places|cities|venues)\W*$"),
                  ("what time did each one begin?", "when was each of them?", "where were both of them held?",
                   "were both held in Japan?", "and on which dates?", "what times?"),
                  ("did both sides agree?", "what did each side say?")),
)


#: "Each of them" of a longer list is asked as a new question, not of every record shown.
MAX_EACH = 4

POINTS_BACK = re.compile(r"\b(?:it|its|that|this|there|then|they|them|their|he|she|him|her|his)\b")
#: A question set apart from the reference before it by a dash, colon or comma.
_SET_APART = re.compile(r"^\s*(?:[-–—:,;]|\.\.\.)\s*(?P<question>\w.*)$")


def by_length(text: str) -> bool:
    """Whether `text` (lower case) refers to a record by its length: "the shorter one", "the longer meeting"."""
    return any(rule.name == "shorter or longer" and rule.pattern.search(text) for rule in RULES)


def points_to_the_other(text: str) -> bool:
    """Whether `text` (lower case) points to the rest of a list: "the other one", "the others"."""
    return any(rule.name in ("the other", "the others") and rule.pattern.search(text) for rule in RULES)


def pick(text: str, items: tuple[str, ...], current: str | None,
         date_of: Callable[[str], PartialDate | None],
         length_of: Callable[[str], int | None] = lambda ref: None) -> Reference | None:
    """The record of `items` that `text` refers to, or None when it refers to none of them (`length_of` gives
    a record's length in minutes, for "the shorter one")."""
    if len(items) < 2:
        return None
    lowered = text.lower()
    for rule in RULES:
        match = rule.pattern.search(lowered)
        if match is None:
            continue
        refs = _by_length(match, items, length_of) if rule.name == "shorter or longer" else \
            _resolve(rule.name, match, items, current, date_of)
        if not refs:
            # "the other one" of three: a reference to the list that fits none of it alone (no refs)
            return Reference((), None) if rule.name == "the other" else None
        if rule.name == "the other" and not _of_the_kind_named(lowered[match.end():], refs):
            return None  # ("and the other programme they mentioned?" of a program and a meeting: another program)
        order = None
        if rule.name in ("which of those came first/last", "earlier or later"):
            when = (match.groupdict().get("when") or match.group("when2")).split()[-1]
            order = "first" if when in _EARLY or when == "first" else "last"
        if rule.name == "which of those came first/last":
            return Reference(refs, None, order)
        after = _SET_APART.match(lowered[match.end():])
        # ("and the later one - why was she there?": a leading "and" sets nothing apart)
        if after is not None and not _LEADING_AND.sub("", lowered[: match.start()]).strip(" ,.-–—:;!?"):
            # "the first one - who represented Japan?": a question of its own about that record
            return Reference(refs, asked_of_it(after.group("question").strip()), order)
        after_match = lowered[match.end():]
        owner = re.match(r"['’]s\b", after_match)  # "the first one's portfolio": its portfolio
        pointer = "its" if owner else "it"
        rest = (lowered[: match.start()] + pointer + after_match[owner.end() if owner else 0:]).strip()
        if not owner and not lowered[: match.start()].strip(" ,.-–—:;!?") and _CLAIMED_FRAGMENT.match(after_match):
            rest = f"was it {after_match.strip()}"  # ("both in 2023?": a claim of each, "was it in 2023?")
        return Reference(refs, rest, order)
    return None


#: Nouns of a kind of record, and the kinds of item each names ("the other programme": a term, not a meeting).
_KIND_NOUNS = {**dict.fromkeys(("meeting", "meetings", "visit", "talks", "trip", "journey", "session", "summit"),
                               ("meeting:",)),
               "pledge": ("pledge:",), **dict.fromkeys(("programme", "program", "project", "scheme", "initiative"),
                                                      ("term:", "fact:"))}


def _of_the_kind_named(after: str, refs: tuple[str, ...]) -> bool:
    """Whether the records picked by "the other" are of the kind the noun after it names ("the other programme"
    of a meeting is not), or no such noun follows."""
    noun = re.match(r"\s+([a-z]+)", after)
    kinds = _KIND_NOUNS.get(noun.group(1)) if noun is not None else None
    return kinds is None or all(ref.startswith(kinds) for ref in refs)


def asked_of_it(question: str) -> str:
    """A question about a record picked from a list, made to point back to it ("… in it?") unless its
    own words do already ("who represented Japan" → "who represented Japan in it?")."""
    # ("who was there?" of a meeting picked: at that meeting, not at every meeting held where it was)
    question = re.sub(r"\bthere(?=\W*$)", "at it", question)
    if _CLAIMED_FRAGMENT.match(question):
        return f"was it {question.strip()}"  # ("both in 2023?": a claim of each, "was it in 2023?")
    return question if POINTS_BACK.search(question) else question.rstrip(" ?.!") + " in it?"


#: "and the later one - …": words that lead into a reference and set nothing apart.
_LEADING_AND = re.compile(r"^\W*(?:and|so|ok|okay|now|then)\b")
#: "both in 2023?", "each in Japan?": what is said of the records picked, a claim without its verb.
_CLAIMED_FRAGMENT = re.compile(r"^\W*(?:in|on|at|during|before|after|held in|held on)\b[^?]*\?\W*$")


def _by_length(match: re.Match[str], items: tuple[str, ...],
               length_of: Callable[[str], int | None]) -> tuple[str, ...]:
    """"The shorter one": the records of `items` of least (or most) length, when every one gives a length."""
    lengths = [(n, i) for i in items if (n := length_of(i)) is not None]
    if len(lengths) < 2 or len(lengths) < len(items):
        return ()
    short = match.group("length") in ("shorter", "shortest", "briefer", "briefest")
    target = min(n for n, _ in lengths) if short else max(n for n, _ in lengths)
    return tuple(i for n, i in lengths if n == target)


def _resolve(rule: str, match: re.Match[str], items: tuple[str, ...], current: str | None,
             date_of: Callable[[str], PartialDate | None]) -> tuple[str, ...]:
    """The records meant, in the order shown; several when they share the date asked for."""
    if rule == "ordinal":
        position = _ORDINALS[match.group("ordinal")]
        return (items[position],) if -len(items) <= position < len(items) else ()
    if rule == "each of them":
        return items if len(items) <= MAX_EACH else ()
    if rule == "the others":
        # all but the one the last answer was about (the first shown, when it names none)
        rest = tuple(i for i in items if i != (current or items[0]))
        wanted = {"two": 2, "three": 3, "four": 4}.get(match.group("count") or "")
        return rest if wanted is None or wanted == len(rest) else ()
    if rule == "the other":
        others = [i for i in items if i != current]
        return (others[0],) if len(others) == 1 else ()
    when = (match.groupdict().get("when") or match.group("when2")).split()[-1]
    dated = [(d, i) for i in items if (d := date_of(i)) is not None]
    if len(dated) < 2 or len(dated) < len(items):
        return ()
    early = when in _EARLY or when == "first"
    # A date known only to the month is earlier than another only when its last day is.
    key: Callable[[PartialDate], dt.date] = (lambda d: d.last_day()) if early else (lambda d: d.first_day())
    target = min(key(d) for d, _ in dated) if early else max(key(d) for d, _ in dated)
    return tuple(i for d, i in dated if key(d) == target)


def record_date(kb: KnowledgeBase, ref: str) -> PartialDate | None:
    """The date of a record named `kind:id`, when it has one."""
    kind, _, key = ref.partition(":")
    tables: dict[str, Mapping[str, Meeting | Fact | Pledge | Term]] = {
        "meeting": kb.meetings, "fact": kb.facts, "pledge": kb.pledges, "term": kb.terms}
    record = tables.get(kind, {}).get(key)
    date = getattr(record, "date", None)
    return date if isinstance(date, PartialDate) else None


def record_length(kb: KnowledgeBase, ref: str) -> int | None:
    """The length in minutes of a meeting named `meeting:id`, when its record gives one."""
    kind, _, key = ref.partition(":")
    meeting = kb.meetings.get(key) if kind == "meeting" else None
    return meeting.duration_minutes if meeting is not None else None
