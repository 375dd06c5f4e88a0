"""The conversation as one HTML document for the message browser.

Actions inside the document are ``sd:`` links the browser hands back to the page:
``sd:expand/<message>``, ``sd:quote/<message>``, ``sd:images-once/<message>``,
``sd:images-always/<message>``, ``sd:open/<attachment>``, ``sd:save/<attachment>``,
``sd:eml/<message>``, ``sd:retry/<outbox>``, ``sd:edit/<outbox>``, ``sd:cancel/<outbox>``.
"""

from __future__ import annotations

import html
import re
from datetime import datetime

from seller_desk.core.screens.conversation import ConversationData, MessageView, OutboxView
from seller_desk.ui import format as fmt
from seller_desk.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

INK, MUTED, LINE, ACCENT = "#1f2933", "#616e7c", "#e4e7eb", "#0f766e"


def tr(text: str) -> str:
    return QCoreApplication.translate("ConversationRender", text)


def _e(text: str) -> str:
    return html.escape(text or "", quote=True)


def text_to_html(text: str) -> str:
    """Plain text as HTML that keeps line breaks and makes web links clickable."""
    escaped = _e(text)
    escaped = re.sub(r"(https?://[^\s<>&]+(?:&amp;[^\s<>&]+)*)",
                     r'<a href="\1">\1</a>', escaped)
    return escaped.replace("\n", "<br>")


_BLOCKED_IMG = re.compile(r'<img\b[^>]*\ssrc=""[^>]*>', re.IGNORECASE)
_BLOCKED_ATTR = re.compile(r'\s(?:background|srcset|poster)=""', re.IGNORECASE)


def _without_blocked(html_text: str) -> str:
    """Drop images whose remote address was blocked (an empty source draws nothing)."""
    return _BLOCKED_ATTR.sub("", _BLOCKED_IMG.sub("", html_text or ""))


def render(data: ConversationData, expanded: set[int], quotes_open: set[int],
           own_name: str = "") -> str:
    """The whole conversation; messages not in ``expanded`` show as one line."""
    parts = [f'<html><body style="color:{INK}; font-size:10.5pt;">']
    for m in data.messages:
        if m.id in expanded:
            parts.append(_message(m, m.id in quotes_open, own_name))
        else:
            parts.append(_collapsed(m, own_name))
    for o in data.outbox:
        parts.append(_outbox(o))
    if not data.messages and not data.outbox:
        parts.append(f'<p style="color:{MUTED}">{_e(tr("This conversation has no messages."))}'
                     "</p>")
    parts.append("</body></html>")
    return "".join(parts)


def _who(m: MessageView, own_name: str) -> str:
    if m.is_outgoing:
        return own_name if own_name else tr("You")
    return m.sender_name or m.sender_email


def _stripe(m: MessageView) -> str:
    if m.is_outgoing:
        return ACCENT
    if m.is_auto:
        return "#cbd2d9"
    return "#9aa5b1"


def _when(dt: datetime | None) -> str:
    return fmt.full_when(dt) if dt else ""


def _collapsed(m: MessageView, own_name: str) -> str:
    snippet = " ".join((m.text or "").split())[:140]
    return (
        f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:6px">'
        f'<tr><td width="3" bgcolor="{_stripe(m)}"></td>'
        f'<td style="padding:6px 10px"><a href="sd:expand/{m.id}" '
        f'style="color:{INK}; text-decoration:none"><b>{_e(_who(m, own_name))}</b></a>'
        f'&nbsp;&nbsp;<span style="color:{MUTED}">{_e(snippet)}</span></td>'
        f'<td align="right" style="padding:6px 10px; color:{MUTED}" nowrap>'
        f"{_e(_when(m.date))}</td></tr></table>"
    )


def _message(m: MessageView, quote_open: bool, own_name: str) -> str:
    who = _who(m, own_name)
    addr = "" if m.is_outgoing else m.sender_email
    to_line = ""
    if m.to_addrs:
        to_line = (f'<br><span style="color:{MUTED}">{_e(tr("To"))}: {_e(m.to_addrs)}'
                   + (f' · {_e(tr("Cc"))}: {_e(m.cc_addrs)}' if m.cc_addrs else "")
                   + "</span>")
    badge = ""
    if m.is_auto:
        badge = (f' &nbsp;<span style="color:{MUTED}; background-color:#eef1f4">&nbsp;'
                 f'{_e(tr("automatic"))}&nbsp;</span>')
    head = (
        f'<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td><b>{_e(who)}</b>'
        + (f' <span style="color:{MUTED}">&lt;{_e(addr)}&gt;</span>' if addr else "")
        + badge + to_line
        + f'</td><td align="right" valign="top" style="color:{MUTED}" nowrap>'
        f"{_e(_when(m.date))}"
        + (f'<br><a href="sd:eml/{m.id}" style="color:{MUTED}">{_e(tr("Save as .eml…"))}</a>'
           if m.is_mail else "")
        + "</td></tr></table>"
    )
    if m.html:
        body = _without_blocked(m.html)
        quoted = _without_blocked(m.quoted_html)
    else:
        body = text_to_html(m.text)
        quoted = text_to_html(m.quoted_text) if m.quoted_text else ""
    extra = []
    if m.parse_error:
        text = tr("This message could not be read completely; it is shown as it arrived.")
        extra.append(f'<p style="color:#9a5b00">{_e(text)}</p>')
    if m.has_remote_content and not m.remote_allowed:
        hidden = tr("Images from the internet are hidden, so the sender cannot see when you "
                    "read this.")
        always = tr("Always show images from %1").replace("%1", m.sender_email)
        extra.append(
            f'<p style="background-color:#f4f6f8; color:{MUTED}; padding:6px">'
            f"{_e(hidden)} "
            f'<a href="sd:images-once/{m.id}">{_e(tr("Show images"))}</a> · '
            f'<a href="sd:images-always/{m.id}">{_e(always)}</a></p>'
        )
    quote_html = ""
    if quoted:
        if quote_open:
            quote_html = (
                f'<p><a href="sd:quote/{m.id}" style="color:{MUTED}">'
                f'{_e(tr("Hide quoted text"))}</a></p>'
                f'<table cellspacing="0" cellpadding="0"><tr><td width="2" bgcolor="{LINE}">'
                f'</td><td style="padding-left:8px; color:{MUTED}">{quoted}</td></tr></table>'
            )
        else:
            quote_html = (f'<p><a href="sd:quote/{m.id}" style="color:{MUTED}">'
                          f'{_e(tr("··· Show quoted text"))}</a></p>')
    attachments = ""
    if m.attachments:
        rows = []
        for a in m.attachments:
            rows.append(
                f'<tr><td style="padding:3px 8px 3px 0"><b>{_e(a.filename)}</b> '
                f'<span style="color:{MUTED}">({_e(fmt.size(a.size))})</span></td>'
                f'<td style="padding:3px 0"><a href="sd:open/{a.id}">{_e(tr("Open"))}</a>'
                f' · <a href="sd:save/{a.id}">{_e(tr("Save…"))}</a></td></tr>'
            )
        attachments = (f'<table cellspacing="0" cellpadding="0" style="margin-top:6px">'
                       f'{"".join(rows)}</table>')
    return (
        f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:10px">'
        f'<tr><td width="3" bgcolor="{_stripe(m)}"></td>'
        f'<td style="padding:8px 12px">{head}'
        f'<div style="margin-top:8px">{body}</div>{quote_html}{"".join(extra)}{attachments}'
        f"</td></tr></table>"
    )


OUTBOX_TEXT = {
    "queued": ("#52606d", QT_TRANSLATE_NOOP("ConversationRender", "Waiting to be sent. It "
                                            "goes out as soon as the mail server can be "
                                            "reached.")),
    "sending": ("#0f766e", QT_TRANSLATE_NOOP("ConversationRender", "Sending…")),
    "failed": ("#b3261e", QT_TRANSLATE_NOOP("ConversationRender", "Not sent.")),
}


def _outbox(o: OutboxView) -> str:
    color, text = OUTBOX_TEXT.get(o.state, ("#52606d", o.state))
    links = ""
    reason = ""
    if o.state == "failed":
        reason = f" {_e(o.last_error)}" if o.last_error else ""
        links = (f' <a href="sd:retry/{o.id}">{_e(tr("Try again"))}</a> · '
                 f'<a href="sd:edit/{o.id}">{_e(tr("Edit and send again"))}</a> · '
                 f'<a href="sd:cancel/{o.id}">{_e(tr("Discard"))}</a>')
    elif o.state == "queued":
        links = f' <a href="sd:cancel/{o.id}">{_e(tr("Cancel sending"))}</a>'
    return (
        f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:10px">'
        f'<tr><td width="3" bgcolor="{color}"></td>'
        f'<td style="padding:8px 12px; background-color:#f8fafb">'
        f'<b>{_e(tr("Your reply"))}</b> — {_e(o.subject)}<br>'
        f'<span style="color:{color}">{_e(tr(text))}{reason}</span>{links}</td></tr></table>'
    )
