"""Engine facade: the one entry point every front end (console, CLI, Telegram) calls."""

from __future__ import annotations

import datetime as dt
import functools
import gc
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from bot.answers import Answer, Citation, Focus
from bot.engine import (
    asked,
    choice,
    computed,
    corrections,
    details,
    elapsed,
    followups,
    last_shown,
    premises,
    references,
    thresholds,
)
from bot.engine import describe as d
from bot.engine import lexicon as lx
from bot.engine.answering import Answerer
from bot.engine.chatter import (
    as_what_about,
    asks_nothing,
    rejects_answer,
    unread_script,
    without_acknowledgement,
    without_asides,
    without_honorifics,
    without_markup,
)
from bot.engine.claimed import as_claim, without_contrast
from bot.engine.commands import Commands
from bot.engine.compound import GAP_ASKED, joined_sentences, loose_pairs, split_question, without_their_dates
from bot.engine.events import NUMBER_WORDS
from bot.engine.fronted import choice_put_last, unfronted
from bot.engine.gazetteer import Mention
from bot.engine.handlers import lists, pledges
from bot.engine.index import KnowledgeIndex, Passage
from bot.engine.meetings import field_detail, fields_asked, term_forms, titled_by, unnamed_said
from bot.engine.onthisdate import OnThisDate
from bot.engine.profiles import CONTENTS_ASKED
from bot.engine.query import (
    ROLES,
    SYNONYMS,
    Query,
    analyse,
    as_read,
    asks_person_met,
    digit_for_to,
    expand_shorthand,
    holds_all,
    people_of_which,
    phrase_span,
    without_again,
)
from bot.engine.retrieval import entity_groups, score_passages
from bot.engine.rules import Rule, first_answer
from bot.engine.text import content_stems, fold, stem, tokens
from bot.engine.turn import Turn
from bot.engine.turns import asked_again, clock_times, listed_people, order, picks
from bot.engine.verify import order_said
from bot.engine.when import find_date
from bot.knowledge.dates import PartialDate
from bot.knowledge.model import Cited, Fact, KnowledgeBase, Meeting, Person, Pledge, Term

#: Commands offered in Telegram's menu and in /help: (name without slash, description).
COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "What this bot knows and how to ask"),
    ("help", "Commands and example questions"),
    ("meetings", "Meetings by country, person, year, month, place or topic"),
    ("meeting", "One meeting in detail, by id"),
    ("pledges", "Pledges and support given"),
    ("facts", "Background facts"),
    ("who", "Who someone is"),
    ("countries", "Countries covered"),
    ("today", "What happened on today's date"),
    ("onthisdate", "What happened on a date, e.g. 26 January"),
    ("subscribe", "Daily 'on this date' note: /subscribe [HH:MM] [Area/City]"),
    ("unsubscribe", "Stop the daily note"),
    ("settings", "This chat's note settings"),
)

#: Longest message the engine reads; longer input is cut here (Telegram's own limit is 4096).
MAX_INPUT = 1000
_COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,64})(?:@[A-Za-z0-9_]+)?(?:\s+(.*))?$", re.S)
logger = logging.getLogger(__name__)
#: Questions about the bot itself, answered by the command that lists what it knows.
_ABOUT_THE_BOT: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^\W*(which|what|how many) (partner |other |different )?countries\b.*"
                r"\b(you|bot|knowledge base|records|covered|cover|know)\b"), "countries"),
    (re.compile(r"^\W*(help|what can you do|how (do|does) (this|it|you) work|what do you know)\W*$"), "help"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")


#: Most words of a later part of a message that asks who, of each record listed, with nothing of its own.
_SHORT_PART = 4


class Engine:
    def __init__(self, kb: KnowledgeBase, index: KnowledgeIndex | None = None) -> None:
        """The engine over `kb`; `index` is its indexes when already built (the start-up snapshot)."""
        self.index = index if index is not None else KnowledgeIndex(kb)
        self.kb = kb = self.index.kb  # trips read as visits (see `trips`)
        self.answerer = Answerer(self.index)
        self.dates = OnThisDate(kb)
        self.commands = Commands(self.index, self.answerer, self.dates, COMMANDS)
        # The indexes live as long as the process: keep them out of the garbage collector's scans,
        # whose full passes otherwise pause one question for hundreds of ms on a large knowledge base.
        gc.freeze()
        # Full passes then come only from what answering caches (list lines, dates): rarely worth a pause.
        # Whether they come at all otherwise depends on how many objects the last full pass before the
        # freeze saw, which differs between a cold build and a snapshot read.
        young, middle, old = gc.get_threshold()
        gc.set_threshold(young, middle, max(old, _FULL_PASS_AFTER))

    def ask(self, text: str, focus: Focus | None = None, *, today: dt.date | None = None) -> Answer:
        """Answer a command (`/meetings ukraine`) or a free-text question.

        Raises only on a bug in the engine; front ends report it through their error handler."""
        # A failure here is a bug, not an abstention: it reaches the front end's error handler.
        text = as_cased(text)
        land = _THEIR_LAND.search(text) if focus is not None and focus.people else None
        if land is not None and focus is not None:
            # "an embassy in his capital": his country, when whoever "his" may mean shares one
            meant = followups.meant_by_pronoun(self.kb, focus.people, land.group("pronoun").lower())
            countries = {self.kb.people[p].country for p in meant if p in self.kb.people}
            if len(countries) == 1 and (country := countries.pop()) in self.kb.countries:
                text = f"{text[:land.start('pronoun')]}{self.kb.countries[country].name}{text[land.end():]}"
        if focus is not None and not focus.people and focus.earlier_people and _PERSONAL.search(text.lower()):
            # "in what capacity was he attending?" after answers that named no one: "he" is whom they followed
            focus = replace(focus, people=focus.earlier_people)
        elif focus is not None and focus.people and focus.earlier_people:
            # "is Kamikawa the FM?" → "wasn't Hayashi?" → "what did she condemn?": "she" is the one before him,
            # when no one of the last answer is written of so
            earlier = self._meant_before(focus, text.lower())
            focus = replace(focus, people=earlier, meeting=None, items=(), current=None) if earlier else focus
        held = self.kb.meetings.get(focus.meeting or "") if focus is not None else None
        if focus is not None and held is not None and held.trip in self.kb.meetings and _THAT_TRIP.search(text.lower()):
            # "who else did he talk to on that trip?" after one meeting held during a trip: the trip
            focus = replace(self.answerer.meetings.meeting_focus(self.kb.meetings[held.trip]), people=focus.people,
                            recent=focus.recent, earlier_people=focus.earlier_people)
        if focus is not None and len(focus.items) >= 2 and not any(i.startswith("meeting:") for i in focus.items) \
                and _BOTH_MEETINGS.search(text.lower()) and len(focus.recent_meetings()) >= 2:
            # "how many days apart were the two meetings?" after two people listed: the last two meetings the
            # conversation had, not the people
            focus = replace(focus, items=tuple(f"meeting:{m}" for m in focus.recent_meetings()[:2]), current=None)
        titled = self._recent_titled_by(text, focus) if focus is not None and _THAT_MEETING.search(text.lower()) \
            else None
        if focus is not None and titled is not None and titled.id != focus.meeting:
            # "what did the G7 ministers agree on at that meeting?" after talks that mentioned it: the meeting of the
            # conversation the name titles
            focus = replace(self.answerer.meetings.meeting_focus(titled), recent=focus.recent,
                            earlier_people=focus.earlier_people)
        event = self._event_of_fact(focus.current or (focus.items[0] if len(focus.items) == 1 else None)) \
            if focus is not None and focus.meeting is None else None
        if focus is not None and event is not None:
            # "who led the discussions?" after "when was it?" of the agreements signed at a forum: the forum the
            # fact is of, on its day
            focus = replace(focus, meeting=event)
        unknown = self._no_one_referred(text, focus)
        if unknown is not None:
            return unknown
        answer = self._ask(text, focus, today or dt.date.today())
        answer = self._pronoun_person_kept(text, self._topic_kept(text, answer, focus), focus)
        unplaced = self._pronoun_outside_shown(text, answer, focus)
        if unplaced is not None:
            return unplaced
        return _list_kept(self._people_before_kept(answer, focus), focus)

    def _pronoun_person_kept(self, text: str, answer: Answer, focus: Focus | None) -> Answer:
        """"What else is she sending?" answered by a pledge that names no one: "she" stays the one person of the
        conversation the records call so, for "did they thank her for it?" next."""
        used = followups.pronoun_used(text.lower())
        if used is None or focus is None or answer.focus is None or answer.focus.people or not answer.answered \
                or answer.kind not in _OF_A_THING \
                or any(m.kind == "person" for m in analyse(text, self.index).mentions):
            return answer  # ("sorry, I meant Hayashi - who did he meet?": "he" is the one named)
        meant = [p for p in focus.people if followups.called_so(self.kb, p, used)]
        return replace(answer, focus=replace(answer.focus, people=(meant[0],))) if len(meant) == 1 else answer

    def _meant_before(self, focus: Focus, lowered: str) -> tuple[str, ...]:
        """The people the conversation was about before its last answer that the question's "she" or "he"
        means, when the records write of none of the last answer's people by that pronoun (of each by another, or, of
        people a record the last question asked of names, not the question, of none by it while one earlier person
        is); () otherwise."""
        used = followups.pronoun_used(lowered)
        if used is None:
            return ()

        def written_so(person: str) -> bool:
            return followups.called_so(self.kb, person, used)

        def written_otherwise(person: str) -> bool:
            known = self.kb.people.get(person)
            return known is not None and known.pronoun is not None and known.pronoun.word != used

        meant = tuple(p for p in focus.earlier_people if written_so(p))
        if all(written_otherwise(p) for p in focus.people):
            return meant
        # ("whats the peace formula about" → "what did she condemn?": one earlier "she", when the answer between
        # named its people from its record alone, the question naming no one, and none of them is written of so)
        if len(meant) != 1 or any(written_so(p) for p in focus.people) or focus.question is None \
                or focus.role is not None or not focus.items or any(i.startswith("person:") for i in focus.items):
            return ()
        # (the last question read again only when all else fits)
        return () if any(m.kind == "person" for m in analyse(focus.question, self.index).mentions) else meant

    @staticmethod
    def _people_before_kept(answer: Answer, focus: Focus | None) -> Answer:
        """An answer about other people than the last one keeps those it moved on from aside
        (`Focus.earlier_people`), for a "she" that fits only them."""
        if focus is None or answer.focus is None or not focus.people or not answer.focus.people \
                or answer.focus.earlier_people or set(answer.focus.people) & set(focus.people):
            return answer
        return replace(answer, focus=replace(answer.focus, earlier_people=focus.people))

    def _met_one_by_one(self, focus: Focus) -> bool:
        """Whether the records just shown are meetings of two or more people each met alone ("Hayashi meets
        Shmyhal", "Hayashi meets Zelenskyy"), or those people listed."""
        met = {m.partner_side[0] for i in focus.items if (m := self.kb.meetings.get(i.removeprefix("meeting:")))
               is not None and len(m.partner_side) == 1}
        listed = [i for i in focus.items if i.startswith("person:")]  # (or the people themselves, listed)
        return len(met) >= 2 or len(listed) >= 2

    def _which_of_two_first(self, focus: Focus, today: dt.date) -> Answer | None:
        """"Which of the two did he see first?" after a meeting of three: the two of one country, as met by the one of
        another ("did Hayashi see Zelenskyy or Shmyhal first?"); None unless the conversation's people are so."""
        people = [self.kb.people[p] for p in focus.people if p in self.kb.people]
        if len(people) != 3:
            return None
        for one in people:
            two = [p for p in people if p is not one]
            if one.country and two[0].country == two[1].country != one.country:
                found = _FIRST_OF_TWO.match(f"did {one.name} see {two[0].name} or {two[1].name} first?")
                return self._first_of_two(found, None, today) if found is not None else None
        return None

    def _who_met_both(self, doer: str, one: str, other: str) -> str:
        """"Did the Japanese FM see Zelenskyy or Shmyhal first?": the one person the records have meeting both,
        when the doer is said by a description rather than a name; the doer as said otherwise."""
        if any(m.kind == "person" for m in analyse(doer, self.index).mentions):
            return doer

        named = [{m.id for m in analyse(words, self.index).mentions if m.kind == "person"} for words in (one, other)]

        def met(people: set[str]) -> set[str]:
            # (the meetings of that one person, from the index, not every meeting)
            if len(people) != 1:
                return set()
            return {x for p in people for i in self.index.meetings_by_entity.get(("person", p), ())
                    if (m := self.kb.meetings.get(i)) is not None for x in m.participants}

        both = sorted(met(named[0]) & met(named[1]) - named[0] - named[1])
        return self.kb.people[both[0]].name if len(both) == 1 and both[0] in self.kb.people else doer

    def _first_of_two(self, found: re.Match[str], focus: Focus | None, today: dt.date) -> Answer | None:
        """"Did Hayashi see Shmyhal or Zelenskyy first?": asked as the order of the one named first against the
        other ("did Hayashi meet Shmyhal before or after Zelenskyy?"), and answered by the one first; None when the
        records give no order."""
        one, other = (self._holder_in_conversation(found.group(x).strip(), focus) for x in ("b", "c"))
        asked = self._ask(f"did {self._who_met_both(found.group('a').strip(), one, other)} meet {one} before or after "
                          f"{other}?", focus, today)
        if asked.kind != "order" or asked.title not in ("Before", "After"):
            return None

        def named(words: str) -> str:
            people = [m.id for m in analyse(words, self.index).mentions
                      if m.kind == "person" and m.id in self.kb.people]
            return self.kb.people[people[0]].name if len(people) == 1 else words

        return replace(asked, title=f"{named(one if asked.title == 'Before' else other)} first")

    def _holder_in_conversation(self, side: str, focus: Focus | None) -> str:
        """"the president", "the prime minister": the name of the one person of the conversation's meetings who holds
        the post a side of a choice names by it; the side as it is when it names someone or fits no one person."""
        said = analyse(side, self.index)
        if said.role is None or any(m.kind == "person" for m in said.mentions) or focus is None:
            return side
        refs = [*focus.items, *((f"meeting:{focus.meeting}",) if focus.meeting else ())]
        present = {p for r in refs if (m := self.kb.meetings.get(r.removeprefix("meeting:"))) is not None
                   for p in m.participants} | set(focus.people)
        holders = sorted(p for p in present if p in self.kb.people
                         and any(lx.fits_post(said.role, r.key) for r in self.kb.people[p].roles))
        return self.kb.people[holders[0]].name if len(holders) == 1 else side

    def _one_of(self, focus: Focus, text: str) -> bool:
        """Whether the question's "she" or "he" is a person the conversation was about ("and what else is she
        sending?" after Kamikawa): a pronoun that keeps the topic, not one that moves it on."""
        used = followups.pronoun_used(text.lower())
        return used is not None and any((person := self.kb.people.get(p)) is not None and person.pronoun is not None
                                        and person.pronoun.word == used for p in focus.people)

    def _topic_kept(self, text: str, answer: Answer, focus: Focus | None) -> Answer:
        """An answer that found nothing, to a question naming no one new, establishes no new topic: "he" next is
        still whom the conversation was about ("why was A in Japan?" → an unanswered "which edition?" → "what
        did he thank Japan for?"); the question is kept, for "sorry, I meant …". A correction, a pronoun of its
        own, or a new name ("and Tajikistan?") moves the topic on, found or not. An answer found in one record
        naming no one keeps whom the conversation was about aside (`Focus.earlier_people`), for a "he" later."""
        if answer.answered and answer.focus is not None and focus is not None and not answer.focus.people \
                and not answer.focus.meeting and not answer.focus.several and answer.focus.role is None \
                and not any(i.startswith("meeting:") for i in answer.focus.items):
            # "how many days did it run?" after Kagame's summit, answered by one record naming nobody: whom the
            # conversation was about is kept aside for a "he" later (a question naming anything, even a place, or
            # a pronoun of its own moves the topic on)
            earlier = focus.people or focus.earlier_people
            if earlier and not _PERSONAL.search(text.lower()) and not _THEY_WORD.search(text.lower()) and not any(
                    m.id != self.index.home for m in analyse(text, self.index).mentions):
                return replace(answer, focus=replace(answer.focus, earlier_people=earlier))
            return answer
        if answer.answered or answer.focus is None or focus is None or not focus.people or answer.focus.people \
                or answer.focus.meeting or _PERSONAL.search(text.lower()) and not self._one_of(focus, text) \
                or _THEY_WORD.search(text.lower()) or corrections.read(text) is not None:
            return answer
        if any(m.kind in ("person", "country") and m.id != self.index.home and self._new_to(m, focus)
               for m in analyse(text, self.index).mentions):
            return answer
        new = answer.focus
        # (the one record it found lacking only the detail asked, new to the conversation, is what "it" means next:
        # "how much was the emergency aid?" → "what was it for?")
        kept = replace(focus, question=new.question, intent=new.intent, keywords=new.keywords, aspects=new.aspects,
                       role=new.role)
        if len(new.items) == 1 and not new.items[0].startswith("meeting:") \
                and new.items[0] not in (*focus.items, *focus.recent):
            kept = replace(kept, items=new.items, current=new.items[0])
        elif new.items and _THAT_THING.search(text.lower()) and not set(new.items) & set(focus.items) \
                and not any(i.startswith("meeting:") for i in new.items):
            # (or the records of a thing pointed at by name, talked of before: "how much was that emergency aid?" →
            # "which month did it come?")
            kept = replace(kept, items=new.items, current=new.items[0] if len(new.items) == 1 else None)
        return replace(answer, focus=kept)

    def _ask(self, text: str, focus: Focus | None, today: dt.date, *, described: bool = True) -> Answer:
        cleaned = _CONTROL.sub(" ", text or "").strip()[:MAX_INPUT]
        if not cleaned:
            return Answer("empty", False, "Ask me something",
                          ("Type a question, e.g. “Who did Kishida meet at the G20 in Bali?”, or /help.",),
                          suggestions=("/help",), confidence=0.0)
        if not cleaned.startswith("/"):
            cleaned = without_markup(cleaned).strip()
            if asks_nothing(cleaned):
                return _chatter(cleaned)
            # "ok and with Kuleba?", "thanks, and when?": the question after the acknowledgement
            acknowledged = without_acknowledgement(cleaned)
            in_place = _SAID_WH_IN_PLACE.match(acknowledged)
            if in_place is not None:
                acknowledged = f"{in_place.group('rest')}?"
            guessed = _GUESS_AFTER.match(acknowledged)
            if guessed is not None and len(guessed.group("guess").split()) <= _GUESS_WORDS and (
                    (guess := analyse(guessed.group("guess"), self.index)).mentions or guess.role is not None):
                # "Which city was it held in? Tokyo?": the question is what is answered (its answer shows whether the
                # guess is right); the guess is no topic of its own
                acknowledged = guessed.group("q")
            # "During his visit to Kyiv, did Hayashi meet Shmyhal before or after Zelenskyy?": the order asked, the
            # occasion said after it, as an order question reads it
            circumstance = _ORDER_AFTER_CIRCUMSTANCE.match(acknowledged)
            if circumstance is not None:
                acknowledged = f"{circumstance.group('q').rstrip(' ?')} {circumstance.group('lead')}?"
            # "I'm researching Japan's ties with Central Asia. Which meetings do you have?": the question, of that
            # topic, as a topic said after a dash is ("which meetings do you have - Central Asia?")
            researched = _RESEARCHED.match(acknowledged)
            if researched is not None:
                acknowledged = f"{researched.group('rest').rstrip(' ?')} - {researched.group('topic').strip()}?"
            # ("list every meeting …, and with whom": a list of meetings names who met in each)
            asked_alone = _WITH_WHOM_OF_LIST.sub(r"\g<q>", as_what_about(without_asides(acknowledged)))
            lead = acknowledged[:max(len(acknowledged) - len(asked_alone), 0)]
            if lead and followups.says_there(asked_alone.lower()) and (focus is None or not focus.place):
                # "I'm fact-checking a piece on the minister's trip to Kyiv. When did Hayashi get there?": "there" is
                # the one place the asker's lead names
                places = {m.id for m in analyse(lead, self.index).mentions if m.kind == "place"}
                if len(places) == 1:
                    focus = replace(focus or Focus(), place=places.pop())
            cleaned = people_of_which(without_honorifics(asked_alone))
            # "True or false: A met B in Kyiv.", "the draft says …, is that correct?": the claim, asked
            cleaned = without_contrast(as_claim(cleaned))
            ones = _PEOPLES_ONE.search(cleaned)
            named = analyse(ones.group("names"), self.index) if ones is not None else None
            if ones is not None and named is not None and not named.keywords \
                    and sum(m.kind == "person" for m in named.mentions) >= 2:
                # "and the hayashi kulubaev one, when did that end?": the one of two people is their meeting
                cleaned = f"{cleaned[:ones.end('names')]} meeting{cleaned[ones.end():]}"
            # "she sent generators herself? with who": the companions of what the claim says was done
            cleaned = _CLAIM_WITH_WHOM.sub(r"with whom \g<claim>?", cleaned)
            # "what numbers of cranes, generators and transformers …?": how many of each
            cleaned = _WHAT_NUMBERS_OF.sub("how many ", cleaned)
            meant = _MEANT_THEN_ASKED.match(cleaned)
            said = analyse(meant.group("topic"), self.index) if meant is not None else None
            if meant is not None and said is not None and (
                    said.role is not None and not said.mentions
                    or len(said.mentions) == 1 and said.mentions[0].kind == "person" and not said.keywords):
                # "sorry, I meant just the finance minister - what is his name?", "… I meant Hayashi: who did he meet?":
                # the question of the one meant, in the conversation (a place or thing meant corrects the last
                # question's, as corrections do)
                cleaned = f"{meant.group('topic')} - {meant.group('rest')}"
            switched = _NEW_TOPIC.match(cleaned)
            if switched is not None and cleaned[switched.end():].strip():
                # "new question: who is Biruta?": a question of its own, nothing of the conversation before (but
                # the records it had, remembered for "going back to the longer meeting" later)
                fresh = self._ask(cleaned[switched.end():].strip(), None, today)
                if fresh.focus is None or focus is None:
                    return fresh
                recent = tuple(dict.fromkeys((*fresh.focus.recent, *focus.recent)))[:_RECENT_KEPT]
                return replace(fresh, focus=replace(fresh.focus, recent=recent))
            about_then = _ABOUT_THEN_ASKED.match(cleaned)
            if about_then is not None \
                    and self._names_its_topic(about_then.group("topic"), about_then.group("question")):
                # "what about Kyrgyzstan, did Kulubaev come to Japan for his meeting?": the topic turned to, then a
                # question of its own that names it or someone of it
                cleaned = about_then.group("question")
            excepted = _EXCEPT_FIRST.match(cleaned)
            if excepted is not None and (left_out := analyse(excepted.group("who"), self.index).mentions) \
                    and all(m.kind == "person" for m in left_out):
                # "Apart from Kishida, which Japanese officials attended?": the question, with whom it leaves out after
                # it ("which Japanese officials attended besides Kishida?"), as such questions are read
                cleaned = f"{excepted.group('rest').rstrip(' ?')} besides {excepted.group('who')}?"
            # (after a list of the two's meetings, "which of them" is picked from the list by the rules of references)
            if _STRAIGHT_ON.search(cleaned) is not None and _JOURNEY_ASKED.search(cleaned) is not None:
                # "where did Kamikawa travel right after New York?": where someone went next, straight from there,
                # which no record of a meeting or visit says (the next record of theirs may be months later)
                later = self._ask(_STRAIGHT_ON.sub("after", cleaned), focus, today, described=described)
                shown = (f"The next record they hold: {later.title}.",) if later.answered and later.kind != "several" \
                    else ()
                return Answer("not_found", False, "Not in the records",
                              ("The records do not say where anyone went straight from one event to the next.", *shown),
                              sources=later.sources, suggestions=later.suggestions, confidence=0.0)
            two_first = _WHICH_OF_TWO_FIRST.match(cleaned) if focus is not None else None
            if two_first is not None and focus is not None and not self._met_one_by_one(focus):
                ordered = self._which_of_two_first(focus, today)
                if ordered is not None:
                    return ordered
            # ("did he see the PM first or the president first?": one "first" for the two)
            first_of = _FIRST_OF_TWO.match(_FIRST_SAID_TWICE.sub(r"\1 or \2 first", cleaned)) \
                or _WHO_FIRST_OF_TWO.match(cleaned)
            if first_of is not None:
                ordered = self._first_of_two(first_of, focus, today)
                if ordered is not None:
                    return ordered
            either = _EITHER_CLAIM.match(cleaned) if described else None
            if either is not None:
                as_one = self._ask(cleaned, focus, today, described=False)
                if as_one.answered and not as_one.title.startswith("No"):
                    return as_one
                # "was it Hayashi who went to Kyiv, or did Zelenskyy come to Japan?", not settled as a choice (a "no"
                # to both is no answer to which): two claims, each checked
                claims = [f"{either.group(x).strip(' ,;?')}?" for x in ("a", "b")]
                return _combined(claims, [self._ask(c, focus, today) for c in claims])
            if_so = _IF_SO.match(cleaned)
            if if_so is not None:
                # "Did Japan pledge cranes to Ukraine, and if so how many?": the claim first; what follows "if so" is
                # asked of what confirmed it, and only then
                claim = f"{if_so.group('claim').rstrip(' ,;?')}?"
                checked = self._ask(claim, focus, today)
                if not (checked.answered and checked.title.startswith("Yes")):
                    return checked
                rest = f"{if_so.group('rest').rstrip(' ?')}?"
                return _combined([claim, rest], [checked, self._ask(rest, checked.focus or focus, today)])
            among = _AMONG_THOSE.match(cleaned) if described else None
            if among is not None:
                as_one = self._ask(cleaned, focus, today, described=False)
                if as_one.answered:
                    return as_one
                # "Of the two meetings whose length is given, which was longer?", unanswered as one question: those
                # records found first, then the question asked of them, as a follow-up to their list
                found = self._ask(f"which {among.group('what')}{among.group('which')}?", focus, today)
                if not found.answered or found.focus is None or len(found.focus.items) < 2:
                    return as_one
                return self._ask(among.group("rest"), found.focus, today)
            back = _BACK_TO.match(cleaned)
            if back is not None:
                fronted = f"{back.group('topic')}: {back.group('rest')}"
                if (had := self._nth_of_conversation(back.group("topic"), focus)
                        or self._recent_by_noun(back.group("topic"), focus)) is not None:
                    # "going back to the first meeting, which issues did they discuss?": the first the
                    # conversation had, not the first of the records
                    cleaned, focus = back.group("rest"), self.answerer.meetings.meeting_focus(had)
                elif unfronted(fronted) != fronted:
                    # "going back to the Kyrgyz minister: what did he thank Japan for?": the topic is whom "he"
                    # means (taken into the question below)
                    cleaned = fronted
                else:
                    # "going back to the Kyiv trip, did he visit a memorial?": the rest asked of what the topic
                    # named is (read in the conversation: "the trip" is one the conversation had)
                    topic = self._ask(back.group("topic"), focus, today)
                    cleaned, focus = back.group("rest"), topic.focus if topic.answered and topic.focus else focus
            # "Now Uzbekistan: when did Japan open its embassy there?": the subject put first, asked of as in any
            # question that puts it first
            compared = _COMPARED_WITH.match(cleaned)
            if compared is not None:
                # "Compare with Rwanda, how many years after …?": the rest, of that topic, as "now Rwanda: …" is
                cleaned = f"now {compared.group('topic')}: {compared.group('rest')}"
            reasoned = _REASONING_LEAD.match(cleaned)
            if reasoned is not None and (analyse(reasoned.group("rest"), self.index).mentions or not analyse(
                    cleaned[:reasoned.start("rest")], self.index).mentions):
                # "Given its start time and duration, at what time did the A–B meeting end in Japan?": how to
                # work it out, which the answer shows; the question is what follows (the lead naming nothing,
                # or the question naming its own)
                cleaned = reasoned.group("rest")
            elif reasoned is not None and (thing := _OF_THING.search(reasoned.group(0)[:reasoned.start("rest")])) \
                    and len(_IT_WORD.findall(reasoned.group("rest"))) == 1:
                # "Given the start time of the A–B meeting, when did it end?": "it" is the thing the figures are of
                cleaned = _IT_WORD.sub(thing.group("thing").strip(), reasoned.group("rest"), count=1)
            # "at what time did the A–B meeting end, given its start time and duration?": the question before it
            # (what the figures are of stays: "… based on the kuleba mtg times?" is of the kuleba meeting)
            cleaned = _REASONING_AFTER.sub(_figures_of, cleaned, count=1) or cleaned
            introduced = _INTRODUCED.match(cleaned)
            if introduced is not None:
                cleaned = self._asked_of_topic(introduced.group("topic"), introduced.group("rest")) or cleaned
            cleaned = unfronted(_SUBJECT_INTRODUCED.sub("", cleaned, count=1) or cleaned)
            # "When did Velda hold the Ostra summit she mentioned to Dorin?": where the summit was spoken of
            # says which one it is no more than its name does, and names no one of it
            cleaned = _MENTIONED_CLAUSE.sub(_mentioned_clause_dropped, cleaned, count=1)
            # "How long was the G20 Summit in Bali, which President Kagame attended, scheduled to last?": a clause set
            # off by commas describes what comes before it, and asks nothing
            cleaned = _ASIDE_CLAUSE.sub(r"\g<before> \g<after>", cleaned, count=1)
            # "Of A and B, which one was longer?": a choice read as every choice is, the two offered last
            cleaned = choice_put_last(cleaned)
        if not cleaned.startswith("/"):
            # "going 2 ukraine": the digit is a word, not a figure, for every part of the engine
            # and chat shorthand written out ("how many yrs does the coop program run"), for every rule
            cleaned = expand_shorthand(without_again(digit_for_to(cleaned)))
            # ("auto transformers to ukr - how many and by when?": the count asked of the thing said first)
            cleaned = _TRAILING_HOW_MANY.sub(lambda m: f"how {m.group('how')} {m.group('topic')}{m.group('rest')}?",
                                             cleaned)
            # ("there was some japanese banker back then right? who": the one said to have been, asked for)
            cleaned = _THERE_WAS_ASKED.sub(lambda m: f"{m.group('wh')} was the {m.group('np')}?", cleaned, count=1)
            # ("what are the names of the ministers Hayashi met?": which ministers he met, named)
            cleaned = _NAMES_OF_PEOPLE.sub(lambda m: f"which {m.group('who')}", cleaned, count=1)
            # ("rwandan ministers at the kagame kishida meeting?": which of them were there)
            cleaned = _PEOPLE_AT.sub(r"which \g<who> were at \g<what>?", cleaned, count=1)
            # ("which minister congratulated the other?": who did it to whom)
            cleaned = _WHICH_DID_THE_OTHER.sub(r"\g<lead>who \g<did> whom", cleaned, count=1)
            one_who = _THE_ONE_WHO_DID.match(cleaned)
            if one_who is not None and stem(one_who.group("did").split()[0]) not in lx.GENERIC_DOING | lx.HOST_OR_GUEST:
                # (one described by a meeting or visit of theirs is found by it: "… who visited the Bucha memorial")
                cleaned = f"which {one_who.group('who')} {one_who.group('did')}?"
            # ("sorry, I meant the Uzbek meeting. What date was that?": a correction and its question restated)
            cleaned = cleaned if corrections.read(cleaned) is not None else joined_sentences(cleaned)
            cleaned = without_their_dates(cleaned)
        # "How many days apart were the A–B and C–D meetings?" is one question about two events.
        whole = (cleaned.startswith("/") or elapsed.match(cleaned) is not None
                 or lx.EACH_MET.search(cleaned.lower()) is not None  # "which ministers, and whom did each meet?"
                 # ("how many days between A and B?" → "and between C and D?": one time between two, asked again)
                 or focus is not None and focus.question is not None
                 and elapsed.asked_again(cleaned, focus.question) is not None)
        distributed = None if whole else (_two_years(cleaned) or self._distributed(cleaned))
        parts = [cleaned] if whole else (distributed or split_question(
            cleaned, lambda t: bool(analyse(t, self.index).mentions)))
        pairs = loose_pairs(cleaned) if len(parts) == 1 and computed.asks_total_length(cleaned.lower()) else None
        if pairs is not None:
            # "hayashi-kulubaev plus kamikawa-kuleba, total mins?": the lengths of the two pairs' meetings, added
            total = computed.total_length(self.kb, pairs, lambda q: self.ask_one(q, focus, today))
            if total is not None:
                return total
        if len(parts) > 1 and computed.asks_total_length(cleaned.lower()):
            # "the combined length of the A–B and C–D meetings": the parts' lengths, added.
            total = computed.total_length(self.kb, parts, lambda q: self.ask_one(q, focus, today))
            if total is not None:
                return total
        if len(parts) == 1:
            answer = self._the_one_discussed(self.ask_one(cleaned, focus, today), focus, cleaned, today)
            return _with_both(answer, focus, cleaned)
        answers: list[Answer] = []
        asked_in = focus
        for part in parts:  # each part may refer back to the one before ("..., and when did he ...")
            if distributed:
                focus = asked_in  # one question asked of each name or date: each in the same conversation
            if answers and not answers[-1].answered and (references.POINTS_BACK.search(part.lower())
                                                         or not analyse(part, self.index).mentions):
                # "Which embassies ..., and when did they open?" when the records could not answer the
                # first part: "they" has nothing to point to, and the topic before is no substitute.
                answer = Answer("not_found", False, "Not in the records",
                                ("It refers to the part before, which the records could not answer.",),
                                confidence=0.0)
            elif answers and (of_each := self._asked_of_each(part, focus)) is not None:
                assert focus is not None
                # "Which embassies opened in each other's countries, and when?": when of each one listed
                answer = self.about_records(focus.items, of_each, focus.items, today)
            elif not distributed and _TWO_EVENTS.match(part) is not None \
                    and (of_two := self._distributed(part)) is not None and len(of_two) == 2:
                # "where are the embassy in A and the embassy in B located, and when did each open?": the first
                # part asked of each of the two it names, which the next part's "each" is of
                answer = _combined(of_two, [self.ask_one(one, focus, today) for one in of_two])
            else:
                answer = self.ask_one(part, focus, today)
            focus = answer.focus or focus
            answers.append(answer)
        combined = _combined(parts, answers)
        if combined.focus is not None and combined.focus.question is None:
            # "which meetings give a length, and how long was each?": the message is the question of what it showed
            combined = replace(combined, focus=replace(combined.focus, question=cleaned))
        return combined

    def _the_one_discussed(self, answer: Answer, focus: Focus | None, text: str, today: dt.date) -> Answer:
        """"When was the Ukraine trip?" after Kishida's visit to Ukraine, answered by the two trips there: "the" trip
        is the one the conversation is on, when it is one of those found and the question names no one else; the
        answer as it is otherwise."""
        asked = unfronted(text)
        said = _THE_RECORD_SAID.search(asked.lower())
        if said is None or focus is None or focus.several or focus.meeting not in self.kb.meetings \
                or answer.kind != "several" or answer.focus is None \
                or f"meeting:{focus.meeting}" not in answer.focus.items:
            return answer
        meeting = self.kb.meetings[focus.meeting or ""]
        if any(m.kind == "person" and m.id not in meeting.participants for m in analyse(text, self.index).mentions):
            return answer
        asked = asked[:said.start()] + "it" + asked[said.end():]
        one = self.ask_one(asked, self.answerer.meetings.meeting_focus(meeting), today)
        return one if one.answered and one.kind != "several" else answer

    def _asked_of_topic(self, topic: str, rest: str) -> str | None:
        """The question put after a country introduced as its topic, when it can be read alone: "Now Rwanda: …
        in Kigali?" names the topic itself (or a place in it); "Now Rwanda: … open an embassy there?" has
        "there" for it, said as the country. None otherwise (the topic is taken into the question as it is)."""
        said = analyse(topic, self.index).mentions
        countries = {m.id for m in said if m.kind == "country"}
        if not said or len(countries) != len(said):
            return None
        named = analyse(rest, self.index).mentions
        if any(m.kind == "country" and m.id in countries or m.kind == "place" and m.id in self.kb.places
               and self.kb.places[m.id].country in countries for m in named):
            # ("Switching to Central Asia - … Uzbekistan …?": a region's country named in the question)
            return rest
        if len(countries) != 1 or len(_THERE_WORD.findall(rest)) != 1 or any(
                m.kind in ("country", "place") and m.id != self.index.home for m in named):
            return None
        return _THERE_WORD.sub(f"in {topic.strip()}", rest)

    def _asked_of_each(self, part: str, focus: Focus | None) -> str | None:
        """The question a bare later part of a message ("…, and when?") asks of each record the part before
        listed (a few records shown, none of them picked, and the part names nothing of its own); None when
        it asks something else."""
        if focus is None or focus.meeting or last_shown.current_picked(focus) \
                or not 2 <= len(focus.items) <= references.MAX_EACH:
            return None
        read = analyse(part, self.index)
        if read.intent == "who" and read.mentions and not read.dates and len(read.words) <= _SHORT_PART and all(
                m.kind == "country" and (m.id == self.index.home or m.id in focus.countries) for m in read.mentions) \
                and all(k in lx.PERSON_ASKED_STEMS for k in read.keywords):
            # "… two meetings in 2023, right? which Japanese ministers?": those who took part in each one listed
            return f"{part.rstrip(' ?')} took part in it?"
        return part if not read.mentions and not read.keywords and read.role is None else None

    def ask_one(self, cleaned: str, focus: Focus | None, today: dt.date) -> Answer:
        """One message (a command, or one question) in the conversation `focus` is the topic of: the
        answer of the first rule of `TURN_RULES` that gives one."""
        answer = first_answer(TURN_RULES, self, Turn(cleaned, focus, today))
        assert answer is not None, "the last rule answers every message"
        if answer.focus is not None and focus is not None and answer.focus.question is None \
                and answer.focus.intent is None and focus.question and answer.focus.records() \
                and set(answer.focus.records()) <= set(focus.records()):
            # "when did Japan and Rwanda start relations?" → "why that year?" (a detail of the same record) → "and
            # Uzbekistan?": the conversation's question is still the one to ask again of something else
            answer = replace(answer, focus=replace(answer.focus, question=focus.question, intent=focus.intent,
                                                   keywords=focus.keywords, aspects=focus.aspects))
        if answer.focus is not None and focus is not None and focus.people and len(answer.focus.people) >= 2 \
                and focus.people[0] in answer.focus.people[1:] and _LIST_PICK.search(cleaned.lower()) \
                and not any(m.kind == "person" for m in analyse(cleaned, self.index).mentions):
            # "who did Hayashi meet? → the earlier one – when was it?": the one the conversation follows stays
            # first among the people of the record picked ("did he go to Bucha too?" is still of him)
            first = focus.people[0]
            answer = replace(answer, focus=replace(answer.focus, people=(
                first, *(p for p in answer.focus.people if p != first))))
        if answer.focus is not None:
            # the records of this answer before those of the last few
            recent = tuple(dict.fromkeys((*answer.focus.records(), *answer.focus.recent,
                                          *(focus.recent if focus is not None else ()))))[:_RECENT_KEPT]
            if focus is not None and not answer.answered and str(answer.extra.get("rule", "")).startswith("correction"):
                # "no, I meant the Uzbek one", found nowhere: the records corrected away from are no topic to go back
                # to ("what did they discuss?" next is not of them)
                recent = tuple(r for r in recent if r not in focus.records())
            answer = replace(answer, focus=replace(answer.focus, recent=recent))
        if answer.focus is not None and answer.focus.listed_question is None and focus is not None:
            # a list kept while later answers picked from it keeps the question that showed it
            question, kept = last_shown.question_of_list(focus), last_shown.shown_list(answer.focus)
            if question and kept and set(kept) == set(last_shown.shown_list(focus)):
                answer = replace(answer, focus=replace(answer.focus, listed_question=question))
        return answer

    # -- the rules of one turn, in the order of TURN_RULES ------------------------------------------------
    def _command(self, t: Turn) -> Answer | None:
        """"/meetings Ukraine", and a slash followed by anything else (an unknown command)."""
        command = _COMMAND.match(t.text)
        if command:
            return self.commands.run(command.group(1).lower(), (command.group(2) or "").strip(), t.today)
        if t.text.startswith("/"):
            return self.commands.run(t.text[1:].split()[0] if t.text[1:].split() else "", "", t.today)
        return None

    def _about_the_bot(self, t: Turn) -> Answer | None:
        """"What can you do?", "which countries do you cover?": the command that lists it."""
        about = next((about for pattern, about in _ABOUT_THE_BOT if pattern.search(t.lowered)), None)
        if about == "countries" and any(m.id != self.index.home for m in analyse(t.text, self.index).mentions):
            return None  # "which countries' officials did Hayashi meet in these records?": a question of his
        return self.commands.run(about, "", t.today) if about else None

    def _correction(self, t: Turn) -> Answer | None:
        """"sorry, I meant Kyiv": the last question asked again with what the correction names."""
        focus = t.focus
        if focus is None or not focus.question:
            return None
        correction = corrections.read(t.text)
        if correction is None:
            return None
        if correction.is_question:
            return self.ask_one(correction.new, focus, t.today)
        if correction.restated is not None:
            # "sorry, I meant Kyrgyzstan — who represented Japan there?": the question restated, its
            # "there" and "it" the value meant
            described = corrections.restated_of_person(correction.new, correction.restated, self.index)
            if described is not None:
                # "sorry, I meant the Ukrainian foreign minister - when did he visit Japan?": "he" is the one described
                # ("sorry, I meant the Japanese one. what's his position?": the one of the people just shown)
                return self.ask_one(described, focus if _ONE_OF_THEM_MEANT.match(correction.new) else None,
                                     t.today)
            value_read = analyse(correction.new, self.index)
            named = value_read.mentions
            meant = Focus(people=tuple(m.id for m in named if m.kind == "person"),
                          countries=tuple(m.id for m in named if m.kind == "country"),
                          place=next((m.id for m in named if m.kind == "place"), None))
            again = corrections.corrected(focus.question, correction.new, self.index) if meant.people else None
            if again is not None:
                # "When did Hayashi meet Kuleba? → Sorry, I meant Kamikawa. When did she meet him?": "him" is the one
                # of the last question the correction keeps
                kept = [m.id for m in analyse(again, self.index).mentions
                        if m.kind == "person" and m.id not in meant.people]
                meant = replace(meant, people=(*meant.people, *dict.fromkeys(kept)))
            pointed = _POINTER_IN_RESTATED.search(correction.restated)
            meant_record = self._record_meant(correction.new, t.today) \
                if pointed is None and not _PERSONAL.search(correction.restated.lower()) \
                and _ONE_WHERE.match(correction.new) else None
            if meant_record is not None:
                # "sorry i meant the one where hayashi went to kyiv, what date": the question asked of the one record
                # the words meant find, as a follow-up to it
                return self.ask_one(correction.restated, self.answerer.meetings.meeting_focus(meant_record), t.today)
            # ("sorry, I meant Rwanda's embassy in Tokyo. when did that open?": a thing of the names, said in the
            # place of "that", as a record described is)
            if named and (pointed is None or not (_RECORD_NOUN.search(correction.new) or value_read.keywords)):
                return self.ask_one(self._restated_of_named(correction.restated, value_read, meant), meant, t.today)
            if pointed is not None:
                # "sorry, I meant the meeting on 24 December 2022: who was the counterpart there?": the question of
                # the thing meant, said in the place of its "there" or "it"
                said = f"at {correction.new}" if pointed.group(0).lower() == "there" else correction.new
                restated = correction.restated[:pointed.start()] + said + correction.restated[pointed.end():]
                answer = self.ask_one(restated, None, t.today)
                if answer.answered or named:
                    # ("sorry, I meant the Kyiv trip, when was that?": of the trip, however it is answered)
                    return answer
        if correction.instead_of is not None:
            # "sorry, I meant generators, not cranes": the last question with the one word for the other
            replaced = corrections.word_replaced(focus.question, correction.new, correction.instead_of)
            if replaced is not None:
                return self.ask_one(replaced, None, t.today)
        one_meant = self._recent_meeting_meant(correction.new, focus)
        if one_meant is not None:
            # "sorry, I meant the one in Ostra": the last question of the meeting of the last few that fits
            return self.ask_one(focus.question, self.answerer.meetings.meeting_focus(one_meant), t.today)
        if _RECORD_NOUN.search(correction.new) and focus.intent in last_shown.ASKED_AGAIN \
                and not lx.PERSON_PRONOUN.search(correction.new.lower()):  # ("I meant his Ukraine trip": of him)
            # "sorry, I meant the Ukrainian foreign minister's meeting with Japan's foreign minister": a whole record
            # described, of which the last question is asked again
            record = re.sub(r"^(?:the|that|this)\s+", "", correction.new.strip().rstrip(".!?"), flags=re.IGNORECASE)
            again = re.sub(r"\bit\b", f"the {record}", last_shown.ASKED_AGAIN[focus.intent], count=1)
            whole = self.ask_one(again, None, t.today)
            if whole.answered:
                return whole
        again = corrections.corrected(focus.question, correction.new, self.index)
        if again is None:
            return self._someone_meant(correction.new, focus, t.today)
        value = analyse(correction.new, self.index)
        # (a post meant in place of another, "I meant the foreign minister's", is of the same people listed)
        answer = self.ask_one(again, focus if value.role is not None and not value.mentions else None, t.today)
        if not answer.answered:
            answer = self._someone_meant(correction.new, focus, t.today) or answer
        if not answer.answered and any(m.kind in ("country", "place") for m in value.mentions):
            # "… the Japan-Ukraine meeting in New York?" → "no, I meant the Japan-Kyrgyz one": New York described
            # the record meant before; the record meant now is asked of without it
            unplaced = corrections.places_dropped(again, correction.new, self.index)
            if unplaced is not None:
                elsewhere = self.ask_one(unplaced, None, t.today)
                if elsewhere.answered:
                    return elsewhere
        return answer

    def _someone_meant(self, meant: str, focus: Focus, today: dt.date) -> Answer | None:
        """"who was the Kyrgyz FM Hayashi met?" → "sorry, I meant the Uzbek official who hosted the Japanese
        diplomat": the one the words describe, asked of alone; None when they describe no one so, or find nothing."""
        if focus.intent != "who" or not _SOMEONE_DESCRIBED.match(meant):
            return None
        described = self.ask_one(f"who was {meant.strip().rstrip('.!?')}?", None, today)
        return described if described.answered else None

    def _names_its_topic(self, topic: str, question: str) -> bool:
        """Whether `question` names every country, person or place `topic` names, itself or by someone of that
        country ("what about Kyrgyzstan, did Kulubaev …?"); never of a topic that names nothing ("the Kyrgyz one")."""
        said = analyse(topic, self.index)
        if not said.mentions or said.words[:1] in (("the",), ("that",)):
            return False
        asked = analyse(question, self.index).mentions
        ids = {(m.kind, m.id) for m in asked}
        of_people = {getattr(self.kb.people.get(m.id), "country", None) for m in asked if m.kind == "person"}
        return all((m.kind, m.id) in ids or m.kind == "country" and m.id in of_people for m in said.mentions)

    def _record_meant(self, meant: str, today: dt.date) -> Meeting | None:
        """The one meeting or visit that what a correction means finds when asked alone ("the one where Hayashi went
        to Kyiv"); None when it finds none or several."""
        found = self.ask_one(meant, None, today)
        if not found.answered or found.focus is None:
            return None
        meetings = [key for kind, _, key in (i.partition(":") for i in found.focus.items) if kind == "meeting"]
        one = meetings[0] if len(meetings) == 1 else (found.focus.meeting if not found.focus.items else None)
        return self.kb.meetings.get(one or "")

    def _nth_of_conversation(self, topic: str, focus: Focus | None) -> Meeting | None:
        """"the first meeting", "the second one": that meeting in the order the conversation had them; None when
        the words are no such reference, or the conversation had fewer, or more than it remembers."""
        found = _NTH_HAD.match(topic.strip().lower())
        if found is None or focus is None or len(focus.recent) >= _RECENT_KEPT:
            return None
        had = [self.kb.meetings[m] for m in reversed(focus.recent_meetings()) if m in self.kb.meetings]
        nth = _ORDINALS.index(found.group("nth"))
        return had[nth] if len(had) > max(nth, 1) else None

    def _recent_by_noun(self, topic: str, focus: Focus | None) -> Meeting | None:
        """"going back to the forum": the one meeting of the conversation's last few records whose title has
        the words said; None when the words name something, or none or several of those meetings fit."""
        found = _THE_NOUN.match(topic.strip().lower())
        if found is None or focus is None or analyse(topic, self.index).mentions:
            return None
        words = set(content_stems(found.group("noun")))
        fits = [m for i in focus.recent_meetings() if (m := self.kb.meetings.get(i)) is not None
                and words and words <= set(content_stems(m.title))]
        return fits[0] if len(fits) == 1 else None

    def _recent_meeting_meant(self, said: str, focus: Focus) -> Meeting | None:
        """"the one in Ostra", "the meeting with Dorin": the one meeting of the last few answers held there or
        with them; None when the words are no such reference, or none or several of them fit."""
        found = _ONE_MEANT.match(said)
        if found is None:
            return None
        named = analyse(found.group("what"), self.index).mentions
        if not named:
            return None
        recent = [self.kb.meetings[m] for m in focus.recent_meetings() if m in self.kb.meetings]
        inside = found.group("how") in ("in", "at")
        fits = [m for m in recent if all(
            self.answerer.meetings.held_in(m, x.kind, x.id) if inside and x.kind in ("place", "country")
            else x.kind == "person" and x.id in m.participants or x.kind == "country" and x.id in m.countries
            for x in named)]
        return fits[0] if len(fits) == 1 else None

    def _country_described(self, t: Turn) -> Answer | None:
        """"Who was foreign minister of the country Japan sent emergency grant aid to in October 2022?": the
        one partner country of the record that the description says, named in its place."""
        said = _DESCRIBED_COUNTRY.search(t.text)
        if said is None:
            return None
        clause = analyse(said.group("clause"), self.index)
        if not clause.keywords or any(m.kind == "country" and m.id != self.index.home for m in clause.mentions):
            return None  # ("the country whose president is Kagame": named already)
        scored = [s for s in score_passages(self.index, clause, limit=5)
                  if s.coverage >= thresholds.YES_COVERAGE and not s.entities_missing]
        countries = {c for s in scored[:1] for kind, c in s.passage.entities
                     if kind == "country" and c != self.index.home and c in self.kb.countries}
        if len(countries) != 1:
            return None
        named = self.kb.countries[countries.pop()].name
        return self.ask_one(f"{t.text[:said.start()]}{named}{t.text[said.end():]}", t.focus, t.today)

    def _the_country_meant(self, t: Turn) -> Answer | None:
        """"What day did he get to the country?" after a record of one partner country: that country, named
        in place of "the country", so that it is read as if the question had named it."""
        focus = t.focus
        said = _THE_COUNTRY.search(t.lowered)
        owned = _OWN_COUNTRY.search(t.lowered) if said is None else None
        if focus is not None and owned is not None:
            # "what year did his country gain independence?": the country of the one of the conversation "his" is
            word = "she" if owned.group(1) == "her" else "he"
            owner = next((self.kb.people[p] for p in focus.people
                          if p in self.kb.people and self.answerer._called(p, word)), None)
            if owner is None or owner.country not in self.kb.countries or analyse(t.text, self.index).mentions:
                return None
            named = self.kb.countries[owner.country].name
            return self.ask_one(f"{t.text[:owned.start()]}{named}{t.text[owned.end():]}", focus, t.today)
        if focus is None or said is None:
            return None
        countries = [c for c in focus.countries if c != self.index.home and c in self.kb.countries]
        place = self.kb.places.get(focus.place or "")
        if not countries and place is not None and place.country and place.country != self.index.home:
            countries = [place.country]
        person = self.kb.people.get(focus.people[0]) if not countries and len(focus.people) == 1 else None
        if person is not None:
            # "what year did relations between Japan and that country begin?" after a home banker who governed
            # Zembla's central bank: the one other country of the posts the records give him
            countries = list(dict.fromkeys(r.country for r in person.roles if r.country != self.index.home))
        if len(countries) != 1 or any(m.kind == "place" or m.kind == "country" and m.id != self.index.home
                                      for m in analyse(t.text, self.index).mentions):
            return None  # (the home country named beside it is not the one meant: "between Japan and that country")
        named = self.kb.countries[countries[0]].name
        return self.ask_one(f"{t.text[:said.start()]}{named}{t.text[said.end():]}", focus, t.today)


    def _went_there_before(self, t: Turn) -> Answer | None:
        """"When did Hayashi go to Kyiv?" → "who went there before him?": the journey asked of the place and the person
        the conversation holds, in their names."""
        focus = t.focus
        found = _WENT_THERE_BEFORE.match(t.lowered)
        if focus is None or found is None:
            return None
        # (of the place's country: a visit there before is to the country, whatever city the records name)
        place = self.kb.places.get(focus.place or "")
        partners = [place.country] if place is not None and place.country in self.kb.countries else [
            c for c in focus.countries if c != self.index.home and c in self.kb.countries]
        where = self.kb.countries[partners[0]].name if len(partners) == 1 else None
        meant = followups.meant_by_pronoun(self.kb, focus.people, found.group("pronoun"))
        if where is None or not meant or meant[0] not in self.kb.people:
            return None
        return self.ask_one(f"who went to {where} {found.group('side')} {self.kb.people[meant[0]].name}"
                             f"{found.group('rest')}?", None, t.today)

    def _went_there_too(self, t: Turn) -> Answer | None:
        """"Which Japanese leaders went to Ukraine in 2023?" → "did Kamikawa go too?": the journey claimed of the one
        person named, to the one country (or place) the conversation went to, asked in full."""
        focus = t.focus
        found = _WENT_TOO.match(t.lowered)
        when = _WENT_THERE_WHEN.match(t.lowered) if found is None else None
        along = _WENT_THERE_WITH.match(t.lowered) if found is None and when is None else None
        if focus is None or found is None and when is None and along is None:
            return None
        matched = when or found or along
        assert matched is not None
        who = matched.group("who") or (matched.group("who2") if found is not None else "")
        said = analyse(who, self.index)
        if len(said.mentions) != 1 or said.mentions[0].kind != "person" or said.keywords:
            return None
        place = self.kb.places.get(focus.place or "")
        partners = [c for c in focus.countries if c != self.index.home and c in self.kb.countries]
        where = place.name if place is not None else self.kb.countries[partners[0]].name if len(partners) == 1 \
            else None
        if where is None:
            return None
        # ("and when did PM Kishida go there?" after Hayashi's trip to Kyiv: when he went to Kyiv, not any trip of his)
        asked = f"when did {who} go to {where}?" if when is not None else f"did {who} go to {where}?"
        if along is not None:
            asked = f"did {who} go to {where} {along.group('with')}?"  # ("… with him?": him of the conversation)
        return self.ask_one(asked, focus, t.today)

    def _time_after_of_another(self, t: Turn) -> Answer | None:
        """"How many years after relations were established did the Uzbek embassy open?" → "and Japan's embassy in
        Tashkent, how long after?": the same time asked of the other thing, from the same event."""
        found = _OTHER_HOW_LONG.match(t.lowered)
        if found is None or t.focus is None or not t.focus.question:
            return None
        last = _TIME_AFTER_ASKED.match(t.focus.question.lower())
        if last is None:
            return None
        front = t.text[found.start("front"):found.end("front")]  # (as written: "Japan's embassy in Tashkent")
        return self.ask_one(f"{last.group('head')} {front} {last.group('verb')}?", t.focus, t.today)

    def _more_of_two_given(self, t: Turn) -> Answer | None:
        """"Which was more, cranes or transformers?": of two things given, each named by the words of its one pledge
        with a number, the one of the larger number, with both records."""
        found = _MORE_OF_TWO.match(t.lowered)
        if found is None:
            return None
        sides = [pledges.named_with_number(self.kb, found.group(x) or found.group(f"{x}2")) for x in ("a", "b")]
        if any(len(side) != 1 for side in sides) or sides[0][0].id == sides[1][0].id \
                or any(side[0].kind == "money" for side in sides):
            return None  # (a sum of money and a count of things are not more or fewer of one another)
        one, other = sides[0][0], sides[1][0]
        assert one.quantity is not None and other.quantity is not None
        if one.quantity.value == other.quantity.value:
            title = f"The same number: {one.quantity.text} each"
        else:
            more, counted = (one, one.quantity) if one.quantity.value > other.quantity.value \
                else (other, other.quantity)
            title = f"More {counted.unit or more.item}: {counted.text}"
        return Answer("comparison", True, title, (one.statement, other.statement),
                      sources=(d.cite(self.kb, one.cited), d.cite(self.kb, other.cited)),
                      focus=Focus(items=(f"pledge:{one.id}", f"pledge:{other.id}")), confidence=0.8)

    def _at_the_time_shown(self, t: Turn) -> Answer | None:
        """"How many cranes did Japan pledge? → which Japanese official was visiting at the time?": the date of the
        record just answered (a pledge or a fact, of no meeting the conversation already holds), said in the
        question of who in place of "at the time"."""
        focus = t.focus
        said = _AT_THE_TIME.search(t.text)
        if focus is None or focus.date is None or focus.meeting is not None or said is None \
                or not _WHO_OR_WHICH.match(t.lowered) or find_date(t.text)[0] is not None:
            return None
        try:
            date = PartialDate.parse(focus.date)
        except ValueError:
            return None
        return self.ask_one(f"{t.text[:said.start()]}{d.on_date(date)}{t.text[said.end():]}", focus, t.today)

    def _else_of_no_one(self, t: Turn) -> Answer | None:
        """"Who else did Kishida meet in Bali?" when neither the question nor the conversation named anyone he met:
        besides whom is unsaid, so those the records name are shown, not given as the others asked for."""
        found = _ELSE_MET.match(t.lowered)
        if found is None:
            return None
        said = analyse(found.group("who"), self.index)
        meeter = [m.id for m in said.mentions if m.kind == "person"]
        rest = analyse(found.group("rest"), self.index) if found.group("rest") else None
        if len(meeter) != 1 or said.keywords or rest is not None and (
                any(m.kind == "person" for m in rest.mentions) or _BESIDES.search(found.group("rest"))):
            return None  # ("who else did Hayashi meet in Kyiv besides Zelenskyy?": besides him)
        known = [p for p in (*t.focus.people, *t.focus.earlier_people) if p != meeter[0] and p in self.kb.people] \
            if t.focus is not None else []
        if known:
            return None  # ("what did Zelenskyy say? → who else did Hayashi see there?": besides whom it showed)
        plain = self.ask_one(f"who did {found.group('who')} {found.group('verb')}{found.group('rest')}", t.focus,
                              t.today)
        if not plain.answered:
            return None
        return Answer("not_found", False, "Besides whom?",
                      ("No one they met has been named yet. The records name these:", plain.title, *plain.lines),
                      sources=plain.sources, focus=plain.focus, confidence=0.0)

    def _holder_of_denied_post(self, t: Turn) -> Answer | None:
        """"Is Shmyhal Ukraine's foreign minister?" → "who is, then?": the holder of the post the claim named."""
        focus = t.focus
        if _WHO_THEN.match(t.lowered) is None or focus is None or not focus.question or focus.intent != "yes_no":
            return None
        claim = analyse(focus.question, self.index)
        span = phrase_span(ROLES[claim.role], claim.words) if claim.role is not None else None
        if span is None or not self.ask_one(focus.question, None, t.today).title.startswith("No"):
            return None  # ("is Shmyhal Ukraine's prime minister?" → "yes" → "who is, then?": not a post denied)
        start = next((m.start for m in claim.mentions if m.kind == "country" and m.end == span[0]), span[0])
        # (the country's possessive kept: "ukraine's foreign minister", and "the … of Ukraine" after the post)
        after = next((m.end for m in claim.mentions if m.kind == "country" and m.start == span[1] + 1
                      and claim.words[span[1]] == "of"), span[1])
        post = " ".join(claim.words[start:after])
        if start == span[0] and after == span[1]:
            # ("is Biruta the finance minister?" → "who is, then?": of the country of the one claimed)
            countries = {self.kb.people[m.id].country for m in claim.mentions
                         if m.kind == "person" and m.id in self.kb.people} - {None}
            if len(countries) == 1:
                post += f" of {self.index.entity_name(('country', str(min(countries))))}"
        return self.ask_one(f"who is {post}", None, t.today)

    def _other_edition(self, t: Turn) -> Answer | None:
        """"Which Central Asia plus Japan meeting was he there for?" (the ninth) → "when was the 8th one?": the
        question asked of the gathering of that name with the other number, whose record may not be held."""
        found = _EDITION_ONE.search(t.lowered)
        focus = t.focus
        if found is None or focus is None:
            return None
        held = self.kb.meetings.get(focus.meeting or "")
        names = [term.name for ref in (focus.topic, held.occasion if held is not None else None)
                 if ref and (term := self.kb.terms.get(ref)) is not None]
        names += [held.title] if held is not None else []
        numbered = next((n for n in names if lx.ORDINAL.search(n.lower())), None)
        if numbered is None:
            return None
        said = lx.ORDINAL.search(numbered.lower())
        assert said is not None
        if lx.ordinal_value(said.group(0)) == lx.ordinal_value(found.group("ord")):
            return None  # ("the ninth one" of the ninth: the same one, which the question asks of as it is)
        other = numbered[:said.start()] + found.group("ord") + numbered[said.end():]
        return self.ask_one(t.text[:found.start()] + "the " + other + t.text[found.end():], None, t.today)

    def _else_of_nothing(self, t: Turn) -> Answer | None:
        """"What else was on the table?" after a question the records did not answer, or with nothing before it: there
        is nothing to go beyond, and any record's topics would be a guess."""
        focus = t.focus
        if _ELSE_ASKED.match(t.lowered) is None or focus is not None and (
                focus.items or focus.meeting or focus.people or focus.countries or focus.place or focus.topic
                or focus.listed or focus.recent):
            return None
        query = analyse(t.text, self.index)
        if query.dates is not None or any((m.kind, m.id) != ("country", self.index.home) for m in query.mentions):
            return None  # ("what else did Japan pledge to Rwanda?" names what it asks of)
        return Answer("not_found", False, "Besides what?",
                      ("Nothing has been answered yet in this conversation to go beyond. Please name the meeting, "
                       "person or country you mean.",), suggestions=("/meetings", "/help"), confidence=0.0)


    def _anything_about(self, t: Turn) -> Answer | None:
        """"What did they talk about?" → "anything about landmines?": whether the talks discussed it, asked as a
        claim of them (not every record that mentions it)."""
        found = _ANYTHING_ABOUT.match(t.lowered)
        focus = t.focus
        # (after any other question of one meeting, "who hosted it?" → "anything about tourism?" asks of its
        # talks too, when they hold it)
        if found is None or focus is None or not focus.meeting:
            return None
        asked = self.ask_one(f"did they talk about {found.group('thing')}?", focus, t.today)
        if "discuss" in focus.aspects or lx.TALKED_ABOUT.search((focus.question or "").lower()):
            return asked
        # (after another question of the meeting, only its talks holding it say so: "anything on demining?" after
        # a pledge made at the meeting may ask of what was given)
        return asked if asked.title == "Yes" else None

    def _rest_of_yes_no(self, t: Turn) -> Answer | None:
        """"Did she condemn Russia?" → "for what?": the last question asked again for what the fragment asks
        ("what did she condemn Russia for?"), in the same conversation."""
        focus = t.focus
        fragment = _FRAGMENT_ASKED.match(expand_shorthand(digit_for_to(t.lowered)))
        if focus is None or not focus.question or fragment is None:
            return None
        before = focus.question.strip(" ?.!")
        if not lx.YES_NO_ASKED.match(before.lower()) or "?" in before:
            return None
        prep = {"4": "for", "2": "to"}.get(fragment.group("prep"), fragment.group("prep"))  # chat's "4 what?"
        again = f"{fragment.group('wh')} {before[0].lower()}{before[1:]} {prep}?"
        return self.ask_one(again, focus, t.today)

    def _person_of_a_clause(self, t: Turn) -> Answer | None:
        """"What post did the Japanese official who co-led the business forum hold?", "when did the Japanese PM
        who met Kagame in Bali travel to Ukraine?": the one person the clause describes (of the side said), found
        by asking who did that, named in its place; the question is then asked of them. None when no clause, or
        not exactly one person fits."""
        found = _WHO_CLAUSE.search(t.text)
        if found is None or _IDENTITY_ASKED.match(t.text):
            return None  # ("who is the PM who went to Kyiv?" asks who that is)
        side = analyse(found.group("side") or "", self.index).mentions if found.group("side") else ()
        sides = {m.id for m in side if m.kind == "country"}
        if found.group("side") and not sides:
            return None  # ("the first official who …": no side said)
        post = analyse(f"the {found.group('noun')}", self.index).role
        claimed = analyse(t.text, self.index).intent == "yes_no"
        words = found.group("clause").split()
        tries = _CLAUSE_TRIES  # (each try is a question asked: a long clause is not asked of word by word)
        for end in range(len(words) - 1, 1, -1):
            if words[end].lower() in _CLAUSE_GOES_ON or words[end - 1].lower() in _CLAUSE_GOES_ON \
                    or words[end - 1].lower().endswith(("'s", "’s")) \
                    or _MAIN_CLAUSE_WORDS & {w.lower() for w in words[1:end]} or words[end][:1].isupper() \
                    or claimed and len(words) - end < 2:  # ("… Bureau of Asian | Affairs": a name goes on)
                continue  # ("who met Kagame in Bali | travel to Ukraine": the question's own verb starts the rest)
            if tries == 0:
                return None
            tries -= 1
            clause = " ".join(words[:end])
            who = self.ask_one(f"Who {clause}?", None, t.today)
            if not who.answered or who.focus is None:
                continue
            named = {m.id for m in analyse(clause, self.index).mentions if m.kind == "person"}
            fits = [p for p in who.focus.people if p in self.kb.people and p not in named
                    and (not sides or self.kb.people[p].country in sides)
                    and (post is None or any(lx.fits_post(post, r.key) for r in self.kb.people[p].roles))
                    and (found.group("noun").lower() not in _OWN_NOUNS or self._described_as(p, found.group("noun")))]
            if len(fits) != 1:
                continue
            rest = " ".join(words[end:])
            again = f"{t.text[:found.start()]}{self.kb.people[fits[0]].name} {rest}{t.text[found.end():]}"
            answer = self.ask_one(re.sub(r"\s+", " ", again).strip(), t.focus, t.today)
            return answer if answer.answered else None
        return None

    def _pledge_shown(self, query: Query, answer: Answer) -> str | None:
        """The one pledge of a meeting's record that an answer of the meeting shows and the question names a
        word of ("how many demining cranes …?"), as a focus item; None when there is none, or several."""
        if not answer.answered or answer.focus is None or not answer.focus.meeting or "pledge" not in query.aspects \
                or any(i.startswith("pledge:") for i in answer.focus.items):
            return None
        shown = " ".join(answer.lines)
        # (the pledges that use a word of the question, through the word index: no scan of every pledge)
        named = sorted({self.index.passages[n].ref for k in query.keywords for n in self.index.by_stem.get(k, ())
                        if self.index.passages[n].kind == "pledge"})
        found = [i for i in named if (p := self.kb.pledges.get(i)) is not None
                 and p.meeting in (None, answer.focus.meeting) and p.statement.rstrip(".") in shown]
        return f"pledge:{found[0]}" if len(found) == 1 else None

    def _described_as(self, person: str, noun: str) -> bool:
        """Whether the records call `person` a `noun` ("banker"), in their description or a post's title."""
        found = self.kb.people[person]
        said = " ".join([found.description or "", *(r.title for r in found.roles)]).lower()
        return re.search(rf"\b{re.escape(noun.lower())}", said) is not None

    def _said_then_who(self, t: Turn) -> Answer | None:
        """"Two Japanese foreign ministers dealt with Ukraine in September 2023 — who were they?": the
        statement asked as a question of which ones ("which Japanese foreign ministers dealt with ...?")."""
        found = _SAID_THEN_WHO.match(t.text)
        if found is None:
            return None
        return self.ask_one(f"which {found.group('rest').strip()}?", t.focus, t.today)

    def _who_said_the_shown(self, t: Turn) -> Answer | None:
        """"Who said that?", "who gave that figure?" after one record shown: who the records quote as saying
        what that record says (its quote asked of the speakers), not a detail of the record itself."""
        focus = t.focus
        if focus is None or _WHO_SAID_IT.match(t.lowered) is None:
            return None
        shown = focus.current or (focus.items[0] if len(focus.items) == 1 else None)
        cited = self._cited_of(shown) if shown is not None and not shown.startswith("meeting:") else None
        if cited is None:
            return None
        said = self.ask_one(f"{cited.quote.rstrip('.')}. Who said that?", focus, t.today)
        return said if said.answered else None

    def _others_at_gathering(self, t: Turn) -> Answer | None:
        """"Who else came from Central Asia?" after a gathering (an event the records name, not a meeting they
        record): the records list who took part in meetings, not in summits or dialogues; said plainly, with
        the meetings held on its occasion."""
        focus = t.focus
        if focus is None or not _OTHERS_CAME.search(t.lowered):
            return None
        # (the one gathering among the records just shown: "which edition was it?" may show it with its meeting)
        events = [x for i in focus.items if i.startswith("term:")
                  and (x := self.kb.terms.get(i.removeprefix("term:"))) is not None and x.kind == "event"]
        if len(events) != 1:
            return None
        term = events[0]
        held = sorted((self.kb.meetings[m] for m in self.index.meetings_by_entity.get(("term", term.id), ())
                       if m in self.kb.meetings and self.kb.meetings[m].occasion == term.id),
                      key=lambda m: (m.date.first_day(), m.id))
        named = term.name if term.name.lower().startswith("the ") else f"the {term.name}"
        lines = [f"The records do not list who else came to {named}."]
        if held:
            lines.append("They record on its occasion: " + "; ".join(
                f"{m.title} ({m.date.human()}): " + ", ".join(d.person_label(self.kb, x) for x in m.participants)
                for m in held))
        return Answer("not_found", False, "Not in the records", tuple(lines),
                      sources=(d.cite(self.kb, term.cited), *(d.cite(self.kb, m.cited) for m in held)),
                      focus=focus, confidence=0.0)

    def _other_of_the_kind_shown(self, t: Turn) -> Answer | None:
        """"What other project was welcomed alongside it?" after one programme shown: the other things of its
        kind that the records which tell of it name, each with its own record (None when they name none)."""
        focus = t.focus
        if focus is None or _OTHER_OF_KIND.match(t.lowered) is None:
            return None
        shown = focus.current or (focus.items[0] if len(focus.items) == 1 else None)
        term = shown.removeprefix("term:") if shown is not None and shown.startswith("term:") else focus.topic
        if term is None or term not in self.kb.terms or focus.meeting is not None and shown is None:
            return None
        kind = self.kb.terms[term].kind
        others = sorted({i for n in self.index.by_entity.get(("term", term), ())
                         for k, i in self.index.passages[n].entities | self.index.passages[n].mentioned
                         if k == "term" and i != term and i in self.kb.terms and self.kb.terms[i].kind == kind})
        if not others:
            return None
        items = tuple(f"term:{i}" for i in others)
        if len(others) == 1:
            return self.record_answer(items[0], items)
        return Answer("terms", True, f"{len(others)} other {kind}s named with {self.kb.terms[term].name}",
                      tuple(f"• {self.kb.terms[i].name}: {self.kb.terms[i].definition}" for i in others),
                      sources=tuple(d.cite(self.kb, self.kb.terms[i].cited) for i in others[:3]),
                      focus=Focus(items=items))

    def _at_another_date(self, t: Turn) -> Answer | None:
        """"Who did Hayashi meet in 2022?" → "and in 2023?": the last question asked again at that date."""
        focus = t.focus
        any_then = _ANY_THEN.match(t.lowered)
        if focus is not None and focus.question and _SHIFTED_PERIOD.match(t.lowered):
            return self._at_shifted_period(t, focus)
        # "november 14 2022?": a date alone, the last question asked again then, else what happened that day
        alone = elapsed.said_date(t.text.strip(" ?.!")) is not None and _DAY_ALONE.match(t.lowered) is not None
        if alone and (focus is None or not focus.question):
            return self.ask_one(f"what happened on {t.text.strip(' ?.!')}?", None, t.today)
        if focus is None or not focus.question or not (lx.CONTINUES.match(t.lowered) or any_then or alone) \
                or references.points_to_the_other(t.lowered):
            return None  # ("and the other one on the 20th?": a record of a list, not the last question again)
        here = analyse(t.text, self.index)
        # ("which of the meetings took place in 2022?" → "and which took place in 2023?": the words of the last
        # question said again, with the other date)
        repeated = set(analyse(focus.listed_question or focus.question, self.index).keywords) \
            if _WHICH_AGAIN.match(t.lowered) else set()
        if here.dates is None or here.mentions or (set(here.keywords) - _ANY_STEMS - repeated) or here.role:
            return None
        last = focus.question
        if find_date(last)[0] is None and focus.listed_question and find_date(focus.listed_question)[0] is not None:
            # "which meetings were in 2022?" … "how many days apart were they?" → "any in 2021?": the list's question
            last = focus.listed_question
        elif any_then:
            return None
        _, before = find_date(last)  # the last question, its own date taken out
        said = (_ANY_THEN.sub("", t.lowered, count=1) if any_then else lx.CONTINUES.sub("", t.lowered, count=1)
                ).strip(" ?.!,")
        if repeated:
            said = said[said.index(at.group(0)):] if (at := _DATE_WORD.search(said)) is not None else said
        if not re.match(r"(?:in|on|during|from|between|before|after|since|by)\b", said):
            one_day = here.dates.day is not None or here.dates.start is not None and here.dates.start == here.dates.end
            said = f"{'on' if one_day else 'in'} {said}"  # "what about Sept 20, 2023?": on that day
        again = f"{before.strip(' ?.!,')} {said}?"
        answer = self.ask_one(again, None, t.today)
        # "what about 2024?" next asks this question again, not the words "and in 2023?"
        return replace(answer, focus=replace(answer.focus or Focus(), question=again))

    def _at_shifted_period(self, t: Turn, focus: Focus) -> Answer | None:
        """"Any meetings in December 2022?" → "and the month before?": the last question asked again of the
        month (or year) before or after the one it asked of."""
        shift = _SHIFTED_PERIOD.match(t.lowered)
        assert shift is not None and focus.question is not None
        last = focus.question
        if find_date(last)[0] is None and focus.listed_question:
            last = focus.listed_question
        dates, before = find_date(last)
        period = dates.period() if dates is not None else None
        if period is None or period.day is not None:
            return None  # ("the month before" of a day or of a span: no one month or year it means)
        step = -1 if (shift.group("dir") or shift.group("dir2")) in ("before", "previous", "preceding", "prior") \
            else 1
        unit = shift.group("unit") or shift.group("unit2")
        if unit == "year":
            month = f"{dt.date(2000, period.month, 1):%B} " if period.month else ""
            said = f"in {month}{period.year + step}"
        elif period.month is not None:
            months = period.year * 12 + period.month - 1 + step
            said = f"in {dt.date(months // 12, months % 12 + 1, 1):%B %Y}"
        else:
            return None  # ("the month before" of a year: no one month it means)
        again = f"{before.strip(' ?.!,')} {said}?"
        answer = self.ask_one(again, None, t.today)
        return replace(answer, focus=replace(answer.focus or Focus(), question=again))

    def _pronoun_joined_to_name(self, t: Turn) -> Answer | None:
        """"And what did she and Zelenskyy discuss?": "she" is one of the conversation's people, asked of by name
        beside the one named, so that a meeting of both is what the records must hold."""
        found = _PRONOUN_AND_NAME.search(t.text)
        if found is None or t.focus is None or not t.focus.people:
            return None
        named = {m.id for m in analyse(t.text, self.index).mentions if m.kind == "person"}
        if not named:
            return None
        group = next(g for g in ("pronoun", "pronoun2", "pronoun3", "pronoun4") if found.group(g))
        meant = [p for p in followups.meant_by_pronoun(self.kb, t.focus.people, found.group(group).lower())
                 if p not in named and p in self.kb.people]
        if not meant:
            return None
        pronoun = found.span(group)
        return self.ask_one(t.text[:pronoun[0]] + self.kb.people[meant[0]].name + t.text[pronoun[1]:],
                             t.focus, t.today)

    def _post_pointed_at(self, t: Turn) -> Answer | None:
        """"And who held that post in December 2022?": the post the last question asked about, by its name (of the
        country it was asked of), asked again with the question's own constraints."""
        found = _THAT_POST.search(t.text)
        focus = t.focus
        if found is None or focus is None or focus.role is None or not _WHO_ASKED.match(t.lowered):
            return None  # (who held it is asked; "why did he get that job?" is of the one answered)
        countries = [c for c in focus.countries if c in self.kb.countries]
        owner = f"{self.kb.countries[countries[0]].name}'s " if len(countries) == 1 else ""
        post = f"the post of {owner}{focus.role.replace('-', ' ')}"
        return self.ask_one(t.text[:found.start()] + post + t.text[found.end():], focus, t.today)


    def _name_part_of(self, t: Turn) -> Answer | None:
        return self._name_part(t.text, t.focus, t.today)


    def _post_of_pronoun(self, t: Turn) -> Answer | None:
        """"What portfolios do they hold?", "what are their titles?" after an answer about people: the posts of
        those "they" means, asked of them by name (not a detail of the meeting they were at)."""
        focus = t.focus
        found = _POST_OF_PRONOUN.match(t.lowered) or _POST_OF_ONE.match(t.lowered)
        if found is None or focus is None:
            return None
        listed = tuple(i.removeprefix("person:") for i in focus.items) if focus.items and all(
            i.startswith("person:") for i in focus.items) else ()
        people = tuple(p for p in listed or focus.people if p in self.kb.people)
        if found.re is _POST_OF_ONE:
            # "the Uzbek ones, who represented Japan?" → "what's his title?": "he" is one of those of the side asked
            # of the records shown, none of them picked, so each of them
            people = () if people else self._of_side_shown(focus)
        if len(people) < 2:
            return None  # ("what's his job?": the one answered, as any question of "he" reads it)
        noun = (found.group("noun") or found.group("noun2")).removesuffix("s")
        names = " and ".join(self.kb.people[p].name for p in people)
        noun = "post" if found.re is _POST_OF_ONE else noun  # ("his title": of each of them, by the word for any)
        return self._ask(f"what are the {noun}s of {names}?", focus, t.today)  # (each asked by name)


    def _of_side_shown(self, focus: Focus) -> tuple[str, ...]:
        """The people of the side the last question asked for ("who represented Japan?") in each meeting it showed."""
        sides = asked.countries_of_side_asked(analyse(focus.question, self.index)) if focus.question else set()
        held = [self.kb.meetings[i.removeprefix("meeting:")] for i in focus.items
                if i.removeprefix("meeting:") in self.kb.meetings]
        return tuple(dict.fromkeys(p for m in held for p in (*m.japan_side, *m.partner_side, *m.accompanying)
                                   if p in self.kb.people and self.kb.people[p].country in sides))

    def _counterpart_of(self, t: Turn) -> Answer | None:
        """"Who was his counterpart?": the other side of the meeting just discussed. "Which bureau does
        his guest work in?": the question asked of that one person."""
        if t.focus is None:
            return None
        other_side = _OTHER_SIDE.search(t.lowered)
        # (a country in the phrase itself, "his Japanese counterpart", says which side; any other name is new)
        plain = t.text[:other_side.start()] + t.text[other_side.end():] if other_side is not None else t.text
        held = self._meeting_of_meant(t.focus, t.text) if other_side is not None else None
        # ("his Japanese counterpart at the forum?": the gathering of that person's meeting is no new name)
        if any(not (m.kind == "term" and held is not None
                    and held.id in self.index.meetings_by_entity.get(("term", m.id), ()))
               for m in analyse(plain, self.index).mentions):
            return None
        if other_side is not None and not _WHO_IS_IT.match(t.lowered):
            found = self._counterpart(t.focus, t.text, at=held)
            if found is None or not found.answered or found.focus is None or len(found.focus.people) != 1:
                return None
            name = self.kb.people[found.focus.people[0]].name
            asked = t.lowered[:other_side.start()] + name + t.lowered[other_side.end():]
            return self.ask_one(asked, found.focus, t.today)
        if not _COUNTERPART.search(t.lowered):
            return None
        return self._counterpart(t.focus, t.text)

    def _where_else(self, t: Turn) -> Answer | None:
        """"Where else did he go?": the other places of the trip just discussed (of the first meeting
        when a list was shown); a trip of no other place is said to be none, not looked for elsewhere."""
        focus = t.focus
        if _ANYWHERE_BUT.search(t.lowered):
            # "did Hayashi go anywhere in Ukraine apart from Kyiv?": the other places of his trip there
            read = analyse(t.text, self.index)
            people = [m.id for m in read.mentions if m.kind == "person"]
            places = [m.id for m in read.mentions if m.kind == "place"]
            theirs = (self.kb.meetings[i] for i in self.index.meetings_by_entity.get(("person", people[0]), ())) \
                if len(people) == 1 and len(places) == 1 else ()
            trips = {m.trip or m.id for m in theirs
                     if people[0] in m.participants and m.place == places[0] and (m.trip or m.id) in self.kb.trips}
            if len(trips) == 1:
                trip = self.kb.trips[next(iter(trips))]
                return self._elsewhere_on_trip(Focus(meeting=trip.id, place=places[0], people=tuple(people)))
        if focus is None or not _WHERE_ELSE.search(t.lowered):
            return None
        first = next((i.split(":", 1)[1] for i in focus.items if i.startswith("meeting:")), None)
        if focus.meeting is None and first is not None:
            focus = replace(focus, meeting=first)
        found = self._elsewhere_on_trip(focus)
        if found is not None or analyse(t.text, self.index).mentions:
            return found
        return Answer("not_found", False, "Not in the records",
                      ("The records name no other place of the visit just discussed.",), confidence=0.0)

    def _shown_held_there(self, t: Turn) -> Answer | None:
        """"Which of the two was held outside Japan?", "which one took place in New York?": the meetings just
        shown held where the question says (or away from it), each with its place."""
        focus = t.focus
        found = _WHICH_SHOWN_HELD.match(t.lowered)
        shown = [self.kb.meetings[i.removeprefix("meeting:")] for i in (focus.items if focus else ())
                 if i.startswith("meeting:") and i.removeprefix("meeting:") in self.kb.meetings]
        if found is None or focus is None or len(shown) < 2 or len(shown) != len(focus.items):
            return None
        venues = analyse(t.text, self.index).venues
        if len(venues) != 1:
            return None
        kind, key, outside = venues[0]
        held = [(m, self.answerer.meetings.held_in(m, kind, key)) for m in shown]
        unknown = [m for m, there in held if there is None]
        fits = [m for m, there in held if there is not None and there is not outside]
        if unknown and len(fits) != 1:
            return None  # a record that does not say where: which one cannot be told
        if not fits:
            return Answer("not_found", False, "None of them",
                          tuple(f"{m.title} ({m.date.human()}): {self._where(m)}." for m in shown),
                          sources=tuple(d.cite(self.kb, m.cited) for m in shown), focus=focus, confidence=0.0)
        if len(fits) > 1:
            return None  # (those of the list that name the place, as the list rules give them)
        ref = f"meeting:{fits[0].id}"
        answer = self.record_answer(ref, (ref, *(i for i in focus.items if i != ref)))
        # (of the others, those whose records do not say where are said so, for they could have been there too)
        untold = (f"The records do not say where {', '.join(m.title for m in unknown)} took place.",) if unknown else ()
        return replace(answer, title=f"{fits[0].title}: {self._where(fits[0])}", lines=(*answer.lines, *untold))

    def _shown_with_detail(self, t: Turn) -> Answer | None:
        """"Which of those two meetings has a stated length?": of the meetings just shown, those whose records
        give that detail, each with it, and the others said not to."""
        focus = t.focus
        found = _WHICH_SHOWN_HAS.match(t.lowered)
        shown = [self.kb.meetings[i.removeprefix("meeting:")] for i in (focus.items if focus else ())
                 if i.startswith("meeting:") and i.removeprefix("meeting:") in self.kb.meetings]
        if found is None or focus is None or len(shown) < 2:
            return None
        fields = fields_asked(found.group("detail"))
        if not fields:
            return None
        given = [m for m in shown if getattr(m, fields[0])]
        lines = tuple(f"{m.title} ({m.date.human()}): " + (field_detail(m, fields[0]) if m in given
                                                          else "its record does not give it") + "."
                      for m in (*given, *(m for m in shown if m not in given)))
        sources = tuple(d.cite(self.kb, m.cited) for m in given)
        if not given:
            return Answer("not_found", False, "None of them", lines, confidence=0.0, focus=focus)
        title = ", ".join(m.title for m in given)
        return Answer("meetings", True, title, lines, sources=sources, confidence=0.9,
                      focus=replace(self.answerer.meetings.meeting_focus(given[0]), items=focus.items)
                      if len(given) == 1 else focus)

    def _no_one_referred(self, text: str, focus: Focus | None) -> Answer | None:
        """"Did he meet her?", "did he meet Kuleba?" as a message of its own, with nothing before it: whom "he"
        and "her" mean is not known, and no record is picked for them; the question is asked back. None when
        the conversation has someone or something to refer to, the message says more than the question, or
        the question's pronouns may be of the names it gives."""
        if focus is not None or _MORE_THAN_ONE_SENTENCE.search(text.strip()):
            return None
        lowered = text.lower()
        pronouns = _ONLY_PRONOUNS.findall(lowered)
        subject = _SUBJECT_PRONOUN.match(lowered)
        thing = _THING_PLACED.match(lowered)
        if thing is not None:
            # "was it at the G7?", "was this in 2022?" with nothing before: what "it" is, nothing says
            return Answer("not_found", False, "What do you mean?",
                          (f"The question says “{thing.group('pronoun')}” but names nothing, and there is nothing "
                           "earlier to take it from.", "Name the meeting or event, e.g. “Was the Kagame–Kishida "
                           "meeting at the G20?”"), suggestions=("/help",), confidence=0.0)
        if subject is not None:
            # "did he meet Kuleba?": the one the question is about is "he", whom no name in it can be
            pronouns = [subject.group("pronoun")]
        elif len(pronouns) < 2 or analyse(text, self.index).mentions:
            return None
        said = ", ".join(dict.fromkeys(f"“{p}”" for p in pronouns))
        return Answer("not_found", False, "Who do you mean?",
                      (f"The question says {said} but names no one, and there is nothing earlier to take them from.",
                       "Name the people, e.g. “Did Hayashi meet Kuleba?”"), suggestions=("/help",), confidence=0.0)

    def _pronoun_outside_shown(self, text: str, answer: Answer, focus: Focus | None) -> Answer | None:
        """"What was he grateful for?" after a list of meetings that kept no one as whom "he" means: he is one of
        the people of those meetings, so an answer about someone none of them is, is asked back instead (with
        those the records call so). None when the conversation has its people, or the answer is of one of them."""
        if focus is None or focus.people or focus.earlier_people or not focus.items or not answer.answered \
                or answer.focus is None or not answer.focus.people:
            return None
        subject = _SUBJECT_PRONOUN.match(text.lower())
        shown = [m for i in focus.items if (m := self.kb.meetings.get(i.removeprefix("meeting:"))) is not None]
        if subject is None or len(shown) != len(focus.items) \
                or any(m.kind == "person" for m in analyse(text, self.index).mentions):
            return None
        used = subject.group("pronoun")
        everyone = tuple(dict.fromkeys(p for m in shown for p in m.participants))
        present = followups.meant_by_pronoun(self.kb, everyone, text.lower())
        if set(answer.focus.people) & set(present):
            return None
        named = ", ".join(self.index.entity_name(("person", p)) for p in present)
        return Answer("not_found", False, "Who do you mean?",
                      (f"The question says “{used}”, and the answer before named no one; the records found are "
                       f"of someone else than the people of the meetings shown"
                       + (f" ({named})." if named else "."), "Name the person, e.g. by adding their name."),
                      focus=focus, confidence=0.0)

    def _where(self, m: Meeting) -> str:
        return d.meeting_place(self.kb, m) or "the place is not stated"

    def _of_their_country(self, t: Turn) -> Answer | None:
        """"Which of them is Japanese?": the one of the last answer's people from that country."""
        if t.focus is None:
            return None
        meeting = self.kb.meetings.get(t.focus.meeting or "")
        present = tuple(dict.fromkeys((*t.focus.people, *(meeting.accompanying if meeting else ()))))
        if len(present) < 2:
            return None
        named = _THE_COUNTRYS_ONE.search(t.lowered)
        theirs = {self.kb.people[p].country for p in present if p in self.kb.people}
        if named is not None and any(m.kind == "country" and m.id != self.index.home and m.id not in theirs
                                     for m in analyse(t.text, self.index).mentions):
            return None  # "the uzbek meeting with the japanese official" after a Kyrgyz one: a record of its own
        read = analyse(t.text, self.index) if named is not None else None
        said = set(read.keywords) if read is not None else set()
        asks_name = stem("name") in said and said <= _NAME_STEMS
        # (a deed claimed of that one; "was the Uzbek official a full minister?" claims a post, read below)
        claimed = read is not None and read.intent == "yes_no" and not _COPULA_FIRST.match(t.lowered)
        if named is not None and (lx.OWN_QUESTION_WORD.search(t.lowered) or named.group("s") or claimed) \
                and not asks_name:
            # "the japanese one's title?": the question asked of that one of the people just named
            # ("and the uzbek guy's name?" asks who he is, below; "so the japanese guy hosted it?" claims it of him)
            person = self._person_of_country(f"which of them is {named.group('who')}", present)
            if person is None:
                return None
            name = self.kb.people[person].name
            asked = t.lowered[:named.start()] + name + ("'s" if named.group("s") else "") + t.lowered[named.end():]
            answer = self.ask_one(asked, replace(t.focus, people=(person,)), t.today)
            return replace(answer, focus=replace(answer.focus, people=tuple(dict.fromkeys((
                person, *answer.focus.people, *present)))) if answer.focus else answer.focus)
        # ("and the japanese guy leading it?": that one, asked for by a description, not a question of him)
        person = self._person_of_country(t.text if named is None else f"which of them is {named.group('who')}",
                                         present)
        if person is None:
            return None
        answer = self.answerer.profiles.entity_profile(("person", person), analyse(t.text, self.index))
        # the others stay at hand: "and the japanese one?" after "which one is uzbek?"
        return replace(answer, focus=replace(answer.focus, people=tuple(dict.fromkeys((person, *present))))
                       if answer.focus else answer.focus)

    def _which_of_them_did(self, t: Turn) -> Answer | None:
        """"Which of them actually went to Ukraine?" after several people: the claim checked for each
        of them ("was it A who went to Ukraine?"), and those the records confirm, first."""
        focus = t.focus
        # ("which of them is in charge of finance?": whose portfolio it is, as "which of them handles finance?")
        lowered = _IN_CHARGE.sub("handles", t.lowered)
        found = _WHICH_OF_THEM_DID.match(lowered)
        # ("which of them met the president?" of a list of Japan's ministers: of them; "which one went to
        # Kyiv?", "which of the two did so first?" read otherwise, by the meetings)
        home_too = re.match(_OF_THEM, t.lowered) is not None and not _ORDER_WORDS.search(t.lowered)
        listed_people = self._people_of_the_meetings_shown(focus, home_too) if focus is not None and found else ()
        people = listed_people or tuple(p for p in (focus.people if focus else ()) if p in self.kb.people)
        if focus is None or found is None or len(people) < 2:
            return None
        two_meetings = sum(i.startswith("meeting:") for i in focus.items) >= 2 or (
            self.answerer.comparer.of_the_two(t.text) and len(focus.recent_meetings()) >= 2)
        if two_meetings and self.answerer.comparer.compares(t.text):
            # "which of the two lasted longer?" after two meetings (shown together, or one turn each): the
            # meetings compared
            return None
        claim = _IN_CHARGE.sub("handles", t.text)[found.start("rest"):]
        wanted = set(content_stems(claim)) - _PORTFOLIO_WORDS - lx.TWO_WORDS  # ("which of those two is …?")
        shown = self.kb.meetings.get(focus.meeting or "")
        listed = tuple(i.split(":", 1)[1] for i in focus.items if i.startswith("person:"))
        among = listed if len(listed) > 1 else (*people, *(p for p in (shown.accompanying if shown else ())
                                                          if p not in people and p in self.kb.people))
        posted = [p for p in among if wanted and any(
            holds_all(stems, wanted)
            for r in self.kb.people[p].roles if (stems := set(content_stems(f"{r.title} {r.organisation or ''}"))))]
        if posted:
            # "which of them handles finance?": the one whose post is of it
            lines = tuple(f"{d.person_label(self.kb, p)}" for p in posted)
            return Answer("people", True, ", ".join(self.kb.people[p].name for p in posted), lines,
                          sources=tuple(d.cite(self.kb, self.kb.people[p].roles[0].cited) for p in posted),
                          focus=Focus(people=(*posted, *(p for p in among if p not in posted)),
                                      items=tuple(f"person:{p}" for p in (*posted, *(p for p in among
                                                                                  if p not in posted)))),
                          confidence=0.8)
        of_meetings = bool(listed_people)
        if not re.match(_OF_THEM, t.lowered) and not of_meetings and len(listed) < 2:
            # "which one went to Kyiv?": only a post ("which one handles money?") picks without "of them", or
            # a list of the people of several meetings ("which Ukrainian officials …?" → "which one met A?"), or
            # the people the last answer listed ("which foreign ministers …?" → "which one met someone from X?")
            return None
        if _PERSONAL.search(claim.lower()):
            # "which of them did he see first?": "he" is one of the conversation's people, not one of "them"
            meant = followups.meant_by_pronoun(self.kb, people, claim.lower())
            people = tuple(p for p in people if not meant or p != meant[0])
            if len(people) < 2 or _ORDER_WORDS.search(claim.lower()):
                return None  # (an order among them is no claim each one's records can check)
        checked = {p: self.ask_one(f"Was it {self.kb.people[p].name} who {claim}", None, t.today) for p in people}
        confirmed = [p for p, a in checked.items() if a.answered and a.kind == "yes_no" and a.title.startswith("Yes")]
        if not confirmed and (of_meetings or not re.match(_OF_THEM, t.lowered)):
            # ("which of them was met in New York?" of a list of meetings; "which one went to Kyiv?" when none of
            # those listed did, "one" of their kind: read otherwise)
            return None
        if not confirmed:
            return Answer("not_found", False, "Not in the records",
                          (f"The records do not show that any of them {claim.rstrip('?. ')}.",),
                          suggestions=tuple(f"/who {self.kb.people[p].name}" for p in people), confidence=0.0)
        order = (*confirmed, *(p for p in people if p not in confirmed))
        lines = tuple(line for p in confirmed for line in checked[p].lines[:2])
        # ("which of them met A?" → "how long did that meeting last?": the meeting that confirmed it)
        confirming = checked[confirmed[0]].focus if len(confirmed) == 1 else None
        meeting = confirming.meeting if confirming is not None and confirming.meeting in self.kb.meetings else None
        return Answer("people", True, ", ".join(self.kb.people[p].name for p in confirmed), lines,
                      sources=tuple(c for p in confirmed for c in checked[p].sources[:1]),
                      focus=Focus(people=order, items=tuple(f"person:{p}" for p in order), meeting=meeting,
                                  date=confirming.date if meeting is not None and confirming is not None else None,
                                  # ("and the other one?": the one of them the claim was not confirmed of)
                                  current=f"person:{confirmed[0]}" if len(confirmed) == 1 else None),
                      confidence=min(checked[p].confidence for p in confirmed))

    def _people_of_the_meetings_shown(self, focus: Focus, home_too: bool) -> tuple[str, ...]:
        """The people of the meetings a list of who took part showed, of the country its question asked of
        first ("which Ukrainian officials …?"; of Japan's side too when `home_too`), in the order shown; ()
        when the list was no such list."""
        meetings = [self.kb.meetings[i.split(":", 1)[1]] for i in focus.items
                    if i.startswith("meeting:") and i.split(":", 1)[1] in self.kb.meetings]
        # (people kept from a detail of one of them, "the other one, where was it?", are no list shown)
        if len(meetings) < 2 or len(meetings) != len(focus.items) or not focus.listed_question or (
                focus.people and not (home_too and focus.intent in _SHOWS_NO_ONE)):
            return ()
        asked = min((m for m in analyse(focus.listed_question, self.index).mentions if m.kind == "country"),
                    key=lambda m: m.start, default=None)
        # ("Across the records, which Ukrainian officials …?": where to look is no part of what was asked)
        listed_question = _OF_THE_RECORDS.sub("", focus.listed_question).strip(" ,").lower()
        if asked is None or asked.id == self.index.home and not home_too or not _WHICH_PEOPLE_OF.match(
                listed_question):
            return ()
        # ("which Japanese foreign ministers met …?": the home side of each)
        return tuple(dict.fromkeys(x for m in meetings for x in (
            m.japan_side if asked.id == self.index.home else m.partner_side)
                                   if x in self.kb.people and self.kb.people[x].country == asked.id))

    def _another_meeting(self, t: Turn) -> Answer | None:
        """"What other meeting did she chair there that week?": the meetings of the person discussed
        (at the place discussed, for "there"; near its date, for "that week") other than the one discussed."""
        focus = t.focus
        if focus is None or focus.meeting not in self.kb.meetings or not _OTHER_MEETING.search(t.lowered):
            return None
        current = self.kb.meetings[focus.meeting or ""]
        read = analyse(t.text, self.index)
        named = [m.id for m in read.mentions if m.kind == "person"]
        people = named[:1] or [p for p in focus.people[:1] if p in self.kb.people]
        if not people:
            return None
        found = [m for m in self.answerer.meetings.filter_meetings([{("person", people[0])}], replace(read, dates=None))
                 if m.id != current.id]
        if re.search(r"\bthere\b", t.lowered) and current.place:
            found = [m for m in found if m.place == current.place]
        span = _NEAR.search(t.lowered)
        if span is not None:
            days = {"day": 0, "week": 7, "month": 31, "year": 366}[span.group(1)]
            start = current.date.first_day() - dt.timedelta(days=days)
            end = current.date.last_day() + dt.timedelta(days=days)
            found = [m for m in found if start <= m.date.last_day() and m.date.first_day() <= end]
        found.sort(key=lambda m: (m.date, m.id))
        who = self.index.entity_name(("person", people[0]))
        if not found:
            return Answer("not_found", False, "Not in the records",
                          (f"The records hold no other meeting of {who} of that kind than {current.title} "
                           f"({current.date.human()}).",), suggestions=(f"/who {who}",), confidence=0.0)
        if len(found) == 1:
            return self.record_answer(f"meeting:{found[0].id}", (f"meeting:{found[0].id}",))
        return Answer("meetings", True, f"{len(found)} other meetings of {who}", (),
                      items=tuple(self.answerer.meetings.meeting_item(m) for m in found),
                      sources=tuple(d.cite(self.kb, m.cited) for m in found[:3]), confidence=0.8,
                      focus=Focus(people=(people[0],), items=tuple(f"meeting:{m.id}" for m in found)))

    def _came_after(self, t: Turn) -> Answer | None:
        """"Which foreign minister followed later that year?", "n which jp fm went after him": after a visit or
        meeting with a country, the next one with that country the records hold, by someone else of the home side
        (of the post said, in the same year when the question says so)."""
        found = _CAME_AFTER.match(t.lowered)
        focus = t.focus
        if found is None or focus is None or re.search(r"\bas\b", found.group("rest")) or any(
                m.kind == "person" for m in analyse(found.group("rest"), self.index).mentions):
            return None  # ("who followed Kishida as prime minister?": a successor in a post, not a visit)
        before = next((self.kb.meetings[m] for m in focus.recent_meetings() if m in self.kb.meetings), None)
        if before is None:
            return None
        read = analyse(found.group("kind"), self.index)
        countries = set(before.countries) - {self.index.home}
        earlier = found.group("earlier") is not None
        later = [m for m in self.kb.meetings.values()
                 if set(m.countries) & countries
                 and (m.date.last_day() < before.date.first_day() if earlier
                      else m.date.first_day() > before.date.last_day())
                 and m.japan_side and not set(m.japan_side) & set(before.japan_side) and m.trip is None
                 and (read.role is None or any(lx.fits_post(read.role, r.key) for p in m.japan_side
                                               if p in self.kb.people for r in self.kb.people[p].roles))
                 and (not _SAME_YEAR.search(found.group("rest")) or m.date.year == before.date.year)]
        if not later:
            return Answer("not_found", False, "Not in the records",
                          (f"The records hold no {'earlier' if earlier else 'later'} meeting of that kind "
                           f"{'before' if earlier else 'after'} {before.title} ({before.date.human()}).",),
                          confidence=0.0)
        first = max(later, key=lambda m: (m.date.last_day(), m.id)) if earlier else \
            min(later, key=lambda m: (m.date.first_day(), m.id))
        answer = self.record_answer(f"meeting:{first.id}", (f"meeting:{first.id}",))
        who = ", ".join(self.index.entity_name(("person", p)) for p in first.japan_side)
        # (the one asked for is whom "he" means next: "what did he say Japan would keep doing?")
        kept = replace(answer.focus, people=first.japan_side) if answer.focus is not None else None
        return replace(answer, title=who, lines=(f"{'Last before' if earlier else 'Next after'} {before.title} "
                                                 f"({before.date.human()}):",
                                                 f"{first.title} ({first.date.human()})", *answer.lines),
                       focus=kept)

    def _which_ones_of_one(self, t: Turn) -> Answer | None:
        """"Which ones?" after an answer of one record ("… via international organizations"): the record
        names no list of them, so there is none to give."""
        focus = t.focus
        if focus is None or len(focus.items) != 1 or not _WHICH_ONES_ALONE.match(t.lowered):
            return None
        return Answer("not_found", False, "Not in the records",
                      ("The record does not name them one by one.", f"It says: {self.item_title(focus.items[0])}"),
                      focus=focus, confidence=0.0)


    def met_there(self, person: str, listed: Focus | None) -> list[Meeting]:
        """The meetings `person` took part in within the countries (other than the home country) a list of people was
        of ("which japanese leaders visited ukraine?"); none when it was of no such country."""
        there = set(listed.countries) - {self.index.home} if listed is not None else set()
        return [m for i in self.index.meetings_by_entity.get(("person", person), ()) if there
                and (m := self.kb.meetings[i]).country in there and person in m.participants]


    def _restated_of_named(self, restated: str, read: Query, meant: Focus) -> str:
        """"sorry, I meant Hayashi in Kyiv, who did he meet?": the restated question with its "he" the one person
        the correction names, and the place it names with him when the question names none ("who did Yoshimasa
        Hayashi meet in Kyiv?"); with two people, each pronoun the one it can be."""
        if len(meant.people) != 1:
            return self._pronouns_named(restated, meant.people)
        name = self.kb.people[meant.people[0]].name if meant.people[0] in self.kb.people else None
        pronouns = list(_PERSONAL.finditer(restated.lower()))
        if name is None or len(pronouns) != 1:
            return restated
        pronoun = pronouns[0]
        owner = pronoun.group(0) == "his" or (pronoun.group(0) == "her"
                                              and re.match(r"\s+[a-z]", restated[pronoun.end():]) is not None)
        question = restated[:pronoun.start()] + (f"{name}'s" if owner else name) + restated[pronoun.end():]
        placed = [m for m in read.mentions if m.kind in ("place", "country") and m.id != self.index.home]
        if len(placed) == 1 and not any(m.kind in ("place", "country") and m.id != self.index.home
                                        for m in analyse(question, self.index).mentions):
            said = " ".join(read.words[placed[0].start:placed[0].end])
            before = read.words[placed[0].start - 1] if placed[0].start > 0 else ""
            if before in lx.AT_A_PLACE:
                question = f"{question.rstrip().rstrip('?').rstrip()} {before} {said}?"
        return question

    def _pronouns_named(self, question: str, people: tuple[str, ...]) -> str:
        """"When did she meet him?" of a woman and a man: each pronoun said by the name of the one person it can
        be ("when did Yoko Kamikawa meet Dmytro Kuleba?"); the question as it is unless both are told apart."""
        called = {w: [p for p in people if (x := self.kb.people.get(p)) is not None and x.pronoun is not None
                      and x.pronoun.word == w] for w in ("he", "she")}
        if len(people) != 2 or any(len(found) != 1 for found in called.values()):
            return question
        names = {w: self.kb.people[found[0]].name for w, found in called.items()}
        question = re.sub(r"\b(?:he|him)\b(?!')", names["he"], question)
        return re.sub(r"\bshe\b|\bher\b(?=\W*$)", names["she"], question)


    def in_said_order(self, refs: tuple[str, ...], order: str) -> tuple[str, ...]:
        """Of meetings sharing a date, the first (or last) as their records' words order them ("before his
        meeting with President Zelenskyy"); a trip gives way to the meetings held during it. All of them
        when the words do not single one out."""
        meetings = [self.kb.meetings.get(r.removeprefix("meeting:")) for r in refs]
        if not all(meetings):
            return refs
        held = [m for m in meetings if m is not None]
        kept = [self.kb.meetings[r.removeprefix("meeting:")] for r in self._without_their_visits(refs)]
        earlier: set[str] = set()
        later: set[str] = set()
        for m in kept:
            for other in kept:
                names = [self.kb.people[p].family_name.lower() for p in other.partner_side if p in self.kb.people]
                if other is m or not names:
                    continue
                for after, phrase in order_said(f"{m.summary} {m.cited.quote}"):
                    if any(n in phrase for n in names):
                        (later if after else earlier).add(m.id)
                        (earlier if after else later).add(other.id)
        chosen = [m for m in kept if (m.id in earlier and m.id not in later if order == "first"
                                      else m.id in later and m.id not in earlier)]
        if len(chosen) == 1:
            return (f"meeting:{chosen[0].id}",)
        return tuple(f"meeting:{m.id}" for m in kept) if len(kept) < len(held) else refs


    def with_post(self, items: tuple[str, ...], role: str, *, partner: bool, parts: bool = True) -> tuple[str, ...]:
        """The meetings of `items` where a holder of the post `role` took part (of the partner side only,
        when `partner`); none when every one of them fits."""
        fitting = []
        for item in items:
            meeting = self.kb.meetings.get(item.removeprefix("meeting:"))
            people = (meeting.partner_side + tuple(p for p in meeting.accompanying if self._foreign(p)) if partner
                      else meeting.participants) if meeting is not None else ()
            if any(lx.fits_post(role, r.key) for p in people if p in self.kb.people for r in self.kb.people[p].roles):
                fitting.append(item)
        # (a trip and a meeting held during it both fit: the meeting is the one with that person)
        fitting = (self._without_their_visits(fitting) or fitting) if parts else fitting
        return tuple(fitting) if len(fitting) < len(items) else ()

    def _without_their_visits(self, refs: Sequence[str]) -> list[str]:
        """The meeting records of `refs` but the visits some of the others were held during."""
        visits = {f"meeting:{m.trip}" for r in refs if (m := self.kb.meetings.get(r.removeprefix("meeting:")))
                  and m.trip}
        return [r for r in refs if r not in visits]

    def _foreign(self, person: str) -> bool:
        known = self.kb.people.get(person)
        return known is not None and known.country != self.index.home


    def _order_of_claimed(self, t: Turn) -> Answer | None:
        """"has Kishida been to Ukraine?" → "before or after Hayashi went?": the last claim, asked in that order;
        "signed before or after the ministers met?" after a record of a signing: the claim of it."""
        focus = t.focus
        if focus is None:
            return None
        if _ORDER_OF_IT.match(t.lowered):
            return self.ask_one(f"was it {t.text.strip()}", focus, t.today)
        of_that = _THAT_BEFORE_OR_AFTER.match(t.lowered)
        fragment = t.lowered[of_that.end("that"):].strip() if of_that is not None else t.lowered
        if not focus.question or not lx.EITHER_ORDER.match(fragment.strip(" ,.;:-")) or focus.intent != "yes_no":
            return None
        claim = focus.question.strip().rstrip("?.! ")
        if lx.EITHER_ORDER.search(claim.lower()):
            return None  # (the last claim was itself of an order)
        # ("did he visit Ukraine?" → "was that before or after …?": the claim, of whom "he" meant)
        return self.ask_one(f"{claim} {fragment.rstrip('?')}?", focus if of_that else None, t.today)

    def _other_pledges(self, t: Turn) -> Answer | None:
        """"What else is Japan sending in this area?" after one pledge: the other pledges to the same country
        (in the same field, when the question says so: sharing the words of what the one shown is for)."""
        focus = t.focus
        shown = [key for kind, _, key in (i.partition(":") for i in (focus.items if focus else ())) if kind == "pledge"]
        if len(shown) != 1 or shown[0] not in self.kb.pledges or not (
                _WHAT_ELSE_GIVEN.search(t.lowered) or _STILL_COMING.match(t.lowered)):
            return None
        if lx.TALKED_ABOUT.search(t.lowered):
            return None  # ("what else did they talk about besides demining?": the talks' other points)
        if lx.SAID.search(t.lowered) and not lx.GIVING & {stem(w) for w in re.findall(r"[a-z]+", t.lowered)}:
            # "what else did he hope for?": what he said, no other thing given ("what else did she say Japan
            # would provide?" is)
            return None
        query = analyse(t.text, self.index)
        if any(m.kind != "country" for m in query.mentions):
            return None
        pledge = self.kb.pledges[shown[0]]
        dates = query.dates  # ("what else is due by the end of September?": given or due then)
        if any(m.id not in (pledge.recipient, pledge.donor) for m in query.mentions):
            return None
        field = _field_words(pledge) if _IN_THIS_FIELD.search(t.lowered) else None
        others: list[Passage] = []
        seen = {pledge.id}
        for p in self.answerer.pledges_to({pledge.recipient}, query):  # in date order
            other = self.kb.pledges[p.ref]
            if other.id in seen or other.donor != pledge.donor:
                continue
            seen.add(other.id)
            if (field is None or field & _field_words(other)) and not (
                    _STILL_TO_GIVE.search(t.lowered) and other.status == "provided") and (dates is None or any(
                    dates.matches(when.first_day(), when.last_day()) for when in (other.date, other.due) if when)):
                others.append(p)
        same_source = [p for p in others if p.cited.source == pledge.cited.source]
        if field is None and same_source:
            others = same_source  # "what else was Japan going to deliver?": of the same statement's report first
        if not others:
            where = " in that field" if field is not None else ""
            to = self.index.entity_name(("country", pledge.recipient))
            return Answer("not_found", False, "Not in the records",
                          (f"The records show no other pledge to {to}{where} than this one:", pledge.statement),
                          sources=(d.cite(self.kb, pledge.cited),), confidence=0.0)
        return self.answerer._pledge_list(others, [{("country", pledge.recipient)}], 0.8)

    def _phrase_after_preposition(self, t: Turn) -> Answer | None:
        """"Under what?", "through whom?" of the one fact, pledge or term just shown: the words its record puts
        after that preposition, or, when it puts none, that the record does not say (no other detail of it)."""
        focus = t.focus
        asked = _PREPOSITION_ASKED.match(t.lowered)
        if asked is None or focus is None or len(focus.items) != 1:
            return None
        found = details.record(self.kb, focus.items[0])
        if found is None:
            return None
        preposition = asked.group("prep")
        alike = "|".join(_ALIKE_PREPOSITIONS.get(preposition, (preposition,)))
        said = [*(m.group(1) for text in (details.text_of(found), found.cited.quote or "")
                  for m in re.finditer(rf"\b(?:{alike}) ((?:[\w'’-]+ ?){{1,6}}?)(?=[,;.)]|\s+(?:and|for|to|in|on"
                                       rf"|of|at|by|with|from)\b|$)", text, re.IGNORECASE))]
        phrases = list(dict.fromkeys(p.strip() for p in said))
        cited = (d.cite(self.kb, found.cited),)
        if not phrases:
            return Answer("not_found", False, "Not in the records",
                          (f"The record does not say {preposition} {asked.group('what')}: “{details.text_of(found)}”",),
                          sources=cited, focus=focus, confidence=0.0)
        if len(phrases) > 1:
            return None
        return Answer("detail", True, phrases[0][:1].upper() + phrases[0][1:], (details.text_of(found),),
                      sources=cited, focus=focus, confidence=0.9)

    def _period_of_the_one_shown(self, t: Turn) -> Answer | None:
        """"Over what period?", "for how long?" after one pledge, fact or term: how long its record says it runs, or
        that the record does not say (never a length of something else the conversation had)."""
        focus = t.focus
        if focus is None or len(focus.items) != 1 or not focus.items[0].startswith(("pledge:", "fact:", "term:")) \
                or not _PERIOD_ASKED.match(expand_shorthand(t.lowered)):
            return None
        return self._details(focus.items, analyse("how long?", self.index))

    def _happening_after_profile(self, t: Turn) -> Answer | None:
        """"When did that happen?" after an answer about a person, not an event: "that" is none of the records,
        and picking one of the person's meetings would be a guess; which of them is asked instead."""
        focus = t.focus
        if focus is None or focus.meeting or len(focus.items) != 1 or not focus.items[0].startswith("person:") \
                or not _THAT_HAPPENED.match(t.lowered):
            return None
        person = focus.items[0].removeprefix("person:")
        meetings = sorted((self.kb.meetings[m] for m in self.index.meetings_by_entity.get(("person", person), ())
                           if m in self.kb.meetings), key=lambda m: (m.date.first_day(), m.id))
        if len(meetings) < 2:
            return None
        name = self.index.entity_name(("person", person))
        return Answer("not_found", False, "Which event do you mean?",
                      (f"The last answer was about {name}, not one event. The records hold these of {name}:",
                       *(f"• {m.title} ({m.date.human()})" for m in meetings)),
                      focus=focus, confidence=0.0)

    def _thing_pointed_at(self, t: Turn) -> Answer | None:
        """"What was that emergency aid responding to?": the records of the conversation's documents that hold
        every word of the thing pointed at (a fact, a pledge or a term), asked the question; None unless one
        to three do."""
        focus = t.focus
        found = _THAT_THING.search(t.lowered)
        if focus is None or found is None or elapsed.match(t.text) is not None or elapsed.asks_apart(t.text) \
                or _HOW_FAR_APART.match(t.lowered) or _TIME_BETWEEN.search(t.lowered):
            return None  # ("how long after that …?", "how many years apart were those two?": times between)
        # (the documents of the last answer: a record of another topic talked about before is not pointed at)
        sources = {cited.source for ref in (*focus.items, f"meeting:{focus.meeting or ''}")
                   if (cited := self._cited_of(ref)) is not None}
        words = found.group("thing").split()
        while words and words[-1].endswith(("ed", "en", "ing")) and stem(words[-1]) not in _NO_THING:
            words.pop()  # ("that aid given": the aid, and what is asked of it)
        # (the longest run of words after "that" that some record holds: "that emergency aid responding" is the
        # emergency aid, and the verb after it what is asked of it)
        for end in range(len(words), 0, -1):
            wanted = set(content_stems(" ".join(words[:end]))) - lx.LIGHT_STEMS - lx.GATHERING_WORDS - _NO_THING \
                - lx.TWO_WORDS
            if len(wanted) < 2:
                continue  # (a thing of one word, "that dialogue", is as likely the record in focus itself)
            # (looked up by the rarest word's passages, not by reading every record)
            rarest = min((self.index.by_stem.get(w, ()) for w in wanted), key=len)
            held = sorted({f"{p.kind}:{p.ref}" for p in (self.index.passages[n] for n in rarest)
                           if p.kind in ("fact", "pledge", "term") and p.cited.source in sources
                           and wanted <= self._named_by(f"{p.kind}:{p.ref}")})
            if held:
                if len(held) > references.MAX_EACH or len(focus.items) == 1 and focus.items[0] in held:
                    return None  # (too many to mean one thing; or the record asked of already)
                return self.about_records(tuple(held), t.text, tuple(held), t.today)
        return None

    def _named_by(self, ref: str) -> set[str]:
        """The words that name what a fact, pledge or term is about: a term's names, a pledge's item, a record's
        keywords (not every word of its text: "a program to promote dialogue" is no dialogue)."""
        kind, _, key = ref.partition(":")
        if kind == "term" and key in self.kb.terms:
            term = self.kb.terms[key]
            return set(content_stems(" ".join((term.name, *term.aliases))))
        if kind == "pledge" and key in self.kb.pledges:
            pledge = self.kb.pledges[key]
            return set(content_stems(" ".join((pledge.item, *pledge.keywords))))
        if kind == "fact" and key in self.kb.facts:
            return set(content_stems(" ".join(self.kb.facts[key].keywords)))
        return set()

    def _cited_of(self, ref: str) -> Cited | None:
        """The source and quote of a record named as `kind:id` (a fact, pledge or term, or a meeting)."""
        record = details.record(self.kb, ref)
        meeting = self.kb.meetings.get(ref.removeprefix("meeting:"))
        return record.cited if record is not None else meeting.cited if meeting is not None else None

    def _each_meeting_shown(self, t: Turn) -> Answer | None:
        """"Who took part?", "who were the two officials?" after a list of a few meetings, none picked: who took
        part in each of them (one picked silently would hide the others); "what did they discuss?" after meetings
        listed as alike: asked of each."""
        focus = t.focus
        if focus is None or not 2 <= len(focus.items) <= references.MAX_EACH or last_shown.current_picked(focus) \
                or focus.meeting is not None and not focus.several \
                or not all(i.startswith("meeting:") for i in focus.items) \
                or _SINGULAR_REFERENCE.search(t.lowered):
            return None  # (an answer about one meeting, the others kept for "the other one", is no list)
        used = followups.pronoun_used(t.lowered)
        if used is not None and not any(followups.called_so(self.kb, p, used) for i in focus.items
                                        if (m := self.kb.meetings.get(i.removeprefix("meeting:"))) is not None
                                        for p in m.participants):
            return None  # ("who did she meet?" after meetings of men only: she is someone else)
        read = analyse(t.text, self.index)
        # ("who were the Japanese participants?": those of one side, of every meeting shown; "who represented Japan?"
        # asks of one meeting, which the list does not say)
        sides = bool(read.mentions) and all(m.kind == "country" for m in read.mentions) \
            and _PLURAL_ASKED.search(t.lowered) is not None
        if read.mentions and not sides or read.dates is not None or read.role is not None or read.order \
                or _ONE_OF_THEM.search(t.lowered) or GAP_ASKED.search(t.lowered) or _OF_THE_WHOLE.search(t.lowered):
            # ("which of them came to see him?": one of the list, picked; "how many days apart were they?", "add them
            # together": of the list as a whole)
            return None
        if read.intent == "who" and all(k in lx.GATHERING_WORDS or k in lx.LIGHT_STEMS or k in _NUMBER_STEMS
                                        for k in read.keywords):
            # ("who were the Japanese participants?": each meeting asked the question, of that side)
            answer = self.about_records(focus.items, t.text if sides else "who took part in it?", focus.items,
                                         t.today)
        elif sides:
            return None
        elif focus.several and _THEY_WORD.search(t.lowered):
            # "what did they discuss?" after the meetings just listed as alike: of each of them
            answer = self.about_records(focus.items, t.text, focus.items, t.today)
        else:
            return None
        if answer.kind != "several" or answer.focus is None:
            return answer
        # (none of them is the one "they" means next: the list stays as shown, each of it alike; the people the
        # conversation was about stay whom "he" means)
        # ("what time did they meet?" of each: that is the last question now, which "what's that in Kyiv?" reads)
        return replace(answer, focus=replace(answer.focus, meeting=None, people=focus.people, current=None,
                                             several=True, question=t.text,
                                             intent=analyse(t.text, self.index).intent))


    def _reporter_of_the_last(self, t: Turn) -> Answer | None:
        """"Did Hayashi visit Bucha?" → "who reported that?": the one record of the conversation's place and people
        whose own words say who told of it ("…, the Japanese embassy reported"), asked who; None when no record,
        or more than one, does."""
        focus = t.focus
        if focus is None or focus.place is None or not focus.people or not _WHO_REPORTED_THAT.match(t.lowered):
            return None
        query = analyse(t.text, self.index)
        told = sorted({p.ref for n in self.index.by_entity.get(("place", focus.place), ())
                       if (p := self.index.passages[n]).kind == "fact"
                       and any(("person", x) in p.entities for x in focus.people)
                       and details.reporter_in_text(p.text, query) is not None})
        if len(told) != 1 or f"fact:{told[0]}" in focus.items:
            return None  # (the record is the one just shown: its own details answer)
        return self._details((f"fact:{told[0]}",), query)

    def _record_referred(self, t: Turn) -> Answer | None:
        """"What memorial did he visit?" → two records, the memorial's first → "where is that?", "when?":
        that record, the one the answer was about (a list of meetings is asked which one instead)."""
        focus = t.focus
        if focus is not None and len(focus.items) == 2 and not focus.items[0].startswith(last_shown.RECORD_ITEMS) \
                and focus.items[1].startswith(("pledge:", "fact:")) and _PLURAL_POINTER.match(t.lowered) \
                and not elapsed.asks_apart(t.text):
            # "more than 1500 generators - who brought that up?" → a meeting and the pledge → "when were they
            # provided?": "they" are the things of the record, not the meeting; its field, if it gives it
            read = analyse(t.text, self.index)
            detail = self._details((focus.items[1],), read) if details.refers_back(read) else None
            return detail if detail is not None and detail.answered and not read.mentions else None
        if focus is None or len(focus.items) < 2 or not focus.items[0].startswith(last_shown.RECORD_ITEMS) \
                or elapsed.asks_apart(t.text):
            return None  # ("how many years separate those two events?": the time between them, not one)
        read = analyse(t.text, self.index)
        if lists.between_two_answered(t.lowered, read, focus):
            return None  # "how many years earlier is that?": between the two records just answered, not of one
        if read.set_aside and self._names_only_more(read, last_shown.current(focus) or focus.items[0]):
            return None  # "apart from IT and education, which sectors?" of a record naming those and "others"
        front = followups.fronted(t.text)
        said = analyse(front, self.index).keywords if front else ()
        if said and not any(all(self._says_any(i, (k,)) for k in said) for i in focus.items):
            return None  # "and the emergency aid, what was that for?": "that" is the thing said first, none of these
        saying = [i for i in focus.items if read.keywords and self._says_any(i, read.keywords)]
        if len(saying) == 1 and followups.FRAGMENT.match(t.lowered) and not read.mentions \
                and not (_PERSONAL.search(t.lowered) and focus.people) \
                and read.intent not in ("quantity", "duration") and not _HOW_MUCH.search(t.lowered) \
                and all(i.startswith(last_shown.RECORD_ITEMS) for i in focus.items):
            # "through which agency?" after a few pledges: the one of them that says it
            return self.record_answer(saying[0], focus.items)
        if read.mentions or read.role or not (_SINGULAR_REFERENCE.search(t.lowered) or not read.keywords
                                              or details.refers_back(read)):
            return None  # "through whom?" is as short as "when?"; "which prime minister was that?" asks a person
        if _PERSONAL.search(t.lowered) and focus.people:
            return None  # "what did he work on there?": about the person the records named, not one record
        if read.keywords and not details.refers_back(read) and not saying:
            return None  # "since when has it had an embassy there?" after pledges: no word of theirs, not of them
        claimed = {n.replace(",", "") for n in re.findall(r"\d[\d,]*", t.text)}
        if read.intent == "yes_no" and claimed and set(read.keywords) - claimed and not any(
                claimed & {k.replace(",", "") for k in self.record_stems(i)} for i in focus.items):
            # "so it was 1000 generators?" after records of other things: a figure claimed of what it names, which the
            # claim's own reading checks (not a record shown that only shares a word)
            return None
        named = self._thing_named_in(focus, t.lowered)
        if named is not None:
            # "what period does that program cover?" after records of a visit that name a programme: that programme
            # (whom the conversation was about stays, for "what time did they start?" next)
            answer = self.about_records((named,), t.text, focus.items, t.today)
            shown = [i.removeprefix("meeting:") for i in focus.items if i.startswith("meeting:")]
            if answer.focus is not None:
                held = answer.focus.meeting or focus.meeting or (shown[0] if len(shown) == 1 else None)
                answer = replace(answer, focus=replace(answer.focus, people=answer.focus.people or focus.people,
                                                       meeting=held))
            return answer
        if details.refers_back(read):
            # "When was it given?" after two pledges: the one whose record gives it, if only one does; the one
            # the last answer was about, when it picked one of them ("… focused on?" → "who reported it?").
            picked = focus.current if focus.current in focus.items else None
            detail = self._details(focus.items if picked is None else (picked,), read)
            if picked is not None and detail is not None and detail.focus is not None:
                # (the list stays, for "and the other one?")
                detail = replace(detail, focus=replace(detail.focus, items=focus.items, current=picked))
            if detail is not None and detail.answered and detail.kind != "several":
                return detail
        if focus.several and not _SINGULAR_REFERENCE.search(t.lowered) and focus.current is None \
                and not read.keywords and len(focus.items) <= references.MAX_EACH:
            # "When were the two embassies opened?" → "which month?": of each record listed as fitting alike
            return self.about_records(focus.items, t.text, focus.items, t.today)
        shown_meetings = [i for i in focus.items if i.startswith("meeting:")]
        if _THAT_GATHERING.search(t.lowered) and len(shown_meetings) == 1 \
                and not any(i.startswith("term:") for i in focus.items):  # (a gathering shown may be "that meeting")
            # "who else was in that meeting?" after a pledge and the meeting it was thanked for at: that meeting
            return self.about_records((shown_meetings[0],), t.text, focus.items, t.today)
        return self.about_records((last_shown.current(focus) or focus.items[0],), t.text, focus.items, t.today)

    def _thing_named_in(self, focus: Focus, lowered: str) -> str | None:
        """"That program", "this agency": the one term the last answer's records name whose name has the noun,
        when none of the records shown is itself that term; None otherwise."""
        said = _THAT_NOUN.search(lowered)
        if said is None:
            return None
        noun = stem(said.group(1))
        linked: set[str] = set()
        for item in focus.items:
            kind, _, key = item.partition(":")
            if kind == "term":
                linked.add(key)
            elif kind == "fact" and key in self.kb.facts:
                linked.update(self.kb.facts[key].terms)
            elif kind == "meeting":
                linked.update(e for n in self.index.by_entity.get(("meeting", key), ())
                              for k, e in self.index.passages[n].entities | self.index.passages[n].mentioned
                              if k == "term")
        named = sorted(x for x in linked if x in self.kb.terms and noun in content_stems(self.kb.terms[x].name))
        if len(named) != 1 or f"term:{named[0]}" in focus.items:
            return None
        return f"term:{named[0]}"


    def _names_only_more(self, query: Query, ref: str) -> bool:
        """Whether the record `ref` names what `query` sets aside and says there was more without naming it."""
        found = details.record(self.kb, ref)
        return found is not None and lx.names_only_more(query.set_aside, details.text_of(found))

    def _says_any(self, ref: str, keywords: tuple[str, ...]) -> bool:
        """Whether the record `ref` (`kind:id`) uses any of `keywords` (stems), or a synonym of one."""
        found = details.record(self.kb, ref)
        if found is None:
            return True  # (a meeting or a person: its own rules decide)
        own = details.said_words(found)
        return any(k in own or own & set(SYNONYMS.get(k, ())) for k in keywords)

    def _details_referred(self, t: Turn) -> Answer | None:
        """"How much?", "when was it given?" after facts, pledges or terms: each one's field asked."""
        focus = t.focus
        if focus is None or not focus.items or any(i.startswith("meeting:") for i in focus.items):
            return None
        query = analyse(t.text, self.index)
        if _SOMEONE_ELSE.search(t.lowered):
            return None  # "who else from his side was there?": not whom the record shown names
        if followups.names_a_meeting(t.text):
            return None  # "when was the trip made public?" after a fact of a memorial: of a trip, not of that fact
        if details.refers_back(query):
            detail = self._details(focus.items, query)
            if detail is not None and not detail.answered and focus.intent == "who" and focus.keywords:
                # "who tweeted about the 14 agreements? → on what date?": the date of the deed asked, from the one
                # record of it (the doer's own record has none)
                held = set.intersection(*(set(self.index.by_stem.get(k, ())) for k in focus.keywords))
                deeds = sorted({f"{p.kind}:{p.ref}" for n in held if (p := self.index.passages[n]).kind
                                in ("fact", "pledge")} - set(focus.items))
                done = self._details((deeds[0],), query) if len(deeds) == 1 else None
                detail = done if done is not None and done.answered else detail
            if detail is not None and detail.focus is not None and not detail.focus.people and focus.people:
                # "when did that happen?" of the record just shown: "she" still means whom it was about
                detail = replace(detail, focus=replace(detail.focus, people=focus.people))
            if detail is not None and detail.focus is not None and detail.focus.meeting is None and focus.meeting:
                # ("… at the forum → when was the forum? → who represented Japan?": still of that gathering)
                detail = replace(detail, focus=replace(detail.focus, meeting=focus.meeting))
            return detail
        if query.mentions or not query.keywords or query.intent not in details.DETAIL_INTENTS:
            return None
        # "how many cranes tho?" after a list of pledges: the one record shown whose words name them (of the time
        # asked, if the question says one: "how many generators were sent in 2023?" is of no record of 2022).
        named = [(ref, a) for ref in focus.items if (a := details.answer(self.kb, ref, query, focus.items)) is not None
                 and (query.dates is None or (when := references.record_date(self.kb, ref)) is None
                      or query.dates.matches(when.first_day(), when.last_day()))]
        if len(named) != 1 or not named[0][1].answered:
            return None  # the words are read in full
        return _about_one(*named[0])

    def _short_name_referred(self, t: Turn) -> Answer | None:
        """"What does that stand for?" after one record that names one thing by a short name ("through
        JICA"): that thing's long name, as its own record gives it."""
        focus = t.focus
        if focus is None or len(focus.items) != 1 or not _STANDS_FOR_THAT.match(t.lowered):
            return None
        found = details.record(self.kb, focus.items[0])
        if found is None or isinstance(found, Term):
            return None
        named = {m.id for m in self.index.names.find(tokens(found.statement), fuzzy=False) if m.kind == "term"
                 and any(a.isupper() and 2 <= len(a) <= 10 for a in self.kb.terms[m.id].aliases)}
        if len(named) != 1:
            return None
        term = next(iter(named))
        return self.answerer.profiles.entity_profile(("term", term), analyse(t.text, self.index))

    def _occasion_of_clause(self, t: Turn) -> Answer | None:
        """"Who hosted the summit where Kagame and Kishida met?": the gathering a clause identifies by a meeting
        held on its occasion, asked of by its own name."""
        found = _GATHERING_OF_CLAUSE.search(t.lowered)
        if found is None:
            return None
        clause = analyse(found.group("clause") or found.group("attender"), self.index)
        people = [m for m in clause.mentions if m.kind == "person"]
        described = [g for g in self.answerer.describer.resolve(clause, None).groups
                     if len(g) == 1 and all(k == "person" for k, _ in g)]
        said = [*(("person", m.id) for m in people), *(next(iter(g)) for g in described)]
        met = self._met_by_entities(said) if said else set()
        occasions = {o for m in met if (o := self.kb.meetings[m].occasion) in self.kb.terms}
        if len(occasions) != 1:
            return None
        term = self.kb.terms[occasions.pop()]
        noun = stem(found.group("noun"))
        if found.group("noun") not in ("event", "gathering") and noun not in content_stems(
                " ".join((term.name, *term.aliases, term.kind))):
            return None  # ("the forum where A met B" of a meeting held at a summit: not the one described)
        asked = f"{t.text[:found.start()]}the {term.name}{t.text[found.end():]}"
        return self.ask_one(asked, t.focus, t.today)

    def _two_deeds_claimed(self, t: Turn) -> Answer | None:
        """"Hayashi met a Kyrgyz minister and also went to Ukraine, right?": each deed claimed of the one person,
        checked on its own; yes when both are, with the records of both kept for "which came first?"."""
        found = _TWO_DEEDS.match(t.lowered)
        if found is None:
            return None
        who = found.group("who")
        read = analyse(who, self.index)
        named = read.mentions
        if len(named) != 1 or named[0].kind != "person" or named[0].end != len(read.words):
            return None
        # ("went to Ukraine": a visit there, which the records of the visit confirm with its date)
        checked = [self.ask_one(f"Is it true that {who} {_WENT_TO.sub('visited', found.group(part))}?", None, t.today)
                   for part in ("first", "second")]
        if not all(c.kind == "yes_no" and c.answered for c in checked):
            return None  # (a deed the records neither confirm nor deny: asked on its own, it is said so)
        denied = next((c for c in checked if c.title != "Yes"), None)
        if denied is not None:
            return denied
        records = tuple(dict.fromkeys(r for c in checked if c.focus is not None for r in c.focus.records()))
        return Answer("yes_no", True, "Yes, both", tuple(line for c in checked for line in c.lines),
                      sources=tuple(s for c in checked for s in c.sources),
                      focus=Focus(items=records, people=(named[0].id,), question=t.text, intent="yes_no"),
                      confidence=min(c.confidence for c in checked))

    def _that_compared(self, t: Turn) -> Answer | None:
        """"So that was longer than Hayashi's meeting with the Kyrgyz minister?" after one meeting: that meeting,
        named, compared with the other."""
        focus = t.focus
        found = _THAT_COMPARED.match(t.lowered)
        if found is None or focus is None:
            return None
        shown = [i.removeprefix("meeting:") for i in focus.records() if i.startswith("meeting:")]
        held = self.kb.meetings.get(focus.meeting or (shown[0] if len(shown) == 1 else ""))
        if held is None:
            return None
        asked = f"was the {held.title} {found.group('more')} than {found.group('other')}?"
        answer = self.ask_one(asked, focus, t.today)
        return answer if answer.kind in ("yes_no", "comparison") and answer.answered else None

    def home_clock(self, city: str) -> bool:
        """Whether a place asked the time in is the home country or its capital, whose clock the sources give."""
        return fold(city).lower() in (self.index.home_name.lower(), self._home_city())


    def _home_city(self) -> str:
        home = self.kb.countries.get(self.index.home)
        return (home.capital or "").lower() if home is not None else ""

    def _contents_of_term_asked(self, t: Turn) -> Answer | None:
        """"Whose Peace Formula was it? → what are its main points?": what the one thing the last question named
        holds, as its own record says (or that it says nothing of it)."""
        focus = t.focus
        if focus is None or not focus.question or not CONTENTS_ASKED.search(t.lowered) \
                or not _ITS_OR_IT.search(t.lowered):
            return None
        read = analyse(t.text, self.index)
        terms = {m.id for m in analyse(focus.question, self.index).mentions
                 if m.kind == "term" and m.id in self.kb.terms}
        if read.mentions or len(terms) != 1:
            return None
        return self.answerer.profiles.entity_profile(("term", terms.pop()), read)

    def _anything_said(self, t: Turn) -> Answer | None:
        """"Did he say anything at the meeting?": what the records report that he said, as "yes" with it, or
        that they report nothing he said (the meeting having taken place says nothing of his words)."""
        found = _ANYTHING_SAID.match(t.lowered)
        if found is None:
            return None
        said = self.ask_one(f"what did {found.group('who')} say{found.group('rest') or ''}?", t.focus, t.today)
        if said.kind == "statements" and said.answered:
            return replace(said, kind="yes_no", title="Yes", lines=(f"{said.title}:", *said.lines))
        if said.kind == "not_found" and "said" in " ".join(said.lines):
            return said
        return None

    def _choice_and_gap(self, t: Turn) -> Answer | None:
        """"Which opened first, A or B, and by how many years?": the one first, then the time between the two,
        as "by how many years?" asks it after that answer."""
        found = _CHOICE_AND_GAP.match(t.text)
        if found is None:
            return None
        chosen = self.ask_one(found.group("choice").rstrip(" ,;") + "?", t.focus, t.today)
        if not chosen.answered or chosen.focus is None or len(chosen.focus.items) != 2:
            return None
        # (the time between the two chosen from, in the unit asked, else in the finest unit both dates give)
        gap = self.apart_in_unit_said(chosen.focus.items, found.group("gap").lower(), None)
        if gap is None or not gap.answered:
            return None
        return replace(chosen, lines=(*chosen.lines, f"{gap.title} apart."), sources=tuple(
            dict.fromkeys((*chosen.sources, *gap.sources))), focus=gap.focus or chosen.focus)

    def _things_then_what(self, t: Turn) -> Answer | None:
        """"Two things in the Uzbekistan article happened on a January 26 - what are they?": the statement asked
        as the question it leads to ("what happened on a January 26 in the Uzbekistan article?")."""
        found = _THINGS_THEN_WHAT.match(t.text)
        if found is None:
            return None
        where = f" {found.group('where').strip()}" if found.group("where") else ""
        return self.ask_one(f"what {found.group('verb')} {found.group('rest').strip()}{where}?", t.focus, t.today)

    def _nth_one_of_term(self, t: Turn) -> Answer | None:
        """"What number was the Central Asia plus Japan meeting? → so he came for the 10th one, right?": the
        edition said of the one recurring thing the last answer was about."""
        focus = t.focus
        found = _NTH_ONE.search(t.lowered)
        if focus is None or found is None:
            return None
        terms = [i.removeprefix("term:") for i in focus.items
                 if i.startswith("term:") and i.removeprefix("term:") in self.kb.terms]
        if len(focus.items) != 1 or len(terms) != 1:
            return None  # (of a list shown, "the second one" is one of the list)
        name = self.kb.terms[terms[0]].name
        return self.ask_one(f"{t.text[:found.start()]}the {found.group('nth')} meeting of the {name}"
                             f"{t.text[found.end():]}", focus, t.today)

    def _number_referred(self, t: Turn) -> Answer | None:
        """"24 of what exactly?", "what are the 14?" after records just shown: the one of them that counts
        something by that number, and what it counts."""
        focus = t.focus
        asked_for = _NUMBER_OF_WHAT.match(t.lowered)
        if focus is None or asked_for is None:
            return None
        number = (asked_for.group("n") or asked_for.group("n2")).replace(",", "")
        found: list[tuple[str, str, Cited, str]] = []
        shown = (*focus.items, *focus.listed, *((f"meeting:{focus.meeting}",) if focus.meeting else ()))
        for item in dict.fromkeys(shown):
            kind, _, key = item.partition(":")
            passage = self.index.meeting_passage(key) if kind == "meeting" else None
            record = details.record(self.kb, item) if passage is None else None
            text, cited = ((passage.text, passage.cited) if passage is not None
                           else (details.text_of(record), record.cited) if record is not None else ("", None))
            counted = next((m for m in _COUNTED.finditer(text) if m.group("n").replace(",", "") == number), None)
            if counted is not None and cited is not None:
                found.append((item, text, cited, counted.group(0)))
        counts = [set(content_stems(what)) for *_, what in found]
        if not found or not set.intersection(*counts):
            return None  # (a number no record shown gives, or that counts different things in two of them)
        item, _, _, what = found[0]
        return Answer("fact", True, what.strip(), tuple(text for _, text, _, _ in found),
                      sources=tuple(d.cite(self.kb, cited) for _, _, cited, _ in found),
                      focus=replace(focus, items=(item,), question=t.text, several=False), confidence=0.9)

    def _order_claimed_after_claim(self, t: Turn) -> Answer | None:
        """"was his visit announced in advance?" → "first visit by a Japanese FM since the war?": after a claim, a
        claim of the same thing's place in an order, said as its noun alone ("was it the first …?")."""
        focus = t.focus
        found = _ORDER_FRAGMENT.match(t.lowered)
        if focus is None or focus.intent != "yes_no" or found is None or not (focus.meeting or focus.items):
            return None
        return self.ask_one(f"was it the {found.group('claim')}?", focus, t.today)

    def _claim_of_record(self, t: Turn) -> Answer | None:
        """"Was medicine one of the areas covered?" → "what about agriculture?": the same claim, of the one
        fact or pledge the last answer showed; a word that record does not hold is not confirmed by it,
        whatever other record holds the word."""
        focus = t.focus
        held = self.kb.meetings.get(focus.meeting or "") if focus is not None and _ANY_IN.match(t.lowered) else None
        if focus is None or held is None and (
                len(focus.items) != 1 or not focus.items[0].startswith(last_shown.RECORD_ITEMS) or not (
                    focus.intent == "yes_no" and followups.is_ellipsis(t.text) or _ANY_IN.match(t.lowered))):
            return None  # ("any in healthcare?" after the record of the deals: a claim of that record)
        query = analyse(t.text, self.index)
        found = details.record(self.kb, focus.items[0]) if held is None else None
        if found is None and held is None or query.mentions or query.dates is not None or query.role is not None \
                or not query.keywords or query.intent not in ("general", "about"):
            return None
        if held is not None:
            # ("any in healthcare?" after what was agreed at a meeting: a claim of that meeting's record)
            said = [self.index.passages[n] for n in self.index.by_entity.get(("meeting", held.id), ())
                    if self.index.passages[n].ref == held.id]
            own = frozenset(w for p in said for w in p.stems)
            text, cited = held.summary, held.cited
        else:
            assert found is not None
            own, text, cited = frozenset(details.said_words(found)), details.text_of(found), found.cited
        missing = [k for k in query.keywords if k not in own and not own & set(SYNONYMS.get(k, ()))]
        focus = replace(focus, question=t.text, keywords=query.keywords)
        if not missing:
            return Answer("yes_no", True, "Yes", (text,), sources=(d.cite(self.kb, cited),), focus=focus,
                          confidence=0.9)
        shown = ", ".join(f"“{w}”" for w in query.words if stem(w) in missing) or ", ".join(missing)
        return Answer("not_found", False, "Not confirmed by the records",
                      (f"The record the last answer showed says nothing of {shown}:", text),
                      sources=(d.cite(self.kb, cited),), focus=focus, confidence=0.0)

    def _done_of_pledge_claimed(self, t: Turn) -> Answer | None:
        """"How many transformers are coming?" → "were they delivered on time?": a claim that the one pledge
        just shown was carried out, which its record, of something still to come, cannot confirm."""
        focus = t.focus
        if focus is None or len(focus.items) != 1 or not focus.items[0].startswith("pledge:") \
                or not lx.YES_NO_ASKED.match(t.lowered) or not lx.DONE_CLAIM.search(t.lowered) \
                or not references.POINTS_BACK.search(t.lowered):
            return None
        pledge = self.kb.pledges.get(focus.items[0].removeprefix("pledge:"))
        if pledge is None or pledge.status == "provided" or analyse(t.text, self.index).mentions:
            return None
        return self.answerer.not_shown_done(pledge, pledge.statement, focus)

    def _date_of_record_claimed(self, t: Turn) -> Answer | None:
        """"Did Japan open its Tashkent embassy before Uzbekistan's?" → "was it in 1992?": a date claimed of
        the record the last answer was about, checked against that record's own date, not another's."""
        focus = t.focus
        held_at = self.kb.meetings.get(focus.meeting or "") if focus is not None and not focus.items else None
        if focus is None or not (focus.items or held_at) or not _IT_CLAIMED.match(t.lowered):
            return None
        query = analyse(t.text, self.index)
        if query.intent != "yes_no" or query.dates is None or query.mentions or query.keywords:
            return None
        if held_at is not None:
            # "did he meet the PM before Zelenskyy?" → "was this in 2022?": the date of the meeting talked about
            held = query.dates.matches(held_at.date.first_day(), held_at.date.last_day())
            return Answer("yes_no", True, "Yes" if held else "No, not according to the records",
                          (f"{held_at.title} ({held_at.date.human()})",), sources=(d.cite(self.kb, held_at.cited),),
                          focus=replace(focus, question=t.text), confidence=0.9)
        ref = last_shown.current(focus)
        date = references.record_date(self.kb, ref) \
            if ref is not None and ref.startswith(last_shown.RECORD_ITEMS) else None
        found = details.record(self.kb, ref) if ref is not None and date is not None else None
        if found is None or date is None:
            return None
        text = details.text_of(found)
        held = query.dates.matches(date.first_day(), date.last_day())
        return Answer("yes_no", True, "Yes" if held else "No, not according to the records",
                      (f"{text} ({date.human()})",), sources=(d.cite(self.kb, found.cited),),
                      focus=replace(focus, question=t.text), confidence=0.9)

    def _occasion_of_pledge_claimed(self, t: Turn) -> Answer | None:
        """"How many demining cranes did Japan pledge?" → "was that during the Kamikawa meeting?": the meeting or
        visit the pledge shown was made at, against the one claimed, by the people and places the claim names."""
        focus = t.focus
        found = _DURING_CLAIMED.match(t.lowered)
        ref = last_shown.current(focus) if focus is not None else None
        if found is None or focus is None or ref is None or not ref.startswith("pledge:"):
            return None
        pledge = self.kb.pledges.get(ref.removeprefix("pledge:"))
        held = self.kb.meetings.get((pledge.meeting or pledge.trip or "") if pledge is not None else "")
        read = analyse(found.group("what"), self.index)
        named = [m for m in read.mentions if m.kind in ("person", "place", "country") and m.id != self.index.home]
        if pledge is None or not named or read.dates is not None:
            return None

        def at(m: Meeting) -> bool:
            return all(x.id in {*m.participants, m.place, m.country, *m.countries} for x in named)

        if held is None:
            # ("… provided in 2022" → "was that during the Kamikawa meeting?": a meeting of another year is not when)
            # (through the entity index: the meetings of the first one named, those of all of them kept)
            first = (named[0].kind, named[0].id)
            claimed = [m for k in self.index.meetings_by_entity.get(first, ())
                       if (m := self.kb.meetings.get(k)) is not None and at(m)]
            when = pledge.date
            if when is None or not claimed:
                return None
            if any(when.first_day() <= m.date.last_day() and m.date.first_day() <= when.last_day() for m in claimed):
                # (a meeting of that year may or may not be when: the records tie it to none)
                return Answer("not_found", False, "Not confirmed by the records",
                              (f"The records date it only to {when.human()}, and tie it to no meeting:",
                               pledge.statement), sources=(d.cite(self.kb, pledge.cited),),
                              focus=replace(focus, question=t.text), confidence=0.0)
            return Answer("yes_no", True, "No, not according to the records",
                          (f"The records date it to {when.human()}:", pledge.statement),
                          sources=(d.cite(self.kb, pledge.cited),), focus=replace(focus, question=t.text),
                          confidence=0.9)
        return Answer("yes_no", True, "Yes" if at(held) else "No, not according to the records",
                      (f"The records give it as made during {held.title} ({held.date.human()}):", pledge.statement),
                      sources=(d.cite(self.kb, pledge.cited),), focus=replace(focus, question=t.text), confidence=0.9)

    def _same_both_times(self, t: Turn) -> Answer | None:
        """"Was it the same foreign minister both times?" after two meetings: the people of each, compared
        (of the home side, or of the side the question names; of the post it names)."""
        focus = t.focus
        if focus is None or not lx.SAME_BOTH.search(t.lowered):
            return None
        shown = [self.kb.meetings[i.split(":", 1)[1]] for i in focus.items
                 if i.startswith("meeting:") and i.split(":", 1)[1] in self.kb.meetings]
        if len(shown) < 2:
            # ("… which one was longer? → by how much? → was it the same minister at both?": the last two the
            # conversation had)
            shown = [self.kb.meetings[m] for m in focus.recent_meetings()[:2] if m in self.kb.meetings]
        if len(shown) < 2:
            return None
        first, second = shown[0], shown[1]
        query = analyse(t.text, self.index)
        sides = {m.id for m in query.mentions if m.kind == "country" and m.id != self.index.home}

        def people(m: Meeting) -> tuple[str, ...]:
            everyone = (*m.japan_side, *m.partner_side, *m.accompanying)
            kept = [p for p in everyone if p in self.kb.people and (
                self.kb.people[p].country in sides if sides else p in m.japan_side)]
            if query.role is not None:
                kept = [p for p in kept if any(lx.fits_post(query.role, r.key) for r in self.kb.people[p].roles)]
            return tuple(kept)

        a, b = people(first), people(second)
        if not a or not b:
            return None
        same = set(a) == set(b)
        lines = tuple(f"{m.title} ({m.date.human()}): " + "; ".join(d.person_label(self.kb, p) for p in ps)
                      for m, ps in ((first, a), (second, b)))
        return Answer("yes_no", True, "Yes" if same else "No, not according to the records", lines,
                      sources=(d.cite(self.kb, first.cited), d.cite(self.kb, second.cited)),
                      focus=replace(focus, people=tuple(dict.fromkeys((*a, *b))), question=t.text), confidence=0.9)

    def _unnamed_named(self, t: Turn) -> Answer | None:
        """"Who joined them for the business talks?" → "name them": of a meeting whose source says some who
        took part are not named, that they are not; never the meeting's record again as if it named them."""
        focus = t.focus
        if focus is None or not _NAME_THEM.match(t.lowered):
            return None
        shown = [focus.meeting] if focus.meeting else [i.split(":", 1)[1] for i in focus.items
                                                       if i.startswith("meeting:")]
        said = [(m, unnamed) for key in shown if (m := self.kb.meetings.get(key or "")) is not None
                and (unnamed := unnamed_said(m.note)) is not None]
        if len(said) == 1:
            m, unnamed = said[0]
            return Answer("not_found", False, "Not named in the records", (f"{m.title}: {unnamed}",),
                          sources=(d.cite(self.kb, m.cited),), focus=focus, confidence=0.0)
        if len(shown) == 1 and len(focus.items) <= 1 and shown[0] in self.kb.meetings \
                and _NAME_ANY.match(t.lowered):
            # "… including at ministerial level" → "can you name any of them?": the record said all it holds
            m = self.kb.meetings[shown[0] or ""]
            return Answer("not_found", False, "Not named in the records",
                          (f"The record of {m.title} names no more than the last answer gave.",),
                          sources=(d.cite(self.kb, m.cited),), focus=focus, confidence=0.0)
        return None

    def _reckoned(self, t: Turn) -> Answer | None:
        """"How many years does it span?", "how much longer was A than B?", "how many more X than Y?"."""
        ask_here: computed.Ask = lambda q: self.ask_one(q, t.focus, t.today)  # noqa: E731
        return (computed.share_of_figure(self.kb, t.text, t.focus) or computed.years_spanned(self.kb, t.text, ask_here)
                or computed.longer_by(self.kb, t.text, ask_here)
                or computed.difference(self.kb, t.text, ask_here) or computed.total_count(self.kb, t.text, ask_here))

    def _reckoned_of_the_shown(self, t: Turn) -> Answer | None:
        """"How many minutes longer was the first one?", "combined?": the lengths of the two meetings just shown,
        compared or added (before "the first one" is read as picking one of them)."""
        return (computed.longer_than_the_other(self.kb, t.text, t.focus)
                or computed.lengths_of_the_shown(self.kb, t.text, t.focus))


    def _apart_of_nothing(self, t: Turn) -> Answer | None:
        """"How many days apart?" that the conversation's records do not answer with a time between two of them:
        said (`elapsed.apart_of_nothing`), never answered by a record that only has the unit's word."""
        nothing = elapsed.apart_of_nothing(t.text)
        if nothing is None:
            return None
        answer = self._free_text(t)
        # (a time between that the records just shown do give, or no answer: the free-text rule's own)
        return None if answer.kind == "elapsed" or not answer.answered else nothing

    def _those_naming(self, t: Turn) -> Answer | None:
        """"Which of those came up in New York?", "which ones involved Kyrgyzstan?": the records of the last
        list that involve every name the question gives, when some do and some do not."""
        focus = t.focus
        found = _WHICH_OF_THOSE.match(t.lowered)
        if focus is None or found is None or len(focus.items) < 2:
            return None
        rest = analyse(found.group("rest"), self.index)
        named = [(m.kind, m.id) for m in rest.mentions
                 if m.kind in ("person", "place", "country", "term") and (m.kind, m.id) != ("country", self.index.home)]
        if not named:
            # "which of those is for demining?": the records of the list that say the words asked; "which of
            # those trips was by the foreign minister?": and whose people hold the post
            words = [k for k in rest.keywords if k not in lx.GENERIC_DOING and k not in lx.LIGHT_STEMS]
            posted = set(self.with_post(focus.items, rest.role, partner=False, parts=False)) if (
                rest.role and words and re.search(r"\bby\b", found.group("rest"))
                and all(i.startswith("meeting:") for i in focus.items)) else None
            if not words and posted is None:
                return None
            said = [i for i in focus.items if (stems := self.record_stems(i)) and all(
                k in stems or any(stem(s) in stems for s in SYNONYMS.get(k, ())) for k in words)
                and (posted is None or i in posted)]
            if len(said) == 1:
                return self.record_answer(said[0], (said[0], *(i for i in focus.items if i != said[0])))
            if not 1 < len(said) < len(focus.items):
                return None
            return Answer("several", True, f"{len(said)} of the {len(focus.items)} records say so",
                          tuple(f"• {self.item_title(r)}" for r in said),
                          sources=tuple(self._item_cited(r) for r in said), confidence=0.8,
                          focus=replace(self.record_focus(said[0], tuple(said)), current=None))
        recounted = _CAME_UP.search(found.group("rest")) is not None
        kept = tuple(i for i in focus.items if all(e in self._record_entities(i, recounted) for e in named))
        if len(kept) == 1 and len(focus.items) > 2 and all(i.startswith(last_shown.RECORD_ITEMS) for i in focus.items):
            # "which of those came up in New York?" of a list of pledges: the one that did
            return self.record_answer(kept[0], (kept[0], *(i for i in focus.items if i != kept[0])))
        if not 1 < len(kept) < len(focus.items):
            return None  # every one or none, or one (asked of that one by the rules after): asked as it stands
        lines = tuple(f"• {d.meeting_line(self.kb, self.kb.meetings[r.removeprefix('meeting:')])}"
                      if r.removeprefix("meeting:") in self.kb.meetings else f"• {self.item_title(r)}" for r in kept)
        label = ", ".join(self.index.entity_name(e) for e in named)
        return Answer("several", True, f"{len(kept)} of the {len(focus.items)} records involve {label}", lines,
                      sources=tuple(self._item_cited(r) for r in kept), confidence=0.8,
                      focus=replace(self.record_focus(kept[0], kept), current=None))

    def record_stems(self, ref: str) -> set[str]:
        """The words of a record of a list (its passages')."""
        kind, _, key = ref.partition(":")
        return {k for n in self.index.by_entity.get((kind, key), ()) for k in self.index.passages[n].stems}

    def _record_entities(self, ref: str, recounted: bool = False) -> set[tuple[str, str]]:
        """What a record of a list involves: its passages' names, and those of the meeting it was made at (or,
        when `recounted`, of the one meeting whose release tells of it: "which of those came up in New York?")."""
        kind, _, key = ref.partition(":")
        refs = {(kind, key)}
        pledge = self.kb.pledges.get(key) if kind == "pledge" else None
        if pledge is not None and (pledge.meeting or pledge.trip):
            refs.add(("meeting", pledge.meeting or pledge.trip or ""))
        elif pledge is not None and recounted:
            item = set(content_stems(pledge.item))
            told = [m for m in self.index.meetings_by_source.get(pledge.cited.source, ())
                    if item <= self.record_stems(f"meeting:{m}")]
            if len(told) == 1:
                refs.add(("meeting", told[0]))
        found: set[tuple[str, str]] = set()
        for k, i in refs:
            if k == "meeting" and i in self.kb.meetings:
                found |= set(self.index.meeting_entities(i))
            for n in self.index.by_entity.get((k, i), ()):
                found |= self.index.passages[n].entities | self.index.passages[n].mentioned
        return found

    def item_title(self, ref: str) -> str:
        record = details.record(self.kb, ref)
        if record is not None:
            return record.name if isinstance(record, Term) else record.statement
        meeting = self.kb.meetings.get(ref.removeprefix("meeting:"))
        if meeting is not None:
            return meeting.title
        kind, _, key = ref.partition(":")
        return self.index.entity_name((kind, key))  # a person or a place shown: its name

    def _item_cited(self, ref: str) -> Citation:
        cited = self._cited_of(ref)
        assert cited is not None, ref
        return d.cite(self.kb, cited)


    def _said_anything_about(self, t: Turn) -> Answer | None:
        """"Did A say anything about B?": what A is reported to have said about B, asked as such; yes with those
        words, or plainly not when the records report nothing A said of it (never a record of someone else's
        words that names them both)."""
        found = _SAID_ANYTHING.match(t.lowered) or _SAID_ANYTHING.match(as_read(analyse(t.text, self.index)))
        if found is None:
            return None
        said = self.ask_one(f"what did {found.group('who')} say about {found.group('what')}?", t.focus, t.today)
        if said.kind != "statements" and not (not said.answered and said.title == "Not in the records"
                                              and "said or did" in " ".join(said.lines)):
            return None
        if not said.answered:
            return said
        return Answer("yes_no", True, "Yes", said.lines, sources=said.sources, focus=said.focus,
                      confidence=said.confidence, interpretation="what someone said about something")

    def _meeting_of_the_term(self, t: Turn) -> Answer | None:
        """"in which city was the meeting?" after a programme signed before the meeting the conversation had: of that
        meeting (the one meeting of the last few answers), not of the programme."""
        focus = t.focus
        if focus is None or _OF_THE_MEETING.match(t.lowered) is None:
            return None
        shown = focus.current or (focus.items[0] if len(focus.items) == 1 else None)
        if shown is None or not shown.startswith("term:"):
            return None
        # (the one meeting the conversation had lately, the term shown since)
        held = [m for m in focus.recent_meetings() if m in self.kb.meetings]
        if len(held) != 1:
            return None
        question = re.sub(r"\bthe meeting\b", "it", t.lowered, count=1)
        return self.ask_one(question, self.answerer.meetings.meeting_focus(self.kb.meetings[held[0]]), t.today)

    def _gathering_of_the_term(self, t: Turn) -> Answer | None:
        """"what did that meeting decide?" after a gathering the records know only as a name (a dialogue's
        ministerial meeting): that gathering, asked by its name, never a meeting held on its occasion."""
        focus = t.focus
        pointed = _THAT_GATHERING.search(t.lowered)
        shown = (focus.current or (focus.items[0] if len(focus.items) == 1 else "")) if focus is not None else ""
        term = self.kb.terms.get(shown.partition(":")[2]) if shown.startswith("term:") else None
        gathering = term is not None and lx.gathering_term(term.kind)
        if pointed is None or term is None or not gathering or analyse(t.text, self.index).mentions:
            return None
        noun = pointed.group().split()[-1]
        if noun in lx.GATHERING_NOUNS and noun not in f"{term.name} {term.kind}".lower() \
                and focus is not None and any(i.startswith("meeting:") for i in focus.recent):
            # ("how long did that meeting last?" after the theme of the summit a meeting was held at: the
            # meeting the conversation is about, not the summit, which the question does not name)
            return None
        question = f"{t.lowered[:pointed.start()]}the {term.name}{t.lowered[pointed.end():]}"
        return self.ask_one(question, None, t.today)  # (the gathering named: a question of its own)

    def _meeting_of_the_person_discussed(self, t: Turn) -> Answer | None:
        """"and the date of that meeting?" after an answer about one person, with no meeting in mind: the one
        meeting of those the conversation showed that the person took part in."""
        focus = t.focus
        if focus is None or focus.meeting is not None or len(focus.people) != 1 \
                or _THAT_GATHERING.search(t.lowered) is None or analyse(t.text, self.index).mentions:
            return None
        shown = dict.fromkeys(i.removeprefix("meeting:") for i in (*focus.items, *focus.listed, *focus.recent)
                              if i.startswith("meeting:"))
        held = [key for key in shown if (m := self.kb.meetings.get(key)) is not None
                and focus.people[0] in m.participants]
        if len(held) != 1:
            return None
        return self.ask_one(t.text, self.answerer.meetings.meeting_focus(self.kb.meetings[held[0]]), t.today)

    def _that_was_someone(self, t: Turn) -> Answer | None:
        """"that was Hayashi, right?" after an answer about others: no, with whom it was about (a person it was
        about is confirmed by the claim's usual reading)."""
        focus = t.focus
        said = _THAT_WAS_SOMEONE.match(t.lowered)
        if focus is None or said is None or focus.several:
            return None
        read = analyse(said.group("who"), self.index)
        if len(read.mentions) != 1 or read.mentions[0].kind != "person" or read.keywords:
            return None
        held = self.kb.meetings.get(focus.meeting or "")
        shown = tuple(i.split(":", 1)[1] for i in focus.items if i.startswith("person:"))
        # (the people of the meetings it showed too: "who went to Kyiv?" → "so it was Kamikawa?")
        met = tuple(p for i in focus.items
                    if i.startswith("meeting:") and (m := self.kb.meetings.get(i.removeprefix("meeting:")))
                    for p in m.participants)
        about = tuple(dict.fromkeys((*focus.people, *shown, *(held.participants if held is not None else ()), *met)))
        about = tuple(p for p in about if p in self.kb.people)
        if not about or read.mentions[0].id in about:
            return None
        whom = "; ".join(d.person_label(self.kb, p) for p in about)
        lines = [f"The last answer was about {held.title} ({held.date.human()}): {whom}." if held is not None
                 else f"The last answer was about: {whom}."]
        return Answer("yes_no", True, "No, not according to the records", tuple(lines),
                      sources=(d.cite(self.kb, held.cited),) if held is not None else (), focus=focus, confidence=0.8)

    def _he_and_she_named(self, t: Turn) -> Answer | None:
        """"so she met him at the G7 meeting, right?": a claim of a "he" and a "she" of the conversation, each said by
        the name of the one person it can be among the people of its last records, then checked as any claim."""
        focus = t.focus
        if focus is None or not followups.both_pronouns_used(t.lowered):
            return None
        read = analyse(t.text, self.index)
        if read.intent != "yes_no" or any(m.kind == "person" for m in read.mentions):
            return None
        held = [self.kb.meetings[m] for m in focus.recent_meetings() if m in self.kb.meetings]
        people = tuple(p for p in dict.fromkeys((*focus.people, *(p for m in held for p in m.participants)))
                       if (x := self.kb.people.get(p)) is not None and x.pronoun is not None)
        named = self._pronouns_named(t.text, people)
        if named == t.text or followups.pronoun_used(named.lower()) or followups.both_pronouns_used(named.lower()):
            return None  # (both said by name, or the claim is read as it is: "did he say anything about her post?")
        return self.ask_one(named, focus, t.today)

    def _who_of_two(self, t: Turn) -> Answer | None:
        """"Who went to Kyiv, Hayashi or Kamikawa?": the deed claimed of each person, the one it holds of."""
        def one_person(side: str) -> bool:
            read = analyse(side, self.index)
            return len(read.mentions) == 1 and read.mentions[0].kind == "person" and not read.keywords
        return choice.who_of_two(t.text, one_person, lambda claim: self.ask_one(claim, t.focus, t.today))

    def _which_of_two_did(self, t: Turn) -> Answer | None:
        """"In which one did the minister come to Ostra, A or B?": the claim asked of each meeting named."""
        def record_of(side: str) -> str | None:
            m = self.answerer.comparer.meeting_named(side, t.text)
            return f"meeting:{m.id}" if m is not None else None

        def claim_of(question: str, ref: str) -> Answer:
            m = self.kb.meetings[ref.removeprefix("meeting:")]
            return self.ask_one(question, self.answerer.meetings.meeting_focus(m), t.today)
        return choice.which_of_two_did(t.text, record_of, claim_of)


    def _gap_of_two_ordered(self, t: Turn) -> Answer | None:
        """"By how much?" after "which came first, A or B?": the time between the two records."""
        focus = t.focus
        if focus is None or focus.intent != choice.ORDERED or len(focus.items) != 2 \
                or not (_BY_HOW_MUCH.match(t.lowered) or _HOW_FAR_APART.match(t.lowered)):
            return None
        return self.apart_in_unit_said(focus.items, t.lowered, None)

    def dated_shown(self, refs: Iterable[str]) -> list[tuple[str, PartialDate, Citation]]:
        """The records of `refs` that have a date, each with its title and citation (for the time between)."""
        return [(self.item_title(i), date, self._item_cited(i)) for i in refs
                if (date := references.record_date(self.kb, i)) is not None]

    def apart_in_unit_said(self, refs: Iterable[str], lowered: str, default: str | None) -> Answer | None:
        """The time between two dated records, in the unit `lowered` says, else `default` ("day"), else the
        finest both dates give; None unless exactly two are dated."""
        shown = self.dated_shown(refs)
        unit = elapsed.UNIT_SAID.search(lowered)
        said = unit.group(0).rstrip("s") if unit else default
        asked = f"how many {said}s apart were they?" if said else "what is the gap between them?"
        return elapsed.apart(asked, shown) if len(shown) == 2 else None

    def _compared(self, t: Turn) -> Answer | None:
        """"Which meeting was longer, A–B or C–D?": two records compared by a field."""
        if _BY_HOW_MUCH.match(t.lowered):
            return self.answerer.comparer.gap(t.focus)
        return self.answerer.comparer.compare(t.text, t.focus) or self.answerer.comparer.longer_claim(t.text, t.focus)

    def _chosen(self, t: Turn) -> Answer | None:
        """"Did A meet B in Kyiv or in New York?": the alternative the records support."""
        offered = choice.alternatives(t.text)
        if offered and asked.beyond_records(analyse(t.text, self.index), self.index):
            return None
        return choice.answer(t.text, lambda q: self.ask_one(q, t.focus, t.today),
                             lambda q, after: self.ask_one(q, after or t.focus, t.today))

    def _place_guessed(self, t: Turn) -> Answer | None:
        """"Where exactly, Tokyo?", "uzbek forum where was it, tashkent?": a question of place that offers a
        guess is the claim of that place ("was it in Tokyo?"), which the records confirm or not."""
        found = _PLACE_GUESSED.match(t.lowered)
        if found is None:
            return None
        guessed = analyse(found.group("place"), self.index)
        if not any(m.kind in ("place", "country") for m in guessed.mentions) and not guessed.outside:
            return None
        subject = found.group("what").strip(" ,-") or "it"
        return self.ask_one(f"was {subject} held in {found.group('place')}?", t.focus, t.today)

    def _country_of_place(self, t: Turn) -> Answer | None:
        """"Which country is it in?" after an answer about Bali, "what country is Bucha in?": the country the
        records place it in."""
        found = _COUNTRY_OF.match(t.lowered)
        if found is None:
            return None
        what = (found.group("what") or found.group("what2") or "").strip()
        if found.group("bare") and (t.focus is None or t.focus.intent != "where"):
            return None  # "which country?" alone asks the country of the place just answered, and only that
        named = [m.id for m in analyse(what, self.index).mentions if m.kind == "place"]
        pointing = _POINTING_PLACE.fullmatch(what) or found.group("bare")
        place_id = named[0] if len(named) == 1 else (t.focus.place if pointing and t.focus is not None else None)
        place = self.kb.places.get(place_id or "")
        if place is None:
            return None
        country = self.kb.countries.get(place.country)
        if country is None:
            return None
        return Answer("place", True, country.name, (f"{place.name} is in {country.name}.",),
                      sources=(d.cite(self.kb, place.cited),), confidence=0.9,
                      focus=replace(t.focus or Focus(), place=place.id, countries=(country.id,)))

    def _region_of_place(self, t: Turn) -> Answer | None:
        """"Which region is Bucha in?": the region the records write with the place's name ("Bucha, Kyiv
        Oblast"), when it is a place of its own in them."""
        found = _REGION_OF.match(t.lowered)
        if found is None:
            return None
        what = (found.group("what") or found.group("what2") or "").strip()
        named = [m.id for m in analyse(what, self.index).mentions if m.kind == "place"]
        pointing = _POINTING_PLACE.fullmatch(what)
        place = self.kb.places.get(named[0] if len(named) == 1 else (t.focus.place or "") if pointing and t.focus
                                   else "")
        if place is None:
            return None
        # (the words after the place's own name in an alias, "Bucha, Kyiv Oblast", when they are wholly a place)
        regions = {m.id for alias in place.aliases
                   if (rest := fold(alias).lower().removeprefix(f"{fold(place.name).lower()}, ")) != fold(alias).lower()
                   for m in self.index.names.find(tokens(rest), fuzzy=False)
                   if m.kind == "place" and m.id != place.id and m.start == 0 and m.end == len(tokens(rest))}
        if len(regions) != 1:
            return None
        region = self.kb.places[regions.pop()]
        country = self.kb.countries.get(place.country)
        return Answer("place", True, region.name,
                      (f"{place.name} is in {region.name}" + (f", {country.name}." if country else "."),),
                      sources=(d.cite(self.kb, place.cited),), confidence=0.9,
                      focus=replace(t.focus or Focus(), place=place.id))

    def _misdescribed(self, t: Turn) -> Answer | None:
        """"When did Japanese foreign minister Fumio Kishida meet Kagame?": a person named with a post the
        records never give them is said to be so, and the question is asked of the person alone."""
        query = analyse(t.text, self.index)
        if not any(m.kind == "person" for m in query.mentions) or asks_person_met(expand_shorthand(t.lowered)):
            return None  # ("the ukrainian head of govt hayashi met": whom he met, described)
        outside = {fold(n).lower(): n for n in query.outside if " " not in n}
        found = premises.misdescribed(query, self.kb, outside)
        if found is None:
            return None
        person = self.kb.people[found.person]
        words = list(query.words)
        del words[found.start:found.end]
        if 0 < found.start <= len(words) and words[found.start - 1] == "as":
            del words[found.start - 1]  # "attend ... as Rwanda's finance minister": attend
        note = f"Note: the records give {person.name} as {found.given}, not {found.said}."
        holders = {p.id: (p, r) for p, r in self.index.roles_of(found.role)
                   if p.id != person.id and (found.country is None or r.country == found.country)}
        if len(holders) == 1 and found.country is not None:
            # ("was Rwanda's foreign minister at the meeting Ndagijimana?": the one the records give that post)
            holder, post = next(iter(holders.values()))
            note += f" They give {holder.name} as {post.title}."
        rest = analyse(" ".join(words) + "?", self.index)
        if query.intent == "yes_no" and not rest.keywords and rest.dates is None and all(
                m.kind == "person" for m in rest.mentions):
            # "Is Kulubaev Kazakhstan's foreign minister?": the description was the whole claim
            role = self.kb.people[found.person].roles[0]
            return Answer("yes_no", True, "No, not according to the records", (note,),
                          sources=(d.cite(self.kb, role.cited),),
                          focus=Focus(people=(person.id,), question=t.text, intent="yes_no"), confidence=0.8)
        answer = self.ask_one(" ".join(words) + "?", t.focus, t.today)
        if query.intent != "yes_no":
            return replace(answer, lines=(note, *answer.lines))
        return Answer("yes_no", True, "No, not as the question describes",
                      (note, f"Asked of {person.name} alone: {answer.title}", *answer.lines),
                      sources=answer.sources, focus=answer.focus or Focus(people=(person.id,)),
                      confidence=min(0.8, max(answer.confidence, 0.5)))


    def _others_shown(self, query: Query, answer: Answer, focus: Focus | None = None) -> Answer:
        """"Which other G7 ministers attended?", "African leaders besides Kagame": an answer naming nobody
        but those the question names (or describes), or the conversation has shown, is no answer to it."""
        if not answer.answered:
            return answer
        joined = self._joined_by_none(query, answer)
        if joined is not None:
            return joined
        unnamed = self._bodies_unnamed(query, answer)
        if unnamed is not None:
            return unnamed
        if _OTHERS_ASKED.search(query.raw.lower()) is None:
            return answer
        named = {m.id for m in query.mentions if m.kind == "person"}
        named |= {i for g in self.answerer.describer.resolve(query, None).groups for k, i in g if k == "person"}
        if focus is not None:  # "who were the other Rwandan officials?" after two were shown: others than those
            named |= set(focus.people) | {i.split(":", 1)[1] for i in focus.items if i.startswith("person:")}
        text = fold(answer.text).lower()
        others = [p for p in sorted(self.kb.people) if p not in named
                  and fold(self.kb.people[p].family_name).lower() in text]
        described = sorted(named - {m.id for m in query.mentions if m.kind == "person"})
        if others and len(described) == 1 and len(named) == 1 and (focus is None or not focus.people) \
                and _OTHER_UNSAID.search(query.raw.lower()):
            # "names of the other Central Asian FMs at the dialogue?" when the records know one of that kind: the
            # one "other" sets aside; whoever else the answer names is of no such kind
            return Answer("not_found", False, "Not in the records",
                          (f"The records name only {self.kb.people[described[0]].name} of that kind there; "
                           "nobody else.", f"Closest record: {answer.title}"),
                          sources=answer.sources[:1], confidence=0.0)
        if len(others) == 1 and len(named) <= 1 and (focus is None or not focus.people) \
                and _OTHER_UNSAID.search(query.raw.lower()):
            # "did Kishida meet anyone else there?" when the records show him meeting one person: that one is
            # whom "else" sets aside, and the records show no other
            return Answer("not_found", False, "Not in the records",
                          (f"The records name only {self.kb.people[others[0]].name} there; nobody else of that kind.",
                           f"Closest record: {answer.title}"),
                          sources=answer.sources[:1], confidence=0.0)
        if others:
            return answer
        return Answer("not_found", False, "Not in the records",
                      ("The records name nobody else of that kind.", f"Closest record: {answer.title}"),
                      sources=answer.sources[:1], confidence=0.0)

    def _bodies_unnamed(self, query: Query, answer: Answer) -> Answer | None:
        """"names of those companies?": an answer that names no company, bank or other body the records know is no
        answer to it, whatever it says of them."""
        found = _BODIES_NAMED.search(query.raw.lower())
        if found is None:
            return None
        named = {m.id for m in self.index.names.find(tokens(answer.text), fuzzy=False) if m.kind == "term"
                 and (term := self.kb.terms.get(m.id)) is not None and term.kind == "organisation"}
        named -= {m.id for m in query.mentions if m.kind == "term"}
        if named:
            return None
        return Answer("not_found", False, "Not in the records",
                      (f"The records do not name the {found.group('noun') or found.group('noun2')}.",
                       f"Closest record: {answer.title}"),
                      sources=answer.sources[:1], confidence=0.0)

    def _joined_by_none(self, query: Query, answer: Answer) -> Answer | None:
        """"did any Japanese ministers join Kishida there?", "which Japanese officials sat in on the meeting with
        Kishida?": people of that side besides the one named, of whom an answer naming only that one names none."""
        lowered = expand_shorthand(query.raw.lower())
        found = _JOINED_BY_SIDE.search(lowered)
        if found is None:
            return None
        at = len(re.findall(r"[a-z0-9]+", fold(lowered[:found.start("side" if found.group("side") else "side2")])))
        side = next((m.id for m in query.mentions if m.kind == "country" and m.start <= at < m.end), None)
        named = {m.id for m in query.mentions if m.kind == "person"}
        if side is None or not named or not any(self.kb.people[p].country == side for p in named
                                                if p in self.kb.people):
            return None
        text = fold(answer.text).lower()
        others = [p for p in sorted(self.kb.people) if p not in named and self.kb.people[p].country == side
                  and fold(self.kb.people[p].family_name).lower() in text]
        if others:
            return None
        names = ", ".join(self.kb.people[p].name for p in sorted(named)
                          if p in self.kb.people and self.kb.people[p].country == side)
        return Answer("not_found", False, "Not in the records",
                      (f"The records name no one of that side there besides {names}.",
                       f"Closest record: {answer.title}"), sources=answer.sources[:1], confidence=0.0)

    def _free_text(self, t: Turn) -> Answer:
        """Any other question: parsed, completed from the conversation, answered by the handlers'
        registry, and the topic it leaves for the next question recorded."""
        named = _RECORDS_AS_CLASS.search(t.text)
        if named is None or named.group("which").lower() == "which" and _SIGNED.search(t.text):
            # ("which documents did they sign?": the papers signed, not the texts of the records)
            return self._free_text_read(t)
        as_meetings = _RECORDS_AS_CLASS.sub(r"\g<which> meetings", t.text)
        read = analyse(as_meetings, self.index)
        if any(m.kind == "person" or m.kind == "country" and m.id != self.index.home for m in read.mentions):
            # "In which documents does Kishida come up?", "which records involve Central Asian countries?": the
            # meetings recorded that name them
            return self._free_text_read(replace(t, text=as_meetings))
        # A subject ("which records touch on climate?") is asked of every record, not only of meetings; the
        # meetings that hold it are the answer only when nothing else is, and no fact or pledge holds it
        answer = self._free_text_read(t)
        if answer.answered or self.answerer.meetings.told_beyond_meetings(read):
            return answer
        listed = self._free_text_read(replace(t, text=as_meetings))
        return listed if listed.answered and listed.kind == "meetings" else answer

    def _from_documents_of(self, answer: Answer, subject: list[tuple[str, str]]) -> bool:
        """Whether every record an answer is of comes from a document that names each of `subject`."""
        focus = answer.focus
        refs = (focus.items or ((f"meeting:{focus.meeting}",) if focus.meeting else ())) if focus is not None else ()
        sources = set()
        for ref in refs:
            kind, _, key = ref.partition(":")
            record: Meeting | Fact | Pledge | Term | None = (
                self.kb.meetings.get(key) if kind == "meeting" else self.kb.facts.get(key) if kind == "fact"
                else self.kb.pledges.get(key) if kind == "pledge" else self.kb.terms.get(key) if kind == "term"
                else None)
            if record is None:
                return False
            sources.add(record.cited.source)
        return bool(sources) and all(
            sources <= {self.index.passages[n].cited.source for n in self.index.by_entity.get(e, ())} for e in subject)

    def _meeting_of_all(self, query: Query) -> str | None:
        """The one meeting every person the question names (two or more) took part in, or None."""
        people = [m for m in query.mentions if m.kind == "person"]
        shared = self.met_by_all(*people) if len({m.id for m in people}) >= 2 else set()
        return shared.pop() if len(shared) == 1 else None

    def _free_text_read(self, t: Turn, *, source_read: bool = False) -> Answer:
        """`_free_text` of a question whose records asked for are read."""
        cleaned, focus, today = t.text, t.focus, t.today
        context = focus  # what the question is read in (the focus is still what the answer follows on from)
        for written, read in analyse(cleaned, self.index).spelt:
            # ("… acc to the kagame artcle": the words the rules below read, as the parse reads them)
            if read in _READ_BY_RULES:
                cleaned = re.sub(rf"\b{re.escape(written)}\b", read, cleaned, flags=re.IGNORECASE)
        said_of = _SOURCE_BY_SUBJECT.search(cleaned) if not source_read else None
        subject = [(m.kind, m.id) for m in analyse(said_of.group("subject"), self.index).mentions
                   if m.kind in ("country", "person", "place")] if said_of is not None else []
        if said_of is not None and subject:
            # "How many priorities … does the Rwandan article list?": the article is where to look; its subject
            # need not be named by the record that answers, which must come from a document of that subject
            # ("anything about drones in the Kyiv article?": not a record of another document that has the word)
            answer = self._free_text_read(replace(t, text=cleaned), source_read=True)
            if answer.answered and self._from_documents_of(answer, subject):
                return answer
            alone = self._free_text_read(replace(t, text=cleaned[:said_of.start("subject")]
                                                 + cleaned[said_of.end("subject"):]), source_read=True)
            return alone if alone.answered and self._from_documents_of(alone, subject) else answer
        tail = _RECORD_DESCRIBED_AFTER.search(cleaned)
        if tail is not None and analyse(cleaned[:tail.start()], self.index).mentions:
            # "Which country did Kishida visit in March 2023, according to the report on Hayashi's trip?": the
            # report is where to look, its subject no part of the question, which names its own (the subject
            # still helps find the record when the question alone finds none)
            alone = self._free_text_read(replace(t, text=cleaned[:tail.start()] + "?"))
            if alone.answered:
                return alone
        cleaned = _RECORDED_ONES.sub(r"\1 ", cleaned)  # "which of the recorded meetings": every one is
        if not _IN_THE_RECORDS_ASKED.search(cleaned):  # ("which gatherings come up in these documents?")
            whole = _OF_THE_RECORDS.search(cleaned) is not None and _ORDER_ASKED.search(cleaned.lower()) is not None
            cleaned = _OF_THE_RECORDS.sub("", cleaned)  # "... across these reports": every record is of them
            if whole and focus is not None and not analyse(cleaned, self.index).mentions \
                    and not references.POINTS_BACK.search(cleaned.lower()):
                # "and which is the most recent meeting in the records?": the first or last of them all, not of
                # the conversation's topic
                context = None
            lead = _RECORDS_LEAD.match(cleaned)
            if lead is not None and analyse(cleaned[lead.end():], self.index).mentions:
                # "Across both September 2023 Ukraine records, what did Japan pledge to Ukraine?": the documents
                # to look in, whose dates are theirs, not those of what they tell; the question names its own
                cleaned = cleaned[lead.end():]
        if context is not None:
            # "In what year did Rwanda gain independence, according to that report?": the record the conversation
            # is on, which the question is read in anyway
            cleaned = _THAT_REPORT.sub("", cleaned) or cleaned
        cleaned = _INTERJECTION.sub("", cleaned, count=1) or cleaned  # "yo who's ukraine's pm": "yo" asks nothing
        cleaned = _THE_ACRONYM.sub("", cleaned)  # "what does the abbreviation MIIT stand for?": MIIT
        doc = _DOC_NAMED_LAST.search(cleaned)
        named_before = analyse(cleaned[:doc.start()], self.index).mentions if doc is not None else []
        if doc is not None and any(m.id != self.index.home for m in named_before):
            # "What had the G20 focused on, per the Rwandan report?": where it is written, not what it is about
            # (kept when it is all the question names: "who represented Japan in the Uzbekistan article?")
            cleaned = cleaned[:doc.start()] + cleaned[doc.end():]
        cleaned = self._country_named_by_clause(_ACCORDING_TO.sub("", cleaned, count=1))
        query = analyse(cleaned, self.index)
        if context is not None:
            query = self.answerer.continue_from(query, context)
        answer = self._others_shown(query, self.answerer.answer(query, context), context)
        relative = _RELATIVE_TIME.search(cleaned.lower()) if query.intent == "yes_no" and query.dates is None else None
        if relative is not None and answer.answered and answer.title.startswith("Yes") \
                and relative.group(0) not in answer.text.lower():
            # "Did she say the generators were sent this year?": a year counted from a day the records cannot
            # know, which a record of its own date neither confirms nor denies
            answer = Answer("not_found", False, "The records do not say",
                            (f"The records give dates, not “{relative.group(0)}”; what they show:", *answer.lines[:2]),
                            sources=answer.sources, focus=answer.focus, confidence=0.0)
        redirect = answer.extra.get("command") if answer.kind == "redirect" else None
        if redirect:
            answer = self.commands.run("onthisdate", redirect.split(" ", 1)[1], today)
        if answer.focus is None and answer.answered and query.intent in ("on_date", "list", "count"):
            answer = replace(answer, focus=Focus())  # remembers the question type for "and on 24 December?"
        listed = tuple(f"meeting:{i.command.split()[1]}" for i in answer.items
                       if i.command and i.command.startswith("/meeting ") and len(i.command.split()) == 2)
        if answer.focus is not None and listed and not answer.focus.items:
            answer = replace(answer, focus=replace(answer.focus, items=listed))
        if (answer.focus is not None and answer.focus.meeting is None and len(answer.focus.items) == 1
                and answer.focus.items[0].startswith("meeting:") and not answer.focus.people):
            # One meeting shown (the occasion of one meeting, a list of one): "when was it?" asks of it.
            answer = replace(answer, focus=replace(answer.focus, meeting=answer.focus.items[0].split(":", 1)[1]))
        if (answer.focus is not None and focus is not None and len(focus.items) > 1 and not answer.focus.items
                and answer.focus.meeting is not None and f"meeting:{answer.focus.meeting}" in focus.items):
            # One meeting of the last list answered in detail ("which of them ...?"): as if listed alone
            answer = replace(answer, focus=replace(answer.focus, items=(f"meeting:{answer.focus.meeting}",)))
        if (answer.focus is not None and focus is not None and len(focus.items) > 1 and not answer.focus.items
                and len(answer.focus.people) == 1 and f"person:{answer.focus.people[0]}" in focus.items
                and answer.kind in _OF_A_PERSON):
            # One person of the last list answered ("what's Biruta's post?"): as if picked from it
            answer = replace(answer, focus=replace(answer.focus, items=(f"person:{answer.focus.people[0]}",)))
        if (answer.focus is not None and focus is not None and len(focus.items) > 1
                and len(answer.focus.items) == 1 and answer.focus.items[0] in focus.items):
            # One record of the last list answered: the list stays, in the order shown ("the first one" is still
            # the first shown), with this one as the one "the other one" is other than.
            this = answer.focus.items[0]
            answer = replace(answer, focus=replace(answer.focus, items=focus.items, current=this))
        if (answer.focus is not None and focus is not None and followups.is_ellipsis(cleaned)
                and answer.focus.meeting is not None and not answer.focus.items and focus.items
                and all(i.startswith("meeting:") for i in focus.items)
                and f"meeting:{answer.focus.meeting}" not in focus.items):
            # "When did the FM go to Kyiv?" (its meetings listed) → "and the New York meeting?": this one, then
            # those, for "both times" and "the other one"
            answer = replace(answer, focus=replace(answer.focus, items=(f"meeting:{answer.focus.meeting}",
                                                                        *focus.items[:references.MAX_EACH])))
        if (answer.focus is not None and focus is not None and followups.is_ellipsis(cleaned)
                and answer.focus.meeting is not None and focus.meeting is not None and not focus.items
                and not answer.focus.items and answer.focus.meeting != focus.meeting):
            # "How long did A talk?" → "and B?": both meetings stay shown, this one first, for "the other one"
            # and "how much longer was that one?"
            answer = replace(answer, focus=replace(answer.focus, items=(f"meeting:{answer.focus.meeting}",
                                                                        f"meeting:{focus.meeting}")))
        pledged = self._pledge_shown(query, answer)
        if pledged is not None and answer.focus is not None:
            # "how many demining cranes did Japan promise?" answered by a meeting's record: that pledge is the
            # thing "those" means next ("when will those be delivered?")
            answer = replace(answer, focus=replace(answer.focus, items=(pledged, *answer.focus.items),
                                                   current=pledged))
        if answer.answered and answer.focus is not None and answer.focus.meeting and not answer.focus.items:
            # "which two projects did the ministers welcome?" answered by the meeting's record: the things of
            # that kind it shows, in the order shown, for "the second one" next
            shown = self._things_shown(cleaned, answer)
            if len(shown) > 1:
                answer = replace(answer, focus=replace(answer.focus, items=shown))
        if answer.focus is not None and answer.focus.people:
            # "he" and "she" refer first to whom the question was about, then to the others of the answer.
            named = [m.id for m in query.mentions if m.kind == "person" and m.id in answer.focus.people]
            meant = followups.meant_by_pronoun(self.kb, focus.people, cleaned.lower()) if focus is not None else ()
            meeting = self.kb.meetings.get(answer.focus.meeting) if answer.focus.meeting else None
            pronoun = _PERSONAL.search(cleaned.lower())
            told = [i for i in answer.focus.items if i.startswith("fact:")]  # (a fact's own people first)
            if meant and pronoun and (meant[0] in answer.focus.people or meeting is not None and not told
                                      and meant[0] in meeting.participants):
                # "what did she say?", "what ministry does he head?": still the one "he" was; before those named
                # after it ("was he in Bali with Kagame?": he, then Kagame)
                first_named = min((m.start for m in query.mentions if m.kind == "person"), default=None)
                before = first_named is not None and len(cleaned[:pronoun.start()].split()) <= first_named
                named.insert(0, meant[0]) if before else named.append(meant[0])
            people = tuple(dict.fromkeys([*named, *answer.focus.people]))
            if not named and not pronoun and query.role is None and not query.keywords and focus is not None \
                    and focus.people and focus.people[0] in people:
                # "anything else?" naming nobody: whom "he" meant before is whom he means still
                people = tuple(dict.fromkeys([focus.people[0], *people]))
            if meeting is not None:
                # "what did she condemn?" → "and what did he thank Japan for?": the other side of that meeting
                people += tuple(p for p in (*meeting.japan_side, *meeting.partner_side) if p not in people)
            if query.intent == "who" and not answer.focus.meeting:
                # "Who came from Rwanda's finance ministry?": the one answered, not those the question named
                people = tuple(dict.fromkeys([*(p for p in answer.focus.people if p not in named), *named]))
            elif query.intent == "who" and query.role is not None and not named:
                # "Who was the Japanese foreign minister that met Kyrgyzstan's?": the one the post asked for
                # is whom "he" means next
                groups = self.answerer.describer.resolve(query, focus).groups
                first = [p for p in people if groups and ("person", p) in groups[0]]
                people = tuple(dict.fromkeys([*first, *people]))
            # (the side the question says, "who represented Japan at the Uzbek meeting?", before the others)
            side_asked = asked.countries_of_side_asked(query)
            sides = side_asked or {m.id for m in query.mentions if m.kind == "country" and m.id != self.index.home}
            # ("who did the Uzbek deputy FM meet from Japan?": the post names the subject, the side asked the answer)
            if query.intent == "who" and sides and (not named and query.role is None or side_asked):
                # "who led it from the Uzbek side?": whom "he" means next is that side's, of all who took part
                present = (*people, *(meeting.participants if meeting is not None else ()))
                first = [p for p in present if p in self.kb.people and self.kb.people[p].country in sides]
                people = tuple(dict.fromkeys([*first, *people]))
            if named and meeting is not None and (query.intent == "who" or query.asked in lx.PERSON_ASKED_STEMS):
                # "Which Japanese official did Usmanov receive?": the one asked for, not the one named, is whom
                # "he" means next (when the meeting has one such)
                of_side = {m.id for m in query.mentions if m.kind == "country"}
                wanted = [p for p in meeting.participants if p not in named and p in self.kb.people
                          and self.kb.people[p].country in of_side]
                if len(wanted) == 1 and not any(self.kb.people[p].country in of_side for p in named
                                                if p in self.kb.people):
                    people = tuple(dict.fromkeys([wanted[0], *people]))
            answer = replace(answer, focus=replace(answer.focus, people=people))
        if answer.focus is not None and answer.focus.place is None and focus is not None and focus.place \
                and followups.says_there(cleaned.lower()):
            # "what was she doing there?" answered by a record of no place: "there" is still where it was
            answer = replace(answer, focus=replace(answer.focus, place=focus.place))
        elsewhere = self._pointed_elsewhere(cleaned, query, answer, focus)
        if elsewhere is not None:
            return elsewhere
        asked_as = cleaned
        if answer.kind == "source" and focus is not None and focus.question and followups.is_ellipsis(cleaned):
            asked_as = focus.question  # "and for the Usmanov meeting?": a question of a source still, for the next
        # (a question naming something new starts afresh)
        carried = None if focus is None or any(self._new_to(m, focus) for m in query.mentions) else focus
        if answer.focus is not None:
            shown_before = last_shown.shown_list(focus) if focus is not None else ()
            # (some of the list before, picked by a name that fits more than one of it: the list they were picked from)
            picked_from = shown_before if len(answer.focus.items) >= 2 and set(answer.focus.items) < set(shown_before) \
                else ()
            answer = replace(answer, focus=replace(answer.focus, intent=query.intent,
                                                   aspects=tuple(sorted(query.aspects)), role=query.role,
                                                   keywords=query.keywords, question=asked_as,
                                                   several=answer.kind == "several", picked_from=picked_from,
                                                   listed=last_shown.listed(answer.focus, carried),
                                                   listed_question=last_shown.listed_question(answer.focus, carried,
                                                                                              asked_as)))
        elif not answer.answered:
            # A question the records could not answer may still be corrected ("sorry, I meant ..."); one
            # that named nothing new leaves the topic as it was ("when were those trips?" → "and the theme?").
            # One that named someone leaves them as whom "they" and "he" mean ("did Kishida invite Kagame to
            # Tokyo?" → "what did they talk about?").
            by_name = Focus(people=tuple(dict.fromkeys(m.id for m in query.mentions if m.kind == "person")))
            kept = focus if focus is not None and not any(self._new_to(m, focus) for m in query.mentions) else by_name
            # "When did Japan open an embassy in Kyrgyzstan?" (none recorded) → "and in Uzbekistan?": the
            # question's type and words, for an ellipsis that asks it again of something else
            kept = replace(kept, intent=query.intent, keywords=query.keywords, aspects=tuple(sorted(query.aspects)),
                           role=query.role)
            shared = self._meeting_of_all(query)
            if shared is not None:
                # "Kamikawa's meeting with Kuleba, what time was that in Kyiv?" (not given): the one meeting of the
                # people it names is still what the conversation went on to ("which of the two was shorter?")
                kept = replace(kept, recent=tuple(dict.fromkeys((f"meeting:{shared}", *kept.recent))))
            answer = replace(answer, focus=replace(kept, question=cleaned))
        return answer

    def _pointed_elsewhere(self, text: str, query: Query, answer: Answer, focus: Focus | None) -> Answer | None:
        """"When was that deal signed?", "was it 42 of them?" after talks with one country, answered from a
        record of another: the thing pointed to is of the conversation, so the records do not say (None when the
        answer is of the conversation's countries or of the person "he" or "she" means, or the question names its
        own)."""
        home = self.index.home
        lowered = text.lower()
        if not answer.answered or answer.focus is None or focus is None \
                or not (_POINTED_THING.search(lowered) or references.POINTS_BACK.search(lowered)) \
                or any(m.kind in ("country", "place", "person", "meeting") and m.id != home for m in query.mentions):
            return None
        if answer.focus.meeting is not None and any(m.kind == "term" for m in query.mentions) \
                and set(query.keywords) & lx.GATHERING_WORDS:
            return None  # "when was the G7 meeting she held?": a meeting of what it names, its own
        def sides(f: Focus) -> set[str]:
            # (the countries it is of, and those its places are in: "that summit" of a meeting held in a third
            # country is of that country too)
            meeting = self.kb.meetings.get(f.meeting or "")
            places = [self.kb.places.get(key or "") for key in (f.place, meeting.place if meeting else None)]
            return (set(f.countries) | set(meeting.countries if meeting is not None else ())
                    | {p.country for p in places if p is not None and p.country}) - {home}
        before, after = sides(focus), sides(answer.focus)
        if _SHIFTED_TIME.search(lowered):
            return None  # "where did he travel nine months later?": another time, so another record
        if _PERSONAL.search(lowered):
            # "how often has he been to Japan?" after a summit abroad: his own country's records are his
            meant = followups.meant_by_pronoun(self.kb, focus.people, lowered)[:1]
            before |= {self.kb.people[p].country for p in meant if p in self.kb.people} - {home, None}
        if not before or not after or before & after:
            return None
        names = " and ".join(sorted(self.kb.countries[c].name for c in before if c in self.kb.countries))
        return Answer("not_found", False, "Not in the records",
                      (f"The records of {names} do not say that; the nearest record is of another country:",
                       answer.lines[0] if answer.lines else answer.title), sources=answer.sources[:1], focus=focus,
                      confidence=0.0)

    def _new_to(self, mention: Mention, focus: Focus) -> bool:
        """Whether a name a question uses is new to the conversation's topic ("what handle did the tweet
        use for Kishida?" after an answer about his meeting names nobody new)."""
        known = {("person", p) for p in focus.people} | {("country", c) for c in focus.countries}
        known |= {(kind, ident) for kind, ident in (("place", focus.place), ("meeting", focus.meeting),
                                                      ("term", focus.topic)) if ident is not None}
        known.add(("country", self.index.home))
        return (mention.kind, mention.id) not in known

    def about_records(self, refs: tuple[str, ...], rest: str | None, items: tuple[str, ...],
                       today: dt.date, within: Focus | None = None) -> Answer:
        """A question about records of the last answer ("where was the second one?"), each answered (a person of a
        list of those who went to a country, `within` its focus, of their one meeting there)."""
        if rest is None:
            answers = [self.record_answer(ref, items) for ref in refs]
        else:
            answers = [self.ask_one(_of_person(rest, self.kb.people.get(ref.removeprefix("person:"))),
                                     self._person_there(ref, within) or self.record_focus(ref, (ref,)), today)
                       for ref in refs]
        if len(answers) == 1:
            answer = answers[0]
            focus = answer.focus or self.record_focus(refs[0], items)
            if focus.items and focus.items[0] not in refs and f"meeting:{focus.meeting}" not in refs:
                if refs[0] in focus.items and refs[0].startswith("meeting:"):
                    # "the second one, what was she in New York for?" answered with another record beside it:
                    # the one picked stays the meeting the conversation is about
                    picked = self.record_focus(refs[0], focus.items)
                    return replace(answer, focus=replace(focus, meeting=picked.meeting, date=picked.date,
                                                         current=refs[0]))
                return replace(answer, focus=focus)  # answered from another record: that one is the topic now
            # A detail of the record picked (its people, its outcomes): "the first one" still means the list's.
            return replace(answer, focus=replace(focus, items=items, current=refs[0]))
        # (each asked of its own record: an answer from another document is not that record's, "how much was that
        # emergency aid?" is not answered by another aid's figure)
        answers = [a if not a.answered or self._of_own_document(ref, a) else Answer(
            "not_found", False, "Not in the records", ("The record asked of does not give it.",), confidence=0.0)
            for ref, a in zip(refs, answers, strict=True)]
        answered = [a for a in answers if a.answered]
        if not answered:
            return replace(answers[0], focus=self.record_focus(refs[0], items))
        lines = tuple(line for a in answered for line in (a.title, *(f"  {x}" for x in a.lines)))
        # those that do not answer it are said so, not left out
        lines += tuple(line for a in answers if not a.answered for line in (a.title, *(f"  {x}" for x in a.lines[:1])))
        title = f"{len(answered)} records" if len(answered) == len(answers) else \
            f"{len(answered)} of {len(answers)} records give it"
        return Answer("several", True, title, lines,
                      sources=tuple(c for a in answered for c in a.sources[:1]),
                      confidence=min(a.confidence for a in answered),
                      # (each of them answered alike: "where were they?" next asks of each again)
                      focus=replace(self.record_focus(refs[0], items), items=items, several=len(refs) > 1))

    def _person_there(self, ref: str, within: Focus | None) -> Focus | None:
        """"The other one - which month?" of people listed as going to a country: the one meeting there of the person
        picked, as the conversation's record; None when the list is of no country or they met there more than once."""
        kind, _, key = ref.partition(":")
        held = [m for m in self.met_there(key, within) if not m.trip] if kind == "person" else []
        return replace(self.answerer.meetings.meeting_focus(held[0]), items=(ref,)) if len(held) == 1 else None

    def _of_own_document(self, ref: str, answer: Answer) -> bool:
        """Whether an answer about the record `ref` draws on that record's document (or cites nothing)."""
        cited = self._cited_of(ref)
        return cited is None or not answer.sources or any(c.document == cited.source for c in answer.sources)

    def _details(self, refs: tuple[str, ...], query: Query) -> Answer | None:
        """What a follow-up asks of each record the last answer showed, from the records' fields; None
        when they are no facts, pledges or terms."""
        pairs = [(ref, a) for ref in refs if (a := details.answer(self.kb, ref, query, refs)) is not None]
        answers = [a for _, a in pairs]
        if not answers:
            return None
        answered = [a for a in answers if a.answered]
        if len(answered) == 1 or (answered and len(answers) == 1):
            return _about_one(next(r for r, a in pairs if a is answered[0]), answered[0])
        if not answered:
            return answers[0]
        lines = tuple(f"{a.title}: {a.lines[0]}" for a in answered)
        return Answer("several", True, f"{len(answered)} records", lines,
                      sources=tuple(a.sources[0] for a in answered), focus=answered[0].focus,
                      confidence=min(a.confidence for a in answered))

    def _distributed(self, text: str) -> list[str] | None:
        """"In which years did Japan open embassies in Rwanda and Uzbekistan?", "which ministers did
        Hayashi and Kamikawa meet?": two names of the same side joined by "and" are asked about one by
        one (two people of different sides, "Hayashi and Kulubaev", met each other: not split)."""
        two_dates = _TWO_DATES.search(text)
        if two_dates is not None and (two_dates.group(1)[0].isdigit() != two_dates.group(3)[0].isdigit()
                                      or re.search(r"\b(?:between|from|since)\b", text[:two_dates.start()], re.I)):
            two_dates = None  # "between October 2022 and March 2023": a span
        if two_dates is not None and analyse(text, self.index).intent not in ("yes_no", "count"):
            # "Which meetings fell in December or January?": each month asked on its own
            return [text[:two_dates.start()] + two_dates.group(n) + text[two_dates.end():] for n in (1, 3)]
        if " and " not in f" {text.lower()} " or lx.asks_people_named(text.lower()):
            # most messages: no second name to split on, and no second reading to pay for ("which officials appear
            # in the records about A and B?": the people of either, one list)
            return None
        clauses = _TWO_CLAUSES.match(text.strip())
        if clauses is not None:
            # "In which years did Japan open its embassy in A and B open its embassy in C?": each doer's own clause
            asked, verb = clauses.group("wh"), clauses.group("v")
            return [f"{asked} {clauses.group('s1')} {verb}{clauses.group('r1')}?",
                    f"{asked} {clauses.group('s2')} {verb}{clauses.group('r2')}?"]
        counted = _HOW_MANY_OF_EACH.search(text)
        if counted is not None and not _ADDED_UP.search(text):
            # "how many cranes, generators and transformers did Japan pledge?": each thing counted on its own
            things = [t.strip() for t in re.split(r",\s*(?:and\s+)?|\s+and\s+", counted.group("things")) if t.strip()]
            if len(things) >= 2 and not any(analyse(t, self.index).mentions or _UNIT.search(t) for t in things):
                return [f"{counted.group('how')}{t}{counted.group('rest')}" for t in things]
        both = _TWO_EVENTS.match(text)
        if both is not None:
            # "When were the business forum and the Usmanov–Ikegami meeting held?": each one's date
            asked = re.sub(r"\b(?:were|are)\b", lambda w: "was" if w.group(0) == "were" else "is", both.group("q"))
            return [f"{asked} {both.group(x)}{both.group('verb')}?" for x in ("a", "b")]
        gatherings = _TWO_GATHERINGS.match(text)
        if gatherings is not None and not GAP_ASKED.search(text) and not _AS_ONE.search(text):
            # "which Japanese officials were involved in the Uzbek meeting and the business forum?": asked of each
            asked = gatherings.group("q")
            return [f"{asked} {gatherings.group('a')}?", f"{asked} {gatherings.group('b')}?"]
        query = analyse(text, self.index)
        if query.intent in ("yes_no", "count") or query.order:
            return None
        words = list(query.words)
        paired = self._two_pairs(query)
        if paired is not None:
            return paired
        starts = {m.start: m for m in query.mentions}
        for m in query.mentions:
            other = starts.get(m.end + 1)
            if other is None and m.start > 0 and m.end + 2 < len(words) and words[m.end + 1] == words[m.start - 1] \
                    and words[m.end + 1] in _REPEATED_PREPOSITIONS and not GAP_ASKED.search(text):
                # "with Rwanda and with Uzbekistan": the preposition said again (as written, not across a date)
                found = starts.get(m.end + 2)
                prep = words[m.start - 1]
                said = (f"{prep} {' '.join(words[m.start:m.end])} and {prep} {' '.join(words[found.start:found.end])}"
                        if found is not None else None)
                other = found if said is not None and said in fold(text).lower() else None
            # "besides Biruta and Ndagijimana", "between Rwanda and Uzbekistan" name the two together.
            together = m.start > 0 and words[m.start - 1] in _TOGETHER or "both" in words or "together" in words
            if (m.end < len(words) and words[m.end] == "and" and other is not None and not together
                    and (self._same_side(m, other) or self._met_apart(m, other, query))
                    and not GAP_ASKED.search(text)):
                # ("by how many minutes did the Kyrgyz and Ukrainian meetings differ?": one difference of the two)
                before, after = words[:m.start], words[other.end:]
                return [" ".join([*before, *words[x.start:x.end], *after]) + "?" for x in (m, other)]
        return None

    def _two_pairs(self, query: Query) -> list[str] | None:
        """"When did A meet B and C meet D?", "A with B, and C with D: when was each?": four people, two by two,
        each two of a meeting and no record of all four, asked of each two (the rest of the question kept)."""
        people = [m for m in query.mentions if m.kind == "person"]
        if len(people) != 4 or len(query.mentions) != 4:
            return None
        a, b, c, d = people
        between = query.words[b.end:c.start]  # ("A's meeting with B, and C's with D": nothing asked between)
        if "and" not in between or not set(between) <= _BETWEEN_PAIRS or "and" in query.words[a.end:b.start] \
                or "and" in query.words[c.end:d.start]:
            return None
        met = self.met_by_all
        if met(a, b, c, d) or not met(a, b) or not met(c, d):
            return None
        # ("each", "both": said of the two, not of one of them)
        before, after = ([w for w in part if w not in ("each", "both")] for part in (query.words[:a.start],
                                                                                     query.words[d.end:]))
        return [" ".join([*before, *query.words[x.start:y.end], *after]) + "?" for x, y in ((a, b), (c, d))]

    def met_by_all(self, *people: Mention) -> set[str]:
        """The meetings every one of `people` took part in, from the index."""
        return self._met_by_entities([("person", m.id) for m in people])

    def _met_by_entities(self, entities: Sequence[tuple[str, str]]) -> set[str]:
        """The meetings that involve every one of `entities` (one at least), from the index."""
        return set.intersection(*(set(self.index.meetings_by_entity.get(e, ())) for e in entities))

    def _met_apart(self, a: Mention, b: Mention, query: Query) -> bool:
        """"When did A meet B and C?": two people the records never show together, each of whom met a third one
        the question names, are asked of one by one (whatever their countries)."""
        if a.kind != "person" or b.kind != "person" or a.id == b.id:
            return False
        met = self.index.meetings_by_entity
        met_a, met_b = set(met.get(("person", a.id), ())), set(met.get(("person", b.id), ()))
        if not met_a.isdisjoint(met_b):
            return False
        # (the people each one met, read from their meetings, not every named one's meetings read against theirs:
        # a surname many people share names many of them)
        asked = {c.id for c in query.mentions if c.kind == "person"} - {a.id, b.id}
        if not asked:
            return False
        by_meeting = self.index.people_by_meeting
        with_a = asked.intersection(p for m in met_a for p in by_meeting.get(m, ()))
        return not with_a.isdisjoint(p for m in met_b for p in by_meeting.get(m, ()))

    def _same_side(self, a: Mention, b: Mention) -> bool:
        if {a.kind, b.kind} <= {"place", "country"} and "place" in (a.kind, b.kind):
            # ("when did the embassies in Tashkent and Tokyo open?": each place asked of on its own, a capital read
            # as its country too)
            return a.id != b.id
        if a.kind != b.kind or a.id == b.id or a.kind not in ("person", "country"):
            return False
        if a.kind == "country":
            return self.index.home not in (a.id, b.id)
        pa, pb = self.kb.people.get(a.id), self.kb.people.get(b.id)
        return pa is not None and pb is not None and pa.country == pb.country

    def _term_name(self, read: Query, focus: Focus | None) -> Answer | None:
        """"What's its full name?" of the one term named or just discussed: its name and other names."""
        named = [m.id for m in read.mentions if m.kind == "term"]
        shown = [i.removeprefix("term:") for i in (focus.items if focus else ()) if i.startswith("term:")]
        terms = named or ([focus.topic] if focus and focus.topic else []) or shown
        if len(set(terms)) != 1 or terms[0] not in self.kb.terms:
            return None
        term = self.kb.terms[terms[0]]
        said = set(read.keywords) - _NAME_WORDS - {m.id for m in read.mentions}
        if said - details.own_words(term):
            return None  # "the scholarship one - its full name?" when the topic is another thing
        others = [x for x in term.aliases if x != term.name]
        lines = (f"{term.name}" + (f" (also: {', '.join(others)})" if others else "") + ".", term.definition)
        return Answer("term", True, term.name, lines, sources=(d.cite(self.kb, term.cited),),
                      focus=Focus(topic=term.id, items=(f"term:{term.id}",)), confidence=0.9)

    def _things_shown(self, question: str, answer: Answer) -> tuple[str, ...]:
        """The terms of the kind a question asks for in the plural ("which two projects …?") that an answer
        about one meeting names, as items in the order it names them (none when the question asks for none)."""
        asked = _THINGS_ASKED.search(question.lower())
        if asked is None or answer.focus is None or answer.focus.meeting is None:
            return ()
        noun = stem(asked.group("noun"))
        text = answer.text
        found: dict[str, int] = {}
        for n in self.index.by_entity.get(("meeting", answer.focus.meeting), ()):
            for kind, ref in sorted(self.index.passages[n].entities | self.index.passages[n].mentioned):
                term = self.kb.terms.get(ref) if kind == "term" else None
                if term is None or ref in found or noun not in content_stems(
                        f"{term.name} {' '.join(term.definition.split()[:4])}"):
                    continue
                at = [i for i in (text.find(x) for x in (term.name, *term.aliases) if x) if i >= 0]
                if at:
                    found[ref] = min(at)
        return tuple(f"term:{ref}" for ref in sorted(found, key=lambda r: (found[r], r)))

    def _name_part(self, text: str, focus: Focus | None, today: dt.date) -> Answer | None:
        """"What is Kulubaev's given name?": the part of one person's name the question asks for."""
        # "what's the guy's name?": a noun for a person is the pronoun of that person ("his name")
        text = _A_PERSONS.sub(lambda m: "her" if lx.GENDERED.get(m.group("noun").lower()) == "she" else "his", text)
        # "what's the new minister's name?", "what is the Kyrgyz minister called?": the name of that person
        said = _NAME_SAID_OF.match(text.lower())
        text = f"name of the {said.group('who') or said.group('called')}?" if said is not None else text
        described_first = _DESCRIBED_THEN_NAME.match(text)
        if described_first is not None:
            # "the Rwandan foreign minister who was at the meeting, what's his name?": who that person was
            described = described_first.group("who") or described_first.group("whom")
            # (a description of its own, read without the conversation's people: "… who visited the Bucha memorial")
            who = self.ask_one(f"who was {described}?", None, today)
            one = next((p for p in (who.focus.people if who.answered and who.focus is not None else ())
                        if p in self.kb.people and self.kb.people[p].name == who.title), None)
            if one is not None and who.focus is not None:
                # (the one person the answer names, whose name is asked; "and the foreign minister?" next asks again)
                return replace(who, focus=replace(who.focus, people=(one,), question=f"name of {described}?"))
            unheld = asked.unheld_title(fold(described).lower(), self.index) if not who.answered else None
            if unheld is not None:
                # "the name of the ambassador who reported on Hayashi's visit": a post nobody in the records holds
                # (the one named in the clause is not the one whose name is asked)
                return Answer("not_found", False, "Not in the records", (unheld,), confidence=0.0,
                              suggestions=who.suggestions)
            text = f"name of {described}?"
        part = _NAME_PART.search(text.lower())
        whole = part is None and _WHOLE_NAME.search(text.lower()) is not None
        if part is None and not whole:
            return None
        if focus is not None and any(not i.startswith("person:") for i in focus.items):
            picked = references.pick(text, focus.items, focus.current,
                                     functools.partial(references.record_date, self.kb))
            if picked is not None and picked.refs and not any(r.startswith("person:") for r in picked.refs):
                return None  # "the full name of the second one" of things listed: that thing's, read on as such
        read = analyse(text, self.index)
        people = [m.id for m in read.mentions if m.kind == "person"]
        owner = _NAME_OF.search(text.lower())
        whose = _NAME_OF_SOMEONE.match(text.lower()) if whole and not people and read.role is None else None
        if whose is not None:
            # "name of the kyrgyz minister who came to japan in dec 22?": who that person was, by what is said of them
            # (when the records can say; else the question is read on as it was asked)
            who = self.ask_one(f"who was the {whose.group('who')}", focus, today)
            if who.answered:
                return who
        if owner is not None and read.role is not None:
            of = analyse(owner.group("owner"), self.index)
            if of.role is None and not any(m.kind == "person" for m in of.mentions):
                # "the full name of the cooperation program signed during the Kyrgyz minister's visit": the
                # name of a thing, whoever else the question names
                return self._term_name(read, focus) if whole else None
        if read.role is not None:
            # "the Ukrainian prime minister's first name": the one person the description fits, if one
            # (a name later in the question, "as given in the article on Hayashi's visit", is not it)
            described = self.answerer.describer.resolve(read, focus)
            titled = [p for p in people if p in self.kb.people and any(lx.fits_post(read.role, r.key)
                                                                        for r in self.kb.people[p].roles)]
            people = [i for g in described.groups for k, i in sorted(g) if k == "person" and len(g) == 1]
            people = people or titled  # "President Kagame's first name": the post is his own title
            if not people:
                return None
        if not people and (re.search(r"\bits?\b", text.lower()) or any(m.kind in ("term", "place")
                                                                      for m in read.mentions)):
            # "the scholarship one - what's its full name?": a thing's name, not a person's
            return self._term_name(read, focus) if whole else None
        countries = {m.id for m in read.mentions if m.kind == "country"}
        if not people and focus is not None and countries:
            # "the Kyrgyz one, what's his first name?": the one of the conversation's people from there
            shown = [*focus.people, *(i.split(":", 1)[1] for i in focus.items if i.startswith("person:"))]
            people = list(dict.fromkeys(p for p in shown
                                        if p in self.kb.people and self.kb.people[p].country in countries))
            if len(people) != 1:
                return None
        listed = [i.split(":", 1)[1] for i in focus.items if i.startswith("person:")] if focus is not None else []
        if not people and listed:
            # "the finance guy, what's his full name?" after a list of people: the one of them described so
            people = self.answerer.describer.described_among(text, listed)
            if len(people) > 1:
                return None
        if not people and focus is not None and focus.people:
            # "what's her full name?": the one of the conversation's people "her" can mean (not one the question
            # before named by name: "hayashi's meeting with the kyrgyz minister, when?" → "his name?")
            meant = followups.meant_by_pronoun(self.kb, focus.people, text.lower())
            if followups.called_otherwise(self.kb, focus.people, text.lower()):
                # "what's his first name?" after her: the one before, or at her meeting, the records call "he"
                meant = followups.called_so_before(self.kb, focus, text.lower()) or meant
            before = analyse(focus.question, self.index) if focus.question else None
            named = {m.id for m in before.mentions if m.kind == "person"} if before is not None else set()
            if before is not None and before.role is not None and before.intent == "who":
                # ("who did the japanese FM meet?" → "his first name?": the one answered, not the one the question
                # described by post)
                named |= {i for g in self.answerer.describer.resolve(before, None).groups for k, i in g
                          if k == "person"}
            answered = focus.current.removeprefix("person:") if focus.current else None
            # (the one person the last answer was about, when "his" can mean them: "who was Rwanda's finance
            # minister there?" → "what's his first name?")
            people = [answered] if answered in meant and focus.current and focus.current.startswith("person:") \
                else list(([p for p in meant if p not in named] or list(meant))[:1])
        if len(set(people)) != 1 or people[0] not in self.kb.people:
            return None
        person = self.kb.people[people[0]]
        if whole or part is None:  # "what's his name?": the whole name
            # (a person described, "the Rwandan finance minister who attended …", is asked again of another post next:
            # "and the foreign minister?")
            return Answer("person", True, person.name, (f"{person.name}: {person.description or ''}".rstrip(": "),),
                          sources=(d.cite(self.kb, person.cited),), confidence=0.9,
                          focus=Focus(people=(person.id,), question=text if read.role is not None else None,
                                      countries=tuple(m.id for m in read.mentions if m.kind == "country"
                                                      and m.id != self.index.home) if read.role is not None else ()))
        family = part.group(1) in ("family", "last", "sur")
        value = person.family_name if family else person.given_name
        kept = Focus(people=(person.id,))
        if focus is not None and f"person:{person.id}" in focus.items:
            # "what's her given name?" of one of a list of people: "and the other one's?" is of the same list
            kept = replace(focus, people=(person.id,), current=f"person:{person.id}", question=text)
        return Answer("person", True, value, (f"{person.name}: {'family' if family else 'given'} name {value}.",),
                      sources=(d.cite(self.kb, person.cited),), focus=kept, confidence=0.9)


    def _country_named_by_clause(self, text: str) -> str:
        """"... the Central Asian country whose embassy in Tokyo opened in 1996?": the country the clause's
        best record is about, named in its place, when that record is about exactly one (of the region
        named, if any) and covers the clause; the text as it was otherwise."""
        found = _COUNTRY_CLAUSE.search(text)
        if found is None:
            return text
        clause = analyse(found.group("clause"), self.index)
        scored = score_passages(self.index, clause, limit=1)
        if not scored or scored[0].coverage < thresholds.YES_COVERAGE or scored[0].entities_missing:
            return text
        kind = "meeting" if scored[0].passage.kind in ("meeting", "topic", "outcome") else scored[0].passage.kind
        countries = [c for c in self.record_countries(f"{kind}:{scored[0].passage.ref}") if c != self.index.home]
        region = analyse(found.group("region"), self.index).mentions if found.group("region") else ()
        if region:
            countries = [c for c in countries if any(m.kind == "country" and m.id == c for m in region)]
        if len(set(countries)) != 1:
            return text
        name = self.index.entity_name(("country", countries[0]))
        return f"{text[:found.start()]}{name}{text[found.end():]}"

    def record_countries(self, ref: str) -> tuple[str, ...]:
        kind, _, key = ref.partition(":")
        if kind == "meeting" and key in self.kb.meetings:
            return self.kb.meetings[key].countries
        record = details.record(self.kb, ref)
        if isinstance(record, Pledge):
            return (record.donor, record.recipient)
        return record.countries if record is not None else ()

    def _counterpart(self, focus: Focus, text: str = "", *, at: Meeting | None = None) -> Answer | None:
        """"Who was his counterpart?": at the last meeting, those of the other country than the one asked
        about (the partner side, or those attending for it when nobody is named as met); of the one the
        question's "he" or "she" can mean."""
        # (`at`: the meeting found for the question, "and his Japanese counterpart?" after his profile: his one meeting)
        meeting = at or self.kb.meetings.get(focus.meeting or "")
        meant = followups.meant_by_pronoun(self.kb, focus.people, text.lower())
        person = self.kb.people.get(meant[0]) if meant else None
        if meeting is None or person is None or person.id not in meeting.participants:
            return None
        others = [p for p in (*meeting.japan_side, *meeting.partner_side, *meeting.accompanying)
                  if p in self.kb.people and self.kb.people[p].country != person.country]
        if not others:
            return Answer("not_found", False, "Not in the records",
                          (f"The record of {meeting.title} names nobody from another country than {person.name}'s.",),
                          sources=(d.cite(self.kb, meeting.cited),), confidence=0.0)
        names = ", ".join(self.kb.people[p].name for p in others)
        lines = tuple(d.person_label(self.kb, p) for p in others)
        return Answer("people", True, names, (f"{meeting.title} ({meeting.date.human()}):", *lines),
                      sources=(d.cite(self.kb, meeting.cited),), confidence=0.8,
                      focus=Focus(meeting=meeting.id, people=tuple(others), countries=meeting.countries,
                                  date=meeting.date.iso()))

    def _meeting_of_meant(self, focus: Focus, text: str) -> Meeting | None:
        """The meeting the conversation is on, or else the one meeting of the person "he" or "she" means there ("who
        is Kudratov?" → "and his Japanese counterpart?": the forum he steered)."""
        if focus.meeting in self.kb.meetings:
            return self.kb.meetings[focus.meeting or ""]
        meant = followups.meant_by_pronoun(self.kb, focus.people, text.lower())
        held = [self.kb.meetings[i] for i in self.index.meetings_by_entity.get(("person", meant[0]), ())
                if not self.kb.meetings[i].trip] if meant else []
        return held[0] if len(held) == 1 else None

    def _elsewhere_on_trip(self, focus: Focus) -> Answer | None:
        """"Where else did he go on that trip?": the places of the last meeting's trip but its own."""
        meeting = self.kb.meetings.get(focus.meeting or "")
        if meeting is None:
            return None
        trip = self.kb.trips.get(meeting.trip or meeting.id)
        if trip is None:
            return None
        here = {focus.place, meeting.place} - {None}
        others = [self.kb.places[p].name for p in trip.places if p not in here and p in self.kb.places]
        if not others:
            return Answer("not_found", False, "Not in the records",
                          (f"The records name no other place of {trip.title}.",), confidence=0.0)
        return Answer("trip_places", True, ", ".join(others), (f"Also on {trip.title} ({trip.date.human()}).",),
                      sources=(d.cite(self.kb, trip.cited),), confidence=0.9,
                      focus=Focus(meeting=trip.id, people=trip.travellers, countries=trip.countries,
                                  place=next((p for p in trip.places if p not in here), None), date=trip.date.iso()))

    def _person_of_country(self, text: str, people: tuple[str, ...]) -> str | None:
        """"Which of them is Japanese?": the one person of `people` from the country named, or None."""
        found = _WHICH_OF_THEM.match(text.lower())
        if found is None:
            return None
        countries = {m.id for m in analyse(found.group("who"), self.index).mentions if m.kind == "country"}
        fits = [p for p in people if p in self.kb.people and self.kb.people[p].country in countries]
        return fits[0] if len(fits) == 1 else None


    def single_date(self, answer: Answer) -> PartialDate | None:
        """The one date an answer gives: of its one record, or shared by all the records it lists."""
        if not answer.answered or answer.focus is None:
            return None
        if answer.focus.items:
            # (of a list, the one record the answer was about, when it was about one: the list kept for "the
            # other one" puts the record answered first, and the answer's date is that record's)
            refs = (answer.focus.current,) if answer.focus.current else answer.focus.items
            dates = [d for ref in refs if (d := references.record_date(self.kb, ref)) is not None]
            if not dates and (refs[0] if len(refs) == 1 else "").startswith("person:") \
                    and answer.focus.date and answer.kind not in _LISTING_KINDS:
                # (one person, alone or of a list of people, answered by a record of theirs: that record's date)
                return PartialDate.parse(answer.focus.date)
            if len(set(dates)) > 1 and answer.kind not in _LISTING_KINDS and answer.focus.date \
                    and dates[0].iso() == answer.focus.date:
                return dates[0]
            return dates[0] if len(set(dates)) == 1 else None
        if answer.kind in _LISTING_KINDS:
            return None
        return PartialDate.parse(answer.focus.date) if answer.focus.date else None

    def _recent_titled_by(self, text: str, focus: Focus) -> Meeting | None:
        """The one meeting of the conversation's last few whose title holds a name of a gathering the message names
        ("the G7 ministers … at that meeting"); None when none or several do."""
        terms = [self.kb.terms[m.id] for m in analyse(text, self.index).mentions
                 if m.kind == "term" and m.id in self.kb.terms]
        forms = [f for term in terms for f in term_forms(term)]
        fits = [m for i in focus.recent_meetings() if (m := self.kb.meetings.get(i)) is not None
                and forms and titled_by(m, forms)]
        return fits[0] if len(fits) == 1 else None

    def _event_of_fact(self, ref: str | None) -> str | None:
        """The one meeting a fact (`fact:<id>`) tells of: the record of the occasion the fact names, on its day."""
        fact = self.kb.facts.get(ref.removeprefix("fact:")) if ref and ref.startswith("fact:") else None
        if fact is None or fact.date is None or not fact.terms:
            return None
        # (the meetings that name one of its terms, from the index: not a pass over every meeting)
        named = dict.fromkeys(i for t in fact.terms for i in self.index.meetings_by_entity.get(("term", t), ()))
        held = [m.id for i in named if (m := self.kb.meetings.get(i)) is not None
                and m.occasion in fact.terms and m.date.iso() == fact.date.iso()]
        return held[0] if len(held) == 1 else None

    def record_focus(self, ref: str, items: tuple[str, ...]) -> Focus:
        """What a follow-up refers to once it has picked one record of the last answer."""
        kind, _, key = ref.partition(":")
        if kind == "meeting" and key in self.kb.meetings:
            return replace(self.answerer.meetings.meeting_focus(self.kb.meetings[key]), items=items)
        if kind == "person":
            person = self.kb.people.get(key)
            return Focus(people=(key,), countries=(person.country,) if person else (), items=items)
        fact = self.kb.facts.get(key) if kind == "fact" else None
        date = references.record_date(self.kb, ref)
        return Focus(people=fact.people if fact else (), countries=fact.countries if fact else (),
                     place=fact.places[0] if fact and fact.places else None,
                     date=date.iso() if date else None, items=items)

    def record_answer(self, ref: str, items: tuple[str, ...]) -> Answer:
        """One record of the last answer, as "which of those came first?" asks for it."""
        kind, _, key = ref.partition(":")
        focus = self.record_focus(ref, items)
        if kind == "meeting" and key in self.kb.meetings:
            answer = self.answerer.meetings.meeting_answer(self.kb.meetings[key])
            return replace(answer, focus=focus)
        if kind == "person":
            name = self.index.entity_name(("person", key))
            answer = self.answerer.profiles.entity_profile(("person", key), analyse(name, self.index))
            return replace(answer, focus=focus)
        tables: dict[str, Mapping[str, Fact | Pledge | Term]] = {
            "fact": self.kb.facts, "pledge": self.kb.pledges, "term": self.kb.terms}
        record = tables[kind][key]
        text = details.text_of(record)
        date = references.record_date(self.kb, ref)
        lines = (text,) if date is None or date.human() in text else (text, f"Date: {date.human()}")
        title = record.name if isinstance(record, Term) else text if len(text) < 90 else text[:87] + "..."
        return Answer(kind, True, title, lines, sources=(d.cite(self.kb, record.cited),), focus=focus)

    def on_this_date(self, month: int, day: int, *, today: dt.date) -> Answer:
        """Everything that happened on a month and day, with `N years ago` relative to `today`."""
        answer = self.dates.answer(month, day, today)
        assert answer is not None
        return answer

    def daily_note(self, today: dt.date) -> Answer | None:
        """The daily note for `today`'s month and day; None when nothing happened on it."""
        return self.dates.answer(today.month, today.day, today, always=False)

    def inline_results(self, query: str, limit: int = 20) -> tuple[Answer, ...]:
        """Meeting answers matching `query`, for Telegram's inline mode (best first)."""
        cleaned = _CONTROL.sub(" ", query or "").strip()[:MAX_INPUT]
        if not cleaned:
            meetings = sorted(self.kb.meetings.values(), key=lambda m: (m.date, m.id), reverse=True)
        else:
            q = analyse(cleaned, self.index)
            if q.outside:
                return ()
            groups = entity_groups(q)
            if not groups and q.dates is None:
                return ()
            meetings = self.answerer.meetings.filter_meetings(groups, q)
        return tuple(self.answerer.meetings.meeting_answer(m) for m in meetings[:limit])


#: Collections of the middle generation between two full ones (Python's default is 10).
_FULL_PASS_AFTER = 100
#: A question of things pointed at in the plural ("when were they provided?", "how many of those were sent?").
_PLURAL_POINTER = re.compile(r"^\W*(?:and |so )?(?:when|where|how many|how much|who|by when|why)\b[^?]*\b(?:they|them"
                             r"|those|these)\b")
#: "that emergency aid", "those transformers": a thing pointed at, up to the verb or preposition after it.
_NOT_THING_WORD = (r"(?!(?:was|were|is|are|has|had|have|did|do|does|about|for|from|to|in|on|at|of|by|with|and|or"
                   r"|one|ones|the|a|an|he|she|they|it|we|you|i)\b)")
_THAT_THING = re.compile(r"(?:^\W*|\b(?:and|was|were|is|are|did|does|do|about|of|for|with|from|to|in|on|at|by|during"
                         r"|what|which|when|where|why|how|so|but) )"  # ("the day that ties began": no thing)
                         r"(?:that|this|those|these) (?P<thing>" + _NOT_THING_WORD + r"[a-z][a-z'-]*(?: "
                         + _NOT_THING_WORD + r"[a-z][a-z'-]*){0,3})")
#: Words of a question of the time between two things ("how many years between those two openings?").
_TIME_BETWEEN = re.compile(r"\b(?:between|apart|how (?:many|much) (?:days|weeks|months|years|time)|how long)\b")
#: Nouns of "that …" that point at a record of any kind, not at a thing a record is about.
_NO_THING = frozenset(stem(w) for w in """date day year month time one ones thing things record records event events
    country countries place places person people man woman guy minister ministers official officials trip trips
    visit visits meeting meetings talks summit forum article report document source answer list point""".split())


#: Kinds of answer about one thing given or told (a pledge, a fact, a detail of one), which name no one of their own.
_OF_A_THING = frozenset({"pledge", "fact", "detail"})
#: Kinds of answer about a person themself (their post, their profile), not a record they are in.
_OF_A_PERSON = frozenset({"people", "person", "role"})


def _list_kept(answer: Answer, focus: Focus | None) -> Answer:
    """An answer about one person of the list just shown, asked of by name ("whats Biruta's job?" after the two
    ministers listed), keeps the list, that one current: "and the other guy?" next is the other of it."""
    if focus is None or answer.focus is None or len(answer.focus.people) != 1 or answer.kind not in _OF_A_PERSON \
            or any(i.startswith("person:") for i in answer.focus.items) \
            or f"person:{answer.focus.people[0]}" not in focus.items or len(focus.items) < 2:
        return answer
    return replace(answer, focus=replace(answer.focus, items=focus.items, current=f"person:{answer.focus.people[0]}"))


def _with_both(answer: Answer, before: Focus | None, text: str) -> Answer:
    """After "how long was A's meeting?" → "and B's?" (or "when did A open?" → "and B?"), the conversation
    holds both records, the one just answered first, so that "which one was longer?" or "how many years
    apart were they?" compares them."""
    earlier, now = last_shown.one_record(before), last_shown.one_record(answer.focus)
    if earlier is None or now is None or earlier == now or not lx.CONTINUES.match(text.lower()):
        return answer
    assert answer.focus is not None
    return replace(answer, focus=replace(answer.focus, items=(now, earlier)))  # the one just answered first


#: "the Ukraine trip", "the Bali meeting": one record said with "the", which the conversation may be on.
_THE_RECORD_SAID = re.compile(r"\bthe (?:[\w'’-]+ ){1,3}?(?:trip|visit|meeting|talks|summit|forum|journey)\b(?!['’]s)")
#: "When were the forum and the meeting held?", "where did the G7 meeting and the talks with Kuleba take place?".
_TWO_EVENTS = re.compile(r"^\W*(?P<q>(?:when|where|what time|on what dates?|in which cit(?:y|ies)) (?:was|were|did"
                         # ("where are the embassy in A and the embassy in B located?": where each one stands)
                         r"|(?<=where )(?:is|are)))"
                         r" (?P<a>the [^,?]+?) and (?P<b>the [^,?]+?)(?P<verb>(?: (?:held|take place|took place|happen"
                         r"|happened|opened|open|signed|start|started|begin|began|located|based|situated))?)\W*$",
                         re.IGNORECASE)
#: "Who represented Japan at the A meeting and at the B forum?": a question of people asked of two gatherings.
_GATHERING_NOUN = "(?:" + "|".join(sorted(lx.GATHERING_NOUNS | {"visit", "trip"}, key=lambda w: (-len(w), w))) + ")"
_TWO_GATHERINGS = re.compile(rf"^(?P<q>\W*(?:who|whom|which|name|list)\b[^?]*?\b(?:in|at|of|during|for|from"
                             rf"|attended|attend|joined|join|led|lead|chaired|chair|hosted|host))"
                             rf" (?P<a>the [^,?]+?\b{_GATHERING_NOUN}) and (?:(?:in|at|of|during|for|from) )?"
                             rf"(?P<b>the [^,?]+?\b{_GATHERING_NOUN})\W*$", re.IGNORECASE)
#: "… at both the A and the B", "… in common": the two asked of together, not each.
_AS_ONE = re.compile(r"\b(?:both|either|common|together|same|shared|jointly|compare[ds]?)\b", re.IGNORECASE)
#: "According to the Kyrgyz foreign minister, for how long ...?": whose words the answer comes from, which the
#: record need not name; the question is what follows.
_THEY_WORD = re.compile(r"\b(?:they|them|their|theirs)\b")
#: "the Japanese one", "the Uzbek guy": one of the people the conversation has shown, by country.
_ONE_OF_THEM_MEANT = re.compile(r"^\W*(?:the|that) [a-z]+ (?:one|guy|man|woman|lady|fellow|official)\W*$",
                                re.IGNORECASE)
#: "there", "it", "that meeting": what a restated question says of the thing a correction means.
_POINTER_IN_RESTATED = re.compile(r"\bthere\b|\bit\b|\b(?:that|this) (?:meeting|talks|visit|trip|event|one)\b"
                                  r"|\b(?:those|these) (?:meetings|talks|visits|trips)\b"
                                  r"|\b(?:that|this|those|these)(?=\W*$)"
                                  # ("when did that open?": "that" the subject of the question)
                                  r"|(?:(?<=\bdid )|(?<=\bdoes )|(?<=\bwas )|(?<=\bis ))(?:that|this)\b(?= [a-z]+\W*$)",
                                  re.IGNORECASE)
#: "Did Kuleba say anything about her appointment?", "has he mentioned sanctions at all?": what someone said of it.
_SAID_ANYTHING = re.compile(r"^\W*(?:and |so |but )?(?:did|has|had) (?P<who>[\w'’ .-]+?) (?:ever |also |actually )?"
                            r"(?:say|said|mention|comment|remark)(?: anything| something| much)?"
                            r"(?: at all)? (?:about|on|regarding|concerning|of) (?P<what>[^?]+?)(?: at all)?\W*$")
#: "that deal", "this agreement": a thing of the conversation pointed to by a noun (not a time: "that day").
_POINTED_THING = re.compile(r"\b(?:that|this|those|these) (?!(?:one|ones|time|day|date|year|month|week|morning|"
                            r"evening|night|period|moment|point)\b)[a-z]{3,}\b")
#: "Given its start time and duration, …", "judging from the local and Japan times given for the A–B meeting, …":
#: the figures to work the answer out from, put before the question.
_REASONING_LEAD = re.compile(r"^\W*(?:so |and )?(?:(?:given|based on|going by|judging (?:from|by)|using|taking|from|"
                             r"counting (?:from|by))\s+(?:its|their|the|her|his|when|how|what)\s+(?:[\w'’-]+\s+){0,8}?"
                             r"(?:times?|durations?|lengths?|dates?|figures?|start|started|began|clock|lasted|long)\b"
                             # "if it ran its full approximate length, …": the figure the working out takes as given
                             r"|(?:if|assuming)\s+(?:it|they|the [\w'’-]+)\s+(?:ran|lasted|went|took|used)\s+"
                             r"(?:for\s+)?(?:its|their|the)\s+(?:[\w'’-]+\s+){0,3}?(?:length|duration|time)\b)"
                             r"[^,?]{0,80},\s*(?P<rest>\w.*)$",
                             re.IGNORECASE)
#: "…, given its start time and duration?": how to work the answer out, said after the question (which it asks
#: nothing of).
_REASONING_AFTER = re.compile(r"(?:,\s*(?:given|using|counting from)|,?\s+(?:based on|going by|judging (?:from|by)))"
                              r"\s+"
                              r"(?:its|their|the|her|his)\s+(?P<of>(?:[\w'’-]+\s+){0,4}?)(?:start(?:ing)?\s+)?"
                              r"(?:times?|durations?|lengths?|dates?|figures?)"
                              r"(?:\s+and\s+(?:its|their|the)?\s*(?:[\w'’-]+\s+){0,2}?(?:times?|durations?|lengths?"
                              r"|dates?))?(?P<end>\W*)$", re.IGNORECASE)
def _figures_of(found: re.Match[str]) -> str:
    """What stays of a reasoning clause after a question: what its figures are of ("… based on the kuleba mtg
    times?" → "… at the kuleba mtg?"), or nothing ("…, given its start time and duration?")."""
    of = found.group("of").strip()
    return (f" at the {of}" if of else "") + found.group("end")


#: "… of the A–B meeting in Ostra,": what the figures of a reasoning lead are of.
_OF_THING = re.compile(r"\b(?:of|for) (?P<thing>(?:the|that|this) [^,]+?)\s*,\s*$", re.IGNORECASE)
_IT_WORD = re.compile(r"\bit\b")
_ACCORDING_TO = re.compile(r"^\W*(?:so |and )?(?:according to|as per|per) [^,?]{2,80},\s*(?=\w)", re.IGNORECASE)
#: "across these reports", "in the articles", "according to these documents": the records themselves, which every
#: answer is from.
#: "Across both September 2023 Ukraine records, …", "taking the Kyiv report and the New York record together, …":
#: the documents a question is put to, before it.
_RECORDS_LEAD = re.compile(r"^\W*(?:across|in|from|throughout|taking|combining|using|between|over)\s+"
                           r"(?:[\w'’–-]+\s+){0,10}?(?:reports?|articles?|documents?|records?|texts?|releases?|sources?)"
                           r"(?:\s+(?:together|combined|alike))?\s*[,:;–—-]\s*(?=\w)", re.IGNORECASE)
_OF_THE_RECORDS = re.compile(r",?\s*\b(?:across|in|from|throughout|according to|based on|per) (?:all )?(?:of )?"
                             r"(?:these|the|those|your|this) (?:reports?|articles?|documents?|records?|texts?|releases?"
                             r"|press releases?|sources?|files?|knowledge base|data)\b"

                             # "what do the texts say Kishida did?", "what do your records say he did?"
                             r"|(?<=\bwhat) (?:do|does) (?:these|the|those|your|this) (?:reports?|articles?|documents?"
                             r"|records?|texts?|releases?|sources?|files?) "
                             r"(?:say|tell us|show|report|record|mention)(?= )", re.IGNORECASE)
#: "the abbreviation MIIT", "the acronym JICA": the short name itself.
_THE_ACRONYM = re.compile(r"\b(?i:(?:the )?(?:abbreviation|acronym|initialism|initials|short form)) "
                          r"(?=[A-Z][A-Z0-9-]+\b)")
#: "…, per the Rwandan report?": the document named last, by its country or city ("… according to the kamikawa
#: kuleba readout": by the people it tells of).
_DOC_NAMED_LAST = re.compile(r",?\s*\b(?:per|according to|based on|in|from) (?:the|this|that) (?:[\w'’–-]+ ){1,3}"
                             r"(?:reports?"
                             r"|articles?|readouts?|releases?|texts?|story|stories|pieces?|write-?ups?)(?=\W*$)",
                             re.IGNORECASE)
#: ", according to that report": the document of the record the conversation is on, as the source of the answer
#: ("any other headlines in that article?" asks what is in it: left as it is).
#: ", according to the report on Hayashi's trip": the record said by what it tells of, after the question.
_RECORD_DESCRIBED_AFTER = re.compile(r",?\s*\b(?:according to|based on|as per|per|in|as (?:listed|given|stated|reported"
                                     r"|described|mentioned|set out|laid out|named) in) (?:the|that|this) "
                                     r"(?:report|article|document|release|press release|record|text|story|piece) "
                                     r"(?:on|about|of|covering) [^?]+?\W*$"
                                     # ("…, according to the official tweet?": where it was said, asked no less)
                                     r"|,?\s*\b(?:according to|based on|as per|per|in) (?:the|that|this) (?:official )?"
                                     r"(?:tweet|post|statement|announcement|readout)\W*$"
                                     # (", as given in the business forum?": the same, once "the article on" is
                                     # read as no part of the question)
                                     r"|,\s*as (?:listed|given|stated|reported|described|mentioned|named) in "
                                     r"(?:the|that|this) [^?,]+?\W*$", re.IGNORECASE)
#: A document named by its subject inside a question ("does the Rwandan article list", "in the Kyiv report").
_SOURCE_BY_SUBJECT = re.compile(r"\b(?:the|that|this) (?P<subject>(?:[\w'’-]+ ){1,2}?)(?=(?:article|report|release"
                                r"|press release|document|piece|story|readout)s?\b)", re.IGNORECASE)
#: Words of a document the rules of a question's source read ("the kagame artcle"), taken as spelt right.
_READ_BY_RULES = frozenset("article articles report reports release readout document documents records".split())
_THAT_REPORT = re.compile(r",?\s*\b(?:according to|as per|per) (?:that|this|the same) "
                          r"(?:report|article|document|release|press release|record|text|story|piece)\b", re.IGNORECASE)
#: "the most recent", "the earliest", "the first": an order asked for among records.
_ORDER_ASKED = re.compile(r"\b(?:most recent|latest|last|earliest|first|oldest|newest)\b")
#: "Which records …", "in which documents …": the records asked for as a class, each the record of a meeting.
_RECORDS_AS_CLASS = re.compile(r"\b(?P<which>(?:in |of )?which|in what|of what) (?:of the )?"
                               r"(?:records|documents|reports|articles|texts|releases|press releases)\b", re.IGNORECASE)
#: "did Kamikawa go too?", "has he also been?": a journey the conversation had, claimed of someone else.
_WENT_TOO = re.compile(r"^\W*(?:and |so |ok )?(?:did|has|had) (?P<who>[\w'’ .-]+?) (?:also |ever )?(?:go|went"
                       r"|travel|visit|come|been)(?: there)?(?: too| as well| also)\W*$"
                       r"|^\W*(?:and |so |ok )?(?:did|has|had) (?P<who2>[\w'’ .-]+?) also (?:go|went|travel|visit|come"
                       r"|been)(?: there)?\W*$")
#: "november 14 2022?", "14 Nov 2022": a day with its month and year, and nothing else.
_DAY_ALONE = re.compile(r"^\W*(?:\d{1,2}(?:st|nd|rd|th)? [a-z]+\.?,? \d{4}|[a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})"
                        r"\W*$")
#: "and when did PM Kishida go there?": the journey of one person named to the place the conversation went to.
#: "who else did Kishida meet in Bali?": others someone met, said as if one of them had been named.
_ELSE_MET = re.compile(r"^\W*(?:and |n |so |ok )?who else (?:did|has|had) (?P<who>[\w'’ .-]+?) "
                       r"(?P<verb>meet(?: with)?|see|talk (?:to|with)|speak (?:to|with)"
                       r"|hold (?:bilateral |separate |other )?(?:talks|meetings?|discussions) with)"
                       r"(?P<rest>(?: there| (?:in|at|during|on) [^?]*)?)\W*$")
#: An edition's number in a gathering's name ("9th", "ninth").
#: "when was the 8th one?", "and the tenth one?": another edition of the gathering just talked about.
_EDITION_ONE = re.compile(r"\bthe (?P<ord>\d{1,3}(?:st|nd|rd|th)|" + "|".join(lx.ORDINAL_WORDS[3:]) + r") one\b")


#: "who is, then?", "then who was it?": the one a denied claim was not about, asked for.
_WHO_THEN = re.compile(r"^\W*(?:(?:so|ok|and|well)\W+)?(?:who(?:['’]s| is| was| are| were)(?: it| that)?\W*then"
                       r"|then,? who(?:['’]s| is| was| are| were)(?: it| that)?)\W*$")
#: "what else was discussed?", "which other topics came up?": more of what the last answer showed.
_ELSE_ASKED = re.compile(r"^\W*(?:and |n |so |ok,? )?(?:what|who|where|which(?: [a-z]+)?) (?:else|other)\b")
#: "and Japan's embassy in Tashkent, how long after?": a time from the same event, of another thing named first.
_OTHER_HOW_LONG = re.compile(r"^\W*(?:and |so |what about |how about )?(?P<front>[^,?]{3,60}?),?\s+how (?:long|many "
                             r"(?:years|months|days|weeks)|much later)(?: after| later| before| earlier)?\W*$")
#: "how many years after relations were established did the Uzbek embassy open?": the event, then what is timed.
_TIME_AFTER_ASKED = re.compile(r"^\W*(?P<head>how (?:many|much) [a-z]+ (?:after|before) .+? (?:did|was|were|had))"
                               r" (?P<subject>.+?) (?P<verb>[a-z]+)\W*$")
#: "which was more, cranes or transformers?", "did Japan send more cranes or transformers?": two things given.
_MORE_OF_TWO = re.compile(r"^\W*(?:and |so )?(?:(?:which|what) (?:was|were|is|are) (?:more|greater|larger|bigger)"
                          r"(?: in number)?,? (?:the )?(?P<a>[a-z -]{3,40}?) or (?:the )?(?P<b>[a-z -]{3,40}?)"
                          r"|(?:did|does|has|had|was|were) [a-z ]{2,30}? more (?P<a2>[a-z -]{3,40}?)"
                          r" or (?P<b2>[a-z -]{3,40}?))"
                          r"\W*$")
#: "the hayashi kulubaev one": a record by the names of its people, said as "one".
_PEOPLES_ONE = re.compile(r"\bthe (?P<names>(?:[\w'’.-]+[ –-]){1,4}?[\w'’.-]+) one\b", re.IGNORECASE)
#: "what numbers of cranes, generators and transformers …?": how many of each of the things listed.
_WHAT_NUMBERS_OF = re.compile(r"^\W*what (?:numbers?|quantities|quantity) of (?=(?:[\w-]+ ){0,3}[\w-]+(?:,| and ))",
                              re.IGNORECASE)
#: "she sent generators herself? with who": a claim, then who with.
_CLAIM_WITH_WHOM = re.compile(r"^(?P<claim>[^?]{3,}?)\?+\s*(?:and |so )?(?:with|along with) (?:who|whom)\W*$",
                              re.IGNORECASE)
#: "besides Zelenskyy", "other than him": someone left out of those asked for.
_BESIDES = re.compile(r"\b(?:besides|apart from|aside from|except|other than|but)\b")
#: "did Zelenskyy go there with him?": a journey to where the conversation went, with someone.
_WENT_THERE_WITH = re.compile(r"^\W*(?:and |so |ok )?(?:did|has|had) (?P<who>[\w'’ .-]+?) (?:also |ever )?(?:go|travel"
                              r"|come|been) there (?P<with>(?:with|alongside) [\w'’ .-]+?)(?: too| as well| also)?\W*$")
_WENT_THERE_WHEN = re.compile(r"^\W*(?:and |so |ok )?when did (?P<who>[\w'’ .-]+?) (?:also )?(?:go|travel|get|come)"
                              r" there(?: too| as well| also)?\W*$")
#: "which documents did they sign?": documents as the papers the sides signed, not the texts the records are.
_SIGNED = re.compile(r"\b(?:sign|signs|signed|signing|conclude|concluded|ink|inked)\b", re.IGNORECASE)
#: "Which of the recorded meetings …", "all the documented visits": the records' own, which every one is.
_RECORDED_ONES = re.compile(r"\b(the|which|all|any) (?:recorded|documented|reported|listed|described) (?=[a-z]+s\b)",
                            re.IGNORECASE)
#: A question of what the records themselves hold or say ("which countries appear in these records?").
_IN_THE_RECORDS_ASKED = re.compile(r"\b(?:appear\w*|come up|comes up|came up|turns? up|turned up|shows? up|showed up"
                                   r"|feature\w*|mention\w*|named?|describ\w*|label+ed|called|hold|holds|held"
                                   r"|stands? for|according to the (?:article|report|release) on)\b", re.IGNORECASE)
#: Words before a question that ask nothing ("yo", "hey", "um", "btw").
_INTERJECTION = re.compile(r"^\W*(?:(?:yo|hey|hiya|oi|um+|uh+|er+m?|hmm+|lol|btw|pls|please)\b[\s,!.:-]*)+(?=\w)",
                           re.IGNORECASE)
#: Times counted from the day of asking or of speaking ("this year", "last month"), which no record dates.
_RELATIVE_TIME = re.compile(r"\b(?:this|last|next) (?:year|month|week)\b|\b(?:yesterday|tomorrow|recently|lately)\b")
#: "What's his name?", "and her full name?": the whole name of the person just discussed.
_WHOLE_NAME = re.compile(r"^\W*(?:and |so |ok |okay )?(?:what(?:'s|’s| is| was) )?(?:his|her) (?:full )?name"
                         r"(?: again| then| please)?\W*$"
                         r"|\bfull name\b"
                         # "name of the kyrgyz minister who came to japan?": a name asked for without a question word
                         r"|^\W*(?:and |so |ok )?(?:the )?name of\b")
#: "the Rwandan foreign minister at the meeting, what's his name?": someone described first, then their name asked.
_DESCRIBED_THEN_NAME = re.compile(r"^\W*(?![^,?]*\b(?:among|of) (?:them|those|these)\b)"
                                  r"(?P<who>(?:the|that|this) [^,?]{3,120}?)\s*[,:;—–-]\s*(?:and )?(?:what(?:'s|’s|s"
                                  r"| is| was) )?(?:his|her|their) (?:full )?names?\W*$"
                                  # "what's the name of the Rwandan minister who was at the meeting?"
                                  r"|^\W*what(?:'s|’s| is| was) the (?:full )?name of (?P<whom>(?:the|that) [^?]+? "
                                  r"(?:who|that|which) [^?]+?)\W*$", re.IGNORECASE)
#: Words of a question for a thing's name ("what's its full official name?"), not about the thing.
_NAME_WORDS = frozenset(stem(w) for w in "full name official exact proper complete called".split())
#: "which of them", "who among those", "which one": one of a list, asked to be picked.
_ONE_OF_THEM = re.compile(r"\b(?:which|who|whom) (?:of|among|amongst)\b|\bwhich one\b")
#: "added together", "in total", "combined", "between them": of the records together, not each of them.
_TOTAL_WORDS = r"together|total|combined|altogether|sum|add|added|between|compare|compared|both"
_OF_THE_WHOLE = re.compile(rf"\b(?:{_TOTAL_WORDS})\b")
#: "anything about landmines?", "any mention of tourism?": whether the talks just discussed touched on it.
_ANYTHING_ABOUT = re.compile(r"^\W*(?:and |so |ok,? )?(?:was there )?(?:anything|something|any mention|any word"
                             r"|any talk) (?:about|on|of|regarding|concerning) (?P<thing>[\w'’ -]{2,40}?)\W*$")
#: Words that ask for a name and nothing more ("and the Zemblan guy's full name?").
_NAME_STEMS = frozenset(stem(w) for w in "name names full called call guy guys man woman one".split())
#: Number words as stems ("who were the two officials?").
_NUMBER_STEMS = frozenset(stem(w) for w in NUMBER_WORDS)
_SINGULAR_REFERENCE = re.compile(r"\b(that|it|this|there)\b")
#: "that program", "this agency": a thing pointed at by its noun.
_THAT_NOUN = re.compile(r"\b(?:that|this|the same) ([a-z]{4,})\b")
_PERSONAL = lx.PERSON_PRONOUN
#: A word of three letters or more.
_LONG_WORD = re.compile(r"[^\W\d_]{3,}")


def as_cased(text: str) -> str:
    """A message typed in capitals throughout ("KULUBAEV CAME 2 JAPAN 4 WAT") as the lower case chat it is: its
    capitals mark no name, and every word would otherwise be read as one."""
    if text.upper() != text or text.lower() == text or len(_LONG_WORD.findall(text)) < 3:
        return text
    return text.lower()
#: "on that trip", "the visit was announced …": the journey the last meeting was held during.
_THAT_TRIP = re.compile(r"\b(?:that|this|the same|the|his|her|their) (?:trip|visit|journey|tour)\b")
#: "in his capital", "to her country": the country of the conversation's person, as a place.
_THEIR_LAND = re.compile(r"\b(?:in|to|into|from|visit|visited|visiting) (?P<pronoun>his|her)(?: own)? "
                         rf"(?:{'|'.join(lx.PERSONS_LAND)})\b", re.IGNORECASE)
#: "what other project was welcomed alongside it?", "which other programmes came up?": more of the kind shown.
_OTHER_OF_KIND = re.compile(r"^\W*(?:and |so |ok,? )?(?:what|which|any) other (?:[a-z-]+ )?(?:projects?|programm?es?"
                            r"|initiatives?|schemes?|documents?|organi[sz]ations?|bodies|agencies|events?)\b")
#: "who said that?", "who gave that figure?", "according to whom?": who a statement shown is from.
_WHO_SAID_IT = re.compile(r"^\W*(?:and |so |ok,? )?(?:who (?:said|stated|claimed|mentioned|gave)"
                          r" (?:that|this|it|so|those|these)(?: (?:figures?|numbers?|claim|statement))?"
                          r"|according to whom|says who|who says(?: so)?)\W*$")
#: "what are their titles?", "what portfolios do they hold?": the posts of the people "they" points at.
_POST_NOUN = rf"(?:exact |official |full |actual )?{lx.POST_NOUNS}s?"
_POST_OF_PRONOUN = re.compile(r"^\W*(?:and |so |ok,? )?(?:what|which)(?: are| were)? their (?P<noun>" + _POST_NOUN
                              + r")(?: exactly| then| again)?\W*$|^\W*(?:and |so |ok,? )?(?:what|which) (?P<noun2>"
                              + _POST_NOUN + r") (?:do|did) they (?:hold|have|had)(?: exactly| then)?\W*$")
#: "what's his title?", "and her position?": the post of one person said by a pronoun.
_POST_OF_ONE = re.compile(r"^\W*(?:and |so |ok,? )?(?:(?:what|which)(?:'s|’s| is| was)? )?(?:his|her) (?P<noun>"
                          + _POST_NOUN + r")(?: exactly| then| again)?\W*$")
#: "nine months later", "a few days before", "two years after that": a time counted from the one discussed.
_SHIFTED_TIME = re.compile(r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several"
                           r"|some) (?:days?|weeks?|months?|years?) (?:later|earlier|before|after|on)\b")
#: The words that may join two pairs of people asked of one by one ("A with B and C with D", "A–B meeting and the
#: C–D one").
_BETWEEN_PAIRS = frozenset("and the meeting meetings meet met one talks s of with".split())
#: "the Japanese official who co-led the business forum", "the Japanese PM who met Kagame": a person described
#: by a side and a clause of what they did, inside a question.
_WHO_CLAUSE = re.compile(r"\bthe (?:(?P<side>[A-Z][a-z]+|[a-z]+(?:ese|ian|an|i|ish|ic|ch)) )?"
                         r"(?P<noun>official|minister|foreign minister|prime minister|pm|fm|president|leader|diplomat"
                         r"|banker|person|man|woman) "
                         r"(?:who|that) (?P<clause>[^,?;]+?)(?=\s*[,?;]|\s*$)", re.IGNORECASE)
#: "Who is the PM who …?", "name of the banker who …": the person described is what is asked.
_IDENTITY_ASKED = re.compile(r"^\W*(?:and |so )?(?:who(?:'s|’s|s| is| was| were| are)"
                             r"|(?:what(?:'s|’s| is| was) )?(?:the )?names?(?: of)?|name)\b", re.IGNORECASE)
#: Nouns of a person that their record must use of them ("the banker who …"), unlike a side's "official".
_OWN_NOUNS = frozenset({"banker", "leader", "president"})
#: Words of the question's own clause, never of the one describing the person ("who met Kishida | was in …").
_MAIN_CLAUSE_WORDS = frozenset("was were is are did does do had has have which what when where how whom".split())
#: At most this many ends of a describing clause are tried, each by asking who did it.
_CLAUSE_TRIES = 6
#: Words that go on a clause rather than start the question's own verb after it.
_CLAUSE_GOES_ON = frozenset("to in at on of for with from by the a an and or his her their its as".split())
#: "the forum", "that summit": a record of the conversation called by a noun of its title.
_THE_NOUN = re.compile(r"^(?:the|that|this) (?P<noun>[a-z-]+(?: [a-z-]+)?)$")
#: "and with Kuleba?", "what about Kuleba?": a name alone, for the last question.
#: "Two ministers went to Kyiv — who were they?", "a Japanese minister met Kuleba; who was it?": a statement of
#: some people, then who they were.
_SAID_THEN_WHO = re.compile(r"^\W*(?:a|an|one|two|three|four|five|several|some|both|\d+)\s+"
                            r"(?:of (?:the|these|those)\s+)?(?P<rest>[^—–;:?.]+?)"
                            r"\s*(?:—|–|;|:|,|\.|\s-\s)\s*(?:so\s+)?(?:who|which ones?|which(?:\s+[a-z]+)?)\s+"
                            r"(?:were|was|are|is)\s+(?:they|those|these|that|it|he|she|them)\W*$", re.IGNORECASE)
#: What an answer gives of a record that shows no one of it ("where was it?", "when?").
_SHOWS_NO_ONE = frozenset({"where", "when", "time", "duration", "why"})
#: "What else is Japan sending?", "any other aid?", "anything else on the way?": more of what was just shown.
_WHAT_ELSE_GIVEN = re.compile(r"\b(?:what|which) else\b"
                              r"|\banything else (?=(?:on the way|coming|due|to come|being sent|in the pipeline)\b"
                              r"|(?:promised|pledged|planned|offered) (?:in|for) (?:that|this|the same) "
                              r"(?:field|area|sector|domain)\b"
                              # ("anything else she promised to send?": another thing given)
                              r"|(?:[a-z]+ ){0,2}?(?:promised|pledged|offered|planned|committed|sent|gave|provided)"
                              r"(?: to (?:send|give|provide|deliver))?\W*$)"
                              r"|\b(?:what|which|any) other (?:aid|support|help|assistance|equipment|things?|items?"
                              r"|pledges?|deliveries|supplies)\b")
#: Words that say something is yet to be given ("to come", "pending", "on the way").
_NOT_YET = r"to come|due|pending|outstanding|coming|on the way|to be delivered"
#: "And what was still to come?" after one pledge: the others not yet delivered.
_STILL_COMING = re.compile(rf"^\W*(?:and |so |ok )?what (?:was|is|were|are|remained|remains) (?:still |yet )?"
                           rf"(?:{_NOT_YET})\b")
#: "What else was Japan going to deliver?": what is still to come.
_STILL_TO_GIVE = re.compile(rf"\b(?:going to|will|is to|are to|plans? to|planned|yet to|supposed to|expected to"
                            rf"|scheduled to|{_NOT_YET}|(?<=else )promised)\b")
#: "in this area", "in the same field": of the same kind as what was shown.
_IN_THIS_FIELD = re.compile(r"\b(?:in|on) (?:this|that|the same) (?:area|field|sector|domain|line|front|vein|respect"
                            r"|category)\b|\bof (?:this|that|the same) (?:kind|sort|type)\b"
                            r"|\blike (?:that|this|those)\b")


def _field_words(pledge: Pledge) -> set[str]:
    """The words of what a pledge is for and of its keywords, less those of any pledge ("support", "aid")."""
    said = content_stems(" ".join((*pledge.keywords, pledge.purpose or "")))
    return {w for w in said if w not in lx.PLEDGE_WORDS and w not in lx.LIGHT_STEMS}


#: "for what?", "to whom?", "by when?": the rest of a yes-or-no question, asked alone.
_FRAGMENT_ASKED = re.compile(r"^\W*(?:and |so |ok |okay )?(?P<prep>for|4|to|2|with|from|by|about|against|at|in|on|under"
                             r"|through|via) (?P<wh>what|when|where|which)\W*$")
#: "how many cranes, generators and auto transformers (did Japan pledge)?": a count of each of a few things.
_HOW_MANY_OF_EACH = re.compile(r"(?P<how>\bhow (?:many|much) )(?P<things>[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}"
                               r"(?:, [a-z][a-z-]*(?: [a-z][a-z-]*){0,2})*,? and [a-z][a-z-]*(?: [a-z][a-z-]*){0,2}?)"
                               r"(?P<rest>(?: (?:did|does|do|has|have|had|will|would|was|were|are|is|for|to|in|from"
                               r"|of)\b.*)?\W*)$", re.IGNORECASE)
#: "how many A and B together?": one sum, not a count of each.
_ADDED_UP = re.compile(r"\b(?:together|combined|altogether|in total|in all|added|add up|sum|total)\b", re.IGNORECASE)
#: "was it in 1992?", "did that happen in March?": a date claimed of what was just discussed.
_IT_CLAIMED = re.compile(r"^\W*(?:and |so |but )?(?:was|were|did|is) (?:it|that|this|they|those)\b")
#: "Which of those two meetings has a stated length?": the meetings just shown whose records give a detail.
_WHICH_SHOWN_HAS = re.compile(r"^\W*(?:and |so )?(?:which|what) (?:one |of (?:those|these|them|the)(?: two| three)?"
                              r"(?: meetings| ones| talks)? )(?:has|had|have|gives?|gave|states?|stated|records?)"
                              r" (?:a |an |the |any )?(?:stated |recorded |given |known |reported )?"
                              r"(?P<detail>length|duration|start(?:ing)? time)\b")
#: "did he meet her?": people said only by pronouns (two at least: "he" alone may be the subject of a name's sentence).
_ONLY_PRONOUNS = re.compile(r"\b(he|him|she|her)\b")
#: "The year 1962 marks two things. What are they?": a message that says something before its question.
_MORE_THAN_ONE_SENTENCE = re.compile(r"[.:;!?]\s+\S")
#: "was it at the G7?", "was this in 2022?": a claim of where or when of a thing only pointed at.
_THING_PLACED = re.compile(r"^\W*(?:(?:and|so|ok|but) )?(?:was|is|were|did) (?P<pronoun>it|this|that)(?: one)? "
                           r"(?:held )?(?:at|in|on|during|before|after)\b")
#: "did he meet Kuleba?", "when did she go?": a pronoun the subject of the question itself.
_SUBJECT_PRONOUN = re.compile(r"^\W*(?:(?:and|so|ok|but) )?(?:(?:when|where|why|how|what|who|whom|which)\w* )?"
                              r"(?:did|does|do|has|had|have|was|were|is|are|will|would) (?P<pronoun>he|she)\b")
#: "can you name any of them?": some of a group a record speaks of, not the people it names.
_NAME_ANY = re.compile(r"^\W*(?:and |so )?(?:can you |could you )?name (?:any|one|some|a few)(?: of them)?\W*$")
#: "name them", "can you list them?", "who were they?", "name one of those firms": the people or things meant.
_NAME_THEM = re.compile(r"^\W*(?:ok |so |and )?(?:can you |could you |please )?(?:name|list|identify) "
                        r"(?:them|those|these|any of them|one of them|one of (?:those|these|the) (?:firms|companies"
                        r"|officials|people|others|businesses|representatives))(?: please)?\W*$"
                        r"|^\W*(?:and )?who (?:were|are) they\W*$|" + _NAME_ANY.pattern)
#: "by how many years?": a figure worked out, not a record's own words.
_HOW_MUCH = re.compile(r"\bhow (?:many|much|long|far|often)\b")
#: Units a count is in ("how many days and hours"): one length, not several things.
_UNIT = re.compile(r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|times?)$")
#: "Which Ukrainian officials …", "name every Ukrainian leader …", "list the …": a question asking for people.
_WHICH_PEOPLE_OF = re.compile(r"^\W*(?:which|what|who|name|list)\b(?:(?!\b(?:when|where|why)\b).)*\b(?:officials?"
                              r"|leaders?|ministers?|people|persons?|representatives?|diplomats?|counterparts?)\b")
#: "sorry, I meant just the finance minister - what is his name?": a correction, then a question of its own.
_MEANT_THEN_ASKED = re.compile(r"^\W*(?:(?:sorry|no|oops|wait|err?m?)\W+)*i meant (?:just |only )?(?P<topic>[^-–—:?]+?)"
                               r"\s*[-–—:]\s*(?P<rest>(?:what|who|whom|whose|when|where|which|how|why|did|does|do|was|is"
                               r"|were|are)\b.+)$", re.IGNORECASE)
#: "who went there before him?", "and who had been there before her that year?": a journey to the conversation's place.
_WENT_THERE_BEFORE = re.compile(r"^\W*(?:and |so )?who (?:else )?(?:went|travell?ed|came|flew|visited|had gone|had been"
                                r"|had visited|has been|had travell?ed) (?:there|to (?:that country|that city|it)) "
                                r"(?P<side>before|after) (?P<pronoun>him|her)(?P<rest>[^?]*?)\W*$")
#: "was that during the Kamikawa meeting?", "was it at the Bali talks?": an occasion claimed of the thing just shown.
_DURING_CLAIMED = re.compile(r"^\W*(?:and |so )?(?:was|were) (?:that|it|this|they|those|these) (?:(?:announced|made|"
                             r"pledged|promised|given|offered) )?(?:during|at|on the occasion of|on the sidelines of) "
                             r"(?P<what>[^?]+?)\W*$")
#: "any in 2021?", "were there any from 2019?": the records of the last list asked for at another date.
_ANY_THEN = re.compile(r"^\W*(?:and |so |what about |how about )?(?:were there |was there |are there )?"
                       r"(?:any(?:thing| others?| more)?)(?= (?:in|from|on|during|for|before|after|since)\b)")
#: "and the month before?", "what about the following year?": the period next to the one the last question asked of.
_SHIFTED_PERIOD = re.compile(r"^\W*(?:and |so |what about |how about |ok,? )?(?:any (?:in |during )?|(?:in|during) )?"
                             r"(?:the (?P<unit>month|year) (?P<dir>before|after)"
                             r"|the (?P<dir2>previous|preceding|prior|next|following) (?P<unit2>month|year))\W*$")
_ANY_STEMS = frozenset(stem(w) for w in "any anything others more".split())
#: "the country", "that nation": the one partner country the conversation is about (never "which country").
#: "his country", "her home country": the country of a person of the conversation.
_OWN_COUNTRY = re.compile(r"\b(his|her) (?:own |home )?(?:country|nation)\b")
_THE_COUNTRY = re.compile(r"\b(?:the|that|this) (?:country|nation)\b(?! (?:of|where|that|which|whose)\b)")
#: "Which ones?", "what are they?": the items of the last answer, asked for with nothing else.
_WHICH_ONES_ALONE = re.compile(r"^\W*(?:and |so |ok |okay )?(?:which|what) (?:ones|are they|were they|ones were they"
                               r"|ones are they)\W*$")
#: "when did A open its embassy in B and C open its embassy in D?": two clauses of one verb, each with its doer.
_TWO_CLAUSES = re.compile(r"^(?P<wh>\W*(?i:(?:in |on |at )?(?:when|where|which|what)\b[^?]*?\b(?:did|does|do)))\s+"
                          r"(?P<s1>[\w'’-]+(?: [\w'’-]+){0,2}?)\s+"
                          # (a verb in lower case, said again after the second doer; no word of a post)
                          r"(?!(?:minister|ministers|president|prime|foreign|deputy|state|and)\b)(?P<v>[a-z]{3,})\b"
                          r"(?P<r1>[^?]+?)\s+and\s+(?P<s2>[\w'’-]+(?: [\w'’-]+){0,2}?)\s+(?P=v)\b(?P<r2>[^?]+?)\W*$")
#: "at the time", "back then": the date of the record just answered ("at the time of X" names its own).
_AT_THE_TIME = re.compile(r"\bat (?:the|that) (?:time|point)\b(?! of\b)", re.IGNORECASE)
#: A question of who or which ("which Japanese official was visiting …?").
_WHO_OR_WHICH = re.compile(r"^\W*(?:and |so )?(?:who|which)\b")
#: How many records of the last answers a conversation keeps in mind.
_RECENT_KEPT = 6
_NAME_PART = re.compile(r"\b(given|first|family|last|sur) ?name\b")
#: "which two projects did they welcome?", "what programmes were signed?": things of a kind asked for, plural.
_THINGS_ASKED = re.compile(r"\b(?:which|what) (?:two |three |four |both |the )?(?:[\w'’-]+ ){0,4}?"
                           r"(?P<noun>[a-z]{3,}[^s\W]s) (?:did|do|does|were|was|are|have|has|had)\b")
#: "she and Zelenskyy", "Kuleba and her": a pronoun joined by "and" to someone named.
_PRONOUN_AND_NAME = re.compile(r"\b(?P<pronoun>he|she) (?:and|&|n) (?=[A-Za-z])(?!(?:the|a|an|his|her|their|its)\b)"
                               r"|\b(?:and|&) (?P<pronoun2>him|her)\b(?! [a-z]+)"
                               # ("who's older, her or Hayashi?", "Hayashi or him?": a choice between the two)
                               r"|(?:^|[,:]\s*)(?P<pronoun3>he|she|him|her) or (?=[A-Za-z])"
                               r"(?!(?:the|a|an|his|her|their|its|not)\b)"
                               r"|\b[A-Za-z]{3,} or (?P<pronoun4>he|she|him|her)\W*$",
                               re.IGNORECASE)
#: "Under what?", "through whom?", "via which channel?": what a record says after a preposition, asked alone.
_PREPOSITION_ASKED = re.compile(r"^\W*(?:and |so |ok |okay )?(?P<prep>under|through|via|by|with|against)"
                                r" (?P<what>what|wat|which|whom|who)(?: [a-z]+)?\W*$")
#: "over what period?", "for how long?", "spread over how many years?": how long the thing just shown runs.
_PERIOD_ASKED = re.compile(r"^\W*(?:and |so |ok |okay )?(?:spread |paid |given |delivered )?(?:over|across|within|for"
                           r"|during) (?:what|which|how (?:long|many (?:years|months|weeks|days)))"
                           r"(?: (?:period|timeframe|time ?frame|span|time|stretch|length of time|years|months))?"
                           r"(?: of time)?\W*$")
#: Prepositions that say the same of how or by whom something was done ("through whom?" of "via …").
_ALIKE_PREPOSITIONS = {"through": ("through", "via", "by way of"), "via": ("via", "through", "by way of")}
#: "When did that happen?", "wen was this": the time of a thing pointed at, and nothing else asked.
_THAT_HAPPENED = re.compile(r"^\W*(?:and |so |ok |okay )?(?:when|wen|whn) (?:did|was|were|is) (?:that|this|it)"
                            r"(?: (?:happen|happened|take place|occur|occurred))?\W*$")
_WHO_ASKED = re.compile(r"^\W*(?:and |so |then )?who\b")
#: "that post", "the same position": the post the last question asked about.
_THAT_POST = re.compile(r"\b(?:that|this|the same|the said) (?:post|position|office|job|role)\b", re.IGNORECASE)
#: "the guy's name", "that woman's first name": a person spoken of by a noun for a person, possessive.
_A_PERSONS = re.compile(r"\b(?:the|that|this) (?P<noun>guy|man|fellow|gentleman|woman|lady|person)(?:['’]?s)(?= )",
                        re.IGNORECASE)
#: Nouns a person is described by in "the name of the …" ("minister", "banker").
_HOLDER_NOUN = (r"(?:minister|president|official|leader|ambassador|governor|diplomat|envoy|secretary|head"
              r"|representative|counterpart|banker)")
#: "name of the kyrgyz minister who came to japan?": a person's name asked by a word for the people they are.
_NAME_OF_SOMEONE = re.compile(r"^\W*(?:and |so |ok )?(?:the )?name of (?:the |that |this )"
                              r"(?P<who>(?:[\w'’-]+ ){0,3}?" + _HOLDER_NOUN + r"\b.*)$")
#: "what's the new minister's name?", "what was the Kyrgyz minister called?": the name of the one so described.
_NAME_SAID_OF = re.compile(r"^\W*(?:and |so |ok )?what(?:'s|’s| is| was) the "
                           r"(?:(?P<who>(?:[\w-]+ ){0,3}?" + _HOLDER_NOUN + r")['’]s (?:full )?name"
                           r"|(?P<called>(?:[\w-]+ ){0,3}?" + _HOLDER_NOUN + r") called)\W*$")
#: "the full name of the cooperation program signed during …": whose or what's name, up to where the words
#: about it begin.
_NAME_OF = re.compile(r"\bname of (?:the|that|this|its|their) (?P<owner>(?:(?!(?:signed|during|at|in|of|that|which"
                      r"|who|from|for|with|by|on|agreed|adopted|launched|mentioned)\b)[\w'’-]+ ?){1,4})")
#: "Which of the two embassies opened later?", "which meeting came first?": an order among records.
#: "Which of the two was held outside Japan?", "which one took place in New York?": a venue asked of those shown.
_WHICH_SHOWN_HELD = re.compile(r"^\W*(?:and |so )?which (?:(?:one|of (?:the two|the 2|them|those|these|the two"
                               r" meetings|those meetings|these meetings|the meetings)) )?(?:was|were|took place"
                               r"|happened|was held|were held) (?:held |hosted )?"
                               r"(?:in|at|outside|abroad|overseas|away from)\b")


#: "it met whom?", "who did it meet?": the "it" a picked record leaves as the subject of what was done.
_IT_DOING = re.compile(r"^\W*(?:and |so )?it\b|\b(?:did|does|has|had|would) it\b", re.IGNORECASE)


def _of_person(question: str, person: Person | None) -> str:
    """"what was its portfolio?" of a person picked from a list: "what was Vincent Biruta's portfolio?"."""
    if person is None:
        return question
    pronouns = "she|her" if person.pronoun is not None and person.pronoun.word == "she" else "he|him|his"
    if person.pronoun is not None and re.search(rf"\b(?:{pronouns})\b", question, re.IGNORECASE) \
            and not _POSSESSIVE_BEFORE_NOUN.search(question):
        # "whom did she meet?" of the person picked: asked of her by name, as a question of her own (the pointer
        # to the pick, "and it, whom …", said by the name)
        said = re.sub(r"^\W*(?:and |so )?it\s*[,:;–—-]\s*", "", question)
        named = unfronted(f"{person.name}: {said}")
        if named != f"{person.name}: {said}":
            return named
    question = re.sub(r"\bits\b", f"{person.name}'s", question)
    if not re.search(rf"\b(?:{pronouns})\b", question, re.IGNORECASE):
        # "who did the second one meet?": the "it" that stands for the one picked is that person, by name, so
        # the question is of all the records of that person, not one of them
        question = _IT_DOING.sub(lambda found: found.group(0)[:-2] + person.name, question, count=1)
    return question


#: "What did Japan provide in 2020 and in 2022?": one question asked of each year.
_TWO_YEARS = re.compile(r"\b(in|during) ((?:19|20)\d{2}) and (?:(?:in|during) )?((?:19|20)\d{2})\b", re.IGNORECASE)


def _two_years(text: str) -> list[str] | None:
    found = _TWO_YEARS.search(text)
    if found is None or found.group(2) == found.group(3):
        return None
    return [text[:found.start()] + f"{found.group(1)} {year}" + text[found.end():] for year in found.group(2, 3)]


#: "The country Japan sent emergency grant aid to in October 2022", "the Central Asian country whose embassy in Tokyo
#: opened in 96": a country described by what a record says of it, up to the end of the clause.
_DESCRIBED_COUNTRY = re.compile(r"\bthe (?:[\w-]+ ){0,2}?(?:country|nation)\s+(?P<clause>(?:that|which|whose|where"
                                r"|to which|in which|japan|tokyo)\b[^?,;]{6,90}?)(?=\s*(?:[?,;]|$| - | – | — ))",
                                re.IGNORECASE)
_BOTH_MEETINGS = re.compile(r"\b(?:both|the two) (?:meetings|visits|talks)\b")
#: "Who else ...?", "anyone else": someone besides those the last answer named.
#: "Who else came from Central Asia?", "which other ministers attended?": others who took part, besides those told of.
_OTHERS_CAME = re.compile(r"\b(?:who|which|what) (?:else|other(?: [\w'’-]+){0,3}?)\b[^?]*?"
                          r"\b(?:came|come|attend(?:ed|s)?|took part|take part|participated|joined|were there|was there"
                          r"|went)\b"
                          r"|\b(?:any|some)(?:one|body) else\b[^?]*?\b(?:came|come|attend(?:ed|s)?|took part|there)\b"
                          # ("were the other Central Asian ministers there too?")
                          r"|\b(?:were|was|did) (?:the |any )?others?\b[^?]*?\b(?:there|come|came|attend\w*|take part"
                          r"|join)\b")
_SOMEONE_ELSE = re.compile(r"\bwho else\b|\b(?:any|some)(?:one|body) else\b")
#: "which foreign minister followed later that year?", "n which jp fm went after him": the next one of a kind.
_CAME_AFTER = re.compile(r"^\W*(?:and |so |then )?(?:which|what|who)\b(?P<kind>[\w'’ -]{0,40}?)\s*\b"
                         r"(?:followed|came next|went next|visited next|was next"
                         r"|(?:went|came|visited|travell?ed)(?: to [\w'’ -]{2,30}?)? after (?:him|her|them|that)"
                         # "which jpn PM went to ukraine before him?": the one before
                         r"|(?P<earlier>preceded (?:him|her|them|that)|(?:went|came|visited|travell?ed)"
                         r"(?: to [\w'’ -]{2,30}?)? (?:before|ahead of) (?:him|her|them|that)))\b(?P<rest>[^?]*)\W*$")
#: "later that year", "in the same year": within the year of the record before.
_SAME_YEAR = re.compile(r"\b(?:that|the same) year\b")
#: Kinds of answer that list several records, and so give no one date of their own.
_LISTING_KINDS = frozenset({"several", "meetings", "compound"})


def _about_one(ref: str, answer: Answer) -> Answer:
    """An answer from one record of the list the last answer showed, keeping the list: "by when?" next asks
    of that one record ("how many?" answered by one record of the list)."""
    if answer.focus is not None and len(answer.focus.items) > 1 and ref in answer.focus.items:
        return replace(answer, focus=replace(answer.focus, current=ref))
    return answer


#: "his guest", "her host", "their counterpart": the one of the other side of the meeting just discussed.
_OTHER_SIDE = re.compile(r"\b(?:(?:his|her|their) (?:[a-z]+ )?"
                         r"|the (?:[a-z]+an|[a-z]+ese|[a-z]+i|[a-z]+ish|[a-z]+stani) )"
                         r"(?:guest|visitor|host|counterpart|opposite number)\b")
#: "who was his guest?": the other side itself is asked, not something of it.
_WHO_IS_IT = re.compile(r"^\W*(?:and |so )?(?:who|whom) (?:was|is|were|are)\b")
_COUNTERPART = re.compile(r"\b(?:his|her|their) (?:[a-z]+ )?(?:counterparts?|opposite numbers?)\b")
#: "Any in healthcare?", "any on energy?": whether the record just shown holds one of those.
_ANY_IN = re.compile(r"^\W*(?:and |so |ok )?any (?:in|on|for|about|of|with|related to) [\w' -]+\W*$")
#: "the summit where Kagame and Kishida met", "the summit the Rwandan leader was attending": a gathering identified
#: by a meeting held at it, or by who attended it (to the end of the question or a comma).
_GATHERING_OF_CLAUSE = re.compile(r"\bthe (?P<noun>summit|conference|forum|session|assembly|gathering|event|"
                                  r"dialogue) (?:(?:where|at which|during which|on whose sidelines|on the sidelines of "
                                  r"which) (?P<clause>[^?,;]+?)|(?:that |which )?(?P<attender>[^?,;]+?) (?:attended|"
                                  r"(?:was|were) attending|(?:was|were) at|went to|came to|(?:was|were) there for))"
                                  r"(?=\W*$|,|;)")
#: "List every meeting a minister held, and with whom.": a list of meetings, which says who met in each.
_WITH_WHOM_OF_LIST = re.compile(r"^(?P<q>\W*(?:list|name|show|give me|tell me|which|what)\b[^?]*\bmeetings\b[^?]*?"
                                r"|\W*(?:list|name|show|give me|tell me)\b[^?]*\b(?:every|all|each)\b[^?]*\bmeetings?\b"
                                r"[^?]*?)\s*[,;]?\s*(?:and )?(?:with whom|who with)\W*$", re.IGNORECASE)
#: Deeds a claim says of one person: "A met B and also went to C, right?".
_DEEDS = r"(?:met|visited|went|travell?ed|held|hosted|attended|signed|sent|gave|pledged|received|opened|spoke|talked)"
_WENT_TO = re.compile(r"\b(?:went|travell?ed|flew|headed) to\b")
_TWO_DEEDS = re.compile(r"^\W*(?:(?:so|and|but|is it true that)\s+)?(?P<who>[a-z][\w'’.-]*(?: [a-z][\w'’.-]*){0,2}) "
                        rf"(?P<first>{_DEEDS}\b[^?,;]*?),? and (?:also |then |later )?(?P<second>{_DEEDS}\b[^?,;]*?)"
                        r"(?:[,;]?\s*(?:right|correct|true|yes))?\W*$")
#: "what are its points?", "what's in it?": the thing pointed at.
_ITS_OR_IT = re.compile(r"\b(?:its|it)\b")
#: "did he say anything at the meeting?": whether the records report any words of someone.
_ANYTHING_SAID = re.compile(r"^\W*(?:(?:and|so|but|ok)\W+)?did (?P<who>[a-z][\w'’ .-]{1,40}?) (?:say|speak|comment"
                            r"|remark) (?:anything|something|much|at all)(?P<rest> (?:at|during|in) [^?]+?)?"
                            r"(?: at all)?\W*$")
#: "which opened first, A or B, and by how many years?": a choice of two, then the gap between them.
_CHOICE_AND_GAP = re.compile(r"^(?P<choice>\W*(?:and |so )?(?:which|what|who)\b(?:[^?]*?\bor\b[^?]*?"
                             # ("which came first and by how many years?": of the two just shown)
                             r"|[^?]*?\b(?:first|earlier|earliest|older|oldest|later|latest|newer|newest|sooner)\b)"
                             r")[,;]?\s*"
                             r"(?:and )?(?P<gap>by how (?:many \w+|much|long)\W*)$", re.IGNORECASE)
#: "the earlier one", "the later one", "the second one": a record picked from a list.
_LIST_PICK = re.compile(r"\bthe (?:earlier|earliest|later|latest|first|second|third|last|other|older|newer) "
                        r"(?:one|meeting|visit|talks?)\b")
#: "two things in the article happened on a January 26 - what are they?": things told, then asked for.
_THINGS_THEN_WHAT = re.compile(r"^\W*(?:the |some |a few |several |two |three |four |\d+ )?(?:things?|events?|records?"
                               r"|meetings?)(?P<where> (?:in|from) [^-–—:,?]+?)? (?P<verb>happened|took place|occurred"
                               r"|were held|were signed) (?P<rest>[^-–—:?]+?)\s*[-–—:,]\s*(?:so )?(?:what|which)"
                               r" (?:are|were) (?:they|those|these|them|the two|both)\W*$", re.IGNORECASE)
#: "the 10th one", "the ninth one": an edition of a recurring thing, by its number.
_NTH_ONE = re.compile(r"\bthe (?P<nth>\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth"
                      r"|ninth|tenth|eleventh|twelfth) one\b")
#: "24 of what exactly?", "the 14 what?", "what are the 14?": the thing a number of the records just shown counts.
_NUMBER_OF_WHAT = re.compile(r"^\W*(?:and |so |ok |wait,? )?(?:(?:the )?(?P<n>\d[\d,]*)(?: of)? what(?: exactly| again"
                             r"| precisely)?|what (?:are|were|was|is) (?:the|those|these) (?P<n2>\d[\d,]*)"
                             r"(?: exactly| again)?)\W*$")
#: A number in a record and the words of what it counts ("24 demining cranes", "over 200 companies").
_COUNTED = re.compile(r"\b(?P<n>\d[\d,]*)\b(?:\s+(?!(?:to|of|in|by|for|from|and|with|at|on|the)\b)[A-Za-z-]+){1,3}")
#: "What does that stand for?", "spell it out": the long form of a short name just shown.
_STANDS_FOR_THAT = re.compile(r"^\W*(?:and |so |ok )?(?:what (?:does|do|did) (?:that|it|this|the acronym|the "
                              r"abbreviation) stand for|spell (?:that|it) out|what'?s that short for)\W*$")
#: "Did he go anywhere apart from Kyiv?": the places of a trip but the one named.
_ANYWHERE_BUT = re.compile(r"\b(?:anywhere|any other (?:place|city|town)s?|other places?)\b.*\b(?:apart from|besides"
                           r"|other than|except|outside(?: of)?|beyond)\b")
_WHERE_ELSE = re.compile(r"\bwhere else\b|\b(?:what|which) other (?:places?|cities|towns)\b")
#: "the japanese one's title?", "and the uzbek one": one of the people just named, by country.
_THE_COUNTRYS_ONE = re.compile(r"\b(?:the|that|this) (?P<who>[a-z]+) (?:one|guy|man|woman|lady|fellow|official|person)"
                               r"(?P<s>'s|’s|s)?\b")
#: "Which other G7 ministers ...?", "leaders besides Kagame": people other than those the question names.
_OTHERS_ASKED = re.compile(r"\b(?:which|what|any|(?:who|what) (?:were|are|was|is) the"
                           # ("names of the other FMs at …?": who they were, asked by their names)
                           r"|(?:names?|identities|list) of the) other (?:[\w-]+ ){0,3}?"
                           r"(?:leaders?|ministers?|fms?|officials?|people|counterparts?"
                           r"|participants?|representatives?|diplomats?|heads? of state|bankers?|governors?)\b"
                           r"|\b(?:leaders?|ministers?|officials?|people|bankers?) (?:besides|apart from|other than)\b"
                           r"|\b(?:any|some)(?:one|body) else\b")
#: "names of those companies?", "which firms were they?": the names of bodies asked for.
_BODIES_NAMED = re.compile(r"\b(?:names?|identities) of (?:the |those |these |their |its |any )?(?:[a-z]+ )?"
                           r"(?P<noun>companies|firms|businesses|corporations|enterprises|banks)\b"
                           r"|^\W*(?:and |so )?(?:which|what) (?P<noun2>companies|firms|businesses|corporations)"
                           r" (?:were|was) (?:they|those|these|it)\W*$")
#: "did any Japanese ministers join Kishida?", "which Japanese officials sat in on the meeting with him?": people of
#: a side (said by its country) with the one the question names, who is not among them.
_JOINED_BY_SIDE = re.compile(r"(?:\b(?P<side>[a-z]+) (?:officials?|ministers?|people|representatives?|diplomats?"
                             r"|delegates?|delegation members?)|\bwho (?:else )?from the (?P<side2>[a-z]+) side)"
                             r" (?:who )?(?:join(?:ed)?|accompan(?:y|ied)|sat in|sit in)\b")
#: "other" said of someone the question leaves unsaid ("which other African leaders did he see?").
_OTHER_UNSAID = re.compile(r"\b(?:which|what|any|(?:names?|identities|list) of the) other\b"
                           r"|\b(?:any|some)(?:one|body) else\b")
#: Words of an order among events ("which of them did he see first?").
_ORDER_WORDS = re.compile(r"\b(?:first|last|earlier|earliest|later|latest|before|after|next)\b")
#: "Which of those came up in New York?", "which ones were with Kyrgyzstan?": records of the last list, by name.
#: "… came up in New York?": told of there, whether or not made there.
_CAME_UP = re.compile(r"\b(?:came up|come up|comes up|brought up|raised|mentioned|discussed|talked about)\b")
_WHICH_OF_THOSE = re.compile(r"^\W*(?:and |so )?(?:which|what) (?:ones?|of (?:them|those|these|that|this"
                             r"|the (?:two|three|four|\w+s)))\b(?P<rest>.+)$")
#: "which of them", "who of the two": one or more of the people the last answer named.
_OF_THEM = r"^\W*(?:and |so )?(?:which|who) (?:one )?of (?:them|those|these|the two|the three)"
_WHICH_OF_THEM = re.compile(r"(?:" + _OF_THEM + r"|^\W*(?:and |so )?(?:which|who) one)"
                            r" (?:is|was|are|were|came from|is from|was from) (?:the )?"
                            r"(?P<who>[a-z][a-z' -]*?)\W*$")
#: "Which of them actually went to Ukraine?": a claim to check of each person the last answer named.
_WHICH_OF_THEM_DID = re.compile(r"(?:" + _OF_THEM + r"|^\W*(?:and |so )?which one)(?: (?:actually|really|in fact))? "
                                r"(?P<rest>(?!is |was |are |were |came from "
                                # ("which of those happened first?": which event, not which person)
                                r"|(?:happened|took place|occurred|came) (?:first|earlier|later|last|before|after)\b"
                                r"|(?:two |three |both |the )?(?:meetings?|talks|visits?|trips?|records?"
                                r"|events?|ones?)\b)[a-z].+)$")
#: "Where exactly, Tokyo?", "the forum - where was it, Tashkent?", "where in Japan was it, Tokyo?": a place asked
#: with a guess.
_PLACE_GUESSED = re.compile(r"^\W*(?:and |so |ok )?(?P<what>[\w' -]*?)\s*\bwhere(?: exactly| precisely"
                            r"| in [a-z]+)?(?: (?:was|is)"
                            r" (?:it|that|this|they)(?: held)?)?\s*[,–—-]\s*(?:in )?(?P<place>[a-z][\w .'-]*?)\W*$")
#: "Which country is it in?", "what country is Bali in?", "in which country is that?"
_COUNTRY_OF = re.compile(r"^\W*(?:and |so |ok |okay )?(?:(?:which|what) country (?:is|was) (?P<what>[\w' -]+?)"
                         r"(?: in| located in| situated in)?|in (?:which|what) country (?:is|was) "
                         r"(?P<what2>[\w' -]+?)(?: located)?|(?P<bare>(?:in )?(?:which|what) country))\W*$")
#: "which region is Bucha in?", "in what oblast is it located?": the region of a place.
_REGION_OF = re.compile(r"^\W*(?:and |so |ok |okay )?(?:(?:which|what) (?:region|province|oblast|state|prefecture"
                        r"|district|area) (?:is|was) (?P<what>[\w' -]+?)(?: in| located in| situated in)?"
                        r"|in (?:which|what) (?:region|province|oblast|state|prefecture|district|area) (?:is|was) "
                        r"(?P<what2>[\w' -]+?)(?: located| situated)?)\W*$")
_POINTING_PLACE = re.compile(r"it|that|this|there|the (?:city|town|place|island|venue)|that (?:city|town|place|island)")
#: Words that say someone holds a portfolio, not which one ("which of them handles finance?").
_IN_CHARGE = re.compile(r"\b(?:is|was|are|were) (?:in charge of|responsible for)\b", re.IGNORECASE)
_PORTFOLIO_WORDS = frozenset(stem(w) for w in "handle handles handled deal deals dealt responsible charge oversee "
                             "oversees run runs portfolio ministry minister head heads lead leads cover covers "
                             "look looks after".split())
#: "What other meeting did she hold there?", "any other talks that week?": another record of the one discussed.
_OTHER_MEETING = re.compile(r"\b(?:what|which|any) other (?:[a-z-]+ ){0,2}(?:meetings?|talks|events?|gatherings?)\b")
#: "the Central Asian country whose embassy in Tokyo opened in 1996": a country named by what its records say.
_COUNTRY_CLAUSE = re.compile(r"\bthe (?:(?P<region>[A-Za-z]+(?: [A-Za-z]+)?) )?country (?:whose|with|where|that|which)"
                             r" (?P<clause>[^,?;:]+)", re.IGNORECASE)
#: "that week", "the same day": a span around the date of the meeting discussed.
_NEAR = re.compile(r"\b(?:that|the same|same) (day|week|month|year)\b")
#: Words before two names that take them together, not one by one.
_TOGETHER = frozenset("besides except excluding without between from than apart both".split())
#: "By how many minutes?", "and by how much?": the gap of the comparison just answered.
_BY_HOW_MUCH = re.compile(r"^\W*(?:and |so )?(?:by how (?:much|many(?: \w+)?|long)|how (?:much|many(?: \w+)?) (?:longer"
                          r"|shorter|earlier|later)(?: (?:was it|was that|did it last))?)\W*$")
#: "the one in Ostra", "the meeting with Dorin": one of the meetings just discussed, by its place or people.
_ONE_MEANT = re.compile(r"^\W*(?:the |that )?(?:one|meeting|visit|talks|trip)(?: held| that was)? "
                        r"(?P<how>in|at|with)\s+(?P<what>.+?)\W*$", re.IGNORECASE)
#: "How many years before the other?", "how far apart were they?": the time between two records just put in order.
_HOW_FAR_APART = re.compile(r"^\W*(?:and |so |ok )?(?:by )?how (?:much|many(?: \w+)?|long|far)"
                            r"(?: (?:earlier|later|before|after|sooner|apart|in between|between them))?"
                            r"(?: (?:than |before |after |from )?"
                            r"(?:the other(?: one)?|it|that|them|the second|the first))?"
                            r"(?: (?:was it|was that|were they|did it come|came it|is it))?\W*$")
#: Prepositions said again before the second of two names ("with Rwanda and with Uzbekistan").
_REPEATED_PREPOSITIONS = frozenset("with in to for of from by at".split())
#: "there was some japanese banker back then right? who", "there was a forum in tokyo, when?": a thing said to have
#: been, then asked of by a question word alone.
_THERE_WAS_ASKED = re.compile(r"^\W*(?:(?:and|so|but|ok) )?there (?:was|were|is|are) (?:some |a |an |this |that |one )?"
                              r"(?P<np>[a-z][\w'’ -]*?)(?: (?:back then|then|at the time|too|also|as well))?"
                              r"(?:\W*\s+(?:right|yes|no|yeah|wasn'?t there|isn'?t there))?[\s,?!.;:-]+"
                              r"(?P<wh>who|what|where|when)\W*$", re.IGNORECASE)
#: "name of the kyrgyz minister who studied in japan", "who is the official who thanked Japan?": which one did it.
_THE_ONE_WHO_DID = re.compile(r"^\W*(?:and |so )?(?:(?:who (?:is|was|are|were)"
                              r"|(?:what(?:['’]s| is| was| are| were) )?"
                              r"(?:the )?(?:full )?names? of|name) )?the (?P<who>(?:[a-z]+ ){0,2}"
                              r"(?:ministers?|officials?|leaders?|diplomats?|representatives?|politicians?))"
                              r" who (?P<did>[a-z]{3,}ed\b"
                              r"(?![^?]*\b(?:which|what|who|whom|when|where|how|had|has|did)\b)[^?]*?)"
                              r"\W*$", re.IGNORECASE)
#: "what are the names of the ministers Hayashi met?": people of a kind asked for by their names.
_NAMES_OF_PEOPLE = re.compile(r"^\W*(?:what (?:are|were|was|is) )?(?:the )?(?:full )?names of (?:the |all the )?"
                              r"(?P<who>(?:[\w'’-]+ ){0,3}?(?:" + "|".join(sorted(lx.PEOPLE_NOUNS)) + r")\b.+)$",
                              re.IGNORECASE)
#: "who reported that?", "who announced it?": who told of what the last answer confirmed.
_WHO_REPORTED_THAT = re.compile(r"^\W*(?:and |so |ok |but )?who (?:reported|announced|published|posted|tweeted|said)"
                                r" (?:that|it|this|so)\W*$")
#: "her meeting", "his visit": a possessive pronoun before what it owns (read in the conversation, not as a name).
_POSSESSIVE_BEFORE_NOUN = re.compile(r"\b(?:his|her|their)\s+(?!(?:there|then|in|at|on|and|or|about|for|to|with|"
                                     r"first|again|before|after)\b)[a-z]", re.IGNORECASE)
#: "… the Ostra summit she mentioned to Dorin", "… the summit he brought up in his talks with Dorin": a clause that
#: says where a thing named before it was spoken of.
_MENTIONED_CLAUSE = re.compile(
    r"\b(?P<thing>meeting|summit|visit|forum|session|talks|agreement|programme|program|pledge|event|initiative|"
    r"formula|plan)\s+(?:that |which )?(?:she|he|they|(?P<who>[\w'’.-]+(?: [\w'’.-]+)?)) (?:had )?(?:mentioned"
    r"|brought up|referred to|raised|cited|spoke of|talked about)(?P<to> (?:to|with|in (?:her|his|their) (?:talks?"
    r"|meeting|conversation) with) [\w'’ .-]{2,40}?)?(?=\s*[?.!,;]|\s*$)", re.IGNORECASE)


def _mentioned_clause_dropped(found: re.Match[str]) -> str:
    """The thing a `_MENTIONED_CLAUSE` is said of, without the clause; the words as they were when one named (not
    a pronoun) speaks of a thing of no gathering to no one ("what was the plan Kishida talked about?": his plan)."""
    if found.group("who") and not found.group("to") and found.group("thing").lower() not in _GATHERINGS_MENTIONED:
        return found.group(0)
    return found.group("thing")


_GATHERINGS_MENTIONED = lx.GATHERING_NOUNS | {"visit"}
#: "the one where Hayashi went to Kyiv", "the meeting when …": a record told apart by what happened at it.
_ONE_WHERE = re.compile(r"^\W*(?:the|that) (?:one|meeting|visit|trip|talks) (?:where|when|in which|at which)\b",
                        re.IGNORECASE)
#: A noun for a record of its own ("the Kyrgyz meeting", "his visit"), which a correction may describe whole.
#: A person described by a clause of what they did ("the Uzbek official who hosted the Japanese diplomat").
_SOMEONE_DESCRIBED = re.compile(r"^\W*(?:the|that) (?:[\w'’-]+ ){0,3}?(?:official|minister|diplomat|leader|envoy"
                                r"|representative|person|guy|man|woman|lady|one) (?:who|that) [\w'’-]+", re.IGNORECASE)
#: "at that meeting", "in that session": the meeting the conversation is on, which a name may say which it is.
_THAT_MEETING = re.compile(r"\b(?:that|this|the same) (?:meeting|session|gathering)\b")
#: "and which took place in 2023?": the last question's "which", its words said again.
_WHICH_AGAIN = re.compile(r"^\W*(?:and|what about|how about)\W+which\b(?! (?:of|one|ones)\b)")
#: The preposition that opens the date said ("… took place in 2023").
_DATE_WORD = re.compile(r"\b(?:in|on|during|from|between|before|after|since|by)\b(?=[^?]*\d)")
_RECORD_NOUN = re.compile(r"\b(?:meeting|talks|visit|trip|summit|forum)\b", re.IGNORECASE)


#: "New question:", "ok, different topic -", "on another note,", "switching gears,": what follows starts afresh.
_NEW_TOPIC = re.compile(r"^\W*(?:(?:ok|okay|right|alright|now|so|sorry|and)\W+)?"
                        r"(?:(?:switching|changing|shifting|switch|change|shift) gears|moving on|on to something else)"
                        r"\s*(?:[:;,.!—–-]+|\s)\s*(?=\w)(?!to\b)|^\W*(?:(?:ok|okay|right|alright|now|so|sorry|and)\W+)?"
                        r"(?:(?:a |an |one )?(?:(?:totally|completely|entirely|quite|something|very) )?"
                        r"(?:new|different|diff|another|separate|unrelated|other|last) "
                        r"(?:question|q|qn|topic|thing|subject)|(?:changing|switching|change of|switch|new) (?:the )?"
                        r"(?:topics?|subjects?)|on (?:a |an )?(?:different|another|other|separate) "
                        r"(?:note|topic|subject)|unrelated(?: question)?"
                        # ("totally different - who is …?": another topic, said with no noun)
                        r"|(?:totally|completely|entirely|something) (?:different|diff|else|unrelated)"
                        r"(?=\s*[:;,.!—–-]))\b\s*(?:[:;,.!—–-]+|\s)\s*",
                        re.IGNORECASE)
#: "Now Uzbekistan: ...", "as for Rwanda - ...": words that only introduce the subject put first.
#: "Compare with Rwanda, how many years …?": a topic set beside the last one, then the question.
_COMPARED_WITH = re.compile(r"^\W*(?:(?:ok|okay|and|so|now)\W+)?(?:compare(?:d)?(?: (?:that|it|this))?|in comparison"
                            r"|by comparison|as compared) (?:with|to) (?P<topic>[\w'’ .-]{2,40}?)\s*[,:;—–-]\s*"
                            r"(?P<rest>\w.*)$", re.IGNORECASE)
#: "Now …", "as for …": words that introduce the topic of the question after them.
_INTRODUCING = (r"^\W*(?:(?:ok|okay|and|so|right)\W+)?(?:now|as for|regarding|re|(?:switching|switch|moving on"
                r"|turning|going|changing|let'?s (?:turn|switch|move on|go)) (?:over )?to)\W+")
_THERE_WORD = re.compile(r"\bthere\b(?! (?:is|are|was|were)\b)", re.IGNORECASE)
#: "During his visit to Kyiv, did he meet A before or after B?": an occasion put before a question of order.
_ORDER_AFTER_CIRCUMSTANCE = re.compile(r"^\W*(?P<lead>(?:during|on|in|at|while on|over the course of) [^,?]{3,80}),"
                                       r"\s*(?P<q>(?:did|was|were|who|whom|which|whose)\b[^?]*\b"
                                       r"(?:before or after|after or before)\b[^?]*\??)\s*$",
                                       re.IGNORECASE)
#: "rwandan ministers at the kagame kishida meeting?": the people of a gathering, asked by a noun phrase alone.
_PEOPLE_AT = re.compile(r"^\W*(?P<who>(?:[a-z]+ ){0,2}(?:ministers|officials|leaders|diplomats|delegates|participants"
                        r"|representatives)) (?:at|in) (?P<what>(?:the|that|this) [^?]{3,60}?(?:meeting|talks|summit"
                        r"|forum|visit|trip|mtg))\s*\?*\s*$", re.IGNORECASE)
#: "which minister congratulated the other?", "which side thanked the other": one of two who did it to the other.
_WHICH_DID_THE_OTHER = re.compile(r"(?P<lead>^|[,:]\s*|^\W*(?:and |so ))(?:which|what) (?:[a-z]+ ){0,2}?"
                                  r"(?:ministers?|officials?"
                                  r"|leaders?|sides?|ones?|party|parties|persons?|diplomats?) (?P<did>[a-z]{3,}ed)"
                                  r" the other\b", re.IGNORECASE)
#: "How long was the G20 Summit in Bali, which President Kagame attended, scheduled to last?": a clause set off by
#: commas inside a question opened by a question word (not the question itself: ", which …, and in which month?").
_ASIDE_CLAUSE = re.compile(r"^(?P<before>\W*(?:how|what|when|where|who|which|did|was|were|is|are|does|do)\b[^,?]{3,80}"
                           r"[a-z0-9]),\s*(?:which|who|whom)\s(?![^,?]*\?)[^,?]{3,60},\s*(?P<after>(?!and\b|or\b|but\b)"
                           r"[a-z].*)$", re.IGNORECASE)
#: "Which city was it held in? Tokyo?", "who did she sit down with? the ukrainian FM?": a question, then the asker's
#: guess at its answer, a bare name or noun phrase of its own.
_GUESS_AFTER = re.compile(r"^(?P<q>\W*(?:(?:in|at|from|to|with) )?(?:where|which|what|who|whom|when)\b[^?]{3,}\?)\s*"
                          r"(?P<guess>(?!(?:how|what|when|who|whom|which|where|why|did|does|do|is|was|are|were|has|"
                          r"had|have|can|could|will|would|and|or|any|since|by|for|right|correct|true|yes|no|really|"
                          r"sure|ok|okay)\b)[\w'’. -]{2,40}?)\s*\?+\W*$", re.IGNORECASE)
_GUESS_WORDS = 5
#: "the kyrgyz minister said jp's emergency aid went thru who": what someone said, with its question word left in
#: place at its end; the question is what was said.
_SAID_WH_IN_PLACE = re.compile(r"^\W*(?:and |so )?(?!(?:who|whom|what|which|when|where|why|how|did|does|do|is|was"
                               r"|are|were)\b)[\w'’. -]{2,40}? (?:said|says|told [a-z]+|noted|stated) (?:that )?"
                               r"(?P<rest>[^?,;:–—-]{5,}? (?:who|whom|what|which|when|where|how many|how much))\W*$",
                               re.IGNORECASE)
#: "I'm researching Japan's ties with Central Asia. Which meetings …?": a topic the asker says they work on, then
#: the question.
_RESEARCHED = re.compile(r"^\W*(?:(?:hi|hello|hey)\W+)?(?:i['’]?m|i am|we['’]re|we are) (?:researching"
                         r"|looking into|interested in|writing (?:about|on)|working on|studying|reading up on"
                         r"|curious about|covering)"
                         r"\s+(?P<topic>[^.?!;:]{3,80}?)\s*[.!;:]\s+(?P<rest>\w[^.!]*\?)\s*$", re.IGNORECASE)
#: "Now Rwanda: …": the topic introduced, and the question after it.
_INTRODUCED = re.compile(_INTRODUCING + r"(?P<topic>[\w'’ .-]{2,40}?)\s*[:;—–-]\s*(?P<rest>\w.*)$", re.IGNORECASE)
_SUBJECT_INTRODUCED = re.compile(_INTRODUCING + r"(?=[\w'’ .-]{2,40}?\s*[:;—–-]\s*\w)", re.IGNORECASE)
#: "the first meeting", "the second one": a meeting by its place in the conversation (after "going back to").
_ORDINALS = ("first", "second", "third")
_NTH_HAD = re.compile(r"^(?:the|that) (?:very )?(?P<nth>first|second|third) (?:one|meeting|talks)$")
#: "what about Kyrgyzstan, did Kulubaev come to Japan?": a turn to another topic, then the question asked of it.
_ABOUT_THEN_ASKED = re.compile(r"^\W*(?:and |so |ok )?(?:what|how) about (?P<topic>[^,?]{2,40}),\s*(?P<question>(?:did"
                               r"|does|do|was"
                               r"|were|is|are|has|have|had|who|whom|what|when|where|which|why|how)\b.+)$",
                               re.IGNORECASE)
#: "Apart from Kishida, which Japanese officials …?": whom the question leaves out, put first (people only: "apart
#: from investment, what …?" leaves out a topic, read by the rules of topics).
_EXCEPT_FIRST = re.compile(r"^\W*(?:apart from|aside from|besides|other than|except(?: for)?) (?P<who>[^,?]{2,60}?),\s*"
                           r"(?P<rest>(?:which|who|whom|what)\b[^,]+)$", re.IGNORECASE)
#: "where did she travel right after New York?", "which country did he fly to straight after the summit?": a journey
#: straight on from an event.
_STRAIGHT_ON = re.compile(r"\b(?:right|immediately|directly|straight|just) after\b", re.IGNORECASE)
_JOURNEY_ASKED = re.compile(r"\b(?:go|goes|went|travel\w*|fly|flies|flew|flown|head|heads|headed|heading|move|moved"
                            r"|journey\w*)\b", re.IGNORECASE)
#: "which of the two did he see first?": which of two people of the conversation someone met first.
_WHICH_OF_TWO_FIRST = re.compile(r"^\W*(?:and |so )?(?:which|who|whom) of (?:the|those|these|them)(?: two)?(?: did"
                                 r" (?:he|she) (?:see|meet|visit|talk to|talk with)| (?:did|was) (?:he|she) "
                                 r"(?:seeing|meeting))? first\W*$", re.IGNORECASE)
#: "did Hayashi see Shmyhal or Zelenskyy first?", "who did he meet first in Kyiv, Shmyhal or Zelenskyy?": which of
#: two someone met first.
_MET_VERB = r"(?:see|meet|visit|talk to|talk with|hold talks with|sit down with)"
_FIRST_OF_TWO = re.compile(rf"^\W*(?:in [\w'’ ]+?,\s*)?did (?P<a>[\w'’. -]+?) {_MET_VERB} (?P<b>[\w'’. -]+?) or "
                           r"(?P<c>[\w'’. -]+?) first\W*$", re.IGNORECASE)
#: "did he see the PM first or the president first?": "first" said of each of the two offered.
#: "auto transformers to Ukraine - how many and by when?": a thing said first, its count and date asked after it (a
#: count alone after it, "cranes, how many?", is read as it is).
_TRAILING_HOW_MANY = re.compile(r"^\W*(?:and |so )?(?:the |those |these )?(?P<topic>(?!(?:how|what|when|who|whom|"
                                r"which|where|why|did|does|do|is|was|are|were|has|had|have|can|could|will|would)\b)"
                                r"[\w'’ -]{3,60}?)\s*[-–—,:]?\s+how (?P<how>many|much)(?P<rest> and (?:by )?when)\W*$",
                                re.IGNORECASE)
#: "was the Uzbek official …?", "is he …?": a claim of what someone is, not of what they did.
_COPULA_FIRST = re.compile(r"^\W*(?:and |so )?(?:is|was|are|were)\b")
#: "that was Hayashi, right?", "so it was Kamikawa?": a claim of whom the last answer was about.
_THAT_WAS_SOMEONE = re.compile(r"^\W*(?:and |so |ok |wait,? )?(?:that|it|this)(?: one)? (?:was|is)(?: it)? "
                               r"(?P<who>[\w'’. -]+?),?(?: (?:right|correct|yeah|yes|then|no|huh))?\W*$")
#: "that meeting", "this summit": a gathering pointed to, of the last answer.
_THAT_GATHERING = re.compile(r"\b(?:that|this) (?:meeting|summit|gathering|event|conference|session|forum)\b"
                             # ("what was discussed at it?" after the gathering was named)
                             r"|(?<=\bat )it\b|(?<=\bduring )it\b")
#: "first visit by a Japanese FM since the war?": a thing's place in an order, said as a noun phrase.
_ORDER_FRAGMENT = re.compile(r"^\W*(?:and |so |also )?(?:the )?(?P<claim>(?:first|last|only|latest|second|third)"
                             r" [a-z][^?]*?)\s*\?+\W*$")
#: "in which city was the meeting?", "where exactly in japan was the meeting held?": a detail of "the meeting".
_OF_THE_MEETING = re.compile(r"^\W*(?:and |so |ok )?(?:where(?: exactly)?(?: in [a-z]+)?|(?:in )?(?:which|what) "
                             r"(?:city|town|place|country)|when|what time|how long|who) (?:was|did) the meeting"
                             r"(?: (?:held|take place|happen|start|begin|last|attend))?\W*$")
_FIRST_SAID_TWICE = re.compile(r"\b([\w'’. -]+?) first,? or (?:did (?:he|she|they) (?:see|meet) )?"
                               r"([\w'’. -]+?) first\b", re.IGNORECASE)
_WHO_FIRST_OF_TWO = re.compile(rf"^\W*(?:(?:in|during|on) [\w'’ ]+?,\s*)?whom? did (?P<a>[\w'’. -]+?) {_MET_VERB} first"
                               r"(?: in [\w'’ ]+?| there)?\s*[,:–—-]\s*"
                               r"(?P<b>[\w'’. -]+?) or (?P<c>[\w'’. -]+?)\W*$", re.IGNORECASE)
#: "Was it A who went to Kyiv, or did B come to Tokyo?": two claims of their own, joined by "or".
_EITHER_CLAIM = re.compile(r"^(?P<a>\W*(?:did|was|were|has|had)\b.{5,}?)\s*,?\s+or\s+"
                           r"(?P<b>(?:did|was|were|has|had)\s+(?!it\b|they\b|he\b|she\b|not\b)\w.{5,})$",
                           re.IGNORECASE)
#: "Did Japan pledge cranes, and if so how many?", "was it announced? If so, when?": a claim, then a question that
#: holds only if it does.
_IF_SO = re.compile(r"^(?P<claim>\W*(?:did|was|were|is|are|has|have|had|does|do)\b.{5,}?)\s*[,;?]?\s*(?:and\s+)?"
                    r"if so\b[,:]?\s*(?P<rest>\w.*)$", re.IGNORECASE)
#: "Of the two meetings whose length is given, which …?", "among the meetings held in 2022, …": a set of records
#: described, then a question of them.
_AMONG_THOSE = re.compile(r"^\W*(?:of|among|between|from) (?:the|those|these|all the) (?:two |three |\d+ )?"
                          r"(?:[a-z]+ )?(?P<what>meetings|visits|talks|records|trips)"
                          r"(?P<which> (?:whose|that|which|where|held|with)\b[^,?]{3,80}?)\s*,\s*(?P<rest>\w.*)$",
                          re.IGNORECASE)
#: "Going back to the Kyiv trip, did he ...?", "back to Ukraine. How long ...?": a topic of earlier, then the question.
_BACK_TO = re.compile(r"^\W*(?:(?:ok|okay|and|so|right)\W+)?(?:(?:going|coming|getting|turning|let'?s go) )?"
                      r"(?:back to|returning to)\s+(?P<topic>[\w'’ .-]{2,50}?)\s*[,:;.—–-]+\s*(?P<rest>\w.*)$",
                      re.IGNORECASE)
_MONTH_OR_YEAR = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
                  r"|(?:19|20)\d\d)")
#: "in December or January", "in 2022 and 2023" (not "between 2022 and 2023", a span).
_TWO_DATES = re.compile(rf"(?<!between )(?<!from )\b({_MONTH_OR_YEAR})\s+(or|and)\s+({_MONTH_OR_YEAR})\b",
                        re.IGNORECASE)


def _chatter(text: str) -> Answer:
    """The reply to a message that asks nothing; it keeps no focus, so the topic before it stays."""
    if rejects_answer(text):
        return Answer("chatter", False, "Sorry — what did you mean?",
                      ("Ask again naming what you meant: a person, a country, a place or a date "
                       "(“sorry, I meant …”).",), suggestions=("/help",), confidence=0.0)
    if unread_script(text):
        return Answer("unread", False, "I read questions in English",
                      ("Ask in English, e.g. “When did Japan's foreign minister visit Kyiv?”, or /help.",),
                      suggestions=("/help",), confidence=0.0)
    return Answer("chatter", False, "Anything else?",
                  ("Ask another question, or /help for what I know.",), suggestions=("/help",), confidence=0.0)


def _combined(parts: list[str], answers: list[Answer]) -> Answer:
    """One answer to a message that asked several questions: each part's answer in turn."""
    lines: list[str] = []
    for part, answer in zip(parts, answers, strict=False):
        lines.append(f"{part.rstrip('?')}? — {answer.title}")
        lines.extend(f"  {line}" for line in answer.lines)
        lines.extend(f"  • {item.label}" for item in answer.items[:10])
    answered = [a for a in answers if a.answered]
    return Answer("compound", bool(answered), f"{len(answered)} of {len(answers)} questions answered", tuple(lines),
                  sources=tuple(c for a in answers for c in a.sources[:2]),
                  actions=tuple(act for a in answers for act in a.actions[:2]),
                  confidence=min((a.confidence for a in answered), default=0.0),
                  # (", and by how many years?" measures what the part before it answered: that stays the topic)
                  focus=_merged_focus([a.focus for p, a in zip(parts, answers, strict=False) if a.focus is not None
                                       and not _GAP_PART.match(p)]
                                      or [a.focus for a in answers if a.focus is not None]))


#: A part of a message that asks the size of a difference the part before it set up ("by how many years?").
_GAP_PART = re.compile(r"^\W*(?:and )?by how (?:much|many|long)\b", re.IGNORECASE)


def _merged_focus(focuses: list[Focus]) -> Focus | None:
    """The topic after a message of several questions: the last one's, with what it leaves open (its
    meeting, place, countries, items) from the earlier ones, and the people of all, the last one's first."""
    if not focuses:
        return None
    merged = focuses[-1]
    records = [last_shown.one_record(f) for f in focuses]
    if len(records) > 1 and None not in records and len(set(records)) == len(records):
        # "when were the forum and the meeting held?" → "the earlier one": one of the records answered
        merged = replace(merged, items=tuple(r for r in records if r is not None))
    elif len(focuses) > 1 and all(f.items for f in focuses) and len({(f.intent, f.keywords) for f in focuses}) == 1:
        # "which officials appear in the records about A and B?": one question asked of each name, one list shown
        shown = tuple(dict.fromkeys(i for f in focuses for i in f.items))
        merged = replace(merged, items=shown, listed=shown if len(shown) > 1 else merged.listed)
    for earlier in reversed(focuses[:-1]):
        merged = replace(merged, meeting=merged.meeting or earlier.meeting, topic=merged.topic or earlier.topic,
                         place=merged.place or earlier.place, date=merged.date or earlier.date,
                         countries=merged.countries or earlier.countries, items=merged.items or earlier.items,
                         people=merged.people + tuple(p for p in earlier.people if p not in merged.people))
    return merged


#: "so that was longer than the Kyrgyz meeting?": the meeting just discussed, compared with another.
_THAT_COMPARED = re.compile(r"^\W*(?:(?:(?:and|so|but|ok)\W+)?(?:(?:was|is) (?:that|it|this)"
                            r"|(?:that|it|this) (?:was|is))"
                            r"(?: one| meeting)?|(?:so|and)\W+)"  # ("so shorter than …?": that one, left unsaid)
                            r" ?(?P<more>longer|shorter|earlier|later|bigger|smaller) than "
                            r"(?P<other>[^?]+?)(?:,? (?:right|correct|then))?\W*$")
#: "was that before or after Hayashi's trip?": the thing just claimed, put in order with another.
_THAT_BEFORE_OR_AFTER = re.compile(rf"^\W*(?:and |so )?(?:was|is) (?P<that>that|it|this)(?= {lx.EITHER_ORDER_WORDS}\b)")
#: "signed before or after the ministers met?": a participle, then an order, asked of what was just discussed.
_ORDER_OF_IT = re.compile(rf"^\W*(?:and |so )?[a-z]{{3,}}(?:ed|en) {lx.EITHER_ORDER_WORDS}\b")


#: The rules of one turn, in the order they are tried: commands, then what the conversation's last
#: answer settles (corrections, its people and records by position), then computations over records,
#: then any other question, through the handlers' registry (`bot.engine.handlers`).
#: "who were …", "… in each?": a question asked of several at once.
_PLURAL_ASKED = re.compile(r"\b(?:were|are|each|both|all)\b")

TURN_RULES: tuple[Rule[Engine, Turn], ...] = (
    Rule("command", Engine._command),
    Rule("about the bot", Engine._about_the_bot),
    Rule("correction", Engine._correction),
    Rule("a pronoun beside a name", Engine._pronoun_joined_to_name),
    Rule("the post just asked about", Engine._post_pointed_at),
    Rule("the post of whom a pronoun means", Engine._post_of_pronoun),
    Rule("the country of the conversation", Engine._the_country_meant),
    Rule("a country described by a record", Engine._country_described),
    Rule("the last question of the other side", asked_again.of_the_other_side),
    Rule("the last question the other way round", asked_again.the_other_way_round),
    Rule("the last question at the other end of its order", asked_again.at_the_other_end),
    Rule("the last question of another name", asked_again.of_another_name),
    Rule("the journey claimed of another too", Engine._went_there_too),
    Rule("a journey there before or after someone", Engine._went_there_before),
    Rule("the date of the record just shown", Engine._at_the_time_shown),
    Rule("others met, besides no one named", Engine._else_of_no_one),
    Rule("more of nothing answered", Engine._else_of_nothing),
    Rule("the holder of a post denied", Engine._holder_of_denied_post),
    Rule("another edition of the gathering", Engine._other_edition),
    Rule("the more of two things given", Engine._more_of_two_given),
    Rule("the time after an event asked again of another", Engine._time_after_of_another),
    Rule("the order of what was just claimed", Engine._order_of_claimed),
    Rule("a statement, then who it was", Engine._said_then_who),
    Rule("who said what was shown", Engine._who_said_the_shown),
    Rule("others at the gathering just shown", Engine._others_at_gathering),
    Rule("another of the kind shown", Engine._other_of_the_kind_shown),
    Rule("a person described by a clause", Engine._person_of_a_clause),
    Rule("the rest of a yes-or-no question", Engine._rest_of_yes_no),
    Rule("anything about it in the talks discussed", Engine._anything_about),
    Rule("the last question at another date", Engine._at_another_date),
    Rule("the same on the home clock", clock_times.on_home_clock),
    Rule("the day on the home clock claimed", clock_times.next_day_at_home),
    Rule("the time on another city's clock", clock_times.on_city_clock),
    Rule("the same day of the year", clock_times.same_day_of_year),
    Rule("part of a name", Engine._name_part_of),
    Rule("the two people listed", listed_people.two_people_listed),
    Rule("each of the people listed", listed_people.each_person_listed),
    Rule("the holder of a post among those listed", listed_people.post_holder_among_listed),
    Rule("one of the people listed, by pronoun", listed_people.one_of_people_listed),
    Rule("counterpart", Engine._counterpart_of),
    Rule("where else on the trip", Engine._where_else),
    Rule("which of the meetings shown was held there", Engine._shown_held_there),
    Rule("which of the meetings shown gives a detail", Engine._shown_with_detail),
    Rule("which of them by country", Engine._of_their_country),
    Rule("which of them did it", Engine._which_of_them_did),
    Rule("another meeting of the one discussed", Engine._another_meeting),
    Rule("the next of its kind", Engine._came_after),
    Rule("those of the last list that name it", Engine._those_naming),
    Rule("which ones of one record", Engine._which_ones_of_one),
    Rule("lengths of the meetings just shown", Engine._reckoned_of_the_shown),
    Rule("the time between two records just ordered", Engine._gap_of_two_ordered),
    Rule("which of two people listed did it first", order.who_of_listed_first),
    Rule("which of two people listed was met first", order.which_listed_met_first),
    Rule("a record of the last list", picks.picked_item),
    Rule("other pledges than the one shown", Engine._other_pledges),
    Rule("a deed claimed of the pledge just shown", Engine._done_of_pledge_claimed),
    Rule("a date claimed of the record just shown", Engine._date_of_record_claimed),
    Rule("the occasion claimed of the pledge just shown", Engine._occasion_of_pledge_claimed),
    Rule("a phrase after a preposition of the record just shown", Engine._phrase_after_preposition),
    Rule("the period of the record just shown", Engine._period_of_the_one_shown),
    Rule("a happening after a profile", Engine._happening_after_profile),
    Rule("the thing pointed at", Engine._thing_pointed_at),
    Rule("each of the meetings shown", Engine._each_meeting_shown),
    Rule("who told of what was just confirmed", Engine._reporter_of_the_last),
    Rule("the record just shown", Engine._record_referred),
    Rule("the short name in the record just shown", Engine._short_name_referred),
    Rule("details of the records just shown", Engine._details_referred),
    Rule("the same claim of the record just shown", Engine._claim_of_record),
    Rule("a place in an order claimed after a claim", Engine._order_claimed_after_claim),
    Rule("what a number just shown counts", Engine._number_referred),
    Rule("an edition of the thing just shown", Engine._nth_one_of_term),
    Rule("things told, then asked for", Engine._things_then_what),
    Rule("which of two first, and the gap between them", Engine._choice_and_gap),
    Rule("whether someone said anything", Engine._anything_said),
    Rule("what the thing just named holds", Engine._contents_of_term_asked),
    Rule("two deeds claimed of one person", Engine._two_deeds_claimed),
    Rule("the meeting discussed compared with another", Engine._that_compared),
    Rule("a gathering told by a meeting held at it", Engine._occasion_of_clause),
    Rule("the same people both times", Engine._same_both_times),
    Rule("names the records do not give", Engine._unnamed_named),
    Rule("computed", Engine._reckoned),
    Rule("a place guessed", Engine._place_guessed),
    Rule("country of a place", Engine._country_of_place),
    Rule("region of a place", Engine._region_of_place),
    Rule("a person misdescribed", Engine._misdescribed),
    Rule("which of two did it first", order.ordered_choice),
    Rule("time between two events claimed", order.gap_claimed),
    Rule("order of two events claimed", order.order_claimed),
    Rule("which meeting of the trip came first", order.first_of_trip),
    Rule("which came first or later", order.which_came_first),
    Rule("time between events", order.time_between),
    Rule("comparison", Engine._compared),
    Rule("which of two records came first", order.first_of_two_records),
    Rule("records put in date order", order.put_in_order),
    Rule("which of two meetings a claim holds of", Engine._which_of_two_did),
    Rule("which of two people a claim holds of", Engine._who_of_two),
    Rule("a claim of whom the last answer was about", Engine._that_was_someone),
    Rule("a claim of a he and a she of the conversation", Engine._he_and_she_named),
    Rule("the gathering of the term discussed", Engine._gathering_of_the_term),
    Rule("the meeting of the term discussed", Engine._meeting_of_the_term),
    Rule("the meeting of the person discussed", Engine._meeting_of_the_person_discussed),
    Rule("whether someone said anything about something", Engine._said_anything_about),
    Rule("choice", Engine._chosen),
    Rule("a time between two records not given", Engine._apart_of_nothing),
    Rule("free text", Engine._free_text),
)
