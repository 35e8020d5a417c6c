"""Questions about people: who holds a post (then, before or after someone), who took part, which
posts people held, how many people, and who of a country did something."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers import Answer, Focus
from bot.engine import asked as asked_words
from bot.engine import describe as d
from bot.engine import lexicon as lx
from bot.engine import thresholds
from bot.engine.described import attached_countries
from bot.engine.events import TRAVEL, asks, events_asked
from bot.engine.followups import called_otherwise, meant_by_pronoun
from bot.engine.handlers.statements import SAYING_KINDS, name_forms, says
from bot.engine.index import Passage
from bot.engine.meetings import asked_post, gathering_named, term_forms, titled_by
from bot.engine.profiles import holds_within
from bot.engine.query import ROLE_PATTERNS, ROLES, SYNONYMS, Query, analyse, from_countries, phrase_span, role_words
from bot.engine.references import POINTS_BACK
from bot.engine.rules import Asked
from bot.engine.text import STOPWORDS, content_stems, fold, stem, tokens
from bot.engine.yesno import ordering
from bot.knowledge.model import Meeting, Person, Role

if TYPE_CHECKING:
    from bot.engine.answering import Answerer

_HOLDER_INTENTS = frozenset({"define", "who", "about", "general"})
#: "What's the PM's name?": asks who holds the post, as "who is the PM?" does.
_NAME = "name"
#: "Who is the PM?", "what's the PM's name?", "name of the PM?": who holds a post, asked and nothing else.
_WHO_HOLDS = re.compile(r"^\W*(?:and |so |ok )?(?:who(?:'s|’s| is| was)"
                        r"|(?:what(?:'s|’s| is| was)?|whats) the [\w' -]*name\b"
                        r"|(?:what(?:'s|’s| is| was)?|whats) the name of\b|(?:the )?name of the\b)")
#: "heads of state or government": one head shared by two posts.
_AUXILIARY = re.compile(r"\b(?:did|do|does|have|has|had|was|were|are|is|met)\b")
#: A question pointing back at who was just answered ("which prime minister was that?").
_POINTER = re.compile(r"\b(that|this|he|she|him|her)\W*$|\b(?:that|this) (?:one|meeting|visit|trip|talks)\W*$")
#: A meeting the question reports: who took part, not who holds a post.
#: "Which country's foreign minister …": the country is what is asked, not known.
_WHOSE_COUNTRY = re.compile(r"\b(?:which|what|wat) (?:country|nation)(?:'s|’s|s'|s)? ")
_MET = re.compile(r"\b(met|meet|meets|hosted|received|talked|held talks|(?:sit|sat|sits|sitting) down with)\b")
_SHARED_HEAD = re.compile(r"\b(heads?) of (\w+) (or|and) (\w+)\b")


#: Words that make a post another, lower one than the title without them ("Deputy Minister").
_RANK_WORDS = frozenset(stem(w) for w in "deputy vice assistant acting state parliamentary junior former".split())


def by_title(a: Answerer, q: Asked) -> Answer | None:
    """"What is the name of Rwanda's Minister of Foreign Affairs and Cooperation …?": the one person of
    the country named whose post is written with every word of the title asked."""
    found = lx.NAME_OF.match(q.query.raw)
    if found is None:
        return None
    named = {m.id for m in q.query.mentions if m.kind == "country"}
    # (the home country only when it is the one named: "Japan's Minister of …")
    countries = named - {a.index.home} or named
    names = [n for c in countries for n in (c, a.index.entity_name(("country", c)))]
    wanted = set(content_stems(found.group("title"))) - {s for n in names for s in content_stems(n)}
    if len(wanted) < 3 or len(countries) != 1:
        return None  # a short title ("the minister") is a role the parse reads already
    # ("Uzbekistan's Minister of Foreign Affairs" is not its Deputy Minister: a word of rank the question does not
    # say makes another post)
    held_by = [(p, r) for p in sorted(a.kb.people.values(), key=lambda p: p.id) if p.country in countries
               for r in p.roles if wanted <= set(content_stems(r.title))]
    fits = sorted({p.id for p, r in held_by if not set(content_stems(r.title)) & _RANK_WORDS - wanted})
    if len(fits) == 1:
        return a.profiles.entity_profile(("person", fits[0]), q.query)
    ranked = sorted({(p.name, r.title) for p, r in held_by})
    if fits or not ranked:
        return None
    # "Who is Japan's Minister of Economy, Trade and Industry?" of records that name only its State Minister
    country = a.index.entity_name(("country", min(countries)))
    return Answer("not_found", False, "Not in the records",
                  (f"The records name no one of {country} with that post; they name: "
                   + "; ".join(f"{name} ({post})" for name, post in ranked) + ".",), confidence=0.0)


def holder_at_event(a: Answerer, q: Asked) -> Answer | None:
    """"Which prime minister was in office when Japan opened its embassy in Kigali?": the post's holders
    at the date of the event the clause describes."""
    in_office = lx.IN_OFFICE_WHEN.search(q.lowered) or (
        lx.HOLDER_WHEN.match(q.lowered) if q.query.intent == "who" else None)
    if not q.query.role or in_office is None or _WHOSE_COUNTRY.search(q.lowered):
        return None  # ("which country's foreign minister was visiting Japan when …?": the country asked)
    # "Who was Japan's prime minister when Hayashi visited Kyiv?": the people named are the event's
    clause_start = len(q.lowered[:in_office.start(2)].split())
    if any(m.kind == "person" and m.start < clause_start for m in q.query.mentions):
        return None
    span = phrase_span(ROLES[q.query.role], q.query.words)
    if span is not None and span[0] >= clause_start:
        return None  # "which ministers were in the room when the Rwandan leader met …?": a post of the event, not asked
    return a.holder_at_event(q.query, in_office.group(2))


#: "Name every Japanese minister mentioned", "which Ugandan ministers appear in the records?": every minister of
#: a country the records name, whatever the post.
_MINISTERS_NAMED = re.compile(r"^\W*(?:and )?(?:which|what|name|list|who are|who were|give me)(?: (?:every|all|all of"
                              r"|each|the|of the))* (?P<who>[a-z]+) (?P<posts>(?:[a-z]+ ){0,2}?ministers?"
                              r"(?:,? (?:and|or) (?:[a-z]+ ){0,2}?ministers?)*)\b(?! (?:of|for|with)\b)")


#: The only words after "which Japanese ministers" of a question asking who the records name ("mentioned
#: anywhere - PM, foreign ministers"), not who did something.
_NAMING = frozenset("""mentioned named listed cited recorded featured quoted referenced appear appears appearing
    are were is there in the these those records record documents document files file articles article texts text
    reports report stories story sources anywhere all of any and or pm pms prime foreign state finance deputy minister
    ministers knowledge base you have know do does""".split())


def ministers_named(a: Answerer, q: Asked) -> Answer | None:
    """"Name every Japanese minister mentioned anywhere": the people of the country named holding any
    ministerial post in the records (a prime minister among them), each with the post and its date."""
    found = _MINISTERS_NAMED.match(q.lowered)
    if found is None or q.people or lx.ROLE_CLASS.match(q.lowered) or q.query.dates is not None \
            or any(w not in _NAMING for w in re.findall(r"[a-z]+", q.lowered[found.end():])):
        return None  # "which Japanese ministers travelled to Rwanda?", "... sat in on it?" ask who did something
    countries = {m.id for m in analyse(found.group("who"), a.index).mentions if m.kind == "country"}
    if len(countries) != 1:
        return None
    country = min(countries)
    # "prime ministers and foreign ministers": those posts; "ministers", "cabinet ministers": every one
    keys = lx.posts_named({key for key, pattern in ROLE_PATTERNS if pattern.search(found.group("posts"))})
    latest: dict[str, tuple[Person, Role]] = {}
    for key in a.index.role_keys:
        if key.endswith("minister") and (not keys or key in keys):
            for person, role in a.index.roles_of(key):
                if person.country == country and role.country == country and (
                        person.id not in latest or d.role_date(role) > d.role_date(latest[person.id][1])):
                    latest[person.id] = (person, role)
    held = sorted(latest.values(), key=lambda pr: pr[0].name)
    if not held:
        return None
    lines = tuple(f"{p.name}: {d.role_name(r)} ({d.as_of(r)})" for p, r in held)
    return Answer("people", True, f"{len(held)} {'minister' if len(held) == 1 else 'ministers'} of "
                  f"{a.index.entity_name(('country', country))} in the records", lines,
                  sources=tuple(d.cite(a.kb, r.cited) for _, r in held[:3]),
                  focus=Focus(people=tuple(p.id for p, _ in held), items=tuple(f"person:{p.id}" for p, _ in held)),
                  confidence=0.9)


def holders_counted(a: Answerer, q: Asked) -> Answer | None:
    """"How many different Japanese foreign ministers appear?", "name all the Japanese foreign ministers in
    the records": the people who held the post, counted and listed."""
    if not q.query.role or q.people or not (lx.HOW_MANY_HOLDERS.search(q.lowered) or (
            lx.ALL_HOLDERS.search(q.lowered) and not lx.ROLE_CLASS.match(q.lowered))):
        return None  # "which presidents … met Japanese officials?" asks who took part (`of_post_class`)
    span = phrase_span(ROLES[q.query.role], q.query.words)
    if span is not None and not lx.ALL_HOLDERS.search(q.lowered) and not _COUNTED_POST.search(
            " ".join(q.query.words[:span[0]])):
        return None  # "how many Rwandan ministers attended the meeting with Japan's PM?" counts other people
    met = _holders_who_met(a, q)
    return met if met is not None else a.profiles.role_holders(q.query, q.focus, count=True)


#: The words before a post that make its holders what is counted ("how many different Japanese ...").
_COUNTED_POST = re.compile(r"\b(?:how many|count the|number of)(?: (?:different|distinct|separate))?(?: [\w'-]+)?$")


def _holders_who_met(a: Answerer, q: Asked) -> Answer | None:
    """"How many Japanese foreign ministers met Ukrainian officials in September 2023?": the holders of the
    post, of the country written with it, who took part in a meeting with the other country (in the dates
    asked); None when the question names no meeting with another country."""
    query = q.query
    assert query.role is not None
    span = phrase_span(ROLES[query.role], query.words)
    found = _MET.search(q.lowered)
    if span is None or found is None or not _COUNTED_POST.search(" ".join(query.words[:span[0]])):
        return None  # "how many Ukrainian officials did Japanese foreign ministers meet?" counts the others
    tied = set(attached_countries(query, *span))
    others = {m.id for m in query.mentions if m.kind == "country" and m.id not in tied and m.id != a.index.home}
    if not tied or not others:
        return None
    dates = query.dates
    people: dict[str, list[Meeting]] = {}
    # (the meetings with one of the other countries, through the entity index, not every meeting)
    with_other = {i for c in others for i in a.index.meetings_by_entity.get(("country", c), ())}
    for m in sorted((a.kb.meetings[i] for i in with_other), key=lambda m: (m.date, m.id)):
        if not others <= set(m.countries) or dates is not None and not dates.matches(m.date.first_day(),
                                                                                     m.date.last_day()):
            continue
        for p in m.participants:
            person = a.kb.people.get(p)
            if person is not None and any(lx.fits_post(query.role, r.key) and r.country in tied for r in person.roles):
                people.setdefault(p, []).append(m)
    if not people:
        return Answer("not_found", False, "Not in the records",
                      ("The records show no holder of that post in such a meeting.",), confidence=0.0)
    lines = tuple(f"{a.kb.people[p].name}: {'; '.join(f'{m.title} ({m.date.human()})' for m in ms)}"
                  for p, ms in people.items())
    n = len(people)
    return Answer("role", True, f"{n} {'person' if n == 1 else 'people'} in the records", lines,
                  sources=tuple(d.cite(a.kb, ms[0].cited) for ms in people.values()),
                  focus=Focus(people=tuple(people), items=tuple(f"person:{p}" for p in people)), confidence=0.9)


#: "Which prime minister did Hayashi meet?", "what president has she sat down with?": a post, then who met.
_POST_MET_BY = re.compile(r"^\W*(?:and |so )?(?:(?:which|what) (?P<post>[\w' -]+?) (?:did|has|had|have) "
                          r"(?P<who>[\w' .-]+?) (?:meet|see|receive|host|talk (?:to|with)|hold talks with|sit down with"
                          r"|met|seen|received|hosted|talked (?:to|with)|held talks with|sat down with)"
                          # "who's the Ukrainian PM that Hayashi met?"
                          r"|(?:who(?:'s| is| was)|name) the (?P<post2>[\w' -]+) (?P<who2>[\w'.-]+) "
                          r"(?:met|saw|received|hosted|talked (?:to|with)|held talks with|sat down with"
                          r"|(?:has|had) (?:met|seen|received|hosted))"
                          # "did Hayashi meet a prime minister?"
                          r"|(?:did|has|had) (?P<who3>[\w'.-]+(?: [\w'.-]+)?) (?:ever |also )?(?:meet|see|met|seen"
                          r"|talk (?:to|with)|hold talks with|sit down with) (?:a|an|any|the) (?P<post3>[\w' -]+)"
                          # "was it Hayashi who met a head of state?"
                          r"|was it (?P<who4>[\w'.-]+(?: [\w'.-]+)?) (?:who|that) (?:met|saw|talked (?:to|with)"
                          r"|held talks with|sat down with) (?:a|an|any|the) (?P<post4>[\w' -]+))\b")


def post_holders_met(a: Answerer, q: Asked) -> Answer | None:
    """"Which prime minister did Hayashi meet?": the holders of the post among those the one named met (in
    the dates asked); none of them is said plainly, with whom the records show they met."""
    query = q.query
    found = _POST_MET_BY.match(q.lowered)
    if found is None or query.role is None:
        return None
    post = found.group("post") or found.group("post2") or found.group("post3") or found.group("post4")
    who = found.group("who") or found.group("who2") or found.group("who3") or found.group("who4")
    claimed = found.group("post3") is not None or found.group("post4") is not None
    if not ROLES[query.role].search(post) or re.search(r"\b(?:or|and)\b", post):
        return None  # ("which foreign ministers or leaders did he meet?": more than the one post read)
    named = [m.id for m in query.mentions if m.kind == "person" and m.id in a.kb.people]
    if not named and lx.PERSON_PRONOUN.fullmatch(who.strip()) and q.focus is not None:
        named = [p for p in meant_by_pronoun(a.kb, q.focus.people, q.lowered) if p in a.kb.people][:1]
    if len(named) != 1:
        return None
    person = a.kb.people[named[0]]
    span = phrase_span(ROLES[query.role], query.words)
    if span is not None and any(m.kind == "person" and span[0] <= m.start < span[1] and m.id in a.kb.people and any(
            lx.fits_post(query.role, r.key) for r in a.kb.people[m.id].roles) for m in query.mentions):
        return None  # "did he meet the foreign minister Kuleba?": the post is the title of the one named, who holds it
    countries = set(attached_countries(query, *span)) if span is not None else set()
    if claimed and re.search(r"\bthe\s*$", q.lowered[:found.start("post3") if found.group("post3") else
                                                found.start("post4")]) and (countries or ordering(query)):
        return None  # "did he meet the Ukrainian PM (before Zelenskyy did)?": that one, whom the claim's rules read
    dates = query.dates
    theirs = (a.kb.meetings[i] for i in a.index.meetings_by_entity.get(("person", person.id), ()))
    # ("did Kishida meet a president in Tokyo?": where the records say it was held, too)
    places = [m for m in query.mentions if m.kind == "place"]
    met = [m for m in sorted(theirs, key=lambda m: (m.date, m.id)) if person.id in m.participants
           and (dates is None or dates.matches(m.date.first_day(), m.date.last_day()))
           and all(a.meetings.held_in(m, "place", p.id) for p in places)]
    held: dict[str, list[Meeting]] = {}
    for m in met:
        for p in m.participants:
            other = a.kb.people.get(p)
            if other is not None and p != person.id and (countries or other.country != person.country) and any(
                    lx.fits_post(query.role, r.key) and (not countries or r.country in countries) for r in other.roles):
                held.setdefault(p, []).append(m)  # (one's own side's minister at the table is not one met)
    if not held and any(ROLES[query.role].search(r.title.lower()) for m in met for p in m.participants
                        if p != person.id and p in a.kb.people
                        and (countries or a.kb.people[p].country != person.country) for r in a.kb.people[p].roles):
        return None  # "the deputy foreign minister" said in words the parse missed: a post of that name was met
    if not held:
        seen = sorted({a.kb.people[p].name for m in met for p in m.participants if p != person.id and p in a.kb.people
                       and a.kb.people[p].country != person.country})
        return Answer("not_found", False, "Not in the records",
                      (f"The records show no holder of that post among those {person.name} met"
                       + "".join(f" in {a.index.entity_name(('place', p.id))}" for p in places) + ".",
                       *([f"They show {person.name} meeting: {', '.join(seen)}."] if seen else [])),
                      suggestions=(f"/who {person.name}",), confidence=0.0)
    lines = _each_with_meetings(a, held)
    title = ", ".join(a.kb.people[p].name for p in held)
    countries_asked: tuple[str, ...] = ()
    if lx.COUNTRY_OF_PEOPLE_ASKED.search(q.lowered):
        # "which country's president did Kishida meet?": the countries, with whom ("that country" next is theirs)
        countries_asked = tuple(dict.fromkeys(c for p in held if (c := a.kb.people[p].country) in a.kb.countries))
        title = ", ".join(f"{a.index.entity_name(('country', c))} ({a.kb.people[p].name})" if (
            c := a.kb.people[p].country) in a.kb.countries else a.kb.people[p].name for p in held)
    if claimed:  # "did he meet a prime minister?": yes, these
        return Answer("yes_no", True, f"Yes: {title}", lines,
                      sources=tuple(d.cite(a.kb, ms[0].cited) for ms in held.values()),
                      focus=Focus(people=(*held, person.id), items=tuple(f"person:{p}" for p in held)), confidence=0.9)
    return Answer("people", True, title, lines, sources=tuple(d.cite(a.kb, ms[0].cited) for ms in held.values()),
                  focus=Focus(people=(*held, person.id), items=tuple(f"person:{p}" for p in held),
                              countries=countries_asked), confidence=0.9)


#: Words before a post that ask for its first holder ever ("Rwanda's first president", "the founding chair").
_FIRST_EVER = frozenset({"first", "1st", "founding", "inaugural"})


#: "what did Japan's foreign minister do in September 2023?": what someone did, not who they were.
_DID_WHAT = re.compile(r"^\W*(?:and |so )?what (?:did|does|has|had|have|was|were) .+? (?:do|doing|done|up to)\b")


def holders(a: Answerer, q: Asked) -> Answer | None:
    """"Who is Ukraine's foreign minister?": the holders of the post asked, with the dates the records
    show them in it (not when the question asks about the meeting just discussed)."""
    query, focus = q.query, q.focus
    if query.intent not in _HOLDER_INTENTS or not query.role or q.people \
            or not all(k in lx.PROFILE_WORDS or k == query.asked or k == _NAME
                       # ("which two people served as Japan's foreign minister?": how many, and holding it)
                       or k in _HOW_MANY_WANTED or k in _SERVED for k in query.keywords):
        return None  # ("which officials carry the title of …?": the people asked for, and their post)
    if asks(TRAVEL, query.raw) or _BEEN_TO.search(q.lowered) or _MET.search(q.lowered) or query.entities("place"):
        return None  # "which Japanese foreign minister went to Kyiv?" asks who made the trip, not who holds the post
    if _WHOSE_COUNTRY.search(q.lowered):
        return None  # "which country's foreign minister was visiting Japan …?" asks the country, of an event
    if lx.SAID.search(q.lowered) or lx.RESPONDED.search(q.lowered) or _DID_WHAT.match(q.lowered):
        return None  # "what did the foreign minister say?", "… do in September?" ask what was said or done
    if lx.SINCE_ASKED.search(q.lowered):
        return None  # "first Japanese FM in Ukraine since what?": what a first is counted from, not who held a post
    def holds(p: str) -> bool:
        return any(lx.fits_post(query.role, r.key) for r in getattr(a.kb.people.get(p), "roles", ()))

    if focus is not None and _POINTER.search(q.lowered):
        # "Which prime minister was that?": the one just answered, when that person holds the post ("who was
        # Japan's FM for that one?": of the country said)
        said = {m.id for m in query.mentions if m.kind == "country"}
        held = [p for p in focus.people
                if holds(p) and (not said or (person := a.kb.people.get(p)) is not None and person.country in said)]
        if len(held) == 1:
            profile = a.profiles.entity_profile(("person", held[0]), query)
            if profile.focus is None or len(focus.items) < 2:
                return profile
            # (asked of one record of a list, the list stays the one "the earlier one" picks from next)
            return replace(profile, focus=replace(profile.focus, items=focus.items, current=focus.current,
                                                  listed=focus.listed, listed_question=focus.listed_question))
    if focus is not None and not any(m.kind == "country" for m in query.mentions) and _WHO_HOLDS.match(q.lowered):
        # "what did the Ukrainian PM thank Japan for?" → "what's the PM's name?": the holder just discussed
        discussed = [p for p in focus.people[:1] if holds(p)]
        if discussed:
            return a.profiles.entity_profile(("person", discussed[0]), query)
    listed = [i.split(":", 1)[1] for i in focus.items if i.startswith("person:")] if focus is not None else []
    held_listed = [p for p in listed if holds(p)]
    if len(held_listed) == 1 and not any(m.kind == "country" for m in query.mentions):
        # "Which Rwandan ministers attended?" → "what is the finance minister's title?": the one of those listed
        return a.profiles.entity_profile(("person", held_listed[0]), query)
    in_meeting = any(("meeting", focus.meeting) in g for r in q.readings for g in r) if focus else False
    if in_meeting and (query.aspects or query.keywords):
        return None
    # "which Japanese officials held the post of foreign minister?": all who did, listed
    several = bool(lx.PEOPLE_NOUNS & set(query.words[:3]))
    holding = a.profiles.role_holders(query, focus, count=several)
    span = phrase_span(ROLES[query.role], query.words)
    before = [w for w in query.words[:span[0]] if w not in lx.GENDERED] if span is not None else []
    if before and before[-1] in _FIRST_EVER and holding.answered and not any(
            _FIRST_EVER & set(tokens(r.title)) for _, r in a.index.roles_of(query.role)):
        # "Who was Rwanda's first president?": the first holder ever, which records of later holders do not tell (a
        # record whose title says "first governor" does)
        return Answer("not_found", False, "Not in the records",
                      ("The records do not say who held the post first. Who they show in it:", *holding.lines),
                      sources=holding.sources, suggestions=holding.suggestions, confidence=0.0)
    if query.intent == "about" and holding.answered and holding.focus is not None and len(holding.focus.people) == 1:
        # "tell me about Ukraine's president", "in what connections does he come up?": who holds the post,
        # then what the records hold of that person
        profile = a.profiles.entity_profile(("person", holding.focus.people[0]), query)
        return replace(profile, lines=(*holding.lines, *profile.lines), sources=(*holding.sources, *profile.sources))
    return holding


def whom_each_met(a: Answerer, q: Asked) -> Answer | None:
    """"Which Japanese foreign ministers appear, and whom did each of them meet?": every holder of the
    post (of the country named), each with the other side of every meeting of theirs."""
    query = q.query
    if not query.role or q.people or not lx.EACH_MET.search(q.lowered):
        return None
    # (the country said with the post: "Japanese foreign ministers … Ukrainian officials" asks of Japan's)
    span = phrase_span(ROLES[query.role], query.words)
    countries = set(attached_countries(query, *span)) if span is not None else set()
    countries = countries or {m.id for m in query.mentions if m.kind == "country"}
    dates = query.dates
    holders = [p for p in sorted(a.kb.people.values(), key=lambda p: p.id)
               if any(lx.fits_post(query.role, r.key) and (not countries or r.country in countries) for r in p.roles)]
    # ("… met Ukrainian officials": the meetings with that side)
    others = {m.id for m in query.mentions if m.kind == "country"} - countries - {a.index.home}
    met = {p.id: sorted((m for m in a.kb.meetings.values() if p.id in m.participants
                         and (not others or others & set(m.countries))
                         and (dates is None or dates.matches(m.date.first_day(), m.date.last_day()))),
                        key=lambda m: (m.date, m.id))
           for p in holders}
    holders = [p for p in holders if met[p.id]]
    if not holders:
        return None
    lines = []
    for person in holders:
        seen = []
        for m in met[person.id]:
            side = m.partner_side if person.id in m.japan_side else m.japan_side
            names = ", ".join(d.person_label(a.kb, x) for x in side)
            seen.append(f"{names or 'others not named'} — {m.title} ({m.date.human()})")
        lines.append(f"{d.person_label(a.kb, person.id)}: " + "; ".join(seen))
    return Answer("people", True, f"{len(holders)} holder{'s' if len(holders) != 1 else ''} of the post and whom "
                  "each met", tuple(lines),
                  sources=tuple(d.cite(a.kb, met[p.id][0].cited) for p in holders[:5]), confidence=0.8,
                  focus=Focus(people=tuple(p.id for p in holders), items=tuple(f"person:{p.id}" for p in holders)))


def succession_of_focus(a: Answerer, q: Asked) -> Answer | None:
    """"Who held the post before her?", "who succeeded him?": the holders around the person discussed."""
    focus = q.focus
    if focus is None or not focus.people or q.people or not lx.SUCCESSION.search(q.lowered):
        return None
    if _WENT & {stem(w) for w in q.query.words} or _BEEN_TO.search(q.lowered):
        return None  # "who else had gone there before him?" asks of a journey, not of who held his post
    return a.profiles.succession(q.query, focus.people[0])


def succession_of_named(a: Answerer, q: Asked) -> Answer | None:
    """"Who was Japan's foreign minister before Hayashi?", "who will succeed Kishida as PM?"."""
    people = q.people
    if not people and _TOOK_OVER.search(q.lowered):
        # "who took over from the Japanese banker?": the one person the description names
        described = q.described or a.describer.resolve(q.query, q.focus)
        found = [e for g in described.groups for k, e in g if k == "person"]
        people = found if len(found) == 1 and len(described.groups) == 1 else people
    if q.query.intent != "who" or len(people) != 1 or not (lx.SUCCESSION_NAMED.search(q.lowered) or not q.people) \
            or not (q.query.role or _TOOK_OVER.search(q.lowered)):
        return None  # "who took over Rwanda's central bank after Hattori?": his post, though it is not named
    # "Who did Kamikawa team up with to send generators before she became foreign minister?" asks of a deed,
    # not of who held the post
    post = {stem(w) for w in role_words(q.query.role)} if q.query.role else set()
    named = a.kb.people.get(people[0])
    post |= {k for r in (named.roles if named else ()) for k in content_stems(f"{r.title} {r.organisation or ''}")}
    if any(k not in post and k not in _SUCCESSION_FRAME for k in q.query.keywords):
        return None
    return a.profiles.succession(q.query, people[0])


#: The words of a question of who held a post before or after someone, beside the post's own.
_SUCCESSION_FRAME = frozenset(stem(w) for w in """before after predecessor successor preceded precede succeeded
    succeed replaced replace became become becoming serve served serving held hold holding office post job role
    position took take taking appointed appoint came come japan japanese over banker diplomat official ran run runs
    led headed governed immediately directly right shortly prior previous previously next""".split())
#: Taking over someone's post: "who took over from Hattori?", "who succeeded him at the bank?".
_TOOK_OVER = re.compile(r"\b(?:took over|take over|taking over|succeeded|succeed|successor|predecessor|preceded"
                        r"|replaced|replace)\b"
                        # "who ran Rwanda's central bank after Hattori?": whoever held his post next
                        r"|\bwho (?:ran|run|runs|led|headed|governed|held|chaired) .+ (?:after|before) [a-z]")


def participants(a: Answerer, q: Asked) -> Answer | None:
    """"Who took part in the meetings in 2023?": the people of every meeting that fits, when several do."""
    query = q.query
    # ("which Japanese officials met foreign counterparts?": the home side of every meeting)
    if (query.intent != "who" or q.people or not (q.groups or query.dates or _home_people(a, q) and not any(q.readings))
            or not all(k in lx.GATHERING_WORDS or k in _LISTING_WORDS
                       # ("which two foreign ministers …?" is a class of post holders, asked by its own rule)
                       or k in _INVOLVED
                       or k in _HOW_MANY_WANTED and not lx.ROLE_CLASS.match(q.lowered)
                       or k in _OF_THE_PEOPLE and not _KIND_OF_MEETING.search(q.lowered) for k in query.keywords)
            or any(e[0] == "meeting" for g in q.extra for e in g)):
        return None
    if q.focus is not None and (q.focus.topic or q.focus.meeting or len(q.focus.items) == 1) \
            and _OF_IT.search(q.lowered):
        return None  # "which other Central Asian ministers attended it?": of the one thing just discussed
    # ("which ministers attended the G7 meeting?": the meeting titled so, not every one that mentions the G7)
    meetings = gathering_named(a.kb, query, [m for m in a.meetings.filter_meetings(q.groups + q.extra, query)
                                             if m.participants])
    # a visit listed with the meetings held during it is one item, the visit's (its people are theirs), and
    # the items go in the order they happened, so that "the second one" is the second of them in time
    # (one pass over the meetings for every visit listed, not one per visit: hundreds fit "who is the foreign
    # minister of …?" at 50,000 meetings)
    visits = {m.id for m in meetings}
    parts = {p.id for p in a.kb.meetings.values() if p.trip in visits}
    whole = [m for m in meetings if m.id not in parts]
    # (a visit alone, once its meetings are set aside, is no list: its meetings are what is asked of)
    meetings = sorted(whole if len(whole) > 1 else meetings, key=lambda m: (m.date.first_day(), m.id))
    of_country = from_countries(query)
    if of_country and meetings:
        # "who attended from the United States?": people of that country, not the meetings held there
        held = [m for m in meetings if any((x := a.kb.people.get(p)) is not None and x.country in of_country
                                           for p in m.participants)]
        if not held:
            names = " or ".join(a.index.entity_name(("country", c)) for c in sorted(of_country))
            return Answer("not_found", False, "Not in the records",
                          (f"The records name no one from {names} taking part in "
                           + ("these meetings: " if len(meetings) > 1 else "")
                           + "; ".join(f"{m.title} ({m.date.human()})" for m in meetings[:5]) + ".",),
                          confidence=0.0)
        meetings = held
    return a.meetings.participants(query, meetings, q.groups) if len(meetings) > 1 else None


def named_in_records(a: Answerer, q: Asked) -> Answer | None:
    """"Which Japanese people are named in the Rwanda article?", "which Japanese officials appear in the records
    about Kyrgyzstan?": everyone of that nationality the records of that country name, each with the sentence
    that names them (not only those who took part in a meeting)."""
    query = q.query
    if q.people or query.role is not None or query.dates is not None or not lx.asks_people_named(q.lowered) \
            or any(kind != "country" for g in q.groups for kind, _ in g):
        return None
    nationality = asked_words.countries_of_people_asked(query)
    about = {m.id for m in query.mentions if m.kind == "country"} - nationality - {a.index.home}
    if not nationality and not about:
        return None
    # (the people the records of those countries name, read once from the passages that name the countries)
    present = {i for c in about for n in a.index.by_entity.get(("country", c), ())
               for k, i in a.index.passages[n].entities | a.index.passages[n].mentioned if k == "person"}
    named: dict[str, Person] = {}
    for person in sorted(a.kb.people.values(), key=lambda p: p.id):
        if nationality and person.country not in nationality:
            continue
        if about and person.country not in about and person.id not in present:
            continue
        named[person.id] = person
    of = " / ".join(sorted(a.index.entity_name(("country", c)) for c in nationality))
    on = " or ".join(sorted(a.index.entity_name(("country", c)) for c in about))
    label = "people" + (f" of {of}" if of else "") + " named in the records" + (f" about {on}" if on else "")
    if not named:
        return Answer("not_found", False, "Not in the records", (f"The records name no {label}.",), confidence=0.0)
    return Answer("people", True, f"{len(named)} {label}",
                  tuple(f"{d.person_label(a.kb, pid)}: “{p.cited.quote}”" for pid, p in named.items()),
                  sources=tuple(d.cite(a.kb, p.cited) for p in list(named.values())[:3]), confidence=0.9,
                  focus=Focus(people=tuple(named), items=tuple(f"person:{pid}" for pid in named),
                              countries=tuple(sorted(about))))


#: Words that say where the answer is, or that every item is wanted, and nothing of what is asked
#: ("which officials are recorded meeting …? List them all.").
_LISTING_WORDS = frozenset(stem(w) for w in "recorded record records documented list all every shown texts "
                           "articles documents according total overall altogether combined".split())
#: Words that say how many people are wanted ("two different foreign ministers …: who were they?").
_HOW_MANY_WANTED = frozenset(stem(w) for w in "two three four both different several various".split())
#: "served as foreign minister": holding a post, said as serving in it.
_SERVED = frozenset(stem(w) for w in "serve served serving".split())
#: "the officials involved in the January events": taking part said in other words than a gathering's own.
_INVOLVED = frozenset(stem(w) for w in "involved involvement engaged event events occasion occasions".split())
#: A question of the one thing the conversation is about ("attended it", "at that meeting").
_OF_IT = re.compile(r"\b(?:it|that|this)(?: (?:one|meeting|gathering|event|summit|forum))?\W*$")


_OTHER_ASKED = re.compile(r"^\W*(?:and |so )?(?:which|what|name the|list the) other\b")


#: A verb in the past tense ("accompanied", "sent"), which a class of post holders never holds.
_PAST_VERB = re.compile(r"\b(?!united\b)[a-z]{3,}(?:ied|ed)\b"
                        r"|\b(?:sent|went|came|saw|met|led|took|gave|sat|spoke|told|brought|made|flew)\b")


#: "… attended?", "… were there?": taking part, with no word of what in.
_BARE_ATTENDED = re.compile(r"^\W*(?:(?:also|too) )?(?:attended|attend|were there|was there|took part|participated"
                            r"|joined|came|were present|was present)(?: (?:too|also|as well))?\W*$")
#: "… attended it?", "… were at that meeting?": the meeting just discussed.
_POINTS_TO_IT = re.compile(r"\b(?:it|there|that (?:meeting|one|summit|gathering)|this (?:meeting|one))\b")


#: "… foreign ministers meeting was held …": the post's plural naming a meeting, the verb after it.
_MEETING_AS_NOUN = re.compile(r"^\W*meetings?\b\W+(?:was|were|is|are|held|took place|happened|(?:in|of|on) )")


#: "… held meetings with a Japanese foreign minister": whom the people asked met, by the post they held.
_WITH_POST_HOLDER = re.compile(r"\bwith (?:a|an|the|their|his|her) (?P<who>(?:[a-z'’-]+ ){0,3}[a-z'’-]+?s?)"
                               r"(?= in\b| at\b| during\b| on\b| of\b|\W*$)")


#: "… did Japan's foreign ministers meet?": the post of those who met them, the subject of the verb.
_MET_BY_POST_HOLDER = re.compile(r"^\W*(?:did|have|has|had) (?P<who>(?:[a-z'’-]+ ){0,3}[a-z'’-]+?s?) "
                                 r"(?:meet|met|see|seen|hold talks with|held talks with|talk to|talked to|host|hosted"
                                 r"|receive|received)\b")


#: "name the foreign ministers who met …": the relative word after the class a list asks for.
_WHO_AFTER_CLASS = re.compile(r" (?:who|that)$")


def of_post_class(a: Answerer, q: Asked) -> Answer | None:
    """"Which presidents or prime ministers of other countries met Japanese officials?", "which foreign
    ministers did Japan meet?": everyone holding one of the posts asked who took part in a meeting,
    with those meetings; None when the question does not ask for a class of post holders."""
    if q.people:
        return None
    found = lx.ROLE_CLASS.match(q.lowered)
    if found is None:
        return None
    phrase, rest = found.group("what"), q.lowered[found.end("what"):]
    if q.lowered.lstrip().startswith(("name ", "list ")):
        phrase = _WHO_AFTER_CLASS.sub("", phrase)  # ("name the two foreign ministers who held talks …")
    if _MEETING_AS_NOUN.match(rest):
        return None  # "which edition of the … foreign ministers meeting was held in 2022?": a meeting, no people
    verb = _AUXILIARY.search(phrase)
    if verb is not None:  # "heads of state did Japanese officials meet": the class ends at the verb
        phrase, rest = phrase[:verb.start()], phrase[verb.start():] + rest
    if _PAST_VERB.search(phrase):
        return None  # "which ministers accompanied Rwanda's president at his meeting": the post is no class asked
    phrase = _SHARED_HEAD.sub(r"\1 of \2 \3 \1 of \4", phrase)  # "heads of state or government": of both
    keys = lx.posts_named({key for key, pattern in ROLE_PATTERNS if pattern.search(phrase)})
    if not keys or not phrase.rstrip().endswith(("s", "state", "government")) and " or " not in phrase:
        return None
    if "foreign-minister" in keys and "deputy-foreign-minister" in keys and "deputy" not in phrase:
        keys.discard("deputy-foreign-minister")
    meeting_id = None
    if q.focus is not None:  # the meeting just discussed, or the one of a list the last answer was about
        current = q.focus.current or ""
        meeting_id = q.focus.meeting or (current.removeprefix("meeting:") if current.startswith("meeting:") else None)
    meeting = a.kb.meetings.get(meeting_id or "")
    if meeting is not None and _POINTS_TO_IT.search(rest):
        # "which foreign ministers attended it?": those its record names, not every holder of the post
        own = a.index.meeting_passage(meeting.id)
        if own is None:
            return None
        answer = a.meetings.meeting_aspect(replace(q.query, intent="who"), meeting, own)
        return answer if answer.answered else replace(answer, confidence=0.0)
    named = {m.id for m in analyse(phrase, a.index).mentions if m.kind == "country"}
    home = a.index.home
    home_named = any(m.kind == "country" and m.id == home for m in analyse(rest, a.index).mentions)
    if lx.OTHER_COUNTRIES.search(phrase) or (not named and home_named):
        fits_country: Callable[[str], bool] = lambda c: c != home  # noqa: E731
    elif named:
        fits_country = named.__contains__
    else:
        fits_country = lambda c: True  # noqa: E731
    # "... attended the 9th Central Asia plus Japan meeting": only the meetings of the gathering named
    events = [{("term", m.id)} for m in analyse(rest, a.index).mentions if m.kind == "term"]
    at_events = set.intersection(*(a.meetings.meetings_naming(e) for e in events)) if events else set()
    # ("… attended that G7 meeting": the gathering itself, when a record is of it, not talks that mention it)
    forms = [f for g in events for _, key in sorted(g) if key in a.kb.terms for f in term_forms(a.kb.terms[key])]
    itself = {m for m in at_events if m in a.kb.meetings and titled_by(a.kb.meetings[m], forms)}
    at_events = itself or at_events
    # ("… engaged with Ukraine in September 2023": the meetings of that time only)
    dates = q.query.dates
    # ("… held meetings with a Japanese foreign minister": only meetings where one holding that post took part)
    # (or "… did Japan's foreign ministers meet": the holders of that post as the ones who met them)
    partner = _WITH_POST_HOLDER.search(rest) or _MET_BY_POST_HOLDER.match(rest)
    partner_asked = analyse(partner.group("who"), a.index) if partner is not None else None
    partner_role = partner_asked.role if partner_asked is not None else None
    partner_countries = {m.id for m in partner_asked.mentions if m.kind == "country"} if partner_asked else set()

    def with_partner(m: Meeting) -> bool:
        return partner_role is None or any(
            (other := a.kb.people.get(x)) is not None and (not partner_countries or other.country in partner_countries)
            and any(lx.fits_post(partner_role, r.key) for r in other.roles) for x in m.participants)

    if not events and q.focus is not None and _BARE_ATTENDED.match(rest):
        # "which other heads of state attended?" after a summit and a meeting on its sidelines: those of the
        # conversation's records, not every holder of the post anywhere
        recent = [r.split(":", 1) for r in (*q.focus.recent, f"meeting:{q.focus.meeting}" if q.focus.meeting else "")
                  if ":" in r]
        at_events = {i for kind, i in recent if kind == "meeting"}
        for kind, i in recent:
            if kind == "term":
                at_events |= a.meetings.meetings_naming({("term", i)})
    scoped = bool(events) or bool(at_events)  # (only the meetings of the gatherings named, or of the conversation)
    held: dict[str, list[Meeting]] = {}
    for m in sorted(a.kb.meetings.values(), key=lambda m: (m.date, m.id)):
        if scoped and m.id not in at_events \
                or dates is not None and not dates.matches(m.date.first_day(), m.date.last_day()) \
                or not with_partner(m):
            continue
        for pid in m.participants:
            person = a.kb.people.get(pid)
            if person and fits_country(person.country) and any(r.key in keys for r in person.roles):
                held.setdefault(pid, []).append(m)
    if not held:
        return Answer("not_found", False, "Not in the records",
                      ("The records name nobody of that post taking part in a meeting.",), confidence=0.0)
    gathering = [a.kb.meetings[m] for m in sorted(itself) if m in a.kb.meetings]
    if gathering and all(not m.partner_side and not m.accompanying for m in gathering) \
            and all(pid in m.japan_side for pid, ms in held.items() for m in ms):
        # "which foreign ministers attended the G7 meeting?" of a record naming only the one who held it: the others
        # who took part are not named
        hosts = ", ".join(d.person_label(a.kb, pid) for pid in held)
        return Answer("not_found", False, "Not in the records",
                      (f"The record of {gathering[0].title} names only {hosts}, who held it; it does not name the "
                       "others who took part.",),
                      sources=tuple(d.cite(a.kb, m.cited) for m in gathering), confidence=0.0)
    if _OTHER_ASKED.match(q.lowered):
        # "Which other Central Asian foreign ministers attended?": besides those the conversation named, or,
        # with none named, besides the ones the records know, who are then all there is
        known = set(q.focus.people) if q.focus is not None else set()
        others = {pid: ms for pid, ms in held.items() if pid not in known}
        if not known or not others:
            names = ", ".join(a.kb.people[pid].name for pid in held)
            return Answer("not_found", False, "Not in the records",
                          (f"The records name no others; they name only {names}.",),
                          sources=tuple(d.cite(a.kb, ms[0].cited) for ms in held.values()), confidence=0.0)
        held = others
    lines = _each_with_meetings(a, held)
    return Answer("people", True, ", ".join(a.kb.people[pid].name for pid in held), lines,
                  sources=tuple(d.cite(a.kb, ms[0].cited) for ms in held.values()), confidence=0.8,
                  focus=Focus(people=tuple(held), items=tuple(f"person:{pid}" for pid in held)))


#: Question types asking a detail of an event, never who someone is.
_DETAIL_OF_EVENT = frozenset({"time", "when", "where", "duration"})


def posts_of_several(a: Answerer, q: Asked) -> Answer | None:
    """"Who are A and B?", "what posts do A and B hold?": each one's posts."""
    query = q.query
    if query.intent in _DETAIL_OF_EVENT:
        return None  # "what time was it in Japan when A and B finished?": a detail of their meeting
    if len(q.people) > 1 and all(k in lx.PROFILE_WORDS for k in query.keywords) and (
            a.profiles.is_who_is(query) or set(query.keywords) & lx.POSITION_WORDS):
        return a.profiles.posts_of(q.people)
    return None


#: "What post did he hold before he became foreign minister?", "her previous job": a post before the one held.
_EARLIER_POST = re.compile(r"\b(?:before|prior to) (?:(?:he|she|they) )?(?:became|becoming|was appointed"
                           r"|being appointed|took office|taking office|took up)\b"
                           # "what was his job before foreign minister?"
                           r"|\bbefore (?:being |becoming )?(?:an? |the )?(?:[\w-]+ ){0,2}(?:minister|president"
                           r"|ambassador|governor|secretary|chair)\b"
                           r"|\b(?:previous|former|earlier|prior) (?:post|job|position|role|title|portfolio)s?\b")


def post_of_one(a: Answerer, q: Asked) -> Answer | None:
    """"What post did Kuleba hold when he met Kamikawa?": the post of the one asked about; of a body asked ("which
    bureau is he from?"), said missing when no post of theirs names one."""
    answer = _post_of_one(a, q)
    body = lx.BODY_OF_POST.match(q.lowered)
    people = answer.focus.people if answer is not None and answer.focus is not None else ()
    listed = q.focus.items if q.focus is not None else ()
    if answer is not None and answer.focus is not None and len(people) == 1 and f"person:{people[0]}" in listed:
        # ("what's Biruta's job?" of one of the people listed: the list stays, for "and the other one?")
        answer = replace(answer, focus=replace(answer.focus, items=listed, current=f"person:{people[0]}"))
    if answer is None or body is None or not people or any(p not in a.kb.people for p in people):
        return answer
    # (a minister's post is in a ministry: "Minister of Foreign Affairs")
    named = "minist" if body.group("body") == "ministry" else body.group("body")
    if any(named in r.title.lower() for p in people for r in a.kb.people[p].roles):
        return answer
    whose = f"{a.kb.people[people[0]].name}'s post" if len(people) == 1 else "their posts"
    return Answer("not_found", False, "Not in the records",
                  (f"The records name no {body.group('body')} in {whose}; they give:", *answer.lines),
                  sources=answer.sources, focus=answer.focus, confidence=0.0)


def _post_of_one(a: Answerer, q: Asked) -> Answer | None:
    if _EARLIER_POST.search(q.lowered) and (lx.POST_OF.search(q.lowered) or lx.POST_OF_NAMED.match(q.lowered)):
        of = q.people or [p for p in (q.focus.people[:1] if q.focus is not None else ()) if p in a.kb.people]
        return a.profiles.earlier_posts_of(of[0]) if of else None
    if q.people:
        words = q.query.words
        # (a clause of time: "when he met Kamikawa", "at the time of the forum", "during the forum")
        clause = next((i for i, w in enumerate(words) if w in ("when", "while", "whilst", "during")
                       or words[i:i + 3] == ("at", "the", "time")), len(words))
        terms = [set(content_stems(a.kb.terms[m.id].name)) for m in q.query.mentions
                 if m.kind == "term" and m.id in a.kb.terms and m.start < clause]
        person = a.kb.people.get(q.people[0])
        if terms and person is not None and not any(holds_within(r.title, t) for t in terms for r in person.roles):
            # "what role does Kagame have in the G20?": his part in a body no post of his names (the record that
            # tells of it answers)
            return None
        if lx.POST_OF.search(q.lowered):
            # ("what role does Kagame hold in AUDA-NEPAD?": his post in it, not his latest)
            return a.profiles.posts_of(q.people[:1], within=terms)
        # (of a part at a gathering named, "Kagame's role at the G20", the capacity is asked, not the post)
        # ("Kozuki's title when he co-led the forum": a gathering of a time clause only says when)
        named = lx.POST_OF_NAMED.match(q.lowered) if not any(m.kind == "term" and m.start < clause
                                                             for m in q.query.mentions) else None
        owner = [m.id for m in q.query.mentions if m.kind == "person" and named is not None
                 and fold(named.group("name") or named.group("after")) in q.query.words[m.start:m.end]]
        return a.profiles.posts_of(owner[:1]) if owner else None
    described = [g for g in (q.described.groups if q.described is not None else ()) if len(g) == 1]
    if len(described) == 1 and lx.POST_OF_NAMED.match(q.lowered) and next(iter(described[0]))[0] == "person":
        # "what is the Japanese co-chair's official post?": of the one person the description names here
        return a.profiles.posts_of([next(iter(described[0]))[1]])
    focus = q.focus
    people = tuple(p for p in (focus.people if focus else ()) if p in a.kb.people)
    # "what's his title?", "what portfolio does he hold?"
    if not people or not (lx.POST_OF_PRONOUN.match(q.lowered) or lx.POST_OF.search(q.lowered) and (
            len(people) == 1 or lx.PERSON_PRONOUN.search(q.lowered))):
        return None
    # "What's his title?": the person the last answer was about; of several, each one's (never one picked).
    current = focus.current.partition(":") if focus is not None and focus.current else ("", "", "")
    if current[0] == "person" and current[2] in people[:1] and lx.PERSON_PRONOUN.search(q.lowered) \
            and not called_otherwise(a.kb, people[:1], q.lowered):
        # ("who was the finance minister there?" → "what's his full title?": the one person answered, not the
        # others of the meeting he was answered from)
        return a.profiles.posts_of([current[2]])
    return a.profiles.posts_of(list(people[:1] if len(people) == 1 else people))


#: Words that may stand beside a name in "which country is President Zelenskyy from?".
_BESIDE_NAME = lx.TITLE_WORDS | {"the", "mr", "ms", "mrs", "dr"}


def country_of(a: Answerer, q: Asked) -> Answer | None:
    """"Which country is Shmyhal from?", "where is he from?", "from which country?" after one person answered:
    the country of the person, not where a meeting of theirs took place."""
    found = lx.COUNTRY_OF_PERSON.match(q.lowered)
    if found is None:
        return None
    who = next((g for g in found.groups() if g is not None), None)
    focus = q.focus
    if who is None:
        # ("from which country?" alone: of the one person the last answer was about, or each person it listed)
        items = [i.split(":", 1)[1] for i in (focus.items if focus else ()) if i.startswith("person:")]
        people = [p for p in items if p in a.kb.people] or [
            p for p in (focus.people if focus else ()) if p in a.kb.people]
    elif lx.PERSON_PRONOUN.fullmatch(who.strip()) or who.strip() in ("they", "them", "their"):
        shown = tuple(p for p in (focus.people if focus else ()) if p in a.kb.people)
        if who.strip() not in ("they", "them", "their"):
            shown = meant_by_pronoun(a.kb, shown, q.lowered)
            # "who did Hayashi meet …?" → "which country is he from?": the one answered, not the one the asker named;
            # of several left, each one's (never one picked)
            asked = {m.id for m in analyse(focus.question, a.index).mentions if m.kind == "person"} \
                if focus is not None and focus.question and focus.intent == "who" else set()
            shown = tuple(p for p in shown if p not in asked) or shown
        people = list(shown)
    else:
        named = [m for m in q.query.mentions if m.kind == "person" and m.id in a.kb.people]
        covered = {w for m in named for w in q.query.words[m.start:m.end]}
        if not named or any(w not in covered and w not in _BESIDE_NAME for w in re.findall(r"[\w'’-]+", who)):
            return None  # ("which country is Bali in?", "which country hosted the G20?": no person's country)
        people = [m.id for m in named]
    if not people:
        return None
    answer = a.profiles.countries_of(people)
    if focus is None:
        return answer
    # (a side detail of the conversation's topic: the meeting discussed stays what "it" and "there" mean)
    return replace(answer, focus=replace(focus, people=tuple(dict.fromkeys((*people, *focus.people)))))


#: Bodies people belong to ("representatives of Japanese companies", "members of the Diet").
_BODIES = frozenset(stem(w) for w in "companies company firms firm businesses business corporations enterprises "
                    "organizations organisations agencies banks media parliament diet chamber universities "
                    "institutions".split())


def counted(a: Answerer, q: Asked) -> Answer | None:
    """"How many Ukrainian officials did Japan's foreign ministers meet in 2023?": the people, counted."""
    noun = asked_words.counted_noun(q.query)
    if noun not in lx.PEOPLE_NOUNS or not lx.TOOK_PART.search(q.lowered):
        return None
    if any(not k.at_meetings for k in events_asked(q.query.words)):
        return None  # "how many people died there?": a count of the dead, not of those who took part
    done = _DONE_TO_THEM.search(q.lowered)
    if done is not None and done.group("noun") == noun and not lx.TOOK_PART.fullmatch(done.group("verb")):
        return None  # "how many people were affected there?", "how many got the scholarships?": not who took part
    assert noun is not None
    words = q.query.words
    at = words.index(noun) if noun in words else -1
    if 0 <= at < len(words) - 2 and words[at + 1] in ("of", "from"):
        start = at + 3 if words[at + 2] == "the" else at + 2
        country = next((m for m in q.query.mentions if m.start == start and m.kind == "country"), None)
        if country is None or country.end < len(words) and stem(words[country.end]) in _BODIES:
            # "representatives of Japanese companies": people of a body, not the posts the records give
            return None
    along = _HOW_MANY_WITH.search(q.lowered)
    named = [a.kb.people[m.id] for m in q.query.mentions if m.kind == "person" and m.id in a.kb.people]
    if along is not None and len(named) == 1:
        # "How many people accompanied Hayashi at the Bucha memorial?": those of his side, as "who accompanied
        # him?" reads them; when the record names none, that it names none (not the people he met)
        alone = companions(a, replace(q, query=replace(q.query, raw=f"who accompanied {named[0].name}")))
        if alone is not None and not alone.answered:
            return alone
    if not q.groups and not q.extra and q.query.dates is None and q.focus is not None:
        # "how many leaders attended?" in a conversation about an event whose records name none who attended:
        # not everyone the records name
        return Answer("not_found", False, "Not in the records",
                      ("The records do not count who attended that, nor name them.",), confidence=0.0)
    return a.meetings.people_counted(q.query, q.groups + q.extra, noun)


#: "how many people were affected", "how many Kyrgyz people got …": what befell the people counted, said right
#: after them (a verb of taking part is the count of those who took part).
_DONE_TO_THEM = re.compile(r"\bhow many (?:[\w'’-]+ ){0,2}?(?P<noun>[a-z]+) (?:(?:were|was|have|has|had|are|is|got|"
                           r"get|have been|had been) )?"
                           r"(?P<verb>[a-z]+(?:ed|en)|got|get|gets|won|lost|hurt|left|fled)\b")
#: "How many people accompanied Hayashi …?", "how many officials came with Kagame …?": a count of someone's companions.
_HOW_MANY_WITH = re.compile(r"\bhow many (?:[\w'’-]+ ){0,2}?(?:people|persons|officials|ministers|members|delegates"
                            r"|aides) (?:accompanied|came with|went with|travell?ed with|were with)\b")
#: Verbs that only carry a noun of what was said ("expressed gratitude", "voiced concern").
_SAYING_VERBS = frozenset(stem(w) for w in "express expressed voice voiced convey conveyed extend extended offer "
                          "offered show showed".split())
#: "who thanked Japan?": "who" and the verb of what was done, with no auxiliary between.
_WHO_DID = re.compile(r"^\W*(?:and |so )?who (?!(?:is|was|are|were|did|does|do|has|had|have|will|would|else|"
                      r"met|meet|meets|attended|attend|hosted|host|visited|visit|went|came|led|joined|took|held)\b)"
                      r"[a-z]+(?:ed|ked)\b")
#: "foreign officials", "partner leaders": people of any country but the home one ("foreign minister" is a post).
_FOREIGN = re.compile(r"\b(?:foreign|partner|other countries'?|overseas) (?:officials?|leaders?|people|"
                      r"representatives?|dignitaries|counterparts?)\b")


#: "The foreign ministers' meeting": a kind of meeting, not people asked for.
_KIND_OF_MEETING = re.compile(r"\b(?:foreign|finance) ministers?['’]?s? (?:meeting|talks|dialogue)\b")
#: Words that say whose the people asked for are ("foreign leaders"), not what they did.
_OF_THE_PEOPLE = frozenset(stem(w) for w in "foreign overseas other leader leaders".split())


#: "from Kyrgyzstan's finance ministry", "from the trade office": whose post a who-question asks for.
_FROM_BODY = re.compile(r"\bfrom (?:the |[\w-]+(?:'s|’s) )?(?P<field>[a-z]{4,}) (?P<body>ministry|office|department"
                        r"|agency|bureau)\b")


def who_did(a: Answerer, q: Asked) -> Answer | None:
    """"Which Ukrainian officials thanked Japan?": the people of the countries named who are the
    subject of a point or fact with the question's verb; None when the question is not of that shape."""
    query = q.query
    # "who thanked Japan?" asks of everyone; "who represented Japan at the Kyrgyz meeting?", "who asked him?"
    # ask of one record, which the passages answer.
    anyone = _WHO_DID.match(q.lowered) is not None and not any(q.readings) and all(
        g == {("country", a.index.home)} for g in q.groups) and not POINTS_BACK.search(q.lowered)
    if (lx.WHICH_PEOPLE_DID.match(q.lowered) is None and not anyone) or query.intent != "who" or _home_people(a, q):
        return None  # "which Japanese ministers travelled to Rwanda?" asks for no Rwandan (`visitors`)
    if any(e[0] != "country" for g in q.groups for e in g):
        return None
    request = {stem(w) for w in q.lowered.split()[:1] if w in ("name", "list")}  # "Name the ministers who ..."
    asked_terms = [{k, *SYNONYMS.get(k, ())} for k in sorted(set(query.keywords) - lx.GENERIC_DOING - _SAYING_VERBS
                                                             - lx.PLAIN_SPEECH - {stem(w) for w in lx.PEOPLE_NOUNS}
                                                             - request
                                                             - _OF_THE_PEOPLE)]
    countries = asked_words.countries_of_people_asked(q.query) - {a.index.home} or {
        e[1] for g in q.groups for e in g if e[0] == "country"} - {a.index.home}
    if not countries and (anyone and query.dates is None and len(asked_terms) <= 2 or _FOREIGN.search(q.lowered)):
        # "who thanked Japan?", "which foreign officials expressed gratitude?": anyone not of the home country
        countries = set(a.kb.countries) - {a.index.home}
    if not countries:
        return None
    wanted = {x for words in asked_terms for x in words}
    if not wanted:
        return None
    if any(kind == "meeting" for r in q.readings for g in r for kind, _ in g):
        return None  # "which Rwandan ministers were present?" after a meeting: whom that meeting's record names
    # "Which ministers accompanied Rwanda's president?": whom the question describes is not who is asked for
    described = {i for g in (q.described.groups if q.described else ()) if len(g) == 1 for k, i in g if k == "person"}
    doers: dict[str, list[Passage]] = {}
    for person in sorted(a.kb.people.values(), key=lambda p: p.id):
        if person.country not in countries or person.id in described:
            continue
        forms = name_forms(person)
        for n in a.index.by_entity.get(("person", person.id), ()):
            p = a.index.passages[n]
            if query.dates is not None and (p.date is None or not query.dates.matches(p.date.first_day(),
                                                                                     p.date.last_day())):
                continue  # "which foreign ministers did Japan meet in late 2022?": then, not at another time
            if p.kind in SAYING_KINDS and wanted & p.stems and says(p, forms):
                doers.setdefault(person.id, []).append(p)
    asked_post = lx.WHICH_PEOPLE_DID.match(q.lowered)
    if asked_post is not None and re.search(r"\bministers?\b", asked_post.group(0)):
        # "which Rwandan minister accompanied the Rwandan leader?": a minister, not the leader he accompanied
        doers = {k: ps for k, ps in doers.items() if any("minister" in r.title.lower() for r in a.kb.people[k].roles)}
    body = _FROM_BODY.search(q.lowered)
    if body is not None and doers:
        # "Who from Kyrgyzstan's finance ministry joined …?": only someone whose post is of that ministry
        field = stem(body.group("field"))
        doers = {k: ps for k, ps in doers.items()
                 if any(field in content_stems(r.title) for r in a.kb.people[k].roles)}
        if not doers:
            return Answer("not_found", False, "Not in the records",
                          (f"The records name no one from the {body.group('field')} "
                           f"{body.group('body')} doing that.",), confidence=0.0)
    if not doers:
        return _done_by_nobody_named(a, countries, asked_terms)
    # Each one's point that says most of what was asked; only those saying as much as the best one
    # ("expressed gratitude": the gratitude, not any point where someone "expressed" something).
    def said(p: Passage) -> int:
        return sum(1 for words in asked_terms if words & p.stems)
    # "who pledged the cranes?": a point that leaves out a word of what was done that the records use
    # elsewhere ("cranes") tells of something else (aid, no cranes); so does one without a figure said ("the 14
    # agreements"), however common the figure is in dates
    required = [words for words in asked_terms if any(a.index.idf.get(w, 0.0) >= thresholds.DISTINCT_IDF
                                                       or w.isdigit() for w in words)]
    doers = {k: kept for k, ps in doers.items() if (kept := [p for p in ps if all(w & p.stems for w in required)])}
    if not doers:
        return _done_by_nobody_named(a, countries, asked_terms)
    best = max(said(p) for ps in doers.values() for p in ps)
    doers = {k: sorted((p for p in ps if said(p) == best), key=lambda p: ps.index(p))
             for k, ps in doers.items() if any(said(p) == best for p in ps)}
    lines = tuple(f"{d.person_label(a.kb, k)}: {ps[0].text}" for k, ps in doers.items())
    return Answer("people", True, ", ".join(a.kb.people[k].name for k in doers), lines,
                  sources=tuple(d.cite(a.kb, ps[0].cited) for ps in doers.values()), confidence=0.8,
                  focus=Focus(people=tuple(doers), items=tuple(f"person:{k}" for k in doers)))


def _done_by_nobody_named(a: Answerer, countries: set[str], asked_terms: list[set[str]]) -> Answer | None:
    """"Which Kyrgyz minister once studied in Japan?" when a record says only that "Kyrgyz personnel who
    studied in Japan" play roles: that the records name nobody, with what they do say; None when no record
    of the countries says all that was asked."""
    said = [p for c in sorted(countries) for n in a.index.by_entity.get(("country", c), ())
            if (p := a.index.passages[n]).kind in SAYING_KINDS and all(words & p.stems for words in asked_terms)]
    # A record that names someone of those countries may say they did it in other words: no claim of nobody.
    people = [person for person in a.kb.people.values() if person.country in countries]
    if not said or any(set(fold(p.text).split()) & name_forms(person) for p in said for person in people):
        return None
    said = list({p.text.rstrip(". "): p for p in reversed(said)}.values())[::-1][:2]  # one of each wording
    return Answer("not_found", False, "Not in the records",
                  ("The records name nobody who did that. They say:", *(f"– {p.text}" for p in said)),
                  sources=tuple(d.cite(a.kb, p.cited) for p in said), confidence=0.0)


#: Words of going somewhere: "visited", "travelled to", "went to", "made a trip to".
#: "had been to Ukraine", "set foot in Rwanda": a journey said without a verb of travel.
_BEEN_TO = re.compile(r"\b(?:been|gone|made it|set foot|headed|flown) (?:to|in|into|there)\b")
_WENT = frozenset(stem(w) for w in "visit visited visits travel travelled traveled went go gone trip trips came "
                  "journey journeyed".split())


#: "which ministers travelled abroad?", "who went overseas?": to anywhere outside the home country.
_ABROAD = re.compile(r"\b(?:abroad|overseas|outside (?:the country|(?:their|his|her|its) (?:own )?country))\b")
#: "who visited or met …", "by visiting or meeting": a journey there or a meeting with them, either.
_OR_MET = re.compile(r"\b(?:visit\w*|went|travell?ed|gone) or (?:met|meet\w*|held talks)\b"
                     r"|\b(?:met|meet\w*|held talks) or (?:visit\w*|went|travell?ed|gone)\b")


def visitors(a: Answerer, q: Asked) -> Answer | None:
    """"Which Japanese leaders visited Ukraine?": the home country's people on every record of a
    meeting or visit held in the country or place named, each with the record that shows it."""
    query = q.query
    outside_home = _ABROAD.search(q.lowered) is not None
    # ("and which Japanese ministers went abroad?": a question of its own, whatever it follows)
    asked = re.sub(r"^\W*(?:and|so) ", "", q.lowered) if outside_home else q.lowered
    if lx.WHICH_PEOPLE_DID.match(asked) is None or query.intent != "who" or not (
            _WENT & {stem(w) for w in query.words} or _BEEN_TO.search(q.lowered)):
        return None
    named = [g for g in q.groups if g != {("country", a.index.home)}]
    if not named and outside_home:
        # "which Japanese foreign ministers travelled abroad?": to anywhere outside their own country
        named = [{("abroad", a.index.home)}]
    elif not named and q.focus is not None and q.focus.meeting in a.kb.meetings:
        # "who from Japan went there earlier that year?": where the meeting just discussed was held
        held = a.kb.meetings[q.focus.meeting]
        venue = held.country or (a.kb.places[held.place].country if held.place in a.kb.places else None)
        named = [{("country", venue)}] if venue and venue != a.index.home else []
    elif not named and q.focus is not None:
        # "which Japanese leader had gone earlier that year?" after a fact of a visit to one country: that one
        abroad = [c for c in q.focus.countries if c != a.index.home]
        named = [{("country", abroad[0])}] if len(abroad) == 1 else []
    home_people = _home_people(a, q) or outside_home and a.index.home in asked_words.countries_of_people_asked(
        replace(query, raw=asked))
    if len(named) != 1 or len(named[0]) != 1 or any(e[0] not in ("country", "place", "abroad") for e in named[0]) \
            or not home_people:
        return None
    kind, ident = next(iter(named[0]))
    post = asked_post(query)
    # ("which Japanese prime minister visited Ukraine?": those of them in that post)
    found = _home_side_held_in(a, kind, ident, query, lambda person: post is None or any(
        lx.fits_post(post, r.key) for r in getattr(a.kb.people.get(person), "roles", ())))
    if kind == "country" and _OR_MET.search(q.lowered):
        # "… whether by visiting or meeting": those who met the country's people anywhere, too
        with_them = (a.kb.meetings[k] for k in a.index.meetings_by_entity.get(("country", ident), ())
                     if k in a.kb.meetings)
        for m in sorted(with_them, key=lambda m: (m.date, m.id)):
            if ident in m.countries and (query.dates is None or query.dates.matches(m.date.first_day(),
                                                                                    m.date.last_day())):
                for person in m.japan_side:
                    if (post is None or any(lx.fits_post(post, r.key) for r in getattr(
                            a.kb.people.get(person), "roles", ()))) and m not in found.get(person, []):
                        found.setdefault(person, []).append(m)
    if not found and post is not None and _home_side_held_in(a, kind, ident, query):
        return Answer("not_found", False, "Not in the records",
                      (f"The records show no one in that post among {a.index.home_name}'s people in "
                       f"{a.index.entity_name((kind, ident))}.",), confidence=0.0)
    if not found and kind == "place":
        return None  # no meeting held at the place: the records' words may still say who went (a memorial)
    if not found:
        where_said = "abroad" if kind == "abroad" else f"in {a.index.entity_name((kind, ident))}"
        return Answer("not_found", False, "Not in the records",
                      (f"The records hold no meeting or visit of {a.index.home_name}'s people {where_said}.",),
                      confidence=0.0)
    lines = _each_with_meetings(a, found, places=kind == "abroad")
    # ("who did he see there?" next: "there" is where the question asked about)
    where = Focus(place=ident) if kind == "place" else Focus() if kind == "abroad" else Focus(countries=(ident,))
    return Answer("people", True, ", ".join(a.kb.people[k].name if k in a.kb.people else k for k in found), lines,
                  sources=tuple(d.cite(a.kb, ms[0].cited) for ms in found.values()), confidence=0.8,
                  focus=_one_meeting(found, replace(where, people=tuple(found),
                                                    items=tuple(f"person:{k}" for k in found))))


def _home_side_held_in(a: Answerer, kind: str, ident: str, query: Query,
                       keep: Callable[[str], bool] = lambda person: True) -> dict[str, list[Meeting]]:
    """The home side's people (those `keep` keeps) of every meeting or visit held in the place or country
    named, within the question's dates, each with those meetings in date order."""
    found: dict[str, list[Meeting]] = {}
    for m in sorted(a.kb.meetings.values(), key=lambda m: (m.date, m.id)):
        place_country = a.kb.places[m.place].country if m.place in a.kb.places else m.country
        # ("abroad": held in a country the record names, other than the home country `ident`)
        elsewhere = place_country in (None, ident) if kind == "abroad" else place_country != ident
        if ((m.place != ident) if kind == "place" else elsewhere) or query.dates and not \
                query.dates.matches(m.date.first_day(), m.date.last_day()):
            continue
        for person in m.japan_side:
            if keep(person):
                found.setdefault(person, []).append(m)
    return found


def _each_with_meetings(a: Answerer, found: dict[str, list[Meeting]], *, places: bool = False) -> tuple[str, ...]:
    """One line per person: their post, then each meeting with its date (and where it was held, with `places`)."""
    def where(m: Meeting) -> str:
        held = d.meeting_place(a.kb, m) if places else None
        return f", {held}" if held else ""
    return tuple(f"{d.person_label(a.kb, k, with_country=True)}: "
                 + "; ".join(f"{m.title} ({m.date.human()}{where(m)})" for m in ms) for k, ms in found.items())


#: Nouns that describe someone without naming them: "a senior Japanese official", "Japanese leaders".
_PERSON_NOUNS = frozenset(stem(w) for w in lx.PEOPLE_NOUNS | {"diplomats", "envoys", "politicians"})


def visit_dates(a: Answerer, q: Asked) -> Answer | None:
    """"In which months of 2023 did a senior Japanese official travel to Ukraine?": the date of every visit
    the home country's people (of the posts described, if any) made to the country or place named, each
    with who went; None when the records show one visit date or fewer (the record of it answers)."""
    query = q.query
    words = query.words
    going = next((i for i, w in enumerate(words) if stem(w) in _WENT), None)
    if query.intent != "when" or query.order or q.people or any(q.readings) or going is None:
        return None
    before = words[:going]
    roles = lx.posts_named({key for key, pattern in ROLE_PATTERNS if pattern.search(" ".join(before))})
    if not any(m.id == a.index.home and m.kind == "country" and m.start < going for m in query.mentions) or not (
            roles or _PERSON_NOUNS & {stem(w) for w in before}):
        return None  # the one who went is not described as of the home country ("when did Kagame's aide go")
    named = [g for g in q.groups if g != {("country", a.index.home)}]
    if len(named) != 1 or len(named[0]) != 1 or any(e[0] not in ("country", "place") for e in named[0]):
        return None
    kind, ident = next(iter(named[0]))

    def of_post(person: str) -> bool:
        held = a.kb.people.get(person)
        return not roles or held is not None and any(r.key in roles for r in held.roles)

    found = _home_side_held_in(a, kind, ident, query, of_post)
    dates = sorted({m.date.iso(): m.date for ms in found.values() for m in ms}.items())
    if len(dates) < 2:
        return None
    return Answer("when", True, "; ".join(date.human() for _, date in dates), _each_with_meetings(a, found),
                  sources=tuple(d.cite(a.kb, ms[0].cited) for ms in found.values()), confidence=0.8,
                  interpretation="several matches",
                  focus=Focus(people=tuple(found), items=tuple(f"meeting:{m.id}" for ms in found.values() for m in ms)))


#: Words of a question that asks only who is in the records ("named in these texts", "appear").
_IN_THE_TEXTS = frozenset(stem(w) for w in "neither nor appear appears named mentioned texts text".split())
#: "… are neither prime minister nor foreign minister?", "… other than the foreign minister": posts set aside.
_NOT_OF_POSTS = re.compile(r"\b(?:neither|not|other than|except|besides|apart from|aside from)\b(?P<posts>.*)$")


def not_of_posts(a: Answerer, q: Asked) -> Answer | None:
    """"Which Japanese officials in these texts are neither prime minister nor foreign minister?": the
    people of the countries described who hold none of the posts set aside, each with the post they hold."""
    query = q.query
    countries = asked_words.countries_of_people_asked(query)
    found = _NOT_OF_POSTS.search(q.lowered)
    if query.intent not in ("who", "list", "general") or q.people or any(q.readings) or not countries \
            or found is None:
        return None
    excluded = lx.posts_named({key for key, pattern in ROLE_PATTERNS if pattern.search(found.group("posts"))})
    if not excluded or len(found.group("posts").split()) > 3 * len(excluded) + 2:
        return None  # (the clause sets aside the posts and says nothing more)
    said = {stem(w) for key in excluded for w in role_words(key)} | _PERSON_NOUNS | _LISTING_WORDS | _IN_THE_TEXTS
    if any(k not in said for k in query.keywords):
        return None  # "which Rwandan officials other than the president attended?": of a meeting, not of posts
    people = [p for p in sorted(a.kb.people.values(), key=lambda p: p.id) if p.country in countries
              and p.roles and not any(r.key in excluded for r in p.roles)]
    if not people:
        return Answer("not_found", False, "Not in the records",
                      ("The records name nobody of that country who holds none of those posts.",), confidence=0.0)
    return Answer("people", True, ", ".join(p.name for p in people),
                  tuple(f"{d.person_label(a.kb, p.id)}" for p in people),
                  sources=tuple(d.cite(a.kb, p.cited) for p in people[:5]), confidence=0.8,
                  focus=Focus(people=tuple(p.id for p in people), items=tuple(f"person:{p.id}" for p in people)))


def _one_meeting(found: dict[str, list[Meeting]], focus: Focus) -> Focus:
    """The focus of a list of people and their meetings, with the one meeting it shows, if it shows one:
    "in which month?" then asks of it."""
    meetings = {m.id: m for ms in found.values() for m in ms}
    if len(meetings) != 1:
        return focus
    meeting = next(iter(meetings.values()))
    return replace(focus, meeting=meeting.id, date=meeting.date.iso())


def _home_people(a: Answerer, q: Asked) -> bool:
    """Whether "which X officials" asks for the home country's people (X names it)."""
    return a.index.home in asked_words.countries_of_people_asked(q.query)


#: "Which of them was the visitor?", "who hosted whom?", "which side was the host?": the direction of a meeting.
#: ("in which areas did the deputy minister and his Japanese guest …?" names a side; it does not ask which)
#: "which official was hosted by Usmanov?", "whom did Usmanov host?": the one hosted is asked, not the host.
_GUEST_ASKED = re.compile(r"\b(?:was|were|is|are|been|being|get|got) hosted by\b|^\W*(?:and )?whom? did .+ host\b")
_HOST_ASKED = re.compile(r"\b(?:who|whom|whose|which(?= (?:[a-z]+ )?(?:side|one|of|country|party|"
                         + "|".join(sorted(lx.PERSON_ASKED)) + r")\b))\b"
                         r".*(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )"
                         # ("an official of the host government" is someone of a third side, not which side hosted)
                         r"\b(?:host(?:ed|s|ing)?(?! (?:government|authorities|administration|officials?)\b)"
                         r"|visitor|visiting side|guests?)\b"
                         r"|\bwho (?:visited|(?:came|went|flew|travell?ed) to(?: see| visit)?) whom\b"
                         # "which of the two ministers travelled to the other's country?": the side that came
                         r"|\b(?:travell?ed|came|went|flew|journeyed) to the other(?:['’]s| side['’]s| one['’]s)? "
                         r"(?:country|capital|side|nation)\b"
                         # "who did the travelling for the talks?": the side that came
                         # (not "the minister who travelled to Kyiv", nor "who travelled with him")
                         r"|(?:^\W*|[,;:?\-–—] )(?:and |so )?who (?:did the (?:travell?ing|visiting)|made the (?:trip"
                         r"|journey)|travell?ed(?! with\b)|was (?:the one )?(?:travell?ing|visiting))\b")


_WHICH_COUNTRY = re.compile(r"\b(?:which|what) country\b")
_PLACE_ASKED = re.compile(r"\b(?:which|what)(?: \w+)? (?:city|town|country|place|venue|capital|hotel|building)\b"
                          r"|\bwhere\b")


#: "Who else from the Kyrgyz side was there?", "who else from Ukraine sat in?": more people of one side of the
#: meeting discussed, besides those already named.
#: ("was anyone else there from Ukraine's side?", "anyone else at the table from …?": the same, asked as a claim)
_WHO_ELSE_FROM = re.compile(r"^\W*(?:and |so |ok )?(?:who else|(?:(?:was|were|is|are) )?(?:there )?(?:any(?:one|body)"
                            r"|some(?:one|body)) else)\b(?=.*\b(?:from|on) (?:the )?[\w'’-]+(?:['’]s)?"
                            r"(?: side| delegation| team| end)?\b)")
#: "Who else from his side was in the room?": the side of the person the conversation is about.
_HIS_SIDE = re.compile(r"\b(?:from|on) (?P<whose>his|her|their) (?:side|delegation|team|end|country|government)\b")


#: "… at the table", "… in the room": at the meeting the conversation had, said without naming it.
_AT_THE_TALKS = re.compile(r"\bat the table\b|\bin the room\b|\belse there\b")
#: Words of being at a meeting ("was there", "sat in", "attended").
_PRESENT = re.compile(r"\b(?:was|were) (?:there|present|at\b)|\bsat in\b|\battend|\bjoin|\btook part\b|\bcame\b"
                      r"|\bin attendance\b|" + _AT_THE_TALKS.pattern)


def others_of_side(a: Answerer, q: Asked) -> Answer | None:
    """"When did Kamikawa meet Kuleba?" → "who else from Ukraine sat in?": the people of that country the
    record of the meeting discussed names besides those the conversation already named, or that it names
    no one else."""
    focus = q.focus
    if focus is None or _WHO_ELSE_FROM.match(q.lowered) is None or q.people or not _PRESENT.search(q.lowered):
        return None  # ("who else from Japan had gone there before him?": a journey, not who was at the meeting)
    countries = {m.id for m in q.query.mentions if m.kind == "country"}
    his_side = _HIS_SIDE.search(q.lowered)
    meant = meant_by_pronoun(a.kb, focus.people, q.lowered)[:1] if his_side is not None else ()
    if his_side is not None and not countries and meant and meant[0] in a.kb.people:
        countries = {a.kb.people[meant[0]].country}  # "from his side": the country of the one "he" is
    meeting = a.kb.meetings.get(focus.meeting or "")
    if meeting is None and meant:
        # (after an answer of his, not of a meeting: the one meeting of his the conversation had)
        meeting = _one_remembered_meeting_of(a, focus, meant[0])
    if meeting is None and (lx.THE_TALKS.search(q.lowered) or _AT_THE_TALKS.search(q.lowered)):
        # ("… attended the meeting?" after what she said at it: the latest meeting the conversation had, of its people)
        meeting = next((a.kb.meetings[m] for m in focus.recent_meetings() if m in a.kb.meetings
                        and set(focus.people) <= set(a.kb.meetings[m].participants)), None)
    if meeting is None:
        return None
    if len(countries) != 1:
        return None
    country = next(iter(countries))
    there = a.meetings.people_of_country(meeting, country)
    # (after an answer that named no one, those the meeting's record gives as its two sides are the ones known; so
    # too after an answer about something else than the meeting, "what did she condemn?", whose people are not all)
    known = set(focus.people) if meeting.id == focus.meeting else set()
    known = known or {*focus.people, *meeting.japan_side, *meeting.partner_side}
    others = [x for x in there if x not in known]
    name = a.index.entity_name(("country", country))
    if not others:
        named = ", ".join(a.kb.people[x].name for x in there if x in a.kb.people) or "no one"
        return Answer("not_found", False, "No one else named",
                      (f"The record of {meeting.title} names no one else from {name} ({named} only).",),
                      sources=(d.cite(a.kb, meeting.cited),), focus=focus, confidence=0.0)
    # (two or more: a list shown, for "and the other guy?" after one of them)
    shown = tuple(f"person:{x}" for x in others) if len(others) > 1 else ()
    return Answer("people", True, f"Also from {name}", tuple(d.person_label(a.kb, x) for x in others),
                  sources=(d.cite(a.kb, meeting.cited),), confidence=0.8,
                  focus=replace(focus, people=tuple(others), items=shown))


def _one_remembered_meeting_of(a: Answerer, focus: Focus, person: str) -> Meeting | None:
    """The one meeting `person` took part in among the records the conversation answered lately, or None."""
    had = [m for i in focus.recent_meetings() if (m := a.kb.meetings.get(i)) is not None and person in m.participants]
    return had[0] if len(had) == 1 else None


#: "Who was with Kagame from his government?", "who came along with her?": the others of that person's side.
_WHO_WITH = re.compile(r"^\W*(?:and |so )?(?:who|which (?:[\w'’-]+ ){0,3}?(?:officials?|people|ministers?|members?"
                       r"|delegates?|aides?|persons?)) (?:else )?(?:(?:was|were|came|went|travell?ed|flew|sat)"
                       r"(?: to [\w'’-]+(?: [\w'’-]+)?)? (?:along )?with|accompanied) "
                       r"(?P<who>[\w'’.-]+(?: [\w'’.-]+)?)(?: to [\w'’-]+(?: [\w'’-]+)?)?"
                       # ("… on the Japan side": his side, said by its country)
                       r"(?: (?:from|on) (?:his|her|their|the) (?:own )?(?P<side>[a-z]+ )?(?:government|govt|side|team"
                       r"|country|delegation))?\W*$")
#: "Did Kishida bring any of his own ministers along?", "did she have any officials with her?": whether the
#: record of the meeting discussed names others of that person's side.
_ANY_WITH = re.compile(r"^\W*(?:and |so |but )?(?:did|does|had|has) (?P<who>[\w'’ .-]+?) (?:bring|have|take|get)"
                       r"(?: any(?: of)?)?(?: (?:his|her|their))?(?: own)? (?:ministers?|officials?|aides?|people"
                       r"|delegat\w*|team|colleagues?|staff|entourage)\b(?: along| with (?:him|her|them))?"
                       r"(?: too| as well)?\W*$")


#: The object form of a pronoun the records use for someone.
_OBJECT = {"he": "him", "she": "her"}


#: "Which Japanese foreign minister met both the Kyrgyz foreign minister and the Ukrainian president?": one who met
#: each of two, at two meetings or one.
_MET_BOTH = re.compile(r"^\W*(?:and |so )?(?:which|what|who)(?P<head>(?: [\w'’-]+){0,4}?) (?:met|has met|had met|saw"
                       r"|held talks with|talked (?:to|with)|sat down with) both (?P<a>[\w'’ .-]+?) and "
                       r"(?P<b>[\w'’ .-]+?)\W*$")


def met_both(a: Answerer, q: Asked) -> Answer | None:
    """"Which Japanese foreign minister met both A and B?": those who took part in a meeting with each, of the post
    and country the question gives them; None when no one did (the records' passages then say what they hold)."""
    found = _MET_BOTH.match(q.lowered)
    if found is None:
        return None
    met: list[set[str]] = []
    for said in (found.group("a"), found.group("b")):
        read = analyse(f"who met {said}", a.index)
        named = {m.id for m in read.mentions if m.kind == "person" and m.id in a.kb.people}
        described = a.describer.resolve(read, None)
        named |= {i for g in described.groups for k, i in g if k == "person" and len(g) == 1}
        if len(named) != 1 or described.unknown:
            return None  # (each side must be one person the records hold)
        met.append(named)
    head = analyse(f"{found.group('head').strip()} met", a.index)
    countries = {m.id for m in head.mentions if m.kind == "country"}
    one, other = (next(iter(x)) for x in met)
    meetings: dict[str, list[Meeting]] = {}
    for target in (one, other):
        for m in (a.kb.meetings[i] for i in a.index.meetings_by_entity.get(("person", target), ())):
            if target not in m.participants:
                continue  # (a record that names them without their taking part)
            for p in m.participants:
                if p not in (one, other) and m not in meetings.setdefault(p, []):
                    meetings[p].append(m)
    both = sorted(p for p, ms in meetings.items()
                  if any(one in m.participants for m in ms) and any(other in m.participants for m in ms)
                  and p in a.kb.people and (not countries or a.kb.people[p].country in countries)
                  and (head.role is None or any(lx.fits_post(head.role, r.key) for r in a.kb.people[p].roles)))
    if not both:
        return None
    lines = tuple(f"{a.kb.people[p].name}: " + "; ".join(f"{m.title} ({m.date.human()})"
                                                        for m in sorted(meetings[p], key=lambda m: (m.date, m.id)))
                  for p in both)
    return Answer("people", True, ", ".join(a.kb.people[p].name for p in both), lines,
                  sources=tuple(d.cite(a.kb, m.cited) for p in both for m in meetings[p][:2]),
                  focus=Focus(people=tuple(both), items=tuple(f"person:{p}" for p in both)), confidence=0.85)


#: "Who did Kamikawa meet after Kuleba?", "whom did Hayashi see before Kulubaev?": A's other meetings, in time.
_MET_AFTER = re.compile(r"^\W*(?:and |so )?(?:who|whom) (?:else )?(?:did|had|has) [\w'’ .-]+? (?:meet|see"
                        r"|talk (?:to|with)|hold talks with|sit down with|receive|host|meet with)(?: next)? "
                        r"(?P<when>after|before) "
                        r"(?P<mark>[\w'’ .-]+?)\W*$")
#: "before that meeting", "after the talks": the meeting the conversation is on.
_THAT_MEETING = re.compile(r"^(?:that|this|the|those|these) (?:meeting|talks|one|encounter)$")


def met_before_or_after(a: Answerer, q: Asked) -> Answer | None:
    """"Who did Kamikawa meet after Kuleba?": the meetings of the first one named on days after (or before) their
    meeting with the second; none is said plainly. (Meetings of the same day are left to the records' own words
    on their order.)"""
    found = _MET_AFTER.match(q.lowered)
    named = [m.id for m in sorted(q.query.mentions, key=lambda m: m.start)
             if m.kind == "person" and m.id in a.kb.people]
    described = [next(iter(g))[1] for g in q.extra if len(g) == 1 and next(iter(g))[0] == "person"]
    if found is not None and len(named) == 1 and len(described) == 1 and described[0] not in named:
        named = [described[0], *named]  # ("who did Japan's FM talk to before meeting Zelenskyy?": the one described)
    if found is None:
        return None
    after = found.group("when") == "after"
    shown = a.kb.meetings.get(q.focus.meeting or "") if q.focus is not None else None
    that_one = shown if _THAT_MEETING.match(found.group("mark")) and len(named) <= 1 else None
    if that_one is not None:
        # "whom did he meet before that meeting?": the meeting just discussed, of the one named or meant by "he"
        meant = named or [p for p in meant_by_pronoun(a.kb, q.focus.people if q.focus else (), q.lowered)
                          if p in that_one.participants][:1]
        seen = [p for p in that_one.participants if meant and p != meant[0] and p in a.kb.people]
        if not meant or meant[0] not in that_one.participants or len(seen) != 1:
            return None
        named = [meant[0], seen[0]]
    if len(named) != 2:
        return None
    first, second = named
    theirs = sorted((a.kb.meetings[i] for i in a.index.meetings_by_entity.get(("person", first), ())
                     if first in a.kb.meetings[i].participants), key=lambda m: (m.date, m.id))
    # (of the meeting just discussed: it, and the journey it was held on or the meetings held on it)
    together = [m for m in theirs if m is that_one or m.id == that_one.trip or m.trip == that_one.id] \
        if that_one is not None else [m for m in theirs if second in m.participants]
    if not together:
        return None
    mark = together[-1] if after else together[0]
    person, other = a.kb.people[first], a.kb.people[second]
    same_day = [m for m in theirs if m not in together and m.date.overlaps(mark.date.first_day(), mark.date.last_day())]
    # (which came first on one day is what the records' own words say, if anything: "before his meeting with
    # President Zelenskyy")
    order = re.compile(rf"\b{'after' if after else '(?:before|prior to|ahead of)'}\b[^.;]{{0,40}}?\bmeeting with\b"
                       rf"[^.;]{{0,30}}?\b{re.escape(other.family_name)}\b", re.IGNORECASE)
    said = [m for m in same_day if order.search(f"{m.summary} {m.cited.quote}")]
    if same_day and len(said) != len(same_day):
        return None
    others = said or [m for m in theirs if m not in together and (m.date.first_day() > mark.date.last_day() if after
                                                                  else m.date.last_day() < mark.date.first_day())]
    if not others:
        return Answer("not_found", False, "Not in the records",
                      (f"The records show no meeting of {person.name} {found.group('when')} the one with {other.name} "
                       f"({mark.title}, {mark.date.human()}).",),
                      sources=(d.cite(a.kb, mark.cited),), focus=a.meetings.meeting_focus(mark), confidence=0.0)
    def with_whom(m: Meeting) -> str:
        met = [a.kb.people[p].name for p in m.participants if p != first and p in a.kb.people]
        return f"{m.date.human()} — {m.title}" + (f": {', '.join(met)}" if met else "")

    lines = tuple(with_whom(m) for m in others)
    # (one meeting found is the one "what was that about?" next asks of)
    focus = replace(a.meetings.meeting_focus(others[0]), items=(f"meeting:{others[0].id}",)) if len(others) == 1 \
        else Focus(people=(first,), items=tuple(f"meeting:{m.id}" for m in others))
    return Answer("meetings", True, f"{len(others)} meeting{'s' if len(others) != 1 else ''} {found.group('when')} "
                  f"the one with {other.name}", lines, sources=tuple(d.cite(a.kb, m.cited) for m in others[:3]),
                  focus=focus, confidence=0.8)


#: "where did Hayashi go after Ukraine?" (the event after which read as a span of dates): a journey asked.
_WENT_WHERE = re.compile(r"^\W*(?:and |so )?where (?:else )?(?:did|had|has) (?P<who>[\w'’ .-]+?) "
                         r"(?:go|travel|head|fly|visit)\b")


def went_before_or_after(a: Answerer, q: Asked) -> Answer | None:
    """"Where did Hayashi go after Ukraine?": the meetings and journeys of the one named in the span of dates
    the event read as an anchor leaves (after or before it), with their places; that the records show none,
    plainly (never a record of another kind or time)."""
    found = _WENT_WHERE.match(q.lowered)
    dates = q.query.dates
    if found is None or dates is None or not dates.label.startswith(("after ", "before ")):
        return None
    people = [m.id for m in analyse(found.group("who"), a.index).mentions if m.kind == "person"
              and m.id in a.kb.people]
    if not people and q.focus is not None:
        people = [p for p in meant_by_pronoun(a.kb, q.focus.people, found.group("who")) if p in a.kb.people][:1]
    if len(people) != 1:
        return None
    person = a.kb.people[people[0]]
    held = sorted((m for i in a.index.meetings_by_entity.get(("person", person.id), ())
                   if (m := a.kb.meetings.get(i)) is not None and person.id in m.participants
                   and dates.matches(m.date.first_day(), m.date.last_day())), key=lambda m: (m.date, m.id))
    if not held:
        return Answer("not_found", False, "Not in the records",
                      (f"The records show no journey or meeting of {person.name} {dates.label}.",),
                      confidence=0.0)
    lines = tuple(f"{m.date.human()} — {m.title}" + (f" · {place}" if (place := d.meeting_place(a.kb, m)) else "")
                  for m in held)
    return Answer("meetings", True, f"{len(held)} meeting{'s' if len(held) != 1 else ''} of {person.name} "
                  f"{dates.label}", lines, sources=tuple(d.cite(a.kb, m.cited) for m in held[:3]),
                  focus=Focus(people=(person.id,), items=tuple(f"meeting:{m.id}" for m in held)), confidence=0.8)


def _places_of_journey(a: Answerer, m: Meeting) -> set[str]:
    """The places the journey a meeting is (or is part of) went to ("Kyiv and the Bucha memorial")."""
    trip = a.kb.trips.get(m.trip or m.id)
    return set(trip.places) if trip is not None else set()


#: "who went with him to the memorial?": companions on a journey somewhere.
_JOURNEY_WITH = re.compile(r"\bwho (?:(?:went|travell?ed|flew|came|journeyed) with|accompanied) (?:him|her)\b.*\bto\b")


def companions(a: Answerer, q: Asked) -> Answer | None:
    """"Did Kishida bring any of his own ministers along?" of the meeting discussed: yes, with those its
    record names of his side besides him; else that it names no one else of his side, which does not
    say that no one came."""
    focus = q.focus
    found = _ANY_WITH.match(q.lowered)
    along = _WHO_WITH.match(q.lowered) if found is None else None
    if found is None and along is None:
        return None
    named = [m.id for m in q.query.mentions if m.kind == "person" and m.id in a.kb.people]
    who = named[:1] or (list(meant_by_pronoun(a.kb, focus.people, q.lowered)[:1]) if focus is not None else [])
    if len(who) != 1 or who[0] not in a.kb.people:
        return None
    person = a.kb.people[who[0]]
    if along is not None and along.group("side") and {m.id for m in analyse(along.group("side"), a.index).mentions
                                                      if m.kind == "country"} != {person.country}:
        return None  # ("who was with Kishida on the Rwandan side?": whom he met, not who came with him)
    meeting = a.kb.meetings.get(focus.meeting or "") if focus is not None else None
    if meeting is None or person.id not in meeting.participants:
        # (asked first: the one meeting the records hold of the person, or of the place named, if they hold one;
        # the meetings of one journey are the journey's)
        places = {m.id for m in q.query.mentions if m.kind in ("place", "country") and m.id != person.country}
        held = [x for i in sorted(a.index.meetings_by_entity.get(("person", person.id), ()))
                if (x := a.kb.meetings.get(i)) is not None and (not places or {x.place, x.country} & places
                                                               or places & _places_of_journey(a, x))]
        trips = {x.trip or x.id for x in held}
        meeting = _one_remembered_meeting_of(a, focus, person.id) if focus is not None else (
            a.kb.meetings.get(trips.pop()) if len(trips) == 1 else None)
    if meeting is None:
        return None
    others = [x for x in a.meetings.people_of_country(meeting, person.country) if x != person.id]
    if focus is None and others or not others and not named and not _JOURNEY_WITH.search(q.lowered):
        # (asked first with others to name, the meeting's own answer names them; "which ministers came along with
        # him?" may mean either side's, when his names no one; "who went with him to the memorial?" asks who
        # travelled with him, not whom he met there)
        return None
    if not others:
        whom = _OBJECT.get(person.pronoun.word if person.pronoun else "", "them")
        return Answer("not_found", False, "Not in the records",
                      (f"The record of {meeting.title} names no one else from {person.name}'s side; it does not say "
                       f"whether anyone came with {whom}.",),
                      sources=(d.cite(a.kb, meeting.cited),), focus=focus, confidence=0.0)
    assert focus is not None  # (others to name are named only in a conversation, above)
    # ("who was with Kagame from his government?": those people, no yes or no)
    title = f"With {person.name}: {', '.join(a.kb.people[x].name for x in others)}" if along else "Yes"
    return Answer("people" if along else "yes_no", True, title,
                  (f"{meeting.title} {d.on_date(meeting.date)}, besides {person.name}:",
                   *(d.person_label(a.kb, x) for x in others)),
                  sources=(d.cite(a.kb, meeting.cited),), confidence=0.8,
                  # ("… → what's Biruta's post? → and the other one?": the people shown, in the order shown)
                  focus=replace(focus, people=tuple(others), items=tuple(f"person:{x}" for x in others)
                                if len(others) > 1 else focus.items))


#: The guest side asked for ("who was the visitor?", "who did the travelling?"), not the host.
#: "who hosted …?": a question that opens on the one it asks for (not "which bureau of the ministry …").
_WHO_OPENS = re.compile(r"^\W*(?:and |so )?(?:who|whom)\b")
#: Kinds of term that name a body the sides belong to, never a gathering with a host of its own.
_BODY_KINDS = frozenset({"organisation"})
_VISITOR_ASKED = re.compile(r"\b(?:visitor|visiting|guests?|travell?(?:ed|ing)|trip|journey)\b")


def host_or_visitor(a: Answerer, q: Asked) -> Answer | None:
    """"When Hayashi met Kulubaev, which of them was the visitor?": the side whose country the meeting
    was held in hosted; the others came. A meeting in a third country had no host side in it."""
    place_asked = _PLACE_ASKED.search(q.lowered) is not None
    country_asked = place_asked and _WHICH_COUNTRY.search(q.lowered) is not None
    if not _HOST_ASKED.search(q.lowered) or q.query.intent == "yes_no" or place_asked and not country_asked \
            or any(m.kind == "term" and (_gathering(a, m.id) or not _WHO_OPENS.match(q.lowered))
                   for m in q.query.mentions) or set(q.query.keywords) & lx.POSITION_WORDS:
        # "which city hosted ...?" asks where; "who hosted the G20 summit?", the gathering's host ("which bureau of
        # the ministry did the guest come from?", a body's part); "the post
        # of the official who hosted him", the post
        return None
    groups = q.groups + q.extra
    if any(k == "term" and _gathering(a, ref) for g in groups for k, ref in g) \
            and not any(k in ("person", "meeting") for g in groups for k, _ in g):
        return None  # "was the G20 summit in Jakarta?" → "who hosted it?": the gathering's host, from its record
    # ("who hosted the January 26 meeting?": the meeting of the day named)
    found = a.meetings.filter_meetings(groups, q.query) if groups or q.query.dates is not None else []
    held_in = {a.kb.places[m.place].country if m.place in a.kb.places else m.country for m in found}
    if not found or len(found) > 1 and (len(held_in) > 1 or None in held_in):
        return None  # (a trip and a meeting on it, both in one country: one side came, the other hosted)
    m = found[0]
    where = a.kb.places[m.place].country if m.place in a.kb.places else m.country
    cited = (d.cite(a.kb, m.cited),)
    if country_asked and where:
        return None  # "which country hosted it?" of a meeting whose record says where: the place answers
    if not where:
        said = next(iter(a.hosts_said(m.cited.quote)), None)
        if said is None:
            return Answer("not_found", False, m.title, ("The record does not say where the meeting was held.",),
                          sources=cited, confidence=0.0)
        # "Usmanov hosted a meeting with Ikegami": the record's own word, though it does not say where
        hosts, guests = said
        names = ", ".join(d.person_label(a.kb, p) for p in hosts)
        came = ", ".join(a.kb.people[p].name for p in guests) or "the other side"
        # ("which official was hosted by Usmanov?", "whom did he host?": the one who came)
        asked_guest = guests and (_VISITOR_ASKED.search(q.lowered) or _GUEST_ASKED.search(q.lowered))
        return Answer("meeting_answer", True, f"Hosted: {came}" if asked_guest else f"Host: {names}",
                      (f"{names} hosted {came} {d.on_date(m.date)}; the source does not say where the meeting "
                       "was held.",), sources=cited, confidence=0.8,
                      focus=Focus(meeting=m.id, people=(*guests, *hosts) if asked_guest else (*hosts, *guests),
                                  countries=m.countries))
    people = [p for p in (*m.japan_side, *m.partner_side) if p in a.kb.people]
    hosts = [p for p in people if a.kb.people[p].country == where]
    guests = [p for p in people if p not in hosts]
    place = d.meeting_place(a.kb, m) or a.index.entity_name(("country", where))
    if not hosts and where in m.countries:
        # "who hosted Kishida when he went to Ukraine?": the host country is a side of the record, which names
        # no one of it
        came = ", ".join(a.kb.people[p].name for p in guests) or "The other side"
        return Answer("not_found", False, "Not in the records",
                      (f"{m.title} was held in {place} {d.on_date(m.date)}: {came} came as the visitor; the record "
                       f"names no one of {a.index.entity_name(('country', where))}'s side who hosted.",),
                      sources=cited, confidence=0.0, focus=Focus(meeting=m.id, people=tuple(people),
                                                                  countries=m.countries))
    if not hosts:
        line = f"Neither side was at home: {m.title} was held in {place} {d.on_date(m.date)}."
        title = "Neither side hosted"
    else:
        names = ", ".join(a.kb.people[p].name for p in hosts)
        came = ", ".join(a.kb.people[p].name for p in guests) or "the other side"
        line = f"{m.title} was held in {place} {d.on_date(m.date)}: {names} hosted; {came} came as the visitor."
        title = f"Visitor: {came}" if guests and (_VISITOR_ASKED.search(q.lowered) or _GUEST_ASKED.search(
            q.lowered)) else f"Host: {names}"
    also = tuple(f"Also held there: {o.title} ({o.date.human()})" for o in found[1:])
    return Answer("meeting_answer", True, title, (line, *also), sources=cited, confidence=0.8,
                  focus=Focus(meeting=m.id, people=tuple(people), countries=m.countries))


def _gathering(a: Answerer, term_id: str) -> bool:
    """Whether a term the question names may be a gathering with a host of its own (a summit, a forum), not a
    body one of the sides belongs to ("the deputy director general at Japan's foreign ministry")."""
    term = a.kb.terms.get(term_id)
    return term is None or term.kind not in _BODY_KINDS


def owner_of(a: Answerer, q: Asked) -> Answer | None:
    """"Whose Peace Formula came up?": the person or country whose the thing is, in the records' own words
    ("President Zelenskyy's Peace Formula", "the Embassy of the Republic of Uzbekistan"), each with the
    sentence that says so; None when no record says whose it is."""
    found = lx.WHOSE.match(q.lowered)
    if found is None:
        return None
    words = [w for w in re.findall(r"[a-z][a-z'-]*", found.group("thing")) if w not in STOPWORDS]
    if not words or len(words) > 4 or q.query.role is not None or set(words) & lx.PEOPLE_NOUNS or any(
            ROLES[k].search(found.group("thing")) for k in ROLES):
        return None  # "whose foreign minister thanked Japan?": which country's, a question of people
    thing = r"\s+".join(re.escape(w) for w in words)
    name = r"[A-Z][\w-]+(?: (?:of )?[A-Z][\w-]+){0,3}"
    owned = re.compile(rf"(?P<a>{name})['’]s (?i:{thing})\b|\b(?i:{thing}) of (?:the )?(?P<b>{name})")
    stems = set(content_stems(" ".join(words)))
    owners: dict[tuple[str, str], str] = {}
    cited: dict[tuple[str, str], Passage] = {}
    for n in a.index.by_stem.get(min(stems), ()) if stems else ():
        p = a.index.passages[n]
        dates = q.query.dates
        if not stems <= p.stems or not all(a._names(p, g) for g in q.groups) or dates is not None and (
                p.date is None or not dates.matches(p.date.first_day(), p.date.last_day())):
            continue
        for text in (p.text, p.cited.quote):  # the record's own sentence, else its quote; the shortest kept
            for said in owned.finditer(text):
                for m in analyse(said.group("a") or said.group("b"), a.index).mentions:
                    key = (m.kind, m.id)
                    if m.kind in ("person", "country") and (key not in owners or len(text) < len(owners[key])):
                        owners[key], cited[key] = text, p
    if not owners:
        return None
    lines = tuple(f"{a.index.entity_name(e)}: {text}" for e, text in owners.items())
    people = tuple(i for k, i in owners if k == "person")
    focus = Focus(people=people, countries=tuple(i for k, i in owners if k == "country"))
    first = next(iter(cited.values()))
    if first.kind in lx.MEETING_KINDS and first.ref in a.kb.meetings:
        # the meeting where it came up stays the topic ("which region did she want on board?")
        shown = a.meetings.meeting_focus(a.kb.meetings[first.ref])
        focus = replace(shown, people=tuple(dict.fromkeys((*people, *shown.people))))
    return Answer("people", True, ", ".join(a.index.entity_name(e) for e in owners), lines,
                  sources=tuple(d.cite(a.kb, p.cited) for p in cited.values()), confidence=0.8, focus=focus)


def handle_of(a: Answerer, q: Asked) -> Answer | None:
    """"What's Kishida's Twitter handle in that tweet?": the "@" name the records give for the one person
    asked about, with the sentence that uses it; that none is given, said plainly."""
    words = q.query.words
    joined = " ".join(words)
    asked = lx.HANDLE_ASKED.search(joined)  # (the words as corrected: "twiter handl")
    if asked is None and not lx.HANDLE_ASKED.search(q.lowered):
        return None
    named = [m.id for m in q.query.mentions if m.kind == "person" and m.id in a.kb.people]
    # (the one named right before it, "Kishida's twitter handle", or right after it, "the handle for Kishida")
    at, after = (len(joined[:asked.start()].split()), len(joined[:asked.end()].split())) if asked else (-9, -9)
    owner = [m.id for m in q.query.mentions if m.kind == "person" and asked is not None
             and (0 <= at - m.end <= 1 or words[after:m.start] in (("for",), ("of",)))]
    if len(set(named)) > 1 and len(owner) == 1:
        named = owner  # "kishida's twitter handle in the kagame tweet": the one whose handle it is
    if not named and q.focus is not None and lx.PERSON_PRONOUN.search(q.lowered):
        named = list(meant_by_pronoun(a.kb, q.focus.people, q.lowered)[:1])
    if len(set(named)) != 1:
        return None
    person = a.kb.people[named[0]]
    handles = [x for x in person.aliases if x.startswith("@")]
    if not handles:
        return Answer("not_found", False, "Not in the records", (f"The records give no handle for {person.name}.",),
                      sources=(d.cite(a.kb, person.cited),), focus=Focus(people=(person.id,)), confidence=0.0)
    said = person.cited.quote if handles[0] in person.cited.quote else f"{person.name}: {handles[0]}"
    # (the conversation's meeting stays the topic: "did they meet in Tokyo, though?")
    kept = replace(q.focus, people=tuple(dict.fromkeys((person.id, *q.focus.people)))) if q.focus else Focus(
        people=(person.id,))
    return Answer("person", True, ", ".join(handles), (said,), sources=(d.cite(a.kb, person.cited),),
                  focus=kept, confidence=0.9)
