import pytest

from bot.engine.text import content_stems, fold, stem, tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zelenskyy’s thanks", ["zelenskyy", "thanks"]),
        ("Kagame–Kishida", ["kagame", "kishida"]),
        ("more than 1,500 generators", ["more", "than", "1500", "generators"]),
        ("Ｋｙｉｖ", ["kyiv"]),
        ("Café <b>", ["cafe", "b"]),
    ],
    ids=["curly-possessive", "en-dash", "thousands", "fullwidth", "accent-and-html"],
)
def test_tokens(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


def test_fold_strips_accents_and_case() -> None:
    assert fold("ÉCOLE") == "ecole"


def test_content_stems_drop_stopwords_and_stem() -> None:
    assert content_stems("What did Japan provide to the generators?") == ["japan", "provid", "generat"]
    assert content_stems("through what channel, via whom?") == ["channel"]


def test_british_and_american_spellings_share_a_stem() -> None:
    from bot.engine.text import stem

    assert stem("organisations") == stem("organizations")
    assert stem("recognised") == stem("recognized")
    assert stem("promise") == "promis"  # not every -ise word is a British spelling


def test_words_of_other_meanings_keep_stems_of_their_own() -> None:
    assert stem("position") != stem("positive")
    assert stem("positions") == stem("position") and stem("positively") == stem("positive")
