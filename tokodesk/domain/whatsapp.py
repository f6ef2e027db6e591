"""Reading WhatsApp's "Export chat" text: Android and iPhone, Indonesian and English.

A message starts on a line that begins with its date and time; the lines after it that do
not are more lines of the same message.  The shapes understood (``…`` is the message)::

    Android EN   12/11/26, 14:05 - Siti: …          12/11/26, 2:05 PM - Siti: …
    Android ID   12/11/26 14.05 - Siti: …           (a dot in times, often no comma)
    iPhone EN    [12/11/26, 14:05:33] Siti: …       [11/12/26, 2:05:33 PM] Siti: …
    iPhone ID    [12/11/26 14.05.33] Siti: …

Years may have 2 or 4 digits (a 4-digit first field means year/month/day); the date
separator may be ``/``, ``.`` or ``-``; ``AM``/``PM`` may be written ``am``, ``p.m.`` or be
preceded by a narrow no-break space (newer phones); invisible direction marks (U+200E and
friends, which iPhone puts before special lines and around phone numbers) are ignored.

Lines without a sender (``Messages and calls are end-to-end encrypted…``, ``X created
group``) and deleted-message markers are *system lines*: returned with ``sender=None`` so the
caller can skip them.  Media: ``IMG-….jpg (file attached)`` / ``(file terlampir)`` on
Android, ``<attached: 00000012-PHOTO-….jpg>`` / ``<terlampir: …>`` on iPhone; ``<Media
omitted>``, ``<Media tidak disertakan>``, ``image omitted``, ``gambar tidak disertakan`` count
as media that is not in the export.

**Day or month first.**  ``05/11/26`` is 5 November in Indonesia and 11 May in the US, and
the export does not say which.  The whole file is read one way, decided in this order (the
first rule that decides wins; ``ParsedChat.date_order_reason`` says which one did):

1. ``fields`` — a line whose first field is over 12 can only be day-first, one whose second
   field is over 12 only month-first; the larger count wins, a tie goes to day-first.
2. ``media`` — file names carry their own date (``IMG-20261112-WA0003.jpg``,
   ``00000012-PHOTO-2026-11-12-…``): the order that agrees with more of them wins.
3. ``sequence`` — an export is in time order: the order with fewer steps back in time
   (more than an hour) wins.
4. ``future`` — if one order puts messages after ``latest`` (the import's own time) and
   the other does not, the other wins.
5. ``default`` — an iPhone export with a 12-hour clock (English, US) is month-first;
   everything else (Indonesian, Android, 24-hour clocks) is day-first.

A line that starts like a message but whose date or time cannot be real (``45/13/26,
25:99 - X: y``) is reported with its line number and skipped with its continuation lines;
the rest is read.  Text in which no line starts like a message is refused (``NotAChat``).

Pure: text in, messages out; the times are naive (the exporting phone's local time).
"""

from __future__ import annotations

import codecs
import datetime as dt
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, InvalidInput
from tokodesk.domain.phone import normalize_phone

DateOrder = Literal["dmy", "mdy"]

# Invisible marks WhatsApp puts before special lines and around names and numbers.
BIDI_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_STRIP_MARKS = str.maketrans("", "", BIDI_MARKS)
_SPACES = str.maketrans({"\u202f": " ", "\u00a0": " ", "\u2009": " ", "\u2007": " ", "\u2011": "-"})

_DATE = r"(?P<a>\d{4}|\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d{2})"
_JOIN = r"(?:,\s*|\s+(?:pukul|jam|at)\s+|\s+)"
_TIME = r"(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:[:.](?P<s>\d{2}))?(?:\s?(?P<ampm>[AaPp]\.?\s?[Mm]\.?))?"
_ANDROID = re.compile(rf"{_DATE}{_JOIN}{_TIME}\s[-–]\s?(?P<rest>.*)")
_IPHONE = re.compile(rf"\[{_DATE}{_JOIN}{_TIME}\]\s?(?P<rest>.*)")

_ANDROID_ATTACHED = re.compile(
    r"(?P<name>\S.*?\.[A-Za-z0-9]{1,5})\s+\((?:file attached|file terlampir|berkas terlampir)\)", re.I
)
_IPHONE_ATTACHED = re.compile(r"<(?:attached|terlampir|lampiran):\s*(?P<name>[^<>]+?)\s*>", re.I)
_OMITTED = re.compile(
    r"<(?:media omitted|media tidak disertakan|media dihilangkan)>"
    r"|(?:image|photo|video|audio|sticker|gif|document|contact card|video note) omitted"
    r"|(?:gambar|foto|video|audio|stiker|gif|dokumen|kartu kontak) (?:tidak disertakan|dihilangkan)",
    re.I,
)
_MEDIA_DATE = (
    re.compile(r"\b(?:IMG|VID|AUD|PTT|STK|DOC)-(\d{4})(\d{2})(\d{2})-WA\d+", re.I),
    re.compile(r"\b\d{8}-[A-Z]+-(\d{4})-(\d{2})-(\d{2})-\d{2}-\d{2}-\d{2}", re.I),
)

_SYSTEM_PREFIXES = (
    "messages and calls are end-to-end encrypted",
    "messages to this group are now",
    "pesan dan panggilan terenkripsi",
    "pesan dan panggilan dienkripsi",
    "your security code with",
    "kode keamanan anda dengan",
    "kode keamanan dengan",
    "this chat is with a business account",
    "chat ini dengan akun bisnis",
    "this business uses a secure service",
    "bisnis ini menggunakan layanan",
)
_DELETED = frozenset(
    {
        "this message was deleted",
        "you deleted this message",
        "pesan ini telah dihapus",
        "pesan ini dihapus",
        "anda menghapus pesan ini",
        "anda telah menghapus pesan ini",
    }
)
# iPhone writes group events after the chat's name and a U+200E: "Kaos Tim: ‎Siti created group"
_IPHONE_EVENT = re.compile(
    r"\b(?:created group|membuat grup|changed the (?:subject|group)|changed this group|"
    r"mengubah (?:subjek|ikon|deskripsi|nama)|added|menambahkan|removed|mengeluarkan|left|keluar|"
    r"joined|bergabung)\b",
    re.I,
)

NOT_A_CHAT = QT_TRANSLATE_NOOP(
    "errors",
    "«{name}» bukan ekspor chat WhatsApp: tidak ada baris berbentuk «tanggal, jam - nama: pesan». "
    "Di WhatsApp buka chatnya, lalu ⋮ → Lainnya → Ekspor chat.",
)
NOT_TEXT = QT_TRANSLATE_NOOP(
    "errors", "«{name}» tidak bisa dibaca sebagai teks, jadi bukan ekspor chat WhatsApp"
)
BAD_STAMP = QT_TRANSLATE_NOOP("errors", "tanggal atau jam «{stamp}» tidak dikenali; pesan ini dilewati")
PREAMBLE = QT_TRANSLATE_NOOP(
    "errors", "{count} baris sebelum pesan pertama tidak diawali tanggal dan jam; dilewati"
)


class NotAChat(DomainError):
    """The file is not a WhatsApp chat export (or cannot be read as text); nothing is imported."""


@dataclass(frozen=True)
class LineProblem:
    """A line that was skipped, and why (``template``/``params`` as in ``domain.errors``)."""

    line: int
    template: str
    params: dict[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params) if self.params else self.template


@dataclass(frozen=True)
class ChatMessage:
    line: int  # where the message starts, 1-based
    time: dt.datetime  # naive: the exporting phone's local time
    sender: str | None  # None: a system line (encryption notice, group event, deleted message)
    text: str  # all its lines, the media markers taken out
    media: tuple[str, ...] = ()  # files the message says are attached (in the zip, if exported with media)
    omitted: int = 0  # media the export left out ("<Media omitted>", "image omitted")


@dataclass(frozen=True)
class ParsedChat:
    messages: list[ChatMessage]
    problems: list[LineProblem]
    date_order: DateOrder
    date_order_reason: str  # fields | media | sequence | future | default (see the module doc)

    @property
    def senders(self) -> list[str]:
        """Everyone who wrote, in order of first appearance."""
        return list(dict.fromkeys(m.sender for m in self.messages if m.sender is not None))


# ------------------------------------------------------------------------------ files


def decode_chat(data: bytes, name: str = "chat") -> str:
    """The text of an exported chat (UTF-8, with or without BOM; UTF-16 with BOM)."""
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16")
        else:
            text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotAChat(NOT_TEXT, name=name) from None
    if "\x00" in text:
        raise NotAChat(NOT_TEXT, name=name)
    return text


def chat_candidates(names: Iterable[str]) -> list[str]:
    """The ``.txt`` members of an export zip that may be the chat, the likeliest first:
    ``_chat.txt`` (iPhone), ``WhatsApp Chat with X.txt`` / ``Chat WhatsApp dengan X.txt``
    (Android), then any other text file (a customer may have sent a ``.txt`` document)."""
    preferred, others = [], []
    for n in names:
        base = basename(n)
        if n.endswith("/") or not base.lower().endswith(".txt") or base.startswith("._"):
            continue
        if n.startswith("__MACOSX/"):
            continue
        low = base.lower()
        if low == "_chat.txt" or low.startswith(("whatsapp chat", "chat whatsapp")):
            preferred.append(n)
        else:
            others.append(n)
    return preferred + others


def basename(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1]


# ------------------------------------------------------------------------------ parsing


@dataclass
class _Head:
    line: int
    a: str
    b: str
    c: str
    h: int
    m: int
    s: int
    ampm: str | None
    bracketed: bool
    stamp: str  # the date and time as written, for messages
    rest: str
    more: list[str] = field(default_factory=list)
    dmy: dt.datetime | None = None
    mdy: dt.datetime | None = None


def _year(text: str) -> int | None:
    if len(text) == 2:
        return 2000 + int(text)
    if len(text) == 4:
        return int(text)
    return None


def _date(y: int | None, m: int, d: int) -> dt.date | None:
    if y is None:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _clock(h: int, m: int, s: int, ampm: str | None) -> dt.time | None:
    if ampm is not None:
        if not 1 <= h <= 12:
            return None
        pm = ampm.lstrip()[0] in "Pp"
        h = h % 12 + (12 if pm else 0)
    if h > 23 or m > 59 or s > 59:
        return None
    return dt.time(h, m, s)


def _resolve(head: _Head) -> None:
    """Both readings of the line's date (either may be impossible)."""
    clock = _clock(head.h, head.m, head.s, head.ampm)
    if clock is None:
        return
    a, b = int(head.a), int(head.b)
    if len(head.a) == 4:  # 2026/11/12: year first, the same either way
        d = _date(int(head.a), b, int(head.c))
        head.dmy = head.mdy = dt.datetime.combine(d, clock) if d else None
        return
    y = _year(head.c)
    day_first, month_first = _date(y, b, a), _date(y, a, b)
    head.dmy = dt.datetime.combine(day_first, clock) if day_first else None
    head.mdy = dt.datetime.combine(month_first, clock) if month_first else None


def _match(line: str) -> re.Match[str] | None:
    norm = line.translate(_SPACES).lstrip(BIDI_MARKS)
    return _IPHONE.fullmatch(norm) or _ANDROID.fullmatch(norm)


def _backsteps(times: list[dt.datetime]) -> int:
    hour = dt.timedelta(hours=1)
    return sum(1 for prev, cur in itertools.pairwise(times) if cur < prev - hour)


def _decide(heads: list[_Head], latest: dt.datetime | None) -> tuple[DateOrder, str]:
    # 1. fields that can only be a day (or only a month)
    only_dmy = sum(1 for h in heads if h.dmy and not h.mdy)
    only_mdy = sum(1 for h in heads if h.mdy and not h.dmy)
    if only_dmy or only_mdy:
        return ("mdy" if only_mdy > only_dmy else "dmy"), "fields"
    both = [h for h in heads if h.dmy and h.mdy]
    # 2. the dates in media file names
    votes = {"dmy": 0, "mdy": 0}
    for h in both:
        for text in (h.rest, *h.more):
            for pattern in _MEDIA_DATE:
                for y, mo, d in pattern.findall(text):
                    named = _date(int(y), int(mo), int(d))
                    if named is None or h.dmy.date() == h.mdy.date():
                        continue
                    if named == h.dmy.date():
                        votes["dmy"] += 1
                    elif named == h.mdy.date():
                        votes["mdy"] += 1
    if votes["dmy"] != votes["mdy"]:
        return ("dmy" if votes["dmy"] > votes["mdy"] else "mdy"), "media"
    # 3. an export is in time order
    back_dmy = _backsteps([h.dmy for h in both])
    back_mdy = _backsteps([h.mdy for h in both])
    if back_dmy != back_mdy:
        return ("dmy" if back_dmy < back_mdy else "mdy"), "sequence"
    # 4. messages cannot come after the import
    if latest is not None:
        late_dmy = any(h.dmy > latest for h in both)
        late_mdy = any(h.mdy > latest for h in both)
        if late_dmy != late_mdy:
            return ("mdy" if late_dmy else "dmy"), "future"
    # 5. the phone's language and clock
    if any(h.bracketed and h.ampm for h in heads):
        return "mdy", "default"
    return "dmy", "default"


def _is_system_text(text: str) -> bool:
    raw = text.lstrip()
    clean = " ".join(raw.translate(_STRIP_MARKS).split()).casefold()
    if clean.startswith(_SYSTEM_PREFIXES) or clean.rstrip(".") in _DELETED:
        return True
    return raw.startswith("\u200e") and bool(_IPHONE_EVENT.search(clean)) and not _media_line(clean)


def _media_line(text: str) -> bool:
    return bool(
        _OMITTED.fullmatch(text) or _ANDROID_ATTACHED.fullmatch(text) or _IPHONE_ATTACHED.search(text)
    )


def clean_sender(name: str) -> str:
    """A sender as a person reads it: no invisible marks, no ``~`` (WhatsApp's mark for a name
    the person gave themselves), single spaces."""
    return " ".join(name.translate(_STRIP_MARKS).translate(_SPACES).strip().lstrip("~").split())


_PHONEISH = re.compile(r"\+?[\d\s\-().]{8,}")


def sender_phone(sender: str) -> str | None:
    """The E.164 number of a sender shown as a number (WhatsApp shows a person who is not in
    the phone's contacts as ``+62 812-3456-7890``), else None."""
    text = clean_sender(sender)
    if not _PHONEISH.fullmatch(text):
        return None
    digits = "".join(ch for ch in text if ch.isdigit())
    try:
        return normalize_phone("+" + digits if text.startswith("+") else digits)
    except InvalidInput:
        return None


def name_key(name: str) -> str:
    return clean_sender(name).casefold()


def name_match(sender: str, name: str) -> Literal["same", "part"] | None:
    """How a sender's name matches a customer's: ``same`` name, or one is ``part`` of the
    other word for word (a contact saved as "Siti" for the customer "Siti Rahayu"), or not."""
    a, b = name_key(sender), name_key(name)
    if not a or not b:
        return None
    if a == b:
        return "same"
    wa, wb = a.split(), b.split()
    if set(wa) <= set(wb) or set(wb) <= set(wa):
        return "part"
    return None


def _body(head: _Head) -> tuple[str | None, str, tuple[str, ...], int]:
    rest = head.rest
    cut = rest.find(": ")
    sender = clean_sender(rest[:cut]) if cut >= 0 else ""
    if (
        cut < 0
        or not sender
        or len(sender) > 80
        or any(q in sender for q in '"“”')
        or _is_system_text(rest[cut + 2 :])
    ):
        lines = [rest, *head.more]
        return None, "\n".join(ln.translate(_STRIP_MARKS).rstrip() for ln in lines).strip(), (), 0
    media: list[str] = []
    omitted = 0
    kept: list[str] = []

    def take(m: re.Match[str]) -> str:
        media.append(basename(m["name"].strip()))
        return ""

    for ln in [rest[cut + 2 :], *head.more]:
        plain = ln.translate(_STRIP_MARKS).translate(_SPACES).strip()
        if _OMITTED.fullmatch(plain):
            omitted += 1
            continue
        attached = _ANDROID_ATTACHED.fullmatch(plain)
        if attached:
            media.append(basename(attached["name"].strip()))
            continue
        kept.append(_IPHONE_ATTACHED.sub(take, ln.translate(_STRIP_MARKS)).rstrip())
    return sender, "\n".join(kept).strip(), tuple(media), omitted


def parse_chat(text: str, *, name: str = "chat", latest: dt.datetime | None = None) -> ParsedChat:
    """The messages of an exported chat; ``latest`` (naive, local) is a time no message can
    be after, used only to decide day/month order.  Raises ``NotAChat`` when no line
    starts like a message."""
    heads: list[_Head] = []
    preamble: list[int] = []
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        line = line.rstrip("\r")
        m = _match(line)
        if m is None:
            if heads:
                heads[-1].more.append(line)
            elif line.translate(_STRIP_MARKS).strip():
                preamble.append(number)
            continue
        head = _Head(
            line=number,
            a=m["a"],
            b=m["b"],
            c=m["c"],
            h=int(m["h"]),
            m=int(m["m"]),
            s=int(m["s"] or 0),
            ampm=m["ampm"],
            bracketed=m.re is _IPHONE,
            stamp=m.string[: m.start("rest")].strip(" -–[]"),
            rest=m["rest"],
        )
        _resolve(head)
        heads.append(head)
    if not heads:
        raise NotAChat(NOT_A_CHAT, name=name)

    order, reason = _decide(heads, latest)
    problems: list[LineProblem] = []
    if preamble:
        problems.append(LineProblem(preamble[0], PREAMBLE, {"count": len(preamble)}))
    messages: list[ChatMessage] = []
    for head in heads:
        when = head.dmy if order == "dmy" else head.mdy
        if when is None:
            problems.append(LineProblem(head.line, BAD_STAMP, {"stamp": head.stamp}))
            continue
        sender, body, media, omitted = _body(head)
        messages.append(ChatMessage(head.line, when, sender, body, media, omitted))
    return ParsedChat(messages, problems, order, reason)


def media_date(name: str) -> dt.date | None:
    """The date WhatsApp wrote into a media file's name, if any."""
    for pattern in _MEDIA_DATE:
        m = pattern.search(name)
        if m:
            return _date(int(m[1]), int(m[2]), int(m[3]))
    return None
