"""The benchmark still runs (a reduced-size database, few repeats); its times are not checked:
a timing on a busy CI machine proves nothing (see bench/README.md)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from bench import run
from bench.generate import WIB, generate

ROOT = Path(__file__).resolve().parents[1]


def test_generate_and_quick_run(tmp_path, capsys):
    db = tmp_path / "bench.sqlite3"
    report = generate(db, scale=0.005, seed=1, now=dt.datetime(2026, 11, 23, 9, tzinfo=WIB))
    assert report["counts"]["orders"] == 1000
    assert report["counts"]["log_entries"] == 5000

    verify = subprocess.run(
        [sys.executable, "-m", "tokodesk", "verify", "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr

    assert run.main([str(db), "--quick"]) == 0
    out = capsys.readouterr().out
    assert "| scan QR → order open" in out
    assert "| the day's agenda" in out
    assert "| tokodesk daily" in out
    assert "| nota: build_document + render" in out
