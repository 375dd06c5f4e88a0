"""How a reply quotes and a forward carries the original: the attribution line ("On 3 Nov
2026, 10:15, Siti <siti@...> wrote:", from :mod:`..parse.attribution`) in the reply's
language, "> " lines in the text
part, a ``blockquote`` in the HTML part, and the forwarded message's header block.

:func:`full_text` and :func:`full_html` give the bodies as sent, from what the seller
typed (:class:`compose.Outgoing`) and the :class:`Quote` of the original.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from seller_desk.core.common import timefmt
from seller_desk.core.mail.parse import attribution
from seller_desk.core.mail.parse import html as mail_html

_FORWARDED = {
    "en": "---------- Forwarded message ----------",
    "ms": "---------- Mesej yang dimajukan ----------",
    "id": "---------- Pesan yang diteruskan ----------",
}
_FIELD_WORDS = {
    "en": ("From", "Date", "Subject", "To"),
    "ms": ("Daripada", "Tarikh", "Subjek", "Kepada"),
    "id": ("Dari", "Tanggal", "Subjek", "Kepada"),
}


@dataclass
class Quote:
    """The message being answered or forwarded, as it will be quoted."""

    author: str  # "Name <address>"
    date: datetime | None
    subject: str
    to: str
    text: str
    html: str = ""


class Outgoing(Protocol):
    """What quoting reads of a message being written (:class:`compose.Outgoing` has it)."""

    kind: str
    text: str
    html: str
    language: str
    include_quote: bool

    @property
    def quote(self) -> Quote | None: ...


def html_to_text(markup: str) -> str:
    """Readable text from HTML (for quoting an HTML-only message)."""
    try:

        convert = getattr(mail_html, "html_to_text", None) or getattr(mail_html, "to_text", None)
        if convert is not None:
            return str(convert(markup))
    except ImportError:
        pass
    text = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", "", markup or "")
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>|</tr>|</h\d>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = html_lib.unescape(text)
    text = re.sub(r"[ \t\r\f\v]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def quote_text(text: str) -> str:
    """Prefix every line with "> " (">" before a line already quoted)."""
    lines = (text or "").replace("\r\n", "\n").rstrip("\n").split("\n")
    return "\n".join((">" + line) if line.startswith(">") else ("> " + line if line else ">")
                     for line in lines)


def _when(value: datetime | None, language: str) -> str:
    if value is None:
        return ""
    from babel.dates import format_datetime as babel_datetime

    locale = {"ms": "ms_MY", "id": "id_ID"}.get(language, "en_GB")
    return babel_datetime(timefmt.local(value), "d MMM y, HH:mm", locale=locale)


def _attribution(out: Outgoing) -> str:
    q = out.quote
    assert q is not None
    return attribution.line(out.language, q.author, _when(q.date, out.language))


def _forward_header(out: Outgoing) -> list[tuple[str, str]]:
    q = out.quote
    assert q is not None
    f, d, s, t = _FIELD_WORDS.get(out.language, _FIELD_WORDS["en"])
    rows = [(f, q.author), (d, _when(q.date, out.language)), (s, q.subject), (t, q.to)]
    return [(k, v) for k, v in rows if v]


def full_text(out: Outgoing) -> str:
    """The plain-text body as sent: the seller's text, then the quote or forwarded message."""
    text = (out.text or "").replace("\r\n", "\n").rstrip()
    if not out.text.strip() and out.html.strip():
        text = html_to_text(out.html)
    if out.quote is None or not out.include_quote:
        return text + "\n"
    if out.kind == "forward":
        head = "\n".join(f"{k}: {v}" for k, v in _forward_header(out))
        block = f"{_FORWARDED.get(out.language, _FORWARDED['en'])}\n{head}\n\n{out.quote.text}"
        return (text + "\n\n" if text else "") + block.rstrip() + "\n"
    return (text + "\n\n" if text else "") + _attribution(out) + "\n" + quote_text(
        out.quote.text) + "\n"


def full_html(out: Outgoing) -> str:
    """The HTML body as sent ("" when the seller wrote plain text)."""
    if not out.html.strip():
        return ""
    markup = out.html
    body_match = re.search(r"(?is)<body[^>]*>(.*)</body>", markup)
    inner = body_match.group(1) if body_match else markup
    quoted = ""
    if out.quote is not None and out.include_quote:
        original = out.quote.html
        if original:
            original_match = re.search(r"(?is)<body[^>]*>(.*)</body>", original)
            original = original_match.group(1) if original_match else original
        else:
            original = html_lib.escape(out.quote.text).replace("\n", "<br>\n")
        if out.kind == "forward":
            head = "<br>\n".join(f"<b>{html_lib.escape(k)}:</b> {html_lib.escape(v)}"
                                 for k, v in _forward_header(out))
            title = html_lib.escape(_FORWARDED.get(out.language, _FORWARDED["en"]))
            quoted = f"<div>{title}<br>\n{head}<br><br>\n{original}</div>"
        else:
            quoted = (
                f"<div>{html_lib.escape(_attribution(out))}</div>\n"
                '<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:2px solid '
                f'#ccc;padding-left:1ex">\n{original}\n</blockquote>'
            )
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n'
        f"{inner}\n{quoted}\n</body></html>\n"
    )
