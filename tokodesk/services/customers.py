"""Customers: add, edit, find by phone, search as you type."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from tokodesk.db.models import Customer, Order
from tokodesk.domain.deposit import Standing
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, FieldError, InvalidInput, NotFound
from tokodesk.domain.phone import normalize_phone, phone_search_key
from tokodesk.services import audit
from tokodesk.services import standing as standing_service
from tokodesk.services.audit import Target
from tokodesk.services.context import Actor, Changes
from tokodesk.services.mail import check_email

MAX_NAME = 120
_PHONEISH = re.compile(r"[\d\s+\-().]+")


@dataclass(frozen=True)
class CustomerInput:
    name: str
    phone: str
    whatsapp: str = ""
    address: str = ""
    notes: str = ""
    email: str = ""


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str
    phone: str
    whatsapp: str
    address: str
    notes: str
    standing: str
    order_count: int = 0
    email: str = ""


class DuplicatePhone(DomainError):
    """The phone belongs to a customer already: offer that one instead of a duplicate."""

    def __init__(self, existing: CustomerRow) -> None:
        self.existing = existing
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "Nomor {phone} sudah terdaftar atas nama {name}"),
            phone=existing.phone,
            name=existing.name,
        )


@dataclass(frozen=True)
class CleanCustomer:
    name: str
    phone: str
    whatsapp: str
    address: str
    notes: str
    email: str = ""


def clean_customer(data: CustomerInput, *, prefix: str = "") -> CleanCustomer:
    """Validate and normalize; collect every bad field before refusing."""
    errors: list[FieldError] = []
    name = " ".join((data.name or "").split())
    if not name:
        errors.append(FieldError(prefix + "name", QT_TRANSLATE_NOOP("errors", "Nama pelanggan wajib diisi")))
    elif len(name) > MAX_NAME:
        errors.append(
            FieldError(
                prefix + "name",
                QT_TRANSLATE_NOOP("errors", "Nama pelanggan terlalu panjang (maksimal {max} huruf)"),
                {"max": MAX_NAME},
            )
        )
    phone = whatsapp = ""
    try:
        phone = normalize_phone(data.phone, field=prefix + "phone")
    except InvalidInput as e:
        errors.extend(e.errors)
    if (data.whatsapp or "").strip():
        try:
            whatsapp = normalize_phone(data.whatsapp, field=prefix + "whatsapp")
        except InvalidInput as e:
            errors.extend(e.errors)
    else:
        whatsapp = phone
    email = ""
    try:
        email = check_email(data.email, field=prefix + "email")
    except InvalidInput as e:
        errors.extend(e.errors)
    if errors:
        raise InvalidInput(errors)
    return CleanCustomer(
        name, phone, whatsapp, (data.address or "").strip(), (data.notes or "").strip(), email
    )


def _row(c: Customer, order_count: int = 0) -> CustomerRow:
    return CustomerRow(
        c.id, c.name, c.phone, c.whatsapp, c.address, c.notes, c.standing, order_count, c.email or ""
    )


def find_by_phone(session: Session, phone_text: str) -> CustomerRow | None:
    """The customer who has this phone (in any typed form), or None."""
    try:
        phone = normalize_phone(phone_text)
    except InvalidInput:
        return None
    c = session.scalar(select(Customer).where(Customer.phone == phone))
    return _row(c) if c else None


def create_customer(
    session: Session, data: CustomerInput, *, actor: Actor, now: dt.datetime
) -> tuple[CustomerRow, Changes]:
    clean = clean_customer(data)
    existing = session.scalar(select(Customer).where(Customer.phone == clean.phone))
    if existing is not None:
        raise DuplicatePhone(_row(existing))
    c = Customer(
        name=clean.name,
        name_key=clean.name.casefold(),
        phone=clean.phone,
        whatsapp=clean.whatsapp,
        email=clean.email,
        address=clean.address,
        notes=clean.notes,
        standing="normal",
        standing_reason="",
        created_at=now,
        created_by_id=actor.staff_id,
    )
    session.add(c)
    session.flush()
    audit.record(session, actor, "customer.new", now=now, target=Target("customer", c.id, c.name))
    return _row(c), Changes(customers=True, customer_id=c.id)


def update_customer(
    session: Session, customer_id: int, data: CustomerInput, *, actor: Actor, now: dt.datetime
) -> tuple[CustomerRow, Changes]:
    c = session.get(Customer, customer_id)
    if c is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pelanggan tidak ditemukan"))
    clean = clean_customer(data)
    other = session.scalar(select(Customer).where(Customer.phone == clean.phone, Customer.id != customer_id))
    if other is not None:
        raise DuplicatePhone(_row(other))
    before = {f: getattr(c, f) for f in _EDITABLE}
    c.name, c.name_key = clean.name, clean.name.casefold()
    c.phone, c.whatsapp = clean.phone, clean.whatsapp
    c.address, c.notes = clean.address, clean.notes
    c.email = clean.email
    changed = [_FIELD_WORDS[f] for f in _EDITABLE if getattr(c, f) != before[f]]
    if changed:
        audit.record(
            session,
            actor,
            "customer.edit",
            now=now,
            target=Target("customer", c.id, c.name),
            detail="diubah: " + ", ".join(changed),
        )
    return _row(c), Changes(customers=True, orders=True, customer_id=c.id)


_EDITABLE = ("name", "phone", "whatsapp", "address", "notes", "email")
_FIELD_WORDS = {
    "name": "nama",
    "phone": "No. HP",
    "whatsapp": "WhatsApp",
    "address": "alamat",
    "notes": "catatan",
    "email": "e-mail",
}
STANDINGS = (Standing.NORMAL, Standing.QUESTIONABLE, Standing.BLACKLISTED)


def set_standing(
    session: Session,
    customer_id: int,
    standing: str,
    reason: str,
    evidence: Iterable[str] = (),
    *,
    actor: Actor,
    now: dt.datetime,
) -> Changes:
    """An owner's decision on a customer's standing (normal, questionable, blacklisted), with the
    reason; kept as history by ``tokodesk.services.standing.set_standing``, which this calls."""
    return standing_service.set_standing(
        session, customer_id, standing, reason, evidence, actor=actor, now=now
    )


def get_customer(session: Session, customer_id: int) -> CustomerRow:
    c = session.get(Customer, customer_id)
    if c is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pelanggan tidak ditemukan"))
    count = session.scalar(select(func.count(Order.id)).where(Order.customer_id == customer_id)) or 0
    return _row(c, count)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_filter(query: str):
    """A WHERE clause matching customers by any part of the name or of the phone."""
    q = " ".join(query.split()).casefold()
    if not q:
        return None
    clauses = [Customer.name_key.like(f"%{_escape_like(q)}%", escape="\\")]
    digits = phone_search_key(q)
    if len(digits) >= 3 and _PHONEISH.fullmatch(q):
        clauses.append(Customer.phone.like(f"%{digits}%"))
    return or_(*clauses)


def _order_count():
    """How many orders a customer has, as a column of a customer query."""
    return (
        select(func.count(Order.id))
        .where(Order.customer_id == Customer.id)
        .correlate(Customer)
        .scalar_subquery()
    )


def search_customers(session: Session, query: str = "", *, limit: int = 200) -> list[CustomerRow]:
    """Customers whose name or phone contains ``query``, best matches (name starts) first."""
    order_count = _order_count()
    stmt = select(Customer, order_count)
    where = search_filter(query)
    if where is not None:
        q = " ".join(query.split()).casefold()
        stmt = stmt.where(where).order_by(Customer.name_key.like(f"{_escape_like(q)}%", escape="\\").desc())
    stmt = stmt.order_by(Customer.name_key, Customer.id).limit(limit)
    return [_row(c, n) for c, n in session.execute(stmt)]


def _customer_filter(stmt, query: str):
    where = search_filter(query)
    return stmt if where is None else stmt.where(where)


def customer_count(session: Session, query: str = "") -> int:
    """How many customers match: the lazy list's row count."""
    return session.scalar(_customer_filter(select(func.count(Customer.id)), query)) or 0


def customer_ids(
    session: Session, query: str = "", *, offset: int = 0, limit: int | None = None
) -> list[int]:
    """The matching customers' ids, sorted by name; a block of them with ``offset``/``limit``,
    as the lazy list fetches them."""
    stmt = _customer_filter(select(Customer.id), query).order_by(Customer.name_key, Customer.id)
    if offset:
        stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def customer_rows(session: Session, ids: list[int]) -> dict[int, CustomerRow]:
    order_count = _order_count()
    rows = session.execute(select(Customer, order_count).where(Customer.id.in_(ids)))
    return {c.id: _row(c, n) for c, n in rows}
