"""Staff records.  Until sign-in exists, every write is attributed to the default staff
record, created on first use."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from tokodesk.db.models import Staff
from tokodesk.services.context import Actor

DEFAULT_STAFF_NAME = "Staf Toko"


def default_actor(session: Session, now: dt.datetime) -> Actor:
    staff = session.scalar(select(Staff).where(Staff.active.is_(True)).order_by(Staff.id).limit(1))
    if staff is None:
        staff = Staff(name=DEFAULT_STAFF_NAME, role="owner", active=True, created_at=now)
        session.add(staff)
        session.flush()
    return Actor(staff_id=staff.id, name=staff.name, role=staff.role)
