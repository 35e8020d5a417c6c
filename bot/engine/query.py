"""Question analysis: what is asked (intent), about whom and what (names), when (dates), and the
remaining meaningful words. The result is a `Query`; nothing here looks at answers."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.engine import lexicon as lx
from bot.engine.events import NUMBER_WORDS
from bot.engine.gazetteer import Mention
from bot.engine.index import KnowledgeIndex
from bot.engine.spelling import english_words, everyday_words
from bot.engine.text import COMMON_WORDS, MONTHS, STOPWORDS, content_stems, fold, stem, tokens
from bot.engine.when import NAMED_DAY, DateFilter, find_date, parse_clocks
from bot.engine.world import region_names

#: Verbs after a gathering's name that say when or where it was held ("the forum held on 10 January").
_HELD_AS_NAMED = frozenset("held hosted convened organised organized".split())
#: "and he's the foreign minister?", "she was still in office?": a statement of someone meant, asked as a claim.
_PRONOUN_IS_CLAIM = re.compile(r"^\W*(?:and |so |but |ok,? )?(?:he|she)(?:['’]s| is| was) "
                               r"(?:a|an|the|really|actually|also"
                               r"|still|already|not)\b[^?]*\?\W*$")
#: "ukrainian head of govt hayashi met", "the official kagame met in bali": someone described, then who met them and
#: where or when, asked for without a question word.
_PERSON_MET = re.compile(r"^\W*(?:and |so )?(?:the )?(?:[\w'’-]+ ){0,2}(?:officials?|ministers?|leaders?|heads? of "
                         r"(?:government|govt|state)|president|prime minister|premier|counterparts?|diplomats?"
                         r"|representatives?)\s+(?!(?:he|she|they|it|we|you|i)\b)(?:[\w'’-]+ ){1,2}"
                         r"(?:met|visited|saw|hosted|received|talked to"
                         r"|spoke (?:to|with))(?: (?:in|at|on) [\w'’ -]+)?\W*$")
#: "everyone hayashi met?": the people asked for, said as one word (a question, not a claim).
_EVERYONE = re.compile(r"^\W*(?:and |so )?(?:every(?:one|body)|every single (?:one|person))\b")

# Ordered: the first rule that matches names the intent.
_INTENTS: list[tuple[str, re.Pattern[str]]] = [
    # "where does Ukraine come up?", "where is Zelensky mentioned?": every record that names it, not a place
    ("about", re.compile(r"^\W*(?:and |so )?where (?:else )?(?:does|do|did|is|are|was|were) [\w'’ .-]{2,40}? "
                         r"(?:come up|comes up|came up|(?:get |gets |being )?mentioned|appear|feature|show up|figure)"
                         r"(?: in (?:your|the|these|those) [a-z ]{2,30})?"
                         # ("… come up - list every meeting of his": the same asked again in other words)
                         r"(?:\s+[-–—]\s.*|[,;:]\s.*)?\W*$")),
    # "bucha memorial - who was it for?", "who is the memorial dedicated to?": whom a thing is for, not who
    # took part
    ("general", re.compile(r"\bwho (?:was|is|were|are) (?:it|that|this|they|the [a-z]+) (?:for|dedicated to|meant for"
                           r"|in memory of|in hono(?:u)?r of)\W*$|\bfor whom (?:was|is|were|are) (?:it|that|this)\b"
                           # "who were the targets of the attacks she condemned?": things the records say, not people
                           # who took part
                           r"|^\W*(?:and |so )?who(?:m)? (?:was|were|is|are) the (?:main |chief |intended )?"
                           r"(?:targets?|victims?|objects?|focus|subjects?|recipients?|beneficiar(?:y|ies)) of\b")),
    ("on_date", re.compile(r"\b(what|anything) (happened|happen|took place|occurred|occur|went on|was going on)\b"
                           r"|\bon this (day|date)\b"
                           # "january events uzbekistan japan": the events of a time, asked without a question word
                           r"|^\W*(?!.*\b(?:who|whom|what|when|where|which|how|why|did|was|were)\b)"
                           r"(?=.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march"
                           r"|april|june|july|august|september|october|november|december|(?:19|20)\d\d)\b)"
                           r"(?:[\w'-]+ ){0,4}events?\b"
                           r"|\b(what|which) ([a-z'-]+ ){0,2}(events?|meetings?) (were|was|took place|happened|held)"
                           r"( held)? on\b|\b(what|which) ([a-z'-]+ ){0,2}events? (were held|took place|happened"
                           r"|occurred)\b|\b(what|which) ([a-z'-]+ ){0,2}(events?|meetings?) ([a-z'-]+ ){0,3}"
                           r"(is|was|are|were) dated\b"
                           # "what does the year 1992 mark?", "what is that date known for?"
                           r"|^\W*what (?:does|did|do) (?:the )?(?:(?:year|date|day) )?[\d ,a-z]{0,20}?\bmark\b"
                           r"|^\W*what (?:is|was) (?:the )?(?:(?:year|date|day) )?[\d ,a-z]{0,20}?\b(?:known"
                           r"|remembered) for\b"
                           # "what's 14 nov 2022 the date of?", "what is the month of October linked to?"
                           r"|^\W*what(?:'?s| is| was) (?:the )?(?:(?:year|date|day|month) (?:of )?)?"
                           r"(?=[\d ,a-z]{0,20}?\b(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b)"
                           r"[\d ,a-z]{0,20}?\b"
                           r"(?:the date of|about|linked to|tied to|associated with|connected (?:to|with))"
                           r" ?(?:in\b.*)?\W*$"
                           # "what does the article tie to the year 1962?"
                           r"|^\W*what (?:[a-z]+ ){0,6}(?:tie|ties|tied|link|links|linked|connect|connects|associate"
                           r"|associates) (?:[a-z]+ ){0,2}to (?:the )?(?:year|date|day|month) (?:of )?\d")),
    ("time", re.compile(r"\b(what|which)(?:'s|’s)? (?:local |exact |precise )?([a-z]+ ){0,2}time\b"
                        # "what were the Japan time and date when …?"
                        r"|\bwhat (?:was|were|is) the (?:jst|japan|japanese|tokyo|local) time (?:and|&) date\b"
                        r"|\bwhat (is|was) the local time\b"
                        # "at what New York local time did it end?": a place's clock named before "local time"
                        r"|\b(what|which) (?:[a-z]+ ){1,3}local time\b"
                        r"|\b(what|which) part of (the )?day\b|^\W*(?:and |so )?(?:the )?time of (?:the )?day\b"
                        r"|\bat what hour\b|\bwhat hour\b"
                        # "exact hour?", "and the precise hour?": the hour, asked in a word or two
                        r"|^\W*(?:and |so |ok )?(?:the )?(?:exact |precise |actual )?hour\W*$"
                        r"|\b(?:what|which) (?:was|is) the (?:exact |precise |actual )?hour\b"
                        r"|\bstart(ed)? at\b|\bclock time\b"
                        r"|\b(start|starting|end|ending|finish|finishing) times?\b"
                        # (not "each time", "every time", "the first time": an occasion, not a clock)
                        r"|(?<!\bat the )(?<!\bat that )(?<!\bby then )(?<!\beach )(?<!\bevery )(?<!\bsame )"
                        r"(?<!\bfirst )(?<!\bsecond )(?<!\bboth )\btime\W*$"
                        r"|^\W*(?:the )?(?:jst|japan|tokyo|local|start(?:ing)?|end(?:ing)?) time\b"
                        # "exact time kagame met kishida": the time asked as a headline
                        r"|^\W*(?:and |so )?(?:the )?(?:exact|precise|actual) time\b"
                        r"|\b(?:morning|afternoon|evening|night) or (?:in the |at )?(?:morning|afternoon|evening"
                        r"|night)\b"
                        r"|\b(end(ed|s)?|finish(ed|es)?|began|begin) (at|around|about)\W*$")),
    ("duration", re.compile(r"\bhow long\b|\bdurations?\b|\bhow many (minutes|hours)\b"
                            r"|\blengths? of (the |their |both |two |all )*(?:[\w'’-]+ ){0,6}?"
                            r"(meetings?|talks|conversations?|calls?)\b"
                            # "what was the length of the A–B meeting?"
                            r"|\b(?:what|how)(?:['’]s| was| is| were) the lengths? of\b"
                            # "length?", "and the length": a follow-up asking it alone
                            r"|^\W*(?:and |so |ok,? )?(?:the |its |their )?(?:length|lengths)\W*$"
                            # "his years of service as governor", "her tenure": how long a post was held
                            r"|\b(?:years|dates|period|length|term) (?:of|in) (?:service|office)\b|\btenure\b")),
    ("count", re.compile(r"\bhow many (meetings|talks|visits|times did|encounters)\b|\bnumber of meetings\b")),
    ("quantity", re.compile(r"\bhow (many|much|often)\b|\bnumber of\b|\bamount\b|\bhow (big|large|sizeable|sizable)\b"
                            r"|\bwhat (quantity|size|value)\b|\b(?:size|scale) of\b"
                            r"|\b(cost|costs|price|worth)\b")),
    ("why", re.compile(r"^(why|for what reason)\b|\bwhat (for|was the (reason|purpose|occasion))\b|\bpurpose\b"
                       # ("occasion?" alone: what it was held for)
                       r"|^\W*(?:and |so )?(?:the |its |their )?occasion\W*$"
                       # ("it's for what?", "its for wat": what it is for)
                       r"|^\W*(?:and |so )?(?:it|that|this)(?:'s|’s|s| is| was) for what\W*$"
                       # "what was it responding to?", "in response to what?"
                       r"|\bwhat (?:was|is|were|are) (?:it|that|this|they|the \w+) (?:responding|reacting) to\b"
                       r"|\bin (?:response|reaction) to what\b"
                       # "what was the Zembla FM in Japan for (in May)?", "what did she go to Kyiv for?", "what else
                       # was he in Japan for?"
                       r"|^\W*(?:and |so )?what (?:else )?(?:(?:was|were|is|are) [\w'’ .-]{2,50}? "
                       r"(?:in|at|visiting|doing in)"
                       r"|(?:did|does|do) [\w'’ .-]{2,50}? (?:go|goes|went|come|comes|came|travel\w*|fly|flies|flew"
                       r"|visit\w*)\b(?: to| in)?)"
                       r" [\w'’ .-]{2,30}? for(?: (?:in|on|during|back in) [\w ,.'’-]{2,25})?\W*$"
                       # "what had brought her there?", "what took him to Japan?"
                       r"|^\W*(?:and |so )?what (?:had |has |have )?(?:brought|brings|took|takes|led) [\w'’ -]{2,30}? "
                       r"(?:there|here|to|into)\b"
                       r"|^[\w' -]{3,60}\bwhy\W*$"  # "kamikawa in ny why?"
                       # "kulubaev was in japan for what events exactly": the occasion, asked after the stay
                       r"|\b(?:was|were|is|are) (?:in|visiting|at) [\w'’ .-]{2,30}? for (?:what|which) (?:events?"
                       r"|reasons?|purposes?|occasions?)\b"
                       # "which dialogue meeting was he there for?": the gathering someone came for, their occasion
                       r"|^\W*(?:and |so )?(?:which|what) (?:[\w'’-]+ ){0,3}?(?:meeting|gathering|summit|event"
                       r"|conference|forum|dialogue)s? (?:was|were|is|are) (?:he|she|they|[a-z]+) (?:there|here"
                       r"|in [\w'’ .-]{2,30}?) for\b"
                       # "what prompted it?", "what led to the aid?", "what triggered that?": its cause
                       r"|^\W*(?:and |so )?what (?:prompted|triggered|caused|motivated|led to|was behind)\b"
                       r"|^\W*for (what|which) (reasons?|purposes?|events?|occasions?)\b"
                       r"|\b(?:in|at|to) [\w .]+ for what(?: reason| purpose| occasion)?"
                       r"(?: exactly| precisely| again)?\W*$"
                       r"|\bwhat (?:was|were|is|are) (?:it|that|this|they|those|the aid|the money|the grant) for\b"
                       # "what event was Kulubaev in Japan for (besides that)?": the occasion that brought him
                       r"|^\W*(?:and |so )?(?:what|which) (?:event|occasion|gathering|reason|purpose)s? (?:was|were|is"
                       r"|are) [\w'’ -]{2,40}? in [\w'’ -]{2,30}? for\b"
                       # "who is the memorial for?": whom a thing is for, as its purpose says
                       r"|^\W*(?:and |so )?who (?:is|was|are|were) (?:the |that |this )?[\w'’ -]{2,40}? for\W*$"
                       # "and the 24 cranes are for what?": what a thing named is for
                       r"|^\W*(?:and |so )?(?:the |those |these )?[\w'’ -]{2,40}? (?:is|are|was|were|r) for what\W*$"
                       r"|^what (brought|took|led|drew)\b|\breason (for|why|behind)\b|\bin what (?:capacity|role)\b"
                       # "what was the Kyrgyz FM doing in Japan?": what had brought him there
                       r"|^(?:and |so )?what (?:was|were|is|are) [\w'’ -]{2,40}? doing (?:in|at|there|here)\b"
                       # "what gathering had brought her to New York?": the occasion
                       r"|^(?:and |so )?(?:what|which) (?:[a-z]+ )?(?:gatherings?|events?|occasions?|conferences?"
                       r"|summits?|sessions?|dialogues?|meetings?) (?:had |has |have )?(?:brought|took(?! place)|drew"
                       r"|led(?! to\b))\b"
                       # ("what else was he there for?": a purpose besides the one shown)
                       r"|^(?:and |so )?what (?:else )?(?:was|were|is|are) (?:[\w'’-]+ ){0,4}(?!stands? |stood |short )"
                       r"[\w'’-]+ for\W*(?:anyway|then)?\W*$"
                       # "what gathering was he there for?", "which event did she go to New York for?"
                       r"|^(?:and |so )?(?:what|which) (?:events?|gatherings?|conferences?|summits?|forums?|sessions?"
                       r"|occasions?) (?:was|were|is|are|did|does) (?:[\w'’-]+ ){1,5}for\W*$"
                       # "which meeting was the Kyrgyz foreign minister in Japan to attend?": what brought him there
                       r"|^(?:and |so )?(?:what|which) (?:[a-z]+ )?(?:meetings?|events?|gatherings?|conferences?"
                       r"|summits?|sessions?) (?:was|were|is|are) [\w'’ -]{2,60}? (?:in|at|visiting) [\w'’ -]{2,40}? "
                       r"(?:to|for) (?:attend|join|take part)\b")),
    # "the leader of which country met …?": a person, by the country asked
    ("who", re.compile(r"^\W*(?:and |so )?(?:on [^,]+,? )?(?:the )?(?:[a-z]+ )?(?:leaders?|presidents?|ministers?"
                       r"|heads?|officials?|premiers?|delegations?|representatives?|envoys?|diplomats?) (?:of|from) "
                       r"(?:which|what) (?:[a-z]+ )?(?:country|nation|state)\b")),
    ("where", re.compile(r"^where\b|\bwhere (did|was|were|is|do)\b|[,;:–—]\s*(?:when (?:and|n|&) )?where\W*$"
                         # "kamikawa unga mtg w/ ukr FM - when n where?": a record named, then where it was
                         r"|\b(?:meeting|mtg|talks|visit|trip|summit|forum)\b[^?]*?\s-\s*(?:when (?:and|n|&) )?"
                         r"where\W*$"
                         # "kagame kishida meeting where": a meeting, then where, as "… meeting when" asks when
                         r"|\b(?:meeting|mtg|visit|talks|trip|summit|forum) where\W*$"
                         # "kagame kishida mtg location", "uz japan biz forum city?": a record named, then the
                         # kind of place asked, as "… meeting date" asks when
                         r"|\b(?:meeting|mtg|visit|talks|trip|summit|forum) (?:city|place|location|venue|town)\W*$"
                         # ("the border with which country?": a country the thing is of, not where anything was)
                         r"|(?<!\bwith )(?<!\bbetween )(?<!\bagainst )\b(in )?(which|what) ([a-z]+ )?"
                         r"(city|country|place|town|location|venue|capital|island|cities|places|towns|locations|venues)\b(?!['’]s)"
                         # ("which country did he mention?": a country a record names, not where anything was)
                         r"(?![\w'’ ,-]*\b(?:mention|cite|name|refer|bring up|brought up|talk about|speak of|come up"
                         r"|came up|comes up|discuss|raise)\w*)"
                         r"|\b(which|what) ([a-z]+ ){2}capital\b"
                         # "in which regions of Kyrgyzstan is the project carried out?": the parts of a country
                         r"|\bin (?:which|what) (?:regions?|provinces?|prefectures?|districts?) of\b(?! the world\b)"
                         # "in which region is Bucha located?": where a place lies
                         r"|\b(?:is|are|was|were) (?:the )?[\w'’-]+(?: [\w'’-]+)? (?:located|situated)(?: in)?\W*$")),
    ("when", re.compile(r"\b(meeting|visit|talks?) date\W*$|^\W*(?:and |so |ok )?(?:the |its |their )?dates? of\b"
                        r"|\bwhen\W*$"
                        # "daryo tweet abt the 14 agreements - date posted": a thing named, then the date asked
                        r"|(?:\s[-–—]|[,:])\s*(?:the )?(?:exact )?(?:date|day|year)(?: [a-z]+ed)?\W*$"
                        # ("exact dates of the two-day summit?": the days of something that lasted several)
                        r"|^\W*(?:the )?(?:exact |precise |specific )dates? of\b"
                        # ("exact date kamikawa became fm?": the date of what the clause after it says)
                        r"|^\W*(?:the )?(?:exact|precise|specific) (?:date|day|year)s? "
                        r"(?!of\b|(?:was|is|were|are)\b)[a-z]"
                        r"|^\W*(?:and |so )?(?:the |its |their )?(?:exact |precise |full )?(?:date|day|year)\W*$"
                        r"|^\W*(what|which) (is|was|were|are) the (exact )?(date|day|year|month)s?\b"
                        r"|^\W*(list|give|show|tell)( me)?( all)?( of)?( the)? dates?\b|\bon (which|what) dates?\b"
                        # "dates when Japanese ministers met Ukrainian leaders in 2023"
                        r"|^\W*(?:the )?(?:dates|days) (?:when|on which)\b")),
    ("when", re.compile(r"^when\b|^\W*(?:and |so )?by when\b"  # ("by when are the cranes to be delivered?")
                        r"|\b(opening|founding|starting|start|establishment) (year|date)\b|\bwhen (did|was|were"
                        r"|is|do|will|would|could|might|should)\b"
                        r"|\b(what|which) (exact |precise |calendar )?(dates?|days?|years?|months?)\b"
                        r"|\bsince when\b|\bhow long ago\b"
                        r"|\bhow far back\b|\bgo back\b|\bdate back\b|\bhow old\b")),
    ("list", re.compile(r"\b(first|earliest|oldest|latest|last|most recent|recent|newest|next) (recorded )?"
                        r"([a-z'-]+ ){0,2}(meeting|visit|talks|encounter|contact|exchange)")),
    ("define", re.compile(r"^(what|whats) (is|are|was|does|do) (the |an |a )?(meaning|abbreviation|acronym)?|^what(s"
                          r"| is| are| was) \w|\bstand for\b|\bdefin|\bmeaning of\b|^explain\b"
                          # "whose peace formula is it?": what the thing is, whose name its record gives
                          r"|^(?:and |so )?whose [\w' -]+? (?:is|was) (?:it|this|that)\W*$")),
    ("who", re.compile(r"^whom?\b|\bwhom (did|does|do|was|were|is)\b"
                       # "and the Kyrgyz minister's name?", "what's his full name": the person's name asked
                       r"|^\W*(?:and |so )?(?:what(?:'s|’s| is| was) )?(?:the |his |her |their )?(?:[a-z]+ ){0,2}?"
                       r"(?:(?:" + "|".join(sorted(set(lx.SIDE_PERSON_NOUNS) | {"president", "premier", "ambassador",
                                                            "governor", "banker", "person"}, key=len, reverse=True))
                       + r")['’]s |his |her |their )(?:full |first |last )?name\W*$"
                       r"|^\W*(?:and )?(?:to|by|from|for|with|via|through) whom\b|^\W*(?:and )?(?:via|through) who\b"
                       # "she sent generators together w who": the question word last, after its preposition
                       r"|\b(?:with|alongside|beside|besides) whom?\W*$|^\W*(?:and )?to who\W*$"
                       r"|\bwho (did|was|were|is|else|met|hosted|attended|led|joined)\b"
                       # "usmanov met who from japan?": the question word where the person asked stands
                       # "everyone hayashi met in these records?": the people asked for, said as one word
                       rf"|{_EVERYONE.pattern}"
                       # "ukrainian head of govt hayashi met": the person asked for, then who met them, and no more
                       rf"|{_PERSON_MET.pattern}"
                       r"|\b(?:met|meet|meets|saw|see|visited|hosted|welcomed|received|(?:talked|talk|spoke|speak)"
                       r" (?:to|with)|called) whom?\b(?! (?:was|were|is|are|had|has|did|does|do)\b)"
                       r"|\b(which"
                       # ("what did the foreign minister say?" asks what was said, not who)
                       r"|what) (?:(?!(?:did|do|does|was|were|is|are|have|has|had)\b)[a-z0-9']+ ){0,2}"
                       r"(officials?|ministers?|people|persons?|leaders?|delegates?"
                       r"|participants?|representatives?|diplomats?|counterparts?)\b|\bwith whom\b"
                       # "which two Rwandan cabinet ministers …?": a question opening on the people it asks for
                       r"|^\W*(?:and )?(?:which|what) "
                       r"(?:(?!(?:did|do|does|was|were|is|are|have|has|had|or|and|other)\b)[a-z0-9']+ ){3}"
                       r"(?:officials|ministers|leaders|delegates|people"
                       r"|participants|representatives|diplomats)\b"
                       r"|^\W*(name|list) (the |all (the )?|every |each )?((?:two|three|four|both|\d+) )?"
                       r"([a-z0-9']+ ){0,2}(officials?|ministers?"
                       r"|diplomats?|leaders?|people|participants?|representatives?|counterparts?)\b"
                       # "every ukrainian official japan's ministers met?": all of them, asked for by a list word
                       r"|^\W*(?:every|all(?: the)?|each) (?:[a-z0-9'’]+ ){0,2}(?:officials?|ministers?|diplomats?"
                       r"|leaders?|people|participants?|representatives?|counterparts?)\b(?! (?:of the|in the)\b)"
                       # "ukrainian officials japan met w, list pls": the people first, the asking after
                       r"|^\W*(?:[a-z0-9']+ ){0,2}(?:officials|ministers|diplomats|leaders|people|participants"
                       r"|representatives|counterparts)\b[^?]*?,\s*(?:list|name)(?: them| all| em)?"
                       r"(?: pls| plz| please)?\W*$")),
    ("list", re.compile(r"\b(which|what|list|show|all) (the )?(?:(?!(?:did|do|does|was|were|are|is|have|has|had)\b)"
                        r"[a-z0-9'’-]+ ){0,2}(meetings|talks|visits|trips|encounters|engagements|gatherings)\b"
                        r"|^meetings\b"
                        r"|^\W*(?:please )?(?:list|show|give|tell)(?: me| us)?(?! about\b)(?: the| all(?: the)?)? "
                        r"(?:[a-z0-9'’-]+ ){0,2}(?:meetings|talks|visits|encounters|trips|engagements)\b"
                        r"|\bmeetings (with|in|of|during|on|held|from)\b"
                        # "japan ukraine meetings?": the meetings of those named, asked without a question word
                        r"|^\W*(?!.*\b(?:who|whom|what|when|where|which|how|why)\b)(?:[\w'’-]+ ){1,3}"
                        # ("sept 2023 japan-ukraine mtgs, list em": the same, then asked for as a list)
                        r"(?:meetings|visits|engagements)(?: list| please| pls| plz|,? (?:list|show|name|give) (?:them"
                        r"|em|'em|those)(?: all)?(?: please| pls| plz)?)?\W*$"
                        r"|^\W*(which|what) (meeting|visit|encounter)\b"
                        # "which G7 meeting did she mention?": a meeting of a kind named before it

                        r"|^\W*(list|name|show|give)( me| us)? (every|each|all( of)?( the)?)( [a-z0-9'-]+){0,3} "
                        r"(meetings?|visits?|encounters?|trips?)\b")),
    ("list", lx.WHICH_ONES_WHEN),
    ("yes_no", re.compile(r"^(did|was|were|has|have|is|does|do|had|are|will|would|can|could|should|shall)\b")),
    ("about", re.compile(r"^(tell me|what do you know|anything|info|information)\b|^about\b"
                         r"|\b(brief me|fill me in|give me an overview|overview of|summari[sz]e|summary of|"
                         r"background (on|about|of|to))\b"
                         # "how has their partnership been going lately?": how a thing stands, as its record tells
                         r"|^\W*(?:and |so )?(?:how(?:'s|’s|s)|how (?:is|are|has|have|was|were)) [\w'’ .-]{2,60}? "
                         r"(?:been )?(?:going"
                         r"|doing|faring|progressing|developing|evolving|coming along)\b"
                         # "in what contexts does Kishida come up?": every record that names him
                         r"|^\W*in (?:what|which) (?:different |other )?(?:contexts?|connections?)\b.*"
                         r"\b(?:(?:come|comes|came) up|appear|appears|feature|features|is mentioned)\b")),
]
#: "Which G7 meeting …?", "and what G20 meeting …": a meeting asked for by the name of its kind.
_KIND_OF_MEETING_ASKED = re.compile(r"^\W*(?:and |so )?(?:which|what) (?:[\w'’-]+ ){1,2}meeting\b"
                                    r"(?! (?:had |has |have )?(?:brought|took|drew|led|prompted)\b)")
#: "What was the A–B meeting about?": the topics of a meeting.
_WHAT_ABOUT = re.compile(r"^\W*(?:and |so |ok |okay )?what (?:was|were) (?:the |that |this )?[\w'’ -]{0,60}(?:meeting"
                         r"|talks|visit|discussions?|call)(?: with [\w'’ .-]{2,60}?)? (?:(?:mainly|mostly|chiefly"
                         r"|primarily|largely|really|actually|all) )?about\W*$")
#: "what material support from Japan to Ukraine …?": support asked for as a thing given, from or to someone.
_SUPPORT_ASKED = re.compile(r"^\W*(?:and |so )?(?:what|which)(?: (?:items?|kinds?|sorts?|forms?|types?|pieces?) of)?"
                            r"(?: [a-z]+)? (?:aid|assistance|support|help)\b"
                            r"(?= (?:from|to|for|did|does|do|has|have|had)\b)")
#: "whom did she receive?", "which counterpart did he receive in Japan?": a person asked for, as the one received.
_PERSON_RECEIVED = re.compile(r"^\W*(?:and |so )?(?:whom|(?:which|what) (?:[a-z]+ ){0,2}(?:counterparts?|officials?"
                              r"|ministers?|leaders?|delegations?|guests?|visitors?|envoys?|presidents?|people"
                              r"|diplomats?))\b(?=.*\breceiv)")
_ASPECTS: list[tuple[str, re.Pattern[str]]] = [
    ("pledge", re.compile(r"\b(pledg|promis|provid|send|sent|giv(?:e|es|ing|en)\b(?! me\b)|gave|donat|aid\b|assist"
                          r"|deliver|suppl"
                          r"|commit|grant|offer|help"
                          # ("received a Japanese official", "received him": hosted, not given anything)
                          r"|receiv(?!\w* (?:a |an |the |his |her |their )?(?:\w+ ){0,3}(?:officials?|ministers?"
                          r"|delegations?|counterparts?|guests?|visitors?|envoys?|him|her|them)\b)"
                          # ("getting to Kyiv": arriving, not receiving)
                          r"|(?:getting|gets)\b(?! (?:to|into|back to|there|here)\b)"
                          r"|obtain)")),
    ("agree", re.compile(r"\b(agree|agreed|agreement|sign(s|ed|ing)?\b|outcome|result|decid|concurred|conclud"
                         r"|(?:came|come|comes|coming) out of)")),
    ("discuss", re.compile(r"\b(discuss|talk(ed)? about|topic|agenda|focus|sector|area|field|exchang|cover|cooperat"
                           r"|collaborat|touch|review|deal with|(?:go|goes|going|gone|went) (?:over|through)\b"
                           r"|(?:bring|brought|bringing) up\b"
                           # ("what did A and B say about X?", "what did both say about it?": what their talks held)
                           r"|\b(?:both|and [\w'’-]+|both [\w'’-]+) (?:say|said) about\b"
                           # ("which issues came up?": what was discussed; "in what contexts does he come up?" is not)
                           r"|\b(?:what|which)(?: (?!did\b|does\b|do\b)[a-z]+){0,3} (?:came|come|comes|coming) up\b"
                           r"|rais(?:e|ed|ing)\b(?= \w+\W*$| (?:with|at|during)\b))")),
    ("thank", re.compile(r"\b(thank|grateful|gratitude|apprecia)")),
]

#: Positions a question may name someone by, most specific first.
ROLE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # a class of posts (`lexicon.POST_CLASSES`): "the Rwandan leader", "heads of state or government" ("leaders"
    # of a country, plural, are as often its ministers too: no post; nor "a leader or minister": any official)
    ("leader", re.compile(r"\bleader\b(?! (?:or|and) (?:minister|official|diplomat|representative|envoy)s?\b)"
                          r"|\bheads? of (?:state|government) (?:or|and) (?:of )?(?:state|government)\b")),
    ("deputy-foreign-minister", re.compile(r"\bdeputy (foreign ministers?|ministers? (of|for) foreign affairs)\b")),
    ("foreign-minister", re.compile(r"\bforeign (affairs )?ministers?\b|\bministers? (of|for) foreign affairs\b"
                                    r"|\bfms?\b|\b(?:top|chief) diplomats?\b"
                                    # ("the head of Velda's foreign ministry", "at the helm of the foreign ministry")
                                    # (not "the deputy head of the foreign ministry's European bureau")
                                    r"|(?<!deputy )\b(?:heads?|chiefs?|helm) of (?:the )?(?:[\w-]+(?:['’]s)? )?"
                                    r"(?:foreign ministry|ministry of foreign affairs|foreign office)\b(?!['’]s)")),
    # "pm" after a clock time ("2:40 pm") is the time of day
    ("prime-minister", re.compile(r"\bprime ministers?\b|\bpremiers?\b|(?<!\d)(?<!\d )\bpms?\b"
                                  # ("the head of Velda's government", "the head of the Velda government")
                                  r"|\bheads? of (?:the )?(?:[\w-]+(?:['’]s)? )?government\b")),
    ("finance-minister", re.compile(r"\bfinance (?:ministers?|chiefs?)\b|\bministers? (of|for) finance\b")),
    ("state-minister", re.compile(r"\bstate ministers?\b")),
    ("central-bank-governor", re.compile(r"\bgovernors?\b")),
    ("president", re.compile(r"\bpresidents?\b|\bheads? of (?:the )?(?:[\w-]+(?:['’]s)? )?state\b")),
]



class _RolePatterns(dict[str, re.Pattern[str]]):
    """The pattern of each position: the named ones above, else one read from the knowledge base's role key
    itself ("deputy-director-general" → "deputy director(s) general", "deputy director-general")."""

    def __missing__(self, key: str) -> re.Pattern[str]:
        words = key.split("-")
        pattern = re.compile(r"\b" + r"[ -]".join(f"{re.escape(w)}s?" for w in words) + r"\b")
        self[key] = pattern
        return pattern


ROLES = _RolePatterns(ROLE_PATTERNS)
_NAMED_ROLES = frozenset(ROLES)


def role_words(key: str) -> frozenset[str]:
    """The words a post's pattern names it by ("foreign", "minister", "ministers", "top", "diplomat", ...)."""
    found = re.findall(r"[a-z]{2,}", ROLES[key].pattern.replace("\\b", " "))
    # ("heads of state or government": "or", "and" join two posts and are no word of either)
    return frozenset(form for w in found if w not in ("or", "and") for form in (w, w[:-1] if w.endswith("s") else w))


#: The words of every named post ("foreign", "minister", "top", "diplomat", "of", ...).
POST_WORDS = frozenset(w for key, _ in ROLE_PATTERNS for w in role_words(key))


@lru_cache(maxsize=8)
def _declared_posts(keys: tuple[str, ...]) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """The posts of several words a knowledge base declares ("deputy-director-general"), longest first,
    and one pattern that finds any of them (group `pN` for the N-th)."""
    declared = tuple(sorted((k for k in keys if "-" in k and k not in _NAMED_ROLES), key=lambda k: (-len(k), k)))
    if not declared:
        return declared, None
    return declared, re.compile("|".join(f"(?P<p{n}>{ROLES[k].pattern})" for n, k in enumerate(declared)))
#: Inflections of stopwords ("getting", "asking") are no more content than the words themselves.
#: Nouns too general to say what kind of answer is wanted.
_GENERIC_NOUNS = frozenset("""meeting meetings visit visits thing things kind type sort topic topics issue issues
    country countries day date year time people person purpose reason reasons aim goal way ways means
    site sites spot spots location locations""".split())
#: "What time was it in Tokyo?", "when, Japan time?": the clock of the home country, not a place.
#: A question about how far apart two clocks are ("how many hours ahead of New York is Japan?").
TIME_GAP = re.compile(r"\bhours? (?:(?:is|was|are|were) (?:[\w-]+ ){1,2})?(?:ahead|behind)\b"
                      r"|\btime (?:difference|gap|zones? apart)\b"
                      r"|\bdifference in (?:time|hours)\b|\bhow many hours['’]? (?:apart|difference)\b"
                      r"|\bhours['’] difference\b"
                      # "what's the gap to Japan time?", "the difference from local time": two clocks, apart
                      r"|\b(?:difference|gap) (?:to|from|with|between) (?:the )?(?:[\w-]+ ){0,2}(?:time|clock)s?\b")
_GAP_WORDS = frozenset({"ahead", "behind", "difference", "gap", "apart", "zone", "zones", "time", "hours", "hour",
                        "clock", "clocks", "two", "both"})  # ("between the two": the two clocks)
_JST = re.compile(r"\bjst\b")
#: "that day", "that same date": a day pointed at, which the conversation gives.
_THAT_DAY = re.compile(r"\b(?:that|this|that same|this same) (?:day|date)\b")
#: Verbs that put a thing at the place named after them ("opened in Tokyo"), which is then no time zone.
_PLACED_BY = frozenset("""open opens opened based located situated stationed posted held hold holds met meet
    arrived arrive landed""".split())
_CLOCK_WORDS = re.compile(r"\b(time|clock|o'?clock|hour|jst|date|day)\b")
#: Words that stand after a noun without being one ("embassies abroad").
_PAST = re.compile(r"^[a-z]{3,}(?:ed|ied)$")
_PARTICIPLE = re.compile(r"^[a-z]{3,}ing$")
_ADVERBS = frozenset("abroad overseas here there now then today again also too ever still".split())
#: "himself", "herself": who did it, stressed (read as no detail only where the question asks when or where).
_REFLEXIVE = frozenset(stem(w) for w in "himself herself themselves itself".split())
#: Words that stress a question, never the thing it asks for ("what, specifically, …").
_EMPHASIS = frozenset("specifically particularly actually really".split())  # ("exactly" is a stopword)
_AUXILIARIES = frozenset("did does do was were is are has have had will would can could".split())
_GATHERING_NOUNS = lx.GATHERING_NOUNS
_ORDER_WORDS = frozenset("first earliest oldest initial latest last recent recently newest".split())
#: ("the main outcome", "the principal topic": which of what is asked, not a word a record holds)
_STOP_STEMS = frozenset(stem(w) for w in STOPWORDS if len(w) > 2) | frozenset(
    stem(w) for w in "main chief principal primary".split())

#: Words that name what a question of a type asks for ("what time", "how long", "which day"): they
#: say which detail of a record is wanted, not which record, so they are not matched as content.
_ATTRIBUTE_WORDS: dict[str, frozenset[str]] = {
    "time": frozenset({"time", "hour", "clock", "start", "started", "begin", "began", "end", "ended", "finish",
                       "finished", "over", "morning", "afternoon", "evening", "night", "day"}),
    "duration": frozenset({"long", "duration", "minutes", "hours", "last", "lasted", "length", "lengths"}),
    "when": frozenset({"date", "dates", "day", "days", "year", "years", "month", "months", "exactly", "far", "back",
                       "ago", "old"}),
    "where": frozenset({"city", "place", "location", "venue", "town", "take", "took", "held", "capital", "island",
                        "located", "situated"}),
    "yes_no": frozenset({"true", "correct", "right", "really", "actually", "indeed", "even", "yeah", "ya", "yea",
                         "yep"}),
    "about": frozenset({"brief", "briefing", "overview", "summary", "summarise", "summarize", "fill", "please",
                        "different", "other", "context", "contexts", "connection", "connections", "come", "comes",
                        "came", "appear", "appears", "feature", "features", "mentioned"}),
    "why": frozenset({"occasion", "need", "needed", "necessary", "required", "reason", "reasons", "purpose", "cause",
                      "responding",
                      "reacting", "response", "reaction", "brought", "brings", "bring", "drew", "draws", "prompted",
                      "prompt", "triggered", "trigger", "motivated", "behind"}),
    # "Who represented Japan?": who took part for it, which every meeting's record says.
    "who": frozenset({"represented", "represent", "representing", "participated", "took", "part", "side", "sides"}),
}

#: Nouns for people or countries that "foreign" before them says only are not the home country's.
_FOREIGN_PEOPLE = frozenset("""official officials leader leaders counterpart counterparts dignitaries delegation
    delegations partner partners government governments country countries nation nations visitor visitors guest
    guests""".split())
_FIRST = re.compile(r"\b(first|earliest|oldest|initial)\b")
#: The order words of a question, public for the rules that ask a question again at the other end of its order.
FIRST_SAID = _FIRST
_LATEST = re.compile(r"\b(latest|most recent|most recently|last|newest|recent|recently)\b(?! (year|month|week|winter"
                     r"|summer|spring|autumn|fall))")
LATEST_SAID = _LATEST
#: "What recent meetings …?", "the latest visits of …": several records asked for, not the one latest ("the most
#: recent of those visits" is one).
_RECENT_SEVERAL = re.compile(r"\b(?:most recent|recent|latest|newest)\s+(?:[a-z'’-]+\s+){0,2}?(?:meetings|visits"
                             r"|events|engagements|contacts|trips)\b")
_CAPITALISED = re.compile(r"\b[A-Z][a-zA-Z'’\-]+\b")

#: Common paraphrases mapped onto the words the knowledge base uses, as written.
#: Ordinals in words and figures, by which records number a recurring event.
_ORDINALS = (*lx.ORDINAL_WORDS, "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th")
_SYNONYM_TABLE: dict[str, tuple[str, ...]] = {
    "promise": ("pledged", "provide"), "send": ("provide",), "sent": ("provide",), "give": ("provide",),
    "gave": ("provide",), "given": ("provide",), "giving": ("provide",), "donate": ("provide",),
    "supply": ("provide",), "deliver": ("provide",), "commit": ("pledged", "provide", "commitment"),
    "committed": ("pledged", "provide", "commitment"), "commitment": ("pledged", "commit"),
    "talk": ("discussion", "meeting"), "talks": ("discussion", "meeting"), "met": ("meeting",),
    "meet": ("meeting",), "see": ("meeting",), "saw": ("meeting",), "sit": ("meeting",),
    "slogan": ("theme",), "motto": ("theme",), "drew": ("brought", "gathered", "attracted"),
    "draw": ("brought", "gathered", "attracted"), "attract": ("brought", "gathered"),
    "attracted": ("brought", "gathered"), "framework": ("arrangement",), "role": ("capacity",),
    "scheme": ("project", "program", "scholarship"), "schemes": ("projects", "programs", "scholarship"),
    "deepen": ("strengthen", "enhance"), "deepening": ("strengthening", "enhancing"),
    "boost": ("increasing", "strengthen", "enhance", "promote"), "boosting": ("increasing", "strengthening",
                                                                               "enhancing", "promoting"),
    "money": ("finance", "financial"), "finances": ("finance",), "posted": ("tweet", "reported"),
    "tweeted": ("tweet", "reported"), "publicised": ("reported",), "publicized": ("reported",),
    "diplomacy": ("foreign",),
    "praise": ("welcomed", "success", "commended", "appreciated"), "praised": ("welcomed", "success", "commended",
                                                                            "appreciated"),
    "killing": ("murder",), "killings": ("murder",), "killed": ("murder",), "kill": ("murder",),
    "criticise": ("condemn",), "criticize": ("condemn",), "denounce": ("condemn",), "censure": ("condemn",),
    "commemorate": ("dedicated",), "commemorates": ("dedicated",), "honor": ("dedicated",),
    "honour": ("dedicated",), "honors": ("dedicated",), "honours": ("dedicated",),
    "receive": ("meeting",), "welcome": ("meeting",), "visit": ("visited", "visiting"), "go": ("visit",),
    "went": ("visit",), "land": ("arrival", "arrive"), "landed": ("arrival", "arrived"),
    "trip": ("visit",), "travel": ("visit",), "start": ("established", "began", "commencing", "opened"),
    "begin": ("established", "began", "opened"), "began": ("established", "began", "opened"),
    "operate": ("opened", "operations", "began"), "operating": ("opened", "operations", "began"),
    "operations": ("opened", "operating", "began"),
    "begun": ("established", "began"), "establish": ("established",), "ties": ("relations",),
    "set": ("established",), "setting": ("established",), "founded": ("established",),
    "open": ("opened",), "embassy": ("embassy",), "thank": ("gratitude", "thankful", "appreciation"),
    "gratitude": ("thank", "thanked", "grateful", "appreciation"), "grateful": ("thank", "gratitude", "appreciation"),
    "thankful": ("thank", "gratitude", "appreciation"), "appreciative": ("thank", "gratitude", "appreciation"),
    "aid": ("assistance", "support"), "help": ("support", "assistance"), "drone": ("drone",),
    "cooperate": ("cooperation",), "collaborate": ("cooperation", "collaboration"),
    "agreement": ("agreements", "agreed"), "deal": ("agreement",), "hope": ("hope",),
    "agree": ("agreed", "concurred", "agreement"), "concur": ("agreed",),
    "company": ("companies",), "firm": ("companies",), "business": ("business",),
    "pitch": ("presented", "proposed"), "propose": ("presented", "proposed"), "showcase": ("presented",),
    "relationship": ("relations",), "attend": ("attend", "visiting"), "sign": ("signed", "signing"),
    "significant": ("historic", "first", "pivotal"), "important": ("historic", "first", "pivotal"),
    "notable": ("historic", "first", "pivotal"), "remarkable": ("historic", "first", "pivotal"),
    "special": ("historic", "first", "pivotal"), "unprecedented": ("first", "historic"),
    "team": ("together",), "partner": ("together", "partner"), "alongside": ("together",),
    "presence": ("embassy",), "mission": ("embassy",), "public": ("announced", "reported"),
    "landmin": ("demining",), "landmine": ("demining",),
    "post": ("office", "appointed"), "office": ("post",), "develop": ("dynamic", "progress", "development"),
    "progress": ("dynamic", "development"),
    "accompany": ("attended",), "join": ("attended",), "present": ("attended",),
    "appoint": ("became", "become", "appointed", "office"), "appointed": ("became", "become", "appoint", "office"),
    "job": ("post", "appointment", "appointed"), "agenda": ("discussed", "discussion"),
    # irregular verbs, whose forms share no stem
    "become": ("became",), "became": ("become",), "make": ("made",), "made": ("make",), "take": ("took",),
    "took": ("take",), "come": ("came",), "came": ("come",),
    "speak": ("spoke",), "spoke": ("speak",), "write": ("wrote",), "wrote": ("write",),
    "chair": ("held", "hosted"), "chaired": ("held", "hosted"), "preside": ("held", "hosted"),
    "institution": ("organisation", "organization", "fund", "agency", "bank"),
    "institutions": ("organisations", "organizations", "funds", "agencies", "banks"),
    "convene": ("held", "hosted"), "convened": ("held", "hosted"), "organise": ("held", "hosted"),
    "organised": ("held", "hosted"), "organize": ("held", "hosted"), "organized": ("held", "hosted"),
    "lead": ("steered", "headed", "led"), "led": ("steered", "headed", "lead"),
    "gathering": ("meeting", "summit", "forum"),
    "future": ("upcoming", "forthcoming", "planned", "schedule"), "upcoming": ("future", "forthcoming", "planned"),
    "forthcoming": ("upcoming", "future"), "planned": ("upcoming", "schedule"),
    "concentrate": ("focus", "devoted"), "concentrated": ("focused", "devoted"), "focus": ("devoted",),
    "focused": ("devoted",), "devote": ("focused",), "devoted": ("focused",), "work": ("devoted",),
    "centred": ("focused",),
    "centered": ("focused",),
    "neighbouring": ("border",), "neighboring": ("border",), "neighbour": ("border",), "neighbor": ("border",),
    "war": ("conflict", "aggression", "invasion"), "invasion": ("conflict", "aggression", "war"),
    "conflict": ("war", "aggression", "invasion"),
    # words for the `pledge kinds` a pledge may be of
    "hardware": ("equipment",), "gear": ("equipment",), "supplies": ("equipment",),
    "materiel": ("equipment",), "material": ("equipment",), "machinery": ("equipment",), "goods": ("equipment",),
    "devices": ("equipment",), "cash": ("money",), "funding": ("money",),
    "financing": ("money",),
    # "which edition was it?": the ordinal a record gives a recurring event ("the ninth meeting", "the 9th")
    "edition": _ORDINALS, "iteration": _ORDINALS,
}
#: The same, stems on both sides.
SYNONYMS: dict[str, tuple[str, ...]] = {stem(a): tuple(stem(b) for b in bs) for a, bs in _SYNONYM_TABLE.items()}
#: The words the table maps as written ("goods"), which the stems alone do not tell from others ("good").
SYNONYM_FORMS = frozenset(_SYNONYM_TABLE)


@dataclass(frozen=True)
class Query:
    raw: str
    words: tuple[str, ...]
    intent: str
    aspects: frozenset[str]
    mentions: tuple[Mention, ...]
    outside: tuple[str, ...]
    unknown_names: tuple[str, ...]
    role: str | None
    dates: DateFilter | None
    order: str | None
    keywords: tuple[str, ...]
    #: The noun a "which/what <noun>" question asks for ("which office ..." → `offic`), as a stem.
    asked: str | None = None
    #: "What time was it in Tokyo?": the clock asked for is Japan's, not a place of the meeting.
    japan_time: bool = False
    #: Where something was held, as the question says it: (kind, id, outside) for "in Japan",
    #: "on Japanese soil", "outside Japan".
    venues: tuple[tuple[str, str, bool], ...] = ()
    #: The country every record is about (the knowledge base's home country): naming it narrows nothing.
    home: str = ""
    #: Stems of the things the question sets aside ("apart from IT and education, which sectors …?").
    set_aside: frozenset[str] = frozenset()
    #: The times of day the question names ("which meeting began at 7:05 a.m.?"), as "HH:MM" (both readings of
    #: one said without a.m. or p.m.); of Japan's clock when `japan_time`.
    clocks: tuple[str, ...] = ()
    #: The one person a pronoun subject stands for, as the conversation says ("did he sign them?" after a question
    #: about one person); set when the context is read, never by the words alone.
    subject: str | None = None
    #: Ordinary words the question misspelt, each with the word of the records read for it ("occassion" →
    #: "occasion"), for rules that read the question's own words.
    spelt: tuple[tuple[str, str], ...] = ()

    def entities(self, kind: str | None = None) -> list[tuple[str, str]]:
        return [(m.kind, m.id) for m in self.mentions if kind is None or m.kind == kind]

    @property
    def fuzzy_names(self) -> list[Mention]:
        return [m for m in self.mentions if not m.exact]


#: "How long have Japan and Rwanda had ties?": a span up to now of something held, asked as since when ("how long
#: has Japan been helping them?" is answered by the span a record gives).
_HOW_LONG_SINCE = re.compile(r"\bhow long (?:have|has|had) (?:[\w'’-]+ ){1,6}(?:had|maintained|kept|enjoyed)\b")
#: Verbs that, before "on", say that something was talked about ("touched on").
_TALKED_VERBS = frozenset("touch touches touched touching".split())
#: Words that decide how a question is read; a misspelling of one is corrected before anything else.
QUESTION_WORDS = tuple(sorted(set(
    """when where what which who whom why how many much long time happened happen discussed discuss
    minister president prime foreign pledged pledge promised provided agreed signed meeting meetings times
    visited visit first latest recent between before after during about handle twitter username""".split())))
_WORD = re.compile(r"[a-z]{4,}")


#: Chat shorthand for question words ("hw many mtgs wth kyrgyzstan").
SHORTHAND = {"1st": "first", "2nd": "second", "3rd": "third", "jp": "japanese", "jpn": "japanese",
             "guvnor": "governor", "guv": "governor", "repped": "represented", "repping": "representing",
             "hw": "how", "wat": "what", "wht": "what",
             "wut": "what", "wot": "what", "whut": "what", "wen": "when", "whn": "when", "wer": "where",
             "whr": "where", "wh": "who", "y": "why", "abt": "about", "wth": "with", "w": "with", "mtg": "meeting",
             "mtgs": "meetings", "n": "and", "nd": "and", "vs": "against", "versus": "against", "whats": "what is",
             "wats": "what is", "thru": "through", "tho": "though", "wich": "which", "bcoz": "because",
             "b4": "before", "u": "you", "r": "are", "ur": "your", "pls": "please", "plz": "please",
             "govt": "government", "min": "minister", "fm": "foreign minister", "pm": "prime minister",
             "fms": "foreign ministers", "pms": "prime ministers", "biz": "business", "yrs": "years", "yr": "year",
             "programme": "program", "programmes": "programs", "intl": "international", "info": "information",
             "fav": "favourite", "fave": "favourite",
             "bday": "birthday", "goin": "going", "comin": "coming", "mornin": "morning", "evenin": "evening",
             "nite": "night", "kinda": "kind of", "sorta": "sort of",
             "giv": "give", "gonna": "going to", "wanna": "want to", "dunno": "do not know", "smth": "something",
             "diplo": "diplomatic", "dipl": "diplomatic", "rels": "relations", "govt's": "government's",
             "coop": "cooperation", "co-op": "cooperation", "prog": "program", "agmt": "agreement",
             "diff": "difference", "approx": "approximately",
             "reps": "representatives", "rep": "representative", "mins": "minutes", "hrs": "hours",
             "hr": "hour", "cos": "companies",
             "agmts": "agreements", "agrmt": "agreement", "agrmts": "agreements", "agrmnt": "agreement",
             "agrmnts": "agreements", "btwn": "between", "betwn": "between", "bfr": "before",
             "frm": "from", "wks": "weeks", "wk": "week", "mths": "months", "mth": "month", "mos": "months",
             "lng": "long", "wher": "where", "whre": "where", "ppl": "people", "cuz": "because",
             "wheres": "where is", "em": "them"}
#: The words a question is framed with, which chat writes without their vowels ("how mny", "wat mnth") or with a
#: "z" for the "s" of the plural ("how many dayz").
_FRAME_WORDS = """how many much long what when where which who whom why year years day days month months week weeks
    hour hours minute minutes first last number people time times date dates talked discussed visited signed pledged
    agreed represented""".split()


def _disemvowelled(words: list[str]) -> dict[str, str]:
    """Each frame word as chat shortens it: its consonants after the first letter ("mny" for "many", three letters
    or more, and only where no two words shorten alike), and its plural with a "z" ("dayz")."""
    short: dict[str, list[str]] = {}
    for word in words:
        skeleton = word[0] + re.sub(r"[aeiou]", "", word[1:])
        if len(skeleton) >= 3 and skeleton != word:
            short.setdefault(skeleton, []).append(word)
    found = {k: v[0] for k, v in short.items() if len(v) == 1}
    found.update({word[:-1] + "z": word for word in words if word.endswith("s") and len(word) > 3})
    return found


SHORTHAND.update({k: v for k, v in _disemvowelled(_FRAME_WORDS).items() if k not in SHORTHAND})
_SHORT = re.compile(r"\b(" + "|".join(sorted((k for k in SHORTHAND if k not in ("fm", "pm", "fms", "pms")), key=len,
                                               reverse=True))
                    + r")\b")


#: "fm", "pm": a post, unless "pm" follows a clock time ("2:40 pm"; "the g7 fms" are ministers).
_POSTS_SHORT = re.compile(r"\b(fms?)\b|(?<!\d)(?<!\d )(?<!\d:\d\d )\b(pms?)\b")


#: "go 2 kyiv": a digit standing for a word, after a verb of going.
_DIGIT_FOR_TO = re.compile(r"\b(go|goes|going|went|gone|been|come|came|travel\w*|fly|flew|head\w*|trip|visit\w*"
                           r"|aid|help|back) 2\b", re.IGNORECASE)
#: "did A invite B 2 kyiv": "2" for "to" after whom an invitation is for.
_INVITED_2 = re.compile(r"\b(invit\w*)( \w+) 2\b(?! (?:times|days|weeks|months|years)\b)", re.IGNORECASE)


#: "time 4 the talks", "what did he thank japan 4": chat's "4" for "for", before a word no figure counts or last.
#: "what does JDS stand 4 in the talks?": "4" for "for" after a word that takes "for" (no figure follows it).
_FOR_AFTER = re.compile(r"\b(stands?|stood|thank(?:s|ed|ing)?|thankful|grateful|known|famous|responsible"
                        r"|wait(?:s|ed|ing)?|ask(?:s|ed|ing)?|look(?:s|ed|ing)?) 4\b", re.IGNORECASE)
_DIGIT_FOR_FOR = re.compile(r"(?<=[a-z] )4(?= (?:the|a|an|me|us|him|her|them|it|that|this|those|these|what|which)\b"
                            # ("program 4, wat yrs": before a pause)
                            r"|\s*[,;]|\W*$)", re.IGNORECASE)
#: "a coop program 4 2023-2025": "4" for "for" before a year, unless it is the day of a month ("july 4 2023").
_FOR_BEFORE_YEAR = re.compile(r"\b([a-z]+) 4(?= (?:19|20)\d\d\b)", re.IGNORECASE)


#: "the 1st fm 2 visit ukraine": chat's "2" for "to" before a verb no figure counts.
_DIGIT_TO_VERB = re.compile(r"(?<=[a-z]ing )2(?=\W*$)"  # "what was it responding 2"
                            r"|(?<=[a-z] )2(?= (?:visit|go|meet|see|talk|sign|attend|travel|come|fly|discuss|hold"
                            r"|open|provide|send|help|support|say|ask|be|have|get|make|take|give|work|agree|thank"
                            r"|do|join|back|endorse|accept|raise|deliver)\b)",
                            re.IGNORECASE)


def asks_what_happened(text: str) -> bool:
    """Whether the question asks what happened on a date ("what happened in Rwanda that year?")."""
    return _WHAT_HAPPENED.search(text.lower()) is not None


def without_again(text: str) -> str:
    """"What's his job again?" → "What's his job?": asked once more, not of a second time it happened;
    "did he go to Ukraine as well?" → "did he go to Ukraine?": as "too" says, another thing besides."""
    return _AS_WELL.sub("", _ASKED_AGAIN.sub(lambda m: m.group("asked"), text))


@lru_cache(maxsize=4096)
def digit_for_to(text: str) -> str:
    """"going 2 ukraine" → "going to ukraine": chat's "2" for "to" after a verb of going or before a verb,
    and "4" for "for"; a figure in words written in digits ("more than a thousand" → "more than 1,000")."""
    to = _INVITED_2.sub(r"\1\2 to", _DIGIT_FOR_TO.sub(r"\1 to", _in_digits(text)))
    to = _FOR_BEFORE_YEAR.sub(lambda m: m.group(0) if m.group(1).lower().rstrip(".") in MONTHS
                              else f"{m.group(1)} for", to)
    return _FOR_AFTER.sub(r"\1 for", _DIGIT_FOR_FOR.sub("for", _DIGIT_TO_VERB.sub("to", to)))


#: "a thousand", "two hundred", "1.5 thousand": a figure written in words, with its multiplier ("7 billion" stays
#: as the records write it).
_MULTIPLIERS = {"hundred": 100, "thousand": 1000}
_FIGURE_IN_WORDS = re.compile(r"\b(an?|" + "|".join(NUMBER_WORDS) + r"|\d+(?:\.\d+)?) "
                              r"(hundred|thousand)\b(?! (?:and|of)\b)", re.IGNORECASE)


def _in_digits(text: str) -> str:
    def digits(m: re.Match[str]) -> str:
        head = m.group(1).lower()
        value = float(head) if head[0].isdigit() else NUMBER_WORDS.get(head, 1)  # "a", "an": one
        return f"{round(value * _MULTIPLIERS[m.group(2).lower()]):,}"

    return _FIGURE_IN_WORDS.sub(digits, text)


#: "a 30 min meeting", "45 mins": after a number, "min" is minutes, not a minister.
_MINUTES = re.compile(r"\b(\d+)[\s-]*mins?\b")


#: The past of a verb a record reports ("reported meeting": met).
_SET_UP = {"set": "established", "sets": "establishes", "setting": "establishing"}
#: Verbs of meeting and their past forms, both ways ("are reported meeting" → "met"; "officials japan met" → "meet").
_DONE = {"meet": "met", "hold": "held", "visit": "visited", "sign": "signed", "host": "hosted", "receive": "received",
         "see": "saw", "deal": "dealt"}
_MET_BASE = {done: verb for verb, done in _DONE.items()}
#: "japan pledged like 42 cranes": chat's "like" before a figure says "about"; "in the room" is being present.
_FLOWN = {"fly": "travel ", "flies": "travels ", "flew": "travelled ", "flown": "travelled ", "flying": "travelling "}
#: A verb of saying in the past, in the form after "did" ("brought up" → "bring up").
_MENTIONED_AS = {"brought up": "bring up", "referred to": "refer to", "talked about": "talk about",
                 "spoke of": "speak of", "spoke about": "speak about", "cited": "cite", "named": "name"}
#: A stop on a journey, said as the visit it is, in the same form.
_STOPPED = {"stop": "visit ", "stops": "visits ", "stopped": "visited ", "stopping": "visiting "}
_CHAT_PHRASES = ((re.compile(r"\blike(?= (?:\d|a |an |about |around ))"), "about"),
                 # "which parts of the country got it?", "what areas received them?": where the thing went
                 (re.compile(r"^(?P<lead>\W*(?:and |so )?)(?:which|what) (?:parts?|areas?|regions?|places?|provinces?"
                             r"|cities|city|towns?|locations?)(?: of (?:the )?[\w'’-]+(?: [\w'’-]+)?)? (?:got|get|gets"
                             r"|received|receive|receives) "
                             r"(?P<it>it|them|that|those|these|the (?:[\w'’-]+ ){0,3}[\w'’-]+)\W*$"),
                  r"\g<lead>where did \g<it> go?"),
                 # "hows it going acc to the article": "according to"
                 (re.compile(r"\bacc\.? (?=to\b)"), "according "),
                 # "wat hr programs did they praise?": human resources before a noun, hours only after a figure
                 (re.compile(r"(?<![\d.] )(?<![\d.])\bhr (?=(?:program|programs|development|projects?|training"
                             r"|exchanges?|policy|policies|cooperation|scholarships?|personnel)\b)"),
                  "human resources "),
                 # "ties est in 1991?": "est" for "established" before when (not a clock's Eastern time)
                 (re.compile(r"^(?!.*\b(?:time|times|clock|o'clock|[ap]m|[ap]\.m\.)\b)(?P<pre>.*?)\b(?:est|estd|estab)\b"
                             r"(?= (?:in|on|since|when)\b| (?:19|20)\d\d\b|\W*$)"), r"\g<pre>established"),
                 # "hayashi's trip = the first since the war?": an equals sign for "was", a claim
                 (re.compile(r"\s+=+\s+"), " was "),
                 # "emergency aid for what?": what the thing named was for
                 (re.compile(r"^(?P<lead>\W*(?:and |so )?)(?:the |that |this )?"
                             r"(?P<np>(?:(?!(?:it|that|this|he|she|they)\b)[a-z-]+(?<!ed) ){0,1}"
                             r"(?!(?:it|that|this|he|she|they|its|it's|stands?|stood|means?|is|was|are|were|does|do|did"
                             r"|goes|go|went|comes?|came|asks?|thanks?|pays?|paid|uses?|needs?|looks?|hopes?|calls?)\b)"
                             r"[a-z-]+(?<!ed)) for wh?at\W*$"),
                  r"\g<lead>what was the \g<np> for?"),
                 # "he mentioned some border, which one?": which of the things said
                 (re.compile(r"^(?P<lead>\W*(?:and |so )?)(?P<who>(?:[a-z'’-]+ ){1,3}?)"
                             r"(?P<v>mentioned|brought up|referred to|talked about|spoke (?:of|about)|cited|named) "
                             r"(?:some|a|an|one|a certain) "
                             r"(?P<noun>[a-z-]+)\W+which (?:one|of them)\W*$"),
                  lambda m: f"{m.group('lead')}which {m.group('noun')} did {m.group('who').strip()} "
                            f"{_MENTIONED_AS.get(m.group('v'), 'mention')}?"),
                 # "whos peace formula is it?": chat's "whos" before a thing and "is it" is "whose"
                 (re.compile(r"\b(?:whos|who's|who’s)(?= [a-z-]+(?: [a-z-]+)? (?:is|was|are|were) (?:it|that|this|they"
                             r"|those)\W*$)"), "whose"),
                 # "what did he say back?", "what did Kuleba say in response?": what he said, as a reply to what was
                 # just shown
                 (re.compile(r"\b(?P<v>say|said|says|reply|replied|answer|answered) "
                             r"(?:back|in (?:reply|response|return))(?=\W*$)"), r"\g<v>"),
                 # "isn't 26 January also when …?", "didnt he visit Bucha?": a question put in the negative asks
                 # the same claim as one put plainly
                 (re.compile(r"^(?P<lead>\W*(?:(?:and|so|but|then|wait|hmm|oh|ok|okay)\W+)?)(?P<aux>is|was|were|are"
                             r"|did|does|do|has|have|had)(?:n'?t|n’t)\b", re.IGNORECASE), r"\g<lead>\g<aux>"),
                 # "does Kudratov head the foreign ministry?", "kudratov heads it?": a post claimed, said by its verb
                 # ("does A chair the G20?" the same, a body; "did A chair the meeting?" is of a gathering's host)
                 (re.compile(r"^(?P<lead>\W*(?:and |so )?)(?P<aux>does|did) (?P<who>[\w'’.-]+(?: [\w'’.-]+)?) "
                             r"(?:(?P<v>head)|(?P<chair>chair)(?![^?]*\b(?:meeting|meetings|talks|session|forum|summit"
                             r"|dialogue|conference|gathering)s?\b)) (?!(?:of|to|for|back|home|up|out|over)\b)"),
                  lambda m: f"{m.group('lead')}{'is' if m.group('aux') == 'does' else 'was'} {m.group('who')} "
                            f"the {m.group('v') or m.group('chair')} of "),
                 (re.compile(r"^(?P<lead>\W*(?:and |so )?)(?!(?i:who|whom|what|which|whose|wat|how|when|where|why)\b)"
                             r"(?P<who>[\w'’.-]+(?: [\w'’.-]+)?) (?P<v>heads|headed) "
                             r"(?!(?:of|to|for|back|home|up|out|over)\b)(?=[^?]*\?\W*$)"),
                  lambda m: f"{m.group('lead')}{m.group('who')} {'is' if m.group('v').endswith('s') else 'was'} "
                            "the head of "),
                 (re.compile(r"\b(?:in the room|in attendance|on hand)\b"), "present"),
                 # "did Hayashi stop in Bucha?", "he stopped off at the memorial": a place visited on a journey
                 (re.compile(r"\b(?P<v>stop|stops|stopped|stopping)(?: off| by)? (?=in |at |by )"),
                  lambda m: _STOPPED[m.group("v")]),
                 # "which officials are reported meeting a minister?", "do the documents show A holding talks?":
                 # what the records report is what was done
                 (re.compile(r"\b(?:are|is|was|were) (?:reported|recorded|shown|described|documented|mentioned) "
                             r"(?:as )?(?=meeting|holding|visiting|signing|dealing)"
                             r"(?P<v>meet|hold|visit|sign|deal)ing\b"),
                  lambda m: _DONE[m.group("v")]),
                 (re.compile(r"\bdo(?:es)? (?:the |these |your |those )?(?:documents|records|texts|articles|sources|"
                             r"reports) show (?P<who>[\w'’.-]+(?: [\w'’.-]+){0,2}?) (?P<v>meet|hold|visit|sign)ing\b"),
                  lambda m: f"did {m.group('who')} {m.group('v')}"),
                 # "did Zembla send its foreign minister to the meeting?", "did he bring his own foreign minister to
                 # it?": whether its foreign minister attended
                 (re.compile(r"\b(?P<aux>did|does|has|had|will) (?P<who>[\w'’.-]+(?: [\w'’.-]+)?) "
                             r"(?:send|dispatch|bring|take) (?:its|their|his|her|a|an|the) (?:own )?"
                             r"(?P<post>(?:[a-z]+ ){0,2}(?:minister|official|diplomat"
                             r"|envoy|delegation|representative|president|leader)s?)"
                             r"(?: (?:to|along|with (?:him|her|them))\b|(?=(?: too| as well)?\W*$))"),
                  # ("did Kishida bring his foreign minister (too)?": to what the conversation is on)
                  lambda m: f"{m.group('aux')} {lx.POSSESSIVE_OF.get(m.group('who'), m.group('who') + chr(39) + 's')} "
                            f"{m.group('post')} attend"
                            + (" it" if not re.sub(r"\b(?:too|as well)\b", "", m.string[m.end():]).strip(" ?!.")
                               else "")),
                 # "did the Zemblan FM fly to Ostra?": a journey there, however made (not "fly out to see him")
                 (re.compile(r"\b(?P<v>fly|flies|flew|flown|flying) (?=to\b)"), lambda m: _FLOWN[m.group("v")]),
                 # "when did hayashi go?": a journey, of no place said (not every meeting he had)
                 (re.compile(r"^(?P<pre>\W*(?:and |so |ok |oh ok so |then )?(?:when|where) did "
                             r"(?!(?:it|that|this|these|those|they|the)\b)[\w'’.-]+(?: [\w'’.-]+)?) go(?=\W*$)"),
                  r"\g<pre> travel"),
                 # "the first foreign minister to set foot in Ukraine": a visit; a cabinet member is a minister
                 (re.compile(r"\bset(?:s|ting)? foot (?:in|on)\b"), "visit"),
                 # "who served as Japan's foreign minister?", "which people appear as Japan's foreign minister in
                 # these documents?": who held the post, who was it
                 (re.compile(r"^(?P<lead>\W*(?:and |so )?(?:who|which (?:person|official|people|persons|officials"
                             r"|individuals)) )(?:served|serves|was serving|acted|worked|functioned|appears?|appeared"
                             r"|(?:is|are|was|were) (?:shown|listed|named|mentioned)) as\b", re.IGNORECASE),
                  r"\g<lead>was"),
                 # "ukrainian officials japan met, all of em": the people a clause describes, asked for as "which"
                 (re.compile(r"^(?P<lead>\W*(?:and |so )?)(?:all (?:the )?|the )?(?P<who>(?:[a-z]+ ){0,2}?"
                             r"(?:officials|leaders|ministers|people|counterparts|diplomats|dignitaries"
                             r"|representatives)) "
                             r"(?P<subj>(?:(?!(?:who|that|which|and|or|have|has|had|were|was|did|do|does|is|are)\b)"
                             r"[a-z'’]+ ){1,3}?)(?P<v>met|hosted|received|saw|visited)\b"),
                  lambda m: f"{m.group('lead')}which {m.group('who')} did {m.group('subj')}{_MET_BASE[m.group('v')]}"),
                 (re.compile(r"\bcabinet (?:member|minister)(s?)\b"), r"minister\1"),
                 # "did Zelenskyy go with him?": whether he accompanied him, not whether they met
                 (re.compile(r"\b(?:did|does|do|has|had) (?P<who>[\w'’.-]+(?: [\w'’.-]+)?) (?:go|come|gone|come) "
                             r"(?:along )?with (?=(?:him|her|them)\b)"), r"did \g<who> accompany "),
                 # "who was with the Rwandan leader from his government?": who accompanied him
                 (re.compile(r"^(\W*(?:and |so |ok,? )?)who (else )?(?:was|were|came|went) (?:along )?with "
                             r"(?=(?:him|her|them|the|[a-z]+['’]s)\b)"), r"\1who \2accompanied "),
                 # "who accompanied him from his government?": the people of his side, whom the records name as his
                 (re.compile(r" from (?:his|her|their) (?:own )?(?:government|cabinet|side|team|delegation)\b"), ""),
                 # "a foreign government counterpart": a foreign counterpart
                 (re.compile(r"\b(foreign|partner) government (?=counterparts?|officials?|ministers?|leaders?)"),
                  r"\1 "),
                 # "year japan opened its embassy in kigali?": the detail asked, put first without "what"
                 (re.compile(r"^(\W*)(?=(?:year|date|day|month|city|place|venue)\s+(?!of\b|and\b|was\b|is\b|did\b"
                             r"|does\b|do\b|were\b|are\b|has\b|had\b)[a-z]+ [a-z]+)"), r"\1what "),
                 # "the minister in charge of finance", "the minister responsible for trade": the minister of it
                 (re.compile(r"\b(minister|ministers|ministry|secretary) "
                             r"(?:in charge of|responsible for|overseeing)\b"), r"\1 of"),
                 # "what topics did they cover?", "did the two go over trade?": what people discussed (a news outlet
                 # "covering Central Asia" is no talk)
                 # ("what fields did they cover?" may be of agreements)
                 (re.compile(r"\b(?P<what>topics?|issues?|subjects?|matters?|themes?)(?P<besides> (?:besides|apart from"
                             r"|other than|except|beyond) [\w'’-]+(?: [\w'’-]+)?)? (?P<aux>did|do|does) "
                             r"(?P<who>they|the two(?: of them)?|both(?: of them)?|he|she|the (?:ministers|leaders"
                             r"|officials|two sides)) (?:cover|go over|touch on|get into)\b"),
                  lambda m: f"{m.group('what')}{m.group('besides') or ''} {m.group('aux')} {m.group('who')} discuss"),
                 # "when did he join the bureau?": his appointment to it (joining talks is taking part in them)
                 (re.compile(r"\b(?:join|joins|joined|joining) (?=(?:the |his |her |its |[a-z]+'s )?"
                             r"(?:[a-z]+ ){0,3}(?:bureau|ministry|government|cabinet|department|office|agency|bank|diet"
                             r"|parliament|foreign service)\b)"), "was appointed to "),
                 # "why did Japan change its foreign minister?": why it appointed a new one (no meeting of the post)
                 (re.compile(r"\b(?:change|changed|changes|changing|replace|replaced|replaces|replacing|swap|swapped"
                             r"|reshuffle|reshuffled) (?:(?:its|their|his|her|the) )?"
                             r"(?=(?:(?:foreign|prime|finance|deputy|state) )?"
                             r"(?:minister|ministers|president|premier|governor|ambassador|fm|pm)\b)"),
                  "appointed a new "),
                 # "before she took office": a time, as "before taking office" (no appointment asked of)
                 (re.compile(r"\b(?P<when>before|after|since|upon|until) (?:he|she|they|[a-z]+) (?:took|takes|take)"
                             r" (?:up )?office\b"), r"\g<when> taking office"),
                 # "on what date did she take office?": when she was appointed ("before taking office" is a time)
                 (re.compile(r"(?<!before )(?<!after )(?<!since )(?<!upon )(?<!when )\b(?:take|took) (?:up )?"
                             r"(?:office|(?:the|her|his) (?:post|office))\b"), "was appointed"),
                 # "who put out word of the meeting?", "who broke the news of it?": who reported it
                 (re.compile(r"\b(?:put|puts|putting) out (?:the )?(?:word|news) (?:of|about|on)\b"
                             r"|\bbroke the news (?:of|about)\b"), "reported"),
                 # "every foreign minister mentioned, Japanese or not": of any country, none named
                 (re.compile(r",\s*(?:whether\s+)?[a-z]+ or (?:not|otherwise)(?=\W*$)"), ""),
                 # "the head of Kyrgyz diplomacy": its foreign minister
                 (re.compile(r"\bheads? of (?P<c>[\w-]+ )?diplomacy\b"), r"\g<c>foreign minister"),
                 # "who put their signatures on the program?": who signed it
                 (re.compile(r"\b(?:put|puts|putting|placed|set) (?:(?:his|her|their|its) )?(?:names?|signatures?) "
                             r"(?:on|to|under)\b"), "signed"),
                 # "when were relations set up?", "did they set up an office?": an establishment
                 (re.compile(r"\b(?P<v>set|sets|setting) up\b"), lambda m: _SET_UP[m.group("v")]),
                 # "were business people there?", "Japanese businessmen": people of companies, as records name them
                 (re.compile(r"\bbusiness ?(?:people|persons|men|women|leaders|executives|figures)\b"
                             r"|\bbusiness(?:men|women)\b"), "company representatives"),
                 # "who did Japan send?", "whom did Tokyo send to the talks?": who represented it there (no thing sent)
                 (re.compile(r"\b(?P<who>who|whom) did (?P<c>[\w'’-]+(?: [\w'’-]+)?) (?:send|dispatch)"
                             r"(?=\W*$| (?:to|for) (?:the |that |this |those )?(?:[a-z]+ )?(?:meeting|talks|meetings"
                             r"|visit|forum|dialogue|summit|consultations)\b)"),
                  r"who represented \g<c>"),
                 # "who did Japan send to Ukraine?": who of it went there (a person asked, not a thing sent)
                 (re.compile(r"\b(?:who|whom) did (?P<c>[\w'’-]+(?: [\w'’-]+)?) (?:send|dispatch) to "
                             r"(?=[a-z])(?!(?:meet|see|visit|talk|attend|hold)\b)"),
                  r"who from \g<c> went to "),
                 # "was Hayashi visiting Kyrgyzstan when he met Kulubaev?": whether he was there then
                 (re.compile(r"^(?P<q>\W*(?:and |so )?(?:was|were) [\w'’.-]+(?: [\w'’.-]+)?) (?:visiting|staying in"
                             r"|travell?ing (?:in|to)) (?=[a-z])"), r"\g<q> in "),
                 # "when was the trip made public?": when it was announced
                 (re.compile(r"\b(?:made|went) (?:public|official)\b"), "announced"),
                 # "equipment for clearing mines", "to help clear landmines": demining, as records name it
                 (re.compile(r"\bclear(?:ing|ed|s)? (?:the |of )?(?:land ?)?mines\b"), "demining"),
                 # "when did the forum take place?": when it happened ("place" is no place asked for)
                 (re.compile(r"^(?P<q>\W*(?:and |so )?(?:when|(?:on |in )?(?:what|which) (?:date|day|year|month))\b"
                             r".*?)\b(?P<v>take|takes|took|taken) place\b"),
                  lambda m: m.group("q") + {"take": "happen", "takes": "happens"}.get(m.group("v"), "happened")),
                 # "what was on the table when they met?", "what came up?": what was discussed
                 (re.compile(r"\b(was|were) (?:on the table|on the agenda|up for discussion)\b"), r"\1 discussed"),
                 # "which officials dealt with Uzbek counterparts?": people who met them
                 (re.compile(r"\b(officials|ministers|leaders|diplomats|people|who) (?:dealt|engaged|interacted"
                             r"|liaised) with\b"), r"\1 met with"),
                 # "and it lasted?": a statement left open for its length, how long it lasted
                 (re.compile(r"^(\W*(?:and |so )?)(it|that|they|the (?:meeting|talks|visit|trip)) (?:lasted|went on"
                             r"|ran)(?: for)?(?=\W*$)"), r"\1how long did \2 last"),
                 # "where did the stuff go?": the thing just discussed, as "it"
                 (re.compile(r"\b(?:the|that|this|all the|all that) stuff\b"), "it"),
                 # "what intl stuff did they discuss?": the issues, said in chat's word for them
                 (re.compile(r"\b(?:stuff|things)\b(?= (?:did|do|does|was|were|is|are|came|come|got)\b)"), "issues"),
                 # "days between them", "yrs apart?": how many of them, asked without "how many"
                 (re.compile(r"^(\W*(?:and |so |ok )?)(?=(?:days|weeks|months|years|yrs|hours|hrs|minutes|mins) "
                             r"(?:between|apart|separat\w*|in between)\b)"), r"\1how many "),
                 # "count the days from A to B", "work out the number of months between them": how many
                 (re.compile(r"^(\W*(?:and |so |ok |now |please )?)(?:please )?(?:count|calculate|compute|work out"
                             r"|figure out|give me|tell me)(?: me)? (?:the )?(?:(?:total )?number of )?"
                             r"(?=(?:days|weeks|months|years|hours|minutes)\b)"), r"\1how many "))
#: "countrys", "citys", "agencys": a plural of a noun in -y spelt with -ys after a consonant, as "countries".
_Y_PLURAL = re.compile(r"\b([a-z]{2,}[b-df-hj-np-tv-xz])ys\b")
#: "2.40pm", "6.05 p.m.", "6:05pm": a clock time written with a dot or with its "pm" joined, as "2:40 pm".
_DOTTED_CLOCK = re.compile(r"\b(\d{1,2})[.:](\d{2}) ?([ap])\.? ?m\b\.?")


def from_countries(query: Query) -> set[str]:
    """The countries a question names after "from" ("who attended from the United States?", "the central bank guy
    from Japan"): whose people are meant, not where anything took place."""
    return {m.id for m in query.mentions if m.kind == "country"
            and [w for w in query.words[max(0, m.start - 2):m.start] if w != "the"][-1:] == ["from"]}


def meeting_sides(query: Query) -> frozenset[str]:
    """The countries a question names as the sides of a meeting, written before its noun ("the Japan–Tajikistan
    FM meeting", "the Kyrgyz foreign ministers' talks"): a meeting of other countries is not the one named."""
    return frozenset(c for named, _ in _side_phrases(query) for c in named)


def meeting_level_words(query: Query) -> frozenset[str]:
    """Stems of the post words inside such a name ("foreign", "minist" of "the Kyrgyz FM meeting"): they name
    the meeting's level, no claim of their own."""
    return frozenset(stem(w) for _, posts in _side_phrases(query) for i in posts
                     for w in SHORTHAND.get(query.words[i], query.words[i]).split())


def _side_phrases(query: Query) -> list[tuple[set[str], list[int]]]:
    """Each run of country names and post words before a gathering noun: its countries, and its post words'
    positions."""
    countries = {m.start: m for m in query.mentions if m.kind == "country"}
    posts = POST_WORDS | {"and", "bilateral"}
    found: list[tuple[set[str], list[int]]] = []
    for m in countries.values():
        at, named, words = m.end, {m.id}, []
        while at < len(query.words) and (at in countries or query.words[at] in posts):
            if at in countries:
                named.add(countries[at].id)
                at = countries[at].end
            else:
                words.append(at)
                at += 1
        if at < len(query.words) and SHORTHAND.get(query.words[at], query.words[at]) in _GATHERING_NOUNS \
                and at > m.end:
            found.append((named, words))
    return found


def asks_person_met(lowered: str) -> bool:
    """Whether a message asks for someone described, then says who met them ("ukrainian head of govt hayashi met"),
    with no question word: the description is of the one asked for, not of the one named after it."""
    return _PERSON_MET.match(lowered) is not None


@lru_cache(maxsize=4096)
def expand_shorthand(lowered: str) -> str:
    """Chat shorthand written out ("wat did he say" → "what did he say"), as the rules read questions (a pure
    function of the text, which many rules read again: kept)."""
    lowered = _DOTTED_CLOCK.sub(r"\1:\2 \3m", _MINUTES.sub(r"\1 minutes", _Y_PLURAL.sub(r"\1ies", lowered)))
    for pattern, written in _CHAT_PHRASES:
        lowered = pattern.sub(written, lowered)
    lowered = _POSTS_SHORT.sub(lambda m: SHORTHAND[m.group(1) or m.group(2)], lowered)
    return _SHORT.sub(lambda m: SHORTHAND[m.group(1)], lowered)


def as_read(query: Query) -> str:
    """The question in lower case as the parse reads it: chat shorthand written out, misspelt words as corrected
    ("did zelensky say anythng abt japan" → "… anything about japan")."""
    lowered = expand_shorthand(query.raw.lower())
    for written, read in query.spelt:
        lowered = re.sub(rf"\b{re.escape(written)}\b", read, lowered)
    return lowered


#: "send generators 2 ukraine": a "2" before a word and then the question's end or a joining word; when the word
#: is a name, the "2" is chat's "to" (no figure counts a name standing alone).
_DIGIT_BEFORE_NAME = re.compile(r"(?<=[a-z] )2 ([a-z][\w'’-]*)(?=\W*$|\s+(?:in|on|at|for|with|and|or|during|last|this"
                                r"|after|before|when|by|since|from)\b)", re.IGNORECASE)


def _two_before_name(text: str, index: KnowledgeIndex) -> str:
    """The question with each chat "2" before a name written "to" ("send generators 2 Ukraine")."""
    def to(m: re.Match[str]) -> str:
        word = m.group(1).lower()
        return f"to {m.group(1)}" if word not in COMMON_WORDS and index.names.correct(word) is not None else m.group(0)

    return _DIGIT_BEFORE_NAME.sub(to, text)


def _fix_question_words(folded: str, index: KnowledgeIndex) -> str:
    folded = digit_for_to(expand_shorthand(folded))

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in STOPWORDS or word in COMMON_WORDS or word in index.vocabulary or word in index.names.vocabulary:
            return word
        if len(word) >= 4 and word in english_words():
            return word  # "mainly" is no slip of "many"
        best = process.extractOne(word, QUESTION_WORDS, scorer=fuzz.ratio, score_cutoff=80)
        if best is None and len(word) <= 5:  # short words: one swapped pair of letters (`whne`)
            slips = [(w, OSA.distance(word, w)) for w in QUESTION_WORDS]
            nearest = min(slips, key=lambda found: found[1])
            best = (nearest[0], float(nearest[1]), 0) if nearest[1] <= 1 else None
        return best[0] if best else word

    return _WORD.sub(fix, folded)


def _read_as(word: str, index: KnowledgeIndex) -> str:
    """The word of the names' vocabulary a word no name took reads as, or the word itself."""
    read = (index.names.correct(word) or (word, 0.0))[0]
    if read != word and len(word) >= 4 and word in english_words() and read[:5] != word[:5]:
        return word
    return read


_WH_WORD = re.compile(r"\b(?:who|whom|whose|what|when|where|which|why|how)\b")
#: "a banker who became governor", "the program which was signed": a clause about the noun before it.
_RELATIVE_CLAUSE = re.compile(r"(?<=[a-z]{3} )(?:who|which) (?=(?:[a-z]+ed|became|was|is|has|had|met|went|led|ran"
                              r"|made|took|gave|held|won|came|saw|left|heads|leads|runs)\b)")
#: "usmanov is …?", "kudratov heads …?": the verb after a name that states who someone is or the post they head.
_IS_OR_HOLDS = [[w] for w in "is was heads headed".split()]
#: "hayashi said kyrgyz people who studied in japan are active?": what someone said, stated (a "who" in what was said
#: describes someone and asks nothing).
_REPORTED_FIRST = re.compile(r"^\W*(?:[a-z]+ ){1,3}(?:said|says|told [a-z]+|stated|noted|mentioned|claimed|stressed"
                             r"|emphasi[sz]ed|added)(?: that)? (?!.*\?.)")
_AUXILIARY_FIRST = re.compile(r"^\W*(?:was|were|is|are|did|does|do|has|have|had)\b")
#: "was this Kulubaev's first trip to Japan?", "was his trip to Japan his first?": a first claimed of the thing
#: pointed at, which a record must say (not "was the first meeting in Kyiv?", which asks of the earliest one).
_FIRST_PREDICATED = re.compile(r"^\W*(?:(?:so|and|but) )?(?:was|were|is|are) (?:it|this|that|these|those) (?:really "
                               r"|actually |also )?(?:(?:[\w-]+(?:'s|’s)|his|her|their|its|the|a) )?(?:very )?first\b"
                               r"|\b(?:his|her|their|its) (?:very )?first\W*$")
#: "hayashi kyiv trip was it announced in advance": a topic, then a yes/no question about it.
_TOPIC_THEN_CLAIM = re.compile(r"^\W*(?:[\w'’-]+ ){1,5}(?:was|were|is|are|did|does|do|has|have|had) "
                               r"(?:it|he|she|they|that|this)\b")
#: "named in the Uzbekistan article": a source document named by what it is about.
#: "Of the meetings you have on record, which ones …": the set named first is what "which ones" asks for.
_OF_THE_SET = re.compile(r"^\W*(?:of|among|from|out of) (?:the |all the |all |these |those )?"
                         r"(?P<set>meetings|talks|visits|trips|encounters)\b[^,?]{0,60},"
                         r"\s*(?P<which>which|what) (?:ones?|of them|of those)\b")
_SOURCE_ABOUT = re.compile(r"\s(?:in|from|of) (?:the|this|that) (?P<what>[a-z]+(?:[ -][a-z]+)?) (?:article|document"
                           r"|press release|release|report|text|story|piece)\b")
#: "every Uzbek official the documents mention", "which Rwandan ministers are named in the records?": people said
#: to be where every record is, which is no word of them ("which border was mentioned?" keeps its sense of a thing
#: that came up).
#: "… do the documents say …", "… does the report say that …": where the answer is looked for, said inside the
#: question; no word a record must hold.
_SOURCES_SAY = re.compile(r"\b(?:do|does|did) (?:the|your|these|those|my) (?:documents?|sources?|articles?|texts?"
                          r"|reports?|records?|releases?|press releases?) (?:say|report|state|show|tell)(?: us)?"
                          r"(?: that)?(?= [a-z])")
_MENTIONED_LAST = re.compile(r"^(?P<who>\W*(?:which|what|name|list|who are)(?: (?:every|all|each|the|all the))? "
                             r"(?:[a-z'-]+ ){0,2}?(?:officials?|ministers?|leaders?|people|persons?|diplomats?"
                             r"|representatives?)) "
                             r"(?:(?:(?:that|which|who|whom) )?(?:the|your|these|those) (?:documents?|records?"
                             r"|articles?|sources?|texts?|releases?) (?:mention|name|list|cite)"
                             r"|(?:(?:are|were|is|was|get|gets|got|being) )?(?:mentioned|named|cited|listed)"
                             r"(?: (?:in|by) (?:the|your|these|those) (?:documents?|records?|articles?|sources?|texts?"
                             r"|releases?))?)\W*$")
#: "how many named Ukrainian leaders", "which listed projects": the things the records name, which is every one.
_NAMED_BEFORE = re.compile(r"\b(?P<asked>how many|which|what|all(?: the)?|every|each|list(?: the)?|name(?: the)?) "
                           r"(?:named|listed|mentioned|identified|recorded) (?=[a-z])")
#: Nouns after a region's name that make it the name of an office ("Asian affairs", "Africa desk").
_OFFICE_WORDS = frozenset("affairs bureau department division desk section directorate office".split())
#: Nouns after a region's name that only say its countries are meant ("Central Asian states").
#: Nouns after a country that name its state, which the country stands for ("the Japanese government").
_GOVERNMENT_NOUNS = frozenset("government governments administration authorities govt".split())
_COUNTRY_NOUNS = frozenset("countries country states nations republics partners neighbours neighbors".split())
_SPACES = re.compile(r"\s{2,}")
#: Phrases that qualify a question without adding to it ("according to the report", "lately").
#: "Has Kagame been to Japan before?": "before" with nothing after it, in a claim of what has been done, is
#: "ever" (at any earlier time), no content.
EVER_BEFORE = re.compile(r"(?i)^(?P<claim>\W*(?:and |so )?(?:has|have)\b(?!.*\b(?:before|previously) \w).*?)\s+"
                          r"(?:before|previously)(?=\W*$)")
_FILLER = re.compile(r"\b(on record|according to (the )?(report|records?|sources?|article|text|press release"
                     r"|documents?|docs?|"
                     r"knowledge base)|in the (records?|knowledge base|sources?|documents?)|by (his|her"
                     r"|their) own account"
                     r"|in these records|lately|these days|so far|as far as you know|if you know|actual"
                     r"|in person|physically|personally"
                     r"|(?:mainly|mostly|chiefly|primarily|principally|largely|basically|really)(?= about\b)"
                     r"|(?:across|in|throughout) (?:all |any )?(?:of )?(?:the |these )?(?:documents|records|texts"
                     r"|articles|sources)|according to (?:these|the) (?:documents|records|articles|texts)"
                     # ("which officials did he meet, across all countries?": every one, wherever, no topic)
                     r"|(?:across|in|throughout) (?:all|every) (?:of )?(?:the |his |her |their )?(?:countries|country"
                     r"|partners|nations|places)"
                     r"|(?:show up |appear |are mentioned |mentioned )?(?:in|going by|based on|per|from|judging by"
                     r"|according to) (?:these|the|this|your) "
                     r"(?:documents?|docs?|texts?|articles?|reports|coverage|stories|files|"
                     r"releases?|press releases?|sources?|records?))\b"
                     # "what support … do your sources mention?": the documents, as the place looked in, asked last
                     r"|\b(?:do|does|did) (?:your|the|these|those|this|that) (?:sources?|records?|documents?|docs?"
                     r"|texts?|articles?|reports?|releases?|press releases?) (?:mention|say|show|record|cover|list|name"
                     # ("what time difference does the release imply?": what the text gives, asked of it)
                     r"|imply|suggest|indicate|give)(?=\W*$)"
                     # "… that your sources cover": the documents, as the place looked in
                     r"|\b(?:that|which) (?:your|the|these|those) (?:sources|records|documents|docs|texts|articles"
                     r"|reports) (?:cover|covers|hold|have|include)\b"
                     r"|\bor (nah|not|no)\W*$|\b(?:tho|though|anyway|anyways)\W*$"
                     # "why that year in particular?": a stress on what is asked, no content
                     r"|\bin particular\b"
                     # "why was he in Japan in the first place?": a stress on the cause asked, no first of anything
                     r"|\bin the first place\b"
                     # "did he also visit Ukraine at some point?": at any time, no content
                     r"|\bat (?:some|any) (?:point|stage)\b"
                     # "which officials did they actually meet?": a stress on the verb, no content
                     r"|\b(?:actually|truly)\b(?= [a-z])"
                     # "…? give me all of them": the question asked for every one, which every list gives
                     r"|(?<=[?.,;])\s*(?:please\s+)?(?:give|list|show|tell|name)(?: me)?(?: them)? (?:all|every one"
                     r"|both|each)(?: of them| (?:the )?(?:reasons|causes|purposes|ones|names|dates|places))?"
                     r"(?: please)?\W*$|(?<=[?.,;])\s*all of them(?: please)?\W*$")
#: "What's his job again?": a question asked once more, not of a second time something happened.
_ASKED_AGAIN = re.compile(r"^(?P<asked>\W*(?:what|whats|what's|who|whos|who's|when|where|which|how)\b.*?)\s+again"
                          r"(?=\W*$)", re.IGNORECASE)


#: "as well" at the end of a question: "too", said in other words.
_AS_WELL = re.compile(r",?\s+as well(?=\W*$)", re.IGNORECASE)


#: Taking up a post is being appointed to it ("when did Ikegami take up his post?").
_TOOK_OFFICE = re.compile(r"\b(take|took|taken|taking) up (his|her|their|the) (post|office|position|job)\b"
                          r"|\b(take|took|taken|assume|assumed) office\b")
#: "list everyone Kagame met", "name everybody who met Kuleba": a request for people, which "who" asks.
_EVERYONE_ASKED = re.compile(r"^\W*(?:list|name|give me|tell me|show me)\s+(?:every(?:one|body)|all (?:the )?"
                            r"(?:people|persons|those)|each person|the people)\s+"
                            r"(?:(?:who|whom|that)\s+|(?!(?:on|from|in|at|of|with|for)\b))")
#: "officials of which countries", "leaders from what countries": people asked for by their countries.
_PEOPLE_OF_WHICH = re.compile(r"(?i)\b(?P<people>officials|ministers|leaders|people|representatives|counterparts"
                              r"|diplomats) (?:of|from) (?P<which>which|what) countries\b")
#: "before or after the talks?", "b4 or after the tlk?": an order asked of what was just discussed.
_ORDER_FRAGMENT = re.compile(rf"^\W*(?:so |and |but )?{lx.EITHER_ORDER_WORDS}\b")
#: "where did it end up?", "ended up in Kigali": arrive somewhere, no ending ("did they end up signing it?" is
#: a claim that they did in the end).
_END_UP = re.compile(r"\b(?:end|ends|ended|ending) up\b(?=\s*(?:in|at|with|\W*$))")
#: "headed to Kyiv", "heading home": a journey, as "went" is, never the word of heads of state or of leading
#: ("headed Rwanda's central bank").
#: "what was Kamikawa up to in New York?": what she did there.
_UP_TO = re.compile(r"\bwhat (?:was|were|is|are) (?P<who>[\w'’ .-]{2,40}?) up to\b")
#: "who attended from the US?": the country, which "us" in lower case is not.
_US = re.compile(r"\b(?:U\.S\.A?\.?|USA|US)(?=\W|$)")
_HEADED_FOR = re.compile(r"\b(?:head|heads|headed|heading)(?: off| out)? (?=(?:to|for|into|back|home)\b)")
#: "ahead of time", "before time": beforehand, no clock or time of day.
_AHEAD_OF_TIME = re.compile(r"\b(?:ahead of|in good|before) time\b")
#: A request's polite opening ("can you summarise ...") is no yes/no question.
_POLITE = re.compile(r"^\W*((can|could|would|will) you( please)?|please|kindly|i('d| would) like to know)\b\W*")


#: "how large", "how big": a size asked as a quantity.
_HOW_SIZED = re.compile(r"\bhow (large|big|sizeable|sizable|huge|substantial|significant|generous)\b")
#: "in 1962, the year Rwanda became independent": a date, then what else it was, which only describes the date.
_DATE_APPOSITIVE = re.compile(r"(?P<date>\b(?:in|on) (?:\d{4}|(?:\d{1,2} )?[A-Za-z]+ \d{4}|[A-Za-z]+ \d{1,2},? \d{4}))"
                              r"\s*,\s*(?:the|that) (?:very )?(?:same )?(?:year|day|month|date)\b[^,?.;]*")
#: "which Ukrainians did ...": a question opening on a plural noun and an auxiliary.
_LIST_NOUN = re.compile(r"^\W*(?:please )?(?:list|name) (?:all (?:of )?)?(?:the )?(?P<noun>[a-z]+)\b")
_WHICH_NOUN = re.compile(r"^\W*(?:and )?(?:which|what) (?P<noun>[a-z]+) (?:did|do|does|were|was|are|is|have|has|had"
                         r"|met|visited|attended)\b")


#: "what aid was pledged at meetings with Ukraine?": a thing asked for, of meetings (not the meetings themselves).
_THING_AT_MEETINGS = re.compile(r"^\W*(?:and |so )?(?:what|which) (?!(?:meetings?|talks|visits?|trips?|encounters?"
                                r"|gatherings?|ones?|countr(?:y|ies)|nations?)\b)(?:[\w'’-]+ ){1,2}?(?:was|were|is|are"
                                r"|did|does|do|has|have|had|for)\b[^?]*\bmeetings (?:with|in|of|during|on|held|from)\b")


@lru_cache(maxsize=1024)
def analyse(text: str, index: KnowledgeIndex) -> Query:
    """Turn a question into a `Query` (a frozen value, so the same text read twice is read once)."""
    text = _STANDARD_TIME.sub("JST", text)  # "in Japan Standard Time": the home clock, as "JST" names it
    text = _US.sub("United States", text)  # ("from the US": a country, written in capitals, not "us")
    text = _DATE_APPOSITIVE.sub(r"\g<date>", text)  # "in 1962, the year Rwanda became independent": the date said
    text = _two_before_name(text, index)
    folded = _POLITE.sub("", _SPACES.sub(" ", _FILLER.sub(" ", _fix_question_words(fold(text).strip(), index)))).strip()
    folded = EVER_BEFORE.sub(r"\g<claim>", folded)
    folded = without_again(folded)
    people_noun = _WHICH_NOUN.match(folded) or _LIST_NOUN.match(folded)
    if people_noun is not None and people_noun.group("noun") in index.people_nouns:
        # "which Ukrainians did Japan's foreign ministers meet?", "list all the Ukrainians Japan met with": which
        # Ukrainian people
        folded = f"{folded[:people_noun.end('noun') - 1]} people{folded[people_noun.end('noun'):]}"
        text = re.sub(rf"\b({people_noun.group('noun')[:-1]})s\b", r"\1 people", text, count=1, flags=re.IGNORECASE)
    folded = _TOOK_OFFICE.sub("was appointed", folded)
    folded = _EVERYONE_ASKED.sub("who ", folded)
    folded = _AHEAD_OF_TIME.sub("in advance", folded)  # "announced ahead of time": no time of day asked
    folded = _UP_TO.sub(r"what did \g<who> do", folded)
    folded = _HEADED_FOR.sub("went ", folded)  # "when did he head to Kyiv?": when he went, no head of anything
    folded = _END_UP.sub("go", folded)  # "where did the equipment end up?": where it went, no end of anything
    folded = _SENT_TO_MEET.sub("", folded)  # "who did Tokyo send to meet X?": who met X, not what was sent
    folded = _MENTIONED_TO.sub(r"\g<asked>", folded)
    folded = _NAMED_BEFORE.sub(r"\g<asked> ", folded)  # "how many named leaders": how many leaders
    folded = _MENTIONED_LAST.sub(r"\g<who>", folded)  # "name every Uzbek official the documents mention": every one
    folded = _SOURCES_SAY.sub("", folded)  # "in which cities do the documents say Japan opened embassies?"
    folded = _SOURCE_ABOUT.sub(r" about \g<what>", folded)  # "in the Uzbekistan article": what it is about
    folded = _OF_THE_SET.sub(r"\g<which> \g<set>", folded)
    folded = _JST.sub("japan time", folded)  # "what time JST …": the home clock, which "Japan time" names
    dates, rest = find_date(folded)
    # Names are corrected by the name index (which keeps the match's certainty); other words here.
    capitalised = {fold(w).lower() for w in _CAPITALISED.findall(text[1:])}  # (after the first letter)
    written = tokens(rest)
    words = [w if w in STOPWORDS or w in COMMON_WORDS or index.names.correct(w)
             else index.speller.correct(w, english=w not in capitalised)
             for w in written]
    mentions = index.names.find(words)
    mentions = _capitals_as_governments(mentions, words, index)
    mentions = _generic_acronyms_dropped(mentions, words, index)
    mentions = _modifiers_of_a_longer_name(mentions, words, index)
    mentions = _owners_of_a_named_thing(mentions, words, index)
    mentions = _countries_of_their_people(mentions, words, index)
    mentions = _organisations_with_their_country(mentions, index)
    mentions += _slips_beside_a_person(words, index, mentions)
    # Names must be distinct: a name matched twice in several kinds keeps all readings.
    consumed = {i for m in mentions for i in range(m.start, m.end)}
    # A region's name may hold a country's ("Latin American"): the longer reading wins.
    # "the Asian affairs bureau": a region that names an office is no region the question is about
    regions = [m for m in index.world.find(words, fuzzy=False) if m.kind == "world_region"
               and not any(n.start <= m.start and m.end <= n.end and n.end - n.start > m.end - m.start
                           for n in mentions)
               and not (m.end < len(words) and words[m.end] in _OFFICE_WORDS)]
    mentions = [n for n in mentions if not any(r.start <= n.start and n.end <= r.end for r in regions)]
    mentions = _capitals_for_governments(text, words, mentions, index)
    consumed = {i for m in mentions for i in range(m.start, m.end)}
    outside: list[str] = []
    for n, region in enumerate(regions):
        # "Central Asian countries": the knowledge base's countries in that region, as one group.
        countries = index.region_countries(region.id)
        # ("in Africa or Central Asia": the two regions' countries, one group, either fitting)
        span = next(((region.start, r.end) for r in regions[n + 1:] if words[region.end:r.start] == ["or"]), None) \
            or next(((r.start, region.end) for r in regions[:n] if words[r.end:region.start] == ["or"]),
                    (region.start, region.end))
        mentions.extend(Mention("country", c, *span, 100.0, 1.0) for c in countries)
        consumed |= set(range(region.start, region.end))
        if region.end < len(words) and words[region.end] in _COUNTRY_NOUNS:
            consumed.add(region.end)  # "Central Asian countries": the region says which countries
        if not countries:
            outside.append(region_names().get(region.id, region.id))
    outside += _outside_names(words, consumed, index)
    consumed |= {i for i, w in enumerate(words) if any(w in o.lower().split() for o in outside)}
    unknown = _unknown_names(text, words, consumed, index, mentions)
    if not _CAPITALISED.search(text[1:]):
        unknown += [n for n in _strangers_beside_a_person(words, written, consumed, index, mentions)
                    if n not in unknown]
        unknown += [n for n in _strangers_at_a_place(words, consumed, index) if n not in unknown]
    # "and who co-steered it?" asks "who": a leading conjunction does not change the question.
    asked_text = _LEADING_HEDGE.sub("", _LEADING_AND.sub("", folded).lstrip(" -–—:,;.!"))
    main = _LEADING_CLAUSE.match(asked_text)
    if main:  # "When Hayashi met him, which of them was the visitor?": the question is after the comma
        asked_text = main.group("main")
    intent = next((name for name, pattern in _INTENTS if pattern.search(asked_text)), "general")
    relative = _RELATIVE_CLAUSE.search(asked_text) if intent == "who" else None
    if relative is not None and (first := _WH_WORD.search(asked_text)) is not None \
            and first.start() == relative.start() \
            and _WH_WORD.search(unrelated := _RELATIVE_CLAUSE.sub(" ", asked_text)):
        # "the entrepreneurs who met Hayashi presented projects in which sectors?": the "who" describes them; the
        # question is the one its other question word asks (a question that opens on its own question word, "what's
        # the name of the minister who was there?", stays as it opens)
        intent = next((name for name, pattern in _INTENTS if pattern.search(unrelated)), "general")
    if intent in ("general", "time", "when") and _TOPIC_THEN_CLAIM.match(asked_text) \
            and not _WH_WORD.search(asked_text):
        intent = "yes_no"  # "hayashi kyiv trip was it announced in advance"
    if intent in ("when", "where") and _AUXILIARY_FIRST.match(asked_text) and not _WH_WORD.search(asked_text):
        intent = "yes_no"  # "do Japan and Rwanda go back as far as 1962?": a claim, whatever words of time it uses
    if intent == "who" and _CLAIM_OF_SOMEONE.match(asked_text):
        intent = "yes_no"  # "was the official who met Usmanov from the Bureau of Asian Affairs?": "who" describes him
    if intent == "list" and _THING_AT_MEETINGS.match(asked_text):
        intent = "general"  # "what aid was pledged at meetings with Ukraine?": the aid, of those meetings
    if _ASKS_FOR_MEETINGS.match(asked_text):
        intent = "list"  # "which meetings have a start time given?" asks for meetings, by a detail
    elif intent in ("general", "define") and lx.TALKED_ABOUT.search(asked_text) and _WHICH_ONES.search(asked_text):
        intent = "list"  # "X came up in more than one set of talks: which ones?"
    claims_order = (intent == "list" and _AUXILIARY_FIRST.match(asked_text) is not None
                    and (_FIRST.search(asked_text) or _LATEST.search(asked_text)) is not None) or (
        intent == "yes_no" and _FIRST_PREDICATED.search(asked_text) is not None)
    if claims_order:
        intent = "yes_no"  # "was his trip the first visit by ...?" claims a first; it does not ask for it
    if intent != "yes_no" and not _EVERYONE.match(asked_text) and not _PERSON_MET.match(asked_text) and (
            _CLEFT_CLAIM.match(asked_text) or _FRAMED_CLAIM.match(asked_text) or _TAG_CLAIM.match(asked_text)
            or _STATED_CLAIM.match(asked_text) or _BARE_CLAIM.match(asked_text)
            or _REPORTED_FIRST.match(asked_text) and _STATED_CLAIM.match(_RELATIVE_CLAUSE.sub(" ", asked_text))
            or _FIGURE_CLAIM.match(asked_text)
            or _COUNT_AT_CLAIM.match(asked_text)):
        intent = "yes_no"  # "was it A who hosted …?", "according to A, did Japan provide …?"
    if intent != "yes_no" and asked_text.rstrip().endswith("?") \
            and not _WH_WORD.search(_RELATIVE_CLAUSE.sub(" ", asked_text)) and any(
            m.kind == "person" and m.start == 0 and (words[m.end:m.end + 1] in _IS_OR_HOLDS
                                                     # ("hayashi first jp FM in ukraine since …?": a first claimed)
                                                     or words[m.end:m.end + 1] == ["first"]
                                                     or words[m.end:m.end + 2] == ["the", "first"])
            for m in mentions):
        # "usmanov is uzbekistan's foreign minister?", "hattori was a banker who became governor?": a statement of
        # someone, asked as a claim (a "who" that opens a clause about a noun asks nothing)
        intent = "yes_no"
    if intent != "yes_no" and _PRONOUN_IS_CLAIM.match(asked_text) and not _WH_WORD.search(asked_text):
        intent = "yes_no"  # "and he's the foreign minister?": a statement of the one meant, asked as a claim
    if intent == "general" and (_ORDER_FRAGMENT.match(asked_text) or lx.EITHER_ORDER.search(asked_text)
                                and not _WH_WORD.search(asked_text)):
        # "b4 or after the talk?": the order of what was just discussed, asked as a claim; "A saw B before or after
        # C?": the order of two things, stated, asked the same way
        intent = "yes_no"
    if intent == "time" and _CLAIM_WITH_CLOCK.search(asked_text):
        intent = "yes_no"  # "did they meet on 21 September, New York time?" names a clock, asks yes or no
    short_name_asked = any(m.kind == "term" for m in mentions) and (
        _STANDS_FOR.search(asked_text) is not None
        # "what is OVOP in the Kyrgyz FM meeting?": the term asked, where it came up said after it
        or any(m.kind == "term" and words[:m.start] in _WHAT_IS and words[m.end:m.end + 1] in _SCENE_AFTER
               for m in mentions))
    if intent == "define" and any(m.kind in ("person", "country", "place") for m in mentions) and _has_content(
            words, consumed) and not short_name_asked:
        # "what was significant about Hayashi's trip?" is no definition ("what does OVOP stand for in the
        # Japan-Kyrgyz meeting?" is: the long name of the short one)
        intent = "general"
    thing_for = _WHAT_THING_FOR.match(asked_text) if intent == "why" else None
    if thing_for is not None and thing_for.group("noun").split()[-1] in lx.THING_NOUNS:
        intent = "general"  # "what is the Bucha memorial for?": what the memorial is, as its record says
    if intent == "define" and _WHAT_OUTCOME.match(asked_text):
        intent = "general"  # "what was the main outcome with it?": what came of a meeting, no definition
    if intent == "define" and _WHAT_WAS_DONE.match(asked_text):
        intent = "general"  # "what was discussed at the meeting?", "what was said?" ask what, of no term
    if intent == "duration" and _HOW_LONG_SINCE.search(asked_text):
        intent = "when"  # "how long have Japan and Rwanda had ties?": since when, the record of their beginning
    if intent in ("duration", "time") and _EACH_WITH_FIELD.search(asked_text) and not _COMPARED.search(asked_text):
        intent = "list"  # "how long were the meetings, where the length is given?": each meeting that gives it
    if intent in ("general", "define") and _KIND_OF_MEETING_ASKED.match(asked_text) and any(
            m.kind == "term" and words[m.end:m.end + 1] == ["meeting"] and 1 <= m.start <= 3 for m in mentions):
        intent = "list"  # "which G7 meeting did she mention?": a meeting of the kind named, not the G7 itself
    if intent == "on_date" and dates is None and mentions:
        intent = "about"  # "what happened at the business forum?" asks about the forum, not a date
    if (intent in ("general", "list", "define") and dates is not None and dates.start is not None
            and dates.start == dates.end and not mentions and _WHICH_EVENT.search(asked_text)):
        intent = "on_date"  # "which meeting does 14 November 2022 correspond to?": what happened that day
    # Aspects are read from the words as corrected too ("wat did they reviw" → "review").
    read = f"{folded} {' '.join(words)}"
    aspects = frozenset(name for name, pattern in _ASPECTS if pattern.search(read))
    # ("who received Hayashi?": a person received; "which counterpart did she receive?": a person asked received)
    hosted = {i for i, w in enumerate(words) if w.startswith("receiv")
              and (any(m.kind == "person" and m.start == i + 1 for m in mentions) or _PERSON_RECEIVED.match(folded))}
    if hosted and "pledge" in aspects and not dict(_ASPECTS)["pledge"].search(
            " ".join(w for i, w in enumerate(words) if i not in hosted)):
        aspects -= {"pledge"}  # "who received Hayashi in Kyiv?": a person received is hosted, not given anything
    if lx.PLEDGES_ASKED.search(folded) or _SUPPORT_ASKED.match(folded):
        aspects |= {"pledge"}  # "in what ways has Japan supported Rwanda?": what was given, whatever the verb
    if _WHAT_ABOUT.match(folded):
        aspects |= {"discuss"}  # "what was the A–B meeting about?": what was discussed there, no definition
        intent = "general" if intent == "define" else intent
    # Positions of several words the knowledge base declares ("deputy director general"), longest first.
    declared_keys, declared = _declared_posts(tuple(index.kb.vocabulary.get("role keys", ())))
    # The post named first is the one asked about ("who was the Kyrgyz head of state when his foreign
    # minister came?"); of two at the same place, the more specific (listed first).
    # A post written as a title before a name ("President Kagame") names that person, not a post asked about.
    people_spans = [(m.start, m.end) for m in mentions if m.kind == "person"]
    posts = [(span[0], n, key, any(a <= span[0] < b or span[1] == a for a, b in people_spans))
             for n, (key, pattern) in enumerate(ROLE_PATTERNS) for span in phrase_spans(pattern, words)]
    named_posts = [(start, n, key) for start, n, key, titled in posts if not titled]
    # ("the Rwandan leader's foreign minister": the post owned by the holder of the first is the one asked)
    starts = {start for start, _, _ in named_posts}
    owners = {(start, n, key) for start, n, key in named_posts
              for a, b in phrase_spans(ROLE_PATTERNS[n][1], words) if a == start and b in starts
              and re.search(rf"\b{re.escape(words[b - 1])}['’]s? ", folded)}
    named_posts = [p for p in named_posts if p not in owners] or named_posts
    found_post = declared.search(folded) if declared is not None and not named_posts else None
    role = min(named_posts)[2] if named_posts else (
        declared_keys[int((found_post.lastgroup or "p0")[1:])] if found_post else None)
    if role is None and posts:
        role = min(posts, key=lambda p: p[1])[2]  # only titles ("President Kagame"): the post they name
    # "the last two months of 2022" is a date, not an order: read from the words the date left.
    ordering = lx.SORTED_BY_DATE.sub(" ", rest)  # "oldest first, please" sorts a list; it asks for no first one
    several_recent = _RECENT_SEVERAL.search(ordering) is not None
    ordering = _RECENT_SEVERAL.sub(" ", ordering)  # "what recent meetings …?": the ones listed, not the one latest
    if intent == "duration":
        ordering = _LAST_AS_VERB.sub(" ", ordering)  # "how long did each meeting last?": no latest one
    order = "first" if _FIRST.search(ordering) else ("latest" if _LATEST.search(ordering) else None)
    if claims_order or lx.SINCE_ASKED.search(asked_text):
        # "the first", "the latest" are then words of the claim, which a record must say ("first Japanese FM in
        # Ukraine since what?": the first since something, which a record says)
        order = None
    role_span = phrase_span(ROLES[role], words) if role else None
    of_land: set[int] = set()
    if (role_span and role_span[1] < len(words) and words[role_span[1]] in _GATHERING_NOUNS
            and (words[role_span[1] - 1].endswith("s")
                 or not re.search(rf"\b{re.escape(words[role_span[1] - 1])}['’]", folded))):
        # "the G7 foreign ministers' meeting", "the G7 foreign minister meeting" name a meeting, not a minister
        # (whose meeting "the foreign minister's meeting" is); "FM" there is no word a record writes
        shortened = {i for i in range(*role_span) if words[i] in SHORTHAND}
        role, role_span = None, None
    elif role_span and (land := _land_of_holder(words, role_span, mentions)) is not None:
        # "did Japan help the Rwandan president's country?": the country named, not its president (nor the word
        # "country" one a record must hold)
        shortened, of_land = set(), set(range(role_span[0], land + 1))
        role, role_span = None, None
    else:
        shortened = set()
    in_role = set(range(*role_span)) if role_span else shortened | of_land
    if role_span:
        # "the Ukrainian foreign minister met Japan's top diplomat": every post named describes someone;
        # none is a word a record must hold
        in_role |= {i for _, pattern in ROLE_PATTERNS for a, b in phrase_spans(pattern, words) for i in range(a, b)}
        # "Japan's female foreign minister": the word says who holds the post, which the describer reads
        in_role |= {i for i in range(max(0, role_span[0] - 3), role_span[0]) if words[i] in lx.GENDERED}
    if role_span:
        mentions = _posts_of_their_government(mentions, words, folded, index, role_span[0])
    office = _OFFICE_OF.match(" ".join(words[role_span[1]:])) if role_span else None
    if role_span and office:
        # "the deputy director general for European affairs": the region names the office, not a country
        # the person is of.
        end = role_span[1] + office.group(0).count(" ") + 1
        mentions = [m for m in mentions if not (role_span[1] <= m.start and m.end <= end)]
        consumed -= set(range(role_span[1], end))  # its words are words of the title a claim may name
    # "did X come up?", "X cropped up": the phrase says X was talked about; its verb is no content.
    consumed |= {i for i, w in enumerate(words) if w in _COME_UP and words[i + 1:i + 2] == ["up"]}
    # "the war in Ukraine", "the situation in Ukraine": the country is the subject; the noun says no more.
    country_starts = {m.start for m in mentions if m.kind == "country"}
    consumed |= {i for i, w in enumerate(words) if w in lx.SUBJECT_FRAME and i + 2 in country_starts
                 and words[i + 1] in ("in", "of", "on", "around")}
    # "the Ukraine situation", "the Ukrainian war": the same, the noun after the country
    consumed |= {m.end for m in mentions if m.kind == "country" and words[m.end:m.end + 1]
                 and words[m.end] in lx.SUBJECT_FRAME}
    # "did his meeting with his Kyrgyz counterpart last …?": the one of that country on the other side, whom the
    # country names, in a question of the meeting (not "and his Uzbek counterpart?", which asks who)
    consumed |= {m.end for m in mentions if m.kind == "country" and intent in ("yes_no", "when", "time", "duration")
                 and m.start > 0 and words[m.start - 1] in ("his", "her", "their")
                 and words[m.end:m.end + 1] in (["counterpart"], ["counterparts"])}
    # "anyone from the Japanese government", "the Kyrgyz authorities": the country's government is the country
    # (ending the phrase: in "a Japanese government minister" the government is of the post asked about)
    consumed |= {m.end for m in mentions if m.kind == "country" and words[m.end:m.end + 1]
                 and words[m.end] in _GOVERNMENT_NOUNS and (m.end + 1 == len(words) or words[m.end + 1] in STOPWORDS)}
    asked = _ATTRIBUTE_WORDS.get(intent, frozenset())
    if TIME_GAP.search(folded):
        asked |= _GAP_WORDS
    # A misspelt word the name index can read ("coopration", "agreemnts") counts as what it reads.
    # A word no name took keeps its own spelling when it is an English word ("join" is no slip of "joint"),
    # unless what it reads as is a form of it ("ministerial" as "ministers").
    plain = [w if i in consumed else _read_as(w, index) for i, w in enumerate(words)]
    # ("oldest first", "in chronological order": how a list is sorted, no word a record must hold)
    sorting = {w for found in lx.SORTED_BY_DATE.finditer(" ".join(words)) for w in found.group(0).split()}
    consumed |= {i for i, w in enumerate(words) if w in sorting and w not in ("in",)}
    # ("who did he meet that day?": a day the conversation gave, or none; no word a record must hold)
    consumed |= {i for start, end in phrase_spans(_THAT_DAY, words) for i in range(start, end)}
    # ("meetings between Japanese and foreign officials": "foreign" says only "not of the home country", which every
    # partner side is)
    consumed |= {i for i, w in enumerate(words[:-1]) if w == "foreign" and words[i + 1] in _FOREIGN_PEOPLE
                 and i not in in_role and intent == "list"}
    # ("the banker Masaya Hattori": a word before a name that the person's own record describes them by says who,
    # not what the record asked for must hold)
    # ("the Japanese banker Hattori": and a word of their country before it)
    for m in mentions:
        if m.kind != "person" or m.id not in index.kb.people:
            continue
        described_by = set(content_stems(index.kb.people[m.id].description or ""))
        of_country = {i for c in mentions if c.kind == "country" and c.id == index.kb.people[m.id].country
                      for i in range(c.start, c.end)}
        named_else = {j for c in mentions if c is not m for j in range(c.start, c.end)} - of_country
        i = m.start - 1
        # (words of a thing named are no words describing the person: "the Bucha memorial Hayashi went to")
        # (nor is a thing's own noun: "the memorial hayashi visited" asks of the memorial)
        while i >= 0 and (i in of_country or i not in named_else and words[i] not in STOPWORDS
                          and words[i] not in lx.THING_NOUNS and stem(words[i]) in described_by):
            i -= 1
        if i >= 0 and i < m.start - 1 and words[i] in ("the", "a", "an") and any(
                j not in of_country for j in range(i + 1, m.start)):
            consumed |= {j for j in range(i + 1, m.start) if j not in of_country}
    # ("MOFA deputy DG Ikegami met who?": words of the post of the one named right after them)
    for m in mentions:
        i = m.start - 1
        if m.kind == "person" and m.id in index.kb.people and i >= 0 and words[i] not in STOPWORDS:
            own = _post_words(index, m.id)
            while i >= 0 and m.start - i <= 4 and words[i] in own:
                consumed.add(i)
                i -= 1
    # ("mofa guy ikegami met who?": words that describe the one named right after them, by a noun of a person)
    for m in mentions:
        if m.kind == "person" and m.start > 0 and re.fullmatch(lx.PERSON_NOUN, words[m.start - 1]):
            described = [i for i in range(max(0, m.start - 3), m.start - 1)
                         if words[i] not in STOPWORDS and not _WH_WORD.fullmatch(words[i])]
            consumed |= {m.start - 1, *described}
    capacity = _capacity_clause(words, mentions, intent, index)
    if capacity is not None:
        # "what did Hattori work on as governor of Rwanda's central bank?": the clause says in what capacity,
        # which the record of what he did need not repeat; its names still say of whom and where
        consumed |= set(capacity) - {i for m in mentions for i in range(m.start, m.end)}
        if role_span and role_span[0] in capacity:
            role = None
    # ("what event was Kulubaev in Japan for?": the occasion asked, a noun no record of it need say)
    consumed |= {i for i, w in enumerate(words) if intent == "why" and i and words[i - 1] in ("what", "which")
                 and w in _OCCASION_NOUNS}
    # ("who did they meet each time?", "they met twice": how often, which asks of every record, no word one must hold)
    # (a claim of how often, "they met twice?", is what a yes or no checks)
    consumed |= {i for i, w in enumerate(words) if intent != "yes_no" and (w in ("twice", "thrice") or w in (
        "time", "times") and i > 0 and words[i - 1] in ("each", "every", "both", "all"))}
    # ("which two Ukrainian leaders did Hayashi meet?": how many people are expected, no word a record of them must
    # hold; "what three priorities …" counts things a record may count so)
    consumed |= {i for i, w in enumerate(words) if i > 0 and words[i - 1] in ("which", "what")
                 and NUMBER_WORDS.get(w, 0) > 1 and intent == "who" and any(m.kind == "person" for m in mentions)
                 and any(x in lx.PEOPLE_NOUNS for x in words[i + 1:i + 4])}
    # ("which country's minister hoped for …?": the country is what is asked, the person said next is who the
    # record must tell of; the word "country" is no word it must hold)
    if _WHOSE_KIND_ASKED.search(folded):
        consumed |= {i for i, w in enumerate(words[:-1]) if i and words[i - 1] in ("which", "what")
                     and w in _KIND_NOUNS}
    # "did Japan hold talks with X?": a verb that claims only that a gathering took place, no word a record must
    # hold (in other questions it still finds the records that say "held talks")
    consumed |= {i for i, w in enumerate(words) if intent == "yes_no" and w in _HOLDS and next(
        (x for x in words[i + 1:] if x not in _HELD_DETERMINERS), "") in _HELD_THINGS}
    # ("the kyrgyz meeting lasted 45 min, right?": a length claimed, which the record's length decides; the verb
    # is no word it must hold, as "did it last …?" is not)
    consumed |= {i for i, w in enumerate(words) if intent == "yes_no" and w in ("lasted", "lasting", "lasts")}
    # ("the business forum held on January 10": the gathering told apart by when or where it was held, no word a
    # record of what was done at it must hold)
    place_starts = {m.start for m in mentions if m.kind in ("place", "country")}
    consumed |= {i for i, w in enumerate(words) if w in _HELD_AS_NAMED and any(
        m.kind in ("term", "meeting") and m.end == i for m in mentions) and (
        i == len(words) - 1 and dates is not None or words[i + 1:i + 2] in (["in"], ["at"]) and i + 2 in place_starts)}
    # ("did they touch on trade?": a verb of talking about, which says "discussed", not a word a record must hold)
    consumed |= {i for i, w in enumerate(words) if w in _TALKED_VERBS and words[i + 1:i + 2] in (["on"], ["upon"])}
    keywords = tuple(dict.fromkeys(
        stem(plain[i]) for i, w in enumerate(words)
        if i not in consumed and i not in in_role and w not in STOPWORDS and w not in MONTHS and w not in asked
        and stem(w) not in _STOP_STEMS and not ((order or several_recent) and w in _ORDER_WORDS)
    ))
    # ("the G7 FM meeting": the words "FM" stands for, which a record writes)
    keywords += tuple(k for i in sorted(shortened) for w in SHORTHAND[words[i]].split()
                      if (k := stem(w)) not in keywords)
    if intent in ("when", "where"):
        # "when did Kishida himself visit Ukraine?": a word that stresses whom, no detail a record must hold
        keywords = tuple(k for k in keywords if k not in _REFLEXIVE)
    if intent == "quantity":
        # "how large are the loans?": the size asked, not a word a record must hold
        sized = {stem(m.group(1)) for m in _HOW_SIZED.finditer(folded)}
        # ("an aid figure - how much?", "the amount of the grant": the figure asked is named, not held)
        keywords = tuple(k for k in keywords if k not in sized and k not in lx.FIGURE_NOUNS)
    if intent == "yes_no" and keywords and all(k.replace(",", "").replace(".", "").isdigit() for k in keywords):
        # "was it 42?": a figure claimed of what the conversation is on, which the claim's figures check; no word a
        # record must hold
        keywords = ()
    besides = _BESIDES_DONE.match(rest)
    if besides is not None:
        # "Besides backing Ukraine and tightening sanctions on Russia, what seasonal help did he promise?":
        # the countries of what the clause sets aside are no names a record of what is asked must hold (its
        # words stay: the record of the rest often tells of them too)
        inside = range(len(tokens(besides.group(0))))
        if any(i not in consumed and words[i] not in STOPWORDS for i in inside):
            mentions = [m for m in mentions if not (m.kind == "country" and m.start in inside and m.id != index.home)]
    japan_time = False
    clocks = parse_clocks(text)
    if clocks:
        # ("which meeting began at 7:05 a.m.?": the figures and the "a.m." of a time are no words to look for)
        keywords = tuple(k for k in keywords if not (k.isdigit() or k in _CLOCK_PARTS or k in _CLOCK_STEMS))
        if intent in ("general", "time", "when") and _MEETING_ASKED.search(folded):
            intent = "list"  # "what meeting began at 7:05?": the meetings of that time
    home = {index.home, index.home_capital}
    if intent == "define" and any(m.id in home and words[m.end:m.end + 1] == ["time"] for m in mentions):
        intent = "time"  # "what is the Tokyo time of the meeting?" asks a clock, and no definition
    in_home = [m for m in mentions if m.id in home and m.start > 0 and words[m.start - 1] in ("in", "at")
               and not (m.end < len(words) and words[m.end] in ("on", "with"))
               # ("what day did the embassy open in Tokyo?": where it opened, no clock of Tokyo's)
               and not (m.start > 1 and words[m.start - 2] in _PLACED_BY)]
    if TIME_GAP.search(folded):
        # "the time difference between Tokyo and New York": Japan's clock against the venue's.
        japan_time = True
        mentions = [m for m in mentions if m.id not in home]
    elif (intent in ("when", "time") or clocks or dates is not None and dates.day is not None
          or lx.PART_OF_DAY.search(folded)) \
            and (_CLOCK_WORDS.search(folded) or lx.PART_OF_DAY.search(folded)
                 # ("and in japan it started when?": the home country put first, as the clock the start is read on)
                 or intent == "when" and any(m.start <= 2 for m in in_home)
                 and (_STARTED.search(folded) or _ENDED.search(folded))
                 and all(m.id in home for m in mentions) and _POINTED_SUBJECT.search(folded)) \
            and (in_home or "jst" in words or any(words[m.end:m.end + 1] == ["time"] for m in mentions
                                                  if m.id in home)):
        # ("did they meet on 21 September, Japan time?": the day claimed is of Japan's clock too)
        # "in Tokyo", "Tokyo time" name a time zone here; the meeting need not have been there ("was it morning in
        # Japan?": a part of the day on Japan's clock)
        japan_time = True
        mentions = [m for m in mentions if m not in in_home and not (
            m.id in home and words[m.end:m.end + 1] == ["time"])]
        if intent == "when" and _STARTED.search(folded):
            intent = "time"  # "in Japan time, when did the meeting start?" asks the clock in Japan
        keywords = tuple(k for k in keywords if k not in _CLOCK_STEMS)
    if intent == "define" and short_name_asked:
        # "what does OVOP stand for in the Japan-Kyrgyz meeting?": the short name's long one; where it was
        # read only says which short name is meant
        mentions, keywords, role = [m for m in mentions if m.kind == "term"], (), None
    return Query(text, tuple(plain), intent, aspects, tuple(mentions), tuple(outside), tuple(unknown),
                 role, dates, order, keywords, _asked_noun(words, consumed, keywords), japan_time,
                 _venues(words, mentions, japan_time, frozenset(_POSSESSOR.findall(folded))), index.home,
                 frozenset(k for found in lx.SET_ASIDE.finditer(folded) for k in content_stems(found["clause"])
                           if k not in _STOP_STEMS and k not in NUMBER_WORDS and not k.isdigit()), clocks,
                 spelt=tuple(sorted({(w, c) for w, c in zip(written, words, strict=True) if w != c})))


#: "… as governor of X", "… while heading X", "… during his time at X": a closing clause that says in what
#: capacity the person asked about did what is asked.
_CAPACITY = re.compile(r"\b(?:as (?:the )?(?:[a-z-]+ ){1,3}(?:of|in|at)|as (?:the |a |an )?(?:[a-z-]+ ){0,3}[a-z-]+$"
                       r"|while (?:heading|leading|running|serving as"
                       r"|working (?:at|for)|in charge of|at the head of)|during (?:his|her|their) (?:time|tenure"
                       r"|years|stint|term|spell) (?:at|as|in|with|heading|leading)|in (?:his|her|their) (?:role"
                       r"|capacity|time|tenure) (?:as|at))\b.*$")
#: The words of a capacity clause that say only that it is one ("during his time at").
_CAPACITY_WORDS = frozenset("while heading leading running serving working charge head during time tenure years "
                            "stint term spell role capacity as of at in with".split())
#: "What did … do", "what did … work on": a question of what someone did.
_WHAT_DID = re.compile(r"^(?:so |and )?what (?:did|had|has|does) ")


def _capacity_clause(words: list[str], mentions: Sequence[Mention], intent: str,
                     index: KnowledgeIndex) -> range | None:
    """The positions of a closing capacity clause (`_CAPACITY`) of a question of what a person named before it
    did ("what did Hattori focus on during his time at Rwanda's central bank?"), when a post of theirs tells of
    every word and country of it; None when there is none (or "as governor of the Bank of Japan", which no post
    of Hattori's does: a premise to check, not a capacity to set aside)."""
    if intent != "general" or not _WHAT_DID.match(" ".join(words)):
        return None
    span = phrase_span(_CAPACITY, words)
    people = [index.kb.people[m.id] for m in mentions if m.kind == "person" and span and m.end <= span[0]
              and m.id in index.kb.people]
    if span is None or not people:
        return None
    inside = [m for m in mentions if span[0] <= m.start < span[1]]
    if any(m.kind != "country" for m in inside):
        return None
    countries = {m.id for m in inside}
    named = {i for m in inside for i in range(m.start, m.end)}
    told = {stem(words[i]) for i in range(span[0] + 1, span[1]) if i not in named and words[i] not in STOPWORDS
            and words[i] not in _CAPACITY_WORDS}
    posts = [(r.country, set(content_stems(f"{r.title} {r.organisation or ''}"))) for p in people for r in p.roles]
    if not any(countries <= {country} and told <= stems for country, stems in posts):
        return None
    return range(*span)


#: Nouns for what brought someone somewhere, asked by "what … for?" ("what event was he in Japan for?").
_OCCASION_NOUNS = frozenset("event events occasion occasions gathering reason reasons purpose".split())
#: Nouns for a kind of place a "which …?" question asks for, never a word its answer's record must hold.
_KIND_NOUNS = frozenset("country countries nation nations city cities".split())
_WHOSE_KIND_ASKED = re.compile(r"\b(?:which|what) (?:country|nation|city)['’]s \w|\b(?:which|what) (?:countries|nations"
                               r"|cities)['’] \w")


#: The reading of "what happened …?" questions, as the intents name it.
_WHAT_HAPPENED = dict(_INTENTS)["on_date"]
#: "How long did each of the meetings with a stated duration last?", "how long were the meetings, where the
#: length is given?": a detail asked of every meeting whose record gives it.
_EACH_WITH_FIELD = re.compile(r"\b(?:meetings|talks)\b.*\b(?:where|whose|with|when|if|for which)\b[^?]*"
                              r"\b(?:given|stated|reported|recorded|known|available)\b"
                              r"|\bwhich (?:of (?:the|these|those) )?(?:[a-z]+ )?(?:meetings|talks)\b[^?,]*"
                              r"\b(?:given|stated|reported|recorded|known|available)\b"
                              r"|\b(?:meetings|talks)\b[^?]*\bwith (?:a |an )?(?:stated|given|reported|recorded|known) "
                              r"(?:length|duration|start time|time)s?\b")
#: "Which was longer?": a comparison of the records, not a list of them.
_COMPARED = re.compile(r"\b(?:longer|shorter|longest|shortest)\b")
#: "What does X stand for?": the long name of a short one.
_STANDS_FOR = re.compile(r"\bstands? for\b")
#: "what is", "what was", "and what are" before a name: what the named thing is.
_WHAT_IS = [[*lead, "what", verb] for lead in ([], ["and"], ["so"]) for verb in ("is", "was", "are", "were")]
#: A preposition after a named thing that says where it came up, not what is asked of it.
_SCENE_AFTER = [["in"], ["at"], ["during"], ["from"]]
#: "Besides backing Ukraine and tightening sanctions, what ...?": a leading clause of things set aside.
_BESIDES_DONE = re.compile(r"^\W*(?:besides|apart from|aside from|other than|in addition to) [^,?;:]+,")
_WHICH_ONES = re.compile(r"\b(?:which|what) (?:ones?|of (?:them|these|those|the (?:meetings|talks)))\b"
                         r"|^\W*in (?:which|what) (?:meetings?|talks|discussions?|sets? of talks)\b")
#: "What was discussed / agreed / said ...": a passive verb after "what was" asks what was done, no definition.
#: "What was the main outcome?", "what were the results?": what came of a meeting.
_WHAT_OUTCOME = re.compile(r"^\W*what (?:was|were|is|are) (?:the )?(?:main |key |chief |principal |biggest "
                           r"|most important |concrete )?(?:outcomes?|results?|upshot|takeaways?|conclusions?"
                           r"|deliverables?)\b")
_WHAT_WAS_DONE = re.compile(r"^\W*what (?:was|were|is|are|has been|have been|had been|got|gets|will be) "
                            r"(?:also |actually |then |later |first )?"
                            r"(?:[a-z]+ed|said|done|given|sent|brought up|sought|told|taken|shown|seen|made|held|won"
                            r"|set out|laid out)\b")
#: "What is the memorial for?": what a thing is for, which its own record says (not a meeting's occasion).
_WHAT_THING_FOR = re.compile(r"^\W*(?:and |so )?what(?:'s| is| was| are| were) (?:the |that |this )?"
                             r"(?P<noun>(?:[\w'’-]+ ){0,3}[\w'’-]+) for\W*$")
_STANDARD_TIME = re.compile(r"\bjapan(?:ese)? standard time\b", re.IGNORECASE)
#: "Who did Tokyo send to meet X?": a person sent to a meeting, which is no provision of anything.
_SENT_TO_MEET = re.compile(r"\b(?:send|sent|dispatch(?:ed)?)\b"
                           r"(?=(?: [a-z]+){0,2} to (?:meet|visit|see|attend|talk|hold)\b)")
_COME_UP = frozenset("come came comes coming crop crops cropped cropping".split())
#: "Which G7 meeting did she mention to Kuleba?": the one told to is where it was said, not a part of the event asked.
_MENTIONED_TO = re.compile(r"^(?P<asked>\W*(?:which|what) [a-z0-9' -]*?(?:meeting|summit|visit|event|talks|conference"
                           r"|forum|session|gathering|trip)s? (?:did|does|had|has) [^,?]+? (?:mention(?:ed)?"
                           r"|br(?:ing|ought) up|raised?|refer(?:red)? to|cited?|recall(?:ed)?)) (?:to|with) [^,?]+")
_ASKS_FOR_MEETINGS = re.compile(r"^\W*((for|in|of|at) )?(which|what|list|show|name)( me)?( all)?( of)?( the)? "
                                r"(meetings|talks|visits)\b"
                                r"(?! (did|does|do|has|have|had|was|were) \w+ (hold|have|attend))")
_CLAIM_WITH_CLOCK = re.compile(r"^\W*(did|was|were|is|are|has|have|had|do|does)\b(?!.*\b(what|which) time\b)"
                               r".*\b(new york|local|japan|tokyo|jst|[a-z]+) time\W*$")
#: Words before a place or country that make it where something was held.
_VENUE_BEFORE = frozenset("in at inside".split())
_SOIL = frozenset("soil territory ground".split())


#: A name written as an owner ("in Japan's talks"): no venue.
_POSSESSOR = re.compile(r"([a-z]+)['’]s\b")


def place_of_a_thing(words: list[str] | tuple[str, ...], m: Mention) -> bool:
    """Whether a place after "in" says where a thing is or goes on ("the situation in Ukraine", "a memorial in
    Bucha", "its embassy in Kigali"), not where something was held ("talks in Kyiv", "met in Bali")."""
    if m.start < 2 or words[m.start - 1] != "in":
        return False
    noun = words[m.start - 2]
    if noun in lx.AFFAIRS_IN_A_PLACE:
        return True
    return m.start >= 3 and words[m.start - 3] in _THING_DETERMINERS and noun not in _GATHERING_NOUNS \
        and stem(noun) not in lx.GATHERING_WORDS and stem(noun) not in lx.TRIP_WORDS


#: Words before a noun that make it a thing named ("a memorial", "its embassy").
_THING_DETERMINERS = frozenset("a an the its his her their this that".split())


def _venues(words: list[str], mentions: list[Mention], clock: bool,
            possessors: frozenset[str] = frozenset()) -> tuple[tuple[str, str, bool], ...]:
    """"held in Japan", "took place on Japanese soil", "outside Japan": where the question says
    something was held (not "in Tokyo" naming a clock, nor "in Japan's talks" naming an owner)."""
    found = []
    for m in mentions:
        if m.kind not in ("place", "country") or clock or m.start == 0 or words[m.end - 1] in possessors:
            continue
        before, after = words[m.start - 1], words[m.end] if m.end < len(words) else ""
        if before == "the" and m.start >= 2 and (not after or after in STOPWORDS) and after not in ("one", "ones"):
            # "held in the United States": the article is the name's ("at the Bucha memorial" names a memorial)
            before = words[m.start - 2]
        denied = bool({"not", "neither", "nor", "never"} & set(words[max(0, m.start - 3):m.start - 1]))
        if place_of_a_thing(words, m):
            continue  # "the situation in Ukraine", "a memorial in Bucha": where a thing is, no venue
        if before in _VENUE_BEFORE or before == "on" and after in _SOIL:
            found.append((m.kind, m.id, denied))  # "neither in Japan nor …": outside it
        elif before == "outside":
            found.append((m.kind, m.id, True))
    if _THIRD_COUNTRY.search(" ".join(words)):
        found.append(("third", "", False))  # "in a third country": neither the home nor the partner's
    return tuple(dict.fromkeys(found))


#: The words of a time of day besides its figures ("7:05 a.m.", "6:05 in the evening"), as stems.
_CLOCK_PARTS = frozenset({"a", "p", "m", "am", "pm", *(stem(w) for w in ("morning", "afternoon", "evening", "night"))})
#: "what meeting", "which talks": the records asked for are meetings.
_MEETING_ASKED = re.compile(r"^\W*(?:what|which)(?: \w+)? (?:meetings?|talks|visits?|events?)\b")
_STARTED = re.compile(r"\b(?:start|started|begin|began|commence|commenced|kick off|kicked off)\b")
_ENDED = re.compile(r"\b(?:end|ended|finish|finished)\b")
#: "it", "that": the thing the conversation is on, said in place of its name.
_POINTED_SUBJECT = re.compile(r"\b(?:it|that|they|this)\b")
_CLOCK_STEMS = frozenset(stem(w) for w in "time start began begin back".split())
#: A meeting held in neither the home country nor the partner's ("in a third country", "on neutral ground").
_THIRD_COUNTRY = re.compile(r"\bthird[- ]countr(?:y|ies)\b|\bneutral (?:country|countries|ground|venue)\b"
                            r"|\bnor (?:in )?(?:the |their )?partner'?s?\b")


#: Words before a capital that make it the subject of a sentence ("what has Tokyo pledged?").
#: "Was it A who hosted …?": a claim about who, asked yes or no.
_CLAIM_AUXILIARY = r"(?:did|was|were|has|have|is|does|do|had|are)"
_CLEFT_CLAIM = re.compile(rf"^\W*{_CLAIM_AUXILIARY} it\b(?! (?:on|in|at) (?:what|which)\b)")
#: "According to A, did Japan provide …?", "in 2022, was …?": a claim after a framing phrase without a
#: question word (not a choice: "…, did A meet B or C first?").
_FRAMED_CLAIM = re.compile(rf"^\W*(?![^,?]*\b(?:who|whom|what|when|where|which|how|why)\b)(?!.*\bor\b)"
                           rf"(?:[^,?]|,(?=\s*\d)){{2,80}},\s*{_CLAIM_AUXILIARY}\b")  # a date's comma is no end
#: The office a title names after the post ("… for European affairs", "… of the Bureau of Asian Affairs").
_OFFICE_OF = re.compile(r"^(?:for|of|at|in) (?:the )?(?:(?:bureau|department|division|office) (?:of|for) )?"
                        r"(?:[a-z]+ ){1,4}?affairs\b")
#: "Which (diplomatic) meeting …", "what event …": a question for the record of an event.
_WHICH_EVENT = re.compile(r"\b(?:which|what) (?:[a-z'-]+ ){0,2}?(?:meetings?|events?|visits?|talks|encounters?)\b")
#: "… last?", "… last for": the verb of a duration, not "the latest".
_LAST_AS_VERB = re.compile(r"\blast(?=\W*$| for\b| (?:about|around|roughly|over|under|longer|long)\b)")
#: "Japan pledged 42 cranes, right?", "…, isn't it?", "… is that correct?": a statement with a tag that asks
#: whether it holds is a yes/no claim.
#: "Japan opened its Kigali embassy back in 1962?": a statement with a verb, asked with a question mark.
_STATED_CLAIM = re.compile(r"^\W*(?!.*\b(?:who|whom|what|whats|when|where|which|how|why|whose|wat|wen|wht|or)\b)"
                           # ("every ukrainian official japan met?": all of them asked for, no claim; "list the
                           # meetings held in 2023?": a request)
                           r"(?!(?:every|all|each|list|name|show|give|tell|find|count|describe|summari[sz]e)\b)"
                           # ("exact date kamikawa became fm?": the date asked, of what the clause says)
                           r"(?!(?:the )?(?:exact|precise|specific) (?:date|day|year|time|hour)s? "
                           r"(?!of\b|(?:was|is|were|are)\b))"
                           # ("number of agreements signed at the forum?": how many asked, of what the clause says)
                           r"(?!(?:the |total )?(?:number|amount|count|quantity|size) of\b)"
                           # ("and the other rwandan minister mentioned there?": the one asked for, described)
                           # ("and the one kamikawa had in NY?": a record pointed to, its detail asked as before)
                           r"(?!(?:and |so )?the (?:other|one|ones)\b)"
                           # ("meetings that were held in 2022?": the records asked for by a clause)
                           r"(?!(?:the |all |any )?[a-z]{2,}(?<![su'’])s (?:that|which|who) )"
                           # ("any other areas that came up?": the things asked for, described)
                           r"(?!any\b)"
                           # ("time diff … based on that record?": a participle that describes, no verb of a claim)
                           r"[a-z\d][\w'’–—-]*(?: [\w'’&–—-]+){0,5} (?!(?:based|related|called|named|titled|entitled"
                           r"|located|situated|compared|dated)\b)(?:\w{3,}ed|met|went|gave|sent|made|held|took|came"
                           r"|saw|began|became|opened|signed|visited|pledged|drew|brought|told|spoke|led|paid|left|got|won"
                           r"|wrote|chose|fell|said|kept|spent|stood|have|has|had|was|were|been)\b[^?]*"
                           r"(?<!\bat)(?<!\bin)(?<!\bon)(?<!\bby)(?<!\bto)(?<!\bfor)(?<!\bwith)(?<!\bfrom)(?<!\bof)"
                           r"(?<!\babout)(?<!\baround)(?<!\bwhen)\?\W*$")
#: "japan gave ukraine 500 generators last yr", "the mtg was in jakarta": the same statement typed without a
#: question mark, short, with a figure or a "was" (a message that only states that much asks whether it holds;
#: not "any other areas discussed", nor the statement a longer question begins with).
_BARE_CLAIM = re.compile(r"^(?![^?]*\?)(?=\W*(?:\S+\s+){1,9}\S+\W*$)(?=.*(?:(?<!\w)\d|\b(?:was|were)\b(?!\W*$)))"
                         # ("meetings hayashi attended": the records asked for by a clause, no claim)
                         r"(?!\W*(?:the )?[a-z]{2,}(?<![su'’])s\b(?!['’]))"
                         # ("the forum only had like 50 companies")
                         + _STATED_CLAIM.pattern.removesuffix(r"\?\W*$")
                         + r"[.!]*\s*$")
#: "hayashi's mtg w the kyrgyz fm was in dec 2022?", "the dialogue meeting he came for was the 10th one?": a
#: statement of any subject whose "was" (or "is") puts a figure, a year or an ordinal to it, typed with a question mark.
_FIGURE_CLAIM = re.compile(_STATED_CLAIM.pattern.split(r"[a-z\d][\w'’–—-]*", 1)[0]
                           # ("meetings in 2022 were …?": the records asked for, no claim)
                           + r"(?!\W*(?:the )?[a-z]{2,}(?<![su'’])s\b(?!['’]))"
                           # ("rwanda jp ties go back to 1962?": how far back a thing goes, claimed)
                           # ("the jp kyrgyz coop program is for 2022-2024?": of a thing that lasts, said now)
                           r"[a-z\d][\w'’–—+-]*(?: [\w'’&–—+-]+){0,11} (?:was|were|is|are"
                           r"|(?:go|goes|went|date|dates|dated) back to)\b"
                           rf"(?=[^?]*(?:(?<![\w,.])\d|{lx.ORDINAL.pattern}))[^?]*\?\W*$")
#: "over 200 companies at the uz jp forum?": a count of things put to an event, typed with a question mark and no
#: verb, which claims that count.
_COUNT_AT_CLAIM = re.compile(r"^\W*(?!.*\b(?:who|whom|what|whats|when|where|which|how|why|whose|wat|wen|or)\b)"
                             r"(?:(?:over|about|around|roughly|some|like|more than|fewer than|less than|under"
                             r"|nearly|almost|exactly|only|just|at least) )?\d[\d,.]*\+? [a-z]+(?: [a-z]+)? (?:at|in"
                             r"|for|during|from|on)\b[^?]*\?\W*$")
_TAG_CLAIM = re.compile(r"^\W*(?!(?:who|whom|what|when|where|which|how|why)\b)\w.{4,}?[,;:.!—–-]?\s+"
                        r"(?:right|correct|true|yes|yeah|no|isn'?t (?:it|that so|he|she|this|that)"
                        r"|aren'?t (?:they|there|you|we)|doesn'?t (?:it|he|she)|don'?t (?:they|you|we)"
                        r"|won'?t (?:it|they|he|she)|hadn'?t (?:it|they|he|she)|wasn'?t (?:they|this)"
                        r"|didn'?t (?:it|they|he|she|we)|wasn'?t (?:it|he|she|that)|weren'?t (?:they|there)"
                        r"|hasn'?t (?:it|he|she)|haven'?t they|is (?:that|this|it) (?:right|correct|true|so)"
                        r"|am i right|true or false|innit)\W*\?\W*$"
                        # ("the kyrgyz mtg went like an hour right": the tag alone, in chat without a question mark)
                        r"|^\W*(?!(?:who|whom|what|when|where|which|how|why)\b)\w.{4,}?[,;:.!—–-]?\s+"
                        r"(?:right|correct|yeah|ya|yea|yep|innit|didn'?t (?:it|they|he|she)|wasn'?t (?:it|he|she))\W*$")
_LEADING_AND = re.compile(r"^\W*((and|also|so|then|but|ok|okay|lol|yo|hey|hi|hmm|um|uh|well|btw|oh|right)\W+)+")
#: "roughly when, New York time, did …?": a hedge before the question word, which asks no less.
_LEADING_HEDGE = re.compile(r"^(?:roughly|approximately|about|around|exactly|precisely|just|more or less)\W+"
                            r"(?=(?:when|what|where|who|whom|how|which)\b)")
_TIES = frozenset("ties relations relationship cooperation partnership dialogue axis".split())
_SUBJECT_BEFORE = frozenset("""has have had did does do will would and what how why when that is was are were
    give giving gave given send sending sent provide providing provided offer offering help helping support supporting
    assist assisting""".split())


def _capitals_as_governments(mentions: list[Mention], words: list[str], index: KnowledgeIndex) -> list[Mention]:
    """"What has Tokyo extended to Rwanda?": a capital that acts, not a place where something happens,
    stands for its country's government."""
    capitals = {c.capital: c.id for c in index.kb.countries.values() if c.capital}

    def capital_of(m: Mention) -> str | None:
        place = index.kb.places.get(m.id) if m.kind == "place" else None
        return capitals.get(place.name) if place is not None else None

    starts = {m.start: m for m in mentions}
    ends = {m.end: m for m in mentions}
    result = []
    for m in mentions:
        country = capital_of(m)
        after = words[m.end] if m.end < len(words) else ""
        paired = (m.end in starts and capital_of(starts[m.end]) is not None
                  or m.start in ends and capital_of(ends[m.start]) is not None)
        if country is not None and (m.start == 0 or words[m.start - 1] in _SUBJECT_BEFORE or paired
                                    or after in _TIES):
            # "Tashkent–Tokyo ties", "what has Tokyo pledged": the capitals stand for the governments.
            m = Mention("country", country, m.start, m.end, m.score, m.weight)
        result.append(m)
    return result


def _generic_acronyms_dropped(mentions: list[Mention], words: list[str], index: KnowledgeIndex) -> list[Mention]:
    """"The Japan–Kyrgyz MFA cooperation program": an organisation named by a bare acronym ("MFA") of one
    country is no mention of it when the question names other countries and not that one; the acronym
    is then the generic word for theirs."""
    named = {m.id for m in mentions if m.kind == "country"}
    kept = []
    for m in mentions:
        term = index.kb.terms.get(m.id) if m.kind == "term" else None
        if (term is not None and term.kind == "organisation" and m.end - m.start == 1 and len(words[m.start]) <= 4
                and term.countries and named and not named & set(term.countries)):
            continue
        kept.append(m)
    return kept


def _modifiers_of_a_longer_name(mentions: list[Mention], words: list[str], index: KnowledgeIndex) -> list[Mention]:
    """"the Kyrgyz foreign ministry cooperation program": a term's name followed by nouns is a modifier of
    what they name; the one other term whose names hold those nouns and a word of the first is meant,
    over all the words."""
    kept = []
    for m in mentions:
        if m.kind != "term":
            kept.append(m)
            continue
        end = m.end
        while end < len(words) and end - m.end < 3 and words[end] not in STOPWORDS \
                and not any(n.start == end for n in mentions):
            end += 1
        following = set(content_stems(" ".join(words[m.end:end])))
        own = set(content_stems(" ".join(words[m.start:m.end])))
        if not following:
            kept.append(m)
            continue
        # (the nouns as the longer name writes them: "the foreign ministry meet[s]" is a verb, not "Meeting")
        written = {w for w in words[m.end:end] if w not in STOPWORDS}
        longer = sorted(t for t, named in index.term_name_stems.items()
                        if t != m.id and following <= named and own & named
                        and written <= {w for name in (index.kb.terms[t].name, *index.kb.terms[t].aliases)
                                        for w in tokens(name)})
        kept.append(replace(m, id=longer[0], end=end) if len(longer) == 1 else m)
    return kept


def people_of_which(text: str) -> str:
    """"Hayashi met officials of which countries?" → "Hayashi met which countries' officials?": the countries
    asked for, said before the people they are of, as the rules for countries read them."""
    return _PEOPLE_OF_WHICH.sub(r"\g<which> countries' \g<people>", text)


def _owners_of_a_named_thing(mentions: list[Mention], words: list[str], index: KnowledgeIndex) -> list[Mention]:
    """"zelenskys peace formula": a person said just before a term whose own names hold that person's is part
    of the term's name, no one else the question is about ("Kamikawa's G7 meeting" is hers to have held)."""
    owner: dict[int, Mention] = {}  # the term mention's position in `mentions` → its owner
    terms_at: dict[int, list[int]] = defaultdict(list)  # where each term mention starts → its positions
    for i, t in enumerate(mentions):
        if t.kind == "term":
            terms_at[t.start].append(i)
    for m in mentions:
        person = index.kb.people.get(m.id) if m.kind == "person" and terms_at else None
        if person is None or not person.family_name:
            continue
        gap = 1 if m.end < len(words) and words[m.end] == "s" else 0
        for i in terms_at.get(m.end + gap, ()):
            term = index.kb.terms.get(mentions[i].id)
            if term is not None and fold(person.family_name).lower() in tokens(" ".join((term.name, *term.aliases))):
                owner[i] = m
    if not owner:
        return mentions
    owners = set(map(id, owner.values()))
    return [replace(m, start=owner[i].start) if i in owner else m
            for i, m in enumerate(mentions) if id(m) not in owners]


def _posts_of_their_government(mentions: list[Mention], words: list[str], folded: str, index: KnowledgeIndex,
                               post_at: int) -> list[Mention]:
    """"did Kishida's foreign minister attend?", "his own finance minister": a post of someone's government is the
    post of the country the records give the person, not the person (who holds another post)."""
    found = []
    for m in mentions:
        person = index.kb.people.get(m.id) if m.kind == "person" else None
        gap = m.end
        while gap < post_at and words[gap] in ("s", "own"):
            gap += 1
        if person is not None and person.country and gap == post_at \
                and re.search(rf"\b{re.escape(words[m.end - 1])}['’]s?\b", folded):
            found.append(Mention("country", person.country, m.start, m.end, m.score, m.weight))
        else:
            found.append(m)
    return found


#: Words before such a phrase that make it a place ("in Kagame's capital"; "what is Kuleba's country?" asks of him).
#: Words before "Kuleba's country" that ask what it is ("which is Kuleba's country?"), where it is no constraint.
_ASKING_OF = frozenset("is was are were whats what which s".split())


def _land_of_holder(words: list[str], post: tuple[int, int], mentions: list[Mention]) -> int | None:
    """The position of "country" in "the Rwandan president's country", a post of a country named right before it
    and then the noun of its land; None when the post is not so written (or the question asks what it is)."""
    land = post[1] + (1 if post[1] < len(words) and words[post[1]] == "s" else 0)
    start = min((m.start for m in mentions if m.kind == "country" and m.end == post[0]), default=None)
    if start is None or land >= len(words) or words[land] not in lx.PERSONS_LAND:
        return None
    return None if any(words[i] in _ASKING_OF for i in (start - 1, start - 2) if i >= 0) else land


def _countries_of_their_people(mentions: list[Mention], words: list[str], index: KnowledgeIndex) -> list[Mention]:
    """"an embassy in Kagame's capital", "did Japan help Kagame's country?": the country the records give the person,
    not the person (the noun after the name is read with it), unless the question asks what it is."""
    found = []
    for m in mentions:
        person = index.kb.people.get(m.id) if m.kind == "person" else None
        gap = 1 if m.end < len(words) and words[m.end] == "s" else 0
        if person is not None and person.country and m.end + gap < len(words) \
                and words[m.end + gap] in lx.PERSONS_LAND and m.start > 0 and words[m.start - 1] not in _ASKING_OF:
            found.append(Mention("country", person.country, m.start, m.end + gap + 1, m.score, m.weight))
        else:
            found.append(m)
    return found


@lru_cache(maxsize=8192)
def _post_words(index: KnowledgeIndex, person_id: str) -> frozenset[str]:
    """The words of someone's posts, their organisations' other names, and the initials of their titles ("DG" of
    "Director General")."""
    person = index.kb.people[person_id]
    words: set[str] = set()
    held = ""
    for r in person.roles:
        words |= {w for w in tokens(f"{r.title} {r.organisation or ''}") if w not in STOPWORDS}
        capital = [w for w in tokens(r.title) if w not in STOPWORDS]
        words |= {"".join(w[0] for w in capital[i:i + n]) for n in (2, 3) for i in range(len(capital) - n + 1)}
        held += f" {fold(r.organisation or '').lower()}"
    for names, said in _organisation_names(index):
        if any(n in held for n in names):
            words |= said
    return frozenset(words)


@lru_cache(maxsize=4)
def _organisation_names(index: KnowledgeIndex) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    """Each organisation's names (folded, lower case) and the words they are written with, read once."""
    return tuple((tuple(fold(n).lower() for n in (t.name, *t.aliases) if len(n) > 2),
                  frozenset(w for n in (t.name, *t.aliases) for w in tokens(n)))
                 for t in sorted(index.kb.terms.values(), key=lambda t: t.id) if t.kind == "organisation")


def _organisations_with_their_country(mentions: list[Mention], index: KnowledgeIndex) -> list[Mention]:
    """"Uzbekistan's foreign ministry ... in the talks": an organisation of one country also reads as
    that country (one more reading of the same words, so a record naming either fits)."""
    extra = []
    for m in mentions:
        term = index.kb.terms.get(m.id) if m.kind == "term" else None
        if (term is not None and term.kind == "organisation" and len(term.countries) == 1
                and term.countries[0] != index.home):  # every record is about the home country
            extra.append(Mention("country", term.countries[0], m.start, m.end, m.score, m.weight))
    return mentions + [e for e in extra if (e.kind, e.id, e.start) not in {(m.kind, m.id, m.start) for m in mentions}]


#: Nouns of a kind of the thing named after them ("which kinds of support"): no thing a record must name.
_SORT_NOUNS = frozenset("kind kinds type types sort sorts form forms".split())


def _asked_noun(words: list[str], consumed: set[int], keywords: tuple[str, ...]) -> str | None:
    """"Which Rwandan office made it public?", "which earlier agreements did they ...", "in what
    language were the talks held?" ask for an office, agreements, a language: the noun after
    which/what (the last word before an auxiliary verb, else the first content word), as a stem,
    when "which" asks or an auxiliary follows ("what gifts did ...", not "what happened on ...")."""
    for start, word in enumerate(words):
        if word not in ("which", "what"):
            continue
        phrase: list[int] = []
        auxiliary = False
        for i in range(start + 1, min(start + 5, len(words))):
            if i in consumed or words[i] in ("the", "a", "an"):
                continue
            if words[i] in _SORT_NOUNS and words[i + 1:i + 2] == ["of"] and not phrase:
                return None  # "which kinds of support …": kinds, which any record of support tells
            if words[i] in _AUXILIARIES:
                auxiliary = True
                break
            if words[i] in STOPWORDS:
                break
            if words[i] not in _EMPHASIS:  # "for what, specifically, did he …?" names no thing
                phrase.append(i)
        if not phrase or not auxiliary and (word != "which" or start > 2):
            return None  # "which one came first?", "what happened on ..." name no kind of thing
        participle = next((k for k, i in enumerate(phrase) if k > 0 and _PARTICIPLE.match(words[i])
                           and words[phrase[k - 1]].endswith("s") and words[i] not in _GATHERING_NOUNS), None)
        if participle is not None:
            phrase = phrase[:participle]  # "which meetings involving Japan are …": the noun before the participle
        while auxiliary and len(phrase) > 1 and words[phrase[-1]] in _ADVERBS:
            phrase.pop()  # "which embassies abroad have ...": the noun before the adverb
        verb = next((k for k, i in enumerate(phrase) if k > 1 and _PAST.match(words[i])), None)
        if not auxiliary and verb is not None:
            phrase = phrase[:verb]  # "which embassy staff accompanied him?": the noun before the verb
            while len(phrase) > 1 and len(words[phrase[-1]]) < 3:
                phrase.pop()  # "co-steered": a prefix of the verb, not a noun
            auxiliary = True
        if not auxiliary:
            # "which newly appointed minister …": past the words that only qualify the noun
            plain = [i for i in phrase if not (words[i].endswith("ly") or _PAST.match(words[i]))]
            phrase = plain or phrase
        noun = words[phrase[-1]] if auxiliary else words[phrase[0]]
        if not auxiliary and len(phrase) > 1 and words[phrase[1]] in lx.PERSON_ASKED \
                and words[phrase[1] + 1:phrase[1] + 2] not in (["or"], ["and"]):
            noun = words[phrase[1]]  # "which Japanese embassy official went …": an official, of the embassy
        return stem(noun) if stem(noun) in keywords and noun not in _GENERIC_NOUNS else None
    return None


def phrase_spans(pattern: re.Pattern[str], words: list[str] | tuple[str, ...]) -> list[tuple[int, int]]:
    """Every span of word positions where `pattern` matches the question's words, in order."""
    joined = " ".join(words)
    spans = []
    for match in pattern.finditer(joined):
        start = joined[: match.start()].count(" ")
        spans.append((start, start + match.group(0).count(" ") + 1))
    return spans


def phrase_span(pattern: re.Pattern[str], words: list[str] | tuple[str, ...]) -> tuple[int, int] | None:
    """The word positions `start:end` where `pattern` matches the question's words, or None."""
    joined = " ".join(words)
    match = pattern.search(joined)
    if match is None:
        return None
    start = joined[: match.start()].count(" ")
    return start, start + match.group(0).count(" ") + 1


def _has_content(words: list[str], consumed: set[int]) -> bool:
    return any(i not in consumed and w not in STOPWORDS and w not in COMMON_WORDS and len(w) > 2
               for i, w in enumerate(words))


#: Words before a capital that make it the one who acts ("did Tokyo pledge …?"), or its object when it is
#: given or thanked ("promised Kyiv", "thanked Tokyo"): the capital stands for its government.
_ACTS_BEFORE = frozenset("did does do has have had will would".split())
_GIVEN_TO = lx.PLEDGE_WORDS | lx.THANKS


def _capitals_for_governments(text: str, words: list[str], mentions: list[Mention],
                              index: KnowledgeIndex) -> list[Mention]:
    """"How many cranes did Tokyo promise Kyiv?", "Tokyo's and Kyiv's foreign ministers": a capital that
    acts, is given to, or owns (a possessive), is its country's government; where it is a venue ("met in
    Kyiv") it stays a place."""
    lowered = fold(text).lower()
    found = []
    for m in mentions:
        country = index.capital_of.get(m.id) if m.kind == "place" else None
        if country is not None:
            name = " ".join(words[m.start:m.end])
            before = words[m.start - 1] if m.start > 0 else ""
            if re.search(rf"\b{re.escape(name)}['’]s\b", lowered) or before in _ACTS_BEFORE \
                    or stem(before) in _GIVEN_TO:
                m = Mention("country", country, m.start, m.end, m.score, m.weight)
        found.append(m)
    return found


#: The shortest word read as a slip in a country's name.
_MIN_SLIP = 6


def _outside_names(words: list[str], consumed: set[int], index: KnowledgeIndex) -> list[str]:
    """Real-world countries named in the question that the knowledge base has no entry for."""
    free = [w if i not in consumed else "\x00" for i, w in enumerate(words)]
    names = []
    for m in index.world.find(free, fuzzy=False):
        if m.kind != "world_region" and index.country_of_world_name(m.id) is None and m.id not in names:
            names.append(m.id)
    # a slip in a country's name ("kazakstan"): a word no English word list or record has, near one name
    english = english_words()
    unread = [w if w not in english and w not in index.idf and stem(w) not in index.idf and len(w) >= _MIN_SLIP
              else "\x00" for w in free]
    for m in index.world.find(unread, fuzzy=True):
        if m.kind == "world_country" and m.end - m.start == 1 and index.country_of_world_name(m.id) is None \
                and m.id not in names:
            names.append(m.id)
    return names


def _unknown_names(text: str, words: list[str], consumed: set[int], index: KnowledgeIndex,
                   mentions: list[Mention]) -> list[str]:
    """Capitalised words that are not sentence-initial, not known, and not ordinary words: names the
    knowledge base does not hold (`Joe Biden`, `Mount Fuji`). A misspelt other half of a person's
    name found in the question ("Yoka Kamikawa") is that person's, not a stranger's."""
    consumed_words = {words[i] for i in consumed}
    people = [index.kb.people[m.id] for m in mentions if m.kind == "person" and m.id in index.kb.people]
    # (each part of the names once: many people of one surname share it)
    parts = sorted({part for p in people for part in tokens(f"{p.given_name} {p.family_name}")})
    consumed_words |= {w for w in words if any(fuzz.ratio(w, part) >= 75 for part in parts)}
    unknown = []
    named_days = [(m.start(), m.end()) for m in NAMED_DAY.finditer(fold(text).lower())]
    handle_asked = lx.HANDLE_ASKED.search(fold(text).lower()) is not None
    for match in _CAPITALISED.finditer(text):
        raw = match.group(0)
        if any(a <= match.start() < b for a, b in named_days):
            continue  # "Christmas Eve": a date
        if match.start() == 0 or text[: match.start()].rstrip().endswith(("?", ".", "!", ":")) or _JST.fullmatch(
                raw.lower()):
            continue  # a sentence's first word; "JST", the home clock
        # `AUDA-NEPAD`: each part
        parts = [index.speller.correct(p, english=False) for p in tokens(raw) if p and p not in SHORTHAND]
        if all(p in consumed_words or p in STOPWORDS or p in COMMON_WORDS or p in MONTHS or p in index.vocabulary
               or p in QUESTION_WORDS and handle_asked  # ("what Twitter handle …": a word the rule of handles reads)
               or len(p) <= 2 or len(parts) > 1 and p in english_words() for p in parts):
            continue  # ("Japanese-backed": a known name joined to an English word)
        unknown.append(raw)
    destinations = [m for pattern in (_LOWER_DESTINATION, _LOWER_OBJECT) for m in pattern.finditer(fold(text))
                    if (not _an_english_form(m.group("name")) or _name_as_plural(m.group("name")))
                    and stem(m.group("name")) not in index.idf]  # ("the memorial he visited commemorates …")
    alone = _LOWER_NAME_ALONE.match(fold(text).lower())
    if alone is not None and not any(m.kind == "person" for m in mentions):
        # "n akmal saidov?": a name alone after "and", for the last question, of words neither English, nor the
        # records', nor a slip for one of their words
        parts = alone.group("name").split()
        if all(w not in consumed_words and w not in english_words() and w not in index.vocabulary
               and w not in STOPWORDS and index.speller.correct(w, english=False) == w
               and not any(OSA.distance(w, q) <= 1 for q in _QUESTION_WORDS) for w in parts):
            unknown.append(alone.group("name"))
    for match in (*_LOWER_SUBJECT.finditer(fold(text)), *destinations):
        # "when did mirziyoyev last visit tokyo", "when did hayashi visit bishkek": a word in a name's place,
        # written in lower case, that is neither English, nor the records', nor a slip for one of their words
        word = match.group("name")
        if word not in consumed_words and word not in english_words() and word not in index.vocabulary \
                and word not in STOPWORDS and index.speller.correct(word, english=False) == word \
                and not any(word == w.lower() for w in unknown):
            unknown.append(word)
    return unknown


#: Words a question asks by, which a slip of one letter ("wher", "whin") still is.
_QUESTION_WORDS = ("what", "when", "where", "which", "whom", "whose", "while", "there", "then", "they", "their")
#: "and akmal saidov?", "what about tokayev": one or two lower-case words alone after "and", a name's place.
_LOWER_NAME_ALONE = re.compile(r"^\W*(?:and|n|&|what about|how about|and what about) (?P<name>[a-z]{4,}(?: [a-z]{4,})?)"
                               r"\W*$")
#: A lower-case word where the subject of a deed goes ("when did mirziyoyev visit …", "has tokayev met …").
_LOWER_SUBJECT = re.compile(r"\b(?:did|does|has|have|had|was|will|would) (?P<name>[a-z]{4,}) (?:\w+ )?"
                            r"(?:visit|meet|met|go|went|say|said|travel|come|came|sign|attend|call|host|hold|held|tell"
                            r"|told|promise|pledge|discuss|talk|speak|spoke|announce|give|gave|send|sent|thank|fly|flew"
                            r"|arrive)\w*\b")


def _name_as_plural(word: str) -> bool:
    """Whether `word`, in a name's place, reads as English only as the plural of a rare word ("marcos" of
    "marco"): a name, not a plural anyone would say there ("leaders", "envoys" are words of their own)."""
    return word.endswith("s") and word not in english_words() and word[:-1] in english_words() \
        and word[:-1] not in everyday_words() and not any(pattern.search(word) for _, pattern in ROLE_PATTERNS)


def _an_english_form(word: str) -> bool:
    """Whether `word` is an English word or an inflection of one ("commemorates", "honoured", "stopped"),
    by the endings inflections have: "odesa" is not "ode" inflected."""
    english = english_words()
    # (British spellings, "honour", "organised", "centre", as the word list's American ones)
    for spelt in dict.fromkeys((word, re.sub(r"our", "or", word), re.sub(r"is(?=e|ing|ation)", "iz", word),
                                re.sub(r"tre(?=s?$)", "ter", word))):
        if spelt in english:
            return True
        for ending, bases in _INFLECTIONS:
            if spelt.endswith(ending) and len(spelt) > len(ending) + 1:
                root = spelt[:-len(ending)]
                forms = [root + b for b in bases]
                if ending in ("ed", "ing", "er", "est") and len(root) > 2 and root[-1] == root[-2]:
                    forms.append(root[:-1])  # "stopped": "stop"
                if any(f in english for f in forms):
                    return True
    return False


#: Endings of English inflections and what the word ends with without them ("studies": "study").
_INFLECTIONS = (("ies", ("y",)), ("ied", ("y",)), ("es", ("", "e")), ("s", ("",)), ("ed", ("", "e")),
                ("ing", ("", "e")), ("er", ("", "e")), ("est", ("", "e")), ("ly", ("",)))


#: A lower-case word where the place of a journey goes ("when did hayashi visit bishkek", "his trip to almaty").
_LOWER_DESTINATION = re.compile(r"\b(?:visit(?:ed|s|ing)?|(?:went|go|goes|going|gone|travel\w*|fly|flew|flown|trip|"
                                r"journey|head(?:ed)?|came|come) to|arriv\w* in) (?P<name>[a-z]{4,})"
                                # (where a place ends the phrase: "visited honours victims" has a verb there)
                                r"(?=\s*$|\s*[?.!,;:]| (?:in|on|at|and|or|for|with|during|last|before|after|when"
                                r"|then|to|from|the|this|that|again|ever|yet|too|n|b4)\b)")


#: A lower-case word where the person met or spoken to goes ("wat did kamikawa tell lavrov at the un").
_LOWER_OBJECT = re.compile(r"\b(?:tell|told|meet|met|thank|thanked|ask|asked|invite|invited|congratulate"
                           r"|congratulated|host|hosted|receive|received"
                           # ("what did kishida discuss with biden?": the other side of talks)
                           r"|(?:discuss(?:ed|es|ing)?|talk(?:ed|s|ing)?|spoke|speak(?:s|ing)?|met|meet(?:s|ing)?"
                           r"|sat down|negotiat\w*) with)"
                           # ("… with president mirziyoyev": the name after a title)
                           r"(?: (?:the )?(?:president|prime minister|premier|minister|king|queen|chancellor"
                           r"|mr|ms|mrs))?"
                           r" (?P<name>[a-z]{4,})\b")


#: "kishida and xi jinping", "biden n kishida": words joined to a person's name, as another person's.
_JOINED = frozenset({"and", "n", "&", "with", "or", "nor"})
#: How alike (rapidfuzz ratio) a word must be to a name of the records to be read as a slip for it.
_NEAR_A_NAME = 70.0


def _slips_beside_a_person(words: list[str], index: KnowledgeIndex, mentions: list[Mention]) -> list[Mention]:
    """"kishida and shmigal": one word joined to a person's name, in another person's place, that the name
    index did not read but that is near a word of one person's names: that person, read as a slip."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for m in mentions:
        if m.kind != "person":
            continue
        for joint, step in ((m.end, 1), (m.start - 1, -1)):
            i = joint + step
            if not (0 <= joint < len(words) and words[joint] in _JOINED and 0 <= i < len(words)) or i in taken:
                continue
            w = words[i]
            after = i + step
            if (len(w) < 5 or not w.isalpha() or w in STOPWORDS or w in COMMON_WORDS or w in index.vocabulary
                    or w in english_words() or w in SHORTHAND
                    or 0 <= after < len(words) and after not in taken and words[after] not in STOPWORDS
                    and words[after] not in english_words()):
                continue  # (a name of several words, "yoon suk yeol", is no slip for one word)
            near = process.extractOne(w, index.person_name_parts, scorer=fuzz.ratio, score_cutoff=_NEAR_A_NAME)
            if near is None:
                continue
            people = {(x.kind, x.id, x.weight) for x in index.names.find([near[0]], fuzzy=False) if x.kind == "person"}
            if len(people) == 1:
                kind, key, weight = people.pop()
                found.append(Mention(kind, key, i, i + 1, float(near[1]), weight))
                taken.add(i)
    return found


def _strangers_beside_a_person(words: list[str], written: list[str], consumed: set[int], index: KnowledgeIndex,
                               mentions: list[Mention]) -> list[str]:
    """In a question typed without capitals, the words joined by "and" to a person's name that are
    neither English nor the records' own: the name of someone the knowledge base does not hold. A word
    the spelling corrector read as an English one ("blinken" as "blinked") counts as written there."""
    def unknown_word(w: str, shortest: int) -> bool:
        return (len(w) >= shortest and w.isalpha() and w not in COMMON_WORDS and w not in index.vocabulary
                and w not in english_words() and w not in SHORTHAND and w not in STOPWORDS)

    def stranger(i: int, shortest: int = 4, joined: bool = False) -> bool:
        # (as written only right after "and": "hayashi n blinken"; "hayashi n kulubaev talkd" has its verb there)
        return i not in consumed and (unknown_word(words[i], shortest) or joined and written[i] != words[i]
                                      and unknown_word(written[i], shortest)
                                      and index.speller.correct(written[i], english=False) == written[i])

    found = []
    for m in mentions:
        if m.kind != "person":
            continue
        for joint, step in ((m.end, 1), (m.start - 1, -1)):
            if not 0 <= joint < len(words) or words[joint] not in _JOINED:
                continue
            run = [i for i in (joint + step, joint + 2 * step) if 0 <= i < len(words) and i not in consumed
                   and words[i] not in STOPWORDS][:1]
            # (the rest of a name of up to three words, "yoon suk yeol": shorter parts count there)
            while run and len(run) < 3 and 0 <= (after := run[-1] + step) < len(words) and stranger(after, 3):
                run.append(after)
            if any(stranger(i, 4 if i == run[0] else 3, i == joint + step) for i in run):
                # (a slip for a name of the records, "shmigal", is read as that name before: `_slips_beside_a_person`)
                found.append(" ".join(words[i] if unknown_word(words[i], 3) else written[i] for i in sorted(run)))
        # "kishida tokayev meeting date?", "tokayev kishida talks": two names side by side before a gathering's noun
        for i, after in ((m.end, m.end + 1), (m.start - 1, m.end)):
            if 0 <= i < len(words) and after < len(words) and words[after] in lx.GATHERING_NOUNS and stranger(i, 4) \
                    and words[i] not in found:
                found.append(words[i])
        # "kamikawa wang yi meeting", "hayashi blinken meeting" (read as "blinked"): a name of two or three words, or
        # one an English word was read for, between a person's name and a gathering's noun
        run = list(itertools.takewhile(lambda i: i not in consumed and words[i] not in lx.GATHERING_NOUNS
                                       and words[i] not in STOPWORDS, range(m.end, min(m.end + 3, len(words)))))
        end = run[-1] + 1 if run else m.end
        # (of several words, one the records and English both lack, the others no word of the records: "wang yi")
        if run and end < len(words) and words[end] in lx.GATHERING_NOUNS and (
                len(run) > 1 and any(stranger(i, 2, True) for i in run) and all(
                    words[i].isalpha() and words[i] not in COMMON_WORDS and words[i] not in index.vocabulary
                    and words[i] not in SHORTHAND for i in run)
                or len(run) == 1 and written[run[0]] != words[run[0]] and stranger(run[0], 4, True)) \
                and max(len(written[i]) for i in run) >= 4:
            named = " ".join(written[i] for i in run)
            found += [named] if named not in found and not any(w in found for w in named.split()) else []
    return found


def _strangers_at_a_place(words: list[str], consumed: set[int], index: KnowledgeIndex) -> list[str]:
    """In a question typed without capitals, a word after "in", "at", "to" or "from" that is neither
    English nor the records' own, nor a slip for one of their words: a place the knowledge base does
    not hold ("what did he do in lviv?")."""
    found = []
    for i in range(1, len(words)):
        w = words[i]
        # ("in tokyo or osaka": the word joined to a place said after "in" is in a place's position too)
        joined = i >= 3 and words[i - 1] in ("or", "and", "nor") and i - 2 in consumed and words[i - 3] in lx.AT_A_PLACE
        if (words[i - 1] not in lx.AT_A_PLACE and not joined or i in consumed or len(w) < 4 or not w.isalpha()
                or w in STOPWORDS
                or w in COMMON_WORDS or w in index.vocabulary or w in english_words() or w in SHORTHAND
                or w in MONTHS):
            continue
        if index.speller.correct(w, english=False) != w:
            continue  # "tashkant": a slip for a word of the records
        found.append(w)
    return found


#: "the G20 summit that Kagame attended": a clause that only says which thing the question means.
#: "When A met B in 2022, which of them ...?", "While in Kyiv, who did he ...?": a clause setting the scene.
_LEADING_CLAUSE = re.compile(r"^\W*(?:(?:when|while|during|after|before|at|in)\b[^,?]{3,120}"
                             # ("the NY one, what was the date in Tokyo when it began?": one of a list picked first)
                             r"|(?:and |so |ok )?(?:the|that|this) [^,?]{1,60}?\bones?),\s*"
                             r"(?P<main>(?:which|what|who|whom|whose|where|when|how)\b.*)")
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "where"})


#: A claim about someone described by a relative clause: an auxiliary first, "who" after a noun, and no verb of
#: knowing or telling that would make it an indirect question ("do you know who hosted it?").
_CLAIM_OF_SOMEONE = re.compile(r"^(?:did|was|were|is|are|has|have|had|does)\b"
                               r"(?!.*\b(?:know|knows|tell|say|remember|recall|wonder|idea|sure|guess|find|show|mention"
                               r"|record|records|report|reports)\b)"
                               r"(?=.*\b(?!(?:and|or|but|of|to|it|that|is|was)\b)[a-z]{3,} who\b)")


def without_identifying_clause(query: Query) -> Query | None:
    """The question without a relative clause that identifies a named thing ("What was the theme of the
    G20 Summit that Kagame attended in Indonesia?" → "... of the G20 Summit?"); None when it has none.
    The clause's names and words then only confirm which thing is meant; they are not asked about."""
    heads = {m.end: m for m in query.mentions if m.kind in ("term", "meeting", "place")}
    # ("the G20 Summit in Indonesia that Kagame attended": the thing with where it was, then the clause)
    heads |= {at.end: m for m in list(heads.values()) for at in query.mentions
              if at.kind in ("country", "place") and at.start == m.end + 1 and query.words[m.end:m.end + 1] in (
                  ("in",), ("at",))}
    people_at = {m.start for m in query.mentions if m.kind == "person"}
    # ("the G20 summit the Rwandan leader attended": a person said by a post, after an article and a country)
    countries = {i for m in query.mentions if m.kind == "country" for i in range(m.start, m.end)}
    for role_start, _ in (span for _, pattern in ROLE_PATTERNS for span in phrase_spans(pattern, query.words)):
        lead = role_start
        while lead > 0 and (query.words[lead - 1] in ("the", "a", "an") or lead - 1 in countries):
            lead -= 1
        if lead in heads:
            people_at.add(lead)
    # "... that Kagame attended", or without "that": "the G20 summit Kagame attended".
    start = next((i for i, w in enumerate(query.words) if i in heads and (w in _RELATIVE_WORDS or i in people_at)),
                 None)
    if start is None:
        return None
    end = next((i for i in range(start + 1, len(query.words)) if query.words[i] in (",", ";")), len(query.words))
    clause = {stem(w) for w in query.words[start:end]}
    kept = tuple(m for m in query.mentions if not start <= m.start < end)
    if len(kept) == len(query.mentions):
        return None
    return replace(query, mentions=kept, keywords=tuple(k for k in query.keywords if k not in clause),
                   role=None if any(start <= i < end for i in _role_starts(query)) else query.role)


def _role_starts(query: Query) -> list[int]:
    return [a for _, pattern in ROLE_PATTERNS for a, _ in phrase_spans(pattern, query.words)]


#: Words that open a clause placing a claim in time ("... when Hayashi met him").
_TIME_CLAUSE_WORDS = frozenset("when while whilst during".split())


def without_time_clause(query: Query) -> Query | None:
    """The question without a closing clause that only says when its claim held ("Was Shmyhal Ukraine's
    foreign minister when Hayashi met him?" → "Was Shmyhal Ukraine's foreign minister"); None when it
    has none. The clause must name someone, so that it places the claim at an event of the records."""
    start = next((i for i, w in enumerate(query.words) if i > 0 and w in _TIME_CLAUSE_WORDS
                  and any(m.kind == "person" and m.start > i for m in query.mentions)
                  and any(m.start < i for m in query.mentions)), None)
    if start is None:
        return None
    kept_words = query.words[:start]
    before = {stem(w) for w in kept_words}
    return replace(query, raw=" ".join(kept_words), words=kept_words,
                   mentions=tuple(m for m in query.mentions if m.end <= start),
                   keywords=tuple(k for k in query.keywords if k in before))


#: "hold talks", "held a meeting": the verb of a gathering said to take place, before what took place.
_HOLDS = frozenset({"hold", "holds", "held", "holding"})
_HELD_DETERMINERS = frozenset({"a", "an", "the", "their", "any", "formal", "official", "bilateral"})
_HELD_THINGS = frozenset({"talks", "talk", "meeting", "meetings", "discussions", "discussion", "consultations"})


def holds_all(words: set[str], wanted: Iterable[str]) -> bool:
    """Whether every stem of `wanted`, or one of its synonyms, is among `words`."""
    return all(w in words or any(x in words for x in SYNONYMS.get(w, ())) for w in wanted)
