"""The tables.  Money columns are ``Integer``/``BigInteger`` rupiah, never ``Numeric``.

Ledger entries and status changes have no update path anywhere in the code: services only
insert them (see ``tokodesk.services.payments``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tokodesk.db.base import Base
from tokodesk.db.types import UTCDateTime

Money = BigInteger().with_variant(Integer(), "sqlite")  # INTEGER in SQLite is 64-bit already


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(16), default="staff")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # argon2id hash of the PIN; NULL only for the system record and for the owner record of
    # a database made before sign-in existed (the first start asks for its PIN)
    pin_hash: Mapped[str | None] = mapped_column(String(200), default=None)
    # single owner permissions granted to this staff member, comma separated
    grants: Mapped[str] = mapped_column(String(200), default="", server_default="")
    failed_pins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    last_sign_in: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)

    # 'system' is the daily run's own record (automatic cancellations, queued reminders)
    __table_args__ = (CheckConstraint("role IN ('owner', 'staff', 'system')", name="role"),)


class AuditEvent(Base):
    """Who did what and when: one row per action (a write, a sign-in, a refused attempt).

    Only ever inserted.  A refused attempt is written in its own transaction, so it stays
    when the refused work is rolled back."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    action: Mapped[str] = mapped_column(String(40))
    outcome: Mapped[str] = mapped_column(String(10), default="ok")  # ok, refused, failed
    target_kind: Mapped[str] = mapped_column(String(20), default="")  # order, customer, staff…
    target_id: Mapped[int | None] = mapped_column(Integer, default=None)
    target_label: Mapped[str] = mapped_column(String(80), default="")  # order code, name
    detail: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_audit_staff_at", "staff_id", "at"),
        Index("ix_audit_action_at", "action", "at"),
        Index("ix_audit_target", "target_kind", "target_id"),
        CheckConstraint("outcome IN ('ok', 'refused', 'failed')", name="outcome"),
    )


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    # lower-cased name for case-insensitive search with an index
    name_key: Mapped[str] = mapped_column(String(120), index=True)
    phone: Mapped[str] = mapped_column(String(20), unique=True)  # E.164
    whatsapp: Mapped[str] = mapped_column(String(20))  # E.164
    email: Mapped[str] = mapped_column(String(254), default="", server_default="")
    address: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    standing: Mapped[str] = mapped_column(String(16), default="normal")
    standing_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))

    orders: Mapped[list[Order]] = relationship(back_populates="customer")

    __table_args__ = (
        CheckConstraint("standing IN ('normal', 'questionable', 'blacklisted')", name="standing"),
    )


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(24), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    fulfilment: Mapped[str] = mapped_column(String(16))
    pickup_date: Mapped[dt.date] = mapped_column(Date, index=True)
    # Sum of the items, written once with them; items are not edited after the order is taken.
    total: Mapped[int] = mapped_column(Money)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    status_changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # The T&C (and policy numbers) in force when the order was taken: its documents print it.
    terms_version_id: Mapped[int | None] = mapped_column(ForeignKey("terms_versions.id"))

    customer: Mapped[Customer] = relationship(back_populates="orders")
    terms_version: Mapped[TermsVersion | None] = relationship()
    items: Mapped[list[OrderItem]] = relationship(
        back_populates="order", order_by="OrderItem.position", cascade="save-update, merge"
    )
    entries: Mapped[list[LedgerEntry]] = relationship(
        back_populates="order", order_by="LedgerEntry.id", foreign_keys="LedgerEntry.order_id"
    )
    status_changes: Mapped[list[StatusChange]] = relationship(
        back_populates="order", order_by="StatusChange.id"
    )

    __table_args__ = (
        CheckConstraint(
            "status IN ('draft', 'confirmed', 'in_production', 'ready', 'collected', "
            "'shipped', 'delivered', 'cancelled', 'forfeited')",
            name="status",
        ),
        CheckConstraint("fulfilment IN ('pickup', 'delivery', 'cod')", name="fulfilment"),
        CheckConstraint("total >= 0", name="total_not_negative"),
    )


class OrderItem(Base):
    __tablename__ = "order_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    qty: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(Money)
    custom_details: Mapped[str] = mapped_column(Text, default="")

    order: Mapped[Order] = relationship(back_populates="items")

    __table_args__ = (
        CheckConstraint("qty > 0", name="qty_positive"),
        CheckConstraint("unit_price >= 0", name="unit_price_not_negative"),
    )


class LedgerEntry(Base):
    """One movement of money for an order.  Appended, never changed: see domain.ledger."""

    __tablename__ = "ledger_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    amount: Mapped[int] = mapped_column(Money)
    method: Mapped[str | None] = mapped_column(String(16))
    cleared: Mapped[bool] = mapped_column(Boolean, default=True)
    clears_on: Mapped[dt.date | None] = mapped_column(Date)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entries.id"), unique=True)
    # a clearance or bounce points at the pending payment it settles (once)
    settles_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entries.id"), unique=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str | None] = mapped_column(String(64))  # tamper-evident chain, see services.chain
    hash: Mapped[str | None] = mapped_column(String(64), unique=True)

    order: Mapped[Order] = relationship(back_populates="entries", foreign_keys=[order_id])
    staff: Mapped[Staff] = relationship(foreign_keys=[staff_id])

    __table_args__ = (
        CheckConstraint(
            "kind IN ('deposit', 'payment', 'refund', 'storage_fee', 'delivery_fee', "
            "'other_charge', 'forfeit', 'clearance', 'bounce', 'allowance')",
            name="kind",
        ),
        CheckConstraint(
            "method IS NULL OR method IN ('cash', 'transfer', 'qris', 'cod', 'cheque')",
            name="method",
        ),
        # a normal entry is positive; only a reversal (which points at its original) is negative
        CheckConstraint("(reverses_id IS NULL) = (amount > 0)", name="sign_matches_reversal"),
    )


class StatusChange(Base):
    """The order's status history: who moved it where, and when."""

    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64), unique=True)

    order: Mapped[Order] = relationship(back_populates="status_changes")

    __table_args__ = (
        Index("ix_status_changes_to_status_at", "to_status", "at"),  # what moved where on a day
        Index("ix_status_changes_order_status_at", "order_id", "to_status", "at"),  # when it got ready
    )
    staff: Mapped[Staff] = relationship()


class TermsVersion(Base):
    """One version of the shop's T&C with the policy numbers it states.  Saving the T&C or
    the policy makes a new row; rows are never changed, so an old order keeps its terms."""

    __tablename__ = "terms_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    text: Mapped[str] = mapped_column(Text)  # may hold placeholders such as {biaya_simpan}
    deposit_min_percent: Mapped[int] = mapped_column(Integer)
    grace_days: Mapped[int] = mapped_column(Integer)
    storage_fee_per_day: Mapped[int] = mapped_column(Money)
    storage_fee_cap: Mapped[int] = mapped_column(Money)
    forfeit_after_days: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))


class Attachment(Base):
    """A file kept as evidence (screenshot, photo, PDF, voice note), stored in the database so
    a backup or a second counter has it; one row per distinct content (SHA-256)."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(Integer)
    mime: Mapped[str] = mapped_column(String(80))
    filename: Mapped[str] = mapped_column(String(255))
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class LogEntry(Base):
    """One message, call or note with a customer.  Appended, never changed: a correction is a
    new entry that points at the one it corrects (``corrects_id``)."""

    __tablename__ = "log_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    direction: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text, default="")
    happened_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("log_entries.id"), index=True)
    source: Mapped[str] = mapped_column(String(16), default="manual")
    # set for imported messages, so importing the same chat export twice adds nothing
    import_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64), unique=True)

    attachments: Mapped[list[LogAttachment]] = relationship(order_by="LogAttachment.position")

    __table_args__ = (
        CheckConstraint(
            "channel IN ('whatsapp', 'phone', 'sms', 'email', 'in_person', 'marketplace')", name="channel"
        ),
        CheckConstraint("direction IN ('in', 'out', 'note')", name="direction"),
        Index("ix_log_entries_customer_happened", "customer_id", "happened_at"),
        # the customer's last word (the pickup timeline), from the index alone
        Index("ix_log_entries_customer_direction_happened", "customer_id", "direction", "happened_at"),
    )


class LogAttachment(Base):
    __tablename__ = "log_attachments"

    entry_id: Mapped[int] = mapped_column(ForeignKey("log_entries.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachments.id"), index=True)

    attachment: Mapped[Attachment] = relationship()


class ChainHead(Base):
    """The end of each tamper-evident chain (log, ledger, status): its last hash and length.
    Updated in the same transaction as each append, so a deleted last entry or a forged one
    added at the end is caught, and concurrent writers queue on this row."""

    __tablename__ = "chain_heads"

    name: Mapped[str] = mapped_column(String(16), primary_key=True)
    last_hash: Mapped[str] = mapped_column(String(64))
    length: Mapped[int] = mapped_column(Integer)


class Counter(Base):
    """Named counters (order numbers per month), incremented inside the writing transaction
    so two counters on one PostgreSQL database never hand out the same code."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class Reminder(Base):
    """A timeline message queued by the daily run for one order on one day: the agenda's
    work list.  One row per (order, kind, day), so running a day twice queues nothing new.
    Its state is working data; the evidence of a sent message is the log entry it links to."""

    __tablename__ = "reminders"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)
    queued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(12), default="queued", index=True)
    done_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    channel: Mapped[str | None] = mapped_column(String(16))
    log_entry_id: Mapped[int | None] = mapped_column(ForeignKey("log_entries.id"))

    __table_args__ = (
        UniqueConstraint("order_id", "kind", "due_on", name="uq_reminders_order_kind_day"),
        CheckConstraint("state IN ('queued', 'sent', 'skipped')", name="state"),
    )


class OutgoingMail(Base):
    """An e-mail waiting for, or done with, the shop's SMTP server.  The sender works off the
    UI thread, retries with a growing delay, and logs every sent mail in the customer's log."""

    __tablename__ = "outgoing_mail"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    reminder_id: Mapped[int | None] = mapped_column(ForeignKey("reminders.id"))
    to_addr: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(12), default="queued", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    next_try_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    log_entry_id: Mapped[int | None] = mapped_column(ForeignKey("log_entries.id"))

    __table_args__ = (CheckConstraint("state IN ('queued', 'sent', 'failed')", name="state"),)


class Shipment(Base):
    """One parcel sent for a delivery or COD order.  A resend is a new shipment pointing at the
    one it replaces."""

    __tablename__ = "shipments"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    courier: Mapped[str] = mapped_column(String(16))
    service: Mapped[str] = mapped_column(String(40), default="")
    resi: Mapped[str] = mapped_column(String(40), default="", index=True)
    weight_g: Mapped[int] = mapped_column(Integer)
    shipping_cost: Mapped[int] = mapped_column(Money, default=0)
    cod_amount: Mapped[int] = mapped_column(Money, default=0)
    insured: Mapped[bool] = mapped_column(Boolean, default=False)  # insurance / signature service
    status: Mapped[str] = mapped_column(String(12), index=True)
    status_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    followed_up_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("shipments.id"))
    return_label_note: Mapped[str] = mapped_column(Text, default="")
    cod_received_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    cod_entry_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entries.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))

    __table_args__ = (
        CheckConstraint(
            "status IN ('packed', 'shipped', 'in_transit', 'delivered', 'returned', 'lost')", name="status"
        ),
        CheckConstraint("weight_g > 0", name="weight_positive"),
        CheckConstraint("shipping_cost >= 0 AND cod_amount >= 0", name="money_not_negative"),
    )


class ShipmentEvent(Base):
    """A shipment's status history and follow-ups (who, when, what)."""

    __tablename__ = "shipment_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class ShipmentPhoto(Base):
    """A photo of the packed parcel (the attachment is stored once, by SHA-256)."""

    __tablename__ = "shipment_photos"

    id: Mapped[int] = mapped_column(primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id"), index=True)
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachments.id"))
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))


class Incident(Base):
    """A delivery incident and the shop's decision: lost in transit, delivered but not
    received, a short-shipment claim, a refused COD parcel."""

    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    shipment_id: Mapped[int | None] = mapped_column(ForeignKey("shipments.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    decision: Mapped[str] = mapped_column(String(12))
    finding: Mapped[str] = mapped_column(String(12), default="open")  # is the customer's claim true?
    cost: Mapped[int] = mapped_column(Money, default=0)  # what it cost the shop
    new_shipment_id: Mapped[int | None] = mapped_column(ForeignKey("shipments.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))

    __table_args__ = (
        CheckConstraint("kind IN ('lost', 'not_received', 'short_claim', 'cod_refused')", name="kind"),
        CheckConstraint("decision IN ('open', 'resend', 'refund', 'decline', 'absorb')", name="decision"),
        CheckConstraint("finding IN ('open', 'true', 'untrue')", name="finding"),
        CheckConstraint("cost >= 0", name="cost_not_negative"),
    )


class StandingChange(Base):
    """The owner's decisions on a customer's standing, kept as history: from, to, why, on what
    evidence (``kind:id`` references, space separated), who and when.  A decision to keep the
    standing (from = to) answers a suggestion without changing anything."""

    __tablename__ = "standing_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    from_standing: Mapped[str] = mapped_column(String(16))
    to_standing: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))


class Confirmation(Base):
    """The customer's written confirmation of an order's custom details before production."""

    __tablename__ = "confirmations"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    confirmed_by: Mapped[str] = mapped_column(String(120))
    confirmed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    text: Mapped[str] = mapped_column(Text)
    log_entry_id: Mapped[int] = mapped_column(ForeignKey("log_entries.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))


class Remake(Base):
    """An order made again: free or charged, and whose error it was."""

    __tablename__ = "remakes"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    fault: Mapped[str] = mapped_column(String(12))
    charge: Mapped[int] = mapped_column(Money, default=0)  # 0: free
    ledger_entry_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entries.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))

    __table_args__ = (
        CheckConstraint("fault IN ('shop', 'customer', 'courier')", name="fault"),
        CheckConstraint("charge >= 0", name="charge_not_negative"),
    )


class Complaint(Base):
    """A customer's complaint handled as a case: what they said, the evidence from the log,
    its path (``complaint_events``), the finding, the resolution and what it cost the shop."""

    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))
    words: Mapped[str] = mapped_column(Text)  # the customer's own words
    status: Mapped[str] = mapped_column(String(12), default="new")
    finding: Mapped[str] = mapped_column(String(12), default="open")
    resolution: Mapped[str | None] = mapped_column(String(16))
    resolution_note: Mapped[str] = mapped_column(Text, default="")
    cost: Mapped[int] = mapped_column(Money, default=0)  # what it cost the shop
    refund_entry_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entries.id"))
    shipment_id: Mapped[int | None] = mapped_column(ForeignKey("shipments.id"))  # the resend
    remake_id: Mapped[int | None] = mapped_column(ForeignKey("remakes.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))  # who handles it
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)  # when the customer complained
    first_response_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))

    __table_args__ = (
        CheckConstraint(
            "kind IN ('short', 'damaged', 'wrong_item', 'wrong_personal', 'late', 'lost', "
            "'not_received', 'quality', 'service', 'other')",
            name="kind",
        ),
        CheckConstraint(
            "status IN ('new', 'acknowledged', 'checking', 'resolved', 'declined')", name="status"
        ),
        CheckConstraint("finding IN ('open', 'shop', 'courier', 'customer', 'not_proven')", name="finding"),
        CheckConstraint(
            "resolution IS NULL OR resolution IN ('resend', 'remake_free', 'remake_charged', "
            "'partial_refund', 'full_refund', 'voucher', 'explanation')",
            name="resolution",
        ),
        CheckConstraint("cost >= 0", name="cost_not_negative"),
    )


class ComplaintEvent(Base):
    """A complaint case's history: each move, finding or note, by whom and when."""

    __tablename__ = "complaint_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(12))
    to_status: Mapped[str] = mapped_column(String(12))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))


class ComplaintEvidence(Base):
    """A communication-log entry linked to a complaint as its evidence."""

    __tablename__ = "complaint_evidence"

    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), primary_key=True)
    log_entry_id: Mapped[int] = mapped_column(ForeignKey("log_entries.id"), primary_key=True)
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))


class ComplaintGuideline(Base):
    """The owner's own steps and reply for one complaint type (the built-in default applies
    while there is no row)."""

    __tablename__ = "complaint_guidelines"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    steps: Mapped[str] = mapped_column(Text)
    reply: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))


class Feedback(Base):
    """Feedback after delivery or pickup: the request's sending and the customer's rating
    (1–5) with comment.  One row per order; working data, the messages are in the log."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), unique=True)
    requested_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    request_channel: Mapped[str | None] = mapped_column(String(16))
    request_log_id: Mapped[int | None] = mapped_column(ForeignKey("log_entries.id"))
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    rating: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    rated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)
    rated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    __table_args__ = (CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 5", name="rating"),)


class DeliveryOffer(Base):
    """A delivery offered to a customer who has not come for a ready pickup order: every cost
    as the message spelled it out, how it was sent, and the customer's answer.  On acceptance
    the order becomes a delivery and ``shipment_id`` names the parcel recorded for it."""

    __tablename__ = "delivery_offers"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    courier: Mapped[str] = mapped_column(String(16))
    area: Mapped[str] = mapped_column(String(60), default="")
    address: Mapped[str] = mapped_column(Text)
    weight_g: Mapped[int] = mapped_column(Integer)
    eta: Mapped[dt.date] = mapped_column(Date)
    balance: Mapped[int] = mapped_column(Money)  # as stated in the offer
    storage_fee: Mapped[int] = mapped_column(Money)
    delivery_fee: Mapped[int] = mapped_column(Money)
    packing_fee: Mapped[int] = mapped_column(Money)
    channel: Mapped[str] = mapped_column(String(16))
    message: Mapped[str] = mapped_column(Text)
    log_entry_id: Mapped[int | None] = mapped_column(ForeignKey("log_entries.id"))
    mail_id: Mapped[int | None] = mapped_column(ForeignKey("outgoing_mail.id"))
    status: Mapped[str] = mapped_column(String(12), index=True)
    sent_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    decision_note: Mapped[str] = mapped_column(Text, default="")
    shipment_id: Mapped[int | None] = mapped_column(ForeignKey("shipments.id"))

    __table_args__ = (
        CheckConstraint("status IN ('sent', 'accepted', 'declined')", name="status"),
        CheckConstraint(
            "balance >= 0 AND storage_fee >= 0 AND delivery_fee >= 0 AND packing_fee >= 0",
            name="money_not_negative",
        ),
        CheckConstraint("weight_g > 0", name="weight_positive"),
    )


class Setting(Base):
    """Owner settings as JSON text; declared once, with types and defaults, in
    ``tokodesk.services.settings``."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


Index("ix_ledger_entries_order_kind", LedgerEntry.order_id, LedgerEntry.kind)
Index("ix_ledger_entries_at", LedgerEntry.at)  # the daily closing and the period reports
