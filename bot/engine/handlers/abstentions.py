"""Questions the records cannot answer, settled before any record is scored: names the knowledge
base does not hold, and details no record of its kind gives."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers import Answer, Focus
from bot.engine import asked
from bot.engine import describe as d
from bot.engine import lexicon as lx
from bot.engine.events import TRAVEL, reported
from bot.engine.handlers.claims import met_elsewhere
from bot.engine.query import ROLES, SYNONYMS, Query, analyse, phrase_span
from bot.engine.retrieval import score_passages
from bot.engine.rules import Asked
from bot.engine.text import content_stems, fold, stem
from bot.engine.when import DateFilter
from bot.knowledge.dates import PartialDate
from bot.knowledge.model import Cited

if TYPE_CHECKING:
    from bot.engine.answering import Answerer

#: A name placed as the venue of what is claimed ("in Lyon", "at the Ritz"), marked by a NUL character.
_VENUE = re.compile(r"\b(?:in|at|to)\s+(?:the\s+)?\x00")
_NAME_AS_VENUE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z]")


def date_not_given(a: Answerer, q: Asked) -> Answer | None:
    """"Why that year?" when the conversation has given no date (its last question found nothing): which year
    is meant is not said, and no record's date stands in for it."""
    if not asked.WHY_THEN.search(q.lowered) or q.query.mentions or q.query.dates is not None:
        return None
    focus = q.focus
    if focus is not None and (focus.date or focus.records() or focus.recent):
        return None
    return Answer("not_found", False, "Which date do you mean?",
                  ("The conversation has given no date yet. Ask about the event first, then why it was then.",),
                  confidence=0.0)


def clock_not_kept(a: Answerer, q: Asked) -> Answer | None:
    """"What's that in UTC?": a clock no source gives times by. The records hold times as their sources write
    them (the local time, and Japan's where a source says it); converting is no fact of theirs."""
    if not lx.OTHER_CLOCK.search(q.lowered):
        return None
    focus = q.focus
    meeting = a.kb.meetings.get(focus.meeting or "") if focus is not None else None
    named = a.meetings.filter_meetings(q.groups, q.query) if q.groups else []
    if len(named) == 1:
        meeting = named[0]  # ("what time was the A–B meeting in GMT?": the time that record gives)
    lines = ["The records give times only as their sources write them (the local time, and Japan's time where a "
             "source gives it), not in the time zone asked."]
    if meeting is not None and meeting.time_note:
        lines.append(f"{meeting.title} ({meeting.date.human()}): {meeting.time_note}")
    return Answer("not_found", False, "Not in the records", tuple(lines),
                  sources=(d.cite(a.kb, meeting.cited),) if meeting is not None and meeting.time_note else (),
                  focus=focus, confidence=0.0)


def names_outside(a: Answerer, q: Asked) -> Answer | None:
    """"What did Japan discuss with Peru?": a country or place outside the records (a yes/no claim of a
    venue is contradicted by the recorded meetings of the people it names)."""
    if not q.query.outside:
        return None
    elsewhere = met_elsewhere(a, q, q.query.outside) if _as_venue(q, q.query.outside) else None
    return elsewhere or _met_another_side(a, q) or _hosted_by_another(a, q) or a.outside(q.query.outside)


def first_ever(a: Answerer, q: Asked) -> Answer | None:
    """"Who was the first Japanese prime minister ever to visit Ukraine?": a first over all time is known only
    from a record that says so; the earliest record is no first ever, nor is a first the record bounds ("the
    first visit since …"). None when the question asks no first ever or a record says it plainly."""
    claimed_first = q.query.intent == "yes_no" and lx.FIRST_CLAIMED.search(q.lowered) is not None \
        and lx.FIRST_BOUNDED.search(q.lowered) is None
    if lx.FIRST_EVER.search(q.lowered) is None and not claimed_first:
        return None
    # a record's "first" of the thing the question says is first ("his first visit": a first visit)
    noun = re.search(r"\bfirst(?:[- ]ever)? (\w+)", q.lowered)
    said = rf"\bfirst (?:\w+ ){{0,2}}?{re.escape(noun.group(1)[:5])}" if noun and noun.group(1) != "ever" \
        else r"\bfirst\b"
    found = [s.passage for s in score_passages(a.index, q.query, limit=5) if not s.entities_missing]
    firsts = [p for p in found if re.search(said, p.text.lower())]
    if any(not lx.FIRST_BOUNDED.search(p.text.lower()) for p in firsts):
        return None
    if claimed_first and not firsts:
        # "was this Hayashi's first trip to Ukraine?" of "the first by a Japanese foreign minister since …":
        # a first the record bounds is no first of the claim's
        bounded = [p for p in found if re.search(r"\bfirst\b", p.text.lower())]
        if not bounded or not all(lx.FIRST_BOUNDED.search(p.text.lower()) for p in bounded):
            return None  # "was it the first meeting of the two?": the claim's own rules read it
        return Answer("not_found", False, "Not confirmed by the records",
                      ("The records do not say that. The closest record says only:", f"– {bounded[0].text}"),
                      sources=(d.cite(a.kb, bounded[0].cited),), confidence=0.0)
    lines = (["The records do not say it was the first ever. The closest record says:", f"– {firsts[0].text}"]
             if firsts else
             ["The records do not say who or what was the first ever; they report only the meetings they hold."])
    return Answer("not_found", False, "Not in the records", tuple(lines),
                  sources=tuple(d.cite(a.kb, p.cited) for p in firsts[:1]), confidence=0.0)


def _denied_by(a: Answerer, said: str, cited: Cited) -> Answer:
    """A claim whose slot the records fill otherwise: "no", with what they say and its source."""
    return Answer("yes_no", True, "No, not according to the records", (said,), sources=(d.cite(a.kb, cited),),
                  confidence=0.8)


#: "… hosted by India?": the host claimed of a gathering.
_HOST_CLAIMED = re.compile(r"\b(?:hosted|organi[sz]ed|chaired|convened) by (?P<name>[a-z][a-z ]*?)\W*$")


def _hosted_by_another(a: Answerer, q: Asked) -> Answer | None:
    """"Was the G20 summit where Kagame met Kishida hosted by India?": the record of the gathering says who
    hosted it, and it is another; None unless the claim is of that shape."""
    claimed = _HOST_CLAIMED.search(q.lowered)
    outside = q.query.outside
    if q.query.intent != "yes_no" or claimed is None or len(outside) != 1 \
            or fold(outside[0]).lower() not in claimed.group("name"):
        return None
    # the records of the gatherings the question names, then those that fit it best
    named = [p for m in q.query.mentions if m.kind == "term"
             for n in a.index.by_entity.get(("term", m.id), ()) if (p := a.index.passages[n]).kind == "term"]
    fits = [s.passage for s in score_passages(a.index, q.query, limit=5) if not s.entities_missing]
    for p in (*named, *fits):
        host = re.search(r"\b(?:hosted|organi[sz]ed|chaired|convened) by (?:the )?(?P<host>[A-Z][\w'’-]+)",
                         f"{p.text} {p.cited.quote}")
        if host is not None and fold(outside[0]).lower() not in fold(host.group("host")).lower():
            return _denied_by(a, p.text, p.cited)
    return None


def _met_another_side(a: Answerer, q: Asked) -> Answer | None:
    """"Was it Kazakhstan's foreign minister whom Hayashi met on 24 December 2022?": the one meeting of the
    person named, on the dates named, was with a holder of that post of another country; None otherwise (the
    records cannot deny a meeting they do not date, nor one beside the one the claim is about)."""
    query = q.query
    people = [m.id for m in query.mentions if m.kind == "person"]
    if query.intent != "yes_no" or query.role is None or query.dates is None or len(people) != 1 \
            or len(query.outside) != 1 or not lx.CLEFT.match(q.lowered):
        return None  # ("did Hayashi meet Kazakhstan's minister in December?": he may have, unrecorded)
    held = [m for m in a.meetings.filter_meetings([{("person", people[0])}], replace(query, venues=()))
            if query.dates.matches(m.date.first_day(), m.date.last_day())]
    if len(held) != 1:
        return None
    meeting = held[0]
    holders = [x for x in meeting.participants if x != people[0] and x in a.kb.people
               and any(lx.fits_post(query.role, r.key) for r in a.kb.people[x].roles)]
    if not holders:
        return None
    return Answer("yes_no", True, "No, not according to the records",
                  (f"The records show {meeting.title} {d.on_date(meeting.date)}, with "
                   + "; ".join(d.person_label(a.kb, x) for x in holders) + ".",
                   f"{query.outside[0]} is not in the records."),
                  sources=(d.cite(a.kb, meeting.cited),), confidence=0.8)


def _as_venue(q: Asked, names: tuple[str, ...]) -> bool:
    """Whether a yes/no claim places every one of `names` as its venue ("did A meet B in Lyon?"), not as
    what was discussed ("did A and B discuss North Korea?")."""
    raw = fold(q.query.raw)

    def placed(name: str) -> bool:
        if fold(name).lower() not in raw.lower():
            # named by a place of it ("in Bishkek" for Kyrgyzstan): a venue when a name follows "in"/"at" (in chat's
            # lower case, a name the records do not hold: "in warsaw")
            return _NAME_AS_VENUE.search(q.query.raw) is not None or any(
                re.search(rf"\b(?:in|at)\s+(?:the\s+)?{re.escape(n.lower())}\b", raw.lower())
                for n in q.query.unknown_names)
        return _VENUE.search(f"{raw} ".lower().replace(fold(name).lower(), "\0")) is not None

    return q.query.intent == "yes_no" and all(placed(name) for name in names)


def unknown_names(a: Answerer, q: Asked) -> Answer | None:
    """"What did John Smith discuss?": a name the records do not hold (a yes/no claim that it was the
    venue, "did A meet B in Lyon?", is contradicted by the recorded meetings of the people it names)."""
    names = q.query.unknown_names
    if not names:
        return None
    asked_by = lx.AT_REQUEST.search(q.query.raw)
    if q.query.intent == "yes_no" and asked_by is not None and all(
            n in (asked_by.group("before") or "") + " " + (asked_by.group("after") or "") for n in names):
        return None  # "at the World Bank's request?": checked against whom the record says asked
    elsewhere = met_elsewhere(a, q, names) if _as_venue(q, names) else None
    return elsewhere or _of_another_nation(a, q, names) or _in_another_division(a, q, names) or a.unknown(names)


def event_of_another_date(a: Answerer, q: Asked) -> Answer | None:
    """"Where was the 2023 G20 summit held?" when the records hold the summit of 2022 alone: a dated event
    named with a time that is not its own asks for another edition of it, which the records do not hold.
    None unless every event the question names is dated outside the time asked."""
    dates = q.query.dates
    if dates is None or dates.any_year or (dates.start is None and dates.end is None):
        return None
    events = [a.kb.terms[m.id] for m in q.query.mentions if m.kind == "term" and m.id in a.kb.terms]
    events = [t for t in events if t.kind == "event" and t.date is not None]
    if not events or len(events) != len([m for m in q.query.mentions if m.kind == "term"]) \
            or any(_overlap(dates, t.date) for t in events if t.date is not None):
        return None
    if any(m.kind == "meeting" for m in q.query.mentions):
        return None
    lines = tuple(f"The records hold {t.name}, dated {t.date.human()}; none {d.span_words(dates.label)}."
                  for t in events if t.date is not None)
    return Answer("not_found", False, "Not in the records", lines,
                  sources=tuple(d.cite(a.kb, t.cited) for t in events), confidence=0.0)


def _overlap(dates: DateFilter, date: PartialDate) -> bool:
    """Whether the time asked and the (partly known) date of an event may share a day: a day of its month
    is in it ("on 20 September 2023" of a session of September 2023)."""
    return (dates.start is None or date.last_day() >= dates.start) and (
        dates.end is None or date.first_day() <= dates.end)


#: "… in Kharkiv Oblast?": a place claimed by the division of a country it is in.
_DIVISION_CLAIMED = re.compile(r"\bin (?P<name>[a-z-]+) (?P<division>oblast|province|region|prefecture|district"
                               r"|county)\b")


def _in_another_division(a: Answerer, q: Asked, names: tuple[str, ...]) -> Answer | None:
    """"Is the Bucha memorial in Kharkiv Oblast?": the record of the thing asked about names another
    division of that kind ("Kyiv Oblast"); None unless the claim is of that shape."""
    claimed = _DIVISION_CLAIMED.search(q.lowered)
    if q.query.intent != "yes_no" or len(names) != 1 or claimed is None \
            or claimed.group("name") != fold(names[0]).lower():
        return None
    division = claimed.group("division")
    for s in score_passages(a.index, q.query, limit=3):
        if s.entities_missing or s.coverage < 0.5:
            continue
        other = re.search(rf"\b([A-Z][\w'’-]+) {division}\b", f"{s.passage.text} {s.passage.cited.quote}",
                          re.IGNORECASE)
        if other is not None and other.group(1).lower() != claimed.group("name"):
            return _denied_by(a, s.passage.text, s.passage.cited)
    return None


#: "… a Korean banker?": a nationality claimed of someone, by a word before what they are.
_NATIONALITY_CLAIMED = re.compile(r"\b(?:a|an) (?P<nation>[a-z]+) (?:[a-z-]+ )?(?:banker|official|diplomat|national"
                                  r"|citizen|minister|politician|economist|businessman|businesswoman|man|woman"
                                  r"|person|envoy)\b")


def _of_another_nation(a: Answerer, q: Asked, names: tuple[str, ...]) -> Answer | None:
    """"Was Masaya Hattori a Korean banker?": the one person named is of the country their record gives,
    whose people are called otherwise; None unless the claim is of that shape."""
    people = [m.id for m in q.query.mentions if m.kind == "person" and m.id in a.kb.people]
    claimed = _NATIONALITY_CLAIMED.search(q.lowered)
    if q.query.intent != "yes_no" or len(people) != 1 or len(names) != 1 or claimed is None \
            or claimed.group("nation") != fold(names[0]).lower():
        return None
    person = a.kb.people[people[0]]
    country = a.kb.countries.get(person.country)
    said = f"{person.description or ''} {person.note or ''}"
    own = [w for w in ((country.demonyms or ()) if country else ()) if re.search(rf"\b{re.escape(w)}\b", said)]
    if not own:
        return None  # the record does not say what they are of
    return _denied_by(a, f"{person.name}: {person.description}", person.cited)


def beyond_records(a: Answerer, q: Asked) -> Answer | None:
    """"What was the weather like?", "what will Japan do next?": a detail no record of its kind holds."""
    beyond = asked.beyond_records(q.query, a.index)
    return a.not_recorded(q.query, beyond) if beyond else None


#: "who will lead the security deal negotiations?", "which official heads the consultations?": who leads a process.
_WHO_LEADS = re.compile(r"^\W*(?:and |so )?(?:who(?:['’]?s| is| will| would| was| were)?|which (?:[\w-]+ ){0,3}?"
                        r"(?:official|minister|person|one|side|country)(?: is| will| would| was)?)\s+(?:be )?"
                        r"(?:going to )?(?:lead|leads|leading|led|head|heads|heading|headed|chair|chairs|chairing"
                        r"|chaired|in charge of)\s+(?:the )?(?P<thing>[^?]+?)\W*$")
#: Words of a process someone may lead, as distinct from a meeting (whose people its record gives).
_PROCESS_STEMS = frozenset(stem(w) for w in """negotiation negotiations consultation consultations program programme
    programs programmes project projects initiative initiatives process dialogue effort efforts cooperation
    mechanism mechanisms""".split())
#: A meeting named as the thing led, whose own record gives its people.
_A_GATHERING = re.compile(r"\b(?:meeting|meetings|summit|forum|session|talks|conference|visit|trip|gathering)\b")
#: Words that tell who leads something ("steered by", "headed by").
_LEAD_STEMS = frozenset(stem(w) for w in "lead leads led leading head heads headed chair chaired steer steered "
                        "charge".split())


def leader_not_named(a: Answerer, q: Asked) -> Answer | None:
    """"Which Japanese official will lead the security deal negotiations?": the records tell of the process but of
    no one leading it, which is said plainly with what they tell of it; None when a record that tells of it tells of
    someone leading something, or none tells of it."""
    found = _WHO_LEADS.match(q.lowered)
    if found is None:
        return None
    process = [k for k in content_stems(found.group("thing")) if k in _PROCESS_STEMS]
    if not process or _A_GATHERING.search(found.group("thing")):
        return None  # ("who chaired the ninth meeting of the dialogue?": a meeting, whose record says who held it)
    telling = sorted({n for k in process for n in a.index.by_stem.get(k, ())})
    passages = [a.index.passages[n] for n in telling]
    if not passages or any(_LEAD_STEMS & set(p.stems) for p in passages):
        return None
    # (of them, the one that holds most of the words of the thing asked, "the security deal negotiations", the
    # shortest of those)
    wanted = set(content_stems(found.group("thing")))
    shown = max(passages, key=lambda p: (len(wanted & set(p.stems)), -len(p.text)))
    thing = found.group("thing").strip()
    return Answer("not_found", False, "Not in the records",
                  (f"The records do not say who leads the {thing}.", f"What they say of it: {shown.text}"),
                  sources=(d.cite(a.kb, shown.cited),), confidence=0.0)


def trip_not_recorded(a: Answerer, q: Asked) -> Answer | None:
    """"What did Hayashi do during his trip to New York?" when no record shows him going there: the
    question's premise is not in the records, so nothing of another trip or of him is offered as its answer.
    (A yes/no claim of a trip is checked against the records by the claim's rules.)"""
    if q.query.intent == "yes_no":
        return None
    for who, to in a.verifier.travels(_holder_named(a, q), q.focus.people if q.focus else ()):
        meetings = a.meetings.filter_meetings([who], replace(q.query, venues=(), dates=None))
        if any(a.verifier.went_there(m.id, who, to) for m in meetings):
            continue
        together = a.index.naming_each((who, to))
        if any(reported(TRAVEL, a.index.passages[n].stems) and a.index.passages[n].kind not in lx.MEETING_KINDS
               for n in together):
            continue  # a fact reports the journey ("... visited Bucha, the embassy reported"); a meeting's
            # own words report the journeys of those it shows going there, which `went_there` has read
        person, place = a.index.entity_name(min(who)), a.index.entity_name(min(to))
        return Answer("not_found", False, "Not in the records",
                      (f"The records show no trip of {person} to {place}.",),
                      suggestions=(f"/who {person}",), confidence=0.0, focus=_described_focus(q, who))
    return None


def _described_focus(q: Asked, who: set[tuple[str, str]]) -> Focus | None:
    """Whom "he" means after "when did the Ukrainian foreign minister visit Japan?" (no such trip): the one the
    post described; None (the conversation's own) when the question named someone or described nobody by a post."""
    if any(m.kind == "person" for m in q.query.mentions):
        return None
    known = set(q.focus.people) if q.focus is not None else set()
    described = tuple(ident for kind, ident in sorted(who) if kind == "person" and ident not in known)
    return Focus(people=described) if described else None


def _holder_named(a: Answerer, q: Asked) -> Query:
    """The question with a post that describes one person ("Uzbekistan's deputy foreign minister") written as
    that person's name, so that "when did Uzbekistan's deputy foreign minister travel to Japan?" is read as
    a journey of that person."""
    query = q.query
    described = [g for g in (q.described.groups if q.described else ()) if all(k == "person" for k, _ in g)]
    span = phrase_span(ROLES[query.role], query.words) if query.role is not None else None
    if span is None or len(described) != 1 or len(described[0]) != 1:
        return query
    (_, person), = described[0]
    start = span[0]
    while start > 0 and any(m.kind == "country" and m.end == start for m in query.mentions):
        start = next(m.start for m in query.mentions if m.kind == "country" and m.end == start)
    words = [*query.words[:start], *a.kb.people[person].name.lower().split(), *query.words[span[1]:]]
    return analyse(" ".join(words), a.index)


#: "List all 14 agreements", "what are the 14 agreements?", "name the two transformers": the items of a
#: number the records give.
_ITEMS_OF_A_NUMBER = re.compile(r"^\W*(?:please )?(?:list|name|enumerate|give me|show me|what (?:are|were)"
                                r"|which (?:are|were))(?: all| each| every)*(?: of)?(?: the)? (?P<number>\d[\d,]*|two"
                                r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
                                r"|twenty) (?P<noun>[a-z]+(?: [a-z]+)?)\b")


#: "How many of the 14 agreements concerned IT?", "how many of the more than 200 companies were …?": a part of a
#: number the records give.
#: ("uz jp forum - how many of the 200+ companies were japanese": the record named first, "200+" a rough figure)
#: ("how many jp firms among the 200 companies at the forum?": the part named before the number)
_SHARE_OF_A_NUMBER = re.compile(rf"^\W*(?:[^?]*?\s(?:-|–|—|:)\s+)?(?:and |so )?how many "
                                r"(?:[\w'’-]+ ){0,3}?(?:of|among|amongst|out of) (?:the|those|these) "
                                rf"(?:{lx.ROUGHLY} )?"
                                r"(?P<number>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
                                r"|fourteen|fifteen|twenty)\+?"
                                r"(?: [\w'’–—-]+)*? (?P<noun>[a-z]+s)\b")


#: A record that names the items it counts ("three priorities: …", "…, namely", "including").
_LISTED = re.compile(r":\s*\w|\bnamely\b|\bsuch as\b|\bincluding\b")


def items_of_a_number(a: Answerer, q: Asked) -> Answer | None:
    """"List all 14 agreements signed at the forum": a record that gives how many, and none that names
    each one, answers with the number and says the items are not listed."""
    found = _ITEMS_OF_A_NUMBER.match(q.lowered) or _SHARE_OF_A_NUMBER.match(q.lowered)
    if found is None:
        return None
    share = found.re is _SHARE_OF_A_NUMBER
    [(value, _, counted)] = asked.claimed_figures(f"{found.group('number')} {found.group('noun')}") or [(0.0, "", "")]
    for s in score_passages(a.index, q.query, limit=5):
        if _LISTED.search(s.passage.text) and not share:
            return None  # "three priorities: health, digital …": the record names them
        # (the thing counted in the record's words or a synonym of them: "firms" of "companies")
        kinds = {*counted.split()[:1], *(x for w in counted.split()[:1] for x in SYNONYMS.get(w, ()))}
        if any(v == value and set(c.split()[:1]) & kinds for v, _, c in asked.record_figures(s.passage)):
            said = "do not say how many of them" if share else "do not name each one"
            return Answer("not_found", False, "Not in the records",
                          (f"The records give the number ({found.group('number')}) but {said}:",
                           s.passage.text), sources=(d.cite(a.kb, s.passage.cited),), confidence=0.0)
    return None


#: "how is the $7bn aid split up?", "what's the breakdown of the aid?": the parts an amount is divided into.
_BREAKDOWN = re.compile(r"\b(?:split(?: up)?|divided(?: up)?|broken down|allocated|apportioned)\b|\bbreak ?down\b")


def breakdown_of_an_amount(a: Answerer, q: Asked) -> Answer | None:
    """"How is the $7bn aid split up?": a record that gives the amount, and names none of its parts, answers that
    the parts are not given (not the amount again, as if it were the answer)."""
    if _BREAKDOWN.search(q.lowered) is None or q.query.intent == "yes_no":
        return None
    for s in score_passages(a.index, q.query, limit=3):
        if s.entities_missing:
            continue
        if _LISTED.search(s.passage.text) or s.passage.quantity is None:
            return None  # ("… including 24 cranes": a record that names its parts; a record of no amount)
        return Answer("not_found", False, "Not in the records",
                      ("The records give the amount but not how it is divided:", s.passage.text),
                      sources=(d.cite(a.kb, s.passage.cited),), confidence=0.0)
    return None


#: "How much longer was it?", "how many more were there?": a difference asked with one side and no "than".
_ONE_SIDED = re.compile(r"^\W*(?:and |so |ok )?(?:by )?(?:how much (?:longer|shorter|earlier|later|more|less|bigger"
                        r"|larger|smaller|older|newer|higher|lower)|how many (?:more|fewer))\b(?!.*\bthan\b)")


def one_sided_difference(a: Answerer, q: Asked) -> Answer | None:
    """"How much longer was it?" with nothing to set it against (no comparison just made, no "than"): the
    difference is asked back, not answered with an amount of another record."""
    if _ONE_SIDED.match(q.lowered) is None:
        return None
    return Answer("not_found", False, "Compared with what?",
                  ("The question asks for a difference but names one side only. Name both, e.g. “how much longer "
                   "was the first meeting than the second?”",), suggestions=("/help",), confidence=0.0)
