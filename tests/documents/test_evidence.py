"""The evidence bundle, checked the way a third party meets it: ``tokodesk evidence`` is run
on a shop built through the services, the ZIP is opened, the PDF's text read (pypdf) and
its image page rendered (pdftoppm); the attachments must be the very bytes that were
attached and the manifest must check out.

The shop: one customer with two orders (the first with a deposit, a payment and its
reversal, and status moves; the second plain) and six log entries: a multi-line message
with a photo, a message with a PDF, a correction of the first, one about the second order,
one tied to no order that mentions the first order's code, and one about neither.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import shutil
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from pypdf import PdfReader

from tests import factories as f
from tests.factories import open_as_owner as open_database
from tokodesk.cli.main import run
from tokodesk.documents.evidence import (
    ChainCheck,
    Evidence,
    EvidenceAttachment,
    EvidenceEntry,
    render_evidence,
    shown,
)
from tokodesk.documents.model import ShopInfo
from tokodesk.domain.dates import format_datetime
from tokodesk.domain.ledger import PaymentMethod
from tokodesk.domain.log import Channel, Direction
from tokodesk.domain.money import format_rupiah
from tokodesk.services import log as log_service
from tokodesk.services import settings
from tokodesk.services.evidence import zip_name
from tokodesk.services.orders import OrderStatus, move_order
from tokodesk.services.payments import PaymentInput, record_payment, reverse_entry

NOW = dt.datetime(2026, 11, 22, 3, 0, tzinfo=dt.UTC)
PHONE = "0813-1111-2222"
RED = (230, 20, 20)


def red_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (240, 160), RED).save(out, "PNG")
    return out.getvalue()


PNG = red_png()
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
MULTILINE = "Kak Dewi, detail pesanan:\nDepan: DEWI LESTARI\nBelakang: nomor 07\nTolong dicek ya"
TEXTS = {
    "photo": MULTILINE,
    "pdf": "Nota pesanan terlampir ya Kak",
    "correction": "Koreksi: nomor punggung 17, bukan 07",
    "other_order": "Pesanan mug untuk kantor, ambil hari Jumat",
    "mention": "Pelanggan menelepon menanyakan pesanan {code}",
    "unrelated": "Pelanggan tanya jam buka toko hari Minggu",
}


class Shop:
    path: Path
    code: str
    other_code: str
    ids: dict[str, int]
    times: dict[str, tuple[dt.datetime, dt.datetime]]  # happened, recorded
    hashes: dict[str, str]
    amounts: list[int]


def build_shop(path: Path) -> Shop:
    shop = Shop()
    shop.path = path
    shop.ids, shop.times = {}, {}
    db = open_database(str(path), now=NOW)

    def fill(s):
        settings.put(s, "shop.name", "Toko Maju Jaya")
        settings.put(s, "shop.address", "Jl. Melati No. 5, Bandung")
        cust = f.customer(s, db.actor, NOW, name="Dewi Lestari", phone=PHONE)
        code, oid = f.order(s, db.actor, NOW, customer_id=cust.id)  # Rp200.000, DP Rp100.000: ledger #1
        other_code, other_id = f.order(s, db.actor, NOW, customer_id=cust.id)  # ledger #2
        pid, _ = record_payment(s, PaymentInput(oid, 30_000, PaymentMethod.QRIS), actor=db.actor, now=NOW)
        reverse_entry(s, pid, "QRIS gagal", actor=db.actor, now=NOW)
        move_order(s, oid, OrderStatus.CONFIRMED, actor=db.actor, now=NOW, note="Detail disetujui")
        f.confirm(s, db.actor, NOW, oid)
        move_order(s, oid, OrderStatus.IN_PRODUCTION, actor=db.actor, now=NOW)

        def add(key, order, text, *, days, files=(), corrects=None, late=0):
            happened = NOW - dt.timedelta(days=days, hours=2)
            recorded = happened + dt.timedelta(minutes=late)
            entry_id, _ = log_service.add_entry(
                s,
                log_service.LogInput(
                    cust.id,
                    Channel.WHATSAPP,
                    Direction.IN if key != "correction" else Direction.NOTE,
                    text=text,
                    order_id=order,
                    attachments=list(files),
                    happened_at=happened,
                    corrects_id=corrects,
                ),
                actor=db.actor,
                now=recorded,
            )
            shop.ids[key] = entry_id
            shop.times[key] = (happened, recorded)

        # added out of time order on purpose: the PDF must sort by when it happened
        add("pdf", oid, TEXTS["pdf"], days=3, files=[log_service.FileInput("nota.pdf", PDF)])
        add("photo", oid, MULTILINE, days=5, files=[log_service.FileInput("foto desain.png", PNG)], late=47)
        add("correction", oid, TEXTS["correction"], days=2, corrects=shop.ids["photo"])
        add("other_order", other_id, TEXTS["other_order"], days=1)
        add("mention", None, TEXTS["mention"].format(code=code.lower()), days=1, late=5)
        add("unrelated", None, TEXTS["unrelated"], days=4)
        return code, other_code

    shop.code, shop.other_code = db.write(fill)
    db.close()
    con = sqlite3.connect(path)
    shop.hashes = {
        k: con.execute("SELECT hash FROM log_entries WHERE id = ?", (i,)).fetchone()[0]
        for k, i in shop.ids.items()
    }
    con.close()
    return shop


@pytest.fixture(scope="module")
def shop(tmp_path_factory) -> Shop:
    return build_shop(tmp_path_factory.mktemp("shop") / "toko.sqlite3")


@pytest.fixture
def own_shop(shop, tmp_path) -> Shop:
    """A copy of the shop file that a test may tamper with."""
    copy = Shop()
    copy.__dict__.update(shop.__dict__)
    copy.path = tmp_path / "toko.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        src = Path(str(shop.path) + suffix)
        if src.exists():
            shutil.copy(src, str(copy.path) + suffix)
    return copy


def evidence_cli(capsys, path: Path, out: Path, *which: str) -> tuple[int, str, str]:
    code = run(["evidence", *which, "--out", str(out), "--db", str(path)])
    got = capsys.readouterr()
    return code, got.out, got.err


class Bundle:
    def __init__(self, out: Path) -> None:
        self.zip = zipfile.ZipFile(out)
        self.names = self.zip.namelist()
        pdfs = [n for n in self.names if n.endswith(".pdf") and "/" not in n]
        assert len(pdfs) == 1, self.names
        self.pdf_name = pdfs[0]
        self.pdf = self.zip.read(self.pdf_name)
        self.reader = PdfReader(io.BytesIO(self.pdf))
        self.pages = [p.extract_text() or "" for p in self.reader.pages]
        # paragraphs keep runs of spaces as no-break spaces; a reader's copy is what counts
        self.text = "\n".join(self.pages).replace("\u00a0", " ")
        self.flat = re.sub(r"\s+", " ", self.text)

    def attachments(self) -> dict[str, bytes]:
        return {n: self.zip.read(n) for n in self.names if n.startswith("lampiran/")}


@pytest.fixture(scope="module")
def customer_bundle(shop, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "bukti.zip"
    code = run(["evidence", "--customer", PHONE, "--out", str(out), "--db", str(shop.path)])
    assert code == 0
    return Bundle(out)


# ---------------------------------------------------------------- the customer's evidence


def test_the_cli_says_what_it_wrote(shop, tmp_path, capsys):
    out = tmp_path / "bukti.zip"
    code, stdout, stderr = evidence_cli(capsys, shop.path, out, "--customer", PHONE)
    assert code == 0, stderr
    assert out.exists() and stderr == ""
    assert str(out) in stdout
    assert "7 catatan, 2 lampiran, 2 pesanan" in stdout
    assert re.search(r"\(\d+,\d (KB|MB)\)", stdout)


def test_the_zip_holds_the_pdf_the_originals_and_a_manifest(customer_bundle, shop):
    b = customer_bundle
    assert re.fullmatch(r"bukti-dewi-lestari-\d{4}-\d{2}-\d{2}\.pdf", b.pdf_name)
    assert b.pdf.startswith(b"%PDF-")
    photo, pdf = shop.ids["photo"], shop.ids["pdf"]
    assert b.attachments() == {
        f"lampiran/{photo}-1-foto desain.png": PNG,
        f"lampiran/{pdf}-1-nota.pdf": PDF,
    }
    for name, data in b.attachments().items():  # byte for byte what was attached
        original = PNG if name.endswith(".png") else PDF
        assert hashlib.sha256(data).hexdigest() == hashlib.sha256(original).hexdigest()
    assert {"README.txt", "manifest.txt"} <= set(b.names)


def test_the_manifest_checks_every_other_file(customer_bundle):
    b = customer_bundle
    lines = b.zip.read("manifest.txt").decode().splitlines()
    listed = {}
    for line in lines:
        digest, name = line.split("  ", 1)
        listed[name] = digest
    assert set(listed) == set(b.names) - {"manifest.txt"}
    for name, digest in listed.items():
        assert hashlib.sha256(b.zip.read(name)).hexdigest() == digest, name
    readme = b.zip.read("README.txt").decode()
    assert "sha256sum -c manifest.txt" in readme and "Dewi Lestari" in readme


def test_the_pdf_shows_the_title_block_and_the_seal_check(customer_bundle):
    t = customer_bundle.flat
    assert "Toko Maju Jaya" in t and "Jl. Melati No. 5, Bandung" in t
    assert "Dewi Lestari" in t and "0813-1111-2222" in t
    assert "Semua catatan dan pesanan pelanggan" in t
    assert "Dibuat oleh Staf Toko" in t
    assert "Semua segel utuh" in t
    assert "Segel utuh: 7 entri" in t  # the log
    assert "Segel utuh: 4 entri" in t  # the status history: two starts, two moves
    assert "RUSAK" not in t


def test_every_entry_with_both_times_its_text_and_its_seal(customer_bundle, shop):
    b = customer_bundle
    for key, text in TEXTS.items():
        text = text.format(code=shop.code.lower())
        for line in text.split("\n"):  # line breaks kept: each stored line is a line
            assert line in b.text.splitlines(), (key, line)
        happened, recorded = shop.times[key]
        assert f"terjadi {format_datetime(happened)}" in b.flat, key
        assert f"dicatat {format_datetime(recorded)}" in b.flat, key
        assert shop.hashes[key][:12] in b.flat, key
        assert shop.hashes[key] in b.flat.replace(" ", ""), key


def test_entries_come_in_the_order_they_happened(customer_bundle, shop):
    t = customer_bundle.flat
    by_time = sorted(TEXTS, key=lambda k: shop.times[k][0])
    positions = [t.index(TEXTS[k].format(code=shop.code.lower()).split("\n")[0]) for k in by_time]
    assert positions == sorted(positions)


def test_a_correction_is_shown_both_ways(customer_bundle, shop):
    t = customer_bundle.flat
    assert f"mengoreksi #{shop.ids['photo']}" in t
    assert f"dikoreksi oleh #{shop.ids['correction']}" in t


def test_attachments_are_listed_with_their_hashes(customer_bundle, shop):
    t = customer_bundle.flat.replace(" ", "")
    for data in (PNG, PDF):
        assert hashlib.sha256(data).hexdigest() in t
    assert "nota.pdf" in customer_bundle.flat and "application/pdf" in customer_bundle.flat


def test_payments_and_status_history(customer_bundle, shop):
    t = customer_bundle.flat
    for amount in (100_000, 30_000, -30_000):
        assert format_rupiah(amount) in t
    assert "membatalkan #3" in t and "dibatalkan oleh #4" in t  # the payment and its reversal
    assert "Draf (awal)" in t and "Draf → Dikonfirmasi" in t and "Dikonfirmasi → Diproduksi" in t
    assert "Detail disetujui" in t
    assert f"Pesanan {shop.code}" in t and f"Pesanan {shop.other_code}" in t


def test_pages_are_numbered(customer_bundle):
    pages = customer_bundle.pages
    for n, text in enumerate(pages, 1):
        assert f"Halaman {n}/{len(pages)}" in text


def test_the_photo_is_drawn_in_the_pdf(customer_bundle, tmp_path):
    b = customer_bundle
    with_image = [n for n, page in enumerate(b.reader.pages, 1) if page.images]
    assert with_image, "no image XObject on any page"
    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm, "pdftoppm (poppler-utils) is missing"
    pdf = tmp_path / "b.pdf"
    pdf.write_bytes(b.pdf)
    page = with_image[0]
    png = subprocess.run(
        [pdftoppm, "-r", "40", "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf)],
        check=True,
        capture_output=True,
    ).stdout
    px = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    red = int(((px[..., 0] > 200) & (px[..., 1] < 70) & (px[..., 2] < 70)).sum())
    # 240 × 160 px at 96 dpi is 63 × 42 mm: about 100 × 66 px at 40 dpi
    assert red > 4000


# ---------------------------------------------------------------- one order's evidence


def test_an_orders_evidence_holds_only_that_order(shop, tmp_path, capsys):
    out = tmp_path / "order.zip"
    code, stdout, stderr = evidence_cli(capsys, shop.path, out, "--order", shop.code.lower())
    assert code == 0, stderr
    b = Bundle(out)
    assert b.pdf_name.startswith(f"bukti-{shop.code}-")
    t = b.flat
    assert f"Pesanan {shop.code}" in t
    for key in ("photo", "pdf", "correction", "mention"):  # tied to it, mentioning it, correcting it
        assert TEXTS[key].format(code=shop.code.lower()).split("\n")[0] in t, key
    for key in ("other_order", "unrelated"):
        assert TEXTS[key] not in t, key
    assert f"Pesanan {shop.other_code}" not in t
    assert "5 catatan, 2 lampiran, 1 pesanan" in stdout
    assert set(b.attachments()) == {
        f"lampiran/{shop.ids['photo']}-1-foto desain.png",
        f"lampiran/{shop.ids['pdf']}-1-nota.pdf",
    }


def test_the_other_orders_evidence_leaves_the_first_out(shop, tmp_path, capsys):
    out = tmp_path / "other.zip"
    code, stdout, _ = evidence_cli(capsys, shop.path, out, "--order", shop.other_code)
    assert code == 0
    b = Bundle(out)
    assert TEXTS["other_order"] in b.flat
    assert "Kak Dewi, detail pesanan:" not in b.flat
    assert b.attachments() == {}
    assert "1 catatan, 0 lampiran, 1 pesanan" in stdout


# ---------------------------------------------------------------- tampering


def test_a_changed_entry_is_named_in_the_pdf(own_shop, tmp_path, capsys):
    con = sqlite3.connect(own_shop.path)
    with con:
        con.execute(
            "UPDATE log_entries SET text = 'Nota pesanan terlampir ya Kak!' WHERE id = ?",
            (own_shop.ids["pdf"],),
        )
    con.close()
    out = tmp_path / "bukti.zip"
    code, _, stderr = evidence_cli(capsys, own_shop.path, out, "--customer", PHONE)
    assert code == 0  # the evidence is still written: it says what is wrong
    assert "segel yang rusak" in stderr
    t = Bundle(out).flat
    assert "Semua segel utuh" not in t
    assert f"RUSAK: catatan komunikasi #{own_shop.ids['pdf']}: isinya tidak cocok dengan segelnya" in t
    assert "PERHATIAN" in t


def test_a_deleted_payment_is_named_in_the_pdf(own_shop, tmp_path, capsys):
    con = sqlite3.connect(own_shop.path)
    with con:
        con.execute("DELETE FROM ledger_entries WHERE id = 1")  # the deposit
    con.close()
    out = tmp_path / "bukti.zip"
    code, _, _ = evidence_cli(capsys, own_shop.path, out, "--customer", PHONE)
    assert code == 0
    t = Bundle(out).flat
    assert "RUSAK: buku pembayaran #2: entri sebelumnya hilang (dihapus)" in t
    assert "Segel utuh: 7 entri" in t  # the log itself is intact


def test_a_replaced_attachment_file_is_flagged(own_shop, tmp_path, capsys):
    """The seal covers an attachment's recorded SHA-256; the evidence also checks that the
    stored bytes still have it."""
    con = sqlite3.connect(own_shop.path)
    with con:
        con.execute("UPDATE attachments SET data = ? WHERE mime = 'application/pdf'", (PDF + b"%forged\n",))
    con.close()
    out = tmp_path / "bukti.zip"
    code, _, stderr = evidence_cli(capsys, own_shop.path, out, "--customer", PHONE)
    assert code == 0 and "segel yang rusak" in stderr
    t = Bundle(out).flat
    assert "tidak cocok dengan SHA-256 yang tercatat" in t


# ---------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("which", "message"),
    [
        (["--customer", "0899-0000-0000"], "Tidak ada pelanggan dengan No. HP 0899-0000-0000"),
        (["--customer", "bukan nomor"], "Tidak ada pelanggan dengan No. HP bukan nomor"),
        (["--order", "TD-0000-9999"], "Tidak ada pesanan dengan kode «TD-0000-9999»"),
    ],
)
def test_unknown_customer_or_order_writes_nothing(shop, tmp_path, capsys, which, message):
    out = tmp_path / "bukti.zip"
    code, stdout, stderr = evidence_cli(capsys, shop.path, out, *which)
    assert code == 1
    assert message in stderr and stdout == ""
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("which", [[], ["--customer", PHONE, "--order", "TD-0000-0001"]])
def test_exactly_one_of_customer_or_order(shop, tmp_path, capsys, which):
    out = tmp_path / "bukti.zip"
    code, _, stderr = evidence_cli(capsys, shop.path, out, *which)
    assert code == 2
    assert "pilih salah satu" in stderr
    assert not out.exists()


def test_a_missing_folder_is_a_message(shop, tmp_path, capsys):
    out = tmp_path / "tidak-ada" / "bukti.zip"
    code, _, stderr = evidence_cli(capsys, shop.path, out, "--customer", PHONE)
    assert code == 1 and "tidak ada" in stderr
    assert not out.parent.exists()


def test_a_failed_write_keeps_the_old_file(shop, tmp_path, capsys, monkeypatch):
    out = tmp_path / "bukti.zip"
    out.write_bytes(b"old")
    import tokodesk.services.evidence as ev_service

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ev_service, "_write_zip", broken)
    code, _, stderr = evidence_cli(capsys, shop.path, out, "--customer", PHONE)
    assert code == 1 and "No space left on device" in stderr
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["bukti.zip"]  # no temporary file left


# ---------------------------------------------------------------- the renderer on its own


def entry(n: int, text: str, *attachments: EvidenceAttachment) -> EvidenceEntry:
    t = NOW + dt.timedelta(minutes=n)
    return EvidenceEntry(
        id=n,
        happened_at=t,
        recorded_at=t,
        channel="WhatsApp",
        direction="Dari pelanggan",
        direction_key="in",
        staff="Staf Toko",
        text=text,
        order_code=None,
        source="dicatat manual",
        corrects_id=None,
        corrected_by=(),
        attachments=attachments,
        hash=f"{n:064x}",
    )


def evidence(*entries: EvidenceEntry) -> Evidence:
    return Evidence(
        shop=ShopInfo("Toko Uji"),
        customer_name="Budi",
        customer_phone="0812-0000-0000",
        scope="Semua catatan dan pesanan pelanggan",
        scope_note="",
        order_code=None,
        generated_at=NOW,
        generated_by="Staf Toko",
        checks=(ChainCheck("catatan komunikasi", len(entries), None),),
        entries=tuple(entries),
        orders=(),
    )


def test_a_long_text_flows_over_pages_and_nothing_is_lost():
    lines = [f"baris {i:03d} " + "kata " * (i % 23) for i in range(400)]
    url = "https://contoh.id/" + "x" * 300  # one word wider than the page: it wraps, not clipped
    text = "\n".join([*lines, url, "AKHIR"])
    reader = PdfReader(io.BytesIO(render_evidence(evidence(entry(1, text)))))
    assert len(reader.pages) > 3
    pages = [p.extract_text() for p in reader.pages]
    whole = "\n".join(pages).replace("\u00a0", " ")
    for i in (0, 199, 399):
        assert f"baris {i:03d}" in whole
    assert url in "".join(whole.split()) and "AKHIR" in whole
    assert f"Halaman {len(pages)}/{len(pages)}" in pages[-1]


def test_a_picture_that_cannot_be_read_is_listed_not_fatal():
    broken = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    att = EvidenceAttachment(
        "lampiran/1-1-rusak.png", "rusak.png", "image/png", len(broken), "ab" * 32, image=broken
    )
    reader = PdfReader(io.BytesIO(render_evidence(evidence(entry(1, "", att)))))
    text = reader.pages[0].extract_text()
    assert "tidak bisa ditampilkan" in text and "rusak.png" in text and "(tanpa teks)" in text


def test_a_tall_screenshot_is_cut_into_readable_slices():
    out = io.BytesIO()
    Image.new("RGB", (1080, 7000), (20, 120, 220)).save(out, "PNG")
    data = out.getvalue()
    att = EvidenceAttachment(
        "lampiran/1-1-panjang.png", "panjang.png", "image/png", len(data), "cd" * 32, image=data
    )
    reader = PdfReader(io.BytesIO(render_evidence(evidence(entry(1, "layar panjang", att)))))
    images = [img for page in reader.pages for img in page.images]
    assert len(images) >= 2  # slices, not one strip squeezed to a page's height


def test_characters_the_font_lacks_are_written_as_code_points():
    assert shown("Siap kak 🙏") == "Siap kak <font color='#777777'>[U+1F64F]</font>"
    assert shown("a  b\nc") == "a\u00a0 b<br/>c"  # render.exact: spaces and breaks kept
    # beyond the BMP even a glyph the font has: reportlab's text layer for those is broken
    assert shown("😀") == "<font color='#777777'>[U+1F600]</font>"


@pytest.mark.parametrize(
    ("filename", "expected"),
    [
        ("foto.png", "lampiran/7-2-foto.png"),
        ("../../etc/passwd", "lampiran/7-2-passwd"),
        ("C:\\Users\\a\\nota.pdf", "lampiran/7-2-nota.pdf"),
        ('a<b>:"c|?*.png', "lampiran/7-2-a_b___c___.png"),
        ("", "lampiran/7-2-lampiran"),
        (".hidden", "lampiran/7-2-hidden"),
    ],
)
def test_attachment_names_inside_the_zip_are_safe(filename, expected):
    assert zip_name(7, 2, filename) == expected
