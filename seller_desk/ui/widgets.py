"""Small widgets shared by several screens."""

from __future__ import annotations

from collections.abc import Callable

from seller_desk.ui.qt import QHBoxLayout, QLabel, QPushButton, Qt, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """What belongs on an empty screen, and buttons for the next step."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        self.title = QLabel(title)
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(text)
        self.text.setObjectName("emptyText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setMaximumWidth(520)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addStretch(1)
        layout.addSpacing(12)
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
