"""The owner's pickup policy: free days after the pickup date, the storage fee and its cap,
the automatic cancellation, the reminder days and the default pickup date, with an example
timeline that follows every keystroke.  Saving changed numbers makes a new T&C version (new
orders follow the new numbers; orders already taken keep theirs)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tokodesk.domain.dates import format_date
from tokodesk.domain.errors import FieldError, InvalidInput
from tokodesk.domain.pickup import PickupPolicy
from tokodesk.services import policy as policy_service
from tokodesk.services.context import local_today
from tokodesk.services.templates import SAMPLE_PICKUP_DAYS
from tokodesk.ui import widgets
from tokodesk.ui.i18n import field_error_text, translate_document
from tokodesk.ui.signals import emit
from tokodesk.ui.timeline_widget import TimelineWidget
from tokodesk.ui.widgets import ErrorLabel, MoneyEdit


class PolicyDialog(QDialog):
    """Signals:
    saved(object): the number of the new T&C version, or None when no number the T&C carry
        changed (only the reminder days or the default pickup date, or nothing).
    """

    saved = Signal(object)

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.view: policy_service.PolicyView | None = None
        self.today = local_today(runner.now())
        self.pickup = self.today + dt.timedelta(days=SAMPLE_PICKUP_DAYS)  # of the example order
        self.setWindowTitle(self.tr("Aturan pengambilan & biaya simpan"))
        self.resize(1060, 580)

        self.grace = QSpinBox()
        self.grace.setObjectName("grace_days")
        self.grace.setRange(0, 60)
        self.grace.setSuffix(self.tr(" hari"))
        self.fee = MoneyEdit("storage_fee_per_day")
        self.fee.setObjectName("storage_fee_per_day")
        self.cap = MoneyEdit("storage_fee_cap")
        self.cap.setObjectName("storage_fee_cap")
        self.forfeit = QSpinBox()
        self.forfeit.setObjectName("forfeit_after_days")
        self.forfeit.setRange(1, 365)
        self.forfeit.setSuffix(self.tr(" hari"))
        self.offsets = QLineEdit()
        self.offsets.setObjectName("offsets")
        self.offsets.setPlaceholderText(self.tr("contoh 2,1"))
        self.default_days = QSpinBox()
        self.default_days.setObjectName("default_days")
        self.default_days.setRange(0, 365)
        self.default_days.setPrefix(self.tr("hari ini + "))
        self.default_days.setSuffix(self.tr(" hari"))
        for w in (self.grace, self.fee, self.cap, self.forfeit, self.offsets, self.default_days):
            w.setFixedWidth(170)

        rows = [
            (
                self.tr("&Gratis disimpan"),
                self.grace,
                self.tr("Setelah tanggal ambil, barang masih boleh diambil tanpa biaya selama sekian hari."),
            ),
            (
                self.tr("&Biaya simpan per hari"),
                self.fee,
                self.tr("Dikenakan mulai hari sesudah masa gratis habis. Isi 0 bila tidak memungut biaya."),
            ),
            (
                self.tr("Batas &total biaya simpan"),
                self.cap,
                self.tr("Biaya simpan tidak akan melebihi jumlah ini. Kosong atau 0 = tanpa batas."),
            ),
            (
                self.tr("Batal &otomatis setelah"),
                self.forfeit,
                self.tr(
                    "Dihitung dari tanggal ambil. Pesanan yang tidak diambil dan tanpa kabar dibatalkan, "
                    "DP tidak dikembalikan."
                ),
            ),
            (
                self.tr("&Pengingat sebelum ambil"),
                self.offsets,
                self.tr(
                    "Berapa hari sebelum tanggal ambil pelanggan diingatkan, dipisah koma: 2,1 = H-2 dan H-1."
                ),
            ),
            (
                self.tr("Tanggal ambil &bawaan"),
                self.default_days,
                self.tr("Tanggal ambil yang terisi otomatis saat mencatat pesanan baru."),
            ),
        ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        widgets.help_rows(grid, rows)

        self.caption = QLabel()
        self.caption.setObjectName("caption")
        self.caption.setWordWrap(True)
        self.timeline = TimelineWidget()
        self.rules = QLabel()
        self.rules.setObjectName("rules")
        self.rules.setWordWrap(True)
        self.rules.setStyleSheet("color: #37474f;")
        self.rules.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        example = QGroupBox(self.tr("Begini aturan ini berjalan untuk satu pesanan"))
        ex = QVBoxLayout(example)
        ex.addWidget(self.caption)
        ex.addWidget(self.timeline)
        ex.addWidget(self.rules)

        self.terms_note = QLabel()
        self.terms_note.setObjectName("terms_note")
        self.terms_note.setWordWrap(True)
        self.terms_note.setTextFormat(Qt.TextFormat.RichText)
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Simpan (Ctrl+S)"), self.tr("Batal (Esc)"), self.save
        )
        self.save_button.setEnabled(False)  # until the numbers in force are shown

        lay = QVBoxLayout(self)
        lay.addLayout(grid)
        lay.addWidget(self.errors)  # what is wrong, right under the fields
        lay.addWidget(example)
        lay.addWidget(self.terms_note)
        lay.addStretch(1)
        lay.addWidget(buttons)

        self.grace.valueChanged.connect(self.refresh)
        self.forfeit.valueChanged.connect(self.refresh)
        self.default_days.valueChanged.connect(self.refresh)
        self.fee.value_changed.connect(self.refresh)
        self.cap.value_changed.connect(self.refresh)
        self.offsets.textChanged.connect(self.refresh)
        self.runner.read(policy_service.get_policy, on_done=self._show, owner=self)

    @property
    def fields(self) -> dict[str, QWidget]:
        return {
            "grace_days": self.grace,
            "storage_fee_per_day": self.fee,
            "storage_fee_cap": self.cap,
            "forfeit_after_days": self.forfeit,
            "offsets": self.offsets,
            "default_days": self.default_days,
        }

    def _show(self, view: policy_service.PolicyView) -> None:
        self.view = None  # no live checks while the fields are filled one by one
        self.grace.setValue(view.grace_days)
        self.fee.set_value(view.storage_fee_per_day)
        if view.storage_fee_cap:
            self.cap.set_value(view.storage_fee_cap)
        else:
            self.cap.clear()
        self.forfeit.setValue(view.forfeit_after_days)
        self.offsets.setText(view.offsets_text)
        self.default_days.setValue(view.default_days)
        self.view = view
        self.save_button.setEnabled(True)
        self.refresh()
        self.grace.setFocus()
        self.grace.selectAll()

    # ----------------------------------------------------------------- reading the form

    def read(self) -> tuple[policy_service.PolicyInput, list[FieldError]]:
        """What the form says, and every problem with it (none: it can be saved)."""
        errors: list[FieldError] = []

        def money(edit: MoneyEdit, empty: int | None) -> int:
            if empty is not None and not edit.text().strip():
                return empty
            try:
                return edit.value()
            except InvalidInput as e:
                errors.extend(e.errors)
                return 0

        data = policy_service.PolicyInput(
            grace_days=self.grace.value(),
            storage_fee_per_day=money(self.fee, None),
            storage_fee_cap=money(self.cap, 0),
            forfeit_after_days=self.forfeit.value(),
            offsets_text=self.offsets.text(),
            default_days=self.default_days.value(),
        )
        bad_money = {e.field for e in errors}
        try:
            policy_service.check_policy(data)
        except InvalidInput as e:
            errors.extend(x for x in e.errors if x.field not in bad_money)
        return data, errors

    def refresh(self) -> None:
        """Follow the form as the owner types: redraw the example when the numbers make a
        policy, say what is wrong (and keep the last good drawing) when they do not."""
        if self.view is None:
            return
        data, errors = self.read()
        for name, w in self.fields.items():
            widgets.mark_invalid(w, any(e.field == name for e in errors))
        self.errors.show_message("\n".join(field_error_text(e) for e in errors))
        if errors:
            return
        policy, offsets = policy_service.check_policy(data)
        # the example order is ready today, and collected late enough for every reminder to show
        days = max(SAMPLE_PICKUP_DAYS, max(offsets, default=0) + 1)
        self.pickup = self.today + dt.timedelta(days=days)
        self.timeline.set_policy(policy, offsets, self.pickup, ready=self.today)
        self.caption.setText(
            self.tr(
                "Contoh: pesanan selesai dan siap hari ini ({ready}), tanggal ambil yang disepakati "
                "{pickup}. Bendera di atas tanggal adalah pesan yang dikirim ke pelanggan hari itu."
            ).format(ready=format_date(self.today), pickup=format_date(self.pickup))
        )
        self.rules.setText(
            self.tr("Di nota tertulis: {rules}").format(
                rules=" ".join(policy.rule_lines(self.pickup, translate_document)[1:])
            )
        )
        self._terms_note(policy)

    def _terms_note(self, policy: PickupPolicy) -> None:
        assert self.view is not None
        n = self.view.terms_version
        if policy != self.view.policy:
            self.terms_note.setText(
                self.tr(
                    "<b>Angka aturan berubah.</b> Menyimpan membuat Syarat &amp; Ketentuan versi {new}: "
                    "pesanan baru memakai angka baru, pesanan yang sudah dicatat tetap memakai angka "
                    "versi {n} yang disetujui pelanggan."
                ).format(new=n + 1, n=n)
            )
        else:
            self.terms_note.setText(
                self.tr(
                    "Angka ini tercantum di Syarat &amp; Ketentuan versi {n}. Mengubahnya membuat versi "
                    "baru; pesanan yang sudah dicatat tetap memakai angka lamanya."
                ).format(n=n)
            )

    # ----------------------------------------------------------------- saving

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        data, errors = self.read()
        if errors:
            widgets.show_errors(InvalidInput(errors), self.errors, self.fields)
            return
        actor, now = self.runner.actor, self.runner.now()
        self.save_button.setEnabled(False)
        self.runner.run(
            lambda s: policy_service.save_policy(s, data, actor=actor, now=now),
            on_done=self._saved,
            on_error=self._failed,
            owner=self,
        )

    def _saved(self, res) -> None:
        number, _changes = res
        emit(self.saved, number)
        self.accept()

    def _failed(self, err: Exception) -> None:
        self.save_button.setEnabled(True)
        widgets.show_errors(err, self.errors, self.fields)
