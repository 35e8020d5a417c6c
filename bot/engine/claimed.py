"""A claim put as a statement to be checked ("True or false: A met B in Kyiv.", "The draft says Japan
pledged 42 cranes. Is that correct?", "Can you confirm that the visit was announced in advance?"): read
as the yes/no question it is ("Is it true that A met B in Kyiv?"), which the claim rules then decide.

Rules are named data with examples, as elsewhere in the engine.
"""

from __future__ import annotations

import re

#: ". Correct?", ", is that right?": the question put after a claim.
_CHECK_TAG = (r"(?:[.,;:—–-]?\s*(?:is (?:that|this|it) (?:so|correct|right|true|accurate)|(?:is that )?right"
              r"|correct|true|accurate|can you confirm(?: (?:that|it|this))?)\W*)?")
#: "True or false: …", "fact check - …", "Checking a paragraph: …": a frame before the claim.
_LEAD = re.compile(r"^\W*(?:true or false|fact[- ]?check|correct or not|right or wrong"
                   # "Claim 2: …", "statement #3 -": a numbered claim of a list being checked
                   r"|(?:claim|statement)(?:\s*(?:no\.?\s*|#)?\d{1,2})?"
                   # "Checking a paragraph: …", "quick check -", "verifying my line: …"
                   r"|(?:(?:quick|just|double)[- ]?)?(?:check|checking|verify|verifying|confirm|confirming)"
                   r"(?: (?:a|my|the|one|this|our))?(?: (?:paragraph|line|sentence|claim|fact|detail|draft|passage"
                   r"|quote|figure|date|thing|bit))?)\s*[:?,.–—-]+\s*"
                   r"(?P<claim>\w.*?)" + _CHECK_TAG + r"\W*$", re.IGNORECASE)
#: "The draft also says …", "According to the draft, …", "It claims …": a claim reported from somewhere.
_REPORTED = re.compile(r"^\W*(?:(?:and |also |finally,? )?(?:it|the (?:draft|article|story|report|piece|text|post)"
                       r"|my (?:draft|source|notes?|editor|colleague)|someone|a (?:colleague|friend|source)|they)"
                       r"\s+(?:also\s+)?(?:says?|said|claims?|claimed|states?|stated|reports?|reported|writes?|wrote"
                       r"|argues|suggests)\s+(?:that\s+)?"
                       r"|(?:and |also |finally,? )?according to (?:the|my|this) (?:draft|article|story|report|notes?"
                       r"|source|piece),?\s+"
                       # "In my piece I say the meeting took place on January 26. Correct?"
                       r"|in (?:my|our|the) (?:draft|article|story|report|notes?|piece|copy),?\s+(?:i|we)\s+(?:say|said"
                       r"|write|wrote|claim|claimed|state|stated|have it)\s+(?:that\s+)?"
                       # "I'm writing that …", "I read that …", "we were told that …": the asker's own claim
                       r"|(?:i|we)(?:['’]?m|['’]?re| am| are| was| were| have been| had been)?\s+(?:also\s+)?"
                       r"(?:writing|reporting|saying|claiming|wrote|reported|said|read|heard|told|think|thought|believe"
                       r"|believed|understand|assume|assumed)\s+that\s+"
                       # "And that Japan pledged 42 cranes.": one more claim of the same report
                       r"|(?:and|also|plus)(?: it says)? that\s+)"
                       r"(?P<claim>\w[^?]*?)" + _CHECK_TAG + r"\W*$", re.IGNORECASE)
#: "Can you confirm that …?": the claim after "that".
_CONFIRM = re.compile(r"^\W*(?:can|could|would) you (?:please )?(?:confirm|verify|check) that\s+(?P<claim>\w.*?)\W*$",
                      re.IGNORECASE)
#: "So my line "Zembla sent 40 cranes this year" is accurate?", "is "Tarsen met Brant in May" correct?": a quoted
#: sentence put to be checked.
_QUOTED = re.compile(r"^\W*(?:(?:so|and|but|ok|okay),?\s+)?(?:is\s+)?(?:(?:my|the|our|this|a)\s+(?:line|sentence"
                     r"|claim|draft|headline|statement|lede|copy|caption|tweet|post|story|piece|report)"
                     r"(?:\s+(?:says|reads))?:?\s*)?"
                     r"[\"“‘'](?P<claim>\w[^\"”’]*?)[.,]?[\"”’']\s*[,:—–-]?\s*(?:is\s+(?:that\s+|this\s+|it\s+)?)?"
                     r"(?:accurate|correct|right|true|ok|okay|fine)\W*$", re.IGNORECASE)
#: A question word inside a claim makes it a question of its own, not a statement to check.
_QUESTION_WORD = re.compile(r"\b(?:who|whom|whose|what|when|where|which|why|how)\b", re.IGNORECASE)

#: "so it was in Ostra, right? not Velda", "did he meet Brant, not Dorin?": a claim, then the other thing it
#: rules out, which the claim decides (one place, one person, one date).
_CONTRAST = re.compile(r"^(?P<claim>\W*(?:(?:so|and|but|ok|okay),?\s+)?(?:it|that|they|he|she|was|were|is|are|did|does"
                       r"|do|had|has)\b[^?]*?(?:[,;]?\s*(?:right|correct|yes|true)\?)?)\s*(?:[,;?!.]|\s-)\s*"
                       r"(?:and |but )?not (?:in |at |on |the |with )?(?P<alt>[\w'’ .-]{2,30}?)\W*$", re.IGNORECASE)
#: "who's Velda's actual foreign minister, not the deputy": a question, then what it is not about.
_QUESTION_NOT = re.compile(r"^(?P<question>\W*(?:and |so )?(?:who|whom|which|what)(?:'s|’s)?\b[^?,]*?),\s*(?:but )?"
                           r"not (?:the |a |an |his |her |their )?[\w'’.-]+(?: [\w'’.-]+)?\W*$", re.IGNORECASE)
CONTRAST_EXAMPLES = ("so it was in Ostra, right? not Velda", "did Tarsen meet Brant, not Dorin?",
                     "it was in May, not June?")
CONTRAST_COUNTEREXAMPLES = ("why not Velda?", "was it not in Ostra?", "who did not attend?")


def without_contrast(text: str) -> str:
    """"So it was in Ostra, right? not Velda" → "So it was in Ostra, right?": the claim without the other thing
    it rules out, which the claim alone decides; "who is Velda's foreign minister, not the deputy?" → the question
    without the one it sets aside, which names the post it asks; any other text as it is."""
    asked = _QUESTION_NOT.match(text)
    if asked is not None:
        return f"{asked.group('question').rstrip(' ,;')}?"
    found = _CONTRAST.match(text)
    if found is None or _QUESTION_WORD.search(found.group("claim")):
        return text
    claim = found.group("claim").rstrip(" ,;")
    return claim if claim.endswith("?") else f"{claim}?"


EXAMPLES = ("True or false: Tarsen met Brant in Ostra.", "The draft also says Tarsen visited Velda in May. Right?",
            "According to the draft, the visit was announced a week in advance. Is that accurate?",
            "Can you confirm that the meeting lasted an hour?", "It says Zembla pledged 42 cranes.",
            "And that Zembla pledged 42 cranes during the visit.", "Claim 2: Tarsen met Brant at the summit.",
            "I'm writing that Tarsen met Brant on 3 May 2021. Is that correct?", "I heard that Zembla sent 40 cranes.",
            'So my line "Zembla sent 40 cranes this year" is accurate?', 'Is "Tarsen met Brant in Ostra" correct?',
            "In my piece I say the Tarsen-Brant meeting took place on May 3. Correct?",
            "Checking a paragraph: Tarsen received Brant on May 3. Correct?", "Quick check: Zembla pledged 42 cranes.")
COUNTEREXAMPLES = ("True or false?", "What does the draft say?", "it says what about the cranes?", "and that one?",
                   "Can you confirm the wreath?", "the draft, when was it written?", "Claim 2: what did Tarsen say?",
                   "I'm writing a piece on Tarsen. When did he go?", "I think so.", 'What does "OVOP" stand for?',
                   '"Zembla" is right?', "Checking: what did Tarsen say?", "check the date please")


def as_claim(text: str) -> str:
    """"True or false: A met B." → "Is it true that A met B?": a statement put to be checked, as a yes/no
    question; any other text as it is."""
    for pattern in (_LEAD, _REPORTED, _CONFIRM, _QUOTED):
        found = pattern.match(text)
        if found is not None and not _QUESTION_WORD.search(found.group("claim")) \
                and len(found.group("claim").split()) >= 3:
            return f"Is it true that {found.group('claim')}?"
    return text
