"""``tokodesk report daily|weekly|monthly``, run in-process through ``run([...])`` on a real
SQLite file: the owner's PIN from ``--pin-stdin``, the file written, the export in the audit
trail; a staff member gets the reviews without money and no daily closing; a wrong suffix or
date is refused before any PIN is asked."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from tests import factories as f
from tokodesk.cli.main import run
from tokodesk.db.models import AuditEvent
from tokodesk.services import staff
from tokodesk.services.database import open_database

OWNER_PIN = "731904"
BUDI_PIN = "58206"
NOW = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC)  # the same calendar day in most zones
DAY = "2026-11-22"


@pytest.fixture
def db(tmp_path) -> str:
    """Siti (owner), Budi (staff) and two orders, each with a cash deposit of Rp100.000."""
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
def cmd(monkeypatch, capsys):
    def call(*args, lines=(OWNER_PIN,)):
        monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{x}\n" for x in lines)))
        code = run([*args, "--pin-stdin"])
        o, e = capsys.readouterr()
        for secret in (OWNER_PIN, BUDI_PIN, "$argon2"):
            assert secret not in o and secret not in e
        assert "Traceback" not in e
        return code, o, e

    return call


def report_events(db: str) -> list[tuple[str, str]]:
    database = open_database(db)
    try:
        return database.read(
            lambda s: [
                (e.outcome, e.detail)
                for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "data.report"))
            ]
        )
    finally:
        database.close()


def test_daily_closing_as_pdf(db, tmp_path, cmd):
    out = tmp_path / "tutup-kas.pdf"
    code, o, e = cmd("report", "daily", "--date", DAY, "--out", str(out), "--db", db)
    assert (code, e) == (0, "")
    assert o == f"Tutup kas harian 22 Nov 2026 disimpan ke {out}.\n"
    text = re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in PdfReader(out).pages))
    assert "Tutup kas harian" in text and "Tunai" in text
    assert "Rp200.000" in text  # two deposits of Rp100.000 in cash
    assert "Salinan cetak ini bukti di luar komputer" in text
    events = report_events(db)
    assert len(events) == 1 and events[0][0] == "ok"
    assert "Tutup kas harian 22 Nov 2026" in events[0][1] and "tutup-kas.pdf" in events[0][1]


def test_monthly_review_as_xlsx(db, tmp_path, cmd):
    out = tmp_path / "bulanan.xlsx"
    code, o, e = cmd("report", "monthly", "--date", DAY, "--out", str(out), "--db", db)
    assert (code, e) == (0, "")
    assert o == f"Laporan bulanan November 2026 disimpan ke {out}.\n"
    wb = load_workbook(out)
    summary = {row[0]: row[1] for row in wb["Ringkasan"].iter_rows(values_only=True) if row[0]}
    assert summary["Pesanan masuk"] == 2
    assert summary["Nilai pesanan masuk"] == 400_000 and type(summary["Nilai pesanan masuk"]) is int
    assert [o for o, _ in report_events(db)] == ["ok"]


def test_staff_get_the_review_without_money_and_no_closing(db, tmp_path, cmd):
    out = tmp_path / "mingguan.pdf"
    code, o, e = cmd(
        "report", "weekly", "--date", DAY, "--out", str(out), "--owner", "Budi", "--db", db, lines=(BUDI_PIN,)
    )
    assert (code, e) == (0, "")
    assert "Laporan mingguan" in o and "tanpa angka uang" in o
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Angka uang hanya untuk pemilik" in text

    closing = tmp_path / "tutup.pdf"
    code, o, e = cmd(
        "report",
        "daily",
        "--date",
        DAY,
        "--out",
        str(closing),
        "--owner",
        "Budi",
        "--db",
        db,
        lines=(BUDI_PIN,),
    )
    assert code == 1 and o == "" and e.strip()
    assert not closing.exists()
    assert [o for o, _ in report_events(db)] == ["ok", "refused"]


def test_a_wrong_suffix_is_refused_before_the_pin(db, tmp_path, cmd):
    code, o, e = cmd("report", "daily", "--out", str(tmp_path / "laporan.csv"), "--db", db, lines=())
    assert code == 1 and o == ""
    assert ".pdf atau .xlsx" in e
    assert not (tmp_path / "laporan.csv").exists()
    assert report_events(db) == []


def test_a_bad_date_is_a_usage_error(db, tmp_path, cmd):
    code, _o, e = cmd("report", "daily", "--date", "2026-02-30", "--out", str(tmp_path / "x.pdf"), "--db", db)
    assert code == 2
    assert "Tanggal «2026-02-30» tidak sah; tulis sebagai TTTT-BB-HH" in e
    assert not (tmp_path / "x.pdf").exists()


def test_a_wrong_pin_writes_nothing(db, tmp_path, cmd):
    out = tmp_path / "tutup.pdf"
    code, _o, e = cmd("report", "daily", "--date", DAY, "--out", str(out), "--db", db, lines=("000000",))
    assert code == 1 and "PIN salah" in e
    assert not out.exists()
    assert report_events(db) == []
