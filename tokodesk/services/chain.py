"""Tamper-evident chains over the records that stand as evidence: the communication log, the
payment ledger and the order status history.

Each record is sealed when it is inserted: ``hash = HMAC(shop secret, prev_hash + content)``
where ``content`` is a canonical JSON of everything the record says (for a log entry also
its attachments' SHA-256) and ``prev_hash`` is the hash of the record before it.  The end of
each chain (last hash, length) is kept in ``chain_heads`` and updated in the same
transaction, so the last record cannot vanish, nor a forged one be added, unnoticed.  No
record is ever updated to seal it: the hash is part of the INSERT.

``verify`` recomputes every chain and names the first record that does not match, and why:
its content was changed (or it was forged), a record before it is missing (deleted), the
order was changed (swapped), or the chain's end does not match (last record deleted or a
record appended outside the app).

The key is the shop's own secret, stored in the database: this stops edits made by hand or
with a database tool; someone who can read the secret and rewrite every later record and
the chain head could forge a consistent chain, which is why backups and exported evidence
carry the chain head they were made with.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import secrets
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tokodesk.db.models import Attachment, ChainHead, LedgerEntry, LogAttachment, LogEntry, StatusChange
from tokodesk.domain.errors import QT_TRANSLATE_NOOP
from tokodesk.services import settings

GENESIS = "0" * 64
CHAINS = ("log", "ledger", "status")
MODELS = {"log": LogEntry, "ledger": LedgerEntry, "status": StatusChange}
CHAIN_NAMES = {
    "log": QT_TRANSLATE_NOOP("labels", "catatan komunikasi"),
    "ledger": QT_TRANSLATE_NOOP("labels", "buku pembayaran"),
    "status": QT_TRANSLATE_NOOP("labels", "riwayat status"),
}


def _t(value: dt.datetime | dt.date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    return value.isoformat()


def ledger_content(e: LedgerEntry) -> dict[str, Any]:
    content = {
        "order": e.order_id,
        "kind": e.kind,
        "amount": e.amount,
        "method": e.method,
        "cleared": bool(e.cleared),
        "clears_on": _t(e.clears_on),
        "reverses": e.reverses_id,
        "staff": e.staff_id,
        "at": _t(e.at),
        "note": e.note,
    }
    if e.settles_id is not None:  # only in entries since migration 0007: older seals unchanged
        content["settles"] = e.settles_id
    return content


def status_content(s: StatusChange) -> dict[str, Any]:
    return {
        "order": s.order_id,
        "from": s.from_status,
        "to": s.to_status,
        "staff": s.staff_id,
        "at": _t(s.at),
        "note": s.note,
    }


def log_content(e: LogEntry, attachment_hashes: list[str]) -> dict[str, Any]:
    return {
        "customer": e.customer_id,
        "order": e.order_id,
        "channel": e.channel,
        "direction": e.direction,
        "text": e.text,
        "happened": _t(e.happened_at),
        "recorded": _t(e.recorded_at),
        "staff": e.staff_id,
        "corrects": e.corrects_id,
        "source": e.source,
        "import_key": e.import_key,
        "attachments": attachment_hashes,
    }


def _digest(secret: str, prev: str, content: dict[str, Any]) -> str:
    body = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hmac.new(secret.encode(), (prev + body).encode(), hashlib.sha256).hexdigest()


def _secret(session: Session) -> str:
    secret = session.info.get("chain_secret")  # read once per session, not once per record
    if secret:
        return secret
    secret = settings.get(session, "shop.chain_secret")
    if not secret:
        secret = secrets.token_hex(32)
        settings.put(session, "shop.chain_secret", secret)
        session.flush()
    session.info["chain_secret"] = secret
    return secret


def _current_transactions(session: Session) -> list[Any]:
    """The innermost transaction (a savepoint, if one is open) and its parents."""
    txn = session.get_nested_transaction() or session.get_transaction()
    out = []
    while txn is not None:
        out.append(txn)
        txn = txn.parent
    return out


def _locked_head(session: Session, chain: str) -> tuple[bool, ChainHead | None]:
    """Whether this transaction has locked the chain's head row, and the row.  A lock counts
    while the (sub)transaction that took it is still open around us: one taken in a
    savepoint that has ended may have been released with it (PostgreSQL releases a
    rolled-back savepoint's row locks), and a long-lived session's next transaction starts
    with none.  The row is kept here too: the session's identity map holds clean objects
    only weakly, and reading it again for every record of an import costs a query each."""
    txn, head = session.info.get("chain_heads_locked", {}).get(chain, (None, None))
    held = txn is not None and any(t is txn for t in _current_transactions(session))
    return held, head if held and head in session else None


def lock(session: Session, chain: str) -> ChainHead | None:
    """Lock the chain's head row (and read it fresh) for the rest of the transaction.
    ``seal`` does it on its first use; a caller about to seal many records one savepoint
    each (an import) may call it once before, outside the savepoints."""
    head = session.get(ChainHead, chain, with_for_update=True, populate_existing=True)
    _remember(session, chain, head)
    return head


def _remember(session: Session, chain: str, head: ChainHead | None) -> None:
    session.info.setdefault("chain_heads_locked", {})[chain] = (_current_transactions(session)[0], head)


def _head(session: Session, chain: str) -> ChainHead:
    """The chain's head row, locked (``SELECT … FOR UPDATE``) and read fresh on its first use
    in a transaction, so two counters appending at once queue here and the second links to
    the first one's record: the chain stays linear.  On PostgreSQL the writer's advisory
    lock already serialises writers (``db/engine.py``) and SQLite's ``BEGIN IMMEDIATE``
    does the same; this row lock keeps the chain right on its own as well.  A row made
    here (first record of a chain) is guarded by the primary key: a second counter making it
    at the same moment fails and nothing is written."""
    held, head = _locked_head(session, chain)
    if not held:
        head = lock(session, chain)
    elif head is None:
        head = session.get(ChainHead, chain)
    if head is None:
        head = ChainHead(name=chain, last_hash=GENESIS, length=0)
        session.add(head)
        _remember(session, chain, head)
    return head


def seal(session: Session, chain: str, row: Any, content: dict[str, Any]) -> None:
    """Give ``row`` (not yet inserted) its place at the end of ``chain``."""
    head = _head(session, chain)
    row.prev_hash = head.last_hash
    row.hash = _digest(_secret(session), head.last_hash, content)
    head.last_hash = row.hash
    head.length += 1


def content_of(session: Session, chain: str, row: Any) -> dict[str, Any]:
    if chain == "ledger":
        return ledger_content(row)
    if chain == "status":
        return status_content(row)
    hashes = [
        a.attachment.sha256
        for a in session.scalars(
            select(LogAttachment).where(LogAttachment.entry_id == row.id).order_by(LogAttachment.position)
        )
    ]
    return log_content(row, hashes)


def seal_unsealed(session: Session) -> int:
    """Seal records written before the chains existed (a database upgraded from an older
    version), in their order; returns how many.  Only for a chain that has not started yet:
    once a chain exists, a record without a seal was put there by hand and must show up in
    ``verify``, not be sealed."""
    done = 0
    for chain in CHAINS:
        if session.get(ChainHead, chain) is not None:
            continue
        model = MODELS[chain]
        for row in session.scalars(select(model).where(model.hash.is_(None)).order_by(model.id)):
            seal(session, chain, row, content_of(session, chain, row))
            done += 1
    session.flush()
    return done


@dataclass(frozen=True)
class Problem:
    chain: str
    record_id: int | None
    template: str
    params: dict[str, object]

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class ChainReport:
    chain: str
    length: int
    problem: Problem | None


def _attachment_hashes(session: Session) -> dict[int, list[str]]:
    """Every log entry's attachment hashes in position order, in one query (not one per
    entry: a five-year log has a million entries)."""
    out: dict[int, list[str]] = {}
    q = (
        select(LogAttachment.entry_id, Attachment.sha256)
        .join(Attachment, Attachment.id == LogAttachment.attachment_id)
        .order_by(LogAttachment.entry_id, LogAttachment.position)
    )
    for entry_id, sha in session.execute(q):
        out.setdefault(entry_id, []).append(sha)
    return out


def _rows(session: Session, model) -> Iterator[Any]:
    """The chain's records in order, fetched in blocks and let go of once checked, so a long
    chain never sits in memory whole."""
    result = session.scalars(select(model).order_by(model.id).execution_options(yield_per=BLOCK))
    try:
        for row in result:
            yield row
            session.expunge(row)
    finally:
        result.close()  # a server-side cursor on PostgreSQL: closed also when stopped early


BLOCK = 2000


def verify_chain(session: Session, chain: str) -> ChainReport:
    model = MODELS[chain]
    secret = settings.get(session, "shop.chain_secret")
    name = CHAIN_NAMES[chain]
    files = _attachment_hashes(session) if chain == "log" else {}
    total = session.scalar(select(func.count()).select_from(model)) or 0

    def content(row) -> dict[str, Any]:
        return log_content(row, files.get(row.id, [])) if chain == "log" else content_of(session, chain, row)

    def problem(row_id, template, **params) -> ChainReport:
        return ChainReport(
            chain, total, Problem(chain, row_id, template, {"chain": name, "id": row_id, **params})
        )

    def pointed_to(prev_hash: str) -> int | None:  # only when something is wrong
        return session.scalar(select(model.id).where(model.hash == prev_hash).limit(1))

    with closing(_rows(session, model)) as rows:
        walked = _walk(rows, secret, content, problem, pointed_to)
    if isinstance(walked, ChainReport):
        return walked
    count, last, expected_prev = walked
    head = session.get(ChainHead, chain)
    head_hash, head_len = (head.last_hash, head.length) if head else (GENESIS, 0)
    if head_hash != expected_prev or head_len != count:
        if head_len > count:
            return problem(
                last,
                QT_TRANSLATE_NOOP("errors", "{chain}: {n} entri terakhir hilang (dihapus) sesudah #{id}"),
                n=head_len - count,
            )
        return problem(
            last,
            QT_TRANSLATE_NOOP(
                "errors", "{chain} #{id}: ujung rantai tidak cocok (entri ditambahkan di luar aplikasi)"
            ),
        )
    return ChainReport(chain, count, None)


def _walk(rows, secret, content, problem, pointed_to):
    """Check each record against its seal and its predecessor: the first problem as a
    report, else (how many, the last id, the last hash)."""
    expected_prev = GENESIS
    count, last = 0, None
    for row in rows:
        count, last = count + 1, row.id
        if row.hash is None or row.prev_hash is None:
            return problem(
                row.id,
                QT_TRANSLATE_NOOP("errors", "{chain} #{id}: tidak bersegel (ditambahkan di luar aplikasi)"),
            )
        if _digest(secret, row.prev_hash, content(row)) != row.hash:
            return problem(
                row.id,
                QT_TRANSLATE_NOOP(
                    "errors", "{chain} #{id}: isinya tidak cocok dengan segelnya (diubah, atau entri palsu)"
                ),
            )
        if row.prev_hash != expected_prev:
            pointed = pointed_to(row.prev_hash)
            if pointed is not None and pointed > row.id:
                return problem(
                    row.id,
                    QT_TRANSLATE_NOOP(
                        "errors", "{chain} #{id}: urutannya diubah (seharusnya sesudah #{other})"
                    ),
                    other=pointed,
                )
            if pointed is not None:
                return problem(
                    row.id,
                    QT_TRANSLATE_NOOP(
                        "errors", "{chain} #{id}: entri di antara #{other} dan #{id} hilang (dihapus)"
                    ),
                    other=pointed,
                )
            if row.prev_hash == GENESIS:
                return problem(
                    row.id,
                    QT_TRANSLATE_NOOP("errors", "{chain} #{id}: entri-entri sebelumnya hilang (dihapus)"),
                )
            return problem(
                row.id,
                QT_TRANSLATE_NOOP(
                    "errors", "{chain} #{id}: entri sebelumnya hilang (dihapus) atau entri ini disisipkan"
                ),
            )
        expected_prev = row.hash
    return count, last, expected_prev


def verify(session: Session) -> list[ChainReport]:
    """Recompute every chain; each report says the first record that does not match, if any."""
    return [verify_chain(session, chain) for chain in CHAINS]
