"""Questions offering a choice: "Was it Varn or Tarsen that Obrin met?", "Did Quell go to Ostra or
to Brava?". Each alternative is asked on its own; when the records confirm exactly one, that one
is the answer, and the other is said to be unconfirmed. A name the records do not hold is then no
reason to answer nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answers import Answer

_NAME = r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?"
#: "Varn or Tarsen", "Zorbia's or Veloria's", "to Ostra or to Brava": two capitalised alternatives.
_CHOICE = re.compile(rf"(?P<a>{_NAME})\s+or\s+(?:(?P<prep>to|in|with|at)\s+)?(?P<b>{_NAME})")
_ASKS = re.compile(r"^\W*(was|were|is|are|did|does|do|had|has|who|which|where|when)\b", re.IGNORECASE)

#: "..., did A happen or did B happen?": two claims, each asked on its own (the framing clause with each).
_CLAUSES = re.compile(r"^(?P<frame>[^?]*?,\s*)?(?P<aux>did|was|were|has|have|had)\s+(?P<a>[^?]+?),?\s+or\s+"
                      r"(?P=aux)\s+(?P<b>[^?]+?)\W*$", re.IGNORECASE)
_JUDGEMENT = re.compile(r"\b(better|best|worse|worst|more important|most important|preferable|prefer|should|"
                       r"greater|stronger|weaker|bigger|smaller|richer|poorer)\b", re.IGNORECASE)

EXAMPLES = ("Was it Varn or Tarsen that Obrin met in Sorrel?", "Did Velda meet Hollis or Dorin in Lakeport?",
            "In the talks of 9 May, did Velda travel to Veloria or did Dorin come to Aurelia?",
            "Was it Zorbia's or Veloria's president who met Tarsen?", "Did Quell go to Ostra or to Brava?")
COUNTEREXAMPLES = ("Did Aurelia provide generators or transformers?", "Who met Dorin?",
                   "Which is the better partner for Tamaria, Aurelia or Drusia?")


def alternatives(text: str) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """The two readings of a question offering a choice of names, each with its name, or None."""
    if _JUDGEMENT.search(text):
        return None  # "which is the better partner, Aurelia or Drusia?" asks an opinion, not a record
    clauses = _CLAUSES.match(text)
    if clauses is not None:
        # "In the talks of 9 September, did the minister travel to Veloria or did they come to Aurelia?"
        frame, aux = clauses.group("frame") or "", clauses.group("aux")
        return ((clauses.group("a"), f"{frame}{aux} {clauses.group('a')}?"),
                (clauses.group("b"), f"{frame}{aux} {clauses.group('b')}?"))
    if not _ASKS.match(text):
        return None
    found = _CHOICE.search(text)
    if found is None or found.start() == 0:
        return None
    a, b = found.group("a"), found.group("b")
    return ((a, text[: found.start()] + a + text[found.end():]),
            (b, text[: found.start()] + (f"{found.group('prep')} " if found.group("prep") else "") + b
             + text[found.end():]))


def answer(text: str, ask: Callable[[str], Answer]) -> Answer | None:
    """The alternative the records confirm, when exactly one is; None otherwise."""
    readings = alternatives(text)
    if readings is None:
        return None
    answers = [ask(reading) for _, reading in readings]
    confirmed = [(name, reading, a) for (name, reading), a in zip(readings, answers, strict=False)
                 if a.answered and not a.title.startswith("No")]
    if len(confirmed) != 1:
        if _CLAUSES.match(text) is None:
            return None
        # Two claims offered: a choice the records do not settle is not answered from elsewhere either.
        return Answer("not_found", False, "Not confirmed by the records",
                      ("The records confirm " + ("both" if confirmed else "neither") + " of the two:",
                       *(f"{reading.rstrip('?')} — {a.title}" for (_, reading), a in zip(readings, answers,
                                                                                         strict=False))),
                      confidence=0.0)
    name, reading, chosen = confirmed[0]
    other = next(n for n, _ in readings if n != name)
    return Answer(chosen.kind, True, name.rstrip("'’s") if name.endswith(("'s", "’s")) else name,
                  (f"The records show: {reading.rstrip('?')} — {chosen.title}.", *chosen.lines,
                   f"Nothing in the records says so of {other}."),
                  items=chosen.items, sources=chosen.sources, actions=chosen.actions, confidence=chosen.confidence,
                  focus=chosen.focus, interpretation="one of two alternatives")
