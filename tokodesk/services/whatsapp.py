"""Importing a WhatsApp chat export into a customer's communication log.

Every message becomes one log entry through ``log.add_entry`` (so each is sealed into the
log chain like any other): channel WhatsApp, source ``whatsapp_import``, the message's own
time, direction ``in`` when the customer wrote it and ``out`` otherwise; system lines are
not entries.  Media in a ``.zip`` export are attached; media the export left out, or that
the log refuses (too large, a kind it does not keep), are noted in the entry's text and the
text is still imported.

**Importing twice adds nothing.**  Each message gets an ``import_key``: the SHA-256 of
(customer, the time as written in the export, who wrote it, text, media file names, and
which occurrence of that same message it is).  "Who wrote it" is the side (customer or
shop), not the name shown: the same chat exported again after the customer was saved to
the phone's contacts shows "Siti" where it showed "+62 812-3456-7890", and must still match.
The occurrence number keeps two identical "ok"s sent in the same minute apart.  So the
same export, or a later export that overlaps an earlier one, adds only what is new.

**Which sender is the customer.**  A sender whose number is the customer's phone or
WhatsApp number, or whose name is the customer's name, is the customer.  Failing that, a
single sender whose name is part of the customer's (a contact saved as "Siti" for "Siti
Rahayu") is.  Otherwise the import is refused, naming the senders, rather than filing
every message in the wrong direction: the caller names the customer's sender
(``customer_senders``) and tries again.

The caller owns the transaction: a refusal raises before anything is written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import unicodedata
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from tokodesk.db.models import Customer, LogEntry, Order
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, FieldError, InvalidInput, NotFound
from tokodesk.domain.log import Channel, Direction
from tokodesk.domain.whatsapp import (
    ChatMessage,
    NotAChat,
    ParsedChat,
    basename,
    chat_candidates,
    decode_chat,
    name_key,
    name_match,
    parse_chat,
    sender_phone,
)
from tokodesk.services import audit, settings
from tokodesk.services import log as log_service
from tokodesk.services.audit import Target
from tokodesk.services.context import Actor, Changes

SOURCE = "whatsapp_import"
ZIP_MAGIC = b"PK\x03\x04"
_KEY_BATCH = 500

NOTE_OMITTED = "[media tidak disertakan]"
NOTE_MISSING = "[media tidak disertakan: {name}]"
NOTE_REFUSED = "[lampiran {name} tidak disimpan: {why}]"


class ChatFileProblem(DomainError):
    """The file cannot be read as a chat export (missing, unreadable, a broken zip); nothing
    was imported."""


class SenderUnknown(DomainError):
    """No sender (or more than one) in the chat can be told to be the customer."""

    def __init__(self, template: str, senders: list[str], **params: object) -> None:
        self.senders = senders
        super().__init__(template, senders=", ".join(senders) or "-", **params)


class ImportProblem(NamedTuple):
    """A line of the export that was skipped or imported only in part."""

    line: int
    message: str


@dataclass(frozen=True)
class ImportSummary:
    added: int
    skipped_existing: int
    problems: list[ImportProblem] = field(default_factory=list)
    system_lines: int = 0
    date_order: str = "dmy"  # how ambiguous dates were read: dmy (day first) or mdy
    date_order_reason: str = "fields"  # see tokodesk.domain.whatsapp: "default" means a guess
    customer_senders: tuple[str, ...] = ()  # the names in the chat taken to be the customer
    shop_senders: tuple[str, ...] = ()
    changes: Changes = field(default_factory=Changes)


@dataclass
class _Export:
    name: str
    text: str
    media: dict[str, zipfile.ZipInfo]  # file name → zip member (empty for a .txt)
    archive: zipfile.ZipFile | None


def _unreadable(name: str, e: OSError) -> ChatFileProblem:
    return ChatFileProblem(
        QT_TRANSLATE_NOOP("errors", "Berkas «{name}» tidak bisa dibaca: {reason}"),
        name=name,
        reason=e.strerror or type(e).__name__,
    )


def _broken_zip(name: str) -> ChatFileProblem:
    return ChatFileProblem(
        QT_TRANSLATE_NOOP("errors", "«{name}» adalah ZIP yang rusak atau bersandi; tidak bisa dibaca"),
        name=name,
    )


def media_name(name: str) -> str:
    """How a media file is looked up: its base name, in one Unicode form (a zip made on a Mac
    may spell "é" differently from the chat text)."""
    return unicodedata.normalize("NFC", basename(name).strip())


@contextmanager
def open_export(source: str | Path | bytes, name: str | None = None) -> Iterator[_Export]:
    """The chat text of an export (``.txt``, or ``.zip`` with the ``.txt`` and the media).
    A zip on disk is read in place, so a large export with videos is not loaded whole."""
    if isinstance(source, bytes | bytearray):
        name = name or "chat"
        data: bytes | None = bytes(source)
        is_zip = data.startswith(ZIP_MAGIC)
    else:
        path = Path(source)
        name = name or path.name
        data = None
        try:
            with path.open("rb") as fh:
                is_zip = fh.read(len(ZIP_MAGIC)) == ZIP_MAGIC
            if not is_zip:
                data = path.read_bytes()
        except OSError as e:
            raise _unreadable(name, e) from None
    if not is_zip:
        yield _Export(name, decode_chat(data or b"", name), {}, None)
        return
    try:
        archive = zipfile.ZipFile(io.BytesIO(data) if data is not None else path)
    except OSError as e:
        raise _unreadable(name, e) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError):
        raise _broken_zip(name) from None
    with archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        text = chosen = None
        for candidate in chat_candidates(i.filename for i in infos):
            try:
                text = decode_chat(archive.read(candidate), candidate)
                parse_chat(text, name=candidate)  # refuses a .txt that is not the chat
            except NotAChat:
                continue
            except (zipfile.BadZipFile, RuntimeError, OSError, EOFError, zlib.error):
                raise _broken_zip(name) from None
            chosen = candidate
            break
        if chosen is None or text is None:
            raise NotAChat(
                QT_TRANSLATE_NOOP(
                    "errors", "ZIP «{name}» tidak berisi ekspor chat WhatsApp (berkas .txt percakapannya)"
                ),
                name=name,
            )
        media = {media_name(i.filename): i for i in infos if i.filename != chosen}
        yield _Export(name, text, media, archive)


def import_key(customer_id: int, message: ChatMessage, side: Direction, occurrence: int) -> str:
    body = [
        customer_id,
        message.time.isoformat(),
        str(side),
        message.text,
        list(message.media),
        occurrence,
    ]
    return hashlib.sha256(json.dumps(body, ensure_ascii=False).encode()).hexdigest()


def customer_side(
    customer: Customer, senders: list[str], extra: tuple[str, ...] | list[str] = ()
) -> set[str]:
    """The senders that are the customer (see the module doc); raises ``SenderUnknown``."""
    phones = {customer.phone, customer.whatsapp}
    named = {name_key(n) for n in extra if name_key(n)}
    strong = {
        s
        for s in senders
        if sender_phone(s) in phones or name_match(s, customer.name) == "same" or name_key(s) in named
    }
    if strong or named or not senders:
        return strong
    weak = {s for s in senders if name_match(s, customer.name) == "part"}
    if len(weak) == 1:
        return weak
    if weak:
        raise SenderUnknown(
            QT_TRANSLATE_NOOP(
                "errors",
                "Lebih dari satu pengirim di chat ini cocok dengan pelanggan {customer}: {senders}. "
                "Sebutkan pengirim mana yang pelanggan.",
            ),
            sorted(weak),
            customer=customer.name,
        )
    raise SenderUnknown(
        QT_TRANSLATE_NOOP(
            "errors",
            "Tidak ada pengirim di chat ini yang cocok dengan nama atau nomor pelanggan {customer} "
            "({phone}); pengirim di chat: {senders}. Sebutkan pengirim mana yang pelanggan.",
        ),
        senders,
        customer=customer.name,
        phone=customer.phone,
    )


def _existing_keys(session: Session, keys: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(keys), _KEY_BATCH):
        batch = keys[i : i + _KEY_BATCH]
        found.update(session.scalars(select(LogEntry.import_key).where(LogEntry.import_key.in_(batch))))
    return found


def _attachments(
    session: Session, export: _Export, message: ChatMessage, limit_mb: int
) -> tuple[list[log_service.FileInput], list[str], list[str]]:
    """(files to attach, notes for the entry's text, problems) for one message's media."""
    files: list[log_service.FileInput] = []
    notes: list[str] = []
    problems: list[str] = []
    if message.omitted:
        notes.append(NOTE_OMITTED)
    for name in message.media:
        info = export.media.get(media_name(name))
        if info is None or export.archive is None:
            notes.append(NOTE_MISSING.format(name=name))
            continue
        if info.file_size > limit_mb * 1024 * 1024:
            notes.append(NOTE_REFUSED.format(name=name, why="terlalu besar"))
            problems.append(
                DomainError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Lampiran «{name}» terlalu besar ({size} MB; batasnya {limit} MB); "
                        "teks pesannya tetap diimpor",
                    ),
                    name=name,
                    size=round(info.file_size / 1024 / 1024, 1),
                    limit=limit_mb,
                ).message
            )
            continue
        try:
            f = log_service.FileInput(name, export.archive.read(info))
            log_service.check_file(session, f)
        except InvalidInput as e:
            notes.append(NOTE_REFUSED.format(name=name, why="jenis berkas tidak didukung"))
            problems.append(
                DomainError(
                    QT_TRANSLATE_NOOP("errors", "{reason}; teks pesannya tetap diimpor"), reason=e.message
                ).message
            )
            continue
        except (zipfile.BadZipFile, RuntimeError, OSError, EOFError, zlib.error):
            notes.append(NOTE_REFUSED.format(name=name, why="rusak di dalam ZIP"))
            problems.append(
                DomainError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Lampiran «{name}» rusak di dalam ZIP; teks pesannya tetap diimpor"
                    ),
                    name=name,
                ).message
            )
            continue
        files.append(f)
    return files, notes, problems


def import_chat(
    session: Session,
    customer_id: int,
    path_or_bytes: str | Path | bytes,
    *,
    actor: Actor,
    now: dt.datetime,
    order_id: int | None = None,
    name: str | None = None,
    customer_senders: tuple[str, ...] | list[str] = (),
) -> ImportSummary:
    """Import a chat export into the customer's log (optionally tied to one order).

    Refused as a whole (``NotFound``, ``InvalidInput``, ``NotAChat``, ``ChatFileProblem``,
    ``SenderUnknown``) before anything is written; a bad line or a refused attachment is a
    problem in the summary and the rest is imported."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Pelanggan tidak ditemukan"))
    if order_id is not None:
        order = session.get(Order, order_id)
        if order is None or order.customer_id != customer.id:
            raise InvalidInput(
                [FieldError("order", QT_TRANSLATE_NOOP("errors", "Pesanan itu bukan milik pelanggan ini"))]
            )
    latest = now.astimezone().replace(tzinfo=None) + dt.timedelta(days=1)
    with open_export(path_or_bytes, name) as export:
        chat: ParsedChat = parse_chat(export.text, name=export.name, latest=latest)
        problems = [ImportProblem(p.line, p.message) for p in chat.problems]
        talk = [m for m in chat.messages if m.sender is not None]
        system_lines = len(chat.messages) - len(talk)
        theirs = customer_side(customer, chat.senders, customer_senders)

        keyed: list[tuple[ChatMessage, Direction, str]] = []
        seen: Counter[tuple[object, ...]] = Counter()
        for m in talk:
            side = Direction.IN if m.sender in theirs else Direction.OUT
            ident = (m.time, side, m.text, m.media)
            keyed.append((m, side, import_key(customer.id, m, side, seen[ident])))
            seen[ident] += 1
        existing = _existing_keys(session, [k for _, _, k in keyed])
        limit_mb = settings.get(session, "log.max_attachment_mb")

        added = skipped = 0
        for m, side, key in keyed:
            if key in existing:
                skipped += 1
                continue
            happened = m.time.astimezone()
            if happened > now + log_service.FUTURE_SLACK:
                problems.append(
                    ImportProblem(
                        m.line,
                        DomainError(
                            QT_TRANSLATE_NOOP(
                                "errors",
                                "waktu pesan {time} ada di masa depan; pesan ini dilewati "
                                "(jam komputer salah?)",
                            ),
                            time=m.time.strftime("%Y-%m-%d %H:%M"),
                        ).message,
                    )
                )
                continue
            files, notes, trouble = _attachments(session, export, m, limit_mb)
            problems += [ImportProblem(m.line, t) for t in trouble]
            text = "\n".join(t for t in [m.text, *notes] if t)
            if len(text) > log_service.MAX_TEXT:
                cut = "\n[… dipotong]"
                text = text[: log_service.MAX_TEXT - len(cut)] + cut
                problems.append(
                    ImportProblem(
                        m.line,
                        DomainError(
                            QT_TRANSLATE_NOOP("errors", "pesan terlalu panjang; dipotong jadi {max} huruf"),
                            max=log_service.MAX_TEXT,
                        ).message,
                    )
                )
            if not text.strip() and not files:
                problems.append(ImportProblem(m.line, QT_TRANSLATE_NOOP("errors", "pesan kosong; dilewati")))
                continue
            entry = log_service.LogInput(
                customer_id=customer.id,
                channel=Channel.WHATSAPP,
                direction=side,
                text=text,
                order_id=order_id,
                happened_at=happened,
                attachments=files,
            )
            try:
                with session.begin_nested():
                    log_service.add_entry(session, entry, actor=actor, now=now, source=SOURCE, import_key=key)
            except InvalidInput as e:
                problems.append(
                    ImportProblem(
                        m.line,
                        DomainError(
                            QT_TRANSLATE_NOOP("errors", "{reason}; pesan ini dilewati"), reason=e.message
                        ).message,
                    )
                )
                continue
            existing.add(key)
            added += 1
    problems.sort(key=lambda p: p.line)
    audit.record(
        session,
        actor,
        "log.import",
        now=now,
        target=Target("customer", customer.id, customer.name),
        detail=f"{export.name}: {added} pesan, {skipped} sudah ada",
    )
    return ImportSummary(
        added,
        skipped,
        problems,
        system_lines,
        chat.date_order,
        chat.date_order_reason,
        tuple(x for x in chat.senders if x in theirs),
        tuple(x for x in chat.senders if x not in theirs),
        Changes(customers=True, customer_id=customer.id, order_id=order_id),
    )
