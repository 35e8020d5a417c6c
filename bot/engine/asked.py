"""What a question asks for, and whether the records can say it.

Finding the right record is not enough: "When will the cranes be delivered?" finds the pledge of
the cranes, but the pledge says nothing of a delivery date; "What is the population of Kyiv?" finds
Kyiv, but no record gives a population. These checks compare the detail asked for with what the
record holds, so the engine abstains instead of answering a different question.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

from bot.engine import lexicon as lx
from bot.engine import thresholds, when
from bot.engine.chatter import CHAT_WORDS
from bot.engine.events import EVENT_KINDS, NUMBER_WORDS, reported_as_asked
from bot.engine.index import KnowledgeIndex, Passage
from bot.engine.query import SYNONYMS, TIME_GAP, Query, expand_shorthand
from bot.engine.retrieval import REASON_PHRASES
from bot.engine.text import STOPWORDS, content_stems, fold, stem, tokens

#: "near the border with Tajikistan", "in all four provinces": a place a record gives in words, not by a name held.
_LOCATED = re.compile(r"\b(?:near|along|around|at|in) (?:the |all |[\w'’-]+['’]s )?(?:[\w-]+ ){0,2}?"
                      r"(?:border|borders|frontier|region|regions|province|provinces|oblast|oblasts)\b", re.IGNORECASE)
#: Measures of people and places that no diplomatic record gives ("how old is he?").
_MEASURE = re.compile(r"\bhow (old|tall|high|far(?! back)|deep|heavy|populous|wide|hot|cold|rich|big is|large is)\b")
#: "how big was his delegation?", "the size of the Japanese entourage": the size of a group that went with someone.
#: (how many people were in it is a count, which the people the records name answer in part: asked by its own rule)
_GROUP_SIZED = re.compile(r"\bhow (?:big|large)\b[^?]*?\b(?P<group>delegation|entourage"
                          r"|retinue)s?\b|\bsize of (?:the |his |her |their |its )?(?:[a-z]+ )?(?P<of>delegation"
                          r"|entourage|retinue)s?\b")
#: "what is the population of Kyiv", "what was the weather like": the noun names the detail asked.
_ATTRIBUTE = re.compile(r"\b(?:what|which|how much)(?: is| was| are| were| s|['’]s) (?:the|its|his|her|their) "
                        r"((?:[a-z]+ ){0,2}?)([a-z]+) (?:of|in|like|for|at|on|that|to|between|with)\b")
#: "the first round of negotiations", "the second phase of the program", "first round of the talks, what date?": a
#: numbered part of something.
_NUMBERED_PART = re.compile(r"(?:\bthe |^\W*)(first|second|third|fourth|fifth|next|final) (rounds?|phases?|stages?"
                            r"|tranches?|instal?lments?|batch(?:es)?|waves?|legs?) of\b")
#: "the name of the statement", "the title of the report": the thing whose name is asked is the detail.
_NAME_WORDS = frozenset({"name", "title"})
_NAME_OF_THING = re.compile(r"\b(?:name|title) of (?:the|their|its|his|her|that) ([a-z]+)"
                            # (the noun alone: not "the document Japan signed", "the east African country's")
                            r"(?= (?:they|he|she|it|that|which|put|issued|released|adopted|at|from)\b|\W*$)")
#: "What is the name of the X (Japan is giving)?", "what is the X called?": a thing's own name asked.
_NAME_OF_ASKED = re.compile(r"(?:\bwhat(?:'s|’s| is| was)? |^\W*)(?:the )?(?:name|title) of (?:the|that|this) "
                            # (the thing ends where a clause about it begins: "… system Zembla is giving")
                            r"(?P<thing>[a-z -]+?)(?= (?:they|that|which|being|is|was|to|for|from)\b"
                            r"| [a-z]+ (?:is|was|are|were|has|had|gave|sent|will)\b|\W*$)"
                            r"|\bwhat (?:is|was) (?:the|that|this) (?P<thing2>[a-z -]+?) called\b")
#: Nouns that ask for an overview ("what is the story of Japan and Kyrgyzstan?"), not one detail.
_OVERVIEW = frozenset("""story history background overview summary gist relationship relations situation status
    state nature context essence point highlights details purpose reason aim goal objective result results
    outcome outcomes topic topics agenda subject focus theme significance importance date time duration
    length place location venue number amount size role position title job name names channel channels means
    way ways method methods route mechanism manner capacity form forms kind kinds sort type edition round
    session stage phase part parts side sides post posts office offices period periods span timeframe term
    portfolio portfolios brief target targets problem problems issue issues matter matters concern concerns
    challenge challenges connection connections link links tie ties""".split())
_OVERVIEW_STEMS = frozenset(stem(w) for w in _OVERVIEW) | frozenset(stem(w) for w in lx.PEOPLE_NOUNS)
_FUTURE = re.compile(r"\b(will|going to|going back|next|upcoming|future|plans? to)\b|^\W*(when|where) (is"
                     r"|are) .* going\b"
                     # "when are the cranes supposed to arrive?", "expected to wrap up"
                     r"|\b(?:supposed|expected|due|scheduled|slated) to\b")
_END = re.compile(r"\b(end|ended|finish|finished|conclude|concluded|leave|left|depart|departed|return|returned|"
                  r"step down|stepped down|resign|resigned|retire|retired|leave office|left office)\b")
#: "On which day did he fly home?", "when did he fly back from Kyiv?", "when did she leave New York?": a journey
#: back, which a meeting's end does not date.
_WENT_HOME = re.compile(r"\b(?:fly|flew|flown|go|went|gone|head|headed|travel|travelled|traveled|return|returned) "
                        r"(?:back )?home\b|\b(?:leave|left) (?!(?:(?:the|his|her|their|that|this) )?(?:office|post|job"
                        r"|position|role|seat|bank|ministry|government|cabinet|over|behind)\b)(?:the )?[a-z]{3,}\b"
                        r"|\b(?:fly|flew|flown|go|went|head|headed|travel\w*|come|came|get|got) back from\b"
                        r"|\breturn(?:ed|s|ing)? from\b")
_HOME_STATED = re.compile(r"\b(?:returned|left|departed|flew back|went home|flew home)\b")
_END_STATED = re.compile(r"\b(until|ended|concluded|finished|returned|left|departed|through|to \d)\b")
_UNDATED = re.compile(r"\b([a-z]+) (?:date|day|year|month) (?:is|was) not (?:given|stated|known|reported)\b",
                      re.IGNORECASE)
#: A note's list of what its source leaves unsaid ("the date of the announcement, the kind of aid and its
#: timing are not given").
_NOT_GIVEN = re.compile(r"([^.;]+?) (?:is|are) not (?:given|stated|specified|known)\b", re.IGNORECASE)
#: A question asking a detail, by the noun a note uses for it when it says the detail is not given.
_DETAIL_ASKED = {
    "kind": re.compile(r"\b(consists?|consisting|compris\w*|made up of|contains?|composed of|breakdown|"
                       r"(what|which) (kind|type|sort|form)s? of)\b"),
    "purpose": re.compile(r"^\W*(?:and )?(?:why|for what)\b|\bpurpose\b|\bwhat (?:is|was|are|were) (?:it|they) for\b"),
}
_LASTED = re.compile(r"\bfor (?:about |around |some |roughly |nearly )?\d+ (?:minutes|hours?)\b")
_CLOCK_STATED = re.compile(r"\b\d{1,2}(:\d\d)? ?(a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d\d\b|\bnoon\b|\bmidnight\b")
#: "upcoming events", "the next round": things a record tells of as still to come, by the noun after the word.
_AHEAD_OF = re.compile(r"\b(?:upcoming|forthcoming|future|next|planned|coming) ([a-z]{3,})\b")
_DATE_STEMS = frozenset(stem(w) for w in "date dates day days when time year month".split())
_DATE_WORDS = re.compile(r"\b(1[89]\d\d|20\d\d|january|february|march|april|may|june|july|august|september|october"
                         r"|november|december|today|tomorrow|yesterday)\b")
#: Kinds of names the knowledge base never records one by one (it has people, countries, places
#: and terms): "which companies" cannot be answered from "Japanese business representatives".
_UNNAMED = re.compile(r"\b(which|what|wat|(?:name|list|names of|identify)(?: all| each| every one of)?(?: of)?"
                      r"(?: (?:some|any|one|a few|several) of)?(?: the| some| any| a few| an?| one)(?: \d[\d,]*)?) "
                      r"([a-z]+ )?"
                      r"([a-z]+)\b")
#: "the company names", "the firms' names": the names of a kind of participant asked for.
_KIND_NAMES = re.compile(r"\b(?P<kind>[a-z]{4,}?)(?:['’]s|s['’])? names\b")
#: The kinds of participant the records count but never name ("over 200 companies"), by stem: a misspelt
#: plural ("companys") is the same kind.
_UNNAMED_KINDS = {stem(w): w for w in "companies firms businesses corporations enterprises journalists reporters "
                  "students universities schools hospitals banks".split()}
#: Words of such a kind that mostly qualify another noun ("wat business stuff", "business and investment").
_UNNAMED_SINGULAR = frozenset("business".split())


def _unnamed_kind(word: str, index: KnowledgeIndex) -> bool:
    """Whether a word is a kind the records count but never name ("which banks", "which company signed the
    most?"; not "wat business stuff", nor "which bank" when a bank has a name of its own in the records)."""
    if stem(word) not in _UNNAMED_KINDS or word in _UNNAMED_SINGULAR or word.endswith(("ed", "ing")):
        return False  # ("which embassy reported …?": a verb of the same stem as "reporters" is no kind of name)
    return word.endswith("s") or word not in _term_words(index)


@lru_cache(maxsize=8)
def _term_words(index: KnowledgeIndex) -> frozenset[str]:
    """Every word of the terms' names and other names, read once per knowledge base."""
    return frozenset(w for term in index.kb.terms.values() for name in (term.name, *term.aliases)
                     for w in fold(name).lower().split())


#: "List the titles of all 14 agreements", "what were the names of the 200 companies": each of a counted group.
_NAMES_OF_COUNTED = re.compile(r"\b(?:names?|titles?|list)(?: of)?(?: all| each)?(?: of)?(?: the| those| these)? "
                               r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
                               r"(?:[a-z-]+ )?(?P<noun>[a-z]+s)\b")
#: The thing given in "send tanks", "provide them with weapons", "give Ukraine jets".
_GIVEN_SKIPPED = (r"any|some|more|less|fewer|than|over|about|around|nearly|almost|roughly|approximately|at|least|"
                  r"most|up|to|the|them|it|with|its|their|his|her|our|a|an|this|that|these|those|january|february|"
                  r"march|april|may|june|july|august|september|october|november|december|"
                  r"dozen|dozens|hundred|hundreds|thousand|thousands|million|millions|billion|billions|"
                  # "given straight to the government": how it was given, not what
                  r"straight|directly|direct|only|just|all|also|first")
_GIVEN = re.compile(r"\b(send|sent|give|gave|given|provide|provided|supply|supplied|deliver|delivered|donate|donated|"
                    r"pledge|pledged|promise|promised|get|getting|receive|receiving)\b"
                    rf"(?: (?:{_GIVEN_SKIPPED}|[$¥€£]?\d[\d,.]*))* (?!(?:{_GIVEN_SKIPPED})\b)([a-z]{{3,}})")
#: Words after a person that say they were sent somewhere ("was Hattori sent to Rwanda?"): no thing given.
_SENT_WORDS = frozenset({"sent", "dispatched", "posted", "seconded"})
#: Offices a reader may ask about by title; the records answer only for those some person holds.
_TITLE = re.compile(r"\b(ambassador|envoy|consul|spokes(?:person|man|woman)|secretary-general|secretary general|"
                    r"chancellor|king|queen|emperor|mayor|speaker|senator|chief of staff|army chief|chief justice|"
                    r"(?P<portfolio>defen[cs]e|interior|trade|health|education|agriculture|justice|energy|finance"
                    r"|environment|transport|culture|labou?r|home affairs) (?:minister|ministry official|official"
                    r"|secretary|chief))s?\b")
#: Verbs naming an event of their own, whose date a when-question asks for.
_EVENT_VERBS = frozenset(stem(w) for w in """sign signed appoint appointed elect elected open opened establish
    established found founded launch launched announce announced deliver delivered ratify ratified resign resigned
    arrive arrived land landed depart departed inaugurate inaugurated conclude concluded adopt adopted approve approved
    ship shipped die died death born birth marry married elevate elevated upgrade upgraded raise raised""".split())
#: "appreciated the launch of …", "welcomed the signing of …": an event told as regarded at a later meeting.
_REGARDED = re.compile(r"\b(?:appreciat\w*|welcom\w*|noted|praised|hailed|commended|thanked \w+ for)"
                       r"(?: [\w'’,-]+){0,12}? the $")
_QUALIFIERS = frozenset("different distinct separate individual other new old official major big small total".split())
#: Questions asking for a judgement the records cannot hold.
_OPINION = re.compile(r"\b(in your (opinion|view)|do you think|your (opinion|view|take)|was (it|the \w+( \w+)?) "
                      r"(a )?(success|successful|failure|good|bad|wise|smart|mistake|right|wrong|worth it)"
                      r"( (move|idea|call|decision|choice|step))?|should (they|he|she|we)|who is better"
                      r"|thinks? of|you personally|personally (think|believe|feel|like)"
                      r"|personal (opinion|view|feelings?))\b")
_FUTURE_CLAIM = re.compile(r"^\W*(will|would|is .* going to|are .* going to)\b")
#: A record that answers why: the wording retrieval prefers for why-questions, or a stated aim or cause.
_REASON_GIVEN = re.compile(rf"\b({REASON_PHRASES}|capacity|occasion|for (the|its|his|her)|at the request|reason|thank|"
                           r"dedicated to|in memory of|in hono(u)?r of|commemorat\w*|"
                           r"gratitude|against|to (strengthen|support|help|promote|improve|fight|combat|address"
                           r"|counter|"
                           r"ensure|assist|protect|rebuild|restore|achieve|deepen))\b")
#: "Why that year?": a question of the date just given, which a record that says what the year (or day) was answers
#: ("1962, the year Rwanda gained independence").
WHY_THEN = re.compile(r"\bwhy (that|this|then|in that|on that) ?(year|date|day|month)?\b|\bwhy (that|this) (year|date"
                       r"|day)\b")
_DATE_EXPLAINED = re.compile(r"\b(1[89]\d\d|20\d\d), (the|a) (year|day|date|month) (when |that |in which )?\w+"
                             r"|\b(the|a) (year|day) (when|in which|that) \w+")
_LATER = re.compile(r"\bnext (year|month|week|yr|election|prime minister|president|foreign minister|pm|fm|summit"
                    r"|g20|g7|meeting|round|edition|session|forum|visit)\b|\bwill (?:host|chair|hold)\b"
                    # ("the date of the next consultation round?": a round still to come, a word or two after "next")
                    r"|\bnext (?:[a-z-]+ ){1,2}(?:round|rounds|meeting|session|edition|summit|talks|consultations)\b"
                    r"|\bin (the )?future\b|\bin the coming (years?|months?)\b|\bgoing to be\b"
                    # ("how many generators is Japan sending this coming winter?": a time after the asking)
                    r"|\bthis coming (?:year|month|week|winter|summer|spring|autumn|fall)\b"
                    # ("where will the next Japan-Kyrgyz foreign ministers' meeting be held?")
                    r"|\bwill (?:[\w'’-]+ ){0,6}be (?:held|hosted|organi[sz]ed|appointed|elected)\b")
#: A person's career before the records' time ("which bank did he work for before he went to Rwanda?").
_CAREER = re.compile(r"\b(work(ed|s|ing)? (for|at)|employ(ed|er)|career)\b.*\b(before|earlier|previously|prior)\b"
                     r"|\b(before|earlier|previously|prior)\b.*\b(work(ed|s|ing)? (for|at)|employ(ed|er)|career)\b"
                     # "what post did she hold before her appointment?", "his previous job"
                     r"|\b(post|position|job|role|office|title)s?\b.*\b(before|prior to) (her|his|their) "
                     r"(appointment|becoming|taking office|nomination|election)\b"
                     r"|\b(previous|former|earlier|prior|last) (post|position|job|role|office|posting|assignment"
                     r"|appointment)s?\b")
#: "What did Hattori do after he left the central bank?", "his later career": what came after the post recorded.
_LATER_CAREER = re.compile(r"\bafter (?:he|she|they) (?:left|stepped down|retired|quit)\b|\bafter (?:leaving|retiring|"
                           r"stepping down)\b|\b(?:later|subsequent|post-\w+) career\b|\bafter (?:his|her|their) "
                           r"(?:term|tenure|time) (?:as|at|in)\b")
_POPULATION = re.compile(r"\bhow many (people|persons|inhabitants|residents) (live|living|are living|reside)\b"
                         r"|\bpopulation\b")
#: Words asking when something ended: of the event asked about, no thing of their own.
#: Properties of a thing or an event that a record states only when it says so in words.
_ATTRIBUTES = {stem(w): w for w in """capacity colour color size weight value worth cost price budget population
    salary age height speed model brand hotel venue building room menu weather language rating output voltage wattage
    specification specs manufacturer maker address phone telephone email website""".split()}
#: "the power capacity of the generators", "the total value of the aid": a property asked of a thing.
_PROPERTY_OF = re.compile(r"(?:\bthe |^\W*(?:and |so |ok )?)(?:[a-z-]+ ){0,2}("
                          # ("value of the 24 demining cranes?": the property as a headline, no article)
                          + "|".join(sorted(set(_ATTRIBUTES.values()))) + r") (?:of|on)\b"
                          # "the biggest by value", "the largest in terms of cost": things ranked by a property
                          r"|\b(?:by|in(?: terms of)?) (" + "|".join(sorted(set(_ATTRIBUTES.values()))) + r")\b")
#: "met at what hotel", "in which language", "which drone detection system model": a property asked by its noun,
#: after at most a few words of the thing it is of.
_WHAT_PROPERTY = re.compile(r"\b(?:what|which|wat) (?:kind of |sort of |type of )?(?:[a-z-]+ ){0,3}?("
                            + "|".join(sorted(set(_ATTRIBUTES.values()))) + r")s?\b")
#: "uzbek embassy tokyo address?", "kuleba's age?": a property asked by its noun at the end of a phrase, with no
#: question word before it.
_TRAILING_PROPERTY = re.compile(r"^(?!\W*(?:what|which|wat|who|whom|when|where|why|how|did|does|do|is|are|was|were)\b)"
                                r"[^?]*\b(" + "|".join(sorted(set(_ATTRIBUTES.values()))) + r")s?\W*$")
#: "How much did the generators cost?", "how much did Japan spend on them?": their cost, which a record gives only in
#: words.
_COST_OF = re.compile(r"\bhow much (?:money )?(?:did|does|do|will|would|could|has|have|had) (?:\w+ ){1,8}?(?:cost"
                      r"|spend|spent|pay|paid|invest|invested)\b")
#: "who made the generators?": their maker, not someone at a meeting (a decision or a visit is made by a person).
_MADE_BY = re.compile(r"\bwho (?:made|manufactured|built|produced|makes|manufactures|builds|produces) (?:the |those "
                      r"|these |its |their )?(?!(?:the|those|these|its|their|decision|announcement|statement|remark"
                      r"|speech|call|visit|trip|point|proposal|request|offer|pledge|promise|commitment|case|appeal"
                      r"|comment|deal|agreement|it|them|that|this|him|her)s?\b)[a-z]")
#: A deed in the past ("announced", "postponed"), whose reason a why-question may ask.
_PAST_DEED = re.compile(r"^[a-z]{4,}ed$")
_END_STEMS = frozenset(stem(w) for w in "end ended ends ending finish finished conclude concluded wrap over".split())
#: Words asking when something began: of a meeting, when it was held.
_START_STEMS = frozenset(stem(w) for w in "start started starts starting begin began begun commence commenced "
                         "kick".split())
#: "… dialogue start?", "when did the programme begin": the beginning of something asked, and said.
_BEGAN_ASKED = re.compile(r"\b(?:start|started|begin|began|begun|launch|launched|commence|commenced)\W*$")
_BEGAN_SAID = re.compile(r"\b(?:start\w*|began|begun|begin\w*|launch\w*|commenc\w*|establish\w*|found\w*|first)\b")
_MEETING_TALK = frozenset(stem(w) for w in """meet met meeting visit visited trip talk talks hold held take took
    place happen happened sit see saw go went come came host hosted convene convened chair chaired""".split())
_NUMBER = re.compile(r"\b\d[\d,.]*\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
                     r"hundreds?|thousands?|millions?|billions?)\b")
#: A month's name, or its short form ("jan 26", "26 Sept.").
_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
          r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?")
_DATE_NUMBER = re.compile(r"\b(1[89]\d\d|20\d\d)(?:[’']?s)?\b"  # a year, or a decade ("the 1970s")
                          rf"|\b\d{{1,2}}(st|nd|rd|th)?\s+{_MONTH}|\b{_MONTH}\s+\d{{1,2}}\b")




#: "Who interpreted at ...?", "who chaired ...?": the deed whose doer is asked, the verb right after "who"
#: (short ones, "led", "asked", are too often irregular or common to be told unknown).
_WHO_DID = re.compile(r"^\W*(?:and |so |then )?who (?:will |would |is going to |does |did |has |had )?"
                      r"([a-z]+(?:ed|es|s)|(?<=will )[a-z]+|(?<=would )[a-z]+|(?<=to )[a-z]+)\b")
#: "Who chaired the meeting?": a deed in the past, asked of whoever did it.
_WHO_DEED = re.compile(r"^\W*(?:and |so |then )?who (?!(?:was|has|does|is)\b)([a-z]{3,}ed|[a-z]{3,}[^su']s)\b")
#: The auxiliaries after "where" in a question of where someone did a thing, which the record answering must tell of.
_AUXILIARIES = frozenset({"did", "does", "do", "has", "had"})
#: Words between whoever did a thing and the deed ("where did Kishida himself go?", "where did they first meet?").
_BEFORE_THE_DEED = frozenset("and the & n himself herself themselves itself also ever first again still later already "
                             "once just soon".split())
#: Deeds whose place is the place of a meeting or a journey ("where did he go?", "where did they sign it?").
_PLACE_DEED_WORDS = tuple("""go went gone travel travelled traveled visit arrive come came fly flew
    head stay hold held take took happen occur open sign signed speak spoke say said give gave lay laid pay paid
    attend meet met get got make made put begin began start end land stop stopped be convene convened host hosted
    chair chaired gather organise organize assemble turn show appear feature figure drive drove post posted tweet
    tweeted publish published report reported write wrote state stated release released""".split())
_PLACE_DEEDS = frozenset(stem(w) for w in _PLACE_DEED_WORDS)
#: "What was served to the delegations?": a thing asked for by what was done with it, which the talks' own
#: record must tell of ("what was discussed?" any of them does).
_WHAT_DONE = re.compile(r"^\W*(?:and |so |then )?what (?:was|were) ([a-z]{3,}(?:ed|en))\b"
                        r"(?= (?:to|at|for|during|in|on|by|there)\b|\W*$)")
#: What any record of talks tells of: the words for talking about something and for its outcome.
_TALKED_DEEDS = frozenset(stem(w) for w in """discussed talked covered raised mentioned addressed reviewed decided
    agreed achieved announced done happened said stated reached concluded exchanged shared expressed emphasized
    emphasised stressed confirmed noted highlighted welcomed named listed given included presented proposed
    pitched outlined""".split())
#: "How long did he stay (in Kyiv)?": the length of a stay, which is not a meeting's.
_STAY = re.compile(r"\bhow long (?:did|was|were|will|would) [\w'’ -]{1,40}? "
                   r"(stay(?:ed)?|remain(?:ed)?|spen[dt](?= (?:in|at|there)))\b")
#: "What was Hattori's salary?": an attribute of someone or something, asked at the end of the question.
_POSSESSED = re.compile(r"^\W*(?:[a-z]+\W+)?(?:and |so )?what(?: was| is| were| are|['’]s) (?:[\w'’-]+ ){0,3}?"
                        r"[\w-]+['’]s? (?P<noun>[a-z]+(?: [a-z]+)?)\W*$")


#: "Which numbered session …?", "what edition of the summit …?": a thing's place in its series asked.
_ORDINAL_ASKED = re.compile(r"\b(?:which|what) (?:numbered|edition|iteration|instalment|installment)\b"
                            r"|\bwhat number (?:session|summit|meeting|edition|round|conference|forum)\b"
                            # "which unga session number was she attending?": the number of the session asked
                            r"|\b(?:session|summit|meeting|edition|round|conference|forum) number\b(?! of\b)")


def unheld_title(text: str, index: KnowledgeIndex) -> str | None:
    """What to say when `text` names a post nobody in the records holds ("the ambassador to Ukraine"); None
    when it names none, or one somebody holds."""
    title = _TITLE.search(text)
    if title and not any(_holds_title(title, fold(r.title).lower()) for p in index.kb.people.values()
                         for r in p.roles):
        return f"The records name no {title.group(1)}."
    return None


def _holds_title(title: re.Match[str], held: str) -> bool:
    """Whether a post's title `held` is the one asked: a portfolio's ("defence official", "finance minister")
    when the title names that portfolio ("Minister of Finance and Economic Planning"), else the title itself."""
    portfolio = title.group("portfolio")
    if portfolio is None:
        return title.group(1) in held
    return stem(portfolio) in {stem(w) for w in tokens(held)}


#: "the first meeting of …", "the 2nd session of …": one of a numbered series, asked by its place.
_NTH_OF = re.compile(rf"\bthe (?P<nth>{lx.ORDINAL_FORMS}) (?P<noun>[a-z]{{4,}}) of\b")


def numbered_otherwise(text: str, recorded: str) -> str | None:
    """What to say when the question asks for one of a numbered series ("the first meeting of …") and the record
    numbers that series otherwise ("the 9th Foreign Ministers' Meeting of …"); None when it numbers the one asked,
    or numbers nothing."""
    asked = _NTH_OF.search(text)
    if asked is None:
        return None
    noun, value = asked.group("noun"), lx.ordinal_value(asked.group("nth"))
    # the record's ordinals before the same noun, a few words apart ("9th Foreign Ministers' Meeting")
    before = re.compile(rf"\b({lx.ORDINAL_FORMS})\b(?: [\w'’\"-]+){{0,4}}? {re.escape(noun)}\b")
    held = [found.group(1) for found in before.finditer(recorded)]
    if not held or value in {lx.ordinal_value(h) for h in held}:
        return None
    return f"The records tell of the {held[0]} {noun} only; they do not give the {asked.group('nth')}."


def known_word(index: KnowledgeIndex, word: str) -> bool:
    """Whether the records use `word`, a word it stands for, or a name made of it."""
    s = stem(word)
    return s in index.idf or any(alt in index.idf for alt in SYNONYMS.get(s, ())) or word in index.names.vocabulary


#: Words that point at what the conversation is on, which names no subject of its own.
_POINTERS = frozenset("it them that this these those him her".split())


def _topic_word(query: Query) -> str | None:
    """The subject after "about" / "on" / "regarding" ("agree about visas" → visas), if any."""
    words = query.words
    for i, word in enumerate(words[:-1]):
        if word in ("about", "on", "regarding", "concerning"):
            if words[i + 1] in _POINTERS:
                return None  # "the tweet about it": what it is about is the thing pointed at, no word of a subject
            # ("agree about Ukrainian grain exports": the subject is what the country's adjective qualifies)
            named = {at for m in query.mentions if m.kind in ("country", "place") for at in range(m.start, m.end)}
            near = [w for at, w in enumerate(words[i + 1:], start=i + 1) if at not in named][:2]
            following = [w for w in near if w not in STOPWORDS]
            if following and stem(following[0]) in _OVERVIEW_STEMS:
                return None  # "on the agenda", "on (getting) the job": a frame, no subject
            return following[0] if following and len(following[0]) >= 4 else None
    return None


#: What someone's life holds besides the posts the records give ("educational background", "academic career").
_LIFE_ASIDE_POSTS = frozenset(stem(w) for w in "background career profession".split())


def _of_theirs(index: KnowledgeIndex, person: str, words: list[str]) -> bool:
    """Whether a record naming the person uses any of `words` (or their synonyms); True when there are none."""
    stems = {s for w in words if len(w) >= 4 for s in (stem(w), *SYNONYMS.get(stem(w), ()))}
    if not stems:
        return True
    return any(stems & index.passages[n].stems for n in index.by_entity.get(("person", person), ()))


def _known_kind(index: KnowledgeIndex, asked: str) -> bool:
    """Whether the records can name a thing of the kind asked: a word they use, a kind of entry they
    hold (a region, an organisation, an event), or an attribute any record has (an edition, a way)."""
    return (asked in index.idf or asked in index.entry_kinds or asked in _OVERVIEW_STEMS
            or any(a in index.idf for a in SYNONYMS.get(asked, ())))


def gives_reason(text: str) -> bool:
    """Whether a record's words give an aim or a cause ("dedicated to", "in response to", "to support")."""
    return _REASON_GIVEN.search(text.lower()) is not None


#: "What motto did the summit carry?": the noun right after the question word.
_WHAT_NOUN_DID = re.compile(r"^(?:and )?(?:what|which) [a-z]+ (?:was|is|did|does|were|are|had|has)\b")


def attribute_noun(query: Query, *, of_thing: bool = False) -> str | None:
    """The noun of a detail asked of a thing ("what was the slogan of the summit ...?", "what motto did the
    summit carry?"), when it names a detail of its own: no overview ("the theme", "the outcome"), no word
    of a name the question uses; else None. `of_thing`: only as "the <noun> of" a thing, never "which
    <noun>", which may ask for one of a kind ("which sectors ...?")."""
    text = fold(query.raw).lower()
    attribute = _ATTRIBUTE.search(text) if not TIME_GAP.search(text) else None  # (a gap is worked out)
    if attribute is not None and set(attribute.group(1).split()) & _OVERVIEW:
        attribute = None  # "what was the date back in Tokyo": the date, asked of a place
    noun = attribute.group(2) if attribute is not None else None
    named_thing = _NAME_OF_THING.search(text) if noun in _NAME_WORDS else None
    if named_thing is not None:
        noun = named_thing.group(1)  # "what was the name of the statement they put out?": the statement
    if noun is None and not of_thing and query.asked is not None and _WHAT_NOUN_DID.match(text):
        noun = text.split()[1] if text.split()[0] in ("what", "which") else text.split()[2]
    named = {w for m in query.mentions for w in query.words[m.start:m.end]}
    if noun is None or noun in STOPWORDS or noun in _OVERVIEW or stem(noun) in _OVERVIEW_STEMS or noun in named \
            or stem(noun) in lx.GATHERING_WORDS or len(noun) < 4 or noun in _NAMING_VERBS:
        return None
    return noun


#: "what is his peace plan called in …?": a verb of naming where a detail's noun would stand, asking a name.
_NAMING_VERBS = frozenset("called named known dubbed titled termed".split())


def beyond_records(query: Query, index: KnowledgeIndex) -> str | None:
    """Before any record is looked at: the question asks for a kind of detail no record gives."""
    # Countries named are "them" here: "should Japan …?", "give Ukraine jets" (the thing given follows).
    text = fold(query.raw).lower()
    for m in query.mentions:
        if m.kind == "country" and not any(x.kind == "term" and x.start == m.start for x in query.mentions):
            # (a name that is a gathering's too, "the next G20", stays the gathering's)
            named = " ".join(query.words[m.start:m.end])
            text = re.sub(rf"\b{re.escape(named)}\b", "them" if m.id != query.home else "they", text)
    measure = _MEASURE.search(text)
    # "how old was the embassy when Kagame met Kishida?": the people of a when-clause are not whose age is asked
    asked_of = text.split(" when ", 1)[0]
    if measure and measure.group(1) == "old" and not (
            any(m.kind == "person" and " ".join(query.words[m.start:m.end]) in asked_of for m in query.mentions)
            or re.search(r"\b(he|she|him|her)\b", asked_of)):
        measure = None  # "how old are Japan–Rwanda ties?" asks since when
    if measure:
        return f"The records do not say how {measure.group(1)}."
    sized = _GROUP_SIZED.search(text)
    if sized is not None and not known_word(index, group := sized.group("group") or sized.group("of")):
        # "how big was Hayashi's delegation?": a group no record tells of, so no record gives its size
        return f"The records do not mention a {group} or give its size."
    # Words of a name the question uses, spelt as it spells them ("the joint declration of suport")
    named_words = {w for m in query.mentions for w in query.words[m.start:m.end]}
    attribute = _ATTRIBUTE.search(text)
    if attribute and not TIME_GAP.search(text):  # "what was the time difference": two clocks the records give
        head = attribute.group(2)  # "the latest visit to", "the annual trade turnover between": the last noun
        if head not in STOPWORDS and head not in _OVERVIEW and head not in named_words and not known_word(index, head) \
                and not (query.intent == "quantity" and stem(head) in lx.FIGURE_NOUNS):  # ("the figure for X")
            return f"The records say nothing about the {head}."
    numbered = _NUMBERED_PART.search(text)
    if numbered and numbered.group(2) not in STOPWORDS and numbered.group(2) not in named_words \
            and not known_word(index, numbered.group(2)):
        # "when was the first round of negotiations held?": a part of something no record counts in parts
        return f"The records do not mention a {numbered.group(1)} {numbered.group(2)} of it."
    if _OPINION.search(text):
        return "The records report what was said and done; they hold no judgement of it."
    if query.intent == "yes_no" and _FUTURE_CLAIM.search(text) and "pledge" not in query.aspects:
        return "The records report what happened; they do not say what will happen."
    stay = _STAY.search(text) if query.intent == "duration" else None
    if stay and not known_word(index, stay.group(1)):
        # "how long did he stay there?": a meeting's length is no stay's, and no record gives one
        return "The records do not say how long anyone stayed anywhere; they give the length of some meetings."
    possessed = _POSSESSED.match(expand_shorthand(text))
    if possessed is not None and not lx.HANDLE_ASKED.search(text):
        # "what's Kuleba's favourite food?", "his wife's name?": a word of what is owned that no record uses (the
        # owner's name aside)
        owners = [w for w in re.findall(r"([a-z-]+)['’]s\b", possessed.group(0))[1:]
                  if w not in named_words and w not in STOPWORDS]
        thing = [w for w in possessed.group("noun").split() if w not in CHAT_WORDS]  # ("bday lol")
        owned = [*owners, *(w for w in thing if w not in named_words)]
        head = thing[-1] if thing else ""
        if thing and not any(w in STOPWORDS for w in thing) and stem(head) not in lx.PROFILE_WORDS and any(
                len(w) >= 4 and w not in STOPWORDS and not known_word(index, w) and not _known_kind(index, stem(w))
                and stem(w) not in lx.PROFILE_WORDS for w in owned):
            return f"The records say nothing about the {' '.join([*(w + chr(39) + 's' for w in owners), *thing])}."
        owner = next((m.id for m in query.mentions if m.kind == "person" and not owners), None)
        if owner is not None and owner in index.kb.people and len(thing) > 1 and stem(head) in _LIFE_ASIDE_POSTS \
                and not any(w in STOPWORDS for w in thing) \
                and not _of_theirs(index, owner, [w for w in thing if stem(w) not in lx.PROFILE_WORDS]):
            # "what's Ndagijimana's educational background?": a side of a profile other records tell of, none of
            # this person's
            return f"The records say nothing about {index.kb.people[owner].name}'s {' '.join(thing)}."
    did = _WHO_DID.match(text) if query.intent == "who" and not (
        lx.SUCCESSION.search(text) or lx.SUCCESSION_NAMED.search(text) or lx.ALL_HOLDERS.search(text)) else None
    if did and len(did.group(1)) >= 6 and did.group(1) not in STOPWORDS and not known_word(index, did.group(1)):
        # "Who interpreted at the meeting?": a deed no record reports, so nobody is named doing it.
        said = did.group(0)[did.group(0).index("who ") + 4:]
        return f"The records do not say who {said}: they report no one doing that."
    if query.asked and not _known_kind(index, query.asked):
        # "In what language were the talks held?", "which hotel ...": a kind of thing no record names.
        noun = next((w for w in query.words if stem(w) == query.asked), query.asked)
        return f"The records say nothing about the {noun}."
    unheld = unheld_title(text, index) or unheld_title(" ".join(query.words), index)  # (or as corrected: "ambasador")
    if unheld is not None:
        return unheld
    topic = _topic_word(query)
    if topic and ("discuss" in query.aspects or "agree" in query.aspects) and not known_word(index, topic):
        # "What did they agree about visas?": a subject no record mentions was not recorded as discussed.
        return f"The records do not mention {topic}."
    if _LATER.search(text) and query.intent != "yes_no":
        return "The records report what was said or done; they do not say what will happen next."
    if _CAREER.search(text):
        return "The records give people's posts at the time of the meetings, not their earlier careers."
    if _LATER_CAREER.search(text):
        return "The records give people's posts at the time of the meetings, not what they did afterwards."
    currency = lx.CURRENCY_ASKED.search(text) if query.intent in ("quantity", "general", "amount") else None
    if currency is not None and not known_word(index, currency.group(1)):
        # "How much is the $7 billion in yen?": no record gives an amount in yen, nor a rate to convert one
        return f"The records give no amount in {currency.group(1)} and no exchange rate."
    if _POPULATION.search(text):
        return "The records say nothing about population."
    unnamed = next((m for m in _UNNAMED.finditer(text) if _unnamed_kind(m.group(3), index)
                    or m.group(2) and _unnamed_kind(m.group(2).strip(), index)), None)
    if unnamed:
        kind = unnamed.group(3) if _unnamed_kind(unnamed.group(3), index) else unnamed.group(2).strip()
        return f"The records do not name individual {_UNNAMED_KINDS[stem(kind)]}."
    named_kind = next((m for m in _KIND_NAMES.finditer(text) if _unnamed_kind(m.group("kind"), index)), None)
    if named_kind is not None:
        # "what were the company names?": the names of a kind the records count but never name
        return f"The records do not name individual {_UNNAMED_KINDS[stem(named_kind.group('kind'))]}."

    # ("was Hattori sent to Rwanda …?": a person sent, no thing given)
    person_sent = any(m.kind == "person" and m.end < len(query.words) and query.words[m.end] in _SENT_WORDS
                      for m in query.mentions)
    if query.intent == "yes_no" and "pledge" in query.aspects and not person_sent:
        # "Will Japan send tanks?": a thing given that the records never mention cannot be confirmed.
        given = _GIVEN.search(text)
        # (the thing as the question spells it, or as corrected: "1500 genrators")
        # (a figure claimed with it is checked first: "1500 tanks" may be the 1,500 of another thing given)
        if given and given.group(2) not in STOPWORDS and not known_word(index, given.group(2)) \
                and not known_word(index, index.speller.correct(given.group(2), english=True)) \
                and not any(c.isdigit() for c in given.group(0)):
            return f"The records do not mention {given.group(2)}."
    return None


#: A span of time a record states ("for three years", "two-day", "from 1965 to 1971", "30 minutes").
_SPAN_STATED = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|many)[ -]"
                          r"(minutes?|hours?|days?|weeks?|months?|years?|decades?)\b"
                          r"|\bfrom (1[89]|20)\d\d\b.*\b(to|until) (1[89]|20)\d\d\b"
                          r"|\b(1[89]|20)\d\d ?[-–] ?(1[89]|20)\d\d\b")


def undated_by_note(query: Query, note: str | None) -> str | None:
    """"... the appointment date is not given": when the maintainers' note names what is undated and the
    question asks for just that date, what to say; else None."""
    undated = _UNDATED.search(note) if query.intent == "when" and note else None
    if undated and stem(undated.group(1).lower()) in query.keywords:
        return f"The source gives no date for that. Note: {note}"
    return None


#: "Who currently runs …?", "who heads it today?": the holder of a post now, which no record dates.
_HOLDER_NOW = re.compile(r"\b(?:currently|presently|at present|nowadays|these days|today|right now"
                         # ("ok, now rwanda: who was …?": a new topic, no time)
                         r"|now(?! [\w'’ -]{2,40}?\s*[:;—–-]))\b")
#: A record that says who holds something now ("the current governor", "now heads").
_NOW_SAID = re.compile(r"\b(?:current|currently|now|incumbent|present)\b")


#: How alike (rapidfuzz ratio) a word of the question must be to a record's word to be read as a slip for it.
_SLIP_RATIO = 85.0


def has_word(passage: Passage, k: str) -> bool:
    """Whether a passage has the stem `k`, or a synonym of it."""
    return k in passage.stems or any(alt in passage.stems for alt in SYNONYMS.get(k, ()))


def _same_event_of_it(query: Query, passage: Passage, verb: str, idf: dict[str, float] | None) -> bool:
    """Whether a passage reports the event `verb` names in other words of the same kind, of the very thing the
    question asks about ("when was the embassy established?" of one that began operations; not of ties the question
    also names, which it lacks; a word no record holds, "the Rwandan capital", is no other thing)."""
    return reported_as_asked(verb, passage.stems) and all(
        has_word(passage, k) or k in _EVENT_VERBS or idf is not None and not idf.get(k, 0.0) for k in query.keywords)


def event_regarded(query: Query, body: str) -> str | None:
    """What to say when a when-question asks of an event ("when were the consultations launched?") that the record
    tells only as regarded at later talks ("appreciated … the launch of bilateral consultations"): the talks' date
    is not the event's; None otherwise."""
    if query.intent != "when":
        return None
    lowered = body.lower()
    for verb in (k for k in query.keywords if k in _EVENT_VERBS):
        told = [found for found in re.finditer(r"[a-z]+", lowered) if stem(found.group(0)) == verb]
        if told and all(_REGARDED.search(lowered[max(0, found.start() - 120):found.start()]) for found in told):
            return "The records tell of it as welcomed at later talks; they do not say when it happened."
    return None


def told_as_to_come(query: Query, texts: Iterable[str], stems: frozenset[str] | set[str]) -> bool:
    """Whether a when-question asks the date of things a meeting's record tells of as still to come ("what are
    the dates of those events?" of talks that outlined "upcoming events"): the talks' date is not theirs. The
    question may name nothing else of the record (`stems`): "when was the schedule of the events outlined?"
    asks the talks' date."""
    if query.intent not in ("when", "time"):
        return False
    ahead = {stem(w) for text in texts for w in _AHEAD_OF.findall(text.lower())}
    return bool(ahead & set(query.keywords)) and not (set(query.keywords) - ahead - _DATE_STEMS) & stems


#: "the final declaration", "the joint statement": one of a kind of thing, told apart by a word before it, which a
#: record of another of that kind does not have.
_WHICH_ONE_OF_KIND = re.compile(r"\bthe (?P<kind>final|closing|opening|joint|interim|draft|inaugural|revised|original"
                                r"|annual) (?P<noun>declaration|statement|communiqu[eé]|document|agreement|report"
                                r"|session|speech|address|plan|programme|program|resolution)s?\b")


def cannot_say(query: Query, passage: Passage, note: str | None = None,
               idf: dict[str, float] | None = None) -> str | None:
    """The record found does not hold the detail asked for; None when it does. `note` is the
    maintainers' note on the record, which says what its source leaves unsaid."""
    text = f"{fold(query.raw).lower()} {' '.join(query.words)}"  # as typed, and as corrected ("goin")
    body = passage.text.lower()
    did = _WHO_DEED.match(text) if query.intent == "who" and passage.kind in ("term", "fact") else None
    # the deed in the record's words, its synonyms too, but never a mere word for meeting ("chaired": "held")
    deed = {stem(did.group(1)), *SYNONYMS.get(stem(did.group(1)), ())} - lx.GATHERING_WORDS if did else set()
    if did is not None and stem(did.group(1)) not in lx.GATHERING_WORDS and not deed & passage.stems \
            and not deed & set(content_stems(passage.cited.quote)):
        # "Who chaired the ninth foreign ministers' meeting?" of the meeting's own record, which names no chair
        return f"The record found does not say who {did.group(1)} it."
    # (the words as corrected: "what was discused?" asks what was discussed)
    done_with = _WHAT_DONE.match(" ".join(query.words)) if passage.kind in ("meeting", "topic", "outcome") else None
    deed = {stem(done_with.group(1)), *SYNONYMS.get(stem(done_with.group(1)), ())} if done_with else set()
    if done_with is not None and not deed & (_TALKED_DEEDS | lx.PLAIN_SPEECH) and not deed & passage.stems \
            and not deed & set(content_stems(passage.cited.quote)):
        # "What was served to the delegations during that meeting?" of talks whose record serves nothing
        return f"The record found does not say what was {done_with.group(1)}."
    if query.intent == "who" and passage.kind in ("term", "fact") and _HOLDER_NOW.search(fold(query.raw).lower()) \
            and not _NOW_SAID.search(body):
        # "Who currently runs Rwanda's central bank?" of a record of its first governor: the records tell who
        # held a post when they were written, never who holds it now
        return "The records do not say who holds that post now; they report who held it at the time they tell of."
    unnamed = _NAME_OF_ASKED.search(text)
    thing = (unnamed.group("thing") or unnamed.group("thing2") or "").strip() if unnamed is not None else ""
    if thing and thing.split()[-1] not in STOPWORDS and re.search(
            rf"\b(?:a|an|some) {re.escape(thing)}\b", f"{body} {fold(passage.cited.quote).lower()}"):
        # "what is the name of the drone detection system Japan is giving?" of a record of "a drone detection
        # system": the record gives the kind of thing, not its name
        return f"The records do not give the name of the {thing}."
    each = _NAMES_OF_COUNTED.search(text)
    numbered = [w for pair in re.findall(rf"\b(?:\d[\d,]*|{'|'.join(NUMBER_WORDS)}) ([a-z-]+)(?: ([a-z-]+))?\b", body)
               for w in pair if w] if each else []
    # (the thing numbered as the record spells it, or a slip for it: "the 14 agreemnts")
    spelt = next((w for w in numbered if w == each.group("noun") or fuzz.ratio(w, each.group("noun")) >= _SLIP_RATIO),
                 None) if each is not None else None
    if each is not None and spelt is not None:
        # "list the titles of the 14 agreements" of a record that gives "14 agreements were signed": a number
        return f"The records give only the number of {spelt}, not what each one is."
    manner = _HOW_DONE.match(text) if passage.kind in ("term", "person") else None
    if manner is not None:
        how_done, after = manner.group("deed"), manner.group("after")
        done = [w for w in content_stems(how_done) if w in query.keywords]
        if done and (after is None or after in STOPWORDS) and not any(
                w in passage.stems or any(alt in passage.stems for alt in SYNONYMS.get(w, ())) for w in done):
            # "how did Japan vote at the General Assembly?" of the record describing the Assembly: how something
            # was done, of a record that does not tell of the deed
            return "The record found does not say how that was done."
    if _MEANS_ASKED.search(text) and not _MEANS_SAID.search(f"{body} {fold(passage.cited.quote).lower()}"):
        # "how did he travel to Kyiv: by train, by road or by air?" of a record of the visit that tells where he
        # went, not how
        return "The record found does not say how the journey was made."
    said_about = _SAID_ABOUT.search(text)
    if said_about is not None and passage.kind in ("meeting", "topic", "outcome"):
        wanted = set(content_stems(said_about.group("topic")))
        if wanted and not any(w in passage.stems or any(alt in passage.stems for alt in SYNONYMS.get(w, ()))
                              for w in wanted):
            # "what did the second one say about the peace formula?" of a meeting whose record found holds none
            # of its words: what it does say is another detail
            return f"The record found says nothing about {said_about.group('topic').strip()}."
    numbered_other = numbered_otherwise(text, f"{body} {fold(passage.cited.quote).lower()}")
    if numbered_other is not None:
        # "when was the first meeting of the Dialogue?" of a record of its ninth: the record numbers another one
        return numbered_other
    which_one = _WHICH_ONE_OF_KIND.search(text)
    if which_one is not None and stem(which_one.group("noun")) in passage.stems \
            and stem(which_one.group("kind")) not in passage.stems \
            and stem(which_one.group("kind")) not in content_stems(passage.cited.quote):
        # "what did the final declaration say?" of a record of a joint declaration: another one of the kind
        return f"The records name no {which_one.group('kind')} {which_one.group('noun')}."
    if _ORDINAL_ASKED.search(text) and not lx.ORDINAL.search(f"{body} {passage.cited.quote.lower()}"):
        # "which numbered session of the General Assembly was it?" of a record that names the session, not its number
        return "The source does not give its number."
    if _SHARE_ASKED.search(text) and not _SHARE_STATED.search(body):
        # "How much of Japan's aid went to generators?" of a record that counts generators: a part of a whole,
        # which the record does not give
        return "The source gives no share or part of the whole for that."
    unsaid = _unsaid(text, note)
    if unsaid:
        return f"The source does not give the {unsaid}. Note: {note}"
    property_of = _PROPERTY_OF.search(text) or _WHAT_PROPERTY.search(text) or _TRAILING_PROPERTY.search(
        " ".join(query.words))
    asked_property = query.asked if query.asked in _ATTRIBUTES else (
        stem(property_of.group(1) or property_of.group(2)) if property_of is not None else
        stem("manufacturer") if _MADE_BY.search(text) else stem("cost") if _COST_OF.search(text) else None)
    if asked_property is not None and asked_property not in passage.stems and not any(
            alt in passage.stems for alt in SYNONYMS.get(asked_property, ())):
        # "What capacity are the transformers?", "the power capacity of the generators": a property the
        # record does not state
        return f"The source does not give the {_ATTRIBUTES[asked_property]}."
    undated = undated_by_note(query, note)
    if undated is not None:
        return undated
    if query.intent == "when" and passage.kind in ("meeting", "topic", "outcome") and idf is not None:
        # "Since when has Japan had an embassy in Kyiv?": a meeting in Kyiv does not date an embassy.
        unmet = [k for k in query.keywords if idf.get(k, 0.0) >= thresholds.DISTINCT_IDF and k not in _MEETING_TALK
                 and k not in _END_STEMS and k not in _START_STEMS
                 and k not in passage.stems and not any(alt in passage.stems for alt in SYNONYMS.get(k, ()))]
        if unmet:
            return "The records found do not say that."
    if query.intent == "when":
        # "When was the security agreement signed?" — the record found says they agreed to negotiate
        # one: it names no signing, so its date is not the date asked for.
        regarded = event_regarded(query, body) if passage.kind in ("fact", "topic", "outcome") else None
        for verb in (k for k in query.keywords if k in _EVENT_VERBS):
            if not has_word(passage, verb) and not _same_event_of_it(query, passage, verb, idf):
                return "The records do not say when that happened: the closest record does not report it."
            if regarded is not None:
                return regarded
        if passage.kind in lx.MEETING_KINDS and _BEGAN_ASKED.search(text) and any(
                m.kind == "term" for m in query.mentions) and not _BEGAN_SAID.search(body):
            # "what year did the Central Asia plus Japan dialogue start?" of one meeting held under it: a meeting of
            # a standing thing is not its beginning
            return "The records do not say when it began; they date meetings held under it."
        if _FUTURE.search(text) and (passage.kind not in ("pledge", "fact") or not _DATE_WORDS.search(body)):
            # Meetings are past events; only a pledge or fact that states a date can answer "when will".
            return "The records give no date for that: they report what was said or done, not when it will happen."
        if passage.kind in ("topic", "outcome") and told_as_to_come(query, (body,), passage.stems):
            return "The records give no date for that: they report what was said or done, not when it will happen."
        if passage.kind in ("term", "fact") and lx.YEAR_SPAN.search(body):
            return None  # "until what year does the programme run?": the span its record gives
        if _WENT_HOME.search(text) and not _HOME_STATED.search(body):
            return "The records do not say when anyone left or went home; they date the meetings and visits themselves."
        if _END.search(text) and passage.kind not in ("topic", "outcome") and not _END_STATED.search(body) and not (
                _CLOCK_STATED.search(body) and _LASTED.search(body)):  # a start and a length give the end
            return "The source says when it began, not when it ended."
        if passage.kind in ("fact", "pledge", "term", "person") and passage.date is None:
            # A date in the text may be another event's ("appointed ... when she met Kuleba on 20 September").
            return "The source gives no date for that."
    if query.intent == "time" and passage.kind not in ("meeting", "topic", "outcome") \
            and not _CLOCK_STATED.search(body) and not lx.PART_OF_DAY.search(body):
        # "At what time of day did they meet, according to the tweet?": a record about the tweet has no clock.
        return "The source does not give the time of day."
    if query.intent == "where" and passage.kind in ("fact", "pledge") and "countr" not in text and not any(
            kind == "place" for kind, _ in passage.entities | passage.mentioned) and not _LOCATED.search(body):
        # "Where was the forum held?" of a record about the forum that names no place.
        return "The source does not say where."
    if query.intent == "duration" and passage.kind not in ("meeting", "topic", "outcome") \
            and not _SPAN_STATED.search(body):
        # "How long did he serve?" of a record that gives no span of time.
        return "The source does not say how long."
    why_then = query.intent == "why" and WHY_THEN.search(text) and _DATE_EXPLAINED.search(body)
    # ("why was the visit announced only on the day he arrived?": a deed the record reports, without its reason)
    deeds = {stem(w) for w in query.words if _PAST_DEED.match(w) and stem(w) not in _MEETING_TALK} & passage.stems
    if query.intent == "why" and not why_then and not _REASON_GIVEN.search(body) \
            and (passage.kind not in ("meeting", "topic", "outcome") or deeds):
        # A why-question needs a record that gives a reason or purpose, not any record on the subject (a meeting's
        # occasion says why it was held, not why something done at it was done)
        return "The records do not say why."
    if query.intent == "quantity" and passage.quantity is None:
        figures = _DATE_NUMBER.sub(" ", body)
        if not _NUMBER.search(figures):
            return "The source does not give a number or amount for that."
        counted = counted_noun(query)
        if counted and (counted != "people" or passage.kind not in lx.MEETING_KINDS):
            # "How many generators ...": a number in the record must count generators ("2 auto
            # transformers" in a sentence about generators does not); people, by any noun of people (a
            # meeting's people are counted by their names)
            wanted = {stem(counted), *SYNONYMS.get(stem(counted), ())} if counted != "people" else {
                stem(w) for w in lx.PEOPLE_COUNTED}
            counts = re.findall(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|"
                                r"thousands?)((?:[\s-]+[a-z]+){1,3})", figures)
            if not any(stem(noun) in wanted for following in counts for noun in re.split(r"[\s-]+", following)):
                return f"The source gives no number of {counted} for that."
    return None


#: "How did Japan vote …?", "how was the aid channelled?": how a deed was done, the deed after its doer.
_HOW_DONE = re.compile(r"^\W*(?:and |so )?how (?:did|does|do|has|have|had|was|were|is|are) (?:the |a |an )?"
                       r"[\w'’.-]+ (?P<deed>[a-z]+)\b(?: (?P<after>[a-z]+))?")
#: "How did he travel to Kyiv?", "how did she get there, by train?", "by road or by air?": the means of a journey.
_MEANS_ASKED = re.compile(r"^\W*(?:and |so )?how (?:did|does|do|has|have|had|will|would) (?:[\w'’.-]+ ){1,4}?"
                          r"(?:travel\w*|journey\w*|(?:get|got) (?:to|there|here|into|in)|make (?:the|his|her|their) "
                          r"(?:way|journey|trip))\b"
                          r"|\bby (?:train|rail|road|car|air|plane|sea|ship|boat|bus|helicopter)\b"
                          # ("how did he get into ukraine, train?": the means guessed after the question)
                          r"|^\W*how\b[^?,]*,\s*(?:by )?(?:train|rail|road|car|air|plane|sea|ship|boat|bus|helicopter)"
                          r"\W*$")
#: The words a record would tell the means of a journey by (or of a delivery: "via international organisations").
_MEANS_SAID = re.compile(r"\b(?:train|trains|rail|railway|railways|plane|planes|aircraft|airplane|flight|flights|flew"
                         r"|flown|fly|flying|airport|road|roads|car|cars|motorcade|convoy|drove|driven|drive|bus"
                         r"|ship|boat|ferry|helicopter|on foot|walked|via)\b")
#: What a meeting's record is asked to say of a subject ("what did it say about the peace formula?").
_SAID_ABOUT = re.compile(r"\b(?:say|said|says|mention|mentioned|tell|told|write|wrote) (?:anything )?"
                         r"(?:about|abt|on|of) (?:the |a |an )?(?P<topic>[a-z][\w'’ -]{2,40}?)\W*$")
#: A part of a whole asked ("how much of the aid went to …", "what share of …").
_SHARE_ASKED = re.compile(r"\bhow much of\b|\bwhat (?:share|portion|proportion|percentage|percent|fraction) of\b"
                          # "how many Japanese companies among the 200?": a part of a counted whole
                          r"|\bhow many\b[^?]*\bamong (?:the|those|these|them|all)\b")
#: A part of a whole stated.
_SHARE_STATED = re.compile(r"%|\bper ?cent|\bshare\b|\bportion\b|\bproportion\b|\bhalf\b|\bthirds?\b"
                           r"|\bquarters? of\b|\bmost of\b|\bpart of\b|\bout of\b")


def _unsaid(text: str, note: str | None) -> str | None:
    """The detail a question asks that the record's note says its source does not give ("what does the
    aid consist of?" of a record noted "the kind of aid ... not given"), as the note names it; else None."""
    for listed in _NOT_GIVEN.finditer(note or ""):
        for item in re.split(r",\s*|\s+and\s+", listed.group(1)):
            words = item.lower().split()
            asked = next((k for k in words if k in _DETAIL_ASKED and _DETAIL_ASKED[k].search(text)), None)
            if asked is not None:
                return " ".join(words[1:] if words[0] in ("the", "its", "their") else words)
    return None


def counted_noun(query: Query) -> str | None:
    """What "how many ..." counts: the first word after it that is not a name or a qualifier
    ("how many Rwandan provinces" counts provinces), or the word put before it ("the generators, how many did
    Japan send?"); None for "how many times" and the like. (A word after it says what is counted even when it is
    a function word: "how many did she send herself?" counts no figure's unit.)"""
    words = query.words
    named = {i for m in query.mentions for i in range(m.start, m.end)}
    for i in range(len(words) - 2):
        if words[i] == "how" and words[i + 1] == "many":
            for j in range(i + 2, min(i + 6, len(words))):
                if j in named or words[j] in _QUALIFIERS:
                    continue
                before = words[i - 1] if i > 0 and i - 1 not in named else ""
                if words[j] in STOPWORDS and before and before not in STOPWORDS and before not in _QUALIFIERS:
                    return before
                if words[j] == "of":
                    # "how many of her Diet colleagues …": the noun after the words that say whose
                    return next((words[k] for k in range(j + 1, min(j + 5, len(words))) if k not in named
                                 and words[k] not in _OWNERS and words[k] not in STOPWORDS
                                 and not any(c.isdigit() for c in words[k])), None)
                return None if words[j] in ("times", "more") else words[j]
    return None


#: A figure standing alone: not part of a name ("G20", "COVID-19"), and at the end of a sentence too ("… 19.").
#: A figure: "1,500", "24", "7.5"; never an ordinal ("1st", "9th"), which ranks rather than counts.
_FIGURE = re.compile(r"(?<![\w.,-])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)|(?<![\w.,-])\d+(?:\.\d+)?(?![\d,]|\.\d)"
                     r"(?!st\b|nd\b|rd\b|th\b)")


def _without_dates(text: str) -> str:
    """`text` folded to lower case, with its dates, years and clock times blanked: what is left of its
    numbers are figures."""
    plain = fold(text).lower()
    # ("did Japan send 2000 generators?": a number of four digits that counts the noun after it stays)
    plain = _DATE_NUMBER.sub(lambda m: m.group() if m.group(1) and when.a_count(plain, m) else " ", plain)
    return re.sub(r"\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}(-\d{2})?\b", " ", plain)


def figures(text: str) -> set[float]:
    """The numbers a text states, dates and years aside ("42 demining cranes" → {42}); a number word joined
    to a unit counts too ("a three-day summit")."""
    plain = _without_dates(text)
    written = {float(NUMBER_WORDS[m.group(1) or m.group(2)]) for m in _JOINED_WORD.finditer(plain)}
    return {float(n.replace(",", "")) for n in _FIGURE.findall(plain)} | written


#: A bound or an approximation said before a figure ("more than 100", "roughly 500", "at least two").
_BOUNDS = (("ge", r"at least|no (?:fewer|less) than"), ("le", r"at most|no more than|up to"),
           # ("longer than 20 minutes", "shorter than an hour": a length bounded, as "more than" bounds a count)
           ("gt", r"more than|over|above|upwards of|in excess of|(?:longer|greater|larger|bigger|higher) than"),
           ("lt", r"fewer than|less than|under|below|(?:shorter|smaller|lower) than"),
           ("about", r"roughly|about|around|approximately|nearly|almost|some|circa|an estimated"))
_BOUND = re.compile(r"\b(?:" + "|".join(f"(?P<{name}>{words})" for name, words in _BOUNDS) + r")\s+$")
#: A number word before the noun it counts ("five auto transformers"), not "one of", "two or three".
#: ("the two ministers", "those three" point to people or things already named: no figure is claimed)
_COUNTED_WORD = re.compile(r"(?<!\bthe )(?<!\bthose )(?<!\bthese )(?<!\bboth )\b("
                           + "|".join(w for w in NUMBER_WORDS if w not in ("zero", "one")) + r")\b"
                           r"(?=\s+(?!(?:of|or|and|to|than|in|on|at|by|for|from|with|days?|years?)\b)[a-z])")
#: Comparatives that bound a figure ("longer than 20 minutes"); without a figure ("was it longer?") they are words
#: of a claim like any other.
COMPARED_BOUND_WORDS = frozenset(stem(w) for w in "longer greater larger bigger higher shorter smaller lower".split())
#: The words of a stated figure, checked as a figure rather than as words the record must hold.
FIGURE_WORDS = frozenset(stem(w) for w in " ".join(words for _, words in _BOUNDS).replace("|", " ").replace("?:", " ")
                         .replace("(", " ").replace(")", " ").split()) - COMPARED_BOUND_WORDS | frozenset(NUMBER_WORDS)
_JOINED_WORD = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")-(?:day|year|month|week|hour|minute)s?\b"
                          # ("a three day summit": the unit before a noun, as if joined)
                          r"|\b(?:a|an) (" + "|".join(NUMBER_WORDS) + r") "
                          r"(?:day|year|month|week|hour|minute) (?=[a-z])")
#: "did the summit last three days?", "a visit of two weeks": a length said in words, a figure of days or weeks.
_LENGTH_WORD = re.compile(r"\b(?:last(?:ed|s|ing)?|for|run|ran|took|take|takes|span(?:ned|s)?|of) (?:about |around "
                          r"|roughly |nearly |almost |over |more than |less than |fewer than |just |only )?("
                          + "|".join(w for w in NUMBER_WORDS if w not in ("zero", "one")) + r")(?= (?:days?|weeks?)\b)")
#: How far above its figure a document's "more than N" is read to reach (N and up to half as much again).
_ABOVE_STATED = 0.5
#: How near an approximate figure must be to the record's ("roughly 500" of 480, not of 1,500).
_ABOUT_TOLERANCE = 0.15


#: A stated figure: its value, how it bounds the true one ("eq", "gt", "ge", "lt", "le", "about") and the
#: stems of the (up to two) words after it, what it counts ("42 demining cranes" → 42, "eq", "demin crane").
Figure = tuple[float, str, str]


def claimed_figures(text: str) -> list[Figure]:
    """The figures a text states, dates and times aside, each with its bound and the stems of the (up to
    two) words after it ("fewer than 100 companies took part" → [(100, "lt", "compani took")]; "five auto
    transformers" → [(5, "eq", "auto transform")])."""
    plain = _without_dates(text)
    found = [(m.start(), m.end(), float(m.group().replace(",", ""))) for m in _FIGURE.finditer(plain)]
    found += [(m.start(), m.end(), float(NUMBER_WORDS[m.group(1)])) for m in _COUNTED_WORD.finditer(plain)]
    # "a three-day summit", "two-day": a number word joined to a unit is a figure too.
    found += [(m.start(1) if m.group(1) else m.start(2), m.end(1) if m.group(1) else m.end(2),
               float(NUMBER_WORDS[m.group(1) or m.group(2)])) for m in _JOINED_WORD.finditer(plain)]
    found += [(m.start(1), m.end(1), float(NUMBER_WORDS[m.group(1)])) for m in _LENGTH_WORD.finditer(plain)]
    claimed = [(times, relation, "time") for times, relation in _times_claimed(plain)]
    # "half an hour", "an hour": a length said in words, in the minutes the records count
    spoken = sorted((m.start(), float(minutes)) for pattern, minutes in _SPOKEN_SPANS for m in pattern.finditer(plain))
    for start, value in spoken:
        bound = _BOUND.search(plain[max(0, start - 30):start])
        claimed.append((value, next((name for name, _ in _BOUNDS if bound and bound.group(name)), "eq"),
                        stem("minutes")))
    for start, end, value in sorted(found):
        bound = _BOUND.search(plain[max(0, start - 30):start])
        relation = next((name for name, _ in _BOUNDS if bound and bound.group(name)), "eq")
        # (a joined modifier before the noun is not what is counted: "14 Uzbek-Japan agreements" counts agreements)
        counted = re.match(r"[\s-]+(?:[a-z]+(?:-[a-z]+)+\s+)?([a-z]+)(?:\s+([a-z]+))?", plain[end:])
        words = " ".join(stem(w) for w in counted.groups() if w) if counted else ""
        if counted and counted.group(1) == "of" and counted.group(2) in _THOSE:
            # "demining cranes …, 24 of them?": the thing named before the figure is what it counts
            before = next((w for w in reversed(re.findall(r"[a-z]+", plain[:start]))
                           if len(w) > 3 and w.endswith("s") and w not in STOPWORDS), None)
            words = stem(before) if before is not None else words
        if counted and counted.group(1) in _HOURS:
            value, words = value * 60, stem("minutes")  # "2 hours": the records count minutes
        claimed.append((value, relation, words))
    return claimed


_HOURS = frozenset({"hour", "hours", "hr", "hrs"})
#: Words before a noun that say whose or which ones ("how many of her colleagues").
_OWNERS = frozenset({"the", "those", "these", "its", "their", "her", "his", "our", "my", "them", "it"})
#: "24 of them": a figure of the things named before it.
_THOSE = frozenset({"them", "those", "these"})
#: Lengths of time said in words, with their minutes (longest first, so "an hour and a half" is one).
_SPOKEN_SPANS = ((re.compile(r"\b(?:an|one) hour and a half\b"), 90),
                 (re.compile(r"\bhalf an hour\b|\bhalf-hour\b"), 30),
                 (re.compile(r"\ba quarter of an hour\b|\bquarter-hour\b"), 15),
                 (re.compile(r"(?<!half )(?<!of )\ban hour\b(?! and a half)"), 60))


#: "more than once", "twice": a count of times in one word.
_TIMES_WORD = re.compile(r"\b(once|twice|thrice)\b")
_TIMES = {"once": 1.0, "twice": 2.0, "thrice": 3.0}


def _times_claimed(plain: str) -> list[tuple[float, str]]:
    """The counts of times a text states in one word, each with its bound ("more than once" → (1, "gt"))."""
    found = []
    for m in _TIMES_WORD.finditer(plain):
        bound = _BOUND.search(plain[max(0, m.start() - 30):m.start()])
        found.append((_TIMES[m.group(1)], next((name for name, _ in _BOUNDS if bound and bound.group(name)), "eq")))
    return found


def _span(value: float, relation: str, stated: bool = False) -> tuple[float, float]:
    """The values a figure allows; a document's "more than 200" (`stated`) is read as a little more than
    200, not as any number above it: "more than 500" of it is ruled out, "more than 100" borne out."""
    tiny = 1e-9
    above = value * (1 + _ABOVE_STATED) if stated else math.inf
    return {"eq": (value, value), "gt": (value + tiny, above), "ge": (value, above),
            "lt": (-math.inf, value - tiny), "le": (-math.inf, value),
            "about": (value * (1 - _ABOUT_TOLERANCE), value * (1 + _ABOUT_TOLERANCE))}[relation]


def _same_thing(claimed: str, recorded: str) -> bool:
    """Whether two figures count the same thing: the first word counted by one is among the words after
    the other ("42 cranes" of "24 demining cranes")."""
    a, b = claimed.split(), recorded.split()
    # ("14 deals" of "14 agreements": a synonym counts the same thing)
    return bool(a and b) and (a[0] in b or b[0] in a or any(s in b for s in SYNONYMS.get(a[0], ()))
                              or any(s in a for s in SYNONYMS.get(b[0], ())))


def figures_verdict(claimed: list[Figure], recorded: list[Figure]) -> bool | None:
    """Whether a record's figures bear out the figures a claim states: True when every claimed figure
    holds for the record's figure of the same thing (counted by the same word, else any figure), False
    when one cannot ("42 cranes" of a record of 24 cranes; "fewer than 100 companies" of "over 200
    companies"), None when the record's figure leaves it open ("2,000" of "more than 1,500")."""
    verdicts: list[bool | None] = []
    for value, relation, counted in claimed:
        same = [r for r in recorded if _same_thing(counted, r[2])]
        if not same and counted and any(r[2] for r in recorded):
            verdicts.append(None)  # "1,500 drones" of a record of 1,500 generators: no figure of drones
            continue
        same = same or recorded
        if not same:
            verdicts.append(None)  # a record with no figure at all neither bears out nor rules out one
            continue
        lo, hi = _span(value, relation)
        spans = [_span(r[0], r[1], stated=True) for r in same]
        # (the document's own number with a bound the other way is no repeat: "under 1,500" of "more than 1,500")
        if any(r[0] == value and (relation in ("eq", "about") or relation[0] == r[1][0]) for r in same) \
                or any(lo <= a and b <= hi for a, b in spans):
            # the claim repeats the document's own figure ("1,500 generators" of "more than 1,500")
            verdicts.append(True)
        elif all(b < lo or a > hi for a, b in spans):
            verdicts.append(False)
        else:
            verdicts.append(None)
    if False in verdicts:
        return False
    return None if None in verdicts else True


_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*(?:-|–|—|to|through|until)\s*((?:19|20)\d\d)\b")


def year_ranges(text: str) -> set[tuple[int, int]]:
    """The spans of years a text states ("2023-2025", "from 2023 to 2025")."""
    return {(int(a), int(b)) for a, b in _YEAR_RANGE.findall(text)}


_QUALIFIED = {"more than": "gt", "over": "gt", "approximately": "about"}


def counts_same_thing(claimed: Figure, recorded: list[Figure]) -> bool:
    """Whether a record gives a figure of the thing a claimed figure counts ("three times" of a record of
    "visited Japan three times"; a record's "once" is no count unless once is claimed: "once again")."""
    return bool(claimed[2]) and any(_same_thing(claimed[2], r[2]) and (r[0] != 1 or claimed[0] == 1) for r in recorded)


def other_thing_counted(claimed: list[Figure], recorded: list[Figure]) -> Figure | None:
    """The record's figure equal to a claimed one but counting another thing ("24 generators" of a record
    of 24 demining cranes), when the record gives no figure of the thing claimed; else None."""
    for value, _, counted in claimed:
        if not counted or any(_same_thing(counted, r[2]) for r in recorded):
            continue
        other = next((r for r in recorded if r[0] == value and r[2]), None)
        if other is not None:
            return other
    return None


def record_figures(passage: Passage) -> list[Figure]:
    """The figures a record states: in its text, and its quantity with the qualifier the document gives."""
    stated = claimed_figures(passage.text)
    q = passage.quantity
    if q is not None:
        counted = " ".join(stem(w) for w in re.findall(r"[a-z]+", fold(q.unit).lower())[:2])
        stated.append((q.value, _QUALIFIED.get(q.qualifier or "", "eq"), counted))
    return stated


def states_span(text: str) -> bool:
    """Whether a record's text gives a span of time ("over the past 30 years", "2023-2025")."""
    return _SPAN_STATED.search(text.lower()) is not None


def asks_meeting_length(query: Query) -> bool:
    """Whether "how long …?" asks how long a meeting lasted: no words but those of meeting and talking
    ("how long did they talk?"), not of something else said to have lasted ("thanked Japan for its help over
    how long a period?")."""
    return all(k in _MEETING_TALK or k in lx.GATHERING_WORDS or k in _DURATION_WORDS for k in query.keywords)


#: Words of a question of length itself ("how long a period", "for what length of time").
_DURATION_WORDS = frozenset(stem(w) for w in "long period length time duration last lasted minutes hours".split())


def countries_of_side_asked(query: Query) -> set[str]:
    """The countries a question names as the side of the people asked: "from Japan", "from the Japanese
    side", "on the Japanese side", "on Rwanda's side", "who represented Japan", "who led Japan's side" (home
    included)."""
    words = query.words
    found = set()
    for m in query.mentions:
        if m.kind != "country":
            continue
        before = list(words[max(0, m.start - 2):m.start])
        after = list(words[m.end:m.end + 2])
        side_after = bool(after) and (after[0] in _SIDE_NOUNS or after[0] in ("'s", "s") and after[1:2] and after[1]
                                      in _SIDE_NOUNS)
        if before[-1:] == ["from"] and not side_after and (m.end == len(words) or words[m.end] not in _NOT_A_SIDE) \
                or before[-1:] in (["from"], ["the"], ["on"]) and side_after \
                or bool(before) and before[-1] in _STOOD_FOR \
                or side_after and bool(before) and before[-1] in _LED:
            found.add(m.id)
    return found


#: Nouns after a country that make it the side someone is from ("the Japanese side", "Rwanda's delegation").
_SIDE_NOUNS = frozenset("side delegation team government camp".split())
#: Verbs whose object is the side someone was of ("who represented Japan?").
_STOOD_FOR = frozenset("represented represent represents representing".split())
#: Verbs of leading a side ("who led Japan's side?").
_LED = frozenset("led lead leads leading headed head heads heading".split())
#: Words after "from <country>" that make the country a place left, not a side ("from Japan to …").
_NOT_A_SIDE = frozenset("to into toward towards".split())


def countries_of_people_asked(query: Query) -> set[str]:
    """The countries whose people "which X officials" or "which officials from X" asks for (X names them),
    home included; empty when the question does not describe the people asked by country."""
    lowered = expand_shorthand(query.raw.lower())
    found = lx.WHICH_PEOPLE_DID.match(lowered)
    if found is None:
        return set()
    words = query.words
    end = len(lowered[:found.end()].split())
    while end < len(words) and words[end] in ("from", "of", "the"):
        end += 1  # "which official from the Indonesian host government"
    return {m.id for m in query.mentions if m.kind == "country" and m.start <= end}


def deed_unsaid(query: Query, passage: Passage) -> str | None:
    """"Where did Hattori study?" of a record that does not tell of that deed: the place it gives is of something else
    (a meeting, a post), so the one asked is not known; None when the record tells of the deed, or the deed is a
    meeting's, a journey's or another event the records place as such."""
    if query.intent != "where":
        return None  # (a date asked of a deed in other words than the record's is too often the record's own event:
        # "when did Rwanda win its independence?" of "gained independence")
    words = query.words
    aux = 1
    if words[:1] != ("where",) or len(words) < 3 or words[aux] not in _AUXILIARIES:
        return None
    doers = [m for m in query.mentions if m.kind in ("person", "country")]
    named = {i for m in doers for i in range(m.start, m.end)}
    at = aux + 1
    while at < len(words) and (at in named or words[at] in _BEFORE_THE_DEED or words[at].endswith("ly")):
        at += 1
    if at == aux + 1 or at >= len(words) or not any(m.start == aux + 1 for m in doers) or query.role is not None \
            or words[at] == "s":
        return None  # (no one named doing it: "where did the meeting take place?", "… Japan's top diplomat meet …?")
    verb = words[at]
    key = stem(verb)
    if key in _PLACE_DEEDS or key in lx.GATHERING_WORDS or verb in STOPWORDS \
            or any(key in kind.words for kind in EVENT_KINDS):
        return None
    if any(fuzz.ratio(verb, deed) >= _SLIP_RATIO for deed in _PLACE_DEED_WORDS) \
            or any(fuzz.ratio(key, deed) >= _SLIP_RATIO for kind in EVENT_KINDS for deed in kind.words):
        return None  # (a slip for a deed of a meeting, a journey or another event: "when did hayashi arive in kieve")
    deed = {key, *(stem(w) for w in SYNONYMS.get(key, ()))}
    people = [m for m in doers if m.kind == "person"]
    # (the deed told of someone named: "Kyrgyz personnel who studied in Japan" tells nothing of where Kulubaev studied)
    doer_words = {stem(w) for m in people for w in words[m.start:m.end]}
    for sentence in re.split(r"(?<=[.;])\s+", f"{passage.text} {passage.cited.quote}"):
        said = set(content_stems(sentence))
        if deed & said and (not people or doer_words & said):
            return None
    who = " ".join(words[aux + 1:at])
    return f"None of the records found tells where {who} did what is asked (“{verb}”)."
