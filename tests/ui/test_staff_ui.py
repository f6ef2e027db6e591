"""The owner's staff screen and audit trail in the GUI, driven by keyboard as a person would:
adding a person (PINs as dots, refused PINs explained beside the form), single permissions,
deactivation, the lock settings, and the trail with its filters and Enter to open an order.
The runner is synchronous, so nothing here waits on a clock."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import select

from tests import factories as f
from tests.ui.conftest import UI_NOW
from tokodesk.db.models import AuditEvent, Staff
from tokodesk.domain.access import Permission
from tokodesk.services import audit, settings, staff
from tokodesk.services.access import NotAllowed
from tokodesk.services.audit import Kind
from tokodesk.ui.audit_view import AuditDialog
from tokodesk.ui.staff_dialog import StaffDialog, StaffForm

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def opened(qtbot, dlg):
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=2000)  # its accelerators work, as for a person
    return dlg


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def open_form(qtbot, dlg: StaffDialog, key: Qt.Key) -> StaffForm:
    dlg.activateWindow()  # the offscreen platform does not give it back when a form closes
    qtbot.waitUntil(dlg.isActiveWindow, timeout=2000)
    dlg.form = None
    qtbot.keyClick(dlg, key, ALT)  # a button's accelerator clicks it a moment later
    qtbot.waitUntil(lambda: dlg.form is not None, timeout=2000)
    form = dlg.form
    qtbot.waitUntil(lambda: form.isVisible() and form.isActiveWindow(), timeout=2000)
    return form


def table_texts(dlg: StaffDialog) -> list[list[str]]:
    t = dlg.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def row_of(dlg: StaffDialog, name: str) -> int:
    return next(r for r, cells in enumerate(table_texts(dlg)) if cells[0] == name)


def stored(db, name: str) -> Staff | None:
    with db.sessions() as s:
        return s.scalar(select(Staff).where(Staff.name == name))


def audit_actions(db) -> list[tuple[str, str]]:
    with db.sessions() as s:
        return [(e.action, e.outcome) for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def add_dewi(db) -> int:
    new_id, _ = db.write(
        lambda s: staff.add_staff(s, staff.StaffInput("Dewi", "2580"), actor=db.actor, now=UI_NOW)
    )
    return new_id


def dewi_actor(db, staff_id: int):
    return db.read(lambda s: staff.get_actor(s, staff_id))


# ----------------------------------------------------------------------- accounts


def test_add_a_staff_member_by_keyboard(qtbot, runner, db):
    dlg = opened(qtbot, StaffDialog(runner))
    assert [cells[:3] for cells in table_texts(dlg)] == [["Staf Toko", "Pemilik", "aktif, belum ada PIN"]]

    form = open_form(qtbot, dlg, Qt.Key.Key_T)  # "&Tambah staf…"
    assert QApplication.focusWidget() is form.name
    assert form.pin.echoMode() == QLineEdit.EchoMode.Password
    assert form.pin2.echoMode() == QLineEdit.EchoMode.Password
    type_text(qtbot, "Dewi  Lestari ")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.role  # Staf, as it opens
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.pin
    type_text(qtbot, "25x80123456")  # letters are refused, and no more than 8 digits
    assert form.pin.text() == "25801234"
    form.pin.clear()
    type_text(qtbot, "2580")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "2580")
    press(qtbot, Qt.Key.Key_Return)

    assert not form.isVisible()
    assert table_texts(dlg)[row_of(dlg, "Dewi Lestari")] == [
        "Dewi Lestari",
        "Staf",
        "aktif",
        "belum pernah",
        "—",
    ]
    assert dlg.selected_row().name == "Dewi Lestari"
    assert dlg.status.text() == "Staf ditambahkan."
    row = stored(db, "Dewi Lestari")
    assert row.role == "staff" and row.active
    assert row.pin_hash.startswith("$argon2") and "2580" not in row.pin_hash
    assert db.read(lambda s: staff.pin_matches(stored(db, "Dewi Lestari").pin_hash, "2580"))
    assert ("staff.add", "ok") in audit_actions(db)
    assert not any("2580" in cell for cells in table_texts(dlg) for cell in cells)


def test_a_short_pin_is_explained_in_the_form_and_nothing_is_written(qtbot, runner, db):
    dlg = opened(qtbot, StaffDialog(runner))
    form = open_form(qtbot, dlg, Qt.Key.Key_T)
    type_text(qtbot, "Agus")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "12")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "12")
    press(qtbot, Qt.Key.Key_Return)

    assert form.isVisible()
    assert form.errors.isVisible()
    assert form.errors.text() == "PIN terlalu pendek: minimal 4 angka"
    assert QApplication.focusWidget() is form.pin  # the bad field, ready to fix
    assert (form.name.text(), form.pin.text(), form.pin2.text()) == ("Agus", "12", "12")  # nothing lost
    assert stored(db, "Agus") is None
    assert len(table_texts(dlg)) == 1

    # two different PINs: said at once, without asking the database
    type_text(qtbot, "1357")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "1358")
    press(qtbot, Qt.Key.Key_Return)
    assert form.errors.text() == "Kedua PIN tidak sama; ketik ulang"
    assert QApplication.focusWidget() is form.pin2
    type_text(qtbot, "1357")  # the wrong repeat is selected: typing replaces it
    qtbot.keyClick(form, Qt.Key.Key_S, CTRL)
    assert not form.isVisible()
    assert stored(db, "Agus").active


def test_a_pin_another_account_uses_is_refused(qtbot, runner, db):
    add_dewi(db)
    dlg = opened(qtbot, StaffDialog(runner))
    form = open_form(qtbot, dlg, Qt.Key.Key_T)
    type_text(qtbot, "Agus")
    form.pin.setFocus()
    type_text(qtbot, "2580")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "2580")
    press(qtbot, Qt.Key.Key_Return)
    assert form.isVisible()
    assert form.errors.text() == "PIN ini sudah dipakai akun lain; pilih PIN lain"
    assert stored(db, "Agus") is None
    assert [c[0] for c in table_texts(dlg)] == ["Staf Toko", "Dewi"]

    press(qtbot, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert stored(db, "Agus") is None


def test_rename_and_reset_pin_refresh_the_list(qtbot, runner, db):
    dewi = add_dewi(db)
    dlg = opened(qtbot, StaffDialog(runner))
    dlg.select_staff(dewi)
    form = open_form(qtbot, dlg, Qt.Key.Key_U)  # "&Ubah…"
    assert form.name.text() == "Dewi"
    qtbot.keyClick(form.name, Qt.Key.Key_End)
    type_text(qtbot, " Lestari")
    press(qtbot, Qt.Key.Key_Return)
    assert not form.isVisible()
    assert table_texts(dlg)[row_of(dlg, "Dewi Lestari")][0] == "Dewi Lestari"

    form = open_form(qtbot, dlg, Qt.Key.Key_R)  # "&Reset PIN…"
    assert QApplication.focusWidget() is form.pin
    type_text(qtbot, "97531")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "97531")
    press(qtbot, Qt.Key.Key_Return)
    assert not form.isVisible()
    assert db.read(lambda s: staff.pin_matches(s.get(Staff, dewi).pin_hash, "97531"))
    assert [a for a in audit_actions(db) if a[0] in ("staff.edit", "staff.pin")] == [
        ("staff.edit", "ok"),
        ("staff.pin", "ok"),
    ]


def test_deactivate_after_confirming(qtbot, runner, db, message_boxes):
    dewi = add_dewi(db)
    dlg = opened(qtbot, StaffDialog(runner))
    dlg.select_staff(dewi)
    assert dlg.deactivate_button.isEnabled()
    qtbot.keyClick(dlg, Qt.Key.Key_N, ALT)  # "&Nonaktifkan"
    qtbot.waitUntil(lambda: dlg.status.text() != "")
    assert message_boxes and message_boxes[0][0] == "confirm"
    assert "Nonaktifkan akun Dewi?" in message_boxes[0][1]
    assert not stored(db, "Dewi").active
    assert table_texts(dlg)[row_of(dlg, "Dewi")][2] == "nonaktif"
    assert dlg.selected_row().id == dewi
    assert not dlg.deactivate_button.isEnabled()
    assert ("staff.edit", "ok") in audit_actions(db)


def test_the_last_owner_cannot_be_deactivated_and_says_why(qtbot, runner, db, message_boxes):
    dlg = opened(qtbot, StaffDialog(runner))
    qtbot.keyClick(dlg, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(dlg.errors.isVisible)
    assert "Pemilik terakhir tidak bisa dinonaktifkan" in dlg.errors.text()
    assert stored(db, "Staf Toko").active


# ----------------------------------------------------------------------- permissions


def test_grant_one_permission(qtbot, runner, db):
    dewi = add_dewi(db)
    dlg = opened(qtbot, StaffDialog(runner))
    # the owner's ticks are all set and cannot be changed
    assert dlg.selected_row().role == "owner"
    assert all(box.isChecked() and not box.isEnabled() for box in dlg.checks.values())
    assert dlg.grants_note.text() == "Pemilik memiliki semua izin"
    assert dlg.checks[Permission.SETTINGS].text() == "Kebijakan, S&&K, profil toko, template, e-mail"

    dlg.table.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    assert dlg.selected_row().id == dewi
    assert not any(box.isChecked() for box in dlg.checks.values())
    assert not dlg.grants_button.isEnabled()  # nothing changed yet
    box = dlg.checks[Permission.REPORTS]
    assert box.text() == "Laporan keuangan" and box.isEnabled()
    box.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert box.isChecked() and dlg.grants_button.isEnabled()
    qtbot.keyClick(dlg, Qt.Key.Key_I, ALT)  # "Simpan &izin"
    qtbot.waitUntil(lambda: dlg.status.text() == "Izin Dewi disimpan.")

    assert db.read(lambda s: s.get(Staff, dewi).grants) == "reports"
    assert ("staff.grants", "ok") in audit_actions(db)
    assert table_texts(dlg)[row_of(dlg, "Dewi")][4] == "Laporan"
    assert dlg.selected_row().id == dewi and dlg.checks[Permission.REPORTS].isChecked()
    assert not dlg.grants_button.isEnabled()


def test_someone_without_the_permission_is_refused_inline(qtbot, runner, db):
    dewi = add_dewi(db)
    runner.actor = dewi_actor(db, dewi)
    dlg = opened(qtbot, StaffDialog(runner))
    form = open_form(qtbot, dlg, Qt.Key.Key_T)
    type_text(qtbot, "Agus")
    form.pin.setFocus()
    type_text(qtbot, "4680")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "4680")
    press(qtbot, Qt.Key.Key_Return)
    assert form.isVisible()
    assert form.errors.text() == (
        "Dewi tidak berhak melakukan ini (Mengelola akun staf). Minta pemilik masuk atau memberi izin."
    )
    assert form.name.text() == "Agus"
    assert stored(db, "Agus") is None
    assert ("staff.add", "refused") in audit_actions(db)


# ----------------------------------------------------------------------- lock settings


def test_idle_minutes_and_waive_limit_are_saved(qtbot, runner, db):
    dlg = opened(qtbot, StaffDialog(runner))
    assert dlg.idle.value() == 5 and dlg.waive.text() == "20.000"
    qtbot.keyClick(dlg, Qt.Key.Key_K, ALT)  # "&Kunci layar setelah"
    assert dlg.idle.hasFocus()
    qtbot.keyClick(dlg.idle, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dlg.idle, "10")
    qtbot.keyClick(dlg, Qt.Key.Key_B, ALT)  # "&Batas bebas biaya simpan"
    assert dlg.waive.hasFocus()
    qtbot.keyClick(dlg.waive, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dlg.waive, "50rb")
    qtbot.keyClick(dlg, Qt.Key.Key_P, ALT)  # "Simpan &pengaturan"
    qtbot.waitUntil(dlg.errors.isVisible)
    assert "bukan jumlah rupiah yang sah" in dlg.errors.text()
    assert db.read(lambda s: settings.get(s, "staff.idle_minutes")) == 5
    assert dlg.waive.text() == "50rb"  # nothing typed is lost

    qtbot.keyClick(dlg.waive, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dlg.waive, "50.000")
    qtbot.keyClick(dlg, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: dlg.status.text() == "Pengaturan kunci layar disimpan.")
    assert not dlg.errors.isVisible()
    assert db.read(
        lambda s: (settings.get(s, "staff.idle_minutes"), settings.get(s, "staff.waive_limit"))
    ) == (
        10,
        50_000,
    )
    with db.sessions() as s:
        details = [
            (e.action, e.detail)
            for e in s.scalars(
                select(AuditEvent).where(AuditEvent.action.in_(["staff.idle", "staff.waive_limit"]))
            )
        ]
    assert details == [("staff.idle", "5 → 10 menit"), ("staff.waive_limit", "Rp20.000 → Rp50.000")]


# ----------------------------------------------------------------------- audit trail


@pytest.fixture
def trail(db):
    """Work of a week: the owner takes an order, Dewi records a customer and is refused a
    staff change, and an older customer from ten days ago."""
    dewi = add_dewi(db)
    who = dewi_actor(db, dewi)
    old = UI_NOW - dt.timedelta(days=10)
    db.write(lambda s: f.customer(s, db.actor, old, name="Lama Sekali"))
    code, order_id = db.write(lambda s: f.order(s, db.actor, UI_NOW))
    customer_id = db.write(
        lambda s: f.customer(s, who, UI_NOW - dt.timedelta(hours=1), name="Budi Santoso").id
    )
    with pytest.raises(NotAllowed):
        db.write(lambda s: staff.set_idle_minutes(s, 9, actor=who, now=UI_NOW + dt.timedelta(minutes=5)))
    return {"dewi": dewi, "order_id": order_id, "code": code, "customer_id": customer_id}


def open_trail(qtbot, runner, **kw) -> AuditDialog:
    dlg = opened(qtbot, AuditDialog(runner, **kw))
    wait_rows(qtbot, dlg)
    return dlg


def wait_rows(qtbot, dlg: AuditDialog) -> None:
    qtbot.waitUntil(lambda: all(dlg.row_at(r) is not None for r in range(dlg.model.rowCount())))


def shown(dlg: AuditDialog) -> list[tuple[str, str, str, str]]:
    """(staf, tindakan, hasil, catatan) of every row, as the screen shows them."""
    m = dlg.model
    return [tuple(m.data(m.index(r, c)) for c in (1, 2, 3, 4)) for r in range(m.rowCount())]


def test_the_trail_lists_the_last_week_newest_first(qtbot, runner, db, trail):
    dlg = open_trail(qtbot, runner)
    rows = shown(dlg)
    assert rows[0] == ("Dewi", "Waktu kunci layar diubah", "DITOLAK", "Mengelola akun staf")
    assert ("Dewi", "Pelanggan baru", "berhasil", "Budi Santoso") in rows
    assert ("Staf Toko", "Staf ditambahkan", "berhasil", "Dewi · Staf") in rows
    assert any(r[1] == "Pesanan baru" and r[3].startswith(trail["code"]) for r in rows)
    assert not any("Lama Sekali" in r[3] for r in rows)  # ten days ago: before the week shown
    assert dlg.count.text() == f"{len(rows)} kejadian"
    assert all("2580" not in cell and "$argon2" not in cell for r in rows for cell in r)

    m = dlg.model
    refused = m.index(0, 3)
    assert m.data(refused, Qt.ItemDataRole.ForegroundRole).color().name() == "#b71c1c"
    assert m.data(refused, Qt.ItemDataRole.FontRole).bold()
    assert m.data(m.index(1, 3), Qt.ItemDataRole.ForegroundRole) is None
    local = (UI_NOW + dt.timedelta(minutes=5)).astimezone()
    assert m.data(m.index(0, 0)) == f"{local.day} Nov 2026 {local:%H.%M.%S}"

    # an earlier "from" date brings the older work in
    dlg.date_from.setFocus()
    dlg.date_from.setDate(dlg.date_from.date().addDays(-7))
    wait_rows(qtbot, dlg)
    assert any(r[3] == "Lama Sekali" for r in shown(dlg))


def test_filters_narrow_the_trail(qtbot, runner, db, trail):
    dlg = open_trail(qtbot, runner)
    everything = shown(dlg)
    names = [dlg.person.itemText(i) for i in range(dlg.person.count())]
    assert names[:3] == ["Semua orang", "Staf Toko", "Dewi"]

    dlg.person.setCurrentIndex(dlg.person.findData(trail["dewi"]))
    wait_rows(qtbot, dlg)
    by_dewi = shown(dlg)
    assert {r[0] for r in by_dewi} == {"Dewi"}
    assert len(by_dewi) == 2 and len(by_dewi) < len(everything)
    assert dlg.count.text() == "2 kejadian"

    dlg.kind.setCurrentIndex(dlg.kind.findData(Kind.CUSTOMER))
    wait_rows(qtbot, dlg)
    assert shown(dlg) == [("Dewi", "Pelanggan baru", "berhasil", "Budi Santoso")]

    dlg.kind.setCurrentIndex(0)
    dlg.refused_only.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    wait_rows(qtbot, dlg)
    assert shown(dlg) == [("Dewi", "Waktu kunci layar diubah", "DITOLAK", "Mengelola akun staf")]

    dlg.person.setCurrentIndex(0)
    wait_rows(qtbot, dlg)
    assert [r[2] for r in shown(dlg)] == ["DITOLAK"]

    dlg.refused_only.setChecked(False)
    dlg.kind.setCurrentIndex(dlg.kind.findData(Kind.ORDER))
    wait_rows(qtbot, dlg)
    assert {r[1] for r in shown(dlg)} == {"Pesanan baru"}


def test_dates_are_the_shops_days_with_the_last_one_included(qtbot, runner, db):
    today = UI_NOW.astimezone().date()
    late = dt.datetime.combine(today, dt.time(23, 30)).astimezone()
    next_day = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(0, 30)).astimezone()
    db.write(lambda s: f.customer(s, db.actor, late, name="Malam Ini"))
    db.write(lambda s: f.customer(s, db.actor, next_day, name="Besok Pagi"))
    dlg = open_trail(qtbot, runner)
    notes = [r[3] for r in shown(dlg)]
    assert "Malam Ini" in notes and "Besok Pagi" not in notes

    # a "to" date before "from" moves "from" with it
    dlg.date_to.setDate(dlg.date_from.date().addDays(-1))
    assert dlg.date_from.date() == dlg.date_to.date()


def test_enter_on_an_order_row_opens_the_order(qtbot, runner, db, trail):
    orders, customers = [], []
    dlg = open_trail(qtbot, runner, open_order=orders.append, open_customer=customers.append)
    assert dlg.table.hasFocus()
    assert dlg.table.currentIndex().row() == 0

    press(qtbot, Qt.Key.Key_Return)  # the refused staff change: nothing to open
    assert orders == [] and customers == [] and dlg.isVisible()

    order_row = next(r for r in range(dlg.model.rowCount()) if dlg.row_at(r).action == "order.new")
    for _ in range(order_row):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert orders == [trail["order_id"]]
    assert dlg.isVisible()

    customer_row = next(
        r
        for r in range(dlg.model.rowCount())
        if (dlg.row_at(r).target_kind, dlg.row_at(r).target_id) == ("customer", trail["customer_id"])
    )
    rect = dlg.table.visualRect(dlg.model.index(customer_row, 2))
    qtbot.mouseClick(dlg.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert customers == []  # one click only chooses the row
    qtbot.mouseDClick(dlg.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert customers == [trail["customer_id"]]
    assert orders == [trail["order_id"]]


def test_the_trail_names_inactive_people_and_the_automatic_run(qtbot, runner, db):
    dewi = add_dewi(db)
    db.write(lambda s: staff.update_staff(s, dewi, active=False, actor=db.actor, now=UI_NOW))
    db.write(lambda s: staff.system_actor(s, UI_NOW))
    db.write(
        lambda s: audit.record(
            s, staff.system_actor(s, UI_NOW), "system.daily", now=UI_NOW, detail="2 pengingat"
        )
    )
    dlg = open_trail(qtbot, runner)
    names = [dlg.person.itemText(i) for i in range(dlg.person.count())]
    assert names == ["Semua orang", "Staf Toko", "Dewi (nonaktif)", "TokoDesk (otomatis)"]
    dlg.person.setCurrentIndex(3)
    wait_rows(qtbot, dlg)
    rows = shown(dlg)
    assert ("TokoDesk (otomatis)", "Aturan harian dijalankan", "berhasil", "2 pengingat") in rows
    assert {r[0] for r in rows} == {"TokoDesk (otomatis)"}
