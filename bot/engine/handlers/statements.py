"""Questions about what someone said or did: the points of which that person is the subject."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from bot.answers import Answer, Focus
from bot.engine import describe as d
from bot.engine import lexicon as lx
from bot.engine import thresholds
from bot.engine.asked import claimed_figures, figures_verdict
from bot.engine.events import TRAVEL
from bot.engine.followups import meant_by_pronoun
from bot.engine.gazetteer import Mention
from bot.engine.index import Passage
from bot.engine.query import ROLES, SYNONYMS, Query, analyse
from bot.engine.retrieval import score_passages
from bot.engine.rules import Asked
from bot.engine.text import STOPWORDS, fold, stem
from bot.engine.when import DateFilter, find_date
from bot.knowledge.dates import PartialDate
from bot.knowledge.model import Person

if TYPE_CHECKING:
    from bot.engine.answering import Answerer

#: The kinds of passage that report what someone said or did.
SAYING_KINDS = ("topic", "outcome", "fact", "pledge")


def name_forms(person: Person) -> set[str]:
    """The words the records write a person's family name by ("Kulbayev" beside "Kulubaev"), titles and
    given name aside."""
    return {w for written in (person.name, *person.aliases) for w in fold(written).split()
            if len(w) > 3 and w != fold(person.given_name) and w not in lx.TITLE_WORDS}


def subject(words: list[str], forms: set[str]) -> bool:
    """Whether one of `forms` is among the first words of a sentence and not after a preposition
    ("Minister A said ...", not "an agreement with A ...")."""
    at = next((i for i, w in enumerate(words[:4]) if w in forms), None)
    # (no deed before it: "Kuleba congratulated Kamikawa" has Kamikawa as its object)
    return at is not None and not set(words[:at]) & lx.NOT_SUBJECT and not any(
        w.endswith("ed") for w in words[:at])


def says(p: Passage, forms: set[str]) -> bool:
    """Whether the passage (its text or its quote) has the person of `forms` as its subject."""
    return subject(fold(p.text).split(), forms) or subject(fold(p.cited.quote).split(), forms)


def _post_holder_with(a: Answerer, q: Asked, named: list[str]) -> str | None:
    """The one holder of the post the question describes ("Japan's foreign minister") that a record names
    together with everyone the question names, and whom its "she" or "he" can mean; None unless one."""
    holders = sorted({i for g in q.extra if g and all(k == "person" for k, _ in g) for k, i in g} - set(named))
    holders = list(meant_by_pronoun(a.kb, tuple(holders), q.lowered))
    with_named = [h for h in holders if any(all(("person", n) in a.index.passages[i].entities for n in named)
                                             for i in a.index.by_entity.get(("person", h), ()))]
    return with_named[0] if len(with_named) == 1 else None


#: How alike two records' words must be (rapidfuzz token-set ratio) to report one and the same saying
#: ("Zelenskyy thanked Japan for being a key partner" and "President Zelenskyy thanked Japan for being ...").
_SAME_SAYING = 95
#: The same, of two records that quote one sentence of a source (one may be the other reworded).
_SAME_QUOTED = 80
#: The most things said that one answer lists.
_MOST_SAID = 6
#: "… about Japan when Hayashi came": where the thing said about ends and its occasion begins.
_OCCASION = re.compile(r"\b(?:when|during|while|at|in|on|after|before|as)\b")
#: "… say about debt relief?": the subject of what was said, which a record of it must touch on.
_ABOUT = re.compile(r"\b(?:about|regarding|concerning|on the (?:subject|topic|issue) of)\s+(.+?)\W*$")


#: The pronouns that cannot mean someone the records refer to by `word`.
_OTHER_PRONOUN = {"he": ("she", "her"), "she": ("he", "him")}


def _someone_unnamed(a: Answerer, who: list[str], speaker_words: str, named: list[Mention]) -> bool:
    """Whether the words before "say" name a speaker other than the people the question names: words
    that are no name of theirs, no country's and no pronoun, and no other person either."""
    forms_named = set().union(*(name_forms(a.kb.people[x.id]) for x in named))
    if set(who) & forms_named or lx.PERSON_PRONOUN.fullmatch(speaker_words.strip()):
        return False
    countries = [fold(c.name).lower() for c in a.kb.countries.values()]
    strangers = [w for w in who if w not in STOPWORDS and w not in forms_named
                 and not any(c.startswith(w.removesuffix("'s")) for c in countries)]
    return bool(strangers) and not any(m.kind == "person" for m in analyse(speaker_words, a.index).mentions)


#: "Who congratulated whom?", "who thanked whom for what?": a deed asked with both its sides. (Who visited,
#: travelled to or hosted whom: the rule of host and visitor.)
_WHO_DID_WHOM = re.compile(r"\bwho (?!(?:visit|host|receiv|welcom|invit|travel|went|flew)\w*\b)"
                           r"(?P<verb>[a-z]{3,}(?:ed|t))(?: [a-z]+)? whom\b")


def who_did_whom(a: Answerer, q: Asked) -> Answer | None:
    """"At the UNGA-week meeting, who congratulated whom?": the records that report that deed among those
    the question fits, each as it says who did it to whom; None when the question is not of that shape."""
    found = _WHO_DID_WHOM.search(q.lowered)
    if found is None:
        return None
    verb = stem(found.group("verb"))
    done = [s.passage for s in score_passages(a.index, q.query, q.extra, limit=20)
            if s.passage.kind in SAYING_KINDS and not s.entities_missing
            and (verb in s.passage.stems or any(v in s.passage.stems for v in SYNONYMS.get(verb, ())))]
    first: dict[str, Passage] = {}
    for p in done:
        first.setdefault(p.text, p)  # (one deed reported by two records is one deed)
    kept = list(first.values())[:_MAX_DEEDS]
    if not kept:
        return Answer("not_found", False, "Not in the records",
                      (f"The records report no one who {found.group('verb')} anyone there.",), confidence=0.0)
    return Answer("statements", True, f"Who {found.group('verb')} whom", tuple(f"– {p.text}" for p in kept),
                  sources=tuple(d.cite(a.kb, p.cited) for p in kept), confidence=0.8)


#: At most this many deeds are listed for "who did what to whom".
_MAX_DEEDS = 5


#: "What did A say / tell / state": words, not deeds.
#: "in his address to the summit plenary", "in her speech at the UN": one speech, the occasion asked.
_IN_SPEECH = re.compile(r"\b(?:in|during|with) (?:his|her|their|its|the|a|an) (?:[a-z0-9-]+ ){0,3}"
                        r"(?P<noun>speech|address|keynote|lecture)\b(?: (?:to|at|before|on|in) [^?!.]+)?")
_SPOKEN = re.compile(r"\b(?:say|tell|state)\b")


def _taking_part(p: Passage, forms: set[str]) -> bool:
    """Whether the passage only says its subject was present somewhere ("President Kagame attended the
    G20 Summit ..."): the verb right after the name is one of meeting, attending or visiting."""
    words = fold(p.text).lower().split()
    at = next((i for i, w in enumerate(words[:4]) if w.removesuffix("'s") in forms), None)
    return at is not None and at + 1 < len(words) and stem(words[at + 1]) in _PRESENCE


#: Verbs that say only that someone was somewhere.
_PRESENCE = frozenset(stem(w) for w in "attended attends met meets visited visits joined joins".split())


def topic_stems(words: str) -> set[str]:
    """The stems of the content words of what something was said about."""
    return {stem(w) for w in re.findall(r"[a-z][\w'-]+", words) if w not in STOPWORDS}


#: Words before a place that put something said there ("at the Bucha memorial", "in Kyiv", "his visit to Bucha").
_AT = frozenset({"at", "in", "to"})


def _held_at(a: Answerer, ref: str) -> set[str]:
    """The places the meetings of a record were held in: a meeting's own place, a trip's meetings' places
    (the trip's other stops are no meeting place; a trip without meetings, every place it went)."""
    meeting = a.kb.meetings.get(ref)
    if meeting is not None:
        return {meeting.place} if meeting.place else set()
    trip = a.kb.trips.get(ref)
    if trip is None:
        return set()
    held = {m.place for m in a.kb.trip_meetings(trip.id) if m.place}
    return held or set(trip.places)


def _of_country_with(a: Answerer, speaker_words: str, named: list[str]) -> str | None:
    """The one person of the country the speaker's words name ("the Kyrgyz minister") whose post has their
    title and whom a record names together with everyone the question names; None unless one."""
    words = set(fold(speaker_words).lower().split())
    titles = words & lx.TITLE_WORDS
    countries = {m.id for m in analyse(speaker_words, a.index).mentions if m.kind == "country"}
    if not titles or not named or len(countries) != 1 or any(a.kb.people[n].country in countries for n in named):
        return None
    # (the people the records name together with everyone named, not every person of the knowledge base)
    met = set.intersection(*({x for n in a.index.by_entity.get(("person", m), ())
                              for k, x in a.index.passages[n].entities if k == "person"} for m in named))
    fits = sorted(
        i for i in met if (person := a.kb.people.get(i)) is not None and person.country in countries
        and i not in named and any(titles & set(fold(r.title).lower().split()) for r in person.roles)
        and any(all(("person", n) in a.index.passages[k].entities for n in named)
                for k in a.index.by_entity.get(("person", i), ())))
    return fits[0] if len(fits) == 1 else None


def _subject_of_did(words: tuple[str, ...], named: list[Mention]) -> str | None:
    """The person named as the subject of "did/does …" ("how did President B describe Japan?"), if one is."""
    for m in named:
        verb = next((i for i in range(m.start - 1, max(-1, m.start - 4), -1) if words[i] in ("did", "does", "do")),
                    None)
        if verb is not None and all(w in lx.TITLE_WORDS for w in words[verb + 1:m.start]):
            return m.id
    return None


#: The words that open the question proper, after anything put before it.
_WH_WORDS = frozenset({"what", "who", "whom", "when", "where", "which", "why", "how"})

#: "Ukraine's counteroffensive": a thing said as someone's or something's.
_OWNED = re.compile(r"\b\w+['’]s \w+")


def _reported_by(a: Answerer, q: Asked, spoken: set[str]) -> Answer | None:
    """"What did the Rwandan presidency's tweet say about the meeting?": what a record reports an organisation
    (a term of the records) to have said, not the organisation's own description; None when the speaker is
    no such term or no other record tells what it said. `spoken`: the words that say who speaks."""
    organ = next((m for m in q.query.mentions if m.kind == "term" and set(q.query.words[m.start:m.end]) & spoken), None)
    if organ is None:
        return None
    scored = score_passages(a.index, q.query, q.extra)
    if not scored or (scored[0].passage.kind, scored[0].passage.ref) != ("term", organ.id):
        return None  # (the records found are of what was said, not of the organisation)
    best = next((x for x in scored if x.passage.kind != "term"
                 and ("term", organ.id) in x.passage.entities | x.passage.mentioned and not x.entities_missing), None)
    return a.from_passage(q.query, best, [best]) if best is not None else None


def _met_on(a: Answerer, people: list[str], topic: set[str]) -> bool:
    """Whether the records hold a meeting all of `people` took part in whose record has a word of `topic`."""
    theirs = (a.kb.meetings[k] for k in a.index.meetings_by_entity.get(("person", people[0]), ()) if k in a.kb.meetings)
    return any(set(people) <= set(m.participants) and any(
        topic & a.index.passages[n].stems for n in a.index.by_entity.get(("meeting", m.id), ()))
        for m in theirs)


def said_by(a: Answerer, q: Asked) -> Answer | None:
    """"What did A say / call Japan / thank Japan for?": the points and facts of which A is the subject,
    among the records that name everything else the question names; none is said plainly."""
    query = q.query
    verb = (lx.SAID.search(q.lowered) or lx.RESPONDED.search(q.lowered) or lx.QUOTE_OF.search(q.lowered)
            or lx.QUOTES_FROM.search(q.lowered) or lx.GRATEFUL_FOR.search(q.lowered) or lx.OPENED.search(q.lowered)
            or lx.WORDS_OF.search(q.lowered))
    speaker_words = next((w for g in ("who", "who2", "who3") if (w := verb.groupdict().get(g))), "") if verb else ""
    if verb is None:
        return None
    spoken = set(fold(speaker_words).lower().split())
    reported = _reported_by(a, q, spoken)
    if reported is not None:
        return reported
    if lx.NOT_A_SPEAKER.search(speaker_words):
        return None  # "what did the A–B meeting stress?": the meeting's points, not one person's words
    named = sorted((m for m in query.mentions if m.kind == "person" and m.id in a.kb.people),
                   key=lambda m: m.start)
    if " and " in f" {fold(speaker_words).lower()} " and sum(
            bool(set(query.words[m.start:m.end]) & spoken) for m in named) >= 2 and (
            (about_said := _ABOUT.search(q.lowered)) is None
            or _met_on(a, [m.id for m in named], topic_stems(about_said.group(1)))):
        # "what did Usmanov and Ikegami stress?", "what did A and B say about X?" of two whose meeting's record
        # holds X: what that record says, not one's words
        return None
    described = [next(iter(g))[1] for g in q.extra if len(g) == 1 and next(iter(g))[0] == "person"]
    speaker_id = named[0].id if named else (described[0] if len(described) == 1 else None)
    in_speaker = [m.id for m in named if set(fold(speaker_words).lower().split()) & name_forms(a.kb.people[m.id])]
    subject = _subject_of_did(query.words, named)
    if in_speaker:
        speaker_id = in_speaker[0]  # "in her talks with A, what did B condemn?": B speaks
    elif subject is not None:
        # "in his remarks to A, how did B describe Japan?": "his" looks ahead to the one the question asks of
        speaker_id = subject
    opening = next((i for i, w in enumerate(query.words) if w in _WH_WORDS), 0)
    if named and q.focus is not None and lx.PERSON_PRONOUN.fullmatch(speaker_words.strip()) \
            and named[0].start >= opening:
        # "what did she tell Kuleba about peace?": "she" speaks, the one named is whom she spoke to
        # (one named before the question, "and Shmyhal, what did he thank Japan for?", is whom "he" takes up)
        meant = [p for p in meant_by_pronoun(a.kb, q.focus.people, q.lowered)
                 if p in a.kb.people and p not in {m.id for m in named}]
        speaker_id = meant[0] if meant else speaker_id
    said_by_pronoun = lx.PERSON_PRONOUN.fullmatch(speaker_words.strip())
    if named and speaker_id == named[0].id and said_by_pronoun is not None and (
            pronoun := a.kb.people[speaker_id].pronoun) is not None \
            and said_by_pronoun.group(0).lower() in _OTHER_PRONOUN.get(pronoun.word, ()):
        # "what does she want to achieve with Kuleba?": "she" is not Kuleba, whom the records call "he"
        return None
    of_speaker = [i for i in described if i in a.kb.people and (country := a.kb.countries.get(
        a.kb.people[i].country)) is not None and fold(country.name).lower() in fold(speaker_words).lower()]
    if speaker_id is None and len(described) > 1:
        # "What did Rwanda's foreign minister say to Japan's prime minister?": the one of the speaker's words
        speaker_id = of_speaker[0] if len(of_speaker) == 1 else None
    elif named and not in_speaker and subject is None and not lx.PERSON_PRONOUN.fullmatch(speaker_words.strip()) \
            and (of_country := _of_country_with(a, speaker_words, [m.id for m in named])) is not None:
        # "What was the Kyrgyz minister grateful for when he met A?": the minister the speaker's words
        # describe speaks, A is whom he met
        speaker_id = of_country
    who = fold(speaker_words).split()
    if named and query.role is None and verb.re is lx.SAID and speaker_id in {m.id for m in named} \
            and _someone_unnamed(a, who, speaker_words, named):
        # "What did Japan's chief cabinet secretary say about the Kagame talks?": the speaker is someone the
        # records do not name, not the one named after
        return Answer("not_found", False, "Not in the records",
                      (f"The records name no “{speaker_words.strip()}” and report nothing said by one.",),
                      suggestions=("/help",), confidence=0.0)
    if named and query.role is not None and ROLES[query.role].search(" ".join(who)) \
            and not any(set(who) & name_forms(a.kb.people[m.id]) for m in named) \
            and not any(m.kind == "person" for m in analyse(speaker_words, a.index).mentions):
        # (a name misspelt after the post is the post holder's own: "President Zelenksy")
        # "What did Japan's foreign minister condemn in her talk with Kuleba?": the post holder speaks, the one
        # named is whom they spoke with
        speaker_id = _post_holder_with(a, q, [m.id for m in named])
    by_pronoun = speaker_id is None and q.focus is not None and bool(q.focus.people) and bool(
        lx.PERSON_PRONOUN.fullmatch(speaker_words.strip()))
    if by_pronoun and q.focus is not None:
        # "what did he say at the meeting?": the one the conversation is about, when nothing is recorded that
        # he said at all (else the records of what was said are read by the rules after, of everyone "he" may be)
        speaker_id = meant_by_pronoun(a.kb, q.focus.people, q.lowered)[0]
    if speaker_id is None or speaker_id not in a.kb.people:
        return None
    thanked = {m.id for m in query.mentions if m.kind == "country"} if _THANKS_ASKED.search(q.lowered) else set()
    if a.kb.people[speaker_id].country in thanked and q.focus is not None and not named and query.role is None \
            and lx.PERSON_PRONOUN.fullmatch(speaker_words.strip()):
        # "what did he thank Japan for?" after a Japanese and a Kyrgyz minister: not the one of the country thanked
        speaker_id = next((p for p in meant_by_pronoun(a.kb, q.focus.people, q.lowered)
                           if p in a.kb.people and a.kb.people[p].country not in thanked), speaker_id)
    speaker = a.kb.people[speaker_id]
    forms = name_forms(speaker)
    if by_pronoun and any(a.index.passages[n].kind in SAYING_KINDS and says(a.index.passages[n], forms)
                          for n in a.index.by_entity.get(("person", speaker_id), ())):
        return None
    # The meeting the conversation was about does not narrow what the speaker said (a fact says it too).
    others = [g for g in q.groups + [g for g in q.extra if not all(e[0] == "meeting" for e in g)]
              if ("person", speaker_id) not in g]
    found = []
    # ("what did he thank Japan for from October?": the date may be of the thing thanked for, as the record tells it)
    thanked_for = _THANKS_ASKED.search(q.lowered) is not None
    for n in a.index.by_entity.get(("person", speaker_id), ()):
        p = a.index.passages[n]
        if p.kind not in SAYING_KINDS or not says(p, forms):
            continue
        if all(a._names(p, g) for g in others) and (query.dates is None or p.date is None or query.dates.matches(
                p.date.first_day(), p.date.last_day()) or thanked_for and _dated_in_words(query.dates, p)):
            found.append(p)  # ("what did Kuleba thank Japan for in December 2022?": nothing he said then)
    if query.dates is not None:
        # ("… thank Japan for providing in October 2022?": what is dated then, before what has no date)
        dated = [p for p in found if p.date is not None and query.dates.matches(p.date.first_day(), p.date.last_day())
                 or thanked_for and _dated_in_words(query.dates, p)]
        found = dated or found
    addressed = {m.id for m in named} - {speaker_id}
    # (of a thing the records name, asked about: "… about the G7?", not where they met nor a country)
    things = [g for g in others if all(kind == "term" for kind, _ in g)] if " about " in f" {q.lowered} " else []
    # (the speaker's own meetings, from the index, not a scan of every meeting)
    asked_of_both = not found and bool(things) and bool(addressed)
    shared = [key for key in a.index.meetings_by_entity.get(("person", speaker_id), ()) if asked_of_both
              and key in a.kb.meetings and addressed | {speaker_id} <= set(a.kb.meetings[key].participants)]
    if shared and any(all(a._names(a.index.passages[n], g) for g in things)
                      for key in shared for n in a.index.by_entity.get(("meeting", key), ())):
        # "what did Kamikawa tell Kuleba about the G7?": nothing of hers names him, but their meeting's points (whoever
        # they are said of) may tell of it: the records of the meeting answer
        return None
    if not found:
        return Answer("not_found", False, "Not in the records",
                      (f"The records report nothing that {speaker.name} said or did of that kind.",),
                      suggestions=(f"/who {speaker.name}",), confidence=0.0)
    at = [m for m in query.mentions if m.kind == "place" and set(query.words[max(0, m.start - 2):m.start]) & _AT]
    if at:
        # "what did Hayashi say at the memorial in Bucha?": said where its meetings were held, not anywhere
        # else the trip went
        found = [p for p in found if p.kind not in lx.MEETING_KINDS or all(
            m.id in _held_at(a, p.ref) for m in at)]
        if not found:
            where = ", ".join(a.index.entity_name(("place", m.id)) for m in at)
            return Answer("not_found", False, "Not in the records",
                          (f"The records report nothing that {speaker.name} said in {where}.",),
                          suggestions=(f"/who {speaker.name}",), confidence=0.0)
    speech = _IN_SPEECH.search(query.raw.lower())
    if speech is not None:
        # "what did Kagame say in his address to the summit plenary?": what a record reports of that speech,
        # not what he said at a meeting
        found = [p for p in found if stem(speech["noun"]) in p.stems]
        if not found:
            return Answer("not_found", False, "Not in the records",
                          (f"The records report nothing that {speaker.name} said "
                           f"{query.raw[speech.start():speech.end()].strip(' ?.!')}.",),
                          suggestions=(f"/who {speaker.name}",), confidence=0.0)
    # "... during Hayashi's visit" names the occasion: its words say nothing of what was said.
    wanted = set(query.keywords) - lx.PLAIN_SPEECH - TRAVEL.words - lx.GATHERING_WORDS
    # ("Japan's newly appointed foreign minister": the words that say who speaks are not what was said)
    wanted -= {stem(w) for w in fold(speaker_words).split()}
    asked_words = {k: {k, *SYNONYMS.get(k, ())} for k in sorted(wanted)}
    wanted |= {x for k in wanted for x in SYNONYMS.get(k, ())}

    def overlap(p: Passage) -> int:
        # each word asked counts once ("send" is not matched twice by "provided"), said as itself above a synonym
        return sum(2 if k in p.stems else 1 for k, forms in asked_words.items() if forms & p.stems)
    best = max(overlap(p) for p in found)
    distinct = {w for w in wanted if a.index.idf.get(w, 0.0) >= thresholds.DISTINCT_IDF}
    if best == 0 and distinct and lx.PERSON_PRONOUN.fullmatch(speaker_words.strip()) \
            and any(distinct <= a.index.passages[n].stems for n in a.index.by_stem.get(min(distinct), ())):
        # "what did she want Indo-Pacific countries to take part in?": nothing "she" said has those words, and
        # another record does: that record answers, not a list of all she said
        return None
    about = _ABOUT.search(q.lowered)
    topic = topic_stems(about.group(1)) if about else set()
    topic -= {stem(w) for w in speaker_words.lower().split()}
    # ("about Japan's drone detection system": the thing said about, not the name it belongs to, when
    # the thing takes several words of its own; "… when Hayashi came" is the occasion, not the thing)
    thing = topic_stems(_OCCASION.split(about.group(1))[0]) if about else set()
    thing -= {stem(w) for m in query.mentions for w in query.words[m.start:m.end]}
    owned = _OWNED.search(about.group(1)) if about else None
    if len(thing) > 1 or owned is not None and thing and all(w not in a.index.idf for w in thing):
        # ("about Ukraine's counteroffensive": a thing of a name's, which no record has a word for)
        topic = thing
    topic_words = about.group(1).strip(" ?.!") if about else ""
    if topic and not any(topic & {*p.stems, *(x for k in topic for x in SYNONYMS.get(k, ()) if x in p.stems)}
                         for p in found):
        # "What did Kagame say about debt relief?": nothing he is reported to have said touches on it
        return Answer("not_found", False, "Not in the records",
                      (f"The records report nothing {speaker.name} said about {topic_words}.",),
                      suggestions=(f"/who {speaker.name}",), confidence=0.0)
    if verb.re is lx.SAID and _SPOKEN.search(q.lowered):
        # "what did Kagame say at the summit?": that he attended it is nothing he said
        found = [p for p in found if not _taking_part(p, forms)]
        if not found:
            return Answer("not_found", False, "Not in the records",
                          (f"The records report nothing that {speaker.name} said of that kind.",),
                          suggestions=(f"/who {speaker.name}",), confidence=0.0)
        best = max(overlap(p) for p in found)
    ranked = sorted((p for p in found if overlap(p) == best), key=lambda p: (p.date or PartialDate(1, None, None),
                                                                              p.ref))
    chosen: list[Passage] = []
    for i, p in enumerate(ranked):  # each thing said once, however its records word it; six at most
        # (two records quoting the same sentence of a source report one saying)
        if all(fuzz.token_set_ratio(o.text, p.text, processor=default_process) < _SAME_SAYING
               and not (o.cited == p.cited and fuzz.token_set_ratio(o.text, p.text, processor=default_process)
                        >= _SAME_QUOTED) for o in ranked[:i]):
            chosen.append(p)
            if len(chosen) == _MOST_SAID:
                break
    asked = query.asked
    if asked is not None and not any({asked, *SYNONYMS.get(asked, ())} & p.stems for p in chosen):
        # "which peace plan did she bring up?": nothing she is reported to have said names a plan
        return Answer("not_found", False, "Not in the records",
                      (f"The records report no {query.words[_asked_at(query)]} that {speaker.name} spoke of.",
                       f"What they report of {speaker.name}: {chosen[0].text}"),
                      sources=(d.cite(a.kb, chosen[0].cited),), suggestions=(f"/who {speaker.name}",), confidence=0.0)
    if verb.re is lx.OPENED or lx.AT_THE_OUTSET.search(q.lowered) and chosen[0].kind in lx.MEETING_KINDS and all(
            p.ref == chosen[0].ref for p in chosen if p.kind in lx.MEETING_KINDS):
        # "how did Kuleba open his conversation with Kamikawa?", "what did he say at the outset?" of one meeting's
        # points: the first thing the records tell he said
        chosen = chosen[:1]
    # What they said at one meeting: that meeting stays the topic ("and what did the prime minister say?").
    held = {a.kb.meetings[p.ref].trip or p.ref for p in chosen if p.kind in lx.MEETING_KINDS and p.ref in a.kb.meetings}
    # (the one spoken to stays in the conversation, after the speaker: "how did he respond?")
    spoken_to = tuple(m.id for m in named if m.id != speaker_id)
    focus = Focus(people=(speaker_id, *spoken_to), items=tuple(dict.fromkeys(a._record_of(p) for p in chosen)),
                  meeting=held.pop() if len(held) == 1 and all(p.kind in lx.MEETING_KINDS for p in chosen)
                  else None)
    lines = tuple(f"{'– ' if len(chosen) > 1 else ''}{p.text}" for p in chosen)
    if _VERBATIM.search(q.lowered) and not any(_QUOTATION.search(p.cited.quote or "") for p in chosen):
        # "what did Kuleba say back, word for word?": the sources report what he said, in no words of his own
        return Answer("not_found", False, "No word-for-word quote in the records",
                      (f"The sources report what {speaker.name} said, not in {speaker.name}'s own words. "
                       "What they report:", *lines),
                      sources=tuple(d.cite(a.kb, p.cited) for p in chosen), focus=focus, confidence=0.0)
    return Answer("statements", True, f"What the records report of {speaker.name}", lines,
                  sources=tuple(d.cite(a.kb, p.cited) for p in chosen), confidence=0.8, focus=focus)


def _dated_in_words(dates: DateFilter, p: Passage) -> bool:
    """Whether the first date a record's words give ("the emergency grant aid of October") is within `dates`."""
    told, _ = find_date(p.text.lower())
    if told is None:
        return False
    if told.start is not None and told.end is not None and not told.any_year:
        return dates.matches(told.start, told.end)
    # (a month the words give without its year: of a month asked of the record's year, "October 2022" too)
    asked_month = dates.month or (dates.start.month if dates.start is not None and dates.end is not None
                                  and (dates.start.year, dates.start.month) == (dates.end.year, dates.end.month)
                                  and (p.date is None or p.date.year == dates.start.year) else None)
    return told.month is not None and told.month == asked_month


def _asked_at(query: Query) -> int:
    """The position of the noun a which-question asks for, as the question wrote it."""
    return next((i for i, w in enumerate(query.words) if stem(w) == query.asked), 0)


#: "Who said Japan gave Ukraine 1,500 generators?": the speaker of a statement the question gives.
#: "word for word", "verbatim", "his exact words", "a direct quote": the very words asked, not a report of them.
_VERBATIM = re.compile(r"\bword for word\b|\bverbatim\b|\b(?:exact|actual|very) words\b|\bdirect quot\w*"
                       r"|\bin (?:his|her|their) own words\b")
#: A quotation mark: a source's sentence that quotes someone's own words.
_QUOTATION = re.compile(r"[\"“”«»]")
_WHO_SAID = re.compile(r"^\W*(?:and |so )?who (?:said|stated|claimed|mentioned|noted)(?: that)? (?P<what>[^?]{8,})\W*$")
#: "Someone said Japan gave Ukraine 1,500 generators. Who said that?": the statement first, then who said it.
_SAID_THEN_WHO = re.compile(r"^(?P<what>[^?]{8,}?)[.!;:]\s*(?:so |and )?who (?:said|stated|claimed|mentioned) "
                            r"(?:that|this|it)\W*$")
#: "Who thanked Japan for the emergency aid?", "which country's minister expressed gratitude for it?" after the aid is
#: said: who is quoted thanking for it (the thing thanked for is the statement looked up).
_WHO_THANKED = re.compile(r"^\W*(?:and |so )?(?:who|which (?:[\w'’]+ ){0,2}?(?:ministers?|officials?|leaders?|sides?"
                          r"|countries|country|persons?|people))(?:['’]s? (?:[\w'’]+ ){0,2}?(?:ministers?|officials?"
                          r"|leaders?))? (?:thanked|praised|expressed (?:\w+ )?(?:gratitude|thanks|appreciation))"
                          r"(?: (?:[\w'’]+ ){0,2}?)? ?for (?P<what>[^?]{4,}?)\W*$")
_THANKED_FOR_IT = re.compile(r"^(?P<what>[^?]{8,}?)[.!;:]\s*(?P<who>(?:so |and )?(?:who|which)\b[^?.!;:]*?\b"
                             r"(?:thanked|praised|expressed)\b[^?.!;:]*?\bfor) (?:it|that|this)\W*$")
#: Words of thanks after a speaker's name in a record's quote ("Foreign Minister A expressed his gratitude").
_THANKS = (r"(?:has |had )?(?:thanked|expressed (?:his |her |their |its )?(?:deep |sincere |great )?(?:gratitude"
           r"|thanks|appreciation)|was grateful|appreciated)")
#: Words of thanks asked about ("what did he thank Japan for?"), whose object is a country other than the speaker's.
_THANKS_ASKED = re.compile(r"\bthank(?:ed|s|ing)?\b|\bgrateful\b|\bgratitude\b")
#: Verbs of speech after a speaker's name in a record's quote ("Minister Kamikawa has stated that …").
_SPEECH = (r"(?:has |had )?(?:said|stated|told|noted|stressed|emphasi[sz]ed|expressed|explained|mentioned|recalled"
           r"|cited|thanked|called|described|praised)")


def who_said(a: Answerer, q: Asked) -> Answer | None:
    """"Who said Japan gave Ukraine 1,500 generators?": the person whom the record of that statement quotes
    as saying it, where and when; None unless the question gives a statement and asks only who said it.
    A figure the question states must hold for the record's ("3,000 generators" of 1,500 is nobody's)."""
    premise = _THANKED_FOR_IT.match(q.lowered)
    found = _WHO_SAID.match(q.lowered) or _SAID_THEN_WHO.match(q.lowered) or premise or _WHO_THANKED.match(
        q.lowered)
    if found is None or any(m.kind == "person" for m in q.query.mentions):
        return None
    thanked = found.re in (_WHO_THANKED, _THANKED_FOR_IT)
    # (the date a statement gives is of what it tells, not of when it was said: "… aid in October 2022" was
    # thanked for in December)
    statement = replace(analyse(found.group("what"), a.index), dates=None)
    claimed = claimed_figures(found.group("what"))
    speakers: dict[str, Passage] = {}
    otherwise: Passage | None = None
    for s in score_passages(a.index, statement, limit=8):
        p = s.passage
        if s.coverage < thresholds.YES_COVERAGE or s.entities_missing or p.kind not in SAYING_KINDS:
            continue
        if claimed and figures_verdict(claimed, claimed_figures(p.text) or claimed_figures(p.cited.quote)) is False:
            otherwise = otherwise or p
            continue
        quote = fold(p.cited.quote).lower()
        for kind, ident in sorted(p.entities | p.mentioned):
            person = a.kb.people.get(ident) if kind == "person" else None
            forms = "|".join(re.escape(f.lower()) for f in sorted(name_forms(person))) if person else ""
            if forms and re.search(rf"\b(?:{forms})\b(?: \w+){{0,2}} {_THANKS if thanked else _SPEECH}\b", quote):
                speakers.setdefault(ident, p)
        if speakers:
            break  # the best record that quotes a speaker; a weaker one is another statement
    if not speakers and otherwise is not None:
        # "who said Japan gave Ukraine 3,000 generators?" of a record of 1,500: nobody the records quote
        return Answer("not_found", False, "Not in the records",
                      ("No record quotes anyone saying that; the closest gives other figures:", otherwise.text),
                      sources=(d.cite(a.kb, otherwise.cited),), confidence=0.0)
    if not speakers and thanked and any(k not in a.index.idf for k in statement.keywords):
        # "who thanked Japan for the helicopters?": a thing no record names; those who thanked for other things
        # are no answer
        return Answer("not_found", False, "Not in the records",
                      (f"No record quotes anyone thanking for {found.group('what').strip()}.",),
                      suggestions=("/help",), confidence=0.0)
    if not speakers:
        return None
    lines = []
    for ident, p in speakers.items():
        meeting = a.kb.meetings.get(p.ref) if p.kind in lx.MEETING_KINDS else None
        where = d.meeting_place(a.kb, meeting) if meeting is not None else None
        at = (f", at {meeting.title} {d.on_date(meeting.date)}" + (f" in {where}" if where else "")
              if meeting is not None else "")
        lines.append(f"{d.person_label(a.kb, ident)}{at}: “{p.cited.quote}”")
    held = {p.ref for p in speakers.values() if p.kind in lx.MEETING_KINDS and p.ref in a.kb.meetings}
    return Answer("statements", True, ", ".join(a.kb.people[i].name for i in speakers), tuple(lines),
                  sources=tuple(d.cite(a.kb, p.cited) for p in speakers.values()),
                  focus=Focus(people=tuple(speakers), items=tuple(f"{p.kind}:{p.ref}" for p in speakers.values()),
                              meeting=next(iter(held)) if len(held) == 1 else None),
                  confidence=0.8)
