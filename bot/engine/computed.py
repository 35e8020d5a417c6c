"""Answers computed from several records' values: lengths added up, how much longer one meeting was,
how many more of one thing than another, two counts added, how many years a range spans. Each part is asked as a
question of its own (`ask`), and a value is used only when one record gives it.

    total_length(kb, ["how long was the A–B meeting?", "how long was the C–D meeting?"], ask)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answers import Answer, Focus, Item
from bot.engine import describe as d
from bot.engine import details
from bot.engine import lexicon as lx
from bot.engine.details import Record
from bot.knowledge.model import KnowledgeBase, Meeting, Quantity

Ask = Callable[[str], Answer]

#: "How many years does the programme cover?"
_YEARS_SPANNED = re.compile(r"^\W*(?:and )?(?:so )?how many years (?:does|did|do|will) (?P<what>.+?) "
                            r"(?:cover|span|run|last)(?: in all)?\W*$", re.IGNORECASE)
#: "So how many years is that?" after a record that writes a range of years.
_YEARS_IN_THAT = re.compile(r"^\W*(?:and )?(?:so )?how many years (?:is|was|are|does) (?P<what>that|it|this)"
                            r"(?: make| come to)?(?: in all| in total| altogether| all told)?\W*$", re.IGNORECASE)
#: Words that point at what was just discussed ("how many years does it cover?").
_POINTING = frozenset("it that this".split())
#: "How many minutes longer was the A–B meeting than the C–D one?"
_LONGER_BY = re.compile(r"^\W*(?:by )?how (?:many (?:more )?minutes|much) (?P<way>longer|shorter) (?:was|did) "
                        r"(?P<a>.+?) (?:last )?than (?P<b>.+?)(?: did| lasted| last)?\W*$"
                        r"|^\W*by how (?:many minutes|much) did (?P<a2>.+?) (?P<way2>outlast|outlive|run longer than) "
                        r"(?P<b2>.+?)\W*$"
                        # "by how many minutes was the A meeting longer than the B one?"
                        r"|^\W*by how (?:many (?:more )?minutes|much) (?:was|did) (?P<a3>.+?) (?:last |run |go on )?"
                        r"(?P<way3>longer|shorter) than (?P<b3>.+?)(?: did| lasted| last)?\W*$", re.IGNORECASE)
#: "How many more cranes than transformers did Japan pledge?"
_MORE_THAN = re.compile(r"^\W*how (?:many|much) (?P<more>more|fewer|less|greater) (?P<x>[\w' -]+?) than "
                        r"(?P<y>[\w' -]+?)(?: (?P<rest>(?:did|does|do|were|was|has|have|had|are|is|will) "
                        r"[\w' -]+?))?\W*$", re.IGNORECASE)
#: "How many demining cranes and auto transformers together did Japan commit to Ukraine?"
_COUNTS_ADDED = re.compile(r"^\W*(?:and |so )?(?:(?:added (?:together|up)|in total|altogether|all together|combined"
                           r"|together),?\s+)?how many (?P<x>[\w' -]+?) and (?P<y>[\w' -]+?)(?: (?:together|combined|"
                           r"in total|altogether|in all))? (?P<rest>(?:did|does|do|were|was|has|have|had|are|is|will) "
                           r"[\w' -]+?)\W*$", re.IGNORECASE)
#: Words asking for several values added up.
TOTAL = re.compile(r"\b(?:together|combined|in total|total|totals|altogether|in all|sum|summed|summing|added up|add up"
                   r"|adding up|adds up)\b",
                   re.IGNORECASE)
_LENGTH = re.compile(r"\b(?:length|long|lasted|minutes|duration)\b")


def asks_total_length(text: str) -> bool:
    """"The combined length of the A–B and C–D meetings", "how long did they last together?"."""
    return TOTAL.search(text) is not None and _LENGTH.search(text) is not None


def lengths_added(kb: KnowledgeBase, meetings: list[Meeting], *, untimed: int = 0, listed: bool = False) -> Answer:
    """The lengths of `meetings` (each with one), added and each shown; `untimed` other meetings fit
    without a length; `listed` adds each meeting as an item to open."""
    total = sum(m.duration_minutes or 0 for m in meetings)
    lines = tuple(f"{m.title} ({m.date.human()}): about {m.duration_minutes} minutes" for m in meetings)
    if untimed:
        lines += (f"The records give no length for the {untimed} other meeting(s) that fit.",)
    items = tuple(Item(f"{m.date.human()} — {m.title}", f"/meeting {m.id}") for m in meetings) if listed else ()
    return Answer("duration_total", True, f"About {total} minutes in all ({len(meetings)} meetings)", lines,
                  items=items, sources=tuple(d.cite(kb, m.cited) for m in meetings), confidence=0.8,
                  # ("and the Kagame-Kishida meeting?" after a total asks its length)
                  focus=Focus(items=tuple(f"meeting:{m.id}" for m in meetings), intent="duration"))


def total_length(kb: KnowledgeBase, parts: list[str], ask: Ask) -> Answer | None:
    """The lengths of the one meeting each part names, added; None unless each part names one."""
    meetings = []
    for part in parts:
        answer = ask(" ".join(TOTAL.sub(" ", part).split()))
        meeting = kb.meetings.get(answer.focus.meeting or "") if answer.focus is not None else None
        if meeting is None or (answer.focus is not None and len(answer.focus.items) > 1):
            return None
        meetings.append(meeting)
    if len({m.id for m in meetings}) != len(meetings):
        return None
    missing = [m for m in meetings if not m.duration_minutes]
    if missing:
        return Answer("not_found", False, "Not in the records",
                      (f"The source does not state how long {missing[0].title} lasted, so no total.",),
                      sources=(d.cite(kb, missing[0].cited),), confidence=0.0)
    return lengths_added(kb, meetings)


def years_spanned(kb: KnowledgeBase, text: str, ask: Ask) -> Answer | None:
    """"How many years does the cooperation program cover?": the range of years its record writes
    ("for 2023-2025"), counted with both ends; None unless one record names one such range. ("How many years
    does it cover?" after a meeting: the one range of years the meeting's record writes, of what was signed.)"""
    found = _YEARS_SPANNED.match(text) or _YEARS_IN_THAT.match(text)
    if found is None:
        return None
    answer = ask(f"what is {found.group('what').strip()}?")
    if not answer.answered:
        return None
    shown = " ".join([answer.title, *answer.lines, *(c.quote for c in answer.sources)])
    sources = answer.sources
    held = kb.meetings.get(answer.focus.meeting or "") if answer.focus is not None else None
    if not lx.YEAR_SPAN.search(shown) and held is not None and found.group("what").strip().lower() in _POINTING:
        shown = " ".join([held.summary, held.cited.quote, *(f"{x.text} {x.cited.quote}" for x in held.outcomes)])
        sources = (d.cite(kb, held.cited),)
    ranges = {(int(a), int(b)) for a, b in lx.YEAR_SPAN.findall(shown) if int(a) < int(b)}
    if len(ranges) != 1:
        return None
    (first, last), = ranges
    return Answer("years", True, f"{last - first + 1} years ({first} to {last})",
                  (f"The record writes {first}-{last}; counting both years, {last - first + 1} years.",),
                  sources=tuple(c for c in sources if f"{first}" in c.quote)[:1] or sources[:1],
                  confidence=0.8, focus=answer.focus)


def longer_by(kb: KnowledgeBase, text: str, ask: Ask) -> Answer | None:
    """"How many minutes longer was the A–B meeting than the C–D one?": each meeting's length, the gap."""
    found = _LONGER_BY.match(text)
    if found is None:
        return None
    meetings = []
    for side in (found.group("a") or found.group("a2") or found.group("a3"),
                 found.group("b") or found.group("b2") or found.group("b3")):
        answer = ask(f"how long was {side.strip()}?")
        meeting = kb.meetings.get(answer.focus.meeting or "") if answer.focus is not None else None
        if meeting is None or (answer.focus is not None and len(answer.focus.items) > 1):
            return None
        meetings.append(meeting)
    a, b = meetings
    if a.id == b.id:
        return None
    return _length_gap(kb, a, b, shorter=(found.group("way") or found.group("way3") or "").lower() == "shorter")


def _length_gap(kb: KnowledgeBase, a: Meeting, b: Meeting, *, shorter: bool) -> Answer:
    """How many minutes longer (or shorter) meeting `a` was than `b`, with each one's length; a meeting whose
    length its record does not state is said so."""
    if not a.duration_minutes or not b.duration_minutes:
        missing = a if not a.duration_minutes else b
        return Answer("not_found", False, "Not in the records",
                      (f"The source does not state how long {missing.title} lasted.",),
                      sources=(d.cite(kb, missing.cited),), confidence=0.0)
    gap = a.duration_minutes - b.duration_minutes
    if shorter:
        gap = -gap
    lines = tuple(f"{m.title} ({m.date.human()}): about {m.duration_minutes} minutes" for m in (a, b))
    title = f"About {gap} minutes" if gap >= 0 else f"It was not: about {-gap} minutes the other way"
    return Answer("comparison", True, title, lines, sources=(d.cite(kb, a.cited), d.cite(kb, b.cited)),
                  confidence=0.8, focus=Focus(items=(f"meeting:{a.id}", f"meeting:{b.id}"), intent="duration"))


#: "So how many minutes longer was that one?": the last meeting answered against the one before it.
_WHICH_ONE = (r"that one|this one|that|this|it|the (?:latter|second|last) one|the (?:first|former|earlier|other) one"
              r"|the former|the first|the latter|the (?:longer|shorter) one")
_LONGER_THAN_OTHER = re.compile(r"^\W*(?:so |and |ok )?(?:by )?how (?:many (?:more )?minutes|much) "
                                r"(?:(?P<way>longer|shorter) (?:was|did) (?P<which>" + _WHICH_ONE + r")"
                                # "by how many minutes was the first longer?"
                                r"|(?:was|did) (?P<which2>" + _WHICH_ONE + r") (?P<way2>longer|shorter))"
                                r"(?: last| run| go on)?\W*$", re.IGNORECASE)
#: "How much longer was the first one?": the meeting asked about before the last one.
_EARLIER_ONE = re.compile(r"\b(?:first|former|earlier|other)\b", re.IGNORECASE)


def longer_than_the_other(kb: KnowledgeBase, text: str, focus: Focus | None) -> Answer | None:
    """"How long did A talk?" → "and B?" → "how many minutes longer was that one?": the meeting just
    answered against the other one the conversation showed."""
    found = _LONGER_THAN_OTHER.match(text)
    shown = [kb.meetings[key] for kind, _, key in (i.partition(":") for i in (focus.items if focus else ()))
             if kind == "meeting" and key in kb.meetings]
    if found is None or len(shown) != 2:
        return None
    which, way = found.group("which") or found.group("which2"), (found.group("way") or found.group("way2")).lower()
    # (the meeting just answered comes first among those shown; "the first one" is the one before it; "the longer
    # one" is the one of them whose record gives the longer length)
    a, b = (shown[1], shown[0]) if _EARLIER_ONE.search(which) else (shown[0], shown[1])
    by_length = re.search(r"\b(longer|shorter) one\b", which, re.IGNORECASE)
    if by_length is not None and a.duration_minutes and b.duration_minutes:
        a, b = sorted((a, b), key=lambda m: m.duration_minutes or 0, reverse=by_length.group(1).lower() == "longer")
    return _length_gap(kb, a, b, shorter=way == "shorter")


#: "Combined?", "and in total?", "together?": a total asked of the values just given, by that word alone.
_TOTAL_ALONE = re.compile(r"^\W*(?:and |so |ok |okay )?(?:what about |how about )?(?:the |their |both )?(?:combined|"
                          r"together|in total|total|altogether|in all|all together|added up|summed|sum)"
                          r"(?: then)?\W*$", re.IGNORECASE)
#: "What's the total of the two?": a total asked of the values shown, the things added left to the answer before.
_TOTAL_OF_THEM = re.compile(r"^\W*(?:and |so |ok |okay )?(?:what(?:'s|’s| is| was| would be)|give me|and) "
                            r"(?:the |their )?(?:total|sum)"
                            r"(?: of (?:the two|both|them|those|these|the 2)(?: meetings| together)?)?\W*$",
                            re.IGNORECASE)
#: "What's their total length?", "how long were they together?": the lengths of the meetings just shown.
_THEIR_LENGTH = re.compile(r"\b(?:their|both|the two|those two|these two|the 2|them|they)\b", re.IGNORECASE)


def lengths_of_the_shown(kb: KnowledgeBase, text: str, focus: Focus | None) -> Answer | None:
    """"How long was A?" → "and B?" → "combined?": the lengths of the meetings the conversation just showed,
    added; None unless a total of lengths is asked of two or more meetings shown."""
    shown = [kb.meetings[key] for kind, _, key in (i.partition(":") for i in (focus.items if focus else ()))
             if kind == "meeting" and key in kb.meetings]
    if focus is None or len(shown) < 2 or len(shown) != len(focus.items):
        return None
    # (of lengths when the last answer gave them, or the list it picked from did: "how long was each?")
    asked_before = (focus.listed_question or focus.question or "").lower()
    of_lengths = focus.intent == "duration" or _LENGTH.search(asked_before) is not None
    alone = (_TOTAL_ALONE.match(text) is not None or _TOTAL_OF_THEM.match(text) is not None) and of_lengths
    if not alone and not (asks_total_length(text) and _THEIR_LENGTH.search(text)):
        return None
    missing = [m for m in shown if not m.duration_minutes]
    if missing:
        return Answer("not_found", False, "Not in the records",
                      (f"The source does not state how long {missing[0].title} lasted, so no total.",),
                      sources=(d.cite(kb, missing[0].cited),), focus=focus, confidence=0.0)
    return lengths_added(kb, shown)


def _two_counts(kb: KnowledgeBase, things: tuple[str, str], rest: str, ask: Ask, without: str
                ) -> Answer | tuple[tuple[Record, Quantity], tuple[Record, Quantity], tuple[str, ...]] | None:
    """Each thing's figure, asked on its own ("how many cranes did Japan pledge?") and read from the one
    record with a quantity that answers it, with the records' references; an abstention naming the first
    thing no single record counts ("so no total"); None when one record answers for both (no two counts)."""
    values: list[tuple[Record, Quantity]] = []
    refs: tuple[str, ...] = ()
    for thing in things:
        answer = ask(f"how many {thing.strip()}{rest}?")
        found_refs = answer.focus.items if answer.answered and answer.focus is not None else ()
        record = details.record(kb, found_refs[0]) if len(found_refs) == 1 else None
        quantity = getattr(record, "quantity", None)
        if record is None or quantity is None:
            return Answer("not_found", False, "Not in the records",
                          (f"The records give no single figure for {thing.strip()}, so {without}.",),
                          confidence=0.0)
        values.append((record, quantity))
        refs += found_refs
    if values[0][0] is values[1][0]:
        return None
    return values[0], values[1], refs


def _figure_lines(*counted: tuple[Record, Quantity]) -> tuple[str, ...]:
    """Each figure as its record states it, with the record's statement."""
    return tuple(f"{q.text} {q.unit}: {getattr(r, 'statement', '')}" for r, q in counted)


def difference(kb: KnowledgeBase, text: str, ask: Ask) -> Answer | None:
    """"How many more cranes than transformers did Japan pledge?": each figure asked on its own, from
    one record with a quantity each, then the difference; None when the question is not of that shape."""
    found = _MORE_THAN.match(text)
    if found is None:
        return None
    rest = f" {found.group('rest').strip()}" if found.group("rest") else ""
    counted = _two_counts(kb, (found.group("x"), found.group("y")), rest, ask, "no difference")
    if counted is None or isinstance(counted, Answer):
        return counted
    (a, qa), (b, qb), refs = counted
    more = found.group("more").lower() in ("more", "greater", "larger", "bigger")
    gap = qa.value - qb.value if more else qb.value - qa.value
    word = "more" if more else "fewer"
    lines = _figure_lines((a, qa), (b, qb))
    title = f"{gap:g} {word}"
    larger, smaller = (qa, qb) if qa.value >= qb.value else (qb, qa)
    if larger.qualifier in ("more than", "over") and not smaller.qualifier:
        title = f"over {gap:g} {word}"  # "more than 1,500" less 24
    elif qa.qualifier or qb.qualifier:
        title = f"about {gap:g} {word}"
        lines += ("The figures are approximate as written, so the difference is too.",)
    return Answer("difference", True, title, lines,
                  sources=(d.cite(kb, a.cited), d.cite(kb, b.cited)), confidence=0.8,
                  focus=Focus(items=refs))


def total_count(kb: KnowledgeBase, text: str, ask: Ask) -> Answer | None:
    """"How many cranes and transformers together did Japan pledge?": each figure asked on its own, from
    one record with a quantity each, then their sum; None when the question is not of that shape."""
    if TOTAL.search(text) is None:
        return None
    found = _COUNTS_ADDED.match(text)
    if found is None:
        return None
    rest = " " + " ".join(TOTAL.sub(" ", found.group("rest")).split())
    counted = _two_counts(kb, (found.group("x"), found.group("y")), rest, ask, "no total")
    if counted is None or isinstance(counted, Answer):
        return counted
    (a, qa), (b, qb), refs = counted
    total = qa.value + qb.value
    lines = _figure_lines((a, qa), (b, qb))
    title = f"{total:,g} in all"
    if qa.qualifier in ("more than", "over") or qb.qualifier in ("more than", "over"):
        title = f"over {total:,g} in all"
    elif qa.qualifier or qb.qualifier:
        title = f"about {total:,g} in all"
        lines += ("The figures are approximate as written, so the total is too.",)
    return Answer("total", True, title, lines, sources=(d.cite(kb, a.cited), d.cite(kb, b.cited)), confidence=0.8,
                  focus=Focus(items=refs))


#: "half of them would be?", "and double that?": a share or multiple of the figure just given.
_SHARE_OF = re.compile(r"^\W*(?:and |so |ok )?(?:what(?:'s| is| would be| will be)? |how many (?:is|are|would be) )?"
                       r"(?P<share>half|a half|one half|a third|one third|a quarter|one quarter|double|twice|triple"
                       r"|three times)(?: of)? (?:them|that|those|it|this|the figure|the number|the total)\b")
_SHARES = {"half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "a quarter": 0.25,
           "one quarter": 0.25, "double": 2.0, "twice": 2.0, "triple": 3.0, "three times": 3.0}


def share_of_figure(kb: KnowledgeBase, text: str, focus: Focus | None) -> Answer | None:
    """"How many demining cranes did Japan pledge?" → "half of them would be?": the share of the one
    figure the last answer gave, worked out; None when the message asks no share or no figure was given."""
    found = _SHARE_OF.match(text.lower())
    if found is None or focus is None or not focus.items:
        return None
    # the record the last answer was about: the one picked, else the first shown unless several fit alike
    ref = focus.current if focus.current in focus.items else None if focus.several else focus.items[0]
    kind, _, key = (ref or "").partition(":")
    record = kb.pledges.get(key) if kind == "pledge" else kb.facts.get(key) if kind == "fact" else None
    if record is None or record.quantity is None:
        return None
    figure = record.quantity
    value = figure.value * _SHARES[found.group("share")]
    shown = f"{value:,.2f}".rstrip("0").rstrip(".")
    about = "about " if figure.qualifier or value != int(value) else ""
    return Answer("computed", True, f"{about}{shown}",
                  (f"{found.group('share').capitalize()} of {figure.text}"
                   f"{'' if figure.unit in figure.text else ' ' + figure.unit}: {about}{shown}.", record.statement),
                  sources=(d.cite(kb, record.cited),), confidence=0.8, focus=focus)
