"""The owner's message templates: one per event (``domain.messages.MessageKind``), stored as
settings (``template.<kind>``; a kind never edited reads as its Indonesian default).  A
template with an unknown placeholder or an unpaired brace is refused, so a message never
goes out with ``{typo}`` in it.  ``sample_values`` fills a preview with a realistic sample
order, never a real customer's."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from tokodesk import catalogue
from tokodesk.catalogue import Words
from tokodesk.db.models import Setting
from tokodesk.domain import messages, timeline
from tokodesk.domain.access import Permission
from tokodesk.domain.dates import format_date
from tokodesk.domain.messages import MessageKind
from tokodesk.domain.money import format_rupiah
from tokodesk.domain.orders import format_order_code
from tokodesk.domain.pickup import PickupPolicy
from tokodesk.services import audit, settings, terms
from tokodesk.services.access import require
from tokodesk.services.audit import Target
from tokodesk.services.context import Actor, Changes
from tokodesk.services.policy import stored_offsets

SAMPLE_PICKUP_DAYS = 3  # the sample order was ready today and is to be collected in 3 days
SAMPLE_NAME = "Rina Wulandari"
SAMPLE_NUMBER = 42
SAMPLE_ITEMS = "2× Kaos sablon custom, 1× Tumbler grafir"
SAMPLE_TOTAL = 350_000
SAMPLE_DEPOSIT = 175_000
SAMPLE_COURIER = "JNE REG"
SAMPLE_TRACKING = "CGK1234567890"
SAMPLE_ADDRESS = "Jl. Melati No. 12, Bandung"
SAMPLE_DELIVERY_FEE = 15_000
SAMPLE_PACKING_FEE = 5_000
_PAID_IN_FULL = frozenset(
    {
        MessageKind.PAYMENT_RECEIVED,
        MessageKind.HANDED_OVER,
        MessageKind.SHIPPED,
        MessageKind.DELIVERED,
        MessageKind.FEEDBACK_REQUEST,
    }
)


def _key(kind: MessageKind) -> str:
    return f"template.{MessageKind(kind)}"


def shop_language(session: Session) -> str:
    """The language the customer reads: notas, slips and messages (``shop.language``)."""
    return settings.get(session, "shop.language")


def shop_words(session: Session) -> Words:
    return catalogue.words(shop_language(session))


def default_template(session: Session, kind: MessageKind) -> str:
    """The default text of ``kind`` in the shop's language."""
    return shop_words(session).translate("templates", messages.DEFAULTS[MessageKind(kind)])


def defaults(session: Session) -> dict[MessageKind, str]:
    t = shop_words(session)
    return {kind: t.translate("templates", messages.DEFAULTS[kind]) for kind in MessageKind}


def template_text(session: Session, kind: MessageKind) -> str:
    """The template of ``kind`` as it will be used: the owner's own text, or the default in
    the shop's language where the owner changed nothing."""
    if session.get(Setting, _key(kind)) is None:
        return default_template(session, kind)
    return settings.get(session, _key(kind))


def templates(session: Session) -> dict[MessageKind, str]:
    """Every kind's template as it will be used (the default where the owner changed nothing)."""
    return {kind: template_text(session, kind) for kind in MessageKind}


def save_template(
    session: Session, kind: MessageKind, text: str, *, actor: Actor, now: dt.datetime
) -> Changes:
    """Save the owner's text for ``kind``; refused (nothing written) when it has an unknown
    placeholder, an unpaired brace, or is empty or too long."""
    require(
        session, actor, Permission.SETTINGS, action="settings.template", now=now, target=Target("settings")
    )
    clean = messages.check_template(text)
    if settings.put_all(session, {_key(kind): clean}):
        audit.record(
            session, actor, "settings.template", now=now, target=Target("settings"), detail=str(kind)
        )
    return Changes(settings=True)


def reset_template(session: Session, kind: MessageKind, *, actor: Actor, now: dt.datetime) -> Changes:
    """Back to the default text: the stored text is removed, so the kind follows the default."""
    require(
        session, actor, Permission.SETTINGS, action="settings.template", now=now, target=Target("settings")
    )
    row = session.get(Setting, _key(kind))
    if row is not None:
        session.delete(row)
        session.flush()
        audit.record(
            session, actor, "settings.template", now=now, target=Target("settings"), detail=f"{kind}: bawaan"
        )
    return Changes(settings=True)


def _message_day(
    kind: MessageKind | None, day: dt.date, pickup: dt.date, policy: PickupPolicy, offsets: tuple[int, ...]
) -> dt.date:
    """The day a message of ``kind`` would go out for the sample order."""
    early = sorted(n for n in offsets if n >= 2)
    n = 2 if not early or 2 in early else early[0]
    return {
        MessageKind.REMIND_EARLY: pickup - dt.timedelta(days=n),
        MessageKind.REMIND_DAY_BEFORE: pickup - dt.timedelta(days=1),
        MessageKind.LAST_FREE_DAY: policy.last_free_day(pickup),
        MessageKind.FEE_STARTED: policy.fee_starts(pickup),
        MessageKind.FINAL_NOTICE: policy.forfeit_on(pickup) - dt.timedelta(days=1),
        MessageKind.FORFEITED: policy.forfeit_on(pickup),
        MessageKind.PAYMENT_RECEIVED: pickup,
        MessageKind.HANDED_OVER: pickup,
        MessageKind.SHIPPED: pickup,
        MessageKind.DELIVERED: pickup + dt.timedelta(days=2),
        MessageKind.FEEDBACK_REQUEST: pickup + dt.timedelta(days=1),
    }.get(kind, day)


def sample_values(session: Session, day: dt.date, kind: MessageKind | None = None) -> dict[str, str]:
    """Placeholder values for a preview: a sample order (Rina Wulandari, ready on ``day``,
    pickup ``day`` + 3) under the shop's own name and the policy numbers set now, as of the
    day a message of ``kind`` would be sent."""
    policy = terms.policy_from_settings(session)
    lang = shop_language(session)
    t = catalogue.words(lang)
    offsets = stored_offsets(session)
    pickup = day + dt.timedelta(days=SAMPLE_PICKUP_DAYS)
    on = _message_day(kind, day, pickup, policy, offsets)
    fee = policy.storage_fee(pickup, on)
    paid = SAMPLE_TOTAL + fee if kind in _PAID_IN_FULL else SAMPLE_DEPOSIT
    last_payment = SAMPLE_TOTAL - SAMPLE_DEPOSIT + fee if kind in _PAID_IN_FULL else SAMPLE_DEPOSIT
    return {
        "nama": SAMPLE_NAME,
        "kode": format_order_code(settings.get(session, "shop.order_prefix"), day, SAMPLE_NUMBER),
        "barang": SAMPLE_ITEMS,
        "total": format_rupiah(SAMPLE_TOTAL),
        "dibayar": format_rupiah(paid),
        "sisa": format_rupiah(max(0, SAMPLE_TOTAL + fee - paid)),
        "jumlah": format_rupiah(last_payment),
        "tanggal_ambil": format_date(pickup, lang),
        "kapan": timeline.when_words(pickup, on, lambda x: t.translate("templates", x)),
        "hari_terakhir": format_date(policy.last_free_day(pickup), lang),
        "tarif_simpan": format_rupiah(policy.storage_fee_per_day),
        "biaya_simpan": format_rupiah(fee),
        "tanggal_batal": format_date(policy.forfeit_on(pickup), lang),
        "kurir": SAMPLE_COURIER,
        "resi": SAMPLE_TRACKING,
        "alamat_kirim": SAMPLE_ADDRESS,
        "ongkir": format_rupiah(SAMPLE_DELIVERY_FEE),
        "biaya_kemas": format_rupiah(SAMPLE_PACKING_FEE),
        "tiba": format_date(on + dt.timedelta(days=1), lang),
        "total_bayar": format_rupiah(
            max(0, SAMPLE_TOTAL - paid) + fee + SAMPLE_DELIVERY_FEE + SAMPLE_PACKING_FEE
        ),
        "toko": settings.get(session, "shop.name"),
        "telepon_toko": settings.get(session, "shop.whatsapp") or settings.get(session, "shop.phone"),
        "alamat_toko": settings.get(session, "shop.address"),
    }


def preview(session: Session, kind: MessageKind, text: str, day: dt.date) -> str:
    """``text`` (checked) filled in for the sample order."""
    return messages.render(messages.check_template(text), sample_values(session, day, kind))
