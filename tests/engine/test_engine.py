"""Behaviour of the engine facade: robustness to bad input, abstention, follow-ups, ambiguity."""

import pytest

from bot.answers import Focus
from bot.engine import Engine
from bot.engine.engine import as_cased
from bot.settings import PROJECT_ROOT
from tests.engine.conftest import TODAY, last_answer


@pytest.mark.parametrize(
    "text",
    ["", "   ", "\x00\x01", "a" * 100_000, "<b>Kyiv</b><script>alert(1)</script>", "🇯🇵🤝🇺🇦 ??", "/",
     "/meetings " + "x" * 5000, "Ｗｈｏ ｉｓ Ｋａｍｉｋａｗａ？", "\u202eKyiv\u202c"],
    ids=["empty", "blank", "control", "huge", "html", "emoji", "bare-slash", "huge-arg", "fullwidth", "bidi"],
)
def test_bad_input_gets_a_clear_answer(engine: Engine, text: str) -> None:
    answer = engine.ask(text, today=TODAY)
    assert answer.title
    assert answer.text.strip()


@pytest.mark.parametrize(
    "question",
    ["When did Japan meet with Germany?", "Who is Joe Biden?", "How tall is Mount Fuji?", "qwerty uiop",
     "What did Japan pledge to Brazil?", "Did Kishida meet Putin?", "What is the capital of France?",
     "What time did Kishida meet Kagame?", "How long did Hayashi and Zelenskyy meet?"],
)
def test_abstains_outside_the_knowledge_base(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered is False
    assert answer.confidence == 0.0 or answer.confidence < 0.5


def test_outside_country_is_named_with_what_is_covered(engine: Engine) -> None:
    answer = engine.ask("When did Japan meet with Germany?", today=TODAY)
    assert "Germany" in answer.text and "Ukraine" in answer.text


def test_follow_up_uses_the_previous_meeting(engine: Engine) -> None:
    first = engine.ask("When did Kamikawa meet Kuleba?", today=TODAY)
    assert first.focus is not None and first.focus.meeting
    follow = engine.ask("and how long was it?", first.focus, today=TODAY)
    assert follow.answered and "25 minutes" in follow.text


def test_follow_up_without_context_does_not_guess(engine: Engine) -> None:
    assert engine.ask("and how long was it?", None, today=TODAY).answered is False


def test_follow_up_who_else_there(engine: Engine) -> None:
    first = engine.ask("When did Hayashi visit Kyiv?", today=TODAY)
    follow = engine.ask("Who else did he meet there?", first.focus, today=TODAY)
    assert follow.answered and "Shmyhal" in follow.text


def test_new_subject_overrides_old_focus(engine: Engine) -> None:
    focus = Focus(meeting="kamikawa-kuleba-2023")
    answer = engine.ask("Where did Hayashi and Kulubaev meet?", focus, today=TODAY)
    assert "Japan" in answer.text and "New York" not in answer.text


def test_role_question_is_time_aware(engine: Engine) -> None:
    answer = engine.ask("Who is Japan's foreign minister?", today=TODAY)
    assert answer.answered
    assert answer.text.index("Kamikawa") < answer.text.index("Hayashi")
    assert "2023" in answer.text


def test_answers_carry_verbatim_quotes(engine: Engine) -> None:
    answer = engine.ask("How many generators did Japan send to Ukraine?", today=TODAY)
    assert answer.answered and "1,500" in answer.text
    for citation in answer.sources:
        text = (PROJECT_ROOT / engine.kb.sources[citation.document].file).read_text(encoding="utf-8")
        assert " ".join(citation.quote.split()) in " ".join(text.split())


def test_yes_no_answers_with_evidence(engine: Engine) -> None:
    answer = engine.ask("Did Hayashi visit Bucha?", today=TODAY)
    assert answer.answered and answer.title == "Yes" and "Bucha" in answer.text


def test_two_people_pick_the_meeting_with_both(engine: Engine) -> None:
    answer = engine.ask("When did Kamikawa meet Kuleba?", today=TODAY)
    assert "20 September 2023" in answer.text


def test_confidence_is_lower_for_misspelt_names(engine: Engine) -> None:
    exact = engine.ask("When did Hayashi go to Kyiv?", today=TODAY)
    typo = engine.ask("when did hayshi go to kyiv", today=TODAY)
    assert exact.answered and typo.answered
    assert typo.confidence < exact.confidence


def test_inline_results_are_meetings(engine: Engine) -> None:
    results = engine.inline_results("Ukraine")
    assert results and all(r.kind == "meeting" for r in results)
    assert engine.inline_results("Germany") == ()


def test_daily_note_only_on_days_with_entries(engine: Engine) -> None:
    import datetime as dt

    assert engine.daily_note(dt.date(2026, 1, 26)) is not None
    assert engine.daily_note(dt.date(2026, 7, 4)) is None


@pytest.mark.parametrize(
    ("question", "answered"),
    [("How many companies took part in the business forum?", True),
     ("How many deals were signed at the business forum?", True),
     ("How much did the 24 demining cranes cost?", False),
     ("How many tanks did Japan send to Ukraine?", False)],
    ids=["unit-matches", "unit-synonym", "cost-without-money", "other-unit"],
)
def test_figures_must_count_what_is_asked(engine: Engine, question: str, answered: bool) -> None:
    assert engine.ask(question, today=TODAY).answered is answered


def test_yes_no_contradicted_by_the_record(engine: Engine) -> None:
    answer = engine.ask("Did Kagame meet Kishida in Tokyo?", today=TODAY)
    assert answer.answered and answer.title.split(",")[0] == "No" and "Bali" in answer.text


def test_misspelt_question_words_and_months(engine: Engine) -> None:
    assert "26 January 2024" in engine.ask("Whne did Usmanov meet Ikegami?", today=TODAY).text
    assert "Uzbekistan" in engine.ask("what happend on 26 januray", today=TODAY).text


def test_elliptical_follow_up_keeps_the_question_type(engine: Engine) -> None:
    first = engine.ask("What did Japan pledge to Ukraine?", today=TODAY)
    follow = engine.ask("and to Kyrgyzstan?", first.focus, today=TODAY)
    assert follow.answered and "emergency grant aid" in follow.text


def test_people_counted_by_kind_and_country(engine: Engine) -> None:
    answer = engine.ask("How many Rwandan ministers are named as attending the Kagame–Kishida talks?", today=TODAY)
    assert answer.title.startswith("2 ministers") and "Biruta" in answer.text and "Ndagijimana" in answer.text
    assert not any(line.startswith("Paul Kagame") for line in answer.lines)
    total = engine.ask("How many Rwandan officials in total attended the Kagame–Kishida meeting?", today=TODAY)
    assert total.answered is False and "others attended" in total.text


def test_posts_of_several_people(engine: Engine) -> None:
    answer = engine.ask("What posts do Kudratov, Kozuki and Usmanov hold?", today=TODAY)
    assert answer.answered and len(answer.lines) == 3 and "State Minister" in answer.text


def test_a_kind_of_thing_no_record_names(engine: Engine) -> None:
    for question in ("Which hotel did Kamikawa stay at during the UN General Assembly?",
                     "In what language were the Hayashi–Kulubaev talks conducted?"):
        assert engine.ask(question, today=TODAY).answered is False
    assert "Indo-Pacific" in engine.ask("Which region did Kamikawa want to bring on board for Zelenskyy's Peace "
                                        "Formula?", today=TODAY).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [("Which Japanese foreign minister visited Bucha?", "Hayashi"),
     ("Who held the G7 foreign ministers' meeting in New York?", "Kamikawa")],
    ids=["role-asked-of-japan-side", "host"],
)
def test_who_from_japans_side_when_the_partner_is_not_named(engine: Engine, question: str, expected: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and expected in answer.text


def test_a_detail_with_nothing_to_refer_to_is_not_guessed(engine: Engine) -> None:
    assert engine.ask("who held it?", today=TODAY).answered is False


def test_two_names_of_one_side_are_asked_about_one_by_one(engine: Engine) -> None:
    partners = sorted({c for m in engine.kb.meetings.values() for c in m.countries if c != engine.index.home})
    a, b = (engine.kb.countries[c].name for c in partners[:2])
    parts = engine._distributed(f"Which meetings were held with {a} and {b}?")
    assert parts is not None and len(parts) == 2
    assert a.lower() in parts[0] and b.lower() in parts[1]


def test_two_people_never_met_together_by_a_third_are_asked_about_one_by_one(engine: Engine) -> None:
    answer = engine.ask("On what dates did Hayashi meet Kulubaev and Zelenskyy?", today=TODAY)
    assert answer.answered and "24 December 2022" in answer.text and "9 September 2023" in answer.text, answer.text
    # one whom the third never met: one question, of a meeting the records do not hold
    assert engine._distributed("when did Kishida meet Kagame and Kuleba?") is None


def test_two_names_taken_together_are_not_split(engine: Engine) -> None:
    partners = sorted({c for m in engine.kb.meetings.values() for c in m.countries if c != engine.index.home})
    a, b = (engine.kb.countries[c].name for c in partners[:2])
    assert engine._distributed(f"What happened between {a} and {b}?") is None
    assert engine._distributed(f"Did {a} and {b} sign anything?") is None


def test_the_part_of_a_name_asked_for(engine: Engine) -> None:
    person = sorted(engine.kb.people.values(), key=lambda p: p.id)[0]
    given = engine.ask(f"What is {person.name}'s given name?")
    family = engine.ask(f"what is {person.name}'s surname")
    assert given.title == person.given_name and family.title == person.family_name


def test_a_question_for_every_member_of_a_class_lists_them_all(engine: Engine) -> None:
    answer = engine.ask("Which embassies opened, and in what years, according to the records?", today=TODAY)
    assert answer.answered and answer.title == "3 records fit the question", answer.text
    assert all(year in answer.text for year in ("2010", "1993", "1996"))


def test_a_signing_the_meeting_record_does_not_report_is_not_answered(engine: Engine) -> None:
    answer = engine.ask("What documents did Kamikawa and Kuleba sign in New York?", today=TODAY)
    assert not answer.answered, answer.text


def test_a_meeting_whose_record_gives_no_points_is_not_answered_with_an_empty_list(engine: Engine) -> None:
    answer = engine.ask("What did Kishida discuss during his March 2023 visit to Ukraine?", today=TODAY)
    assert not answer.answered and "does not say what was discussed" in answer.text, answer.text


def test_a_visit_whose_record_names_one_of_two_people_is_no_meeting_of_both(engine: Engine) -> None:
    answer = engine.ask("What did Kishida and Zelenskyy discuss during Kishida's March 2023 visit?", today=TODAY)
    assert not answer.answered and "together" in answer.text, answer.text
    assert "Prime Minister Kishida visits Ukraine (March 2023)" in answer.text  # what the records do hold


@pytest.mark.parametrize(("question", "said"), [
    ("What did Kamikawa condemn?", "missile and drone attacks"),
    ("What did Ukraine's head of state call Japan?", "key partner in Asia"),
    ("What did Kulubaev thank Japan for?", "30 years"),
])
def test_what_someone_said_is_read_from_the_points_they_are_the_subject_of(engine: Engine, question: str,
                                                                           said: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and said in answer.text, answer.text


def test_nothing_said_by_someone_at_a_meeting_is_said_plainly(engine: Engine) -> None:
    answer = engine.ask("What did Rwanda's finance minister Ndagijimana say at the Bali meeting?", today=TODAY)
    assert not answer.answered and "nothing that Uzziel Ndagijimana said" in answer.text


def test_a_pledge_at_a_meeting_whose_record_reports_none_is_said_to_be_missing(engine: Engine) -> None:
    answer = engine.ask("What aid did Kishida pledge to Rwanda in Bali?", today=TODAY)
    assert not answer.answered and "reports no pledge" in answer.text, answer.text
    answer = engine.ask("what did japan pledge at the kamikawa kuleba meeting?", today=TODAY)
    assert answer.answered and "transformers" in answer.text


def test_meetings_that_touched_on_any_of_a_list_of_topics(engine: Engine) -> None:
    answer = engine.ask("Which meetings touched on climate?", today=TODAY)
    assert answer.answered and answer.title == "1 meeting — climate" and "Kagame" in answer.text, answer.text
    answer = engine.ask("Which meetings with Japan touched on climate, decarbonization or energy?", today=TODAY)
    assert answer.answered and answer.title.startswith("4 meetings") and "Kagame" in answer.text, answer.text


def test_a_question_about_two_years_is_asked_of_each(engine: Engine) -> None:
    answer = engine.ask("What did Japan provide in 2020 and in 2022 according to the records?", today=TODAY)
    assert answer.answered and answer.title == "2 of 2 questions answered", answer.text
    assert "COVID-19" in answer.text and "generators" in answer.text and "Tajikistan" in answer.text


def test_people_of_a_country_by_what_the_records_say_they_did(engine: Engine) -> None:
    answer = engine.ask("Which Ukrainian officials thanked Japan in the records?", today=TODAY)
    assert answer.answered and all(n in answer.title for n in ("Shmyhal", "Kuleba", "Zelenskyy")), answer.text
    answer = engine.ask("Which Ukrainian officials met Japanese ministers?", today=TODAY)
    assert answer.title.startswith("Who took part")  # meeting is no deed of theirs: the meetings are listed


@pytest.mark.parametrize("question", ["why did Japan give Kyrgyzstan emergency aid?",
                                      "kulubaev thanked japan 4 some aid in oct, wat was it for"])
def test_what_a_pledge_was_for_is_its_purpose(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "Tajikistan" in answer.title, answer.text


@pytest.mark.parametrize(("question", "title"), [
    ("What is the name of Rwanda's Minister of Foreign Affairs and Cooperation who attended the Bali meeting?",
     "Vincent Biruta"),
    ("Who is Rwanda's Minister of Finance and Economic Planning?", "Uzziel Ndagijimana"),
])
def test_a_person_asked_for_by_the_full_title_of_their_post(engine: Engine, question: str, title: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title == title, answer.text


def test_the_source_a_meeting_is_recorded_from(engine: Engine) -> None:
    answer = engine.ask("Which office was cited as the source for the Kagame-Kishida meeting?", today=TODAY)
    assert answer.answered and "names no publisher" in answer.text and "Office of The President" in answer.text
    answer = engine.ask("Who published the report on the Usmanov-Ikegami meeting?", today=TODAY)
    assert answer.answered and answer.title == "Daryo", answer.text
    # a trip and its meetings, one document: its source, however the question puts "published"
    answer = engine.ask("Which publication originally ran the report on Hayashi's September 2023 Kyiv visit?",
                        today=TODAY)
    assert answer.kind == "source" and answer.title == "The New Voice of Ukraine", answer.text


@pytest.mark.parametrize(("question", "names", "not_named"), [
    ("Which heads of state met Japanese officials according to the documents?", ("Kagame", "Zelenskyy"), "Kishida"),
    ("Which foreign ministers did Japan meet?", ("Biruta", "Kulubaev", "Kuleba"), "Hayashi"),
    ("Which presidents or prime ministers of other countries met Japanese officials?", ("Kagame", "Shmyhal"),
     "Kishida"),
])
def test_a_class_of_post_holders_who_took_part_in_meetings(engine: Engine, question: str, names: tuple[str, ...],
                                                           not_named: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and all(n in answer.title for n in names), answer.text
    assert not_named not in answer.title


@pytest.mark.parametrize("question", ["wht time jst did kamikawa n kuleba start",
                                      "what time JST did Kamikawa and Kuleba start?"])
def test_jst_names_the_home_clock(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "7:05 a.m. JST" in answer.text, answer.text


def test_which_countries_talks_mentioned_a_topic_lists_the_meetings(engine: Engine) -> None:
    answer = engine.ask("Which countries' talks with Japan mentioned training, human resources or personnel?",
                        today=TODAY)
    assert answer.answered and answer.title.startswith("2 meetings"), answer.text
    assert "Usmanov" in answer.text and "Kulubaev" in answer.text


def test_the_first_name_of_a_post_holder_described_is_that_persons(engine: Engine) -> None:
    answer = engine.ask("What is the Ukrainian prime minister's first name, as given in the article on Hayashi's "
                        "visit?", today=TODAY)
    assert answer.title == "Denys"


def test_a_list_labelled_by_a_meeting_names_it_by_its_title_not_its_id(engine: Engine) -> None:
    answer = engine.ask("and the finance minister?", engine.ask("which meeting did Biruta attend?", today=TODAY).focus,
                        today=TODAY)
    assert "kagame-kishida" not in answer.text


@pytest.mark.parametrize(("question", "said"), [
    ("When were diplomatic ties established with the Central Asian country whose embassy in Tokyo opened in 1996?",
     "26 January 1992"),
    ("Through which agency does Japan give technical support to the country whose president met Kishida in Bali?",
     "JICA"),
])
def test_a_country_named_by_what_its_records_say(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question)
    assert answer.answered and said in answer.text, answer.text


def test_a_clause_no_record_covers_names_no_country(engine: Engine) -> None:
    text = "When did Japan open an embassy in the country whose king visited the moon?"
    assert engine._country_named_by_clause(text) == text


def test_two_months_joined_by_or_are_each_asked_and_a_span_is_not_split(engine: Engine) -> None:
    both = engine.ask("Which recorded meetings fell in December or January?", today=TODAY)
    assert both.title == "2 of 2 questions answered" and "Japan-Kyrgyz" in both.text and "Usmanov" in both.text, \
        both.text
    span = engine.ask("Which meetings took place between October 2022 and March 2023?", today=TODAY)
    assert "questions answered" not in span.title and "Kagame" in span.text, span.text


@pytest.mark.parametrize("question", ["Which meetings took place in a third country, neither in Japan nor in the "
                                      "partner's country?", "Which meetings were held on neutral ground?"])
def test_a_third_country_is_neither_the_home_nor_the_partners(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "Bali" in answer.text and "New York" in answer.text, answer.text
    assert "Uzbekistan   [" not in answer.text and "Kyiv" not in answer.text, answer.text


def test_not_held_in_a_country_is_outside_it(engine: Engine) -> None:
    answer = engine.ask("Which meetings were not held in Japan?", today=TODAY)
    assert answer.answered and "outside Japan" in answer.title and "Japan-Kyrgyz" not in answer.text, answer.text


def test_the_occasion_of_one_meeting_is_what_it_refers_to_next(engine: Engine) -> None:
    first = engine.ask("The Kagame-Kishida sit-down happened on the margins of what summit?", today=TODAY)
    assert first.answered and first.focus is not None
    hosted = engine.ask("which country was hosting it?", first.focus, today=TODAY)
    assert hosted.answered and "Indonesia" in hosted.text and "Usmanov" not in hosted.text
    when = engine.ask("when was it?", first.focus, today=TODAY)
    assert when.answered and "November 2022" in when.text


def test_the_other_one_after_picking_a_person_of_a_list_is_the_one_not_picked(engine: Engine) -> None:
    listed = engine.ask("Which Rwandan ministers sat in on Kagame's meeting with Kishida?", today=TODAY)
    second = engine.ask("what's the second one's portfolio?", listed.focus, today=TODAY)
    other = engine.ask("and the other one?", second.focus, today=TODAY)
    assert "Ndagijimana" in second.title and "Biruta" in other.title


def test_and_in_another_country_after_an_embassy_asks_for_the_embassy_located_there(engine: Engine) -> None:
    first = engine.ask("Does Japan have an embassy in Rwanda? since when?", today=TODAY)
    other = engine.ask("and in Uzbekistan?", first.focus, today=TODAY)
    assert other.answered and "Tashkent" in other.text and "Tokyo" not in other.text
    apart = engine.ask("how many years apart?", engine.ask("which opened first?", other.focus, today=TODAY).focus,
                       today=TODAY)
    assert apart.answered and "17 years" in apart.title


def test_an_ellipsis_after_a_question_the_records_could_not_answer_asks_it_again(engine: Engine) -> None:
    none = engine.ask("When did Japan open its embassy in Kyrgyzstan?", today=TODAY)
    assert not none.answered and none.focus is not None
    other = engine.ask("and in Uzbekistan?", none.focus, today=TODAY)
    assert other.answered and "Tashkent" in other.text


@pytest.mark.parametrize(("question", "said"), [
    ("What did Kagame tell the G20 plenary about debt relief?", "said about debt relief"),
    ("What did Japan's chief cabinet secretary say about the Kagame talks?", "chief cabinet secretary"),
])
def test_what_someone_said_about_a_subject_nothing_said_touches_or_by_someone_unnamed_is_not_answered(
        engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and said in answer.text, answer.text
    assert engine.ask("wat did shmihal thank japan for", today=TODAY).answered  # a slip of the name is the name


def test_the_date_there_after_a_time_on_the_home_clock_is_the_date_on_that_clock(engine: Engine) -> None:
    focus = engine.ask("what time was it in japan when kamikawa and kuleba started talking", today=TODAY).focus
    answer = engine.ask("and what date was it there?", focus, today=TODAY)
    assert answer.title.startswith("21 September 2023"), answer.text


def test_what_someone_said_at_another_date_than_any_record_of_it_is_said_missing(engine: Engine) -> None:
    answer = engine.ask("What did Kuleba thank Japan for in December 2022?", today=TODAY)
    assert not answer.answered, answer.text
    assert engine.ask("What did Kuleba thank Japan for in September 2023?", today=TODAY).answered


def test_whom_else_someone_met_leaves_out_their_own_delegation(engine: Engine) -> None:
    answer = engine.ask("Who else did Kagame meet in Bali besides Kishida?", today=TODAY)
    assert not answer.answered and "Biruta" not in answer.text, answer.text
    along = engine.ask("Who accompanied Kagame when he met Kishida?", today=TODAY)
    assert "Biruta" in along.text and "Ndagijimana" in along.text, along.text


def test_what_someone_said_lists_one_saying_once_however_two_records_word_it(engine: Engine) -> None:
    answer = engine.ask("What did Zelenskyy thank Japan for?", today=TODAY)
    assert answer.answered and len(answer.lines) == 1 and "key partner" in answer.text, answer.text
    exactly = engine.ask("What exactly did Zelenskyy say to thank Japan during Hayashi's visit?", today=TODAY)
    assert "key partner" in exactly.text, exactly.text


@pytest.mark.parametrize(("question", "expected"), [
    ("who all did hayashi meet across these reports", "Kulubaev"),
    ("yo who's ukraine's pm", "Shmyhal"),
    ("Which multilateral gatherings come up in these documents?", "G20"),
])
def test_words_about_the_records_or_that_ask_nothing_do_not_change_the_question(
        engine: Engine, question: str, expected: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert expected in answer.text, answer.text


def test_one_persons_meetings_on_several_dates_are_all_given(engine: Engine) -> None:
    answer = engine.ask("When did Hayashi meet foreign officials?", today=TODAY)
    assert "24 December 2022" in answer.text and "9 September 2023" in answer.text
    one = engine.ask("When did Hayashi visit Kyiv?", today=TODAY)
    assert "24 December 2022" not in one.text


def test_ministers_of_several_posts_named_are_listed_together(engine: Engine) -> None:
    answer = engine.ask("Name all the Japanese prime ministers and foreign ministers mentioned.", today=TODAY)
    assert all(name in answer.text for name in ("Kishida", "Hayashi", "Kamikawa")) and "Kozuki" not in answer.text


def test_someone_in_several_records_is_given_in_each_and_the_other_is_the_one_not_given(engine: Engine) -> None:
    each = engine.ask("Kishida shows up in two of the stories - what is he doing in each?", today=TODAY)
    assert "Kagame" in each.text and "Ukraine" in each.text
    other = engine.ask("Kishida comes up in a couple of these stories. One is his meeting with Kagame. "
                       "What's the other one?", today=TODAY)
    assert "visits Ukraine" in other.text and "Kagame" not in other.text


def test_who_took_part_says_the_others_a_source_mentions_without_naming(engine: Engine) -> None:
    answer = engine.ask("Who was at the Kagame-Kishida meeting?", today=TODAY)
    assert "Biruta" in answer.text and "not named" in answer.text
    trip = engine.ask("who all did hayashi sit down with on his kiev trip", today=TODAY)
    assert "Shmyhal" in trip.text and "company representatives are not named" in trip.text


def test_someones_delegation_is_his_side_besides_him(engine: Engine) -> None:
    answer = engine.ask("Who was in Kagame's delegation at the Bali meeting?", today=TODAY)
    assert "Biruta" in answer.text and "Ndagijimana" in answer.text and "Kishida (" not in answer.text
    alone = engine.ask("Who was in Hayashi's delegation in Kyiv?", today=TODAY)
    assert not alone.answered and "nobody else" in alone.text


def test_what_someone_was_grateful_for_is_each_thing_they_thanked_for(engine: Engine) -> None:
    answer = engine.ask("What was Shmyhal grateful to Japan for?", today=TODAY)
    assert engine.ask("What was Shmyhal thanking Japan for?", today=TODAY).text == answer.text
    assert answer.answered and "sanctions" in answer.text, answer.text
    # thanks and appreciation are both thanks; two records of one quoted sentence are one saying
    thanked = engine.ask("What did Kuleba thank Japan for?", today=TODAY)
    assert "Peace Formula" in thanked.text and "gratitude" in thanked.text, thanked.text
    assert len(thanked.lines) == 2, thanked.text


def test_which_thing_someone_mentioned_is_read_in_what_they_said(engine: Engine) -> None:
    answer = engine.ask("which country did Kulubaev mention when thanking Japan for aid?", today=TODAY)
    assert answer.answered and answer.kind == "statements" and "Tajikistan" in answer.text, answer.text


def test_a_country_described_by_what_a_record_says_is_that_records_country(engine: Engine) -> None:
    answer = engine.ask("The country that gained independence in 1962 - which Japanese leader did its president meet?",
                        today=TODAY)
    assert answer.answered and "Kishida" in answer.text, answer.text
    minister = engine.ask("Who was foreign minister of the country Japan sent emergency grant aid to in October 2022?",
                          today=TODAY)
    assert minister.answered and "Kulubaev" in minister.text, minister.text


def test_a_detail_no_meeting_record_reports_is_declined_not_answered_with_the_meeting(engine: Engine) -> None:
    dinner = engine.ask("What did Kishida and Kagame have for dinner in Bali?", today=TODAY)
    assert not dinner.answered and "dinner" in dinner.text, dinner.text
    respects = engine.ask("Which Japanese official paid his respects at the Bucha memorial?", today=TODAY)
    assert respects.answered and "Hayashi" in respects.text, respects.text


def test_the_theme_of_the_summit_where_two_met_is_the_summits(engine: Engine) -> None:
    answer = engine.ask("What was the theme of the G20 summit at which Kagame and Kishida met?", today=TODAY)
    assert answer.answered and "Recover Together" in answer.text, answer.text


def test_an_order_claimed_against_someone_described_and_named_who_did_the_same(engine: Engine) -> None:
    answer = engine.ask("Did Prime Minister Kishida go to Ukraine before his foreign minister Hayashi did?",
                        today=TODAY)
    assert answer.answered and answer.text.startswith("Yes") and "March 2023" in answer.text, answer.text


def test_a_claim_of_a_request_needs_a_record_of_one(engine: Engine) -> None:
    answer = engine.ask("Did Kuleba ask Japan for more generators?", today=TODAY)
    assert not answer.answered and "asking" in answer.text, answer.text


def test_being_present_somewhere_is_nothing_someone_said(engine: Engine) -> None:
    answer = engine.ask("What did Kagame say in his speech to the G20 plenary in Bali?", today=TODAY)
    assert not answer.answered, answer.text


def test_what_was_said_in_several_kinds_of_record_leaves_no_one_meeting_as_the_topic(engine: Engine) -> None:
    # thanks reported by a fact and by a meeting: "when was the aid given?" is of the aid, not of the meeting
    answer = last_answer(engine, "what was kulubaev thankful to japan for", "when was the emergency aid given?")
    assert answer.answered and "October 2022" in answer.text, answer.text


def test_a_detail_of_the_gathering_a_meeting_was_held_at_comes_from_the_gatherings_record(engine: Engine) -> None:
    answer = engine.ask("What was the motto of the summit where Rwanda's president met Japan's prime minister?",
                        today=TODAY)
    assert answer.answered and "Recover Together" in answer.text, answer.text
    # a meeting held on no such occasion has none to give
    assert not engine.ask("What was the slogan of Hayashi's visit to Kyiv?", today=TODAY).answered


def test_the_role_someone_attended_a_gathering_in_is_the_record_that_says_so(engine: Engine) -> None:
    answer = engine.ask("In what role was Kagame attending the G20 in Bali?", today=TODAY)
    assert answer.answered and "AUDA-NEPAD" in answer.text, answer.text


@pytest.mark.parametrize(("turns", "expected"), [
    (("Where else in Ukraine did Hayashi go apart from Kyiv?", "what's the memorial there for?"), "victims"),
    (("what did the kyrgyz minister thank japan for?", "that emergency aid - what was it for?"), "Tajikistan"),
])
def test_what_a_thing_a_meeting_names_is_for_comes_from_the_things_record(engine: Engine, turns: tuple[str, ...],
                                                                          expected: str) -> None:
    answer = last_answer(engine, *turns)
    assert answer.answered and expected in answer.text, answer.text


def test_who_ran_something_after_someone_asks_who_held_the_post_next(engine: Engine) -> None:
    answer = engine.ask("who ran rwandas central bank after hattori", today=TODAY)
    assert not answer.answered and "after Masaya Hattori" in answer.text, answer.text


def test_what_she_wanted_is_read_from_the_record_that_has_the_words_not_all_she_said(engine: Engine) -> None:
    answer = last_answer(engine, "Did Kamikawa host a G7 meeting in New York?",
                         "how many days before she saw Kuleba was that?",
                         "what did she want Indo-Pacific countries to take part in?")
    assert answer.answered and "Peace Formula" in answer.text and "generators" not in answer.text, answer.text


def test_meetings_on_the_occasion_of_a_gathering_leave_out_a_gathering_of_its_own(engine: Engine) -> None:
    answer = engine.ask("which meetings were held on the sidelines of a bigger international gathering?", today=TODAY)
    assert answer.answered and len(answer.lines) == 3, answer.text
    assert "G20" in answer.text and "General Assembly" in answer.text and "Central Asia" in answer.text
    assert "business forum" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["where is zelensky mentioned?", "where does zelenskyy come up in your info?",
                                      "In which meetings does Zelenskyy come up?"])
def test_where_someone_comes_up_adds_the_meetings_whose_records_name_them(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "Also named in the record of Japan-Ukraine Foreign Ministers' Meeting" in answer.text
    # the meetings to pick from are still only those the person took part in
    assert all("kamikawa-kuleba" not in (item.command or "") for item in answer.items), answer.items


def test_where_a_country_comes_up_is_no_place(engine: Engine) -> None:
    answer = engine.ask("Where does Ukraine come up?", today=TODAY)
    assert answer.answered and "Japan-Kyrgyz" in answer.text, answer.text


def test_she_is_never_someone_the_records_call_he(engine: Engine) -> None:
    answer = last_answer(engine, "which equipment did japan send ukraine?",
                         "what does she want to achieve with kuleba?")
    assert "What the records report of Dmytro Kuleba" not in answer.text, answer.text


def test_who_else_from_one_side_of_the_meeting_discussed(engine: Engine) -> None:
    none = last_answer(engine, "when did kamikawa meet kuleba?",
                       "who else from ukraine sat in on the new york meeting?")
    assert not none.answered and "no one else from Ukraine" in none.text, none.text
    more = last_answer(engine, "when did kagame meet kishida?", "who else was there from rwanda's side?")
    assert more.answered and "Biruta" in more.text and "Ndagijimana" in more.text, more.text
    # a journey is not who was at the meeting
    gone = last_answer(engine, "Was Hayashi the first Japanese foreign minister to visit Ukraine since the war began?",
                       "who else from japan had gone there before him?")
    assert "No one else named" not in gone.text, gone.text


def test_what_a_thing_holds_is_not_its_definition(engine: Engine) -> None:
    answer = engine.ask("whats in the peace formula", today=TODAY)
    assert not answer.answered and "do not say what Peace Formula consists of" in answer.text, answer.text
    assert engine.ask("what is the peace formula?", today=TODAY).answered


def test_which_of_them_after_a_list_of_officials_asked_across_the_records(engine: Engine) -> None:
    # "Across the records, …" says where to look: the list is still of the officials asked for
    answer = last_answer(engine, "Across the records, which Ukrainian officials held talks with Japanese foreign "
                         "ministers in September 2023?", "Which of them met Kamikawa?")
    assert answer.answered and answer.title == "Dmytro Kuleba", answer.text


@pytest.mark.parametrize("question", [
    "Compare with Rwanda, how many years after relations began did Japan open an embassy in Kigali?",
    "Compare with Rwanda, how many years after relations began did Japan open an embassy there?",
    "Now Rwanda: how many years after relations began did Japan open an embassy in Kigali?"])
def test_a_topic_set_before_the_question_is_what_it_asks_of(engine: Engine, question: str) -> None:
    # after a conversation about Uzbekistan's embassies, the topic named before the question is the one asked of
    answer = last_answer(engine, "When did Japan open its embassy in Tashkent?", question)
    assert answer.answered and answer.title == "48 years", answer.text


def test_which_of_those_meetings_came_earliest_orders_every_record_just_listed(engine: Engine) -> None:
    answer = last_answer(engine, "Who were all the foreign officials Hayashi Yoshimasa held talks with, according "
                         "to the records?", "Which of those meetings came earliest?")
    # (the list holds two Kyiv meetings of one day and an earlier one in Japan: not the two of one country)
    assert answer.answered and answer.title == "Earlier: Japan-Kyrgyz Foreign Ministers' Meeting", answer.text


def test_which_of_the_meetings_shown_was_held_away_from_a_country_is_the_one_held_elsewhere(engine: Engine) -> None:
    answer = last_answer(engine, "Which lasted longer, Hayashi's meeting with Kulubaev or Kamikawa's with Kuleba?",
                         "Which of the two was held outside Japan?")
    assert answer.answered and answer.title.endswith("New York, United States"), answer.text
    assert "Kyrgyz" not in answer.title
    kept = last_answer(engine, "Which lasted longer, Hayashi's meeting with Kulubaev or Kamikawa's with Kuleba?",
                       "Which of the two was held in Japan?")
    assert kept.answered and "Kyrgyz" in kept.title, kept.text


def test_going_back_to_the_first_meeting_is_the_first_the_conversation_had(engine: Engine) -> None:
    asked = ("Who did Hayashi meet in December 2022?", "When did Kamikawa meet Kuleba?")
    first = last_answer(engine, *asked, "Going back to the first meeting, how long did it last?")
    assert "30 minutes" in first.text and "25 minutes" not in first.text, first.text
    second = last_answer(engine, *asked, "Going back to the second meeting, how long did it last?")
    assert "25 minutes" in second.text and "30 minutes" not in second.text, second.text


def test_and_from_the_other_side_asks_the_last_question_of_that_side_when_it_named_a_country(engine: Engine) -> None:
    asked = ("kagame kishida mtg wen", "who else came from rwanda")
    other = last_answer(engine, *asked, "n from japans side?")
    # the record names no one else from Japan: said so, not the meeting's whole list of people
    assert not other.answered and "no one else" in other.text and "Biruta" not in other.text, other.text
    same = last_answer(engine, *asked, "and from the Rwandan side?")
    assert "Biruta" in same.text, same.text


def test_that_countrys_official_is_the_one_of_the_people_just_answered_from_there(engine: Engine) -> None:
    post = last_answer(engine, "Who did Usmanov host on January 26?", "what post does that Japanese official hold?")
    assert post.answered and "Ikegami" in post.title and "Usmanov" not in post.text, post.text


@pytest.mark.parametrize("lead", ["Switching to Central Asia - ", "As for Central Asia: ",
                                  "Moving on to Uzbekistan - "])
def test_a_region_set_before_a_question_that_names_its_country_leaves_the_question_whole(engine: Engine,
                                                                                        lead: str) -> None:
    answer = last_answer(engine, "Which Ukrainian leaders did Hayashi meet on his Kyiv trip?",
                         f"{lead}how long after Uzbekistan-Japan relations were established did Japan's embassy in "
                         "Tashkent open?")
    assert answer.answered and answer.title.startswith("12 months"), answer.text


def test_how_much_later_than_that_measures_from_the_event_just_answered(engine: Engine) -> None:
    answer = last_answer(engine, "how long after Uzbekistan-Japan relations were established did Japan's embassy in "
                                 "Tashkent open?",
                         "And how much later than that did Uzbekistan's embassy in Tokyo open?")
    assert answer.answered and answer.title == "3 years", answer.text


def test_setting_up_ties_is_establishing_relations(engine: Engine) -> None:
    answer = engine.ask("how many yrs after setting up ties did japan open the tashkent embassy", today=TODAY)
    assert answer.answered and answer.title == "1 year" and "26 January 1992" in answer.text, answer.text


def test_it_lasted_asks_how_long(engine: Engine) -> None:
    answer = last_answer(engine, "when did kamikawa meet kuleba", "what time was that in japan", "and it lasted?")
    assert answer.answered and "25 minutes" in answer.text, answer.text


def test_in_a_city_for_what_exactly_asks_the_occasion(engine: Engine) -> None:
    answer = engine.ask("kamikawa was in NY for wat exactly?", today=TODAY)
    assert answer.answered and "General Assembly" in answer.text, answer.text


@pytest.mark.parametrize(("question", "shown"), [
    ("Given its start time and duration, at what time in Japan (JST) did the Kamikawa-Kuleba meeting end?",
     "7:30 a.m. JST"),
    ("Given the start time and duration of the Kamikawa-Kuleba meeting in New York, at approximately what time in "
     "Japan (JST) did it end?", "7:30 a.m. JST"),
    ("Judging from the local and Japan times given for the Kamikawa-Kuleba meeting, what is the time difference "
     "between New York and Japan?", "13 hours"),
])
def test_the_figures_to_work_from_put_before_the_question(engine: Engine, question: str, shown: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and shown in answer.text, answer.text


def test_the_documents_named_before_a_question_do_not_date_what_it_asks(engine: Engine) -> None:
    # (the generators were provided in 2022, as the September 2023 record tells)
    answer = engine.ask("Across both September 2023 Ukraine records, what equipment did Japan pledge or provide to "
                        "Ukraine?", today=TODAY)
    assert answer.answered and all(w in answer.text for w in ("1,500 generators", "24 demining cranes",
                                                               "2 auto transformers")), answer.text


@pytest.mark.parametrize("question", ["what's the time difference between New York and Japan?",
                                      "Going by the two clock times given for the Kamikawa-Kuleba meeting, what's the "
                                      "time difference between New York and Japan?"])
def test_whats_the_time_difference(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "13 hours" in answer.text, answer.text


def test_a_reasoning_lead_that_names_nothing_leaves_the_question_of_the_conversation(engine: Engine) -> None:
    answer = last_answer(engine, "Which Kyrgyz official held talks with Foreign Minister Hayashi in Japan in December "
                                 "2022?", "Given when their meeting started and how long it lasted, at roughly what "
                                          "time did it end?")
    assert answer.answered and "15:10" in answer.text, answer.text


def test_which_of_them_met_someone_leaves_that_meeting_as_the_topic(engine: Engine) -> None:
    answer = last_answer(engine, "Which two Japanese foreign ministers dealt with Ukrainian officials in September "
                                 "2023, according to the records?", "Which of them met Kuleba?",
                         "How long did that meeting last?")
    assert answer.answered and "25 minutes" in answer.text, answer.text


def test_an_unanswered_turn_leaves_the_person_the_conversation_was_about(engine: Engine) -> None:
    turns = ("why was kulbaev in japan", "which hotel did he stay at")
    unanswered = last_answer(engine, *turns)
    assert not unanswered.answered and unanswered.focus is not None, unanswered.text
    assert unanswered.focus.people == ("zheenbek-kulubaev",), unanswered.focus
    answer = last_answer(engine, *turns, "what aid did he thank japan for")
    assert answer.answered and "Kyrgyz gratitude" in answer.text and "Shmyhal" not in answer.text, answer.text


def test_that_thing_of_the_conversation_is_not_answered_from_another_country(engine: Engine) -> None:
    answer = last_answer(engine, "who did hayashi see first in kyiv, zelensky or the pm?",
                         "what did he n zelensky agree on", "when was that deal signed")
    assert not answer.answered and "Kyrgyz" in answer.text, answer.text


def test_a_correction_that_restates_the_question_asks_it_of_the_thing_meant(engine: Engine) -> None:
    answer = last_answer(engine, "Whom did Japan's foreign minister meet in New York on 20 September 2023?",
                         "Sorry, I meant the foreign ministers' meeting on 24 December 2022: who was the counterpart "
                         "there?")
    assert answer.answered and "Kulubaev" in answer.text and "Kuleba" not in answer.text, answer.text


def test_his_after_a_person_named_is_that_person(engine: Engine) -> None:
    answer = last_answer(engine, "what's Biruta's job?",
                         "In Kyiv, who did Hayashi talk to before his meeting with Zelenskyy?")
    assert answer.answered and "Biruta" not in answer.text and "Shmyhal" in answer.text, answer.text


def test_who_was_the_person_of_a_kind_is_not_answered_by_a_record_naming_no_one(engine: Engine) -> None:
    answer = last_answer(engine, "when did japan and rwanda establish relations",
                         "who was the japanese banker back then")
    assert answer.answered and "Hattori" in answer.text, answer.text



def test_did_someone_say_anything_about_a_thing_is_judged_by_their_words(engine: Engine) -> None:
    answer = last_answer(engine, "when did kamikawa meet kuleba", "Did Kuleba say anything about her new post?")
    assert answer.answered and answer.title == "Yes" and "congratulated" in answer.text, answer.text
    other = engine.ask("did Kuleba say anything about demining cranes?", today=TODAY)
    assert not other.answered, other.text


def test_the_full_name_of_a_thing_is_not_the_name_of_a_person_the_question_mentions(engine: Engine) -> None:
    answer = last_answer(engine, "What is the full name of the cooperation program signed during the Kyrgyz "
                                 "Foreign Minister's December 2022 visit to Japan?")
    assert answer.answered
    assert "2023-2025" in answer.text
    assert "Zheenbek Kulubaev:" not in answer.text


def test_the_recorded_meetings_are_every_meeting(engine: Engine) -> None:
    answer = last_answer(engine, "Which of the recorded meetings involved Ukrainian officials?")
    assert answer.answered
    assert "Kamikawa" in answer.text and "Hayashi" in answer.text


def test_meetings_of_a_season_are_those_of_its_months_in_any_year(engine: Engine) -> None:
    answer = last_answer(engine, "Which of the recorded meetings fell in winter, whatever the year?")
    assert answer.answered
    assert "24 December 2022" in answer.text and "26 January 2024" in answer.text
    assert "September" not in answer.text


def test_a_figure_promised_for_a_time_ahead_is_not_one_already_provided(engine: Engine) -> None:
    answer = last_answer(engine, "How many generators did Kamikawa promise Ukraine for the coming winter?")
    assert not answer.answered
    assert "still to come" in answer.text


def test_the_records_a_person_comes_up_in_are_the_meetings_naming_them(engine: Engine) -> None:
    answer = last_answer(engine, "In which documents does Prime Minister Kishida come up?")
    assert answer.answered and "Bali" in answer.text and "Ukraine" in answer.text
    signed = last_answer(engine, "What documents did Kamikawa and Kuleba sign in New York?")
    assert not signed.answered  # documents signed are things, not the records


def test_the_name_of_someone_described_is_who_they_were(engine: Engine) -> None:
    answer = last_answer(engine, "name of the kyrgyz minister who came to japan in dec 22?")
    assert answer.answered and "Kulubaev" in answer.text


def test_the_latest_in_the_records_is_of_them_all_not_of_the_topic(engine: Engine) -> None:
    turns = ("Which of the meetings in these records took place first?",
             "How many days later did Hayashi meet Kulubaev?")
    answer = last_answer(engine, *turns, "And which is the most recent meeting in the records?")
    assert answer.answered and "26 January 2024" in answer.title + answer.text
    of_topic = last_answer(engine, *turns, "which was his most recent meeting?")
    assert "Usmanov" not in of_topic.title


def test_according_to_that_report_is_read_in_the_record_discussed(engine: Engine) -> None:
    answer = last_answer(engine, "When did Kagame meet Kishida?",
                         "In what year did Rwanda gain independence, according to that report?")
    assert answer.answered and "1962" in answer.text


def test_what_the_records_report_about_someone_is_not_a_record_of_reporting(engine: Engine) -> None:
    # "report" is how the question points at the records, not a word the answer's record must hold
    answer = last_answer(engine, "What do the records report about Prime Minister Fumio Kishida's own diplomatic "
                                 "activity?")
    assert "Office of The President" not in answer.title


def test_records_asked_for_as_a_class_are_the_meetings_of_a_region_named(engine: Engine) -> None:
    answer = last_answer(engine, "Which records involve Central Asian countries?")
    assert answer.kind == "meetings" and "Kyrgyz" in answer.text and "Uzbekistan" in answer.text, answer.text


def test_records_of_a_subject_are_the_meetings_holding_it_only_when_no_fact_does(engine: Engine) -> None:
    listed = last_answer(engine, "Which records mention infrastructure cooperation?")
    assert listed.kind == "meetings" and "Shmyhal" in listed.text and "Kagame" in listed.text, listed.text
    # climate is in a fact of Rwanda too: a list of meetings alone would leave it out
    partial = last_answer(engine, "Which records touch on climate or energy cooperation?")
    assert partial.kind != "meetings", partial.text


def test_the_one_picked_from_a_list_of_people_is_asked_of_by_name(engine: Engine) -> None:
    answer = last_answer(engine, "which Japanese foreign ministers show up in these reports?",
                         "who did the first one meet?")  # (listed in the order they held the post)
    assert answer.kind == "several" and "Kulubaev" in answer.text and "Zelenskyy" in answer.text, answer.text


def test_how_much_later_the_other_one_was_is_the_time_from_the_one_picked(engine: Engine) -> None:
    answer = last_answer(engine, "Which meetings between Japanese and Ukrainian officials took place in "
                                 "September 2023?", "Which of those came first?",
                         "How many days later was the other one?")
    assert answer.answered and answer.title == "11 days", answer.text


def test_a_report_said_by_its_subject_after_the_question_is_where_to_look(engine: Engine) -> None:
    answer = last_answer(engine, "Which country did Prime Minister Fumio Kishida visit in March 2023, according to "
                                 "the report on Hayashi's trip?")
    assert answer.answered and "Ukraine" in answer.text, answer.text


def test_the_one_who_followed_is_the_next_visit_to_the_same_country(engine: Engine) -> None:
    answer = last_answer(engine, "Which Japanese leader visited Ukraine in March 2023?",
                         "And which foreign minister followed later that year?")
    assert answer.title == "Yoshimasa Hayashi" and "9 September 2023" in answer.text, answer.text
    none = last_answer(engine, "when did Kamikawa meet Kuleba?", "which foreign minister came next?")
    assert not none.answered, none.text  # nothing with Ukraine after the New York meeting


def test_which_one_after_a_list_of_people_picks_among_them(engine: Engine) -> None:
    turns = ("which jp foreign ministers show up in these", "which one met someone from central asia")
    answer = last_answer(engine, *turns)
    assert answer.title == "Yoshimasa Hayashi", answer.text
    other = last_answer(engine, *turns, "n the other one met who", "where")
    assert "New York" in other.text, other.text


def test_and_another_person_asks_the_last_question_of_that_person(engine: Engine) -> None:
    answer = last_answer(engine, "What did Shmyhal thank Japan for?", "and Kulubaev?")
    assert answer.answered and "30 years" in answer.text and "Shmyhal" not in answer.text, answer.text


def test_two_places_joined_by_and_are_each_asked_of(engine: Engine) -> None:
    # (no record holds both embassies: each place is asked of on its own, a capital read as its country too)
    answer = engine.ask("When did the embassies in Tashkent and Tokyo open?", today=TODAY)
    assert answer.answered and "1993" in answer.text and "1996" in answer.text, answer.text


def test_two_names_each_after_the_same_preposition_are_asked_one_by_one(engine: Engine) -> None:
    answer = engine.ask("when did japan set up diplomatic ties with rwanda and with uzbekistan?", today=TODAY)
    assert answer.answered and "1962" in answer.text and "1992" in answer.text, answer.text
    gap = engine.ask("How many years apart did Japan start relations with Rwanda and with Uzbekistan?", today=TODAY)
    assert gap.kind != "compound", gap.text  # one gap between the two, not two questions


def test_a_person_described_by_a_clause_is_the_one_it_fits(engine: Engine) -> None:
    post = engine.ask("What post did the Japanese official who co-led the business forum hold?", today=TODAY)
    assert post.answered and "Kozuki" in post.text and "State Minister" in post.text, post.text
    trip = engine.ask("When did the Japanese PM who met Kagame in Bali travel to Ukraine?", today=TODAY)
    assert trip.answered and "March 2023" in trip.text, trip.text
    # the clause's own words stay in it: "who travelled to Kyiv | agree on with Ukraine's president"
    agreed = engine.ask("What did the Japanese foreign minister who travelled to Kyiv agree on with Ukraine's "
                        "president?", today=TODAY)
    assert "negotiat" in agreed.text, agreed.text
    # a banker is someone the records call one
    banker = engine.ask("What post did the Japanese banker who went to the East African country at the request of "
                        "the IMF hold there?", today=TODAY)
    assert "Hayashi" not in banker.text, banker.text


def test_a_claim_of_a_person_described_by_a_clause_is_checked_of_them(engine: Engine) -> None:
    answer = engine.ask("Did the Japanese PM who met Rwanda's president in Bali also go to Ukraine?", today=TODAY)
    assert answer.answered and answer.title.startswith("Yes") and "March 2023" in answer.text, answer.text
    # a name that goes on ("… of Asian Affairs") is no question's own verb
    named = engine.ask("Was the Japanese official who met Usmanov from the Bureau of Asian Affairs?", today=TODAY)
    assert not named.title.startswith("Yes"), named.text


def test_a_diplomat_described_by_a_clause_is_an_official_of_that_side(engine: Engine) -> None:
    answer = engine.ask("What is the exact title of the Japanese diplomat who met Uzbekistan's deputy foreign minister "
                        "on January 26?", today=TODAY)
    assert "Ikegami" in answer.text and "Usmanov" not in answer.title, answer.text


def test_the_posts_of_the_people_they_means_are_asked_by_name(engine: Engine) -> None:
    # after two ministers listed, "they" are those two, not the meeting they sat in on
    text = last_answer(engine, "Which Rwandan ministers sat in on the Kagame-Kishida meeting?",
                       "what portfolios do they hold").text
    assert "Foreign Affairs and Cooperation" in text and "Finance and Economic Planning" in text, text


def test_his_post_after_a_side_asked_is_of_the_one_answered(engine: Engine) -> None:
    # the post names the subject; "from Japan" the one answered, whom "his" means next
    text = last_answer(engine, "who did the uzbekstan deputy fm meet from japan?", "whats his job exactly").text
    assert text.index("Ikegami") < text.index("Deputy Director General"), text


def test_a_meeting_put_first_with_a_comma_is_what_that_one_means(engine: Engine) -> None:
    text = last_answer(engine, "When did Kamikawa meet Kuleba?",
                       "and the kyrgyz FM meeting, when did that one end?").text
    assert "15:10" in text, text


def test_who_said_a_figure_shown_is_the_speaker_the_records_quote(engine: Engine) -> None:
    answer = last_answer(engine, "how many generators did japan send to ukraine last year?", "who said that?")
    assert answer.answered and answer.title == "Yoko Kamikawa" and "has stated" in answer.text, answer.text


def test_the_one_answered_for_a_side_asked_is_whom_the_next_question_means(engine: Engine) -> None:
    # "who did he meet from Japan?": "he" is the subject, the one answered of Japan's side is the topic next
    text = last_answer(engine, "yo who's Kuleba", "who did he meet from japan", "first name?").text
    assert text.startswith("Yoko"), text


def test_another_of_the_kind_shown_is_the_other_its_records_name(engine: Engine) -> None:
    answer = last_answer(engine, "what is OVOP?", "which other projects were welcomed?")
    assert answer.answered and "JDS" in answer.title and "One Village" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["did hayashi see zelensky or shmyhal first?",
                                      "who did hayashi meet first in kyiv, shmyhal or zelenskyy?"])
def test_which_of_two_someone_met_first_is_answered_by_the_one_first(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and answer.title == "Denys Shmyhal first", answer.text


def test_his_capital_is_the_capital_of_the_conversations_person(engine: Engine) -> None:
    answer = last_answer(engine, "who is kagame", "In which year did Japan open an embassy in his capital?")
    assert answer.answered and "2010" in answer.text and "Tashkent" not in answer.text, answer.text


def test_whom_a_question_leaves_out_put_first_is_left_out(engine: Engine) -> None:
    answer = engine.ask("Apart from Kishida, which Japanese officials attended the Bali G20?", today=TODAY)
    assert not answer.answered and "nobody else from the Japanese side" in answer.text, answer.text


def test_which_of_two_he_met_first_there_is_of_the_place_of_the_conversation(engine: Engine) -> None:
    answer = last_answer(engine, "who did hayashi meet in kyiv", "who did he talk to first there, shmyhal or zelensky")
    assert answer.answered and answer.title == "Denys Shmyhal first", answer.text


def test_which_of_the_two_he_saw_first_is_of_the_two_of_the_conversation(engine: Engine) -> None:
    answer = last_answer(engine, "who did japan's foreign minister meet in kyiv in september 2023?",
                         "what did he and the president agree on", "which of the two did he see first?")
    assert answer.answered and answer.title == "Denys Shmyhal first", answer.text


@pytest.mark.parametrize("question", ["where did kamikawa travel right after new york?",
                                      "which country did kishida fly to right after the bali g20"])
def test_where_someone_went_straight_after_an_event_is_not_in_the_records(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "straight from one event to the next" in answer.text, answer.text


def test_the_record_picked_from_a_list_stays_the_topic_when_its_answer_shows_another_beside_it(
        engine: Engine) -> None:
    answer = last_answer(engine, "Which Japanese officials met Ukrainian counterparts in September 2023?",
                         "the second one, what was she in new york for?",
                         "how many days after the Kyiv visit began was her meeting?")
    assert "11 days" in answer.text and "20 September 2023" in answer.text, answer.text


def test_what_else_someone_hoped_for_after_a_pledge_is_what_they_said_not_other_pledges(engine: Engine) -> None:
    answer = last_answer(engine, "what did the kyrgz foreign minster thank japan for",
                         "what was the emergency aid about?", "what else did he hope for")
    assert "decarbonization" in answer.text and "pledges" not in answer.title, answer.text
    # what someone said would be given is still what else is given
    given = last_answer(engine, "what's the 1,500 figure about in the ukraine material?", "who said that",
                        "to whom?", "which year were the genrators sent",
                        "and what else did she say japan would provide, by when?")
    assert "pledges" in given.title, given.text


def test_which_of_them_after_a_list_of_one_side_s_people_is_of_that_side_not_the_last_record_s(
        engine: Engine) -> None:
    answer = last_answer(engine, "which japanese foreign ministers met ukrainian officials?",
                         "the earlier one, where was that?", "and the other one?", "which of them met the president?")
    assert answer.title == "Yoshimasa Hayashi", answer.text


def test_the_trip_after_one_meeting_held_during_it_is_that_trip_not_the_meeting(engine: Engine) -> None:
    answer = last_answer(engine, "What did Hayashi and Zelenskyy agree on in Kyiv?", "when was this?",
                         "who else did he hold talks with on that trip?")
    assert "Shmyhal" in answer.text, answer.text
    claim = last_answer(engine, "what did hayashi and zelenskyy agree on?",
                        "My draft says the trip was announced a week beforehand. Correct?")
    assert claim.answered and claim.title.startswith("No") and "day of his arrival" in claim.text, claim.text


def test_the_two_meetings_after_two_people_listed_are_the_last_two_meetings_of_the_conversation(
        engine: Engine) -> None:
    answer = last_answer(engine, "Two Japanese foreign ministers dealt with Ukraine in September 2023 according to "
                                 "the records. Who were they?", "Which of them met Kuleba?", "where?",
                         "And the other one, what did he agree on with Zelenskyy?",
                         "How many days apart were the two meetings?")
    assert "11 days" in answer.text, answer.text


def test_anything_else_on_the_way_after_a_pledge_is_the_other_pledges(engine: Engine) -> None:
    answer = last_answer(engine, "According to Kamikawa, how many generators did Japan send Ukraine?",
                         "when were those sent", "anything else on the way?")
    assert "transformers" in answer.text, answer.text


def test_the_same_minister_at_both_after_a_comparison_is_each_meeting_s_minister(engine: Engine) -> None:
    answer = last_answer(engine, "how long was the meeting between japan's foreign minister and the kyrgyz FM?",
                         "no sorry i meant the ukrainian one, in new york", "which one was longer then?",
                         "by how much", "Was it the same Japanese minister at both?")
    assert answer.title.startswith("No") and "Kamikawa" in answer.text and "Hayashi" in answer.text, answer.text


def test_the_end_asked_again_of_another_meeting_and_on_the_home_clock_stays_the_end(engine: Engine) -> None:
    turns = ("roughly when did the hayashi-kulubaev meeting end?", "and kamikawa-kuleba?")
    again = last_answer(engine, *turns)
    assert "ended at about 18:30" in again.text, again.text
    home = last_answer(engine, *turns, "what was that in japan time")
    assert "7:30 a.m. JST" in home.text, home.text
    # the start, asked on the home clock, stays the start
    start = last_answer(engine, "when did the kamikawa-kuleba meeting begin?", "what was that in japan time")
    assert "7:05 a.m. JST" in start.text and "7:30" not in start.text, start.text


def test_which_of_the_meetings_shown_gives_a_detail_is_those_whose_records_give_it(engine: Engine) -> None:
    answer = last_answer(engine, "How many days passed between Hayashi meeting the Kyrgyz FM and his meeting with "
                                 "Zelenskyy?", "which of those two meetings has a stated length")
    assert answer.title == "Japan-Kyrgyz Foreign Ministers' Meeting" and "about 30 minutes" in answer.text, answer.text
    assert "does not give it" in answer.text, answer.text


@pytest.mark.parametrize("question", ["did he meet her?", "did he meet kuleba?", "when did she go to New York?"])
def test_people_said_only_by_pronouns_at_the_start_are_asked_back_not_guessed(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and answer.title == "Who do you mean?", answer.text
    # in a conversation, "he" is whom it is about
    went_on = last_answer(engine, "Who did Hayashi meet in Kyiv?", "did he meet kuleba?")
    assert went_on.title != "Who do you mean?", went_on.text



def test_they_after_a_meeting_and_one_pledge_are_the_pledges_things(engine: Engine) -> None:
    answer = last_answer(engine, "more than 1500 genrators - who brought that up and to whom?",
                         "when were they provided")
    assert answer.answered and "2022" in answer.title and "transformers" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["In Kyiv, who did the Japanese FM sit down with first, Zelenskyy or Shmyhal?",
                                      "did the Japanese foreign minister see Zelenskyy or Shmyhal first?"])
def test_which_of_two_someone_described_met_first_is_of_the_one_who_met_both(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.title == "Denys Shmyhal first", answer.text


def test_an_unanswered_turn_about_the_same_person_by_pronoun_keeps_her(engine: Engine) -> None:
    turns = ("how many generators did japan send to ukraine?", "who said so, and to whom?",
             "and what else is she sending, by when?")
    unanswered = last_answer(engine, *turns)
    assert unanswered.focus is not None and "yoko-kamikawa" in unanswered.focus.people, unanswered.focus
    answer = last_answer(engine, *turns, "did the ukrainian side thank her for it?")
    assert answer.title != "Yes" or "Kamikawa" in answer.text, answer.text


def test_why_asked_of_one_of_them_by_country_is_asked_of_that_person(engine: Engine) -> None:
    turns = ("who were the two kyrgyz and japanese ministers who met in december 2022?",
             "why was the kyrgyz guy in japan")
    answer = last_answer(engine, *turns)
    assert "Central Asia plus Japan" in answer.text and answer.title != "Zheenbek Kulubaev", answer.text
    answer = last_answer(engine, *turns, "what period does that program cover")
    assert "2023" in answer.text and "2025" in answer.text, answer.text
    answer = last_answer(engine, *turns, "what period does that program cover", "what time did they start")
    assert "14:40" in answer.text, answer.text


def test_posts_offered_as_a_choice_of_whom_he_saw_first_are_the_holders_in_the_conversation(engine: Engine) -> None:
    answer = last_answer(engine, "who did the japanese FM meet in kyiv", "when was this",
                         "who did he see first, the president or the prime minister?")
    assert answer.answered and answer.title == "Denys Shmyhal first", answer.text


def test_his_name_after_who_a_post_holder_met_is_the_one_met(engine: Engine) -> None:
    answer = last_answer(engine, "who did the japanese FM meet on dec 24 2022", "whats his first name")
    assert answer.answered and answer.title == "Zheenbek", answer.text
    # (after a question of what the holder of a post did, "his" is still that holder)
    kept = last_answer(engine, "What did Ukraine's prime minister thank Japan for during Hayashi's visit?",
                       "whats his name again")
    assert kept.answered and "Shmyhal" in kept.title, kept.text


def test_a_choice_of_two_said_first_twice_is_the_order_they_were_met(engine: Engine) -> None:
    answer = last_answer(engine, "who did the japanese fm meet in kyiv", "when was that",
                         "did he see the pm first or the president first")
    assert answer.answered and answer.title == "Denys Shmyhal first", answer.text


def test_an_order_claimed_against_a_full_name_reads_the_name_the_records_write(engine: Engine) -> None:
    answer = engine.ask("did hayashi meet denys shmyhal before or after volodymyr zelenskyy?", today=TODAY)
    assert answer.answered and answer.title == "Before", answer.text


def test_a_thing_said_first_then_how_many_and_by_when_asks_its_count_and_date(engine: Engine) -> None:
    answer = engine.ask("auto transformers to ukr how many n by when", today=TODAY)
    assert answer.answered and "2 auto transformers" in answer.text and "September 2023" in answer.text, answer.text
    # (a count alone after a statement is read as it is)
    plain = engine.ask("Japan promised Ukraine some cranes, how many?", today=TODAY)
    assert plain.answered and "24" in plain.text, plain.text


def test_the_end_asked_in_so_many_words_stays_the_end_on_the_home_clock(engine: Engine) -> None:
    home = last_answer(engine, "what time did the kamikawa kuleba meeting end, local",
                       "and what was that in japan time")
    assert "7:30 a.m. JST" in home.text, home.text
    again = last_answer(engine, "roughly when did the hayashi-kulubaev meeting end?", "and kamikawa-kuleba?",
                        "and in japan time?")
    assert "7:30 a.m. JST" in again.text, again.text


def test_the_one_meeting_of_the_people_an_unanswered_question_names_stays_in_the_conversation(engine: Engine) -> None:
    answer = last_answer(engine, "what time did hayashi meet the kyrgyz minister",
                         "and kamikawa's meeting with kuleba, what time was that in kyiv",
                         "which of the two meetings was shorter")
    assert answer.answered and "25 minutes" in answer.text and "30 minutes" in answer.text, answer.text
    assert "G7" not in answer.text


def test_which_country_alone_after_a_place_is_the_country_of_that_place(engine: Engine) -> None:
    answer = last_answer(engine, "kagme kishda meeting where", "wat country")
    assert answer.answered and answer.title == "Indonesia", answer.text
    people = last_answer(engine, "who did hayashi meet", "which country")
    assert "Bali" not in people.text and people.title != "Indonesia", people.text


def test_and_another_person_after_what_one_said_to_another_asks_it_of_the_new_speaker(engine: Engine) -> None:
    answer = last_answer(engine, "what did zelenskyy say to hayashi", "what about shmyhal?")
    assert answer.answered and "Shmyhal" in answer.title and "sovereignty" in answer.text, answer.text
    never = last_answer(engine, "what did kuleba say to kamikawa", "and zelenskyy?")
    assert not never.answered, never.text


def test_a_state_claimed_since_a_year_in_a_statement_needs_it_begun_by_then(engine: Engine) -> None:
    for question in ("japan's embassy in kigali has been open since 1962 yes?",
                     "japan's embassy in kigali's been open since 1962, right?"):
        answer = last_answer(engine, question)
        assert answer.title.startswith("No"), answer.text
    assert last_answer(engine, "japan's embassy in kigali has been open since 2010, right?").title == "Yes"


def test_chat_shorthand_for_where_and_people_is_read(engine: Engine) -> None:
    assert "Bali" in last_answer(engine, "kagame kishda meet wher").text
    assert last_answer(engine, "did kyrgyz ppl study in japan?").title == "Yes"


def test_switching_gears_starts_afresh(engine: Engine) -> None:
    answer = last_answer(engine, "who is biruta?", "switching gears, which kyrgyz minister came to japan in dec 2022")
    assert answer.answered and "Kulubaev" in answer.text, answer.text


def test_a_number_of_what_is_the_thing_a_record_just_shown_counts_by_it(engine: Engine) -> None:
    answer = last_answer(engine, "what did japan promise ukraine on hayashis trip", "24 of what exactly")
    assert answer.answered and "crane" in answer.title, answer.text
    both = last_answer(engine, "how many deals were signed at the uzbekistan-japan business forum?", "14 what?")
    assert both.answered and "agreements" in both.title, both.text
    assert last_answer(engine, "what did japan promise ukraine on hayashis trip", "25 of what?").title != "25"


def test_a_count_of_people_is_of_those_who_took_part_and_counted_by_a_noun_of_people(engine: Engine) -> None:
    affected = last_answer(engine, "how many people were affected near the tajik border")
    assert not affected.answered, affected.text
    scholars = last_answer(engine, "how many kyrgyz people got the jds scholarships")
    # (a record with no figure at all, "One Village One Product" counting nothing, gives no number of them)
    assert not scholars.answered and ("no number of people" in scholars.text or "no figure" in scholars.text), \
        scholars.text
    gathering = last_answer(engine, "how many people came to the central asia plus japan fm mtg")
    assert not gathering.answered and "Kulubaev" not in gathering.text, gathering.text
    assert last_answer(engine, "how many Rwandan officials attended the Kagame Kishida meeting").answered


def test_an_anniversary_of_that_date_is_of_the_record_just_shown(engine: Engine) -> None:
    answer = last_answer(engine, "When were diplomatic relations between Uzbekistan and Japan established?",
                         "was the usmanov-ikegami meeting held on the anniversary of that date?")
    assert answer.title.startswith("Yes") and "The record just shown: 26 January 1992" in answer.text, answer.text


def test_a_word_of_surprise_before_a_claim_of_the_same_day_is_dropped(engine: Engine) -> None:
    answer = last_answer(engine, "when did usmanov meet ikegami", "wait isnt that the same date relations started?")
    assert answer.title.startswith("Yes"), answer.text


def test_the_other_guy_after_one_person_of_a_list_of_things_is_the_other_person(engine: Engine) -> None:
    answer = last_answer(engine, "uzbek japan business forum - when was it, how many companies, how many deals?",
                         "who led it", "whats kozuki's job", "and the other guy")
    assert answer.answered and "Kudratov" in answer.text and "Kozuki" not in answer.title, answer.text


def test_a_pronoun_after_a_person_described_in_the_question_is_that_person(engine: Engine) -> None:
    answer = last_answer(engine, "What did the Ukrainian foreign minister congratulate Japan's top diplomat on?",
                         "where was the rwandan leader when he met the japanese PM")
    assert answer.answered and "Bali" in answer.text, answer.text


def test_a_summit_told_by_the_meeting_held_at_it_is_asked_of_by_its_name(engine: Engine) -> None:
    answer = last_answer(engine, "who hosted the summit where kagame and kishida met")
    assert answer.answered and "Indonesian G20 presidency" in answer.text, answer.text


def test_the_end_of_a_meeting_told_by_its_people_is_the_meeting_s_end(engine: Engine) -> None:
    for turns in (("when did hayashi's meeting with kulubaev end",),
                  ("when did the kamikawa kuleba meeting end",
                   "and hayashi's meeting with kulubaev, when did that end")):
        answer = last_answer(engine, *turns)
        assert answer.answered and "Kyrgyz" in answer.title and "15:10" in answer.text, answer.text


def test_a_gap_between_two_events_is_the_time_between_them(engine: Engine) -> None:
    answer = last_answer(engine, "gap between japan's embassy opening in tashkent and uzbekistan's in tokyo?")
    assert answer.answered and answer.title == "3 years", answer.text


def test_his_country_is_the_country_of_the_person_he_is(engine: Engine) -> None:
    answer = last_answer(engine, "where did kagame meet kishida", "what year did his country gain independence")
    assert answer.answered and "1962" in answer.text, answer.text


def test_which_one_first_of_the_meetings_of_a_trip_just_listed_says_it_was_first(engine: Engine) -> None:
    answer = last_answer(engine, "when did the japanese fm go to kyiv", "who did he meet there",
                         "which one did he meet first")
    assert answer.title.startswith("First:") and "Shmyhal" in answer.title, answer.text
    assert "After it: Foreign Minister Hayashi meets President Zelenskyy" in answer.text, answer.text


def test_which_one_first_and_by_how_long_gives_the_order_and_the_time_between(engine: Engine) -> None:
    answer = last_answer(engine, "when did japan open its embassy in tashkent", "and uzbekistan's embassy in tokyo?",
                         "which one opened first and by about how long")
    assert answer.title.startswith("First:") and "Tashkent" in answer.title, answer.text
    assert "After it: The Embassy of the Republic of Uzbekistan in Tokyo began operations in February 1996.\n" \
        in answer.text, answer.text
    assert "The time between them: 37 months (3 years and 1 month)." in answer.text, answer.text


def test_how_long_between_them_of_two_records_answered_in_turn(engine: Engine) -> None:
    answer = last_answer(engine, "when did japan open its embassy in tashkent", "and uzbekistan's embassy in tokyo?",
                         "how long between them")
    assert answer.kind == "elapsed" and answer.title.startswith("37 months"), answer.text


def test_a_claim_then_what_it_rules_out_is_the_claim_checked(engine: Engine) -> None:
    answer = last_answer(engine, "where did kamikawa meet kuleba", "so it was in new york, right? not geneva")
    assert answer.title == "Yes", answer.text
    wrong = last_answer(engine, "where did kamikawa meet kuleba", "so it was in tokyo, right? not new york")
    assert wrong.title != "Yes" and "New York" in wrong.text, wrong.text


def test_what_kind_of_help_to_a_country_lists_every_pledge_to_it(engine: Engine) -> None:
    answer = last_answer(engine, "what kind of help does japan give rwanda in general")
    assert answer.answered and "loans, grants" in answer.text and "JICA" in answer.text, answer.text


def test_years_after_a_country_alone_are_after_its_record_of_the_conversation_s_event(engine: Engine) -> None:
    answer = last_answer(engine, "when did japan and rwanda start diplomatic relations", "and uzbekistan?",
                         "how many years after rwanda is that")
    assert answer.title == "30 years" and "1962" in answer.text and "Kishida" not in answer.text, answer.text


def test_a_list_of_meetings_and_with_whom_is_the_list(engine: Engine) -> None:
    answer = last_answer(engine, "List every meeting a Japanese foreign minister held in these documents, "
                                 "and with whom.")
    assert answer.answered and all(n in answer.text for n in ("Kulubaev", "Zelenskyy", "Kuleba")), answer.text


def test_the_date_of_a_deed_whose_doer_was_just_named_is_the_deed_s(engine: Engine) -> None:
    answer = last_answer(engine, "When did the Japanese deputy director general meet Usmanov?",
                         "sorry I meant the business forum - when was that?",
                         "how many days before the usmanov meeting was it", "who tweeted about the 14 agreements",
                         "on what date")
    assert answer.answered and answer.title == "12 January 2024", answer.text


def test_a_verb_of_reporting_is_no_kind_of_unnamed_reporter(engine: Engine) -> None:
    answer = last_answer(engine, "Which embassy reported that Hayashi had visited the memorial in Bucha?")
    assert answer.answered and "Japanese embassy reported" in answer.text, answer.text
    assert not last_answer(engine, "which reporters covered the kyiv visit?").answered


def test_the_contexts_someone_appears_in_are_their_profile(engine: Engine) -> None:
    answer = last_answer(engine, "In which different contexts does Prime Minister Kishida appear in the documents?")
    assert answer.answered and answer.title == "Fumio Kishida", answer.text


def test_a_count_of_another_thing_than_the_record_counts_is_not_its_figure(engine: Engine) -> None:
    answer = last_answer(engine, "who tweeted about the agreements?", "when was that tweet?",
                         "how many likes did it get?")
    assert not answer.answered, answer.text


def test_two_deeds_claimed_of_one_person_are_each_checked_and_both_kept(engine: Engine) -> None:
    both = last_answer(engine, "hayashi met a kyrgyz minister and also went to ukraine right?")
    assert both.title == "Yes, both", both.text
    apart = last_answer(engine, "hayashi met a kyrgyz minister and also went to ukraine right?",
                        "how many months apart")
    assert apart.title == "8 months" and "9 September 2023" in apart.text, apart.text
    denied = last_answer(engine, "kamikawa met kuleba and also went to kyiv, right?")
    assert denied.title.startswith("No"), denied.text


def test_that_compared_after_one_meeting_compares_that_meeting(engine: Engine) -> None:
    answer = last_answer(engine, "how long did kamikawa and kuleba talk",
                         "so that was longer than hayashi's meeting w the kyrgyz minister?")
    assert answer.title == "No" and "30 minutes" in answer.text and "25 minutes" in answer.text, answer.text


def test_where_someone_is_mentioned_shows_the_facts_and_pledges_that_name_them(engine: Engine) -> None:
    answer = last_answer(engine, "In which different contexts does Prime Minister Kishida appear in the documents?")
    assert "$7 billion" in answer.text and len(answer.sources) > 3, answer.text


def test_a_meeting_s_time_on_another_city_s_clock_is_computed_from_its_local_time(engine: Engine) -> None:
    start = last_answer(engine, "what time was it in kyiv when kamikawa met kuleba")
    assert start.title == "01:05 (1:05 a.m.) in Kyiv" and "21 September 2023" in start.text, start.text
    end = last_answer(engine, "what time was it in kyiv when kamikawa and kuleba finished")
    assert end.title.startswith("01:30"), end.text
    kyrgyz = last_answer(engine, "when did hayashi meet kulubaev", "what time did it start in bishkek time")
    assert kyrgyz.title.startswith("11:40") and "not stated" in kyrgyz.text, kyrgyz.text
    assert not last_answer(engine, "what time was it in kigali when kagame and kishida met").answered


def test_a_post_claimed_at_a_meeting_a_clause_names_is_checked_on_that_meeting_s_day(engine: Engine) -> None:
    answer = last_answer(engine, "was hayashi still foreign minister when kamikawa met kuleba?")
    assert answer.title.startswith("No") and "Kamikawa" in answer.text, answer.text
    assert last_answer(engine, "was shmyhal ukraine's prime minister when hayashi met him?").title == "Yes"


def test_people_named_mentioned_at_the_end_are_the_people_of_that_country(engine: Engine) -> None:
    answer = last_answer(engine, "name all uzbek officials mentioned")
    assert answer.answered and "Usmanov" in answer.text and "Kudratov" in answer.text, answer.text


def test_what_the_thing_the_last_question_named_holds_is_its_own_record_s(engine: Engine) -> None:
    answer = last_answer(engine, "whose peace formula was kamikawa talking about", "what are its main points")
    assert not answer.answered and "do not say what Peace Formula consists of" in answer.text, answer.text


def test_dates_of_something_ask_when(engine: Engine) -> None:
    answer = last_answer(engine, "dates of kagame's three ticad visits to japan?")
    assert not answer.answered and "no date" in answer.text, answer.text


def test_whether_someone_said_anything_is_what_the_records_report_of_their_words(engine: Engine) -> None:
    silent = last_answer(engine, "whos the rwandan FM", "did he say anything at the meeting")
    assert not silent.answered and "Biruta" in silent.text, silent.text
    spoke = last_answer(engine, "did kuleba say anything at the meeting")
    assert spoke.title == "Yes" and "congratulated" in spoke.text, spoke.text


def test_has_been_there_before_is_has_ever_been_there(engine: Engine) -> None:
    assert last_answer(engine, "Has Kagame been to Japan before?").title == "Yes"
    assert last_answer(engine, "had kagame visited japan before?").title != "Yes"


def test_a_post_named_in_an_order_claim_is_its_one_holder_among_the_partners_named(engine: Engine) -> None:
    answer = last_answer(engine, "who did hayashi meet in kyiv", "did he see the PM before or after zelensky?")
    assert answer.title == "Before" and "Shmyhal" in answer.text, answer.text


def test_which_of_two_first_and_by_how_many_years_gives_both(engine: Engine) -> None:
    answer = last_answer(engine, "Which opened first, Japan's embassy in Tashkent or its embassy in Kigali, "
                                 "and by how many years?")
    assert "Tashkent" in answer.title and "17 years apart." in answer.text, answer.text


def test_material_support_a_country_got_is_the_equipment_pledged_to_it(engine: Engine) -> None:
    answer = last_answer(engine, "What material support from Japan to Ukraine do your sources mention?")
    assert answer.answered and "1,500 generators" in answer.text and "transformers" in answer.text, answer.text


def test_the_person_a_conversation_follows_stays_first_after_a_record_is_picked(engine: Engine) -> None:
    answer = last_answer(engine, "Who did Japanese FM Hayashi meet, according to your sources?",
                         "the earlier one - when was it and how long", "and where was the later one?",
                         "how many days apart were those two meetings", "did he go to bucha too")
    assert answer.title == "Yes" and "Hayashi visited it" in answer.text, answer.text


def test_things_told_then_asked_for_are_asked_as_the_question_they_lead_to(engine: Engine) -> None:
    answer = last_answer(engine, "two things in the uzbekistan article happened on a january 26 - what are they")
    assert answer.answered and "1992" in answer.text and "Usmanov" in answer.text, answer.text


def test_wheres_a_place_is_where_it_is_and_there_is_it_next(engine: Engine) -> None:
    where = last_answer(engine, "wheres bucha")
    assert where.title == "Bucha" and "town in Ukraine" in where.text, where.text
    then = last_answer(engine, "wheres bucha", "what happened there")
    assert then.answered and "civilians" in then.text, then.text


def test_a_pledge_told_of_at_a_meeting_came_up_there(engine: Engine) -> None:
    answer = last_answer(engine, "What equipment has Japan supplied or promised to Ukraine in these records? "
                                 "Give quantities.", "Which of those came up in New York?")
    assert "generators" in answer.text and "transformers" in answer.text and "cranes" not in answer.text, answer.text


def test_which_of_that_came_up_at_her_meeting_then_the_cranes(engine: Engine) -> None:
    came_up = last_answer(engine, "what equipment has japan sent or promised ukraine",
                          "which of that came up in kamikawa's meeting")
    assert "generators" in came_up.text and "transformers" in came_up.text and "cranes" not in came_up.text
    cranes = last_answer(engine, "what equipment has japan sent or promised ukraine",
                         "which of that came up in kamikawa's meeting", "and the cranes, how many")
    assert "24" in cranes.text, cranes.text


def test_the_nth_one_after_a_recurring_thing_is_that_edition_of_it(engine: Engine) -> None:
    answer = last_answer(engine, "what number was the central asia plus japan fm meeting",
                         "so kulubaev came for the 10th one right")
    assert answer.title.startswith("No") and "ninth" in answer.text, answer.text


def test_items_of_material_support_to_a_country_are_every_equipment_pledge_to_it(engine: Engine) -> None:
    answer = last_answer(engine, "What items of material support to Ukraine, with quantities, are mentioned across "
                                 "the records?")
    assert all(w in answer.text for w in ("cranes", "1,500 generators", "transformers")), answer.text


def test_two_names_before_a_meeting_noun_ask_for_the_meeting_of_the_two(engine: Engine) -> None:
    never = last_answer(engine, "kamikawa zelenskiy mtg wen")
    assert not never.answered and "no meeting of" in never.text, never.text
    assert "20 September 2023" in last_answer(engine, "kamikawa kuleba mtg wen").text


def test_a_kind_of_support_no_record_describes_is_said_plainly(engine: Engine) -> None:
    for kind in ("covid", "military"):
        answer = last_answer(engine, f"what {kind} help did japan give kyrgyzstan")
        assert not answer.answered and f"“{kind}”" in answer.text and "various assistance" in answer.text, answer.text
    assert "emergency grant aid" in last_answer(engine, "what emergency aid did japan give kyrgyzstan").text


def test_a_question_put_in_the_negative_asks_the_same_claim(engine: Engine) -> None:
    assert last_answer(engine, "isnt jan 26 also when uzb and japan set up relations?").title == "Yes"
    assert last_answer(engine, "didn't hayashi visit bucha?").title == "Yes"
    assert last_answer(engine, "wasnt the kuleba kamikawa meeting in geneva?").title.startswith("No")


def test_a_place_shown_is_where_what_happened_there_is_asked(engine: Engine) -> None:
    answer = last_answer(engine, "what memorial did hayashi visit", "where is that", "what happened there")
    assert "Bucha" in answer.text and "Kyrgyz" not in answer.text, answer.text


def test_what_a_memorial_is_for_is_whom_it_is_dedicated_to(engine: Engine) -> None:
    memorial = last_answer(engine, "wat memorial did hayashi visit")
    assert memorial.lines[0].startswith("The memorial in Bucha"), memorial.text  # the record about a memorial
    purpose = last_answer(engine, "wat memorial did hayashi visit", "its for wat")
    assert purpose.answered and purpose.title.startswith("Dedicated to the victims"), purpose.text


def test_a_date_claimed_after_a_meeting_is_not_denied_by_an_unrelated_record(engine: Engine) -> None:
    answer = last_answer(engine, "who hosted the japan uzbekistan meeting on jan 26",
                         "was jan 26 also the day relations started")
    assert not answer.title.startswith("No,") and "Hayashi" not in answer.text, answer.text


def test_a_country_asked_after_with_is_the_one_the_record_names(engine: Engine) -> None:
    answer = last_answer(engine,
                         "the kyrgyz top diplomat thanked japan for aid linked to the border with which country")
    assert "Tajikistan" in answer.text, answer.text


def test_there_after_a_thing_asked_or_its_place_is_the_place_of_that_thing(engine: Engine) -> None:
    for turns in (("Which memorial did Hayashi visit in Ukraine?", "what happened there?"),
                  ("What memorial did Hayashi visit in Ukraine?", "where is that?", "what happened there?")):
        answer = last_answer(engine, *turns)
        assert "Bucha" in answer.text and "Kulubaev" not in answer.text, answer.text


def test_who_reported_a_fact_is_whom_its_own_words_name_as_reporting(engine: Engine) -> None:
    answer = last_answer(engine, "What memorial did Hayashi visit in Ukraine?", "where is that?",
                         "who reported his visit?")
    assert "embassy" in answer.title.lower(), answer.text


def test_a_venue_within_the_city_named_is_not_answered_by_the_meetings_held_there(engine: Engine) -> None:
    answer = last_answer(engine, "When did Foreign Minister Kamikawa meet Dmytro Kuleba?",
                         "Which venue in New York was the meeting held at?")
    assert not answer.answered and "venue" in answer.text, answer.text
    stayed = last_answer(engine, "where did kamikawa stay in new york?")  # her lodging, within the city
    assert not stayed.answered and "no place within" in stayed.text, stayed.text


def test_exact_dates_of_a_thing_dated_by_month_are_not_given(engine: Engine) -> None:
    answer = last_answer(engine, "exact dates of the two-day g20 summit in bali?")
    assert not answer.answered and "November 2022" in answer.text, answer.text


def test_what_someone_did_after_the_post_recorded_is_said_to_be_beyond_the_records(engine: Engine) -> None:
    answer = last_answer(engine, "What did Hattori do after he left Rwanda's central bank?")
    assert not answer.answered and "afterwards" in answer.text, answer.text


def test_no_meetings_in_a_span_says_the_span_as_written(engine: Engine) -> None:
    answer = last_answer(engine, "what did hayashi do after his visit to kyiv")
    assert " in after " not in answer.text, answer.text


def test_a_meeting_the_same_day_is_before_another_when_its_record_says_so(engine: Engine) -> None:
    answer = last_answer(engine, "who did hayashi meet before meeting zelenskyy")
    assert answer.title.startswith("1 meeting before") and "Shmyhal" in answer.text, answer.text
    after = last_answer(engine, "who did hayashi meet after zelenskyy")
    assert not after.title.startswith("1 meeting after"), after.text  # no record says what came after


def test_where_something_was_said_asked_after_the_question_asks_no_less(engine: Engine) -> None:
    answer = last_answer(engine, "Which sectors did Kagame and Kishida discuss, according to the official tweet?")
    assert "climate change" in answer.text and "infrastructure" in answer.text, answer.text


def test_a_first_among_a_wider_class_than_the_record_says_is_not_confirmed(engine: Engine) -> None:
    wider = last_answer(engine, "was hayashi the first japanese official in ukraine since the full-scale war began?")
    assert not wider.title.startswith("Yes"), wider.text  # the record: the first by a foreign minister
    same = last_answer(engine, "was hayashi the first japanese foreign minister in ukraine since the war began?")
    assert same.title == "Yes", same.text


def test_the_region_of_a_place_is_the_one_the_records_write_with_its_name(engine: Engine) -> None:
    answer = engine.ask("in which region is Bucha located?", today=TODAY)
    assert answer.answered and answer.title == "Kyiv Oblast" and "Ukraine" in answer.text, answer.text
    unwritten = engine.ask("which region is bali in?", today=TODAY)
    assert unwritten.title != "Kyiv Oblast", unwritten.text


@pytest.mark.parametrize("question", ["there was some japanese banker back then right? who",
                                      "there was some japanese banker back then, who?"])
def test_a_thing_said_to_have_been_then_a_question_word_asks_for_it(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and "Hattori" in answer.text, answer.text


def test_documents_signed_are_papers_not_the_records_texts(engine: Engine) -> None:
    # "which documents did they sign?" asks for papers signed; the meetings of the two are no such list
    signed = engine.ask("Which documents did Kamikawa and Kuleba sign in New York?", today=TODAY)
    assert signed.kind != "meetings" and not signed.answered, signed.text
    # the records' own texts are still asked for by "in which documents"
    texts = engine.ask("In which documents does Kishida come up?", today=TODAY)
    assert texts.answered and "Kishida" in texts.text, texts.text


def test_a_journey_claimed_of_another_too_is_to_where_the_conversation_went(engine: Engine) -> None:
    # "did Kamikawa go too?" after the leaders who went to Ukraine: to Ukraine, where the records show she never went
    answer = last_answer(engine, "which japanese leaders went to ukraine in 2023", "who went first",
                         "did kamikawa go too?")
    assert not answer.title.startswith("Yes") and "Ukraine" in answer.text, answer.text


def test_a_gathering_the_question_names_is_its_own_not_one_of_the_conversations_country(engine: Engine) -> None:
    answer = last_answer(engine, "whose peace formula was kamikawa talking about",
                         "which countries did she want on board", "whats actually in the formula",
                         "when was the g7 fm meeting she held")
    assert answer.answered and "18 September 2023" in answer.text, answer.text



def test_an_organisation_named_in_a_claim_of_the_conversations_thing_does_not_take_it_to_another_country(
        engine: Engine) -> None:
    answer = last_answer(engine, "how many generators did japan give ukraine last yr per kamikawa",
                         "did those come thru jica?")
    assert not answer.answered and not answer.title.startswith("Yes"), answer.text


def test_whether_someone_said_anything_about_a_thing_asked_with_slips_is_still_what_they_said(
        engine: Engine) -> None:
    answer = engine.ask("did zelensky say anythng abt japan", today=TODAY)
    assert answer.title == "Yes" and "key partner" in answer.text, answer.text


def test_when_someone_went_there_is_a_journey_of_theirs_to_the_place_the_conversation_went_to(engine: Engine) -> None:
    # Kishida's recorded trip is to Ukraine, with no city: no record of him in Kyiv, never his Bali meeting
    kyiv = last_answer(engine, "when did hayashi go to kyiv", "and when did pm kishida go there")
    assert not kyiv.answered and "Bali" not in kyiv.text, kyiv.text
    ukraine = last_answer(engine, "who went to ukraine", "and when did pm kishida go there")
    assert ukraine.answered and "March 2023" in ukraine.text, ukraine.text


@pytest.mark.parametrize("turns", [("november 14 2022?",), ("What happened on January 26?", "14 November 2022")])
def test_a_date_alone_asks_what_happened_then_or_the_last_question_again_then(engine: Engine,
                                                                              turns: tuple[str, ...]) -> None:
    answer = last_answer(engine, *turns)
    assert answer.answered and "Kagame" in answer.text and "14 November 2022" in answer.text, answer.text


def test_the_meeting_asked_of_after_a_programme_is_the_meeting_the_conversation_had(engine: Engine) -> None:
    answer = last_answer(engine, "who is the kyrgyz fm that hayashi met", "what years does that program cover",
                         "in which city was the meeting")
    assert not answer.answered and "Japan-Kyrgyz" in answer.title and "city" in answer.text, answer.text


def test_the_described_meetings_are_every_recorded_one(engine: Engine) -> None:
    answer = engine.ask("In which of the described meetings was Ukraine discussed?", today=TODAY)
    assert answer.answered and answer.kind == "meetings" and "Kyrgyz" in answer.text, answer.text


def test_and_another_person_after_what_someone_said_about_a_country_asks_what_they_said_about_it(
        engine: Engine) -> None:
    answer = last_answer(engine, "what did kamikawa say about russia", "and hayashi?")
    assert answer.answered and "sanction" in answer.text and answer.kind == "statements", answer.text


def test_and_in_another_place_after_a_time_asked_on_the_home_clock_is_that_places_clock(engine: Engine) -> None:
    answer = last_answer(engine, "who did kamikawa meet at the un", "what time was it in tokyo", "and in kyiv?")
    assert answer.answered and "1:05" in answer.text and "Kyiv" in answer.title, answer.text


def test_a_figure_claimed_of_a_thing_the_records_shown_do_not_count_is_checked_on_its_own(engine: Engine) -> None:
    answer = last_answer(engine, "how many generators did japan send ukraine", "anything else on the way",
                         "so it was 1000 generators?")
    assert answer.title.startswith("No") and "1,500" in answer.text, answer.text
    same = last_answer(engine, "how many generators did japan send ukraine", "anything else on the way",
                       "so it was 2 transformers?")
    assert same.title == "Yes", same.text


def test_a_claim_of_a_he_and_a_she_is_of_the_two_people_of_the_last_records(engine: Engine) -> None:
    # Kuleba was not at the G7 meeting Kamikawa held: he is told of in its record, not among its people
    answer = last_answer(engine, "who did kamikawa meet in new york", "why was she in ny anyway",
                         "so she met him at the g7 meeting right?")
    assert answer.title.startswith("No"), answer.text
    there = last_answer(engine, "who did kamikawa meet in new york", "so she met him in new york right?")
    assert there.title == "Yes", there.text


def test_a_journey_there_with_someone_is_checked_where_there_is(engine: Engine) -> None:
    answer = last_answer(engine, "did hayashi go to bucha", "where is bucha", "did zelensky go there with him")
    assert not answer.answered and "Bucha" in answer.text, answer.text


def test_a_count_of_a_year_the_record_shown_is_not_of_is_not_that_records(engine: Engine) -> None:
    answer = last_answer(engine, "what did kamikawa say about generators", "and what else is japan sending",
                         "how many generators were sent in 2023")
    assert not answer.answered and "1,500" not in answer.title, answer.text


def test_others_met_when_no_one_met_was_named_are_shown_not_given_as_others(engine: Engine) -> None:
    answer = last_answer(engine, "what were the three priorities of the g20 in bali", "who else did kishida meet there")
    assert not answer.answered and answer.title == "Besides whom?" and "Kagame" in answer.text, answer.text
    answer = engine.ask("Who else did Kamikawa hold bilateral meetings with in New York during the UNGA week?",
                        today=TODAY)
    assert not answer.answered and answer.title == "Besides whom?" and "Kuleba" in answer.text, answer.text


def test_the_name_of_someone_described_by_a_post_is_asked_of_who_they_are(engine: Engine) -> None:
    answer = last_answer(engine, "who met kuleba in new york", "what's the japanese minister's name?")
    assert answer.answered and "Yoko Kamikawa (" in answer.text, answer.text


def test_a_claim_then_with_whom_asks_the_companions_of_what_was_claimed(engine: Engine) -> None:
    answer = last_answer(engine, "whos the japanese fm who met kuleba in ny", "she sent generators herself? with who")
    assert answer.answered and "National Diet" in answer.text, answer.text


def test_that_time_on_another_citys_clock_after_a_time_said(engine: Engine) -> None:
    answer = last_answer(engine, "what time did hayashi meet the kyrgyz FM", "what was that in bishkek")
    assert answer.answered and "11:40" in answer.title, answer.text
    unsaid = last_answer(engine, "who did hayashi meet in kyiv", "what was that in bishkek")
    assert "11:40" not in unsaid.text, unsaid.text


def test_the_more_of_two_things_given_is_the_larger_number_with_both_records(engine: Engine) -> None:
    answer = last_answer(engine, "wat did japan pledge 2 ukraine in kiev", "which was more, cranes or transformers")
    assert answer.answered and "24" in answer.title and "2 auto transformers" in answer.text, answer.text


def test_the_time_after_an_event_asked_again_of_another_thing_is_from_that_event(engine: Engine) -> None:
    answer = last_answer(engine, "How many years after relations were established did the Uzbek embassy in Tokyo open?",
                         "And Japan's embassy in Tashkent, how long after?")
    assert answer.answered and answer.title == "1 year" and "1992" in answer.text, answer.text


def test_a_place_guessed_within_a_country_is_a_claim_of_it(engine: Engine) -> None:
    answer = last_answer(engine, "hayashi kyrgyz FM meeting when", "where in japan was it, tokyo?")
    assert not answer.answered and "no more precise place" in answer.text and "Tokyo is a city" not in answer.text, \
        answer.text


def test_the_one_of_two_people_is_their_meeting(engine: Engine) -> None:
    answer = last_answer(engine, "when did kamikawa meet kuleba", "and the hayashi kulubaev one, when did that end")
    assert answer.answered and "30 minutes" in answer.text, answer.text


def test_which_came_first_of_a_list_of_meetings_with_a_trip_among_them_is_of_the_whole_list(engine: Engine) -> None:
    answer = last_answer(engine,
                         "Which foreign officials did Foreign Minister Hayashi meet according to your documents?",
                         "which of those meetings came first?")
    assert answer.answered and "Japan-Kyrgyz" in answer.title, answer.text


def test_totally_different_starts_a_new_topic(engine: Engine) -> None:
    answer = last_answer(engine, "Who attended the Bali meeting on the Rwandan side besides Kagame?",
                         "Totally different - who is the Ukrainian prime minister in your documents?")
    assert answer.answered and "Shmyhal" in answer.title, answer.text


def test_what_numbers_of_several_things_is_how_many_of_each(engine: Engine) -> None:
    answer = engine.ask("What numbers of demining cranes, generators and auto transformers did Japan give or promise "
                        "Ukraine?", today=TODAY)
    assert all(x in answer.text for x in ("24", "1,500", "2 auto transformers")), answer.text
    # (quantities of one kind of thing are not split)
    kind = engine.ask("What quantities of equipment did Japan give or promise Ukraine?", today=TODAY)
    assert kind.answered and "24" in kind.text, kind.text


def test_more_of_nothing_answered_asks_besides_what(engine: Engine) -> None:
    answer = last_answer(engine, "what sectors did the japanese firms pitch in ukraine", "what else was on the table")
    assert not answer.answered and answer.title == "Besides what?", answer.text
    answer = last_answer(engine, "what did hayashi and shmyhal discuss", "what else was on the table")
    assert answer.title != "Besides what?", answer.text


@pytest.mark.parametrize(("claim", "holder"), [("is shmyhal ukraine's foreign minister", "Kuleba"),
                                               ("is biruta the finance minister", "Ndagijimana")])
def test_who_then_after_a_post_denied_is_the_holder_of_that_post(engine: Engine, claim: str, holder: str) -> None:
    answer = last_answer(engine, claim, "who is then")
    assert answer.answered and holder in answer.title, answer.text


def test_another_edition_of_a_gathering_is_asked_of_as_that_edition(engine: Engine) -> None:
    answer = last_answer(engine, "which central asia plus japan meeting was kulubaev there for", "when was the 8th one")
    assert not answer.answered and "ninth" in answer.text, answer.text


def test_the_time_on_a_city_clock_of_the_one_listed_record_with_a_time(engine: Engine) -> None:
    answer = last_answer(engine, "who did kamikawa meet in ny", "what was she in new york for",
                         "what time did they meet", "what's that in kyiv")
    assert answer.answered and "1:05" in answer.title, answer.text


def test_so_shorter_than_another_compares_the_meeting_just_discussed(engine: Engine) -> None:
    answer = last_answer(engine, "how long did kamikawa and kuleba meet",
                         "so shorter than hayashis talk with the kyrgyz fm?")
    assert answer.title.startswith("Yes") and "30 minutes" in answer.text, answer.text


def test_a_question_of_each_person_listed_is_asked_of_each_by_name(engine: Engine) -> None:
    answer = last_answer(engine, "which japanese foreign ministers travelled abroad", "where did each go")
    assert answer.answered and "Kyiv" in answer.text and "New York" in answer.text, answer.text


@pytest.mark.parametrize("asked", ["and in tokyo?", "what was that in tokyo"])
def test_a_time_asked_again_in_the_home_capital_is_the_home_time(engine: Engine, asked: str) -> None:
    answer = last_answer(engine, "what time did kamikawa meet kuleba", asked)
    assert answer.answered and "7:05" in answer.text, answer.text


def test_a_time_asked_again_in_another_city_after_records_listed(engine: Engine) -> None:
    answer = last_answer(engine, "who did kamikawa meet in ny", "what was she in new york for",
                         "what time did they meet", "whats that in japan time", "and in kyiv?")
    assert answer.answered and "1:05" in answer.title, answer.text


def test_the_holder_of_a_post_among_those_listed_is_asked_of_by_name(engine: Engine) -> None:
    answer = last_answer(engine, "Which Ukrainian officials met Japanese ministers in your sources?",
                         "and the foreign minister among them, where and when did he meet his japanese counterpart?")
    assert answer.answered and "New York" in answer.text and "20 September 2023" in answer.text, answer.text


def test_a_country_alone_after_a_holder_asked_with_whos_asks_that_countrys_post(engine: Engine) -> None:
    answer = last_answer(engine, "whos the kyrgyz fm", "and uzbekistan's?")
    assert not answer.answered and "foreign minister of Uzbekistan" in answer.text, answer.text


def test_a_pronoun_in_a_choice_is_the_person_the_conversation_means(engine: Engine) -> None:
    answer = last_answer(engine, "did kamikawa meet zelensky", "whos older, her or hayashi")
    assert not answer.answered and "records fit" not in answer.text, answer.text


def test_what_was_done_at_it_after_a_gathering_named_is_asked_of_the_gathering(engine: Engine) -> None:
    answer = last_answer(engine, "which edition of the Central Asia plus Japan foreign ministers' meeting took place "
                         "in December 2022?", "what was discussed at it")
    assert not answer.answered and "itself" in answer.text, answer.text


def test_the_other_side_after_one_side_of_each_meeting_is_the_partner_side_of_each(engine: Engine) -> None:
    answer = last_answer(engine, "Which Central Asian countries appear in your records of meetings with Japan?",
                         "who represented Japan in each?", "and the other side?")
    assert "Kulubaev" in answer.text and "Usmanov" in answer.text and "Hayashi" not in answer.text, answer.text


def test_the_occasion_claimed_of_a_pledge_shown_is_checked_against_its_own(engine: Engine) -> None:
    answer = last_answer(engine, "how many demining cranes did japan pledge ukraine",
                         "was that during the kamikawa meeting?")
    assert answer.title.startswith("No") and "Hayashi's official visit" in answer.text, answer.text
    right = last_answer(engine, "how many demining cranes did japan pledge ukraine",
                        "was that during hayashi's kyiv visit?")
    assert right.title == "Yes", right.text
    dated = last_answer(engine, "how many generators did japan give ukraine", "was that during hayashi's visit?")
    assert not dated.answered and "tie it to no meeting" in dated.text, dated.text


def test_a_time_between_asked_again_of_two_others_is_one_question(engine: Engine) -> None:
    answer = last_answer(engine, "how many days between hayashi's kyiv trip and kamikawa's mtg with kuleba",
                         "and between the kagame-kishida meeting and the hayashi-kulubaev one?")
    assert answer.answered and "40 days" in answer.text, answer.text


def test_who_went_there_before_him_is_asked_of_the_conversations_country_and_person(engine: Engine) -> None:
    answer = last_answer(engine, "when did hayashi go to kyiv", "who went there before him")
    assert answer.answered and "Kishida" in answer.text and "March 2023" in answer.text, answer.text


def test_the_day_on_the_home_clock_is_claimed_of_a_meeting_abroad_by_the_day_its_source_gives(engine: Engine) -> None:
    answer = last_answer(engine, "kamikawa kuleba mtg wat time did it start", "wat time in tokyo", "so next day?")
    assert answer.title == "Yes" and "21 September 2023" in answer.text, answer.text
    same = last_answer(engine, "What time did Kamikawa meet Kuleba?", "same day in japan?")
    assert same.title.startswith("No"), same.text


def test_the_record_said_with_the_is_the_one_the_conversation_is_on(engine: Engine) -> None:
    answer = last_answer(engine, "tell me about kishida's visit to ukraine", "the ukraine trip, when was it")
    assert answer.answered and "Kishida" in answer.text and "Hayashi" not in answer.text, answer.text
    answer = last_answer(engine, "tell me about kishida's visit to ukraine", "the ukraine trip, when was it",
                         "who did he meet on that trip")
    assert not answer.answered and "Hayashi" not in answer.text, answer.text
    # (without a conversation every record that fits is listed)
    answer = engine.ask("when was the ukraine trip", today=TODAY)
    assert answer.kind == "several" and "Kishida" in answer.text and "Hayashi" in answer.text, answer.text


def test_a_report_named_after_the_question_as_where_it_is_listed_is_where_to_look(engine: Engine) -> None:
    answer = engine.ask("What were the three priorities of Indonesia's G20 presidency as listed in the report on "
                        "Kagame's trip?", today=TODAY)
    assert answer.answered and "digital transformations" in answer.text, answer.text


def test_a_rank_asked_is_a_post(engine: Engine) -> None:
    answer = last_answer(engine, "which central asian countries had meetings w japan in the docs",
                         "in the uzbek one who was on the japanese side", "whats his rank")
    assert answer.answered and "Deputy Director General" in answer.text, answer.text


def test_posts_of_two_kinds_asked_are_not_read_as_the_one(engine: Engine) -> None:
    answer = engine.ask("Which foreign ministers or leaders did Foreign Minister Hayashi meet?", today=TODAY)
    assert answer.answered and all(name in answer.text for name in ("Kulubaev", "Zelenskyy", "Shmyhal")), answer.text


def test_they_after_turns_that_found_nothing_is_not_the_meeting_before_them(engine: Engine) -> None:
    answer = last_answer(engine, "when did japans FM meet the central asian FM", "no i meant the uzbek one",
                         "so that wasnt the ministers themselves?", "what did they discuss")
    assert answer.kind != "meeting_answer" or "Kyrgyz" not in answer.title, answer.text


def test_a_figure_claimed_of_the_record_just_shown_is_checked_against_its_figure(engine: Engine) -> None:
    answer = last_answer(engine, "how many demining cranes did japan pledge to ukraine", "was it 42?")
    assert answer.answered and answer.title.startswith("No") and "24 demining cranes" in answer.text, answer.text
    answer = last_answer(engine, "how many demining cranes did japan pledge to ukraine", "was it 24?")
    assert answer.answered and answer.title == "Yes", answer.text


def test_the_other_side_after_a_person_of_a_meeting_is_who_took_part_from_it(engine: Engine) -> None:
    answer = last_answer(engine, "when was the uzbek japan biz forum", "who led it from the japanese side",
                         "his title?", "and the uzbek side?")
    assert answer.answered and "Kudratov" in answer.text, answer.text


def test_what_someone_holding_a_post_did_is_no_question_of_who_holds_it(engine: Engine) -> None:
    answer = engine.ask("what did japan's foreign minister do in sept 2023", today=TODAY)
    assert answer.kind != "role" and "G7" in answer.text, answer.text


def test_who_appears_as_a_post_lists_its_holders(engine: Engine) -> None:
    answer = engine.ask("Who appears in these documents as Japan's Minister for Foreign Affairs?", today=TODAY)
    assert answer.answered and "Hayashi" in answer.text and "Kamikawa" in answer.text, answer.text


def test_a_post_held_at_the_time_of_a_gathering_is_the_post_then(engine: Engine) -> None:
    answer = engine.ask("What Japanese government post did Ryosuke Kozuki hold at the time of the Uzbekistan-Japan "
                        "business forum?", today=TODAY)
    assert answer.answered and "State Minister" in answer.text, answer.text


def test_the_number_of_things_asked_as_a_phrase_is_a_count_not_a_claim(engine: Engine) -> None:
    answer = engine.ask("number of agreements signed at the uzbek japan biz forum?", today=TODAY)
    assert answer.answered and "14" in answer.text and not answer.title.startswith("Not confirmed"), answer.text


def test_how_much_time_elapsed_between_two_events_is_the_time_between_them(engine: Engine) -> None:
    answer = engine.ask("How much time elapsed between the opening of Japan's embassy in Tashkent and the start of "
                        "operations of Uzbekistan's embassy in Tokyo?", today=TODAY)
    assert answer.answered and "3 years" in answer.text, answer.text


def test_what_a_thing_said_about_it_mentions_is_of_the_record_pointed_at(engine: Engine) -> None:
    answer = last_answer(engine, "who is the rwandan president", "who did he meet in indonesia",
                         "what sectors did the tweet about it mention")
    assert answer.answered and "climate change" in answer.text and "mention mention" not in answer.text, answer.text


def test_his_name_after_an_answer_about_one_person_is_that_persons(engine: Engine) -> None:
    answer = last_answer(engine, "who was rwandas finance minister at the kagame kishida meeting",
                         "whats his first name")
    assert answer.answered and answer.title == "Uzziel", answer.text


def test_someone_described_then_their_name_asked_is_who_they_are(engine: Engine) -> None:
    for question in ("the rwandan foreign minister who was at the kishida mtg, whats his name",
                     "whats the name of the rwandan foreign minister who was at the kishida mtg"):
        answer = engine.ask(question, today=TODAY)
        assert answer.answered and answer.title == "Vincent Biruta", answer.text


def test_the_exact_time_of_a_meeting_asked_as_a_phrase_is_no_claim(engine: Engine) -> None:
    answer = engine.ask("exact time kagame met kishida in bali?", today=TODAY)
    assert not answer.answered and answer.title != "Yes", answer.text


def test_how_big_of_a_record_that_gives_no_figure_is_no_figure(engine: Engine) -> None:
    answer = engine.ask("how big was japan's most recent loan to rwanda", today=TODAY)
    assert not answer.answered and "no figure" in answer.text.lower(), answer.text


def test_who_else_attended_the_meeting_after_what_was_said_there_is_of_that_meeting(engine: Engine) -> None:
    answer = last_answer(engine, "When did Kamikawa's meeting with Kuleba begin?",
                         "What did Minister Kamikawa condemn?", "Who else from Japan attended the meeting?")
    assert not answer.answered and "Japan-Ukraine" in answer.text and "G7" not in answer.text, answer.text


def test_the_post_holder_of_one_record_of_a_list_keeps_the_list(engine: Engine) -> None:
    answer = last_answer(engine, "Which Ukrainian officials did Japanese foreign ministers meet in September 2023?",
                         "the later one, how long did it go", "and who was japan's FM for that one",
                         "was the earlier one in new york too?")
    assert answer.answered and answer.title.startswith("No") and "Kyiv" in answer.text, answer.text


def test_other_countries_of_a_trip_are_besides_its_own(engine: Engine) -> None:
    answer = last_answer(engine, "whats the bucha memorial hayashi visited for", "where is bucha",
                         "how long did hayashi stay in ukraine", "what other countries did he visit on that trip?")
    assert not answer.answered and not answer.title.startswith("1 country"), answer.text


def test_the_names_of_people_someone_met_are_those_people_not_theirs(engine: Engine) -> None:
    answer = engine.ask("what are the names of the ministers hayashi met", today=TODAY)
    assert answer.answered and "Kulubaev" in answer.text and answer.kind != "person", answer.text


def test_the_names_of_a_kind_the_records_count_but_never_name_are_not_given(engine: Engine) -> None:
    answer = last_answer(engine, "what did hayashi talk about w the ukrainian pm", "were any companies involved",
                         "what were the company names")
    assert not answer.answered and "companies" in answer.text, answer.text


def test_the_name_of_someone_described_by_a_deed_is_read_without_the_conversations_people(engine: Engine) -> None:
    answer = last_answer(engine, "how many generators did Japan give Ukraine in 2022?", "who said that",
                         "what's the name of the japanese foreign minister who visited the bucha memorial")
    assert answer.answered and answer.title == "Yoshimasa Hayashi", answer.text
    answer = last_answer(engine, "what is the name of the Rwandan finance minister who attended the Bali meeting?",
                         "and the foreign minister?", "when did japan open an embassy there")
    assert answer.answered and "Kigali" in answer.text, answer.text


@pytest.mark.parametrize(("question", "expected"), [("uz deputy FM name", "Usmanov"),
                                                    ("uz japan diplomatic ties established date", "1992")])
def test_a_countrys_two_letter_code_names_the_country_not_a_term_spelt_with_it(
        engine: Engine, question: str, expected: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert answer.answered and expected in answer.text and "MIIT" not in answer.title, answer.text


def test_that_day_with_no_day_in_the_conversation_is_no_word_a_record_must_hold(engine: Engine) -> None:
    # (the Kyiv record's "on the day of his arrival" holds the word "day"; the question names no day of its own)
    answer = engine.ask("who did hayashi meet that day", today=TODAY)
    assert answer.answered and "Kulubaev" in answer.text and "Zelenskyy" in answer.text, answer.text


def test_a_day_the_conversation_gave_is_that_day(engine: Engine) -> None:
    answer = last_answer(engine, "when did hayashi meet kulubaev", "who did hayashi meet that day")
    assert answer.answered and "Kulubaev" in answer.text and "Zelenskyy" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["when did hayashi fly back from kyiv", "when did kamikawa leave new york"])
def test_a_journey_back_is_not_dated_by_the_visit(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "left or went home" in answer.text, answer.text


def test_some_of_more_than_a_number_the_records_give_is_not_answered_with_the_number(engine: Engine) -> None:
    answer = engine.ask("How many of the more than 200 companies at the business forum were Japanese?", today=TODAY)
    assert not answer.answered and "do not say how many of them" in answer.text, answer.text


def test_some_of_a_number_written_with_a_plus_after_the_record_named_is_not_answered_with_the_number(
        engine: Engine) -> None:
    answer = engine.ask("uz jp forum - how many of the 200+ companies were japanese", today=TODAY)
    assert not answer.answered and "do not say how many of them" in answer.text, answer.text


def test_an_unknown_four_letter_name_beside_a_person_before_a_gathering_is_reported(engine: Engine) -> None:
    answer = engine.ask("kishida modi mtg date", today=TODAY)
    assert not answer.answered and "modi" in answer.text, answer.text


@pytest.mark.parametrize(("turns", "expected"), [
    (("now the kamikawa kuleba talk - when did it end, local time?", "in japan time?"), "7:30"),
    (("kamikawa kuleba how long", "started what time ny time", "so in tokyo?"), "7:05")])
def test_a_clock_named_alone_after_a_time_gives_that_time_on_it(engine: Engine, turns: tuple[str, ...],
                                                                expected: str) -> None:
    answer = last_answer(engine, *turns)
    assert answer.answered and expected in answer.text, answer.text


def test_a_message_in_capitals_throughout_is_read_as_lower_case_chat(engine: Engine) -> None:
    assert as_cased("KULUBAEV CAME 2 JAPAN 4 WAT") == "kulubaev came 2 japan 4 wat"
    assert as_cased("what did Kamikawa say at UNGA") == "what did Kamikawa say at UNGA"
    assert as_cased("UNGA G7") == "UNGA G7"  # (too short to tell a shout from acronyms)
    answer = engine.ask("KULUBAEV CAME 2 JAPAN 4 WAT", today=TODAY)
    assert answer.answered and "CAME" not in answer.text and "Central Asia" in answer.text, answer.text


def test_people_a_clause_describes_are_all_listed(engine: Engine) -> None:
    answer = engine.ask("ukrainian officials japan met, all of em", today=TODAY)
    assert answer.answered and all(n in answer.text for n in ("Zelenskyy", "Shmyhal", "Kuleba")), answer.text


def test_the_people_who_appear_in_a_post_are_all_listed(engine: Engine) -> None:
    answer = engine.ask("Which people appear as Japan's Minister for Foreign Affairs in these documents?", today=TODAY)
    assert answer.answered and "Hayashi" in answer.text and "Kamikawa" in answer.text, answer.text


def test_the_events_of_a_month_asked_without_a_question_word_are_all_listed(engine: Engine) -> None:
    answer = engine.ask("january events uzbekistan japan", today=TODAY)
    assert answer.answered and "business forum" in answer.text and "Usmanov" in answer.text, answer.text


def test_a_record_picked_by_its_place_from_the_last_answer_answers_the_question_after_it(engine: Engine) -> None:
    answer = last_answer(engine, "Which Japanese foreign minister went to Kyiv, and which one met Kuleba in New York?",
                         "the NY one, what was the date in Tokyo when it began?")
    assert answer.answered and "21 September" in answer.title, answer.text


def test_which_of_two_people_came_first_is_the_order_of_their_records(engine: Engine) -> None:
    answer = last_answer(engine, "Which two Japanese foreign ministers engaged with Ukraine in September 2023?",
                         "which of them came first?")
    assert answer.answered and answer.title.startswith("First") and "Hayashi" in answer.title, answer.text


def test_japan_and_a_country_before_meetings_lists_every_meeting_with_it(engine: Engine) -> None:
    answer = engine.ask("japan ukraine meetings?", today=TODAY)
    assert answer.answered and "Kuleba" in answer.text and "Zelenskyy" in answer.text, answer.text


def test_a_thing_pointed_at_by_name_and_found_lacking_is_what_it_means_next(engine: Engine) -> None:
    answer = last_answer(engine, "wen did hayashi meet the kyrgyz FM?", "what aid did he thank Japan for?",
                         "how much was that emergency aid?", "which month did it come?")
    assert answer.answered and "October 2022" in answer.title, answer.text


@pytest.mark.parametrize("question", ["was it at the G7?", "was this in 2022?"])
def test_a_place_or_time_claimed_of_a_thing_only_pointed_at_asks_back_what_is_meant(engine: Engine,
                                                                                   question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and answer.title == "What do you mean?", answer.text


def test_the_meetings_of_a_year_asked_as_a_list_are_all_listed(engine: Engine) -> None:
    answer = engine.ask("2022 meetings list", today=TODAY)
    assert answer.answered and "Kagame" in answer.text and "Kulubaev" in answer.text, answer.text


def test_the_other_end_of_the_order_asked_is_the_last_question_asked_so(engine: Engine) -> None:
    answer = last_answer(engine, "what's the most recent meeting in your docs?", "and the oldest?")
    assert answer.answered and "Kagame" in answer.text and "Usmanov" not in answer.text, answer.text


def test_the_holders_of_a_post_met_by_holders_of_another_are_those_both_took_part_with(engine: Engine) -> None:
    answer = engine.ask("Which foreign ministers did Japan's foreign ministers meet?", today=TODAY)
    assert answer.answered and "Kulubaev" in answer.text and "Kuleba" in answer.text, answer.text
    assert "Biruta" not in answer.text, answer.text  # (at the Bali meeting Japan's side was its prime minister)
    answer = last_answer(engine, "Which foreign ministers did Japan's foreign ministers meet?",
                         "how long was the ukrainian one?", "and the other one?")
    assert answer.answered and "30 minutes" in answer.text, answer.text


def test_the_beginning_of_a_standing_thing_is_not_the_date_of_a_meeting_held_under_it(engine: Engine) -> None:
    answer = engine.ask("wat yr did the central asia plus japan dialogue start", today=TODAY)
    assert not answer.answered and "began" in answer.text, answer.text
    answer = engine.ask("when did the kamikawa kuleba meeting start", today=TODAY)
    assert answer.answered and "18:05" in answer.text, answer.text


def test_the_other_one_after_a_name_that_picked_two_of_three_is_the_third(engine: Engine) -> None:
    turns = ("are there any meetings with central asian countries?", "the uzbek one, who was on the japanese side?",
             "and the other one?")
    answer = last_answer(engine, *turns)
    assert answer.answered and "Kulubaev" in answer.text and "Usmanov" not in answer.text, answer.text
    answer = last_answer(engine, *turns, "which of the two was at minister level on both sides?")
    assert answer.answered and "Kyrgyz" in answer.title, answer.text


def test_some_of_a_number_counted_in_a_synonym_of_the_records_word_is_not_answered_with_the_number(
        engine: Engine) -> None:
    answer = engine.ask("how many of the 200+ firms at the uz forum were japanese", today=TODAY)
    assert not answer.answered and "do not say how many of them" in answer.text, answer.text


def test_a_subject_no_record_mentions_after_a_countrys_adjective_was_not_agreed_on(engine: Engine) -> None:
    answer = engine.ask("What did Kamikawa and Kuleba agree regarding Ukrainian grain exports?", today=TODAY)
    assert not answer.answered and "grain" in answer.text, answer.text
    known = engine.ask("What did Hayashi and Zelenskyy agree about Ukrainian security?", today=TODAY)
    assert known.answered, known.text


def test_the_month_one_of_a_list_is_the_record_of_that_month(engine: Engine) -> None:
    answer = last_answer(engine, "which of the meetings you know about took place in 2022?",
                         "the november one, where was it?")
    assert answer.answered and "Bali" in answer.text and "Kyrgyz" not in answer.text, answer.text


def test_a_period_said_before_the_question_is_no_choice_between_two_dates(engine: Engine) -> None:
    answer = engine.ask("Between December 2022 and September 2023, who did Hayashi meet?", today=TODAY)
    assert answer.answered and "Kulubaev" in answer.text and "Zelenskyy" in answer.text, answer.text


def test_a_rank_of_the_people_met_asks_only_who_met_whom(engine: Engine) -> None:
    answer = engine.ask("On which dates in September 2023 did Japanese foreign ministers meet senior Ukrainian "
                        "officials?", today=TODAY)
    assert answer.answered and "9 September 2023" in answer.text and "20 September 2023" in answer.text, answer.text


def test_the_breakdown_of_an_amount_no_record_divides_is_not_answered_with_the_amount(engine: Engine) -> None:
    answer = engine.ask("how is the $7bn ukraine aid split up", today=TODAY)
    assert not answer.answered and "not how it is divided" in answer.text, answer.text
    whole = engine.ask("How much aid did Kishida promise Ukraine?", today=TODAY)
    assert whole.answered and "7 billion" in whole.text, whole.text


def test_some_of_a_number_named_before_it_is_not_answered_with_the_number(engine: Engine) -> None:
    answer = engine.ask("how many jp firms among the 200 companies at the uz forum", today=TODAY)
    assert not answer.answered and "do not say how many of them" in answer.text, answer.text


def test_the_counterpart_of_someone_with_one_meeting_is_of_that_meeting(engine: Engine) -> None:
    answer = last_answer(engine, "who is bobur usmanov", "sorry, meant kudratov. what does he head",
                         "and his japanese counterpart at the forum?")
    assert answer.answered and "Kozuki" in answer.title, answer.text


def test_what_else_was_talked_about_after_a_pledge_is_the_talks_not_other_pledges(engine: Engine) -> None:
    answer = last_answer(engine, "ok now ukraine, what did japan pledge for demining",
                         "what else did they talk about besides demining")
    assert answer.answered and "food security" in answer.text and "drone" not in answer.text, answer.text


def test_how_to_work_an_answer_out_said_after_the_question_asks_nothing(engine: Engine) -> None:
    answer = engine.ask("At approximately what time did the Hayashi-Kulubaev meeting of December 24, 2022 end, given "
                        "its start time and duration?", today=TODAY)
    assert answer.answered and "15:10" in answer.text, answer.text


def test_any_of_a_kind_after_what_a_meeting_agreed_is_a_claim_of_that_meeting(engine: Engine) -> None:
    turns = ("what came out of the uzbekistan-japan business forum?",)
    unsaid = last_answer(engine, *turns, "any in healthcare?")
    assert not unsaid.answered and "healthcare" in unsaid.text and "Kyiv" not in unsaid.text, unsaid.text
    said = last_answer(engine, *turns, "any in medicine?")
    assert said.title == "Yes", said.text


def test_a_topic_the_asker_says_they_research_is_what_the_question_after_it_asks_of(engine: Engine) -> None:
    answer = engine.ask("I'm researching Japan's ties with Central Asia. Which meetings do you have?", today=TODAY)
    assert answer.answered and "Kyrgyz" in answer.text and "Uzbekistan" in answer.text, answer.text
    assert "Kuleba" not in answer.text and "Kagame" not in answer.text, answer.text


def test_an_occasion_said_before_a_question_of_order_is_read_after_it(engine: Engine) -> None:
    answer = engine.ask("During his September 2023 visit to Kyiv, did Foreign Minister Hayashi meet Prime Minister "
                        "Shmyhal before or after his meeting with President Zelenskyy?", today=TODAY)
    assert answer.answered and answer.title == "Before", answer.text


def test_what_the_figures_are_of_stays_when_how_to_work_it_out_is_dropped(engine: Engine) -> None:
    answer = engine.ask("time diff ny vs japan based on the kuleba mtg times?", today=TODAY)
    assert answer.answered and "13 hours" in answer.text and not answer.title.startswith("Yes"), answer.text


def test_someone_described_then_who_met_them_asks_for_that_someone(engine: Engine) -> None:
    answer = engine.ask("ukrainian head of govt hayashi met", today=TODAY)
    assert answer.answered and "Shmyhal" in answer.text and answer.title != "Yes", answer.text


def test_the_counterpart_of_a_nationality_is_the_other_side_of_the_one_shown(engine: Engine) -> None:
    answer = last_answer(engine, "who ran the uzbek-japan business forum in jan", "the uzbek one, whats his job",
                         "and the japanese counterpart's title")
    assert "State Minister of Economy" in answer.text, answer.text


def test_the_other_ones_of_a_kind_the_records_name_one_of_are_not_in_the_records(engine: Engine) -> None:
    answer = engine.ask("names of the other central asian FMs at the 9th dialogue?", today=TODAY)
    assert not answer.answered and "Kulubaev" in answer.text, answer.text


def test_that_meeting_after_an_answer_about_one_person_is_the_one_meeting_shown_they_took_part_in(
        engine: Engine) -> None:
    answer = last_answer(engine, "what meetings between japan and central asian countries do you have info on?",
                         "the Uzbek one - who represented Japan?", "what's his title?", "and the date of that meeting?")
    assert answer.answered and "26 January" in answer.text, answer.text


@pytest.mark.parametrize("question", ["did any japanese ministers join kishida there",
                                      "Which Japanese officials sat in on the meeting with Kishida?"])
def test_people_of_a_side_besides_the_one_named_are_none_when_the_records_name_none(engine: Engine,
                                                                                     question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "besides Fumio Kishida" in answer.text, answer.text
    rwandan = engine.ask("which rwandan ministers sat in on the kagame kishida meeting", today=TODAY)
    assert rwandan.answered and "Biruta" in rwandan.text, rwandan.text


def test_who_from_one_side_sat_in_is_none_when_the_records_name_only_the_one_named(engine: Engine) -> None:
    answer = engine.ask("who from the jp side sat in on the kagame kishida mtg", today=TODAY)
    assert not answer.answered and "besides Fumio Kishida." in answer.text, answer.text


@pytest.mark.parametrize("guessed", ["Which city was it held in? Tokyo?", "where in japan was the meeting? tokyo?"])
def test_a_guess_after_a_question_is_answered_by_the_question_not_read_as_a_topic(engine: Engine,
                                                                                  guessed: str) -> None:
    answer = last_answer(engine, "When did Foreign Minister Hayashi meet his Kyrgyz counterpart?", guessed)
    assert "Kyrgyz" in answer.title and "does not say where" in answer.text, answer.text
    assert "Embassy" not in answer.text, answer.text


def test_a_guess_after_who_keeps_the_question_of_whom(engine: Engine) -> None:
    answer = engine.ask("who did kamikawa sit down with in new york? the ukrainian FM?", today=TODAY)
    assert answer.answered and "Kuleba" in answer.text, answer.text


def test_what_someone_said_with_a_relative_who_is_checked_as_a_claim(engine: Engine) -> None:
    answer = engine.ask("hayashi said kyrgyz ppl who studied in jp are active even at ministerial level?", today=TODAY)
    assert answer.answered and answer.title.startswith("Yes"), answer.text
    asked = engine.ask("the official who met usmanov?", today=TODAY)
    assert not asked.title.startswith(("Yes", "No")), asked.text


@pytest.mark.parametrize("question", ["name of the kyrgyz minister who studied in japan",
                                      "who is the kyrgyz minister who studied in japan?"])
def test_the_one_who_did_something_is_asked_as_which_one_did_it(engine: Engine, question: str) -> None:
    answer = engine.ask(question, today=TODAY)
    assert not answer.answered and "Kulubaev" not in answer.title, answer.text
    thanked = engine.ask("who was the ukrainian official who thanked japan?", today=TODAY)
    assert thanked.answered and "Shmyhal" in thanked.text, thanked.text


def test_what_else_was_discussed_stays_with_the_meeting_of_the_conversation(engine: Engine) -> None:
    answer = last_answer(engine, "what was discussed at the G7 foreign ministers meeting?", "what else was discussed?")
    assert "G7" in answer.title and "Kagame" not in answer.text, answer.text


def test_what_else_of_a_record_with_one_point_says_nothing_else_is_told(engine: Engine) -> None:
    answer = engine.ask("wat else was on the agenda at the g7 fm mtg sept 18", today=TODAY)
    assert not answer.answered and "nothing else" in answer.text and "strong message" in answer.text, answer.text
    kyrgyz = engine.ask("what else was discussed at the kyrgyz meeting?", today=TODAY)
    assert kyrgyz.answered and "OVOP" in kyrgyz.text, kyrgyz.text


def test_the_body_of_a_post_asked_is_said_missing_when_no_post_names_one(engine: Engine) -> None:
    answer = engine.ask("which bureau is hayashi from?", today=TODAY)
    assert not answer.answered and "no bureau" in answer.text and "Foreign Minister" in answer.text, answer.text
    held = engine.ask("which bureau is ikegami from?", today=TODAY)
    assert held.answered and "Bureau of European Affairs" in held.text, held.text
    minister = engine.ask("which ministry is kulubaev from?", today=TODAY)
    assert minister.answered and "Minister of Foreign Affairs" in minister.text, minister.text


def test_which_bureau_after_a_meeting_is_of_its_people_not_what_was_discussed(engine: Engine) -> None:
    answer = last_answer(engine, "who represented japan at the kyrgyz meeting?", "which bureau is he from?")
    assert not answer.answered and "OVOP" not in answer.text, answer.text


def test_a_correction_naming_a_record_by_what_happened_asks_the_restated_question_of_it(engine: Engine) -> None:
    answer = last_answer(engine, "when did japans foreign minister meet kuleba", "where",
                         "sorry i meant the one where hayashi went to kyiv, what date")
    assert "Kyiv" in answer.title and "9 September 2023" in answer.text, answer.text


def test_when_something_was_done_publicly_is_what_the_record_says_of_that_deed(engine: Engine) -> None:
    answer = engine.ask("When was Hayashi's September 2023 visit to Ukraine publicly announced?", today=TODAY)
    assert "day of his arrival" in answer.text, answer.text


def test_a_statement_what_someone_said_with_the_question_word_left_in_place(engine: Engine) -> None:
    answer = engine.ask("the kyrgyz minister said jp's emergency aid went thru who", today=TODAY)
    assert answer.answered and "international organizations" in answer.text, answer.text


def test_a_misspelt_handle_of_one_of_two_people_named_is_of_the_one_before_it(engine: Engine) -> None:
    answer = engine.ask("kishdas twiter handl in the kagme tweet", today=TODAY)
    assert answer.answered and "@kishida230" in answer.title, answer.text


def test_a_statement_with_a_tag_then_a_short_question_asks_the_question_of_the_statement(engine: Engine) -> None:
    answer = engine.ask("japan's foreign ministers met ukrainian officials twice in september 2023, right? "
                        "on which dates?", today=TODAY)
    assert "9 September 2023" in answer.text and "20 September 2023" in answer.text, answer.text


def test_and_the_later_one_then_a_question_asks_that_question_of_it(engine: Engine) -> None:
    answer = last_answer(engine, "Which Japanese foreign ministers met Ukrainian leaders in 2023?",
                         "and the later one - why was the minister in new york?")
    assert "General Assembly" in answer.text and "discussed" not in answer.text, answer.text


def test_touching_on_a_subject_is_confirmed_by_the_point_that_holds_it(engine: Engine) -> None:
    answer = last_answer(engine, "In the Usmanov-Ikegami meeting, which fields were named for expanding contacts?",
                         "did they touch on trade as well?")
    assert answer.title.startswith("Yes") and "trade" in answer.text, answer.text


def test_which_parts_of_a_programme_are_said_missing_when_its_record_lists_none(engine: Engine) -> None:
    answer = engine.ask("Which specific projects are included in the Japan–Kyrgyz foreign ministries' cooperation "
                        "program for 2023–2025?", today=TODAY)
    assert not answer.answered and "do not say what" in answer.text, answer.text


def test_a_means_of_travel_guessed_after_the_question_is_not_in_the_records(engine: Engine) -> None:
    answer = engine.ask("how did hayashi get into ukraine, train?", today=TODAY)
    assert not answer.answered and "how the journey was made" in answer.text, answer.text


def test_the_name_of_a_thing_asked_without_what_is_is_said_missing(engine: Engine) -> None:
    answer = engine.ask("name of the drone detection system jp is giving ukraine", today=TODAY)
    assert not answer.answered and "do not give the name" in answer.text, answer.text


def test_a_gap_between_two_events_written_without_punctuation(engine: Engine) -> None:
    answer = engine.ask("g7 fm mtg to kuleba mtg gap in days", today=TODAY)
    assert answer.answered and answer.title == "2 days", answer.text


def test_who_convened_a_gathering_is_who_held_it(engine: Engine) -> None:
    answer = engine.ask("Who convened the G7 Foreign Ministers' Meeting held in New York on September 18, 2023?",
                        today=TODAY)
    assert answer.answered and "Kamikawa" in answer.text, answer.text


def test_the_years_a_claim_names_are_its_figures_not_a_word_the_record_must_hold(engine: Engine) -> None:
    answer = engine.ask("Does the cooperation program signed by the Japanese and Kyrgyz foreign ministries cover the "
                        "years 2023 to 2025?", today=TODAY)
    assert answer.title.startswith("Yes"), answer.text
    other = engine.ask("Does the cooperation program signed by the Japanese and Kyrgyz foreign ministries cover the "
                       "years 2024 to 2026?", today=TODAY)
    assert not other.title.startswith("Yes"), other.text


def test_which_leader_went_to_a_country_is_a_leader_of_anywhere(engine: Engine) -> None:
    answer = engine.ask("which leader has been to jp 3 times under ticad", today=TODAY)
    assert answer.answered and "Kagame" in answer.text, answer.text


def test_boosting_is_read_as_increasing_or_strengthening(engine: Engine) -> None:
    answer = engine.ask("hattori focused on boosting wat in rwanda", today=TODAY)
    assert answer.answered and "agricultural production" in answer.text, answer.text


def test_a_thing_of_a_country_that_went_somewhere_is_no_journey(engine: Engine) -> None:
    answer = engine.ask("jp covid aid 2020 went to kigali n how many provinces", today=TODAY)
    assert "no visit" not in answer.text and "four provinces" in answer.text, answer.text


def test_how_many_years_old_something_was_at_an_event(engine: Engine) -> None:
    answer = engine.ask("jp rwanda ties how many yrs old at the bali mtg", today=TODAY)
    assert answer.answered and answer.title == "60 years", answer.text


def test_what_the_documents_say_inside_a_question_is_where_to_look_not_a_word_to_hold(engine: Engine) -> None:
    answer = engine.ask("In which cities do the documents say Japan opened embassies, and in what years?", today=TODAY)
    assert answer.answered and "Kigali" in answer.text and "Tashkent" in answer.text, answer.text


def test_a_clause_set_off_by_commas_describes_and_asks_nothing(engine: Engine) -> None:
    answer = engine.ask("How long was the G20 Summit in Bali, which President Kagame attended, scheduled to last?",
                        today=TODAY)
    assert answer.answered and "two-day" in answer.text, answer.text


def test_a_minister_of_a_country_visiting_a_city_is_a_journey_though_the_country_named_them(engine: Engine) -> None:
    answer = engine.ask("which japanese ministers have visited kigali and when", today=TODAY)
    assert not answer.answered, answer.text


def test_which_one_did_something_to_the_other_is_who_did_it_to_whom(engine: Engine) -> None:
    answer = engine.ask("During the September 20, 2023 meeting in New York, which minister congratulated the other on "
                        "an appointment?", today=TODAY)
    assert answer.answered and "Kuleba congratulated Kamikawa" in answer.text, answer.text


def test_the_other_one_after_the_post_of_one_of_those_beside_a_leader(engine: Engine) -> None:
    answer = last_answer(engine, "Who attended the Kagame-Kishida meeting on Rwanda's side?", "what's Biruta's job?",
                         "and the other one?")
    assert "Ndagijimana" in answer.text and "Biruta" not in answer.title, answer.text


def test_who_went_with_him_somewhere_is_not_whom_he_met_there(engine: Engine) -> None:
    answer = last_answer(engine, "when did hayashi visit kyiv?", "who went with him to the memorial?")
    assert not answer.answered and "no one else from Yoshimasa Hayashi's side" in answer.text, answer.text


def test_a_capitalised_word_the_rules_read_is_no_unknown_name(engine: Engine) -> None:
    answer = engine.ask("What Twitter handle for Prime Minister Kishida appeared in the Rwandan presidency's tweet "
                        "about the Bali meeting?", today=TODAY)
    assert answer.answered and "@kishida230" in answer.title, answer.text


def test_an_institution_asked_for_is_an_organisation_a_record_names(engine: Engine) -> None:
    answer = engine.ask("At the request of which institution did Masaya Hattori become the first Governor of the "
                        "Central Bank of Rwanda?", today=TODAY)
    assert answer.answered and "IMF" in answer.text, answer.text


def test_receiving_an_official_described_at_length_is_hosting_not_being_given_anything(engine: Engine) -> None:
    answer = engine.ask("Which Uzbek deputy foreign minister received the senior Japanese official from the European "
                        "affairs bureau?", today=TODAY)
    assert answer.answered and "Usmanov" in answer.text, answer.text


def test_the_previous_year_of_a_statement_is_a_date_not_a_word_to_hold(engine: Engine) -> None:
    answer = engine.ask("Did Minister Kamikawa say Japan had provided more than 1,500 generators to Ukraine the "
                        "previous year?", today=TODAY)
    assert answer.title.startswith("Yes"), answer.text


def test_whom_someone_met_first_of_two_after_a_lead_and_with_a_variant_spelling(engine: Engine) -> None:
    answer = engine.ask("During his visit to Kyiv, whom did Hayashi meet first: President Zelensky or Prime Minister "
                        "Shmigal?", today=TODAY)
    assert answer.answered and answer.title == "Denys Shmyhal first", answer.text


def test_a_visit_said_after_a_place_of_another_phrase_is_of_whose_visit_it_is(engine: Engine) -> None:
    answer = engine.ask("Did Hayashi hold discussions with representatives of Japanese companies operating in Ukraine "
                        "during his Kyiv visit?", today=TODAY)
    assert "no visit by Ukraine" not in answer.text, answer.text
    premise = engine.ask("what did kamikawa do on her kyiv trip?", today=TODAY)
    assert not premise.answered and "no trip of Yoko Kamikawa to Kyiv" in premise.text, premise.text


def test_what_one_told_the_other_is_read_in_their_meeting_when_it_tells_of_the_subject(engine: Engine) -> None:
    answer = engine.ask("what did kamikawa tell kuleba about the g7?", today=TODAY)
    assert answer.answered and "G7" in answer.text, answer.text
    unsaid = engine.ask("what did kamikawa tell kuleba about the bucha memorial?", today=TODAY)
    assert not unsaid.answered, unsaid.text


def test_people_at_a_meeting_asked_by_a_noun_phrase_alone_and_one_of_them_by_post(engine: Engine) -> None:
    answer = engine.ask("rwandan ministers at the kagame kishida meeting?", today=TODAY)
    assert "Biruta" in answer.text and "Ndagijimana" in answer.text, answer.text
    finance = last_answer(engine, "rwandan ministers at the kagame kishida meeting?", "the finance one, first name?")
    assert finance.answered and finance.title == "Uzziel", finance.text


def test_a_detail_asked_as_given_in_the_article_on_a_record_is_the_detail_asked(engine: Engine) -> None:
    answer = engine.ask("What is Ryosuke Kozuki's official position, as given in the article on the Uzbekistan-Japan "
                        "business forum?", today=TODAY)
    assert answer.answered and "State Minister of Economy" in answer.text, answer.text


def test_he_after_the_next_visit_of_its_kind_is_the_one_who_made_it(engine: Engine) -> None:
    answer = last_answer(engine, "when did kishida go to ukraine",
                         "which japanese foreign minister went to kyiv after him",
                         "what did he say japan would keep doing")
    assert answer.answered and "Hayashi" in answer.title and "winter" in answer.text, answer.text


def test_a_turn_to_another_topic_then_a_question_of_its_own_asks_that_question(engine: Engine) -> None:
    answer = last_answer(engine, "did kagame meet kishida in tokyo?", "was rwanda's finance minister there",
                         "what about kyrgyzstan, did kulubaev come to japan for his meeting?")
    assert answer.answered and answer.title == "Yes" and "Kyrgyz" in answer.text, answer.text


def test_a_misspelt_word_of_a_source_clause_is_read_as_the_source(engine: Engine) -> None:
    answer = engine.ask("rwnda got indepndnce wat yr acc to the kagame artcle", today=TODAY)
    assert answer.answered and "1962" in answer.text, answer.text


def test_a_follow_up_of_a_fact_of_an_event_asks_of_the_events_record(engine: Engine) -> None:
    answer = last_answer(engine, "How many agreements were signed at the Uzbekistan-Japan business forum?",
                         "when was it", "who led the discussions?")
    assert answer.answered and "Kozuki" in answer.text and "Kudratov" in answer.text, answer.text
    assert "Usmanov" not in answer.text


def test_a_correction_to_someone_described_asks_who_that_is(engine: Engine) -> None:
    answer = last_answer(engine, "who was the kyrgyz foreign minister that hayashi met",
                         "sorry, I meant the Uzbek official who hosted the Japanese diplomat in January")
    assert answer.answered and "Usmanov" in answer.text, answer.text
    answer = last_answer(engine, "who was the kyrgyz foreign minister that hayashi met",
                         "sorry, I meant the Uzbek official who hosted the Japanese diplomat in January",
                         "is he the foreign minister?")
    assert answer.answered and answer.title.startswith("No") and "Deputy" in answer.text, answer.text


def test_a_document_named_by_its_subject_is_where_to_look(engine: Engine) -> None:
    answer = engine.ask("How many priorities of Indonesia's G20 presidency does the Rwandan article list?", today=TODAY)
    assert answer.answered and "three priorities" in answer.text, answer.text
    answer = engine.ask("How many priorities of Indonesia's G20 presidency does the Kyrgyz article list?", today=TODAY)
    assert not answer.answered, answer.text


def test_and_which_with_another_date_asks_the_list_question_again_then(engine: Engine) -> None:
    answer = last_answer(engine, "For my report: which of the meetings in your documents took place in 2022?",
                         "And which took place in 2023?")
    assert answer.answered and "2023" in answer.title and "Kuleba" in answer.text and "Kulubaev" not in answer.text


def test_anything_else_promised_after_one_pledge_lists_the_other_pledges(engine: Engine) -> None:
    answer = last_answer(engine, "What equipment did Japan pledge to Ukraine during Hayashi's Kyiv trip?",
                         "and what did Kamikawa tell Kuleba about generators?", "anything else she promised to send?")
    assert answer.answered and "2 auto transformers" in answer.text, answer.text


def test_that_meeting_with_a_name_that_titles_one_of_the_conversations_meetings_is_that_one(engine: Engine) -> None:
    answer = last_answer(engine, "when did kamikawa hold the G7 foreign ministers meeting?",
                         "how many days before she met Kuleba was that?",
                         "which region did she especially want to get on board with the Peace Formula?",
                         "what did the G7 ministers agree on at that meeting?")
    assert not answer.answered and "transformers" not in answer.text, answer.text


def test_a_correction_naming_a_thing_then_when_did_that_asks_of_the_thing(engine: Engine) -> None:
    answer = last_answer(engine, "when did japan open its embassy in kigali?",
                         "sorry, I meant Rwanda's embassy in Tokyo. when did that open?")
    assert not answer.answered and "2010" not in answer.text, answer.text
    answer = last_answer(engine, "when did japan open its embassy in kigali?",
                         "sorry, I meant Uzbekistan's embassy in Tokyo. when did that open?")
    assert answer.answered and "1996" in answer.text, answer.text
