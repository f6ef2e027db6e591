"""The shop's QRIS and the payment codes made from it.

The owner loads the static code once (Pengaturan › Profil toko, from a photo of the sticker
or its text); every payment code for an amount due is made from it on demand and never
stored: the amount changes with each payment and each day of storage fee.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tokodesk.db.models import Order
from tokodesk.documents.model import PayCode
from tokodesk.domain import qris
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, NotFound
from tokodesk.domain.orders import Fulfilment, OrderStatus, amount_due
from tokodesk.services import settings
from tokodesk.services.payments import order_totals
from tokodesk.services.pickup import order_pickup

MAX_IMAGE = 20 * 1024 * 1024


class NoQris(DomainError):
    """The shop has not loaded its QRIS yet."""


def shop_qris(session: Session) -> qris.Qris | None:
    """The shop's static QRIS, or None when none is loaded (or the stored one no longer reads:
    a damaged setting must not stop a nota from printing; the profile screen shows why)."""
    payload = settings.get(session, "shop.qris")
    if not payload:
        return None
    try:
        return qris.read_static(payload)
    except qris.QrisError:
        return None


@dataclass(frozen=True)
class Due:
    """What a customer pays now for an order: the balance not covered by payments still
    waiting to clear, plus the storage fee accrued up to ``day`` and not yet charged."""

    amount: int
    storage_fee: int
    pending: int


def due_now(session: Session, order: Order, day: dt.date) -> Due:
    t = order_totals(session, order)
    status = OrderStatus(order.status)
    if amount_due(status, t.balance) is None:
        return Due(0, 0, t.pending)
    fee = 0
    if status is OrderStatus.READY and order.fulfilment == str(Fulfilment.PICKUP):
        fee = order_pickup(session, order, day).fee_due
    return Due(max(0, t.balance - t.pending) + fee, fee, t.pending)


def make_code(session: Session, amount: int, *, reference: str = "", storage_fee: int = 0) -> PayCode:
    """A payment code for ``amount`` rupiah; refused without the shop's QRIS or for an amount
    of Rp0 or less."""
    shop = shop_qris(session)
    if shop is None:
        raise NoQris(
            QT_TRANSLATE_NOOP(
                "errors", "QRIS toko belum dimuat; muat dulu di Pengaturan › Profil toko (bagian QRIS)"
            )
        )
    payload = qris.with_amount(shop.payload, amount, reference=reference)
    return PayCode(payload, amount, shop.merchant_name, storage_fee=storage_fee)


def order_code(session: Session, order_id: int, day: dt.date, *, amount: int | None = None) -> PayCode:
    """The payment code of an order's amount due now (or of ``amount``, e.g. a delivery
    offer's total).  Refused when nothing is left to pay."""
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pesanan tidak ditemukan"))
    if amount is not None:
        return make_code(session, amount, reference=order.code)
    due = due_now(session, order, day)
    if due.amount <= 0:
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "Pesanan {code} tidak punya sisa tagihan; tidak ada kode bayar"),
            code=order.code,
        )
    return make_code(session, due.amount, reference=order.code, storage_fee=due.storage_fee)


def order_code_or_none(session: Session, order: Order, day: dt.date) -> PayCode | None:
    """For documents: the code when the shop has a QRIS and the order still owes money."""
    if shop_qris(session) is None:
        return None
    due = due_now(session, order, day)
    if due.amount <= 0:
        return None
    return make_code(session, due.amount, reference=order.code, storage_fee=due.storage_fee)


def order_id_for_code(session: Session, code: str) -> int | None:
    return session.scalar(select(Order.id).where(Order.code == code.strip().upper())) if code else None


@dataclass(frozen=True)
class ScannedPayment:
    """A QRIS scanned into the main window: what it is, for the staff."""

    code: qris.Qris
    ours: bool  # made from this shop's QRIS (same merchant account)
    order_id: int | None  # the order its bill number names, when ours


def explain_scan(session: Session, text: str) -> ScannedPayment | None:
    """None when ``text`` is not a QRIS at all; raises ``QrisError`` for a damaged one."""
    if not qris.looks_like_qris(text):
        return None
    code = qris.read(text)
    shop = shop_qris(session)
    ours = shop is not None and (shop.merchant_id, shop.merchant_name) == (
        code.merchant_id,
        code.merchant_name,
    )
    order_id = order_id_for_code(session, code.bill_number) if ours and code.bill_number else None
    return ScannedPayment(code, ours, order_id)


# ---------------------------------------------------------------- reading a photo of the sticker


def decode_image(data: bytes) -> list[str]:
    """The texts of every QR code in an image (PNG, JPEG, BMP, WebP…): a photo or scan of
    the sticker.  Uses zxing-cpp, which finds codes in skewed, dim and busy photos."""
    if len(data) > MAX_IMAGE:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "Gambar terlalu besar (maksimal 20 MB)"))
    import zxingcpp  # imported late: only this screen needs it
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            gray = img.convert("L")
    except (UnidentifiedImageError, OSError, ValueError):
        raise DomainError(QT_TRANSLATE_NOOP("errors", "Berkas ini bukan gambar yang bisa dibaca")) from None
    found = zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCode)
    if not found and max(gray.size) > 2000:  # a phone photo: the code is easier found smaller
        gray.thumbnail((1600, 1600))
        found = zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCode)
    return [b.text for b in found if b.text]


def qris_from_image(data: bytes) -> qris.Qris:
    """The static QRIS in a photo of the sticker; refused with the reason (no code found, a
    code that is not a QRIS, a dynamic one)."""
    texts = decode_image(data)
    if not texts:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Tidak ada kode QR yang terbaca di gambar ini; foto stiker lebih dekat dan tegak, "
                "atau tempel isi kodenya",
            )
        )
    errors: list[qris.QrisError] = []
    for text in texts:
        try:
            return qris.read_static(text)
        except qris.QrisError as e:
            errors.append(e)
    raise errors[0]
