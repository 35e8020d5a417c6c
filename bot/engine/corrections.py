"""Corrections of the last question ("sorry, I meant Ostra", "no, I meant when relations began"):
the name, place or date the correction gives replaces the one of the same kind in the last question,
and that question is asked again; a correction that is a question of its own is asked as a follow-up.

Rules are named data with examples, as elsewhere in the engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.engine.fronted import with_subject
from bot.engine.index import KnowledgeIndex
from bot.engine.lexicon import CORRECTION_OPENER, PERSON_PRONOUN
from bot.engine.query import ROLES, analyse, phrase_span
from bot.engine.text import COMMON_WORDS, fold, stem
from bot.engine.when import find_date

_CORRECTION = re.compile(r"^\W*(?:(?:" + CORRECTION_OPENER + r"|correction|er+m?|um+|not that)\W+)*"
                         # ("sorry, I actually meant the Kyiv trip")
                         r"(?:i\s+)?(?:(?:actually|really|just|only)\s+)?(?:meant|mean|was asking about|wanted)\W+"
                         r"(?P<new>.+?)\W*$", re.IGNORECASE)
#: "no sorry, the Velda one", "no, I meant the Velda one": the record of another name, by its adjective.
_ONE_MEANT = re.compile(r"^\W*(?:" + CORRECTION_OPENER + r"\W+)+"
                        r"(?:i\s+meant\s+)?"
                        r"the\s+(?P<new>[\w'’ -]+?)\s+one\W*$", re.IGNORECASE)
#: "sorry, nov 2022 i meant", "oops, Kyiv is what I meant": the value meant, said before "I meant".
_MEANT_LAST = re.compile(r"^\W*(?:" + CORRECTION_OPENER + r"\W+)+(?!(?:that|this|it|not|what|you)\b)"
                         r"(?P<new>\w[^?]*?)\s+(?:is\s+what\s+)?i\s+(?:meant|mean)\W*$", re.IGNORECASE)
#: "no sorry, the finance minister": another post than the one asked of, the question asked again of it.
#: Nouns of a post held by someone ("minister", "envoy"), for the patterns below that read a person by one.
_POST_WORDS = "minister|official|leader|president|premier|counterpart|diplomat|envoy|representative|chief|head"
_POST_MEANT = re.compile(r"^\W*(?:" + CORRECTION_OPENER + r"\W+)+"
                         r"(?P<new>(?:the|their|its)\s+(?:[\w'’-]+\s+){0,3}?(?:" + _POST_WORDS
                         + r"|governor|ambassador))\W*$", re.IGNORECASE)
#: Kinds of names that stand in for each other ("Lunde" → "I meant Ostra", read alone as Carpania).
_CLASS = {"place": "location", "country": "location"}
_QUESTION_START = re.compile(r"^(when|where|who|whom|what|which|why|how|did|does|do|was|were|is|are)\b")

#: A correction's value followed by the question restated ("Kyrgyzstan — who represented Japan there?").
_RESTATED = re.compile(r"^(?P<value>[^—–;:,?]+?)\s*(?:[—–;:,]|\s-\s)\s*(?:so |and |then )?(?:when|where|who|whom|what"
                       r"|which|why|how|did|does|do|was|were|is|are)\b.*$", re.IGNORECASE)
#: "the Uzbek meeting. What date was that?": the value meant, then the question restated as a sentence of its own.
_RESTATED_SENTENCE = re.compile(r"^(?P<value>[^?]+?)[.!]+\s+(?P<question>(?:so |and |then )?(?:when|where|who|whom|what"
                                r"|which|why|how|did|does|do|was|were|is|are)\b.*)$", re.IGNORECASE)
#: ", the one with the Japanese official": a description of the record meant after its name, which says no more.
_ONE_WITH_AFTER = re.compile(r"\s*,\s*(?:the|that) one (?:with|involving|featuring|of)\b.*$", re.IGNORECASE)
#: ", the Kyrgyz one", ", the Japanese guy": a description after the name meant.
_APPOSITION = re.compile(r"\s*,\s*(?:the|that)\s+[\w'’ -]+?\s+(?:one|guy|man|woman|person|lady|fellow|chap)\W*$",
                         re.IGNORECASE)
#: ", Japan's embassy there": the thing asked of said again after the place meant, by "there".
_THERE_AFTER = re.compile(r"\s*,(?!\s*(?:when|where|who|whom|what|which|why|how|did|does|do|was|were|is|are)\b)"
                          r"\s*[\w'’ -]+?\s+there\W*$", re.IGNORECASE)
#: "the one with …", "the one involving …": what picks out the record meant, before its name.
_ONE_WITH = re.compile(r"^(?:the|that) one (?:with|involving|featuring|of)\s+", re.IGNORECASE)
#: "the Kyrgyz minister", "the Ukrainian guy": a person described by a country and a noun for a person.
_PERSON_NOUN = re.compile(r"\b(?:" + _POST_WORDS + r"|guy|man|woman|lady|pm|fm)\W*$")
#: "the Japanese one": one of the people just shown, by country, when a restated question asks of "him" or "her".
_THE_COUNTRYS_ONE = re.compile(r"^\W*(?:the|that) [a-z]+ one\W*$", re.IGNORECASE)
#: "I meant Japan time", "in Tokyo time", "local time": the clock a time is asked by, no constraint on the record.
_CLOCK_MEANT = re.compile(r"^(?:in\s+|by\s+|on\s+)?(?:(?P<zone>[\w'’ -]+?)\s+time|jst)\W*$", re.IGNORECASE)
_YEAR_ONLY = re.compile(r"^(?:in\s+|of\s+)?((?:19|20)\d\d)\W*$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

#: "I meant generators, not cranes": the word meant, and the word of the last question it replaces.
_INSTEAD = re.compile(r"^(?P<new>[\w'’ -]+?),?\s+(?:and\s+)?not\s+(?:the\s+|a\s+|an\s+)?(?P<old>[\w'’ -]+?)$",
                      re.IGNORECASE)

EXAMPLES = ("sorry, I meant Ostra", "sorry, I meant Ostra — who represented Aurelia there?",
            "no sorry, I meant Velda", "oops, I meant Velda",
            "no wait, I meant January 26", "no, I meant when diplomatic relations began", "no sorry, the Velda one",
            "no, I meant the Velda one", "oops, I meant 2022", "sorry, I meant the prime minister",
            "ugh, I meant Dorin, the Velda one", "sorry, I meant the one with the Velda minister",
            "sorry, I meant Aurelia time", "no, I meant local time", "sorry, I meant generators, not cranes",
            "sorry, I meant the Velda meeting, the one with the Aurelian official. What date was that?",
            "sorry, march 2021 i meant", "oops, Ostra is what I meant", "sorry i meant Velda, Aurelia's embassy there",
            "sorry i meant the Velda meeting, who was on the Aurelian side there")
COUNTEREXAMPLES = ("what did Velda mean by that?", "sorry, who is Dorin?", "I see", "the Velda one",
                   "no, that's not what I meant")


@dataclass(frozen=True)
class Correction:
    """What the user meant instead: a whole question, or a value to put into the last question."""

    new: str
    is_question: bool
    #: The last question restated after the value ("Kyrgyzstan — who represented Japan there?"), if any.
    restated: str | None = None
    #: The word of the last question the value replaces ("generators, not cranes"), if the correction says it.
    instead_of: str | None = None


def read(text: str) -> Correction | None:
    """The correction a message makes, or None when it is no correction."""
    match = _CORRECTION.match(text.strip()) or _ONE_MEANT.match(text.strip()) or _POST_MEANT.match(text.strip()) \
        or _MEANT_LAST.match(text.strip())
    if match is None:
        return None
    new = match.group("new").strip()
    # "I meant Kulubaev, the Kyrgyz one": the name, and a description of it that says no more
    new = _APPOSITION.sub("", new) or new
    # "I meant Uzbekistan, Japan's embassy there": the place, and the thing asked of it said again by "there"
    new = _THERE_AFTER.sub("", new) or new
    # "I meant the one with the Kyrgyz minister": the name or description of the one meant
    new = _ONE_WITH.sub("", new) or new
    instead = _INSTEAD.match(new)
    if instead is not None and not _QUESTION_START.match(new.lower()):
        return Correction(instead.group("new").strip(), False, instead_of=instead.group("old").strip())
    sentence = _RESTATED_SENTENCE.match(new)
    if sentence is not None and not _QUESTION_START.match(new.lower()):
        # "sorry, I meant the Uzbek meeting, the one with the Japanese official. What date was that?"
        value = _ONE_WITH_AFTER.sub("", sentence.group("value")).strip() or sentence.group("value").strip()
        return Correction(value, False, sentence.group("question").strip())
    restated = _RESTATED.match(new)
    if restated is not None and not _QUESTION_START.match(new.lower()):
        # "sorry, I meant Kyrgyzstan — who represented Japan there?": the value, and the question restated
        # with it pointing to the value ("there")
        value = restated.group("value").strip()
        return Correction(value, False, new[len(restated.group("value")):].lstrip(" —–;:,-"))
    return Correction(new, bool(_QUESTION_START.match(new.lower())))


def restated_of_person(value: str, restated: str, index: KnowledgeIndex) -> str | None:
    """"sorry, I meant the Ukrainian foreign minister - when did he visit Japan?": the restated question with its
    "he" (his, him) the person the value describes by post or by a noun for a person; None when the value names
    someone, describes nobody, or the restated question has no such pronoun."""
    said = analyse(value, index)
    if any(m.kind == "person" for m in said.mentions) or (said.role is None and not _PERSON_NOUN.search(value.lower())
                                                          and not _THE_COUNTRYS_ONE.match(value)):
        return None
    pronoun = PERSON_PRONOUN.search(restated.lower())
    if pronoun is None:
        return None
    described = re.sub(r"^(?:the|that|this)\s+", "", value.strip(), flags=re.IGNORECASE)
    return with_subject(restated, pronoun, f"the {described}")


#: The pronouns a question says a person by ("… with him", "did she …").
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})


def corrected(previous: str, new: str, index: KnowledgeIndex) -> str | None:
    """The previous question with `new` in place of its name, place or date of the same kind; None
    when the previous question holds nothing of that kind."""
    year = _YEAR_ONLY.match(new.strip())
    if year is not None and len(set(_YEAR.findall(previous))) == 1:
        # "on December 24, 2023?" → "I meant 2022": the year of the date, the day kept
        return _YEAR.sub(year.group(1), previous)
    clock = _clock_meant(previous, new, index)
    if clock is not None:
        return clock
    value_dates, _ = find_date(new)
    if value_dates is not None:
        dates, rest = find_date(previous)
        return f"{rest.strip().rstrip('?')} on {new}?" if dates is not None else None
    value = analyse(new, index)
    kinds = {_CLASS.get(m.kind, m.kind) for m in value.mentions}
    before = analyse(previous, index)
    if not value.mentions and value.role is not None and before.role is not None and value.role != before.role:
        # "what is the finance minister's title?" → "sorry, I meant the foreign minister's": the post named
        # in place of the post asked of (not a title before a name, "President Zelenskyy", read below)
        old_span, new_span = phrase_span(ROLES[before.role], before.words), phrase_span(ROLES[value.role], value.words)
        titled = old_span is not None and any(m.kind == "person" and m.start <= old_span[1] and m.end >= old_span[0]
                                             for m in before.mentions)
        if old_span is not None and new_span is not None and not titled:
            words = list(before.words)
            words[old_span[0]:old_span[1]] = value.words[new_span[0]:new_span[1]]
            return " ".join(words) + "?"
    if not kinds and value.role is not None:
        kinds = {"person"}  # "sorry, I meant the prime minister": a person, named by the post
    elif kinds == {"location"} and all(m.kind == "country" for m in value.mentions) and (
            value.role is not None or _PERSON_NOUN.search(new)
            # ("how long did the Usmanov meeting last?" → "I meant the Kyrgyz one": the record of that country's man)
            or _THE_COUNTRYS_ONE.match(new) and any(m.kind == "person" for m in before.mentions)) and not any(
            m.kind in ("country", "place") and m.id != index.home for m in before.mentions):
        kinds = {"person"}  # "… with Kuleba?" → "I meant the one with the Kyrgyz minister": the person
    if not kinds:
        return None
    words = list(before.words)
    pronouns = [i for i, w in enumerate(words) if w in _PERSON_PRONOUNS]
    if kinds == {"person"} and len(pronouns) == 1 and not any(m.kind == "person" for m in before.mentions):
        # "how long did Japan's meeting with him last?" → "sorry, I meant with the Kyrgyz foreign minister": the one
        # the question said by a pronoun is the one meant (the preposition said again is said once)
        said_at = pronouns[0]
        meant_words = fold(new).lower().split()
        if meant_words and said_at > 0 and meant_words[0] == words[said_at - 1]:
            meant_words = meant_words[1:]
        return " ".join([*words[:said_at], *meant_words, *words[said_at + 1:]]) + "?"
    if kinds & {"location", "person"} and len(value.mentions) == 1:
        # "what did he do in lviv?" → "sorry, I meant Kyiv": the place the records did not know is the one meant;
        # "what did Kamikawa discuss with Blinken?" → "and with Kuleba?": so is the person
        for name in before.unknown_names:
            parts = [fold(w).lower() for w in name.split()]
            at = next((i for i in range(len(words) - len(parts) + 1) if words[i:i + len(parts)] == parts), None)
            if at is not None:
                return " ".join([*words[:at], fold(new), *words[at + len(parts):]]) + "?"
    if "location" in kinds and len(value.mentions) == 1:
        # "who was the Kazakh foreign minister …?" → "I meant Kyrgyz": the country outside the records
        outside = [m for m in index.world.find(words, fuzzy=False)
                   if m.kind != "world_region" and index.country_of_world_name(m.id) is None]
        if len(outside) == 1:
            return " ".join([*words[:outside[0].start], fold(new), *words[outside[0].end:]]) + "?"
    same = [m for m in before.mentions if _CLASS.get(m.kind, m.kind) in kinds]
    # The home country is in every record: "Japan and Kyrgyzstan" → "I meant Uzbekistan" replaces Kyrgyzstan.
    new_ids = {m.id for m in value.mentions}
    same = [m for m in same if m.id != index.home or index.home in new_ids] or same
    if not same:
        return None
    new_people = [index.kb.people[m.id] for m in value.mentions if m.kind == "person" and m.id in index.kb.people]
    if len(new_people) == 1 and len(value.mentions) == 1:
        # "what did Kamikawa discuss with Zelenskyy?" → "I meant Kuleba": the person of Kuleba's country
        of_country = [m for m in same if m.kind == "person" and m.id in index.kb.people
                      and index.kb.people[m.id].country == new_people[0].country]
        if len(of_country) == 1:
            same = of_country
    if len(value.mentions) > 1 and len(same) == len(value.mentions) and any(
            b.start > a.end for a, b in zip(same, same[1:], strict=False)):
        # "how long did Velda meet Dorin?" → "sorry, I meant Ostra and Lunde": each name of that kind apart in
        # the question is replaced, in order, by one of the names meant
        spans = sorted(zip(same, value.mentions, strict=True), key=lambda pair: pair[0].start, reverse=True)
        for old, meant in spans:
            words[old.start:old.end] = value.words[meant.start:meant.end]
        return " ".join(words) + "?"
    # The first run of names of that kind ("the Velda–Dorin meeting" names two people in a row).
    start, end = same[0].start, same[0].end
    for m in same[1:]:
        if m.start == end:
            end = m.end
    if len(value.mentions) == 1:
        end = same[0].end
    replacement = fold(new)
    person = index.kb.people.get(same[0].id) if same[0].kind == "person" else None
    if not value.mentions and person is not None and person.country:
        # "Zelenskyy" → "I meant the prime minister": the post in the same person's country
        post = re.sub(r"^(?:the|a|an)\s+", "", replacement)
        replacement = f"{index.entity_name(('country', person.country)).lower()}'s {post}"
    return " ".join([*words[:start], replacement, *words[end:]]) + "?"


def places_dropped(question: str, meant: str, index: KnowledgeIndex) -> str | None:
    """"How long was the Velda meeting in Lunde?" → "I meant the Ostra one": the corrected question without the
    places it still names that the value meant does not ("in Lunde" described the record meant before); None when
    it names none. Asked only when the corrected question finds nothing with them."""
    said = analyse(question, index)
    kept = {m.id for m in analyse(meant, index).mentions}
    places = [m for m in said.mentions if m.kind == "place" and m.id not in kept]
    if not places:
        return None
    words = list(said.words)
    for m in sorted(places, key=lambda m: m.start, reverse=True):
        start = m.start - (words[m.start - 1:m.start] in (["in"], ["at"]))
        del words[start:m.end]
    return " ".join(words) + "?"


def _clock_meant(previous: str, new: str, index: KnowledgeIndex) -> str | None:
    """"What time did they start, Ostra time?" → "sorry, I meant Aurelia time": the previous question with
    the clock it named ("Ostra time", "local time", "JST") replaced by the clock meant."""
    clock = _CLOCK_MEANT.match(new.strip())
    if clock is None:
        return None
    zone = (clock.group("zone") or "").strip()
    if zone and zone.lower() != "local" and not any(
            m.kind in ("country", "place") for m in analyse(zone, index).mentions):
        return None  # "I meant the time": no clock named
    before = analyse(previous, index)
    words = list(before.words)
    drop: set[int] = set()
    for m in before.mentions:
        if words[m.end:m.end + 1] == ["time"]:
            drop.update(range(m.start - (words[m.start - 1:m.start] == ["in"]), m.end + 1))
    for i, word in enumerate(words):
        if word == "jst" or (word == "local" and words[i + 1:i + 2] == ["time"]):
            drop.update((i, i + 1) if word == "local" else (i,))
    kept = [w for i, w in enumerate(words) if i not in drop]
    said = fold(clock.group(0)).lower()
    return " ".join([*kept, *([] if said.startswith(("in ", "by ", "on ")) else ["in"]), said]) + "?"


_WORD = re.compile(r"[\w'’-]+")


def word_replaced(previous: str, new: str, old: str) -> str | None:
    """"How many demining cranes did Aurelia pledge?" → "I meant generators, not cranes": the previous question
    with the words naming `old` (the word and the words before it that describe it) replaced by `new`; None
    when the previous question does not have the word."""
    wanted = [stem(fold(w).lower()) for w in _WORD.findall(old)]
    tokens = list(_WORD.finditer(previous))
    said = [stem(fold(t.group(0)).lower()) for t in tokens]
    at = next((i for i in range(len(said) - len(wanted) + 1) if said[i:i + len(wanted)] == wanted), None)
    if at is None or not wanted:
        return None
    first = at
    while first > 0 and _describes(tokens[first - 1].group(0)):
        first -= 1  # ("demining cranes": the cranes, as the question described them)
    start, end = tokens[first].start(), tokens[at + len(wanted) - 1].end()
    return f"{previous[:start]}{new}{previous[end:]}"


def _describes(word: str) -> bool:
    """Whether `word` can describe the noun after it: a content word in lower case, no name or figure."""
    return word.islower() and word.isalpha() and word not in COMMON_WORDS

