"""The typed parse of a question: what is asked, read from the question's shape."""

from __future__ import annotations

import re

import pytest

from bot.engine import Engine
from bot.engine.query import (
    SYNONYMS,
    analyse,
    digit_for_to,
    expand_shorthand,
    without_again,
    without_identifying_clause,
)
from bot.engine.text import stem
from tests.engine.conftest import TODAY, last_answer


@pytest.mark.parametrize("question", [
    "Was it Ikegami who hosted the meeting with Usmanov?",
    "Is it Kuleba that Kamikawa met in New York?",
    "According to Kamikawa, did Japan provide generators to Ukraine?",
    "In 2022, did Hayashi meet Kulubaev?",
    "So, was the meeting in Kyiv?",
    "Japan pledged 42 demining cranes to Ukraine, right?",  # a statement with a tag
    "kamikawa met kuleba in tokyo, didn't she?",
    "Hayashi visited Kyiv in September 2023 — is that correct?",
    "Was the Japanese official who met Usmanov from the Bureau of Asian Affairs?",  # "who" describes him
    "kishida kagame mtg was in jakarta?",  # a statement asked with a question mark
    "usmanov is uzbekistan's foreign minister?",  # a statement of someone, asked with a question mark
    "hattori was a japanese banker who became rwanda central bank governor?",  # "who" opens a clause of the noun
    "kyrgyz fm mtg w hayashi lasted an hr?",  # a subject of six words once its shorthand is written out
    "uz jp forum had like 500 companies?",  # "had" as the verb of the statement
])
def test_claims_asked_yes_or_no(engine: Engine, question: str) -> None:
    assert analyse(question, engine.index).intent == "yes_no"


@pytest.mark.parametrize("question", [
    "Who hosted the meeting with Usmanov?",
    "Was it on what date that they met?",  # a question word inside the claim asks for it
    "In Kyiv, who did Hayashi meet?",  # the framing phrase has no claim after it
    "During his Kyiv trip, did Hayashi meet Shmyhal or Zelenskyy first?",  # a choice
    "Who met Kuleba, right?",  # a tag after a question word: the question is still asked
    "Do you know who hosted the meeting in Japan?",  # an indirect question
    "the kagame kishida meeting was where?",  # a question word at the end
    "time diff between ny n tokyo based on that kuleba record?",  # a participle that describes, no verb of a claim
    "Any other areas of collaboration that came up?",  # the things asked for, described by a clause
])
def test_questions_that_are_no_claims(engine: Engine, question: str) -> None:
    assert analyse(question, engine.index).intent != "yes_no"


@pytest.mark.parametrize("question", ["exact date?", "the date?", "and the year?", "its precise date"])
def test_a_date_asked_by_its_noun_alone(engine: Engine, question: str) -> None:
    assert analyse(question, engine.index).intent == "when"


@pytest.mark.parametrize("question", ["exact date kamikawa became fm?", "the precise day hayashi arrived in kyiv?"])
def test_an_exact_date_before_a_clause_asks_when_not_a_claim(engine: Engine, question: str) -> None:
    assert analyse(question, engine.index).intent == "when"


def test_an_exact_date_stated_in_a_claim_is_still_a_claim(engine: Engine) -> None:
    assert analyse("the exact date was 9 september?", engine.index).intent == "yes_no"


@pytest.mark.parametrize(("question", "intent"), [
    ("Roughly when, Velorian time, did it finish?", "when"), ("approximately where was that?", "where"),
    ("exactly who was there?", "who")])
def test_a_hedge_before_the_question_word_asks_no_less(engine: Engine, question: str, intent: str) -> None:
    assert analyse(question, engine.index).intent == intent


@pytest.mark.parametrize(("question", "intent"), [
    ("Which Japan meetings took place in September 2023?", "list"),
    ("Which Japan-Ukraine meetings were held in 2023?", "list"),
    ("what did the meetings cover?", "general"),
])
def test_meetings_asked_for_with_words_before_the_noun(engine: Engine, question: str, intent: str) -> None:
    assert analyse(question, engine.index).intent == intent


@pytest.mark.parametrize(("question", "intent"), [
    ("what was he in Japan for anyway?", "why"),
    ("What was Kamikawa in town for?", "why"),
    ("what was the kyrgyz FM doing in japan in dec 2022?", "why"),
    ("How often has Kagame been to Japan?", "quantity"),
    ("Where does Ukraine come up?", "about"),
    ("where does PM Kishida come up - list every meeting or trip of his that is mentioned", "about"),
    ("where was the meeting held?", "where"),
    ("Around what local New York time did the meeting finish?", "time"),
    ("At what New York local time did the meeting end?", "time"),
    ("whats JDS stand for", "define"),
    ("what is OVOP short for", "define"),
    ("What gathering had brought the minister to New York?", "why"),
    ("In which months of 2022 did the killings take place?", "when"),
    ("What dates were set for the upcoming events?", "when"),
    ("what was the kyrgyz foreign minister in japan for in dec 2022?", "why"),
    ("what did she go to Kyiv for?", "why"),
    ("What meeting brought Kyrgyzstan's top diplomat to Japan in December 2022?", "why"),
    ("its for wat", "why"),
    ("and it's for what?", "why"),
])
def test_what_for_asks_why_but_not_what_a_name_stands_for(engine: Engine, question: str, intent: str) -> None:
    assert analyse(question, engine.index).intent == intent


@pytest.mark.parametrize("question", ["what did Ukraine's head of government thank Japan for?",
                                      "what did the government of Japan send Ukraine generators for?"])
def test_what_someone_did_for_is_no_journey_asked_why(engine: Engine, question: str) -> None:
    """"for" closes the question, but no going or coming is asked ("government" starts with "go")."""
    assert analyse(question, engine.index).intent != "why"



@pytest.mark.parametrize("text", ["so ended around?", "finished at?", "and it began about?",
                                  "What was the clock time in Tokyo when the meeting began?"])
def test_an_end_or_start_clock_asked_alone_is_a_time_question(engine: Engine, text: str) -> None:
    assert analyse(text, engine.index).intent == "time"


def test_approximation_words_are_no_content(engine: Engine) -> None:
    assert analyse("so ended around?", engine.index).keywords == ()
    assert analyse("roughly when, approximately?", engine.index).keywords == ()


def test_which_exact_day_asks_when(engine: Engine) -> None:
    assert analyse("On which exact day did they meet?", engine.index).intent == "when"


@pytest.mark.parametrize("question", [
    "What was the theme of the G20 Summit that Kagame attended in Indonesia?",
    "what was the theme of the G20 summit Kagame attended in 2022?",
])
def test_a_clause_identifying_a_named_thing_is_set_apart(engine: Engine, question: str) -> None:
    narrowed = without_identifying_clause(analyse(question, engine.index))
    assert narrowed is not None and [m.kind for m in narrowed.mentions] == ["term"]
    assert "attend" not in narrowed.keywords and "theme" in narrowed.keywords
    assert "Recover Together" in engine.ask(question, today=TODAY).text


def test_a_question_without_such_a_clause_is_kept_whole(engine: Engine) -> None:
    assert without_identifying_clause(analyse("When did Kagame meet Kishida?", engine.index)) is None


def test_list_every_meeting_asks_for_a_list(engine: Engine) -> None:
    assert analyse("List every meeting Hayashi held, with his counterparts.", engine.index).intent == "list"


@pytest.mark.parametrize("question", ["list the 2022 meetings you know about", "which 2023 meetings were in Kyiv?"])
def test_a_year_before_the_noun_still_asks_for_a_list(engine: Engine, question: str) -> None:
    assert analyse(question, engine.index).intent == "list"
    answer = engine.ask("list the 2022 meetings you know about", today=TODAY)
    assert "Kagame" in answer.text and "Kulubaev" in answer.text


@pytest.mark.parametrize("question", ["For what events was he visiting Japan?", "for which purpose did they meet?"])
def test_for_what_events_asks_why(engine: Engine, question: str) -> None:
    assert analyse(question, engine.index).intent == "why"


def test_the_noun_asked_by_which_ends_before_the_verb(engine: Engine) -> None:
    assert analyse("Which embassy staff accompanied him on his visit?", engine.index).asked == "staff"
    assert analyse("Which Japanese minister co-steered the business forum?", engine.index).asked == "minist"


def test_a_word_that_stresses_the_question_is_no_noun_asked(engine: Engine) -> None:
    assert analyse("For what, specifically, did Shmyhal thank Japan?", engine.index).asked is None
    assert analyse("What exactly did Kuleba say?", engine.index).asked is None
    assert analyse("What agreement, specifically, did they sign?", engine.index).asked == "agreement"


def test_what_he_was_thanked_for_specifically_is_the_record_that_tells_it(engine: Engine) -> None:
    answer = engine.ask("For what, specifically, did Ukrainian Prime Minister Shmyhal extend his gratitude to Japan?")
    assert answer.answered and "sanctions" in answer.text and "territorial integrity" in answer.text, answer.text


def test_a_noun_asked_later_in_the_message_is_found(engine: Engine) -> None:
    assert analyse("kulubaev hayashi meeting in tokio, wat hotel was it at", engine.index).asked == "hotel"
    assert analyse("Which memorial site did Hayashi visit?", engine.index).asked is None  # a generic head


def test_what_a_meeting_was_about_asks_what_was_discussed(engine: Engine) -> None:
    query = analyse("What was the Usmanov-Ikegami meeting about?", engine.index)
    assert "discuss" in query.aspects and query.intent != "define"


def test_the_home_capitals_clock_is_asked_for_not_its_place(engine: Engine) -> None:
    home_capital = engine.kb.places[engine.index.home_capital or ""].name
    query = analyse(f"whats the {home_capital.lower()} time 4 the kamikawa kuleba mtg", engine.index)
    assert query.intent == "time" and query.japan_time
    assert all(m.id != engine.index.home_capital for m in query.mentions)
    assert analyse("What is the best time of year to visit Bali?", engine.index).intent != "time"


def test_a_countrys_post_is_asked_of_a_person_not_a_place(engine: Engine) -> None:
    assert analyse("Which country's foreign minister did Kamikawa meet in New York?", engine.index).intent == "who"
    assert analyse("Which country did Hayashi visit in September 2023?", engine.index).intent == "where"


def test_a_verb_of_taking_part_is_what_who_asks_not_a_word_to_match(engine: Engine) -> None:
    query = analyse("who represented Japan in it?", engine.index)
    assert query.intent == "who" and not query.keywords
    focus = engine.record_focus("meeting:kamikawa-kuleba-2023", ("meeting:kamikawa-kuleba-2023",))
    answer = engine.ask("who represented Japan in it?", focus, today=TODAY)
    assert answer.answered and "Kamikawa" in answer.text and "representatives" not in answer.text


@pytest.mark.parametrize("question", [
    "Who expressed gratitude to Japan across all the documents?",
    "What equipment has Japan given Ukraine according to these documents?",
])
def test_the_corpus_named_in_a_question_is_no_word_to_match(engine: Engine, question: str) -> None:
    assert not {"document", "across", "accord"} & set(analyse(question, engine.index).keywords)


def test_gratitude_expressed_is_thanks(engine: Engine) -> None:
    thanked = engine.ask("Who thanked Japan?", today=TODAY)
    grateful = engine.ask("Who expressed gratitude to Japan across all the documents?", today=TODAY)
    assert grateful.answered and grateful.lines == thanked.lines


@pytest.mark.parametrize(("question", "word"), [
    ("When did Kamikawa chair the G7 foreign ministers meeting?", "18 September 2023"),
    ("Who led the Japanese side at the Uzbekistan–Japan business forum of January 10?", "Kozuki"),
    ("What events took place in New York in September 2023?", "G7"),
])
def test_words_the_records_write_otherwise(engine: Engine, question: str, word: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and word in answer.text, answer.text


def test_the_noun_after_a_region_only_says_its_countries_are_meant(engine: Engine) -> None:
    query = analyse("Which agreements did Japan sign with Central Asian countries?", engine.index)
    assert "countri" not in query.keywords and any(m.kind == "country" for m in query.mentions)


def test_a_source_named_by_its_subject_is_that_subject(engine: Engine) -> None:
    answer = engine.ask("Which Japanese officials are named in the Uzbekistan article?", today=TODAY)
    assert answer.answered and "Ikegami" in answer.text and "Kozuki" in answer.text, answer.text


def test_what_event_is_dated_a_day_asks_what_happened_then(engine: Engine) -> None:
    assert analyse("What event in the Uzbekistan article is dated January 10?", engine.index).intent == "on_date"


def test_a_post_of_several_words_is_read_from_the_role_keys_the_knowledge_base_declares(engine: Engine) -> None:
    query = analyse("Who did Japan's deputy director general for European affairs meet in January?", engine.index)
    assert "deputy-director-general" in engine.kb.vocabulary["role keys"]
    assert query.role == "deputy-director-general"
    # "for European affairs" names the office: no European country is asked about
    assert [m.id for m in query.mentions if m.kind == "country"] == [engine.index.home]


@pytest.mark.parametrize(("question", "label"), [
    ("Which diplomatic meeting does the date 14 November 2022 correspond to?", "14 November 2022"),
    ("Who did Hayashi meet on Christmas Eve 2022?", "24 December 2022"),
])
def test_a_day_asked_about_by_its_event_or_its_name(engine: Engine, question: str, label: str) -> None:
    query = analyse(question, engine.index)
    assert query.dates is not None and query.dates.label == label
    assert not query.unknown_names and not query.outside


def test_which_meeting_on_a_day_asks_what_happened_that_day(engine: Engine) -> None:
    assert analyse("14 November 2022 - which meeting?", engine.index).intent == "on_date"


@pytest.mark.parametrize(("question", "role"), [
    ("Who was the Kyrgyz head of state when his foreign minister came to Japan?", "president"),  # the first named
    ("Which day did President Kagame sit down with the Japanese PM?", "prime-minister"),  # a title names a person
])
def test_the_post_asked_about_is_the_first_one_named_that_is_no_title_before_a_name(
        engine: Engine, question: str, role: str) -> None:
    assert analyse(question, engine.index).role == role


def test_the_noun_asked_for_is_past_the_words_that_qualify_it(engine: Engine) -> None:
    query = analyse("Which newly appointed Japanese foreign minister met Ukraine's top diplomat?", engine.index)
    assert query.asked != "newli"


def test_a_passive_verb_after_what_was_asks_what_was_done_not_a_definition(engine: Engine) -> None:
    assert analyse("what was discussed in the kyrgyz meeting?", engine.index).intent == "general"
    assert analyse("what was signed at the forum?", engine.index).intent == "general"
    assert analyse("what was the G7?", engine.index).intent == "define"


def test_come_up_says_a_subject_was_talked_about_and_is_no_content_word(engine: Engine) -> None:
    query = analyse("Did Ukraine come up in the Kyrgyz talks?", engine.index)
    assert "come" not in query.keywords
    assert analyse("Infrastructure came up in several talks - which ones?", engine.index).intent == "list"


def test_a_bare_acronym_of_another_countrys_organisation_is_the_generic_word(engine: Engine) -> None:
    query = analyse("How many years does the Japan–Kyrgyz MFA cooperation program run?", engine.index)
    assert all(m.kind != "term" or "uzbekistan" not in m.id for m in query.mentions)
    assert any(m.kind == "term" for m in analyse("what did the MFA report?", engine.index).mentions)


def test_what_a_thing_is_for_is_asked_of_the_thing_not_a_meeting_occasion(engine: Engine) -> None:
    assert analyse("what is the Bucha memorial for?", engine.index).intent == "general"
    assert analyse("what was the visit for?", engine.index).intent == "why"
    answer = engine.ask("what is the Bucha memorial for?", today=TODAY)
    assert answer.answered and "dedicated to the victims" in answer.text


def test_japan_standard_time_is_the_home_clock_and_a_person_sent_to_meet_is_no_provision(engine: Engine) -> None:
    assert analyse("In Japan Standard Time, when did the Kamikawa-Kuleba meeting begin?", engine.index).japan_time
    sent = analyse("Who did Tokyo send to meet Uzbekistan's deputy foreign minister Bobur Usmanov?", engine.index)
    assert "pledge" not in sent.aspects


def test_sides_frame_a_question_of_who_and_are_no_content(engine: Engine) -> None:
    query = analyse("Which people led the Uzbekistan-Japan business forum on both sides?", engine.index)
    assert "side" not in query.keywords


@pytest.mark.parametrize(("question", "role"), [("which meeting kicked off at 2.40pm", None),
                                                ("did it start at 6:05 pm?", None),
                                                ("who is the pm of japan", "prime-minister")])
def test_pm_after_a_clock_time_is_the_time_of_day(engine: Engine, question: str, role: str | None) -> None:
    assert analyse(question, engine.index).role == role


@pytest.mark.parametrize("qualifier", ["in these reports", "going by these articles", "in the coverage"])
def test_a_qualifier_naming_the_documents_adds_no_words(engine: Engine, qualifier: str) -> None:
    plain = analyse("who were japan's foreign ministers?", engine.index)
    qualified = analyse(f"who were japan's foreign ministers {qualifier}?", engine.index)
    assert qualified.keywords == plain.keywords and qualified.intent == plain.intent


@pytest.mark.parametrize(("question", "kept"), [("What was the Usmanov-Ikegami meeting mainly about?", None),
                                                ("how many firms took part in the forum?", "firms")])
def test_a_common_english_word_is_no_slip_of_a_question_word(engine: Engine, question: str, kept: str | None) -> None:
    words = analyse(question, engine.index).words
    assert "first" not in words and words.count("many") == question.count("many")
    if kept:
        assert kept in words


def test_mainly_about_a_meeting_asks_what_was_discussed(engine: Engine) -> None:
    query = analyse("What was the Usmanov-Ikegami meeting mainly about?", engine.index)
    assert query.intent == "general" and "discuss" in query.aspects


def test_chat_shorthand_for_diplomatic(engine: Engine) -> None:
    assert "diplomatic" in analyse("uzbekstan n japan diplo ties since??", engine.index).words


def test_an_english_word_no_name_took_is_read_as_itself_or_as_a_form_of_it(engine: Engine) -> None:
    joined = analyse("Did over 200 companies join the Uzbekistan-Japan business forum?", engine.index)
    assert "join" in joined.keywords and "joint" not in joined.keywords
    titled = analyse("What is Vincent Biruta's full ministerial title?", engine.index)
    assert "minist" in titled.keywords


def test_a_region_naming_an_office_is_no_region_asked_about(engine: Engine) -> None:
    office = analyse("Is Ikegami from the foreign ministry's Asian affairs bureau?", engine.index)
    assert not any(m.kind == "country" for m in office.mentions) and "asian" in office.keywords
    region = analyse("which central asian countries met japan?", engine.index)
    assert {"kyrgyzstan", "uzbekistan"} <= {m.id for m in region.mentions if m.kind == "country"}


@pytest.mark.parametrize(
    ("text", "written"),
    [("was he the 1st fm 2 visit ukraine", "was he the first foreign minister to visit ukraine"),
     ("has kagame been 2 japan", "has kagame been to japan"),
     ("the meeting at 2:40 pm", "the meeting at 2:40 pm"),
     ("who is ukraine's pm", "who is ukraine's prime minister"),
     ("they sent 2 transformers", "they sent 2 transformers"),
     ("how many wks btwn them", "how many weeks between them"),
     ("kulubayev mtg how lng", "kulubayev meeting how long"),
     ("days between them", "how many days between them"), ("and yrs apart?", "and how many years apart?"),
     ("wat does jds stand 4 in the talks", "what does jds stand for in the talks"),
     ("he was thankful 4 emergency aid", "he was thankful for emergency aid"),
     ("they sent 4 cranes", "they sent 4 cranes"),
     ("a coop program 4 2023-2025", "a cooperation program for 2023-2025"),
     ("on july 4 2023", "on july 4 2023"),
     ("isnt jan 26 the day?", "is jan 26 the day?"), ("wait, didn't he go?", "wait, did he go?"),
     ("it is, isn't it?", "it is, isn't it?"), ("what did he say back?", "what did he say?"),
     ("what did kuleba say in response", "what did kuleba say"),
     ("whos peace formula is it", "whose peace formula is it"),
     ("whos the fm of ukraine", "whos the foreign minister of ukraine"),
     ("emergency aid for wat", "what was the emergency aid for?"),
     ("he thanked japan for what", "he thanked japan for what"), ("ovop stands 4 wat", "ovop stands for what"),
     ("he mentioned some border, which one", "which border did he mention?")],
    ids=["fm-and-2-before-a-verb", "2-after-going", "pm-after-a-clock", "pm-a-post", "2-a-figure", "btwn-and-wks",
         "lng", "a-unit-without-how-many", "a-unit-after-and", "4-after-stand", "4-after-thank", "4-a-figure",
         "4-before-a-year", "4-a-day-of-a-month", "a-question-put-in-the-negative", "negative-after-an-interjection",
         "a-negative-tag-kept", "say-back", "say-in-response", "whos-before-a-thing-is-whose",
         "whos-before-a-post", "a-thing-for-what", "a-deed-for-what-kept", "stands-for-what-kept",
         "a-thing-mentioned-then-which-one"],
)
def test_chat_shorthand_written_out(text: str, written: str) -> None:
    assert expand_shorthand(digit_for_to(text)) == written


@pytest.mark.parametrize(("text", "written"), [
    ("count the days from the forum to the talks", "how many days from the forum to the talks"),
    ("please work out the number of months between them", "please how many months between them"),
    ("count the agreements", "count the agreements"),
    ("the minister in charge of finance", "the minister of finance"),
    ("the ministry responsible for trade", "the ministry of trade"),
    ("year japan opened its embassy in kigali?", "what year japan opened its embassy in kigali?"),
    ("year of the meeting?", "year of the meeting?"),
    # (a post after a name ending in a digit; "pm" after a clock time stays the time)
    ("which g7 fms attended", "which g7 foreign ministers attended"),
    ("they met at 2 pm", "they met at 2 pm")])
def test_phrases_written_as_the_rules_read_them(text: str, written: str) -> None:
    assert expand_shorthand(text) == written


@pytest.mark.parametrize(
    ("question", "unknown"),
    [("wat did kishida n xi jinping talk abt in bali", ("xi jinping",)),
     ("what did kishida and biden discuss", ("biden",)),
     ("what did kamikawa and kuleeba talk about", ()),
     ("what did kishida and kagame talk about", ()),
     ("shmigal n hayashi talked abt wat", ()),
     ("what did kishida and yoon suk yeol discuss", ("yoon suk yeol",)),
     ("what did kishida and yoon discuss", ("yoon",))],
    ids=["two-words-joined-by-n", "one-word-then-a-verb", "a-misspelt-known-name", "both-known",
         "near-a-name-of-the-records", "three-words-one-near-a-name", "a-short-word-near-a-name"],
)
def test_lowercase_names_joined_to_a_person_are_strangers(engine: Engine, question: str,
                                                          unknown: tuple[str, ...]) -> None:
    assert analyse(question, engine.index).unknown_names == unknown


@pytest.mark.parametrize("question", ["shmigal n hayashi talked abt wat", "what did Kishida and Shmigal discuss?",
                                      "what did kishida and shmigal discuss"])
def test_a_slip_for_a_name_joined_to_a_person_is_read_as_that_person(engine: Engine, question: str) -> None:
    query = analyse(question, engine.index)
    assert [m.id for m in query.mentions if m.kind == "person"].count("denys-shmyhal") == 1, query.mentions
    assert not query.unknown_names


@pytest.mark.parametrize(
    ("question", "unknown"),
    [("what did hayashi do in lviv?", ("lviv",)),
     ("wen did hayashi vist kiev", ()),
     ("when was the embassy in tashkant opened", ()),
     ("what did he say in public", ()),
     ("wat did kishida discuss with biden at the bali g20", ("biden",)),
     ("what did hayashi talk with ukrainians about", ())],
    ids=["a-place-the-records-lack", "a-spelling-the-records-hold", "a-slip-for-a-place", "an-english-word",
         "the-other-side-of-talks", "the-other-side-an-english-word"],
)
def test_lowercase_places_the_records_lack_are_strangers(engine: Engine, question: str,
                                                         unknown: tuple[str, ...]) -> None:
    assert analyse(question, engine.index).unknown_names == unknown


def test_a_known_name_joined_to_an_english_word_is_no_stranger(engine: Engine) -> None:
    query = analyse("Which Japanese-backed projects did the ministers praise?", engine.index)
    assert query.unknown_names == ()
    assert analyse("Did Kishida meet Xi-Jinping?", engine.index).unknown_names != ()


@pytest.mark.parametrize(("question", "intent"), [
    ("How large in yen was the grant?", "quantity"),
    ("Name all the G7 ministers who took part in the meeting.", "who"),
    ("in which cities did those meetings take place?", "where"),
    ("which places came up in their talks?", "general"),
    ("he thanked japan for aid linked to the border with which country", "general"),
    ("which country did he visit in the autumn?", "where"),
], ids=["how-large-is-an-amount", "name-all-with-a-figure-in-the-noun", "which-cities-is-where",
        "places-that-came-up-are-no-where", "a-country-after-with-is-no-where", "which-country-visited-is-where"])
def test_more_ways_to_ask_an_amount_or_people(engine: Engine, question: str, intent: str) -> None:
    assert analyse(question, engine.index).intent == intent


def test_in_a_place_for_what_asks_why(engine: Engine) -> None:
    query = analyse("kamikawa in NY for wat", engine.index)
    assert query.intent == "why" and ("place", "new-york") in {(m.kind, m.id) for m in query.mentions}


def test_a_why_at_the_end_asks_why(engine: Engine) -> None:
    assert analyse("kamikawa in NY y", engine.index).intent == "why"
    assert analyse("hayashi in kyiv why?", engine.index).intent == "why"


@pytest.mark.parametrize("question", ["What does the year 1992 mark in the Uzbekistan–Japan story?",
                                      "What is January 26, 1992 remembered for in Japan–Uzbekistan history?",
                                      "whats 14 nov 2022 the date of?", "what is the month of October linked to?",
                                      "What two things does the Rwanda article tie to the year 1962?"])
def test_what_a_date_marks_asks_what_happened_then(engine: Engine, question: str) -> None:
    assert analyse(question, engine.index).intent == "on_date"


def test_what_a_record_is_about_is_no_question_of_a_date(engine: Engine) -> None:
    assert analyse("what is the meeting about?", engine.index).intent != "on_date"


def test_at_the_time_is_no_question_of_the_time(engine: Engine) -> None:
    assert analyse("What gathering had brought Kamikawa to New York at the time?", engine.index).intent != "time"
    assert analyse("and the time?", engine.index).intent == "time"


def test_again_at_the_end_of_a_question_asks_it_once_more() -> None:
    assert without_again("whats his job again?") == "whats his job?"
    assert without_again("did he visit again?") == "did he visit again?"


def test_chat_2_for_to_after_aid() -> None:
    assert digit_for_to("emergency aid 2 kyrgyzstan") == "emergency aid to kyrgyzstan"
    assert digit_for_to("what did he thank japan 4") == "what did he thank japan for"
    assert digit_for_to("how many cranes? 4") == "how many cranes? 4"
    assert digit_for_to("wat was it responding 2") == "wat was it responding to"


def test_a_figure_in_words_is_written_in_digits() -> None:
    assert digit_for_to("more than a thousand generators") == "more than 1,000 generators"
    assert digit_for_to("two hundred companies and $7 billion") == "200 companies and $7 billion"



@pytest.mark.parametrize(("question", "kind"), [
    ("How long did the talks between Tokyo's and Kyiv's foreign ministers in New York last?", "country"),
    ("How many cranes did Tokyo promise Kyiv?", "country"),
    ("what did Hayashi do in Kyiv?", "place"),
])
def test_a_capital_that_acts_or_owns_is_its_government(engine: Engine, question: str, kind: str) -> None:
    kyiv = [m for m in analyse(question, engine.index).mentions if m.id in ("kyiv", "ukraine")]
    assert kyiv and all(m.kind == kind for m in kyiv)



def test_in_what_contexts_someone_comes_up_asks_about_them(engine: Engine) -> None:
    query = analyse("In what different contexts does PM Kishida come up?", engine.index)
    assert query.intent == "about" and not query.keywords


def test_a_question_opening_with_an_auxiliary_and_no_question_word_is_a_claim(engine: Engine) -> None:
    question = "do japan n rwanda go back as far as rwandan independance?"
    assert analyse(question, engine.index).intent == "yes_no"
    assert engine.ask(question, today=TODAY).title == "Yes"
    assert analyse("how far back do japan and rwanda go?", engine.index).intent == "when"


@pytest.mark.parametrize(("question", "intent"), [
    ("Who were the targets of the Russian attacks Kamikawa condemned?", "general"),
    ("who were the victims of the killings in Bucha?", "general"),
    ("who were the participants of the meeting?", "who"),
])
def test_who_of_a_thing_the_records_say_is_no_question_of_who_took_part(
        engine: Engine, question: str, intent: str) -> None:
    assert analyse(question, engine.index).intent == intent


def test_a_leading_clause_of_things_set_aside_adds_no_countries_to_match(engine: Engine) -> None:
    query = analyse("Besides backing Ukraine and tightening sanctions on Russia, what seasonal help did Hayashi "
                    "promise?", engine.index)
    assert "sanction" in query.keywords and "season" in query.keywords
    assert [m.kind for m in query.mentions] == ["person"]
    named = analyse("Besides Kishida, who did Kagame meet?", engine.index)  # names alone: no clause of things
    assert {m.id for m in named.mentions} == {"fumio-kishida", "paul-kagame"}


@pytest.mark.parametrize(("question", "intent"), [
    ("Which multilateral dialogue brought Kulubaev to Japan?", "why"),
    ("Which Japan meetings took place in 2022?", "list"),
])
def test_what_gathering_brought_someone_asks_the_occasion(engine: Engine, question: str, intent: str) -> None:
    assert analyse(question, engine.index).intent == intent
    if intent == "why":
        assert "Central Asia plus Japan" in engine.ask(question, today=TODAY).text


def test_chat_2_before_a_name_is_to_and_a_count_stays(engine: Engine) -> None:
    assert "to" in analyse("did kamikawa send generators 2 ukraine", engine.index).words
    assert "2" in analyse("did kamikawa send 2 ukrainian officials a letter", engine.index).words
    assert "2" in analyse("did japan send 2 transformers", engine.index).words


def test_which_with_a_plural_of_a_people_asks_for_people_of_that_country(engine: Engine) -> None:
    query = analyse("Which Ukrainians did Japan's foreign ministers meet?", engine.index)
    assert query.intent == "who" and ("country", "ukraine") in query.entities()
    assert analyse("Which Ukrainian cities did he visit?", engine.index).intent != "who"


def test_what_was_the_outcome_asks_what_came_of_a_meeting_not_a_definition(engine: Engine) -> None:
    assert analyse("what was the main outcome?", engine.index).intent == "general"
    assert analyse("what is the Peace Formula?", engine.index).intent == "define"


def test_on_the_table_is_what_was_discussed() -> None:
    assert expand_shorthand("what subjects were on the table when they met?") == \
        "what subjects were discussed when they met?"


def test_main_or_chief_says_which_of_what_is_asked_not_a_word_to_find(engine: Engine) -> None:
    assert "main" not in analyse("what was the main outcome?", engine.index).keywords
    assert "key" in analyse("did Zelenskyy call Japan a key partner?", engine.index).keywords


def test_what_brought_someone_somewhere_asks_why(engine: Engine) -> None:
    assert analyse("what had brought her there?", engine.index).intent == "why"
    assert analyse("what took Kulubaev to Japan?", engine.index).intent == "why"
    assert analyse("what did Japan bring to the talks?", engine.index).intent != "why"


@pytest.mark.parametrize(("text", "unknown"), [
    ("when did mirziyoyev last visit tokyo", ["mirziyoyev"]),
    ("has tokayev ever met kishida?", ["tokayev"]),
    ("did kishda meet kagame", []),
    ("What time did Hayashi's meeting with Kulubaev begin?", []),
    ("when did he visit kyiv", []),
    ("when did hayashi visit bishkek", ["bishkek"]),  # the place of a journey
    ("wen did hayashi visit odesa", ["odesa"]),  # no inflection of an English word ("ode", "odes")
    ("was the hayashi kulubaev mtg in tokyo or osaka", ["osaka"]),  # joined to a place by "or"
    ("wat did kamikawa tell lavrov at the un", ["lavrov"]),  # the one spoken to
    ("what did kamikawa tell kuleba", []),
    ("where did he go to honour the victims", []),  # a British spelling of an English word
    ("wen did hayashi vist kiev", []),  # a spelling of a place the records hold
    ("did kamikawa travel to new york", []),
    ("the memorial hayashi visited honours victims killed in which months?", []),  # a verb, no place
])
def test_a_lower_case_word_in_a_names_place_that_is_no_word_is_an_unknown_name(
        engine: Engine, text: str, unknown: list[str]) -> None:
    assert list(analyse(text, engine.index).unknown_names) == unknown


def test_a_countrys_government_is_the_country(engine: Engine) -> None:
    assert "govern" not in analyse("did Shmyhal meet anyone from the Japanese government?", engine.index).keywords
    # ("a Japanese government minister": the government is of the post claimed, and stays)
    assert "govern" in analyse("Is Kudratov a Japanese government minister?", engine.index).keywords


def test_which_country_someone_mentioned_asks_no_place(engine: Engine) -> None:
    assert analyse("which country did Kulubaev mention when thanking Japan for aid?", engine.index).intent != "where"
    assert analyse("which country did Kulubaev visit?", engine.index).intent == "where"


def test_as_well_at_the_end_is_no_word_a_record_must_hold() -> None:
    assert without_again("Did Kishida go to Ukraine as well?") == "Did Kishida go to Ukraine?"
    assert without_again("was it as well attended?") == "was it as well attended?"


@pytest.mark.parametrize("question", ["the kyrgyz mtg went like an hour right", "the kyrgyz mtg went for an hour yeah?",
                                      "kagame n kishida met at the g7 didnt they"])
def test_a_statement_with_a_tag_is_a_yes_no_claim_with_or_without_a_question_mark(engine: Engine,
                                                                                  question: str) -> None:
    assert analyse(question, engine.index).intent == "yes_no"


@pytest.mark.parametrize("question", ["japan pledged 24 demining cranes ya",
                                      "japan gave ukraine 500 generators last yr", "14 agreements signed at the forum",
                                      "the bali mtg was in jakarta",
                                      "the forum only had like 50 companies"])
def test_a_short_statement_typed_without_a_question_mark_is_a_yes_no_claim(engine: Engine, question: str) -> None:
    assert analyse(question, engine.index).intent == "yes_no"


@pytest.mark.parametrize("question", ["meetings hayashi attended", "any other areas discussed",
                                      "month and year japan opened its embassy in tashkent", "kagame n kishda met were",
                                      "Japan's newly appointed woman foreign minister met her Ukrainian counterpart in "
                                      "September 2023", "and the one kamikawa had in NY?"])
def test_a_request_a_long_statement_or_a_misspelt_where_typed_without_a_question_mark_is_no_claim(
        engine: Engine, question: str) -> None:
    assert analyse(question, engine.index).intent != "yes_no"


@pytest.mark.parametrize("question", ["kagame kishida mtg location", "the business forum city?", "the talks venue"])
def test_a_record_named_then_a_kind_of_place_asks_where(engine: Engine, question: str) -> None:
    assert analyse(question, engine.index).intent == "where"


@pytest.mark.parametrize("question", ["hayashi's mtg w the kyrgyz fm was in dec 2022?",
                                      "the central asia + japan FM mtg kulubaev came for was the 10th one?",
                                      "rwanda jp ties go back to 1962?"])
def test_a_long_statement_putting_a_figure_or_an_ordinal_to_its_subject_with_a_question_mark_is_a_claim(
        engine: Engine, question: str) -> None:
    assert analyse(question, engine.index).intent == "yes_no"


@pytest.mark.parametrize("question", ["meetings that were held in 2022?", "the 2022 meeting was held where?",
                                      "what the first meeting was about in 2022?"])
def test_records_asked_by_a_clause_of_a_figure_are_no_claim(engine: Engine, question: str) -> None:
    assert analyse(question, engine.index).intent != "yes_no"


def test_a_long_statement_of_a_date_is_confirmed_with_its_record(engine: Engine) -> None:
    answer = engine.ask("hayashi's mtg w the kyrgyz fm was in dec 2022?")
    assert answer.answered and answer.text.startswith("Yes") and "24 December 2022" in answer.text, answer.text
    denied = engine.ask("hayashi's mtg w the kyrgyz fm was in dec 2021?")
    assert not denied.text.startswith("Yes"), denied.text


def test_a_duration_claimed_in_chat_is_denied_with_the_recorded_one(engine: Engine) -> None:
    answer = engine.ask("the kyrgyz mtg went like an hour right")
    assert answer.answered and answer.text.startswith(("No\n", "No,")) and "30 minutes" in answer.text, answer.text


def test_a_verb_after_a_name_is_no_noun_of_a_longer_name(engine: Engine) -> None:
    found = analyse("Whom did Ikegami Masaki of Japan's foreign ministry meet on January 26?", engine.index)
    terms = [m.id for m in found.mentions if m.kind == "term"]
    assert terms and all("meeting" not in engine.kb.terms[t].name.lower() for t in terms), terms


def test_chat_abbreviations_of_units_and_difference_are_written_out() -> None:
    assert expand_shorthand("time diff in hrs") == "time difference in hours"


@pytest.mark.parametrize(("question", "intent"), [
    ("Which meeting was the Kyrgyz foreign minister in Japan to attend in December 2022?", "why"),
])
def test_which_meeting_someone_was_somewhere_to_attend_asks_what_brought_them(engine: Engine, question: str,
                                                                              intent: str) -> None:
    assert analyse(question, engine.index).intent == intent


def test_what_a_meeting_with_someone_was_about_asks_what_was_discussed(engine: Engine) -> None:
    assert "discuss" in analyse("What was Usmanov's meeting with Ikegami about?", engine.index).aspects


@pytest.mark.parametrize(("text", "outside"), [
    ("who represented kazakstan at the dialogue?", ["Kazakhstan"]),
    ("did japan ever meet turkmenstan?", ["Turkmenistan"]),
    ("what did the ministers discuss?", []),
    ("what did they discuss about reconstruction?", []),
])
def test_a_slip_in_the_name_of_a_country_outside_the_records(engine: Engine, text: str, outside: list[str]) -> None:
    assert list(analyse(text, engine.index).outside) == outside


@pytest.mark.parametrize("text", ["what prompted it?", "so what triggered the aid?", "what was behind that?",
                                  "what motivated the visit?"])
def test_what_prompted_it_asks_why(engine: Engine, text: str) -> None:
    query = analyse(text, engine.index)
    assert query.intent == "why"
    assert not {"prompt", "trigger", "behind", "motiv"} & set(query.keywords)


@pytest.mark.parametrize(("text", "role"), [("what did the head of Ukraine's government say?", "prime-minister"),
                                            ("who is the head of the Rwandan state?", "president"),
                                            ("who is the head of government?", "prime-minister")])
def test_a_head_of_government_or_state_is_a_post(engine: Engine, text: str, role: str) -> None:
    assert analyse(text, engine.index).role == role


@pytest.mark.parametrize("question", [
    "For what did Foreign Minister Kulubaev express his gratitude to Japan?",
    "What did the foreign minister say about peace?",
])
def test_what_did_a_titled_person_do_asks_no_person(engine: Engine, question: str) -> None:
    assert analyse(question, engine.index).intent != "who"


def test_which_ministers_still_asks_for_people(engine: Engine) -> None:
    assert analyse("Which Rwandan ministers attended the meeting?", engine.index).intent == "who"


@pytest.mark.parametrize(("question", "aside"), [
    ("Apart from IT and education, which sectors did the agreements cover?", {"educ"}),
    ("what did they cover besides tourism and culture?", {"tourism", "cultur"}),
    ("which fields beyond geodesy did they name?", {"geodesi"}),
    ("The agreements went beyond which two sectors?", set()),  # the question word is what is asked
    ("besides those two, who else did he meet?", set()),  # a pointer and a count set nothing aside
    ("Which sectors did the agreements cover?", set()),
])
def test_the_things_a_question_sets_aside(engine: Engine, question: str, aside: set[str]) -> None:
    assert analyse(question, engine.index).set_aside == aside


def test_a_short_name_asked_where_it_was_read_asks_its_long_name_alone(engine: Engine) -> None:
    read = analyse("wats OVOP stand for in the japan kyrgyz fm mtg", engine.index)
    assert read.intent == "define"
    assert [(m.kind, m.id) for m in read.mentions] == [("term", "ovop")]
    assert read.role is None and read.keywords == ()
    assert analyse("what was significant about the Japan-Kyrgyz meeting?", engine.index).intent == "general"


@pytest.mark.parametrize("question", ["what is OVOP in the kyrgyz fm meeting",
                                      "and what was JDS at the Kyrgyz FM talks?"])
def test_a_term_asked_with_where_it_came_up_asks_the_term_alone(engine: Engine, question: str) -> None:
    read = analyse(question, engine.index)
    assert read.intent == "define" and [m.kind for m in read.mentions] == ["term"] and read.role is None
    answer = engine.ask(question)
    assert answer.kind == "term" and read.mentions[0].id.upper() in answer.text, answer.text


def test_a_reflexive_that_stresses_who_is_no_detail_of_when_or_where(engine: Engine) -> None:
    assert "himself" not in " ".join(analyse("When did Kishida himself visit Ukraine?", engine.index).keywords)
    answer = engine.ask("When did Kishida himself visit Ukraine?")
    assert answer.answered and "March 2023" in answer.text, answer.text
    # a claim about the person himself keeps it: his own study is not his country's students'
    assert analyse("Did Kulubaev himself study in Japan?", engine.index).keywords.count("himself") == 1


def test_listing_a_people_noun_asks_who(engine: Engine) -> None:
    # "list all the Ukrainians Japan met with" asks for people, as "which Ukrainians did Japan meet?" does
    assert analyse("list all the ukrainians japan met with", engine.index).intent == "who"
    assert analyse("which ukrainians did japan meet?", engine.index).intent == "who"


@pytest.mark.parametrize(
    ("question", "unknown"),
    [("n akmal saidov", ("akmal saidov",)), ("what about tokayev?", ("tokayev",)), ("and rwanda?", ()),
     ("and agriculture?", ()), ("n hayshi?", ()), ("n wher?", ())],
    ids=["two-words-after-n", "one-word-after-what-about", "a-country", "an-english-word", "a-slip-for-a-name",
         "a-slip-for-a-question-word"],
)
def test_a_lowercase_name_alone_after_and_is_a_stranger(engine: Engine, question: str,
                                                          unknown: tuple[str, ...]) -> None:
    assert analyse(question, engine.index).unknown_names == unknown


@pytest.mark.parametrize("text", ["usmanov met who from japan", "kuleba talked with who in ny",
                                  "so hayashi saw whom in kyiv?"])
def test_a_question_word_where_the_person_stands_asks_who(engine: Engine, text: str) -> None:
    assert analyse(text, engine.index).intent == "who"


def test_a_gap_to_another_clock_is_a_time_difference(engine: Engine) -> None:
    assert last_answer(engine, "kuleba mtg started wat time local", "whats the gap to japan time then").text \
        .count("13 hours") == 1


@pytest.mark.parametrize("text", ["ukrainian officials japan met w, list pls",
                                  "rwandan ministers at the meeting, list them"])
def test_people_said_first_and_a_list_asked_after_is_who(engine: Engine, text: str) -> None:
    assert analyse(text, engine.index).intent == "who"


def test_a_kind_of_meeting_named_by_a_term_asks_for_meetings(engine: Engine) -> None:
    assert analyse("which G7 meeting did she mention?", engine.index).intent == "list"
    assert analyse("which dialogue meeting brought him to Japan?", engine.index).intent != "list"


def test_a_place_located_is_asked_where(engine: Engine) -> None:
    assert analyse("which oblast is Bucha located in?", engine.index).intent == "where"
    answer = last_answer(engine, "In which region is Bucha located, according to the article on Hayashi's visit?")
    assert answer.answered and "Kyiv Oblast" in answer.text, answer.text


def test_chat_stuff_discussed_is_the_issues(engine: Engine) -> None:
    answer = last_answer(engine, "hayashi n the kyrgyz fm met when?", "what intl stuff did they discuss")
    assert answer.answered and "discussed" in answer.text, answer.text


def test_a_region_wanted_on_board_is_no_place_asked(engine: Engine) -> None:
    assert analyse("which region did Kamikawa want to bring on board?", engine.index).intent != "where"


@pytest.mark.parametrize("text", ["every ukrainian official japan's ministers met?",
                                  "all the ministers kagame took along?"])
def test_every_one_of_a_kind_of_people_is_asked_for_not_claimed(engine: Engine, text: str) -> None:
    assert analyse(text, engine.index).intent == "who"


def test_the_stuff_is_the_thing_just_discussed(engine: Engine) -> None:
    answer = last_answer(engine, "how did japan help rwanda w covid", "wat yr", "where did the stuff go")
    assert answer.answered and "Kigali" in answer.text, answer.text


def test_the_people_of_which_country_is_a_question_of_who_not_where(engine: Engine) -> None:
    assert analyse("the leader of which African country met Japan's prime minister in Bali?",
                   engine.index).intent == "who"
    assert analyse("In which country did Kishida meet Kagame?", engine.index).intent == "where"


@pytest.mark.parametrize("text", ["Which Japanese officials met Ukrainian officials in 2023, per the docs?",
                                  "who met Kuleba according to the docs?"])
def test_words_for_the_documents_add_nothing_to_look_for(engine: Engine, text: str) -> None:
    assert not {"doc", "docs"} & set(analyse(text, engine.index).keywords)


def test_the_documents_a_question_says_it_looks_in_add_nothing_to_look_for(engine: Engine) -> None:
    assert set(analyse("Has Japan held any talks with Uzbekistan that your sources cover?",
                       engine.index).keywords) <= {"held", "talk"}


def test_engagements_are_asked_for_as_a_list_of_meetings(engine: Engine) -> None:
    assert analyse("List Kishida's engagements.", engine.index).intent == "list"


@pytest.mark.parametrize("text", ["List every meeting, oldest first.", "list the meetings in chronological order",
                                  "List every meeting between Japanese and foreign officials."])
def test_how_a_list_is_sorted_and_whose_officials_add_nothing_to_look_for(engine: Engine, text: str) -> None:
    assert not {"oldest", "first", "chronolog", "order", "foreign"} & set(analyse(text, engine.index).keywords)


@pytest.mark.parametrize(("question", "dropped"), [
    ("which ukrainian officials did japanese ministers actually meet?", {"actually"}),
    ("Who met Kuleba? give me all of them", {"give", "all", "them"}),
    ("who met Kuleba, all of them please", {"all", "them", "please"}),
    ("Why was he in Velda? Give both reasons.", {"give", "both", "reasons"})])
def test_a_stress_or_a_call_for_every_one_is_no_content(engine: Engine, question: str, dropped: set[str]) -> None:
    assert not dropped & set(analyse(question, engine.index).words)


def test_a_call_for_every_one_lists_every_one(engine: Engine) -> None:
    answer = engine.ask("which ukrainian officials did japanese ministers actually meet? give me all of them")
    assert all(name in answer.text for name in ("Zelenskyy", "Shmyhal", "Kuleba")), answer.text


@pytest.mark.parametrize(("question", "asked"), [
    ("Which meetings involving Velda in 2022 are covered?", None),
    ("Which agreements concerning trade were signed?", "agreement"),
    ("What big gathering was she in New York for?", "gather")])
def test_a_participle_after_the_noun_is_no_thing_asked(engine: Engine, question: str, asked: str | None) -> None:
    assert analyse(question, engine.index).asked == asked


@pytest.mark.parametrize(("question", "venue"), [
    ("Did Hayashi visit a memorial in Bucha?", False), ("did they talk about the situation in Ukraine?", False),
    ("did hayashi hold talks in kyiv?", True), ("did kamikawa meet kuleba in kyiv?", True)])
def test_a_place_of_a_thing_is_no_venue(engine: Engine, question: str, venue: bool) -> None:
    assert bool(analyse(question, engine.index).venues) == venue


def test_an_edition_asked_is_found_by_the_ordinal_a_record_gives(engine: Engine) -> None:
    answer = engine.ask("Which edition of the Central Asia–Japan foreign ministers' dialogue brought Kyrgyzstan's "
                        "top diplomat to Japan?")
    assert answer.answered and re.search(r"9th|ninth", answer.text), answer.text


def test_a_request_to_list_is_no_claim(engine: Engine) -> None:
    assert analyse("list the meetings held in 2023?", engine.index).intent != "yes_no"
    assert analyse("Could you list the meetings held in 2023?", engine.index).intent != "yes_no"
    assert analyse("Hayashi met Kuleba in Kyiv?", engine.index).intent == "yes_no"


def test_what_the_records_report_done_is_what_was_done() -> None:
    assert expand_shorthand("which officials are reported meeting a minister?") == "which officials met a minister?"
    assert expand_shorthand("on which dates do the documents show hayashi holding talks?") == \
        "on which dates did hayashi hold talks?"
    assert expand_shorthand("who met a foreign government counterpart?") == "who met a foreign counterpart?"


@pytest.mark.parametrize(("question", "asked"), [
    ("Which Japanese embassy official went with Hayashi to Bucha?", "offici"),
    ("Which junior minister from Japan's trade ministry co-steered the forum?", "minist"),
    # a list of kinds joined by "or" keeps its first
    ("Which foreign leaders or ministers did Hayashi meet?", "foreign"),
])
def test_a_compound_ending_in_a_person_noun_asks_for_that_person(engine: Engine, question: str,
                                                                 asked: str | None) -> None:
    assert analyse(question, engine.index).asked == asked


@pytest.mark.parametrize("text", ["length", "and the length?", "length?"])
def test_a_length_asked_alone_is_a_duration(engine: Engine, text: str) -> None:
    assert analyse(text, engine.index).intent == "duration"


def test_minutes_added_together_are_a_total(engine: Engine) -> None:
    answer = engine.ask("Added together, how many minutes did the two foreign ministers meetings with a stated length "
                        "take?", today=TODAY)
    assert answer.answered and "55 minutes" in answer.title, answer.text


@pytest.mark.parametrize(("text", "intent"), [("rwandan leader + jpn PM meeting, where?", "where"),
                                              ("occasion?", "why"), ("and the occasion", "why")])
def test_a_detail_asked_by_a_bare_word_is_that_detail(engine: Engine, text: str, intent: str) -> None:
    query = analyse(text, engine.index)
    assert query.intent == intent and "occas" not in query.keywords, query


def test_the_occasion_alone_after_a_meeting_is_that_meetings(engine: Engine) -> None:
    answer = last_answer(engine, "rwandan leader + jpn PM meeting, where?", "occasion?")
    assert "G20" in answer.text and "New York" not in answer.text, answer.text


@pytest.mark.parametrize(("text", "role"), [
    ("which Japanese leader had been to Ukraine earlier that year?", "leader"),
    ("when did the Rwandan leader meet Kishida?", "leader"),
    ("which heads of state or government did Japan's ministers meet?", "leader"),
    # "leaders" of a country are as often its ministers too; "a leader or minister" is any official
    ("which Ukrainian leaders did Hayashi meet?", None),
    ("list every meeting between a Japanese foreign minister and a Ukrainian leader or minister", "foreign-minister"),
])
def test_a_leader_is_a_class_of_posts(engine: Engine, text: str, role: str | None) -> None:
    assert analyse(text, engine.index).role == role


@pytest.mark.parametrize("text", ["when was the G7 FM meeting?", "when was the G7 foreign minister meeting?"])
def test_a_post_before_a_gathering_noun_names_a_meeting_of_that_level(engine: Engine, text: str) -> None:
    query = analyse(text, engine.index)
    assert query.role is None and "fm" not in query.keywords and "foreign" in query.keywords
    # the possessive is whose meeting it is
    assert analyse("when was the foreign minister's meeting with Kuleba?", engine.index).role == "foreign-minister"


def test_deepening_cooperation_is_strengthening_it(engine: Engine) -> None:
    answer = engine.ask("Which sectors did Kagame and Kishida talk about for deepening their cooperation?", today=TODAY)
    assert answer.answered and "climate change" in answer.text and "infrastructure" in answer.text, answer.text


def test_a_person_said_before_a_thing_named_after_them_is_part_of_its_name(engine: Engine) -> None:
    query = analyse("did kamikawa bring up zelenskys peace formula with kuleba?", engine.index)
    assert ("term", "peace-formula") in query.entities() and ("person", "volodymyr-zelenskyy") not in query.entities()
    answer = last_answer(engine, "did the japanese FM bring up zelenskys peace formula when she met kuleba?")
    assert answer.title == "Yes" and "Indo-Pacific" in answer.text, answer.text
    # the holder of a meeting said before it stays a person of the question
    query = analyse("kamikawa g7 mtg date + city pls", engine.index)
    assert ("person", "yoko-kamikawa") in query.entities()


def test_list_everyone_someone_met_asks_who_they_met(engine: Engine) -> None:
    assert analyse("List everyone hayashi held talks with in these docs", engine.index).intent == "who"
    answer = last_answer(engine, "List everyone hayashi held talks with in these docs")
    assert all(name in answer.text for name in ("Kulubaev", "Zelenskyy", "Shmyhal")), answer.text


@pytest.mark.parametrize("text", ["when did hayashi head to kyiv", "has kagame headed to japan",
                                  "when was kulubaev heading home"])
def test_heading_somewhere_is_a_journey_not_a_word_of_heads_of_state(engine: Engine, text: str) -> None:
    query = analyse(text, engine.index)
    assert not {"head", "heade", "headed", "heading"} & set(query.keywords), query.keywords


def test_heading_a_body_is_leading_it(engine: Engine) -> None:
    query = analyse("who was the japanese banker that headed rwanda's central bank", engine.index)
    assert "head" in query.keywords or "headed" in query.keywords, query.keywords


@pytest.mark.parametrize("text", ["Name every Uzbek official the documents mention.",
                                  "which uzbek officials are mentioned in the records?"])
def test_where_the_asked_things_are_mentioned_is_no_word_of_them(engine: Engine, text: str) -> None:
    query = analyse(text, engine.index)
    assert not {"mention", "document", "record"} & set(query.keywords), query.keywords
    answer = engine.ask(text, today=TODAY)
    assert answer.answered and "Usmanov" in answer.text and "Kudratov" in answer.text, answer.text


def test_a_mention_said_before_the_thing_is_not_where_it_is_mentioned(engine: Engine) -> None:
    query = analyse("what did the kyrgyz minister mention about students?", engine.index)
    assert "mention" in query.keywords, query.keywords


def test_what_else_someone_was_somewhere_for_asks_why(engine: Engine) -> None:
    assert analyse("what else was kulubaev in japan for", engine.index).intent == "why"


def test_named_before_the_things_counted_is_no_word_of_them(engine: Engine) -> None:
    query = analyse("hayashi met how many named ukrainian leaders in kyiv?", engine.index)
    assert "name" not in query.keywords and "named" not in query.keywords, query.keywords
    answer = engine.ask("hayashi met how many named ukrainian leaders in kyiv?", today=TODAY)
    assert answer.answered and answer.title.startswith("2 "), answer.text


def test_who_was_with_someone_from_his_government_asks_who_accompanied_him(engine: Engine) -> None:
    answer = last_answer(engine, "hi, who did kagame meet at the g20 in bali?",
                         "who was with the Rwandan leader from his government")
    assert "Biruta" in answer.text and "Ndagijimana" in answer.text, answer.text


def test_a_persons_capital_as_a_place_is_their_country(engine: Engine) -> None:
    query = analyse("In which year did Japan open an embassy in Kagame's capital?", engine.index)
    assert ("country", "rwanda") in {(m.kind, m.id) for m in query.mentions}, query.mentions
    assert "paul-kagame" not in {m.id for m in query.mentions}, query.mentions
    asked_of = analyse("what is kuleba's country", engine.index)
    assert "dmytro-kuleba" in {m.id for m in asked_of.mentions}, asked_of.mentions


@pytest.mark.parametrize(("text", "asked"), [("what topics did they cover", "discuss"),
                                             ("when was his trip made public", "announc"),
                                             ("who put their signatures on the program", "sign")])
def test_words_of_talks_and_announcements_said_otherwise(engine: Engine, text: str, asked: str) -> None:
    query = analyse(text, engine.index)
    assert asked in query.keywords or asked in query.aspects, (query.keywords, query.aspects)


def test_joining_a_bureau_is_an_appointment_not_a_meeting_of_its_official(engine: Engine) -> None:
    answer = engine.ask("When did Ikegami Masaki join the Bureau of European Affairs?", today=TODAY)
    assert not answer.answered and "26 January 2024" not in answer.text, answer.text


def test_putting_a_signature_on_a_document_is_signing_it_not_meeting(engine: Engine) -> None:
    answer = engine.ask("who put their signatures on the cooperation program?", today=TODAY)
    assert not answer.answered and "signing" in answer.text, answer.text


def test_changing_a_post_holder_is_appointing_a_new_one_not_a_meeting_of_the_post(engine: Engine) -> None:
    answer = engine.ask("why did japan change its foreign minister?", today=TODAY)
    assert not answer.answered and "G7" not in answer.text, answer.text
    when = engine.ask("when did japan replace its foreign minister?", today=TODAY)
    assert not when.answered and "appoint" in when.text, when.text


def test_taking_office_is_an_appointment(engine: Engine) -> None:
    answer = engine.ask("On what date did the Japanese foreign minister who met Kuleba in New York take office?",
                        today=TODAY)
    assert not answer.answered and "appointment" in answer.text, answer.text


@pytest.mark.parametrize(("text", "role"), [
    ("What did the head of Kyrgyz diplomacy thank Japan for?", "foreign-minister"),
    ("who is Ukraine's chief diplomat?", "foreign-minister")])
def test_a_chief_or_head_of_diplomacy_is_a_foreign_minister(engine: Engine, text: str, role: str) -> None:
    query = analyse(text, engine.index)
    assert query.role == role, query
    assert "kyrgyz" not in text.lower() or ("country", "kyrgyzstan") in {(m.kind, m.id) for m in query.mentions}


def test_a_country_said_with_or_not_names_no_country(engine: Engine) -> None:
    answer = engine.ask("List every foreign minister mentioned, Japanese or not.", today=TODAY)
    assert "Kuleba" in answer.text and "Biruta" in answer.text and "Kamikawa" in answer.text, answer.text


def test_setting_up_is_establishing_and_an_embassy_that_began_operations_was_established(engine: Engine) -> None:
    answer = last_answer(engine, "Who met Kagame?", "what year were relations between the two countries set up?")
    assert answer.answered and "1962" in answer.text and "14 November 2022" not in answer.text, answer.text
    embassy = engine.ask("when was the embassy in Tokyo established?", today=TODAY)
    assert embassy.answered and "1996" in embassy.text, embassy.text


def test_business_people_are_the_company_representatives_records_name(engine: Engine) -> None:
    answer = engine.ask("were business people at Hayashi's meeting with Shmyhal?", today=TODAY)
    assert answer.answered and answer.text.startswith("Yes"), answer.text
    counted = engine.ask("how many businessmen attended the forum?", today=TODAY)
    assert counted.answered and "200" in counted.text, counted.text
    elsewhere = engine.ask("did Kamikawa meet business leaders in New York?", today=TODAY)
    assert not elsewhere.answered, elsewhere.text


def test_a_clock_time_with_its_pm_joined_is_a_time_not_a_word(engine: Engine) -> None:
    query = analyse("the Kamikawa-Kuleba meeting started at 6:05pm?", engine.index)
    assert not any("pm" in k for k in query.keywords), query.keywords
    answer = engine.ask("the Kamikawa-Kuleba meeting started at 6:05pm?", today=TODAY)
    assert answer.answered and answer.text.startswith("Yes"), answer.text


def test_the_post_of_someones_government_is_the_post_of_their_country(engine: Engine) -> None:
    query = analyse("did kishida's foreign minister attend the Bali meeting?", engine.index)
    assert ("country", "japan") in {(m.kind, m.id) for m in query.mentions}, query.mentions
    assert "fumio-kishida" not in {m.id for m in query.mentions}, query.mentions
    brought = last_answer(engine, "who was Rwanda's finance minister at the Bali meeting?",
                          "did kishida bring his own foreign minister to it?")
    assert not brought.answered, brought.text
    partner = engine.ask("who was Kagame's foreign minister at the Bali meeting?", today=TODAY)
    assert partner.answered and "Biruta" in partner.text, partner.text


def test_a_lower_case_word_joined_to_a_persons_name_by_and_is_an_unknown_name(engine: Engine) -> None:
    assert analyse("wat did hayashi n blinken talk about", engine.index).unknown_names == ("blinken",)
    assert analyse("what did hayashi and shmyhal discuss", engine.index).unknown_names == ()
    assert analyse("what did kagame and kishda discuss", engine.index).unknown_names == ()


def test_a_countrys_code_names_it(engine: Engine) -> None:
    query = analyse("what sectors did the japanese cos pitch in ukr", engine.index)
    assert ("country", "ukraine") in {(m.kind, m.id) for m in query.mentions}, query.mentions


def test_concentrating_on_a_thing_is_devoting_oneself_to_it(engine: Engine) -> None:
    answer = engine.ask("What did Hattori focus on in Rwanda?", today=TODAY)
    assert answer.answered and answer.kind != "several" and "agricultural" in answer.text, answer.text


def test_who_a_country_sent_is_who_represented_it_or_went_there(engine: Engine) -> None:
    corrected = last_answer(engine, "who met the kyrgyz FM from the japanese side?",
                            "no sorry, I meant the Uzbek one - who did Japan send?")
    assert corrected.answered and "Ikegami" in corrected.text, corrected.text
    went = engine.ask("who did Japan send to Ukraine?", today=TODAY)
    assert went.answered and "Hayashi" in went.text and "generators" not in went.text, went.text


def test_visiting_a_place_when_meeting_someone_is_being_there(engine: Engine) -> None:
    answer = engine.ask("was hayashi visiting kyrgyzstan when he met kulubaev?", today=TODAY)
    assert answer.answered and answer.title.startswith("No"), answer.text


def test_future_events_are_the_upcoming_ones_records_name(engine: Engine) -> None:
    answer = last_answer(engine, "What topics did Usmanov and Ikegami cover?", "anything about future events?")
    assert answer.answered and "upcoming" in answer.text, answer.text


@pytest.mark.parametrize("question", ["which country's foreign minister wanted to work with japan on decarbonization",
                                      "which countries' ministers attended the G7 meeting?"])
def test_the_kind_of_place_whose_people_are_asked_is_no_word_a_record_must_hold(engine: Engine, question: str) -> None:
    assert "countri" not in analyse(question, engine.index).keywords


def test_the_kind_of_place_asked_alone_stays_a_word_of_the_question(engine: Engine) -> None:
    assert "countri" in analyse("which country did Japan open an embassy in?", engine.index).keywords


def test_a_minister_asked_by_their_country_is_found_by_what_they_said(engine: Engine) -> None:
    answer = engine.ask("which country's foreign minister wanted to work with japan on decarbonisation", today=TODAY)
    assert "Kyrgyz" in answer.text and "Ukraine" not in answer.text, answer.text


def test_a_diplomatic_mission_is_an_embassy(engine: Engine) -> None:
    answer = engine.ask("When did Japan's diplomatic mission in Rwanda's capital open its doors?", today=TODAY)
    assert answer.answered and "2010" in answer.text, answer.text


@pytest.mark.parametrize("question", ["What did Hattori work on as governor of Rwanda's central bank?",
                                      "what did masaya hattori focus on during his time at rwanda's central bank",
                                      "What did Masaya Hattori work on while heading Rwanda's central bank?"])
def test_a_capacity_the_person_held_says_only_in_what_capacity(engine: Engine, question: str) -> None:
    query = analyse(question, engine.index)
    assert "bank" not in query.keywords and query.role is None, query
    answer = engine.ask(question, today=TODAY)
    assert "agricultural production" in answer.text, answer.text


def test_a_capacity_the_person_never_held_is_a_premise_to_check(engine: Engine) -> None:
    assert "bank" in analyse("What did Masaya Hattori do as governor of the Bank of Japan?", engine.index).keywords
    answer = engine.ask("What did Masaya Hattori do as governor of the Bank of Japan?", today=TODAY)
    assert not answer.answered, answer.text


@pytest.mark.parametrize("question", ["and what was the meeting mainly about", "so what were the talks really about?"])
def test_what_a_meeting_was_mainly_about_is_what_was_discussed(engine: Engine, question: str) -> None:
    query = analyse(question, engine.index)
    assert "discuss" in query.aspects and query.intent != "define", query


def test_a_word_before_a_name_that_their_record_describes_them_by_only_says_who(engine: Engine) -> None:
    query = analyse("Which areas did the banker Masaya Hattori focus on while in Rwanda?", engine.index)
    assert "banker" not in query.keywords, query
    assert "congratul" in analyse("did kuleba congratulate kamikawa on her new job", engine.index).keywords
    answer = engine.ask("Which areas did the banker Masaya Hattori focus on while in Rwanda?", today=TODAY)
    assert "agricultural production" in answer.text, answer.text


@pytest.mark.parametrize(("question", "asked"), [("Who served as Japan's foreign minister?", "who was japan"),
                                                  ("who acted as the host?", "who was the host")])
def test_who_served_as_a_post_asks_who_held_it(engine: Engine, question: str, asked: str) -> None:
    assert " ".join(analyse(question, engine.answerer.index).words).startswith(asked)


def test_who_served_as_a_post_is_answered_by_its_holders(engine: Engine) -> None:
    answer = engine.ask("Who served as Rwanda's foreign minister at the meeting with the Japanese PM?", today=TODAY)
    assert answer.answered and "Biruta" in answer.title, answer.text


def test_a_person_received_is_hosted_not_given_anything(engine: Engine) -> None:
    assert "pledge" not in analyse("who received hayashi in kyiv", engine.index).aspects
    assert "pledge" in analyse("who received the cranes", engine.index).aspects
    answer = engine.ask("who received hayashi in kyiv", today=TODAY)
    assert answer.answered and "Zelenskyy" in answer.text and "cranes" not in answer.text, answer.text


def test_what_came_up_is_what_was_discussed(engine: Engine) -> None:
    assert "discuss" in analyse("What subjects came up when Usmanov received Ikegami?", engine.index).aspects
    answer = engine.ask("What subjects came up when Usmanov received Ikegami?", today=TODAY)
    assert answer.answered and "discussed" in answer.text, answer.text


def test_where_said_last_asks_where(engine: Engine) -> None:
    assert analyse("kagme kishda meeting where", engine.index).intent == "where"
    assert analyse("hayashi zelensky meeting when", engine.index).intent == "when"


def test_how_long_ties_have_been_had_asks_since_when(engine: Engine) -> None:
    assert analyse("how long have japan n rwanda had diplomatic ties", engine.index).intent == "when"
    assert analyse("how long did the kyrgyz meeting last", engine.index).intent == "duration"
    answer = last_answer(engine, "how long have japan n rwanda had diplomatic ties", "why that yr")
    assert answer.answered and "independence" in answer.text, answer.text


def test_what_someone_worked_on_is_what_they_devoted_themselves_to(engine: Engine) -> None:
    answer = last_answer(engine, "How far back do Japan-Rwanda relations go?",
                         "What else happened for Rwanda that year?",
                         "Which Japanese person stands out in that early period?", "What did he work on?")
    assert answer.answered and "agricultural production" in answer.text, answer.text


def test_a_home_city_after_a_verb_that_places_a_thing_is_where_it_is_no_time_zone(engine: Engine) -> None:
    placed = analyse("what day did the uzbek embassy open in tokyo?", engine.index)
    assert not placed.japan_time and any(m.id == "tokyo" for m in placed.mentions), placed
    zone = analyse("what date was it in tokyo when kamikawa met kuleba?", engine.index)
    assert zone.japan_time and not any(m.id == "tokyo" for m in zone.mentions), zone


def test_words_describing_the_one_named_after_a_noun_of_a_person_are_no_keywords(engine: Engine) -> None:
    query = analyse("mofa guy ikegami met who in uzbekistan", engine.index)
    assert "mofa" not in query.keywords and "guy" not in query.keywords, query.keywords
    answer = engine.ask("mofa guy ikegami met who in uzbekistan", today=TODAY)
    assert "Usmanov" in answer.text, answer.text


@pytest.mark.parametrize(("question", "name"), [("what did kozuki discuss with president mirziyoyev", "mirziyoyev"),
                                                ("what did kishida discuss with prime minister albanese", "albanese")])
def test_a_lower_case_name_after_a_title_is_a_name_the_records_lack(engine: Engine, question: str, name: str) -> None:
    assert analyse(question, engine.index).unknown_names == (name,)
    answer = engine.ask(question, today=TODAY)
    assert answer.answered is False and name in answer.text, answer.text


def test_a_part_of_the_day_in_japan_is_on_japans_clock(engine: Engine) -> None:
    assert analyse("so was it morning in japan?", engine.index).japan_time
    # a place named without a part of the day or a clock stays a place
    assert not analyse("was it held in japan?", engine.index).japan_time
    answer = last_answer(engine, "what time did kamikawa meet kuleba", "was it morning in japan?")
    assert answer.title.startswith("Yes") and "7:05" in answer.text, answer.text


def test_in_the_first_place_is_a_stress_and_asks_no_first(engine: Engine) -> None:
    read = analyse("Why was the Kyrgyz minister in Japan in the first place?", engine.index)
    assert "first" not in read.keywords and read.order is None, read
    answer = engine.ask("Why was the Kyrgyz minister in Japan in the first place?", today=TODAY)
    assert "signing" in answer.text, answer.text


def test_what_else_a_date_was_said_after_it_only_describes_the_date(engine: Engine) -> None:
    read = analyse("Did Japan open its embassy in Kigali in 1962, the year Rwanda became independent?", engine.index)
    assert "independent" not in read.raw and read.dates is not None and read.dates.label == "1962", read
    answer = engine.ask("Did Japan open its embassy in Kigali in 1962, the year Rwanda became independent?",
                        today=TODAY)
    assert answer.title.startswith("No") and "2010" in answer.text, answer.text


def test_what_the_release_implies_is_what_the_records_give(engine: Engine) -> None:
    read = analyse("What time difference between New York and Tokyo does the release imply?", engine.index)
    assert "releas" not in read.keywords and "impli" not in read.keywords, read.keywords


@pytest.mark.parametrize(("question", "absent", "kept"), [
    ("did japan hold talks with kyrgyzstan?", "hold", "talk"),
    ("Did Japan hold a meeting with Kyrgyzstan in 2022?", "hold", "meet"),
])
def test_the_verb_of_a_gathering_said_to_take_place_is_no_word_a_record_must_hold(
        engine: Engine, question: str, absent: str, kept: str) -> None:
    keywords = analyse(question, engine.index).keywords
    assert absent not in keywords and kept in keywords, keywords


def test_hold_of_something_other_than_a_gathering_is_still_a_word_of_the_question(engine: Engine) -> None:
    assert "hold" in analyse("What post did Ikegami hold?", engine.index).keywords


@pytest.mark.parametrize("question", ["What did Masaya Hattori work on as central bank governor in Rwanda?",
                                      "What did Hattori work on as governor of Rwanda's central bank?"])
def test_a_capacity_said_after_as_is_no_word_the_record_must_hold(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "agricultural" in answer.text, answer.text


def test_what_someone_mentioned_to_another_is_not_an_event_of_the_other(engine: Engine) -> None:
    answer = engine.ask("Which G7 meeting did Kamikawa mention to Kuleba?", today=TODAY)
    assert "18 September 2023" in answer.text and "20 September" not in answer.text, answer.text


def test_two_regions_joined_by_or_are_either(engine: Engine) -> None:
    read = analyse("embassies in Africa or Central Asia", engine.index)
    assert len({(m.start, m.end) for m in read.mentions if m.kind == "country"}) == 1, read.mentions


def test_a_thing_said_to_be_for_what_asks_its_purpose(engine: Engine) -> None:
    assert analyse("and the 24 cranes r for what", engine.index).intent == "why"


def test_whom_a_thing_is_for_asks_its_purpose(engine: Engine) -> None:
    assert analyse("who is the bucha memorial for", engine.index).intent == "why"


def test_words_of_someones_post_before_their_name_describe_them(engine: Engine) -> None:
    read = analyse("MOFA deputy DG ikegami met who in uzb", engine.index)
    assert "mofa" not in read.keywords and "dg" not in read.keywords, read.keywords
    answer = engine.ask("MOFA deputy DG ikegami met who in uzb", today=TODAY)
    assert answer.answered and "Usmanov" in answer.text, answer.text


def test_the_event_someone_was_somewhere_for_is_the_occasion_asked(engine: Engine) -> None:
    read = analyse("what event was kulubaev in japan for", engine.index)
    assert read.intent == "why" and "event" not in read.keywords, read
    answer = engine.ask("what event was kulubaev in japan for", today=TODAY)
    assert answer.answered and "9th Foreign Ministers' Meeting" in answer.text, answer.text


def test_the_home_time_and_date_of_an_event_asks_its_time(engine: Engine) -> None:
    answer = engine.ask("What were the Japan time and date when Kamikawa's meeting with Kuleba started?", today=TODAY)
    assert answer.answered and "7:05" in answer.text and "21 September" in answer.text, answer.text


def test_when_something_took_place_asks_no_place() -> None:
    assert expand_shorthand("when did the forum take place") == "when did the forum happen"
    assert expand_shorthand("which of the meetings took place in the evening") == \
        "which of the meetings took place in the evening"


def test_an_exact_time_asked_as_a_headline_asks_the_time(engine: Engine) -> None:
    assert analyse("exact time kagame met kishida in bali", engine.index).intent == "time"
    answer = last_answer(engine, "exact time kagame met kishida in bali")
    assert not answer.answered and "evening" in answer.text, answer.text


def test_a_person_asked_for_as_received_is_hosted_not_given_anything(engine: Engine) -> None:
    query = analyse("Which counterpart did Japan's foreign minister receive in Japan in December 2022?", engine.index)
    assert "pledge" not in query.aspects
    assert "pledge" in analyse("what aid did ukraine receive from japan", engine.index).aspects


def test_clearing_mines_reads_as_demining_and_clear_alone_as_itself(engine: Engine) -> None:
    assert expand_shorthand("any equipment for clearing mines?") == "any equipment for demining?"
    assert stem("demining") not in analyse("is the area clear now", engine.index).keywords
    assert "demining" not in SYNONYMS.get(stem("clear"), ())


def test_a_stranger_beside_a_name_before_a_meeting_noun_is_a_name_the_records_lack(engine: Engine) -> None:
    for question in ("kishida tokayev meeting date?", "tokayev kishida talks?"):
        answer = engine.ask(question, today=TODAY)
        assert not answer.answered and "tokayev" in answer.text, answer.text
    slip = engine.ask("hayashi kulubayv meeting date?", today=TODAY)  # a slip for a name of the records
    assert slip.answered and "24 December 2022" in slip.text, slip.text


def test_meetings_from_a_year_are_a_list_of_that_year(engine: Engine) -> None:
    assert analyse("any meetings from 2022?", engine.index).intent == "list"
    answer = engine.ask("any meetings from 2022?", today=TODAY)
    assert answer.answered and "Kagame" in answer.text and "Kulubaev" in answer.text, answer.text


@pytest.mark.parametrize("question", ["kamikawa unga mtg w/ ukr FM - when n where?",
                                      "kamikawa kuleba meeting, when and where?", "kagame kishida meeting - where?"])
def test_where_asked_after_a_headline_asks_where(engine: Engine, question: str) -> None:
    assert analyse(question, engine.index).intent == "where"


def test_the_country_of_a_person_named_or_described_is_that_country_not_the_person(engine: Engine) -> None:
    described = analyse("did japan help the rwandan president's country w covid", engine.index)
    assert described.role is None and [m.id for m in described.mentions if m.kind == "country"] == ["japan", "rwanda"]
    assert stem("country") not in described.keywords
    asked = analyse("which is the rwandan president's country", engine.index)
    assert asked.role == "president"  # (what it is, asked: the post is the question's subject)
    named = analyse("When did the embassy of Deputy Minister Usmanov's country begin operating in Tokyo?",
                    engine.index)
    assert [(m.kind, m.id) for m in named.mentions][:1] == [("country", "uzbekistan")], named.mentions
    answer = last_answer(engine, "did japan help the rwandan president's country w covid", "wht year",
                         "how much was it worth in dollars?")
    assert not answer.answered and "billion" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "stranger"), [("kamikawa wang yi mtg at unga when", "wang yi"),
                                                    ("hayashi blinken meeting date?", "blinken")])
def test_a_name_of_several_words_or_read_as_english_before_a_meeting_noun_is_a_name_the_records_lack(
        engine: Engine, question: str, stranger: str) -> None:
    assert stranger in analyse(question, engine.index).unknown_names
    for known in ("kamikawa kuleba meeting when", "kishida g20 summit theme", "kamikawa ny meeting"):
        assert not analyse(known, engine.index).unknown_names, known


def test_what_a_first_is_counted_since_asks_no_first_record(engine: Engine) -> None:
    assert analyse("first japanese FM in ukraine since what?", engine.index).order is None
    answer = engine.ask("first japanese FM in ukraine since what?", today=TODAY)
    assert answer.answered and "full-scale conflict" in answer.text, answer.text


def test_a_question_said_another_way_is_read_as_its_plain_form(engine: Engine) -> None:
    assert analyse("dates when japanese ministers met ukrainian leaders in 2023", engine.index).intent == "when"
    up_to = engine.ask("what was kamikawa up to in new york in sept 2023", today=TODAY)
    assert up_to.answered and "G7" in up_to.text and "Kuleba" in up_to.text, up_to.text
    assert [m.id for m in analyse("who attended from the US", engine.index).mentions] == ["united-states"]
    assert not analyse("did any of us attend", engine.index).mentions


def test_the_size_of_a_thing_asks_how_much(engine: Engine) -> None:
    assert analyse("size of japan's emergency grant aid for kyrgyzstan?", engine.index).intent == "quantity"
    assert analyse("what was the scale of the aid?", engine.index).intent == "quantity"


def test_a_country_said_with_its_article_is_where_something_was_held(engine: Engine) -> None:
    assert analyse("which one was in the US", engine.index).venues == (("country", "united-states", False),)
    assert analyse("was it held in the Kyrgyz Republic?", engine.index).venues == (("country", "kyrgyzstan", False),)
    # (a name before the noun it describes is no venue: "at the Bucha memorial", "in the kyrgyz one")
    assert not analyse("who paid respects at the Bucha memorial?", engine.index).venues
    assert not analyse("in the kyrgyz one, did they talk about Ukraine?", engine.index).venues



def test_one_of_a_list_picked_before_a_question_leaves_the_question_to_say_what_is_asked(engine: Engine) -> None:
    query = analyse("the NY one, what was the date in Tokyo when it began?", engine.index)
    assert query.intent in ("when", "time") and query.japan_time, query


@pytest.mark.parametrize("question", ["What were Hattori's exact years of service as governor?",
                                      "her tenure as foreign minister?"])
def test_years_of_service_or_tenure_ask_how_long(engine: Engine, question: str) -> None:
    assert analyse(question, engine.index).intent == "duration"


@pytest.mark.parametrize("question", ["daryo tweet abt the 14 agreements - date posted", "the forum, date?"])
def test_a_thing_named_then_its_date_asks_when(engine: Engine, question: str) -> None:
    assert analyse(question, engine.index).intent == "when"


def test_an_end_time_asked_as_a_headline_asks_a_clock(engine: Engine) -> None:
    query = analyse("kamikawa kuleba end time in japan", engine.index)
    assert query.intent == "time" and query.japan_time, query


def test_an_event_of_a_day_asked_with_a_short_month_asks_what_happened_then(engine: Engine) -> None:
    assert analyse("jan 10 uzbekistan japan event?", engine.index).intent == "on_date"


def test_his_counterpart_of_a_country_in_a_question_of_the_meeting_is_no_word_a_record_must_hold(
        engine: Engine) -> None:
    asked = analyse("Did the meeting between Hayashi and his Kyrgyz counterpart last about half an hour?", engine.index)
    assert "counterpart" not in asked.keywords, asked.keywords
    assert "counterpart" in analyse("and his uzbek counterpart?", engine.index).keywords


@pytest.mark.parametrize(("text", "written"), [("how mny dayz", "how many days"),
                                               ("wat mnth n whch yr", "what month and which year"),
                                               ("frst mtg", "first meeting")])
def test_frame_words_written_without_vowels_or_with_a_z_plural_are_written_out(text: str, written: str) -> None:
    assert expand_shorthand(text) == written


def test_a_misspelt_question_of_frame_words_without_vowels_asks_the_count(engine: Engine) -> None:
    answer = engine.ask("g20 in balli how mny dayz")
    assert answer.answered and "two-day" in answer.text, answer.text


def test_the_regions_of_a_country_a_thing_is_in_are_asked_where(engine: Engine) -> None:
    assert analyse("In which regions of Kyrgyzstan is the One Village One Product project carried out?",
                   engine.index).intent == "where"


def test_a_statement_of_someones_post_asked_with_a_question_mark_is_denied_or_confirmed(engine: Engine) -> None:
    denied = engine.ask("usmanov is uzbekistan's foreign minister?")
    assert denied.text.startswith("No") and "Deputy" in denied.text, denied.text
    confirmed = engine.ask("kuleba is ukraine's foreign minister?")
    assert confirmed.text.startswith("Yes"), confirmed.text
    assert analyse("kuleba is who?", engine.index).intent != "yes_no"


@pytest.mark.parametrize("question", ["who did they meet each time?", "what did they sign every time?",
                                      "was he there the first time?"])
def test_an_occasion_said_with_time_asks_no_clock(engine: Engine, question: str) -> None:
    assert analyse(question, engine.index).intent != "time"


def test_what_time_still_asks_a_clock(engine: Engine) -> None:
    assert analyse("the meeting began at what time?", engine.index).intent == "time"


def test_words_describing_a_person_before_the_name_are_no_words_a_record_must_hold(engine: Engine) -> None:
    query = analyse("What did the Japanese banker Hattori focus on in Rwanda?", engine.index)
    assert "banker" not in query.keywords and "focus" in query.keywords, query.keywords


def test_how_many_people_are_expected_is_no_word_a_record_must_hold(engine: Engine) -> None:
    query = analyse("Which two senior Ukrainian leaders did Hayashi hold talks with in Kyiv?", engine.index)
    assert "two" not in query.keywords, query.keywords
    # (things a record may count so keep their number: "three priorities")
    query = analyse("What three priorities of Indonesia's G20 presidency does the article list?", engine.index)
    assert "three" in query.keywords, query.keywords


def test_how_often_is_no_word_a_record_must_hold(engine: Engine) -> None:
    query = analyse("japan met ukrainian leaders twice in sept 2023, who did they meet each time?", engine.index)
    assert query.intent == "who" and "time" not in query.keywords and "twice" not in query.keywords, query


def test_a_clause_identifying_a_thing_named_with_where_it_was_is_set_apart(engine: Engine) -> None:
    question = "What was the theme of the G20 Summit in Indonesia that President Kagame attended in November 2022?"
    narrowed = without_identifying_clause(analyse(question, engine.index))
    assert narrowed is not None and "person" not in [m.kind for m in narrowed.mentions], narrowed
    assert "attend" not in narrowed.keywords and "theme" in narrowed.keywords
    assert "Recover Together" in engine.ask(question, today=TODAY).text


@pytest.mark.parametrize("question", ["who was the head of japan's foreign ministry in december 2022?",
                                      "Who was at the helm of Japan's foreign ministry in December 2022?"])
def test_the_head_of_a_foreign_ministry_is_its_foreign_minister(engine: Engine, question: str) -> None:
    assert analyse(question, engine.index).role == "foreign-minister"
    assert "Hayashi" in engine.ask(question, today=TODAY).text


def test_getting_to_a_place_is_arriving_not_receiving(engine: Engine) -> None:
    assert "pledge" not in analyse("when was hayashi getting to kyiv", engine.index).aspects
    assert "pledge" in analyse("what is ukraine getting from japan?", engine.index).aspects
    answer = engine.ask("how many days from the hayashi-kulubaev mtg to hayashi getting to kyiv", today=TODAY)
    assert answer.answered and "259 days" in answer.text, answer.text


def test_the_deputy_head_of_a_bureau_of_a_foreign_ministry_is_no_foreign_minister(engine: Engine) -> None:
    question = "Which Uzbek official received the deputy head of the Japanese foreign ministry's European bureau?"
    assert analyse(question, engine.index).role != "foreign-minister"


@pytest.mark.parametrize(("question", "intent"), [
    ("everyone hayashi met?", "who"), ("everybody kagame met in these records?", "who"),
    ("length of the kyrgyz foreign minister meeting?", "duration"),
    ("combined length of the kyrgyz and ukraine fm meetings", "duration"),
])
def test_people_or_a_length_asked_without_a_question_word(engine: Engine, question: str, intent: str) -> None:
    assert analyse(question, engine.index).intent == intent


def test_every_country_said_as_the_scope_of_a_question_is_no_topic(engine: Engine) -> None:
    read = analyse("Which foreign officials did Hayashi meet, across all countries?", engine.index)
    assert "countri" not in read.keywords, read.keywords
    answer = engine.ask("Which foreign officials did Yoshimasa Hayashi meet in the documented meetings, across all "
                        "countries?", today=TODAY)
    assert all(name in answer.text for name in ("Kulubaev", "Zelenskyy", "Shmyhal")), answer.text


def test_landing_somewhere_is_an_arrival_the_record_must_tell_of(engine: Engine) -> None:
    unsaid = engine.ask("when did kulubaev land in japan", today=TODAY)
    assert not unsaid.answered and "24 December" not in unsaid.text, unsaid.text
    said = engine.ask("when did hayashi land in ukraine?", today=TODAY)
    assert said.answered and "9 September 2023" in said.text and "arrival" in said.text, said.text


def test_a_gathering_told_apart_by_when_it_was_held_asks_nothing_of_holding(engine: Engine) -> None:
    read = analyse("How many agreements were signed at the Uzbekistan-Japan business forum held on January 10?",
                   engine.index)
    assert "held" not in read.keywords, read.keywords
    answer = engine.ask("How many agreements were signed at the Uzbekistan-Japan business forum held on January 10?",
                        today=TODAY)
    assert answer.answered and "14 agreements" in answer.text, answer.text


@pytest.mark.parametrize(("text", "read"), [("uz jp diplomatic ties est in 1991?", "established in 1991"),
                                            ("when were uz jp ties est?", "ties established"),
                                            ("what time did they meet, est?", "meet, est")])
def test_est_is_established_unless_a_clock_is_asked(text: str, read: str) -> None:
    assert read in expand_shorthand(text), expand_shorthand(text)


def test_a_length_claimed_with_lasted_is_checked_against_the_records_length(engine: Engine) -> None:
    wrong = engine.ask("kyrgyz mtg lasted like 45 min right", today=TODAY)
    assert wrong.answered and wrong.title.startswith("No") and "30 minutes" in wrong.text, wrong.text
    right = engine.ask("the kyrgyz meeting lasted 30 minutes, right?", today=TODAY)
    assert right.title == "Yes", right.text


def test_a_visit_count_claimed_without_its_verb_is_a_claim(engine: Engine) -> None:
    answer = engine.ask("kagame been to japan 3 times under ticad?", today=TODAY)
    assert answer.title == "Yes" and "three times" in answer.text, answer.text


def test_shorthand_is_written_out_once_per_text() -> None:
    # many rules read the same text again; the second reading is the first one kept
    expand_shorthand.cache_clear()
    expand_shorthand("wat did hayashi say abt the mtg")
    expand_shorthand("wat did hayashi say abt the mtg")
    assert expand_shorthand.cache_info().hits == 1


@pytest.mark.parametrize("question", ["sept 2023 japan-ukraine mtgs, list em", "japan rwanda meetings, list them all"])
def test_records_named_then_asked_for_as_a_list(engine: Engine, question: str) -> None:
    assert analyse(question, engine.index).intent == "list"


@pytest.mark.parametrize("question", ["what recent japan-uzbekistan meetings or events do you have info on?",
                                      "recent meetings between japan and uzbekistan",
                                      "most recent meetings of hayashi?"])
def test_recent_said_of_records_in_the_plural_asks_for_them_all_not_the_latest(engine: Engine, question: str) -> None:
    query = analyse(question, engine.index)
    assert query.intent == "list" and query.order is None and "recent" not in query.keywords, query


def test_the_most_recent_one_of_a_kind_is_still_the_latest(engine: Engine) -> None:
    assert analyse("what was the most recent meeting with ukraine?", engine.index).order == "latest"


@pytest.mark.parametrize(("question", "word"), [("who repped japan at the kyrgyz meeting", "represented"),
                                                ("ikegamy n usmanof tlkd abt wat", "talked"),
                                                ("hayashi vstd kyiv when", "visited")])
def test_chat_forms_of_verbs_are_read_as_the_verbs(engine: Engine, question: str, word: str) -> None:
    assert word in analyse(question, engine.index).words


@pytest.mark.parametrize("question", ["which dialogue meeting was he there for?",
                                      "what summit was she in New York for?",
                                      "kulubaev was in japan for what events exactly"])
def test_the_gathering_someone_was_somewhere_for_is_their_occasion(question: str, engine: Engine) -> None:
    assert analyse(question, engine.index).intent == "why"


def test_the_gathering_someone_attended_is_no_occasion_asked(engine: Engine) -> None:
    assert analyse("which meeting did he attend?", engine.index).intent != "why"


@pytest.mark.parametrize("question", ["and the date of that meeting?", "the date of the Bali meeting?"])
def test_the_date_of_something_asked_as_a_headline_asks_when(question: str, engine: Engine) -> None:
    assert analyse(question, engine.index).intent == "when"


@pytest.mark.parametrize("question", ["over 200 companies at the uz jp forum?", "24 cranes for ukraine?",
                                      "hayashi first jp FM in ukraine since the full scale war?"])
def test_a_count_or_a_first_put_to_something_with_a_question_mark_claims_it(question: str, engine: Engine) -> None:
    assert analyse(question, engine.index).intent == "yes_no"


@pytest.mark.parametrize("question", ["how many companies at the uz jp forum?", "the first meeting in 2023?"])
def test_a_count_or_a_first_asked_for_is_no_claim(question: str, engine: Engine) -> None:
    assert analyse(question, engine.index).intent != "yes_no"


def test_the_home_country_put_first_to_when_something_pointed_to_started_reads_its_clock(engine: Engine) -> None:
    assert analyse("and in japan it started when?", engine.index).japan_time
    # (a thing named that started in the home country is dated, not clocked)
    assert not analyse("in japan, when did the uzbek embassy start operations?", engine.index).japan_time


@pytest.mark.parametrize("question", ["how has the uzbekistan japan strategic partnership been going lately?",
                                      "hows it been going", "how are relations developing?"])
def test_how_a_thing_has_been_going_asks_about_it(engine: Engine, question: str) -> None:
    assert analyse(question, engine.index).intent == "about"


def test_chat_shorthand_of_according_to_and_of_human_resources_before_a_noun() -> None:
    assert expand_shorthand("hows it going acc to the article") == "hows it going according to the article"
    assert expand_shorthand("wat hr programs did they praise") == "what human resources programs did they praise"
    assert expand_shorthand("how many hr did it last") == "how many hour did it last"


@pytest.mark.parametrize(("question", "intent"), [("what's his name", "who"),
                                                  ("and the Kyrgyz minister's name?", "who"),
                                                  ("what's the peace formula's name", "general")])
def test_a_persons_name_asked_asks_who(engine: Engine, question: str, intent: str) -> None:
    assert analyse(question, engine.index).intent == intent


def test_the_exact_date_of_a_thing_asks_when(engine: Engine) -> None:
    assert analyse("exact date of the 9th central asia plus japan fm mtg", engine.index).intent == "when"
    answer = engine.ask("exact date of the 9th central asia plus japan fm mtg", today=TODAY)
    assert not answer.answered and "December 2022" in answer.text, answer.text


def test_by_when_asks_when(engine: Engine) -> None:
    assert analyse("By when are the cranes to be delivered?", engine.index).intent == "when"


def test_a_relative_who_leaves_the_question_to_its_other_question_word(engine: Engine) -> None:
    query = analyse("The Japanese entrepreneurs who met Hayashi presented projects in which sectors?", engine.index)
    assert query.intent != "who", query.intent
    assert analyse("who met Hayashi in Kyiv?", engine.index).intent == "who"


def test_which_trips_asks_for_a_list(engine: Engine) -> None:
    assert analyse("which trips did kishida make?", engine.index).intent == "list"


def test_a_pronoun_bringing_his_post_asks_whether_the_post_attended(engine: Engine) -> None:
    assert analyse("did he bring his finance minister too?", engine.index).words[:4] == (
        "did", "his", "finance", "minister")
