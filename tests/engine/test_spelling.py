from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.engine.spelling import Speller, english_words
from bot.engine.text import stem

_VOCABULARY = ("response", "agreements", "upcoming", "reviewing", "cooperation")


def _speller() -> Speller:
    return Speller(_VOCABULARY, stems=[stem(w) for w in _VOCABULARY])


def test_a_word_close_to_a_record_word_is_read_as_it() -> None:
    speller = _speller()
    assert speller.correct("agreemnts") == "agreements"
    assert speller.correct("coopration") == "cooperation"
    assert speller.correct("upcomin") == "upcoming"


def test_a_common_english_word_is_never_a_slip_for_a_record_word() -> None:
    assert "reasons" in english_words()
    assert _speller().correct("reasons") == "reasons"


def test_rare_forms_in_the_word_list_are_still_slips() -> None:
    # "minster" and "meting" occur in the English list, but rarely: they are misspellings there too.
    assert "minster" not in english_words() and "meting" not in english_words()


@pytest.mark.parametrize(("slip", "word"), [("alredy", "already"), ("actualy", "actually")])
def test_a_slip_of_an_english_word_the_records_do_not_use_is_read_as_that_word(slip: str, word: str) -> None:
    assert Speller(["generators"]).correct(slip) == word


def test_a_capitalised_word_is_not_read_as_a_common_english_word() -> None:
    speller = Speller(["generators"])
    assert speller.correct("jhoan", english=False) == "jhoan"  # a misspelt name stays for the name index


def test_a_records_word_a_little_less_alike_comes_before_an_english_word() -> None:
    # "crains" is one letter from "brains", two from "cranes": the question is asked of the records
    speller = Speller(("cranes", "generators"), stems=[stem("cranes"), stem("generators")])
    assert speller.correct("crains") == "cranes"
    assert speller.correct("brains") == "brains"  # an English word as written is its own


def test_a_clipped_word_is_the_one_word_of_the_records_it_starts() -> None:
    speller = Speller(["congratulated", "congratulations", "transformers", "transported"], stems=[])
    assert speller.correct("congrat") == "congratulated"
    assert speller.correct("transp") == "transported"
    # (the start of words of different stems is none of them)
    assert Speller(["zorbanite", "zorbaloon"], stems=[]).correct("zorba") == "zorba"
    assert Speller(["quellarian", "quellorbit"], stems=[]).correct("quello") == "quellorbit"
    assert Speller(["quellarian", "quellorbit"], stems=[]).correct("quella") == "quellarian"
    assert Speller(["vendrathix", "vendrakolm"], stems=[]).correct("vendra") == "vendra"


def test_a_word_written_without_its_vowels_is_the_one_word_the_records_spell_so() -> None:
    speller = Speller(["thanked", "october", "cranes"])
    assert speller.correct("thnkd") == "thanked"
    assert speller.correct("crns") == "crns"  # (too short to read)
    ambiguous = Speller(["thanked", "thinked"])
    assert ambiguous.correct("thnkd") == "thnkd"  # (two words, two stems: neither is meant)


def test_two_letters_swapped_in_a_word_of_the_records_read_as_that_word(engine: Engine) -> None:
    assert engine.index.speller.correct("theem") == "theme"


def test_a_long_word_that_lost_two_letters_is_read_as_the_word_of_the_records(engine: Engine) -> None:
    assert engine.index.speller.correct("indepndnce") == "independence"
