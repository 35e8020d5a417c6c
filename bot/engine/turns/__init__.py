"""Turn rules by kind: each module holds the rules of one kind of turn (`bot.engine.engine.TURN_RULES`
lists them in the order they are tried) with the helpers only they use.

A turn rule is a function of the engine and one turn (`bot.engine.turn.Turn`) that answers the turn or
returns None to pass it on; it reaches the records and the rest of the conversation through the
engine's public services (`Engine.ask_one`, `Engine.about_records`, …)."""
