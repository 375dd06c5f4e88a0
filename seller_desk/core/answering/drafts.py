"""Drafts: what the seller is typing, saved as they type, so a crash, a closed window or a
lost connection loses nothing; and a queued or failed message taken back out of the
outbox to be edited.

A draft keeps the addresses, subject, text (and HTML), attachments by path and the message
it answers; :func:`load_draft` rebuilds the composer's :class:`~compose.Outgoing` from it,
quote included. :func:`compose.send` deletes the draft in the transaction that queues the
message.
"""

from __future__ import annotations

import logging
import re
from email import policy as email_policy
from email.message import Message as MimeMessage
from email.parser import BytesParser
from pathlib import Path

from seller_desk.core.answering import compose
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.mail.parse import attribution
from seller_desk.core.mail.send import outbox
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import Conversation, Draft, Message, OutboxMessage, database

logger = logging.getLogger(__name__)


def save_draft(out: compose.Outgoing, draft_id: int | None = None) -> Draft:
    """Save what is being typed (call it as the seller types); returns the draft row."""
    values = {
        "account": out.account,
        "conversation": out.conversation,
        "kind": out.kind,
        "reply_to_message": out.reply_to_message,
        "to_addrs": ", ".join(out.to),
        "cc_addrs": ", ".join(out.cc),
        "subject": out.subject,
        "body": out.text,
        "html_body": out.html,
        "attachments": [a.path for a in out.attachments if a.path] or None,
        "template_key": out.template_key,
        "updated_at": utcnow(),
    }
    with database.atomic():
        row = Draft.get_or_none(Draft.id == draft_id) if draft_id else None
        if row is None:
            row = Draft.create(**values)
        else:
            Draft.update(**values).where(Draft.id == row.id).execute()
            row = Draft.get_by_id(row.id)
    return row


def load_draft(draft: Draft | int) -> compose.Outgoing:
    """Rebuild the :class:`~compose.Outgoing` of a saved draft (quote and forwarded parts included).

    A file that has gone from disk since is left out (and logged).
    """
    row = draft if isinstance(draft, Draft) else Draft.get_by_id(draft)
    original = row.reply_to_message if row.reply_to_message_id else None
    if original is not None and row.kind in ("reply", "reply_all"):
        out = compose.reply(original, all=row.kind == "reply_all")
    elif original is not None and row.kind == "forward":
        out = compose.forward(original)
    else:
        account = row.account if row.account_id else compose.choose_account(None, row.conversation)
        out = compose.new_message(account, conversation=row.conversation if row.conversation_id
                          else None)
    if row.account_id:
        out.account = row.account
    out.to = [compose.address_text(p) for p in compose.split_addresses(row.to_addrs)]
    out.cc = [compose.address_text(p) for p in compose.split_addresses(row.cc_addrs)]
    out.subject = row.subject
    out.text = row.body
    out.html = row.html_body
    out.template_key = row.template_key
    for path in row.attachments or []:
        try:
            out.attachments.append(compose.OutgoingAttachment.from_path(path))
        except ValidationError:
            logger.warning("A draft's attachment is gone from disk: %s", Path(path).name)
    return out


def delete_draft(draft: Draft | int) -> None:
    """Throw a draft away."""
    Draft.delete().where(Draft.id == int(getattr(draft, "id", draft))).execute()


def drafts_for(conversation: Conversation | int) -> list[Draft]:
    """The conversation's unsent drafts, newest first."""
    cid = int(getattr(conversation, "id", conversation))
    return list(Draft.select().where(Draft.conversation == cid).order_by(Draft.updated_at.desc()))


def reopen(outbox_message: OutboxMessage | int) -> Draft:
    """Take a queued or failed message back out of the outbox into a draft, to edit it
    (for example to correct an address the server refused).

    Raises:
        ValidationError: the message is being sent, or has been sent.
    """

    row = (outbox_message if isinstance(outbox_message, OutboxMessage)
           else OutboxMessage.get_by_id(outbox_message))
    parsed = BytesParser(policy=email_policy.default).parsebytes(bytes(row.raw))
    body = parsed.get_body(preferencelist=("plain",))
    html_part = parsed.get_body(preferencelist=("html",))
    reply_id = (parsed.get("In-Reply-To") or "").strip().strip("<>")
    parent = Message.get_or_none(Message.message_id == reply_id) if reply_id else None
    with database.atomic():
        outbox.cancel(row.id)
        draft = Draft.create(
            account=row.account,
            conversation=row.conversation,
            kind="reply" if parent is not None else "new",
            reply_to_message=parent,
            to_addrs=str(parsed.get("To") or ""),
            cc_addrs=str(parsed.get("Cc") or ""),
            subject=str(parsed.get("Subject") or ""),
            body=_without_quote(body.get_content() if isinstance(body, MimeMessage) else "",
                                parent is not None),
            html_body=_without_html_quote(html_part.get_content())
            if isinstance(html_part, MimeMessage) and html_part is not body else "",
        )
    return draft


def _without_quote(text: str, is_reply: bool) -> str:
    """The seller's own words of a sent reply: the trailing quote and its attribution go
    (the draft quotes the original again when it is sent)."""
    if not is_reply:
        return text
    lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
    end = len(lines)
    while end and lines[end - 1].startswith(">"):
        end -= 1
    if end < len(lines) and end and attribution.is_attribution(lines[end - 1]):
        end -= 1
    return "\n".join(lines[:end]).rstrip() + "\n"


def _without_html_quote(markup: str) -> str:
    match = re.search(r"(?is)<body[^>]*>(.*)</body>", markup)
    inner = match.group(1) if match else markup
    cut = re.search(r'(?is)<div>[^<]*</div>\s*<blockquote type="cite"', inner)
    return (inner[: cut.start()] if cut else inner).strip()
