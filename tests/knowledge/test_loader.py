"""The knowledge base loads into frozen, typed entries, or fails with every problem listed."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.errors import KnowledgeBaseError
from bot.knowledge.dates import PartialDate
from bot.knowledge.loader import load_knowledge_base
from bot.knowledge.model import Cited, Point, Quantity
from bot.knowledge.validate import text_digest
from tests.knowledge.tiny_kb import SEED_NAME, SEED_TEXT, entry, tiny_kb, write_kb

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SOURCE = "kamikawa-kuleba-release"


def test_a_valid_knowledge_base_loads_into_typed_entries(tmp_path: Path) -> None:
    kb = load_knowledge_base(*write_kb(tmp_path, tiny_kb()))

    meeting = kb.meetings["kamikawa-kuleba-2023"]
    assert meeting.date == PartialDate(2023, 9, 20) and meeting.date.precision == "day"
    assert meeting.countries == ("ukraine",) and meeting.participants == ("yoko-kamikawa", "dmytro-kuleba")
    assert (meeting.local_time, meeting.duration_minutes, meeting.occasion) == ("10:30", 45, "unga-78")
    assert meeting.accompanying == () and meeting.note is None
    topic_quote = "support Ukraine’s “recovery and reconstruction”"
    topic = Point("Recovery and reconstruction of Ukraine", Cited(SOURCE, topic_quote), ("reconstruction",))
    assert meeting.topics == (topic,)
    assert meeting.outcomes[0].cited.source == SOURCE  # inherited from the meeting

    fact = kb.facts["generators-to-ukraine"]
    assert fact.date == PartialDate(2023, 9) and fact.date.precision == "month"
    assert fact.quantity == Quantity(1500.0, "generators", "more than 1,500", "more than")
    assert isinstance(fact.quantity.value, float)
    assert kb.terms["unga-78"].date == PartialDate(2023)
    assert kb.pledges["generators-pledge"].quantity == Quantity(1500.0, "generators", "more than 1,500")
    assert kb.pledges["generators-pledge"].status == "provided"

    kamikawa = kb.people["yoko-kamikawa"]
    assert kamikawa.aliases == ("Kamikawa", "KAMIKAWA Yoko")
    assert kamikawa.roles[0].as_of == PartialDate(2023, 9, 20)
    assert kamikawa.roles[0].cited == Cited(SOURCE, "KAMIKAWA Yoko, Minister for Foreign Affairs of Japan")
    assert kb.people["dmytro-kuleba"].aliases == ()  # a person without aliases is fine

    assert kb.countries["japan"].capital == "Tokyo" and kb.countries["ukraine"].capital is None
    assert kb.places["new-york"].cited == Cited(SOURCE, "in New York")
    assert kb.sources[SOURCE].date == PartialDate(2023, 9, 20)
    assert kb.source_digests == {SOURCE: text_digest(SEED_TEXT)}  # the text itself is not kept
    assert kb.summary().startswith("1 sources, 3 countries, 1 places, 2 people, 1 meetings")
    with pytest.raises(dataclasses.FrozenInstanceError):
        meeting.title = "changed"  # type: ignore[misc]


def test_a_sub_item_keeps_its_own_source(tmp_path: Path) -> None:
    files = tiny_kb()
    files["sources.yaml"]["sources"].append(
        {"id": "second-release", "file": SEED_NAME, "title": "The same text again", "kind": "news article"}
    )
    entry(files, "meetings")["outcomes"][0]["source"] = "second-release"
    kb = load_knowledge_base(*write_kb(tmp_path, files))
    meeting = kb.meetings["kamikawa-kuleba-2023"]
    assert meeting.outcomes[0].cited.source == "second-release"
    assert meeting.topics[0].cited.source == SOURCE
    assert set(kb.source_digests) == {SOURCE, "second-release"}  # a bare file name is looked up in seeds/


def test_loading_a_broken_knowledge_base_raises_with_every_problem(tmp_path: Path) -> None:
    files = tiny_kb()
    entry(files, "meetings")["date"] = "2023-02-30"
    entry(files, "pledges")["donor"] = "atlantis"
    with pytest.raises(KnowledgeBaseError) as raised:
        load_knowledge_base(*write_kb(tmp_path, files))
    assert [(p.file, p.entry) for p in raised.value.problems] == [
        ("meetings.yaml", "kamikawa-kuleba-2023"),
        ("meetings.yaml", "generators-pledge"),
    ]
    report = raised.value.report()
    assert report.startswith("knowledge base invalid: 2 problem(s)")
    assert "impossible day 2023-02-30" in report and "unknown country 'atlantis'" in report


def test_the_parse_cache_serves_unchanged_files_and_rereads_changed_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed: list[bytes] = []
    real_load = yaml.load

    def counting_load(content: bytes, Loader: Any) -> Any:  # noqa: N803 (PyYAML's keyword name)
        parsed.append(content)
        return real_load(content, Loader=Loader)

    monkeypatch.setattr(yaml, "load", counting_load)
    knowledge, seeds = write_kb(tmp_path, tiny_kb())
    cache = tmp_path / "cache"
    first = load_knowledge_base(knowledge, seeds, cache)
    assert len(parsed) == 5 and len(list(cache.iterdir())) == 1

    meetings = knowledge / "meetings.yaml"
    meetings.write_text(meetings.read_text(encoding="utf-8").replace("met in New York", "met in NYC"), encoding="utf-8")
    second = load_knowledge_base(knowledge, seeds, cache)
    assert len(parsed) == 6 and b"met in NYC" in parsed[-1]
    assert second.meetings["kamikawa-kuleba-2023"].summary.endswith("met in NYC.")
    assert second.people == first.people

    next(cache.iterdir()).write_bytes(b"not a cache")
    assert load_knowledge_base(knowledge, seeds, cache).meetings == second.meetings
    assert len(parsed) == 11


def test_the_project_knowledge_base_is_valid() -> None:
    knowledge = PROJECT_ROOT / "knowledge"
    if not any(knowledge.rglob("*.yaml")):
        pytest.skip("knowledge/ has no YAML files yet")
    kb = load_knowledge_base(knowledge, PROJECT_ROOT / "seeds")
    assert kb.meetings and kb.sources
