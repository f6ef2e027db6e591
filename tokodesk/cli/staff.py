"""``tokodesk staff add|list|deactivate|reset-pin``: staff accounts from the command line.

    tokodesk staff list                         [--owner NAMA] [--pin-stdin] [--db URL]
    tokodesk staff add NAMA [--role owner|staff] [--owner NAMA] [--pin-stdin] [--db URL]
    tokodesk staff deactivate NAMA              [--owner NAMA] [--pin-stdin] [--db URL]
    tokodesk staff reset-pin NAMA               [--owner NAMA] [--pin-stdin] [--db URL]

Every sub-command is the owner's: it signs the owner in first (``staff.sign_in``, committed
on its own, so a wrong PIN is counted and in the audit trail even though nothing else
happens), then runs the service as that person, so the service's permission check decides
and a refusal is recorded (``Database.write``).  ``--owner`` names the account to sign in
with; it may be left out while there is exactly one active owner.

PINs are read with ``getpass`` (the new PIN twice, to catch a typo), or with ``--pin-stdin``
one a line from standard input: the signing-in PIN first, then the new PIN for ``add`` and
``reset-pin``.  On a database without an owner account, ``add NAMA --role owner`` makes it
(``staff.setup_owner``) and reads only the new PIN.

No PIN and no PIN hash is ever printed.  There is no ``--today``: the wrong-PIN wait is
measured on the real clock, and a made-up date must not be able to skip it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys

from tokodesk.cli.main import EXIT_OK, _fail, _say, _with_db

OWNER_PROMPT = "PIN pemilik: "
NEW_PROMPT = "PIN baru: "
REPEAT_PROMPT = "Ulangi PIN baru: "
NO_OWNER = (
    "Belum ada akun pemilik. Buat dulu dengan: tokodesk staff add NAMA --role owner "
    "(lalu ketik PIN pemilik yang baru)."
)


def register(verbs) -> None:
    """Add ``staff`` and its sub-commands to the ``tokodesk`` verbs."""
    p = verbs.add_parser(
        "staff",
        help="kelola akun staf: daftar, tambah, nonaktifkan, reset PIN (khusus pemilik)",
        description="Kelola akun staf. Setiap perintah meminta PIN pemilik dulu. Pada database "
        "tanpa akun pemilik, buat dulu: tokodesk staff add NAMA --role owner.",
    )
    sub = p.add_subparsers(dest="staff_verb", metavar="PERINTAH", parser_class=type(p), required=True)

    ls = sub.add_parser(
        "list",
        help="daftar akun: nama, peran, aktif, terakhir masuk, izin",
        description="Tampilkan semua akun staf (tanpa PIN).",
    )
    _options(ls)

    add = sub.add_parser(
        "add",
        help="tambah akun staf atau pemilik",
        description="Tambah akun dengan PIN barunya. Pada database tanpa pemilik, "
        "«add NAMA --role owner» membuat akun pemilik pertama.",
    )
    add.add_argument("name", metavar="NAMA", help="nama staf")
    add.add_argument(
        "--role", choices=["owner", "staff"], default="staff", help="owner (pemilik) atau staff (bawaan)"
    )
    _options(add, new_pin=True)

    off = sub.add_parser(
        "deactivate",
        help="nonaktifkan akun (tidak bisa masuk lagi)",
        description="Nonaktifkan akun. Riwayatnya tetap; «reset-pin» mengaktifkannya kembali.",
    )
    off.add_argument("name", metavar="NAMA", help="nama staf")
    _options(off)

    pin = sub.add_parser(
        "reset-pin",
        help="beri akun PIN baru (juga mengaktifkan kembali akun nonaktif)",
        description="Beri akun PIN baru, misalnya bila PIN lupa. Hitungan PIN salah dihapus dan "
        "akun nonaktif diaktifkan kembali.",
    )
    pin.add_argument("name", metavar="NAMA", help="nama staf")
    _options(pin, new_pin=True)


def _options(p: argparse.ArgumentParser, *, new_pin: bool = False) -> None:
    p.add_argument(
        "--owner",
        metavar="NAMA",
        help="akun yang masuk (wajib bila ada lebih dari satu pemilik aktif)",
    )
    lines = "baris 1: PIN pemilik, baris 2: PIN baru" if new_pin else "baris 1: PIN pemilik"
    p.add_argument(
        "--pin-stdin",
        action="store_true",
        help=f"baca PIN dari masukan standar, satu per baris ({lines})",
    )
    p.add_argument(
        "--db",
        metavar="URL",
        help="database: berkas SQLite atau URL (bawaan: database di folder data pengguna)",
    )
    p.set_defaults(handler=run_staff)


# ------------------------------------------------------------------------------ PINs


class _Refused(Exception):
    """A mistake of the user's; the message is printed and the exit status is 1."""


class _Pins:
    """Where PINs come from: ``getpass`` or one line each from standard input."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin
        self.lines_read = 0

    def _line(self, what: str) -> str:
        line = sys.stdin.readline()
        self.lines_read += 1
        if not line:
            raise _Refused(
                f"--pin-stdin: baris ke-{self.lines_read} ({what}) tidak ada di masukan standar. "
                "Tulis satu PIN per baris; tidak ada yang diubah."
            )
        return line.strip()

    def _ask(self, prompt: str) -> str:
        try:
            return getpass.getpass(prompt).strip()
        except EOFError:
            raise _Refused(
                "PIN tidak bisa dibaca (tidak ada masukan). Pakai --pin-stdin untuk membaca PIN "
                "dari masukan standar."
            ) from None

    def current(self) -> str:
        pin = self._line("PIN pemilik") if self.from_stdin else self._ask(OWNER_PROMPT)
        if not pin:
            raise _Refused("PIN pemilik wajib diisi; tidak ada yang diubah.")
        return pin

    def new(self) -> str:
        if self.from_stdin:
            return self._line("PIN baru")
        first = self._ask(NEW_PROMPT)
        if first != self._ask(REPEAT_PROMPT):
            raise _Refused("Kedua PIN baru tidak sama; tidak ada yang diubah.")
        return first


# ------------------------------------------------------------------------------ names


def _clean(name: str) -> str:
    return " ".join((name or "").split()).casefold()


def _label(row) -> str:
    return row.name if row.active else f"{row.name} (nonaktif)"


def _find(rows: list, name: str, *, what: str = "akun"):
    """The one row named ``name`` (any case); an active account wins over inactive ones of
    the same name.  Otherwise a message listing the names."""
    matches = [r for r in rows if _clean(r.name) == _clean(name)]
    if len(matches) > 1:
        active = [r for r in matches if r.active]
        matches = active if len(active) == 1 else matches
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(_label(r) for r in rows) or "(belum ada)"
    if not matches:
        raise _Refused(f"Tidak ada {what} bernama «{name.strip()}». Yang ada: {known}.")
    raise _Refused(
        f"Ada {len(matches)} akun bernama «{name.strip()}»; tidak jelas yang mana. Yang ada: {known}."
    )


def _signer(rows: list, name: str | None):
    """The account to sign in with: ``--owner``, or the only active owner."""
    from tokodesk.domain.access import Role

    can_sign_in = [r for r in rows if r.active and r.has_pin]
    if name:
        return _find(can_sign_in, name, what="akun aktif")
    owners = [r for r in can_sign_in if r.role == Role.OWNER]
    if len(owners) == 1:
        return owners[0]
    names = ", ".join(r.name for r in owners)
    raise _Refused(f"Ada {len(owners)} pemilik aktif ({names}); pilih yang masuk dengan --owner NAMA.")


def _clock(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%H:%M:%S")


# ------------------------------------------------------------------------------ the command


def run_staff(args: argparse.Namespace) -> int:
    from tokodesk.domain.errors import DomainError

    now = dt.datetime.now(dt.UTC)
    pins = _Pins(args.pin_stdin)

    def work(db) -> int:
        try:
            return _run(db, args, pins, now)
        except (_Refused, DomainError) as e:
            return _fail(str(e))

    return _with_db(args, now, work)


def _run(db, args: argparse.Namespace, pins: _Pins, now: dt.datetime) -> int:
    from tokodesk.services import staff

    first_run, rows = db.read(lambda s: (staff.needs_owner(s), staff.list_staff(s)))
    if first_run:
        if args.staff_verb == "add" and args.role == "owner":
            return _setup_owner(db, args, pins, now)
        raise _Refused(NO_OWNER)

    account = _signer(rows, args.owner)
    pin = pins.current()
    new_pin = None
    if args.staff_verb in ("add", "reset-pin") and pins.from_stdin:
        new_pin = pins.new()  # read the input completely before signing in
    actor = _sign_in(db, account.id, pin, now)
    verb = args.staff_verb
    if verb == "list":
        return _list(db, actor, now)
    if verb == "add":
        return _add(db, args, actor, new_pin if new_pin is not None else pins.new(), now)
    target = _find(db.read(staff.list_staff), args.name)
    if verb == "deactivate":
        return _deactivate(db, target, actor, now)
    return _reset_pin(db, target, actor, new_pin if new_pin is not None else pins.new(), now)


def _sign_in(db, staff_id: int, pin: str, now: dt.datetime):
    """Sign in (committed either way); the actor, or ``_Refused`` saying why not."""
    from tokodesk.services import staff

    def attempt(s):
        before = next((r for r in staff.list_staff(s) if r.id == staff_id), None)
        was_waiting = before is not None and before.locked_until is not None and now < before.locked_until
        return was_waiting, staff.sign_in(s, staff_id, pin, now=now)

    was_waiting, result = db.write(attempt)
    if result.ok:
        return result.actor
    if was_waiting:  # the PIN was not even checked
        raise _Refused(
            f"Terlalu banyak PIN salah; PIN tidak diperiksa. Tunggu sampai {_clock(result.wait_until)}."
        )
    if result.wait_until is not None:
        raise _Refused(f"PIN salah. Tunggu sampai {_clock(result.wait_until)}.")
    raise _Refused(f"PIN salah. Sisa {result.tries_left} kali sebelum harus menunggu.")


def _setup_owner(db, args: argparse.Namespace, pins: _Pins, now: dt.datetime) -> int:
    from tokodesk.services import staff

    pin = pins.new()
    who = db.write(lambda s: staff.setup_owner(s, args.name, pin, now=now))
    _say(f"Akun pemilik «{who.name}» dibuat. Pakai PIN ini untuk masuk.")
    return EXIT_OK


def _add(db, args: argparse.Namespace, actor, pin: str, now: dt.datetime) -> int:
    from tokodesk.domain.access import ROLE_LABELS, Role
    from tokodesk.services import staff

    data = staff.StaffInput(name=args.name, pin=pin, role=args.role)
    db.write(lambda s: staff.add_staff(s, data, actor=actor, now=now))
    _say(f"Akun {ROLE_LABELS[Role(args.role)]} «{' '.join(args.name.split())}» ditambahkan.")
    return EXIT_OK


def _deactivate(db, target, actor, now: dt.datetime) -> int:
    from tokodesk.services import staff

    db.write(lambda s: staff.update_staff(s, target.id, actor=actor, now=now, active=False))
    if not target.active:  # nothing to do, but only the owner may learn that
        _say(f"Akun «{target.name}» sudah nonaktif.")
        return EXIT_OK
    _say(f"Akun «{target.name}» dinonaktifkan. «tokodesk staff reset-pin» mengaktifkannya kembali.")
    return EXIT_OK


def _reset_pin(db, target, actor, pin: str, now: dt.datetime) -> int:
    from tokodesk.services import staff

    db.write(lambda s: staff.reset_pin(s, target.id, pin, actor=actor, now=now))
    again = "" if target.active else " Akun diaktifkan kembali."
    _say(f"PIN «{target.name}» direset.{again}")
    return EXIT_OK


def _list(db, actor, now: dt.datetime) -> int:
    from tokodesk.domain.access import ROLE_LABELS, Permission, Role
    from tokodesk.services import access, staff
    from tokodesk.services.audit import Target

    def read(s):
        if not access.can(s, actor, Permission.STAFF):
            # listing has no audit action of its own; the sign-in above is in the trail
            raise access.NotAllowed(actor, Permission.STAFF, "staff.edit", Target("staff"), now)
        return staff.list_staff(s)

    rows = db.read(read)
    table = [("Nama", "Peran", "Status", "Terakhir masuk", "Izin")]
    for r in rows:
        role = Role(r.role)
        last = r.last_sign_in.astimezone().strftime("%Y-%m-%d %H:%M") if r.last_sign_in else "-"
        grants = ", ".join(sorted(str(g) for g in r.grants)) or "-"
        grants = "(semua)" if role is Role.OWNER else grants
        table.append((r.name, ROLE_LABELS[role], "aktif" if r.active else "nonaktif", last, grants))
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]) - 1)]
    for row in table:
        cells = [cell.ljust(w) for cell, w in zip(row, widths, strict=False)]
        _say("  ".join([*cells, row[-1]]).rstrip())
    return EXIT_OK
