"""Database work off the UI thread.

``Runner`` executes jobs one at a time, in order, on a single worker thread; each job gets
its own Session inside one transaction (committed if the job returns, rolled back if it
raises).  The result or the error is delivered back on the UI thread through a queued
signal.  A callback whose owner widget has been deleted in the meantime is dropped, so a
worker never touches a widget that is gone.

``SyncRunner`` has the same interface and runs jobs at once on the calling thread; tests
use it (Picard's fake thread pool, Anki's ``QueryOp`` in tests).

Signals (both runners):
    busy_changed(bool): a job started / the queue became empty.
    changed(object):    a write returned ``tokodesk.services.context.Changes``.
"""

from __future__ import annotations

import datetime as dt
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from tokodesk.domain.errors import DomainError
from tokodesk.services.context import Changes
from tokodesk.ui.signals import emit

log = logging.getLogger(__name__)

Job = Callable[[Any], Any]  # (Session) -> result


@dataclass
class _Task:
    fn: Job
    on_done: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None
    owner: QObject | None
    needs_db: bool = True
    read: bool = False  # a read-only job: runs on a snapshot that takes no write lock


def _alive(owner: QObject | None) -> bool:
    return owner is None or shiboken6.isValid(owner)


class _BaseRunner(QObject):
    busy_changed = Signal(bool)
    changed = Signal(object)
    # An error no callback handled: a bug or an environment problem (disk full, DB locked).
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = None  # tokodesk.services.database.Database once opened
        # the signed-in person every write is attributed to (None until someone signs in)
        self.actor = None
        self.clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)

    def now(self) -> dt.datetime:
        """The time for a write, read on the UI thread when the job is made (tests pin it)."""
        return self.clock()

    def _finish(self, task: _Task, ok: bool, value: Any) -> None:
        if ok:  # a committed change is announced even when the widget that asked is gone
            if isinstance(value, Changes):
                emit(self.changed, value)
            elif isinstance(value, tuple) and value and isinstance(value[-1], Changes):
                emit(self.changed, value[-1])
        if not _alive(task.owner):
            return
        if ok:
            if task.on_done is not None:
                task.on_done(value)
        elif task.on_error is not None:
            task.on_error(value)
        else:
            emit(self.failed, value)

    def _execute(self, task: _Task) -> tuple[bool, Any]:
        try:
            if self.db is None:
                raise RuntimeError("database not open")
            return True, (self.db.read if task.read else self.db.write)(task.fn)
        except DomainError as e:
            return False, e
        except Exception as e:  # delivered to the UI thread, which shows it and logs it
            log.exception("background job failed")
            return False, e


class Runner(_BaseRunner):
    """One worker thread, jobs in submission order."""

    _delivered = Signal(object, bool, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.Queue[_Task | None] = queue.Queue()
        self._pending = 0
        self._delivered.connect(self._on_delivered)  # queued: emitted from the worker thread
        self._thread = threading.Thread(target=self._loop, name="tokodesk-db", daemon=True)
        self._thread.start()

    def open(self, opener: Callable[[], Any], on_done=None, on_error=None, owner=None) -> None:
        """Open the database on the worker thread (migrations can take a while)."""

        def job(_session):
            self.db = opener()
            return self.db

        self._submit(_Task(job, on_done, on_error, owner, needs_db=False))

    def run(self, fn: Job, on_done=None, on_error=None, owner: QObject | None = None) -> None:
        """Queue a job that may write; it runs in one transaction, committed if it returns."""
        self._submit(_Task(fn, on_done, on_error, owner))

    def read(self, fn: Job, on_done=None, on_error=None, owner: QObject | None = None) -> None:
        """Queue a job that only reads (lists, searches, lookups)."""
        self._submit(_Task(fn, on_done, on_error, owner, read=True))

    def background(self, fn: Callable[[], Any], on_done=None, on_error=None, owner=None) -> None:
        """Queue slow work that needs no database (rendering, printing, writing a file)."""
        self._submit(_Task(lambda _s: fn(), on_done, on_error, owner, needs_db=False))

    def _submit(self, task: _Task) -> None:
        self._pending += 1
        if self._pending == 1:
            emit(self.busy_changed, True)
        self._queue.put(task)

    def _loop(self) -> None:
        while True:
            task = self._queue.get()
            if task is None:
                return
            if task.needs_db:
                ok, value = self._execute(task)
            else:
                try:
                    ok, value = True, task.fn(None)
                except DomainError as e:
                    ok, value = False, e
                except Exception as e:
                    log.exception("background job failed")
                    ok, value = False, e
            emit(self._delivered, task, ok, value)

    def _on_delivered(self, task: _Task, ok: bool, value: Any) -> None:
        self._pending -= 1
        try:
            self._finish(task, ok, value)
        finally:
            if self._pending == 0:
                emit(self.busy_changed, False)

    def shutdown(self, timeout: float = 10.0) -> None:
        """Let queued jobs finish (a write in flight is never cut off), then stop."""
        self._queue.put(None)
        self._thread.join(timeout)
        if self.db is not None:
            self.db.close()


class SyncRunner(_BaseRunner):
    """Runs each job immediately on the calling thread (tests, scripts)."""

    def __init__(self, db=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db

    def open(self, opener, on_done=None, on_error=None, owner=None) -> None:
        try:
            self.db = opener()
        except Exception as e:
            self._finish(_Task(lambda s: None, on_done, on_error, owner), False, e)
            return
        self._finish(_Task(lambda s: None, on_done, on_error, owner), True, self.db)

    def run(self, fn: Job, on_done=None, on_error=None, owner: QObject | None = None) -> None:
        self._run_now(_Task(fn, on_done, on_error, owner))

    def read(self, fn: Job, on_done=None, on_error=None, owner: QObject | None = None) -> None:
        self._run_now(_Task(fn, on_done, on_error, owner, read=True))

    def background(self, fn: Callable[[], Any], on_done=None, on_error=None, owner=None) -> None:
        self._run_now(_Task(lambda _s: fn(), on_done, on_error, owner, needs_db=False))

    def _run_now(self, task: _Task) -> None:
        emit(self.busy_changed, True)
        try:
            if task.needs_db:
                ok, value = self._execute(task)
            else:
                try:
                    ok, value = True, task.fn(None)
                except Exception as e:
                    ok, value = False, e
            self._finish(task, ok, value)
        finally:
            emit(self.busy_changed, False)

    def shutdown(self, timeout: float = 0) -> None:
        if self.db is not None:
            self.db.close()
