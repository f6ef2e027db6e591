"""Evidence for a dispute: a customer's (or one order's) log, payments and status history,
with the result of the seal check, as a PDF and the original attachments, in one ZIP.

What one order's evidence holds: the entries tied to that order, the customer's entries
whose text mentions the order's code (a chat logged before the order was picked, or about
it afterwards), and the corrections of those entries in both directions, so every
"mengoreksi #n" / "dikoreksi oleh #n" in the PDF points at an entry that is in it.  Entries
of the customer that are neither tied to the order nor mention it are left out: a time
window would pull in talk about other orders.

The ZIP holds ``bukti-<name or code>-<date>.pdf``, ``lampiran/<entry>-<position>-<file>``
(each attachment exactly as stored), ``README.txt`` and ``manifest.txt``: the SHA-256 of
every other file in ``sha256sum`` form, so a third party can check the files with common
tools.  It is written to a temporary file next to the target and renamed, so a failure
leaves no half-written ZIP; attachments are read from the database one at a time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tokodesk.db.models import Attachment, ChainHead, Customer, LogEntry, Order
from tokodesk.documents.evidence import (
    ChainCheck,
    Evidence,
    EvidenceAttachment,
    EvidenceEntry,
    EvidenceItem,
    EvidenceOrder,
    LedgerLine,
    StatusLine,
    format_size,
    render_evidence,
)
from tokodesk.domain.dates import format_datetime
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, NotFound
from tokodesk.domain.log import CHANNEL_LABELS, DIRECTION_LABELS, IMAGE_MIME
from tokodesk.domain.orders import FULFILMENT_LABELS, STATUS_LABELS, amount_due
from tokodesk.domain.phone import format_phone
from tokodesk.services import chain, log, orders
from tokodesk.services.context import Actor
from tokodesk.services.documents import ENTRY_LABELS, METHOD_LABELS, shop_info
from tokodesk.services.files import atomic_file

ATTACHMENT_DIR = "lampiran"
SOURCE_LABELS = {
    "manual": "dicatat manual",
    "whatsapp_import": "impor chat WhatsApp",
    "whatsapp": "impor chat WhatsApp",
    "template": "pesan dari templat TokoDesk",
    "email": "e-mail terkirim lewat TokoDesk",
    "system": "dicatat otomatis oleh TokoDesk",
}
CUSTOMER_SCOPE = "Semua catatan dan pesanan pelanggan"
CUSTOMER_SCOPE_NOTE = "Berkas ini memuat semua catatan komunikasi pelanggan ini dan semua pesanannya."
ORDER_SCOPE_NOTE = (
    "Berkas ini memuat catatan yang terkait pesanan {code}, catatan pelanggan yang menyebut "
    "kode {code} di teksnya, dan koreksi dari catatan-catatan itu; catatan tentang pesanan "
    "lain tidak dimuat."
)


# ---------------------------------------------------------------- gathering


def evidence_for_customer(session: Session, phone: str, *, actor: Actor, now: dt.datetime) -> Evidence:
    from tokodesk.services.customers import find_by_phone

    customer = find_by_phone(session, phone)
    if customer is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "Tidak ada pelanggan dengan No. HP {phone}"), phone=phone.strip()
        )
    return gather(session, customer.id, actor=actor, now=now)


def evidence_for_order(session: Session, code: str, *, actor: Actor, now: dt.datetime) -> Evidence:
    order_id = orders.find_order_id(session, code)
    if order_id is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "Tidak ada pesanan dengan kode «{code}»"), code=code.strip()
        )
    order = session.get(Order, order_id)
    return gather(session, order.customer_id, order_id=order_id, actor=actor, now=now)


def _in_scope(all_entries: list[log.EntryView], order_id: int, code: str) -> list[log.EntryView]:
    """The entries of one order's evidence (see the module docstring)."""
    needle = code.casefold()
    chosen = {e.id for e in all_entries if e.order_id == order_id or needle in e.text.casefold()}
    by_id = {e.id: e for e in all_entries}
    grown = True
    while grown:  # corrections of corrections: follow the links both ways until nothing is added
        grown = False
        for eid in list(chosen):
            e = by_id[eid]
            for other in [e.corrects_id, *e.corrected_by]:
                if other is not None and other in by_id and other not in chosen:
                    chosen.add(other)
                    grown = True
    return [e for e in all_entries if e.id in chosen]


def zip_name(entry_id: int, position: int, filename: str) -> str:
    """``lampiran/<entry>-<position>-<file>``: position counted from 1, the filename made
    safe for every unzip tool (no folders, no characters Windows refuses)."""
    name = re.split(r"[\\/]", filename or "")[-1]
    name = "".join("_" if (ord(ch) < 32 or ch in '<>:"|?*') else ch for ch in name).strip().lstrip(".")
    if not name:
        name = "lampiran"
    if len(name) > 120:
        stem, dot, ext = name.rpartition(".")
        name = (stem[: 120 - len(ext) - 1] + dot + ext) if dot and len(ext) <= 10 else name[:120]
    return f"{ATTACHMENT_DIR}/{entry_id}-{position}-{name}"


def _attachments(session: Session, e: log.EntryView) -> tuple[EvidenceAttachment, ...]:
    out = []
    for pos, a in enumerate(e.attachments, 1):
        data = session.scalar(select(Attachment.data).where(Attachment.id == a.id)) or b""
        out.append(
            EvidenceAttachment(
                zip_name=zip_name(e.id, pos, a.filename),
                filename=a.filename,
                mime=a.mime,
                size=a.size,
                sha256=a.sha256,
                intact=hashlib.sha256(data).hexdigest() == a.sha256 and len(data) == a.size,
                image=data if a.mime in IMAGE_MIME else None,
            )
        )
    return tuple(out)


def _problems(reports: list[chain.ChainReport]) -> dict[tuple[str, int], str]:
    return {
        (r.chain, r.problem.record_id): r.problem.message
        for r in reports
        if r.problem is not None and r.problem.record_id is not None
    }


def _order(view: orders.OrderView, flagged: dict[tuple[str, int], str]) -> EvidenceOrder:
    t = view.totals
    return EvidenceOrder(
        code=view.code,
        status=STATUS_LABELS[view.status],
        fulfilment=FULFILMENT_LABELS[view.fulfilment],
        created_at=view.created_at,
        created_by=view.created_by,
        pickup_date=view.pickup_date,
        total=view.totals.total,
        charges=t.charges,
        paid=t.paid,
        pending=t.pending,
        balance=amount_due(view.status, t.balance),
        items=tuple(EvidenceItem(i.name, i.qty, i.unit_price) for i in view.items),
        ledger=tuple(
            LedgerLine(
                id=e.id,
                at=e.at,
                kind=ENTRY_LABELS.get(e.kind, str(e.kind)),
                method=METHOD_LABELS.get(e.method or "", e.method or ""),
                amount=e.amount,
                cleared=e.cleared,
                staff=e.staff,
                note=e.note,
                reverses_id=e.reverses_id,
                reversed_by_id=e.reversed_by_id,
                problem=flagged.get(("ledger", e.id)),
            )
            for e in view.entries
        ),
        history=tuple(
            StatusLine(
                at=h.at,
                from_status=STATUS_LABELS[h.from_status] if h.from_status else None,
                to_status=STATUS_LABELS[h.to_status],
                staff=h.staff,
                note=h.note,
            )
            for h in view.history
        ),
    )


def gather(
    session: Session, customer_id: int, *, order_id: int | None = None, actor: Actor, now: dt.datetime
) -> Evidence:
    """Everything the evidence shows, read in the caller's (read-only) transaction."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pelanggan tidak ditemukan"))
    reports = chain.verify(session)
    flagged = _problems(reports)
    checks = []
    for r in reports:
        head = session.get(ChainHead, r.chain)
        checks.append(
            ChainCheck(
                name=chain.CHAIN_NAMES[r.chain],
                length=r.length,
                problem=r.problem.message if r.problem else None,
                head=head.last_hash if head is not None and head.length else "",
            )
        )
    count = session.scalar(
        select(func.count()).select_from(LogEntry).where(LogEntry.customer_id == customer_id)
    )
    views = log.entries(session, customer_id, limit=count) if count else []
    if order_id is not None:
        order_ids = [order_id]
        code = session.get(Order, order_id).code
        views = _in_scope(views, order_id, code)
        scope, note = f"Pesanan {code}", ORDER_SCOPE_NOTE.format(code=code)
    else:
        order_ids = list(
            session.scalars(
                select(Order.id).where(Order.customer_id == customer_id).order_by(Order.created_at, Order.id)
            )
        )
        code, scope, note = None, CUSTOMER_SCOPE, CUSTOMER_SCOPE_NOTE
    views.sort(key=lambda e: (e.happened_at, e.id))
    entries = tuple(
        EvidenceEntry(
            id=e.id,
            happened_at=e.happened_at,
            recorded_at=e.recorded_at,
            channel=CHANNEL_LABELS.get(e.channel, str(e.channel)),
            direction=DIRECTION_LABELS.get(e.direction, str(e.direction)),
            direction_key=str(e.direction),
            staff=e.staff,
            text=e.text,
            order_code=e.order_code,
            source=SOURCE_LABELS.get(e.source, f"sumber: {e.source}"),
            corrects_id=e.corrects_id,
            corrected_by=tuple(sorted(e.corrected_by)),
            attachments=_attachments(session, e),
            hash=e.hash,
            problem=flagged.get(("log", e.id)),
        )
        for e in views
    )
    return Evidence(
        shop=shop_info(session),
        customer_name=customer.name,
        customer_phone=format_phone(customer.phone),
        scope=scope,
        scope_note=note,
        order_code=code,
        generated_at=now,
        generated_by=actor.name,
        checks=tuple(checks),
        entries=entries,
        orders=tuple(_order(orders.get_order(session, oid), flagged) for oid in order_ids),
    )


# ---------------------------------------------------------------- the ZIP


def _slug(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:40].strip("-")


def pdf_name(ev: Evidence) -> str:
    """``bukti-<name or code>-<date>.pdf``: the date the evidence was made, in the shop's zone."""
    who = ev.order_code or _slug(ev.customer_name) or "pelanggan"
    return f"bukti-{who}-{ev.generated_at.astimezone().date().isoformat()}.pdf"


def readme(ev: Evidence, pdf: str) -> str:
    lines = [
        "BUKTI KOMUNIKASI & TRANSAKSI",
        "",
        f"Toko       : {ev.shop.name}",
        f"Pelanggan  : {ev.customer_name} ({ev.customer_phone})",
        f"Cakupan    : {ev.scope}",
        f"Dibuat     : {format_datetime(ev.generated_at)} oleh {ev.generated_by}",
        "",
        "Isi berkas ini:",
        f"  {pdf}",
        "      catatan komunikasi, pembayaran, riwayat status dan hasil pemeriksaan segel",
        f"  {ATTACHMENT_DIR}/",
        "      lampiran asli, persis seperti tersimpan, bernama <no. catatan>-<urutan>-<nama berkas>",
        "  manifest.txt",
        "      SHA-256 setiap berkas lain di ZIP ini",
        "",
        "Memeriksa berkas: hitung SHA-256 tiap berkas dan bandingkan dengan manifest.txt, misalnya",
        "  Linux/macOS : sha256sum -c manifest.txt   (atau: shasum -a 256 -c manifest.txt)",
        "  Windows     : certutil -hashfile <berkas> SHA256",
        "SHA-256 lampiran juga tercantum di PDF pada catatannya, dan termasuk dalam segel catatan itu.",
        "",
        "Pemeriksaan segel saat berkas ini dibuat:",
    ]
    for c in ev.checks:
        state = f"utuh, {c.length} entri" if c.problem is None else f"RUSAK: {c.problem}"
        lines.append(f"  {c.name}: {state}")
        if c.head:
            lines.append(f"      ujung rantai {c.head}")
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Written:
    path: Path
    pdf_name: str
    entries: int
    attachments: int
    orders: int
    size: int  # bytes of the ZIP
    intact: bool

    @property
    def size_text(self) -> str:
        return format_size(self.size)


def _info(name: str, when: dt.datetime) -> zipfile.ZipInfo:
    local = when.astimezone()
    info = zipfile.ZipInfo(name, date_time=(max(local.year, 1980), *local.timetuple()[1:6]))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def _write_zip(session: Session, ev: Evidence, pdf: bytes, f) -> None:
    sums: list[tuple[str, str]] = []
    with zipfile.ZipFile(f, "w") as zf:

        def put(name: str, data: bytes) -> None:
            zf.writestr(_info(name, ev.generated_at), data)
            sums.append((hashlib.sha256(data).hexdigest(), name))

        name = pdf_name(ev)
        put(name, pdf)
        for entry in ev.entries:
            for att in entry.attachments:
                data = session.scalar(select(Attachment.data).where(Attachment.sha256 == att.sha256)) or b""
                put(att.zip_name, data)
        put("README.txt", readme(ev, name).encode("utf-8"))
        manifest = "".join(f"{digest}  {path}\n" for digest, path in sums)
        zf.writestr(_info("manifest.txt", ev.generated_at), manifest.encode("utf-8"))


def write_bundle(session: Session, ev: Evidence, out: str | Path) -> Written:
    """Render ``ev`` and write the ZIP at ``out`` (through a temporary file and a rename)."""
    pdf = render_evidence(ev)
    target = Path(out).expanduser()
    with atomic_file(target) as f:  # streamed: attachments go in one at a time
        _write_zip(session, ev, pdf, f)
    return Written(
        path=target,
        pdf_name=pdf_name(ev),
        entries=len(ev.entries),
        attachments=ev.attachment_count,
        orders=len(ev.orders),
        size=target.stat().st_size,
        intact=ev.intact,
    )


__all__ = [
    "Written",
    "evidence_for_customer",
    "evidence_for_order",
    "gather",
    "pdf_name",
    "write_bundle",
    "zip_name",
]
