"""Sentences are verbatim pieces of the document, split where sentences end; place rules read their examples."""

from __future__ import annotations

import pytest

from bot.knowledge.draft.places import PLACE_RULES
from bot.knowledge.draft.sentences import split_sentences

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
