"""The order detail panel: items and totals, status actions, parcels, conversations, history."""

from __future__ import annotations

from html import escape
from typing import Any

from seller_desk.core.common.errors import UserError
from seller_desk.core.screens import orders as views_orders
from seller_desk.ui import i18n, labels
from seller_desk.ui.i18n import Retranslating
from seller_desk.ui.qt import (
    QDesktopServices,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    Qt,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from seller_desk.ui.widgets import FlowLayout


class OrderDetailPanel(Retranslating, QScrollArea):
    """Everything about one order, with the next steps as buttons.

    Signals:
        edit_requested(int): open the order form for this order.
        add_shipment_requested(int): add a parcel to this order.
        remind_requested(int): make a reminder about this order.
        open_conversation_requested(int): show this conversation.
        changed(int): the order's status or parcels changed here.
    """

    edit_requested = Signal(int)
    add_shipment_requested = Signal(int)
    remind_requested = Signal(int)
    open_conversation_requested = Signal(int)
    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: views_orders.OrderDetail | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setMinimumWidth(320)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = self._body = QWidget()
        body.setObjectName("detailBody")
        self.setWidget(body)
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 12, 16, 16)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("statusPill")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(head)
        column.addWidget(self.facts)

        # one wrapping row: Edit, Add parcel, Remind me, then the next statuses
        self.action_row = FlowLayout()
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(lambda: self.detail and self.edit_requested.emit(
            self.detail.id))
        self.ship_button = QPushButton()
        self.ship_button.clicked.connect(lambda: self.detail and self.add_shipment_requested.emit(
            self.detail.id))
        self.remind_button = QPushButton()
        self.remind_button.clicked.connect(lambda: self.detail and self.remind_requested.emit(
            self.detail.id))
        self.print_button = QPushButton()
        self.print_button.setObjectName("printPapers")
        self.print_button.clicked.connect(lambda: self.detail and self.print_papers())
        self.action_row.addWidget(self.edit_button)
        self.action_row.addWidget(self.ship_button)
        self.action_row.addWidget(self.remind_button)
        self.action_row.addWidget(self.print_button)
        self.status_buttons: list[QPushButton] = []
        column.addLayout(self.action_row)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        column.addWidget(self.error)

        self.items_title = self._heading(column)
        self.items = QLabel()
        self.items.setTextFormat(Qt.TextFormat.RichText)
        self.items.setWordWrap(True)
        column.addWidget(self.items)
        self.delivery = QLabel()
        self.delivery.setObjectName("deliveryAddress")
        self.delivery.setWordWrap(True)
        self.delivery.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.delivery)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setObjectName("hint")
        column.addWidget(self.notes)
        self.parcels_title = self._heading(column)
        self.parcels = QLabel()
        self.parcels.setTextFormat(Qt.TextFormat.RichText)
        self.parcels.setWordWrap(True)
        self.parcels.setOpenExternalLinks(False)
        self.parcels.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        column.addWidget(self.parcels)
        self.conversations_title = self._heading(column)
        self.conversations = QListWidget()
        self.conversations.setObjectName("detailList")
        self.conversations.setMaximumHeight(120)
        self.conversations.setWordWrap(True)
        self.conversations.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conversations.itemActivated.connect(self._open_conversation)
        column.addWidget(self.conversations)
        self.history_title = self._heading(column)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.history)
        column.addStretch(1)
        self.retranslate()

    def _heading(self, column: QVBoxLayout) -> QLabel:
        label = QLabel()
        label.setObjectName("sectionTitle")
        column.addSpacing(6)
        column.addWidget(label)
        return label

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("Edit"))
        self.ship_button.setText(self.tr("Add parcel"))
        self.remind_button.setText(self.tr("Remind me…"))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Packing slip, invoice or receipt, on paper or "
                                             "as a PDF"))
        self.items_title.setText(self.tr("Items"))
        self.parcels_title.setText(self.tr("Parcels"))
        self.conversations_title.setText(self.tr("Conversations"))
        self.history_title.setText(self.tr("History"))
        if self.detail is not None:
            self.show_detail(self.detail)

    def print_papers(self, kind: str = "slip") -> Any:
        """This order's packing slip, invoice or receipt (the dialog chooses)."""
        from seller_desk.ui.papers import PapersDialog

        if self.detail is None:
            return None
        dialog = PapersDialog([self.detail.id], kind, self)
        dialog.open()
        return dialog

    def show_order(self, order_id: int | None) -> None:
        """Read and show the order (None: nothing selected)."""
        self.error.hide()
        if order_id is None:
            self.detail = None
            self._body.setVisible(False)
            return
        self._body.setVisible(True)
        self.show_detail(views_orders.order_detail(order_id))

    def show_detail(self, d: views_orders.OrderDetail) -> None:
        self.detail = d
        money = lambda amount: i18n.format_money(amount, d.currency)  # noqa: E731
        # a break may fall after a slash or dash of a long marketplace number
        breakable = d.number.replace("/", "/\u200b").replace("-", "-\u200b")
        self.title.setText(self.tr("Order %1").replace("%1", breakable))
        self.title.setToolTip(d.number)
        self.status.setText(labels.order_status(d.status))
        self.status.setProperty("status", d.status)
        self.status.style().polish(self.status)
        facts = [
            labels.channel(d.channel) + " · " + i18n.format_datetime(d.placed_at),
            (self.tr("Customer: %1").replace("%1", d.customer.label()) if d.customer
             else self.tr("No customer")),
            self.tr("Payment: %1").replace("%1", d.payment_method or "—")
            + (" · " + self.tr("paid %1").replace("%1", i18n.format_date(d.paid_at))
               if d.paid_at else ""),
        ]
        if d.refunded_amount:
            facts.append(self.tr("Refunded: %1").replace("%1", money(d.refunded_amount)))
        self.facts.setText("\n".join(facts))
        for button in self.status_buttons:
            self.action_row.removeWidget(button)
            button.deleteLater()
        self.status_buttons = []
        for code in d.next_statuses:
            button = QPushButton(labels.status_action(code))
            button.setProperty("status", code)
            button.clicked.connect(lambda _c=False, s=code: self.change_status(s))
            self.action_row.addWidget(button)
            self.status_buttons.append(button)
        self.ship_button.setEnabled(d.status in ("paid", "packed", "shipped"))

        rows = ""
        for i in d.items:
            sku = f" <span style='color:#7b8794'>{escape(i.sku)}</span>" if i.sku else ""
            rows += (f"<tr><td>{escape(i.title)}{sku}</td>"
                     f"<td align=right>&nbsp;{i18n.format_number(i.quantity)} ×&nbsp;</td>"
                     f"<td align=right>{escape(money(i.unit_price))}</td>"
                     f"<td align=right>&nbsp;&nbsp;{escape(money(i.total))}</td></tr>")
        shipping_text, total_text = self.tr("Shipping"), self.tr("Total")
        rows += (f"<tr><td colspan=3>{escape(shipping_text)}</td>"
                 f"<td align=right>{escape(money(d.shipping_fee))}</td></tr>"
                 f"<tr><td colspan=3><b>{escape(total_text)}</b></td>"
                 f"<td align=right><b>{escape(money(d.total))}</b></td></tr>")
        self.items.setText(f"<table width='100%' cellspacing=0 cellpadding=2>{rows}</table>")
        self.delivery.setText(self.tr("Deliver to: %1").replace(
            "%1", d.delivery_address or self.tr("no address yet")))
        self.notes.setText(d.notes)
        self.notes.setVisible(bool(d.notes))

        if d.shipments:
            lines = []
            for s in d.shipments:
                number = escape(s.tracking_number) or "—"
                if s.tracking_url:
                    number = f"<a href='{escape(s.tracking_url)}'>{number}</a>"
                when = (self.tr("delivered %1").replace("%1", i18n.format_date(s.delivered_at))
                        if s.delivered_at else
                        self.tr("expected %1").replace("%1", i18n.format_date(s.eta))
                        if s.eta else labels.shipment_status(s.status))
                lines.append(f"{escape(s.courier_name)} · {number} · {escape(when)}")
            self.parcels.setText("<br>".join(lines))
        else:
            self.parcels.setText(escape(self.tr("No parcel yet.")))

        self.conversations.clear()
        no_subject = self.tr("(no subject)")
        for c in d.conversations:
            item = QListWidgetItem(f"{c.subject or no_subject} · "
                                   f"{i18n.format_date(c.last_activity_at)}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.conversations.addItem(item)
        self.conversations.setVisible(bool(d.conversations))
        self.conversations_title.setVisible(bool(d.conversations))

        history = []
        for h in reversed(d.history[-30:]):
            amount = ""
            if h.kind == "refund_recorded" and h.data.get("amount"):
                amount = money(h.data["amount"])
            history.append(f"<span style='color:#7b8794'>{escape(i18n.format_datetime(h.at))}"
                           f"</span>&nbsp; {escape(labels.event(h.kind, h.data, amount))}")
        self.history.setText("<br>".join(history))

    def change_status(self, status: str) -> None:
        if self.detail is None:
            return
        try:
            views_orders.change_status(self.detail.id, status)
        except UserError as exc:
            self.error.setText(i18n.error_text(exc))
            self.error.show()
            return
        self.show_order(self.detail.id)
        self.changed.emit(self.detail.id)

    def _open_conversation(self, item: QListWidgetItem) -> None:
        self.open_conversation_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
