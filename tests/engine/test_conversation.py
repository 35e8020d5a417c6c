from bot.answers import Answer, Focus
from bot.conversation import ConversationMemory


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def answer_about(meeting: str) -> Answer:
    return Answer("meeting", True, "t", focus=Focus(meeting=meeting))


def test_focus_is_per_chat_and_expires() -> None:
    clock = Clock()
    memory = ConversationMemory(60, clock)
    memory.remember(1, answer_about("a"))
    memory.remember(2, answer_about("b"))
    assert memory.focus(1) == Focus(meeting="a") and memory.focus(2) == Focus(meeting="b")
    clock.now = 61
    assert memory.focus(1) is None


def test_answers_without_focus_keep_the_previous_one() -> None:
    memory = ConversationMemory(60, Clock())
    memory.remember(1, answer_about("a"))
    memory.remember(1, Answer("help", True, "Commands"))
    assert memory.focus(1) == Focus(meeting="a")


def test_memory_is_bounded() -> None:
    clock = Clock()
    memory = ConversationMemory(60, clock, max_chats=2)
    for chat in range(3):
        clock.now = chat
        memory.remember(chat, answer_about(str(chat)))
    assert memory.focus(0) is None and memory.focus(2) is not None


def test_recent_meetings_are_the_meetings_of_the_recent_records_latest_first() -> None:
    focus = Focus(recent=("fact:f", "meeting:b", "pledge:p", "meeting:a"))
    assert focus.recent_meetings() == ("b", "a")
