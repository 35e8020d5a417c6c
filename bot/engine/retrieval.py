"""Scoring passages against a question: shared names count most, then shared words weighted by
rarity (idf), then what the question type prefers (a date for `when`, a number for `how many`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.engine import lexicon as lx
from bot.engine.index import KnowledgeIndex, Passage
from bot.engine.query import SYNONYM_FORMS, SYNONYMS, Query, expand_shorthand
from bot.engine.text import LIGHT_WORDS, fold, stem
from bot.engine.when import DateFilter, began_at

#: Wording that gives a reason or purpose, preferred when a question asks why.
REASON_PHRASES = (r"in (his|her|their|its) capacity|in order to|so as to|because|purpose|aim(ed|s)? (to|at)|"
                  r"on the occasion|to attend|to take part|to send|to discuss|in response to|owing to|due to"
                  # (what a memorial or a fund is for: "dedicated to the victims")
                  r"|dedicated to|devoted to|in memory of|in hono(?:u)?r of")
_REASON = re.compile(rf"\b({REASON_PHRASES})\b", re.IGNORECASE)
_ORIGIN_ASKED = re.compile(r"\b(how old|since when|since (?:what|which) (?:year|date|time)"
                           r"|how long (?:have|has|had)|how far back|date back|go back"
                           r"|how long ago|first|begin|began"
                           r"|start|started|set up|established?|founded|formed|forged)\b")
_ORIGIN_TEXT = re.compile(r"\b(date back|dates back|established|began|begun|first|since|founded|opened|start(ed)?)\b",
                          re.IGNORECASE)
#: How many record texts the answers of a reason or a beginning are remembered for (each text read once, at 50k).
_TEXTS_REMEMBERED = 1 << 17
#: "Until what year does it run?", "when does it end?": the end of a span, which a record of a span of
#: years gives ("for 2023-2025").
_END_ASKED = re.compile(r"\b(until|till|through|end|ends|expire|expires|run out|runs out)\b")
#: "… meeting end", "the talks ended": the end of a gathering asked, which its start and length give.
_GATHERING_ENDS = re.compile(r"\b(?:meeting|meetings|talks|session|conversation|visit|trip)(?:'s)? "
                             r"(?:(?:with|between|of|in) (?:[\w'’.-]+ ){1,4}?)?(?:[a-z]+ly )?"
                             r"(?:end|ends|ended|"
                             r"finish|finished|wrap up|wrapped up|conclude|concluded)\b")
_LIGHT = frozenset(stem(w) for w in LIGHT_WORDS)
#: The longest span of days a question may name for the records of that span to be read without a name.
_DAYS_NAMED = 31
#: Words of taking part in a gathering and of those who did, which a meeting's record gives as the people it names.
_TAKING_PART = frozenset(stem(w) for w in "attend attended attending attendee attendees participate participated "
                         "participating participant participants official officials representative "
                         "representatives delegate delegates present".split())

#: Most passages scored for one question beyond those naming every name it gives (which are always
#: scored); reached only on knowledge bases of thousands of meetings.
MAX_CANDIDATES = 1000
_DATED_KINDS = frozenset({"meeting", "topic", "outcome", "fact", "pledge"})
_ENTITY_WEIGHT = {"meeting": 6.0, "person": 6.0, "place": 4.0, "term": 4.0, "country": 3.0}
_MISSING_PENALTY = {"meeting": 5.0, "person": 5.0, "place": 3.0, "term": 2.0, "country": 4.0}
_KIND_BONUS = {
    "pledge": {"pledge": 3.0},
    "discuss": {"topic": 2.5},
    "agree": {"outcome": 2.5},
    "thank": {"topic": 1.0, "outcome": 1.0},
}
_INTENT_BONUS = {
    "define": {"term": 3.0, "person": 1.0},
    "who": {"meeting": 1.5, "person": 1.0},
    "when": {"meeting": 1.5, "fact": 1.0},
    "where": {"meeting": 1.5},
    "time": {"meeting": 2.0},
    "duration": {"meeting": 2.0},
    "why": {"meeting": 1.5},
    "list": {"meeting": 2.0},
}


@dataclass(frozen=True)
class Scored:
    passage: Passage
    score: float
    coverage: float
    entities_matched: int
    entities_missing: int


def entity_groups(query: Query) -> list[set[tuple[str, str]]]:
    """The names of a question, one group per span (a span may name several entities)."""
    groups: dict[tuple[int, int], set[tuple[str, str]]] = {}
    for m in query.mentions:
        if (m.kind, m.id) == ("country", query.home):
            continue  # every record is about Japan: naming it narrows nothing
        groups.setdefault((m.start, m.end), set()).add((m.kind, m.id))
    return list(groups.values())


def _spans_into(text: str, dates: DateFilter) -> bool:
    """Whether the years a record says it runs over ("for 2023-2025") meet the dates asked."""
    found = lx.YEAR_SPAN.search(text)
    if found is None or dates.start is None:
        return True
    first, last = int(found.group(1)), int(found.group(2))
    end = dates.end.year if dates.end is not None else 9999
    return first <= end and dates.start.year <= last


def _expanded_keywords(query: Query) -> list[tuple[str, ...]]:
    return [(k, *SYNONYMS.get(k, ())) for k in query.keywords]


#: How many of the best passages one scoring keeps, so that a second look at more of them ("every pledge
#: that fits as well") reads them from `_RECENT` rather than scoring every candidate again.
_KEPT = 20
#: The passages last scored, by question and extra names: one question scores the same way several times.
#: Keyed by the index itself, not its id, so that a later index can never be served another's passages.
_RECENT: dict[tuple[KnowledgeIndex, Query, tuple[frozenset[tuple[str, str]], ...]], list[Scored]] = {}
_RECENT_SIZE = 8


def score_passages(index: KnowledgeIndex, query: Query, extra: list[set[tuple[str, str]]] | None = None,
                   limit: int = 10) -> list[Scored]:
    """The best passages for `query`, best first (the `limit` best)."""
    if limit > _KEPT:
        return _scored(index, query, extra, limit)
    key = (index, query, tuple(frozenset(g) for g in extra or ()))
    found = _RECENT.get(key)
    if found is None:
        found = _scored(index, query, extra, _KEPT)
        if len(_RECENT) >= _RECENT_SIZE:
            del _RECENT[next(iter(_RECENT))]  # the oldest
        _RECENT[key] = found
    return found[:limit]


def _scored(index: KnowledgeIndex, query: Query, extra: list[set[tuple[str, str]]] | None,
            limit: int) -> list[Scored]:
    groups = entity_groups(query) + (extra or [])
    keywords = _expanded_keywords(query)
    candidates: set[int] = set()
    for group in groups:
        for entity in group:
            candidates.update(index.by_entity.get(entity, ()))
    # Words shared by a fifth of all passages add no candidates of their own (they still score);
    # without any name, the rarest word always contributes, so a broad question still finds something.
    common = max(50, len(index.passages) // 5)
    postings = sorted((index.by_stem.get(k, ()) for alts in keywords for k in alts), key=len)
    for n, ids in enumerate(postings):
        if len(ids) <= common or (n == 0 and not groups):
            candidates.update(ids)
    dates = query.dates
    if not groups and dates is not None and dates.start is not None and dates.end is not None \
            and (dates.end - dates.start).days <= _DAYS_NAMED:
        # "Who was the counterpart at the meeting on 24 December 2022?": the records of that day, whatever words
        # they use, when the question names nothing else
        candidates.update(index.dated_within(dates.start, dates.end))
    if not groups and query.clocks and query.intent != "yes_no":
        # "When was the meeting that began at 6:05 p.m.?": the meetings of that time, whatever words they use
        candidates.update(n for key, m in index.kb.meetings.items()
                          if began_at(m, query.clocks, query.japan_time)
                          for n in index.by_entity.get(("meeting", key), ()))
    # A word the knowledge base never uses weighs half the rarest word: it lowers coverage, so a
    # question about something else entirely does not get an answer about whatever shares one word.
    weights = [index.idf.get(alts[0]) or max((index.idf.get(k, 0.0) for k in alts[1:]), default=0.0)
               or index.max_idf * 0.5 for alts in keywords]
    weights = [w * 0.3 if alts[0] in _LIGHT else w for w, alts in zip(weights, keywords, strict=False)]
    # The noun a "which office ...?" question asks for weighs double: the answer must be one.
    weights = [w * 2 if alts[0] == query.asked else w for w, alts in zip(weights, keywords, strict=False)]
    total = sum(_group_weight(g) for g in groups) + sum(weights)
    if len(candidates) > MAX_CANDIDATES and query.dates is not None:
        # A question about a time span is answered only from records dated within it: drop the others
        # before any are cut ("who met X on 23 December 2012" when X met thousands of times).
        dates = query.dates
        candidates = {n for n in candidates if index.passages[n].kind not in _DATED_KINDS or (
            (d := index.passages[n].date) is not None and dates.matches(d.first_day(), d.last_day()))}
    if len(candidates) > MAX_CANDIDATES:
        candidates = _narrowed(index, candidates, groups, postings)
    group_weights = [_group_weight(g) for g in groups]
    group_penalties = [max(_MISSING_PENALTY.get(kind, 2.0) for kind, _ in g) for g in groups]
    kind_bonus: dict[str, float] = {}
    for aspect in query.aspects:
        for kind, bonus in _KIND_BONUS.get(aspect, {}).items():
            kind_bonus[kind] = kind_bonus.get(kind, 0.0) + bonus
    for kind, bonus in _INTENT_BONUS.get(query.intent, {}).items():
        kind_bonus[kind] = kind_bonus.get(kind, 0.0) + bonus
    subjects = {entity_id for group in groups for kind, entity_id in group if kind in ("term", "person")}
    subjects -= _offices_held(query)
    thing_asked = None
    deed = _DEED_ASKED.search(query.raw.lower())
    if query.asked is not None and query.asked not in lx.POSITION_WORDS and query.asked not in lx.PERSON_ASKED_STEMS \
            and deed is not None:
        # (one thing asked for opens its own record; "which programmes …?" asks for several, each named alike)
        plural = deed.group("noun").endswith("s") and not deed.group("noun").endswith("ss")
        thing_asked = None if plural else query.asked
        # "what memorial did Hayashi visit?": a thing someone did something with is asked, not who they are
        # ("which ministry is he from?" asks of him)
        subjects -= {entity_id for group in groups for kind, entity_id in group if kind == "person"}
    explains = query.intent == "why"
    # "How old are the ties?", "since when ...": a record of a beginning answers, not a later meeting.
    origin = query.intent == "when" and _ORIGIN_ASKED.search(expand_shorthand(query.raw.lower())) is not None
    # ("when did the A–B meeting end?" asks the end of a gathering, not of a programme's span of years)
    ending = query.intent == "when" and _END_ASKED.search(query.raw.lower()) is not None \
        and not _GATHERING_ENDS.search(query.raw.lower())
    if query.intent in ("who", "when", "where", "time", "duration"):
        subjects = set()  # these ask for a detail of an event, not about the named thing itself
    # Each keyword: its own stem, and its synonyms with the weight each would give in its place.
    tabled = {stem(w) for w in query.words if w in SYNONYM_FORMS}
    scored_words = [(alts[0], weight, [(k, 0.7 * index.idf.get(k, 0.0)) for k in alts[1:]])
                    for alts, weight in zip(keywords, weights, strict=False)]
    results: list[tuple[float, float, str, int, Passage, int, int]] = []
    # A time of day asked of ("the meeting that began at 6:05 p.m.") chooses meetings by it; a claim of one
    # ("did it begin at 7:05?") is judged against the meeting, whatever its time.
    clocked = bool(query.clocks) and query.intent != "yes_no"
    # Each group as the passages it names (read once from the index rather than once per candidate), with the
    # records it names by kind and id: a passage of one ("meeting", ref) is of it whatever names it gives.
    named = [_GroupReading(group, weight, penalty, index)
             for group, weight, penalty in zip(groups, group_weights, group_penalties, strict=False)]
    readings = [(r.passages, r.meetings, r.kinds, r.group, r.weight, r.penalty) for r in named]
    dates = query.dates
    passages = index.passages
    quantity = query.intent == "quantity"
    gatherings_named = _gatherings_named(index, groups) if query.intent == "who" else set()
    when = query.intent == "when"
    for position, n in enumerate(candidates):
        p = passages[n]
        # A question about a time span is answered only from records dated within it.
        if dates is not None and not (p.date is not None and dates.matches(p.date.first_day(), p.date.last_day())) \
                and (p.kind in _DATED_KINDS
                     # An entry dated otherwise (a programme signed, an embassy opened) is not of that time, unless
                     # it names the years it runs over and a year is asked.
                     or p.date is not None and (n not in index.spans_years or dates.start is None
                                                or not _spans_into(p.text, dates))):
            continue
        if clocked and (p.kind not in lx.MEETING_KINDS or p.ref not in index.kb.meetings
                        or not began_at(index.kb.meetings[p.ref], query.clocks, query.japan_time)):
            continue  # ("what happened at 6:05 p.m.?": a meeting that began then, nothing else)
        score = matched = 0.0
        hits = misses = 0
        for in_passages, meetings, kinds, group, weight, penalty in readings:
            if n in in_passages or p.ref in meetings or (p.kind in kinds and (p.kind, p.ref) in group):
                # A meeting about a name outranks one whose text only mentions it in passing.
                gained = weight * 0.75 if p.mentioned and group <= p.mentioned | (group - p.entities) else weight
                score += gained
                matched += gained
                hits += 1
            else:
                score -= penalty
                misses += 1
        stems = p.stems
        # ("which officials attended the forum?": the record of the gathering named, which names who took part,
        # says so in its people)
        takes_part = p.ref in gatherings_named
        for word, weight, synonyms in scored_words:
            if word in stems or takes_part and word in _TAKING_PART:
                gained = weight
            else:
                gained = 0.0
                for k, by_synonym in synonyms:
                    if by_synonym > gained and k in stems:
                        gained = by_synonym
                if gained > weight:
                    gained = weight
            score += gained
            # A synonym ranks a record below one with the asked word, but covers a word the records use
            # elsewhere as fully; a word they never use ("good" for "goods") is covered only as far.
            matched += weight if gained and (word in index.idf or word in tabled) else gained
        score += kind_bonus.get(p.kind, 0.0)
        if p.ref in subjects:  # the passage is about a named entity itself, not only mentioning it
            score += 1.0
        if thing_asked is not None and thing_asked in (stem(w) for w in p.text.lower().split()[:_THING_OPENS]):
            score += 1.0  # "what memorial did A visit?": the record that opens on a memorial is about one
        if explains and _gives_reason(p.text):
            score += 2.0
        if origin and _tells_origin(p.text):
            score += 3.0
        if quantity and p.quantity is not None:
            score += 3.0
        if when:
            score += 2.0 if p.date is not None or n in index.spans_years else -2.0
            if ending and n in index.spans_years and p.kind not in ("meeting", "topic", "outcome"):
                score += 2.0  # (a meeting that names a programme's years does not run over them)
        if dates is not None and p.date is not None:
            score += 2.0
        results.append((-score, -(matched / total if total else 0.0), p.ref, position, p, hits, misses))
    # Ties keep the order the candidates were scored in (`position`), as a stable sort would; every key is
    # distinct (`position`), so sorting all of them and keeping the first equals a partial selection, in C.
    results.sort()
    return [Scored(p, -score, -coverage, hits, misses)
            for score, coverage, _, _, p, hits, misses in results[:limit]]


def _gatherings_named(index: KnowledgeIndex, groups: list[set[tuple[str, str]]]) -> set[str]:
    """The meetings titled by a gathering the question names ("the business forum"), with the people who took
    part named, as meeting ids."""
    named: set[str] = set()
    for kind, key in (e for g in groups for e in g):
        term = index.kb.terms.get(key) if kind == "term" else None
        if term is None:
            continue
        names = [fold(n).lower() for n in (term.name, *term.aliases)]
        for n in index.by_entity.get((kind, key), ()):
            passage = index.passages[n]
            held = index.kb.meetings.get(passage.ref) if passage.kind in lx.MEETING_KINDS else None
            if held is not None and held.participants and any(name in fold(held.title).lower() for name in names):
                named.add(held.id)
    return named


class _GroupReading:
    """One group of a question's names as the scoring loop reads it: the passages that give one of its names,
    the meetings it names (any passage of one is of it), and the kinds of record it names by id."""

    __slots__ = ("group", "kinds", "meetings", "passages", "penalty", "weight")

    def __init__(self, group: set[tuple[str, str]], weight: float, penalty: float, index: KnowledgeIndex) -> None:
        self.group = group
        self.weight = weight
        self.penalty = penalty
        self.passages: set[int] = {n for entity in group for n in index.by_entity.get(entity, ())} \
            if len(group) > 1 else set(index.by_entity.get(next(iter(group)), ()))
        self.meetings = {key for kind, key in group if kind == "meeting"}
        self.kinds = {kind for kind, _ in group}


@functools.lru_cache(maxsize=_TEXTS_REMEMBERED)
def _gives_reason(text: str) -> bool:
    """Whether a record's text gives a reason ("in response to", "to promote"), read once per text."""
    return _REASON.search(text) is not None


@functools.lru_cache(maxsize=_TEXTS_REMEMBERED)
def _tells_origin(text: str) -> bool:
    """Whether a record's text tells of a beginning ("date back", "established"), read once per text."""
    return _ORIGIN_TEXT.search(text) is not None


#: How many words a record's text opens with that say what it is about.
_THING_OPENS = 3
#: "what … did A visit?", "which … has she signed?": what someone did is asked, by an auxiliary before the doer.
_DEED_ASKED = re.compile(r"^\W*(?:and |so )?(?:what|which) (?:[\w'’-]+ ){0,2}(?P<noun>[\w'’-]+) "
                         r"(?:did|does|do|has|have|had|will|would)\b")
#: "as governor of", "as the first head of": a post held at what is named next, after the person who held it.
_IN_OFFICE = re.compile(r"(?:^| )as (?:the )?(?:(?:first|last|former|new|then) )?[a-z-]+(?: [a-z-]+)? of(?: the)?$")


def _offices_held(query: Query) -> set[str]:
    """The terms named as where someone held a post ("what did Hattori work on as governor of the Central
    Bank?"): they say in what capacity, not what the question is about."""
    people = [m.start for m in query.mentions if m.kind == "person"]
    return {m.id for m in query.mentions if m.kind == "term" and any(start < m.start for start in people)
            and _IN_OFFICE.search(" ".join(query.words[max(0, m.start - 6):m.start]))}


def _narrowed(index: KnowledgeIndex, candidates: set[int], groups: list[set[tuple[str, str]]],
              postings: Sequence[Sequence[int]]) -> set[int]:
    """The candidates worth scoring when a name thousands of records share ("Tokyo") brings in too many:
    every passage naming all of two or more names the question gives, whatever their number, then
    those sharing a word with the question; past `MAX_CANDIDATES`, the rest in id order."""
    named_all: set[int] = set()
    if len(groups) > 1:
        # One name alone narrows nothing; two or more: the passages naming them all are always kept.
        per_group = sorted((set().union(*(index.by_entity.get(e, ()) for e in g)) for g in groups), key=len)
        named_all = per_group[0].intersection(*per_group[1:]) & candidates
    room = max(0, MAX_CANDIDATES - len(named_all))
    rest = candidates - named_all
    with_words = rest.intersection(*postings[:1]) if len(postings) == 1 else rest & set().union(*postings)
    # (the lowest ids, by a sort in C: faster than a heap over a few thousand ids, and the same ids)
    chosen = sorted(with_words)[:room]
    if len(chosen) < room:
        chosen += sorted(rest - with_words)[:room - len(chosen)]
    return named_all | set(chosen)


def _group_weight(group: set[tuple[str, str]]) -> float:
    return max(_ENTITY_WEIGHT.get(kind, 2.0) for kind, _ in group)
