"""Complaint cases: open, respond, check, decide, resolve or decline; the owner's guidelines.

A case belongs to a customer and usually to an order.  Its path is kept in
``complaint_events``; the first move out of *new* is the first response, resolving or
declining closes it.  Resolving acts at once and in the same transaction: a refund is a
ledger entry (permission ``reversal``), a resend is a new shipment linked to the parcel it
replaces, a remake is recorded on the order with whose error it was.  The cost to the shop
is kept on the case for the reports.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from tokodesk.db.models import (
    Complaint,
    ComplaintEvent,
    ComplaintEvidence,
    ComplaintGuideline,
    Customer,
    LogEntry,
    Order,
    Shipment,
    Staff,
)
from tokodesk.domain import complaints as rules
from tokodesk.domain import messages
from tokodesk.domain.access import Permission
from tokodesk.domain.complaints import CaseStatus, ComplaintType, Finding, Resolution
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, FieldError, InvalidInput, NotFound, invalid
from tokodesk.domain.ledger import PaymentMethod
from tokodesk.domain.log import Channel
from tokodesk.domain.money import MAX_RUPIAH, format_rupiah
from tokodesk.services import audit, notify, payments
from tokodesk.services import settings as settings_service
from tokodesk.services.access import require
from tokodesk.services.audit import Target
from tokodesk.services.context import Actor, Changes
from tokodesk.services.shipping import ResendInput as ResendParcel  # the resend of a complaint

MAX_WORDS = 4_000


@dataclass(frozen=True)
class ComplaintInput:
    customer_id: int
    kind: ComplaintType
    words: str  # the customer's own words
    channel: Channel = Channel.WHATSAPP
    order_id: int | None = None
    received_at: dt.datetime | None = None  # when the customer complained; None: now
    evidence: tuple[int, ...] = ()  # log entry ids


@dataclass(frozen=True)
class ResolveInput:
    complaint_id: int
    finding: Finding
    resolution: Resolution
    note: str = ""
    cost: int | None = None  # None: worked out from the resolution
    refund_amount: int = 0  # a partial refund; a full refund is what was paid
    refund_method: PaymentMethod = PaymentMethod.TRANSFER
    remake_charge: int = 0
    voucher_amount: int = 0
    resend: ResendParcel | None = None


@dataclass(frozen=True)
class EventView:
    from_status: str | None
    to_status: str
    note: str
    at: dt.datetime
    staff: str


@dataclass(frozen=True)
class EvidenceView:
    log_entry_id: int
    channel: str
    direction: str
    text: str
    happened_at: dt.datetime
    attachments: int


@dataclass(frozen=True)
class ComplaintView:
    id: int
    customer_id: int
    customer_name: str
    customer_phone: str
    order_id: int | None
    order_code: str | None
    channel: str
    kind: ComplaintType
    words: str
    status: CaseStatus
    finding: Finding
    resolution: Resolution | None
    resolution_note: str
    cost: int
    refund_entry_id: int | None
    shipment_id: int | None
    remake_id: int | None
    staff: str
    received_at: dt.datetime
    first_response_at: dt.datetime | None
    closed_at: dt.datetime | None
    events: list[EventView] = field(default_factory=list)
    evidence: list[EvidenceView] = field(default_factory=list)
    paid: int = 0  # what the customer has paid on the order (the most a refund can be)
    has_parcel: bool = False

    @property
    def is_open(self) -> bool:
        return self.status in rules.OPEN_STATUSES


def _case(session: Session, complaint_id: int) -> Complaint:
    c = session.get(Complaint, complaint_id)
    if c is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Keluhan tidak ditemukan"))
    return c


def _label(session: Session, c: Complaint) -> str:
    order = session.get(Order, c.order_id) if c.order_id else None
    return f"#{c.id} {order.code}" if order else f"#{c.id}"


def _target(session: Session, c: Complaint) -> Target:
    return Target("complaint", c.id, _label(session, c))


def _changes(c: Complaint, *, ledger: bool = False) -> Changes:
    return Changes(
        customers=True,
        orders=c.order_id is not None,
        ledger=ledger,
        complaints=True,
        order_id=c.order_id,
        customer_id=c.customer_id,
    )


def _event(
    session: Session, c: Complaint, old: str | None, note: str, actor: Actor, now: dt.datetime
) -> None:
    session.add(
        ComplaintEvent(
            complaint_id=c.id,
            from_status=old,
            to_status=c.status,
            note=note.strip(),
            at=now,
            staff_id=actor.staff_id,
        )
    )


def _check_evidence(session: Session, customer_id: int, ids) -> list[int]:
    ids = list(dict.fromkeys(int(i) for i in ids))
    if not ids:
        return []
    found = set(
        session.scalars(select(LogEntry.id).where(LogEntry.id.in_(ids), LogEntry.customer_id == customer_id))
    )
    if len(found) != len(ids):
        raise invalid(
            "evidence", QT_TRANSLATE_NOOP("errors", "Bukti harus catatan komunikasi pelanggan yang sama")
        )
    return ids


def open_complaint(
    session: Session, data: ComplaintInput, *, actor: Actor, now: dt.datetime
) -> tuple[int, Changes]:
    """Record a complaint as a new case, with its evidence from the customer's log."""
    errors: list[FieldError] = []
    customer = session.get(Customer, data.customer_id)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pelanggan tidak ditemukan"))
    order = None
    if data.order_id is not None:
        order = session.get(Order, data.order_id)
        if order is None or order.customer_id != customer.id:
            errors.append(
                FieldError("order", QT_TRANSLATE_NOOP("errors", "Pesanan itu bukan milik pelanggan ini"))
            )
    try:
        kind = ComplaintType(data.kind)
    except ValueError:
        errors.append(FieldError("kind", QT_TRANSLATE_NOOP("errors", "Pilih jenis keluhan")))
        kind = ComplaintType.OTHER
    try:
        channel = Channel(data.channel)
    except ValueError:
        errors.append(FieldError("channel", QT_TRANSLATE_NOOP("errors", "Pilih saluran keluhan")))
        channel = Channel.WHATSAPP
    words = (data.words or "").strip()
    if not words:
        errors.append(
            FieldError(
                "words", QT_TRANSLATE_NOOP("errors", "Tulis keluhan pelanggan dengan kata-katanya sendiri")
            )
        )
    elif len(words) > MAX_WORDS:
        errors.append(
            FieldError(
                "words",
                QT_TRANSLATE_NOOP("errors", "Keluhan terlalu panjang (paling banyak {n} huruf)"),
                {"n": MAX_WORDS},
            )
        )
    received = data.received_at or now
    if received > now + dt.timedelta(minutes=5):
        errors.append(
            FieldError("received_at", QT_TRANSLATE_NOOP("errors", "Waktu keluhan tidak boleh di masa depan"))
        )
    if errors:
        raise InvalidInput(errors)
    evidence = _check_evidence(session, customer.id, data.evidence)
    c = Complaint(
        customer_id=customer.id,
        order_id=order.id if order else None,
        channel=str(channel),
        kind=str(kind),
        words=words,
        status=str(CaseStatus.NEW),
        finding=str(Finding.OPEN),
        cost=0,
        resolution_note="",
        staff_id=actor.staff_id,
        received_at=received,
        created_at=now,
        created_by_id=actor.staff_id,
    )
    session.add(c)
    session.flush()
    _event(session, c, None, "", actor, now)
    for log_id in evidence:
        session.add(
            ComplaintEvidence(complaint_id=c.id, log_entry_id=log_id, added_at=now, staff_id=actor.staff_id)
        )
    session.flush()
    audit.record(
        session,
        actor,
        "complaint.new",
        now=now,
        target=_target(session, c),
        detail=f"{customer.name}: {rules.TYPE_LABELS[kind]} — {words.splitlines()[0][:100]}",
    )
    return c.id, _changes(c)


def add_evidence(
    session: Session, complaint_id: int, log_entry_ids, *, actor: Actor, now: dt.datetime
) -> Changes:
    """Link more entries of the customer's log to the case (an entry already linked is skipped)."""
    c = _case(session, complaint_id)
    ids = _check_evidence(session, c.customer_id, log_entry_ids)
    have = set(
        session.scalars(select(ComplaintEvidence.log_entry_id).where(ComplaintEvidence.complaint_id == c.id))
    )
    new = [i for i in ids if i not in have]
    for log_id in new:
        session.add(
            ComplaintEvidence(complaint_id=c.id, log_entry_id=log_id, added_at=now, staff_id=actor.staff_id)
        )
    if new:
        session.flush()
        audit.record(
            session,
            actor,
            "complaint.evidence",
            now=now,
            target=_target(session, c),
            detail=", ".join(f"log:{i}" for i in new),
        )
    return _changes(c)


def _move(session: Session, c: Complaint, to: CaseStatus, note: str, actor: Actor, now: dt.datetime) -> None:
    current = CaseStatus(c.status)
    rules.check_move(current, to)
    if rules.is_first_response(current, to) and c.first_response_at is None:
        c.first_response_at = max(now, c.received_at)
    if to in rules.CLOSED_STATUSES:
        c.closed_at = max(now, c.received_at)
    c.status = str(to)
    _event(session, c, str(current), note, actor, now)
    session.flush()


def move_complaint(
    session: Session, complaint_id: int, to: CaseStatus, note: str = "", *, actor: Actor, now: dt.datetime
) -> Changes:
    """Acknowledge (the first response) or start checking; closing goes through
    ``resolve_complaint`` or ``decline_complaint``."""
    c = _case(session, complaint_id)
    to = CaseStatus(to)
    if to in rules.CLOSED_STATUSES:
        raise ValueError("close a case with resolve_complaint or decline_complaint")
    old = CaseStatus(c.status)
    _move(session, c, to, note, actor, now)
    audit.record(
        session,
        actor,
        "complaint.status",
        now=now,
        target=_target(session, c),
        detail=f"{rules.STATUS_LABELS[old]} → {rules.STATUS_LABELS[to]}"
        + (f" — {note.strip()}" if note.strip() else ""),
    )
    return _changes(c)


def set_finding(
    session: Session, complaint_id: int, finding: Finding, note: str = "", *, actor: Actor, now: dt.datetime
) -> Changes:
    """Record whose error it was (after checking), before deciding the resolution."""
    c = _case(session, complaint_id)
    finding = Finding(finding)
    if CaseStatus(c.status) in rules.CLOSED_STATUSES:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "Keluhan ini sudah ditutup"))
    c.finding = str(finding)
    session.add(
        ComplaintEvent(
            complaint_id=c.id,
            from_status=c.status,
            to_status=c.status,
            note=f"Temuan: {rules.FINDING_LABELS[finding]}" + (f" — {note.strip()}" if note.strip() else ""),
            at=now,
            staff_id=actor.staff_id,
        )
    )
    session.flush()
    audit.record(
        session,
        actor,
        "complaint.finding",
        now=now,
        target=_target(session, c),
        detail=rules.FINDING_LABELS[finding] + (f" — {note.strip()}" if note.strip() else ""),
    )
    return _changes(c)


def _money(value: int, field_name: str, errors: list[FieldError]) -> None:
    if value < 0 or value > MAX_RUPIAH:
        errors.append(FieldError(field_name, QT_TRANSLATE_NOOP("errors", "Jumlah rupiah tidak masuk akal")))


def resolve_complaint(
    session: Session,
    data: ResolveInput,
    *,
    actor: Actor,
    now: dt.datetime,
    accept_resi_warning: bool = False,
) -> tuple[int | None, Changes]:
    """Close the case with its resolution, acting at once.  Returns the id of what was made
    (the refund entry, the new shipment or the remake), or None."""
    c = _case(session, data.complaint_id)
    if CaseStatus(c.status) in rules.CLOSED_STATUSES:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "Keluhan ini sudah ditutup"))
    finding, resolution = Finding(data.finding), Resolution(data.resolution)
    rules.check_resolution(resolution, finding)
    order = payments.lock_order(session, c.order_id) if c.order_id else None
    if resolution in rules.NEEDS_ORDER and order is None:
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "Penyelesaian ini butuh pesanan; keluhan ini tidak terkait pesanan")
        )
    errors: list[FieldError] = []
    if data.cost is not None:
        _money(data.cost, "cost", errors)
    for name in ("refund_amount", "remake_charge", "voucher_amount"):
        _money(getattr(data, name), name, errors)
    note = data.note.strip()
    if not note and resolution is Resolution.EXPLANATION:
        errors.append(
            FieldError("note", QT_TRANSLATE_NOOP("errors", "Tulis penjelasan yang diberikan ke pelanggan"))
        )
    if resolution is Resolution.VOUCHER and data.voucher_amount <= 0:
        errors.append(FieldError("voucher_amount", QT_TRANSLATE_NOOP("errors", "Isi nilai voucher")))
    if resolution is Resolution.REMAKE_CHARGED and data.remake_charge <= 0:
        errors.append(
            FieldError("remake_charge", QT_TRANSLATE_NOOP("errors", "Isi biaya buat ulang untuk pelanggan"))
        )
    if errors:
        raise InvalidInput(errors)
    made: int | None = None
    ledger = False
    cost = data.cost
    words = rules.RESOLUTION_LABELS[resolution]
    if resolution in rules.REFUNDS:
        require(
            session,
            actor,
            Permission.REVERSAL,
            action="complaint.resolved",
            now=now,
            target=_target(session, c),
        )
        paid = payments.order_totals(session, order).paid
        amount = paid if resolution is Resolution.FULL_REFUND else data.refund_amount
        if paid <= 0:
            raise DomainError(
                QT_TRANSLATE_NOOP("errors", "Belum ada uang yang dibayar; tidak ada yang dikembalikan")
            )
        if resolution is Resolution.PARTIAL_REFUND and not 0 < amount < paid:
            raise invalid(
                "refund_amount",
                QT_TRANSLATE_NOOP(
                    "errors", "Refund sebagian harus lebih dari Rp0 dan kurang dari yang dibayar ({paid})"
                ),
                paid=format_rupiah(paid),
            )
        entry = payments.refund_as_compensation(
            session,
            order.id,
            amount,
            PaymentMethod(data.refund_method),
            f"Keluhan #{c.id}: {note}".strip(": "),
            actor=actor,
            now=now,
        )
        made = c.refund_entry_id = entry.id
        ledger = True
        cost = amount if cost is None else cost
        words += f" {format_rupiah(amount)}"
    elif resolution is Resolution.RESEND:
        from tokodesk.services import shipping

        if data.resend is None:
            raise invalid("resend", QT_TRANSLATE_NOOP("errors", "Isi data paket pengganti (kurir, berat)"))
        original = session.scalar(
            select(Shipment).where(Shipment.order_id == order.id).order_by(Shipment.id.desc()).limit(1)
        )
        if original is None:
            raise DomainError(
                QT_TRANSLATE_NOOP("errors", "Pesanan ini belum pernah dikirim; pilih buat ulang atau refund")
            )
        made = c.shipment_id = shipping.resend_parcel(
            session,
            original.id,
            data.resend,
            reason=f"keluhan #{c.id}",
            actor=actor,
            now=now,
            accept_resi_warning=accept_resi_warning,
        )
        cost = data.resend.shipping_cost if cost is None else cost
    elif resolution in rules.REMAKES:
        from tokodesk.services import confirmations

        charge = data.remake_charge if resolution is Resolution.REMAKE_CHARGED else 0
        made, _ = confirmations.record_remake(
            session,
            confirmations.RemakeInput(
                order_id=order.id,
                fault=rules.REMAKE_FAULT[finding],
                charge=charge,
                note=f"Keluhan #{c.id}: {note or rules.TYPE_LABELS[ComplaintType(c.kind)]}",
            ),
            actor=actor,
            now=now,
        )
        c.remake_id = made
        ledger = bool(charge)
        cost = 0 if cost is None else cost
    elif resolution is Resolution.VOUCHER:
        cost = data.voucher_amount if cost is None else cost
        words += f" {format_rupiah(data.voucher_amount)}"
    else:
        cost = 0 if cost is None else cost
    c.finding = str(finding)
    c.resolution = str(resolution)
    c.resolution_note = note
    c.cost = cost
    _move(session, c, CaseStatus.RESOLVED, f"{words}" + (f" — {note}" if note else ""), actor, now)
    audit.record(
        session,
        actor,
        "complaint.resolved",
        now=now,
        target=_target(session, c),
        detail=f"{rules.FINDING_LABELS[finding]}; {words}; biaya {format_rupiah(cost)}"
        + (f" — {note}" if note else ""),
    )
    return made, _changes(c, ledger=ledger)


def decline_complaint(
    session: Session, complaint_id: int, finding: Finding, reason: str, *, actor: Actor, now: dt.datetime
) -> Changes:
    """Close the case without a remedy, with the finding and the reason told to the customer."""
    c = _case(session, complaint_id)
    finding = Finding(finding)
    if CaseStatus(c.status) in rules.CLOSED_STATUSES:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "Keluhan ini sudah ditutup"))
    errors: list[FieldError] = []
    if finding in (Finding.OPEN, Finding.SHOP):
        errors.append(
            FieldError(
                "finding",
                QT_TRANSLATE_NOOP(
                    "errors", "Keluhan hanya ditolak bila temuannya bukan kesalahan toko; pilih temuannya"
                ),
            )
        )
    if not reason.strip():
        errors.append(
            FieldError(
                "note", QT_TRANSLATE_NOOP("errors", "Tulis alasan penolakan yang disampaikan ke pelanggan")
            )
        )
    if errors:
        raise InvalidInput(errors)
    c.finding = str(finding)
    c.resolution_note = reason.strip()
    c.cost = 0
    _move(session, c, CaseStatus.DECLINED, reason, actor, now)
    audit.record(
        session,
        actor,
        "complaint.declined",
        now=now,
        target=_target(session, c),
        detail=f"{rules.FINDING_LABELS[finding]} — {reason.strip()}",
    )
    return _changes(c)


# --- replies ------------------------------------------------------------------------------


def compose_reply(session: Session, complaint_id: int, day: dt.date) -> str:
    """The guideline's first reply for this case, filled in."""
    c = _case(session, complaint_id)
    text = guideline(session, ComplaintType(c.kind)).reply
    if c.order_id is not None:
        order = session.get(Order, c.order_id)
        values = notify.message_values(session, order, day)
    else:
        customer = session.get(Customer, c.customer_id)
        values = {"nama": customer.name, "toko": settings_service.get(session, "shop.name")}
    return messages.render(text, values)


def record_reply(
    session: Session, complaint_id: int, channel: Channel, text: str, *, actor: Actor, now: dt.datetime
) -> tuple[int, Changes]:
    """A reply sent to the customer: logged (and linked as evidence); the first one is the
    case's first response."""
    c = _case(session, complaint_id)
    if not text.strip():
        raise invalid("text", QT_TRANSLATE_NOOP("errors", "Isi balasan tidak boleh kosong"))
    entry_id, _ = notify.record_sent(
        session,
        customer_id=c.customer_id,
        order_id=c.order_id,
        channel=Channel(channel),
        text=text.strip(),
        actor=actor,
        now=now,
        source="complaint",
    )
    session.add(
        ComplaintEvidence(complaint_id=c.id, log_entry_id=entry_id, added_at=now, staff_id=actor.staff_id)
    )
    if CaseStatus(c.status) is CaseStatus.NEW:
        _move(session, c, CaseStatus.ACKNOWLEDGED, "balasan pertama dikirim", actor, now)
    else:
        session.flush()
    return entry_id, _changes(c)


# --- reading ------------------------------------------------------------------------------


def complaint_view(session: Session, complaint_id: int) -> ComplaintView:
    c = _case(session, complaint_id)
    customer = session.get(Customer, c.customer_id)
    order = session.get(Order, c.order_id) if c.order_id else None
    staff = session.get(Staff, c.staff_id)
    events = [
        EventView(e.from_status, e.to_status, e.note, e.at, name)
        for e, name in session.execute(
            select(ComplaintEvent, Staff.name)
            .join(Staff, Staff.id == ComplaintEvent.staff_id)
            .where(ComplaintEvent.complaint_id == c.id)
            .order_by(ComplaintEvent.id)
        )
    ]
    evidence = []
    for e in session.scalars(
        select(LogEntry)
        .join(ComplaintEvidence, ComplaintEvidence.log_entry_id == LogEntry.id)
        .where(ComplaintEvidence.complaint_id == c.id)
        .order_by(LogEntry.happened_at, LogEntry.id)
    ):
        evidence.append(EvidenceView(e.id, e.channel, e.direction, e.text, e.happened_at, len(e.attachments)))
    paid = payments.order_totals(session, order).paid if order else 0
    has_parcel = bool(
        order
        and session.scalar(select(func.count()).select_from(Shipment).where(Shipment.order_id == order.id))
    )
    return ComplaintView(
        id=c.id,
        customer_id=c.customer_id,
        customer_name=customer.name,
        customer_phone=customer.phone,
        order_id=c.order_id,
        order_code=order.code if order else None,
        channel=c.channel,
        kind=ComplaintType(c.kind),
        words=c.words,
        status=CaseStatus(c.status),
        finding=Finding(c.finding),
        resolution=Resolution(c.resolution) if c.resolution else None,
        resolution_note=c.resolution_note,
        cost=c.cost,
        refund_entry_id=c.refund_entry_id,
        shipment_id=c.shipment_id,
        remake_id=c.remake_id,
        staff=staff.name if staff else "",
        received_at=c.received_at,
        first_response_at=c.first_response_at,
        closed_at=c.closed_at,
        events=events,
        evidence=evidence,
        paid=paid,
        has_parcel=has_parcel,
    )


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    received_at: dt.datetime
    customer_name: str
    order_code: str | None
    kind: ComplaintType
    status: CaseStatus
    finding: Finding
    resolution: Resolution | None
    cost: int
    staff: str
    first_response_at: dt.datetime | None
    closed_at: dt.datetime | None
    words: str


def _filtered(open_only: bool, text: str):
    q = (
        select(Complaint.id)
        .join(Customer, Customer.id == Complaint.customer_id)
        .outerjoin(Order, Order.id == Complaint.order_id)
    )
    if open_only:
        q = q.where(Complaint.status.in_([str(s) for s in rules.OPEN_STATUSES]))
    t = (text or "").strip().lower()
    if t:
        like = f"%{t}%"
        q = q.where(
            or_(
                Customer.name_key.like(like),
                Customer.phone.like(like),
                func.lower(Order.code).like(like),
                func.lower(Complaint.words).like(like),
            )
        )
    return q


def complaint_count(session: Session, *, open_only: bool = False, text: str = "") -> int:
    return session.scalar(select(func.count()).select_from(_filtered(open_only, text).subquery())) or 0


def complaint_ids(
    session: Session, *, open_only: bool = False, text: str = "", offset: int = 0, limit: int | None = None
) -> list[int]:
    """Open cases oldest first would hide new ones: newest first, like every list."""
    q = _filtered(open_only, text).order_by(Complaint.received_at.desc(), Complaint.id.desc()).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    return list(session.scalars(q))


def complaint_rows(session: Session, ids: list[int]) -> list[ComplaintRow]:
    if not ids:
        return []
    rows = session.execute(
        select(Complaint, Customer.name, Order.code, Staff.name)
        .join(Customer, Customer.id == Complaint.customer_id)
        .outerjoin(Order, Order.id == Complaint.order_id)
        .join(Staff, Staff.id == Complaint.staff_id)
        .where(Complaint.id.in_(ids))
    )
    by_id = {
        c.id: ComplaintRow(
            c.id,
            c.received_at,
            name,
            code,
            ComplaintType(c.kind),
            CaseStatus(c.status),
            Finding(c.finding),
            Resolution(c.resolution) if c.resolution else None,
            c.cost,
            staff,
            c.first_response_at,
            c.closed_at,
            c.words,
        )
        for c, name, code, staff in rows
    }
    return [by_id[i] for i in ids if i in by_id]


def order_complaints(session: Session, order_id: int) -> list[ComplaintRow]:
    ids = list(
        session.scalars(
            select(Complaint.id).where(Complaint.order_id == order_id).order_by(Complaint.id.desc())
        )
    )
    return complaint_rows(session, ids)


def open_count(session: Session) -> int:
    return complaint_count(session, open_only=True)


@dataclass(frozen=True)
class CustomerOrder:
    id: int
    code: str
    status: str
    created_at: dt.datetime


def customer_orders(session: Session, customer_id: int, *, limit: int = 50) -> list[CustomerOrder]:
    """The customer's latest orders, newest first: what a new complaint can be about."""
    rows = session.execute(
        select(Order.id, Order.code, Order.status, Order.created_at)
        .where(Order.customer_id == customer_id)
        .order_by(Order.id.desc())
        .limit(limit)
    )
    return [CustomerOrder(*r) for r in rows]


# --- guidelines ---------------------------------------------------------------------------


def guideline(session: Session, kind: ComplaintType) -> rules.Guideline:
    """The owner's guideline for the type, or the built-in one."""
    row = session.get(ComplaintGuideline, str(ComplaintType(kind)))
    if row is None:
        return rules.DEFAULT_GUIDELINES[ComplaintType(kind)]
    return rules.Guideline(row.steps, row.reply)


def guidelines(session: Session) -> dict[ComplaintType, rules.Guideline]:
    return {k: guideline(session, k) for k in ComplaintType}


def save_guideline(
    session: Session, kind: ComplaintType, steps: str, reply: str, *, actor: Actor, now: dt.datetime
) -> Changes:
    """The owner's steps and first reply for one complaint type (an empty pair puts the
    built-in guideline back)."""
    kind = ComplaintType(kind)
    require(session, actor, Permission.SETTINGS, action="settings.guideline", now=now)
    steps, reply = (steps or "").strip(), (reply or "").strip()
    row = session.get(ComplaintGuideline, str(kind))
    if not steps and not reply:
        if row is not None:
            session.delete(row)
            session.flush()
        audit.record(
            session, actor, "settings.guideline", now=now, detail=f"{rules.TYPE_LABELS[kind]}: bawaan"
        )
        return Changes(settings=True)
    errors: list[FieldError] = []
    if not steps:
        errors.append(FieldError("steps", QT_TRANSLATE_NOOP("errors", "Tulis langkah penanganannya")))
    elif len(steps) > rules.MAX_GUIDELINE:
        errors.append(
            FieldError(
                "steps",
                QT_TRANSLATE_NOOP("errors", "Langkah terlalu panjang (paling banyak {n} huruf)"),
                {"n": rules.MAX_GUIDELINE},
            )
        )
    try:
        reply = messages.check_template(reply)
    except InvalidInput as e:
        errors.extend(FieldError("reply", fe.template, fe.params) for fe in e.errors)
    if errors:
        raise InvalidInput(errors)
    if row is None:
        row = ComplaintGuideline(
            kind=str(kind), steps=steps, reply=reply, updated_at=now, staff_id=actor.staff_id
        )
        session.add(row)
    else:
        row.steps, row.reply, row.updated_at, row.staff_id = steps, reply, now, actor.staff_id
    session.flush()
    audit.record(session, actor, "settings.guideline", now=now, detail=str(rules.TYPE_LABELS[kind]))
    return Changes(settings=True)
