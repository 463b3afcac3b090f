"""The lockout policy: free attempts, then a delay that doubles up to a ceiling."""

from __future__ import annotations

import datetime as dt

import pytest

from oend.security.lockout import AccountLocked, AttemptState, LockoutPolicy

POLICY = LockoutPolicy(free_attempts=3, first_delay=dt.timedelta(seconds=30), max_delay=dt.timedelta(minutes=5))
T0 = dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC)


def test_delay_doubles_after_the_free_attempts_and_stops_at_the_ceiling() -> None:
    delays = [POLICY.delay_after(n) for n in range(1, 9)]
    seconds = [d.total_seconds() if d else 0 for d in delays]
    assert seconds == [0, 0, 30, 60, 120, 240, 300, 300]


def test_a_locked_account_refuses_until_the_lock_ends_and_success_clears_it() -> None:
    state = AttemptState()
    for _ in range(3):
        state.failed(POLICY, T0)
    with pytest.raises(AccountLocked) as locked:
        state.refuse_if_locked("ana", T0 + dt.timedelta(seconds=10))
    assert locked.value.retry_after == 20
    assert "20 seconds" in str(locked.value)
    state.refuse_if_locked("ana", T0 + dt.timedelta(seconds=30))
    state.succeeded()
    assert state == AttemptState()
