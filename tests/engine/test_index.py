"""The passage index: equal sets of entities and stems are held once, whatever passage they came from."""

from __future__ import annotations

from collections import defaultdict

from bot.engine import Engine
from bot.engine.text import fold


def test_equal_entity_and_stem_sets_are_one_object(engine: Engine) -> None:
    passages = engine.index.passages
    for field in ("entities", "stems", "mentioned"):
        objects: dict[object, set[int]] = defaultdict(set)
        for passage in passages:
            objects[getattr(passage, field)].add(id(getattr(passage, field)))
        assert all(len(ids) == 1 for ids in objects.values()), field
    # the meetings' topics repeat their meeting's entities: the sharing has something to share
    assert len({id(p.entities) for p in passages}) < len(passages)


def test_equal_entities_are_one_object_across_sets(engine: Engine) -> None:
    entities: dict[tuple[str, str], set[int]] = defaultdict(set)
    for passage in engine.index.passages:
        for entity in passage.entities | passage.mentioned:
            entities[entity].add(id(entity))
    assert all(len(ids) == 1 for ids in entities.values())


def test_a_fact_of_a_gathering_is_of_the_place_the_gatherings_name_has(engine: Engine) -> None:
    kb = engine.kb
    placed = [f for f in kb.facts.values() for t in f.terms if t in kb.terms and f.places == ()
              and any(fold(kb.places[p].name) in fold(kb.terms[t].name).split() for p in kb.places)]
    assert placed, "the records hold a fact of a gathering named by its place, with no place of its own"
    for fact in placed:
        passage = next(p for p in engine.index.passages if p.kind == "fact" and p.ref == fact.id)
        assert any(kind == "place" for kind, _ in passage.entities), fact.id


def test_the_people_of_each_meeting_are_the_meetings_of_each_person_turned_around(engine: Engine) -> None:
    index = engine.index
    by_meeting = index.people_by_meeting
    pairs = {(person, meeting) for (kind, person), meetings in index.meetings_by_entity.items() if kind == "person"
             for meeting in meetings}
    assert pairs and pairs == {(person, meeting) for meeting, people in by_meeting.items() for person in people}
