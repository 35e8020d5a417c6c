"""Kinds of events a question can ask about, each named by its own words.

"When did X *become* foreign minister?" asks about an appointment, "did they *sign* anything?"
about a signing: a record that reports no such event does not answer, however many other words
it shares with the question (a meeting X held as minister is not X's appointment). Each kind lists
the words that name it, in the question and in a record; examples run as tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.engine import lexicon as lx
from bot.engine.text import stem


@dataclass(frozen=True)
class EventKind:
    """A kind of event, the words (stems) that report it, and questions that ask about it."""

    name: str
    words: frozenset[str]
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...]
    #: Whether such an event can take place at a meeting, so that the meeting's date is its date
    #: (a signing can; an appointment or an embassy's opening is not dated by a meeting that mentions it).
    at_meetings: bool = False
    #: Words that report such an event in a record without naming it in a question ("the embassy began
    #: operations": an opening; "what operations?" asks of none).
    reported_by: frozenset[str] = frozenset()


def _stems(words: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words.split())


#: What a meeting's outcomes report too ("what did they agree on?"), whatever their words.
AGREEMENT = EventKind("agreement",
                      _stems("agree agreed agrees agreeing agreement agreements concur concurred consensus"),
                      ("what did they agree on?", "what did the two leaders agree?"), ("what did they discuss?",),
                      at_meetings=True)
#: What a pledge with the person who announced it reports too.
ANNOUNCEMENT = EventKind("announcement", _stems("announce announced announcement publicised publicized"),
                         ("when was the visit announced?",), ("when did the visit begin?",), at_meetings=True)
#: Taking up a post ("when did she become foreign minister?"); "took over" and "took office" say it by phrase.
APPOINTMENT = EventKind("appointment", _stems("become became becomes appoint appointed appointment appoints nominated "
                                              "elected sworn inaugurated succeeded assumed"),
                        ("when did she become foreign minister?", "when was he appointed?", "when did she take over?"),
                        ("who is the foreign minister?", "whom did she work with before she took office?"))
#: Putting a name to a text ("who signed the nine agreements?"): an act of its signatories, whom a record of the
#: meeting it was signed at does not name by naming who met.
SIGNING = EventKind("signing", _stems("sign signed signing signs ink inked signatory signatories signature signatures"),
                    ("did they sign an agreement?", "who signed the nine agreements?", "what deals were inked?",
                     "which officials put their signatures to the deals?"),
                    ("what did they agree on?",), at_meetings=True)
EVENT_KINDS: tuple[EventKind, ...] = (
    SIGNING,
    APPOINTMENT,
    EventKind("departure from office", _stems("resign resigned resignation dismissed fired ousted retired retire"),
              ("when did he resign?",), ("when did he take office?",)),
    EventKind("opening", _stems("open opened opening opens inaugurated established establish establishment "
                                "founded launch launched"),
              ("when did the embassy open?", "when was it established?"), ("what did they discuss?",),
              reported_by=_stems("operations operational")),
    EventKind("closing", _stems("close closed closing closure shut"), ("when did the embassy close?",),
              ("what was closest to the agreement?",)),
    EventKind("birth", _stems("born birth birthday"), ("when was he born?",), ("when was he first appointed?",)),
    EventKind("death", _stems("die died death dead killed killing killings murder murdered murders"),
              ("when did he die?",), ("how many people attended?",)),
    EventKind("provision", _stems("provide provided provides providing give gave given send sent donate donated "
                                  "deliver delivered supply supplied"),
              ("in what month had the aid been provided?", "when did they send the generators?"),
              ("what did they discuss?",)),
    AGREEMENT,
    ANNOUNCEMENT,
)
#: A journey; asked about through `verify.TRAVEL_RULES`, which also read who went where.
TRAVEL = EventKind("travel", _stems("visit visited visits visiting travel travelled traveled trip trips journey "
                                    "went gone came arrived"),
                   ("when did he visit Aurelia?",), ("when did they meet?",), at_meetings=True)
_WORD = re.compile(r"[a-z]+")


#: "Since when ...?", "how old are the ties?", "how far back do they go?": the asked event is a beginning.
BEGINNING = EventKind("beginning", _stems("established establish establishment began begun begin start started "
                                          "founded opened first since date dates back origin"),
                      ("since when have they had ties?", "how far back do the relations go?"),
                      ("when did they meet?",))
_BEGINNING_ASKED = re.compile(r"\bsince when\b|\bhow old\b|\bhow far back\b"
                              # ("the date back in Tokyo": the date at home, no beginning)
                              r"|(?<!\bthe )\b(?:date|dates|go|goes) back\b(?! (?:in|at|home)\b)"
                              r"|\bhow long have\b"
                              # "when was Zembla-Aurelia ties?": a state asked when, its beginning
                              r"|^\W*when (?:was|were|is|are) [\w'’ -]{0,40}\b(?:ties|relations|relationship)\W*$"
                              # "when did Zembla-Aurelia relations start?"
                              r"|\b(?:ties|relations|relationship)\b[\w'’ ,-]{0,30}?\b(?:start|starts|started|begin"
                              r"|began|begun|commence|commenced)\b")


#: "When will the agreement come into force?", "did it take effect?": a document's entry into force, which only
#: a record of it in force (or ratified) reports; asked by phrases, not by words alone ("Russian forces").
IN_FORCE = EventKind("entry into force", _stems("force forc effect ratify ratified ratification ratifies"),
                     ("when will the agreement come into force?", "has the deal taken effect?"),
                     ("what did the forces do there?", "what effect did the aid have?"))
_IN_FORCE_ASKED = re.compile(r"\b(?:come|comes|came|coming|enter|enters|entered|entering|go|goes|went|going|put) "
                             r"into (?:force|effect)\b|\b(?:take|takes|taken|taking|took) effect\b"
                             r"|\b(?:be|been|being|was|were|is|are) (?:in force|ratified)\b")

#: "when did Kamikawa take over?", "since when has he held office": a post taken up, said by a phrase.
_TAKEN_UP = re.compile(r"\b(?:take|takes|took|taken|taking) (?:over|office|up (?:the |his |her )?(?:post|office"
                       r"|role))\b"
                       r"|\bassum(?:e|ed|es|ing) (?:office|the post|the role)\b")

#: "before she", "after he", "when Hayashi": the opening of a clause that dates what is asked.
_TIME_CLAUSE = re.compile(r"(?:\b(?:before|after|since(?! when)|until|till|once|while)|(?<=\S) when)\s+"
                          r"(?:[\w'’-]+\s+){0,3}$")


_REQUEST_VERBS = frozenset({"give", "show", "tell", "send", "get", "find"})
_OPEN_WORDS = frozenset({"open", "opens", "opened", "opening"})
#: What a text does with what it tells ("the records give a date"; the words for a text are `lx.DOCUMENT_WORDS`).
_TELLING_VERBS = frozenset({"give", "gives", "gave", "given", "provide", "provides", "provided"})
_TALKS = frozenset({"talks", "negotiations", "consultations", "dialogue", "discussions"})


#: What follows "become" when it names an appointment ("become foreign minister", "became the first governor");
#: any other word is a state ("become independent"), no appointment.
_BECOME = frozenset({"become", "became", "becomes", "becoming"})
_POST_AFTER_BECOME = lx.TITLE_WORDS | frozenset("a an the his her its their our first new next pm fm premier chair "
                                                "chairman chairwoman head leader member governor envoy mayor director "
                                                "king queen emperor chancellor".split())
#: Adverbs before a participle that describes someone by a past event ("newly appointed", "recently elected").
_DESCRIBING_ADVERBS = frozenset("newly recently freshly just".split())


def events_asked(words: tuple[str, ...] | list[str]) -> list[EventKind]:
    """The kinds of event the question's words name, in the order of `EVENT_KINDS`; a beginning last."""
    # "give me the times": a request to the bot, no giving asked about
    stems = {stem(w) for i, w in enumerate(words)
             if not (w in _REQUEST_VERBS and i + 1 < len(words) and words[i + 1] in ("me", "us"))
             # "do the documents give an opening date?": what the records tell, no giving asked about
             and not (w in _TELLING_VERBS and i > 0 and stem(words[i - 1]) in lx.DOCUMENT_WORDS)
             and not (w in _OPEN_WORDS and i + 1 < len(words) and words[i + 1] in _TALKS)  # "open talks": a start
             # "Japan's newly appointed foreign minister": a word describing someone, no event asked of
             and not (i > 0 and words[i - 1] in _DESCRIBING_ADVERBS)
             # "when did Rwanda become independent?": a state reached, no appointment
             and not (w in _BECOME and i + 1 < len(words) and not _POST_AFTER_BECOME & {
                 x.removesuffix("'s") for x in words[i + 1:i + 4]})}
    found = [kind for kind in EVENT_KINDS if kind.words & stems]
    if _IN_FORCE_ASKED.search(" ".join(words)):
        found.append(IN_FORCE)
    taken = _TAKEN_UP.search(" ".join(words))
    if taken is not None and APPOINTMENT not in found and not _TIME_CLAUSE.search(" ".join(words)[:taken.start()]):
        found.insert(0, APPOINTMENT)  # ("… before she took office?": a time the question is dated by, not asked)
    return found + [BEGINNING] if _BEGINNING_ASKED.search(" ".join(words)) else found


def reported(kind: EventKind, record_stems: frozenset[str]) -> bool:
    """Whether a record's words report an event of `kind`."""
    return not kind.words.isdisjoint(record_stems) or not kind.reported_by.isdisjoint(record_stems)


def reported_as_asked(word: str, record_stems: frozenset[str]) -> bool:
    """Whether a record reports the event a question's verb (a stem) names, in its own words or in other
    words of the same kind ("when was the embassy established?" of "the embassy opened", "began operations")."""
    return any(word in kind.words and reported(kind, record_stems) for kind in EVENT_KINDS)


def asks(kind: EventKind, text: str) -> bool:
    """Whether a question's words name an event of `kind` ("when was Hayashi's trip?": a journey)."""
    return not kind.words.isdisjoint(stem(w) for w in question_words(text))


def question_words(text: str) -> list[str]:
    """Lower-case words of a question, for `events_asked`."""
    return _WORD.findall(text.lower())


#: Numbers written as words, as questions and records write small counts ("a three-day summit").
NUMBER_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
