"""Find text wider than its widget on a shown screen, and widgets drawn over each other.

What a tester saw in Malay and Indonesian ("10205 d 2…", a tracking-number error cut off,
a fingerprint running out of its window) is found here by measuring, not by eye:

- a label without word wrap whose longest line is wider than the room inside it, or whose
  lines are taller than it;
- a word-wrapped label holding a word (a run without spaces) wider than the label, or
  given fewer lines than its text needs;
- a button, check box or radio button narrower than its text needs;
- a combo box whose current text is wider than its text field;
- a visible header section of a list or table too narrow for its title;
- two visible widgets of one layout whose rectangles overlap.

A deliberate cut that keeps the meaning (an elided name with the full one in its tooltip)
goes on :data:`ALLOWED` by object name; the check still asks for that tooltip.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtWidgets import QStyleOptionComboBox, QStyleOptionHeader

from seller_desk.ui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFont,
    QFontMetrics,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QRect,
    QStyle,
    Qt,
    QToolButton,
    QWidget,
)

#: object names of widgets that shorten their text on purpose and keep the whole in a
#: tooltip (the check verifies the tooltip): the template preview's order and customer
#: boxes, narrow beside the template, whose lists show the names whole
ALLOWED: frozenset[str] = frozenset({"previewOrder", "previewCustomer"})

_TAGS = re.compile(r"<[^>]+>")
_SLACK = 2  # pixels: rounding between font metrics and painting


@dataclass(frozen=True)
class Misfit:
    """One text that does not fit, or two widgets drawn over each other."""

    screen: str
    kind: str
    widget: str
    text: str
    need: int
    room: int

    def __str__(self) -> str:
        return (f"{self.screen}: {self.kind} {self.widget} needs {self.need} px, has "
                f"{self.room}: {self.text!r}")


def describe(widget: QWidget) -> str:
    """A name a person can find the widget by: class, object name, its parent's."""
    name = widget.objectName() or "-"
    parent = widget.parentWidget()
    owner = type(parent).__name__ if parent is not None else ""
    return f"{type(widget).__name__}#{name} in {owner}"


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _shown_widgets(root: QWidget) -> Iterator[QWidget]:
    yield root
    for child in root.findChildren(QWidget):
        if _visible(child) and child.window() is root.window():
            yield child


def _plain(text: str, fmt: Qt.TextFormat) -> tuple[str, bool]:
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and re.search(r"<[a-zA-Z/!]", text) is not None)
    if not rich:
        return text, False
    text = re.sub(r"<br\s*/?>|</p>|</div>|</li>|</tr>", "\n", text, flags=re.I)
    text = _TAGS.sub("", text)
    for entity, char in (("&nbsp;", " "), ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"),
                         ("&quot;", '"'), ("&#39;", "'")):
        text = text.replace(entity, char)
    return text, True


def _label(screen: str, label: QLabel) -> Iterator[Misfit]:
    if label.pixmap() is not None and not label.pixmap().isNull():
        return
    text, _rich = _plain(label.text(), label.textFormat())
    if not text.strip():
        return
    fm = QFontMetrics(label.font())
    margin = 2 * label.margin() + max(0, label.indent() if label.indent() > 0 else 0)
    room = label.contentsRect().width() - margin
    name = label.objectName()
    if name in ALLOWED:
        if label.toolTip() != label.text():
            yield Misfit(screen, "elided without a tooltip", describe(label), text, 0, room)
        return
    lines = [line for line in text.splitlines() if line.strip()]
    if label.wordWrap():
        # a zero-width space is a place to break too (long order numbers carry them)
        words = [w for line in lines for w in line.replace("\u200b", " ").split()]
        widest = max(words, key=fm.horizontalAdvance, default="")
        need = fm.horizontalAdvance(widest)
        if need > room + _SLACK:
            yield Misfit(screen, "word wider than its wrapped label", describe(label),
                         widest, need, room)
        tall = label.heightForWidth(label.width())
        if tall > label.height() + _SLACK:
            # a wrapped text given fewer lines than it needs: its last lines are not shown
            yield Misfit(screen, "wrapped label cut at the bottom", describe(label), text,
                         tall, label.height())
        return
    widest = max(lines, key=fm.horizontalAdvance, default="")
    need = fm.horizontalAdvance(widest)
    if need > room + _SLACK:
        yield Misfit(screen, "label cut", describe(label), widest, need, room)
    elif len(lines) * fm.height() > label.contentsRect().height() + _SLACK:
        yield Misfit(screen, "label cut at the bottom", describe(label), text,
                     len(lines) * fm.height(), label.contentsRect().height())


def _button(screen: str, button: QAbstractButton) -> Iterator[Misfit]:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text.strip():
        return
    if isinstance(button, QToolButton) and not button.icon().isNull() and \
            button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return  # an icon without words (a tool button without an icon shows its text)
    if not isinstance(button, (QPushButton, QCheckBox, QRadioButton, QToolButton)):
        return
    need = button.sizeHint().width()
    if isinstance(button, QToolButton) and button.menu() is not None and \
            button.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup:
        # its arrow is drawn in the corner, over the text unless the style sheet keeps
        # room for it ("Masukkan isian" ran under it): the text, the arrow, some padding
        need = max(need, QFontMetrics(button.font()).horizontalAdvance(text) + 10 + 24)
    room = button.width()
    if need > room + _SLACK:
        yield Misfit(screen, "button text cut", describe(button), text, need, room)


def _combo(screen: str, combo: QComboBox) -> Iterator[Misfit]:
    text = combo.currentText()
    if not text.strip():
        return
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    icon = 0 if combo.itemIcon(combo.currentIndex()).isNull() else \
        combo.iconSize().width() + 4
    need = QFontMetrics(combo.font()).horizontalAdvance(text) + icon
    room = field.width()
    if combo.objectName() in ALLOWED:
        if need > room + _SLACK and combo.toolTip() != text:
            yield Misfit(screen, "elided without a tooltip", describe(combo), text, need, room)
        return
    if need > room + _SLACK:
        yield Misfit(screen, "combo box text cut", describe(combo), text, need, room)


def _headers(screen: str, view: QAbstractItemView) -> Iterator[Misfit]:
    model = view.model()
    if model is None:
        return
    header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
    if header is None:
        return
    header = header()
    if header is None or not _visible(header):
        return
    # the style sheet draws the titles semi-bold with 8 px of padding on either side
    font = QFont(header.font())
    font.setWeight(QFont.Weight.DemiBold)
    fm = QFontMetrics(font)
    option = QStyleOptionHeader()
    margin = max(8, header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option,
                                               header))
    width = header.viewport().width() if hasattr(header, "viewport") else header.width()
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        left = header.sectionViewportPosition(logical)
        size = header.sectionSize(logical)
        if size <= 0 or left >= width or left + size <= 0:
            continue  # scrolled out of sight
        text = model.headerData(logical, Qt.Orientation.Horizontal,
                                Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        text = str(text)
        need = fm.horizontalAdvance(text) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            need += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize,
                                               option, header)
        room = min(size, width - max(left, 0))
        if need > room + _SLACK:
            yield Misfit(screen, "column title cut", describe(view), text, need, room)


def _items_of(layout: QLayout) -> Iterator[QWidget]:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            yield widget
        elif item.layout() is not None:
            yield from _items_of(item.layout())


def _overlaps(screen: str, parent: QWidget) -> Iterator[Misfit]:
    layout = parent.layout()
    if layout is None:
        return
    shown = [w for w in _items_of(layout) if _visible(w) and w.parentWidget() is parent]
    for i, first in enumerate(shown):
        a = first.geometry()
        for second in shown[i + 1:]:
            both = a.intersected(second.geometry())
            if both.width() > _SLACK and both.height() > _SLACK:
                yield Misfit(screen, "widgets overlap", describe(first) + " / "
                             + describe(second), _rect(both), both.width(), 0)


def _rect(rect: QRect) -> str:
    return f"{rect.x()},{rect.y()} {rect.width()}x{rect.height()}"


def misfits(screen: str, root: QWidget) -> list[Misfit]:
    """Everything on ``root`` (shown, laid out) whose text does not fit or that overlaps."""
    found: list[Misfit] = []
    for widget in _shown_widgets(root):
        if isinstance(widget, QLabel):
            found += _label(screen, widget)
        elif isinstance(widget, QAbstractButton):
            found += _button(screen, widget)
        elif isinstance(widget, QComboBox):
            found += _combo(screen, widget)
        if isinstance(widget, QAbstractItemView):
            found += _headers(screen, widget)
        found += _overlaps(screen, widget)
    return found
