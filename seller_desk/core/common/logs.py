"""Logging to a rotating file in the data directory.

peewee's SQL logger is routed to the same file (at WARNING unless debugging), and a filter
masks anything that looks like a password assignment, as a last guard: code must never log
secrets in the first place.
"""

from __future__ import annotations

import io
import logging
import os
import re
from typing import cast

from seller_desk.core.common import paths

LOG_FILE = "seller-desk.log"
_SECRET = re.compile(r"(?i)(password|passwd|pwd|secret|token)(\s*[=:]\s*)(\S+)")


class PrivateRotatingFileHandler(logging.FileHandler):
    """A log file only its owner can read (the log names customers and orders), moved
    aside to ``.1`` ... ``.N`` when the next record would take it past ``max_bytes``.

    Each new file (the first, and the next one after a rotation) is opened private; the
    rotated ones keep that mode when renamed. Written here rather than taken from
    ``logging.handlers``, whose import (pickle, sockets, queues for the network handlers
    we never use) cost every command ~20 ms of its start.
    """

    def __init__(self, filename: os.PathLike[str] | str, max_bytes: int, backup_count: int,
                 encoding: str = "utf-8") -> None:
        self.max_bytes, self.backup_count = max_bytes, backup_count
        super().__init__(filename, mode="a", encoding=encoding)

    def _open(self) -> io.TextIOWrapper:
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in self.mode else os.O_TRUNC)
        fd = paths.open_private(self.baseFilename, flags)
        # a text mode ("a") gives a TextIOWrapper, as the base class returns
        return cast(io.TextIOWrapper, open(fd, self.mode, encoding=self.encoding,
                                           errors=self.errors))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full_after(record):
                self.doRollover()
        except Exception:  # noqa: BLE001 - a log that cannot rotate must not stop the app
            self.handleError(record)
            return
        super().emit(record)

    def _full_after(self, record: logging.LogRecord) -> bool:
        if self.max_bytes <= 0 or not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        line = f"{self.format(record)}{self.terminator}"
        self.stream.seek(0, os.SEEK_END)
        return self.stream.tell() + len(line.encode(self.encoding or "utf-8")) > self.max_bytes

    def doRollover(self) -> None:  # noqa: N802 - the name logging's rotating handlers use
        """Move ``log`` to ``log.1`` (``.1`` to ``.2`` ...; the oldest goes) and start anew."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        for n in range(self.backup_count - 1, 0, -1):
            older = f"{self.baseFilename}.{n}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{n + 1}")
        if self.backup_count > 0 and os.path.exists(self.baseFilename):
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        self.stream = self._open()


class SecretFilter(logging.Filter):
    """Mask ``password=...`` style pairs in log messages."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken format string must not stop logging
            return True
        if _SECRET.search(message):
            record.msg = _SECRET.sub(r"\1\2***", message)
            record.args = ()
        return True


class _TerminalFormatter(logging.Formatter):
    """Warnings on the terminal when no log file can be written: the words only. A
    traceback is for a log file, never for the seller's eyes."""

    def format(self, record: logging.LogRecord) -> str:
        return self.formatMessage(_without_traceback(record))


def _without_traceback(record: logging.LogRecord) -> logging.LogRecord:
    record = logging.makeLogRecord(record.__dict__)
    record.message = record.getMessage()
    record.exc_info = record.exc_text = record.stack_info = None
    return record


def setup_logging(debug: bool = False, to_stderr: bool = False) -> logging.Handler | None:
    """Send the app's log to ``logs/seller-desk.log`` (5 files of 2 MB).

    Returns the file handler, or None when the log folder cannot be written (the app still
    runs; the reason goes to stderr).
    """
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handler: logging.Handler | None
    try:
        handler = PrivateRotatingFileHandler(
            paths.log_dir() / LOG_FILE, max_bytes=2_000_000, backup_count=5, encoding="utf-8"
        )
    except OSError as exc:
        handler = None
        terminal = logging.StreamHandler()
        terminal.setLevel(logging.WARNING)
        terminal.setFormatter(_TerminalFormatter("seller-desk: %(message)s"))
        root.addHandler(terminal)
        logging.getLogger(__name__).warning(
            "no log file is written (%s); Seller Desk carries on without one.",
            exc.strerror or exc)
    for h in [handler] + ([logging.StreamHandler()] if to_stderr else []):
        if h is None:
            continue
        h.setFormatter(fmt)
        h.addFilter(SecretFilter())
        root.addHandler(h)
    logging.getLogger("peewee").setLevel(logging.DEBUG if debug else logging.WARNING)
    # imaplib/imapclient protocol logs would carry message bodies; keep them quiet
    logging.getLogger("imapclient").setLevel(logging.WARNING)
    return handler
