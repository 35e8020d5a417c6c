"""Posts as documents write them (`Minister for Foreign Affairs of Japan`) and the role key each gets.

A title is read token by token: optional modifiers, a post head, then `of`/`for`/`to` chains of
capitalised words (`Deputy Director General of the Bureau of Ocean Affairs of the Ministry of
Foreign Affairs of Zembla`). Role keys are chosen by the first rule whose pattern the title matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Words that can head a post.
POST_HEADS = frozenset({
    "president", "minister", "secretary", "secretary-general", "director-general", "director", "ambassador",
    "governor", "chair", "chairman", "chairperson", "chairwoman", "head", "premier", "chancellor", "king", "queen",
    "emperor", "mayor", "speaker", "envoy", "commissioner", "pm", "fm", "vice-minister", "vice-president",
})  # fmt: skip
#: Words that may stand before or inside a post without being names.
POST_WORDS = POST_HEADS | frozenset({
    "deputy", "vice", "state", "senior", "first", "foreign", "prime", "finance", "defence", "defense", "chief",
    "executive", "parliamentary", "special", "permanent", "acting", "general", "crown", "prince", "assistant",
    "under", "representative", "counsellor", "councillor", "consul", "astute", "newly", "former",
})  # fmt: skip
#: Words of organisations, ministries and portfolios: never part of a person's name.
ORG_WORDS = frozenset({
    "ministry", "bureau", "office", "department", "agency", "affairs", "cooperation", "bank", "central", "fund",
    "economy", "economic", "trade", "industry", "investments", "investment", "finance", "planning", "development",
    "union", "committee", "council", "commission", "organization", "organisation", "nations", "international",
    "government", "republic", "kingdom", "state", "states", "federation", "heads", "orientation", "justice",
    "health", "education", "energy", "defence", "defense", "interior", "agriculture", "culture", "tourism",
    "environment", "transport", "labour", "labor", "welfare", "science", "technology", "infrastructure",
    "information", "communications", "relations", "european", "asian", "african", "oceanian", "american",
    "middle", "eastern", "latin", "caribbean", "north", "south", "affair", "forum", "summit", "assembly",
    "conference", "meeting", "dialogue", "programme", "program", "project", "declaration", "formula", "embassy",
})  # fmt: skip


@dataclass(frozen=True)
class RoleRule:
    """A role key, the pattern of titles that get it, and titles it must and must not match."""

    key: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...] = ()


def _rule(key: str, pattern: str, examples: tuple[str, ...], counter: tuple[str, ...] = ()) -> RoleRule:
    return RoleRule(key, re.compile(pattern, re.IGNORECASE), examples, counter)


ROLE_RULES: tuple[RoleRule, ...] = (
    _rule("deputy-director-general", r"\bdeputy director[- ]general\b",
          ("Deputy Director General of the Bureau of Ocean Affairs",)),
    _rule("deputy-foreign-minister",
          r"\b(?:deputy|vice)[- ](?:foreign )?minister\b.*\bforeign\b|\b(?:deputy|vice)[- ]foreign minister\b",
          ("Deputy Minister of Foreign Affairs of Zembla", "Vice-Minister for Foreign Affairs"),
          ("State Minister for Foreign Affairs of Japan",)),
    _rule("state-minister", r"\bstate minister\b", ("State Minister for Foreign Affairs of Japan",
                                                    "State Minister of Economy")),
    _rule("foreign-minister", r"^(?:the )?(?:foreign minister|minister (?:for|of) foreign affairs)\b|^fm\b",
          ("Minister for Foreign Affairs", "Foreign Minister", "Minister of Foreign Affairs and Cooperation"),
          ("Deputy Minister of Foreign Affairs",)),
    _rule("prime-minister", r"^(?:the )?(?:prime minister|pm|premier)\b", ("Prime Minister", "PM")),
    _rule("president", r"^(?:the )?president\b", ("President", "President of Zembla"), ("Vice-President",)),
    _rule("finance-minister", r"^(?:the )?(?:finance minister|minister (?:of|for) finance)\b",
          ("Minister of Finance and Economic Planning", "Finance Minister")),
    _rule("central-bank-governor", r"\bgovernor of the central bank\b|\bcentral bank governor\b",
          ("Governor of the Central Bank of Veloria",)),
    _rule("head-of-ministry", r"^(?:the )?head of the ministry\b", ("head of the Ministry of Fisheries",)),
    _rule("chair", r"^(?:the )?chair(?:man|person|woman)?\b", ("Chair of the Coastal States Committee",)),
    _rule("minister", r"\bminister\b", ("Minister of Energy of Zembla",)),
)


def role_key(title: str) -> str | None:
    """The role key of `title`, or None when no rule knows the post (drafted as `official` for review)."""
    for rule in ROLE_RULES:
        if rule.pattern.search(title):
            return rule.key
    return None
