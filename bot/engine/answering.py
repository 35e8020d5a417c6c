"""Free-text questions: from a `Query` to an `Answer`, saying only what the knowledge base holds."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Mapping, Sequence, Set
from dataclasses import replace
from functools import cached_property

from rapidfuzz import fuzz

from bot.answers import Answer, Focus
from bot.engine import asked, details, followups, handlers, thresholds
from bot.engine import describe as d
from bot.engine import lexicon as lx
from bot.engine.anchors import owner_of_history, placed_by_event, placed_by_focus
from bot.engine.comparison import Comparer
from bot.engine.described import Describer
from bot.engine.events import NUMBER_WORDS, SIGNING, TRAVEL, asks, events_asked, reported
from bot.engine.handlers.statements import name_forms, says
from bot.engine.index import KnowledgeIndex, Passage, tells_of_meeting
from bot.engine.meetings import Meetings, date_part_missing, dated_as_asked, gathering_named, titled_by_gathering
from bot.engine.profiles import CONTENTS_ASKED, Profiles, lists_contents
from bot.engine.query import SYNONYMS, Query, analyse, expand_shorthand, meeting_sides, without_identifying_clause
from bot.engine.references import record_date
from bot.engine.retrieval import Scored, entity_groups, score_passages
from bot.engine.rules import Asked, first_answer, traced
from bot.engine.text import LIGHT_WORDS, MONTHS, STOPWORDS, content_stems, first_named, fold, stem, tokens
from bot.engine.verify import (
    ASKED_TO_GO,
    MEETING_ACTS,
    SAID_ORDER,
    Verifier,
    claimed_order,
    order_said,
    plain_words,
)
from bot.engine.when import ENDED_ASKED, DateFilter, began_at, twelve_hour
from bot.engine.yesno import YesNo
from bot.knowledge.dates import PartialDate
from bot.knowledge.model import Fact, Meeting, Pledge, Term
from bot.knowledge.schema import PLEDGE_KINDS

#: Words before a verb that make it passive ("were signed"): the deed reported without its doer.
_PASSIVE_AUX = frozenset("was were been being be is are".split())
#: "anything else?", "what else came up?": more of what was just answered, asked for.
_ELSE_ASKED = re.compile(r"\b(?:anything|something|what|any|nothing|much) else\b")
#: "What is still to be delivered?": a question of what is to come, not a claim that it was done.
_STILL_TO_COME = re.compile(r"\b(?:to be|will be|yet to|still to|due to be|going to be)\b")
#: "Was the G7 meeting held in Tokyo?": a gathering, then where it was, claimed.
_GATHERING_PLACED = re.compile(r"\b(?:meeting|summit|forum|conference|gathering)\b.*\b(?:in|at)\b")
#: "did Japan give …?", "Japan sent …, right?": a claim of support already given.
_GIVEN_CLAIMED = re.compile(r"\b(?:gave|given|sent|provided|delivered|donated|supplied|handed over"
                            r"|did (?:\w+ ){1,3}?(?:give|send|provide|deliver|donate|supply))\b")
#: "… signed during the meeting?", "at the talks": a claim that something was done while a gathering was held.
_DURING_CLAIM = re.compile(r"\b(?:during|at|in the course of|in) (?:the|that|their|this)(?: [\w'’–-]+){0,3}? "
                           r"(?:meeting|talks|visit|summit|forum)\b")
#: "… prior to the meeting": the gathering a record places an event apart from.
_GATHERING_AFTER = re.compile(r"^\w+(?: to| of)? (?:the|that|their|this) (?:meeting|talks|visit|summit|forum)\b")
#: Passages that mention things (a meeting's topic, a term's definition) and records of a thing of their
#: own, with its own date: a claim's date is checked against the second.
_MENTIONING_KINDS = frozenset({"topic", "outcome", "term", "person"})
_RECORD_KINDS = frozenset({"meeting", "fact", "pledge"})
_MAX_PLEDGES = 4
LIGHT_STEMS = frozenset(stem(w) for w in LIGHT_WORDS)

#: How many words a record's text may start with before it names what a plural question asks for, for the
#: record to be one of those things ("The Embassy of …", "Japan opened an embassy …") rather than to
#: mention one in passing.
_SUBJECT_WORDS = 8


def _pair_meeting_named(query: Query) -> bool:
    """Whether two people named side by side hold a noun of a gathering after them ("the Kamikawa–Zelenskyy
    meeting", "kamikawa zelenskiy mtg wen", chat's "mtg" written out): a meeting of the two is asked about, as by
    "when did A meet B?"."""
    people = sorted((m for m in query.mentions if m.kind == "person"), key=lambda m: m.start)
    words = query.words
    return any(b.id != a.id and 0 <= b.start - a.end <= 1
               and all(w in lx.NAMES_JOINED for w in words[a.end:b.start])
               and b.end < len(words) and words[b.end] in lx.GATHERING_NOUNS
               for a, b in zip(people, people[1:], strict=False))


def _class_asked(lowered: str) -> tuple[re.Match[str] | None, str]:
    """A question for every record of a class, and the words that name the class: "embassy openings" of
    "which embassy openings …?" (either word), "embassies" of "where does Japan have embassies?"."""
    found = lx.WHICH_PLACES_PLURAL.match(lowered)  # ("which countries did Japan open embassies in?": embassies)
    if found is not None:
        return found, found.group("noun")
    found = lx.PLURAL_ASKED.match(lowered)
    if found is not None:
        return found, found.group(0)
    found = lx.WHERE_PLURAL.match(lowered) or lx.WHEN_PLURAL.match(lowered)
    return found, found.group("noun") if found is not None else ""


def _deed_asked_why(query: Query) -> str | None:
    """"Why did Hayashi leave the job?": the stem of the verb after the one a why-question asks of (a person
    named or "he"/"she"), or None when it is not of that shape."""
    words = query.words
    start = next((i for i, w in enumerate(words[:3]) if w == "why"), None)
    if start is None or words[start + 1:start + 2] not in (("did",), ("does",), ("do",)):
        return None
    subject = start + 2
    if words[subject:subject + 1] in (("he",), ("she",), ("they",)):
        after = subject + 1
    else:
        person = next((m for m in query.mentions if m.kind == "person" and m.start == subject), None)
        if person is None:
            return None
        after = person.end
    return stem(words[after]) if after < len(words) else None


#: "whats geodesy?", "what is demining": a word alone, asked what it is ("the theme" is of a thing already named).
_WHAT_IS_WORD = re.compile(r"^\W*(?:and |so |ok )?(?:what|whats|what's|wat|wats)(?: is| are)? (?:a |an )?"
                           r"(?P<word>[a-z][a-z-]+)\W*$")
#: "what other areas …?", "what else …?": more than the last answer gave.
_OTHER_ASKED = re.compile(r"\b(?:other|else)\b")
#: "how many of the generators …?": a part of a whole the question names.
_PART_OF = re.compile(r"\bhow many of (?:the|those|these|its|their|japan'?s)"
                      # ("how many of those did the Diet members send themselves?": of what the answer before counted)
                      r"(?! (?:did|do|does|were|was|had|have|has)\b) (?P<noun>[a-z-]+(?: [a-z-]+)?)\b"
                      r"|\bhow many of (?:those|these|them)(?= (?:did|do|does|were|was|had|have|has)\b)")
#: "how many of the companies were Japanese?": the part of a whole that is of a kind.
_A_PART = re.compile(r"\bhow many of (?:the|those|these|its|their) [^?]*?\b(?:were|was|are|is|came from|come from)\b "
                     r"(?P<what>[\w'’ -]+?)\W*$")
#: "how many Uzbek companies …?": a count of the things of one country.
_OF_A_COUNTRY = re.compile(r"\bhow many (?P<who>[a-z]+) (?P<noun>[a-z]+)\b")
#: "… did she send herself?", "personally": the part someone had in a whole.
_BY_THEMSELVES = re.compile(r"\b(?:themselves|herself|himself|personally|on (?:her|his|their) own)\b")
#: "which Indo-Pacific countries …?": countries asked for by the region they are in.
_COUNTRIES_OF_REGION = re.compile(r"\b(?:which|what) (?P<region>[a-z]+(?:-[a-z]+)*) (?:countries|nations|states)\b")
#: "Which countries …?", "what Central Asian nations …?": countries asked for by name.
_WHICH_COUNTRIES = re.compile(r"\b(?:which|what) (?:[\w-]+ ){0,2}(?:countries|nations|states)\b")


#: A figure in a record's words: digits, or a number or amount said in words ("all four provinces", "a dozen"; not
#: "one", as in "one of its partners").
_COUNTING_WORDS = "|".join(w for w in NUMBER_WORDS if w not in ("zero", "one"))
_ANY_FIGURE = re.compile(r"\d|\b(?:" + _COUNTING_WORDS + r"|dozens?|hundreds?|thousands?|millions?|billions?"
                         r"|trillions?|several|both|single|half|double|twice)\b")


def _unplaced_there(query: Query, readings: Sequence[Sequence[Set[tuple[str, str]]]]) -> bool:
    """Whether the question asks of a journey "there" to a place that neither it nor the conversation
    names: "did Kishida go there too?" after answers that left no place. Such a question cannot be checked."""
    if not followups.went_there(query.raw.lower()):
        return False
    if any(m.kind in ("place", "country") and m.id != query.home for m in query.mentions) or query.venues:
        return False
    return not any(kind in ("place", "country", "meeting", "term") and (kind != "country" or key != query.home)
                   for reading in readings for group in reading for kind, key in group)


#: "over what period", "over how many years": how long something runs, asked of a pledge or fact found.
_PERIOD_SAID = re.compile(r"\b(?:over|across|within|during) (?:what|which) (?:period|timeframe|time ?frame|span"
                          r"|stretch)\b")
#: A span of time a record's text says ("over the past 30 years", "for two weeks").
_TIME_SPAN_SAID = re.compile(r"\b(?:\d+|[a-z]+)[ -](?:" + "|".join(sorted(lx.TIME_UNITS, key=len, reverse=True))
                             + r")\b")
#: "... after relations were set up did that one open?": the event a question of time measures the last record from.
_OTHER_EVENT = re.compile(r"\b(?:after|before|since) (?P<other>.+?) (?:did|was|were|had|has) (?:that|it|this|they)"
                          r"(?: one)?\b")


def _one_of_gathering(found: list[Passage]) -> Passage | None:
    """Of a gathering's records that say something, the one that answers: its one fact that does (the
    record's own sentence), else its definition if that alone does; None when several could."""
    facts = [x for x in found if x.kind == "fact"]
    return (facts or found)[0] if len(facts) == 1 or not facts and len(found) == 1 else None


#: How many words open a record: a thing named in them is what the record is about.
_OPENING_WORDS = 12


def _names_early(p: Passage, query: Query) -> bool:
    found, words = _class_asked(query.raw.lower())
    if found is None:
        return True
    named = set(content_stems(words)) - lx.LIGHT_STEMS
    return not named or first_named(p.text, named) <= _SUBJECT_WORDS


#: A claim of an invitation ("did A invite B to Tokyo?", "ask him to come to Kyiv"): the place is where to.
_INVITED = re.compile(r"\binvit\w*|\b(?:ask|asked|urge|urged) \w+ to (?:come|visit|travel)\b")

#: "which one was it?", "what was that?": a question of which record, answered by the record itself ("and
#: hers?", the last question again of another, is `lexicon.CONTINUES`).
_WHICH_IT = re.compile(r"^\W*(?:so )?(?:which|what|who)\b")


def _kind_of(p: Passage) -> str:
    return "meeting" if p.kind in lx.MEETING_KINDS else p.kind


#: "The theme of the G20 summit at which ...": a detail of a gathering, as its own record gives it.
#: Nouns of a text a body issued ("the G7 statement"), whose words a record of the body may not give.
_DOCUMENT_NOUNS = frozenset("statement statements declaration communique communiqué letter speech resolution".split())
_OF_GATHERING = re.compile(r"\b(theme|agenda|priorities|motto|slogan)\b of (?:the|that|this) (?:[\w-]+ ){0,3}?"
                           r"(?:summit|conference|forum|gathering|assembly|session|dialogue)\b"
                           # ("what was the g20 theme when A met B?": the detail said after the gathering's name)
                           r"|\b(?:summit|conference|forum|g\d+|assembly|session|dialogue)(?:['’]s)? "
                           r"(theme|agenda|priorities|motto|slogan)\b")
#: "Was it signed?", "has that been done since?": a claim whose subject is the record just discussed.
#: "in chronological order", "from earliest to latest", "in date order": a list asked in the order things happened.
_IN_TIME_ORDER = re.compile(r"\b(?:chronological(?:ly)?|in (?:date|time) order|in the order (?:they|it) (?:happened|"
                            r"took place|occurred)|(?:from )?(?:the )?(?:earliest|oldest|first) to (?:the )?(?:latest|"
                            r"newest|most recent|last))\b")
#: "When are they due?", "by when will they be delivered?": the date a pledge is due by, not the date it was made.
_DUE_ASKED = re.compile(r"\b(?:due|deadline|by when|by what date|be (?:delivered|handed over|shipped|sent|provided)|"
                        r"(?:will|would|are|is) (?:\w+ ){0,3}(?:arrive|be delivered)"
                        # ("when do the cranes arrive?": an arrival still to come, said in the present)
                        r"|(?:do|does) (?:\w+ ){1,4}(?:arrive|get delivered|get there)"
                        # ("when are the cranes arriving?": the same, in the progressive)
                        r"|(?:are|r) (?:\w+ ){1,4}(?:arriving|being delivered|getting there)"
                        # ("… supposed to get to Ukraine?", "… meant to reach Kyiv?")
                        r"|(?:supposed|meant|expected|scheduled|set) to (?:get|arrive|reach"
                        r"|be (?:delivered|provided)))\b")
_DUE_WORDS = frozenset(stem(w) for w in "due deadline delivered handed shipped sent provided arrive".split())
#: "… too?", "… as well?": a claim added to what the conversation has shown.
_TOO = re.compile(r"\b(?:too|as well|also)\W*$")
_CLAIM_OF_IT = re.compile(r"^\W*(?:and |so )?(?:was|were|is|has|have|had|did|does) (?:it|that|this|they)\b")
#: A follow-up pointing to the event just discussed ("was it", "did it", "was that").
_IT_WAS = re.compile(r"\b(?:was|did) (?:it|that|this)(?: one| meeting| visit| trip| talks?)?\b"
                     r"(?=\W*$| (?:in|on|at|held|start|begin|end|last|take|happen)\w*\b)"
                     r"|\b(?:led|lead|chaired|hosted|held|attended|joined) it\b"
                     # "how long was the meeting?", "where did the talks take place?": the one just discussed
                     r"|\b(?:was|were|did) the (?:meeting|mtg|talks)(?=\W*$| (?:held|start|begin|end|last|take"
                     r"|happen)\w*\b)")
#: A claim that some parties have an agreement ("do they have a security deal?", "they've concluded a pact?").
_HELD_CLAIM = re.compile(r"\b(?:have|has|had|'ve|got|hold|holds|sealed|concluded|reached|finali[sz]ed|signed|sign|seal"
                         r"|conclude|finali[sz]e)"
                         r"\b(?: (?:a|an|any|the|their|its|now|already))*(?: [\w-]+){0,4}"
                         r" (?:agreements?|deals?|treat(?:y|ies)|pacts?|accords?)\b")
#: A record of an agreement still to come: negotiations agreed on or under way, a draft, a proposal.
_NEGOTIATED = re.compile(r"\b(?:negotiat\w*|to (?:start|begin|initiate)|initiat\w*|draft\w*|propos\w*)\b",
                         re.IGNORECASE)
#: Words of the part of an event's time asked ("starting when?", "and ending?"), no thing of their own.
_TIME_PART_STEMS = frozenset(stem(w) for w in "start starting began begin begun end ended ending finish finished "
                                              "commence commenced".split())
#: "what came out of the negotiations in the end?", "what did the talks on a deal lead to?": the outcome of
#: negotiations, asked.
_OUTCOME_OF_TALKS = re.compile(r"\b(?:came out of|come out of|comes out of|outcomes?|results?|resulted|end(?:ed)? up"
                               r"|in the end|eventually|ultimately)\b[^?]*\bnegotiat\w*"
                               r"|\bnegotiat\w*\b[^?]*\b(?:outcomes?|results?|resulted|end(?:ed)? up|in the end|lead to"
                               r"|led to|produced?|concluded)\b")
_AGREEMENT_WORD = re.compile(r"\b(?:agreements?|deals?|treat(?:y|ies)|pacts?|accords?)\b", re.IGNORECASE)
_ELSE = frozenset(stem(w) for w in "else other others besides present there".split())
#: "the Kamikawa–Kuleba meeting", "the Hayashi-Kulubaev talks": a meeting named by who met.
_NAMED_MEETING = re.compile(r"\w[–—-]\w[\w'’ ]* (?:meeting|talks|encounter|sit-down|summit)\b")


def asks_plural(query: Query) -> bool:
    """Whether the question asks for every record of a class ("which embassies opened?")."""
    lowered = query.raw.lower()
    found, _ = _class_asked(lowered)
    return (found is not None and found.group("noun") not in lx.NOT_NOUNS or bool(lx.EVERY_ASKED.match(lowered))
            or bool(lx.BOTH_SIDES.search(lowered)) or bool(lx.BOTH_ASKED.search(lowered)))


#: The records close to a question that a yes/no claim's figures are checked against.
_CLOSE_RECORDS = 8
#: Nouns of a person asked for ("which minister …?"), as stems.
_PERSON_STEMS = frozenset(stem(w) for w in lx.PERSON_ASKED)
#: Words between "talks with" and the country that do not change who the other party is ("anyone from").
_PARTY_FILLERS = frozenset("the anyone someone anybody somebody officials official representatives a an any from"
                           .split())
#: Words of talks whose "with <country>" names the other party ("talks with Zembla", "met with Zembla").
_MEETING_WORDS = frozenset("talks talk meeting meetings met meet meets negotiations consultations summit "
                           "dialogue".split())


#: What someone discussed with someone ("what did A discuss with B?", "what did they talk about with …").
_TALKS_WITH = re.compile(r"^\W*(?:and |so )?what (?:did|do|does|has|have|had|were) [^?]*?\b(?:discuss\w*"
                         r"|talk(?:ed|ing)?(?: about| over)?)\b[^?]*\bwith\b")
#: "What kind of peace …?": a thing asked by the sort it is.
_KIND_OF = re.compile(r"^\W*(?:and |so )?(?:what|which) (?:kinds?|sorts?|types?) of (?P<noun>[a-z]+)\b")
#: A claim that something was about these things alone ("only about IT and education?").
#: Verbs of giving that a claim of who pledged a thing puts after its subject ("did A pledge …?").
_PLEDGE_VERB = re.compile(r"pledge|promise|offer|commit|give|send|provide|donate|supply|deliver")
#: A word's ending as a verb form ("handed", "sending").
_VERB_FORM = re.compile(r"(?:ed|ing)$")
#: Who a record says hosted something ("hosted by the Indonesian G20 presidency").
_HOSTED_BY = re.compile(r"\bhosted by (?P<host>(?:the )?[\w’'-]+(?: [\w’'-]+){0,3}?)(?=[,.;]| under\b| in\b| on\b|$)")


#: Posts said with what they are of ("the chair of …"), then what they are of, up to a pause or a clause of time
#: or place.
_POST_NOUNS = r"(?P<post>chair|chairman|chairwoman|chairperson|head|president|governor|director|leader)"
_POST_OF_BODY = r" of (?:the )?(?P<of>[\w'’ -]+?)(?=\s*(?:[?,.;:]|$|\b(?:in|at|during|when|while|since|for)\b))"
#: "the chair of the G20", "head of the foreign ministry": a post said with what it is of.
_POST_OF = re.compile(rf"\b{_POST_NOUNS}{_POST_OF_BODY}", re.IGNORECASE)
#: "is Kagame the chair of the G20?", "kudratov is the head of …?": a post claimed of someone named.
_POST_CLAIMED = re.compile(r"^\W*(?:and |so )?(?:(?:is|was) [\w'’.-]+(?: [\w'’.-]+)?"
                           r"|[\w'’.-]+(?: [\w'’.-]+)? (?:is|was)) "
                           rf"(?:the |a |an )(?:first |former |current |new |then )?{_POST_NOUNS}{_POST_OF_BODY}")


def _post_of_another(claim: str, record: str) -> str | None:
    """"Is Kagame the chair of the G20?" of a record that calls him "Chair of the AUDA-NEPAD … Committee": the post
    the record gives is of another body, which it says (None when the record gives that post of what is claimed, or
    gives the post of nothing)."""
    claimed = _POST_CLAIMED.match(expand_shorthand(claim.lower()))
    if claimed is None:
        return None
    post, wanted = claimed.group("post").lower(), set(content_stems(claimed.group("of")))
    given = [m for m in _POST_OF.finditer(record) if m.group("post").lower() == post]
    if not wanted or not given or any(wanted <= set(content_stems(m.group("of"))) for m in given):
        return None
    return given[0].group(0)


#: "which Kyrgyz minister studied in Japan?": a person asked by what they did, said right after who they are.
_DEED_ASKED = re.compile(r"^\W*(?:and |so )?(?:which|what) (?:[\w'’-]+ ){0,3}?(?:minister|ministers|official"
                         r"|officials|diplomat|diplomats|leader|leaders|person|people|one)"
                         r" (?:who |that )?(?:(?:specifically|actually|exactly|really|himself|herself|personally) )?"
                         r"(?P<deed>[a-z]{3,}ed)\b")
#: A month written out in a record's words ("the aid of October of this year"; "may" is left out, a verb as often).
_MONTH_WRITTEN = re.compile(r"\b(?:january|february|march|april|june|july|august|september|october|november"
                            r"|december)\b")


def _month_said_otherwise(query: Query, p: Passage) -> str | None:
    """The month a meeting's topic or outcome writes for what it tells of, when the claim gives that thing
    another month ("in December 2022" of "the emergency grant aid of October"); None when the record's words
    name no month or name the one claimed."""
    period = query.dates.period() if query.dates is not None else None
    if period is None or period.month is None or p.kind not in ("topic", "outcome"):
        return None
    written: list[str] = _MONTH_WRITTEN.findall(p.text.lower())
    if not written or any(MONTHS[m] == period.month for m in written):
        return None
    return written[0].capitalize()


def _exclusive_other(query: Query, unconfirmed: list[str], record: str) -> str | None:
    """The record's other word of a set of which a thing can be only one, before the same noun the claim's word is
    with ("second governor" against "first Governor", "Asian affairs" against "European Affairs"); None if none."""
    claimed = {w.lower() for w in unconfirmed}
    words = re.findall(r"[a-z]+", record.lower())
    asked = list(query.words)
    for exclusive in lx.EXCLUSIVE_WORDS:
        for w in claimed & exclusive:
            at = asked.index(w) if w in asked else -1
            near = set(asked[at + 1:at + 3]) - STOPWORDS if at >= 0 else set()
            for i, x in enumerate(words):
                if x in exclusive and x != w and near & (set(words[i + 1:i + 3]) | set(words[max(0, i - 3):i])):
                    return " ".join(words[i:i + 2]) if near & set(words[i + 1:i + 3]) else " ".join(words[i - 2:i + 1])
    return None


_ONLY_ABOUT = re.compile(r"\bonly (?:about|covere?d?|covering|concern\w*|deal\w* with|dealt with|on|in|for)\b")
#: A figure asked of each one ("each", "apiece", "per country").
_EACH_ASKED = re.compile(r"\beach\W*$|\beach (?:of|one)\b|\bapiece\b|\bper (?:person|country|side|head|minister)\b")
#: ("announced weeks ahead of time": how long before, no thing of its own)
_ORDER_STEMS = frozenset(stem(w) for w in """advance beforehand ahead prior before time early earlier well long days
    weeks months several few couple hours""".split())
#: Questions asking when something happened, which a trip's first day does not answer for each of its stops.
_DATED_INTENTS = frozenset({"when", "time", "duration"})
#: A record saying something happened the same day as what it is claimed to have preceded.
_SAME_DAY = re.compile(r"\b(?:on the same day|the same day as|same day of|only on the day|on the day (?:of|he|she|it"
                       r"|they))\b", re.IGNORECASE)


#: "Is there one for Kyrgyzstan?", "does Uzbekistan have any?": a thing of a kind the question leaves unnamed.
_ONE_OF_A_KIND = re.compile(r"\b(?:is there|was there|are there|were there|(?:does|did|do) \w+ (?:have|had)|has \w+ got"
                            r"|have they got) (?:one|any|such an?)\b")
#: A claim of taking part in something ("did he attend …", "did she take part in …").
_ATTENDED = re.compile(r"\b(?:attend\w*|took part|take part|takes part|participat\w*|joined|join|present at"
                       # "was Kuleba at the G7 meeting?", "were they at it"
                       r"|^\W*(?:and |so )?(?:was|were) (?:[\w'’.-]+ ){1,3}?at (?:the|that|this)\b)")
_ATTEND_STEMS = frozenset(stem(w) for w in "attend attended take took part participate participated join joined "
                          "present".split())

#: "Who joined Kuleba at the meeting?", "who sat in on the talks?": a question of who took part (attended, or
#: was with someone).
#: "during his trip to Ukraine", "on her visit there": a trip named as the span of what is asked.
_DURING_TRIP = re.compile(r"\b(?:during|on|over|in the course of|throughout) (?:his|her|their|the|that|this) "
                          r"(?:[a-z]+ )?(?:trip|visit|journey|travels?)\b")
_TAKING_PART = re.compile(_ATTENDED.pattern + r"|\b(?:joins|joining|accompan\w*|sat in|sit in|(?:was|were) with)\b")

#: The name of a season in a date's label ("winter (December to February, any year)").
_SEASON = re.compile(r"\b(?:spring|summer|autumn|fall|winter)\b")


def _season_said(query: Query, passage: Passage) -> bool:
    """Whether the season a question asks of (in any year) is named by the record's own words ("assisting
    Ukraine during the upcoming winter"): what was said or done, not when the record is dated."""
    season = _SEASON.search(query.dates.label) if query.dates is not None and query.dates.months else None
    return season is not None and re.search(rf"\b{season.group(0)}\b", passage.text.lower()) is not None


#: "what covid help …?", "which medical equipment …?": the kind of support asked for, by the words before it.
_KIND_OF_SUPPORT = re.compile(r"^\W*(?:and |so )?(?:what|which)(?: (?:kind|sort|type)s? of)? "
                              r"(?P<kind>[a-z0-9-]+(?: [a-z0-9-]+)?) "
                              r"(?:help|aid|support|assistance|equipment|supplies)\b")
#: Words before the support that say no kind of it ("what other help …", "what specific aid …").
_GENERIC_KIND = frozenset("kind sort type other else more further additional specific exact concrete main key major "
                          "new recent current overall total foreign international".split())
#: "which country …", "what nation …": a country asked for, not a place.
_COUNTRY_ASKED = re.compile(r"\b(?:which|what) (?:[a-z]+ )?(?:country|countries|nation|nations|state|states)\b")
#: Words before a name said as a place ("in Tashkent", "visited Japan", "to Kyiv").
_PLACE_WORDS = "|".join(sorted(lx.AT_A_PLACE | {"into", "inside", "near", "visited", "visits", "visit", "visiting",
                                                "toured"}))
#: Words of a list asked for that name no kind of thing ("what items of support, with quantities, …?").
_LIST_FRAME = frozenset(stem(w) for w in "item items thing things quantity quantities amount amounts figure figures "
                        "mentioned named listed".split())

class Answerer:
    """Answers a parsed question: the registry's handlers first (`bot.engine.handlers`), then the
    passages that cover it best, verified against their records. It holds its parts: `meetings`
    (which meetings fit, and their details), `profiles` (people, places, terms, posts), `yesno`,
    `comparer`, `describer` and `verifier`; the first two fall back on its passage answers."""

    def __init__(self, index: KnowledgeIndex) -> None:
        self.index = index
        self.kb = index.kb
        self.meetings = Meetings(index, self)
        self.profiles = Profiles(index, self.meetings, self)
        self.describer = Describer(self.kb, self.index.home, self.index.roles_of,
                                   lambda person: self.index.meetings_by_entity.get(("person", person), ()))
        self.yesno = YesNo(self.kb, self.meetings.filter_meetings, index.roles_of)
        self.comparer = Comparer(index, self.meetings.filter_meetings,
                                 lambda query: [set(g) for g in self.describer.resolve(query, None).groups])
        self.verifier = Verifier(index)

    # -- entry -------------------------------------------------------------------------------------
    def answer(self, query: Query, focus: Focus | None) -> Answer:
        """The answer to one analysed question: the first rule of the registry's stages that answers
        it (`bot.engine.handlers`), else the best passage, verified against its record."""
        query = placed_by_event(query, self.index) or query
        query = owner_of_history(query, self.index) or query
        if focus is not None:
            # "earlier that year": of the date of the record last answered, or of the one record it showed
            shown = focus.date or (str(day.iso()) if len(focus.items) == 1
                                   and (day := record_date(self.kb, focus.items[0])) is not None else None)
            query = placed_by_focus(query, shown) or query
        groups = entity_groups(query)
        readings = followups.context_readings(self.index, query, focus, groups) if focus else [[]]
        if _unplaced_there(query, readings):
            return traced(Answer("not_found", False, "Which place?",
                                 ("I cannot tell which place “there” means here. Please name it.",),
                                 confidence=0.0), "there of no place")
        described = self.describer.resolve(query, focus)
        if described.consumed:
            # ("what did the central bank guy from Japan work on?": the words that said who are not what is asked)
            query = replace(query, keywords=tuple(k for k in query.keywords if k not in described.consumed))
        asked_now = Asked(query, focus, groups, readings, described=described)
        settled = first_answer(handlers.BEFORE_RECORDS, self, asked_now)
        if settled is not None:
            return settled
        if described.unknown:
            return traced(self.undescribed(described.unknown), "described by nothing in the records")
        extra = self._best_reading(query, [r + [set(g) for g in described.groups] for r in readings],
                                   focus.people if focus else ())
        if query.intent == "yes_no" and query.words[1:2] in (("he",), ("she",)):
            # the one person the pronoun can be: the only one in context, or of two ("did she congratulate
            # him?" after a meeting of a woman and a man) the one the records call so
            ids = sorted({i for g in extra if g and all(k == "person" for k, _ in g) for _, i in g})
            called = [i for i in ids if self._called(i, query.words[1])]
            known = [i for i in ids if (x := self.kb.people.get(i)) is not None and x.pronoun is not None
                     and x.pronoun.word == query.words[1]]
            subject = called[0] if len(ids) == 1 and called else known[0] if len(known) == 1 else None
            if subject is not None:
                query = replace(query, subject=subject)
        asked_now = replace(asked_now, extra=extra)
        shaped = first_answer(handlers.BY_SHAPE + handlers.BEFORE_PASSAGES, self, asked_now)
        if shaped is not None:
            return shaped
        # the meetings of a list just shown, which a follow-up may be about any of ("and who did she meet there?")
        of_list = ([i.split(":", 1)[1] for i in (*focus.items, *focus.listed) if i.startswith("meeting:")]
                   if focus else [])
        listed = frozenset(of_list) if len(set(of_list)) > 1 and not (focus and focus.meeting) else frozenset()
        return traced(self._from_passages(query, groups, extra, readings, focus.people if focus else (), listed,
                                          focus.question if focus else None), "best passage")

    def _from_passages(self, query: Query, groups: list[set[tuple[str, str]]], extra: list[set[tuple[str, str]]],
                       readings: list[list[set[tuple[str, str]]]], context: tuple[str, ...] = (),
                       listed: frozenset[str] = frozenset(), asked_before: str | None = None) -> Answer:
        """The answer from the passages that best cover the question, or an abstention. `asked_before` is the
        conversation's last question, whose record "what other areas …?" asks past."""
        scored = self._past_the_last(query, score_passages(self.index, query, extra), asked_before)
        undefined = self._undefined(query, scored)
        if undefined is not None:
            return undefined
        narrowed = without_identifying_clause(query)
        # (the people a post in the clause describes go with it: "the summit the Rwandan leader attended")
        kept = [] if narrowed is not None and narrowed.role is None and query.role is not None else extra
        if narrowed is not None and scored and not self._has_words(scored[0].passage, narrowed.keywords):
            # "the theme of the G20 summit that Kagame attended": no record naming them all gives the
            # theme; the summit's own record does.
            found = score_passages(self.index, narrowed, kept)
            if found and self._has_words(found[0].passage, narrowed.keywords):
                answer = self._from_passages(narrowed, entity_groups(narrowed), kept, readings, context, listed)
                # (whom the clause named stays in the conversation: "in what capacity was he attending?")
                clause_people = tuple(m.id for m in query.mentions if m.kind == "person"
                                      and m.id not in {n.id for n in narrowed.mentions})
                if answer.focus is not None and clause_people:
                    answer = replace(answer, focus=replace(answer.focus, people=tuple(dict.fromkeys(
                        (*answer.focus.people, *clause_people)))))
                return answer
        located = self._thing_located(query, scored)
        if located is not None:
            return self.from_passage(query, located, [located])
        partners = self._partner_countries(groups + extra + (readings[0] if readings else []))
        if partners and "pledge" in query.aspects:
            # "What did Kishida promise him (Kagame)?": a pledge to another country answers nothing.
            scored = [s for s in scored if s.passage.kind != "pledge" or s.passage.ref not in self.kb.pledges
                      or self.kb.pledges[s.passage.ref].recipient in partners]
        if partners and "pledge" in query.aspects and lx.PLEDGES_ASKED.search(query.raw.lower()) \
                and query.intent in ("general", "list", "about") and not any(readings):
            # "What forms of support has Japan given Rwanda?": every pledge to those countries, whatever words
            recorded = self.pledges_to(partners, query)
            # ("How did Japan help Rwanda with COVID-19?": those of the thing the question names, when some are)
            # (not a span of time it was given over: "over the decades")
            thing_words = sorted(k for k in set(query.keywords) - lx.PLAIN_SPEECH - lx.GIVING - lx.THANKS
                                 - lx.LIGHT_STEMS - lx.PLEDGE_FRAME - _SPANS_OF_TIME
                                 if self.index.idf.get(k, 0.0) >= thresholds.DISTINCT_IDF)
            of_thing = [p for p in recorded if thing_words and all(self._record_holds(p, k) for k in thing_words)]
            if of_thing:
                recorded = of_thing
            if recorded:
                return self._pledge_list(recorded, groups, 0.8)
        # (the countries said right after a word of giving or "to": "give Uzbekistan", "sent to Rwanda")
        given_to = {m.id for m in query.mentions if m.kind == "country" and m.id in partners and m.start > 0
                    and (query.words[m.start - 1] == "to" or stem(query.words[m.start - 1]) in lx.GIVING)} \
            if "pledge" in query.aspects else set()
        if given_to and query.intent in lx.THING_INTENTS \
                and (lx.WHAT_AID.match(query.raw.lower()) or lx.THING_GIVEN_ASKED.match(query.raw.lower())) \
                and not self.pledges_to(given_to, replace(query, dates=None)):
            # "what did Japan give Uzbekistan during covid?": no pledge or aid to them is recorded at all, whenever,
            # and the records that name them tell of other things
            names = " or ".join(sorted(self.index.entity_name(("country", c)) for c in given_to))
            return Answer("not_found", False, "Not in the records",
                          (f"The records hold no aid, support or pledge to {names}.",),
                          suggestions=tuple(f"/meetings {self.index.entity_name(('country', c))}"
                                            for c in sorted(given_to)), confidence=0.0)
        kind = self._pledge_kind_asked(query) if partners and "pledge" in query.aspects \
            and query.intent in ("general", "list", "about") and not any(readings) else None
        if kind is not None:
            # "What equipment has Japan given Ukraine?": every pledge of that kind to them, whatever its words
            # (and any whose own name says it: "emergency grant aid" is aid, whatever kind it is filed under)
            of_kind = [p for p in self.pledges_to(partners, query) if self.kb.pledges[p.ref].kind == kind
                       or stem(kind) in content_stems(self.kb.pledges[p.ref].item)]
            if of_kind:
                shown = self._pledge_list(of_kind, groups, 0.8)
                # ("which of those came up in New York?": one of the records listed as fitting alike)
                return replace(shown, focus=replace(shown.focus, several=True, listed=shown.focus.items,
                                                    listed_question=query.raw)) if shown.focus else shown
        if not partners and "pledge" in query.aspects and query.dates is not None and not any(readings) \
                and query.intent in ("general", "list", "about") and lx.WHAT_AID.match(query.raw.lower()) \
                and not any(m.kind in ("person", "place", "term") for m in query.mentions):
            # "What aid did Japan hand out in 2022?": every pledge and provision dated then, to whomever
            dated = sorted((p for p in self.dated_between(query.dates.start, query.dates.end)
                            if p.kind == "pledge" and p.date is not None
                            and query.dates.matches(p.date.first_day(), p.date.last_day())),
                           key=lambda p: (p.date.first_day() if p.date else dt.date.min, p.ref))
            if dated:
                return self._pledge_list(dated, groups, 0.8)
        if query.intent == "yes_no" and query.dates is not None and (
                not scored or scored[0].coverage < thresholds.MIN_COVERAGE
                or scored[0].entities_missing and not query.entities("person")):
            # "Is it true the embassy in Kigali dates from 1993?": the record at another date says no.
            contradicted = self._dated_otherwise(query, extra)
            if contradicted is not None:
                return contradicted
        if not scored or not groups and not extra and not query.keywords:
            return self.nothing(query)
        if (query.intent == "general" and not groups and not query.keywords and not query.aspects
                and query.dates is None and query.role is None and query.order is None
                and not _WHICH_IT.match(query.raw.lower()) and not lx.CONTINUES.match(query.raw.lower())):
            # "only there?", "and so?": nothing asked of the topic before, which is no substitute for a question
            return Answer("not_found", False, "What would you like to know?",
                          ("The question names no detail to look up. Ask for one, e.g. “when?”, “where?”, "
                           "“who took part?”.",), suggestions=("/help",), confidence=0.0)
        if (query.intent in lx.MEETING_FIELDS and not groups and not extra and query.dates is None
                and all(k in lx.GATHERING_WORDS for k in query.keywords)):
            # "Who held it?" with nothing it could refer to: any meeting would be a guess.
            return Answer("not_found", False, "Which meeting do you mean?",
                          ("The question names no meeting, person or place, and there is no earlier question "
                           "to refer to. Name one, e.g. “who held the G7 foreign ministers' meeting?”",),
                          suggestions=("/meetings", "/help"), confidence=0.0)
        # A record naming none of the question's names is no answer while another names them.
        scored = [s for s in scored if not (s.entities_missing and s.entities_matched == 0)] or scored
        scored = self._not_at_home(query, groups + extra, scored)
        if not scored:
            return self.nothing(query)
        whole = None if query.intent == "yes_no" else next((
            s for s in scored[1:thresholds.CLOSE_RECORDS] if s.coverage > scored[0].coverage + 0.05
                      and s.coverage >= 1.0 and not s.entities_missing
                      and s.score >= scored[0].score * thresholds.WHOLE_COVER_SCORE), None)
        if whole is not None:
            # "When was the G7 foreign ministers' session?": the record that holds all the question says comes
            # before one that holds less of it and a rarer word ("the UN General Assembly session")
            scored = [whole, *(s for s in scored if s is not whole)]
        trip = next((s for s in scored[:thresholds.CLOSE_RECORDS] if s.passage.ref in self.kb.trips
                     and s.passage.kind == "meeting" and not s.entities_missing
                     and s.coverage >= scored[0].coverage), None) \
            if query.intent in ("who", "where", "when") and _DURING_TRIP.search(query.raw.lower()) else None
        if trip is not None:
            # "who did Hayashi hold talks with during his trip to Ukraine?": the trip's record, which tells of all
            # of its meetings and covers the question as well, before one meeting whose words ("held talks") the
            # question shares
            scored = [trip, *(s for s in scored if s is not trip)]
        discussed = {ref for reading in readings for g in reading for kind, ref in g if kind == "meeting"}
        tied = [s for s in scored[:thresholds.CLOSE_RECORDS] if s.passage.kind in lx.MEETING_KINDS
                and abs(s.score - scored[0].score) < 1e-9 and s.coverage >= scored[0].coverage - 1e-9]
        if len({s.passage.ref for s in tied}) > 1 and scored[0].passage.ref not in discussed \
                and not any(s.passage.ref in self.kb.trips for s in tied):  # (a visit and its meetings: the visit)
            # "where did A meet B?" → "and who did she meet there?": of meetings that fit alike, the one the
            # conversation is about comes first
            first = next((s for s in tied if s.passage.ref in discussed), None)
            if first is not None:
                scored = [first, *(s for s in scored if s is not first)]
        if query.intent == "who" and scored[0].passage.kind == "term" and lx.ABOUT_MEETING.search(query.raw.lower()) \
                and _TAKING_PART.search(query.raw.lower()):
            # "Who joined Kuleba at the meeting with Kamikawa?": who took part is a meeting's, not a gathering's
            # record that mentions them both (whatever words of taking part the gathering's record shares)
            meeting_first = next((s for s in scored[1:thresholds.CLOSE_RECORDS]
                                  if s.passage.kind in lx.MEETING_KINDS and not s.entities_missing), None)
            if meeting_first is not None:
                scored = [meeting_first, *(s for s in scored if s is not meeting_first)]
        if query.intent == "duration" and scored[0].passage.kind in lx.MEETING_KINDS \
                and not asked.asks_meeting_length(query):
            # "Kulubaev thanked Japan for its help over how long a period?": the record that gives a span of that,
            # not the length of the meeting where it was said
            spanned = next((s for s in scored[1:thresholds.CLOSE_RECORDS] if s.coverage >= scored[0].coverage - 1e-9
                            and s.passage.kind in ("fact", "pledge", "term") and asked.states_span(s.passage.text)),
                           None)
            if spanned is not None:  # (and the meeting's own length is no other answer to it)
                scored = [spanned, *(s for s in scored if s is not spanned and s.passage.kind not in lx.MEETING_KINDS)]
        if query.intent == "when" and lx.YEARS_ASKED.search(query.raw.lower()) and (
                scored[0].passage.kind in lx.MEETING_KINDS or not lx.YEAR_SPAN.search(scored[0].passage.text)):
            # "kyrgyz japan cooperation program which years": the record of the thing that gives its span of
            # years, not the date of a meeting that names it
            spanning = next((s for s in scored[1:thresholds.CLOSE_RECORDS] if s.coverage >= scored[0].coverage - 1e-9
                             and not s.entities_missing and s.passage.kind not in lx.MEETING_KINDS
                             and lx.YEAR_SPAN.search(s.passage.text)), None)
            if spanning is not None:
                scored = [spanning, *(s for s in scored if s is not spanning)]
        if query.intent == "when" and _DUE_ASKED.search(" ".join(query.words)) \
                and scored[0].passage.kind != "pledge":
            # "when are the transformers due?": the date a pledge of them is due by, not the date of the meeting
            # where it was made
            # (the words of the deadline itself, "due", are the question's frame: a pledge says "by the end of")
            due_thing = tuple(k for k in query.keywords if k not in _DUE_WORDS)
            framed = score_passages(self.index, replace(query, keywords=due_thing), extra) if due_thing else []
            due = next((s for s in framed if s.passage.kind == "pledge"
                        and not s.entities_missing and s.passage.ref in self.kb.pledges
                        and self.kb.pledges[s.passage.ref].due is not None
                        and all(k in s.passage.stems for k in due_thing)), None)
            pledged = due or next((s for s in framed if s.passage.kind == "pledge" and not s.entities_missing
                                   and s.passage.ref in self.kb.pledges
                                   and all(k in s.passage.stems for k in due_thing)), None)
            if pledged is not None:
                # (a pledge without a due date says so; the date of a meeting is no due date)
                scored = [pledged, *(s for s in scored if s.passage is not pledged.passage)]
        if query.set_aside and lx.names_only_more(query.set_aside, scored[0].passage.text):
            # "apart from IT and education, which sectors?" of a record naming those and "other sectors": the
            # close record that tells of the rest ("… were also addressed")
            rest = next((s for s in scored[1:thresholds.CLOSE_RECORDS] if s.coverage >= scored[0].coverage - 0.25
                         and not s.entities_missing and lx.MORE_THAN.search(s.passage.text)
                         and not query.set_aside & set(content_stems(s.passage.text))), None)
            if rest is not None:
                scored = [rest, *(s for s in scored if s is not rest)]
        elif query.set_aside and scored and scored[0].passage.kind == "pledge" \
                and (pledge := self.kb.pledges.get(scored[0].passage.ref)) is not None \
                and (item := content_stems(pledge.item)) \
                and (set(item) <= query.set_aside or item[-1] in query.set_aside):
            # "besides the demining cranes, what equipment …?", "what else did he promise besides cranes?" of the pledge
            # of the cranes alone (the thing it gives set aside by its noun): the records of the rest, read without
            # the things set aside
            rest_asked = replace(query, keywords=tuple(k for k in query.keywords if k not in query.set_aside
                                                       and k not in lx.SET_ASIDE_STEMS))
            others = [s for s in score_passages(self.index, rest_asked, extra)
                      if query.set_aside.isdisjoint(s.passage.stems)]
            if others and not others[0].entities_missing and others[0].coverage >= thresholds.MIN_COVERAGE:
                scored = others
        best = scored[0]
        if best.coverage < thresholds.MIN_COVERAGE or best.entities_missing and best.entities_matched == 0:
            return self.nothing(query, scored)
        unreported = [w for i, w in enumerate(query.words) if stem(w) in lx.UNREPORTED and stem(w) not in self.index.idf
                      and not set(query.words[i + 1:i + 2]) & lx.IDIOM_AFTER]  # ("paid his respects", "a visit")
        if unreported:
            # "What did Kishida and Kagame have for dinner?": a detail no record reports; the meeting is no answer
            return Answer("not_found", False, "Not in the records",
                          (f"The records say nothing about {' or '.join(f'“{w}”' for w in unreported)}.",
                           f"Closest record: {self._passage_title(best.passage)}"),
                          sources=(d.cite(self.kb, best.passage.cited),), suggestions=self._suggestions(query),
                          confidence=0.0)
        unnamed = self._of_another_country(query, best.passage)
        if unnamed is not None:
            # "and Rwanda's embassy in Tokyo?": a record of Uzbekistan's embassy there is no answer
            return Answer("not_found", False, "Not in the records",
                          (f"The records hold nothing of {unnamed} that fits the question.",
                           f"Closest record: {self._passage_title(best.passage)}"),
                          sources=(d.cite(self.kb, best.passage.cited),), suggestions=self._suggestions(query),
                          confidence=0.0)
        own = [k for k in query.keywords if k not in lx.LIGHT_STEMS]
        if query.intent in lx.THING_INTENTS and not groups and not lx.PERSON_PRONOUN.search(query.raw.lower()) \
                and extra and all(
                kind == "country" for g in extra for kind, _ in g) and own and not any(
                k in best.passage.stems or any(x in best.passage.stems for x in SYNONYMS.get(k, ())) for k in own):
            # "only to the capital?" after a record of Rwanda: a record that only shares the conversation's
            # country and holds none of the question's own words is about something else
            return self.nothing(query, scored)
        if query.intent in ("when", "where") and own and groups and all(
                kind == "country" for g in groups + extra for kind, _ in g) and not any(
                k in said or any(x in said for x in SYNONYMS.get(k, ()))
                for said in [set(content_stems(f"{best.passage.text} {best.passage.cited.quote}"))]
                for k in query.keywords):
            # "and Ukraine?" after when diplomatic ties began: a record of that country that says nothing of
            # the ties (only its index words relate it) has no date of them
            return self.nothing(query, scored)
        elsewhere = self._term_of_others(query, best)
        if elsewhere is not None:
            return elsewhere
        split = self._figure_split(query, scored) if query.intent == "quantity" and not any(readings) else None
        if split is not None:
            return split
        unheld = self._words_held_elsewhere(query, scored) if not any(readings) else None
        if unheld is not None:
            return unheld
        verified = self._verified(query, scored, strict=query.intent in lx.VERIFIED_INTENTS and not any(readings),
                                  context=context)
        close_meetings = [m for s in scored[:thresholds.CLOSE_RECORDS] if s.passage.kind in lx.MEETING_KINDS
                          and (m := self.kb.meetings.get(s.passage.ref)) is not None]
        titled = {m.id for m in titled_by_gathering(self.kb, query, close_meetings)}
        if titled:
            # "what was agreed at the G7 foreign ministers' meeting?": of the meeting titled so, not of another
            # meeting whose record only mentions it
            verified = [s for s in verified if s.passage.kind not in lx.MEETING_KINDS or s.passage.ref in titled]
        if not verified:
            if query.intent == "yes_no" and query.dates is not None:
                contradicted = self._dated_otherwise(query, extra)
                if contradicted is not None:
                    return contradicted
            if query.intent == "yes_no" and lx.CLEFT.match(query.raw.lower()):
                someone_else = self._travelled_instead(query, context)
                if someone_else is not None:
                    return someone_else
            staged = self._staged(query, scored) if query.intent == "yes_no" else None
            if staged is not None:
                return staged  # "did they sign a security agreement?" of one the records show being negotiated
            return self._unverified(query, scored, context)
        scored, best = verified, verified[0]
        people_groups = [g for i, g in enumerate(groups) if g and g not in groups[:i]
                         and all(kind == "person" for kind, _ in g)]
        if not any(readings):
            # "What did Japan's foreign minister discuss with Rwanda's president?": the holders of each post
            # described count as named.
            people_groups += [g for g in extra if g and g not in people_groups and all(k == "person" for k, _ in g)]
        if len(people_groups) >= 2 and query.intent != "yes_no" and not any(readings) \
                and not any(kind == "meeting" for g in extra for kind, _ in g) \
                and not self._named_together(people_groups):
            # "What did A and B discuss?" when no record names both: a record of one of them is no answer.
            return self._apart(query, people_groups)
        met_groups = people_groups
        pronoun = lx.PERSON_PRONOUN.search(query.raw.lower())
        if context and pronoun is not None:
            # "when did he meet Kamikawa?": the one of the conversation "he" is, and the one named
            word = "she" if pronoun.group(1) in ("she", "her", "hers") else "he"
            named = {i for g in people_groups for _, i in g}
            words_before = len(re.findall(r"[a-z0-9]+", query.raw.lower()[:pronoun.start()]))
            # ("who did A talk to before his meeting with B?": "his" is A's, named before it)
            named_before = any(m.kind == "person" and m.end <= words_before and self._called(m.id, word)
                               for m in query.mentions) or (
                # ("where was the Rwandan leader when he met …?": "he" is the one the question described before it)
                query.role is not None and words_before >= 3 and any(
                    len(g) == 1 and all(k == "person" and self._called(i, word) for k, i in g) for g in extra))
            meant = [p for p in context if p not in named and self._called(p, word)] if not named_before else []
            met_groups = people_groups + [{("person", meant[0])}] if meant else people_groups
        met_asked = len(met_groups) >= 2 and (lx.MET_VERB.search(query.raw.lower()) is not None
                                              or _pair_meeting_named(query))
        if ({"discuss", "agree"} & query.aspects and (not any(readings) or len(people_groups) >= 2) or met_asked) \
                and query.intent != "yes_no":
            # ("when did A meet B?": a statement of A naming B is no meeting of theirs; "what did A and B discuss?"
            # names whose meeting it asks of, whatever meeting the conversation was about)
            unmet = self._talks_without_meeting(query, groups, met_groups if met_asked else people_groups)
            if unmet is not None:
                return unmet
        if query.intent in lx.MEETING_FIELDS and not any(readings):
            # "When did Kamikawa visit Kyiv?": a detail of one event needs a record naming everything
            # the question names; the best one lacking a name is about something else.
            unmatched = [g for g in groups if not self._names(best.passage, g)]
            if unmatched and not any(not any(not self._names(s.passage, g) for g in groups) for s in scored[1:]):
                names = ", ".join(self.index.entity_name(min(g)) for g in groups)
                return Answer("not_found", False, "Not in the records",
                              (f"The records hold nothing that names all of {names}.",
                               f"Closest record: {self._passage_title(best.passage)}"),
                              sources=(d.cite(self.kb, best.passage.cited),), suggestions=self._suggestions(query),
                              confidence=0.0)
        plural = lx.PLEDGES_ASKED.search(query.raw.lower()) is not None
        if ("pledge" in query.aspects and query.intent in ("general", "define", "list", "about")
                and (plural or all(k in lx.PLEDGE_WORDS for k in query.keywords))):
            # "Which commitments did Hayashi reiterate?": every pledge that fits as well as the best.
            floor = best.coverage - 0.15 if plural else 0.0
            pledges = [s.passage for s in score_passages(self.index, query, extra, limit=100)
                       if s.passage.kind == "pledge" and s.entities_missing == 0 and s.coverage >= floor]
            if len(pledges) > 1:
                return self._pledge_list(pledges, groups, best.coverage)
        if query.intent == "yes_no" and not query.keywords and not query.aspects \
                and all(m.kind == "country" for m in query.mentions) and _ONE_OF_A_KIND.search(query.raw.lower()):
            # "Is there one for Kyrgyzstan too?": "one" stands for a thing the question does not name, which no
            # record found can confirm (any record of the country would; "does it have one in Tokyo?" names where)
            return Answer("not_found", False, "Not confirmed by the records",
                          ("The question does not name what “one” is, so the records cannot confirm it. "
                           "Please name the thing meant.",),
                          sources=(d.cite(self.kb, best.passage.cited),), confidence=0.0)
        if query.intent == "yes_no" and query.dates is not None and query.dates.months:
            # "Did Hayashi promise help during the winter?": a season the records name in what was said or
            # done is no date of the record (the claim is checked without it)
            undated = replace(query, dates=None)
            rescored = score_passages(self.index, undated, extra)
            if any(_season_said(query, x.passage) and not x.entities_missing
                   for x in rescored[:thresholds.CLOSE_RECORDS]):
                query, scored, best = undated, rescored, rescored[0]
        if query.intent == "yes_no":
            support_given = self._given_of_tied(query, best, scored)
            if support_given is not None:
                best, scored = support_given, [support_given, *(x for x in scored if x is not support_given)]
            return self._yes_no(query, best, scored, extra)
        pledge = self.kb.pledges.get(best.passage.ref) if best.passage.kind == "pledge" else None
        said = " ".join(query.words)
        if best.passage.kind in ("pledge", "fact") and _PERIOD_SAID.search(query.raw.lower()) \
                and (period := details.answer(self.kb, f"{best.passage.kind}:{best.passage.ref}",
                                              analyse("how long?", self.index),
                                              (f"{best.passage.kind}:{best.passage.ref}",))) is not None \
                and (period.answered or not _TIME_SPAN_SAID.search(best.passage.text)):
            # "Over what period will the $7 billion be disbursed?": how long the record says it runs, or that it
            # does not say (the sum is no answer of time)
            return period
        if query.intent == "when" and _DUE_ASKED.search(said):
            due_answer = self._due_asked(query, pledge, best, scored)
            if due_answer is not None:
                return due_answer
        if pledge is not None and pledge.status != "provided" and lx.DONE_CLAIM.search(said) \
                and not _STILL_TO_COME.search(said):
            # "How many cranes has Japan already delivered?" of a pledge the records show only as promised
            return Answer("not_found", False, "Not in the records",
                          (f"The records show it as {pledge.status}, not as delivered:", best.passage.text),
                          sources=(d.cite(self.kb, best.passage.cited),), confidence=0.0)
        if pledge is not None and pledge.status == "provided" and query.intent != "yes_no" \
                and lx.TO_COME_ASKED.search(said):
            # "How many generators will Japan send this winter?" of a record of generators already provided:
            # a record of such things still to come answers, else none does
            thing = {k for k in query.keywords if k not in lx.PLEDGE_FRAME and k not in lx.LIGHT_STEMS}
            to_come = next((x for x in scored[:5] if x.passage.kind == "pledge" and not x.entities_missing
                            and (k := self.kb.pledges.get(x.passage.ref)) is not None and k.status != "provided"
                            and thing & x.passage.stems), None)
            counted = to_come is not None and (query.intent != "quantity"
                                               or self.kb.pledges[to_come.passage.ref].quantity is not None)
            if to_come is not None and counted:
                return self.from_passage(query, to_come, [to_come, *(x for x in scored if x is not to_come)],
                                         followed=True)
            return Answer("not_found", False, "Not in the records",
                          ("The records give no figure for what is still to come. What they say:",
                           best.passage.text, *((to_come.passage.text,) if to_come is not None else ())),
                          sources=(d.cite(self.kb, best.passage.cited),), confidence=0.0)
        if (query.intent == "who" and best.passage.kind not in lx.MEETING_KINDS and _NAMED_MEETING.search(query.raw)
                and len(query.entities("person")) >= 2 and all(k in lx.GATHERING_WORDS or k in _ELSE
                                                               for k in query.keywords)):
            # "Who else attended the Kamikawa–Kuleba meeting?": the meeting the names make, not a record of
            # an event one of them attended
            meeting = next((x for x in scored if x.passage.kind == "meeting" and not x.entities_missing), None)
            if meeting is not None:
                best, scored = meeting, [meeting, *(x for x in scored if x is not meeting)]
        elif query.intent == "who" and best.passage.kind == "fact" and not self._names_anyone(best.passage):
            # "who was the Japanese minister at it?" of "the Japanese and Kyrgyz Foreign Ministers welcomed …": a
            # post the fact says, no one it names; a meeting nearly as close to the question names who held it
            meeting = next((x for x in scored[:thresholds.CLOSE_RECORDS] if x.passage.kind == "meeting"
                            and not x.entities_missing and x.coverage >= best.coverage - 0.15), None)
            if meeting is not None:
                best, scored = meeting, [meeting, *(x for x in scored if x is not meeting)]
        if query.intent == "about":
            # "Give me some background on ...": the records that cover the question nearly as well too.
            close = [s for s in scored[:4] if s.coverage >= best.coverage - 0.15 and not s.entities_missing]
            # (the words the records use at all; "anything else on the table?" asks for more of the same)
            # (a word of the document looked in, "in that article", is no topic)
            topic = [k for k in query.keywords if k not in lx.LIGHT_STEMS and k not in lx.DOCUMENT_WORDS
                     and k in self.index.idf] if not _ELSE_ASKED.search(query.raw.lower()) else []
            if len(close) > 1 and topic and not query.mentions and not any(
                    k in s.passage.stems or s.passage.stems & set(SYNONYMS.get(k, ())) for k in topic for s in close):
                # "anything about drones?" of the people just discussed, whose records say nothing of drones: none
                # of them answers
                return Answer("not_found", False, "Not in the records",
                              ("The records found say nothing of that.",
                               f"Closest record: {self._passage_title(best.passage)}"),
                              sources=(d.cite(self.kb, best.passage.cited),), suggestions=self._suggestions(query),
                              confidence=0.0)
            if len(close) > 1:
                return Answer("about", True, self._passage_title(best.passage),
                              tuple(f"– {s.passage.text}" for s in close),
                              sources=tuple(d.cite(self.kb, s.passage.cited) for s in close),
                              focus=self._focus_of(close, groups),
                              confidence=best.coverage)
        if query.asked in lx.PLEDGE_WORDS and best.passage.kind != "pledge" and query.intent in lx.THING_INTENTS:
            # "What emergency aid did the minister thank Japan for?" asks for the aid: its own record, when
            # exactly one pledge holds every word said of it, rather than the meeting where it was mentioned.
            given = self._the_pledges(query)
            if len(given) == 1:
                best, scored = given[0], [given[0], *(s for s in scored if s.passage is not given[0].passage)]
            elif given:  # "what aid did the minister thank Japan for?": each pledge to his country
                return self._pledge_list([s.passage for s in given], groups, best.coverage)
        elif (query.intent == "when" and "pledge" in query.aspects
              and (best.passage.kind in lx.MEETING_KINDS
                   or best.passage.kind in ("pledge", "fact") and best.passage.date is None)
              and (not set(query.keywords) & (lx.THANKS | lx.PLAIN_SPEECH)
                   # ("Kulubaev thanked Japan for emergency aid - when was it given?": the giving is asked)
                   or any(kind.name == "provision" for kind in events_asked(query.words)))
              and not lx.TALKED_ABOUT.search(query.raw.lower())):
            # "When was the emergency aid?" after the meeting that mentioned it: the aid's own date, from its
            # record, when exactly one pledge holds every word said of it ("when did they discuss it?" asks the
            # meeting's).
            # (an undated pledge found first: "when was the emergency aid he thanked Japan for given?" of the thanks
            # for all aid, when another pledge to that country holds every word said of it)
            held = self.kb.meetings.get(best.passage.ref)
            to = partners or (set(held.countries) if held is not None else {
                ident for kind, ident in best.passage.entities if kind == "country"}) - {self.index.home}
            given = [g for g in self._the_pledges(query, to) if g.passage.date is not None]
            if len(given) == 1:
                best, scored = given[0], [given[0], *(s for s in scored if s.passage is not given[0].passage)]
                return self.from_passage(query, best, scored, followed=True)
        elif ("pledge" in query.aspects and query.intent in lx.THING_INTENTS and lx.WHAT_THING.match(query.raw.lower())
              and not all(k in best.passage.stems for k in query.keywords if k not in lx.LIGHT_STEMS)):
            # "What's the drone-related thing Japan is giving Ukraine?": the one pledge that holds the words
            # said of the thing, rather than any record mentioning drones.
            given = self._the_pledges(replace(query, keywords=tuple(k for k in query.keywords
                                                                    if k not in lx.LIGHT_STEMS)),
                                      partners, any_country=not partners)
            if len(given) == 1:
                best, scored = given[0], [given[0], *(s for s in scored if s.passage is not given[0].passage)]
                return self.from_passage(query, best, scored, followed=True)
            unsaid = self._kind_unsaid(query, best.passage) if not given else []
            if unsaid:
                # "What covid help did Japan give Kyrgyzstan?" of a record of "various assistance": help of
                # that kind is what is asked, which a record of help of no stated kind does not give
                kind = " ".join(unsaid)
                return Answer("not_found", False, "Not in the records",
                              (f"No support in the records is described as “{kind}”. What they report:",
                               best.passage.text),
                              sources=(d.cite(self.kb, best.passage.cited),), suggestions=self._suggestions(query),
                              confidence=0.0)
        # A follow-up about one record (a meeting, a term, a place) narrows the question to it: no other
        # record ties; one about a person or a country does not pick among their records.
        one_record = any(kind not in ("person", "country") for r in readings for g in r for kind, _ in g)
        return self.from_passage(query, best, scored, followed=one_record, listed=listed,
                                 in_context=any(readings), reading=any(extra))

    # -- follow-ups --------------------------------------------------------------------------------
    def continue_from(self, query: Query, focus: Focus) -> Query:
        """The question a follow-up asks once the previous question's type is carried over."""
        return followups.continue_from(query, focus)

    def _best_reading(self, query: Query, readings: list[list[set[tuple[str, str]]]],
                      people: tuple[str, ...] = ()) -> list[set[tuple[str, str]]]:
        """Of several readings of a follow-up's context, the one whose best passage covers most of it."""
        if len(readings) == 1:
            return readings[0]
        first = readings[0]
        if query.intent == "yes_no" and first and query.role is not None and _TOO.search(query.raw.lower()) \
                and not any(m.kind == "person" for m in query.mentions):
            # "was Japan's foreign minister in the room too?": a post's holder at the meeting the conversation is
            # about, besides those it showed; never at another meeting of his
            return first
        if query.intent == "yes_no" and not query.mentions and first and _CLAIM_OF_IT.search(query.raw.lower()):
            # "was it signed?" in a conversation: a claim of the record discussed, never of another record
            # that shares a word and mentions the country
            return first
        if query.intent in lx.MEETING_FIELDS and len(first) == 1 and all(k == "meeting" for k, _ in first[0]) \
                and (_IT_WAS.search(query.raw.lower()) or not query.mentions and query.keywords
                     and set(query.keywords) <= _TIME_PART_STEMS):
            # ("starting when, and for how long?": the start of that meeting, not a record that says "beginning")
            # "what time of day was it?" after a meeting: a detail of that meeting, whatever else has the words
            return first
        if len(first) == 1 and all(k == "meeting" for k, _ in first[0]) and not query.mentions \
                and query.intent in ("general", "about") and query.aspects == frozenset({"discuss"}) \
                and followups.points_at_meeting(query.raw.lower()) \
                and any((m := self.kb.meetings.get(key)) is not None and m.topics for _, key in first[0]):
            # "what was discussed on the trip?" after a visit: what was discussed or agreed at that visit (and the
            # meetings held during it), never at another record whose words fit
            return first
        if len(first) == 1 and all(k == "meeting" for k, _ in first[0]) and not query.mentions and query.keywords \
                and set(query.keywords) <= lx.HOST_OR_GUEST:
            # "who hosted whom?" after a meeting: its sides, by where it was held, not a record that says "hosted"
            return first
        if first and all(k in ("fact", "pledge") for k, _ in first[-1]) and re.search(r"\bit\b", query.raw.lower()):
            # "what was it responding to?" after one fact or pledge: that record, whatever else has the words,
            # when its own words answer ("who steered it?" of a fact that names nobody reads on)
            own = score_passages(self.index, query, first, limit=1)
            if own and own[0].coverage >= thresholds.MIN_COVERAGE and (own[0].passage.kind, own[0].passage.ref) \
                    in first[-1] and asked.cannot_say(query, own[0].passage, self._note(own[0].passage),
                                                      self.index.idf) is None \
                    and (query.intent != "yes_no" or self._keeps_words(query, own[0].passage)):
                # (a claim of "it" the record does not hold may be of what the record is about: "was it the first
                # such visit?" after a fact of the visit's announcement)
                return first
        # Scores are not comparable across readings (their names weigh differently); coverage is. A
        # later reading must cover clearly more to replace an earlier, likelier one.
        # A reading whose best passage lacks the detail asked (no figure for "how much") ranks last.
        best, best_key = readings[0], (False, -1.0)
        best_words = -1
        best_keeps = False
        for reading in readings:
            travels = self.verifier.travels(query, people)
            scored = [s for s in score_passages(self.index, query, reading, limit=20)
                      if self._rejection(query, s, travels, strict=False) is None]
            if not scored:
                continue
            if any(all(k in ("fact", "pledge") for k, _ in g) and (scored[0].passage.kind, scored[0].passage.ref)
                   not in g for g in reading):
                continue  # the record shown last is not what its best passage is: no reading of it
            # ("who were the participants?" after a meeting: the word a meeting answers by its fields, which a record
            # of "participation" has no better)
            fielded = query.intent in lx.MEETING_FIELDS and all(k in lx.GATHERING_WORDS for k in query.keywords)
            words = sum(1 for k in query.keywords
                        if not (fielded and k in lx.GATHERING_WORDS) and asked.has_word(scored[0].passage, k))
            if not reading:
                if best_words >= 0 and not query.mentions and followups.asks_of_what_was_discussed(query.raw):
                    # "wat sectors", "which other areas came up?": of what was just discussed, never of another
                    # record with the words
                    continue
                # The question on its own ("what was the summit's theme?"), only when its words find
                # clearly more than any reading of the context did.
                if words > best_words and best_key[1] < 1.0:
                    best = reading
                continue
            best_words = max(best_words, words)
            key = (asked.cannot_say(query, scored[0].passage, self._note(scored[0].passage), self.index.idf) is None,
                   scored[0].coverage)
            # A reading whose record holds the detail asked but not a word the question names ("and the
            # drone thing?" → the figure of another pledge) does not replace one whose record has them all.
            keeps = self._keeps_words(query, scored[0].passage)
            if best_keeps and not keeps:
                continue
            if (keeps and not best_keeps and best_key[1] >= 0) or key[0] > best_key[0] or (
                    key[0] == best_key[0] and key[1] > best_key[1] + 0.15):
                best, best_key, best_keeps = reading, key, keeps
        return best

    def _called(self, person: str, word: str) -> bool:
        """Whether the records refer to `person` by the pronoun `word` ("he", "she"), or say nothing of it."""
        found = self.kb.people.get(person)
        return found is None or found.pronoun is None or found.pronoun.word == word

    def _named_together(self, groups: list[set[tuple[str, str]]]) -> bool:
        """Whether some passage names one entity of every group."""
        shared: set[int] | None = None
        for g in groups:
            passages = {n for e in sorted(g) for n in self.index.by_entity.get(e, ())}
            shared = passages if shared is None else shared & passages
            if not shared:
                return False
        return True

    def _apart(self, query: Query, groups: list[set[tuple[str, str]]]) -> Answer:
        """No record names all the people asked about together: said so, with each one's meetings."""
        names = [" or ".join(self.index.entity_name(e) for e in sorted(g)) if len(g) <= 3
                 else self.index.entity_name(min(g)) for g in groups]
        lines = [f"No record names {' and '.join(names)} together.", *self._meetings_of_each(query, groups, names)]
        return Answer("not_found", False, "Not in the records", tuple(lines),
                      suggestions=self._suggestions(query), confidence=0.0)

    def _meetings_of_each(self, query: Query, groups: list[set[tuple[str, str]]], names: list[str]) -> list[str]:
        """For each group of people asked about (named `names`), a line of its first three meetings, at any
        date and place."""
        lines = []
        for g, name in zip(groups, names, strict=True):
            held = sorted(self.meetings.filter_meetings([g], replace(query, dates=None, venues=())),
                          key=lambda m: (m.date, m.id))
            if held:
                lines.append(f"{name}: " + "; ".join(f"{m.title} ({m.date.human()})" for m in held[:3]))
        return lines

    def _hosted_by_other(self, query: Query, p: Passage) -> str | None:
        """"Was Ikegami the host?" when the record says Usmanov hosted Ikegami: who the host was."""
        if not lx.HOST_CLAIM.search(query.raw.lower()):
            return None
        claimed = [m.id for m in query.mentions if m.kind == "person"]
        words = list(query.words)
        by = next((i for i in range(len(words) - 1) if lx.HOST_CLAIM.fullmatch(words[i]) and words[i + 1] == "by"),
                  None)
        if by is not None:
            # "Was Ikegami hosted by Usmanov?": the host claimed is the one named after "by"
            claimed = [m.id for m in query.mentions if m.kind == "person" and m.start > by]
        for hosts, guests in self.hosts_said(p.text):
            if claimed and claimed[0] in guests and hosts and claimed[0] not in hosts:
                return f"{self.index.entity_name(('person', hosts[0]))} hosted"
        verb = next((i for i, w in enumerate(words) if lx.HOST_CLAIM.fullmatch(w)), None)
        side = [m.id for m in query.mentions if m.kind == "country" and verb is not None and m.end <= verb]
        subject = [m.id for m in query.mentions if m.kind == "person" and verb is not None and m.end <= verb]
        by_country = [m.id for m in query.mentions if m.kind == "country" and by is not None and m.start > by]
        host = by_country if by is not None and not claimed else side if not subject and by is None else []
        said = _HOSTED_BY.search(p.text)
        if len(host) == 1 and said is not None and (country := self.kb.countries.get(host[0])) is not None and not any(
                re.search(rf"\b{re.escape(fold(f).lower())}\b", fold(said.group("host")).lower())
                for f in (country.name, *country.aliases, *country.demonyms)):
            # "Was the Bali summit hosted by Japan?", "did Japan host it?" of one "hosted by the Indonesian G20
            # presidency"
            return f"Hosted by {said.group('host')}"
        if not subject and by is None and len(side) == 1:
            # "Did Japan host the Usmanov–Ikegami meeting?": the country claimed is the guest's, not the host's
            def countries(people: list[str]) -> set[str]:
                return {self.kb.people[x].country for x in people if x in self.kb.people}
            for hosts, guests in self.hosts_said(p.text):
                if side[0] in countries(guests) and side[0] not in countries(hosts):
                    return f"{self.index.entity_name(('person', hosts[0]))} hosted"
        return None

    def hosts_said(self, text: str) -> list[tuple[list[str], list[str]]]:
        """Who a text says hosted whom ("Usmanov hosted a meeting with ... Ikegami"): for each "hosted",
        the people named just before it and those named just after."""
        words = tokens(text)
        named = [m for m in self.index.names.find(words, fuzzy=False) if m.kind == "person"]
        said = []
        for i, word in enumerate(words):
            if word != "hosted":
                continue
            hosts = [m.id for m in named if 0 <= i - m.end <= 3]
            guests = [m.id for m in named if 0 < m.start - i <= 25 and m.id not in hosts]
            if hosts:
                said.append((hosts, guests))
        return said

    @staticmethod
    def _counts_asked(query: Query, text: str) -> bool:
        """Whether `text` gives a figure of a thing the question asks about, other than figures the
        question itself gives ("14 agreements" does not answer "how many of the 14 agreements ...")."""
        given = asked.figures(query.raw)
        if _EACH_ASKED.search(query.raw.lower()) and not _EACH_ASKED.search(text.lower()):
            return False  # "how many deals did they sign each?": a total is no figure of each
        # (in the question's words or their synonyms: "how many deals" of "14 agreements")
        wanted = {w for k in query.keywords for w in (k, *(stem(x) for x in SYNONYMS.get(k, ())))}
        for figure, first, second in lx.FIGURE_NOUN.findall(text):
            value = float(figure.replace(",", ""))
            nouns = {stem(first.lower()), stem(second.lower())} if second else {stem(first.lower())}
            if value not in given and nouns & wanted:  # "14 agreements", "24 demining cranes"
                return True
        return False

    def _talks_without_meeting(self, query: Query, groups: list[set[tuple[str, str]]],
                               people_groups: list[set[tuple[str, str]]]) -> Answer | None:
        """What was discussed or agreed needs a meeting of those who talked: of the people the question
        names ("what did A and B discuss?"; a statement naming them both is not one), else with the
        countries it names as sides ("what did Japan and Tajikistan agree?"; a meeting that mentions
        the country, a border situation, is not one). The abstention, or None when there is one."""
        if len(people_groups) >= 2:
            if self.meetings.filter_meetings(people_groups, replace(query, venues=())):
                return None
            names = " and ".join(self.index.entity_name(min(g)) for g in people_groups)
            when = f" {d.span_words(query.dates.label)}" if query.dates is not None else ""  # ("after 20 September")
            lines = [f"The records hold no meeting of {names}{when}.",  # and what they do hold: each one's meetings
                     *self._meetings_of_each(query, people_groups,
                                             [self.index.entity_name(min(g)) for g in people_groups])]
            return Answer("not_found", False, "Not in the records", tuple(lines),
                          suggestions=self._suggestions(query), confidence=0.0)
        sides = [g for g in groups
                 if g and all(kind == "country" for kind, _ in g) and ("country", self.index.home) not in g]
        if not sides or people_groups or query.intent == "list":
            return None
        topical = self.meetings.topical(query, groups)
        undated = replace(query, venues=(), dates=None)
        unmet = [g for g in sides if g not in topical and not self.meetings.filter_meetings([g], undated)]
        if not unmet:
            return None
        names = " and ".join(self.index.entity_name(min(g)) for g in unmet)
        return Answer("not_found", False, "Not in the records", (f"The records hold no meeting with {names}.",),
                      suggestions=("/countries",), confidence=0.0)

    def _not_at_home(self, query: Query, groups: list[set[tuple[str, str]]], scored: list[Scored]) -> list[Scored]:
        """"When was Hayashi's visit?": the records of a meeting he held at home are not his visit."""
        if query.intent not in ("when", "where", "time", "duration") \
                or not asks(TRAVEL, query.raw):
            return scored
        people = {i for g in groups if len(g) == 1 for k, i in g if k == "person" and i in self.kb.people}
        if len(people) != 1:
            return scored
        person = self.kb.people[next(iter(people))]
        if query.role is not None and not any(r.key == query.role for r in person.roles):
            # "which city did Japan's foreign minister travel to to meet Zelenskyy?": the post holder went; the
            # one named is whom they met, at his home
            return scored

        def at_home(p: Passage) -> bool:
            meeting = self.kb.meetings.get(p.ref) if p.kind in lx.MEETING_KINDS else None
            if meeting is None or person.id not in meeting.participants:
                return False
            held = meeting.country or (self.kb.places[meeting.place].country if meeting.place in self.kb.places
                                       else None)
            return held == person.country
        kept = [s for s in scored if not at_home(s.passage)]
        if len(kept) < len(scored) and not (kept and ("person", person.id) in kept[0].passage.entities
                                             | kept[0].passage.mentioned and reported(TRAVEL, kept[0].passage.stems)):
            return []  # his meetings at home were all the records had of him: no visit of his to tell of
        return kept

    def _deed_of_no_one(self, query: Query, meeting: Meeting) -> Answer | None:
        """"Which Kyrgyz minister studied in Japan?" of a meeting whose record tells of ministers who studied there
        and names none: who did it is not who took part in the meeting."""
        found = _DEED_ASKED.match(query.raw.lower())
        deed = stem(found.group("deed")) if found is not None else ""
        if found is None or not deed or deed in MEETING_ACTS or deed in lx.LIGHT_STEMS:
            return None
        told = [self.index.passages[n] for n in self.index.by_entity.get(("meeting", meeting.id), ())
                if deed in self.index.passages[n].stems]
        if not told or any(self.index.people_named(p.text) for p in told):
            return None
        return Answer("not_found", False, "Not in the records",
                      (f"The record tells of it but names no one who {found.group('deed')}:", told[0].text),
                      sources=(d.cite(self.kb, told[0].cited),), confidence=0.0)

    def _figure_split(self, query: Query, scored: list[Scored]) -> Answer | None:
        """"How much financial aid did Japan pledge for Ukraine's winter needs?" when the record with the most of
        the question lacks a word of it that another record of the same kind as close holds ("winter"): a figure of
        the one is no figure of what the question asks, which no record holds whole."""
        best = scored[0]
        if best.coverage >= 1.0 - 1e-9 or any(m.kind == "person" for m in query.mentions):
            return None  # (a person's part in a figure is told by the records of it: see `_whole_given_at`)
        lacked = [k for k in self._distinct_own_words(query) if not self._record_holds(best.passage, k)]
        other = next((s for s in scored[1:thresholds.CLOSE_RECORDS] if s.coverage >= best.coverage - 1e-9
                      and not s.entities_missing and s.passage.ref != best.passage.ref
                      and s.passage.kind == best.passage.kind  # (two records of one kind, either the answer)
                      and any(self._record_holds(s.passage, k) for k in lacked)), None)
        if other is None:
            return None
        words = [w for w, k in zip(plain_words(query), query.keywords, strict=False) if k in lacked
                 and self._record_holds(other.passage, k)] or lacked
        return Answer("not_found", False, "Not in the records",
                      (f"No record found holds all of that. The closest says nothing of "
                       f"{' or '.join(f'“{w}”' for w in words)}: {best.passage.text}",
                       f"Another tells of it: {other.passage.text}"),
                      sources=(d.cite(self.kb, best.passage.cited), d.cite(self.kb, other.passage.cited)),
                      suggestions=self._suggestions(query), confidence=0.0)

    def _words_held_elsewhere(self, query: Query, scored: list[Scored]) -> Answer | None:
        """"what did Japan give Kyrgyzstan for covid?" when the records of what those countries were given hold none
        of the question's own words, which records of others do: the countries alone are no answer."""
        if not query.mentions or any(m.kind != "country" for m in query.mentions) or not (
                lx.WHAT_AID.match(query.raw.lower()) or lx.THING_GIVEN_ASKED.match(query.raw.lower())):
            return None  # (only what was given between countries: the records of a person or a thing say more)
        own = self._distinct_own_words(query)
        if not own:
            return None
        close = [s for s in scored[:thresholds.CLOSE_RECORDS] if s.coverage >= scored[0].coverage - 1e-9]
        if any(self._record_holds(s.passage, k) for s in close for k in own):
            return None
        words = [w for w, k in zip(plain_words(query), query.keywords, strict=False) if k in own]
        names = ", ".join(self.index.entity_name((m.kind, m.id)) for m in query.mentions
                          if m.kind != "country" or m.id != self.index.home) or "those names"
        return Answer("not_found", False, "Not in the records",
                      (f"The records of {names} say nothing of {' or '.join(f'“{w}”' for w in words)}.",
                       f"Closest record: {self._passage_title(scored[0].passage)}"),
                      sources=(d.cite(self.kb, scored[0].passage.cited),), suggestions=self._suggestions(query),
                      confidence=0.0)

    def _distinct_own_words(self, query: Query) -> list[str]:
        """The question's keywords that it says itself (not those it is read with: "businessmen" is read as company
        representatives) and that few records hold ("winter", "covid")."""
        said = {stem(w) for w in re.findall(r"[a-z0-9]+", fold(query.raw).lower())}
        return [k for k in query.keywords if k in said and k not in lx.LIGHT_STEMS
                and self.index.idf.get(k, 0.0) >= thresholds.DISTINCT_IDF]

    def _record_holds(self, p: Passage, k: str) -> bool:
        """Whether the record a passage belongs to holds the stem `k` (or a synonym of it)."""
        stems = self.verifier.record_stems(p)
        return k in stems or any(s in stems for s in SYNONYMS.get(k, ()))

    def _has_words(self, p: Passage, keywords: tuple[str, ...]) -> bool:
        """Whether a passage's record has every distinctive word of `keywords` (synonyms allowed)."""
        return all(self._record_holds(p, k) for k in keywords if self.index.idf.get(k, 0.0) >= thresholds.DISTINCT_IDF)

    @staticmethod
    def _keeps_words(query: Query, p: Passage) -> bool:
        """Whether a passage has every word of the question that names something (light words aside)."""
        named = [k for k in query.keywords if k not in LIGHT_STEMS]
        return bool(named) and all(asked.has_word(p, k) for k in named)

    @staticmethod
    def _own_words(query: Query, p: Passage) -> int:
        """How many of the question's own content words (synonyms allowed) a passage has."""
        return sum(1 for k in query.keywords if asked.has_word(p, k))

    # -- abstentions -------------------------------------------------------------------------------
    def covered(self) -> str:
        names = [self.kb.countries[c].name for c in self.index.covered_countries if c in self.kb.countries]
        return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else "".join(names)

    def outside(self, names: tuple[str, ...]) -> Answer:
        listed = " and ".join(names)
        return Answer("not_covered", False, f"{listed}: not in the knowledge base",
                      (f"The knowledge base has no records about {listed}. It covers {self.index.home_name}'s "
                       f"meetings with {self.covered()}.",),
                      suggestions=tuple(f"/meetings {self.kb.countries[c].name}"
                                        for c in self.index.covered_countries[:4]),
                      confidence=0.0)

    def undescribed(self, descriptions: tuple[str, ...]) -> Answer:
        listed = " and ".join(x.removeprefix("the ") for x in descriptions)
        return Answer("not_found", False, f"No records about the {listed}",
                      (f"The knowledge base names no {listed}. It covers {self.index.home_name}'s meetings with "
                       f"{self.covered()}.",),
                      suggestions=("/countries", "/help"), confidence=0.0)

    def unknown(self, names: tuple[str, ...]) -> Answer:
        listed = " ".join(names)
        return Answer("not_found", False, f"No records about {listed}",
                      (f"“{listed}” is not in the knowledge base, which covers {self.index.home_name}'s meetings with "
                       f"{self.covered()}.",), suggestions=("/countries", "/help"), confidence=0.0)

    def not_recorded(self, query: Query, reason: str) -> Answer:
        names = [self.index.entity_name((m.kind, m.id)) for m in query.mentions
                 if m.kind != "country" or m.id != self.index.home]
        covered = f"They cover {self.index.home_name}'s meetings with {self.covered()}."
        lines = [reason] + ([f"What the records hold about {', '.join(dict.fromkeys(names))}: try /who, /meetings or "
                             f"/facts."] if names else [covered])
        return Answer("not_found", False, "Not in the records", tuple(lines),
                      suggestions=self._suggestions(query) or ("/help",), confidence=0.0)

    def _term_of_others(self, query: Query, best: Scored) -> Answer | None:
        """"What happened at the Japan–Rwanda business forum?" when the records hold a business forum only
        with another country: the gathering named is not one of that country, so no record of the country
        answers in its place."""
        if not best.entities_missing or query.intent == "yes_no":
            return None
        sides = {(m.kind, m.id) for m in query.mentions
                 if m.kind in ("country", "place") and (m.kind, m.id) != ("country", self.index.home)}
        have = best.passage.entities | best.passage.mentioned
        for m in (m for m in query.mentions if m.kind == "term" and ("term", m.id) not in have):
            passages = (self.index.passages[n] for n in self.index.by_entity.get(("term", m.id), ()))
            if sides and not any(sides & (p.entities | p.mentioned) for p in passages):
                asked_for = " ".join(query.words[m.start:m.end])
                named = ", ".join(sorted(self.index.entity_name(e) for e in sides))
                return Answer("not_found", False, "Not in the records",
                              (f"The records hold no {asked_for} with {named}. The one they hold: "
                               f"{self.index.entity_name(('term', m.id))}.",),
                              suggestions=self._suggestions(query) or ("/help",), confidence=0.0)
        return None

    def _suggestions(self, query: Query) -> tuple[str, ...]:
        suggestions: list[str] = []
        for m in query.mentions:
            name = self.index.entity_name((m.kind, m.id))
            if m.kind == "person":
                suggestions.append(f"/who {name}")
            elif m.kind == "country" and m.id != self.index.home:
                suggestions.append(f"/meetings {name}")
        return tuple(dict.fromkeys(suggestions))

    def nothing(self, query: Query, scored: list[Scored] | None = None) -> Answer:
        lines = ["I could not find that in the knowledge base."]
        if query.fuzzy_names:
            lines.append("I read " + ", ".join(self.index.entity_name((m.kind, m.id)) for m in query.fuzzy_names)
                         + " in your question.")
        return Answer("not_found", False, "No answer in the knowledge base", tuple(lines),
                      suggestions=self._suggestions(query) or ("/help",),
                      confidence=scored[0].coverage if scored else 0.0)


    # -- answers from the best passage ----------------------------------------------------------
    def confidence(self, query: Query) -> float:
        fuzzy = [m.score for m in query.mentions]
        return min(fuzzy) / 100 if fuzzy else 0.8

    def from_passage(self, query: Query, best: Scored, scored: list[Scored], *, followed: bool = False,
                     listed: frozenset[str] = frozenset(), in_context: bool = False,
                     reading: bool = False) -> Answer:
        if _OUTCOME_OF_TALKS.search(query.raw.lower()) and _NEGOTIATED.search(best.passage.text):
            # "what came out of the security guarantee negotiations in the end?" of a record that shows them only
            # agreed on: what they led to is not in it
            return Answer("not_found", False, "Not in the records",
                          ("The records show the negotiations only at their start; they do not say what came of "
                           f"them. The closest record: {best.passage.text}",),
                          sources=(d.cite(self.kb, best.passage.cited),), confidence=0.0)
        if asks_plural(query) and best.passage.kind not in lx.MEETING_KINDS and not _names_early(best.passage, query):
            # "which embassies …?": of records that score alike, one of those things, not one that mentions one
            alike = next((s for s in scored[1:12] if s.score >= best.score - 1e-9 and not s.entities_missing
                          and _names_early(s.passage, query)), None)
            if alike is not None:
                best, scored = alike, [alike, *(s for s in scored if s is not alike)]
        named_in = self._thing_named_in(query, best, scored)
        if named_in is not None:
            best, scored = named_in, [named_in, *(s for s in scored if s is not named_in)]
        if best.passage.kind == "term" and asks_plural(query):
            # "which events had A come to attend?" of a gathering's record and a record of the visit that names
            # that gathering and more, scoring alike: the one that holds both
            fuller = next((s for s in scored[1:6] if s.score >= best.score - 1e-9 and not s.entities_missing
                           and s.passage.kind == "fact" and ("term", best.passage.ref) in s.passage.entities), None)
            if fuller is not None:
                best, scored = fuller, [fuller, *(s for s in scored if s is not fuller)]
        kind_of = _KIND_OF.match(query.raw.lower())
        if kind_of is not None and not re.search(rf"\b{re.escape(kind_of.group('noun'))}\b", best.passage.text):
            # "What kind of peace did she want?": a record that says what peace ("a just and lasting peace"),
            # not one that has the word only in a name ("the Peace Formula")
            said = next((s for s in scored[1:8] if not s.entities_missing and s.coverage >= best.coverage - 0.2
                         and re.search(rf"\b{re.escape(kind_of.group('noun'))}\b", s.passage.text)), None)
            if said is not None:
                best, scored = said, [said, *(s for s in scored if s is not said)]
        if (_TALKS_WITH.search(query.raw.lower()) or self._of_two_who_met(query)
                # ("what topics did the meeting cover?": what the talks took up, not an outlet "covering" them)
                or "discuss" in query.aspects and lx.THE_TALKS.search(query.raw.lower())) \
                and best.passage.kind in ("person", "term"):
            # "What did A discuss with B?", "what did A and B sign?": a talk's record answers, not the description
            # of someone or something (the outlet that reported it)
            told = next((s for s in scored[1:12] if s.passage.kind not in ("person", "term") and not s.entities_missing
                         and s.coverage >= thresholds.MIN_COVERAGE), None)
            if told is None:
                return Answer("not_found", False, "Not in the records",
                              ("The records hold no talks of that.",
                               f"Closest record: {self._passage_title(best.passage)}"),
                              sources=(d.cite(self.kb, best.passage.cited),), confidence=0.0)
            best, scored = told, [told, *(s for s in scored if s is not told)]
        p = best.passage
        region = _COUNTRIES_OF_REGION.search(query.raw.lower())
        as_region = re.search(rf"\bthe ({re.escape(region.group('region'))})\b", f"{p.text} {p.cited.quote}",
                              re.IGNORECASE) if region is not None else None
        if as_region is not None:
            # "which Indo-Pacific countries did she name?" of a record that says "especially in the Indo-Pacific":
            # a region, none of its countries
            return Answer("not_found", False, "Not in the records",
                          (f"The records name the {as_region.group(1)} as a whole, not any country in it. "
                           "The closest record says:", p.text), sources=(d.cite(self.kb, p.cited),), confidence=0.0)
        if _WHICH_COUNTRIES.search(query.raw.lower()) and p.kind not in lx.MEETING_KINDS:
            # "Which Indo-Pacific countries joined?" of a record naming none: no country is the answer
            asked_of = {m.id for m in query.mentions if m.kind == "country"} | {self.index.home}
            if not {i for k, i in p.entities | p.mentioned if k == "country"} - asked_of:
                return Answer("not_found", False, "Not in the records",
                              ("The records name no such countries. The closest record says:", p.text),
                              sources=(d.cite(self.kb, p.cited),), confidence=0.0)
        meeting = self.kb.meetings.get(p.ref) if p.kind in ("meeting", "topic", "outcome") else None
        name_certainty = min((m.score for m in query.mentions), default=100.0) / 100
        conf = round(min(1.0, best.coverage) * name_certainty, 3)
        interpretation = None
        if len(scored) > 1 and scored[1].passage.ref != p.ref and scored[1].score >= best.score - 0.5:
            interpretation = "close alternative"
        thing_for = self._thing_for(query, p) if meeting is not None or p.kind == "person" else None
        if thing_for is not None:
            # "what's the memorial there for?": the memorial's own record, not the visit that went to it
            return self._statement(query, thing_for)
        deed_unsaid = asked.deed_unsaid(query, p)
        if deed_unsaid is not None and not any(asked.deed_unsaid(query, s.passage) is None
                                               for s in scored[1:4] if not s.entities_missing):
            # "where did Hattori study?" of records of his post: none tells of his studying, wherever it was
            return Answer("not_found", False, "Not in the records",
                          (deed_unsaid, f"Closest record: {self._passage_title(p)}"),
                          sources=(d.cite(self.kb, p.cited),), confidence=0.0)
        ties = self._ties(query, best, scored, p, in_context, reading) if not followed else []
        noun = asked.attribute_noun(query)
        of_gathering = _OF_GATHERING.search(query.raw.lower()) if noun is None else None
        # ("the theme of the G20 summit at which A met B": the summit's theme, not what the meeting was about)
        noun = (of_gathering.group(1) or of_gathering.group(2)) if of_gathering is not None else noun
        occasion = next((o for x in [p, *ties] if (o := self._of_occasion(noun, x)) is not None), None) \
            if noun is not None and all(self._unheld(noun, x) for x in [p, *ties]) else None
        if occasion is not None:
            # "the slogan of the summit where A met B": the summit's own record that gives it (of several records
            # found, none giving it: the gathering one of them was held on the occasion of)
            return self._statement(query, occasion)
        several = self._several(query, [p, *ties], conf) if ties else None
        if several is not None:
            return several
        # (only "the <noun> of" a thing is declined when missing: "which <noun>" may ask for one of a kind)
        unheld = asked.attribute_noun(query, of_thing=True) if noun is not None else None
        unmentioned = self._about_unmentioned(query, p)
        gap = (asked.cannot_say(query, p, self._note(p), self.index.idf) or self._place_unsaid(query, p)
               or self._done_at_term(query, p)
               or self._made_elsewhere(query, p) or self._between_other_sides(query, p)
               or (f"The record found does not give the {unheld}." if unheld and self._unheld(unheld, p) else None)
               or self._dated_to_come(query, meeting if p.kind == "meeting" else None, p)
               or self._done_by_whom_unsaid(query, p) or unmentioned or self._document_unheld(query, p)
               or self._contents_unlisted(query, p) or self._post_unheld(query, p))
        if gap:
            # A runner-up that covers the question better and holds the detail answers instead.
            fit = next((o for o in scored[1:4]
                        if (o.coverage > best.coverage + 0.01
                            or p.kind == "term" and self._is_gathering(o.passage, p.ref))
                        and not o.entities_missing
                        and asked.cannot_say(query, o.passage, self._note(o.passage), self.index.idf) is None
                        # (another passage of a meeting held on a gathering's occasion is no more the gathering)
                        and self._done_at_term(query, o.passage) is None), None)
            said_of = self._said_of_gathering(query, p) if fit is None else None
            if said_of is not None:
                # "what was on the agenda at the Bali G20?": the summit's own record of what it discussed
                return self._statement(query, said_of)
            if fit is None:
                # (of a meeting that does not mention what was asked about, the meeting stays the topic: "how many
                # days before the Kyiv trip was it?")
                held = self.kb.meetings.get(p.ref) if gap == unmentioned and p.kind in lx.MEETING_KINDS else None
                return Answer("not_found", False, "Not in the records",
                              (gap, f"Closest record: {self._passage_title(p)}"),
                              sources=(d.cite(self.kb, p.cited),), confidence=0.0,
                              focus=self.meetings.meeting_focus(held) if held is not None else None)
            p = fit.passage
            meeting = self.kb.meetings.get(p.ref) if p.kind in ("meeting", "topic", "outcome") else None
        # ("how many of the companies were Japanese?": a part the record's words do not single out)
        of_a_kind = _A_PART.search(query.raw.lower())
        part = _PART_OF.search(query.raw.lower()) if query.intent == "quantity" and (_BY_THEMSELVES.search(
            query.raw.lower()) or of_a_kind is not None and not set(content_stems(of_a_kind.group("what"))) <= p.stems
        ) else None
        of_one_country = self._counted_of_one_country(query, p) if query.intent == "quantity" else None
        if of_one_country is not None:
            return of_one_country
        if part is not None and any(part.group("noun") is None
                                    or set(content_stems(part.group("noun"))) & set(content_stems(counted))
                                    for _, _, counted in asked.record_figures(p)):
            # "How many of the generators did she send herself?" of a record of how many were sent in all
            return Answer("not_found", False, "Not in the records",
                          ("The records give how many in all, not how many of them that was:", p.text),
                          sources=(d.cite(self.kb, p.cited),), confidence=0.0)
        unheard = self._counted_unheard(query) if meeting is not None and query.intent == "quantity" else None
        if meeting is not None and query.intent == "quantity" and (unheard or not self._counts_asked(query, p.text)):
            # The meeting's own point that gives the figure asked, if any: "how many of the 14 agreements
            # dealt with medicine?" finds none, since 14 is the question's own figure; nor does "how many demining
            # robots?", which counts a thing no record speaks of, whatever "demining" figure there is.
            counted = next((self.index.passages[n] for n in self.index.by_entity.get(("meeting", meeting.id), ())
                            if self._counts_asked(query, self.index.passages[n].text)), None) if not unheard else None
            if counted is None:
                gap = f"No record mentions {unheard}; none gives a figure for them." if unheard \
                    else "The records give no figure for that."
                return Answer("not_found", False, "No figure in the records", (gap, f"Closest record: {meeting.title}"),
                              sources=(d.cite(self.kb, p.cited),), confidence=0.0)
            p = counted
        gathering_asked = self._gathering_dated(query, p)
        if gathering_asked is not None:
            # "when was the 9th foreign ministers' meeting of the dialogue?" of talks held on its occasion: the
            # gathering's own record says when it was (or that its date is not given), not the talks'
            return self._statement(query, gathering_asked)
        whole = self._whole_given_at(query, meeting) if meeting is not None and details.asks_ones_part(query) else None
        if whole is not None:
            # "how many of the generators did she personally send?" of a meeting where the country's figure came up
            return whole
        unnamed = self._deed_of_no_one(query, meeting) if meeting is not None and query.intent == "who" else None
        if unnamed is not None:
            return unnamed
        answer = self.meetings.meeting_aspect(query, meeting, p) if meeting is not None else self._statement(query, p)
        other = scored[1].passage if interpretation else None
        runner_up = self.kb.meetings.get(other.ref) if other is not None and other.kind in (
            "meeting", "topic", "outcome") and not scored[1].entities_missing else None
        if (not answer.answered and meeting is not None and runner_up is not None and other is not None
                and {meeting.id, runner_up.id} <= listed and not query.outside
                and not _EACH_ASKED.search(query.raw.lower())):
            # "and who did she meet there?" of her two meetings just listed: the record that gives the detail
            # answers, and the one found first is said not to
            instead = self.meetings.meeting_aspect(query, runner_up, other)
            if instead.answered:
                return replace(instead, lines=(*instead.lines, f"(The record of {meeting.title} does not give it.)"),
                               confidence=min(conf, instead.confidence), interpretation=interpretation)
        suggestions = answer.suggestions
        if other is not None:
            suggestions += (f"Also: {self._passage_title(other)}",)
        return Answer(answer.kind, answer.answered, answer.title, answer.lines, answer.items, answer.sources,
                      suggestions, answer.actions, conf if answer.answered else 0.0, answer.focus,
                      interpretation)

    def _post_unheld(self, query: Query, p: Passage) -> str | None:
        """"Who was the director general of the bureau at the talks?" of a meeting where no one holds that post, but
        someone holds one of its ranks (its deputy): the post asked is no one's there; None otherwise."""
        meeting = self.kb.meetings.get(p.ref) if p.kind in lx.MEETING_KINDS else None
        if query.intent != "who" or query.role is None or meeting is None:
            return None
        people = [self.kb.people[x] for x in meeting.participants if x in self.kb.people]
        if any(lx.fits_post(query.role, r.key) for person in people for r in person.roles):
            return None
        said = query.role.replace("-", " ")
        near = [(person, r) for person in people for r in person.roles
                if re.search(rf"\b{re.escape(said)}\b", r.key.replace("-", " "))]
        # ("the uzbek dep FM": the rank said, if shortened, is asked)
        ranks = {w[:3] for _, r in near for w in r.key.split("-") if w not in said.split()}
        if not near or any(w[:3] in ranks for w in query.words if len(w) >= 3):
            return None
        held = ", ".join(f"{person.name} ({role.title})" for person, role in near)
        return f"The record names no {said} there; it has {held}."

    def _counted_unheard(self, query: Query) -> str | None:
        """The word of what "how many …" counts that no record uses, nor any word it stands for ("robots" of "how
        many demining robots?"): no record can count that thing; None when every word of it is known."""
        counted = asked.counted_noun(query)
        if counted is None or counted not in query.words:
            return None
        start = query.words.index(counted)
        # the thing counted: the first plural of the words after "how many", up to the first function word
        # ("demining robots", "agreements came out of it")
        head = next((w for w in itertools.takewhile(lambda w: w not in STOPWORDS, query.words[start:start + 3])
                     if len(w) > 3 and w.endswith("s") and not w.endswith("ss")), None)
        if head is None:
            return None
        return None if asked.known_word(self.index, head) else head

    def _counted_of_one_country(self, query: Query, p: Passage) -> Answer | None:
        """"How many Uzbek companies took part?" of a record that counts the companies of every country: how many
        in all is given, not how many of that country's (None when the record counts them as that country's:
        "all four provinces of Rwanda")."""
        of_country = _OF_A_COUNTRY.search(query.raw.lower())
        country = next((m.id for m in query.mentions if m.kind == "country" and of_country is not None
                        and query.words[m.start:m.end] == tuple(of_country.group("who").split())), None)
        if of_country is None or country is None:
            return None
        text, who, noun = p.text.lower(), of_country.group("who"), of_country.group("noun")
        whose = self.index.entity_name(("country", country)).lower()
        if re.search(rf"\b{re.escape(who)}\b", text) \
                or re.search(rf"\b{re.escape(noun[:4])}\w* of (?:the )?{re.escape(whose)}\b", text) \
                or not any(stem(noun) in counted.split() for _, _, counted in asked.record_figures(p)):
            return None
        return Answer("not_found", False, "Not in the records",
                      (f"The records give how many in all, not how many were {who.title()}:", p.text),
                      sources=(d.cite(self.kb, p.cited),), confidence=0.0)

    def _between_other_sides(self, query: Query, p: Passage) -> str | None:
        """"Japan–Tajikistan FM meeting, when was it?" answered by the Japan–Kyrgyz meeting, whose record names
        Tajikistan in passing: the meeting found is not between the countries the question names."""
        # (a meeting's own passages: its summary and each of its points, all with the meeting's id)
        meeting = self.kb.meetings.get(p.ref) if p.kind in lx.MEETING_KINDS else None
        if meeting is None:
            return None
        missing = sorted(meeting_sides(query) - set(meeting.countries) - {self.index.home})
        if not missing:
            return None
        return (f"The records hold no meeting with {', '.join(self.index.entity_name(('country', c)) for c in missing)}"
                f" of that kind; the one found is {meeting.title} ({meeting.date.human()}).")

    def _made_elsewhere(self, query: Query, p: Passage) -> str | None:
        """"What did Kamikawa pledge in Kyiv?" answered by a pledge made at a meeting in New York: the
        record contradicts the place the question gives it."""
        pledge = self.kb.pledges.get(p.ref) if p.kind == "pledge" else None
        meeting = self.kb.meetings.get(pledge.meeting) if pledge is not None and pledge.meeting else None
        if meeting is None:
            return None
        place_country = self.kb.places[meeting.place].country if meeting.place in self.kb.places else None
        for kind, key, outside in query.venues:
            if kind == "third":
                continue
            held = meeting.place == key if kind == "place" else key in (meeting.country, place_country)
            if held == outside and (kind == "place" and meeting.place in self.kb.places or kind == "country"):
                where = d.meeting_place(self.kb, meeting) or "a place the source does not name"
                return (f"The records show this pledge made at {meeting.title} ({where}, {meeting.date.human()}), "
                        f"not {'outside' if outside else 'in'} {self.index.entity_name((kind, key))}.")
        return None

    def _done_at_term(self, query: Query, p: Passage) -> str | None:
        """"What did Japan pledge at TICAD 8?", "what was agreed at the 9th ... meeting?": a term's record
        says what the gathering is, not what was pledged, agreed or discussed at it; and a meeting held on
        its occasion is not the gathering, unless the question names someone of that meeting."""
        done = next((a for a in ("pledge", "agree", "discuss") if a in query.aspects), None)
        led = lx.LED_GATHERING.match(query.raw.lower()) if query.intent == "who" else None
        if done is None and led is None or query.intent in ("yes_no", "why", "about"):
            return None
        at = [m for m in query.mentions
              if m.kind == "term" and {"at", "during", "of"} & set(query.words[max(0, m.start - 3):m.start])]
        if p.kind == "term" and done is not None and any(m.id == p.ref for m in at):
            return f"The record found says what it is, not what was {lx.DONE_WORDS[done]} at it."
        meeting = self.kb.meetings.get(p.ref) if p.kind in lx.MEETING_KINDS else None
        term = self._occasion_named(query, p)
        if meeting is None or term is None:
            return None
        did = f"who {led.group('verb')}" if done is None and led is not None else \
            f"what was {lx.DONE_WORDS[done or 'discuss']} at"
        return (f"The record found is of {meeting.title}, held on the occasion of the {term.name}; it does not "
                f"say {did} the {term.name} itself.")

    def _occasion_named(self, query: Query, p: Passage) -> Term | None:
        """The gathering a meeting was held on the occasion of, when the question names it and asks of it rather than
        of the meeting (it names no one of the meeting, and the meeting is not the gathering itself)."""
        meeting = self.kb.meetings.get(p.ref) if p.kind in lx.MEETING_KINDS else None
        occasion = self.kb.terms.get(meeting.occasion or "") if meeting is not None else None
        # ("at the Bali G20": the summit of that grouping the meeting was held on the occasion of; "what was the
        # G20 in Bali to discuss?": the gathering itself the doer)
        named = [m for m in query.mentions if m.kind == "term"]
        gathering = next((m for m in named if occasion is not None and (m.id == occasion.id or set(
            content_stems(self.kb.terms[m.id].name)) <= set(content_stems(occasion.name)))), None)
        if meeting is None or gathering is None or occasion is None or self._is_gathering(p, occasion.id):
            return None  # (the meeting is the gathering itself)
        inside = [range(m.start, m.end) for m in named]
        if any(m.kind == "person" or m.kind == "country" and m.id != self.index.home and m.id in meeting.countries
               and not any(m.start in r for r in inside) for m in query.mentions):
            return None  # "what did Kishida and Kagame discuss at the G20 summit?": their meeting there
        return occasion

    def _gathering_dated(self, query: Query, p: Passage) -> Passage | None:
        """The own record of the gathering a when-question names, of a meeting held on its occasion."""
        term = self._occasion_named(query, p) if query.intent == "when" else None
        if term is None:
            return None
        # (the gathering itself named, or by its number in the series, not the series: "when did the dialogue start?")
        numbered = {lx.ordinal_value(o.group(0)) for o in lx.ORDINAL.finditer(fold(query.raw).lower())}
        if not any(m.kind == "term" and m.id == term.id for m in query.mentions) and not (
                numbered & {lx.ordinal_value(o.group(0)) for o in lx.ORDINAL.finditer(fold(term.name).lower())}):
            return None
        return next((self.index.passages[n] for n in self.index.by_entity.get(("term", term.id), ())
                     if self.index.passages[n].kind == "term" and self.index.passages[n].ref == term.id), None)

    def _said_of_gathering(self, query: Query, p: Passage) -> Passage | None:
        """Of a meeting held on the occasion of a gathering the question asks about ("what was discussed at
        the summit?"), the gathering's own record that says it was discussed (or agreed, or pledged): its one
        fact that does, else its definition if that alone does."""
        meeting = self.kb.meetings.get(p.ref) if p.kind in lx.MEETING_KINDS else None
        done = next((a for a in ("pledge", "agree", "discuss") if a in query.aspects), None)
        if meeting is None or done is None or meeting.occasion not in self.kb.terms \
                or self._done_at_term(query, p) is None:
            return None
        verbs = {stem(w) for w in lx.DONE_VERBS[done]}
        said = [self.index.passages[n] for n in self.index.by_entity.get(("term", meeting.occasion or ""), ())
                if verbs & self.index.passages[n].stems and self.index.passages[n].kind in ("term", "fact")]
        return _one_of_gathering(said)

    def _thing_for(self, query: Query, p: Passage) -> Passage | None:
        """"What's the memorial there for?" of a meeting's record, or a person's, that names the thing: the one
        record that names it in its opening words and says what it is for ("dedicated to", "in response to"),
        among the records of the meeting's (or the person's record's) people, places and countries; None
        unless one."""
        found = lx.THING_FOR.match(fold(query.raw).lower())
        meeting = self.kb.meetings.get(p.ref) if p.kind in lx.MEETING_KINDS else None
        wanted = set(content_stems(found.group("thing"))) if found is not None else set()
        if meeting is None and p.kind != "person" or not wanted or not wanted <= self.verifier.record_stems(p):
            return None
        named = self.index.meeting_entities(meeting.id) if meeting is not None else p.entities | p.mentioned
        around = {e for e in named if e[0] in ("place", "person", "country") and e != ("country", self.index.home)}
        rarest = min((self.index.by_stem.get(w, ()) for w in wanted), key=len)
        said = [x for n in rarest if (x := self.index.passages[n]).kind in ("fact", "pledge", "term")
                and wanted <= set(content_stems(" ".join(x.text.split()[:_OPENING_WORDS])))
                and asked.gives_reason(x.text) and x.entities & around]
        return said[0] if len(said) == 1 else None

    def _thing_located(self, query: Query, scored: list[Scored]) -> Scored | None:
        """"Where is the memorial Hayashi visited?", "he visited a memorial in Ukraine, where?": where a thing is,
        which its own record says (not the place of the meeting or visit the question names it by); None when
        the question asks where of no such thing, or the best record is already not a meeting's."""
        if query.intent != "where" or not scored or scored[0].passage.kind not in lx.MEETING_KINDS:
            return None
        things = {stem(w) for w in query.words if w in lx.THING_NOUNS}
        if not things:
            return None
        named = {(m.kind, m.id) for m in query.mentions}
        # (its record places it: a place it names that the question does not)
        return next((x for x in scored[:_CLOSE_RECORDS] if x.passage.kind in ("fact", "term") and not x.entities_missing
                     and things <= x.passage.stems and any(
                         e[0] == "place" and e not in named for e in x.passage.entities | x.passage.mentioned)), None)

    def _unheld(self, noun: str, p: Passage) -> bool:
        """"What was the slogan of the summit where A met B?": whether the detail asked by its noun (or a
        synonym) is missing from the record found."""
        return not {stem(noun), *SYNONYMS.get(stem(noun), ())} & self.verifier.record_stems(p)

    def _of_occasion(self, noun: str, p: Passage) -> Passage | None:
        """Of a meeting held on the occasion of a gathering, the gathering's own record that gives the detail
        asked by `noun` ("the slogan of the summit where A met B"): its one fact that has the word, else its
        definition if that alone has it."""
        meeting = self.kb.meetings.get(p.ref) if p.kind in lx.MEETING_KINDS else None
        if meeting is None or meeting.occasion not in self.kb.terms:
            return None
        wanted = {stem(noun), *SYNONYMS.get(stem(noun), ())}
        held = [self.index.passages[n] for n in self.index.by_entity.get(("term", meeting.occasion or ""), ())
                if wanted & self.index.passages[n].stems and self.index.passages[n].kind in ("term", "fact")]
        return _one_of_gathering(held)

    def _is_gathering(self, p: Passage, term_id: str) -> bool:
        """Whether `p` is of the meeting that is the gathering `term_id` itself (the record of a business
        forum and the forum's definition), not one held on its occasion (talks on a summit's sidelines)."""
        meeting = self.kb.meetings.get(p.ref) if p.kind in lx.MEETING_KINDS else None
        term = self.kb.terms.get(term_id)
        return (meeting is not None and term is not None and meeting.occasion == term_id
                and fuzz.token_set_ratio(fold(meeting.title), fold(term.name)) >= thresholds.SAME_TITLE)

    def _verified(self, query: Query, scored: list[Scored], *, strict: bool,
                  context: tuple[str, ...] = ()) -> list[Scored]:
        """The scored passages whose records hold the kind of detail asked for and, when `strict`
        (a detail of one event, asked without context), show everything the question says: every
        name, the kind of event, and who travelled where."""
        travels = self.verifier.travels(query, context)
        kept = []
        for s in scored:
            if self._rejection(query, s, travels, strict=strict) is None:
                kept.append(s)
        if kept and kept[0] is not scored[0]:
            # The best record cannot answer: another may, if it names all the question names.
            floor = scored[0].coverage - thresholds.RUNNER_UP_MARGIN if query.intent not in lx.VERIFIED_INTENTS else 0.0
            kept = [s for s in kept if not s.entities_missing and s.coverage >= floor]
        return kept if kept and kept[0].coverage >= thresholds.MIN_COVERAGE else []

    def _rejection(self, query: Query, s: Scored, travels: list[tuple[set[tuple[str, str]], set[tuple[str, str]]]],
                   *, strict: bool) -> str | None:
        """Why the record of `s` cannot answer the question, or None when it can."""
        detail = self.verifier.unfit_detail(query, s.passage)
        if detail:
            return detail
        # Outside questions about one event's detail, only events no other reading of a word fits (a birth,
        # a beginning) are required: "open his talks", "name the minister" ask about no opening or naming.
        events = [e for e in self.verifier.unreported_events(query, s.passage) if strict or e.name in lx.LIFE_EVENTS]
        if events:
            return f"The records found report no {' or '.join(e.name for e in events)} of that kind."
        # ("what date did he go to Bucha?": a stop of a trip is not dated by the trip's first day)
        if travels and (query.intent in lx.VERIFIED_INTENTS or s.passage.kind in lx.MEETING_KINDS) \
                and not self._travelled(s.passage, travels, stops=query.intent not in _DATED_INTENTS):
            who, to = travels[0]
            if self._visit_recorded(query, who, to):
                # "Was Kamikawa in New York for the G20?": she was there, for something else
                return "The records found do not say that of that visit."
            by = f" by {self.index.entity_name(min(who))}" if len(who) == 1 else " of that kind"
            return f"The records show no visit{by} to {self.index.entity_name(min(to))}."
        apart = self.verifier.dated_apart(query, s.passage)
        if apart:
            return apart
        unnamed = self.verifier.unnamed_phrase(query, s.passage)
        if unnamed and not (query.intent == "yes_no" and lx.AT_REQUEST.search(query.raw)
                            and lx.AT_REQUEST.search(f"{s.passage.text} {s.passage.cited.quote}")):
            return unnamed  # (a claim of who asked is answered against whom the record says asked)
        # (a yes/no claim of an embassy's date is checked against the records of its date instead)
        elsewhere = self._held_elsewhere(query, s.passage) or self._with_another_party(query, s.passage) or (
            self.verifier.embassy_elsewhere(query, s.passage) if query.intent != "yes_no" or query.dates is None
            else None)
        if elsewhere:
            return elsewhere
        dates, when = query.dates, s.passage.date
        if dates is not None and s.passage.kind in ("term", "person") and query.intent != "yes_no" \
                and (when is None or not dates.matches(when.first_day(), when.last_day())) \
                and (lx.ABOUT_MEETING.search(query.raw.lower())
                     or query.aspects & {"agree", "thank", "pledge"} and not self._named_then(s.passage, dates)) \
                and not lx.TALKED_ABOUT.search(query.raw.lower()):
            # "Who did Hayashi meet in 2024?", "what did they sign in 2022?": a definition or a profile dated
            # otherwise, or not at all, is no meeting or act then
            what = "such meeting" if lx.ABOUT_MEETING.search(query.raw.lower()) else "such act"
            return f"The records show no {what} {d.span_words(dates.label)}."
        if dates is not None and dates.start is not None and dates.start == dates.end and when is not None \
                and when.precision == "day" and not dates.matches(when.first_day(), when.last_day()) \
                and query.intent not in ("when", "yes_no"):
            return f"The records date that to {when.human()}, not to {dates.label}."
        if dates is not None and (dates.start is not None and dates.start == dates.end or dates.day is not None) \
                and (when is None or when.precision != "day") and query.intent not in ("when", "yes_no", "define"):
            # "What did they discuss on 25 December 2022?" of a record dated only "December 2022", or not at
            # all: the record does not say it was that day
            return (f"The records date that only to {when.human()}, not to {dates.label}." if when is not None
                    else f"The records found give no date for that, not {dates.label}.")
        if query.intent == "who" and query.asked in _PERSON_STEMS and s.passage.kind in ("term", "fact") \
                and not self._names_one_asked(query, s.passage):
            # "which Japanese minister held talks with A?" of a record of a gathering A attended: it names no one
            # of that side but those the question names, so not the person asked for
            return "The record found names no one of those asked for."
        if not strict:
            # "who signed it?" after the program: who attended is not who signed, in a conversation too; "when did
            # she become FM?" of a record whose note says that date is not given
            return self.verifier.unfit_event(query, s.passage, self._note(s.passage)) if query.intent == "who" \
                else self.verifier.undated_by_note(query, self._note(s.passage))
        if s.entities_missing and query.intent != "yes_no":  # a yes/no claim may be contradicted instead
            names = ", ".join(self.index.entity_name(min(g)) for g in entity_groups(query)
                              if not self._names(s.passage, g))
            if not names:  # a name the question gave by description ("the Ukrainian capital")
                return "The records hold nothing that names everything the question names."
            return f"The records hold nothing that names all of the question's names ({names} is missing)."
        return self.verifier.unfit_event(query, s.passage, self._note(s.passage))

    def _of_two_who_met(self, query: Query) -> bool:
        """Whether a question asks what two or more people it names did ("what did A and B cover?"), people of
        a meeting of them all, and names no thing of its own."""
        people = [g for g in entity_groups(query) if all(k == "person" for k, _ in g)]
        return bool(query.aspects) and len(people) >= 2 and not any(m.kind == "term" for m in query.mentions) \
            and bool(self.meetings.filter_meetings(people, replace(query, dates=None, venues=())))

    def _names_one_asked(self, query: Query, p: Passage) -> bool:
        """Whether a record names someone the question may ask for: of the country said before the noun asked
        ("which Japanese minister"), else anyone but those the question names."""
        at = next((i for i, w in enumerate(query.words) if stem(w) == query.asked), None)
        side = {m.id for m in query.mentions if m.kind == "country" and at is not None and m.end == at}
        people = {ident for kind, ident in p.entities | p.mentioned if kind == "person"} - {
            ident for _, ident in query.entities("person")}
        return any(not side or (x := self.kb.people.get(ident)) is not None and x.country in side for ident in people)

    def _visit_recorded(self, query: Query, who: set[tuple[str, str]], to: set[tuple[str, str]]) -> bool:
        """Whether some meeting shows `who` travelling to `to`, whatever else the question says."""
        held = self.meetings.filter_meetings([who, to], replace(query, dates=None, venues=()))
        return any(self.verifier.went_there(m.id, who, to) for m in held)

    def _held_elsewhere(self, query: Query, p: Passage) -> str | None:
        """"What did Kozuki sign in Kyiv?" of a meeting held elsewhere: about something else, whatever the
        question asks of it (unless the question names the meeting by its people)."""
        if not query.venues:
            return None
        held = self.kb.meetings.get(p.ref) if p.kind in lx.MEETING_KINDS else None
        if held is None:
            return None
        people = [g for g in entity_groups(query) if all(k == "person" for k, _ in g)]
        choice = len(query.venues) > 1 or any(m.kind in ("place", "country") and query.words[m.start - 1:m.start]
                                              == ("or",) for m in query.mentions)
        if (query.intent == "yes_no" or choice) and len(people) >= 2 and all(self._names(p, g) for g in people):
            # "did A and B meet in Kyiv?", "did they meet in Tokyo or Kyiv?": a claim or a choice of place,
            # answered from their meeting, whose record says where; "what did A and B discuss when they met
            # in Kyiv?" of a meeting held elsewhere asks of a meeting the records do not have
            return None
        for kind, key, outside in query.venues:
            if outside or kind not in ("place", "country") or key == self.index.home and (
                    query.japan_time or query.intent == "time"):
                continue  # ("and in Japan?" after a start time asks the home clock, not where)
            there = self.meetings.held_in(held, kind, key)
            country = self.kb.places[key].country if kind == "place" and key in self.kb.places else key
            # (of the home country, only a record placing the event elsewhere: "arrive in Japan" of a visit
            # abroad; every record's countries name it)
            if there is None and country not in (*held.countries, self.index.home):
                there = False  # a record that does not say where, of another country than the one named
            if there is False:
                where = d.meeting_place(self.kb, held) or "a place the source does not name"
                return (f"The records found do not place that in {self.index.entity_name((kind, key))}: "
                        f"{held.title} took place in {where} {d.on_date(held.date)}.")
        return None

    def _with_another_party(self, query: Query, p: Passage) -> str | None:
        """"Who represented Japan at talks with Zembla?" of a meeting with another country that only mentions
        Zembla: a country named as the other party of talks must be one of the meeting's countries."""
        held = self.kb.meetings.get(p.ref) if p.kind in lx.MEETING_KINDS and "with" in query.words else None
        if held is None:
            return None
        countries = [m for m in query.mentions if m.kind == "country" and m.id != self.index.home]
        at = Counter(m.start for m in countries)
        for m in countries:
            # ("talks with Zembla", "met with anyone from Zembla")
            before = [w for w in query.words[max(m.start - 5, 0):m.start] if w not in _PARTY_FILLERS]
            if m.id not in held.countries and at[m.start] == 1 \
                    and before[-2:-1] and before[-1] == "with" and before[-2] in _MEETING_WORDS:
                # (a region's countries, "the Central Asian minister", are read one per country: none is named)
                others = ", ".join(self.index.entity_name(("country", c)) for c in held.countries
                                   if c != self.index.home)
                return (f"The records found show no talks with {self.index.entity_name(('country', m.id))}: "
                        f"{held.title} was held with {others}.")
        return None

    def _travelled(self, p: Passage, travels: list[tuple[set[tuple[str, str]], set[tuple[str, str]]]], *,
                   stops: bool = True) -> bool:
        if p.kind in lx.MEETING_KINDS:
            return all(self.verifier.went_there(p.ref, who, to, stops=stops) for who, to in travels)
        named = p.entities | p.mentioned
        home = {("country", self.index.home)}
        # (a home official going home is no journey a record names by naming the home country)
        # (of the holders of a post, those the record names)
        return reported(TRAVEL, p.stems) and all(who & named and to <= named and not (to == home and all(
            k == "person" and key in self.kb.people and self.kb.people[key].country == self.index.home
            for k, key in who & named)) for who, to in travels)

    def _unverified(self, query: Query, scored: list[Scored], context: tuple[str, ...] = ()) -> Answer:
        """No record shows all the question says: say what is missing and what the closest one holds."""
        best = scored[0]
        strict = query.intent in lx.VERIFIED_INTENTS
        reason = self._rejection(query, best, self.verifier.travels(query, context), strict=strict) or (
            "The records found do not say that.")
        contradicted = (self._other_stage(query, scored) or self.order_stated(query, scored)
                        if query.intent == "yes_no" else None)
        if contradicted is not None:
            return contradicted
        edition = self.verifier.other_edition(query, best.passage) if query.intent == "yes_no" else None
        if edition is not None and edition.startswith("The records hold") and not best.entities_missing:
            # "Did he come for the 10th meeting?" of a record of the ninth: no, the ninth
            return Answer("yes_no", True, "No, not according to the records", (edition, best.passage.text),
                          sources=(d.cite(self.kb, best.passage.cited),), confidence=best.coverage)
        # ("how much was the emergency aid?" → "what was it for?": the one thing the question named, whose record
        # lacks only the detail asked)
        stems = self.verifier.record_stems(best.passage)
        thing = best.passage.kind in ("fact", "pledge") and self._has_words(best.passage, query.keywords) and any(
            k in stems and self.index.idf.get(k, 0.0) >= thresholds.DISTINCT_IDF for k in query.keywords)
        return Answer("not_found", False, "Not in the records",
                      (reason, f"Closest record: {self._passage_title(best.passage)}"),
                      sources=(d.cite(self.kb, best.passage.cited),),
                      suggestions=self._suggestions(query), confidence=0.0,
                      focus=self._asked_focus(query, None, best.passage) if thing else None)

    def _other_stage(self, query: Query, scored: list[Scored]) -> Answer | None:
        """"Did they sign a security agreement?" when the record of those very people says they agreed to
        start negotiating one: the thing claimed is there, at another stage than the claim's event."""
        if lx.SINCE_THEN.search(query.raw.lower()):
            return None  # "has it been signed since then?": what came after the records, which they cannot say
        for s in scored[:3]:
            events = self.verifier.unreported_events(query, s.passage)
            if not events or s.entities_missing:
                continue
            event_words = {w for e in events for w in e.words}
            # (a thing claimed, not "anything at that meeting": the meeting is no thing at a stage)
            rest = [k for k in query.keywords if k not in event_words and k not in lx.GATHERING_WORDS]
            stems = s.passage.stems
            if rest and all(k in stems or any(x in stems for x in SYNONYMS.get(k, ())) for k in rest) and \
                    lx.STAGE.search(s.passage.text):
                meeting = self.kb.meetings.get(s.passage.ref) if s.passage.kind in lx.MEETING_KINDS else None
                focus = self._asked_focus(query, meeting, s.passage)
                terms = sorted(i for k, i in s.passage.entities if k == "term")
                if len(terms) == 1:  # "when is it expected to be signed?": the thing at that stage
                    focus = replace(focus, topic=terms[0])
                return Answer("yes_no", True, "No, not according to the records",
                              (f"The records report no {events[0].name}; they show: {s.passage.text}",),
                              sources=(d.cite(self.kb, s.passage.cited),), focus=focus, confidence=s.coverage)
        return None

    def _staged(self, query: Query, scored: list[Scored]) -> Answer | None:
        """"Do Japan and Ukraine have a security guarantee deal?", "did they sign one?" when the records show one only
        being negotiated: not a thing they have; None when no record that fits shows it so."""
        if not _HELD_CLAIM.search(query.raw.lower()) or lx.SINCE_THEN.search(query.raw.lower()):
            return None  # ("has it been signed yet?": what came after the records were written, which they cannot say)
        staged = sorted((s for s in scored[:_CLOSE_RECORDS] if not s.entities_missing
                         and _NEGOTIATED.search(s.passage.text) and _AGREEMENT_WORD.search(s.passage.text)),
                        key=lambda s: len(s.passage.text))  # the record that says it most plainly
        if not staged:
            return None
        p = staged[0].passage
        held = self.kb.meetings.get(p.ref) if p.kind in lx.MEETING_KINDS else None
        return Answer("yes_no", True, "No, not according to the records",
                      (f"The records show it only at an earlier stage: {p.text}",), sources=(d.cite(self.kb, p.cited),),
                      focus=self._asked_focus(query, held, p), confidence=staged[0].coverage)

    def _given_of_tied(self, query: Query, best: Scored, scored: list[Scored]) -> Scored | None:
        """"Did Japan give generators to Ukraine?": of records that fit the claim alike, one of support already
        given, before one of support still to come ("will make every effort … generators"); None otherwise."""
        if not _GIVEN_CLAIMED.search(query.raw.lower()) or best.passage.kind != "pledge" \
                or (held := self.kb.pledges.get(best.passage.ref)) is None or held.status == "provided":
            return None
        return next((x for x in scored[1:_CLOSE_RECORDS] if x.score >= best.score - 1e-9 and not x.entities_missing
                     and x.passage.kind == "pledge" and (k := self.kb.pledges.get(x.passage.ref)) is not None
                     and k.status == "provided"), None)

    def _done_apart(self, query: Query, scored: list[Scored]) -> Answer | None:
        """"Was the cooperation program signed during the meeting?" of a record saying it was signed before the
        meeting: no, with the record's words; None when no record that fits says the event was apart from it."""
        if _DURING_CLAIM.search(query.raw.lower()) is None:
            return None
        kinds = [k for k in events_asked(query.words) if k.at_meetings and k is not TRAVEL]
        for close in scored[:_CLOSE_RECORDS]:
            p = close.passage
            if close.entities_missing or close.coverage < thresholds.YES_COVERAGE or not self._keeps_words(query, p):
                continue  # (a record of another thing done apart: "a visa agreement" is not the program it tells of)
            for said in (p.text, p.cited.quote):
                words = tokens(said)
                # (the event's word, then "before"/"prior to" a gathering: "signed prior to the meeting")
                apart = kinds and any(any(stem(w) in k.words for k in kinds)
                                      and SAID_ORDER[False].fullmatch(words[i + 1])
                                      and _GATHERING_AFTER.match(" ".join(words[i + 1:i + 6]))
                                      for i, w in enumerate(words[:-2]))
                if apart:
                    return Answer("yes_no", True, "No, not according to the records",
                                  (f"The record says: “{said}”.",), sources=(d.cite(self.kb, p.cited),),
                                  focus=self._asked_focus(query, None, p), confidence=close.coverage)
        return None

    def order_stated(self, query: Query, scored: list[Scored] | None = None) -> Answer | None:
        """"Was the program signed after the ministers met?", "did Hayashi meet Shmyhal before meeting
        Zelenskyy?": the order a record that fits states of the same thing, said before or after the same
        people or event: yes when it is the order claimed, no when it is the other way round."""
        claimed = claimed_order(query.raw)
        if claimed is None or lx.EITHER_ORDER.search(query.raw.lower()):
            return None
        way, anchor = claimed
        scored = scored if scored is not None else score_passages(self.index, query, [], limit=10)
        # (a name in the anchor as the records spell it: "before Zelensky" is before Zelenskyy)
        spelled = set(content_stems(anchor))
        for m in query.mentions:
            written = set(content_stems(" ".join(query.words[m.start:m.end])))
            if m.kind == "person" and m.id in self.kb.people and written and written <= spelled:
                # (the whole name as said, "Volodymyr Zelenskyy", is the family name the records write)
                spoken = r"\s+".join(re.escape(w) for w in query.words[m.start:m.end])
                anchor = re.sub(rf"\b{spoken}\b", self.kb.people[m.id].family_name.lower(), anchor.lower())
        wanted = self._anchor_words(anchor)
        names = wanted & set(self.index.person_name_parts)
        if not way and not wanted - _ORDER_STEMS:  # ("in advance", "ahead of time": before nothing named)
            # "was the visit announced in advance?" of a record saying it was announced the same day
            # (of the records that say so, the one that says it most plainly: the shortest)
            same_day = min((s for s in scored[:_CLOSE_RECORDS]
                            if s.coverage >= thresholds.YES_COVERAGE and not s.entities_missing
                            and _SAME_DAY.search(f"{s.passage.text} {s.passage.cited.quote}")
                            # (what was done "in advance" is what the record says was done that day)
                            and all(k in s.passage.stems or any(x in s.passage.stems for x in SYNONYMS.get(k, ()))
                                    for k in query.keywords if k not in _ORDER_STEMS)),
                           key=lambda s: len(s.passage.text), default=None)
            if same_day is not None:
                p = same_day.passage
                shown = (p.text, *((f"The record says: “{p.cited.quote}”.",)
                                   if _SAME_DAY.search(p.cited.quote) and p.cited.quote not in p.text else ()))
                return Answer("yes_no", True, "No, not according to the records", shown,
                              sources=(d.cite(self.kb, p.cited),), focus=self._asked_focus(query, None, p),
                              confidence=same_day.coverage)
        groups = entity_groups(query)
        # The names of the claimed thing besides its doer's: "did Hayashi meet Zelenskyy before Shmyhal?" → Zelenskyy
        people = sorted((m for m in query.mentions if m.kind == "person" and m.id in self.kb.people),
                        key=lambda m: m.start)
        others = {stem(w) for m in people[1:] for w in tokens(self.kb.people[m.id].family_name)} - names
        # (a journey claimed before or after it: "had she visited Ukraine before taking office?" of her work to
        # support Ukraine before then is no visit)
        journey = asks(TRAVEL, query.raw) and not lx.MET_VERB.search(query.raw.lower())  # (not "during the visit")
        for s in scored[:10]:
            # (a record of one of two events names the other one it is before or after)
            named = s.passage.entities | s.passage.mentioned
            if journey and not reported(TRAVEL, s.passage.stems):
                continue
            if s.coverage < thresholds.YES_COVERAGE or not all(
                    g & named or ("meeting", s.passage.ref) in g or any(
                        k == "person" and i in self.kb.people and self.kb.people[i].family_name in s.passage.text
                        for k, i in g) for g in groups):
                continue
            for text in (s.passage.text, s.passage.cited.quote):
                said = [said_way for said_way, after in order_said(text)
                        if names <= (found := self._anchor_words(after)) and (names or wanted & found)]
                if not said and names and names <= set(content_stems(text)):
                    # "did Hayashi meet Zelenskyy before Shmyhal?" of "before his meeting with Zelenskyy, Hayashi held
                    # talks with Shmyhal": the record puts the other one after its word, the other way round
                    said = [not said_way for said_way, after in order_said(text)
                            if others and others <= self._anchor_words(after) and not names & self._anchor_words(after)]
                if len(set(said)) != 1:
                    continue
                meeting = self.kb.meetings.get(s.passage.ref) if s.passage.kind in lx.MEETING_KINDS else None
                return Answer("yes_no", True, "Yes" if said[0] == way else "No, not according to the records",
                              (text,), sources=(d.cite(self.kb, s.passage.cited),),
                              focus=self._asked_focus(query, meeting, s.passage), confidence=s.coverage)
        return None

    @staticmethod
    def _anchor_words(text: str) -> set[str]:
        """The stems of what something is said to be before or after, with their synonyms."""
        stems = set(content_stems(text)) - lx.LIGHT_STEMS
        return stems | {x for k in stems for x in SYNONYMS.get(k, ())}

    def _ties(self, query: Query, best: Scored, scored: list[Scored], chosen: Passage,
              in_context: bool = False, reading: bool = False) -> list[Passage]:
        """Other records that fit the question as well as the one chosen: several matches are all
        answered (or said to lack the detail), never one picked silently. A reason asked of whom the conversation's
        `reading` names ("why was he in Japan?") ties as a question naming them: a visit may have several."""
        # Meetings are listed by `meeting_list`; records of other kinds are found here.
        plural = asks_plural(query) and chosen.kind not in lx.MEETING_KINDS
        if query.order or query.intent not in lx.SEVERAL_INTENTS:
            return []
        # A question naming nothing is too vague to list everything it shares a word with; records that fit
        # it exactly as well ("when were diplomatic relations established?": two countries') are all listed.
        vague = not entity_groups(query) and query.dates is None and not plural \
            and not (reading and query.intent == "why")
        if vague and in_context:
            return []  # ("how long after relations began?" of Uzbekistan: the conversation says whose)
        # "Which embassies opened?": every record of that kind that fits, not only those scoring alike.
        margin = 1e-9 if vague else thresholds.PLURAL_TIE_MARGIN if plural else thresholds.TIE_MARGIN
        slack = thresholds.PLURAL_COVERAGE_SLACK if plural else 1e-9
        ties: list[Passage] = []
        seen = {self._record_of(chosen)}
        # "When did they meet?" is answered by meetings: a fact sharing its words is no tie.
        meetings_only = chosen.kind in lx.MEETING_KINDS and (lx.ABOUT_MEETING.search(query.raw.lower()) is not None
                                                            or query.intent in ("when", "where", "time", "duration"))
        # "Who did he talk to in Kyiv?": every meeting there fits, in whatever words its record tells the talks.
        only_meeting_words = meetings_only and query.intent == "who" and \
            set(query.keywords) <= lx.TALK_WORDS | lx.GATHERING_WORDS | lx.OTHER_SIDE_WORDS
        # "What did Hayashi discuss in Kyiv?": every meeting of his there fits, whatever its record's words
        talks_asked = chosen.kind in lx.MEETING_KINDS and query.intent == "general" and query.aspects == {"discuss"} \
            and set(query.keywords) <= lx.TALK_WORDS | lx.GATHERING_WORDS | {stem("discuss"), stem("discussed")}
        # "Who thanked Japan for its support?": every record telling thanks, in whatever words ("gratitude")
        thanks_asked = query.intent == "who" and bool(set(query.keywords) & lx.THANKS)
        # "When did both embassies begin operating?": each record of that kind that holds every word asked, in
        # whatever words it tells it ("opened" as well as "began operations")
        both_asked = plural and lx.BOTH_ASKED.search(query.raw.lower()) is not None
        # ("which leaders did he hold talks with?", "which foreign officials did he meet?")
        for other in scored[1:12]:
            record = self._record_of(other.passage)
            alike = only_meeting_words and other.passage.kind == "meeting" or talks_asked and other.passage.kind in (
                "meeting", "topic") or (thanks_asked or both_asked) and other.coverage >= best.coverage
            if record in seen or other.entities_missing or other.coverage < best.coverage - slack and not alike:
                continue
            if meetings_only and other.passage.kind not in lx.MEETING_KINDS:
                continue
            if self._of_the_meeting(other.passage, chosen):
                continue  # "the Usmanov–Ikegami meeting underscored ...": that meeting again, not another match
            if plural and _kind_of(other.passage) != _kind_of(chosen):
                continue  # "which embassies": records of the kind the best one is
            if _TALKS_WITH.search(query.raw.lower()) and other.passage.kind in ("person", "term"):
                continue  # "what did they discuss?": a description of someone is no talk
            if plural and not _names_early(other.passage, query) and _names_early(chosen, query):
                continue  # "which embassies": not a record that ends "…, the Japanese embassy reported"
            if other.score < best.score - margin and not alike:
                break
            if self.verifier.embassy_elsewhere(query, other.passage) or self.verifier.other_edition(query,
                                                                                                 other.passage):
                continue  # "the embassy in Uzbekistan": not Uzbekistan's in Tokyo, though it scores alike
            if self.verifier.embassy_of_another(query, other.passage):
                continue  # "which countries did Japan open embassies in?": not Uzbekistan's in Tokyo
            seen.add(record)
            ties.append(other.passage)
        return ties

    def _of_the_meeting(self, p: Passage, chosen: Passage) -> bool:
        """Whether a fact tells of the meeting chosen: dated its day, naming only people who took part."""
        meeting = self.kb.meetings.get(chosen.ref) if chosen.kind in lx.MEETING_KINDS else None
        return meeting is not None and tells_of_meeting(p, meeting)

    def _the_pledges(self, query: Query, partners: Set[str] = frozenset(), *,
                     any_country: bool = False) -> list[Scored]:
        """The pledges to the countries named (or `partners`, those the conversation gives; with
        `any_country`, to any) that hold every content word of the question (not counting what the question
        says someone did with them: "thank ... for", nor when they did it); at most `_MAX_PLEDGES`, else
        none."""
        countries = {m.id for m in query.mentions if m.kind == "country" and m.id != self.index.home} or set(
            partners)
        wanted = set(query.keywords) - lx.PLAIN_SPEECH - lx.GIVING - lx.THANKS - lx.LIGHT_STEMS
        fits = [s for s in score_passages(self.index, replace(query, dates=None), limit=20)
                if s.passage.kind == "pledge" and countries <= {e[1] for e in s.passage.entities if e[0] == "country"}
                and all(k in s.passage.stems or set(SYNONYMS.get(k, ())) & s.passage.stems for k in wanted)]
        # with no country to go by ("giving them" of a person), only words of the thing itself pick it
        return fits if (countries or any_country and wanted) and len(fits) <= _MAX_PLEDGES else []

    def _kind_unsaid(self, query: Query, p: Passage) -> list[str]:
        """The words a "what <kind> help …" question puts before the support it asks for that the record
        found does not hold (synonyms allowed): a kind of support the record does not describe."""
        said = _KIND_OF_SUPPORT.match(query.raw.lower())
        if said is None or said.group("kind").split()[-1] == "of":
            return []  # ("what forms of help …", "what pieces of equipment …": any kind)
        stems = self.verifier.record_stems(p) if p.kind in lx.MEETING_KINDS else p.stems
        return [w for w in said.group("kind").split()
                if (k := stem(w)) in query.keywords and k not in lx.LIGHT_STEMS and w not in _GENERIC_KIND
                and k not in stems and not set(SYNONYMS.get(k, ())) & stems]

    def _pledge_kind_asked(self, query: Query) -> str | None:
        """The kind of pledge a "what <noun> …" question asks for by its noun or a synonym of it ("what
        hardware …?": equipment), among the kinds the knowledge base declares; None when it names none."""
        # ("what material support …?": the support is what is asked, of the kind the word before it names)
        asked = query.asked or next((k for k in query.keywords if k in lx.PLEDGE_FRAME), None)
        if asked is None or query.entities("person"):
            return None  # ("what equipment did Kamikawa say …?": what she said, not every pledge of the kind)
        said = {asked, *SYNONYMS.get(asked, ())}
        rest = [k for k in query.keywords if k not in said and k not in lx.PLEDGE_FRAME and k not in lx.LIGHT_STEMS
                and k not in lx.DOCUMENT_WORDS and k not in _LIST_FRAME]
        if asked in lx.PLEDGE_FRAME and len(rest) == 1:
            # "what material support …?": the kind a word before the support names
            said, rest = {rest[0], *SYNONYMS.get(rest[0], ())}, []
        if rest:
            return None  # ("what demining equipment …", "… during the Kyiv trip": fewer than every one of the kind)
        return next((k for k in self.kb.vocabulary.get(PLEDGE_KINDS, ()) if stem(k) in said), None)

    def pledges_to(self, partners: Set[str], query: Query) -> list[Passage]:
        """The records of every pledge to `partners`, in date order (within the question's dates)."""
        found = {n: p for c in sorted(partners) for n in self.index.by_entity.get(("country", c), ())
                 if (p := self.index.passages[n]).kind == "pledge" and p.ref in self.kb.pledges
                 and self.kb.pledges[p.ref].recipient in partners
                 and (query.dates is None or p.date is not None
                      and query.dates.matches(p.date.first_day(), p.date.last_day()))}
        return sorted(found.values(), key=lambda p: (p.date.first_day() if p.date else dt.date.min, p.ref))

    def _pledge_list(self, pledges: list[Passage], groups: list[set[tuple[str, str]]], confidence: float) -> Answer:
        """Every pledge that fits, listed; "how many?" next asks them, in the order shown."""
        focus = replace(self._pledges_focus(pledges, groups), items=tuple(self._record_of(p) for p in pledges))
        return Answer("pledges", True, f"{self.index.home_name}'s pledges and support ({len(pledges)})",
                      tuple(f"– {p.text}" for p in pledges),
                      sources=tuple(d.cite(self.kb, p.cited) for p in pledges[:5]), focus=focus, confidence=confidence)

    def _pledges_focus(self, pledges: list[Passage], groups: list[set[tuple[str, str]]]) -> Focus:
        """What follows a list of pledges refers to: the meeting or trip every one was made at, if they share
        one ("what did the talks cover?" next); else the countries asked about."""
        made = {(x.meeting or x.trip) if (x := self.kb.pledges.get(p.ref)) else None for p in pledges}
        one = made.pop() if len(made) == 1 else None
        if one is not None and one in self.kb.meetings:
            return self.meetings.meeting_focus(self.kb.meetings[one])
        return Focus(countries=tuple(e[1] for g in groups for e in sorted(g) if e[0] == "country"))

    @staticmethod
    def _record_of(p: Passage) -> str:
        """The record a passage belongs to (`meeting:<id>` for a meeting's topics and outcomes too)."""
        kind = "meeting" if p.kind in lx.MEETING_KINDS else p.kind
        return f"{kind}:{p.ref}"

    def _of_gathering_named(self, query: Query, candidates: list[Passage]) -> list[Passage]:
        """Of the meetings found, those whose title names the gathering asked of (`meetings.gathering_named`);
        every other record found stays."""
        found = [m for p in candidates if p.kind in lx.MEETING_KINDS and (m := self.kb.meetings.get(p.ref))]
        titled = {m.id for m in gathering_named(self.kb, query, found)}
        return [p for p in candidates if p.kind not in lx.MEETING_KINDS or p.ref not in self.kb.meetings
                or p.ref in titled]

    def _several(self, query: Query, candidates: list[Passage], confidence: float) -> Answer | None:
        """One answer for every record that fits: each with the detail asked and its source, and those
        without the detail named as such. None when none of them holds the detail."""
        named_people = {m.id for m in query.mentions if m.kind == "person"}
        if query.intent == "who" and (query.keywords or lx.ACCOMPANIED.search(query.raw.lower())) and named_people:
            # "who came along with Kishida?": his own record says who he is, not who was with him
            candidates = [p for p in candidates if not (p.kind == "person" and p.ref in named_people)] or candidates
        if asked.cannot_say(query, candidates[0], self._note(candidates[0]), self.index.idf):
            return None  # what the best record cannot say (a future date, a cost) no other one says either
        deed = _deed_asked_why(query) if query.intent == "why" else None
        unheld = [k for k in (deed,) if k is not None and k not in self.index.idf and k not in lx.LIGHT_STEMS
                  and k not in lx.PLAIN_SPEECH
                  and not any(alt in self.index.idf or alt in TRAVEL.words for alt in (k, *SYNONYMS.get(k, ())))]
        if unheld:
            # "why did Hayashi leave the job?": a deed no record tells of, so no record's occasion is its reason
            return Answer("not_found", False, "Not in the records",
                          ("The records do not tell of that, so they give no reason for it. Closest record:",
                           self._evidence(candidates[0])),
                          sources=(d.cite(self.kb, candidates[0].cited),), confidence=0.0)
        best = candidates[0]
        record = f"{best.text} {best.cited.quote}"
        # (the record's unconfirmed words are read only when the question has a word of such a set at all)
        other = _exclusive_other(query, self.verifier.unconfirmed_words(query, best), record) \
            if query.intent == "who" and any(set(query.words) & words for words in lx.EXCLUSIVE_WORDS) else None
        if query.intent == "who" and query.role and not any(self.index.roles_of(k)
                                                             for k in lx.posts_named({query.role})):
            # "Who is the Director General of the bureau?" when the records give its Deputy Director General only
            return Answer("not_found", False, "Not in the records",
                          ("The records name no one in the post asked. Closest record:", self._evidence(best)),
                          sources=(d.cite(self.kb, best.cited),), confidence=0.0)
        if other is not None:
            # "who was the second governor?" of records of the first one: not what is asked
            return Answer("not_found", False, "Not in the records",
                          (f"The records say “{other}”, not what the question asks:", self._evidence(best)),
                          sources=(d.cite(self.kb, best.cited),), confidence=0.0)
        candidates = self._of_gathering_named(query, candidates)
        if _IN_TIME_ORDER.search(query.raw.lower()):
            # "List the embassy openings in chronological order": by date, the undated last (the first found kept
            # first among records of one date)
            candidates = sorted(candidates, key=lambda p: (p.date is None,
                                                           p.date.first_day() if p.date else dt.date.max))
        parts: list[tuple[Passage, Answer]] = []
        for p in candidates:
            meeting = self.kb.meetings.get(p.ref) if p.kind in lx.MEETING_KINDS else None
            gap = asked.cannot_say(query, p, self._note(p), self.index.idf) or self._place_unsaid(query, p)
            if gap:
                part = Answer("not_found", False, self._passage_title(p), (gap,))
            else:
                part = (self.meetings.meeting_aspect(query, meeting, p) if meeting is not None
                        else self._statement(query, p))
            parts.append((p, part))
        answered = [(p, a) for p, a in parts if a.answered]
        lacking = [f"Also fits, without that detail: {self._passage_title(p)} ({' '.join(a.lines[:1])})"
                   for p, a in parts if not a.answered]
        if not answered:
            return None
        # "what did Hayashi agree on with Zelenskyy?": the meeting of the two, not also the trip it was held on
        within = {m.trip for p, _ in answered if p.kind in lx.MEETING_KINDS and (m := self.kb.meetings.get(p.ref))
                  and m.trip and named_people & set(m.partner_side) and named_people <= set(m.participants)
                  and query.intent == "general" and query.aspects & {"agree", "discuss"} and not query.order}
        answered = [(p, a) for p, a in answered if not (p.kind in lx.MEETING_KINDS and p.ref in within)] or answered
        if len(answered) == 1:
            p, single = answered[0]
            return replace(single, lines=single.lines + tuple(lacking), confidence=confidence)
        lines: list[str] = []
        for n, (p, part) in enumerate(answered, start=1):
            meeting = self.kb.meetings.get(p.ref) if p.kind in lx.MEETING_KINDS else None
            # (a meeting's, a person's or a term's, whose description does not say the name)
            head = part.title if meeting is not None or p.kind in ("person", "term") else ""
            body = [line for line in part.lines if line != head]
            if head and body and body[0].startswith(head):
                head = ""  # ("Title: 9 September 2023.", "Title (9 September 2023)" say their title already)
            lines.append(f"{n}. {head + ': ' if head and body else head}{body[0] if body else ''}".rstrip(": "))
            lines.extend(f"   {line}" for line in body[1:4])
        lines.extend(lacking)
        refs = tuple(self._record_of(p) for p, _ in answered)
        first = self.kb.meetings.get(answered[0][0].ref) if answered[0][0].kind in lx.MEETING_KINDS else None
        focus = self.meetings.meeting_focus(first) if first is not None else self._asked_focus(query, None)
        if first is None and not focus.people:
            # "what did he work on there?" after two records of one person: the person they all name
            named = [sorted(i for k, i in p.entities | p.mentioned if k == "person") for p, _ in answered]
            shared = [i for i in named[0] if all(i in others for others in named[1:])]
            focus = replace(focus, people=tuple(shared))
        return Answer("several", True, f"{len(answered)} records fit the question", tuple(lines),
                      sources=tuple(a.sources[0] for _, a in answered if a.sources), confidence=confidence,
                      interpretation="several matches", focus=replace(focus, items=refs))

    def _place_unsaid(self, query: Query, passage: Passage) -> str | None:
        """"To which Ukrainian cities were the transformers delivered?" of a pledge or fact whose own words name no
        place or country but those the question names: where is not said (the place of the meeting it was told at
        is no place of the thing)."""
        if query.intent != "where" or passage.kind not in ("pledge", "fact") \
                or lx.COUNTRY_OF_PEOPLE_ASKED.search(query.raw.lower()) or _COUNTRY_ASKED.search(query.raw.lower()):
            return None  # ("which country opened an embassy in Kigali?": a country asked, which the record names)
        named = {(m.kind, m.id) for m in query.mentions}
        text = fold(f"{passage.text} {passage.cited.quote}").lower()
        # (the home country only said as a place: "visited Japan", not "Japan will provide")
        if any(kind in ("place", "country") and (kind, ident) not in named and re.search(
                (rf"\b(?:{_PLACE_WORDS}) (?:the )?" if ident == self.index.home else r"\b")
                + rf"{re.escape(fold(self.index.entity_name((kind, ident))).lower())}\b", text)
               for kind, ident in sorted(passage.entities | passage.mentioned)):
            return None
        return "The record found does not say where."

    def _of_another_country(self, query: Query, passage: Passage) -> str | None:
        """The name of a partner country the question names that the record neither is about nor mentions,
        when the record is about another partner country the question does not name: the record of another
        country's thing, however well its words fit."""
        # a region ("Central Asia") is several countries at one place in the question, "the G20" a term and its
        # host: none of them is a country named
        named = {m.id for m in query.mentions if m.kind == "country" and m.id != self.index.home
                 and sum(1 for other in query.mentions if other.start == m.start) == 1}
        held = {ident for kind, ident in passage.entities | passage.mentioned if kind == "country"}
        missing = sorted(named - held)
        if not missing or not any(c != self.index.home and c not in named for c in held):
            return None
        return self.index.entity_name(("country", missing[0]))

    @staticmethod
    def _names(p: Passage, group: set[tuple[str, str]]) -> bool:
        return not group.isdisjoint(p.entities) or ("meeting", p.ref) in group

    def years_between(self, query: Query, since: str, extra: list[set[tuple[str, str]]],
                      topic: tuple[str, ...] = ()) -> Answer | None:
        """"When did Japan open its embassy in Kigali?" → "how many years after diplomatic ties began
        was that?": the other record the question names, and the years between the two (of the conversation's
        `topic` when it names only a country: "how many years after Rwanda is that?" after when ties began)."""
        # "how many years after relations were set up did that one open?": the other event is the one after
        # "after"; the words that point back ("did that one open") are the last record's
        event = _OTHER_EVENT.search(query.raw.lower())
        own = set(content_stems(event.group("other"))) if event is not None else None
        asked_for = replace(query, intent="when",
                            keywords=tuple(k for k in query.keywords if k not in lx.ELAPSED_WORDS
                                           and (own is None or k in own)))
        if not asked_for.keywords and topic and all(m.kind == "country" for m in query.mentions):
            asked_for = replace(asked_for, keywords=topic)
        scored = [s for s in score_passages(self.index, asked_for, extra, limit=5)
                  if s.passage.date is not None and s.passage.date.iso() != since]
        if not scored or scored[0].coverage < thresholds.MIN_COVERAGE:
            return None
        p = scored[0].passage
        assert p.date is not None
        then = PartialDate.parse(since)
        years = abs(p.date.year - then.year)
        other = p.text if p.date.human() in p.text else f"{p.text} ({p.date.human()})"
        return Answer("elapsed", True, f"{years} year{'s' if years != 1 else ''}",
                      (f"{other}", f"The previous answer's record: {then.human()}."),
                      sources=(d.cite(self.kb, p.cited),), focus=Focus(date=p.date.iso()),
                      confidence=scored[0].coverage)

    def _note(self, p: Passage) -> str | None:
        """The maintainers' note on the record behind a passage: what the source leaves unsaid."""
        tables: dict[str, Mapping[str, Fact | Pledge | Meeting]] = {
            "fact": self.kb.facts, "pledge": self.kb.pledges, "meeting": self.kb.meetings,
            "topic": self.kb.meetings, "outcome": self.kb.meetings}
        record = tables.get(p.kind, {}).get(p.ref)
        return record.note if record is not None else None

    def _evidence(self, p: Passage) -> str:
        """The record shown under a yes or no: a meeting's with its title and date, a person's or a term's
        with the name its description leaves out ("Vincent Biruta: Rwanda's Minister of …")."""
        meeting = self.kb.meetings.get(p.ref) if p.kind in lx.MEETING_KINDS else None
        if meeting is not None:
            return f"{meeting.title} ({meeting.date.human()}): {p.text}"
        name = self.kb.people[p.ref].name if p.kind == "person" and p.ref in self.kb.people else (
            self.kb.terms[p.ref].name if p.kind == "term" and p.ref in self.kb.terms else None)
        if name is not None and fold(name).lower() not in fold(p.text).lower():
            return f"{name}: {p.text}"
        return p.text

    def _only_described(self, p: Passage, named: str) -> Answer:
        """A claim not confirmed: the record found names what the claim is of (`named`: "them", "it") only in
        describing something else (a definition, not a record of the deed or the talks)."""
        return Answer("not_found", False, "Not confirmed by the records",
                      (f"The records name {named} only in describing something else:", self._passage_title(p)),
                      sources=(d.cite(self.kb, p.cited),), confidence=0.0)

    def _passage_title(self, p: Passage) -> str:
        if p.ref in self.kb.meetings:
            return self.kb.meetings[p.ref].title
        return p.text if len(p.text) < 90 else p.text[:87] + "..."

    @staticmethod
    def _figure_fits(query: Query, p: Passage) -> bool:
        """Whether the passage's figure counts what is asked: "how many companies" wants companies,
        "how much did it cost" wants money."""
        if p.quantity is None:
            # (a record with no figure of any kind gives none: "how big was the latest loan?" of "offering loans")
            return bool(_ANY_FIGURE.search(p.text.lower()))
        text = query.raw.lower()
        counted = asked.counted_noun(query)
        # The figure's own unit decides ("2 auto transformers" does not count generators, even in a
        # sentence that mentions generators).
        unit_words = set(content_stems(p.quantity.unit or p.text))
        if counted:
            wanted = stem(counted)
            asked_unit = {wanted, *SYNONYMS.get(wanted, ())}
            if not asked_unit & unit_words:
                return False
            # ("how many deminers?" of 24 demining cranes: the unit's last word is the thing counted, which the
            # question must name too; "demining" only says what kind of cranes)
            head = content_stems(p.quantity.unit)[-1:] if p.quantity.unit else []
            if head and not asked_unit & set(head) and head[0] not in {stem(w) for w in query.words}:
                return False  # (a slip for the unit's word is read as it by the speller: "how many demining crains")
        if re.search(r"\b(cost|price|worth|spend|spent|value|money|budget)\b", text):
            return bool(re.search(r"usd|dollar|yen|euro|\$|¥", f"{p.quantity.unit} {p.quantity.text}".lower()))
        if re.search(r"\b(weigh|weighs|weighed|weight|heavy|mass)\b", text):
            # "how much do the cranes weigh?": a weight, which a count of the cranes is not
            return bool(re.search(r"\b(?:kg|kilo\w*|tons?|tonnes?|pounds?|lbs?)\b",
                                  f"{p.quantity.unit} {p.quantity.text}".lower()))
        return True

    def _whole_given_at(self, query: Query, meeting: Meeting) -> Answer | None:
        """The record of a figure told of at `meeting` (made there, or reported by the same source) that counts what
        the question counts, given as the whole it is ("how many did she personally send?"); None when there is
        none."""
        counted = asked.counted_noun(query)
        if counted is None:
            return None
        wanted = {stem(counted), *SYNONYMS.get(stem(counted), ())}
        told = {*self.index.pledges_made_at.get(meeting.id, ()), *self.index.pledges_of_source.get(
            meeting.cited.source, ())}
        pledge = next((x for x in (self.kb.pledges[i] for i in sorted(told))
                       if x.quantity is not None
                       and wanted & set(content_stems(x.quantity.unit or x.statement))), None)
        return details.the_whole_given(self.kb, pledge) if pledge is not None else None

    def _statement(self, query: Query, p: Passage) -> Answer:
        if p.kind == "pledge" and p.quantity is not None and p.ref in self.kb.pledges and details.asks_ones_part(query):
            return details.the_whole_given(self.kb, self.kb.pledges[p.ref])
        if query.intent == "quantity" and not self._figure_fits(query, p):
            return Answer("not_found", False, "No figure in the records",
                          ("The source gives no figure for that.", f"Closest record: {p.text}"),
                          sources=(d.cite(self.kb, p.cited),))
        missing = date_part_missing(query.raw.lower(), p.date) if query.intent == "when" else None
        if missing is not None:
            # ("in which month did the embassy open?" of a record that gives the year alone: no month)
            known = f", only {p.date.human()}" if p.date is not None else ""
            return Answer("not_found", False, "No exact date in the records",
                          (f"The source gives no {'exact date' if missing == 'day' else missing}{known}.",
                           f"Closest record: {p.text}"),
                          sources=(d.cite(self.kb, p.cited),), confidence=0.0)
        if query.intent == "who" and p.kind == "fact" and lx.TOOK_PART.search(query.raw.lower()) \
                and not any(kind == "person" for kind, _ in p.entities | p.mentioned):
            # "Who else from the embassy took part?" of a fact that names no one: no one is the answer
            return Answer("not_found", False, "Not in the records",
                          ("The records found name no one who took part in that.", f"Closest record: {p.text}"),
                          sources=(d.cite(self.kb, p.cited),), confidence=0.0)
        if query.intent == "where" and lx.CITIES_ASKED.search(query.raw.lower()) \
                and not any(kind == "place" for kind, _ in p.entities | p.mentioned):
            # "which city in Japan was it signed in?" of a record that names the country alone: no city is given
            return Answer("not_found", False, "Not in the records",
                          ("The record found does not name the city.", f"Closest record: {p.text}"),
                          sources=(d.cite(self.kb, p.cited),), confidence=0.0)
        thing = self.kb.terms.get(p.ref) if p.kind == "term" else None
        if query.intent == "where" and (p.kind == "person" or thing is not None and not lx.gathering_term(thing.kind)) \
                and lx.GATHERING_NOUNS & set(re.findall(r"[a-z]+", query.raw.lower())):
            # "where was the forum held?" answered by a news outlet that reported it: where a gathering was held
            # is never told by the record of a person or of a thing that is not a gathering
            return Answer("not_found", False, "Not in the records",
                          ("The record found does not say where.", f"Closest record: {p.text}"),
                          sources=(d.cite(self.kb, p.cited),), confidence=0.0)
        lines = [p.text]
        if query.intent == "when" and p.date is not None and p.date.human() not in p.text:
            lines.append(f"Date: {p.date.human()}")
        if _COUNTRY_OF_PLACE_ASKED.search(query.raw.lower()):
            # "in which city and country?" of a record naming a city only: the country the records place it in
            placed = [(place.name, country.name) for k, i in sorted(p.entities | p.mentioned) if k == "place"
                      and (place := self.kb.places.get(i)) is not None
                      and (country := self.kb.countries.get(place.country)) is not None and country.name not in p.text]
            lines.extend(f"{name} is in {country}." for name, country in placed[:2])
        if query.intent == "quantity" and p.quantity is not None and p.quantity.text not in p.text:
            unit = "" if p.quantity.unit.lower() in p.quantity.text.lower() else f" {p.quantity.unit}"
            lines.append(f"Figure: {p.quantity.text}{unit}")
        note = getattr(self.kb.facts.get(p.ref) or self.kb.pledges.get(p.ref), "note", None)
        if note:
            lines.append(f"Note: {note}")
        title = {"fact": "Fact", "pledge": f"{self.index.home_name}'s support",
                 "term": self.index.entity_name(("term", p.ref)),
                 "person": self.index.entity_name(("person", p.ref))}.get(p.kind, "Answer")
        people = self._people_in_order(query, p)
        # ("Where did Hayashi pay tribute?" → "what happened there?": the place the fact gives first, when
        # the place was what was asked, or a thing there was: "which memorial did he visit?")
        fact = self.kb.facts.get(p.ref) if p.kind == "fact" and (query.intent == "where" or query.asked) else None
        places = list(fact.places[:1]) if fact is not None else []
        return Answer(p.kind, True, title, tuple(lines), sources=(d.cite(self.kb, p.cited),),
                      focus=Focus(items=(f"{p.kind}:{p.ref}",), people=people, meeting=self._meeting_told_of(p),
                                  countries=tuple(e[1] for e in sorted(p.entities) if e[0] == "country"),
                                  place=places[0] if len(places) == 1 else None,
                                  date=p.date.iso() if p.date else None))

    def _names_anyone(self, p: Passage) -> bool:
        """Whether the text of `p` names someone it is about or mentions (by their family name at least)."""
        text = p.text.lower()
        return any(person.family_name.lower() in text for kind, ident in p.entities | p.mentioned
                   if kind == "person" and (person := self.kb.people.get(ident)) is not None)

    def _meeting_told_of(self, p: Passage) -> str | None:
        """The one meeting a fact tells of: dated its day and naming someone or something of it ("over 200
        companies took part in the forum": the forum; "who represented Japan there?" is then of it)."""
        if p.kind != "fact" or p.date is None or p.date.precision != "day":
            return None
        named = {e for e in p.entities if e[0] in ("person", "term")}
        day = p.date.first_day()
        told = {x.ref for x in self.dated_between(day, day) if x.kind == "meeting" and x.date == p.date
                and named & x.entities}
        return min(told) if len(told) == 1 else None

    @staticmethod
    def _held_at_claim(query: Query, kind: str, ident: str, meeting: Meeting) -> bool:
        """Whether a name the meeting's record lacks is a claim of where or at what the meeting was held
        ("in Tokyo", "part of a TICAD event"), which the record's own venue and occasion contradict; a
        name in any other part of the claim ("invite him to the next summit") is only not confirmed."""
        if kind in ("place", "country"):
            # ("did A invite B to Tokyo?": the place of an invitation, which the meeting's place does not deny)
            starts = [m.start for m in query.mentions if (m.kind, m.id) == (kind, ident)]
            return not any(query.words[s - 1] == "to" and _INVITED.search(" ".join(query.words[:s])) for s in starts
                           if s > 0)
        if kind != "term" or meeting.occasion is None:
            return False
        starts = [m.start for m in query.mentions if (m.kind, m.id) == (kind, ident)]
        return any(set(query.words[max(0, s - 3):s]) & {"at", "during", "of", "in"} for s in starts)

    def _named_then(self, p: Passage, dates: DateFilter) -> bool:
        """Whether a record dated within `dates` names the thing or person `p` is the record of ("the
        program signed in December 2022": a meeting of that month names the program)."""
        own = (p.kind, p.ref)
        if dates.start is not None and dates.end is not None and dates.start.year != dates.end.year \
                and all(str(y) in p.text for y in (dates.start.year, dates.end.year)):
            return True  # "the 2023-2025 program": the years it covers, not when it is dated
        return any(own in x.entities | x.mentioned for x in self.dated_between(dates.start, dates.end)
                   if x.date is not None and dates.matches(x.date.first_day(), x.date.last_day()))

    def dated_between(self, start: dt.date | None, end: dt.date | None) -> list[Passage]:
        """The dated records that may fall between `start` and `end` (a superset the caller checks):
        a record dated by month or year begins up to a year before its last day."""
        return [self.index.passages[n] for n in self.index.dated_within(start, end)]

    @cached_property
    def recipients(self) -> frozenset[str]:
        """The countries any pledge is to, and those any meeting is with."""
        return frozenset(p.recipient for p in self.kb.pledges.values()) | frozenset(self.index.covered_countries)

    @cached_property
    def announced(self) -> dict[str, frozenset[str]]:
        """Person -> the countries of the pledges the records say that person announced."""
        found: dict[str, set[str]] = {}
        for p in self.kb.pledges.values():
            if p.announced_by:
                found.setdefault(p.announced_by, set()).add(p.recipient)
        return {person: frozenset(countries) for person, countries in found.items()}

    @cached_property
    def pledges_of_meeting(self) -> dict[str, tuple[Pledge, ...]]:
        """Meeting or visit -> the pledges linked to it, in the order of their ids (read once, not per question)."""
        found: dict[str, list[Pledge]] = {}
        for p in sorted(self.kb.pledges.values(), key=lambda x: x.id):
            for key in dict.fromkeys(k for k in (p.meeting, p.trip) if k):
                found.setdefault(key, []).append(p)
        return {key: tuple(pledges) for key, pledges in found.items()}

    @cached_property
    def pledged_meetings(self) -> frozenset[str]:
        """The meetings some pledge is linked to."""
        return frozenset(p.meeting for p in self.kb.pledges.values() if p.meeting)

    def _partner_countries(self, groups: list[set[tuple[str, str]]]) -> set[str]:
        """The countries other than the home country that a question names, itself or by its people."""
        found = set()
        for g in groups:
            kinds = {kind for kind, _ in g}
            if kinds == {"person"}:  # a person, or the people "him" may be: their countries
                found |= {c for _, ident in g if (c := getattr(self.kb.people.get(ident), "country", None))}
            elif kinds == {"country"} and len(g) == 1:
                found |= {ident for _, ident in g}
            elif kinds == {"pledge"}:  # "them" after a pledge: its recipient
                found |= {p.recipient for _, ident in g if (p := self.kb.pledges.get(ident)) and p.recipient}
        return found - {self.index.home}

    def _people_in_order(self, query: Query, p: Passage) -> tuple[str, ...]:
        """The people of a passage, those the question named first, then as its text names them (a
        follow-up's "she" is the first of them; never the order of a set)."""
        people = {e[1] for e in p.entities if e[0] == "person"}
        named = [m.id for m in query.mentions if m.id in people]

        def position(person: str) -> tuple[int, str]:
            record = self.kb.people.get(person)
            names = (record.family_name, record.name) if record else ()
            found = [p.text.find(n) for n in names if n and n in p.text]
            return (min(found) if found else len(p.text), person)

        return tuple(dict.fromkeys([*named, *sorted(people, key=position)]))

    def _telling(self, query: Query, best: Scored, scored: list[Scored]) -> Scored:
        """When the best passage's own words name nothing the question names, the passage of the same meeting
        that fits the claim as well and whose words say most of it ("was it during the UN General Assembly?": the
        account that says so, not a point discussed there, which is of that meeting too)."""
        if best.passage.kind not in ("topic", "outcome"):
            return best
        names = [self.index.names.written_as(m.kind, m.id) for m in query.mentions]
        if not names:
            return best

        def named(x: Scored) -> int:
            text = f" {' '.join(tokens(fold(x.passage.text).lower()))} "
            return sum(1 for forms in names if any(f" {f} " in text for f in forms))

        def told(x: Scored) -> int:
            said = set(content_stems(x.passage.text))
            return named(x) + sum(1 for k in query.keywords if k in said)
        if named(best):
            return best  # (it says something the question names: that is its account)
        alike = [x for x in scored if x.passage.ref == best.passage.ref and x.passage.kind in lx.MEETING_KINDS
                 and x.entities_missing <= best.entities_missing and x.coverage >= thresholds.YES_COVERAGE]
        found = max(alike, key=told, default=best)
        return found if named(found) and told(found) > told(best) else best

    def _yes_no(self, query: Query, best: Scored, scored: list[Scored],
                extra: Sequence[set[tuple[str, str]]] = ()) -> Answer:
        if lx.EITHER_ORDER.search(query.raw.lower()):
            # "Was it signed before or after the talks?" is answered by an order, never by "yes": the one
            # the record's own words give, if they give one.
            # (of the records that fit the question, the first whose words give the order)
            for close in scored[:_CLOSE_RECORDS]:
                p = close.passage
                said = {way for way, words in SAID_ORDER.items() if words.search(f"{p.text} {p.cited.quote}".lower())}
                if len(said) == 1 and not close.entities_missing and close.coverage >= thresholds.YES_COVERAGE:
                    way = said.pop()
                    shown = p.text if SAID_ORDER[way].search(p.text.lower()) else p.cited.quote
                    return Answer("yes_no", True, "After" if way else "Before", (shown,),
                                  sources=(d.cite(self.kb, p.cited),), confidence=close.coverage)
            p = best.passage
            return Answer("not_found", False, "Not in the records",
                          ("The records found do not say which came first.",
                           f"Closest record: {self._passage_title(p)}"),
                          sources=(d.cite(self.kb, p.cited),), confidence=0.0)
        ordered = self.order_stated(query, scored) or self._done_apart(query, scored)
        if ordered is not None:
            return ordered
        staged_claim = self._staged(query, scored) if not best.entities_missing else None
        if staged_claim is not None:
            return staged_claim
        # Who the claim is about: the people it names, and the one holder of a post it describes ("Has
        # Rwanda's president visited Japan?").
        claimed_ids = [m.id for m in query.mentions if m.kind == "person"]
        claimed_ids += [i for g in extra if len(g) == 1 for k, i in g if k == "person" and i not in claimed_ids]
        claimants = [self.kb.people[i] for i in claimed_ids if i in self.kb.people]
        if best.passage.kind == "term":
            # "Has Kagame visited Japan three times under TICAD?": a record of what was done, which fits as well as
            # the definition of the thing named, is the account of it
            alike = next((x for x in scored[1:thresholds.CLOSE_RECORDS] if x.passage.kind != "term"
                          and x.coverage >= best.coverage - 1e-9 and x.entities_missing <= best.entities_missing),
                         None)
            best = alike or best
        told = (best.passage.kind == "fact" and not best.entities_missing and best.coverage >= thresholds.YES_COVERAGE
                and any(says(best.passage, name_forms(x)) for x in claimants))
        agent = self.verifier.claimed_agent(query)
        if agent is not None and self.verifier.one_agent(agent[1]):
            # "Was it Kuleba who hosted the G7 meeting?": what one person does, settled by the record that says
            # who did it, before any meeting is looked for among his
            # (a "yes" waits for the checks below: "did Kamikawa host it in Tokyo?")
            by_other = self._done_by_other(query, scored)
            if by_other is not None and by_other.title.startswith("No"):
                return by_other
        # (a claim only that a meeting took place: the countries it names are its sides, not what it told of)
        sides = [g for g in entity_groups(query) if all(k == "country" for k, _ in g)] \
            if set(query.keywords) <= lx.GATHERING_WORDS else []
        if ((lx.ABOUT_MEETING.search(query.raw.lower()) or lx.GATHERING_HELD.search(query.raw.lower()))
                and (best.passage.kind not in lx.MEETING_KINDS or not self._of_sides(best.passage, sides))
                and not lx.TALKED_ABOUT.search(query.raw.lower()) and not told):  # "did they talk about X?": a subject
            # "Did Japan meet Uzbekistan before 2024?" wants a meeting, not any record naming both; "has Kagame
            # visited Japan?" is answered by a fact of which he is the subject ("Kagame has visited Japan ...");
            # "did Japan meet Tajikistan?" a meeting with it, not one whose text only mentions it.
            meetings = [s for s in scored if s.passage.kind in lx.MEETING_KINDS and not s.entities_missing
                        and self._of_sides(s.passage, sides)]
            if not meetings:
                return self._yes_no_other_dates(query, best)
            best = meetings[0]
        if best.passage.kind == "term" and claimants and not any(
                says(best.passage, name_forms(x)) for x in claimants):
            # "Did Usmanov and Ikegami sign an agreement?": a definition that names them (a news outlet
            # "published the article on the Usmanov–Ikegami meeting") says nothing they did.
            deeds = [x for x in scored if x.passage.kind != "term" and not x.entities_missing]
            if not deeds and query.dates is not None and (any(w in MONTHS for w in tokens(query.raw.lower()))
                                                           or _YEAR_SAID.search(query.raw)):
                # "was Hayashi in Kyiv on 19 September?": nothing of them that day; what they did on other days (a
                # day said, not counted from another: "the previous year" may be of a year the records do not know)
                return self._yes_no_other_dates(query, best)
            if not deeds:
                return self._only_described(best.passage, "them")
            best = deeds[0]
        if best.passage.kind == "term" and lx.TALKED_ABOUT.search(query.raw.lower()):
            # "did the Uzbek one discuss Afghanistan?": a definition that names it ("a news outlet covering Central
            # Asia and Afghanistan") tells of no talks; a record of talks that names it does, or nothing
            talks = [x for x in scored if x.passage.kind != "term" and not x.entities_missing]
            if not talks:
                return self._only_described(best.passage, "it")
            best = talks[0]
        p = best.passage
        meeting = self.kb.meetings.get(p.ref) if p.kind == "meeting" else None
        people = [g for g in entity_groups(query) if all(k == "person" for k, _ in g)]
        missing = [g for g in entity_groups(query) if not self._names(p, g)]
        at_home = any(kind == "country" and key == self.index.home and not outside
                      for kind, key, outside in query.venues)
        if meeting is not None and at_home and self.meetings.held_in(meeting, "country", self.index.home) is False:
            # "Kagame met Kishida in Japan, right?" of a meeting held abroad: the home country as a place claimed
            missing = [{("country", self.index.home)}]
        if meeting is None and len(people) >= 2:
            # "Did Kuleba host Kamikawa in Kyiv?": a fact of their meeting ranked as high as the meeting's own account,
            # which says where they met
            tied = next((x for x in scored if x.coverage >= best.coverage and x.passage.kind == "meeting"), None)
            meeting = self.kb.meetings.get(tied.passage.ref) if tied is not None else None
        if meeting is None and not people and best.entities_missing:
            # "Did the G7 foreign ministers gather in Tokyo on 18 September?" of a fact of that meeting: the one
            # meeting of the names and dates the question gives says where it was
            named = [g for g in entity_groups(query) if g not in missing]
            held_then = self.meetings.filter_meetings(named, replace(query, venues=())) if named else []
            meeting = held_then[0] if len(held_then) == 1 else None
        # ("did Japan give Kyrgyzstan medical equipment like Rwanda?" claims a thing given, not where a meeting was)
        gathered = not people and "pledge" not in query.aspects and bool(missing) \
            and len(missing) < len(entity_groups(query)) and all(
            kind in ("place", "country") for g in missing for kind, _ in g) and meeting is not None and (
            query.dates is None or query.dates.matches(meeting.date.first_day(), meeting.date.last_day()))
        # ("did A invite B to visit Kyiv?" claims an invitation, not that they met in Kyiv)
        if (meeting is not None and (best.entities_missing or at_home and missing)
                and not ASKED_TO_GO.search(" ".join(query.words))
                and (len(people) >= 2 and all(g & p.entities for g in people) or gathered)
                and all(self._held_at_claim(query, kind, ident, meeting) for g in missing for kind, ident in g)
                and all(self.meetings.held_in(meeting, kind, ident) is False for g in missing for kind, ident in g)):
            # The people did meet, but not where or when the question says: the record contradicts it.
            where = d.meeting_place(self.kb, meeting) or "a place the source does not name"
            return Answer("yes_no", True, "No, not according to the records",
                          (f"The records show {meeting.title} in {where} {d.on_date(meeting.date)}.",),
                          sources=(d.cite(self.kb, meeting.cited),), focus=self.meetings.meeting_focus(meeting),
                          confidence=best.coverage)
        began_by = query.dates.named_end if query.dates is not None else None
        if (began_by is not None and p.date is not None and not best.entities_missing
                and best.coverage >= thresholds.YES_COVERAGE and lx.STATE_SINCE.search(query.raw.lower())
                and p.date.first_day() > began_by):
            # "Has Japan had an embassy in Kigali since the 1960s?" of one opened in 2010: not that long.
            return Answer("yes_no", True, "No, not according to the records",
                          (f"The records date it {d.on_date(p.date)}: {p.text}",),
                          sources=(d.cite(self.kb, p.cited),), focus=self._asked_focus(query, None, p),
                          confidence=best.coverage)
        claimed_spans, record_spans = asked.year_ranges(query.raw), asked.year_ranges(p.text)
        spans_stated = claimed_spans & record_spans  # "for 2023-2025": what it covers, not when it is dated
        held = self.kb.meetings.get(p.ref) if query.japan_time else None
        if query.dates is not None and not spans_stated and (
                p.date is None or not (dated_as_asked(held, query.dates, True, claimed=True) if held is not None
                                       else query.dates.matches(p.date.first_day(), p.date.last_day()))):
            # ("on 20 September, Japan time?" of a meeting of 20 September in New York, the 21st in Japan: no)
            return self._yes_no_other_dates(query, best)
        if query.dates is not None and not spans_stated and not best.entities_missing:
            dated_otherwise = self._thing_dated_otherwise(query, best, extra)
            if dated_otherwise is not None:
                return dated_otherwise
        if best.entities_missing and query.dates is not None:
            # "Did the Uzbek embassy in Tokyo open in 1993?": the record of that very embassy, at its date.
            contradicted = self._dated_otherwise(query, [])
            if contradicted is not None:
                return contradicted
        for claimed_manner, recorded_manner in lx.MANNER_CONTRADICTED:
            if best.entities_missing or not claimed_manner.search(query.raw.lower()):
                continue
            # "Did Japan give the aid straight to the Kyrgyz government?" of aid given "via international
            # organizations"
            against = next((x.passage for x in scored[:thresholds.CLOSE_RECORDS] if not x.entities_missing
                            and x.coverage >= best.coverage - 0.25
                            and recorded_manner.search(f"{x.passage.text} {x.passage.cited.quote}")), None)
            if against is not None:
                return Answer("yes_no", True, "No, not according to the records", (against.text,),
                              sources=(d.cite(self.kb, against.cited),), confidence=best.coverage,
                              focus=self._asked_focus(query, None, against))
        if best.entities_missing or best.coverage < thresholds.YES_COVERAGE:
            return Answer("not_found", False, "Not in the records",
                          ("The knowledge base has no record of that.",
                           f"Closest record: {self._passage_title(p)}"),
                          sources=(d.cite(self.kb, p.cited),), confidence=best.coverage)
        meeting = self.kb.meetings.get(p.ref)
        evidence = self._evidence(p)
        part = lx.PART_OF_DAY.search(query.raw.lower())
        if part is not None and meeting is not None and p.kind in lx.MEETING_KINDS and query.dates is None:
            # "was it a morning meeting?" of the meeting found: its recorded time of day, or that it gives none
            return self.yesno.time_of_day_claim(meeting, part.group(1), query.home if query.japan_time else "")
        if _ONLY_ABOUT.search(query.raw.lower()):
            # "Were the 14 agreements only about IT and education?": the records that name more than that
            beyond = [x.passage for x in scored[:_CLOSE_RECORDS] if not x.entities_missing
                      and x.coverage >= best.coverage - 0.25 and lx.MORE_THAN.search(x.passage.text)]
            # with the points of the same meeting that name the rest ("… medicine were also addressed")
            beyond += [self.index.passages[n] for ref in dict.fromkeys(x.ref for x in beyond if x.kind in
                                                                       lx.MEETING_KINDS)
                       for n in self.index.by_entity.get(("meeting", ref), ())
                       if self.index.passages[n].kind == "topic" and lx.MORE_THAN.search(self.index.passages[n].text)]
            if beyond:
                listed = sorted(dict.fromkeys(beyond), key=lambda x: x.kind != "topic")[:4]  # the points first
                return Answer("yes_no", True, "No, not according to the records",
                              tuple(dict.fromkeys(x.text for x in listed)),
                              sources=tuple(d.cite(self.kb, x.cited) for x in listed),
                              focus=self._asked_focus(query, meeting, p), confidence=best.coverage)
        claimed = asked.claimed_figures(query.raw)
        figures = asked.figures_verdict(claimed, asked.record_figures(p)) if claimed else True
        if figures is not True and (spelt := asked.claimed_figures(" ".join(query.words))) \
                and spelt != claimed:
            # ("more than 1500 genrators": the thing counted as the words are corrected)
            corrected = asked.figures_verdict(spelt, asked.record_figures(p))
            if corrected is not None:
                claimed, figures = spelt, corrected
        if figures is None:
            # "more than 1,000 generators?" when two records fit as well and only the other gives their figure
            decided = next(((x.passage, v) for x in scored[1:_CLOSE_RECORDS]
                            if not x.entities_missing and x.coverage >= best.coverage - 1e-9
                            and (v := asked.figures_verdict(claimed, asked.record_figures(x.passage))) is not None),
                           None)
            if decided is not None:
                p, figures = decided
                meeting = self.kb.meetings.get(p.ref)
                evidence = self._evidence(p)
        if figures is False:
            # "Did Japan pledge 42 demining cranes?": the record names the thing with another figure.
            return Answer("yes_no", True, "No, not according to the records", (evidence,),
                          sources=(d.cite(self.kb, p.cited),), focus=self._asked_focus(query, meeting, p),
                          confidence=best.coverage)
        if figures is None:
            # "Did Japan pledge 24 generators during the visit?" when the records of the visit give 24 for
            # another thing (cranes) and no figure of generators: the claim took one figure for another.
            mixed = next(((x.passage, other) for x in scored[:_CLOSE_RECORDS]
                          if not x.entities_missing and x.entities_matched
                          and (other := asked.other_thing_counted(claimed, asked.record_figures(x.passage)))),
                         None)
            if mixed is not None and not any(asked.figures_verdict(claimed, asked.record_figures(x.passage))
                                             for x in scored[:_CLOSE_RECORDS] if not x.entities_missing):
                record, other = mixed
                return Answer("yes_no", True, "No, not according to the records",
                              (f"The records give {other[0]:g} for another thing:", record.text),
                              sources=(d.cite(self.kb, record.cited),),
                              focus=self._asked_focus(query, meeting, record),
                              confidence=best.coverage)
            # "Did Japan send 2,000 generators?" of "more than 1,500": the record's figure leaves it open.
            return Answer("not_found", False, "Not confirmed by the records",
                          ("The closest record gives no figure that confirms or rules out the one asked about:",
                           evidence),
                          sources=(d.cite(self.kb, p.cited),), focus=self._asked_focus(query, meeting, p),
                          confidence=0.0)
        if claimed_spans and record_spans and not claimed_spans <= record_spans:
            # "Is the programme for 2022-2024?": the record gives the span, another one.
            return Answer("yes_no", True, "No, not according to the records", (evidence,),
                          sources=(d.cite(self.kb, p.cited),), focus=self._asked_focus(query, meeting, p),
                          confidence=best.coverage)
        by_other = self._done_by_other(query, scored)
        if by_other is not None:
            return by_other
        timed = meeting if meeting is not None and query.clocks else None
        began = timed.local_time if timed is not None else None
        ended = ENDED_ASKED.search(query.raw.lower()) is not None
        if timed is not None and began:
            # "did it start at 4:30?", "so it ended around 3:10?" of a meeting whose record gives its start (and
            # length): the time claimed against the one the record gives (an end, worked out from both)
            fits = began_at(timed, query.clocks, query.japan_time, ended=ended)
            start = dt.datetime.combine(timed.date.first_day(), dt.time.fromisoformat(began))
            minutes = timed.duration_minutes or 0
            lasted = f" and lasted about {minutes} minutes" if minutes else ""
            end = f", so it ended at about {twelve_hour((start + dt.timedelta(minutes=minutes)).time())}" \
                if minutes else ""
            timing = (f"{timed.title} began at {began} ({twelve_hour(start.time())}) local time{lasted}{end}, "
                      f"{d.on_date(timed.date)}.")
            if not fits or ended:
                return Answer("yes_no", True, "Yes" if fits else "No, not according to the records", (timing, evidence),
                              sources=(d.cite(self.kb, timed.cited),), focus=self._asked_focus(query, timed, p),
                              confidence=best.coverage)
        claimed_by = next((m for m in (lx.AT_REQUEST.search(query.raw), lx.AT_REQUEST_ASKED.search(query.raw))
                           if m is not None and (m.group("before") or m.group("after"))), None)
        # (the record found, else a close one that says at whose request: "… at the request of the IMF")
        requested = next(((x, found) for x in (p, *(y.passage for y in scored[:_CLOSE_RECORDS]
                                                    if not y.entities_missing))
                          if (found := lx.AT_REQUEST.search(f"{x.text} {x.cited.quote}")) is not None),
                         None) if claimed_by is not None else None
        if claimed_by is not None and requested is not None:
            requester, recorded_by = requested
            asker = (claimed_by.group("before") or claimed_by.group("after") or "").lower()
            actual = (recorded_by.group("before") or recorded_by.group("after") or "").lower()
            if asker and actual and asker not in actual and actual not in asker:
                # "at the World Bank's request?" of a record saying "at the request of the IMF"
                return Answer("yes_no", True, "No, not according to the records", (self._evidence(requester),),
                              sources=(d.cite(self.kb, requester.cited),),
                              focus=self._asked_focus(query, None, requester), confidence=best.coverage)
        pledge = self.kb.pledges.get(p.ref) if p.kind == "pledge" else None
        if pledge is not None and pledge.status != "provided" and lx.DONE_CLAIM.search(query.raw.lower()):
            # "Were the transformers actually delivered?" of a pledge the records show as only planned; a
            # record of the same thing provided answers it
            done = next((x.passage for x in scored[:5] if x.passage.kind == "pledge" and not x.entities_missing
                         and (k := self.kb.pledges.get(x.passage.ref)) is not None and k.status == "provided"
                         and not self.verifier.unconfirmed_words(query, x.passage)), None)
            if done is not None:
                return Answer("yes_no", True, "Yes", (done.text,), sources=(d.cite(self.kb, done.cited),),
                              focus=self._asked_focus(query, None, done), confidence=best.coverage)
            return self.not_shown_done(pledge, evidence, self._asked_focus(query, meeting, p))
        other_host = self._hosted_by_other(query, p)
        if other_host is not None:
            return Answer("yes_no", True, "No, not according to the records", (f"{other_host}: {p.text}",),
                          sources=(d.cite(self.kb, p.cited),), focus=self._asked_focus(query, meeting, p),
                          confidence=best.coverage)
        if lx.REQUEST_CLAIM.search(query.raw.lower()) and not lx.REQUEST_SAID.search(f"{p.text} {p.cited.quote}"):
            # "Did Kuleba ask Japan for more generators?": a record of generators sent is no record of a request
            return Answer("not_found", False, "Not confirmed by the records",
                          ("The closest record says nothing of anyone asking for it:", evidence),
                          sources=(d.cite(self.kb, p.cited),), focus=self._asked_focus(query, meeting, p),
                          confidence=0.0)
        by_other = self._pledged_by_other(query, p, evidence)
        if by_other is not None:
            return by_other
        unconfirmed = self.verifier.unconfirmed_words(query, p)
        ahead = lx.AHEAD_CLAIMED.search(query.raw.lower())
        ahead_words = set(content_stems(ahead.group(0))) | _ORDER_STEMS if ahead is not None else set()
        same_day = _SAME_DAY.search(f"{p.text} {p.cited.quote}") if ahead is not None and all(
            # (what was done ahead is what the record says was done that day: "prepared beforehand" is another act)
            asked.has_word(p, k) for k in query.keywords if k not in ahead_words and k not in lx.LIGHT_STEMS) else None
        if same_day is not None:
            # "was the trip announced several days before he arrived?" of one announced on the day he arrived
            return Answer("yes_no", True, "No, not according to the records",
                          (f"The records say it was the same day, “{same_day.group(0)}”:", evidence),
                          sources=(d.cite(self.kb, p.cited),),
                          focus=self._asked_focus(query, meeting, p), confidence=best.coverage)
        alternative = _exclusive_other(query, unconfirmed, f"{p.text} {p.cited.quote}") \
            or _post_of_another(query.raw, f"{p.text} {p.cited.quote}")
        if alternative is not None:
            # "was he the second governor?" of "the first Governor": one of things that can be only one, another
            return Answer("yes_no", True, "No, not according to the records",
                          (f"The records say “{alternative}”:", evidence), sources=(d.cite(self.kb, p.cited),),
                          focus=self._asked_focus(query, meeting, p), confidence=best.coverage)
        if self._signer_unsaid(query, p):
            # "did Kulubaev personally sign the program?" of a record that says it was signed, not by whom
            return Answer("not_found", False, "Not confirmed by the records",
                          ("The records do not say who signed it:", evidence), sources=(d.cite(self.kb, p.cited),),
                          focus=self._asked_focus(query, meeting, p), confidence=0.0)
        if unconfirmed:
            # "Was the aid a response to an earthquake?": the record found says nothing of an earthquake.
            shown = ", ".join(f"“{w}”" for w in unconfirmed)
            return Answer("not_found", False, "Not confirmed by the records",
                          (f"The closest record says nothing of {shown}:", evidence),
                          sources=(d.cite(self.kb, p.cited),), focus=self._asked_focus(query, meeting, p),
                          confidence=0.0)
        other_month = _month_said_otherwise(query, p)
        if other_month is not None:
            # "did Japan provide the aid in December 2022?" of a meeting that month thanking Japan for "the aid of
            # October": the month the record's own words give the thing, not the date of the meeting that told of it
            return Answer("yes_no", True, "No, not according to the records",
                          (f"The records say “{other_month}”:", evidence), sources=(d.cite(self.kb, p.cited),),
                          focus=self._asked_focus(query, meeting, p), confidence=best.coverage)
        account = self._telling(query, best, scored).passage
        if account is not p:
            evidence, p = self._evidence(account), account  # (the account that says it, of the same meeting)
        return Answer("yes_no", True, "Yes", (evidence,), sources=(d.cite(self.kb, p.cited),),
                      focus=self._asked_focus(query, meeting, p), confidence=best.coverage)

    def _signer_unsaid(self, query: Query, p: Passage) -> bool:
        """Whether a claim names someone as signing ("did Kulubaev (personally) sign …?") and the record found does
        not say who signed: naming who met where it was signed is not naming who signed."""
        # ("did Hayashi and Kulubaev sign anything?": of their meeting, whatever was signed at it)
        ends = [m.end for m in query.mentions if m.kind == "person"]
        claimed = any(stem(w) in SIGNING.words and [e for e in ends if e <= i] in ([i], [i - 1])
                      for i, w in enumerate(query.words))
        return claimed and (p.kind in lx.MEETING_KINDS or not self.verifier.agent_named(SIGNING, p))

    def _pledged_by_other(self, query: Query, p: Passage, evidence: str) -> Answer | None:
        """"Did Kuleba pledge generators?" of a pledge of Japan's that Kamikawa announced: the one claimed to have
        made it did not. A person of the receiving side did not give; one of the giving side whom the record does
        not name as announcing it is not confirmed."""
        if query.words[:1] not in (("did",), ("has",), ("had",), ("does",), ("will",)) \
                or not _PLEDGE_VERB.fullmatch(next(iter(query.words[2:3]), "")):
            return None
        # (the pledge itself, or the one of the meeting found that the claim's words name)
        made_there = [self.kb.pledges[x] for x in self.index.pledges_made_at.get(p.ref, ())] \
            if p.kind in lx.MEETING_KINDS else []
        pledge = self.kb.pledges.get(p.ref) if p.kind == "pledge" else min(
            (x for x in made_there if set(query.keywords) & set(content_stems(f"{x.item} {' '.join(x.keywords)}"))),
            key=lambda x: x.id, default=None)
        if pledge is None:
            return None
        subject = next((m.id for m in query.mentions if m.kind == "person" and m.start == 1 and m.end == 2
                        and m.id in self.kb.people), None)
        if subject is None or subject == pledge.announced_by:
            return None
        person = self.kb.people[subject]
        said = evidence if p.kind == "pledge" else pledge.statement
        if person.country == pledge.donor:
            if pledge.announced_by is None:
                return None  # (a pledge of his country that the record says no one announced)
            return Answer("not_found", False, "Not confirmed by the records",
                          (f"The records give {self.kb.people[pledge.announced_by].name} as announcing it, not "
                           f"{person.name}:", said), sources=(d.cite(self.kb, pledge.cited),), confidence=0.0,
                          focus=self._asked_focus(query, None, p))
        return Answer("yes_no", True, "No, not according to the records",
                      (f"{person.name} is of the receiving side; the records give this as "
                       f"{self.index.entity_name(('country', pledge.donor))}'s:", said),
                      sources=(d.cite(self.kb, pledge.cited),), confidence=0.8, focus=self._asked_focus(query, None, p))

    def absent_from_meeting_named(self, query: Query, meant: Sequence[str] = ()) -> str | None:
        """Of a claim that someone took part in a meeting named by the words of its title ("the Ostra summit"),
        why the records do not confirm it: the one meeting those words name does not have them among its
        people (those the question names, and `meant`, those its pronouns stand for). None when the claim is
        of no such thing, or the words name no one meeting."""
        if not _ATTENDED.search(query.raw.lower()):
            return None
        people = [m for m in query.mentions if m.kind == "person"]
        if not people and not meant:
            return None
        named = {stem(w) for m in people for w in query.words[m.start:m.end]}
        # (the words of the meeting's name, a gathering's name among them: "the Ostra summit")
        titled = {stem(w) for m in query.mentions if m.kind in ("term", "place") for w in query.words[m.start:m.end]}
        wanted = (set(query.keywords) | titled) - lx.GATHERING_WORDS - lx.TRIP_WORDS - named - _ATTEND_STEMS
        if not wanted:
            return None
        # (among the meetings of what the question names, through the index: never a scan of every meeting)
        by_entity = self.index.meetings_by_entity
        candidates = sorted({key for m in query.mentions for key in by_entity.get((m.kind, m.id), ())
                             if key in self.kb.meetings})
        shared = {key: len(set(content_stems(self.kb.meetings[key].title)) & wanted) for key in candidates}
        most = max(shared.values(), default=0)
        fits = [key for key, n in shared.items() if n == most]
        if most == 0 or len(fits) != 1:
            return None
        held = self.kb.meetings[fits[0]]
        missing = [i for i in (*(m.id for m in people), *meant) if i not in held.participants]
        if not missing:
            return None
        if not held.partner_side_stated:
            # (a record naming only its host: whoever else took part, it does not say)
            return (f"The records hold {held.title} ({held.date.human()}) but do not say who took part "
                    "besides those they name.")
        return (f"The record of {held.title} ({held.date.human()}) does not name "
                f"{self.index.entity_name(('person', missing[0]))} among those who took part.")

    def _due_asked(self, query: Query, pledge: Pledge | None, best: Scored, scored: list[Scored]) -> Answer | None:
        """"When are those cranes due?" of the pledge found, or of the pledge of the thing asked found as close as a
        meeting that tells of it ("by when are the transformers supposed to get to Ukraine?"), or of the things pledged
        at the meeting found ("… → when do they arrive?"): the date due, or that the records give none."""
        if pledge is not None:
            return self._due(pledge, best.passage)
        wanted = set(query.keywords)
        due = next((x for x in scored if x.coverage >= best.coverage - 1e-9 and x.passage.kind == "pledge"
                    and not x.entities_missing and x.passage.ref in self.kb.pledges
                    and set(content_stems(self.kb.pledges[x.passage.ref].item)) <= wanted), None)
        if due is not None:
            return self._due(self.kb.pledges[due.passage.ref], due.passage)
        if best.passage.kind not in lx.MEETING_KINDS or wanted - _DUE_WORDS - lx.LIGHT_STEMS:
            return None
        at_meeting = self.pledges_of_meeting.get(best.passage.ref, ())
        if len(at_meeting) == 1:
            its_passage = next((x.passage for x in scored if x.passage.kind == "pledge"
                                and x.passage.ref == at_meeting[0].id), None)
            if its_passage is not None:
                return self._due(at_meeting[0], its_passage)
        if at_meeting and all(x.due is None for x in at_meeting):
            return Answer("not_found", False, "No due date in the records",
                          ("The records give no date by which what was pledged there is due:",
                           *(f"– {x.statement}" for x in at_meeting)),
                          sources=tuple(d.cite(self.kb, x.cited) for x in at_meeting[:3]), confidence=0.0)
        return None

    def _due(self, pledge: Pledge, p: Passage) -> Answer:
        """"When are those cranes due?", "by when will the transformers be delivered?": the date the record
        gives them as due by, never the date they were pledged on; said missing when it gives none."""
        focus = Focus(items=(f"pledge:{pledge.id}",), date=pledge.due.iso() if pledge.due else None)
        if pledge.due is None:
            known = f" It gives the date of the pledge: {pledge.date.human()}." if pledge.date is not None else ""
            return Answer("not_found", False, "No due date in the records",
                          (f"The record does not say by when it is to be delivered.{known}", p.text),
                          sources=(d.cite(self.kb, pledge.cited),), focus=focus, confidence=0.0)
        return Answer("pledge", True, f"Due by {pledge.due.human()}", (p.text,),
                      sources=(d.cite(self.kb, pledge.cited),), focus=focus, confidence=0.9)

    def not_shown_done(self, pledge: Pledge, evidence: str, focus: Focus) -> Answer:
        """A claim that a pledge was carried out, of a record that shows it only as planned or promised."""
        return Answer("not_found", False, "Not confirmed by the records",
                      (f"The records show it as {pledge.status}, not as done:", evidence),
                      sources=(d.cite(self.kb, pledge.cited),), focus=focus, confidence=0.0)

    @staticmethod
    def _done_unnamed(verbs: frozenset[str], p: Passage) -> bool:
        """Whether a record reports the deed in the passive ("agreements were signed"), naming no one."""
        words = tokens(p.text)
        return any(stem(w) in verbs and i > 0 and words[i - 1] in _PASSIVE_AUX for i, w in enumerate(words))

    def _done_by_other(self, query: Query, scored: list[Scored]) -> Answer | None:
        """"Did Kuleba chair the G7 meeting?" when the records found say someone else did it (Kamikawa held
        it) and none says he did: no, with the record that names who did. When one names him, that one
        is the evidence for a yes."""
        claimed = self.verifier.claimed_agent(query)
        if claimed is None:
            return None
        claimant, verbs = claimed
        # "Was it Shmyhal who agreed ...?" claims he was the one: another who did it answers no
        one_agent = self.verifier.one_agent(verbs) or lx.CLEFT.match(query.raw.lower()) is not None
        other: Scored | None = None
        # the records of what was done, whoever did it: those naming the claimant first (and, for what one
        # person does, the records of it that do not name the claimant)
        found = list(scored[:6])
        if one_agent:
            unnamed = replace(query, mentions=tuple(m for m in query.mentions if m.id != claimant))
            found += score_passages(self.index, unnamed, limit=6)
        for s in found:
            agents = self.verifier.agents(verbs, s.passage)
            if claimant in agents:
                if self.verifier.unconfirmed_words(query, s.passage):
                    return None  # "did Hayashi travel into Ukraine by train?": he did travel; by train, unsaid
                p = s.passage
                meeting = self.kb.meetings.get(p.ref) if p.kind in lx.MEETING_KINDS else None
                return Answer("yes_no", True, "Yes", (p.text,), sources=(d.cite(self.kb, p.cited),),
                              focus=self._asked_focus(query, meeting, p), confidence=s.coverage)
            if agents and other is None and self._of_the_claim(query, claimant, agents, s.passage):
                other = s
        if other is None and scored and self._done_unnamed(verbs, scored[0].passage):
            # "Did Kozuki sign any of the agreements?" of "14 agreements were signed": done, by whom unsaid
            p = scored[0].passage
            meeting = self.kb.meetings.get(p.ref) if p.kind in lx.MEETING_KINDS else None
            return Answer("not_found", False, "Not confirmed by the records",
                          ("The record says it was done, not who did it:", p.text),
                          sources=(d.cite(self.kb, p.cited),), focus=self._asked_focus(query, meeting, p),
                          confidence=0.0)
        if other is None:
            return None
        p = other.passage
        meeting = self.kb.meetings.get(p.ref) if p.kind in lx.MEETING_KINDS else None
        if not one_agent:
            # "Did Hayashi thank Ukraine?" when Shmyhal thanked Japan: others may have too; not confirmed
            return Answer("not_found", False, "Not confirmed by the records",
                          ("The records found say that of someone else:", p.text),
                          sources=(d.cite(self.kb, p.cited),), focus=self._asked_focus(query, meeting, p),
                          confidence=0.0)
        return Answer("yes_no", True, "No, not according to the records", (p.text,),
                      sources=(d.cite(self.kb, p.cited),), focus=self._asked_focus(query, meeting, p),
                      confidence=other.coverage)

    @staticmethod
    def _of_the_claim(query: Query, claimant: str, agents: set[str], p: Passage) -> bool:
        """Whether another's deed a passage tells is one the claim is of: done by someone the claim does not
        name, or to the claimant ("Did Ikegami host Usmanov?": Usmanov hosted Ikegami). "Did Kishida host
        Kagame in Tokyo?" is not answered by what Kagame chaired, of which Kishida is no part."""
        named = {m.id for m in query.mentions if m.kind == "person"}
        return not agents <= named or ("person", claimant) in p.entities

    def holder_at_event(self, query: Query, clause: str) -> Answer:
        """Who held a post when something happened: the event's date from its record, then the holders
        the records show in the post in that year; none when the records name nobody then."""
        event = analyse(clause, self.index)
        # the post is of the countries the question names before the clause, not of those the event names
        clause_start = len(query.words) - len(event.words)
        query = replace(query, mentions=tuple(m for m in query.mentions if m.start < clause_start))
        scored = [s for s in score_passages(self.index, event, limit=3) if s.passage.date is not None]
        if (not scored or scored[0].coverage < thresholds.MIN_COVERAGE) and event.dates is not None:
            # "… when his Kyrgyz counterpart came to Japan in December 2022?": the clause gives the time itself
            stated = replace(query, dates=event.dates)
            if any(lx.fits_post(query.role, r.key) and r.as_of is not None
                   and event.dates.matches(r.as_of.first_day(), r.as_of.last_day())
                   for p in self.kb.people.values() for r in p.roles):
                return self.profiles.role_holders(stated)
        if not scored or scored[0].coverage < thresholds.MIN_COVERAGE:
            return self.not_recorded(query, "The records do not date that event.")
        when = scored[0].passage.date
        assert when is not None
        dated = replace(query, dates=DateFilter(when.human(), when.first_day(), when.last_day()))
        holders = [p for p in self.kb.people.values() for r in p.roles
                   if lx.fits_post(query.role, r.key) and dated.dates is not None and r.as_of is not None
                   and dated.dates.matches(r.as_of.first_day(), r.as_of.last_day())]
        if not holders:
            return Answer("not_found", False, "Not in the records",
                          (f"{scored[0].passage.text} The records name nobody in that post at the time "
                           f"({when.human()}).",), sources=(d.cite(self.kb, scored[0].passage.cited),), confidence=0.0)
        return self.profiles.role_holders(dated)

    def _focus_of(self, close: list[Scored], groups: list[set[tuple[str, str]]]) -> Focus:
        """What a follow-up to a list of records refers to: the first meeting among them, else the
        countries asked about."""
        meeting = next((self.kb.meetings[s.passage.ref] for s in close
                        if s.passage.kind in lx.MEETING_KINDS and s.passage.ref in self.kb.meetings), None)
        if meeting is None and close and close[0].passage.kind == "term":
            # ("what happened at the business forum?" → "when was it?": the gathering the first record defines,
            # when one meeting record is that gathering itself)
            term = close[0].passage.ref
            own = [m for k in self.index.meetings_by_entity.get(("term", term), ())
                   if (m := self.kb.meetings.get(k)) is not None
                   and (p := self.index.meeting_passage(m.id)) is not None and self._is_gathering(p, term)]
            meeting = own[0] if len(own) == 1 else None
        if meeting is not None:
            return self.meetings.meeting_focus(meeting)
        return Focus(countries=tuple(e[1] for g in groups for e in sorted(g) if e[0] == "country"))

    def _dated_otherwise(self, query: Query, extra: list[set[tuple[str, str]]]) -> Answer | None:
        # the first record of that thing: not another one placed elsewhere ("the embassy in Tashkent" is not
        # Uzbekistan's embassy in Tokyo, which may share the year claimed)
        if query.japan_time or re.search(rf"\bin {re.escape(self.index.home_name.lower())}\b", query.raw.lower()):
            return None  # "was it already 21 September in Japan?": the home clock's date, not the record's
        if lx.ANOTHER_TIME.search(query.raw.lower()):
            return None  # "did they meet again in October?": another event, which the date of this one denies not
        undated = [s for s in score_passages(self.index, replace(query, dates=None), extra, limit=5)
                   if not self.verifier.embassy_elsewhere(query, s.passage)
                   and not self.verifier.other_edition(query, s.passage)][:1]
        if not undated or undated[0].coverage < thresholds.YES_COVERAGE or undated[0].entities_missing:
            return None
        p = undated[0].passage
        if p.date is None or query.dates is not None and query.dates.matches(p.date.first_day(), p.date.last_day()):
            return None
        if _season_said(query, p):
            return None  # ("… help during the winter?": a season the record names, not its date)
        if self.verifier.unreported_events(query, p):
            return None
        if self._never_recorded(query, p):
            return None  # "did Japan send vaccines in 2021?" of medical equipment sent in 2020: another thing
        return Answer("yes_no", True, "No, not according to the records",
                      (f"{p.text}" + ("" if p.date.human() in p.text else f" ({p.date.human()})"),),
                      sources=(d.cite(self.kb, p.cited),), confidence=undated[0].coverage,
                      focus=self._asked_focus(query, self.kb.meetings.get(p.ref) if p.kind in lx.MEETING_KINDS
                                              else None, p))

    def _never_recorded(self, query: Query, p: Passage) -> bool:
        """Whether a claim of something given names a thing the record found does not say ("did Japan send
        vaccines in 2021?" of medical equipment sent in 2020): then the record's date denies nothing. (A verb the
        record does not use, "handed over", is only another way to say it was given.)"""
        return "pledge" in query.aspects and any(
            not _VERB_FORM.search(w) for w in self.verifier.unconfirmed_words(replace(query, dates=None), p))

    def _undefined(self, query: Query, scored: list[Scored]) -> Answer | None:
        """"Whats geodesy?" of a word no record names a thing by, only uses in passing ("space technology, geodesy,
        …"): the records do not say what it is; where it comes up is shown. None for a name of the records' own
        (a term, a person, a place) or a question of more words."""
        plain = _WHAT_IS_WORD.match(query.raw.lower())
        if query.intent != "define" or query.mentions or len(query.keywords) != 1 or not scored or plain is None \
                or stem(plain.group("word")) != query.keywords[0]:
            return None  # (only "what is X?" of a word alone: "what does it commemorate?" asks of the record shown)
        word = query.keywords[0]
        if any(word in set(content_stems(self.index.entity_name((p.kind, p.ref)))) for s in scored[:5]
               if (p := s.passage).kind in ("term", "person", "place")):
            return None
        said = next((w for w in query.words if stem(w) == word), word)
        best = scored[0].passage
        return Answer("not_found", False, "Not in the records",
                      (f"The records do not say what “{said}” is. It comes up in:", self._evidence(best)),
                      sources=(d.cite(self.kb, best.cited),), confidence=0.0)

    def _past_the_last(self, query: Query, scored: list[Scored], asked_before: str | None) -> list[Scored]:
        """"Which sectors did the entrepreneurs present?" → "what other areas were discussed?": of records that
        cover the question alike, not the one that answers the last question again (it shares its words)."""
        if not scored or asked_before is None or not _OTHER_ASKED.search(query.raw.lower()) or query.set_aside \
                or any(m.id != query.home for m in query.mentions):
            return scored  # ("who attended besides Kagame?": a thing set aside by name, read as such)
        before = {k for k in analyse(asked_before, self.index).keywords
                  if k not in query.keywords and self.index.idf.get(k, 0.0) >= thresholds.DISTINCT_IDF}
        best = scored[0]
        shared = len(before & best.passage.stems)
        if shared < thresholds.SHARED_WITH_LAST:
            return scored
        other = next((s for s in scored[1:6] if not s.entities_missing and s.coverage >= best.coverage - 0.1
                      and len(before & s.passage.stems) < shared and s.passage.text != best.passage.text), None)
        return scored if other is None else [other, *(s for s in scored if s is not other)]

    def _thing_named_in(self, query: Query, best: Scored, scored: list[Scored]) -> Scored | None:
        """"What does MIIT stand for?" → "where was the forum held?": a detail asked of a thing the record found
        names (the forum it steered), by words of that thing's name and none of its own: the thing's own
        record (its meeting, else its term), when one scores; None otherwise."""
        p = best.passage
        if p.kind != "term" or query.intent not in ("where", "when", "time", "duration") or not query.keywords:
            return None
        asked_stems = set(query.keywords)
        if asked_stems & set(content_stems(self.index.entity_name(("term", p.ref)))):
            return None
        named = [e for e in sorted(p.entities) if e[0] == "term" and e[1] != p.ref
                 and asked_stems <= set(content_stems(self.index.entity_name(e)))]
        if len(named) != 1:
            return None
        own = [s for s in scored if named[0] in s.passage.entities and s.passage.kind in ("meeting", "term")
               and (s.passage.kind == "meeting" or s.passage.ref == named[0][1])]
        return min(own, key=lambda s: s.passage.kind != "meeting") if own else None

    def _contents_unlisted(self, query: Query, p: Passage) -> str | None:
        """"What exactly does that declaration contain?" of a record of the declaration that lists nothing it holds:
        its contents are not in the records."""
        term = self.kb.terms.get(p.ref) if p.kind == "term" else None
        if term is None or not CONTENTS_ASKED.search(query.raw.lower()) or lists_contents(term.definition):
            return None
        return f"The records do not say what the {term.name} consists of."

    def _document_unheld(self, query: Query, p: Passage) -> str | None:
        """"What did the G7 statement say?" of the record of the G7 that gives no statement of its: the document is
        not in the records."""
        for m in query.mentions:
            noun = query.words[m.end] if m.kind == "term" and m.end < len(query.words) else ""
            if noun in _DOCUMENT_NOUNS and stem(noun) not in p.stems:
                return f"The records do not give the text of the {self.index.entity_name(('term', m.id))} {noun}."
        return None

    def _about_unmentioned(self, query: Query, p: Passage) -> str | None:
        """"What did the Kyrgyz minister say about Russia at that meeting?" of a meeting whose record never names
        Russia: what was said there of it is not in the records."""
        meeting = self.kb.meetings.get(p.ref) if p.kind in lx.MEETING_KINDS else None
        if meeting is None:
            return None
        own = [self.index.passages[n] for n in self.index.by_entity.get(("meeting", meeting.id), ())] or [p]
        raw = fold(query.raw).lower()
        about = "|".join(sorted(lx.ABOUT_WORDS))
        for m in query.mentions:
            said = " ".join(query.words[m.start:m.end])
            # (as the question writes it: "in the X story" is read as "about X", a source, not a subject)
            if m.kind == "meeting" or not re.search(rf"\b(?:{about}) (?:the )?{re.escape(said)}\b", raw):
                continue
            entity = (m.kind, m.id)
            name = self.index.entity_name(entity)
            if not any(entity in x.entities or entity in x.mentioned or name.lower() in x.text.lower() for x in own):
                return f"The record of {meeting.title} does not mention {name}."
        return None

    def _done_by_whom_unsaid(self, query: Query, p: Passage) -> str | None:
        """"Which agreement did Kozuki sign?" of "14 agreements were signed": the record says it was done,
        not that the one asked of did it."""
        asked_of = self.verifier.asked_agent(query)
        if asked_of is None or not self._done_unnamed(asked_of[1], p) \
                or asked_of[0] in self.verifier.agents(asked_of[1], p):
            return None
        return "The record says it was done, not who did it: " + p.text

    @staticmethod
    def _dated_to_come(query: Query, meeting: Meeting | None, p: Passage) -> str | None:
        """"What are the dates of those events?" of a meeting whose points tell of "upcoming events": the
        meeting's date is not theirs, and the record gives none."""
        if meeting is None or not asked.told_as_to_come(
                query, [x.text for x in (*meeting.topics, *meeting.outcomes)], p.stems):
            return None
        return "The records give no date for that: they report what was said or done, not when it will happen."

    def _thing_dated_otherwise(self, query: Query, best: Scored,
                               extra: Sequence[set[tuple[str, str]]]) -> Answer | None:
        """"Did Japan provide 1,500 generators in 2023?" matched by a meeting of 2023 that mentions them:
        the claim's date is checked against the record of the thing itself (the provision, dated 2022),
        not against the record that mentions it. Records of a thing are pledges, facts and meetings;
        a meeting is one only when no pledge is claimed."""
        p = best.passage
        pledge_claimed = "pledge" in query.aspects
        if p.kind not in _MENTIONING_KINDS and not (pledge_claimed and p.kind != "pledge"):
            return None
        assert query.dates is not None
        # (of what the conversation is on, too: "was 26 January also the day relations started?" after a meeting
        # of that day is asked of that meeting's sides, not of any record that started on another day)
        for s in score_passages(self.index, replace(query, dates=None), list(extra), limit=4):
            other = s.passage
            if (s.coverage < best.coverage or s.entities_missing or other.date is None
                    or other.kind not in _RECORD_KINDS or other.ref == p.ref
                    or (pledge_claimed and other.kind != "pledge")):
                continue
            if query.dates.matches(other.date.first_day(), other.date.last_day()):
                return None
            if self.verifier.unreported_events(query, other) or _season_said(query, other):
                return None
            if self._never_recorded(query, other):
                return None  # "did Japan send vaccines in 2021?" of medical equipment sent in 2020: another thing
            dated = "" if other.date.human() in other.text else f" ({other.date.human()})"
            return Answer("yes_no", True, "No, not according to the records", (f"{other.text}{dated}",),
                          sources=(d.cite(self.kb, other.cited),), focus=self._asked_focus(query, None, other),
                          confidence=s.coverage)
        return None

    def _travelled_instead(self, query: Query, context: tuple[str, ...]) -> Answer | None:
        """"Was it Kamikawa who went to Kyiv?" when the records show no journey of hers there but show
        who did go: no, with their meetings there. None when the records show nobody there either."""
        for who, to in self.verifier.travels(query, context):
            if len(who) > 1:
                continue  # (the holders of a post: no one of them was claimed)
            held = [m for m in self.meetings.filter_meetings([to], replace(query, dates=None, venues=()))
                    if m.japan_side and not any(("person", p) in who for p in m.participants)
                    and all(self.meetings.held_in(m, kind, key) for kind, key in to)]
            if held:
                held.sort(key=lambda m: (m.date, m.id))
                lines = tuple(f"{m.title} ({m.date.human()}): " + ", ".join(
                    d.person_label(self.kb, p) for p in m.japan_side) for m in held[:3])
                return Answer("yes_no", True, "No, not according to the records", ("The records show:", *lines),
                              sources=tuple(d.cite(self.kb, m.cited) for m in held[:3]),
                              focus=self.meetings.meeting_focus(held[0]), confidence=0.8)
        return None

    def _figure_of_another_meeting(self, query: Query, held: Meeting) -> Answer | None:
        """"Were the 14 agreements signed at the A–B meeting?" when the records give those 14 agreements as the
        outcome of another meeting: no, with that one's record."""
        words = query.words
        # the words after each figure the claim gives ("14 Uzbek-Japanese agreements"): what the figure counts
        after = {(float(w), stem(x)) for i, w in enumerate(words) if w.isdigit() for x in words[i + 1:i + 4]}
        for n in sorted({n for _, x in after for n in self.index.by_stem.get(x, ())}):
            p = self.index.passages[n]
            head = content_stems(p.quantity.unit)[-1:] if p.quantity is not None and p.quantity.unit else []
            if p.quantity is None or not head or (p.quantity.value, head[0]) not in after:
                continue
            meeting = self.kb.meetings.get(p.ref) if p.kind in lx.MEETING_KINDS else None
            if meeting is not None and meeting.id != held.id:
                said = f"{meeting.title} ({meeting.date.human()}): {p.text}"
            elif p.kind == "fact" and p.date is not None and not p.date.overlaps(held.date.first_day(),
                                                                                  held.date.last_day()):
                # (a fact of another day: "14 agreements were signed at the business forum", 10 January)
                said = p.text if p.date.human() in p.text else f"{p.text} ({p.date.human()})"
            else:
                continue
            return Answer("yes_no", True, "No, not according to the records",
                          (said, f"The records hold {held.title} ({held.date.human()}) apart from it."),
                          sources=(d.cite(self.kb, p.cited),),
                          focus=self.meetings.meeting_focus(meeting) if meeting is not None else None, confidence=0.8)
        return None

    def _of_sides(self, p: Passage, countries: Sequence[set[tuple[str, str]]]) -> bool:
        """Whether the meeting of passage `p` is with a country of each group of `countries`: a side of it, where
        it was held, or the country of someone who took part (not a country its text only mentions)."""
        held = self.kb.meetings.get(p.ref)
        if held is None or not countries:
            return True
        theirs = {*held.countries, held.country, *(x.country for i in held.participants
                                                   if (x := self.kb.people.get(i)) is not None)}
        return all(any(c in theirs for _, c in g) for g in countries)

    def _yes_no_other_dates(self, query: Query, best: Scored) -> Answer:
        """"Did Japan meet Rwanda in 2023?": nothing in that span; the meetings at other dates say no."""
        groups = entity_groups(query)
        undated = replace(query, dates=None)
        elsewhere = self.meetings.filter_meetings(groups, undated) if groups else []
        dates = query.dates
        # ("the morning of 21 September in Japan": the day on Japan's clock when the claim says so)
        if elsewhere and (dates is None or any(dated_as_asked(m, dates, query.japan_time, True) for m in elsewhere)):
            # A meeting of that very date exists (or the claim gives no date): the claim is about something
            # else it may not record ("did Usmanov and Ikegami sign documents at their meeting?").
            held = next(m for m in elsewhere if dates is None or dated_as_asked(m, dates, query.japan_time, True))
            other = self._figure_of_another_meeting(query, held)
            if other is not None:
                return other
            return Answer("not_found", False, "Not confirmed by the records",
                          ("The records hold that meeting but say nothing of what is claimed.",
                           f"Closest record: {held.title} ({held.date.human()})"),
                          sources=(d.cite(self.kb, held.cited),), focus=self.meetings.meeting_focus(held),
                          confidence=0.0)
        placed = [g for g in groups if all(kind == "place" for kind, _ in g)]
        rest = [g for g in groups if g not in placed]
        termed = [g for g in rest if all(kind == "term" for kind, _ in g)]
        held_there: list[Meeting] = []
        if not elsewhere and placed and len(termed) == 1 and _GATHERING_PLACED.search(query.raw.lower()):
            # ("the G7 foreign ministers' meeting": the meeting titled by the gathering, of the others named)
            others = [g for g in rest if g not in termed]
            held_there = gathering_named(self.kb, query, sorted(
                {m.id: m for e in sorted(termed[0]) for n in self.index.by_entity.get(e, ())
                 if (p := self.index.passages[n]).kind == "meeting" and (m := self.kb.meetings.get(p.ref)) is not None
                 and all(any(i in m.participants or i in m.countries for _, i in g) for g in others)
                 and (query.dates is None or query.dates.matches(m.date.first_day(), m.date.last_day()))}.values(),
                key=lambda m: m.id), strict=True)
        wheres = {d.meeting_place(self.kb, m) for m in held_there}
        if held_there and len(wheres) == 1 and (where := wheres.pop()) is not None \
                and not {m.place for m in held_there} & {i for g in placed for _, i in g}:
            # "Was the G7 foreign ministers' meeting held in Tokyo?": such meetings, all held elsewhere
            held = min(held_there, key=lambda m: (m.date, m.id))
            return Answer("yes_no", True, "No, not according to the records",
                          tuple(f"{m.title} was held in {where} {d.on_date(m.date)}." for m in held_there),
                          sources=tuple(d.cite(self.kb, m.cited) for m in held_there[:3]),
                          focus=self.meetings.meeting_focus(held),
                          confidence=0.8)
        if not elsewhere:
            return Answer("not_found", False, "Not in the records",
                          ("The knowledge base has no record of that"
                           + (f" {d.span_words(query.dates.label)}." if query.dates else "."),
                           f"Closest record: {self._passage_title(best.passage)}"),
                          sources=(d.cite(self.kb, best.passage.cited),), confidence=0.0)
        others = [g for g in groups if not any(kind == "person" for kind, _ in g)]
        unnamed = [m for m in self.meetings.filter_meetings(others, query) if not m.partner_side_stated] if (
            others and dates is not None) else []
        if unnamed and len(others) < len(groups):
            # "Did Kuleba attend the meeting of 18 September?": its record does not say who took part.
            first = min(unnamed, key=lambda m: (m.date, m.id))
            return Answer("not_found", False, "Not confirmed by the records",
                          (f"The records hold {first.title} ({first.date.human()}) but do not say who took part "
                           "besides those they name.",),
                          sources=(d.cite(self.kb, first.cited),), focus=self.meetings.meeting_focus(first),
                          confidence=0.0)
        shown = "; ".join(f"{m.title} ({m.date.human()})" for m in elsewhere[:3])
        if dates is not None and lx.ANOTHER_TIME.search(query.raw.lower()):
            # "Did Kagame meet Kishida again in 2023?": another meeting besides the one recorded, which the
            # records neither show nor rule out
            return Answer("not_found", False, "Not in the records",
                          (f"The records show no other such meeting {d.span_words(dates.label)}; they show {shown}.",),
                          sources=tuple(d.cite(self.kb, m.cited) for m in elsewhere[:3]),
                          focus=self.meetings.meeting_focus(elsewhere[0]), confidence=0.0)
        return Answer("yes_no", True, "No, not according to the records",
                      ((f"The records show nothing {d.span_words(query.dates.label)}; " if query.dates
                        else "The records show ")
                       + (f"they show {shown}." if query.dates else f"{shown}."),),
                      sources=tuple(d.cite(self.kb, m.cited) for m in elsewhere[:3]),
                      focus=self.meetings.meeting_focus(elsewhere[0]), confidence=best.coverage)

    def _asked_focus(self, query: Query, meeting: Meeting | None, p: Passage | None = None) -> Focus:
        """What a follow-up may refer to after a yes: the meeting, and the people and place asked about
        ("Did Hayashi visit Bucha?" → "what is there?" is about Bucha)."""
        people = tuple(m.id for m in query.mentions if m.kind == "person")
        places = [m.id for m in query.mentions if m.kind == "place"]
        countries = tuple(m.id for m in query.mentions if m.kind == "country" and m.id != self.index.home)
        if meeting is None:
            items = (self._record_of(p),) if p is not None else ()
            people = people or tuple(e[1] for e in sorted(p.entities) if e[0] == "person") if p is not None else people
            countries = countries or tuple(e[1] for e in sorted(p.entities)
                                           if e[0] == "country" and e[1] != self.index.home) if p is not None \
                else countries
            return Focus(people=people, countries=countries, place=places[0] if places else None, items=items)
        focus = self.meetings.meeting_focus(meeting)
        # "Was Rwanda's finance minister at the meeting?" → "what's his title?": the one asked about first
        asked = tuple(dict.fromkeys((*self.meetings.by_post(query, meeting), *people)))
        if asked:
            focus = replace(focus, people=tuple(dict.fromkeys((*asked, *focus.people))))
        return replace(focus, place=places[0]) if places else focus

#: Words of a span of time ("over the decades", "in recent years"), which name no thing given.
_SPANS_OF_TIME = frozenset(stem(w) for w in (*lx.TIME_UNITS, "decade", "decades", "past", "recent", "history",
                                               "period", "time", "times"))
#: "In which city and country?", "which country was that in?": the country of a place a record names.
_COUNTRY_OF_PLACE_ASKED = re.compile(r"\bcity and (?:which |what )?country\b|\bcountry and (?:which |what )?city\b"
                                     r"|\b(?:which|what) country (?:is|was) (?:it|that|this) in\b")
#: A year written out ("in 2023"), as a claim's date is when it is not counted from another ("the previous year").
_YEAR_SAID = re.compile(r"\b(?:1[89]|20)\d\d\b")
