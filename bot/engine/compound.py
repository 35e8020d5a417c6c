"""Compound questions: two questions in one message, answered one after the other.

"When did Quell meet Marek, and when did he meet Sabit?", "How long were the
Quell–Sabit and Velda–Dorin meetings?", "Who represented Aurelia in the talks with Veloria in
2022 and with Kessaria in 2024?". Each part is a question of its own; the second may refer back to
the first ("he"), as a follow-up would.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.engine import lexicon as lx
from bot.engine.text import COMMON_WORDS

_QUESTION_START = r"(?:when|where|who|whom|what|which|why|how|did|does|do|was|were|is|are|has|have|had)"
#: ", and when did he ...": a second question after a comma (or a semicolon).
_SECOND_QUESTION = re.compile(rf"(?:,\s*(?:and|but)\s+|;\s*(?:and\s+)?|\?\s+(?:and\s+)?)"
                              rf"(?=(?:about |roughly |approximately |exactly )?{_QUESTION_START}\b"
                              # ", and by how many years?": the gap of what the first part ordered or compared
                              rf"|by how (?:much|many|long)\b"
                              # "when, and with whom?": who took part, asked of what the first part asks of
                              rf"|(?:with|to) whom\b"
                              # ", and for what event was she there?": the occasion asked apart
                              rf"|(?:for|at|to|during) (?:what|which) (?:event|occasion|purpose|reason|gathering)\b"
                              # ", and on what date?", ", and at what time?": a day or an hour asked apart
                              # (one of each: "and in what years" of a list asks it of every item)
                              rf"|(?:on|at|in) (?:what|which) (?:date|day|time|hour|month|year|city|cities|places?"
                              rf"|countr(?:y|ies))\b"
                              # "which opened first, A or B? gap?": the time between the two, asked alone
                              rf"|{lx.gap_alone()})", re.I)
#: "Which Uzbek meetings in January …": records of a kind asked for, as a list.
_RECORDS_ASKED = re.compile(r"^\W*(?:which|what|list|name)\b[^,?]*?\b(?:meetings|gatherings|talks|visits|trips)\b",
                            re.I)
#: "… and on which dates were they held?": the date of each record just asked for.
_THEIR_DATES = re.compile(r"(?:,\s*|\?\s*|\s)(?:and\s+)?(?:on|in) (?:what|which) (?:dates?|days?)\b[^?]*"
                          r"\b(?:they|those|these)\b[^?]*\??\s*$", re.I)
#: "the Quell–Sabit and Velda–Dorin meetings": two pairs of names.
_TWO_PAIRS = re.compile(r"\b([A-Z][\w']+)\s*[–—-]\s*([A-Z][\w']+)\s+and\s+"
                        r"(?:the\s+)?([A-Z][\w']+)\s*[–—-]\s*([A-Z][\w']+)")
#: "... with Veloria in 2022 and with Kessaria in 2024": the same preposition again after "and".
_REPEATED_PHRASE = re.compile(r"\s+and\s+(?P<wh>(?:which|what|who|whom)\s+)?(with|in|to|at|on|for|by|between)\s+", re.I)

#: A question of how far apart two things are, which asks of both at once.
GAP_ASKED = re.compile(r"\b(?:apart|difference|differ|differs|differed|gap|earlier|later|sooner|longer|shorter)\b",
                       re.I)
#: "the gap between Japan opening embassies in A and in B": "between" still waits for its "and", which joins
#: the two things compared into one question.
_BETWEEN_OPEN = re.compile(r"\bbetween\b(?!.*\band\b)", re.I)

#: A second part opening on a preposition ("on what date?"), and first parts asking who, or any question.
_PREPOSITION_FIRST = re.compile(r"^(?:on|at|in) (?:what|which)\b", re.I)
#: "…, and in which country is that city?": a question after its preposition with a verb and subject of its own.
_OWN_CLAUSE = re.compile(r"^(?:on|at|in) (?:what|which) [\w'’-]+ (?:is|was|are|were|did|does|do|has|had) [\w'’-]+",
                         re.I)
_WHO_FIRST = re.compile(r"^\W*(?:and |so )?(?:who|whom)\b"
                        # ("which Japanese foreign minister met Kuleba, and on what date?": a person asked, as "who")
                        r"|^\W*(?:and |so )?(?:which|what) (?:[\w'’-]+ ){0,3}?(?:ministers?|officials?|leaders?"
                        r"|presidents?|diplomats?|people|persons?|counterparts?)\b(?! (?:meeting|talks|visit)s?\b)",
                        re.I)
_QUESTION_FIRST = re.compile(rf"^\W*(?:and |so )?{_QUESTION_START}\b", re.I)

MAX_PARTS = 3
#: "... in Bali and what happened in New York?": a second question joined by "and" alone, each part long
#: enough to be one ("when and where did they meet?" is one question).
_AND_WH = re.compile(r"\s+(?:and|n|&)\s+(?=(?:at|by|on|for|from) whose\b"  # ("… and at whose request?")
                     r"|(?:what|when|where|who|whom|which|why|how(?: long| much| many \w+)?)"
                     # ("… n what's it for?": the verb said with the question word)
                     r"(?:['’]s\b|\s+(?:did|does|do|was|were|is|are|has|have|had|happened|took|would|will|brought"
                     r"|led|prompted)\b)"
                     # ("how many companies n how many agreements": a count asked of the same thing, said alone)
                     r"|how many [\w'’-]+\W*$)", re.I)
_MIN_PART_WORDS = 3
#: "when did he arrive and was it announced in advance?": a yes-or-no question joined to a question for a detail.
_AND_YES_NO = re.compile(r"\s+(?:and|n|&)\s+(?=(?:was|were|did|does|is|are|has|had) (?:it|that|this|he|she|they)\b)",
                         re.I)
_WH_ASKED = re.compile(r"\b(?:what|when|where|who|whom|which|why|how)\b", re.I)
#: "According to Kamikawa, when and where did she …?": a question word alone before "and" asks with the next.
_BARE_WH_LAST = re.compile(r"[,:]\s*(?:when|where|who|what|why|how)\W*$", re.I)
#: "... and what happened on each?": a part that leans on the first is no question of its own.
_LEANS_BACK = re.compile(r"\b(?:each|every|both)\b|\b(?:on|of|in|at|for|about) (?:it|them|those|these)\b")
#: "..., and for what?", "... and why?": a short second question asking why, of the first.
_AND_WHY = re.compile(r",?\s+(?:and|n|&)\s+(?:for (?:what|wat|which)(?: purpose| reason| event| occasion)?|what for|why"
                      r"|to what end)\W*$", re.I)
#: A part asking the size of a difference ("by how many years?"), and a first part choosing between records.
_BY_HOW = re.compile(r"^\W*by how (?:much|many|long)\b", re.I)
_CHOICE_FIRST = re.compile(r"^\W*(?:and |so )?(?:of [^,]+,\s*)?(?:which|what|who|whose)\b.*\b(?:older|oldest|newer"
                           r"|newest|first|earlier|earliest|later|latest|sooner)\b", re.I)
#: A sentence ending in a full stop, then a short question ("Quell held two meetings. With whom?").
_STATEMENT_THEN_QUESTION = re.compile(r"^(?P<said>[^?]+?(?:[.!]|\s[-–—]))\s+(?P<asked>[^.!?]+\?"
                                      # ("she mentioned a g7 meeting - when was it": a question word, no mark)
                                      r"|(?:when|where|who|whom|what|which|how|why)\b[^.!?]*)\s*$", re.IGNORECASE)
#: ", right? on which dates?": a statement's tag before a short question of it.
_TAG_BEFORE_QUESTION = re.compile(r"(?<=[a-z\d])\s*,?\s+(?:right|correct|yes|yeah|true|no)\s*\?\s+(?=(?:and |so )?"
                                  r"(?:(?:on|in|at|from|to|with) )?(?:which|what) [a-z]{3,}\b[^?]{0,30}"
                                  r"\?\W*$)", re.IGNORECASE)
#: "PM Kishida appears in a few of your records": someone a statement brings in by saying only that the records name
#: them.
_SHOWN_IN_RECORDS = re.compile(r"^\W*(?P<who>[\w'’ .-]{2,40}?)\s+(?:appears?|shows? up|comes? up|is (?:mentioned|named"
                               r"|featured)|features?)\b(?:\s+(?:in|across|throughout|a lot|often|several times)\b"
                               r"[^.!?]*)?$", re.IGNORECASE)
_HE_OR_SHE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
#: A thing a statement brings in ("a G7 gathering", "an agreement"), which a short question's "it" then means.
_A_THING = re.compile(r"\b(?:a|an|some) (?P<thing>(?:[\w'’-]+ ){0,3}?(?:meeting|gathering|summit|forum|visit|trip|event"
                      r"|conference|session|agreement|declaration|program|programme|project|ceremony|memorial"
                      r"|statement|tweet))\b", re.IGNORECASE)
_IT = re.compile(r"\b(?:it|that)\b", re.IGNORECASE)
#: "those generators", "these agreements": things of the statement before, pointed at by the question.
_POINTED_THING = re.compile(r"\b(?:those|these) (?P<noun>[a-z][\w-]*s)\b", re.IGNORECASE)
#: "what time did it start and how long?", "… n for how long": a bare "how long" after a question, asked of it.
_AND_HOW_LONG = re.compile(r",?\s+(?:and|n|&)\s+(?:for\s+)?(?P<asked>how long|how many (?:minutes|hours))\W*$",
                           re.IGNORECASE)
#: Most words of a question that only makes sense with the sentence before it.
_SHORT_QUESTION = 4
#: "Who were they?", "which meetings were these?": which ones the statement before means, asked of it by its own
#: rule (the engine's "a statement, then who it was").
_WHO_THEY_WERE = re.compile(r"^\W*(?:so\s+)?(?:who|which ones?|which\s+[a-z]+)\s+(?:were|was|are|is)\s+"
                            r"(?:they|those|these|them)\W*$", re.IGNORECASE)


#: Words that open a statement without being names: it keeps them lower case once moved after a question.
_PLAIN_FIRST = COMMON_WORDS | frozenset("add sum count compare calculate work figure put name list".split())


#: "…? cranes, generators, anything else?": examples of what the question before asks for, and no more.
_EXAMPLES_AFTER = re.compile(r"\?\s*(?:[\w'’-]+(?: [\w'’-]+)?,\s*){1,5}(?:or )?(?:anything else|something else|"
                             r"or what|etc\.?|and so on|and more)\W*$", re.IGNORECASE)


#: "Start time and length of the A–B meeting?", "what were the date and venue of …?": two details of one record.
_DETAIL = r"(?:start(?:ing)? time|time|date|length|duration|venue|place|location)"
#: Each detail asked as a question of its own ("length" → "how long was …?").
_DETAIL_ASKED = {"start": "what time did {} start?", "starting": "what time did {} start?", "time": "what time was {}?",
                 "date": "when was {}?", "length": "how long was {}?", "duration": "how long was {}?",
                 "venue": "where was {}?", "place": "where was {}?", "location": "where was {}?"}
_TWO_DETAILS = re.compile(rf"^\W*(?:[a-z]+:\s*)?(?:(?:what|which) (?:were|are|was|is) )?(?:the )?(?P<a>{_DETAIL})"
                          rf"\s+(?:and|n|&)\s+(?:the )?(?P<b>{_DETAIL}) (?:of|for) (?P<rest>[^?]+?)\W*$", re.I)


def joined_sentences(text: str) -> str:
    """"Aurelia's ministers met Ukrainian officials twice in 2023. Where?" asks where they met: a short
    question after a statement is asked of that statement. Other messages are returned as they are.
    Examples after a question ("… sent Velda? cranes, generators, anything else?") only illustrate it."""
    examples = _EXAMPLES_AFTER.search(text)
    if examples is not None:
        text = text[:examples.start() + 1]
    # ("… met Ukrainian officials twice in September 2023, right? on which dates?": the statement, then its question)
    text = _TAG_BEFORE_QUESTION.sub(". ", text, count=1)
    found = _STATEMENT_THEN_QUESTION.match(text.strip())
    if found is None:
        return text
    asked = found.group("asked").strip()
    said = found.group("said").rstrip(".!-–— ")
    pointed = _POINTED_THING.search(asked)
    counted = re.search(rf"(?P<phrase>(?:{lx.ROUGHLY} )?\d[\d,.]*(?: [\w-]+)?? "
                        rf"{re.escape(pointed.group('noun'))})\b", said, re.IGNORECASE) if pointed is not None else None
    if pointed is not None and counted is not None:
        # "Japan had provided more than 1,500 generators. In which year were those generators provided?": the things
        # the statement counted, asked of by the question alone
        return f"{asked[:pointed.start()]}the {counted.group('phrase')}{asked[pointed.end():]}"
    shown = _SHOWN_IN_RECORDS.match(said)
    if shown is not None and len(_HE_OR_SHE.findall(asked)) == 1 and not _has_name(asked[1:]) \
            and not _LEANS_BACK.search(asked.lower()):  # ("… in two of the stories - what is he doing in each?")
        # "PM Kishida appears in a few of your records. where did he travel?": the one the statement brings in,
        # asked of by the question ("where did PM Kishida travel?"); the rest of it says only where he is found
        return _HE_OR_SHE.sub(shown.group("who").strip(), asked, count=1)
    if len(asked.split()) > _SHORT_QUESTION or _has_name(asked[1:]):
        return text
    thing = _A_THING.search(said)
    # After a dash only a thing the statement brings in is what "it" means; "… - correct?" and "the Kyiv trip - any
    # deal signed?" are read as they are.
    if found.group("said").rstrip()[-1:] in "-–—" and (thing is None or not _IT.search(asked)):
        return text
    if thing is not None and _IT.search(asked):
        # "Kamikawa mentioned a G7 gathering to Kuleba. What day was it?": "it" is the thing the statement
        # brought in, as the statement tells it: "what day was the G7 gathering Kamikawa mentioned to Kuleba?"
        rest = " ".join((said[:thing.start()] + said[thing.end():]).split())
        return _IT.sub(f"the {thing.group('thing')}", asked.rstrip("?"), count=1) + f" {rest}?"
    if _WHO_THEY_WERE.match(asked):
        return text  # "Several meetings were tied to a summit. Which meetings were these?": asked of the statement
    # the statement's first word is no longer the sentence's first: lower case, unless it is a name
    first = said.split()[0] if said.split() else ""
    said = said[:1].lower() + said[1:] if first[:1].isupper() and first.lower() in _PLAIN_FIRST else said
    return f"{asked.rstrip('?')} {said}?"


def without_their_dates(text: str) -> str:
    """"Which Uzbek meetings in January are described, and on which dates were they held?": the list asked for,
    which gives each one's date (the dates asked after it are no second question)."""
    dated = _THEIR_DATES.search(text)
    if dated is not None and _RECORDS_ASKED.match(text[:dated.start()]):
        return text[:dated.start()].strip(" ,;") + "?"
    return text


def split_question(text: str, names: Callable[[str], bool] | None = None) -> list[str]:
    """The questions a message asks, in order; one item when it asks one thing. `names` tells whether a
    piece of text names anything the records hold, besides a capital letter taken for a name."""

    def has_name(piece: str) -> bool:
        return _has_name(piece) or names is not None and names(piece)

    parts = [p.strip(" ,;") for p in _SECOND_QUESTION.split(text) if p.strip(" ,;?")]
    # ("which opened first, A or B, and in what year?": the choice answered, then the year of the one chosen)
    choice = len(parts) > 1 and " or " in parts[0].lower() and _QUESTION_FIRST.match(parts[0]) is not None
    if len(parts) > 1 and not choice \
            and any(_PREPOSITION_FIRST.match(p) and not _OWN_CLAUSE.match(p) for p in parts[1:]) \
            and not (_WHO_FIRST.match(parts[0]) and ";" not in text and " or " not in parts[0]) \
            and not (";" in text and not _QUESTION_FIRST.match(parts[0])):
        # "which outlet tweeted about it, and on what date?": the date of what the first part asks about, one
        # question (only "who did he meet, and on what date?" or a statement then "; in what month …?" split)
        parts = [text]
    if len(parts) == 2 and _BY_HOW.match(parts[1]) and (not _CHOICE_FIRST.match(parts[0])
                                                        or " or " in parts[0].lower()):
        # "was it longer or shorter than the C–D meeting, and by how many minutes?", "which opened first, A or B,
        # and by how many years?": one question with its gap; only a choice among the records the conversation
        # holds ("which is older, and by how many years?") is answered before its gap
        parts = [text]
    if len(parts) > 1:
        return parts[:MAX_PARTS]
    why = _AND_WHY.search(text)
    if why is not None and len(text[:why.start()].split()) >= _MIN_PART_WORDS:
        # "which city was she visiting, and for what?", "where did A meet B n for wat event": the occasion too
        return [text[:why.start()].strip() + "?", "why?"]
    how_long = _AND_HOW_LONG.search(text)
    if how_long is not None and len(text[:how_long.start()].split()) >= _MIN_PART_WORDS \
            and _QUESTION_FIRST.match(text[:how_long.start()]):
        return [text[:how_long.start()].strip() + "?", how_long.group("asked").lower() + "?"]
    details = _TWO_DETAILS.match(text)
    if details is not None:
        # "start time and length of the A–B meeting?": each detail of that record, asked in turn
        return [_DETAIL_ASKED[details.group(x).lower().split()[0]].format(details.group("rest")) for x in ("a", "b")]
    joined = _AND_WH.search(text)
    if joined is not None:
        first, second = text[:joined.start()].strip(), text[joined.end():].strip()
        if len(first.split()) >= _MIN_PART_WORDS and len(second.split()) >= _MIN_PART_WORDS \
                and not _LEANS_BACK.search(second.lower()) and not _BARE_WH_LAST.search(first):
            return [first, _noun_said(first, _it_said(first, second))]  # "What happened in A and … in B?"
    yes_no = _AND_YES_NO.search(text)
    if yes_no is not None and _WH_ASKED.search(text[:yes_no.start()]) is not None:
        first, second = text[:yes_no.start()].strip(), text[yes_no.end():].strip()
        if len(first.split()) >= _MIN_PART_WORDS and len(second.split()) >= _MIN_PART_WORDS:
            return [first + "?", second]
    pairs = _TWO_PAIRS.search(text)
    if pairs:
        first = text[: pairs.start()] + f"{pairs.group(1)}–{pairs.group(2)}" + text[pairs.end():]
        second = text[: pairs.start()] + f"{pairs.group(3)}–{pairs.group(4)}" + text[pairs.end():]
        return [_singular(first), _singular(second)]
    repeated = _REPEATED_PHRASE.search(text)
    if repeated and not GAP_ASKED.search(text):  # ("how many years apart … with A and with B?": one gap)
        preposition = repeated.group(2).lower()
        earlier = re.search(rf"\s{preposition}\s", text[: repeated.start()], re.I)
        if earlier and not _BETWEEN_OPEN.search(text[: repeated.start()]):
            head = text[: earlier.start()]
            first = text[: repeated.start()]
            second = f"{head} {preposition} {text[repeated.end():].strip()}"
            # "which date goes with A and which with B?": the question word again says a second question
            if repeated.group("wh") or has_name(first[earlier.start():]) and has_name(second[len(head):]):
                return [first.strip(), second.strip()]
    return [text]


#: "where's the Bucha memorial", "when was the embassy opened": a question of one thing, said after its verb.
_OF_ONE_THING = re.compile(r"^\W*(?:where|when|what|who)(?:['’]s| is| was| are| were) (?P<thing>(?:the|that|this) "
                           r"[\w'’ -]+?)(?: (?:opened|founded|built|held|located|set up))?\W*$", re.IGNORECASE)


def _it_said(first: str, second: str) -> str:
    """"where's the Bucha memorial and what's it for?": the second part's "it" is the thing the first asks of,
    said by its name, so the second is not read as of the conversation's topic."""
    thing = _OF_ONE_THING.match(first)
    if thing is None or len(_IT.findall(second)) != 1 or not re.search(r"\bit\b", second, re.IGNORECASE):
        return second
    return re.sub(r"\bit\b", thing.group("thing"), second, count=1, flags=re.IGNORECASE)


#: "uzbekistan's in japan", "and rwanda's?": a possessive whose noun is left unsaid, before a preposition or the end.
_BARE_POSSESSIVE = re.compile(r"\b(?P<owner>[a-z][\w-]*)['’]s(?=\s+(?:in|at|on|for|to|from)\b|\W*$)", re.IGNORECASE)
#: "japan's embassy in uzbekistan": the noun said after a possessive (up to three words), before a preposition
#: or the end.
_POSSESSED = re.compile(r"\b[a-z][\w-]*['’]s\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
                        r"(?=\s+(?:in|at|on|for|to|from)\b|\W*$)", re.IGNORECASE)


def _noun_said(first: str, second: str) -> str:
    """"where's japan's embassy in uzbekistan and where's uzbekistan's in japan?": the second part's possessive
    stands for the same noun as the first's ("uzbekistan's embassy"), said so the second is read alone."""
    bare = _BARE_POSSESSIVE.search(second)
    said = _POSSESSED.search(first) if bare is not None else None
    if bare is None or said is None:
        return second
    return f"{second[:bare.end()]} {said.group('noun')}{second[bare.end():]}"


#: "hayashi-kulubaev plus kamikawa-kuleba": two pairs of names as chat writes them, joined by "and", "plus" or "+".
_TWO_PAIRS_LOOSE = re.compile(r"\b([\w']+)\s*[–—-]\s*([\w']+)\s+(?:and|plus|\+|&)\s+(?:the\s+)?([\w']+)\s*[–—-]\s*"
                              r"([\w']+)", re.IGNORECASE)


def loose_pairs(text: str) -> list[str] | None:
    """"hayashi-kulubaev plus kamikawa-kuleba, total mins?": the question asked of each pair, for a total the
    engine adds up; None when the text joins no two pairs."""
    pairs = _TWO_PAIRS_LOOSE.search(text)
    if pairs is None:
        return None
    return [text[: pairs.start()] + f"{pairs.group(a)}–{pairs.group(b)}" + text[pairs.end():]
            for a, b in ((1, 2), (3, 4))]


def _has_name(text: str) -> bool:
    return re.search(r"\b[A-Z][a-z]", text) is not None


def _singular(question: str) -> str:
    """"How long were the X–Y meetings?" asked of one pair: "How long was the X–Y meeting?"."""
    question = re.sub(r"\bwere\b", "was", question, count=1)
    return re.sub(r"\b(meeting|talk|visit)s\b", r"\1", question, count=1)
