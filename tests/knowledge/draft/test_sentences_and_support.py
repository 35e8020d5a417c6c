"""Sentences are verbatim pieces of the document; a value counts as supported only when its quote writes it."""

from __future__ import annotations

import pytest

from bot.knowledge.dates import PartialDate
from bot.knowledge.draft.places import PLACE_RULES
from bot.knowledge.draft.sentences import split_sentences
from bot.knowledge.draft.support import (
    date_renderings,
    number_renderings,
    time_renderings,
    written_in,
)

DOCUMENT = """\
Japan-Kyrgyz Foreign Ministers' Meeting

On December 24, commencing at 2:40 p.m.for approximately 30 minutes, Mr. HAYASHI Yoshimasa held a meeting with \
H.E. Mr. Zheenbek KULUBAEV. The overview of the meeting is as follows.

  1. At the outset, Minister Hayashi stated that Japan welcomed exchanges. He also expressed hope for more.
  2. The two Ministers exchanged views on the U.S. and East Asia.
This visit, which began on Sept. 9, was announced on the same day.
"""


def test_sentences_are_verbatim_and_split_where_sentences_end() -> None:
    sentences = split_sentences(DOCUMENT)
    assert all(DOCUMENT[s.start:s.end] == s.text for s in sentences)
    texts = [s.text for s in sentences]
    assert texts[1].startswith("On December 24") and texts[1].endswith("H.E. Mr. Zheenbek KULUBAEV.")
    assert "The overview of the meeting is as follows." in texts
    assert "This visit, which began on Sept. 9, was announced on the same day." in texts


def test_numbered_points_are_kept_with_their_number_and_without_it_in_the_quote() -> None:
    points = [(s.point, s.text) for s in split_sentences(DOCUMENT) if s.point is not None]
    assert points == [
        (1, "At the outset, Minister Hayashi stated that Japan welcomed exchanges."),
        (1, "He also expressed hope for more."),
        (2, "The two Ministers exchanged views on the U.S. and East Asia."),
    ]


@pytest.mark.parametrize("rule", PLACE_RULES, ids=lambda r: r.name)
def test_place_rule_examples(rule) -> None:  # type: ignore[no-untyped-def]
    for example in rule.examples:
        assert rule.pattern.search(example), example


@pytest.mark.parametrize(("quote", "renderings", "supported"), [
    ("commencing at 2:40 p.m.for approximately 30 minutes", time_renderings("14:40"), True),
    ("commencing at 2:45 p.m.", time_renderings("14:40"), False),
    ("commencing at 5:00 p.m.", time_renderings("17:00"), True),
    ("On December 24, commencing", date_renderings(PartialDate(2022, 12, 24)), True),
    ("which began on Sept. 9, was announced", date_renderings(PartialDate(2023, 9, 9)), True),
    ("On December 25, commencing", date_renderings(PartialDate(2022, 12, 24)), False),
    ("In March of this year", date_renderings(PartialDate(2023, 3)), True),
    ("more than 1,500 generators", number_renderings(1500), True),
    ("more than 1,500 generators", number_renderings(500), False),
    ("a quote of 24 cranes", number_renderings(2), False),
    ("Japan to provide $7 billion in aid", number_renderings(7e9), True),
    ("three priorities", number_renderings(3), True),
], ids=["time", "other-time", "time-on-the-hour", "date", "abbreviated-month", "other-day", "month",
        "thousands", "part-of-a-number", "digit-inside-a-number", "billions", "number-word"])
def test_values_are_supported_only_when_written(quote: str, renderings: list[str], supported: bool) -> None:
    assert written_in(quote, renderings) is supported
