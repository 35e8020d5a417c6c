"""The shape of the drafter's pattern rules: a name, a pattern, and texts it must and must not read.

    PatternRule("visit to", re.compile(r"\bvisit\\s+to\\s+..."), ("on an official visit to Velor City",))

Rules whose name carries a meaning of its own (a pledge's status, a point's kind, a role key,
a meeting kind) keep their own types beside their modules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class PatternRule:
    """A named pattern, with texts it must read and texts it must not."""

    name: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...] = ()
