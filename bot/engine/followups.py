"""Follow-up questions: what a question that does not name its subject refers to.

A chat's last answer leaves a `Focus` (a meeting, people, a place, countries, a topic). A follow-up
either repeats the previous question about something else ("and to Kyrgyzstan?": it inherits the
question type) or asks something new about what was just discussed ("who else did he meet there?":
it inherits names). Several readings of the context can fit a follow-up; `context_readings` lists
them best-guess first, and the answerer keeps the one whose best passage covers the question best.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.answers import Focus
from bot.engine import lexicon as lx
from bot.engine.comparison import Comparer
from bot.engine.index import KnowledgeIndex
from bot.engine.query import ROLES, Query, analyse, phrase_span
from bot.engine.text import MONTHS, content_stems, tokens
from bot.engine.when import DateFilter
from bot.knowledge.dates import PartialDate
from bot.knowledge.model import KnowledgeBase

Group = set[tuple[str, str]]

_ELLIPSIS = re.compile(r"^\s*(and|also|what about|how about|then|same for|and what about)\b")
#: "was that …?", "so was it …?": a claim of the record just discussed.
_THAT_CLAIMED = re.compile(r"^\W*(?:and |so )?(?:was|is|were) (?:that|it|this)\b")
#: "uzbek one in tokyo?", "the Rwandan one in Tokyo": one more of the kind last asked about, said by what sets it
#: apart and where it is (a bare "the Kyrgyz one" may be a topic of its own: "back to the Kyrgyz one, ...").
_KIND_ONE = re.compile(r"^\W*(?:the )?(?!(?:which|what|no|any|every|each|other|first|second|third|last|later|earlier|"
                       r"latest|former|latter|same|that|this|another|only|right|wrong)\b)[a-z]+ one "
                       r"(?:in|at|for|from|with|to)\b"
                       # ("the kyrgyz one, how long did it go?" asks a question of its own)
                       r"(?![^?]*\b(?:what|who|whom|when|where|why|how|which)\b)")
#: A follow-up that is a whole question of its own ("and what did he agree?") keeps its own type.
_OWN_QUESTION = re.compile(r"^\s*(and|also|then)\s+(what|who|whom|when|where|why|how|which|did|does|do|was|were"
                           r"|is|are|has|have|had|will|would|can|could)\b(?! about\b)")
#: "and for the Ukraine trip, who went where?": a question of its own after what it is of.
_ASKED_AFTER = re.compile(r"^\s*(?:and|also|then) (?:for|on|in|at|about|regarding) [^?]{3,60}?\b(?:who|whom|where|why"
                          r"|how|which|what)\s+(?!about\b|of\b|else\b)(?:went|did|was|were|is|are|had|has|met|came"
                          r"|said|held|hosted|visited|happened|travell?ed|signed|agreed|attended)\b")
#: "he", "they", and "the two men", "both ministers": people of the last answer.
_PRONOUN_PERSON = re.compile(r"\b(he|she|him|her|his|hers|they|them|their)\b"
                             r"|\b(?:the two|both)(?: of them| (?:men|women|ministers|leaders|officials|diplomats"
                             r"|politicians))\b")
#: "did they talk about …?", "what else did they discuss?": what the people of a meeting said, "they" its people.
_THEY_TALKED = re.compile(r"\b(?:did|do|have|had|were) they (?:also |ever |even )?(?:talk|discuss|mention|speak|rais|"
                          r"bring|touch)")
_THEY = re.compile(r"\b(they|them|their|both)\b|\bthe two\b")
#: "that September", "that year": a time pointed to, no thing named before.
_TIME_WORDS = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r"|year|month|week|weekend|morning" \
              r"|afternoon|evening|night|time|period)\b"
_NO_TIME = r"(?!" + _TIME_WORDS + r")"
_PRONOUN_EVENT = re.compile(r"\b(it|(?:that|this)(?!\s+" + _TIME_WORDS + r")|then|same)\b")
_THERE = re.compile(r"\bthere\b")
#: A journey to "there": "been there", "went there", "travel there".
_BEEN_THERE = re.compile(r"\b(?:been|gone|go|goes|went|travel\w*|visit\w*|fl[eo]w\w*|come|came|arriv\w*) there\b")
#: "to what kinds of facilities?", "for whom?", "by when?": the rest of the last question, never one of its own.
FRAGMENT = re.compile(r"^\W*(?:and |so |ok )?(?:to|for|by|with|from|in|into|through|via|at|on|under) "
                       r"(?:what|which|whom|who|when|where|how)\b")
#: "starting when?", "ending at what time?", "lasting how long?": a participle and what is asked of it, with no
#: subject of its own: the rest of the last question's topic, never a question on its own.
_PARTICIPLE_FRAGMENT = re.compile(r"^\W*(?:and |so |ok )?[a-z]{3,}ing (?:at |on |from |by |for )?"
                                  r"(?:what|which|when|where|how)\b(?: [a-z]+){0,2}\W*$")
#: Being at a meeting: "present", "in the room" (read as present), "attended", "took part".
_PRESENT = re.compile(r"\b(?:present|attend(?:ed|ing|ees?)?|took part|taking part|participa\w*|delegation)\b")
#: "who else", "besides Kuleba", "other than him": someone beyond those named.
_ELSE = re.compile(r"\b(?:else|" + "|".join(lx.SET_ASIDE_PHRASES) + r")\b")
#: "what else was discussed?": more of what the conversation is on.
_ELSE_WORD = re.compile(r"\belse\b")
#: Nouns for the kind of answer asked ("which country ...", "what city ..."), not words a record must hold.
_KINDS_ASKED = frozenset(content_stems("country countries city cities place places person people year date"))
#: "the presidency": a definite thing, said of what was just discussed when the last record names it.
_THE = re.compile(r"\bthe\b")
#: "it", standing for a thing (a meeting, a document), never for a person.
_IT = re.compile(r"\bit\b")
#: "When did the two establish relations?", "both countries": the two of the conversation, not any two.
_THE_TWO = re.compile(r"\b(?:the two|both)(?: (?:countries|nations|sides|governments|states))?\b(?! (?:meetings|visits|"
                      r"trips|records|events|embassies))")
#: "the two countries", "both nations": two countries, said as such.
_TWO_COUNTRIES = re.compile(r"\b(?:the two|both) (?:countries|nations|governments|states)\b")
#: "What did the talks cover?", "what did those companies pitch?" after a meeting: that meeting, as "it" would be.
_MEETING_NOUN = (r"(?:(?:earlier|later|first|second|same|very) )?(?:talks|meeting|visit|trip|discussions?|conversation"
                 r"|session|sit-down|encounter)\b")
_ONE_MEETING_POINTED = re.compile(rf"\b(?:the|that|this) {_MEETING_NOUN}")
_THE_MEETING = re.compile(rf"{_ONE_MEETING_POINTED.pattern}|\b(?:those|these)\b")


def points_at_meeting(lowered: str) -> bool:
    """Whether a question points at one meeting or visit by its noun ("what was discussed on the trip?")."""
    return _ONE_MEETING_POINTED.search(lowered) is not None


#: "the visit", "that trip", "the meeting": a journey or meeting pointed to by its noun.
_THE_VISIT = re.compile(r"\b(?:the|that|this|his|her|their) (?P<noun>visit|trip|journey|meeting|talks)\b")
#: "the trip", "that meeting": a meeting pointed to by its noun.
_MEETING_NAMED = re.compile(rf"\b(?:the|that|this) {_MEETING_NOUN}")
#: "that session", "this earlier meeting": a demonstrative for the meeting just discussed.
_THAT_MEETING = re.compile(rf"\b(?:that|this) {_MEETING_NOUN}")


def _where_last(index: KnowledgeIndex, focus: Focus, home: str) -> set[tuple[str, str]]:
    """The places or countries (not the home country) the conversation was last about: those of the last
    answer, else those its question named."""
    found = {("country", c) for c in focus.countries if c != home}
    if not found and focus.question:
        found = {(m.kind, m.id) for m in analyse(focus.question, index).mentions
                 if m.kind == "place" or m.kind == "country" and m.id != home}
    return found


#: "there" that is no place: "is there …?", "there was …".
_THERE_IS = re.compile(r"\bthere(?:'s|’s| (?:is|are|was|were|has|have|had|will|would|be|been|being|seems?)\b)"
                       r"|\b(?:is|are|was|were|be|been|any|anything|anyone) there (?:a|an|any|anything|anyone|anybody|"
                       r"someone|somebody|some|no|other|another|more|many|much|one|two|three|\d)\b"
                       r"|\b(?:is|are|was|were) there\W*$(?<=\?)|^\W*(?:is|are|was|were) there\b")


def says_there(text: str) -> bool:
    """Whether `text` (lower case) says "there" of a place ("did he go there?"), not "is there …?"."""
    return bool(_THERE.search(text)) and not _THERE_IS.search(text)


def went_there(text: str) -> bool:
    """Whether `text` (lower case) asks of a journey "there" ("did he go there?", "who had been there?")."""
    return bool(_BEEN_THERE.search(text))


#: "wat sectors?", "which projects", "any figures?": a question word and a bare noun, no verb and no name of
#: its own; it can only ask of what was just discussed.
_BARE_NOUN = re.compile(r"^\W*(?:and |so |ok )?(?:what|wat|wht|which|wich|any)\s+([a-z][a-z-]*)\W*$")


def asks_bare_noun(text: str) -> bool:
    """Whether a message is a question word and one bare plural noun ("wat sectors", "which projects?")."""
    found = _BARE_NOUN.match(text.lower())
    return found is not None and found.group(1).endswith("s") and found.group(1) not in _NOT_NOUNS


#: "Which other areas of collaboration came up?", "what other projects": more of what was just discussed.
_OTHER_ONES = re.compile(r"^\W*(?:and |so |ok )?(?:which|what|wat|any) other [a-z]+s\b"
                         # "anything about future plans?", "anything on trade?": of what was just discussed
                         r"|^\W*(?:and |so |ok,? )?(?:anything|something|any mention|any word)(?: else)?(?: (?:said|"
                         r"mentioned|noted))? (?:about|on|regarding) ")


def names_a_meeting(text: str) -> bool:
    """Whether a message points to a meeting by its noun ("when was the trip made public?"), which no fact
    or pledge shown is."""
    return _MEETING_NAMED.search(text.lower()) is not None


def asks_of_what_was_discussed(text: str) -> bool:
    """Whether a message can only ask of what was just discussed: a bare noun ("wat sectors"), more of the
    same ("which other areas came up?") or anything of a topic ("anything about future plans?")."""
    return asks_bare_noun(text) or _OTHER_ONES.match(text.lower()) is not None


#: Words a bare-noun question may end with that are no noun of a record ("what was", "which is", "what's").
_NOT_NOUNS = frozenset({"was", "is", "does", "has", "else", "this", "thus", "yes", "its", "his", "hers", "theirs",
                        "us", "as", "ones"})


def is_ellipsis(text: str) -> bool:
    """Whether a message only points past the last question ("and agriculture?", "what about Rwanda?", "uzbek
    one in tokyo?")."""
    lowered = text.lower()
    return bool(_ELLIPSIS.search(lowered) or _KIND_ONE.match(lowered)) and not _OWN_QUESTION.search(lowered) \
        and not _ASKED_AFTER.search(lowered)


def continue_from(query: Query, focus: Focus) -> Query:
    """An elliptical follow-up ("and to Kyrgyzstan?", "and the prime minister?") asks the previous
    question again about something else: it inherits the previous question's type. After a list,
    "which one came first?" picks from that list: same dates, same names."""
    then = _AT_THAT_TIME.search(query.raw.lower()) if query.dates is None and focus.date else None
    if then is not None and focus.date is not None:
        # "which Japanese minister was visiting when that was pledged?": at the time of the record just shown
        # (the words that say so are no words a record must hold, nor is "pledged" what is asked)
        held = PartialDate.parse(focus.date)
        said = set(content_stems(then.group(0)))
        query = replace(query, dates=DateFilter(held.human(), held.first_day(), held.last_day()),
                        keywords=tuple(k for k in query.keywords if k not in said),
                        aspects=query.aspects - {"pledge"} if then.group("deed") else query.aspects)
    if (query.order and focus.intent in ("list", "count", "on_date") and not query.mentions and query.dates is None
            and query.intent in ("general", "list", "when", "who")):
        dates = None
        if focus.period is not None:
            label, start, end = focus.period
            dates = DateFilter(label, dt.date.fromisoformat(start), dt.date.fromisoformat(end))
        return replace(query, intent="list", dates=dates, keywords=())
    if "pledge" in focus.aspects and "pledge" not in query.aspects and not query.mentions \
            and _THE_X_THING.match(query.raw.lower()):
        # "how much aid is Japan giving Ukraine?" → "what's the drone thing?": a thing given, like the last
        return replace(query, aspects=query.aspects | {"pledge"})
    if not is_ellipsis(query.raw) or focus.intent is None:
        return query
    if query.intent not in ("general", "about", "list") or len(query.words) > 8:
        return query
    if query.aspects and query.keywords and focus.intent != "yes_no":
        return query  # ("did tourism come up?" → "what about defence cooperation?": the same claim of that)
    intent = focus.intent if focus.intent not in ("define",) or query.mentions else query.intent
    if intent == "compare" and query.mentions and focus.question:
        # "Which lasted longer?" → "what about Kagame and Kishida?": how long that one lasted, one meeting being
        # no comparison
        intent = Comparer.measured(focus.question) or intent
    # "In which year did Japan open its embassy in Rwanda?" → "and Uzbekistan?": the same words, new name.
    keywords = query.keywords or (focus.keywords if query.mentions else ())
    return replace(query, intent=intent, aspects=query.aspects | frozenset(focus.aspects),
                   role=query.role or (focus.role if not query.mentions else None), keywords=keywords)


#: "when that was pledged": the time of the record just shown, by what was done in it ("at the time", "back then"
#: may as well mean the time the question itself is about).
_AT_THAT_TIME = re.compile(r"\bwhen (?:that|this|it|those|these) (?:was|were|got) (?P<deed>[a-z]+ed)\b")
#: "what's the drone thing?", "and the transformer one?": a thing named by a word of it and a noun for any thing.
_THE_X_THING = re.compile(r"^\W*(?:and |so )?(?:what(?:'s|’s|s| is| was| are| were| about)? )?(?:the |that |this )?"
                          r"[\w -]+? (?:thing|things|stuff|one|bit|item)\W*$")
#: The pronouns of a person the knowledge base may record (`Person.pronoun`), by the word recorded.
_GENDERED = {"she": re.compile(r"\b(?:she|her|hers|herself)\b"), "he": re.compile(r"\b(?:he|him|his|himself)\b")}


def pronoun_used(text: str) -> str | None:
    """The one personal pronoun ("she" or "he") a question uses, as the records write it; None for neither or both."""
    used = [word for word, pattern in _GENDERED.items() if pattern.search(text)]
    return used[0] if len(used) == 1 else None


def both_pronouns_used(text: str) -> bool:
    """Whether a question uses both a "she" and a "he" ("so she met him there?")."""
    return all(pattern.search(text) for pattern in _GENDERED.values())


def meant_by_pronoun(kb: KnowledgeBase, people: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The people of `people` that the question's "she" or "he" can mean: not those the records refer
    to by the other pronoun. All of them when the question uses neither, both, or fits none of them."""
    used = pronoun_used(text)
    if used is None:
        return people
    return _fitting(kb, people, used) or people


def called_otherwise(kb: KnowledgeBase, people: tuple[str, ...], text: str) -> bool:
    """Whether the records call each of `people` by the other pronoun than the question's "she" or "he" (and at
    least one is there): the pronoun means someone else."""
    used = pronoun_used(text)
    return used is not None and bool(people) and not _fitting(kb, people, used)


def called_so_before(kb: KnowledgeBase, focus: Focus, text: str) -> tuple[str, ...]:
    """Whom the question's "she" or "he" means when none of the conversation's people now is called so: the one
    of those it was about before whom the records call so, else the one such of the latest meeting it had with
    one; () when none."""
    used = pronoun_used(text)
    earlier = [p for p in focus.earlier_people if called_so(kb, p, used)]
    if len(earlier) == 1:
        return (earlier[0],)
    for ref in focus.recent_meetings():
        meeting = kb.meetings.get(ref)
        so = [p for p in meeting.participants if called_so(kb, p, used)] if meeting is not None else []
        if len(so) == 1:
            return (so[0],)
    return ()


def called_so(kb: KnowledgeBase, person: str, used: str | None) -> bool:
    """Whether the records call `person` by the pronoun `used` ("she", "he")."""
    known = kb.people.get(person)
    return known is not None and known.pronoun is not None and known.pronoun.word == used


def _fitting(kb: KnowledgeBase, people: tuple[str, ...], used: str) -> tuple[str, ...]:
    """The people of `people` the pronoun `used` can mean: those the records call so, or call by no pronoun."""
    return tuple(p for p in people if (person := kb.people.get(p)) is None or person.pronoun is None
                 or person.pronoun.word == used)


#: "and the Kyrgyz one, when was that?": a thing said first, then asked of by "that" or "it" after a comma.
_FRONTED = re.compile(r"^(?P<front>[^,?]+),\s*(?:and |so )?(?:when|where|who|what|how|why|which)\b[^,]*?"
                      r"\b(?:it|that|this)\b", re.IGNORECASE)


def fronted(text: str) -> str | None:
    """The phrase said before a question that points back to it ("and the Kyrgyz meeting, when was it?":
    "and the Kyrgyz meeting"), or None."""
    found = _FRONTED.match(text)
    return found.group("front") if found is not None else None


def _named_before_pointer(query: Query) -> bool:
    """Whether the question names what its "it" or "that" points to, in a phrase before it ("and the Kyrgyz
    meeting, when was it?"): the pointer is to that, not to the last answer's record."""
    said_first = fronted(query.raw)
    if said_first is None:
        return False
    front = len(said_first.split())
    return any(m.end <= front and m.kind in ("country", "place", "person", "term", "meeting") for m in query.mentions)


#: A pronoun that is the object of what the question says someone did ("promise him", "told her").
_OBJECT_PRONOUN = re.compile(r"\b(?:him|her|them)\b(?! (?:self|selves))")


#: Nouns after a country that name a gathering of it ("the Uzbek talks"), not a topic ("did Ukraine come up?").
_GATHERING_NAMED = lx.GATHERING_NOUNS | frozenset("visit trip one side consultations".split())


#: "so the meeting was in New York, right?": a claim whose subject is the meeting (or talks, visit) discussed.
_THE_MEETING_CLAIMED = re.compile(r"^\W*(?:and |so |but )?(?:the|that|this) (?:meeting|talks|visit|trip) "
                                  r"(?:was|were|is|took|happened|had)\b")


def context_readings(index: KnowledgeIndex, query: Query, focus: Focus, groups: list[Group]) -> list[list[Group]]:
    """The names a follow-up refers to without saying them, as alternative readings, best guess first.

    "he"/"she" is a person of the last answer, "it"/"that" its meeting, "there" its place. A question
    with no name at all may be about the last meeting, place, topic, person or countries."""
    kb = index.kb
    text = lx.EXPLETIVE_IT.sub("", query.raw.lower())  # ("is it true that …": no "it" of the last answer)
    if query.dates is not None and lx.WHICH_ONES_WHEN.match(text):
        return [[]]  # "which ones were in 2023?": of the records listed, by their dates; no topic of the last
    required: list[Group] = []
    # "the other Japanese foreign minister — who did he meet?": "he" is the one the question describes.
    pronoun = _PRONOUN_PERSON.search(text)
    # "Kuleba — who did he meet?": "he" is the one just named; "did he meet Zelenskyy?": "he" comes first,
    # so it is someone of the last answer.
    # "which Central Asian foreign minister did he meet?": the post is what is asked, "he" someone before.
    role_asked = query.role is not None and _WHICH_FIRST.match(text) is not None and pronoun is not None
    named_first = [m for m in query.mentions if m.kind == "person"] or (query.role is not None and not role_asked)
    pronoun_first = pronoun is not None and (role_asked or _before_any_person(query, pronoun.start(), text))
    has_person = bool(named_first) and not pronoun_first
    named_ids = {m.id for m in query.mentions if m.kind == "person"}
    if pronoun is not None:
        # "she" of two ministers; "his meeting with Hayashi": "his" is someone other than those the question names
        meant = meant_by_pronoun(kb, focus.people, text)
        focus = replace(focus, people=tuple(p for p in meant if p not in named_ids) or meant)
        # "which Japanese minister met him?": whom the question asks for is of that country, "him" someone else
        asked_of = _nationality_asked(query, text)
        others_of = tuple(p for p in focus.people if p in kb.people and kb.people[p].country != asked_of)
        if asked_of is not None and others_of:
            focus = replace(focus, people=others_of)
        if called_otherwise(kb, focus.people, text):
            # "when was her meeting with Kuleba?" after a man: "her" is nobody of the last answer, and the question
            # is of the one it names; "and hers?", naming no one: the one of a meeting the conversation had whom the
            # records call so
            met = () if named_ids else called_so_before(kb, focus, text)
            if named_ids or met:
                focus = replace(focus, people=met)
        elif not focus.people and not named_ids and pronoun_used(text) is not None and not focus.meeting \
                and not any(i.startswith(("meeting:", "person:")) for i in focus.items):
            # "did they thank her for it?" after a pledge, which names no one: the one of the conversation's
            # latest meeting whom the records call so (none when it had several so called)
            last_held = next((kb.meetings[m] for m in focus.recent_meetings() if m in kb.meetings), None)
            so = [p for p in last_held.participants if called_so(kb, p, pronoun_used(text))] if last_held else []
            focus = replace(focus, people=tuple(so[:1]) if len(so) == 1 else ())
    others = [p for p in focus.people if p not in named_ids]
    if focus.people and has_person and others and _OBJECT_PRONOUN.search(text):
        # "what did Kishida promise him?": "him" is someone of the last answer other than the one named.
        required.append({("person", p) for p in others})
    # "where did he travel nine months later?": dates apart from the last meeting's are no question of it
    last = kb.meetings.get(focus.meeting or "")
    if last is not None and query.dates is not None and not query.dates.matches(last.date.first_day(),
                                                                                  last.date.last_day()):
        # (nor of the occasion it was held on: "what meeting had she held two days earlier?")
        # (a claim of "that" at another date is still judged by it: "was that in 2022 too?")
        focus = replace(focus, meeting=None, topic=None if focus.topic == last.occasion and query.intent != "yes_no"
                        else focus.topic)
    if not focus.people and not has_person and _THEY_TALKED.search(text) and not focus.meeting \
            and not any(i.startswith("meeting:") for i in focus.items):
        # "did they talk about Ukraine?" after answers about aid the Kyrgyz minister thanked Japan for (no people, no
        # meeting): the people of the meeting the conversation last had
        held = next((kb.meetings[m] for m in focus.recent_meetings() if m in kb.meetings), None)
        of_topic = index.meetings_by_entity.get(("term", focus.topic or ""), [])
        if held is None and not focus.recent_meetings() and len(of_topic) == 1 and of_topic[0] in kb.meetings:
            # "what does OVOP stand for?" → "did they discuss Ukraine?": the one meeting that names the term, of it
            held = kb.meetings[of_topic[0]]
            focus = replace(focus, meeting=held.id)
        if held is not None:
            focus = replace(focus, people=tuple(dict.fromkeys((*held.japan_side, *held.partner_side))))
    visit_said = _THE_VISIT.search(text)
    # ("who else from Japan attended the meeting?": the home country, in every record, names no other one)
    if not focus.meeting and not has_person and all(m.id == query.home for m in query.mentions) \
            and visit_said is not None and focus.people \
            and query.dates is None and not any(i.startswith("meeting:") for i in focus.items):
        # "when did the visit start?", "which city was the meeting held in?" after a fact or a thing of it: the
        # latest such the conversation had of its people
        trip_said = visit_said.group("noun") in ("visit", "trip", "journey")
        visit = next((m for m in focus.recent_meetings() if m in kb.meetings and (m in kb.trips or not trip_said)
                      and set(focus.people) <= {p for x in (kb.meetings[m], *kb.trip_meetings(m))
                                                for p in x.participants}), None)
        focus = replace(focus, meeting=visit) if visit is not None else focus
    if focus.people and not has_person and pronoun:
        if _THEY.search(text) and len(focus.people) > 1:
            required.extend({("person", p)} for p in focus.people)  # "they": every one of them
        elif focus.meeting:
            required.append({("person", p) for p in focus.people})
        else:
            required.append({("person", focus.people[0])})  # the first is whom the last question was about
    meeting = focus.meeting if focus.meeting and focus.meeting in kb.meetings else None
    if meeting is None and pronoun is not None and not has_person and query.dates is None:
        # "who was she talking to?" after a fact of the day she met someone: that day's meeting of hers
        meeting = _meeting_of_the_day(index, focus, required)
    if meeting is None and pronoun is None and _PRONOUN_EVENT.search(text) and query.dates is None:
        # "who was running it?" after a fact of the forum (its day, its people): that meeting
        meeting = _meeting_of_the_fact(index, focus)
    if meeting is None and _MEETING_NAMED.search(text) and query.dates is None:
        # "did they sign the agreement during that visit?" after a pledge made on a trip: that trip
        meeting = _meeting_of_the_pledge(kb, focus)
    place = focus.place if focus.place and focus.place in kb.places else None
    there = bool(_THERE.search(text))
    if groups:
        # The question names something itself: only what its pronouns point to is added.
        named_term = term_by_noun(index, focus, query) if _THAT_NOUN.search(text) else None
        if named_term is not None:
            # "who represented Uzbekistan at that dialogue?" after a record of the dialogue: of that dialogue
            required.append({("term", named_term)})
        elif meeting and _PRONOUN_EVENT.search(text) and not (query.role and not _title_of_named(query)) \
                and not _named_before_pointer(query) \
                and not any(m.kind == "term" and ("term", m.id) not in index.meeting_entities(meeting)
                            and m.start > 0 and query.words[m.start - 1] in ("that", "this")
                            and query.words[m.end:m.end + 1] and query.words[m.end] in lx.GATHERING_NOUNS | {"one"}
                            for m in query.mentions):
            # ("who else attended that G7 meeting?" after a bilateral meeting that spoke of the G7 one: that one)
            required.append({("meeting", meeting)})
        elif meeting and query.intent == "yes_no" and _THE_MEETING_CLAIMED.match(text) and not any(
                m.kind in ("person", "meeting", "term") for m in query.mentions):
            # "so the meeting was in New York, right?": a claim of the meeting discussed, not of any held there
            required.append({("meeting", meeting)})
        elif meeting and query.intent == "yes_no" and _THAT_CLAIMED.match(text) and all(
                kind == "country" and (ident == query.home or ident in kb.meetings[meeting].countries)
                for g in groups for kind, ident in g):
            # "was that the first visit by a Japanese minister to Ukraine?" after Kishida's visit there: a claim of
            # that visit, which names only its own countries, not of another visit that fits it (after a meeting
            # held during a visit, of the visit too)
            trip = kb.meetings[meeting].trip
            required.append({("meeting", meeting), *((("meeting", trip),) if trip in kb.meetings else ())})
        elif meeting and _PRESENT.search(text) and all(
                kind == "country" and ident in kb.meetings[meeting].countries
                # ("who else attended on the Ukrainian side besides Kuleba?": besides one who was there)
                or kind == "person" and _ELSE.search(text) and ident in kb.meetings[meeting].participants
                for g in groups for kind, ident in g):
            # "which Rwandan ministers were in the room?" after that meeting: those present at it
            required.append({("meeting", meeting)})
        elif meeting and query.intent == "yes_no" and lx.TALKED_ABOUT.search(text) and not any(
                m.kind in ("person", "meeting") for m in query.mentions) and query.dates is None \
                and not any(m.kind == "country" and m.id not in kb.meetings[meeting].countries and m.end < len(
                    query.words) and query.words[m.end] in _GATHERING_NAMED for m in query.mentions):
            # "did Ukraine come up?", "was Rwanda discussed?" after a meeting: at that meeting, not anywhere
            required.append({("meeting", meeting)})
        elif there and place and not any(m.kind == "place" or m.kind == "country" and m.id != query.home
                                         for m in query.mentions):
            # "What about Uzbekistan: when did Japan open an embassy there?": "there" is the country named
            required.append({("place", place)})
        elif there and not place and not any(m.kind in ("place", "country") for m in query.mentions):
            # "who did Kishida meet while he was there?" after a question of Ukraine: there is Ukraine
            where = _where_last(index, focus, query.home)
            if where:
                required.append(where)
        return [required]
    shown_meetings = _shown_meetings(kb, focus)
    pointed = _PRONOUN_EVENT.search(text) or there or focus.topic in kb.terms
    if shown_meetings and pronoun is None and query.role is None and is_ellipsis(text) and not pointed \
            and focus.intent in lx.MEETING_FIELDS and (
            query.aspects or query.keywords or query.intent not in ("general", "about", "list")):
        # "and the time?" after the meetings just shown: a detail of those, said missing if none has it; never
        # the same detail of another meeting of the same people
        return [required + [{("meeting", m) for m in shown_meetings}]]
    readings: list[list[Group]] = []
    if len(shown_meetings) > 1 and not meeting and pronoun is None and _IT.search(text):
        # "what was it about?" after two meetings just listed for "the Uzbek meeting": of those meetings, each
        # answered, never a record of another kind that shares the country
        readings.append(required + [{("meeting", m) for m in shown_meetings}])
    shown_one = focus.items[0].partition(":") if len(focus.items) == 1 else ("", "", "")
    if shown_one[0] in ("fact", "pledge") and _IT.search(text) and not pronoun and not meeting:
        # "what was it responding to?" after one fact or pledge: that record first
        readings.append(required + [{(shown_one[0], shown_one[2])}])
    named_term = term_by_noun(index, focus, query)
    if named_term is not None:
        # "what's the declaration called?" after a meeting that mentions one declaration: that one
        readings.append(required + [{("term", named_term)}])
    elif (named_fact := fact_by_noun(index, focus, query)) is not None:
        # "what is that memorial for?" after the place it stands in: the one fact of that place that says it
        readings.append(required + [{("fact", named_fact)}])
    elif (named_pledge := pledge_by_noun(index, focus, query)) is not None:
        # "when was that emergency aid provided?" after a meeting that mentions it: the one pledge to the
        # meeting's country that says it
        readings.append(required + [{("pledge", named_pledge)}])
    if there and place and meeting and kb.meetings[meeting].place == place and (
            _PRONOUN_EVENT.search(text) or query.intent in ("time", "why")):
        # "what time was it there?", "morning or night there?": the last meeting, which was held there.
        readings.append(required + [{("place", place)}, {("meeting", meeting)}])
    if there and place:
        readings.append(required + [{("place", place)}])
    elif there and not meeting and pronoun is not None and _BEEN_THERE.search(text) and (
            went_to := {("country", c) for c in focus.countries if c != query.home}):
        # "when had he been there?" after a record of a country and no one place: his journey to that country
        readings.append(required + [went_to])
    if meeting:
        # A visit's meetings are of it: "what sectors did they pitch?" after the visit asks of one of them, which
        # need not name everyone the visit met (its date, place and people are the visit's own).
        # ("what came out of that meeting?" asks of the visit itself; "he" keeps the one person meant)
        singular = pronoun is not None and pronoun.group(0).strip() not in ("they", "them", "their", "theirs")
        of_a_part = query.intent in lx.THING_INTENTS | {"quantity"} and not _PRONOUN_EVENT.search(text)
        parts = kb.trip_meetings(meeting) if of_a_part and not singular else ()
        present = {p for m in (kb.meetings[meeting], *parts) for p in m.participants}
        people = [g for g in required if all(k == "person" and i in present for k, i in g)]
        kept = [g for g in required if not parts or len(people) < 2 or g not in people]
        readings.append(kept + [{("meeting", meeting), *(("meeting", m.id) for m in parts)}])
    # the term last asked about, or the one term the last answer showed ("who signed it?" after a declaration)
    shown = [key for kind, _, key in (i.partition(":") for i in focus.items) if kind == "term"]
    # ("who put their names on it?": "it" is the thing shown, whoever "their" is)
    topic = focus.topic or (shown[0] if len(shown) == 1 and len(focus.items) == 1
                            and (not pronoun or _IT.search(text)) else None)
    if topic and topic in kb.terms:
        readings.append(required + [{("term", topic)}])
    if place and not there and not required and query.keywords and _said_by_last_record(kb, focus, query):
        # "what's the memorial for?" after an answer from the record of a place: that place, before its visitor
        readings.append([{("place", place)}])
    if required:
        readings.append(required)
    elif focus.people and len(query.words) <= 8:
        readings.append([{("person", focus.people[0])}])
    elif focus.people and not meeting and _MEETING_NAMED.search(text) and (theirs := {
            ("meeting", key) for key in index.meetings_by_entity.get(("person", focus.people[0]), ())}):
        # "what other areas did the talks cover besides demining?" after a person: talks of theirs
        readings.append([theirs])
    countries = {("country", c) for c in focus.countries if c != query.home}  # every record is about it
    if not countries and _THE_TWO.search(text) and focus.people and focus.people[0] in kb.people:
        # "when did relations between the two countries start?" after a profile of Hattori, a Japanese who
        # governed Rwanda's central bank: the home country and the one other country of his posts
        person = kb.people[focus.people[0]]
        posted = {("country", c) for c in (person.country, *(r.country for r in person.roles)) if c != query.home}
        countries = posted if len(posted) == 1 else countries
    if not countries and _TWO_COUNTRIES.search(text):
        # "… between the two countries?" after what a Japanese official at a meeting holds: the home country and
        # the one other country of the last meeting the conversation showed
        latest = [kb.meetings[m] for m in focus.recent_meetings() if m in kb.meetings][:1]
        theirs = {("country", c) for m in latest for c in m.countries if c != query.home}
        countries = theirs if len(theirs) == 1 else countries
    if countries and not required:
        readings.append([countries])
    if readings and query.keywords and not _PRONOUN_PERSON.search(text) and not _PRONOUN_EVENT.search(text) \
            and not there and not (meeting and _THE_MEETING.search(text)) and not _THE_TWO.search(text) \
            and not FRAGMENT.match(text) and not _PARTICIPLE_FRAGMENT.match(text) \
            and not (_THE.search(text) and _said_by_last_record(kb, focus, query)) \
            and not (lx.CONTINUES.match(text) and meeting) and not (meeting and _ELSE_WORD.search(text)):
        # "what was the summit's theme?" may be a question of its own: read without the context too ("what else
        # was discussed?" after a meeting is more of that meeting, never another's)
        readings.append([])
    if meeting and _THAT_MEETING.search(text):
        # "who else was in that earlier session?": the meeting just discussed (or its people's records), not any
        # record of its country that shares a word
        readings = [r for r in readings if not all(k == "country" for g in r for k, _ in g)] or readings
    occasion = kb.meetings[meeting].occasion if meeting else None
    if _IT.search(text) and not pronoun and not required and topic and topic != occasion:
        # "who signed it?" after an answer about one declaration, "when will it be signed?" after a record of
        # an agreement to negotiate one: "it" is a thing, not a person or a country the answer named (a
        # place it may be: "who does it honour?" of a memorial)
        things = [r for r in readings if any(kind not in ("person", "country") for g in r for kind, _ in g)]
        if place and not any(("place", place) in g for r in things for g in r):
            things.append([{("place", place)}])
        readings = things
    return readings or [[]]


#: Nouns for the meeting itself, never a term of it ("the meeting", "the talks").
_MEETING_NOUNS = frozenset(content_stems("meeting meetings talks visit trip discussion discussions conversation "
                                         "summit forum"))
#: The words of posts, as stems.
_TITLE_STEMS = frozenset(content_stems(" ".join(sorted(lx.TITLE_WORDS))))
#: "the declaration", "that programme", "this agreement": a thing named before, by the noun for it.
_THE_NOUN = re.compile(r"\b(?:the|that|this)\s+" + _NO_TIME + r"([a-z][a-z-]{3,})\b")
#: "that dialogue", "this programme": a thing named before, pointed to.
_THAT_NOUN = re.compile(r"\b(?:that|this)\s+" + _NO_TIME + r"[a-z][a-z-]{3,}\b")
#: "which memorial did he visit?": a thing asked for by its noun, of the records the conversation is at.
_WHICH_NOUN = re.compile(r"^\W*(?:and |so )?(?:which|what|wat)\s+([a-z][a-z-]{3,})\s+(?:did|does|do|was|is|were)\b")
#: "that emergency aid", "this grant": a thing named before by a demonstrative and up to three words.
_THE_NOUNS = re.compile(r"\b(?:that|this|those|these)\s+([a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,}){0,2})\b")
#: "the emergency aid": a thing named by two or three words after "the".
_THE_TWO_NOUNS = re.compile(r"\bthe\s+([a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,}){1,2})\b")


def term_by_noun(index: KnowledgeIndex, focus: Focus, query: Query) -> str | None:
    """The one term of the last answer's records that "the <noun>" names: a term whose name or kind has
    that word ("the declaration" → "Joint Declaration of Support for Ukraine"). None unless exactly one."""
    kb = index.kb
    records = [("meeting", focus.meeting)] if focus.meeting else []
    records += [(kind, key) for kind, _, key in (i.partition(":") for i in focus.items)]
    terms: set[str] = {focus.topic} if focus.topic and focus.topic in kb.terms else set()
    for kind, key in records:
        if kind == "meeting":
            for n in index.by_entity.get(("meeting", key), ()):
                terms.update(i for k, i in index.passages[n].entities if k == "term")
        elif kind == "fact" and key in kb.facts:
            terms.update(kb.facts[key].terms)
        elif kind == "term":
            terms.add(key)
    nouns = {content_stems(m.group(1))[0] for m in _THE_NOUN.finditer(query.raw.lower()) if content_stems(m.group(1))}
    nouns -= _MEETING_NOUNS
    terms &= kb.terms.keys()
    if not nouns or not terms:
        return None
    named = sorted(t for t in terms if nouns & {*content_stems(kb.terms[t].name), *content_stems(kb.terms[t].kind)})
    if len(named) > 1 and focus.topic in named:
        return focus.topic  # "that dialogue" of a meeting held for one of its rounds: that round
    shown = [t for t in named if f"term:{t}" in focus.items]
    if len(named) > 1 and len(shown) == 1:
        return shown[0]  # the one of them the last answer showed
    return named[0] if len(named) == 1 else None


def fact_by_noun(index: KnowledgeIndex, focus: Focus, query: Query) -> str | None:
    """The one fact of the place the conversation is at that "that <noun>" names ("that memorial" of a
    fact of Bucha that names a memorial); None unless exactly one."""
    said = [*_THE_NOUN.finditer(query.raw.lower()), *_WHICH_NOUN.finditer(query.raw.lower())]
    nouns = {content_stems(m.group(1))[0] for m in said if content_stems(m.group(1))}
    nouns -= _MEETING_NOUNS | _TITLE_STEMS  # ("the foreign minister" is a post, not a thing at a place)
    if not nouns:
        return None
    places = {focus.place} if focus.place is not None else set()
    meeting = index.kb.meetings.get(focus.meeting or "")
    if meeting is not None and nouns <= set(content_stems(meeting.title)):
        # ("who is the memorial for?" after a visit "to Kyiv and the Bucha memorial": the places its title names,
        # when the title names the thing too)
        places |= {m.id for m in index.names.find(tokens(meeting.title), fuzzy=False) if m.kind == "place"}
    if not places:
        return None
    facts = {index.passages[n].ref for place in sorted(places) for n in index.by_entity.get(("place", place), ())
             if index.passages[n].kind == "fact"}
    named = sorted(key for key in facts if key in index.kb.facts
                   and nouns <= set(content_stems(index.kb.facts[key].statement)))
    return named[0] if len(named) == 1 else None


def pledge_by_noun(index: KnowledgeIndex, focus: Focus, query: Query) -> str | None:
    """The one pledge to the country of the meeting (or the countries) the conversation is about that
    "that <noun> <noun>" names ("that emergency aid" of a meeting that thanked Japan for it); None unless
    exactly one."""
    kb = index.kb
    meeting = kb.meetings.get(focus.meeting or "")
    countries = (set(meeting.countries) if meeting is not None else set(focus.countries)) - {index.home}
    if not countries:
        # ("what did the Aurelian minister thank Zembla for?" → "when was the emergency aid?": his country's)
        shown = [kb.meetings[key] for kind, _, key in (i.partition(":") for i in focus.items)
                 if kind == "meeting" and key in kb.meetings]
        countries = {c for m in shown for c in m.countries} | {
            kb.people[p].country for p in focus.people if p in kb.people and kb.people[p].country}
        countries -= {index.home}
    pointed = _THE_NOUNS.search(query.raw.lower())
    said = pointed or _THE_TWO_NOUNS.search(query.raw.lower())
    if not countries or said is None:
        return None
    words = said.group(1).split()
    # ("the prime minister thank": a person named by a post, never a thing given)
    words = words[:next((i for i, w in enumerate(words) if w in lx.TITLE_WORDS), len(words))]
    # ("the emergency aid delivered": the longest run of its first words that names one pledge, two at least
    # after "the")
    for n in range(len(words), 0 if pointed else 1, -1):
        nouns = set(content_stems(" ".join(words[:n]))) - _MEETING_NOUNS
        if not nouns:
            continue
        named = sorted(p.id for p in kb.pledges.values() if p.recipient in countries and nouns <= set(content_stems(
            f"{p.statement} {p.item} {p.purpose or ''} {' '.join(p.keywords)}")))
        if len(named) > 1 and focus.question:
            # ("who thanked Japan for the emergency aid?" → "what was that aid for?": of the aids, the one the last
            # question named more of)
            said_before = set(content_stems(focus.question))
            overlap = {i: len(said_before & set(content_stems(f"{x.item} {' '.join(x.keywords)}")))
                       for i in named if (x := kb.pledges[i])}
            most = max(overlap.values())
            named = [i for i in named if overlap[i] == most] if most else named
        if named:
            return named[0] if len(named) == 1 else None
    return None


def _meeting_of_the_fact(index: KnowledgeIndex, focus: Focus) -> str | None:
    """The one meeting the one fact last shown tells of: held on its day, with every person it names."""
    kb = index.kb
    facts = [kb.facts[key] for kind, _, key in (i.partition(":") for i in focus.items) if kind == "fact"
             and key in kb.facts]
    if len(facts) != 1 or facts[0].date is None or facts[0].date.precision != "day" or not facts[0].people:
        return None
    fact = facts[0]
    held = [key for key in index.meetings_by_entity.get(("person", fact.people[0]), ())
            if kb.meetings[key].date == fact.date and set(fact.people) <= set(kb.meetings[key].participants)]
    return held[0] if len(held) == 1 else None


def _meeting_of_the_pledge(kb: KnowledgeBase, focus: Focus) -> str | None:
    """The meeting (or trip) the one pledge last answered was made at; None when it names none."""
    shown = [kb.pledges[key] for kind, _, key in (i.partition(":") for i in focus.items) if kind == "pledge"
             and key in kb.pledges] if len(focus.items) == 1 else []
    made = (shown[0].meeting or shown[0].trip) if shown else None
    return made if made in kb.meetings else None


def _meeting_of_the_day(index: KnowledgeIndex, focus: Focus, required: list[Group]) -> str | None:
    """The one meeting, on the day of the fact last answered, of the person a pronoun points to; None
    unless there is exactly one."""
    kb = index.kb
    facts = [kb.facts[key] for kind, _, key in (i.partition(":") for i in focus.items) if kind == "fact"
             and key in kb.facts]
    if not facts or not focus.date or len(required) != 1 or len(required[0]) != 1:
        return None
    (kind, person), = required[0]
    day = facts[0].date
    if kind != "person" or day is None or day.precision != "day":
        return None
    held = [key for key in index.meetings_by_entity.get(("person", person), ()) if kb.meetings[key].date == day]
    return held[0] if len(held) == 1 else None


#: "which Japanese minister …", "what Ukrainian officials …": a question asking for people of a kind.
_WHICH_OPENING = re.compile(r"^\W*(?:and |so |then |ok |okay )?(?:which|what) ")
_WHICH_FIRST = re.compile(_WHICH_OPENING.pattern + r"(?:[\w'’-]+ ){0,4}?(?:did|does|do|has|had|have|was|were|will) "
                          r"(?:he|she|they)\b")


def _nationality_asked(query: Query, text: str) -> str | None:
    """The country of the people a question asks for when it opens by it ("which Japanese minister met him?":
    Japan), else None."""
    opening = _WHICH_OPENING.match(text)
    if opening is None:
        return None
    first = len(re.findall(r"[a-z0-9]+", opening.group(0)))
    return next((m.id for m in query.mentions if m.kind == "country" and m.start == first), None)


def _said_by_last_record(kb: KnowledgeBase, focus: Focus, query: Query) -> bool:
    """Whether the record the last answer showed first holds every content word of the question."""
    if not focus.items:
        return False
    kind, _, key = focus.items[0].partition(":")
    fact = kb.facts.get(key) if kind == "fact" else None
    pledge = kb.pledges.get(key) if kind == "pledge" else None
    term = kb.terms.get(key) if kind == "term" else None
    text = (fact.statement if fact is not None else pledge.statement if pledge is not None
            else term.definition if term is not None else "")
    said = set(content_stems(text))
    # (the noun asked for, "which country ...", is what the record answers with, not a word it must hold)
    return bool(text) and all(k in said for k in query.keywords if k != query.asked and k not in _KINDS_ASKED)


def _title_of_named(query: Query) -> bool:
    """Whether the post a question names is the title of a person it names ("was President Zelenskyy there?"),
    no post asked of."""
    post = phrase_span(ROLES[query.role], query.words) if query.role is not None else None
    return post is not None and any(m.kind == "person" and (m.start == post[1] or m.start <= post[0] < m.end)
                                    for m in query.mentions)


def _before_any_person(query: Query, position: int, text: str) -> bool:
    """Whether the character `position` of `text` comes before every person or post the question names."""
    words_before = len(re.findall(r"[a-z0-9]+", text[:position]))
    starts = [m.start for m in query.mentions if m.kind == "person"]
    # "did he also meet Uzbekistan's deputy foreign minister?": the post, and the country before it
    post = phrase_span(ROLES[query.role], query.words) if query.role is not None else None
    if query.role is not None and post is None:
        return False
    if post is not None:
        starts += [post[0], *(m.start for m in query.mentions if m.kind == "country" and m.end <= post[0])]
    return not starts or words_before <= min(starts)


def _shown_meetings(kb: KnowledgeBase, focus: Focus) -> tuple[str, ...]:
    """The meetings the last answer showed: its listed items when all are meetings, else its one meeting."""
    listed = [key for kind, _, key in (i.partition(":") for i in focus.items)]
    if focus.items and all(i.startswith("meeting:") for i in focus.items):
        return tuple(m for m in listed if m in kb.meetings)
    if not focus.items and focus.meeting in kb.meetings:
        return (focus.meeting,)
    return ()
