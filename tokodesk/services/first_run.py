"""The first start of a new shop: after the owner account is made, a short set-up — the shop
profile, the deposit and pickup policies with their defaults explained, the starter T&C to
review, the printer and paper, the backup folder — saved in one transaction as the owner.
Everything stays editable in the settings later; the set-up can also be skipped.

It is offered only to a shop that has not finished or skipped it and has no orders yet, so
a database from before this feature (with orders) never sees it, and ``--demo`` marks it
done.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tokodesk import catalogue
from tokodesk.db.models import Order
from tokodesk.domain.access import Permission
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, FieldError, InvalidInput
from tokodesk.services import audit, backup, policy, settings, shop
from tokodesk.services.access import require
from tokodesk.services.audit import Target
from tokodesk.services.context import Actor, Changes


@dataclass(frozen=True)
class SetupState:
    """What the set-up shows first: the current (default) values."""

    profile: shop.ShopProfile
    policy: policy.PolicyView
    deposit_min: int
    deposit_suggested: int
    backup: backup.BackupSettings
    language: str = "id"  # what the customer reads: notas, slips, default messages


@dataclass(frozen=True)
class SetupInput:
    profile: shop.ShopProfile
    policy: policy.PolicyInput
    deposit_min: int
    deposit_suggested: int
    backup: backup.BackupSettings
    language: str = "id"


def needs_setup(session: Session) -> bool:
    if settings.get(session, "setup.done"):
        return False
    return session.scalar(select(Order.id).limit(1)) is None


def setup_state(session: Session) -> SetupState:
    return SetupState(
        profile=shop.get_profile(session),
        policy=policy.get_policy(session),
        deposit_min=settings.get(session, "deposit.min_percent"),
        deposit_suggested=settings.get(session, "deposit.suggested_percent"),
        backup=backup.read_settings(session),
        language=settings.get(session, "shop.language"),
    )


def _check_deposit(minimum: int, suggested: int) -> None:
    errors = []
    if not 0 <= minimum <= 100:
        errors.append(FieldError("deposit_min", QT_TRANSLATE_NOOP("errors", "DP minimal harus 0–100%")))
    if not 0 <= suggested <= 100:
        errors.append(
            FieldError("deposit_suggested", QT_TRANSLATE_NOOP("errors", "DP disarankan harus 0–100%"))
        )
    elif suggested < minimum:
        errors.append(
            FieldError(
                "deposit_suggested",
                QT_TRANSLATE_NOOP("errors", "DP disarankan tidak boleh di bawah DP minimal"),
            )
        )
    if errors:
        raise InvalidInput(errors)


def complete_setup(session: Session, data: SetupInput, *, actor: Actor, now: dt.datetime) -> Changes:
    """Save every page of the set-up or nothing: each service checks its own fields, and all
    the refusals are reported together."""
    require(session, actor, Permission.SETTINGS, action="settings.setup", now=now, target=Target("settings"))
    errors: list[FieldError] = []
    try:
        _check_deposit(data.deposit_min, data.deposit_suggested)
    except InvalidInput as e:
        errors.extend(e.errors)
    try:
        policy.check_policy(data.policy)
    except InvalidInput as e:
        errors.extend(e.errors)
    if data.language not in catalogue.LANGUAGES:
        errors.append(FieldError("language", QT_TRANSLATE_NOOP("errors", "Bahasa tidak dikenal")))
    if errors:
        raise InvalidInput(errors)
    # first, so the T&C and everything printed from now on are in the shop's language
    settings.put(session, "shop.language", data.language)
    # each service checks its own fields before it writes; any refusal rolls the whole
    # transaction back (the caller's), and all of them are reported together
    for step in (
        lambda: shop.save_profile(session, data.profile, actor=actor, now=now),
        lambda: backup.save_settings(session, data.backup, actor=actor, now=now),
    ):
        try:
            step()
        except InvalidInput as e:
            errors.extend(e.errors)
    if errors:
        raise InvalidInput(errors)
    policy.save_policy(session, data.policy, actor=actor, now=now)
    # the stored pair must stay ordered after each write: raise the upper bound first
    pair = [("deposit.min_percent", data.deposit_min), ("deposit.suggested_percent", data.deposit_suggested)]
    if data.deposit_min > settings.get(session, "deposit.suggested_percent"):
        pair.reverse()
    for key, value in pair:
        settings.put(session, key, value)
    settings.put(session, "setup.done", True)
    audit.record(session, actor, "settings.setup", now=now, target=Target("settings"), detail="selesai")
    return Changes(settings=True)


def skip_setup(session: Session, *, actor: Actor, now: dt.datetime) -> Changes:
    """The owner sets the shop up later, in the settings."""
    require(session, actor, Permission.SETTINGS, action="settings.setup", now=now, target=Target("settings"))
    settings.put(session, "setup.done", True)
    audit.record(session, actor, "settings.setup", now=now, target=Target("settings"), detail="dilewati")
    return Changes(settings=True)
