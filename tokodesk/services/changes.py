"""What the other counters changed: a cheap check for a screen to run on focus or every few
seconds, so changes made at another PC appear without restarting.

Every writing service adds an ``audit_events`` row in its own transaction, and ids are drawn
in commit order (writers queue on one lock: ``BEGIN IMMEDIATE`` on SQLite, the writers'
advisory lock on PostgreSQL, see ``db/engine.py``), so the newest audit id is a marker of
everything committed so far.  A screen keeps the marker it last saw:

    marker = db.read(current_marker)                       # when it loads
    seen = db.read(lambda s: changes_since(s, marker))     # on focus / every few seconds
    if seen is not None:
        marker = seen.marker
        refresh(seen.changes)                              # the same Changes a local write gives

With nothing new, ``changes_since`` is one index lookup (the primary key's maximum).
A screen's own writes also move the marker; refreshing for them again is harmless.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tokodesk.db.models import AuditEvent
from tokodesk.services.context import Changes

BATCH = 1000  # more than this many new events: refresh everything


@dataclass(frozen=True)
class SeenChanges:
    marker: int  # keep it for the next call
    changes: Changes  # what to refresh; order_id/customer_id set when exactly one was touched
    order_ids: frozenset[int] = field(default_factory=frozenset)
    customer_ids: frozenset[int] = field(default_factory=frozenset)


def current_marker(session: Session) -> int:
    """The newest audit event's id (0 for a new database)."""
    return session.scalar(select(func.max(AuditEvent.id))) or 0


def _everything(marker: int) -> SeenChanges:
    return SeenChanges(marker, Changes(customers=True, orders=True, ledger=True, settings=True))


def changes_since(session: Session, marker: int) -> SeenChanges | None:
    """What was committed after ``marker`` (from ``current_marker`` or the last call), or None
    when nothing was."""
    newest = current_marker(session)
    if newest <= marker:
        return None
    rows = session.execute(
        select(AuditEvent.action, AuditEvent.outcome, AuditEvent.target_kind, AuditEvent.target_id)
        .where(AuditEvent.id > marker, AuditEvent.id <= newest)
        .order_by(AuditEvent.id)
        .limit(BATCH + 1)
    ).all()
    if len(rows) > BATCH:
        return _everything(newest)
    customers = orders = ledger = settings = False
    order_ids: set[int] = set()
    customer_ids: set[int] = set()
    for action, outcome, kind, target_id in rows:
        if outcome != "ok":  # refused or failed: nothing was written
            continue
        area = action.split(".", 1)[0]
        if area in ("data",):  # imports, demo data, a restore: anything may have changed
            return _everything(newest)
        if area in ("order", "payment", "system"):
            orders = ledger = True
        elif area in ("customer", "log"):
            customers = True
        elif area == "message":
            orders = customers = True  # the agenda and the customer's log
        elif area in ("settings", "staff"):
            settings = True
        if kind == "order" and target_id is not None:
            order_ids.add(target_id)
        elif kind == "customer" and target_id is not None:
            customer_ids.add(target_id)
            customers = True
    changes = Changes(
        customers=customers,
        orders=orders,
        ledger=ledger,
        settings=settings,
        order_id=next(iter(order_ids)) if len(order_ids) == 1 else None,
        customer_id=next(iter(customer_ids)) if len(customer_ids) == 1 else None,
    )
    return SeenChanges(newest, changes, frozenset(order_ids), frozenset(customer_ids))
