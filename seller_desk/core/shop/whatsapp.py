"""WhatsApp chats in the customer's history: an exported chat stored as a conversation.

Many questions and orders come on WhatsApp. An export ("Export chat", read by
:mod:`seller_desk.core.shop.whatsapp_chat`) becomes one read-only conversation of the
customer, channel ``whatsapp``: each message with its time and sender, media listed by
name and kept in the data folder, order numbers linked like mail, the reply clock run on
it like on mail (its figures shown apart from email's). Importing a longer export of the
same chat adds only what is new: each message has a stable id made from the chat, its
time, sender, text and how many identical ones came before it.

Who is the customer: the phone number given (``customer_phone``) or a chosen customer
(``customer_id``); who is the seller among the chat's names: ``me``, else the name that is
not the one the file is named after, else the seller's own name in the settings; when
none of that tells, :class:`WhoIsWho` asks.
"""

from __future__ import annotations

import hashlib
import logging
import re
import shutil
import threading
import zoneinfo
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from types import SimpleNamespace
from typing import cast

from seller_desk.core.common import paths
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.common.settings import Settings
from seller_desk.core.conversations import state
from seller_desk.core.shop import customers, linking, whatsapp_chat
from seller_desk.core.store import events
from seller_desk.core.store.bulk import bulk_insert, insert_returning_ids
from seller_desk.core.store.models import (
    DIRECTION_IN,
    DIRECTION_OUT,
    Attachment,
    Conversation,
    Customer,
    Message,
    database,
)

logger = logging.getLogger(__name__)

CHANNEL = "whatsapp"
WHATSAPP_IMPORTED = "whatsapp_imported"
WHATSAPP_ANSWERED = "whatsapp_answered"
#: where media of imported chats are kept, inside the cache folder
MEDIA_FOLDER = "whatsapp"
_CONTENT_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png",
                  ".webp": "image/webp", ".gif": "image/gif", ".mp4": "video/mp4",
                  ".opus": "audio/ogg", ".ogg": "audio/ogg", ".m4a": "audio/mp4",
                  ".pdf": "application/pdf", ".vcf": "text/vcard"}


class WhoIsWho(ValidationError):
    """The chat's names do not say which one is the seller: the seller chooses."""

    @property
    def names(self) -> list[str]:
        return list(self.msg.params.get("names", []))


def _who_is_who(names: list[str]) -> WhoIsWho:
    return WhoIsWho("whatsapp.who_is_seller", {"names": names}, field="me",
                    hint="whatsapp.who_is_seller_hint")


@dataclass
class ImportResult:
    """What an import did."""

    conversation_id: int
    customer_id: int
    added: int = 0
    already_there: int = 0
    notices: int = 0
    media: list[str] = field(default_factory=list)  # file names kept
    media_missing: list[str] = field(default_factory=list)  # named but not in the export
    dry_run: bool = False


def _zone(settings: Settings) -> tzinfo:
    name = str(settings.get("seller.timezone") or "")
    if name:
        try:
            return zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            logger.warning("Unknown time zone %r; WhatsApp times read in the computer's", name)
    local = datetime.now().astimezone().tzinfo
    return local or UTC


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _seller_name(chat: whatsapp_chat.Chat, me: str, customer: Customer | None,
                 settings: Settings) -> str:
    names = chat.participants
    if me:
        if me not in names:
            raise _who_is_who(names)
        return me
    if len(names) == 1:
        # only one side wrote: the one the chat is named after, or a phone number, is the
        # customer; else the seller's own messages are all there is
        only = names[0]
        if only == chat.title or (customer is not None and customer.phone and
                                  _digits(only) == _digits(customer.phone)):
            return ""
        own = str(settings.get("seller.name") or "")
        return only if own and own == only else ""
    others = [n for n in names if n != chat.title] if chat.title in names else []
    if customer is not None and customer.phone:
        others = others or [n for n in names if _digits(n) != _digits(customer.phone)]
    if len(others) == 1:
        return others[0]
    own = str(settings.get("seller.name") or "")
    if own in names:
        return own
    raise _who_is_who(names)


def _customer(customer_id: int | None, phone: str, title: str, country: str) -> Customer:
    if customer_id is not None:
        found = Customer.get_or_none(Customer.id == customer_id)
        if found is None:
            raise ValidationError("whatsapp.customer_gone")
        if phone and not found.phone:
            found.phone = customers.normalize_phone(phone, country)
            found.save()
        return found
    if not phone:
        raise ValidationError("whatsapp.customer_needed", field="customer",
                              hint="whatsapp.customer_needed_hint")
    number = customers.normalize_phone(phone, country)
    found = Customer.get_or_none(Customer.phone == number)
    if found is not None:
        return found
    return customers.create_customer(name=title, phone=number, country=country)


def _conversation(customer: Customer, title: str) -> Conversation:
    conv = (Conversation.select()
            .where((Conversation.customer == customer) & (Conversation.channel == CHANNEL))
            .order_by(Conversation.id).first())
    if conv is None:
        conv = Conversation.create(customer=customer, channel=CHANNEL,
                                   subject=f"WhatsApp: {title or customer.name}"[:500])
    return cast(Conversation, conv)


def _message_key(customer: Customer, message: whatsapp_chat.ChatMessage, seen: int) -> str:
    """A stable id for a message of this customer's chat (the same in a longer export)."""
    digest = hashlib.sha1(
        "\x1f".join((str(customer.id), message.when.isoformat(), message.sender,
                     message.text, ",".join(message.attachments), str(seen))).encode()
    ).hexdigest()[:24]
    return f"wa.{digest}@whatsapp.invalid"


def _media_dir(conv: Conversation) -> Path:
    return paths.private_dir(paths.cache_dir() / MEDIA_FOLDER / str(conv.id))


def _keep_media(chat: whatsapp_chat.Chat, source: Path, name: str,
                folder: Path) -> Path | None:
    """Copy an attachment of the export into the data folder; None when the export lacks it."""
    target = folder / Path(name).name  # never a path out of the folder, whatever the name
    if target.exists():
        return target
    data = chat.media_bytes(name) if chat.media else None
    if data is None:
        beside = source.parent / Path(name).name  # a .txt exported with its media beside
        if chat.source is None and beside.is_file():
            shutil.copyfile(beside, target)
            return target
        return None
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(data)
    partial.replace(target)
    return target


def import_chat(path: Path | str, *, customer_phone: str = "", customer_id: int | None = None,
                me: str = "", day_first: bool | None = None, dry_run: bool = False,
                cancel: threading.Event | None = None) -> ImportResult:
    """Store a WhatsApp export as the customer's WhatsApp conversation.

    Raises:
        ValidationError: not an export, an unknown date order (``DateOrderUnknown``),
            names that do not say who the seller is (:class:`WhoIsWho`), no customer.
            Nothing is written then, nor when ``cancel`` is set before the end.
    """
    source = Path(path)
    settings = Settings()
    country = str(settings.get("seller.country") or "MY")
    chat = whatsapp_chat.read(source, day_first=day_first)
    zone = _zone(settings)
    stored: list[Message] = []
    with database.atomic() as transaction:
        customer = _customer(customer_id, customer_phone, chat.title, country)
        seller = _seller_name(chat, me, customer, settings)
        if not customer.name and chat.title:
            customer.name = chat.title[:300]
            customer.save()
        conv = _conversation(customer, chat.title)
        result = ImportResult(conv.id, customer.id, dry_run=dry_run)
        counts: dict[tuple[datetime, str, str, tuple[str, ...]], int] = {}
        keyed = []
        for message in chat.messages:
            ident = (message.when, message.sender, message.text, message.attachments)
            seen = counts.get(ident, 0)
            counts[ident] = seen + 1
            keyed.append((_message_key(customer, message, seen), message))
        known = set()
        keys = [k for k, _ in keyed]
        param = database.obj.param if database.obj is not None else "?"
        for start in range(0, len(keys), 500):
            # plain SQL: peewee builds a node per value, which costs more than the lookup
            part = keys[start:start + 500]
            known |= {m for (m,) in database.execute_sql(
                f'SELECT message_id FROM "{Message._meta.table_name}" WHERE message_id IN '
                f'({", ".join([param] * len(part))})', part).fetchall()}
        folder = None if dry_run else _media_dir(conv)
        rows = []
        for key, message in keyed:
            if cancel is not None and cancel.is_set():
                transaction.rollback()
                raise ValidationError("whatsapp.cancelled")
            if message.notice:
                result.notices += 1
                continue
            if key in known:
                result.already_there += 1
                continue
            known.add(key)
            result.added += 1
            when = message.when.replace(tzinfo=zone).astimezone(UTC)
            text = message.text or ""
            if message.attachments and not text:
                text = "\n".join(f"[{name}]" for name in message.attachments)
            rows.append((key, message, when, text))
        if dry_run:
            transaction.rollback()
            return result
        # many thousand messages: written in bulk, not one INSERT each
        values = []
        for key, message, when, text in rows:
            outgoing = bool(seller) and message.sender == seller
            values.append(dict(
                conversation=conv.id, message_id=key, sender_name=message.sender[:300],
                subject=conv.subject, date=when, received_at=when,
                direction=DIRECTION_OUT if outgoing else DIRECTION_IN, is_seen=True,
                text_body=text, snippet=" ".join(text.split())[:300], size=len(text),
                has_attachments=bool(message.attachments), body_fetched=True,
                language=linking.detect_language(text) if not outgoing else ""))
        ids = insert_returning_ids(Message, values)
        attachments = []
        for row_id, (_key, message, _when, _text) in zip(ids, rows, strict=True):
            for name in message.attachments:
                kept = _keep_media(chat, source, name, folder) if folder else None
                (result.media if kept else result.media_missing).append(name)
                attachments.append(dict(
                    message=row_id, filename=Path(name).name[:500],
                    content_type=_CONTENT_TYPES.get(Path(name).suffix.lower(),
                                                    "application/octet-stream"),
                    size=kept.stat().st_size if kept else 0,
                    cached_path=(str(kept.relative_to(paths.cache_dir())) if kept else None)))
        bulk_insert(Attachment, attachments)
        # the rows as the linking reads them (their attributes), made here rather than
        # read back or built as models: a long chat has tens of thousands
        stored.extend(cast(Message, SimpleNamespace(
            id=row_id, conversation_id=conv.id, sender_email="", is_auto=False, **{
                k: v for k, v in row.items() if k != "conversation"}))
            for row_id, row in zip(ids, values, strict=True))
        if stored:
            if any(m.has_attachments for m in stored):
                Conversation.update(has_attachments=True).where(
                    Conversation.id == conv.id).execute()
            events.record(WHATSAPP_IMPORTED, conversation=conv, customer=customer,
                          added=result.added, file=source.name[:200])
            # in the same transaction as the messages: an import cut off by a closed or
            # killed app leaves either nothing or the chat with its clock and order links,
            # never messages the conversation's figures and links do not know of
            state.refresh_many([conv.id])  # the batch path: its clock events in bulk
            linking.after_messages_stored(stored)
    logger.info("WhatsApp chat %s: %d new, %d already there", source.name, result.added,
                result.already_there)
    return result


def record_answer(customer_id: int, text: str, *, sender: str = "",
                  at: datetime | None = None) -> int:
    """An answer the seller sent on WhatsApp (through "Answer on WhatsApp"), kept in the
    customer's WhatsApp conversation: its clock stops there as a mail reply stops one.
    Returns the conversation's id (made when the customer had none)."""
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise ValidationError("whatsapp.customer_gone")
    when = at or datetime.now(UTC)
    with database.atomic():
        conv = _conversation(customer, customer.name)
        seen = Message.select().where((Message.conversation == conv.id)
                                      & (Message.date == when)).count()
        key = _message_key(customer, whatsapp_chat.ChatMessage(
            when.replace(tzinfo=None), sender or "seller", text), seen)
        Message.create(conversation=conv, message_id=key, sender_name=sender[:300],
                       subject=conv.subject, date=when, received_at=when,
                       direction=DIRECTION_OUT, is_seen=True, text_body=text,
                       snippet=" ".join(text.split())[:300], size=len(text),
                       body_fetched=True)
        events.record(WHATSAPP_ANSWERED, conversation=conv, customer=customer)
    state.refresh_many([conv.id])
    return int(conv.id)
