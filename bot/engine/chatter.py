"""Messages that ask nothing: acknowledgements, greetings, emoji, markup, text in a script the
engine does not read. They get a short reply of their own and never an answer from the previous
topic (a chat's "ok" after an answer about a meeting is not a question about that meeting).

Rules are named data with examples (positive: the rule fires; negative: it must not).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.engine.text import fold

#: Words that acknowledge, greet, thank or close a conversation; alone they ask nothing.
CHAT_WORDS = frozenset(
    """ok okay k kk okey okie alright right sure fine good great cool nice neat awesome perfect wow
    thanks thank thx thnx thanx tks tx thks thnks ty tysm tnx cheers ta appreciated appreciate np nw worries problem nvm
    lol lmao haha hehe hmm hm mm huh ah oh ugh meh
    yes yeah yep yup no nope nah hi hello hey hiya yo bye goodbye cya later quit exit stop enough
    understood noted gotcha got see interesting amazing brilliant excellent super indeed true done finished fair
    enough
    much lot very so you u ya it that this never mind nevermind forget whatever skip cancel matter doesnt helps
    helped
    mate m8 bro bruh dude buddy pal guys folks
    gr8 gr8t grt tyvm kthx kthxbye thanku thnku""".split()
)
_TAG = re.compile(r"<[^<>]{0,200}>")


@dataclass(frozen=True)
class ChatterRule:
    """A named kind of message that asks nothing, with examples that run as tests."""

    name: str
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...]


RULES: tuple[ChatterRule, ...] = (
    ChatterRule("acknowledgement", ("ok", "thanks!", "ok thx", "cool", "great, thank you so much", "got it",
                                    "thank u", "np thx", "no worries", "ok thanks, that's all I needed",
                                    "thanks, super helpful", "ok never mind", "forget it", "nevermind",
                                    "thanks that helps", "good to know", "makes sense", "tx", "thx m8",
                                    "cheers mate", "ok bro", "ok done, thanks", "all done", "gr8 thx", "nice one ty",
                                    "fair enough", "no more questions", "nothing else for now, thanks"),
                ("ok, and when was it?", "thanks — who hosted?", "no meetings in 2020?",
                 "good to know: how long was it?", "ok, what was done?", "no more meetings after that?",
                 "nothing else was signed?")),
    ChatterRule("rejection", ("no, that's not what I meant", "that's wrong", "not what i asked", "wrong answer",
                              "nope, that is not it", "no that's incorrect", "hmm that's not right"),
                ("that's not what Ostra said, is it?", "no, I meant Velda", "wrong date for the Velda meeting?",
                 "not what i asked - when was it?")),
    ChatterRule("symbols only", ("👍", "?!", "...", "🙏🙏"), ("2023?",)),
    ChatterRule("markup only", ("<b>x</b>", "<i></i>"), ("<b>Ostra</b> meetings",)),
    ChatterRule("unread script", ("会談はいつですか", "Когда была встреча?"), ("Marek's visit",)),
)


#: An acknowledgement before a question ("ok", "thanks,", "got it -"): chat words that never start a
#: question of their own (unlike "no", which starts a correction).
_ACKNOWLEDGED = re.compile(r"^\W*(?:(?:ok(?:ay)?|right|alright|all right|hmm+|fine|sure|cool|got it|thanks|thank you"
                           r"|i see|great|nice|lol)\b[\s,.!:;-]+)+(?=\w)", re.IGNORECASE)


#: "wait, isn't that …?", "hang on, did she …?": a word of surprise before a claim checked (not before a correction:
#: "wait, I meant …").
_INTERJECTED = re.compile(r"^\W*(?:wait|hang on|hold on|oh|huh|interesting|funny|strange|curious|wow)\b[\s,.!:;-]+"
                          r"(?=(?:is|isn'?t|was|wasn'?t"
                          r"|did|didn'?t|does|doesn'?t|so|but)\b)", re.IGNORECASE)


def without_acknowledgement(text: str) -> str:
    """"ok and with Kuleba?" → "and with Kuleba?": the question after an acknowledgement (or several: "ok
    thanks. and where …?"), or after a word of surprise ("wait, isn't that …?")."""
    text = _ACKNOWLEDGED.sub("", text, count=1) or text
    return _INTERJECTED.sub("", text, count=1) or text


def without_markup(text: str) -> str:
    """The text with HTML-like tags removed (`<b>x</b>` → `x`)."""
    return _TAG.sub(" ", text)


def unread_script(text: str) -> bool:
    """Whether the message is written in letters other than Latin ones (a question in Aurelian)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    latin = sum(1 for c in letters if "LATIN" in unicodedata.name(c, ""))
    return latin * 2 < len(letters)


def rejects_answer(text: str) -> bool:
    """Whether a message only says the last answer was not what was asked ("no, that's not what I meant")."""
    return _REJECTED.match(fold(without_markup(text)).lower()) is not None


def asks_nothing(text: str) -> bool:
    """Whether a message holds no question at all: only chat words, symbols, markup or one letter, or a
    rejection of the last answer that says nothing of what was meant."""
    plain = without_markup(text)
    if unread_script(plain) or rejects_answer(plain):
        return True
    words = re.findall(r"[a-z0-9]+", _PRAISED.sub("nice", fold(plain)))
    if not words:
        return True
    if len(words) == 1 and len(words[0]) == 1 and not words[0].isdigit():
        return True
    if _NOTHING_MORE.match(" ".join(words)):
        return True  # "no more questions", "nothing else for now"
    if _REMARK.match(plain) and "?" not in plain:
        return True  # "kinda odd that central asia is under the europe bureau lol": a remark, no question
    return all(w in CHAT_WORDS or w in _FILLERS for w in words)


#: "no, that's not what I meant", "wrong answer": the last answer rejected, nothing said of what was meant.
_REJECTED = re.compile(r"^\W*(?:(?:no|nope|nah|hmm+|um+|sorry|oops|ugh)\W+)*(?:(?:that|this|it)(?:'?s| is| was)\s+)?"
                       r"(?:(?:not|wrong|incorrect)\s*(?:what i (?:meant|asked|wanted|was asking(?: about)?)|it|right"
                       r"|correct|the answer)|wrong(?: answer)?|incorrect|not quite)\W*$")
#: "nice one", "good one": praise of the last answer, one chat word ("one" alone may pick a record: "that one").
_PRAISED = re.compile(r"\b(?:nice|good|great|gr8) one\b")
#: A close that says there is nothing more to ask ("no more questions", "nothing else, thanks").
_NOTHING_MORE = re.compile(r"^(?:(?:ok|okay|thanks|thank you|thx)\s+)?(?:no|nothing)\s+(?:more|else|further)"
                           r"(?:\s+(?:questions?|for now|from me|today|thanks|thank you|thx|then))*$")


#: "kinda odd that …", "interesting how …": a remark on what was said, which asks nothing.
_REMARK = re.compile(r"^\W*(?:(?:ok|oh|wow|hmm|huh|lol|ha|haha)\W+)?(?:(?:kinda|kind of|sort of|so|pretty|very"
                     r"|quite|really|a bit|bit) )?(?:odd|weird|strange|funny|interesting|surprising|curious|cool|wild"
                     r"|crazy|neat|fascinating) (?:that|how)\b", re.IGNORECASE)
#: Words that join chat words without asking anything ("ok and thanks for that").
_FILLERS = frozenset("""a an the and for all i me my is it was be now then for that this s just needed need wanted
    helpful useful clear exactly to know makes sense""".split())


#: Asides that ask nothing inside a question ("what's his name btw", "by the way, who hosted?"), and a
#: "please" that opens or closes it.
#: (A "btw" inside a question may be "between": "days btw A n B".)
_ASIDE = re.compile(r"(?:^|(?<=\s)|(?<=,))by the way\b[,:]?\s*|^\W*(?:btw|fyi|pls|plz|please)\b[,:]?\s*"
                    # "I'm looking at two meetings: A with B, and C with D": what the asker does, before a colon
                    r"|^\W*(?:i['’]?m|i am|we['’]re|we are) [^:?.]{3,60}:\s*"
                    # "I'm fact-checking a piece on Japan's talks with Kyrgyzstan. When …?": the asker's work, said
                    # before the question
                    r"|^\W*(?:(?:hi|hello|hey|good (?:morning|afternoon|evening))\b[,!.]?\s*)?(?:i['’]?m|im|i am"
                    r"|we['’]re|we are) (?:fact-checking|checking|researching|writing|preparing|building|working on"
                    r"|putting together|doing (?:a|an|my|our|some) (?:school |uni |university |class )?(?:project"
                    r"|assignment|report|paper|thesis|essay|piece|story|research|homework))"
                    r"\b(?!\s+that\b)[^.?!:]{0,80}\.\s+(?=[^.]*\?)"
                    # "Checking my draft: …", "quick question - …": what the asker is doing, before a colon or dash
                    r"|^\W*(?:(?:fact-?|double-)?checking|verifying|reviewing)(?: (?:my|a|the|our|this))?"
                    # ("Checking a draft. Which minister …?": a sentence of its own, before the question)
                    r" (?:draft|piece|story|article|notes?|copy|script|report|facts?)\s*(?:[:—–-]|\.(?=\s+(?:which"
                    r"|what|who|whom|when|where|why|how|did|does|do|was|were|is|are|has|had)\b))\s*"
                    # "last one: the forum drew …?", "one more question -": where the question comes in a series,
                    # before it ("the last one: who …?" picks the last of a list)
                    r"|^\W*(?:(?:and|ok|okay|so) )?(?:(?:last|final|next|another) (?:question|check|thing)"
                    r"|(?:last|final) one(?=\s*[:—–-]\s*+(?!(?:who|whom|what|when|where|which|why|how)\b))"
                    r"|one more(?: thing| question| check)?)\s*[:—–-]\s*"
                    # "quick question -", "quick checks for my article:"
                    # ("fact check: …" is a claim to check, read by the claim rules)
                    r"|^\W*(?:a )?(?:(?:quick|few|couple of) (?:questions?|checks?)|questions?)(?: for (?:my|a|the"
                    r"|our|this) (?:article|draft|piece|story|report|notes?|copy))?\s*[:—–-]\s*"
                    r"|\s*,\s*(?:pls|plz|please)(?=\W*$)|\s+(?:btw|fyi|pls|plz)(?=\W*$)"
                    # "which ministers studied there, names pls": the names, which an answer about people gives
                    r"|\s*[,;—–-]\s*(?:(?:their|the|full) )?names?(?: (?:pls|plz|please))?(?=\W*$)"
                    # "Across the meetings, who thanked Japan?": the scope of every question, said before it
                    r"|^\W*(?:across|in|among|throughout|over|from) (?:all )?(?:the|these|those|your) "
                    r"(?:meetings|records|documents|docs|texts|articles|sources|releases)\s*,\s*"
                    # ("what is Japan giving Ukraine across the docs?": the same, said after it)
                    r"|\s+(?:across|throughout) (?:all )?(?:the|these|those|your) (?:meetings|records|documents|docs"
                    r"|texts|articles|sources|releases)\b"
                    # "everyone Hayashi is reported to have held talks with": what the records report, said as a hedge
                    r"|\s+(?:is|are|was|were) (?:reported|said|recorded|documented|known) to(?: have)?(?=\s+\w)"
                    # "where does he show up? meetings visits etc": the kinds of record meant, after the question
                    r"|(?<=\?)\s*(?:(?:meetings?|visits?|trips?|talks|events?|summits?|pledges?|records?|mentions?)"
                    r"(?:\s*(?:,|/|&|\+|and|or)\s*|\s+)?){1,5}(?:etc\.?|and so on)?\s*$"
                    # "whats his job exactly": an adverb closing a question asks nothing more
                    r"|(?<=\w)\s+(?:exactly|precisely)(?=\W*$)"
                    # "how many years apart, roughly?": a hedge closing a question asks no other thing
                    r"|(?<=\w),?\s+(?:roughly|approximately|approx|more or less|give or take|ballpark|or so)(?=\W*$)"
                    # "What did Kishida do? Give everything.": how much of the answer is wanted, after the question
                    r"|(?<=[?.!])\s*(?:please\s+)?(?:give|list|tell|show)(?: me| us)? (?:everything|all(?: of it)?"
                    r"|it all|the (?:full|whole|complete) (?:list|picture|story)|(?:full|all the) details)"
                    r"(?: with (?:the |their )?(?:numbers|figures|amounts|quantities))?(?: (?:please|pls))?\W*$"
                    # "what has Japan given? everything pls": how much is wanted, said alone after the question
                    r"|(?<=[?.!])\s*(?:everything|all of it|the lot|all|full list)(?: (?:please|pls|plz))?\W*$"
                    # "what has Japan promised, with numbers?": the figures the answer gives anyway
                    r"|,?\s+with (?:the |their )?(?:numbers|figures|amounts|quantities)(?=\W*$)"
                    # "how is it described in the report on the January 26 meeting?": in the record of that meeting
                    r"|(?<=\bin )the (?:report|article|readout|press release|story|account|write-?up) (?:on|about|of)"
                    r"(?= (?:the|that|this) )"
                    # "what did Kishida do according to your info?": what every answer is based on anyway
                    # ("… meet in 2023 per docs": the same, said shortly)
                    r"|,?\s+(?:according to|based on|(?:as )?per) (?:(?:your|the|these|this) )?(?:info|information"
                    r"|records|data|documents|docs|sources|knowledge base|texts|files)(?=\W*$)"
                    r"|^\W*(?:according to|based on) (?:your|the|these|this) (?:info|information|records|data|documents"
                    r"|docs|sources|knowledge base|texts|files)\s*,\s*"
                    # "what has Japan given - give all numbers": the same, after a dash
                    r"|\s+[-–—]\s+(?:please\s+)?(?:give|list|tell|show|include)(?: me| us)? (?:all|every)(?: the)? "
                    r"(?:numbers|figures|amounts|quantities|details)(?: (?:please|pls))?(?=\W*$)"
                    # "what equipment has Japan sent (cranes, generators etc)?": examples of what is asked, which
                    # ask for nothing narrower
                    r"|\s*\((?:(?:e\.?g\.?|eg|such as|like|including|incl\.?)\s[^()]{1,80}|[^()]{1,80}?(?:\betc\b\.?"
                    r"|\.\.\.|…))\)"
                    # "all the hardware jp gave ukraine - cranes, generators etc w numbers": the same after a dash
                    # ("… - cranes, generators, anything else?": the same, closed by asking for the rest)
                    r"|\s+[-–—:]\s+(?:(?:e\.?g\.?|eg|such as|like|incl\.?|including)\s+)?[\w'’ ,/&]{1,80}?"
                    r"(?:\betc\b\.?|,?\s*(?:or |and )?(?:anything|something|what) else"
                    r"|,?\s*(?:and|or|&) (?:more|so on))"
                    r"(?:\s+w(?:ith|/)?\s+(?:the |their )?(?:numbers|figures|amounts|quantities))?(?=\W*$)"
                    # "… went to Bucha? y/n": the kind of answer wanted, after a question that says it already
                    r"|(?<=\?)\s*(?:y/n|yes/no|yes or no|true/false|true or false|t/f)\W*$", re.IGNORECASE)


#: A courtesy title before a name ("Dr. Biruta", "Mr Kozuki"): it names no post and is not part of the name.
_HONORIFIC = re.compile(r"\b(?:dr|mr|mrs|ms|prof|mx)\.?\s+(?=[A-Za-z])", re.IGNORECASE)


def without_honorifics(text: str) -> str:
    """"What did Dr. Biruta say?" → "What did Biruta say?": the question without courtesy titles."""
    return _HONORIFIC.sub("", text)


#: "i heard something about drones too?": a topic said to have been heard of, asked of as "what about" it.
_HEARD_ABOUT = re.compile(r"^\W*(?:and |so |oh |also )?(?:i|we) (?:heard|read|saw|remember(?:ed)?) "
                          r"(?:there was |that there was )?(?:something|anything|a bit|some(?:thing)? mention) "
                          r"(?:about|on|regarding|of) "
                          r"(?P<topic>[^?.!]+?)(?: too| as well| also)?\W*$", re.IGNORECASE)


def as_what_about(text: str) -> str:
    """"i heard something about drones too?" → "what about drones?": the topic asked of, as a follow-up."""
    heard = _HEARD_ABOUT.match(text)
    return f"what about {heard.group('topic')}?" if heard is not None else text


#: "list everyone Hayashi met, with the dates", "… and on which dates": the dates every list of meetings gives.
_WITH_DATES = re.compile(r",?\s+(?:with (?:the |their )?dates|and (?:on )?(?:which|what) dates)(?=\W*$)",
                         re.IGNORECASE)
_MEETINGS_ASKED = re.compile(r"\b(?:met|meet|meetings?|visits?|visited|trips?|talks)\b", re.IGNORECASE)


#: "jp FMs mentioned, names?": people said first with no question word, asked for by their names after.
_NAMES_ONLY_ASKED = re.compile(r"^(?!.*\b(?:who|whom|whose|what|which|when|where|how|why|list|name)\b)"
                               r"(?P<who>[^?,;]+?)\s*[,;—–-]\s*(?:(?:their|the|full) )?names?(?: (?:pls|plz|please))?"
                               r"\W*$", re.IGNORECASE)


def without_asides(text: str) -> str:
    """"what's his name btw" → "what's his name": the question without words that ask nothing ("jp FMs mentioned,
    names?" → "name the jp FMs mentioned": the names asked for, said as the request they are)."""
    names = _NAMES_ONLY_ASKED.match(text.strip())
    if names is not None:
        text = f"name the {names.group('who').strip()}"
    left = _WITH_DATES.sub("", text) if _MEETINGS_ASKED.search(text) else text
    for _ in range(3):  # "…, according to the documents, with the dates.": an aside uncovered by the one after it
        shorter = re.sub(r"\s+(?=[?!.])", "", re.sub(r"\s{2,}", " ", _ASIDE.sub(" ", left))).strip(" ,")
        if shorter == left or not shorter:
            break
        left = shorter
    return left
