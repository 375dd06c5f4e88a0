"""A small dialog to pick the order a conversation is about."""

from __future__ import annotations

from typing import Any

from seller_desk.core.screens import conversation as conversation_view
from seller_desk.ui import i18n
from seller_desk.ui.inbox.model import channel_label
from seller_desk.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from seller_desk.ui.tasks import Latest


class LinkOrderDialog(QDialog):
    """Search orders by number or customer name; Enter links the highlighted one."""

    def __init__(self, customer_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkOrderDialog")
        self.setWindowTitle(self.tr("Link an order"))
        self.resize(520, 420)
        self.customer_id = customer_id
        self.chosen_order_id: int | None = None
        layout = QVBoxLayout(self)
        self.hint = QLabel(self.tr("Type an order number or the customer's name. The "
                                   "customer's own orders are listed first."))
        self.hint.setWordWrap(True)
        self.hint.setObjectName("mutedLabel")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Order number or customer"))
        self.list = QListWidget()
        self.list.setObjectName("orderChoices")
        self.empty = QLabel()
        self.empty.setObjectName("mutedLabel")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.link_button = self.buttons.addButton(self.tr("Link"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        for w in (self.hint, self.search, self.list, self.empty, self.buttons):
            layout.addWidget(w)
        self._latest = Latest()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._accept)
        self.list.itemActivated.connect(lambda _i: self._accept())
        self.refresh()

    def refresh(self) -> None:
        self._latest.run(conversation_view.find_orders, self.search.text(), self.customer_id,
                         callback=self._show)

    def _show(self, choices: list[Any]) -> None:
        self.list.clear()
        for c in choices:
            text = (f"{channel_label(c.channel)} {c.number} · {c.customer_name} · "
                    f"{i18n.format_money(c.total, c.currency)} · {i18n.format_date(c.placed_at)}")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.list.addItem(item)
        if choices:
            self.list.setCurrentRow(0)
            self.empty.setText("")
        else:
            self.empty.setText(self.tr("No order matches. Enter it in Orders first."))
        self.link_button.setEnabled(bool(choices))

    def _accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen_order_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.accept()
