"""The keyboard help overlay (press ?): every shortcut on one calm sheet."""

from __future__ import annotations

from typing import Any

from seller_desk.ui.qt import (
    QT_TRANSLATE_NOOP,
    QColor,
    QCoreApplication,
    QEvent,
    QGridLayout,
    QLabel,
    QPainter,
    Qt,
    QVBoxLayout,
    QWidget,
)

#: (group, [(keys, what)]) shown in the overlay; the bindings live with the widgets
SHORTCUTS: list[tuple[str, list[tuple[str, str]]]] = [
    (QT_TRANSLATE_NOOP("Shortcuts", "Moving around"), [
        ("j / ↓", QT_TRANSLATE_NOOP("Shortcuts", "Next conversation")),
        ("k / ↑", QT_TRANSLATE_NOOP("Shortcuts", "Previous conversation")),
        ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Open the conversation")),
        ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Back to the list / clear the search")),
        ("/", QT_TRANSLATE_NOOP("Shortcuts", "Search mail, customers, order numbers")),
        ("F5", QT_TRANSLATE_NOOP("Shortcuts", "Check all mailboxes now")),
        ("?", QT_TRANSLATE_NOOP("Shortcuts", "Show or hide this help")),
    ]),
    (QT_TRANSLATE_NOOP("Shortcuts", "Going to a screen"), [
        ("Ctrl+1 … Ctrl+7", QT_TRANSLATE_NOOP("Shortcuts", "Inbox views, in sidebar order")),
        ("Alt+1 … Alt+9", QT_TRANSLATE_NOOP("Shortcuts", "Mailboxes, in sidebar order")),
        ("Ctrl+Shift+O", QT_TRANSLATE_NOOP("Shortcuts", "Orders")),
        ("Ctrl+Shift+S", QT_TRANSLATE_NOOP("Shortcuts", "Shipments")),
        ("Ctrl+Shift+C", QT_TRANSLATE_NOOP("Shortcuts", "Customers")),
        ("Ctrl+Shift+R", QT_TRANSLATE_NOOP("Shortcuts", "Reminders")),
        ("Ctrl+Shift+P", QT_TRANSLATE_NOOP("Shortcuts", "Reports")),
        ("Ctrl+Shift+T", QT_TRANSLATE_NOOP("Shortcuts", "Templates")),
        ("Ctrl+,", QT_TRANSLATE_NOOP("Shortcuts", "Settings")),
    ]),
    (QT_TRANSLATE_NOOP("Shortcuts", "Answering"), [
        ("r", QT_TRANSLATE_NOOP("Shortcuts", "Reply")),
        ("a", QT_TRANSLATE_NOOP("Shortcuts", "Reply to all")),
        ("f", QT_TRANSLATE_NOOP("Shortcuts", "Forward")),
        ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New: message, or order, parcel, "
                                                  "reminder, template on their screens")),
        ("Ctrl+Enter", QT_TRANSLATE_NOOP("Shortcuts", "Send, or save a form")),
        ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Close a form (asks first if changed)")),
        ("/name", QT_TRANSLATE_NOOP("Shortcuts", "Insert a template by its shortcut")),
        ("Ctrl+T", QT_TRANSLATE_NOOP("Shortcuts", "Choose a template")),
    ]),
    (QT_TRANSLATE_NOOP("Shortcuts", "Tidying up"), [
        ("e", QT_TRANSLATE_NOOP("Shortcuts", "Close (done)")),
        ("s", QT_TRANSLATE_NOOP("Shortcuts", "Snooze")),
        ("t", QT_TRANSLATE_NOOP("Shortcuts", "Tag: complaint, return, refund …")),
        ("u", QT_TRANSLATE_NOOP("Shortcuts", "Mark unread")),
        ("n", QT_TRANSLATE_NOOP("Shortcuts", "Not a customer (family, bank, courier …)")),
        # keys are keys in every language; a click is a word
        (QT_TRANSLATE_NOOP("Shortcuts", "Shift+click"),
         QT_TRANSLATE_NOOP("Shortcuts", "Select several conversations")),
    ]),
]


class HelpOverlay(QWidget):
    """A sheet over the window listing the shortcuts; any key or click closes it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("helpOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.sheet = QWidget()
        self.sheet.setObjectName("helpSheet")
        self.sheet.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.sheet.setMaximumWidth(1180)
        outer.addStretch(1)
        outer.addWidget(self.sheet, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self.grid = QGridLayout(self.sheet)
        self.grid.setContentsMargins(28, 22, 28, 22)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(7)
        self.title = QLabel()
        self.title.setObjectName("helpTitle")
        self.footer = QLabel()
        self.footer.setObjectName("mutedLabel")
        self._labels: list[tuple[QLabel, str]] = []
        self._build()
        self.retranslate()
        self.hide()

    def _build(self) -> None:
        # two groups side by side, the next two beneath them: four abreast would not fit
        # a 1280-pixel screen in Malay
        self.grid.addWidget(self.title, 0, 0, 1, 4)
        tallest = max(len(items) for _group, items in SHORTCUTS)
        for index, (group, items) in enumerate(SHORTCUTS):
            col = index % 2
            top = 1 + (index // 2) * (tallest + 2)
            head = QLabel()
            head.setObjectName("helpGroup")
            self._labels.append((head, group))
            self.grid.addWidget(head, top, col * 2, 1, 2)
            for row, (keys, what) in enumerate(items, start=top + 1):
                key = QLabel()
                key.setObjectName("helpKey")
                self._labels.append((key, keys))  # unmarked keys come back as they are
                key.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                text = QLabel()
                text.setObjectName("helpText")
                self._labels.append((text, what))
                self.grid.addWidget(key, row, col * 2)
                self.grid.addWidget(text, row, col * 2 + 1)
        blocks = (len(SHORTCUTS) + 1) // 2
        self.grid.addWidget(self.footer, 1 + blocks * (tallest + 2), 0, 1, 4)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Keyboard shortcuts"))
        self.footer.setText(self.tr("Press any key to close."))
        for label, text in self._labels:
            label.setText(QCoreApplication.translate("Shortcuts", text))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def cover_parent(self) -> None:
        """Take the whole area of the widget it lies over (it follows the window's size)."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
        else:
            self.cover_parent()
            self.show()
            self.raise_()
            self.setFocus()

    def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(31, 41, 51, 110))

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        self.hide()

    def mousePressEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        self.hide()
