"""The detail a follow-up asks of the records the last answer showed ("when was that?", "how much
was it?", "why?"): read from the record's own fields, or said to be missing. A follow-up about a fact
or a pledge is answered from that record, not from whatever else shares its words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.answers import Answer, Focus
from bot.engine import describe as d
from bot.engine import lexicon as lx
from bot.engine.asked import event_regarded, undated_by_note
from bot.engine.events import ANNOUNCEMENT, NUMBER_WORDS, TRAVEL, events_asked
from bot.engine.meetings import date_part_missing
from bot.engine.query import SYNONYMS, Query
from bot.engine.text import content_stems, stem
from bot.knowledge.dates import PartialDate
from bot.knowledge.model import Fact, KnowledgeBase, Pledge, Term

Record = Fact | Pledge | Term
#: Question types a record's fields answer.
DETAIL_INTENTS = frozenset({"when", "quantity", "why", "where", "who"})
_RELATIVE = re.compile(r"\b(after|before|later|earlier|since|between|ago|apart)\b")
#: What a question asking for money says ("how much did it cost?"), as stems; and a sum a record gives.
_MONEY_ASKED = frozenset(stem(w) for w in "cost costs price worth value spend spent dollars yen money".split())
_MONEY_GIVEN = re.compile(r"[$€£¥]|\b(dollars?|yen|euros?|usd|jpy)\b", re.IGNORECASE)
#: "How much?" alone, after a count: a sum asked.
_HOW_MUCH = re.compile(r"^\W*(?:and |so |ok )?how much(?: (?:was|is|were|are|did) (?:it|that|this|they|those|these)"
                       r"(?: cost| worth)?)?\W*$")
#: "How many?" alone, after a sum: a count asked.
_HOW_MANY = re.compile(r"^\W*(?:and |so |ok )?how many(?: (?:of )?(?:it|that|this|them|those|these))?\W*$")
_BACK = re.compile(r"\b(it|that|this|those|these|they|them|then|its|their)\b")
#: "When was the last one?", "his most recent visit?": one of the things the record just shown counts.
_ONE_OF_THEM = re.compile(r"\b(?:the|his|her|their) (?:last|latest|first|most recent|earliest|previous) "
                          r"(?:one|time|visit|trip|of them)\b")


def refers_back(query: Query) -> bool:
    """Whether a question asks about the last answer's records: it names nothing itself and either
    points back ("when was that?") or is only a question word or two ("why?", "how much?")."""
    if query.mentions or query.dates is not None or query.intent not in DETAIL_INTENTS:
        return False
    if _RELATIVE.search(query.raw.lower()):
        return False  # "how many years after ... was that?" relates the record to another one
    return bool(_BACK.search(query.raw.lower()) or _ONE_OF_THEM.search(query.raw.lower())) or len(query.words) <= 3


def own_words(found: Record) -> set[str]:
    """The content stems a record says of itself: a term's names and definition, else its statement."""
    text = " ".join((found.name, *found.aliases, found.definition)) if isinstance(found, Term) else found.statement
    return set(content_stems(text))


def said_words(found: Record) -> set[str]:
    """The content stems a record says of itself and the stems of the quote it rests on."""
    return own_words(found) | set(content_stems(found.cited.quote))


def text_of(found: Record) -> str:
    """What a fact or pledge states, or what a term is defined as."""
    return found.definition if isinstance(found, Term) else found.statement


def record(kb: KnowledgeBase, ref: str) -> Record | None:
    """The fact, pledge or term named `kind:id`."""
    kind, _, key = ref.partition(":")
    tables: dict[str, Mapping[str, Record]] = {"fact": kb.facts, "pledge": kb.pledges, "term": kb.terms}
    return tables.get(kind, {}).get(key)


def answer(kb: KnowledgeBase, ref: str, query: Query, items: tuple[str, ...]) -> Answer | None:
    """The detail `query` asks of the record `ref`; None when the record is no fact, pledge or term."""
    found = record(kb, ref)
    if found is None or query.intent in _FROM_TEXT.get(type(found).__name__, ()):
        return None  # a fact says why, where or who in its own words, which the engine reads
    text = text_of(found)
    words = set(content_stems(f"{text} {found.cited.quote} {_extra_words(found)}"))
    cited = (d.cite(kb, found.cited),)
    focus = Focus(items=items, date=found.date.iso() if found.date else None,
                  countries=found.countries if isinstance(found, (Fact, Term)) else (found.recipient,),
                  people=found.people if isinstance(found, Fact) else (),
                  # "when was that trip?" after a pledge made on one: the trip or meeting it was made at
                  meeting=(found.trip or found.meeting) if isinstance(found, Pledge) else None,
                  # ("where is that?" → "what happened there?": the place the fact gives first, once asked)
                  place=found.places[0] if isinstance(found, Fact) and query.intent == "where" and found.places
                  else None)
    quantity = None if isinstance(found, Term) else found.quantity
    if query.intent == "quantity" and _HOW_MUCH.match(query.raw.lower()) and not _MONEY_GIVEN.search(text) \
            and quantity is not None and (len(items) == 1 or quantity.unit.lower() in lx.TIME_UNITS):
        # "How much?" after "how many cranes?": a sum, which a record of a count does not give
        return Answer("not_found", False, "Not in the records",
                      (f"The record gives a count, not a sum of money: “{text}”",), sources=cited, focus=focus,
                      confidence=0.0)
    if query.intent == "quantity" and _HOW_MANY.match(query.raw.lower()) and quantity is not None \
            and _MONEY_GIVEN.search(f"{quantity.unit} {quantity.text}"):
        # "how many of those?" of "$7 billion in aid": a sum of money, which counts nothing
        return Answer("not_found", False, "Not in the records",
                      (f"The record gives a sum of money, not a count: “{text}”",), sources=cited, focus=focus,
                      confidence=0.0)
    if query.intent == "quantity" and _MONEY_ASKED & {stem(w) for w in query.words} and not _MONEY_GIVEN.search(text):
        # "How much do they cost?" of a pledge of 24 cranes: its record gives a count, not a price.
        return Answer("not_found", False, "Not in the records", (f"The record does not give a cost: “{text}”",),
                      sources=cited, focus=focus, confidence=0.0)
    if not all(k in words or words & set(SYNONYMS.get(k, ())) or k in _TALK or k in _ANSWER_KIND
               or query.intent == "where" and k in _PLACE_KIND
               or query.intent in ("when", "where") and k in _HAPPENED
               # ("when are those supposed to be delivered?": when they are due, said as expected)
               or query.intent == "when" and k in _EXPECTED
               # ("when did it come?" of aid provided: when it was given)
               or query.intent == "when" and k in _ARRIVED and isinstance(found, Pledge) and found.status == "provided"
               or k in _CHANNEL_WORDS and (_CHANNEL_ASKED.search(query.raw.lower()) or _WITH_ASKED.search(
                   query.raw.lower())) for k in query.keywords):
        return None  # "how many agreements came out of it?" after a record that names no agreement
    value = _detail(kb, found, query.intent)
    undated = (undated_by_note(query, found.note) or event_regarded(query, text)) if query.intent == "when" else None
    if undated is not None:
        # "When did she take office?" of a record dated by the meeting where her appointment came up, noted
        # "the appointment date is not given": its date is not the one asked for.
        return Answer("not_found", False, "Not in the records", (undated,), sources=cited, focus=focus,
                      confidence=0.0)
    missing = date_part_missing(query.raw.lower(), found.date) \
        if query.intent == "when" and value is not None and not _AHEAD.search(query.raw.lower()) else None
    if missing is not None:
        # "what dates exactly?" of a record dated to the month: no day is given, which is said, with what is
        # ("which month was that?" of a record that gives the year alone: no month)
        return Answer("not_found", False, "No exact date in the records",
                      (f"The record gives no {'exact day' if missing == 'day' else missing}, only {value}:", text),
                      sources=cited, focus=focus, confidence=0.0)
    due = getattr(found, "due", None)
    if query.intent == "when" and _AHEAD.search(query.raw.lower()):
        # "When will they be delivered?": when it is due, which is not when it was pledged.
        value = due.human() if isinstance(due, PartialDate) else None
    elif query.intent == "when" and _BY_WHEN.search(query.raw.lower()) and (
            isinstance(due, PartialDate) or getattr(found, "status", "provided") != "provided"):
        # "by when?" of a pledge: when it is due; one still to come with no such date has none
        value = due.human() if isinstance(due, PartialDate) else None
    if value is not None and query.intent == "who" and isinstance(found, Fact) and any(
            k not in words and k not in _TALK and k not in _ANSWER_KIND for k in query.keywords):
        # "who does it commemorate?" of the memorial Hayashi visited: a word said only in other words ("memorial")
        # does not make the one named its subject
        value = None
    if value is not None and query.intent == "who" and query.words[1:2] and query.words[1] in _MAKERS_ASKED:
        # "who makes them?" of a pledge: the maker of the thing, which no record of giving names
        value = None
    if value is not None and query.intent == "who" and not _agent_said(kb, found, text, query):
        # "Who signed it?" of a record that names the two ministers but not who signed: not answered.
        value = None
    covered = lx.YEAR_SPAN.search(text) if query.intent == "when" and _COVERS.search(query.raw.lower()) else None
    if covered is not None:
        value = f"{covered.group(1)} to {covered.group(2)}"  # "what years does it cover?": the span, not its date
    if value is not None and query.intent == "where" and _COUNTRY in query.keywords and isinstance(found, Fact):
        # "Which country is it in?": the country of the record's places, not the places.
        names = dict.fromkeys(kb.countries[c].name for p in found.places
                              if p in kb.places and (c := kb.places[p].country) in kb.countries)
        value = ", ".join(names) or None
    if query.intent == "who" and isinstance(found, Pledge) and _TO_WHOM.search(query.raw.lower()):
        # "to whom?" of a pledge: those it was told to at the meeting where it was made; a pledge recorded
        # at no meeting does not say (its recipient answers another question)
        met = kb.meetings.get(found.meeting or "")
        hearers = [p for p in met.partner_side if p in kb.people] if met is not None else []
        value = (f"{', '.join(d.person_label(kb, p) for p in hearers)}, at {met.title} {d.on_date(met.date)}"
                 if met is not None and hearers else None)
    channel = _THROUGH.search(text) if query.intent == "who" and _CHANNEL_ASKED.search(query.raw.lower()) else None
    if channel is not None:
        value = channel.group(1)  # "via whom?": the channel the record's own words name
    company = _WITH.search(text) if query.intent == "who" and _WITH_ASKED.search(query.raw.lower()) else None
    if company is not None:
        value = company.group(1)  # "who did she send them with?": those the record's own words name
    if value is not None and query.intent == "quantity" and isinstance(found, Pledge) and asks_ones_part(query):
        return the_whole_given(kb, found, focus)
    counted = _HOW_MANY_NOUN.match(query.raw.lower()) if query.intent == "quantity" else None
    noun = stem(counted.group(1)) if counted is not None and counted.group(1) not in _NOT_COUNTED else None
    if value is not None and noun is not None and noun not in words and not words & set(SYNONYMS.get(noun, ())) \
            and (quantity is None or stem(quantity.unit.lower().split()[-1] if quantity.unit else "") != noun):
        # "how many likes did it get?" of a tweet of 14 agreements: the record counts something else
        value = None
    unit = _UNIT_ASKED.search(query.raw.lower()) if query.intent == "quantity" else None
    if unit is not None and value is not None and quantity is not None \
            and quantity.unit.lower() not in lx.TIME_UNITS:
        # "over how many years?" of "$7 billion": the figure is no span of time; the text may give one
        value = None
    if unit is None and value is not None and quantity is not None and query.intent == "quantity" \
            and quantity.unit.lower() in lx.TIME_UNITS and _AMOUNT_ASKED.match(query.raw.lower()):
        # "how much was that aid?" of "assistance over the past 30 years": the figure counts time, not the amount
        value = None
    if value is None and query.intent in ("quantity", "duration"):
        value = _span_in_text(text, query)  # "how many days did it last?", "how long was it?" of "the two-day summit"
    if value is None and query.intent == "quantity":
        value = _count_in_text(text, query)  # "how many provinces?" of "… in all four provinces"
    reporter = reporter_in_text(text, query) if query.intent == "who" else None
    if reporter is not None:
        value = reporter  # "who reported his visit?" of "…; Hayashi visited it, the Japanese embassy reported"
    if value is None and query.intent == "who":
        value = _agent_in_text(text, query)  # "who hosted it?" of "a summit hosted by the Indonesian presidency"
    dedicated = _DEDICATED_TO.search(text) if query.intent == "who" and _DEDICATION_ASKED.search(
        query.raw.lower()) or query.intent == "why" and value is None else None
    if dedicated is not None:
        # "who does it commemorate?" of "a memorial dedicated to the victims of …"; "what is it for?": the same
        value = dedicated.group("whom") if query.intent == "who" else f"Dedicated to {dedicated.group('whom')}"
    if value is None:
        return Answer("not_found", False, "Not in the records",
                      (f"The record does not give {_MISSING[query.intent]}: “{text}”",),
                      sources=cited, focus=focus, confidence=0.0)
    return Answer("detail", True, value, (text,), sources=cited, focus=focus, confidence=0.9)


def asks_ones_part(query: Query) -> bool:
    """Whether a question of a figure asks the part one person gave ("how many did she personally send?")."""
    return query.intent == "quantity" and _PERSONALLY.search(query.raw.lower()) is not None


def the_whole_given(kb: KnowledgeBase, found: Pledge, focus: Focus | None = None) -> Answer:
    """"How many did she personally send?" of "Japan provided more than 1,500 generators, including some she
    sent": the donor's figure, not the part of it one person gave."""
    donor = kb.countries.get(found.donor)
    whose = f"{donor.name}'s" if donor is not None else "the"
    return Answer("not_found", False, "Not in the records",
                  (f"The record gives {whose} figure as a whole, not how many one person gave: “{found.statement}”",),
                  sources=(d.cite(kb, found.cited),), focus=focus, confidence=0.0)


#: "personally", "herself": the part one person did of what a record tells of a country as a whole.
_PERSONALLY = re.compile(r"\b(?:pers?on+al+y|herself|himself|themselves|on (?:her|his|their) own)\b")
#: Verbs by which a record says who told of what it records.
_REPORTING = frozenset(stem(w) for w in "report reported announce announced tweet tweeted post posted publish "
                                       "published say said state stated".split())


def reporter_in_text(text: str, query: Query) -> str | None:
    """Who told of what a record records, as its own words name them last ("…, the Japanese embassy
    reported."), when the question asks who did the telling; None otherwise."""
    for k in query.keywords:
        if k not in _REPORTING:
            continue
        told = re.search(rf"[,;:]\s*((?:the |an? )?[\w'’ -]+?) {re.escape(k)}\w*\W*$", text, re.IGNORECASE)
        if told is not None:
            return told.group(1)
    return None


def _agent_in_text(text: str, query: Query) -> str | None:
    """Who did what the question asks, as the record's own words say it was done by ("hosted by the Indonesian
    G20 presidency" for "who hosted it?"); None when they name no one after "by"."""
    for k in query.keywords:
        if len(k) < 3:
            continue
        done = re.search(rf"\b{re.escape(k)}\w* by ((?:the |an? )?[\w'’ -]+?)(?=[,.;]|$| under | in | at | with | for "
                         r"| and | on | to )", text, re.IGNORECASE)
        if done is not None:
            return done.group(1)
    return None


#: "To whom?", "who was it announced to?", "who was she telling this to?": whom a pledge was made to.
_TO_WHOM = re.compile(r"^\W*(?:and )?to whom\b|^\W*(?:and )?to who\W*$"
                      r"|\bwho (?:was it|were they|was that) (?:announced|made|given|promised"
                      r"|said|pledged) to\b"
                      r"|\bwho(?:m)? (?:was|were|did|is|does) (?:she|he|they|it|that|this) (?:telling|saying|announcing"
                      r"|talking|speaking|tell|say|announce|talk|speak|promising|promise)"
                      r"(?: (?:all|both|of|this|that|it|them|these|those|things|stuff)){0,3} to"
                      r"\W*$")
#: "Via whom?", "through whom was it delivered?": the channel, which a record names after "via" or "through".
_CHANNEL_ASKED = re.compile(r"\b(?:via|through) (?:who|whom|which|what)\b")
#: Words of a "through whom was it channelled?" question that only ask for the channel.
_CHANNEL_WORDS = frozenset(stem(w) for w in "through via channel channelled channeled routed delivered sent".split())
#: "With whom?", "who did she send them with?": those who did it together, which a record names after "with".
#: "who does it commemorate?", "whom is it dedicated to?": to whom a thing is dedicated.
_DEDICATION_ASKED = re.compile(r"\b(?:commemorat\w*|honou?r(?:s|ed|ing)?|dedicated|in memory of|remember(?:s|ed)?"
                               r"|memoriali[sz]\w*)\b")
_DEDICATED_TO = re.compile(r"\bdedicated to (?P<whom>[^;.]+)")
_WITH_ASKED = re.compile(r"\bwith (?:who|whom)\b|^\W*(?:and )?who\b.*\bwith\W*$")
_WITH = re.compile(r"\b(?:together )?with ((?:the |other )*(?:[A-Z][\w-]*|members?|colleagues?|officials?)"
                   r"[\w -]*?)(?=[,.;]|$| to | in | for )")
_THROUGH = re.compile(r"\b(?:via|through) ((?:the )?[\w -]+?)(?= in response| to | for |[,.;]|$)")
#: Words about the record itself ("who mentioned that figure?"), not about what it records.
_TALK = frozenset(stem(w) for w in """mention mentioned mentions figure figures number numbers amount say said
    state stated report reported cite cited quote quoted""".split())
#: Words naming the kind of answer asked ("the exact date?", "which year?"), not what it is about.
_ANSWER_KIND = frozenset(stem(w) for w in "exact precise specific full date day year month figure".split())
#: Words that only say something took place ("when did that happen?"), not what it was.
_EXPECTED = frozenset(stem(w) for w in "supposed expected scheduled slated planned meant".split())
_HAPPENED = frozenset(stem(w) for w in "happen happened occur occurred take took taken place held hold".split())
#: Words of a thing given reaching its recipient ("when did the aid come?").
_ARRIVED = frozenset(stem(w) for w in "come came arrive arrived arrives reach reached get got".split())
#: Words naming the kind of place asked ("which country is it in?").
_PLACE_KIND = frozenset(stem(w) for w in "country city place location located".split())
_COUNTRY = stem("country")
#: Details a kind of record gives in its text rather than in a field of its own.
_FROM_TEXT = {"Term": ("why", "where", "who")}
_MISSING = {"when": "a date", "quantity": "a figure", "why": "a reason", "where": "a place", "who": "who",
            "duration": "how long it lasted"}


def _extra_words(found: Record) -> str:
    if isinstance(found, Pledge):
        # (a pledge whose record names who announced it is an announcement: "who announced that?")
        return (f"{found.item} {found.purpose or ''} {' '.join(found.keywords)} pledge provide"
                + (" announced" if found.announced_by else ""))
    if isinstance(found, Fact):
        return f"{found.topic} {' '.join(found.keywords)}"
    return f"{found.name} {' '.join(found.aliases)}"


#: "who makes them?", "who manufactured it?": the maker of a thing, not the one who gave it.
_MAKERS_ASKED = frozenset("makes manufactures manufactured produces produced builds built designs designed".split())


def _agent_said(kb: KnowledgeBase, found: Record, text: str, query: Query) -> bool:
    """Whether the record's words name who did the event the question asks about ("Kozuki signed",
    "signed by Kozuki"); true when it asks about no event."""
    kinds = [k for k in events_asked(query.words) if k is not TRAVEL]
    if not kinds:
        return True
    if isinstance(found, Pledge) and found.announced_by and all(k is ANNOUNCEMENT for k in kinds):
        return True  # "who announced it?": the pledge's record names who announced it
    people = found.people if isinstance(found, Fact) else (found.announced_by,) if isinstance(found, Pledge) else ()
    names = {kb.people[p].family_name.lower() for p in people if p and p in kb.people}
    words = re.findall(r"[\w'-]+", text.lower())
    for i, word in enumerate(words):
        if any(stem(word) in k.words for k in kinds):
            after = words[i + 1:i + 2 + _AGENT_GAP] if "by" in words[i + 1:i + 2] else []
            near = words[max(0, i - _AGENT_GAP):i] + after
            if names & {w.removesuffix("'s") for w in near}:
                return True
    return False


def _detail(kb: KnowledgeBase, found: Record, intent: str) -> str | None:
    if intent == "when":
        return found.date.human() if found.date else None
    if intent == "quantity":
        quantity = None if isinstance(found, Term) else found.quantity
        if quantity is None:
            return None
        # ("the past 30 years" already says its unit)
        return quantity.text if quantity.text.lower().endswith(quantity.unit.lower()) else \
            f"{quantity.text} {quantity.unit}".strip()
    if intent == "why" and isinstance(found, Pledge):
        if found.purpose:
            return found.purpose
        reason = _IN_RESPONSE.search(found.statement)  # "... in response to the humanitarian situation"
        return reason.group(0) if reason else None
    if intent == "why" and isinstance(found, Fact):
        # "why?" of a fact: the reason its own words give ("in his capacity as Chair of ..."), else none
        reason = (_IN_RESPONSE.search(found.statement) or _CAPACITY.search(found.statement)
                  or _PURPOSE.search(found.statement) or _DATE_GLOSS.search(found.statement))
        return reason.group(0) if reason else None
    if intent == "where" and isinstance(found, Fact) and found.places:
        return ", ".join(kb.places[p].name for p in found.places if p in kb.places) or None
    if intent == "where" and isinstance(found, (Fact, Pledge)):
        # "where did that equipment go?": where the record's own words say it was sent
        sent = _DESTINATION.search(found.statement)
        return sent.group(1) if sent else None
    if intent == "who" and isinstance(found, Fact) and found.people:
        return ", ".join(d.person_label(kb, p) for p in found.people)
    if intent == "who" and isinstance(found, Fact):
        # "who tweeted about it?" of "Daryo reported in a tweet …": the organisation the statement opens with
        opener = [t.name for t in kb.terms.values() if t.kind == "organisation" and found.statement.startswith(
            f"{t.name} ")]
        return opener[0] if len(opener) == 1 else None
    if intent == "who" and isinstance(found, Pledge) and found.announced_by:
        return d.person_label(kb, found.announced_by)
    return None


_SPAN_WORD = re.compile(r"\b([a-z]+|\d+)-(day|week|month|year|hour|minute)\b")
#: Where a thing given went, in a record's own words: "provided … to hospitals … in Kigali and …".
_DESTINATION = re.compile(r"\b(?:provided|sent|delivered|given|donated|supplied|shipped)\b[^.;]*?\bto "
                          r"((?:[a-z-]+ ){0,6}?in [A-Z][^.;]*?)(?=\s+(?:to|for|in order to|so as to)\s|[.;,]|$)")
#: The reason a record's own words give for what was done.
_IN_RESPONSE = re.compile(r"\b(?:in response to|because of|owing to|due to|in order to|so as to)\b[^.;]+",
                          re.IGNORECASE)
#: The role in which a record says something was done ("in his capacity as Chair of ...", "as part of ...").
_CAPACITY = re.compile(r"\b(?:in (?:his|her|its|their) capacity as|on the occasion of|as part of|to attend)\b[^.;]+",
                       re.IGNORECASE)
#: A purpose the record's words give: "to" and a verb ("held the meeting to send a message"), never a
#: place, a date or a thing ("to Ukraine", "to 1962", "to the summit").
_PURPOSE = re.compile(r"\b(?:in order |so as )?to (?!(?:the|a|an|date|its|his|her|their|this|that|these|those)\b)"
                      r"[a-z]+\b[^.;]*")
#: What a date stands for in the record's own words ("in 1962, the year Rwanda gained independence").
_DATE_GLOSS = re.compile(r"\b(?:1[89]|20)\d{2},? (?:the year|when) [^.;]+")
#: Words between a person's name and what the record says they did ("Kozuki, State Minister, signed").
_AGENT_GAP = 3
#: A question about what is still to come ("when will they be delivered?").
_AHEAD = re.compile(r"\b(will|going to|due|expected|scheduled|planned|supposed to|meant to|slated)\b")
#: "By when?", "by what date?": a deadline.
_BY_WHEN = re.compile(r"\bby (?:when|what (?:date|time|day|month|year))\b")
_COVERS = re.compile(r"\b(cover|covers|covered|span|spans|spanned|run|runs)\b")
_UNIT_ASKED = re.compile(r"\bhow many (days|weeks|months|years|hours|minutes)\b")
#: "how much was that aid?", "and how much?": an amount asked, which a span of time is not ("how much time" is).
_AMOUNT_ASKED = re.compile(r"^\W*(?:and |so |ok )?how much\b(?! (?:time|longer|later|earlier)\b)")


def _count_in_text(text: str, query: Query) -> str | None:
    """"How many provinces?" of a record that writes "all four provinces": the figure its own words give
    before the noun asked; None unless exactly one."""
    asked = _HOW_MANY_NOUN.match(query.raw.lower())
    if asked is None:
        return None
    noun = stem(asked.group(1))
    numbers = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    found = {(m.group(1), m.group(2)) for m in re.finditer(rf"\b(\d[\d,]*|{numbers}) ((?:[a-z-]+ ){{0,2}}?[a-z-]+)\b",
                                                            text.lower())
             if stem(m.group(2).split()[-1]) == noun}
    return " ".join(found.pop()) if len(found) == 1 else None


#: Words after "how many" that are no noun of what is counted ("how many did they send?", "how many more?").
_NOT_COUNTED = frozenset("did do does were was are is have has had will would of more in times".split())
#: "How many provinces?", "so how many companies": the noun a count is asked of.
_HOW_MANY_NOUN = re.compile(r"^\W*(?:and |so )?how many ([a-z-]+)\b")


def _span_in_text(text: str, query: Query) -> str | None:
    """"How many days?" of a record that writes "a two-day summit": the figure written before the unit;
    "how many years?" of one that writes "for 2023-2025": the years, both ends counted."""
    asked = _UNIT_ASKED.search(query.raw.lower())
    if asked is None and query.intent == "duration":
        # "how long was it?" of "the two-day summit": the one length its words give, in its own unit
        spans = {(n, u) for n, u in _SPAN_WORD.findall(text.lower()) if n.isdigit() or n in NUMBER_WORDS}
        years = {(int(a), int(b)) for a, b in lx.YEAR_SPAN.findall(text) if int(a) < int(b)}
        if not spans and len(years) == 1:
            # "over what period?" of "the program for 2023-2025": its years, both ends counted
            (first, last), = years
            return f"{last - first + 1} years ({first} to {last}, both counted)"
        if len(spans) != 1:
            return None
        (number, unit), = spans
        value = number if number.isdigit() else NUMBER_WORDS[number]
        return f"{value} {unit}{'s' if str(value) != '1' else ''}"
    if asked is None:
        return None
    ranges = {(int(a), int(b)) for a, b in lx.YEAR_SPAN.findall(text) if int(a) < int(b)}
    if asked.group(1) == "years" and len(ranges) == 1:
        (first, last), = ranges
        return f"{last - first + 1} years ({first} to {last}, both counted)"
    for number, unit in _SPAN_WORD.findall(text.lower()):
        value = number if number.isdigit() else NUMBER_WORDS.get(number)
        if value is not None and asked.group(1).startswith(unit):
            return f"{value} {unit}{'s' if str(value) != '1' else ''}"
    return None
