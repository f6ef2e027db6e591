"""Small builders for test data (Stoq's exampledata, in miniature)."""

from __future__ import annotations

import datetime as dt
import itertools

from tokodesk.domain.ledger import PaymentMethod
from tokodesk.domain.orders import Fulfilment
from tokodesk.services.customers import CustomerInput, create_customer
from tokodesk.services.orders import ItemInput, OrderInput, take_order

_phones = itertools.count(1)


def unique_phone() -> str:
    return f"0812-{7000 + next(_phones):04d}-{1000 + next(_phones) % 9000:04d}"


def customer(session, actor, now, name="Siti Rahayu", phone=None, **kw):
    row, _ = create_customer(
        session, CustomerInput(name=name, phone=phone or unique_phone(), **kw), actor=actor, now=now
    )
    return row


def order(
    session,
    actor,
    now,
    *,
    customer_id=None,
    items=None,
    deposit=None,
    fulfilment=Fulfilment.PICKUP,
    pickup=None,
    method=PaymentMethod.CASH,
):
    if customer_id is None:
        customer_id = customer(session, actor, now).id
    items = items or [ItemInput("Kaos sablon custom", 2, 100_000, "Nama: BUDI, ukuran L")]
    total = sum(i.qty * i.unit_price for i in items)
    code, changes = take_order(
        session,
        OrderInput(
            customer_id=customer_id,
            items=items,
            fulfilment=fulfilment,
            pickup_date=pickup or (now.date() + dt.timedelta(days=3)),
            deposit=total // 2 if deposit is None else deposit,
            method=method,
        ),
        actor=actor,
        now=now,
    )
    return code, changes.order_id


def open_as_owner(url, now=None):
    """``open_database`` with ``db.actor`` set to the owner record (no PIN): test data are
    written as the owner, who may do everything.  The app itself signs a person in."""
    from tokodesk.services import settings
    from tokodesk.services.database import open_database
    from tokodesk.services.staff import default_actor

    db = open_database(url, now=now)
    at = now or dt.datetime.now(dt.UTC)
    db.actor = db.write(lambda s: default_actor(s, at))
    db.write(lambda s: settings.put(s, "setup.done", True))  # an existing shop: no first-run set-up
    return db


def confirm(session, actor, now, order_id, text="Nama: BUDI, ukuran L — sudah benar"):
    """The customer's written confirmation of the custom details (needed before production)."""
    from tokodesk.domain.log import Channel
    from tokodesk.services.confirmations import ConfirmationInput, record_confirmation

    cid, _ = record_confirmation(
        session, ConfirmationInput(order_id, Channel.WHATSAPP, "Pelanggan", text), actor=actor, now=now
    )
    return cid
