"""A journey is one trip, counted once; the meetings held during it name it.

Two cases are read as trips:

- an *umbrella* sentence naming several people the traveller then meets one by one ("Hayashi, on an
  official visit to Kyiv, met with President A and Prime Minister B", followed by a meeting with A
  and discussions with B): the sentence reports the journey, not one more meeting;
- a visit where nobody is named as met, in a document that reports other meetings ("In March,
  Prime Minister C visited Zembla"): a journey, not a meeting with someone; the meetings the
  visitor held in that country on its dates name it, and when there are none it is a trip without
  meetings (a journey mentioned in passing).

A document reporting one visit only keeps it as a meeting of kind `visit` (partner side not stated).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bot.knowledge.draft.gathering import MEETING_REFERENCE
from bot.knowledge.draft.lexicon import slug
from bot.knowledge.draft.model import DraftFigure, DraftMeeting, DraftPoint, DraftTrip, Review
from bot.knowledge.draft.points import point_text
from bot.knowledge.draft.registry import NEW
from bot.knowledge.draft.sentences import Sentence
from bot.knowledge.draft.source import unique_id

if TYPE_CHECKING:
    from bot.knowledge.draft.assembly import Context

Drafted = tuple[list[DraftMeeting], list[DraftFigure], list[DraftTrip]]


def umbrella_of(meeting: DraftMeeting, meetings: list[DraftMeeting]) -> list[DraftMeeting]:
    """The meetings `meeting` sums up: at least two others of the same traveller covering all its partners."""
    if len(meeting.partner_side) < 2:
        return []
    others = [o for o in meetings if o is not meeting and set(o.japan_side) & set(meeting.japan_side)
              and set(o.partner_side) & set(meeting.partner_side) and len(o.partner_side) < len(meeting.partner_side)]
    covered = {p for o in others for p in o.partner_side}
    return others if len(others) >= 2 and covered >= set(meeting.partner_side) else []


def held_during(visit: DraftMeeting, meetings: list[DraftMeeting]) -> list[DraftMeeting]:
    """Meetings the visitor held with someone in the visited country, on the visit's dates."""
    where = visit.country or (visit.countries[0] if visit.countries else None)
    return [o for o in meetings if o is not visit and o.partner_side and set(o.japan_side) & set(visit.japan_side)
            and where in (o.country or (o.countries[0] if o.countries else None), *o.countries)
            and visit.date.overlaps(o.date.first_day(), o.date.last_day())]


def group_trips(meetings: list[DraftMeeting], figures: list[DraftFigure], context: Context) -> Drafted:
    """(meetings, figures, trips): umbrella sentences and passing visits made trips, their meetings linked."""
    trips: list[DraftTrip] = []
    kept: list[DraftMeeting] = []
    linked: dict[str, str] = {}  # meeting id -> trip id
    for meeting in meetings:
        held = [m for m in umbrella_of(meeting, meetings) if m.id not in linked]
        passing = meeting.kind == "visit" and not meeting.partner_side and not context.single and bool(
            meeting.countries or (meeting.country and meeting.country != context.lexicon.home))
        if not held and not passing:
            kept.append(meeting)
            continue
        visited = [m for m in held_during(meeting, meetings) if m.id not in linked] if passing else []
        trip = _trip(meeting, held or visited, context)
        trips.append(trip)
        linked.update({m.id: trip.id for m in held or visited})
        context.reviews[:] = [_for_trip(r, trip.id) if r.entry == meeting.id else r for r in context.reviews
                              if r.entry != meeting.id or not r.reason.startswith(_NOBODY_REVIEW)]
        reason = _REVIEW_HELD if held else _REVIEW_VISIT if visited else _REVIEW_PASSING
        context.reviews.append(Review(trip.id, reason))
        figures = [replace(f, meeting=None, trip=trip.id) if f.meeting == meeting.id else f for f in figures]
    places = {t.id: t.places[0] for t in trips if len(t.places) == 1}
    kept = [_in_trip(m, linked[m.id], places.get(linked[m.id]), trips) if m.id in linked else m for m in kept]
    return _points_of_trips(kept, figures, trips, context)


def _points_of_trips(meetings: list[DraftMeeting], figures: list[DraftFigure], trips: list[DraftTrip],
                     context: Context) -> Drafted:
    """Points filed under a meeting of a trip that name none of its partners and do not refer back to it
    ("Hayashi reiterated ...", "Japan also pledged ...") belong to the trip: the text does not say where."""
    moved: dict[str, list[tuple[str, DraftPoint]]] = {}
    kept: list[DraftMeeting] = []
    for meeting in meetings:
        if meeting.trip is None:
            kept.append(meeting)
            continue
        def own(point: DraftPoint, meeting: DraftMeeting = meeting) -> bool:
            named = {key for key, _ in context.registry.mentions(Sentence(point.quote, 0, 0, None))}
            return bool(named & set(meeting.partner_side)) or bool(MEETING_REFERENCE.search(point.quote))
        for kind, points in (("topic", meeting.topics), ("outcome", meeting.outcomes)):
            moved.setdefault(meeting.trip, []).extend((kind, p) for p in points if not own(p))
        kept.append(replace(meeting, topics=tuple(p for p in meeting.topics if own(p)),
                            outcomes=tuple(p for p in meeting.outcomes if own(p))))
    trips = [replace(t, topics=(*t.topics, *(p for k, p in moved.get(t.id, ()) if k == "topic")),
                     outcomes=(*t.outcomes, *(p for k, p in moved.get(t.id, ()) if k == "outcome"))) for t in trips]
    quotes = {p.quote: trip for trip, points in moved.items() for _, p in points}
    figures = [replace(f, meeting=None, trip=quotes[f.quote]) if f.quote in quotes else f for f in figures]
    return kept, figures, trips


_NOBODY_REVIEW = "nobody is named on the partner side"
_REVIEW_HELD = "a sentence naming everyone met during a journey: drafted as a trip, its meetings name it"
_REVIEW_VISIT = "a visit during which other meetings of this document were held: drafted as a trip, they name it"
_REVIEW_PASSING = "a visit where nobody is named as met: drafted as a trip without meetings, check it"


def _trip(meeting: DraftMeeting, held: list[DraftMeeting], context: Context) -> DraftTrip:
    families = [context.family(k) for k in meeting.japan_side]
    where = (meeting.place or meeting.country or (meeting.countries[0] if meeting.countries else "")).removeprefix(NEW)
    ident = unique_id(slug("-".join([*families, where, "visit", str(meeting.date.year)])), context.taken["trips"])
    countries = meeting.countries or ((meeting.country,) if meeting.country else ())
    theirs = {m.quote for m in held}  # the sentence reporting a meeting held during the trip is that meeting's
    topics = tuple(p for p in meeting.topics if p.quote not in theirs)
    if held and not any(p.quote == meeting.quote for p in topics):
        topics = (DraftPoint(point_text(meeting.quote), meeting.quote), *topics)
    notes = [n.replace("The meeting's", "The trip's") for n in meeting.notes if not n.startswith(_NOBODY_NOTE)]
    if held:
        note = ("The sentence reports the journey; the meetings held during it are drafted as meetings naming this "
                f"trip ({', '.join(m.id for m in held)}).")
    else:
        note = "Nobody is named as met during this visit: whom the traveller met is not stated."
    return DraftTrip(ident, f"Visit by {' and '.join(families)}", meeting.date, meeting.japan_side, countries,
                     meeting.quote, meeting.summary, (meeting.place,) if meeting.place else (), topics,
                     tuple(p for p in meeting.outcomes if p.quote not in theirs), (*notes, note))


_NOBODY_NOTE = "No one is named as met"


def _for_trip(review: Review, trip: str) -> Review:
    """A review item of the sentence drafted as a trip, filed under the trip."""
    return Review(trip, review.reason.replace("the meeting's", "the trip's"))


def _in_trip(meeting: DraftMeeting, trip: str, place: str | None, trips: list[DraftTrip]) -> DraftMeeting:
    """A meeting held during `trip`; without a place of its own, the trip's one place, with a note saying so."""
    if meeting.place is not None or place is None:
        return replace(meeting, trip=trip)
    quote = next(t.quote for t in trips if t.id == trip)
    country = next(t.countries[0] for t in trips if t.id == trip and t.countries)
    note = f'The place is the trip\'s, written in another sentence: "{quote}"'
    return replace(meeting, trip=trip, place=place, country=meeting.country or country,
                   notes=(*[n for n in meeting.notes if n != "The place is not stated."], note))
