"""How long one nota takes to render: median and p95 over many renders, and the first render
(which pays for registering the fonts).  Its own harness, not a timed test: timings on a busy
CI machine say nothing.

    .venv/bin/python bench/nota.py              # the table
    .venv/bin/python bench/nota.py --png docs/documents   # also the 20 sample images

The order is a realistic one taken through the services in a throw-away database: three
items (one with a long name and several lines of custom details), a deposit, a second
payment, a transfer not yet cleared and a storage fee.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tokodesk.db.models import Order
from tokodesk.documents.model import DocKind, OrderDocument, PaperSize
from tokodesk.domain.ledger import EntryKind, PaymentMethod
from tokodesk.domain.orders import Fulfilment, OrderStatus
from tokodesk.resources import resource
from tokodesk.services import payments, settings
from tokodesk.services.customers import CustomerInput, create_customer
from tokodesk.services.database import open_database
from tokodesk.services.documents import build_document
from tokodesk.services.orders import ItemInput, OrderInput, move_order, take_order

WIB = dt.timezone(dt.timedelta(hours=7))
TAKEN = dt.datetime(2026, 11, 22, 10, 15, tzinfo=WIB)

LONG_NAME = (
    "Kaos sablon custom lengan pendek bahan cotton combed 30s warna hitam, sablon plastisol "
    "depan dan belakang, jahitan rantai, ukuran sesuai daftar terlampir"
)
DETAILS = (
    'Depan: logo "KARANG TARUNA RW 05" lebar 25 cm, tengah dada\n'
    "Belakang: nama + nomor punggung\n"
    "  - BUDI      7   (L)\n"
    "  - SITI      10  (M)\n"
    "  - ANDI      23  (XL)\n"
    "Warna tinta: putih & kuning emas"
)


def sample_logo() -> bytes:
    """A small round logo, as a shop might upload."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGBA", (240, 240), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    d.ellipse((4, 4, 236, 236), fill=(20, 20, 20, 255))
    font = ImageFont.truetype(str(resource("fonts", "DejaVuSans-Bold.ttf")), 96)
    d.text((120, 122), "MJ", font=font, fill=(255, 255, 255, 255), anchor="mm")
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def sample_documents(path: Path) -> dict[DocKind, OrderDocument]:
    """The sample order in a new database at ``path``, as each kind of document shows it."""
    db = open_database(str(path), now=TAKEN)
    actor = db.actor

    def setup(s):
        settings.put(s, "shop.name", "Sablon & Bordir Maju Jaya")
        settings.put(s, "shop.address", "Jl. Pasar Baru No. 12, Sumur Bandung, Bandung 40111")
        settings.put(s, "shop.phone", "022-4201234")
        settings.put(s, "shop.whatsapp", "0812-3456-7890")
        settings.put(s, "shop.logo_png", base64.b64encode(sample_logo()).decode())
        customer, _ = create_customer(
            s, CustomerInput(name="Siti Rahayu", phone="0813-2233-4455"), actor=actor, now=TAKEN
        )
        items = [
            ItemInput(LONG_NAME, 12, 85_000, DETAILS),
            ItemInput("Topi bordir nama", 12, 45_000, "Bordir: KARTAR RW05\nWarna benang: emas"),
            ItemInput("Stiker vinyl logo 10 × 10 cm", 50, 2_500),
        ]
        _, changes = take_order(
            s,
            OrderInput(
                customer_id=customer.id,
                items=items,
                fulfilment=Fulfilment.PICKUP,
                pickup_date=dt.date(2026, 11, 25),
                deposit=600_000,
                method=PaymentMethod.CASH,
                notes="Sablon belakang pakai font tebal.",
            ),
            actor=actor,
            now=TAKEN,
        )
        oid = changes.order_id
        at = TAKEN + dt.timedelta(days=1)
        payments.record_payment(
            s, payments.PaymentInput(oid, 500_000, PaymentMethod.TRANSFER), actor=actor, now=at
        )
        pending_id, _ = payments.record_payment(
            s,
            payments.PaymentInput(oid, 200_000, PaymentMethod.QRIS, cleared=False),
            actor=actor,
            now=at + dt.timedelta(hours=2),
        )
        fee_at = TAKEN + dt.timedelta(days=6)
        payments.append_entry(s, oid, EntryKind.STORAGE_FEE, 10_000, actor=actor, now=fee_at)
        docs = {k: build_document(s, oid, k, now=fee_at) for k in (DocKind.NOTA, DocKind.SLIP)}
        docs[DocKind.CONFIRMATION] = build_document(s, oid, DocKind.CONFIRMATION, now=TAKEN)
        # the handover: the QRIS payment never arrived and is corrected, the rest paid in cash
        handover = fee_at + dt.timedelta(hours=3)
        payments.reverse_entry(s, pending_id, "Dana QRIS tidak masuk", actor=actor, now=handover)
        for target in (OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION, OrderStatus.READY):
            move_order(s, oid, target, actor=actor, now=handover)
        due = payments.order_totals(s, s.get(Order, oid)).balance
        payments.record_payment(
            s, payments.PaymentInput(oid, due, PaymentMethod.CASH), actor=actor, now=handover
        )
        move_order(s, oid, OrderStatus.COLLECTED, actor=actor, now=handover)
        docs[DocKind.FINAL] = build_document(s, oid, DocKind.FINAL, now=handover)
        return docs

    try:
        return db.write(setup)
    finally:
        db.close()


def measure(doc: OrderDocument, size: PaperSize, runs: int) -> tuple[float, float]:
    from tokodesk.documents.render import render_pdf

    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        render_pdf(doc, size)
        times.append(time.perf_counter() - t0)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]


def write_pngs(docs: dict[DocKind, OrderDocument], out: Path, dpi: int = 100) -> list[Path]:
    """Every kind at every size as one PNG (pages side by side), greyscale to stay small."""
    import pypdfium2 as pdfium
    from PIL import Image

    from tokodesk.documents.render import render_pdf

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, doc in docs.items():
        for size in PaperSize:
            pdf = pdfium.PdfDocument(render_pdf(doc, size))
            pages = [p.render(scale=dpi / 72).to_pil().convert("L") for p in pdf]
            pdf.close()
            gap = 12
            w = sum(p.width for p in pages) + gap * (len(pages) + 1)
            h = max(p.height for p in pages) + 2 * gap
            sheet = Image.new("L", (w, h), 200)
            x = gap
            for p in pages:
                sheet.paste(p, (x, gap))
                x += p.width + gap
            path = out / f"{kind.value}-{size.value}.png"
            sheet.quantize(16).save(path, optimize=True)
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100, help="renders per size (at least 50)")
    parser.add_argument("--png", type=Path, help="also write every document at every size as PNG here")
    args = parser.parse_args(argv)
    runs = max(args.runs, 50)
    with tempfile.TemporaryDirectory(prefix="tokodesk-bench-") as tmp:
        docs = sample_documents(Path(tmp) / "bench.sqlite3")
    nota = docs[DocKind.NOTA]

    import pypdfium2 as pdfium

    t0 = time.perf_counter()
    import tokodesk.documents.render as render  # reportlab and qrcode come in here

    t_import = time.perf_counter() - t0
    t0 = time.perf_counter()
    render.render_pdf(nota, PaperSize.A5)
    first = time.perf_counter() - t0

    print(
        f"nota of {nota.code}: {len(nota.items)} items, {len(nota.lines)} ledger lines, {runs} renders each"
    )
    print(f"import of the renderer (reportlab, qrcode): {t_import * 1000:7.1f} ms")
    print(f"first render, A5 (registers the fonts):     {first * 1000:7.1f} ms")
    print()
    print(f"{'size':<6} {'median':>9} {'p95':>9} {'pages':>6} {'bytes':>8}")
    for size in (PaperSize.A5, PaperSize.MM80, PaperSize.A4, PaperSize.MM58):
        median, p95 = measure(nota, size, runs)
        pdf = render.render_pdf(nota, size)
        pages = len(pdfium.PdfDocument(pdf))
        print(f"{size.value:<6} {median * 1000:7.1f}ms {p95 * 1000:7.1f}ms {pages:>6} {len(pdf):>8}")
    if args.png:
        for path in write_pngs(docs, args.png):
            print(f"wrote {path} ({path.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
