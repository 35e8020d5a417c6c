"""Questions the records cannot answer, settled before any record is scored: names the knowledge
base does not hold, and details no record of its kind gives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answers import Answer
from bot.engine import asked
from bot.engine.handlers.claims import met_elsewhere
from bot.engine.rules import Asked

if TYPE_CHECKING:
    from bot.engine.answering import Answerer


def names_outside(a: Answerer, q: Asked) -> Answer | None:
    """"What did Japan discuss with Peru?": a country or place outside the records (a yes/no claim of a
    venue is contradicted by the recorded meetings of the people it names)."""
    if not q.query.outside:
        return None
    elsewhere = met_elsewhere(a, q, q.query.outside) if q.query.intent == "yes_no" else None
    return elsewhere or a.outside(q.query.outside)


def unknown_names(a: Answerer, q: Asked) -> Answer | None:
    """"What did John Smith discuss?": a name the records do not hold."""
    if not q.query.unknown_names:
        return None
    elsewhere = met_elsewhere(a, q, q.query.unknown_names) if q.query.intent == "yes_no" else None
    return elsewhere or a.unknown(q.query.unknown_names)


def beyond_records(a: Answerer, q: Asked) -> Answer | None:
    """"What was the weather like?", "what will Japan do next?": a detail no record of its kind holds."""
    beyond = asked.beyond_records(q.query, a.index)
    return a._not_recorded(q.query, beyond) if beyond else None
