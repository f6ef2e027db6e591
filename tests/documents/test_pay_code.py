"""The QRIS payment code on the printed nota and pickup slip, at every paper size: the page is
rendered to an image (``pdftoppm``, 200 dpi), every QR code on it is decoded (zxing-cpp), and
the payment code must read back as a QRIS whose CRC checks and whose tag 54 is the amount
due, apart from the order's own code.  An order with nothing left to pay prints no payment
code, and neither does a shop without a QRIS."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from tests import factories as f
from tests.factories import open_as_owner
from tokodesk.documents.escpos import render_escpos
from tokodesk.documents.model import DocKind, OrderDocument, PaperSize
from tokodesk.documents.render import render_pdf
from tokodesk.domain import qris
from tokodesk.domain.ledger import PaymentMethod
from tokodesk.domain.orders import OrderStatus
from tokodesk.services import settings
from tokodesk.services.documents import build_document
from tokodesk.services.orders import ItemInput, move_order
from tokodesk.services.staff import default_actor

WIB = dt.timezone(dt.timedelta(hours=7))
TAKEN = dt.datetime(2026, 11, 10, 10, 0, tzinfo=WIB)
PICKUP = dt.date(2026, 11, 14)
SLIP_DAY = dt.datetime(2026, 11, 19, 10, 0, tzinfo=WIB)  # 3 days past the 2 free days: Rp15.000
STATIC = qris.build_static(name="TOKO KUE MAWAR", city="BANDUNG", merchant_id="ID1020021234567")
DPI = 200


def _build(session) -> dict[str, OrderDocument]:
    actor = default_actor(session, TAKEN)
    settings.put(session, "shop.qris", STATIC)
    items = [ItemInput("Kue ulang tahun custom 24 cm", 1, 450_000, "Tulisan: SELAMAT ULTAH RINA")]
    _, oid = f.order(session, actor, TAKEN, items=items, deposit=150_000, pickup=PICKUP)
    docs = {"nota": build_document(session, oid, DocKind.NOTA, now=TAKEN)}
    for target in (OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION, OrderStatus.READY):
        if target is OrderStatus.IN_PRODUCTION:
            f.confirm(session, actor, TAKEN, oid)
        move_order(session, oid, target, actor=actor, now=dt.datetime(2026, 11, 14, 9, tzinfo=WIB))
    docs["slip"] = build_document(session, oid, DocKind.SLIP, now=SLIP_DAY)
    # paid in full and collected: the final receipt has nothing left to pay
    from tokodesk.services.handover import HandoverInput, hand_over

    hand_over(session, HandoverInput(oid, 300_000 + 15_000, PaymentMethod.CASH), actor=actor, now=SLIP_DAY)
    docs["final"] = build_document(session, oid, DocKind.FINAL, now=SLIP_DAY)
    # a shop without a QRIS prints the nota without a payment code
    _, other = f.order(session, actor, TAKEN, deposit=60_000)
    settings.put(session, "shop.qris", "")
    docs["no_qris"] = build_document(session, other, DocKind.NOTA, now=TAKEN)
    return docs


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> dict[str, OrderDocument]:
    db = open_as_owner(str(tmp_path_factory.mktemp("paycode") / "shop.sqlite3"), now=TAKEN)
    try:
        return db.write(_build)
    finally:
        db.close()


def codes_on_pages(pdf: bytes, folder: Path, name: str) -> list[str]:
    """Every QR code on every page of ``pdf``, decoded from a 200 dpi greyscale image."""
    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm, "pdftoppm (poppler-utils) is missing; the test set-up installs it"
    path = folder / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run([pdftoppm, "-r", str(DPI), "-gray", "-png", str(path), str(folder / name)], check=True)
    found = []
    for png in sorted(folder.glob(f"{name}*.png")):
        with Image.open(png) as img:
            found += [b.text for b in zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode)]
    return found


def test_the_amounts_due(docs):
    assert docs["nota"].pay.amount == 300_000  # 450.000 less the DP
    assert docs["slip"].pay.amount == 315_000  # and 3 days of storage fee
    assert docs["slip"].pay.storage_fee == 15_000
    assert docs["final"].pay is None  # nothing left to pay: no code
    assert docs["no_qris"].pay is None


@pytest.mark.parametrize("size", list(PaperSize), ids=str)
@pytest.mark.parametrize("kind", ["nota", "slip"])
def test_the_printed_payment_code_scans_to_the_amount_due(docs, kind, size, tmp_path):
    doc = docs[kind]
    pdf = render_pdf(doc, size)
    found = codes_on_pages(pdf, tmp_path, f"{kind}-{size}")
    payment = [t for t in found if qris.looks_like_qris(t)]
    assert doc.qr_payload in found  # the order's own code is still there, apart
    assert len(payment) == 1, found
    code = qris.read(payment[0])  # the CRC checks
    assert code.dynamic and code.amount == doc.pay.amount
    assert code.merchant_name == "TOKO KUE MAWAR" and code.bill_number == doc.code
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert f"Bayar sisa Rp{doc.pay.amount:,} dengan QRIS".replace(",", ".") in text


@pytest.mark.parametrize("size", list(PaperSize), ids=str)
@pytest.mark.parametrize("kind", ["final", "no_qris"])
def test_nothing_to_pay_or_no_qris_prints_only_the_order_code(docs, kind, size, tmp_path):
    doc = docs[kind]
    pdf = render_pdf(doc, size)
    found = codes_on_pages(pdf, tmp_path, f"{kind}-{size}")
    assert found == [doc.qr_payload]
    assert "dengan QRIS" not in " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("size", [PaperSize.MM58, PaperSize.MM80], ids=str)
def test_the_thermal_printer_gets_the_payment_code_too(docs, size):
    data = render_escpos(docs["slip"], size)
    assert docs["slip"].pay.payload.encode() in data
    assert b"Bayar sisa Rp315.000 dengan QRIS" in data
    assert docs["slip"].qr_payload.encode() in data
