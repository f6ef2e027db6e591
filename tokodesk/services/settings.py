"""Owner settings, each declared once with its type, default and description.

Stored as JSON in the ``settings`` table; a missing key reads as its default, so adding a
setting needs no migration.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tokodesk.db.models import Setting
from tokodesk.domain.deposit import DepositPolicy


@dataclass(frozen=True)
class Declared:
    key: str
    type: type
    default: Any
    description: str


DECLARED: dict[str, Declared] = {
    d.key: d
    for d in [
        Declared("shop.name", str, "Toko Saya", "Nama toko di layar dan dokumen"),
        Declared("shop.order_prefix", str, "TD", "Awalan kode pesanan, contoh TD-2611-0042"),
        Declared("deposit.min_percent", int, 30, "DP minimal, persen dari total pesanan"),
        Declared("deposit.suggested_percent", int, 50, "DP yang disarankan, persen dari total"),
        Declared("pickup.default_days", int, 3, "Tanggal ambil bawaan: hari ini + sekian hari"),
    ]
}


def get(session: Session, key: str) -> Any:
    decl = DECLARED[key]
    raw = session.scalar(select(Setting.value).where(Setting.key == key))
    if raw is None:
        return decl.default
    value = json.loads(raw)
    return value if isinstance(value, decl.type) else decl.default


def put(session: Session, key: str, value: Any) -> None:
    decl = DECLARED[key]
    if not isinstance(value, decl.type) or isinstance(value, bool) is not (decl.type is bool):
        raise TypeError(f"setting {key} takes {decl.type.__name__}")
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)


def deposit_policy(session: Session) -> DepositPolicy:
    return DepositPolicy(
        min_percent=get(session, "deposit.min_percent"),
        suggested_percent=get(session, "deposit.suggested_percent"),
    )
