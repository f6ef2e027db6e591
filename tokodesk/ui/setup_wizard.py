"""The first start of a new shop, right after the owner account is made: a short wizard
(shop profile, deposit and pickup rules with their defaults explained, the starter T&C, the
printer and paper, the backup folder).  «Atur nanti» skips it; every answer can be changed
later under Pengaturan.  All pages are saved together, in one transaction, at «Selesai»."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from tokodesk import catalogue
from tokodesk.documents.model import PaperSize
from tokodesk.domain.errors import InvalidInput
from tokodesk.domain.pickup import PickupPolicy
from tokodesk.services import backup as backup_service
from tokodesk.services import first_run
from tokodesk.services import policy as policy_service
from tokodesk.services import shop as shop_service
from tokodesk.services import terms as terms_service
from tokodesk.services.context import local_today
from tokodesk.ui import i18n, widgets
from tokodesk.ui.document_dialog import SIZE_LABELS
from tokodesk.ui.signals import emit
from tokodesk.ui.widgets import ErrorLabel, MoneyEdit

HELP = "color: #546e7a;"


def _help(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HELP)
    return label


def _top(page: QWizardPage, form: QFormLayout) -> None:
    """The form at the top of the page, not spread over its height."""
    lay = QVBoxLayout(page)
    lay.addLayout(form)
    lay.addStretch(1)


def _days(lo: int, hi: int, name: str) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(lo, hi)
    return box


class SetupWizard(QWizard):
    """Signals:
    finished_setup(): the answers were saved (or the owner chose to set up later).
    """

    finished_setup = Signal()

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.state: first_run.SetupState | None = None
        self.logo: bytes | None = None
        self.setObjectName("setup_wizard")
        self.setWindowTitle(self.tr("Menyiapkan toko — TokoDesk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Atur &nanti"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Selesai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.customButtonClicked.connect(lambda _which: self.skip())
        self.pages = [
            self._shop_page(),
            self._rules_page(),
            self._terms_page(),
            self._printer_page(),
            self._backup_page(),
        ]
        for page in self.pages:
            self.addPage(page)
        self.resize(760, 600)
        runner.read(first_run.setup_state, on_done=self._loaded, owner=self)

    # ---------------------------------------------------------------- pages
    def _shop_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("1. Profil toko"))
        page.setSubTitle(
            self.tr("Dicetak di setiap nota dan slip; pelanggan menghubungi toko lewat nomor ini.")
        )
        widgets.shop_contact_fields(self)
        self.logo_label = QLabel(self.tr("(tanpa logo)"))
        pick = QPushButton(self.tr("Pilih l&ogo…"))
        pick.clicked.connect(self.pick_logo)
        row = QHBoxLayout()
        row.addWidget(self.logo_label, 1)
        row.addWidget(pick)
        form = QFormLayout()
        _top(page, form)
        form.addRow(self.tr("&Nama toko"), self.name)
        form.addRow(self.tr("&Alamat"), self.address)
        form.addRow(self.tr("&Telepon"), self.phone)
        form.addRow(self.tr("&WhatsApp"), self.whatsapp)
        form.addRow(self.tr("Logo"), row)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in catalogue.LANGUAGES:
            self.language.addItem(i18n.LANGUAGES[code], code)
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("&Bahasa nota && pesan"), self.language)
        form.addRow(
            "",
            _help(
                self.tr(
                    "Nota, slip, S&K awal dan pesan bawaan untuk pelanggan ditulis dalam bahasa ini. "
                    "Bahasa layar di PC ini diatur terpisah."
                )
            ),
        )
        return page

    def _language_changed(self) -> None:
        """The starter T&C follow the language as long as the owner has not edited them."""
        if terms_service.is_starter(self.terms.toPlainText()):
            self.terms.setPlainText(terms_service.starter_text(self.language.currentData()))

    def _rules_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("2. DP dan aturan pengambilan"))
        page.setSubTitle(
            self.tr(
                "Angka bawaan dipakai banyak toko. DP melindungi toko dari pesanan yang tidak diambil; "
                "biaya simpan dan batas batal membuat pelanggan datang tepat waktu."
            )
        )
        self.deposit_min = _days(0, 100, "deposit_min")
        self.deposit_min.setSuffix(" %")
        self.deposit_suggested = _days(0, 100, "deposit_suggested")
        self.deposit_suggested.setSuffix(" %")
        self.grace = _days(0, 60, "grace_days")
        self.fee = MoneyEdit("storage_fee_per_day")
        self.fee.setObjectName("storage_fee_per_day")
        self.cap = MoneyEdit("storage_fee_cap")
        self.cap.setObjectName("storage_fee_cap")
        self.forfeit = _days(1, 365, "forfeit_after_days")
        self.example = _help("")
        self.example.setObjectName("rules_example")
        for w in (self.grace, self.forfeit):
            w.valueChanged.connect(self._example)
        for w in (self.fee, self.cap):
            w.value_changed.connect(self._example)
        form = QFormLayout()
        _top(page, form)
        form.addRow(self.tr("DP &minimal"), self.deposit_min)
        form.addRow("", _help(self.tr("Pesanan tidak bisa disimpan dengan DP di bawah ini.")))
        form.addRow(self.tr("DP &disarankan"), self.deposit_suggested)
        form.addRow(self.tr("&Gratis simpan (hari setelah tanggal ambil)"), self.grace)
        form.addRow(self.tr("&Biaya simpan per hari"), self.fee)
        form.addRow(self.tr("Batas biaya &simpan (0 = tanpa batas)"), self.cap)
        form.addRow(self.tr("Batal &otomatis, DP hangus (hari setelah tanggal ambil)"), self.forfeit)
        form.addRow(self.tr("Contoh"), self.example)
        return page

    def _terms_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("3. Syarat & Ketentuan"))
        page.setSubTitle(
            self.tr(
                "S&K awal ini dicetak di setiap nota. Baca dan sesuaikan; isian seperti {dp_minimal} "
                "diisi otomatis dari aturan di halaman sebelumnya."
            )
        )
        self.terms = QPlainTextEdit()
        self.terms.setObjectName("terms")
        self.terms.setTabChangesFocus(True)
        lay = QVBoxLayout(page)
        lay.addWidget(self.terms)
        return page

    def _printer_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("4. Printer dan kertas"))
        page.setSubTitle(
            self.tr(
                "Nota dicetak lewat printer mana pun di PC ini. Printer struk (thermal) bisa juga "
                "dikirimi langsung: isi alamatnya, atau biarkan kosong."
            )
        )
        self.paper = QComboBox()
        self.paper.setObjectName("paper")
        for size in PaperSize:
            self.paper.addItem(SIZE_LABELS[size], size.value)
        self.escpos = QLineEdit()
        self.escpos.setObjectName("escpos")
        self.escpos.setPlaceholderText(self.tr("contoh: network:192.168.1.50, usb:0416:5011, serial:COM3"))
        form = QFormLayout()
        _top(page, form)
        form.addRow(self.tr("&Ukuran kertas nota"), self.paper)
        form.addRow(self.tr("&Printer struk"), self.escpos)
        return page

    def _backup_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("5. Cadangan data"))
        page.setSubTitle(
            self.tr(
                "TokoDesk mencadangkan data setiap hari. Pilih folder di flashdisk atau folder yang "
                "disinkronkan (Google Drive, OneDrive) supaya data selamat bila PC rusak."
            )
        )
        self.folder = QLineEdit()
        self.folder.setObjectName("folder")
        self.folder.setPlaceholderText(self.tr("kosong = di samping database (kurang aman)"))
        pick = QPushButton(self.tr("Pilih &folder…"))
        pick.clicked.connect(self.pick_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(pick)
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        form = QFormLayout()
        _top(page, form)
        form.addRow(self.tr("&Folder cadangan"), row)
        form.addRow(_help(self.tr("Semua jawaban bisa diubah nanti di menu Pengaturan.")))
        form.addRow(self.errors)
        return page

    # ---------------------------------------------------------------- values
    def _loaded(self, state: first_run.SetupState) -> None:
        self.state = state
        p = state.profile
        self.name.setText(p.name)
        self.address.setPlainText(p.address)
        self.phone.setText(p.phone)
        self.whatsapp.setText(p.whatsapp)
        self.logo = p.logo
        self.language.setCurrentIndex(max(0, self.language.findData(state.language)))
        self.deposit_min.setValue(state.deposit_min)
        self.deposit_suggested.setValue(state.deposit_suggested)
        self.grace.setValue(state.policy.grace_days)
        self.fee.set_value(state.policy.storage_fee_per_day)
        self.cap.set_value(state.policy.storage_fee_cap)
        self.forfeit.setValue(state.policy.forfeit_after_days)
        self.terms.setPlainText(p.terms_text)
        self.paper.setCurrentIndex(max(0, self.paper.findData(p.paper)))
        self.escpos.setText(p.escpos)
        self.folder.setText(state.backup.folder)
        self._example()
        self.name.selectAll()
        QTimer.singleShot(0, self.name.setFocus)  # once the wizard is on screen

    def _example(self) -> None:
        fee, cap = self.fee.value_or_none(), self.cap.value_or_none()
        if fee is None or cap is None or self.forfeit.value() <= self.grace.value():
            self.example.setText(self.tr("Batal otomatis harus sesudah hari gratis terakhir."))
            return
        try:
            rule = PickupPolicy(self.grace.value(), fee, cap, self.forfeit.value())
        except ValueError:
            self.example.setText("")
            return
        pickup = local_today(self.runner.now()) + dt.timedelta(days=3)
        lines = rule.rule_lines(pickup, i18n.translate_document)
        self.example.setText("\n".join(lines))

    def pick_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih logo"), "", self.tr("Gambar (*.png *.jpg *.jpeg)")
        )
        if path:
            try:
                self.logo = Path(path).read_bytes()
                self.logo_label.setText(Path(path).name)
            except OSError as e:
                self.errors.show_message(
                    self.tr("Logo tidak bisa dibaca: {reason}").format(reason=e.strerror)
                )

    def pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder cadangan"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def answers(self) -> first_run.SetupInput:
        """Everything typed, as the services take it; a fee that does not read as rupiah
        raises ``InvalidInput`` naming its field."""
        assert self.state is not None
        old = self.state
        profile = shop_service.ShopProfile(
            name=self.name.text(),
            address=self.address.toPlainText(),
            phone=self.phone.text(),
            whatsapp=self.whatsapp.text(),
            logo=self.logo,
            paper=self.paper.currentData(),
            escpos=self.escpos.text(),
            terms_text=self.terms.toPlainText(),
            max_attachment_mb=old.profile.max_attachment_mb,
            qris=old.profile.qris,
        )
        rules = policy_service.PolicyInput(
            grace_days=self.grace.value(),
            storage_fee_per_day=self.fee.value(),
            storage_fee_cap=self.cap.value(),
            forfeit_after_days=self.forfeit.value(),
            offsets_text=old.policy.offsets_text,
            default_days=old.policy.default_days,
        )
        return first_run.SetupInput(
            profile=profile,
            policy=rules,
            deposit_min=self.deposit_min.value(),
            deposit_suggested=self.deposit_suggested.value(),
            backup=backup_service.BackupSettings(
                folder=self.folder.text(),
                keep_daily=old.backup.keep_daily,
                keep_weekly=old.backup.keep_weekly,
                keep_monthly=old.backup.keep_monthly,
            ),
            language=self.language.currentData(),
        )

    # field → page, to show a refusal where it can be fixed
    FIELD_PAGES: ClassVar[dict[str, int]] = {
        "name": 0,
        "phone": 0,
        "whatsapp": 0,
        "logo": 0,
        "deposit_min": 1,
        "deposit_suggested": 1,
        "grace_days": 1,
        "storage_fee_per_day": 1,
        "storage_fee_cap": 1,
        "forfeit_after_days": 1,
        "terms": 2,
        "paper": 3,
        "escpos": 3,
        "folder": 4,
    }

    def accept(self) -> None:  # «Selesai»
        if self.state is None:
            return
        try:
            data = self.answers()
        except InvalidInput as e:
            self._refused(e)
            return
        actor, now = self.runner.actor, self.runner.now()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.runner.run(
            lambda s: first_run.complete_setup(s, data, actor=actor, now=now),
            on_done=self._saved,
            on_error=self._refused,
            owner=self,
        )

    def _saved(self, _changes) -> None:
        emit(self.finished_setup)
        super().accept()

    def _refused(self, err: Exception) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        fields = {
            "name": self.name,
            "phone": self.phone,
            "whatsapp": self.whatsapp,
            "deposit_min": self.deposit_min,
            "deposit_suggested": self.deposit_suggested,
            "grace_days": self.grace,
            "storage_fee_per_day": self.fee,
            "storage_fee_cap": self.cap,
            "forfeit_after_days": self.forfeit,
            "terms": self.terms,
            "escpos": self.escpos,
            "folder": self.folder,
        }
        widgets.show_errors(err, self.errors, fields)
        pages = [self.FIELD_PAGES[e.field] for e in getattr(err, "errors", []) if e.field in self.FIELD_PAGES]
        target = min(pages) if pages else self.currentId()
        while self.currentId() > target:
            self.back()
        if pages:
            bad = next(fields[e.field] for e in err.errors if e.field in fields)
            QTimer.singleShot(0, bad.setFocus)  # after the page change settles its own focus
        # the message is on the last page; say it on the page shown too
        self.currentPage().setSubTitle(i18n.error_text(err))

    def skip(self) -> None:
        actor, now = self.runner.actor, self.runner.now()
        self.runner.run(
            lambda s: first_run.skip_setup(s, actor=actor, now=now),
            on_done=self._saved,
            on_error=self._refused,
            owner=self,
        )
