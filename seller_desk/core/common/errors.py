"""Errors the seller can act on, as opposed to bugs.

A :class:`UserError` carries a plain-words message (``text()``) and, where it helps, what to
do next (``hint``). The interface shows these without a traceback. Anything else that escapes
is a bug and is reported with its traceback in the log.
"""

from __future__ import annotations

from typing import Any, Self


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


#: What the storage tells the seller, by message id: each text has a stable id (with
#: ``{name}`` parameters) so the interface can show it in the seller's language.
STORAGE_MESSAGES: dict[str, str] = {
    "storage.disk_full": "The disk is full, so Seller Desk cannot save.",
    "storage.disk_full_at": "There is no space left on the disk holding {folder}, so Seller "
                            "Desk cannot save.",
    "storage.disk_full_at_hint": "Free some space on that disk, then try again: what was "
                                 "saved before is kept.",
    "storage.full_at_open": "There is no space left on the disk holding {folder}, so Seller "
                            "Desk cannot open its database.",
    "storage.full_at_open_hint": "Free some space on that disk, then try again: nothing has "
                                 "been lost.",
    "storage.damaged": "The file {where} is not a Seller Desk database or it is damaged.",
    "storage.damaged_file": "The database file {path} is damaged, so Seller Desk cannot read "
                            "all of it.",
    "storage.damaged_found": "The database file {path} is damaged (SQLite's check found: "
                             "{found}), so Seller Desk cannot read all of it.",
    "storage.damaged_restore_hint": "Restore your latest backup: Settings > Data and backup > "
                                    "Restore from a backup (the damaged data is kept aside "
                                    "first). If the window does not open: close Seller Desk, "
                                    "move seller-desk.sqlite3 and its -wal and -shm files out "
                                    "of the data folder (keep them), and copy your latest "
                                    "backup there as seller-desk.sqlite3.",
    "storage.empty_file": "The database file {path} is empty (0 bytes). It may be an "
                          "unfinished copy of your real database, so Seller Desk has left it "
                          "as it is.",
    "storage.empty_file_hint": "If you copied your data here, copy seller-desk.sqlite3 again "
                               "from where it came from, or restore your latest backup. To "
                               "start afresh with no data, delete this empty file and start "
                               "Seller Desk again.",
    "storage.busy": "The database is busy in another window or program.",
    "storage.busy_hint": "Close the other Seller Desk window, then try again.",
    "storage.read_only_file": "Seller Desk may not write to its database {path}: the file or "
                              "its folder is read-only or not yours.",
    "storage.read_only_folder": "Seller Desk may not write in its data folder {folder}: it is "
                                "read-only or not yours.",
    "storage.read_only_hint": "Make the data folder and the files in it writable for you, or "
                              "start Seller Desk with --data-dir and a folder of yours (copy "
                              "seller-desk.sqlite3 there to take your data along).",
    "storage.is_folder": "{path} is a folder, where Seller Desk keeps its database file.",
    "storage.is_folder_hint": "Move that folder away, or start Seller Desk with --data-dir and "
                              "another folder.",
    "storage.folder_missing": "The data folder {folder} does not exist (a disk that is not "
                              "connected?).",
    "storage.folder_missing_hint": "Connect the disk that holds it, or start Seller Desk with "
                                   "--data-dir and a folder of yours.",
    "storage.cannot_open_file": "Seller Desk cannot open its database file {path}.",
    "storage.cannot_open_file_hint": "Check that the data folder is on a connected disk with "
                                     "free space and is yours, then try again.",
    "storage.io_error": "The disk reported an error while Seller Desk read or wrote {path}.",
    "storage.io_error_hint": "Check that the disk is still connected and has free space, then "
                             "try again. If it happens again, copy the whole data folder "
                             "somewhere safe and run: seller-desk doctor",
    "storage.server_unreachable": "Seller Desk cannot reach the database server ({where}).",
    "storage.server_unreachable_hint": "Check that the server is running and the address is "
                                       "right.",
    "storage.server_auth": "The database server refused the user name or password ({where}).",
    "storage.server_auth_hint": "Check the user name and password in the database address.",
    "storage.open_failed": "Seller Desk cannot open its database ({where}): {reason}",
    "storage.folder_read_only_disk": "Seller Desk cannot create its data folder {folder}: it "
                                     "is on a read-only disk.",
    "storage.folder_not_allowed": "Seller Desk cannot create its data folder {folder}: you may "
                                  "not write there.",
    "storage.folder_disk_full": "Seller Desk cannot create its data folder {folder}: the disk "
                                "is full.",
    "storage.folder_in_the_way": "Seller Desk cannot create its data folder {folder}: a file "
                                 "is in the way.",
    "storage.folder_failed": "Seller Desk cannot create its data folder {folder}: {reason}.",
    "storage.folder_hint": "Choose a folder of yours with --data-dir, or make this one "
                           "writable for you.",
    "storage.folder_disk_full_hint": "Free some space on that disk, then try again.",
    "sync.stopped_disk_full": "The sync stopped: there is no space left on the disk holding "
                              "{folder}.",
    "sync.stopped_disk_full_hint": "Free some space on that disk, then sync again: the "
                                   "messages fetched so far are kept and the next sync goes on "
                                   "from there.",
}


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
    ``msg_id`` and ``params``: the message by id (:data:`STORAGE_MESSAGES`), when made by
    :meth:`of`.
    """

    kind = "other"
    msg_id = ""
    params: dict[str, Any] = {}

    def __init__(self, message: str, hint: str = "", *, kind: str | None = None) -> None:
        super().__init__(message, hint)
        if kind is not None:
            self.kind = kind

    @classmethod
    def of(cls, msg_id: str, params: dict[str, Any] | None = None, *, hint: str = "",
           kind: str | None = None) -> Self:  # fmt: skip
        """The error with the message ``msg_id`` (and ``hint``, an id too) of
        :data:`STORAGE_MESSAGES`, ``params`` filled in."""
        params = dict(params or {})
        text = STORAGE_MESSAGES[msg_id].format(**params)
        error = cls(text, STORAGE_MESSAGES[hint] if hint else "", kind=kind)
        error.msg_id, error.params = msg_id, params
        return error


class DataFolderError(StorageError, OSError):
    """The data folder cannot be created or used. An OSError as well, so the few places
    that carry on without the folder (the log file) still do."""


class CredentialError(UserError):
    """A password cannot be stored or read (no keyring backend, locked keyring)."""
