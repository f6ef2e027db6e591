"""PySide6 6.12.0's ``SignalInstance.emit`` loses a reference to ``True`` on every call;
enough of them and the interpreter aborts (bool_dealloc), at exit or mid-run.  The app
emits through ``tokodesk.ui.signals.emit``, which gives the reference back."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from tokodesk.ui.runner import SyncRunner

UI = Path(__file__).resolve().parents[2] / "tokodesk" / "ui"


def test_a_thousand_jobs_leave_true_alone(qapp):
    runner = SyncRunner()
    before = sys.getrefcount(True)
    for _ in range(1000):
        runner.background(lambda: None)  # busy_changed(True), busy_changed(False)
    assert sys.getrefcount(True) >= before - 10  # 2000 lower without the helper


def test_the_app_emits_only_through_the_helper():
    direct = [
        f"{path.name}:{n}"
        for path in UI.glob("*.py")
        if path.name != "signals.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.emit\(", line)
    ]
    assert direct == []
