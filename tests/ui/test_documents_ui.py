"""Issue 3 in the GUI: scanning a slip opens the order from anywhere, the owner's settings
make a new T&C version, and printing reaches the printer without freezing the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from tests import factories as f
from tests.ui.conftest import UI_NOW
from tests.ui.test_order_flow import active, only_dialog, stored
from tokodesk.db.models import TermsVersion
from tokodesk.services import settings
from tokodesk.services.documents import qr_payload
from tokodesk.services.orders import ItemInput
from tokodesk.ui.order_detail import OrderDetailDialog
from tokodesk.ui.shop_dialog import ShopDialog


def take_order(db, **kw):
    def work(s):
        code, oid = f.order(s, db.actor, UI_NOW, **kw)
        return code, oid, qr_payload(s, code)

    return db.write(work)


def scan(qtbot, widget, text):
    """A USB scanner: the payload a key at a time, then Enter, into whatever has focus."""
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_scan_opens_the_order_wherever_the_focus_is(qtbot, window, db):
    code, _, payload = take_order(db)
    window.nav.setCurrentRow(1)  # the customers page, focus in its table
    table = window.customers_page.table
    table.setFocus()
    scan(qtbot, table, payload)
    detail = only_dialog(window, OrderDetailDialog)
    assert detail.title.text() == code
    assert window.customers_page.search.text() == ""  # nothing leaked into a field


def test_a_scan_into_the_search_box_opens_the_order_and_leaves_it_empty(qtbot, window, db):
    code, _, payload = take_order(db)
    search = window.orders_page.search
    search.setFocus()
    scan(qtbot, search, payload.lower())  # Caps Lock on the scanner
    assert only_dialog(window, OrderDetailDialog).title.text() == code
    assert search.text() == ""


def test_typing_is_not_swallowed(qtbot, window, db):
    search = window.orders_page.search
    search.setFocus()
    qtbot.keyClicks(search, "Tas Toko")
    assert search.text() == "Tas Toko"
    qtbot.keyClicks(search, " T")  # a lone T could start a payload: it appears after a moment
    qtbot.waitUntil(lambda: search.text() == "Tas Toko T", timeout=1000)


def test_a_forged_slip_is_refused_with_the_reason(qtbot, window, db, message_boxes):
    _, _, payload = take_order(db)
    forged = payload[:-6] + ("AAAAAA" if not payload.endswith("AAAAAA") else "BBBBBB")
    window.orders_page.table.setFocus()
    scan(qtbot, window.orders_page.table, forged)
    assert message_boxes[-1][0] == "warning"
    assert "tidak dikeluarkan toko ini" in message_boxes[-1][1]
    assert not [d for d in window.dialogs if isinstance(d, OrderDetailDialog)]


def test_settings_make_a_new_terms_version_for_new_orders(qtbot, window, db):
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dlg = active(only_dialog(window, ShopDialog))
    assert "versi berlaku: 1" in dlg.terms_info.text().lower()
    dlg.name.setText("Sablon Raka")
    dlg.phone.setText("0812-1111-2222")
    dlg.terms.setPlainText("1. DP minimal {dp_minimal}.\n2. Barang {toko} tidak bisa ditukar.")
    with qtbot.waitSignal(dlg.saved) as sig:
        qtbot.keyClick(dlg, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert sig.args == [2]
    assert [n for (n,) in stored(db, select(TermsVersion.number))] == [1, 2]
    assert db.read(lambda s: settings.get(s, "shop.name")) == "Sablon Raka"


def test_settings_refuse_an_unknown_placeholder(qtbot, window, db):
    dlg = active(window.shop_settings())
    dlg.terms.setPlainText("Diskon {diskon} untuk member")
    dlg.save()
    assert dlg.isVisible()
    assert "Isian {diskon} tidak dikenal" in dlg.errors.text()
    assert [n for (n,) in stored(db, select(TermsVersion.number))] == [1]


def test_ctrl_p_sends_the_nota_to_the_thermal_printer(qtbot, window, db, tmp_path):
    dev = tmp_path / "lp0"

    def setup(s):
        settings.put(s, "document.paper", "58mm")
        settings.put(s, "printer.escpos", f"file:{dev}")

    db.write(setup)
    code, oid, _ = take_order(db, items=[ItemInput("Tumbler grafir", 2, 120_000)])
    detail = active(window.open_order(oid))
    qtbot.keyClick(detail, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dev.exists() and detail.notice.text() != "", timeout=3000)
    data = dev.read_bytes()
    assert code.encode() in data and b"NOTA PESANAN" in data
    assert f"{code} dicetak ke file:{dev}" in detail.notice.text()


def test_preview_shows_the_real_document_then_saves_and_prints_it(qtbot, window, db, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from tokodesk.documents.model import DocKind, PaperSize
    from tokodesk.ui.document_dialog import DocumentDialog

    code, oid, _ = take_order(db)
    detail = active(window.open_order(oid))
    qtbot.keyClick(
        detail, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    preview: DocumentDialog = detail.document_dialog
    qtbot.waitUntil(lambda: preview.pdf is not None, timeout=5000)
    assert (
        preview.current_kind() is DocKind.NOTA and preview.current_size() is PaperSize.A5
    )  # the shop's paper
    assert preview.pages.count() >= 1
    assert f"Nota {code} · A5" in preview.status.text() and "S&K versi 1" in preview.status.text()
    assert not preview.escpos_button.isEnabled()  # no thermal printer set up, and A5 is not a roll
    # another paper size re-renders
    with qtbot.waitSignal(preview.rendered):
        preview.size.setCurrentIndex(preview.size.findData(PaperSize.MM80))
    assert "Struk 80 mm" in preview.status.text()
    # save as PDF
    out = tmp_path / "nota.pdf"
    with qtbot.waitSignal(preview.done):
        preview.save_pdf_to(str(out))
    assert out.read_bytes().startswith(b"%PDF")
    # print: to a PDF "printer", so the test needs no real one
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(preview.done) as done:
        preview.print_to(printer)
    assert "Tercetak: 1 halaman" in done.args[0]
    assert (tmp_path / "printed.pdf").stat().st_size > 1000


def test_the_owner_sets_the_attachment_limit(qtbot, window, db):
    dlg = active(window.shop_settings())
    assert dlg.max_attachment.value() == 20
    dlg.max_attachment.setValue(5)
    with qtbot.waitSignal(dlg.saved):
        dlg.save()
    assert db.read(lambda s: settings.get(s, "log.max_attachment_mb")) == 5
