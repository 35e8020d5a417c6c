"""Messages that ask nothing: each rule's examples and counterexamples, and the engine's reply."""

from __future__ import annotations

import pytest

from bot.answers import Focus
from bot.engine.chatter import (
    RULES,
    as_what_about,
    asks_nothing,
    unread_script,
    without_acknowledgement,
    without_asides,
    without_markup,
)
from bot.engine.engine import Engine
from tests.engine.conftest import last_answer

EXAMPLES = [(rule.name, text) for rule in RULES for text in rule.examples]
COUNTEREXAMPLES = [(rule.name, text) for rule in RULES for text in rule.counterexamples]


@pytest.mark.parametrize(("rule", "text"), EXAMPLES, ids=[f"{r}:{t}" for r, t in EXAMPLES])
def test_rule_examples_ask_nothing(rule: str, text: str) -> None:
    assert asks_nothing(text), rule


@pytest.mark.parametrize(("rule", "text"), COUNTEREXAMPLES, ids=[f"{r}:{t}" for r, t in COUNTEREXAMPLES])
def test_rule_counterexamples_are_questions(rule: str, text: str) -> None:
    assert not asks_nothing(text), rule


@pytest.mark.parametrize("text", ["why?", "when?", "how much?", "and Uzbekistan?", "who", "did he go?"])
def test_short_questions_are_questions(text: str) -> None:
    assert not asks_nothing(text)


def test_markup_is_removed_and_script_detected() -> None:
    assert without_markup("<b>Kyiv</b> meetings").split() == ["Kyiv", "meetings"]
    assert unread_script("会談はいつですか")
    assert not unread_script("Zelenskyy’s visit to Kyiv")


@pytest.mark.parametrize("text", ["ok", "thanks!", "👍", "<b>x</b>", "会談はいつですか", "cool", "quit", "thx m8",
                                  "no, that's not what I meant", "wrong answer"])
def test_engine_never_answers_chatter_from_the_previous_topic(engine: Engine, text: str) -> None:
    meeting = next(iter(engine.kb.meetings))
    answer = engine.ask(text, Focus(meeting=meeting, intent="when"))
    assert not answer.answered
    assert answer.kind in ("chatter", "unread")
    assert answer.focus is None  # the chat keeps its topic for the next real question


@pytest.mark.parametrize(("text", "question"), [("ok and with Kuleba?", "and with Kuleba?"),
                                                ("thanks, when was it?", "when was it?"),
                                                ("no sorry, the Uzbek one", "no sorry, the Uzbek one"),
                                                ("ok thanks. and where was she?", "and where was she?"),
                                                ("ok", "ok"),
                                                ("wait isnt that the same date?", "isnt that the same date?"),
                                                ("hang on, did she go?", "did she go?"),
                                                ("funny, isnt that the same date relations started?",
                                                 "isnt that the same date relations started?"),
                                                ("wait, I meant the Uzbek one", "wait, I meant the Uzbek one")])
def test_an_acknowledgement_before_a_question_is_dropped(text: str, question: str) -> None:
    assert without_acknowledgement(text) == question


@pytest.mark.parametrize(("text", "question"), [
    ("what's his name btw", "what's his name"),
    ("by the way, who hosted?", "who hosted?"),
    ("please list them", "list them"),
    ("list the meetings, please?", "list the meetings?"),
    ("who said please?", "who said please?"),
    ("days btw A arriving n B leaving?", "days btw A arriving n B leaving?"),
    ("whats his job exactly", "whats his job"),
    ("jpn fm went to the bucha memorial? y/n", "jpn fm went to the bucha memorial?"),
    ("What did Kishida do? Give everything.", "What did Kishida do?"),
    ("What did Japan give Rwanda? give me all the details", "What did Japan give Rwanda?"),
    ("Give everything.", "Give everything."),
    ("Across the meetings, who is reported to have thanked Japan?", "who thanked Japan?"),
    ("List everyone Yoshimasa Hayashi is reported to have held talks with.",
     "List everyone Yoshimasa Hayashi held talks with."),
    ("what has japan given or promised ukraine? list everything with numbers",
     "what has japan given or promised ukraine?"),
    ("what has japan promised ukraine, with numbers?", "what has japan promised ukraine?"),
    ("true or false: he met her", "true or false: he met her"),
    ("exactly when did they meet?", "exactly when did they meet?"),
    ("how many years apart, roughly?", "how many years apart?"),
    ("hi, im doing a project on rwanda japan ties. when did kagame meet kishida?", "when did kagame meet kishida?"),
    ("what did they talk about?", "what did they talk about?"),
    ("what equipment has Zembla sent (cranes, pumps etc) - give all numbers", "what equipment has Zembla sent"),
    ("what aid (e.g. pumps) did Zembla send?", "what aid did Zembla send?"),
    ("all the hardware zembla gave ostra - cranes, pumps etc w numbers", "all the hardware zembla gave ostra"),
    ("what did zembla send - pumps, cranes?", "what did zembla send - pumps, cranes?"),
    ("wat equipment is zembla giving ostra - cranes, pumps, anything else?", "wat equipment is zembla giving ostra?"),
    ("what is zembla giving ostra across the docs?", "what is zembla giving ostra?"),
    ("what did zembla send - pumps or what else?", "what did zembla send?"),
    ("what was the meeting (in Ostra) about?", "what was the meeting (in Ostra) about?"),
    ("what did Obrin do according to your info", "what did Obrin do"),
    ("which zemblan officials did obrin meet in 2023 per docs", "which zemblan officials did obrin meet in 2023"),
    ("what has Zembla given? everything pls", "what has Zembla given?"),
    ("according to the records, when did they meet?", "when did they meet?"),
    ("how are ties described in the report on the March meeting?", "how are ties described in the March meeting?"),
    ("who wrote the report on the March meeting?", "who wrote the report on the March meeting?"),
    ("what does the report say according to the records office?", "what does the report say according to the "
                                                                   "records office?"),
])
def test_asides_are_dropped_from_a_question(text: str, question: str) -> None:
    assert without_asides(text) == question


def test_what_the_asker_is_doing_before_a_colon_asks_nothing() -> None:
    assert without_asides("I'm looking at two meetings: A with B. when was each?") == "A with B. when was each?"
    assert without_asides("I'm sure: when did they meet?") == "when did they meet?"
    assert without_asides("I'm told they met. When?") == "I'm told they met. When?"  # no colon: a statement


def test_the_askers_work_said_before_a_question_asks_nothing() -> None:
    said = "I'm fact-checking a piece on Zembla's talks. When did they meet?"
    assert without_asides(said) == "When did they meet?"
    # a statement with no question after it is kept
    assert without_asides("I'm writing about Zembla.") == "I'm writing about Zembla."


@pytest.mark.parametrize("closing", ["ok thanks, that's all I needed", "thanks, super helpful", "great, that's all",
                                     "good to know", "makes sense", "ugh ok"])
def test_a_closing_thanks_never_answers_from_the_last_topic(engine: Engine, closing: str) -> None:
    answer = last_answer(engine, "when did hayashi visit kyiv?", closing)
    assert not answer.answered and answer.kind == "chatter", answer.text


def test_a_courtesy_title_before_a_name_is_not_part_of_the_question(engine: Engine) -> None:
    answer = engine.ask("What did Dr. Biruta say during the meeting with Kishida?")
    # read as "what did Biruta say …": nothing he said is recorded, said plainly, never a record of his ministry
    assert not answer.answered and "Biruta" in answer.text and answer.kind == "not_found", answer.text


def test_there_after_the_askers_lead_is_the_one_place_the_lead_names(engine: Engine) -> None:
    answer = engine.ask("I'm fact-checking a piece on the Japanese foreign minister's trip to Kyiv. "
                        "When did Hayashi get there?")
    # his trip to Kyiv, not every record of him (the December 2022 meeting in Japan among them)
    assert answer.answered and "September 2023" in answer.text and "December 2022" not in answer.text, answer.text


@pytest.mark.parametrize(("text", "question"), [
    ("Checking my draft: Japan's foreign minister went to Kyiv. Who was it?",
     "Japan's foreign minister went to Kyiv. Who was it?"),
    ("quick question - when did they meet?", "when did they meet?"),
    ("Checking a draft. Which minister met Brant?", "Which minister met Brant?"),
])
def test_the_task_the_asker_names_before_a_colon_or_dash_asks_nothing(text: str, question: str) -> None:
    assert without_asides(text) == question


def test_quick_checks_before_a_colon_ask_nothing_but_a_fact_check_is_a_claim() -> None:
    assert without_asides("Quick checks for my article: when did they meet?") == "when did they meet?"
    assert without_asides("fact check: Tarsen met Brant") == "fact check: Tarsen met Brant"


@pytest.mark.parametrize(("text", "question"), [
    ("last one: the forum drew more than 500 companies?", "the forum drew more than 500 companies?"),
    ("one more question - when did they meet?", "when did they meet?"),
    ("the last one was longer?", "the last one was longer?"),
    ("the last one: who was japan's minister?", "the last one: who was japan's minister?"),
    ("last one: who was there?", "last one: who was there?"),
])
def test_where_a_question_comes_in_a_series_is_no_part_of_it(text: str, question: str) -> None:
    assert without_asides(text) == question


@pytest.mark.parametrize(("text", "asked"), [
    ("i heard something about drones too?", "what about drones?"),
    ("I read something about the cranes as well", "what about the cranes?"),
    ("i heard kishida went to kyiv", "i heard kishida went to kyiv"),  # a claim of what was heard, not a topic
])
def test_a_topic_said_to_be_heard_of_is_asked_about(text: str, asked: str) -> None:
    assert as_what_about(text) == asked


def test_a_topic_heard_of_after_the_talks_is_of_those_talks(engine: Engine) -> None:
    answer = last_answer(engine, "what did hayshi commit to in kyiv", "i heard something about drones too?")
    assert "drone detection" in answer.text and "Kamikawa" not in answer.text, answer.text


def test_dates_asked_of_a_list_of_meetings_are_an_aside_and_one_aside_may_uncover_another() -> None:
    assert without_asides("List everyone Hayashi met according to the documents, with the dates.") == \
        "List everyone Hayashi met."
    # (of things other than meetings, "with dates" may say which of them are asked for)
    assert "with dates" in without_asides("What milestones in the relations does the report list, with dates?")


@pytest.mark.parametrize("text", ["kinda odd that central asia is under the europe bureau lol",
                                  "interesting how fast that went"])
def test_a_remark_asks_nothing(text: str) -> None:
    assert asks_nothing(text)
    assert not asks_nothing("interesting, so who met whom?")


def test_which_dates_asked_of_meetings_listed_is_an_aside() -> None:
    assert without_asides("what meetings did kamikawa have in new york and on which dates") == \
        "what meetings did kamikawa have in new york"


def test_names_asked_after_a_question_of_people_ask_nothing_more(engine: Engine) -> None:
    answer = last_answer(engine, "which kyrgyz ministers studied in japan, names pls")
    assert not answer.answered and "Kulubaev (" not in answer.text, answer.text


def test_the_kinds_of_record_said_after_a_question_ask_nothing_more() -> None:
    assert without_asides("where all does kishida show up in the docs? meetings visits etc") == \
        "where all does kishida show up in the docs?"
    assert without_asides("when did they meet? meetings only") == "when did they meet? meetings only"



def test_people_said_first_and_asked_for_by_their_names_are_a_request_for_them() -> None:
    assert without_asides("jp FMs mentioned, names?") == "name the jp FMs mentioned"
    assert without_asides("which ministers studied there, names pls") == "which ministers studied there"
