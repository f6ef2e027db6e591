"""Importing WhatsApp chat exports into a customer's log: every supported shape as a .zip
with real media, the directions, the attachments, the chain still verifying, re-import
adding nothing, bad lines and refused media reported while the rest imports, and foreign or
broken files refused with nothing written.  The command line at the end."""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from tests import factories as f
from tests.factories import open_as_owner as open_database
from tokodesk.cli.main import run
from tokodesk.db.models import Attachment, LogEntry
from tokodesk.domain.errors import FieldError, InvalidInput, NotFound
from tokodesk.domain.log import Channel, Direction
from tokodesk.domain.whatsapp import NotAChat, parse_chat
from tokodesk.services import log as log_service
from tokodesk.services import settings
from tokodesk.services.chain import verify
from tokodesk.services.whatsapp import ChatFileProblem, SenderUnknown, import_chat

DATA = Path(__file__).resolve().parents[1] / "data" / "whatsapp"
PHONE = "0812-3456-7890"
IN, OUT = Direction.IN, Direction.OUT

# WhatsApp's own names for the text file inside the zip
ZIP_CHAT_NAME = {
    "android_en_24h.txt": "WhatsApp Chat with Siti Rahayu.txt",
    "android_en_12h.txt": "WhatsApp Chat with Siti Rahayu.txt",
    "android_id.txt": "Chat WhatsApp dengan +62 812-3456-7890.txt",
    "iphone_en.txt": "_chat.txt",
    "iphone_id.txt": "_chat.txt",
}
EXPECTED = [  # (direction, text) of the six messages in every fixture
    (IN, "Kak pesanan saya sudah jadi?"),
    (OUT, "Sudah kak, bisa diambil besok.\nJam buka 09.00-17.00 ya"),
    (IN, "ini desain yang saya mau"),
    (IN, "[media tidak disertakan]"),
    (IN, ""),
    (OUT, "Siap kak 👍"),
]


# ------------------------------------------------------------------------------ media


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(out, "JPEG")
    return out.getvalue()


def png(padding: int = 0) -> bytes:
    """A valid 1×1 PNG, optionally padded with a text chunk to make it large."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pad = chunk(b"tEXt", b"pad\x00" + b"x" * padding) if padding else b""
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + pad
        + chunk(b"IDAT", zlib.compress(b"\x00\xc8\x1e\x1e"))
        + chunk(b"IEND", b"")
    )


def _ogg_crc(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
            crc &= 0xFFFFFFFF
    return crc


def opus() -> bytes:
    """The first page of a WhatsApp voice note: an Ogg page holding the Opus header."""
    head = b"OpusHead" + bytes([1, 1]) + struct.pack("<HIhB", 312, 48000, 0, 0)
    page = b"OggS" + bytes([0, 2]) + struct.pack("<qIII", 0, 0x544B4F44, 0, 0) + bytes([1, len(head)]) + head
    return page[:22] + struct.pack("<I", _ogg_crc(page)) + page[26:]


def media_for(name: str) -> bytes:
    return opus() if name.endswith(".opus") else jpeg()


def media_names(text: str) -> list[str]:
    return [n for m in parse_chat(text).messages for n in m.media]


def export_zip(fixture: str, *, media: dict[str, bytes] | None = None, chat_name: str | None = None) -> bytes:
    """The fixture as WhatsApp's "Export chat → Include media" zip."""
    text = (DATA / fixture).read_text(encoding="utf-8")
    if media is None:
        media = {n: media_for(n) for n in media_names(text)}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(chat_name or ZIP_CHAT_NAME.get(fixture, "_chat.txt"), text.encode())
        for name, data in media.items():
            z.writestr(name, data)
    return out.getvalue()


def test_the_test_media_are_real_files():
    for data, kind in ((jpeg(), "JPEG"), (png(), "PNG")):
        with Image.open(io.BytesIO(data)) as im:
            assert im.format == kind
            im.load()
    note = opus()
    assert note[:4] == b"OggS" and b"OpusHead" in note
    assert _ogg_crc(note[:22] + b"\0\0\0\0" + note[26:]) == struct.unpack("<I", note[22:26])[0]


# ------------------------------------------------------------------------------ the service


@pytest.fixture
def siti(session, actor, now):
    return f.customer(session, actor, now, name="Siti Rahayu", phone=PHONE)


def log_of(session, customer_id):
    """The customer's log, oldest first."""
    return list(reversed(log_service.entries(session, customer_id)))


def chain_ok(session) -> bool:
    return all(r.problem is None for r in verify(session))


def count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize("fixture", sorted(ZIP_CHAT_NAME))
def test_each_format_imports_with_its_media(session, actor, now, siti, fixture):
    data = export_zip(fixture)
    summary = import_chat(session, siti.id, data, actor=actor, now=now, name="chat.zip")
    assert (summary.added, summary.skipped_existing, summary.problems) == (6, 0, [])
    assert summary.system_lines == 2
    assert summary.shop_senders == ("Toko Kaos Maju",) and len(summary.customer_senders) == 1
    assert summary.changes.customer_id == siti.id

    views = log_of(session, siti.id)
    assert [(v.direction, v.text) for v in views] == EXPECTED
    assert {(v.channel, v.source, v.order_id) for v in views} == {(Channel.WHATSAPP, "whatsapp_import", None)}
    # the original times, in the machine's zone
    talk = [m for m in parse_chat((DATA / fixture).read_text(encoding="utf-8")).messages if m.sender]
    assert [v.happened_at for v in views] == [m.time.astimezone() for m in talk]
    assert views[0].happened_at.replace(second=0) == dt.datetime(2026, 11, 12, 14, 5).astimezone()
    assert all(v.recorded_at == now for v in views)
    # the photo and the voice note are attached, under WhatsApp's names
    photo, voice = views[2].attachments, views[4].attachments
    assert [(a.mime, a.filename) for a in photo] == [("image/jpeg", talk[2].media[0])]
    assert [(a.mime, a.filename) for a in voice] == [("audio/ogg", talk[4].media[0])]
    data_back, mime, _ = log_service.attachment_data(session, photo[0].id)
    assert data_back == jpeg() and mime == "image/jpeg"
    assert all(not v.attachments for v in (views[0], views[1], views[3], views[5]))
    assert chain_ok(session)


def test_a_text_only_export_notes_the_media_it_does_not_have(session, actor, now, siti):
    summary = import_chat(session, siti.id, DATA / "android_en_24h.txt", actor=actor, now=now)
    assert (summary.added, summary.problems) == (6, [])
    views = log_of(session, siti.id)
    assert views[2].text == "ini desain yang saya mau\n[media tidak disertakan: IMG-20261112-WA0003.jpg]"
    assert views[4].text == "[media tidak disertakan: PTT-20261113-WA0001.opus]"
    assert count(session, Attachment) == 0


def test_a_file_missing_from_the_zip_is_noted(session, actor, now, siti):
    data = export_zip("android_en_24h.txt", media={"PTT-20261113-WA0001.opus": opus()})
    summary = import_chat(session, siti.id, data, actor=actor, now=now)
    assert (summary.added, summary.problems) == (6, [])
    views = log_of(session, siti.id)
    assert views[2].text == "ini desain yang saya mau\n[media tidak disertakan: IMG-20261112-WA0003.jpg]"
    assert views[2].attachments == [] and views[4].attachments[0].mime == "audio/ogg"


def test_importing_the_same_export_again_adds_nothing(session, actor, now, siti):
    data = export_zip("iphone_en.txt")
    import_chat(session, siti.id, data, actor=actor, now=now)
    again = import_chat(session, siti.id, data, actor=actor, now=now + dt.timedelta(hours=1))
    assert (again.added, again.skipped_existing, again.problems) == (0, 6, [])
    assert count(session, LogEntry) == 6
    assert count(session, Attachment) == 2
    assert chain_ok(session)


def test_a_later_export_of_the_same_chat_adds_only_what_is_new(session, actor, now, siti):
    lines = (DATA / "android_en_24h.txt").read_text(encoding="utf-8").splitlines(keepends=True)
    first = import_chat(session, siti.id, "".join(lines[:7]).encode(), actor=actor, now=now)
    assert (first.added, first.skipped_existing) == (4, 0)
    later = import_chat(session, siti.id, export_zip("android_en_24h.txt"), actor=actor, now=now)
    assert (later.added, later.skipped_existing) == (2, 4)
    # the photo message came first as text only; the later export cannot change it, and
    # its media names differ, so it is not the same message
    assert [v.text for v in log_of(session, siti.id)][-2:] == ["", "Siap kak 👍"]
    assert chain_ok(session)


def test_a_contact_saved_between_exports_is_still_the_same_chat(session, actor, now, siti):
    """First exported while the customer was an unsaved number, then after saving them as
    "Siti Rahayu" and switching the phone to English: nothing is added twice."""
    first = import_chat(session, siti.id, DATA / "android_id.txt", actor=actor, now=now)
    later = import_chat(session, siti.id, DATA / "android_en_24h.txt", actor=actor, now=now)
    assert (first.added, later.added, later.skipped_existing) == (6, 0, 6)


def test_the_same_words_twice_in_one_minute_are_two_messages(session, actor, now, siti):
    text = (
        b"12/11/26, 09:00 - Siti Rahayu: ok\n"
        b"12/11/26, 09:00 - Siti Rahayu: ok\n"
        b"12/11/26, 09:00 - Toko Kaos Maju: ok\n"
    )
    assert import_chat(session, siti.id, text, actor=actor, now=now).added == 3
    again = import_chat(session, siti.id, text, actor=actor, now=now)
    assert (again.added, again.skipped_existing) == (0, 3)


def test_a_malformed_line_is_reported_and_the_rest_imported(session, actor, now, siti):
    summary = import_chat(session, siti.id, DATA / "malformed.txt", actor=actor, now=now)
    assert summary.added == 4
    assert summary.problems == [(3, "tanggal atau jam «45/13/26, 25:99» tidak dikenali; pesan ini dilewati")]
    assert [(v.direction, v.text) for v in log_of(session, siti.id)] == [
        (IN, "Kak pesanan saya sudah jadi?"),
        (OUT, "Sudah kak, bisa diambil besok."),
        (IN, "Oke kak, besok saya ambil"),
        (OUT, "Ditunggu kak"),
    ]


def test_a_message_from_the_future_is_skipped(session, actor, now, siti):
    text = b"12/11/26, 09:00 - Siti Rahayu: pagi\n25/12/26, 09:00 - Siti Rahayu: natal\n"
    summary = import_chat(session, siti.id, text, actor=actor, now=now)
    assert summary.added == 1
    assert summary.problems == [
        (2, "waktu pesan 2026-12-25 09:00 ada di masa depan; pesan ini dilewati (jam komputer salah?)")
    ]


def test_an_empty_message_is_skipped(session, actor, now, siti):
    text = b"12/11/26, 09:00 - Siti Rahayu: \n12/11/26, 09:01 - Siti Rahayu: halo\n"
    summary = import_chat(session, siti.id, text, actor=actor, now=now)
    assert summary.added == 1 and summary.problems == [(1, "pesan kosong; dilewati")]


def test_a_too_large_attachment_keeps_the_text(session, actor, now, siti):
    settings.put(session, "log.max_attachment_mb", 1)
    big = png(padding=1_600_000)
    data = export_zip(
        "android_en_24h.txt", media={"IMG-20261112-WA0003.jpg": big, "PTT-20261113-WA0001.opus": opus()}
    )
    summary = import_chat(session, siti.id, data, actor=actor, now=now)
    assert summary.added == 6
    assert summary.problems == [
        (
            5,
            "Lampiran «IMG-20261112-WA0003.jpg» terlalu besar (1.5 MB; batasnya 1 MB); "
            "teks pesannya tetap diimpor",
        )
    ]
    views = log_of(session, siti.id)
    assert (
        views[2].text
        == "ini desain yang saya mau\n[lampiran IMG-20261112-WA0003.jpg tidak disimpan: terlalu besar]"
    )
    assert views[2].attachments == [] and views[4].attachments[0].mime == "audio/ogg"
    assert chain_ok(session)


def test_an_attachment_of_a_refused_kind_keeps_the_text(session, actor, now, siti):
    text = (
        "12/11/26, 09:00 - Siti Rahayu: kontak.vcf (file attached)\nini nomor adik saya\n"
        "12/11/26, 09:01 - Siti Rahayu: makasih\n"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("WhatsApp Chat with Siti Rahayu.txt", text)
        z.writestr("kontak.vcf", "BEGIN:VCARD\nEND:VCARD\n")
    summary = import_chat(session, siti.id, out.getvalue(), actor=actor, now=now)
    assert summary.added == 2
    assert summary.problems == [
        (
            1,
            "Lampiran «kontak.vcf» bukan jenis yang disimpan (gambar, PDF, pesan suara, video); "
            "teks pesannya tetap diimpor",
        )
    ]
    first = log_of(session, siti.id)[0]
    assert (
        first.text == "ini nomor adik saya\n[lampiran kontak.vcf tidak disimpan: jenis berkas tidak didukung]"
    )


def test_media_names_match_in_either_unicode_form(session, actor, now, siti):
    import unicodedata

    name = "Désain kaos.jpg"
    text = f"12/11/26, 09:00 - Siti Rahayu: {unicodedata.normalize('NFC', name)} (file attached)\n"
    data = _zip(**{"_chat.txt": text.encode(), unicodedata.normalize("NFD", name): jpeg()})
    import_chat(session, siti.id, data, actor=actor, now=now)
    assert [a.mime for a in log_of(session, siti.id)[0].attachments] == ["image/jpeg"]


def test_a_damaged_media_file_in_the_zip_keeps_the_text(session, actor, now, siti):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        z.writestr(
            "_chat.txt", "12/11/26, 09:00 - Siti Rahayu: IMG-20261112-WA0001.jpg (file attached)\nini\n"
        )
        z.writestr("IMG-20261112-WA0001.jpg", jpeg())
    data = bytearray(out.getvalue())
    at = data.index(b"\xff\xd8\xff") + 40
    data[at] ^= 0xFF  # one flipped byte: the zip's checksum no longer matches
    summary = import_chat(session, siti.id, bytes(data), actor=actor, now=now)
    assert summary.added == 1
    assert summary.problems == [
        (1, "Lampiran «IMG-20261112-WA0001.jpg» rusak di dalam ZIP; teks pesannya tetap diimpor")
    ]
    assert log_of(session, siti.id)[0].text == (
        "ini\n[lampiran IMG-20261112-WA0001.jpg tidak disimpan: rusak di dalam ZIP]"
    )


def test_an_entry_the_log_refuses_is_undone_alone(session, actor, now, siti, monkeypatch):
    """Should the log refuse one message after storing part of it, that part is undone and
    the other messages are imported."""
    real = log_service.add_entry

    def refusing(s, data, **kw):
        if data.attachments and data.attachments[0].filename.startswith("IMG-"):
            log_service.store_file(s, data.attachments[0], now=now)
            raise InvalidInput([FieldError("text", "Isi catatan ditolak")])
        return real(s, data, **kw)

    monkeypatch.setattr(log_service, "add_entry", refusing)
    summary = import_chat(session, siti.id, export_zip("android_en_24h.txt"), actor=actor, now=now)
    assert summary.added == 5
    assert summary.problems == [(5, "Isi catatan ditolak; pesan ini dilewati")]
    assert count(session, Attachment) == 1  # the voice note; the refused photo was undone
    assert chain_ok(session)


def test_the_entries_can_belong_to_an_order(session, actor, now, siti):
    _, order_id = f.order(session, actor, now, customer_id=siti.id)
    summary = import_chat(session, siti.id, DATA / "iphone_id.txt", actor=actor, now=now, order_id=order_id)
    assert summary.changes.order_id == order_id
    assert {v.order_id for v in log_of(session, siti.id)} == {order_id}


def test_an_order_of_another_customer_is_refused(session, actor, now, siti):
    _, other_order = f.order(session, actor, now)
    with pytest.raises(InvalidInput, match="bukan milik pelanggan ini"):
        import_chat(session, siti.id, DATA / "iphone_id.txt", actor=actor, now=now, order_id=other_order)
    assert count(session, LogEntry) == 0


def test_an_unknown_customer_is_refused(session, actor, now):
    with pytest.raises(NotFound, match="Pelanggan tidak ditemukan"):
        import_chat(session, 987654, DATA / "android_en_24h.txt", actor=actor, now=now)


def _zip(**members: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        ((DATA / "foreign.txt").read_bytes(), NotAChat, "«pelanggan.csv» bukan ekspor chat WhatsApp"),
        (b"", NotAChat, "bukan ekspor chat WhatsApp"),
        (jpeg(), NotAChat, "tidak bisa dibaca sebagai teks"),
        (_zip(**{"IMG-1.jpg": jpeg()}), NotAChat, "tidak berisi ekspor chat WhatsApp"),
        (_zip(**{"catatan.txt": b"bukan chat"}), NotAChat, "tidak berisi ekspor chat WhatsApp"),
        (b"PK\x03\x04" + b"\x00" * 40, ChatFileProblem, "ZIP yang rusak"),
    ],
)
def test_foreign_or_broken_files_are_refused_and_nothing_is_written(
    session, actor, now, siti, data, error, message
):
    with pytest.raises(error, match=message):
        import_chat(session, siti.id, data, actor=actor, now=now, name="pelanggan.csv")
    assert count(session, LogEntry) == 0


def test_a_missing_file_is_refused(session, actor, now, siti, tmp_path):
    with pytest.raises(ChatFileProblem, match=r"«hilang\.txt» tidak bisa dibaca"):
        import_chat(session, siti.id, tmp_path / "hilang.txt", actor=actor, now=now)


def test_the_chat_is_found_among_other_text_files(session, actor, now, siti):
    text = (DATA / "android_en_24h.txt").read_bytes()
    data = _zip(**{"ukuran.txt": b"S, M, L", "chat-siti.txt": text})  # renamed by the shop
    assert import_chat(session, siti.id, data, actor=actor, now=now).added == 6


def test_senders_that_do_not_match_the_customer_are_refused(session, actor, now):
    dewi = f.customer(session, actor, now, name="Dewi Lestari", phone="0813-1111-2222")
    with pytest.raises(SenderUnknown, match="pengirim di chat: Siti Rahayu, Toko Kaos Maju") as e:
        import_chat(session, dewi.id, DATA / "android_en_24h.txt", actor=actor, now=now)
    assert e.value.senders == ["Siti Rahayu", "Toko Kaos Maju"]
    assert count(session, LogEntry) == 0
    # the staff says who the customer is (here Dewi wrote from her sister's phone)
    summary = import_chat(
        session, dewi.id, DATA / "android_en_24h.txt", actor=actor, now=now, customer_senders=["siti rahayu"]
    )
    assert summary.added == 6
    assert [v.direction for v in log_of(session, dewi.id)] == [d for d, _ in EXPECTED]


def test_two_senders_that_could_be_the_customer_are_refused(session, actor, now):
    siti = f.customer(session, actor, now, name="Siti", phone=PHONE)
    text = b"12/11/26, 09:00 - Siti Rahayu: a\n12/11/26, 09:01 - Siti Aminah: b\n"
    with pytest.raises(SenderUnknown, match="Lebih dari satu pengirim"):
        import_chat(session, siti.id, text, actor=actor, now=now)


def test_the_customers_number_beats_a_similar_name(session, actor, now, siti):
    """A staff member also called Siti does not confuse the import: the number decides."""
    text = b"12/11/26, 09:00 - +62 812-3456-7890: a\n12/11/26, 09:01 - Siti: b\n"
    import_chat(session, siti.id, text, actor=actor, now=now)
    assert [v.direction for v in log_of(session, siti.id)] == [IN, OUT]


def test_imported_entries_sit_in_one_chain_with_manual_ones(session, actor, now, siti):
    log_service.add_entry(
        session,
        log_service.LogInput(siti.id, Channel.PHONE, Direction.NOTE, text="telepon: tanya pesanan"),
        actor=actor,
        now=now,
    )
    import_chat(session, siti.id, export_zip("android_id.txt"), actor=actor, now=now)
    log_service.add_entry(
        session,
        log_service.LogInput(siti.id, Channel.IN_PERSON, Direction.NOTE, text="diambil"),
        actor=actor,
        now=now,
    )
    assert count(session, LogEntry) == 8
    assert chain_ok(session)


# ------------------------------------------------------------------------------ command line

TODAY = "2026-11-22"
NOW = dt.datetime(2026, 11, 22, 3, 0, tzinfo=dt.UTC)


@pytest.fixture
def shop(db_url):
    path = db_url
    db = open_database(str(path), now=NOW)
    db.write(lambda s: f.customer(s, db.actor, NOW, name="Siti Rahayu", phone=PHONE))
    db.close()
    return str(path)


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = run(["log", "import-whatsapp", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_imports_and_reimports(shop, tmp_path, capsys):
    export = tmp_path / "WhatsApp Chat with Siti Rahayu.zip"
    export.write_bytes(export_zip("android_en_12h.txt"))
    code, out, err = cli(
        capsys, "--customer", "+62 812-3456-7890", str(export), "--db", shop, "--today", TODAY
    )
    assert (code, err) == (0, "")
    assert out == (
        "6 pesan diimpor, 0 sudah ada (Siti Rahayu, WhatsApp Chat with Siti Rahayu.zip).\n"
        "Dari pelanggan: Siti Rahayu; ke pelanggan: Toko Kaos Maju.\n"
    )
    code, out, _ = cli(capsys, "--customer", PHONE, str(export), "--db", shop, "--today", TODAY)
    assert code == 0 and out.startswith("0 pesan diimpor, 6 sudah ada")
    assert run(["verify", "--db", shop]) == 0
    assert "catatan komunikasi: 6 entri, UTUH" in capsys.readouterr().out


def test_cli_reports_bad_lines_with_their_numbers(shop, capsys):
    code, out, err = cli(
        capsys, "--customer", PHONE, str(DATA / "malformed.txt"), "--db", shop, "--today", TODAY
    )
    assert code == 0
    assert out.startswith("4 pesan diimpor, 0 sudah ada")
    assert err == "  baris 3: tanggal atau jam «45/13/26, 25:99» tidak dikenali; pesan ini dilewati\n"


def test_cli_says_when_the_date_order_was_a_guess(shop, tmp_path, capsys):
    chat = tmp_path / "chat.txt"
    chat.write_text("03/04/26, 09:00 - Siti Rahayu: halo\n", encoding="utf-8")
    code, out, _ = cli(capsys, "--customer", PHONE, str(chat), "--db", shop, "--today", TODAY)
    assert code == 0
    assert "dibaca sebagai hari/bulan/tahun" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--customer", PHONE, str(DATA / "foreign.txt")], "«foreign.txt» bukan ekspor chat WhatsApp"),
        (["--customer", "0899-0000-0000", str(DATA / "iphone_id.txt")], "Tidak ada pelanggan dengan No. HP"),
        (["--customer", PHONE, "--order", "TD-0000-0000", str(DATA / "iphone_id.txt")], "Tidak ada pesanan"),
        (["--customer", PHONE, str(DATA / "tidak-ada.zip")], "Berkas tidak bisa dibaca"),
    ],
)
def test_cli_refusals_exit_1_and_write_nothing(shop, capsys, args, message):
    code, out, err = cli(capsys, *args, "--db", shop, "--today", TODAY)
    assert code == 1 and out == ""
    assert message in err
    db = open_database(shop)
    try:
        assert db.read(lambda s: count(s, LogEntry)) == 0
    finally:
        db.close()


def test_cli_asks_for_the_sender_when_it_cannot_tell(shop, tmp_path, capsys):
    chat = tmp_path / "chat.txt"
    chat.write_text("12/11/26, 09:00 - Bu RT: halo\n12/11/26, 09:01 - Toko: ya\n", encoding="utf-8")
    code, _, err = cli(capsys, "--customer", PHONE, str(chat), "--db", shop, "--today", TODAY)
    assert code == 1 and "(pakai --sender NAMA)" in err and "Bu RT, Toko" in err
    code, out, _ = cli(
        capsys, "--customer", PHONE, "--sender", "Bu RT", str(chat), "--db", shop, "--today", TODAY
    )
    assert code == 0 and out.startswith("2 pesan diimpor")


@pytest.mark.parametrize("args", [[], ["--customer", PHONE], [str(DATA / "iphone_id.txt")]])
def test_cli_usage_errors_exit_2(capsys, args):
    assert run(["log", "import-whatsapp", *args]) == 2
    assert "argumen wajib belum diisi" in capsys.readouterr().err
