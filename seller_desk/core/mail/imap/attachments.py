"""Attachments and raw messages, downloaded when the seller asks for them, then cached.

The sync lists attachments from the message structure but does not download them. Opening
or saving one fetches that MIME part alone (in pieces, so a progress bar can move), decodes
it and keeps the file under the cache folder, so the second open is instant and offline.
"""

from __future__ import annotations

import logging
import os
import re
import zlib
from collections.abc import Callable
from pathlib import Path

import imapclient

from seller_desk.core.common import paths
from seller_desk.core.mail import errors
from seller_desk.core.mail.connection import connect
from seller_desk.core.mail.imap import wire
from seller_desk.core.mail.parse.headers import parse_fields
from seller_desk.core.mail.parse.mime import decode_transfer
from seller_desk.core.store.models import (
    Account,
    Attachment,
    Folder,
    Message,
    MessageLocation,
    database,
)

logger = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
CHUNK = 256 * 1024
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def cache_root() -> Path:
    return paths.private_dir(paths.cache_dir() / "attachments")


def safe_filename(name: str, fallback: str = "attachment") -> str:
    """A file name that is valid on Windows, macOS and Linux."""
    cleaned = _UNSAFE.sub("_", name or "").strip(" .")
    return cleaned[:150] or fallback


def cached_file(attachment: Attachment) -> Path | None:
    """The cached file of an attachment, when it is there."""
    if not attachment.cached_path:
        return None
    path = cache_root() / attachment.cached_path
    return path if path.is_file() else None


def _location(message_id: int) -> tuple[MessageLocation, Folder, Account]:
    rows = (
        MessageLocation.select(MessageLocation, Folder, Account)
        .join(Folder)
        .join(Account)
        .where(MessageLocation.message == message_id)
        .order_by(Folder.role != "inbox", MessageLocation.id)
    )
    for loc in rows:
        return loc, loc.folder, loc.folder.account
    raise errors.ServerError("mail.not_in_any_folder", hint="mail.not_in_any_folder_hint")


def _open_folder(account: Account, folder: Folder,
                 client: imapclient.IMAPClient | None) -> imapclient.IMAPClient:
    client = client or connect.open_imap(account)
    info = client.select_folder(folder.name, readonly=True)
    if folder.uidvalidity is not None and int(info.get(b"UIDVALIDITY") or 0) != folder.uidvalidity:
        raise errors.ServerError("mail.folder_changed", {"folder": folder.name},
                                 hint="mail.sync_and_retry")
    return client


def _fetch_section(client: imapclient.IMAPClient, uid: int, section: str, total: int,
                   label: str, progress: Progress | None) -> bytes:
    """One MIME part, in pieces of :data:`CHUNK` bytes so progress can be shown."""
    pieces: list[bytes] = []
    offset = 0
    while True:
        items = wire.uid_fetch(client._imap, [uid],
                               f"(UID BODY.PEEK[{section}]<{offset}.{CHUNK}>)")
        data = items[0].sections.get(section.upper(), b"") if items else b""
        if not items:
            raise errors.ServerError("mail.message_gone", hint="mail.sync_and_retry")
        pieces.append(data)
        offset += len(data)
        if progress is not None:
            progress(offset, max(total, offset), label)
        if len(data) < CHUNK:
            return b"".join(pieces)


def fetch_attachment(attachment_id: int, progress: Progress | None = None,
                     client: imapclient.IMAPClient | None = None) -> Path:
    """The attachment as a file in the cache, downloaded first when needed.

    Raises:
        MailError: the server cannot be reached or no longer has the message.
    """
    att = Attachment.get_by_id(attachment_id)
    cached = cached_file(att)
    if cached is not None:
        return cached
    loc, folder, account = _location(att.message_id)
    own = client is None
    try:
        client = _open_folder(account, folder, client)
        encoded = _fetch_section(client, loc.uid, att.part, att.size, att.filename, progress)
        if att.content_type in ("message/rfc822", "message/global") or \
                att.part.upper().endswith("TEXT"):
            # a message as it is; a body without structure (TEXT) has no part header
            data = encoded
        else:
            mime_items = wire.uid_fetch(client._imap, [loc.uid],
                                        f"(UID BODY.PEEK[{att.part}.MIME])")
            header = mime_items[0].sections.get(f"{att.part}.MIME", b"") if mime_items else b""
            cte = (parse_fields(header).get("content-transfer-encoding") or [""])[0]
            data = decode_transfer(encoded, cte)
    except errors.MailError:
        raise
    except Exception as exc:  # network and protocol errors become plain words
        raise connect.imap_error(exc, account) from exc
    finally:
        if own:
            connect.close_imap(client)
    relative = Path(str(att.message_id)) / f"{att.id}-{safe_filename(att.filename)}"
    target = cache_root() / relative
    paths.private_dir(target.parent)
    tmp = target.with_name(target.name + ".part")
    paths.write_private(tmp, data)  # a customer's document: for this user's eyes only
    os.replace(tmp, target)
    with database.atomic():
        Attachment.update(cached_path=relative.as_posix()).where(Attachment.id == att.id).execute()
    return target


def fetch_raw(message_id: int, progress: Progress | None = None,
              client: imapclient.IMAPClient | None = None) -> bytes:
    """The message exactly as the server has it (for "save as .eml")."""
    msg = Message.get_by_id(message_id)
    if msg.raw:
        return zlib.decompress(msg.raw)
    loc, folder, account = _location(message_id)
    own = client is None
    try:
        client = _open_folder(account, folder, client)
        return _fetch_section(client, loc.uid, "", msg.size, msg.subject, progress)
    except errors.MailError:
        raise
    except Exception as exc:  # network and protocol errors become plain words
        raise connect.imap_error(exc, account) from exc
    finally:
        if own:
            connect.close_imap(client)


def save_raw(message_id: int, target: Path, progress: Progress | None = None) -> Path:
    """Write the original message to ``target`` (an .eml file)."""
    data = fetch_raw(message_id, progress)
    tmp = target.with_name(target.name + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, target)
    return target

