"""Where the database file lives, and whether that place is safe for it.

SQLite relies on the file system's locks and on ``fsync``; network file systems (SMB/CIFS
shares, NFS, sshfs, a mapped network drive) do not keep those promises reliably, so a
database there can be corrupted when two PCs write, or lose a commit when the network
drops.  A shop with several counters needs PostgreSQL instead; the app says so.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError

# file system types (as /proc/mounts names them) that live on another machine
NETWORK_FS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "fuse.sshfs",
        "sshfs",
        "davfs",
        "fuse.davfs2",
        "afs",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "ncpfs",
        "fuse.rclone",
    }
)

_DRIVE_REMOTE = 4  # GetDriveTypeW


def _unescape(field: str) -> str:
    """/proc/mounts writes a space in a mount point as \\040."""
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def mount_type(path: Path, mounts_text: str) -> str | None:
    """The file system type of the mount ``path`` lives on, read from a /proc/mounts text:
    the longest mount point that contains it."""
    target = str(path)
    best, kind = "", None
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = _unescape(parts[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and len(point) >= len(best):
            best, kind = point, parts[2]
    return kind


def network_share(
    path: Path | str, *, mounts_text: str | None = None, platform: str | None = None
) -> str | None:
    """What kind of network place ``path`` (a file or folder) is on, or None when it is on a
    local disk (or the system cannot tell)."""
    platform = platform or sys.platform
    text = str(path)
    if platform.startswith("win"):
        if text.startswith(("\\\\", "//")):
            return "UNC"
        drive = os.path.splitdrive(text)[0]
        if drive and mounts_text is None:
            import ctypes

            if ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == _DRIVE_REMOTE:  # type: ignore[attr-defined]
                return "network drive"
        return None
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None  # not Linux (macOS has no /proc): no warning rather than a wrong one
    folder = Path(os.path.realpath(text))
    kind = mount_type(folder, mounts_text)
    return kind if kind in NETWORK_FS else None


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL (``sqlite:///`` or ``sqlite+pysqlite:///``), or None."""
    scheme, sep, rest = url.partition(":///")
    if not sep or scheme.split("+")[0] != "sqlite":
        return None
    rest = rest.split("?")[0]
    return Path(rest) if rest and rest != ":memory:" else None


def place_warning(url: str) -> str | None:
    """An Indonesian warning when the SQLite database lives on a network share."""
    path = sqlite_path(url)
    if path is None:
        return None
    kind = network_share(path.parent)
    if kind is None:
        return None
    return DomainError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Database ada di folder jaringan ({kind}). SQLite di folder jaringan bisa rusak bila "
            "koneksi putus atau dua komputer menulis bersamaan. Untuk beberapa kasir pakai "
            "PostgreSQL (panduan «Several counters» di README); untuk satu kasir simpan "
            "database di disk PC ini.",
        ),
        kind=kind,
    ).message
