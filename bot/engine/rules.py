"""Question handlers as named rules, tried in the order a registry lists them.

A handler reads one question (the parse, and what the conversation adds to it) and either answers
it or declines with `None`, so that the next rule is tried. The registry is data: the order of the
rules is the order of their tuple, and the rule that answered is named on the answer
(`Answer.extra["rule"]`, shown by `python -m bot ask --json`), so that every answer can be traced to
the handler that gave it and every rule's examples can be checked to reach it
(`tests/engine/test_rules.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Generic, TypeVar

from bot.answers import Answer, Focus
from bot.engine.described import Described
from bot.engine.query import Query, as_read

Entity = tuple[str, str]
#: The constraints of a question by entity: each set is one name and the records it may stand for.
Groups = list[set[Entity]]

Services = TypeVar("Services", contravariant=True)
Question = TypeVar("Question", contravariant=True)


@dataclass(frozen=True)
class Asked:
    """One free-text question as the answer handlers see it.

    `groups` are the entities the question names; `readings` the ways the conversation's last topic
    may complete it (one empty reading for a question on its own); `extra` the entities that the
    chosen reading and the question's descriptions ("the Ukrainian foreign minister") add."""

    query: Query
    focus: Focus | None
    groups: Groups
    readings: list[Groups]
    extra: Groups = field(default_factory=list)
    #: The people and places the question names by description, read once for every rule.
    described: Described | None = None

    @cached_property
    def lowered(self) -> str:
        """The question in lower case with chat shorthand written out and misspelt words as read, read once for
        every rule."""
        return as_read(self.query)

    @property
    def people(self) -> list[str]:
        """The people the question names, in the order it names them."""
        return [m.id for m in self.query.mentions if m.kind == "person"]

    @property
    def context(self) -> Groups:
        """The first reading of the conversation's topic (empty for a question on its own)."""
        return self.readings[0] if self.readings else []


@dataclass(frozen=True)
class Rule(Generic[Services, Question]):
    """A named handler: `handle` answers the question, or returns None to pass it on."""

    name: str
    handle: Callable[[Services, Question], Answer | None]


def first_answer(rules: Iterable[Rule[Services, Question]], services: Services,
                 question: Question) -> Answer | None:
    """The answer of the first rule that gives one, named by that rule; None when none does."""
    for rule in rules:
        answer = rule.handle(services, question)
        if answer is not None:
            return traced(answer, rule.name)
    return None


def traced(answer: Answer, name: str) -> Answer:
    """`answer` named as given by the rule `name` (after any rule it was itself given by)."""
    inner = answer.extra.get("rule")
    return replace(answer, extra={**answer.extra, "rule": f"{name} → {inner}" if inner else name})
