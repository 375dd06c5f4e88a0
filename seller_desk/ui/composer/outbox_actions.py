"""Outbox actions the interface offers on a message (run on a worker thread)."""

from __future__ import annotations

from typing import Any

from seller_desk.core.mail.send import outbox


def retry(outbox_id: int) -> Any:
    """Send a failed message again (after the seller fixed what was wrong)."""
    return outbox.retry(outbox_id)


def cancel(outbox_id: int) -> Any:
    """Do not send this message."""
    return outbox.cancel(outbox_id)


def reopen(outbox_id: int) -> int:
    """Take a failed or queued message back into a draft to edit it; the draft's id."""
    from seller_desk.core.answering import drafts

    return int(drafts.reopen(outbox_id).id)


def conversation_of(outbox_id: int) -> int | None:
    from seller_desk.core.store.models import OutboxMessage

    row = OutboxMessage.select(OutboxMessage.conversation).where(
        OutboxMessage.id == outbox_id).first()
    return row.conversation_id if row is not None else None
