"""The services' side of permissions: ``require`` refuses an action the signed-in person may
not do.  The rule itself is ``tokodesk.domain.access.allowed``; this module only reads the
person's current role and grants from the database, never from what the caller claims."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from tokodesk.db.models import Staff
from tokodesk.domain.access import PERMISSION_LABELS, Permission, allowed, parse_grants
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError
from tokodesk.services import audit
from tokodesk.services.audit import Target
from tokodesk.services.context import Actor


class NotAllowed(DomainError):
    """The signed-in person may not do this.  ``Database.write`` records the attempt in the
    audit trail in its own transaction (the refused work is rolled back)."""

    def __init__(
        self, actor: Actor, permission: Permission, action: str, target: Target, now: dt.datetime
    ) -> None:
        self.actor, self.permission, self.action = actor, permission, action
        self.target, self.at = target, now
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "{name} tidak berhak melakukan ini ({what}). Minta pemilik masuk atau memberi izin."
            ),
            name=actor.name,
            what=PERMISSION_LABELS[permission],
        )

    def after_rollback(self, session: Session) -> None:
        """The refusal in the audit trail (``Database.write`` runs this after rolling back)."""
        known = session.get(Staff, self.actor.staff_id) is not None  # made in the rolled-back work?
        audit.record(
            session,
            self.actor if known else None,
            self.action,
            now=self.at,
            target=self.target,
            outcome="refused",
            detail=PERMISSION_LABELS[self.permission],
        )


def can(session: Session, actor: Actor | None, permission: Permission) -> bool:
    """May ``actor`` do ``permission`` now (role and grants as stored, account active)?"""
    if actor is None:
        return False
    staff = session.get(Staff, actor.staff_id)
    if staff is None:
        return False
    if not staff.active and staff.role != "system":
        return False
    return allowed(staff.role, parse_grants(staff.grants), permission)


def require(
    session: Session,
    actor: Actor,
    permission: Permission,
    *,
    action: str,
    now: dt.datetime,
    target: Target | None = None,
) -> None:
    """Refuse with ``NotAllowed`` unless ``actor`` may do ``permission``."""
    if not can(session, actor, permission):
        raise NotAllowed(actor, permission, action, target or Target(), now)
