"""Writing a file the user asked for, so that a failure leaves nothing half-written."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError


class FileProblem(DomainError):
    """The file cannot be written (folder missing, no permission, disk full)."""


@contextlib.contextmanager
def atomic_file(path: str | Path) -> Iterator[BinaryIO]:
    """Write into a temporary file in the target's folder, synced and renamed over the target
    when the block ends; on any failure the target is untouched and the temp file removed.
    Works for content streamed in pieces (a ZIP) as well as for bytes in hand."""
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileProblem(QT_TRANSLATE_NOOP("errors", "Folder «{folder}» tidak ada"), folder=str(folder))
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "w+b") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
        tmp = None
    except OSError as e:
        raise FileProblem(
            QT_TRANSLATE_NOOP("errors", "Berkas «{path}» tidak bisa ditulis: {reason}"),
            path=str(target),
            reason=e.strerror or str(e),
        ) from e
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def write_atomically(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path``: the target is either the old file or the complete new one."""
    with atomic_file(path) as f:
        f.write(data)
    return Path(path).expanduser()
