"""Questions offering a choice: "Was it Varn or Tarsen that Obrin met?", "Did Quell go to Ostra or
to Brava?". Each alternative is asked on its own; when the records confirm exactly one, that one
is the answer, and the other is said to be unconfirmed. A name the records do not hold is then no
reason to answer nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.answers import Answer, Focus
from bot.engine import lexicon as lx
from bot.engine.query import SYNONYMS
from bot.engine.text import content_stems
from bot.knowledge.dates import PartialDate

_NAME = r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}"
#: "Varn or Tarsen", "Zorbia's or Veloria's", "to Ostra or to Brava": two capitalised alternatives.
_CHOICE = re.compile(rf"(?P<a>{_NAME})\s+or\s+(?:(?P<prep>to|in|with|at)\s+)?(?P<b>{_NAME})")
_ASKS = re.compile(r"^\W*(was|were|is|are|did|does|do|had|has|who|which|where|when)\b", re.IGNORECASE)

#: "..., did A happen or did B happen?": two claims, each asked on its own (the framing clause with each).
_CLAUSES = re.compile(r"^(?P<frame>[^?]*?(?:,|\.{2,}|:|;|\s[—–-])\s*)?(?P<aux>did|was|were|has|have|had)\s+"
                      r"(?P<a>[^?]+?),?\s+or\s+(?P=aux)\s+(?P<b>[^?]+?)\W*$", re.IGNORECASE)
#: "hayashi went to ukraine or zelensky came to japan? sept 2023": two claims said as statements, each with a
#: verb of going or meeting in the past, and what follows the question mark said of both.
_STATED = re.compile(r"^\W*(?P<a>[\w'’-]+(?: [\w'’-]+){0,3} (?:went|came|travell?ed|flew|visited|met|hosted)\b[^?]*?)"
                     r",?\s+or\s+(?P<b>[\w'’-]+(?: [\w'’-]+){0,3} (?:went|came|travell?ed|flew|visited|met|hosted)"
                     r"\b[^?]*?)\?\s*(?P<tail>[^?]*?)\W*$", re.IGNORECASE)
_JUDGEMENT = re.compile(r"\b(better|best|worse|worst|more important|most important|preferable|prefer|should|"
                       r"greater|stronger|weaker|bigger|smaller|richer|poorer)\b", re.IGNORECASE)

#: "Who went to Veloria first, Varn or Tarsen?": the choice is of whoever did it earlier (or later).
_ORDER = re.compile(r"\b(?P<early>first|earlier|earliest|sooner|before the other)\b"
                    r"|\b(?P<late>later|latest|last|more recently|most recently|after the other)\b", re.IGNORECASE)
#: The question's words before what was done: "who", "which minister", "did".
_ASKER = re.compile(r"^\W*(?:(?P<did>did|does|do|has|have|had)|who|which(?: \w+)?)\s+", re.IGNORECASE)

EXAMPLES = ("Was it Varn or Tarsen that Obrin met in Sorrel?", "Did Velda meet Hollis or Dorin in Lakeport?",
            "In the talks of 9 May, did Velda travel to Veloria or did Dorin come to Aurelia?",
            "Was it Zorbia's or Veloria's president who met Tarsen?", "Did Quell go to Ostra or to Brava?",
            "velda mtg may 2023.. did he come to aurelia or did dorin go to veloria",
            "dorin went to veloria or velda came to aurelia? may 2023")
COUNTEREXAMPLES = ("Did Aurelia provide generators or transformers?", "Who met Dorin?",
                   "Which is the better partner for Tamaria, Aurelia or Drusia?")


def alternatives(text: str) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """The two readings of a question offering a choice of names, each with its name, or None."""
    if _JUDGEMENT.search(text):
        return None  # "which is the better partner, Aurelia or Drusia?" asks an opinion, not a record
    clauses = _CLAUSES.match(text)
    if clauses is not None:
        # "In the talks of 9 September, did the minister travel to Veloria or did they come to Aurelia?"
        frame, aux = clauses.group("frame") or "", clauses.group("aux")
        return ((clauses.group("a"), f"{frame}{aux} {clauses.group('a')}?"),
                (clauses.group("b"), f"{frame}{aux} {clauses.group('b')}?"))
    stated = _STATED.match(text)
    if stated is not None:
        tail = f" in {stated.group('tail')}" if stated.group("tail") else ""
        return ((stated.group("a"), f"{stated.group('a')}{tail}?"), (stated.group("b"), f"{stated.group('b')}{tail}?"))
    if not _ASKS.match(text):
        return None
    found = _CHOICE.search(text)
    if found is None or found.start() == 0:
        return None
    a, b = found.group("a"), found.group("b")
    return ((a, text[: found.start()] + a + text[found.end():]),
            (b, text[: found.start()] + (f"{found.group('prep')} " if found.group("prep") else "") + b
             + text[found.end():]))


def answer(text: str, ask: Callable[[str], Answer],
           ask_after: Callable[[str, Focus | None], Answer] | None = None) -> Answer | None:
    """The alternative the records confirm, when exactly one is; None otherwise. `ask_after` asks a second
    clause in the conversation of the first one's answer: "did A go to X, or did she go to Y?" ("she" of A's)."""
    readings = alternatives(text)
    if readings is None:
        return None
    answers = [ask(readings[0][1])]
    second = readings[1][1]
    answers.append(ask_after(second, answers[0].focus)
                   if ask_after is not None and _CLAUSES.match(text) and _PRONOUN_SUBJECT.search(second)
                   else ask(second))
    confirmed = [(name, reading, a) for (name, reading), a in zip(readings, answers, strict=False)
                 if a.answered and not a.title.startswith("No")]
    if len(confirmed) != 1:
        if _CLAUSES.match(text) is None and _STATED.match(text) is None:
            return None
        if len(confirmed) == 2 and any(a.kind != "yes_no" for _, _, a in confirmed):
            return None  # both answered with records, neither with a yes: the records are read another way
        # Two claims offered: a choice the records do not settle is not answered from elsewhere either.
        return Answer("not_found", False, "Not confirmed by the records",
                      ("The records confirm " + ("both" if confirmed else "neither") + " of the two:",
                       *(f"{reading.rstrip('?')} — {a.title}" for (_, reading), a in zip(readings, answers,
                                                                                         strict=False))),
                      confidence=0.0)
    name, reading, chosen = confirmed[0]
    other = next(n for n, _ in readings if n != name)
    return Answer(chosen.kind, True, name.rstrip("'’s") if name.endswith(("'s", "’s")) else name,
                  (f"The records show: {reading.rstrip('?')} — {chosen.title}.", *chosen.lines,
                   f"Nothing in the records says so of {other}."),
                  items=chosen.items, sources=chosen.sources, actions=chosen.actions, confidence=chosen.confidence,
                  focus=chosen.focus, interpretation="one of two alternatives")


#: A clause whose doer is a pronoun ("or did she go to Kyiv?").
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|they)\b", re.IGNORECASE)


ORDER_EXAMPLES = ("Who went to Veloria first, Varn or Tarsen?", "Did Varn or Tarsen visit Ostra earlier?",
                  "Which minister met Dorin later, Velda or Hollis?")


#: "who went first, varn or tarsen?": two alternatives in lower case, each of which must be a name.
#: A deed said as "-ing" on both sides of "or" ("A meeting B or C meeting D"): two events, not a choice of names.
_DEED_BEFORE = re.compile(r"\b\w{3,}ing\s+$", re.IGNORECASE)
_DEED_AFTER = re.compile(r"\s+\w{3,}ing\b", re.IGNORECASE)
_LOWER_CHOICE = re.compile(r"(?P<a>[\w'’\-]+)\s+or\s+(?P<b>[\w'’\-]+)")


def ordered(text: str, ask: Callable[[str], Answer], date_of: Callable[[Answer], PartialDate | None],
            is_name: Callable[[str], bool]) -> Answer | None:
    """"Who went to Veloria first, Varn or Tarsen?": when each did it, asked of each, and the earlier
    (or later) named. When the records date only one of them, that is said, not a guess; None when the
    question is no such choice, or the dates do not tell the order (the same day, or too coarse)."""
    order = _ORDER.search(text)
    if order is None or not _ASKS.match(text) or _CLAUSES.match(text):
        return None
    found = _CHOICE.search(text) or _LOWER_CHOICE.search(text)
    if found is None:
        return None
    start, first = found.start("a"), found.group("a")
    asking = _ASKS.match(first)
    if asking is not None:  # "Did Varn or Tarsen ...": the question word is no part of the name
        start, first = start + asking.end(), first[asking.end():].strip()
        start = found.start("a") + found.group("a").index(first)
    if start == 0 or not first or not (is_name(first) and is_name(found.group("b"))):
        return None
    if re.search(r"['’]s?$", found.group("b")):
        return None  # "Kagame's meeting with Kishida or Hayashi's meeting with Kulubaev": two events, not two people
    if _DEED_BEFORE.search(text[:start]) and _DEED_AFTER.match(text[found.end():]):
        return None  # "Varn meeting Tarsen or Obrin meeting Velda": two events, each of two people
    rest = text[:start] + text[found.end():]
    rest = _ORDER.sub("", rest)
    asker = _ASKER.match(rest)
    if asker is None:
        return None
    done = re.sub(r"\s*,\s*(?=\W*$)|\s+(?=[,?.!])", "", rest[asker.end():]).strip(" ,?.!")
    if not done:
        return None
    names = tuple(n[:1].upper() + n[1:] for n in (first, found.group("b")))
    readings = [f"when {'did ' if asker.group('did') else ''}{name} {done}?" for name in names]
    answers = [ask(reading) for reading in readings]
    found_dates = [date_of(a) for a in answers]
    early = order.group("early") is not None
    a, b = found_dates
    if a is None or b is None:
        known = [(n, x) for n, x, day in zip(names, answers, found_dates, strict=True) if day is not None]
        said = tuple(f"The records date it for {n} only: {x.title}." for n, x in known) or (
            "The records date it for neither of them.",)
        return Answer("not_found", False, "Not in the records", said,
                      sources=tuple(c for _, x in known for c in x.sources[:1]), confidence=0.0)
    dates = (a, b)
    a_first = first_of(a, b)
    if a_first is None:
        return None  # the same day, or dates too coarse to tell: the order may be told by other words
    first = 0 if a_first else 1
    pick = first if early else 1 - first
    other = 1 - pick
    lines = tuple(f"{names[i]}: {dates[i].human()}"
                  + (f" — {answers[i].title}." if answers[i].kind != "several" else ".") for i in (pick, other))
    focus = answers[pick].focus
    shown = tuple(dict.fromkeys(x.focus.records()[0] for x in (answers[pick], answers[other])
                                if x.focus is not None and x.focus.records()))
    if focus is not None and len(shown) == 2:
        focus = replace(focus, items=shown)  # "how many months apart?" next: of the two events
    return Answer(answers[pick].kind, True, names[pick], lines,
                  sources=tuple(c for i in (pick, other) for c in answers[i].sources[:1]),
                  confidence=min(answers[0].confidence, answers[1].confidence), focus=focus,
                  interpretation="the earlier of two" if early else "the later of two")


#: "Did A happen before B?": a claim of the order of two events, each of which may be asked alone.
_ORDER_CLAIM = re.compile(r"^\W*(?P<aux>did|was|were|had|has|have|is|are)\s+(?P<a>.+?)\s+(?P<rel>before|after|"
                          r"earlier than|later than|prior to|ahead of|older than|newer than|more recent than)"
                          r"\s+(?P<b>.+?)\W*$", re.IGNORECASE)
_FIRST_RELATIONS = frozenset({"before", "earlier than", "prior to", "ahead of", "older than"})
#: "… ahead of time", "… before schedule": no second event to date.
_NO_EVENT = re.compile(r"^(?:time|schedule|hand|the fact)\W*$", re.IGNORECASE)
#: A clause that names an event without a verb of its own ("the G7 meeting in New York").
_NOUN_PHRASE = re.compile(r"^(?:the|his|her|their|its|that|this)\b", re.IGNORECASE)
_VERB = re.compile(r"\b(?:\w+ed|met|went|came|began|took|made|held|gave|sent|signed|opened|visited)\b", re.IGNORECASE)

#: A clause's doer and deed: "Japan's prime minister | already been there".
_DEED = re.compile(r"^(?P<who>.+?)\s+(?P<rest>(?:(?:already|ever|actually|first|really|also) )?(?:been|gone|go|went"
                   r"|visit\w*|travel\w*|met|meet|come|came|flown|fly|flew|made|make|held|hold)\b.*)$", re.IGNORECASE)
#: The other side of an order claim given by a person alone ("before him", "before Hayashi", "after she did").
_WHO_ALONE = re.compile(r"^(?:him|her|them|he|she|they|(?:(?:his|her|their|the) (?:[a-z'’-]+ ){1,4})?"
                        r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?: did)?$")

ORDER_CLAIM_EXAMPLES = ("Did Varn open the embassy before the two countries established relations?",
                        "Did Tarsen meet Brant before the G7 meeting in Port Selm?",
                        "Are Zembla's diplomatic ties with Aurelia older than its ties with Veloria?")


#: A record that places what it tells before or after another event in words ("had worked for it before taking
#: office").
_ORDER_SAID = re.compile(r"\b(?:before|after|prior to) [a-z]+ing\b")


def order_claimed(text: str, ask: Callable[[str, Focus | None], Answer],
                  date_of: Callable[[Answer], PartialDate | None]) -> Answer | None:
    """"Did Japan open its embassy before the two countries established ties?": when each happened, asked
    of each, and the claim checked against the two dates; None unless the records date both apart."""
    found = _ORDER_CLAIM.match(text)
    if found is None:
        return None
    a, b, aux = found.group("a"), _parallel(found.group("a"), found.group("b")), found.group("aux").lower()
    if _NO_EVENT.match(b):
        return None  # "announced weeks ahead of time": before no other event
    if aux in ("is", "are") and not found.group("rel").lower().endswith(" than"):
        return None  # ("is the embassy in Ostra before …": no claim of order)
    first = f"when {aux} {a}?"
    second = f"when was {b}?" if _NOUN_PHRASE.match(b) and not _VERB.search(b) else f"when {b}?"
    if aux in ("is", "are"):
        # "are A's ties with B older than …?": when each began
        first, second = f"when did {a} begin?", f"when did {b} begin?"
    deed = _DEED.match(a)
    alone = _WHO_ALONE.match(b) is not None and deed is not None
    if alone:
        # "had the prime minister been there before him?": he did what the first one did ("been there")
        assert deed is not None
        second = f"when {aux} {re.sub(r' did$', '', b)} {deed.group('rest')}?"
    known = ask(first, None)
    # "... before the two countries established ties": the second event of the first one's names; "before
    # him" is the one the conversation is about, not the one just answered
    answers = [known, ask(second, None if alone else known.focus)]
    # (a side that is the person alone says no more than the first side, already checked)
    if not _about(a, answers[0]) or not alone and not _about(b, answers[1]):
        return None  # "... after an earthquake?": an answer about something else dates nothing
    one, other = date_of(answers[0]), date_of(answers[1])
    if one is None or other is None:
        return None
    if _ORDER_SAID.search(answers[0].lines[0] if answers[0].lines else ""):
        # "did she support Ukraine before becoming minister?" of a record that says she did it "before taking
        # office": its date is when that was said; the record's own words decide, not two dates
        return None
    a_first = first_of(one, other)
    if a_first is None:
        return None  # the same day, or too coarse to tell
    claims_first = found.group("rel").lower() in _FIRST_RELATIONS
    holds = a_first == claims_first
    lines = tuple(f"{_label(x)}: {day.human()}." for x, day in ((answers[0], one), (answers[1], other)))
    focus = answers[0].focus
    shown = tuple(dict.fromkeys(i for x in answers if x.focus is not None for i in x.focus.items[:1]))
    if focus is not None and len(shown) == 2:
        focus = replace(focus, items=shown)  # "how many years apart?" next: of the two events
    return Answer("yes_no", True, "Yes" if holds else f"No: it was {'before' if a_first else 'after'}", lines,
                  sources=tuple(c for x in answers for c in x.sources[:1]),
                  confidence=min(0.8, answers[0].confidence, answers[1].confidence), focus=focus,
                  interpretation="order of two events")


def _parallel(a: str, b: str) -> str:
    """The second side of a comparison said in fewer words than the first, in the first's words: "Zembla's
    diplomatic ties with Aurelia older than its ties with Veloria" compares Zembla's diplomatic ties with
    Veloria. `b` unchanged unless it is `a` with one name for another and some words left out."""
    owner = re.match(r"^([\w .-]+?['’]s)\s", a)
    if owner is not None:
        b = re.sub(r"^(?:its|their)\b", owner.group(1), b, flags=re.IGNORECASE)
    a_words, b_words = a.split(), b.split()
    new = [w for w in b_words if w not in a_words]
    gone = [w for w in a_words if w not in b_words and w[:1].isupper()]
    if len(new) != 1 or len(gone) != 1 or not new[0][:1].isupper() or len(b_words) >= len(a_words):
        return b
    return " ".join(new[0] if w == gone[0] else w for w in a_words)


def _label(answer: Answer) -> str:
    """What an answer is about, in words: its title, or its first line when the title only names a kind (a pledge's
    title names only whose support it is)."""
    return answer.lines[0].rstrip(".") if (answer.title in ("Fact", "Pledge", "Term") or answer.kind in (
        "fact", "pledge")) and answer.lines else answer.title


def _about(clause: str, answer: Answer) -> bool:
    """Whether an answer says at least half the content words of the clause it was asked of (synonyms
    allowed): "an earthquake" is not what a record of a meeting is about."""
    wanted = set(content_stems(clause))
    if not wanted:
        return False
    said = set(content_stems(" ".join([answer.title, *answer.lines, *(c.quote for c in answer.sources)])))
    found = sum(1 for k in wanted if k in said or any(s in said for s in SYNONYMS.get(k, ())))
    return answer.answered and 2 * found >= len(wanted)


def first_of(one: PartialDate, other: PartialDate) -> bool | None:
    """Whether `one` is wholly before `other` (True), wholly after it (False), or neither is sure (None:
    the same day, or dates too coarse to tell)."""
    if one.last_day() < other.first_day():
        return True
    if other.last_day() < one.first_day():
        return False
    return None


#: "Which came first, A or B?", "which relationship is older, Japan's with Aurelia or Japan's with Veloria?",
#: "which capital got an embassy first, Ostra or Brava?": two events offered after the question, each dated
#: on its own. `head` is what the question says between its question word and the order word.
_FIRST_OF_TWO = re.compile(
    r"^\W*(?:and |so )?(?:which|what|whose)(?: one)?(?P<head>(?: [a-z'’-]+){0,6}?) "
    r"(?P<order>first|earlier|earliest|sooner|older|oldest|further back|back further|further|later|latest"
    r"|more recent|most recent|newer|newest)"
    r"(?: (?:in|of|between) [\w ]{1,30}?)?\s*[,:;-]\s*(?:the )?(?P<a>[^,;:?]+?),?\s+or\s+(?:the )?(?P<b>[^,;:?]+?)\W*$")
FIRST_OF_TWO_EXAMPLES = ("Which Zemblan embassy opened first, the one in Ostra or the one in Brava?",
                         "Which opened first, the embassy in Ostra or the one in Brava?",
                         "Which came first, Zembla opening its embassy in Ostra or Aurelia opening its embassy in "
                         "Zemgrad?", "Which Zemblan embassy is older, Ostra or Brava?",
                         "Which relationship is older, Zembla's with Aurelia or Zembla's with Veloria?",
                         "which capital got a Zemblan embassy first, Ostra or Brava?",
                         "Whose relationship with Zembla goes back further, Aurelia's or Veloria's?",
                         "Which came first: Varn's trip to Ostra or Obrin's?")
#: Words of a question's head that say only that something was, came or happened.
_FRAME_VERBS = frozenset("came come happened was is were are took place began started opened got had has went "
                         "goes go date dates established set up back".split())
#: The verbs of `_FRAME_VERBS` that say what was done, not only that something was ("opened", not "came").
_DEED_VERBS = frozenset("opened began started established".split())
_EARLY_WORDS = frozenset({"first", "earlier", "earliest", "sooner", "older", "oldest", "further back", "back further",
                          "further"})
#: The intent of an answer that put two records in order, so that "by how much?" asks the time between them.
ORDERED = "order"


def first_of_two(text: str, ask: Callable[[str], Answer], date_of: Callable[[Answer], PartialDate | None],
                 record_of: Callable[[Answer], str | None], title_of: Callable[[str], str],
                 place: Callable[[str], bool] = lambda side: False) -> Answer | None:
    """"Which came first, A or B?" of two events of any kind: each asked when it was, and the earlier (or
    later) named with both dates. None when either is not one dated record, or both are the same record, or
    the dates do not tell the order. `place` tells a side that only names a place ("Ostra or Brava?")."""
    found = _FIRST_OF_TWO.match(text.lower())
    if found is None:
        return None
    head = found.group("head").split()
    verb_at = next((i for i, w in enumerate(head) if w in _FRAME_VERBS), len(head))
    noun, rest = head[:verb_at], [w for w in head[verb_at:] if w not in _FRAME_VERBS]
    said_sides = [found.group("a"), found.group("b")]
    named = re.match(r"^(?P<noun>[\w'’ -]+?) (?:in|of|with|at|to|for)\b", said_sides[0])
    if not noun and named is not None and _ONE_OF.match(said_sides[1]):
        # ("which opened first, the embassy in Ostra or the one in Brava?": "the one" is of the first side's noun)
        said_sides[1] = f"{named.group('noun')} {said_sides[1][4:]}"
    owned = re.match(r"^(?:the )?[\w .-]+?['’]s (?P<thing>[^'’]+)$", said_sides[0])
    if not noun and owned is not None and re.fullmatch(r"[\w .-]+?['’]s", said_sides[1].strip()):
        # ("which came first: Ostra's trip to Zembla or Brava's?": Brava's trip to Zembla)
        said_sides[1] = f"{said_sides[1].strip()} {owned.group('thing')}"
    # ("which opened first, Ostra or Brava?": what was done in each place, by the question's own verb)
    done = [w for w in head[verb_at:] if w in _DEED_VERBS]
    sides = [_side_event(side, noun, rest, place, done) for side in said_sides]
    answers = [ask(f"When was {side}?") for side in sides]
    dates = [date_of(a) for a in answers]
    refs = [record_of(a) for a in answers]
    if None in refs or refs[0] == refs[1]:
        return None
    a_date, b_date = dates
    if a_date is None or b_date is None:
        return None
    a_first = first_of(a_date, b_date)
    if a_first is None:
        return None
    early = found.group("order") in _EARLY_WORDS
    pick = (0 if a_first else 1) if early else (1 if a_first else 0)
    other = 1 - pick
    # (the alternatives as written, where lower case keeps the text's length)
    said = [(text if len(text) == len(text.lower()) else text.lower())[found.start(s):found.end(s)]
            for s in ("a", "b")]
    picked_ref, other_ref = refs[pick], refs[other]
    assert picked_ref is not None and other_ref is not None
    titles = {pick: title_of(picked_ref), other: title_of(other_ref)}
    when = {0: a_date, 1: b_date}
    lines = tuple(f"{said[i][:1].upper()}{said[i][1:]}: {when[i].human()} — {titles[i].rstrip('.')}."
                  for i in (pick, other))
    return Answer(answers[pick].kind, True, f"{'Earlier' if early else 'Later'}: {titles[pick]}", lines,
                  sources=tuple(c for i in (pick, other) for c in answers[i].sources[:1]),
                  confidence=min(answers[0].confidence, answers[1].confidence),
                  focus=Focus(items=(picked_ref, other_ref), current=picked_ref, intent=ORDERED, question=text,
                              date=when[pick].iso()),
                  interpretation="the earlier of two" if early else "the later of two")


#: A side named by "the one" and a place or a partner ("the one in Brava").
_ONE_OF = re.compile(r"^one (?:in|of|with|at|to|for)\b")


def _side_event(side: str, noun: list[str], rest: list[str], place: Callable[[str], bool],
                done: Sequence[str] = ()) -> str:
    """One side of "which relationship is older, Japan's with A or …?" as an event to date: the question's
    noun after a possessive alone ("Zembla's relationship with A"), the question's own words about a place
    named alone ("which Zemblan embassy is older, Ostra or Brava?": "the Zemblan embassy in Ostra"), the
    question's own words after a name ("Ostra got a Zemblan embassy")."""
    side = side.strip()
    if _ONE_OF.match(side) and noun:
        # ("which embassy opened first, the one in Ostra or the one in Brava?": the embassy in Ostra)
        side = f"the {' '.join(noun)} {side[4:]}"
    if place(side):
        # (a noun that says only what kind of place the sides are is no part of the event: "which city …")
        event = [w for w in (*noun, *rest) if w not in lx.PLACE_NOUNS and w not in ("a", "an", "the")]
        if event:
            return f"the {' '.join(event)} in {side}"
        if done:
            return f"it {' '.join(done)} in {side}"  # ("when was it opened in Ostra?": what opened there)
    possessive = re.match(r"^(?P<owner>[\w .-]+?['’]s)(?: (?P<tail>(?:with|in|of|to)\b.*))?$", side)
    if possessive is not None and noun:
        # ("Rwanda's or Uzbekistan's?" of "whose relationship with Japan …": "Rwanda's relationship with Japan")
        side = f"{possessive.group('owner')} {' '.join(noun)} {possessive.group('tail') or ''}".strip()
    return f"{side} {' '.join(rest)}".strip()


#: "In which one did the minister come to Ostra, A or B?", "which meeting was held in Ostra: A or B?": a claim
#: asked of each of two records named after it.
_WHICH_OF_TWO_DID = re.compile(
    r"^\W*(?:and |so )?(?:(?P<prep>in|at|on|during|for|from|by|with) )?which(?: one| meeting| event| visit| talks"
    r"| of (?:the|those|these) (?:two |2 )?(?:meetings|visits|talks|events)| of (?:the|those|these) (?:two|2)"
    r"| of them)? (?P<aux>did|was|were) (?P<claim>[^,;:?]+?)\s*[,:;-]\s*(?:the )?(?P<a>[^,;:?]+?),?\s+or\s+"
    r"(?:the )?(?P<b>[^,;:?]+?)\W*$")
WHICH_OF_TWO_DID_EXAMPLES = ("In which one did the minister come to Ostra, Varn's meeting with Tarsen or Obrin's "
                             "meeting with Dorin?", "Which meeting was held in Ostra: the Varn-Tarsen one or the "
                             "Obrin-Dorin one?")


def which_of_two_did(text: str, record_of: Callable[[str], str | None],
                     claim_of: Callable[[str, str], Answer]) -> Answer | None:
    """"In which one did the minister come to Ostra, A or B?": each side's one record (`record_of`), the
    claim asked of each as a yes-or-no question (`claim_of(question, record)`), and the one the records
    confirm named with both verdicts. None unless each side is one record of its own and the claim holds
    of exactly one of them."""
    found = _WHICH_OF_TWO_DID.match(text.lower())
    if found is None:
        return None
    refs = [record_of(found.group(s)) for s in ("a", "b")]
    if None in refs or refs[0] == refs[1]:
        return None
    aux, claim, prep = found.group("aux"), found.group("claim"), found.group("prep")
    # ("in which one did the minister come to Ostra": the claim of each; "which one was held in Ostra": of it)
    question = f"{aux} {claim}?" if aux == "did" and prep else f"{aux} it {claim}?"
    verdicts = [claim_of(question, ref) for ref in refs if ref is not None]
    held = [v.answered and v.kind == "yes_no" and v.title.startswith("Yes") for v in verdicts]
    if held.count(True) != 1:
        return None
    pick = held.index(True)
    said = [text[found.start(s):found.end(s)] for s in ("a", "b")]
    chosen = verdicts[pick]
    picked_ref = refs[pick]
    assert picked_ref is not None
    return _the_one_held(said, verdicts, held, pick,
                         confidence=min(v.confidence for v in verdicts) if verdicts[1 - pick].answered
                         else chosen.confidence,
                         focus=Focus(items=tuple(r for r in refs if r is not None), current=picked_ref, question=text),
                         interpretation="the one of two a claim holds of")


def _the_one_held(said: list[str], verdicts: list[Answer], held: list[bool], pick: int, *, confidence: float,
                  focus: Focus | None, interpretation: str) -> Answer:
    """The one of two a claim holds of (`pick`), named as `said`, with both verdicts, its own first."""
    lines = tuple(f"{said[i][:1].upper()}{said[i][1:]}: {'yes' if held[i] else verdicts[i].title.lower()} — "
                  f"{(verdicts[i].lines or ('',))[0]}" for i in (pick, 1 - pick))
    return Answer(verdicts[pick].kind, True, f"{said[pick][:1].upper()}{said[pick][1:]}", lines,
                  sources=tuple(c for v in (verdicts[pick], verdicts[1 - pick]) for c in v.sources[:1]),
                  confidence=confidence, focus=focus, interpretation=interpretation)


#: "who went to Kyiv in September 2023, Hayashi or Kamikawa?": a deed, then the two people it may be of.
_WHO_OF_TWO = re.compile(r"^\W*(?:and |so |ok )?who (?P<claim>(?!(?:is|was|are|were|'s)\b)"
                         # (an order of the two is a comparison: "who held the post first, A or B?")
                         r"(?:(?!\b(?:first|last|earlier|earliest|later|latest|before|after|longer|shorter|more"
                         r"|less|most|least)\b)[^,?])+?),?\s+"
                         r"(?P<a>[\w'’.-]+(?: [\w'’.-]+)?) or (?P<b>[\w'’.-]+(?: [\w'’.-]+)?)\W*$")
WHO_OF_TWO_EXAMPLES = ("who went to ostra in 2023, quell or dorin?", "who met velda, quell or sabit?")
WHO_OF_TWO_COUNTEREXAMPLES = ("who is the minister, quell or dorin?", "who met velda?",
                              "who held the post first, quell or dorin?")


def who_of_two(text: str, one_person: Callable[[str], bool], claim_of: Callable[[str], Answer]) -> Answer | None:
    """"Who went to Ostra, Quell or Dorin?": the deed claimed of each of the two people (`one_person` says a side
    names one person and nothing else), and the one the records confirm named with both verdicts. None unless
    the claim holds of exactly one of them."""
    found = _WHO_OF_TWO.match(text.lower())
    if found is None or not all(one_person(found.group(s)) for s in ("a", "b")):
        return None
    said = [text[found.start(s):found.end(s)] for s in ("a", "b")]
    verdicts = [claim_of(f"{who} {found.group('claim')}, right?") for who in said]
    held = [v.answered and v.kind == "yes_no" and v.title.startswith("Yes") for v in verdicts]
    if held.count(True) != 1:
        return None
    pick = held.index(True)
    return _the_one_held(said, verdicts, held, pick, confidence=verdicts[pick].confidence, focus=verdicts[pick].focus,
                         interpretation="the one of two people a claim holds of")


#: "Put these in date order: A, B, C", "order these chronologically, latest first: A, B and C": records named
#: one by one after a colon, each dated on its own and shown in the order asked.
_IN_ORDER = re.compile(r"^\W*(?:(?:please|can you|could you|now|so|and)\s+)*"
                       r"(?:put|list|order|sort|arrange|rank|place|line up)\b(?P<how>[^:]{0,80}?)\s*:\s*"
                       r"(?P<things>[^:]+?)\W*$", re.IGNORECASE)
#: The words that make a request an ordering by date ("in date order", "chronologically", "earliest first").
_BY_DATE = re.compile(r"\b(?:date|dates|chronolog\w*|time|order|sequence|earliest|oldest|latest|newest|"
                      r"most recent|first)\b")
_LATEST_FIRST = re.compile(r"\b(?:latest|newest|most recent|last)(?: one)? first\b|\breverse\b")
#: Between two things named: a comma or a semicolon; the last of several after "and", "or" or "then".
_LISTED = re.compile(r"\s*[,;]\s*(?:(?:and|or|then)\s+)?")
_LAST_JOINED = re.compile(r"^(?P<a>.+?)\s+(?:and|or|then)\s+(?P<b>(?:(?!\b(?:and|or|then)\b).)+)$", re.IGNORECASE)
IN_ORDER_EXAMPLES = ("Put these in date order: the Varn meeting, Quell's Ostra visit, the Brava talks.",
                     "Put these in chronological order: Varn-Tarsen, Quell in Ostra and Obrin meets Dorin.",
                     "order these by date, latest first: the Varn meeting; the Brava talks")
IN_ORDER_COUNTEREXAMPLES = ("List the meetings in date order", "Put these in order", "List Varn's meetings: all",
                            "put the Varn meeting in context: why?")


def in_order(text: str, ask: Callable[[str], Answer], date_of: Callable[[Answer], PartialDate | None],
             record_of: Callable[[Answer], str | None], title_of: Callable[[str], str]) -> Answer | None:
    """"Put these in date order: A, B, C": each thing named asked when it was, and all of them shown by date
    (the latest first when asked so), their records kept in that order for "the first two", "the second
    one". None unless the request names two or more things, each one dated record of its own; a pair the
    dates cannot order (a month and a day in it) is said so."""
    found = _IN_ORDER.match(text.strip())
    if found is None or not _BY_DATE.search(found.group("how").lower()):
        return None
    parts = [p for p in _LISTED.split(found.group("things").strip()) if p]
    readings = []
    joined = _LAST_JOINED.match(parts[-1])
    if joined is not None:
        readings.append([*parts[:-1], joined.group("a"), joined.group("b")])
    readings.append(parts)
    for things in readings:
        if len(things) < 2:
            continue
        answers = [ask(f"When was {thing}?") for thing in things]
        dated = [(when, ref, thing, a) for thing, a in zip(things, answers, strict=True)
                 if (when := date_of(a)) is not None and (ref := record_of(a)) is not None]
        if len(dated) < len(things) or len({ref for _, ref, _, _ in dated}) < len(dated):
            continue
        latest_first = _LATEST_FIRST.search(found.group("how").lower()) is not None
        shown = sorted(range(len(dated)), key=lambda i: (dated[i][0].first_day(), dated[i][0].last_day(), i))
        if latest_first:
            shown.reverse()
        said = [f"{thing[:1].upper()}{thing[1:]}" for _, _, thing, _ in dated]
        lines = [f"{n}. {dated[i][0].human()} — {said[i]}: {title_of(dated[i][1]).rstrip('.')}."
                 for n, i in enumerate(shown, 1)]
        for a, b in zip(shown, shown[1:], strict=False):
            if dated[a][0] == dated[b][0]:
                lines.append(f"{said[a]} and {dated[b][2]} were on the same day.")
            elif first_of(dated[a][0], dated[b][0]) is None:
                lines.append(f"The records do not tell whether {dated[a][2]} or {dated[b][2]} came first.")
        ordered = tuple(dated[i][1] for i in shown)
        return Answer("several", True, "Latest first" if latest_first else "In date order", tuple(lines),
                      sources=tuple(c for i in shown for c in dated[i][3].sources[:1]),
                      confidence=min(a.confidence for a in answers),
                      focus=Focus(items=ordered, listed=ordered, question=text),
                      interpretation="records put in date order")
    return None
