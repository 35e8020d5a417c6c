"""What a record must show before the engine answers from it, on the engine's own knowledge base.

The questions below are kinds, not phrasings to tune: a journey the wrong way round, an event the
record does not report, a detail of another kind than asked, names the record lacks."""

from __future__ import annotations

import pytest

from bot.engine.engine import Engine
from bot.engine.query import analyse
from bot.engine.verify import TRAVEL_RULES, editions
from tests.engine.conftest import TODAY, last_answer


@pytest.mark.parametrize(("rule", "text"), [(r.name, t) for r in TRAVEL_RULES for t in r.examples])
def test_travel_rule_examples_match(rule: str, text: str) -> None:
    assert any(r.pattern.search(text) for r in TRAVEL_RULES if r.name == rule)


@pytest.mark.parametrize(("rule", "text"), [(r.name, t) for r in TRAVEL_RULES for t in r.counterexamples])
def test_travel_rule_counterexamples_do_not(rule: str, text: str) -> None:
    assert not any(r.pattern.search(text) for r in TRAVEL_RULES if r.name == rule)


def _visit_pairs(engine: Engine) -> list[tuple[str, str, str]]:
    """(visitor's name, the country they went to, its home-side opposite) for meetings held abroad."""
    kb = engine.kb
    pairs = []
    for m in sorted(kb.meetings.values(), key=lambda m: m.id):
        place = kb.places.get(m.place or "")
        where = place.country if place else m.country
        for person_id in m.japan_side[:1]:
            person = kb.people[person_id]
            if where and where != person.country and where in kb.countries:
                pairs.append((person.family_name, kb.countries[where].name, kb.countries[person.country].name))
    return pairs


def test_a_journey_the_other_way_round_is_not_answered(engine: Engine) -> None:
    pairs = _visit_pairs(engine)
    assert pairs, "the knowledge base holds visits abroad"
    for _, country, home in pairs:
        # Nobody of the country visited went the other way in these records unless a record says so.
        visitors = [p for p in engine.kb.people.values() if engine.kb.countries.get(p.country) is not None
                    and engine.kb.countries[p.country].name == country]
        for person in visitors:
            home_places = {pid for pid, place in engine.kb.places.items() if place.country == engine.index.home}
            held_home = [m for m in engine.kb.meetings.values() if person.id in m.participants
                         and (m.country == engine.index.home or m.place in home_places)]
            answer = engine.ask(f"When did {person.name} visit {home}?")
            if not held_home:
                assert not answer.answered, (person.name, answer.text)


def test_a_journey_the_right_way_round_is_answered(engine: Engine) -> None:
    family, country, _ = _visit_pairs(engine)[0]
    answer = engine.ask(f"When did {family} visit {country}?")
    assert answer.answered, answer.text


def test_the_date_of_an_appointment_is_not_a_meeting_date(engine: Engine) -> None:
    for person in sorted(engine.kb.people.values(), key=lambda p: p.id):
        answer = engine.ask(f"When did {person.name} become {person.roles[0].title}?") if person.roles else None
        if answer is not None and answer.answered:
            assert answer.kind not in ("meeting_answer", "meeting", "several"), answer.text


def test_a_who_question_about_a_signing_needs_the_signer_named(engine: Engine) -> None:
    answer = engine.ask("Who signed the agreements at the business forum?")
    assert not answer.answered
    assert "who took part in the signing" in answer.text


def test_a_price_needs_an_amount_of_money(engine: Engine) -> None:
    for pledge in sorted(engine.kb.pledges.values(), key=lambda p: p.id):
        answer = engine.ask(f"What was the price of the {pledge.item}?")
        if answer.answered:
            assert any(c in answer.text.lower() for c in ("$", "usd", "dollar", "yen")), answer.text


def test_a_currency_sign_asks_for_an_amount_of_money(engine: Engine) -> None:
    answer = last_answer(engine, "how many deals were signed at the uzbek japan forum", "total $ value of them?")
    assert not answer.answered and "money" in answer.text


def test_kinds_of_named_things_are_those_of_the_knowledge_base(engine: Engine) -> None:
    kinds = engine.answerer.verifier._named_kinds()
    assert kinds and all(k == k.lower() for k in kinds)
    query = analyse("Which organisations channelled the aid?", engine.index)
    asked = engine.answerer.verifier._kind_asked(query)
    assert asked is not None and asked[0] == "organisations"


def _a_timed_meeting(engine: Engine) -> tuple[list[str], str]:
    """The first meeting with a start time and a length: two of its people's family names, and its end ("HH:MM")."""
    import datetime as dt

    timed = [m for m in sorted(engine.kb.meetings.values(), key=lambda m: m.id) if m.local_time and m.duration_minutes]
    assert timed
    m = timed[0]
    assert m.local_time is not None and m.duration_minutes is not None
    start = dt.datetime.combine(dt.date(2000, 1, 1), dt.time.fromisoformat(m.local_time))
    return ([engine.kb.people[p].family_name for p in m.participants[:2]],
            (start + dt.timedelta(minutes=m.duration_minutes)).strftime("%H:%M"))


def test_the_end_of_a_meeting_is_its_start_plus_its_length(engine: Engine) -> None:
    people, end = _a_timed_meeting(engine)
    answer = engine.ask(f"What time did the {' – '.join(people)} meeting end?")
    assert answer.answered and end in answer.text, answer.text


def test_when_a_meeting_ended_is_of_the_meeting_not_of_a_programme_that_names_it(engine: Engine) -> None:
    people, end = _a_timed_meeting(engine)
    answer = engine.ask(f"When did the {'–'.join(people)} meeting end?")
    assert answer.answered and end in answer.text, answer.text


def test_when_a_timed_meeting_ended_is_its_end_time_on_its_day(engine: Engine) -> None:
    import datetime as dt

    timed = [m for m in sorted(engine.kb.meetings.values(), key=lambda m: m.id) if m.local_time and m.duration_minutes]
    m = timed[0]
    assert m.local_time is not None and m.duration_minutes is not None
    people = [engine.kb.people[p].family_name for p in m.participants[:2]]
    first = engine.ask(f"When did {people[0]} meet {people[1]}?")
    answer = engine.ask("roughly when did it wrap up?", first.focus)
    start = dt.datetime.combine(dt.date(2000, 1, 1), dt.time.fromisoformat(m.local_time))
    end = (start + dt.timedelta(minutes=m.duration_minutes)).strftime("%H:%M")
    assert answer.answered and end in answer.text and m.date.human() in answer.text, answer.text


def test_a_meeting_without_a_length_has_no_known_end(engine: Engine) -> None:
    untimed = [m for m in sorted(engine.kb.meetings.values(), key=lambda m: m.id)
               if m.local_time and not m.duration_minutes]
    for m in untimed:
        answer = engine.ask(f"What time did {m.title} end?")
        assert not answer.answered or "ended" not in answer.text, answer.text


def test_equally_fitting_meetings_are_all_named(engine: Engine) -> None:
    by_person_place: dict[tuple[str, str], list[str]] = {}
    for m in engine.kb.meetings.values():
        for person in m.japan_side:
            if m.place:
                by_person_place.setdefault((person, m.place), []).append(m.id)
    shared = sorted(k for k, v in by_person_place.items() if len(v) > 1)
    assert shared, "some person met twice in one place"
    person, place = shared[0]
    answer = engine.ask(f"Who did {engine.kb.people[person].family_name} meet in {engine.kb.places[place].name}?")
    titles = [engine.kb.meetings[i].title for i in by_person_place[(person, place)]]
    assert all(t in answer.text for t in titles), answer.text


def test_a_yes_needs_every_word_of_the_claim(engine: Engine) -> None:
    pledge = sorted(engine.kb.pledges.values(), key=lambda p: p.id)[0]
    recipient = engine.kb.countries[pledge.recipient].name
    answer = engine.ask(f"Did Japan provide {recipient} with aid after an earthquake?")
    assert not answer.answered and "earthquake" in answer.text


@pytest.mark.parametrize(("typed", "known", "slip"), [("yrok", "york", True), ("kiyv", "kyiv", True),
                                                     ("nakno", "nakano", True), ("kier", "kiev", False)])
def test_one_slip_of_the_keyboard(typed: str, known: str, slip: bool) -> None:
    from bot.engine.gazetteer import _one_slip

    assert _one_slip(typed, known) is slip


def test_a_word_is_not_read_as_a_shorter_name_part(engine: Engine) -> None:
    # "news" is "new" (of a city's name) plus a letter: too short a name part to be a slip.
    corrected = engine.index.names.correct("news")
    assert corrected is None or len(corrected[0]) >= 4


def test_a_thing_at_an_earlier_stage_contradicts_a_claim_it_was_done(engine: Engine) -> None:
    staged = [(m, o) for m in sorted(engine.kb.meetings.values(), key=lambda m: m.id) for o in m.outcomes
              if "negotiat" in o.text.lower() and "agreement" in o.text.lower()]
    assert staged
    meeting, _ = staged[0]
    names = " and ".join(engine.kb.people[p].family_name for p in meeting.participants[:2])
    answer = engine.ask(f"Did {names} sign an agreement?")
    assert answer.answered and answer.title.split(",")[0] == "No" and "negotiat" in answer.text.lower()


def test_a_group_asked_for_by_name_needs_a_name(engine: Engine) -> None:
    pledge = sorted(engine.kb.pledges.values(), key=lambda p: p.id)[0]
    answer = engine.ask(f"Which company will build the {pledge.item}?")
    assert not answer.answered


def test_a_figure_the_question_gives_is_no_answer(engine: Engine) -> None:
    with_figure = sorted((p for p in engine.kb.pledges.values() if p.quantity
                          and f"{p.quantity.value:,.0f}" in p.quantity.text), key=lambda p: p.id)[0]
    assert with_figure.quantity is not None
    answer = engine.ask(f"How many of the {with_figure.quantity.text} {with_figure.item} were used in the south?")
    assert not answer.answered


def test_a_claim_of_before_or_after_needs_a_record_that_says_so(engine: Engine) -> None:
    answer = engine.ask("Was Hayashi's trip to Ukraine announced well before he arrived?")
    assert not answer.title.startswith("Yes"), answer.text


def test_a_trip_that_gives_only_its_start_has_no_known_end(engine: Engine) -> None:
    trips = [m for m in sorted(engine.kb.meetings.values(), key=lambda m: m.id) if m.kind == "visit"]
    assert trips
    traveller = engine.kb.people[trips[0].japan_side[0]].family_name
    first = engine.ask(f"When did {traveller} visit {engine.kb.places[trips[0].place or ''].name}?")
    answer = engine.ask("when did the visit end?", first.focus)
    assert not answer.answered and "not when it ended" in answer.text


def test_a_meeting_does_not_date_an_appointment_even_in_a_conversation(engine: Engine) -> None:
    first = engine.ask("When did Kamikawa meet Kuleba?")
    answer = engine.ask("on what date did she become foreign minister?", first.focus)
    assert not answer.answered, answer.text


def test_a_name_claimed_that_the_record_writes_only_as_part_of_a_longer_name_is_not_confirmed(engine: Engine) -> None:
    answer = engine.ask("Was Kagame attending the G20 as Chair of the African Union?")
    assert not answer.title.startswith("Yes"), answer.text
    assert engine.ask("Did Kagame attend the G20 Summit in Bali?").title == "Yes"


@pytest.mark.parametrize(("text", "expected"), [
    ("What was agreed at the 10th Central Asia plus Japan foreign ministers' meeting?", {10}),
    ("the ninth Foreign Ministers' Meeting of the Dialogue", {9}),
    ("and for the second?", set()),  # a reference to a list, no edition
    ("who led the second one?", set()),
])
def test_an_edition_is_an_ordinal_before_a_gathering(text: str, expected: set[int]) -> None:
    assert editions(text) == expected


def test_a_group_something_was_done_with_names_who_did_it(engine: Engine) -> None:
    answer = engine.ask("Who did Kamikawa team up with to send generators to Ukraine?", today=TODAY)
    assert answer.answered and "National Diet" in answer.text


def test_the_verb_after_who_is_what_is_asked_not_an_event_described_later(engine: Engine) -> None:
    answer = engine.ask("Who tweeted about the 14 agreements Uzbekistan and Japan signed?", today=TODAY)
    assert answer.answered and "Daryo" in answer.title
    signed = engine.ask("Who signed the 14 agreements?", today=TODAY)
    assert not signed.answered


def test_how_much_needs_an_amount_not_a_count_of_something_else(engine: Engine) -> None:
    covid = engine.ask("how much did japan give rwanda for covid?", today=TODAY)
    assert not covid.answered
    aid = engine.ask("how much aid did Kishida say Japan would give Ukraine?", today=TODAY)
    assert aid.answered and "$7 billion" in aid.text
    # "the total amount of aid" is how much, in money: a count of provinces is no amount
    total = engine.ask("What is the total amount of aid Japan has given Rwanda since 1962?", today=TODAY)
    assert not total.answered and "no figure" in total.text, total.text
    stated = engine.ask("what's the amount of aid japan will provide to ukraine?", today=TODAY)
    assert stated.answered and "$7 billion" in stated.text, stated.text


def test_a_post_claimed_to_have_travelled_is_any_of_its_holders(engine: Engine) -> None:
    # one foreign minister of the records came to Japan: the claim of the post holds, with that visit
    anyone = engine.ask("Did the foreign minister come to Japan?", today=TODAY)
    assert anyone.answered and anyone.title == "Yes" and "Kulubaev" in anyone.text, anyone.text
    # of the two foreign ministers just discussed, neither came to Japan for that meeting
    those = last_answer(engine, "Kamikawa's meeting with Kuleba", "did the foreign minister come to Japan?")
    assert not (those.answered and those.title.startswith("Yes")), those.text


def test_a_counterpart_claimed_is_the_other_side_of_a_meeting(engine: Engine) -> None:
    met = engine.ask("Did Hayashi meet a Central Asian counterpart?", today=TODAY)
    assert met.answered and met.title == "Yes" and "Kulubaev" in met.text, met.text
    # a meeting naming nobody of another country is no meeting with a counterpart
    held = engine.ask("Did Kamikawa meet a Central Asian counterpart?", today=TODAY)
    assert not held.answered, held.text


@pytest.mark.parametrize(("question", "held"), [
    ("Did Kuleba take part in the G7 meeting Kamikawa held?", False),
    ("Did Kishida attend the business forum?", False),
    ("Did Kagame attend the G20 summit?", True),
    # (two meetings in New York: no one meeting is named, so his own talks there answer)
    ("Did Kuleba attend the meeting in New York?", True),
])
def test_taking_part_in_a_meeting_named_is_checked_against_its_people(engine: Engine, question: str,
                                                                       held: bool) -> None:
    answer = engine.ask(question, today=TODAY)
    assert (answer.answered and answer.title == "Yes") is held, answer.text
    if not held:
        assert "does not name" in answer.text or "do not say who took part" in answer.text, answer.text


def test_a_company_asked_for_is_not_answered_with_an_organisation_of_another_kind(engine: Engine) -> None:
    # the records name no company; after a turn about Kishida, a ministry that names him is no company
    answer = last_answer(engine, "When did Kishida visit Ukraine?",
                         "Which Japanese company presented the telecom project?")
    assert not answer.answered and "Ministry" not in answer.text, answer.text
    # an organisation is still an answer to "which organisation"
    body = engine.ask("Which Japanese agency provides technical support to Rwanda?", today=TODAY)
    assert body.answered and "JICA" in body.text, body.text


def test_he_in_a_clause_is_the_question_s_own_subject(engine: Engine) -> None:
    # "he" is Japan's foreign minister of the question itself: no record shows him going to Tajikistan,
    # which the records only mention (a border in the Kyrgyz talks)
    answer = engine.ask("Who did Japan's foreign minister meet when he travelled to Tajikistan?", today=TODAY)
    assert not answer.answered and "Tajikistan" in answer.text and "Kamikawa" not in answer.text, answer.text
    # where he did go, the meeting there answers
    went = engine.ask("Who did Japan's foreign minister meet when he travelled to Ukraine?", today=TODAY)
    assert went.answered and "Zelenskyy" in went.text, went.text


def test_the_other_party_of_talks_must_be_a_country_of_the_meeting(engine: Engine) -> None:
    other = engine.ask("Who represented Japan at talks with Tajikistan?", today=TODAY)
    assert not other.answered and "no talks with Tajikistan" in other.text, other.text
    party = engine.ask("Who represented Japan at talks with Kyrgyzstan?", today=TODAY)
    assert party.answered and "Hayashi" in party.text, party.text
    # a region read as its countries names no one party
    region = engine.ask("How long did Japan's foreign minister talk with the Central Asian minister who came to "
                        "Japan in December 2022?", today=TODAY)
    assert region.answered and "30 minutes" in region.text, region.text


def test_an_invitation_to_visit_is_no_claim_of_a_journey(engine: Engine) -> None:
    answer = engine.ask("Did the Ukrainian foreign minister invite Japan's new foreign minister to visit Kyiv?",
                        today=TODAY)
    assert not answer.answered and not answer.title.startswith("No,"), answer.text
    assert not engine.answerer.verifier.travels(analyse("did zelenskyy invite kishida to visit kyiv?", engine.index))
    met = engine.ask("Did Kamikawa meet Kuleba in Kyiv?", today=TODAY)
    assert met.title.split(",")[0] == "No" and "New York" in met.text, met.text


def test_a_deed_claimed_of_he_is_claimed_of_the_one_he_means(engine: Engine) -> None:
    answer = last_answer(engine, "What is Ryosuke Kozuki's position?", "did he personally sign the agreements?")
    assert not answer.answered and "not who did it" in answer.text, answer.text
    # "he" is never the woman of the conversation
    answer = last_answer(engine, "that ukraine guy kamikawa met in ny, who was it", "wat day", "y was she in ny anyway",
                         "did he congratulate her on smth?")
    assert answer.title == "Yes", answer.text


def test_hosting_claimed_of_one_when_another_held_the_meeting_is_denied(engine: Engine) -> None:
    answer = last_answer(engine, "Was it Kuleba who hosted the G7 foreign ministers meeting on Sept 18?")
    assert answer.title.startswith("No") and "Kamikawa held" in answer.text, answer.text
    # the one who held it is never denied it
    assert not last_answer(engine, "did kamikawa host the g7 foreign ministers meeting?").title.startswith("No,")


def test_a_trip_went_to_every_place_it_names(engine: Engine) -> None:
    verifier = engine.answerer.verifier
    hayashi, kamikawa = {("person", "yoshimasa-hayashi")}, {("person", "yoko-kamikawa")}
    assert verifier.went_there("hayashi-kyiv-visit-2023", hayashi, {("place", "bucha")})
    assert not verifier.went_there("kamikawa-kuleba-2023", kamikawa, {("place", "bucha")})


def test_heading_to_a_place_is_travel_and_heading_a_body_is_not(engine: Engine) -> None:
    went = last_answer(engine, "when did hayashi head to kyiv")
    assert went.answered and "9 September 2023" in went.text, went.text
    claim = last_answer(engine, "has kagame headed to japan")
    assert "Heads of State" not in claim.text, claim.text
    led = last_answer(engine, "Who was the Japanese banker that headed Rwanda's central bank?")
    assert led.answered and "Hattori" in led.text and "no visit" not in led.text, led.text


def test_the_first_time_claimed_is_an_order_the_record_states_not_a_time(engine: Engine) -> None:
    answer = last_answer(engine, "did the japnese foriegn minister go to kieve in 2023",
                         "was that the first time a jpn FM went there since the full scale war started")
    assert answer.title == "Yes" and "first visit" in answer.text, answer.text


def test_how_a_record_describes_a_thing_is_the_claim_not_a_word_it_must_write(engine: Engine) -> None:
    said = engine.ask("Is the Uzbekistan–Japan relationship described as a strategic partnership?", today=TODAY)
    assert said.answered and said.text.startswith("Yes"), said.text
    other = engine.ask("Is the Uzbekistan–Japan relationship described as a comprehensive partnership?", today=TODAY)
    assert not other.answered, other.text
    stressed = engine.ask("Were Kyrgyz people who studied in Japan said to be active even at ministerial level?",
                          today=TODAY)
    assert stressed.answered and stressed.text.startswith("Yes"), stressed.text


def test_a_group_asked_for_after_what_did_is_the_subject_not_the_thing_asked(engine: Engine) -> None:
    answer = engine.ask("What did Japanese business people put on the table during the Kyiv talks?", today=TODAY)
    assert answer.answered and "telecommunications" in answer.text, answer.text


def test_is_that_date_right_asks_of_the_date_the_claim_gives(engine: Engine) -> None:
    right = engine.ask("Checking a draft: Hayashi met the Kyrgyz foreign minister on Dec 24, 2022 - is that date "
                       "right?", today=TODAY)
    assert right.answered and right.title == "Yes", right.text
    wrong = engine.ask("Hayashi met the Kyrgyz foreign minister on Dec 25, 2022 - is that date right?", today=TODAY)
    assert wrong.answered and wrong.title.startswith("No"), wrong.text


@pytest.mark.parametrize("question", ["was kagame chair of the african union?",
                                      "did kagame go to the g20 as chair of the african union"])
def test_the_start_of_a_longer_name_typed_in_lower_case_is_not_that_name(engine: Engine, question: str) -> None:
    # the records name the African Union Development Agency's committee, never the African Union itself
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "African Union" in answer.text, answer.text


def test_words_the_record_also_writes_apart_from_a_longer_name_are_confirmed(engine: Engine) -> None:
    # "human resources" is in the name of a scholarship and, on its own, in a point of the same meeting
    answer = engine.ask("Did Hayashi and Kulubaev mention Kyrgyz human resources being active in Japan?", today=TODAY)
    assert answer.answered and answer.title == "Yes", answer.text


def test_how_a_thing_is_described_and_a_now_in_reported_words_are_no_words_to_find(engine: Engine) -> None:
    described = engine.ask("do uzbekistan and japan describe their ties as a strategic partnership", today=TODAY)
    assert described.title == "Yes", described.text
    now = last_answer(engine, "what projects came up in the hayashi kulubaev talk",
                      "did hayashi say some kyrgyz who studied in japan are now at ministerial level?")
    assert now.title == "Yes" and "ministerial level" in now.text, now.text


def test_a_trip_said_with_his_is_the_journey_of_whom_he_means(engine: Engine) -> None:
    answer = last_answer(engine, "how many times has the rwandan president been to japan",
                         "when was his most recent trip to japan")
    assert not answer.answered and "Bali" not in answer.title, answer.text


def test_his_visit_after_words_other_than_the_questions_own_is_no_journey_of_whom_he_may_mean(engine: Engine) -> None:
    query = analyse("who reported his stop in bucha", engine.index)
    assert engine.answerer.verifier.travels(query, ("volodymyr-zelenskyy", "yoshimasa-hayashi")) == []


def test_a_long_word_of_a_claim_misspelt_by_a_letter_is_read_as_the_records_word(engine: Engine) -> None:
    answer = engine.ask("rwanda central bank 1st governer was japanese?")
    assert answer.answered and answer.text.startswith("Yes"), answer.text
    answer = engine.ask("rwanda central bank 1st gardener was japanese?")
    assert not answer.text.startswith("Yes"), answer.text
