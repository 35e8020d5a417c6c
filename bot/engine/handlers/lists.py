"""Questions answered by the records that fit, all of them: lists and counts of meetings, the
countries met, the first or latest meeting, meetings on a date, lengths added up, years between."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers import Answer, Focus, Item
from bot.engine import asked, computed, details
from bot.engine import describe as d
from bot.engine import lexicon as lx
from bot.engine.events import AGREEMENT, ANNOUNCEMENT, NUMBER_WORDS, TRAVEL, events_asked
from bot.engine.query import SYNONYMS, Query
from bot.engine.references import record_date
from bot.engine.retrieval import score_passages
from bot.engine.rules import Asked
from bot.engine.text import content_stems, fold, stem
from bot.engine.when import find_date
from bot.knowledge.model import Cited, Meeting

if TYPE_CHECKING:
    from bot.engine.answering import Answerer
    from bot.engine.index import Passage


def _gathering(q: Asked) -> bool:
    """Whether the question's words ask only who met whom ("meet", "talks", "officials", "foreign
    officials")."""
    foreign = _FOREIGN_PEOPLE.search(q.lowered) is not None
    return all(k in lx.GATHERING_WORDS or foreign and k in _FOREIGN for k in q.query.keywords)


#: "foreign officials", "overseas counterparts": people of other countries, not a kind of meeting.
_FOREIGN_PEOPLE = re.compile(r"\b(?:foreign|overseas) (?:officials?|leaders?|counterparts?|dignitar(?:y|ies)|guests?"
                             r"|visitors?|partners?)\b")
_FOREIGN = frozenset({"foreign", "oversea"})


def _names_meeting(q: Asked) -> bool:
    return any(e[0] == "meeting" for g in q.extra for e in g)


_LENGTHS = re.compile(r"\b(?:lengths|durations|total minutes|minutes in total|how many (?:minutes|hours))\b")


def total_length(a: Answerer, q: Asked) -> Answer | None:
    """"How many minutes did the two timed meetings last together?": the lengths, added."""
    if not (q.query.intent == "duration" or _LENGTHS.search(q.lowered)) or not computed.TOTAL.search(q.lowered):
        return None  # ("add up the meeting lengths", "total minutes": lengths, whatever the question word)
    return a.meetings.total_duration(q.query, q.groups + q.extra)


#: "… how many years later was that?", "… was it?": the record just answered, against the one before it.
_THAT_AT_END = re.compile(r"\b(?:is|was) (?:that|it|that one|this)\W*$"
                          # "so how many years between those two?": the two just answered, whatever came before
                          r"|\bbetween (?:those|these|the) (?:two|2)\W*$|\bbetween them\W*$")


#: Words that count the two records meant ("between those two").
_PAIR_WORDS = frozenset({"two", "2", "both"})
#: "the Uzbek one": one record of those just answered, by a name.
_THE_ONE = re.compile(r"\bthe [a-z]+ one\W*$")


def between_two_answered(lowered: str, query: Query, focus: Focus) -> bool:
    """Whether "how many years later was that?" asks the time between the two records just answered, naming no
    other event ("… after relations were established?" names one)."""
    return (_THAT_AT_END.search(lowered) is not None and lx.ELAPSED.search(lowered) is not None
            and len(focus.recent) >= 2 and not query.mentions
            and all(k in lx.ELAPSED_WORDS or k in _PAIR_WORDS for k in query.keywords))


def _one_of_two_answered(a: Answerer, lowered: str, groups: list[set[tuple[str, str]]], focus: Focus) -> bool:
    """Whether "the Uzbek one" names exactly one of the two records just answered, by a country (or place) its
    record names and the other's does not."""
    if _THE_ONE.search(lowered) is None or len(groups) != 1 or len(focus.recent) < 2:
        return False
    naming = {f"{p.kind}:{p.ref}" for e in groups[0] for n in a.index.by_entity.get(e, ())
              for p in [a.index.passages[n]]}
    return sum(ref in naming for ref in focus.recent[:2]) == 1


def years_since_last(a: Answerer, q: Asked) -> Answer | None:
    """"How many years later ...?": the time between the record last discussed and another."""
    if q.focus is None or not q.focus.date or not lx.ELAPSED.search(q.lowered):
        return None
    if not q.groups and between_two_answered(q.lowered, q.query, q.focus) \
            or _one_of_two_answered(a, q.lowered, q.groups, q.focus):
        # "When did Japan open its embassy there?" → "and theirs in Tokyo?" → "how many years later was that?":
        # the two records just answered, in turn ("how many years earlier was the Uzbek one?": the one of them
        # of that country)
        shown = [(date, record) for ref in q.focus.recent[:2]
                 if (date := record_date(a.kb, ref)) is not None and (record := _record_of(a, ref)) is not None]
        if len(shown) == 2:
            (last, last_record), (before, before_record) = shown
            if last.iso() != before.iso():
                years = abs(last.year - before.year)
                return Answer("elapsed", True, f"{years} year{'s' if years != 1 else ''}",
                              tuple(text if date.human() in text else f"{text} ({date.human()})"
                                    for text, date in ((before_record[0], before), (last_record[0], last))),
                              sources=(d.cite(a.kb, before_record[1]), d.cite(a.kb, last_record[1])),
                              focus=replace(q.focus, date=last.iso()), confidence=0.9)
    extra = q.extra
    partners = [c for c in q.focus.countries if c != a.index.home]
    if not q.groups and not extra and partners:
        # "… embassy in Kigali?" → "how many years after relations started?": of the country discussed
        extra = [{("country", c) for c in partners}]
    return a.years_between(q.query, q.focus.date, extra, topic=q.focus.keywords)


def _record_of(a: Answerer, ref: str) -> tuple[str, Cited] | None:
    """What a record named `kind:id` says (a fact's or pledge's statement, a meeting's title), with its source."""
    found = details.record(a.kb, ref)
    if found is not None:
        return details.text_of(found), found.cited
    meeting = a.kb.meetings.get(ref.removeprefix("meeting:")) if ref.startswith("meeting:") else None
    return (meeting.title, meeting.cited) if meeting is not None else None


def years_back(a: Answerer, q: Asked) -> Answer | None:
    """"Kulubaev thanked Japan for 30 years of help: since about what year?": the year a record's span of
    years ("over the past 30 years") reaches back to from the record's own date."""
    since = _SINCE_WHAT_YEAR.search(q.lowered) is not None
    lasting = _HOW_LONG_BEEN.search(q.lowered) is not None
    if not since and not lasting:
        return None
    readings = [r for r in q.readings if r] or [[]]
    for reading in readings:
        found = score_passages(a.index, q.query, q.groups + q.extra + reading, limit=8)
        # the point or fact that gives the span before the meeting's whole summary that repeats it
        for s in sorted(found, key=lambda s: s.passage.kind == "meeting"):
            span = _YEARS_SPANNED.search(s.passage.text.lower())
            if span is None or s.passage.date is None or s.entities_missing:
                continue
            count = span.group("count") or span.group("count2") or ""
            years = int(count) if count.isdigit() else NUMBER_WORDS.get(count)
            if not years:
                continue
            year = s.passage.date.first_day().year - years
            if lasting:
                # "How long has Japan been assisting Kyrgyzstan?": the span the record gives, as of its date
                return Answer("detail", True, f"{years} years (as of {s.passage.date.human()})", (s.passage.text,),
                              sources=(d.cite(a.kb, s.passage.cited),), confidence=0.8,
                              focus=Focus(items=(a._record_of(s.passage),)))
            return Answer("computed", True, f"About {year}",
                          (f"{years} years before {s.passage.date.human()}, the date of the record that gives "
                           f"them: {s.passage.text}",),
                          sources=(d.cite(a.kb, s.passage.cited),), confidence=0.8,
                          focus=Focus(date=str(year), items=(a._record_of(s.passage),)))
    if lasting:
        # not the length of a meeting that names them, which is not what has lasted
        return Answer("not_found", False, "Not in the records", ("The records give no span of time for that.",),
                      confidence=0.0)
    return None


#: "How long has Japan been assisting …?": how long something has lasted, not a meeting's length.
_HOW_LONG_BEEN = re.compile(r"\bhow long (?:has|have|had)\b[^?]*\bbeen\b")
#: "Since about what year?", "counting back, from what year?": the start of a span of years.
_SINCE_WHAT_YEAR = re.compile(r"\b(?:since|from) (?:about |roughly |approximately |around |circa )?"
                              r"(?:what|which) year\b|\bcounting back\b.*\b(?:what|which) year\b")
#: A span of years a record gives back from its date: "over the past 30 years", "thirty years of help".
_YEARS_SPANNED = re.compile(r"\b(?:past|last) (?P<count>\d+|[a-z]+) years\b|\b(?P<count2>\d+) years of\b")


#: "how many countries attended?", "which countries took part?": those at a gathering.
_ATTENDED = re.compile(r"\b(?:attend\w*|took part|take part|participat\w*|were (?:there|present|represented))\b")


def countries(a: Answerer, q: Asked) -> Answer | None:
    """"Which countries did Japan meet in 2023?": the countries of the meetings that fit; not a question of
    other things than meetings and trips ("which countries did Japan open embassies in?")."""
    if not lx.WHICH_COUNTRIES.search(q.lowered):
        return None
    gathering = q.focus is not None and bool(q.focus.topic or q.focus.meeting or any(
        i.startswith(("term:", "meeting:")) for i in q.focus.items[:1]))
    discussed = a.kb.meetings.get(q.focus.meeting or "") if q.focus is not None and not q.focus.topic else None
    if not q.query.mentions and q.query.dates is None and discussed is not None and _ATTENDED.search(q.lowered):
        # "which countries attended?" after a meeting: the countries its record names taking part, or that it names
        # none besides the home country (not the countries of another meeting)
        others = [c for c in discussed.countries if c != a.index.home]
        if not others:
            return Answer("not_found", False, "Not in the records",
                          (f"The record of {discussed.title} ({discussed.date.human()}) names no country that took "
                           f"part besides {a.index.home_name}.",),
                          sources=(d.cite(a.kb, discussed.cited),), focus=q.focus, confidence=0.0)
        return None
    if not q.query.mentions and q.query.dates is None and gathering and _ATTENDED.search(q.lowered):
        return None  # "how many countries attended?" after the G20 summit: of that gathering, not of the records
    if "pledge" in q.query.aspects and not {stem(w) for w in lx.PERSON_ASKED} & set(q.query.keywords):
        return _countries_given(a, q)  # (countries that "sent ministers" to a meeting gave nothing)
    if any(k not in lx.GATHERING_WORDS and k not in _OF_MEETINGS and k in a.index.idf
           and k not in a.index.meeting_stems for k in q.query.keywords):
        return None  # a word of other records than meetings ("embassies"): those records answer
    groups = q.groups + q.extra
    if _OTHER_THAN_ITS.search(q.lowered):
        # "what other countries did he visit on that trip?": besides the countries of the record the conversation is
        # on, which the question does not name
        held = [a.kb.meetings[i] for g in q.extra for k, i in g if k == "meeting" and i in a.kb.meetings]
        groups += [{("country", c)} for m in held for c in m.countries if c != a.index.home]
    return a.meetings.countries_of(q.query, groups)


#: "what other countries …": countries besides those of the record the conversation is on.
_OTHER_THAN_ITS = re.compile(r"\b(?:what|which|any) other countr(?:y|ies)\b")


def _countries_given(a: Answerer, q: Asked) -> Answer | None:
    """"Which countries received Japanese aid?", "which countries has Japan pledged equipment to?": the
    recipients of the pledges that fit, each with what was given; None when no pledge fits."""
    home = a.index.home
    named = {i for g in q.groups for k, i in g if k == "country" and i != home}
    partners = named or {c for c in a.kb.countries if c != home}
    thing = {k for k in q.query.keywords if k not in lx.PLEDGE_FRAME and k not in lx.GATHERING_WORDS
             and k not in _OF_MEETINGS and k not in lx.LIGHT_STEMS and k not in _RECEIVED}
    every = a.pledges_to(partners, q.query)

    def says(p: Passage, t: str) -> bool:
        kind = a.kb.pledges[p.ref].kind or ""
        return t in p.stems or any(s in p.stems for s in SYNONYMS.get(t, ())) or stem(kind) == t

    # ("aid or equipment", "pandemic, war or border trouble": any of them; "in a crisis": every pledge)
    either = re.search(r"\bor\b", q.lowered) is not None
    given = [p for p in every if not thing or (any if either else all)(says(p, t) for t in thing)]
    if either and {k for k in q.query.keywords if k in lx.PLEDGE_FRAME} - _GIVING:
        given = every  # "aid or equipment": aid of any kind
    if not given or either and len(given) < len(every) and not all(any(says(p, t) for p in every) for t in thing):
        given = every  # words some of which no pledge uses narrow nothing
    if not given:
        return None
    by_country: dict[str, list[Passage]] = {}
    for p in given:
        by_country.setdefault(a.kb.pledges[p.ref].recipient, []).append(p)
    shown = sorted(by_country.items(), key=lambda kv: a.index.entity_name(("country", kv[0])))
    lines = tuple(f"{a.index.entity_name(('country', c))}: " + " ".join(p.text for p in ps) for c, ps in shown)
    return Answer("countries", True, f"{len(shown)} countr{'y' if len(shown) == 1 else 'ies'}", lines,
                  sources=tuple(d.cite(a.kb, p.cited) for p in given[:5]), confidence=0.8,
                  focus=Focus(countries=tuple(c for c, _ in shown),
                              items=tuple(f"pledge:{p.ref}" for _, ps in shown for p in ps)))


_GIVING = frozenset(stem(w) for w in "pledged pledge promised promise provided provide sent send given give gave "
                                    "donated offered committed".split())
_RECEIVED = frozenset(stem(w) for w in "received receive receiving got get gets support supported help helped".split())
#: Words of a question of countries met or visited that ask nothing of other records.
_OF_MEETINGS = frozenset(stem(w) for w in """countries country appear appears appeared mentioned mention records
    record feature featured covered cover involved involve travel travelled traveled visit visited visits trip trips
    went go gone been hosted host japanese foreign had have has get got text texts document documents anywhere story
    stories report reports article articles source sources""".split())


def first_or_latest(a: Answerer, q: Asked) -> Answer | None:
    """"Who did Japan meet most recently?": the first or latest meeting, then what is asked of it."""
    query = q.query
    if not query.order or query.intent not in lx.MEETING_FIELDS or q.people or not _gathering(q):
        return None
    found = a.meetings.filter_meetings(q.groups + q.extra, query)
    ordered = a.meetings.asked_kind(query, found)[0] or found
    if not ordered:
        return None
    meeting = ordered[0]
    if not a.meetings.has_field(meeting, query.intent):
        # "How long did the last meeting last?" of a latest meeting whose length no source gives: said so,
        # with the latest one that has it, never that one instead.
        noun = _FIELD_NOUNS.get(query.intent, "that detail")
        lines = [f"The {query.order} one, {meeting.title} ({meeting.date.human()}), has no {noun} in its source."]
        known = next((m for m in ordered if a.meetings.has_field(m, query.intent)), None)
        if known is not None:
            lines.append(f"The {query.order} one with its {noun} is {known.title} ({known.date.human()}).")
        return Answer("not_found", False, "Not in the records", tuple(lines),
                      sources=(d.cite(a.kb, meeting.cited),), focus=a.meetings.meeting_focus(meeting),
                      confidence=0.0)
    passage = a.index.meeting_passage(meeting.id)
    assert passage is not None, "every meeting has the passage of its own record"
    other = asked.numbered_otherwise(fold(query.raw).lower(), f"{passage.text} {fold(passage.cited.quote)}".lower())
    if other is not None:
        # "when was the first meeting of the Dialogue?" of the one record that tells of its ninth: not the first
        return Answer("not_found", False, "Not in the records", (other, f"Closest record: {meeting.title}"),
                      sources=(d.cite(a.kb, meeting.cited),), focus=a.meetings.meeting_focus(meeting), confidence=0.0)
    return a.meetings.meeting_aspect(query, meeting, passage)


#: What a meeting's record may lack, by the type of question that asks for it.
_FIELD_NOUNS = {"who": "participants named", "time": "start time", "duration": "length", "where": "place"}


def dates_of_people(a: Answerer, q: Asked) -> Answer | None:
    """"When did A and B meet?" when they met more than once; "when did A hold meetings in 2024?"; "where
    did A meet officials?" when A met them in several places."""
    query = q.query
    if not (query.intent in ("when", "where") and not query.order and q.people and query.keywords and _gathering(q)
            and not _names_meeting(q)):
        return None
    found = a.meetings.filter_meetings(q.groups + q.extra, query)
    if query.intent == "where":
        # "Where did Hayashi meet officials?": every place, when his meetings were held in more than one
        several = len({(m.place, m.country) for m in found}) > 1
    else:
        # (one person's meetings on several dates: each of them, never one picked silently)
        several = ((len(q.people) > 1 or query.dates is not None) and len(found) > 1
                   or len({m.date for m in found}) > 1
                   and all(k in ("person", "country") for g in q.groups + q.extra for k, _ in g))
    return a.meetings.meeting_list(query, q.groups + q.extra, count=False) if several else None


def detail_of_every_meeting(a: Answerer, q: Asked) -> Answer | None:
    """"What start times are recorded for the meetings?", "give me the lengths of the meetings": each
    meeting whose record gives that detail, with it (not the one meeting that scores best)."""
    if q.groups or q.extra or any(q.readings) or q.query.intent == "yes_no" or q.query.dates is not None \
            or not _DETAIL_OF_EVERY.search(q.lowered):
        return None
    return a.meetings.meeting_list(q.query, [], count=False)


#: A detail asked of the meetings as a set: "start times", "the lengths of the meetings".
_DETAIL_OF_EVERY = re.compile(r"\b(?:start(?:ing)? times|lengths|durations)\b.*\bmeetings\b"
                              r"|\bmeetings\b.*\b(?:start(?:ing)? times|lengths|durations)\b"
                              # "all the meeting start times", "every meeting's duration"
                              r"|\bmeeting (?:start(?:ing)? times|lengths|durations)\b"
                              r"|\b(?:every|each) meeting['’]s (?:start(?:ing)? time|length|duration)s?\b")


#: "Kishida shows up in two of the stories", "Hayashi appears in several articles": the records of one person.
_SHOWS_UP = re.compile(r"\b(?:shows? up|turns? up|comes? up|appears?|features?|figures?|is mentioned|crops? up) in "
                       r"(?:two|three|four|several|a couple of|a few|both|all|each|multiple|more than one)(?: of)?"
                       r"(?: the| these| those)? (?:stories|articles|records|reports|documents|texts|releases|pieces"
                       r"|sources)\b")
#: "One is his meeting with Kagame. What's the other one?": the records but the one the message gave.
_THE_OTHER = re.compile(r"\b(?:the other(?: one| ones| two)?|the others|the rest|the remaining)\b")


def records_of_someone(a: Answerer, q: Asked) -> Answer | None:
    """"Kishida shows up in two of the stories - what is he doing in each?": the meetings of that person,
    each with what it was; "one is his meeting with Kagame - what's the other?": those without the one given."""
    found = _SHOWS_UP.search(q.lowered)
    people = [m for m in q.query.mentions if m.kind == "person"]
    if found is None or not people:
        return None
    who = people[0]
    held = a.meetings.filter_meetings([{("person", who.id)}], replace(q.query, keywords=(), dates=None,
                                                                         venues=(), order=None))
    if _THE_OTHER.search(q.lowered):
        # the records that involve another person the message names ("one is his meeting with Kagame")
        given = {("person", m.id) for m in people[1:]}
        held = [m for m in held if not given & a.index.meeting_entities(m.id)]
    if not held:
        return None
    held = sorted(held, key=lambda m: (m.date, m.id))
    lines = tuple(f"{m.title} ({m.date.human()}): {m.summary}" for m in held)
    return Answer("meetings", True, f"{len(held)} record{'s' if len(held) != 1 else ''} of "
                  f"{a.index.entity_name(('person', who.id))}", lines,
                  sources=tuple(d.cite(a.kb, m.cited) for m in held[:4]),
                  focus=a.meetings.meeting_focus(held[0]) if len(held) == 1 else
                  Focus(people=(who.id,), items=tuple(f"meeting:{m.id}" for m in held)), confidence=0.8)


def dates_or_places(a: Answerer, q: Asked) -> Answer | None:
    """"When did Japanese officials meet Ukrainian officials?": every meeting that fits, with its date."""
    query = q.query
    if (query.intent in ("when", "where") and not query.order and not q.people and (q.groups or q.extra)
            and not lx.VENUE_ASKED.search(q.lowered)  # ("which venue in New York …?": a place within the city)
            and query.keywords and _gathering(q) and len(a.meetings.filter_meetings(q.groups + q.extra, query)) > 1):
        return a.meetings.meeting_list(query, q.groups + q.extra, count=False)
    return None


#: "In which cities did Japanese officials hold talks?", "where were the meetings held?": the places of many.
_PLACES_ASKED = re.compile(r"\b(?:which|what) (?:cities|places|towns|venues|locations)\b.*\b(?:talks|meet|met|meetings?"
                           r"|held|hold|visited|visit|went|go|gone|travell?ed|travel|been)\b"
                           r"|^\W*where (?:were|did) (?:all |the |these |those )?"
                           r"(?:meetings|talks|visits)(?: (?:take place|held|happen))?\W*$")
#: "where outside Japan did Japanese ministers or the PM hold talks?": a class of people, every place they met.
_CLASS_WHERE = re.compile(r"^\W*where (?:else )?(?:outside|abroad|overseas)\b[^?]*?(?:did|have|had) (?:the )?"
                          r"(?:[\w'’-]+ ){0,3}(?:ministers|officials|leaders|diplomats|politicians)\b")


#: "Where has Kishida travelled?", "where all did Hayashi go?": the places someone went.
_TRAVELS_ASKED = re.compile(r"^\W*where (?:all |else )?(?:has|have|had|did) [\w'’ .-]{2,40}? (?:all )?"
                            r"(?:travell?ed|travel|been|gone|go|went|visited|visit|flown|fly|journeyed)\b")
_TRAVEL_STEMS = frozenset(stem(w) for w in "travelled traveled travel been gone go went visited visit flown fly "
                          "journeyed according documents records articles recorded abroad overseas".split())


def places_of_meetings(a: Answerer, q: Asked) -> Answer | None:
    """"In which cities outside Japan did Japanese officials hold talks?": every place the meetings that fit
    were held in, each with its meetings; those whose records name no place are said to be so. "Where has
    Kishida travelled?": the places of his meetings outside his own country."""
    travels = _TRAVELS_ASKED.search(q.lowered) is not None
    of_class = _CLASS_WHERE.search(q.lowered) is not None
    if not (_PLACES_ASKED.search(q.lowered) or of_class or travels) or q.query.intent == "yes_no" or any(q.readings):
        return None
    # ("where did Japan's prime minister travel?": the one the description names travelled; "ministers or the
    # PM": the post is one more of the class, no constraint on it)
    described = [set(g) for g in q.described.groups] if q.described is not None and not (
        of_class and " or " in q.lowered) else []
    groups = [g for g in q.groups + described if g != {("country", a.index.home)}]
    travellers = {i for g in groups for k, i in g if k == "person"}
    if travels and (len(groups) != 1 or not travellers or q.query.keywords and not all(
            k in _TRAVEL_STEMS for k in q.query.keywords)):
        return None  # "where did Kishida go after Bali?" asks more than the places he went
    found = sorted(a.meetings.filter_meetings(groups, q.query), key=lambda m: (m.date, m.id))
    if travels:
        homes = {a.kb.people[p].country for p in travellers if p in a.kb.people}
        found = [m for m in found if m.country not in homes]
    if not found:
        return None
    cities = lx.CITIES_ASKED.search(q.lowered) is not None
    held: dict[str, list[Meeting]] = {}
    unplaced = []
    for m in found:
        where = d.meeting_place(a.kb, m)
        if where is None or (cities and m.place not in a.kb.places):
            unplaced.append(m)
        else:
            held.setdefault(where, []).append(m)
    if not held:
        return None
    lines = [f"{where}: " + "; ".join(f"{m.title} ({m.date.human()})" for m in ms) for where, ms in held.items()]
    if unplaced:
        lines.append(f"{len(unplaced)} other meeting{'s' if len(unplaced) != 1 else ''}: the records name no "
                     f"{'city' if cities else 'place'} for "
                     + "; ".join(f"{m.title} ({m.date.human()})" for m in unplaced[:4]) + ".")
    return Answer("places", True, f"{len(held)} place{'s' if len(held) != 1 else ''}", tuple(lines),
                  sources=tuple(d.cite(a.kb, ms[0].cited) for ms in held.values())[:5], confidence=0.8,
                  # (whose places were asked stays the one "he" and "she" refer to next)
                  focus=Focus(items=tuple(f"meeting:{m.id}" for ms in held.values() for m in ms),
                              people=tuple(dict.fromkeys(i for g in groups for k, i in sorted(g) if k == "person"))))


def meetings_about(a: Answerer, q: Asked) -> Answer | None:
    """"Who thanked Japan?", "where did health come up?", "which countries' talks mentioned training?":
    every meeting whose record says so, when several do."""
    query = q.query
    whose = lx.WHOSE_TALKS.search(q.lowered) is not None or lx.PARTNERS_ASKED.search(q.lowered) is not None
    # (the home country is a side of every meeting: "where did infrastructure come up in Japan's talks?")
    groups = [g for g in q.groups if g != {("country", a.index.home)}]
    if not (query.intent in ("who", "where") or whose) or groups or q.extra or query.dates is not None \
            or not query.keywords or any(q.readings):
        return None
    # ("in Japan's talks" is no venue)
    query = replace(query, venues=tuple(v for v in query.venues if v[:2] != ("country", a.index.home))) \
        if groups != q.groups else query
    return a.meetings.meeting_list(query, [], count=False) if len(a.meetings.meetings_about(query)) > 1 else None


def occasions(a: Answerer, q: Asked) -> Answer | None:
    """"Which gatherings were the occasions for Japan's meetings?", "what summit was each on the margins
    of?": the gathering each meeting that fits was held on the occasion of, as its record names it."""
    if not lx.OCCASION_ASKED.search(q.lowered) or q.query.intent == "yes_no":
        return None
    groups = q.groups + q.extra + (q.context if not q.groups else [])
    found = a.meetings.filter_meetings(groups, q.query) if groups else list(a.kb.meetings.values())
    # (a meeting that is the gathering itself, a forum of its own, was held on no other's occasion)
    held = sorted((m for m in found if m.occasion in a.kb.terms and not (
        (p := a.index.meeting_passage(m.id)) is not None and a._is_gathering(p, m.occasion or ""))),
        key=lambda m: (m.date, m.id))
    if not held:
        return None
    lines = tuple(f"{a.kb.terms[m.occasion or ''].name}: {m.title} ({m.date.human()})" for m in held)
    return Answer("occasions", True, f"Occasions of {len(held)} meeting{'s' if len(held) != 1 else ''}", lines,
                  sources=tuple(d.cite(a.kb, m.cited) for m in held[:5]),
                  focus=Focus(items=tuple(f"meeting:{m.id}" for m in held),
                              # "which country was hosting it?": the one gathering answered, when one was
                              topic=held[0].occasion if len({m.occasion for m in held}) == 1 else None),
                  confidence=0.8)


#: "what event brought her there?", "what led him to go?": the cause of a journey, asked.
_BROUGHT = re.compile(r"\b(?:brought|bring|brings|led|prompted|caused|took)\b")
#: "what events brought him to Japan in December 2022?": each event of that time, listed.
_EVENTS = re.compile(r"\bevents\b")


#: "upcoming events", "future visits": things to come that a record of a day tells of, not records of that day.
_EVENTS_TO_COME = re.compile(r"\b(?:upcoming|future|planned|forthcoming)\b")


def dated_records(a: Answerer, q: Asked) -> Answer | None:
    """"What took place on 18 September 2023?", "what happened between Japan and Rwanda in 1962?",
    "uzbek-japan relations, jan 10: what was that event?": every record dated then, of any kind
    (meetings, facts, pledges), that names what the question names."""
    query = q.query
    if query.dates is None or query.aspects or query.role is not None or query.order is not None:
        return None
    # ("what was the jan 10 uzbek event?": the event asked of, the date's words aside)
    if query.intent != "on_date" and not (query.intent in ("general", "define", "about", "why")
                                          and (lx.EVENT_ASKED.search(q.lowered)
                                               or lx.EVENT_ASKED.search(" ".join(find_date(q.lowered)[1].split())))) \
            and not _DATES_ASKED.match(q.lowered):
        return None
    if query.intent == "why" and _BROUGHT.search(q.lowered) and not _EVENTS.search(q.lowered):
        return None  # "what event brought Kamikawa to New York in September 2023?": why she was there
    if _EVENTS_TO_COME.search(q.lowered):
        return None  # "what upcoming events did they schedule on 26 January?": events planned then, not held then
    if query.intent == "on_date" and query.dates.month is not None and query.dates.day is not None \
            and not q.groups:
        return None  # "what happened on 26 January?": the on-this-date command, every year
    named = [g for g in q.groups if g != {("country", a.index.home)}]
    start, end = query.dates.start, query.dates.end
    if not named and start != end and (start is None or end is None):
        return None  # "what happened before 2023?": the meetings of the span
    if named:
        # the records of the first name, by the entity index: no scan of every record
        candidates = sorted({n for e in sorted(named[0]) for n in a.index.by_entity.get(e, ())})
        pool = [a.index.passages[n] for n in candidates]
    else:
        pool = a.dated_between(query.dates.start, query.dates.end)
        if start != end and any(p.kind == "meeting" and p.date is not None
                                and query.dates.matches(p.date.first_day(), p.date.last_day()) for p in pool):
            # "what happened in October 2022?", "… in 2023?": a span with meetings is answered by their list
            # (found at the first, with no scan of the rest)
            return None
    dated = [p for p in pool if p.kind in _DATED_KINDS and p.date is not None
             and query.dates.matches(p.date.first_day(), p.date.last_day())]
    found = [p for p in dated if all(g & (p.entities | p.mentioned) for g in named)]
    if not named and start != end:
        # "… in 1993?", a span without meetings: every record dated within it (one dated only to the year is
        # not "in October")
        found = [p for p in found if p.date is not None and (start is None or start <= p.date.first_day())
                 and (end is None or p.date.last_day() <= end)]
    if not found:
        return None
    found.sort(key=lambda p: (p.date.sort_key() if p.date else (0, 0, 0), _DATED_KINDS.index(p.kind), p.ref))
    if len(found) == 1 and found[0].kind == "meeting" and found[0].ref in a.kb.meetings:
        return a.meetings.meeting_answer(a.kb.meetings[found[0].ref], query)
    items = tuple(Item(_record_line(a, p), f"/meeting {p.ref}" if p.kind == "meeting" else None)
                  for p in found[:_MAX_LISTED])
    more = (f"… and {len(found) - _MAX_LISTED} more",) if len(found) > _MAX_LISTED else ()
    label = " and ".join(" / ".join(sorted(a.index.entity_name(e) for e in g)) for g in named)
    title = f"{len(found)} record{'s' if len(found) != 1 else ''} dated {query.dates.label}" + (
        f" — {label}" if label else "")
    return Answer("dated", True, title, more, items=items,
                  sources=tuple(d.cite(a.kb, p.cited) for p in found[:5]),
                  focus=_dated_focus(found[:_MAX_LISTED], named), confidence=0.8)


#: "Which years in the 1990s matter for …?", "what dates in 2023 …", "what did Japan do for Rwanda in 2020?":
#: every record dated then is asked for.
_DATES_ASKED = re.compile(r"^\W*(?:and |so )?(?:(?:which|what) (?:years|dates|months|days)\b"
                          r"|what (?:did|has|had) (?:[a-z'’-]+ ){1,3}do (?:for|with|in|about)\b)")

#: "What agreements were signed?", "which documents got signed?": things asked for by an event done to them.
_THINGS_DONE = re.compile(r"^\W*(?:and |so )?(?:what|which) (?:[\w'-]+ ){0,4}?[a-z]+s "
                          r"(?:(?:or|and) (?:[\w'-]+ ){0,3}?)?(?:were|have been|had been|got|did)\b")


def things_done(a: Answerer, q: Asked) -> Answer | None:
    """"What agreements or cooperation programmes were signed?": every record that tells of a thing it is about
    being signed (an event of a kind held at meetings), each once, in order of date; of the countries named, if
    any. None for one such record (the question is answered from it as any other) or a question naming more."""
    query = q.query
    if not _THINGS_DONE.match(q.lowered) or any(q.readings) or query.dates is not None \
            or any(kind != "country" for g in q.groups for kind, _ in g):
        return None
    kinds = [k for k in events_asked(query.words) if k.at_meetings and k not in (AGREEMENT, ANNOUNCEMENT, TRAVEL)]
    if not kinds:
        return None
    countries = [g for g in q.groups if g != {("country", a.index.home)}]
    found: dict[str, Passage] = {}
    verbs = frozenset(w for k in kinds for w in k.words)
    for n in sorted({n for w in sorted(verbs) for n in a.index.by_stem.get(w, ())}):
        p = a.index.passages[n]
        # (a fact that tells of the thing done, in the passive: "14 agreements were signed")
        if p.kind == "fact" and a._done_unnamed(verbs, p) and all(g & (p.entities | p.mentioned) for g in countries):
            found.setdefault(p.ref, p)
    if len(found) < 2:
        return None
    listed = sorted(found.values(), key=lambda p: (p.date.sort_key() if p.date else (9999, 0, 0), p.ref))
    lines = tuple(f"– {p.date.human() if p.date else 'Undated'}: {p.text}" for p in listed[:_MAX_LISTED])
    return Answer("several", True, f"{len(listed)} records of a {kinds[0].name}", lines,
                  sources=tuple(d.cite(a.kb, p.cited) for p in listed[:5]),
                  focus=Focus(items=tuple(f"fact:{p.ref}" for p in listed[:_MAX_LISTED])), confidence=0.8)


#: Records that happen on a date, in the order a day's list shows them.
_DATED_KINDS = ("meeting", "fact", "pledge")


def _record_line(a: Answerer, p: Passage) -> str:
    if p.kind == "meeting" and p.ref in a.kb.meetings:
        return d.meeting_line(a.kb, a.kb.meetings[p.ref])
    return f"{p.date.human() if p.date else ''} — {p.text}"


def _dated_focus(found: list[Passage], named: list[set[tuple[str, str]]]) -> Focus:
    """The records of a date listed; the one meeting among them, when there is one, is what "how long
    did that last?" asks of; the people and countries the question named stay its topic ("where did the
    equipment end up?" after what Japan did for Rwanda in 2020)."""
    meetings = [p.ref for p in found if p.kind == "meeting"]
    one = meetings[0] if len(meetings) == 1 else None
    # (records all of one date: "how many years later …?" counts from it)
    shared = {p.date.iso() for p in found if p.date is not None}
    date = found[0].date.iso() if one and found[0].date else (
        shared.pop() if len(shared) == 1 and all(p.date is not None for p in found) else None)
    said = sorted(e for g in named for e in g)
    return Focus(meeting=one, date=date, items=tuple(f"{p.kind}:{p.ref}" for p in found),
                 people=tuple(i for k, i in said if k == "person"),
                 countries=tuple(i for k, i in said if k == "country"))


def on_date(a: Answerer, q: Asked) -> Answer | None:
    """"What happened on 26 January?" (the on-this-date command), "what happened in 2023?"."""
    query = q.query
    if query.intent != "on_date" or query.dates is None:
        return None
    if query.dates.month is not None and query.dates.day is not None:
        return Answer("redirect", True, "", extra={"command": f"/onthisdate {query.dates.label}"})
    return a.meetings.meeting_list(query, q.groups, count=False)


def meetings(a: Answerer, q: Asked) -> Answer | None:
    """"List the meetings with Ukraine", "how many meetings in 2023?", "brief me on A's trip": the
    meetings that fit, each listed (or counted)."""
    query = q.query
    bare = (query.intent == "general" and not query.keywords and q.groups and not query.aspects
            and not any(stem(w) in lx.PLAIN_SPEECH for w in query.words))  # "what did A say to B?": what was said
    anywhere = replace(query, venues=(), dates=None)
    if bare and any(all(kind == "person" for kind, _ in g) and not a.meetings.filter_meetings([g], anywhere)
                    for g in q.groups):
        return None  # "what did Masaya Hattori do for Rwanda?" of someone who held no meeting: his records say
    if bare and len(q.groups + q.extra) > 1 and not a.meetings.filter_meetings(q.groups + q.extra, query) \
            and _told_of_all(a, q.groups + q.extra):
        return None  # "what did Hayashi do in Bucha?" of no meeting there: the record that tells of it answers
    listed = query.intent in ("list", "count") or bare or (
        query.intent == "about" and q.groups and not query.aspects
        and all(k in lx.GATHERING_WORDS or k in lx.TRIP_WORDS for k in query.keywords))
    if not listed:
        return None
    if len(q.groups) == 1 and len(q.groups[0]) == 1 and next(iter(q.groups[0]))[0] == "person" and not q.extra \
            and lx.MENTIONED_ASKED.search(q.lowered) and query.dates is None:
        # "in which meetings does Zelenskyy come up?": those whose records name him too, not only his own
        return a.profiles.entity_profile(next(iter(q.groups[0])), query)
    if query.intent == "about" and not bare:
        # "tell me about the talks between A and B": one meeting fits, so that meeting is what is asked about
        found = a.meetings.filter_meetings(q.groups + q.extra, query)
        if len(found) == 1:
            answer = a.meetings.meeting_answer(found[0])
            return replace(answer, focus=replace(answer.focus, items=(f"meeting:{found[0].id}",))) \
                if answer.focus is not None else answer
    if query.intent == "count" and (stated := _count_stated(a, q)) is not None:
        return stated
    extra = q.extra
    # "which meeting led to an agreement on X?" after another meeting: the meetings whose records say X, the
    # one discussed only if its record does
    if query.intent == "list" and not q.groups and extra and all(kind == "meeting" for g in extra for kind, _ in g) \
            and not any(a.meetings.says_most_of(key, query) for g in extra for _, key in g):
        extra = []
    return a.meetings.meeting_list(query, q.groups + extra, count=query.intent == "count")


def _count_stated(a: Answerer, q: Asked) -> Answer | None:
    """"How many times did A visit B?" when a record states the number of those visits ("A has visited B three
    times"): that record, not a count of the visits the records hold one by one (which may be none)."""
    if not q.groups:
        return None
    _, noun = a.meetings.asked_kind(q.query, [])
    if noun is None:
        return None
    as_figure = replace(q.query, intent="quantity")
    scored = score_passages(a.index, as_figure, q.groups + q.extra)
    best = next((s for s in scored[:3] if s.passage.kind not in lx.MEETING_KINDS and s.passage.quantity is not None
                 and stem(s.passage.quantity.unit) == stem(noun) and not s.entities_missing), None)
    return a.from_passage(as_figure, best, [best, *(s for s in scored if s is not best)]) if best else None


def _told_of_all(a: Answerer, groups: list[set[tuple[str, str]]]) -> bool:
    """Whether some record other than a meeting's names an entity of every group."""
    return any(a.index.passages[n].kind not in lx.MEETING_KINDS for n in a.index.naming_each(groups))


def terms_named_with(a: Answerer, q: Asked) -> Answer | None:
    """"Which programmes did the Japan–Kyrgyz meeting praise?": the terms of the kind asked that a record
    names together with everything the question names, and with most of what it says of them; each with
    the record's sentence. None when no record does (the question is read in full instead)."""
    query = q.query
    found = lx.TERMS_ASKED.match(q.lowered)
    if found is None or query.intent not in ("general", "list", "about") or query.dates is not None or not q.groups:
        return None  # "which organisations exactly?" of the aid just discussed: that record's words, not a list
    noun = found.group("noun")
    kind = next(k for k, words in lx.TERM_KIND_NOUNS.items() if noun in words.split())
    if kind not in a.kb.vocabulary.get("term kinds", ()):
        return None
    groups: list[set[tuple[str, str]]] = []
    for g in q.groups + q.extra:
        # a meeting named stands for its countries: what its record mentions is recorded of them
        g = {("country", c) for kind_, key in g if kind_ == "meeting" and key in a.kb.meetings
             for c in a.kb.meetings[key].countries} | {e for e in g if e[0] != "meeting"}
        g = {e for e in g if e != ("country", a.index.home)}
        if g and g not in groups:
            groups.append(g)
    if not groups:
        return None
    kind_words = {stem(w) for words in lx.TERM_KIND_NOUNS.values() for w in words.split()}
    words = [k for k in query.keywords if k not in lx.LIGHT_STEMS and k not in lx.GATHERING_WORDS
             and k not in kind_words and k not in NUMBER_WORDS]
    # "which decarbonization projects …?": words before the noun say what kind the thing itself is, which its
    # own record must say (a record that names it beside decarbonization does not)
    # (the one word right before it, a noun of what it is about: not "Japanese-backed", a country's or a deed's)
    before = q.lowered[found.start():found.start("noun")].split()[-1:]
    own = [k for w in before if "-" not in w and not w.endswith("ed") for k in content_stems(w)
           if k in query.keywords and k not in lx.LIGHT_STEMS and k not in lx.GATHERING_WORDS and k not in kind_words
           and k not in _NOT_A_KIND and not any(m.kind == "country" and w in query.words[m.start:m.end]
                                                 for m in query.mentions)]
    fits: list[tuple[str, int, Passage]] = []
    for term in sorted((t for t in a.kb.terms.values() if t.kind == kind), key=lambda t: t.id):
        described = set(content_stems(f"{term.name} {' '.join(term.aliases)} {term.definition}"))
        if not all(k in described or set(SYNONYMS.get(k, ())) & described for k in own):
            continue
        # the record's own sentence of the term: a fact, a point or a pledge before a meeting's summary
        passages = sorted(((n, a.index.passages[n]) for n in a.index.by_entity.get(("term", term.id), ())),
                          key=lambda found: (found[1].kind in ("meeting", "person"), len(found[1].text), found[0]))
        for n, p in passages:
            if p.kind == "term" or not all(not g.isdisjoint(p.entities - p.mentioned) for g in groups):
                continue
            said = sum(1 for k in words if k in p.stems or any(s in p.stems for s in SYNONYMS.get(k, ())))
            if 2 * said >= len(words):
                fits.append((term.id, n, p))
                break
    if not fits:
        return None

    def said_at(fit: tuple[str, int, Passage]) -> tuple[int, int, str]:
        """In the order the records give them: by passage, then where in its sentence the term comes."""
        term, n, p = fit
        text = p.text.lower()
        at = [i for name in (a.kb.terms[term].name, *a.kb.terms[term].aliases) if (i := text.find(name.lower())) >= 0]
        return (n, min(at, default=len(text)), term)

    fits.sort(key=said_at)
    if _stated_count(q.lowered) not in (None, len(fits)):
        return None  # "which two initiatives did they hail?" of one: the records name them otherwise, if at all
    lines = [f"• {a.kb.terms[t].name}: {p.text}" for t, _, p in fits]
    return Answer("terms", True, f"{len(fits)} {noun if len(fits) != 1 else kind} in the records", tuple(lines),
                  sources=tuple(d.cite(a.kb, p.cited) for _, _, p in fits[:5]),
                  focus=Focus(items=tuple(f"term:{t}" for t, _, _ in fits), countries=tuple(
                      sorted({key for g in groups for kind_, key in g if kind_ == "country"}))),
                  confidence=0.8)


#: Words before a kind of thing that choose among them, not say what kind they are ("which other programmes").
_NOT_A_KIND = frozenset(stem(w) for w in "other specific particular main key major new two three four both "
                                         "such".split())


def terms_of_a_kind(a: Answerer, q: Asked) -> Answer | None:
    """"List the international gatherings mentioned across the documents", "which organisations appear?":
    every term of that kind (of the countries the question names), each with its definition; for
    gatherings, the meetings of a gathering kind too ("multilateral meeting", "forum")."""
    found = lx.TERMS_OF_A_KIND.match(q.lowered)
    if found is None or not lx.IN_THE_RECORDS.search(q.lowered) or q.people or q.query.intent in (
            "yes_no", "on_date") or q.query.dates is not None:
        return None  # "which events happened on 9 September 2023?" asks what happened that day
    noun = found.group("noun")
    kind = next(k for k, words in lx.TERM_KIND_NOUNS.items() if noun in words.split())
    if kind not in a.kb.vocabulary.get("term kinds", ()):
        return None
    if any(e[0] not in ("country", "term") for g in q.groups for e in g):
        return None  # "which documents mention Bucha?": what names the place, not every document of the records
    countries = {e[1] for g in q.groups for e in g if e[0] == "country"} - {a.index.home}
    terms = sorted((t for t in a.kb.terms.values() if t.kind == kind
                    and (not countries or countries & set(t.countries))), key=lambda t: (t.date is None, t.date, t.id))
    listed = {t.id for t in terms}
    gatherings = sorted((m for m in a.kb.meetings.values() if kind == "event"
                         and set(m.kind.split()) & lx.GATHERING_KINDS and m.occasion not in listed
                         and (not countries or countries & set(m.countries))), key=lambda m: (m.date, m.id))
    if not terms and not gatherings:
        return None
    lines = [f"• {t.name}: {t.definition}" for t in terms] + [f"• {m.title} ({m.date.human()})" for m in gatherings]
    if _stated_count(q.lowered) not in (None, len(lines)):
        return None  # "which two initiatives did they hail?": not every one of the kind, which number otherwise
    items = [f"term:{t.id}" for t in terms] + [f"meeting:{m.id}" for m in gatherings]
    cited = [t.cited for t in terms] + [m.cited for m in gatherings]
    more = (f"… and {len(lines) - _MAX_LISTED} more",) if len(lines) > _MAX_LISTED else ()
    return Answer("terms", True, f"{len(lines)} {noun} in the records", (*lines[:_MAX_LISTED], *more),
                  sources=tuple(d.cite(a.kb, c) for c in cited[:5]), focus=Focus(items=tuple(items[:_MAX_LISTED])),
                  confidence=0.8)


#: "Which two initiatives …?": a question that says how many things it asks for.
_HOW_MANY_STATED = re.compile(r"^\W*(?:and |so )?(?:which|what|name the|list the) (\d+|two|three|four|five|six|seven"
                              r"|eight|nine|ten)\b")


def _stated_count(lowered: str) -> int | None:
    """How many things the question says it asks for ("which two initiatives …?"), if it says."""
    stated = _HOW_MANY_STATED.match(lowered)
    if stated is None:
        return None
    return int(stated.group(1)) if stated.group(1).isdigit() else NUMBER_WORDS.get(stated.group(1))


#: At most this many records of a kind are listed in one answer.
_MAX_LISTED = 20
