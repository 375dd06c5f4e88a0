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


def reopen(outbox_id: int) -> tuple[int, int | None]:
    """Take a failed or queued message back into a draft to edit it: (the draft's id, its
    conversation or None for a new message)."""
    from seller_desk.core.answering import drafts

    draft = drafts.reopen(outbox_id)
    return int(draft.id), draft.conversation_id
