"""``tokodesk staff``, run in-process through ``run([...])`` on a real SQLite file.

PINs come from ``--pin-stdin`` (``sys.stdin`` swapped for a ``StringIO``) or from a stubbed
``getpass.getpass``.  The PINs are unusual digit runs so a test can look for them in the
output and be sure none leaked.
"""

import getpass
import io

import pytest
from sqlalchemy import select

from tokodesk.cli.main import run
from tokodesk.db.models import AuditEvent, Staff
from tokodesk.services.database import open_database

OWNER_PIN = "731904"
BUDI_PIN = "58206"
ANI_PIN = "640917"
SECRETS = (OWNER_PIN, BUDI_PIN, ANI_PIN, "$argon2")


@pytest.fixture
def db(db_url):
    return db_url


@pytest.fixture
def staff_cmd(db, monkeypatch, capsys):
    """Run ``tokodesk staff ...`` with the given stdin lines; returns (status, out, err) and
    checks that no PIN and no hash was printed."""

    def call(*args, lines=(), pin_stdin=True):
        monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{x}\n" for x in lines)))
        argv = ["staff", *args, "--db", db]
        if pin_stdin:
            argv.append("--pin-stdin")
        code = run(argv)
        out, err = capsys.readouterr()
        for secret in SECRETS:
            assert secret not in out
            assert secret not in err
        assert "Traceback" not in err
        return code, out, err

    return call


@pytest.fixture
def shop(staff_cmd):
    """An owner (Siti Rahayu) and a staff member (Budi)."""
    assert staff_cmd("add", "Siti Rahayu", "--role", "owner", lines=[OWNER_PIN])[0] == 0
    assert staff_cmd("add", "Budi", lines=[OWNER_PIN, BUDI_PIN])[0] == 0
    return staff_cmd


def read(db, fn):
    database = open_database(db)
    try:
        return database.read(fn)
    finally:
        database.close()


def account(db, name):
    def get(s):
        row = s.scalar(select(Staff).where(Staff.name == name))
        return {
            "id": row.id,
            "role": row.role,
            "active": row.active,
            "failed_pins": row.failed_pins,
            "has_pin": bool(row.pin_hash),
        }

    return read(db, get)


def audit_rows(db, action):
    return read(
        db,
        lambda s: [
            (e.staff_id, e.outcome, e.target_label)
            for e in s.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id))
        ],
    )


# ------------------------------------------------------------------------------ first run


def test_first_run_makes_the_owner_with_only_the_new_pin(db, staff_cmd):
    code, out, err = staff_cmd("add", "  Siti   Rahayu ", "--role", "owner", lines=[OWNER_PIN])
    assert (code, err) == (0, "")
    assert out == "Akun pemilik «Siti Rahayu» dibuat. Pakai PIN ini untuk masuk.\n"
    siti = account(db, "Siti Rahayu")
    assert (siti["role"], siti["active"], siti["has_pin"]) == ("owner", True, True)
    assert [label for _, _, label in audit_rows(db, "staff.owner_setup")] == ["Siti Rahayu"]
    # now the owner exists: making another owner needs the owner's PIN
    code, _, err = staff_cmd("add", "Dewi", "--role", "owner", lines=[ANI_PIN, "112233"])
    assert code == 1
    assert err.startswith("PIN salah.")


@pytest.mark.parametrize("args", [["list"], ["add", "Budi"], ["deactivate", "Budi"], ["reset-pin", "Budi"]])
def test_without_an_owner_every_other_command_says_how_to_make_one(staff_cmd, args):
    code, out, err = staff_cmd(*args, lines=[OWNER_PIN, BUDI_PIN])
    assert (code, out) == (1, "")
    assert "Belum ada akun pemilik" in err
    assert "tokodesk staff add NAMA --role owner" in err


def test_first_run_through_getpass_asks_the_new_pin_twice(db, staff_cmd, monkeypatch):
    prompts = []
    answers = iter([OWNER_PIN, OWNER_PIN])

    def fake_getpass(prompt="Password: ", stream=None):
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    code, out, _ = staff_cmd("add", "Siti", "--role", "owner", pin_stdin=False)
    assert code == 0
    assert prompts == ["PIN baru: ", "Ulangi PIN baru: "]
    assert "Siti" in out


# ------------------------------------------------------------------------------ add and list


def test_add_staff_then_list_shows_it_without_pins(db, shop):
    code, out, err = shop("list", lines=[OWNER_PIN])
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["Nama", "Peran", "Status", "Terakhir", "masuk", "Izin"]
    assert lines[1].startswith("Siti Rahayu")
    assert "Pemilik" in lines[1] and "aktif" in lines[1] and "(semua)" in lines[1]
    assert lines[2].split() == ["Budi", "Staf", "aktif", "-", "-"]  # never signed in, no grants
    assert len(lines) == 3  # the system record is not listed
    budi = account(db, "Budi")
    assert (budi["role"], budi["active"], budi["has_pin"]) == ("staff", True, True)
    assert [label for _, _, label in audit_rows(db, "staff.add")] == ["Budi"]


def test_add_through_getpass_asks_owner_pin_then_new_pin_twice(db, shop, monkeypatch):
    prompts = []
    answers = iter([OWNER_PIN, ANI_PIN, ANI_PIN])

    def fake_getpass(prompt="Password: ", stream=None):
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    code, out, _ = shop("add", "Ani", pin_stdin=False)
    assert code == 0
    assert prompts == ["PIN pemilik: ", "PIN baru: ", "Ulangi PIN baru: "]
    assert out == "Akun Staf «Ani» ditambahkan.\n"


def test_new_pins_that_do_not_match_change_nothing(db, shop, monkeypatch):
    answers = iter([OWNER_PIN, ANI_PIN, "640918"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="", stream=None: next(answers))
    code, out, err = shop("add", "Ani", pin_stdin=False)
    assert (code, out) == (1, "")
    assert err == "Kedua PIN baru tidak sama; tidak ada yang diubah.\n"
    assert read(db, lambda s: s.scalar(select(Staff).where(Staff.name == "Ani"))) is None


@pytest.mark.parametrize(
    ("pin", "message"),
    [
        ("123", "PIN terlalu pendek: minimal 4 angka"),
        ("12a45", "PIN hanya boleh berisi angka 0–9"),
        ("", "PIN wajib diisi"),
        (BUDI_PIN, "PIN ini sudah dipakai akun lain; pilih PIN lain"),
    ],
)
def test_bad_new_pins_are_refused_with_the_reason(db, shop, pin, message):
    code, out, err = shop("add", "Ani", lines=[OWNER_PIN, pin])
    assert (code, out) == (1, "")
    assert err == f"{message}\n"
    assert read(db, lambda s: s.scalar(select(Staff).where(Staff.name == "Ani"))) is None


def test_a_second_active_account_of_the_same_name_is_refused(shop):
    code, _, err = shop("add", "budi", lines=[OWNER_PIN, ANI_PIN])
    assert code == 1
    assert "Sudah ada akun aktif bernama budi" in err


def test_a_missing_stdin_line_is_a_clear_message(db, shop):
    code, out, err = shop("add", "Ani", lines=[OWNER_PIN])
    assert (code, out) == (1, "")
    assert err.startswith("--pin-stdin: baris ke-2 (PIN baru) tidak ada di masukan standar.")
    # the input was read completely before signing in: no sign-in happened
    assert audit_rows(db, "signin.ok") == [(account(db, "Siti Rahayu")["id"], "ok", "Siti Rahayu")]
    code, _, err = shop("list", lines=[])
    assert code == 1
    assert "baris ke-1 (PIN pemilik)" in err


# ------------------------------------------------------------------------------ signing in


def test_a_wrong_owner_pin_is_refused_and_counted(db, shop):
    code, out, err = shop("list", lines=["999999"])
    assert (code, out) == (1, "")
    assert err == "PIN salah. Sisa 4 kali sebelum harus menunggu.\n"
    siti = account(db, "Siti Rahayu")
    assert siti["failed_pins"] == 1
    assert audit_rows(db, "signin.wrong_pin") == [(siti["id"], "failed", "Siti Rahayu")]
    # the right PIN clears the count
    assert shop("list", lines=[OWNER_PIN])[0] == 0
    assert account(db, "Siti Rahayu")["failed_pins"] == 0


def test_after_five_wrong_pins_the_owner_must_wait(db, shop):
    for _ in range(4):
        assert shop("list", lines=["999999"])[0] == 1
    code, _, err = shop("list", lines=["999999"])
    assert code == 1
    assert err.startswith("PIN salah. Tunggu sampai ")
    # while waiting even the right PIN is not checked
    code, _, err = shop("list", lines=[OWNER_PIN])
    assert code == 1
    assert err.startswith("Terlalu banyak PIN salah; PIN tidak diperiksa. Tunggu sampai ")
    assert account(db, "Siti Rahayu")["failed_pins"] == 5
    assert len(audit_rows(db, "signin.waiting")) == 1


def test_an_empty_owner_pin_is_not_counted(db, shop):
    code, _, err = shop("list", lines=[""])
    assert code == 1
    assert err == "PIN pemilik wajib diisi; tidak ada yang diubah.\n"
    assert account(db, "Siti Rahayu")["failed_pins"] == 0


def test_a_staff_members_pin_cannot_add_staff(db, shop):
    code, out, err = shop("add", "Ani", "--owner", "budi", lines=[BUDI_PIN, ANI_PIN])
    assert (code, out) == (1, "")
    assert err == (
        "Budi tidak berhak melakukan ini (Mengelola akun staf). Minta pemilik masuk atau memberi izin.\n"
    )
    budi = account(db, "Budi")["id"]
    siti = account(db, "Siti Rahayu")["id"]
    assert audit_rows(db, "staff.add") == [(siti, "ok", "Budi"), (budi, "refused", "Ani")]
    assert read(db, lambda s: s.scalar(select(Staff).where(Staff.name == "Ani"))) is None
    # nor list the accounts
    code, out, err = shop("list", "--owner", "Budi", lines=[BUDI_PIN])
    assert (code, out) == (1, "")
    assert "Budi tidak berhak" in err


def test_with_two_owners_owner_picks_the_account(db, shop):
    assert shop("add", "Dewi", "--role", "owner", lines=[OWNER_PIN, ANI_PIN])[0] == 0
    code, _, err = shop("list", lines=[OWNER_PIN])
    assert code == 1
    assert err == "Ada 2 pemilik aktif (Dewi, Siti Rahayu); pilih yang masuk dengan --owner NAMA.\n"
    assert shop("list", "--owner", "dewi", lines=[ANI_PIN])[0] == 0
    code, _, err = shop("list", "--owner", "Rina", lines=[ANI_PIN])
    assert code == 1
    assert err == "Tidak ada akun aktif bernama «Rina». Yang ada: Dewi, Siti Rahayu, Budi.\n"


# ------------------------------------------------------------------------------ deactivate, reset-pin


def test_deactivate_then_reset_pin_reactivates(db, shop):
    code, out, _ = shop("deactivate", "BUDI", lines=[OWNER_PIN])
    assert code == 0
    assert out.startswith("Akun «Budi» dinonaktifkan.")
    assert account(db, "Budi")["active"] is False
    _, out, _ = shop("list", lines=[OWNER_PIN])
    assert out.splitlines()[-1].split()[:3] == ["Budi", "Staf", "nonaktif"]
    # an inactive account cannot sign in
    code, _, err = shop("list", "--owner", "Budi", lines=[BUDI_PIN])
    assert code == 1
    assert "Tidak ada akun aktif bernama «Budi»" in err

    code, out, _ = shop("reset-pin", "budi", lines=[OWNER_PIN, ANI_PIN])
    assert code == 0
    assert out == "PIN «Budi» direset. Akun diaktifkan kembali.\n"
    assert account(db, "Budi")["active"] is True
    assert shop("list", "--owner", "Budi", lines=[BUDI_PIN])[2].startswith("PIN salah.")
    assert [d for *_, d in read(db, _pin_details)] == ["PIN direset, akun diaktifkan kembali"]


def _pin_details(s):
    return [
        (e.staff_id, e.detail) for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "staff.pin"))
    ]


def test_reset_pin_through_getpass(db, shop, monkeypatch):
    answers = iter([OWNER_PIN, ANI_PIN, ANI_PIN])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="", stream=None: next(answers))
    code, out, _ = shop("reset-pin", "Budi", pin_stdin=False)
    assert code == 0
    assert out == "PIN «Budi» direset.\n"


def test_the_last_owner_cannot_be_deactivated(db, shop):
    code, out, err = shop("deactivate", "Siti Rahayu", lines=[OWNER_PIN])
    assert (code, out) == (1, "")
    assert err == "Pemilik terakhir tidak bisa dinonaktifkan; tambahkan pemilik lain dulu\n"
    assert account(db, "Siti Rahayu")["active"] is True


def test_an_unknown_name_lists_the_accounts(db, shop):
    for verb, lines in (("deactivate", [OWNER_PIN]), ("reset-pin", [OWNER_PIN, ANI_PIN])):
        code, out, err = shop(verb, "Bud", lines=lines)
        assert (code, out) == (1, "")
        assert err == "Tidak ada akun bernama «Bud». Yang ada: Siti Rahayu, Budi.\n"
    assert account(db, "Budi")["active"] is True


def test_wrong_usage_is_exit_status_2(staff_cmd):
    assert staff_cmd("add", "Budi", "--role", "boss", lines=[])[0] == 2
    assert staff_cmd(lines=[])[0] == 2
