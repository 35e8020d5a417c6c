"""Yes/no questions checked against the structure of the records, not only their words.

"Was the Hayashi–Kulubaev meeting held in Kyrgyzstan?" shares every name with the record of that
meeting, yet the answer is no: it was held in Japan. These checks compare what a question claims
(where a meeting was, who met whom, someone's post, how long a meeting lasted) with the record's
fields, and say no with the record when they differ. A claim the records neither confirm nor
contradict is left to the ordinary search, which abstains.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cached_property

from bot.answers import Action, Answer, Citation, Focus
from bot.engine import describe as d
from bot.engine import lexicon as lx
from bot.engine import thresholds
from bot.engine.gazetteer import Mention
from bot.engine.meetings import meeting_focus, part_of_day, term_forms, titled_by
from bot.engine.query import ROLES, Query, meeting_level_words, phrase_span, place_of_a_thing, without_time_clause
from bot.engine.text import fold, stem, tokens
from bot.engine.verify import ASKED_TO_GO, EXCLUSIVE
from bot.engine.when import DateFilter, meeting_clock
from bot.knowledge.model import KnowledgeBase, Meeting, Person, Role, Term

Group = set[tuple[str, str]]
_ABOUT_MEETING = re.compile(r"\b(meet|met|meeting|talks?|visit|visited|held|hold|take place|took place|sit down)\b")
#: The kind of term a post may be held in ("organisation": a ministry, a bank, a fund), as against an event.
_BODY_KIND = "organisation"

#: Words at most between the person and the post a claim gives them ("is Kuleba Kyrgyzstan's foreign
#: minister?", "was Hayashi then the foreign minister?").
_POST_GAP = 3
_BEFORE_AFTER = re.compile(r"\b(before|after|earlier|later)\b")
_TRAVEL = re.compile(r"\b(travel|travell?ed|go|went|gone|fly|flew|come|came|visit|visited|trip)\b")
#: Words of a claim about a meeting itself (who met whom, where, when, how long, at what time of day).
_MEETING_CLAIM_WORDS = frozenset(stem(w) for w in """meet met meeting meetings visit visited held hold travel
    travelled traveled go went fly flew come came talk talks take took place sit trip join joined attend attended
    last lasted longer shorter minutes minute hour hours morning afternoon evening night half spend spent full
    whole less more under over than run ran go went time local clock start started begin began commence
    commenced""".split())
_LOCATION_WORDS = frozenset({"in", "at"})
#: "Did Kuleba hold / chair / host the G7 meeting?": a claim of who did what one person does for a meeting.
_ONE_AGENT_CLAIM = re.compile(r"^\W*(?:did|does|has|had) [\w'’.-]+(?: [\w'’.-]+){0,2} (?:hold|host|chair|lead|head"
                              r"|steer|preside|convene|organi[sz]e)\b")
#: "both of the meetings", "all of them", "each meeting": a claim of every record it names, not of one.
_EVERY_ONE = re.compile(r"\b(?:both|all|each|every)(?: of)?(?: the| them| those| these| its| their)?"
                        r"(?: [\w’'–-]+){0,3}? (?:meetings?|talks|visits?|trips?|them|ones?|records)\b"
                        r"|\b(?:both|all) (?:took|were|happened)\b")
_LONGER = re.compile(r"\b(more|longer|over|less|shorter|under|spend|spent|last|lasted|take|took|talk|talked|meet|met"
                     r"|run|ran|go on|went on|went|go|continue|continued)"
                     r"(?: than| a full"
                     r"| a whole|"
                     r" full| whole)?(?: (?:about|around|roughly|approximately|nearly|almost|some|for|for about"
                     r"|just|like|for like))? "
                     r"(half an hour|an hour|one hour|a full hour|a whole hour|(\d+) minutes?|(\d+) hours?)\b")

#: "Is Kamikawa the FM who met Zelenskyy in Kyiv?": a claim that the one named is the one who did it.
_ONE_WHO_DID = re.compile(r"^\W*(?:so )?(?:is|was) [\w'’ .-]{2,40}? the (?:[\w'’-]+ ){0,3}?(?:one |person |official )?"
                          r"(?:who|that)\b")
#: "Was the Kyrgyz meeting about an hour long?", "a 30-minute-long meeting": a length claimed with "long".
#: A length claimed, with how it bounds the true one: groups 1 (bound), 2 (the length said), 3 (minutes), 4 (hours).
_CLAIMED_LENGTH = (r"(?:(more|over|less|under|about|around|roughly|approximately|nearly|almost|some|just|like|only)"
                   r"(?: than)? )?(half an hour|an (?:hour|hr)|one hour|a full hour|a whole hour|(\d+)[ -]minutes?"
                   r"|(\d+)[ -]hours?)")
#: "longer", "shorter": a length compared, which `_LONGER` reads only against a length claimed ("longer than 20
#: minutes").
_COMPARED_LENGTH = re.compile(r"\b(?:longer|shorter)\b")
_LONG_FOR = re.compile(rf"\b{_CLAIMED_LENGTH}[ -]long\b")
#: "Did Hayashi meet Kulubaev for about an hour?": a length claimed with "for", after whoever met.
_FOR_LENGTH = re.compile(rf"\bfor {_CLAIMED_LENGTH}\b")


def _after_location_word(query: Query, m: Mention) -> bool:
    """Whether a place is said where something was ("in Kyiv", "at the G20"), not where what was talked
    about goes on ("the situation in Ukraine")."""
    return m.start > 0 and query.words[m.start - 1] in _LOCATION_WORDS and not place_of_a_thing(query.words, m)


def ordering(query: Query) -> bool:
    """Whether a claim says in which order things happened ("only after his talks with A"), once its
    dates are read ("before 2015" is a date, not an order)."""
    return any(w in _ORDER_WORDS for w in query.words)


_ORDER_WORDS = frozenset({"before", "after", "earlier", "later", "prior", "afterwards", "beforehand", "then",
                          "followed", "preceded", "first", "second"})


#: "Was X a Rwandan?", "is Y Ukrainian?": a claim of what someone is, the predicate last.
_CLAIM_OF_BEING = re.compile(r"^\W*(?:was|is|were|are)\b")
_PLACING_WORDS = frozenset("in to at from for with by of on into inside near".split())
#: Words right before the place a journey went to ("travel to", "visited Rwanda").
_TRAVELLED_TO = frozenset("to visit visits visited visiting toured tour".split())
#: Verbs done to a country, before it: "visited Japan", "met Japan", not a nationality.
_DOING_TO = frozenset("met meet visit visits went left saw see thanked thank represent represents".split())


class YesNo:
    def __init__(self, kb: KnowledgeBase, filter_meetings: Callable[[list[Group], Query], list[Meeting]],
                 roles_of: Callable[[str], tuple[tuple[Person, Role], ...]]) -> None:
        self.kb = kb
        self.filter_meetings = filter_meetings
        #: Every (person, role) of a post, from the index (no scan of every person).
        self.roles_of = roles_of

    def check(self, query: Query, described: Sequence[frozenset[tuple[str, str]]] | None = ()) -> Answer | None:
        """An answer when the records' fields settle the question; None to leave it to the search.
        `described`: the people the question names by a post ("Ukraine's prime minister"), a group each;
        None when a description names nobody in the records (no meeting is then checked)."""
        placed = without_time_clause(query)
        settled = (self._post(query) or (self._post(placed, query.dates or self._clause_date(query, placed))
                                         if placed is not None else None)
                   or self._order(query)
                   or self._nationality(query, described or ()))
        if settled is not None or described is None or ordering(query) or EXCLUSIVE.search(query.raw.lower()):
            # A claim of order ("only after ...") or of nothing else ("only Zelenskyy") is not settled by
            # the meeting having taken place.
            return settled
        return self._meeting(query, described)

    # -- who did something first --------------------------------------------------------------------
    def _order(self, query: Query) -> Answer | None:
        """"Did Kishida visit Ukraine before Hayashi did?": the first records of each, compared."""
        compared = _BEFORE_AFTER.search(query.raw.lower())
        people = [m for m in query.mentions if m.kind == "person"]
        if compared is None or len(people) != 2:
            return None
        later_person = next((m for m in people if m.start > 0 and query.words[m.start - 1] in ("before", "after",
                                                                                                 "than")), None)
        if later_person is None:
            return None
        first_person = next(m for m in people if m is not later_person)
        word = next(i for i, w in enumerate(query.words) if w in ("before", "after", "earlier", "later", "than"))
        if not first_person.start < word < later_person.start:
            return None  # "had Japan sent them before Kamikawa met Kuleba?" compares no two people
        rest = [g for g, span in _spans(query) if span not in {(m.start, m.end) for m in people}]
        mine = self.filter_meetings([{("person", first_person.id)}, *rest], replace(query, order=None))
        theirs = self.filter_meetings([{("person", later_person.id)}, *rest], replace(query, order=None))
        if not mine or not theirs or len({m.date for m in mine}) > 1 or len({m.date for m in theirs}) > 1:
            return None  # (meetings of several dates on one side: which one is claimed is not said)
        a, b = mine[0], theirs[0]
        if a.date == b.date:
            return None  # the same day: the records do not say which came first
        before = compared.group(1) in ("before", "earlier")
        holds = a.date < b.date if before else a.date > b.date
        if a.date.first_day() <= b.date.last_day() and b.date.first_day() <= a.date.last_day() and a.date != b.date:
            return None  # dates too coarse to order ("September 2023" against "9 September 2023")
        lines = (f"{a.title}: {a.date.human()}.", f"{b.title}: {b.date.human()}.")
        return Answer("yes_no", True, "Yes" if holds else "No", lines,
                      sources=(d.cite(self.kb, a.cited), d.cite(self.kb, b.cited)), focus=meeting_focus(a),
                      confidence=0.8)

    # -- someone's post ----------------------------------------------------------------------------
    def _post(self, query: Query, dates: DateFilter | None = None) -> Answer | None:
        """"Is Kuleba Ukraine's foreign minister?", "was Hayashi still foreign minister on 20 September 2023?":
        the posts the records give the one person named; `dates`, the time the claim is of (when the
        question's time clause was taken off to read it)."""
        people = [m for m in query.mentions if m.kind == "person"]
        if len(people) != 1 or query.role is None or _ABOUT_MEETING.search(query.raw.lower()):
            return None
        span = phrase_span(ROLES[query.role], query.words)
        if span is not None and (span[1] == people[0].start or people[0].start <= span[0] < people[0].end):
            return None  # "has President Kagame been to Japan?": the post is his title, not the claim
        if span is not None and not 0 <= span[0] - people[0].end <= _POST_GAP:
            return None  # "was the Kyrgyz FM in Japan just for his talks with Hayashi?": the post is not Hayashi's
        person = self.kb.people[people[0].id]
        # Words of the claim beyond the person and the post: words of a title ("in the Asian affairs bureau")
        # must be the title's; any other ("was his Kyiv trip the first …?") makes the claim about more than
        # the post, which is left to the search.
        own = {stem(w) for w in tokens(f"{person.name} {person.given_name} {person.family_name}")}
        posted = {stem(w) for w in query.words[span[0]:span[1]]} if span else set()
        rest = [k for k in query.keywords if k not in own and k not in posted and k not in _POST_FRAME]
        office = {stem(query.words[i - 1]) for i, w in enumerate(query.words) if i and stem(w) in _OFFICE_NOUNS}
        if any(k not in self._title_stems and k not in office for k in rest):
            return None
        # "Is Kuleba Kyrgyzstan's foreign minister?": a post of the country the claim names, when it names one
        claimed = {m.id for m in query.mentions if m.kind == "country"}
        # ("was Hattori governor of the IMF?": a post of the body the claim names, which his is not)
        bodies = [t for m in query.mentions if m.kind == "term" and (t := self.kb.terms.get(m.id)) is not None
                  and t.kind == _BODY_KIND]
        held = [r for r in person.roles if lx.fits_post(query.role, r.key) and (not claimed or r.country in claimed)
                and all(k in {stem(w) for w in tokens(f"{r.title} {r.organisation or ''}")} for k in rest)
                and all(self._names_body(r, body) for body in bodies)]
        dated = self._post_then(person, held, dates or query.dates)
        if dated is not None:
            return dated
        if held:
            role = max(held, key=d.role_date)
            # (the sentence that gives the post, as the source words it)
            said = (f"The source: “{role.cited.quote}”",) if role.cited.quote else ()
            return Answer("yes_no", True, "Yes", (f"{person.name}: {role.title} ({d.as_of(role)}).", *said,
                                                  *self._other_holders(person, role)),
                          sources=(d.cite(self.kb, role.cited),), focus=Focus(people=(person.id,)), confidence=0.9)
        latest = d.latest_role(person)
        lines = (f"The records give {person.name} as {latest.title} ({d.as_of(latest)})."
                 if latest else f"The records give no such post for {person.name}.",)
        return Answer("yes_no", True, "No, not according to the records", lines,
                      sources=(d.cite(self.kb, (latest or person).cited),), focus=Focus(people=(person.id,)),
                      confidence=0.8)

    def _clause_date(self, query: Query, placed: Query) -> DateFilter | None:
        """The day of the one meeting of the people a time clause names ("… when Kamikawa met Kuleba?"), or
        None when they have none or several days."""
        kept = {m.id for m in placed.mentions}
        named = [{(m.kind, m.id)} for m in query.mentions if m.kind == "person" and m.id not in kept]
        met = self.filter_meetings(named, replace(query, dates=None)) if named else []
        days = {m.date for m in met}
        if len(days) != 1:
            return None
        day = days.pop()
        return DateFilter(f"on {day.human()}", day.first_day(), day.last_day())

    def _other_holders(self, person: Person, role: Role) -> tuple[str, ...]:
        """"Is Hayashi the foreign minister?" of a post one person holds at a time: the others the records give
        in it at other dates, each said with its date ("wasn't Kamikawa?" asks of both)."""
        if role.key not in lx.SOLE_HOLDER_POSTS or role.as_of is None:
            return ()
        latest: dict[str, tuple[Role, Person]] = {}  # (each other holder once, as the records last give them)
        for other, r in self.roles_of(role.key):
            if other.id != person.id and r.country == role.country and r.as_of is not None and r.as_of != role.as_of \
                    and (other.id not in latest or d.role_date(r) > d.role_date(latest[other.id][0])):
                latest[other.id] = (r, other)
        others = sorted(latest.values(), key=lambda pair: (d.role_date(pair[0]), pair[1].id))
        return tuple(f"{'Later' if d.role_date(r) > d.role_date(role) else 'Earlier'} in the records: {other.name}: "
                     f"{r.title} ({d.as_of(r)})." for r, other in others)

    def _post_then(self, person: Person, held: list[Role], dates: DateFilter | None) -> Answer | None:
        """A post claimed of a time ("in December 2022", "on 20 September 2023") that no record of the person
        in it falls in: "no" when the records show another in that post then (a post one person holds at a
        time), else not confirmed; "yes" with the record of it that falls in it; None when the claim names no
        such time."""
        if not held or dates is None or dates.start is None or dates.end is None or dates.any_year:
            return None
        then = [r for r in held if r.as_of is not None and dates.matches(r.as_of.first_day(), r.as_of.last_day())]
        if then:
            role = max(then, key=d.role_date)
            return Answer("yes_no", True, "Yes", (f"{person.name}: {role.title} ({d.as_of(role)}).",),
                          sources=(d.cite(self.kb, role.cited),), focus=Focus(people=(person.id,)), confidence=0.9)
        role = max(held, key=d.role_date)
        if role.as_of is None:
            return None  # a post the records do not date: no time to set against the one claimed
        others = sorted(((r, other) for other, r in self.roles_of(role.key) if other.id != person.id
                         and r.country == role.country
                         and r.as_of is not None and dates.matches(r.as_of.first_day(), r.as_of.last_day())),
                        key=lambda pair: (d.role_date(pair[0]), pair[1].id))
        recorded = f"The records give {person.name} as {role.title} {d.as_of(role)}."
        if others and role.key in lx.SOLE_HOLDER_POSTS:
            r, other = others[0]
            return Answer("yes_no", True, "No, not according to the records",
                          (f"{other.name}: {r.title} ({d.as_of(r)}).", recorded),
                          sources=(d.cite(self.kb, r.cited), d.cite(self.kb, role.cited)),
                          focus=Focus(people=(person.id, other.id)), confidence=0.8)
        return Answer("not_found", False, "Not confirmed by the records",
                      (f"{recorded} They do not say whether that was so {d.span_words(dates.label)}.",),
                      sources=(d.cite(self.kb, role.cited),), focus=Focus(people=(person.id,)), confidence=0.0)

    @staticmethod
    def _names_body(role: Role, body: Term) -> bool:  # (of a term of `_BODY_KIND`)
        """Whether a post is of the body `body`: one of its names, every word, in the post's title or organisation."""
        said = {stem(w) for w in tokens(f"{role.title} {role.organisation or ''}")}
        return any({stem(w) for w in form} <= said for form in term_forms(body))

    @cached_property
    def _title_stems(self) -> frozenset[str]:
        """Every word of the posts the records give."""
        return frozenset(stem(w) for p in self.kb.people.values() for r in p.roles
                         for w in tokens(f"{r.title} {r.organisation or ''}"))

    # -- someone's country -------------------------------------------------------------------------
    def _nationality(self, query: Query, described: Sequence[frozenset[tuple[str, str]]]) -> Answer | None:
        """"Was the first governor of Rwanda's central bank a Rwandan?", "is Kuleba Ukrainian?": the
        country the records give the one person the question is about, against the one it claims."""
        if not _CLAIM_OF_BEING.match(query.raw.lower()) or not query.mentions:
            return None
        last = query.mentions[-1]
        before = query.words[last.start - 1] if last.start > 0 else ""
        if last.kind != "country" or last.end != len(query.words) or before in _PLACING_WORDS \
                or before.endswith("ed") or before in _DOING_TO:
            # the claimed country ends the question: "... a Rwandan?", not "... in Rwanda?" nor "... visited Japan?"
            return None
        if any(m.kind != "country" and (m.start, m.end) == (last.start, last.end) for m in query.mentions):
            return None  # "... for the G20?": an organisation's name, read as its country too, claims no nationality
        people = [m.id for m in query.mentions if m.kind == "person"]
        if not people:
            people = [i for g in described if len(g) == 1 for k, i in g if k == "person"]
        if len(set(people)) != 1 or people[0] not in self.kb.people:
            return None
        person = self.kb.people[people[0]]
        if not person.country:
            return None
        actual = self.kb.countries[person.country].name if person.country in self.kb.countries else person.country
        holds = person.country == last.id
        line = (f"The records give {person.name}'s country as {actual}"
                + (f": {person.description}" if person.description else "."))
        return Answer("yes_no", True, "Yes" if holds else "No, not according to the records", (line,),
                      sources=(d.cite(self.kb, person.cited),), focus=Focus(people=(person.id,)),
                      confidence=0.8 if holds else 0.7)

    # -- where the meeting just discussed was held --------------------------------------------------
    def venue_of(self, query: Query, meeting: Meeting) -> Answer | None:
        """"Was it in Tokyo?" after an answer about a meeting: its place, against the one claimed. None
        when the claim names more than a place, or no place."""
        venues = [m for m in query.mentions if m.kind in ("place", "country") and _after_location_word(query, m)]
        others = [m for m in query.mentions if m not in venues and m.id != query.home]
        unknown = {stem(w) for name in (*query.unknown_names, *query.outside) for w in tokens(name)}
        claimed = [k for k in query.keywords if k not in unknown]
        if others or any(k not in _MEETING_CLAIM_WORDS for k in claimed):
            return None
        if not venues:
            raw = fold(query.raw).lower()
            placed = [n for n in (*query.unknown_names, *query.outside)
                      if re.search(rf"\b(?:in|at)\s+(?:the\s+)?{re.escape(fold(n).lower())}\b", raw)]
            if not placed or d.meeting_place(self.kb, meeting) is None:
                return None
            return self._no([meeting], "took place in")  # "was it in Jakarta?" of a meeting in Bali
        if all(self._held_at(meeting, v.id, v.kind) for v in venues):
            return self._yes(meeting, query)
        if meeting.place is None and meeting.country is None:
            # "was the meeting in Tashkent?" of a record that names no place: neither yes nor no
            return Answer("not_found", False, "The records do not say",
                          (f"{meeting.title} ({meeting.date.human()}): the source does not say where it took place.",),
                          sources=(d.cite(self.kb, meeting.cited),), focus=meeting_focus(meeting), confidence=0.0)
        if any(self._may_be_at(meeting, v.id, v.kind) for v in venues):
            shown = self._no([meeting], "took place in")
            return Answer("not_found", False, "The records do not say",
                          ("The records give no more precise place than this:", *shown.lines[1:]),
                          sources=shown.sources, focus=shown.focus, confidence=0.0)
        return self._no([meeting], "took place in")

    # -- where, with whom and how long a meeting was ----------------------------------------------
    def _meeting(self, query: Query, described: Sequence[frozenset[tuple[str, str]]] = ()) -> Answer | None:
        long_for = _LONG_FOR.search(query.raw.lower()) or _FOR_LENGTH.search(query.raw.lower())
        if not _ABOUT_MEETING.search(query.raw.lower()) and not _LONGER.search(query.raw.lower()) and not long_for:
            return None
        level = meeting_level_words(query)  # ("the Kyrgyz FM meeting": its post words name the meeting)
        if any(k not in _MEETING_CLAIM_WORDS and k not in level and not (long_for and k == "long")
               for k in query.keywords):
            return None  # "had Japan sent generators before Kamikawa met Kuleba?" claims more than a meeting
        if lx.TALKED_ABOUT.search(query.raw.lower()):
            return None  # "did Ukraine come up in the Kyrgyz talks?" claims what was said, not who met
        if ASKED_TO_GO.search(" ".join(query.words)):
            return None  # "did A invite B to visit Kyiv?" claims an invitation, not where a meeting took place
        if _ONE_AGENT_CLAIM.match(query.raw.lower()):
            return None  # "did Kuleba hold the G7 meeting?" claims who held it, not that a meeting took place
        cleft = lx.CLEFT.match(query.raw.lower())
        if cleft is not None and not re.match(r"(?:met|meet|visited|visit|went|came|travell?ed)\b",
                                              query.raw.lower()[cleft.end():]) \
                and not any(query.raw.lower()[cleft.end():].startswith(" ".join(query.words[m.start:m.end]))
                            for m in query.mentions):
            return None  # "was it Kuleba who held the G7 meeting?" claims who did it, which the records say
        # "held in Kyrgyzstan", "at the G20"; "travel to Japan" names where a visitor went.
        travel = _TRAVEL.search(query.raw.lower()) is not None
        # ("visited Rwanda": the place visited is where the visitor went, as "travel to Rwanda" is)
        venues = [m for m in query.mentions if m.kind in ("place", "country") and m.start > 0
                  and (_after_location_word(query, m)
                       or travel and query.words[m.start - 1] in _TRAVELLED_TO)]
        venue_spans = {(m.start, m.end) for m in venues}
        groups = self._described_instead([g for g, span in _spans(query) if span not in venue_spans], described)
        longer = _LONGER.search(query.raw.lower()) or long_for
        if longer is None and _COMPARED_LENGTH.search(query.raw.lower()):
            # "was the A–B meeting longer (than both)?": a length compared with no length claimed is not settled by
            # the meeting having taken place
            return None
        part_claimed = bool(groups) and lx.PART_OF_DAY.search(query.raw.lower()) is not None
        if not venues and len(groups) < 2 and not longer and not part_claimed:
            return None
        # The claim's venue is checked below against each meeting, not used to select them.
        found = self.filter_meetings(groups, replace(query, venues=())) if groups else []
        terms = {i for g in groups for kind, i in g if kind == "term" and len(g) == 1 and i in self.kb.terms}
        undated = self.filter_meetings(groups, replace(query, venues=(), dates=None)) if terms else []
        titled = [m for m in undated if all(
            m.occasion == t or fold(self.kb.terms[t].name).lower() in fold(m.title).lower() for t in terms)]
        if titled:
            # "the g7 FMs met in NY on 20 September?": the gathering of the G7, whose title names it, not talks that
            # mentioned it (on another day)
            found = [m for m in found if m in titled]
            if not found and query.dates is not None and all(
                    not query.dates.matches(m.date.first_day(), m.date.last_day()) for m in titled):
                return self._no(titled, "took place in")
        if found:
            # a journey of one person (to a place, during a trip to a country), not a meeting of two
            journey = travel and sum(all(k == "person" for k, _ in g) for g in groups) == 1
            fitting = [m for m in found if all(self._held_at(m, v.id, v.kind, journey) for v in venues)]
            if not fitting:
                unplaced = [m for m in found if m.place is None and m.country is None]
                if unplaced:
                    # "Was the business forum held in Tashkent?" of a record that names no place: neither
                    # yes nor no
                    return Answer("not_found", False, "The records do not say",
                                  tuple(f"{m.title} ({m.date.human()}): the source does not say where it took place."
                                        for m in unplaced[:3]),
                                  sources=tuple(d.cite(self.kb, m.cited) for m in unplaced[:3]),
                                  focus=meeting_focus(unplaced[0]), confidence=0.0)
                vague = [m for m in found if any(self._may_be_at(m, v.id, v.kind) for v in venues)]
                if vague:
                    # "in Tokyo?" of a meeting the records place only "in Japan": neither yes nor no.
                    shown = self._no(vague, "took place in")
                    return Answer("not_found", False, "The records do not say",
                                  ("The records give no more precise place than this:", *shown.lines[1:]),
                                  sources=shown.sources, focus=shown.focus, confidence=0.0)
                if journey:
                    # "has Kishida visited Rwanda?": a meeting of his elsewhere is no proof he never went there;
                    # the rules of journeys decide
                    return None
                return self._no(found, "took place in")
            if len(fitting) < len(found) and _EVERY_ONE.search(query.raw.lower()):
                # "did both of the September meetings take place in Ukraine?": a claim of each of them, which
                # one held elsewhere denies
                return self._no([m for m in found if m not in fitting], "took place in")
            places = {m.id for m in query.mentions if m.kind == "place"}
            # the record of that very place first (a trip that went there)
            # (then the record of the gathering a term names, by its title: "held a G7 meeting?" is of the G7
            # meeting, not of talks that mention it)
            forms = [f for m in query.mentions if m.kind == "term" and m.id in self.kb.terms
                     for f in term_forms(self.kb.terms[m.id])]
            fitting.sort(key=lambda m: (m.place not in places and not (
                journey and m.id in self.kb.trips and places & set(self.kb.trips[m.id].places)),
                bool(forms) and not titled_by(m, forms)))
            if longer:
                return self._duration(fitting[0], longer)
            part = lx.PART_OF_DAY.search(query.raw.lower())
            if part:
                return self.time_of_day_claim(fitting[0], part.group(1), query.home if query.japan_time else "")
            return self._yes(fitting[0], query)
        silent = self._silent(groups, query)
        if silent is not None:
            return silent
        # Nobody met as claimed: meetings with all but one of the names show what did happen.
        near: list[Meeting] = []
        for i in range(len(groups)):
            rest = groups[:i] + groups[i + 1:]
            if rest:
                # Only a record that names who took part can show someone did not (a visit whose
                # participants are unknown neither confirms nor denies a meeting).
                near += [m for m in self.filter_meetings(rest, replace(query, venues=()))
                         if m.partner_side_stated and m.partner_side
                         and all(self._held_at(m, v.id, v.kind) for v in venues) and m not in near]
        if not near or len(groups) < 2 or _BEFORE_AFTER.search(query.raw.lower()):
            return None
        # The records hold no such meeting, which does not show it never happened: no "no", but what
        # the records do show.
        shown = self._no(near, "took place in")
        if lx.CLEFT.match(query.raw.lower()) or _ONE_WHO_DID.match(query.raw.lower()):
            # "Was it Kamikawa who visited Kyiv?", "is Kamikawa the FM who met Zelenskyy in Kyiv?" say one person
            # did: the records show who did instead
            return shown
        # ("did kamikawa meet zelensky?" → "who did she meet at the UN?": she is the one claimed, first)
        claimed = tuple(m.id for m in query.mentions if m.kind == "person")
        # ("did he meet hayashi in kyiv?" → "which minister did he meet, then?": he is still the one asked of)
        # (the one a pronoun stood for: what is described, with no post said, is the pronoun's person)
        asked_of = tuple(i for holders in described if len(holders) == 1 and query.role is None
                         for k, i in holders if k == "person") \
            or ((query.subject,) if query.subject is not None else ())
        # ("did he meet Hayashi in Kyiv?", "did Hayashi meet him in Kyiv?": the one a pronoun meant, first)
        by_pronoun = bool(asked_of) and lx.PERSON_PRONOUN.search(query.raw.lower()) is not None
        if by_pronoun:
            claimed = (*asked_of, *claimed)
        focus = replace(shown.focus, people=tuple(dict.fromkeys((*claimed, *shown.focus.people)))) \
            if shown.focus is not None else None
        if focus is not None and by_pronoun and shown.focus is not None and asked_of[0] not in shown.focus.people:
            # (the meetings shown are of others: no "it" of theirs for the next question about him)
            focus = replace(focus, meeting=None, place=None, date=None, recent=())
        return Answer("not_found", False, "Not in the records",
                      ("The records hold no such meeting. They show:", *shown.lines[1:]),
                      sources=shown.sources, focus=focus, confidence=0.0)

    def _described_instead(self, groups: list[set[tuple[str, str]]],
                           described: Sequence[frozenset[tuple[str, str]]]) -> list[set[tuple[str, str]]]:
        """"Did Hayashi meet Ukraine's prime minister?": the holders of the post, not every meeting with
        the country that qualifies it."""
        for holders in described:
            countries = {self.kb.people[i].country for k, i in holders if k == "person" and i in self.kb.people}
            groups = [g for g in groups if not (g and all(k == "country" and i in countries for k, i in g))]
            groups.append(set(holders))
        return groups

    def _silent(self, groups: list[set[tuple[str, str]]], query: Query) -> Answer | None:
        """"Did Kishida meet Zelenskyy?" when Kishida's visit to Ukraine does not say whom he met: no answer."""
        people = [e[1] for g in groups for e in sorted(g) if e[0] == "person" and e[1] in self.kb.people]
        for person in people:
            countries = {self.kb.people[other].country for other in people if other != person}
            for m in self.filter_meetings([{("person", person)}], query):
                if not m.partner_side_stated and countries & set(m.countries):
                    name = self.kb.people[person].name
                    return Answer("not_found", False, "The records do not say",
                                  (f"{m.title} ({m.date.human()}): the source does not say whom {name} met.",),
                                  sources=(d.cite(self.kb, m.cited),), focus=meeting_focus(m), confidence=0.0)
        return None

    def time_of_day_claim(self, m: Meeting, asked: str, home_country: str = "") -> Answer:
        """"Was it held in the morning?": the recorded clock time, or the source's words for it; "… in the
        morning, Japan time?" (`home_country` given), the time the source gives on Japan's clock for a meeting
        held elsewhere."""
        away = bool(home_country) and m.country != home_country
        home = meeting_clock(m, True) if away else None
        if away and home is None:
            return Answer("not_found", False, m.title, ("The source does not give the time in Japan.",),
                          sources=(d.cite(self.kb, m.cited),), focus=meeting_focus(m), confidence=0.0)
        known = part_of_day(replace(m, local_time=home)) if home is not None else part_of_day(m)
        if known is None:
            return Answer("not_found", False, m.title, ("The source does not state the time of day.",),
                          sources=(d.cite(self.kb, m.cited),), focus=meeting_focus(m), confidence=0.0)
        when = f"{home} in Japan ({m.time_note})" if home is not None else m.local_time or m.time_note
        return Answer("yes_no", True, "Yes" if known == asked else "No",
                      (f"{m.title}: {when} ({known}).",), sources=(d.cite(self.kb, m.cited),), focus=meeting_focus(m),
                      confidence=0.9)

    def _held_at(self, m: Meeting, venue: str, kind: str, journey: bool = False) -> bool:
        trip = self.kb.trips.get(m.id) if journey else None
        if kind == "place" and trip is not None and venue in trip.places:
            # "did Hayashi visit Bucha?": a place the trip went to ("Kyiv and the Bucha memorial"); not where he
            # met someone
            return True
        if kind == "place":
            return m.place == venue
        place_country = self.kb.places[m.place].country if m.place in self.kb.places else None
        return venue in (m.country, place_country)

    def _may_be_at(self, m: Meeting, venue: str, kind: str) -> bool:
        """Whether a place claimed lies in the country that is all the record says of where it was."""
        if kind != "place" or m.place in self.kb.places or venue not in self.kb.places:
            return False
        return self.kb.places[venue].country == m.country

    def _yes(self, m: Meeting, query: Query) -> Answer:
        where = d.meeting_place(self.kb, m)
        line = f"{m.title} ({m.date.human()})" + (f", in {where}" if where else "") + f": {m.summary}"
        if query.japan_time and m.time_note:
            # ("on the 21st, Japan time?": the source's own words of the day and time in Japan)
            line = f"{line}\nTime: {m.time_note}"
        places = [x.id for x in query.mentions if x.kind == "place"]
        focus = meeting_focus(m) if not places else replace(meeting_focus(m), place=places[0])
        return Answer("yes_no", True, "Yes", (line,), sources=(d.cite(self.kb, m.cited),), focus=focus,
                      actions=(Action("Details", f"/meeting {m.id}"),), confidence=0.9)

    def _no(self, meetings: list[Meeting], verb: str) -> Answer:
        lines = []
        for m in meetings[:3]:
            where = d.meeting_place(self.kb, m) or "a place the source does not name"
            people = ", ".join(d.person_label(self.kb, p, with_role=False) for p in m.participants)
            lines.append(f"{m.title} {verb} {where} {d.on_date(m.date)}" + (f" ({people})." if people else "."))
        sources: tuple[Citation, ...] = tuple(d.cite(self.kb, m.cited) for m in meetings[:3])
        return Answer("yes_no", True, "No, not according to the records", ("The records show:", *lines),
                      sources=sources, focus=meeting_focus(meetings[0]), confidence=0.8)

    def _duration(self, m: Meeting, asked: re.Match[str]) -> Answer:
        if not m.duration_minutes:
            return Answer("not_found", False, m.title, ("The source does not state how long it lasted.",),
                          sources=(d.cite(self.kb, m.cited),), focus=meeting_focus(m), confidence=0.0)
        limit = (int(asked.group(3)) if asked.group(3) else 60 * int(asked.group(4)) if asked.group(4)
                 else 30 if asked.group(2) == "half an hour" else 60)
        if asked.group(1) in ("more", "longer", "over"):
            holds = m.duration_minutes > limit
        elif asked.group(1) in ("less", "shorter", "under"):
            holds = m.duration_minutes < limit
        else:  # "did he spend a full hour with him?": as long as claimed ("about half an hour" is not 25 minutes)
            holds = abs(m.duration_minutes - limit) <= thresholds.CLAIMED_LENGTH_SLACK
        return Answer("yes_no", True, "Yes" if holds else "No",
                      (f"{m.title} lasted about {m.duration_minutes} minutes ({m.date.human()}).",),
                      sources=(d.cite(self.kb, m.cited),), focus=meeting_focus(m), confidence=0.9)


#: Nouns of an office, the word before which names which one ("the Asian affairs bureau").
_OFFICE_NOUNS = frozenset(stem(w) for w in "affairs bureau department division ministry".split())
#: Words of a claim about a post that say nothing of which post ("is X still serving as …?").
_POST_FRAME = frozenset(stem(w) for w in "serve serving served still currently now hold holds held post job role "
                        "position title office at the time".split())


def _spans(query: Query) -> list[tuple[Group, tuple[int, int]]]:
    groups: dict[tuple[int, int], Group] = {}
    for m in query.mentions:
        if (m.kind, m.id) != ("country", query.home) or m.start > 0 and query.words[m.start - 1] in _LOCATION_WORDS:
            groups.setdefault((m.start, m.end), set()).add((m.kind, m.id))
    return [(g, span) for span, g in groups.items()]




