"""Raw message bytes -> :class:`ParsedMessage`. Never raises, never drops a message.

What a seller needs from a message is read here: who, when, about what, the readable text
and HTML, and the list of attachments with their IMAP section numbers (so they can be
fetched later without the rest). Attachment bodies are never decoded or copied.

The parser walks the MIME tree itself with ``bytes.find`` instead of :mod:`email`'s feed
parser, which splits every line of every attachment: on real mail that is 5-20 times faster
and lets a 4 MB attachment cost nothing. Broken input is read as well as it can be: missing
closing boundaries, broken base64 and quoted-printable, wrong or unknown charsets, 8-bit
headers, no headers at all. When nothing sensible can be read, the message is kept with
``parse_error`` set and its raw text as the body.
"""

from __future__ import annotations

import binascii
import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime

from seller_desk.core.mail.parse import headers as hdr
from seller_desk.core.mail.parse.classify import is_auto_generated
from seller_desk.core.mail.parse.html import html_to_text

logger = logging.getLogger(__name__)

MAX_TEXT = 1_000_000  # characters of body text kept (search, snippet, text view)
MAX_HTML = 2_000_000
MAX_DEPTH = 12  # nested multiparts / embedded messages followed
_NO_BODY_TYPES = ("application/pgp-signature", "application/pkcs7-signature",
                  "application/x-pkcs7-signature")
_BODY_TEXT_TYPES = ("text/plain", "text/enriched", "text/rfc822-headers",
                    "message/delivery-status", "message/disposition-notification")


@dataclass
class AttachmentInfo:
    """An attachment as listed from the structure; ``part`` is its IMAP section number."""

    part: str
    filename: str
    content_type: str
    size: int
    content_id: str = ""
    is_inline: bool = False


@dataclass
class ParsedMessage:
    """Everything the store keeps about one message."""

    message_id: str = ""
    in_reply_to: str = ""
    references: list[str] = field(default_factory=list)
    subject: str = ""
    sender_name: str = ""
    sender_email: str = ""
    to: list[tuple[str, str]] = field(default_factory=list)
    cc: list[tuple[str, str]] = field(default_factory=list)
    reply_to: list[tuple[str, str]] = field(default_factory=list)
    date: datetime | None = None
    text: str = ""
    html: str = ""  # as sent: stored as received, cleaned (ingest/bodies.py) when shown
    attachments: list[AttachmentInfo] = field(default_factory=list)
    is_auto: bool = False
    parse_error: str | None = None
    defects: list[str] = field(default_factory=list)
    content_type: str = "text/plain"
    #: header fields, lower-case name -> values (undecoded)
    fields: dict[str, list[str]] = field(default_factory=dict, repr=False)
    #: a stable id derived from the header block, for messages without a Message-ID
    fallback_id: str = ""


# --- transfer encodings ------------------------------------------------------------------

_B64_JUNK = re.compile(rb"[^A-Za-z0-9+/]")


def decode_base64(data: bytes) -> bytes:
    """Base64 that survives junk characters, missing padding and truncation."""
    try:
        return binascii.a2b_base64(data)
    except (binascii.Error, ValueError):
        pass
    clean = _B64_JUNK.sub(b"", data)
    extra = len(clean) % 4
    if extra == 1:
        clean = clean[:-1]
    elif extra:
        clean += b"=" * (4 - extra)
    try:
        return binascii.a2b_base64(clean)
    except (binascii.Error, ValueError):
        return b""


def decode_transfer(data: bytes, cte: str) -> bytes:
    """Undo a Content-Transfer-Encoding; unknown encodings are returned as they are."""
    cte = cte.strip().lower()
    if cte == "base64":
        return decode_base64(data)
    if cte == "quoted-printable":
        try:
            return binascii.a2b_qp(data)
        except (binascii.Error, ValueError):
            return data
    return data


# characters that text does not contain but binary data read as text does: C0 controls
# other than tab, line breaks and form feed; DEL and C1 controls; the replacement character
_NOT_TEXT = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


def is_garbled(text: str) -> bool:
    """True when ``text`` is binary data read as characters (1 in 20 is a control)."""
    sample = text[:4096]
    return len(_NOT_TEXT.findall(sample)) * 20 > len(sample)


def decode_text(data: bytes, cte: str, charset: str | None) -> str:
    """Readable text of a text part: transfer encoding, then charset, never failing."""
    return _text(data, decode_transfer(data, cte), cte, charset)


# control bytes that no text in any ASCII-based charset holds (NUL, which UTF-16 text has
# in every other byte, tab, line breaks, form feed, and the shift bytes and ESC of
# ISO-2022 left out); binary data has about one in eleven
_CONTROLS = bytes(range(0x01, 0x09)) + bytes(range(0x10, 0x1B)) + bytes(range(0x1C, 0x20))
_NOT_CONTROLS = bytes(b for b in range(256) if b not in _CONTROLS)
_BASE64_LINES = re.compile(rb"(?:[A-Za-z0-9+/]+={0,2}[ \t]*\r?\n)*(?:[A-Za-z0-9+/]+={0,2})?\s*")


def is_binary(data: bytes) -> bool:
    """True when ``data`` is binary, not text: one byte in 50 of its first 64 KB (and at
    least 16) is a control byte that text never holds."""
    sample = data[:65536]
    controls = len(sample.translate(None, _NOT_CONTROLS))
    return controls >= 16 and controls * 50 > len(sample)


def read_text(data: bytes, cte: str, charset: str | None) -> str | None:
    """:func:`decode_text`, or None when the part is no text at all but binary data sent
    as text (an Outlook or Word file, a photo, labelled text/plain by a broken program).

    The test is on the bytes (:func:`is_binary`), not on the characters: IMAP servers
    send a NUL byte as another byte (Dovecot: 0x80), and a charset may read any byte as a
    letter. Kept as text, one such file gave the reading pane 140,000 characters of noise,
    the list a noise snippet, and the search index thousands of noise words. A part
    labelled base64 that is not written in base64 lines is text written as it is (see
    :func:`_text`), whatever decoding it gives.
    """
    decoded = decode_transfer(data, cte)
    if is_binary(decoded) and (cte.strip().lower() != "base64"
                               or _BASE64_LINES.fullmatch(data) is not None):
        return None
    return _text(data, decoded, cte, charset)


def _text(data: bytes, decoded: bytes, cte: str, charset: str | None) -> str:
    """The text of a text part from its bytes as sent and as transfer-decoded."""
    text = hdr.decode_bytes(decoded, charset)
    # "not x or x.isspace()" is "not x.strip()" without copying a whole body to test it
    if cte.strip().lower() == "base64" and (not text or text.isspace() or is_garbled(text)) \
            and data and not data.isspace():
        # labelled base64 but written as plain text (some web forms and scripts): decoding
        # it gives junk, while the text as written reads
        plain = hdr.decode_bytes(data, charset)
        if plain and not plain.isspace() and not is_garbled(plain):
            text = plain
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\x00", "")


# --- the header part ------------------------------------------------------------------------

_CHARSET_IN_BLOCK = re.compile(rb"charset\s*=\s*\"?([A-Za-z0-9_.:+-]+)", re.I)


def header_hash_id(block: bytes) -> str:
    """A stable stand-in Message-ID for a message that has none, from its headers."""
    norm = block.replace(b"\r\n", b"\n").rstrip(b"\r\n \t")
    return "sd-" + hashlib.blake2b(norm, digest_size=12).hexdigest() + "@no-message-id.invalid"


#: a header field that is not there, for ``(fields.get(name) or _ABSENT)[0]``
_ABSENT = ("",)
#: a content type read with its parameters ("text/plain", {"charset": "utf-8"})
Content = tuple[str, dict[str, str]]


def parse_header_block(block: bytes, into: ParsedMessage | None = None) -> ParsedMessage:
    """Fill the header facts (ids, people, subject, date, auto) from a header block."""
    msg = into if into is not None else ParsedMessage()
    _read_header_block(block, msg)
    return msg


def _read_header_block(block: bytes, msg: ParsedMessage) -> Content:
    """:func:`parse_header_block` into ``msg``; its content type as read (the walk over
    the body starts from it rather than reading it again)."""
    fallback = None
    if not block.isascii():
        m = _CHARSET_IN_BLOCK.search(block)
        fallback = m.group(1).decode("ascii") if m else None
    fields = hdr.parse_fields(block, fallback)
    msg.fields = fields
    first = hdr.first
    msg.message_id = hdr.parse_msgid(first(fields, "message-id"))
    if not msg.message_id:  # the stand-in is only ever used in place of the real one
        msg.fallback_id = header_hash_id(block)
    irt = hdr.parse_references(first(fields, "in-reply-to"))
    msg.in_reply_to = irt[0] if irt else ""
    refs = hdr.parse_references(" ".join(fields.get("references", ())))
    if msg.in_reply_to and msg.in_reply_to not in refs:
        refs.append(msg.in_reply_to)
    msg.references = refs
    msg.subject = hdr.clean_text(hdr.decode_words(first(fields, "subject")))
    senders = hdr.parse_addresses(first(fields, "from")) or hdr.parse_addresses(
        first(fields, "sender")) or hdr.parse_addresses(first(fields, "return-path"))
    if senders:
        msg.sender_name = hdr.clean_text(senders[0][0], 300)
        msg.sender_email = senders[0][1][:320]
    msg.to = hdr.parse_addresses(", ".join(fields.get("to", ())))
    msg.cc = hdr.parse_addresses(", ".join(fields.get("cc", ())))
    msg.reply_to = hdr.parse_addresses(first(fields, "reply-to"))
    msg.date = hdr.parse_date(first(fields, "date"))
    content = hdr.parse_params(first(fields, "content-type") or "text/plain")
    msg.content_type = content[0] or "text/plain"

    msg.is_auto = is_auto_generated(fields, msg.sender_email, msg.content_type)
    return content


# --- the MIME tree --------------------------------------------------------------------------


class _Walk:
    """State of one walk over a message's parts."""

    def __init__(self, raw: bytes, msg: ParsedMessage) -> None:
        self.raw = raw
        self.msg = msg

    def part(self, start: int, end: int, section: str, depth: int,
             default_type: str = "text/plain", related_child: bool = False,
             ) -> tuple[list[str], list[str]]:
        """Texts and HTMLs of the part raw[start:end] (headers included)."""
        raw = self.raw
        hend, bstart = _header_end(raw, start, end)
        fields = hdr.parse_fields(raw[start:hend]) if hend > start else {}
        return self.body(fields, bstart, end, section, depth, default_type, related_child)

    def body(self, fields: dict[str, list[str]], bstart: int, end: int, section: str,
             depth: int, default_type: str = "text/plain", related_child: bool = False,
             content: Content | None = None) -> tuple[list[str], list[str]]:
        """Texts and HTMLs of a part whose header ``fields`` are read; ``content``: its
        content type, when read already from the same fields."""
        get = fields.get  # four fields of every part: no call to hdr.first for each
        ctype, params = content or hdr.parse_params((get("content-type") or _ABSENT)[0]
                                                    or default_type)
        if "/" not in ctype:
            if ctype:
                self.msg.defects.append(f"unreadable content type {ctype!r}")
            ctype = default_type
        disposition = (get("content-disposition") or _ABSENT)[0]
        disp, dparams = hdr.parse_params(disposition) if disposition else ("", {})
        filename = file_name(dparams.get("filename") or params.get("name") or "")
        cte = (get("content-transfer-encoding") or _ABSENT)[0]
        cid = (get("content-id") or _ABSENT)[0]
        if cid:
            cid = cid.strip().strip("<>").strip()
        if depth > MAX_DEPTH:
            self.msg.defects.append("parts nested too deeply; the innermost are not read")
            return [], []
        if ctype.startswith("multipart/"):
            return self.multipart(ctype, params, bstart, end, section, depth)
        is_attachment = disp == "attachment" or (bool(filename) and disp != "inline"
                                                 and ctype not in ("text/plain", "text/html"))
        if ctype in ("message/rfc822", "message/global") and cte.lower() not in (
            "base64", "quoted-printable"
        ):
            return self.embedded(bstart, end, section, depth, filename, disp)
        if not is_attachment and (ctype in _BODY_TEXT_TYPES or ctype == "text/html") and \
                not (filename and disp == "attachment"):
            read = read_text(self.raw[bstart:end], cte, params.get("charset"))
            if read is None:  # binary data sent as text: an attachment, not the text
                self.msg.defects.append(f"part {section or '1'} is binary data sent as "
                                        f"{ctype}; listed as an attachment")
                kind = _sniff(decode_transfer(self.raw[bstart : bstart + 64], cte)[:8])
                # a single-part message's body is section 1 to the server
                self.attach(section or "1", filename, kind, bstart, end, cte, cid, disp)
                return [], []
            text = read
            if ctype == "text/html":
                return [], [text]
            if filename:
                self.attach(section, filename, ctype, bstart, end, cte, cid, disp)
            return [text], []
        if ctype in _NO_BODY_TYPES:
            return [], []
        self.attach(section, filename, ctype, bstart, end, cte, cid,
                    disp or ("inline" if related_child and cid else ""))
        return [], []

    def attach(self, section: str, filename: str, ctype: str, bstart: int, end: int,
               cte: str, cid: str, disp: str) -> None:
        size = end - bstart
        if cte.strip().lower() == "base64":
            size = max(0, (size - self.raw.count(b"\n", bstart, end)) * 3 // 4)
        if not filename:
            filename = default_name(ctype, section)
        self.msg.attachments.append(AttachmentInfo(
            part=section, filename=filename, content_type=ctype[:200], size=size,
            content_id=cid[:500], is_inline=disp == "inline" and bool(cid),
        ))

    def multipart(self, ctype: str, params: dict[str, str], bstart: int, end: int,
                  section: str, depth: int) -> tuple[list[str], list[str]]:
        boundary = params.get("boundary", "")
        spans = split_multipart(self.raw, bstart, end, boundary, self.msg.defects)
        if spans is None:
            # a cut or wrong boundary parameter: the body's own delimiter lines tell it
            guessed = _guess_boundary(self.raw, bstart, end)
            if guessed and guessed != boundary:
                spans = split_multipart(self.raw, bstart, end, guessed, self.msg.defects)
                if spans is not None:
                    self.msg.defects.append(f"{ctype} with a wrong boundary; the body's used")
        if spans is None:
            # no usable boundary: show what is there as text rather than nothing, unless it
            # is not text (a photo posted as form data): then it is an attachment
            self.msg.defects.append(f"{ctype} without a usable boundary")
            text = decode_text(self.raw[bstart:end], "", None)
            if is_garbled(text):
                kind = _sniff(self.raw[bstart : bstart + 8])
                # a whole message's body is its TEXT section to the server; section "1"
                # would be the (empty) first part the server makes up
                self.attach(section or "TEXT", default_name(kind, section or "1"), kind,
                            bstart, end, "", "", "")
                return [], []
            return [text], []
        child_type = "message/rfc822" if ctype == "multipart/digest" else "text/plain"
        prefix = f"{section}." if section else ""
        results = []
        for i, (s, e) in enumerate(spans, start=1):
            related_child = ctype == "multipart/related" and i > 1
            results.append(self.part(s, e, f"{prefix}{i}", depth + 1, child_type, related_child))
        if ctype == "multipart/alternative":
            # the last alternative of each kind is the sender's preferred one
            texts = [t for r in results for t in r[0] if t and not t.isspace()]
            htmls = [h for r in results for h in r[1] if h and not h.isspace()]
            return texts[-1:], htmls[-1:]
        if ctype == "multipart/related" and results:
            return results[0]
        if ctype == "multipart/signed" and results:
            return results[0]
        texts = [t for r in results for t in r[0]]
        htmls = [h for r in results for h in r[1]]
        return texts, htmls

    def embedded(self, bstart: int, end: int, section: str, depth: int, filename: str,
                 disp: str) -> tuple[list[str], list[str]]:
        """A message inside a message (a forward as attachment, a bounce's original)."""
        inner = ParsedMessage()
        hend, inner_body = _header_end(self.raw, bstart, end)
        content = _read_header_block(self.raw[bstart:hend], inner)
        name = filename or ((inner.subject or "message")[:80] + ".eml")
        self.msg.attachments.append(AttachmentInfo(
            part=section, filename=safe_name(name), content_type="message/rfc822",
            size=end - bstart,
        ))
        walker = _Walk(self.raw, inner)
        # IMAP numbers an embedded single part "N.1"; a multipart's children "N.1", "N.2"
        inner_section = section if inner.content_type.startswith("multipart/") else \
            f"{section or '1'}.1"
        texts, htmls = walker.body(inner.fields, inner_body, end, inner_section, depth + 1,
                                   content=content)
        self.msg.defects.extend(inner.defects)
        return [attached_block(inner, texts, htmls)], []


def attached_block(inner: ParsedMessage, texts: list[str], htmls: list[str]) -> str:
    """How an attached message reads inside the text: who, when, what, then its text."""
    text = "\n\n".join(t for t in texts if t and not t.isspace())
    html = "\n".join(htmls)
    if not text and html:
        text = html_to_text(html)
    who = hdr.format_addresses([(inner.sender_name, inner.sender_email)])
    head = ["---------- Attached message ----------"]
    if who:
        head.append(f"From: {who}")
    if inner.date:
        head.append(f"Date: {inner.date:%Y-%m-%d %H:%M} UTC")
    if inner.subject:
        head.append(f"Subject: {inner.subject}")
    return "\n".join(head) + "\n\n" + text


def _header_end(raw: bytes, start: int, end: int) -> tuple[int, int]:
    """Like :func:`headers.header_end` on raw[start:end] without copying it."""
    if raw.startswith(b"\r\n", start) and start + 2 <= end:
        return start, start + 2
    if raw.startswith(b"\n", start) and start + 1 <= end:
        return start, start + 1
    crlf = raw.find(b"\r\n\r\n", start, end)
    # only a "\n\n" before the first "\r\n\r\n" matters: in CRLF mail there is none,
    # and searching on would read the whole part (a big attachment) for nothing
    lf = raw.find(b"\n\n", start, end if crlf == -1 else crlf + 1)
    if lf != -1:
        return lf, lf + 2
    if crlf != -1:
        return crlf, crlf + 4
    return end, end


def split_multipart(raw: bytes, start: int, end: int, boundary: str,
                    defects: list[str]) -> list[tuple[int, int]] | None:
    """Spans of the parts of a multipart body, or None when its boundary never occurs
    (an empty list when it only closes)."""
    if not boundary:
        return None
    delim = b"--" + boundary.encode("utf-8", "replace")
    spans: list[tuple[int, int]] = []
    pos = start
    part_start = -1
    closed = False
    while True:
        i = raw.find(delim, pos, end)
        if i == -1:
            break
        after = i + len(delim)
        at_line_start = i == start or raw[i - 1 : i] == b"\n"
        nxt = raw[after : after + 2]
        is_close = nxt == b"--"
        if not at_line_start or (nxt and not is_close and nxt[:1] not in b" \t\r\n"):
            pos = after
            continue
        if part_start != -1:
            stop = i
            if raw[stop - 1 : stop] == b"\n":
                stop -= 1
                if raw[stop - 1 : stop] == b"\r":
                    stop -= 1
            spans.append((part_start, max(part_start, stop)))
        if is_close:
            closed = True
            break
        line_end = raw.find(b"\n", after, end)
        part_start = end if line_end == -1 else line_end + 1
        pos = part_start
    if part_start == -1:
        # no part at all: none (only the closing delimiter) or no boundary in the body
        return [] if closed else None
    if not closed:
        defects.append("multipart without its closing boundary")
        if part_start < end:
            spans.append((part_start, end))
    return spans


_DELIMITER_LINE = re.compile(rb"^--([^\s]{1,200}?)(?:--)?[ \t]*\r?$", re.M)


def _guess_boundary(raw: bytes, start: int, end: int) -> str:
    """The boundary a multipart body really uses: a "--x" line that occurs again."""
    for m in _DELIMITER_LINE.finditer(raw, start, min(end, start + 65536)):
        candidate = m.group(1)
        if candidate.endswith(b"--"):
            candidate = candidate[:-2]
        if not candidate:
            continue
        # it opens the body, or it occurs more than once
        opens = not raw[start : m.start()].strip()
        if opens or raw.count(b"\n--" + candidate, start, end) >= 2:
            return candidate.decode("utf-8", "replace")
    return ""


_MAGIC = ((b"\x89PNG", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"GIF8", "image/gif"),
          (b"%PDF-", "application/pdf"), (b"PK\x03\x04", "application/zip"))


def _sniff(head: bytes) -> str:
    """The type of unlabelled binary data from its first bytes."""
    head = head.lstrip(b"\r\n")
    for magic, ctype in _MAGIC:
        if head.startswith(magic):
            return ctype
    return "application/octet-stream"


def default_name(ctype: str, section: str) -> str:
    """The file name of an attachment that has none: "part-2.png" (its section, its type)."""
    ext = {
        "image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "application/pdf": "pdf",
        "text/calendar": "ics", "text/csv": "csv", "application/zip": "zip",
        "application/octet-stream": "bin",
    }.get(ctype, ctype.rsplit("/", 1)[-1][:10] or "bin")
    return f"part-{section or '1'}.{ext}"


def file_name(value: str) -> str:
    """An attachment's name as the message gives it, without a folder: some mail programs
    send the sender's whole path ("C:\\Users\\siti\\resit.pdf"), and a "/" must not lead
    a save dialog (or anything else) into another folder."""
    if not value:  # most parts have no name: nothing to clean
        return ""
    name = hdr.clean_text(value, 500)
    base = re.split(r"[/\\]", name)[-1].strip()
    return base or name.replace("/", "_").replace("\\", "_")


def safe_name(name: str) -> str:
    """A name made from a subject, usable as a file name."""
    return "".join("_" if ch in '/\\:*?"<>|\x00' or ord(ch) < 32 else ch for ch in name)[:200]


# --- entry points -----------------------------------------------------------------------------


def parse(raw: bytes) -> ParsedMessage:
    """Read a whole raw message. Never raises: failures end in ``parse_error``."""
    try:
        return _parse(raw)
    except Exception as exc:  # noqa: BLE001 - a message must never be lost to a parser bug
        logger.warning("Message could not be parsed (%s); keeping it as raw text",
                       type(exc).__name__)
        return raw_fallback(raw, f"{type(exc).__name__}: {exc}")


def raw_fallback(raw: bytes, error: str) -> ParsedMessage:
    """A message that could not be read: its raw text is its body."""
    msg = ParsedMessage(parse_error=error[:1000])
    try:
        hend, _ = hdr.header_end(raw)
        parse_header_block(raw[:hend], msg)
    except Exception:  # noqa: BLE001 - the headers may be what broke the parser
        msg = ParsedMessage(parse_error=error[:1000])
        msg.fallback_id = header_hash_id(raw[:4096])
    msg.parse_error = error[:1000]
    msg.text = hdr.decode_bytes(raw[:MAX_TEXT]).replace("\x00", "")
    msg.html = ""
    return msg


def _parse(raw: bytes) -> ParsedMessage:
    hend, bstart = hdr.real_header_end(raw, *hdr.header_end(raw))
    msg = ParsedMessage()
    content = _read_header_block(raw[:hend], msg)
    if not msg.fields:
        if raw.strip():
            return raw_fallback(raw, "No mail headers found; shown as raw text.")
        msg.parse_error = "The message is empty."
        return msg
    walker = _Walk(raw, msg)
    texts, htmls = walker.body(msg.fields, bstart, len(raw), "", 0, content=content)
    _finish(msg, texts, htmls)
    return msg


def _finish(msg: ParsedMessage, texts: list[str], htmls: list[str]) -> None:
    # a top-level single part is section "1" in IMAP; the walk named it ""
    for att in msg.attachments:
        if not att.part:
            att.part = "1"
    msg.text = "\n\n".join(t.strip("\n") for t in texts if t and not t.isspace())[:MAX_TEXT]
    msg.html = "\n".join(htmls)[:MAX_HTML] if htmls else ""
    if not msg.text and msg.html:
        msg.text = html_to_text(msg.html, MAX_TEXT)
    if not msg.message_id:
        # two different mails without a Message-ID may share every header: the text
        # tells them apart (it reads the same however the message was fetched)
        digest = hashlib.blake2b(msg.fallback_id.encode() + msg.text.encode("utf-8", "replace"),
                                 digest_size=12).hexdigest()
        msg.fallback_id = f"sd-{digest}@no-message-id.invalid"


def parse_from_parts(header_block: bytes, parts: list[tuple[str, str, str, str | None, bytes]],
                     attachments: list[AttachmentInfo]) -> ParsedMessage:
    """Build a message from its header block and separately fetched text parts.

    Args:
        parts: (section, content type, transfer encoding, charset, body bytes) of each
            text or HTML part, in structure order; alternatives already chosen. A multipart
            type names the body of a multipart without a boundary (read as text, or
            listed as an attachment when it is not text); a message/rfc822 type names the
            HEADER section of an attached message, whose text parts follow it.
        attachments: listed from the server's BODYSTRUCTURE.
    """
    try:
        msg = parse_header_block(header_block)
        msg.attachments = list(attachments)
        texts, htmls = _read_parts(parts, msg)
        _finish(msg, texts, htmls)
        return msg
    except Exception as exc:  # noqa: BLE001 - never lose a message to a parser bug
        return raw_fallback(header_block, f"{type(exc).__name__}: {exc}")


def _read_parts(parts: list[tuple[str, str, str, str | None, bytes]],
                msg: ParsedMessage) -> tuple[list[str], list[str]]:
    texts: list[str] = []
    htmls: list[str] = []
    i = 0
    while i < len(parts):
        section, ctype, cte, charset, data = parts[i]
        i += 1
        if ctype in ("message/rfc822", "message/global"):
            # an attached message: its header, then its own parts ("2.HEADER", "2.1" ...)
            prefix = section.rsplit(".", 1)[0] + "."
            end = i
            while end < len(parts) and parts[end][0].startswith(prefix):
                end += 1
            inner_texts, inner_htmls = _read_parts(parts[i:end], msg)
            texts.append(attached_block(parse_header_block(data), inner_texts, inner_htmls))
            i = end
            continue
        read = read_text(data, cte, charset)
        if read is None and not ctype.startswith("multipart/"):
            msg.defects.append(f"part {section} is binary data sent as {ctype}; listed as "
                               "an attachment")
            kind = _sniff(decode_transfer(data[:64], cte)[:8])
            msg.attachments.append(AttachmentInfo(section, default_name(kind, section), kind,
                                                  len(data)))
            continue
        text = decode_text(data, cte, charset) if read is None else read
        if ctype.startswith("multipart/") and is_garbled(text):
            # the body of a multipart without a boundary, and it is not text: as in
            # _Walk.multipart, an attachment
            kind = _sniff(data[:8])
            msg.attachments.append(AttachmentInfo(section, default_name(kind, "1"), kind,
                                                  len(data)))
            continue
        (htmls if ctype == "text/html" else texts).append(text)
    return texts, htmls
