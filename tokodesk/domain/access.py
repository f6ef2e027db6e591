"""Who may do what, PIN rules and the wrong-PIN delay: pure rules, one place.

Every owner-only action names a ``Permission``; ``allowed(role, grants, permission)`` is the
only function that answers "may this person do it".  The services ask it before they write
(``services/access.require``) and the UI asks it to hide or disable what a person cannot
use, so the rule is never written twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum

from tokodesk.domain.errors import QT_TRANSLATE_NOOP, FieldError


class Role(StrEnum):
    OWNER = "owner"
    STAFF = "staff"
    SYSTEM = "system"  # the automatic daily run and the command line without a sign-in


class Permission(StrEnum):
    """Owner-only by default; the owner can grant each one to a trusted staff member."""

    SETTINGS = "settings"  # pickup policy, T&C, shop profile, message templates, e-mail
    CUSTOMER_STANDING = "customer_standing"  # blacklist and customer-standing decisions
    REVERSAL = "reversal"  # reversals and refunds in the ledger
    WAIVE_FEE = "waive_fee"  # waiving a storage fee above the owner's limit
    FORFEIT = "forfeit"  # deciding that a deposit is kept (cancel an order, deposit forfeited)
    STAFF = "staff"  # staff accounts, PIN resets, grants, the idle-lock time
    BACKUP = "backup"  # backups and restore
    REPORTS = "reports"  # money reports
    AUDIT = "audit"  # reading the audit trail
    OVERRIDE_PENDING = "override_pending"  # hand over or ship while a payment has not cleared


PERMISSION_LABELS: dict[Permission, str] = {
    Permission.SETTINGS: QT_TRANSLATE_NOOP("labels", "Kebijakan, S&K, profil toko, template, e-mail"),
    Permission.CUSTOMER_STANDING: QT_TRANSLATE_NOOP("labels", "Daftar hitam dan status pelanggan"),
    Permission.REVERSAL: QT_TRANSLATE_NOOP("labels", "Pembatalan entri pembayaran dan refund"),
    Permission.WAIVE_FEE: QT_TRANSLATE_NOOP("labels", "Membebaskan biaya simpan di atas batas"),
    Permission.FORFEIT: QT_TRANSLATE_NOOP("labels", "Memutuskan deposit hangus"),
    Permission.STAFF: QT_TRANSLATE_NOOP("labels", "Mengelola akun staf"),
    Permission.BACKUP: QT_TRANSLATE_NOOP("labels", "Cadangan dan pemulihan data"),
    Permission.REPORTS: QT_TRANSLATE_NOOP("labels", "Laporan keuangan"),
    Permission.AUDIT: QT_TRANSLATE_NOOP("labels", "Melihat jejak audit"),
    Permission.OVERRIDE_PENDING: QT_TRANSLATE_NOOP(
        "labels", "Menyerahkan/mengirim pesanan yang pembayarannya belum cair"
    ),
}

ROLE_LABELS: dict[Role, str] = {
    Role.OWNER: QT_TRANSLATE_NOOP("labels", "Pemilik"),
    Role.STAFF: QT_TRANSLATE_NOOP("labels", "Staf"),
    Role.SYSTEM: QT_TRANSLATE_NOOP("labels", "Sistem"),
}

# What each role may do without a grant.  The system role forfeits silent orders for the
# daily run (the owner's written policy decides, not a person).
ROLE_DEFAULTS: dict[Role, frozenset[Permission]] = {
    Role.OWNER: frozenset(Permission),
    Role.STAFF: frozenset(),
    Role.SYSTEM: frozenset({Permission.FORFEIT}),
}


def parse_grants(text: str | None) -> frozenset[Permission]:
    """The stored grant list ("reversal,reports"); unknown names are ignored, so a database
    written by a newer version still opens."""
    known = {p.value for p in Permission}
    return frozenset(Permission(p) for p in (text or "").split(",") if p.strip() in known)


def format_grants(grants: Iterable[Permission]) -> str:
    return ",".join(sorted(str(p) for p in grants))


def allowed(role: str, grants: Iterable[Permission], permission: Permission) -> bool:
    """May someone with ``role`` and these single grants do ``permission``?"""
    try:
        r = Role(role)
    except ValueError:
        return False
    if permission in ROLE_DEFAULTS[r]:
        return True
    return r is Role.STAFF and permission in set(grants)


# --- PINs -------------------------------------------------------------------------------

PIN_MIN, PIN_MAX = 4, 8


def pin_problem(pin: str, field: str = "pin") -> FieldError | None:
    """Why a new PIN is refused, or None.  The PIN itself never appears in the message."""
    if not pin:
        return FieldError(field, QT_TRANSLATE_NOOP("errors", "PIN wajib diisi"))
    if not pin.isascii() or not pin.isdigit():
        return FieldError(field, QT_TRANSLATE_NOOP("errors", "PIN hanya boleh berisi angka 0–9"))
    if len(pin) < PIN_MIN:
        return FieldError(
            field,
            QT_TRANSLATE_NOOP("errors", "PIN terlalu pendek: minimal {min} angka"),
            {"min": PIN_MIN},
        )
    if len(pin) > PIN_MAX:
        return FieldError(
            field,
            QT_TRANSLATE_NOOP("errors", "PIN terlalu panjang: maksimal {max} angka"),
            {"max": PIN_MAX},
        )
    return None


# --- wrong PINs -------------------------------------------------------------------------

FREE_TRIES = 5  # wrong PINs before the account has to wait
FIRST_WAIT = dt.timedelta(seconds=30)
MAX_WAIT = dt.timedelta(minutes=15)


def wait_after(failures: int) -> dt.timedelta:
    """How long an account waits after its ``failures``-th wrong PIN in a row: nothing for
    the first four, then 30 s, doubling with every further wrong PIN, at most 15 minutes."""
    if failures < FREE_TRIES:
        return dt.timedelta(0)
    doublings = min(failures - FREE_TRIES, 10)
    return min(FIRST_WAIT * (2**doublings), MAX_WAIT)


def tries_left(failures: int) -> int:
    """Wrong PINs still allowed before the first wait."""
    return max(FREE_TRIES - failures, 0)


# --- idle lock --------------------------------------------------------------------------

IDLE_DEFAULT_MINUTES = 5
IDLE_MIN_MINUTES, IDLE_MAX_MINUTES = 1, 120
