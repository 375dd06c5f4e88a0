"""Pieces the shop's forms share: a field with its error line, the red frame of a refused
field, and date fields that Tab leaves at once."""

from __future__ import annotations

from seller_desk.ui.qt import QEvent, QKeyEvent, QLabel, QObject, Qt, QVBoxLayout, QWidget


class TabLeaves(QObject):
    """Make Tab leave a date field instead of walking its day, month and year."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                isinstance(watched, QWidget):
            key = event.key()
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                window = watched.window()
                window.focusNextPrevChild(key == Qt.Key.Key_Tab)
                return True
        return False


class Field(QWidget):
    """A form field with its error line beneath it."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.widget = widget
        layout.addWidget(widget)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Give ``widget`` the red frame of a refused field (style sheet: [invalid="true"])."""
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
