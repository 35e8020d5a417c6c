"""Follow-ups about the facts and pledges an answer just showed, answered from those records' fields."""

from __future__ import annotations

import re

import pytest

from bot.engine import Engine, details
from bot.engine.query import analyse
from tests.engine.conftest import TODAY, last_answer


def _conversation(engine: Engine, *questions: str) -> list[str]:
    focus, texts = None, []
    for question in questions:
        answer = engine.ask(question, focus, today=TODAY)
        focus = answer.focus or focus
        texts.append(("" if answer.answered else "NOT ANSWERED ") + answer.text)
    return texts


def test_a_count_asked_after_a_list_of_pledges_is_the_one_that_has_it(engine: Engine) -> None:
    listed, count, cost = _conversation(engine, "What did Japan pledge to Ukraine during Hayashi's visit?",
                                        "how many?", "how much do they cost?")
    assert "cranes" in listed and "winter" in listed  # both pledges of the trip, none picked silently
    assert count.startswith("24 demining cranes")
    assert cost.startswith("NOT ANSWERED") and "cost" in cost  # a count is no price


def test_with_whom_is_read_from_the_records_words(engine: Engine) -> None:
    _, company = _conversation(engine, "How many generators did Kamikawa say Japan had provided to Ukraine?",
                               "who did she send some of them with?")
    assert company.startswith("other members of the National Diet")


def test_the_aid_someone_thanked_for_is_its_own_record_and_the_topic_after(engine: Engine) -> None:
    aid, when, through = _conversation(engine, "What emergency aid did Kyrgyzstan's foreign minister thank Japan for?",
                                       "when was it provided?", "through whom?")
    pledge = next(p for p in engine.kb.pledges.values() if "emergency" in p.statement.lower())
    assert pledge.statement in aid
    assert pledge.date is not None and when.startswith(pledge.date.human())
    assert through.startswith("international organizations")


def test_follow_ups_after_the_aid_someone_thanked_for_go_to_the_pledge_that_holds_the_detail(engine: Engine) -> None:
    listed, why, when, through = _conversation(
        engine, "What aid did Kyrgyzstan's foreign minister thank Japan for in December 2022?", "why was it needed?",
        "when was it given?", "through whom was it channelled?")
    assert listed.count("\n– ") == 2  # both pledges to that country, none picked silently
    assert "Tajikistan" in why and when.startswith("October 2022") and through.startswith("international")


def test_how_many_years_a_range_of_years_covers_counts_both_ends(engine: Engine) -> None:
    *_, years = _conversation(engine, "What did the foreign ministries of Japan and Kyrgyzstan sign in December 2022?",
                              "what period does it cover?", "so how many years is that?")
    assert years.startswith("3 years (2023 to 2025")


def test_what_years_a_record_covers_is_its_range_not_its_date(engine: Engine) -> None:
    _, years = _conversation(engine, "what document was signed around the Japan-Kyrgyz FM meeting in December 2022?",
                             "what years does it cover")
    assert re.search(r"2023 ?(?:to|-|–) ?2025", years) and not years.startswith(("24 December", "December")), years


def test_who_did_an_event_needs_a_record_that_names_who_did_it(engine: Engine) -> None:
    *_, who = _conversation(engine, "How many agreements did Uzbekistan and Japan sign at their business forum?",
                            "when?", "who signed them?")
    assert who.startswith("NOT ANSWERED"), who


def test_when_something_will_happen_is_its_due_date_not_when_it_was_pledged(engine: Engine) -> None:
    _, cranes = _conversation(engine, "How many cranes did Japan pledge to Ukraine?", "when will they be delivered?")
    assert cranes.startswith("NOT ANSWERED"), cranes
    due = next(p for p in engine.kb.pledges.values() if p.due is not None)
    assert due.quantity is not None and due.due is not None
    _, when = _conversation(engine, f"How many {due.item} will Japan provide?", "when will they be delivered?")
    assert when.startswith(due.due.human()), when


def test_a_follow_up_naming_one_record_of_the_list_asks_that_one(engine: Engine) -> None:
    _, cranes = _conversation(engine, "wat did japan promis ukrane wen hayashi was in kiev?", "how many cranes tho")
    assert cranes.startswith("24 demining cranes"), cranes


def test_why_of_a_fact_is_the_reason_its_words_give_or_none(engine: Engine) -> None:
    _, capacity = _conversation(engine, "In what capacity did Kagame attend the G20 summit?", "why?")
    assert capacity.startswith("in his capacity as Chair")
    _, purpose = _conversation(engine, "When did Kamikawa hold the G7 foreign ministers' meeting?", "why?")
    assert "strong message" in purpose and not purpose.startswith("NOT ANSWERED")
    _, year = _conversation(engine, "When were diplomatic relations between Japan and Rwanda established?", "why?")
    assert year.startswith("1962, the year Rwanda gained independence")  # what the record says the date stands for
    _, unsaid = _conversation(engine, "When did Japan open its embassy in Kigali?", "why?")
    assert unsaid.startswith("NOT ANSWERED") and "reason" in unsaid  # the record gives none, nor another one's


def test_how_much_after_a_count_of_one_record_is_a_sum_it_does_not_give(engine: Engine) -> None:
    _, much = _conversation(engine, "How many demining cranes did Japan pledge to Ukraine?", "how much?")
    assert much.startswith("NOT ANSWERED") and "count, not a sum" in much


def test_when_did_that_happen_is_the_date_of_the_record_shown_and_she_is_still_who_it_named(engine: Engine) -> None:
    _, when, helped = _conversation(engine, "how many generators has japan sent to ukraine?", "when did that happen?",
                                    "did she personally help send some?")
    assert when.startswith("2022"), when
    assert helped.startswith("Yes") and "Kamikawa" in helped, helped


def test_who_announced_a_pledge_and_to_whom_are_its_announcer_and_the_other_side_of_its_meeting(
        engine: Engine) -> None:
    _, who, heard = _conversation(engine, "what is japan sending ukraine by the end of september 2023?",
                                  "who announced that?", "to whom?")
    assert who.startswith("Yoko Kamikawa"), who
    assert heard.startswith("Dmytro Kuleba") and "New York" in heard, heard


def test_how_much_is_no_length_of_time(engine: Engine) -> None:
    answer = last_answer(engine, "what did kulubaev thank japan for?", "how much was it?")
    # the 30 years of assistance are no amount, and no unit is said twice
    assert not answer.answered and "years years" not in answer.text, answer.text


def test_a_span_of_years_asked_of_a_sum_is_not_the_sum(engine: Engine) -> None:
    answer = last_answer(engine, "how much aid overall did kishida announce for ukraine?", "over how many years?")
    assert not answer.answered and "billion" not in answer.title, answer.text


def test_the_last_of_the_things_a_record_counts_is_dated_by_that_record(engine: Engine) -> None:
    # the record counts three visits and dates none: no other visit, and no meeting elsewhere, is the last one
    answer = last_answer(engine, "how many times has kagame been to japan", "when was the last one")
    assert not answer.answered and "three times" in answer.text, answer.text


def test_where_a_thing_given_went_and_how_many_places_are_the_records_words(engine: Engine) -> None:
    from bot.engine import details
    from bot.engine.query import analyse

    text = ("In 2020 Aurelia provided medical kits to clinics and schools in Ostra and all five provinces of Zembla "
            "to help.")
    sent = details._DESTINATION.search(text)
    assert sent is not None and sent.group(1) == "clinics and schools in Ostra and all five provinces of Zembla"
    assert details._DESTINATION.search("Aurelia met Zembla in Ostra to talk.") is None
    counted = details._count_in_text(text, analyse("how many provinces?", engine.index))
    assert counted == "five provinces"
    assert details._count_in_text(text, analyse("how many schools?", engine.index)) is None


def test_where_the_covid_help_went_after_the_help_was_shown(engine: Engine) -> None:
    went = last_answer(engine, "How did Japan help Rwanda fight COVID-19?", "where did it go?")
    assert went.answered and "Kigali" in went.title, went.text
    counted = last_answer(engine, "How did Japan help Rwanda fight COVID-19?", "where did it go?",
                          "how many provinces?")
    assert counted.answered and "four" in counted.title, counted.text


def test_who_a_thing_is_for_is_not_the_one_its_record_names_for_another_deed(engine: Engine) -> None:
    answer = last_answer(engine, "which memorial did hayashi visit in ukraine?", "who does it commemorate?")
    assert answer.answered and answer.title.startswith("the victims"), answer.text


def test_how_long_of_a_record_that_writes_its_length_as_a_word_is_that_length(engine: Engine) -> None:
    asked = analyse("how long was it?", engine.answerer.index)
    found = details.answer(engine.kb, "term:g20-bali-summit-2022", asked, ("term:g20-bali-summit-2022",))
    assert found is not None and found.answered and found.title == "2 days", found
    # (a record with no length in its words says so, never raises)
    none = details.answer(engine.kb, "term:ticad", asked, ("term:ticad",))
    assert none is None or not none.answered, none


@pytest.mark.parametrize("turns", [("what was the g20 theme in bali", "what were the priorities", "what dates exactly"),
                                   ("when did the uzbek embassy in tokyo open", "what day exactly")],
                         ids=["dates-exactly", "day-exactly"])
def test_an_exact_day_of_a_record_dated_to_the_month_is_not_given(engine: Engine, turns: tuple[str, ...]) -> None:
    answer = last_answer(engine, *turns)
    assert answer.answered is False and "no exact day, only" in answer.text, answer.text


def test_how_many_of_a_sum_of_money_is_no_count(engine: Engine) -> None:
    answer = last_answer(engine, "how much money is japan giving ukraine in aid", "how many of those")
    assert not answer.answered and "sum of money" in answer.text, answer.text
    counted = last_answer(engine, "how many generators did japan send", "how many?")
    assert counted.answered and "1,500" in counted.title, counted.text


def test_when_a_thing_pledged_arrives_is_no_date_of_the_pledge(engine: Engine) -> None:
    answer = engine.ask("when do the demining cranes arrive", today=TODAY)
    assert not answer.answered and "9 September 2023" not in answer.text, answer.text


def test_how_much_of_a_record_whose_figure_is_a_span_of_time_is_no_amount(engine: Engine) -> None:
    answer = last_answer(engine, "what did kulubaev thank japan for?", "how much was that aid")
    assert not answer.answered and "30 years" not in answer.title, answer.text


@pytest.mark.parametrize("period", ["over what period", "for how long?", "over how many years"])
def test_the_period_of_the_one_thing_shown_is_its_records_or_none(engine: Engine, period: str) -> None:
    answer = last_answer(engine, "how much aid did kishida announce for ukraine", period)
    assert not answer.answered and "7 billion" in answer.text, answer.text
    spanned = last_answer(engine, "what is the 2023-2025 cooperation program?", period)
    assert spanned.answered and "2023 to 2025" in spanned.title, spanned.text


def test_whom_she_was_telling_all_this_is_who_heard_the_pledge_not_herself(engine: Engine) -> None:
    *_, hearer = _conversation(engine, "how many generators did japan give ukraine according to kamikawa",
                               "anything else coming by the end of september?", "how many of those?",
                               "what did they cost?", "who was she telling all this to?")
    assert hearer.startswith("Dmytro Kuleba"), hearer


def test_a_detail_of_a_fact_keeps_the_gathering_it_tells_of_for_the_next_question(engine: Engine) -> None:
    *_, who = _conversation(engine, "What areas did the 14 Uzbekistan-Japan agreements cover?",
                            "when was the forum where they were signed?", "who represented japan")
    assert "Kozuki" in who and "Ikegami" not in who, who


def test_to_who_of_a_pledge_is_whom_it_was_told_to(engine: Engine) -> None:
    *_, hearer = _conversation(engine, "how many generators did japan give ukraine", "who said that", "to who")
    assert "Kuleba" in hearer, hearer


def test_how_many_one_person_sent_of_a_country_s_figure_is_not_answered(engine: Engine) -> None:
    *_, count = _conversation(engine, "How did Kamikawa say she had helped Ukraine before she became minister?",
                              "how many generators did japan provide in total that year",
                              "how many of those did she personally help send?")
    assert count.startswith("NOT ANSWERED"), count


def test_which_month_of_a_record_dated_by_its_year_alone_says_no_month_is_given(engine: Engine) -> None:
    answer = last_answer(engine, "when did japan open its embassy in kigali?", "which month was that?")
    assert not answer.answered and "no month" in answer.text and "2010" in answer.text, answer.text


@pytest.mark.parametrize(("thing", "due"), [("how many demining cranes did japan promise", None),
                                            ("how many auto transformers will japan provide?", "September 2023")])
def test_when_things_pointed_to_are_supposed_to_arrive_is_their_own_due_date(engine: Engine, thing: str,
                                                                             due: str | None) -> None:
    answer = last_answer(engine, thing, "when are those supposed to be delivered?")
    if due is None:
        assert not answer.answered and "cranes" in answer.text and "transformers" not in answer.text, answer.text
    else:
        assert answer.answered and due in answer.title and "20 September" not in answer.title, answer.text


def test_who_makes_a_thing_given_is_not_who_gave_it(engine: Engine) -> None:
    answer = last_answer(engine, "when will japan provide the 2 auto transformers?", "who makes them?")
    assert not answer.answered and "Kamikawa" not in answer.title, answer.text
