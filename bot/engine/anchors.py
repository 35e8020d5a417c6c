"""Events a question places its claim before or after: "Before Hayashi's trip, which Japanese leader had
already been to Ukraine?" asks about the time before that trip, not about Hayashi. The clause is read
as a date window ending (or starting) on the day of the one event it names; its names are then no
constraint of the question."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.engine import lexicon as lx
from bot.engine.gazetteer import Mention
from bot.engine.index import KnowledgeIndex
from bot.engine.query import ROLES, Query, asks_what_happened, phrase_span
from bot.engine.text import fold, stem
from bot.engine.when import DateFilter
from bot.knowledge.dates import PartialDate
from bot.knowledge.model import Meeting

#: Words that place a claim against an event ("before", "after", "prior to").
_SIDES = {"before": "before", "prior": "before", "ahead": "before", "after": "after", "following": "after"}
#: Nouns and verbs that name the event of someone's journey, and of any meeting.
_JOURNEY = frozenset(stem(w) for w in "trip trips visit visits visited journey arrival arrived travel travelled "
                     "traveled went gone came".split())
_MEETING = frozenset(stem(w) for w in "meeting meetings met talks talked".split())
#: Verbs that end a clause of someone's own doing ("before Hayashi did").
_DID = frozenset("did had was went came".split())
_SAME_YEAR = re.compile(r"\b(?:that|the) (?:same |very )?year\b")
#: Words a clause may hold between the person and the event ("Hayashi's Kyiv trip", "his own trip").
_BETWEEN = frozenset("own official first recent".split())
#: Words before the event a clause names ("after the Bali meeting", "before his trip").
_DETERMINERS = frozenset("the his her their its".split())
#: Words after which a clause naming only a place has ended ("after Bali, where did he go?").
_CLAUSE_ENDS = frozenset("and or then where what who which when did was were".split())


def placed_by_event(query: Query, index: KnowledgeIndex) -> Query | None:
    """The question with a clause "before/after <person>'s <trip|visit|meeting>" read as a date window
    (the day of the one event the records hold of that person, of that kind); None when the question
    has no such clause, or the records hold no single such event."""
    if query.intent == "yes_no":
        return None  # "did A happen after B met C?" is a claim of order, which the records' dates settle
    words = query.words
    for i, word in enumerate(words[:-1]):
        side = _SIDES.get(word)
        if side is None:
            continue
        first = i + 2 if word in ("prior", "ahead") and words[i + 1] in ("to", "of") else i + 1
        if word in ("prior", "ahead") and first == i + 1:
            continue  # ("ahead" alone, "prior" alone: no side of an event)
        if word == "ahead" and first < len(words) and words[first] not in _DETERMINERS \
                and words[first] not in lx.TITLE_WORDS \
                and not any(m.kind == "person" and m.start == first for m in query.mentions):
            continue  # ("how many hours ahead of New York?": a clock ahead of a place, no event's side)
        possessive = None
        while first < len(words) and words[first] in _DETERMINERS:
            possessive = possessive or (words[first] if words[first] != "the" else None)
            first += 1  # "after the Bali meeting", "before his trip to Kyiv"
        while first < len(words) - 1 and words[first] in lx.TITLE_WORDS \
                and not any(m.start == first for m in query.mentions):
            first += 1  # "ahead of Foreign Minister Hayashi's trip": the one named after the post
        # "two days before seeing Kuleba": the meeting with the one named next
        gerund = first < len(words) - 1 and words[first] in _MEETING_GERUNDS
        first += 1 if gerund else 0
        person = next((m for m in query.mentions if m.kind == "person" and m.start == first), None)
        # "before her talks with Kuleba": the meeting with the one named after "with"
        noun_first = person is None and first + 2 < len(words) and stem(words[first]) in _MEETING \
            and words[first + 1] == "with"
        if noun_first:
            person = next((m for m in query.mentions if m.kind == "person" and m.start == first + 2), None)
            noun_first = person is not None
        subjects = [m for m in query.mentions if m.kind == "person" and m.start < i]
        if person is None and possessive in ("his", "her") and len(subjects) == 1 and first < len(words) \
                and stem(words[first]) in _JOURNEY | _MEETING:
            # "who did Hayashi meet before his trip?": the trip of the one the question names
            person = replace(subjects[0], start=first, end=first)
        # "before their talks in Bali": the meeting held at the place named after its noun
        noun_at = person is None and first + 2 < len(words) and stem(words[first]) in _MEETING \
            and words[first + 1] in ("in", "at")
        places: list[Mention] = []
        j = person.end if person is not None else first + 2 if noun_at else first
        terms: list[Mention] = []
        while j < len(words):
            place = next((m for m in query.mentions if m.start == j and m.kind in ("place", "country", "term")), None)
            if place is not None:
                (terms if place.kind == "term" else places).append(place)
                j = place.end
            elif words[j] in _BETWEEN:
                j += 1
            else:
                break
        named_after = not noun_first and j < len(words) and stem(words[j]) in _JOURNEY | _MEETING
        event_named = named_after or (gerund or noun_first) and person is not None or noun_at and bool(places or terms)
        # "who visited Ukraine before Hayashi (did)?": the journey the question asks of, made by the one named
        # ("… before Hayashi that year?": the year of that journey bounds it too)
        ellipsis = person is not None and not event_named and not places and not terms \
            and (j == len(words) or words[j] in _DID and j + 1 == len(words)
                 or _SAME_YEAR.fullmatch(" ".join(words[j:])) is not None) \
            and any(stem(w) in _JOURNEY for w in words[:i])
        if ellipsis:
            places = [m for m in query.mentions if m.kind in ("place", "country") and m.end <= i
                      and m.id != query.home]
            event_named = True
        if person is None and (not places and not terms
                               or not event_named and j < len(words) and words[j] not in _CLAUSE_ENDS):
            continue  # "after Bali": a place alone names the event held there, at the clause's end only
        if person is not None and not event_named:
            continue
        journey = named_after and stem(words[j]) in _JOURNEY or ellipsis
        end = j + 1 if named_after or ellipsis and j < len(words) else j
        while named_after and end + 1 < len(words) and words[end] in ("to", "in", "of"):
            # "before his trip to Kyiv": where the event was is part of the clause
            there = next((m for m in query.mentions if m.start == end + 1 and m.kind in ("place", "country")), None)
            if there is None:
                break
            places.append(there)
            end = there.end
        # that person's meetings (or those held at the place), through the entity index
        named = [person, *places, *terms] if person is not None else [*places, *terms]
        key = (named[0].kind, named[0].id)
        theirs = (index.kb.meetings[k] for k in index.meetings_by_entity.get(key, ()))
        events = [m for m in theirs if _fits(m, person.id if person else None, places, journey, index)
                  and all(m.occasion == t.id or " ".join(words[t.start:t.end]) in fold(m.title).lower()
                          for t in terms)]  # a meeting of the term, as its title or occasion says
        doers = [m for m in query.mentions if m.kind == "person" and (person is None or m.id != person.id)]
        if person is None and doers and len({m.date for m in events}) > 1:
            # "where did A and B meet next after New York?": of the events there, the one they were at
            events = [m for m in events if all(x.id in m.participants for x in doers)]
        days = {m.date for m in events}
        if len(days) != 1:
            return None  # several events of that person, or none: the window is not the records' to say
        day = next(iter(days))
        if doers and any(day == m.date and doers[0].id in m.participants and m not in events
                         for m in (index.kb.meetings[k] for k in index.meetings_by_entity.get(
                             ("person", doers[0].id), ()))):
            return None  # "who did Hayashi meet before seeing Zelenskyy?": that same day too, which dates do not order
        window: DateFilter | None = (
            DateFilter(f"before {day.human()}", end=day.first_day() - dt.timedelta(days=1)) if side == "before"
            else DateFilter(f"after {day.human()}", start=day.last_day() + dt.timedelta(days=1)))
        offset = _OFFSET.search(" ".join(words[max(0, i - 3):i + 1]))
        if offset is not None and day.precision == "day":
            # "two days before her talks with Kuleba": that many days (weeks, months) from the event's day
            window = _offset_window(offset.group(0), day)
            i -= len(offset.group(0).split()) - 1
        same_year = _SAME_YEAR.search(query.raw.lower())
        if same_year and query.dates is None and window is not None:
            # "... had already been there that same year": the year of the event the clause names
            year = day.first_day().year
            window = _within(window, DateFilter(str(year), start=dt.date(year, 1, 1), end=dt.date(year, 12, 31)))
        elif query.dates is not None and window is not None:
            window = _within(window, query.dates)
        if window is None:
            return None
        clause = {stem(w) for w in words[i:end]} | ({"same"} if same_year else set())
        rest = {stem(w) for n, w in enumerate(words) if not i <= n < end}
        said = re.compile(rf"\b{re.escape(word)}\b.*?\b{re.escape(words[end - 1])}\w*\W*", re.IGNORECASE)
        # The clause's words go, and the names after it keep their places among the words left.
        shift = end - i
        mentions = tuple(m if m.start < i else replace(m, start=m.start - shift, end=m.end - shift)
                         for m in query.mentions if not i <= m.start < end)
        # ("ahead of Foreign Minister Hayashi's trip": a post said in the clause is of the one who made it)
        post = phrase_span(ROLES[query.role], words) if query.role is not None else None
        role = None if post is not None and i <= post[0] and post[1] <= end else query.role
        return replace(query, raw=said.sub("", query.raw, count=1), words=words[:i] + words[end:], dates=window,
                       mentions=mentions, keywords=tuple(k for k in query.keywords if k not in clause or k in rest),
                       role=role)
    return None


#: Nouns of an event of a country's own history that a time clause may name: "since Russia's full-scale
#: invasion", "after Rwanda's independence".
_HISTORY = frozenset(stem(w) for w in "invasion invasions war aggression attack attacks independence occupation "
                     "annexation conflict offensive revolution".split())
#: Words a time clause may hold between its preposition and the country ("since the start of Russia's ...").
_ONSET = frozenset("the start beginning outbreak onset launch of".split())
#: Words a time clause may hold between the country and the event ("Russia's full-scale invasion").
_MODIFIERS = frozenset("full scale full-scale large large-scale all-out renewed own 2022".split())


def owner_of_history(query: Query, index: KnowledgeIndex) -> Query | None:
    """The question without the name of a country whose own event a time clause names ("the first Japanese
    minister in Ukraine since Russia's full-scale invasion"): the clause dates the claim; the country is no
    name a record must hold. Its words stay, for the records that tell of the event. None when the question
    has no such clause, or names nothing else (then the country is what it asks about)."""
    words = query.words
    for i, word in enumerate(words[:-2]):
        if word not in ("since", "after", "before", "following", "prior", "until"):
            continue
        j = i + 2 if word == "prior" and words[i + 1] == "to" else i + 1
        while j < len(words) and words[j] in _ONSET:
            j += 1
        owner = next((m for m in query.mentions if m.kind == "country" and m.start == j
                      and m.id != index.home), None)
        if owner is None:
            continue
        k = owner.end
        while k < len(words) and words[k] in _MODIFIERS:
            k += 1
        others = [m for m in query.mentions if m.id not in (owner.id, index.home)]
        if k < len(words) and stem(words[k]) in _HISTORY and others:
            return replace(query, mentions=tuple(m for m in query.mentions if m is not owner))
    return None


#: Verbs of meeting someone, before whom: "before seeing Kuleba", "after meeting Zelenskyy".
_MEETING_GERUNDS = frozenset("seeing meeting visiting receiving hosting".split())


def _fits(meeting: Meeting, person: str | None, places: list[Mention], journey: bool, index: KnowledgeIndex) -> bool:
    if person is not None and person not in meeting.participants:
        return False
    held = meeting.country or (index.kb.places[meeting.place].country if meeting.place in index.kb.places else None)
    for place in places:
        if (meeting.place != place.id) if place.kind == "place" else (held != place.id):
            return False
    if journey and person is not None:
        own = index.kb.people[person].country if person in index.kb.people else None
        return held is not None and held != own
    return True


def _within(window: DateFilter, dates: DateFilter) -> DateFilter | None:
    """Both windows at once ("in 2023", "before Hayashi's trip"); None when they do not overlap or the
    question's dates are a day of any year."""
    if dates.any_year and dates.start is None:
        return None
    start = max((d for d in (window.start, dates.start) if d is not None), default=None)
    end = min((d for d in (window.end, dates.end) if d is not None), default=None)
    if start is not None and end is not None and start > end:
        return None
    return DateFilter(f"{dates.label}, {window.label}", start=start, end=end)


#: Dates said of the record last answered: "earlier that year", "later that month", "the year before".
_OF_THAT = (
    ("year-before", re.compile(r"\b(?:earlier|before(?: that)?|previously) (?:in )?(?:that|the same) year\b"
                               r"|\b(?:that|the same) year,? (?:earlier|before)\b")),
    ("year-after", re.compile(r"\blater (?:on )?(?:in )?(?:that|the same) year\b|\b(?:that|the same) year,? later\b")),
    ("month-before", re.compile(r"\bearlier (?:in )?(?:that|the same) month\b")),
    ("month-after", re.compile(r"\blater (?:in )?(?:that|the same) month\b")),
    ("year", re.compile(r"\b(?:in )?(?:that|the same) (?:very )?year\b")),
    ("month", re.compile(r"\b(?:in )?(?:that|the same) (?:very )?month\b")),
    ("previous-year", re.compile(r"\b(?:the )?(?:previous|preceding|prior) year\b|\bthe year before\b")),
    ("next-year", re.compile(r"\b(?:the )?(?:following|next) year\b|\bthe year after\b")),
    # "who had gone there before him?", "when had they last met before this?": before the record last answered,
    # whenever
    ("before-it", re.compile(r"\b(?:before|prior to) (?:him|her|them|that|then|it|this)\W*$")),
)
_RELATIVE_WORDS = frozenset(stem(w) for w in "earlier later before previously same year month previous preceding "
                            "prior following next".split())
_OFFSET_WORDS = frozenset(stem(w) for w in "about around roughly some approximately nearly almost day days week weeks "
                          "month months year years after afterwards one two three four five six seven eight nine ten "
                          "eleven twelve".split())


#: "on the 26th": a day of the month of the record last answered.
_DAY_ALONE = re.compile(r"\b(?:on )?the (\d{1,2})(?:st|nd|rd|th)\b(?! (?:of|century|edition|meeting of|anniversary))")
#: "About nine months later", "two weeks before": a span from the date of the record last answered.
_OFFSET = re.compile(r"\b(?P<about>about |around |roughly |some |approximately |nearly |almost )?(?P<n>\d{1,2}|one|two|"
                     r"three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?P<unit>day|week|month|year)s? "
                     r"(?P<way>later|afterwards|after that|after|earlier|before that|before)\b(?! (?:the|his|her|it|"
                     # ("two days before she met Kuleba": before an event the clause names, not the record's date)
                     r"their|[a-z]+'s|she|he|they|we|you|i)\b)")
_NUMBERS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_DAYS = {"day": 1, "week": 7}


def _shifted(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, min(day.day, 28))


def _offset_window(lowered: str, day: PartialDate) -> DateFilter | None:
    """"About nine months later" of a record of 24 December 2022: August to October 2023 (a unit either
    side when the span is approximate)."""
    found = _OFFSET.search(lowered)
    if found is None:
        return None
    raw = found.group("n")
    n = int(raw) if raw.isdigit() else _NUMBERS[raw]
    sign = 1 if found.group("way").startswith(("later", "after")) else -1
    unit = found.group("unit")
    slack = 1 if found.group("about") or unit in ("month", "year") else 0
    base = day.first_day() if sign > 0 else day.last_day()
    if unit in _DAYS:
        span = _DAYS[unit]
        center = base + dt.timedelta(days=sign * n * span)
        start, end = center - dt.timedelta(days=slack * span), center + dt.timedelta(days=slack * span)
    else:
        months = n * (12 if unit == "year" else 1)
        step = 12 if unit == "year" else 1
        start = _shifted(base, sign * months - slack * step)
        end = _shifted(base, sign * months + slack * step)
    said = f"{'about ' if found.group('about') else ''}{raw} {unit}{'s' if n != 1 else ''}"
    return DateFilter(f"{said} {'after' if sign > 0 else 'before'} {day.human()}", start=min(start, end),
                      end=max(start, end))


def placed_by_focus(query: Query, date: str | None) -> Query | None:
    """A follow-up's dates said of the record last answered (dated `date`, ISO as precise as the record):
    "who went earlier that year?" after a visit of 9 September 2023 asks of 1 January to 8 September 2023.
    None when the question names dates itself or says none of these."""
    day_alone = query.dates is not None and query.dates.month is None and query.dates.day is not None
    if query.dates is not None and not day_alone or not date:
        return None  # ("on the 21st" alone, of no month, is read here of the record's month)
    try:
        day = PartialDate.parse(date)
    except ValueError:
        return None
    lowered = query.raw.lower()
    alone = _DAY_ALONE.search(lowered)
    if alone is not None and day.precision in ("day", "month"):
        # "and at the meeting on the 26th?" after a record of 10 January 2024: 26 January 2024
        first = day.first_day()
        try:
            on = first.replace(day=int(alone.group(1)))
        except ValueError:
            return None
        return replace(query, dates=DateFilter(f"{on.day} {on:%B %Y}", start=on, end=on),
                       keywords=tuple(k for k in query.keywords if not k.isdigit()))
    offset = _offset_window(lowered, day)
    if offset is not None:
        return replace(query, dates=offset,
                       keywords=tuple(k for k in query.keywords if k not in _RELATIVE_WORDS and k not in _OFFSET_WORDS))
    said = next((name for name, pattern in _OF_THAT if pattern.search(lowered)), None)
    if said is None:
        return None
    first, last = day.first_day(), day.last_day()
    year_start, year_end = dt.date(first.year, 1, 1), dt.date(first.year, 12, 31)
    month_start = first.replace(day=1)
    month_end = (month_start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    if said.startswith("month") and day.precision != "day":
        return None  # "later that month" of a record dated to a year says nothing
    window = {
        "year-before": (year_start, first - dt.timedelta(days=1), f"{first.year}, before {day.human()}"),
        "year-after": (last + dt.timedelta(days=1), year_end, f"{first.year}, after {day.human()}"),
        "month-before": (month_start, first - dt.timedelta(days=1), f"{month_start:%B %Y}, before {day.human()}"),
        "month-after": (last + dt.timedelta(days=1), month_end, f"{month_start:%B %Y}, after {day.human()}"),
        "year": (year_start, year_end, str(first.year)),
        "month": (month_start, month_end, f"{month_start:%B %Y}"),
        "previous-year": (dt.date(first.year - 1, 1, 1), dt.date(first.year - 1, 12, 31), str(first.year - 1)),
        "next-year": (dt.date(first.year + 1, 1, 1), dt.date(first.year + 1, 12, 31), str(first.year + 1)),
        "before-it": (dt.date(1, 1, 1), first - dt.timedelta(days=1), f"before {day.human()}"),
    }[said]
    start, end, label = window
    if start > end:
        return None
    # (a meeting or a journey before the record, whenever: only one known to come before it, not one of its month,
    # which may be the same; a deed of that month may be told as done before it: "signed before the meeting")
    strict = said == "before-it" and any(stem(w) in _MEETING or stem(w) in _JOURNEY for w in query.words)
    opening = None if strict else start
    # ("what happened in Rwanda that year?": what happened then, as it asks of a year it names itself)
    intent = "on_date" if query.intent == "about" and asks_what_happened(query.raw) else query.intent
    return replace(query, intent=intent, dates=DateFilter(label, start=opening, end=end),
                   keywords=tuple(k for k in query.keywords if k not in _RELATIVE_WORDS))
