import pytest

from bot.engine.gazetteer import Gazetteer
from bot.engine.text import tokens

ENTRIES = [
    ("person", "kamikawa", "Yoko Kamikawa", 1.0), ("person", "kamikawa", "Kamikawa", 1.0),
    ("country", "kyrgyzstan", "Kyrgyzstan", 1.0), ("country", "kyrgyzstan", "Kirgizia", 1.0),
    ("place", "kyiv", "Kyiv", 1.0), ("place", "kyiv", "Kiev", 1.0),
    ("term", "unga", "United Nations General Assembly", 1.0),
]


@pytest.fixture()
def gazetteer() -> Gazetteer:
    return Gazetteer(ENTRIES, protected=["kazakhstan"])


@pytest.mark.parametrize(
    ("text", "found"),
    [("meetings with kamikava", ("person", "kamikawa")), ("Kirgizstan talks", ("country", "kyrgyzstan")),
     ("kiev", ("place", "kyiv")), ("the united nations general assembly", ("term", "unga"))],
    ids=["typo-person", "typo-country", "alias", "multi-word"],
)
def test_find(gazetteer: Gazetteer, text: str, found: tuple[str, str]) -> None:
    assert found in {(m.kind, m.id) for m in gazetteer.find(tokens(text))}


def test_a_short_name_written_as_it_sounds_is_found() -> None:
    sounded = Gazetteer([("person", "hattori", "Hattori", 1.0), ("person", "hatoyama", "Hatoyama", 1.0)])
    # (a doubled letter written once and "y" for "i")
    assert [(m.kind, m.id) for m in sounded.find(tokens("hatory was first governor"))] == [("person", "hattori")]
    assert sounded.find(tokens("history was made")) == []


def test_real_world_name_is_not_corrected_into_a_known_one(gazetteer: Gazetteer) -> None:
    assert gazetteer.find(tokens("meetings with Kazakhstan")) == []


def test_common_words_are_not_corrected(gazetteer: Gazetteer) -> None:
    assert gazetteer.find(tokens("when did they meet")) == []


def test_fuzzy_match_has_lower_score_than_exact(gazetteer: Gazetteer) -> None:
    exact = gazetteer.find(tokens("Kamikawa"))[0]
    fuzzy = gazetteer.find(tokens("Kamikava"))[0]
    assert exact.score == 100 and 80 <= fuzzy.score < 100


def test_longest_alias_wins(gazetteer: Gazetteer) -> None:
    mentions = gazetteer.find(tokens("Yoko Kamikawa"))
    assert [(m.start, m.end) for m in mentions] == [(0, 2)]


def test_an_entity_is_written_by_its_full_weight_aliases_only() -> None:
    gazetteer = Gazetteer([("person", "velda-marn", "Velda Marn", 1.0), ("person", "velda-marn", "Marn", 1.0),
                           ("person", "velda-marn", "Velda", 0.8), ("country", "ostra", "Ostran", 1.0)])
    assert gazetteer.written_as("person", "velda-marn") == {"velda marn", "marn"}
    assert gazetteer.written_as("country", "ostra") == {"ostran"}
    assert gazetteer.written_as("place", "nowhere") == frozenset()


def test_a_short_name_with_one_vowel_written_as_another_is_read_as_that_name() -> None:
    gazetteer = Gazetteer(ENTRIES)
    assert [(m.kind, m.id) for m in gazetteer.find(tokens("hayashi in kyev"))] == [("place", "kyiv")]
    assert not gazetteer.find(tokens("hayashi in kier"))  # (a consonant replaced: another word)
