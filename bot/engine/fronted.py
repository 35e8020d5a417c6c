"""A question whose subject is put first and taken up by a pronoun ("the foreign minister — who met him?",
"Kagame: what did he discuss?"): read with the subject in the pronoun's place ("who met the foreign
minister?"), so that the subject is what the question is about and no earlier "him" is.

Rules are named data with examples, as elsewhere in the engine.
"""

from __future__ import annotations

import re

from bot.engine.text import STOPWORDS
from bot.engine.when import find_date

#: The subject put first, a dash or colon, then a question of its own.
_FRONTED = re.compile(r"^\W*(?P<subject>(?i:the|that|this|her|his|their|its)\s+(?!(?:[\w'’.]+ )*?(?:that|which|who)\s)"
                      r"[\w'’ .-]{2,40}?|[A-Z][\w'’.-]+"
                      r"(?:\s+[A-Z][\w'’.-]+){0,2})\s*(?:\s[-–—]|[–—:])\s*"
                      r"(?P<question>(?i:who|whom|whose|what|when|where|which|why|how|did|does|do|was|were|is|are|has"
                      r"|had)\b.+)$")
#: "and the Kyrgyz meeting, when did that one end?": a thing put first with a comma, taken up by "it" or "that one"
#: (a name alone before a comma is no subject: "Ok, when did it end?").
_FRONTED_COMMA = re.compile(r"^\W*(?:(?:and|so|also|ok)\s+)?"
                            r"(?P<subject>(?:the|that|this|[a-z]+['’]s)\s+[\w'’ .-]{2,40}?)"
                            r"\s*,\s*"
                            r"(?P<question>(?i:who|whom|whose|what|when|where|which|why|how|did|does|do|was|were|is|are"
                            r"|has|had)\b.+)$", re.IGNORECASE)
#: "velda dorin meeting, what was it about?": a record named as a headline, with no article, put first with a comma
#: and taken up by "it" or "that one".
_HEADLINE_COMMA = re.compile(r"^\W*(?:(?:and|so|also|ok)\s+)?"
                             r"(?P<subject>(?:[\w'’-]+\s+){1,4}?(?:meeting|talks|visit|trip|forum|summit|session))"
                             r"\s*,\s*"
                             r"(?P<question>(?i:who|whom|whose|what|when|where|which|why|how|did|does|do|was|were|is"
                             r"|are|has|had)\b.+)$", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(he|him|his|she|her|hers|it|its|they|them|their)\b", re.IGNORECASE)
#: "it" or "that one" of a thing put first with a comma (a person so put is read by the pronoun rules: "and the
#: president, what did he say?").
_PRONOUN_OR_ONE = re.compile(r"\b(it|they|them|(?:that|this) one|that(?= (?:end|ended|begin|began|start|started"
                             r"|happen|happened|last|lasted|take place|took place)\b))\b", re.IGNORECASE)
_QUESTION_WORDS = re.compile(r"\b(?:who|whom|what|when|where|which|why|how)\b", re.IGNORECASE)
_ONE = re.compile(r"\bones?\W*$", re.IGNORECASE)
_OF_THE_LIST = re.compile(r"\bof (?:the|those|these) (?:two|three|four)\b|\bof them\b|\b(?:former|latter|other)\b",
                          re.IGNORECASE)
_POSSESSIVE = frozenset({"his", "hers", "its", "their"})

EXAMPLES = ("the foreign minister - who met him?", "the Velda minister: when did he arrive?",
            "Dorin — what did she say?", "Velda Marn: Which counterpart did she meet?",
            "and the Ostra meeting, when did that one end?", "the Velda talks, how long did they last?",
            "the peace plan - whose is it?", "The peace plan she mentioned — whose is it?",
            "and Velda's meeting with Dorin, when did that end?", "the peace plan she mentioned, whose is it?",
            "jan 10 ostra event wat was it", "velda dorin meeting, what was it about?")
COUNTEREXAMPLES = ("who met the foreign minister?", "The later of the two - who was her counterpart?",
                   "The country that won in 1962 - which leader did its king meet?",
                   "the one in Ostra - when was it and who met them?",
                   "what happened - who knows?", "the second one",
                   "the Ostra one - what's its full name?", "Ok, when did it end?", "and the Ostra one, when was it?",
                   "the meeting, when was it and who met them?",
                   "the declaration, what's its full name?", "and the president, what did he say?",
                   "after the meeting, what did he say?")


def unfronted(text: str) -> str:
    """`text` with a subject put first moved into the one pronoun that takes it up; `text` unchanged when
    it is not of that shape (no pronoun, or several)."""
    found = _FRONTED.match(text.strip())
    pronoun = _PRONOUN
    if found is None:
        found, pronoun = _FRONTED_COMMA.match(text.strip()), _PRONOUN_OR_ONE
    if found is None:
        found = _HEADLINE_COMMA.match(text.strip())
        if found is not None and not any(w.lower() in STOPWORDS for w in found.group("subject").split()):
            # ("velda dorin meeting, what was it about?" → "what was the velda dorin meeting about?")
            pronouns = list(pronoun.finditer(found.group("question")))
            if len(pronouns) == 1 and not _QUESTION_WORDS.search(found.group("subject")):
                return with_subject(found.group("question"), pronouns[0], f"the {found.group('subject').strip()}")
        return _headline_asked(text)
    if found is None or _QUESTION_WORDS.search(found.group("subject")) or _ONE.search(found.group("subject")) \
            or _OF_THE_LIST.search(found.group("subject")):
        # ("the scholarship one - what's its full name?", "The later of the two - who was her counterpart?": an
        # item of the last list, picked as it is)
        return text
    question = found.group("question")
    pronouns = list(pronoun.finditer(question))
    if len(pronouns) != 1:
        return text
    subject = found.group("subject").strip()
    subject = subject[0].lower() + subject[1:] if subject.split()[0].lower() in ("the", "that", "this") else subject
    return with_subject(question, pronouns[0], subject)


#: "kagame kishida meeting who came with kagame": a record named as a headline, then a question of its own about it.
_HEADLINE = re.compile(r"^\W*(?P<head>(?:[\w'’-]+\s+){1,4}?(?:meeting|talks|visit|trip|forum|summit|mtg|session))"
                       r"\s*[-–—:,]?\s+(?P<question>(?:who|whom|whose|what|when|where|which|why|how)\b[^?]*?)\W*$",
                       re.IGNORECASE)


#: "jan 10 uzbek event wat was it": a headline, then "what was it" of it.
_HEADLINE_IT = re.compile(r"^\W*(?P<head>(?:[\w'’-]+\s+){1,5}?(?:meeting|talks|visit|trip|forum|summit|mtg|session"
                          r"|event|gathering))\s*[-–—:,]?\s+(?P<asked>(?:who|what|wat|wht|when|wen|where)\s+"
                          r"(?:was|were|is|are))\s+(?:it|that|this)\W*$", re.IGNORECASE)
#: "usmanov and ikegami on afghanistan - anything said": who, on what, then whether anything was said of it.
_HEADLINE_SAID = re.compile(r"^\W*(?P<who>(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+\s+(?:and|&|n)\s+"
                            r"(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)\s+(?:on|about|re)\s+(?P<topic>(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s*[-–—:,]\s*"
                            r"(?:was |is )?(?:there )?(?:anything|something|any(?:thing)? (?:word|mention))"
                            r"(?: (?:said|mentioned|discussed|raised|at all))?\W*$", re.IGNORECASE)
#: The fewest words of a question after a headline ("who came with kagame").
_QUESTION_WORDS_LEAST = 3
#: A word of a question that takes up what was said before it, or joins a second question.
_TAKES_UP = re.compile(r"\b(?:it|its|that|this|they|them|their|he|him|his|she|her|there|then|and|n)\b|[,&;]",
                       re.IGNORECASE)


def _headline_asked(text: str) -> str:
    """"kagame kishida meeting who came with kagame" → "who came with kagame at the kagame kishida meeting?": the
    record a headline names, said where the question asks of it; `text` unchanged when it is not of that shape."""
    said = _HEADLINE_SAID.match(text.strip())
    if said is not None:
        # "usmanov and ikegami on afghanistan - anything said" → "did usmanov and ikegami say anything about
        # afghanistan?"
        return f"did {said.group('who')} say anything about {said.group('topic')}?"
    taken_up = _HEADLINE_IT.match(text.strip())
    if taken_up is not None and not any(w.lower() in STOPWORDS and w.lower() != "the"
                                        for w in taken_up.group("head").split()):
        # "jan 10 uzbek event wat was it" → "wat was the jan 10 uzbek event?"
        head = taken_up.group("head").split()
        return f"{taken_up.group('asked')} the {' '.join(head[1:] if head[0].lower() == 'the' else head)}?"
    found = _HEADLINE.match(text.strip())
    if found is None:
        return text
    head = found.group("head").split()
    question = found.group("question")
    if any(w.lower() in STOPWORDS and w.lower() != "the" for w in head) or _QUESTION_WORDS.search(" ".join(head)) \
            or _TAKES_UP.search(question) or len(question.split()) < _QUESTION_WORDS_LEAST:
        # ("when was the meeting" is no headline: a question of its own; "hayashi ukraine trip, when did it start?"
        # takes the headline up itself, "how many … and how many …?" asks two things of it, and "kishida rwanda trip
        # when?" asks the word alone of the trip, which the claim rules read)
        return text
    named = " ".join(head[1:] if head[0].lower() == "the" else head)
    return f"{question} at the {named}?"


def with_subject(question: str, pronoun: re.Match[str], subject: str) -> str:
    """`question` with `subject` in the place of `pronoun`, owning what the pronoun owned ("what was her post?"
    → "what was the minister's post?"; "when did he meet her?" → "when did he meet the minister?")."""
    word = pronoun.group(1).lower()
    after = question[pronoun.end():].split()
    # ("her post": a possessive before a noun; "met her": the object)
    possessive = word in _POSSESSIVE or (word == "her" and bool(after)
                                         and after[0].lower().strip("?.!,") not in STOPWORDS)
    put = f"{subject}'s" if possessive else subject
    return f"{question[:pronoun.start()]}{put}{question[pronoun.end():]}"


#: "Of A and B, which one was longer?": the two things a choice is between, put before the question.
_CHOICE_FIRST = re.compile(r"^\W*(?:of|between|out of|comparing|among)\s+(?P<things>[^?]+?)\s*[,:;–—]\s*"
                           r"(?P<question>(?:(?:in|at|on|for|during|from|with|by) )?(?:which|who|whose)\b[^,?]*?)"
                           r"\s*\?*\s*$", re.IGNORECASE)
#: "the Ostra embassy or the Velda one, which opened first?": the two things offered before the question.
_OR_FIRST = re.compile(r"^\W*(?P<a>[^?,;:]+?)\s+or\s+(?P<b>[^?,;:]+?)\s*[,:;–—]\s*"
                       r"(?P<question>(?:which|whose)\b[^,?]*?)\s*\?*\s*$", re.IGNORECASE)
#: Words that open a question: "was it A or B, which …?" offers no two things first.
_OPENING_WORDS = frozenset("was is were are did does do when where who what which how can could would will has have "
                            "had and so".split())
_TWO_DESCRIBED = re.compile(r"\b(?:two|both|2|pair)\b", re.IGNORECASE)
#: The two things, the last "and" between them.
_TWO_THINGS = re.compile(r"^(?P<a>.+?)\s+(?:and|&)\s+(?P<b>(?:(?!\band\b).)+)$", re.IGNORECASE)

CHOICE_EXAMPLES = ("Of Quell's meeting with Marek and Velda's with Dorin, which one was longer?",
                   "the ostra embassy or the velda one, which opened first",
                   "Between the Ostra and Velda embassies, which opened first?",
                   "Of the two meetings, Quell with Marek and Velda with Dorin, which one was longer?",
                   "Of Quell's meeting with Marek and Velda's with Dorin, in which one did Marek come to Ostra?")
CHOICE_COUNTEREXAMPLES = ("Of the two meetings, which was in Ostra?", "which one was longer, A or B?",
                          "Between December 2022 and September 2023, who did Quell meet?",
                          "was it Ostra or Velda, which one?",
                          "did Quell meet Marek or Dorin, and which one was longer?",
                          "Of the meetings of Quell, Marek and Dorin, which was longest?")


def choice_put_last(text: str) -> str:
    """"Of A and B, which one was longer?", "A or B, which came first?" read as "which one was longer, A or B?",
    the shape every choice is read in; `text` unchanged when it is not of that shape (one thing, or more than two)."""
    offered = _OR_FIRST.match(text.strip())
    if offered is not None and offered.group("a").split()[0].lower() not in _OPENING_WORDS:
        question = offered.group("question").strip()
        return f"{question[0].upper()}{question[1:]}, {offered.group('a').strip()} or {offered.group('b').strip()}?"
    found = _CHOICE_FIRST.match(text.strip())
    if found is None:
        return text
    # ("the two meetings, A and B": the two named after a description of them; "A, B and C" are three)
    *described, things = found.group("things").split(",")
    if described and not _TWO_DESCRIBED.search(" ".join(described)):
        return text
    things = things.strip()
    two = _TWO_THINGS.match(things)
    if two is None or " and " in two.group("a").lower():
        return text
    if find_date(two.group("a"))[0] is not None and find_date(two.group("b"))[0] is not None:
        return text  # "Between December 2022 and September 2023, who did A meet?": a period, no choice of two
    question = found.group("question").strip()
    return f"{question[0].upper()}{question[1:]}, {two.group('a').strip()} or {two.group('b').strip()}?"

