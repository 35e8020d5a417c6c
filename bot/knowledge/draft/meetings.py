"""Which sentences report a meeting, and what kind of meeting it is.

A meeting sentence matches one of `MEETING_RULES` and names at least one person; sentences naming
the same participants report the same meeting. `ATTENDANCE` marks sentences that name people who
accompanied a meeting (`the meeting was attended by ...`, `..., also attended the meeting.`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class MeetingRule:
    """Words that report a meeting, the kind they suggest, and sentences they must and must not match."""

    name: str
    kind: str  # "bilateral meeting", "visit", "forum" (refined by the number of partner countries)
    pattern: re.Pattern[str]
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...] = ()


MEETING_RULES: tuple[MeetingRule, ...] = (
    MeetingRule("courtesy call", "visit", re.compile(r"\b(?:paid|pays|received) a courtesy call\b"),
                ("Mr. A, paid a courtesy call on Mr. B, in Tokyo.",)),
    MeetingRule("forum", "forum", re.compile(r"\battended the [^,.]*\b(?:Forum|forum)\b"),
                ("Mr. A attended the Japan-Zembla Business Forum together with H.E. B.",)),
    MeetingRule("attended together", "multilateral meeting",
                re.compile(r"\battended the [^,.]*\b(?:Meeting|Dialogue|Summit|Conference)\b[^.]*\btogether with\b"),
                ("Mr. A attended the Japan-Central Asia Dialogue in Tokyo, together with H.E. B and H.E. C.",)),
    MeetingRule("held the meeting", "multilateral meeting",
                re.compile(r"\b(?:held|hosted|chaired)\s+the\s+(?:[\w'’-]+\s+){0,5}?(?:[Mm]eeting|[Ss]ummit|[Cc]onference)\b"
                           r"(?!\s+with\b)"),
                ("she held the G7 Foreign Ministers meeting on September 18 in New York",),
                ("held a meeting with H.E. Mr. B",)),
    MeetingRule("meeting with", "bilateral meeting",
                re.compile(r"\b(?:held|hosted|had|holds|hosts)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:meeting|talks?|discussions?|conversation|telephone talk|video conference)\s+with\b"),
                ("Mr. TAKEMORI Kenji held a meeting with H.E. Ms. Amara QUELLIN",
                 "Ivo Brant, hosted a significant meeting with the Deputy Director General")),
    MeetingRule("held talks with", "bilateral meeting",
                re.compile(r"\b(?:held|had)\s+(?:talks|discussions|consultations)\s+with\b"),
                ("Takemori also held discussions with Prime Minister Harvo",)),
    MeetingRule("met", "bilateral meeting", re.compile(r"\b(?:met|meets|meet)\b(?:\s+with)?"),
                ("President Oduya met Japanese Prime Minister Kenji Takemori", "met with Velorian President"),
                ("The two sides exchanged views on the situation in the region.",)),
    MeetingRule("during a meeting", "bilateral meeting", re.compile(r"\b(?:during|at) (?:a|the|their) meeting\b"),
                ("Amara Quellin and Kenji Takemori during a meeting in Velor City, March 4, 2025",)),
    MeetingRule("visited", "visit", re.compile(r"\b(?:visited|visits|paid a visit to|made a visit to)\b"),
                ("In May of this year, Japan's Prime Minister Kenji Takemori visited Zembla.",),
                ("who is visiting Zembla",)),
)

#: A dated event named as the subject of its sentence, with the people who led it named in the next one:
#: `On May 3, the Zembla - Japan business forum brought together 80 companies. Leading it were A and B.`
EVENT_RULES: tuple[MeetingRule, ...] = (
    MeetingRule("forum named", "forum", re.compile(r"\b(?:[Ff]orum|[Ss]ymposium|[Ee]xpo)\b(?!\s+(?:of|with)\b)"),
                ("On May 3, the Zembla - Japan business forum brought together 80 companies.",),
                ("He spoke of the forum of ministers with Mr. A.",)),
    MeetingRule("summit named", "multilateral meeting",
                re.compile(r"\b(?:[Ss]ummit|[Cc]onference|[Cc]ongress)\b(?!\s+(?:of|with)\b)"),
                ("On June 9, the Harbour Conference opened in Velor City.",)),
)

#: Words by which a sentence names the people who led or took part in the event before it.
EVENT_PEOPLE = re.compile(r"\b(?:steer\w*|led|leading|chaired|co-chaired|hosted|attended|opened|addressed|"
                          r"took part|participated|joined|spoke|moderated|headed)\b", re.IGNORECASE)
EVENT_PEOPLE_EXAMPLES = ("Steering this dialogue were A, the head of the Ministry, and B.",
                         "The forum was opened by A and B.")

ATTENDANCE = re.compile(r"\b(?:attended by|also attended|accompanied by|also present|joined by)\b")


def meeting_rule(sentence: str) -> MeetingRule | None:
    """The first rule that reads `sentence` as reporting a meeting, if any."""
    for rule in MEETING_RULES:
        if rule.pattern.search(sentence):
            return rule
    return None


def event_rule(sentence: str) -> MeetingRule | None:
    """The rule that reads `sentence` as naming an event (a forum, a summit), if any."""
    return next((rule for rule in EVENT_RULES if rule.pattern.search(sentence)), None)


def meeting_kind(rule_kind: str, partner_countries: int, partners: int) -> str:
    """The meeting kind: a visit with someone met is still a visit; several partner countries: multilateral."""
    if rule_kind in ("forum", "visit") or (rule_kind == "multilateral meeting" and not partners):
        return rule_kind
    if partner_countries > 1:
        return "multilateral meeting"
    return rule_kind if partners else "visit"
