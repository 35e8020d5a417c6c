"""Topics and outcomes of a meeting: each numbered or paragraph point, one sentence per entry.

A sentence is an outcome when an outcome rule matches it (`agreed`, `concurred`, `confirmed`,
`signed`), a topic when a topic rule does (`discussed`, `exchanged views`, `stated`, `expressed`),
and neither otherwise (background, boilerplate). The sentence itself is the quote; the entry's
text is the sentence without its opening connective (`At the outset,`, `In response,`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class PointRule:
    """Which kind of point a sentence is, by the words it uses; with examples and counter-examples."""

    kind: str  # "outcome" or "topic"
    pattern: re.Pattern[str]
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...] = ()


POINT_RULES: tuple[PointRule, ...] = (
    PointRule("outcome", re.compile(r"\b(?:agreed|agree|concurred|confirmed|decided|signed|pledged|affirmed|"
                                    r"reached an agreement|will continue|outlined)\b"),
              ("The two sides agreed to launch a working group.",
               "Japan also pledged to provide Veloria with 12 patrol boats."),
              ("The two sides exchanged views on the situation in the region.",)),
    PointRule("topic", re.compile(r"\b(?:discussed|discussions?|exchanged|talks|talked|stated|expressed|emphasi[sz]ed|"
                                  r"underscored|focused|touched upon|welcomed|condemned|reiterated|raised|explained|"
                                  r"congratulated|conversations?|revolved|delved|addressed|review(?:ed|ing)|thanked|"
                                  r"extended his gratitude|extended her gratitude)\b"),
              ("The two sides exchanged views on disaster risk reduction.", "The meeting focused on reviewing ..."),
              ("Back to Press Releases",)),
)

#: Sentences that never make a point: navigation, captions, calls to read more.
BOILERPLATE = re.compile(r"^(?:Back to|Read also|Read the original|Follow|Comments|Photo|The overview of the meeting)"
                         r"|support us|donation|is as follows\.?$", re.IGNORECASE)
_CONNECTIVE = re.compile(r"^(?:At the outset|In response|In addition|Moreover|Furthermore|Also|Then|Finally|"
                         r"During the meeting|During their meeting),\s+")


#: Opening courtesies that name no subject: not drafted as points.
COURTESIES = re.compile(r"\battaches great importance to (?:its|the) relationship with [\w' -]+\.$"
                        r"|^(?:In response, )?[\w. -]+ expressed appreciation for [\w'’]+ support\.$")
COURTESY_EXAMPLES = (
    ("At the outset, Minister Fujii stated that Japan attaches great importance to its relationship with Zambia."),
    "In response, Minister Nyerere expressed appreciation for Japan's support.",
)


#: Something done before the meeting is not its outcome (`signed prior to the meeting`): a topic.
BEFORE_THE_MEETING = re.compile(r"\b(?:prior to|before) (?:the|this|their|our) (?:meeting|talks?|visit)\b",
                                re.IGNORECASE)
BEFORE_EXAMPLES = ("They concurred to promote dialogue based on the programme signed prior to the meeting.",)


def point_kind(sentence: str) -> str | None:
    """`outcome`, `topic` or None for `sentence`."""
    if BOILERPLATE.search(sentence) or COURTESIES.search(sentence):
        return None
    for rule in POINT_RULES:
        if rule.pattern.search(sentence):
            return "topic" if rule.kind == "outcome" and BEFORE_THE_MEETING.search(sentence) else rule.kind
    return None


def point_text(sentence: str) -> str:
    """The point's text: the sentence without its opening connective, first letter capitalised."""
    text = _CONNECTIVE.sub("", sentence.strip()).rstrip()
    return text[:1].upper() + text[1:]
