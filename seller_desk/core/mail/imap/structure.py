"""Reading the server's BODYSTRUCTURE: which parts to download as text, which are attachments.

Big messages (see :data:`seller_desk.core.mail.imap.fetch.SMALL_MESSAGE`) are not downloaded
whole: the sync asks for their structure, then for the text and HTML parts only (and the
header of each attached message). The choices follow :mod:`seller_desk.core.mail.parse.mime`'s
walk, so a message reads the same whichever way it came
(tests/integration/test_fetch_reference.py checks it on Dovecot's answers).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from seller_desk.core.mail.parse import headers as hdr
from seller_desk.core.mail.parse.mime import AttachmentInfo, default_name, file_name, safe_name

# as mime.py's walk: a delivery report's status and returned headers are read as text
_BODY_TEXT = ("text/plain", "text/enriched", "text/html", "text/rfc822-headers",
              "message/delivery-status", "message/disposition-notification")
_SKIP = ("application/pgp-signature", "application/pkcs7-signature",
         "application/x-pkcs7-signature")


@dataclass(frozen=True)
class TextPart:
    """A text or HTML part to download: its section, type and how to decode it."""

    section: str
    content_type: str
    encoding: str
    charset: str | None
    size: int


@dataclass
class Structure:
    texts: list[TextPart] = field(default_factory=list)
    attachments: list[AttachmentInfo] = field(default_factory=list)


def _s(value: Any) -> str:
    if isinstance(value, bytes):
        return hdr.decode_words(hdr.decode_bytes(value, "utf-8"))
    return "" if value is None else str(value)


def _params(value: Any) -> dict[str, str]:
    """A BODYSTRUCTURE parameter list -> dict, RFC 2231 pieces put together."""
    if not isinstance(value, list):
        return {}
    pieces = []
    for i in range(0, len(value) - 1, 2):
        key = _s(value[i]).lower()
        val = _s(value[i + 1]).replace("\\", "\\\\").replace('"', '\\"')
        pieces.append(f'{key}="{val}"')
    return hdr.parse_params("x; " + "; ".join(pieces))[1] if pieces else {}


def _disposition(value: Any) -> tuple[str, dict[str, str]]:
    if isinstance(value, list) and value:
        return _s(value[0]).lower(), _params(value[1] if len(value) > 1 else None)
    return "", {}


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def analyse(bodystructure: Any) -> Structure:
    """The parts worth downloading and the attachment list of a BODYSTRUCTURE."""
    out = Structure()
    texts, htmls = _walk(bodystructure, "", out, 0)
    out.texts = texts + htmls
    return out


def _walk(node: Any, section: str, out: Structure, depth: int,
          related_child: bool = False) -> tuple[list[TextPart], list[TextPart]]:
    if not isinstance(node, list) or not node or depth > 12:
        return [], []
    if isinstance(node[0], list):
        return _multipart(node, section, out, depth)
    ctype = f"{_s(node[0]).lower()}/{_s(node[1]).lower() if len(node) > 1 else ''}"
    params = _params(node[2] if len(node) > 2 else None)
    content_id = _s(node[3] if len(node) > 3 else None).strip().strip("<>")
    encoding = _s(node[5] if len(node) > 5 else None).lower() or "7bit"
    size = _int(node[6] if len(node) > 6 else 0)
    # extension data starts after the type-specific fields
    if ctype.startswith("text/"):
        ext = 8
    elif ctype in ("message/rfc822", "message/global"):
        ext = 10
    else:
        ext = 7
    disp, dparams = _disposition(node[ext + 1] if len(node) > ext + 1 else None)
    filename = file_name(dparams.get("filename") or params.get("name") or "")
    sec = section or "1"
    is_attachment = disp == "attachment" or (
        bool(filename) and disp != "inline" and ctype not in ("text/plain", "text/html"))
    if ctype in ("message/rfc822", "message/global") and encoding not in (
            "base64", "quoted-printable"):
        return _embedded(node, sec, filename, size, out, depth)
    if ctype in _BODY_TEXT and not is_attachment:
        part = TextPart(sec, ctype, encoding, params.get("charset"), size)
        if filename:
            out.attachments.append(AttachmentInfo(sec, filename, ctype, size, content_id))
        return ([], [part]) if ctype == "text/html" else ([part], [])
    if ctype in _SKIP:
        return [], []
    if not filename:
        filename = default_name(ctype, sec)
    if encoding == "base64":
        size = size * 3 // 4
    out.attachments.append(AttachmentInfo(
        part=sec, filename=filename, content_type=ctype[:200], size=size,
        content_id=content_id[:500],
        is_inline=(disp == "inline" or (related_child and not disp)) and bool(content_id),
    ))
    return [], []


def _subject_name(node: list[Any]) -> str:
    envelope = node[7] if len(node) > 7 and isinstance(node[7], list) else []
    subject = hdr.clean_text(_s(envelope[1])) if len(envelope) > 1 else ""
    return (subject[:80] or "message") + ".eml"


def _embedded(node: list[Any], sec: str, filename: str, size: int, out: Structure,
              depth: int) -> tuple[list[TextPart], list[TextPart]]:
    """An attached message: listed as an .eml attachment, and its text read into the
    message's text (its HEADER section, then its own text parts), as mime.py shows it."""
    out.attachments.append(AttachmentInfo(
        part=sec, filename=safe_name(filename or _subject_name(node)),
        content_type="message/rfc822", size=size,
    ))
    body = node[8] if len(node) > 8 else None
    inner = Structure()  # its attachments are the .eml's, not the message's
    # IMAP numbers an embedded single part "N.1"; a multipart's children "N.1", "N.2"
    multipart = isinstance(body, list) and bool(body) and isinstance(body[0], list)
    texts, htmls = _walk(body, sec if multipart else f"{sec}.1", inner, depth + 1)
    header = TextPart(f"{sec}.HEADER", "message/rfc822", "7bit", None, 0)
    return [header, *texts, *htmls], []


def _multipart(node: list[Any], section: str, out: Structure,
               depth: int) -> tuple[list[TextPart], list[TextPart]]:
    # the children are the leading lists; the subtype follows them
    children = []
    for c in node:
        if not isinstance(c, list):
            break
        children.append(c)
    subtype = ""
    if len(node) > len(children) and isinstance(node[len(children)], bytes):
        subtype = node[len(children)].decode("ascii", "replace").lower()
    # (BODYSTRUCTURE, unlike BODY, carries the parameters after the subtype)
    has_extension = len(node) > len(children) + 1
    made_up = len(children) == 1 and len(children[0]) > 6 and \
        isinstance(children[0][0], bytes) and _int(children[0][6]) == 0
    if made_up and has_extension and "boundary" not in _params(node[len(children) + 1]):
        # no boundary: the server shows one made-up empty part; the body itself is what
        # there is, read as mime.py reads it (text, or an attachment when it is not text)
        return [TextPart(section or "TEXT", f"multipart/{subtype}", "7bit", None, 0)], []
    prefix = f"{section}." if section else ""
    results = [
        _walk(child, f"{prefix}{i}", out, depth + 1, subtype == "related" and i > 1)
        for i, child in enumerate(children, start=1)
    ]
    if subtype == "alternative":
        texts = [t for r in results for t in r[0]]
        htmls = [h for r in results for h in r[1]]
        return texts[-1:], htmls[-1:]
    if subtype in ("related", "signed") and results:
        return results[0]
    return [t for r in results for t in r[0]], [h for r in results for h in r[1]]
