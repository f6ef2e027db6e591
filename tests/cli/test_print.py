"""tokodesk print: a document of one order as a PDF file, or a clear refusal."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import factories as f
from tests.factories import open_as_owner as open_database
from tokodesk.cli.main import run

NOW = dt.datetime(2026, 11, 22, 3, 0, tzinfo=dt.UTC)


@pytest.fixture
def shop(db_url):
    path = db_url
    db = open_database(path, now=NOW)
    try:
        code, _ = db.write(lambda s: f.order(s, db.actor, NOW))
    finally:
        db.close()
    return path, code


@pytest.mark.parametrize("kind", ["nota", "slip", "confirmation"])
def test_print_writes_a_pdf(shop, tmp_path, capsys, kind):
    db, code = shop
    out = tmp_path / f"{kind}.pdf"
    assert run(["print", kind, code, "--size", "58mm", "--out", str(out), "--db", db]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert code in capsys.readouterr().out


def test_unknown_code(shop, tmp_path, capsys):
    db, _ = shop
    out = tmp_path / "x.pdf"
    assert run(["print", "nota", "TD-2611-9999", "--out", str(out), "--db", db]) == 1
    assert "Tidak ada pesanan dengan kode «TD-2611-9999»" in capsys.readouterr().err
    assert not out.exists()


def test_unknown_size(shop, tmp_path, capsys):
    db, code = shop
    assert run(["print", "nota", code, "--size", "a3", "--out", str(tmp_path / "x.pdf"), "--db", db]) == 2
    assert "a3" in capsys.readouterr().err


def test_unwritable_output_leaves_nothing(shop, tmp_path, capsys):
    db, code = shop
    out = tmp_path / "tidak-ada" / "nota.pdf"
    assert run(["print", "nota", code, "--out", str(out), "--db", db]) == 1
    assert "tidak ada" in capsys.readouterr().err
    assert not out.parent.exists()


def test_final_receipt_only_after_handover(shop, tmp_path, capsys):
    db, code = shop
    assert run(["print", "final", code, "--out", str(tmp_path / "f.pdf"), "--db", db]) == 1
    assert "Nota lunas dicetak saat pesanan diserahkan" in capsys.readouterr().err
    assert not (tmp_path / "f.pdf").exists()
