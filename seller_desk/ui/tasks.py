"""One task runner: background work on a thread pool, results back on the GUI thread.

    Task(sync_account, account_id).on_success(self.done).on_failure(self.failed).start()

The function runs on a worker thread and must not touch widgets or timers. Its return value
(or its exception) comes back through a queued signal, so the callbacks run on the GUI
thread. ``Exception`` is caught and reported; ``BaseException`` (SystemExit,
KeyboardInterrupt) is not swallowed. A :class:`Progress` handed to the function reports
progress the same way.

Long network work (sync, sending, attachment downloads) goes to :func:`network_pool` so it
never holds up the short database reads of the interface on the global pool.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, ClassVar

from seller_desk.ui.qt import QObject, QRunnable, QThreadPool, Signal

logger = logging.getLogger(__name__)

_network_pool: QThreadPool | None = None


def network_pool() -> QThreadPool:
    """The pool for slow network work (three threads: a sync, a send and a download)."""
    global _network_pool
    if _network_pool is None:
        _network_pool = QThreadPool()
        _network_pool.setMaxThreadCount(3)
    return _network_pool


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)
    finished = Signal()


class Progress:
    """Handed to a task that accepts a ``progress`` keyword: call it from the worker.

    ``cancelled`` is a :class:`threading.Event` set by :meth:`Task.cancel`; long work can
    pass it on as its ``cancel`` argument.
    """

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self.cancelled = threading.Event()

    def __call__(self, done: int, total: int, text: str = "") -> None:
        self._signals.progressed.emit(int(done), int(total), str(text))


class Task(QRunnable):
    """A function to run in the background, with callbacks on the GUI thread."""

    #: every task that is queued or running, so Python keeps them (and their signals) alive
    _alive: ClassVar[set[Task]] = set()

    def __init__(self, fn: Callable[..., Any], *args: Any, with_progress: bool = False,
                 **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = _Signals()
        self.progress = Progress(self.signals) if with_progress else None
        self.signals.finished.connect(self._forget)
        self.done = False

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
        """Ask the work to stop (it sees ``progress.cancelled``); callbacks still arrive."""
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
        except Exception as exc:  # reported to the GUI thread, not swallowed
            if not _is_user_error(exc):
                logger.exception("Background task %s failed", getattr(self.fn, "__name__", self.fn))
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.succeeded, result)
        finally:
            self._close_db()
            self._emit(self.signals.finished)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        # the window may be gone (the program is closing): nobody is left to tell
        try:
            signal.emit(*args)
        except RuntimeError:
            logger.debug("A background task finished after its listeners were deleted")

    @staticmethod
    def _close_db() -> None:
        # peewee keeps one connection per thread; pool threads outlive tasks, so close it
        from seller_desk.core.store import session

        session.close_connection()

    def _forget(self) -> None:
        self.done = True
        Task._alive.discard(self)

    @classmethod
    def pending(cls) -> int:
        """How many tasks are queued or running (tests wait for this to reach zero)."""
        return len(cls._alive)


class Latest:
    """Runs one kind of query where only the newest answer counts (search as you type).

    ``run(fn, *args, callback=...)`` starts ``fn``; a result that arrives after a newer
    ``run`` was started is dropped, so a slow old query never overwrites a fresh one.
    """

    def __init__(self) -> None:
        self.generation = 0

    def run(self, fn: Callable[..., Any], *args: Any, callback: Callable[[Any], None],
            failure: Callable[[BaseException], None] | None = None) -> Task:
        self.generation += 1
        generation = self.generation

        def deliver(result: Any) -> None:
            if generation == self.generation:
                _call(callback, result)

        def fail(exc: BaseException) -> None:
            if generation == self.generation and failure is not None:
                _call(failure, exc)

        return Task(fn, *args).on_success(deliver).on_failure(fail).start()

    def forget(self) -> None:
        """Drop whatever is still running."""
        self.generation += 1


def _call(callback: Callable[[Any], None], value: Any) -> None:
    try:
        callback(value)
    except RuntimeError as exc:
        # the widget that asked was deleted while the work ran (the window closed)
        if "already deleted" not in str(exc):
            raise
        logger.debug("A result arrived for a deleted widget: %s", exc)


def _is_user_error(exc: BaseException) -> bool:
    from seller_desk.core.common.errors import UserError

    return isinstance(exc, UserError)
