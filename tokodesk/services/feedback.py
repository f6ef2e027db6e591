"""Feedback after pickup or delivery: the request (a template, its sending tracked and logged)
and the customer's rating 1–5 with a comment, recorded on the order."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tokodesk.db.models import Feedback, Order, Staff
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, FieldError, InvalidInput, NotFound
from tokodesk.domain.log import Channel
from tokodesk.domain.messages import MessageKind
from tokodesk.domain.orders import OrderStatus
from tokodesk.services import audit, notify
from tokodesk.services.audit import Target
from tokodesk.services.context import Actor, Changes

# orders whose customer has the goods: feedback can be asked for and given
FINISHED = frozenset({OrderStatus.COLLECTED, OrderStatus.DELIVERED, OrderStatus.SHIPPED})
MAX_COMMENT = 2_000


@dataclass(frozen=True)
class FeedbackView:
    order_id: int
    requested_at: dt.datetime | None
    request_channel: str | None
    requested_by: str
    rating: int | None
    comment: str
    rated_at: dt.datetime | None


def _order(session: Session, order_id: int) -> Order:
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pesanan tidak ditemukan"))
    return order


def _check_finished(order: Order) -> None:
    if OrderStatus(order.status) not in FINISHED:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors", "Ulasan diminta setelah pesanan diambil atau diterima (pesanan {code} belum)"
            ),
            code=order.code,
        )


def _row(session: Session, order_id: int) -> Feedback:
    row = session.scalar(select(Feedback).where(Feedback.order_id == order_id))
    if row is None:
        row = Feedback(order_id=order_id, comment="")
        session.add(row)
    return row


def compose_request(session: Session, order_id: int, day: dt.date) -> notify.Composed:
    """The feedback request for the order, from the owner's template."""
    _check_finished(_order(session, order_id))
    return notify.compose(session, order_id, MessageKind.FEEDBACK_REQUEST, day)


def record_request(
    session: Session, order_id: int, channel: Channel, text: str, *, actor: Actor, now: dt.datetime
) -> tuple[int, Changes]:
    """The request went out: logged in the customer's log and tracked on the order."""
    order = _order(session, order_id)
    _check_finished(order)
    if not text.strip():
        raise InvalidInput([FieldError("text", QT_TRANSLATE_NOOP("errors", "Isi pesan tidak boleh kosong"))])
    entry_id, changes = notify.record_sent(
        session,
        customer_id=order.customer_id,
        order_id=order.id,
        channel=Channel(channel),
        text=text,
        actor=actor,
        now=now,
        source="feedback",
    )
    row = _row(session, order.id)
    row.requested_at = now
    row.request_channel = str(Channel(channel))
    row.request_log_id = entry_id
    row.requested_by_id = actor.staff_id
    session.flush()
    audit.record(
        session,
        actor,
        "order.feedback_request",
        now=now,
        target=Target("order", order.id, order.code),
        detail=str(channel),
    )
    return entry_id, changes


def record_rating(
    session: Session, order_id: int, rating: int, comment: str = "", *, actor: Actor, now: dt.datetime
) -> Changes:
    """The customer's rating (1–5) and comment.  A later answer replaces it; the audit trail
    keeps what it was."""
    order = _order(session, order_id)
    _check_finished(order)
    errors: list[FieldError] = []
    if not isinstance(rating, int) or isinstance(rating, bool) or not 1 <= rating <= 5:
        errors.append(FieldError("rating", QT_TRANSLATE_NOOP("errors", "Pilih nilai 1 sampai 5")))
    if len(comment or "") > MAX_COMMENT:
        errors.append(
            FieldError(
                "comment",
                QT_TRANSLATE_NOOP("errors", "Komentar terlalu panjang (paling banyak {n} huruf)"),
                {"n": MAX_COMMENT},
            )
        )
    if errors:
        raise InvalidInput(errors)
    row = _row(session, order.id)
    before = f" (sebelumnya {row.rating})" if row.rating else ""
    row.rating = rating
    row.comment = (comment or "").strip()
    row.rated_at = now
    row.rated_by_id = actor.staff_id
    session.flush()
    audit.record(
        session,
        actor,
        "order.rating",
        now=now,
        target=Target("order", order.id, order.code),
        detail=f"{rating}/5{before}" + (f" — {row.comment[:100]}" if row.comment else ""),
    )
    return Changes(orders=True, order_id=order.id, customer_id=order.customer_id)


def feedback_for(session: Session, order_id: int) -> FeedbackView | None:
    row = session.scalar(select(Feedback).where(Feedback.order_id == order_id))
    if row is None:
        return None
    by = session.get(Staff, row.requested_by_id) if row.requested_by_id else None
    return FeedbackView(
        row.order_id,
        row.requested_at,
        row.request_channel,
        by.name if by else "",
        row.rating,
        row.comment,
        row.rated_at,
    )
