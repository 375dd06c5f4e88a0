"""The quiet line across the top of the window while the demo shop is open.

A tester took the demo for their own shop and waited for a reply to leave: the window
says, from the first look, that this is the demo and that nothing it sends leaves the
computer, and offers the way to the seller's own mailbox. Closed, it stays closed for the
rest of the session (the title still says "demo shop").
"""

from __future__ import annotations

from seller_desk.ui.qt import (
    QEvent,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QToolButton,
    QWidget,
    Signal,
)


class DemoBanner(QFrame):
    """Signals:
        own_mailbox_requested(): "Start with my own mailbox".
    """

    own_mailbox_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setProperty("kind", "demo")
        self.closed_by_seller = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 7, 8, 7)
        layout.setSpacing(10)
        self.badge = QLabel()
        self.badge.setObjectName("demoBadge")
        layout.addWidget(self.badge)
        self.label = QLabel()
        self.label.setObjectName("bannerText")
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.own_button = QPushButton()
        self.own_button.setProperty("class", "smallButton")
        self.own_button.clicked.connect(self.own_mailbox_requested)
        layout.addWidget(self.own_button)
        self.close_button = QToolButton()
        self.close_button.setObjectName("bannerClose")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.close_for_session)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()
        self.hide()

    def close_for_session(self) -> None:
        self.closed_by_seller = True
        self.hide()

    def show_for_demo(self, demo: bool) -> None:
        """Shown while the demo is open, unless the seller closed it this session."""
        self.setVisible(demo and not self.closed_by_seller)

    def retranslate(self) -> None:
        self.badge.setText(self.tr("DEMO"))
        self.label.setText(self.tr("This is the demo shop. Try anything: replies and status "
                                   "emails show as sent, but nothing leaves this computer."))
        self.own_button.setText(self.tr("Start with my own mailbox"))
        self.close_button.setToolTip(self.tr("Hide this note until Seller Desk is opened "
                                             "again"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
