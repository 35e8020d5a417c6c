"""Answers as Telegram HTML: escaping, citation line, pages, and splitting at 4096."""

from __future__ import annotations

import pytest

from bot.answers import Answer, Citation, Item
from bot.tg.render import MESSAGE_LIMIT, PAGE_SIZE, Line, page_count, render_answer, render_text, split_lines
from tests.fake_bot_api import ApiError, html_visible_length

CITATION = Citation("doc", "Japan-Ukraine Foreign Ministers' Meeting", "seeds/a.txt", "q", "2023-09-20")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain", "plain"),
        ("<b>not bold</b>", "&lt;b&gt;not bold&lt;/b&gt;"),
        ("Tom & Jerry", "Tom &amp; Jerry"),
        ('say "hi"', "say &quot;hi&quot;"),
    ],
    ids=["plain", "tags", "ampersand", "quotes"],
)
def test_user_and_knowledge_text_is_escaped(text: str, expected: str) -> None:
    [message] = render_answer(Answer("fact", True, text, (text,)))
    assert message == f"<b>{expected}</b>\n{expected}"


def test_sources_are_one_short_citation_line_naming_each_document_once() -> None:
    other = Citation("doc2", "Kyiv visit", "seeds/b.txt", "q")
    answer = Answer("meeting", True, "T", ("body",), sources=(CITATION, other, CITATION))
    [message] = render_answer(answer)
    assert message.splitlines()[-1] == (
        "<i>Sources: Japan-Ukraine Foreign Ministers&#x27; Meeting (2023-09-20); Kyiv visit</i>")


def test_single_source_line() -> None:
    [message] = render_answer(Answer("meeting", True, "T", sources=(CITATION,)))
    assert message.endswith("<i>Source: Japan-Ukraine Foreign Ministers&#x27; Meeting (2023-09-20)</i>")


def test_list_is_shown_a_page_at_a_time() -> None:
    answer = Answer("meetings", True, "Meetings", items=tuple(Item(f"m{n}") for n in range(PAGE_SIZE * 2 + 1)))
    assert page_count(answer) == 3
    [second] = render_answer(answer, page=1)
    assert f"{PAGE_SIZE + 1}. m{PAGE_SIZE}" in second
    assert "m0" not in second.replace(f"m{PAGE_SIZE}", "")
    assert "<i>Page 2 of 3 (17 in all)</i>" in second


def test_short_list_has_no_page_line() -> None:
    [message] = render_answer(Answer("meetings", True, "M", items=(Item("a"), Item("b"))))
    assert "Page" not in message and "1. a\n2. b" in message


def test_long_answer_is_split_between_lines_within_the_limit() -> None:
    lines = tuple(f"line {n} " + "<&>" * 30 for n in range(500))
    messages = render_answer(Answer("fact", True, "Long", lines))
    assert len(messages) > 1
    for message in messages:
        assert html_visible_length(message) <= MESSAGE_LIMIT
        assert len(message) <= MESSAGE_LIMIT
    joined = "\n".join(messages)
    assert joined.count("line ") == 500


def test_one_overlong_line_is_cut_as_text_keeping_tags_whole() -> None:
    messages = split_lines([Line("word&" * 2000, "b")])
    assert len(messages) > 1
    for message in messages:
        assert message.startswith("<b>") and message.endswith("</b>")
        html_visible_length(message)  # raises ApiError on a cut tag or entity
        assert len(message) <= MESSAGE_LIMIT


def test_length_is_counted_in_utf16_units() -> None:
    messages = render_text("🇯🇵" * 3000)
    assert len(messages) == 3  # each flag is 4 UTF-16 units: 12000 units over 3 messages


def test_empty_answer_still_renders_a_message() -> None:
    assert render_answer(Answer("fact", True, "")) == ["…"]


def test_fake_server_html_check_rejects_what_telegram_rejects() -> None:
    for bad in ("<b>open", "a < b", "<script>x</script>", "&nbsp;", "<b><i>x</b></i>"):
        with pytest.raises(ApiError):
            html_visible_length(bad)
    assert html_visible_length("<b>a</b> &amp; &#x27;") == 5
