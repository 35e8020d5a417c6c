"""The drafter's measurement: leave-one-out on the project's documents and on generated releases."""

from __future__ import annotations

import io
from pathlib import Path

from bot.bench.synthetic import write_synthetic_kb
from bot.knowledge.draft.command import draft_eval
from bot.knowledge.draft.evaluation import Tally, evaluate, without_source
from bot.knowledge.loader import load_knowledge_base
from bot.settings import PROJECT_ROOT


def test_tally_counts_scalars_and_sets() -> None:
    tally = Tally()
    tally.add("dates", "2023-09-20", "2023-09-20")
    tally.add("times", "10:00", "14:40")
    tally.add("durations", None, 30)
    tally.add_sets("participants", {"a", "b"}, {"a", "c"})
    assert (tally.tp["dates"], tally.fp["times"], tally.fn["times"], tally.fn["durations"]) == (1, 1, 1, 1)
    assert tally.recall("participants") == 0.5 and tally.precision() == 2 / 4


def test_leaving_a_document_out_removes_every_entry_citing_it() -> None:
    kb = load_knowledge_base(PROJECT_ROOT / "knowledge", PROJECT_ROOT / "seeds")
    source = min(kb.sources)
    rest = without_source(kb, source)
    assert source not in rest.sources and rest.countries == kb.countries and rest.vocabulary == kb.vocabulary
    for collection in (rest.meetings, rest.trips, rest.people, rest.places, rest.facts, rest.pledges, rest.terms):
        assert all(entry.cited.source != source for entry in collection.values())


def test_leaving_a_document_out_removes_the_roles_it_adds_to_other_files_people() -> None:
    kb = load_knowledge_base(PROJECT_ROOT / "knowledge", PROJECT_ROOT / "seeds")
    added = {r.cited.source for p in kb.people.values() for r in p.roles if r.cited.source != p.cited.source}
    for source in added:
        rest = without_source(kb, source)
        assert all(r.cited.source != source for p in rest.people.values() for r in p.roles)


def test_seed_documents_drafted_without_invented_values() -> None:
    kb = load_knowledge_base(PROJECT_ROOT / "knowledge", PROJECT_ROOT / "seeds")
    tally = evaluate(kb, sorted(kb.sources), PROJECT_ROOT / "seeds")
    assert tally.invented == []
    assert tally.precision() >= 0.95 and tally.recall() >= 0.8
    assert tally.recall("times") == tally.recall("durations") == 1.0
    assert tally.tp["trips"] >= 1 and tally.precision("trips") == 1.0  # journeys are drafted as trips


def test_generated_releases_drafted_near_perfectly(tmp_path: Path) -> None:
    generated = write_synthetic_kb(tmp_path, 40, 3)
    kb = load_knowledge_base(generated / "knowledge", generated / "seeds")
    releases = sorted({m.cited.source for m in kb.meetings.values()})
    tally = evaluate(kb, releases, generated / "seeds")
    assert tally.documents == 40 and tally.invented == []
    assert tally.recall() >= 0.95 and tally.precision() >= 0.95


def test_draft_eval_prints_both_tables() -> None:
    out = io.StringIO()
    assert draft_eval(PROJECT_ROOT / "knowledge", PROJECT_ROOT / "seeds", 10, 1, out) == 0
    text = out.getvalue()
    assert "knowledge base documents, leave-one-out:" in text
    assert "synthetic releases (seed 1), leave-one-out: 10 documents" in text
    assert "participants" in text and "invented values" in text
