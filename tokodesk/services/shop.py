"""The shop profile (name, address, contacts, logo), printing choices and the T&C, as the
owner edits them in one settings screen.  Saving a changed T&C text makes a new version."""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from tokodesk import catalogue
from tokodesk.db.models import Staff
from tokodesk.documents.model import PaperSize
from tokodesk.domain import qris
from tokodesk.domain.access import Permission
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, FieldError, InvalidInput
from tokodesk.domain.phone import format_phone, normalize_phone
from tokodesk.services import audit, settings, terms
from tokodesk.services.access import require
from tokodesk.services.audit import Target
from tokodesk.services.context import Actor, Changes
from tokodesk.services.printing import PrinterProblem, check_target

MAX_LOGO = 512 * 1024
IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


@dataclass(frozen=True)
class ShopProfile:
    name: str
    address: str
    phone: str
    whatsapp: str
    logo: bytes | None
    paper: str
    escpos: str
    terms_text: str
    max_attachment_mb: int = 20
    terms_version: int = 0
    terms_saved_at: dt.datetime | None = None
    terms_saved_by: str = ""
    qris: str = ""  # the static QRIS payload from the shop's sticker ("" = none)


def get_profile(session: Session) -> ShopProfile:
    raw_logo = settings.get(session, "shop.logo_png")
    version = terms.current(session)
    staff = session.get(Staff, version.staff_id) if version else None
    return ShopProfile(
        name=settings.get(session, "shop.name"),
        address=settings.get(session, "shop.address"),
        phone=settings.get(session, "shop.phone"),
        whatsapp=settings.get(session, "shop.whatsapp"),
        logo=base64.b64decode(raw_logo) if raw_logo else None,
        paper=settings.get(session, "document.paper"),
        escpos=settings.get(session, "printer.escpos"),
        terms_text=version.text if version else terms.starter_text(),
        max_attachment_mb=settings.get(session, "log.max_attachment_mb"),
        terms_version=version.number if version else 0,
        terms_saved_at=version.created_at if version else None,
        terms_saved_by=staff.name if staff else "",
        qris=settings.get(session, "shop.qris"),
    )


def _phone(text: str, field: str, errors: list[FieldError]) -> str:
    if not text.strip():
        return ""
    try:
        return format_phone(normalize_phone(text, field=field))
    except InvalidInput as e:
        errors.extend(e.errors)
        return text


def save_profile(
    session: Session, p: ShopProfile, *, actor: Actor, now: dt.datetime
) -> tuple[int | None, Changes]:
    """Save everything or nothing; returns the new T&C version number if the text changed."""
    require(session, actor, Permission.SETTINGS, action="settings.shop", now=now, target=Target("settings"))
    errors: list[FieldError] = []
    name = " ".join(p.name.split())
    if not name:
        errors.append(FieldError("name", QT_TRANSLATE_NOOP("errors", "Nama toko wajib diisi")))
    elif len(name) > 80:
        errors.append(
            FieldError("name", QT_TRANSLATE_NOOP("errors", "Nama toko terlalu panjang (maksimal 80 huruf)"))
        )
    phone = _phone(p.phone, "phone", errors)
    whatsapp = _phone(p.whatsapp, "whatsapp", errors)
    if p.logo is not None:
        if len(p.logo) > MAX_LOGO:
            errors.append(
                FieldError("logo", QT_TRANSLATE_NOOP("errors", "Logo terlalu besar (maksimal 512 KB)"))
            )
        elif not p.logo.startswith(IMAGE_MAGIC):
            errors.append(FieldError("logo", QT_TRANSLATE_NOOP("errors", "Logo harus gambar PNG atau JPEG")))
    if p.paper not in {s.value for s in PaperSize}:
        errors.append(FieldError("paper", QT_TRANSLATE_NOOP("errors", "Ukuran kertas tidak dikenal")))
    if not 1 <= p.max_attachment_mb <= 500:
        errors.append(
            FieldError(
                "max_attachment_mb", QT_TRANSLATE_NOOP("errors", "Batas lampiran harus 1 sampai 500 MB")
            )
        )
    escpos = p.escpos.strip()
    if escpos:
        try:
            check_target(escpos)
        except PrinterProblem as e:
            errors.append(FieldError("escpos", e.template, e.params))
    # pasted text may carry line breaks (never part of a payload) or spaces at the ends
    payload = p.qris.replace("\r", "").replace("\n", "").strip()
    if payload:
        try:
            payload = qris.read_static(payload).payload
        except qris.QrisError as e:
            errors.append(FieldError("qris", e.template, e.params))
    text = None
    current = terms.current(session)
    if current is None or p.terms_text.strip() != current.text.strip():
        try:
            text = terms.check_text(p.terms_text)
        except InvalidInput as e:
            errors.extend(e.errors)
    if errors:
        raise InvalidInput(errors)
    changed = settings.put_all(
        session,
        {
            "shop.name": name,
            "shop.address": p.address.strip(),
            "shop.phone": phone,
            "shop.whatsapp": whatsapp,
            "shop.logo_png": base64.b64encode(p.logo).decode() if p.logo else "",
            "document.paper": p.paper,
            "printer.escpos": escpos,
            "log.max_attachment_mb": p.max_attachment_mb,
            "shop.qris": payload,
        },
    )
    if changed:
        audit.record(
            session,
            actor,
            "settings.shop",
            now=now,
            target=Target("settings"),
            detail=settings.changed_words(changed),
        )
    number = None
    if text is not None:
        number, _ = terms.save_version(session, text, actor=actor, now=now)
    return number, Changes(settings=True)


@dataclass(frozen=True)
class LanguageChange:
    language: str
    terms_version: int | None  # the new T&C version when the starter text followed the language


def save_language(
    session: Session, language: str, *, actor: Actor, now: dt.datetime
) -> tuple[LanguageChange, Changes]:
    """The language of what the customer reads (notas, slips, default messages).  T&C still
    exactly as shipped follow it (a new version with the starter text in that language); the
    owner's own T&C text is never touched."""
    require(
        session, actor, Permission.SETTINGS, action="settings.language", now=now, target=Target("settings")
    )
    if language not in catalogue.LANGUAGES:
        raise InvalidInput([FieldError("language", QT_TRANSLATE_NOOP("errors", "Bahasa tidak dikenal"))])
    if settings.get(session, "shop.language") == language:
        return LanguageChange(language, None), Changes()
    settings.put(session, "shop.language", language)
    version = None
    current = terms.current(session)
    starter = terms.starter_text(language)
    if current is not None and terms.is_starter(current.text) and current.text.strip() != starter:
        version, _ = terms.save_version(session, starter, actor=actor, now=now)
    audit.record(session, actor, "settings.language", now=now, target=Target("settings"), detail=language)
    return LanguageChange(language, version), Changes(settings=True)
