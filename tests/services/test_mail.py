"""E-mail through the shop's SMTP server, against a real SMTP server on 127.0.0.1 (aiosmtpd):
plain, STARTTLS and SSL (a certificate made by a test CA, trusted by the client only here),
login, refused logins and recipients, a closed port, the retry schedule, the log entry of
every sent mail, and the customer's e-mail address itself."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import functools
import socket
import ssl
import threading
from dataclasses import dataclass, field

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from sqlalchemy import select

from tests import factories as f
from tests.factories import open_as_owner as open_database
from tokodesk.db.models import Customer, LogEntry, OutgoingMail, Reminder
from tokodesk.domain.errors import DomainError, InvalidInput
from tokodesk.domain.messages import MessageKind
from tokodesk.services import exchange, mail, notify, settings
from tokodesk.services.customers import CustomerInput, create_customer, get_customer, update_customer
from tokodesk.services.exchange import read_table

WIB = dt.timezone(dt.timedelta(hours=7))
NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=WIB)
USER, PASSWORD = "toko@contoh.id", "rahasia-123"
BODY = "Halo Bu Siti,\nkaos sablon Anda sudah siap diambil. Sisa tagihan Rp125.000 — terima kasih ✓"


# ------------------------------------------------------------------------------ the server


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    message: email.message.EmailMessage
    tls: bool
    authenticated: bool


@dataclass
class Inbox:
    """An aiosmtpd handler keeping what arrives; ``refuse`` lists recipients to refuse."""

    got: list[Received] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        msg = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        self.got.append(
            Received(
                envelope.mail_from,
                list(envelope.rcpt_tos),
                msg,
                server.transport.get_extra_info("ssl_object") is not None,
                bool(session.authenticated),
            )
        )
        return "250 2.0.0 OK"


def text_of(msg: email.message.EmailMessage) -> str:
    """The decoded body as the customer reads it (line ends as on the wire: CRLF)."""
    return msg.get_content().replace("\r\n", "\n").rstrip("\n")


def check_login(server, session, envelope, mechanism, data):
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    port: int
    inbox: Inbox


@dataclass(frozen=True)
class Tls:
    server: ssl.SSLContext  # the test certificate for 127.0.0.1
    client: ssl.SSLContext  # trusts the test CA (and nothing else)


@pytest.fixture(scope="module")
def tls() -> Tls:
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(server)
    client = ssl.create_default_context()
    ca.configure_trust(client)
    return Tls(server, client)


@pytest.fixture
def smtp_server():
    """Start SMTP servers: ``smtp_server(**aiosmtpd options)`` → ``Server``; all stopped after."""
    running: list[Controller] = []

    def start(**options) -> Server:
        inbox = Inbox()
        controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), **options)
        controller.start()
        running.append(controller)
        return Server(controller.port, inbox)

    yield start
    for controller in running:
        controller.stop()


# ------------------------------------------------------------------------------ the shop


@pytest.fixture
def db(db_url):
    database = open_database(db_url, now=NOW)
    yield database
    database.close()


@dataclass(frozen=True)
class Shop:
    customer_id: int
    order_id: int


@pytest.fixture
def shop(db) -> Shop:
    def make(s):
        c = f.customer(s, db.actor, NOW, name="Siti Rahayu", email=" Siti.Rahayu@Contoh.ID ")
        _, oid = f.order(s, db.actor, NOW, customer_id=c.id)
        settings.put(s, "shop.name", "Toko Sablon Maju")
        return Shop(c.id, oid)

    return db.write(make)


def configure(db, port: int, security: str = "none", user: str = "", password: str = "") -> None:
    db.write(
        lambda s: mail.save_smtp(
            s,
            mail.SmtpInput("127.0.0.1", port, security, user, password, "toko@contoh.id"),
            actor=db.actor,
            now=NOW,
        )
    )


def queue(db, shop: Shop, *, subject="Pesanan siap diambil", body=BODY, reminder_id=None) -> int:
    mail_id, _ = db.write(
        lambda s: mail.queue_mail(
            s,
            customer_id=shop.customer_id,
            order_id=shop.order_id,
            subject=subject,
            body=body,
            actor=db.actor,
            now=NOW,
            reminder_id=reminder_id,
        )
    )
    return mail_id


def row(db, mail_id: int) -> OutgoingMail:
    return db.read(lambda s: s.get(OutgoingMail, mail_id))


def log_entries(db, customer_id: int) -> list[LogEntry]:
    return db.read(lambda s: list(s.scalars(select(LogEntry).where(LogEntry.customer_id == customer_id))))


# ------------------------------------------------------------------------------ delivering


def test_a_queued_mail_reaches_the_server_and_is_logged(db, shop, smtp_server):
    server = smtp_server()
    configure(db, server.port)
    mail_id = queue(db, shop)
    assert row(db, mail_id).state == "queued"
    assert server.inbox.got == []  # queueing sends nothing

    report = mail.deliver_due(db, NOW)

    assert (report.sent, report.failed, report.errors) == (1, 0, [])
    (got,) = server.inbox.got
    assert got.rcpt_tos == ["siti.rahayu@contoh.id"]
    assert got.mail_from == "toko@contoh.id"
    assert (got.tls, got.authenticated) == (False, False)  # security "none", no user
    msg = got.message
    assert msg["To"] == "siti.rahayu@contoh.id"
    assert msg["From"] == "Toko Sablon Maju <toko@contoh.id>"
    assert msg["Subject"] == "Pesanan siap diambil"
    assert msg["Message-ID"].endswith("@contoh.id>")
    assert email.utils.parsedate_to_datetime(msg["Date"]) == NOW
    assert msg.get_content_type() == "text/plain"
    assert msg.get_content_charset() == "utf-8"
    assert text_of(msg) == BODY

    sent = row(db, mail_id)
    assert (sent.state, sent.attempts, sent.last_error) == ("sent", 1, "")
    assert sent.sent_at == NOW
    (entry,) = log_entries(db, shop.customer_id)
    assert sent.log_entry_id == entry.id
    assert (entry.channel, entry.direction, entry.source) == ("email", "out", "email")
    assert entry.order_id == shop.order_id
    assert entry.staff_id == db.actor.staff_id
    assert entry.text == f"Subjek: Pesanan siap diambil\n\n{BODY}"
    assert entry.hash  # sealed in the log's chain

    assert mail.deliver_due(db, NOW + dt.timedelta(hours=1)) == mail.DeliveryReport()  # never twice
    assert len(server.inbox.got) == 1


def test_a_composed_reminder_sent_by_email_is_marked_sent(db, shop, smtp_server):
    server = smtp_server()
    configure(db, server.port)

    def make_reminder(s):
        r = Reminder(
            order_id=shop.order_id,
            kind=str(MessageKind.REMIND_DAY_BEFORE),
            due_on=NOW.date(),
            queued_at=NOW,
            state="queued",
        )
        s.add(r)
        s.flush()
        return r.id, notify.compose(s, shop.order_id, MessageKind.REMIND_DAY_BEFORE, NOW.date())

    reminder_id, composed = db.write(make_reminder)
    assert composed.email == "siti.rahayu@contoh.id"
    queue(db, shop, subject=composed.subject, body=composed.text, reminder_id=reminder_id)

    assert mail.deliver_due(db, NOW).sent == 1

    (got,) = server.inbox.got
    assert got.message["Subject"] == composed.subject
    assert text_of(got.message) == composed.text.strip()
    r = db.read(lambda s: s.get(Reminder, reminder_id))
    (entry,) = log_entries(db, shop.customer_id)
    assert (r.state, r.channel, r.log_entry_id, r.done_at) == ("sent", "email", entry.id, NOW)


def test_a_reminder_sent_meanwhile_by_whatsapp_does_not_lose_the_mail_log(db, shop, smtp_server):
    server = smtp_server()
    configure(db, server.port)

    def make_reminder(s):
        r = Reminder(order_id=shop.order_id, kind="ready", due_on=NOW.date(), queued_at=NOW, state="queued")
        s.add(r)
        s.flush()
        return r.id

    reminder_id = db.write(make_reminder)
    queue(db, shop, reminder_id=reminder_id)
    db.write(
        lambda s: notify.record_sent(
            s,
            customer_id=shop.customer_id,
            order_id=shop.order_id,
            channel=notify.Channel.WHATSAPP,
            text="Pesanan siap",
            actor=db.actor,
            now=NOW,
            reminder_id=reminder_id,
        )
    )
    assert mail.deliver_due(db, NOW).sent == 1
    assert sorted(e.channel for e in log_entries(db, shop.customer_id)) == ["email", "whatsapp"]
    assert db.read(lambda s: s.get(Reminder, reminder_id)).channel == "whatsapp"


def test_starttls_with_login(db, shop, smtp_server, tls):
    server = smtp_server(
        tls_context=tls.server, require_starttls=True, authenticator=check_login, auth_required=True
    )
    configure(db, server.port, "starttls", USER, PASSWORD)
    queue(db, shop)

    report = mail.deliver_due(db, NOW, connect=functools.partial(mail.open_smtp, context=tls.client))

    assert (report.sent, report.failed) == (1, 0)
    (got,) = server.inbox.got
    assert (got.tls, got.authenticated) == (True, True)
    assert text_of(got.message) == BODY


def test_ssl_with_login(db, shop, smtp_server, tls):
    # the whole connection is TLS (aiosmtpd only counts STARTTLS as such when offering AUTH)
    server = smtp_server(ssl_context=tls.server, authenticator=check_login, auth_require_tls=False)
    configure(db, server.port, "ssl", USER, PASSWORD)
    queue(db, shop)

    report = mail.deliver_due(db, NOW, connect=functools.partial(mail.open_smtp, context=tls.client))

    assert (report.sent, report.failed) == (1, 0)
    (got,) = server.inbox.got
    assert (got.tls, got.authenticated) == (True, True)


def test_the_servers_certificate_is_checked(db, shop, smtp_server, tls):
    server = smtp_server(tls_context=tls.server, require_starttls=True)
    configure(db, server.port, "starttls")
    mail_id = queue(db, shop)

    report = mail.deliver_due(db, NOW)  # the system's trusted CAs: the test CA is not one of them

    assert (report.sent, report.failed) == (0, 1)
    assert "Sertifikat server SMTP tidak bisa dipercaya" in report.errors[0]
    assert server.inbox.got == []
    assert row(db, mail_id).state == "queued"


def test_starttls_against_a_server_without_it_says_so(db, shop, smtp_server):
    server = smtp_server()
    configure(db, server.port, "starttls")
    queue(db, shop)
    report = mail.deliver_due(db, NOW)
    assert report.errors == ["Server SMTP tidak mendukung STARTTLS; pilih SSL (port 465) atau tanpa enkripsi"]


def test_a_refused_login_is_retried_later_then_given_up(db, shop, smtp_server, tls):
    server = smtp_server(tls_context=tls.server, authenticator=check_login, auth_required=True)
    configure(db, server.port, "starttls", USER, "salah")
    mail_id = queue(db, shop)
    connect = functools.partial(mail.open_smtp, context=tls.client)

    report = mail.deliver_due(db, NOW, connect=connect)

    assert (report.sent, report.failed) == (0, 1)
    (reason,) = report.errors
    assert reason.startswith("Login ke server SMTP ditolak: periksa nama pengguna dan kata sandi")
    assert "535" in reason
    m = row(db, mail_id)
    assert (m.state, m.attempts, m.last_error) == ("queued", 1, reason)
    assert m.next_try_at == NOW + dt.timedelta(minutes=1)
    assert m.log_entry_id is None and log_entries(db, shop.customer_id) == []

    # not due before its time
    assert mail.deliver_due(db, NOW + dt.timedelta(seconds=59), connect=connect) == mail.DeliveryReport()

    waits = [1, 5, 15, 60, 180, 180, 180]
    at = NOW + dt.timedelta(minutes=1)
    for attempt, wait in enumerate(waits[1:], start=2):
        assert mail.deliver_due(db, at, connect=connect).failed == 1
        m = row(db, mail_id)
        assert (m.state, m.attempts) == ("queued", attempt)
        assert m.next_try_at == at + dt.timedelta(minutes=wait)
        at = m.next_try_at
    assert mail.deliver_due(db, at, connect=connect).failed == 1
    m = row(db, mail_id)
    assert (m.state, m.attempts) == ("failed", mail.MAX_ATTEMPTS)
    assert mail.deliver_due(db, at + dt.timedelta(days=7), connect=connect) == mail.DeliveryReport()

    status = db.read(mail.mail_status)
    assert (status.queued, status.failed) == (0, 1)
    (problem,) = status.problems
    assert (problem.id, problem.customer_name, problem.state) == (mail_id, "Siti Rahayu", "failed")
    assert problem.last_error == reason

    # the owner fixes the password and presses "Coba lagi"
    configure(db, server.port, "starttls", USER, PASSWORD)
    later = at + dt.timedelta(days=1)
    db.write(lambda s: mail.retry(s, mail_id, now=later))
    m = row(db, mail_id)
    assert (m.state, m.attempts, m.next_try_at) == ("queued", 0, later)
    assert mail.deliver_due(db, later, connect=connect).sent == 1
    assert row(db, mail_id).state == "sent"
    assert len(server.inbox.got) == 1
    with pytest.raises(DomainError, match="sudah terkirim"):
        db.write(lambda s: mail.retry(s, mail_id))
    assert db.read(mail.mail_status) == mail.MailStatus(0, 0, [])


def test_a_closed_port_is_a_failed_attempt_not_an_exception(db, shop):
    port = free_port()  # nobody listens there
    configure(db, port)
    first, second = queue(db, shop), queue(db, shop, subject="Kedua")

    report = mail.deliver_due(db, NOW)

    assert (report.sent, report.failed) == (0, 2)
    assert report.errors == [f"Tidak bisa terhubung ke 127.0.0.1:{port}: sambungan ditolak"]
    for mail_id in (first, second):
        m = row(db, mail_id)
        assert (m.state, m.attempts, m.next_try_at) == ("queued", 1, NOW + dt.timedelta(minutes=1))
        assert "sambungan ditolak" in m.last_error


def test_a_refused_recipient_fails_alone(db, shop, smtp_server):
    server = smtp_server()
    server.inbox.refuse.add("budi@contoh.id")
    configure(db, server.port)

    def budi(s):
        c = f.customer(s, db.actor, NOW, name="Budi", email="budi@contoh.id")
        return Shop(c.id, f.order(s, db.actor, NOW, customer_id=c.id)[1])

    refused = queue(db, db.write(budi))
    ok = queue(db, shop)

    report = mail.deliver_due(db, NOW)

    assert (report.sent, report.failed) == (1, 1)
    assert report.errors == ["Alamat penerima budi@contoh.id ditolak server (550 5.1.1 No such user here)"]
    assert row(db, refused).state == "queued" and row(db, refused).attempts == 1
    assert row(db, ok).state == "sent"
    assert [g.rcpt_tos for g in server.inbox.got] == [["siti.rahayu@contoh.id"]]


def test_a_stopped_run_leaves_the_mails_due(db, shop, smtp_server):
    server = smtp_server()
    configure(db, server.port)
    mail_id = queue(db, shop)
    stop = threading.Event()
    stop.set()
    assert mail.deliver_due(db, NOW, stop=stop) == mail.DeliveryReport()
    assert (row(db, mail_id).state, row(db, mail_id).next_try_at) == ("queued", NOW)
    assert mail.deliver_due(db, NOW).sent == 1


def test_mails_wait_while_email_is_switched_off(db, shop, smtp_server):
    server = smtp_server()
    configure(db, server.port)
    mail_id = queue(db, shop)
    db.write(lambda s: mail.save_smtp(s, mail.SmtpInput("", 587, "starttls"), actor=db.actor, now=NOW))
    assert mail.deliver_due(db, NOW) == mail.DeliveryReport()
    assert (row(db, mail_id).state, row(db, mail_id).attempts) == ("queued", 0)
    configure(db, server.port)
    assert mail.deliver_due(db, NOW + dt.timedelta(days=1)).sent == 1


def test_backoff_schedule():
    minutes = [mail.backoff(n) / dt.timedelta(minutes=1) for n in range(1, 9)]
    assert minutes == [1, 5, 15, 60, 180, 180, 180, 180]


# ------------------------------------------------------------------------------ refusing to queue


def test_no_mail_is_queued_before_smtp_is_set_up(db, shop):
    with pytest.raises(DomainError, match="E-mail belum diatur: isi server SMTP di Pengaturan e-mail"):
        queue(db, shop)
    assert db.read(lambda s: s.scalar(select(OutgoingMail.id))) is None


def test_a_customer_without_email_is_refused_clearly(db):
    configure(db, free_port())

    def no_email(s):
        c = f.customer(s, db.actor, NOW, name="Budi Santoso")
        return Shop(c.id, f.order(s, db.actor, NOW, customer_id=c.id)[1])

    with pytest.raises(DomainError) as e:
        queue(db, db.write(no_email))
    assert str(e.value) == "Pelanggan Budi Santoso belum punya alamat e-mail; isi dulu di data pelanggan"


def test_an_empty_mail_is_refused(db, shop):
    configure(db, free_port())
    with pytest.raises(InvalidInput) as e:
        queue(db, shop, subject=" \n ", body="  ")
    assert {x.field for x in e.value.errors} == {"subject", "body"}


def test_a_subject_is_one_line(db, shop, smtp_server):
    server = smtp_server()
    configure(db, server.port)
    mail_id = queue(db, shop, subject="Pesanan\r\nBcc: semua@contoh.id")
    assert row(db, mail_id).subject == "Pesanan Bcc: semua@contoh.id"
    mail.deliver_due(db, NOW)
    (got,) = server.inbox.got
    assert got.rcpt_tos == ["siti.rahayu@contoh.id"] and got.message["Bcc"] is None


# ------------------------------------------------------------------------------ settings & test mail


def test_settings_are_checked_and_saved(session, actor):
    with pytest.raises(InvalidInput) as e:
        mail.save_smtp(
            session, mail.SmtpInput("smtp gmail com", 0, "tls", "", "", "toko@"), actor=actor, now=NOW
        )
    assert {x.field for x in e.value.errors} == {"host", "port", "security", "sender"}
    assert "Nama server SMTP tidak valid" in e.value.first("host").message
    assert e.value.first("sender").message == "Alamat e-mail «toko@» tidak valid (contoh: nama@gmail.com)"
    with pytest.raises(InvalidInput) as e:
        mail.save_smtp(
            session, mail.SmtpInput("smtp.gmail.com:587", 587, "starttls", "", "", ""), actor=actor, now=NOW
        )
    assert [x.field for x in e.value.errors] == ["host", "sender"]
    assert settings.get(session, "smtp.host") == ""

    changes = mail.save_smtp(
        session,
        mail.SmtpInput(" SMTP.Gmail.com ", 465, "ssl", " toko ", " sandi ", "Toko@Contoh.id"),
        actor=actor,
        now=NOW,
    )
    assert changes.settings
    config = mail.smtp_config(session)
    assert config == mail.SmtpConfig(
        "smtp.gmail.com", 465, "ssl", "toko", " sandi ", "toko@contoh.id", "Toko Saya"
    )
    assert config.enabled and "sandi" not in repr(config)

    mail.save_smtp(
        session, mail.SmtpInput("", 587, "starttls", "", "", ""), actor=actor, now=NOW
    )  # e-mail off
    assert not mail.smtp_config(session).enabled
    mail.save_smtp(
        session, mail.SmtpInput("192.168.1.10", 25, "none", "", "", "kasir@toko.id"), actor=actor, now=NOW
    )
    assert mail.smtp_config(session).host == "192.168.1.10"


def test_send_test_reaches_the_server(smtp_server, tls):
    server = smtp_server(tls_context=tls.server, authenticator=check_login, auth_required=True)
    config = mail.SmtpConfig("127.0.0.1", server.port, "starttls", USER, PASSWORD, "toko@contoh.id", "Toko")
    mail.send_test(
        config, " Pemilik@Contoh.id ", connect=functools.partial(mail.open_smtp, context=tls.client), now=NOW
    )
    (got,) = server.inbox.got
    assert got.rcpt_tos == ["pemilik@contoh.id"]
    assert got.message["Subject"] == "Uji e-mail TokoDesk"
    assert "pengaturan SMTP sudah benar" in got.message.get_content()


def test_send_test_says_why_it_failed(smtp_server, tls):
    server = smtp_server(tls_context=tls.server, authenticator=check_login, auth_required=True)
    connect = functools.partial(mail.open_smtp, context=tls.client)
    config = mail.SmtpConfig("127.0.0.1", server.port, "starttls", USER, "salah", "toko@contoh.id")
    with pytest.raises(DomainError, match="Login ke server SMTP ditolak"):
        mail.send_test(config, "pemilik@contoh.id", connect=connect)
    port = free_port()
    closed = mail.SmtpConfig("127.0.0.1", port, "none", sender="toko@contoh.id")
    with pytest.raises(DomainError) as e:
        mail.send_test(closed, "pemilik@contoh.id")
    assert str(e.value) == f"Tidak bisa terhubung ke 127.0.0.1:{port}: sambungan ditolak"
    with pytest.raises(InvalidInput) as e:
        mail.send_test(closed, "pemilik")
    assert e.value.errors[0].field == "to"
    with pytest.raises(DomainError, match="E-mail belum diatur"):
        mail.send_test(mail.SmtpConfig(), "pemilik@contoh.id")
    assert server.inbox.got == []


# ------------------------------------------------------------------------------ the customer's address


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ""),
        ("   ", ""),
        (" Siti.Rahayu@Gmail.COM ", "siti.rahayu@gmail.com"),
        ("budi+toko@mail.co.id", "budi+toko@mail.co.id"),
    ],
)
def test_check_email_accepts(text, expected):
    assert mail.check_email(text) == expected


@pytest.mark.parametrize(
    "text",
    ["siti", "siti@", "@gmail.com", "siti@gmail", "siti rahayu@gmail.com", "siti@@gmail.com",
     "siti@gmail..com", "siti.@gmail.com", "siti@-gmail.com", "sití@gmail.com", "a" * 65 + "@gmail.com"],
)  # fmt: skip
def test_check_email_refuses(text):
    with pytest.raises(InvalidInput) as e:
        mail.check_email(text)
    (err,) = e.value.errors
    assert err.field == "email"
    assert err.message == f"Alamat e-mail «{text.strip()}» tidak valid (contoh: nama@gmail.com)"


def test_a_customer_email_is_stored_when_valid(session, actor, now):
    row, _ = create_customer(
        session,
        CustomerInput(name="Siti", phone="0812-3456-7890", email=" Siti@Gmail.com "),
        actor=actor,
        now=now,
    )
    assert row.email == "siti@gmail.com"
    assert session.get(Customer, row.id).email == "siti@gmail.com"
    row, _ = update_customer(
        session, row.id, CustomerInput(name="Siti", phone="0812-3456-7890", email=""), actor=actor, now=now
    )
    assert get_customer(session, row.id).email == ""


def test_a_bad_customer_email_is_refused_with_a_message(session, actor, now):
    with pytest.raises(InvalidInput) as e:
        create_customer(
            session,
            CustomerInput(name="Siti", phone="0812-3456-7890", email="siti@gmail"),
            actor=actor,
            now=now,
        )
    assert [(x.field, x.message) for x in e.value.errors] == [
        ("email", "Alamat e-mail «siti@gmail» tidak valid (contoh: nama@gmail.com)")
    ]
    assert session.scalar(select(Customer.id)) is None


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_customer_email_goes_out_and_back_in_with_the_files(session, actor, now, tmp_path, fmt, db_url):
    f.customer(session, actor, now, name="Siti", phone="0812-3456-7890", email="siti@gmail.com")
    f.customer(session, actor, now, name="Budi", phone="0813-1111-2222")
    out = tmp_path / f"c.{fmt}"
    exchange.export_customers(session, out)
    table = read_table(out)
    assert table.columns[-1] == "email"
    assert {r.get("name"): r.get("email") for r in table.rows} == {"Siti": "siti@gmail.com", "Budi": ""}

    db = open_database(db_url, now=now)
    try:
        db.write(lambda s: exchange.import_customers(s, table, actor=db.actor, now=now))
        emails = db.read(lambda s: dict(s.execute(select(Customer.name, Customer.email)).all()))
    finally:
        db.close()
    assert emails == {"Siti": "siti@gmail.com", "Budi": ""}


def test_a_customers_file_without_emails_has_no_email_column(session, actor, now, tmp_path):
    f.customer(session, actor, now, name="Budi", phone="0813-1111-2222")
    out = tmp_path / "c.csv"
    exchange.export_customers(session, out)
    assert "email" not in read_table(out).columns


def test_a_bad_email_in_an_imported_file_is_reported_by_line(session, actor, now, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("name,phone,email\nSiti,0812-3456-7890,siti@gmail.com\nBudi,0813 1111 2222,budi@\n")
    with pytest.raises(exchange.ImportRejected) as e:
        exchange.import_customers(session, read_table(path), actor=actor, now=now)
    assert e.value.lines == [(3, "Alamat e-mail «budi@» tidak valid (contoh: nama@gmail.com)")]
