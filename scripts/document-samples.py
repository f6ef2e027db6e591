"""Render the English sample documents (the order of tests/documents/test_english_documents.py)
to PDF and PNG, for docs/documents/en:

    .venv/bin/python scripts/document-samples.py docs/documents/en
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.documents.test_english_documents import TAKEN, _build
from tests.factories import open_as_owner
from tokodesk.documents.escpos import render_escpos
from tokodesk.documents.model import PaperSize
from tokodesk.documents.render import render_pdf

SAMPLES = [("nota", "a5"), ("slip", "58mm"), ("final", "80mm"), ("confirmation", "a4")]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_as_owner(str(Path(tmp) / "sample.sqlite3"), now=TAKEN)
        try:
            docs = db.write(_build)
        finally:
            db.close()
    for kind, size in SAMPLES:
        pdf = out / f"{kind}-{size}.pdf"
        pdf.write_bytes(render_pdf(docs[kind], PaperSize(size)))
        subprocess.run(
            ["pdftoppm", "-r", "90", "-png", "-f", "1", "-l", "1", str(pdf), str(pdf.with_suffix(""))],
            check=True,
        )
        print(pdf)
    (out / "slip-58mm.escpos").write_bytes(render_escpos(docs["slip"], PaperSize.MM58))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/documents/en"))
