"""The communication log's vocabulary: channels, directions, and which files it keeps."""

from __future__ import annotations

import enum

from tokodesk.domain.errors import QT_TRANSLATE_NOOP


class Channel(enum.StrEnum):
    WHATSAPP = "whatsapp"
    PHONE = "phone"
    SMS = "sms"
    EMAIL = "email"
    IN_PERSON = "in_person"
    MARKETPLACE = "marketplace"


class Direction(enum.StrEnum):
    IN = "in"  # from the customer
    OUT = "out"  # to the customer
    NOTE = "note"  # internal note


CHANNEL_LABELS = {
    Channel.WHATSAPP: QT_TRANSLATE_NOOP("labels", "WhatsApp"),
    Channel.PHONE: QT_TRANSLATE_NOOP("labels", "Telepon"),
    Channel.SMS: QT_TRANSLATE_NOOP("labels", "SMS"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("labels", "Email"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("labels", "Langsung di toko"),
    Channel.MARKETPLACE: QT_TRANSLATE_NOOP("labels", "Chat marketplace"),
}
DIRECTION_LABELS = {
    Direction.IN: QT_TRANSLATE_NOOP("labels", "Dari pelanggan"),
    Direction.OUT: QT_TRANSLATE_NOOP("labels", "Ke pelanggan"),
    Direction.NOTE: QT_TRANSLATE_NOOP("labels", "Catatan internal"),
}

# File types the log keeps, recognised by their first bytes (a renamed file is not trusted).
_MAGIC: list[tuple[bytes, int, str]] = [
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"%PDF-", 0, "application/pdf"),
    (b"OggS", 0, "audio/ogg"),  # WhatsApp voice notes (.opus)
    (b"ID3", 0, "audio/mpeg"),
    (b"\xff\xfb", 0, "audio/mpeg"),
    (b"#!AMR", 0, "audio/amr"),
]
ALLOWED_MIME = frozenset(
    {
        "image/png",
        "image/jpeg",
        "image/gif",
        "image/webp",
        "application/pdf",
        "audio/ogg",
        "audio/mpeg",
        "audio/mp4",
        "audio/amr",
        "audio/wav",
        "video/mp4",
    }
)
IMAGE_MIME = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})


def sniff_mime(data: bytes) -> str | None:
    """The type of a file from its content; None for a type the log does not keep."""
    for magic, offset, mime in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "audio/wav"
    if data[4:8] == b"ftyp":
        brand = data[8:12]
        return "audio/mp4" if brand in (b"M4A ", b"M4B ") else "video/mp4"
    return None
