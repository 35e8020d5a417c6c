"""The words and phrase patterns free-text questions are read by: each list defined once, named for
what it marks in a question, and shared by the handlers that need it."""

from __future__ import annotations

import re

from bot.engine.text import LIGHT_WORDS, content_stems, stem

PROFILE_WORDS = frozenset("stand acronym abbrevi mean posit job role titl hold post function occup portfolio rank "
                           "profess career nation nationalit countri "
                           "descript profil background happen current serv now present incumb chang held peopl "
                           "new newli sit latest full exact complet "
                           "person individu carri bear bore".split())
#: Words of a question that asks only who met whom ("which officials met Ukrainian leaders?").
GATHERING_WORDS = frozenset(stem(w) for w in """official officials leader leaders minister ministers people
    participant participants delegate delegates representative representatives met meet meeting meetings talk talks
    held hold attend attended join joined see saw counterpart counterparts take took part diplomat diplomats
    sat sit down name once twice thrice senior top high level ranking""".split())
ABOUT_MEETING = re.compile(r"\b(meet|met|meeting|meetings|talks?|visit|visited|visits|hold talks|sit down)\b")
#: "was the business forum held on 12 January?": a claim that a gathering took place, which its record settles.
GATHERING_HELD = re.compile(r"\b(?:forum|summit|conference|session|gathering)\b(?:\s+[\w'’-]+){0,2}?\s+"
                            r"(?:held|take place|took place|happen|happened|occur|occurred|(?:was|were) on)\b")
#: ("which countries' officials did Hayashi meet?": the countries of the people met, asked by them)
WHICH_COUNTRIES = re.compile(r"^\W*(which|what) (other |[a-z]+ ){0,3}countries\b(?!')|"
                             r"^\W*how many ([a-z]+ ){0,2}countries\b(?!')|"
                             # ("with which countries' officials did Hayashi hold talks?", as "with officials of
                             # which countries …?" is read)
                             r"^\W*(?:with )?(which|what|how many) (other |[a-z]+ ){0,2}countries['’] "
                             r"(?:officials|leaders|ministers|representatives|delegations|counterparts|people|diplomats)"
                             r" (?:did|does|has|have|had)\b"
                             # "Hayashi met which countries' officials?": the subject and verb said first
                             r"|^\W*(?:[\w'’-]+ ){1,3}(?:met|meet|visited|saw|hosted) (which|what) countries['’] "
                             r"(?:officials|leaders|ministers|representatives|delegations|counterparts|people|diplomats)\b"
                             # "central asian countries japan held talks with?": the countries said first, as a noun
                             r"|^\W*(?:the )?(?:[a-z]+ ){0,3}countries (?:that |which )?[a-z]+ (?:held|had|met|meets"
                             r"|visited|hosted|talked|dealt|engaged)\b"
                             # "which Central Asian countries' dealings with Japan are covered by the documents?"
                             r"|^\W*(?:which|what) (?:[a-z]+ ){0,3}countries['’] (?:dealings|talks|meetings|ties"
                             r"|relations|contacts) with [a-z]+ (?:are|were|is) (?:covered|mentioned|described|recorded"
                             r"|reported)\b")
#: "Which countries' talks with Japan mentioned training?": the meetings whose records say so.
#: A question for what happened, asked by a date: "what was that event?", "what took place", "what is dated".
EVENT_ASKED = re.compile(r"\b(?:what|which) (?:[\w'’-]+ ){0,4}?(?:events?|encounters?|occasions?|milestones?|"
                         r"happenings?|developments?)\b"
                         # (the head of its phrase: "which human resources development projects" asks for projects)
                         r"(?!\s+(?!(?:was|is|does|has|happens|occurs|takes|marks|matters|involves|concerns|comes|goes"
                         r"|falls)\b)[a-z]+s\b)|\bwhat (?:happened|took place|occurred|went on)\b"
                         r"|\bwhat (?:is|was) (?:that|this|the) (?:event|date)\b|\bis dated\b|\bwas dated\b"
                         # "why does 26 January 1992 matter?", "what does January 10 refer to?", "1962 marks …"
                         r"|\b(?:does|did) (?:[\w'’-]+ ){0,4}?(?:matter|refer to|stand for|mark|signify)\b"
                         r"|\b(?:marks|marked) (?:[\w'’-]+ )?things?\b")
#: "whom did each of them meet?", "who did each Japanese foreign minister meet": the meetings of every one.
EACH_MET = re.compile(r"\b(?:who|whom) (?:did|has|have) (?:each|they each|each of them|all of them|every one of them"
                      r"|they all)(?: of them)? (?:meet|see|hold talks with|talk to|talk with)\b"
                      r"|\b(?:who|whom) (?:each|each of them|they each) met\b|\beach of them met\b"
                      r"|\b(?:who|whom) did each (?:[\w'’-]+ ){1,4}(?:meet|see)\b")
#: "What's the ... thing Japan is giving?", "what is the X Japan will provide?": a thing asked by what is said of it.
WHAT_THING = re.compile(r"^\W*(?:and |so )?what(?:'s| is| was| are| were)? (?:the |that |this |some )?")
LIGHT_STEMS = frozenset(stem(w) for w in LIGHT_WORDS)
#: "is it true that …", "was it really the case that …": an "it" that points at nothing, only at the claim after it.
EXPLETIVE_IT = re.compile(r"^\W*(?:and |so |also )?(?:is|was|isn'?t|wasn'?t) it (?:really |actually |also )?"
                          r"(?:true|correct|right|accurate|so|the case|a fact) that\s+")
#: "Was it Shmyhal who agreed ...?", "it was Kuleba that ...": a claim of who, and no one else, did it.
CLEFT = re.compile(r"^\W*(?:and |so )?(?:was|is|wasn'?t|isn'?t) it (?:really |actually )?"
                   # ("is it true that …" asks whether a claim holds: no cleft)
                   r"(?!(?:true|correct|right|accurate|so|the case|a fact|possible)\b)[\w'’ .-]{2,40}? "
                   r"(?:who|whom|that) ")
#: "Which ones were in 2023?", "which of them took place before 2024?": the records just listed, by date.
WHICH_ONES_WHEN = re.compile(r"^\W*(?:and |so )?which (?:ones|of them|of those|of these) (?:were|was|took place"
                             r"|happened) (?:in|on|during|before|after)\b")
#: What was talked about ("did X come up", "which meetings discussed X").
TALKED_ABOUT = re.compile(r"\b(?:come|came|comes|coming) up\b|\b(?:discuss\w*|raised?|mention\w*|address\w*|"
                          r"touch\w* (?:on|upon)|talk\w* (?:about|over))\b")
#: A record that names more than the things it lists ("also addressed", "beyond IT", "and other sectors").
MORE_THAN = re.compile(r"\b(?:also|beyond|besides|as well as|other (?:sectors|areas|fields|topics|issues))\b")
#: The phrases that set something aside, longest of a kind first ("except for" before "except").
SET_ASIDE_PHRASES = ("besides", "apart from", "aside from", "other than", "beyond", "except for", "except",
                     "in addition to")
#: "Apart from IT and education, which sectors …?", "what did they cover besides X and Y?": the things a
#: question sets aside, in the clause after the marker (up to a comma or the verb of the question).
SET_ASIDE = re.compile(r"\b(?:" + "|".join(SET_ASIDE_PHRASES) + r") "
                       r"(?!(?:which|what|who|whom|where|when|how|whose)\b)(?P<clause>[^,?;:]+?)"
                       r"(?=\s*[,?;:]|\s*$| (?:did|do|does|was|were|is|are|has|have|had|which|what"
                       r"|who|whom|where|when|how|that|they|he|she|we|you)\b)")


def names_any(stems: frozenset[str], text: str) -> bool:
    """Whether `text` has a word of `stems`, or a longer word one of them begins ("tech": "technology")."""
    said = set(content_stems(text))
    return bool(stems & said) or any(len(s) >= 4 and w.startswith(s) for s in stems for w in said)


def names_only_more(set_aside: frozenset[str], text: str) -> bool:
    """Whether `text` names what a question sets aside and says there was more without naming it ("14
    agreements covering IT, education and other sectors", asked "apart from IT and education, which?")."""
    return names_any(set_aside, text) and bool(MORE_THAN.search(text))


WHOSE_TALKS = re.compile(r"^\W*(?:which|what) (?:other )?countries'? (?:talks|meetings|discussions)\b")
#: "Which of Japan's partners discussed …?", "… came up in talks with which countries?", "… came up with which
#: partner countries?": the partners a topic came up with, asked by what they discussed.
PARTNERS_ASKED = re.compile(r"^\W*which of (?:the |[\w'’]+['’]s )?(?:partners|countries|partner countries)\b"
                            r"|\b(?:(?:talks|meetings|discussions)|came up|come up|was raised|were raised) with which "
                            r"(?:partner |other )?(?:countries|partners|nations)\W*$")
TRIP_WORDS = frozenset(stem(w) for w in """trip trips visit visits journey tour travel mission talks contacts
    dealings exchanges engagement encounters record records""".split())
#: What a claimed number of records counts ("two meetings", "twice", "three visits"): the events themselves.
RECORD_COUNT_STEMS = frozenset(stem(w) for w in """meeting meetings talks visit visits trip trips encounter
    encounters session sessions time times""".split())
#: A claim of how many times someone met or went somewhere, as its verb says.
MET_OR_WENT = re.compile(r"\b(?:met|meet|meets|meeting|visit\w*|talk\w*|went|go|goes|gone|been|travel\w*|held|hold)\b")
#: Things with a record of their own, which a question may ask of apart from any meeting ("what is the memorial
#: for?", "where is the memorial Hayashi visited?").
THING_NOUNS = frozenset("memorial monument museum embassy program programme project scholarship fund system "
                        "center centre institute agency office".split())
#: Everyday nouns for one person ("the central bank guy", "and the other man?"), as a regex alternation.
PERSON_NOUN = r"(?:guy|man|woman|lady|fellow|chap|person|bloke|dude|gentleman)"
PEOPLE_NOUNS = frozenset("""officials ministers people persons leaders participants delegates representatives
    counterparts""".split())
#: Nouns a record counts people by ("200 students", "30 trainees"): what answers "how many people …?" in a record
#: that is not a meeting's list of who took part.
PEOPLE_COUNTED = PEOPLE_NOUNS | frozenset("""students individuals citizens residents staff personnel graduates fellows
    trainees experts volunteers civilians victims refugees scholars alumni""".split())
TOOK_PART = re.compile(r"\b(met|meet|meeting|meetings|attend\w*|took part|take part|participat\w*|named|talks?|"
                        r"visit\w*|accompan\w*|present|there|join\w*)\b")
#: "Who attended from Tajikistan?", "who was there?": who took part is what is asked, right after "who".
WHO_TOOK_PART = re.compile(r"^\W*(?:and |so |ok )?who (?:else )?(?:attend\w*|took part|takes part|came|comes|joined"
                           r"|participat\w*|(?:was|were|is|are) (?:there|present|in attendance))\b")
#: "How many years later ...?", "how long after ...?": the time between the last record and another.
ELAPSED = re.compile(r"\bhow (many years|long) (later|after|before|earlier|had passed|passed|elapsed)\b|"
                      r"\bhow many years (between|separate)\b"
                      # ("ties since 1962 → so about how many years by the Bali meeting?": from that date to it)
                      r"|\bhow many years (?:old )?(?:by|as of|at the time of)\b")
#: Words of a "how long after ... began?" question that only measure: "since relations began" asks
#: for the relations' date, not for a record that says "began".
ELAPSED_WORDS = frozenset(stem(w) for w in """year years later after earlier before passed elapsed long begin began
    begun start started""".split())
#: The nouns of a person's post ("which portfolio does she hold?").
POST_NOUNS = r"(?:post|position|title|office|job|role|portfolio|brief|rank)"
#: "which bureau is he from?", "what ministry does Ikegami work for?": the body a post is in (`body`).
BODY_OF_POST = re.compile(r"^\W*(?:and |so )?(?:what|which) (?P<body>ministry|department|agency|bureau|office|division"
                          r"|organi[sz]ation|institution) (?:(?:is|was|are|were) (?!the\b|that\b|this\b)"
                          r"[\w'’. -]{2,40}? (?:from|in|with|at|part of)|(?:does|did|do) (?!the\b|that\b|this\b)"
                          r"[\w'’. -]{2,40}? (?:work (?:for|in|at)|come from|belong to))\W*$")
POST_OF = re.compile(r"^\W*(what|which) (?:(?:ministerial|official|exact|formal|full|government|cabinet"
                     r"|[a-z]+(?:ese|ian|an|i|ish)) ){0,2}"
                     rf"{POST_NOUNS}s? (did|does|do|was|is|had|has)\b"
                     # "which ministry did Biruta lead?": the body of the post he held
                     r"|^\W*(?:what|which) (?:ministry|department|agency|bureau|organi[sz]ation|institution|body) "
                     r"(?:did|does|do|has|had) (?!(?:he|she|they|that|this)\b)[\w'’. -]{2,40}? "
                     r"(?:lead|head|run|direct|represent|serve|work)\b"
                     # "which bureau is he from?", "what ministry does Ikegami work for?": the body of the post held
                     rf"|{BODY_OF_POST.pattern}"
                     # "Kozuki is a state minister for which area?": the rest of the post asked
                     r"|^\W*[\w'’. -]{3,40}? (?:is|was) (?:a|an|the) (?:[\w-]+ ){0,3}?(?:minister|secretary|director"
                     r"|governor|ambassador|official|head|chief)(?:-general)? (?:for|of|in) (?:which|what) "
                     r"(?:area|field|portfolio|ministry|department|sector|matters?|affairs|country)\W*$")
#: "What's his title?", "and her position?": the post of the person the conversation is about.
POST_OF_PRONOUN = re.compile(r"^\W*(?:and |so )?(?:what(?:'s|’s| is| was) )?(?:his|her|(?:that|this) (?:guy|man|woman"
                             r"|person|official|minister|diplomat)['’]s) "
                             rf"(?:full |exact |official |job )?{POST_NOUNS}\W*$")
#: "What is Biruta's full ministerial title in the Bali article?": the post of the one named before "'s",
#: whatever else the question names as the setting.
POST_OF_NAMED = re.compile(r"^\W*(?:and |so )?what(?:'s|’s| is| was| were) (?:[\w-]+ ){0,3}?(?P<name>[\w-]+)['’]s? "
                           rf"(?:(?:full|exact|official|formal|ministerial|actual|job) ){{0,2}}{POST_NOUNS}\b"
                           # "what was the full title of Vincent Biruta at the Bali meeting?": of the one named first
                           r"|^\W*(?:and |so )?what(?:'s|’s| is| was| were) the "
                           rf"(?:(?:full|exact|official|formal|ministerial|actual|job) ){{0,2}}{POST_NOUNS} "
                           r"(?:of|held by) (?P<after>[\w-]+)")
#: "Which prime minister was in office when Japan opened its embassy in Kigali?"
IN_OFFICE_WHEN = re.compile(r"\b(in office|in post|in charge|serving|at the time) when (.+)")
#: "Who was Japan's prime minister when Hayashi visited Kyiv?": a post's holder at an event's date.
#: (an "as" clause of the holder's own deed, "mentioned as having visited Kyiv", is no event of its own)
HOLDER_WHEN = re.compile(r"^\W*(?:who|which [a-z' -]+?) (?:was|were|is) (?:the )?[a-z' -]+? "
                         r"(when|as) (?!(?:having|being)\b|[a-z]+(?:ing|ed)\b)(.+)")
MEETING_KINDS = frozenset({"meeting", "topic", "outcome"})
MEETING_FIELDS = frozenset({"who", "when", "where", "time", "duration"})
#: Question types answered with a detail of one event: the record must show all the question says.
VERIFIED_INTENTS = frozenset({"when", "where", "time", "duration", "quantity", "who", "yes_no"})
#: "Whose Peace Formula came up?", "whose initiative was it?": the owner of a thing named.
WHOSE = re.compile(r"^\W*(?:and |so |ok )?whose (?P<thing>[a-z][a-z' -]{1,40}?)(?: (?:came up|come up|was|is|were"
                   r"|are|did|does|do|has|had|got|gets|\w+ed)\b.*|\W*)$")
#: "What's Kishida's Twitter handle?", "his username in the tweet": the name someone goes by online.
HANDLE_ASKED = re.compile(r"\b(?:handle|username|user name|twitter name|x handle|account name|@ ?name)\b")
#: "Which years does it cover?", "what yrs": a span of years asked, not one date.
YEARS_ASKED = re.compile(r"\b(?:which|what) (?:years|yrs)\b|\byears? (?:does|did|do) .*\b(?:cover|span|run)\b"
                         r"|\bcover(?:s|ed|ing)? (?:which|what) (?:years|yrs|period)\b")
#: Claims of manner, each with the wording of a record that contradicts it: "was it given directly?" of
#: aid given "via international organizations". (Timing, "announced in advance?" of a visit announced the
#: day it began, is an order: `Answerer.order_stated`.)
MANNER_CONTRADICTED: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"\b(?:directly|straight|direct|without (?:any )?intermediar\w*)\b"),
     re.compile(r"\b(?:via|through) (?:[\w-]+ ){0,3}(?:organi[sz]ations?|agenc(?:y|ies)|bodies|channels|partners"
                r"|NGOs?|funds?)\b", re.IGNORECASE)),
)
#: "Who is the current governor?", "who heads it now?": a post asked of its holder today ("who was …" is not).
HELD_NOW = re.compile(r"\b(?:current|currently|now|today|present|presently|incumbent|is|are)\b")
HELD_BEFORE = re.compile(r"\b(?:was|were|had|used to|first|former|formerly|then)\b")
#: A post's title opening on its place in a line of holders ("first Governor of …"): a holder then, not now.
LINE_OF_HOLDERS = frozenset("first second third founding former late then inaugural".split())
#: The nouns after someone's name or "his"/"her" that name their country as a place ("in Kagame's capital", "to
#: his country").
PERSONS_LAND = ("country", "capital", "homeland", "nation")
#: "Has it been signed since then?", "is it in force yet?": what happened after the records were written.
SINCE_THEN = re.compile(r"\bsince (?:then|that|that time|that day|the meeting|the visit)\b|\b(?:yet|by now|so far"
                        r"|to date|as of now|as of today|nowadays)\W*$")
#: Words that put a thing at an earlier stage than done ("agreed to start negotiations on an agreement").
STAGE = re.compile(r"\b(negotiat\w*|to (start|begin|initiate)|initiat\w*|plan(s|ned)? to|will|draft\w*|propos\w*|"
                    r"under discussion|prepar\w*)\b", re.IGNORECASE)
HOST_CLAIM = re.compile(r"\b(the )?host(ed|s|ing)?\b")
#: Words of which side hosted and which came, which a meeting's place answers ("who hosted whom?").
HOST_OR_GUEST = frozenset(stem(w) for w in "host hosted hosts hosting visitor visitors visiting guest guests".split())
FIGURE_NOUN = re.compile(r"\b(\d[\d,]*(?:\.\d+)?)\s+([a-z-]+)(?:\s+([a-z-]+))?", re.IGNORECASE)
#: Events no other reading of their words fits ("signed", "born"): required of a record in any question.
LIFE_EVENTS = frozenset({"birth", "death", "beginning", "signing", "agreement"})
#: Question types whose answer is one detail per record, so that several fitting records are all listed.
SEVERAL_INTENTS = frozenset({"when", "where", "time", "duration", "who", "quantity", "general", "define", "why"})
POSITION_WORDS = frozenset("posit job role titl post function occup rank".split())
#: "Who held the post before her?", "who succeeded him?": the holders of a person's post around them.
SUCCESSION = re.compile(r"\b(before|after) (her|him|them)\b|\b(predecessor|successor|preceded|succeeded|replaced)\b")
SUCCESSION_NAMED = re.compile(r"\b(before|after|predecessor|successor|preceded|precede|succeeded|succeed|"
                               r"replaced|replace)\b")
#: Plural nouns of posts, as a question asks for their holders.
_HOLDER_NOUNS = r"(ministers|presidents|premiers|governors|fms|pms)"
#: "How many (different) Japanese foreign ministers ...": a count of the people who held a post.
HOW_MANY_HOLDERS = re.compile(r"\b(how many|count the|number of) (different |distinct |(?!(?:days?|weeks?|months?"
                               r"|years?|hours?|minutes?|times|later|earlier|did|does|do|was|were|is|are|had|has"
                               r"|have)\b)[a-z]+ ){0,3}(foreign "
                               r"|prime |finance |deputy |state )?" + _HOLDER_NOUNS + r"\b")
#: "Name all the Japanese foreign ministers who appear in the records": every holder of a post, listed.
ALL_HOLDERS = re.compile(r"^\W*(?:(?:name|list|which|what|who (?:are|were))(?: all)?(?: of)?(?: the)? "
                         r"(?:[a-z]+ ){0,2}" + _HOLDER_NOUNS + r"|(?:name|list) (?:every|each) (?:[a-z]+ ){0,2}"
                         r"(?:minister|president|premier|governor|fm|pm)"
                         # "which two people hold the post of Japan's foreign minister in these records?"
                         r"|(?:name|list|which|what|who)(?: all)?(?: the)? (?:two |three |four )?(?:people|persons"
                         r"|officials|individuals) (?:hold|held|have held|has held|serve[ds]? as|occup(?:y|ied)"
                         # "which people are described as Japan's foreign minister in these documents?"
                         r"|fill(?:ed)?|(?:are|were) (?:described|named|listed|given|titled|referred to) as)"
                         # "who appears in these documents as Japan's foreign minister?"
                         r"|who (?:appears?|appeared|shows? up|showed up|features?|figures?)(?= .*\bas\b))\b.*"
                         r"\b(?:appear\w*|named|mentioned|show\w* up|comes? up|came up|crops? up|feature[sd]?"
                         r"|in (?:the|these|your) (?:records|documents|docs|meetings|reports|texts|articles|sources"
                         r"|info|information|data|knowledge base))\b")
PLEDGES_ASKED = re.compile(r"\b(commitments|pledges|promises|(?:forms?|kinds?|types?|sorts?) of (?:[a-z'-]+ )?"
                            r"(?:aid|assistance|support|help)"
                            # "list the things Japan has given or pledged to Ukraine"
                            r"|(?:things|items|everything|all) (?:that )?[a-z]+ (?:has |have |had )?(?:given|pledged"
                            r"|promised|provided|sent|supplied|offered|donated)"
                            # "in what ways has Japan supported Rwanda?", "how has Japan helped Kyrgyzstan?"
                            r"|(?:in )?(?:what|which) ways (?:has|have|had|did|does) [a-z ]+? "
                            r"(?:support|help|assist|aid|back)(?:ed|s)?"
                            r"|how (?:has|have|had|did|does) [a-z]+ (?:support|help|assist|aid)(?:ed|s)?)\b")
#: A span of years a record gives ("for 2023-2025", "from 2019 to 2021"): the record is dated by it.
YEAR_SPAN = re.compile(r"\b((?:19|20)\d\d)\s*(?:-|–|—|to|through|until)\s*((?:19|20)\d\d)\b")
#: A pronoun for one person of the conversation ("did he meet …?", "what ministry does he head?").
#: The possessive of each personal pronoun ("did he bring his minister?"), read both ways.
POSSESSIVE_OF = {"he": "his", "she": "her", "they": "their", "it": "its"}
PERSON_PRONOUN = re.compile(r"\b(he|she|him|her|his|hers)\b")
#: "Which country is Shmyhal from?", "where is he from?", "from which country?", "what nationality is she?": the
#: country of a person (`who`: the words naming them, none when the person is the one just answered).
COUNTRY_OF_PERSON = re.compile(
    r"^\W*(?:and |so |ok |okay )?(?:"
    r"(?:from )?(?:which|what) (?:country|nation|nationality)(?: (?:is|was|are|were)| does| did|['’]s)? "
    # ("which country does he lead?": the country of a head of state or government, or of one representing it)
    r"(?P<who>[\w'’ .-]{1,40}?)(?: from| come from| belong to| hail from| lead| head| govern| run| represent)?"
    r"|(?P<who2>[\w'’ .-]{1,40}?) (?:is|was|comes?|came|hails?) from (?:which|what|where)(?: country| nation)?"
    r"|where (?:is|was|are|were|does|did) (?P<who3>[\w'’ .-]{1,40}?) (?:from|come from|hail from)"
    r"|(?:what(?:['’]s| is| was) )?(?P<who4>[\w'’ .-]{1,40}?)['’]s? (?:nationality|home country|country of origin)"
    r"|(?:what(?:['’]s| is| was) )?(?P<who5>his|her|their) (?:nationality|home country|country of origin)"
    r"|from (?:which|what|where)(?: country| nation)?|(?:which|what) country"
    r")\W*$")
#: "What aid did Japan give in 2022?", "which support …": the thing given is what is asked.
WHAT_AID = re.compile(r"^\W*(?:and |so )?(?:what|which)(?: kinds? of| sorts? of| forms? of)? "
                      r"(?:aid|assistance|support|help|equipment)\b")
#: "what did Japan give Uzbekistan?", "what has Japan sent them?": the things given asked for, by the verb of giving.
THING_GIVEN_ASKED = re.compile(r"^\W*(?:and |so )?(?:what|wat|which)(?: [a-z]+)? (?:did|has|have|had|does|do|will) "
                               r"[\w'’ -]{2,40}? (?:give|gave|given|send|sent|provide|provided|donate|donated|supply"
                               r"|supplied|offer|offered|pledge|pledged|promise|promised)\b")
PLEDGE_WORDS = frozenset("pledg promis provid send sent give gave given donat aid assist deliv suppli commit offer "
                          "help support".split())
#: Question types that ask for a thing itself ("what aid ...?"), not one of its details.
THING_INTENTS = frozenset({"general", "define", "list", "about"})
#: "Which embassies ...", "what officials ...", "name the ministers ...": a question asking for every
#: member of a class, by a plural noun after its question word.
PLURAL_ASKED = re.compile(r"^\W*(?:and |so )?(?:which|what|name|list)(?: (?:the|all|of|other|foreign|two|three|both|"
                           r"those|these|[a-z]+(?:an|ese|i|ish)))*"
                           r"(?: (?!(?:did|do|does|was|were|is|are|has|have|had|will|can|could|would)\b)[a-z-]+)? "
                           r"(?!(?:does|was|has|is)\b)(?P<noun>[a-z]+(?:ies|[^su']s))\b")
#: "Where does Japan have embassies?": every record of a class, asked where each is.
WHERE_PLURAL = re.compile(r"^\W*(?:and |so )?where (?:does|did|do|has|have) [a-z' -]+? (?:have|has|keep|keeps|maintain"
                          r"|maintains|open|opened|run|runs) (?P<noun>[a-z]+(?:ies|[^su']s))\b")
#: "Which countries did Japan open embassies in?": where every record of a class is, asked by the places.
WHICH_PLACES_PLURAL = re.compile(r"^\W*(?:and |so )?(?:in )?(?:which|what) (?:countries|cities|capitals|places) "
                                 r"(?:does|did|do|has|have) [a-z' -]+? (?:have|has|keep|keeps|maintain|maintains|open"
                                 r"|opened|run|runs|set up|establish|established) (?P<noun>[a-z]+(?:ies|[^su']s))\b")
#: "In which years did Japan open embassies?": the dates of every record of a class.
WHEN_PLURAL = re.compile(r"^\W*(?:and |so )?(?:in |on )?(?:which|what) (?:years?|dates?|months?|days?) "
                         r"(?:did|were|was|have|has) [a-z' -]+? (?:open|opened|sign|signed|set up|establish|established"
                         r"|hold|held|make|made) (?P<noun>[a-z]+(?:ies|[^su']s))\b")
#: "when did each side open embassies?", "both countries": a question asked of every side, so of every record.
BOTH_SIDES = re.compile(r"\b(?:each|both|either) (?:side|sides|country|countries|government|governments)\b"
                        r"|\b(?:each|both) of them\b")
#: "when did both embassies open?", "when did A's embassy and B's embassy each open?": the records of each of two
#: things, asked together.
BOTH_ASKED = re.compile(r"\bboth (?:the |of the |these |those )?[a-z]{3,}s\b"
                        r"|\band\b[^?]*\beach (?!other\b|one\b|of\b)[a-z]+")
#: "List every embassy opening mentioned", "name each pledge": every record of a class, by a singular noun.
EVERY_ASKED = re.compile(r"^\W*(?:and |so |please )?(?:list|name|give|show|tell)(?: me| us)?(?: of)? (?:every|each) "
                         r"(?!one\b|time\b)[a-z]+")
NOT_NOUNS = frozenset("was has does is this his its as us yes thus always".split())
#: "What did A say / call / thank ... for": a question about something someone said or did.
NOT_A_SPEAKER = re.compile(r"\b(?:meeting|meetings|talks|visit|trip|sides|release|article|document|forum|summit"
                            # ("what did kagame's office say they talked about?": the record's source reports it)
                            r"|statement|report|office|press office|spokes(?:person|man|woman)|team|presidency)\b")
SAID = re.compile(r"^\W*(?:and )?(?:[^,?]{3,40}, |[^,?]{3,100}, (?=what did [\w'’ -]+? say (?:at the|first|to)))?"
                  r"what (?:exactly |precisely |else )?(?:did|does|has|had) "
                  r"(?P<who>(?:[\w'’-]+ ){1,6}?)"
                  r"(?:say|call|tell|thank|stress"
                   r"|state"
                   r"|describe|express|reaffirm|praise|condemn|hope|want|propose|ask|suggest|note|emphasi[sz]e"
                   r"|underline|highlight|welcome)\b"
                   # "zelensky said what about japan?", "kuleba told her what?": the question word after the verb
                   r"|^\W*(?:and |so )?(?P<who2>(?:[\w'’-]+ ){1,3}?)(?:said|says|told|tells|stated|called|thanked"
                   # ("zelensky thanked japan for what?")
                   r"|thanks|thx)(?: \w+ (?:for|about|on|over) what\W*$|(?: \w+)? what\b)"
                   # "which country did he mention when thanking Japan?": a thing named in what he said
                   # ("for which kinds of support did Shmyhal thank Japan?": the kinds he thanked for, as said)
                   r"|^\W*(?:and |so )?(?:for )?(?:which|what) (?:(?P<sort>kinds?|types?|sorts?|forms?) of )?"
                   r"(?:[a-z'’-]+ ){1,3}?(?:did|does|has|had) "
                   r"(?P<who3>(?:[\w'’-]+ ){1,6}?)(?:mention|cite|name|refer to|bring up|(?(sort)thank|(?!)))\b")
#: "How did A respond to B's remarks?", "how did A react?": what A said, as "what did A say?" asks (A in as many
#: words as "what did A say?" allows: "the Ukrainian head of state").
RESPONDED = re.compile(r"^\W*(?:and )?(?:[^,?]{3,40}, )?how did (?P<who>(?:[\w'’-]+ ){1,6}?)"
                       r"(?:respond|react|reply|answer|describe|characteri[sz]e|portray|refer to)\b")
#: "How did Kuleba open his conversation with Kamikawa?": the first thing A is reported to have said there.
OPENED = re.compile(r"^\W*(?:and )?how did (?P<who>(?:[\w'’-]+ ){1,4}?)(?:open|begin|start)(?: (?:his|her|their|the))?"
                    r"(?: [\w'’-]+){0,2}? (?:conversation|response|remarks|talks|reply|statement|meeting|answer)\b")
#: "what did Hayashi say at the outset?": the first thing the records tell someone said.
AT_THE_OUTSET = re.compile(r"\b(?:at the (?:outset|start|beginning|opening)|to (?:begin|start) with|first of all"
                           r"|in (?:his|her|their) opening(?: remarks)?|(?:say|said|tell|told|raise|raised) first)\b")
#: "Where is Zelensky mentioned?", "where does he come up?": every record naming someone, not only their meetings.
MENTIONED_ASKED = re.compile(r"\b(?:mentioned|mentions?|come up|comes up|came up|appears?|features?|show up"
                             r"|crops? up)\b")
#: "What's the memorial there for?", "what was that emergency aid for?": the purpose of a thing a record names.
THING_FOR = re.compile(r"^\W*(?:and |so |ok |okay |then )?what(?:'s|’s| is| was| are| were) "
                       r"(?:the|that|this|those|these) (?P<thing>[a-z][a-z' -]{1,40}?)"
                       r"(?: (?:there|then|again|exactly|really|actually))? for\W*$")
#: "What was Shmyhal grateful to Japan for?", "what is Kuleba thankful for?": what A thanked for, as "what did A
#: thank Japan for?" asks.
GRATEFUL_FOR = re.compile(r"^\W*(?:and )?what (?:was|is|were|are) (?P<who>(?:[\w'’-]+ ){1,6}?)(?:so |most |really )?"
                          r"(?:grateful|thankful|appreciative|thanking)\b"
                          # "kulebas thanks to jp for what exactly": someone's thanks, for what
                          r"|^\W*(?:and )?(?:what (?:were|was) )?(?P<who2>[\w’-]+?)(?:['’]?s)? "
                          r"(?:thanks|gratitude|appreciation) (?:to (?:[\w'’-]+ ){1,2})?(?:for|about) (?:what|which)\b")
#: "Zelenskyy quote about Japan?", "any remarks from Kuleba on the G7?": what the person said.
QUOTE_OF = re.compile(r"^\W*(?:any |a )?(?P<who>(?:[\w'’-]+ ){1,4}?)(?:quotes?|quoted|quotations?|remarks?)\b"
                      # "quote what Kishida said to Kagame": his words, asked to be quoted
                      r"|^\W*(?:please |can you )?(?:quote|cite|repeat)(?: exactly| verbatim| word for word)? what "
                      r"(?P<who2>(?:[\w'’-]+ ){1,4}?)(?:said|says|told)\b")
QUOTES_FROM = re.compile(r"\b(?:quotes?|quotations?|remarks?|words) (?:from|by|of) (?P<who>(?:[\w'’-]+ ){0,3}[\w'’-]+)")
#: "what were kishida's exact words to kagame?": what someone said, by the words said being theirs.
#: ("going by Kulubaev's words, since when …?" asks what the words say, not for them)
WORDS_OF = re.compile(r"\b(?:what (?:were|are|was|is) |(?=[\w-]+['’]s? (?:exact|actual|very) ))(?P<who>[\w-]+)['’]s? "
                      r"(?:exact |own |actual |very )?words\b")
#: Stems of a record that reports something given or promised.
GIVING = PLEDGE_WORDS | {stem("grant")}
#: Nouns of a person a question may ask for ("which minister …?", "which Japanese embassy official …?").
PERSON_ASKED = frozenset("""official officials minister ministers diplomat diplomats representative representatives
    leader leaders envoy envoys president presidents person people""".split())
#: The same nouns as stems, as a question's asked noun is held.
PERSON_ASKED_STEMS = frozenset(stem(w) for w in PERSON_ASKED)
#: A word that names a class of posts rather than one ("the Rwandan leader": its president or prime minister).
POST_CLASSES: dict[str, frozenset[str]] = {"leader": frozenset({"head-of-state", "president", "prime-minister"})}


#: Posts one person holds at a time in a country: another holder recorded then means this one no longer held it.
SOLE_HOLDER_POSTS = frozenset({"foreign-minister", "prime-minister", "president", "finance-minister",
                               "central-bank-governor"})


def fits_post(asked: str | None, key: str) -> bool:
    """Whether a post held (`key`) is the one asked: the same post, or one of the class the question names."""
    return asked is not None and (key == asked or key in POST_CLASSES.get(asked, ()))


def posts_named(keys: set[str]) -> set[str]:
    """The posts a set of posts and classes of posts names ({"leader"} → its president, prime minister, ...)."""
    return {post for key in keys for post in POST_CLASSES.get(key, {key})}


TITLE_WORDS = frozenset("minister president prime foreign deputy state ambassador secretary governor".split())
#: "Which presidents or prime ministers … met …", "which foreign ministers did Japan meet?": a class of post holders.
ROLE_CLASS = re.compile(r"^\W*(?:and )?(?:which|what|name (?:the |all )?|list (?:the |all )?)(?P<what>[a-z' -]+?) "
                         r"(?:(?:did|do|does|have|has|had) (?:\w+ )?)?(?:met|meet|meeting|took part|attended|talked"
                         r"|held|(?:sat|sit) down with|sat with|came to|come to|joined|(?:were|was) (?:present )?at)\b")
OTHER_COUNTRIES = re.compile(r"\b(?:of other countries|other countries'?|from abroad|abroad|partner countries|"
                              r"foreign countries)\b")
#: "Which office was cited as the source for …", "who published the report on …": the document asked about.
SOURCE_ASKED = re.compile(r"\b(?:cited as (?:the )?source|(?:the |its |their )source (?:of|for|on)"
                          # "which source is cited for the A–B meeting account?"
                          r"|(?:which|what) source (?:is|was) (?:cited|given|quoted|used)|which (?:outlet|"
                           r"newspaper|agency|media|publication|website|office) (?:(?:first|originally|initially) )?"
                           r"(?:published|reported|cited|ran|carried|printed)|who "
                           r"published|published by whom|sourced? from"
                           r"|where (?:does|did|do) (?:the |this |that )?(?:info|information|story|report"
                           r"|reporting|news|account|readout|word)\b.* come from"
                           # "where is this article from?", "where was that reported?"
                           r"|where(?: is| was|['’]s) (?:the |this |that |your )?(?:article|story|report|piece|news"
                           r"|readout|account|info|information|data)(?: \w+)? from"
                           r"|where (?:was|were) (?:this|that|it|they) (?:reported|published)"
                           # "who put that out?", "who posted about it on twitter?", "who reported the meeting?"
                           # ("who reported that?" after a fact the document attributes to someone: that one)
                           r"|who (?:reported|announced|tweeted|posted|published) (?:that|this)\W*$"
                           r"|who (?:put out|put (?:it|that|this) out|issued|released|wrote|reported|posted)"
                           r"(?: (?:the|that|this|an?) (?:official )?(?:statement|readout|report|press release|account"
                           r"|tweet|news|post)(?: (?:about|on|of)\b.*)?|(?: the (?:meeting|talks|news|story))?"
                           r"(?: (?:about|on|of) (?:it|that|this|the meeting|the talks|them))?)"
                           r"(?: (?:on|via) (?:twitter|x|social media|instagram|facebook|telegram"
                           r"|(?:the|its|their) (?:website|site)))?\W*$)")
#: "What is the name of Rwanda's Minister of …", "who is the Minister of … of Zembla": a person by the title of a post.
NAME_OF = re.compile(r"^\W*(?:what(?:'s| is| was) the (?:full )?name of|who (?:is|was)|name) (?:the )?"
                      r"(?P<title>[A-Z][\w'’ ,-]+?[A-Za-z])(?:,? (?:who|that|which|at|in|during)\b.*)?\W*$",
                      re.IGNORECASE)
#: Words of a question about a pledge that say nothing of which one ("aid", "give", "thank").
PLEDGE_FRAME = PLEDGE_WORDS | {stem(w) for w in "given grant thank some 4 for".split()}
#: "Which Ukrainian officials thanked Japan?": people of a country, by what they did.
WHICH_PEOPLE_DID = re.compile(r"^\W*(?:which|what|(?:name|list) (?:the |all )?(?:the )?) ?(?:[a-z]+ ){0,2}"
                               r"(?:officials?|ministers?|leaders?|people|diplomats?"
                               r"|representatives?|politicians?)\b|^\W*who (?:else )?from\b")
#: Verbs of taking part that say nothing of what someone did ("met", "attended").
GENERIC_DOING = frozenset(stem(w) for w in """met meet meeting talk talks held hold attend attended join joined
    took take part visit visited record records document documents""".split())
#: Verbs that say only that something took place ("which came first?"): they select no record.
HAPPENING = frozenset(stem(w) for w in "came come comes happen happened happens occur occurred took".split())
#: Verbs that say only that something was said, not what: they select no point.
PLAIN_SPEECH = frozenset(stem(w) for w in """say said call called tell told state stated describe described mention
    mentioned recount recounted report reported""".split())
#: Words before a name that make it the object, not the subject ("an agreement with A").
NOT_SUBJECT = frozenset("with to by for of on from about".split())
#: A request to sort what is listed ("oldest first", "in date order", "newest first, please"), not to pick one.
SORTED_BY_DATE = re.compile(r"\b(?:(?:oldest|earliest|newest|latest|most recent) first|(?:in )?(?:date|chronological)"
                            r" order|chronologically|by date)\b")

#: The aspects a question asks of something done at a gathering, as the past participle says them.
DONE_WORDS = {"pledge": "pledged", "agree": "agreed", "discuss": "discussed"}
#: Words a record of a gathering uses for what was done at it ("discussing three priorities").
DONE_VERBS = {"pledge": ("pledge", "pledged", "promise"), "agree": ("agree", "agreed", "agreement", "concurred"),
              "discuss": ("discuss", "discussing", "discussed", "priority", "priorities", "agenda")}

#: Words for the documents and records themselves ("according to the docs", "across both records").
DOCUMENT_WORDS = frozenset(stem(w) for w in """record records document documents doc docs text texts article articles
    report reports source sources release releases according acc across both data knowledge base""".split())
#: "Who chaired the summit?", "who hosted it?": who led a gathering, which the people of a meeting held on its
#: occasion do not show.
LED_GATHERING = re.compile(r"^\W*(?:and |so )?who (?:\w+ )?(?P<verb>chaired|chairs|chair|hosted|hosts|host|led|leads"
                           r"|lead|presided(?: over)?|presides(?: over)?|organi[sz]ed|organi[sz]es|convened"
                           r"|convenes)\b")
#: A part of the day, as records and questions name it ("in the evening").
PART_OF_DAY = re.compile(r"\b(morning|afternoon|evening|night)\b")
#: A question asking for the part of the day rather than the clock ("at what time of day", "what part of the day").
TIME_OF_DAY_ASKED = re.compile(r"\btime of (?:the )?day\b|\bpart of (?:the )?day\b")
PART_OF_DAY_ASKED = re.compile(TIME_OF_DAY_ASKED.pattern + r"|\b(?:morning|afternoon|evening)\b")
#: A question about the gathering a meeting was held on the occasion of ("on the margins of which summit?").
OCCASION_ASKED = re.compile(r"\b(?:occasions? (?:for|of)|on the (?:margins|sidelines|fringes) of (?:what|which)"
                            # "was in the country for which multilateral gathering?"
                            r"|(?:in|to|visiting) (?:the country|\w+) for (?:what|which) (?:multilateral )?"
                            r"(?:gathering|summit|conference|event)"
                            r"|(?:what|which) (?:multilateral )?(?:gatherings?|summits?|events?|conferences?) "
                            r"(?:was|were) (?:each|it|they|the \w+) (?:on|held on) the (?:margins|sidelines|fringes)"
                            r"|(?:what|which) (?:multilateral )?(?:gatherings?|summits?|conferences?) (?:were|was) the "
                            r"occasions?)\b"
                            r"|^\W*(?:and |so )?(?:(?:what|which)(?: was| were| is| are|['’]s)|whats) "
                            r"(?:the|its|their) occasions?\W*$|^\W*(?:and )?(?:the|its) occasion\W*$"
                            # "which meeting was he in Japan for?": the gathering someone came for
                            r"|^\W*(?:and |so )?(?:what|which) (?:multilateral )?(?:meeting|event|gathering|summit"
                            r"|conference|dialogue|forum|session) (?:was|were) (?:he|she|they) "
                            r"(?:in (?:[\w'-]+ ){1,2})?(?:for|attending)\W*$"
                            # "what event was that for?" after a meeting: the gathering it was held on the occasion of
                            r"|^\W*(?:and |so )?(?:what|which) (?:multilateral )?(?:event|gathering|summit|conference)"
                            r" (?:was|were) (?:that|it|this|they|those|these)(?: for| part of| at| during)?\W*$"
                            # "which meetings were held on the sidelines of a bigger gathering?", "... because someone
                            # was in town for a multilateral gathering?": the meetings held on some gathering's occasion
                            r"|^\W*(?:and |so )?(?:which|what) (?:of (?:the|these|those) )?"
                            r"(?:meetings|talks|encounters)\b.*\b(?:on the (?:margins|sidelines|fringes) of"
                            r"|on the occasion of|in town for|alongside|(?:tied|linked|connected|attached) to"
                            r"|associated with|held (?:at|during|around)|(?:timed|scheduled|arranged) (?:around|for)"
                            # ("… held in connection with a multilateral gathering")
                            r"|in connection with|in conjunction with)"
                            # ("on the sidelines of, or during a visit for, a gathering": an alternative put between)
                            r"(?:,? or [^,?]{3,40},)? (?:an? |the |some )?(?:[a-z-]+ ){0,3}"
                            r"(?:gatherings?|summits?|conferences?|events?|sessions?|assembl(?:y|ies))\b")
#: "Was it signed before or after the talks?": a choice of order, never answered yes or no.
#: The words of an order offered both ways ("before or after", "b4 or after"), for the patterns that read them.
EITHER_ORDER_WORDS = r"(?:before or after|after or before|earlier or later|later or earlier|b4 or after|after or b4)"
EITHER_ORDER = re.compile(rf"\b({EITHER_ORDER_WORDS})\b")
#: Stems of thanking: what a question says someone did with a thing, not the thing.
THANKS = frozenset(stem(w) for w in "thank thanked thanks grateful gratitude appreciate appreciated".split())

#: Nouns that ask for the records of one kind of term ("list the international gatherings mentioned"),
#: by the `term kinds` word of the knowledge base they stand for.
TERM_KIND_NOUNS = {
    "event": "gatherings gathering events summits conferences dialogues forums",
    "organisation": "organisations organizations organisation organization agencies institutions bodies",
    "programme": "programmes programs schemes projects",
    "initiative": "initiatives",
    "document": "documents declarations",
}
TERMS_OF_A_KIND = re.compile(r"^\W*(?:(?:can you |please )?(?:list|name|give me|show me)(?: all| every| the| each)*"
                             # ("which multilateral meetings or summits …": meetings, or gatherings of the kind)
                             r"|(?:which|what)) (?:[a-z-]+ ){0,2}?(?:meetings? (?:or|and|and/or) )?(?P<noun>"
                             + "|".join(w for words in TERM_KIND_NOUNS.values() for w in words.split())
                             + r")\b(?! (?:did|does|do|was|were|has|have|had)\b)")
#: "Which programmes did the Japan–Kyrgyz meeting praise?": a kind of term asked of the records a question names.
TERMS_ASKED = re.compile(r"^\W*(?:(?:can you |please )?(?:list|name|give me|show me)(?: all| every| the| each)*"
                         r"|(?:which|what)) (?:[a-z-]+ ){0,3}?(?P<noun>"
                         + "|".join(w for words in TERM_KIND_NOUNS.values() for w in words.split()) + r")\b")
#: "… mentioned", "… across the documents", "… in these reports": a question about what the records hold.
IN_THE_RECORDS = re.compile(r"\b(?:mentioned|mention|appear|appears|named|referred to|cited|covered|are there"
                            r"|(?:in|across|throughout) (?:the|these|all the|all|your) (?:documents?|docs?|records?"
                            r"|texts?|articles?|reports?|sources?|releases?|knowledge base|info|information|data))\b")
#: Words before what something was said or talked about ("what did he say about Russia?").
ABOUT_WORDS = frozenset({"about", "regarding", "concerning"})


def gap_alone(group: str | None = None) -> str:
    """The pattern of a time gap asked alone ("gap?", "and the time gap in years?"), its noun in the group named
    (none: no group, for a pattern that splits on it)."""
    noun = f"(?P<{group}>gap|interval)" if group else "(?:gap|interval)"
    return rf"(?:what(?:'s| is| was) )?(?:the )?(?:time )?{noun}(?: in (?:days|weeks|months|years))?\W*$"


#: "which Japanese people are named …", "who is mentioned …", "which officials appear …": people, as the records name
#: them.
PEOPLE_NAMED = re.compile(r"^\W*(?:and |so )?(?:(?:which|what) (?:[a-z]+ ){0,2}?(?:people|persons|individuals|"
                          r"officials|names|figures|ministers|leaders|diplomats)\b.*"
                          r"|who(?:['’]s| is| are| was| were| gets?| else)?(?: all)? )"
                          r"\b(?:named|mentioned|appear|appears|cited|referred to|featured?)\b")


def asks_people_named(lowered: str) -> bool:
    """"Which Japanese officials appear in the records about Kyrgyzstan?": the people the records name."""
    return PEOPLE_NAMED.match(lowered) is not None and IN_THE_RECORDS.search(lowered) is not None


#: "Which building / venue …?", "where in New York …?": a place within the one a record gives.
VENUE_ASKED = re.compile(r"\b(?:which|what) (?:\w+ )?(?:building|venue|hotel|room|hall|palace|residence|address"
                         r"|street|district|neighbou?rhood)s?\b|\b(?:building|venue|hotel|address) (?:was|were|did)\b"
                         # ("where did Kamikawa stay in New York?": her lodging, a place within the city)
                         r"|\bwhere (?:did|does|was|were|is) [\w'’ .-]+? stay(?:ing|ed)?\b")
#: Words of a meeting kind that make it a gathering of many ("multilateral meeting", "forum").
GATHERING_KINDS = frozenset("multilateral forum summit conference".split())


def gathering_term(kind: str) -> bool:
    """Whether a term of `kind` is a gathering people are at (an event, a summit), not a thing or a body."""
    return kind == "event" or bool(GATHERING_KINDS & set(kind.split()))


#: A claim that something promised was done ("were they actually delivered?", "has Japan already sent them?").
DONE_CLAIM = re.compile(r"\b(?:actually|already|really|finally|ever) (?:been )?(?:deliver|arriv|receiv|handed|"
                        r"shipped|sent|provid|given|transferr)\w*|\b(?:deliver|arriv|receiv)(?:ed|al)\b"
                        r"|\bhanded over\b")
#: A question of what is still to be given ("how many will Japan send?", "is Japan going to provide …?").
TO_COME_ASKED = re.compile(r"\b(?:will|shall|going to|plans? to|planning to|intends? to|is to|are to)\b(?: \w+){0,3}? "
                           r"(?:send|provide|give|deliver|supply|donate|ship|offer|hand over)\b"
                           # "how many generators did she promise for the coming winter?": for a time ahead
                           r"|\b(?:promis\w*|pledg\w*|commit\w*)\b.*\b(?:for|by|over|during|through) (?:the )?"
                           r"(?:coming|upcoming|next|following) "
                           r"(?:winter|summer|spring|autumn|fall|season|year|months?)\b"
                           # "how many generators is Japan sending this winter?": under way, for a time ahead
                           r"|\b(?:is|are|r|am)\b(?: \w+){0,2}? (?:sending|providing|giving|delivering|supplying"
                           r"|donating|shipping)\b(?=.*\b(?:this|next|coming|upcoming) (?:winter|summer|spring|autumn"
                           r"|fall|season|year|month)\b)")
#: "first Japanese FM in Ukraine since what?", "… since when?": what a first or a span is counted from, asked.
SINCE_ASKED = re.compile(r"\bsince (?:what|which|when)\b")
#: Details that press records of meetings do not report (meals, gifts, the weather, who interpreted, who
#: paid, an economy's figures): a question of one of them that no record names is declined, not answered with a meeting.
UNREPORTED = frozenset(stem(w) for w in """eat ate eaten eating food meal meals dinner dinners lunch lunches breakfast
    banquet menu dish dishes drink drank drinks wine gift gifts souvenir weather wore wearing outfit dress
    interpreter interpreters translator translators hotel hotels paid pay salary transport transportation train
    trains plane planes flight flights vehicle vehicles motorcade
    volume volumes turnover gdp population exports imports revenue revenues inflation tariff tariffs""".split())
#: Words after one of those that make an idiom of it ("paid his respects", "pay tribute", "pay a visit").
IDIOM_AFTER = frozenset("respects respect tribute homage a an his her their attention visit visits".split())
#: A claim that someone asked for something ("did he ask Japan for more generators?", "did she request aid?").
REQUEST_CLAIM = re.compile(r"\b(?:ask|asked|asking|request\w*|demand\w*|urg(?:e|ed|ing)|appeal\w*|call(?:ed)? for"
                           r"|plead\w*|beg|begged)\b")
#: A record's words of someone asking for something.
REQUEST_SAID = re.compile(r"\b(?:ask\w*|request\w*|demand\w*|urg\w*|appeal\w*|call(?:ed|s|ing)? (?:on|for)"
                          r"|plead\w*|beg\w*)\b", re.IGNORECASE)
#: Who asked for something done ("at the request of the IMF", "at the World Bank's request", "upon the
#: invitation of X"): one party, so another named there contradicts a claim.
AT_REQUEST = re.compile(r"\b(?:at|upon|on|by) (?:the )?(?:(?P<before>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*)[’']s )?"
                        r"(?:request|invitation|behest)(?: of (?:the )?(?P<after>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*))?")
#: The same as a question may write it, in any case ("at the request of the world bank?"): up to three words.
AT_REQUEST_ASKED = re.compile(r"\b(?:at|upon|on|by) (?:the )?"
                              r"(?:(?P<before>[a-z][\w.&-]*(?: [a-z][\w.&-]*){0,2})[’']s )?"
                              r"(?:request|invitation|behest)(?: of (?:the )?(?P<after>[a-z][\w.&-]*"
                              r"(?: [a-z][\w.&-]*){0,2}))?(?=\W*$|\W+(?:and|or|right|correct|true)\b)", re.IGNORECASE)

#: "Which cities ...?": places that are cities, not countries.
#: Nouns that say only what kind of place something is ("which city …, Ostra or Brava?").
PLACE_NOUNS = frozenset("city cities capital capitals country countries place places town towns nation nations "
                        "state states".split())
CITIES_ASKED = re.compile(r"\b(?:cities|city|towns?)\b")
#: "And Kamikawa's with Kuleba?", "what about 2023?": the last question continued, asked again of another
#: record or date, never one of its own.
CONTINUES = re.compile(r"^\W*(?:and|what about|how about|same for)\b")
#: "what was that in Japan time?", "and it …": the thing the last answer gave.
POINTED = re.compile(r"\b(?:that|it|this)\b")
#: Words that put a figure roughly ("more than 200 companies", "about 30 minutes"), before the figure.
ROUGHLY = r"(?:more than|over|about|around|some|nearly|almost|roughly)"
#: "in japan time?", "so in tokyo?": a message of nothing but a clock or a city, which after a time asks that
#: time on the clock named.
CLOCK_ONLY = re.compile(r"^\W*(?:and |so |then |ok |okay )?(?:what about |how about )?in "
                        r"(?P<city>[a-z][a-z .'-]{1,30}?)(?: time| clock)?\W*$")
#: A claim of a state lasting since a date ("has Japan had an embassy there since the 1960s?", "the embassy
#: has been open since 1962, right?"): it must have begun by the end of that date, not merely be dated after
#: its start.
STATE_SINCE = re.compile(r"(?:\b(?:has|have|had)|['’]s)\b[^?]*?\b(?:had|been|existed|maintained|kept|"
                         r"operated|enjoyed)\b[^?]*\bsince\b")
#: Words of talking with someone, which every meeting's record tells in its own words ("who did he talk to
#: in Kyiv?" is answered by each meeting there).
TALK_WORDS = frozenset(stem(w) for w in "met meet meeting talk talks talked speak spoke sat sit".split())
#: Words that say the people asked about are from the other side ("which foreign officials did he meet?").
OTHER_SIDE_WORDS = frozenset(stem(w) for w in "foreign overseas abroad".split())
#: Words before a post that say whether its holder is a woman or a man ("Japan's female foreign minister"),
#: as the pronoun a person's records use.
GENDERED = {**dict.fromkeys(("female", "woman", "women", "lady", "ms", "mrs"), "she"),
            **dict.fromkeys(("male", "man", "men", "gentleman", "mr"), "he")}

#: "How much is the aid in yen?", "… in euros": an amount asked in a currency (the currency word in group 1).
CURRENCY_ASKED = re.compile(r"\b(?:in|into|to) (yen|jpy|euros?|eur|dollars?|usd|pounds?|sterling|francs?|rubles?"
                            r"|roubles?|hryvnias?|yuan|renminbi|rupees?|won|soms?|sums?)\b")
#: "the first Japanese PM ever to visit", "first in history": a first over all time, beyond what the records hold.
FIRST_EVER = re.compile(r"\bfirst\b.*\bever\b|\bever\b.*\bfirst\b|\bfirst\b.*\bin (?:all of )?history\b")
#: "was it his first visit …?", "the first governor": a first claimed of a thing (not "did he meet her first?").
FIRST_CLAIMED = re.compile(r"\b(?:the|his|her|their|its|a|[\w-]+(?:'s|’s)) first\b(?! (?:time|one|of them)\b)")
#: "the first visit since the full-scale conflict", "first in 20 years": a first the record itself bounds.
FIRST_BOUNDED = re.compile(r"\bfirst\b[^.;]*\b(?:since|after|in (?:over |more than |about )?\d+ years|in (?:a|two|three"
                           r"|four|five|ten|twenty) (?:decades?|years))\b")
#: "when did A meet B?", "where did A sit down with B?": a meeting of the people named is asked about.
MET_VERB = re.compile(r"\b(?:met|meet|meets|meeting with|(?:sat|sit|sits|sitting) down with|talked (?:to|with)"
                      r"|(?:held|hold|holds) talks with)\b")
#: The words that may join two names of one meeting ("A and B meeting", "A with B talks").
NAMES_JOINED = frozenset("and with x vs".split())

#: Nouns of what goes on in a place ("the situation in Ukraine", "the war in Ukraine"): "in" after them names
#: where it goes on, not where a meeting was held.
#: Of these, the nouns that say no more than the country they go with ("the war in Ukraine": Ukraine, as a subject).
SUBJECT_FRAME = frozenset("war situation crisis conflict developments events".split())
AFFAIRS_IN_A_PLACE = SUBJECT_FRAME | frozenset("""situations wars crises conflicts aggression fighting invasion affairs
    reconstruction recovery security stability elections peace""".split())

#: Nouns for one person of a side, after its country ("the Ukrainian minister", "the Japanese official"), with
#: the words a post's key must hold for the noun to fit it (none: any post).
SIDE_PERSON_NOUNS: dict[str, tuple[str, ...]] = {
    "minister": ("minister",), "official": (), "diplomat": (), "representative": (), "envoy": (),
    "delegate": (), "counterpart": (), "leader": ("president", "prime"), "guy": (), "woman": (), "man": (),
    "chair": (), "co-chair": (), "cochair": (), "host": (), "co-host": (), "cohost": (), "participant": ()}

#: A claim of something happening once more ("did they meet again in 2023?", "a second visit"): another event
#: than the one recorded, which no record of that one rules out.
ANOTHER_TIME = re.compile(r"\b(?:again|once more|a second time|another time|one more time|a return visit|separately"
                          r"|on (?:another|a separate|a different) occasion)\b")


#: Words of which one thing can be only one: a claim naming one where the record names another before the same
#: noun is denied ("was he the second governor?" of "the first Governor", "the Asian affairs bureau?" of "the Bureau
#: of European Affairs" — the noun after the word, or the one it qualifies).
EXCLUSIVE_WORDS: tuple[frozenset[str], ...] = (
    frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split()),
    frozenset("asian european african american oceanian".split()),
)
EXCLUSIVE_EXAMPLES = (("was he the central bank's second governor?", "the first Governor of the Central Bank"),
                      ("does he work in the Asian affairs bureau?", "the Bureau of European Affairs"))
#: A claim that something was done ahead ("announced in advance", "several days before he arrived"), which a record
#: that it was done on the day denies (`answering._SAME_DAY`).
AHEAD_CLAIMED = re.compile(r"\b(?:in advance|ahead of time|beforehand|well before|long before"
                           r"|(?:several|a few|some|many|two|three|four|five|\d+) (?:days?|weeks?|months?)"
                           r" (?:before|ahead|earlier|prior|in advance)"
                           r"|a (?:day|week|month) (?:before|ahead|earlier|in advance))\b")
AHEAD_EXAMPLES = (("was the visit announced several days before he arrived?", "announced only on the day of his "
                   "arrival"),)
#: Nouns that name a gathering ("the G7 foreign ministers' meeting", "the Uzbek talks").
GATHERING_NOUNS = frozenset("meeting meetings talks summit summits dialogue conference forum session".split())
#: "an aid figure - how much?", "what amount", "how much money": a noun for the figure a question of quantity asks.
FIGURE_NOUNS = frozenset(stem(w) for w in "figure figures amount amounts sum sums value money".split())
#: The stems of the words that set something aside ("besides", "apart from"): no subject of a record.
SET_ASIDE_STEMS = frozenset(s for phrase in SET_ASIDE_PHRASES for s in content_stems(phrase))
#: Units of a length of time ("over the past 30 years", "for about 30 minutes"), as words.
TIME_UNITS = frozenset("years year months month weeks week days day hours hour minutes minute".split())
#: A clock no source keeps: universal time, or a time zone named by its short name ("what's that in UTC?", "GMT").
#: (a short name other than UTC's or GMT's only as a clock: "in CET", "EST time"; "est." is "established")
OTHER_CLOCK = re.compile(r"\b(?:utc|gmt|zulu time|universal time|greenwich(?: mean)? time)\b"
                         r"|\b(?:in|at) (?:cet|cest|bst|msk|est|edt|pst|pdt|cst|cdt)\b"
                         r"|\b(?:cet|cest|bst|msk|est|edt|pst|pdt|cst|cdt) time\b")

#: "Who accompanied Kagame?", "who came along with him?": the others of that person's side.
ACCOMPANIED = re.compile(r"\b(accompan\w*|escort\w*|c[oa]me along with|went along with|travell?ed with|along with"
                         r"|(?:went|came|go|come|travel) with"
                         # "which minister sat beside the prime minister?", "who was with Kishida?"
                         # ("officials sat in with Kishida": with him; "sat in on" a meeting attends it)
                         r"|(?:sat|sitting|stood|standing) (?:in )?(?:beside|next to|alongside|with)|(?:was|were) with"
                         # "who was on the Japanese side with Kishida?"
                         r"|\bside (?:with|w|alongside)(?= )"
                         # "who from Rwanda's government joined Kagame in the meeting?"
                         r"|joined(?= (?:the )?(?:[a-z]+ ){0,2}[a-z]+ (?:in|at|for|on)\b)"
                         # "who did Kishida bring with him?": the one who brought is named before the verb
                         r"|(?P<brought>bring|brought|bringing|took|take) (?:along )?with (?:him|her|them)"
                         r"|(?P<along>bring|brought|take|took) along)\b")
#: Words that open a correction ("no wait, …", "sorry, …", "my bad, …"), as a regular expression.
CORRECTION_OPENER = r"(?:no|nope|sorry|oops|whoops|wait|actually|ah|oh|ugh|argh|hmm+|my bad)"
#: Words before a place: "what did he do in lviv?", "Hayashi in Kyiv".
AT_A_PLACE = frozenset({"in", "at", "to", "from"})
#: Ordinals in words, first to twelfth: how records number a recurring event ("the ninth meeting").
ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "eleventh", "twelfth")
#: The alternatives of an ordinal, in figures or words, for patterns that read one ("9th", "ninth").
ORDINAL_FORMS = r"\d{1,3}(?:st|nd|rd|th)|" + "|".join(ORDINAL_WORDS)
#: An ordinal, in figures or words ("9th", "ninth"): a place in a series.
ORDINAL = re.compile(rf"\b(?:{ORDINAL_FORMS})\b")


def ordinal_value(word: str) -> int | None:
    """The place an ordinal names ("9th" → 9, "ninth" → 9); None for any other word."""
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS.index(word) + 1
    figure = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", word)
    return int(figure.group(1)) if figure else None


#: "the leader of which country …?", "which country's president …?": the country of the people asked for.
COUNTRY_OF_PEOPLE_ASKED = re.compile(r"\b(?:of|from) (?:which|what) (?:[a-z]+ )?(?:country|nation|state)\b"
                                     r"|\b(?:which|what) (?:[a-z]+ )?(?:country|nation)['’]s\b")
#: "was it the same foreign minister both times?", "the same person at both meetings?".
SAME_BOTH = re.compile(r"\bsame (?:[a-z]+ ){0,2}?(?:person|people|one|man|woman|guy|ministers?|officials?|leaders?"
                       r"|envoys?|diplomats?|representatives?)\b.*\b(?:both|each) ?(?:times?|meetings?|trips?|visits?"
                       r"|occasions?|of them)?\b")
#: Words of an end asked ("when did it end?", "what time did they finish?").
ENDED = re.compile(r"\b(?:end|ended|ending|finish\w*|wrap(?:ped)? up)\b")
#: A question word: a follow-up that has one asks a question of its own, not the last one again.
OWN_QUESTION_WORD = re.compile(r"\b(?:what|when|which|how|where|who|whom|why)\b")
#: The words of "the two", "both" that a question's keywords keep and that name no kind of record.
TWO_WORDS = frozenset({"two", "2", "both"})
#: A question asked for a yes or no ("does …?", "so the meeting fell on …?").
YES_NO_ASKED = re.compile(r"^\W*(?:and |so |but )?(?:does|did|do|is|was|were|are|has|had)\b"
                          r"|^\W*so (?:the|that|it)\b[^?]*\?\W*$")
#: "the meeting", "that talk", "these talks": the talks themselves named, as what is asked about.
THE_TALKS = re.compile(r"\b(?:the|that|this|these|those|their) (?:meeting|talks?|discussions?)\b")
