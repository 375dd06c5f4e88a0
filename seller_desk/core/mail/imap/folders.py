"""The folders of an account: what the server has, and the role of each.

Roles come from the server's SPECIAL-USE attributes (RFC 6154) and, when it has none,
from the folder's name in the languages our sellers use. Inbox, Sent and Archive are
synced by default; Junk, Trash and Drafts are not (spam must not start reply clocks, and
drafts are not mail), and virtual folders (Flagged, Important) never are.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import imapclient
from imapclient import imap_utf7

from seller_desk.core.mail.ingest.store import remove_locations
from seller_desk.core.store import locks
from seller_desk.core.store.models import Folder, MessageLocation, database

logger = logging.getLogger(__name__)

_SPECIAL_USE = {
    b"\\sent": "sent",
    b"\\archive": "archive",
    b"\\all": "archive",
    b"\\junk": "junk",
    b"\\spam": "junk",
    b"\\trash": "trash",
    b"\\drafts": "drafts",
}
_VIRTUAL = (b"\\flagged", b"\\important")

_NAMES = {
    "sent": ("sent", "sent items", "sent messages", "sent mail", "sent-mail", "outbox sent",
             "terkirim", "surat terkirim", "item terkirim", "pesan terkirim", "dihantar",
             "item dihantar", "mel dihantar", "enviados", "gesendet", "envoyés"),
    "trash": ("trash", "deleted", "deleted items", "deleted messages", "bin", "sampah",
              "tong sampah", "item dihapus", "item dipadam", "papelera", "corbeille"),
    "junk": ("junk", "spam", "junk e-mail", "junk email", "bulk mail", "bulk", "junk mail",
             "sarap", "surat sampah", "mel sarap"),
    "drafts": ("drafts", "draft", "draf", "konsep", "borrador", "brouillons", "entwürfe"),
    "archive": ("archive", "archives", "all mail", "arsip", "arkib", "archivo"),
}
ROLE_ORDER = {"inbox": 0, "sent": 1, "archive": 2, "other": 3, "junk": 4, "trash": 5, "drafts": 6}
SYNCED_BY_DEFAULT = ("inbox", "sent", "archive", "other")


@dataclass(frozen=True)
class ServerFolder:
    name: str
    raw_name: str
    delimiter: str
    role: str
    selectable: bool
    virtual: bool


def role_for(name: str, flags: tuple[bytes, ...], delimiter: str) -> str:
    """The role of a folder from its SPECIAL-USE flags, else from its name."""
    if name.upper() == "INBOX":
        return "inbox"
    lowered = {f.lower() for f in flags}
    for flag, role in _SPECIAL_USE.items():
        if flag in lowered:
            return role
    leaf = name.rsplit(delimiter, 1)[-1] if delimiter else name
    leaf = leaf.strip().lower()
    for role, names in _NAMES.items():
        if leaf in names:
            return role
    return "other"


def list_server_folders(client: imapclient.IMAPClient) -> list[ServerFolder]:
    """Every folder the server lists, with its role."""
    out = []
    for flags, delimiter, name in client.list_folders():
        delim = delimiter.decode("utf-8", "replace") if isinstance(delimiter, bytes) else (
            delimiter or "")
        name = name if isinstance(name, str) else imap_utf7.decode(name)
        lowered = {f.lower() for f in flags}
        out.append(ServerFolder(
            name=name, raw_name=imap_utf7.encode(name).decode("ascii", "replace"),
            delimiter=delim[:4], role=role_for(name, tuple(flags), delim),
            selectable=b"\\noselect" not in lowered and b"\\nonexistent" not in lowered,
            virtual=any(v in lowered for v in _VIRTUAL),
        ))
    return out


def refresh_folders(account_id: int, server: list[ServerFolder]) -> tuple[list[Folder], list[int]]:
    """Bring the Folder rows in line with the server.

    Returns the folders to sync (in role order) and the ids of messages whose copies were
    in folders that no longer exist (candidates for deletion).
    """

    seen: set[str] = set()
    gone_messages: list[int] = []
    roles_taken: set[str] = set()
    with database.atomic():
        # read under the lock: a second sync of the account at the same moment (another
        # computer on a team's database) must see the folders the first one just made
        locks.hold_mail_lock()
        stored = {f.name: f for f in Folder.select().where(Folder.account == account_id)}
        for sf in sorted(server, key=lambda f: ROLE_ORDER.get(f.role, 9)):
            if not sf.selectable:
                continue
            seen.add(sf.name)
            role = sf.role
            # one folder per special role; a second "Sent" is just another folder
            if role in ("inbox", "sent", "drafts", "junk", "trash") and role in roles_taken:
                role = "other"
            roles_taken.add(role)
            row = stored.get(sf.name)
            if row is None:
                Folder.create(
                    account=account_id, name=sf.name, raw_name=sf.raw_name,
                    delimiter=sf.delimiter, role=role,
                    sync_enabled=role in SYNCED_BY_DEFAULT and not sf.virtual,
                )
            elif row.role != role or row.delimiter != sf.delimiter:
                Folder.update(role=role, delimiter=sf.delimiter).where(
                    Folder.id == row.id).execute()
        for name, row in stored.items():
            if name not in seen:
                uids = [u for (u,) in MessageLocation.select(MessageLocation.uid)
                        .where(MessageLocation.folder == row.id).tuples()]
                gone_messages.extend(remove_locations(row.id, uids))
                row.delete_instance()
                logger.info("Folder %s is gone from the server", name)
    folders = list(Folder.select().where(Folder.account == account_id,
                                         Folder.sync_enabled == True))  # noqa: E712
    folders.sort(key=lambda f: (ROLE_ORDER.get(f.role, 9), f.name.lower()))
    return folders, gone_messages
