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
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QWidget,
)
from seller_desk.ui.widgets import is_selected

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
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        # the style sheet's background (selected, hovered) without the text, which is
        # drawn below: Qt's own paint draws it (initStyleOption leaves the text out)
        super().paint(painter, option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = is_selected(option, index)
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
        count_w = self.count_width(opt.font, count)
        if count:
            small = QFont(opt.font)
            small.setBold(True)
            sfm = QFontMetrics(small)
            label = f"{count:,}"
            h = sfm.height() + 2
            crect = QRect(rect.right() - count_w, rect.center().y() - h // 2 + 1, count_w, h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#b3261e") if urgent else QColor("#dde3e8"))
            painter.drawRoundedRect(crect, h / 2, h / 2)
            painter.setFont(small)
            painter.setPen(QColor("#ffffff") if urgent else QColor("#3e4c59"))
            painter.drawText(crect, Qt.AlignmentFlag.AlignCenter, label)
        trect = self.text_rect(option.rect, opt.font, index)
        font, shown = self.label(opt.font, text, trect.width(), selected)
        painter.setFont(font)
        painter.setPen(QColor("#0b524c") if selected else QColor("#1f2933"))
        painter.drawText(trect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         shown)
        painter.restore()

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # paint() draws the label itself, fitted to the count beside it

    def text_rect(self, rect: QRect, font: QFont,
                  index: QModelIndex | QPersistentModelIndex) -> QRect:
        """Where a row's label goes in ``rect``: after the colour dot, before the count."""
        inner = rect.adjusted(22, 0, -18, 0)
        if index.data(ColorRole):
            inner = inner.adjusted(8 + 8, 0, 0, 0)
        count_w = self.count_width(font, index.data(CountRole) or 0)
        return inner.adjusted(0, 0, -(count_w + 6), 0)

    def shown_label(self, rect: QRect, font: QFont,
                    index: QModelIndex | QPersistentModelIndex,
                    selected: bool) -> tuple[QFont, str]:
        """The font and text a row's label is painted with."""
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return self.label(font, text, self.text_rect(rect, font, index).width(), selected)

    @staticmethod
    def count_width(font: QFont, count: int) -> int:
        """The width of a row's count badge (0 without a count)."""
        if not count:
            return 0
        small = QFont(font)
        small.setBold(True)
        return max(24, QFontMetrics(small).horizontalAdvance(f"{count:,}") + 12)

    @staticmethod
    def label(font: QFont, text: str, width: int, selected: bool) -> tuple[QFont, str]:
        """The font and text of a row's label in ``width`` pixels.

        The selected row is bold when its name fits so; a name that fits only in the
        regular weight keeps it (a selected mailbox read "Shop mail (Gm…" in bold while
        the same name stood whole when not selected). Only what fits in neither is
        shortened, its whole name in the row's tooltip.
        """
        bold = QFont(font)
        bold.setBold(True)
        if selected and QFontMetrics(bold).horizontalAdvance(text) <= width:
            return bold, text
        regular = QFont(font)
        regular.setBold(False)
        return regular, QFontMetrics(regular).elidedText(text, Qt.TextElideMode.ElideRight,
                                                          width)


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

    def repaint_items(self) -> None:
        """Draw every line again (the counts or the current section changed).

        Line by line, not through ``viewport()``: the first Python handle on the viewport
        (a plain QWidget Qt made) has PySide6 try every widget class it knows for the
        best type, making their types and enums on the way, 10-30 ms before the window's
        first paint.
        """
        for row in range(self.count()):
            self.update(self.indexFromItem(self.item(row)))

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
