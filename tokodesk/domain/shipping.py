"""Shipping rules, pure: couriers, the shape of a tracking number (resi), the public tracking
page, a parcel's status moves, delivery incidents and the follow-up order.

    packed → shipped → in_transit → delivered
             shipped / in_transit → returned | lost
             lost → delivered | returned        (found again after all)

A resi that does not look like the courier's is a *warning*, not an error: couriers change
their formats, and staff can confirm that the number is right (``check_resi``).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import quote

from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, invalid


class Courier(enum.StrEnum):
    JNE = "jne"
    JNT = "jnt"
    SICEPAT = "sicepat"
    ANTERAJA = "anteraja"
    POS = "pos"
    GOSEND = "gosend"
    GRAB = "grab"
    LION = "lion"
    OWN = "own"  # the shop's own courier (a staff member or a hired rider)
    OTHER = "other"


COURIER_LABELS: dict[Courier, str] = {
    Courier.JNE: QT_TRANSLATE_NOOP("labels", "JNE"),
    Courier.JNT: QT_TRANSLATE_NOOP("labels", "J&T Express"),
    Courier.SICEPAT: QT_TRANSLATE_NOOP("labels", "SiCepat"),
    Courier.ANTERAJA: QT_TRANSLATE_NOOP("labels", "AnterAja"),
    Courier.POS: QT_TRANSLATE_NOOP("labels", "Pos Indonesia"),
    Courier.GOSEND: QT_TRANSLATE_NOOP("labels", "GoSend"),
    Courier.GRAB: QT_TRANSLATE_NOOP("labels", "GrabExpress"),
    Courier.LION: QT_TRANSLATE_NOOP("labels", "Lion Parcel"),
    Courier.OWN: QT_TRANSLATE_NOOP("labels", "Kurir toko"),
    Courier.OTHER: QT_TRANSLATE_NOOP("labels", "Lainnya"),
}

# couriers that give no resi: the parcel can be marked shipped without one
NO_RESI = frozenset({Courier.GOSEND, Courier.GRAB, Courier.OWN, Courier.OTHER})

# The usual shape of each courier's resi (after ``normalize_resi``).  Only a hint: a number
# that does not fit is shown as a warning staff can confirm.
RESI_PATTERNS: dict[Courier, re.Pattern[str]] = {
    Courier.JNE: re.compile(r"(?:[A-Z]{2,4})?\d{10,16}"),
    Courier.JNT: re.compile(r"J[A-Z]\d{10}|\d{12}"),
    Courier.SICEPAT: re.compile(r"\d{12}"),
    Courier.ANTERAJA: re.compile(r"(?:[A-Z]{2,4})?\d{10,16}"),
    Courier.POS: re.compile(r"[A-Z]{2}\d{9}[A-Z]{2}|P\d{10,14}|\d{10,20}"),
    Courier.GOSEND: re.compile(r"(?:GK|F)-?[0-9-]{6,20}"),
    Courier.GRAB: re.compile(r"(?:IN|A)-[A-Z0-9-]{6,24}"),
    Courier.LION: re.compile(r"\d{2}-\d{2}-\d{6,10}|\d{11,14}|99LP\d{10,13}"),
}
RESI_EXAMPLES: dict[Courier, str] = {
    Courier.JNE: "CGK1234567890",
    Courier.JNT: "JP1234567890",
    Courier.SICEPAT: "004123456789",
    Courier.ANTERAJA: "10001234567890",
    Courier.POS: "RR123456789ID",
    Courier.GOSEND: "GK-1-12345678",
    Courier.GRAB: "IN-2-ABCDEF123",
    Courier.LION: "11-22-12345678",
}
MAX_RESI = 40  # the column's width

# A public page that shows a parcel's journey from its resi.  GoSend and GrabExpress are
# tracked in their apps (the driver's live link goes in the note), "other" has no page.
CEKRESI = "https://cekresi.com/?noresi={resi}"
TRACKING_PAGES: dict[Courier, str] = {
    Courier.JNE: CEKRESI,
    Courier.JNT: CEKRESI,
    Courier.SICEPAT: CEKRESI,
    Courier.ANTERAJA: CEKRESI,
    Courier.POS: CEKRESI,
    Courier.LION: CEKRESI,
}


def normalize_resi(resi: str) -> str:
    """What staff typed or scanned, without spaces and in capitals."""
    return re.sub(r"\s+", "", resi or "").upper()


@dataclass(frozen=True)
class ResiCheck:
    """``ok`` or a warning (template + params) the caller shows and may accept."""

    ok: bool
    template: str = ""
    params: dict[str, object] | None = None

    @property
    def message(self) -> str:
        return self.template.format(**(self.params or {}))


def check_resi(courier: Courier, resi: str) -> ResiCheck:
    """Does ``resi`` look like one of ``courier``'s?  An empty resi is fine here (a parcel
    can be packed before the courier gives the number)."""
    r = normalize_resi(resi)
    pattern = RESI_PATTERNS.get(Courier(courier))
    if not r or pattern is None or pattern.fullmatch(r):
        return ResiCheck(True)
    return ResiCheck(
        False,
        QT_TRANSLATE_NOOP(
            "errors",
            "Nomor resi «{resi}» tidak seperti resi {courier} (contoh: {example}). "
            "Periksa lagi; jika memang benar, konfirmasi untuk tetap menyimpan.",
        ),
        {"resi": r, "courier": COURIER_LABELS[Courier(courier)], "example": RESI_EXAMPLES[Courier(courier)]},
    )


def tracking_url(courier: Courier, resi: str) -> str | None:
    """The public tracking page of the parcel, or None (no resi, no page for this courier)."""
    r = normalize_resi(resi)
    page = TRACKING_PAGES.get(Courier(courier))
    if not r or page is None:
        return None
    return page.format(resi=quote(r, safe=""))


def check_weight(weight_g: int | None) -> None:
    if weight_g is None or weight_g <= 0:
        raise invalid("weight_g", QT_TRANSLATE_NOOP("errors", "Berat paket harus lebih dari 0 gram"))


# ---------------------------------------------------------------------------- statuses


class ShipmentStatus(enum.StrEnum):
    PACKED = "packed"
    SHIPPED = "shipped"
    IN_TRANSIT = "in_transit"
    DELIVERED = "delivered"
    RETURNED = "returned"
    LOST = "lost"


STATUS_LABELS: dict[ShipmentStatus, str] = {
    ShipmentStatus.PACKED: QT_TRANSLATE_NOOP("labels", "Dikemas"),
    ShipmentStatus.SHIPPED: QT_TRANSLATE_NOOP("labels", "Diserahkan ke kurir"),
    ShipmentStatus.IN_TRANSIT: QT_TRANSLATE_NOOP("labels", "Dalam perjalanan"),
    ShipmentStatus.DELIVERED: QT_TRANSLATE_NOOP("labels", "Diterima"),
    ShipmentStatus.RETURNED: QT_TRANSLATE_NOOP("labels", "Dikembalikan (retur)"),
    ShipmentStatus.LOST: QT_TRANSLATE_NOOP("labels", "Hilang"),
}

TRANSITIONS: dict[ShipmentStatus, tuple[ShipmentStatus, ...]] = {
    ShipmentStatus.PACKED: (ShipmentStatus.SHIPPED,),
    ShipmentStatus.SHIPPED: (
        ShipmentStatus.IN_TRANSIT,
        ShipmentStatus.DELIVERED,
        ShipmentStatus.RETURNED,
        ShipmentStatus.LOST,
    ),
    ShipmentStatus.IN_TRANSIT: (ShipmentStatus.DELIVERED, ShipmentStatus.RETURNED, ShipmentStatus.LOST),
    ShipmentStatus.LOST: (ShipmentStatus.DELIVERED, ShipmentStatus.RETURNED),
    ShipmentStatus.DELIVERED: (),
    ShipmentStatus.RETURNED: (),
}
START_STATUSES = frozenset({ShipmentStatus.PACKED, ShipmentStatus.SHIPPED})  # a new shipment
ON_THE_WAY = frozenset({ShipmentStatus.SHIPPED, ShipmentStatus.IN_TRANSIT})  # the follow-up list
WITH_COURIER = frozenset(ShipmentStatus) - {ShipmentStatus.PACKED}  # handed over at some point


def can_change(src: ShipmentStatus, dst: ShipmentStatus) -> bool:
    return ShipmentStatus(dst) in TRANSITIONS[ShipmentStatus(src)]


def check_change(src: ShipmentStatus, dst: ShipmentStatus) -> None:
    if not can_change(src, dst):
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "Status paket «{src}» tidak bisa menjadi «{dst}»"),
            src=STATUS_LABELS[ShipmentStatus(src)],
            dst=STATUS_LABELS[ShipmentStatus(dst)],
        )


def reachable(start: ShipmentStatus) -> frozenset[ShipmentStatus]:
    """Every status a parcel can reach from ``start`` through allowed moves."""
    seen = {ShipmentStatus(start)}
    todo = [ShipmentStatus(start)]
    while todo:
        for nxt in TRANSITIONS[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return frozenset(seen)


# ---------------------------------------------------------------------------- incidents


class IncidentKind(enum.StrEnum):
    LOST = "lost"  # lost in transit
    NOT_RECEIVED = "not_received"  # marked delivered, the customer says it never came
    SHORT_CLAIM = "short_claim"  # "you sent 3 dozen, not 4"
    COD_REFUSED = "cod_refused"  # the customer refused the COD parcel


class Decision(enum.StrEnum):
    OPEN = "open"  # not decided yet
    RESEND = "resend"
    REFUND = "refund"
    DECLINE = "decline"
    ABSORB = "absorb"  # the shop bears the loss (a refused COD's shipping)


class Finding(enum.StrEnum):
    OPEN = "open"
    TRUE = "true"
    UNTRUE = "untrue"


INCIDENT_LABELS: dict[IncidentKind, str] = {
    IncidentKind.LOST: QT_TRANSLATE_NOOP("labels", "Hilang di perjalanan"),
    IncidentKind.NOT_RECEIVED: QT_TRANSLATE_NOOP("labels", "Tercatat diterima, pelanggan bilang belum"),
    IncidentKind.SHORT_CLAIM: QT_TRANSLATE_NOOP("labels", "Klaim isi paket kurang"),
    IncidentKind.COD_REFUSED: QT_TRANSLATE_NOOP("labels", "Paket COD ditolak"),
}
DECISION_LABELS: dict[Decision, str] = {
    Decision.OPEN: QT_TRANSLATE_NOOP("labels", "Belum diputuskan"),
    Decision.RESEND: QT_TRANSLATE_NOOP("labels", "Kirim ulang"),
    Decision.REFUND: QT_TRANSLATE_NOOP("labels", "Kembalikan dana"),
    Decision.DECLINE: QT_TRANSLATE_NOOP("labels", "Ditolak"),
    Decision.ABSORB: QT_TRANSLATE_NOOP("labels", "Ditanggung toko"),
}
FINDING_LABELS: dict[Finding, str] = {
    Finding.OPEN: QT_TRANSLATE_NOOP("labels", "Belum diperiksa"),
    Finding.TRUE: QT_TRANSLATE_NOOP("labels", "Klaim benar"),
    Finding.UNTRUE: QT_TRANSLATE_NOOP("labels", "Klaim tidak benar"),
}

DECISIONS: dict[IncidentKind, tuple[Decision, ...]] = {
    IncidentKind.LOST: (Decision.RESEND, Decision.REFUND, Decision.ABSORB, Decision.OPEN),
    IncidentKind.NOT_RECEIVED: (Decision.RESEND, Decision.REFUND, Decision.DECLINE, Decision.OPEN),
    IncidentKind.SHORT_CLAIM: (Decision.OPEN, Decision.RESEND, Decision.REFUND, Decision.DECLINE),
    IncidentKind.COD_REFUSED: (Decision.ABSORB,),
}
# which shipment statuses each incident applies to
INCIDENT_STATUSES: dict[IncidentKind, frozenset[ShipmentStatus]] = {
    IncidentKind.LOST: frozenset({ShipmentStatus.SHIPPED, ShipmentStatus.IN_TRANSIT, ShipmentStatus.LOST}),
    IncidentKind.NOT_RECEIVED: frozenset({ShipmentStatus.DELIVERED}),
    IncidentKind.SHORT_CLAIM: frozenset({ShipmentStatus.DELIVERED}),
    IncidentKind.COD_REFUSED: frozenset(
        {ShipmentStatus.SHIPPED, ShipmentStatus.IN_TRANSIT, ShipmentStatus.RETURNED}
    ),
}


def check_decision(kind: IncidentKind, decision: Decision) -> None:
    if Decision(decision) not in DECISIONS[IncidentKind(kind)]:
        raise invalid(
            "decision",
            QT_TRANSLATE_NOOP("errors", "Keputusan «{decision}» tidak berlaku untuk «{kind}»"),
            decision=DECISION_LABELS[Decision(decision)],
            kind=INCIDENT_LABELS[IncidentKind(kind)],
        )


def check_incident_status(kind: IncidentKind, status: ShipmentStatus) -> None:
    if ShipmentStatus(status) not in INCIDENT_STATUSES[IncidentKind(kind)]:
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "«{kind}» tidak bisa dicatat untuk paket berstatus «{status}»"),
            kind=INCIDENT_LABELS[IncidentKind(kind)],
            status=STATUS_LABELS[ShipmentStatus(status)],
        )


# ---------------------------------------------------------------------------- follow-ups

T = TypeVar("T")


def last_contact(followed_up_at: dt.datetime | None, shipped_at: dt.datetime) -> dt.datetime:
    """When the customer last heard about the parcel: the last follow-up, else the shipping."""
    return followed_up_at if followed_up_at is not None else shipped_at


def days_since(moment: dt.datetime, today: dt.date) -> int:
    return max((today - moment.astimezone().date()).days, 0)


def follow_up_order(rows: Iterable[T], key) -> list[T]:
    """Oldest last contact first; ties by the older shipment (``key(row)`` gives
    ``(last_contact, shipment_id)``)."""
    return sorted(rows, key=key)
