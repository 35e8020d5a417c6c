"""People and capitals named by description, tied to the countries written next to them."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.engine.described import attached_countries
from bot.engine.query import ROLES, analyse, phrase_span
from tests.engine.conftest import TODAY, last_answer


@pytest.mark.parametrize(
    ("question", "countries"),
    [("When did Japan's and Ukraine's foreign ministers meet?", ["ukraine", "japan"]),
     ("Who is the Ukrainian prime minister?", ["ukraine"]),
     ("When did Hayashi meet the foreign minister of Kyrgyzstan?", ["kyrgyzstan"]),
     ("Which day did President Kagame sit down with the Japanese PM?", ["japan"]),
     ("Who did the prime minister meet in Kyiv?", []),
     ("What did Japan and the Ukrainian president agree?", ["ukraine"]),
     ("When did the Japanese and the Ukrainian foreign ministers meet?", ["ukraine", "japan"])],
    ids=["possessives", "demonym", "of-country", "demonym-after-a-name", "none", "one-holder-after-and-the",
         "holders-after-and-the"],
)
def test_countries_attached_to_a_role(engine: Engine, question: str, countries: list[str]) -> None:
    query = analyse(question, engine.index)
    assert query.role is not None
    span = phrase_span(ROLES[query.role], query.words)
    assert span is not None
    assert attached_countries(query, *span) == countries


def test_each_country_of_a_description_must_take_part(engine: Engine) -> None:
    answer = engine.ask("In which city did Japan's and Ukraine's foreign ministers hold talks in September 2023?",
                        today=TODAY)
    assert answer.answered and "New York" in answer.text


def test_a_description_nobody_in_the_records_fits(engine: Engine) -> None:
    answer = engine.ask("When did Japan meet Tajikistan's foreign minister?", today=TODAY)
    assert answer.answered is False and "Tajikistan" in answer.text


def test_a_named_persons_own_title_describes_them(engine: Engine) -> None:
    answer = engine.ask("Which day did President Kagame sit down with the Japanese PM?", today=TODAY)
    assert answer.answered and "14 November 2022" in answer.text


@pytest.mark.parametrize(
    ("question", "answered"),
    [("What is the capital of Kyrgyzstan?", False), ("What is the capital of France?", False)],
)
def test_capitals_only_where_the_records_give_one(engine: Engine, question: str, answered: bool) -> None:
    assert engine.ask(question, today=TODAY).answered is answered


def test_a_capital_of_a_region_is_any_of_its_capitals_the_records_hold(engine: Engine) -> None:
    answer = engine.ask("In which Central Asian capital did Japan open an embassy in January 1993?", today=TODAY)
    assert answer.answered and "Tashkent" in answer.text
    unknown = engine.ask("what happened in the capital of Tajikistan?", today=TODAY)
    assert not unknown.answered and "the the" not in unknown.text


def test_every_post_a_question_names_describes_its_holders(engine: Engine) -> None:
    met = engine.ask("Did a Japanese foreign minister ever meet Ukraine's prime minister?", today=TODAY)
    assert met.title == "Yes" and "Shmyhal" in met.text and "Kuleba" not in met.text
    when = engine.ask("when did the ukrainian foreign minister meet japan's top diplomat?", today=TODAY)
    assert when.answered and "20 September 2023" in when.text and "Kamikawa" in when.text


def test_a_qualifier_before_a_post_does_not_cut_it_from_its_country(engine: Engine) -> None:
    query = analyse("What did Japan's new female foreign minister discuss?", engine.index)
    assert query.role is not None
    span = phrase_span(ROLES[query.role], query.words)
    assert span is not None and attached_countries(query, *span) == ["japan"]
    assert not {"femal", "female"} & set(query.keywords)  # the word describes the holder; no record must say it


@pytest.mark.parametrize(
    ("question", "expected"),
    [("Who is Japan's female foreign minister?", "Kamikawa"),
     ("What did Japan's female foreign minister discuss with Ukraine's top diplomat?", "Kuleba")],
)
def test_a_post_described_as_held_by_a_woman_is_its_holder_the_records_call_she(
        engine: Engine, question: str, expected: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and expected in answer.text and "Hayashi" not in answer.title, answer.text


@pytest.mark.parametrize(
    "question",
    ["Who is the female foreign minister of Ukraine?",
     "What did Japan's female foreign minister discuss with Kyrgyzstan's top diplomat?",
     "What did Japan's foreign minister discuss with Kyrgyzstan's female foreign minister?"],
)
def test_no_holder_the_records_call_she_is_no_answer(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "Kulubaev" not in answer.title, answer.text


def test_male_is_a_word_not_the_capital_of_the_maldives(engine: Engine) -> None:
    answer = engine.ask("who was the male Ukrainian foreign minister?", today=TODAY)
    assert answer.answered and "Kuleba" in answer.text and "Maldives" not in answer.text


def test_the_head_of_a_body_is_whoever_holds_a_post_in_it(engine: Engine) -> None:
    query = analyse("What did the head of Uzbekistan's investment ministry say at the forum?", engine.index)
    assert engine.answerer.describer.resolve(query, None).groups == (frozenset({("person", "laziz-kudratov")}),)
    nobody = analyse("What did the head of Uzbekistan's tourism ministry say?", engine.index)
    assert engine.answerer.describer.resolve(nobody, None).groups == ()


def test_two_posts_of_a_country_joined_by_or_describe_either_holder(engine: Engine) -> None:
    query = analyse("Which Japanese foreign ministers met Ukraine's president or foreign minister?", engine.index)
    groups = engine.answerer.describer.resolve(query, None).groups
    assert frozenset({("person", "volodymyr-zelenskyy"), ("person", "dmytro-kuleba")}) in groups


def test_a_counterpart_from_a_country_the_records_name_nobody_of_is_not_in_them(engine: Engine) -> None:
    # the records name no foreign minister of Tajikistan: no "yes" from a record that names the country
    tajik = engine.ask("Did Japan's top diplomat also meet his Tajik counterpart in December 2022?", today=TODAY)
    assert not tajik.answered and "Tajikistan" in tajik.title and not tajik.title.startswith("Yes"), tajik.text
    kyrgyz = engine.ask("Did Japan's top diplomat meet his Kyrgyz counterpart in December 2022?", today=TODAY)
    assert kyrgyz.title.startswith("Yes") and "Kulubaev" in kyrgyz.text, kyrgyz.text


def test_a_counterpart_from_a_region_is_of_any_of_its_countries(engine: Engine) -> None:
    answer = engine.ask("How long did Japan's top diplomat talk with his counterpart from the Central Asian republic "
                        "that borders Tajikistan when they met on Christmas Eve 2022?", today=TODAY)
    assert answer.answered and "30 minutes" in answer.text, answer.text



def test_a_gender_said_after_newly_appointed_is_of_the_post_it_stands_before(engine: Engine) -> None:
    answer = engine.ask("Name the Ukrainian foreign minister who met Japan's newly appointed female foreign minister "
                        "in New York.", today=TODAY)
    assert answer.answered and "Kuleba" in answer.text, answer.text


def test_a_side_described_beside_another_partner_country_is_not_the_conversations_person(engine: Engine) -> None:
    # after a Kyrgyz meeting, "the Japanese official" of the Uzbek meeting is not the Japanese minister just shown
    answer = last_answer(engine, "when did the kyrgyz FM meet hayashi",
                         "what date was the uzbek meeting with the japanese official?")
    assert answer.answered and "26 January 2024" in answer.text, answer.text


def test_the_deputy_head_of_a_body_of_one_country_is_a_deputy_of_that_country(engine: Engine) -> None:
    answer = engine.ask("Which Uzbek official received the deputy head of the Japanese foreign ministry's European "
                        "bureau in January?", today=TODAY)
    assert answer.answered and "Usmanov" in answer.text and "business forum" not in answer.text, answer.text
    head = engine.ask("who is the head of uzbekistan's investment ministry", today=TODAY)
    assert head.answered and head.title == "Laziz Kudratov", head.text


def test_a_person_by_words_of_what_they_do_is_the_one_whose_posts_hold_them(engine: Engine) -> None:
    read = analyse("What did the central bank guy from Japan work on in Rwanda?", engine.index)
    described = engine.answerer.describer.resolve(read, None)
    assert described.groups == (frozenset({("person", "masaya-hattori")}),)
    assert "bank" in described.consumed and "guy" in described.consumed
    answer = engine.ask("What did the central bank guy from Japan work on in Rwanda?", today=TODAY)
    assert answer.answered and "agricultural production" in answer.text, answer.text
    # words that fit nobody, or several, describe no one
    assert not engine.answerer.describer.resolve(analyse("what did the embassy guy say?", engine.index), None).groups


def test_a_post_of_a_body_of_no_one_country_is_not_one_countrys_holders(engine: Engine) -> None:
    # ("the G7 foreign ministers": the body's members, not Japan's foreign minister and her meetings' outcomes)
    answer = engine.ask("what did the g7 foreign ministers agree?", today=TODAY)
    assert answer.answered is False and "outcomes" not in answer.text, answer.text
    # a body of one country keeps its post its country's ("MOFA deputy director general")
    named = engine.ask("Which Japanese MOFA deputy director general sat down with Uzbekistan's number-two diplomat?",
                       today=TODAY)
    assert named.answered and "Ikegami" in named.text, named.text


def test_a_post_beside_a_home_person_is_of_the_countries_whose_people_they_met(engine: Engine) -> None:
    # (Hayashi met the people of two partner countries; one president among them)
    answer = engine.ask("did hayashi meet the president", today=TODAY)
    assert answer.answered and "Zelenskyy" in answer.title, answer.title
    discussed = engine.ask("what did hayashi discuss with the president", today=TODAY)
    assert "Kyrgyz" not in discussed.text and "Zelenskyy" in discussed.text, discussed.text


def test_of_several_holders_of_a_post_the_one_of_the_pronoun_the_question_uses_after_it(engine: Engine) -> None:
    answer = engine.ask("what did japan's top diplomat condemn when she met the ukrainian FM at the UN", today=TODAY)
    assert answer.answered and "Kamikawa" in answer.title and "missile" in answer.text, answer.text


def test_a_post_of_his_after_a_visit_is_of_the_country_of_the_one_he_is(engine: Engine) -> None:
    answer = last_answer(engine, "When did Kulubaev visit Japan?", "did he bring his finance minister too?")
    assert not answer.answered and "finance minister of" in answer.text and "Kyrgyz" in answer.text, answer.text
    answer = last_answer(engine, "When did Kagame meet Kishida?", "did he bring his foreign minister?")
    assert answer.answered and answer.title == "Yes" and "Biruta" in answer.text, answer.text


def test_a_ministry_of_a_country_no_record_names_is_said_missing(engine: Engine) -> None:
    answer = engine.ask("Who represented Japan's finance ministry at the Rwandan president's talks with the Japanese "
                        "premier in Bali?", today=TODAY)
    assert not answer.answered and "finance ministry of Japan" in answer.text, answer.text
    answer = engine.ask("Who represented Rwanda's finance ministry at the Kagame Kishida meeting?", today=TODAY)
    assert answer.answered and "Ndagijimana" in answer.text, answer.text


def test_a_ministry_of_a_region_is_of_any_of_its_countries(engine: Engine) -> None:
    answer = engine.ask("List Japan's meetings with Central Asian foreign ministries and the date of each.",
                        today=TODAY)
    assert answer.answered and "Kulubaev" in answer.text and "Usmanov" in answer.text, answer.text


def test_a_post_of_another_country_than_the_named_persons_describes_someone_else(engine: Engine) -> None:
    answer = engine.ask("Did Usmanov meet Japan's Deputy Foreign Minister on January 26?", today=TODAY)
    assert not answer.answered and "deputy foreign minister of Japan" in answer.text, answer.text


def test_his_counterpart_of_a_country_is_the_holder_of_the_same_post_there(engine: Engine) -> None:
    answer = engine.ask("Did Japan's foreign minister also sit down with his Ukrainian counterpart during the "
                        "September 2023 trip to Kyiv?", today=TODAY)
    assert answer.title.startswith("No") and "Kuleba" in answer.text, answer.text
    answer = engine.ask("when did Japan's foreign minister meet his Kyrgyz counterpart?", today=TODAY)
    assert answer.answered and "24 December 2022" in answer.text, answer.text


def test_a_post_said_without_a_country_is_the_holder_the_conversation_had(engine: Engine) -> None:
    answer = last_answer(engine, "What did Ukraine's prime minister thank Japan for?",
                         "and what did hayashi commit to in return", "whats the PM's first name?")
    assert answer.answered and "Denys" in answer.title, answer.text


def test_her_after_the_post_a_question_asks_of_is_the_posts_holder_called_she(engine: Engine) -> None:
    answer = engine.ask("What did Japan's foreign minister condemn during her meeting with Kyiv's top diplomat in "
                        "New York?", today=TODAY)
    assert answer.answered and "Kamikawa" in answer.title and "missile" in answer.text, answer.text
