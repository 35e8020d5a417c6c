"""Questions about the documents themselves: which source a record comes from, and who published it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers import Answer
from bot.engine import describe as d
from bot.engine import followups
from bot.engine import lexicon as lx
from bot.engine.rules import Asked
from bot.engine.text import stem

if TYPE_CHECKING:
    from bot.engine.answering import Answerer


#: A question word: a follow-up that asks a thing of its own, not the last question again.
_ASKS_ITS_OWN = re.compile(r"\b(?:who|whom|whose|what|which|when|where|why|how)\b")
#: A record of what the document attributes to someone else, and to whom ("According to the Office of …, …", "…,
#: the embassy reported.", "… was reported by the Ministry …").
_ATTRIBUTED = re.compile(r"^(?:according to|as reported by|as stated by|citing)\b(?: (?P<first>[^,]{3,80}),)?"
                         r"|, (?P<last>(?:the |an? )?[\w'’ -]{3,60}) (?:reported|said|announced|stated|tweeted)\.?$"
                         r"|\b(?:was|were) (?:reported|announced|stated) by\b(?: (?P<by>[^.,;]{3,80}))?",
                         re.IGNORECASE)


def source_of(a: Answerer, q: Asked) -> Answer | None:
    """"Which office was cited as the source for the A–B meeting?": the document the one meeting that
    fits is recorded from, with its publisher and the maintainers' note on it; None unless one fits."""
    # "… and for the Usmanov meeting?" after a question of a source: the same of another record
    again = q.focus is not None and bool(q.focus.question) and followups.is_ellipsis(q.lowered) \
        and lx.SOURCE_ASKED.search((q.focus.question or "").lower()) is not None and bool(q.groups) \
        and not _ASKS_ITS_OWN.search(q.lowered)  # ("and on Kishida's trip, whom did he meet?" asks its own thing)
    if not lx.SOURCE_ASKED.search(q.lowered) and not again:
        return None
    told = _attributed_of_focus(a, q)
    if told is not None:
        return told
    meetings = a.meetings.filter_meetings(q.groups, q.query) if q.groups else []
    if not q.groups and q.focus is not None and q.focus.meeting in a.kb.meetings:
        meetings = [a.kb.meetings[q.focus.meeting or ""]]  # "who put out the statement about it?"
    nothing_before = q.focus is None or not (q.focus.meeting or q.focus.records() or q.focus.recent)
    if not meetings and nothing_before and _names_no_record(q):
        # "who reported the meeting?" with nothing it could refer to: any record's source would be a guess
        return Answer("not_found", False, "Which meeting do you mean?",
                      ("The question names no meeting, person or place, and the conversation has none to refer to. "
                       "Name one, e.g. “who reported the meeting in New York?”",),
                      suggestions=("/meetings", "/help"), confidence=0.0)
    if len({m.cited.source for m in meetings}) != 1:
        return None  # (a trip and its meetings, recorded from one document, have one source)
    m = meetings[0]
    source = a.kb.sources.get(m.cited.source)
    if source is None:
        return None
    when = f", {source.date.human()}" if source.date else ""
    lines = [f"{m.title} is recorded from: {source.title} ({source.kind}{when}).",
             f"Publisher: {source.publisher}." if source.publisher else "The document names no publisher."]
    # "According to the presidency, …": whom the document itself gives as its source for the meeting
    cited = [f for f in sorted(a.kb.facts.values(), key=lambda f: f.id)
             if f.cited.source == m.cited.source and _ATTRIBUTED.search(f.statement)
             and set(f.people) & set(m.participants)]
    lines.extend(f"The document cites: {f.statement}" for f in cited)
    if source.note:
        lines.append(f"Note: {source.note}")
    # ("who reported the meeting?" of one the document says someone reported: that one, as the document says)
    reporters = [found.group("by") for f in cited if (found := _ATTRIBUTED.search(f.statement))
                 and found.group("by")] if re.search(r"\bwho reported\b", q.lowered) else []
    title = reporters[0] if len(reporters) == 1 else source.publisher or source.title
    return Answer("source", True, title[:1].upper() + title[1:], tuple(lines),
                  sources=(d.cite(a.kb, m.cited),), confidence=0.8, focus=a.meetings.meeting_focus(m))


def _names_no_record(q: Asked) -> bool:
    """Whether a question of a source names nothing but a meeting ("who reported the meeting?"): no name, no
    date, no content word beyond those asking for the source and the word for a gathering."""
    asked = lx.SOURCE_ASKED.search(q.lowered)
    said = {stem(w) for w in re.findall(r"[a-z]+", asked.group(0))} if asked else set()
    return not q.groups and q.query.dates is None and not q.query.mentions \
        and all(k in lx.GATHERING_WORDS or k in said for k in q.query.keywords)



def _attributed_of_focus(a: Answerer, q: Asked) -> Answer | None:
    """"who reported that?" after one record the document attributes to someone ("…, the embassy reported"): that
    one, in the record's words; None when the conversation's last answer is no such record."""
    if q.groups or q.focus is None:
        return None
    refs = [r for r in q.focus.records() if r.startswith("fact:")]
    facts = [f for r in refs if (f := a.kb.facts.get(r.split(":", 1)[1])) is not None]
    told = [(f, who) for f in facts if (found := _ATTRIBUTED.search(f.statement)) is not None
            and (who := next((g for g in found.groups() if g), None)) is not None]
    if len(told) != 1:
        return None
    fact, who = told[0]
    return Answer("source", True, who[:1].upper() + who[1:], (f"The record says: {fact.statement}",),
                  sources=(d.cite(a.kb, fact.cited),), confidence=0.8, focus=q.focus)
