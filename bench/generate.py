"""A five-year shop's database for the benchmarks, written in bulk.

    python -m bench.generate OUT.sqlite3 [--scale 1.0] [--seed N] [--now 2026-11-23]

At scale 1.0: 50,000 customers, 200,000 orders (every status, spread over five years),
about 600,000 ledger entries, 1,000,000 log entries (10 % with a small PNG, a few hundred
distinct images stored once each by SHA-256), their status history, an owner and four staff.
One customer (a reseller) has about 2,000 log entries.

The file starts as a migrated empty database (``open_database``: schema, system record,
starter T&C); the rows are then written with ``sqlite3.executemany`` in big transactions,
with ``synchronous=OFF`` and ``journal_mode=OFF`` only while generating (WAL afterwards).
Ledger entries, status changes and log entries are sealed exactly as ``chain.seal`` does
(the same content functions and the same HMAC), in id order, and ``chain_heads`` is written
at the end, so ``tokodesk verify`` passes on the result.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import secrets
import sqlite3
import sys
import time
from pathlib import Path

from tokodesk.services import chain
from tokodesk.services.database import open_database
from tokodesk.services.demo import (
    AREAS,
    BUSINESSES,
    CANCEL_REASONS,
    COURIERS,
    CUSTOM_ITEMS,
    CUSTOMER_NOTES,
    MOBILE_PREFIXES,
    NAMES,
    ORDER_NOTES,
    STOCK_ITEMS,
    STREETS,
    _screenshot_png,
)
from tokodesk.services.staff import hash_pin

WIB = dt.timezone(dt.timedelta(hours=7))
UTC = dt.UTC
YEARS = 5
FULL = {"customers": 50_000, "orders": 200_000, "log": 1_000_000}
HEAVY_CUSTOMER_LOG = 2_000  # the reseller whose log window is benchmarked
STAFF = (
    ("Bu Rina", "owner", "1234"),
    ("Dewi", "staff", "2580"),
    ("Agus", "staff", "3690"),
    ("Wayan", "staff", "4711"),
    ("Sari", "staff", "5822"),
)
BATCH = 50_000

FIRST = sorted({n.split()[0] for n in NAMES} | {"Siti", "Sitompul", "Nur", "Putri", "Ahmad", "Yusuf"})
LAST = sorted({w for n in NAMES for w in n.split()[1:]} | {"Saragih", "Nasution", "Wijaya", "Kusuma"})
MESSAGES_IN = [
    "Kak, pesanan saya sudah jadi belum?",
    "Bisa diambil besok sore?",
    "Sudah transfer ya kak, ini buktinya",
    "Desainnya sudah oke, lanjut produksi",
    "Boleh minta foto hasilnya dulu?",
    "Maaf baru balas, minggu depan saya ambil",
    "Ukuran L ditambah 2 lagi bisa?",
    "Alamat kirim sama seperti kemarin ya",
]
MESSAGES_OUT = [
    "Pesanan kakak sudah siap diambil, terima kasih",
    "Mohon DP dulu ya kak supaya bisa masuk produksi",
    "Berikut mockup desainnya, mohon dicek",
    "Paket sudah dikirim, nomor resi terlampir",
    "Pengingat: batas ambil gratis besok, setelahnya ada biaya simpan",
    "Terima kasih sudah berbelanja di toko kami",
]
NOTES = [
    "Pelanggan datang ke toko, tanya harga",
    "Telepon tidak diangkat",
    "Titip pesan ke adiknya",
    "Minta dihubungi lagi minggu depan",
    "Komplain warna sedikit beda, sudah dijelaskan",
]
CHANNELS = ["whatsapp"] * 7 + ["phone", "in_person", "sms", "email", "marketplace"]


def sa_dt(t: dt.datetime) -> str:
    """How SQLAlchemy's SQLite DateTime stores a (naive UTC) time."""
    t = t.astimezone(UTC)
    return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond:06d}"


class Row:
    """Attribute access for the chain's content functions (they read ORM-like attributes)."""

    def __init__(self, **kw) -> None:
        self.__dict__.update(kw)


class Sealer:
    """``chain.seal`` in bulk: same content, same HMAC, one chain at a time in id order."""

    def __init__(self, secret: str) -> None:
        self.secret = secret
        self.last = {c: chain.GENESIS for c in chain.CHAINS}
        self.length = dict.fromkeys(chain.CHAINS, 0)

    def seal(self, name: str, content: dict) -> tuple[str, str]:
        prev = self.last[name]
        h = chain._digest(self.secret, prev, content)
        self.last[name] = h
        self.length[name] += 1
        return prev, h


def shop_time(rng: random.Random, day: dt.date) -> dt.datetime:
    """A moment within shop hours (08.00–20.00 WIB) on ``day``, as aware UTC."""
    local = dt.datetime.combine(day, dt.time(8), tzinfo=WIB) + dt.timedelta(seconds=rng.randrange(12 * 3600))
    return local.astimezone(UTC)


def later(rng: random.Random, t: dt.datetime, lo_h: float, hi_h: float, cap: dt.datetime) -> dt.datetime:
    return min(t + dt.timedelta(seconds=rng.randint(int(lo_h * 3600), int(hi_h * 3600))), cap)


def item_pool(rng: random.Random, n: int) -> list[tuple[str, int, int, str]]:
    pool = []
    for _ in range(n):
        if rng.random() < 0.8:
            it = rng.choice(CUSTOM_ITEMS)(rng)
            pool.append((it.name, it.qty, it.unit_price, it.custom_details))
        else:
            name, lo, hi = rng.choice(STOCK_ITEMS)
            pool.append((name, rng.choice([1, 1, 2, 3, 5]), rng.randrange(lo, hi + 1, 500), ""))
    return pool


def final_status(rng: random.Random, fulfilment: str, age_days: int) -> str:
    """Where an order taken ``age_days`` ago stands now."""
    r = rng.random()
    if age_days <= 3:
        return "draft" if r < 0.15 else "confirmed" if r < 0.55 else "in_production" if r < 0.9 else "ready"
    if age_days <= 21:
        if fulfilment == "pickup":
            return (
                "confirmed"
                if r < 0.1
                else "in_production"
                if r < 0.35
                else "ready"
                if r < 0.65
                else "collected"
                if r < 0.95
                else "cancelled"
            )
        return (
            "in_production" if r < 0.3 else "shipped" if r < 0.6 else "delivered" if r < 0.95 else "cancelled"
        )
    if fulfilment == "pickup":
        if r < 0.004:
            return "ready"  # never collected and never decided on: the agenda's oldest rows
        return "collected" if r < 0.87 else "cancelled" if r < 0.95 else "forfeited"
    return "shipped" if r < 0.003 else "delivered" if r < 0.92 else "cancelled"


PATHS = {
    "draft": ["draft"],
    "confirmed": ["confirmed"],
    "in_production": ["confirmed", "in_production"],
    "ready": ["confirmed", "in_production", "ready"],
    "collected": ["confirmed", "in_production", "ready", "collected"],
    "shipped": ["confirmed", "in_production", "ready", "shipped"],
    "delivered": ["confirmed", "in_production", "ready", "shipped", "delivered"],
    "forfeited": ["confirmed", "in_production", "ready", "forfeited"],
}


def generate(out: Path, *, scale: float = 1.0, seed: int = 2611, now: dt.datetime | None = None) -> dict:
    started = time.perf_counter()
    now = now or dt.datetime(2026, 11, 23, 9, 0, tzinfo=WIB)
    now_utc = now.astimezone(UTC)
    today = now.date()
    rng = random.Random(seed)
    n_customers = max(20, int(FULL["customers"] * scale))
    n_orders = max(50, int(FULL["orders"] * scale))
    n_log = max(200, int(FULL["log"] * scale))
    heavy_log = min(HEAVY_CUSTOMER_LOG, n_log // 5)
    if out.exists():
        raise SystemExit(f"{out} exists; give a new file")

    db = open_database(str(out), now=now_utc)  # schema, system record, starter T&C
    db.close()
    con = sqlite3.connect(out, isolation_level=None)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("PRAGMA cache_size=-200000")
    counts: dict[str, int] = {}

    def insert(table: str, cols: str, rows) -> None:
        marks = ",".join("?" * len(cols.split(",")))
        con.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)
        counts[table] = counts.get(table, 0) + len(rows)

    con.execute("BEGIN")
    # ---- settings: the secrets and the shop, the daily run as if it ran yesterday
    wanted = {
        "shop.chain_secret": secrets.token_hex(32),
        "shop.qr_secret": secrets.token_hex(16),
        "shop.name": "Toko Berkah Custom",
        "daily.last_run": (today - dt.timedelta(days=1)).isoformat(),
    }
    for key, value in wanted.items():
        if key != "shop.name" and con.execute("SELECT 1 FROM settings WHERE key=?", (key,)).fetchone():
            continue  # keep a secret that exists already
        con.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, json.dumps(value)))
    secret = json.loads(con.execute("SELECT value FROM settings WHERE key='shop.chain_secret'").fetchone()[0])
    terms_id = con.execute("SELECT id FROM terms_versions ORDER BY number DESC LIMIT 1").fetchone()[0]
    if con.execute("SELECT count(*) FROM chain_heads").fetchone()[0]:
        raise SystemExit("the new database already has chain records")

    # ---- staff
    start_day = today - dt.timedelta(days=365 * YEARS)
    opened = shop_time(rng, start_day)
    people = STAFF[:2] if scale < 0.05 else STAFF  # a smoke run: owner + one staff (argon2 is slow)
    staff_rows = [(name, role, 1, sa_dt(opened), hash_pin(pin), "", 0) for name, role, pin in people]
    insert("staff", "name,role,active,created_at,pin_hash,grants,failed_pins", staff_rows)
    staff_ids = [r[0] for r in con.execute("SELECT id FROM staff WHERE role != 'system' ORDER BY id")]
    owner_id = staff_ids[0]

    # ---- customers: created over five years, more in later years
    phones: set[str] = set()
    customers = []
    cust_created = []
    span = (today - start_day).days
    for i in range(n_customers):
        if i < len(BUSINESSES) and i < n_customers // 4:
            name = BUSINESSES[i]
        else:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if rng.random() < 0.3:
                name = f"{name} {rng.choice(LAST)}"
        while True:
            phone = "+62" + rng.choice(MOBILE_PREFIXES)[1:] + str(rng.randrange(10**7, 10**8))
            if phone not in phones:
                phones.add(phone)
                break
        day = start_day + dt.timedelta(days=int(span * (rng.random() ** 0.7)))
        created = shop_time(rng, day)
        cust_created.append(created)
        kec, city = rng.choice(AREAS)
        address = (
            f"{rng.choice(STREETS)} No. {rng.randint(1, 120)}, {kec}, {city}" if rng.random() < 0.6 else ""
        )
        email = f"{name.split()[0].lower()}{i}@gmail.com" if rng.random() < 0.15 else ""
        notes = rng.choice(CUSTOMER_NOTES) if rng.random() < 0.1 else ""
        r = rng.random()
        standing, reason = ("normal", "")
        if r < 0.01:
            standing, reason = "blacklisted", "Dua kali tidak mengambil pesanan"
        elif r < 0.03:
            standing, reason = "questionable", "Sering telat melunasi"
        customers.append(
            (
                name,
                name.casefold(),
                phone,
                phone,
                email,
                address,
                notes,
                standing,
                reason,
                sa_dt(created),
                rng.choice(staff_ids),
            )
        )
    # ids follow creation time, as they would in a real shop
    order_by_time = sorted(range(n_customers), key=lambda i: cust_created[i])
    customers = [customers[i] for i in order_by_time]
    cust_created = [cust_created[i] for i in order_by_time]
    insert(
        "customers",
        "name,name_key,phone,whatsapp,email,address,notes,standing,standing_reason,created_at,created_by_id",
        customers,
    )
    first_cust = con.execute("SELECT min(id) FROM customers").fetchone()[0]
    cust_ids = list(range(first_cust, first_cust + n_customers))
    heavy = cust_ids[len(cust_ids) // 3]  # the reseller: many orders, a long log
    del customers, phones

    # ---- orders: created times over five years (the shop grows), codes numbered per month
    t_customers = time.perf_counter()
    times = sorted(
        shop_time(rng, start_day + dt.timedelta(days=int(span * (rng.random() ** 0.8))))
        for _ in range(n_orders)
    )
    pool = item_pool(rng, 3000)
    month_no: dict[str, int] = {}
    orders, items, plans = [], [], []
    order_id = 1
    for created in times:
        local = created.astimezone(WIB)
        yymm = f"{local:%y%m}"
        month_no[yymm] = month_no.get(yymm, 0) + 1
        code = f"TD-{yymm}-{month_no[yymm]:04d}"
        # customers that exist by then; the reseller takes about 1 % of all orders
        if rng.random() < 0.01:
            cust = heavy
        else:
            hi = max(1, _bisect(cust_created, created))
            cust = cust_ids[rng.randrange(hi)]
        f = rng.random()
        fulfilment = "pickup" if f < 0.7 else "delivery" if f < 0.9 else "cod"
        age = (today - local.date()).days
        status = final_status(rng, fulfilment, age)
        lines = [rng.choice(pool) for _ in range(rng.choice([1, 1, 1, 2, 2, 3]))]
        total = sum(q * p for _, q, p, _ in lines)
        pickup = local.date() + dt.timedelta(days=rng.choice([1, 2, 3, 3, 5, 7, 7, 10, 14, 21]))
        if status in ("draft", "confirmed", "in_production") and pickup < today:
            pickup = today + dt.timedelta(days=rng.randint(0, 10))
        staff = rng.choice(staff_ids)
        notes = rng.choice(ORDER_NOTES) if rng.random() < 0.15 else ""
        plans.append((order_id, cust, created, status, fulfilment, pickup, total, staff))
        orders.append(
            [
                code,
                cust,
                status,
                fulfilment,
                pickup.isoformat(),
                total,
                notes,
                sa_dt(created),
                staff,
                None,
                terms_id,
            ]
        )
        for pos, (name, qty, price, details) in enumerate(lines):
            items.append((order_id, pos, name, qty, price, details))
        order_id += 1

    # ---- status history and ledger: events per order, then sealed in time order
    sealer = Sealer(secret)
    status_events = []  # (at, order_id, from, to, staff, note)
    ledger_events = []  # (at, order_id, kind, amount, method, cleared, clears_on, staff, note, reverses_key)
    for (oid, _cust, created, status, fulfilment, pickup, total, staff), row in zip(
        plans, orders, strict=True
    ):
        path = PATHS.get(status) or [*["confirmed", "in_production"][: rng.randint(0, 2)], "cancelled"]
        if status == "cancelled" and rng.random() < 0.3:
            path = ["draft", "cancelled"]
        t = created
        prev = None
        changed = created
        ready_at = None
        for i, to in enumerate(path):
            if i:
                if to == "ready":
                    t = later(rng, t, 2, 24 * max(1, (pickup - t.astimezone(WIB).date()).days), now_utc)
                    ready_at = t
                elif to in ("collected", "forfeited"):
                    lo = 0 if to == "collected" else 24 * 30
                    t = later(rng, max(t, shop_time(rng, pickup)), lo, lo + 24 * 6, now_utc)
                else:
                    t = later(rng, t, 1, 48, now_utc)
            note = rng.choice(CANCEL_REASONS) if to == "cancelled" else ""
            if to == "shipped":
                note = f"{rng.choice(COURIERS)} resi {rng.randrange(10**11, 10**12)}"
            status_events.append((t, oid, prev, to, staff if i == 0 else rng.choice(staff_ids), note))
            prev, changed = to, t
        row[9] = sa_dt(changed)
        if status == "draft":
            continue
        # deposit at the counter when the order is taken
        method = rng.choice(["cash", "cash", "transfer", "qris"])
        deposit = max(1, min(total, -(-total * rng.choice([30, 50, 50, 100]) // 100)))
        ledger_events.append((created, oid, "deposit", deposit, method, 1, None, staff, "", None))
        if rng.random() < 0.02:  # a mistyped deposit, reversed and taken again
            ledger_events.append(
                (
                    created + dt.timedelta(minutes=1),
                    oid,
                    "deposit",
                    -deposit,
                    method,
                    1,
                    None,
                    owner_id,
                    "Salah input nominal",
                    len(ledger_events) - 1,
                )
            )
            ledger_events.append(
                (created + dt.timedelta(minutes=2), oid, "deposit", deposit, method, 1, None, staff, "", None)
            )
        charges = 0
        if fulfilment != "pickup":
            fee = rng.choice([10_000, 15_000, 20_000, 25_000])
            charges += fee
            ledger_events.append(
                (
                    created + dt.timedelta(minutes=3),
                    oid,
                    "delivery_fee",
                    fee,
                    None,
                    1,
                    None,
                    staff,
                    rng.choice(COURIERS),
                    None,
                )
            )
        rest = total + charges - deposit
        if status in ("collected", "delivered", "shipped") or (status == "ready" and rng.random() < 0.2):
            end = changed
            if status == "collected" and ready_at and (end.date() - pickup).days > 2 and rng.random() < 0.5:
                fee = min(5_000 * ((end.date() - pickup).days - 2), 100_000)
                ledger_events.append((end, oid, "storage_fee", fee, None, 1, None, staff, "", None))
                rest += fee
            if rest > 0:
                if rng.random() < 0.5 and rest > 2:  # paid in two parts
                    part = rest // 2
                    mid = later(rng, created, 1, 24 * 5, end)
                    ledger_events.append((mid, oid, "payment", part, "transfer", 1, None, staff, "", None))
                    rest -= part
                method = "cod" if fulfilment == "cod" else rng.choice(["cash", "transfer", "qris"])
                pending = method == "transfer" and end > now_utc - dt.timedelta(days=2) and rng.random() < 0.3
                clears = (end.astimezone(WIB).date() + dt.timedelta(days=1)).isoformat() if pending else None
                ledger_events.append(
                    (end, oid, "payment", rest, method, 0 if pending else 1, clears, staff, "", None)
                )
        elif status == "cancelled" and rng.random() < 0.6:
            ledger_events.append(
                (changed, oid, "refund", deposit, "cash", 1, None, owner_id, "Uang muka dikembalikan", None)
            )
        elif status == "forfeited":
            ledger_events.append(
                (
                    changed,
                    oid,
                    "forfeit",
                    deposit,
                    None,
                    1,
                    None,
                    owner_id,
                    "Uang muka hangus sesuai S&K",
                    None,
                )
            )
    insert(
        "orders",
        "code,customer_id,status,fulfilment,pickup_date,total,notes,created_at,created_by_id,"
        "status_changed_at,terms_version_id",
        orders,
    )
    insert("order_items", "order_id,position,name,qty,unit_price,custom_details", items)
    insert("counters", "name,value", [(f"order:TD-{k}", v) for k, v in month_no.items()])
    del orders, items
    t_orders = time.perf_counter()

    status_events.sort(key=lambda e: e[0])
    rows = []
    for at, oid, frm, to, staff, note in status_events:
        content = chain.status_content(
            Row(order_id=oid, from_status=frm, to_status=to, staff_id=staff, at=at, note=note)
        )
        rows.append((oid, frm, to, staff, sa_dt(at), note, *sealer.seal("status", content)))
    insert("status_changes", "order_id,from_status,to_status,staff_id,at,note,prev_hash,hash", rows)
    del status_events, rows

    # a reversal must come after its original: sort by time, then fix the id it points at
    order_idx = sorted(range(len(ledger_events)), key=lambda i: (ledger_events[i][0], i))
    new_id = {old: new + 1 for new, old in enumerate(order_idx)}
    rows = []
    for idx in order_idx:
        at, oid, kind, amount, method, cleared, clears_on, staff, note, rev = ledger_events[idx]
        reverses = new_id[rev] if rev is not None else None
        content = chain.ledger_content(
            Row(
                order_id=oid,
                kind=kind,
                amount=amount,
                method=method,
                cleared=cleared,
                clears_on=dt.date.fromisoformat(clears_on) if clears_on else None,
                reverses_id=reverses,
                settles_id=None,
                staff_id=staff,
                at=at,
                note=note,
            )
        )
        rows.append(
            (
                oid,
                kind,
                amount,
                method,
                cleared,
                clears_on,
                reverses,
                staff,
                sa_dt(at),
                note,
                *sealer.seal("ledger", content),
            )
        )
    insert(
        "ledger_entries",
        "order_id,kind,amount,method,cleared,clears_on,reverses_id,staff_id,at,note,prev_hash,hash",
        rows,
    )
    ledger_events = rows = []
    con.execute("COMMIT")
    t_ledger = time.perf_counter()

    # ---- attachments: a few hundred distinct small screenshots, each stored once
    con.execute("BEGIN")
    n_images = max(8, min(300, int(300 * scale * 4)))
    images: dict[str, bytes] = {}  # distinct by SHA-256, as the log service stores them
    k = 0
    while len(images) < n_images:
        png = _screenshot_png(random.Random(seed * 1000 + k), 40 + k % 29, 64 + k % 37)
        images.setdefault(hashlib.sha256(png).hexdigest(), png)
        k += 1
    image_list = list(images.items())
    insert(
        "attachments",
        "sha256,size,mime,filename,data,created_at",
        [
            (h, len(p), "image/png", f"wa-{i:04d}.png", p, sa_dt(opened))
            for i, (h, p) in enumerate(image_list)
        ],
    )
    att_ids = [r[0] for r in con.execute("SELECT id FROM attachments ORDER BY id")]

    # ---- log: most entries about an order, some general notes; the reseller has a long one
    by_order = [(p[0], p[1], p[2], p[5]) for p in plans]
    log_plan = []  # (happened, customer, order)
    for _ in range(n_log - heavy_log):
        if rng.random() < 0.85:
            oid, cust, created, pickup = by_order[rng.randrange(len(by_order))]
            while cust == heavy:  # the reseller's log is written below, to its own size
                oid, cust, created, pickup = by_order[rng.randrange(len(by_order))]
            span_h = max(2, (pickup - created.astimezone(WIB).date()).days * 24 + 48)
            t = later(rng, created, 0, span_h, now_utc)
        else:
            oid = None
            ci = rng.randrange(n_customers)
            if cust_ids[ci] == heavy:
                ci = (ci + 1) % n_customers
            cust, t = cust_ids[ci], later(rng, cust_created[ci], 1, 24 * 365, now_utc)
        log_plan.append((t, cust, oid))
    heavy_orders = [p for p in by_order if p[1] == heavy] or [by_order[0]]
    for _ in range(heavy_log):
        oid, _, created, _ = rng.choice(heavy_orders)
        log_plan.append(
            (later(rng, created, 0, 24 * 10, now_utc), heavy, oid if rng.random() < 0.8 else None)
        )
    log_plan.sort(key=lambda e: e[0])
    rows, links = [], []
    for entry_id, (happened, cust, oid) in enumerate(log_plan, start=1):
        channel = rng.choice(CHANNELS)
        d = rng.random()
        direction = "in" if d < 0.5 else "out" if d < 0.85 else "note"
        text = rng.choice(MESSAGES_IN if direction == "in" else MESSAGES_OUT if direction == "out" else NOTES)
        recorded = (
            later(rng, happened, 0, 0.5, now_utc) if channel != "whatsapp" or rng.random() < 0.5 else happened
        )
        staff = rng.choice(staff_ids)
        hashes = []
        if rng.random() < 0.10:
            k = rng.randrange(n_images)
            hashes = [image_list[k][0]]
            links.append((entry_id, 0, att_ids[k]))
        content = chain.log_content(
            Row(
                customer_id=cust,
                order_id=oid,
                channel=channel,
                direction=direction,
                text=text,
                happened_at=happened,
                recorded_at=recorded,
                staff_id=staff,
                corrects_id=None,
                source="manual",
                import_key=None,
            ),
            hashes,
        )
        rows.append(
            (
                entry_id,
                cust,
                oid,
                channel,
                direction,
                text,
                sa_dt(happened),
                sa_dt(recorded),
                staff,
                None,
                "manual",
                None,
                *sealer.seal("log", content),
            )
        )
        if len(rows) >= BATCH:
            insert(
                "log_entries",
                "id,customer_id,order_id,channel,direction,text,happened_at,recorded_at,"
                "staff_id,corrects_id,source,import_key,prev_hash,hash",
                rows,
            )
            rows = []
    insert(
        "log_entries",
        "id,customer_id,order_id,channel,direction,text,happened_at,recorded_at,staff_id,"
        "corrects_id,source,import_key,prev_hash,hash",
        rows,
    )
    insert("log_attachments", "entry_id,position,attachment_id", links)
    del log_plan, rows, links
    insert(
        "chain_heads",
        "name,last_hash,length",
        [(c, sealer.last[c], sealer.length[c]) for c in chain.CHAINS if sealer.length[c]],
    )
    con.execute("COMMIT")
    t_log = time.perf_counter()
    con.execute("ANALYZE")
    con.execute("PRAGMA journal_mode=WAL")
    con.close()
    took = time.perf_counter() - started
    total_rows = sum(counts.values())
    return {
        "counts": counts,
        "rows": total_rows,
        "seconds": took,
        "rows_per_s": total_rows / took,
        "heavy_customer": heavy,
        "phases": {
            "setup+customers": t_customers - started,
            "orders+items": t_orders - t_customers,
            "status+ledger (sealed)": t_ledger - t_orders,
            "log+attachments (sealed)": t_log - t_ledger,
            "analyze": took - (t_log - started),
        },
    }


def _bisect(times: list[dt.datetime], t: dt.datetime) -> int:
    import bisect

    return bisect.bisect_right(times, t)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.splitlines()[0])
    p.add_argument("out", type=Path)
    p.add_argument("--scale", type=float, default=1.0)
    p.add_argument("--seed", type=int, default=2611)
    p.add_argument(
        "--now",
        type=dt.date.fromisoformat,
        default=dt.date(2026, 11, 23),
        help="the shop's today (orders end here)",
    )
    a = p.parse_args(argv)
    now = dt.datetime.combine(a.now, dt.time(9), tzinfo=WIB)
    r = generate(a.out, scale=a.scale, seed=a.seed, now=now)
    for table, n in r["counts"].items():
        print(f"{table:16} {n:>10,}")
    for phase, s in r["phases"].items():
        print(f"  {phase:28} {s:7.1f} s")
    print(f"{r['rows']:,} rows in {r['seconds']:.1f} s = {r['rows_per_s']:,.0f} rows/s -> {a.out}")
    print(f"customer with the long log: {r['heavy_customer']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
