"""E-mail to customers through the shop's own SMTP server.

* The owner sets the server once (``save_smtp``); an empty host means e-mail is not used.
* ``queue_mail`` only writes a row in ``outgoing_mail``: nothing touches the network inside
  a database transaction.
* ``deliver_due`` is what the app's sender runs off the UI thread every minute: it takes
  the mails that are due, talks to the server with no transaction open, then records each
  outcome in a short write transaction of its own.  A sent mail is logged in the
  customer's communication log (``notify.record_sent``), which is the evidence that it
  went; a failed one is tried again later (1, 5, 15, 60 minutes, then every 3 hours) and
  given up after ``MAX_ATTEMPTS``, until staff press "Coba lagi" (``retry``).
* Network trouble never raises out of ``deliver_due``: each failure becomes a short
  Indonesian reason on the mail (``last_error``) and in the returned report.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
import re
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from tokodesk.db.models import Customer, Order, OutgoingMail, Reminder, Staff
from tokodesk.domain.access import Permission
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, FieldError, InvalidInput, NotFound
from tokodesk.domain.log import Channel
from tokodesk.services import audit, settings
from tokodesk.services.access import require
from tokodesk.services.audit import Target
from tokodesk.services.context import Actor, Changes

if TYPE_CHECKING:
    import smtplib
    from email.message import EmailMessage

    from tokodesk.services.database import Database

log = logging.getLogger(__name__)

SECURITY = ("starttls", "ssl", "none")
TIMEOUT = 20.0  # seconds for each network step (connect, a command, sending the data)
MAX_ATTEMPTS = 8  # then the mail is "failed" and waits for staff to press "Coba lagi"
BACKOFF = (
    dt.timedelta(minutes=1),
    dt.timedelta(minutes=5),
    dt.timedelta(minutes=15),
    dt.timedelta(minutes=60),
)
BACKOFF_LATER = dt.timedelta(hours=3)
CLAIM = dt.timedelta(minutes=10)  # a mail being sent is not due for anyone else meanwhile
BATCH = 50  # mails per delivery run
MAX_SUBJECT = 200  # OutgoingMail.subject
MAX_BODY = 40_000  # the log keeps "Subjek: …" + the body, and takes at most 50 000 characters
MAX_EMAIL = 254
MAX_DETAIL = 160  # the server's own words kept in a reason

_EMAIL = re.compile(
    r"[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})"
)
_HOST = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*")

# ------------------------------------------------------------------------------ addresses


def check_email(text: str, *, field: str = "email") -> str:
    """An e-mail address trimmed and lower-cased; "" stays "" (no address).  Raises
    ``InvalidInput`` on ``field`` for anything that is not a plain ``nama@domain.tld``."""
    value = (text or "").strip().lower()
    if not value:
        return ""
    local = value.partition("@")[0]
    if len(value) > MAX_EMAIL or len(local) > 64 or not _EMAIL.fullmatch(value):
        raise invalid_email(field, text.strip())
    return value


def invalid_email(field: str, text: str) -> InvalidInput:
    return InvalidInput(
        [
            FieldError(
                field,
                QT_TRANSLATE_NOOP("errors", "Alamat e-mail «{text}» tidak valid (contoh: nama@gmail.com)"),
                {"text": text},
            )
        ]
    )


def _check_host(text: str) -> str | None:
    """The host in the form the socket takes, or None if it does not look like one."""
    host = text.strip().lower()
    try:
        return str(ipaddress.ip_address(host.strip("[]")))
    except ValueError:
        pass
    if len(host) <= 253 and _HOST.fullmatch(host):
        return host
    return None


# ------------------------------------------------------------------------------ settings


@dataclass(frozen=True)
class SmtpConfig:
    """The shop's SMTP server.  ``host`` "" means e-mail is not used."""

    host: str = ""
    port: int = 587
    security: str = "starttls"  # starttls | ssl | none
    user: str = ""
    password: str = field(default="", repr=False)
    sender: str = ""
    shop_name: str = ""  # shown as the sender's name: "Toko Saya <toko@contoh.id>"

    @property
    def enabled(self) -> bool:
        return bool(self.host)


@dataclass(frozen=True)
class SmtpInput:
    """What the owner typed in the e-mail settings."""

    host: str
    port: int
    security: str
    user: str = ""
    password: str = ""
    sender: str = ""


def smtp_config(session: Session) -> SmtpConfig:
    return SmtpConfig(
        host=settings.get(session, "smtp.host"),
        port=settings.get(session, "smtp.port"),
        security=settings.get(session, "smtp.security"),
        user=settings.get(session, "smtp.user"),
        password=settings.get(session, "smtp.password"),
        sender=settings.get(session, "smtp.sender"),
        shop_name=settings.get(session, "shop.name"),
    )


def clean_smtp(data: SmtpInput, *, shop_name: str = "") -> SmtpConfig:
    """Check the form (every bad field at once) without saving it: the "send test" button
    tries what is typed before it is saved."""
    errors: list[FieldError] = []
    host = ""
    if data.host.strip():
        checked = _check_host(data.host)
        if checked is None:
            errors.append(
                FieldError(
                    "host",
                    QT_TRANSLATE_NOOP(
                        "errors", "Nama server SMTP tidak valid (contoh: smtp.gmail.com; port diisi terpisah)"
                    ),
                )
            )
        else:
            host = checked
    if not isinstance(data.port, int) or not 1 <= data.port <= 65535:
        errors.append(FieldError("port", QT_TRANSLATE_NOOP("errors", "Port SMTP harus 1 sampai 65535")))
    if data.security not in SECURITY:
        errors.append(
            FieldError("security", QT_TRANSLATE_NOOP("errors", "Pilih keamanan: STARTTLS, SSL, atau tanpa"))
        )
    sender = ""
    try:
        sender = check_email(data.sender, field="sender")
    except InvalidInput as e:
        errors.extend(e.errors)
    if data.host.strip() and not data.sender.strip():
        errors.append(
            FieldError(
                "sender",
                QT_TRANSLATE_NOOP("errors", "Isi alamat pengirim: server SMTP memerlukannya"),
            )
        )
    user = data.user.strip()
    if len(user) > 254:
        errors.append(FieldError("user", QT_TRANSLATE_NOOP("errors", "Nama pengguna SMTP terlalu panjang")))
    if errors:
        raise InvalidInput(errors)
    return SmtpConfig(host, data.port, data.security, user, data.password, sender, shop_name)


def save_smtp(session: Session, data: SmtpInput, *, actor: Actor, now: dt.datetime) -> Changes:
    """Save the e-mail settings, all or nothing."""
    require(session, actor, Permission.SETTINGS, action="settings.mail", now=now, target=Target("settings"))
    config = clean_smtp(data)
    changed = settings.put_all(
        session,
        {
            "smtp.host": config.host,
            "smtp.port": config.port,
            "smtp.security": config.security,
            "smtp.user": config.user,
            "smtp.password": config.password,
            "smtp.sender": config.sender,
        },
    )
    if changed:  # names what changed, never the password itself
        audit.record(
            session,
            actor,
            "settings.mail",
            now=now,
            target=Target("settings"),
            detail=settings.changed_words(changed),
        )
    return Changes(settings=True)


# ------------------------------------------------------------------------------ problems


class MailProblem(DomainError):
    """Why a mail did not go, in words the shop can act on."""


def _words(e: BaseException) -> str:
    """The server's or the system's own words, short."""
    raw = getattr(e, "smtp_error", None)
    if isinstance(raw, bytes):
        text = raw.decode("utf-8", "replace")
    elif raw is not None:
        text = str(raw)
    else:
        text = getattr(e, "strerror", None) or getattr(e, "reason", None) or str(e) or type(e).__name__
    text = " ".join(str(text).split())
    code = getattr(e, "smtp_code", None)
    if isinstance(code, int) and code > 0:
        text = f"{code} {text}"
    return text if len(text) <= MAX_DETAIL else text[: MAX_DETAIL - 1] + "…"


def describe(e: BaseException, config: SmtpConfig) -> MailProblem:
    """A short Indonesian reason for a failed send."""
    import smtplib  # heavy: imported when first used (start-up time)

    if isinstance(e, MailProblem):
        return e
    if isinstance(e, smtplib.SMTPAuthenticationError):
        return MailProblem(
            QT_TRANSLATE_NOOP(
                "errors", "Login ke server SMTP ditolak: periksa nama pengguna dan kata sandi ({detail})"
            ),
            detail=_words(e),
        )
    if isinstance(e, smtplib.SMTPRecipientsRefused):
        addr, reply = next(iter(e.recipients.items()), ("", (0, b"")))
        return MailProblem(
            QT_TRANSLATE_NOOP("errors", "Alamat penerima {addr} ditolak server ({detail})"),
            addr=addr,
            detail=_words(smtplib.SMTPResponseException(*reply)),
        )
    if isinstance(e, smtplib.SMTPSenderRefused):
        return MailProblem(
            QT_TRANSLATE_NOOP("errors", "Alamat pengirim {addr} ditolak server ({detail})"),
            addr=config.sender,
            detail=_words(e),
        )
    if isinstance(e, smtplib.SMTPServerDisconnected):
        return MailProblem(
            QT_TRANSLATE_NOOP(
                "errors", "Server SMTP memutus sambungan; periksa port dan pilihan keamanan (STARTTLS/SSL)"
            )
        )
    if isinstance(e, smtplib.SMTPResponseException):
        return MailProblem(
            QT_TRANSLATE_NOOP("errors", "Server SMTP menolak e-mail ({detail})"), detail=_words(e)
        )
    if isinstance(e, smtplib.SMTPException):
        return MailProblem(QT_TRANSLATE_NOOP("errors", "Kesalahan SMTP: {detail}"), detail=_words(e))
    if isinstance(e, ssl.SSLCertVerificationError):
        return MailProblem(
            QT_TRANSLATE_NOOP("errors", "Sertifikat server SMTP tidak bisa dipercaya ({detail})"),
            detail=e.verify_message or _words(e),
        )
    if isinstance(e, ssl.SSLError):
        return MailProblem(
            QT_TRANSLATE_NOOP(
                "errors", "Sambungan aman gagal; periksa pilihan keamanan (STARTTLS/SSL) dan port ({detail})"
            ),
            detail=_words(e),
        )
    if isinstance(e, socket.gaierror):
        return MailProblem(
            QT_TRANSLATE_NOOP(
                "errors", "Server SMTP {host} tidak ditemukan; periksa nama server dan internet"
            ),
            host=config.host,
        )
    if isinstance(e, ConnectionRefusedError):
        return MailProblem(
            QT_TRANSLATE_NOOP("errors", "Tidak bisa terhubung ke {host}:{port}: sambungan ditolak"),
            host=config.host,
            port=config.port,
        )
    if isinstance(e, TimeoutError):
        return MailProblem(
            QT_TRANSLATE_NOOP("errors", "Server SMTP {host}:{port} tidak menjawab (waktu habis)"),
            host=config.host,
            port=config.port,
        )
    if isinstance(e, OSError):
        return MailProblem(
            QT_TRANSLATE_NOOP("errors", "Tidak bisa terhubung ke {host}:{port} ({detail})"),
            host=config.host,
            port=config.port,
            detail=_words(e),
        )
    return MailProblem(QT_TRANSLATE_NOOP("errors", "E-mail gagal dikirim: {detail}"), detail=_words(e))


NOT_SET_UP = QT_TRANSLATE_NOOP("errors", "E-mail belum diatur: isi server SMTP di Pengaturan e-mail")

# ------------------------------------------------------------------------------ the wire

Connect = Callable[["SmtpConfig"], "smtplib.SMTP"]


def open_smtp(
    config: SmtpConfig, *, context: ssl.SSLContext | None = None, timeout: float = TIMEOUT
) -> smtplib.SMTP:
    """A connection ready to send: encrypted as configured and logged in when a user is set.
    ``context`` is for tests (a server with a self-made certificate); the app always checks
    the server's certificate against the system's trusted ones."""
    import smtplib  # heavy: imported when first used (start-up time)

    if not config.enabled:
        raise MailProblem(NOT_SET_UP)
    ctx = context or ssl.create_default_context()
    smtp: smtplib.SMTP
    if config.security == "ssl":
        smtp = smtplib.SMTP_SSL(config.host, config.port, timeout=timeout, context=ctx)
    else:
        smtp = smtplib.SMTP(config.host, config.port, timeout=timeout)
    try:
        smtp.ehlo()
        if config.security == "starttls":
            if not smtp.has_extn("starttls"):
                raise MailProblem(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Server SMTP tidak mendukung STARTTLS; pilih SSL (port 465) atau tanpa enkripsi",
                    )
                )
            smtp.starttls(context=ctx)
            smtp.ehlo()
        if config.user:
            if not smtp.has_extn("auth"):
                raise MailProblem(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Server SMTP tidak menawarkan login; periksa pilihan keamanan (STARTTLS/SSL)",
                    )
                )
            smtp.login(config.user, config.password)
    except BaseException:
        smtp.close()
        raise
    return smtp


def build_message(
    config: SmtpConfig, *, to_addr: str, subject: str, body: str, now: dt.datetime
) -> EmailMessage:
    """A plain UTF-8 text mail from the shop's sender address."""
    from email.headerregistry import Address  # heavy: imported when first used (start-up time)
    from email.message import EmailMessage
    from email.utils import format_datetime, make_msgid

    msg = EmailMessage()
    msg["From"] = Address(display_name=config.shop_name, addr_spec=config.sender)
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(domain=config.sender.rpartition("@")[2] or "tokodesk.invalid")
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    return msg


def _quit(smtp: smtplib.SMTP | None) -> None:
    if smtp is None:
        return
    import smtplib  # heavy: imported when first used (start-up time)

    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()


TEST_SUBJECT = QT_TRANSLATE_NOOP("templates", "Uji e-mail TokoDesk")
TEST_BODY = QT_TRANSLATE_NOOP(
    "templates", "E-mail uji dari TokoDesk ({shop}). Bila e-mail ini sampai, pengaturan SMTP sudah benar."
)


def send_test(
    config: SmtpConfig, to_addr: str, *, connect: Connect | None = None, now: dt.datetime | None = None
) -> None:
    """Send a test mail with ``config`` (saved or not); raises ``DomainError`` saying why not."""
    if not config.enabled:
        raise MailProblem(NOT_SET_UP)
    if not to_addr.strip():
        raise InvalidInput([FieldError("to", QT_TRANSLATE_NOOP("errors", "Isi alamat tujuan e-mail uji"))])
    to = check_email(to_addr, field="to")
    msg = build_message(
        config,
        to_addr=to,
        subject=TEST_SUBJECT,
        body=TEST_BODY.format(shop=config.shop_name or "TokoDesk"),
        now=now or dt.datetime.now(dt.UTC),
    )
    import smtplib  # heavy: imported when first used (start-up time)

    smtp = None
    try:
        smtp = (connect or open_smtp)(config)
        smtp.send_message(msg)
    except MailProblem:
        raise
    except (smtplib.SMTPException, OSError, ValueError) as e:
        raise describe(e, config) from e
    finally:
        _quit(smtp)


# ------------------------------------------------------------------------------ the queue


def queue_mail(
    session: Session,
    *,
    customer_id: int,
    order_id: int | None,
    subject: str,
    body: str,
    actor: Actor,
    now: dt.datetime,
    reminder_id: int | None = None,
) -> tuple[int, Changes]:
    """Put a mail to the customer in the queue; the sender delivers it off the UI thread."""
    if not settings.get(session, "smtp.host"):
        raise MailProblem(NOT_SET_UP)
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pelanggan tidak ditemukan"))
    if not customer.email:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors", "Pelanggan {name} belum punya alamat e-mail; isi dulu di data pelanggan"
            ),
            name=customer.name,
        )
    if order_id is not None:
        order = session.get(Order, order_id)
        if order is None or order.customer_id != customer_id:
            raise DomainError(QT_TRANSLATE_NOOP("errors", "Pesanan itu bukan milik pelanggan ini"))
    if reminder_id is not None and session.get(Reminder, reminder_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pengingat tidak ditemukan"))
    errors: list[FieldError] = []
    subject = " ".join((subject or "").split())  # one line: a header never carries a newline
    if not subject:
        errors.append(FieldError("subject", QT_TRANSLATE_NOOP("errors", "Isi subjek e-mail")))
    elif len(subject) > MAX_SUBJECT:
        subject = subject[: MAX_SUBJECT - 1] + "…"
    body = (body or "").strip()
    if not body:
        errors.append(FieldError("body", QT_TRANSLATE_NOOP("errors", "Isi e-mail masih kosong")))
    elif len(body) > MAX_BODY:
        errors.append(
            FieldError(
                "body",
                QT_TRANSLATE_NOOP("errors", "Isi e-mail terlalu panjang (maksimal {max} huruf)"),
                {"max": MAX_BODY},
            )
        )
    if errors:
        raise InvalidInput(errors)
    mail = OutgoingMail(
        customer_id=customer_id,
        order_id=order_id,
        reminder_id=reminder_id,
        to_addr=customer.email,
        subject=subject,
        body=body,
        state="queued",
        attempts=0,
        last_error="",
        next_try_at=now,
        created_at=now,
        staff_id=actor.staff_id,
    )
    session.add(mail)
    session.flush()
    return mail.id, Changes(customer_id=customer_id, order_id=order_id)


def backoff(attempts: int) -> dt.timedelta:
    """How long to wait after the ``attempts``-th failed try."""
    return BACKOFF[attempts - 1] if 1 <= attempts <= len(BACKOFF) else BACKOFF_LATER


@dataclass(frozen=True)
class DeliveryReport:
    sent: int = 0
    failed: int = 0  # failed tries in this run (most will be tried again later)
    errors: list[str] = field(default_factory=list)  # the reasons, each once, in Indonesian


@dataclass(frozen=True)
class _Due:
    id: int
    to_addr: str
    subject: str
    body: str


def _due_ids(session: Session, now: dt.datetime) -> list[int]:
    stmt = (
        select(OutgoingMail.id)
        .where(OutgoingMail.state == "queued", OutgoingMail.next_try_at <= now)
        .order_by(OutgoingMail.next_try_at, OutgoingMail.id)
        .limit(BATCH)
    )
    return list(session.scalars(stmt))


def _claim(session: Session, ids: list[int], now: dt.datetime) -> tuple[SmtpConfig, list[_Due]]:
    """Mark the mails as being sent (not due again for ``CLAIM``), so a second sender — the
    app open at another counter — does not send them too.  Only rows still due are taken."""
    config = smtp_config(session)
    if not config.enabled:
        return config, []
    rows = list(
        session.scalars(
            select(OutgoingMail).where(
                OutgoingMail.id.in_(ids), OutgoingMail.state == "queued", OutgoingMail.next_try_at <= now
            )
        )
    )
    if rows:
        session.execute(
            update(OutgoingMail)
            .where(OutgoingMail.id.in_([m.id for m in rows]))
            .values(next_try_at=now + CLAIM)
        )
    return config, [
        _Due(m.id, m.to_addr, m.subject, m.body) for m in sorted(rows, key=lambda m: ids.index(m.id))
    ]


def log_text(subject: str, body: str) -> str:
    return f"Subjek: {subject}\n\n{body}"


def _mark_sent(session: Session, mail_id: int, now: dt.datetime) -> None:
    # late: customers imports check_email from here, and notify reaches far (orders, pickup)
    from tokodesk.services import notify

    m = session.get(OutgoingMail, mail_id)
    if m is None or m.state == "sent":
        return
    m.state, m.sent_at, m.last_error = "sent", now, ""
    m.attempts += 1
    if m.customer_id is not None:
        staff = session.get(Staff, m.staff_id)
        actor = Actor(staff.id, staff.name, staff.role) if staff else Actor(m.staff_id, "")
        reminder_id = m.reminder_id
        if reminder_id is not None:
            r = session.get(Reminder, reminder_id)
            if r is None or r.state == "sent":  # sent meanwhile by other means: just log the mail
                reminder_id = None
        entry_id, _ = notify.record_sent(
            session,
            customer_id=m.customer_id,
            order_id=m.order_id,
            channel=Channel.EMAIL,
            text=log_text(m.subject, m.body),
            actor=actor,
            now=now,
            reminder_id=reminder_id,
            source="email",
        )
        m.log_entry_id = entry_id
    session.flush()


def _mark_failed(session: Session, mail_id: int, reason: str, now: dt.datetime) -> None:
    m = session.get(OutgoingMail, mail_id)
    if m is None or m.state != "queued":
        return
    m.attempts += 1
    m.last_error = reason
    if m.attempts >= MAX_ATTEMPTS:
        m.state = "failed"
    m.next_try_at = now + backoff(m.attempts)
    session.flush()


def deliver_due(
    db: Database,
    now: dt.datetime,
    *,
    connect: Connect | None = None,
    stop: threading.Event | None = None,
) -> DeliveryReport:
    """Send every queued mail that is due at ``now``; returns what happened.  Never raises
    for a network problem.  ``connect`` opens the connection (tests pass one trusting their
    own certificate); ``stop`` set ends the run between two mails (the app is closing)."""
    ids = db.read(lambda s: _due_ids(s, now) if settings.get(s, "smtp.host") else [])
    if not ids:  # nothing due, or e-mail switched off: the queue waits
        return DeliveryReport()
    config, due = db.write(lambda s: _claim(s, ids, now))
    if not due:
        return DeliveryReport()
    import smtplib  # heavy: imported when first used (start-up time)

    connect = connect or open_smtp
    sent = failed = 0
    reasons: list[str] = []
    smtp: smtplib.SMTP | None = None

    def fail(mail: _Due, problem: MailProblem) -> None:
        nonlocal failed
        failed += 1
        reason = problem.message
        if reason not in reasons:
            reasons.append(reason)
        db.write(lambda s: _mark_failed(s, mail.id, reason, now))

    cannot_connect: MailProblem | None = None  # the server cannot be reached: no use trying again now
    try:
        for mail in due:
            if stop is not None and stop.is_set():
                db.write(lambda s, m=mail: _release(s, m.id, now))
                continue
            if cannot_connect is not None:
                fail(mail, cannot_connect)
                continue
            try:
                msg = build_message(
                    config, to_addr=mail.to_addr, subject=mail.subject, body=mail.body, now=now
                )
                if smtp is None:
                    try:
                        smtp = connect(config)
                    except Exception as e:
                        cannot_connect = _problem(e, config, mail.id)
                        fail(mail, cannot_connect)
                        continue
                smtp.send_message(msg)
            except Exception as e:
                if not isinstance(e, smtplib.SMTPRecipientsRefused | smtplib.SMTPSenderRefused):
                    _quit(smtp)  # the connection is not to be trusted for the next mail
                    smtp = None
                fail(mail, _problem(e, config, mail.id))
                continue
            sent += 1
            db.write(lambda s, m=mail: _mark_sent(s, m.id, now))
    finally:
        _quit(smtp)
    return DeliveryReport(sent, failed, reasons)


def _problem(e: Exception, config: SmtpConfig, mail_id: int) -> MailProblem:
    import smtplib  # heavy: imported when first used (start-up time)

    if not isinstance(e, smtplib.SMTPException | OSError | DomainError | ValueError):
        log.exception("sending mail %s failed unexpectedly", mail_id)  # a bug: keep its trace
    return describe(e, config)


def _release(session: Session, mail_id: int, now: dt.datetime) -> None:
    """A claimed mail not tried after all (the app is closing): due again at once."""
    m = session.get(OutgoingMail, mail_id)
    if m is not None and m.state == "queued":
        m.next_try_at = now


def retry(session: Session, mail_id: int, *, now: dt.datetime | None = None) -> Changes:
    """Put a failed (or waiting) mail back in the queue with a fresh set of attempts, due at
    once (at ``now``, or at the time it was first queued)."""
    m = session.get(OutgoingMail, mail_id)
    if m is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "E-mail tidak ditemukan"))
    if m.state == "sent":
        raise DomainError(QT_TRANSLATE_NOOP("errors", "E-mail ini sudah terkirim"))
    m.state = "queued"
    m.attempts = 0
    m.next_try_at = now or m.created_at
    session.flush()
    return Changes(customer_id=m.customer_id, order_id=m.order_id)


# ------------------------------------------------------------------------------ status


@dataclass(frozen=True)
class MailRow:
    id: int
    to_addr: str
    customer_name: str
    subject: str
    state: str  # queued (being retried) | failed (given up)
    attempts: int
    last_error: str
    next_try_at: dt.datetime
    created_at: dt.datetime


@dataclass(frozen=True)
class MailStatus:
    queued: int
    failed: int
    problems: list[MailRow]  # the latest mails that failed, given up or still being retried


def mail_status(session: Session, *, limit: int = 50) -> MailStatus:
    counts = dict(
        session.execute(
            select(OutgoingMail.state, func.count(OutgoingMail.id))
            .where(OutgoingMail.state.in_(("queued", "failed")))
            .group_by(OutgoingMail.state)
        ).all()
    )
    stmt = (
        select(OutgoingMail, Customer.name)
        .outerjoin(Customer, Customer.id == OutgoingMail.customer_id)
        .where(
            (OutgoingMail.state == "failed")
            | ((OutgoingMail.state == "queued") & (OutgoingMail.attempts > 0))
        )
        .order_by(OutgoingMail.id.desc())
        .limit(limit)
    )
    problems = [
        MailRow(
            m.id,
            m.to_addr,
            name or "",
            m.subject,
            m.state,
            m.attempts,
            m.last_error,
            m.next_try_at,
            m.created_at,
        )
        for m, name in session.execute(stmt)
    ]
    return MailStatus(counts.get("queued", 0), counts.get("failed", 0), problems)
