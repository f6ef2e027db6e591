"""Every document at every paper size, checked the way a customer and the counter meet it:
the PDF is turned into an image (``pdftoppm``, 200 dpi) and the QR code must scan back to the
order's payload; the text (pypdf) must carry the order code, the amounts as ``Rp1.250.000``,
the pickup date and the T&C version.

The order is taken once for the module, through the services, in its own database file: a
customer, three items (one with a 150-character name and several lines of custom details), a
deposit, a second payment, a transfer not yet cleared and a storage fee; then, for the final
receipt, the uncleared payment is corrected, the rest paid and the order collected.  Each
document is rendered once and its images made once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path

import cv2
import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from tests import factories as f
from tests.factories import open_as_owner as open_database
from tokodesk.db.models import Order
from tokodesk.documents.model import DocItem, DocKind, OrderDocument, PaperSize
from tokodesk.documents.render import LAYOUTS, QRCode, render_pdf
from tokodesk.domain.dates import format_date
from tokodesk.domain.ledger import EntryKind, PaymentMethod
from tokodesk.domain.money import format_rupiah
from tokodesk.domain.orders import Fulfilment, OrderStatus
from tokodesk.services import payments
from tokodesk.services.customers import CustomerInput, create_customer
from tokodesk.services.documents import build_document
from tokodesk.services.orders import ItemInput, OrderInput, move_order, take_order

WIB = dt.timezone(dt.timedelta(hours=7))
TAKEN = dt.datetime(2026, 11, 22, 10, 0, tzinfo=WIB)
PICKUP = dt.date(2026, 11, 25)
LONG_NAME = (
    "Kaos sablon custom lengan pendek bahan cotton combed 30s hitam, sablon plastisol depan "
    "dan belakang, jahitan rantai, ukuran sesuai daftar pesanan tim."
)
DETAILS = (
    'Depan: logo "KARANG TARUNA RW 05"\nBelakang: nama + nomor\n  - BUDI      7   (L)\n  - SITI      10  (M)'
)
KINDS = list(DocKind)
SIZES = list(PaperSize)
ROLLS = [PaperSize.MM58, PaperSize.MM80]
DPI = 200

# the terms' heading names its version exactly so
TERMS_HEADING = "Syarat & Ketentuan (versi {n})"


def test_the_long_name_is_long():
    assert len(LONG_NAME) == 150


def _build(session) -> dict[str, OrderDocument]:
    from tokodesk.services.staff import default_actor

    actor = default_actor(session, TAKEN)
    customer, _ = create_customer(
        session, CustomerInput(name="Siti Rahayu", phone="0813-2233-4455"), actor=actor, now=TAKEN
    )
    items = [
        ItemInput(LONG_NAME, 12, 85_000, DETAILS),
        ItemInput("Topi bordir nama", 12, 45_000, "Bordir: KARTAR RW05\nWarna benang: emas"),
        ItemInput("Stiker vinyl logo", 50, 2_500),
    ]
    _, changes = take_order(
        session,
        OrderInput(customer.id, items, Fulfilment.PICKUP, PICKUP, 600_000, PaymentMethod.CASH),
        actor=actor,
        now=TAKEN,
    )
    oid = changes.order_id
    later = TAKEN + dt.timedelta(days=1)
    payments.record_payment(
        session, payments.PaymentInput(oid, 500_000, PaymentMethod.TRANSFER), actor=actor, now=later
    )
    pending_id, _ = payments.record_payment(
        session,
        payments.PaymentInput(oid, 200_000, PaymentMethod.QRIS, cleared=False),
        actor=actor,
        now=later,
    )
    fee_day = TAKEN + dt.timedelta(days=6)
    payments.append_entry(session, oid, EntryKind.STORAGE_FEE, 10_000, actor=actor, now=fee_day)
    docs = {str(k): build_document(session, oid, k, now=fee_day) for k in KINDS if k is not DocKind.FINAL}

    payments.reverse_entry(session, pending_id, "Dana tidak masuk", actor=actor, now=fee_day)
    for target in (OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION, OrderStatus.READY):
        if target is OrderStatus.IN_PRODUCTION:
            f.confirm(session, actor, fee_day, oid)
        move_order(session, oid, target, actor=actor, now=fee_day)
    due = payments.order_totals(session, session.get(Order, oid)).balance
    payments.record_payment(
        session, payments.PaymentInput(oid, due, PaymentMethod.CASH), actor=actor, now=fee_day
    )
    move_order(session, oid, OrderStatus.COLLECTED, actor=actor, now=fee_day)
    docs[str(DocKind.FINAL)] = build_document(session, oid, DocKind.FINAL, now=fee_day)

    many = [
        ItemInput(f"Gantungan kunci akrilik model {n:03d}", 1 + n % 4, 7_500 + 250 * n) for n in range(100)
    ]
    _, changes = take_order(
        session,
        OrderInput(
            customer.id,
            many,
            Fulfilment.PICKUP,
            PICKUP,
            sum(i.qty * i.unit_price for i in many) // 2,
            PaymentMethod.CASH,
        ),
        actor=actor,
        now=TAKEN,
    )
    docs["many"] = build_document(session, changes.order_id, DocKind.NOTA, now=TAKEN)
    return docs


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> dict[str, OrderDocument]:
    db = open_database(str(tmp_path_factory.mktemp("render") / "shop.sqlite3"), now=TAKEN)
    try:
        return db.write(_build)
    finally:
        db.close()


class Rendered:
    """Each document rendered once, its text and page images made once, for the module."""

    def __init__(self, docs: dict[str, OrderDocument], folder: Path) -> None:
        self.docs = docs
        self.folder = folder
        self._pdf: dict[tuple[str, PaperSize], bytes] = {}
        self._png: dict[tuple[str, PaperSize, int], Path] = {}
        self._text: dict[tuple[str, PaperSize], list[str]] = {}

    def pdf(self, key: str, size: PaperSize) -> bytes:
        if (key, size) not in self._pdf:
            self._pdf[key, size] = render_pdf(self.docs[key], size)
        return self._pdf[key, size]

    def pages(self, key: str, size: PaperSize) -> list[str]:
        if (key, size) not in self._text:
            reader = PdfReader(io.BytesIO(self.pdf(key, size)))
            self._text[key, size] = [page.extract_text() for page in reader.pages]
        return self._text[key, size]

    def text(self, key: str, size: PaperSize) -> str:
        """All the text, with runs of white space (line breaks from wrapping) made one space."""
        return " ".join(" ".join(self.pages(key, size)).split())

    def png(self, key: str, size: PaperSize, page: int) -> Path:
        """Page ``page`` (from 1) as a greyscale PNG at ``DPI``; made on first use."""
        if (key, size, page) not in self._png:
            pdftoppm = shutil.which("pdftoppm")
            assert pdftoppm, "pdftoppm (poppler-utils) is missing; the test set-up installs it"
            pdf = self.folder / f"{key}-{size}.pdf"
            if not pdf.exists():
                pdf.write_bytes(self.pdf(key, size))
            out = self.folder / f"{key}-{size}-{page}"
            cmd = [pdftoppm, "-r", str(DPI), "-gray", "-png", "-singlefile", "-f", str(page), "-l", str(page)]
            subprocess.run([*cmd, str(pdf), str(out)], check=True)
            self._png[key, size, page] = out.with_suffix(".png")
        return self._png[key, size, page]

    def pngs(self, key: str, size: PaperSize) -> Iterator[Path]:
        """The pages' images, one by one: a search that stops early makes no more of them."""
        for page in range(1, len(self.pages(key, size)) + 1):
            yield self.png(key, size, page)


@pytest.fixture(scope="module")
def rendered(docs, tmp_path_factory) -> Rendered:
    return Rendered(docs, tmp_path_factory.mktemp("pages"))


def decode_qr(paths: Iterable[Path]) -> tuple[str, float]:
    """The first QR code found on the pages and its width in pixels at ``DPI``.  The whole
    page first; then, where a code was found but not read, that area cropped and enlarged."""
    detector = cv2.QRCodeDetector()
    for path in paths:
        image = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
        data, points, _ = detector.detectAndDecode(image)
        if data:
            return data, _width(points)
        found, points = detector.detect(image)
        if found and points is not None:
            x0, y0 = points[0].min(axis=0).astype(int)
            x1, y1 = points[0].max(axis=0).astype(int)
            pad = max(x1 - x0, y1 - y0) // 3
            crop = image[max(0, y0 - pad) : y1 + pad, max(0, x0 - pad) : x1 + pad]
            big = cv2.resize(crop, None, fx=2, fy=2, interpolation=cv2.INTER_NEAREST)
            data, points2, _ = detector.detectAndDecode(big)
            if data:
                return data, _width(points2) / 2
    return "", 0.0


def _width(points) -> float:
    corners = points.reshape(-1, 2)
    return float(corners[:, 0].max() - corners[:, 0].min())


def px_to_mm(px: float) -> float:
    return px / DPI * 25.4


# ---------------------------------------------------------------- every kind at every size


@pytest.mark.parametrize("size", SIZES, ids=str)
@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_the_qr_code_scans_back_to_the_payload(rendered, docs, kind, size):
    doc = docs[str(kind)]
    data, width_px = decode_qr(rendered.pngs(str(kind), size))
    assert data == doc.qr_payload
    symbol_mm = px_to_mm(width_px)
    lay = LAYOUTS[size]
    if lay.roll:
        assert 28 <= symbol_mm <= 36
        assert symbol_mm + 8 * (symbol_mm / 25) <= lay.frame_width / mm + 0.5  # quiet zone on the paper
    else:
        assert symbol_mm >= 25
    assert symbol_mm / 25 >= 0.5  # a version-2 code has 25 modules across: at least half a mm each


@pytest.mark.parametrize("size", SIZES, ids=str)
@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_the_text_carries_code_amounts_pickup_date_and_terms_version(rendered, docs, kind, size):
    doc = docs[str(kind)]
    text = rendered.text(str(kind), size)
    assert doc.code in text
    assert format_date(doc.pickup_date) in text
    assert re.search(r"Rp\d{1,3}(\.\d{3})+", text)
    if kind is not DocKind.SLIP:
        assert format_rupiah(doc.total) in text
    if kind in (DocKind.NOTA, DocKind.SLIP, DocKind.FINAL):
        assert f"Sisa tagihan {format_rupiah(doc.balance)}" in text
    if kind in (DocKind.NOTA, DocKind.FINAL):
        assert TERMS_HEADING.format(n=1) in text
        assert "versi 1" in text
    for word in ("Rp1.250.000", "Helvetica"):
        assert word not in text


@pytest.mark.parametrize("size", SIZES, ids=str)
@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_only_the_bundled_fonts_are_used(rendered, kind, size):
    reader = PdfReader(io.BytesIO(rendered.pdf(str(kind), size)))
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts
    assert all("DejaVuSans" in f for f in fonts), fonts
    assert any("Condensed" in f for f in fonts) == LAYOUTS[size].roll


@pytest.mark.parametrize("size", SIZES, ids=str)
def test_the_nota_shows_every_payment_and_the_pickup_rule(rendered, docs, size):
    doc = docs["nota"]
    text = rendered.text("nota", size)
    for line in doc.lines:
        assert format_rupiah(line.amount) in text
    assert "(belum cair)" in text  # the QRIS payment not yet cleared
    for label in ("DP (uang muka)", "Biaya penyimpanan", "Sudah dibayar", "Biaya tambahan"):
        assert label in text
    assert f"Sudah dibayar {format_rupiah(doc.paid)}" in text
    for rule in doc.terms.pickup.rule_lines(doc.pickup_date):
        assert " ".join(rule.split()) in text
    assert " ".join(doc.terms.text.split()[-12:]) in text  # the whole T&C, to its last words
    assert ("Pelanggan" in text and "Toko" in text and "( Siti Rahayu )" in text) == (
        size in (PaperSize.A4, PaperSize.A5)
    )


@pytest.mark.parametrize("size", SIZES, ids=str)
@pytest.mark.parametrize("kind", [DocKind.NOTA, DocKind.FINAL, DocKind.CONFIRMATION], ids=str)
def test_a_long_item_name_and_its_details_wrap_whole(rendered, kind, size):
    text = rendered.text(str(kind), size)
    assert LONG_NAME in text  # every word, in order: wrapped, not clipped
    for line in DETAILS.splitlines():
        assert " ".join(line.split()) in text


@pytest.mark.parametrize("size", SIZES, ids=str)
def test_the_confirmation_keeps_the_details_as_typed(rendered, size):
    raw = " ".join(rendered.pages("confirmation", size))
    # the typed line breaks and the runs of spaces survive (as non-breaking spaces)
    assert re.search(r"BUDI[\s\u00a0]{6}7[\s\u00a0]{3}\(L\)", raw)
    text = rendered.text("confirmation", size)
    assert "Saya sudah memeriksa detail di atas dan menyetujuinya untuk diproduksi." in text
    assert "Tanda tangan" in text


@pytest.mark.parametrize("size", SIZES, ids=str)
def test_the_final_receipt_says_paid_with_every_line(rendered, docs, size):
    doc = docs["final"]
    assert doc.balance == 0
    text = rendered.text("final", size)
    assert "NOTA LUNAS" in text and "LUNAS" in text.replace("NOTA LUNAS", "")
    assert "Koreksi: Pembayaran" in text and "Biaya penyimpanan" in text
    assert f"Sudah dibayar {format_rupiah(doc.paid)}" in text
    assert "Sudah diambil" in text


@pytest.mark.parametrize("size", SIZES, ids=str)
def test_the_slip_fits_one_small_page(rendered, docs, size):
    doc = docs["slip"]
    reader = PdfReader(io.BytesIO(rendered.pdf("slip", size)))
    assert len(reader.pages) == 1
    text = rendered.text("slip", size)
    assert "SLIP PENGAMBILAN" in text and doc.customer_name in text
    assert " ".join(doc.terms.pickup.one_line(doc.pickup_date).split()) in text
    if LAYOUTS[size].roll:
        assert float(reader.pages[0].mediabox.height) < 140 * mm  # a short roll


# ---------------------------------------------------------------- thermal rolls


@pytest.mark.parametrize("size", ROLLS, ids=str)
@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_a_roll_is_one_page_as_wide_as_the_roll(rendered, kind, size):
    reader = PdfReader(io.BytesIO(rendered.pdf(str(kind), size)))
    assert len(reader.pages) == 1
    width = float(reader.pages[0].mediabox.width)
    assert width == pytest.approx({PaperSize.MM58: 58, PaperSize.MM80: 80}[size] * mm, abs=0.01)


@pytest.mark.parametrize("size", ROLLS, ids=str)
def test_a_roll_grows_with_its_content(docs, size):
    doc = docs["nota"]
    heights = []
    for times in (1, 2, 6):
        more = dataclasses.replace(doc, items=doc.items * times, total=doc.total * times)
        reader = PdfReader(io.BytesIO(render_pdf(more, size)))
        assert len(reader.pages) == 1
        heights.append(float(reader.pages[0].mediabox.height))
    assert heights[0] < heights[1] < heights[2]
    # and it is not padded: the content ends within a few millimetres of the page's end
    assert heights[2] - heights[1] == pytest.approx(4 * (heights[1] - heights[0]), rel=0.02)


def test_the_roll_page_is_as_long_as_its_content(rendered):
    """No blank paper: the last line (the printed time) sits just above the bottom margin."""
    png = rendered.png("nota", PaperSize.MM80, 1)
    image = cv2.imread(str(png), cv2.IMREAD_GRAYSCALE)
    rows = (image < 128).any(axis=1).nonzero()[0]
    blank_below = px_to_mm(image.shape[0] - 1 - rows.max())
    assert blank_below < LAYOUTS[PaperSize.MM80].bottom / mm + 3
    assert px_to_mm(rows.min()) < LAYOUTS[PaperSize.MM80].top / mm + 3


# ---------------------------------------------------------------- a long order on A4


def test_a_hundred_items_paginate_on_a4_with_the_totals_on_the_last_page(rendered, docs):
    doc = docs["many"]
    assert len(doc.items) == 100
    pages = rendered.pages("many", PaperSize.A4)
    assert len(pages) > 1
    flat = [" ".join(p.split()) for p in pages]
    assert "Sisa tagihan" in flat[-1] and format_rupiah(doc.balance) in flat[-1]
    assert "Total pesanan" in flat[-1]
    assert TERMS_HEADING.format(n=1) not in flat[0]
    assert TERMS_HEADING.format(n=1) in flat[-1]
    assert "Ketentuan pengambilan" in flat[-1]
    # the items table's header repeats on every page that has items; each item once, in order
    item_pages = [p for p in flat if "model 0" in p]
    assert len(item_pages) > 1
    assert all("Barang" in p and "Subtotal" in p for p in item_pages)
    joined = " ".join(flat)
    positions = [joined.find(f"model {n:03d}") for n in range(100)]
    assert all(p >= 0 for p in positions) and positions == sorted(positions)
    assert all(joined.count(f"model {n:03d}") == 1 for n in range(100))
    # the totals come after the last item
    assert joined.find("Sisa tagihan") > positions[-1]
    # every page footer counts the pages
    assert all(f"Halaman {i}/{len(pages)}" in p for i, p in enumerate(flat, 1))


def test_a_short_nota_on_a4_is_one_page(rendered):
    assert len(rendered.pages("nota", PaperSize.A4)) == 1


@pytest.mark.parametrize("size", SIZES, ids=str)
def test_a_huge_custom_detail_still_renders(docs, size):
    """A row taller than a page splits inside itself rather than failing the print."""
    doc = docs["confirmation"]
    huge = "\n".join(f"Baris {n}: nama pemain dan nomor punggung" for n in range(150))
    more = dataclasses.replace(doc, items=[DocItem("Jersey tim", 30, 120_000, huge)])
    for kind in (DocKind.NOTA, DocKind.CONFIRMATION):
        pdf = render_pdf(dataclasses.replace(more, kind=kind), size)
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
        assert "Baris 149: nama pemain" in text


def test_text_is_escaped_not_interpreted(docs):
    doc = dataclasses.replace(
        docs["nota"],
        customer_name="Budi <b>& Sons</b>",
        items=[DocItem("Kaos <i>polos</i> & sablon", 1, 50_000, "a < b > c & d")],
        total=50_000,
    )
    text = " ".join(PdfReader(io.BytesIO(render_pdf(doc, PaperSize.A5))).pages[0].extract_text().split())
    assert "Budi <b>& Sons</b>" in text
    assert "Kaos <i>polos</i> & sablon" in text
    assert "a < b > c & d" in text


def test_a_damaged_logo_does_not_stop_the_nota(docs):
    doc = dataclasses.replace(
        docs["nota"], shop=dataclasses.replace(docs["nota"].shop, logo_png=b"not a png")
    )
    assert render_pdf(doc, PaperSize.A5).startswith(b"%PDF")


def test_the_qr_modules_are_whole_printer_dots_on_a_roll():
    qr = QRCode("TOKO:TD-2611-0001:ABCDEF", symbol_width=30 * mm, max_width=48 * mm, dot=72 / 203)
    dots = qr.module / (72 / 203)
    assert dots == pytest.approx(round(dots))
    assert qr.width <= 48 * mm
    assert qr.symbol_width >= 28 * mm


def test_a_size_may_be_given_by_name(docs):
    assert render_pdf(docs["slip"], "80mm").startswith(b"%PDF")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        render_pdf(docs["slip"], "a3")  # type: ignore[arg-type]
