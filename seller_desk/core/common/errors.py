"""Errors the seller can act on, as opposed to bugs.

A :class:`UserError` carries a plain-words message (``text()``) and, where it helps, what to
do next (``hint``). The interface shows these without a traceback. Anything else that escapes
is a bug and is reported with its traceback in the log.
"""

from __future__ import annotations


class UserError(Exception):
    """A known problem with the environment or the input, explained in plain words."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def text(self) -> str:
        return f"{self.message} {self.hint}".strip()


class ValidationError(UserError):
    """Input that cannot be saved as it is; nothing was written.

    Args:
        field: the name of the offending field, so a form can highlight it.
    """

    def __init__(self, message: str, field: str = "", hint: str = "") -> None:
        super().__init__(message, hint)
        self.field = field


class StorageError(UserError):
    """The database or the data folder cannot be used (disk full, locked, read-only).

    ``kind`` says which, for the interface to branch on:
        disk_full     no space left where the data is kept
        read_only     the folder or the file may not be written
        cannot_open   the file cannot be opened or created (the folder is missing ...)
        io            the disk reported an error reading or writing
        damaged       the file is damaged or is not a Seller Desk database
        empty_file    the database file is empty (perhaps an unfinished copy)
        busy          another program holds the database
        unreachable   the database server does not answer
        auth          the database server refused the user name or password
        other         anything else, with SQLite's or the server's own words
    """

    kind = "other"

    def __init__(self, message: str, hint: str = "", *, kind: str | None = None) -> None:
        super().__init__(message, hint)
        if kind is not None:
            self.kind = kind


class DataFolderError(StorageError, OSError):
    """The data folder cannot be created or used. An OSError as well, so the few places
    that carry on without the folder (the log file) still do."""


class CredentialError(UserError):
    """A password cannot be stored or read (no keyring backend, locked keyring)."""
