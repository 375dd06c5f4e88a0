"""The sidebar: inbox views with their counts, the mailboxes, and the shop's sections."""

from __future__ import annotations

from typing import Any

from seller_desk.ui.qt import (
    QColor,
    QFont,
    QFontMetrics,
    QListWidget,
    QListWidgetItem,
    QModelIndex,
    QPainter,
    QPersistentModelIndex,
    QRect,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QWidget,
)

KeyRole = Qt.ItemDataRole.UserRole
CountRole = Qt.ItemDataRole.UserRole + 1
UrgentRole = Qt.ItemDataRole.UserRole + 2
ColorRole = Qt.ItemDataRole.UserRole + 3
HeaderRole = Qt.ItemDataRole.UserRole + 4


class SidebarDelegate(QStyledItemDelegate):
    """Label on the left, a count on the right (red when someone is past the target)."""

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        if index.data(HeaderRole):
            return QSize(200, 30)
        return QSize(200, 34)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        header = index.data(HeaderRole)
        if header:
            painter.save()
            font = QFont(option.font)
            font.setPointSizeF(max(7.0, option.font.pointSizeF() - 1.5))
            font.setBold(True)
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
            painter.setFont(font)
            painter.setPen(QColor("#7b8794"))
            painter.drawText(option.rect.adjusted(22, 6, -8, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             index.data(Qt.ItemDataRole.DisplayRole).upper())
            painter.restore()
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(22, 0, -18, 0)
        color = index.data(ColorRole)
        if color:
            d = 8
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(color))
            painter.drawEllipse(rect.left(), rect.center().y() - d // 2 + 1, d, d)
            rect = rect.adjusted(d + 8, 0, 0, 0)
        count = index.data(CountRole) or 0
        urgent = bool(index.data(UrgentRole))
        font = QFont(opt.font)
        font.setBold(selected)
        fm = QFontMetrics(font)
        count_w = 0
        if count:
            small = QFont(opt.font)
            small.setBold(True)
            sfm = QFontMetrics(small)
            label = f"{count:,}"
            count_w = max(24, sfm.horizontalAdvance(label) + 12)
            h = sfm.height() + 2
            crect = QRect(rect.right() - count_w, rect.center().y() - h // 2 + 1, count_w, h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#b3261e") if urgent else QColor("#dde3e8"))
            painter.drawRoundedRect(crect, h / 2, h / 2)
            painter.setFont(small)
            painter.setPen(QColor("#ffffff") if urgent else QColor("#3e4c59"))
            painter.drawText(crect, Qt.AlignmentFlag.AlignCenter, label)
        painter.setFont(font)
        painter.setPen(QColor("#0b524c") if selected else QColor("#1f2933"))
        trect = rect.adjusted(0, 0, -(count_w + 6), 0)
        painter.drawText(trect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         fm.elidedText(text, Qt.TextElideMode.ElideRight, trect.width()))
        painter.restore()


class Sidebar(QListWidget):
    """A list of sections; header rows cannot be selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setItemDelegate(SidebarDelegate(self))
        self.setFixedWidth(224)
        self.setUniformItemSizes(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_items: dict[str, QListWidgetItem] = {}

    def add_header(self, key: str, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(HeaderRole, True)
        item.setData(KeyRole, key)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.addItem(item)
        self.section_items[key] = item
        return item

    def add_section(self, key: str, text: str, color: str = "",
                    row: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(KeyRole, key)
        if color:
            item.setData(ColorRole, color)
        if row is None:
            self.addItem(item)
        else:
            self.insertItem(row, item)
        self.section_items[key] = item
        return item

    def set_count(self, key: str, count: int, urgent: bool = False) -> None:
        item = self.section_items.get(key)
        if item is not None:
            item.setData(CountRole, count)
            item.setData(UrgentRole, urgent)

    def count_of(self, key: str) -> int:
        item = self.section_items.get(key)
        return int(item.data(CountRole) or 0) if item is not None else 0

    def key_of(self, item: QListWidgetItem | None) -> str:
        return item.data(KeyRole) if item is not None else ""

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        # skip header rows when moving with the arrow keys
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = self.currentRow() + step
            while 0 <= row < self.count() and self.item(row).data(HeaderRole):
                row += step
            if 0 <= row < self.count():
                self.setCurrentRow(row)
            return
        super().keyPressEvent(event)
