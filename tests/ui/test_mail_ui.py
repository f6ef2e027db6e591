"""E-mail in the GUI: the SMTP settings filled by keyboard and saved, a bad sender refused
beside the form, a test mail to a real local SMTP server (aiosmtpd), the failed-mail list
with "Coba lagi", the background sender, and the customer's e-mail field."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import select

from tests import factories as f
from tests.services.test_mail import Inbox, free_port
from tests.ui.conftest import UI_NOW
from tokodesk.db.models import Customer, LogEntry, OutgoingMail
from tokodesk.services import mail
from tokodesk.ui.customer_dialog import CustomerDialog
from tokodesk.ui.mail_dialog import MailSettingsDialog
from tokodesk.ui.mail_sender import MailSender


@pytest.fixture
def smtp_inbox():
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    inbox.port = controller.port
    yield inbox
    controller.stop()


@pytest.fixture
def make_sender():
    """MailSenders stopped after the test (their timers must not outlive it)."""
    made: list[MailSender] = []

    def make(*args, **kwargs) -> MailSender:
        made.append(MailSender(*args, **kwargs))
        return made[-1]

    yield make
    for sender in made:
        sender.shutdown()
        sender.deleteLater()


def open_dialog(qtbot, runner) -> MailSettingsDialog:
    dlg = MailSettingsDialog(runner)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.host)
    return dlg


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_settings_filled_by_keyboard_are_saved(qtbot, runner, db):
    dlg = open_dialog(qtbot, runner)
    assert dlg.password.echoMode() == QLineEdit.EchoMode.Password
    saved = []
    dlg.saved.connect(lambda: saved.append(True))

    type_text(qtbot, "smtp.contoh.id")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in (dlg.port, dlg.port.findChild(QLineEdit))
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dlg.security
    press(qtbot, Qt.Key.Key_Down)  # STARTTLS → SSL: the usual port follows
    assert (dlg.security.currentData(), dlg.port.value()) == ("ssl", 465)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "toko@contoh.id")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "rahasia 123")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dlg.sender
    type_text(qtbot, "Toko@Contoh.id")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert saved == [True] and not dlg.isVisible()
    config = db.read(mail.smtp_config)
    assert (config.host, config.port, config.security) == ("smtp.contoh.id", 465, "ssl")
    assert (config.user, config.password, config.sender) == (
        "toko@contoh.id",
        "rahasia 123",
        "toko@contoh.id",
    )

    again = open_dialog(qtbot, runner)  # shows what is stored
    assert (again.host.text(), again.port.value(), again.security.currentData()) == (
        "smtp.contoh.id",
        465,
        "ssl",
    )
    assert (again.user.text(), again.password.text(), again.sender.text()) == (
        "toko@contoh.id",
        "rahasia 123",
        "toko@contoh.id",
    )


def test_a_bad_sender_is_shown_and_nothing_is_saved(qtbot, runner, db):
    dlg = open_dialog(qtbot, runner)
    type_text(qtbot, "smtp.contoh.id")
    dlg.sender.setFocus()
    type_text(qtbot, "toko@contoh")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert dlg.isVisible()
    assert dlg.errors.isVisible()
    assert dlg.errors.text() == "Alamat e-mail «toko@contoh» tidak valid (contoh: nama@gmail.com)"
    assert QApplication.focusWidget() is dlg.sender and dlg.sender.styleSheet()
    assert db.read(mail.smtp_config).host == ""
    assert dlg.save_button.isEnabled()


def test_send_test_reaches_the_server_and_says_so(qtbot, runner, db, smtp_inbox, monkeypatch):
    dlg = open_dialog(qtbot, runner)
    asked = []

    def ask(suggestion):
        asked.append(suggestion)
        return " Pemilik@Contoh.id ", True

    monkeypatch.setattr(dlg, "ask_recipient", ask)
    dlg.host.setText("127.0.0.1")
    dlg.port.setValue(smtp_inbox.port)
    dlg.security.setCurrentIndex(dlg.security.findData("none"))
    dlg.sender.setText("toko@contoh.id")

    qtbot.keyClick(dlg, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # "Kirim e-mail &uji…"

    qtbot.waitUntil(lambda: asked == ["toko@contoh.id"])  # the sender is suggested
    qtbot.waitUntil(lambda: "terkirim" in dlg.test_result.text())
    assert dlg.test_result.text() == "E-mail uji terkirim ke Pemilik@Contoh.id. Periksa kotak masuknya."
    assert not dlg.errors.isVisible()
    (got,) = smtp_inbox.got
    assert got.rcpt_tos == ["pemilik@contoh.id"]
    assert got.message["Subject"] == "Uji e-mail TokoDesk"
    assert db.read(mail.smtp_config).host == ""  # a test saves nothing


def test_send_test_failure_is_shown_beside_the_form(qtbot, runner, monkeypatch):
    dlg = open_dialog(qtbot, runner)
    monkeypatch.setattr(dlg, "ask_recipient", lambda s: ("pemilik@contoh.id", True))
    port = free_port()
    dlg.host.setText("127.0.0.1")
    dlg.port.setValue(port)
    dlg.security.setCurrentIndex(dlg.security.findData("none"))
    dlg.sender.setText("toko@contoh.id")
    dlg.test_button.click()
    qtbot.waitUntil(dlg.errors.isVisible)
    assert dlg.errors.text() == (
        f"E-mail uji gagal: Tidak bisa terhubung ke 127.0.0.1:{port}: sambungan ditolak"
    )
    assert dlg.test_button.isEnabled() and dlg.test_result.text() == ""


def test_failed_mails_are_listed_and_retried_then_sent_by_the_sender(
    qtbot, runner, db, smtp_inbox, make_sender
):
    now = UI_NOW

    def setup(s):
        c = f.customer(s, db.actor, now, name="Siti Rahayu", email="siti@contoh.id")
        mail.save_smtp(
            s,
            mail.SmtpInput("127.0.0.1", free_port(), "none", "", "", "toko@contoh.id"),
            actor=db.actor,
            now=now,
        )
        mail_id, _ = mail.queue_mail(
            s, customer_id=c.id, order_id=None, subject="Nota", body="Terima kasih", actor=db.actor, now=now
        )
        m = s.get(OutgoingMail, mail_id)
        m.state, m.attempts, m.last_error = "failed", mail.MAX_ATTEMPTS, "Tidak bisa terhubung"
        return c.id, mail_id

    customer_id, mail_id = db.write(setup)
    sender = make_sender(runner, lambda: db)
    reports = []
    sender.report.connect(reports.append)

    dlg = open_dialog(qtbot, runner)
    dlg.requeued.connect(sender.kick)
    assert dlg.queue_info.text() == "0 e-mail menunggu dikirim, 1 gagal."
    assert dlg.failures.rowCount() == 1
    assert dlg.failures.item(0, 0).text() == "Siti Rahayu <siti@contoh.id>"
    assert dlg.failures.item(0, 3).text() == "Tidak bisa terhubung"
    assert not dlg.retry_button.isEnabled()

    # the server is fixed, the owner selects the mail and presses Alt+C
    db.write(
        lambda s: mail.save_smtp(
            s,
            mail.SmtpInput("127.0.0.1", smtp_inbox.port, "none", "", "", "toko@contoh.id"),
            actor=db.actor,
            now=UI_NOW,
        )
    )
    dlg.failures.setFocus()
    dlg.failures.selectRow(0)
    assert dlg.retry_button.isEnabled()
    qtbot.keyClick(dlg, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # "&Coba lagi"
    qtbot.waitUntil(lambda: len(reports) == 1)  # a mnemonic clicks after a moment
    assert [(r.sent, r.failed) for r in reports] == [(1, 0)]
    assert [g.rcpt_tos for g in smtp_inbox.got] == [["siti@contoh.id"]]
    assert db.read(lambda s: s.get(OutgoingMail, mail_id).state) == "sent"
    logged = db.read(lambda s: list(s.scalars(select(LogEntry).where(LogEntry.customer_id == customer_id))))
    assert [(e.channel, e.text) for e in logged] == [("email", "Subjek: Nota\n\nTerima kasih")]
    qtbot.waitUntil(lambda: dlg.failures.rowCount() == 0)
    sender.shutdown()
    sender.kick()  # after shutdown: nothing runs
    assert len(reports) == 1


def test_the_sender_runs_on_its_timer(qtbot, runner, db, smtp_inbox, make_sender):
    def setup(s):
        c = f.customer(s, db.actor, UI_NOW, name="Budi", email="budi@contoh.id")
        mail.save_smtp(
            s,
            mail.SmtpInput("127.0.0.1", smtp_inbox.port, "none", "", "", "toko@contoh.id"),
            actor=db.actor,
            now=UI_NOW,
        )
        mail.queue_mail(
            s, customer_id=c.id, order_id=None, subject="Halo", body="Isi", actor=db.actor, now=UI_NOW
        )

    db.write(setup)
    opened = []
    sender = make_sender(runner, lambda: opened[0] if opened else None, interval_ms=20)
    reports = []
    sender.report.connect(reports.append)
    qtbot.wait(60)
    assert reports == []  # no database yet: nothing to do
    opened.append(db)
    qtbot.waitUntil(lambda: len(reports) >= 1)
    assert reports[0].sent == 1 and len(smtp_inbox.got) == 1
    sender.shutdown()
    count = len(reports)
    qtbot.wait(60)
    assert len(reports) == count

    assert not sender.running


def test_the_customer_dialog_takes_an_email(qtbot, runner, db, message_boxes):
    dlg = CustomerDialog(runner)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.name, "Siti Rahayu")
    qtbot.keyClicks(dlg.phone, "0812-3456-7890")
    qtbot.keyClicks(dlg.email, "siti@gmail")
    dlg.save()
    assert dlg.isVisible()
    assert dlg.errors.text() == "Alamat e-mail «siti@gmail» tidak valid (contoh: nama@gmail.com)"
    assert dlg.email.styleSheet()
    qtbot.keyClicks(dlg.email, ".com")
    dlg.save()
    assert dlg.result_row is not None and dlg.result_row.email == "siti@gmail.com"
    assert db.read(lambda s: s.scalar(select(Customer.email))) == "siti@gmail.com"

    edit = CustomerDialog(runner, existing=dlg.result_row)
    qtbot.addWidget(edit)
    assert edit.email.text() == "siti@gmail.com"


def test_the_sender_works_off_the_ui_thread(qtbot, db, smtp_inbox, monkeypatch):
    from tokodesk.ui.runner import Runner

    def setup(s):
        c = f.customer(s, db.actor, UI_NOW, name="Budi", email="budi@contoh.id")
        mail.save_smtp(
            s,
            mail.SmtpInput("127.0.0.1", smtp_inbox.port, "none", "", "", "toko@contoh.id"),
            actor=db.actor,
            now=UI_NOW,
        )
        mail.queue_mail(
            s, customer_id=c.id, order_id=None, subject="Halo", body="Isi", actor=db.actor, now=UI_NOW
        )

    db.write(setup)
    threads = []
    deliver = mail.deliver_due

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return deliver(*args, **kwargs)

    monkeypatch.setattr(mail, "deliver_due", recording)
    mail_runner = Runner()  # a runner of its own, as the app gives the printer
    mail_runner.clock = lambda: UI_NOW
    try:
        sender = MailSender(mail_runner, lambda: db, interval_ms=3_600_000)
        with qtbot.waitSignal(sender.report, timeout=10_000) as got:
            sender.kick()
        assert got.args[0].sent == 1
        assert threads and threads[0] is not threading.main_thread()
        sender.shutdown()
    finally:
        mail_runner.shutdown()
    assert len(smtp_inbox.got) == 1
