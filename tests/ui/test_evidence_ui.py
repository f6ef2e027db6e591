"""The log's command-line capabilities are in the GUI too: importing a WhatsApp export,
exporting an evidence bundle, and checking the seals."""

from __future__ import annotations

import zipfile
from pathlib import Path

from sqlalchemy import select

from tests import factories as f
from tests.ui.conftest import UI_NOW
from tests.ui.test_order_flow import stored
from tokodesk.db.models import LogEntry
from tokodesk.ui.customer_log_dialog import CustomerLogDialog
from tokodesk.ui.quick_log import LogTarget

CHATS = Path(__file__).resolve().parents[1] / "data" / "whatsapp"


def siti_log(qtbot, runner, db):
    cust = db.write(lambda s: f.customer(s, db.actor, UI_NOW, name="Siti Rahayu", phone="0812-3456-7890"))
    dlg = CustomerLogDialog(runner, LogTarget(cust.id, cust.name, cust.phone))
    qtbot.addWidget(dlg)
    return dlg


def test_import_a_whatsapp_export_from_the_customer_log(qtbot, runner, db):
    dlg = siti_log(qtbot, runner, db)
    dlg.import_from(str(CHATS / "android_id.txt"))
    assert "pesan diimpor, 0 sudah ada sebelumnya" in dlg.result.text()
    added = len(stored(db, select(LogEntry.id)))
    assert added > 3
    dlg.import_from(str(CHATS / "android_id.txt"))
    assert dlg.result.text().startswith(f"0 pesan diimpor, {added} sudah ada")
    assert len(stored(db, select(LogEntry.id))) == added


def test_a_foreign_file_is_refused_in_the_gui(qtbot, runner, db):
    dlg = siti_log(qtbot, runner, db)
    dlg.import_from(str(CHATS / "foreign.txt"))
    assert dlg.errors.text()
    assert stored(db, select(LogEntry.id)) == []


def test_export_evidence_from_the_customer_log(qtbot, runner, db, tmp_path):
    dlg = siti_log(qtbot, runner, db)
    dlg.import_from(str(CHATS / "android_id.txt"))
    out = tmp_path / "bukti.zip"
    dlg.export_to(str(out))
    assert "Bukti disimpan" in dlg.result.text() and "segel utuh" in dlg.result.text()
    with zipfile.ZipFile(out) as z:
        assert any(n.endswith(".pdf") for n in z.namelist())


def test_check_the_seals_from_the_main_window(qtbot, window, db, message_boxes):
    db.write(lambda s: f.order(s, db.actor, UI_NOW))
    window.verify_evidence()
    kind, text = message_boxes[-1]
    assert kind == "information"
    assert "buku pembayaran: 1 entri, utuh" in text and "riwayat status: 1 entri, utuh" in text
