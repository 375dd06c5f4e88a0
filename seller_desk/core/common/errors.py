"""Errors the seller can act on, as opposed to bugs.

A :class:`UserError` carries a message id with its parameters (a
:class:`~seller_desk.core.common.messages.Msg`) and, where it helps, what to do next
(``hints``, ids too), never a finished English sentence: the interface shows it in the
seller's language by id, the command line and the log in English (``text()``), both without
a traceback. Anything else that escapes is a bug and is reported with its traceback in the
log.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from seller_desk.core.common.messages import Msg

#: what a ``hint=`` may be: a message id, a message, or several shown one after the other
Hint = str | Msg | Sequence[str | Msg] | None


def as_msg(message: str | Msg, params: Mapping[str, Any] | None = None) -> Msg:
    """``message`` as a :class:`Msg`: an id (with ``params``) or a message already."""
    if isinstance(message, Msg):
        return message
    return Msg(message, dict(params or {}))


def _hints(hint: Hint) -> tuple[Msg, ...]:
    if not hint:
        return ()
    if isinstance(hint, (str, Msg)):
        return (as_msg(hint),)
    return tuple(as_msg(h) for h in hint if h)


class UserError(Exception):
    """A known problem with the environment or the input, explained in plain words.

    Args:
        message: a message id from :data:`~seller_desk.core.common.messages.MESSAGES`
            (or a :class:`Msg`).
        params: the message's named parameters.
        hint: what to do next, as an id, a :class:`Msg`, or several of them.
    """

    def __init__(self, message: str | Msg, params: Mapping[str, Any] | None = None, *,
                 hint: Hint = None) -> None:
        self.msg = as_msg(message, params)
        self.hints = _hints(hint)
        super().__init__(self.msg.english())

    @property
    def message(self) -> str:
        """The message in English."""
        return self.msg.english()

    @property
    def hint(self) -> str:
        """What to do next, in English ("" when there is no hint)."""
        return " ".join(h.english() for h in self.hints)

    def text(self) -> str:
        return f"{self.message} {self.hint}".strip()


class ValidationError(UserError):
    """Input that cannot be saved as it is; nothing was written.

    Args:
        field: the name of the offending field, so a form can highlight it.
    """

    def __init__(self, message: str | Msg, params: Mapping[str, Any] | None = None, *,
                 field: str = "", hint: Hint = None) -> None:
        super().__init__(message, params, hint=hint)
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

    def __init__(self, message: str | Msg, params: Mapping[str, Any] | None = None, *,
                 hint: Hint = None, kind: str | None = None) -> None:
        super().__init__(message, params, hint=hint)
        if kind is not None:
            self.kind = kind


class DataFolderError(StorageError, OSError):
    """The data folder cannot be created or used. An OSError as well, so the few places
    that carry on without the folder (the log file) still do."""


class CredentialError(UserError):
    """A password cannot be stored or read (no keyring backend, locked keyring)."""
