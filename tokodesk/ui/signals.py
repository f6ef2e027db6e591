"""Emit a Qt signal from Python: ``emit(self.saved, row)`` instead of ``self.saved.emit(row)``.

PySide6 6.12.0's ``SignalInstance.emit`` hands back its result (``True``) one reference
short: every call from Python takes a reference to ``True`` that nobody gave it.  The
count of ``True`` only goes down, and when it reaches zero the interpreter aborts with
"Fatal Python error: bool_dealloc: deallocating True or False" — at exit after a long test
run, or in the middle of a long day in the shop (a few jobs of the runner per click).
Signals Qt emits itself (clicked, timeout, ...) are not affected, nor is
``QObject.emit(SIGNAL(...))``; only ``SignalInstance.emit`` called from Python.

``emit`` calls it and gives the reference back.  Whether the installed PySide6 has the
fault is measured once at import, so a fixed PySide6 makes ``emit`` a plain call.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None

_PROBES = 16


class _Probe(QObject):
    ping = Signal()


def _references_lost_per_emit() -> int:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(lost, 0)):  # give back what the probe itself took
        _incref(True)
    return round(lost / _PROBES)


EMIT_LOSES_A_REFERENCE = _references_lost_per_emit() == 1


def emit(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``, without the reference PySide6 6.12.0 loses (see above)."""
    result = signal.emit(*args)
    if EMIT_LOSES_A_REFERENCE and isinstance(result, bool):
        _incref(result)
