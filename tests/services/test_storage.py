"""Risky places for the database: network shares, a full disk, a folder that cannot be
written — a clear message, and nothing already committed is lost."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from tests import factories as f
from tests.factories import open_as_owner
from tokodesk.db.models import Customer
from tokodesk.services import storage
from tokodesk.services.database import db_problem, open_database

WIB = dt.timezone(dt.timedelta(hours=7))
NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=WIB)

MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
/dev/sda3 /home ext4 rw,relatime 0 0
//nas/toko /mnt/toko cifs rw,vers=3.0 0 0
nas:/export/data /srv/data nfs4 rw 0 0
budi@server:/data /home/budi/remote fuse.sshfs rw 0 0
/dev/sdb1 /media/budi/USB\\040DISK vfat rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/home/budi/TokoDesk/tokodesk.sqlite3", None),
        ("/mnt/toko/tokodesk.sqlite3", "cifs"),
        ("/mnt/tokoku/tokodesk.sqlite3", None),  # a sibling of the share's mount point
        ("/srv/data/toko/db.sqlite3", "nfs4"),
        ("/home/budi/remote/db.sqlite3", "fuse.sshfs"),
        ("/media/budi/USB DISK/db.sqlite3", None),  # a USB stick is local (if slow)
    ],
)
def test_network_shares_are_recognised_from_the_mount_table(path, kind):
    assert storage.mount_type(Path(path), MOUNTS) in {kind, "ext4", "vfat"}
    assert storage.network_share(path, mounts_text=MOUNTS, platform="linux") == kind


def test_windows_unc_paths_are_network_shares():
    assert (
        storage.network_share(r"\\KASIR1\TokoDesk\tokodesk.sqlite3", platform="win32", mounts_text="")
        == "UNC"
    )
    local = storage.network_share(r"C:\Users\Toko\db.sqlite3", platform="win32", mounts_text="")
    assert local is None


def test_the_warning_names_the_share_and_points_to_postgresql(monkeypatch):
    monkeypatch.setattr(storage, "network_share", lambda path, **_: "cifs")
    words = storage.place_warning("sqlite:////mnt/toko/tokodesk.sqlite3")
    assert "folder jaringan (cifs)" in words and "PostgreSQL" in words
    assert storage.place_warning("postgresql+psycopg://toko@db/toko") is None
    assert storage.sqlite_path("sqlite+pysqlite:////mnt/toko/db.sqlite3") == Path("/mnt/toko/db.sqlite3")


def test_a_local_database_gets_no_warning(tmp_path):
    assert storage.place_warning(f"sqlite:///{tmp_path / 'x.sqlite3'}") is None


def test_a_folder_that_cannot_hold_the_database_says_so(tmp_path):
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("ini berkas, bukan folder")
    with pytest.raises(Exception) as e:
        open_database(str(blocker / "tokodesk.sqlite3"))
    assert (
        db_problem(e.value) == "berkas database tidak bisa dibuka atau ditulis (periksa folder dan izinnya)"
    )


def test_a_full_disk_is_a_clear_message_and_keeps_what_was_committed(tmp_path):
    path = tmp_path / "penuh.sqlite3"
    db = open_as_owner(str(path), now=NOW)
    try:
        kept = db.write(lambda s: f.customer(s, db.actor, NOW, name="Sudah Tersimpan")).id

        def fill(s):
            # the file may not grow any further: the same error a full disk gives
            pages = s.execute(text("PRAGMA page_count")).scalar()
            s.execute(text(f"PRAGMA max_page_count = {pages}"))
            for i in range(2000):
                f.customer(s, db.actor, NOW, name=f"Pelanggan {i}", address="Jl. " + "y" * 500)

        with pytest.raises(Exception) as e:
            db.write(fill)
        assert "disk bermasalah atau penuh" in db_problem(e.value)
    finally:
        db.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    again = open_as_owner(str(path), now=NOW)
    try:
        names = again.read(lambda s: list(s.scalars(select(Customer.name))))
        assert names == ["Sudah Tersimpan"] and kept
    finally:
        again.close()
