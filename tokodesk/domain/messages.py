"""Message templates: one per event the shop tells a customer about, with ``{placeholders}``.

The defaults are what a careful shop owner writes: polite, clear about dates and money, and
firm about the rules the customer agreed to.  The owner edits them; a template with an
unknown placeholder or an unpaired brace is refused when saving, so a message never goes
out with ``{typo}`` in it.
"""

from __future__ import annotations

import enum
import string

from tokodesk.domain.errors import QT_TRANSLATE_NOOP, invalid

MAX_TEMPLATE = 2_000


class MessageKind(enum.StrEnum):
    ORDER_RECEIVED = "order_received"
    DEPOSIT_RECEIVED = "deposit_received"
    READY = "ready"
    REMIND_EARLY = "remind_early"
    REMIND_DAY_BEFORE = "remind_day_before"
    LAST_FREE_DAY = "last_free_day"
    FEE_STARTED = "fee_started"
    FINAL_NOTICE = "final_notice"
    FORFEITED = "forfeited"
    PAYMENT_RECEIVED = "payment_received"
    HANDED_OVER = "handed_over"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    FEEDBACK_REQUEST = "feedback_request"
    DELIVERY_OFFER = "delivery_offer"


KIND_LABELS: dict[MessageKind, str] = {
    MessageKind.ORDER_RECEIVED: QT_TRANSLATE_NOOP("labels", "Pesanan diterima"),
    MessageKind.DEPOSIT_RECEIVED: QT_TRANSLATE_NOOP("labels", "DP diterima"),
    MessageKind.READY: QT_TRANSLATE_NOOP("labels", "Pesanan siap"),
    MessageKind.REMIND_EARLY: QT_TRANSLATE_NOOP("labels", "Pengingat H-2"),
    MessageKind.REMIND_DAY_BEFORE: QT_TRANSLATE_NOOP("labels", "Pengingat H-1"),
    MessageKind.LAST_FREE_DAY: QT_TRANSLATE_NOOP("labels", "Hari terakhir gratis"),
    MessageKind.FEE_STARTED: QT_TRANSLATE_NOOP("labels", "Biaya simpan mulai"),
    MessageKind.FINAL_NOTICE: QT_TRANSLATE_NOOP("labels", "Peringatan terakhir"),
    MessageKind.FORFEITED: QT_TRANSLATE_NOOP("labels", "Dibatalkan, DP hangus"),
    MessageKind.PAYMENT_RECEIVED: QT_TRANSLATE_NOOP("labels", "Pembayaran diterima"),
    MessageKind.HANDED_OVER: QT_TRANSLATE_NOOP("labels", "Sudah diserahkan"),
    MessageKind.SHIPPED: QT_TRANSLATE_NOOP("labels", "Dikirim (dengan resi)"),
    MessageKind.DELIVERED: QT_TRANSLATE_NOOP("labels", "Diterima & minta ulasan"),
    MessageKind.FEEDBACK_REQUEST: QT_TRANSLATE_NOOP("labels", "Minta ulasan (setelah diambil/diterima)"),
    MessageKind.DELIVERY_OFFER: QT_TRANSLATE_NOOP("labels", "Tawaran antar (pesanan belum diambil)"),
}

PLACEHOLDERS: dict[str, str] = {
    "nama": QT_TRANSLATE_NOOP("labels", "nama pelanggan"),
    "kode": QT_TRANSLATE_NOOP("labels", "kode pesanan, contoh TD-2611-0042"),
    "barang": QT_TRANSLATE_NOOP("labels", "daftar barang singkat"),
    "total": QT_TRANSLATE_NOOP("labels", "total pesanan"),
    "dibayar": QT_TRANSLATE_NOOP("labels", "yang sudah dibayar"),
    "sisa": QT_TRANSLATE_NOOP("labels", "sisa yang harus dibayar"),
    "jumlah": QT_TRANSLATE_NOOP("labels", "jumlah pembayaran terakhir"),
    "tanggal_ambil": QT_TRANSLATE_NOOP("labels", "tanggal ambil yang disepakati"),
    "kapan": QT_TRANSLATE_NOOP("labels", "besok / lusa / dalam 3 hari"),
    "hari_terakhir": QT_TRANSLATE_NOOP("labels", "hari terakhir tanpa biaya simpan"),
    "tarif_simpan": QT_TRANSLATE_NOOP("labels", "biaya simpan per hari"),
    "biaya_simpan": QT_TRANSLATE_NOOP("labels", "biaya simpan sampai hari ini"),
    "tanggal_batal": QT_TRANSLATE_NOOP("labels", "tanggal batal otomatis"),
    "kurir": QT_TRANSLATE_NOOP("labels", "kurir pengiriman"),
    "resi": QT_TRANSLATE_NOOP("labels", "nomor resi"),
    "toko": QT_TRANSLATE_NOOP("labels", "nama toko"),
    "telepon_toko": QT_TRANSLATE_NOOP("labels", "telepon/WhatsApp toko"),
    "alamat_toko": QT_TRANSLATE_NOOP("labels", "alamat toko"),
    "alamat_kirim": QT_TRANSLATE_NOOP("labels", "alamat tujuan antar"),
    "ongkir": QT_TRANSLATE_NOOP("labels", "ongkos kirim yang ditawarkan"),
    "biaya_kemas": QT_TRANSLATE_NOOP("labels", "biaya kemas"),
    "tiba": QT_TRANSLATE_NOOP("labels", "perkiraan tanggal tiba"),
    "total_bayar": QT_TRANSLATE_NOOP(
        "labels", "total yang dibayar sekarang (sisa + biaya simpan + ongkir + kemas)"
    ),
}

DEFAULTS: dict[MessageKind, str] = {
    MessageKind.ORDER_RECEIVED: QT_TRANSLATE_NOOP(
        "templates",
        "Halo Kak {nama}, terima kasih sudah memesan di {toko}. Pesanan {kode} ({barang}) sudah kami "
        "catat dengan total {total}. Tanggal ambil: {tanggal_ambil}. Mohon cek kembali detailnya; "
        "kalau ada yang kurang tepat, kabari kami hari ini ya.",
    ),
    MessageKind.DEPOSIT_RECEIVED: QT_TRANSLATE_NOOP(
        "templates",
        "Halo Kak {nama}, DP sebesar {jumlah} untuk pesanan {kode} sudah kami terima. Sisa pembayaran "
        "{sisa} dilunasi saat pengambilan pada {tanggal_ambil}. Terima kasih — {toko}",
    ),
    MessageKind.READY: QT_TRANSLATE_NOOP(
        "templates",
        "Halo Kak {nama}, pesanan {kode} sudah SIAP diambil di {toko}. Tanggal ambil: {tanggal_ambil}; "
        "sisa pembayaran {sisa}. Mohon diambil paling lambat {hari_terakhir} agar tidak dikenakan "
        "biaya penyimpanan {tarif_simpan} per hari. Terima kasih.",
    ),
    MessageKind.REMIND_EARLY: QT_TRANSLATE_NOOP(
        "templates",
        "Halo Kak {nama}, mengingatkan: pesanan {kode} bisa diambil {kapan} ({tanggal_ambil}) di "
        "{toko}. Sisa pembayaran {sisa}. Kalau berhalangan, mohon kabari kami ya. Terima kasih.",
    ),
    MessageKind.REMIND_DAY_BEFORE: QT_TRANSLATE_NOOP(
        "templates",
        "Halo Kak {nama}, besok ({tanggal_ambil}) jadwal pengambilan pesanan {kode} di {toko}. Sisa "
        "pembayaran {sisa}. Sampai jumpa besok!",
    ),
    MessageKind.LAST_FREE_DAY: QT_TRANSLATE_NOOP(
        "templates",
        "Halo Kak {nama}, pesanan {kode} masih menunggu di {toko}. Hari ini ({hari_terakhir}) hari "
        "terakhir pengambilan tanpa biaya. Mulai besok dikenakan biaya penyimpanan {tarif_simpan} per "
        "hari sesuai syarat & ketentuan yang Kakak setujui.",
    ),
    MessageKind.FEE_STARTED: QT_TRANSLATE_NOOP(
        "templates",
        "Halo Kak {nama}, pesanan {kode} belum diambil. Sesuai syarat & ketentuan, mulai hari ini "
        "berlaku biaya penyimpanan {tarif_simpan} per hari (saat ini {biaya_simpan}). Mohon segera "
        "diambil atau hubungi kami. Batas akhir pengambilan: {tanggal_batal}.",
    ),
    MessageKind.FINAL_NOTICE: QT_TRANSLATE_NOOP(
        "templates",
        "PERINGATAN TERAKHIR — Kak {nama}, pesanan {kode} belum diambil. Jika sampai {tanggal_batal} "
        "pesanan belum diambil dan tidak ada kabar, pesanan dibatalkan otomatis dan DP tidak "
        "dikembalikan, sesuai syarat & ketentuan. Biaya simpan saat ini {biaya_simpan}. Balas pesan "
        "ini bila perlu waktu tambahan.",
    ),
    MessageKind.FORFEITED: QT_TRANSLATE_NOOP(
        "templates",
        "Halo Kak {nama}, karena pesanan {kode} tidak diambil sampai batas waktu dan kami tidak "
        "menerima kabar, pesanan dibatalkan dan DP {dibayar} tidak dikembalikan sesuai syarat & "
        "ketentuan yang disepakati. Terima kasih — {toko}",
    ),
    MessageKind.PAYMENT_RECEIVED: QT_TRANSLATE_NOOP(
        "templates",
        "Halo Kak {nama}, pembayaran {jumlah} untuk pesanan {kode} sudah kami terima. Sisa: {sisa}. "
        "Terima kasih — {toko}",
    ),
    MessageKind.HANDED_OVER: QT_TRANSLATE_NOOP(
        "templates",
        "Terima kasih Kak {nama}, pesanan {kode} sudah diserahkan. Semoga suka! Simpan nota ini "
        "sebagai bukti — {toko}",
    ),
    MessageKind.SHIPPED: QT_TRANSLATE_NOOP(
        "templates",
        "Halo Kak {nama}, pesanan {kode} sudah dikirim lewat {kurir} dengan nomor resi {resi}. "
        "Mohon rekam video saat membuka paket sebagai bukti bila ada kendala. Terima kasih — {toko}",
    ),
    MessageKind.DELIVERED: QT_TRANSLATE_NOOP(
        "templates",
        "Halo Kak {nama}, pesanan {kode} sudah sampai. Bagaimana hasilnya? Mohon beri nilai 1–5 dan "
        "sedikit komentar; masukan Kakak sangat berarti untuk {toko}. Terima kasih!",
    ),
    MessageKind.FEEDBACK_REQUEST: QT_TRANSLATE_NOOP(
        "templates",
        "Halo Kak {nama}, terima kasih sudah berbelanja di {toko}. Bagaimana pesanan {kode}? Mohon "
        "beri nilai 1–5 dan sedikit komentar; bila ada yang kurang, kabari kami supaya bisa segera "
        "kami perbaiki. Terima kasih!",
    ),
    MessageKind.DELIVERY_OFFER: QT_TRANSLATE_NOOP(
        "templates",
        "Halo Kak {nama}, pesanan {kode} ({barang}) sudah siap dan masih kami simpan. Bila Kakak belum "
        "sempat datang, kami bisa mengantarkannya:\n"
        "- Kurir: {kurir}\n"
        "- Alamat: {alamat_kirim}\n"
        "- Perkiraan tiba: {tiba}\n"
        "Rincian yang dibayar sebelum dikirim:\n"
        "- Sisa pembayaran: {sisa}\n"
        "- Biaya simpan sampai hari ini: {biaya_simpan}\n"
        "- Ongkos kirim: {ongkir}\n"
        "- Biaya kemas: {biaya_kemas}\n"
        "Total: {total_bayar}\n"
        "Balas YA bila setuju; biaya simpan berhenti dihitung sejak hari Kakak setuju. Tanpa kabar, "
        "pesanan tetap menunggu diambil dengan ketentuan biasa (batal otomatis {tanggal_batal}). "
        "Terima kasih, {toko}.",
    ),
}


def check_template(text: str) -> str:
    """The template as it will be saved; an empty text, an unpaired brace or an unknown
    placeholder is refused with what to fix."""
    clean = (text or "").strip()
    if not clean:
        raise invalid("template", QT_TRANSLATE_NOOP("errors", "Isi pesan tidak boleh kosong"))
    if len(clean) > MAX_TEMPLATE:
        raise invalid(
            "template",
            QT_TRANSLATE_NOOP("errors", "Isi pesan terlalu panjang (paling banyak {n} huruf)"),
            n=MAX_TEMPLATE,
        )
    try:
        fields = [f for _, f, spec, conv in string.Formatter().parse(clean) if f is not None]
    except ValueError:
        raise invalid(
            "template",
            QT_TRANSLATE_NOOP(
                "errors", "Kurung kurawal tidak berpasangan; tulis {{ dan }} untuk kurung biasa"
            ),
        ) from None
    for name in fields:
        if name not in PLACEHOLDERS:
            raise invalid(
                "template",
                QT_TRANSLATE_NOOP("errors", "Isian {{{name}}} tidak dikenal. Yang bisa dipakai: {known}"),
                name=name,
                known=", ".join("{" + k + "}" for k in PLACEHOLDERS),
            )
    return clean


def render(text: str, values: dict[str, str]) -> str:
    """Fill a checked template; a value not known for this order reads as ``-``."""
    full = {k: (values.get(k) or "-") for k in PLACEHOLDERS}
    return text.format_map(full)
