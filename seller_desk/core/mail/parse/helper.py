"""Parsing downloaded mail in a helper process, so a big sync leaves the interpreter free.

Parsing is pure Python. On the sync's fetching thread it took turns with the thread that
stores (and, in the app, with the window's own thread) under the interpreter's lock: a
10,000-message first sync used 9 s of processor time in 8 s, one core at a time. Batches of :data:`PROCESS_MIN_BATCH` messages or more are therefore
parsed by one helper process, started on first use and kept for the session; the fetching
thread waits for it without holding the lock, and the storing thread runs meanwhile.

Smaller batches, the few messages of an ordinary check, are parsed in place while the
helper is not running: starting it costs a few tenths of a second once. Once it runs, they
go to it too: the big messages of a batch (fetched as their header and text parts, see
``imap/fetch.py``) are a few dozen at a time, and parsed in place they took turns with
the storing thread under the interpreter's lock.

The helper also works out what follows from each message alone (``parse/derived.py``),
and hands back only what the store keeps. It does not clean the HTML: the store keeps it
as received until the message is first shown (``ingest/bodies.py``), which saved about a
quarter of the helper's processor time in a first sync of 10,000 messages.
If the helper cannot be started or dies, the batch is parsed in place and the helper is
not tried again this session; the result is the same either way.

The helper is started with "spawn" (a fresh interpreter), never "fork": a forked copy of a
process with running threads can inherit a lock another thread held.

The helper ends with the app, however the app ends (closed, crashed, killed outright): it
holds the reading end of a pipe, its lifeline, whose only writing end stays in the app, and
a thread in the helper waits on it. When the app's process is gone the operating system
closes that end, the wait returns, and the helper exits at once; multiprocessing's resource
tracker, which waits for the app and the helper to let go of its own pipe, then ends too.
Without it a killed sync left both behind for good, holding the killed command's output
open. A pipe, rather than Linux's parent-death signal: it works on every system, and that
signal follows the *thread* that started the child, here the sync's fetching thread, which
ends after each folder while the helper is kept for the session.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import os
import pickle
import threading
from collections.abc import Callable
from concurrent import futures
from concurrent.futures import CancelledError, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.connection import Connection
from typing import TypeVar

from seller_desk.core.mail.parse import mime
from seller_desk.core.mail.parse.derived import Derived, derive

logger = logging.getLogger(__name__)
T = TypeVar("T")

#: batches at least this long go to the helper process
PROCESS_MIN_BATCH = 32

#: parsed (its HTML as received in ``.html``), the values that follow from the message alone
Prepared = tuple[mime.ParsedMessage, Derived]
#: how a helper can fail; RuntimeError: it cannot start, or the app is closing
_FAILURES = (BrokenProcessPool, OSError, EOFError, RuntimeError, pickle.PickleError)


#: a big message as the sync downloads it: its header, its text parts (section, type,
#: transfer encoding, charset, bytes) and its attachments as the structure lists them
Piece = tuple[bytes, list[tuple[str, str, str, str | None, bytes]], list[mime.AttachmentInfo]]


def prepare_all(raws: list[bytes]) -> list[Prepared]:
    """Parse each raw message and work out its snippet, subject key and address lines (runs in the helper, or in place): all of it needs the message alone,
    so in the helper it runs on the other core, not in the process that stores."""
    return [_finish(mime.parse(raw)) for raw in raws]


def prepare_pieces(pieces: list[Piece]) -> list[Prepared]:
    """:func:`prepare_all` for big messages, downloaded as their header and text parts."""
    return [_finish(mime.parse_from_parts(header, parts, attachments))
            for header, parts, attachments in pieces]


def _finish(parsed: mime.ParsedMessage) -> Prepared:
    """A parsed message made ready to store.

    What the store no longer needs travels no further (from the helper it is copied back
    to the app): the header fields, whose one later use, the Auto-Submitted mark, is among
    the derived values. The HTML stays as received: it is cleaned when first shown.
    """
    derived = derive(parsed)
    parsed.fields = {}
    return parsed, derived


def _quiet() -> None:
    """In the helper: its log lines would reach no log file, only the terminal; the app
    logs what matters for it from the results."""
    root = logging.getLogger("seller_desk")
    root.addHandler(logging.NullHandler())
    root.propagate = False


def _follow_app(lifeline: Connection) -> None:
    """In the helper: exit as soon as the app's end of the lifeline closes (see the module
    doc). Nothing is ever sent on it; the wait only ever ends with its closing."""

    def wait() -> None:
        try:
            while True:
                lifeline.recv_bytes()
        except (EOFError, OSError):
            pass
        os._exit(0)  # at once: the app is gone, no one waits for what is being parsed

    threading.Thread(target=wait, name="lifeline", daemon=True).start()


def _start_in_helper(lifeline: Connection) -> None:
    """The helper's first step (the pool's initializer)."""
    _follow_app(lifeline)
    _quiet()


class _Helper:
    """The one helper process of this session (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._executor: ProcessPoolExecutor | None = None
        self._lifeline: Connection | None = None  # the app's end: the helper lives while open
        self._pending: set[futures.Future[list[Prepared]]] = set()
        # false after a failure, or when switched off (SELLER_DESK_PARSE_HELPER=0)
        self.enabled = os.environ.get("SELLER_DESK_PARSE_HELPER", "1") != "0"

    def start(self, work: Callable[[list[T]], list[Prepared]], items: list[T]
              ) -> Callable[[], list[Prepared]]:
        # a small batch goes to the helper only when it runs already (no start to pay)
        if not self.enabled or not items or (len(items) < PROCESS_MIN_BATCH
                                             and not self.running()):
            done = work(items)
            return lambda: done
        try:
            future = self._submit(work, items)
        except _FAILURES as exc:
            self._failed(exc)
            done = work(items)
            return lambda: done

        def collect() -> list[Prepared]:
            try:
                done = future.result()
            except CancelledError:  # the helper was stopped meanwhile: not a failure
                return work(items)
            except _FAILURES as exc:
                self._failed(exc)
                return work(items)
            broken = sum(1 for parsed, *_rest in done if parsed.parse_error)
            if broken:  # the helper logs nothing itself (see _quiet)
                logger.info("%d of %d messages could not be read in full; each is kept "
                            "with its raw text", broken, len(done))
            return done

        return collect

    def _failed(self, exc: BaseException) -> None:
        logger.warning("Parsing mail in this process from now on: the helper process "
                       "failed (%s)", exc)
        self.enabled = False
        self.shutdown()

    def _submit(self, work: Callable[[list[T]], list[Prepared]], items: list[T]
                ) -> futures.Future[list[Prepared]]:
        with self._lock:
            if self._executor is None:
                context = multiprocessing.get_context("spawn")
                helper_end, self._lifeline = context.Pipe(duplex=False)
                self._executor = ProcessPoolExecutor(
                    max_workers=1, mp_context=context, initializer=_start_in_helper,
                    initargs=(helper_end,))
            future = self._executor.submit(work, items)
            pending = self._pending  # what a stop waits for before closing the lifeline
            pending.add(future)
        future.add_done_callback(pending.discard)
        return future

    def warm(self) -> None:
        """Start the helper process now, if enabled and not running, so that its start
        overlaps whatever the caller does before the first batch."""
        if not self.enabled or self.running():
            return
        try:
            self._submit(_ready, [])
        except _FAILURES as exc:
            self._failed(exc)

    def running(self) -> bool:
        with self._lock:
            return self._executor is not None

    def shutdown(self, wait: bool = False) -> None:
        with self._lock:
            executor, self._executor = self._executor, None
            lifeline, self._lifeline = self._lifeline, None
            pending, self._pending = self._pending, set()
        if executor is None:
            return
        executor.shutdown(wait=wait, cancel_futures=True)
        if lifeline is None:
            return
        if wait:
            lifeline.close()
            return

        # the batch being parsed still comes back: let go of the lifeline once it has
        def close_when_done() -> None:
            futures.wait(list(pending))
            lifeline.close()

        threading.Thread(target=close_when_done, name="parse-helper-stop",
                         daemon=True).start()


_helper = _Helper()
atexit.register(_helper.shutdown)


def start_batch(raws: list[bytes]) -> Callable[[], list[Prepared]]:
    """Begin preparing ``raws`` (in the helper, or here and now for a small batch while
    the helper is not running); call what comes back to wait for the result. The
    fetching thread downloads the next batch while the helper parses this one."""
    return _helper.start(prepare_all, raws)


def start_pieces(pieces: list[Piece]) -> Callable[[], list[Prepared]]:
    """:func:`start_batch` for big messages downloaded in pieces (:func:`prepare_pieces`)."""
    return _helper.start(prepare_pieces, pieces)


def _ready(_items: list[bytes]) -> list[Prepared]:
    """Nothing: submitted to start the helper process ahead of its first batch."""
    return []


def warm_helper(messages: int) -> None:
    """Start the helper process ahead of a fetch of ``messages`` new messages, when it will
    be needed: its start (a fresh interpreter and the parser's imports, about 0.1 s) then
    overlaps the fetch's first commands instead of holding up the first batch."""
    if messages >= PROCESS_MIN_BATCH:
        _helper.warm()


def prepare_batch(raws: list[bytes]) -> list[Prepared]:
    """Parsed messages (HTML as received) in the order of ``raws``. Never raises for a
    broken message (it comes back with ``parse_error``) nor for a failed helper."""
    return _helper.start(prepare_all, raws)()


def use_helper(enabled: bool) -> None:
    """Switch the helper process on or off (off: everything is parsed in place)."""
    _helper.enabled = enabled
    if not enabled:
        _helper.shutdown()


def helper_running() -> bool:
    """Whether the helper process has been started (and not stopped) in this session."""
    return _helper.running()


def stop_helper(wait: bool = False) -> None:
    """Stop the helper process (``wait``: until it has ended); the next big batch starts
    a new one, if still enabled."""
    _helper.shutdown(wait)
