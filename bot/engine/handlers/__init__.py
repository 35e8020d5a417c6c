"""The registry of free-text question handlers, in the order they are tried.

Three stages, each a tuple of named rules (see `bot.engine.rules`):

- `BEFORE_RECORDS`: what the question alone settles before any record is scored: names and details
  the records do not hold, posts and their holders, yes/no claims the records' fields decide;
- `BY_SHAPE`: answers whose shape the question decides: who took part, posts, counts of people,
  profiles, countries, first or latest, dates and lists of every record that fits;
- `BEFORE_PASSAGES`: what someone said or did, from the points of which they are the subject.

A question no rule answers is answered from the passages that best cover it, verified against
their records (`Answerer.from_passages`), or not at all. Each rule's examples, questions that must
reach it and near misses that must not, are in `tests/engine/rule_examples.yaml`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.engine.handlers import abstentions, claims, lists, people, pledges, profiles, sources, statements
from bot.engine.rules import Asked, Rule

if TYPE_CHECKING:
    from bot.engine.answering import Answerer

    AnswerRule = Rule[Answerer, Asked]

BEFORE_RECORDS: tuple[AnswerRule, ...] = (
    Rule("an event of another date", abstentions.event_of_another_date),
    Rule("a short name claimed as another", claims.name_claimed),
    Rule("a date the conversation has not given", abstentions.date_not_given),
    Rule("a clock no source keeps", abstentions.clock_not_kept),
    Rule("names outside the records", abstentions.names_outside),
    Rule("unknown names", abstentions.unknown_names),
    Rule("a person claimed of another country", claims.nationality_claimed),
    Rule("source of a record", sources.source_of),
    Rule("what a thing named holds", profiles.contents),
    Rule("places of meetings", lists.places_of_meetings),
    Rule("beyond any record", abstentions.beyond_records),
    Rule("a leader no record names", abstentions.leader_not_named),
    Rule("a first over all time", abstentions.first_ever),
    Rule("items of a number", abstentions.items_of_a_number),
    Rule("breakdown of an amount", abstentions.breakdown_of_an_amount),
    Rule("a difference with one side", abstentions.one_sided_difference),
    Rule("trip the records do not show", abstentions.trip_not_recorded),
    Rule("place within the country of a pledged thing", pledges.place_within_unsaid),
    Rule("pledge to no recipient", pledges.to_no_recipient),
    Rule("no pledge at the meeting", pledges.none_at_meeting),
    Rule("person by a post's title", people.by_title),
    Rule("post holder at an event", people.holder_at_event),
    Rule("whom each holder of a post met", people.whom_each_met),
    Rule("ministers of a country named", people.ministers_named),
    Rule("post holders counted", people.holders_counted),
    Rule("holders of a post someone met", people.post_holders_met),
    Rule("post holders", people.holders),
    Rule("succession of the person discussed", people.succession_of_focus),
    Rule("succession of a person named", people.succession_of_named),
    Rule("one thing only, of the record shown", claims.only_claimed),
    Rule("one of them", claims.one_of_them),
    Rule("met anyone else", claims.met_anyone_else),
    Rule("went anywhere else", claims.went_anywhere_else),
    Rule("level of the meeting discussed", claims.level_claimed),
    Rule("a gathering claimed as the occasion", claims.occasion_claimed),
    Rule("a number of meetings claimed", claims.count_of_records),
    Rule("yes/no decided by fields", claims.decided_by_fields),
)

BY_SHAPE: tuple[AnswerRule, ...] = (
    Rule("whose a thing is", people.owner_of),
    Rule("someone's handle", people.handle_of),
    Rule("who did it to whom", statements.who_did_whom),
    Rule("who said a statement", statements.who_said),
    Rule("what someone said", statements.said_by),
    Rule("others of one side", people.others_of_side),
    Rule("companions of one person", people.companions),
    Rule("met before or after someone", people.met_before_or_after),
    Rule("went somewhere before or after", people.went_before_or_after),
    Rule("one who met both", people.met_both),
    Rule("host or visitor", people.host_or_visitor),
    Rule("who went there", people.visitors),
    Rule("dates of visits there", people.visit_dates),
    Rule("people of none of the posts named", people.not_of_posts),
    Rule("people named in the records", people.named_in_records),
    Rule("participants of several meetings", people.participants),
    Rule("holders of a class of post", people.of_post_class),
    Rule("purposes of pledges", pledges.purposes),
    Rule("lengths added up", lists.total_length),
    Rule("posts of several people", people.posts_of_several),
    Rule("post of one person", people.post_of_one),
    Rule("country of a person", people.country_of),
    Rule("people counted", people.counted),
    Rule("the year a span reaches back to", lists.years_back),
    Rule("years since the last record", lists.years_since_last),
    Rule("profile", profiles.profile),
    Rule("countries", lists.countries),
    Rule("place", profiles.place),
    Rule("first or latest meeting", lists.first_or_latest),
    Rule("dates of people's meetings", lists.dates_of_people),
    Rule("detail of every meeting", lists.detail_of_every_meeting),
    Rule("records of someone", lists.records_of_someone),
    Rule("dates or places of meetings", lists.dates_or_places),
    Rule("name alone", profiles.name_alone),
    Rule("occasions of meetings", lists.occasions),
    Rule("terms of a kind", lists.terms_of_a_kind),
    Rule("terms of a kind named with", lists.terms_named_with),
    Rule("who of a country did it", people.who_did),
    Rule("things an event was done to", lists.things_done),
    Rule("meetings about a topic", lists.meetings_about),
    Rule("records of a date", lists.dated_records),
    Rule("on a date", lists.on_date),
    Rule("meetings listed", lists.meetings),
)

BEFORE_PASSAGES: tuple[AnswerRule, ...] = (
)
