"""One message as the turn rules see it (`bot.engine.engine.TURN_RULES`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.answers import Focus


@dataclass(frozen=True)
class Turn:
    """One message as the turn rules see it: its text, cleaned, the conversation's topic, and the date."""

    text: str
    focus: Focus | None
    today: dt.date

    @property
    def lowered(self) -> str:
        return self.text.lower()
