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
    """The database or the data folder cannot be used (disk full, locked, read-only)."""


class CredentialError(UserError):
    """A password cannot be stored or read (no keyring backend, locked keyring)."""
