"""The passage index: equal sets of entities and stems are held once, whatever passage they came from."""

from __future__ import annotations

from collections import defaultdict

from bot.engine import Engine


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
