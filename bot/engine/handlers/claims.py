"""Yes/no claims the records' fields decide before any passage is scored: dates, places, order."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from bot.answers import Answer, Focus
from bot.engine import describe as d
from bot.engine import details, references
from bot.engine import lexicon as lx
from bot.engine.asked import claimed_figures, counts_same_thing, record_figures
from bot.engine.followups import meant_by_pronoun
from bot.engine.meetings import PERSON_CLASS, of_class, term_forms, titled_by
from bot.engine.query import ROLE_PATTERNS, ROLES, SHORTHAND, analyse, phrase_span, role_words
from bot.engine.rules import Asked
from bot.engine.text import fold, stem, tokens
from bot.engine.verify import ASKED_TO_GO
from bot.engine.when import DateFilter
from bot.engine.world import world_places
from bot.engine.yesno import ordering
from bot.knowledge.dates import PartialDate

if TYPE_CHECKING:
    from bot.engine.answering import Answerer
    from bot.knowledge.dates import PartialDate
    from bot.knowledge.model import Cited, Meeting, Person, Role, Term


def _elsewhere(a: Answerer, m: Meeting, names: tuple[str, ...]) -> bool:
    """Whether each name is another country than the one the meeting was held in, or its capital."""
    held = a.kb.countries.get(m.country or "")
    places = world_places()
    return held is not None and all(places.get(n.lower(), held.name.lower()) != held.name.lower() for n in names)


#: "invite him to …", "an invitation to …": a journey asked for, which a meeting held elsewhere does not deny.
_INVITED = re.compile(r"\binvit(?:e|es|ed|ing|ation|ations)\b")
#: "did they also meet …", "… meet again in …", "ever": a meeting besides those the records hold is claimed.
_ANOTHER_TIME = re.compile(r"\b(?:also|again|ever|another time|other times?|as well)\b")


def met_elsewhere(a: Answerer, q: Asked, names: tuple[str, ...]) -> Answer | None:
    """"Did A meet B in <a city the records never name>?": when A and B's meetings are recorded, the
    claim's venue is contradicted by theirs; None when the question names fewer than two people."""
    if ASKED_TO_GO.search(" ".join(q.query.words)) or _INVITED.search(q.lowered):
        return None  # "did the Kyrgyz FM invite Hayashi to Bishkek?": an invitation, no place of a meeting
    spelt: dict[str, str] = {}
    for name in names:  # ("Jakarta … Is Jakarta right?": a town said twice is one)
        spelt.setdefault(name.lower(), name)
    names = tuple(spelt.values())
    named = list(dict.fromkeys([*q.people, *_described_people(q), *_meant_by_pronoun(a, q)]))
    people = [{("person", ident)} for ident in named]
    discussed = _discussed(a, q)
    countries = [{("country", m.id)} for m in q.query.mentions if m.kind == "country" and m.id != a.index.home]
    gathering = {m.id for m in q.query.mentions if m.kind == "term"}
    if len(people) < 2 and discussed:
        meetings = discussed  # "was it in Lviv?" of the meeting just discussed
    elif len(people) < 2 and countries and q.query.dates is not None:
        # "was the December 2022 Japan–Kyrgyz meeting held in Bishkek?": the meetings of that country then
        meetings = a.meetings.filter_meetings(countries, replace(q.query, venues=()))
        if not 0 < len(meetings) <= references.MAX_EACH:
            return None
    elif len(people) < 2 and len(gathering) == 1:
        # "was the 2022 G20 summit in Jakarta?": the meetings held on the gathering's occasion say where it was
        meetings = sorted((m for m in a.kb.meetings.values() if m.occasion in gathering and m.place),
                          key=lambda m: (m.date, m.id))
        if len({m.place for m in meetings}) != 1:
            return None
    elif len(people) < 2:
        return None
    else:
        meetings = a.meetings.filter_meetings(people, replace(q.query, venues=()))
    if not meetings:
        return None
    vague = [m for m in meetings if m.place is None and not _elsewhere(a, m, names)]
    if vague:
        # "was it held in Samarkand?" of a meeting its record places in a country only: a town the records
        # never name may well be there (unless it is another country's capital: "in Bishkek?" of Japan)
        shown = "; ".join(f"{m.title}: {d.meeting_place(a.kb, m) or 'no place given'} {d.on_date(m.date)}"
                          for m in vague[:3])
        return Answer("not_found", False, "The records do not say",
                      (f"The records give no town for it, only this: {shown}.",),
                      sources=tuple(d.cite(a.kb, m.cited) for m in vague[:3]),
                      focus=a.meetings.meeting_focus(vague[0]), confidence=0.0)

    def held(m: Meeting) -> str:
        # (with who met there: "or was it the other way round?" asks who went to whom)
        people = ", ".join(d.person_label(a.kb, x, with_role=False) for x in m.participants)
        return f"{m.title} in {d.meeting_place(a.kb, m) or 'a place the source does not name'} " \
               f"{d.on_date(m.date)}" + (f" ({people})" if people else "")
    shown = "; ".join(held(m) for m in meetings[:3])
    if _ANOTHER_TIME.search(q.lowered):
        # "did they also meet at TICAD 8 in Tunis?": another meeting than those recorded, which they cannot deny
        return Answer("not_found", False, "Not confirmed by the records",
                      (f"The records show {shown}; they do not say whether there was another meeting in "
                       f"{', '.join(names)}.",),
                      sources=tuple(d.cite(a.kb, m.cited) for m in meetings[:3]),
                      focus=a.meetings.meeting_focus(meetings[0]), confidence=0.0)
    focus = a.meetings.meeting_focus(meetings[0])
    if len(people) < 2 and not discussed and len(gathering) == 1:
        focus = Focus(topic=min(gathering), place=meetings[0].place)  # "who hosted it?" next: the gathering
    return Answer("yes_no", True, "No, not according to the records",
                  (f"The records show {shown}; {', '.join(names)} is not among their places.",),
                  sources=tuple(d.cite(a.kb, m.cited) for m in meetings[:3]), focus=focus, confidence=0.7)


#: A claim about what the last answer was about ("was it in Tokyo?", "was that meeting in Kyiv?").
_POINTS_BACK = re.compile(r"^\W*(?:(?:ok|okay|right|hmm|and|so|then|but)\W+)*(?:was|were|is|did) (?:it|that|this|they"
                          r"|the meeting|that meeting"
                          r"|the talks|those talks)\b")


#: A person the claim names by pronoun as its subject ("is it true he met Kishida in Jakarta?").
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she)\b")


def _meant_by_pronoun(a: Answerer, q: Asked) -> list[str]:
    """The one person of the conversation that the claim's "he" or "she" means, besides those it names."""
    if q.focus is None or not _SUBJECT_PRONOUN.search(q.lowered):
        return []
    others = tuple(p for p in q.focus.people if p not in q.people)
    meant = meant_by_pronoun(a.kb, others, q.lowered)
    if len(meant) > 1 and q.people:
        # ("so he met zelensky in lviv?" after Hayashi, Zelenskyy and Shmyhal: "he" is the one who met those named,
        # on the other side of a meeting, not one of their own side)
        meant = tuple(p for p in meant if any(
            (p in m.japan_side) != (n in m.japan_side) and n in m.participants
            for i in a.index.meetings_by_entity.get(("person", p), ()) if (m := a.kb.meetings.get(i)) is not None
            for n in q.people))
    return list(meant) if len(meant) == 1 else []


def _described_people(q: Asked) -> list[str]:
    """The people the claim names by description, one each ("the Rwandan leader")."""
    groups = q.described.groups if q.described is not None else ()
    return [ident for g in groups if len(g) == 1 for kind, ident in g if kind == "person"]


def _discussed(a: Answerer, q: Asked) -> list[Meeting]:
    """The meeting the last answer was about, or the few it listed, when the question points back to it."""
    focus = q.focus
    if focus is None or not _POINTS_BACK.search(q.lowered):
        return []
    if focus.meeting in a.kb.meetings:
        return [a.kb.meetings[focus.meeting or ""]]
    listed = [a.kb.meetings[i.removeprefix("meeting:")] for i in focus.items
              if i.startswith("meeting:") and i.removeprefix("meeting:") in a.kb.meetings]
    if not listed and _VENUE_OF_IT.match(q.lowered):
        # "was it in Tokyo?" after "name of the Kyrgyz guy again?": the meeting the conversation last had, not
        # any record that names Tokyo
        listed = [a.kb.meetings[r.removeprefix("meeting:")] for r in focus.recent
                  if r.startswith("meeting:") and r.removeprefix("meeting:") in a.kb.meetings][:1]
    return listed if 0 < len(listed) <= references.MAX_EACH else []


#: "was it in Tokyo?", "was the meeting held in Kyiv?": where the thing discussed took place, claimed.
_VENUE_OF_IT = re.compile(r"^\W*(?:and |so |but )?(?:was|were) (?:it|that|this|they|the (?:meeting|talks?))"
                          r"(?: held| (?:taking|took) place)? (?:in|at)\b")



#: A length claimed of the meeting just discussed: "was it a 30 min meeting?", "did it last an hour?".
_LENGTH_CLAIMED = re.compile(r"\b(?P<n>\d+|an?|one|two|half an?)[\s-]*(?P<unit>min(?:ute)?s?|hours?|hrs?)\b")
_LENGTH_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "half a": 0.5, "half an": 0.5}


def _length_of(a: Answerer, meeting: Meeting, claimed: re.Match[str]) -> Answer:
    """The length claimed of a meeting against the length its record gives."""
    n = claimed.group("n")
    value = float(n) if n.isdigit() else _LENGTH_WORDS.get(n, 1)
    minutes = value * (60 if claimed.group("unit").startswith("h") else 1)
    if meeting.duration_minutes is None:
        return Answer("not_found", False, "Not in the records", (f"The record of {meeting.title} gives no length.",),
                      sources=(d.cite(a.kb, meeting.cited),), confidence=0.0)
    note = meeting.duration_note or f"{meeting.duration_minutes} minutes"
    holds = minutes == meeting.duration_minutes
    return Answer("yes_no", True, "Yes" if holds else "No, not according to the records",
                  (f"{meeting.title} ({meeting.date.human()}): {note}.",), sources=(d.cite(a.kb, meeting.cited),),
                  focus=a.meetings.meeting_focus(meeting), confidence=0.9)


#: "Was he Rwandan?", "is she Ukrainian?": a claim of what the person of the conversation is.
_HE_OR_SHE = re.compile(r"^\W*(?:and |so )?(?:was|is|were) (?:he|she)\b")
_HE_OR_SHE_DID = re.compile(r"^\W*(?:and |so )?(?:did|does|has|had|have) (?:he|she)\b")
#: "did Hayashi meet him?": a person of the conversation as the object of a claim whose subject is named.
_HIM_OR_HER = re.compile(r"^\W*(?:and |so )?(?:did|does|has|had|have|was|were) [a-z'’-]+(?: [a-z'’-]+){0,3} "
                         r"(?:him|her)\b")


#: "Is Ikegami a minister?", "was he an ambassador?": a word of a title claimed of one person.
_TITLE_CLAIM = re.compile(r"^\W*(?:and |so )?(?:is|was|isn'?t|wasn'?t) (?P<who>[\w'’ .-]+?) (?:a|an|the) "
                          r"(?P<title>minister|president|ambassador|governor|secretary|director|chair(?:man)?)\W*$")


def _title_claimed(a: Answerer, q: Asked) -> Answer | None:
    """"Is Ikegami a minister?": whether a title the records give the person has that word (a "Ministry"
    in it is no "Minister"); the person is the one named, or the one "he" or "she" means."""
    found = _TITLE_CLAIM.match(q.lowered)
    if found is None or q.query.role is not None:
        return None
    named = [m.id for m in q.query.mentions if m.kind == "person"]
    if not named and found.group("who") in ("he", "she") and q.focus is not None:
        named = list(meant_by_pronoun(a.kb, q.focus.people, q.lowered)[:1])
    if len(named) != 1 or named[0] not in a.kb.people:
        return None
    person = a.kb.people[named[0]]
    word = found.group("title")
    return _post_verdict(a, person, [r for r in person.roles
                                     if word in {w.lower() for w in re.findall(r"[\w'’-]+", r.title)}])


def _post_verdict(a: Answerer, person: Person, held: list[Role]) -> Answer | None:
    """Yes, with the latest of the posts `held` that bear a claim out; else no, with the person's latest post (None
    when the records give them none)."""
    focus = Focus(people=(person.id,))
    if held:
        role = max(held, key=d.role_date)
        return Answer("yes_no", True, "Yes", (f"{person.name}: {role.title} ({d.as_of(role)}).",),
                      sources=(d.cite(a.kb, role.cited),), focus=focus, confidence=0.9)
    latest = d.latest_role(person)
    if latest is None:
        return None
    return Answer("yes_no", True, "No, not according to the records",
                  (f"The records give {person.name} as {latest.title} ({d.as_of(latest)}).",),
                  sources=(d.cite(a.kb, latest.cited),), focus=focus, confidence=0.8)


#: "is he the foreign minister?", "and he's the foreign minister?": a post claimed of the one "he" or "she" means.
_POST_OF_PRONOUN = re.compile(r"^\W*(?:and |so |but )?(?:(?:is|was|isn'?t|wasn'?t) (?:he|she)"
                              r"|(?:he|she)(?:['’]s| is| was))"
                              r" (?:really |actually |also )?(?:a|an|the|their|its) "
                              # (the post alone: "was he the first minister to visit …?" claims something else)
                              r"(?!(?:[\w'’-]+ )*?(?:first|only|last|new|youngest|oldest)\b)(?:[\w'’-]+ ){0,3}?"
                              r"(?:minister|president|ambassador|governor|secretary|director|chair(?:man)?|envoy"
                              r"|head|premier)(?: of [\w'’ -]+?)?\W*$")


def _post_claimed(a: Answerer, q: Asked) -> Answer | None:
    """"Is he the foreign minister?" after a meeting of Usmanov: whether a post the records give the person
    is the one claimed ("Deputy Minister of Foreign Affairs" is no foreign minister's post)."""
    if q.query.role is None or q.focus is None or not q.focus.people or not _POST_OF_PRONOUN.match(q.lowered) \
            or any(m.kind == "person" for m in q.query.mentions):
        return None
    meant = meant_by_pronoun(a.kb, q.focus.people, q.lowered)[:1]
    person = a.kb.people.get(meant[0]) if meant else None
    if person is None or not person.roles:
        return None
    return _post_verdict(a, person, [r for r in person.roles if lx.fits_post(q.query.role, r.key)])


#: "Was that one also a foreign ministers' meeting?", "was it a foreign-minister level meeting?": the level of
#: the meeting discussed, by the posts of those who met.
_LEVEL_CLAIM = re.compile(r"^\W*(?:and |so |but )?(?:was|is) (?:that one|this one|the [\w-]+ one|that|it|this)"
                          r"(?: also| too)? (?:an? )?(?P<post>[\w'’ -]+?)(?:[- ]level)? (?:meeting|talks|summit)\b"
                          # ("was the uzbek one at minister level too?", "was the Uzbek meeting at FM level?")
                          r"|^\W*(?:and |so |but )?(?:was|is) (?:that one|this one|the (?P<named>[\w-]+) "
                          r"(?:one|meeting|talks)|that|it|this)(?: also| too)? (?:held )?at (?:the )?"
                          r"(?P<post2>[\w'’ -]+?)[- ]level\b")
#: "at minister level": a holder of any minister's post (a deputy's is not one).
_MINISTERIAL = frozenset({"minister", "ministerial", "ministers"})


def level_claimed(a: Answerer, q: Asked) -> Answer | None:
    """"Was that one also a foreign ministers' meeting?": yes when someone of each side held the post, else no,
    with the posts those who met held."""
    found = _LEVEL_CLAIM.match(q.lowered)
    if found is None:
        return None
    post = (found.group("post") or found.group("post2")).replace("-", " ").replace("'", " ").replace("’", " ")
    ministerial = post.strip() in _MINISTERIAL
    key = "minister" if ministerial else next((k for k, pattern in ROLE_PATTERNS if pattern.search(post)), None)
    meetings = _discussed(a, q)
    named = {m.id for m in q.query.mentions if m.kind == "country" and m.id != a.index.home}
    if found.group("named") and named:
        # "was the Uzbek one …?": of the meetings discussed (else of all), the one with that country
        pool = meetings or sorted(a.kb.meetings.values(), key=lambda m: (m.date, m.id))
        meetings = [m for m in pool if named <= set(m.countries)]
        # (a meeting said of a country with a meeting and a forum is the meeting)
        meetings = [m for m in meetings if m.kind.endswith("meeting")] if len(meetings) > 1 else meetings
    if key is None or len(meetings) != 1 or not ministerial and any(
            w not in role_words(key) for w in post.split() if w != "s"):
        return None  # ("was that before or after the FM meeting?": no level claimed)
    m = meetings[0]
    # (those recorded as attending count with their country's side: a forum steered by one of each)
    home = [p for p in m.accompanying if p in a.kb.people and a.kb.people[p].country == a.index.home]
    away = [p for p in m.accompanying if p not in home]
    sides = [side for side in ((*m.japan_side, *home), (*m.partner_side, *away)) if side]
    if len(sides) < 2:
        return None  # (a record that names one side says nothing of the other's level)
    def fits(role: str) -> bool:
        return role.endswith("minister") and not role.startswith("deputy") if ministerial else lx.fits_post(key, role)

    held = all(any(fits(r.key) for p in side if p in a.kb.people for r in a.kb.people[p].roles) for side in sides)
    return Answer("yes_no", True, "Yes" if held else "No, not according to the records",
                  (f"{m.title} ({m.date.human()}):", *(d.person_label(a.kb, p) for side in sides for p in side)),
                  sources=(d.cite(a.kb, m.cited),), focus=a.meetings.meeting_focus(m), confidence=0.85)


def count_of_records(a: Answerer, q: Asked) -> Answer | None:
    """"Japan and Ukraine had two ministerial meetings in September 2023, right?", "did A meet B twice?": a
    number of meetings claimed, which the meetings that fit bear out (each listed), or not; None when a
    record gives that number itself ("visited Japan three times": its figure decides) or none fits."""
    query = q.query
    groups = q.groups + q.extra
    if query.intent != "yes_no" or not groups:
        return None
    claimed = claimed_figures(query.raw)
    if len(claimed) != 1 or claimed[0][1] != "eq" or not claimed[0][0].is_integer():
        return None
    value, _, counted = claimed[0]
    if not any(w in lx.RECORD_COUNT_STEMS for w in counted.split()[:2]) \
            or counted.split()[0] == stem("time") and not lx.MET_OR_WENT.search(q.lowered):
        return None
    if any(counts_same_thing(claimed[0], record_figures(a.index.passages[n])) for n in a.index.naming_each(groups)):
        return None
    listed = a.meetings.meeting_list(replace(query, intent="list"), groups, count=False)
    if listed.kind != "meetings" or not listed.items:
        return None
    shown = {item.command.split()[-1] for item in listed.items if item.command}
    parts = [m for m in a.kb.meetings.values() if m.trip in shown and m.trip != m.id and m.id not in shown]
    within = {m.trip for m in parts}
    # (a visit with the meetings held during it is one line, or as many meetings as were held in it)
    counts = {len(listed.items), len(listed.items) - len(within) + len(parts)}
    number = f"{value:g}"
    if int(value) == len(listed.items):
        return replace(listed, kind="yes_no", title="Yes", lines=(f"The records hold {listed.title}:", *listed.lines))
    if int(value) in counts:
        return replace(listed, kind="yes_no", title="Yes",
                       lines=(f"The records hold {number} meetings, held during {len(within)} "
                              f"visit{'s' if len(within) != 1 else ''}:", *listed.lines))
    return replace(listed, kind="not_found", answered=False, title="Not confirmed by the records",
                   lines=(f"The records hold {listed.title}, not {number}:", *listed.lines), confidence=0.0)


#: "by then", "at the time": the time the conversation is at.
_THEN = re.compile(r"\b(?:by then|by that (?:time|point|date)|at (?:that|the) (?:time|point)|back then|then)\W*$")


def decided_by_fields(a: Answerer, q: Asked) -> Answer | None:
    """"Did A meet B in 2023?", "did A meet B before C?": a claim the records' dates, places and people
    confirm or contradict; an order claim no comparison settled is said to be unconfirmed."""
    query = q.query
    if query.intent != "yes_no":
        return None
    described = q.described or a.describer.resolve(query, q.focus)
    # "Did Hayashi meet Tajikistan's president?": no meeting is checked; the description is said to
    # name nobody in the records, later.
    groups = None if described.unknown else described.groups
    pronouned: list[str] = []  # the person a pronoun of the question stands for ("did he attend …?")
    if groups is not None and not groups and q.focus is not None and q.focus.people \
            and _HE_OR_SHE.match(q.lowered):
        # "was he Rwandan?": the person the conversation is about, as if the question named him (of two, the one
        # the pronoun fits: "was he at the G7 meeting?" after Kamikawa's talks with Kuleba)
        pronouned = list(meant_by_pronoun(a.kb, q.focus.people, q.lowered)[:1])
        groups = (frozenset({("person", pronouned[0])}),)
    elif groups is not None and q.focus is not None and q.focus.people and (
            (subject := _HE_OR_SHE_DID.match(q.lowered)) or _HIM_OR_HER.search(q.lowered)):
        # "did he meet Kamikawa?" after a profile of Kulubaev: Kulubaev, and Kamikawa; "did Hayashi meet him in
        # Kyiv?" after a profile of Kuleba: Hayashi, and Kuleba (not one the question names)
        named = {i for g in groups for _, i in g} | (set() if subject else {m.id for m in query.mentions
                                                                            if m.kind == "person"})
        meant = [p for p in meant_by_pronoun(a.kb, q.focus.people, q.lowered) if p not in named]
        if meant:
            theirs = frozenset({("person", meant[0])})
            groups = (theirs, *groups) if subject else (*groups, theirs)
            pronouned = meant[:1]
    absent = a.absent_from_meeting_named(query, pronouned)
    if absent is not None:
        # "Did Dorin take part in the Ostra summit Velda held?": the meeting those words name does not have
        # him among its people (his own talks, which mention it, are another meeting)
        return Answer("not_found", False, "Not confirmed by the records", (absent,), confidence=0.0)
    either = lx.EITHER_ORDER.search(q.lowered)
    if either is not None and not q.lowered[either.end():].strip(" ?.!,"):
        # "did he see Shmyhal before or after?": before or after the one other person the conversation is about,
        # or, with no such one, not said
        return _order_of_the_other(a, q, q.lowered[:either.end()])
    if either is not None:
        # "did Kishida go to Ukraine before or after Hayashi?": each way claimed, the one the dates confirm;
        # never a "yes" to both at once
        for word in (SHORTHAND.get(w, w) for w in either.group(1).split()[::2]):
            claimed = analyse(q.lowered[:either.start()] + word + q.lowered[either.end():], a.index)
            confirmed = a.yesno.check(claimed, groups)
            if confirmed is not None and confirmed.answered and confirmed.title == "Yes":
                return replace(confirmed, kind="order", title=word.capitalize())
        checked = a.comparer.order_claim(query.raw) if not q.focus else None
    else:
        if query.dates is None and query.role is not None and q.focus is not None and q.focus.date \
                and _THEN.search(q.lowered):
            # "so was Hayashi still foreign minister by then?": then is the day the conversation is at
            day = PartialDate.parse(q.focus.date)
            query = replace(query, dates=DateFilter(day.human(), day.first_day(), day.last_day()))
        checked = _title_claimed(a, q) or _post_claimed(a, q) or a.yesno.check(query, groups) or (
            a.comparer.order_claim(query.raw) if not q.focus else None)
    discussed = _discussed(a, q) if checked is None else []
    length = _LENGTH_CLAIMED.search(q.lowered)
    if discussed and len(discussed) == 1 and length is not None:
        checked = _length_of(a, discussed[0], length)
    elif discussed:
        # "was it in Tokyo?" after an answer about a meeting (or a few, all of which must say so)
        verdicts = [a.yesno.venue_of(query, m) for m in discussed]
        if all(v is not None for v in verdicts) and len({v.title for v in verdicts if v is not None}) == 1:
            checked = verdicts[0]
    if checked is not None:
        return checked
    by_post = [next(iter(g))[1] for g in described.groups if len(g) == 1 and next(iter(g))[0] == "person"
               and next(iter(g))[1] not in {m.id for m in query.mentions}]
    pronoun_subject = q.focus is not None and bool(q.focus.people) and _HE_OR_SHE_DID.match(q.lowered) is not None
    if ordering(query) and not query.aspects and (
            len(query.entities("person")) + len(by_post[:1]) + int(pronoun_subject and either is not None) >= 2):
        # "Did A meet B only after C?": no comparison of meeting dates settled the order claimed; a record
        # may say it in words ("before his meeting with C").
        stated = a.order_stated(query)
        if stated is not None:
            return stated
        if either is not None:
            # "did A meet B before or after C?": the order a record states in words, asked one way
            one_way = re.sub(r"\s+", " ", q.lowered[:either.start()] + either.group(1).split()[0]
                             + q.lowered[either.end():])
            named = {m.id for m in query.mentions if m.kind == "person"}
            posted = [p for p in by_post if p not in named]
            if query.role is not None and len(posted) == 1:
                # "did Hayashi see the PM before or after Zelenskyy?": the one the post describes, by name
                words = one_way.split()
                span = phrase_span(ROLES[query.role], [w.strip("?,.!") for w in words])
                if span is not None:
                    start = span[0] - 1 if span[0] > 0 and words[span[0] - 1] == "the" else span[0]
                    one_way = " ".join([*words[:start], a.kb.people[posted[0]].name, *words[span[1]:]])
                    named.add(posted[0])
            # ("he met Hayashi before or after Zelenskyy?": the same, stated)
            subject = re.match(r"^\W*(?:and |so )?(?:(?:did|had|has) )?(he|she)\b", one_way)
            if subject is not None and q.focus is not None:
                # "did he meet Zelenskyy before or after Shmyhal?": "he" is the one of the conversation it can be
                # (after a list of meetings, the one person all of them have: "who did the FM meet in Kyiv?")
                listed = [set(m.participants) for i in q.focus.items
                          if (m := a.kb.meetings.get(i.removeprefix("meeting:"))) is not None]
                shared = tuple(sorted(set.intersection(*listed))) if listed else ()
                one_way = _by_name(a, one_way, subject, q.focus.people or shared, named, only_one=True)
            pronoun = re.search(r"\b(him|her)\b", one_way)
            if pronoun is not None and q.focus is not None:
                # "did Hayashi see him before or after Zelenskyy?": "him" is the one the conversation is about
                one_way = _by_name(a, one_way, pronoun, q.focus.people, named, only_one=False)
            said = a.order_stated(analyse(one_way, a.index))
            if said is not None and said.answered:
                word = SHORTHAND.get(either.group(1).split()[0], either.group(1).split()[0])
                other = SHORTHAND.get(either.group(1).split()[-1], either.group(1).split()[-1])
                held = a.kb.meetings.get(said.focus.meeting or "") if said.focus is not None else None
                # ("what did they talk about?" next: "they" are the people of the meeting whose order was said)
                focus = replace(said.focus, people=held.partner_side + held.japan_side) \
                    if held is not None and said.focus is not None else said.focus
                return replace(said, kind="order", title=(word if said.title == "Yes" else other).capitalize(),
                               focus=focus)
        if len(query.entities("person")) < 2:
            return None  # (a pronoun or a post for one of the two: the rules after read the order otherwise)
        return Answer("not_found", False, "Not confirmed by the records",
                      ("The records do not say in which order these happened.",), confidence=0.0)
    return None


def _order_of_the_other(a: Answerer, q: Asked, said: str) -> Answer:
    """"Did he see Shmyhal before or after?" after talks of Hayashi and Zelenskyy: the order against the other one
    of the conversation's people, the one who never met the person named (of two besides them, one met them:
    whom "he" means); asked back when the conversation has no such one."""
    named = {m.id for m in q.query.mentions if m.kind == "person"}
    rest = [p for p in (q.focus.people if q.focus is not None else ()) if p not in named and p in a.kb.people]

    def met_the_named(person: str) -> bool:
        # (across the table: two of one side at a visit's talks did not meet each other)
        return any(named <= set(m.partner_side) and person in m.japan_side
                   or named <= set(m.japan_side) and person in m.partner_side
                   for ref in a.index.meetings_by_entity.get(("person", person), ())
                   if (m := a.kb.meetings.get(ref)) is not None)

    others = [p for p in rest if not met_the_named(p)]
    if named and len(rest) == 2 and len(others) == 1:
        return a.answer(analyse(f"{said} {a.kb.people[others[0]].name}?", a.index), q.focus)
    return Answer("not_found", False, "Before or after what?",
                  ("The question does not say what the order is against. Name it, e.g. “… before or after "
                   "meeting the president?”",), confidence=0.0)


def _by_name(a: Answerer, text: str, pronoun: re.Match[str], people: Sequence[str], named: set[str],
             only_one: bool) -> str:
    """`text` with the pronoun found (its first group) said by the name of the person of `people` it stands for,
    other than those the question names; as it is when it stands for none (or, `only_one`, for several)."""
    meant = [p for p in meant_by_pronoun(a.kb, tuple(people), pronoun.group(1))
             if p not in named and p in a.kb.people]
    if not meant or only_one and len(meant) != 1:
        return text
    return text[:pronoun.start(1)] + a.kb.people[meant[0]].name + text[pronoun.end(1):]


#: "Did Hayashi meet anyone else in Kyiv besides Zelenskyy?": a claim that someone met another person.
_MET_ANYONE_ELSE = re.compile(r"^\W*(?:and |so )?(?:did|has|had|does) (?P<who>[\w' .-]+?) (?:also )?"
                              r"(?:meet|see|talk (?:to|with)|hold talks with|sit down with) "
                              r"(?:any|some)(?:one|body|(?: other)? (?:people|officials?|leaders?|ministers?))"
                              r"(?: else)?\b")
_THERE = re.compile(r"\bthere\b")


#: "is Kulubaev one of them?", "was Biruta among those?": someone claimed to belong to the group just discussed.
_ONE_OF_THEM = re.compile(r"^\W*(?:and |so )?(?:is|was|are|were) (?P<who>[\w'’. -]{2,40}?) (?:one of|among|part of)"
                          r" (?:them|those|these|that group|this group)\W*$")


#: "only in Kigali?", "just the generators?": a claim that the record just shown names one thing and no more.
_ONLY = re.compile(r"^\W*(?:and |so |but |ok |okay )?(?:(?:was|is|were|are) (?:it|that|they) )?(?:only|just|solely"
                   r"|exclusively) (?:in |to |at |for |the )?(?P<what>[\w' -]+?)\W*$")


def only_claimed(a: Answerer, q: Asked) -> Answer | None:
    """"only in Kigali?" after one record: no, when the record names the thing with more after it ("in Kigali and
    all four provinces"), said with the record; otherwise not told by the record, which names no such limit."""
    found = _ONLY.match(q.lowered)
    focus = q.focus
    ref = (focus.current or (focus.items[0] if len(focus.items) == 1 else None)) if focus is not None else None
    if found is None or ref is None or ref.startswith("meeting:"):
        return None
    shown = details.record(a.kb, ref)
    if shown is None:
        return None
    text = details.text_of(shown)
    what = found.group("what").strip()
    at = re.search(rf"\b{re.escape(what)}\b", text, re.IGNORECASE)
    if at is None:
        return None
    cited = (d.cite(a.kb, shown.cited),)
    if re.match(r"\s*(?:,|and\b|as well as\b|plus\b)", text[at.end():]):
        return Answer("yes_no", True, "No, not only that", (f"The record names more than {at.group(0)}:", text),
                      sources=cited, focus=focus, confidence=0.8)
    return Answer("not_found", False, "Not confirmed by the records",
                  (f"The record names {at.group(0)}, and does not say it was the only one:", text), sources=cited,
                  focus=focus, confidence=0.0)


def one_of_them(a: Answerer, q: Asked) -> Answer | None:
    """"Is Kulubaev one of them?": yes or no when the last answer listed people; otherwise the records do
    not name the group's members, so whether someone is one of them is not said (a record naming him
    elsewhere does not make him one)."""
    found = _ONE_OF_THEM.match(q.lowered)
    if found is None or q.focus is None:
        return None
    named = [m.id for m in q.query.mentions if m.kind == "person"]
    if len(named) != 1 or named[0] not in a.kb.people:
        return None
    person = a.kb.people[named[0]]
    listed = [i.removeprefix("person:") for i in q.focus.items if i.startswith("person:")]
    if listed and len(listed) == len(q.focus.items):
        names = ", ".join(a.kb.people[p].name for p in listed if p in a.kb.people)
        role = d.latest_role(person)
        return Answer("yes_no", True, "Yes" if person.id in listed else "No, not according to the records",
                      (f"The last answer named: {names}.",),
                      sources=(d.cite(a.kb, role.cited),) if role is not None and person.id in listed else (),
                      focus=q.focus, confidence=0.9)
    return Answer("not_found", False, "Not confirmed by the records",
                  (f"The records do not name them one by one, so they do not say whether {person.name} is one "
                   "of them.",), focus=q.focus, confidence=0.0)


#: "Did he go anywhere else near Kyiv?", "did Hayashi visit any other place on that trip?": other places asked for.
_WENT_ANYWHERE_ELSE = re.compile(r"^\W*(?:and |so )?(?:did|has|had|does) (?P<who>[\w' .-]+?) (?:also )?"
                                 r"(?:go|travel|visit|stop|head|get|make it) (?:to )?"
                                 r"(?:anywhere|any ?place|any other (?:place|city|town|site)s?|somewhere)(?: else)?\b")


#: "… anywhere outside Kyiv itself?", "… anywhere beyond Kyiv?": a place other than the one named after it.
_THAN_THERE = re.compile(r"^\W*(?:outside|beyond|besides|apart from|other than|except)\b")


def went_anywhere_else(a: Answerer, q: Asked) -> Answer | None:
    """"Did he go anywhere else near Kyiv?": the other places the records show on the visits of the one asked
    about that took him to the place named (or the one just discussed); no when they show none."""
    query, focus = q.query, q.focus
    found = _WENT_ANYWHERE_ELSE.match(q.lowered)
    if found is None or query.intent != "yes_no" or not _THAN_THERE.search(q.lowered[found.end():]) and (
            "else" not in q.lowered and "other" not in q.lowered):
        return None
    named = [m.id for m in sorted(query.mentions, key=lambda m: m.start) if m.kind == "person" and m.id in a.kb.people]
    places = {m.id for m in query.mentions if m.kind == "place"}
    if not places and focus is not None and focus.place is not None:
        places = {focus.place}  # "anywhere else?": than the place just discussed
    countries = [m.id for m in query.mentions if m.kind == "country" and m.id != a.index.home]
    if len(countries) == 1 and not any(a.kb.places[p].country == countries[0] for p in places if p in a.kb.places):
        # "did he visit anywhere else in Ukraine?": than the country's capital, the place a visit there is to
        capital = a.kb.countries[countries[0]].capital if countries[0] in a.kb.countries else None
        # (else, of a country without one, than every place of it: no other is then shown)
        places = {p.id for p in a.kb.places.values() if p.name == capital and p.country == countries[0]} or {
            p.id for p in a.kb.places.values() if p.country == countries[0]} or places
    if not places:
        return None  # "else" than where the question does not say
    if named:
        subject = named[0]
    elif focus is not None and focus.people:
        # "did he go …?": of those just discussed, one who travelled there (not one met at home)
        meant = meant_by_pronoun(a.kb, focus.people, q.lowered)
        subject = next((p for p in meant for t in sorted(a.kb.trips.values(), key=lambda t: t.id)
                        if p in t.travellers and places & set(t.places)), meant[0])
    else:
        return None
    # the trips and meetings of the one asked about that took them to the place, each with the places it names
    visits: list[tuple[str, PartialDate, Cited, tuple[str, ...]]] = [
        (t.title, t.date, t.cited, t.places) for t in sorted(a.kb.trips.values(), key=lambda t: (t.date, t.id))
        if subject in t.travellers] + [
        (m.title, m.date, m.cited, (m.place,)) for m in sorted(a.kb.meetings.values(), key=lambda m: (m.date, m.id))
        if subject in m.participants and m.place]
    visits = [v for v in visits if places & set(v[3]) and (query.dates is None or query.dates.matches(
        v[1].first_day(), v[1].last_day()))]
    if not visits:
        return None
    others: dict[str, list[tuple[str, PartialDate, Cited, tuple[str, ...]]]] = {}
    for v in visits:
        for place in v[3]:
            if place not in places and place in a.kb.places:
                others.setdefault(place, []).append(v)
    person = a.kb.people[subject]
    there = " or ".join(a.index.entity_name(("place", p)) for p in sorted(places))
    if not others:
        # (that they went nowhere else is not what the records say: not confirmed, not denied)
        return Answer("not_found", False, "Not confirmed by the records",
                      (f"The records show {person.name} only in {there}: "
                       + "; ".join(f"{title} ({date.human()})" for title, date, _, _ in visits) + ".",),
                      sources=tuple(dict.fromkeys(d.cite(a.kb, v[2]) for v in visits[:2])), confidence=0.0)
    lines = tuple(f"{a.index.entity_name(('place', p))}: {'; '.join(f'{v[0]} ({v[1].human()})' for v in vs)}"
                  for p, vs in others.items())
    return Answer("yes_no", True, f"Yes, besides {there}", lines,
                  sources=tuple(dict.fromkeys(d.cite(a.kb, vs[0][2]) for vs in others.values())),
                  focus=Focus(people=(subject,), place=next(iter(others))), confidence=0.9)


def met_anyone_else(a: Answerer, q: Asked) -> Answer | None:
    """"Did Hayashi meet anyone else in Kyiv besides Zelenskyy?": whom the records show the one asked about
    meeting (there, then), apart from those the question names or, naming none, those just discussed."""
    query, focus = q.query, q.focus
    found = _MET_ANYONE_ELSE.match(q.lowered)
    if found is None or query.intent != "yes_no" or not _THAN_THERE.search(q.lowered[found.end():]) and (
            "else" not in q.lowered and "other" not in q.lowered):
        return None
    named = [m.id for m in sorted(query.mentions, key=lambda m: m.start) if m.kind == "person" and m.id in a.kb.people]
    if named:
        subject, apart = named[0], set(named[1:])
    elif focus is not None and focus.people:
        subject = meant_by_pronoun(a.kb, focus.people, q.lowered)[0]
        apart = set()
    else:
        return None
    if not apart and focus is not None:
        apart = {p for p in focus.people if p != subject}  # "anyone else?": than those just discussed
    if not apart:
        return None  # "else" than whom the question does not say
    venues = query.venues
    if _THERE.search(q.lowered) and focus is not None and focus.place is not None:
        venues = (*venues, ("place", focus.place, False))
    meetings = a.meetings.filter_meetings([{("person", subject)}], replace(query, venues=venues))
    meetings = [m for m in meetings if subject in m.participants]
    kind = PERSON_CLASS.search(q.lowered)  # "any other leaders": heads of state or government only
    others: dict[str, list[Meeting]] = {}
    for m in sorted(meetings, key=lambda m: (m.date, m.id)):
        for p in m.participants:
            if p != subject and p not in apart and p in a.kb.people and (
                    kind is None or of_class(a.kb.people[p], kind.group(1))):
                others.setdefault(p, []).append(m)
    person = a.kb.people[subject]
    noun = kind.group(1).removesuffix("s") if kind is not None else "person"
    kept = ", ".join(a.kb.people[p].name for p in sorted(apart) if p in a.kb.people)
    if not others:
        seen = sorted({a.kb.people[p].name for m in meetings for p in m.participants if p != subject
                       and p in a.kb.people})
        return Answer("not_found", False, "Not in the records",
                      (f"The records name no other {noun} {person.name} met there besides {kept}."
                       if meetings else f"The records show no meeting of {person.name} there.",
                       *([f"They show {person.name} meeting: {', '.join(seen)}."] if seen else [])),
                      sources=tuple(d.cite(a.kb, m.cited) for m in meetings[:2]),
                      suggestions=(f"/who {person.name}",), confidence=0.0)
    lines = tuple(f"{d.person_label(a.kb, p)}: {'; '.join(f'{m.title} ({m.date.human()})' for m in ms)}"
                  for p, ms in others.items())
    return Answer("yes_no", True, f"Yes, besides {kept}", lines,
                  sources=tuple(dict.fromkeys(d.cite(a.kb, ms[0].cited) for ms in others.values())),
                  focus=Focus(people=(subject, *others), items=tuple(f"person:{p}" for p in others)),
                  confidence=0.9)


#: Nouns of a person that a claim may give a country ("a Zemblan banker", "Zembla's trade minister").
_PERSON_NOUNS = lx.TITLE_WORDS | lx.PERSON_ASKED | frozenset("""banker politician national citizen economist
    businessman businesswoman officer head chief""".split())
_COPULA = frozenset("is was are were".split())
_ARTICLES = frozenset("a an the".split())


#: "Is MIIT the Ministry of Investments and Foreign Trade?", "does JDS stand for …?", "OVOP is short for …, right?":
#: a short name claimed to be another name.
_NAME_CLAIMED = re.compile(
    r"^\W*(?:so )?(?:(?:is|was) (?P<a>[\w'’.&@-]+(?: [\w'’.&@-]+)?) (?P<how>(?:the |an? )?(?:(?:short|abbreviation"
    r"|acronym|name) (?:for|of) |same as )?)|(?:does|did) (?P<b>[\w'’.&@-]+(?: [\w'’.&@-]+)?) (?P<stand>stand) for "
    r"|(?P<c>[\w'’.&@-]+(?: [\w'’.&@-]+)?) (?:(?:is|was) (?P<how2>(?:the |an? )?(?:(?:short|abbreviation|acronym|name)"
    r" (?:for|of) |same as )?)|(?P<stands>stands) for ))(?:the )?(?P<rest>[^?,]+?)"
    r"(?:,? (?:right|correct|true|yes|isn['’]?t it|is that right|is that correct|no))?\W*$")
#: Words that make a name claimed a question of the name instead.
_ASKING = frozenset("what which who whom how where when why".split())
#: How close a long name claimed must be to the record's to be the same name said with slips.
_SAME_NAME = 85


def name_claimed(a: Answerer, q: Asked) -> Answer | None:
    """"Is MIIT the Uzbek Ministry of Foreign Affairs?": a short name claimed to be another name. Yes when the
    other name is the same thing's, no (with what it is) when it is another thing's; when the other name is of
    nothing the records hold, it is judged against the thing's own long name only if the claim is of what the
    short name stands for. None unless the claim has that shape and its first name is one thing's alone."""
    found = _NAME_CLAIMED.match(q.lowered)
    if found is None:
        return None
    short = found.group("a") or found.group("b") or found.group("c") or ""
    named = [m for m in analyse(short, a.index).mentions if m.kind == "term"]
    if len(named) != 1 or named[0].id not in a.kb.terms:
        return None
    term = a.kb.terms[named[0].id]
    rest = found.group("rest")
    said = analyse(rest, a.index)
    if _ASKING.intersection(said.words):
        return None  # "OVOP stands for what?": a question of the name, not a claim of one
    others = sorted({m.id for m in said.mentions if m.kind == "term" and m.id in a.kb.terms
                     and m.end - m.start >= max(1, len(said.words) - 2)})
    spelled = bool(found.group("stand") or found.group("stands") or (found.group("how") or found.group("how2") or "")
                   .strip() not in ("", "the", "a", "an"))
    if others:
        same = term.id in others
    elif spelled:
        longs = [f for f in (term.name, *term.aliases) if len(tokens(f)) > 1]
        same = any(fuzz.token_sort_ratio(fold(re.sub(r"\([^)]*\)", " ", f)).lower(), rest) >= _SAME_NAME
                   for f in longs)
        if not longs:
            return None
    else:
        return None
    if same:
        return Answer("yes_no", True, "Yes", (f"{term.name}: {term.definition}",),
                      sources=(d.cite(a.kb, term.cited),), confidence=0.9,
                      focus=Focus(topic=term.id, intent="define"))
    other = [a.kb.terms[x] for x in others if x != term.id]
    return Answer("yes_no", True, "No, not according to the records",
                  (f"{term.name}: {term.definition}",
                   *(f"{x.name} is another: {x.definition}" for x in other[:1])),
                  sources=(d.cite(a.kb, term.cited), *(d.cite(a.kb, x.cited) for x in other[:1])), confidence=0.8,
                  focus=Focus(topic=term.id, intent="define"))


def nationality_claimed(a: Answerer, q: Asked) -> Answer | None:
    """"Was Hattori a Zemblan banker?", "Kozuki is Zembla's trade minister, right?": a person claimed to be of
    a country the records give neither as theirs nor as that of a post of theirs the claim's words fit ("was
    Hattori Zembla's central bank governor?" is a post of his there). None unless the claim has that shape."""
    query = q.query
    people = [m for m in query.mentions if m.kind == "person"]
    if query.intent != "yes_no" or len(people) != 1 or people[0].id not in a.kb.people:
        return None
    person, named = a.kb.people[people[0].id], people[0]
    words = query.words
    for m in query.mentions:
        if m.kind != "country" or m.id == person.country or m.start < named.end or m.id not in a.kb.countries:
            continue
        between = words[named.end:m.start]
        # "<person> is a <country> <noun>" or "was <person> a <country> <noun>"
        copula_before = named.start > 0 and words[named.start - 1] in _COPULA and all(w in _ARTICLES for w in between)
        copula_after = bool(between) and between[0] in _COPULA and all(w in _ARTICLES for w in between[1:])
        noun = next((j for j in range(m.end, min(m.end + 3, len(words))) if words[j] in _PERSON_NOUNS), None)
        if not (copula_before or copula_after) or noun is None:
            continue
        claimed = {stem(w) for w in words[m.end:noun + 1]}
        if any(r.country == m.id and claimed & {stem(w) for w in tokens(r.title)} - {stem("minister")}
               for r in person.roles):
            return None  # a post of theirs in that country, as the claim names it
        own = a.kb.countries.get(person.country)
        held = "; ".join(dict.fromkeys(r.title for r in person.roles)) or (person.description or "")
        return Answer("yes_no", True, "No, not according to the records",
                      (f"The records give {person.name} as "
                       + (f"{own.demonyms[0]}, of {own.name}" if own and own.demonyms else f"of {person.country}")
                       + (f" ({held})." if held else "."),),
                      sources=(d.cite(a.kb, person.cited),), confidence=0.8,
                      focus=Focus(people=(person.id,)))
    return None


#: The words that put a meeting on the occasion of a gathering ("during the G7 meeting", "at the G20", "on the
#: sidelines of the UN General Assembly"), ending where the gathering's name begins.
_ON_OCCASION_OF = re.compile(r"\b(?:during|at|amid|(?:on|at) the (?:sidelines|margins|occasion) of|as part of|"
                             r"in the (?:course|framework) of)(?: the| a| an)?(?: \d{4})?$")
#: A claim about the meeting the conversation is at ("was it during …?", "and that was at …?").
_IT_POINTED = re.compile(r"\b(?:it|that|this|they|the (?:meeting|talks)|that meeting|those talks)\b")


def _same_gathering(one: Term, other: Term) -> bool:
    """Whether two terms name one gathering: the same record, or a name of one inside a name of the other ("G20"
    and "G20 Summit in Bali")."""
    if one.id == other.id:
        return True
    pairs = [(a, b) for a in term_forms(one) for b in term_forms(other)]
    pairs += [(b, a) for a, b in pairs]
    return any(short == long[i:i + len(short)] for short, long in pairs for i in range(len(long) - len(short) + 1))


def occasion_claimed(a: Answerer, q: Asked) -> Answer | None:
    """"Was it during the G7 meeting?", "did A meet B at the G20?": the gathering a meeting is claimed to have
    been held on the occasion of, against the one its record gives, or against the date of the gathering's own
    record; a claim of the gathering the record gives is left to the other checks."""
    query = q.query
    if query.intent != "yes_no":
        return None
    claimed = [m for m in query.mentions if m.kind == "term" and m.id in a.kb.terms
               and _ON_OCCASION_OF.search(" ".join(query.words[max(0, m.start - 6):m.start]))]
    if len(claimed) != 1:
        return None
    gathering = a.kb.terms[claimed[0].id]
    people = list(dict.fromkeys([*q.people, *_described_people(q), *_meant_by_pronoun(a, q)]))
    if len(people) >= 2:
        meetings = a.meetings.filter_meetings([{("person", i)} for i in people], replace(query, venues=()))
    elif not people and q.focus is not None and q.focus.meeting in a.kb.meetings \
            and _IT_POINTED.search(" ".join(query.words[:claimed[0].start])):
        meetings = [a.kb.meetings[q.focus.meeting or ""]]
    else:
        return None
    if len(meetings) != 1:
        return None
    m = meetings[0]
    # the gathering's own record, when it is a meeting of its own ("the G7 Foreign Ministers' meeting"): of the
    # meetings that name it, through the index (never a scan of every meeting), those titled by it
    naming = sorted((a.kb.meetings[i] for i in a.index.meetings_by_entity.get(("term", gathering.id), ())
                     if i in a.kb.meetings and i != m.id), key=lambda g: (g.date, g.id))
    own = [g for g in naming if titled_by(g, term_forms(gathering))]
    occasion = a.kb.terms.get(m.occasion or "")
    if occasion is not None:
        if _same_gathering(gathering, occasion):
            return None
        said = f"{m.title} ({m.date.human()}) was held on the occasion of {occasion.name}."
    else:
        apart = [g for g in own if g.date.last_day() < m.date.first_day() or g.date.first_day() > m.date.last_day()]
        if not own or len(apart) != len(own):
            return None
        said = f"The records date {m.title} {d.on_date(m.date)}."
    lines = [said] + [f"{g.title} was {d.on_date(g.date)}." for g in own[:2]]
    return Answer("yes_no", True, "No, not according to the records", tuple(lines),
                  sources=(d.cite(a.kb, m.cited), *(d.cite(a.kb, g.cited) for g in own[:2])),
                  focus=a.meetings.meeting_focus(m), confidence=0.8)
