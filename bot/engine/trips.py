"""Trips as the engine reads them: each one a `visit` record beside the meetings held during it.

The knowledge base keeps a trip apart from its meetings (counted once, never as a meeting). The
engine's lookups (when someone went somewhere, who visited a country first) read visits from the
same table as meetings, so each trip is shown to them as one record of kind `visit` whose partner
side is not stated.
"""

from __future__ import annotations

from dataclasses import replace

from bot.knowledge.model import KnowledgeBase, Meeting, Trip

VISIT = "visit"


def with_trips_as_visits(kb: KnowledgeBase) -> KnowledgeBase:
    """`kb` with one `visit` meeting record per trip (the same object when there are no trips)."""
    if not kb.trips:
        return kb
    held: dict[str, list[Meeting]] = {}
    for meeting in kb.meetings.values():
        if meeting.trip is not None:
            held.setdefault(meeting.trip, []).append(meeting)
    visits = {trip.id: _visit(trip, held.get(trip.id, [])) for trip in kb.trips.values() if trip.id not in kb.meetings}
    return replace(kb, meetings={**visits, **kb.meetings})


def _visit(trip: Trip, meetings: list[Meeting]) -> Meeting:
    """The trip as one visit: whom the traveller met is whom its meetings name (not stated without any)."""
    met = tuple(dict.fromkeys(p for m in meetings for p in m.partner_side))
    return Meeting(
        id=trip.id, title=trip.title, kind=VISIT, date=trip.date, countries=trip.countries,
        japan_side=trip.travellers, partner_side=met, summary=trip.summary, cited=trip.cited,
        place=trip.places[0] if trip.places else None, country=trip.countries[0] if trip.countries else None,
        topics=trip.topics, outcomes=trip.outcomes, note=trip.note,
        partner_side_stated=any(m.partner_side_stated for m in meetings),
    )  # fmt: skip
