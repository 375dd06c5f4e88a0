"""Unfilled placeholders shown in amber as the seller types, so none is sent by mistake."""

from __future__ import annotations

import re

from seller_desk.ui.qt import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

#: a placeholder as the templates write it: {order.number} or {customer.first_name|there}
PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+)(?:\|[^{}\n]*)?\}")


def placeholders_in(text: str) -> list[re.Match[str]]:
    """Every placeholder left in ``text``, in order."""
    return list(PLACEHOLDER.finditer(text or ""))


def strip_placeholders(text: str) -> str:
    """``text`` with each leftover placeholder replaced by its fallback (or nothing)."""

    def repl(m: re.Match[str]) -> str:
        token = m.group(0)
        return token[token.index("|") + 1:-1] if "|" in token else ""

    out = PLACEHOLDER.sub(repl, text or "")
    # "Dear ," -> "Dear,", "order  ships" -> "order ships": no stray spaces where a blank was
    out = re.sub(r"(?<=\S)[ \t]{2,}(?=\S)", " ", out)
    return re.sub(r"(?<=\S)[ \t]+([,.!?;:])", r"\1", out)


class PlaceholderHighlighter(QSyntaxHighlighter):
    """Paints ``{placeholder}`` tokens with an amber background and dark text."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.fmt = QTextCharFormat()
        self.fmt.setBackground(QColor("#fde7b0"))
        self.fmt.setForeground(QColor("#5c3d00"))
        self.fmt.setFontWeight(QFont.Weight.DemiBold)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt API
        for m in PLACEHOLDER.finditer(text):
            self.setFormat(m.start(), m.end() - m.start(), self.fmt)
