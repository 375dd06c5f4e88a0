"""Messages a folder lists that the server did not send: noted, asked for again, reported.

A message fails to arrive in one of two ways:

* The server refuses it. Dovecot, finding a message file it cannot read, answers the FETCH
  with ``* BYE FETCH failed: Internal error occurred...`` and closes the connection; other
  servers answer NO. The fetch narrows a refused batch down to the message at fault
  (core/mail/imap/fetch.py), so the rest of the folder arrives, and the server's words
  are kept here.
* The answer does not hold it: its UID is missing from the answer or comes twice, or the
  body is empty. A garbled or cut answer does that, or a message expunged meanwhile.

Either way the folder's UIDNEXT moves past the message only together with a note here
(:class:`~seller_desk.core.store.models.UndeliveredMessage`), written in the same
transaction. Each sync asks for the noted messages once more, on their own after the
rest of the folder (not in every batch), forgets those that arrived or left the folder,
and reports the others among the mailbox's problems: a refusal at once, in the server's
words; a message that only failed to come once it has failed :data:`REPORT_AFTER` times.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from seller_desk.core.store.bulk import Listed, chunks
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import Folder, UndeliveredMessage, database

logger = logging.getLogger(__name__)

#: tries after which a message the server listed but never sent is reported
REPORT_AFTER = 3


def record(folder_id: int, refused: dict[int, str], missing: Iterable[int]) -> None:
    """Note the UIDs the server refused (with its words) or did not send, counting tries."""
    now = utcnow()
    failed: dict[int, tuple[str, bool]] = {uid: ("", False) for uid in missing}
    failed.update({uid: (words, True) for uid, words in refused.items()})
    if not failed:
        return
    with database.atomic():
        known = {row.uid: row for row in UndeliveredMessage.select().where(
            UndeliveredMessage.folder == folder_id,
            UndeliveredMessage.uid.in_(sorted(failed)))}
        for uid, (words, was_refused) in sorted(failed.items()):
            row = known.get(uid)
            if row is None:
                UndeliveredMessage.create(folder=folder_id, uid=uid, error=words[:2000],
                                          refused=was_refused, first_failed_at=now,
                                          last_tried_at=now)
                continue
            UndeliveredMessage.update(
                attempts=UndeliveredMessage.attempts + 1, last_tried_at=now,
                # a refusal's words stay until the server says something else
                error=words[:2000] if was_refused else row.error,
                refused=was_refused or row.refused,
            ).where(UndeliveredMessage.id == row.id).execute()
    logger.warning("Folder %s: %d message(s) refused, %d not sent by the server", folder_id,
                   len(refused), len(failed) - len(refused))


def clear(folder_id: int, uids: Iterable[int]) -> None:
    """Forget notes of UIDs that arrived or are no longer in the folder.

    A folder almost never has a note, and a first sync clears every UID it stored: one
    indexed look-up first spares it a statement per 400 of them.
    """
    if not UndeliveredMessage.select().where(UndeliveredMessage.folder == folder_id).exists():
        return
    for part in chunks(sorted(set(uids))):
        UndeliveredMessage.delete().where(UndeliveredMessage.folder == folder_id,
                                          UndeliveredMessage.uid.in_(Listed(part))).execute()


def forget_folder(folder_id: int) -> None:
    """Drop every note of a folder (its UIDVALIDITY changed: the UIDs mean nothing now)."""
    UndeliveredMessage.delete().where(UndeliveredMessage.folder == folder_id).execute()


def owed(folder_id: int) -> list[int]:
    """The UIDs of a folder still to be asked for again, newest first."""
    return [uid for (uid,) in UndeliveredMessage.select(UndeliveredMessage.uid)
            .where(UndeliveredMessage.folder == folder_id)
            .order_by(UndeliveredMessage.uid.desc()).tuples()]


def folders_owing(account_id: int) -> set[int]:
    """Folders of an account with notes: a STATUS that shows no change does not skip them."""
    return {fid for (fid,) in UndeliveredMessage.select(UndeliveredMessage.folder).join(Folder)
            .where(Folder.account == account_id).distinct().tuples()}


def problems(account_id: int) -> list[str]:
    """The mailbox's problems in plain words, one line per folder with a message to report."""
    rows = list(UndeliveredMessage.select(UndeliveredMessage, Folder.name).join(Folder)
                .where(Folder.account == account_id)
                .order_by(Folder.name, UndeliveredMessage.last_tried_at.desc()))
    by_folder: dict[str, list[UndeliveredMessage]] = {}
    for row in rows:
        if row.refused or row.attempts >= REPORT_AFTER:
            by_folder.setdefault(row.folder.name, []).append(row)
    lines = []
    for name, found in by_folder.items():
        count = "1 message" if len(found) == 1 else f"{len(found)} messages"
        refusal = next((r for r in found if r.refused), None)
        if refusal is not None:
            said = f' The server said: "{refusal.error}".' if refusal.error else ""
            lines.append(f"{name}: {count} could not be fetched.{said} The rest arrived; "
                         "Seller Desk asks for it again at every check. If it keeps failing, "
                         "ask your mail provider about it.")
        else:
            tries = max(r.attempts for r in found)
            lines.append(f"{name}: {count} listed by the server did not arrive after {tries} "
                         "tries. The rest arrived; Seller Desk asks for it again at every "
                         "check.")
    return lines
