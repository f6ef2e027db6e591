"""Issue 4 in the GUI: the quick-log form (Ctrl+L) pre-filled from what is in view, a
screenshot pasted from the clipboard and found stored and shown, corrections that keep both
entries, refusals that write nothing, and the whole path by keyboard."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QDragEnterEvent, QDropEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import select

from tests import factories as f
from tests.ui.conftest import UI_NOW
from tests.ui.test_order_flow import active, only_dialog, stored
from tokodesk.db.models import Attachment, LogAttachment, LogEntry
from tokodesk.domain.log import Channel, Direction
from tokodesk.services import log as log_service
from tokodesk.services import settings
from tokodesk.ui import log_view
from tokodesk.ui.customer_log_dialog import CustomerLogDialog
from tokodesk.ui.log_view import AttachmentViewer
from tokodesk.ui.quick_log import QuickLogDialog

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


# ---------------------------------------------------------------- helpers
def screenshot(color: str = "#ff00aa", w: int = 240, h: int = 180) -> QImage:
    """A fake chat screenshot: a coloured block with a white stripe (unique per colour)."""
    img = QImage(w, h, QImage.Format.Format_RGB32)
    img.fill(QColor(color))
    p = QPainter(img)
    p.fillRect(10, h // 2 - 10, w - 20, 20, QColor("white"))
    p.end()
    return img


def noise_image(w: int, h: int) -> QImage:
    """An image whose PNG cannot be compressed below w*h*3 bytes."""
    raw = os.urandom(w * h * 4)
    return QImage(raw, w, h, w * 4, QImage.Format.Format_RGB32).copy()


def customer(db, name="Siti Rahayu", phone="0812-3456-7890"):
    return db.write(lambda s: f.customer(s, db.actor, UI_NOW, name=name, phone=phone))


def order_for(db, customer_id):
    return db.write(lambda s: f.order(s, db.actor, UI_NOW, customer_id=customer_id))


def add_entry(db, customer_id, text, **kw):
    data = log_service.LogInput(customer_id, Channel.WHATSAPP, Direction.IN, text, **kw)
    return db.write(lambda s: log_service.add_entry(s, data, actor=db.actor, now=UI_NOW))[0]


def entries(db, customer_id):
    return db.read(lambda s: log_service.entries(s, customer_id))


def paste(qtbot, widget, image: QImage) -> None:
    QApplication.clipboard().setImage(image)
    qtbot.keyClick(widget, Qt.Key.Key_V, CTRL)


def drop(widget, mime: QMimeData) -> None:
    """A drag and drop onto ``widget``, as the window system delivers it."""
    pos = QPointF(10, 10)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    ev = QDropEvent(pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    QApplication.sendEvent(widget, ev)


def file_urls(*paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def wait_dialog(qtbot, window, cls):
    """The dialog a mnemonic opens (a mnemonic clicks its button after a moment)."""
    qtbot.waitUntil(lambda: any(isinstance(d, cls) and d.isVisible() for d in window.dialogs))
    return only_dialog(window, cls)


def back_to(window):
    """Activate ``window`` again after a dialog on it closed, as the window manager does."""
    window.activateWindow()
    return active(window)


def wait_form(qtbot, view, before=None) -> QuickLogDialog:
    """The quick-log form a mnemonic (Alt+C) opens from a log view."""
    qtbot.waitUntil(lambda: view.quick_log_dialog is not None and view.quick_log_dialog is not before)
    return active(view.quick_log_dialog)


def tab_chain(qtbot, dlg, presses: int = 40) -> set[str]:
    """The object names focus visits when staff press Tab around the dialog."""
    seen = set()
    for _ in range(presses):
        w = dlg.focusWidget()
        seen.add(w.objectName() or type(w).__name__)
        qtbot.keyClick(w, Qt.Key.Key_Tab)
    return seen


def tile_colour(view, entry_row: int = 0, tile: int = 0) -> QColor:
    """The colour in the middle of an entry's attachment tile, as painted on screen."""
    lst = view.list
    idx = view.model.index(entry_row, 0)
    _, _, tiles = view.delegate._layout(idx.data(log_view.ENTRY_ROLE), lst.visualRect(idx))
    img = lst.viewport().grab().toImage()
    r = tiles[tile]
    point = r.topLeft() + QPoint(r.width() // 2, r.height() // 4)  # above the white stripe
    return img.pixelColor(point * img.devicePixelRatio())


@pytest.fixture(autouse=True)
def clean_clipboard(qapp):
    yield
    QApplication.clipboard().clear()


# ---------------------------------------------------------------- (a) paste a screenshot from the detail
def test_ctrl_l_in_the_order_detail_then_paste_a_screenshot_stores_and_shows_it(qtbot, window, db):
    cust = customer(db)
    code, oid = order_for(db, cust.id)
    detail = active(window.open_order(oid))
    assert detail.log_view.model.rowCount() == 0 and "Ctrl+L" in detail.log_view.list.placeholder

    qtbot.keyClick(detail, Qt.Key.Key_L, CTRL)
    form = active(detail.log_view.quick_log_dialog)
    assert form.target.customer_id == cust.id and form.target.order_id == oid
    assert "Siti Rahayu" in form.customer_label.text()
    assert form.order.currentData() == oid and code in form.order.currentText()
    assert form.channel.currentData() == Channel.WHATSAPP
    assert form.direction.currentData() == Direction.IN
    assert form.focusWidget() is form.text  # type at once

    qtbot.keyClicks(form.text, "Kirim desain final, minta warna navy")
    paste(qtbot, form.text, screenshot("#ff00aa"))
    qtbot.waitUntil(lambda: form.attachments.count() == 1)
    assert not form.attachments.item(0).icon().isNull()  # the thumbnail
    assert form.text.toPlainText() == "Kirim desain final, minta warna navy"  # not pasted as text
    qtbot.keyClick(form, Qt.Key.Key_S, CTRL)
    assert not form.isVisible()

    # stored: one entry for that customer and order, one PNG attachment
    assert stored(db, select(LogEntry.customer_id, LogEntry.order_id, LogEntry.channel, LogEntry.text)) == [
        (cust.id, oid, "whatsapp", "Kirim desain final, minta warna navy")
    ]
    ((mime, size, data, name),) = stored(
        db,
        select(Attachment.mime, Attachment.size, Attachment.data, Attachment.filename).join(
            LogAttachment, LogAttachment.attachment_id == Attachment.id
        ),
    )
    assert mime == "image/png" and size > 0 and data.startswith(PNG_MAGIC) and len(data) == size
    assert name.startswith("tempel-") and name.endswith(".png")
    back = QImage.fromData(data)
    assert (back.width(), back.height()) == (240, 180)
    (entry,) = entries(db, cust.id)
    assert entry.happened_at == UI_NOW == entry.recorded_at

    # shown: the detail's log tab, the entry with its thumbnail painted
    view = detail.log_view
    assert detail.tabs.currentWidget() is view
    assert "(1)" in detail.tabs.tabText(detail.tabs.indexOf(view))
    assert [e.id for e in view.model.entries] == [entry.id]
    assert view.selected_entry().id == entry.id
    sha = entry.attachments[0].sha256
    qtbot.waitUntil(lambda: log_view.THUMBS.get(sha) is not None)
    assert not log_view.THUMBS.get(sha).isNull()
    qtbot.waitUntil(lambda: tile_colour(view).red() > 200 and tile_colour(view).green() < 60)


def test_the_log_model_passes_the_model_tester(qtbot, window, db, qtmodeltester):
    cust = customer(db)
    for i in range(3):
        add_entry(db, cust.id, f"Pesan {i}")
    dlg = window.open_customer_log(cust)
    assert dlg.log_view.model.rowCount() == 3
    qtmodeltester.check(dlg.log_view.model)


def test_a_thumbnail_opens_full_size_and_can_be_saved(qtbot, window, db, tmp_path, monkeypatch):
    cust = customer(db)
    big = screenshot("#2e7d32", 900, 700)
    from tokodesk.ui.quick_log import png_bytes

    data = png_bytes(big)
    pdf = b"%PDF-1.4\n%bukti transfer\n"
    eid = add_entry(
        db,
        cust.id,
        "Bukti transfer dan foto produk",
        attachments=[log_service.FileInput("foto.png", data), log_service.FileInput("bukti.pdf", pdf)],
    )
    dlg = active(window.open_customer_log(cust))
    view = dlg.log_view
    assert view.selected_entry().id == eid  # the newest, selected at once
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    viewer = active(view.viewer)
    assert isinstance(viewer, AttachmentViewer)
    qtbot.waitUntil(lambda: viewer.image is not None)
    assert (viewer.image.width(), viewer.image.height()) == (900, 700)  # full size
    assert viewer.picture.pixmap().width() == 900
    assert "1 dari 2" in viewer.title.text()
    qtbot.keyClick(viewer, Qt.Key.Key_F)  # fit to the window
    assert viewer.picture.pixmap().width() < 900
    viewer.save_to(str(tmp_path / "salinan.png"))
    assert (tmp_path / "salinan.png").read_bytes() == data
    # → the PDF: described, opened with the computer's own app
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert "2 dari 2" in viewer.title.text() and "bukti.pdf" in viewer.title.text()
    assert "PDF" in viewer.picture.text()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.keyClick(viewer, Qt.Key.Key_A, ALT)  # a mnemonic clicks after a moment
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert opened[0].endswith("bukti.pdf")
    with open(opened[0], "rb") as fh:
        assert fh.read() == pdf
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible() and dlg.isVisible()


def test_double_clicking_a_thumbnail_opens_that_attachment(qtbot, window, db):
    cust = customer(db)
    from tokodesk.ui.quick_log import png_bytes

    files = [
        log_service.FileInput(f"foto{i}.png", png_bytes(screenshot(c)))
        for i, c in enumerate(("#111111", "#eeeeee"))
    ]
    add_entry(db, cust.id, "Dua foto", attachments=files)
    dlg = active(window.open_customer_log(cust))
    view = dlg.log_view
    idx = view.model.index(0, 0)
    _, _, tiles = view.delegate._layout(idx.data(log_view.ENTRY_ROLE), view.list.visualRect(idx))
    qtbot.mouseDClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=tiles[1].center())
    viewer = active(view.viewer)
    assert viewer.index == 1 and "foto1.png" in viewer.title.text()


# ---------------------------------------------------------------- (b) no customer in view
def test_quick_log_without_a_customer_in_view_searches_and_picks(qtbot, window, db):
    dewi = customer(db, "Dewi Lestari", "0813-1111-2222")
    customer(db, "Budi Santoso", "0813-5555-6666")
    code, oid = order_for(db, dewi.id)
    window.orders_page.search.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    form = only_dialog(window, QuickLogDialog)
    assert form.target is None and form.focusWidget() is form.customer_search
    qtbot.keyClick(form, Qt.Key.Key_S, CTRL)
    assert "Pilih pelanggan dulu" in form.errors.text() and form.isVisible()

    qtbot.keyClicks(form.customer_search, "dew")
    qtbot.waitUntil(lambda: form.customer_results.isVisible())
    assert form.customer_results.count() == 1
    qtbot.keyClick(form.customer_search, Qt.Key.Key_Down)
    assert form.focusWidget() is form.customer_results
    qtbot.keyClick(form.customer_results, Qt.Key.Key_Return)
    assert form.target.customer_id == dewi.id
    assert form.focusWidget() is form.text
    assert not form.customer_results.isVisible() and form.customer_label.isVisible()
    # her orders can be chosen; nothing is chosen for her by itself
    assert form.order.currentData() is None
    assert form.order.findData(oid) > 0 and code in form.order.itemText(form.order.findData(oid))
    form.order.setCurrentIndex(form.order.findData(oid))
    form.channel.setCurrentIndex(form.channel.findData(Channel.PHONE))
    form.direction.setCurrentIndex(form.direction.findData(Direction.OUT))
    qtbot.keyClicks(form.text, "Menelepon: pesanan siap diambil besok")
    qtbot.keyClick(form, Qt.Key.Key_S, CTRL)
    assert not form.isVisible()
    assert stored(
        db, select(LogEntry.customer_id, LogEntry.order_id, LogEntry.channel, LogEntry.direction)
    ) == [(dewi.id, oid, "phone", "out")]
    assert window.statusBar().currentMessage() == "Catatan #1 disimpan."


def test_enter_before_the_search_ran_picks_the_first_match(qtbot, window, db):
    customer(db, "Dewi Lestari", "0813-1111-2222")
    form = active(window.quick_log())
    qtbot.keyClicks(form.customer_search, "0813-1111")
    qtbot.keyClick(form.customer_search, Qt.Key.Key_Return)
    assert form.target is not None and form.target.customer_name == "Dewi Lestari"


def test_the_selected_order_in_the_list_prefills_its_customer_and_order(qtbot, window, db):
    cust = customer(db)
    code, oid = order_for(db, cust.id)
    window.orders_page.reload()
    table = window.orders_page.table
    qtbot.waitUntil(lambda: table.model().index(0, 0).data() == code)
    table.selectRow(0)
    window.quick_log()
    form = only_dialog(window, QuickLogDialog)
    assert form.target.customer_id == cust.id and form.order.currentData() == oid


def test_a_changed_time_is_kept_and_a_future_one_refused(qtbot, window, db):
    import datetime as dt

    from PySide6.QtCore import QDate, QDateTime, QTime

    cust = customer(db)
    window.nav.setCurrentRow(1)
    window.customers_page.reload()
    table = window.customers_page.table
    qtbot.waitUntil(lambda: table.model().index(0, 0).data() == "Siti Rahayu")
    table.selectRow(0)
    form = active(window.quick_log())
    assert form.target.customer_id == cust.id
    local = (UI_NOW + dt.timedelta(days=2)).astimezone()
    form.when.setDateTime(
        QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    )
    qtbot.keyClicks(form.text, "Janji ambil")
    form.save()
    assert "Waktu kejadian tidak boleh di masa depan" in form.errors.text()
    assert form.focusWidget() is form.when and form.isVisible()
    earlier = (UI_NOW - dt.timedelta(hours=3)).astimezone()
    form.when.setDateTime(
        QDateTime(QDate(earlier.year, earlier.month, earlier.day), QTime(earlier.hour, earlier.minute))
    )
    form.save()
    assert not form.isVisible()
    (e,) = entries(db, cust.id)
    assert e.happened_at == UI_NOW - dt.timedelta(hours=3) and e.recorded_at == UI_NOW


# ---------------------------------------------------------------- (c) corrections
def test_a_correction_keeps_both_entries_and_shows_both_links(qtbot, window, db):
    cust = customer(db)
    first = add_entry(db, cust.id, "Pelanggan ambil hari Jumat")
    window.nav.setCurrentRow(1)
    window.customers_page.reload()
    table = window.customers_page.table
    qtbot.waitUntil(lambda: table.model().index(0, 0).data() == "Siti Rahayu")
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(window, Qt.Key.Key_K, ALT)  # "Catatan komunikasi"
    dlg = wait_dialog(qtbot, window, CustomerLogDialog)
    view = dlg.log_view
    assert view.selected_entry().id == first
    qtbot.keyClick(dlg, Qt.Key.Key_C, ALT)  # "Koreksi catatan…"
    form = wait_form(qtbot, view)
    assert form.corrects.id == first and f"#{first}" in form.windowTitle()
    assert form.text.toPlainText() == "Pelanggan ambil hari Jumat"  # to fix, selected
    assert form.text.textCursor().selectedText() == "Pelanggan ambil hari Jumat"
    assert not form.change_customer.isVisible()
    qtbot.keyClicks(form.text, "Pelanggan ambil hari Sabtu (salah tulis Jumat)")
    qtbot.keyClick(form, Qt.Key.Key_S, CTRL)
    assert not form.isVisible()

    rows = stored(db, select(LogEntry.id, LogEntry.text, LogEntry.corrects_id).order_by(LogEntry.id))
    assert rows == [
        (first, "Pelanggan ambil hari Jumat", None),
        (first + 1, "Pelanggan ambil hari Sabtu (salah tulis Jumat)", first),
    ]
    new, old = view.model.entries
    assert (new.id, old.id) == (first + 1, first)
    assert f"mengoreksi #{first}" in view.entry_html(new)
    assert f"dikoreksi oleh #{first + 1}" in view.entry_html(old)
    assert view.selected_entry().id == new.id
    # the correction of a correction: both links again, nothing edited
    back_to(dlg)
    qtbot.keyClick(dlg, Qt.Key.Key_C, ALT)
    form2 = wait_form(qtbot, view, form)
    qtbot.keyClicks(form2.text, "Sabtu jam 10")
    qtbot.keyClick(form2, Qt.Key.Key_S, CTRL)
    assert [e.corrects_id for e in view.model.entries] == [first + 1, first, None]
    assert len(stored(db, select(LogEntry.id))) == 3


def test_the_detail_shows_only_its_order_unless_asked_for_everything(qtbot, window, db):
    cust = customer(db)
    _, oid = order_for(db, cust.id)
    _, other = order_for(db, cust.id)
    add_entry(db, cust.id, "Tentang pesanan ini", order_id=oid)
    add_entry(db, cust.id, "Tentang pesanan lain", order_id=other)
    add_entry(db, cust.id, "Tanya harga umum")
    detail = active(window.open_order(oid))
    view = detail.log_view
    assert [e.text for e in view.model.entries] == ["Tentang pesanan ini"]
    detail.tabs.setCurrentWidget(view)
    qtbot.keyClick(detail, Qt.Key.Key_S, ALT)  # "Semua catatan pelanggan"
    qtbot.waitUntil(view.all_toggle.isChecked)
    assert len(view.model.entries) == 3 and view.marked_order() == oid
    assert "font-weight:700" in view.entry_html(view.model.entries[-1])  # this order's, marked


# ---------------------------------------------------------------- (d) refusals
def test_an_oversized_screenshot_is_refused_and_nothing_is_stored(qtbot, window, db, tmp_path):
    cust = customer(db)
    db.write(lambda s: settings.put(s, "log.max_attachment_mb", 1))
    dlg = active(window.open_customer_log(cust))
    qtbot.keyClick(dlg, Qt.Key.Key_L, CTRL)
    form = active(dlg.log_view.quick_log_dialog)
    assert "1 MB" in form.attach_hint.text()
    paste(qtbot, form.text, noise_image(800, 600))  # ≈1.4 MB as PNG
    qtbot.waitUntil(lambda: form.errors.text() != "")
    assert "terlalu besar" in form.errors.text() and "batasnya 1 MB" in form.errors.text()
    assert "«tempel-" in form.errors.text()
    assert form.attachments.count() == 0 and form.isVisible()
    # a big file dropped, and a kind of file the log does not keep
    big = tmp_path / "video-besar.mp4"
    big.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * (1024 * 1024 + 10))
    drop(form.text.viewport(), file_urls(big))
    assert "«video-besar.mp4» terlalu besar" in form.errors.text()
    notes = tmp_path / "catatan.txt"
    notes.write_text("bukan gambar")
    drop(form, file_urls(notes))
    assert "«catatan.txt» bukan jenis yang disimpan" in form.errors.text()
    assert form.attachments.count() == 0
    qtbot.keyClick(form, Qt.Key.Key_S, CTRL)
    assert "Tulis isi catatan atau lampirkan berkas" in form.errors.text() and form.isVisible()
    assert stored(db, select(LogEntry.id)) == [] and stored(db, select(Attachment.id)) == []


def test_the_service_refuses_at_save_when_the_limit_changed_meanwhile(qtbot, window, db, tmp_path):
    cust = customer(db)
    dlg = active(window.open_customer_log(cust))
    form = dlg.log_view.new_entry()
    photo = tmp_path / "foto.png"
    from tokodesk.ui.quick_log import png_bytes

    photo.write_bytes(png_bytes(noise_image(800, 600)))
    drop(form, file_urls(photo))
    assert form.attachments.count() == 1 and form.errors.text() == ""
    db.write(lambda s: settings.put(s, "log.max_attachment_mb", 1))  # the owner, at the other counter
    qtbot.keyClicks(form.text, "Foto produk jadi")
    form.save()
    assert form.isVisible()
    assert "«foto.png» terlalu besar" in form.errors.text()
    assert form.attachments.styleSheet() != ""  # marked
    assert form.save_button.isEnabled()  # fix and try again
    assert stored(db, select(LogEntry.id)) == [] and stored(db, select(Attachment.id)) == []
    # remove it with Delete and save the text alone
    form.attachments.setFocus()
    form.attachments.setCurrentRow(0)
    qtbot.keyClick(form.attachments, Qt.Key.Key_Delete)
    assert form.attachments.count() == 0
    form.save()
    assert not form.isVisible()
    assert stored(db, select(LogEntry.text)) == [("Foto produk jadi",)]


def test_files_from_the_picker_and_copied_files_are_read(qtbot, window, db, tmp_path, monkeypatch):
    cust = customer(db)
    form = active(window.open_customer_log(cust).log_view.new_entry())
    from tokodesk.ui.quick_log import png_bytes

    a, b = tmp_path / "nota.png", tmp_path / "suara.opus"
    a.write_bytes(png_bytes(screenshot("#0000ff")))
    b.write_bytes(b"OggS" + b"\x00" * 200)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a_, **k: ([str(a)], ""))
    qtbot.keyClick(form, Qt.Key.Key_O, CTRL)
    assert form.attachments.count() == 1
    mime = file_urls(b)  # copied in the file manager, then Ctrl+V
    QApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(form.text, Qt.Key.Key_V, CTRL)
    assert form.attachments.count() == 2
    assert [p.file.filename for p in form.pending] == ["nota.png", "suara.opus"]
    qtbot.keyClick(form, Qt.Key.Key_S, CTRL)
    assert not form.isVisible()
    assert stored(db, select(Attachment.filename, Attachment.mime).order_by(Attachment.id)) == [
        ("nota.png", "image/png"),
        ("suara.opus", "audio/ogg"),
    ]


def test_plain_text_is_still_pasted_as_text(qtbot, window, db):
    cust = customer(db)
    form = active(window.open_customer_log(cust).log_view.new_entry())
    QApplication.clipboard().setText("Halo kak, pesanan sudah jadi?")
    qtbot.keyClick(form.text, Qt.Key.Key_V, CTRL)
    assert form.text.toPlainText() == "Halo kak, pesanan sudah jadi?"
    assert form.attachments.count() == 0


def test_escape_with_unsaved_text_asks_first(qtbot, window, db, monkeypatch):
    from tokodesk.ui import widgets

    cust = customer(db)
    form = active(window.open_customer_log(cust).log_view.new_entry())
    qtbot.keyClicks(form.text, "Setengah ditulis")
    asked = []
    monkeypatch.setattr(widgets, "confirm", lambda *a, **k: asked.append(a[2]) or False)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible() and asked
    monkeypatch.setattr(widgets, "confirm", lambda *a, **k: True)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert stored(db, select(LogEntry.id)) == []


def test_ctrl_v_then_ctrl_s_at_once_waits_for_the_attachment(qtbot, window, db, runner):
    from tests.ui.test_order_flow import HoldingRunner

    class Holding(HoldingRunner):
        def background(self, fn, on_done=None, on_error=None, owner=None):
            self.held.append(("bg", fn, on_done, on_error, owner))

        def flush(self):
            held, self.held = self.held, []
            for job in held:
                if job[0] == "bg":
                    self.inner.background(*job[1:])
                else:
                    self.inner.run(*job)

    cust = customer(db)
    form = active(window.open_customer_log(cust).log_view.new_entry())
    form.runner = slow = Holding(runner)
    qtbot.keyClicks(form.text, "Screenshot chat")
    paste(qtbot, form.text, screenshot("#00ffff"))
    qtbot.keyClick(form, Qt.Key.Key_S, CTRL)
    qtbot.keyClick(form, Qt.Key.Key_S, CTRL)
    assert stored(db, select(LogEntry.id)) == []
    while slow.held:  # the PNG is made, then checked, then the entry saved once
        slow.flush()
    assert not form.isVisible()
    assert len(stored(db, select(LogEntry.id))) == 1
    assert len(stored(db, select(LogAttachment.entry_id))) == 1


# ---------------------------------------------------------------- (e) by keyboard alone
def test_the_whole_log_path_by_keyboard(qtbot, window, db):
    cust = customer(db)
    order_for(db, cust.id)
    # customers page, search, Enter into the list
    qtbot.keyClick(window, Qt.Key.Key_2, ALT)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    search = window.customers_page.search
    assert window.focusWidget() is search
    qtbot.keyClicks(search, "siti")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    table = window.customers_page.table
    qtbot.waitUntil(
        lambda: window.focusWidget() is table and table.model().index(0, 0).data() == "Siti Rahayu"
    )
    table.selectRow(0)
    # Ctrl+L: a call, logged for the selected customer
    qtbot.keyClick(table, Qt.Key.Key_L, CTRL)
    form = only_dialog(window, QuickLogDialog)
    assert form.target.customer_id == cust.id and form.focusWidget() is form.text
    qtbot.keyClick(form.text, Qt.Key.Key_S, ALT)  # Alt+S: the channel
    assert form.focusWidget() is form.channel
    qtbot.keyClick(form.channel, Qt.Key.Key_Down)
    assert form.channel.currentData() == Channel.PHONE
    qtbot.keyClick(form.channel, Qt.Key.Key_I, ALT)  # Alt+I: back to the text
    assert form.focusWidget() is form.text
    qtbot.keyClicks(form.text, "Telepon: tanya apakah bisa kirim ke kantor")
    paste(qtbot, form.text, screenshot("#ffaa00"))
    qtbot.keyClick(form.text, Qt.Key.Key_N, ALT)  # Alt+N: the attachments
    assert form.focusWidget() is form.attachments
    # every control is on the Tab chain
    chain = tab_chain(qtbot, form)
    assert {
        "change_customer",
        "order",
        "channel",
        "direction",
        "when",
        "text",
        "attachments",
        "attach_button",
        "paste_button",
        "remove_button",
        "save_button",
    } <= chain, chain
    qtbot.keyClick(form, Qt.Key.Key_S, CTRL)
    assert not form.isVisible()
    assert stored(db, select(LogEntry.channel, LogEntry.text)) == [
        ("phone", "Telepon: tanya apakah bisa kirim ke kantor")
    ]
    # Alt+K: the customer's log; the new entry selected; Enter opens its screenshot
    back_to(window)
    qtbot.keyClick(table, Qt.Key.Key_K, ALT)
    dlg = wait_dialog(qtbot, window, CustomerLogDialog)
    view = dlg.log_view
    assert dlg.focusWidget() is view.list and view.selected_entry() is not None
    chain = tab_chain(qtbot, dlg, 12)
    assert {"log_list", "new_log_button", "correct_log_button", "open_attachment_button"} <= chain, chain
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    viewer = active(view.viewer)
    qtbot.waitUntil(lambda: viewer.image is not None)
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible()
    # Alt+C: correct it; Ctrl+S; then Ctrl+L for a new one, Esc on an empty form just closes
    back_to(dlg)
    qtbot.keyClick(dlg, Qt.Key.Key_C, ALT)
    fix = wait_form(qtbot, view)
    qtbot.keyClicks(fix.text, "Telepon: minta dikirim ke rumah, bukan kantor")
    qtbot.keyClick(fix, Qt.Key.Key_S, CTRL)
    assert [e.corrects_id is not None for e in view.model.entries] == [True, False]
    back_to(dlg)
    qtbot.keyClick(dlg, Qt.Key.Key_L, CTRL)
    blank = active(view.quick_log_dialog)
    qtbot.keyClick(blank, Qt.Key.Key_Escape)
    assert not blank.isVisible()
    back_to(dlg)
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.isVisible()


def test_nothing_here_edits_or_deletes_an_entry():
    """The log screens only add: no edit or delete action exists on them."""
    import inspect

    from tokodesk.ui import customer_log_dialog, quick_log

    for module in (log_view, quick_log, customer_log_dialog):
        src = inspect.getsource(module)
        for word in ("Hapus catatan", "Ubah catatan", "session.delete", "update(LogEntry", "delete(LogEntry"):
            assert word not in src, (module.__name__, word)


def test_the_drop_point_does_not_matter(qtbot, window, db, tmp_path):
    cust = customer(db)
    form = active(window.open_customer_log(cust).log_view.new_entry())
    from tokodesk.ui.quick_log import png_bytes

    p = tmp_path / "foto.png"
    p.write_bytes(png_bytes(screenshot("#333333")))
    for target in (form.text.viewport(), form.channel, form.attachments.viewport()):
        drop(target, file_urls(p))
    assert form.attachments.count() == 3  # the same photo three times is kept once when saved
    mime = QMimeData()
    mime.setImageData(screenshot("#444444"))
    drop(form, mime)
    assert form.attachments.count() == 4
