"""How one inbox line is painted: subject with a muted snippet, channel badges, timer pills."""

from __future__ import annotations

from seller_desk.core.conversations import inbox
from seller_desk.ui import format as fmt
from seller_desk.ui.inbox.model import (
    CHANNEL_COLORS,
    COL_ACCOUNT,
    COL_ACTIVITY,
    COL_CUSTOMER,
    COL_ORDER,
    COL_SUBJECT,
    COL_UNREAD,
    COL_WAITING,
    STATE_BACKGROUNDS,
    STATE_COLORS,
    InboxModel,
    channel_label,
)
from seller_desk.ui.qt import (
    QApplication,
    QColor,
    QFont,
    QFontMetrics,
    QModelIndex,
    QPainter,
    QPersistentModelIndex,
    QRect,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
)
from seller_desk.ui.widgets import is_selected

INK = QColor("#1f2933")
MUTED = QColor("#616e7c")
ACCENT = QColor("#0f766e")
ACCOUNT_PALETTE = ("#0f766e", "#7c3aed", "#c2410c", "#2563eb", "#be185d", "#4d7c0f")


def account_color(account_id: int | None, color: str = "") -> QColor:
    if color:
        return QColor(color)
    return QColor(ACCOUNT_PALETTE[(account_id or 0) % len(ACCOUNT_PALETTE)])


class InboxDelegate(QStyledItemDelegate):
    """Paints every cell of the inbox itself: one call for the row's data, no style calls.

    The style sheet's item painting is the slowest part of a list; a line here is a
    background, a bottom rule and a few runs of text.
    """

    PAD = 8
    SELECTED = QColor("#d7ecea")
    CURRENT = QColor("#c3e3df")
    RULE = QColor("#f0f2f4")

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        col = index.column()
        source = index.model()
        model = source if isinstance(source, InboxModel) else None
        row = model.row_at(index.row()) if model is not None else None
        painter.save()
        rect = option.rect
        if is_selected(option, index):  # not option.state: see is_selected
            painter.fillRect(rect, self.SELECTED)
        painter.setPen(self.RULE)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if model is None or row is None:
            painter.restore()
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inner = rect.adjusted(self.PAD, 0, -self.PAD, 0)
        if col == COL_UNREAD:
            if row.unread_count:
                d = 8
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(ACCENT)
                painter.drawEllipse(rect.center().x() - d // 2 + 1,
                                    rect.center().y() - d // 2 + 1, d, d)
        elif col == COL_SUBJECT:
            tag = model.outbox_tag(row) if hasattr(model, "outbox_tag") else ""
            if tag:
                inner = inner.adjusted(self._tag(painter, inner, option, tag) + 8, 0, 0, 0)
            self._subject(painter, inner, option, row)
        elif col == COL_ORDER:
            self._order(painter, inner, option, row)
        elif col == COL_WAITING:
            pill = model.outbox_pill(row)
            if pill is not None:
                self._pill(painter, inner, option, *pill)
            else:
                self._pill(painter, inner, option, model.waiting_text(row),
                           model.waiting_state(row))
        elif col == COL_ACCOUNT:
            self._account(painter, inner, option, row)
        elif col == COL_CUSTOMER:
            self._text(painter, inner, option, row.customer_name or row.counterpart_email,
                       INK, bool(row.unread_count))
        elif col == COL_ACTIVITY:
            self._text(painter, inner, option, fmt.short_when(row.last_activity_at, model.now),
                       INK if row.unread_count else MUTED, bool(row.unread_count))
        painter.restore()

    def _text(self, painter: QPainter, rect: QRect, option: QStyleOptionViewItem, text: str,
              color: QColor, bold: bool) -> None:
        font = QFont(option.font)
        font.setBold(bold)
        fm = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         fm.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))

    def _subject(self, painter: QPainter, rect: QRect, option: QStyleOptionViewItem,
                 row: inbox.InboxRow) -> None:
        font = QFont(option.font)
        font.setBold(bool(row.unread_count))
        fm = QFontMetrics(font)
        subject = row.subject or QApplication.translate("InboxModel", "(no subject)")
        subject_text = fm.elidedText(subject, Qt.TextElideMode.ElideRight, rect.width())
        painter.setFont(font)
        painter.setPen(INK)
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         subject_text)
        used = fm.horizontalAdvance(subject_text)
        rest = rect.width() - used - 14
        snippet = row.snippet
        if snippet and rest > 40:
            small = QFont(option.font)
            small.setBold(False)
            sfm = QFontMetrics(small)
            painter.setFont(small)
            painter.setPen(MUTED)
            text = sfm.elidedText(" ".join(snippet.split()), Qt.TextElideMode.ElideRight, rest)
            painter.drawText(rect.adjusted(used + 14, 0, 0, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    def _tag(self, painter: QPainter, rect: QRect, option: QStyleOptionViewItem,
             text: str) -> int:
        """A red tag at the left of ``rect`` (a reply not sent); returns its width."""
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1.5))
        small.setBold(True)
        sfm = QFontMetrics(small)
        w = min(rect.width(), sfm.horizontalAdvance(text) + 10)
        h = sfm.height() + 2
        trect = QRect(rect.left(), rect.center().y() - h // 2 + 1, w, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATE_BACKGROUNDS["breach"]))
        painter.drawRoundedRect(trect, 4, 4)
        painter.setFont(small)
        painter.setPen(QColor(STATE_COLORS["breach"]))
        painter.drawText(trect, Qt.AlignmentFlag.AlignCenter, text)
        return w

    def _order(self, painter: QPainter, rect: QRect, option: QStyleOptionViewItem,
               row: inbox.InboxRow) -> None:
        channel = row.channel
        number = row.order_number
        if not number:
            return
        badge = channel_label(channel)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1.5))
        small.setBold(True)
        sfm = QFontMetrics(small)
        bw = sfm.horizontalAdvance(badge) + 10
        bh = sfm.height() + 2
        color = QColor(CHANNEL_COLORS.get(channel, "#52606d"))
        brect = QRect(rect.left(), rect.center().y() - bh // 2 + 1, bw, bh)
        painter.setPen(Qt.PenStyle.NoPen)
        bg = QColor(color)
        bg.setAlpha(28)
        painter.setBrush(bg)
        painter.drawRoundedRect(brect, 4, 4)
        painter.setFont(small)
        painter.setPen(color)
        painter.drawText(brect, Qt.AlignmentFlag.AlignCenter, badge)
        font = QFont(option.font)
        font.setBold(False)
        fm = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(MUTED)
        nrect = rect.adjusted(bw + 6, 0, 0, 0)
        painter.drawText(nrect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         fm.elidedText(number, Qt.TextElideMode.ElideMiddle, nrect.width()))

    def _pill(self, painter: QPainter, rect: QRect, option: QStyleOptionViewItem,
              text: str, state: str) -> None:
        if not text:
            return
        font = QFont(option.font)
        font.setBold(state in ("warn", "breach"))
        fm = QFontMetrics(font)
        w = min(rect.width(), fm.horizontalAdvance(text) + 16)
        h = fm.height() + 4
        prect = QRect(rect.left(), rect.center().y() - h // 2 + 1, w, h)
        if state:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(STATE_BACKGROUNDS[state]))
            painter.drawRoundedRect(prect, h / 2, h / 2)
            painter.setPen(QColor(STATE_COLORS[state]))
        else:
            painter.setPen(MUTED)
        painter.setFont(font)
        painter.drawText(prect, Qt.AlignmentFlag.AlignCenter,
                         fm.elidedText(text, Qt.TextElideMode.ElideRight, prect.width() - 8))

    def _account(self, painter: QPainter, rect: QRect, option: QStyleOptionViewItem,
                 row: inbox.InboxRow) -> None:
        name = row.account_name
        if not name:
            return
        color = account_color(row.account_id, row.account_color)
        d = 8
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(rect.left(), rect.center().y() - d // 2 + 1, d, d)
        font = QFont(option.font)
        font.setBold(False)
        fm = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(MUTED)
        trect = rect.adjusted(d + 6, 0, 0, 0)
        painter.drawText(trect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         fm.elidedText(name, Qt.TextElideMode.ElideRight, trect.width()))
