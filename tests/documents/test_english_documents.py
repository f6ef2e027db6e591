"""A shop whose customers read English: the owner sets the customer's language once, and
every nota, pickup slip, final receipt and confirmation sheet (PDF at every size, and ESC/POS)
prints in English — labels, dates, the pickup rule, the QRIS box, the page footer and the
starter T&C — and the default messages go out in English.  The owner's own texts are never
translated, and a shop left on Indonesian prints exactly as before."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from tests import factories as f
from tests.factories import open_as_owner
from tokodesk.documents.escpos import render_escpos
from tokodesk.documents.model import DocKind, OrderDocument, PaperSize
from tokodesk.documents.render import render_pdf
from tokodesk.domain import qris
from tokodesk.domain.dates import format_date, format_datetime
from tokodesk.domain.errors import InvalidInput
from tokodesk.domain.ledger import EntryKind, PaymentMethod
from tokodesk.domain.messages import MessageKind
from tokodesk.domain.orders import OrderStatus
from tokodesk.services import notify, settings, shop, templates, terms
from tokodesk.services.access import NotAllowed
from tokodesk.services.documents import build_document
from tokodesk.services.orders import ItemInput, move_order
from tokodesk.services.payments import PaymentInput, record_payment, reverse_entry
from tokodesk.services.staff import StaffInput, add_staff, default_actor, get_actor

WIB = dt.timezone(dt.timedelta(hours=7))
TAKEN = dt.datetime(2026, 5, 4, 10, 0, tzinfo=WIB)  # May: "Mei" in Indonesian
PICKUP = dt.date(2026, 8, 14)  # August: "Agu"
READY_AT = dt.datetime(2026, 8, 14, 9, 0, tzinfo=WIB)
SLIP_DAY = dt.datetime(2026, 8, 19, 10, 0, tzinfo=WIB)  # 3 days past the 2 free days: Rp15.000
STATIC = qris.build_static(name="MAWAR CAKES", city="BANDUNG", merchant_id="ID1020021234567")

# words of the Indonesian documents that never belong on an English one (the customer's and
# the shop's own data in this test are English, so any hit is ours)
INDONESIAN = re.compile(
    r"\b(pesanan|pelanggan|tanggal|ambil|sisa|tagihan|biaya|simpan|hari|belum|sudah|dibayar|lunas|"
    r"dicetak|halaman|barang|harga|jumlah|jml|syarat|ketentuan|bayar|dengan|dan|yang|untuk|tidak|"
    r"gunting|bawa|nota|gratis|mulai|jika|hangus|cair|koreksi|tunai|pengambilan|terima|kasih|mohon|"
    r"telp|kode|dilayani|catatan|rincian|potongan|tanda|tangan|penerima|dana|toko|uang|muka|"
    r"mei|agu|okt|des)\b",
    re.IGNORECASE,
)


def _build(session) -> dict[str, OrderDocument]:
    actor = default_actor(session, TAKEN)
    settings.put(session, "shop.name", "Mawar Cakes")
    settings.put(session, "shop.address", "12 Braga Street, Bandung")
    settings.put(session, "shop.phone", "0812-3456-7890")
    settings.put(session, "shop.qris", STATIC)
    change, _ = shop.save_language(session, "en", actor=actor, now=TAKEN)
    assert change.terms_version == 2  # the starter T&C followed the language
    customer = f.customer(session, actor, TAKEN, name="Maria Lopez")
    items = [
        ItemInput("Birthday cake 24 cm", 1, 450_000, "Writing: HAPPY BIRTHDAY ANNA\nColour: pink"),
        ItemInput("Cupcakes", 6, 15_000),
    ]
    _, oid = f.order(
        session, actor, TAKEN, customer_id=customer.id, items=items, deposit=200_000, pickup=PICKUP
    )
    # a payment entered twice and corrected, and a cheque waiting to clear
    entry, _ = record_payment(
        session, PaymentInput(oid, 50_000, PaymentMethod.TRANSFER), actor=actor, now=TAKEN
    )
    reverse_entry(session, entry, "entered twice", actor=actor, now=TAKEN)
    record_payment(
        session,
        PaymentInput(oid, 100_000, PaymentMethod.CHEQUE, cleared=False, clears_on=dt.date(2026, 5, 9)),
        actor=actor,
        now=TAKEN,
    )
    docs = {
        "nota": build_document(session, oid, DocKind.NOTA, now=TAKEN),
        "confirmation": build_document(session, oid, DocKind.CONFIRMATION, now=TAKEN),
    }
    f.confirm(session, actor, TAKEN, oid, text="Writing: HAPPY BIRTHDAY ANNA — correct")
    for target in (OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION, OrderStatus.READY):
        move_order(session, oid, target, actor=actor, now=READY_AT)
    docs["slip"] = build_document(session, oid, DocKind.SLIP, now=SLIP_DAY)
    from tokodesk.services.handover import HandoverInput, hand_over
    from tokodesk.services.payments import pending_payments, settle_pending

    for p in pending_payments(session, oid):
        settle_pending(session, p.entry_id, arrived=True, actor=actor, now=SLIP_DAY)
    due = 450_000 + 90_000 - 200_000 - 100_000 + 15_000
    hand_over(session, HandoverInput(oid, due, PaymentMethod.CASH), actor=actor, now=SLIP_DAY)
    docs["final"] = build_document(session, oid, DocKind.FINAL, now=SLIP_DAY)
    return docs


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> dict[str, OrderDocument]:
    db = open_as_owner(str(tmp_path_factory.mktemp("english") / "shop.sqlite3"), now=TAKEN)
    try:
        return db.write(_build)
    finally:
        db.close()


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def indonesian_words(text: str) -> list[str]:
    text = text.replace("Staf Toko", "")  # the owner record's name: data, not our words
    return sorted({m.group(0) for m in INDONESIAN.finditer(text)})


@pytest.mark.parametrize("size", list(PaperSize), ids=str)
@pytest.mark.parametrize("kind", ["nota", "slip", "final", "confirmation"])
def test_every_document_prints_in_english(docs, kind, size):
    doc = docs[kind]
    assert doc.language == "en"
    text = pdf_text(render_pdf(doc, size))
    assert indonesian_words(text) == [], text
    assert "Maria Lopez" in text
    expected = {
        "nota": ["ORDER RECEIPT", "Balance due", "Pickup terms", "Pickup date: 14 Aug 2026.", "4 May 2026"],
        "slip": ["PICKUP SLIP", "Balance due", "Bring this slip when you collect your order."],
        "final": ["PAID RECEIPT", "PAID", "Order status: Collected."],
        "confirmation": ["ORDER CONFIRMATION", "I have checked the details above", "HAPPY BIRTHDAY ANNA"],
    }[kind]
    for words in expected:
        assert words in text, (words, text)


def test_the_nota_carries_the_english_starter_terms_ledger_and_payment_box(docs):
    text = pdf_text(render_pdf(docs["nota"], PaperSize.A4))
    assert "ORDER TERMS AND CONDITIONS OF Mawar Cakes" in text
    assert "free of charge for 2 days" in text  # {masa_tenggang} filled in English
    assert "Correction: Payment" in text
    assert "Cheque/giro (not yet cleared)" in text
    assert "Deposit" in text
    assert "Pay the balance of Rp" in text and "with QRIS" in text


def test_the_slip_states_the_fee_in_english(docs):
    text = pdf_text(render_pdf(docs["slip"], PaperSize.MM58))
    assert "Pay the balance of Rp" in text
    assert "including a storage fee of Rp15.000" in text
    assert "After 16 Aug 2026: storage fee Rp5.000/day; 21 Aug 2026: cancelled, deposit forfeited." in text


@pytest.mark.parametrize("size", [PaperSize.MM58, PaperSize.MM80], ids=str)
@pytest.mark.parametrize("kind", ["nota", "slip", "final", "confirmation"])
def test_the_thermal_printer_prints_english_too(docs, kind, size):
    data = render_escpos(docs[kind], size)
    text = data.decode("latin-1")
    assert indonesian_words(re.sub(r"[\x00-\x1f]", " ", text)) == []
    assert "Printed" in text


def test_dates_in_english_and_indonesian():
    day = dt.date(2026, 5, 3)
    assert format_date(day, "en") == "3 May 2026"
    assert format_date(day, "id") == "3 Mei 2026"
    at = dt.datetime(2026, 12, 1, 14, 5)
    assert format_datetime(at, "en") == "1 Dec 2026 14:05"
    assert format_datetime(at, "id") == "1 Des 2026 14.05"


@pytest.fixture
def db(tmp_path):
    d = open_as_owner(str(tmp_path / "shop.sqlite3"), now=TAKEN)
    yield d
    d.close()


def test_default_messages_go_out_in_the_shop_language(db):
    def run(session):
        actor = default_actor(session, TAKEN)
        settings.put(session, "shop.name", "Mawar Cakes")
        _, oid = f.order(session, actor, TAKEN, pickup=dt.date(2026, 5, 6))
        before = notify.compose(session, oid, MessageKind.REMIND_EARLY, TAKEN.date())
        shop.save_language(session, "en", actor=actor, now=TAKEN)
        after = notify.compose(session, oid, MessageKind.REMIND_EARLY, TAKEN.date())
        templates.save_template(session, MessageKind.READY, "Siap, Kak {nama}!", actor=actor, now=TAKEN)
        own = notify.compose(session, oid, MessageKind.READY, TAKEN.date())
        return before, after, own

    before, after, own = db.write(run)
    assert "mengingatkan" in before.text and "lusa (6 Mei 2026)" in before.text
    assert after.text.startswith("Hi Siti Rahayu, just a reminder")
    assert "the day after tomorrow (6 May 2026)" in after.text
    assert indonesian_words(after.text) == [], after.text
    assert after.subject == "2-day reminder — order TD-2605-0001 (Mawar Cakes)"
    assert own.text == "Siap, Kak Siti Rahayu!"  # the owner's own text is never translated


def test_the_owners_own_terms_are_left_alone(db):
    def run(session):
        actor = default_actor(session, TAKEN)
        terms.save_version(session, "Our own terms for {toko}.", actor=actor, now=TAKEN)
        change, _ = shop.save_language(session, "en", actor=actor, now=TAKEN)
        return change, terms.current(session).text

    change, text = db.write(run)
    assert change.terms_version is None and text == "Our own terms for {toko}."


def test_an_unknown_language_or_staff_are_refused_and_nothing_is_written(db):
    def unknown(session):
        shop.save_language(session, "fr", actor=default_actor(session, TAKEN), now=TAKEN)

    with pytest.raises(InvalidInput):
        db.write(unknown)

    def staff(session):
        owner = default_actor(session, TAKEN)
        sid, _ = add_staff(session, StaffInput("Dewi", "482913"), actor=owner, now=TAKEN)
        return get_actor(session, sid)

    dewi = db.write(staff)
    with pytest.raises(NotAllowed):
        db.write(lambda s: shop.save_language(s, "en", actor=dewi, now=TAKEN))
    assert db.read(lambda s: settings.get(s, "shop.language")) == "id"
    assert db.read(lambda s: terms.current(s).number) == 1


def test_a_shop_left_on_indonesian_prints_indonesian(db):
    def run(session):
        actor = default_actor(session, TAKEN)
        _, oid = f.order(session, actor, TAKEN)
        return build_document(session, oid, DocKind.NOTA, now=TAKEN)

    doc = db.write(run)
    text = pdf_text(render_pdf(doc, PaperSize.A5))
    assert doc.language == "id"
    assert "NOTA PESANAN" in text and "Sisa tagihan" in text and "4 Mei 2026" in text
    assert "SYARAT DAN KETENTUAN" in text
    assert EntryKind.DEPOSIT  # the ledger labels stay the Indonesian ones
    assert "DP (uang muka)" in text
