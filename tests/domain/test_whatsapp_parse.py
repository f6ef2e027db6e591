"""Reading WhatsApp chat exports, without a database: every supported shape (Android and
iPhone, English and Indonesian, 12- and 24-hour clocks), system lines, media markers, the
day/month decision, and bad lines reported by number."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tokodesk.domain.whatsapp import (
    NotAChat,
    chat_candidates,
    decode_chat,
    media_date,
    name_match,
    parse_chat,
    sender_phone,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "whatsapp"
LRM = "\u200e"


def load(name: str) -> str:
    return decode_chat((DATA / name).read_bytes(), name)


# The same conversation is in every fixture: (day, hour, minute, customer?, text, media, omitted)
CONVERSATION = [
    (12, 14, 5, True, "Kak pesanan saya sudah jadi?", 0, 0),
    (12, 14, 6, False, "Sudah kak, bisa diambil besok.\nJam buka 09.00-17.00 ya", 0, 0),
    (12, 14, 7, True, "ini desain yang saya mau", 1, 0),
    (12, 14, 8, True, "", 0, 1),
    (13, 9, 15, True, "", 1, 0),
    (13, 21, 30, False, "Siap kak 👍", 0, 0),
]
FORMATS = {
    # file: (the customer's name as shown, the media file names, what decided the date order)
    "android_en_24h.txt": (
        "Siti Rahayu",
        ("IMG-20261112-WA0003.jpg", "PTT-20261113-WA0001.opus"),
        "fields",
    ),
    "android_en_12h.txt": (
        "Siti Rahayu",
        ("IMG-20261112-WA0003.jpg", "PTT-20261113-WA0001.opus"),
        "fields",
    ),
    "android_id.txt": (
        "+62 812-3456-7890",
        ("IMG-20261112-WA0003.jpg", "PTT-20261113-WA0001.opus"),
        "fields",
    ),
    "iphone_en.txt": (
        "Siti Rahayu",
        ("00000012-PHOTO-2026-11-12-14-07-45.jpg", "00000013-AUDIO-2026-11-13-09-15-20.opus"),
        "fields",
    ),
    "iphone_id.txt": (
        "Siti",
        ("00000012-PHOTO-2026-11-12-14-07-45.jpg", "00000013-AUDIO-2026-11-13-09-15-20.opus"),
        "fields",
    ),
}


@pytest.mark.parametrize("fixture", sorted(FORMATS))
def test_every_format_reads_the_same_conversation(fixture):
    customer, media_names, reason = FORMATS[fixture]
    chat = parse_chat(load(fixture))
    assert chat.problems == []
    assert chat.date_order_reason == reason
    assert chat.date_order == ("mdy" if fixture == "iphone_en.txt" else "dmy")
    system = [m for m in chat.messages if m.sender is None]
    talk = [m for m in chat.messages if m.sender is not None]
    assert len(system) == 2  # the encryption notice and the deleted message
    assert [m.line for m in system] == [1, 8]
    assert chat.senders == [customer, "Toko Kaos Maju"]
    media = iter(media_names)
    assert len(talk) == len(CONVERSATION)
    for m, (day, hour, minute, theirs, text, n_media, omitted) in zip(talk, CONVERSATION, strict=True):
        assert m.time.replace(second=0) == dt.datetime(2026, 11, day, hour, minute)
        assert (m.sender == customer) is theirs
        assert m.text == text
        assert m.media == tuple(next(media) for _ in range(n_media))
        assert m.omitted == omitted
        assert LRM not in m.text and LRM not in m.sender
    assert [m.line for m in talk] == [2, 3, 5, 7, 9, 10]


def test_iphone_keeps_the_seconds():
    chat = parse_chat(load("iphone_en.txt"))
    assert chat.messages[1].time == dt.datetime(2026, 11, 12, 14, 5, 33)
    assert chat.messages[-1].time == dt.datetime(2026, 11, 13, 21, 30, 0)


def test_a_malformed_line_is_reported_and_the_rest_is_read():
    chat = parse_chat(load("malformed.txt"))
    assert [(p.line, p.message) for p in chat.problems] == [
        (3, "tanggal atau jam «45/13/26, 25:99» tidak dikenali; pesan ini dilewati")
    ]
    assert [(m.line, m.text) for m in chat.messages] == [
        (1, "Kak pesanan saya sudah jadi?"),
        (2, "Sudah kak, bisa diambil besok."),  # the bad message's next line is not glued on here
        (5, "Oke kak, besok saya ambil"),
        (6, "Ditunggu kak"),
    ]


@pytest.mark.parametrize(
    "stamp",
    ["12/11/26, 24:00", "12/11/26, 13:05 PM", "31/02/26, 10:00", "12/11/26, 10:61", "0/11/26, 10:00"],
)
def test_impossible_dates_and_times(stamp):
    chat = parse_chat(f"12/11/26, 09:00 - Siti: pagi\n{stamp} - Siti: x\n13/11/26, 09:00 - Siti: y\n")
    assert [p.line for p in chat.problems] == [2]
    assert [m.text for m in chat.messages] == ["pagi", "y"]


def test_lines_before_the_first_message_are_reported_once():
    chat = parse_chat("Ekspor dari HP kasir\n\nkedua\n12/11/26, 09:00 - Siti: pagi\n")
    assert [(p.line, p.message) for p in chat.problems] == [
        (1, "2 baris sebelum pesan pertama tidak diawali tanggal dan jam; dilewati")
    ]
    assert len(chat.messages) == 1


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n",
        (DATA / "foreign.txt").read_text(encoding="utf-8"),
        "Dear Siti,\nyour order 12/11/26 is ready.\nRegards",
        "12/11/26 pesanan jadi\n14:05 diambil",
    ],
)
def test_text_that_is_not_a_chat_is_refused(text):
    with pytest.raises(NotAChat, match="bukan ekspor chat WhatsApp"):
        parse_chat(text, name="pelanggan.txt")


def test_unreadable_bytes_are_refused():
    with pytest.raises(NotAChat, match="tidak bisa dibaca sebagai teks"):
        decode_chat(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "foto.txt")
    with pytest.raises(NotAChat, match="tidak bisa dibaca sebagai teks"):
        decode_chat("12/11/26, 09:00 - Siti: a".encode("utf-16-le"), "chat.txt")  # no BOM


def test_text_encodings():
    line = "12/11/26, 09:00 - Siti: Kak 👍"
    assert decode_chat(("\ufeff" + line).encode()) == line
    assert decode_chat(line.encode("utf-16")) == line  # with its BOM
    crlf = parse_chat(decode_chat(f"{line}\r\nbaris dua\r\n".encode()))
    assert crlf.messages[0].text == "Kak 👍\nbaris dua"


def test_twelve_hour_clock_edges():
    chat = parse_chat(
        "12/11/26, 12:05 AM - Siti: tengah malam\n"
        "12/11/26, 12:05 PM - Siti: tengah hari\n"
        "12/11/26, 1:05 p.m. - Siti: siang\n"
        "12/11/26, 11:59 pm - Siti: malam\n"
    )
    assert [m.time.time() for m in chat.messages] == [
        dt.time(0, 5),
        dt.time(12, 5),
        dt.time(13, 5),
        dt.time(23, 59),
    ]


def test_year_first_and_other_separators():
    chat = parse_chat(
        "2026-11-12 14:05 - Siti: a\n12.11.26, 14:06 - Siti: b\n12-11-2026 pukul 14.07 - Siti: c\n"
    )
    assert [m.time for m in chat.messages] == [
        dt.datetime(2026, 11, 12, 14, 5),
        dt.datetime(2026, 11, 12, 14, 6),
        dt.datetime(2026, 11, 12, 14, 7),
    ]


def test_group_and_system_lines_have_no_sender():
    chat = parse_chat(
        '12/11/26, 09:00 - Budi created group "Kaos Tim: Juli"\n'
        "12/11/26, 09:01 - Budi added Siti\n"
        "12/11/26, 09:02 - Budi menambahkan Siti\n"
        "12/11/26, 09:03 - Siti: Anda menghapus pesan ini\n"
        "12/11/26, 09:04 - Your security code with Siti changed. Tap to learn more.\n"
        f"[12/11/26, 09:05:00] Kaos Tim: {LRM}Budi added Siti\n"
        f"[12/11/26, 09:06:00] Siti: {LRM}Missed voice call\n"
        "12/11/26, 09:07 - Siti: I added a photo: see above\n"
    )
    assert [m.sender for m in chat.messages] == [None, None, None, None, None, None, "Siti", "Siti"]
    assert chat.messages[0].text == 'Budi created group "Kaos Tim: Juli"'
    assert chat.messages[6].text == "Missed voice call"  # a missed call is evidence, not noise


def test_media_markers():
    chat = parse_chat(
        "12/11/26, 09:00 - Siti: DOC-20261112-WA0007.pdf (file attached)\n"
        "Nota.pdf\n"
        "12/11/26, 09:01 - Siti: <Media tidak disertakan>\n"
        f"[12/11/26, 09:02:00] Siti: {LRM}Nota.pdf • {LRM}1 page {LRM}<attached: 00000013-Nota.pdf>\n"
        f"[12/11/26, 09:03:00] Siti: {LRM}sticker omitted\n"
        f"[12/11/26, 09:04:00] Siti: {LRM}stiker tidak disertakan\n"
        "12/11/26, 09:05 - Siti: lihat (file attached) ya\n"
    )
    got = [(m.text, m.media, m.omitted) for m in chat.messages]
    assert got == [
        ("Nota.pdf", ("DOC-20261112-WA0007.pdf",), 0),
        ("", (), 1),
        ("Nota.pdf • 1 page", ("00000013-Nota.pdf",), 0),
        ("", (), 1),
        ("", (), 1),
        ("lihat (file attached) ya", (), 0),
    ]


# ------------------------------------------------------------------------------ day or month


def order_of(text: str, latest: dt.datetime | None = None) -> tuple[str, str]:
    chat = parse_chat(text, latest=latest)
    return chat.date_order, chat.date_order_reason


def test_a_day_over_twelve_means_day_first():
    assert order_of("01/02/26, 09:00 - A: x\n25/02/26, 09:00 - A: y\n") == ("dmy", "fields")


def test_a_second_field_over_twelve_means_month_first():
    assert order_of("[02/01/26, 9:00:00 AM] A: x\n[02/25/26, 9:00:00 AM] A: y\n") == ("mdy", "fields")


def test_conflicting_fields_go_to_the_majority_and_the_minority_is_reported():
    chat = parse_chat("13/01/26, 09:00 - A: a\n14/01/26, 09:00 - A: b\n01/15/26, 09:00 - A: c\n")
    assert (chat.date_order, chat.date_order_reason) == ("dmy", "fields")
    assert [p.line for p in chat.problems] == [3]


def test_media_file_names_decide_when_every_date_is_ambiguous():
    text = "05/11/26, 09:00 - A: IMG-20260511-WA0001.jpg (file attached)\n"
    assert order_of(text) == ("mdy", "media")
    text = f"[11/05/26 09.00.00] A: {LRM}<attached: 00000001-PHOTO-2026-05-11-09-00-00.jpg>\n"
    assert order_of(text) == ("dmy", "media")


def test_time_order_decides_when_media_cannot():
    # day-first: 12 Nov then 1 Dec; month-first would be 11 Dec then 12 Jan (a step back)
    assert order_of("12/11/26, 09:00 - A: x\n01/12/26, 09:00 - A: y\n") == ("dmy", "sequence")
    assert order_of("[11/12/26, 9:00:00 AM] A: x\n[12/01/26, 9:00:00 AM] A: y\n") == ("mdy", "sequence")


def test_a_date_after_the_import_decides():
    text = "03/04/26, 09:00 - A: x\n"
    assert order_of(text, latest=dt.datetime(2026, 3, 10)) == ("mdy", "future")
    assert order_of(text, latest=dt.datetime(2026, 4, 10)) == ("dmy", "default")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("03/04/26, 09:00 - A: x\n", "dmy"),  # Android English: day first
        ("03/04/26, 9:00 AM - A: x\n", "dmy"),  # even with a 12-hour clock
        ("03/04/26 09.00 - A: x\n", "dmy"),  # Android Indonesian
        ("[03/04/26 09.00.00] A: x\n", "dmy"),  # iPhone Indonesian
        ("[03/04/26, 09:00:00] A: x\n", "dmy"),  # iPhone English, 24-hour (UK)
        ("[03/04/26, 9:00:00\u202fAM] A: x\n", "mdy"),  # iPhone English, 12-hour (US)
    ],
)
def test_the_default_when_nothing_decides(text, expected):
    assert order_of(text) == (expected, "default")


# ------------------------------------------------------------------------------ helpers


def test_chat_candidates_put_the_chat_first():
    names = [
        "ukuran.txt",
        "IMG-20261112-WA0003.jpg",
        "WhatsApp Chat with Siti Rahayu.txt",
        "__MACOSX/._WhatsApp Chat with Siti Rahayu.txt",
        "folder/",
    ]
    assert chat_candidates(names) == ["WhatsApp Chat with Siti Rahayu.txt", "ukuran.txt"]
    assert chat_candidates(["_chat.txt", "a.jpg"]) == ["_chat.txt"]
    assert chat_candidates(["x/Chat WhatsApp dengan Siti.txt"]) == ["x/Chat WhatsApp dengan Siti.txt"]


@pytest.mark.parametrize(
    ("sender", "phone"),
    [
        ("+62 812-3456-7890", "+6281234567890"),
        ("\u202a+62 812\u20113456\u20117890\u202c", "+6281234567890"),
        ("0812 3456 7890", "+6281234567890"),
        ("~ 6281234567890", "+6281234567890"),
        ("Siti Rahayu", None),
        ("+62 12", None),
    ],
)
def test_sender_phone(sender, phone):
    assert sender_phone(sender) == phone


def test_name_match():
    assert name_match("siti  rahayu", "Siti Rahayu") == "same"
    assert name_match("~\u202fSiti", "Siti Rahayu") == "part"
    assert name_match("Siti Rahayu (Kaos)", "Siti Rahayu") == "part"
    assert name_match("Toko Kaos Maju", "Siti Rahayu") is None
    assert name_match("", "Siti Rahayu") is None


def test_media_date():
    assert media_date("IMG-20261112-WA0003.jpg") == dt.date(2026, 11, 12)
    assert media_date("00000012-PHOTO-2026-11-12-14-07-45.jpg") == dt.date(2026, 11, 12)
    assert media_date("Nota.pdf") is None


# ------------------------------------------------------------------------------ round trip

_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ABCKLMS,?!éü👍", min_size=1, max_size=30).map(str.strip)
_MESSAGE = st.tuples(
    st.datetimes(min_value=dt.datetime(2010, 1, 1), max_value=dt.datetime(2030, 12, 31)).map(
        lambda t: t.replace(microsecond=0)
    ),
    st.sampled_from(["Siti Rahayu", "Toko Kaos Maju", "+62 812-3456-7890"]),
    st.lists(_WORDS.filter(bool), min_size=1, max_size=3),
)


def _render(shape: str, when: dt.datetime, sender: str, lines: list[str]) -> str:
    h12 = f"{when.hour % 12 or 12}:{when:%M}"
    ampm = "AM" if when.hour < 12 else "PM"
    head = {
        "android_en_24h": f"{when:%d/%m/%y, %H:%M} - ",
        "android_en_12h": f"{when:%d/%m/%Y}, {h12}\u202f{ampm.lower()} - ",
        "android_id": f"{when:%d/%m/%y %H.%M} - ",
        "iphone_en_12h": f"{LRM}[{when.month}/{when.day}/{when:%y}, {h12}:{when:%S}\u202f{ampm}] ",
        "iphone_id": f"[{when:%d/%m/%y %H.%M.%S}] ",
    }[shape]
    return head + sender + ": " + "\n".join(lines)


@settings(max_examples=60, deadline=None)
@given(
    shape=st.sampled_from(["android_en_24h", "android_en_12h", "android_id", "iphone_en_12h", "iphone_id"]),
    messages=st.lists(_MESSAGE, min_size=1, max_size=8).map(lambda ms: sorted(ms, key=lambda m: m[0])),
)
def test_round_trip(shape, messages):
    """Whatever is written in a supported shape reads back the same (to the minute on Android)."""
    text = "\n".join(_render(shape, *m) for m in messages) + "\n"
    chat = parse_chat(text)
    assert chat.problems == []
    exact = shape.startswith("iphone")
    assert [(m.time, m.sender, m.text) for m in chat.messages] == [
        (t if exact else t.replace(second=0), s, "\n".join(lines)) for t, s, lines in messages
    ]


def test_a_chat_of_many_lines_is_read_quickly():
    import time

    line = "12/11/26, 14:05 - Siti Rahayu: Kak pesanan saya sudah jadi? IMG-1.jpg\nbaris dua\n"
    started = time.perf_counter()
    chat = parse_chat(line * 20_000)
    assert len(chat.messages) == 20_000
    assert time.perf_counter() - started < 5
