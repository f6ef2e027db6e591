"""The audit trail: who did what and when.

Every writing service calls ``record`` in the same transaction as its write, so an action
and its audit row are committed (or lost) together.  A refused attempt is recorded by
``record_refusal`` in a transaction of its own (``Database.write`` does it), because the
refused work itself is rolled back.

The rows hold no PIN and no PIN hash: ``record`` refuses a detail that looks like one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from tokodesk.db.models import AuditEvent, Staff
from tokodesk.domain.errors import QT_TRANSLATE_NOOP
from tokodesk.services.context import Actor


class Kind(StrEnum):
    """The kinds of action the owner filters by; an action's name starts with its kind."""

    SIGN_IN = "signin"
    ORDER = "order"
    PAYMENT = "payment"
    CUSTOMER = "customer"
    COMPLAINT = "complaint"
    LOG = "log"
    MESSAGE = "message"
    SETTINGS = "settings"
    STAFF = "staff"
    DATA = "data"
    SYSTEM = "system"


KIND_LABELS: dict[Kind, str] = {
    Kind.SIGN_IN: QT_TRANSLATE_NOOP("labels", "Masuk & kunci"),
    Kind.ORDER: QT_TRANSLATE_NOOP("labels", "Pesanan"),
    Kind.PAYMENT: QT_TRANSLATE_NOOP("labels", "Pembayaran"),
    Kind.CUSTOMER: QT_TRANSLATE_NOOP("labels", "Pelanggan"),
    Kind.COMPLAINT: QT_TRANSLATE_NOOP("labels", "Keluhan"),
    Kind.LOG: QT_TRANSLATE_NOOP("labels", "Catatan komunikasi"),
    Kind.MESSAGE: QT_TRANSLATE_NOOP("labels", "Pesan & pengingat"),
    Kind.SETTINGS: QT_TRANSLATE_NOOP("labels", "Pengaturan"),
    Kind.STAFF: QT_TRANSLATE_NOOP("labels", "Akun staf"),
    Kind.DATA: QT_TRANSLATE_NOOP("labels", "Impor, laporan, cadangan & pemulihan"),
    Kind.SYSTEM: QT_TRANSLATE_NOOP("labels", "Otomatis"),
}

# action name -> what the audit screen says (Indonesian template, translated in the UI)
ACTIONS: dict[str, str] = {
    "signin.ok": QT_TRANSLATE_NOOP("labels", "Masuk"),
    "signin.wrong_pin": QT_TRANSLATE_NOOP("labels", "PIN salah"),
    "signin.waiting": QT_TRANSLATE_NOOP("labels", "Mencoba masuk saat harus menunggu"),
    "signin.lock": QT_TRANSLATE_NOOP("labels", "Layar dikunci"),
    "signin.switch": QT_TRANSLATE_NOOP("labels", "Ganti pengguna"),
    "order.new": QT_TRANSLATE_NOOP("labels", "Pesanan baru"),
    "order.status": QT_TRANSLATE_NOOP("labels", "Status pesanan"),
    "order.pickup_date": QT_TRANSLATE_NOOP("labels", "Tanggal ambil diubah"),
    "order.forfeit": QT_TRANSLATE_NOOP("labels", "DP ditahan (keputusan)"),
    "order.handover": QT_TRANSLATE_NOOP("labels", "Diserahkan ke pelanggan"),
    "order.shipment": QT_TRANSLATE_NOOP("labels", "Paket dicatat"),
    "order.shipment_status": QT_TRANSLATE_NOOP("labels", "Status paket"),
    "order.shipment_photo": QT_TRANSLATE_NOOP("labels", "Foto paket ditambahkan"),
    "order.follow_up": QT_TRANSLATE_NOOP("labels", "Kabar pengiriman ke pelanggan"),
    "order.cod_received": QT_TRANSLATE_NOOP("labels", "Uang COD diterima toko"),
    "order.incident": QT_TRANSLATE_NOOP("labels", "Masalah pengiriman dicatat"),
    "order.incident_finding": QT_TRANSLATE_NOOP("labels", "Klaim pengiriman diputuskan"),
    "payment.entry": QT_TRANSLATE_NOOP("labels", "Entri pembayaran"),
    "payment.reversal": QT_TRANSLATE_NOOP("labels", "Pembatalan entri"),
    "order.override_pending": QT_TRANSLATE_NOOP("labels", "Diteruskan walau pembayaran belum cair"),
    "order.confirmation": QT_TRANSLATE_NOOP("labels", "Konfirmasi detail pesanan"),
    "order.remake": QT_TRANSLATE_NOOP("labels", "Pesanan dibuat ulang"),
    "payment.waive_fee": QT_TRANSLATE_NOOP("labels", "Biaya simpan dibebaskan"),
    "complaint.new": QT_TRANSLATE_NOOP("labels", "Keluhan dicatat"),
    "complaint.status": QT_TRANSLATE_NOOP("labels", "Status keluhan"),
    "complaint.finding": QT_TRANSLATE_NOOP("labels", "Temuan keluhan"),
    "complaint.evidence": QT_TRANSLATE_NOOP("labels", "Bukti keluhan ditautkan"),
    "complaint.resolved": QT_TRANSLATE_NOOP("labels", "Keluhan diselesaikan"),
    "complaint.declined": QT_TRANSLATE_NOOP("labels", "Keluhan ditolak"),
    "order.feedback_request": QT_TRANSLATE_NOOP("labels", "Permintaan ulasan dikirim"),
    "order.delivery_offer": QT_TRANSLATE_NOOP("labels", "Tawaran antar dikirim"),
    "order.delivery_accept": QT_TRANSLATE_NOOP("labels", "Tawaran antar diterima"),
    "order.delivery_decline": QT_TRANSLATE_NOOP("labels", "Tawaran antar ditolak"),
    "order.rating": QT_TRANSLATE_NOOP("labels", "Penilaian pelanggan dicatat"),
    "customer.new": QT_TRANSLATE_NOOP("labels", "Pelanggan baru"),
    "customer.edit": QT_TRANSLATE_NOOP("labels", "Data pelanggan diubah"),
    "customer.standing": QT_TRANSLATE_NOOP("labels", "Status pelanggan diubah"),
    "customer.standing_kept": QT_TRANSLATE_NOOP("labels", "Status pelanggan dipertahankan"),
    "log.entry": QT_TRANSLATE_NOOP("labels", "Catatan komunikasi"),
    "log.import": QT_TRANSLATE_NOOP("labels", "Impor chat WhatsApp"),
    "message.sent": QT_TRANSLATE_NOOP("labels", "Pesan dikirim"),
    "message.skipped": QT_TRANSLATE_NOOP("labels", "Pengingat dilewati"),
    "settings.shop": QT_TRANSLATE_NOOP("labels", "Profil toko & cetak"),
    "settings.terms": QT_TRANSLATE_NOOP("labels", "S&K versi baru"),
    "settings.policy": QT_TRANSLATE_NOOP("labels", "Kebijakan pengambilan"),
    "settings.template": QT_TRANSLATE_NOOP("labels", "Templat pesan"),
    "settings.mail": QT_TRANSLATE_NOOP("labels", "Pengaturan e-mail"),
    "settings.guideline": QT_TRANSLATE_NOOP("labels", "Panduan keluhan"),
    "settings.delivery_rates": QT_TRANSLATE_NOOP("labels", "Ongkir antar per wilayah"),
    "settings.setup": QT_TRANSLATE_NOOP("labels", "Penyiapan awal toko"),
    "settings.language": QT_TRANSLATE_NOOP("labels", "Bahasa nota & pesan"),
    "data.report": QT_TRANSLATE_NOOP("labels", "Laporan dibuat (PDF/XLSX)"),
    "staff.owner_setup": QT_TRANSLATE_NOOP("labels", "Akun pemilik dibuat"),
    "staff.add": QT_TRANSLATE_NOOP("labels", "Staf ditambahkan"),
    "staff.edit": QT_TRANSLATE_NOOP("labels", "Akun staf diubah"),
    "staff.pin": QT_TRANSLATE_NOOP("labels", "PIN diganti"),
    "staff.grants": QT_TRANSLATE_NOOP("labels", "Izin diubah"),
    "staff.idle": QT_TRANSLATE_NOOP("labels", "Waktu kunci layar diubah"),
    "staff.waive_limit": QT_TRANSLATE_NOOP("labels", "Batas pembebasan biaya simpan diubah"),
    "data.import": QT_TRANSLATE_NOOP("labels", "Impor data"),
    "data.demo": QT_TRANSLATE_NOOP("labels", "Data demo dibuat"),
    "data.backup": QT_TRANSLATE_NOOP("labels", "Cadangan data dibuat"),
    "data.restore": QT_TRANSLATE_NOOP("labels", "Data dipulihkan dari cadangan"),
    "settings.backup": QT_TRANSLATE_NOOP("labels", "Pengaturan cadangan"),
    "system.daily": QT_TRANSLATE_NOOP("labels", "Aturan harian dijalankan"),
}

OUTCOME_LABELS = {
    "ok": QT_TRANSLATE_NOOP("labels", "berhasil"),
    "refused": QT_TRANSLATE_NOOP("labels", "DITOLAK"),
    "failed": QT_TRANSLATE_NOOP("labels", "gagal"),
}


@dataclass(frozen=True)
class Target:
    """The record an action touched, so the audit screen can open it."""

    kind: str = ""  # order, customer, staff, settings
    id: int | None = None
    label: str = ""  # the order code or the customer's name, as it was then


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    *,
    now: dt.datetime,
    target: Target | None = None,
    detail: str = "",
    outcome: str = "ok",
) -> AuditEvent:
    """Add one audit row in the caller's transaction."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    if "$argon2" in detail:
        raise ValueError("an audit detail must never hold a PIN hash")
    target = target or Target()
    row = AuditEvent(
        at=now,
        staff_id=actor.staff_id if actor else None,
        action=action,
        outcome=outcome,
        target_kind=target.kind,
        target_id=target.id,
        target_label=target.label[:80],
        detail=detail.strip(),
    )
    session.add(row)
    return row


# --- reading ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditFilter:
    staff_id: int | None = None
    kind: Kind | None = None
    since: dt.datetime | None = None  # inclusive
    until: dt.datetime | None = None  # exclusive
    refused_only: bool = False


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    staff: str
    action: str
    outcome: str
    target_kind: str
    target_id: int | None
    target_label: str
    detail: str


def _filtered(q: Select, f: AuditFilter) -> Select:
    if f.staff_id is not None:
        q = q.where(AuditEvent.staff_id == f.staff_id)
    if f.kind is not None:
        # "order.%" matches every action of the kind and uses the (action, at) index
        q = q.where(AuditEvent.action.like(f"{f.kind}.%"))
    if f.since is not None:
        q = q.where(AuditEvent.at >= f.since)
    if f.until is not None:
        q = q.where(AuditEvent.at < f.until)
    if f.refused_only:
        q = q.where(AuditEvent.outcome != "ok")
    return q


def event_count(session: Session, f: AuditFilter = AuditFilter()) -> int:
    return session.scalar(_filtered(select(func.count(AuditEvent.id)), f)) or 0


def event_ids(
    session: Session, f: AuditFilter = AuditFilter(), *, offset: int = 0, limit: int | None = None
) -> list[int]:
    """Matching event ids, newest first; a block of them with ``offset``/``limit`` (the list
    view fetches blocks lazily)."""
    q = _filtered(select(AuditEvent.id), f).order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    if offset:
        q = q.offset(offset)
    if limit is not None:
        q = q.limit(limit)
    return list(session.scalars(q))


def event_rows(session: Session, ids: list[int]) -> dict[int, AuditRow]:
    q = (
        select(AuditEvent, func.coalesce(Staff.name, ""))
        .outerjoin(Staff, Staff.id == AuditEvent.staff_id)
        .where(AuditEvent.id.in_(ids))
    )
    out: dict[int, AuditRow] = {}
    for ev, name in session.execute(q):
        out[ev.id] = AuditRow(
            ev.id,
            ev.at,
            name,
            ev.action,
            ev.outcome,
            ev.target_kind,
            ev.target_id,
            ev.target_label,
            ev.detail,
        )
    return out


def events(session: Session, f: AuditFilter = AuditFilter(), *, limit: int = 200) -> list[AuditRow]:
    ids = event_ids(session, f)[:limit]
    rows = event_rows(session, ids)
    return [rows[i] for i in ids]
