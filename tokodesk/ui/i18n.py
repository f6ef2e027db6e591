"""Translation glue: Qt translators for our strings and Qt's own (so standard buttons are
Indonesian too), and rendering of domain messages, which carry Indonesian templates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from tokodesk.domain import dates, errors, orders
from tokodesk.domain.ledger import EntryKind, PaymentMethod
from tokodesk.domain.log import CHANNEL_LABELS, DIRECTION_LABELS, Channel, Direction
from tokodesk.resources import resources_dir

RESOURCES = resources_dir()


LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}


def _settings() -> QSettings:
    # per PC and per person (the Windows registry, ~/.config on Linux): the database is the
    # shop's, shared by every counter, while the language is the reader's
    return QSettings("TokoDesk", "TokoDesk")


def chosen_language() -> str:
    """The interface language chosen on this PC (Indonesian unless English was chosen)."""
    value = str(_settings().value("language", "id"))
    return value if value in LANGUAGES else "id"


def choose_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    s = _settings()
    s.setValue("language", language)
    s.sync()


def install_translators(app, language: str = "id") -> list[QTranslator]:
    """Load Qt's own translations and ours for ``language``; keep the returned objects alive.
    Dates on screen follow it too (``22 May 2026 14:05``)."""
    dates.set_language(language)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Indonesian if language == "id" else QLocale.Language.English,
            QLocale.Country.Indonesia,
        )
    )
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (f"tokodesk_{language}", str(RESOURCES / "i18n"))):
        tr = QTranslator(app)
        if tr.load(name, folder):
            app.installTranslator(tr)
            loaded.append(tr)
    return loaded


def translate_document(template: str) -> str:
    """A document sentence's template (context «documents») in the reader's language."""
    return QCoreApplication.translate("documents", template)


def error_text(err: Exception) -> str:
    """The user-facing text of an error: domain messages translated, field errors one a line."""
    if isinstance(err, errors.InvalidInput):
        return "\n".join(field_error_text(e) for e in err.errors)
    if isinstance(err, errors.DomainError):
        template = QCoreApplication.translate(errors.CTX, err.template)
        return template.format(**err.params) if err.params else template
    from sqlalchemy.exc import SQLAlchemyError

    if isinstance(err, SQLAlchemyError | OSError):
        from tokodesk.services.database import db_problem

        return QCoreApplication.translate(
            "errors", "Tidak tersimpan; data yang sudah tersimpan aman. Sebabnya: {reason}"
        ).format(reason=db_problem(err))
    return QCoreApplication.translate(
        "errors", "Terjadi kesalahan yang tidak terduga; data yang sudah tersimpan aman. Rincian: {detail}"
    ).format(detail=f"{type(err).__name__}: {err}")


def field_error_text(e: errors.FieldError) -> str:
    template = QCoreApplication.translate(errors.CTX, e.template)
    return template.format(**e.params) if e.params else template


def verdict_text(template: str, params: dict) -> str:
    t = QCoreApplication.translate(errors.CTX, template)
    return t.format(**params) if params else t


def status_label(status: orders.OrderStatus) -> str:
    return QCoreApplication.translate(orders.LABELS, orders.STATUS_LABELS[status])


def fulfilment_label(f: orders.Fulfilment) -> str:
    return QCoreApplication.translate(orders.LABELS, orders.FULFILMENT_LABELS[f])


def method_label(m: PaymentMethod | str | None) -> str:
    if not m:
        return ""
    return {
        PaymentMethod.CASH: QCoreApplication.translate("labels", "Tunai"),
        PaymentMethod.TRANSFER: QCoreApplication.translate("labels", "Transfer bank"),
        PaymentMethod.QRIS: QCoreApplication.translate("labels", "QRIS"),
        PaymentMethod.COD: QCoreApplication.translate("labels", "COD"),
        PaymentMethod.CHEQUE: QCoreApplication.translate("labels", "Cek / giro"),
    }[PaymentMethod(m)]


def entry_label(kind: EntryKind) -> str:
    return {
        EntryKind.DEPOSIT: QCoreApplication.translate("labels", "DP (uang muka)"),
        EntryKind.PAYMENT: QCoreApplication.translate("labels", "Pembayaran"),
        EntryKind.REFUND: QCoreApplication.translate("labels", "Pengembalian dana"),
        EntryKind.STORAGE_FEE: QCoreApplication.translate("labels", "Biaya penyimpanan"),
        EntryKind.DELIVERY_FEE: QCoreApplication.translate("labels", "Ongkos kirim"),
        EntryKind.OTHER_CHARGE: QCoreApplication.translate("labels", "Biaya lain"),
        EntryKind.FORFEIT: QCoreApplication.translate("labels", "DP hangus (ditahan toko)"),
        EntryKind.CLEARANCE: QCoreApplication.translate("labels", "Dana cair"),
        EntryKind.BOUNCE: QCoreApplication.translate("labels", "Dana tidak masuk (ditolak)"),
        EntryKind.ALLOWANCE: QCoreApplication.translate("labels", "Potongan (kompensasi)"),
    }[kind]


def standing_label(standing: str) -> str:
    return {
        "normal": QCoreApplication.translate("labels", "Normal"),
        "questionable": QCoreApplication.translate("labels", "Perlu diwaspadai"),
        "blacklisted": QCoreApplication.translate("labels", "Daftar hitam"),
    }.get(standing, standing)


def channel_label(c: Channel | str) -> str:
    """The shop's word for a log channel (WhatsApp, Telepon …)."""
    return QCoreApplication.translate("labels", CHANNEL_LABELS[Channel(c)])


def direction_label(d: Direction | str) -> str:
    """Who spoke: from the customer, to the customer, or an internal note."""
    return QCoreApplication.translate("labels", DIRECTION_LABELS[Direction(d)])


def translate_label(text: str) -> str:
    """A ``QT_TRANSLATE_NOOP("labels", …)`` text from the domain or services, translated."""
    return QCoreApplication.translate("labels", text)
