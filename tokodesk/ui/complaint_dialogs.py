"""The small forms of a complaint case and of feedback: a message to send (the guideline's
reply, the feedback request) with WhatsApp and «Sudah terkirim», the finding, declining, the
resolve form, picking evidence from the customer's log, the owner's guidelines, and the
customer's rating.

Every form saves with Ctrl+S and cancels with Esc; a refusal is shown inside the form next to
the fields it names, and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tokodesk.domain import complaints as rules
from tokodesk.domain.complaints import ComplaintType, Finding, Resolution
from tokodesk.domain.dates import format_datetime
from tokodesk.domain.errors import InvalidInput
from tokodesk.domain.ledger import PaymentMethod
from tokodesk.domain.log import Channel
from tokodesk.domain.messages import PLACEHOLDERS
from tokodesk.domain.money import format_rupiah
from tokodesk.domain.shipping import COURIER_LABELS, Courier
from tokodesk.services import complaints as complaint_service
from tokodesk.services import feedback as feedback_service
from tokodesk.services import log as log_service
from tokodesk.services import notify
from tokodesk.services import shipping as ship
from tokodesk.ui import agenda, i18n, widgets
from tokodesk.ui.signals import emit
from tokodesk.ui.widgets import ErrorLabel, MoneyEdit

ROLE = Qt.ItemDataRole.UserRole + 1
HELP_STYLE = "color: #546e7a;"
NOTICE_STYLE = "color: #1b5e20;"


def open_url(url: str) -> bool:
    """Hand a link to the desktop (tests replace this)."""
    return agenda.open_url(url)


def type_label(k: ComplaintType | str) -> str:
    return i18n.translate_label(rules.TYPE_LABELS[ComplaintType(k)])


def status_label(s) -> str:
    return i18n.translate_label(rules.STATUS_LABELS[rules.CaseStatus(s)])


def finding_label(f: Finding | str) -> str:
    return i18n.translate_label(rules.FINDING_LABELS[Finding(f)])


def resolution_label(r: Resolution | str | None) -> str:
    return i18n.translate_label(rules.RESOLUTION_LABELS[Resolution(r)]) if r else ""


def text_edit(name: str, height: int = 90) -> QPlainTextEdit:
    """A multi-line field where Tab moves on (as in every other field)."""
    e = QPlainTextEdit()
    e.setObjectName(name)
    e.setTabChangesFocus(True)
    e.setMinimumHeight(height)
    return e


def finding_combo(findings=tuple(Finding)) -> QComboBox:
    c = QComboBox()
    c.setObjectName("finding")
    for f in findings:
        c.addItem(finding_label(f), f)
    return c


def entry_text(e) -> str:
    """One line of a log entry for a list: when, channel, who spoke, the start of the text."""
    first = " ".join(e.text.split())
    if len(first) > 90:
        first = first[:89] + "…"
    clip = f" 📎{len(e.attachments)}" if getattr(e, "attachments", None) else ""
    return (
        f"{format_datetime(e.happened_at)} · {i18n.channel_label(e.channel)} · "
        f"{i18n.direction_label(e.direction)}{clip}: {first}"
    )


def _money_or(edit: MoneyEdit, empty: int | None = 0) -> int | None:
    return edit.value() if edit.text().strip() else empty


# ---------------------------------------------------------------------------- a message to send


class MessageDialog(QDialog):
    """A message to the customer, composed from a template and editable: «Buka WhatsApp»
    opens wa.me with the text; «Sudah terkirim» (Ctrl+S) logs it as sent.

    ``compose(session)`` returns ``(text, whatsapp)``; ``record(text, channel, actor, now)``
    returns the write job.

    Signals:
        sent(object): what the write returned.
    """

    sent = Signal(object)

    def __init__(
        self,
        runner,
        title: str,
        intro: str,
        compose: Callable,
        record: Callable,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.record = record
        self.whatsapp = ""
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.text = text_edit("message_text", 150)
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for c in Channel:
            self.channel.addItem(i18n.channel_label(c), c)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.wa_button = QPushButton(self.tr("Buka &WhatsApp"))
        self.wa_button.setObjectName("whatsapp_button")
        self.wa_button.setAutoDefault(False)
        self.wa_button.clicked.connect(self.open_whatsapp)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Sudah terkirim (Ctrl+S)"), self.tr("&Batal"), self.save
        )
        form = QFormLayout()
        form.addRow(self.tr("&Pesan"), self.text)
        row = QHBoxLayout()
        row.addWidget(self.channel, 1)
        row.addWidget(self.wa_button)
        label = QLabel(self.tr("&Lewat"))
        label.setBuddy(self.channel)
        form.addRow(label, row)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(form)
        lay.addWidget(self.notice)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)
        self.save_button.setEnabled(False)  # until the text has arrived
        self.text.setFocus()
        runner.read(compose, on_done=self._composed, on_error=self._failed, owner=self)

    def _composed(self, result) -> None:
        text, self.whatsapp = result
        self.text.setPlainText(text)
        self.save_button.setEnabled(True)
        self._channel_changed()

    def _failed(self, err: Exception) -> None:
        self.save_button.setEnabled(self.text.toPlainText().strip() != "")
        widgets.show_errors(err, self.errors, {"text": self.text})

    def _channel_changed(self) -> None:
        self.wa_button.setEnabled(self.channel.currentData() == Channel.WHATSAPP and bool(self.whatsapp))

    def open_whatsapp(self) -> None:
        if not self.whatsapp:
            self.errors.show_message(self.tr("Pelanggan ini tidak punya nomor WhatsApp."))
            return
        if not open_url(notify.wa_me_url(self.whatsapp, self.text.toPlainText())):
            self.errors.show_message(
                self.tr("WhatsApp atau peramban tidak bisa dibuka. Salin teksnya dan kirim manual.")
            )
            return
        self.notice.setText(self.tr("WhatsApp dibuka. Setelah pesan terkirim, tekan «Sudah terkirim»."))
        self.save_button.setFocus()

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        text, channel = self.text.toPlainText(), Channel(self.channel.currentData())
        actor, now = self.runner.actor, self.runner.now()
        self.save_button.setEnabled(False)

        def failed(err: Exception) -> None:
            self.save_button.setEnabled(True)
            widgets.show_errors(err, self.errors, {"text": self.text})

        def done(result) -> None:
            emit(self.sent, result)
            self.accept()

        self.runner.run(self.record(text, channel, actor, now), on_done=done, on_error=failed, owner=self)


class ReplyDialog(MessageDialog):
    """The guideline's first reply for a case (the first one sent is the case's first response)."""

    def __init__(self, runner, view, parent: QWidget | None = None) -> None:
        cid, cust, day = view.id, view.customer_id, runner.now().astimezone().date()

        def compose(s):
            from tokodesk.services import customers

            c = customers.get_customer(s, cust)
            return complaint_service.compose_reply(s, cid, day), c.whatsapp or c.phone

        def record(text, channel, actor, now):
            return lambda s: complaint_service.record_reply(s, cid, channel, text, actor=actor, now=now)

        super().__init__(runner, "", "", compose, record, parent)
        self.setWindowTitle(self.tr("Tanggapi keluhan #{id}").format(id=view.id))
        self.intro.setText(
            self.tr(
                "Balasan dari panduan untuk <b>{name}</b>; ubah seperlunya. Balasan pertama dicatat sebagai "
                "waktu tanggapan."
            ).format(name=view.customer_name)
        )


class FeedbackRequestDialog(MessageDialog):
    """The feedback request for a finished order, from the owner's template."""

    def __init__(self, runner, order_id: int, code: str, parent: QWidget | None = None) -> None:
        day = runner.now().astimezone().date()

        def compose(s):
            msg = feedback_service.compose_request(s, order_id, day)
            return msg.text, msg.whatsapp

        def record(text, channel, actor, now):
            return lambda s: feedback_service.record_request(s, order_id, channel, text, actor=actor, now=now)

        super().__init__(runner, "", "", compose, record, parent)
        self.setWindowTitle(self.tr("Minta ulasan — {code}").format(code=code))
        self.intro.setText(
            self.tr("Permintaan ulasan dari templat; ubah seperlunya, kirim, lalu tandai «Sudah terkirim».")
        )


# ---------------------------------------------------------------------------- finding, decline


class FindingDialog(QDialog):
    """Whose error it was, after checking (the case stays open)."""

    def __init__(self, runner, view, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.view = view
        self.setWindowTitle(self.tr("Temuan — keluhan #{id}").format(id=view.id))
        self.setMinimumWidth(440)
        self.finding = finding_combo()
        self.finding.setCurrentIndex(max(self.finding.findData(view.finding), 0))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("contoh: foto paket saat dikirim lengkap"))
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Simpan temuan (Ctrl+S)"), self.tr("&Batal"), self.save, enter_saves=True
        )
        form = QFormLayout()
        form.addRow(self.tr("&Temuan"), self.finding)
        form.addRow(self.tr("&Catatan"), self.note)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)
        self.finding.setFocus()

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        cid, finding, note = self.view.id, Finding(self.finding.currentData()), self.note.text()
        _write(
            self,
            lambda s, actor, now: complaint_service.set_finding(s, cid, finding, note, actor=actor, now=now),
            {"finding": self.finding, "note": self.note},
        )


class DeclineDialog(QDialog):
    """Close the case without a remedy: the finding (not the shop's error) and the reason."""

    def __init__(self, runner, view, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.view = view
        self.setWindowTitle(self.tr("Tolak keluhan #{id}").format(id=view.id))
        self.setMinimumWidth(480)
        self.finding = finding_combo((Finding.CUSTOMER, Finding.COURIER, Finding.NOT_PROVEN))
        self.finding.setCurrentIndex(max(self.finding.findData(view.finding), 0))
        self.reason = text_edit("reason", 80)
        self.reason.setPlaceholderText(self.tr("alasan yang disampaikan ke pelanggan (wajib)"))
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Tolak keluhan (Ctrl+S)"), self.tr("&Batal"), self.save
        )
        form = QFormLayout()
        form.addRow(self.tr("&Temuan"), self.finding)
        form.addRow(self.tr("&Alasan"), self.reason)
        lay = QVBoxLayout(self)
        hint = QLabel(self.tr("Tolak hanya setelah dicek dan bila bukan kesalahan toko. Jangan menyalahkan."))
        hint.setWordWrap(True)  # a sentence, not a label: it wraps rather than widening the form
        lay.addWidget(hint)
        lay.addLayout(form)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)
        self.finding.setFocus()

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        cid, finding, reason = self.view.id, Finding(self.finding.currentData()), self.reason.toPlainText()
        _write(
            self,
            lambda s, actor, now: complaint_service.decline_complaint(
                s, cid, finding, reason, actor=actor, now=now
            ),
            {"finding": self.finding, "note": self.reason},
        )


def _write(dialog, write, fields: dict, on_error=None) -> None:
    """Run a form's write as the signed-in person: one save at a time, closed when stored,
    the refusal shown in the form."""
    actor, now = dialog.runner.actor, dialog.runner.now()
    dialog.save_button.setEnabled(False)

    def failed(err: Exception) -> None:
        dialog.save_button.setEnabled(True)
        if on_error is not None and on_error(err):
            return
        widgets.show_errors(err, dialog.errors, fields)

    dialog.runner.run(
        lambda s: write(s, actor, now), on_done=lambda _r: dialog.accept(), on_error=failed, owner=dialog
    )


# ---------------------------------------------------------------------------- resolving


class ResolveDialog(QDialog):
    """Close the case with its resolution, acting at once: a refund goes into the ledger, a
    resend is a new parcel, a remake is recorded on the order.  Only the fields the chosen
    resolution needs are shown; the cost to the shop follows them until staff change it.

    Signals:
        resolved(object): what the write returned (the id of what was made, the changes).
    """

    resolved = Signal(object)

    def __init__(self, runner, view, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.view = view
        self.setWindowTitle(self.tr("Selesaikan keluhan #{id}").format(id=view.id))
        self.setMinimumWidth(560)
        self._cost_by_hand = False

        self.header = QLabel(
            self.tr("<b>{kind}</b> · {name}{order}").format(
                kind=type_label(view.kind),
                name=view.customer_name,
                order=f" · {view.order_code}" if view.order_code else "",
            )
        )
        self.header.setWordWrap(True)
        self.finding = finding_combo()
        self.finding.setCurrentIndex(max(self.finding.findData(view.finding), 0))
        self.resolution = QComboBox()
        self.resolution.setObjectName("resolution")
        for r in Resolution:
            if r in rules.NEEDS_ORDER and view.order_id is None:
                continue
            if r is Resolution.RESEND and not view.has_parcel:
                continue
            self.resolution.addItem(resolution_label(r), r)
        self.resolution.currentIndexChanged.connect(self._resolution_changed)

        self.refund_amount = MoneyEdit("refund_amount")
        self.refund_amount.setObjectName("refund_amount")
        self.refund_amount.value_changed.connect(self._update_cost)
        self.paid_label = QLabel(
            self.tr("Sudah dibayar pelanggan: <b>{paid}</b>").format(paid=format_rupiah(view.paid))
        )
        self.paid_label.setObjectName("paid_label")
        self.refund_method = QComboBox()
        self.refund_method.setObjectName("refund_method")
        for m in (PaymentMethod.TRANSFER, PaymentMethod.CASH, PaymentMethod.QRIS):
            self.refund_method.addItem(i18n.method_label(m), m)

        self.resend_box = QGroupBox(self.tr("Paket pengganti"))
        self.resend_courier = QComboBox()
        self.resend_courier.setObjectName("resend_courier")
        for c in Courier:
            self.resend_courier.addItem(i18n.translate_label(COURIER_LABELS[c]), c)
        self.resend_service = QLineEdit()
        self.resend_service.setObjectName("resend_service")
        self.resend_resi = QLineEdit()
        self.resend_resi.setObjectName("resend_resi")
        self.resend_resi.setMaxLength(40)
        self.resend_weight = QSpinBox()
        self.resend_weight.setObjectName("resend_weight")
        self.resend_weight.setRange(0, 1_000_000)
        self.resend_weight.setSingleStep(100)
        self.resend_weight.setSuffix(" g")
        self.resend_weight.setSpecialValueText(self.tr("seperti paket asli"))
        self.resend_cost = MoneyEdit("shipping_cost")
        self.resend_cost.setObjectName("resend_cost")
        self.resend_cost.value_changed.connect(self._update_cost)
        rf = QFormLayout(self.resend_box)
        rf.addRow(self.tr("K&urir"), self.resend_courier)
        rf.addRow(self.tr("La&yanan"), self.resend_service)
        rf.addRow(self.tr("&Resi"), self.resend_resi)
        rf.addRow(self.tr("Be&rat"), self.resend_weight)
        rf.addRow(self.tr("&Ongkos kirim"), self.resend_cost)

        self.remake_charge = MoneyEdit("remake_charge")
        self.remake_charge.setObjectName("remake_charge")
        self.voucher_amount = MoneyEdit("voucher_amount")
        self.voucher_amount.setObjectName("voucher_amount")
        self.voucher_amount.value_changed.connect(self._update_cost)
        self.cost = MoneyEdit("cost")
        self.cost.setObjectName("cost")
        self.cost.textEdited.connect(self._cost_edited)
        self.cost_help = QLabel(self.tr("diisi dari penyelesaian; boleh diubah"))
        self.cost_help.setStyleSheet(HELP_STYLE)
        self.note = QLineEdit()
        self.note.setObjectName("note")

        self.form = QFormLayout()
        self.form.addRow(self.tr("&Temuan"), self.finding)
        self.form.addRow(self.tr("&Penyelesaian"), self.resolution)
        self.form.addRow("", self.paid_label)
        self.form.addRow(self.tr("&Jumlah refund"), self.refund_amount)
        self.form.addRow(self.tr("&Metode refund"), self.refund_method)
        self.form.addRow(self.resend_box)
        self.form.addRow(self.tr("Biaya buat &ulang (pelanggan)"), self.remake_charge)
        self.form.addRow(self.tr("Nilai &voucher"), self.voucher_amount)
        cost_row = QHBoxLayout()
        cost_row.addWidget(self.cost, 1)
        cost_row.addWidget(self.cost_help)
        cost_label = QLabel(self.tr("&Biaya bagi toko"))
        cost_label.setBuddy(self.cost)
        self.form.addRow(cost_label, cost_row)
        self.form.addRow(self.tr("&Catatan"), self.note)
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Selesaikan kasus (Ctrl+S)"), self.tr("&Batal"), self.save
        )
        lay = QVBoxLayout(self)
        lay.addWidget(self.header)
        lay.addLayout(self.form)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)
        self.fields = {
            "finding": self.finding,
            "refund_amount": self.refund_amount,
            "remake_charge": self.remake_charge,
            "voucher_amount": self.voucher_amount,
            "cost": self.cost,
            "note": self.note,
            "resend": self.resend_courier,
            "resi": self.resend_resi,
            "weight_g": self.resend_weight,
            "shipping_cost": self.resend_cost,
        }
        self._resolution_changed()
        self.finding.setFocus()

    def current(self) -> Resolution:
        return Resolution(self.resolution.currentData())

    def select(self, r: Resolution) -> None:
        self.resolution.setCurrentIndex(self.resolution.findData(r))

    def _resolution_changed(self) -> None:
        r = self.current()
        refund = r in rules.REFUNDS
        self.form.setRowVisible(self.paid_label, refund)
        self.form.setRowVisible(self.refund_amount, r is Resolution.PARTIAL_REFUND)
        self.form.setRowVisible(self.refund_method, refund)
        self.form.setRowVisible(self.resend_box, r is Resolution.RESEND)
        self.form.setRowVisible(self.remake_charge, r is Resolution.REMAKE_CHARGED)
        self.form.setRowVisible(self.voucher_amount, r is Resolution.VOUCHER)
        self.paid_label.setText(
            self.tr("Refund penuh: semua yang sudah dibayar, <b>{paid}</b>, dikembalikan.").format(
                paid=format_rupiah(self.view.paid)
            )
            if r is Resolution.FULL_REFUND
            else self.tr("Sudah dibayar pelanggan: <b>{paid}</b>").format(paid=format_rupiah(self.view.paid))
        )
        self.note.setPlaceholderText(
            self.tr("penjelasan yang diberikan ke pelanggan (wajib)") if r is Resolution.EXPLANATION else ""
        )
        self._update_cost()
        self.adjustSize()

    def _cost_edited(self, text: str) -> None:
        self._cost_by_hand = bool(text.strip())

    def auto_cost(self) -> int:
        """What the resolution costs the shop, as the service would work it out."""
        r = self.current()
        if r is Resolution.FULL_REFUND:
            return self.view.paid
        source = {
            Resolution.PARTIAL_REFUND: self.refund_amount,
            Resolution.RESEND: self.resend_cost,
            Resolution.VOUCHER: self.voucher_amount,
        }.get(r)
        return (source.value_or_none() or 0) if source is not None else 0

    def _update_cost(self) -> None:
        if not self._cost_by_hand:
            self.cost.blockSignals(True)
            self.cost.set_value(self.auto_cost())
            self.cost.blockSignals(False)

    def _input(self) -> complaint_service.ResolveInput:
        r = self.current()
        resend = None
        if r is Resolution.RESEND:
            resend = complaint_service.ResendParcel(
                courier=Courier(self.resend_courier.currentData()),
                resi=self.resend_resi.text(),
                service=self.resend_service.text(),
                weight_g=self.resend_weight.value() or None,
                shipping_cost=_money_or(self.resend_cost),
            )
        return complaint_service.ResolveInput(
            complaint_id=self.view.id,
            finding=Finding(self.finding.currentData()),
            resolution=r,
            note=self.note.text(),
            cost=_money_or(self.cost, None),
            refund_amount=_money_or(self.refund_amount) if r is Resolution.PARTIAL_REFUND else 0,
            refund_method=PaymentMethod(self.refund_method.currentData()),
            remake_charge=_money_or(self.remake_charge) if r is Resolution.REMAKE_CHARGED else 0,
            voucher_amount=_money_or(self.voucher_amount) if r is Resolution.VOUCHER else 0,
            resend=resend,
        )

    def save(self, *, accept_resi_warning: bool = False) -> None:
        if not self.save_button.isEnabled():
            return
        try:
            data = self._input()
        except InvalidInput as e:
            widgets.show_errors(e, self.errors, self.fields)
            return

        def resi_warning(err: Exception) -> bool:
            if not isinstance(err, ship.ResiWarning):
                return False
            text = i18n.error_text(err)
            self.errors.show_message(text)
            widgets.mark_invalid(self.resend_resi, True)
            if widgets.confirm(
                self,
                self.tr("Periksa nomor resi"),
                text,
                self.tr("Resi benar, simpan"),
                self.tr("Perbaiki resi"),
            ):
                self.save(accept_resi_warning=True)
            else:
                self.resend_resi.setFocus()
                self.resend_resi.selectAll()
            return True

        def write(s, actor, now):
            result = complaint_service.resolve_complaint(
                s, data, actor=actor, now=now, accept_resi_warning=accept_resi_warning
            )
            return result

        actor, now = self.runner.actor, self.runner.now()
        self.save_button.setEnabled(False)

        def failed(err: Exception) -> None:
            self.save_button.setEnabled(True)
            if resi_warning(err):
                return
            widgets.show_errors(err, self.errors, self.fields)
            self.adjustSize()

        def done(result) -> None:
            emit(self.resolved, result)
            self.accept()

        self.runner.run(lambda s: write(s, actor, now), on_done=done, on_error=failed, owner=self)


# ---------------------------------------------------------------------------- evidence


class EvidencePickerDialog(QDialog):
    """More evidence for a case: tick entries of the customer's log (newest first)."""

    def __init__(self, runner, view, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.view = view
        self.setWindowTitle(self.tr("Tambah bukti — keluhan #{id}").format(id=view.id))
        self.resize(720, 420)
        self.entries = QListWidget()
        self.entries.setObjectName("log_entries")
        self.entries.itemActivated.connect(toggle_check)
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Tambahkan (Ctrl+S)"), self.tr("&Batal"), self.save
        )
        lay = QVBoxLayout(self)
        lay.addWidget(
            QLabel(
                self.tr("Centang catatan komunikasi {name} yang menjadi bukti (Spasi mencentang):").format(
                    name=view.customer_name
                )
            )
        )
        lay.addWidget(self.entries, 1)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)
        have = {e.log_entry_id for e in view.evidence}
        cust = view.customer_id
        runner.read(
            lambda s: [e for e in log_service.entries(s, cust, limit=100) if e.id not in have],
            on_done=self._show,
            owner=self,
        )

    def _show(self, entries) -> None:
        fill_entries(self.entries, entries, self.tr("Tidak ada catatan lain untuk pelanggan ini."))
        self.entries.setFocus()

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        ids = checked_ids(self.entries)
        if not ids:
            self.errors.show_message(self.tr("Centang dulu catatan yang menjadi bukti."))
            self.entries.setFocus()
            return
        cid = self.view.id
        _write(
            self,
            lambda s, actor, now: complaint_service.add_evidence(s, cid, ids, actor=actor, now=now),
            {"evidence": self.entries},
        )


def toggle_check(item: QListWidgetItem) -> None:
    if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)


def fill_entries(widget: QListWidget, entries, empty_text: str) -> None:
    """Log entries as checkable rows (the full text as tooltip)."""
    widget.clear()
    for e in entries:
        item = QListWidgetItem(entry_text(e))
        item.setData(ROLE, e.id)
        item.setToolTip(e.text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    if not entries:
        item = QListWidgetItem(empty_text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.addItem(item)
    elif widget.currentRow() < 0:
        widget.setCurrentRow(0)


def checked_ids(widget: QListWidget) -> list[int]:
    return [
        widget.item(i).data(ROLE)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked and widget.item(i).data(ROLE) is not None
    ]


class TextDialog(QDialog):
    """A log entry's whole text, read-only (selectable, to copy)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(560, 360)
        self.text = QPlainTextEdit(text)
        self.text.setObjectName("text")
        self.text.setReadOnly(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text, 1)
        lay.addWidget(close)


# ---------------------------------------------------------------------------- guidelines


class GuidelinesDialog(QDialog):
    """The owner's guidelines per complaint type: the steps staff follow and the first reply.
    Emptying both (or «Kembalikan bawaan») puts the built-in guideline back.

    Signals:
        saved(): the changes were stored.
    """

    saved = Signal()

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("Panduan penanganan keluhan"))
        self.resize(1000, 620)
        self.stored: dict[ComplaintType, rules.Guideline] = {}
        self.drafts: dict[ComplaintType, tuple[str, str]] = {}
        self.kind: ComplaintType | None = None
        self.types = QListWidget()
        self.types.setObjectName("types")
        for k in ComplaintType:
            item = QListWidgetItem(type_label(k))
            item.setData(ROLE, k)
            self.types.addItem(item)
        self.types.currentRowChanged.connect(self._type_changed)
        self.steps = text_edit("steps", 200)
        self.reply = text_edit("reply", 110)
        self.state = QLabel()
        self.state.setObjectName("state")
        self.state.setStyleSheet(HELP_STYLE)
        placeholders = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
        help_label = QLabel(self.tr("Isian yang bisa dipakai di balasan: {list}").format(list=placeholders))
        help_label.setWordWrap(True)
        help_label.setStyleSheet(HELP_STYLE)
        self.default_button = QPushButton(self.tr("&Kembalikan bawaan"))
        self.default_button.setObjectName("default_button")
        self.default_button.setAutoDefault(False)
        self.default_button.clicked.connect(self.restore_default)
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Simpan panduan (Ctrl+S)"), self.tr("&Batal"), self.save
        )
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        steps_label = QLabel(self.tr("&Langkah untuk staf (satu langkah satu baris)"))
        steps_label.setBuddy(self.steps)
        reply_label = QLabel(self.tr("&Balasan pertama ke pelanggan"))
        reply_label.setBuddy(self.reply)
        rl.addWidget(steps_label)
        rl.addWidget(self.steps, 3)
        rl.addWidget(reply_label)
        rl.addWidget(self.reply, 2)
        rl.addWidget(help_label)
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.default_button)
        rl.addLayout(row)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.types)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 760])
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)
        runner.read(complaint_service.guidelines, on_done=self._loaded, owner=self)

    def _loaded(self, stored: dict) -> None:
        self.stored = dict(stored)
        self.types.setCurrentRow(0)
        self.types.setFocus()

    def _keep_draft(self) -> None:
        if self.kind is not None:
            self.drafts[self.kind] = (self.steps.toPlainText(), self.reply.toPlainText())

    def _type_changed(self, row: int) -> None:
        self._keep_draft()
        if row < 0 or not self.stored:
            return
        self.kind = ComplaintType(self.types.item(row).data(ROLE))
        g = self.stored[self.kind]
        steps, reply = self.drafts.get(self.kind, (g.steps, g.reply))
        default = rules.DEFAULT_GUIDELINES[self.kind]
        self.steps.setPlaceholderText(default.steps)
        self.reply.setPlaceholderText(default.reply)
        self.steps.setPlainText(steps)
        self.reply.setPlainText(reply)
        is_default = (g.steps, g.reply) == (default.steps, default.reply)
        self.state.setText(
            self.tr("Memakai panduan bawaan.") if is_default else self.tr("Panduan toko sendiri.")
        )

    def select(self, kind: ComplaintType) -> None:
        for i in range(self.types.count()):
            if self.types.item(i).data(ROLE) == kind:
                self.types.setCurrentRow(i)

    def restore_default(self) -> None:
        """Empty both: saved that way, the built-in guideline (shown greyed) applies again."""
        self.steps.clear()
        self.reply.clear()
        self.state.setText(self.tr("Dikosongkan: setelah disimpan, panduan bawaan (abu-abu) dipakai."))
        self.steps.setFocus()

    def changed(self) -> dict[ComplaintType, tuple[str, str]]:
        self._keep_draft()
        out = {}
        for kind, (steps, reply) in self.drafts.items():
            g = self.stored[kind]
            if (steps.strip(), reply.strip()) != (g.steps.strip(), g.reply.strip()):
                out[kind] = (steps, reply)
        return out

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        todo = self.changed()
        if not todo:
            self.accept()
            return
        actor, now = self.runner.actor, self.runner.now()
        self.save_button.setEnabled(False)

        def job(s):
            changes = None
            for kind, (steps, reply) in todo.items():
                try:
                    changes = complaint_service.save_guideline(s, kind, steps, reply, actor=actor, now=now)
                except InvalidInput as e:
                    e.guideline_kind = kind  # which type's text to show
                    raise
            return changes

        def failed(err: Exception) -> None:
            self.save_button.setEnabled(True)
            kind = getattr(err, "guideline_kind", None)
            if kind is not None and kind != self.kind:
                self.select(kind)
            widgets.show_errors(err, self.errors, {"steps": self.steps, "reply": self.reply})

        def done(_r) -> None:
            emit(self.saved)
            self.accept()

        self.runner.run(job, on_done=done, on_error=failed, owner=self)


# ---------------------------------------------------------------------------- rating


class RatingDialog(QDialog):
    """The customer's answer to the feedback request: a rating 1–5 and their comment."""

    def __init__(self, runner, order_id: int, code: str, current=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.order_id = order_id
        self.setWindowTitle(self.tr("Nilai dari pelanggan — {code}").format(code=code))
        self.setMinimumWidth(460)
        self.rating = QSpinBox()
        self.rating.setObjectName("rating")
        self.rating.setRange(0, 5)
        self.rating.setSpecialValueText(self.tr("— pilih 1 sampai 5 —"))
        self.rating.setSuffix(" / 5")
        self.comment = text_edit("comment", 90)
        self.comment.setPlaceholderText(self.tr("kata-kata pelanggan (boleh kosong)"))
        if current is not None and current.rating:
            self.rating.setValue(current.rating)
            self.comment.setPlainText(current.comment)
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Simpan nilai (Ctrl+S)"), self.tr("&Batal"), self.save
        )
        form = QFormLayout()
        form.addRow(self.tr("&Nilai"), self.rating)
        form.addRow(self.tr("&Komentar"), self.comment)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)
        self.rating.setFocus()
        self.rating.selectAll()

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        oid, rating, comment = self.order_id, self.rating.value(), self.comment.toPlainText()
        _write(
            self,
            lambda s, actor, now: feedback_service.record_rating(
                s, oid, rating, comment, actor=actor, now=now
            ),
            {"rating": self.rating, "comment": self.comment},
        )


def stars(n: int) -> str:
    return "★" * n + "☆" * (5 - n)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
