"""The writer the kill harness kills: ``python -m tests.crash.writer DB JOURNAL SEED [UNITS]``.

It opens (creating or migrating) the database at ``DB`` the way the app does, then does small
units of work in a loop until it is killed (or, with ``UNITS``, until it has done that many).
Every unit is ONE ``Database.write`` transaction:

* ``customer``: a customer of the fixed set (only until the set is complete: first start);
* ``order``: take an order (items + deposit) for a random customer;
* ``payment``: pay part or all of what a random earlier order still owes;
* ``log``: a communication-log entry, sometimes about an order, sometimes with a small PNG;
* ``move``: move a random open order to one of the statuses it may go to.

When a commit has returned, one line is appended to ``JOURNAL`` and the file is flushed and
fsynced before the next unit starts: a line in the journal is a transaction the writer
*reported as committed*.  Lines (fields separated by single spaces)::

    customer <customer id>
    order <code> <order id> <total> <deposit>
    payment <ledger entry id> <order id> <amount>
    log <log entry id> <customer id> <attachments>
    move <status change id> <order id> <to status>

Markers on stdout tell the killer where the process is: ``opening`` (imports done, about to
open the database: migration on a new file) and ``ready`` (the database is open).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import struct
import sys
import zlib
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.factories import open_as_owner
from tokodesk.db.models import Customer, Order, StatusChange
from tokodesk.domain.ledger import PaymentMethod
from tokodesk.domain.log import Channel, Direction
from tokodesk.domain.orders import NOT_BILLED, OPEN, Fulfilment, OrderStatus, can_move, next_statuses
from tokodesk.services import settings
from tokodesk.services.customers import CustomerInput, create_customer
from tokodesk.services.database import Database
from tokodesk.services.log import FileInput, LogInput, add_entry
from tokodesk.services.orders import ItemInput, OrderInput, move_order, order_facts, take_order
from tokodesk.services.payments import PaymentInput, order_totals, record_payment

CUSTOMERS = 12
RECENT = 300  # payments and moves pick among the most recent orders

ITEM_NAMES = (
    "Kaos sablon",
    "Kue ulang tahun",
    "Jahit kebaya",
    "Undangan cetak",
    "Spanduk 3x1 m",
    "Tumpeng mini",
    "Plakat akrilik",
    "Batik cap",
)
DEPOSIT_METHODS = (PaymentMethod.CASH, PaymentMethod.TRANSFER, PaymentMethod.QRIS)

# Two units in ten take an order and one in ten moves one: orders keep coming and some reach
# the end of their life (collected, delivered, cancelled, forfeited).
UNITS = ("order", "order", "payment", "payment", "payment", "log", "log", "log", "move", "move")


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def customer_phone(n: int) -> str:
    return f"0813-5{n:03d}-{4000 + n:04d}"


def tiny_png(rng: random.Random) -> bytes:
    """A valid PNG of a few random pixels (a new attachment, mostly)."""
    size = rng.randint(1, 4)
    rows = b"".join(b"\x00" + rng.randbytes(3 * size) for _ in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


SHARED_PNG = tiny_png(random.Random(0))  # attached again and again: stored once


class Journal:
    """The writer's report of what it committed: appended, flushed and fsynced per line."""

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def add(self, line: str) -> None:
        os.write(self.fd, (line + "\n").encode())
        os.fsync(self.fd)


# ----------------------------------------------------------------------------- units of work


def add_customer(db: Database, rng: random.Random) -> str | None:
    def work(s: Session) -> str | None:
        have = s.scalar(select(func.count(Customer.id))) or 0
        if have >= CUSTOMERS:
            return None
        row, _ = create_customer(
            s,
            CustomerInput(name=f"Pelanggan Uji {have + 1}", phone=customer_phone(have + 1)),
            actor=db.actor,
            now=now(),
        )
        return f"customer {row.id}"

    return db.write(work)


def take_one_order(db: Database, rng: random.Random) -> str | None:
    def work(s: Session) -> str | None:
        at = now()
        customer = s.get(Customer, rng.choice(list(s.scalars(select(Customer.id)))))
        items = [
            ItemInput(
                rng.choice(ITEM_NAMES),
                rng.randint(1, 5),
                rng.randrange(5_000, 250_000, 500),
                "Nama: BUDI, ukuran L" if rng.random() < 0.4 else "",
            )
            for _ in range(rng.randint(1, 4))
        ]
        total = sum(it.qty * it.unit_price for it in items)
        policy = settings.deposit_policy(s)
        least = policy.minimum(total, customer.standing)
        deposit = rng.choice(
            [least, policy.suggested(total, customer.standing), total, rng.randint(least, total)]
        )
        code, changes = take_order(
            s,
            OrderInput(
                customer_id=customer.id,
                items=items,
                fulfilment=rng.choice(list(Fulfilment)),
                pickup_date=at.astimezone().date() + dt.timedelta(days=rng.randint(1, 10)),
                deposit=deposit,
                method=rng.choice(DEPOSIT_METHODS),
            ),
            actor=db.actor,
            now=at,
        )
        return f"order {code} {changes.order_id} {total} {deposit}"

    return db.write(work)


def recent_orders(s: Session, rng: random.Random, statuses) -> list[Order]:
    ids = list(
        s.scalars(
            select(Order.id)
            .where(Order.status.in_([str(x) for x in statuses]))
            .order_by(Order.id.desc())
            .limit(RECENT)
        )
    )
    rng.shuffle(ids)
    return [s.get(Order, i) for i in ids[:20]]


def pay_one(db: Database, rng: random.Random) -> str | None:
    billed = frozenset(OrderStatus) - NOT_BILLED

    def work(s: Session) -> str | None:
        for order in recent_orders(s, rng, billed):
            t = order_totals(s, order)
            owed = t.balance - t.pending
            if owed <= 0:
                continue
            amount = owed if rng.random() < 0.5 else rng.randint(1, owed)
            entry_id, _ = record_payment(
                s,
                PaymentInput(order.id, amount, rng.choice(DEPOSIT_METHODS), note="angsuran"),
                actor=db.actor,
                now=now(),
            )
            return f"payment {entry_id} {order.id} {amount}"
        return None

    return db.write(work)


def log_one(db: Database, rng: random.Random) -> str | None:
    def work(s: Session) -> str | None:
        customer_id = rng.choice(list(s.scalars(select(Customer.id))))
        order_id = None
        if rng.random() < 0.5:
            theirs = list(s.scalars(select(Order.id).where(Order.customer_id == customer_id).limit(50)))
            order_id = rng.choice(theirs) if theirs else None
        files = []
        if rng.random() < 0.3:
            files.append(FileInput("bukti.png", SHARED_PNG if rng.random() < 0.3 else tiny_png(rng)))
        entry_id, _ = add_entry(
            s,
            LogInput(
                customer_id=customer_id,
                channel=rng.choice(list(Channel)),
                direction=rng.choice(list(Direction)),
                text=rng.choice(["Kak, pesanannya sudah jadi?", "Transfer sudah ya", "Dicatat.", ""])
                or "(lihat lampiran)",
                order_id=order_id,
                attachments=files,
            ),
            actor=db.actor,
            now=now(),
        )
        return f"log {entry_id} {customer_id} {len(files)}"

    return db.write(work)


def move_one(db: Database, rng: random.Random) -> str | None:
    def work(s: Session) -> str | None:
        for order in recent_orders(s, rng, OPEN):
            facts = order_facts(s, order)
            targets = [
                t
                for t in next_statuses(facts.status, manual=False, fulfilment=facts.fulfilment)
                if can_move(facts, t).ok
            ]
            if not targets:
                continue
            # ending an order early is rarer than moving it on
            weights = [1 if t in (OrderStatus.CANCELLED, OrderStatus.FORFEITED) else 8 for t in targets]
            target = rng.choices(targets, weights)[0]
            move_order(s, order.id, target, actor=db.actor, now=now())
            change_id = s.scalar(select(func.max(StatusChange.id)).where(StatusChange.order_id == order.id))
            return f"move {change_id} {order.id} {target}"
        return None

    return db.write(work)


WORK = {"order": take_one_order, "payment": pay_one, "log": log_one, "move": move_one}


def run(db: Database, journal: Journal, rng: random.Random, units: int | None = None) -> int:
    """Do units of work until ``units`` are done (for ever when None); returns how many."""
    done = 0
    while units is None or done < units:
        line = add_customer(db, rng)
        if line is None:
            line = WORK[rng.choice(UNITS)](db, rng)
            if line is None:  # nothing to pay or to move yet: take an order instead
                line = take_one_order(db, rng)
        journal.add(line)
        done += 1
    return done


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (3, 4):
        print(__doc__.splitlines()[0], file=sys.stderr)
        return 2
    db_path, journal_path, seed = Path(args[0]), Path(args[1]), int(args[2])
    units = int(args[3]) if len(args) == 4 else None
    rng = random.Random(seed)
    print("opening", flush=True)
    db = open_as_owner(str(db_path))
    print("ready", flush=True)
    try:
        run(db, Journal(journal_path), rng, units)
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
