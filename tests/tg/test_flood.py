"""Per-sender flood control over a sliding minute."""

from __future__ import annotations

from bot.tg.flood import FloodGate, Verdict


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_over_the_limit_warns_once_then_ignores_until_the_window_passes() -> None:
    clock = Clock()
    gate = FloodGate(3, clock=clock)
    assert [gate.check(1) for _ in range(5)] == [Verdict.ALLOW] * 3 + [Verdict.WARN, Verdict.IGNORE]
    assert gate.check(2) is Verdict.ALLOW  # other senders are not affected
    clock.now = 59.9
    assert gate.check(1) is Verdict.IGNORE
    clock.now = 60.0
    assert gate.check(1) is Verdict.ALLOW
    assert [gate.check(1) for _ in range(3)] == [Verdict.ALLOW, Verdict.ALLOW, Verdict.WARN]


def test_quiet_senders_are_forgotten_when_many_are_tracked() -> None:
    clock = Clock()
    gate = FloodGate(1, clock=clock)
    for sender in range(10_001):
        gate.check(sender)
    clock.now = 61
    gate.check(-1)
    assert len(gate._seen) == 1
