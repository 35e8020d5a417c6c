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


def test_sources_name_each_document_once_and_number_the_quotes_by_document() -> None:
    other = Citation("doc2", "Kyiv visit", "seeds/b.txt", "They met in Kyiv.")
    answer = Answer("meeting", True, "T", ("body",), sources=(CITATION, other, CITATION))
    [message] = render_answer(answer)
    assert message.splitlines()[-3:] == [
        "<i>Sources: [1] Japan-Ukraine Foreign Ministers&#x27; Meeting (2023-09-20); [2] Kyiv visit</i>",
        "<blockquote expandable>[1] “q”",
        "[2] “They met in Kyiv.”</blockquote>"]


def test_single_source_shows_the_sentence_behind_the_answer_in_an_expandable_quote() -> None:
    quoted = Citation("doc", "Talks", "seeds/a.txt", "Japan  will provide\n<aid> & more", "2023-09-20")
    [message] = render_answer(Answer("meeting", True, "T", sources=(quoted, quoted)))
    assert message.endswith("<i>Source: Talks (2023-09-20)</i>\n"
                            "<blockquote expandable>“Japan will provide &lt;aid&gt; &amp; more”</blockquote>")
    html_visible_length(message)  # Telegram accepts it


def test_an_answer_without_quotes_has_no_blockquote() -> None:
    bare = Citation("doc", "Talks", "seeds/a.txt", "  ")
    [message] = render_answer(Answer("meeting", True, "T", sources=(bare,)))
    assert message.endswith("<i>Source: Talks</i>") and "blockquote" not in message


@pytest.mark.parametrize("room", [300, 25], ids=["trimmed", "left-out"])
def test_quotes_take_only_the_room_left_in_the_message(room: int) -> None:
    quote = " ".join(f"w{n}&lt" for n in range(400))
    citation = Citation("doc", "Talks", "seeds/a.txt", quote)
    citation_line = len("\n<i>Source: Talks</i>")
    body = "x" * (MESSAGE_LIMIT - len("<b>T</b>\n") - citation_line - room)
    messages = render_answer(Answer("fact", True, "T", (body,), sources=(citation,)))
    assert len(messages) == 1, "the quotes never spill into a message of their own"
    [message] = messages
    assert len(message) <= MESSAGE_LIMIT and "<i>Source: Talks</i>" in message
    html_visible_length(message)  # no tag or entity cut
    if room == 300:
        shown = message.split("<blockquote expandable>“", 1)[1].removesuffix("</blockquote>")
        assert shown.endswith("…") and shown[:-1].endswith("&amp;lt"), "cut between words"
        assert len(message) > MESSAGE_LIMIT - 10
    else:
        assert "blockquote" not in message


def test_a_long_list_page_with_quotes_fits_one_message() -> None:
    citations = tuple(Citation(f"d{n}", f"Document {n}", "f", "a sentence " * 60) for n in range(5))
    items = tuple(Item("item " + "y" * 300) for _ in range(PAGE_SIZE))
    messages = render_answer(Answer("meetings", True, "M", items=items, sources=citations))
    assert len(messages) == 1 and "[5] Document 4" in messages[0]
    assert len(messages[0]) <= MESSAGE_LIMIT
    html_visible_length(messages[0])


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
