"""The app built in English shows no Indonesian UI words: the main window with every page,
its menus, and the dialogs staff and owner open most, on a real database with one order."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from tests import factories as f
from tokodesk.ui import i18n

from .conftest import UI_NOW

# words of the Indonesian interface that never belong in an English one (data such as
# customer names and the starter T&C are not interface and are not in this database)
INDONESIAN = re.compile(
    r"\b(pesanan|pelanggan|simpan|batal|tutup|bayar|kirim|sisa|tagihan|cari|baru|pengaturan|laporan|"
    r"keluhan|tanggal|ambil|biaya|hari|belum|sudah|untuk|dengan|tidak|atau|dan|yang|semua|pilih|"
    r"ubah|hapus|masuk|keluar|catatan|siap|diambil|cadangan|bantuan|berkas|jumlah|metode)\b",
    re.IGNORECASE,
)


@pytest.fixture
def english(qapp):
    loaded = i18n.install_translators(qapp, "en")
    assert loaded, "the English catalogue (resources/i18n/tokodesk_en.qm) did not load"
    yield
    for tr in loaded:
        qapp.removeTranslator(tr)
    for tr in i18n.install_translators(qapp, "id"):
        qapp.removeTranslator(tr)  # back to the Indonesian locale for the other tests


def texts(w: QWidget) -> list[tuple[str, str]]:
    """Every interface text ``w`` shows: labels, buttons, fields' placeholders, combo items,
    tabs, group titles, table headers, window titles, menus and their actions."""
    out = [(type(w).__name__, w.windowTitle())]
    for c in w.findChildren(QWidget):
        name = f"{type(c).__name__}#{c.objectName()}"
        if isinstance(c, (QLabel, QAbstractButton)):
            out.append((name, c.text()))
        elif isinstance(c, QLineEdit):
            out.append((name, c.placeholderText()))
        elif isinstance(c, QComboBox):
            out += [(name, c.itemText(i)) for i in range(c.count())]
        elif isinstance(c, QTabWidget):
            out += [(name, c.tabText(i)) for i in range(c.count())]
        elif isinstance(c, QGroupBox):
            out.append((name, c.title()))
        elif isinstance(c, QTableView) and c.model() is not None:
            m = c.model()
            out += [(name, str(m.headerData(i, Qt_horizontal()) or "")) for i in range(m.columnCount())]
        for a in c.actions():
            out.append((f"{name} action", a.text()))
    return out


def Qt_horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


# a message template's preview shows the shop's own stored text (data, in the language the
# shop writes to its customers), not interface
DATA = {"QLabel#preview"}


def indonesian(pairs) -> list[tuple[str, str]]:
    plain = [(n, re.sub(r"<[^>]+>", " ", t).replace("&", "")) for n, t in pairs if t and n not in DATA]
    return [(n, t) for n, t in plain if INDONESIAN.search(t) and "TokoDesk" not in t]


def test_the_main_window_and_its_dialogs_are_english(qtbot, english, runner, db):
    from tokodesk.ui.main_window import MainWindow

    _code, oid = db.write(lambda s: f.order(s, db.actor, UI_NOW))
    w = MainWindow(runner)
    qtbot.addWidget(w)
    w.show()
    w.database_ready(db)
    found = []
    for row in range(w.nav.count()):
        w.nav.setCurrentRow(row)
        QApplication.processEvents()
        found += indonesian(texts(w))
    for menu in w.menuBar().findChildren(QWidget):
        found += indonesian((type(menu).__name__, a.text()) for a in menu.actions())
    for open_dialog in (
        w.new_order,
        w.new_customer,
        lambda: w.open_order(oid),
        w.shop_settings,
        w.policy_settings,
        w.template_settings,
        w.rates_settings,
    ):
        dlg = open_dialog()
        QApplication.processEvents()
        found += indonesian(texts(dlg))
        dlg.reject()
    assert not found, "\n".join(f"{n}: {t!r}" for n, t in sorted(set(found)))


@pytest.mark.parametrize("kind", ["daily", "weekly", "monthly"])
def test_the_reports_on_screen_are_english(qtbot, english, runner, db, kind):
    """The report view is HTML the dialog writes itself: every heading, table head and
    sentence in it must be English too (customer names and item names are data)."""
    from tokodesk.ui.main_window import MainWindow

    db.write(lambda s: f.order(s, db.actor, UI_NOW))
    w = MainWindow(runner)
    qtbot.addWidget(w)
    w.show()
    w.database_ready(db)
    dlg = w.show_reports(kind)
    QApplication.processEvents()
    text = dlg.view.toPlainText()
    assert text.strip(), "the report did not show"
    for data in ("Siti Rahayu", "Kaos sablon custom", "Toko Saya"):
        text = text.replace(data, "")
    words = sorted({m.group(0) for m in INDONESIAN.finditer(text)})
    assert not words, f"{kind}: {words}\n{text}"
    assert "Nov 2026" in text or "November 2026" in text
    assert "Minggu" not in text and "Week" in text if kind == "weekly" else True
