"""Answers about meetings: lists and counts, who took part, the countries met, one meeting's
details, and the detail a question asks of a meeting (when, where, what time, how long, who, why,
what was discussed or agreed)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Protocol

from bot.answers import Action, Answer, Citation, Focus, Item
from bot.engine import asked as asked_words
from bot.engine import computed, details, followups, thresholds
from bot.engine import describe as d
from bot.engine import lexicon as lx
from bot.engine.described import attached_countries
from bot.engine.events import TRAVEL, asks
from bot.engine.index import KnowledgeIndex, Passage
from bot.engine.query import ROLES, SYNONYMS, TIME_GAP, Query, expand_shorthand, phrase_span, phrase_spans
from bot.engine.retrieval import Scored, entity_groups, score_passages
from bot.engine.text import content_stems, fold, stem, tokens
from bot.engine.trips import VISIT
from bot.engine.when import (
    ENDED_ASKED,
    HOME_CLOCK,
    DateFilter,
    began_at,
    clock_of,
    parse_month_day,
    parse_month_day_in,
    span_slice,
    twelve_hour,
)
from bot.knowledge.dates import PartialDate
from bot.knowledge.model import KnowledgeBase, Meeting, Person, Point, Term

#: "where will the transformers go?", "which city were the cranes sent to?": where a thing was to go.
_THING_SENT = re.compile(r"\b(?:where|which (?:city|town|region|province|part)|what (?:city|town|region|province|part))"
                         r"(?: of [a-z]+)? (?:did|will|do|does|are|were|is|was|would) (?:the |those |these )?"
                         r"(?P<thing>(?:[\w'’-]+ ){1,4}?)(?:go|went|gone|be sent|be delivered|be shipped|be taken"
                         r"|end up|arrive|sent|delivered|shipped)\b")
_WHERE_IN = re.compile(r"\bwhere (?:exactly )?in\b|\bwhereabouts in\b|\bwhich part of\b")
_UNNAMED_OTHERS = re.compile(r"\bnot (named|listed)\b|\bother officials\b|\bamong other", re.I)
def meeting_focus(m: Meeting) -> Focus:
    """A meeting as the conversation's topic: its people, countries, place, occasion ("and that summit, how many
    days?") and date ("and the previous year?" counts from it)."""
    return Focus(meeting=m.id, people=m.partner_side + m.japan_side, countries=m.countries, place=m.place,
                 topic=m.occasion, date=m.date.iso())


def unnamed_said(note: str | None) -> str | None:
    """The sentence of a meeting's note saying some who took part are not named, or None."""
    sentences = re.split(r"(?<=\.)\s+", note or "")
    return next((x for x in sentences if _UNNAMED_OTHERS.search(x)), None)


#: "which countries met Japan, and who represented them?": who, asked beside which countries.
_WHO_TOO = re.compile(r"\band who\b|\bwho (?:represented|led|attended|came|took part)\b")
#: "in which city and at what event?": the occasion asked beside the place.
_OCCASION_TOO = re.compile(r"\b(?:and|n|&)\b.*\b(?:what|which|wat) (?:event|occasion|gathering|conference|summit)\b")
#: "Kagame's delegation", "Hayashi's entourage": the people who came with someone.
_DELEGATION_OF = re.compile(r"\b[\w-]+['’]s? (?P<noun>delegation|entourage|retinue)\b")
_IN_TOTAL = re.compile(r"\b(in total|total|altogether|in all|all together)\b")
#: "how many ministers attended?" asks of all who came, "how many are named as attending?" of those named.
_ATTENDED = re.compile(r"^(?!.*\b(?:named|mentioned|listed|identified|recorded|by name)\b).*\b(?:attended|attending"
                       r"|took part|participated)\b")
#: "… and how long did they run?": the length asked beside the time.
_HOW_LONG_TOO = re.compile(r"\bhow long\b|\bfor how many minutes\b|\bhow many minutes\b")
#: "who was in Japan's delegation?", "Kagame's entourage": one side's people, besides the one leading it.
_SIDE_ASKED = re.compile(r"\b(?:delegation|entourage)\b")
#: "who attended the A–B meeting on the Japanese side?": those there of that side, besides the one named leading it.
_ATTENDED_ON_SIDE = re.compile(r"\b(?:attend\w*|sat in|sit in|sitting in|(?:was|were) there|in the room)\b[^?]*"
                               r"\b(?:on|for|from) (?:the|[a-z]+['’]s) (?:[a-z]+ )?side\b")
#: "who led the Japanese side?", "who came from Japan's side?": its principal asked, who is named then.
_PRINCIPAL_ASKED = re.compile(r"\b(?:led|lead|leads|headed|head|heads|hosted|host|came|come|met|meet|represent\w*"
                              r"|steer\w*|co-\w+|chair\w*)\b")
#: "who visited Ukraine before Hayashi?", "who went there?": the one who made a visit, asked.
_WHO_TRAVELLED = re.compile(r"^\W*(?:and |so )?who (?:had )?(?:visited|went|travell?ed|flew|came|made (?:a|the) "
                            r"(?:trip|visit))\b")
_EXCLUDING = re.compile(r"\b(other|else|besides|apart from|aside from|except|excluding|in addition to)\b")


#: A question asking for the very day ("on what date", "which day", "the exact date").
_EXACT_DAY = re.compile(r"\b(on )?(what|which) (exact )?(dates?|days?)\b"
                        r"|\b(?:exact|precise|specific) (?:dates?|days?)\b|\b(?:dates?|days?) exactly\b"
                        r"|\bexactly (?:what|which) (?:date|day)\b|\bthe date of\b"
                        # ("date of the 9th … meeting?": the date asked as a headline)
                        r"|^\W*(?:and |so |ok )?dates? of\b")
#: A question asking for the month ("in which month", "what month of 2010"), which a record dated by its year lacks.
MONTH_ASKED = re.compile(r"\b(?:what|which) month\b")


def date_part_missing(text: str, date: PartialDate | None) -> str | None:
    """The part of a date the question `text` asks for that `date` does not give: "month" ("in which month …?" of a
    record dated by its year; said so whenever a month is asked), "day" ("on what date …?" of one dated to the
    month); None when it gives what is asked."""
    month_asked = MONTH_ASKED.search(text) is not None
    if month_asked and (date is None or date.precision == "year"):
        return "month"
    if _EXACT_DAY.search(text) and (date is None or date.precision != "day"):
        return "month" if month_asked else "day"
    return None
#: "What did he do there?", "what went on?": what was done at a meeting or on a visit, asked in general.
_DEEDS_ASKED = re.compile(r"\bwhat (?:did|does|has|had|will) (?:[\w'’-]+ ){1,4}?do\b"
                          r"|\bwhat (?:happened|went on|took place)\b")
#: A question about when something ended, and a start time the source gives in Japan's time.
_END = re.compile(r"\b(end|ended|ends|ending|finish|finished|finishing|over|concluded?|wrap(ped)? up|close[ds]?)\b")
#: "what else was discussed?": more than what is known, of the record asked about.
_ELSE_ASKED = re.compile(r"\b(?:what|anything|something|which|who) else\b")
#: The kind of post a question asks about ("which Rwandan ministers"), as a word of the title.
_POST_NOUN = re.compile(r"\b(minister|president|ambassador|governor|secretary)s?\b")
_ABOUT_WORDS = frozenset("about regarding concerning discuss discusses discussed discussing mention mentions mentioned "
                          "raise raises raised address addresses addressed".split())
_OF_WORDS = frozenset("in of on against for around".split())
_SUBJECT_NOUNS = frozenset("""situation war crisis conflict aggression invasion reconstruction recovery
    developments security support aid""".split())
#: "Which countries are mentioned?": named anywhere in the records, not only those met.
_MERELY_NAMED = re.compile(r"\b(?:mentioned|mention|appear|appears|named|referred to|comes? up)\b")
#: "Ukraine was on the agenda of which meetings?": a subject talked about.
_ON_THE_AGENDA = re.compile(r"\bon (?:the|their|its) agenda\b")
#: Words after a name that make it the subject talked about ("did Ukraine come up", "was Ukraine discussed").
_TALKED_AFTER = re.compile(r"^(?:(?:ever|also|even|actually) )?(?:(?:come|came|comes|coming|crop\w*) up"
                           r"|(?:(?:was|were|is|are|get|got|gets|being|been) )?(?:(?:ever|also) )?(?:discussed|raised"
                           r"|mentioned|addressed|brought up|touched (?:on|upon)|on the agenda)"
                           r"|feature[sd]?|figure[sd]?)\b")
#: "(on September 21, 7:05 a.m. JST)": the day in Japan, when a time note gives it with Japan's clock.
_HOME_DAY = re.compile(r"\bon ((?:January|February|March|April|May|June|July|August|September|October|November"
                       r"|December) \d{1,2}|\d{1,2} (?:January|February|March|April|May|June|July|August|September"
                       r"|October|November|December)),? \d{1,2}:\d{2} ?[ap]\.?m\.? JST\b")
_DATE_ASKED = re.compile(r"\b(date|day)\b")


#: "officials from Central Asian countries": a region's countries each asked of.
_COUNTRIES_NOUN = frozenset({"countries", "states", "republics", "nations"})
#: "the Kyrgyz diplomat who thanked Japan …: in which field …?": thanks that describe the one asked of, not
#: what is asked.
_THANKS_DESCRIBE = re.compile(r"\b(?:who|that) (?:had )?(?:thank\w*|(?:was|were) (?:so )?grateful|expressed\b[^?]*?"
                              r"\b(?:gratitude|thanks))\b")


def _says_thanks(text: str) -> bool:
    """Whether a point of a meeting tells of someone's thanks ("Kyrgyz gratitude for …", "thanked Japan")."""
    return any(k in lx.THANKS for k in content_stems(text))


#: How many words may follow a name before the gathering noun it names ("the G7 foreign ministers' meeting").
#: A word that stands for a record after a name ("the G7 one"), as a gathering noun does ("the G7 meeting").
_RECORD_PRONOUN = frozenset({"one"})
_NOUN_AFTER_NAME = 4


def gathering_named(kb: KnowledgeBase, query: Query, meetings: Sequence[Meeting], *,
                    strict: bool = False) -> list[Meeting]:
    """"Who attended the G7 foreign ministers' meeting?": of `meetings`, those whose title names the thing said
    before the gathering noun, not another meeting that only mentions it; all of them when none is titled so
    (none of them, when `strict`: a gathering named is not a meeting that only mentions it)."""
    named, kept = _titled_by_gathering(kb, query, meetings)
    return kept or ([] if strict and named else list(meetings))


def titled_by_gathering(kb: KnowledgeBase, query: Query, meetings: Sequence[Meeting]) -> list[Meeting]:
    """Of `meetings`, those whose title names the gathering the question names before a gathering noun ("the G7
    foreign ministers' meeting"); none when the question names no gathering so."""
    return _titled_by_gathering(kb, query, meetings)[1]


def _titled_by_gathering(kb: KnowledgeBase, query: Query,
                         meetings: Sequence[Meeting]) -> tuple[list[Term], list[Meeting]]:
    named = [kb.terms[m.id] for m in query.mentions if m.kind == "term" and m.id in kb.terms
             and any(w in lx.GATHERING_NOUNS or w in _RECORD_PRONOUN
                     for w in query.words[m.end:m.end + _NOUN_AFTER_NAME])]
    forms = [f for t in named for f in term_forms(t)]
    return named, [m for m in meetings if titled_by(m, forms)]


def term_forms(term: Term) -> list[list[str]]:
    """The words of each name of a term: its name and its aliases."""
    return [f for form in (term.name, *term.aliases) if (f := tokens(form))]


def titled_by(m: Meeting, forms: Sequence[list[str]]) -> bool:
    """Whether the meeting's title holds one of the names `forms`, word for word ("G7 Foreign Ministers' meeting
    held by …" holds "G7")."""
    words = tokens(m.title)
    return any(words[i:i + len(f)] == f for f in forms for i in range(len(words)))


def dated_as_asked(m: Meeting, dates: DateFilter, japan_time: bool, claimed: bool) -> bool:
    """Whether the meeting falls in the dates asked: a claim of a day in Japan's calendar ("did they meet on 21
    September, Japan time?" of 20 September in New York) by Japan's day when the source gives it apart; any
    other question by either day ("met on 20 September: which date was it in Tokyo?")."""
    home = home_day(m) if japan_time else None
    if home is not None and home != m.date.first_day() and claimed:
        return dates.matches(home, home)
    return dates.matches(m.date.first_day(), m.date.last_day()) or home is not None and dates.matches(home, home)


def home_day(m: Meeting) -> dt.date:
    """The day in Japan the source gives beside the time there, else the meeting's own day."""
    return home_day_said(m) or m.date.first_day()


def home_day_said(m: Meeting) -> dt.date | None:
    """The day in Japan the source gives beside the time there ("6:05 p.m. local time (on September 21, 7:05 a.m.
    JST)"), in the meeting's year; None when it gives none."""
    said = parse_month_day_in(m.time_note or "")
    if said is None:
        return None
    try:
        return dt.date(m.date.first_day().year, *said)
    except ValueError:
        return None


#: Words of a list question that say what is listed or frame it, not what the meetings were about.
_NOT_TOPIC = frozenset(stem(w) for w in """meet met meeting meetings talk talks held hold visit visits visited come
    came up raise raised mention mentioned discuss discussed feature featured address addressed topic topics
    subject subjects issue issues record records list japan japanese touch touched touching cover covered
    covering deal dealt concern concerned involve involved include included country countries express expressed
    voice voiced convey conveyed set sets round rounds session sessions conversation conversations discussion
    discussions occasion occasions diplomatic diplomat date dates have put order chronological document documents
    sort sorted arrange official officials leader leaders counterpart counterparts partner partners""".split())
#: "Which ministers attended?", "who were all the participants?": everyone who took part is asked.
_MANY_ASKED = re.compile(r"\b(?:which|what|all the|who were)\b(?: [\w-]+){0,3} (?:ministers|participants|leaders"
                         r"|officials|countries|delegations|attendees|people|fms|delegates|counterparts)\b")
#: "Which Ukrainian city …?": a place of the country written before it.
_CITY_NOUNS = frozenset({"city", "cities", "town", "towns", "capital"})
#: The verbs after which a question names who did something ("who else did Hayashi meet?").
_AUXILIARY_VERBS = frozenset("did does do has had will".split())
#: Words of a question about the part of the day, beside the part itself ("which took place in the evening,
#: local time?").
_PART_STEMS = frozenset(stem(w) for w in """morning afternoon evening night local time took place place took start
    started began begin noon midday got going""".split())


#: A list asked for by a detail its records give ("whose length is reported", "with a start time").
_FIELDS = (
    ("duration_minutes", re.compile(r"\b(lengths?|durations?|how long|lasted|long each)\b")),
    ("local_time", re.compile(r"\b(start(ing)? times?|times? (given|stated|reported|recorded)|what time|began at|"
                              r"start at)\b")),
)


def fields_asked(lowered: str) -> list[str]:
    """The meeting fields a question names ("which meetings have a start time given?": `local_time`)."""
    return [name for name, pattern in _FIELDS if pattern.search(lowered)]


def field_detail(m: Meeting, field: str) -> str:
    """A meeting's length or clock time, as its record gives it: "about 30 minutes", "14:40 local time"."""
    if field == "duration_minutes":
        return f"about {m.duration_minutes} minutes"
    # (in both ways of writing it: "18:05 (6:05 p.m.)", as the sources write times of day)
    said = f" ({twelve_hour(dt.time.fromisoformat(m.local_time))})" if m.local_time else ""
    return f"{m.local_time}{said} local time"


def _alternatives(query: Query, topic: list[str]) -> set[str]:
    """The topic stems joined by "or": the nearest topic word on each side of it."""
    words = list(query.words)
    stems = [stem(w) for w in words]
    chosen: set[str] = set()
    for i, word in enumerate(words):
        if word != "or":
            continue
        left = next((stems[j] for j in range(i - 1, max(-1, i - 3), -1) if stems[j] in topic), None)
        right = next((stems[j] for j in range(i + 1, min(len(words), i + 3)) if stems[j] in topic), None)
        chosen |= {s for s in (left, right) if s is not None}
        # "climate, decarbonization or energy": the topic words listed before the last one too.
        j = i - 1
        while j >= 0 and (stems[j] in topic or words[j] == "and") and i - j <= 6:
            if stems[j] in topic:
                chosen.add(stems[j])
            j -= 1
    return chosen


def _topic_words(query: Query) -> list[str]:
    return [w for w in query.words if stem(w) in query.keywords and stem(w) not in _NOT_TOPIC]


def _period(query: Query) -> tuple[str, str, str] | None:
    dates = query.dates
    if dates is None or dates.start is None or dates.end is None:
        return None
    return dates.label, dates.start.isoformat(), dates.end.isoformat()



#: "Who else did he meet?", "whom else did she see?": people met, not people present.
_MET_BY = re.compile(r"\b(?:meet|met|see|saw|seen|talk (?:to|with)|talked (?:to|with)|sit down with|sat down with)\b")
def _topic_stems(query: Query) -> list[str]:
    """The words of a question that say its subject ("infrastructure cooperation"), not what is asked of it."""
    return [k for k in query.keywords if k not in _NOT_TOPIC and k not in lx.GATHERING_WORDS]


#: A question for meetings ("which meetings", "japan's mtgs w ukraine"), and one for visits or trips too.
_MEETINGS_ASKED = re.compile(r"\b(?:meetings?|talks|mtgs?)\b")
_VISITS_ASKED = re.compile(r"\b(?:visits?|visited|trips?|travel\w*|went|go|going|encounters?|contacts?|events?"
                           r"|records?|documents?|reports?)\b")
#: Nouns for a meeting, after the name of what kind of meeting it was ("a G7 meeting", "the forum session").
#: "Who was Japan's finance minister at it?": the holder of a post, asked of a meeting.
_WHO_WAS_POST = re.compile(r"^\W*(?:and |so )?(?:who (?:was|were|is|are) "
                           # "what's the name of the finance minister who …?", "name the minister who …"
                           r"|what(?:[’']s| is| was| are| were) the names? of |(?:name|tell me) (?=the ))"
                           r"(?:the )?(?P<post>(?:[\w'’-]+ ){0,3}?(?:minister|"
                           r"ministers|president|premier|governor|ambassador|secretary|chair|fm|pm|diplomat|envoy))\b")
#: Words that make a question one of a meeting itself, not of the gathering it was held at.
_OF_THE_MEETING = frozenset("meeting meetings meet met talks talk".split())
_MEETING_NOUNS = frozenset("meeting meetings summit summits session sessions talks gathering gatherings".split())
#: "… did he talk to?", "did she meet": someone said by a pronoun did the meeting, not the one named.
_PRONOUN_MET = re.compile(r"\b(?:did|does|do|has|had|would) (?:he|she|they)\b (?:[a-z]+ )?(?:meet|see|talk|sit)\b")
#: "… met which Japanese minister, and where?": a person asked beside the place.
_PERSON_TOO = re.compile(r"\b(?:which|what) (?:[a-z]+ )?(?:minister|ministers|official|officials|leader|leaders"
                         r"|diplomat|diplomats|person|people)\b.*\b(?:and|,)\b")
#: "Which other African leaders ...", "which ministers ...": the kind of person asked for.
PERSON_CLASS = re.compile(r"\b(?:which|what|any) (?:other )?(?:[a-z]+ ){0,2}?(leaders?|heads? of state|ministers?)\b")
#: Posts of those a question calls leaders: heads of state and of government.


#: "which finance minister …", "what other Rwandan minister …": a post asked for, just after the question word.
_POST_ASKED = re.compile(r"\b(?:which|what|any)(?: other)?(?: [a-z]+)?$")


def asked_post(query: Query) -> str | None:
    """The post a question asks for a holder of ("which finance minister accompanied …?"), as against a
    post that names someone ("who accompanied the finance minister?")."""
    if query.role is None:
        return None
    span = phrase_span(ROLES[query.role], query.words)
    if span is None or not _POST_ASKED.search(" ".join(query.words[max(0, span[0] - 3):span[0]])):
        return None
    return query.role


def of_class(person: Person, kind: str) -> bool:
    """Whether the records give the person a post of the kind a question asks for."""
    if kind.startswith("minister"):
        return any("minister" in r.key or "minister" in r.title.lower() for r in person.roles)
    return any(r.key in lx.POST_CLASSES["leader"] for r in person.roles)


def _parts_asked(lowered: str) -> tuple[str, ...]:
    """The parts of the day a question asks of ("in the afternoon or evening", "after noon"), in day order."""
    named = {found.group(1) for found in lx.PART_OF_DAY.finditer(lowered)}
    if _AFTER_NOON.search(lowered):
        named |= {"afternoon", "evening", "night"}
    if _BEFORE_NOON.search(lowered):
        named |= {"morning"}
    return tuple(p for p in ("morning", "afternoon", "evening", "night") if p in named)


#: "After noon", "after midday", "in the p.m.": any part of the day from noon on; "before noon" the morning.
_AFTER_NOON = re.compile(r"\b(?:after|past|from) (?:noon|midday|12(?::00)? ?(?:pm|p\.m\.)?)\b|\bin the p\.?m\.?\b")
_BEFORE_NOON = re.compile(r"\b(?:before|until|by) (?:noon|midday)\b|\bin the a\.?m\.?\b")


def part_of_day(m: Meeting) -> str | None:
    """The part of the day a meeting was held in: from its clock time ("14:40" → "afternoon"), or the
    words its record uses ("this evening"); None when the record says neither."""
    if m.local_time:
        try:
            hour = int(m.local_time.split(":", 1)[0])
        except ValueError:
            return None
        if 5 <= hour < 12:
            return "morning"
        return "afternoon" if 12 <= hour < 17 else "evening" if 17 <= hour < 21 else "night"
    named = lx.PART_OF_DAY.search((m.time_note or "").lower())
    return named.group(1) if named else None

class PassageAnswers(Protocol):
    """What meeting and profile answers fall back on: answers from passages, and abstentions."""

    def from_passage(self, query: Query, best: Scored, scored: list[Scored]) -> Answer: ...
    def nothing(self, query: Query, scored: list[Scored] | None = None) -> Answer: ...
    def not_recorded(self, query: Query, reason: str) -> Answer: ...
    def confidence(self, query: Query) -> float: ...


#: A country asked of as a side of a meeting ("who represented Tajikistan", "who came from Iran", "for
#: Japan", "Ruritania's delegation"), not one talked about.
#: The nouns of one side of a meeting after its country ("Japan's delegation", "the Rwandan side").
_SIDE_NOUNS = frozenset({"delegation", "delegations", "side", "team", "party", "entourage"})
_SIDE_OF = re.compile(r"\b(?:represent\w*|from|on behalf of|delegat\w*|side)\b")


class Meetings:
    """Answers about meetings: which ones fit (listed, counted, filtered) and each one's details.
    A part of the `Answerer`, which it asks for passage answers and abstentions (`PassageAnswers`)."""

    def __init__(self, index: KnowledgeIndex, passages: PassageAnswers) -> None:
        self.index = index
        self.kb = index.kb
        self.passages = passages
        self._items: dict[str, Item] = {}
        self._by_first_day: tuple[list[Meeting], list[dt.date]] | None = None

    def _with_parts(self, m: Meeting, parts: list[Meeting]) -> Item:
        """A visit's list line, with the meetings held during it (each named by its title)."""
        item = self.meeting_item(m)
        if not parts:
            return item
        return replace(item, label=f"{item.label}; during it: " + "; ".join(x.title for x in parts))

    def meeting_item(self, m: Meeting) -> Item:
        """A meeting's list line, built once: lists of thousands of meetings are common commands."""
        item = self._items.get(m.id)
        if item is None:
            item = self._items[m.id] = d.meeting_item(self.kb, m)
        return item

    def _in_span(self, start: dt.date | None, end: dt.date | None) -> list[Meeting]:
        """Meetings whose first day is no later than `end` and last day no earlier than `start`
        (a superset checked again by the caller), found by bisecting meetings sorted by date."""
        if self._by_first_day is None:
            ordered = sorted(self.kb.meetings.values(), key=lambda m: (m.date.first_day(), m.id))
            self._by_first_day = (ordered, [m.date.first_day() for m in ordered])
        ordered, firsts = self._by_first_day
        return ordered[span_slice(firsts, start, end)]

    def filter_meetings(self, groups: list[set[tuple[str, str]]], query: Query) -> list[Meeting]:
        """Meetings that involve every named entity group and fall within the question's dates."""
        ids: set[str] | None = None
        for group in groups:
            found = {m for e in group for m in self.index.meetings_by_entity.get(e, ())}
            found |= {e[1] for e in group if e[0] == "meeting"}
            ids = found if ids is None else ids & found
        dates = query.dates
        pool: Iterable[Meeting]
        if ids is None and dates is not None and not dates.any_year:
            pool = self._in_span(dates.start, dates.end)  # "/meetings 2023" on 50,000 meetings: no full scan
        else:
            pool = self.kb.meetings.values() if ids is None else (self.kb.meetings[i] for i in ids)
        claimed = query.intent == "yes_no"
        # ("so it ended around 3:10?": the time claimed is its end; "it started at 2:40 - when did it end?" gives
        # the start)
        ended = claimed and ENDED_ASKED.search(query.raw.lower()) is not None
        meetings = [m for m in pool if (dates is None or dated_as_asked(m, dates, query.japan_time, claimed))
                    and all(self.held_in(m, kind, key) is (not outside) for kind, key, outside in query.venues)
                    and (not query.clocks or began_at(m, query.clocks, query.japan_time, ended=ended))]
        meetings.sort(key=lambda m: (m.date, m.id), reverse=query.order != "first")
        return meetings

    def topical(self, query: Query, groups: list[set[tuple[str, str]]]) -> list[set[tuple[str, str]]]:
        """The groups a list question names as a subject talked about ("did the situation in Ukraine
        come up?", "which meetings discussed Ukraine?"), not as a side of the meetings."""
        if not lx.TALKED_ABOUT.search(query.raw.lower()) and not _ON_THE_AGENDA.search(query.raw.lower()):
            return []
        subjects = {(m.kind, m.id) for m in query.mentions if m.start > 0 and (
            query.words[m.start - 1] in _ABOUT_WORDS or m.start > 1 and query.words[m.start - 1] in _OF_WORDS
            and query.words[m.start - 2] in _SUBJECT_NOUNS or m.start > 1 and query.words[m.start - 1] in (
                "on", "upon") and query.words[m.start - 2].startswith("touch"))
            or _TALKED_AFTER.match(" ".join(query.words[m.end:]))
            # "did the Ukraine situation come up?": the country's affairs, talked about
            or query.words[m.end:m.end + 1] and query.words[m.end] in lx.SUBJECT_FRAME
            and _TALKED_AFTER.match(" ".join(query.words[m.end + 1:]))}
        return [g for g in groups if g & subjects]

    def meetings_naming(self, group: set[tuple[str, str]]) -> set[str]:
        """Meetings any passage of whose record (summary, topics, outcomes) names one of `group`."""
        return {self.index.passages[n].ref for e in sorted(group) for n in self.index.by_entity.get(e, ())
                if self.index.passages[n].kind in lx.MEETING_KINDS}

    def held_in(self, m: Meeting, kind: str, key: str) -> bool | None:
        """Whether a meeting was held in a place, or in a country (at a place of it); None when its
        record does not say where it was held."""
        place = self.kb.places.get(m.place or "")
        if place is None and not m.country:
            return None
        if kind == "third":
            return (m.country or (place.country if place else None)) not in {self.index.home, *m.countries}
        if kind == "place":
            if place is None:
                # a record that names only the country: a city of that country may be where it was, one of
                # another country is not ("was the Tashkent forum …?" of a forum held somewhere in Uzbekistan)
                target = self.kb.places.get(key)
                return False if target is not None and target.country != m.country else None
            return m.place == key
        return key in (m.country, place.country if place else None)

    def _with_field(self, query: Query, groups: list[set[tuple[str, str]]]) -> Answer | None:
        """"Which meetings have a start time given?", "list the meetings whose length is reported": the
        meetings whose records give that detail, each with it."""
        lowered = query.raw.lower()
        # ("which meetings have both a start time and a duration given?": each detail named, all of them given)
        fields = fields_asked(lowered)
        if not fields:
            return None
        found = [m for m in self.filter_meetings(groups, replace(query, order=None))
                 if all(getattr(m, field) for field in fields)]
        if not found:
            return Answer("not_found", False, "Not in the records", ("No meeting's record gives that.",),
                          confidence=0.0)
        if fields == ["duration_minutes"] and len(found) > 1 and computed.asks_total_length(lowered):
            # "the meetings with a stated length: their combined duration?": those lengths, added
            return computed.lengths_added(self.kb, found, listed=True)
        lines = tuple(f"{m.title} ({m.date.human()}): " + ", ".join(field_detail(m, field) for field in fields)
                      for m in found)
        return Answer("meetings", True, f"{len(found)} meeting{'s' if len(found) != 1 else ''} with that detail",
                      lines, items=tuple(self.meeting_item(m) for m in found),
                      sources=tuple(d.cite(self.kb, m.cited) for m in found[:5]), confidence=0.9,
                      focus=Focus(items=tuple(f"meeting:{m.id}" for m in found)))

    def _at_part_of_day(self, query: Query, groups: list[set[tuple[str, str]]], parts: tuple[str, ...]) -> Answer:
        """"Which meetings took place in the evening?", "… in the afternoon or evening?", "… after noon?": those
        whose clock time or record's words say so; the meetings whose records give no time of day are said to
        be unknown, not left out silently."""
        meetings = sorted(self.filter_meetings(groups, query), key=lambda m: (m.date, m.id))
        held = [m for m in meetings if part_of_day(m) in parts]
        part = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} or {parts[-1]}"
        unknown = [m for m in meetings if part_of_day(m) is None]
        lines = tuple(f"{m.title} ({m.date.human()}): {m.local_time + ' local time' if m.local_time else m.time_note}"
                      for m in held)
        if unknown:
            lines += (f"{len(unknown)} other meeting{'s' if len(unknown) != 1 else ''} of the records give no time of"
                      " day.",)
        if not held:
            return Answer("not_found", False, f"No meeting recorded in the {part}", lines, confidence=0.0)
        return Answer("meetings", True, f"{len(held)} meeting{'s' if len(held) != 1 else ''} in the {part}", lines,
                      items=tuple(self.meeting_item(m) for m in held),
                      sources=tuple(d.cite(self.kb, m.cited) for m in held), confidence=0.8,
                      focus=Focus(items=tuple(f"meeting:{m.id}" for m in held)))

    def meeting_list(self, query: Query, groups: list[set[tuple[str, str]]], *, count: bool,
                     command: bool = False) -> Answer:
        """The meetings that fit, listed (or counted): a command's newest first, each on its own line; a
        question's in date order, a visit with the meetings held during it on one line."""
        # ("which meeting began at 7:05?": a time the meetings are chosen by, not a detail asked of each)
        with_field = self._with_field(query, groups) if not count and not query.clocks else None
        if with_field is not None:
            return with_field
        day_parts = _parts_asked(query.raw.lower()) if query.intent == "list" and not query.clocks else ()
        if day_parts and not any(k not in _NOT_TOPIC and k not in _PART_STEMS for k in query.keywords):
            return self._at_part_of_day(query, groups, day_parts)
        if not groups and query.venues:
            groups = []  # "which meetings were held in Japan?": the venue alone selects them
        elif not groups and query.dates is None and query.order is None and not query.clocks and any(
                k not in _NOT_TOPIC for k in query.keywords):
            about = self.meetings_about(query)
            if lx.SORTED_BY_DATE.search(query.raw.lower()):
                about.sort(key=lambda found: (found[0].date, found[0].id), reverse=_newest_first(query))
            if about:
                # "In which meetings did climate change or decarbonisation come up?": every one that did,
                # each with the sentence that shows it.
                return Answer("meetings", True, f"{len(about)} meeting{'s' if len(about) != 1 else ''} — "
                              + " ".join(_topic_words(query)), items=tuple(self.meeting_item(m) for m, _ in about),
                              sources=tuple(d.cite(self.kb, p.cited) for _, p in about[:5]), confidence=0.8)
            scored = score_passages(self.index, query)
            if scored and scored[0].coverage >= thresholds.MIN_COVERAGE:
                return self.passages.from_passage(query, scored[0], scored)
            return self.passages.nothing(query, scored)
        topical = self.topical(query, groups)
        if topical:  # "the situation in Ukraine": a subject, not where the meetings were held
            subjects = {e for g in topical for e in g}
            query = replace(query, venues=tuple(v for v in query.venues if (v[0], v[1]) not in subjects))
        meetings = self.filter_meetings([g for g in groups if g not in topical], query)
        if query.role is not None and not any(kind == "person" for g in groups for kind, _ in g):
            # "Which meetings involved a head of state?": those with someone who held that post
            meetings = [m for m in meetings if any(lx.fits_post(query.role, r.key) for p in m.participants
                                                   if p in self.kb.people for r in self.kb.people[p].roles)]
        if topical:
            # "In which meetings did the situation in Ukraine come up?": every meeting whose record names
            # the country as a subject, not only the meetings held with it.
            naming = [self.meetings_naming(g) for g in topical]
            meetings = [m for m in meetings if all(m.id in ids for ids in naming)]
        meetings = self._of_the_kind_named(query, meetings)
        # "which meetings with Ukrainian officials …?": a visit whose meetings the records do not give is no
        # meeting known; it is said apart, so that "the first of those" is of the meetings
        meetings_asked = not command and not count and _MEETINGS_ASKED.search(query.raw.lower()) is not None \
            and _VISITS_ASKED.search(query.raw.lower()) is None
        unmet = [m for m in meetings if meetings_asked and self._meetings_unknown(m)]
        meetings = [m for m in meetings if m not in unmet] or meetings
        unmet = [m for m in unmet if m not in meetings]
        label = " and ".join(sorted(" / ".join(sorted(self.index.entity_name(e) for e in g)) for g in groups if g))
        named = {e for g in groups for e in g}
        held = ", ".join("held in a third country" if kind == "third" else
                         ("outside " if out else "held in ") + self.index.entity_name((kind, key))
                         for kind, key, out in query.venues if out or (kind, key) not in named)
        label = f"{label} {held}".strip()
        if query.role is not None and not any(kind == "person" for g in groups for kind, _ in g):
            label = f"{label} with a {query.role.replace('-', ' ')}".strip()
        if query.dates is not None:
            label = f"{label} {d.span_words(query.dates.label)}".strip() if label else query.dates.label
        if query.clocks:
            label = f"{label} beginning at {' or '.join(query.clocks)}{' JST' if query.japan_time else ''}".strip()
        if not meetings:
            return Answer("not_found", False, "No meetings found",
                          (f"The knowledge base has no meetings for {label or 'that'}.",),
                          suggestions=tuple(f"/meetings {self.kb.countries[c].name}"
                                            for c in self.index.covered_countries[:4]), confidence=0.0)
        if query.order in ("first", "latest") and not count:
            meeting = (self.asked_kind(query, meetings)[0] or meetings)[0]
            return self.meeting_answer(meeting, query, prefix=f"The {query.order} {meeting.kind}: ")
        lines: tuple[str, ...] = ()
        noun = "meeting"
        if count:
            meetings, noun, lines = self._counted(query, meetings)
        meetings = _in_asked_order(query, meetings, command=command)
        parts: dict[str, list[Meeting]] = {}
        if not count and not command:
            # A visit listed with the meetings held during it is one line, they within it: "the second one"
            # then means the same on the screen as in time.
            listed = {m.id for m in meetings}
            for m in meetings:
                if m.trip and m.trip != m.id and m.trip in listed:
                    parts.setdefault(m.trip, []).append(m)
            within = {m.id for ms in parts.values() for m in ms}
            meetings = [m for m in meetings if m.id not in within]
        title = f"{len(meetings)} {noun}{'s' if len(meetings) != 1 else ''}" + (f" — {label}" if label else "")
        lines += tuple(f"Also recorded, a visit whose meetings the records do not give: {m.title} "
                       f"({m.date.human()})." for m in unmet)
        if not count and (query.clocks or query.japan_time and query.dates is not None):
            # ("which meeting began at 7:05 a.m. Japan time on 21 September?"): the time that shows it
            lines += tuple(f"{m.title}: {m.time_note or f'{m.local_time} local time'}" for m in meetings
                           if m.time_note or m.local_time)
        return Answer("meetings", True, title, lines, items=tuple(self._with_parts(m, parts.get(m.id, []))
                                                                  for m in meetings),
                      sources=tuple(d.cite(self.kb, m.cited) for m in meetings[:3]),
                      focus=Focus(meeting=meetings[0].id if len(meetings) == 1 else None,
                                  countries=tuple(e[1] for g in groups for e in sorted(g) if e[0] == "country"),
                                  people=tuple(e[1] for g in groups for e in sorted(g) if e[0] == "person"),
                                  period=_period(query)),
                      confidence=0.9)

    def _meetings_unknown(self, m: Meeting) -> bool:
        """Whether a record is a visit whose meetings the records do not give: no one met is named, nor said to
        be none, and no meeting is recorded as held during it."""
        return (m.kind == "visit" and not m.partner_side and not m.partner_side_stated
                and not self.kb.trip_meetings(m.id))

    def says_most_of(self, meeting_id: str, query: Query) -> bool:
        """Whether the record of a meeting has at least half the topic words of the question (all of them
        or their synonyms, anywhere in its summary, topics or outcomes)."""
        topic = _topic_stems(query)
        held = [k for k in topic if any(self.index.passages[n].ref == meeting_id
                                        and self.index.passages[n].kind in ("meeting", "topic", "outcome")
                                        for s in (k, *SYNONYMS.get(k, ())) for n in self.index.by_stem.get(s, ()))]
        return 2 * len(held) >= len(topic)

    def told_beyond_meetings(self, query: Query) -> bool:
        """Whether a fact or a pledge has a topic word of the question: a list of meetings alone would then
        leave out records that hold it."""
        topic = _topic_stems(query)
        holding = [{n for s in (k, *SYNONYMS.get(k, ())) for n in self.index.by_stem.get(s, ())
                    if self.index.passages[n].kind in ("fact", "pledge")} for k in topic]
        alternatives = _alternatives(query, topic)
        if alternatives:  # "climate or energy": a record with either word
            return any(found for k, found in zip(topic, holding, strict=True) if k in alternatives)
        return bool(holding) and bool(set.intersection(*holding))

    def _of_the_kind_named(self, query: Query, meetings: list[Meeting]) -> list[Meeting]:
        """"Which G7 meetings …?": of the meetings that fit, those whose own title names the thing said just
        before the noun for a meeting, when any does (the others only mention it); else all of them."""
        kinds = [self.kb.terms[m.id] for m in query.mentions if m.kind == "term" and m.id in self.kb.terms
                 and query.words[m.end:m.end + 1] and query.words[m.end] in _MEETING_NOUNS]
        if not kinds:
            return meetings
        names = [fold(n).lower() for t in kinds for n in (t.name, *t.aliases)]
        titled = [m for m in meetings if any(re.search(rf"\b{re.escape(n)}\b", fold(m.title).lower()) for n in names)]
        return titled or meetings

    def meetings_about(self, query: Query) -> list[tuple[Meeting, Passage]]:
        """Meetings whose record (summary, topics, outcomes) has every topic word of the question, or
        any of them when the question joins them with "or", each with the passage that has the most
        of them; newest first."""
        topic = [k for k in query.keywords if k not in _NOT_TOPIC]
        if not topic:
            return []
        found: list[dict[str, list[int]]] = []
        for word in topic:
            hits: dict[str, list[int]] = {}
            for s in (word, *SYNONYMS.get(word, ())):
                for n in self.index.by_stem.get(s, ()):
                    if self.index.passages[n].kind in ("meeting", "topic", "outcome"):
                        hits.setdefault(self.index.passages[n].ref, []).append(n)
            found.append(hits)
        alternatives = _alternatives(query, topic)
        if alternatives:
            # "health or medicine", "thanked Japan or expressed gratitude": either word will do, and the
            # rest of the question only says where to look.
            found = [f for word, f in zip(topic, found, strict=False) if word in alternatives]
            ids = set().union(*found)
        else:
            ids = set.intersection(*(set(f) for f in found))
        result = []
        for meeting_id in ids:
            passages = [n for f in found for n in f.get(meeting_id, ())]
            # The topic or outcome that says it, rather than the summary, so the quote shows it.
            best = max(set(passages), key=lambda n: (passages.count(n), self.index.passages[n].kind != "meeting", -n))
            result.append((self.kb.meetings[meeting_id], self.index.passages[best]))
        return sorted(result, key=lambda x: (x[0].date, x[0].id), reverse=True)

    @staticmethod
    def asked_kind(query: Query, records: list[Meeting]) -> tuple[list[Meeting], str | None]:
        """The records of the kind a question names ("meetings", "visits"), and that kind's noun."""
        text = query.raw.lower()
        visits = re.search(r"\b(visits?|trips?|travel)", text) is not None
        meetings = re.search(r"\b(meetings?|talks|met|meet|encounters?)\b", text) is not None
        if visits and meetings and re.search(r"\bor\b", text):
            return records, None  # "which leaders did he meet or visit?": either kind
        if visits:
            return [m for m in records if "visit" in m.kind], "visit"
        if meetings:
            return [m for m in records if "meeting" in m.kind], "meeting"
        return records, None

    def _counted(self, query: Query, records: list[Meeting]) -> tuple[list[Meeting], str, tuple[str, ...]]:
        """What "how many meetings / visits" counts: the records of that kind; the others are named
        apart, so that a visit or a forum is not counted as a meeting."""
        wanted, noun = self.asked_kind(query, records)
        if noun is None:
            return records, "record", ()
        others: dict[str, int] = {}
        for m in records:
            if m not in wanted:
                others[m.kind] = others.get(m.kind, 0) + 1
        lines = (("Also on record: " + ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in others.items())
                  + "."),) if others else ()
        return wanted, noun, lines

    def participants(self, query: Query, meetings: list[Meeting], groups: list[set[tuple[str, str]]]) -> Answer:
        """Who took part in each of several meetings: "which officials met Ukrainian leaders in 2023?"."""
        lines = []
        for m in meetings:
            sides = [f"{d.home_label(self.kb, m)}: {', '.join(d.person_label(self.kb, x) for x in m.japan_side)}"
                     if m.japan_side else "",
                     f"partner side: {', '.join(d.person_label(self.kb, x) for x in m.partner_side)}"
                     if m.partner_side else "",
                     f"also attending: {', '.join(d.person_label(self.kb, x) for x in m.accompanying)}"
                     if m.accompanying else ""]
            lines.append(f"{m.date.human()} — {m.title}. " + "; ".join(x for x in sides if x) + ".")
        holders = self._holders_among(query, meetings)
        if holders:
            # "two Japanese foreign ministers held talks with Ukrainians: who were they?": those in the post asked,
            # then every meeting they are of
            lines.insert(0, f"In that post: {', '.join(d.person_label(self.kb, p) for p in holders)}.")
        label = " and ".join(sorted(" / ".join(sorted(self.index.entity_name(e) for e in g)) for g in groups if g))
        if query.dates is not None:
            label = f"{label} {d.span_words(query.dates.label)}".strip() if label else query.dates.label
        return Answer("participants", True, f"Who took part — {label}" if label else "Who took part", tuple(lines),
                      actions=tuple(Action(m.title if len(m.title) <= 40 else m.title[:39] + "…", f"/meeting {m.id}")
                                    for m in meetings[:5]),
                      sources=tuple(d.cite(self.kb, m.cited) for m in meetings[:3]),
                      focus=Focus(countries=tuple(e[1] for g in groups for e in sorted(g) if e[0] == "country"),
                                  period=_period(query), items=tuple(f"meeting:{m.id}" for m in meetings)),
                      confidence=0.9)

    def _holders_among(self, query: Query, meetings: list[Meeting]) -> tuple[str, ...]:
        """Those of the meetings' people the records show in the post a question asks for (of the countries it
        names), in the order the meetings took place."""
        span = phrase_span(ROLES[query.role], query.words) if query.role is not None else None
        if query.role is None or span is None:
            return ()
        # (the countries of the post, "Japanese foreign ministers", not those the question names elsewhere)
        countries = set(attached_countries(query, *span))
        return tuple(dict.fromkeys(
            p for m in meetings for p in m.participants if p in self.kb.people
            and any(lx.fits_post(query.role, r.key) and (not countries or r.country in countries)
                    for r in self.kb.people[p].roles)))

    def _meeting_of(self, query: Query) -> list[Term]:
        """The groupings a question names a meeting of ("the G7 meeting", "the G20 summit")."""
        return [self.kb.terms[m.id] for m in query.mentions if m.kind == "term" and m.id in self.kb.terms
                and query.words[m.end:m.end + 1] and query.words[m.end] in _MEETING_NOUNS]

    def people_of_country(self, m: Meeting, country: str) -> list[str]:
        """The people of `country` the record of `m` names, on either side or attending, each once, in its order."""
        return [x for x in dict.fromkeys((*m.japan_side, *m.partner_side, *m.accompanying))
                if getattr(self.kb.people.get(x), "country", None) == country]

    def countries_of(self, query: Query, groups: list[set[tuple[str, str]]]) -> Answer:
        """"Which countries did Hayashi visit?": the countries of the meetings that fit, each with its
        meetings; a visit counts where it took place, a meeting with whom it was held."""
        events = [self.kb.terms[e[1]] for g in groups for e in sorted(g) if e[0] == "term" and e[1] in self.kb.terms
                  and self.kb.terms[e[1]].kind in ("event", "initiative")]
        if events:
            # The records list who took part in meetings, not in summits or dialogues: the meetings
            # held on their occasion say who came, not who else did.
            held = self.filter_meetings(groups, query)
            closest = f" They record {held[0].title} ({held[0].date.human()}) on its occasion." if held else ""
            return self.passages.not_recorded(query, f"The records do not list the countries that took part in "
                                             f"{events[0].name}.{closest}")
        found = self.filter_meetings(groups, query)
        meetings = self.asked_kind(query, found)[0] or found
        # (not "meet or visit"; "visiting Japan" asks whose people came, by their countries)
        travelled = asks(TRAVEL, query.raw) and not lx.MET_VERB.search(query.raw.lower()) \
            and not any(m.id in (self.index.home, self.index.home_capital) for m in query.mentions)
        if travelled:
            # ("which countries did Kishida travel to?": every meeting of his held abroad, a summit's too)
            # (a trip stands for the meetings held during it)
            trips = {m.id for m in found}
            meetings = [m for m in found if self._country_held(m) not in (None, self.index.home)
                        and m.trip not in trips] or meetings
        own = [m for m in meetings
               if any(fold(t.name).lower() in fold(m.title).lower() for t in self._meeting_of(query))]
        if own:
            # "which countries sent ministers to the G7 meeting?": that grouping's own meeting, not another
            # that mentions it
            meetings = own
        named = {e[1] for g in groups if len(g) == 1 for e in g if e[0] == "country"}  # a region's are asked for
        by_country: dict[str, list[Meeting]] = {}
        for m in meetings:
            # ("which countries did Kamikawa travel to?": where her meetings were, not whose ministers she met there)
            for c in (m.countries if "visit" not in m.kind and not travelled else (self._country_held(m),)):
                if c and c != self.index.home and c not in named:
                    by_country.setdefault(c, []).append(m)
        if not by_country:
            return self.passages.not_recorded(query, "The records name no country for that.")
        if re.search(r"\bhow many\b", query.raw.lower()):  # "how many Central Asian countries ...": the count
            lines_count = f"{len(by_country)} countr{'y' if len(by_country) == 1 else 'ies'}: " + ", ".join(
                sorted(self.index.entity_name(("country", c)) for c in by_country)) + "."
        else:
            lines_count = ""
        shown = sorted(by_country.items(), key=lambda kv: self.index.entity_name(("country", kv[0])))
        if lx.SORTED_BY_DATE.search(query.raw.lower()):  # "oldest first": by each one's first meeting
            shown.sort(key=lambda kv: min((m.date, m.id) for m in kv[1]), reverse=_newest_first(query))
        # ("… and who represented them?": each country's people at each meeting too)
        who = _WHO_TOO.search(query.raw.lower()) is not None
        lines = [f"{self.index.entity_name(('country', c))}: " + "; ".join(
            f"{m.title} ({m.date.human()})" + (f" — {', '.join(self.kb.people[p].name for p in names)}"
                                                 if who and (names := self.people_of_country(m, c)) else "")
            for m in ms) for c, ms in shown]
        if _MERELY_NAMED.search(query.raw.lower()):
            # "Which Central Asian countries are mentioned anywhere?": those only a record mentions too
            for c in sorted({e[1] for g in groups if len(g) > 1 for e in g if e[0] == "country"}
                            - set(by_country) - {self.index.home}):
                said = next((self.index.passages[n] for n in self.index.by_entity.get(("country", c), ())), None)
                if said is not None:
                    lines.append(f"{self.index.entity_name(('country', c))}: mentioned — {said.text}")
        # "the first one", "the second": each country's meeting, when it is one, in the order shown.
        # (the meetings of one visit are that visit: "which came first?" of Kyrgyzstan's meeting and Ukraine's trip)
        journeys = [{m.trip if m.trip in self.kb.meetings else m.id for m in ms} for _, ms in shown]
        items = tuple(f"meeting:{next(iter(j))}" for j in journeys) if all(len(j) == 1 for j in journeys) else ()
        told = len(lines) if not lines_count else len(by_country)
        return Answer("countries", True, f"{told} countr{'y' if told == 1 else 'ies'}",
                      tuple(([lines_count] if lines_count else []) + lines),
                      sources=tuple(d.cite(self.kb, m.cited) for ms in by_country.values() for m in ms[:1]),
                      focus=Focus(countries=tuple(c for c, _ in shown), items=items), confidence=0.9)

    def _country_held(self, m: Meeting) -> str | None:
        """The country a meeting was held in: its place's, else the one its record gives; None when neither."""
        return self.kb.places[m.place].country if m.place in self.kb.places else m.country

    def meeting_answer(self, m: Meeting, query: Query | None = None, prefix: str = "") -> Answer:
        return Answer("meeting", True, prefix + m.title, tuple(d.meeting_details(self.kb, m)),
                      sources=(d.cite(self.kb, m.cited),), focus=self.meeting_focus(m),
                      actions=(Action("Source", f"/meeting {m.id}"),), confidence=0.9)

    def _part_with_post(self, query: Query, m: Meeting) -> Meeting | None:
        """Of a trip, the one meeting held during it with the holder of the post the question names ("the
        PM"), when the question names no one; None otherwise."""
        if m.id not in self.kb.trips or query.role is None or query.entities("person") \
                or query.intent != "general" or not {"discuss", "agree"} & query.aspects \
                or _EXCLUDING.search(query.raw.lower()):
            return None  # (what was talked about with the post's holder; "besides the president, …" asks others)
        parts = [x for x in self.kb.trip_meetings(m.id) if any(
            lx.fits_post(query.role, r.key) for p in (*x.partner_side, *x.accompanying) if p in self.kb.people
            for r in self.kb.people[p].roles)]
        return parts[0] if len(parts) == 1 else None

    def by_post(self, query: Query, m: Meeting) -> list[str]:
        """Who of a meeting's participants holds the post the question names them by ("Japan's prime
        minister"), of the country it names with it when it names one."""
        if query.role is None:
            return []
        countries = {x.id for x in query.mentions if x.kind == "country"}
        found = [p for p in (*m.japan_side, *m.partner_side, *m.accompanying) if p in self.kb.people
                 and any(lx.fits_post(query.role, r.key) for r in self.kb.people[p].roles)]
        of_country = [p for p in found if self.kb.people[p].country in countries]
        return of_country or ([] if countries else found)

    def meeting_focus(self, m: Meeting) -> Focus:
        return meeting_focus(m)

    @staticmethod
    def has_field(m: Meeting, intent: str) -> bool:
        return {"who": bool(m.partner_side or m.accompanying), "time": bool(m.local_time),
                "duration": bool(m.duration_minutes), "where": bool(m.place or m.country),
                "why": bool(m.occasion)}.get(intent, True)

    def _asked_people(self, query: Query, people: tuple[str, ...]) -> tuple[str, ...]:
        """Of `people`, those of the countries and the kind of post a "which ..." question names."""
        countries = {x.id for x in query.mentions if x.kind == "country" and x.id != self.index.home}
        # (the post asked of, not the title of someone named: "which leaders did Foreign Minister Varn meet?")
        named = {i for x in query.mentions if x.kind == "person" for i in range(x.start, x.end)}
        post = _POST_NOUN.search(" ".join(w for i, w in enumerate(query.words) if i not in named))
        fitting = []
        for x in people:
            person = self.kb.people.get(x)
            if person is None or countries and person.country not in countries:
                continue
            role = d.latest_role(person)
            if post and not (role and post.group(1) in role.title.lower()):
                continue
            fitting.append(x)
        return tuple(fitting)

    def meeting_aspect(self, query: Query, m: Meeting, p: Passage) -> Answer:
        kb = self.kb
        held_part = self._part_with_post(query, m)
        trip = m  # (the conversation goes on about the trip: "how many cranes were pledged on it?")
        if held_part is not None and p.kind in lx.MEETING_KINDS:
            # "what did he and the PM talk about?" of a trip: its meeting with the prime minister
            m, p = held_part, next((x for x in (self.index.passages[n] for n in self.index.by_entity.get(
                ("meeting", held_part.id), ())) if x.kind == "meeting"), p)
        intent = query.intent
        cited = [d.cite(kb, p.cited)]
        focus = self.meeting_focus(trip)
        lines: list[str]
        if TIME_GAP.search(fold(query.raw)):
            return self._time_gap(m, cited, focus)
        # ("and Kamikawa–Kuleba?" after "when did the A–B meeting end?": the end, which the last question asked)
        # ("what was that in Japan time?" after the end was answered: that end)
        lowered = query.raw.lower()
        ending = _END.search(lowered) is not None or stem("end") in query.keywords and (
            lx.CONTINUES.match(lowered) is not None or query.japan_time and lx.POINTED.search(lowered) is not None)
        if intent in ("when", "time") and ending and (
                intent == "time" or query.japan_time or (m.local_time and m.duration_minutes)):
            # "When did it end?" of a meeting with a start and a length: the time it ended, on its day.
            return self._end_time(query, m, cited, focus)
        if query.japan_time and intent in ("when", "time"):
            if not (m.time_note and "JST" in m.time_note) and m.country != self.index.home:
                return Answer("not_found", False, m.title, ("The source does not give the time in Japan.",),
                              sources=tuple(cited), focus=focus, confidence=0.0)
            home_day = _HOME_DAY.search(m.time_note or "") if _DATE_ASKED.search(query.raw.lower()) else None
            if home_day is not None and m.date.precision == "day":
                # "What was the date in Japan?": the day the source gives with Japan's clock.
                day = _day_of_year(home_day.group(1), m.date.year)
                return Answer("meeting_answer", True, f"{day.human() if day else home_day.group(1)} in Japan",
                              (f"{m.title}: {m.date.human()}, {m.local_time} local time ({m.time_note}).",),
                              sources=tuple(cited), focus=focus, actions=(Action("Details", f"/meeting {m.id}"),))
            lines = [f"{m.title}: {m.date.human()}" + (f", {m.local_time} local time" if m.local_time else "")
                     + (f" ({m.time_note})." if m.time_note else ".")]
            if _HOW_LONG_TOO.search(query.raw.lower()):
                # "how long was it and what time was it in Japan?": both, as the record gives them
                lines.append(f"It lasted about {m.duration_minutes} minutes." if m.duration_minutes
                             else "The source does not state how long it lasted.")
        elif intent == "when" and (gathering := self._occasion_asked(query, m, unanswered=True)) is not None:
            # "when was the G20 summit in Bali?" of a meeting on its sidelines: the gathering's own date, or that
            # its records give none, and the meeting's as what is known
            return replace(gathering, lines=(*gathering.lines, f"Held on its occasion: {m.title}, {m.date.human()}."),
                           sources=(*gathering.sources, *cited)) if not gathering.answered else gathering
        elif intent == "when" and ending and (m.kind == VISIT or m.date.precision != "day"):
            # "When did his visit end?": a trip's record gives when it began; a one-day meeting ends that day.
            return Answer("not_found", False, m.title, (f"The source says when it began ({m.date.human()}), "
                                                        "not when it ended." + (f" Note: {m.note}" if m.note else ""),),
                          sources=tuple(cited), focus=focus, confidence=0.0)
        elif intent == "when" and date_part_missing(query.raw.lower(), m.date) is not None:
            # "On what date ...?" of a meeting the source dates only by month: the month, and no answer.
            return Answer("not_found", False, m.title, (f"The source gives no exact date, only {m.date.human()}.",),
                          sources=tuple(cited), focus=focus, confidence=0.0)
        elif intent == "when":
            lines = [f"{m.title}: {m.date.human()}" + (f", {m.local_time} local time" if m.local_time else "") + "."]
            said = _when_said(m.summary, query.keywords, query.words)
            if said is not None:
                # "when was it announced?": what the record says of that, besides the date
                lines.append(f"The record says: “{said}”.")
            if query.role is not None and (m.japan_side or m.partner_side):
                # "when did the Ukrainian foreign minister meet Japan's top diplomat?": who they were
                lines.append("Between " + " and ".join(d.person_label(kb, p) for p in m.japan_side + m.partner_side)
                             + ".")
            if m.note and "infer" in m.note.lower():
                lines.append(f"Note: {m.note}")
        elif intent == "where":
            where = d.meeting_place(kb, m)
            # ("where in Japan was it?" of a record that names the country alone asks the city as well)
            # ("where exactly?" the same: more than a country)
            asks_city = re.search(r"\b(city|cities|towns?)\b|\bwhere (?:exactly|precisely|specifically)\b"
                                  r"|\b(?:exactly|precisely) where\b", query.raw.lower()) is not None \
                or _WHERE_IN.search(query.raw.lower()) is not None
            if where is None or (asks_city and not m.place):
                return Answer("not_found", False, m.title, ("The source does not say where (which city) it took place."
                               + (f" It names only the country: {where}." if where else ""),),
                              sources=tuple(cited), focus=focus)
            named = {x.id for x in query.mentions if x.kind in ("place", "country")}
            # "which Ukrainian city did she visit?" of a meeting held elsewhere: no city of that country
            city_of = {x.id for x in query.mentions if x.kind == "country" and x.end < len(query.words)
                       and query.words[x.end] in _CITY_NOUNS}
            held_in = kb.places[m.place].country if m.place in kb.places else None
            if city_of and held_in not in city_of:
                return Answer("not_found", False, m.title,
                              (f"The records show no such city for it: it took place in {where}.",),
                              sources=tuple(cited), focus=focus, confidence=0.0)
            if lx.VENUE_ASKED.search(query.raw.lower()) or (_WHERE_IN.search(query.raw.lower()) and m.place in named):
                # "Where in New York — which building?": a place within the one the record gives, which it
                # does not name.
                return Answer("not_found", False, m.title,
                              (f"The source names no place within {where}, no building or venue.",),
                              sources=tuple(cited), focus=focus, confidence=0.0)
            sent = _THING_SENT.search(query.raw.lower())
            given = [kb.pledges[ref] for ref in self.index.pledges_made_at.get(m.id, ()) if ref in kb.pledges]
            carried = [g for g in given if sent is not None and not any(x.kind == "person" for x in query.mentions)
                       and set(content_stems(sent.group("thing"))) - lx.LIGHT_STEMS
                       <= set(content_stems(f"{g.item} {g.statement}"))]
            if carried:
                # "which city will the auto transformers go to?": where a thing pledged there was to go, which the
                # place of the meeting it was pledged at is not
                return Answer("not_found", False, m.title,
                              (f"The records do not say where in {kb.countries[carried[0].recipient].name} it was to "
                               f"go; it was pledged at {m.title}, in {where}: {carried[0].statement}",),
                              sources=tuple(cited), focus=focus, confidence=0.0)
            lines = [f"{m.title} took place in {where} {d.on_date(m.date)}."]
            if (_PERSON_TOO.search(query.raw.lower()) or _WHO_TOO.search(query.raw.lower())) and m.participants:
                # ("… met which Japanese minister, and in what city?": who met there, as asked too)
                lines.append("Who took part: " + "; ".join(d.person_label(self.kb, x) for x in m.participants) + ".")
            if _OCCASION_TOO.search(query.raw.lower()):
                # ("… in which city n at wat event": the gathering it was held on the occasion of, as asked too)
                occasion = kb.terms.get(m.occasion or "")
                lines.append(f"It was held on the occasion of the {occasion.name}." if occasion is not None
                             else "The source names no event it was held at.")
            if m.note and "city" in m.note.lower():
                lines.append(f"Note: {m.note}")
        elif intent == "time":
            part = lx.PART_OF_DAY.search((m.time_note or "").lower()) if not m.local_time else None
            parts_named = lx.PART_OF_DAY.findall(query.raw.lower())
            if part is not None and parts_named == [part.group(1)] \
                    and not lx.TIME_OF_DAY_ASKED.search(query.raw.lower()):
                # "what time in the evening exactly?" of a record that says "in the evening" and no more: the
                # part of the day is the question's own; the clock it asks is not given
                return Answer("not_found", False, m.title,
                              (f"The source gives no clock time, only that it was in the {part.group(1)}"
                               f" ({m.time_note}).",), sources=tuple(cited), focus=focus, confidence=0.0)
            if part is not None and lx.PART_OF_DAY_ASKED.search(query.raw.lower()):
                # "At what time of day did they meet?" of a record that names the part of the day only.
                return Answer("meeting_answer", True, m.title,
                              (f"{m.title} took place in the {part.group(1)} {d.on_date(m.date)} ({m.time_note}).",),
                              sources=tuple(cited), focus=focus, actions=(Action("Details", f"/meeting {m.id}"),))
            if not m.local_time:
                said = f" It says: {m.time_note}" if part is not None else ""
                return Answer("not_found", False, m.title, (f"The source does not state the time of day.{said}",),
                              sources=tuple(cited), focus=focus)
            lines = [f"{m.title} began at {m.local_time} local time {d.on_date(m.date)}"
                     + (f" ({m.time_note})." if m.time_note else ".")]
            if _HOW_LONG_TOO.search(query.raw.lower()):
                # "at what time did the talks begin, and how long did they run?": both, as the record gives them
                lines.append(f"It lasted about {m.duration_minutes} minutes." if m.duration_minutes
                             else "The source does not state how long it lasted.")
        elif intent == "duration":
            gathering = self._occasion_asked(query, m) if not m.duration_minutes else None
            if gathering is not None:
                return gathering
            if not m.duration_minutes:
                return Answer("not_found", False, m.title, ("The source does not state how long it lasted.",),
                              sources=tuple(cited), focus=focus)
            lines = [f"{m.title} lasted about {m.duration_minutes} minutes"
                     + (f", from {m.local_time} local time" if m.local_time else "") + f" {d.on_date(m.date)}."]
        elif intent == "who" and (side_of := self._side_asked(query, m, cited, focus)) is not None:
            return side_of
        elif intent == "who" and (_people(query) or self.by_post(query, m)) and (
                _EXCLUDING.search(query.raw.lower()) or lx.ACCOMPANIED.search(query.raw.lower())
                or _DELEGATION_OF.search(query.raw.lower())):
            # "Which other officials, besides Biruta and Ndagijimana, attended?": the named are left out.
            countries = {x.id for x in query.mentions if x.kind == "country" and x.id != self.index.home}
            post = asked_post(query)
            named = set(_people(query) or ([] if post else self.by_post(query, m)))
            if not named and post:
                # "which finance minister accompanied the Rwandan leader?": the post is the one asked for; the
                # one accompanied is the principal of the country named
                named = {x for x in (*m.japan_side, *m.partner_side)
                         if getattr(kb.people.get(x), "country", None) in countries}
            # "Which Japanese minister other than the premier …?": people of the country the class names
            # ("who attended on the Japanese side besides the prime minister?": of the side named)
            side = asked_words.countries_of_people_asked(query) or asked_words.countries_of_side_asked(query)
            countries = side or countries
            # Others of the same standing as those named: besides two attending ministers, the principals
            # are not "other officials".
            sides = [side for side in (m.japan_side, m.partner_side, m.accompanying) if named & set(side)]
            if not named <= set(m.accompanying):
                # "who else attended the A–B meeting?": besides the principals named, everyone else there (on a
                # visit, at the meetings held during it too)
                sides = [tuple(dict.fromkeys(x for part in (m, *kb.trip_meetings(m.id))
                                             for x in (*part.japan_side, *part.partner_side, *part.accompanying)))]
            along = lx.ACCOMPANIED.search(query.raw.lower())
            companion = next((x.id for x in query.mentions if x.kind == "person" and along
                              and x.start >= len(query.raw[:along.end()].split()) - 1), None)
            if along and (along.group("brought") or along.group("along")):
                # "who did Kishida bring with him to the talks with Kagame?": the one who brought them
                verb_at = len(query.raw[:along.start()].split())
                bringer = max((x for x in query.mentions if x.kind == "person" and x.end <= verb_at),
                              key=lambda x: x.end, default=None)
                companion = bringer.id if bringer is not None else None
            if companion is None and along and not _people(query) and len(named) == 1:
                companion = min(named)  # "who accompanied Japan's prime minister?": the one holding that post
            delegation = _DELEGATION_OF.search(query.raw.lower()) if companion is None else None
            if delegation is not None:
                # "who was in Kagame's delegation?": his side, besides him
                at = len(query.raw[:delegation.start("noun")].split())
                companion = next((x.id for x in query.mentions if x.kind == "person" and x.end == at), None)
                along = delegation if companion is not None else along
            on_side = asked_words.countries_of_side_asked(query)
            if companion is not None and on_side and getattr(kb.people.get(companion), "country", None) not in on_side:
                # "who was with Kishida on the Rwandan side?": those of the side asked who were there, not a
                # companion of his own
                countries, sides = set(on_side), []
            elif companion is not None and not _EXCLUDING.search(query.raw.lower()):
                # "Who accompanied Kagame?": whoever took part from his country, besides him.
                country = getattr(kb.people.get(companion), "country", None)
                # ("which Rwandan minister accompanied the Rwandan leader to his talks with Japan's prime
                # minister?": the one accompanied is of the country asked, not the one named after)
                verb_end = len(query.raw[:along.end()].split()) if along else 0
                accompanied = {x.id for x in query.mentions if x.kind == "country" and along
                               and verb_end <= x.start <= verb_end + 2}
                # ("who accompanied the Rwandan leader to his talks with Kishida?": the leader of the country
                # named just after the verb)
                of_asked = (asked_words.countries_of_people_asked(query) or accompanied) & accompanied
                countries, sides = of_asked if of_asked and country not in of_asked else (
                    {country} if country else set()), []
                if of_asked and country not in of_asked:
                    # the one accompanied is that country's principal, no companion of his own
                    named |= {x for x in (*m.japan_side, *m.partner_side)
                              if getattr(kb.people.get(x), "country", None) in of_asked}
            others = [x for side in sides or [(*m.japan_side, *m.partner_side, *m.accompanying)] for x in side
                      if x not in named and (not countries or getattr(kb.people.get(x), "country", None) in countries)]
            first = min((x for x in query.mentions if x.kind == "person" and x.id in kb.people), default=None,
                        key=lambda x: x.start)
            meeter = first  # (who met: the one named first, unless the question names the one who met otherwise)
            if first is not None and _MET_BY.search(query.raw.lower()) and not along:
                # the one who met: named right after "did" ("who else besides Zelenskyy did Hayashi meet?"); when the
                # one who met is described ("did the Japanese FM meet") the one named is whom they met, so the others
                # are of that one's side, as after "he"
                subject = next((x for x in query.mentions if x.kind == "person" and x.id in kb.people and x.start > 0
                                and query.words[x.start - 1] in _AUXILIARY_VERBS), None)
                described = subject is None and any(w in _AUXILIARY_VERBS for w in query.words[:first.start])
                meeter = subject if subject is not None else (None if described else first)
                own = kb.people[(subject or first).id].country
                if _PRONOUN_MET.search(query.raw.lower()) or described:
                    # "who else besides Zelenskyy did he talk to?": "he" met people of the side of the one named
                    others = [x for x in others if getattr(kb.people.get(x), "country", None) == own]
                else:
                    # "Who else did Kagame meet besides Kishida?": his own delegation is not whom he met
                    others = [x for x in others if getattr(kb.people.get(x), "country", None) != own]
            kind = PERSON_CLASS.search(query.raw.lower())
            if kind is not None:
                # "which other African leaders ...?": ministers who attended are no leaders
                others = [x for x in others if x in kb.people and of_class(kb.people[x], kind.group(1))]
            if post is not None:
                # "which finance minister accompanied Kagame?": those holding the post asked for
                others = [x for x in others
                          if x in kb.people and any(lx.fits_post(post, r.key) for r in kb.people[x].roles)]
            if not others:
                # ("no other Japanese minister": of the country asked, when others took part from elsewhere)
                peoples = sorted({kb.countries[c].demonyms[0] for c in side
                                  if c in kb.countries and kb.countries[c].demonyms})
                of = f"{' or '.join(peoples)} " if peoples else ""
                nobody = f"no other {of}{kind.group(1)}" if kind is not None else (
                    f"nobody else from the {of}side" if of else "nobody else")
                deed = (f"{kb.people[meeter.id].name} met there" if meeter is not None and not along
                        and _MET_BY.search(query.raw.lower()) else "who took part")
                return Answer("not_found", False, m.title,
                              (f"The source names {nobody} {deed}." + (f" Note: {m.note}" if m.note else ""),),
                              sources=tuple(cited), focus=focus, confidence=0.0)
            lines = [f"{m.title} ({m.date.human()}), besides those you named:",
                     *(d.person_label(kb, x) for x in others)]
            if len(others) > 1:  # "... the other one?": those shown, in the order shown
                focus = replace(focus, items=tuple(f"person:{x}" for x in others))
        elif intent == "who":
            # "Who held it?" asks for the host; "who from Japan ..." for Japan's side.
            role_span = phrase_span(ROLES[query.role], query.words) if query.role else None
            # "who held it?" asks for the host, unless the question names the host itself ("the ministers at
            # the meeting Kamikawa held"), when it asks for the others (of the host's post too)
            host_named = any(x.kind == "person" and x.id in m.japan_side for x in query.mentions)
            # ("the G7 ministers at Kamikawa's meeting": her meeting, so the ministers asked for are others)
            host_owns = host_named and any(
                x.kind == "person" and x.id in m.japan_side and re.search(
                    rf"\b{re.escape(query.words[x.end - 1])}['’]s\b", fold(query.raw).lower()) is not None
                for x in query.mentions)
            # ("whom did Prime Minister Obrin meet?": the post is the title of the one named, not one asked for)
            # or the subject of what was done ("whom did the Zemblan foreign minister meet?")
            titled = role_span is not None and (any(x.kind == "person" and (
                x.start == role_span[1] or x.start <= role_span[0] and role_span[1] <= x.end) for x in query.mentions)
                or bool({"did", "does", "has", "had"} & set(query.words[max(0, role_span[0] - 3):role_span[0]])))
            holds_role = query.role is not None and not host_owns and not titled and any(
                lx.fits_post(query.role, r.key) for p in m.japan_side if p in kb.people for r in kb.people[p].roles)
            asks_japan = holds_role or any(x.kind == "country" and x.id == self.index.home
                                           and not (role_span and x.end == role_span[0])
                                           for x in query.mentions) or not host_named and re.search(
                r"\b(held|hold|host|hosted|chair|chaired|organi[sz]ed|convened|led)\b", query.raw.lower()) is not None \
                or m.kind == "visit" and _WHO_TRAVELLED.search(query.raw.lower()) is not None
            many = _MANY_ASKED.search(query.raw.lower()) is not None
            if not m.partner_side and not m.accompanying and (not (asks_japan and m.japan_side)
                                                              or many and not m.partner_side_stated):
                # "which G7 ministers attended?" of a record naming only its host: the others are not named
                hosts = "; ".join(d.person_label(kb, x) for x in m.japan_side)
                return Answer("not_found", False, m.title,
                              ("The source does not name who else took part."
                               + (f" It names only {hosts}." if hosts and many else ""),),
                              sources=tuple(cited), focus=focus)
            everyone = (*m.japan_side, *m.partner_side, *m.accompanying)
            present = {getattr(kb.people.get(x), "country", None) for x in everyone} | set(m.countries)
            venue = {m.country, kb.places[m.place].country if m.place in kb.places else None}
            of_people = asked_words.countries_of_people_asked(query)
            # ("which official from the Indonesian host government …?" asks for someone of the venue's country)
            # ("and Tajikistan?" after who took part: the same asked of that country's side)
            ellipsis = followups.is_ellipsis(query.raw)
            absent = [x for x in query.mentions if x.kind == "country" and x.id not in present and (
                x.id in of_people or x.id not in venue
                and (ellipsis or _SIDE_OF.search(" ".join(query.words[max(0, x.start - 3): x.end + 2]))))]
            # ("who did Japan's FM meet from Central Asia?": a region's countries are one alternative, absent only
            # when none of them took part; "officials from Central Asian countries" asks of each of them)
            absent = [x for x in absent if " ".join(query.words[x.end:x.end + 1]) in _COUNTRIES_NOUN or not any(
                y.kind == "country" and (y.start, y.end) == (x.start, x.end) and y.id in present
                for y in query.mentions)]
            asked_holder = _WHO_WAS_POST.match(query.raw.lower())
            # (the post asked is the one the parse read: not "the Uzbek minister … with Japan's state minister")
            holders = self.by_post(query, m) if asked_holder is not None and query.role is not None and not titled \
                and ROLES[query.role].search(asked_holder.group("post")) else None
            if asked_holder is not None and holders == []:
                # "Who was Japan's finance minister at the Kagame–Kishida meeting?": nobody there held that post
                post = query.raw[asked_holder.start("post"):asked_holder.end("post")].strip()
                return Answer("not_found", False, m.title,
                              (f"The source names no {post} among those who took part.",
                               "It names: " + "; ".join(d.person_label(kb, x) for x in everyone) + "."),
                              sources=tuple(cited), focus=focus, confidence=0.0)
            if holders:
                # "who was Rwanda's top diplomat at the Bali meeting?": the one there who held it
                return Answer("meeting_answer", True, ", ".join(kb.people[x].name for x in holders),
                              (f"{m.title} ({m.date.human()}):", *(d.person_label(kb, x) for x in holders)),
                              sources=tuple(cited), focus=replace(focus, people=tuple(holders), current=(
                                  f"person:{holders[0]}" if len(holders) == 1 else None)),
                              actions=(Action("Details", f"/meeting {m.id}"),))
            if absent:
                # "Who represented Tajikistan at it?" of a meeting none of whose people is from there
                return Answer("not_found", False, m.title,
                              (f"The source names nobody from {self.index.entity_name(('country', absent[0].id))} "
                               "who took part.",), sources=tuple(cited), focus=focus, confidence=0.0)
            kind = PERSON_CLASS.search(query.raw.lower())
            of_role = role_span is not None and kind is not None \
                and kind.group(1) in query.words[role_span[0]:role_span[1]]
            if kind is not None and kind.group(1).endswith("s") and of_people - {None} and not titled:
                # "Which Japanese ministers sat in on Kishida's talks with Kagame?": those of that country and class,
                # besides the ones the question names or describes by another post ("the Japanese premier")
                set_apart = {x.id for x in query.mentions if x.kind == "person"} | (
                    set() if of_role else set(self.by_post(query, m) or ()))
                fitting = [x for x in everyone if x not in set_apart and x in kb.people
                           and kb.people[x].country in of_people and of_class(kb.people[x], kind.group(1))]
                if not fitting:
                    said = " or ".join(sorted(self.index.entity_name(("country", c)) for c in of_people - {None}))
                    beside = [d.person_label(kb, x) for x in everyone if x in set_apart]
                    return Answer("not_found", False, m.title,
                                  (f"The record names no {kind.group(1).rstrip('s')} of {said} there"
                                   + (f" besides {'; '.join(beside)}." if beside else "."),
                                   "It names: " + "; ".join(d.person_label(kb, x) for x in everyone) + "."),
                                  sources=tuple(cited), focus=focus, confidence=0.0)
            lines = [f"{m.title} ({m.date.human()}):"]
            of_country = lx.COUNTRY_OF_PEOPLE_ASKED.search(query.raw.lower()) is not None

            def labelled(x: str) -> str:
                # ("the leader of which country met …?": each person's country, since it is what is asked)
                country = kb.countries.get(getattr(kb.people.get(x), "country", None) or "")
                return d.person_label(kb, x) + (f", {country.name}" if of_country and country is not None else "")

            if m.japan_side:
                lines.append(f"{d.home_label(kb, m)}: " + "; ".join(labelled(x) for x in m.japan_side))
            if m.partner_side:
                lines.append("Partner side: " + "; ".join(labelled(x) for x in m.partner_side))
            if m.accompanying:
                lines.append("Also attending: " + "; ".join(labelled(x) for x in m.accompanying))
            # "who else was there?": the others the source mentions without naming them (at the meetings of
            # a visit too)
            for x in (m, *(kb.trip_meetings(m.id) if m.id in kb.trips else ())):
                unnamed = unnamed_said(x.note)
                if unnamed:
                    lines.append(f"Not named{'' if x is m else f' ({x.title})'}: {unnamed}")
            # "Which Rwandan ministers ...?" → "the first one's portfolio?": those asked about, in the order shown.
            if _POST_NOUN.search(query.raw.lower()) or any(
                    x.kind == "country" and x.id != self.index.home for x in query.mentions):
                asked = self._asked_people(query, (*m.japan_side, *m.partner_side, *m.accompanying))
                focus = replace(focus, items=tuple(f"person:{x}" for x in asked)) if len(asked) > 1 else focus
        elif intent == "why":
            # Several meetings can fit (two in New York the same week): give the occasion of each.
            asked_of = entity_groups(query)  # a follow-up naming nothing asks of this meeting alone, not of all
            related = [x for x in self.filter_meetings(asked_of, query) if x.id != m.id][:3] if asked_of else []
            lines = []
            for x in (m, *related):
                occasion = kb.terms.get(x.occasion or "")
                lines.append(f"{x.title} ({x.date.human()})"
                             + (f": on the occasion of the {occasion.name}." if occasion else ".")
                             + f" {x.summary}")
            cited += [d.cite(kb, x.cited) for x in related]
        elif p.kind in ("topic", "outcome") or "discuss" in query.aspects or "agree" in query.aspects \
                or "thank" in query.aspects and any(_says_thanks(x.text) for x in (*m.topics, *m.outcomes)):
            points = m.outcomes if p.kind == "outcome" or ("agree" in query.aspects and m.outcomes) else m.topics
            if p.kind in ("topic", "outcome") and "thank" in query.aspects \
                    and not _THANKS_DESCRIBE.search(query.raw.lower()):
                # ("what did the Uzbek minister thank Japan for?" of a point that tells of no thanks: the points
                # that do, else none)
                points = tuple(x for x in (*m.topics, *m.outcomes) if x.text == p.text and _says_thanks(x.text)) \
                    or tuple(x for x in (*m.topics, *m.outcomes) if _says_thanks(x.text))
                if not points and not {"discuss", "agree"} & query.aspects:
                    return Answer("not_found", False, m.title,
                                  (f"The record of {m.title} tells of no thanks.",),
                                  sources=tuple(cited), focus=focus, confidence=0.0)
            elif p.kind in ("topic", "outcome") and "thank" in query.aspects:
                # ("the minister who thanked Japan …: in which field did he want more cooperation?": the thanks
                # describe him; the point found answers)
                points = tuple(x for x in (*m.topics, *m.outcomes) if x.text == p.text)
            elif "thank" in query.aspects and not {"discuss", "agree"} & query.aspects:
                # "what did he thank Japan for?" of the meeting as a whole: each point of it that tells of thanks
                points = tuple(x for x in (*m.topics, *m.outcomes) if _says_thanks(x.text))
            if query.set_aside and points:
                points = self._beyond_set_aside(query, m, points)
                if not points:
                    return Answer("not_found", False, m.title,
                                  (f"The record of {m.title} names nothing besides what the question sets aside:",
                                   *(f"– {x.text}" for x in (*m.topics, *m.outcomes)
                                     if lx.names_any(query.set_aside, x.text))),
                                  sources=tuple(cited), focus=focus, confidence=0.0)
            points = _of_the_subject(query, points)
            done = _deed_asked(query)
            # (a word the points write as a deed done: "confirmed", "outlined"; not a noun of the subject)
            told = tuple(x for x in (*m.topics, *m.outcomes) if done is not None and any(
                w.endswith("ed") and stem(w) == done for w in tokens(f"{x.text} {x.cited.quote}"))
                and not (query.set_aside and lx.names_any(query.set_aside, x.text)))
            if told and len(told) < len(m.topics) + len(m.outcomes):
                # "what did Hayashi and Kulubaev confirm?", "what did the meeting outline?": the points that tell it
                points = told
            unagreed = _discussed_not_agreed(query, m) if points is m.outcomes and not query.set_aside else ()
            if unagreed:
                # "which decarbonization projects did they agree on?" of a record whose outcomes never name what is
                # asked, and whose discussion does: nothing agreed on it is told, and what was said of it is shown
                subject_words, discussed = unagreed
                return Answer("not_found", False, m.title,
                              (f"The record of {m.title} ({m.date.human()}) tells of nothing agreed on "
                               f"{' or '.join(subject_words)}. What it says was discussed of it:",
                               *(f"– {x.text}" for x in discussed)),
                              sources=tuple(d.cite(kb, x.cited) for x in discussed[:3]), focus=focus,
                              confidence=0.0)
            if len(points) == 1 and len((*m.topics, *m.outcomes)) == 1 and not query.set_aside \
                    and _ELSE_ASKED.search(lowered):
                # "what else was on the agenda at the G7 meeting?" of a record that tells of one point only: nothing
                # else is told, which the one point it tells shows
                return Answer("not_found", False, m.title,
                              (f"The record of {m.title} ({m.date.human()}) tells of nothing else; all it says was "
                               f"discussed is:", f"– {points[0].text}"),
                              sources=tuple(cited), focus=focus, confidence=0.0)
            label = "Outcomes" if points is m.outcomes or (points and all(x in m.outcomes for x in points)) \
                else "Discussed"
            if not points:
                what = "what was discussed or agreed" if not m.topics and not m.outcomes else (
                    "what was agreed" if label == "Outcomes" else "what was discussed")
                return Answer("not_found", False, m.title, (f"The source does not say {what}.",),
                              sources=tuple(cited), focus=focus, confidence=0.0)
            lines = [f"{m.title} ({m.date.human()}) — {label.lower()}:"] + [f"– {x.text}" for x in points]
            cited = [d.cite(kb, x.cited) for x in points[:3]] or cited
            if points is m.outcomes and m.topics:
                # The discussed point that matches the question best, when it matches it better than
                # any outcome ("which earlier agreements should be implemented?").
                def overlap(text: str) -> int:
                    return len(set(content_stems(text)) & set(query.keywords))
                best_topic = max(m.topics, key=lambda x: overlap(x.text))
                # (all of one word asked will do: "what did he commit to?" of a point of his commitment)
                if overlap(best_topic.text) >= min(2, len(set(query.keywords))) and overlap(best_topic.text) > max(
                        (overlap(x.text) for x in m.outcomes), default=0):
                    lines.append(f"Also discussed: {best_topic.text}")
                    cited.append(d.cite(kb, best_topic.cited))
            if not query.set_aside and any(lx.MORE_THAN.search(x.text) for x in points):
                # "14 agreements … covering IT, education and other sectors": the record's other points that tell
                # of more ("… were also addressed"), said as the record says them, not as what the others were
                rest = m.topics if points is m.outcomes else m.outcomes
                for point in [y for y in rest if y not in points and lx.MORE_THAN.search(y.text)][:2]:
                    lines.append(f"The record adds: {point.text}")
                    cited.append(d.cite(kb, point.cited))
        elif _DEEDS_ASKED.search(lowered) and not m.topics and not m.outcomes and not kb.trip_meetings(m.id):
            # "what did he do there?" of a record that tells only that the visit or meeting took place
            return Answer("not_found", False, m.title,
                          (f"The records tell of {m.title} ({m.date.human()}), not of what was done there:", m.summary),
                          sources=tuple(cited), focus=focus, confidence=0.0)
        elif intent == "general" and _WHAT_ASKED.search(lowered) and (held := _points_of_words_asked(query, m)):
            # "on what did the Ukrainian minister congratulate her?": the points that hold the word asked of, which
            # the summary does not
            lines = [f"{m.title} ({m.date.human()}) — the record says:", *(f"– {x.text}" for x in held)]
            cited = [d.cite(kb, x.cited) for x in held[:3]]
        else:
            lines = [f"{m.title} ({m.date.human()})", m.summary]
        return Answer("meeting_answer", True, m.title, tuple(lines), sources=tuple(cited), focus=focus,
                      actions=(Action("Details", f"/meeting {m.id}"),))

    @staticmethod
    def _beyond_set_aside(query: Query, m: Meeting, points: tuple[Point, ...]) -> tuple[Point, ...]:
        """The points of `m` for "apart from X and Y, which …?" when an asked point names X and Y and says there
        was more without naming it ("14 agreements covering IT, education and other sectors"): the record's
        points that tell of the rest ("… were also addressed"), or none. Other points stand as they are (a
        point naming X beside the thing asked answers it)."""
        if not any(lx.names_only_more(query.set_aside, x.text) for x in points):
            return points
        kept = tuple(x for x in points if not lx.names_only_more(query.set_aside, x.text))
        if kept:
            return kept
        others = m.topics if points is m.outcomes else m.outcomes
        # (a point naming "space technology" is of the rest, though "tech" was set aside: words, not their starts)
        return tuple(x for x in others if not query.set_aside & set(content_stems(x.text))
                     and lx.MORE_THAN.search(x.text))

    def _side_asked(self, query: Query, m: Meeting, cited: list[Citation], focus: Focus) -> Answer | None:
        """"Who was in Japan's delegation?", "who attended the A–B meeting on the Japanese side?": those of that
        country at the meeting besides the one who led its side; that the record names no one else, when it does not
        (the one who led it said). None unless the question asks so of one side, and names no post, class of people
        or other to set aside."""
        side = asked_words.countries_of_side_asked(query) - {None}
        lowered = query.raw.lower()
        if len(side) != 1 or _EXCLUDING.search(lowered) or asked_post(query) is not None \
                or PERSON_CLASS.search(lowered) or _PRINCIPAL_ASKED.search(lowered):
            return None  # ("which Rwandan ministers attended on its side?": the people asked, listed as such)
        country = next(iter(side))
        of_side = [x for x in dict.fromkeys((*m.japan_side, *m.partner_side, *m.accompanying))
                   if getattr(self.kb.people.get(x), "country", None) == country]
        leaders = [x for x in (*m.japan_side, *m.partner_side) if x in of_side]
        named = {x.id for x in query.mentions if x.kind == "person"}
        # ("who was on the Japanese side?" asks who led it as much as who else was there; a delegation, or those who
        # attended on the side of one the question names, are those beside the one leading it)
        # (those who attended besides the leaders, when the record lists them for the other side: "who was with
        # Kagame?" → "and who attended from the Japanese side?")
        others_listed = any(getattr(self.kb.people.get(x), "country", None) != country for x in m.accompanying)
        delegation = _SIDE_ASKED.search(lowered) is not None
        attended = _ATTENDED_ON_SIDE.search(lowered) is not None and (set(leaders) <= named or others_listed)
        if not of_side or not leaders or not (delegation or attended):
            return None
        others = [x for x in of_side if x not in leaders]
        name = self.index.entity_name(("country", country))
        led = "; ".join(d.person_label(self.kb, x) for x in leaders)
        if not others and (attended or delegation and others_listed):
            # ("who attended the A–B meeting on the Japanese side?": besides B, whom the question names, no one)
            return Answer("not_found", False, m.title,
                          (f"The record names no one on {name}'s side besides {led}, who led it.",),
                          sources=tuple(cited), focus=focus, confidence=0.0)
        beside = "With " + "; ".join(d.person_label(self.kb, x) for x in others) if others \
            else "The record names no one else on it."
        if len(others) > 1:
            # ("what's Biruta's job?" → "and the other one?": of those listed beside the leader)
            focus = replace(focus, items=tuple(f"person:{x}" for x in others))
        return Answer("meeting_answer", True, m.title, (f"{m.title} ({m.date.human()}), {name}'s side:",
                                                        f"Led by {led}", beside), sources=tuple(cited), focus=focus)

    def _occasion_asked(self, query: Query, m: Meeting, *, unanswered: bool = False) -> Answer | None:
        """"How long was the G20 summit?" of a meeting held on its sidelines: the length of the gathering the
        question names by its own noun, from the gathering's record ("the two-day G20 Summit"); None when the
        question names no gathering of the meeting's occasion, or its record gives no length."""
        occasion = self.kb.terms.get(m.occasion or "")
        if occasion is None:
            return None
        said = {w for f in term_forms(occasion) for w in f}
        if unanswered and any(tokens(m.title)[:len(f)] == f for f in term_forms(occasion)):
            # ("when was the business forum?" of the forum's own record, whose title opens with its name; a meeting
            # "on the sidelines of" it is not it)
            return None
        if _OF_THE_MEETING & set(query.words):
            return None  # "how long was the A–B meeting at the G20 summit?": the meeting's own length
        # the gathering's own noun ("summit", "session"), said alone or after its name
        at = next((i for i, w in enumerate(query.words)
                   if w in lx.GATHERING_NOUNS and w not in _OF_THE_MEETING and w in said), None)
        if at is None and unanswered and any(x.kind == "term" for x in query.mentions) \
                and not any(x.kind == "person" for x in query.mentions) \
                and not _MEETING_NOUNS & set(query.words) \
                and all(w in said for x in query.mentions for w in query.words[x.start:x.end]):
            # "what dates was the G20 in Bali?" of a meeting on the sidelines of the G20 Summit in Bali: the
            # gathering named by its own name, every name of the question one of its words
            at = len(query.words)
        if at is None or any(x.kind == "person" and x.start < at for x in query.mentions):
            return None  # ("how long did Kagame meet Kishida at the G20 summit?": of the people's meeting)
        # (the facts of the gathering first, whose quotes say what they state; then its own record)
        # (through the index of what names it, never a scan of every fact)
        # (its date only from its own record: a fact that names it is dated by what it tells, a deed or a report)
        refs = [] if query.intent == "when" else sorted(dict.fromkeys(
            f"fact:{x.ref}" for n in self.index.by_entity.get(("term", occasion.id), ())
            if (x := self.index.passages[n]).kind == "fact" and x.ref in self.kb.facts
            and occasion.id in self.kb.facts[x.ref].terms))
        said_not = None
        for ref in (*refs, f"term:{occasion.id}"):
            found = details.answer(self.kb, ref, query, (ref,))
            if found is not None and found.answered:
                return found
            said_not = said_not or found
        # (asked for what its records do not give: that, when the caller would otherwise answer of the meeting)
        return said_not if unanswered else None

    def _end_time(self, query: Query, m: Meeting, cited: list[Citation], focus: Focus) -> Answer:
        """When a meeting ended: its start plus its length, both as the source gives them; in Japan's
        time when the source gives the start in Japan's time too."""
        if not m.local_time or not m.duration_minutes:
            missing = "the time it began" if not m.local_time else "how long it lasted"
            return Answer("not_found", False, m.title,
                          (f"The source does not say when it ended, nor {missing}.",),
                          sources=tuple(cited), focus=focus, confidence=0.0)
        start = dt.datetime.combine(m.date.first_day(), dt.time.fromisoformat(m.local_time))
        end = start + dt.timedelta(minutes=m.duration_minutes)
        # (each time also as the sources write them, "3:10 p.m.")
        line = (f"{m.title} began at {m.local_time} ({twelve_hour(start.time())}) local time and lasted about "
                f"{m.duration_minutes} minutes, so it ended at about {end:%H:%M} ({twelve_hour(end.time())}) "
                f"local time {d.on_date(m.date)}")
        home = HOME_CLOCK.search(m.time_note or "")
        if query.japan_time:
            if home is None:
                return Answer("not_found", False, m.title, ("The source does not give the time in Japan.",),
                              sources=tuple(cited), focus=focus, confidence=0.0)
            home_end = dt.datetime.combine(home_day(m), clock_of(home)) + (end - start)
            line += (f"; in Japan it began at {home.group(0)}, so it ended at about {twelve_hour(home_end.time())} JST "
                     f"{d.on_date(PartialDate.parse(home_end.date()))}")
        return Answer("meeting_answer", True, m.title, (line + ".",), sources=tuple(cited), focus=focus,
                      actions=(Action("Details", f"/meeting {m.id}"),))

    def total_duration(self, query: Query, groups: list[set[tuple[str, str]]]) -> Answer:
        """"How many minutes did the two meetings last together?": the lengths the records give, added."""
        meetings = self.filter_meetings(groups, query)
        named = [g for g in groups if g != {("country", self.index.home)}]
        if len(meetings) < 2 and len(named) > 1:
            # "the Kyrgyz meeting + the Kuleba meeting, combined": one meeting each name points to, when each
            # points to one
            each = [self.filter_meetings([g], query) for g in named]
            if all(len(found) == 1 for found in each):
                meetings = list({m.id: m for found in each for m in found}.values())
        timed = [m for m in meetings if m.duration_minutes]
        if len(timed) < 2:
            known = "; ".join(f"{m.title}: about {m.duration_minutes} minutes" for m in timed)
            return Answer("not_found", False, "Not in the records",
                          (f"The records give the length of {len(timed)} of the {len(meetings)} meetings that fit"
                           + (f" ({known})" if known else "") + ", so no total.",), confidence=0.0)
        return computed.lengths_added(self.kb, timed, untimed=len(meetings) - len(timed), listed=True)

    def _time_gap(self, m: Meeting, cited: list[Citation], focus: Focus) -> Answer:
        """How far Japan's clock was from the venue's: the start as the source gives it in both."""
        home = HOME_CLOCK.search(m.time_note or "")
        if not m.local_time or home is None:
            return Answer("not_found", False, m.title,
                          ("The source does not give the time both locally and in Japan, so not the difference.",),
                          sources=tuple(cited), focus=focus, confidence=0.0)
        local = dt.time.fromisoformat(m.local_time)
        at_home = clock_of(home)
        gap = ((at_home.hour * 60 + at_home.minute) - (local.hour * 60 + local.minute)) % (24 * 60)
        hours, minutes = divmod(gap, 60)
        where = d.meeting_place(self.kb, m) or "the venue"
        amount = f"{hours} hours" + (f" {minutes} minutes" if minutes else "")
        line = (f"{self.index.home_name} was {amount} ahead of {where}: {m.title} began at {m.local_time} local time, "
                f"{home.group(0)} in Japan.")
        return Answer("meeting_answer", True, m.title, (line, f"Source: {m.time_note}"), sources=tuple(cited),
                      focus=focus,
                      actions=(Action("Details", f"/meeting {m.id}"),))

    def people_counted(self, query: Query, groups: list[set[tuple[str, str]]], noun: str) -> Answer:
        """How many people of a kind ("Rwandan ministers", "Ukrainian officials") the meetings that fit
        name, and who they are."""
        at = next(i for i, w in enumerate(query.words) if w == noun)
        # ("Rwandan ministers", "officials in Japan's delegation": the people of that country's side)
        of_country = {m.id for m in query.mentions if m.kind == "country" and (
            m.end == at or query.words[m.end:m.end + 1] and query.words[m.end] in _SIDE_NOUNS)}
        countries = {e[1] for g in groups for e in g if e[0] == "country"}
        # "Counting Kagame himself, how many ...": a person the question counts in is not left out.
        counted_in = {m.id for m in query.mentions if m.kind == "person" and (
            m.start > 0 and query.words[m.start - 1] in ("counting", "including")
            or m.end < len(query.words) and query.words[m.end] in ("himself", "herself", "included"))}
        named = {m.id for m in query.mentions if m.kind == "person"} - counted_in
        meetings = self.filter_meetings([g for g in groups if not g <= {("country", c) for c in of_country}] or groups,
                                        query)
        # ("how many came to the Central Asia plus Japan meeting?": a meeting held on its occasion is not it)
        meetings = gathering_named(self.kb, query, meetings, strict=True)
        found: dict[str, Meeting] = {}
        for m in meetings:
            for person_id in m.participants:
                person = self.kb.people.get(person_id)
                if person is None or person_id in found or person_id in named:
                    continue  # "how many people did Hayashi meet": not Hayashi himself
                if of_country and person.country not in of_country:
                    continue
                if not of_country and countries and person.country not in countries:
                    continue
                role = d.latest_role(person)
                if noun == "ministers" and not (role and "minister" in role.title.lower()):
                    continue
                found[person_id] = m
        if not meetings:
            return self.passages.not_recorded(query, "The records hold no meeting that fits.")
        unnamed = [m for m in meetings if m.note and _UNNAMED_OTHERS.search(m.note)]
        # ("how many people attended?" of a meeting with others unnamed: unknown; "how many Rwandan ministers
        # attended?" is of those the source names of that side)
        if unnamed and (_IN_TOTAL.search(query.raw.lower()) or _ATTENDED.search(query.raw.lower())
                        and not of_country and not countries - {self.index.home}):
            return Answer("not_found", False, "Not in the records",
                          (f"The source names {len(found)} but says others attended too: {unnamed[0].note}",),
                          sources=(d.cite(self.kb, unnamed[0].cited),), confidence=0.0)
        if not found:
            # "how many leaders attended the Bali G20?": the records name none of them, which counts nothing
            held = meetings[0]
            return Answer("not_found", False, "Not in the records",
                          (f"The records name no {noun} of that kind and give no number for them.",
                           f"Closest record: {held.title} ({held.date.human()})"),
                          sources=(d.cite(self.kb, held.cited),), confidence=0.0)
        lines = tuple(f"{d.person_label(self.kb, p)} — {m.title} ({m.date.human()})" for p, m in found.items())
        group = _GROUP_SIZE.search(query.raw.lower())
        if group is not None:
            # "how many people were in the Japanese delegation?": who the records name is no count of the group
            return Answer("not_found", False, "Not in the records",
                          (f"The records do not give the size of the {group.group('group')}; they name:", *lines),
                          sources=tuple(d.cite(self.kb, m.cited) for m in list(found.values())[:3]), confidence=0.0)
        if unnamed:
            lines += (f"Note: {unnamed[0].note}",)
        title = f"{len(found)} {noun if len(found) != 1 else noun.rstrip('s')} named in the records"
        return Answer("people", True, title, lines,
                      sources=tuple(d.cite(self.kb, m.cited) for m in list(found.values())[:3]),
                      focus=Focus(people=tuple(found)), confidence=0.8)


#: "what came up about a border?", "anything on demining?": a subject said after what was talked about.
_ABOUT_SUBJECT = re.compile(r"\b(?:about|on|regarding|concerning)\s+(?!(?:with|to|in|at|during|before|after|that|it"
                            r"|this|them|him|her)\b)(?P<subject>[a-z'’ -]+?)(?=\s+(?:before|after|during|with|in|at"
                            r"|when|while|and|or|between|from)\b|[,?.!]|$)")
#: A clause the subject may be said in, which is not what the question asks of ("when she talked about …").
_CLAUSE_BEFORE = re.compile(r"\b(?:when|while|after|before|as|once|whenever)\b")
#: Words of talking about something, which say nothing of the subject talked about.
_TALK_STEMS = frozenset(stem(w) for verbs in lx.DONE_VERBS.values() for w in verbs) | lx.PLAIN_SPEECH | frozenset(
    stem(w) for w in "talk talked raise raised come came up cover covered topic topics point points".split())


#: Stems that say nothing of a subject asked: light words, words of talking, words of a meeting.
_NO_SUBJECT = lx.LIGHT_STEMS | _TALK_STEMS | lx.GATHERING_WORDS


def _discussed_not_agreed(query: Query, m: Meeting) -> tuple[tuple[str, ...], tuple[Point, ...]] | tuple[()]:
    """"What did they agree on about decarbonization?", "which decarbonization projects did they agree on?": the
    words of the subject asked that a discussed point of `m` holds and none of its outcomes does, as the question
    says them, with the points that hold them; nothing when every such word is in an outcome too, no outcome or
    discussed point is told, or the question asks no agreement by its verb ("the agreements reached earlier" are
    what a discussed point may tell of)."""
    lowered = expand_shorthand(query.raw.lower())
    if not m.outcomes or not m.topics or not _AGREED.search(lowered):
        return ()
    said = _ABOUT_SUBJECT.search(lowered)
    phrase = set(content_stems(said.group("subject"))) if said is not None else set()
    kind = _KIND_ASKED.search(lowered)
    if kind is not None and query.asked is not None and stem(kind.group("noun")) == query.asked:
        phrase |= set(content_stems(kind.group("kind")))  # ("which decarbonization projects …?")
    agreed = {k for x in m.outcomes for k in content_stems(x.text)}
    talked = [(x, set(content_stems(x.text))) for x in m.topics]
    subject = [k for k in dict.fromkeys(query.keywords) if k in phrase and k not in agreed and k not in _NO_SUBJECT
               and k != query.asked and any(k in held for _, held in talked)]
    if not subject:
        return ()
    words = tuple(dict.fromkeys(w for w in query.words if stem(w) in subject)) or tuple(subject)
    return words, tuple(x for x, held in talked if held & set(subject))


#: "did they agree on", "what was agreed": an agreement asked by its verb, not "the agreements" talked of.
_AGREED = re.compile(r"\bagree(?:d|s|ing)?\b|\bconcur(?:red|s)?\b")
#: "which decarbonization projects …": the words that say what kind of thing is asked for.
_KIND_ASKED = re.compile(r"\b(?:which|what) (?P<kind>(?:[a-z-]+ ){1,2}?)(?P<noun>[a-z]+)\b")


#: "On what did …?", "what did … for?": a question of what, which a point of a record may answer.
_WHAT_ASKED = re.compile(r"^\W*(?:(?:on|for|about|over|with|to) )?what\b")


def _points_of_words_asked(query: Query, m: Meeting) -> tuple[Point, ...]:
    """"On what did Kuleba congratulate her?" of a record whose summary holds none of the words the question shares
    with its points: the points that hold every such word, when some do and others do not."""
    points = (*m.topics, *m.outcomes)
    summary = set(content_stems(m.summary))
    held_by = [(x, set(content_stems(x.text))) for x in points]
    words = [k for k in dict.fromkeys(query.keywords) if k not in _NO_SUBJECT and any(k in held for _, held in held_by)]
    asked = [k for k in words if k not in summary]
    if not asked or len(asked) < len(words):
        return ()  # (a word the summary shares with a point: the summary tells of what is asked, "condemn Russia")
    kept = tuple(x for x, held in held_by if all(k in held for k in asked))
    return kept if len(kept) < len(points) else ()


def _deed_asked(query: Query) -> str | None:
    """The stem of the verb a "what did <people or meeting> <verb> …?" question asks what was done by ("confirm" of
    "what did Hayashi and Kulubaev confirm?"); None for another shape, or a verb of talks in general."""
    words = query.words
    start = next((i + 2 for i in range(len(words) - 2) if words[i] == "what"
                  and words[i + 1] in ("did", "do", "does", "had", "have", "has")), None)
    if start is None:
        return None
    at = start
    spans = {i for x in query.mentions for i in range(x.start, x.end)}
    spans |= {i for a, b in (phrase_spans(ROLES[query.role], words) if query.role else ()) for i in range(a, b)}
    while at < len(words) and (at in spans or words[at] in _SUBJECT_GLUE or words[at] in lx.GATHERING_NOUNS):
        at += 1
    if at == start or at >= len(words) or words[at + 1:at + 2] == ("to",):
        return None  # ("what did he hope to strengthen?": the wish, not a deed of the records' words)
    verb = stem(words[at])
    return None if verb in lx.TALK_WORDS or verb in lx.LIGHT_STEMS or verb in _NO_SUBJECT or verb in _NO_DEED \
        else verb


#: Verbs that say nothing of the deed by themselves ("what did he express appreciation for?": the noun after says it).
_NO_DEED = frozenset(stem(w) for w in "express make give say do have take show".split())


#: Words inside the subject of a question ("what did Hayashi and Kulubaev …", "what did the A–B meeting …").
_SUBJECT_GLUE = frozenset({"the", "and", "both", "two", "s", "their", "its"})


def _of_the_subject(query: Query, points: tuple[Point, ...]) -> tuple[Point, ...]:
    """"what came up about a border?": of a record's points, those that hold the subject asked, when some do and
    others do not (the same points when none or all do, or the question names no subject)."""
    lowered = expand_shorthand(query.raw.lower())
    said = _ABOUT_SUBJECT.search(lowered)
    if said is not None and (_CLAUSE_BEFORE.search(lowered[:said.start()]) or lx.RESPONDED.search(lowered)):
        said = None  # ("how did he respond when she talked about the generators?": his response, not the subject)
    phrase = set(content_stems(said.group("subject"))) if said is not None else set()
    subject = [k for k in query.keywords if k in phrase and k not in _NO_SUBJECT]
    if not subject:
        return points
    held = tuple(x for x in points if all(k in set(content_stems(x.text)) for k in subject))
    return held if held and len(held) < len(points) else points


#: "how many people were in the Japanese delegation?": the size of a group that went, which no record counts.
_GROUP_SIZE = re.compile(r"\b(?:in|of) (?:the |her |his |their |its |that |this )?(?:[a-z]+ )?"
                         r"(?P<group>delegation|entourage|retinue|team)\b")


def _newest_first(query: Query) -> bool:
    return bool(re.search(r"\b(newest|latest|most recent) first\b", query.raw.lower()))


def _in_asked_order(query: Query, meetings: list[Meeting], *, command: bool) -> list[Meeting]:
    """A command's meetings newest first (the latest news on top); a question's oldest first, so that "the
    first one" is the earliest, unless it asks for the newest first."""
    if command and not lx.SORTED_BY_DATE.search(query.raw.lower()):
        return meetings
    return sorted(meetings, key=lambda m: (m.date, m.id), reverse=_newest_first(query))


def _day_of_year(text: str, year: int) -> PartialDate | None:
    """"September 21" or "21 September" of `year`."""
    found = parse_month_day(text)
    return PartialDate(year, *found) if found else None


def _people(query: Query) -> list[str]:
    """The people a question names, in its order."""
    return [m.id for m in query.mentions if m.kind == "person"]


#: Words of a date's own event, which the date line answers already.
_PLAIN_WHEN = frozenset(stem(w) for w in "meet met meeting visit visited start started begin began take took place "
                        "held hold happen happened trip talk talks come came coming go went going travel "
                        "travelled traveled".split())


def _when_said(summary: str, keywords: tuple[str, ...], words: tuple[str, ...] = ()) -> str | None:
    """The clause of a meeting's summary that says when something other than the meeting itself happened
    ("announced only on the day of his arrival"), for the one word of the question that names it."""
    # ("when was the visit publicly announced?": "publicly" only says how it was done)
    manner = {stem(w) for w in words if len(w) > 4 and w.endswith("ly")}
    wanted = [k for k in keywords if k not in _PLAIN_WHEN and k not in manner]
    if len(wanted) != 1:
        return None
    for clause in re.split(r"\s*[,;—–]\s*|\.\s+", summary):
        if {wanted[0], *SYNONYMS.get(wanted[0], ())} & {stem(w) for w in re.findall(r"[A-Za-z]+", clause.lower())} \
                and _DAY_WORDS.search(clause):
            return clause.strip().rstrip(".")
    return None


#: Words of a clause that tell when ("on the day of", "the same day", "in advance", a month or year).
_DAY_WORDS = re.compile(r"\b(?:day|days|week|weeks|advance|earlier|later|before|after|same|"
                        r"january|february|march|april|may|june|july|august|september|october|november|december"
                        r"|\d{4})\b", re.IGNORECASE)

