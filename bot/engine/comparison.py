"""Questions that compare two meetings: which came first, before or after, which lasted longer.

"Which came first in January 2024: the business forum or Usmanov's meeting with Ikegami?" names two
meetings on either side of "or"; each side is read as a question of its own ("that" is the meeting
of the last answer), and the two records' dates or durations are compared.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.answers import Answer, Focus
from bot.engine import asked, thresholds
from bot.engine import describe as d
from bot.engine import lexicon as lx
from bot.engine.index import KnowledgeIndex
from bot.engine.query import Query, analyse
from bot.engine.retrieval import entity_groups, score_passages
from bot.engine.text import stem
from bot.knowledge.dates import PartialDate
from bot.knowledge.model import Cited, Meeting

Group = set[tuple[str, str]]
_WHICH_ONE = (r"(?:one |meeting |visit |talks |event |record |of (?:the|those|these) (?:two |2 )?"
              r"(?:meetings |visits |talks |events )?|of them )?")
_ORDER = re.compile(r"\b(?:which|what) " + _WHICH_ONE + r"(?:came|happened|took place|was held|was|come|started"
                    r"|began|start|begin|opened)(?: first)?\s*"
                    r"(first|earlier|sooner|later|last|second)\b|\bbefore or after\b|\bafter or before\b")
#: "The two", "both of them": two records the conversation had.
_THE_TWO = re.compile(r"\b(?:the|those|these) (?:two|2)\b|\bboth\b")
_LENGTH = re.compile(r"\b(?:which|what) " + _WHICH_ONE + r"(?:lasted|was|took|ran|went on) (longer|shorter|the longest"
                                                         r"|the shortest|the longer|the shorter)\b")
#: "Was the A–B meeting longer than the C–D one?": a claim about two lengths.
_LONGER_CLAIM = re.compile(r"^\W*(?:was|did|were) (?P<a>.+?) (?:last |run |go on |take )?(?P<way>longer|shorter) "
                           r"than (?P<b>.+?)(?: did| lasted| was)?\W*$")
#: "Was it longer or shorter than the C–D meeting?": the meeting just discussed against another, either way.
_EITHER_THAN = re.compile(r"^\W*(?:and |so )?(?:was|did|were) "
                          r"(?:it|that|this|that one|this one|that meeting|the meeting) (?:last |run |go on |take )?"
                          r"(?:longer or shorter|shorter or longer) than (?P<b>.+?)"
                          r"(?: did| lasted| was)?(?:,? and by how (?:much|many \w+))?\W*$")
#: "Was the Kamikawa–Kuleba meeting longer?": of the meeting the last answer was about.
_LONGER_THAN_LAST = re.compile(r"^\W*(?:and |so )?(?:was|did|were) (?P<a>.+?) (?:last |run |go on |take )?"
                               r"(?P<way>longer|shorter)(?: than (?:that|it|that one|this one|the other))?\W*$")
#: "Which started earlier in the day?": the clock times compared, not the dates.
IN_THE_DAY = re.compile(r"\b(?:in the (?:local )?day|time of (?:the )?day|local time|on the clock|o'clock|hour)\b")
#: A side of an order claim whose subject is the first side's doer again ("… before she met Shmyhal").
_SUBJECT_AGAIN = re.compile(r"^\W*(?:he|she)\b", re.IGNORECASE)
_CLAIMED_ORDER = re.compile(r"\s(before|after)(?:\s+or\s+(?:before|after))?\s", re.I)
_EVENT_WORDS = frozenset({"meet", "met", "meeting", "visit", "take", "took", "place", "held", "hold", "happen", "talk"})
#: The words a side of a comparison may hold beside names when it names meetings or visits.
_SIDE_EVENT_STEMS = frozenset(stem(w) for w in (*_EVENT_WORDS, "trip", "trips", "visits", "talks", "meetings",
                                                "session", "summit", "forum", "sit-down", "encounter"))
_SIDES = re.compile(r"\s+or\s+")
#: The comparison a claim of two lengths answers, asked again of the two meetings for "by how much?".
_WHICH_LONGER = "which one was longer?"
_THAT = re.compile(r"^\W*(that|it|this|that one|the last one|(?:that|this) (?:meeting|trip|visit|event|talks?))\W*$")


#: How a comparison's answer states the gap between the two (`Comparer.gap` finds it by this).
_GAP_LINE = "A difference of "


class Comparer:
    def __init__(self, index: KnowledgeIndex,
                 filter_meetings: Callable[[list[Group], Query], list[Meeting]],
                 described: Callable[[Query], list[Group]] = lambda query: []) -> None:
        self.index = index
        self.kb = index.kb
        self.filter_meetings = filter_meetings
        #: The people a side names by a post ("his talks with the Ukrainian president"), as groups.
        self.described = described

    @staticmethod
    def compares(text: str) -> bool:
        """Whether a question compares records by order or length ("which of the two lasted longer?")."""
        lowered = text.lower()
        return _ORDER.search(lowered) is not None or _LENGTH.search(lowered) is not None

    @staticmethod
    def of_the_two(text: str) -> bool:
        """Whether a question asks of "the two", "both": two records the conversation had."""
        return _THE_TWO.search(text.lower()) is not None

    @staticmethod
    def measured(text: str) -> str | None:
        """The question type a comparison measures by: "duration" for "which lasted longer?", "when" for "which
        came first?" (so that "what about A and B?" after it asks that of A and B), else None."""
        lowered = text.lower()
        if _LENGTH.search(lowered) is not None:
            return "duration"
        return "when" if _ORDER.search(lowered) is not None and not IN_THE_DAY.search(lowered) else None

    def compare(self, text: str, focus: Focus | None) -> Answer | None:
        """The comparison's answer, or None when the question compares no two meetings."""
        lowered = text.lower()
        order, length = _ORDER.search(lowered), _LENGTH.search(lowered)
        found = order or length
        if found is None:
            return None
        sides = self._sides(text, found.end())
        whole = analyse(text, self.index)
        if sides is None:
            # "Which one was longer?" after two meetings were discussed: those two, as the conversation holds them.
            shown = [i.removeprefix("meeting:") for i in (focus.items if focus else ()) if i.startswith("meeting:")]
            if len(shown) < 2 and focus is not None:
                # "so which of the two meetings was shorter?", "which was longer?" after each was answered in a
                # turn of its own: the last two meetings the conversation had
                shown = list(focus.recent_meetings()[:2])
            field = "duration_minutes" if length is not None else "local_time" if IN_THE_DAY.search(lowered) else None
            if len(shown) > 2 and field is not None and all(m in self.kb.meetings for m in shown):
                # ("which of the two started later in the day?" after a list of three, one of them without a
                # start time: the two that have one)
                given = [m for m in shown if getattr(self.kb.meetings[m], field)]
                shown = given if len(given) == 2 else shown
            if len(shown) != 2 or whole.mentions or any(m not in self.kb.meetings for m in shown):
                return None
            meetings: list[Meeting | None] = [self.kb.meetings[m] for m in shown]
        else:
            meetings = [self._meeting(side, whole, focus) for side in sides]
            if order is not None and length is None and not IN_THE_DAY.search(lowered) and any(
                    m is None for m in meetings) and all(self._names_events(side) for side in sides) \
                    and not self._no_meeting_does(whole):
                # "Was the Kamikawa meeting before or after that trip?": each of her meetings came after it
                return self._all_on_one_side([self._candidates(side, whole, focus) for side in sides],
                                             relative="before or after" in lowered or "after or before" in lowered)
        if any(m is None for m in meetings) or meetings[0] == meetings[1]:
            return None
        a, b = meetings[0], meetings[1]
        assert a is not None and b is not None
        if length is not None:
            answer = self._longer(a, b, length.group(1))
        elif IN_THE_DAY.search(lowered):
            answer = self._earlier_in_day(a, b, later=order is not None and order.group(1) in ("later", "last"))
        else:
            answer = self._earlier(a, b, relative="before or after" in lowered or "after or before" in lowered,
                                   later=order is not None and (order.group(1) or "") in ("later", "last", "second"))
        if answer is None or answer.focus is None:
            return answer
        # "By how much?" next asks this comparison's gap (see `gap`), of the same two meetings.
        return replace(answer, focus=replace(answer.focus, intent="compare", question=text,
                                             items=(f"meeting:{a.id}", f"meeting:{b.id}")))

    def longer_claim(self, text: str, focus: Focus | None = None) -> Answer | None:
        """"Was the A–B meeting longer than the C–D meeting?": yes or no, from the two lengths written.
        "Was the C–D meeting longer?" after an answer about one meeting compares with that one."""
        found = _LONGER_CLAIM.match(text.lower())
        whole = analyse(text, self.index)
        either = _EITHER_THAN.match(text.lower())
        if either is not None and focus is not None and focus.meeting in self.kb.meetings:
            # "Was it longer or shorter than the C–D meeting?": no claim, the two lengths compared
            other = self._meeting(either.group("b"), whole, None)
            shown = self.kb.meetings[focus.meeting or ""]
            return self._longer(shown, other, "longer") if other is not None and other.id != shown.id else None
        if found is None:
            alone = _LONGER_THAN_LAST.match(text.lower())
            if alone is None or focus is None or focus.meeting not in self.kb.meetings:
                return None
            a: Meeting | None = self._meeting(alone.group("a"), whole, None)
            b: Meeting | None = self.kb.meetings[focus.meeting or ""]
            found = alone
        else:
            # ("was it longer than the C–D meeting?": "it" is the meeting the conversation is about)
            a, b = (self._meeting(side, whole, focus if _THAT.match(side.strip(" ,?:")) else None)
                    for side in (found.group("a"), found.group("b")))
        if a is None or b is None or a.id == b.id:
            return None
        answer = self._longer(a, b, found.group("way"))
        if answer is None or not answer.answered:
            return answer
        if a.duration_minutes == b.duration_minutes:
            verdict = "No: they lasted about as long"
        else:
            verdict = "Yes" if answer.title.endswith(a.title) else "No"
        if answer.focus is None:
            return replace(answer, title=verdict)
        # "By how many minutes?" next asks the gap of the same two (see `gap`), as after "which one was longer?"
        return replace(answer, title=verdict, focus=replace(answer.focus, intent="compare", question=_WHICH_LONGER,
                                                            items=(f"meeting:{a.id}", f"meeting:{b.id}")))

    def gap(self, focus: Focus | None) -> Answer | None:
        """"By how many minutes?" after a comparison: the gap its answer states, else None."""
        if focus is None or focus.intent != "compare" or not focus.question:
            return None
        again = self.compare(focus.question, focus)
        shown = [self.kb.meetings.get(i.partition(":")[2]) for i in focus.items if i.startswith("meeting:")]
        if (again is None or not again.answered) and len(shown) == 2 and len(focus.items) == 2 \
                and shown[0] is not None and shown[1] is not None:
            # ("which was longer, that or the A–B meeting?": "that" now points to the answer's own meeting; the
            # two compared are the answer's items)
            again = self._longer(shown[0], shown[1], "longer")
        line = next((x for x in again.lines if x.startswith(_GAP_LINE)), None) if again and again.answered else None
        if again is None or line is None:
            return None
        return Answer("difference", True, line.removeprefix(_GAP_LINE).rstrip("."), again.lines,
                      sources=again.sources, focus=again.focus, confidence=again.confidence)

    def order_claim(self, text: str) -> Answer | None:
        """"Did the business forum take place after Usmanov met Ikegami?", "did Japan open its embassy
        in Tashkent before Uzbekistan opened one in Tokyo?": the two records' dates, compared."""
        found = _CLAIMED_ORDER.search(text)
        if found is None:
            return None
        left, right = text[: found.start()], text[found.end():]
        doer = self._doer_again(left, right)
        first, second = self._dated(left), self._dated(right, doer or self._where_to(left, right), strict=bool(doer))
        if first is None or second is None or first[0] == second[0]:
            return None
        (a_title, a_date, a_cited), (b_title, b_date, b_cited) = first, second
        if not (a_date.last_day() < b_date.first_day() or b_date.last_day() < a_date.first_day()):
            return None  # dates too coarse to order
        claimed = asked.claimed_figures(left)
        if claimed and asked.figures_verdict(claimed, asked.claimed_figures(a_title)) is False:
            # "did Japan give about 1,000 generators the year before the A–B meeting?" of 1,500: not what happened
            return Answer("yes_no", True, "No, not according to the records", (_dated_line(a_title, a_date),),
                          sources=(d.cite(self.kb, a_cited),), confidence=0.8)
        lines = (_dated_line(a_title, a_date), _dated_line(b_title, b_date))
        if " or " in found.group(0).lower():  # "was A before or after B?": which of the two
            relation = "Before" if a_date < b_date else "After"
            return Answer("comparison", True, f"{relation}: the first came {relation.lower()} the second", lines,
                          sources=(d.cite(self.kb, a_cited), d.cite(self.kb, b_cited)), confidence=0.8)
        holds = a_date < b_date if found.group(1).lower() == "before" else a_date > b_date
        return Answer("yes_no", True, "Yes" if holds else "No",
                      (_dated_line(a_title, a_date), _dated_line(b_title, b_date)),
                      sources=(d.cite(self.kb, a_cited), d.cite(self.kb, b_cited)), confidence=0.8)

    def _doer_again(self, left: str, right: str) -> list[set[tuple[str, str]]]:
        """"Did Kamikawa meet Kuleba before she met Shmyhal?": the side that opens on "he" or "she" is of the one
        who did the first thing (her meeting with Shmyhal, not anyone's)."""
        if _SUBJECT_AGAIN.match(right) is None or not analyse(right, self.index).mentions:
            return []  # ("… before he got there": no other event named, so none dated)
        people = sorted((m for m in analyse(left, self.index).mentions if m.kind == "person"), key=lambda m: m.start)
        return [{("person", people[0].id)}] if people else []

    def _where_to(self, left: str, right: str) -> list[set[tuple[str, str]]]:
        """"Had Japan's prime minister been to Ukraine before Hayashi?": a side that is a name alone did
        what the other side did, there: the other side's countries and places, for it to be dated by."""
        named = analyse(right, self.index)
        if named.keywords or not named.mentions or any(m.kind != "person" for m in named.mentions):
            return []
        return [{(m.kind, m.id)} for m in analyse(left, self.index).mentions
                if m.kind in ("country", "place") and m.id != self.index.home]

    def _dated(self, side: str, where: list[set[tuple[str, str]]] | None = None, *, strict: bool = False
               ) -> tuple[str, PartialDate, Cited] | None:
        """The record one side of a claim is about, with its date: a meeting, else a dated fact. `where`
        holds the places (or, `strict`, the doer) that side is asked of though it does not name them; a doer's
        side is dated only by a meeting of theirs."""
        query = analyse(side, self.index)
        # ("his talks with the Ukrainian president": the one person the post describes; a post several held, "his
        # foreign minister", names none of them)
        by_post = self.described(query) if query.role and not any(m.kind == "person" for m in query.mentions) else []
        groups = entity_groups(query) + (by_post if len(by_post) == 1 and len(by_post[0]) == 1 else []) + (where or [])
        if not groups:
            return None
        meetings = self.filter_meetings(groups, replace(query, order="first"))
        if meetings and (not query.keywords or all(k in _EVENT_WORDS for k in query.keywords)):
            return meetings[0].title, meetings[0].date, meetings[0].cited
        if strict:
            return None
        scored = score_passages(self.index, query, limit=1)
        if scored and scored[0].coverage >= thresholds.MIN_COVERAGE and not scored[0].entities_missing:
            p = scored[0].passage
            if p.date is not None:
                return p.text, p.date, p.cited
        return None

    def _sides(self, text: str, after: int) -> list[str] | None:
        """The two things compared: around " or " after a colon or the comparison phrase, or the
        whole question's parts when it is "did A come before or after B"."""
        if " before or after " in text.lower() or " after or before " in text.lower():
            first, _, second = re.split(r"\s+(before or after|after or before)\s+", text, maxsplit=1, flags=re.I)
            return [first, second]
        tail = text.split(":", 1)[1] if ":" in text else text[after:]
        parts = _SIDES.split(tail.strip(" ,?"), maxsplit=1)
        return parts if len(parts) == 2 else None

    def meeting_named(self, side: str, text: str) -> Meeting | None:
        """The one meeting a side of a choice names ("Varn's meeting with Tarsen"), read with the whole
        question `text`; None when none or several of other dates fit it."""
        return self._meeting(side, analyse(text, self.index), None)

    def _meeting(self, side: str, whole: Query, focus: Focus | None) -> Meeting | None:
        own = self._candidates(side, whole, focus)
        if len({m.date for m in own}) > 1:
            return None  # several meetings of other dates fit the side: none is picked silently
        return own[0] if own else None

    def _names_events(self, side: str) -> bool:
        """Whether one side of a comparison names meetings or visits, by their people or places ("the
        Kamikawa meeting", "that trip"), not something else of a country ("Japan's relations with Rwanda")."""
        return bool(_THAT.match(side.strip(" ,?:"))) or all(
            k in _SIDE_EVENT_STEMS for k in analyse(side, self.index).keywords)

    def _no_meeting_does(self, query: Query) -> bool:
        """Whether the question says something done that no record of a meeting tells of, only records of other
        kinds ("which opened first, Ostra or Brava?": embassies open, meetings do not)."""
        return any(ids and not any(self.index.passages[n].kind in lx.MEETING_KINDS for n in ids)
                   for k in query.keywords if (ids := self.index.by_stem.get(k)))

    def _all_on_one_side(self, sides: list[list[Meeting]], *, relative: bool) -> Answer | None:
        """The order of two sides one of which several meetings fit, when every meeting of one side came
        before every meeting of the other; None when the sides overlap or one has no meeting."""
        a, b = sides
        if not a or not b or set(a) & set(b):
            return None
        a_before = max(m.date.last_day() for m in a) < min(m.date.first_day() for m in b)
        a_after = min(m.date.first_day() for m in a) > max(m.date.last_day() for m in b)
        if not (a_before or a_after):
            return None
        way = "before" if a_before else "after"
        lines = tuple(f"{m.title}: {m.date.human()}." for m in (*a, *b))
        first = a if a_before else b

        def named(side: list[Meeting]) -> str:
            if len(side) == 1:
                return f"{side[0].title} ({side[0].date.human()})"
            days = ", ".join(dict.fromkeys(m.date.human() for m in side))
            return f"each of the {len(side)} meetings that fit ({days})"
        title = (f"{way.capitalize()}: {named(a)} came {way} {named(b)}" if relative
                 else f"First: {named(first)}")
        return Answer("comparison", True, title, lines,
                      sources=tuple(d.cite(self.kb, m.cited) for m in (*a, *b))[:4],
                      focus=Focus(items=tuple(f"meeting:{m.id}" for m in (*a, *b))), confidence=0.8)

    def _candidates(self, side: str, whole: Query, focus: Focus | None) -> list[Meeting]:
        """Every meeting one side of a comparison may mean, those its names are about first."""
        side = side.strip(" ,?:")
        if _THAT.match(side) and focus is not None and focus.meeting in self.kb.meetings:
            return [self.kb.meetings[focus.meeting]]
        query = analyse(side, self.index)
        groups = entity_groups(query)
        if focus is not None and focus.people and lx.PERSON_PRONOUN.search(side.lower()):
            # "did he meet Hayashi before …?": "he" is the one the conversation is about
            named = {e for g in groups for e in g}
            meant = next((p for p in focus.people if ("person", p) not in named), None)
            groups = groups + [{("person", meant)}] if meant is not None else groups
        if not groups:
            return []
        found = self.filter_meetings(groups, replace(query, dates=query.dates or whole.dates, order="first"))
        # A meeting the side's names are about outranks one whose text only mentions them ("Kamikawa's G7
        # meeting" is the G7 meeting, not her talks that reported on it).
        return [m for m in found if all(g & self.index.meeting_entities(m.id)
                                        or any(self.index.entity_name(e).lower() in m.title.lower() for e in g)
                                        for g in groups)] or found

    def _earlier(self, a: Meeting, b: Meeting, *, relative: bool, later: bool = False) -> Answer:
        first, second = (a, b) if a.date <= b.date else (b, a)
        same = not (first.date.last_day() < second.date.first_day())
        lines: tuple[str, ...] = (f"{first.title}: {first.date.human()}.", f"{second.title}: {second.date.human()}.")
        if first.date.precision == second.date.precision == "day" and not same:
            days = (second.date.first_day() - first.date.first_day()).days
            lines += (f"{_GAP_LINE}{days} days.",)
        if same:
            title = "The records date both to the same day or month"
        elif relative:  # "did A come before or after B?": about A
            title = f"{'Before' if first is a else 'After'}: {a.title} ({a.date.human()}) came " \
                    f"{'before' if first is a else 'after'} {b.title} ({b.date.human()})"
        elif later:  # "which came later?": the later one named
            title = f"Later: {second.title} ({second.date.human()})"
        else:
            title = f"First: {first.title} ({first.date.human()})"
        picked = second if later and not relative and not same else first
        return Answer("comparison", True, title, lines, sources=(d.cite(self.kb, a.cited), d.cite(self.kb, b.cited)),
                      focus=Focus(meeting=picked.id, items=(f"meeting:{first.id}", f"meeting:{second.id}")),
                      confidence=0.9)

    def _earlier_in_day(self, a: Meeting, b: Meeting, *, later: bool) -> Answer:
        """"Which started earlier in the day, local time?": the two clock times the records give."""
        missing = next((m for m in (a, b) if not m.local_time), None)
        if missing is not None:
            return Answer("not_found", False, "Not in the records",
                          (f"The source does not state what time {missing.title} began.",),
                          sources=(d.cite(self.kb, missing.cited),), confidence=0.0)
        assert a.local_time is not None and b.local_time is not None
        first, second = (a, b) if a.local_time <= b.local_time else (b, a)
        picked = second if later else first
        lines = tuple(f"{self._named(m)}: {m.local_time} local time ({m.date.human()})." for m in (a, b))
        if a.local_time == b.local_time:
            title = f"Both began at {a.local_time} local time"
        else:
            title = (f"{'Later' if later else 'Earlier'} in the day: {self._named(picked)} "
                     f"({picked.local_time} local time)")
        return Answer("comparison", True, title, lines, sources=(d.cite(self.kb, a.cited), d.cite(self.kb, b.cited)),
                      focus=Focus(meeting=picked.id, items=(f"meeting:{a.id}", f"meeting:{b.id}")), confidence=0.9)

    def _named(self, m: Meeting) -> str:
        """A meeting's title, with the people its title does not name ("... in New York (Kamikawa, Kuleba)")."""
        names = [p.family_name for x in m.participants if (p := self.kb.people.get(x)) and p.family_name not in m.title]
        return f"{m.title} ({', '.join(names)})" if names else m.title

    def _longer(self, a: Meeting, b: Meeting, asked: str) -> Answer | None:
        if not a.duration_minutes or not b.duration_minutes:
            missing = a if not a.duration_minutes else b
            return Answer("not_found", False, "Not in the records",
                          (f"The source does not state how long {missing.title} lasted.",),
                          sources=(d.cite(self.kb, missing.cited),), confidence=0.0)
        longer, shorter = (a, b) if a.duration_minutes >= b.duration_minutes else (b, a)
        pick = longer if "long" in asked else shorter
        lines = tuple(f"{self._named(m)}: about {m.duration_minutes} minutes ({m.date.human()})."
                      for m in (longer, shorter))
        gap = abs(a.duration_minutes - b.duration_minutes)
        lines += (f"{_GAP_LINE}about {gap} minutes, as the lengths are written.",) if gap else ()
        other = shorter if pick is longer else longer
        return Answer("comparison", True, f"{'Longer' if pick is longer else 'Shorter'}: {pick.title}", lines,
                      sources=(d.cite(self.kb, a.cited), d.cite(self.kb, b.cited)),
                      focus=Focus(meeting=pick.id, items=(f"meeting:{pick.id}", f"meeting:{other.id}")),
                      confidence=0.9)


def _dated_line(title: str, date: PartialDate) -> str:
    return title if date.human() in title else f"{title.rstrip('.')}: {date.human()}."
