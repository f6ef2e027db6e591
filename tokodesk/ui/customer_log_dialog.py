"""One customer's whole communication log in its own window, with a new entry (Ctrl+L) and
corrections.  Opened from the customers page ("Catatan komunikasi", Alt+K)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tokodesk.domain.phone import format_phone
from tokodesk.services import whatsapp as whatsapp_service
from tokodesk.ui import i18n
from tokodesk.ui.log_view import LogView
from tokodesk.ui.quick_log import LogTarget
from tokodesk.ui.widgets import ErrorLabel


class CustomerLogDialog(QDialog):
    def __init__(self, runner, target: LogTarget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.target = target
        self.setWindowTitle(self.tr("Catatan komunikasi — {name}").format(name=target.customer_name))
        self.resize(860, 700)

        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 17px; font-weight: 700;")
        self.title.setText(
            target.customer_name
            + (f" · {format_phone(target.customer_phone)}" if target.customer_phone else "")
        )
        self.hint = QLabel(
            self.tr(
                "Catatan tidak pernah diubah atau dihapus; salah catat diperbaiki dengan koreksi, "
                "dan keduanya tetap terlihat."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #616161;")
        self.log_view = LogView(runner, self)
        self.log_view.set_target(target)
        QShortcut(QKeySequence("Ctrl+L"), self, self.log_view.new_entry)

        self.import_button = QPushButton(self.tr("Impor chat &WhatsApp…"))
        self.import_button.setObjectName("import_button")
        self.import_button.clicked.connect(self.import_whatsapp)
        self.evidence_button = QPushButton(self.tr("Ekspor &bukti (PDF + ZIP)…"))
        self.evidence_button.setObjectName("evidence_button")
        self.evidence_button.clicked.connect(self.export_evidence)
        self.result = QLabel()
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors = ErrorLabel()
        self.errors.setObjectName("errors")
        tools = QHBoxLayout()
        tools.addWidget(self.import_button)
        tools.addWidget(self.evidence_button)
        tools.addStretch(1)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setText(self.tr("&Tutup"))
        close_button.setAutoDefault(False)
        close.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.hint)
        lay.addWidget(self.log_view, 1)
        lay.addLayout(tools)
        lay.addWidget(self.result)
        lay.addWidget(self.errors)
        lay.addWidget(close)
        self.log_view.list.setFocus()

    # ---------------------------------------------------------------- WhatsApp import
    def import_whatsapp(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Impor chat WhatsApp"), "", self.tr("Ekspor chat WhatsApp (*.txt *.zip)")
        )
        if path:
            self.import_from(path)

    def import_from(self, path: str, senders: tuple[str, ...] = ()) -> None:
        """Import an "Export chat" file into this customer's log (one transaction)."""
        cid, actor, now = self.target.customer_id, self.runner.actor, self.runner.now()
        self._busy(True, self.tr("Mengimpor chat…"))
        self.runner.run(
            lambda s: whatsapp_service.import_chat(
                s, cid, path, actor=actor, now=now, customer_senders=senders
            ),
            on_done=self._imported,
            on_error=lambda e: self._import_failed(e, path),
            owner=self,
        )

    def _imported(self, summary) -> None:
        self._busy(False)
        lines = [
            self.tr("{added} pesan diimpor, {skipped} sudah ada sebelumnya.").format(
                added=summary.added, skipped=summary.skipped_existing
            )
        ]
        lines += [
            self.tr("baris {line}: {message}").format(line=p.line, message=p.message)
            for p in summary.problems[:8]
        ]
        if len(summary.problems) > 8:
            lines.append(self.tr("… dan {n} baris lain").format(n=len(summary.problems) - 8))
        self.result.setText("\n".join(lines))
        self.log_view.reload()

    def _import_failed(self, err: Exception, path: str) -> None:
        self._busy(False)
        if isinstance(err, whatsapp_service.SenderUnknown) and err.senders:
            who, ok = QInputDialog.getItem(
                self,
                self.tr("Siapa pelanggannya?"),
                self.tr("Pengirim mana di chat ini yang {name}?").format(name=self.target.customer_name),
                err.senders,
                0,
                False,
            )
            if ok and who:
                self.import_from(path, (who,))
            return
        self.errors.show_message(i18n.error_text(err))

    # ---------------------------------------------------------------- evidence
    def export_evidence(self) -> None:
        safe = re.sub(r"[^A-Za-z0-9]+", "-", self.target.customer_name).strip("-") or "pelanggan"
        suggested = f"bukti-{safe}-{dt.date.today():%Y%m%d}.zip"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor bukti"), suggested, self.tr("ZIP (*.zip)")
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """The customer's whole record as a PDF with the original files, zipped (read only)."""
        cid, actor, now = self.target.customer_id, self.runner.actor, self.runner.now()

        def job(s):
            # heavy: imported when first used (start-up time)
            from tokodesk.services import evidence as evidence_service

            return evidence_service.write_bundle(
                s, evidence_service.gather(s, cid, actor=actor, now=now), path
            )

        self._busy(True, self.tr("Menyusun berkas bukti…"))
        self.runner.read(job, on_done=self._exported, on_error=self._failed, owner=self)

    def _exported(self, written) -> None:
        self._busy(False)
        seal = (
            self.tr("segel utuh") if written.intact else self.tr("PERHATIAN: ada segel yang rusak, lihat PDF")
        )
        self.result.setText(
            self.tr(
                "Bukti disimpan: {path} ({size}) · {entries} catatan, {att} lampiran, "
                "{orders} pesanan · {seal}"
            ).format(
                path=written.path,
                size=written.size_text,
                entries=written.entries,
                att=written.attachments,
                orders=written.orders,
                seal=seal,
            )
        )

    def _failed(self, err: Exception) -> None:
        self._busy(False)
        self.errors.show_message(i18n.error_text(err))

    def _busy(self, busy: bool, text: str = "") -> None:
        self.import_button.setEnabled(not busy)
        self.evidence_button.setEnabled(not busy)
        if busy:
            self.errors.show_message("")
            self.result.setText(text)
