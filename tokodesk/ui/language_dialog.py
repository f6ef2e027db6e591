"""Pengaturan › Bahasa / Language: two different choices side by side.

* The screen language is this PC's (a person's choice, kept in QSettings) and applies when
  TokoDesk starts again.
* The customer's language is the shop's (``shop.language``, owner only): notas, slips, the
  final receipt, the confirmation sheet and the default message texts.  T&C still exactly as
  shipped follow it; the owner's own T&C text is left as it is, and the dialog says so.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from tokodesk import catalogue
from tokodesk.services import settings as settings_service
from tokodesk.services import shop as shop_service
from tokodesk.services import terms as terms_service
from tokodesk.ui import i18n, widgets
from tokodesk.ui.signals import emit
from tokodesk.ui.widgets import ErrorLabel


def _shop_state(session) -> tuple[str, bool]:
    current = terms_service.current(session)
    own_terms = current is not None and not terms_service.is_starter(current.text)
    return settings_service.get(session, "shop.language"), own_terms


class LanguageDialog(QDialog):
    saved = Signal(str)  # what was changed, for the status bar

    def __init__(self, runner, parent: QWidget | None = None, *, can_set_shop: bool = True) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setObjectName("language_dialog")
        self.setWindowTitle(self.tr("Bahasa / Language"))
        self.setMinimumWidth(560)
        self.shop_language: str | None = None
        self.screen = QComboBox()
        self.screen.setObjectName("screen_language")
        self.customer = QComboBox()
        self.customer.setObjectName("shop_language")
        for combo in (self.screen, self.customer):
            for code in catalogue.LANGUAGES:
                combo.addItem(i18n.LANGUAGES[code], code)
        self.screen.setCurrentIndex(self.screen.findData(i18n.chosen_language()))
        self.customer.setEnabled(False)  # until the shop's choice is read
        self.can_set_shop = can_set_shop
        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Simpan (Ctrl+S)"), self.tr("&Batal"), self.save
        )
        form = QFormLayout()
        form.addRow(self.tr("Bahasa &layar di PC ini"), self.screen)
        form.addRow(_help(self.tr("Berlaku setelah TokoDesk dibuka ulang; PC lain tidak berubah.")))
        form.addRow(self.tr("Bahasa &nota, slip && pesan untuk pelanggan"), self.customer)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.note)
        lay.addWidget(self.errors)
        lay.addStretch(1)
        lay.addWidget(buttons)
        self.customer.currentIndexChanged.connect(self._explain)
        self.own_terms = False
        runner.read(_shop_state, on_done=self._loaded, owner=self)
        self.screen.setFocus()

    def _loaded(self, state: tuple[str, bool]) -> None:
        self.shop_language, self.own_terms = state
        self.customer.setCurrentIndex(max(0, self.customer.findData(self.shop_language)))
        self.customer.setEnabled(self.can_set_shop)
        self._explain()

    def _explain(self) -> None:
        if not self.can_set_shop:
            self.note.setText(self.tr("Bahasa untuk pelanggan hanya dapat diubah oleh pemilik toko."))
        elif self.customer.currentData() == self.shop_language:
            self.note.setText(
                self.tr(
                    "Nota, slip, lembar konfirmasi dan pesan bawaan untuk pelanggan memakai bahasa ini. "
                    "Pesan yang Anda tulis sendiri tidak diterjemahkan."
                )
            )
        elif self.own_terms:
            self.note.setText(
                self.tr(
                    "S&K toko adalah teks Anda sendiri dan tetap seperti itu: terjemahkan di Profil toko "
                    "supaya nota tidak memakai dua bahasa."
                )
            )
        else:
            self.note.setText(self.tr("S&K awal ikut berganti bahasa (disimpan sebagai versi S&K baru)."))

    def save(self) -> None:
        screen = self.screen.currentData()
        changed = []
        if screen != i18n.chosen_language():
            i18n.choose_language(screen)
            changed.append(
                self.tr("Bahasa layar: {name} (berlaku setelah TokoDesk dibuka ulang).").format(
                    name=i18n.LANGUAGES[screen]
                )
            )
        customer = self.customer.currentData()
        if not self.can_set_shop or self.shop_language is None or customer == self.shop_language:
            self._done(changed)
            return
        actor, now = self.runner.actor, self.runner.now()
        self.save_button.setEnabled(False)

        def saved(result) -> None:
            change, _changes = result
            text = self.tr("Bahasa untuk pelanggan: {name}.").format(name=i18n.LANGUAGES[change.language])
            if change.terms_version:
                text += " " + self.tr("S&K versi {n} disimpan dalam bahasa ini.").format(
                    n=change.terms_version
                )
            self._done([*changed, text])

        self.runner.run(
            lambda s: shop_service.save_language(s, customer, actor=actor, now=now),
            on_done=saved,
            on_error=self._failed,
            owner=self,
        )

    def _done(self, changed: list[str]) -> None:
        if changed:
            emit(self.saved, " ".join(changed))
        self.accept()

    def _failed(self, err: Exception) -> None:
        self.save_button.setEnabled(True)
        widgets.show_errors(err, self.errors, {"language": self.customer})


def _help(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #546e7a;")
    return label
