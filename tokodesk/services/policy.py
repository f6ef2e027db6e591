"""The owner's pickup policy: free days after the pickup date, the storage fee and its cap,
the automatic cancellation, the reminder days before pickup and the default pickup date.

The T&C carry the pickup numbers (``services.terms``): saving changed numbers makes a new
T&C version with the current text, so new orders print and follow the new numbers while an
order already taken keeps the version (and the numbers) the customer agreed to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from tokodesk.domain import timeline
from tokodesk.domain.access import Permission
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, FieldError, InvalidInput
from tokodesk.domain.money import format_rupiah
from tokodesk.domain.pickup import PickupPolicy
from tokodesk.services import audit, settings, terms
from tokodesk.services.access import require
from tokodesk.services.audit import Target
from tokodesk.services.context import Actor, Changes

# Field name → (setting, message when negative, message when too large).  The upper bounds
# are the declared ones (``settings.DECLARED``), so a value accepted here is always stored.
_NUMBERS: dict[str, tuple[str, str, str]] = {
    "grace_days": (
        "pickup.grace_days",
        QT_TRANSLATE_NOOP("errors", "Hari bebas biaya simpan tidak boleh negatif"),
        QT_TRANSLATE_NOOP("errors", "Hari bebas biaya simpan paling banyak {max} hari"),
    ),
    "storage_fee_per_day": (
        "pickup.storage_fee_per_day",
        QT_TRANSLATE_NOOP("errors", "Biaya simpan per hari tidak boleh negatif"),
        QT_TRANSLATE_NOOP("errors", "Biaya simpan per hari paling banyak {max}"),
    ),
    "storage_fee_cap": (
        "pickup.storage_fee_cap",
        QT_TRANSLATE_NOOP("errors", "Batas total biaya simpan tidak boleh negatif (isi 0 bila tanpa batas)"),
        QT_TRANSLATE_NOOP("errors", "Batas total biaya simpan paling banyak {max}"),
    ),
    "forfeit_after_days": (
        "pickup.forfeit_after_days",
        QT_TRANSLATE_NOOP("errors", "Batal otomatis tidak boleh negatif"),
        QT_TRANSLATE_NOOP("errors", "Batal otomatis paling lambat {max} hari setelah tanggal ambil"),
    ),
    "default_days": (
        "pickup.default_days",
        QT_TRANSLATE_NOOP("errors", "Tanggal ambil bawaan tidak boleh negatif"),
        QT_TRANSLATE_NOOP("errors", "Tanggal ambil bawaan paling lambat hari ini + {max} hari"),
    ),
}
_MONEY = frozenset({"storage_fee_per_day", "storage_fee_cap"})


@dataclass(frozen=True)
class PolicyView:
    """The policy settings as the owner's screen shows them."""

    grace_days: int
    storage_fee_per_day: int
    storage_fee_cap: int
    forfeit_after_days: int
    offsets_text: str
    default_days: int
    terms_version: int  # the T&C version in force (0 before the first)

    @property
    def policy(self) -> PickupPolicy:
        return PickupPolicy(
            grace_days=self.grace_days,
            storage_fee_per_day=self.storage_fee_per_day,
            storage_fee_cap=self.storage_fee_cap,
            forfeit_after_days=self.forfeit_after_days,
        )

    @property
    def offsets(self) -> tuple[int, ...]:
        return timeline.parse_offsets(self.offsets_text)


@dataclass(frozen=True)
class PolicyInput:
    grace_days: int
    storage_fee_per_day: int  # rupiah
    storage_fee_cap: int  # rupiah; 0 = no cap
    forfeit_after_days: int
    offsets_text: str  # "2,1"
    default_days: int


def get_policy(session: Session) -> PolicyView:
    version = terms.current(session)
    return PolicyView(
        grace_days=settings.get(session, "pickup.grace_days"),
        storage_fee_per_day=settings.get(session, "pickup.storage_fee_per_day"),
        storage_fee_cap=settings.get(session, "pickup.storage_fee_cap"),
        forfeit_after_days=settings.get(session, "pickup.forfeit_after_days"),
        offsets_text=timeline.format_offsets(stored_offsets(session)),
        default_days=settings.get(session, "pickup.default_days"),
        terms_version=version.number if version else 0,
    )


def stored_offsets(session: Session) -> tuple[int, ...]:
    """The reminder days before pickup in force (the default if the stored text is unusable)."""
    try:
        return timeline.parse_offsets(settings.get(session, "reminder.offsets"))
    except InvalidInput:  # a value from an older version that no longer parses
        return timeline.parse_offsets(settings.DECLARED["reminder.offsets"].default)


def check_policy(data: PolicyInput) -> tuple[PickupPolicy, tuple[int, ...]]:
    """The policy and reminder offsets ``data`` stands for; every problem at once otherwise.
    Pure (no database): the owner's screen calls it as they type."""
    errors: list[FieldError] = []
    for name, (key, negative, too_big) in _NUMBERS.items():
        value = getattr(data, name)
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"{name} must be int, got {type(value).__name__}")
        top = settings.DECLARED[key].maximum
        if value < 0:
            errors.append(FieldError(name, negative))
        elif top is not None and value > top:
            errors.append(FieldError(name, too_big, {"max": format_rupiah(top) if name in _MONEY else top}))
    bad = {e.field for e in errors}
    if not bad & {"grace_days", "forfeit_after_days"} and data.forfeit_after_days <= data.grace_days:
        errors.append(
            FieldError(
                "forfeit_after_days",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Batal otomatis harus sesudah masa bebas biaya: lebih dari {grace} hari setelah "
                    "tanggal ambil",
                ),
                {"grace": data.grace_days},
            )
        )
    if (
        not bad & _MONEY
        and data.storage_fee_cap
        and data.storage_fee_per_day
        and data.storage_fee_cap < data.storage_fee_per_day
    ):
        errors.append(
            FieldError(
                "storage_fee_cap",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Batas total biaya simpan tidak boleh kurang dari biaya satu hari ({fee}); isi 0 "
                    "bila tanpa batas",
                ),
                {"fee": format_rupiah(data.storage_fee_per_day)},
            )
        )
    offsets: tuple[int, ...] = ()
    try:
        offsets = timeline.parse_offsets(data.offsets_text)
    except InvalidInput as e:
        errors.extend(e.errors)
    if errors:
        raise InvalidInput(errors)
    policy = PickupPolicy(
        grace_days=data.grace_days,
        storage_fee_per_day=data.storage_fee_per_day,
        storage_fee_cap=data.storage_fee_cap,
        forfeit_after_days=data.forfeit_after_days,
    )
    return policy, offsets


def _carried(policy: PickupPolicy) -> tuple[int, int, int, int]:
    return (policy.grace_days, policy.storage_fee_per_day, policy.storage_fee_cap, policy.forfeit_after_days)


def save_policy(
    session: Session, data: PolicyInput, *, actor: Actor, now: dt.datetime
) -> tuple[int | None, Changes]:
    """Save all the numbers or none.  Returns the number of the new T&C version made because
    the pickup numbers differ from the ones the T&C in force carry, or None (only the
    reminder days or the default pickup date changed, or nothing did)."""
    require(session, actor, Permission.SETTINGS, action="settings.policy", now=now, target=Target("settings"))
    policy, offsets = check_policy(data)
    changed = settings.put_all(
        session,
        {
            "pickup.grace_days": policy.grace_days,
            "pickup.storage_fee_per_day": policy.storage_fee_per_day,
            "pickup.storage_fee_cap": policy.storage_fee_cap,
            "pickup.forfeit_after_days": policy.forfeit_after_days,
            "reminder.offsets": timeline.format_offsets(offsets),
            "pickup.default_days": data.default_days,
        },
    )
    if changed:
        audit.record(
            session,
            actor,
            "settings.policy",
            now=now,
            target=Target("settings"),
            detail=settings.changed_words(changed),
        )
    current = terms.current(session)
    if current is not None and _carried(terms.policy_from_settings(session)) == (
        current.grace_days,
        current.storage_fee_per_day,
        current.storage_fee_cap,
        current.forfeit_after_days,
    ):
        return None, Changes(settings=True)
    text = current.text if current is not None else terms.starter_text()
    number, _ = terms.save_version(session, text, actor=actor, now=now)
    return number, Changes(settings=True)
