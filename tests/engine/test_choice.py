"""Questions offering a choice of two names: the examples read as such, and the confirmed one answers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.answers import Answer
from bot.engine import Engine, choice
from tests.engine.conftest import TODAY, last_answer


@pytest.mark.parametrize("text", choice.EXAMPLES)
def test_examples_offer_a_choice(text: str) -> None:
    assert choice.alternatives(text) is not None


@pytest.mark.parametrize("text", choice.COUNTEREXAMPLES)
def test_counterexamples_do_not(text: str) -> None:
    assert choice.alternatives(text) is None


def _ask(confirmed: str):  # type: ignore[no-untyped-def]
    def ask(question: str) -> Answer:
        if confirmed in question:
            return Answer("yes_no", True, "Yes", ("evidence",))
        return Answer("not_found", False, "No records about it")
    return ask


def test_the_one_alternative_the_records_confirm_answers() -> None:
    found = choice.answer("Was it Zorblat or Quillan that Vex met?", _ask("Quillan"))
    assert found is not None and found.answered and found.title == "Quillan"
    assert "Zorblat" in found.text


def test_no_answer_when_both_or_neither_are_confirmed() -> None:
    assert choice.answer("Was it Zorblat or Quillan that Vex met?", _ask("Nobody")) is None
    assert choice.answer("Was it Zorblat or Quillan that Vex met?", _ask("that")) is None


def test_two_claims_offered_that_the_records_do_not_settle_are_not_answered(engine: Engine) -> None:
    answer = engine.ask("In the Japan-Ukraine talks of September 9, 2023, did the Japanese minister travel to Ukraine "
                        "or did the Ukrainians come to Japan?")
    assert not answer.answered and "neither" in answer.text, answer.text
    settled = engine.ask("Did Hayashi go to Kyiv or did Zelenskyy come to Tokyo?")
    assert settled.answered and "Hayashi" in settled.title, settled.text


def _dated(dates: dict[str, str]):  # type: ignore[no-untyped-def]
    """Each name's answer carries that name's date, as the engine's answers do in their focus."""
    from bot.answers import Focus

    def ask(question: str) -> Answer:
        for name, date in dates.items():
            if name in question:
                return Answer("meeting_answer", True, f"{name}'s visit", ("evidence",), focus=Focus(date=date))
        return Answer("not_found", False, "No records about it")
    return ask


def _finding_nothing() -> tuple[list[str], Callable[[str], Answer]]:
    """An `ask` that finds nothing, and the questions it was asked."""
    asked: list[str] = []

    def ask(question: str) -> Answer:
        asked.append(question)
        return Answer("not_found", False, "No records about it")
    return asked, ask


def _date_of(answer: Answer):  # type: ignore[no-untyped-def]
    from bot.knowledge.dates import PartialDate

    return PartialDate.parse(answer.focus.date) if answer.answered and answer.focus and answer.focus.date else None


def _is_name(word: str) -> bool:
    return word.lower() in {"varn", "tarsen", "velda", "hollis"}


@pytest.mark.parametrize("text", choice.ORDER_EXAMPLES)
def test_order_examples_ask_when_each_did_it(text: str) -> None:
    asked, ask = _finding_nothing()

    assert choice.ordered(text, ask, _date_of, _is_name) is not None
    assert len(asked) == 2 and all(q.startswith("when ") for q in asked)
    assert not any(word in q for q in asked for word in (" first", " earlier", " later", " or "))


@pytest.mark.parametrize(
    ("text", "dates", "expected"),
    [
        ("Who went to Veloria first, Varn or Tarsen?", {"Varn": "2023-09-09", "Tarsen": "2023-03"}, "Tarsen"),
        ("who went to veloria first, varn or tarsen?", {"Varn": "2023-09-09", "Tarsen": "2023-03"}, "Tarsen"),
        ("Did Varn or Tarsen visit Ostra later?", {"Varn": "2023-09-09", "Tarsen": "2023-03"}, "Varn"),
    ],
)
def test_the_earlier_or_later_of_two_is_named_with_both_dates(text: str, dates: dict[str, str], expected: str) -> None:
    found = choice.ordered(text, _dated(dates), _date_of, _is_name)
    assert found is not None and found.answered and found.title == expected
    assert "March 2023" in found.text and "9 September 2023" in found.text


def test_no_order_is_guessed_from_one_date_or_overlapping_ones() -> None:
    one = choice.ordered("Who went to Veloria first, Varn or Tarsen?", _dated({"Varn": "2023-09-09"}), _date_of,
                         _is_name)
    assert one is not None and not one.answered and "Varn only" in one.text
    same_month = choice.ordered("Who went to Veloria first, Varn or Tarsen?",
                                _dated({"Varn": "2023-09-09", "Tarsen": "2023-09"}), _date_of, _is_name)
    assert same_month is None  # left to what else may tell the order


def test_no_order_choice_without_two_names() -> None:
    ask = _dated({})
    assert choice.ordered("Who went to Veloria first, in 2022 or 2023?", ask, _date_of, _is_name) is None
    assert choice.ordered("Was it Varn or Tarsen that Obrin met?", ask, _date_of, _is_name) is None


def _dated_with_focus(dates: dict[str, str]):  # type: ignore[no-untyped-def]
    """Answers that repeat what was asked (as a record of it would say it), dated by the name asked of."""
    from dataclasses import replace

    ask = _dated(dates)

    def both(question: str, focus: object) -> Answer:
        answer: Answer = ask(question)
        return replace(answer, lines=(question,)) if answer.answered else answer
    return both


@pytest.mark.parametrize(("text", "title"), [
    ("Did Varn open the embassy before the G7 meeting in Ostra?", "No: it was after"),
    ("Did Varn open the embassy after the G7 meeting in Ostra?", "Yes"),
])
def test_an_order_claimed_is_checked_against_both_dates(text: str, title: str) -> None:
    found = choice.order_claimed(text, _dated_with_focus({"Varn": "1993-01", "G7": "1992-01-26"}), _date_of)
    assert found is not None and found.answered and found.title == title
    assert "January 1993" in found.text and "26 January 1992" in found.text


@pytest.mark.parametrize(("text", "title"), [
    ("Are Zembla's diplomatic ties with Aurelia older than its ties with Veloria?", "Yes"),
    ("Are Zembla's ties with Veloria older than its ties with Aurelia?", "No: it was after"),
])
def test_older_than_is_an_order_claimed_of_when_each_began(text: str, title: str) -> None:
    asked: list[str] = []
    dated = _dated_with_focus({"Aurelia": "1962", "Veloria": "1992-01-26"})

    def ask(question: str, focus: object) -> Answer:
        asked.append(question)
        return dated(question, focus)  # type: ignore[no-any-return]
    found = choice.order_claimed(text, ask, _date_of)
    assert found is not None and found.answered and found.title == title, asked
    # the second side said in fewer words is the first side's event of another name
    assert all(q.lower().startswith("when did zembla's ") and q.endswith(" begin?") for q in asked), asked
    assert asked[1].lower().removeprefix("when did ").removesuffix(" begin?") == \
        asked[0].lower().removeprefix("when did ").removesuffix(" begin?").replace(
            *(("aurelia", "veloria") if "aurelia" in asked[0].lower() else ("veloria", "aurelia"))), asked


def test_a_side_with_words_of_its_own_is_not_filled_from_the_other() -> None:
    assert choice._parallel("Zembla's embassy in Ostra", "Aurelia's consulate in Brava") == \
        "Aurelia's consulate in Brava"
    assert choice._parallel("Zembla's diplomatic ties with Aurelia", "its ties with Veloria") == \
        "Zembla's diplomatic ties with Veloria"


def test_an_order_claim_the_records_cannot_date_is_left_to_other_rules() -> None:
    ask = _dated_with_focus({"Varn": "1993-01"})
    assert choice.order_claimed("Did Varn open the embassy before the G7 meeting?", ask, _date_of) is None
    same = _dated_with_focus({"Varn": "1993-01", "G7": "1993-01"})
    assert choice.order_claimed("Did Varn open the embassy before the G7 meeting?", same, _date_of) is None


def test_an_order_claim_of_something_no_answer_is_about_is_left_to_other_rules() -> None:
    def ask(question: str, focus: object) -> Answer:
        from bot.answers import Focus

        return Answer("meeting_answer", True, "A meeting", ("Talks in Ostra",), focus=Focus(date="2022-12-24"))
    assert choice.order_claimed("Did Varn provide aid after an earthquake?", ask, _date_of) is None


def _records(dates: dict[str, str]):  # type: ignore[no-untyped-def]
    """Answers about one record each (named by the word asked of), dated as the records are."""
    from bot.answers import Focus

    def ask(question: str) -> Answer:
        for word, date in dates.items():
            if word.lower() in question.lower():
                return Answer("fact", True, "Fact", (f"{word} record",), focus=Focus(items=(f"fact:{word}",),
                                                                                     date=date))
        return Answer("not_found", False, "No records about it")
    return ask


def _record_of(answer: Answer) -> str | None:
    return answer.focus.items[0] if answer.answered and answer.focus and len(answer.focus.items) == 1 else None


@pytest.mark.parametrize("text", choice.FIRST_OF_TWO_EXAMPLES)
def test_first_of_two_examples_date_each_event(text: str) -> None:
    asked, ask = _finding_nothing()

    assert choice.first_of_two(text, ask, _date_of, _record_of, str) is None
    assert len(asked) == 2 and all(q.startswith("When was ") and " or " not in q for q in asked)


def test_a_bare_possessive_side_owns_the_thing_of_the_other_side() -> None:
    asked, ask = _finding_nothing()

    choice.first_of_two("Which came first: Varn's trip to Ostra or Obrin's?", ask, _date_of, _record_of, str)
    assert asked == ["When was varn's trip to ostra?", "When was obrin's trip to ostra?"]


def test_the_noun_of_the_question_goes_after_a_possessive_side() -> None:
    asked, ask = _finding_nothing()

    choice.first_of_two("Which relationship is older, Zembla's with Aurelia or Zembla's with Veloria?", ask, _date_of,
                        _record_of, str)
    assert asked == ["When was zembla's relationship with aurelia?", "When was zembla's relationship with veloria?"]


@pytest.mark.parametrize(("text", "events"), [
    ("Which Zemblan embassy is older, Ostra or Brava?",
     ["the zemblan embassy in ostra", "the zemblan embassy in brava"]),
    ("which city got a Zemblan embassy first, Ostra or Brava?",
     ["the zemblan embassy in ostra", "the zemblan embassy in brava"]),
    # a side that names more than a place keeps its own words
    ("Which Zemblan embassy is older, Ostra or the one Varn opened?",
     ["the zemblan embassy in ostra", "one varn opened"]),
])
def test_the_question_s_own_words_go_with_a_side_that_only_names_a_place(text: str, events: list[str]) -> None:
    asked, ask = _finding_nothing()

    choice.first_of_two(text, ask, _date_of, _record_of, str, place=lambda side: side in ("ostra", "brava"))
    assert asked == [f"When was {event}?" for event in events]


@pytest.mark.parametrize(("text", "first"), [
    ("Which came first, the Ostra embassy or the Brava embassy?", "fact:Brava"),
    ("Which one opened later: the Ostra embassy or the Brava embassy?", "fact:Ostra"),
])
def test_the_earlier_or_later_of_two_records(text: str, first: str) -> None:
    found = choice.first_of_two(text, _records({"Ostra": "1996-02", "Brava": "1993-01"}), _date_of, _record_of,
                                lambda ref: f"{ref} title")
    assert found is not None and found.answered and found.focus is not None
    assert found.focus.current == first and found.focus.intent == choice.ORDERED and len(found.focus.items) == 2
    assert "February 1996" in found.text and "January 1993" in found.text


def test_no_order_of_two_records_when_the_dates_cannot_tell_it() -> None:
    one = _records({"Ostra": "1996-02", "Brava": "1996-02"})
    assert choice.first_of_two("Which came first, the Ostra embassy or the Brava embassy?", one, _date_of, _record_of,
                               str) is None
    same = _records({"Ostra": "1996-02", "Brava": "1996-02-10"})
    assert choice.first_of_two("Which came first, the Ostra embassy or the Brava embassy?", same, _date_of, _record_of,
                               str) is None
    only_one = _records({"Ostra": "1996-02"})
    assert choice.first_of_two("Which came first, the Ostra embassy or the Brava embassy?", only_one, _date_of,
                               _record_of, str) is None


def test_by_how_much_after_two_records_put_in_order(engine: Engine) -> None:
    first = engine.ask("Which came first, Japan opening its embassy in Tashkent or Uzbekistan opening its embassy "
                       "in Tokyo?")
    assert first.answered and "1993" in first.title
    gap = engine.ask("by how much?", first.focus)
    assert gap.answered and gap.title.startswith("37 months"), gap.text


def test_a_choice_between_two_places_dates_the_question_s_event_in_each(engine: Engine) -> None:
    found = engine.ask("Which Japanese embassy is older, Tashkent or Kigali?")
    assert found.answered and found.title.startswith("Earlier: ") and "Tashkent" in found.title, found.text
    assert "January 1993" in found.text and "2010" in found.text


@pytest.mark.parametrize("follow_up", ["how many years before the other?", "how far apart were they?",
                                       "by how many years?"])
def test_the_time_between_two_records_just_put_in_order(engine: Engine, follow_up: str) -> None:
    gap = last_answer(engine, "Which did Japan open first, its embassy in Kigali or its embassy in Tashkent?",
                      follow_up)
    assert gap.answered and gap.title == "17 years", gap.text


@pytest.mark.parametrize("text", choice.WHICH_OF_TWO_DID_EXAMPLES)
def test_which_of_two_examples_ask_the_claim_of_each_record(text: str) -> None:
    asked: list[tuple[str, str]] = []

    def claim_of(question: str, ref: str) -> Answer:
        asked.append((question, ref))
        return Answer("yes_no", True, "Yes" if ref == "meeting:b" else "No, not according to the records",
                      (f"{ref} record",))

    found = choice.which_of_two_did(text, lambda side: "meeting:a" if "varn" in side else "meeting:b", claim_of)
    assert [ref for _, ref in asked] == ["meeting:a", "meeting:b"]
    assert all(q.endswith(" ostra?") and " or " not in q for q, _ in asked), asked
    assert found is not None and found.answered and found.focus is not None
    assert found.focus.current == "meeting:b" and "Obrin" in found.title


@pytest.mark.parametrize(("verdicts", "records"), [
    (("Yes", "Yes"), ("meeting:a", "meeting:b")),  # the claim holds of both: no one of them to name
    (("No", "Not in the records"), ("meeting:a", "meeting:b")),  # of neither
    (("Yes", "No"), ("meeting:a", None)),  # a side that is no one record
    (("Yes", "No"), ("meeting:a", "meeting:a")),  # both sides the same record
])
def test_no_one_of_two_unless_the_claim_holds_of_one_record_alone(verdicts: tuple[str, str],
                                                                  records: tuple[str | None, str | None]) -> None:
    def claim_of(question: str, ref: str) -> Answer:
        return Answer("yes_no", True, verdicts[0 if ref == "meeting:a" and records[1] != ref else 1])

    found = choice.which_of_two_did(choice.WHICH_OF_TWO_DID_EXAMPLES[0],
                                    lambda side: records[0] if "varn" in side else records[1], claim_of)
    assert found is None


@pytest.mark.parametrize("text", choice.WHO_OF_TWO_EXAMPLES)
def test_who_of_two_examples_ask_the_deed_of_each_person(text: str) -> None:
    asked: list[str] = []

    def claim_of(question: str) -> Answer:
        asked.append(question)
        return Answer("yes_no", True, "Yes" if question.startswith(("dorin", "sabit")) else "No")

    found = choice.who_of_two(text, lambda side: True, claim_of)
    assert len(asked) == 2 and all(" or " not in q and q.endswith(", right?") for q in asked), asked
    assert found is not None and found.answered and found.title in ("Dorin", "Sabit")


@pytest.mark.parametrize("text", choice.WHO_OF_TWO_COUNTEREXAMPLES)
def test_who_of_two_counterexamples_ask_of_no_two_people(text: str) -> None:
    assert choice.who_of_two(text, lambda side: True, lambda q: Answer("yes_no", True, "Yes")) is None


@pytest.mark.parametrize("verdicts", [("Yes", "Yes"), ("No", "Not in the records")])
def test_no_one_of_two_people_unless_the_deed_holds_of_one_alone(verdicts: tuple[str, str]) -> None:
    answers = iter(verdicts)
    found = choice.who_of_two(choice.WHO_OF_TWO_EXAMPLES[0], lambda side: True,
                              lambda q: Answer("yes_no", True, next(answers)))
    assert found is None


def test_who_of_two_people_did_something_is_the_one_the_records_show(engine: Engine) -> None:
    went = engine.ask("who went to kyiv in september 2023, hayashi or kamikawa?", today=TODAY)
    assert went.answered and went.title == "Hayashi" and "Kyiv" in went.text, went.text
    met = engine.ask("who met kuleba, hayashi or kamikawa?", today=TODAY)
    assert met.answered and met.title == "Kamikawa", met.text


def test_which_of_two_meetings_was_held_in_a_place(engine: Engine) -> None:
    found = last_answer(engine, "Of Hayashi's meeting with Kulubaev and Kamikawa's meeting with Kuleba, in which "
                                "one did the foreign minister come to Japan?")
    assert found.answered and found.title == "Hayashi's meeting with Kulubaev", found.text
    other = last_answer(engine, "Which meeting was held in New York, Hayashi's meeting with Kulubaev or Kamikawa's "
                                "meeting with Kuleba?")
    assert other.answered and other.title == "Kamikawa's meeting with Kuleba", other.text


def test_older_than_of_two_relationships_in_the_records(engine: Engine) -> None:
    found = engine.ask("Are Japan's diplomatic ties with Rwanda older than its ties with Uzbekistan?")
    assert found.answered and found.title == "Yes" and "1962" in found.text and "1992" in found.text, found.text


def test_who_went_first_of_two_people_just_listed(engine: Engine) -> None:
    listed = engine.ask("Which Japanese leaders went to Ukraine in 2023 according to the records?")
    assert listed.focus is not None and len(listed.focus.items) == 2
    first = engine.ask("who went first?", listed.focus)
    later = engine.ask("and who went later?", listed.focus)
    assert first.answered and later.answered and first.title != later.title
    assert "March 2023" in first.text and "9 September 2023" in first.text


@pytest.mark.parametrize("question", ["Which Japanese embassy opened first, the one in Tashkent or the one in Kigali?",
                                      "Which opened first, the embassy in Tashkent or the one in Kigali?"])
def test_a_choice_between_the_ones_in_two_places_is_between_those_two_records(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title.startswith("Earlier: The Embassy of Japan in Tashkent"), answer.text


@pytest.mark.parametrize("text", choice.IN_ORDER_EXAMPLES)
def test_in_order_examples_date_each_thing_named(text: str) -> None:
    asked, ask = _finding_nothing()

    assert choice.in_order(text, ask, _date_of, _record_of, str) is None
    assert len(asked) >= 2 and all(q.startswith("When was ") and "," not in q for q in asked), asked


@pytest.mark.parametrize("text", choice.IN_ORDER_COUNTEREXAMPLES)
def test_in_order_counterexamples_ask_nothing(text: str) -> None:
    asked, ask = _finding_nothing()

    assert choice.in_order(text, ask, _date_of, _record_of, str) is None
    assert asked == []


def test_things_named_are_shown_by_date_and_kept_in_that_order() -> None:
    ask = _records({"Varn": "2023-09-20", "Ostra": "2022-11-14", "Brava": "2022-12-24"})
    found = choice.in_order("Put these in date order: the Varn meeting, Quell's Ostra visit and the Brava talks.",
                            ask, _date_of, _record_of, str)
    assert found is not None and found.answered, found
    assert [line.split(" — ")[0] for line in found.lines] == ["1. 14 November 2022", "2. 24 December 2022",
                                                              "3. 20 September 2023"]
    assert found.focus is not None and found.focus.items == ("fact:Ostra", "fact:Brava", "fact:Varn")
    latest = choice.in_order("Order these by date, latest first: the Varn meeting; the Brava talks", ask, _date_of,
                             _record_of, str)
    assert latest is not None and latest.focus is not None and latest.focus.items == ("fact:Varn", "fact:Brava")


def test_a_thing_the_records_do_not_date_leaves_the_order_unanswered() -> None:
    ask = _records({"Varn": "2023-09-20", "Ostra": "2022-11-14"})
    assert choice.in_order("Put these in date order: the Varn meeting, the Ostra visit, the Zorblat talks.", ask,
                           _date_of, _record_of, str) is None
    # the same record named twice is no order of two things
    assert choice.in_order("Put these in date order: the Varn meeting, Varn's talks", ask, _date_of, _record_of,
                           str) is None


def test_a_month_and_a_day_in_it_are_said_to_be_of_no_known_order() -> None:
    ask = _records({"Varn": "2023-03", "Ostra": "2023-03-14"})
    found = choice.in_order("Put these in chronological order: the Varn visit, the Ostra talks", ask, _date_of,
                            _record_of, str)
    assert found is not None and any("do not tell whether" in line for line in found.lines), found


def test_records_put_in_order_then_the_days_between_the_first_two(engine: Engine) -> None:
    turns = ("Put these in date order: Hayashi in Kyiv, the Kagame-Kishida meeting, the Hayashi-Kulubaev meeting.",)
    listed = last_answer(engine, *turns)
    assert listed.answered and [line.split(" — ")[0] for line in listed.lines] == [
        "1. 14 November 2022", "2. 24 December 2022", "3. 9 September 2023"], listed.text
    between = last_answer(engine, *turns, "How many days between the first two?")
    assert between.answered and between.title == "40 days", between.text
    last = last_answer(engine, *turns, "How many days between the first two?",
                       "And between the last one and Kamikawa's talk with Kuleba?")
    assert last.answered and last.title == "11 days", last.text
    second = last_answer(engine, *turns, "How many days between the first two?",
                         "And between the last one and Kamikawa's talk with Kuleba?",
                         "How long did the second one last?")
    assert second.answered and "30 minutes" in second.text, second.text


@pytest.mark.parametrize(("question", "days"), [("How many days between the first and second?", "40 days"),
                                                ("how many days separate the last two?", "259 days")])
def test_two_neighbours_of_a_list_put_in_order(engine: Engine, question: str, days: str) -> None:
    found = last_answer(engine, "Put these in date order: Hayashi in Kyiv, the Kagame-Kishida meeting, the "
                                "Hayashi-Kulubaev meeting.", question)
    assert found.answered and found.title == days, found.text


def test_two_claims_said_as_statements_are_each_asked(engine: Engine) -> None:
    answer = last_answer(engine, "hayashi went to ukraine or zelensky came to japan? sept 2023")
    assert answer.answered and answer.interpretation == "one of two alternatives", answer.text
    assert answer.title.lower().startswith("hayashi"), answer.text
    assert "zelensky came to japan" in answer.lines[-1], answer.text


def test_two_claims_after_a_frame_said_with_dots(engine: Engine) -> None:
    answer = last_answer(engine, "kyrgyz fm mtg dec 2022.. did he come to japan or did hayashi go to kyrgyzstan")
    assert answer.answered and answer.interpretation == "one of two alternatives", answer.text
    assert "hayashi go to kyrgyzstan" in answer.lines[-1], answer.text


def test_a_deed_on_both_sides_of_or_is_two_events_not_a_choice_of_names() -> None:
    ask = _dated({"Tarsen": "2022-11-14", "Velda": "2022-12-24"})
    assert choice.ordered("which came first, Varn meeting Tarsen or Velda meeting the Zorbian minister",
                          ask, _date_of, _is_name) is None


def test_which_of_two_events_said_as_deeds_came_first_is_answered_by_their_dates(engine: Engine) -> None:
    answer = engine.ask("which came first, kishida meeting kagame or hayashi meeting the kyrgyz fm", today=TODAY)
    assert answer.answered and "14 November 2022" in answer.title, answer.text


def test_an_order_a_record_says_in_words_is_not_decided_by_the_date_it_was_said(engine: Engine) -> None:
    answer = last_answer(engine, "who is yoko kamikwa", "when did she take office",
                         "did she support ukraine before becoming minister?")
    assert answer.answered and answer.title == "Yes", answer.text
    assert "before taking office" in answer.text


def test_which_of_two_did_it_first_leaves_both_events_for_the_time_between(engine: Engine) -> None:
    answer = last_answer(engine, "who went to ukraine first, kishida or hayashi", "how many months apart")
    assert answer.answered and "6 months" in answer.title, answer.text


def test_which_opened_first_of_two_places_is_of_what_opened_there(engine: Engine) -> None:
    # (an embassy opens, a meeting does not: the records of what opened in each place, not their meetings)
    answer = engine.ask("Which opened first, Kigali or Tashkent?", today=TODAY)
    assert answer.answered and "Tashkent" in answer.title and "1993" in answer.text and "Bali" not in answer.text, \
        answer.text
