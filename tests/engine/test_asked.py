"""The engine abstains when the record it finds does not hold the detail asked for."""

from __future__ import annotations

import pytest

from bot.engine import Engine, asked
from bot.engine.asked import Figure, beyond_records, cannot_say, claimed_figures, figures, figures_verdict
from bot.engine.index import Passage
from bot.engine.query import analyse
from tests.engine.conftest import TODAY, last_answer


@pytest.mark.parametrize(
    "question",
    ["What is the population of Kyiv?", "How old is Kuleba?", "Which Japanese companies met Shmyhal in Kyiv?",
     "Will Japan send tanks to Ukraine?", "What was the weather like in Bali on 14 November 2022?",
     "who's going to be japan's next prime minister", "Where and when will the next TICAD be held?",
     "What does Kishida personally think of President Kagame?", "wat companys signed deals at the uzbek forum",
     "What's the annual trade volume between Japan and Rwanda?", "How much is Japan's $7 billion aid in yen?",
     "which company signed the most agreements at the uzbek forum", "wats kuleba's fav food",
     "what's kuleba's wife's name?", "How many generators is Japan sending this coming winter?"],
    ids=["unknown-attribute", "measure", "unnamed-companies", "yes-no-about-unmentioned-thing", "weather",
         "next-holder-of-a-post", "future-event", "personal-opinion", "unnamed-kind-misspelt",
         "unknown-attribute-after-whats", "amount-in-a-currency-no-record-uses", "one-of-an-unnamed-kind",
         "an-unknown-thing-owned", "an-unknown-owner-of-a-name", "a-time-after-the-asking"],
)
def test_details_no_record_gives(engine: Engine, question: str) -> None:
    assert beyond_records(analyse(question, engine.index), engine.index) is not None
    answer = engine.ask(question, today=TODAY)
    assert answer.answered is False and answer.confidence == 0.0


@pytest.mark.parametrize(
    "question",
    ["What is the story of Japan and Kyrgyzstan?", "Did Hayashi visit Bucha?", "What is the Peace Formula?",
     "Did Japan provide more than 1,500 generators to Ukraine?", "hattori was first gov of wat bank",
     "what humanitarian problem did the kyrgyz minister bring up",
     "Did Kulubaev thank Japan for aid sent through international organizations?",
     "what's the TICAD connection to Kagame?", "What are the priorities of Indonesia's G20 presidency?",
     "what's kishida's twitter handle?"],
    ids=["overview-noun", "known-words", "definition", "figure-before-the-thing-given", "one-bank-is-no-kind",
         "a-general-noun-for-what-was-raised", "a-preposition-after-the-thing-given",
         "a-connection-is-an-overview", "a-known-thing-owned", "a-handle-is-a-name"],
)
def test_ordinary_questions_pass(engine: Engine, question: str) -> None:
    assert beyond_records(analyse(question, engine.index), engine.index) is None
    assert engine.ask(question, today=TODAY).answered


def _passage(engine: Engine, kind: str, ref: str) -> Passage:
    return next(p for p in engine.index.passages if p.kind == kind and p.ref == ref)


def test_future_dates_only_from_a_record_that_states_one(engine: Engine) -> None:
    cranes = _passage(engine, "pledge", "ukraine-demining-cranes-2023")
    query = analyse("When will the demining cranes be delivered?", engine.index)
    assert cranes.date is not None and cannot_say(query, cranes) is not None
    assert engine.ask("When will the demining cranes be delivered?", today=TODAY).answered is False
    assert engine.ask("When will Japan provide the auto transformers?", today=TODAY).answered


def test_an_end_needs_a_record_of_the_end(engine: Engine) -> None:
    assert engine.ask("When did Hayashi's visit to Ukraine end?", today=TODAY).answered is False
    assert engine.ask("When did Hayashi's visit to Ukraine begin?", today=TODAY).answered


def test_a_note_that_says_a_date_is_not_given(engine: Engine) -> None:
    answer = engine.ask("On what date was Kamikawa appointed foreign minister?", today=TODAY)
    assert answer.answered is False and "not given" in answer.text


def test_dates_are_not_figures(engine: Engine) -> None:
    answer = engine.ask("How much emergency grant aid did Japan give Kyrgyzstan?", today=TODAY)
    assert answer.answered is False
    assert engine.ask("How many generators did Japan send to Ukraine?", today=TODAY).answered


def test_earlier_careers_are_not_in_the_records(engine: Engine) -> None:
    assert engine.ask("Which bank did Masaya Hattori work for before he went to Rwanda?", today=TODAY).answered is False


def test_a_post_when_something_happened(engine: Engine) -> None:
    answer = engine.ask("Which Japanese prime minister was in office when Japan opened its embassy in Kigali?",
                        today=TODAY)
    assert answer.answered is False and "2010" in answer.text


@pytest.mark.parametrize(("text", "found"), [
    ("to fight COVID-19?", set()), ("at the G20 summit", set()), ("more than 1,500 generators.", {1500.0}),
    ("24 demining cranes", {24.0}), ("about 30 minutes.", {30.0}), ("2.5 million", {2.5}),
])
def test_figures_stand_alone_and_end_sentences(text: str, found: set[float]) -> None:
    assert figures(text) == found


def test_a_name_with_a_number_is_no_figure_of_a_claim(engine: Engine) -> None:
    answer = engine.ask("Did Japan provide medical equipment to Rwanda to fight COVID-19?", today=TODAY)
    assert answer.answered and answer.title == "Yes", answer.text


@pytest.mark.parametrize(("question", "said"), [
    ("What does the aid package consist of?", True),
    ("What kind of aid is it?", True),
    ("How much aid is it?", False),
])
def test_a_detail_the_note_says_is_not_given_is_not_answered(engine: Engine, question: str, said: bool) -> None:
    passage = Passage("pledge", "p", "Japan is to provide $7 billion in aid to Veloria.",
                      engine.index.passages[0].cited,
                      frozenset(), frozenset())
    note = "Known only from a headline; the date of the announcement, the kind of aid and its timing are not given."
    gap = cannot_say(analyse(question, engine.index), passage, note)
    assert (gap is not None and "kind of aid" in gap) is said, gap


def test_an_announcement_is_reported_by_the_pledge_naming_who_announced_it(engine: Engine) -> None:
    announced = [p for p in engine.kb.pledges.values() if p.announced_by and "announc" not in p.statement.lower()]
    assert announced
    pledge = announced[0]
    person = engine.kb.people[pledge.announced_by or ""]
    answer = engine.ask(f"How much aid did {person.family_name} announce?", today=TODAY)
    assert answer.answered and pledge.statement in answer.text, answer.text


def test_where_of_a_record_that_names_no_place_is_not_answered(engine: Engine) -> None:
    text = ""
    focus = None
    for question in ("How many companies attended the Uzbekistan-Japan business forum?", "where was the forum held?"):
        answer = engine.ask(question, focus, today=TODAY)
        focus, text = answer.focus or focus, answer.text
    assert not answer.answered, text
    country = engine.ask("The humanitarian situation that prompted Japan's emergency aid to Kyrgyzstan was near the "
                         "border with which country?", today=TODAY)
    assert country.answered and "Tajikistan" in country.text  # a country asked, which the record names


def test_the_thing_given_is_read_past_possessives_and_dates(engine: Engine) -> None:
    query = analyse("Did Japan give its October 2022 emergency grant aid to Kyrgyzstan directly?", engine.index)
    gap = beyond_records(query, engine.index)
    assert gap is None or "its" not in gap, gap


@pytest.mark.parametrize(("text", "expected"), [
    ("Did Japan pledge 42 demining cranes?", [(42.0, "eq", "demin crane")]),
    ("Did fewer than 100 companies take part?", [(100.0, "lt", "compani take")]),
    ("Did Japan commit five auto transformers by the end of September 2023?", [(5.0, "eq", "auto transform")]),
    ("Was it a three-day summit on 14 November 2022?", [(3.0, "eq", "day summit")]),
    ("Did roughly 1,500 generators go?", [(1500.0, "about", "generat go")]),
    ("Was it one of the meetings at 18:05?", []),  # "one of" counts nothing; a clock is no figure
    ("Did Japan send Ukraine 2000 generators last year?", [(2000.0, "eq", "generat last")]),  # a count, no year
    ("Were generators sent in 2000?", []),
    ("Did it last half an hour?", [(30.0, "eq", "minut")]),
    ("Was it more than an hour long?", [(60.0, "gt", "minut")]),
    ("was jan 26 also when they set up relations?", []),  # a month's short form makes a date, no figure
    ("Was it on Sept. 20?", []),
])
def test_claimed_figures_read_value_bound_and_what_is_counted(text: str, expected: list[Figure]) -> None:
    assert claimed_figures(text) == expected


@pytest.mark.parametrize(("claim", "record", "verdict"), [
    ("42 demining cranes", "24 demining cranes", False),
    ("24 cranes", "24 cranes and 3 trucks", True),
    ("1,500 generators", "more than 1,500 generators", True),  # the document's own figure
    ("more than 1000 generators", "more than 1,500 generators", True),
    ("2,000 generators", "more than 1,500 generators", None),  # "more than" leaves it open
    ("more than 500 companies", "over 200 companies", False),  # "over 200" is not over 500
    ("fewer than 100 companies", "over 200 companies", False),
    ("roughly 500 generators", "more than 1,500 generators", False),
    ("12 agreements", "14 agreements and over 200 companies", False),  # compared with what it counts
    ("more than 1,500 drones", "more than 1,500 generators", None),  # no figure of drones
])
def test_a_claimed_figure_is_borne_out_ruled_out_or_left_open(claim: str, record: str, verdict: bool | None) -> None:
    assert figures_verdict(claimed_figures(claim), claimed_figures(record)) is verdict


def test_a_figure_of_another_thing_is_found_only_when_the_claimed_thing_has_none() -> None:
    claimed = asked.claimed_figures("did they pledge 24 generators?")
    assert asked.other_thing_counted(claimed, asked.claimed_figures("24 demining cranes")) is not None
    assert asked.other_thing_counted(claimed, asked.claimed_figures("24 cranes and 1,500 generators")) is None
    assert asked.other_thing_counted(claimed, asked.claimed_figures("42 demining cranes")) is None


def test_an_ordinal_is_no_figure_and_a_record_without_figures_rules_none_out() -> None:
    assert asked.claimed_figures("was he the 1st to go? the 9th meeting") == []
    assert asked.figures_verdict(asked.claimed_figures("3,000 drones"), []) is None


@pytest.mark.parametrize("question", [
    "what capacity are the 2 auto transformers japan promised ukraine",
    "What was the power capacity of the generators Japan sent to Ukraine?",
    "kamikawa n kuleba met at wat hotel",
], ids=["what-property", "the-property-of", "at-what-property"])
def test_a_property_the_record_does_not_state_is_not_answered(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and ("capacity" in answer.text or "hotel" in answer.text), answer.text


def test_in_what_capacity_is_answered_by_the_record_that_says_it(engine: Engine) -> None:
    answer = engine.ask("In what capacity did Kagame attend the G20?", today=TODAY)
    assert answer.answered and "AUDA-NEPAD" in answer.text, answer.text


def test_the_names_of_a_counted_group_are_not_its_number(engine: Engine) -> None:
    titles = engine.ask("List the titles of all 14 agreements signed at the Uzbekistan-Japan forum.", today=TODAY)
    assert not titles.answered and "number of agreements" in titles.text
    slip = engine.ask("wat were the names of the 14 agreemnts", today=TODAY)  # (a slip for the record's word)
    assert not slip.answered and "number of agreements" in slip.text, slip.text
    firms = engine.ask("Name all the Japanese companies that pitched projects to Hayashi in Kyiv.", today=TODAY)
    assert not firms.answered and "companies" in firms.text


def test_who_did_a_deed_the_record_does_not_report_is_not_answered_by_the_record(engine: Engine) -> None:
    chair = engine.ask("Who chaired the ninth foreign ministers' meeting of the Central Asia plus Japan Dialogue?",
                       today=TODAY)
    assert not chair.answered and "chaired" in chair.text
    posted = engine.ask("who posted about the kagame kishida meeting?", today=TODAY)
    assert posted.answered and "Office" in posted.text  # "reported ... in an official tweet" says it


def test_the_next_summit_is_beyond_the_records(engine: Engine) -> None:
    answer = engine.ask("Which country will host the next G20 summit?", today=TODAY)
    assert not answer.answered and "will happen" in answer.text


def test_things_ranked_by_a_property_no_record_states_are_not_answered(engine: Engine) -> None:
    answer = engine.ask("Which of the 14 Uzbek–Japanese agreements was the biggest by value?", today=TODAY)
    assert not answer.answered and "value" in answer.text, answer.text


def test_when_a_meeting_started_is_when_it_was_held(engine: Engine) -> None:
    answer = engine.ask("When did Kamikawa's meeting with Kuleba begin?", today=TODAY)
    assert answer.answered and "20 September 2023" in answer.text, answer.text


def test_how_something_was_given_is_no_thing_given(engine: Engine) -> None:
    answer = engine.ask("Was Japan's October 2022 emergency aid to Kyrgyzstan given directly to the Kyrgyz government?",
                        today=TODAY)
    assert answer.title.split(",")[0] == "No" and "international organizations" in answer.text


def test_the_cost_of_things_given_is_no_amount_of_aid(engine: Engine) -> None:
    # the records give what was given, and the amount of other aid: neither is what the things cost
    answer = engine.ask("How much did the generators Japan sent to Ukraine cost?", today=TODAY)
    assert not answer.answered and "cost" in answer.text, answer.text


def test_a_figure_of_a_synonym_counts_the_same_thing() -> None:
    # "14 deals" of a record of 14 agreements is the record's own figure, not a figure of another thing
    recorded = claimed_figures("14 agreements were signed")
    assert figures_verdict(claimed_figures("were 14 deals signed"), recorded) is True
    assert figures_verdict(claimed_figures("were 40 deals signed"), recorded) is False


@pytest.mark.parametrize(("question", "side"), [
    ("And who attended on the Japanese side besides the prime minister?", {"japan"}),
    ("who attended the Kagame-Kishida meeting from Japan besides Kishida?", {"japan"}),
    ("who was there from the Rwandan side besides Kagame?", {"rwanda"}),
    ("who else was on Rwanda's side?", {"rwanda"}),
    ("Who represented Japan at the Uzbek foreign ministry meeting?", {"japan"}),  # the object of "represented"
    ("Who led Japan's side in the talks with Uzbekistan?", {"japan"}),
    ("who flew from Japan to Kyiv?", set()),  # a place left, not a side
    ("who did the Uzbek deputy foreign minister meet from Japan?", {"japan"}),  # the side, last
    ("who was there besides Kishida?", set()),
])
def test_the_side_of_the_people_asked(engine: Engine, question: str, side: set[str]) -> None:
    assert asked.countries_of_side_asked(analyse(question, engine.index)) == side


def test_who_holds_a_post_now_is_not_read_from_a_record_of_who_held_it_first(engine: Engine) -> None:
    now = engine.ask("Who currently runs Rwanda's central bank?", today=TODAY)
    assert not now.answered and "now" in now.text and "Hattori" not in now.text.split("\n")[1], now.text
    first = engine.ask("who was the first governor of Rwanda's central bank?", today=TODAY)
    assert first.answered and "Hattori" in first.text, first.text


def test_a_share_of_a_whole_is_not_a_count_of_things(engine: Engine) -> None:
    # The record counts generators; how much of the aid they were is a part of a whole it does not give.
    answer = engine.ask("How much of Japan's aid to Ukraine went to generators?", today=TODAY)
    assert not answer.answered and "share" in answer.text
    counted = engine.ask("How many generators did Japan provide to Ukraine?", today=TODAY)
    assert counted.answered and "1,500" in counted.text


def test_what_a_record_says_about_a_subject_it_does_not_hold_is_not_another_detail(engine: Engine) -> None:
    turns = ("list the japan ukraine mtgs in the docs", "which was first", "how many days apart")
    answer = last_answer(engine, *turns, "wat did the 1st one say abt the peace formula")
    assert not answer.answered and "peace formula" in answer.text
    held = last_answer(engine, *turns, "wat did the 1st one say abt demining")
    assert held.answered and "demining" in held.text


def test_how_a_deed_was_done_is_not_answered_by_a_record_without_the_deed(engine: Engine) -> None:
    answer = last_answer(engine, "how did japan vote at the un general assembly on ukraine")
    assert not answer.answered and "how that was done" in answer.text, answer.text
    assert last_answer(engine, "how did japan support ukraine?").answered


def test_how_a_record_describes_something_is_not_a_deed_it_lacks(engine: Engine) -> None:
    answer = last_answer(engine, "How did the Uzbek foreign ministry describe the recent dynamics of the "
                                 "Uzbekistan–Japan strategic partnership?")
    assert answer.answered and "positive" in answer.text, answer.text


def test_why_a_deed_reported_was_done_needs_its_reason(engine: Engine) -> None:
    """The record says the visit was announced on the day he arrived, not why: no answer, not the visit."""
    answer = engine.ask("Why was Hayashi's visit to Ukraine announced only on the day he arrived?")
    assert not answer.answered and "why" in answer.text, answer.text
    occasion = engine.ask("What summit had brought Kagame to Indonesia when he met Kishida?")
    assert occasion.answered and "G20" in occasion.text, occasion.text  # a meeting's occasion says why it was held


def test_the_name_of_a_thing_asks_for_that_thing(engine: Engine) -> None:
    query = analyse("What was the name of the statement they put out at the G7 meeting in New York?", engine.index)
    assert asked.attribute_noun(query) == "statement"
    answer = engine.ask("what was the name of the statement put out at the G7 foreign ministers' meeting in New York?",
                        today=TODAY)
    assert not answer.answered and "does not give the statement" in answer.text, answer.text
    # a noun that goes on ("the document Japan and Kyrgyzstan signed") is no thing of its own
    signed = analyse("What is the full title of the document Japan and Kyrgyzstan signed in 2022?", engine.index)
    assert asked.attribute_noun(signed) is None


@pytest.mark.parametrize(("question", "named"), [
    ("which japanese defence official went to kyiv with hayashi", False),
    ("did the health minister attend?", False),
    # a portfolio some post of the records names ("Minister of Finance and Economic Planning")
    ("who was rwanda's finance minister at the meeting?", True),
])
def test_a_portfolio_no_post_names_is_not_in_the_records(engine: Engine, question: str, named: bool) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered is named, answer.text
    if not named:
        assert "name no" in answer.text, answer.text


def test_a_gathering_s_name_that_is_also_a_country_s_stays_the_gathering_s(engine: Engine) -> None:
    # "G20" names the gathering (and, through its presidency, a country): "the next G20" is a time to come
    query = analyse("which country hosts the next G20?", engine.index)
    assert beyond_records(query, engine.index) is not None


@pytest.mark.parametrize("question", ["What is the name of the drone detection system Japan is giving Ukraine?",
                                      "what is the drone detection system called?"])
def test_the_name_of_a_thing_the_record_gives_only_by_kind_is_not_said(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "do not give the name of the drone detection system" in answer.text, answer.text


def test_what_was_done_with_something_at_talks_whose_record_tells_of_no_such_deed_is_not_given(engine: Engine) -> None:
    answer = last_answer(engine, "when did kagame meet kishida?",
                         "What was served to the delegations during that meeting?")
    assert not answer.answered, answer.text
    # what any record of talks tells of is answered, as the question spells it or not
    assert last_answer(engine, "What was discused at the Kagame Kishida meeting?").answered


def test_where_the_next_meeting_will_be_held_is_beyond_the_records(engine: Engine) -> None:
    answer = last_answer(engine, "Where will the next Japan-Kyrgyz foreign ministers' meeting be held?")
    assert not answer.answered and "will happen" in answer.text, answer.text


def test_a_figure_claimed_of_a_misspelt_thing_is_checked_as_the_thing_corrected(engine: Engine) -> None:
    answer = last_answer(engine, "did jpn give ukraine more than 1500 genrators")
    assert answer.title == "Yes" and "1,500 generators" in answer.text, answer.text
    # a thing the records never mention, spelt right, is still not confirmed
    assert not last_answer(engine, "will japan send tanks to ukraine?").answered


def test_a_property_asked_by_its_noun_at_the_end_of_a_phrase_is_not_given(engine: Engine) -> None:
    for question in ("uzbek embassy tokyo adress?", "kuleba's age?"):
        answer = last_answer(engine, question)
        assert not answer.answered and "does not give the" in answer.text, (question, answer.text)


def test_when_someone_went_home_and_what_is_supposed_to_come_are_not_given(engine: Engine) -> None:
    answer = last_answer(engine, "On which day did Kulubaev fly home from Japan?")
    assert not answer.answered and "went home" in answer.text, answer.text
    answer = last_answer(engine, "When are the 24 demining cranes supposed to arrive in Ukraine?")
    assert not answer.answered, answer.text


def test_a_post_misspelt_that_the_records_never_name_is_not_given(engine: Engine) -> None:
    answer = last_answer(engine, "who is japans ambasador in kigali")
    assert not answer.answered and "no ambassador" in answer.text, answer.text


@pytest.mark.parametrize(("text", "bound"), [("did it last longer than 20 minutes?", "gt"),
                                             ("was it shorter than 20 minutes?", "lt")])
def test_a_length_bounded_by_a_comparative_is_claimed_with_its_bound(text: str, bound: str) -> None:
    assert claimed_figures(text) == [(20.0, bound, "minut")]


def test_how_many_things_are_being_sent_this_winter_asks_what_is_still_to_come(engine: Engine) -> None:
    answer = engine.ask("how many generators r japan sending ukraine this winter", today=TODAY)
    assert not answer.answered and "still to come" in answer.text, answer.text


def test_some_of_a_kind_the_records_never_name_is_not_answered(engine: Engine) -> None:
    answer = engine.ask("name some japanese companies that went to the uzbek biz forum", today=TODAY)
    assert not answer.answered and "companies" in answer.text, answer.text


@pytest.mark.parametrize("question", ["How much did Japan spend on the generators it sent to Ukraine?",
                                      "how much money has Japan paid for the demining cranes?"])
def test_money_spent_on_a_thing_is_its_cost_which_its_record_does_not_give(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "$7 billion" not in answer.lines[0], answer.text


@pytest.mark.parametrize("question", ["can you name any of the companies at the uzbekistan-japan business forum?",
                                      "name some of the japanese companies hayashi met in kyiv",
                                      "name a japanese company that was at the uzbek business forum"])
def test_names_of_participants_the_records_only_count_are_not_given(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "do not name individual companies" in answer.text, answer.text


def test_a_property_asked_after_words_of_its_thing_is_that_property(engine: Engine) -> None:
    model = engine.ask("Which drone detection system model is Japan providing to Ukraine?", today=TODAY)
    assert not model.answered and "does not give the model" in model.text, model.text
    thing = engine.ask("which drone detection system is japan providing", today=TODAY)
    assert thing.answered and "drone detection system" in thing.text, thing.text


@pytest.mark.parametrize(("claim", "verdict"), [
    ("fewer than 1500 generators", False), ("under 1500 generators", False), ("1500 generators", True),
    ("more than 1500 generators", True), ("over 1000 generators", True), ("more than 2000 generators", None)])
def test_a_bound_the_other_way_round_of_the_records_own_figure_is_ruled_out(claim: str, verdict: bool | None) -> None:
    recorded = claimed_figures("Japan provided more than 1,500 generators to Ukraine")
    assert figures_verdict(claimed_figures(claim), recorded) is verdict


def test_the_dates_of_things_a_meeting_told_of_as_to_come_are_not_the_meetings_date(engine: Engine) -> None:
    answer = last_answer(engine, "what did usmanov and ikegami discuss", "did they set out upcoming events",
                         "what are the dates of those events")
    assert not answer.answered and "no date" in answer.text, answer.text
    held = last_answer(engine, "what did usmanov and ikegami discuss", "what is the date of that meeting")
    assert held.answered and "26 January 2024" in held.text, held.text


@pytest.mark.parametrize(
    ("question", "counted"),
    [("how many generators did japan send?", "generators"),
     ("and the generators, how many did japan send?", "generators"),
     ("how many times did they meet?", None)],
    ids=["after", "put-before", "times"],
)
def test_what_how_many_counts(engine: Engine, question: str, counted: str | None) -> None:
    assert asked.counted_noun(analyse(question, engine.index)) == counted


def test_a_thing_counted_put_before_how_many_is_answered_by_its_figure(engine: Engine) -> None:
    answer = last_answer(engine, "what did japan promise ukraine during hayashis trip",
                         "and the generators, how many did japan send")
    assert answer.answered and "1,500" in answer.text, answer.text


@pytest.mark.parametrize(("question", "counted"), [("how many of her Diet colleagues were involved", "colleagues"),
                                                   ("how many of the 14 agreements dealt with medicine", "agreement"),
                                                   ("how many of them were japanese", None)])
def test_what_how_many_of_counts(engine: Engine, question: str, counted: str | None) -> None:
    assert asked.counted_noun(analyse(question, engine.index)) == counted


def test_a_figure_of_them_counts_the_thing_named_before_it() -> None:
    assert [f[2] for f in claimed_figures("did japan pledge demining cranes to ukraine, 24 of them?")] == ["crane"]


@pytest.mark.parametrize("turns", [("how much do the cranes weigh lol",),
                                   ("who joined her in sending generators to ukraine",
                                    "how many of her Diet colleagues were involved")],
                         ids=["weight-of-a-count", "part-of-others"])
def test_a_figure_that_counts_another_thing_does_not_answer(engine: Engine, turns: tuple[str, ...]) -> None:
    answer = last_answer(engine, *turns)
    assert answer.answered is False, answer.text


def test_where_of_a_record_that_places_it_by_a_border_in_words(engine: Engine) -> None:
    answer = engine.ask("where was the humanitarian situation getting worse", today=TODAY)
    assert answer.answered and "border with Tajikistan" in answer.text, answer.text
    # a record that names no place at all still says it does not say where
    forum = engine.ask("where was the forum held?", today=TODAY)
    assert not forum.answered, forum.text


def test_a_side_of_someones_life_their_records_never_tell_is_not_recorded(engine: Engine) -> None:
    answer = engine.ask("What's Ndagijimana's educational background?", today=TODAY)
    assert not answer.answered and "educational background" in answer.text, answer.text
    title = engine.ask("What is Vincent Biruta's ministerial title?", today=TODAY)
    assert title.answered and "Foreign Affairs" in title.text, title.text


def test_a_previous_posting_is_no_post_the_records_give(engine: Engine) -> None:
    answer = engine.ask("What was Ikegami Masaki's previous posting?", today=TODAY)
    assert not answer.answered and "earlier careers" in answer.text, answer.text


def test_the_date_of_a_round_still_to_come_is_beyond_the_records(engine: Engine) -> None:
    answer = last_answer(engine, "what did usmanov and ikegami discuss",
                         "what's the date of the next consultation round?")
    assert not answer.answered and "what will happen next" in answer.text, answer.text


def test_a_verb_of_naming_is_no_detail_asked(engine: Engine) -> None:
    # ("what is his peace plan called …?": a name asked, not a detail called "called" the record lacks)
    answer = last_answer(engine, "who is zelenskyy", "What is his peace plan called in the kamikawa readout?")
    assert answer.answered and "Peace Formula" in answer.text, answer.text


def test_a_place_in_a_series_asked_of_a_record_that_gives_none_is_not_given(engine: Engine) -> None:
    answer = engine.ask("Which numbered session of the UN General Assembly was Kamikawa attending in September 2023?",
                        today=TODAY)
    assert not answer.answered and "number" in answer.text, answer.text


def test_a_numbered_part_of_something_no_record_counts_in_parts_is_not_answered(engine: Engine) -> None:
    answer = engine.ask("On what date was the first round of negotiations on the Japan-Ukraine security guarantee "
                        "agreement held?")
    assert not answer.answered and "first round" in answer.text, answer.text


@pytest.mark.parametrize(("question", "recorded", "said"), [
    ("when was the first summit of the river forum?", "they came for the 4th Annual River summit of the forum", True),
    ("where was the fourth summit of the river forum?", "leaders came for the 4th Annual River summit of the forum",
     False),
    ("where was the 2nd session of the board?", "the second session of the board met in Lomar", False),
    ("when was the first summit of the river forum?", "leaders came for the River summit of the forum", False),
    ("when did they first meet?", "the 4th summit of the forum", False),
])
def test_one_of_a_series_the_record_numbers_otherwise(question: str, recorded: str, said: bool) -> None:
    found = asked.numbered_otherwise(question, recorded.lower())
    assert (found is not None) is said, found
    if said:
        assert found is not None and "4th summit" in found and "first" in found, found


def test_the_first_of_a_series_whose_record_tells_of_a_later_one_is_not_answered(engine: Engine) -> None:
    answer = engine.ask("when was the first meeting of the central asia plus japan dialogue?", today=TODAY)
    assert not answer.answered and "9th meeting" in answer.text, answer.text
    answer = engine.ask("when was the ninth meeting of the central asia plus japan dialogue?", today=TODAY)
    assert answer.answered and "2022" in answer.text, answer.text


def test_the_name_of_someone_described_by_a_post_no_record_holds_is_not_the_name_in_the_clause(
        engine: Engine) -> None:
    answer = engine.ask("What is the name of the Japanese ambassador to Ukraine who reported on Hayashi's visit "
                        "to Bucha?", today=TODAY)
    assert not answer.answered and "no ambassador" in answer.text, answer.text
    answer = engine.ask("what's the name of the Kyrgyz minister who met Hayashi?", today=TODAY)
    assert answer.answered and "Kulubaev" in answer.text, answer.text


def test_an_event_told_as_welcomed_at_later_talks_is_not_dated_by_them(engine: Engine) -> None:
    answer = engine.ask("when were the bilateral consultations based on the joint declaration launched?",
                        today=TODAY)
    assert not answer.answered and "welcomed" in answer.text, answer.text
    answer = last_answer(engine, "whose peace formula came up in the kamikawa-kuleba talk",
                         "what did kuleba appreciate", "when were those bilateral consultations launched exactly")
    assert not answer.answered and "welcomed" in answer.text, answer.text
    # (an event the record itself reports keeps its date)
    answer = engine.ask("when did japan open its embassy in kigali?", today=TODAY)
    assert answer.answered and "2010" in answer.text, answer.text


@pytest.mark.parametrize(("body", "said"), [
    ("the ministers welcomed the signing of the accord", True),
    ("the accord was signed on 3 may; the ministers welcomed it", False),
])
def test_an_event_said_only_after_a_word_of_regard(engine: Engine, body: str, said: bool) -> None:
    query = analyse("when was the accord signed?", engine.index)
    assert (asked.event_regarded(query, body) is not None) is said


def test_one_of_a_kind_told_apart_by_a_word_the_record_lacks_is_not_that_record(engine: Engine) -> None:
    final = engine.ask("what did the final declaration say?", today=TODAY)
    assert not final.answered and "no final declaration" in final.text, final.text
    joint = engine.ask("what did the joint declaration say?", today=TODAY)
    assert joint.answered and "Joint Declaration" in joint.text, joint.text


@pytest.mark.parametrize("question", ["when was the uzbekistan-japan relationship elevated to a strategic partnership?",
                                      "when was it raised to a strategic partnership?"])
def test_when_an_event_no_record_tells_of_happened_is_not_a_meetings_date(engine: Engine, question: str) -> None:
    answer = last_answer(engine, "who did Usmanov meet?", question)
    assert not answer.answered and "26 January" not in answer.text, answer.text


def test_a_session_number_asked_of_a_record_that_gives_none_is_not_given(engine: Engine) -> None:
    answer = engine.ask("which unga session number was kamikawa attending", today=TODAY)
    assert not answer.answered and "number" in answer.text, answer.text


def test_now_before_a_new_topic_is_no_time_asked(engine: Engine) -> None:
    answer = engine.ask("ok thx. now rwanda: who was the first governor of rwanda's central bank", today=TODAY)
    assert answer.answered and "Hattori" in answer.text, answer.text
    then = last_answer(engine, "ok thx. now rwanda: who was the first governor of rwanda's central bank",
                       "who asked him to take the job")
    assert "IMF" in then.text, then.text


@pytest.mark.parametrize("question", ["How did Foreign Minister Hayashi travel to Kyiv: by train, by road or by air?",
                                      "how did hayashi get to kyiv, by train?", "how did hayashi travel to kyiv"])
def test_how_a_journey_was_made_needs_a_record_that_says_so(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "how the journey was made" in answer.text, answer.text


def test_how_a_thing_got_there_is_told_by_the_channel_it_went_through(engine: Engine) -> None:
    answer = last_answer(engine, "what prompted japan's emergency aid to kyrgyzstan in autumn 2022?",
                         "how did the aid get there?")
    assert answer.answered and "international organizations" in answer.text, answer.text
    assert engine.ask("how did the talks go?", today=TODAY).answered


@pytest.mark.parametrize(("question", "said"), [
    ("first round of japan-ukraine security agreement talks, wat date", "first round"),
    ("how many japanese companies among the 200 at the uz forum", "part of the whole")])
def test_a_part_of_something_the_records_give_only_whole(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and said in answer.text, answer.text


@pytest.mark.parametrize("question", ["power capacity of the 2 auto transformers?", "value of the 24 demining cranes?"])
def test_a_property_asked_as_a_headline_that_no_record_gives_is_not_answered(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered, answer.text


@pytest.mark.parametrize("question", ["how big was hayashi's delegation?",
                                      "what was the size of the japanese delegation"])
def test_the_size_of_a_group_no_record_tells_of_is_beyond_the_records(engine: Engine, question: str) -> None:
    gap = beyond_records(analyse(question, engine.index), engine.index)
    assert gap is not None and "delegation" in gap, gap
