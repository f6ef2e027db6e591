"""A customer's standing (normal, questionable, blacklisted) as a history of the owner's
decisions, the suggestions TokoDesk makes for the owner to decide on, and the evidence
behind them.

TokoDesk suggests, it never decides.  A customer who is not blacklisted is a candidate when

* ``standing.suggest_forfeits`` (default 2) or more of their orders were forfeited
  (not collected in time, the deposit kept), or
* a COD parcel of theirs was refused (an ``incidents`` row of kind ``cod_refused``), or
* a claim of theirs was found untrue (an incident whose finding is ``untrue``).

The suggested standing is *blacklisted* when the forfeits reach the threshold, or when there
are two or more refused CODs / untrue claims together; one refused COD or one untrue claim
alone suggests *questionable*.  A suggestion is answered (and disappears) by any decision
the owner records for that customer at or after the time of its newest piece of evidence,
including a decision to keep the standing as it is (from = to).  New evidence after that
decision brings the suggestion back.

Evidence is referred to as ``kind:id``: ``order:<orders.id>``, ``incident:<incidents.id>``,
``log:<log_entries.id>`` and ``forfeit:<status_changes.id>`` (the status change that forfeited
an order); every reference must exist and belong to the customer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from tokodesk.db.models import Customer, Incident, LogEntry, Order, Staff, StandingChange, StatusChange
from tokodesk.domain.access import Permission
from tokodesk.domain.deposit import Standing
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, NotFound, invalid
from tokodesk.domain.orders import OrderStatus
from tokodesk.services import audit, settings
from tokodesk.services import log as log_service
from tokodesk.services.access import require
from tokodesk.services.audit import Target
from tokodesk.services.context import Actor, Changes

STANDINGS = (Standing.NORMAL, Standing.QUESTIONABLE, Standing.BLACKLISTED)
EVIDENCE_KINDS = ("order", "incident", "log", "forfeit")
MAX_REASON = 500
LOG_LINES = 50  # the evidence pane's most recent log entries
MAX_ORDERS = 200  # the evidence pane's most recent orders

INCIDENT_LABELS = {
    "lost": QT_TRANSLATE_NOOP("labels", "Hilang di perjalanan"),
    "not_received": QT_TRANSLATE_NOOP("labels", "Terkirim tapi tidak diterima"),
    "short_claim": QT_TRANSLATE_NOOP("labels", "Klaim barang kurang"),
    "cod_refused": QT_TRANSLATE_NOOP("labels", "COD ditolak"),
}
FINDING_LABELS = {
    "open": QT_TRANSLATE_NOOP("labels", "belum diperiksa"),
    "true": QT_TRANSLATE_NOOP("labels", "klaim benar"),
    "untrue": QT_TRANSLATE_NOOP("labels", "klaim tidak benar"),
}

# the reasons a suggestion gives, as templates the UI translates and fills in
REASON_FORFEITS = QT_TRANSLATE_NOOP("labels", "{n} pesanan hangus (tidak diambil, DP ditahan)")
REASON_COD_REFUSED = QT_TRANSLATE_NOOP("labels", "{n} paket COD ditolak")
REASON_UNTRUE = QT_TRANSLATE_NOOP("labels", "{n} klaim terbukti tidak benar")


# ------------------------------------------------------------------------------ views


@dataclass(frozen=True)
class Reason:
    """One reason of a suggestion: an Indonesian template (``labels``) and its numbers."""

    template: str
    params: dict[str, object] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.template.format(**self.params) if self.params else self.template


@dataclass(frozen=True)
class Suggestion:
    customer_id: int
    name: str
    phone: str
    standing: str  # the current one
    suggested: str  # questionable or blacklisted
    reasons: list[Reason]
    evidence: list[str]  # kind:id references, oldest first
    newest_at: dt.datetime  # the newest piece of evidence

    @property
    def reason_text(self) -> str:
        return "; ".join(r.text for r in self.reasons)


@dataclass(frozen=True)
class StandingChangeView:
    id: int
    customer_id: int
    from_standing: str
    to_standing: str
    reason: str
    evidence: list[str]
    at: dt.datetime
    staff: str

    @property
    def kept(self) -> bool:
        """A decision to keep the standing as it was (answers a suggestion)."""
        return self.from_standing == self.to_standing


@dataclass(frozen=True)
class FlaggedCustomer:
    """A questionable or blacklisted customer on the review screen."""

    customer_id: int
    name: str
    phone: str
    standing: str
    reason: str
    decided_at: dt.datetime | None  # from the latest decision, None for one made before history
    decided_by: str


@dataclass(frozen=True)
class Review:
    suggestions: list[Suggestion]
    flagged: list[FlaggedCustomer]


@dataclass(frozen=True)
class OrderLine:
    id: int
    code: str
    status: str
    total: int
    created_at: dt.datetime
    pickup_date: dt.date


@dataclass(frozen=True)
class ForfeitLine:
    id: int  # the status change
    order_id: int
    code: str
    at: dt.datetime
    staff: str
    note: str


@dataclass(frozen=True)
class IncidentLine:
    id: int
    order_id: int
    code: str
    kind: str
    finding: str
    decision: str
    cost: int
    note: str
    at: dt.datetime
    staff: str


@dataclass(frozen=True)
class Evidence:
    customer_id: int
    name: str
    phone: str
    standing: str
    standing_reason: str
    orders: list[OrderLine]
    forfeits: list[ForfeitLine]
    incidents: list[IncidentLine]
    log: list[log_service.EntryView]
    history: list[StandingChangeView]


# ------------------------------------------------------------------------------ evidence refs


def parse_refs(evidence: Iterable[str]) -> list[str]:
    """``["order:12 incident:3", "log:77"]`` → ``["order:12", "incident:3", "log:77"]``: split on
    white space, duplicates dropped, order kept.  A malformed reference is refused."""
    refs: list[str] = []
    for chunk in evidence:
        for ref in (chunk or "").split():
            kind, _, num = ref.partition(":")
            if kind.casefold() not in EVIDENCE_KINDS or not num.isascii() or not num.isdigit():
                raise invalid(
                    "evidence",
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Bukti «{ref}» tidak dikenal; tulis seperti order:12, incident:3, log:77 "
                        "atau forfeit:5",
                    ),
                    ref=ref,
                )
            norm = f"{kind.casefold()}:{int(num)}"
            if norm not in refs:
                refs.append(norm)
    return refs


def _ref_belongs(session: Session, customer_id: int, kind: str, rid: int) -> bool:
    if kind == "order":
        return session.scalar(select(Order.customer_id).where(Order.id == rid)) == customer_id
    if kind == "incident":
        return session.scalar(select(Incident.customer_id).where(Incident.id == rid)) == customer_id
    if kind == "log":
        return session.scalar(select(LogEntry.customer_id).where(LogEntry.id == rid)) == customer_id
    owner = session.scalar(
        select(Order.customer_id)
        .join(StatusChange, StatusChange.order_id == Order.id)
        .where(StatusChange.id == rid, StatusChange.to_status == str(OrderStatus.FORFEITED))
    )
    return owner == customer_id


def check_refs(session: Session, customer_id: int, evidence: Iterable[str]) -> list[str]:
    """The references, each checked to exist and to be about this customer."""
    refs = parse_refs(evidence)
    for ref in refs:
        kind, _, num = ref.partition(":")
        if not _ref_belongs(session, customer_id, kind, int(num)):
            raise invalid(
                "evidence",
                QT_TRANSLATE_NOOP("errors", "Bukti «{ref}» tidak ditemukan pada pelanggan ini"),
                ref=ref,
            )
    return refs


# ------------------------------------------------------------------------------ deciding


def set_standing(
    session: Session,
    customer_id: int,
    standing: str,
    reason: str,
    evidence: Iterable[str] = (),
    *,
    actor: Actor,
    now: dt.datetime,
) -> Changes:
    """The owner's decision on a customer's standing, with the reason and the evidence it rests
    on, kept as history.  Keeping the standing as it is (``standing`` = the current one) is a
    decision too: it answers a pending suggestion.  A blacklisted customer pays the full price
    up front (``domain/deposit.py``)."""
    c = session.get(Customer, customer_id)
    if c is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pelanggan tidak ditemukan"))
    require(
        session,
        actor,
        Permission.CUSTOMER_STANDING,
        action="customer.standing",
        now=now,
        target=Target("customer", c.id, c.name),
    )
    if standing not in STANDINGS:
        raise invalid("standing", QT_TRANSLATE_NOOP("errors", "Status pelanggan tidak dikenal"))
    reason = " ".join((reason or "").split())
    if not reason:
        raise invalid("reason", QT_TRANSLATE_NOOP("errors", "Tulis alasan perubahan status pelanggan"))
    if len(reason) > MAX_REASON:
        raise invalid(
            "reason",
            QT_TRANSLATE_NOOP("errors", "Alasan terlalu panjang (maksimal {max} huruf)"),
            max=MAX_REASON,
        )
    refs = check_refs(session, c.id, evidence)
    old = c.standing
    session.add(
        StandingChange(
            customer_id=c.id,
            from_standing=old,
            to_standing=standing,
            reason=reason,
            evidence=" ".join(refs),
            at=now,
            staff_id=actor.staff_id,
        )
    )
    c.standing, c.standing_reason = standing, reason
    detail = f"{old} → {standing}: {reason}"
    if refs:
        detail += f" [{' '.join(refs)}]"
    audit.record(
        session,
        actor,
        "customer.standing_kept" if old == standing else "customer.standing",
        now=now,
        target=Target("customer", c.id, c.name),
        detail=detail,
    )
    session.flush()
    return Changes(customers=True, orders=True, customer_id=c.id)


# ------------------------------------------------------------------------------ reading


def _staff_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Staff.id, Staff.name)).all())


def _change_view(row: StandingChange, names: dict[int, str]) -> StandingChangeView:
    return StandingChangeView(
        row.id,
        row.customer_id,
        row.from_standing,
        row.to_standing,
        row.reason,
        row.evidence.split(),
        row.at,
        names.get(row.staff_id, ""),
    )


def history(session: Session, customer_id: int) -> list[StandingChangeView]:
    """Every decision on the customer's standing, newest first, with who made it."""
    names = _staff_names(session)
    rows = session.scalars(
        select(StandingChange)
        .where(StandingChange.customer_id == customer_id)
        .order_by(StandingChange.at.desc(), StandingChange.id.desc())
    )
    return [_change_view(r, names) for r in rows]


@dataclass
class _Facts:
    forfeits: list[tuple[dt.datetime, str]] = field(default_factory=list)  # (at, ref)
    refused: list[tuple[dt.datetime, str]] = field(default_factory=list)
    untrue: list[tuple[dt.datetime, str]] = field(default_factory=list)


def suggested_standing(forfeits: int, refused_cod: int, untrue_claims: int, threshold: int) -> str | None:
    """The standing TokoDesk suggests for these counts, or None when they suggest nothing."""
    if forfeits >= threshold or refused_cod + untrue_claims >= 2:
        return Standing.BLACKLISTED
    if refused_cod + untrue_claims == 1:
        return Standing.QUESTIONABLE
    return None


def suggestions(session: Session) -> list[Suggestion]:
    """Customers the owner should look at, newest evidence first.  Never changes anything."""
    threshold = settings.get(session, "standing.suggest_forfeits")
    facts: dict[int, _Facts] = {}
    forfeited = session.execute(
        select(Order.customer_id, StatusChange.id, StatusChange.at)
        .join(StatusChange, StatusChange.order_id == Order.id)
        .join(Customer, Customer.id == Order.customer_id)
        .where(
            StatusChange.to_status == str(OrderStatus.FORFEITED),
            Customer.standing != Standing.BLACKLISTED,
        )
    )
    for cid, sid, at in forfeited:
        facts.setdefault(cid, _Facts()).forfeits.append((at, f"forfeit:{sid}"))
    incidents = session.execute(
        select(Incident.customer_id, Incident.id, Incident.kind, Incident.finding, Incident.at)
        .join(Customer, Customer.id == Incident.customer_id)
        .where(
            or_(Incident.kind == "cod_refused", Incident.finding == "untrue"),
            Customer.standing != Standing.BLACKLISTED,
        )
    )
    for cid, iid, kind, finding, at in incidents:
        f = facts.setdefault(cid, _Facts())
        if kind == "cod_refused":
            f.refused.append((at, f"incident:{iid}"))
        if finding == "untrue":
            f.untrue.append((at, f"incident:{iid}"))
    candidates: dict[int, tuple[str, _Facts]] = {}
    for cid, f in facts.items():
        n_forfeits = len(f.forfeits) if len(f.forfeits) >= threshold else 0
        suggested = suggested_standing(n_forfeits, len(f.refused), len(f.untrue), threshold)
        if suggested is not None:
            candidates[cid] = (suggested, f)
    if not candidates:
        return []
    ids = list(candidates)
    last_decision: dict[int, dt.datetime] = {}
    customers: dict[int, Customer] = {}
    for start in range(0, len(ids), 500):  # bound the IN list
        block = ids[start : start + 500]
        for cid, at in session.execute(
            select(StandingChange.customer_id, StandingChange.at).where(StandingChange.customer_id.in_(block))
        ):
            if cid not in last_decision or at > last_decision[cid]:
                last_decision[cid] = at
        for c in session.scalars(select(Customer).where(Customer.id.in_(block))):
            customers[c.id] = c
    out: list[Suggestion] = []
    for cid, (suggested, f) in candidates.items():
        n_forfeits = len(f.forfeits) if len(f.forfeits) >= threshold else 0
        items = (f.forfeits if n_forfeits else []) + f.refused + f.untrue
        newest = max(at for at, _ in items)
        decided = last_decision.get(cid)
        if decided is not None and decided >= newest:
            continue
        reasons = []
        if n_forfeits:
            reasons.append(Reason(REASON_FORFEITS, {"n": n_forfeits}))
        if f.refused:
            reasons.append(Reason(REASON_COD_REFUSED, {"n": len(f.refused)}))
        if f.untrue:
            reasons.append(Reason(REASON_UNTRUE, {"n": len(f.untrue)}))
        refs: list[str] = []
        for _, ref in sorted(items):
            if ref not in refs:
                refs.append(ref)
        c = customers[cid]
        out.append(Suggestion(cid, c.name, c.phone, c.standing, suggested, reasons, refs, newest))
    out.sort(key=lambda s: (s.newest_at, s.customer_id), reverse=True)
    return out


def review(session: Session) -> Review:
    """The owner's blacklist review: every pending suggestion and every questionable or
    blacklisted customer (blacklisted first, then by name) with who decided and when."""
    names = _staff_names(session)
    flagged_rows = list(
        session.scalars(
            select(Customer)
            .where(Customer.standing.in_((Standing.QUESTIONABLE, Standing.BLACKLISTED)))
            .order_by(Customer.name_key, Customer.id)
        )
    )
    latest: dict[int, StandingChange] = {}
    ids = [c.id for c in flagged_rows]
    for start in range(0, len(ids), 500):
        for ch in session.scalars(
            select(StandingChange).where(StandingChange.customer_id.in_(ids[start : start + 500]))
        ):
            prev = latest.get(ch.customer_id)
            if prev is None or (ch.at, ch.id) > (prev.at, prev.id):
                latest[ch.customer_id] = ch
    flagged = []
    for c in flagged_rows:
        ch = latest.get(c.id)
        flagged.append(
            FlaggedCustomer(
                c.id,
                c.name,
                c.phone,
                c.standing,
                c.standing_reason,
                ch.at if ch else None,
                names.get(ch.staff_id, "") if ch else "",
            )
        )
    flagged.sort(key=lambda r: r.standing != Standing.BLACKLISTED)  # stable: names stay in order
    return Review(suggestions(session), flagged)


def evidence(session: Session, customer_id: int) -> Evidence:
    """What a decision rests on, for one customer: orders, forfeits, incidents, the recent log
    and the standing's history."""
    c = session.get(Customer, customer_id)
    if c is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pelanggan tidak ditemukan"))
    names = _staff_names(session)
    orders = [
        OrderLine(o.id, o.code, o.status, o.total, o.created_at, o.pickup_date)
        for o in session.scalars(
            select(Order)
            .where(Order.customer_id == customer_id)
            .order_by(Order.created_at.desc(), Order.id.desc())
            .limit(MAX_ORDERS)
        )
    ]
    forfeits = [
        ForfeitLine(sc.id, sc.order_id, code, sc.at, names.get(sc.staff_id, ""), sc.note)
        for sc, code in session.execute(
            select(StatusChange, Order.code)
            .join(Order, Order.id == StatusChange.order_id)
            .where(Order.customer_id == customer_id, StatusChange.to_status == str(OrderStatus.FORFEITED))
            .order_by(StatusChange.at.desc(), StatusChange.id.desc())
        )
    ]
    incidents = [
        IncidentLine(
            i.id,
            i.order_id,
            code,
            i.kind,
            i.finding,
            i.decision,
            i.cost,
            i.note,
            i.at,
            names.get(i.staff_id, ""),
        )
        for i, code in session.execute(
            select(Incident, Order.code)
            .join(Order, Order.id == Incident.order_id)
            .where(Incident.customer_id == customer_id)
            .order_by(Incident.at.desc(), Incident.id.desc())
        )
    ]
    return Evidence(
        c.id,
        c.name,
        c.phone,
        c.standing,
        c.standing_reason,
        orders,
        forfeits,
        incidents,
        log_service.entries(session, customer_id, limit=LOG_LINES),
        history(session, customer_id),
    )


def current(session: Session, customer_id: int) -> tuple[str, str]:
    """The customer's standing and its reason (for a warning on an order)."""
    row = session.execute(
        select(Customer.standing, Customer.standing_reason).where(Customer.id == customer_id)
    ).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pelanggan tidak ditemukan"))
    return row[0], row[1]
