"""World regions from the country-data package stand for the knowledge base's countries in them."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.engine.query import analyse
from bot.engine.world import region_names, world_regions
from tests.engine.conftest import TODAY


def test_regions_and_their_adjectives() -> None:
    regions = world_regions()
    assert "Kyrgyzstan" in regions["Central Asia"] and regions["Central Asian"] == regions["Central Asia"]
    assert "Rwanda" in regions["African"]
    assert region_names()["Latin American"] == "Latin America"
    assert "American" not in regions  # ambiguous: the United States' demonym


def test_a_region_is_a_group_of_known_countries(engine: Engine) -> None:
    query = analyse("List the meetings with Central Asian countries.", engine.index)
    assert {m.id for m in query.mentions if m.kind == "country"} >= {"kyrgyzstan", "uzbekistan"}
    assert "japan" not in {m.id for m in query.mentions}
    answer = engine.ask("List the meetings with Central Asian countries.", today=TODAY)
    assert "Kulubaev" in answer.text and "Usmanov" in answer.text and "Ukraine" not in answer.title


@pytest.mark.parametrize("question", ["Meetings with Latin American countries", "What did Japan do in the Caribbean?"])
def test_a_region_without_known_countries_is_not_covered(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered is False and answer.kind == "not_covered"


def test_a_partial_name_is_not_a_known_country(engine: Engine) -> None:
    assert engine.index.country_of_world_name("United States Virgin Islands") is None
    assert engine.index.country_of_world_name("Ukraine") == "ukraine"


def test_a_country_name_that_is_a_common_english_word_is_no_country_in_a_question(engine: Engine) -> None:
    # "Island" is another name of Iceland: "on which island?" asks a place, not about Iceland
    question = "On which Indonesian island did Rwanda's leader and the Japanese premier sit down together?"
    assert analyse(question, engine.index).outside == ()
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "Bali" in answer.lines[0], answer.text


@pytest.mark.parametrize(("word", "country"), [("Kazakh", "Kazakhstan"), ("Turkmen", "Turkmenistan")])
def test_the_adjective_of_a_stan_name_names_the_country(engine: Engine, word: str, country: str) -> None:
    answer = engine.ask(f"who was the {word.lower()} foreign minister that met hayashi?", today=TODAY)
    assert answer.kind == "not_covered" and country in answer.title, answer.text
