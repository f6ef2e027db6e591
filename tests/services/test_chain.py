"""The evidence chains catch tampering done straight in the database, and name the record:
an edited byte, a deleted row, two rows swapped, a forged row inserted, the last row
deleted, a row added without a seal."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import backends
from tests import factories as f
from tests.factories import open_as_owner as open_database
from tokodesk.cli.main import run
from tokodesk.domain.ledger import PaymentMethod
from tokodesk.domain.log import Channel, Direction
from tokodesk.services import log as log_service
from tokodesk.services.chain import verify
from tokodesk.services.orders import OrderStatus, move_order
from tokodesk.services.payments import PaymentInput, record_payment

NOW = dt.datetime(2026, 11, 22, 3, 0, tzinfo=dt.UTC)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def shop(db_url):
    """A shop database with a customer, two orders, payments, moves and five log entries."""
    path = db_url
    db = open_database(str(path), now=NOW)

    def fill(s):
        cust = f.customer(s, db.actor, NOW, name="Dewi Lestari", phone="0813-1111-2222")
        for _ in range(2):
            _, oid = f.order(s, db.actor, NOW, customer_id=cust.id)
            record_payment(s, PaymentInput(oid, 50_000, PaymentMethod.QRIS), actor=db.actor, now=NOW)
            move_order(s, oid, OrderStatus.CONFIRMED, actor=db.actor, now=NOW)
        for i in range(5):
            log_service.add_entry(
                s,
                log_service.LogInput(
                    cust.id,
                    Channel.WHATSAPP,
                    Direction.IN if i % 2 else Direction.OUT,
                    text=f"pesan {i}",
                    attachments=[log_service.FileInput("a.png", PNG)] if i == 2 else [],
                ),
                actor=db.actor,
                now=NOW + dt.timedelta(minutes=i),
            )

    db.write(fill)
    db.close()
    return path


def verify_cli(path, capsys):
    code = run(["verify", "--db", str(path)])
    out = capsys.readouterr()
    return code, out.out + out.err


def sql(path, *statements):
    """Change the database behind the app's back, as someone with a database tool would."""
    if backends.ON_PG:  # foreign keys cannot be switched off there (nor need they be here)
        statements = tuple(st for st in statements if not st.startswith("PRAGMA"))
    backends.run_sql(path, *statements)


def test_an_untouched_shop_verifies(shop, capsys):
    code, text = verify_cli(shop, capsys)
    assert code == 0
    assert "catatan komunikasi: 5 entri, UTUH" in text
    assert "buku pembayaran: 4 entri, UTUH" in text
    assert "riwayat status: 4 entri, UTUH" in text


def test_one_changed_byte_in_a_log_text(shop, capsys):
    sql(shop, "UPDATE log_entries SET text = 'pesan 9' WHERE id = 3")
    code, text = verify_cli(shop, capsys)
    assert code == 1
    assert "catatan komunikasi #3: isinya tidak cocok dengan segelnya" in text


def test_a_changed_amount_in_the_ledger(shop, capsys):
    sql(shop, "UPDATE ledger_entries SET amount = 5000 WHERE id = 2")
    code, text = verify_cli(shop, capsys)
    assert code == 1 and "buku pembayaran #2: isinya tidak cocok" in text


def test_a_replaced_attachment(shop, capsys):
    sql(shop, "UPDATE attachments SET sha256 = 'ff' || substr(sha256, 3)")
    code, text = verify_cli(shop, capsys)
    assert code == 1 and "catatan komunikasi #3: isinya tidak cocok" in text


def test_a_deleted_payment(shop, capsys):
    sql(shop, "DELETE FROM ledger_entries WHERE id = 2")
    code, text = verify_cli(shop, capsys)
    assert code == 1
    assert "buku pembayaran #3: entri sebelumnya hilang (dihapus)" in text


def test_two_entries_swapped(shop, capsys):
    sql(
        shop,
        "PRAGMA foreign_keys=OFF",
        "UPDATE log_entries SET id = 100 WHERE id = 1",
        "UPDATE log_entries SET id = 1 WHERE id = 2",
        "UPDATE log_entries SET id = 2 WHERE id = 100",
    )
    code, text = verify_cli(shop, capsys)
    assert code == 1
    assert "catatan komunikasi #1: urutannya diubah (seharusnya sesudah #2)" in text


def test_a_forged_entry_inserted(shop, capsys):
    sql(
        shop,
        "INSERT INTO log_entries (customer_id, channel, direction, text, happened_at, recorded_at, staff_id, "
        "source, prev_hash, hash) SELECT customer_id, 'whatsapp', 'in', 'saya tidak pernah diberi tahu', "
        "happened_at, recorded_at, staff_id, 'manual', hash, 'beef' || substr(hash, 5) FROM log_entries "
        "WHERE id = 5",
    )
    code, text = verify_cli(shop, capsys)
    assert code == 1 and "catatan komunikasi #6: isinya tidak cocok dengan segelnya" in text


def test_the_last_entry_deleted(shop, capsys):
    sql(shop, "DELETE FROM status_changes WHERE id = 4")
    code, text = verify_cli(shop, capsys)
    assert code == 1 and "riwayat status: 1 entri terakhir hilang (dihapus) sesudah #3" in text


def test_a_row_without_a_seal(shop, capsys):
    sql(
        shop,
        "INSERT INTO status_changes (order_id, from_status, to_status, staff_id, at, note) "
        "VALUES (1, 'confirmed', 'ready', 1, '2026-11-22 03:00:00', '')",
    )
    code, text = verify_cli(shop, capsys)
    assert code == 1 and "riwayat status #5: tidak bersegel" in text


def test_an_old_database_is_sealed_once_when_opened(shop):
    """Rows from before the chains existed get sealed in their order on the next open."""
    sql(
        shop,
        "UPDATE ledger_entries SET prev_hash = NULL, hash = NULL",
        "DELETE FROM chain_heads WHERE name='ledger'",
    )
    db = open_database(str(shop), now=NOW)
    try:
        assert all(r.problem is None for r in db.read(verify))
    finally:
        db.close()


def test_a_correction_points_at_the_entry_and_both_stay(shop):
    db = open_database(str(shop), now=NOW)
    try:

        def correct(s):
            entry_id, _ = log_service.add_entry(
                s,
                log_service.LogInput(
                    1, Channel.PHONE, Direction.NOTE, text="koreksi: pesan 2 dikirim jam 10", corrects_id=3
                ),
                actor=db.actor,
                now=NOW,
            )
            return entry_id

        new_id = db.write(correct)
        views = {v.id: v for v in db.read(lambda s: log_service.entries(s, 1))}
        assert views[new_id].corrects_id == 3 and views[3].corrected_by == [new_id]
        assert views[3].attachments[0].mime == "image/png"
        assert all(r.problem is None for r in db.read(verify))
    finally:
        db.close()


def test_attachments_too_large_or_foreign_are_refused(shop):
    from tokodesk.domain.errors import InvalidInput
    from tokodesk.services import settings

    db = open_database(str(shop), now=NOW)
    try:

        def big(s):
            settings.put(s, "log.max_attachment_mb", 1)
            log_service.add_entry(
                s,
                log_service.LogInput(
                    1,
                    Channel.WHATSAPP,
                    Direction.IN,
                    attachments=[log_service.FileInput("besar.png", PNG + b"\x00" * (1024 * 1024))],
                ),
                actor=db.actor,
                now=NOW,
            )

        with pytest.raises(InvalidInput, match=r"terlalu besar \(1\.0 MB\); batasnya 1 MB"):
            db.write(big)
        with pytest.raises(InvalidInput, match="bukan jenis yang disimpan"):
            db.write(
                lambda s: log_service.add_entry(
                    s,
                    log_service.LogInput(
                        1,
                        Channel.WHATSAPP,
                        Direction.IN,
                        attachments=[log_service.FileInput("virus.exe", b"MZ\x90\x00")],
                    ),
                    actor=db.actor,
                    now=NOW,
                )
            )
        assert len(db.read(lambda s: log_service.entries(s, 1))) == 5  # nothing written
    finally:
        db.close()


def test_the_same_screenshot_is_stored_once(shop):
    from sqlalchemy import func, select

    from tokodesk.db.models import Attachment

    db = open_database(str(shop), now=NOW)
    try:
        db.write(
            lambda s: log_service.add_entry(
                s,
                log_service.LogInput(
                    1, Channel.WHATSAPP, Direction.IN, attachments=[log_service.FileInput("lagi.png", PNG)]
                ),
                actor=db.actor,
                now=NOW,
            )
        )
        assert db.read(lambda s: s.scalar(select(func.count(Attachment.id)))) == 1
    finally:
        db.close()
