"""Time between two events a question names: "how many days after the alliance meeting did Velda meet
Dorin?", "how many years passed between X and Y?", "what day of the week was it when X began?".

Each event is asked as a question of its own ("When was X?"); only when each has exactly one dated
record, precise enough for the unit asked, is the difference given, with both dates and both
sources. Rules are named data with examples.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.answers import Answer, Citation, Focus
from bot.engine import lexicon as lx
from bot.engine.choice import first_of
from bot.engine.events import NUMBER_WORDS
from bot.engine.query import expand_shorthand
from bot.engine.text import content_stems
from bot.engine.when import find_date
from bot.knowledge.dates import PartialDate

_UNIT = r"(?P<unit>days?|weeks?|months?|years?|yrs?|mos?|wks?)"
#: Chat spellings of the units.
_UNIT_SHORT = {"yr": "year", "mo": "month", "wk": "week"}
#: A time asked with no unit, between two days fewer than this many days apart, is said in days.
_DAYS_AS_DAYS = 60
#: A time between two events asked with no unit is said in months below this many months.
_MONTHS_AS_MONTHS = 24
_PRECISION_NEEDED = {"day": "day", "week": "day", "month": "month", "year": "year"}


@dataclass(frozen=True)
class ElapsedRule:
    """A way of asking for the time between two events; groups `first` and `second` name them."""

    name: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]
    #: How each side is asked as a question of its own, by group name.
    asks: tuple[tuple[str, str], ...]


#: The start of a question of the time between two records ("so roughly how many …", "and how long after …"):
#: words that lead into it and ask nothing.
_LEAD = r"^\W*(?:(?:and|so|ok|okay) )?(?:roughly |approximately |about |exactly )?"

RULES: tuple[ElapsedRule, ...] = (
    ElapsedRule("how many units after A did B", re.compile(
        _LEAD + r"how (?:many " + _UNIT + r"|long|soon) (?P<order>after|before) "
        r"(?P<first>.+) (?:did|was|were|had|has) (?P<second>.+?)\W*$"),
        ("how many days after the alliance meeting did velda meet dorin?",
         "how many days after arriving in ostra did quell meet sabit?",
         "how soon after establishing relations did aurelia open its embassy in lunde?",
         "how many years after veloria's independence did aurelia open its embassy in lunde?"),
        (("first", "When was {}?"), ("second", "When did {}?"))),
    ElapsedRule("how many units earlier did A than B", re.compile(
        _LEAD + r"how (?:many " + _UNIT + r"|long|much) (?:earlier|later|sooner) "
        r"(?:did|was|were|had|has) (?P<first>.+?) (?P<verb>begin|began|start|started|open|opened|happen|happened"
        r"|take place|took place|come|came|occur|occurred|go|went|visit|visited|meet|met|arrive|arrived) "
        r"than (?P<second>.+?)(?: did)?\W*$"),
        ("how many years earlier did aurelia-zembla relations begin than aurelia-veloria relations?",),
        (("first", "When did {} {verb}?"), ("second", "When did {} {verb}?"))),
    ElapsedRule("how many units between A and B", re.compile(
        _LEAD + r"(?:how (?:many " + _UNIT + r"|long|much time)|(?:number of )?"
        + _UNIT.replace("unit", "unit3") + r") (?:passed |elapsed |were there |was it |lay )?(?:between|from|btw) "
        r"(?P<first>.+?) (?:and|to|until) (?P<second>.+?)\W*$"),
        ("how many days passed between the obrin-tarsen meeting and the quell-sabit meeting?",
         "how much time elapsed between the opening of aurelia's embassy in lunde and of veloria's in ostra?"),
        (("first", "When was {}?"), ("second", "When was {}?"))),
    ElapsedRule("the gap in units between A and B", re.compile(
        r"^\W*(?:what(?:'s| is| was) |give me |tell me )?(?:the )?"
        r"(?:(?:gap|difference|interval|span) in " + _UNIT + r"|time (?:gap|span|elapsed)|gap in time|gap|time)"
        r" (?:between|from|btw) (?P<first>.+?) (?:and|to|until) (?P<second>.+?)\W*$"),
        ("what's the gap in years between aurelia opening its embassy in lunde and in ostra?",
         "gap between aurelia's embassy opening in lunde and veloria's in ostra?",
         "gap in yrs btw aurelia's embassy in lunde and veloria's embassy in ostra"),
        (("first", "When was {}?"), ("second", "When was {}?"))),
    ElapsedRule("A to B, the gap in units", re.compile(
        r"^\W*(?:from )?(?!(?:who|whom|what|when|where|which|why|how|did|does|do|was|were|is|are|has|have|had)\b)"
        r"(?P<first>[^,;:?]+?) (?:to|until|till|->) (?P<second>[^,;:?]+?)(?:(?:\s*[,:;–—-]+\s*|\s+)"
        r"(?:the |what(?:'s| is) the )?(?:(?:time )?gap|difference|interval|time between)(?: in " + _UNIT
        + r")?|\s*[,:;–—-]*\s+how many "
        + _UNIT.replace("unit", "unit4") + r"(?: apart| between| in between)?)\W*$"),
        ("ostra forum to the quell-sabit meeting, gap in days?",
         "from the lunde summit to the obrin-tarsen talks: how many days?",
         "velda dorin mtg to quell sabit mtg how many days apart",
         "lunde summit to velda dorin mtg gap in days"),
        (("first", "When was {}?"), ("second", "When was {}?"))),
    ElapsedRule("A, then B how many units later", re.compile(
        r"^\W*(?!(?:who|whom|what|when|where|which|why|how|did|does|do|was|were|is|are|has|have|had)\b)"
        r"(?P<first>[^,;:?]+?)\s*[,;:–—-]+\s*(?P<second>[^,;:?]+?),? how many " + _UNIT
        + r" (?:later|after|afterwards|on)\W*$"),
        ("aurelia veloria ties began 1962, lunde embassy how many yrs later",),
        (("first", "When was {}?"), ("second", "When was {}?"))),
    ElapsedRule("how many units separate A and B", re.compile(
        _LEAD + r"how (?:many " + _UNIT + r"|long|much time) (?:separates?|separated"
        r"|lie between|lay between) "
        r"(?P<first>.+?) (?:and|from) (?P<second>.+?)\W*$"),
        ("how many days separate the obrin-tarsen meeting and the quell-sabit meeting?",),
        (("first", "When was {}?"), ("second", "When was {}?"))),
    ElapsedRule("how many units apart were A and B", re.compile(
        _LEAD + r"how many " + _UNIT + r" apart (?:were|are|was) (?P<first>.+?) and (?P<second>.+?)\W*$"),
        ("how many days apart were quell's arrival in ostra and velda's meeting with dorin?",),
        (("first", "When was {}?"), ("second", "When was {}?"))),
    ElapsedRule("how many units apart did A and B", re.compile(
        _LEAD + r"how many " + _UNIT + r" apart (?:did|do|does) (?P<first>.+?) and (?P<second>(?:in|at|with|to|for"
        r"|from) .+?)(?: (?P<verb>begin|began|start|started|open|opened|happen|happened|take place|took place))?\W*$"),
        ("how many years apart did aurelia open its embassies in lunde and in ostra?",
         "how many years apart did aurelia's relations with veloria and with zembla begin?"),
        (("first", "When did {} {verb}?"), ("second", "When did {} {verb}?"))),
    ElapsedRule("how many units had A when B", re.compile(
        r"^\W*how (?:many " + _UNIT + r"|long) had (?P<first>.+?)(?: (?:existed|been open|been in place|been "
        r"established|been around|stood))? when (?P<second>.+?)\W*$"),
        ("how many years had aurelia and veloria had diplomatic relations when obrin met tarsen in bali?",
         "how long had aurelia's embassy in lunde been open when obrin met tarsen?"),
        (("first", "When did {} begin?"), ("second", "When {}?"))),
    ElapsedRule("how old was A when B", re.compile(
        r"^\W*(?:about |roughly )?how (?:many " + _UNIT + r" )?old (?:was|were|is|are) (?P<first>.+?) (?:when"
        r"|at the time(?: of)?|at(?= (?:that|this) (?:point|time|moment|stage)\b)|at(?= the [\w'’ -]+"
        r"(?:meeting|mtg|summit|talks|visit|trip|forum)\W*$)) (?P<second>.+?)\W*$"),
        ("how old was aurelia's embassy in lunde when obrin met tarsen?",
         "how many years old was the aurelia-veloria relationship when obrin met tarsen?",
         "how many yrs old were aurelia veloria relations at the lunde mtg"),
        (("first", "When did {} begin?"), ("second", "When {}?"))),
    ElapsedRule("A how many units old at B", re.compile(
        r"^\W*(?!(?:who|whom|what|when|where|which|why|how|did|does|do|was|were|is|are|has|have|had)\b)"
        r"(?P<first>[^,;:?]+?),? (?:about |roughly )?how (?:many " + _UNIT + r" )?old (?:at|by|during|at the time of)"
        r" (?P<second>[^?]+?)\W*$"),
        ("aurelia veloria ties how many yrs old at the lunde mtg",),
        (("first", "When did {} begin?"), ("second", "When was {}?"))),
    ElapsedRule("how many units had A at the time of B", re.compile(
        r"^\W*how (?:many " + _UNIT + r"|long) had (?P<first>.+?)(?: (?:existed|been open|been in place|been "
        r"established|been around|stood))? (?:at the time of|by the time of|as of) (?P<second>.+?)\W*$"),
        ("how many years had aurelia-veloria relations existed at the time of the lunde meeting?",),
        (("first", "When did {} begin?"), ("second", "When was {}?"))),
    ElapsedRule("by B, how many units had A", re.compile(
        r"^\W*(?:by the time of|at the time of|by|as of|at) (?P<second>[^,]+?),\s*how (?:many " + _UNIT
        + r"|long) had (?P<first>.+?)(?: (?:existed|been open|been in place|been established|been around|stood))?"
        r"\W*$"),
        ("by the lunde meeting, how many years had aurelia's embassy in ostra been open?",),
        (("first", "When did {} begin?"), ("second", "When was {}?"))),
)
_ANNIVERSARY = re.compile(r"^\W*(?:did|does|was|is) (?P<first>.+?) (?:fall|falls|happen|happened|take place|took place|"
                          r"coincide|coincided|come|land)? ?(?:on|with) (?:the )?(?:(?:\d+\w*|same) )?anniversary of "
                          r"(?P<second>.+?)\W*$")
ANNIVERSARY_EXAMPLES = ("did the alpha-beta meeting fall on the anniversary of gamma-delta diplomatic relations?",
                        "was the alpha-beta meeting held on the anniversary of that date?")
#: A side of an anniversary that is the last answer's record: "that date", "that day", "it".
_POINTED_DAY = re.compile(r"^(?:that|this|it|then|the same)(?: (?:date|day|one|event))?$")
#: A side named only by pointing back ("... was that?"): the last answer's record.
#: A side that is the last answer's record: "that", "that one", and with the verb of the question ("that one open").
_BACK = re.compile(r"^(?:that|it|this|then|they|those)(?: one| point| time| moment| stage)?"
                   r"(?: (?:open|opened|happen|happened|start|started|come|came|follow|followed"
                   r"|begin|began|take place|took place|end|ended|occur|occurred))?$")
_WEEKDAY = re.compile(r"\b(?:what|which) day of the week\b|\bwhat weekday\b")
WEEKDAY_EXAMPLES = ("what day of the week was it when quell's visit to carpania began?",)


def _unit_said(found: re.Match[str]) -> str | None:
    """The unit a question of the time between two events names, whichever of its rule's groups holds it."""
    said = found.groupdict()
    return said.get("unit") or said.get("unit3") or said.get("unit4")


def weekday_question(text: str) -> str | None:
    """"What day of the week was it when X?" → "When X?"; None for other questions."""
    lowered = text.lower()
    if not _WEEKDAY.search(lowered):
        return None
    rest = _WEEKDAY.sub("", lowered).strip()
    rest = re.sub(r"^(?:was it |is it |did |was )?(?:when |on which |that )?", "", rest).strip(" ?")
    return f"When {rest}?" if rest else None


#: Words standing for an event of their own, never a bare place the other side's noun applies to.
_NOT_A_PLACE = frozenset("that it this then they those them now today".split())


def _the_one(side: str, other: str) -> str:
    """"... and the one in kigali" after "japan opening its embassy in tashkent": the one of the same noun
    ("the embassy in kigali"); "hayashi's" after "kishida's ukraine visit": "hayashi's ukraine visit"; any
    other side as it is."""
    whose, owned = re.fullmatch(r"([\w-]+)['’]s?", side), re.match(r"[\w-]+['’]s? (.+)$", other)
    if whose and owned:
        return f"{side} {owned.group(1)}"
    one = re.match(r"the ones? (?=(?:in|of|at|with|for) )", side)
    noun = re.findall(r"([a-z]+) (?:in|of|at|with|for) ", other)
    if one and noun:
        return f"the {noun[-1]} {side[one.end():]}"
    # "the embassy openings in tashkent and kigali", "... in tashkent and in kigali": a bare name is the same
    # thing at that place
    # ("japan's relations with rwanda" and "with uzbekistan": the same relations, with the other country)
    head = re.fullmatch(r"(.+ (in|at|with|to|for|from)) [\w'’-]+(?: [\w'’-]+)?", other)
    own = re.match(r"(in|at|with|to|for|from) ", side)
    if head and own and own.group(1) != head.group(2) or head and not own and head.group(2) not in ("in", "at"):
        return side
    side = side[own.end():] if head and own else side
    if head and re.fullmatch(r"[a-z'’-]+(?: [a-z'’-]+)?", side) and side not in _NOT_A_PLACE:
        return f"{head.group(1)} {side}"
    return side


#: A side that is a doing with no doer ("arriving in ostra", "taking office"): the other side's subject did it.
_GERUND_FIRST = re.compile(r"^(?:first )?[a-z]{3,}ing\b")


def _subject(side: str, person: Callable[[str], bool]) -> str | None:
    """The person a side opens with ("quell" of "quell meet sabit"), or None."""
    words = side.split()
    return next((" ".join(words[:n]) for n in range(1, min(3, len(words) - 1) + 1) if person(" ".join(words[:n]))),
                None)


#: A thing put first, then a question of time after another event about it.
_FRONTED_THING = re.compile(r"^\W*(?:and |so |what about |how about )?(?P<thing>the [a-z' -]{3,40}?),\s*"
                            r"(?P<question>how (?:many [a-z]+|long|soon) (?:after|before) [^,?]+?)\W*$")


#: "… trip to Ukraine did Hayashi visit there?": a place named on one side, and "there" on the other.
_PLACE_THEN_THERE = re.compile(r"\b(?:to|in) (?P<place>[a-z][a-z-]+(?: [a-z][a-z-]+)?) (?:did|was|were|had|has|does)"
                               r"\b[^?]*?\b(?P<there>there)\b")
#: "By the time A met B in 2022, how many years had …?": the event measured to, said first.
_FRONTED_WHEN = re.compile(r"^\W*(?:by the time|when|at the time) (?P<clause>[^,?]+), "
                           r"(?P<question>how (?:many|much|long)\b[^?]+?)\W*$")
#: "How many days was that before she met Kuleba?": the one just answered put before the other event.
#: "… before her trip is that?": the record just answered pointed to in the present tense.
#: "B started how many years after A?": the event measured said first, the gap asked after it.
_GAP_AFTER_CLAUSE = re.compile(r"^\W*(?:and |so )?(?P<clause>(?!(?:how|what|when|which|who|where|why|is|was|did|does"
                               r"|tell|give|show|say|please|pls|i|can|could|would|do|so|and|ok|okay|then|now|but"
                               r"|roughly|approximately|about|exactly|just)"
                               r"\b)[a-z][\w'’-]*(?: [\w'’-]+)+?) "
                               r"how (?P<how>many " + _UNIT + r"|long|soon) (?P<rest>(?:after|before) [^?]+?)\W*$")
_THAT_IS = re.compile(r"^(?P<lead>\W*(?:and |so )?how (?:many|much|long)\b.*?) is (?P<that>that|it|this)(?= ?\W*$)")
_THAT_BEFORE = re.compile(r"^(?P<how>\W*(?:and |so )?how (?:many|much|long)(?: [a-z]+)?) (?:was|were|is) "
                          r"(?P<that>that|it|this) (?P<way>before|after) (?P<rest>[^?]+?)\W*$")


def match(text: str) -> tuple[ElapsedRule, re.Match[str]] | None:
    """The rule and match of a question asking for the time between two events."""
    lowered = _asked_itself(text)
    scene = _FRONTED_WHEN.match(lowered)
    if scene is not None:
        # "by the time A met B, how many years had …?": "how many years had … when A met B?"
        lowered = f"{scene.group('question')} when {scene.group('clause')}"
    place = _PLACE_THEN_THERE.search(lowered)
    if place is not None:
        # "… after Kishida's trip to Ukraine did Hayashi visit there?": "there" is the place the first side names
        lowered = lowered[:place.start("there")] + f"in {place.group('place')}" + lowered[place.end("there"):]
    fronted = _FRONTED_THING.match(lowered)
    if fronted is not None:
        # "and the embassy in Kigali, how many years after ties with Rwanda began?": the thing put first is the
        # event measured ("... began was the embassy in kigali")
        lowered = f"{fronted.group('question')} was {fronted.group('thing')}"
    trailing = _GAP_AFTER_CLAUSE.match(lowered)
    if trailing is not None:
        # "uzbek relations started how many years after the rwandan ones?": "how many years after the rwandan ones
        # was uzbek relations started"
        clause = trailing.group("clause")
        passive = re.match(r"(?P<subject>.+?) (?P<aux>was|were) (?P<done>.+)$", clause)
        # ("the meeting was held how many days after …": "… after … was the meeting held")
        clause = f"{passive.group('aux')} {passive.group('subject')} {passive.group('done')}" if passive \
            else f"was {clause}"
        lowered = f"how {trailing.group('how')} {trailing.group('rest')} {clause}"
    than = _LATER_THAN.match(lowered)
    if than is not None:
        # "how much later than that did the embassy in Ostra open?": how long after that it opened
        how = "how long" if than.group("how") == "much" else f"how {than.group('how')}"
        lowered = (f"{how} {'after' if than.group('way') == 'later' else 'before'} {than.group('first')} "
                   f"{than.group('rest')}")
    alone = _LATER_ALONE.match(lowered) if than is None else None
    if alone is not None:
        # "how many days earlier had she held the G7 meeting?": earlier than the record just answered
        how = "how long" if alone.group("how") == "much" else f"how {alone.group('how')}"
        lowered = f"{how} {'after' if alone.group('way') == 'later' else 'before'} that {alone.group('rest')}"
    lowered = present_as_past(lowered)
    that_first = _THAT_BEFORE.match(lowered)
    if that_first is not None:
        # "how many days was that before she met Kuleba?": "how many days before she met Kuleba was that?"
        lowered = (f"{that_first.group('how')} {that_first.group('way')} {that_first.group('rest')} was "
                   f"{that_first.group('that')}")
    if _of_the_last(lowered):
        # "how many months b4 hayashi's trip?": the other event is the one just answered ("… was that?")
        lowered = f"{lowered.rstrip(' ?.!')} was that"
    for rule in RULES:
        found = rule.pattern.search(lowered)
        if found:
            return rule, found
    return None


def after_name_alone(text: str, name_alone: Callable[[str], bool]) -> bool:
    """Whether `text` asks the time from an event given only by a name to the record just answered ("how many
    years after Rwanda was that?"), for which the name's record of the conversation's topic is meant."""
    matched = match(text)
    if matched is None:
        return False
    sides = matched[1].groupdict()
    return bool(sides.get("first") and sides.get("second") and _BACK.match(sides["second"])
                and name_alone(sides["first"]))


def present_as_past(lowered: str) -> str:
    """"how many months before hayashi's trip is that?" as "… was that?": the record just answered, in the past as
    any event is."""
    return _THAT_IS.sub(r"\g<lead> was \g<that>", lowered)


def later_alone(text: str) -> bool:
    """Whether `text` asks how much earlier or later something was with no "than" ("how many days later did
    Hayashi arrive in Kyiv?"): measured from the record just answered."""
    return _LATER_ALONE.match(_asked_itself(text)) is not None


def of_the_last(text: str) -> bool:
    """Whether `text` names one event and asks the time to it from the record just answered ("how many months
    before Hayashi's trip?")."""
    return _of_the_last(_asked_itself(text))


def _as_spelt(side: str, text: str) -> str:
    """`side`, read from the lowered question, with each word spelt as `text` spelt it ("in Kigali")."""
    spelt = {w.lower(): w for w in re.findall(r"[\w'’-]+", text)}
    return re.sub(r"[\w'’-]+", lambda w: spelt.get(w.group(), w.group()), side)


def _asked_itself(text: str) -> str:
    """The question in lower case, shorthand written out, without a lead-in before "how" ("and how many days after
    that …?", "so how many years …": the question itself)."""
    return re.sub(r"^\W*(?:and|so|ok|okay|then)\s+(?=how\b)", "", expand_shorthand(text.lower()))


def _of_the_last(lowered: str) -> bool:
    one = _ONE_EVENT.match(lowered)
    return one is not None and not _OWN_VERB.search(one.group("event"))


#: "How much later than that did B open?", "how many years earlier than A did B begin?": B measured from A.
_LATER_THAN = re.compile(r"^\W*(?:about |roughly |approximately )?how (?P<how>much|long|many " + _UNIT + r") "
                         r"(?P<way>later|earlier|sooner) than (?P<first>.+?) (?P<rest>(?:did|was|were|had|has) .+)$")
#: "How many days earlier had she held the G7 meeting?": no "than", so earlier than the record just answered.
_LATER_ALONE = re.compile(r"^\W*(?:about |roughly |approximately )?how (?P<how>much|long|many " + _UNIT + r") "
                          r"(?P<way>later|earlier|sooner) "
                          # (the event named: not "the other one", "it", read by the rules as the record shown)
                          r"(?P<rest>(?:did|was|were|had|has) "
                          r"(?!.*\b(?:than|other|it|that|this|those|these|them|one)\b).+)$")
#: "how many months before Hayashi's trip?": one event named, the time to it from the record just answered.
_ONE_EVENT = re.compile(r"^\W*(?:about |roughly |approximately )?how (?:many " + _UNIT + r"|long|soon) "
                        r"(?:before|after) (?P<event>.+?)\W*$")
#: An auxiliary of the event's own ("how long after relations were established?"), read by the rules as it is.
_OWN_VERB = re.compile(r"\b(?:did|does|do|was|were|is|are|had|has|have|will|would)\b")


DateOf = Callable[[Answer], PartialDate | None]


Ask = Callable[..., Answer]


def said_date(text: str) -> PartialDate | None:
    """The date `text` is, when it is nothing but a date ("jan 26 2024", "March 2023", "2010"), as precise as
    it is said; None when it says more than a date, or no year."""
    found, rest = find_date(text)
    return found.period() if found is not None and not content_stems(rest) else None


def answer(text: str, ask: Ask, date_of: DateOf, last: Answer | None = None,
           elliptic: Callable[[str, str], str | None] | None = None,
           named: Callable[[str], bool] | None = None, person: Callable[[str], bool] | None = None) -> Answer | None:
    """The time between the two events `text` names, each dated by `ask`; None when `text` asks no
    such thing. `ask(question, focus=None)` answers one side, the other side's focus as context;
    `elliptic(question, name)` asks `question` of a side given only by a name, or None; `person(side)`
    says whether a side is a person, whose age no record gives. An event with
    no single dated record makes the answer say which one is missing."""
    matched = match(text)
    if matched is None:
        return None
    rule, found = matched
    if rule.name == "how old was A when B" and person is not None and person(found.group("first")):
        return None  # "how old was Kagame when ...": a person's age, which no record gives
    unit = (_unit_said(found) or "year").rstrip("s")
    unit = _UNIT_SHORT.get(unit, unit)
    # The second event is asked first: the first may lean on it ("after diplomatic relations were set up
    # did Kessaria open ...": whose relations is said only in the second part).
    (first_group, first_template), (second_group, second_template) = rule.asks
    # (a template may repeat the question's own verb: "when did {} {verb}?")
    said = {k: v or "" for k, v in found.groupdict().items()}
    first_template, second_template = (first_template.replace("{verb}", said.get("verb", "")),
                                       second_template.replace("{verb}", said.get("verb", "")))
    second_text = _the_one(found.group(second_group), found.group(first_group))
    first_text = found.group(first_group)
    if rule.name == "how many units after A did B" and last is not None and len(second_text.split()) == 1 \
            and not _BACK.match(second_text):
        # "how long after relations were established?": one event, "were established" its own verb; the other
        # is the last answer's record
        first_text, second_text = found.string[found.start("first"):found.end("second")], "that"
    if _BACK.match(second_text) and re.search(r"\b(?:point|time|moment|stage)$", second_text) and last is not None \
            and last.focus is not None and last.focus.question and match(last.focus.question) is not None:
        # "… at that point?" after a time between two events: either of them, which the question does not say
        # ("that" alone is the one the last answer was about)
        return Answer("not_found", False, "Which of the two?",
                      (f"“{second_text}” may be either event of the last answer. Please name the one you mean.",),
                      confidence=0.0)
    second_answer = last if _BACK.match(second_text) and last is not None else ask(second_template.format(second_text))
    subject = _subject(second_text, person) if person is not None and _GERUND_FIRST.match(first_text) else None
    if last is not None and _BACK.match(first_text):
        first_answer = last
    elif subject is not None:
        # "How many days after arriving in Ostra did Quell meet Sabit?": Quell's arrival, not anyone's
        first_answer = ask(f"When was {subject} {first_text}?")
    elif elliptic is not None and (again := elliptic(second_template.format(second_text), first_text)) is not None:
        # "How many years after Veloria did Kessaria establish relations?": Veloria's, asked as Kessaria's was.
        first_answer = ask(again)
    elif named is not None and named(first_text):
        first_answer = ask(first_template.format(first_text))  # it names its own subject: no context
    else:
        first_answer = ask(first_template.format(first_text), second_answer.focus)
    sides = [(first_text, first_answer), (second_text, second_answer)]
    # ("as of 26 January 2024, how many years …?": a side that is a date itself is that date, of no record)
    dated = [(what, a, date_of(a) or said_date(what)) for what, a in sides]
    missing = [what for what, a, date in dated if date is None]
    if missing and found.start(first_group) < found.start(second_group):
        # "between Japan and Rwanda establishing relations and Japan opening an embassy": the two sides split at
        # a later "and", the first whose two sides are each dated
        whole = found.string[found.start(first_group):found.end(second_group)]
        for cut in [m.start() for m in re.finditer(r" and ", whole)][1:]:
            one, other = whole[:cut], whole[cut + len(" and "):]
            tried = [(one, ask(first_template.format(one))), (other, ask(second_template.format(other)))]
            resplit = [(what, a, date_of(a) or said_date(what)) for what, a in tried]
            if all(date is not None for _, _, date in resplit):
                dated, missing = resplit, []
                break
    if missing:
        return Answer("not_found", False, "Not in the records",
                      (f"The records give no single date for “{missing[0]}”, so the time between cannot be said.",),
                      confidence=0.0)
    (first, a1, d1), (second, a2, d2) = dated
    assert d1 is not None and d2 is not None
    if d1 == d2 and (_one_document(a1, a2) or _record(a1) == _record(a2) is not None):
        # Both events dated by one and the same record: the question names two events, the records were
        # read as one ("how long after taking office did she meet him?" against the meeting's date).
        return Answer("not_found", False, "Not in the records",
                      (f"The records give “{first}” and “{second}” one and the same date ({d1.human()}), from "
                       "the same record: they do not date the two apart.",),
                      sources=a1.sources[:1], confidence=0.0)
    need = _PRECISION_NEEDED[unit]
    if _coarser(d1, need) or _coarser(d2, need):
        return Answer("not_found", False, "Not in the records",
                      (f"The records date these only to the {_coarsest(d1, d2)}: {d1.human()} and {d2.human()}; "
                       f"not precisely enough to count {unit}s.",),
                      sources=a1.sources[:1] + a2.sources[:1], confidence=0.0)
    amount = _between(d1, d2, unit)
    if _unit_said(found) is None \
            and "year" not in (d1.precision, d2.precision) \
            and _between(d1, d2, "month") < _MONTHS_AS_MONTHS:
        # "How long after the killings did he visit?" with no unit: months, not calendar years
        # (February 2022 to September 2023 is 19 months, not "1 year").
        unit, amount = "month", _between(d1, d2, "month")
        if d1.precision == d2.precision == "day" and _between(d1, d2, "day") < _DAYS_AS_DAYS:
            unit, amount = "day", _between(d1, d2, "day")  # (a few weeks apart: days, never "0 months")
    title = f"{amount} {unit}{'s' if amount != 1 else ''}"
    asked_order = found.groupdict().get("order")
    if asked_order in ("after", "before") and (
            d2.last_day() < d1.first_day() if asked_order == "after" else d1.last_day() < d2.first_day()):
        # "how long after that did Zembla open its embassy?" of an opening years before it: said the other way
        if of_the_last(text):
            return None  # "how many months after Kishida's trip?" of a record before it: not the event meant
        title += f" {'before' if asked_order == 'after' else 'after'}, not {asked_order}"
    if unit == "month" and amount >= 12:
        title += f" (about {amount // 12} year{'s' if amount // 12 != 1 else ''}" + (
            f" and {amount % 12} month{'s' if amount % 12 != 1 else ''})" if amount % 12 else ")")
    elif unit == "month" and d1.precision == d2.precision == "day":
        days = _between(d1, d2, "day")
        title += f" ({days} day{'s' if days != 1 else ''})"  # ("8 months (259 days)": whole months, and the days)
    if text.lower() == found.string:  # each event as the question wrote it ("Japan's embassy in Kigali")
        first_written, written = (text[found.start(g):found.end(g)] for g in (first_group, second_group))
        # ("in Kigali": the embassy in Kigali, each word spelt as the question spelt it; a side split anew at a later
        # "and" as the question spelt it too)
        first = first_written if first == found.group(first_group) else _as_spelt(first, text)
        second = written if second == found.group(second_group) else _as_spelt(second, text)
    else:  # (the question was rewritten)
        first, second = _as_spelt(first, text), _as_spelt(second, text)
    lines = (f"{first[:1].upper()}{first[1:]}: {d1.human()}.", f"{second[:1].upper()}{second[1:]}: {d2.human()}.")
    return Answer("elapsed", True, title, lines, sources=a1.sources[:1] + a2.sources[:1],
                  confidence=min(a1.confidence, a2.confidence),
                  # ("which came first?": the two meetings, in the order asked)
                  focus=Focus(date=d2.iso(), items=(two := _two_meetings(a1, a2)),
                              meeting=a2.focus.meeting if a2.focus is not None and not two else None,
                              recent=tuple(dict.fromkeys(
                                  r for a in (a2, a1) if a.focus is not None for r in a.focus.records()))))


#: "And from A to B?" after a question of time between two events: the same question of two others.
_AGAIN_BETWEEN = re.compile(r"^\W*(?:and|what about|how about|then)\s+(?:from\s+|between\s+)?(?P<first>.+?)\s+"
                            r"(?:to|and|until|till)\s+(?P<second>.+?)\W*$")
#: "and from A to B?", "and between A and B?": two ends said, as a time between is asked.
_FROM_OR_BETWEEN_SAID = re.compile(r"^\W*(?:and|what about|how about|then)\s+(?:from|between)\s+\S")
#: "and between A and B?": a time between, whatever the last question asked.
_BETWEEN_SAID = re.compile(r"^\W*(?:and|what about|how about|then)\s+between\s+\S")
#: The noun "the two" may name its records by, with a word before it ("those two Uzbek-Japan openings").
_OF_KIND = r"(?: [a-z'’-]+)?(?: [a-z]+s)?"
#: "How many days apart were they?" of the records just shown.
_APART_THEM = re.compile(_LEAD + r"how (?:many " + _UNIT + r"|far|long) apart (?:(?:were|are|was) "
                         r"(?:they|them|both|(?:those|these|the two|the)(?: two)?" + _OF_KIND + r")"
                         # "how many days apart is that?" of the two dates just given
                         r"|(?:is|was) (?:that|this|it))\W*$"
                         r"|" + _LEAD + r"(?:by |with )?how many (?P<unit2>days?|weeks?|months?|years?|yrs?|mos?|wks?)"
                         # ("how many yrs gap?")
                         r"(?: (?:apart|earlier|later|older|newer|gap|difference|between (?:them|the two|those)))?\W*$"
                         # "how many days separate them?", "how many days passed between those?"
                         # "how many days between those two?", "how many days are there between those two dates?"
                         # ("days between them?": the count asked by its unit alone)
                         r"|" + _LEAD + r"(?:how many |the number of )?(?P<unit4>days?|weeks?|months?|years?) "
                         r"(?:(?:are|were|is|was) "
                         r"there |(?:lie|lay|passed|elapsed|went by) )?(?:in )?between(?: (?:them|(?:those|these|the) "
                         r"(?:two|2)" + _OF_KIND + r"|both" + _OF_KIND + r"))?\W*$"
                         r"|" + _LEAD + r"how many (?P<unit3>days?|weeks?|months?|years?) (?:separate|separated|lie"
                         r"|lay|passed|elapsed|went by)(?: between)? (?:them|both" + _OF_KIND + r"|(?:those|these|the)"
                         r"(?: (?:two|2))?" + _OF_KIND + r")\W*$"
                         # "and the gap between the two embassy openings?": in the finest unit both dates give
                         r"|" + _LEAD + r"(?:what (?:was|is|about) |how (?:big|long) (?:was|is) |how )?(?:the )?"
                         # ("gap in years between the two?", "time gap between them in years?"; "how long between
                         # them?")
                         r"(?:time )?(?P<gap>gap|time|interval|(?<=how )long(?: (?:was it|is it|passed|elapsed"
                         r"|went by))?)(?: in (?:days|weeks|months|years))? between "
                         r"(?:them|those|these|the (?:two|2)|both)"
                         # ("the gap between the 2 is what, like years?")
                         r"(?:\W+[a-z]+){0,4}\W*$"
                         # "gap?", "and the time gap in years?": the gap alone, of the two records just shown
                         r"|" + _LEAD + lx.gap_alone("gap2"))


#: A unit of time said in a question.
UNIT_SAID = re.compile(r"\b(?:days?|weeks?|months?|years?)\b")


#: "did A meet B 2 days after X?", "and she met him 2 days later, right?": a claim of the time between two events.
_GAP_CLAIMED = re.compile(
    r"^\W*(?:and |so |but )?(?:(?P<aux>did|was|were|is|has|had) )?(?P<event>(?!(?:how|when|what|which|who|where|why)\b)"
    r"[a-z][\w'’ -]*?),? (?P<n>\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|a|an) "
    + _UNIT + r" (?P<dir>after|before|later|earlier)(?: than)?(?: (?P<ref>(?!(?:right|correct|true)\b)[^,?]+?))?"
    r"(?P<tag>,? (?:right|correct|true|is that right|is that correct|yes|no))?\W*$")
#: A question word inside what a claim would be of: another question, which the time only places.
_ASKS_OTHER = re.compile(r"\b(?:how|when|what|which|who|whom|whose|where|why)\b")
#: Examples of claims of a time between two events, and of what is no such claim.
GAP_CLAIM_EXAMPLES = ("did velda meet dorin 2 days after the alliance meeting?",
                      "and she met dorin two days later, right?",
                      "was the ostra meeting 3 months before the lunde meeting?")
GAP_CLAIM_COUNTEREXAMPLES = ("how many days after the alliance meeting did velda meet dorin?",
                             "in which city did the ministers gather two days before the ostra talks?",
                             "she met dorin two days later",
                             "what happened 2 days later?")


@dataclass(frozen=True)
class GapClaim:
    """A claim of the time between two events: the question of that time, and the time claimed."""

    question: str
    amount: int
    unit: str
    #: Whether the event claimed came after the other (not before it).
    later: bool


def gap_claim(text: str) -> GapClaim | None:
    """A claim of the time between two events as the question of that time, with the amount and the unit the
    claim gives ("did A meet B 2 days after X?" → "how many days after X did A meet B?", 2 days, later); None for
    anything else. A claim needs a question's verb first, a "right?" after it, or a question mark."""
    lowered = expand_shorthand(text.lower()).strip()
    found = _GAP_CLAIMED.match(lowered)
    if found is None or not (found.group("aux") or found.group("tag") or lowered.endswith("?")) \
            or _ASKS_OTHER.search(found.group("event")):
        return None  # ("in which city did they gather two days before …?": a place asked, no time claimed)
    said = found.group("n")
    amount = int(said) if said.isdigit() else 1 if said in ("a", "an") else NUMBER_WORDS[said]
    unit = found.group("unit").rstrip("s")
    unit = _UNIT_SHORT.get(unit, unit)
    later = found.group("dir") in ("after", "later")
    event, ref, aux = found.group("event").strip(), found.group("ref"), found.group("aux") or "did"
    if ref:
        return GapClaim(f"how many {unit}s {'after' if later else 'before'} {ref.strip()} {aux} {event}?", amount,
                        unit, later)
    return GapClaim(f"how many {unit}s {'later' if later else 'earlier'} {aux} {event}?", amount, unit, later)


def asked_again(text: str, previous: str | None) -> str | None:
    """"And from the Kulubaev meeting to Hayashi's Kyiv visit?" after "how many days passed between A and
    B?": the previous question of the two events it names; None when it is no such follow-up."""
    again = _AGAIN_BETWEEN.match(text.lower())
    before = match(previous) if previous else None
    # ("how many days between the two?": a time between the records just shown, asked before)
    apart_before = previous is not None and asks_apart(previous) and bool(_FROM_OR_BETWEEN_SAID.match(text.lower()))
    if again is None or before is None and not apart_before and not (_BETWEEN_SAID.match(text.lower()) and all(
            len(again.group(side).split()) > 1 for side in ("first", "second"))):
        # ("and between A's visit and B's talks?" asks a time between even a few turns on; "and from A to B?" and
        # "and between Quell and Sabit?" need the question before to say so)
        return None
    said_unit = UNIT_SAID.search(previous.lower()) if apart_before and previous is not None else None
    unit = (before[1].groupdict().get("unit") if before is not None else None) or (
        said_unit.group(0) if said_unit is not None else None) or "days"
    unit = _UNIT_SHORT.get(unit.rstrip("s"), unit.rstrip("s")) + "s"
    sides = [again.group("first"), again.group("second")]
    if before is not None:
        said = [before[1].group(g) for g in ("first", "second") if before[1].groupdict().get(g)]
        # "and from Kyiv to B?" after "... and his arrival in Kyiv?": the side of the last question that named it
        sides = [next((s for s in said if len(side.split()) <= 2 and re.search(rf"\b{re.escape(side)}\b", s)
                       and s != side), side) for side in sides]
    return f"how many {unit} passed between {sides[0]} and {sides[1]}?"


def asks_apart(text: str) -> bool:
    """Whether a question asks the time between the records just shown ("how many years separate them?")."""
    return _APART_THEM.match(text.lower()) is not None


def apart(text: str, dated: list[tuple[str, PartialDate, Citation]]) -> Answer | None:
    """"How many days apart were they?" of records just shown: the time between their two dates (records
    of one day count once); None when it asks no such thing or they fall on other than two dates."""
    found = _APART_THEM.match(text.lower())
    if found is None:
        return None
    days: dict[PartialDate, tuple[str, Citation]] = {}
    for title, date, cited in sorted(dated, key=lambda x: (x[1].first_day(), x[0])):
        days.setdefault(date, (title, cited))
    if len(days) != 2:
        return None
    (d1, (t1, c1)), (d2, (t2, c2)) = sorted(days.items(), key=lambda x: x[0].first_day())
    finest = {"day": "days", "month": "months", "year": "years"}[_coarsest(d1, d2)]
    # ("the gap between the two, in years?": the unit said after the gap)
    gap = "gap" if found.group("gap") else "gap2" if found.group("gap2") else None
    said_unit = UNIT_SAID.search(text.lower()[found.start(gap):]) if gap else None
    unit = (found.group("unit") or found.group("unit2") or found.group("unit3") or found.group("unit4")
            or (said_unit.group(0) if said_unit else None)
            or (finest if gap else "days")).rstrip("s")
    unit = _UNIT_SHORT.get(unit, unit)
    if _coarser(d1, _PRECISION_NEEDED[unit]) or _coarser(d2, _PRECISION_NEEDED[unit]):
        return Answer("not_found", False, "Not in the records",
                      (f"The records date these only to the {_coarsest(d1, d2)}: {d1.human()} and {d2.human()}.",),
                      sources=(c1, c2), confidence=0.0)
    amount = _between(d1, d2, unit)
    title = f"{amount} {unit}{'s' if amount != 1 else ''}"
    asked_order = found.groupdict().get("order")
    if asked_order in ("after", "before") and (
            d2.last_day() < d1.first_day() if asked_order == "after" else d1.last_day() < d2.first_day()):
        # "how long after that did Zembla open its embassy?" of an opening years before it: said the other way
        title += f" {'before' if asked_order == 'after' else 'after'}, not {asked_order}"
    if unit == "month" and amount >= 12:  # ("37 months (3 years and 1 month)")
        years, months = divmod(amount, 12)
        title += f" ({years} year{'s' if years != 1 else ''}" + (
            f" and {months} month{'s' if months != 1 else ''})" if months else ")")
    return Answer("elapsed", True, title,
                  tuple(t if d.human() in t else f"{t.rstrip('.')}: {d.human()}." for t, d in ((t1, d1), (t2, d2))),
                  sources=(c1, c2), confidence=0.9,
                  focus=Focus(date=d2.iso()))


def weekday(question: str, ask: Callable[[str], Answer], date_of: DateOf) -> Answer | None:
    """The day of the week of the one dated record a "what day of the week ..." question names."""
    when = weekday_question(question)
    if when is None:
        return None
    found = ask(when)
    date = date_of(found)
    if date is None or date.precision != "day":
        return Answer("not_found", False, "Not in the records",
                      ("The records give no single exact date for that.",), sources=found.sources[:1],
                      confidence=0.0)
    day = date.first_day()
    return Answer("weekday", True, f"{day:%A}", (f"{when.rstrip('?')}: {date.human()}, a {day:%A}.",),
                  sources=found.sources[:1], confidence=found.confidence, focus=found.focus)


def _two_meetings(a1: Answer, a2: Answer) -> tuple[str, ...]:
    """The two meetings two answers are each about, in the order asked ("which came first?" picks of them);
    () unless both are of one meeting each, and two apart."""
    records = (_record(a1), _record(a2))
    if records[0] == records[1] or not all(r is not None and r.startswith("meeting:") for r in records):
        return ()
    return tuple(r for r in records if r is not None)


def _record(answer: Answer) -> str | None:
    """The one record an answer is about, when it says so."""
    focus = answer.focus
    if focus is None:
        return None
    if focus.meeting:
        return f"meeting:{focus.meeting}"
    return focus.items[0] if len(focus.items) == 1 else None


def _one_document(a1: Answer, a2: Answer) -> bool:
    """Whether the first document each answer cites is the same: one source dating both events alike."""
    return bool(a1.sources and a2.sources and a1.sources[0].document == a2.sources[0].document)


def _coarser(date: PartialDate, need: str) -> bool:
    order = {"year": 0, "month": 1, "day": 2}
    return order[date.precision] < order[need]


def _coarsest(a: PartialDate, b: PartialDate) -> str:
    return a.precision if {"year": 0, "month": 1, "day": 2}[a.precision] <= {"year": 0, "month": 1, "day": 2}[
        b.precision] else b.precision


def _between(a: PartialDate, b: PartialDate, unit: str) -> int:
    if unit == "day":
        return abs((b.first_day() - a.first_day()).days)
    if unit == "week":
        return abs((b.first_day() - a.first_day()).days) // 7
    early, late = (a, b) if a.first_day() <= b.first_day() else (b, a)
    if unit == "month":
        # (whole months: 24 December to 9 September is eight, not nine)
        short = early.precision == late.precision == "day" and late.first_day().day < early.first_day().day
        return (late.year - early.year) * 12 + (late.month or 1) - (early.month or 1) - short
    return late.year - early.year  # (years are counted by the calendar: 1992 to 2024 is 32)


def anniversary(text: str, ask: Ask, date_of: DateOf, last: Answer | None = None) -> Answer | None:
    """"Did A fall on the anniversary of B?": whether the two records' days of the year are the same (a side
    that points back, "that date", is the last answer's record)."""
    found = _ANNIVERSARY.search(text.lower())
    if found is None:
        return None
    first, second = found.group("first"), found.group("second")
    a1, a2 = (last if last is not None and _POINTED_DAY.match(side) else ask(f"When was {side}?")
              for side in (first, second))
    d1, d2 = date_of(a1), date_of(a2)
    if d1 is None or d2 is None or d1.precision != "day" or d2.precision != "day":
        missing = first if d1 is None or d1.precision != "day" else second
        return Answer("not_found", False, "Not in the records", (f"The records give no exact day for “{missing}”.",),
                      sources=a1.sources[:1] + a2.sources[:1], confidence=0.0)
    same = (d1.month, d1.day) == (d2.month, d2.day)
    years = abs(d1.year - d2.year)
    first, second = ("the record just shown" if last is not None and _POINTED_DAY.match(side) else side
                     for side in (first, second))
    lines = (f"{first[:1].upper()}{first[1:]}: {d1.human()}.", f"{second[:1].upper()}{second[1:]}: {d2.human()}.")
    title = f"Yes, the {_ordinal(years)} anniversary" if same else "No, not the same day of the year"
    return Answer("yes_no", True, title, lines, sources=a1.sources[:1] + a2.sources[:1],
                  confidence=min(a1.confidence, a2.confidence))


#: "so the same day of the year as the Lunde meeting?": the record just answered against another.
_SAME_DAY_AS = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:(?:was|is) (?:it|that) )?(?:on )?(?:the )?same (?:day|date)"
                          r"(?: of the year| in the calendar)? as (?P<other>.+?)\W*$")
#: "isn't that the same day diplomatic ties began?": the record just answered against an event told as a clause.
_SAME_DAY_WHEN = re.compile(r"^\W*(?:so |and |but )?(?:is|was|isn'?t|wasn'?t) (?:it|that|this) (?:on )?(?:the )?"
                            r"(?:very )?same (?:day|date)(?: of the year| in the calendar)? (?:that |when |on which )?"
                            r"(?!as\b)(?P<event>.+?)\W*$")
#: "so the meeting was on the same day of the year as relations were established?": both sides named.
_SAME_DAY_OF_TWO = re.compile(r"^\W*(?:so |and |but )?(?P<first>(?!(?:it|that|this)\b)[^,?]+?) (?:was|were|fell"
                              r"|happened|took place) (?:on )?(?:the )?(?:very )?same (?:day|date)(?: of the year"
                              r"| in the calendar)? as (?P<other>.+?)\W*$")
#: A side told as a clause ("relations were established"), asked as "when …?", not "when was …?".
_CLAUSE_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|did)\b|\b\w+ed$")
SAME_DAY_EXAMPLES = ("interesting, so same day of the year as the lunde meeting?", "the same date as the velda talks?",
                     "isnt that the same day diplomatic ties began", "was it the same date that the embassy opened?",
                     "so the lunde meeting was on the same day of the year as the velda talks?")


def same_day_as(text: str, last: Answer | None, ask: Callable[[str], Answer], date_of: DateOf,
                ask_here: Callable[[str], Answer]) -> Answer | None:
    """"So the same day of the year as the Lunde meeting?" after an answer dated to a day: whether the two
    fall on one day of the year."""
    found = _SAME_DAY_AS.match(text.lower())
    clause = _SAME_DAY_WHEN.match(text.lower())
    both = _SAME_DAY_OF_TWO.match(text.lower()) if found is None and clause is None else None
    if found is None and clause is None and both is None or last is None:
        return None
    if both is not None:
        # ("so the meeting was on the same day …": the first side is named too, not the record just shown)
        last = ask(f"When was {both.group('first')}?")
        found = both
    d1 = date_of(last)
    if found is not None:
        other = found.group("other")
        a2 = ask_here(f"When {other}?") if _CLAUSE_VERB.search(other) else ask(f"When was {other}?")
    else:
        # ("… the same day diplomatic ties began": when that happened, of the conversation's topic)
        assert clause is not None
        other = clause.group("event")
        a2 = ask_here(f"When {other}?")
    d2 = date_of(a2)
    if d1 is None or d2 is None or d1.precision != "day" or d2.precision != "day":
        return Answer("not_found", False, "Not in the records",
                      ("The records give no exact day for one of the two.",), sources=a2.sources[:1], confidence=0.0)
    if d1 == d2 and clause is not None and found is None:
        return None  # the clause read as the record just answered: no other event to set beside it
    same = (d1.month, d1.day) == (d2.month, d2.day)
    title = f"Yes: both on {d1.day} {d1.human().split()[1]}" if same else "No, not the same day of the year"
    # the two records set side by side, so that "how many days between them?" counts between them
    refs = tuple(dict.fromkeys(i for x in (last, a2) if x.focus is not None for i in (
        x.focus.items[:1] or ((f"meeting:{x.focus.meeting}",) if x.focus.meeting else ()))))
    shown = replace(last.focus, items=refs, recent=refs, date=d2.iso(), current=None, several=False) \
        if last.focus is not None and len(refs) == 2 else None
    named = both.group("first") if both is not None else ""
    first = f"{named[:1].upper()}{named[1:]}" if named else "The record just shown"
    return Answer("yes_no", True, title, (f"{first}: {d1.human()}.",
                                          f"{other[:1].upper()}{other[1:]}: {d2.human()}."),
                  sources=a2.sources[:1], confidence=a2.confidence, focus=shown)


#: "How many days apart?", "how many years between them?": a time between two records, whichever they are.
_BETWEEN_WORD = re.compile(r"\b(?:apart|between|separat\w*|gap)\b")


def apart_of_nothing(text: str) -> Answer | None:
    """A time between the records just shown asked when the conversation shows no two dated records: said,
    never answered from a record that only has the unit's word ("a two-day summit")."""
    if not asks_apart(text) or _BETWEEN_WORD.search(text.lower()) is None:
        return None
    return Answer("not_found", False, "Between which two?",
                  ("The conversation has not shown two dated records to count the time between. "
                   "Please name both, e.g. “how many days between the first meeting and the second?”",),
                  confidence=0.0)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


#: "A fell on the anniversary of which event?": the recorded events of the same day in an earlier year.
_ANNIVERSARY_OF_WHAT = re.compile(r"^\W*(?P<first>.+?) (?:fell|falls|was|is|came|took place|happened|coincides"
                                  r"|coincided|coincide)(?: also)? (?:(?:on|with) )?the (?:\d+\w* )?anniversary of "
                                  r"(?:which|what)(?: (?:\d{4} )?(?:event|day|date|occasion|milestone))?"
                                  r"(?: in [^?]+)?\W*$")
ANNIVERSARY_OF_WHAT_EXAMPLES = ("the alpha-beta meeting fell on the anniversary of which event?",
                                "their meeting date coincides with the anniversary of which event?",
                                "that date is also the anniversary of what?",
                                "that date coincides with the anniversary of which event in aurelia-veloria relations?",
                                "which anniversary of gamma-delta relations did the alpha-beta meeting fall on?",
                                "if the alpha-beta meeting was in 2024, which anniversary of gamma-delta ties did it "
                                "land on?")
#: "Which anniversary of diplomatic ties did the A–B meeting fall on?" (after "if it was in 2024," too).
_WHICH_ANNIVERSARY = re.compile(r"^\W*(?:(?:if|assuming|given that|supposing) (?P<lead>[^,]+?) (?:was|took place|"
                                r"happened|were held|was held) in (?:\d{4}|that year),\s*)?(?:which|what) "
                                r"anniversary of (?P<of>.+?) (?:did|does|was|is) (?P<first>.+?)"
                                r"(?: (?:fall|falls|land|lands|come|coincide|mark|take place)(?: on| with)?)?\W*$")
#: A date pointed at: "that date", "their meeting date", "it", "the same day".
_POINTED_DATE = re.compile(r"(?:that|this|it|their|the|its)(?: (?:meeting|visit|talks|meeting's|same))?"
                           r"(?: (?:date|day))?")
#: The records' dated events: (date, what happened, its citation).
Dated = tuple[PartialDate, str, Citation]


def anniversary_of_what(text: str, ask: Ask, date_of: DateOf, events: Callable[[], list[Dated]],
                        last: Answer | None = None) -> Answer | None:
    """"The A–B meeting fell on the anniversary of which event?": every recorded event of the same day
    of the year in an earlier year; none is said plainly. "That date", "their meeting date" is the date of
    `last`, the record the conversation answered."""
    found = _ANNIVERSARY_OF_WHAT.search(text.lower()) or _WHICH_ANNIVERSARY.search(text.lower())
    if found is None:
        return None
    first = found.group("first")
    of = set(content_stems(found.groupdict().get("of") or ""))  # "which anniversary of diplomatic ties …?"
    if found.groupdict().get("lead") and _POINTED_DATE.fullmatch(first):
        first = found.group("lead")  # "if the A–B meeting was in 2024, which anniversary … did it fall on?"
    answer = last if last is not None and _POINTED_DATE.fullmatch(first) else ask(f"When was {first}?")
    day = date_of(answer)
    if day is None or day.precision != "day":
        return Answer("not_found", False, "Not in the records", (f"The records give no exact day for “{first}”.",),
                      sources=answer.sources[:1], confidence=0.0)
    same = [(d, what, cited) for d, what, cited in events()
            if d.precision == "day" and (d.month, d.day) == (day.month, day.day) and d.year < day.year]
    if of and len(same) > 1:
        same = [x for x in same if of & set(content_stems(x[1]))] or same
    if not same:
        return Answer("not_found", False, "Not in the records",
                      (f"The records hold no earlier event on {day.first_day():%d %B}.",), confidence=0.0)
    lines = tuple(f"{what} ({d.human()}): the {_ordinal(day.year - d.year)} anniversary." for d, what, _ in same)
    title = same[0][1] if len(same) == 1 else f"{len(same)} events"
    if of and len(same) == 1:  # "which anniversary of …?" asks the number
        title = f"The {_ordinal(day.year - same[0][0].year)} anniversary"
    return Answer("elapsed", True, title, lines,
                  sources=answer.sources[:1] + tuple(c for _, _, c in same[:3]), confidence=answer.confidence)


#: "was that before or after she met Kuleba?", "so that came after the G7 meeting?": the record just answered set in
#: order against an event told after it.
_THAT_IN_ORDER = re.compile(r"^\W*(?:and |so |but )?(?:(?:was|is|did|were) (?:that|it|this)"
                            r"(?: one| meeting| visit| trip)?(?: (?:happen|take place|come))?"
                            r"|(?:that|it|this) (?:was|came|happened|took place)) "
                            # ("so that was two days before she met Kuleba?": the time between claimed too)
                            r"(?:(?:about |around |roughly |just |only |exactly )?(?P<n>\d{1,3}|one|two|three|four|five"
                            r"|six|seven|eight|nine|ten|eleven|twelve) (?P<unit>day|week|month|year)s? )?"
                            r"(?P<order>before or after|after or before|before|after|earlier than|later than|prior to)"
                            r" (?P<event>.{4,}?)\W*$")
THAT_IN_ORDER_EXAMPLES = ("was that before or after she met velda?", "so was it after the ostra summit?",
                          "did that come before his meeting with dorin?")


def that_in_order(text: str, last: Answer | None, ask_here: Callable[[str], Answer], date_of: DateOf) -> Answer | None:
    """"Was that before or after she met Velda?" after an answer dated on its own: the order of the two dates, the
    event asked when it was in the conversation's context; None when it asks no such thing, either is undated, the
    event is the same record, or the dates do not tell the order (the same day, or too coarse)."""
    found = _THAT_IN_ORDER.match(text.lower())
    if found is None or last is None or last.focus is None:
        return None
    d1 = date_of(last)
    other = ask_here(f"When {found.group('event')}?")
    d2 = date_of(other) if other.answered else None
    mine = last.focus.current or (f"meeting:{last.focus.meeting}" if last.focus.meeting else None) or next(
        iter(last.focus.items), None)
    theirs = other.focus.current or (f"meeting:{other.focus.meeting}" if other.focus.meeting else None) or next(
        iter(other.focus.items), None) if other.focus is not None else None
    if d1 is None or d2 is None or mine is None or theirs is None or mine == theirs:
        return None
    earlier = first_of(d1, d2)
    if earlier is None:
        return None
    order = found.group("order")
    if order in ("before or after", "after or before"):
        title = "Before" if earlier else "After"
    else:
        claimed_before = order in ("before", "earlier than", "prior to")
        title = "Yes" if claimed_before == earlier else f"No: {'before' if earlier else 'after'}"
        said = found.group("n")
        if said is not None and title == "Yes":
            unit = found.group("unit")
            if _coarser(d1, _PRECISION_NEEDED[unit]) or _coarser(d2, _PRECISION_NEEDED[unit]):
                return None  # (dates too coarse to count the time claimed)
            amount, claimed = _between(d1, d2, unit), int(said) if said.isdigit() else NUMBER_WORDS[said]
            if amount != claimed:
                title = f"No: {amount} {unit}{'s' if amount != 1 else ''} {'before' if earlier else 'after'}"
    event = found.group("event")
    lines = (f"The record just shown: {d1.human()}.", f"{event[:1].upper()}{event[1:]}: {d2.human()} ({other.title}).")
    return Answer("order", True, title, lines, sources=other.sources[:1], confidence=min(0.9, other.confidence),
                  focus=replace(last.focus, items=(mine, theirs), recent=(theirs, mine), current=mine, several=False))
