"""Saving a routine report (``tokodesk.services.reports``) as PDF or XLSX, and leaving a trace.

The caller builds the report in a read (``Database.read``), writes the file with
``export_report`` (outside any transaction: the file is either the old one or the complete
new one, ``files.write_atomically``), then records ``record_export`` in a write.  The
renderers are imported when a file is made, never at start-up.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from tokodesk.domain.errors import QT_TRANSLATE_NOOP, invalid
from tokodesk.services import audit
from tokodesk.services.files import write_atomically
from tokodesk.services.reports import DailyClosing, PeriodReport
from tokodesk.services.staff import Actor

FORMATS = {".pdf": "pdf", ".xlsx": "xlsx"}
TITLES = {"daily": "Tutup kas harian", "weekly": "Laporan mingguan", "monthly": "Laporan bulanan"}


def report_format(path: str | Path) -> str:
    """``pdf`` or ``xlsx`` from the file name's suffix (any case); otherwise ``InvalidInput``."""
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise invalid(
            "out",
            QT_TRANSLATE_NOOP(
                "errors", "Berkas laporan «{name}» harus berakhiran .pdf atau .xlsx, contoh laporan.pdf"
            ),
            name=Path(path).name,
        )
    return fmt


def render_report(report: DailyClosing | PeriodReport, fmt: str, language: str = "id") -> bytes:
    """``report`` as ``pdf`` or ``xlsx`` bytes, its words in ``language`` (``id`` or ``en``: the
    reader's, who is the person at the screen or the one running the command)."""
    if fmt == "pdf":
        from tokodesk.documents.report import render_report_pdf

        return render_report_pdf(report, shop_name=report.shop_name, language=language)
    from tokodesk.documents.report_xlsx import render_report_xlsx

    return render_report_xlsx(report, language=language)


def export_report(report: DailyClosing | PeriodReport, path: Path, language: str = "id") -> Path:
    """Write ``report`` to ``path`` as PDF or XLSX (by its suffix) in ``language``; the path
    written."""
    fmt = report_format(path)
    return write_atomically(path, render_report(report, fmt, language))


def describe(report: DailyClosing | PeriodReport) -> str:
    """«Tutup kas harian 23 Nov 2026»."""
    return f"{TITLES.get(str(report.period.kind), 'Laporan')} {report.period.label}"


def record_export(
    session: Session,
    report: DailyClosing | PeriodReport,
    path: Path,
    *,
    actor: Actor,
    now: dt.datetime,
) -> None:
    """The audit event of a saved report: which report, which period, which file."""
    kind = str(report.period.kind)
    detail = (
        f"{describe(report)} ({kind}, {report.period.start.isoformat()}–{report.period.end.isoformat()}) "
        f"disimpan ke {Path(path).name}"
    )
    if isinstance(report, PeriodReport) and not report.include_money:
        detail += " (tanpa angka uang)"
    audit.record(session, actor, "data.report", now=now, detail=detail)


__all__ = ["FORMATS", "describe", "export_report", "record_export", "render_report", "report_format"]
