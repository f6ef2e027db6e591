"""Staff accounts and signing in.

PINs are stored only as argon2id hashes.  A PIN never leaves this module: no message, log
line, audit row or export holds it or its hash.  A 4–8 digit PIN keeps the wrong person
away from the counter; it cannot protect a copied database file, whose protection is the
PC's own account and disk.

Accounts:
* the owner account is made first (``setup_owner``) — on a database made before sign-in
  existed, it takes over the owner record that all earlier work is attributed to;
* the owner adds staff, resets PINs, deactivates accounts and grants single permissions
  (``Permission.STAFF``);
* ``system_actor`` is the record the automatic daily run and unattended command-line work
  act under; it never signs in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from tokodesk.db.models import Staff
from tokodesk.domain import access as rules
from tokodesk.domain.access import Permission, Role
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, FieldError, InvalidInput, NotFound, invalid
from tokodesk.domain.money import format_rupiah
from tokodesk.services import audit, settings
from tokodesk.services.access import NotAllowed, require
from tokodesk.services.audit import Target
from tokodesk.services.context import Actor, Changes

if TYPE_CHECKING:
    from argon2 import PasswordHasher

LEGACY_OWNER_NAME = "Staf Toko"  # the owner record of databases made before sign-in
SYSTEM_STAFF_NAME = "TokoDesk (otomatis)"
NAME_MAX = 80

# argon2id with the OWASP minimum (19 MiB, 2 passes, 1 lane): ~50 ms per check here, so a
# sign-in feels instant and the unique-PIN check over a shop's few accounts stays short.
# Tests swap in a cheaper hasher (tests/conftest.py).  Made when the first PIN is hashed or
# checked: argon2 is not imported at start-up.
HASHER: PasswordHasher | None = None


def _hasher() -> PasswordHasher:
    global HASHER
    if HASHER is None:
        from argon2 import PasswordHasher  # heavy: imported when first used (start-up time)

        HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
    return HASHER


def hash_pin(pin: str) -> str:
    return _hasher().hash(pin)


def pin_matches(stored: str | None, pin: str) -> bool:
    if not stored:
        return False
    # heavy: imported when first used (start-up time)
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(stored, pin)
    except (VerificationError, InvalidHashError):
        return False


# --- reading ------------------------------------------------------------------------------


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    role: str
    active: bool
    has_pin: bool
    grants: frozenset[Permission]
    failed_pins: int
    locked_until: dt.datetime | None
    last_sign_in: dt.datetime | None


def _row(s: Staff) -> StaffRow:
    return StaffRow(
        s.id,
        s.name,
        s.role,
        s.active,
        bool(s.pin_hash),
        rules.parse_grants(s.grants),
        s.failed_pins or 0,
        s.locked_until,
        s.last_sign_in,
    )


def actor_of(s: Staff) -> Actor:
    grants = frozenset(str(p) for p in rules.parse_grants(s.grants))
    return Actor(staff_id=s.id, name=s.name, role=s.role, grants=grants)


def list_staff(session: Session, *, include_inactive: bool = True) -> list[StaffRow]:
    """People (never the system record), owners first, then by name."""
    q = select(Staff).where(Staff.role != str(Role.SYSTEM))
    if not include_inactive:
        q = q.where(Staff.active.is_(True))
    rows = [_row(s) for s in session.scalars(q)]
    return sorted(rows, key=lambda r: (not r.active, r.role != "owner", r.name.casefold()))


def sign_in_choices(session: Session) -> list[StaffRow]:
    """The accounts the sign-in screen lists: active people with a PIN."""
    return [r for r in list_staff(session, include_inactive=False) if r.has_pin]


def needs_owner(session: Session) -> bool:
    """True until an active owner account has a PIN: the app asks for it before anything."""
    return (
        session.scalar(
            select(Staff.id).where(
                Staff.role == str(Role.OWNER), Staff.active.is_(True), Staff.pin_hash.is_not(None)
            )
        )
        is None
    )


def get_actor(session: Session, staff_id: int) -> Actor:
    s = session.get(Staff, staff_id)
    if s is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Akun staf tidak ditemukan"))
    return actor_of(s)


def system_actor(session: Session, now: dt.datetime) -> Actor:
    """The record the automatic rules and unattended command-line work act under."""
    staff = session.scalar(select(Staff).where(Staff.role == str(Role.SYSTEM)).limit(1))
    if staff is None:
        staff = Staff(name=SYSTEM_STAFF_NAME, role=str(Role.SYSTEM), active=False, created_at=now)
        session.add(staff)
        session.flush()
    return actor_of(staff)


def default_actor(session: Session, now: dt.datetime) -> Actor:
    """The first active owner record, made (without a PIN) when there is none.  Used by
    tests and by data written before sign-in existed."""
    staff = session.scalar(
        select(Staff).where(Staff.active.is_(True), Staff.role == str(Role.OWNER)).order_by(Staff.id).limit(1)
    )
    if staff is None:
        staff = Staff(name=LEGACY_OWNER_NAME, role=str(Role.OWNER), active=True, created_at=now)
        session.add(staff)
        session.flush()
    return actor_of(staff)


# --- checks -------------------------------------------------------------------------------


def _check_name(session: Session, name: str, except_id: int | None = None) -> str:
    clean = " ".join((name or "").split())
    if not clean:
        raise invalid("name", QT_TRANSLATE_NOOP("errors", "Nama staf wajib diisi"))
    if len(clean) > NAME_MAX:
        raise invalid(
            "name", QT_TRANSLATE_NOOP("errors", "Nama staf terlalu panjang (maks. {max} huruf)"), max=NAME_MAX
        )
    for s in session.scalars(select(Staff).where(Staff.active.is_(True), Staff.role != str(Role.SYSTEM))):
        if s.id != except_id and s.name.casefold() == clean.casefold():
            raise invalid(
                "name",
                QT_TRANSLATE_NOOP("errors", "Sudah ada akun aktif bernama {name}; pakai nama lain"),
                name=clean,
            )
    return clean


def check_new_pin(session: Session, pin: str, *, except_id: int | None = None, field: str = "pin") -> None:
    """Refuse a PIN that breaks the rules or that another active account already uses (so a
    PIN alone always names one person)."""
    problem = rules.pin_problem(pin, field)
    if problem is not None:
        raise InvalidInput([problem])
    others = session.scalars(
        select(Staff.pin_hash).where(
            Staff.active.is_(True), Staff.pin_hash.is_not(None), Staff.id != (except_id or -1)
        )
    )
    if any(pin_matches(h, pin) for h in others):
        taken = QT_TRANSLATE_NOOP("errors", "PIN ini sudah dipakai akun lain; pilih PIN lain")
        raise PinTaken([FieldError(field, taken)])


class PinTaken(InvalidInput):
    """The new PIN is another active account's.  The rule says so openly, so whoever is
    told counts it as a wrong PIN (see ``change_own_pin``): the answer cannot be used to
    try PINs faster than the sign-in screen allows."""


def _wrong_pin(session: Session, s: Staff, now: dt.datetime, what: str) -> None:
    """Count a wrong PIN on the account; from the fifth in a row it must wait."""
    s.failed_pins = (s.failed_pins or 0) + 1
    wait = rules.wait_after(s.failed_pins)
    s.locked_until = now + wait if wait else None
    audit.record(
        session,
        actor_of(s),
        "signin.wrong_pin",
        now=now,
        target=Target("staff", s.id, s.name),
        outcome="failed",
        detail=f"{what}, ke-{s.failed_pins} berturut-turut",
    )
    session.flush()


def _counted(err: InvalidInput, staff_id: int, now: dt.datetime, what: str) -> InvalidInput:
    """``err``, which also counts a wrong PIN on the account once its work is rolled back
    (``Database.write`` runs ``after_rollback`` in a transaction of its own)."""

    def count(session: Session) -> None:
        s = session.get(Staff, staff_id)
        if s is not None:
            _wrong_pin(session, s, now, what)

    err.after_rollback = count
    return err


def _waiting(s: Staff, now: dt.datetime) -> None:
    if s.locked_until is not None and now < s.locked_until:
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "Terlalu banyak PIN salah; tunggu sampai {time} lalu coba lagi"),
            time=s.locked_until.astimezone().strftime("%H:%M:%S"),
        )


def _owners_only_touch_owners(
    session: Session, actor: Actor, role: str, action: str, now: dt.datetime, target: Target
) -> None:
    """A staff member granted staff management still cannot make, change or take over an
    owner account (that would make them the owner)."""
    me = session.get(Staff, actor.staff_id)
    if role == Role.OWNER and (me is None or me.role != Role.OWNER or not me.active):
        raise NotAllowed(actor, Permission.STAFF, action, target, now)


def _other_active_owner(session: Session, staff_id: int) -> bool:
    return (
        session.scalar(
            select(Staff.id).where(
                Staff.role == str(Role.OWNER), Staff.active.is_(True), Staff.id != staff_id
            )
        )
        is not None
    )


def _staff(session: Session, staff_id: int) -> Staff:
    s = session.get(Staff, staff_id)
    if s is None or s.role == str(Role.SYSTEM):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Akun staf tidak ditemukan"))
    return s


# --- writing ------------------------------------------------------------------------------


def setup_owner(session: Session, name: str, pin: str, *, now: dt.datetime) -> Actor:
    """First start: make the owner account (or give the pre-sign-in owner record its name
    and PIN).  Only while there is no owner with a PIN, so it cannot take over a shop."""
    if not needs_owner(session):
        raise DomainError(QT_TRANSLATE_NOOP("errors", "Akun pemilik sudah ada; masuk dengan PIN pemilik"))
    legacy = session.scalar(
        select(Staff)
        .where(Staff.role == str(Role.OWNER), Staff.active.is_(True), Staff.pin_hash.is_(None))
        .order_by(Staff.id)
        .limit(1)
    )
    clean = _check_name(session, name, legacy.id if legacy else None)
    check_new_pin(session, pin, except_id=legacy.id if legacy else None)
    if legacy is None:
        legacy = Staff(name=clean, role=str(Role.OWNER), active=True, created_at=now)
        session.add(legacy)
    legacy.name = clean
    legacy.pin_hash = hash_pin(pin)
    session.flush()
    who = actor_of(legacy)
    audit.record(session, who, "staff.owner_setup", now=now, target=Target("staff", legacy.id, clean))
    return who


@dataclass(frozen=True)
class StaffInput:
    name: str
    pin: str
    role: str = "staff"


def add_staff(session: Session, data: StaffInput, *, actor: Actor, now: dt.datetime) -> tuple[int, Changes]:
    require(
        session, actor, Permission.STAFF, action="staff.add", now=now, target=Target("staff", None, data.name)
    )
    if data.role not in (Role.OWNER, Role.STAFF):
        raise invalid("role", QT_TRANSLATE_NOOP("errors", "Peran harus pemilik atau staf"))
    _owners_only_touch_owners(session, actor, data.role, "staff.add", now, Target("staff", None, data.name))
    errors: list[FieldError] = []
    try:
        clean = _check_name(session, data.name)
    except InvalidInput as e:
        errors.extend(e.errors)
    try:
        check_new_pin(session, data.pin)
    except InvalidInput as e:
        errors.extend(e.errors)
    if errors:
        raise InvalidInput(errors)
    s = Staff(name=clean, role=data.role, active=True, created_at=now, pin_hash=hash_pin(data.pin))
    session.add(s)
    session.flush()
    audit.record(
        session,
        actor,
        "staff.add",
        now=now,
        target=Target("staff", s.id, clean),
        detail=str(rules.ROLE_LABELS[Role(data.role)]),
    )
    return s.id, Changes(settings=True)


def update_staff(
    session: Session,
    staff_id: int,
    *,
    actor: Actor,
    now: dt.datetime,
    name: str | None = None,
    role: str | None = None,
    active: bool | None = None,
) -> Changes:
    """Rename, change the role, deactivate or reactivate.  The last active owner can be
    neither demoted nor deactivated (the shop would be locked out of its own settings)."""
    s = _staff(session, staff_id)
    target = Target("staff", s.id, s.name)
    require(session, actor, Permission.STAFF, action="staff.edit", now=now, target=target)
    changes_me = active is False or (role is not None and role != s.role)
    if s.id == actor.staff_id and changes_me and _other_active_owner(session, s.id):  # else: the last owner
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors", "Akun sendiri tidak bisa dinonaktifkan atau diubah perannya; minta pemilik lain"
            )
        )
    _owners_only_touch_owners(session, actor, s.role, "staff.edit", now, target)  # an owner's account
    _owners_only_touch_owners(session, actor, role or s.role, "staff.edit", now, target)  # or making one
    changes: list[str] = []
    if name is not None:
        clean = _check_name(session, name, s.id if s.active else None)
        if clean != s.name:
            changes.append(f"nama {s.name} → {clean}")
            s.name = clean
    if role is not None and role != s.role:
        if role not in (Role.OWNER, Role.STAFF):
            raise invalid("role", QT_TRANSLATE_NOOP("errors", "Peran harus pemilik atau staf"))
        if s.role == Role.OWNER and not _other_active_owner(session, s.id):
            raise DomainError(
                QT_TRANSLATE_NOOP("errors", "Ini pemilik terakhir; tambahkan pemilik lain dulu")
            )
        changes.append(f"peran {s.role} → {role}")
        s.role = role
    if active is not None and active != s.active:
        if not active and s.role == Role.OWNER and not _other_active_owner(session, s.id):
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "errors", "Pemilik terakhir tidak bisa dinonaktifkan; tambahkan pemilik lain dulu"
                )
            )
        if active:
            # its old PIN may meanwhile belong to someone else: reactivate with a new PIN
            raise DomainError(
                QT_TRANSLATE_NOOP("errors", "Untuk mengaktifkan kembali, beri akun ini PIN baru (Reset PIN)")
            )
        changes.append("diaktifkan" if active else "dinonaktifkan")
        s.active = active
    if changes:
        audit.record(
            session,
            actor,
            "staff.edit",
            now=now,
            target=Target("staff", s.id, s.name),
            detail="; ".join(changes),
        )
    session.flush()
    return Changes(settings=True)


def reset_pin(session: Session, staff_id: int, pin: str, *, actor: Actor, now: dt.datetime) -> Changes:
    """The owner sets a new PIN for an account (a forgotten PIN); it clears the wait and
    reactivates an inactive account."""
    s = _staff(session, staff_id)
    target = Target("staff", s.id, s.name)
    require(session, actor, Permission.STAFF, action="staff.pin", now=now, target=target)
    _owners_only_touch_owners(session, actor, s.role, "staff.pin", now, target)
    if not s.active:
        try:
            _check_name(session, s.name, s.id)
        except InvalidInput as e:  # the PIN form has no name field: say it plainly
            raise DomainError(e.errors[0].template, **e.errors[0].params) from None
    check_new_pin(session, pin, except_id=s.id)
    s.pin_hash = hash_pin(pin)
    s.failed_pins, s.locked_until = 0, None
    detail = "PIN direset" if s.active else "PIN direset, akun diaktifkan kembali"
    s.active = True
    audit.record(session, actor, "staff.pin", now=now, target=Target("staff", s.id, s.name), detail=detail)
    session.flush()
    return Changes(settings=True)


def change_own_pin(
    session: Session, actor: Actor, old_pin: str, new_pin: str, *, now: dt.datetime
) -> Changes:
    """Anyone may change their own PIN by giving the current one.  A wrong current PIN, or a
    new PIN that turns out to be someone else's, counts as a wrong PIN on the account."""
    s = _staff(session, actor.staff_id)
    _waiting(s, now)
    if not pin_matches(s.pin_hash, old_pin):
        wrong = invalid("old_pin", QT_TRANSLATE_NOOP("errors", "PIN lama salah"))
        raise _counted(wrong, s.id, now, "PIN lama salah")
    try:
        check_new_pin(session, new_pin, except_id=s.id, field="new_pin")
    except PinTaken as e:
        raise _counted(e, s.id, now, "PIN baru milik akun lain") from None
    s.pin_hash = hash_pin(new_pin)
    audit.record(
        session,
        actor,
        "staff.pin",
        now=now,
        target=Target("staff", s.id, s.name),
        detail="PIN sendiri diganti",
    )
    session.flush()
    return Changes(settings=True)


def set_grants(
    session: Session, staff_id: int, grants: set[Permission], *, actor: Actor, now: dt.datetime
) -> Changes:
    """Give a staff member single owner permissions (an owner has all of them anyway)."""
    s = _staff(session, staff_id)
    require(
        session, actor, Permission.STAFF, action="staff.grants", now=now, target=Target("staff", s.id, s.name)
    )
    if s.role != Role.STAFF:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "Pemilik sudah memiliki semua izin"))
    before = rules.parse_grants(s.grants)
    after = frozenset(Permission(g) for g in grants)
    if before == after:
        return Changes()
    s.grants = rules.format_grants(after)
    added = ", ".join(sorted(rules.PERMISSION_LABELS[p] for p in after - before))
    removed = ", ".join(sorted(rules.PERMISSION_LABELS[p] for p in before - after))
    detail = "; ".join(x for x in (f"+ {added}" if added else "", f"− {removed}" if removed else "") if x)
    audit.record(session, actor, "staff.grants", now=now, target=Target("staff", s.id, s.name), detail=detail)
    session.flush()
    return Changes(settings=True)


def set_idle_minutes(session: Session, minutes: int, *, actor: Actor, now: dt.datetime) -> Changes:
    require(session, actor, Permission.STAFF, action="staff.idle", now=now, target=Target("settings"))
    if not rules.IDLE_MIN_MINUTES <= minutes <= rules.IDLE_MAX_MINUTES:
        raise invalid(
            "idle",
            QT_TRANSLATE_NOOP("errors", "Waktu kunci layar harus {lo}–{hi} menit"),
            lo=rules.IDLE_MIN_MINUTES,
            hi=rules.IDLE_MAX_MINUTES,
        )
    old = settings.get(session, "staff.idle_minutes")
    if old == minutes:
        return Changes()
    settings.put(session, "staff.idle_minutes", minutes)
    audit.record(
        session, actor, "staff.idle", now=now, target=Target("settings"), detail=f"{old} → {minutes} menit"
    )
    return Changes(settings=True)


WAIVE_MAX = 10**12


def set_waive_limit(session: Session, amount: int, *, actor: Actor, now: dt.datetime) -> Changes:
    """Up to this storage fee a staff member may waive it (with a reason); above it only the
    owner or whoever was given ``Permission.WAIVE_FEE``."""
    require(session, actor, Permission.STAFF, action="staff.waive_limit", now=now, target=Target("settings"))
    if not 0 <= amount <= WAIVE_MAX:
        raise invalid(
            "waive_limit",
            QT_TRANSLATE_NOOP("errors", "Batas pembebasan harus antara Rp0 dan {max}"),
            max=format_rupiah(WAIVE_MAX),
        )
    old = settings.get(session, "staff.waive_limit")
    if old == amount:
        return Changes()
    settings.put(session, "staff.waive_limit", amount)
    audit.record(
        session,
        actor,
        "staff.waive_limit",
        now=now,
        target=Target("settings"),
        detail=f"{format_rupiah(old)} → {format_rupiah(amount)}",
    )
    return Changes(settings=True)


def everyone(session: Session) -> list[StaffRow]:
    """Everyone the audit trail can name: people (active first), then the system record."""
    system = session.scalars(select(Staff).where(Staff.role == str(Role.SYSTEM)).order_by(Staff.id))
    return list_staff(session) + [_row(s) for s in system]


# --- signing in ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SignIn:
    """The answer to a sign-in attempt.  ``actor`` is set when it succeeded."""

    actor: Actor | None
    wait_until: dt.datetime | None = None  # must wait until then (wrong PINs)
    tries_left: int = 0  # wrong PINs still allowed before the first wait

    @property
    def ok(self) -> bool:
        return self.actor is not None


def sign_in(
    session: Session, staff_id: int, pin: str, *, now: dt.datetime, action: str = "signin.ok"
) -> SignIn:
    """Check a PIN.  Wrong PINs are counted on the account (they survive a restart); from the
    fifth one in a row the account waits a growing delay, during which no PIN is checked.
    The attempt is committed either way (the caller's transaction), so it is in the trail."""
    s = _staff(session, staff_id)
    if not s.active or not s.pin_hash:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "Akun ini tidak aktif; minta pemilik mengaktifkannya"))
    target = Target("staff", s.id, s.name)
    if s.locked_until is not None and now < s.locked_until:
        audit.record(session, actor_of(s), "signin.waiting", now=now, target=target, outcome="failed")
        return SignIn(None, s.locked_until, 0)
    if not pin_matches(s.pin_hash, pin):
        _wrong_pin(session, s, now, "PIN salah")
        return SignIn(None, s.locked_until, rules.tries_left(s.failed_pins))
    s.failed_pins, s.locked_until, s.last_sign_in = 0, None, now
    who = actor_of(s)
    audit.record(session, who, action, now=now, target=target)
    session.flush()
    return SignIn(who)


def record_lock(session: Session, actor: Actor, *, now: dt.datetime, idle: bool) -> None:
    audit.record(
        session,
        actor,
        "signin.lock",
        now=now,
        target=Target("staff", actor.staff_id, actor.name),
        detail="tidak ada aktivitas" if idle else "dikunci manual",
    )
