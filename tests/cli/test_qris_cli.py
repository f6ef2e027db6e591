"""``tokodesk qris``, in-process on a real SQLite file: the PNG of an order's payment code
scans back to the balance (or ``--amount``); ``--check`` prints a payload's fields or the
reason it is refused; an order with nothing left to pay, a shop without a QRIS and an amount
of 0 are refused with nothing written."""

from __future__ import annotations

import datetime as dt

import pytest
import zxingcpp
from PIL import Image

from tests import factories as f
from tests.factories import open_as_owner
from tokodesk.cli.main import run
from tokodesk.domain import qris
from tokodesk.services import settings

NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
STATIC = qris.build_static(name="TOKO KUE MAWAR", city="BANDUNG", merchant_id="ID1020021234567")


@pytest.fixture
def shop(tmp_path):
    """A shop with its QRIS, an order of Rp200.000 with a DP of Rp100.000, and one paid in full."""
    path = str(tmp_path / "toko.sqlite3")
    db = open_as_owner(path, now=NOW)
    try:

        def job(s):
            settings.put(s, "shop.qris", STATIC)
            owing, _ = f.order(s, db.actor, NOW, deposit=100_000)
            paid, _ = f.order(s, db.actor, NOW, deposit=200_000)
            return owing, paid

        owing, paid = db.write(job)
    finally:
        db.close()
    return path, owing, paid


def scanned(png) -> qris.Qris:
    with Image.open(png) as img:
        [code] = zxingcpp.read_barcodes(img)
    return qris.read(code.text)


def test_the_png_carries_the_balance(shop, tmp_path, capsys):
    path, owing, _ = shop
    out = tmp_path / "bayar.png"
    assert run(["qris", "--order", owing.lower(), "--out", str(out), "--db", path]) == 0
    code = scanned(out)
    assert code.amount == 100_000 and code.bill_number == owing and code.merchant_name == "TOKO KUE MAWAR"
    assert "Rp100.000" in capsys.readouterr().out


def test_another_amount(shop, tmp_path):
    path, owing, _ = shop
    out = tmp_path / "ongkir.png"
    assert run(["qris", "--order", owing, "--out", str(out), "--amount", "25.000", "--db", path]) == 0
    assert scanned(out).amount == 25_000


@pytest.mark.parametrize("amount", ["0", "-5000"])
def test_an_amount_of_zero_or_less_is_refused(shop, tmp_path, capsys, amount):
    path, owing, _ = shop
    out = tmp_path / "x.png"
    assert run(["qris", "--order", owing, "--out", str(out), f"--amount={amount}", "--db", path]) == 1
    assert "lebih dari Rp0" in capsys.readouterr().err
    assert not out.exists()


def test_nothing_left_to_pay_prints_no_code(shop, tmp_path, capsys):
    path, _, paid = shop
    out = tmp_path / "lunas.png"
    assert run(["qris", "--order", paid, "--out", str(out), "--db", path]) == 1
    assert "tidak punya sisa tagihan" in capsys.readouterr().err
    assert not out.exists()


def test_a_shop_without_qris_is_told_where_to_load_it(tmp_path, capsys):
    path = str(tmp_path / "toko.sqlite3")
    db = open_as_owner(path, now=NOW)
    code, _ = db.write(lambda s: f.order(s, db.actor, NOW))
    db.close()
    assert run(["qris", "--order", code, "--out", str(tmp_path / "x.png"), "--db", path]) == 1
    assert "Profil toko" in capsys.readouterr().err


def test_check_prints_the_fields(capsys):
    payload = qris.with_amount(STATIC, 425_000, reference="TD-2611-0042")
    assert run(["qris", "--check", payload]) == 0
    out = capsys.readouterr().out
    for words in ("TOKO KUE MAWAR", "BANDUNG", "ID1020021234567", "Rp425.000", "TD-2611-0042", "dinamis"):
        assert words in out


def test_check_refuses_one_changed_character(capsys):
    payload = qris.with_amount(STATIC, 425_000)
    changed = payload.replace("TOKO KUE MAWAR", "TOKO KUE MAWAN")
    assert run(["qris", "--check", changed]) == 1
    assert "CRC" in capsys.readouterr().err
