"""The shop's T&C, versioned.  Saving the T&C makes a new version that also records the
policy numbers in force (deposit minimum, grace, storage fee, automatic cancellation), so
an order prints exactly the terms it was taken under, however often they change later."""

from __future__ import annotations

import datetime as dt
import re
import secrets
import string

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from tokodesk import catalogue
from tokodesk.db.models import Order, TermsVersion
from tokodesk.documents.model import Terms
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, invalid
from tokodesk.domain.money import format_rupiah
from tokodesk.domain.pickup import PickupPolicy
from tokodesk.resources import resource
from tokodesk.services import audit, settings
from tokodesk.services.audit import Target
from tokodesk.services.context import Actor, Changes

PLACEHOLDERS = {
    "toko": QT_TRANSLATE_NOOP("labels", "nama toko"),
    "dp_minimal": QT_TRANSLATE_NOOP("labels", "DP minimal, contoh 30%"),
    "masa_tenggang": QT_TRANSLATE_NOOP("labels", "hari bebas biaya simpan, contoh 2 hari"),
    "biaya_simpan": QT_TRANSLATE_NOOP("labels", "biaya simpan per hari, contoh Rp5.000"),
    "batal_otomatis": QT_TRANSLATE_NOOP("labels", "batal otomatis setelah, contoh 7 hari"),
}
MAX_TEXT = 20_000


def starter_text(language: str = "id") -> str:
    """The starter T&C in ``language`` (Indonesian unless an English one is asked for)."""
    name = f"starter_{catalogue.check_language(language)}.txt"
    return resource("terms", name).read_text(encoding="utf-8").strip()


def is_starter(text: str) -> bool:
    """Whether ``text`` is one of the starter texts as shipped (not yet the owner's own)."""
    clean = (text or "").strip()
    return any(clean == starter_text(lang) for lang in catalogue.LANGUAGES)


def policy_from_settings(session: Session) -> PickupPolicy:
    return PickupPolicy(
        grace_days=settings.get(session, "pickup.grace_days"),
        storage_fee_per_day=settings.get(session, "pickup.storage_fee_per_day"),
        storage_fee_cap=settings.get(session, "pickup.storage_fee_cap"),
        forfeit_after_days=settings.get(session, "pickup.forfeit_after_days"),
    )


def current(session: Session) -> TermsVersion | None:
    return session.scalar(select(TermsVersion).order_by(TermsVersion.number.desc()).limit(1))


def check_text(text: str) -> str:
    """The T&C text as it will be saved; refuse an empty text or an unknown placeholder."""
    clean = (text or "").strip()
    if not clean:
        raise invalid("terms", QT_TRANSLATE_NOOP("errors", "Teks syarat dan ketentuan tidak boleh kosong"))
    if len(clean) > MAX_TEXT:
        raise invalid("terms", QT_TRANSLATE_NOOP("errors", "Teks syarat dan ketentuan terlalu panjang"))
    try:
        names = {f for _, f, _, _ in string.Formatter().parse(clean) if f is not None}
    except ValueError:
        raise invalid(
            "terms",
            QT_TRANSLATE_NOOP(
                "errors", "Kurung kurawal tidak berpasangan; tulis {{ dan }} untuk kurung biasa"
            ),
        ) from None
    unknown = sorted(n for n in names if n not in PLACEHOLDERS)
    if unknown:
        raise invalid(
            "terms",
            QT_TRANSLATE_NOOP("errors", "Isian {{{name}}} tidak dikenal. Yang bisa dipakai: {known}"),
            name=unknown[0],
            known=", ".join("{" + k + "}" for k in PLACEHOLDERS),
        )
    return clean


def save_version(session: Session, text: str, *, actor: Actor, now: dt.datetime) -> tuple[int, Changes]:
    """Make a new T&C version from ``text`` and the policy settings now in force."""
    clean = check_text(text)
    policy = policy_from_settings(session)
    number = (session.scalar(select(func.max(TermsVersion.number))) or 0) + 1
    session.add(
        TermsVersion(
            number=number,
            text=clean,
            deposit_min_percent=settings.get(session, "deposit.min_percent"),
            grace_days=policy.grace_days,
            storage_fee_per_day=policy.storage_fee_per_day,
            storage_fee_cap=policy.storage_fee_cap,
            forfeit_after_days=policy.forfeit_after_days,
            created_at=now,
            staff_id=actor.staff_id,
        )
    )
    session.flush()
    audit.record(
        session, actor, "settings.terms", now=now, target=Target("settings"), detail=f"versi {number}"
    )
    return number, Changes(settings=True)


def ensure_terms(session: Session, *, actor: Actor, now: dt.datetime) -> None:
    """First run: the starter T&C becomes version 1; orders taken before versions existed
    are given it; the shop gets its own secret for the QR check."""
    if current(session) is None:
        save_version(session, starter_text(settings.get(session, "shop.language")), actor=actor, now=now)
    first = session.scalar(select(TermsVersion.id).order_by(TermsVersion.number).limit(1))
    session.execute(update(Order).where(Order.terms_version_id.is_(None)).values(terms_version_id=first))
    if not settings.get(session, "shop.qr_secret"):
        settings.put(session, "shop.qr_secret", secrets.token_hex(16))
    from tokodesk.services.chain import seal_unsealed

    seal_unsealed(session)  # records from before the chains existed, sealed once in their order


def to_terms(session: Session, version: TermsVersion) -> Terms:
    """The version as printed: placeholders filled from its own numbers."""
    policy = PickupPolicy(
        grace_days=version.grace_days,
        storage_fee_per_day=version.storage_fee_per_day,
        storage_fee_cap=version.storage_fee_cap,
        forfeit_after_days=version.forfeit_after_days,
    )
    t = catalogue.words(settings.get(session, "shop.language"))
    days = t.translate("documents", "{n} hari")
    values = {
        "toko": settings.get(session, "shop.name"),
        "dp_minimal": f"{version.deposit_min_percent}%",
        "masa_tenggang": days.format(n=version.grace_days),
        "biaya_simpan": format_rupiah(version.storage_fee_per_day),
        "batal_otomatis": days.format(n=version.forfeit_after_days),
    }
    text = version.text.format(**values)
    return Terms(version.number, re.sub(r"\n{3,}", "\n\n", text), policy, version.deposit_min_percent)
