"""Who is acting and when: passed to every writing service."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """The signed-in person (or the system record).  ``grants`` and ``can`` serve the UI,
    which hides what a person cannot use; the services check the stored role and grants
    again (``services/access.require``)."""

    staff_id: int
    name: str
    role: str = "staff"
    grants: frozenset[str] = frozenset()

    def can(self, permission: str) -> bool:
        from tokodesk.domain.access import Permission, allowed

        return allowed(self.role, {Permission(g) for g in self.grants}, Permission(permission))


@dataclass(frozen=True)
class Changes:
    """What a write touched, so each view refreshes only what concerns it (Anki's OpChanges)."""

    customers: bool = False
    orders: bool = False
    ledger: bool = False
    settings: bool = False
    complaints: bool = False
    order_id: int | None = None
    customer_id: int | None = None


def local_today(now: dt.datetime) -> dt.date:
    """The shop's calendar date at ``now`` (the machine's local zone)."""
    return now.astimezone().date()


def now_for_day(day: dt.date, real_now: dt.datetime) -> dt.datetime:
    """A time on ``day`` for ``--today`` runs: the current time of day, on that date."""
    local = real_now.astimezone()
    return local.replace(year=day.year, month=day.month, day=day.day)
