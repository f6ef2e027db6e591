"""Owner settings, each declared once with its type, default and description.

Stored as JSON in the ``settings`` table; a missing key reads as its default, so adding a
setting needs no migration.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tokodesk.db.models import Setting
from tokodesk.domain import messages
from tokodesk.domain.deposit import DepositPolicy


@dataclass(frozen=True)
class Declared:
    key: str
    type: type
    default: Any
    description: str
    minimum: int | None = None
    maximum: int | None = None
    pattern: str | None = None  # a regular expression a text value must match in full

    def check(self, value: Any) -> None:
        if not isinstance(value, self.type) or isinstance(value, bool) is not (self.type is bool):
            raise TypeError(f"setting {self.key} takes {self.type.__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"setting {self.key} must be >= {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"setting {self.key} must be <= {self.maximum}")
        if self.pattern is not None and not re.fullmatch(self.pattern, value):
            raise ValueError(f"setting {self.key} must match {self.pattern}")


DECLARED: dict[str, Declared] = {
    d.key: d
    for d in [
        Declared("shop.name", str, "Toko Saya", "Nama toko di layar dan dokumen"),
        Declared("shop.address", str, "", "Alamat toko, dicetak di nota"),
        Declared("shop.phone", str, "", "Telepon toko, dicetak di nota"),
        Declared("shop.whatsapp", str, "", "WhatsApp toko, dicetak di nota"),
        Declared("shop.logo_png", str, "", "Logo toko (PNG, base64), dicetak di nota"),
        Declared(
            "shop.language",
            str,
            "id",
            "Bahasa nota, slip, bukti dan pesan untuk pelanggan (id/en)",
            pattern="id|en",
        ),
        Declared("shop.qris", str, "", "QRIS statis toko (isi kode dari stiker); kode bayar dibuat darinya"),
        Declared("shop.qr_secret", str, "", "Rahasia toko untuk tanda cek pada kode QR (dibuat otomatis)"),
        Declared("shop.chain_secret", str, "", "Kunci segel catatan bukti (dibuat otomatis; jangan diubah)"),
        Declared("log.max_attachment_mb", int, 20, "Ukuran lampiran terbesar (MB)", 1, 500),
        Declared(
            "document.paper",
            str,
            "a5",
            "Ukuran kertas cetak: a4, a5, a6, 58mm, 80mm",
            pattern=r"a4|a5|a6|58mm|80mm",
        ),
        Declared(
            "printer.escpos",
            str,
            "",
            "Printer struk ESC/POS: network:IP, usb:VID:PID, serial:PORT, file:PATH",
        ),
        Declared("pickup.grace_days", int, 2, "Hari bebas biaya simpan setelah tanggal ambil", 0, 60),
        Declared(
            "pickup.storage_fee_per_day", int, 5_000, "Biaya penyimpanan per hari (rupiah)", 0, 10_000_000
        ),
        Declared(
            "pickup.storage_fee_cap", int, 0, "Batas total biaya penyimpanan (0 = tanpa batas)", 0, 10**12
        ),
        Declared(
            "pickup.forfeit_after_days", int, 7, "Batal otomatis & DP hangus setelah sekian hari", 1, 365
        ),
        Declared(
            "shop.order_prefix",
            str,
            "TD",
            "Awalan kode pesanan, contoh TD-2611-0042",
            pattern=r"[A-Z0-9]{1,6}",
        ),
        Declared("deposit.min_percent", int, 30, "DP minimal, persen dari total pesanan", 0, 100),
        Declared("deposit.suggested_percent", int, 50, "DP yang disarankan, persen dari total", 0, 100),
        Declared("pickup.default_days", int, 3, "Tanggal ambil bawaan: hari ini + sekian hari", 0, 365),
        Declared(
            "payments.cheque_clear_days",
            int,
            5,
            "Cek/giro: tanggal cair bawaan, hari ini + sekian hari",
            0,
            90,
        ),
        Declared(
            "reminder.offsets",
            str,
            "2,1",
            "Pengingat dikirim sekian hari sebelum tanggal ambil, dipisah koma",
            pattern=r"(\d{1,2}(,\d{1,2})*)?",
        ),
        Declared("staff.idle_minutes", int, 5, "Kunci layar setelah sekian menit tanpa aktivitas", 1, 120),
        Declared(
            "staff.waive_limit",
            int,
            20_000,
            "Staf boleh membebaskan biaya simpan sampai jumlah ini (rupiah); di atasnya pemilik",
            0,
            10**12,
        ),
        Declared(
            "standing.suggest_forfeits",
            int,
            2,
            "Sarankan daftar hitam setelah sekian pesanan hangus (pemilik yang memutuskan)",
            1,
            100,
        ),
        Declared(
            "shipping.insure_above",
            int,
            1_000_000,
            "Pesanan di atas nilai ini dikirim dengan asuransi/tanda tangan dan foto paket (rupiah)",
            0,
            10**12,
        ),
        Declared(
            "shipping.cod_upfront_new_customers",
            bool,
            False,
            "Pelanggan COD tanpa pesanan selesai membayar ongkir di muka",
        ),
        Declared(
            "delivery.rates",
            list,
            [],
            "Ongkir antar per wilayah: [{area, fee, days}] (tawaran antar untuk pesanan belum diambil)",
        ),
        Declared(
            "delivery.packing_fee", int, 0, "Biaya kemas bawaan pada tawaran antar (rupiah)", 0, 10_000_000
        ),
        Declared("setup.done", bool, False, "Penyiapan awal toko sudah selesai atau dilewati"),
        Declared("daily.last_run", str, "", "Hari terakhir aturan harian dijalankan (TTTT-BB-HH)"),
        Declared("backup.folder", str, "", "Folder cadangan (flashdisk atau folder yang disinkronkan)"),
        Declared("backup.keep_daily", int, 7, "Cadangan harian yang disimpan", 1, 365),
        Declared("backup.keep_weekly", int, 4, "Cadangan mingguan yang disimpan", 0, 520),
        Declared("backup.keep_monthly", int, 12, "Cadangan bulanan yang disimpan", 0, 1200),
        Declared("backup.last_good", str, "", "Waktu cadangan terakhir yang lolos pemeriksaan (ISO)"),
        Declared("backup.last_file", str, "", "Berkas cadangan terakhir yang lolos pemeriksaan"),
        Declared("backup.last_error", str, "", "Sebab cadangan terakhir gagal (kosong = tidak gagal)"),
        Declared("backup.last_error_at", str, "", "Waktu cadangan terakhir gagal (ISO)"),
        Declared("smtp.host", str, "", "Server SMTP toko untuk e-mail (kosong = e-mail tidak dipakai)"),
        Declared("smtp.port", int, 587, "Port SMTP", 1, 65535),
        Declared(
            "smtp.security",
            str,
            "starttls",
            "Keamanan SMTP: starttls, ssl, none",
            pattern=r"starttls|ssl|none",
        ),
        Declared("smtp.user", str, "", "Nama pengguna SMTP"),
        Declared("smtp.password", str, "", "Kata sandi SMTP"),
        Declared("smtp.sender", str, "", "Alamat pengirim e-mail"),
        *(
            Declared(f"template.{kind}", str, text, f"Templat pesan: {kind}")
            for kind, text in messages.DEFAULTS.items()
        ),
    ]
}


def get(session: Session, key: str) -> Any:
    """The stored value, or the default when missing or no longer valid (never a crash)."""
    decl = DECLARED[key]
    raw = session.scalar(select(Setting.value).where(Setting.key == key))
    if raw is None:
        return decl.default
    try:
        value = json.loads(raw)
        decl.check(value)
    except (ValueError, TypeError):
        return decl.default
    return value


def put(session: Session, key: str, value: Any) -> None:
    decl = DECLARED[key]
    decl.check(value)
    if key.startswith("deposit."):
        other = "deposit.suggested_percent" if key == "deposit.min_percent" else "deposit.min_percent"
        lo, hi = (
            (value, get(session, other)) if key == "deposit.min_percent" else (get(session, other), value)
        )
        if hi < lo:
            raise ValueError("the suggested deposit must not be below the minimum")
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)


def put_all(session: Session, values: dict[str, Any]) -> list[str]:
    """Store several settings; returns the keys whose value actually changed (for the audit
    trail, which names what changed but never holds a secret's value)."""
    changed = [k for k, v in values.items() if get(session, k) != v]
    for key, value in values.items():
        put(session, key, value)
    return changed


def changed_words(keys: list[str]) -> str:
    """ "Nama toko, Alamat toko" for the audit trail."""
    return ", ".join(DECLARED[k].description.split(",")[0].split(" (")[0] for k in keys)


def deposit_policy(session: Session) -> DepositPolicy:
    return DepositPolicy(
        min_percent=get(session, "deposit.min_percent"),
        suggested_percent=get(session, "deposit.suggested_percent"),
    )
