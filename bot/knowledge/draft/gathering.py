"""Which sentences report which meeting, and which topic, outcome or figure belongs to which meeting.

Sentences naming the same participants with a meeting verb are one meeting; a topic or outcome goes
to the meeting whose participants it names (the closest set), the meeting its numbered list gives
an overview of, or the meeting it refers back to (`the two ministers`, `their meeting`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.knowledge.draft.dates import find_dates
from bot.knowledge.draft.lexicon import Lexicon
from bot.knowledge.draft.meetings import ATTENDANCE, EVENT_PEOPLE, MeetingRule, event_rule, meeting_rule
from bot.knowledge.draft.model import DraftPoint
from bot.knowledge.draft.points import BOILERPLATE, point_kind, point_text
from bot.knowledge.draft.registry import Registry
from bot.knowledge.draft.sentences import Sentence

#: Words by which a sentence refers back to the meeting it follows.
MEETING_REFERENCE = re.compile(r"\b(?:the two|both (?:sides|parties|leaders|ministers)|they|their|the meeting|"
                               r"the talks|the discussions|the sides|the participants|the conversations|"
                               r"the ministers|the leaders)\b", re.IGNORECASE)
#: Words by which a sentence refers back to an event (`during the forum`): only an event is meant.
EVENT_REFERENCE = re.compile(r"\b(?:the|this|that)\s+(?:forum|summit|conference|symposium|expo|event)\b",
                             re.IGNORECASE)


@dataclass
class Gathered:
    """A meeting being assembled: its sentences and participants."""

    kind: str
    anchor: Sentence
    sentences: list[Sentence]
    participants: list[str]
    accompanying: list[str] = field(default_factory=list)
    topics: list[DraftPoint] = field(default_factory=list)
    outcomes: list[DraftPoint] = field(default_factory=list)
    event: bool = False  # an event (a forum) its anchor names, with people who led or joined it, not met


def gather(sentences: list[Sentence], registry: Registry) -> list[Gathered]:
    """The meetings the sentences report, with their participants and those who accompanied them."""
    gathered: list[Gathered] = []
    waiting: list[str] = []
    headline = min((s.line for s in sentences), default=-1)
    event: tuple[Sentence, MeetingRule] | None = None  # a dated event whose people may follow
    for sentence in sentences:
        if sentence.line == headline and not sentence.text.rstrip().endswith((".", "!", "?", "”", '"')):
            continue  # the document's headline restates what its text reports
        keys = list(dict.fromkeys(key for key, mention in registry.mentions(sentence)
                                  if not _attributive(sentence.text, mention.start)))
        dated = any(found.day is not None for found in find_dates(sentence.text))
        if dated and not keys and (rule := event_rule(sentence.text)) is not None:
            event = (sentence, rule)
            continue
        if event is not None and keys and not dated and EVENT_PEOPLE.search(sentence.text) \
                and meeting_rule(sentence.text) is None \
                and any(registry.country_of(k) == registry.lexicon.home for k in keys):
            gathered.append(Gathered(event[1].kind, event[0], [event[0], sentence], keys, event=True))
            event = None
            continue
        if dated:
            event = None
        if ATTENDANCE.search(sentence.text) and keys:
            target = gathered[-1] if gathered else None
            if target is None:
                waiting.extend(keys)
            else:
                target.accompanying.extend(k for k in keys if k not in target.participants)
            continue
        rule = meeting_rule(sentence.text)
        if rule is None or not keys:
            continue
        home = [k for k in keys if registry.country_of(k) == registry.lexicon.home]
        if not home or (len(home) == len(keys) and rule.kind not in ("visit", "multilateral meeting")):
            continue
        same = next((g for g in gathered if set(g.participants) == set(keys)), None)
        if same is not None:
            same.sentences.append(sentence)
        elif rule.name == "during a meeting" and any(set(keys) <= set(g.participants) for g in gathered):
            continue  # "During their meeting, A and B ...": a point of the meeting reported before
        else:
            gathered.append(Gathered(rule.kind, sentence, [sentence], keys))
    if gathered and waiting:
        gathered[0].accompanying.extend(k for k in waiting if k not in gathered[0].participants)
    for g in gathered:
        g.accompanying = list(dict.fromkeys(g.accompanying))
    return gathered


def split_stops(gathered: list[Gathered], registry: Registry) -> tuple[list[Gathered], list[Gathered]]:
    """(meetings, stops): a visit meeting nobody, undated, by someone who meets others in the same document
    is a stop of that journey (`Hayashi also visited the memorial in Bucha`), not a meeting of its own."""
    meetings: list[Gathered] = []
    stops: list[Gathered] = []
    for g in gathered:
        alone = all(registry.country_of(k) == registry.lexicon.home for k in g.participants)
        dated = any(found.day is not None for s in g.sentences for found in find_dates(s.text))
        travels = any(o is not g and set(o.participants) & set(g.participants) for o in gathered)
        (stops if g.kind == "visit" and alone and travels and not dated else meetings).append(g)
    return meetings, stops


_ATTRIBUTIVE = re.compile(r"\b(?:of|by)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}$")
_MEETING_OF = re.compile(r"\b(?:meeting|talks?|call|visit)\s+(?:of|by)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}$")


def _attributive(text: str, start: int) -> bool:
    """A name in `the Harbour Plan of President Oduya`: mentioned, not taking part."""
    before = text[:start]
    return bool(_ATTRIBUTIVE.search(before)) and not _MEETING_OF.search(before)


def assign_points(sentences: list[Sentence], gathered: list[Gathered], registry: Registry, lexicon: Lexicon) -> None:
    """Give each topic or outcome sentence to the meeting it belongs to."""
    for sentence in sentences:
        kind = point_kind(sentence.text)
        if kind is None or ATTENDANCE.search(sentence.text):
            continue
        owner = owning_meeting(sentence, gathered, registry, lexicon)
        if owner is None:
            continue
        point = DraftPoint(point_text(sentence.text), sentence.text)
        (owner.outcomes if kind == "outcome" else owner.topics).append(point)


def owning_meeting(sentence: Sentence, gathered: list[Gathered], registry: Registry,
                   lexicon: Lexicon) -> Gathered | None:
    """The meeting `sentence` is about, or None (background, or another event)."""
    named_event = next((g for g in gathered if g.event and g.anchor is sentence), None)
    if named_event is not None:
        return named_event  # the sentence naming an event says what it was about
    before = [g for g in gathered if g.anchor.start <= sentence.start and g.anchor is not sentence]
    if not before:
        return None
    if BOILERPLATE.search(sentence.text):
        return None  # "Read also: ...": another article's headline
    if any(found.day is not None and found.start < 15 for found in find_dates(sentence.text)):
        return None  # "On January 10, ...": a sentence dated on its own reports another event
    named = {key for key, _ in registry.mentions(sentence)}
    with_named = [g for g in before if named & set(g.participants)]
    if sentence.point is not None:
        listed = [g for g in before if g.anchor.point is None]
        if listed:
            return listed[-1]  # a numbered point belongs to the meeting whose overview it is
    if with_named:
        def overlap(g: Gathered) -> float:
            people = set(g.participants)
            return len(named & people) / len(named | people)
        return max(reversed(with_named), key=overlap)
    if EVENT_REFERENCE.search(sentence.text):
        events = [g for g in before if g.event or g.kind in ("forum", "multilateral meeting")]
        if events:
            return events[-1]
    elif sentence.point is not None or MEETING_REFERENCE.search(sentence.text):
        return before[-1]
    countries = {lexicon.country(w) for w in re.findall(r"[A-Z][\w'’-]+", sentence.text)} - {None}
    if lexicon.home in countries and len(countries) > 1:
        return before[-1]
    return None
