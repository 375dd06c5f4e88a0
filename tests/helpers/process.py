"""Process helpers shared by the server helpers: no server may outlive the test run."""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import signal
import sys
import threading
from collections.abc import Callable

_PR_SET_PDEATHSIG = 1
_stoppers: dict[int, Callable[[], None]] = {}
_lock = threading.Lock()


def parent_death_signal(sig: int = signal.SIGTERM) -> Callable[[], None] | None:
    """A ``preexec_fn`` asking Linux to send *sig* to the child when we die.

    Linux sends it when the *thread* that started the child ends, so this is only done
    from the main thread (elsewhere: None, no preexec function).
    """
    if (
        not sys.platform.startswith("linux")
        or threading.current_thread() is not threading.main_thread()
    ):
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None

    def preexec() -> None:
        prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0)

    return preexec


def register_for_exit(stop: Callable[[], None]) -> None:
    """Call *stop* (a bound ``stop`` method) at interpreter exit, once, if still needed."""
    key = id(getattr(stop, "__self__", stop))
    with _lock:
        _stoppers[key] = stop


@atexit.register
def _stop_all() -> None:
    with _lock:
        stoppers = list(_stoppers.values())
        _stoppers.clear()
    for stop in stoppers:
        with contextlib.suppress(Exception):  # best effort at exit
            stop()
