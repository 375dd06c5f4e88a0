"""One task runner: background work on a thread pool, results back on the GUI thread.

    Task(sync_account, account_id).on_success(self.done).on_failure(self.failed).start()

The function runs on a worker thread and must not touch widgets or timers. Its return value
(or its exception) comes back through a queued signal, so the callbacks run on the GUI
thread. ``Exception`` is caught and reported; ``BaseException`` (SystemExit,
KeyboardInterrupt) is not swallowed. A :class:`Progress` handed to the function reports
progress the same way.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from seller_desk.ui.qt import QObject, QRunnable, QThreadPool, Signal

logger = logging.getLogger(__name__)


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)
    finished = Signal()


class Progress:
    """Handed to a task that accepts a ``progress`` keyword: call it from the worker."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self.cancelled = threading.Event()

    def __call__(self, done: int, total: int, text: str = "") -> None:
        self._signals.progressed.emit(done, total, text)


class Task(QRunnable):
    """A function to run in the background, with callbacks on the GUI thread."""

    #: every task that is queued or running, so Python keeps them (and their signals) alive
    _alive: set[Task] = set()

    def __init__(self, fn: Callable[..., Any], *args: Any, with_progress: bool = False,
                 **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = _Signals()
        self.progress = Progress(self.signals) if with_progress else None
        self.signals.finished.connect(self._forget)

    def on_success(self, callback: Callable[[Any], None]) -> Task:
        self.signals.succeeded.connect(callback)
        return self

    def on_failure(self, callback: Callable[[BaseException], None]) -> Task:
        self.signals.failed.connect(callback)
        return self

    def on_progress(self, callback: Callable[[int, int, str], None]) -> Task:
        self.signals.progressed.connect(callback)
        return self

    def on_finished(self, callback: Callable[[], None]) -> Task:
        self.signals.finished.connect(callback)
        return self

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancelled.set()

    def start(self, pool: QThreadPool | None = None) -> Task:
        Task._alive.add(self)
        (pool or QThreadPool.globalInstance()).start(self)
        return self

    def run(self) -> None:  # called on the worker thread
        try:
            kwargs = dict(self.kwargs)
            if self.progress is not None:
                kwargs["progress"] = self.progress
            result = self.fn(*self.args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - reported to the GUI thread, not swallowed
            if not _is_user_error(exc):
                logger.exception("Background task %s failed", getattr(self.fn, "__name__", self.fn))
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self._close_db()
            self.signals.finished.emit()

    @staticmethod
    def _close_db() -> None:
        # peewee keeps one connection per thread; pool threads outlive tasks, so close it
        from seller_desk.core.models import database

        if database.obj is not None and not database.obj.is_closed():
            database.obj.close()

    def _forget(self) -> None:
        Task._alive.discard(self)


def _is_user_error(exc: BaseException) -> bool:
    from seller_desk.core.errors import UserError

    return isinstance(exc, UserError)
