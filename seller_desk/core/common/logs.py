"""Logging to a rotating file in the data directory.

peewee's SQL logger is routed to the same file (at WARNING unless debugging), and a filter
masks anything that looks like a password assignment, as a last guard: code must never log
secrets in the first place.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import re
from typing import cast

from seller_desk.core.common import paths

LOG_FILE = "seller-desk.log"
_SECRET = re.compile(r"(?i)(password|passwd|pwd|secret|token)(\s*[=:]\s*)(\S+)")


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file only its owner can read: the log names customers and orders.

    Each new file (the first, and the next one after a rotation) is opened private; the
    rotated ones keep that mode when renamed.
    """

    def _open(self) -> io.TextIOWrapper:
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in self.mode else os.O_TRUNC)
        fd = paths.open_private(self.baseFilename, flags)
        # a text mode ("a") gives a TextIOWrapper, as the base class returns
        return cast(io.TextIOWrapper, open(fd, self.mode, encoding=self.encoding,
                                           errors=self.errors))


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
            paths.log_dir() / LOG_FILE, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
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
