"""Gathering what a document shows from the database (``OrderDocument``), and rendering it.

The order's own T&C version is used, never the current one, so a nota reprinted a year
later carries the terms the customer agreed to.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tokodesk import catalogue
from tokodesk.db.models import LedgerEntry, Order, Staff, TermsVersion
from tokodesk.documents.model import (
    DocItem,
    DocKind,
    DocLine,
    OrderDocument,
    PaperSize,
    PayCode,
    ShopInfo,
)
from tokodesk.domain import ledger
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, NotFound
from tokodesk.domain.ledger import ENTRY_LABELS, METHOD_LABELS, EntryKind
from tokodesk.domain.orders import FULFILMENT_LABELS, STATUS_LABELS, Fulfilment, OrderStatus, amount_due
from tokodesk.domain.phone import format_phone
from tokodesk.domain.qr import make_payload, read_payload
from tokodesk.services import qris as qris_service
from tokodesk.services import settings, terms
from tokodesk.services.context import local_today


def shop_info(session: Session) -> ShopInfo:
    logo = None
    raw = settings.get(session, "shop.logo_png")
    if raw:
        try:
            logo = base64.b64decode(raw, validate=True)
        except (binascii.Error, ValueError):
            logo = None  # a damaged logo must not stop a nota from printing
    phone, wa = settings.get(session, "shop.phone"), settings.get(session, "shop.whatsapp")
    return ShopInfo(
        name=settings.get(session, "shop.name"),
        address=settings.get(session, "shop.address"),
        phone=phone,
        whatsapp=wa,
        logo_png=logo,
    )


def qr_payload(session: Session, code: str) -> str:
    return make_payload(code, settings.get(session, "shop.qr_secret"))


def build_document(session: Session, order_id: int, kind: DocKind, *, now: dt.datetime) -> OrderDocument:
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pesanan tidak ditemukan"))
    version = session.get(TermsVersion, order.terms_version_id) if order.terms_version_id else None
    if version is None:
        version = session.scalar(select(TermsVersion).order_by(TermsVersion.number).limit(1))
    if version is None:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "Syarat dan ketentuan toko belum ada"))
    status = OrderStatus(order.status)
    if kind is DocKind.FINAL and status not in (OrderStatus.COLLECTED, OrderStatus.DELIVERED):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors", "Nota lunas dicetak saat pesanan diserahkan (status sekarang: {status})"
            ),
            status=STATUS_LABELS[status],
        )
    names = {sid: name for sid, name in session.execute(select(Staff.id, Staff.name))}
    entries = list(
        session.scalars(select(LedgerEntry).where(LedgerEntry.order_id == order.id).order_by(LedgerEntry.id))
    )
    totals = ledger.totals(
        order.total, (ledger.Entry(EntryKind(e.kind), e.amount, e.cleared) for e in entries)
    )
    language = settings.get(session, "shop.language")
    t = catalogue.words(language)
    lines = []
    for e in entries:
        label = t.translate("labels", ENTRY_LABELS[EntryKind(e.kind)])
        if e.reverses_id:
            label = t.translate("documents", "Koreksi: {label}").format(label=label)
        method = METHOD_LABELS.get(e.method or "", "")
        lines.append(DocLine(e.at, label, t.translate("labels", method), e.amount, pending=not e.cleared))
    due = amount_due(status, totals.balance)
    return OrderDocument(
        kind=kind,
        shop=shop_info(session),
        code=order.code,
        created_at=order.created_at,
        customer_name=order.customer.name,
        customer_phone=format_phone(order.customer.phone),
        fulfilment=t.translate("labels", FULFILMENT_LABELS[Fulfilment(order.fulfilment)]),
        status=t.translate("labels", STATUS_LABELS[status]),
        items=[DocItem(i.name, i.qty, i.unit_price, i.custom_details) for i in order.items],
        total=order.total,
        charges=totals.charges,
        paid=totals.paid,
        pending=totals.pending,
        balance=due if due is not None else 0,
        lines=lines,
        pickup_date=order.pickup_date,
        terms=terms.to_terms(session, version),
        qr_payload=qr_payload(session, order.code),
        printed_at=now,
        staff=names.get(order.created_by_id, ""),
        notes=order.notes,
        pay=pay_code(session, order, kind, now),
        language=language,
    )


PAYABLE = (DocKind.NOTA, DocKind.SLIP, DocKind.FINAL)


def pay_code(session: Session, order: Order, kind: DocKind, now: dt.datetime) -> PayCode | None:
    """The QRIS payment code a nota, slip or final receipt prints: for the balance not yet
    covered plus the storage fee accrued today; none when nothing is owed or the shop has no
    QRIS."""
    if kind not in PAYABLE:
        return None
    return qris_service.order_code_or_none(session, order, local_today(now))


def document_for_code(session: Session, code: str, kind: DocKind, *, now: dt.datetime) -> OrderDocument:
    order_id = session.scalar(select(Order.id).where(Order.code == code.strip().upper()))
    if order_id is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "Tidak ada pesanan dengan kode «{code}»"), code=code.strip()
        )
    return build_document(session, order_id, kind, now=now)


def render(doc: OrderDocument, size: PaperSize) -> bytes:
    """PDF bytes of ``doc`` on ``size`` paper (see ``tokodesk.documents.render``)."""
    from tokodesk.documents.render import render_pdf

    return render_pdf(doc, size)


@dataclass(frozen=True)
class ScanOutcome:
    order_id: int | None
    code: str | None
    genuine: bool  # the check matches this shop's secret


def resolve_scan(session: Session, text: str) -> ScanOutcome | None:
    """What a scanned payload points at; None when the text is not a TokoDesk payload."""
    scan = read_payload(text, settings.get(session, "shop.qr_secret"))
    if scan is None:
        return None
    order_id = session.scalar(select(Order.id).where(Order.code == scan.code)) if scan.genuine else None
    return ScanOutcome(order_id, scan.code, scan.genuine)
