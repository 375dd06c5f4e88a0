"""Small widgets shared by several screens: empty states, message banners, page headers,
Save/Cancel rows and a row of buttons that wraps."""

from __future__ import annotations

from collections.abc import Callable

from seller_desk.ui.qt import (
    QAbstractItemView,
    QDialog,
    QEvent,
    QFrame,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPushButton,
    QRect,
    QShortcut,
    QSize,
    QSizePolicy,
    QStyleOptionViewItem,
    Qt,
    QTimer,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


def is_selected(option: QStyleOptionViewItem,
                index: QModelIndex | QPersistentModelIndex) -> bool:
    """Whether the item view ``option`` paints for has ``index`` selected.

    What ``option.state``'s State_Selected says, asked of the view: reading
    ``option.state`` makes PySide build the Python type of QStyle and its enums, 16 ms of
    the window's first paint (docs/performance.md, "Start"); nothing else before that
    paint needs it.
    """
    view = option.widget
    selection = view.selectionModel() if isinstance(view, QAbstractItemView) else None
    return selection is not None and selection.isSelected(index)


class EmptyState(QWidget):
    """What belongs on an empty screen, and buttons for the next step."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        self.title = QLabel(title)
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.text = QLabel(text)
        self.text.setObjectName("emptyText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setMaximumWidth(560)
        layout.addWidget(self.title)
        layout.addSpacing(4)
        # centred by stretches, not an alignment flag: an aligned wrapped label loses its
        # height-for-width and is cut off
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.text, 4)
        row.addStretch(1)
        layout.addLayout(row)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addStretch(1)
        layout.addSpacing(14)
        layout.addLayout(self.buttons)
        layout.addStretch(3)

    def add_action(self, label: str, callback: Callable[[], None], primary: bool = False
                   ) -> QPushButton:
        button = QPushButton(label)
        if primary:
            button.setObjectName("primaryButton")
        button.clicked.connect(callback)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button


class Banner(QFrame):
    """A one-line message across a page (info, ok, warn, error) with optional buttons.

    ``ok`` and ``info`` messages fade after a while; warnings and errors stay until closed
    or acted on. A message given as a function (``lambda: self.tr(...)``) is made again
    when the interface language changes, so a message that stays is not left in the old
    language.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setProperty("kind", "info")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        layout.setSpacing(8)
        self.label = QLabel()
        self.label.setObjectName("bannerText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.action_row = QHBoxLayout()
        self.action_row.setSpacing(6)
        layout.addLayout(self.action_row)
        self.close_button = QToolButton()
        self.close_button.setObjectName("bannerClose")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self._make: Callable[[], str] | None = None
        self.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and self._make is not None:
            self.label.setText(self._make())
        super().changeEvent(event)

    def show_message(self, text: str | Callable[[], str], kind: str = "info",
                     actions: list[tuple[str, Callable[[], None]]] | None = None,
                     timeout_ms: int | None = None) -> None:
        self._make = text if callable(text) else None
        self.label.setText(text() if callable(text) else text)
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        while self.action_row.count():
            item = self.action_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for label, callback in actions or []:
            button = QPushButton(label)
            button.setProperty("class", "smallButton")
            button.clicked.connect(callback)
            self.action_row.addWidget(button)
        self.show()
        if timeout_ms is None:
            timeout_ms = 6000 if kind in ("ok", "info") and not actions else 0
        if timeout_ms:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()

    def text(self) -> str:
        return self.label.text()


class SpareHint(QLabel):
    """A line of key hints shown only when its row has room for all of it.

    The hints beside a screen's buttons are a help, not a need ("?" lists every key): in
    Malay and Indonesian they made the inbox too wide for a 1280-pixel screen. This label
    asks for its whole width but takes what is left, and shows nothing rather than a cut
    line.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self.updateGeometry()
        self._fit()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + \
            margins.right() + 2 * self.margin()
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit()

    def _fit(self) -> None:
        fits = self.fontMetrics().horizontalAdvance(self._full) <= \
            self.contentsRect().width() - 2 * self.margin()
        shown = self._full if fits else ""
        if QLabel.text(self) != shown:
            QLabel.setText(self, shown)


class PageHeader(QHBoxLayout):
    """The top line of a shop screen: title, count, an optional search box, a main button.

    The screens keep their own references (``self.title = header.title`` ...) and set the
    texts themselves, so each stays translatable where it is used.
    """

    search: QLineEdit

    def __init__(self, search_width: tuple[int, int] | None = None) -> None:
        super().__init__()
        self.setContentsMargins(16, 12, 16, 6)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        # not ``count``: that would hide QLayout.count(), which Qt itself calls
        self.count_label = QLabel()
        self.count_label.setObjectName("pageCount")
        self.addWidget(self.title)
        self.addSpacing(8)
        self.addWidget(self.count_label)
        self.addStretch(1)
        if search_width is not None:  # only screens with a search get ``search``
            self.search = QLineEdit()
            self.search.setClearButtonEnabled(True)
            self.search.setMinimumWidth(search_width[0])
            self.search.setMaximumWidth(search_width[1])
            # as wide as the maximum when the line has room, so the hint is not cut off
            self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.addWidget(self.search, 1)
        self.button = QPushButton()
        self.button.setObjectName("primaryButton")
        self.addWidget(self.button)


class SaveCancelRow(QHBoxLayout):
    """Cancel and a default Save button at the bottom right of a dialog; Ctrl+Enter saves.

    The dialog sets the button texts itself (so they stay translatable where used).
    """

    def __init__(self, dialog: QDialog, save: Callable[[], object]) -> None:
        super().__init__()
        self.addStretch(1)
        self.cancel_button = QPushButton()
        self.save_button = QPushButton()
        self.save_button.setObjectName("primaryButton")
        self.save_button.setDefault(True)
        self.addWidget(self.cancel_button)
        self.addWidget(self.save_button)
        self.cancel_button.clicked.connect(dialog.reject)
        self.save_button.clicked.connect(save)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # Enter: the number pad's
            QShortcut(QKeySequence(keys), dialog).activated.connect(save)


class FlowLayout(QLayout):
    """Widgets side by side, wrapping onto a new line where the row is too narrow.

    For rows of buttons in a side panel: in Malay or Indonesian their words are longer, and
    a narrow window would otherwise clip the panel or push the table beside it aside.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """Everything on one line."""
        shown = [i.sizeHint() for i in self._items if not i.isEmpty()]
        m = self.contentsMargins()
        width = sum(h.width() for h in shown) + self._gap * max(0, len(shown) - 1)
        height = max((h.height() for h in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest item: every item on a line of its own."""
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Lay the items out in ``rect`` (or only measure); return the height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():  # a hidden widget takes no place
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.x() + area.width():
                x, y, line = area.x(), y + line + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()
