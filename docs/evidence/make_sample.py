"""Make the sample evidence bundle shown in ``docs/evidence``: a demo-like customer with a
custom order (deposit, payments, one payment reversed, every status move), a second order,
and a week of chat, calls and notes: multi-line messages, a WhatsApp screenshot, a photo, the
nota as PDF, a voice note, and a correction.  Everything goes through the services, as the
app does; the times are fixed (Asia/Jakarta), so the pages come out the same each run.

    .venv/bin/python docs/evidence/make_sample.py        # writes docs/evidence/page-*.png

Needs ``pdftoppm`` (poppler-utils).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

os.environ["TZ"] = "Asia/Jakarta"
time.tzset()
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from tokodesk.documents.model import DocKind, PaperSize  # noqa: E402
from tokodesk.domain.ledger import PaymentMethod  # noqa: E402
from tokodesk.domain.log import Channel, Direction  # noqa: E402
from tokodesk.domain.orders import Fulfilment, OrderStatus  # noqa: E402
from tokodesk.resources import resource  # noqa: E402
from tokodesk.services import documents, evidence, settings  # noqa: E402
from tokodesk.services.customers import CustomerInput, create_customer  # noqa: E402
from tokodesk.services.database import open_database  # noqa: E402
from tokodesk.services.log import FileInput, LogInput, add_entry  # noqa: E402
from tokodesk.services.orders import ItemInput, OrderInput, move_order, take_order  # noqa: E402
from tokodesk.services.payments import PaymentInput, record_payment, reverse_entry  # noqa: E402

WIB = dt.timezone(dt.timedelta(hours=7))
NOW = dt.datetime(2026, 11, 22, 10, 30, tzinfo=WIB)
DAY = dt.date(2026, 11, 12)


def at(day: int, hh: int, mm: int) -> dt.datetime:
    return dt.datetime.combine(DAY + dt.timedelta(days=day), dt.time(hh, mm), WIB)


def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(resource("fonts", name)), size)


def chat_screenshot() -> bytes:
    """A WhatsApp-like chat screenshot, 540 × 960."""
    w, h = 540, 960
    img = Image.new("RGB", (w, h), "#efe7dd")
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w, 92], fill="#075e54")
    d.ellipse([18, 22, 66, 70], fill="#cfd8dc")
    d.text((82, 24), "Toko Berkah Sablon", font=font(24, True), fill="white")
    d.text((82, 56), "online", font=font(17), fill="#d7f2ec")
    bubbles = [
        ("in", "Kak, ini desainnya ya.\nDepan: RINA & DIMAS\nBelakang: 12.12.2026", "09.12"),
        ("out", "Siap Kak. Ukuran: 12 M,\n8 L, 4 XL ya?", "09.14"),
        ("in", "Iya betul kak 👍", "09.15"),
        ("out", "Baik, kami kirim detail\nuntuk dikonfirmasi ya Kak.", "09.16"),
        ("in", "SETUJU kak, sudah benar.\nTolong hurufnya tebal ya", "09.31"),
    ]
    y = 120
    body = font(21)
    small = font(14)
    for side, text, clock in bubbles:
        lines = text.split("\n")
        tw = max(d.textlength(line.replace("👍", "(y)"), font=body) for line in lines)
        bw, bh = int(tw) + 90, 30 * len(lines) + 26
        x = 16 if side == "in" else w - 16 - bw
        d.rounded_rectangle([x, y, x + bw, y + bh], 12, fill="white" if side == "in" else "#dcf8c6")
        for i, line in enumerate(lines):
            d.text((x + 14, y + 10 + 30 * i), line.replace("👍", "(y)"), font=body, fill="#111111")
        d.text((x + bw - 52, y + bh - 22), clock, font=small, fill="#667781")
        y += bh + 18
    d.rectangle([0, h - 70, w, h], fill="#f0f0f0")
    d.rounded_rectangle([12, h - 58, w - 80, h - 12], 22, fill="white")
    d.text((34, h - 46), "Ketik pesan", font=font(19), fill="#999999")
    d.ellipse([w - 66, h - 60, w - 14, h - 10], fill="#00a884")
    out = io.BytesIO()
    img.save(out, "PNG", optimize=True)
    return out.getvalue()


def shirt_photo() -> bytes:
    """A photo of the printed shirt (landscape JPEG)."""
    w, h = 1200, 800
    img = Image.new("RGB", (w, h), "#c9b79c")
    d = ImageDraw.Draw(img)
    for i in range(0, h, 8):
        d.line([0, i, w, i], fill="#c2b092" if (i // 8) % 2 else "#cdbb9f")
    d.polygon(
        [
            (380, 120),
            (520, 90),
            (680, 90),
            (820, 120),
            (980, 260),
            (880, 360),
            (820, 310),
            (820, 740),
            (380, 740),
            (380, 310),
            (320, 360),
            (220, 260),
        ],
        fill="#1d1d1f",
    )
    d.ellipse([545, 70, 655, 140], fill="#c9b79c")
    d.text((470, 330), "RINA", font=font(92, True), fill="#f5f5f5")
    d.text((465, 440), "& DIMAS", font=font(60, True), fill="#f5f5f5")
    d.text((490, 560), "12.12.2026", font=font(40), fill="#e0c068")
    out = io.BytesIO()
    img.save(out, "JPEG", quality=82)
    return out.getvalue()


VOICE_NOTE = b"OggS\x00\x02" + b"\x00" * 20 + b"OpusHead" + bytes(range(256)) * 12


def build(path: Path) -> tuple[str, str]:
    db = open_database(str(path), now=at(0, 8, 0))
    actor = db.actor

    def fill(s):
        settings.put(s, "shop.name", "Toko Berkah Sablon & Souvenir")
        settings.put(s, "shop.address", "Jl. Cempaka Putih Raya No. 12, Jakarta Pusat 10510")
        settings.put(s, "shop.phone", "0812-8800-1234")
        settings.put(s, "shop.whatsapp", "0812-8800-1234")
        cust, _ = create_customer(
            s, CustomerInput("Rina Wulandari", "0813-1122-3344"), actor=actor, now=at(0, 9, 0)
        )
        cid = cust.id
        code, ch = take_order(
            s,
            OrderInput(
                customer_id=cid,
                items=[
                    ItemInput(
                        "Kaos sablon custom hitam, cotton combed 30s",
                        24,
                        85_000,
                        "Depan: RINA & DIMAS (huruf tebal)\nBelakang: 12.12.2026\nUkuran: 12 M, 8 L, 4 XL",
                    ),
                    ItemInput("Totebag kanvas sablon 1 warna", 24, 25_000),
                ],
                fulfilment=Fulfilment.PICKUP,
                pickup_date=DAY + dt.timedelta(days=8),
                deposit=1_000_000,
                method=PaymentMethod.TRANSFER,
            ),
            actor=actor,
            now=at(0, 9, 40),
        )
        oid = ch.order_id

        def log(when, channel, direction, text, *, files=(), order=oid, corrects=None, recorded=None):
            entry_id, _ = add_entry(
                s,
                LogInput(
                    cid,
                    channel,
                    direction,
                    text,
                    order_id=order,
                    happened_at=when,
                    attachments=list(files),
                    corrects_id=corrects,
                ),
                actor=actor,
                now=recorded or when,
            )
            return entry_id

        nota = documents.render(
            documents.build_document(s, oid, DocKind.NOTA, now=at(0, 9, 41)), PaperSize.A5
        )
        log(
            at(0, 9, 5),
            Channel.WHATSAPP,
            Direction.IN,
            "Halo kak, mau pesan kaos couple buat acara lamaran 24 pcs + totebag.\n"
            "Desain nanti saya kirim ya. Bisa selesai sebelum tgl 20?",
        )
        log(
            at(0, 9, 45),
            Channel.WHATSAPP,
            Direction.OUT,
            f"Terima kasih Kak Rina, pesanan {code} sudah kami catat. DP Rp1.000.000 sudah kami terima.\n"
            "Tanggal ambil: 20 Nov 2026. Nota terlampir ya Kak.",
            files=[FileInput(f"Nota-{code}.pdf", nota)],
        )
        shot = log(
            at(1, 9, 35),
            Channel.WHATSAPP,
            Direction.IN,
            "Desain dan ukuran sudah saya konfirmasi (tangkapan layar chat).",
            files=[FileInput("Screenshot_20261113-093500_WhatsApp.png", chat_screenshot())],
            recorded=at(1, 9, 52),
        )
        move_order(
            s,
            oid,
            OrderStatus.CONFIRMED,
            actor=actor,
            now=at(1, 9, 55),
            note="Detail dikonfirmasi pelanggan lewat WhatsApp",
        )
        move_order(s, oid, OrderStatus.IN_PRODUCTION, actor=actor, now=at(2, 8, 10))
        wrong = log(
            at(2, 8, 15),
            Channel.IN_PERSON,
            Direction.NOTE,
            f"Produksi {code} mulai. Tinta putih plastisol, huruf tebal sesuai permintaan.\n"
            "Target selesai 18 Nov.",
        )
        log(
            at(2, 8, 40),
            Channel.IN_PERSON,
            Direction.NOTE,
            "Koreksi: target selesai 19 Nov (bukan 18 Nov); mesin press sedang diservis sehari.",
            corrects=wrong,
        )
        log(
            at(3, 14, 2),
            Channel.PHONE,
            Direction.IN,
            "Pelanggan menelepon: minta tanggal di belakang diganti 12.12.2026 → tetap, hanya menanyakan. "
            "Dijelaskan tidak ada perubahan; desain mengikuti yang sudah disetujui.",
            recorded=at(3, 14, 11),
        )
        pid, _ = record_payment(
            s, PaymentInput(oid, 500_000, PaymentMethod.QRIS), actor=actor, now=at(4, 16, 0)
        )
        reverse_entry(
            s, pid, "Salah input: QRIS gagal, pelanggan belum membayar", actor=actor, now=at(4, 16, 7)
        )
        log(
            at(4, 16, 9),
            Channel.WHATSAPP,
            Direction.OUT,
            "Kak Rina, pembayaran QRIS tadi ternyata gagal di sisi bank, belum masuk ke kami ya Kak. "
            "Silakan dicoba lagi atau transfer.",
        )
        move_order(s, oid, OrderStatus.READY, actor=actor, now=at(7, 11, 0))
        log(
            at(7, 11, 5),
            Channel.WHATSAPP,
            Direction.OUT,
            f"Kak Rina, pesanan {code} sudah siap diambil. Sisa tagihan Rp1.640.000.\nIni fotonya ya Kak 🙏",
            files=[FileInput("IMG_20261119_110312.jpg", shirt_photo())],
        )
        log(
            at(7, 11, 40),
            Channel.WHATSAPP,
            Direction.IN,
            "Bagus kak! 😍 Besok sore saya ambil ya.",
            files=[FileInput("PTT-20261119-WA0007.opus", VOICE_NOTE)],
        )
        record_payment(
            s,
            PaymentInput(oid, 1_640_000, PaymentMethod.CASH, note="Pelunasan"),
            actor=actor,
            now=at(8, 16, 20),
        )
        move_order(
            s,
            oid,
            OrderStatus.COLLECTED,
            actor=actor,
            now=at(8, 16, 25),
            note="Diambil sendiri oleh pelanggan",
        )
        log(
            at(8, 16, 30),
            Channel.IN_PERSON,
            Direction.NOTE,
            "Diambil langsung oleh Kak Rina, barang dicek bersama: 24 kaos + 24 totebag lengkap, "
            "tidak ada cacat.",
        )
        code2, ch2 = take_order(
            s,
            OrderInput(
                customer_id=cid,
                items=[ItemInput("Mug keramik putih", 2, 35_000)],
                fulfilment=Fulfilment.PICKUP,
                pickup_date=DAY + dt.timedelta(days=12),
                deposit=70_000,
                method=PaymentMethod.CASH,
            ),
            actor=actor,
            now=at(8, 16, 35),
        )
        log(
            at(8, 16, 36),
            Channel.IN_PERSON,
            Direction.OUT,
            f"Pesanan tambahan {code2} dibayar lunas di toko; ambil 24 Nov.",
            order=ch2.order_id,
        )
        return code, shot

    code, _ = db.write(fill)
    db.close()
    return code, "0813-1122-3344"


def main() -> int:
    pdftoppm = shutil.which("pdftoppm")
    if not pdftoppm:
        print("pdftoppm (poppler-utils) is missing", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sample.sqlite3"
        _, phone = build(path)
        db = open_database(str(path), now=NOW)
        out = Path(tmp) / "bukti.zip"
        done = db.read(
            lambda s: evidence.write_bundle(
                s, evidence.evidence_for_customer(s, phone, actor=db.actor, now=NOW), out
            )
        )
        db.close()
        with zipfile.ZipFile(out) as zf:
            pdf = zf.read(done.pdf_name)
            print("\n".join(zf.namelist()))
        (Path(tmp) / "sample.pdf").write_bytes(pdf)
        for old in HERE.glob("page-*.png"):
            old.unlink()
        subprocess.run(
            [pdftoppm, "-r", "70", "-png", str(Path(tmp) / "sample.pdf"), str(HERE / "page")], check=True
        )
        if "--keep-pdf" in sys.argv:
            shutil.copy(Path(tmp) / "sample.pdf", HERE / "sample.pdf")
    print(f"{done.entries} entries, {done.attachments} attachments; pages in {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
