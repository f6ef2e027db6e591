"""Delivering the queued e-mail in the background while the app runs.

``MailSender`` runs ``services.mail.deliver_due`` through ``runner.background`` every minute
and whenever it is kicked (a mail was queued, a failed one was put back), never on the UI
thread.  One run at a time: a kick during a run asks for one more run after it.

``runner.background`` runs on that runner's worker thread, and a server that does not answer
holds a run for up to ``mail.TIMEOUT`` seconds per step; give the sender a runner of its own
(as the app does for printing) so the counter's saves never queue behind it.

Signals:
    report(object): a ``DeliveryReport`` after each run (also an empty one: nothing was due).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from tokodesk.services import mail
from tokodesk.ui.i18n import error_text
from tokodesk.ui.signals import emit

log = logging.getLogger(__name__)

INTERVAL_MS = 60_000


class MailSender(QObject):
    report = Signal(object)

    def __init__(
        self,
        runner,
        db: Callable[[], Any],
        parent: QObject | None = None,
        *,
        interval_ms: int = INTERVAL_MS,
        connect: mail.Connect | None = None,
    ) -> None:
        """``db`` returns the open ``Database`` (None until it is open); ``connect`` is for
        tests (a server with a test certificate)."""
        super().__init__(parent)
        self.runner = runner
        self._db = db
        self._connect = connect
        self._running = False
        self._again = False
        self._stop = threading.Event()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.kick)
        self._timer.start()

    @property
    def running(self) -> bool:
        """A run is under way."""
        return self._running

    def kick(self) -> None:
        """Deliver what is due now (or right after the run under way)."""
        if self._stop.is_set():
            return
        if self._running:
            self._again = True
            return
        db = self._db()
        if db is None:
            return
        self._running = True
        now, connect, stop = self.runner.now(), self._connect, self._stop
        self.runner.background(
            lambda: mail.deliver_due(db, now, connect=connect, stop=stop),
            on_done=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _done(self, report: mail.DeliveryReport) -> None:
        self._running = False
        emit(self.report, report)
        if self._again:
            self._again = False
            self.kick()

    def _failed(self, err: Exception) -> None:
        # not the network (deliver_due keeps that to itself): the database, or a bug
        self._running = False
        self._again = False
        log.error("mail delivery run failed: %s", err)
        emit(self.report, mail.DeliveryReport(errors=[error_text(err)]))

    def shutdown(self) -> None:
        """Stop the timer and end a run under way between two mails (the app is closing);
        the runner's own shutdown then waits for that run to finish its current mail."""
        self._stop.set()
        self._timer.stop()
