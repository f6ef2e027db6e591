"""``tokodesk backup`` and ``tokodesk restore``, run in-process through ``run([...])`` on real
SQLite files.  The owner's PIN comes from ``--pin-stdin`` or a stubbed ``getpass``; no PIN is
ever printed."""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import io
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests import factories as f
from tokodesk.cli import VERBS
from tokodesk.cli.main import run
from tokodesk.db.models import AuditEvent, Order
from tokodesk.services import backup, staff
from tokodesk.services.database import open_database

OWNER_PIN = "731904"
BUDI_PIN = "58206"
NOW = dt.datetime(2026, 11, 22, 3, 0, tzinfo=dt.UTC)


@pytest.fixture
def db(tmp_path) -> str:
    """A shop with an owner (Siti, PIN 731904), a staff member (Budi) and two orders."""
    path = str(tmp_path / "toko.sqlite3")
    database = open_database(path, now=NOW)
    try:
        owner = database.write(lambda s: staff.setup_owner(s, "Siti", OWNER_PIN, now=NOW))
        database.write(lambda s: staff.add_staff(s, staff.StaffInput("Budi", BUDI_PIN), actor=owner, now=NOW))
        database.write(lambda s: [f.order(s, owner, NOW) for _ in range(2)])
    finally:
        database.close()
    return path


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def cmd(monkeypatch, capsys):
    def call(*args, lines=(OWNER_PIN,), pin_stdin=True):
        monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{x}\n" for x in lines)))
        argv = list(args) + (["--pin-stdin"] if pin_stdin else [])
        code = run(argv)
        o, e = capsys.readouterr()
        for secret in (OWNER_PIN, BUDI_PIN, "$argon2"):
            assert secret not in o and secret not in e
        assert "Traceback" not in e
        return code, o, e

    return call


def orders(db: str) -> int:
    database = open_database(db)
    try:
        return database.read(lambda s: s.scalar(select(func.count(Order.id))))
    finally:
        database.close()


def audit(db: str, action: str) -> list[str]:
    database = open_database(db)
    try:
        return database.read(
            lambda s: [e.outcome for e in s.scalars(select(AuditEvent).where(AuditEvent.action == action))]
        )
    finally:
        database.close()


def test_the_verbs_go_to_the_command_line():
    assert {"backup", "restore"} <= VERBS


def test_backup_into_a_folder_with_the_owner_pin(db, out, cmd):
    code, o, e = cmd("backup", "--out", str(out), "--db", db)
    assert (code, e) == (0, "")
    (made,) = backup.list_backups(out)
    assert made.kind == "manual"
    assert f"Cadangan dibuat dan diperiksa: {made.path}" in o
    assert "integritas: ok; segel bukti utuh" in o
    assert "2 pesanan" in o
    assert backup.verify_backup(made.path).ok
    assert audit(db, "data.backup") == ["ok"]


def test_backup_through_getpass(db, out, cmd, monkeypatch):
    prompts = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": prompts.append(prompt) or OWNER_PIN)
    code, _, e = cmd("backup", "--out", str(out), "--db", db, pin_stdin=False)
    assert (code, e) == (0, "")
    assert prompts == ["PIN pemilik: "]


def test_backup_uses_the_folder_set_in_the_app(db, out, cmd):
    database = open_database(db)
    try:
        owner = database.read(lambda s: staff.get_actor(s, staff.list_staff(s)[0].id))
        database.write(
            lambda s: backup.save_settings(s, backup.BackupSettings(str(out)), actor=owner, now=NOW)
        )
    finally:
        database.close()
    code, _, e = cmd("backup", "--db", db)
    assert (code, e) == (0, "")
    assert len(backup.list_backups(out)) == 1


def test_backup_without_a_folder_says_how(db, cmd):
    code, o, e = cmd("backup", "--db", db)
    assert (code, o) == (1, "")
    assert "Folder cadangan belum diatur" in e and "--out FOLDER" in e


def test_backup_to_a_missing_folder_is_refused_and_nothing_is_lost(db, tmp_path, cmd):
    code, _, e = cmd("backup", "--out", str(tmp_path / "flashdisk"), "--db", db)
    assert code == 1
    assert "tidak ditemukan" in e
    assert orders(db) == 2
    assert audit(db, "data.backup") == ["failed"]


def test_a_wrong_pin_or_a_staff_member_makes_no_backup(db, out, cmd):
    code, _, e = cmd("backup", "--out", str(out), "--db", db, lines=["000000"])
    assert code == 1 and e.startswith("PIN salah.")
    code, _, e = cmd("backup", "--owner", "Budi", "--out", str(out), "--db", db, lines=[BUDI_PIN])
    assert code == 1 and "Budi tidak berhak" in e
    assert list(out.iterdir()) == []
    assert audit(db, "data.backup") == ["refused"]


def test_restore_backs_up_the_current_state_first(db, out, cmd):
    assert cmd("backup", "--out", str(out), "--db", db)[0] == 0
    (made,) = backup.list_backups(out)
    database = open_database(db)  # an order after the backup
    try:
        owner = database.read(lambda s: staff.get_actor(s, staff.list_staff(s)[0].id))
        database.write(lambda s: f.order(s, owner, NOW))
    finally:
        database.close()
    assert orders(db) == 3

    code, o, e = cmd("restore", str(made.path), "--db", db)

    assert (code, e) == (0, "")
    assert f"Database dipulihkan dari {made.path}" in o
    assert orders(db) == 2
    before = next(p for p in Path(db).parent.iterdir() if p.name.endswith("-restore.sqlite3"))
    assert f"keadaan sebelumnya dicadangkan ke {before}" in o
    assert backup.verify_backup(before).count("orders") == 3
    assert audit(db, "data.restore") == ["ok"]


def test_restore_refuses_a_damaged_file(db, out, cmd):
    assert cmd("backup", "--out", str(out), "--db", db)[0] == 0
    (made,) = backup.list_backups(out)
    data = made.path.read_bytes()
    made.path.write_bytes(data[: len(data) // 3])
    code, o, e = cmd("restore", str(made.path), "--db", db)
    assert (code, o) == (1, "")
    assert "tidak dipakai: berkas rusak" in e and "Database tidak diubah" in e
    assert orders(db) == 2


def test_restore_of_a_missing_file(db, cmd, tmp_path):
    code, _, e = cmd("restore", str(tmp_path / "tidak-ada.sqlite3"), "--db", db)
    assert code == 1 and "tidak ditemukan" in e


def test_restore_on_a_new_computer_asks_no_pin(db, out, cmd, tmp_path):
    assert cmd("backup", "--out", str(out), "--db", db)[0] == 0
    (made,) = backup.list_backups(out)
    fresh = str(tmp_path / "baru" / "toko.sqlite3")
    code, o, e = cmd("restore", str(made.path), "--db", fresh, lines=(), pin_stdin=False)
    assert "Database dipulihkan" in o
    assert (code, e) == (0, "")
    assert orders(fresh) == 2
    with contextlib.closing(sqlite3.connect(fresh)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
