"""Messages to customers: composing them from the owner's templates, and recording the ones
sent (by WhatsApp click-to-chat, by e-mail, or by hand) in the customer's communication log.

A message counts as sent only when a log entry exists for it; a queued reminder that was sent
points at that entry.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session

from tokodesk import catalogue
from tokodesk.db.models import Customer, LedgerEntry, Order, Reminder
from tokodesk.domain import ledger, messages, timeline
from tokodesk.domain.dates import format_date
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, NotFound
from tokodesk.domain.log import Channel, Direction
from tokodesk.domain.messages import MessageKind
from tokodesk.domain.money import format_rupiah
from tokodesk.services import audit, settings, templates
from tokodesk.services import log as log_service
from tokodesk.services import pickup as pickup_service
from tokodesk.services.audit import Target
from tokodesk.services.context import Actor, Changes

SOURCE = "template"


def template_text(session: Session, kind: MessageKind) -> str:
    return templates.template_text(session, kind)


@dataclass(frozen=True)
class Composed:
    kind: MessageKind
    text: str
    order_id: int
    order_code: str
    customer_id: int
    customer_name: str
    whatsapp: str  # E.164
    email: str
    subject: str


def wa_me_url(phone_e164: str, text: str) -> str:
    """WhatsApp click-to-chat: ``https://wa.me/6281234567890?text=…`` (digits only, no +)."""
    digits = "".join(ch for ch in phone_e164 if ch.isdigit())
    return f"https://wa.me/{digits}?text={quote(text, safe='')}"


def message_values(session: Session, order: Order, day: dt.date) -> dict[str, str]:
    """What the placeholders stand for, for one order on ``day``."""
    shop = {
        "toko": settings.get(session, "shop.name"),
        "telepon_toko": settings.get(session, "shop.whatsapp") or settings.get(session, "shop.phone"),
        "alamat_toko": settings.get(session, "shop.address"),
    }
    entries = list(session.scalars(select(LedgerEntry).where(LedgerEntry.order_id == order.id)))
    t = ledger.totals(
        order.total, (ledger.Entry(ledger.EntryKind(e.kind), e.amount, e.cleared) for e in entries)
    )
    last_payment = next(
        (
            e.amount
            for e in sorted(entries, key=lambda e: e.id, reverse=True)
            if e.kind in ledger.PAYMENT_KINDS and e.amount > 0
        ),
        0,
    )
    info = pickup_service.order_pickup(session, order, day)
    lang = templates.shop_language(session)
    words = catalogue.words(lang)
    items = ", ".join(f"{i.qty}× {i.name}" if i.qty > 1 else i.name for i in order.items)
    return {
        **shop,
        "nama": order.customer.name,
        "kode": order.code,
        "barang": items if len(items) <= 120 else items[:117] + "…",
        "total": format_rupiah(order.total),
        "dibayar": format_rupiah(t.paid),
        "sisa": format_rupiah(max(0, t.balance + info.fee_due)),
        "jumlah": format_rupiah(last_payment) if last_payment else "",
        "tanggal_ambil": format_date(order.pickup_date, lang),
        "kapan": timeline.when_words(order.pickup_date, day, lambda x: words.translate("templates", x)),
        "hari_terakhir": format_date(info.last_free_day, lang),
        "tarif_simpan": format_rupiah(info.policy.storage_fee_per_day),
        "biaya_simpan": format_rupiah(info.fee),
        "tanggal_batal": format_date(info.forfeit_on, lang),
        "kurir": "",
        "resi": "",
    }


SUBJECT = QT_TRANSLATE_NOOP("templates", "{kind} — pesanan {code} ({shop})")


def compose(session: Session, order_id: int, kind: MessageKind, day: dt.date) -> Composed:
    """The message of ``kind`` for an order, filled in as of ``day``."""
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pesanan tidak ditemukan"))
    values = message_values(session, order, day)
    text = messages.render(template_text(session, kind), values)
    t = templates.shop_words(session)
    subject = t.translate("templates", SUBJECT).format(
        kind=t.translate("labels", messages.KIND_LABELS[kind]), code=order.code, shop=values["toko"]
    )
    c = order.customer
    return Composed(kind, text, order.id, order.code, c.id, c.name, c.whatsapp or c.phone, c.email, subject)


def record_sent(
    session: Session,
    *,
    customer_id: int,
    order_id: int | None,
    channel: Channel,
    text: str,
    actor: Actor,
    now: dt.datetime,
    reminder_id: int | None = None,
    source: str = SOURCE,
) -> tuple[int, Changes]:
    """Log a message that went to the customer; a queued reminder it answers becomes sent."""
    entry_id, _ = log_service.add_entry(
        session,
        log_service.LogInput(
            customer_id=customer_id, channel=channel, direction=Direction.OUT, text=text, order_id=order_id
        ),
        actor=actor,
        now=now,
        source=source,
    )
    if reminder_id is not None:
        r = session.get(Reminder, reminder_id)
        if r is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "Pengingat tidak ditemukan"))
        if r.state == "sent":
            raise DomainError(QT_TRANSLATE_NOOP("errors", "Pengingat ini sudah ditandai terkirim"))
        r.state = "sent"
        r.done_at = now
        r.staff_id = actor.staff_id
        r.channel = str(channel)
        r.log_entry_id = entry_id
        session.flush()
    if order_id is not None:
        order = session.get(Order, order_id)
        target = Target("order", order_id, order.code if order else "")
    else:
        customer = session.get(Customer, customer_id)
        target = Target("customer", customer_id, customer.name if customer else "")
    first = text.strip().splitlines()[0] if text.strip() else ""
    audit.record(session, actor, "message.sent", now=now, target=target, detail=f"{channel}: {first[:120]}")
    return entry_id, Changes(customers=True, orders=True, customer_id=customer_id, order_id=order_id)


def skip_reminder(session: Session, reminder_id: int, *, actor: Actor, now: dt.datetime) -> Changes:
    """Take a queued reminder off the agenda without sending it."""
    r = session.get(Reminder, reminder_id)
    if r is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pengingat tidak ditemukan"))
    if r.state == "queued":
        r.state = "skipped"
        r.done_at = now
        r.staff_id = actor.staff_id
        session.flush()
        order = session.get(Order, r.order_id)
        audit.record(
            session,
            actor,
            "message.skipped",
            now=now,
            target=Target("order", r.order_id, order.code if order else ""),
            detail=f"{r.kind}, {r.due_on.isoformat()}",
        )
    return Changes(orders=True, order_id=r.order_id)
