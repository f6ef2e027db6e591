"""The owner's e-mail settings: the shop's SMTP server, a test mail sent with what is typed
(off the UI thread), and the mails that could not be sent, with "Coba lagi"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tokodesk.domain.dates import format_datetime
from tokodesk.domain.errors import InvalidInput
from tokodesk.services import mail
from tokodesk.ui import widgets
from tokodesk.ui.i18n import error_text
from tokodesk.ui.signals import emit
from tokodesk.ui.widgets import ErrorLabel

DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
OK_STYLE = "color: #1b5e20; font-weight: 600;"


class MailSettingsDialog(QDialog):
    """Signals:
    saved(): the settings were saved.
    requeued(): a failed mail is back in the queue (the owner may ``MailSender.kick()``).
    """

    saved = Signal()
    requeued = Signal()

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.shop_name = ""
        self.setWindowTitle(self.tr("Pengaturan e-mail"))
        self.resize(640, 600)

        self.host = QLineEdit()
        self.host.setObjectName("host")
        self.host.setPlaceholderText(self.tr("contoh smtp.gmail.com; kosong = e-mail tidak dipakai"))
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security = QComboBox()
        self.security.setObjectName("security")
        self.security.addItem(self.tr("STARTTLS (biasanya port 587)"), "starttls")
        self.security.addItem(self.tr("SSL (biasanya port 465)"), "ssl")
        self.security.addItem(self.tr("Tanpa enkripsi"), "none")
        self.security.activated.connect(self._security_chosen)
        self.user = QLineEdit()
        self.user.setObjectName("user")
        self.user.setPlaceholderText(self.tr("kosong bila server tidak meminta login"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender = QLineEdit()
        self.sender.setObjectName("sender")
        self.sender.setMaxLength(mail.MAX_EMAIL)
        self.sender.setPlaceholderText(self.tr("alamat e-mail toko, contoh toko@gmail.com"))

        form = QFormLayout()
        form.addRow(self.tr("Ser&ver SMTP"), self.host)
        form.addRow(self.tr("P&ort"), self.port)
        form.addRow(self.tr("&Keamanan"), self.security)
        form.addRow(self.tr("&Nama pengguna"), self.user)
        form.addRow(self.tr("Kata san&di"), self.password)
        form.addRow(self.tr("&Alamat pengirim"), self.sender)

        self.test_button = QPushButton(self.tr("Kirim e-mail &uji…"))
        self.test_button.setObjectName("test_button")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(lambda: self.send_test())
        self.test_result = QLabel()
        self.test_result.setObjectName("test_result")
        self.test_result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)

        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")

        self.queue_info = QLabel()
        self.queue_info.setObjectName("queue_info")
        self.queue_info.setWordWrap(True)
        self.failures = QTableWidget(0, 4)
        self.failures.setObjectName("failures")
        self.failures.setHorizontalHeaderLabels(
            [self.tr("Kepada"), self.tr("Subjek"), self.tr("Percobaan"), self.tr("Sebab")]
        )
        self.failures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.failures.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.failures.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.failures.verticalHeader().hide()
        self.failures.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.failures.itemSelectionChanged.connect(self._selection_changed)
        self.retry_button = QPushButton(self.tr("&Coba lagi"))
        self.retry_button.setObjectName("retry_button")
        self.retry_button.setAutoDefault(False)
        self.retry_button.setEnabled(False)
        self.retry_button.clicked.connect(self.retry_selected)
        failures_label = QLabel(self.tr("E-mail yang &gagal terkirim"))
        failures_label.setBuddy(self.failures)
        retry_row = QHBoxLayout()
        retry_row.addWidget(self.queue_info, 1)
        retry_row.addWidget(self.retry_button)

        buttons, self.save_button = widgets.save_cancel(
            self, self.tr("&Simpan (Ctrl+S)"), self.tr("&Batal"), self.save
        )

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addLayout(test_row)
        lay.addWidget(self.errors)
        lay.addWidget(failures_label)
        lay.addWidget(self.failures, 1)
        lay.addLayout(retry_row)
        lay.addWidget(buttons)

        self._mail_ids: list[int] = []
        self.runner.read(mail.smtp_config, on_done=self._show, owner=self)
        self.refresh_status()

    # ---------------------------------------------------------------- the form
    def _show(self, config: mail.SmtpConfig) -> None:
        self.shop_name = config.shop_name
        self.host.setText(config.host)
        self.port.setValue(config.port)
        self.security.setCurrentIndex(max(0, self.security.findData(config.security)))
        self.user.setText(config.user)
        self.password.setText(config.password)
        self.sender.setText(config.sender)
        self.host.setFocus()

    def _security_chosen(self, _index: int) -> None:
        # a port left at another choice's usual number follows the new choice
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[self.security.currentData()])

    def data(self) -> mail.SmtpInput:
        return mail.SmtpInput(
            host=self.host.text(),
            port=self.port.value(),
            security=self.security.currentData(),
            user=self.user.text(),
            password=self.password.text(),
            sender=self.sender.text(),
        )

    def _fields(self) -> dict[str, QWidget]:
        return {
            "host": self.host,
            "port": self.port,
            "security": self.security,
            "user": self.user,
            "sender": self.sender,
        }

    def _clear(self) -> None:
        for w in self._fields().values():
            widgets.mark_invalid(w, False)
        self.errors.show_message("")

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        data = self.data()
        self._clear()
        self.save_button.setEnabled(False)
        actor, now = self.runner.actor, self.runner.now()
        self.runner.run(
            lambda s: mail.save_smtp(s, data, actor=actor, now=now),
            on_done=self._saved,
            on_error=self._failed,
            owner=self,
        )

    def _saved(self, _changes) -> None:
        emit(self.saved)
        self.accept()

    def _failed(self, err: Exception) -> None:
        self.save_button.setEnabled(True)
        widgets.show_errors(err, self.errors, self._fields())

    # ---------------------------------------------------------------- the test mail
    def ask_recipient(self, suggestion: str) -> tuple[str, bool]:
        """Where the test mail goes; (text, False) when cancelled."""
        dlg = QInputDialog(self)
        dlg.setWindowTitle(self.tr("Kirim e-mail uji"))
        dlg.setLabelText(self.tr("Kirim e-mail uji ke alamat:"))
        dlg.setTextValue(suggestion)
        dlg.setOkButtonText(self.tr("Kirim"))
        dlg.setCancelButtonText(self.tr("Batal"))
        accepted = dlg.exec() == QDialog.DialogCode.Accepted
        return dlg.textValue(), accepted

    def send_test(self, to_addr: str | None = None) -> None:
        """Send a test mail with the settings as typed (saved or not), off the UI thread."""
        if not self.test_button.isEnabled():
            return
        self._clear()
        self.test_result.setText("")
        try:
            config = mail.clean_smtp(self.data(), shop_name=self.shop_name)
        except InvalidInput as e:
            widgets.show_errors(e, self.errors, self._fields())
            return
        if to_addr is None:
            to_addr, ok = self.ask_recipient(config.sender)
            if not ok:
                return
        now = self.runner.now()
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Mengirim e-mail uji ke {to}…").format(to=to_addr.strip()))
        self.runner.background(
            lambda: mail.send_test(config, to_addr, now=now),
            on_done=lambda _r: self._test_sent(to_addr.strip()),
            on_error=self._test_failed,
            owner=self,
        )

    def _test_sent(self, to_addr: str) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet(OK_STYLE)
        self.test_result.setText(
            self.tr("E-mail uji terkirim ke {to}. Periksa kotak masuknya.").format(to=to_addr)
        )

    def _test_failed(self, err: Exception) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText("")
        self.errors.show_message(self.tr("E-mail uji gagal: {reason}").format(reason=error_text(err)))
        self.test_button.setFocus()

    # ---------------------------------------------------------------- mails that failed
    def refresh_status(self) -> None:
        self.runner.read(mail.mail_status, on_done=self._show_status, owner=self)

    def _show_status(self, status: mail.MailStatus) -> None:
        self.queue_info.setText(
            self.tr("{queued} e-mail menunggu dikirim, {failed} gagal.").format(
                queued=status.queued, failed=status.failed
            )
        )
        self._mail_ids = [m.id for m in status.problems]
        self.failures.setRowCount(len(status.problems))
        for r, m in enumerate(status.problems):
            to = f"{m.customer_name} <{m.to_addr}>" if m.customer_name else m.to_addr
            if m.state == "failed":
                tries = self.tr("{n}× — berhenti").format(n=m.attempts)
            else:
                tries = self.tr("{n}× — dicoba lagi {at}").format(
                    n=m.attempts, at=format_datetime(m.next_try_at)
                )
            for c, text in enumerate((to, m.subject, tries, m.last_error)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.failures.setItem(r, c, item)
        self.failures.resizeColumnsToContents()
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.retry_button.setEnabled(bool(self.failures.selectionModel().selectedRows()))

    def retry_selected(self) -> None:
        rows = self.failures.selectionModel().selectedRows()
        if not rows:
            return
        mail_id = self._mail_ids[rows[0].row()]
        now = self.runner.now()
        self.retry_button.setEnabled(False)
        self.runner.run(
            lambda s: mail.retry(s, mail_id, now=now),
            on_done=self._requeued,
            on_error=self._retry_failed,
            owner=self,
        )

    def _requeued(self, _changes) -> None:
        emit(self.requeued)
        self.refresh_status()

    def _retry_failed(self, err: Exception) -> None:
        self.errors.show_message(error_text(err))
        self.refresh_status()
