"""Time between two events: each rule's examples match; answers from the records' dates, or none."""

from __future__ import annotations

import pytest

from bot.answers import Answer, Focus
from bot.engine import Engine, elapsed
from bot.knowledge.dates import PartialDate
from tests.engine.conftest import TODAY, last_answer


@pytest.mark.parametrize("text", [t for rule in elapsed.RULES for t in rule.examples])
def test_rule_examples_match(text: str) -> None:
    assert elapsed.match(text) is not None


@pytest.mark.parametrize("text", ["how many days did the meeting last?", "how many generators did japan send?",
                                  "what's the difference between the g20 and the g7?"])
def test_other_questions_do_not(text: str) -> None:
    assert elapsed.match(text) is None


def _asker(dates: dict[str, str | None]):  # type: ignore[no-untyped-def]
    def ask(question: str, context: object = None) -> Answer:
        for key, date in dates.items():
            if key in question.lower():
                if date is None:
                    return Answer("not_found", False, "no")
                return Answer("fact", True, key, (key,), focus=Focus(date=date))
        return Answer("not_found", False, "no")
    return ask


def _date_of(answer: Answer) -> PartialDate | None:
    return PartialDate.parse(answer.focus.date) if answer.answered and answer.focus and answer.focus.date else None


def test_days_between_two_dated_events() -> None:
    ask = _asker({"alpha summit": "2021-03-01", "beta talks": "2021-03-11"})
    found = elapsed.answer("How many days passed between the alpha summit and the beta talks?", ask, _date_of)
    assert found is not None and found.answered and found.title == "10 days"


def test_days_need_days_on_both_sides() -> None:
    ask = _asker({"alpha summit": "2021-03", "beta talks": "2021-03-11"})
    found = elapsed.answer("How many days passed between the alpha summit and the beta talks?", ask, _date_of)
    assert found is not None and not found.answered and "month" in found.text


def test_an_undated_side_is_named() -> None:
    ask = _asker({"alpha summit": None, "beta talks": "2021-03-11"})
    found = elapsed.answer("How many years after the alpha summit did the beta talks start?", ask, _date_of)
    assert found is not None and not found.answered and "alpha summit" in found.text


def test_two_events_found_in_one_record_are_not_dated_apart() -> None:
    def ask(question: str, context: object = None) -> Answer:  # both sides answered from one meeting
        return Answer("meeting", True, "The talks", focus=Focus(meeting="talks-2021", date="2021-03-11"))
    found = elapsed.answer("How many days after taking office did the minister hold the beta talks?", ask, _date_of)
    assert found is not None and not found.answered and "same record" in found.text


def test_two_records_of_one_day_are_zero_days_apart() -> None:
    def ask(question: str, context: object = None) -> Answer:
        meeting = "alpha" if "alpha" in question.lower() else "beta"
        return Answer("meeting", True, meeting, focus=Focus(meeting=meeting, date="2021-03-11"))
    found = elapsed.answer("How many days passed between the alpha summit and the beta talks?", ask, _date_of)
    assert found is not None and found.answered and found.title == "0 days"


def test_weekday_of_an_exact_date() -> None:
    ask = _asker({"gamma visit": "2023-09-09"})
    found = elapsed.weekday("What day of the week was it when the gamma visit began?", ask, _date_of)
    assert found is not None and found.title == "Saturday"


def test_an_anniversary_is_the_same_day_of_the_year() -> None:
    ask = _asker({"alpha summit": "2024-01-26", "beta relations": "1992-01-26"})
    found = elapsed.anniversary("Did the alpha summit fall on the anniversary of beta relations?", ask, _date_of)
    assert found is not None and found.title.startswith("Yes") and "32nd" in found.title
    other = _asker({"alpha summit": "2024-01-25", "beta relations": "1992-01-26"})
    found = elapsed.anniversary("Did the alpha summit fall on the anniversary of beta relations?", other, _date_of)
    assert found is not None and found.title.split(",")[0] == "No"


def test_how_long_without_a_unit_is_said_in_months_when_under_two_years() -> None:
    ask = _asker({"alpha summit": "2022-02", "beta talks": "2023-09-09"})
    found = elapsed.answer("How long after the alpha summit did the beta talks take place?", ask, _date_of)
    assert found is not None and found.title.startswith("19 months (about 1 year and 7 months)")
    years = elapsed.answer("How many years after the alpha summit did the beta talks take place?", ask, _date_of)
    assert years is not None and years.title == "1 year"


def test_the_event_a_day_is_the_anniversary_of_is_every_earlier_event_that_day() -> None:
    from bot.answers import Citation
    ask = _asker({"alpha summit": "2024-01-26"})
    cited = Citation("doc", "A document", "doc.txt", "a quote")
    events = [(PartialDate(1992, 1, 26), "Gamma relations began", cited),
              (PartialDate(1993, 1, 27), "Another event", cited)]
    found = elapsed.anniversary_of_what("The alpha summit fell on the anniversary of which event?", ask, _date_of,
                                        lambda: events)
    assert found is not None and found.answered and found.title == "Gamma relations began"
    assert "32nd anniversary" in found.text and "Another" not in found.text
    none = elapsed.anniversary_of_what("The alpha summit fell on the anniversary of which event?", ask, _date_of,
                                       lambda: events[1:])
    assert none is not None and not none.answered


@pytest.mark.parametrize("text", [*elapsed.ANNIVERSARY_EXAMPLES, *elapsed.ANNIVERSARY_OF_WHAT_EXAMPLES])
def test_anniversary_examples_are_read(text: str) -> None:
    ask = _asker({"alpha-beta meeting": "2024-01-26", "gamma-delta diplomatic relations": "1992-01-26"})
    found = elapsed.anniversary(text, ask, _date_of) or elapsed.anniversary_of_what(text, ask, _date_of, list)
    assert found is not None


def test_and_from_a_to_b_asks_the_time_between_again(engine: Engine) -> None:
    first = engine.ask("How many days passed between Kagame's meeting with Kishida and Hayashi's meeting with "
                       "Kulubaev?")
    again = engine.ask("and from the Kulubaev meeting to Hayashi's Kyiv visit?", first.focus)
    assert first.title == "40 days" and again.title == "259 days", again.text


def test_how_many_days_apart_were_they_of_a_list_on_two_dates(engine: Engine) -> None:
    listed = engine.ask("Which Japan–Ukraine high-level meetings took place in September 2023?")
    apart = engine.ask("how many days apart were they?", listed.focus)
    assert apart.answered and apart.title == "11 days", apart.text
    assert apart.focus is not None and listed.focus is not None
    assert apart.focus.items == listed.focus.items  # the list is still shown


def test_how_many_days_separate_two_meetings(engine: Engine) -> None:
    answer = engine.ask("How many days separate the Kagame–Kishida meeting and the Hayashi–Kulubaev meeting?")
    assert answer.title == "40 days", answer.text


@pytest.mark.parametrize(("question", "title", "shown"), [
    ("How many years had Japan–Rwanda diplomatic relations existed at the time of the Bali meeting?", "60 years",
     "Japan–Rwanda diplomatic relations: 1962."),
    ("How long had Japan's embassy in Kigali been open when Kagame met Kishida?", "12 years",
     "Japan's embassy in Kigali: 2010."),
])
def test_how_long_something_had_lasted_by_another_event(engine: Engine, question: str, title: str, shown: str) -> None:
    answer = engine.ask(question)
    assert answer.title == title and shown in answer.lines, answer.text


def test_years_by_an_event_and_the_one_of_the_same_noun(engine: Engine) -> None:
    by = engine.ask("By the Bali meeting, how many years had Japan's embassy in Kigali been open?", today=TODAY)
    assert by.answered and by.title == "12 years"
    between = engine.ask("how many yrs between japan opening its embassy in tashkent and the one in kigali",
                         today=TODAY)
    assert between.answered and between.title == "17 years"


def test_the_same_day_of_the_year_as_another_record(engine: Engine) -> None:
    first = engine.ask("when were uzbekistan japan diplomatic ties established?", today=TODAY)
    same = engine.ask("interesting, so same day of the year as the usmanov meeting?", first.focus, today=TODAY)
    assert same.answered and same.title.startswith("Yes") and "26 January 2024" in same.text


def test_each_side_asks_for_every_record_that_fits(engine: Engine) -> None:
    answer = engine.ask("when did each side open embassies?", today=TODAY)
    assert answer.answered and "Tashkent" in answer.text and "Tokyo" in answer.text


@pytest.mark.parametrize("text", elapsed.SAME_DAY_EXAMPLES)
def test_same_day_examples_are_read(text: str) -> None:
    ask = _asker({"the lunde meeting": "2024-01-26", "the velda talks": "2024-01-26",
                  "diplomatic ties began": "2024-01-26", "the embassy opened": "2024-01-26"})
    last = Answer("record", True, "", focus=Focus(date="1992-01-26"))
    found = elapsed.same_day_as(text, last, ask, _date_of, ask)
    assert found is not None and found.title.startswith("Yes")


@pytest.mark.parametrize(("question", "title"), [
    ("days between hayashi arriving in kyiv and kamikawa meeting kuleba?", "11 days"),
    ("days btw hayashi arriving kyiv n kamikawa meeting kuleba?", "11 days"),
    ("About how many months separated Kishida's Ukraine visit and Hayashi's?", "6 months"),
    ("By the time of the Bali meeting, how many years had Japan-Rwanda diplomatic ties existed?", "60 years"),
])
def test_time_between_asked_in_other_words(engine: Engine, question: str, title: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title == title, answer.text


def test_how_old_a_thing_was_when_something_happened(engine: Engine) -> None:
    answer = engine.ask("How old was Japan's embassy in Kigali when Kagame met Kishida in Bali?", today=TODAY)
    assert answer.answered and answer.title == "12 years", answer.text


def test_a_persons_age_is_no_time_between_events(engine: Engine) -> None:
    answer = engine.ask("how old was kagame when he met kishida?", today=TODAY)
    assert not answer.answered and "years" not in answer.title


def test_a_bare_place_is_the_same_thing_as_the_other_side_at_that_place(engine: Engine) -> None:
    answer = engine.ask("How many years apart were Japan's embassy openings in Tashkent and Kigali?", today=TODAY)
    assert answer.title == "17 years"  # January 1993 and 2010: both embassies, not a meeting held near Kigali


def test_a_side_that_names_only_the_home_country_is_of_the_conversations_country(engine: Engine) -> None:
    focus = engine.ask("When did Japan open its embassy in Tashkent?", today=TODAY).focus
    answer = engine.ask("how long after relations were set up did Japan's open?", focus, today=TODAY)
    assert answer.answered and "1992" in answer.text and "1962" not in answer.text, answer.text


def test_a_side_given_only_as_another_place_is_the_same_thing_there() -> None:
    ask = _asker({"embassy in ostra": "1993-01", "embassy in lunde": "2010"})
    found = elapsed.answer("What's the gap in years between Aurelia opening its embassy in Ostra and in Lunde?",
                           ask, _date_of)
    assert found is not None and found.title == "17 years"
    assert "Aurelia opening its embassy in Lunde: 2010." in found.text


def test_the_gap_between_the_two_records_shown_is_in_the_finest_unit_both_give(engine: Engine) -> None:
    answer = last_answer(engine, "When did Uzbekistan open its embassy in Tokyo?", "and the japanese one in tashkent?",
                         "and the gap between the two embassy openings?")
    assert answer.answered and answer.title == "37 months (3 years and 1 month)", answer.text


def test_the_record_a_time_was_asked_of_stays_the_topic(engine: Engine) -> None:
    # "that" of "how many days before ... was that?" is still the meeting the conversation is about
    answer = last_answer(engine, "when was the G7 foreign ministers' meeting that Kamikawa held?",
                         "how many days before her meeting with kuleba was that", "which ministers attended it?")
    assert not answer.answered and "does not name who else took part" in answer.text, answer.text


def test_one_event_after_another_measured_to_the_last_record(engine: Engine) -> None:
    answer = last_answer(engine, "When did Japan's embassy in Tashkent open?",
                         "how long after relations were established?")
    assert answer.answered and "1 year" in answer.title, answer.text


def test_a_thing_put_first_is_the_event_measured(engine: Engine) -> None:
    answer = last_answer(engine, "When did Japan's embassy in Tashkent open?",
                         "and the embassy in Kigali, how many years after ties with Rwanda began?")
    assert answer.answered and answer.title == "48 years", answer.text


def test_the_words_pointing_back_are_the_last_records_not_the_other_events(engine: Engine) -> None:
    answer = last_answer(engine, "When did Japan and Uzbekistan establish diplomatic relations?",
                         "what about the uzbek embassy in tokyo?",
                         "so how many years after relations were set up did that one open?")
    assert answer.answered and answer.title == "4 years", answer.text


def test_a_question_of_time_opening_on_and_is_still_one(engine: Engine) -> None:
    answer = last_answer(engine, "what date did Kagame meet Kishida?",
                         "and how many days after that did Hayashi meet Kulubaev?")
    assert answer.answered and answer.title == "40 days", answer.text


def test_a_side_answered_from_one_record_of_the_list_shown_is_dated_by_that_record(engine: Engine) -> None:
    answer = last_answer(engine, "When did Japan's embassy in Tashkent open?", "and formal relations?",
                         "so how long after relations began did Japan's embassy open?")
    assert answer.answered and "1992" in answer.text and "1993" in answer.text, answer.text


def test_a_side_in_the_words_of_a_record_answered_lately_is_that_record(engine: Engine) -> None:
    # "ties" is said of the relations answered two turns ago, and of an unrelated report ("tech ties")
    answer = last_answer(engine, "when did tokyo and tashkent establish diplomatic ties", "which embassy opened later?",
                         "how many years after ties was it?")
    assert answer.answered and answer.text.startswith("4 years") and "1992" in answer.text, answer.text


def test_a_side_named_by_an_owner_alone_is_that_owners_record_of_the_conversation(engine: Engine) -> None:
    answer = last_answer(engine, "What year did Japan set up its embassy in Rwanda's capital?",
                         "what about Uzbekistan?", "and Uzbekistan's own embassy in Tokyo?",
                         "how many years after Japan's was that?")
    assert answer.answered and answer.text.startswith("3 years") and "1993" in answer.text, answer.text


def test_how_many_days_apart_is_that_of_the_two_dates_just_given(engine: Engine) -> None:
    answer = last_answer(engine, "When did Kagame meet Kishida?", "and when did Hayashi meet Kulubaev?",
                         "how many days apart is that?")
    assert answer.answered and answer.text.startswith("40 days"), answer.text


@pytest.mark.parametrize("question", ["so gap between the 2 is what, like yrs",
                                      "roughly how many years apart were those two openings?"])
def test_the_gap_between_the_two_just_answered_in_the_unit_said(engine: Engine, question: str) -> None:
    answer = last_answer(engine, "when did jpn's embassy in tashkent open", "and theirs in tokyo", question)
    assert answer.answered and answer.text.startswith("3 years"), answer.text


def test_the_time_between_two_records_of_the_last_list_picked_by_position(engine: Engine) -> None:
    answer = last_answer(engine, "Which meetings does Hayashi hold in these records?",
                         "how many days lie between the first and the second?")
    assert answer.answered and answer.text.startswith("259 days"), answer.text


@pytest.mark.parametrize("question", ["how many days between those two?",
                                      "how many days are there between those two dates?",
                                      "how many days apart is that?", "days btwn them"])
def test_the_two_records_answered_in_two_turns_are_dated_apart(engine: Engine, question: str) -> None:
    answer = last_answer(engine, "When did Kagame meet Kishida?", "and Hayashi met Kulubaev when?", question)
    assert answer.answered and answer.title == "40 days", answer.text


def test_a_gap_of_a_list_of_one_day_is_of_the_two_records_the_conversation_answered(engine: Engine) -> None:
    answer = last_answer(engine, "On what date did Hayashi receive the Kyrgyz foreign minister?",
                         "and when did he get to Kyiv?", "how many days apart is that?")
    assert answer.answered and answer.title == "259 days", answer.text


def test_no_gap_is_guessed_among_more_than_two_records_remembered(engine: Engine) -> None:
    answer = last_answer(engine, "Who did Japan's foreign minister meet in New York in September 2023?",
                         "is that the same Japanese minister who went to Kyiv that month?",
                         "how many days apart were the two meetings?")
    assert not answer.answered


def test_the_two_named_by_a_noun_must_be_records_of_it(engine: Engine) -> None:
    # a meeting and an embassy are not "the two openings"
    answer = last_answer(engine, "When did Usmanov meet Ikegami?", "and when did Japan open its embassy in Tashkent?",
                         "roughly how many years apart were the two openings?")
    assert not answer.answered or "meets" not in answer.text, answer.text


def test_which_came_first_after_the_time_between_two_meetings_is_of_those_two(engine: Engine) -> None:
    answer = last_answer(engine, "How many days separate the Kagame–Kishida meeting and the Hayashi–Kulubaev meeting?",
                         "which came first?")
    assert answer.answered and answer.title.startswith("Earlier:") and "Kagame" in answer.title, answer.text


def test_he_after_the_time_between_two_events_is_the_subject_of_the_question(engine: Engine) -> None:
    # "did Kishida go": Kishida is whom "he" means next, and "that trip" is his, whose record names no one met
    answer = last_answer(engine, "How many months before Hayashi's trip to Kyiv did Kishida go to Ukraine?",
                         "Did he meet Zelenskyy on that trip?")
    assert not answer.title.startswith("Yes") and "Kishida" in answer.text, answer.text


def test_how_many_years_earlier_one_began_than_the_other(engine: Engine) -> None:
    found = engine.ask("How many years earlier did Japan-Rwanda relations begin than Japan-Uzbekistan relations?")
    assert found.answered and found.title == "30 years" and "1962" in found.text and "1992" in found.text, found.text


def test_a_time_after_asked_of_an_event_before_says_so(engine: Engine) -> None:
    found = engine.ask("How many years after the Usmanov-Ikegami meeting did Japan open its embassy in Tashkent?")
    assert found.answered and found.title == "31 years before, not after", found.text
    right_way = engine.ask("How many years after Japan opened its embassy in Tashkent did Usmanov meet Ikegami?")
    assert right_way.answered and right_way.title == "31 years", right_way.text


def test_years_separating_those_two_events_after_two_answers(engine: Engine) -> None:
    answer = last_answer(engine, "When did Japan open its embassy in Kigali?",
                         "And how far back do diplomatic relations between the two countries go?",
                         "How many years separate those two events?")
    assert answer.answered and answer.title == "48 years", answer.text


def test_the_two_records_dated_apart_are_those_a_comparison_next_compares(engine: Engine) -> None:
    answer = last_answer(engine, "when did hayashi meet the kyrgyz fm", "n when was he in kyiv",
                         "how many days between those two", "which one lasted longer")
    # (the visit's record gives no length: said so, never a record of another lasting thing)
    assert not answer.answered and "does not state how long" in answer.text, answer.text
    longer = last_answer(engine, "When did Hayashi meet Kulubaev?", "and when did Kamikawa meet Kuleba?",
                         "how many days apart were they?", "which one lasted longer?")
    assert longer.answered and "Kuleba" in longer.text, longer.text


@pytest.mark.parametrize("asked", ["Their meeting date coincides with the anniversary of which event?",
                                   "that date coincides with the anniversary of which event in Japan–Uzbekistan "
                                   "relations?"])
def test_the_anniversary_of_what_a_date_pointed_at_falls_on(engine: Engine, asked: str) -> None:
    answer = last_answer(engine, "Who did Usmanov meet?", "On what date did they meet?", asked)
    assert answer.answered and "1992" in answer.text and "32nd anniversary" in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "If the Usmanov-Ikegami meeting was in 2024, which anniversary of Uzbek-Japanese diplomatic ties did it land on?",
    "which anniversary of diplomatic relations did the Usmanov-Ikegami meeting fall on?",
])
def test_which_anniversary_of_an_event_a_meeting_fell_on_is_its_number(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title == "The 32nd anniversary" and "1992" in answer.text, answer.text


def test_which_anniversary_of_an_event_picks_the_event_of_that_day_named() -> None:
    from bot.answers import Citation
    ask = _asker({"alpha summit": "2024-01-26"})
    cited = Citation("doc", "A document", "doc.txt", "a quote")
    events = [(PartialDate(1992, 1, 26), "Gamma relations began", cited),
              (PartialDate(2000, 1, 26), "The delta bridge opened", cited)]
    found = elapsed.anniversary_of_what("Which anniversary of the delta bridge did the alpha summit fall on?", ask,
                                        _date_of, lambda: events)
    assert found is not None and found.title == "The 24th anniversary", found


def test_the_same_day_an_event_told_as_a_clause_is_that_event_of_the_conversation(engine: Engine) -> None:
    same = last_answer(engine, "who did ikegami masaki meet in jan", "wat date exactly",
                       "isnt that the same day diplomatic ties began")
    assert same.answered and same.title.startswith("Yes") and "1992" in same.text, same.text
    # a day of another year told of another day is no
    other = last_answer(engine, "When did Kamikawa meet Kuleba?", "was that the same day the G7 ministers met?")
    assert not other.title.startswith("Yes"), other.text



def test_one_event_named_is_timed_from_the_record_just_answered(engine: Engine) -> None:
    gap = last_answer(engine, "wen did kishda visit ukraine", "how many months b4 hayashis trip")
    assert gap.answered and gap.title.startswith("6 months"), gap.text
    # (an event with a verb of its own is asked as it was)
    assert elapsed.match("how long after relations were established?") is not None
    assert elapsed.match("how many days before the summit") is not None
    assert elapsed.match("how many days before the summit was that") is not None


def test_one_event_named_the_wrong_way_round_from_the_last_record_is_not_answered(engine: Engine) -> None:
    # the meeting was before the trip: "how many months after the trip?" did not mean the meeting
    implied = last_answer(engine, "When did Hayashi meet Kulubaev?", "roughly how many months after Kishida's trip?")
    assert "not after" not in implied.title and "3 months" not in implied.title, implied.text
    # said in full, "that" is the meeting, and the answer says the other way round
    said = last_answer(engine, "When did Hayashi meet Kulubaev?",
                       "roughly how many months after Kishida's trip was that?")
    assert said.title == "3 months before, not after", said.text


def test_after_one_event_timed_from_the_last_record_the_topic_stays(engine: Engine) -> None:
    gap = last_answer(engine, "When did Hayashi meet Kulubaev?", "how many days b4 kamikawa met kuleba")
    assert gap.answered and gap.focus is not None and "zheenbek-kulubaev" in gap.focus.people, gap.focus


def test_the_same_day_an_event_told_as_a_clause_needs_a_record_of_the_conversations_country(engine: Engine) -> None:
    # a record of another country, or the record just answered itself, is no answer of "the same date"
    other = last_answer(engine, "who from japan met usmanov in jan", "wat day",
                        "isnt that the same date the 2 countries set up ties?")
    assert not other.answered or other.title.startswith("Yes"), other.text
    itself = last_answer(engine, "the uzbek deputy fm, who is he", "who did he meet from japan",
                         "was that the same date relations were set up")
    assert itself.answered and "1992" in itself.text, itself.text


@pytest.mark.parametrize(("question", "title"), [
    ("How much later than the alpha summit did the beta talks start?", "10 days"),
    ("how many days earlier than the beta talks did the alpha summit start?", "10 days"),
])
def test_later_than_one_event_measures_the_other_from_it(question: str, title: str) -> None:
    ask = _asker({"alpha summit": "2021-03-01", "beta talks": "2021-03-11"})
    found = elapsed.answer(question, ask, _date_of)
    assert found is not None and found.answered and found.title == title, found


def test_earlier_without_than_is_earlier_than_the_record_just_answered(engine: Engine) -> None:
    answer = last_answer(engine, "When did Kamikawa meet Kuleba?",
                         "How many days earlier had she held the G7 Foreign Ministers' meeting?")
    assert answer.answered and answer.title == "2 days"


def test_later_without_than_is_later_than_the_record_just_answered_which_it_then_replaces(engine: Engine) -> None:
    turns = ("On what date did President Kagame meet Prime Minister Kishida?",
             "How many days later did Hayashi meet the Kyrgyz foreign minister?")
    answer = last_answer(engine, *turns)
    assert answer.answered and answer.title == "40 days"
    ended = last_answer(engine, *turns, "At roughly what time did that meeting end?")
    assert ended.answered and "15:10" in ended.text and "Kagame" not in ended.text
    # a thing the rules cannot date as an event is read on, from the record just answered
    covid = last_answer(engine, "When did Japan open its embassy in Kigali?",
                        "how many years later did Japan's COVID help arrive?")
    assert covid.answered and covid.title == "10 years"


@pytest.mark.parametrize(("turns", "expected"), [
    (("When was the G7 foreign ministers meeting in New York?", "How many days was that before she met Kuleba?"),
     "2 days"),
    (("When did Japan-Rwanda ties start?", "how many years was that before the Kigali embassy opened?"), "48 years"),
    # (the event measured to, said first as the scene)
    (("By the time Kagame met Kishida in 2022, how many years had Japan and Rwanda had diplomatic relations?",),
     "60 years"),
    # ("there" on one side is the place the other names)
    (("How many months after Kishida's trip to Ukraine did Hayashi make his own visit there?",), "6 months"),
])
def test_the_time_from_the_one_just_answered_said_first(engine: Engine, turns: tuple[str, ...], expected: str) -> None:
    answer = last_answer(engine, *turns)
    assert answer.answered and answer.title == expected, answer.text


def test_that_meeting_as_a_side_is_the_conversations_record_whatever_the_other_side_is(engine: Engine) -> None:
    answer = last_answer(engine, "Which foreign leaders or ministers did Hayashi meet?",
                         "Which of those meetings was held in Japan?",
                         "How many days passed between that meeting and his arrival in Kyiv?")
    assert answer.answered and answer.title == "259 days", answer.text


def test_that_alone_as_a_side_is_the_record_just_answered(engine: Engine) -> None:
    answer = last_answer(engine, "what yr did rwanda get independence",
                         "and how many yrs after that did japan open an embassy in kigali")
    assert answer.answered and answer.title == "48 years", answer.text


@pytest.mark.parametrize(("side", "other", "whole"), [
    ("with uzbekistan", "japan's relations with rwanda", "japan's relations with uzbekistan"),
    ("in kigali", "japan open its embassies in tashkent", "japan open its embassies in kigali"),
    ("kigali", "the embassy in tashkent", "the embassy in kigali"),
    ("to ostra", "japan's relations with rwanda", "to ostra"),  # another preposition: a side of its own
    ("the forum", "japan's relations with rwanda", "the forum")])
def test_a_side_said_by_its_preposition_and_name_is_the_other_side_of_that_name(side: str, other: str,
                                                                                  whole: str) -> None:
    assert elapsed._the_one(side, other) == whole


def test_years_apart_of_two_countries_said_with_the_same_preposition(engine: Engine) -> None:
    answer = engine.ask("How many years apart did Japan start relations with Rwanda and with Uzbekistan?")
    assert answer.answered and answer.title == "30 years", answer.text


def test_at_that_point_after_a_time_between_two_events_asks_which(engine: Engine) -> None:
    """After "how many years before the Bali meeting did Japan open its embassy in Kigali?", "that point" may be
    the meeting or the opening: asked which, not answered of one picked silently."""
    answer = last_answer(engine, "how many years before the bali meeting did japan open its embassy in kigali",
                         "and how old were japan-rwanda relations at that point")
    assert not answer.answered and "either" in answer.text, answer.text
    one = last_answer(engine, "when did kagame meet kishida", "how old were japan-rwanda relations at that point")
    assert one.answered and "60 years" in one.title, one.text


def test_a_meeting_named_by_its_level_in_shorthand_is_dated(engine: Engine) -> None:
    answer = engine.ask("How many days after the G7 FM meeting did Kamikawa sit down with Kuleba?", today=TODAY)
    assert answer.answered and answer.title == "2 days", answer.text


def test_how_many_years_later_that_was_is_between_the_two_records_just_answered(engine: Engine) -> None:
    answer = last_answer(engine, "when did japan open its embassy in tashkent?", "and Uzbekistan's in Tokyo?",
                         "how many years later is that")
    assert answer.answered and answer.title == "3 years" and "1993" in answer.text and "1996" in answer.text, \
        answer.text
    # another event named is what "later" is measured from
    after = last_answer(engine, "when did japan open its embassy in tashkent?", "and Uzbekistan's in Tokyo?",
                        "so how many years after the establishment of relations was that?")
    assert after.title == "4 years", after.text


def test_years_between_the_two_records_just_answered_when_the_last_is_one_of_two_shown(engine: Engine) -> None:
    answer = last_answer(engine, "When were Japan-Uzbekistan diplomatic ties established?", "And Japan-Rwanda?",
                         "how many years earlier is that?")
    assert answer.answered and answer.title == "30 years" and "Kagame" not in answer.text, answer.text


@pytest.mark.parametrize(("text", "date"), [("jan 26 2024", PartialDate(2024, 1, 26)),
                                            ("March 2023", PartialDate(2023, 3)), ("2010", PartialDate(2010)),
                                            ("the meeting of 2010", None), ("26 January", None)])
def test_a_side_said_as_a_date_is_that_date(text: str, date: PartialDate | None) -> None:
    assert elapsed.said_date(text) == date


def test_time_from_a_record_to_a_date_said(engine: Engine) -> None:
    answer = engine.ask("as of jan 26 2024, how many years had uzbekistan and japan had diplomatic relations",
                        today=TODAY)
    assert answer.answered and answer.title == "32 years", answer.text


def test_and_between_two_events_asks_the_time_between_a_few_turns_on(engine: Engine) -> None:
    answer = last_answer(engine, "how many days between the Kagame-Kishida meeting and Hayashi's talks with the "
                                 "Kyrgyz FM?", "the earlier one - who attended from rwanda?",
                         "and between hayashi's kyiv visit and kamikawa meeting kuleba?")
    assert answer.answered and answer.title == "11 days", answer.text
    assert elapsed.asked_again("and between Quell and Sabit?", "who met Sabit?") is None


def test_the_gap_in_a_unit_between_the_two_just_shown(engine: Engine) -> None:
    for gap in ("gap in years between the two?", "time gap between them in years?"):
        answer = last_answer(engine, "jpn embassy in tashkent opened when", "and the uzbek one in tokyo?", gap)
        assert answer.title == "3 years", (gap, answer.text)


def test_a_side_said_by_a_place_of_the_last_question_is_that_side(engine: Engine) -> None:
    answer = last_answer(engine, "How many days passed between Hayashi's meeting with the Kyrgyz FM and his arrival "
                                 "in Kyiv?", "and from Kyiv to Kamikawa's talks with Kuleba?")
    assert answer.title == "11 days", answer.text


def test_and_from_a_to_b_after_the_time_between_the_two_just_shown_asks_it_again(engine: Engine) -> None:
    answer = last_answer(engine, "When did Kishida and Kagame meet?", "and hayashi with kulubaev?",
                         "how many days between the two?",
                         "and from the kulubaev meeting to the start of hayashi's ukraine visit?")
    assert answer.answered and answer.title == "259 days", answer.text


def test_that_with_a_verb_of_coming_is_the_last_record(engine: Engine) -> None:
    answer = last_answer(engine, "when did Japan and Rwanda establish diplomatic ties", "and the Kigali embassy?",
                         "how many years after ties did that come")
    assert answer.answered and "48" in answer.title, answer.text


def test_the_two_records_just_listed_may_be_named_with_a_word_before_their_noun(engine: Engine) -> None:
    answer = last_answer(engine, "When did Japan and Uzbekistan open embassies in each other's capitals?",
                         "how many years between those two Uzbek-Japan openings?")
    assert answer.title == "3 years", answer.text


def test_the_two_sides_split_at_a_later_and_when_the_first_split_dates_only_one(engine: Engine) -> None:
    answer = engine.ask("How many years passed between Japan and Rwanda establishing relations and Japan opening an "
                        "embassy in Kigali?", today=TODAY)
    assert answer.title == "48 years" and "Japan and Rwanda establishing relations: 1962" in answer.text, answer.text


def test_a_time_between_asked_after_so_and_roughly_is_still_asked(engine: Engine) -> None:
    answer = engine.ask("so roughly how many years after relations were set up did uzbekistan's embassy in tokyo open?",
                        today=TODAY)
    assert answer.title == "4 years", answer.text


def test_the_two_records_set_side_by_side_on_one_day_are_counted_between_next(engine: Engine) -> None:
    answer = last_answer(engine, "tell me about the uzbek japan business forum",
                         "was it the same day as the ikegami meeting?", "how many days between them")
    assert answer.answered and answer.title == "16 days", answer.text


@pytest.mark.parametrize("question", ["how many days apart", "how many days between them"])
def test_a_time_between_records_the_conversation_has_not_shown_is_not_answered(engine: Engine,
                                                                             question: str) -> None:
    # (a record of "a two-day summit" has the unit's word and is no time between two records)
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and answer.title == "Between which two?", answer.text


def _dated_record(key: str, date: str) -> Answer:
    return Answer("fact", True, key, (key,), focus=Focus(date=date, items=(f"meeting:{key}",)))


@pytest.mark.parametrize("text", elapsed.THAT_IN_ORDER_EXAMPLES)
def test_that_in_order_examples_set_the_record_shown_against_the_event(text: str) -> None:
    def ask(question: str) -> Answer:
        return _dated_record("later", "2023-09-20") if "when" in question.lower() else Answer("x", False, "")
    found = elapsed.that_in_order(text, _dated_record("shown", "2023-09-18"), ask, _date_of)
    assert found is not None and found.answered and found.title in ("Before", "Yes", "No: before"), found


def test_that_in_order_is_not_said_of_one_record_or_of_one_day() -> None:
    shown = _dated_record("shown", "2023-09-18")
    same = elapsed.that_in_order("was that before or after the velda talks?", shown, lambda q: shown, _date_of)
    one_day = elapsed.that_in_order("was that before or after the velda talks?", shown,
                                    lambda q: _dated_record("other", "2023-09-18"), _date_of)
    assert same is None and one_day is None


def test_was_that_before_or_after_an_event_of_the_conversation(engine: Engine) -> None:
    answer = last_answer(engine, "when did kamikawa hold the g7 fm meeting", "where",
                         "was that before or after she met kuleba")
    assert answer.answered and answer.title == "Before" and "20 September 2023" in answer.text, answer.text


def test_those_two_meetings_of_two_answers_on_two_dates_are_counted_between(engine: Engine) -> None:
    # one meeting, then two records of one day: the two dates the conversation has shown
    answer = last_answer(engine, "who met kuleba in september 2023", "and who met zelensky that month",
                         "how many days apart were those two meetings")
    assert answer.answered and answer.title == "11 days", answer.text


def test_same_day_as_the_meeting_is_of_the_meeting_the_conversation_last_had(engine: Engine) -> None:
    answer = last_answer(engine, "what did usmanov and ikegami talk about",
                         "when were uzbekistan-japan diplomatic relations established?",
                         "huh, same day of the year as that meeting?")
    assert answer.answered and answer.title.startswith("Yes") and "26 January 2024" in answer.text, answer.text


def test_his_event_in_a_time_between_is_the_event_of_the_man_of_the_conversation(engine: Engine) -> None:
    answer = last_answer(engine, "What memorial did Hayashi visit in Ukraine?", "what does it commemorate",
                         "when did those killings happen", "roughly how long before his visit was that")
    assert answer.answered and "9 September 2023" in answer.text and "19 months" in answer.text, answer.text


def test_months_between_two_days_are_whole_months_with_the_days(engine: Engine) -> None:
    answer = engine.ask("how long after the kyrgyz meeting did hayashi go to kyiv", today=TODAY)
    assert answer.title == "8 months (259 days)", answer.text
    years = engine.ask("how many years after relations began did usmanov meet ikegami?", today=TODAY)
    assert years.title.startswith("32 years"), years.text


def test_that_claimed_some_days_before_an_event_is_checked_by_the_days_between(engine: Engine) -> None:
    right = last_answer(engine, "what did kamikawa say about the g7", "so that was two days before she met kuleba?")
    assert right.title == "Yes", right.text
    wrong = last_answer(engine, "what did kamikawa say about the g7", "so that was three days before she met kuleba?")
    assert wrong.title == "No: 2 days before", wrong.text


def test_the_two_things_named_among_three_records_the_conversation_had(engine: Engine) -> None:
    # (relations, then two embassies: "the two embassy openings" are the two records that name an embassy)
    answer = last_answer(engine, "uzb japan dipl relations since when", "jp embassy in tashkent opened?",
                         "uzb one in tokyo?", "gap between the two embassy openings")
    assert answer.answered and "3 years" in answer.title and "1992" not in answer.text, answer.text
    meetings = last_answer(engine, "when did hayashi meet kulubaev", "and when did he meet zelenskyy",
                           "how many days apart are the two meeting dates")
    assert meetings.title == "259 days", meetings.text


def test_roughly_how_long_between_them_after_an_order_is_the_time_between(engine: Engine) -> None:
    answer = last_answer(engine, "hayashi met the kyrgyz fm and also went to kyiv right?", "which came first",
                         "roughly how long between them")
    assert answer.title == "259 days", answer.text


def test_which_came_first_and_by_how_many_years_of_the_two_answered(engine: Engine) -> None:
    answer = last_answer(engine, "when did japan open an embassy in rwanda", "and uzbekistan?",
                         "which is older and by how many years")
    assert "Tashkent" in answer.title and "17 years apart." in answer.text, answer.text


def test_and_another_country_asks_the_same_question_of_its_place(engine: Engine) -> None:
    # "and Uzbekistan?" after Japan's embassy in Rwanda: Japan's embassy there, not Uzbekistan's in Tokyo
    again = last_answer(engine, "when did japan open an embassy in rwanda", "and uzbekistan?")
    assert "Tashkent" in again.text and "Tokyo" not in again.text, again.text
    # "the Uzbek one" of the two just answered, and the time to the other
    uzbek = last_answer(engine, "when did japan open an embassy in kigali", "and uzbekistan?",
                        "how many years earlier was the uzbek one")
    assert uzbek.title == "17 years", uzbek.text


def test_which_is_older_and_by_how_much_of_two_answered_is_the_time_between(engine: Engine) -> None:
    answer = last_answer(engine, "when did uzbekistan and japan establish diplomatic relations",
                         "and rwanda and japan?", "which is older and by how much")
    assert "Rwanda" in answer.title and "30 years apart." in answer.text, answer.text


def test_how_many_years_by_an_event_after_a_date_is_the_time_from_that_date(engine: Engine) -> None:
    answer = last_answer(engine, "rwanda japan ties how old", "so about how many years by the bali meeting")
    assert answer.title == "60 years", answer.text


def test_the_record_just_answered_pointed_to_in_the_present_tense_is_measured_as_in_the_past(engine: Engine) -> None:
    answer = last_answer(engine, "when did kishida go to ukraine", "how many months before hayashi's trip is that")
    assert answer.answered and answer.title == "6 months", answer.text


def test_that_after_records_of_several_dates_is_not_one_of_them_picked(engine: Engine) -> None:
    # "and kishida when did he go" lists his two trips; "that" may be either
    answer = last_answer(engine, "did hayashi go to bucha", "and kishida when did he go",
                         "how many months before hayashis trip is that")
    assert not answer.answered and "Please name the one you mean" in answer.text, answer.text


@pytest.mark.parametrize("asked", ["how many yrs gap", "how many years difference"])
def test_the_gap_between_the_two_records_just_answered_in_a_unit(engine: Engine, asked: str) -> None:
    answer = last_answer(engine, "when did japan open an embassy in tashkent", "and uzbekistans in tokyo?", asked)
    assert answer.answered and answer.title == "3 years", answer.text


def test_how_many_days_between_alone_is_the_time_between_the_two_dates_just_given(engine: Engine) -> None:
    answer = last_answer(engine, "when did kishda meet kagame", "and when did hayashi meet the kirgyz fm",
                         "how many days between")
    assert answer.answered and answer.title == "40 days", answer.text


def test_two_sides_of_the_same_day_each_named_are_each_dated(engine: Engine) -> None:
    answer = last_answer(engine, "who hosted the uzb-japan meeting on jan 26", "whats ikegamis positon",
                         "when were diplomatic relations established between the two countries",
                         "so the meeting was on the same day of the year as the relations were established?")
    assert answer.title.startswith("Yes") and "1992" in answer.text and "2024" in answer.text, answer.text


def test_the_meeting_said_to_fall_on_a_day_after_another_record_is_the_meeting(engine: Engine) -> None:
    answer = last_answer(engine, "Who hosted the Uzbekistan-Japan meeting on January 26?",
                         "When were diplomatic relations between the two countries established?",
                         "so the meeting fell on the anniversary of relations?")
    assert answer.title.startswith("Yes") and "1992" in answer.text, answer.text


@pytest.mark.parametrize(("asked", "gap"), [
    ("japan-uzbek relations started how many years after the japan-rwanda ones", "30 years"),
    ("the usmanov-ikegami meeting was held how many days after the business forum", "16 days"),
    ("hayashi met zelenskyy how many days after he met kulubaev", "259 days")])
def test_an_event_said_before_the_gap_asked_after_it(engine: Engine, asked: str, gap: str) -> None:
    answer = last_answer(engine, asked)
    assert answer.answered and answer.title == gap, answer.text
    assert "how many" not in answer.text.lower(), answer.text  # (each side labelled as the question said it)


def test_the_gap_asked_alone_after_two_records_is_the_time_between_them(engine: Engine) -> None:
    answer = last_answer(engine, "which opened first, japan's embassy in tashkent or uzbekistan's embassy in tokyo?",
                         "gap?")
    assert answer.answered and "3 years" in answer.text, answer.text


def test_a_side_said_by_a_name_alone_is_the_record_of_that_person_in_the_list_shown(engine: Engine) -> None:
    answer = last_answer(engine, "list japan-ukraine mtgs in sept 2023",
                         "how many days between hayashi's and kamikawa's")
    assert answer.answered and "11 days" in answer.title, answer.text


def test_a_working_out_put_as_a_condition_asks_what_follows_it(engine: Engine) -> None:
    answer = last_answer(engine, "At what time did the Hayashi–Kulubaev meeting begin?",
                         "If it ran its full approximate length, when would it have ended?")
    assert answer.answered and "15:10" in answer.text, answer.text


def test_two_events_joined_by_to_then_the_gap_asked(engine: Engine) -> None:
    answer = engine.ask("uz jp forum to usmanov ikegami mtg, gap in days", today=TODAY)
    assert answer.answered and answer.title == "16 days", answer.text


@pytest.mark.parametrize(("question", "days"), [("kagame kishida mtg to hayashi kulubaev mtg how many days apart", 40),
                                                ("g7 fm mtg to kuleba mtg how many days", 2)])
def test_two_events_joined_by_to_then_how_many_units(engine: Engine, question: str, days: int) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title == f"{days} days", answer.text


def test_how_long_after_a_journey_is_no_time_between_two_events(engine: Engine) -> None:
    answer = engine.ask("hayashi went to kyiv, how long?", today=TODAY)
    assert "time between" not in answer.text, answer.text


def test_an_event_stated_then_another_how_many_units_later(engine: Engine) -> None:
    answer = engine.ask("rwanda jp ties began 1962, kigali embassy how many yrs later", today=TODAY)
    assert answer.answered and answer.title == "48 years", answer.text


@pytest.mark.parametrize("text", elapsed.GAP_CLAIM_EXAMPLES)
def test_gap_claim_examples_are_claims(text: str) -> None:
    assert elapsed.gap_claim(text) is not None


@pytest.mark.parametrize("text", elapsed.GAP_CLAIM_COUNTEREXAMPLES)
def test_gap_claim_counterexamples_are_not(text: str) -> None:
    assert elapsed.gap_claim(text) is None


def test_a_time_claimed_between_two_events_is_checked_against_their_records(engine: Engine) -> None:
    right = engine.ask("did kamikawa meet kuleba 2 days after the g7 fm meeting?", today=TODAY)
    assert right.title == "Yes" and "18 September 2023" in right.text, right.text
    wrong = engine.ask("did kamikawa meet kuleba 3 days after the g7 fm meeting?", today=TODAY)
    assert wrong.title == "No: 2 days after", wrong.text
    reversed_ = engine.ask("kamikawa met kuleba 2 days before the g7 meeting, right?", today=TODAY)
    assert reversed_.title.startswith("No") and "after, not before" in reversed_.title, reversed_.text
    later = last_answer(engine, "kamikawa held a g7 fm meeting - where and when?",
                        "and she met kuleba 2 days later right?")
    assert later.title == "Yes", later.text


def test_a_gap_asked_with_btw_for_between_is_the_time_between(engine: Engine) -> None:
    answer = engine.ask("gap in yrs btw jp embassy in tashkent and uz embassy in tokyo", today=TODAY)
    assert answer.title == "3 years", answer.text
