"""Test-server machinery for Seller Desk's test suite.

Each helper starts a real server on 127.0.0.1 in its own temporary folder, on a free port,
and stops it by process id.  When the server's program is not installed the helper raises
:class:`ServerUnavailable`; the pytest fixtures in :mod:`helpers.fixtures` turn that into a
skip (or a failure when ``CI=true``).  Any other start-up problem raises
:class:`ServerStartError`, which carries the tail of the server's log.
"""

from __future__ import annotations

from pathlib import Path


class ServerUnavailable(RuntimeError):
    """A server cannot run here because something it needs is not installed."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ServerStartError(RuntimeError):
    """A server is installed but failed to start (or stop) as expected."""


def log_tail(path: Path | str | None, lines: int = 40) -> str:
    """Last *lines* lines of a log file, for error messages ("" if unreadable)."""
    if path is None:
        return ""
    try:
        text = Path(path).read_text(errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


__all__ = ["ServerStartError", "ServerUnavailable", "log_tail"]
