"""What a record must show before the engine answers from it.

A record answers a question only when it holds everything the question says of the event asked
about: every name the question gives, the kind of event asked about (a signing, an appointment, an opening),
and the direction of a journey (who travelled where). A record that lacks one is about something
else, however close it scores; the engine then says so instead of answering from it.

Rules are named data with examples (`TRAVEL_RULES`), checked by the tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz

from bot.engine.asked import COMPARED_BOUND_WORDS, FIGURE_WORDS, claimed_figures, figures
from bot.engine.events import AGREEMENT, ANNOUNCEMENT, NUMBER_WORDS, TRAVEL, EventKind, events_asked, reported
from bot.engine.gazetteer import Mention
from bot.engine.index import KnowledgeIndex, Passage
from bot.engine.lexicon import TIME_UNITS, TITLE_WORDS, WHO_TOOK_PART
from bot.engine.query import EVER_BEFORE, SYNONYMS, Query
from bot.engine.text import LIGHT_WORDS, STOPWORDS, content_stems, fold, stem, tokens
from bot.engine.when import ENDED_ASKED, began_at

_LIGHT = frozenset(stem(w) for w in LIGHT_WORDS)
#: Words that claim nothing else was so ("only", "all about", "exclusively"): a "yes" needs the record
#: to say so too, not just to name the thing.
EXCLUSIVE = re.compile(r"\b(?:only|solely|exclusively|entirely|purely|just|nothing but|none but|all about|"
                       r"all (?:of )?(?:them|it|these|those) (?:about|on|in|for)|no other|nobody else|no one else)\b"
                       r"(?! (?:a|one) (?:day|week|month|year)s? (?:later|after|before|earlier)\b)")
EXCLUSIVE_EXAMPLES = ("were the agreements all about IT?", "did he only meet the president?",
                      "was the aid exclusively medical?", "did they just discuss trade?")
#: Words that frame a claim about what was said or done rather than state it ("did tourism *come up*",
#: "was anything signed *around* the meeting", "had Aurelia *already* sent"): a "yes" does not need them.
CLAIM_FRAME = frozenset(stem(w) for w in """come came comes coming up raise raised mention mentioned bring brought
    already around link linked connect connected touch touched address addressed feature featured include
    included involve involved any anything ever map mapped lay laid outline outlined get got reason reasons
    purpose purposes talk talked talks discuss discussed held hold stop stopped become becoming became set
    far back""".split())

#: The one met, said of a meeting's other side.
_COUNTERPART = frozenset(stem(w) for w in ("counterpart", "counterparts"))
#: A question asking for an amount of money, and the units that make a figure one.
_MONEY = re.compile(r"\b(price|prices|priced|cost|costs|costed|worth|budget|funding|how much money"
                    r"|(?:total|monetary|financial|dollar|combined) value)\b"
                    r"|[$€£¥]"  # "total $ value of them?"
                    r"|\b(spend|spent)\b(?! (\w+ )?(talking|time|minutes?|hours?|days?|with|in))")
_PRONOUN = re.compile(r"\b(he|she|his|her)$")
_SUBJECT_PRONOUN = re.compile(r"\b(he|she)$")
#: The words a question opens with before whose journey it asks of ("when was his trip …").
_QUESTION_LEAD = frozenset("when where was is were did does how long and so the date day of".split())
#: The pronoun the records write of someone, by the form a question uses ("his trip": "he").
_AS_SUBJECT = {"his": "he", "her": "she"}
#: "Which <group>": a question asking for members of a group by name.
_PEOPLE_GROUPS = frozenset("colleague member lawmaker legislator entrepreneur businessman businesswoman "
                           "executive".split())
#: Nouns that ask for a business ("which company …?"), and the words that describe an organisation as one.
_BUSINESS_NOUNS = r"compan(?:y|ies)|firms?|manufacturers?|contractors?"
_BUSINESS_ASKED = re.compile(_BUSINESS_NOUNS)
_GROUP_ASKED = re.compile(r"^\W*(?:which|what|(?:name|list|tell me)"
                          r"(?: the| some| any| a few| an?| one| all(?: the)?)?) "
                          r"(?:(?!(?:did|does|do|was|were|is|are|has|have|had|will) )[a-z]+ ){0,2}?"
                          r"(?P<noun>colleagues?|members?|lawmakers?|"
                          r"legislators?|entrepreneurs?|businessm[ae]n|businesswom[ae]n|executives?|"
                          + _BUSINESS_NOUNS + r")\b")
_BUSINESS = re.compile(r"\b(?:compan(?:y|ies)|firms?|corporations?|manufacturers?|contractors?|enterprises?|business"
                       r"|inc|ltd|co|llc|plc|gmbh)\b")
#: Most words between a person and the verb of what they did ("Kozuki, the minister, signed").
_AGENT_GAP = 3
_UNDATED = re.compile(r"\b([a-z]+) (?:date|day|year|month)s? (?:is|are|was|were) not (?:given|stated|known|reported)\b"
                      r"|(?<!end )(?<!final )(?<!closing )\b(?:date|day|year|month)s? of (?:the |his |her "
                      r"|their )?(?:[a-z]+ )?([a-z]+) (?:is|are|was|were) "
                      r"not (?:given|stated|known|reported)\b", re.IGNORECASE)
_CURRENCY = re.compile(r"\b(usd|dollars?|yen|euros?|som|sums?|hryvnia|francs?)\b|[$¥€£]")
_MEETING_KINDS = frozenset({"meeting", "topic", "outcome"})
#: The stems of units of time a figure may count ("30 minutes", "the past 30 years"), no amount of a thing.
_TIME_UNITS = frozenset(stem(w) for w in TIME_UNITS)
#: Words of a question that asks a span of time by other words ("how much time", "how long ago").
_TIME_ASKED = frozenset(stem(w) for w in "time long ago old span period duration".split())
#: "the first time", "the only time": an order of occasions, said with "time".
_ORDINAL_TIME = re.compile(r"\b(?:first|second|third|last|only|next) time\b")
_ORDINAL_NAMES = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
                  9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth"}
#: An edition of a recurring event ("the 10th …", "the ninth meeting"); "first" and "last" are orders.
_EDITION = re.compile(r"\b(?:(\d{1,3})(?:st|nd|rd|th)|(" + "|".join(_ORDINAL_NAMES.values()) + r"))\b"
                      r"(?= (?:[\w'\"“”+-]+ ){0,7}?(?:meeting|meetings|summit|session|dialogue|conference|forum|round"
                      r"|edition|congress)\b)", re.IGNORECASE)


def editions(text: str) -> set[int]:
    words = {v: k for k, v in _ORDINAL_NAMES.items()}
    return {int(a) if a else words[b.lower()] for a, b in _EDITION.findall(text) if (a and int(a) > 1) or b}


#: Verbs that, after "help … " or "to", only frame what follows ("help Rwanda deal with COVID-19",
#: "to cope with the winter").
#: Verbs a length of time is claimed with ("lasted 30 minutes", "ran for an hour"), and the figure's unit.
_SPAN_VERBS = frozenset(stem(w) for w in "last lasted lasting long length run ran went go".split())
_MINUTES = stem("minutes")
_LIGHT_VERB_PHRASE = re.compile(r"\b(?:help|helped|helps|helping|to)\s+(?:\w+\s+)?(deal|cope|grapple|contend)\s+with\b")
#: "Did Zelenskyy express thanks?": the verb that frames what was felt, which a record need not write.
_EXPRESSED = re.compile(r"\b(express\w*|voic\w*|extend\w*|offer\w*|convey\w*)\s+(?:\w+\s+)?(?:thanks|gratitude"
                        r"|appreciation|condolences|congratulations)\b")
#: "Is the partnership described as strategic?", "was he called a friend?": the verb that frames how a record
#: names a thing, which the record need not write; the words after it are the claim.
_DESCRIBED_AS = re.compile(r"\b(describ\w*|characteri[sz]\w*|call(?:ed|s)?|term(?:ed|s)?|labell?\w*|portray\w*|"
                           # ("do they describe their ties as a partnership?": what is described, between)
                           r"dubb\w*|referred|refers|presented|presents) (?:(?:their|its|the|his|her) [\w'’-]+ )?"
                           r"(?:to )?as\b")
#: "did he say some are now ministers?": a present said in reported words is the speaker's, the record's own time.
_SAID_NOW = re.compile(r"\b(?:say|says|said|tell|told|mention\w*|note\w*|stat(?:e|ed|es)|claim\w*)\b.*?\b(now|currently"
                       r"|presently|today)\b")
#: Where a record places an embassy ("The Embassy of Uzbekistan in Tokyo", "an embassy in Kigali").
#: "Tokyo got an embassy": the verbs whose subject is the place an embassy is in.
_GOT = frozenset("get gets got gotten gain gains gained receive receives received host hosts hosted"
                 .split())
_EMBASSY_IN = re.compile(r"[Ee]mbass(?:y|ies)\b[^.;]*?\bin ([A-Z][\w-]+(?: [A-Z][\w-]+)?)")
#: Whose an embassy is: "The Embassy of Japan in …", "Japan opened an embassy …".
_EMBASSY_OF = re.compile(r"[Ee]mbassy of (?:the )?(?:Republic of |Kingdom of |State of )?([A-Z][\w-]+)"
                         r"|^([A-Z][\w-]+) (?:opened|set up|established) (?:an |its )?embassy")
#: "Which countries did Japan open embassies in?": the country that opens, just before the verb.
_OPENS = frozenset("open opens opened set establish established have has had keep keeps maintain maintains run runs"
                   .split())
#: The travel rule of being somewhere ("was X in Y"): of a person named alone.
_PRESENCE = "X was in Y"


def _whole_name(query: Query, words: str) -> bool:
    """Whether `words` are all words of the people the question names ("kuleba", "dmytro kuleba")."""
    named = {query.words[i] for m in query.mentions if m.kind == "person" for i in range(m.start, m.end)}
    return all(w in named for w in words.split())


#: Words that open a yes/no claim about what someone did.
_CLAIM_OPENERS = frozenset("did does do has have had".split())
#: Verbs too general to say who did what ("did A meet B": both did).
_GENERIC_VERBS = frozenset(stem(w) for w in """meet met talk talked speak spoke discuss discussed see saw attend
    attended join joined go went come came take took have had be get got say said""".split())
#: What one person does for an event, so that another doing it rules the claimant out.
_ONE_AGENT = frozenset(stem(w) for w in """chair chaired host hosted hold held lead led head headed steer steered
    preside presided convene convened organise organised organize organized""".split())
#: What one does at a meeting by taking part in it ("attended", "represented", "hosted"): its people did it.
MEETING_ACTS = _GENERIC_VERBS | _ONE_AGENT | frozenset(stem(w) for w in """represent represented accompany
    accompanied participate participated sit sat welcome welcomed receive received visit visited travel travelled
    traveled""".split())
#: Verbs of being the one in charge of a gathering, any of which a record may use for it ("did Kuleba host the G7
#: meeting?" of "Kamikawa held the G7 Foreign Ministers' meeting").
_CONVENE = frozenset(stem(w) for w in "chair chaired host hosted hold held preside presided convene convened".split())
#: Nouns of a group of people a record may say something was done with ("with other members of the Diet").
_GROUP_NOUNS = frozenset("members colleagues representatives lawmakers legislators parliamentarians officials "
                         "delegation delegations companies partners".split())
_AUXILIARIES = frozenset("did does do was were is are has have had will would can could".split())
#: Verbs of taking part in another's deed, followed by that deed ("who helped her send them?").
_HELPED = frozenset("help helped helps helping assist assisted assists join joined joins".split())
#: Past forms of what one person does for a meeting that share no stem with the verb ("hold" → "held").
_PAST_FORMS = {"hold": ("held",), "lead": ("led",)}
#: Auxiliaries that may follow the subject of a claim ("did Kuleba ever …" is read at the verb).
_STOP_VERBS = frozenset({"ever", "also", "actually", "really", "personally", "not"})
#: "Which ministers ...", "what officials ...": people asked for by a noun.
_WHICH_PEOPLE = re.compile(r"^\W*(?:and |so )?(?:(?:which|what) (?:other )?"
                           # ("could you list the foreign ministers who …?", "who were the ministers …?")
                           r"|(?:(?:could|can|would) you |please )?(?:list|name)(?: all)?(?: of)? (?:the )?(?:other )?"
                           r"|who (?:were|are) (?:the |all the )(?:other )?)"
                           r"(?:[\w'’-]+ ){0,3}?(?:ministers|officials|leaders|people|participants|delegates|diplomats"
                           r"|representatives)\b")
#: "who was the Japanese banker", "who is the minister": a person asked for by what they were.
_WHO_IS_THE = re.compile(r"^\W*(?:and |so )?who(?:'s|’s| was| is| were| are) (?:the|a|an|that|this) (?:[\w'’-]+ ){0,3}?"
                         r"(?:banker|minister|governor|president|ambassador|official|leader|person|man|woman|diplomat"
                         r"|envoy|chair(?:man|woman|person)?|head|director|secretary|economist|expert|adviser|advisor)s?"
                         r"\b")
#: "how much", "how large were the loans": an amount asked (a size of money is one too).
_HOW_MUCH = re.compile(r"\bhow much\b|\bhow (?:large|big|sizeable|sizable|huge|substantial|generous) (?:(?:is|was|are"
                       r"|were) )?(?:the |japan's |its |their )?(?:[a-z]+ )?(?:loans?|grants?|aid|assistance|funding"
                       r"|package|sum|budget|investments?|donations?|contributions?)\b"
                       # "the total amount of aid Japan has given": how much, in money
                       r"|\b(?:total |overall |combined )?(?:amount|sum|volume) of (?:the |its |their |[a-z]+['’]s )?"
                       r"(?:aid|assistance|money|funding|grants?|loans?|support|investments?|donations?)\b")
#: A number written as a word ("two transformers", "a dozen"), which is a figure too.
_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|dozens?|hundreds?"
                          r"|thousands?|millions?|billions?)\b")
#: A figure's word: the claim's figures are checked as figures (`asked.figures_verdict`), not as words.
_NUMERAL = re.compile(r"\d[\d,.]*")


def _deed(word: str) -> frozenset[str] | None:
    """The stems of what a verb says was done (its synonyms and past forms), or None for a verb that tells
    of no deed of one person ("meet", "agree", "ever")."""
    verb = stem(word)
    if verb not in _ONE_AGENT and (verb in _LIGHT or verb in CLAIM_FRAME or verb in _GENERIC_VERBS) \
            or verb in _STOP_VERBS or word in STOPWORDS or len(verb) < 3:
        return None
    convened = _CONVENE if verb in _CONVENE else frozenset()
    return frozenset({verb, *SYNONYMS.get(verb, ()), *_PAST_FORMS.get(verb, ()), *convened})


#: How long a word must be, and how alike a word of the record, to be read as a slip of it in a claim ("governer").
_SLIP_LENGTH = 7
_SLIP_RATIO = 87.0


def _slip_of_one(word: str, stems: frozenset[str] | set[str]) -> bool:
    """Whether a long word of a claim is a slip of one of the record's stems ("governer" of "governor"): the
    same first letter and all but about a letter alike."""
    word = word.lower()
    return len(word) >= _SLIP_LENGTH and any(
        s[:1] == word[:1] and abs(len(s) - len(word)) <= 2 and fuzz.ratio(word, s) >= _SLIP_RATIO for s in stems)


@dataclass(frozen=True)
class Travel:
    """Someone named at word positions `who` went to the place or country named at `to`."""

    who: tuple[int, int]
    to: tuple[int, int]


@dataclass(frozen=True)
class TravelRule:
    """A way of saying that someone went somewhere, with examples (`who` and `to` are named groups)."""

    name: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...]


_NAME = r"(?P<{}>(?:[a-z'\-]+ ){{0,2}}?[a-z'\-]+)"
#: A name of up to three words none of which is a word that joins phrases ("operating in Ukraine during his Kyiv visit":
#: "his", not "operating in ukraine", is whose visit it was).
_JOINING = r"(?!(?:during|on|in|at|the|of|for|with|to|from|by|and|or)\b)"
_NAME_ALONE = r"(?P<{}>(?:" + _JOINING + r"[a-z'\-]+ ){{0,2}}?" + _JOINING + r"[a-z'\-]+)"
#: Words between a person and "in" that are no part of the name ("was Kuleba ever in Japan?").
_NOT_NAME = r"(?:ever|last|recently|once|already|actually|been)\b"
_NO_ONE = r"(?:it|that|this|they|there|the|a|an|he|she)\b"
_WENT = (r"(?:visit|visits|visited|visiting|go|goes|went|gone|going|travel|travels|travelled|traveled|travelling"
         # ("headed Rwanda's central bank" leads it: one heads somewhere only "to" it)
         r"|come|came|fly|flew|(?:head|headed)(?= (?:to|into)\b)|arrive|arrives|arrived|arriving|land|landed"
         r"|(?:make|made|pay|paid|pays|paying) (?:a |an |his |her |their )?(?:official "
         r")?(?:trip|visit)s?|been)")
TRAVEL_RULES: tuple[TravelRule, ...] = (
    TravelRule("X visited Y", re.compile(r"\b" + _NAME.format("who") + r" (?:(?:ever|first|last|once|officially|"
                                         r"actually) )?" + _WENT + r" (?:to |in |into )?" + _NAME.format("to") + r"\b"),
               ("when did marek visit aurelia", "has obrin been to aurelia", "did quell go to ostra",
                "when did marek head to aurelia"),
               ("when did they meet in ostra", "the banker who headed aurelia's central bank")),
    TravelRule("X's visit to Y", re.compile(r"\b" + _NAME.format("who") + r"'?s? (?:official |first |historic |"
                                            r"recent |last |most recent |latest |previous |earlier )?"
                                            r"(?:\d+ |two |three |four |five )?(?:visits?|trips?|"
                                            r"journeys?|travels?) (?:to|in) " + _NAME.format("to") + r"\b"),
               ("tarsen's visit to carpania", "quell's trip to ostra", "quell's 3 trips to ostra",
                "when was his most recent trip to ostra"),
               ("the visit of the delegation",)),
    TravelRule("X ... during his trip to Y", re.compile(
        r"\b(?:did|does|do|was|were|is) " + _NAME.format("who") + r" (?:[a-z]+ ){0,4}?(?:during|on|in|at) "
        r"(?:his|her|their) (?:official |first |recent |last )?(?:visit|trip|journey|stay) (?:to|in) "
        + _NAME.format("to") + r"\b"),
        ("what did quell do during his trip to ostra", "what did marek say on her visit to aurelia"),
        ("what was said during the trip",)),
    TravelRule(_PRESENCE, re.compile(r"\b(?:was|were|is|has|had) (?P<who>(?!" + _NO_ONE + r")[a-z\-]+(?: (?!"
                                     + _NOT_NAME + r"|held\b)[a-z\-]+)?) "
                                     r"(?:been )?(?:" + _NOT_NAME + r" )?(?:been )?in " + _NAME.format("to")
                                     + r"\b(?! (?:talks|office|charge|person)\b)"),
               ("when was quell last in ostra", "has marek ever been in aurelia"),
               ("was it held in ostra", "who was in charge", "when was aurelia's embassy in ostra opened")),
    TravelRule("X's Y trip", re.compile(r"\b" + _NAME_ALONE.format("who") + r"'?s? (?:\d+ |two |three |four |five )?"
                                       + _NAME_ALONE.format("to") + r" (?:trips?|visits?|journeys?|tours?)\b"
                                       r"(?! (?:to|in|with|of)\b)"),
               ("quell ostra trip when", "marek's aurelia visit", "marek's 3 aurelia trips"),
               ("the trip to ostra", "quell's visit to ostra")),
)

#: "invite B to visit Y", "asked her to come to Y", "plans to travel to Y": a journey wished for, not made.
ASKED_TO_GO = re.compile(r"\b(?:invit|ask|urg|encourag|want|plan|hop|wish|intend)\w* (?:[\w'’-]+ ){0,5}?to "
                          r"(?:visit|come|go|travel|fly)\b")


def _subject_of(text: str, name: str, verb: str) -> bool:
    """Whether `name` is written as who does `verb` somewhere in `text`: the verb a few words after it, with
    no comma or full stop between, and the name not a possessor ("Zelenskyy's Peace Formula, condemned"
    names no act of Zelenskyy's)."""
    return re.search(rf"\b{re.escape(name)}\b(?!['’]s\b)[^.,;:]{{0,40}}?\b{re.escape(verb)}\b", text) is not None


class Verifier:
    """Checks a record against what the question says, over one knowledge base's indexes."""

    def __init__(self, index: KnowledgeIndex) -> None:
        self.index = index
        self._record_stems: dict[str, frozenset[str]] = {}

    def record_stems(self, p: Passage) -> frozenset[str]:
        """Every word stem of the record a passage belongs to (a meeting with its topics and outcomes)."""
        if p.kind not in _MEETING_KINDS:
            return p.stems
        key = p.ref
        found = self._record_stems.get(key)
        if found is None:
            ids = self.index.by_entity.get(("meeting", p.ref), ())
            found = frozenset().union(*(self.index.passages[n].stems for n in ids)) if ids else p.stems
            self._record_stems[key] = found
        return found

    def _kind_stems(self, p: Passage) -> frozenset[str]:
        """The stems of the kinds of the pledges a passage's record holds ("was any equipment promised?" of a
        visit whose pledge of cranes is of the kind equipment): what the record says each thing is."""
        held = (p.ref,) if p.kind == "pledge" else self.index.pledges_made_at.get(p.ref, ()) \
            if p.kind in _MEETING_KINDS else ()
        return frozenset(s for ref in held if (pledge := self.index.kb.pledges.get(ref)) is not None and pledge.kind
                         for s in content_stems(pledge.kind))

    def record_text(self, p: Passage) -> str:
        """The words of the record a passage belongs to, and the quotes they come from."""
        if p.kind == "person" and p.ref in self.index.kb.people:
            # (a person's posts, whose words the passage is found by: "Chair of the … Committee")
            posts = ". ".join(f"{r.title}. {r.organisation or ''}" for r in self.index.kb.people[p.ref].roles)
            return f"{p.text} {p.cited.quote} {posts}"
        if p.kind not in _MEETING_KINDS:
            return f"{p.text} {p.cited.quote}"
        ids = self.index.by_entity.get(("meeting", p.ref), ())
        passages = [self.index.passages[n] for n in ids] or [p]
        return " ".join(f"{q.text} {q.cited.quote}" for q in passages)

    @staticmethod
    def _says_exclusively(query: Query, text: str) -> bool:
        """Whether the record says "only" (or the like) of what the claim says it of: a word of the claim
        within the few words after it ("announced only on the day" says nothing of whom he met)."""
        claim = set(query.keywords) | {stem(w) for m in query.mentions for w in query.words[m.start:m.end]}
        for found in EXCLUSIVE.finditer(text.lower()):
            after = {stem(w) for w in tokens(text[found.end():found.end() + 60])[:5]}
            if after & claim:
                return True
        return False

    @staticmethod
    def _names_cut_short(query: Query, record: str) -> list[str]:
        """"chair of the african union" (as typed, in lower case) against a record of the "African Union Development
        Agency": the start of a longer proper name the record writes, said as a whole name; each such start."""
        asked = " ".join(query.words)
        cut = []
        for name in _PROPER_RUN.findall(record):
            words = name.split()
            if any(w.lower() in TITLE_WORDS for w in words):
                continue  # ("Foreign Minister Hayashi": a post before a name)
            for n in range(len(words) - 1, 1, -1):
                start = " ".join(words[:n]).lower()
                said = [m.end() for m in re.finditer(rf"\b{re.escape(start)}\b", record, re.IGNORECASE)]
                if re.search(rf"\b{re.escape(start)}\b", asked) and not re.search(
                        rf"\b{re.escape(start)} {re.escape(words[n].lower())}\b", asked) \
                        and all(_NEXT_CAPITAL.match(record, end) for end in said):
                    # (the record writes those words only as the start of the longer name)
                    cut.append(" ".join(words[:n]))
                    break
        return cut

    def unconfirmed_words(self, query: Query, p: Passage) -> list[str]:
        """The words of a yes/no claim that the passage does not contain, synonyms allowed: a "yes" needs
        them all ("was it a response to an earthquake?" is not confirmed by a record of other causes)."""
        stems = (self.record_stems(p) if p.kind in _MEETING_KINDS else p.stems) | self._kind_stems(p)
        missing = []
        exclusive = EXCLUSIVE.search(query.raw.lower())
        if exclusive and not self._says_exclusively(query, self.record_text(p)):
            # "Were the agreements all about IT?", "did he only meet the president?": a record that
            # names IT or the president does not say it was nothing else.
            missing.append(exclusive.group(0))
        # "Chair of the African Union" (or "… african union") against a record of the African Union Development
        # Agency: a name the record writes only as the start of a longer name is another name
        cut_short = dict.fromkeys(self._names_cut_short(query, self.record_text(p)))
        missing += [cut for cut in cut_short if cut not in missing]
        first = _FIRST_OF_CLASS.search(query.raw.lower())
        said_first = _FIRST_BY.search(self.record_text(p).lower()) if first is not None else None
        if first is not None and said_first is not None \
                and not re.search(rf"\b{first.group('noun')}", said_first.group("cls")):
            # "was he the first Japanese official there since …?" of "the first visit by a Japanese foreign
            # minister since …": a first among foreign ministers is none among all officials
            missing.append(first.group(0))
        relation = _RELATION.search(query.raw.lower()) if not EVER_BEFORE.match(query.raw.lower()) else None
        if relation and not SAID_ORDER[relation.group(2) in _AFTER].search(self.record_text(p).lower()):
            # "Was the trip announced well before he arrived?": a record that says when, not that it was before.
            missing.append(relation.group(0))
        framing = {stem(m.group(1)) for m in _LIGHT_VERB_PHRASE.finditer(query.raw.lower())}
        # ("has Kishida himself been there?", "was she new at that point?": a stress, and the time discussed)
        framing |= {stem(m.group(1)) for m in _TIME_POINTED.finditer(query.raw.lower())}
        framing |= {stem(m.group(1)) for m in _EXPRESSED.finditer(query.raw.lower())}
        framing |= {stem(m.group(1)) for m in _DESCRIBED_AS.finditer(query.raw.lower())}
        framing |= {stem(m.group(1)) for m in _SAID_NOW.finditer(query.raw.lower())}
        framing |= {stem(m.group(1)) for m in _DETAIL_CHECKED.finditer(query.raw.lower())}
        # ("does the program cover the years 2023 to 2025?": the years are the figures claimed, no word to hold)
        framing |= {stem(m.group(1) or m.group(2)) for m in _YEARS_NAMED.finditer(query.raw.lower())}
        ended = self.index.kb.meetings.get(p.ref) if query.clocks and p.kind in _MEETING_KINDS \
            and ENDED_ASKED.search(query.raw.lower()) else None
        if ended is not None and began_at(ended, query.clocks, query.japan_time, ended=True):
            # "so it ended around 3:10?": an end its record's start and length give is no word it must write
            framing |= {stem(w) for w in ENDED_ASKED.findall(query.raw.lower())}
        if _ORDINAL_TIME.search(query.raw.lower()):
            framing.add(stem("time"))  # "was that the first time a Japanese FM went there?": an order, no time
        claimed = claimed_figures(query.raw)
        if any(counted.startswith(_MINUTES) for _, _, counted in claimed):
            framing |= _SPAN_VERBS  # "it lasted about 30 minutes": the figure is the claim, "lasted" its verb
        if any(relation in ("gt", "lt") for _, relation, _ in claimed):
            framing |= COMPARED_BOUND_WORDS  # "longer than 20 minutes": the figure's bound, weighed as a figure
        meeting = self.index.kb.meetings.get(p.ref) if p.kind in _MEETING_KINDS else None
        if meeting is not None and meeting.partner_side:
            framing |= _COUNTERPART  # ("did he meet an Aurelian counterpart?": the record's partner side)
        for word, k in zip(plain_words(query), query.keywords, strict=False):
            if k in framing:
                continue  # "help Rwanda deal with COVID-19": the deal is no agreement
            if k in _LIGHT or k in CLAIM_FRAME or k in FIGURE_WORDS or _NUMERAL.fullmatch(k) or k in stems or any(
                    s in stems for s in SYNONYMS.get(k, ())) or _slip_of_one(word, stems):
                continue
            missing.append(word)
        return missing

    def unreported_events(self, query: Query, p: Passage) -> list[EventKind]:
        """The kinds of event the question asks about that the record of `p` does not report."""
        stems = self.record_stems(p)
        return [kind for kind in events_asked(query.words) if not reported(kind, stems)
                and not self._reported_by_fields(kind, p)]

    def _reported_by_fields(self, kind: EventKind, p: Passage) -> bool:
        """Events a record reports by its fields, whatever its words: a meeting's outcomes are what it
        agreed; a pledge with the person who announced it was announced."""
        kb = self.index.kb
        if kind is AGREEMENT:
            meeting = kb.meetings.get(p.ref) if p.kind in _MEETING_KINDS else None
            return meeting is not None and bool(meeting.outcomes)
        if kind is ANNOUNCEMENT:
            pledge = kb.pledges.get(p.ref) if p.kind == "pledge" else None
            return pledge is not None and pledge.announced_by is not None
        return False

    def unfit_event(self, query: Query, p: Passage, note: str | None = None) -> str | None:
        """Why the record of `p` cannot give the detail asked of the event the question names, or None:
        a meeting does not date an appointment it mentions, and who signed is not who attended."""
        asked = events_asked(query.words)
        if query.intent in ("when", "time"):
            apart = self.dated_apart(query, p)
            if apart:
                return apart
            undated = self.undated_by_note(query, note)
            if undated:
                return undated
        if query.intent == "who" and p.kind not in _MEETING_KINDS and WHO_TOOK_PART.match(query.raw.lower()) \
                and not any(kind == "person" for kind, _ in p.entities | p.mentioned):
            # "who attended from Tajikistan?" of a fact naming the country and no one: not who was there
            return "The records found name no one who took part."
        if query.intent == "who" and asked and not self._other_verb_asked(query, asked):
            kinds = [e for e in asked if e is not TRAVEL]
            # Who attended a meeting is not who signed at it: only a sentence reporting the event and
            # naming someone says who took part in it.
            if kinds and (p.kind == "meeting" or not all(self.agent_named(e, p) for e in kinds)):
                return f"The records do not say who took part in the {kinds[0].name}."
        return None

    @staticmethod
    def undated_by_note(query: Query, note: str | None) -> str | None:
        """"When did she become foreign minister?" of a record whose note says "the appointment date is not
        given": what to say; None when the note leaves the date asked undated or the question asks no date."""
        undated = _UNDATED.search(note or "") if query.intent in ("when", "time") else None
        what = (undated.group(1) or undated.group(2) or "").lower() if undated else ""
        if undated and (any(e.words & {stem(what)} for e in (*events_asked(query.words), TRAVEL))
                        or stem(what) in query.keywords):
            return f"The source gives no date for that. Note: {note}"
        return None

    @staticmethod
    def dated_apart(query: Query, p: Passage) -> str | None:
        """"When did she become foreign minister?" of a meeting's record, in a conversation or not: a
        meeting does not date an event that does not take place at meetings (an appointment it mentions)."""
        if query.intent not in ("when", "time") or p.kind not in (*_MEETING_KINDS, "fact"):
            return None
        # (a fact dates what it reports: "Kamikawa held the G7 meeting on 18 September" no appointment of hers)
        apart = [e for e in events_asked(query.words) if not e.at_meetings
                 and (p.kind != "fact" or not reported(e, p.stems))]
        return f"The records give no date for the {apart[0].name}." if apart else None

    def claimed_agent(self, query: Query) -> tuple[str, frozenset[str]] | None:
        """"Did Kuleba chair the G7 meeting?": the person the claim says did something, and the stems of
        what they did (the verb and its synonyms); None when the claim is not of that shape."""
        words = query.words
        after = 0
        if len(words) > 3 and words[0] in ("was", "is") and words[1] == "it":
            # "was it (PM) Shmyhal who agreed ...?": the one named after "it", the verb after "who"
            claimant = next((m for m in query.mentions if m.kind == "person" and 2 <= m.start <= 4), None)
            if claimant is None or words[claimant.end:claimant.end + 1] not in (("who",), ("that",)):
                return None
            if any(m.start == claimant.end + 1 for m in query.mentions):
                return None  # "was it Kishida that Kagame met?": Kagame did the meeting, not Kishida
            after = 1
        else:
            claimant = next((m for m in query.mentions if m.kind == "person" and m.start == 1), None)
            if claimant is None and query.subject is not None and words[1:2] in (("he",), ("she",)):
                # "did he personally sign them?": the one the pronoun stands for
                claimant = Mention("person", query.subject, 1, 2, 100.0, 1.0)
            if claimant is None or words[0] not in _CLAIM_OPENERS:
                return None
        if claimant.end + after >= len(words):
            return None
        deed = _deed(words[claimant.end + after])
        return (claimant.id, deed) if deed is not None else None  # ("did A and B agree …": no one subject)

    @staticmethod
    def asked_agent(query: Query) -> tuple[str, frozenset[str]] | None:
        """"Which agreement did Kozuki sign?": the person a question for a thing says did something to it, and
        the stems of the deed; None when it is not of that shape."""
        words = query.words
        if not words or words[0] not in ("what", "which"):
            return None
        doer = next((m for m in query.mentions if m.kind == "person" and 2 <= m.start <= 5
                     and words[m.start - 1] in _CLAIM_OPENERS), None)
        if doer is None or doer.end >= len(words) or any(w in _CLAIM_OPENERS for w in words[1:doer.start - 1]):
            return None
        deed = _deed(words[doer.end])
        return (doer.id, deed) if deed is not None else None

    @staticmethod
    def one_agent(verbs: frozenset[str]) -> bool:
        """Whether what the verbs say is done by one person only (a meeting has one chair, one host)."""
        return bool(verbs & _ONE_AGENT)

    def agents(self, verbs: frozenset[str], p: Passage) -> set[str]:
        """The people a passage names as doing what `verbs` say ("Kamikawa held …", "Zelenskyy expressed his
        gratitude")."""
        words = tokens(p.text)
        people = [m for m in self.index.names.find(words, fuzzy=False) if m.kind == "person"]
        text = fold(p.text).lower()
        return {m.id for i, word in enumerate(words) if stem(word) in verbs
                for m in people if 0 <= i - m.end <= _AGENT_GAP and _subject_of(text, words[m.end - 1], word)}

    def agent_named(self, kind: EventKind, p: Passage) -> bool:
        """Whether the passage names who did the event: a person just before its word ("Kozuki
        signed"), after "by" ("signed by Kozuki"), or a group it was done with ("sent with other
        members of the National Diet")."""
        words = tokens(p.text)
        people = [m for m in self.index.names.find(words, fuzzy=False) if m.kind == "person"]
        for i, word in enumerate(words):
            if stem(word) not in kind.words:
                continue
            if any(0 <= i - m.end <= _AGENT_GAP for m in people):
                return True
            if "by" in words[i + 1:i + 3] and any(0 < m.start - i <= _AGENT_GAP + 1 for m in people):
                return True
            after = words[i + 1:i + 1 + _AGENT_GAP + 2]
            if "with" in after and any(w in _GROUP_NOUNS for w in after[after.index("with") + 1:]):
                return True
        return False

    @staticmethod
    def _other_verb_asked(query: Query, asked: list[EventKind]) -> bool:
        """"Who tweeted about the agreements they signed?": the verb right after "who" is what is asked;
        an event named later only describes what was tweeted about."""
        words = query.words
        if len(words) < 2 or words[0] != "who" or words[1] in _AUXILIARIES:
            return False
        if words[1] in _HELPED and any(stem(w) in e.words for w in words[2:5] for e in asked):
            return False  # "who helped her send the generators?": the deed helped with is what is asked
        return not any(stem(words[1]) in e.words for e in asked)

    def unnamed_phrase(self, query: Query, p: Passage) -> str | None:
        """"As governor of the Bank of Japan" of a record of the Central Bank of Rwanda: a proper name of
        several words the question gives, that is no name the records hold and that the record does not
        write, makes it about something else."""
        phrases = list(_NAMED_PHRASE.finditer(query.raw))
        if not phrases:
            return None  # most questions name no institution: no record text to read
        record = fold(self.record_text(p)).lower()
        named = {i for m in query.mentions for i in range(m.start, m.end)}
        for found in phrases:
            phrase = found.group(0)
            if found.start() == 0 or any(w.lower() in TITLE_WORDS for w in phrase.split()) \
                    or len(re.findall(r"\b[A-Z]", phrase)) < 2:
                continue
            if fold(phrase).lower() in record:
                continue
            words = [w.lower() for w in re.findall(r"[A-Za-z]+", phrase) if w[0].isupper()]
            if words and all(any(query.words[i] == w for i in named) for w in words):
                continue  # every word of it belongs to names the records hold ("Kamikawa Yoko")
            return f"The records say nothing of the {phrase}."
        return None

    def embassy_elsewhere(self, query: Query, p: Passage) -> str | None:
        """"Japan's embassy in Uzbekistan" of a record of Uzbekistan's embassy in Tokyo: an embassy is in the
        country its record places it in, whoever's it is."""
        words = query.words
        said = sum(w.startswith("embass") for w in words)
        # "and in Uzbekistan?" after a question about an embassy: the embassy is the question's topic still
        carried = said == 0 and any(k.startswith("embass") for k in query.keywords)
        if not said and not carried:
            return None
        located = [m for m in query.mentions if m.kind in ("country", "place") and m.start >= 1
                   and words[m.start - 1] == "in"
                   and (carried or any(w.startswith("embass") for w in words[max(0, m.start - 5):m.start]))]
        # "When did Tokyo get an Uzbek embassy?": the place that got one is where it is
        located += [m for m in query.mentions if m.kind in ("country", "place") and m.end < len(words)
                    and words[m.end] in _GOT and any(w.startswith("embass") for w in words[m.end + 1:m.end + 5])]
        placed = _EMBASSY_IN.search(p.text)
        if len(located) != 1 or placed is None or said > 1:
            return None  # two embassies asked about, or a region ("in Central Asia"): each record may fit
        asked = located[0]
        found = self.index.names.find(tokens(placed.group(1)), fuzzy=False)
        where = next((m for m in found if m.kind in ("country", "place")), None)
        if where is None:
            return None
        country = self._country_of(where.kind, where.id)
        if country is None or country == self._country_of(asked.kind, asked.id):
            return None
        return (f"The embassy the records hold there is in {placed.group(1)}, not in "
                f"{self.index.entity_name((asked.kind, asked.id))}.")

    def embassy_of_another(self, query: Query, p: Passage) -> bool:
        """"Which countries did Japan open embassies in?" of a record of Uzbekistan's embassy in Tokyo: an
        embassy is the country's its record names, wherever it is."""
        words = query.words
        if not any(w.startswith("embass") for w in words):
            return False
        # (the country that opens it, or whose it is said to be: "Japanese embassies", "Japan's embassy")
        opener = next((m for m in query.mentions if m.kind == "country" and m.end < len(words)
                       and (words[m.end] in _OPENS or words[m.end].startswith("embass")
                            or words[m.end] == "s" and m.end + 1 < len(words) and words[m.end + 1].startswith(
                                "embass"))), None)
        owned = _EMBASSY_OF.search(p.text)
        if opener is None or owned is None:
            return False
        found = self.index.names.find(tokens(owned.group(1) or owned.group(2)), fuzzy=False)
        owner = next((m.id for m in found if m.kind == "country"), None)
        return owner is not None and owner != opener.id

    def _country_of(self, kind: str, ident: str) -> str | None:
        if kind == "country":
            return ident
        place = self.index.kb.places.get(ident)
        return place.country if place else None

    def other_edition(self, query: Query, p: Passage) -> str | None:
        """"The 10th Central Asia plus Japan meeting" of a record of the ninth: another event. None when
        the question names no edition or the record's is the one named."""
        asked_editions = editions(query.raw)
        if not asked_editions:
            return None
        held = editions(self.record_text(p))
        if not held:
            return "The records do not say which edition it was."
        if asked_editions & held:
            return None
        shown = ", ".join(_ORDINAL_NAMES.get(n, f"{n}th") for n in sorted(held))
        return f"The records hold the {shown}, not the one asked about."

    def unfit_detail(self, query: Query, p: Passage) -> str | None:
        """Why `p` does not hold the kind of detail asked (an amount of money, a named organisation), or None."""
        other_edition = self.other_edition(query, p)
        if other_edition is not None:
            return other_edition
        if query.intent == "who" and _WHICH_PEOPLE.match(query.raw.lower()):
            # "Which G7 foreign ministers took part in the meeting Kamikawa held?": a record naming no one
            # but those the question names does not say
            asked_of = {m.id for m in query.mentions if m.kind == "person"}
            people = {key for kind, key in p.entities | p.mentioned if kind == "person"} - asked_of
            if not people:
                kb = self.index.kb
                only = " and ".join(sorted(kb.people[x].name for x in asked_of if x in kb.people))
                return "The records name no one else there" + (
                    f": the record names only {only}, and does not name the others." if only else ".")
        if query.intent == "who" and _WHO_IS_THE.match(query.raw.lower()) and not any(
                kind == "person" for kind, _ in p.entities | p.mentioned):
            # "who was the Japanese banker back then?": a record that names no one is no answer
            return "The records found name no one of that kind."
        if _MONEY.search(query.raw.lower()):
            unit = f"{p.quantity.unit} {p.quantity.text}" if p.quantity is not None else ""
            if not _CURRENCY.search(f"{unit} {p.text}".lower()):
                return "The records give no amount of money for that."
        amount = f"{p.quantity.unit} {p.quantity.text}".lower() if p.quantity is not None else p.text.lower()
        unit_stems = set(content_stems(p.quantity.unit)) if p.quantity is not None else set()
        if query.intent == "quantity" and (
                # ("One Village One Product": a number word inside a name, capitalised, counts nothing)
                p.quantity is None and not claimed_figures(p.text) and not _NUMBER_WORD.search(p.text[:1].lower()
                                                                                              + p.text[1:])
                or _HOW_MUCH.search(query.raw.lower()) and not _CURRENCY.search(amount)
                and not unit_stems & set(query.keywords)):
            # "How much did Japan give Rwanda for COVID?" of a record of equipment with no amount ("all four
            # provinces" counts places, not what was given)
            return "The records give no figure for that."
        if query.intent == "quantity" and self._only_time_counted(query, p):
            # "what was the amount of the emergency grant aid?" of a meeting whose record tells of the aid and
            # gives a figure of something else ("for about 30 minutes"); "how much money was it?" of 30 years of help
            return "The records give no figure for that."
        if query.intent == "quantity":
            given = figures(query.raw)
            found = figures(p.text) | ({p.quantity.value} if p.quantity is not None else set())
            if given and found and found <= given:
                # "How many of the 14 agreements dealt with medicine?": 14 is what the question gives.
                return "The records give no figure for that part of it."
        if query.intent == "quantity" and query.dates is not None and p.kind in _MEETING_KINDS:
            # A figure a meeting recounts is not dated by the meeting ("generators sent in 2023").
            return "The records give no figure dated then."
        group = _GROUP_ASKED.search(query.raw.lower())
        if group is not None:
            # "Which Diet colleagues helped her?", "which company will build them?": the record must name one.
            kinds = {"person"} if group.group("noun").rstrip("s") in _PEOPLE_GROUPS else {"term"}
            asked_about = {(m.kind, m.id) for m in query.mentions}
            in_text = {(m.kind, m.id) for m in self.index.names.find(tokens(p.text), fuzzy=False)}
            fits = [(kind, key) for kind, key in in_text if kind in kinds and (kind, key) not in asked_about
                    and (kind == "person" or self._kind_of((kind, key)) == stem("organisation")
                         and self._of_trade(group.group("noun"), key))]
            if not fits:
                return f"The records name no {group.group('noun')} for that."
        asked = self._kind_asked(query)
        if asked is not None:
            word, kind = asked
            named = p.entities | p.mentioned | {(m.kind, m.id) for m in
                                                self.index.names.find(tokens(p.text), fuzzy=False)}
            if not any(self._kind_of(e) == kind for e in named):
                return f"The records name no {word} for that."
        return None

    @staticmethod
    def _only_time_counted(query: Query, p: Passage) -> bool:
        """Whether every figure a record gives counts time (years, minutes) while the question counts something
        else: "what was the amount of the aid?" of a meeting "for about 30 minutes" on "the past 30 years"."""
        if {stem(w) for w in query.words} & (_TIME_UNITS | _TIME_ASKED):
            return False
        counted = [stem(p.quantity.unit.split()[0]) if p.quantity.unit else ""] if p.quantity is not None else [
            c[2].split()[0] if c[2] else "" for c in claimed_figures(p.text)]
        return bool(counted) and all(unit in _TIME_UNITS for unit in counted)

    def _kind_asked(self, query: Query) -> tuple[str, str] | None:
        """"Which international organisations ...": the kind of named thing a which/what-question asks
        for, when the knowledge base holds named things of that kind."""
        words = list(query.words)
        kinds = self.named_kinds
        for start, word in enumerate(words[:3]):
            if word in ("which", "what"):
                return next(((w, stem(w)) for w in words[start + 1:start + 5] if stem(w) in kinds), None)
        return None

    @cached_property
    def named_kinds(self) -> frozenset[str]:
        """Stems of the kinds of named things the knowledge base holds (organisation, programme), once."""
        return self._named_kinds()

    def _named_kinds(self) -> frozenset[str]:
        """Stems of the kinds of named things the knowledge base holds (organisation, city, programme)."""
        # Places are named by the records' texts more often than they are entries of their own
        # ("the Indo-Pacific"), so only kinds of terms (organisation, programme, document) count.
        return frozenset(stem(t.kind.split()[-1]) for t in self.index.kb.terms.values())

    def _of_trade(self, noun: str, term_id: str) -> bool:
        """Whether the organisation `term_id` is of the kind a "which company …?" asks for: a business, by its own
        name or description ("Which company …?" is not answered with a ministry)."""
        if not _BUSINESS_ASKED.fullmatch(noun):
            return True
        term = self.index.kb.terms[term_id]
        return bool(_BUSINESS.search(f"{term.name} {' '.join(term.aliases)} {term.definition}".lower()))

    def _kind_of(self, entity: tuple[str, str]) -> str | None:
        kind, key = entity
        record = self.index.kb.terms.get(key) if kind == "term" else None
        return stem(record.kind.split()[-1]) if record is not None else None

    def travels(self, query: Query, context: tuple[str, ...] = ()) -> list[tuple[set[tuple[str, str]],
                                                                                 set[tuple[str, str]]]]:
        """The journeys a question names: (who travelled, where to), each as the entities read there.
        `context` holds the people a follow-up's "he" or "she" refers to."""
        text = " ".join(query.words)
        if ASKED_TO_GO.search(text):
            return []  # "did A invite B to visit Kyiv?": an invitation, no journey claimed to have been made
        found = []
        for rule in TRAVEL_RULES:
            for match in rule.pattern.finditer(text):
                who = _entities_in(query, text, match.start("who"), match.end("who"))
                # ("when was his trip to Y?": the possessive of the one rule that is of someone's journey by its noun,
                # after the question's own words only: "who reported his visit in Y" may be anyone's)
                pronouns = _PRONOUN if rule.name in ("X's visit to Y", "X's Y trip") and set(
                    match.group("who").split()[:-1]) <= _QUESTION_LEAD else _SUBJECT_PRONOUN
                said = pronouns.search(match.group("who")) if not who else None
                own = self._own_subject(query, text, match.start(), _AS_SUBJECT.get(said.group(1), said.group(1))) \
                    if said is not None else set()
                if rule.name == "X's Y trip" and said is not None:
                    # ("what did A do on her Kyiv trip?": "her" is the one person the question names, if it names one)
                    named = {("person", m.id) for m in query.mentions if m.kind == "person"}
                    own = own & named if len(named) == 1 else set()
                pronoun = pronouns.search(match.group("who")) if not who and not own and context else None
                if own and (to := _entities_in(query, text, match.start("to"), match.end("to"))) \
                        and to[0][0] in ("country", "place"):
                    # "who did A meet when he travelled to Y?": "he" is the question's own subject
                    found.append((own, {to[0]}))
                    continue
                if pronoun is not None:
                    # ("did she go to Kyiv?" after A and B: the one of them the records call "she")
                    word = _AS_SUBJECT.get(pronoun.group(1), pronoun.group(1))
                    called = [p for p in context if (person := self.index.kb.people.get(p)) is None
                              or person.pronoun is None or person.pronoun.word == word]
                    who = [("person", (called or list(context))[0])]
                to = _entities_in(query, text, match.start("to"), match.end("to"))
                holders = self._holders(query, match.group("who"), context) if not who else set()
                if holders and to and to[0][0] in ("country", "place"):
                    # "did the foreign minister come to Zembla?": whoever held the post (of those the
                    # conversation is about, when any of them did)
                    found.append((holders, {to[0]}))
                    continue
                if rule.name == _PRESENCE and not (len(who) == 1 and who[0][0] == "person" and _whole_name(
                        query, match.group("who"))):
                    continue  # "was Japan's embassy in Kigali …": no one was anywhere
                if any(kind == "person" for kind, _ in to):
                    continue  # "what did X say about Japan during Hayashi's visit": Hayashi's trip, not X's
                said_last = len(text[:match.end("who")].split())
                after_country = [m.end for m in query.mentions if m.kind == "country" and who[-1:] == [(m.kind, m.id)]
                                 and m.end < said_last]
                if after_country and set(query.words[after_country[-1]:said_last]) & _THINGS_SENT:
                    continue  # ("japanese covid aid went to kigali": a thing of the country's that went, no journey)
                if who and to and to[0][0] in ("country", "place") and who[-1][0] in ("person", "country"):
                    found.append(({who[-1]}, {to[0]}))
        return found

    def _own_subject(self, query: Query, text: str, end: int, word: str) -> set[tuple[str, str]]:
        """Whom the `word` "he" or "she" at `end` of the question means when the question named them before it: the
        last person named ("what did A say when she went to Y?"), else every holder of the post it names
        ("who did Japan's foreign minister meet when he travelled to Y?", of the country named with it)."""
        before = _entities_in(query, text, 0, max(end - 1, 0))
        people = [e for e in before if e[0] == "person"]
        if people:
            return {people[-1]}
        if query.role is None or not any(w in TITLE_WORDS for w in text[:end].split()):
            return set()
        countries = {key for kind, key in before if kind == "country"}
        return {("person", person.id) for person, _ in self.index.roles_of(query.role)
                if (not countries or person.country in countries)
                and (person.pronoun is None or person.pronoun.word == word)}

    def _holders(self, query: Query, who: str, context: tuple[str, ...]) -> set[tuple[str, str]]:
        """The people a post named as the traveller ("the foreign minister") may be: every holder of the post
        the question reads, or those of them the conversation is about."""
        if query.intent != "yes_no" or query.role is None or who.split()[-1] not in TITLE_WORDS:
            return set()  # (the post must be who is claimed to have gone: "did the foreign minister go …")
        holders = {("person", person.id) for person, _ in self.index.roles_of(query.role)}
        meant = {("person", key) for key in context} & holders
        return meant or holders

    def went_there(self, meeting_id: str, who: set[tuple[str, str]], to: set[tuple[str, str]], *,
                   stops: bool = True) -> bool:
        """Whether a meeting shows `who` travelling to `to`: held there, with them taking part and
        not at home there. A trip went to every place it names, unless `stops` is off (the trip's date is
        not the day of each of its stops)."""
        kb = self.index.kb
        m = kb.meetings.get(meeting_id)
        if m is None:
            return False
        held = {("country", c) for c in ([m.country] if m.country else [])}
        if m.place and m.place in kb.places:
            held |= {("place", m.place), ("country", kb.places[m.place].country)}
        trip = kb.trips.get(meeting_id) if stops else None
        if trip is not None:
            # a trip went to every place it names ("to Kyiv and the Bucha memorial")
            held |= {("place", p) for p in trip.places if p in kb.places}
        if not m.place:
            # A trip recorded without one place names where it went in its title ("visit to Carpania
            # (Ostra and Mirny)").
            titled = self.index.names.find(tokens(m.title), fuzzy=False)
            held |= {("place", x.id) for x in titled if x.kind == "place"}
        if not held & to:
            return False
        if all(kind == "person" for kind, _ in who):
            # (any of the people: one named, or the holders of a post)
            return any(key in m.participants and (person := kb.people.get(key)) is not None
                       and ("country", person.country) not in held for _, key in who)
        kind, key = min(who)
        return ("country", key) not in held


#: Two or more capitalised words in a row: a proper name as a claim writes it; and a name going on.
_NEXT_CAPITAL = re.compile(r" [A-Z][a-z]")
#: Three or more capitalised words in a row: a proper name the start of which may be claimed as a name of its own.
_PROPER_RUN = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){2,}\b")
#: The proper name of an institution, of several words ("Bank of Japan", "World Bank", "African Union").
_NAMED_PHRASE = re.compile(r"\b(?:[A-Z][a-z]+ (?:(?:of|of the|for) )?)*?(?:Bank|Union|Fund|Agency"
                           r"|Organi[sz]ation|Council|Committee|Commission|Institute|University|Corporation|Association"
                           r"|Ministry)"
                           r"(?:(?: of| of the| for) [A-Z][a-z]+)*\b")
#: A claim that one thing came before or after another ("announced well before he arrived").
_RELATION = re.compile(r"\b((?:(?:several|a few|a couple of|many) )?(?:well|long|shortly|just|days|weeks|months|hours)"
                       r" )?(before|after|ahead of (?:time|schedule)"
                       r"|ahead(?: of)?|in advance"
                       r"|prior to|beforehand|afterwards|later than|earlier than)\b")
_AFTER = frozenset({"after", "afterwards", "later than"})
#: "the first Japanese official …": a first claimed among a class of people, by its noun.
_FIRST_OF_CLASS = re.compile(r"\bfirst (?:[a-z-]+ ){0,2}?(?P<noun>official|minister|leader|diplomat|representative"
                             r"|envoy|president|politician|head|person|member)s?\b")
#: "the first visit by a Japanese foreign minister since …": the class a record says the first was among.
_FIRST_BY = re.compile(r"\bfirst\b[^.;]{0,40}?\bby (?:a |an |the )?(?P<cls>[^.;,]+?)(?= since\b| after\b|[.;,]|$)")
#: "at that point", "that week": the time the conversation is at, no thing a record must say ("the same day" is
#: a claim).
#: "is that date right?", "is the figure correct?": the detail a claim gives, asked to be checked; no word of its own.
_DETAIL_CHECKED = re.compile(r"\b(?:that|this|the|my|our) (date|day|time|place|venue|location|name|figure|number|year"
                             r"|month|spelling|title|amount|length)s? (?:right|correct|accurate|true|ok|okay)\b")
#: Things a country sends, which "went to" a place without anyone travelling ("Japan's aid went to Kigali").
_THINGS_SENT = frozenset("""aid assistance support equipment supplies funds funding money grant grants donation
    donations goods help loan loans vaccines shipment shipments cargo""".split())
#: "the years 2023 to 2025", "the previous year": years a claim names as its figures, no words a record must hold.
_YEARS_NAMED = re.compile(r"\b(years?|period)\s+(?:from\s+|of\s+)?(?:19|20)\d\d\b"
                          # ("… the previous year?": a year told from the date of what was said, a date, no word)
                          r"|\b(previous|preceding|prior) (?:year|month|week)\b")
_TIME_POINTED = re.compile(r"\b(?:that|this) (point|week|moment|stage|time)\b")


def claimed_order(text: str) -> tuple[bool, str] | None:
    """The one order a claim states, True for after and False for before, with what it is before or
    after ("signed after the talks?" → (True, "the talks")); None when it states none, or several."""
    found = list(_RELATION.finditer(text.lower()))
    if len(found) != 1:
        return None
    return found[0].group(2) in _AFTER, text.lower()[found[0].end():]


#: How a record says something came before or after what follows ("prior to the meeting", "before his talks").
_SAID_RELATION = re.compile(r"\b(?:(before|prior to|ahead of|earlier than)|(after|following|later than))\b")


def order_said(text: str) -> list[tuple[bool, str]]:
    """Each order a record's text states, True for after, with what follows the word (up to eight words)."""
    lowered = text.lower()
    return [(m.group(2) is not None, " ".join(lowered[m.end():].split()[:8])) for m in _SAID_RELATION.finditer(lowered)]
#: How a record says that something came before (False) or after (True).
SAID_ORDER = {False: re.compile(r"\b(before|prior|ahead|advance|beforehand|earlier|previously)\b"),
            True: re.compile(r"\b(after|afterwards|later|following|subsequently)\b")}


def plain_words(query: Query) -> list[str]:
    """The question's words behind its keyword stems, in the same order (a stem where none is found)."""
    by_stem: dict[str, str] = {}
    for w in query.words:
        by_stem.setdefault(stem(w), w)
    return [by_stem.get(k, k) for k in query.keywords]


def _entities_in(query: Query, text: str, start: int, end: int) -> list[tuple[str, str]]:
    """The entities the question's reading found within the character span of `text`."""
    first = text[:start].count(" ")
    last = first + text[start:end].count(" ")
    return [(m.kind, m.id) for m in query.mentions if first <= m.start <= last]
