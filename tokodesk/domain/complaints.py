"""Complaint cases, pure: the types, the case's path, findings, resolutions, and the shop's
default guidelines per type.

    new → acknowledged → checking → resolved | declined
    new → checking | resolved | declined        (a quick case may skip steps)
    acknowledged → resolved | declined

The *first response* is the first move out of ``new`` (the customer heard back); the case is
*closed* when it is resolved or declined.  A resolution that costs the shop money says how
much (``cost``); refunds go through the ledger, resends and remakes link to what was made.

The owners' own advice (seed 002): respond fast, listen, never argue, verify before deciding,
follow written guidelines, fix quickly, and review every complaint in the routine reports.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError


class ComplaintType(enum.StrEnum):
    SHORT = "short"  # short / missing item
    DAMAGED = "damaged"
    WRONG_ITEM = "wrong_item"
    WRONG_PERSONALIZATION = "wrong_personal"
    LATE = "late"
    LOST = "lost"  # lost in transit
    NOT_RECEIVED = "not_received"  # marked delivered, not received
    QUALITY = "quality"
    SERVICE = "service"
    OTHER = "other"


class CaseStatus(enum.StrEnum):
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    CHECKING = "checking"
    RESOLVED = "resolved"
    DECLINED = "declined"


class Finding(enum.StrEnum):
    OPEN = "open"  # not decided yet
    SHOP = "shop"  # the shop's error
    COURIER = "courier"
    CUSTOMER = "customer"
    NOT_PROVEN = "not_proven"


class Resolution(enum.StrEnum):
    RESEND = "resend"
    REMAKE_FREE = "remake_free"
    REMAKE_CHARGED = "remake_charged"
    PARTIAL_REFUND = "partial_refund"
    FULL_REFUND = "full_refund"
    VOUCHER = "voucher"
    EXPLANATION = "explanation"  # explanation only


TYPE_LABELS: dict[ComplaintType, str] = {
    ComplaintType.SHORT: QT_TRANSLATE_NOOP("labels", "Barang kurang / tidak ada"),
    ComplaintType.DAMAGED: QT_TRANSLATE_NOOP("labels", "Barang rusak"),
    ComplaintType.WRONG_ITEM: QT_TRANSLATE_NOOP("labels", "Barang salah"),
    ComplaintType.WRONG_PERSONALIZATION: QT_TRANSLATE_NOOP("labels", "Personalisasi salah"),
    ComplaintType.LATE: QT_TRANSLATE_NOOP("labels", "Terlambat"),
    ComplaintType.LOST: QT_TRANSLATE_NOOP("labels", "Hilang di pengiriman"),
    ComplaintType.NOT_RECEIVED: QT_TRANSLATE_NOOP("labels", "Terkirim tapi tidak diterima"),
    ComplaintType.QUALITY: QT_TRANSLATE_NOOP("labels", "Kualitas"),
    ComplaintType.SERVICE: QT_TRANSLATE_NOOP("labels", "Pelayanan"),
    ComplaintType.OTHER: QT_TRANSLATE_NOOP("labels", "Lainnya"),
}

STATUS_LABELS: dict[CaseStatus, str] = {
    CaseStatus.NEW: QT_TRANSLATE_NOOP("labels", "Baru"),
    CaseStatus.ACKNOWLEDGED: QT_TRANSLATE_NOOP("labels", "Sudah ditanggapi"),
    CaseStatus.CHECKING: QT_TRANSLATE_NOOP("labels", "Sedang dicek"),
    CaseStatus.RESOLVED: QT_TRANSLATE_NOOP("labels", "Selesai"),
    CaseStatus.DECLINED: QT_TRANSLATE_NOOP("labels", "Ditolak"),
}

FINDING_LABELS: dict[Finding, str] = {
    Finding.OPEN: QT_TRANSLATE_NOOP("labels", "Belum diputuskan"),
    Finding.SHOP: QT_TRANSLATE_NOOP("labels", "Kesalahan toko"),
    Finding.COURIER: QT_TRANSLATE_NOOP("labels", "Kesalahan kurir"),
    Finding.CUSTOMER: QT_TRANSLATE_NOOP("labels", "Kesalahan pelanggan"),
    Finding.NOT_PROVEN: QT_TRANSLATE_NOOP("labels", "Tidak terbukti"),
}

RESOLUTION_LABELS: dict[Resolution, str] = {
    Resolution.RESEND: QT_TRANSLATE_NOOP("labels", "Kirim ulang"),
    Resolution.REMAKE_FREE: QT_TRANSLATE_NOOP("labels", "Buat ulang gratis"),
    Resolution.REMAKE_CHARGED: QT_TRANSLATE_NOOP("labels", "Buat ulang berbayar"),
    Resolution.PARTIAL_REFUND: QT_TRANSLATE_NOOP("labels", "Refund sebagian"),
    Resolution.FULL_REFUND: QT_TRANSLATE_NOOP("labels", "Refund penuh"),
    Resolution.VOUCHER: QT_TRANSLATE_NOOP("labels", "Voucher"),
    Resolution.EXPLANATION: QT_TRANSLATE_NOOP("labels", "Penjelasan saja"),
}

OPEN_STATUSES = frozenset({CaseStatus.NEW, CaseStatus.ACKNOWLEDGED, CaseStatus.CHECKING})
CLOSED_STATUSES = frozenset({CaseStatus.RESOLVED, CaseStatus.DECLINED})

MOVES: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.NEW: frozenset(
        {CaseStatus.ACKNOWLEDGED, CaseStatus.CHECKING, CaseStatus.RESOLVED, CaseStatus.DECLINED}
    ),
    CaseStatus.ACKNOWLEDGED: frozenset({CaseStatus.CHECKING, CaseStatus.RESOLVED, CaseStatus.DECLINED}),
    CaseStatus.CHECKING: frozenset({CaseStatus.RESOLVED, CaseStatus.DECLINED}),
    CaseStatus.RESOLVED: frozenset(),
    CaseStatus.DECLINED: frozenset(),
}

# resolutions that need an order to act on, and what each needs
NEEDS_ORDER = frozenset(
    {
        Resolution.RESEND,
        Resolution.REMAKE_FREE,
        Resolution.REMAKE_CHARGED,
        Resolution.PARTIAL_REFUND,
        Resolution.FULL_REFUND,
    }
)
REFUNDS = frozenset({Resolution.PARTIAL_REFUND, Resolution.FULL_REFUND})
REMAKES = frozenset({Resolution.REMAKE_FREE, Resolution.REMAKE_CHARGED})

# the remake's "whose error" from the case's finding
REMAKE_FAULT: dict[Finding, str] = {
    Finding.SHOP: "shop",
    Finding.COURIER: "courier",
    Finding.CUSTOMER: "customer",
}


def check_move(current: CaseStatus, target: CaseStatus) -> None:
    if target not in MOVES[current]:
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "Keluhan berstatus «{now}» tidak bisa dipindah ke «{to}»"),
            now=str(current),
            to=str(target),
        )


def is_first_response(current: CaseStatus, target: CaseStatus) -> bool:
    """Leaving ``new`` is the first response to the customer."""
    return current is CaseStatus.NEW and target is not CaseStatus.NEW


def check_resolution(resolution: Resolution, finding: Finding) -> None:
    """A remake free of charge is the shop's (or the courier's) error; a charged one is the
    customer's.  Resolving needs a finding, even if it is «not proven»."""
    if finding is Finding.OPEN:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "Pilih temuan dulu (kesalahan siapa) sebelum menutup"))
    if resolution is Resolution.REMAKE_CHARGED and finding is not Finding.CUSTOMER:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors", "Buat ulang berbayar hanya bila kesalahan pelanggan; selain itu buat ulang gratis"
            )
        )
    if resolution is Resolution.REMAKE_FREE and finding is Finding.NOT_PROVEN:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Temuan «tidak terbukti»: pilih kesalahan siapa untuk buat ulang, atau penjelasan saja",
            )
        )


@dataclass(frozen=True)
class Guideline:
    steps: str  # what staff do, one step a line
    reply: str  # the first reply to the customer (message placeholders allowed)


_APOLOGY = (
    "1. Balas secepatnya (paling lambat 1 jam di jam buka), minta maaf atas ketidaknyamanannya.\n"
    "2. Dengarkan dulu; jangan membantah dan jangan menyalahkan pelanggan.\n"
)
_CLOSE = (
    "Selesaikan secepatnya, lalu kabari pelanggan apa yang kami lakukan dan kapan.\n"
    "Catat temuan, penyelesaian dan biayanya di kasus ini."
)

DEFAULT_GUIDELINES: dict[ComplaintType, Guideline] = {
    ComplaintType.SHORT: Guideline(
        _APOLOGY + "3. Minta video unboxing dan foto isi paket.\n"
        "4. Cocokkan dengan berat dan foto paket yang tercatat saat dikirim.\n"
        "5. " + _CLOSE,
        "Halo Kak {nama}, mohon maaf atas kekurangan di pesanan {kode}. Boleh kami minta video "
        "saat membuka paket dan foto isinya? Kami cek segera dan kabari hari ini juga. — {toko}",
    ),
    ComplaintType.DAMAGED: Guideline(
        _APOLOGY + "3. Minta foto/video kerusakan dan kemasan luar.\n"
        "4. Cek foto paket saat dikirim; bila rusak di jalan, ajukan klaim ke kurir.\n"
        "5. " + _CLOSE,
        "Halo Kak {nama}, kami mohon maaf barang di pesanan {kode} sampai dalam keadaan rusak. "
        "Boleh kirim foto/video kerusakan dan kemasannya? Kami bantu ganti secepatnya. — {toko}",
    ),
    ComplaintType.WRONG_ITEM: Guideline(
        _APOLOGY + "3. Minta foto barang yang diterima.\n"
        "4. Cocokkan dengan pesanan dan catatan pengemasan.\n"
        "5. Bila salah kami: kirim barang yang benar, ongkir kami tanggung.\n6. " + _CLOSE,
        "Halo Kak {nama}, mohon maaf bila barang di pesanan {kode} tidak sesuai. Boleh kirim foto "
        "barang yang diterima? Kami cek dan kirim yang benar secepatnya. — {toko}",
    ),
    ComplaintType.WRONG_PERSONALIZATION: Guideline(
        _APOLOGY + "3. Buka konfirmasi tertulis pelanggan sebelum produksi dan bandingkan.\n"
        "4. Sesuai konfirmasi: jelaskan dengan sopan dan tawarkan buat ulang berbayar; "
        "tidak sesuai: buat ulang gratis.\n5. " + _CLOSE,
        "Halo Kak {nama}, mohon maaf atas hasil personalisasi di pesanan {kode}. Kami cocokkan "
        "dulu dengan konfirmasi desain yang Kakak setujui, lalu kabari solusinya hari ini. — {toko}",
    ),
    ComplaintType.LATE: Guideline(
        _APOLOGY + "3. Cek status produksi atau resi; beri tanggal pasti yang bisa kami tepati.\n"
        "4. " + _CLOSE,
        "Halo Kak {nama}, mohon maaf pesanan {kode} terlambat. Kami cek posisinya sekarang dan "
        "kabari tanggal pastinya segera. — {toko}",
    ),
    ComplaintType.LOST: Guideline(
        _APOLOGY + "3. Lacak resi dan hubungi kurir; simpan jawaban kurir di catatan.\n"
        "4. Bila hilang: kirim ulang dan ajukan klaim ke kurir.\n5. " + _CLOSE,
        "Halo Kak {nama}, mohon maaf paket pesanan {kode} belum sampai. Kami sudah menghubungi "
        "kurir dan akan kabari hasilnya paling lambat besok. — {toko}",
    ),
    ComplaintType.NOT_RECEIVED: Guideline(
        _APOLOGY + "3. Minta pelanggan cek ke tetangga/satpam; minta bukti foto serah terima ke kurir.\n"
        "4. Jangan menuduh; putuskan setelah jawaban kurir.\n5. " + _CLOSE,
        "Halo Kak {nama}, mohon maaf paket pesanan {kode} tercatat sampai tapi belum Kakak terima. "
        "Kami minta bukti serah terima ke kurir dan kabari secepatnya. — {toko}",
    ),
    ComplaintType.QUALITY: Guideline(
        _APOLOGY + "3. Minta foto dan penjelasan bagian yang kurang.\n"
        "4. Bandingkan dengan contoh/foto produk dan S&K.\n5. " + _CLOSE,
        "Halo Kak {nama}, terima kasih sudah memberi tahu soal pesanan {kode}. Boleh kirim foto "
        "bagian yang kurang sesuai? Kami cek dan cari solusinya. — {toko}",
    ),
    ComplaintType.SERVICE: Guideline(
        _APOLOGY + "3. Tanyakan kejadiannya; dengar juga cerita staf.\n"
        "4. Sampaikan perbaikan yang kami lakukan.\n5. " + _CLOSE,
        "Halo Kak {nama}, mohon maaf atas pelayanan kami yang kurang berkenan. Terima kasih sudah "
        "memberi tahu; kami perbaiki. — {toko}",
    ),
    ComplaintType.OTHER: Guideline(
        _APOLOGY + "3. Cek faktanya dulu sebelum memutuskan.\n4. " + _CLOSE,
        "Halo Kak {nama}, terima kasih sudah menghubungi kami soal pesanan {kode}. Kami cek dan "
        "kabari secepatnya. — {toko}",
    ),
}

MAX_GUIDELINE = 4_000
