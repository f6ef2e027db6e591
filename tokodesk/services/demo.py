"""Demo data: a small shop of custom and made-to-order goods, four months of it.

For screenshots, for trying the app without touching a real shop's data, and for the GUI's
``--demo``.  Every order is taken and moved through the real services at back-dated
times, so the data obeys the same rules as the counter does (deposit minimums, no
collection before the balance is paid, reversals instead of edits).  The result depends
only on ``seed`` and ``now``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter as Tally
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tokodesk.db.models import Customer, LedgerEntry, Order, OrderItem, StatusChange
from tokodesk.domain import delivery as delivery_rules
from tokodesk.domain import qris
from tokodesk.domain.delivery import DeliveryRate
from tokodesk.domain.deposit import Standing
from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError
from tokodesk.domain.ledger import EntryKind, PaymentMethod
from tokodesk.domain.log import Channel, Direction
from tokodesk.domain.money import percent_of
from tokodesk.domain.orders import Fulfilment, OrderStatus
from tokodesk.domain.phone import normalize_phone
from tokodesk.domain.shipping import RESI_EXAMPLES, Courier, ShipmentStatus
from tokodesk.services import audit, settings
from tokodesk.services import complaints as complaints_service
from tokodesk.services import confirmations as confirmation_service
from tokodesk.services import delivery as delivery_service
from tokodesk.services import feedback as feedback_service
from tokodesk.services import pickup as pickup_service
from tokodesk.services import shipping as shipping_service
from tokodesk.services import staff as staff_service
from tokodesk.services import standing as standing_service
from tokodesk.services.audit import Target
from tokodesk.services.confirmations import ConfirmationInput, record_confirmation
from tokodesk.services.context import Actor, Changes
from tokodesk.services.customers import CustomerInput, create_customer
from tokodesk.services.log import FileInput, LogInput, add_entry
from tokodesk.services.orders import ItemInput, OrderInput, move_order, take_order
from tokodesk.services.payments import PaymentInput, append_entry, order_totals, record_payment, reverse_entry
from tokodesk.services.shipping import ShipmentInput

S = OrderStatus

# How many orders end in each status: every status is there, most orders are history.
STATUS_COUNTS: dict[OrderStatus, int] = {
    S.DRAFT: 10,
    S.CONFIRMED: 12,
    S.IN_PRODUCTION: 18,
    S.READY: 20,
    S.SHIPPED: 10,
    S.COLLECTED: 70,
    S.DELIVERED: 35,
    S.CANCELLED: 15,
    S.FORFEITED: 10,
}
CUSTOMERS = 50
OPEN_HOUR, CLOSE_HOUR = 8, 20
STORAGE_FEE_PER_DAY = 5_000  # the product's default; grace ends two days after pickup

NAMES = [
    "Siti Rahayu",
    "Budi Santoso",
    "Dewi Lestari",
    "Agus Setiawan",
    "Rina Wulandari",
    "Made Wirawan",
    "Putu Ayu Sriani",
    "Andi Pratama",
    "Fitri Handayani",
    "Yohanes Sitompul",
    "Ketut Suardana",
    "Nur Aisyah",
    "Hendra Gunawan",
    "Maria Simanjuntak",
    "Rudi Hartono",
    "Sri Mulyani",
    "Dimas Saputra",
    "Intan Permatasari",
    "Bayu Nugroho",
    "Lina Marlina",
    "Fajar Ramadhan",
    "Ayu Kusuma Dewi",
    "Teguh Prasetyo",
    "Yuliana Tanjung",
    "Rizky Maulana",
    "Wahyuni Sari",
    "Eko Purnomo",
    "Melati Anggraini",
    "Joko Susilo",
    "Ratna Sari Dewi",
    "Hotman Siregar",
    "Nyoman Sudarsana",
    "Desi Ratnasari",
    "Arif Hidayat",
    "Lestari Ningsih",
    "Slamet Riyadi",
    "Angelina Wijaya",
    "Kevin Halim",
    "Wulan Purnamasari",
    "Taufik Hidayat",
    "Yanti Susanti",
    "Bambang Sutrisno",
    "Citra Kirana",
    "Robert Manurung",
    "Novi Andriani",
    "Gilang Ramadhan",
    "Indah Puspita",
    "Samsul Bahri",
    "Evi Rosita",
    "Daeng Mappiare",
]
BUSINESSES = [
    "CV Maju Jaya (Pak Darto)",
    "SDN 05 Menteng (Bu Yanti)",
    "PT Sinar Abadi – HRD (Bu Lusi)",
    "Panitia Reuni SMAN 3 (Mas Tio)",
    "Klinik Sehat Sentosa (Bu Nita)",
]
MOBILE_PREFIXES = [
    "0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853", "0814", "0815", "0816",
    "0855", "0856", "0857", "0858", "0817", "0818", "0819", "0859", "0877", "0878",
    "0895", "0896", "0897", "0898", "0899", "0881", "0882", "0887", "0888",
]  # fmt: skip
STREETS = [
    "Jl. Melati", "Jl. Kenanga", "Jl. Diponegoro", "Jl. Sudirman", "Jl. Gatot Subroto",
    "Jl. Ahmad Yani", "Jl. Pahlawan", "Jl. Merdeka", "Gg. Mawar", "Jl. Cempaka Putih",
    "Jl. Raya Bogor", "Perum Griya Asri Blok C", "Jl. Veteran", "Jl. Imam Bonjol",
    "Jl. Pemuda", "Komp. Taman Sari Blok F",
]  # fmt: skip
AREAS = [
    ("Kebayoran Baru", "Jakarta Selatan"), ("Cempaka Putih", "Jakarta Pusat"),
    ("Coblong", "Bandung"), ("Gubeng", "Surabaya"), ("Depok", "Sleman"),
    ("Tembalang", "Semarang"), ("Medan Baru", "Medan"), ("Panakkukang", "Makassar"),
    ("Denpasar Barat", "Denpasar"), ("Lowokwaru", "Malang"), ("Bekasi Selatan", "Bekasi"),
    ("Beji", "Depok"), ("Ciputat", "Tangerang Selatan"), ("Bogor Tengah", "Bogor"),
    ("Laweyan", "Surakarta"), ("Ilir Timur I", "Palembang"), ("Balikpapan Kota", "Balikpapan"),
]  # fmt: skip
CUSTOMER_NOTES = [
    "Langganan sejak 2023",
    "Lebih suka dihubungi lewat WhatsApp, jangan telepon",
    "Hanya bisa dihubungi sore hari",
    "Reseller, minta harga grosir untuk di atas 2 lusin",
    "Suka minta revisi desain; kirim mockup dulu",
    "Alamat kantor; titip ke satpam bila tidak ada",
    "Minta nota dikirim juga lewat email",
]
ORDER_NOTES = [
    "Ambil sore setelah jam 4",
    "Minta foto hasil sebelum dikirim",
    "Bungkus kado, pita merah",
    "Hadiah kejutan: jangan telepon penerima",
    "Desain final sudah dikirim lewat WA",
    "Pelanggan minta dikabari begitu siap",
]
# courier names as the benchmark generator writes them in notes
COURIERS = ["JNE REG", "J&T Express", "SiCepat", "AnterAja", "Pos Indonesia", "GoSend", "GrabExpress"]
DEMO_COURIERS = [Courier.JNE, Courier.JNT, Courier.SICEPAT, Courier.ANTERAJA, Courier.POS, Courier.LION]
CANCEL_REASONS = [
    "Pelanggan membatalkan: acara diundur",
    "Desain tidak disetujui pelanggan",
    "Bahan kosong dari pemasok; dibatalkan toko",
    "Pelanggan salah pesan ukuran, pesan ulang",
]
FIRST_NAMES = ["Aisyah", "Rafa", "Kirana", "Bima", "Naura", "Arka", "Zahra", "Dafa", "Keisha", "Gibran"]
THEMES = ["unicorn", "Frozen", "sepak bola", "dinosaurus", "bunga pastel", "Spider-Man", "Hello Kitty"]
COLOURS = ["sage", "dusty pink", "navy", "maroon", "emas", "putih gading", "hijau botol"]
BATIK_COLOURS = ["sogan", "indigo", "merah marun"]
MOTIFS = ["parang", "kawung", "mega mendung", "truntum", "sekar jagad", "sidomukti"]
SIZES = ["S", "M", "L", "XL", "XXL"]


def _sizes(rng: random.Random, qty: int) -> str:
    """Split ``qty`` shirts over sizes: ``M×4, L×6, XL×2``."""
    parts = sorted(rng.sample(range(1, qty), k=min(3, qty - 1))) if qty > 1 else []
    counts = [b - a for a, b in zip([0, *parts], [*parts, qty], strict=True)]
    first = rng.randrange(0, len(SIZES) - len(counts) + 1)
    return ", ".join(f"{SIZES[first + i]}×{n}" for i, n in enumerate(counts) if n)


def _kaos(rng: random.Random) -> ItemInput:
    qty = rng.choice([1, 2, 6, 12, 12, 24, 36])
    text = rng.choice(["Reuni Akbar 2010", "Keluarga Besar Pak Harjo", "Fun Run RT 05", "Tim Futsal Garuda"])
    return ItemInput(
        "Kaos sablon custom",
        qty,
        rng.randrange(85_000, 150_001, 5_000),
        f"Sablon DTF depan, tulisan «{text}»; ukuran {_sizes(rng, qty)}",
    )


def _tumbler(rng: random.Random) -> ItemInput:
    name = rng.choice(FIRST_NAMES)
    return ItemInput(
        "Tumbler grafir nama",
        rng.choice([1, 1, 2, 5, 10, 20]),
        rng.randrange(95_000, 185_001, 5_000),
        f"Grafir nama «{name}», font script, warna {rng.choice(['hitam doff', 'putih', 'navy'])}",
    )


def _kue(rng: random.Random) -> ItemInput:
    name = rng.choice(FIRST_NAMES)
    return ItemInput(
        "Kue ulang tahun custom",
        1,
        rng.randrange(250_000, 850_001, 25_000),
        f"Tulisan «Happy Birthday {name} ke-{rng.randint(1, 17)}», tema {rng.choice(THEMES)}, "
        f"diameter {rng.choice([18, 20, 22, 24])} cm",
    )


def _undangan(rng: random.Random) -> ItemInput:
    a, b = rng.sample(["Rizky", "Ayu", "Dimas", "Nadia", "Fajar", "Putri", "Hendra", "Sinta"], 2)
    qty = rng.choice([100, 150, 200, 300, 500])
    return ItemInput(
        "Undangan pernikahan cetak",
        qty,
        rng.randrange(3_500, 12_001, 500),
        f"Mempelai: {a} & {b}; warna {rng.choice(COLOURS)}; amplop + label nama tamu",
    )


def _seragam(rng: random.Random) -> ItemInput:
    qty = rng.choice([5, 8, 12, 20, 30])
    return ItemInput(
        rng.choice(["Seragam kantor bordir", "Kemeja batik seragam"]),
        qty,
        rng.randrange(175_000, 320_001, 5_000),
        f"Bordir logo di dada kiri; ukuran {_sizes(rng, qty)}",
    )


def _plakat(rng: random.Random) -> ItemInput:
    name = rng.choice(["Bapak Sutrisno", "Ibu Kartini Siregar", "dr. Hadi", "Tim Juara 1"])
    return ItemInput(
        "Plakat akrilik",
        rng.choice([1, 1, 2, 5, 10]),
        rng.randrange(150_000, 450_001, 10_000),
        f"Teks: «Terima kasih atas pengabdian {name}», akrilik 5 mm, 20×25 cm",
    )


def _mug(rng: random.Random) -> ItemInput:
    return ItemInput(
        "Mug foto",
        rng.choice([1, 2, 6, 12, 24]),
        rng.randrange(35_000, 65_001, 2_500),
        "Foto dikirim lewat WA, tulisan "
        + rng.choice(["«Best Mom Ever»", "«Happy Anniversary»", "«Wisuda 2026»"]),
    )


def _batik(rng: random.Random) -> ItemInput:
    return ItemInput(
        "Batik tulis pesanan",
        rng.choice([1, 1, 2, 3]),
        rng.randrange(450_000, 1_500_001, 50_000),
        f"Motif {rng.choice(MOTIFS)}, warna {rng.choice(BATIK_COLOURS)}, kain 2 × 1,15 m",
    )


def _hampers(rng: random.Random) -> ItemInput:
    return ItemInput(
        "Hampers custom",
        rng.choice([1, 2, 5, 10, 25]),
        rng.randrange(150_000, 750_001, 25_000),
        f"Kartu ucapan: «{rng.choice(['Selamat Idulfitri', 'Selamat Natal', 'Terima kasih'])}», "
        f"pita {rng.choice(COLOURS)}",
    )


def _gantungan(rng: random.Random) -> ItemInput:
    return ItemInput(
        "Gantungan kunci akrilik custom",
        rng.choice([12, 25, 50, 100]),
        rng.randrange(8_000, 15_001, 500),
        f"Logo dan nama «{rng.choice(['Kopi Senja', 'Toko Berkah', 'PAUD Ceria'])}», dua sisi",
    )


CUSTOM_ITEMS = [_kaos, _tumbler, _kue, _undangan, _seragam, _plakat, _mug, _batik, _hampers, _gantungan]
STOCK_ITEMS = [
    ("Totebag kanvas polos", 25_000, 45_000),
    ("Kotak kado kraft", 15_000, 35_000),
    ("Kartu ucapan", 5_000, 10_000),
    ("Paper bag motif", 4_000, 8_000),
    ("Pita satin (1 gulung)", 12_000, 20_000),
]


def _stock(rng: random.Random) -> ItemInput:
    name, lo, hi = rng.choice(STOCK_ITEMS)
    return ItemInput(name, rng.choice([1, 1, 2, 3, 5]), rng.randrange(lo, hi + 1, 500))


@dataclass
class _Plan:
    status: OrderStatus
    created: dt.datetime
    pickup: dt.date
    fulfilment: Fulfilment
    custom: bool
    customer: int = -1  # index into the demo customers
    detail: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    orders: int
    by_status: dict[OrderStatus, int]
    entries: int
    changes: Changes


class _Clock:
    """One order's back-dated time: only moves forward, never past ``end`` (the real now)."""

    def __init__(self, start: dt.datetime, end: dt.datetime) -> None:
        self.t, self.end = start, end

    def after(self, rng: random.Random, lo_hours: float, hi_hours: float) -> dt.datetime:
        """Some time later, within shop hours (08.00–20.00)."""
        t = self.t + dt.timedelta(minutes=rng.randint(int(lo_hours * 60), int(hi_hours * 60)))
        if t.hour < OPEN_HOUR:
            t = t.replace(hour=OPEN_HOUR)
        elif t.hour >= CLOSE_HOUR:
            t = (t + dt.timedelta(days=1)).replace(hour=OPEN_HOUR)
        self.t = min(t, self.end)
        return self.t

    def tick(self) -> dt.datetime:
        """A minute later: the next thing staff do at the same counter visit."""
        self.t = min(self.t + _MINUTE, self.end)
        return self.t

    def on(self, day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        when = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=self.t.tzinfo)
        self.t = min(max(when, self.t), self.end)
        return self.t


# the demo shop's accounts: (name, role, PIN); the README and the sign-in screen name them
DEMO_ACCOUNTS = (("Bu Rina", "owner", "1234"), ("Dewi", "staff", "2580"), ("Agus", "staff", "3690"))


def demo_accounts(session: Session, now: dt.datetime) -> tuple[Actor, list[Actor]]:
    """The demo owner and staff (made on a database that has no owner with a PIN yet)."""
    if staff_service.needs_owner(session):
        (name, _, pin), *others = DEMO_ACCOUNTS
        owner = staff_service.setup_owner(session, name, pin, now=now)
        for name, role, pin in others:
            staff_service.add_staff(session, staff_service.StaffInput(name, pin, role), actor=owner, now=now)
    people = staff_service.list_staff(session, include_inactive=False)
    actors = [staff_service.get_actor(session, p.id) for p in people]
    owner = next(a for a in actors if a.role == "owner")
    return owner, [a for a in actors if a.role == "staff"] or [owner]


def fill_demo(session: Session, *, now: dt.datetime, seed: int = 2611) -> DemoSummary:
    """Fill an empty database with demo customers and orders; refuses a database that has any.
    Routine work is spread over the demo staff; reversals and decisions are the owner's."""
    if session.scalar(select(Customer.id).limit(1)) is not None or session.scalar(select(Order.id).limit(1)):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors", "Database ini sudah berisi data; data demo hanya untuk database kosong"
            )
        )
    owner, staff = demo_accounts(session, now)
    settings.put(session, "setup.done", True)  # the demo shop is set up: no first-run wizard
    summary = _Demo(session, owner, staff, now, random.Random(seed)).run()
    audit.record(
        session,
        owner,
        "data.demo",
        now=now,
        target=Target("order"),
        detail=f"{summary.customers} pelanggan, {summary.orders} pesanan",
    )
    return summary


class _Demo:
    def __init__(
        self, session: Session, owner: Actor, staff: list[Actor], now: dt.datetime, rng: random.Random
    ) -> None:
        self.s, self.owner, self.staff, self.rng = session, owner, staff, rng
        self._who = random.Random(7)  # its own stream, so the demo data stay what they were
        self.now = now.astimezone()  # the machine's zone: the one local_today() uses
        self.today = self.now.date()
        self.tz = self.now.tzinfo
        self.made: list[tuple[_Plan, int]] = []

    @property
    def actor(self) -> Actor:
        """Who does a piece of routine work: one of the staff, now and then the owner."""
        return self._who.choice([*self.staff, self.owner])

    # ------------------------------------------------------------------ customers

    def _phone(self, used: set[str]) -> str:
        while True:
            rng = self.rng
            text = f"{rng.choice(MOBILE_PREFIXES)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
            try:
                e164 = normalize_phone(text)
            except DomainError:
                continue
            if e164 not in used:
                used.add(e164)
                return text

    def _customers(self) -> list[int]:
        rng = self.rng
        names = rng.sample(NAMES, CUSTOMERS - len(BUSINESSES)) + BUSINESSES
        rng.shuffle(names)
        used: set[str] = set()
        start = self.now - dt.timedelta(days=130)
        ids = []
        for i, name in enumerate(names):
            street, (area, city) = rng.choice(STREETS), rng.choice(AREAS)
            number, rt, rw = rng.randint(1, 120), rng.randint(1, 12), rng.randint(1, 9)
            address = f"{street} No. {number}, RT {rt:02d}/RW {rw:02d}, {area}, {city}"
            if rng.random() < 0.15:
                address = ""  # walk-in customers leave no address
            phone = self._phone(used)
            whatsapp = self._phone(used) if rng.random() < 0.1 else ""
            notes = rng.choice(CUSTOMER_NOTES) if rng.random() < 0.3 else ""
            row, _ = create_customer(
                self.s,
                CustomerInput(name=name, phone=phone, whatsapp=whatsapp, address=address, notes=notes),
                actor=self.actor,
                now=start + dt.timedelta(hours=7 * i),
            )
            ids.append(row.id)
        return ids

    # ------------------------------------------------------------------ plans

    def _day(self, lo: int, hi: int) -> dt.date:
        """A day ``lo``..``hi`` days from today (negative: in the past)."""
        return self.today + dt.timedelta(days=self.rng.randint(lo, hi))

    def _plan(self, status: OrderStatus) -> _Plan:
        rng, today = self.rng, self.today
        lead = rng.randint(3, 10)
        if status is S.DRAFT:
            created = self._day(-3, 0)
            pickup = created + dt.timedelta(days=rng.randint(5, 12))
        elif status is S.CONFIRMED:
            created = self._day(-5, 0)
            pickup = created + dt.timedelta(days=rng.randint(6, 14))
        elif status is S.IN_PRODUCTION:
            created = self._day(-12, -1)
            pickup = self._day(0, 7)
        elif status in (S.READY, S.SHIPPED):
            pickup = self._day(-6, 3) if status is S.READY else self._day(-4, 2)
            created = min(pickup - dt.timedelta(days=lead), today)
        elif status is S.COLLECTED:
            created = self._day(-120, -8)
            pickup = min(created + dt.timedelta(days=rng.randint(2, 10)), today - dt.timedelta(days=1))
        elif status is S.DELIVERED:
            created = self._day(-120, -6)
            pickup = min(created + dt.timedelta(days=rng.randint(2, 8)), today - dt.timedelta(days=2))
        elif status is S.CANCELLED:
            created = self._day(-120, -2)
            pickup = created + dt.timedelta(days=lead)
        else:  # forfeited: not collected within 7 days of the pickup date
            created = self._day(-120, -16)
            pickup = created + dt.timedelta(days=rng.randint(3, 8))
        when = dt.datetime.combine(
            created, dt.time(rng.randint(8, 19), rng.choice([0, 10, 25, 40, 55])), self.tz
        )
        when = min(when, self.now - dt.timedelta(minutes=rng.randint(5, 90)))
        pickup = max(pickup, when.date() + dt.timedelta(days=1))
        if status in (S.COLLECTED, S.FORFEITED):
            fulfilment = Fulfilment.PICKUP
        elif status in (S.SHIPPED, S.DELIVERED):
            fulfilment = rng.choice([Fulfilment.DELIVERY, Fulfilment.DELIVERY, Fulfilment.COD])
        else:
            fulfilment = rng.choices(list(Fulfilment), weights=[65, 20, 15])[0]
        # drafts wait for a customer to confirm custom details; stock goods need no production
        custom = status in (S.DRAFT, S.IN_PRODUCTION) or rng.random() < 0.8
        return _Plan(status, when, pickup, fulfilment, custom)

    def _assign(
        self, plans: list[_Plan], customer_ids: list[int], corporate: set[int]
    ) -> tuple[list[int], list[int]]:
        """Who ordered what: some regulars order often; two people who twice did not collect
        become the blacklisted ones, two others the questionable ones."""
        rng = self.rng
        people = [cid for cid in customer_ids if cid not in corporate]
        blacklisted, questionable = people[:2], people[2:4]
        pool = [cid for cid in customer_ids if cid not in blacklisted]
        weights = [rng.choice([1, 1, 1, 2, 3, 6]) for _ in pool]
        forfeits = [p for p in plans if p.status is S.FORFEITED]
        for i, p in enumerate(forfeits[:4]):
            p.customer = blacklisted[i % 2]
        collected = [p for p in plans if p.status is S.COLLECTED]
        for i, p in enumerate(collected[:2]):
            p.customer = blacklisted[i]
        cod_sent = [p for p in plans if p.fulfilment is Fulfilment.COD and p.status is S.DELIVERED]
        for p in cod_sent[:2]:
            p.customer = questionable[0]
        for p in plans:
            if p.customer == -1:
                p.customer = rng.choices(pool, weights=weights)[0]
        return blacklisted, questionable

    # ------------------------------------------------------------------ orders

    def _items(self, custom: bool) -> list[ItemInput]:
        rng = self.rng
        items = [rng.choice(CUSTOM_ITEMS)(rng)] if custom else [_stock(rng)]
        for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
            items.append(rng.choice(CUSTOM_ITEMS)(rng) if custom and rng.random() < 0.3 else _stock(rng))
        return items

    def _deposit(self, total: int) -> int:
        dep = percent_of(total, self.rng.choice([30, 40, 50, 50, 50, 60, 75, 100]))
        return min(total, -(-dep // 1000) * 1000)  # round up to a thousand: cash at the counter

    def _method(self, *, corporate: bool = False) -> PaymentMethod:
        if corporate and self.rng.random() < 0.5:
            return PaymentMethod.CHEQUE
        return self.rng.choices(
            [PaymentMethod.CASH, PaymentMethod.TRANSFER, PaymentMethod.QRIS, PaymentMethod.CHEQUE],
            weights=[35, 35, 27, 3],
        )[0]

    def _owed(self, order_id: int) -> int:
        t = order_totals(self.s, self.s.get(Order, order_id))
        return t.balance - t.pending

    def _pay(self, order_id: int, method: PaymentMethod, clock: _Clock, note: str = "Pelunasan") -> None:
        """Pay what is owed at the clock's time; now and then a staff slip comes first,
        corrected by a reversal."""
        rng, owed = self.rng, self._owed(order_id)
        if owed <= 0:
            return
        slip = rng.random()
        wrong = None
        if slip < 0.05 and owed >= 20_000:
            wrong = PaymentInput(order_id, owed // 10, method, note=note)
            reason = "Salah ketik nominal (kurang satu nol)"
        elif slip < 0.09:
            other = PaymentMethod.CASH if method is not PaymentMethod.CASH else PaymentMethod.QRIS
            wrong = PaymentInput(order_id, owed, other, note=note)
            reason = f"Salah pilih metode bayar; seharusnya {method}"
        if wrong is not None:
            entry_id, _ = record_payment(self.s, wrong, actor=self.actor, now=clock.t)
            reverse_entry(self.s, entry_id, reason, actor=self.owner, now=clock.tick())
            clock.tick()
        record_payment(self.s, PaymentInput(order_id, owed, method, note=note), actor=self.actor, now=clock.t)

    def _move(self, order_id: int, target: OrderStatus, at: dt.datetime, note: str = "") -> None:
        who = self.owner if target is OrderStatus.FORFEITED else self.actor  # the owner's decision
        if target is OrderStatus.IN_PRODUCTION:
            self._confirm(order_id, at - dt.timedelta(minutes=self.rng.randint(5, 90)))
        move_order(self.s, order_id, target, actor=who, now=at, note=note)

    def _confirm(self, order_id: int, at: dt.datetime) -> None:
        """The customer's written confirmation of the custom details, before production."""
        details = [
            f"{i.name}: {i.custom_details}"
            for i in self.s.scalars(select(OrderItem).where(OrderItem.order_id == order_id))
            if i.custom_details
        ]
        if not details or confirmation_service.confirmations(self.s, order_id):
            return
        order = self.s.get(Order, order_id)
        record_confirmation(
            self.s,
            ConfirmationInput(
                order_id,
                Channel.WHATSAPP,
                order.customer.name,
                "\n".join(details) + "\nSudah benar, lanjut kak 👍",
                confirmed_at=at,
            ),
            actor=self.actor,
            now=at,
        )

    def _delivery_fee(self, order_id: int, clock: _Clock) -> None:
        rng = self.rng
        fee = append_entry(
            self.s,
            order_id,
            EntryKind.DELIVERY_FEE,
            rng.randrange(10_000, 40_001, 1_000),
            actor=self.actor,
            now=clock.tick(),
            note="Ongkos kirim",
        )
        if rng.random() < 0.08:
            reason = "Gratis ongkir: promo pelanggan setia"
            reverse_entry(self.s, fee.id, reason, actor=self.owner, now=clock.tick())

    def _ship(self, order_id: int, at: dt.datetime) -> int:
        """The parcel, through the shipping service: courier, resi, weight, a photo of it."""
        rng = self.rng
        courier = rng.choice(DEMO_COURIERS)
        example = RESI_EXAMPLES[courier]
        resi = "".join(str(rng.randint(0, 9)) if ch.isdigit() else ch for ch in example)
        order = self.s.get(Order, order_id)
        insure = order.total >= 1_000_000 or rng.random() < 0.1
        sid, _ = shipping_service.create_shipment(
            self.s,
            ShipmentInput(
                order_id,
                courier,
                rng.randrange(300, 5_001, 50),
                service="YES" if insure and courier is Courier.JNE else "REG",
                resi=resi,
                shipping_cost=rng.randrange(9_000, 45_001, 1_000),
                insured=insure,
                photos=(FileInput(f"paket-{order.code}.png", _screenshot(rng)),),
            ),
            actor=self.actor,
            now=at,
            accept_resi_warning=True,
        )
        return sid

    def _order(self, plan: _Plan, corporate: bool) -> None:
        rng = self.rng
        items = self._items(plan.custom)
        total = sum(i.qty * i.unit_price for i in items)
        method = self._method(corporate=corporate)
        _, changes = take_order(
            self.s,
            OrderInput(
                customer_id=plan.customer,
                items=items,
                fulfilment=plan.fulfilment,
                pickup_date=plan.pickup,
                deposit=self._deposit(total),
                method=method,
                notes=rng.choice(ORDER_NOTES) if rng.random() < 0.2 else "",
            ),
            actor=self.actor,
            now=plan.created,
        )
        oid = changes.order_id
        if oid is None:
            raise RuntimeError("take_order returned no order id")
        self.made.append((plan, oid))
        clock = _Clock(plan.created, self.now)
        target = plan.status
        if target is S.DRAFT:
            return
        if target is S.CANCELLED:
            self._cancel(oid, plan, clock, method)
            return
        if plan.custom:
            self._move(
                oid, S.CONFIRMED, clock.after(rng, 1, 30), "Detail dikonfirmasi pelanggan lewat WhatsApp"
            )
        if target is S.CONFIRMED:
            return
        if plan.custom:
            self._move(oid, S.IN_PRODUCTION, clock.after(rng, 1, 20))
        if target is S.IN_PRODUCTION:
            return
        ready_at = clock.on(
            plan.pickup - dt.timedelta(days=1), rng.randint(10, 17), rng.choice([0, 15, 30, 45])
        )
        self._move(oid, S.READY, ready_at)
        if plan.fulfilment is not Fulfilment.PICKUP and rng.random() < 0.85:
            self._delivery_fee(oid, clock)
        if target is S.READY:
            self._ready_payments(oid, clock, method)
        elif target is S.FORFEITED:
            at = clock.on(plan.pickup + dt.timedelta(days=7), 9, 0)
            self._move(oid, S.FORFEITED, at, "Tidak diambil sampai 7 hari setelah tanggal ambil; DP hangus")
        elif target is S.COLLECTED:
            delay = rng.choices([0, 1, 2, 3, 4, 6], weights=[60, 15, 10, 6, 5, 4])[0]
            day = min(plan.pickup + dt.timedelta(days=delay), self.today)
            at = clock.on(day, rng.randint(9, 19), rng.choice([5, 20, 35, 50]))
            late = (day - plan.pickup).days - 2
            if late > 0:
                append_entry(
                    self.s,
                    oid,
                    EntryKind.STORAGE_FEE,
                    late * STORAGE_FEE_PER_DAY,
                    actor=self.actor,
                    now=at,
                    note=f"Biaya simpan {late} hari",
                )
            self._pay(oid, method if method is not PaymentMethod.CHEQUE else PaymentMethod.TRANSFER, clock)
            self._move(oid, S.COLLECTED, clock.tick())
        else:  # shipped or delivered
            cod = plan.fulfilment is Fulfilment.COD
            if not cod:
                clock.after(rng, 0.5, 20)
                self._pay(oid, rng.choice([PaymentMethod.TRANSFER, PaymentMethod.QRIS]), clock)
            sid = self._ship(oid, clock.on(plan.pickup, rng.randint(13, 17)))
            if target is S.DELIVERED:
                clock.after(rng, 20, 72)
                shipping_service.set_status(
                    self.s,
                    sid,
                    ShipmentStatus.DELIVERED,
                    "Diterima, dikonfirmasi pelanggan",
                    actor=self.actor,
                    now=clock.after(rng, 0.1, 2),
                )
                # most couriers pass the COD cash on within days; the last week's may be on the way
                if cod and clock.tick() < self.now - dt.timedelta(days=10) and rng.random() > 0.3:
                    shipping_service.mark_cod_received(self.s, sid, actor=self.actor, now=clock.tick())

    def _say(
        self,
        order: Order,
        at: dt.datetime,
        direction: Direction,
        text: str,
        *,
        channel: Channel = Channel.WHATSAPP,
        shot: bool = False,
        corrects: int | None = None,
    ) -> int | None:
        """One log entry as it happened at ``at`` (never in the future of the demo's today)."""
        if at > self.now:
            return None
        files = [FileInput(f"Screenshot_{at:%Y%m%d-%H%M%S}.png", _screenshot(self.rng))] if shot else []
        entry_id, _ = add_entry(
            self.s,
            LogInput(
                order.customer_id,
                channel,
                direction,
                text,
                order_id=order.id,
                happened_at=at,
                attachments=files,
                corrects_id=corrects,
            ),
            actor=self.actor,
            now=at + dt.timedelta(minutes=self.rng.randint(0, 20)) if channel is Channel.PHONE else at,
        )
        return entry_id

    def _conversation(self, plan: _Plan, order_id: int) -> None:
        """The chat an order of this kind really has: the receipt of the deposit, the customer's
        written confirmation of custom details, ready and reminder messages, the calls."""
        rng, o = self.rng, self.s.get(Order, order_id)
        name = o.customer.name.split(" (")[0].split()[0]
        pickup = f"{plan.pickup.day} {_MONTHS[plan.pickup.month - 1]}"
        t = plan.created + dt.timedelta(minutes=rng.randint(2, 40))
        self._say(
            o,
            t,
            Direction.OUT,
            f"Terima kasih Kak {name}, pesanan {o.code} sudah kami catat. "
            f"DP sudah kami terima. Tanggal ambil {pickup}. Nota terlampir ya Kak.",
        )
        if rng.random() < 0.6:
            self._say(
                o,
                t + dt.timedelta(minutes=rng.randint(3, 90)),
                Direction.IN,
                rng.choice(
                    [
                        "Siap kak makasih 🙏",
                        "Oke kak ditunggu ya",
                        "Baik, terima kasih",
                        "Sip kak, jangan sampai telat ya",
                    ]
                ),
            )
        if plan.custom and plan.status not in (OrderStatus.DRAFT, OrderStatus.CANCELLED):
            t2 = t + dt.timedelta(hours=rng.randint(1, 20))
            details = " / ".join(i.custom_details.replace("\n", ", ") for i in o.items if i.custom_details)[
                :300
            ]
            asked = self._say(
                o,
                t2,
                Direction.OUT,
                f"Kak {name}, mohon dicek lagi detail pesanannya sebelum kami "
                f"produksi:\n{details}\nBalas SETUJU kalau sudah benar ya Kak.",
            )
            if asked and rng.random() < 0.15:  # a typo in what the shop sent, corrected in writing
                self._say(
                    o,
                    t2 + dt.timedelta(minutes=4),
                    Direction.NOTE,
                    "Koreksi: pesan di atas terkirim tanpa ukuran; sudah dikirim ulang lengkap.",
                    channel=Channel.IN_PERSON,
                    corrects=asked,
                )
            self._say(
                o,
                t2 + dt.timedelta(minutes=rng.randint(5, 240)),
                Direction.IN,
                rng.choice(
                    ["SETUJU kak, sudah benar", "Setuju kak 👍", "SETUJU. Tolong hurufnya yang tebal ya"]
                ),
                shot=rng.random() < 0.3,
            )
        if plan.status in (
            OrderStatus.READY,
            OrderStatus.COLLECTED,
            OrderStatus.FORFEITED,
            OrderStatus.SHIPPED,
            OrderStatus.DELIVERED,
        ):
            ready = dt.datetime.combine(plan.pickup - dt.timedelta(days=1), dt.time(16, 30), self.tz)
            self._say(
                o,
                ready,
                Direction.OUT,
                f"Kak {name}, pesanan {o.code} sudah siap. Silakan diambil {pickup} "
                "ya Kak, bawa nota atau slip QR-nya.",
            )
            if plan.status is OrderStatus.FORFEITED:
                for days, text in [
                    (1, "Kak, pesanannya masih kami simpan ya. Gratis simpan sampai 2 hari lagi."),
                    (3, "Kak, mulai hari ini ada biaya simpan Rp5.000/hari sesuai nota."),
                    (
                        6,
                        "Kak, besok batas terakhir. Kalau tidak ada kabar, pesanan dibatalkan dan DP "
                        "hangus sesuai S&K di nota.",
                    ),
                ]:
                    self._say(o, ready + dt.timedelta(days=days, hours=-6), Direction.OUT, text)
                self._say(
                    o,
                    ready + dt.timedelta(days=6, hours=-5),
                    Direction.NOTE,
                    "Ditelepon 2x tidak diangkat.",
                    channel=Channel.PHONE,
                )
            elif rng.random() < 0.35:
                self._say(
                    o,
                    ready + dt.timedelta(hours=rng.randint(1, 20)),
                    Direction.IN,
                    rng.choice(
                        [
                            "Kak aku ambil besok sore ya",
                            "Bisa dikirim aja kak? ongkirnya berapa",
                            "Maaf kak baru sempat baca, nanti sore saya ke toko",
                        ]
                    ),
                )
            if rng.random() < 0.2:
                self._say(
                    o,
                    ready + dt.timedelta(hours=rng.randint(2, 30)),
                    Direction.NOTE,
                    "Pelanggan telepon, tanya jam buka; dijelaskan buka 09.00–20.00.",
                    channel=Channel.PHONE,
                )

    def _ready_payments(self, order_id: int, clock: _Clock, method: PaymentMethod) -> None:
        """Ready orders show each payment state: unpaid, paid, and a transfer or cheque that
        has not cleared yet (it blocks the handover)."""
        roll = self.rng.random()
        if roll < 0.2:
            clock.after(self.rng, 1, 24)
            self._pay(order_id, method if method is not PaymentMethod.CHEQUE else PaymentMethod.CASH, clock)
        elif roll < 0.35 and self._owed(order_id) > 0:
            owed = self._owed(order_id)
            at = clock.after(self.rng, 1, 24)
            slow = self.rng.choice([PaymentMethod.TRANSFER, PaymentMethod.CHEQUE])
            record_payment(
                self.s,
                PaymentInput(
                    order_id,
                    owed,
                    slow,
                    note="Menunggu dana masuk"
                    if slow is PaymentMethod.TRANSFER
                    else "Cek bank, menunggu kliring",
                    cleared=False,
                    clears_on=max(self.today, at.date()) + dt.timedelta(days=self.rng.randint(1, 3)),
                ),
                actor=self.actor,
                now=at,
            )

    def _cancel(self, order_id: int, plan: _Plan, clock: _Clock, method: PaymentMethod) -> None:
        rng = self.rng
        stage = rng.choice([0, 0, 1, 1, 2])
        if plan.custom and stage >= 1:
            self._move(
                order_id, S.CONFIRMED, clock.after(rng, 2, 30), "Detail dikonfirmasi pelanggan lewat WhatsApp"
            )
        if stage >= 2:
            self._move(order_id, S.IN_PRODUCTION, clock.after(rng, 2, 30))
        at = clock.after(rng, 6, 72)
        reason = rng.choice(CANCEL_REASONS)
        if "toko" in reason or rng.random() < 0.3:
            t = order_totals(self.s, self.s.get(Order, order_id))
            if t.paid > 0:
                append_entry(
                    self.s,
                    order_id,
                    EntryKind.REFUND,
                    t.paid,
                    actor=self.actor,
                    now=at,
                    method=method,
                    note="DP dikembalikan",
                )
                at = clock.tick()
        self._move(order_id, S.CANCELLED, at, reason)

    # ------------------------------------------------------------------ all of it

    def run(self) -> DemoSummary:
        customer_ids = self._customers()
        plans = [self._plan(status) for status, n in STATUS_COUNTS.items() for _ in range(n)]
        names = dict(self.s.execute(select(Customer.id, Customer.name)).all())
        corporate = {cid for cid, name in names.items() if name in BUSINESSES}
        blacklisted, questionable = self._assign(plans, customer_ids, corporate)
        plans.sort(key=lambda p: p.created)
        for plan in plans:
            self._order(plan, plan.customer in corporate)
        reasons_bl = [
            "Dua kali tidak mengambil pesanan; DP hangus. Diputuskan pemilik.",
            "Dua pesanan tidak diambil walau sudah diingatkan H-2 dan H-1",
        ]
        reasons_q = [
            "Mengaku kiriman kurang (3 lusin, bukan 4); foto paket wajib sebelum kirim",
            "Sering minta ubah desain setelah produksi dimulai",
        ]
        # the owner's decisions, as history (the review screen and the reports show them)
        decided = self.now - dt.timedelta(days=12)
        for cid, reason in zip(blacklisted, reasons_bl, strict=True):
            standing_service.set_standing(
                self.s, cid, Standing.BLACKLISTED, reason, actor=self.owner, now=decided
            )
        for cid, reason in zip(questionable, reasons_q, strict=True):
            standing_service.set_standing(
                self.s, cid, Standing.QUESTIONABLE, reason, actor=self.owner, now=decided
            )
        self.s.flush()
        for plan, oid in self.made:
            self._conversation(plan, oid)
        _Aftercare(self).run()
        _Delivery(self).run()
        entries = self.s.scalar(select(func.count(LedgerEntry.id))) or 0
        return DemoSummary(
            customers=len(customer_ids),
            orders=len(plans),
            by_status=dict(Tally(p.status for p in plans)),
            entries=entries,
            changes=Changes(customers=True, orders=True, ledger=True),
        )


_MINUTE = dt.timedelta(minutes=1)

# (type, the customer's words, finding, resolution, what the shop did) — the complaint cases
# of the demo, handled the way the owners' guidelines say; the last two are still open
_CASES = (
    (
        "damaged",
        "Kak, mugnya retak di pegangan waktu dibuka",
        "shop",
        "remake_free",
        "Dibuat ulang, dikirim besok",
    ),
    (
        "wrong_personal",
        "Namanya kok 'Rina' Kak, harusnya 'Riena'",
        "customer",
        "remake_charged",
        "Konfirmasi tertulis pelanggan menulis 'Rina'; buat ulang dengan biaya bahan",
    ),
    (
        "short",
        "Pesanan 4 lusin tapi yang datang cuma 3 lusin",
        "not_proven",
        None,
        "Berat paket dan foto saat kirim sesuai 4 lusin; klaim ditolak dengan sopan",
    ),
    ("quality", "Sablonnya agak pudar setelah dicuci sekali", "shop", "partial_refund", "Potongan 20%"),
    (
        "late",
        "Katanya siap Jumat, saya datang belum jadi",
        "shop",
        "voucher",
        "Voucher Rp25.000 belanja berikutnya",
    ),
    (
        "service",
        "Kasirnya kurang ramah waktu saya tanya",
        "shop",
        "explanation",
        "Minta maaf; staf sudah diingatkan",
    ),
    ("damaged", "Kotak kuenya penyok, kuenya sedikit rusak", None, None, ""),
    ("wrong_item", "Warna tumbler hitam, saya pesan navy", None, None, ""),
)
_RATINGS = (
    (5, "Rapi dan tepat waktu, terima kasih!"),
    (5, ""),
    (4, "Bagus, cuma agak lama"),
    (5, "Mantap"),
    (4, ""),
    (3, "Hasil oke, tapi antre lama"),
    (5, "Langganan terus"),
    (2, "Warna beda dari contoh"),
)


class _Delivery:
    """The shop's QRIS (a made-up sticker: payment codes print on every nota), the delivery fee
    table, and delivery offered to two customers who did not come: one accepted (the order
    became a delivery with a packed parcel), one still waiting for an answer."""

    RATES = (
        DeliveryRate("Bandung kota", 15_000, 1),
        DeliveryRate("Cimahi", 25_000, 1),
        DeliveryRate("Kab. Bandung", 30_000, 2),
        DeliveryRate("Sumedang", 45_000, 2),
    )

    def __init__(self, demo: _Demo) -> None:
        self.d, self.s = demo, demo.s

    def run(self) -> None:
        s, d = self.s, self.d
        settings.put(
            s,
            "shop.qris",
            qris.build_static(
                name="TOKO SAYA",
                city="BANDUNG",
                merchant_id="ID1026110000001",
                acquirer="ID.CO.BANKDEMO.WWW",
                postal="40115",
            ),
        )
        settings.put(s, "delivery.rates", delivery_rules.rates_to_json(self.RATES))
        settings.put(s, "delivery.packing_fee", 5_000)
        overdue = []
        for _plan, oid in d.made:
            order = s.get(Order, oid)
            if order.status != str(S.READY) or order.fulfilment != str(Fulfilment.PICKUP):
                continue
            if pickup_service.order_pickup(s, order, d.today).days_overdue > 0:
                overdue.append(oid)
        for n, oid in enumerate(sorted(overdue)[:2]):
            sent = _shop_hours(d.now - dt.timedelta(days=1 - n, hours=3))
            sent = min(sent, d.now)
            rate = self.RATES[n]
            ctx = delivery_service.offer_context(s, oid, sent.date())
            costs = delivery_rules.OfferCosts(ctx.balance, ctx.storage_fee, rate.fee, 5_000)
            address = ctx.address or "Jl. Cihampelas No. 120, Bandung"
            eta = delivery_rules.arrival_default(sent.date(), rate.days + 1)
            text = delivery_service.offer_message(
                ctx.template,
                ctx.values,
                costs,
                courier=Courier.OWN,
                address=address,
                eta=eta,
                language=ctx.language,
            )
            offer_id, _ = delivery_service.send_offer(
                s,
                delivery_service.OfferInput(
                    oid, Courier.OWN, address, 1_200, eta, rate.fee, 5_000, Channel.WHATSAPP, text, rate.area
                ),
                actor=d.actor,
                now=sent,
            )
            if n == 0:
                answer = min(sent + dt.timedelta(hours=2), d.now)
                add_entry(
                    s,
                    LogInput(
                        s.get(Order, oid).customer_id,
                        Channel.WHATSAPP,
                        Direction.IN,
                        "Ya Kak, diantar saja. Maaf belum sempat ke toko.",
                        happened_at=answer,
                        order_id=oid,
                    ),
                    actor=d.actor,
                    now=answer,
                )
                delivery_service.accept_offer(s, offer_id, "Setuju lewat WhatsApp", actor=d.actor, now=answer)


def _shop_hours(t: dt.datetime) -> dt.datetime:
    """The same moment moved into shop hours (08.00–20.00): staff answer when the shop is open."""
    if t.hour < OPEN_HOUR:
        return t.replace(hour=OPEN_HOUR)
    if t.hour >= CLOSE_HOUR:
        return (t + dt.timedelta(days=1)).replace(hour=OPEN_HOUR)
    return t


class _Aftercare:
    """After the goods left the shop: feedback asked for and given, and the complaint cases,
    from the last weeks of the demo (their own random stream, so the orders stay the same)."""

    def __init__(self, demo: _Demo) -> None:
        self.d, self.s, self.rng = demo, demo.s, random.Random(808)

    def finished(self) -> list[int]:
        done = (S.COLLECTED, S.DELIVERED)
        return [oid for plan, oid in self.d.made if plan.status in done]

    def _when(self, oid: int) -> dt.datetime:
        last = self.s.scalar(select(func.max(StatusChange.at)).where(StatusChange.order_id == oid))
        return last.astimezone(self.d.tz)

    def run(self) -> None:
        orders = self.finished()
        recent = [oid for oid in orders if self._when(oid) > self.d.now - dt.timedelta(days=40)]
        self.rng.shuffle(recent)
        # the cases: one customer each, from orders that left the shop at least three days ago
        cases, who = [], set()
        for oid in recent:
            customer = self.s.get(Order, oid).customer_id
            if customer not in who and self._when(oid) < self.d.now - dt.timedelta(days=3):
                cases.append(oid)
                who.add(customer)
            if len(cases) == len(_CASES):
                break
        asked = [oid for oid in recent if oid not in cases]
        for (kind, words, finding, resolution, note), oid in zip(_CASES, cases, strict=False):
            self._case(oid, kind, words, finding, resolution, note)
        for i, oid in enumerate(asked[:24]):
            self._feedback(oid, _RATINGS[i % len(_RATINGS)] if i % 3 != 2 else None)

    def _feedback(self, oid: int, rating: tuple[int, str] | None) -> None:
        at = min(_shop_hours(self._when(oid) + dt.timedelta(hours=self.rng.randint(20, 30))), self.d.now)
        text = feedback_service.compose_request(self.s, oid, at.date()).text
        feedback_service.record_request(self.s, oid, Channel.WHATSAPP, text, actor=self.d.actor, now=at)
        if rating is not None:
            later = min(at + dt.timedelta(hours=self.rng.randint(1, 20)), self.d.now)
            order = self.s.get(Order, oid)
            if rating[1]:
                self.d._say(order, later, Direction.IN, f"{rating[0]}/5 — {rating[1]}")
            feedback_service.record_rating(self.s, oid, rating[0], rating[1], actor=self.d.actor, now=later)

    def _case(self, oid, kind, words, finding, resolution, note) -> None:
        order = self.s.get(Order, oid)
        at = min(
            _shop_hours(self._when(oid) + dt.timedelta(hours=self.rng.randint(4, 40))),
            self.d.now - dt.timedelta(hours=3),
        )
        shot = kind in ("damaged", "short", "wrong_item", "quality")
        said = self.d._say(order, at, Direction.IN, words, shot=shot)
        staff = self.d.actor
        cid, _ = complaints_service.open_complaint(
            self.s,
            complaints_service.ComplaintInput(
                order.customer_id,
                complaints_service.ComplaintType(kind),
                words,
                order_id=oid,
                received_at=at,
                evidence=(said,) if said else (),
            ),
            actor=staff,
            now=at,
        )
        answer = min(_shop_hours(at + dt.timedelta(minutes=self.rng.randint(8, 95))), self.d.now)
        reply = complaints_service.compose_reply(self.s, cid, answer.date())
        complaints_service.record_reply(self.s, cid, Channel.WHATSAPP, reply, actor=staff, now=answer)
        if finding is None:
            if kind == "wrong_item":
                complaints_service.move_complaint(
                    self.s,
                    cid,
                    complaints_service.CaseStatus.CHECKING,
                    "cek catatan pengemasan",
                    actor=staff,
                    now=answer + _MINUTE,
                )
            return
        done = min(_shop_hours(answer + dt.timedelta(hours=self.rng.randint(2, 30))), self.d.now)
        f = complaints_service.Finding(finding)
        if resolution is None:
            complaints_service.decline_complaint(self.s, cid, f, note, actor=self.d.owner, now=done)
            return
        r = complaints_service.Resolution(resolution)
        paid = order_totals(self.s, order).paid
        complaints_service.resolve_complaint(
            self.s,
            complaints_service.ResolveInput(
                cid,
                f,
                r,
                note,
                cost=40_000 if r is complaints_service.Resolution.REMAKE_FREE else None,
                refund_amount=paid // 5 if r is complaints_service.Resolution.PARTIAL_REFUND else 0,
                remake_charge=30_000 if r is complaints_service.Resolution.REMAKE_CHARGED else 0,
                voucher_amount=25_000 if r is complaints_service.Resolution.VOUCHER else 0,
            ),
            actor=self.d.owner,
            now=done,
        )
        if r is complaints_service.Resolution.REMAKE_CHARGED:  # paid when the remake is collected
            paid_at = min(done + dt.timedelta(days=2), self.d.now)
            record_payment(
                self.s,
                PaymentInput(oid, 30_000, PaymentMethod.CASH, note="Biaya buat ulang"),
                actor=self.d.actor,
                now=paid_at,
            )


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


_SHOTS: list[bytes] = []


def _screenshot(rng: random.Random) -> bytes:
    """One of a few screenshots, made once (the same picture twice is stored once)."""
    if not _SHOTS:
        _SHOTS.extend(_screenshot_png(random.Random(seed)) for seed in range(4))
    return rng.choice(_SHOTS)


def _screenshot_png(rng: random.Random, width: int = 120, height: int = 200) -> bytes:
    """A small, valid PNG that looks like a chat screenshot (bubbles on a beige background)."""
    import struct
    import zlib

    rows = []
    bubbles = [
        (rng.randint(10, 60), rng.randint(20, 170), rng.choice([(220, 248, 198), (255, 255, 255)]))
        for _ in range(6)
    ]
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            color = (236, 229, 221)
            for bx, by, c in bubbles:
                if by <= y < by + 14 and bx <= x < bx + 50:
                    color = c
            row.extend(color)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")
