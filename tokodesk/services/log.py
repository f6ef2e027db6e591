"""The communication log: every chat, call and note with a customer, with attachments.

Entries are only ever added (``add_entry``), each sealed into the log chain
(``services.chain``).  A correction is a new entry pointing at the one it corrects; both
stay visible.  Attachments are kept in the database, one row per distinct content.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from tokodesk.db.models import Attachment, Customer, LogAttachment, LogEntry, Order, Staff
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, FieldError, InvalidInput, NotFound
from tokodesk.domain.log import ALLOWED_MIME, Channel, Direction, sniff_mime
from tokodesk.services import audit, chain, settings
from tokodesk.services.audit import Target
from tokodesk.services.context import Actor, Changes

MAX_TEXT = 50_000
FUTURE_SLACK = dt.timedelta(minutes=10)  # a PC clock a little fast is not a reason to refuse


@dataclass(frozen=True)
class FileInput:
    filename: str
    data: bytes


@dataclass(frozen=True)
class LogInput:
    customer_id: int
    channel: Channel
    direction: Direction
    text: str = ""
    order_id: int | None = None
    happened_at: dt.datetime | None = None  # None: now
    attachments: list[FileInput] = field(default_factory=list)
    corrects_id: int | None = None


@dataclass(frozen=True)
class AttachmentView:
    id: int
    sha256: str
    mime: str
    filename: str
    size: int


@dataclass(frozen=True)
class EntryView:
    id: int
    customer_id: int
    order_id: int | None
    order_code: str | None
    channel: Channel
    direction: Direction
    text: str
    happened_at: dt.datetime
    recorded_at: dt.datetime
    staff: str
    source: str
    corrects_id: int | None
    corrected_by: list[int]
    attachments: list[AttachmentView]
    hash: str


def check_file(session: Session, f: FileInput, index: int = 0) -> str:
    """The file's type, or refuse a file that is too large or of a kind the log does not keep."""
    limit_mb = settings.get(session, "log.max_attachment_mb")
    if len(f.data) > limit_mb * 1024 * 1024:
        raise InvalidInput(
            [
                FieldError(
                    f"attachments.{index}",
                    QT_TRANSLATE_NOOP(
                        "errors", "Lampiran «{name}» terlalu besar ({size} MB); batasnya {limit} MB"
                    ),
                    {"name": f.filename, "size": round(len(f.data) / 1024 / 1024, 1), "limit": limit_mb},
                )
            ]
        )
    mime = sniff_mime(f.data)
    if mime is None or mime not in ALLOWED_MIME:
        raise InvalidInput(
            [
                FieldError(
                    f"attachments.{index}",
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Lampiran «{name}» bukan jenis yang disimpan (gambar, PDF, pesan suara, video)",
                    ),
                    {"name": f.filename},
                )
            ]
        )
    return mime


def store_file(session: Session, f: FileInput, *, now: dt.datetime, index: int = 0) -> Attachment:
    """The attachment row for ``f``: an existing one with the same content, or a new one."""
    mime = check_file(session, f, index)
    digest = hashlib.sha256(f.data).hexdigest()
    existing = session.scalar(select(Attachment).where(Attachment.sha256 == digest))
    if existing is not None:
        return existing
    att = Attachment(
        sha256=digest,
        size=len(f.data),
        mime=mime,
        filename=f.filename[-255:] or "lampiran",
        data=f.data,
        created_at=now,
    )
    session.add(att)
    session.flush()
    return att


def add_entry(
    session: Session,
    data: LogInput,
    *,
    actor: Actor,
    now: dt.datetime,
    source: str = "manual",
    import_key: str | None = None,
) -> tuple[int, Changes]:
    """Append one entry (with its attachments) to the customer's log."""
    errors: list[FieldError] = []
    customer = session.get(Customer, data.customer_id)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pelanggan tidak ditemukan"))
    if data.order_id is not None:
        order = session.get(Order, data.order_id)
        if order is None or order.customer_id != customer.id:
            errors.append(
                FieldError("order", QT_TRANSLATE_NOOP("errors", "Pesanan itu bukan milik pelanggan ini"))
            )
    text = (data.text or "").strip()
    if not text and not data.attachments:
        errors.append(
            FieldError("text", QT_TRANSLATE_NOOP("errors", "Tulis isi catatan atau lampirkan berkas"))
        )
    if len(text) > MAX_TEXT:
        errors.append(FieldError("text", QT_TRANSLATE_NOOP("errors", "Isi catatan terlalu panjang")))
    happened = data.happened_at or now
    if happened.tzinfo is None:
        raise ValueError("happened_at must be aware")
    if happened > now + FUTURE_SLACK:
        errors.append(
            FieldError("happened_at", QT_TRANSLATE_NOOP("errors", "Waktu kejadian tidak boleh di masa depan"))
        )
    if data.corrects_id is not None:
        target = session.get(LogEntry, data.corrects_id)
        if target is None or target.customer_id != customer.id:
            errors.append(
                FieldError("corrects", QT_TRANSLATE_NOOP("errors", "Entri yang dikoreksi tidak ditemukan"))
            )
    files: list[Attachment] = []
    for i, f in enumerate(data.attachments):
        try:
            files.append(store_file(session, f, now=now, index=i))
        except InvalidInput as e:
            errors.extend(e.errors)
    if errors:
        raise InvalidInput(errors)
    entry = LogEntry(
        customer_id=customer.id,
        order_id=data.order_id,
        channel=str(Channel(data.channel)),
        direction=str(Direction(data.direction)),
        text=text,
        happened_at=happened,
        recorded_at=now,
        staff_id=actor.staff_id,
        corrects_id=data.corrects_id,
        source=source,
        import_key=import_key,
    )
    chain.seal(session, "log", entry, chain.log_content(entry, [a.sha256 for a in files]))
    session.add(entry)
    session.flush()
    session.add_all(
        LogAttachment(entry_id=entry.id, position=i, attachment_id=a.id) for i, a in enumerate(files)
    )
    session.flush()
    if source == "manual":  # imports, sent messages and system notes are audited by their action
        words = f"{entry.channel}, {entry.direction}"
        if files:
            words += f", {len(files)} lampiran"
        if data.corrects_id is not None:
            words += f", koreksi entri #{data.corrects_id}"
        audit.record(
            session,
            actor,
            "log.entry",
            now=now,
            target=Target("customer", customer.id, customer.name),
            detail=words,
        )
    return entry.id, Changes(customers=True, customer_id=customer.id, order_id=data.order_id)


def entries(
    session: Session,
    customer_id: int,
    *,
    order_id: int | None = None,
    limit: int = 500,
    before_id: int | None = None,
) -> list[EntryView]:
    """The customer's log, newest first (``before_id`` pages back through a long history)."""
    stmt = select(LogEntry).where(LogEntry.customer_id == customer_id)
    if order_id is not None:
        stmt = stmt.where(LogEntry.order_id == order_id)
    if before_id is not None:
        stmt = stmt.where(LogEntry.id < before_id)
    rows = list(session.scalars(stmt.order_by(LogEntry.happened_at.desc(), LogEntry.id.desc()).limit(limit)))
    ids = [r.id for r in rows]
    names = {sid: n for sid, n in session.execute(select(Staff.id, Staff.name))}
    codes = dict(
        session.execute(
            select(Order.id, Order.code).where(Order.id.in_({r.order_id for r in rows if r.order_id}))
        ).all()
    )
    corrected: dict[int, list[int]] = {}
    for cid, target in session.execute(
        select(LogEntry.id, LogEntry.corrects_id).where(LogEntry.corrects_id.in_(ids))
    ):
        corrected.setdefault(target, []).append(cid)
    atts: dict[int, list[AttachmentView]] = {}
    for la, a in session.execute(
        select(LogAttachment, Attachment)
        .join(Attachment, Attachment.id == LogAttachment.attachment_id)
        .where(LogAttachment.entry_id.in_(ids))
        .order_by(LogAttachment.position)
    ):
        atts.setdefault(la.entry_id, []).append(AttachmentView(a.id, a.sha256, a.mime, a.filename, a.size))
    return [
        EntryView(
            r.id,
            r.customer_id,
            r.order_id,
            codes.get(r.order_id),
            Channel(r.channel),
            Direction(r.direction),
            r.text,
            r.happened_at,
            r.recorded_at,
            names.get(r.staff_id, "?"),
            r.source,
            r.corrects_id,
            corrected.get(r.id, []),
            atts.get(r.id, []),
            r.hash or "",
        )
        for r in rows
    ]


def attachment_data(session: Session, attachment_id: int) -> tuple[bytes, str, str]:
    """(content, mime, filename) of one attachment."""
    att = session.get(Attachment, attachment_id)
    if att is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Lampiran tidak ditemukan"))
    return att.data, att.mime, att.filename


def find_target(session: Session, phone: str, code: str | None = None) -> tuple[int, str, int | None]:
    """(customer id, customer name, order id) for a phone and an optional order code, as the
    command line names them; a clear refusal when either is unknown."""
    from tokodesk.services.customers import find_by_phone
    from tokodesk.services.orders import find_order_id

    customer = find_by_phone(session, phone)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Tidak ada pelanggan dengan No. HP {phone}"), phone=phone)
    order_id = None
    if code:
        order_id = find_order_id(session, code)
        if order_id is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "Tidak ada pesanan dengan kode «{code}»"), code=code)
    return customer.id, customer.name, order_id
