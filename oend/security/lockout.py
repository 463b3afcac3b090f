"""Slowing down password guessing: after a few failures each further one locks the account longer.

The counter lives wherever the app can write before it knows the password: in the key file for an
encrypted SQLite database (a wrong password cannot open the database), in the users table on a server.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from oend.errors import OendError


class SignInError(OendError):
    """The username or password was not accepted (deliberately vague about which)."""


class AccountLocked(SignInError):
    """Too many failed attempts: the account refuses every password until ``until``."""

    def __init__(self, username: str, until: dt.datetime, now: dt.datetime) -> None:
        self.until = until
        self.retry_after = max(0.0, (until - now).total_seconds())
        if self.retry_after < 90:
            super().__init__(
                "too many failed attempts for {username}: try again in {seconds} seconds",
                values={"username": username, "seconds": max(1, math.ceil(self.retry_after))},
            )
        else:
            super().__init__(
                "too many failed attempts for {username}: try again in {minutes} minutes",
                values={"username": username, "minutes": math.ceil(self.retry_after / 60)},
            )


@dataclass(frozen=True)
class LockoutPolicy:
    """``free_attempts`` failures cost nothing; each one after that doubles the lock, up to ``max_delay``."""

    free_attempts: int = 5
    first_delay: dt.timedelta = dt.timedelta(seconds=30)
    max_delay: dt.timedelta = dt.timedelta(hours=1)

    def delay_after(self, failures: int) -> dt.timedelta | None:
        if failures < self.free_attempts:
            return None
        doublings = min(failures - self.free_attempts, 30)
        return min(self.first_delay * (1 << doublings), self.max_delay)


DEFAULT_POLICY = LockoutPolicy()


@dataclass
class AttemptState:
    """One account's consecutive failures and the time its current lock ends."""

    failures: int = 0
    locked_until: dt.datetime | None = None

    def refuse_if_locked(self, username: str, now: dt.datetime) -> None:
        if self.locked_until is not None and now < self.locked_until:
            raise AccountLocked(username, self.locked_until, now)

    def failed(self, policy: LockoutPolicy, now: dt.datetime) -> None:
        self.failures += 1
        delay = policy.delay_after(self.failures)
        self.locked_until = now + delay if delay is not None else None

    def succeeded(self) -> None:
        self.failures = 0
        self.locked_until = None
