"""Turn rules of clocks and days: the time just given on the home clock or another city's, the day it fell
on at home, and the same day of another year."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers import Answer
from bot.engine import (
    clocks,
    onthisdate,
    references,
)
from bot.engine import describe as d
from bot.engine import lexicon as lx
from bot.engine.index import tells_of_meeting
from bot.engine.meetings import home_day_said
from bot.engine.query import (
    analyse,
)
from bot.engine.text import stem
from bot.engine.turn import Turn
from bot.engine.when import twelve_hour
from bot.knowledge.dates import PartialDate

if TYPE_CHECKING:
    from bot.engine.engine import Engine

_STARTED = re.compile(r"\b(?:start\w*|beg[ia]n\w*|commenc\w*|open\w*)\b")
#: "so next day?", "was it already the next day in Tokyo?": a claim of the day on another clock than the local one.
_DAY_ON_HOME_CLOCK = re.compile(r"^\W*(?:so |and |then )?(?:(?:so )?(?:was it|it was|is it|was that|that was|thats|"
                                r"that's) )?(?:already )?(?:the )?(?P<which>next|following|same|previous) day"
                                r"(?: already)?(?: (?:there|back home|in (?P<city>[a-z ]+?)(?: time)?))?\W*$")
#: "what was that in Bishkek?" after a time: that time, on another city's clock.
_THAT_IN_CITY = re.compile(r"^\W*(?:and |so )?what(?:['’]s| is| was| would) (?:that|it|this)(?: (?:have )?been"
                           r"| be)? in "
                           r"(?P<city>[a-z][a-z .'-]{2,30}?)(?: time)?\W*$")
#: A time of day said in a question ("2:40pm", "at 3 p.m.").
_CLOCK_SAID = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d\d\b", re.IGNORECASE)
#: "isn't that …?": a word pointing at what was just answered.
_THAT_WORD = re.compile(r"\b(?:that|it)\b")
#: "And what date was it there?": a detail asked again of the place the last question named.
_THERE_THEN = re.compile(r"\b(date|day|time)\b.*\bthere\b")


def same_day_of_year(engine: Engine, t: Turn) -> Answer | None:
    """"Anything else happen on that date historically?", "why is 26 January a notable date for A?": the
    records of that day of the year, in any year, but the one just discussed."""
    if onthisdate.SAME_DAY_ASKED.search(t.lowered) is None:
        return None
    here = analyse(t.text, engine.index)
    leave_out: tuple[str, ...] = ()
    year = None
    if here.dates is not None and here.dates.month is not None and here.dates.day is not None:
        month, day = here.dates.month, here.dates.day
    elif t.focus is not None and ((that_day := onthisdate.THAT_DAY.search(t.lowered)) is not None or (
            t.focus.intent == "when" and _THAT_WORD.search(t.lowered))):
        # ("what date? → isn't that also the anniversary of something?": "that" is the date just given)
        date = engine.single_date(Answer("record", True, "", focus=t.focus))
        recent = next((engine.kb.meetings[m] for m in t.focus.recent_meetings() if m in engine.kb.meetings), None)
        shown_meeting = t.focus.meeting or any(i.startswith("meeting:") for i in t.focus.items[:1])
        if recent is not None and that_day is not None and (
                date is None or not shown_meeting and re.search(r"\b(?:meeting|visit|talks)\b", that_day.group(0))):
            # "does the meeting date coincide …?" after a question of one of its people, or "so the meeting fell
            # on …?" after the date of something else: the meeting's date; "anything special about that date?"
            # after a profile of one of its people, which has no date: the date of the meeting discussed
            date = recent.date
            leave_out = _with_their_facts(engine, (f"meeting:{recent.id}",))
        if date is None or date.precision != "day":
            return None
        month, day = date.first_day().month, date.first_day().day
        leave_out = leave_out or _with_their_facts(engine, t.focus.records() or t.focus.items)
        if here.dates is not None and here.dates.start is not None and here.dates.end is not None \
                and here.dates.start.year == here.dates.end.year:
            year = here.dates.start.year  # "… on that same calendar date, back in 1992?"
    else:
        return None
    countries = [m.id for m in here.mentions if m.kind == "country" and m.id != engine.index.home]
    answer = engine.dates.same_day(month, day, t.today, leave_out=leave_out, countries=countries, year=year)
    if answer.answered and lx.YES_NO_ASKED.match(t.lowered):
        # "does the meeting date coincide with any anniversary?": yes, and the records of that day that say so
        answer = replace(answer, title="Yes", lines=(answer.title + ":", *answer.lines))
    if t.focus is None or answer.focus is None or not t.focus.meeting:
        return answer
    # "what was discussed?", "where did they meet?" after it are still of the meeting discussed; "how many
    # years after that …?" is of the one record of another year it named ("relations established in 1992")
    other = [(i, d) for i in answer.focus.items if (d := references.record_date(engine.kb, i)) is not None
             and i not in leave_out and (t.focus.date is None or d.iso() != t.focus.date)]
    if len(other) == 1:
        return replace(answer, focus=replace(t.focus, items=(other[0][0],), date=other[0][1].iso()))
    return replace(answer, focus=t.focus)


def _with_their_facts(engine: Engine, refs: tuple[str, ...]) -> tuple[str, ...]:
    """`refs`, and the facts that tell of their meetings (dated the meeting's day, naming only people who
    took part): "besides the record just discussed" leaves out the meeting in every record of it."""
    meetings = [engine.kb.meetings[r.removeprefix("meeting:")] for r in refs
                if r.startswith("meeting:") and r.removeprefix("meeting:") in engine.kb.meetings]
    told = (f"fact:{p.ref}" for m in meetings
            for n in engine.index.dated_within(m.date.first_day(), m.date.last_day())
            if tells_of_meeting(p := engine.index.passages[n], m))
    return tuple(dict.fromkeys((*refs, *told)))


def on_home_clock(engine: Engine, t: Turn) -> Answer | None:
    """"And in Japan time?" after a question of a time: that question again, on Japan's clock."""
    focus = t.focus
    # (the end asked in so many words: "what time did the meeting end, local?" keeps no keyword of it)
    if focus is not None and focus.meeting and focus.intent in ("when", "time") \
            and (stem("end") in focus.keywords or lx.ENDED.search((focus.question or "").lower())) \
            and (lx.POINTED.search(t.lowered) or lx.CONTINUES.match(t.lowered) or lx.CLOCK_ONLY.match(t.lowered)) \
            and not lx.ENDED.search(t.lowered):
        # "what was that in Japan time?" after when a meeting ended: its end, on Japan's clock
        here = analyse(t.text, engine.index)
        if here.japan_time and not here.mentions:
            return engine.ask_one(f"when did it end in {engine.index.home_name} time?", focus, t.today)
    if focus is None or not focus.question or not lx.CONTINUES.match(t.lowered):
        return None
    here, before = analyse(t.text, engine.index), analyse(focus.question, engine.index)
    there = _THERE_THEN.search(t.lowered)
    if before.japan_time and there is not None and not here.mentions and focus.meeting:
        # "what time was it in Japan when …?" → "and what date was it there?": the date on Japan's clock
        return engine.ask_one(f"what {there.group(1)} was it in {engine.index.home_name} time when it began?",
                             focus, t.today)
    if not here.japan_time or here.mentions or before.japan_time or before.intent not in ("time", "when") \
            or lx.OWN_QUESTION_WORD.search(t.lowered):  # "and what was the date in Tokyo?": a question of its own
        return None
    return engine.ask_one(f"{focus.question.rstrip(' ?.')} in {engine.index.home_name} time?", focus, t.today)


def next_day_at_home(engine: Engine, t: Turn) -> Answer | None:
    """"So next day?", "was it already the next day in Tokyo?" after a meeting held abroad: whether the day on the
    home clock, as the source gives it beside the local time, is the day after the local one."""
    found = _DAY_ON_HOME_CLOCK.match(t.lowered)
    m = engine.kb.meetings.get(t.focus.meeting or "") if found is not None and t.focus is not None else None
    if found is None or m is None or m.country == engine.index.home or not m.time_note \
            or found.group("city") and not engine.home_clock(found.group("city")):
        return None
    local, home = m.date.first_day(), home_day_said(m)
    if home is None:
        return None  # (a source that gives no day on the home clock says nothing of it)
    claimed = {"next": 1, "following": 1, "same": 0, "previous": -1}[found.group("which")]
    yes = (home - local).days == claimed
    return Answer("yes_no", True, "Yes" if yes else "No, not according to the records",
                  (f"{m.title} began on {PartialDate.parse(local.isoformat()).human()} local time, which was "
                   f"{PartialDate.parse(home.isoformat()).human()} in {engine.index.home_name}: “{m.time_note}”",),
                  sources=(d.cite(engine.kb, m.cited),), focus=t.focus, confidence=0.9)


def on_city_clock(engine: Engine, t: Turn) -> Answer | None:
    """"What time was it in Kyiv when Kamikawa met Kuleba in New York?", "what time would that have been in
    Bishkek?": the meeting's local time, on that city's clock (its start, or its end when the end is asked)."""
    city = clocks.asked_city(t.text)
    # ("so in tokyo?" after a time: the city alone, as "what was that in Tokyo?")
    that = (_THAT_IN_CITY.match(t.lowered) or lx.CLOCK_ONLY.match(t.lowered)) if city is None and t.focus is not None \
        else None
    if that is not None and t.focus is not None and (t.focus.intent == "time" or _CLOCK_SAID.search(
            t.focus.question or "")):
        city = that.group("city")  # "it began 2:40pm tokyo time right? what was that in bishkek": that time
    there = clocks.zone_of(city) if city is not None else None
    if that is not None and city is not None and engine.home_clock(city):
        # "what was that in Tokyo?" after a time: the home country's clock, which the sources give
        home = engine.ask_one(f"what was that in {engine.index.home_name} time", t.focus, t.today)
        return home if home.answered else None
    if city is None or there is None or engine.home_clock(city):
        return None  # (Japan's own clock: the time the sources give beside the local one)
    read = analyse(t.text, engine.index)
    people = [m for m in read.mentions if m.kind == "person"]
    met = sorted(engine.met_by_all(*people)) if people else []
    focus = t.focus
    held = engine.kb.meetings.get(met[0]) if len(met) == 1 else engine.kb.meetings.get(
        (focus.meeting or "") if focus is not None and not people else "")
    if (held is None or held.local_time is None) and not people and focus is not None and focus.several:
        # ("what time did they meet?" of two records shown, one of which gives a time: "and in Kyiv?" is of it)
        timed = [m for ref in focus.listed or focus.items if ref.startswith("meeting:")
                 and (m := engine.kb.meetings.get(ref.split(":", 1)[1])) is not None and m.local_time]
        held = timed[0] if len(timed) == 1 else held
    if held is None or held.local_time is None:
        return None
    place = engine.kb.places.get(held.place or "")
    country = engine.kb.countries.get(held.country or "")
    here = clocks.zone_of(place.name) if place is not None else None
    if here is None and country is not None and country.capital:
        here = clocks.zone_of(country.capital)  # (a meeting placed only in a country: its capital's clock)
    if here is None or str(here) == str(there):
        return None
    start = dt.time.fromisoformat(held.local_time)
    ended = lx.ENDED.search(t.lowered) is not None or not _STARTED.search(t.lowered) and (
        focus is not None and focus.meeting == held.id and not people and stem("end") in focus.keywords)
    if ended and held.duration_minutes is None:
        return None
    local = dt.datetime.combine(held.date.first_day(), start)
    if ended:
        local += dt.timedelta(minutes=held.duration_minutes or 0)
    shown = clocks.on_clock(local.date(), local.time(), here, there)
    where = place.name if place is not None else country.name if country is not None else ""
    said = "ended" if ended else "began"
    lines = [f"{held.title} {said} at {local:%H:%M} ({twelve_hour(local.time())}) local time in {where} on "
             f"{local.day} {local:%B %Y}" + (f", about {held.duration_minutes} minutes after it began at "
                                             f"{start:%H:%M}." if ended else "."),
             f"On the clock of {city.title()} that was {shown:%H:%M} ({twelve_hour(shown.time())}) on "
             f"{shown.day} {shown:%B %Y}, by the time zones of the two places on that date."]
    if held.time_note and "not stated" in held.time_note:
        lines.append(f"Note: {held.time_note}")
    return Answer("meeting_answer", True, f"{shown:%H:%M} ({twelve_hour(shown.time())}) in {city.title()}",
                  tuple(lines), sources=(d.cite(engine.kb, held.cited),),
                  focus=replace(engine.answerer.meetings.meeting_focus(held), question=t.text, intent="time"),
                  confidence=0.8)
