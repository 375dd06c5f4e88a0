"""Writing mail: reply, reply all, forward and new messages, built into correct MIME.

The composer works on an :class:`Outgoing`: who, what, and the message it answers. The
functions :func:`reply`, :func:`reply_all`, :func:`forward` and :func:`new_message` prefill
one; :func:`send` checks it, builds the final MIME (:func:`build_message`) and puts it in
the outbox, which sends it in the background. Drafts of it live in :mod:`drafts`, the
quoting of the original (attribution line, "> " lines, blockquote) in :mod:`quoting`.

Rules followed:

* From is the seller's account the customer wrote to (the one of the seller's addresses
  found in the original's To/Cc, else the account it arrived in).
* In-Reply-To is the original's Message-ID; References is the original's References (or
  In-Reply-To) plus its Message-ID, trimmed to the first and the latest ids when long
  (RFC 5322 section 3.6.4).
* One "Re:" and no more: the usual reply prefixes of other mail programs (Aw, Antw, Sv, Vs,
  Balas, Odp, 回复 ...) and stacked or counted ones ("Re[2]:", "RE: Re:") become one "Re:".
  Forwards get one "Fwd:". The prefixes are listed in :mod:`..parse.subjects`, which
  threading reads too.
* A plain-text part always; an HTML part when the seller wrote formatted text. The
  original is quoted in both ("> " lines, a ``blockquote`` in HTML).
* Headers are RFC 2047 encoded and attachment names RFC 2231 encoded, so Malay,
  Indonesian, Chinese and emoji survive every server; bodies are 7-bit safe
  (quoted-printable or base64), so no server needs 8BITMIME.
"""

from __future__ import annotations

import logging
import mimetypes
import re
import uuid
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email import policy as email_policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, getaddresses
from pathlib import Path
from typing import cast

from seller_desk import APP_NAME, __version__
from seller_desk.core.answering.quoting import Quote, full_html, full_text, html_to_text
from seller_desk.core.common import timefmt
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.common.messages import Msg
from seller_desk.core.common.settings import Settings
from seller_desk.core.mail.ingest import bodies
from seller_desk.core.mail.parse.subjects import forward_subject, reply_subject
from seller_desk.core.mail.send import outbox
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import (
    DIRECTION_OUT,
    Account,
    Conversation,
    Draft,
    Message,
    Order,
    OutboxMessage,
    database,
)
from seller_desk.core.templates import canned as templates

logger = logging.getLogger(__name__)

#: What the seller's mail is written with: CRLF line ends, every byte 7-bit.

#: Most providers refuse messages above 25 MB; base64 makes attachments a third larger.
MAX_ATTACHMENT_BYTES = 18 * 1024 * 1024

MAX_REFERENCES = 20

_MSGID = re.compile(r"<([^<>\s]+)>")

# --- what the composer edits ---------------------------------------------------------


@dataclass
class OutgoingAttachment:
    """A file to send: its name, MIME type and bytes."""

    filename: str
    content_type: str
    data: bytes
    path: str = ""  # where it came from on disk, for drafts ("" for a forwarded part)

    @classmethod
    def from_path(cls, path: str | Path) -> OutgoingAttachment:
        """Read a file from disk.

        Raises:
            ValidationError: the file cannot be read.
        """
        p = Path(path)
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise ValidationError("compose.file_unreadable",
                                  {"name": p.name, "reason": exc.strerror or exc},
                                  field="attachments") from exc
        ctype = mimetypes.guess_type(p.name)[0] or "application/octet-stream"
        return cls(p.name, ctype, data, str(p))


@dataclass
class Outgoing:
    """A message being written. ``text`` and ``html`` are what the seller typed; the quote
    of the original is added by :func:`build_message`."""

    account: Account
    kind: str = "new"  # new, reply, reply_all, forward
    to: list[str] = field(default_factory=list)  # "Name <address>" or "address"
    cc: list[str] = field(default_factory=list)
    bcc: list[str] = field(default_factory=list)
    subject: str = ""
    text: str = ""
    html: str = ""  # formatted text (HTML); empty: plain text only
    attachments: list[OutgoingAttachment] = field(default_factory=list)
    in_reply_to: str = ""  # Message-ID without angle brackets
    references: list[str] = field(default_factory=list)
    conversation: Conversation | None = None
    order: Order | None = None
    reply_to_message: Message | None = None
    quote: Quote | None = None
    include_quote: bool = True
    language: str = templates.DEFAULT_LANGUAGE
    template_key: str | None = None
    #: an automatic status email (marked Auto-Submitted: auto-generated, RFC 3834)
    auto: bool = False


# --- addresses ------------------------------------------------------------------------


def split_addresses(values: Iterable[str] | str) -> list[tuple[str, str]]:
    """(name, address) pairs from header-style text; empty addresses are dropped."""
    if isinstance(values, str):
        values = [values]
    pairs = getaddresses([v for v in values if v])
    return [(name.strip(), addr.strip()) for name, addr in pairs if addr and "@" in addr]


def _dedupe(pairs: Iterable[tuple[str, str]], exclude: set[str]) -> list[tuple[str, str]]:
    seen = set(exclude)
    out = []
    for name, addr in pairs:
        key = addr.lower()
        if key in seen:
            continue
        seen.add(key)
        out.append((name, addr))
    return out


def address_text(pair: tuple[str, str]) -> str:
    """One (name, address) as a To or Cc line writes it: "Name <a@b>", the name quoted when
    it holds a comma, quote or bracket."""
    name, addr = pair
    if not name:
        return addr
    if re.search(r'[,;:"<>@()\[\]\\]', name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{addr}>"


def to_address(name: str, addr: str) -> Address:
    """A header address; an internationalised domain is written in its IDNA form.

    Raises:
        ValidationError: the address is not usable (no @, non-Latin local part).
    """
    addr = addr.strip()
    local, at, domain = addr.rpartition("@")
    if not at or not local or not domain or " " in addr:
        raise ValidationError("address.invalid", {"address": addr}, field="to")
    if not local.isascii():
        raise ValidationError("compose.address_not_latin", {"address": addr}, field="to")
    if not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError as exc:
            raise ValidationError("address.invalid", {"address": addr}, field="to") from exc
    return Address(display_name=name, username=local, domain=domain)


def own_addresses() -> dict[str, Account]:
    """The seller's addresses (lower-case) and their accounts."""
    return {a.email.lower(): a for a in Account.select()}


def choose_account(message: Message | None = None,
                   conversation: Conversation | None = None) -> Account:
    """The account to answer from: the one the customer wrote to.

    Raises:
        ValidationError: the seller has no account to send from.
    """
    own = own_addresses()
    if message is not None:
        fields = [message.to_addrs, message.cc_addrs]
        if message.direction == DIRECTION_OUT:
            fields.insert(0, message.sender_email)
        for _name, addr in split_addresses(fields):
            if addr.lower() in own:
                return own[addr.lower()]
        if message.account_id:
            return cast(Account, message.account)
    if conversation is not None and conversation.account_id:
        return cast(Account, conversation.account)
    fallback: Account | None = (
        Account.select()
        .where((Account.enabled == True) & (Account.smtp_host != ""))  # noqa: E712
        .order_by(Account.id)
        .first()
    )
    if fallback is None:
        fallback = Account.select().order_by(Account.id).first()
    if fallback is None:
        raise ValidationError("compose.no_account", hint="compose.no_account_hint")
    return fallback


# --- prefilling -----------------------------------------------------------------------


def _references(message: Message) -> list[str]:
    refs = message.references.split() if message.references else []
    if not refs and message.in_reply_to:
        ids = _MSGID.findall(message.in_reply_to) or message.in_reply_to.split()
        if len(ids) == 1:
            refs = ids
    if message.message_id:
        refs.append(message.message_id)
    refs = list(dict.fromkeys(r.strip("<>") for r in refs if r.strip("<>")))
    if len(refs) > MAX_REFERENCES:
        refs = refs[:1] + refs[-(MAX_REFERENCES - 1):]
    return refs


def _author(message: Message) -> str:
    return address_text((message.sender_name, message.sender_email)) if message.sender_email else (
        message.sender_name or "")


def quote_of(message: Message) -> Quote:
    """What will be quoted of ``message`` (its HTML cleaned first, if it never was: a
    reply may quote a message that was never shown)."""
    bodies.clean_html([message])
    text = message.text_body or ""
    if not text and message.html_body:
        text = html_to_text(message.html_body)
    return Quote(
        author=_author(message),
        date=message.date or message.received_at,
        subject=message.subject,
        to=message.to_addrs,
        text=text,
        html=message.html_body or "",
    )


def _language_for(message: Message | None, conversation: Conversation | None) -> str:
    conv = conversation or (message.conversation if message and message.conversation_id
                            else None)
    customer = conv.customer if conv is not None and conv.customer_id else None
    if conv is None and customer is None and message is not None and \
            message.direction != DIRECTION_OUT:
        guess = templates.detect_language(f"{message.subject} {message.text_body[:2000]}")
        if guess:
            return guess
    return templates.choose_language(customer=customer, conversation=conv)


def reply(message: Message, *, all: bool = False) -> Outgoing:  # reads well
    """A reply to ``message``, prefilled: From, To (and Cc for reply all), subject,
    threading headers and the quote. The seller writes ``text`` (and maybe ``html``)."""
    own = own_addresses()
    conv = message.conversation if message.conversation_id else None
    account = choose_account(message, conv)
    if message.direction == DIRECTION_OUT:
        # answering one's own message: write to the same people again
        to = split_addresses(message.to_addrs)
        cc = split_addresses(message.cc_addrs) if all else []
    else:
        to = split_addresses(message.reply_to) or split_addresses(
            address_text((message.sender_name, message.sender_email))
        )
        cc = []
        if all:
            cc = split_addresses([message.to_addrs, message.cc_addrs])
    to = _dedupe(to, set())
    cc = _dedupe(cc, set(own) | {a.lower() for _n, a in to})
    if message.direction != DIRECTION_OUT:
        to = [p for p in to if p[1].lower() not in own] or to
    order = None
    if conv is not None:
        order = templates.build_context(conv, language="en").order
    return Outgoing(
        account=account,
        kind="reply_all" if all else "reply",
        to=[address_text(p) for p in to],
        cc=[address_text(p) for p in cc],
        subject=reply_subject(message.subject),
        in_reply_to=message.message_id,
        references=_references(message),
        conversation=conv,
        order=order,
        reply_to_message=message,
        quote=quote_of(message),
        language=_language_for(message, conv),
    )


def reply_all(message: Message) -> Outgoing:
    """A reply to the sender and everyone else on ``message`` except the seller."""
    return reply(message, all=True)


def forward(message: Message, *, with_attachments: bool = True) -> Outgoing:
    """``message`` forwarded (inline, with its attachments); the seller adds recipients.

    A forward is not an answer to the customer: it starts its own conversation.
    """
    conv = message.conversation if message.conversation_id else None
    out = Outgoing(
        account=choose_account(message, conv),
        kind="forward",
        subject=forward_subject(message.subject),
        reply_to_message=message,
        quote=quote_of(message),
        language=_language_for(message, conv),
    )
    if with_attachments:
        out.attachments = attachments_of(message)
    return out


def new_message(account: Account | None = None, *, to: Sequence[str] = (),
                conversation: Conversation | None = None, order: Order | None = None,
                subject: str = "") -> Outgoing:
    """A new message (to a customer, a courier ...), optionally within a conversation."""
    acc = account or choose_account(None, conversation)
    return Outgoing(
        account=acc,
        kind="new",
        to=list(to),
        subject=subject,
        conversation=conversation,
        order=order,
        language=_language_for(None, conversation),
    )


def attachments_of(message: Message) -> list[OutgoingAttachment]:
    """The attachments of a stored message, from its kept raw MIME (empty when not kept)."""
    if not message.raw:
        return []
    try:
        raw = zlib.decompress(bytes(message.raw))
    except zlib.error:
        raw = bytes(message.raw)
    parsed = BytesParser(policy=email_policy.default).parsebytes(raw)
    found = []
    for part in parsed.walk():
        if part.is_multipart():
            continue
        filename = part.get_filename()
        disposition = part.get_content_disposition()
        if not filename and disposition != "attachment":
            continue
        try:
            payload = part.get_payload(decode=True)
        except (AssertionError, LookupError, ValueError):
            continue
        data = payload if isinstance(payload, bytes) else b""
        found.append(OutgoingAttachment(filename or "attachment", part.get_content_type(),
                                        data))
    return found


def apply_template(out: Outgoing, rendered: templates.Rendered) -> templates.Rendered:
    """Put a filled template into ``out`` (text, language; the subject of a new message).

    Returns ``rendered`` so the caller can show its ``missing`` placeholders.
    """
    out.text = rendered.body if not out.text.strip() else out.text.rstrip() + "\n\n" + rendered.body
    if out.kind in ("new", "forward") and not out.subject.strip():
        out.subject = rendered.subject
    out.language = rendered.language
    out.template_key = rendered.key or out.template_key
    return rendered


# --- building the MIME --------------------------------------------------------------


def _domain(account: Account) -> str:
    domain = account.email.rpartition("@")[2].strip().lower() or "localhost"
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError:
        return "localhost"


def make_message_id(account: Account) -> str:
    """A new, globally unique Message-ID (without angle brackets) in the account's domain.

    Not ``email.utils.make_msgid``: that asks DNS for this computer's name and puts it in
    every message.
    """
    return f"{uuid.uuid4().hex}.sd@{_domain(account)}"


def sender_name(account: Account) -> str:
    """The name shown in From: the mailbox's own sender name when the seller gave one (a
    seller with two shops sends each under its own name), else the seller's name as they
    gave it (a person answers, which customers trust more than a shop's name), else the
    shop's, else none."""
    own = str(getattr(account, "sender_name", "") or "").strip()
    if own:
        return own
    s = Settings()
    return str(s.get("seller.name") or "").strip() or str(s.get("seller.shop_name") or "").strip()


def recipients(out: Outgoing) -> list[str]:
    """Every envelope recipient (To, Cc, Bcc), once each."""
    pairs = _dedupe(split_addresses([*out.to, *out.cc, *out.bcc]), set())
    return [str(to_address(n, a).addr_spec) for n, a in pairs]


def validate(out: Outgoing) -> None:
    """Refuse a message that must not leave as it is.

    Raises:
        ValidationError: no recipient, a bad address, a placeholder still unfilled,
            attachments too big for mail.
    """
    for text in out.to + out.cc + out.bcc:
        for part in re.split(r"[,;]", text):
            if part.strip() and not split_addresses(part):
                raise ValidationError("address.invalid", {"address": part.strip()}, field="to")
    if not split_addresses([*out.to, *out.cc, *out.bcc]):
        raise ValidationError("compose.no_recipient", field="to")
    for name, addr in split_addresses([*out.to, *out.cc, *out.bcc]):
        to_address(name, addr)
    leftovers = templates.unfilled(out.subject) + templates.unfilled(out.text) + \
        templates.unfilled(out.html)
    if leftovers:
        names = ["{" + n + "}" for n in dict.fromkeys(leftovers)]
        hints = [hint for n in dict.fromkeys(leftovers) if n in templates.PLACEHOLDERS
                 and (hint := templates.PLACEHOLDERS[n].missing_hint) is not None]
        raise ValidationError("compose.unfilled", {"names": names}, field="body",
                              hint=hints or "compose.unfilled_hint")
    total = sum(len(a.data) for a in out.attachments)
    if total > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            "compose.too_big", {"size": total / 1048576}, field="attachments",
            hint=Msg("compose.too_big_hint", {"limit": MAX_ATTACHMENT_BYTES // 1048576}))


def build_message(out: Outgoing, *, message_id: str | None = None,
                  date: datetime | None = None) -> EmailMessage:
    """The final MIME message (no Bcc header: Bcc recipients only go in the envelope)."""
    msg = EmailMessage(policy=outbox.POLICY)
    msg["From"] = to_address(sender_name(out.account), out.account.email)
    to = split_addresses(out.to)
    cc = split_addresses(out.cc)
    if to:
        msg["To"] = [to_address(n, a) for n, a in to]
    if cc:
        msg["Cc"] = [to_address(n, a) for n, a in cc]
    if not to and not cc:
        msg["To"] = "undisclosed-recipients:;"
    msg["Subject"] = (out.subject or "").strip()
    msg["Date"] = format_datetime(timefmt.local(date or utcnow()))
    msg["Message-ID"] = f"<{message_id or make_message_id(out.account)}>"
    if out.in_reply_to and out.kind in ("reply", "reply_all"):
        msg["In-Reply-To"] = f"<{out.in_reply_to.strip('<>')}>"
        if out.references:
            msg["References"] = " ".join(f"<{r.strip('<>')}>" for r in out.references)
    if out.auto:
        msg["Auto-Submitted"] = "auto-generated"
    msg["User-Agent"] = f"{APP_NAME} {__version__}"
    text = full_text(out)
    msg.set_content(text, subtype="plain", charset="utf-8", cte=_cte(text))
    markup = full_html(out)
    if markup:
        msg.add_alternative(markup, subtype="html", charset="utf-8", cte=_cte(markup))
    for att in out.attachments:
        maintype, _, subtype = (att.content_type or "application/octet-stream").partition("/")
        msg.add_attachment(att.data, maintype=maintype or "application",
                           subtype=subtype or "octet-stream", filename=att.filename)
    return msg


def _cte(text: str) -> str:
    # ASCII stays readable; anything else is quoted-printable (readable in the raw too)
    if text.isascii() and all(len(line) <= 998 for line in text.splitlines()):
        return "7bit"
    return "quoted-printable"


# --- sending ---------------------------------------------------------------------------


def send(out: Outgoing, *, draft: Draft | int | None = None,
         dedup_key: str | None = None) -> OutboxMessage:
    """Check ``out``, build it and queue it in the outbox (which sends it in the background).

    The draft, when given, is deleted in the same transaction. The language used is
    remembered for the customer.

    Raises:
        ValidationError: see :func:`validate`.
    """
    validate(out)
    message_id = make_message_id(out.account)
    msg = build_message(out, message_id=message_id)
    with database.atomic():
        row = outbox.queue(
            out.account,
            outbox.message_bytes(msg),
            envelope_to=recipients(out),
            conversation=out.conversation if out.kind != "forward" else None,
            order=out.order,
            dedup_key=dedup_key,
            wake=False,
        )
        if draft is not None:
            Draft.delete().where(Draft.id == int(getattr(draft, "id", draft))).execute()
        if out.template_key and out.conversation is not None and out.conversation.customer_id:
            templates.remember_language(out.conversation.customer_id, out.language)
    outbox.notify()
    return row
