"""The side panel beside a conversation: who the customer is and what they bought.

Customer (addresses, phone with a WhatsApp link, notes), linked orders (items, status,
total), shipments (the tracking link opens the courier's page), reminders, and the actions
that belong here: link an order, new order, tag complaint/return/refund, snooze, close.
"""

from __future__ import annotations

import html

from seller_desk.core.screens.conversation import OrderView, SidePanelData
from seller_desk.ui import format as fmt
from seller_desk.ui import i18n
from seller_desk.ui.inbox.actions import tag_label
from seller_desk.ui.inbox.model import channel_label
from seller_desk.ui.qt import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDesktopServices,
    QEvent,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    Qt,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)

ORDER_STATUS = {
    "awaiting_payment": QT_TRANSLATE_NOOP("SidePanel", "Awaiting payment"),
    "paid": QT_TRANSLATE_NOOP("SidePanel", "Paid"),
    "packed": QT_TRANSLATE_NOOP("SidePanel", "Packed"),
    "shipped": QT_TRANSLATE_NOOP("SidePanel", "Shipped"),
    "delivered": QT_TRANSLATE_NOOP("SidePanel", "Delivered"),
    "completed": QT_TRANSLATE_NOOP("SidePanel", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("SidePanel", "Cancelled"),
    "returned": QT_TRANSLATE_NOOP("SidePanel", "Returned"),
    "refunded": QT_TRANSLATE_NOOP("SidePanel", "Refunded"),
}
SHIPMENT_STATUS = {
    "pending": QT_TRANSLATE_NOOP("SidePanel", "Not sent yet"),
    "in_transit": QT_TRANSLATE_NOOP("SidePanel", "On the way"),
    "delivered": QT_TRANSLATE_NOOP("SidePanel", "Delivered"),
    "returned": QT_TRANSLATE_NOOP("SidePanel", "Returned"),
    "lost": QT_TRANSLATE_NOOP("SidePanel", "Lost"),
}
REMINDER_KIND = {
    "payment": QT_TRANSLATE_NOOP("SidePanel", "Payment reminder"),
    "arrival_check": QT_TRANSLATE_NOOP("SidePanel", "Check arrival"),
    "feedback": QT_TRANSLATE_NOOP("SidePanel", "Ask for feedback"),
    "complaint": QT_TRANSLATE_NOOP("SidePanel", "Complaint follow-up"),
    "manual": QT_TRANSLATE_NOOP("SidePanel", "Reminder"),
}
CASE_TAGS = ("complaint", "return", "refund")
MUTED = "#616e7c"


def tr(text: str) -> str:
    return QCoreApplication.translate("SidePanel", text)


def _e(text: str) -> str:
    return html.escape(text or "", quote=True)


class Card(QFrame):
    """A titled block of the side panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(14, 12, 14, 12)
        self.layout_.setSpacing(6)
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.layout_.addWidget(self.title)
        self.body = QLabel()
        self.body.setObjectName("cardBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.body.setOpenExternalLinks(False)
        self.layout_.addWidget(self.body)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        self.layout_.addLayout(self.buttons)

    def add_button(self, text: str = "", object_name: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setProperty("class", "smallButton")
        if object_name:
            button.setObjectName(object_name)
        self.buttons.addWidget(button)
        return button


class SidePanel(QScrollArea):
    """Signals:
        link_order_requested(), new_order_requested(): the order buttons.
        tag_toggled(str, bool): a case tag was switched on or off.
        snooze_requested(), close_requested(): the conversation buttons.
        order_open_requested(int): an order number was clicked.
        add_order_requested(str, str): "Add this order" beside a number the mail names
            that is not in the ledger yet: (channel, number).
        customer_open_requested(int): the "earlier conversations" link: the profile.
        url_opened(str): an outside page (tracking, WhatsApp) was opened.
    """

    link_order_requested = Signal()
    new_order_requested = Signal()
    tag_toggled = Signal(str, bool)
    snooze_requested = Signal()
    close_requested = Signal()
    order_open_requested = Signal(int)
    add_order_requested = Signal(str, str)
    customer_open_requested = Signal(int)
    url_opened = Signal(str)
    whatsapp_import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidePanel")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(300)
        inner = QWidget()
        inner.setObjectName("sidePanelInner")
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(12, 12, 12, 12)
        self.column.setSpacing(10)
        self.setWidget(inner)
        self.data: SidePanelData | None = None

        self.customer = Card()
        self.actions_card = Card()
        self.orders = Card()
        self.reminders = Card()
        self.notes = Card()
        for card in (self.customer, self.actions_card, self.orders, self.reminders,
                     self.notes):
            card.body.linkActivated.connect(self._link)
            self.column.addWidget(card)
        self.column.addStretch(1)

        self.tag_buttons: dict[str, QPushButton] = {}
        self.actions_card.body.hide()
        tag_row = QHBoxLayout()
        tag_row.setSpacing(6)
        for tag in CASE_TAGS:
            button = QPushButton()
            button.setObjectName(f"tag_{tag}")
            button.setProperty("class", "tagToggle")
            button.setCheckable(True)
            button.toggled.connect(lambda on, tag=tag: self._tag_clicked(tag, on))
            self.tag_buttons[tag] = button
            tag_row.addWidget(button)
        tag_row.addStretch(1)
        self.actions_card.layout_.insertLayout(1, tag_row)
        self.snooze_button = self.actions_card.add_button(object_name="panelSnooze")
        self.snooze_button.clicked.connect(self.snooze_requested)
        self.close_button = self.actions_card.add_button(object_name="panelClose")
        self.close_button.clicked.connect(self.close_requested)
        self.actions_card.buttons.addStretch(1)
        self.link_button = self.orders.add_button(object_name="linkOrder")
        self.link_button.clicked.connect(self.link_order_requested)
        self.new_order_button = self.orders.add_button(object_name="newOrder")
        self.new_order_button.clicked.connect(self.new_order_requested)
        self.orders.buttons.addStretch(1)
        # order numbers the mail names that are not in the ledger yet, each with its button
        self.found = QLabel()
        self.found.setObjectName("cardBody")
        self.found.setWordWrap(True)
        self.found.hide()
        self.orders.layout_.addWidget(self.found)
        self.found_rows = QVBoxLayout()
        self.found_rows.setSpacing(4)
        self.orders.layout_.addLayout(self.found_rows)
        self.add_buttons: list[QPushButton] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.customer.title.setText(tr("Customer"))
        self.actions_card.title.setText(tr("This conversation"))
        self.orders.title.setText(tr("Orders"))
        self.reminders.title.setText(tr("Reminders"))
        self.notes.title.setText(tr("Notes"))
        for tag, button in self.tag_buttons.items():
            button.setText(tag_label(tag))
            button.setToolTip(tr("Tag this conversation as %1").replace("%1", tag_label(tag)))
        self.snooze_button.setText(tr("Snooze…"))
        self.close_button.setText(tr("Close"))
        self.link_button.setText(tr("Link an order…"))
        self.new_order_button.setText(tr("New order"))
        if self.data is not None:
            self.show_data(self.data)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_closed(self, closed: bool) -> None:
        self.close_button.setText(tr("Reopen") if closed else tr("Close"))

    # --- content ----------------------------------------------------------------------

    def show_data(self, data: SidePanelData) -> None:
        self.data = data
        self._customer(data)
        self._orders(data.orders)
        self._found_orders(data.unknown_orders)
        self._reminders(data)
        self._notes(data)
        for tag, button in self.tag_buttons.items():
            button.blockSignals(True)
            button.setChecked(tag in data.tags)
            button.blockSignals(False)

    def _customer(self, d: SidePanelData) -> None:
        lines = [f'<span style="font-size:12pt; font-weight:600">'
                 f'{_e(d.customer_name or tr("Unknown sender"))}</span>']
        for address in d.addresses:
            lines.append(f'<a href="mailto:{_e(address)}">{_e(address)}</a>')
        if d.phone:
            phone = _e(d.phone)
            if d.whatsapp_url:
                lines.append(f'{phone} · <a href="{_e(d.whatsapp_url)}">'
                             f'{_e(tr("Chat on WhatsApp"))}</a>')
            else:
                lines.append(phone)
        if d.customer_id is not None:
            lines.append(f'<a href="import:whatsapp">{_e(tr("Import a WhatsApp chat…"))}</a>')
        if d.customer_notes:
            lines.append(f'<span style="color:{MUTED}">{_e(d.customer_notes)}</span>')
        if d.other_conversations and d.customer_id is not None:
            # a link: the customer's profile shows them all, with orders and parcels
            lines.append(f'<a href="customer:{d.customer_id}">' + _e(
                QCoreApplication.translate("SidePanel", "%n earlier conversation(s)", "",
                                           d.other_conversations)) + "</a>")
        self.customer.body.setText("<br>".join(lines))

    def _orders(self, orders: list[OrderView]) -> None:
        if not orders:
            text = tr("No order is linked yet. Link the order this customer writes about, "
                      "or enter a new one.")
            self.orders.body.setText(f'<span style="color:{MUTED}">{_e(text)}</span>')
            return
        blocks = []
        for o in orders:
            status = tr(ORDER_STATUS.get(o.status, o.status))
            head = (f'<a href="order:{o.id}" style="font-weight:600">'
                    f"{_e(channel_label(o.channel))} {_e(o.number)}</a>"
                    f' <span style="color:{MUTED}">· {_e(status)} · '
                    f"{_e(i18n.format_money(o.total, o.currency))}</span>")
            rows = [head]
            if o.placed_at:
                rows.append(f'<span style="color:{MUTED}">'
                            f'{_e(tr("Ordered %1").replace("%1", i18n.format_date(o.placed_at)))}'
                            "</span>")
            for it in o.items[:6]:
                rows.append(f"{it.quantity} × {_e(it.title)}")
            if len(o.items) > 6:
                rows.append(f'<span style="color:{MUTED}">'
                            + _e(tr("and %1 more").replace("%1", str(len(o.items) - 6)))
                            + "</span>")
            for s in o.shipments:
                parts = [f"<b>{_e(s.courier_name)}</b>"]
                if s.tracking_number:
                    if s.tracking_url:
                        parts.append(f'<a href="{_e(s.tracking_url)}">{_e(s.tracking_number)}'
                                     "</a>")
                    else:
                        parts.append(_e(s.tracking_number))
                state = tr(SHIPMENT_STATUS.get(s.status, s.status))
                if s.status == "delivered" and s.delivered_at:
                    state = tr("Delivered %1").replace("%1", i18n.format_date(s.delivered_at))
                elif s.eta and s.status in ("pending", "in_transit"):
                    state = tr("Expected %1").replace("%1", i18n.format_date(s.eta))
                rows.append(" ".join(parts) + f'<br><span style="color:{MUTED}">{_e(state)}'
                            "</span>")
            blocks.append("<br>".join(rows))
        self.orders.body.setText("<br><br>".join(blocks))

    def _found_orders(self, found: list[tuple[str, str]]) -> None:
        """Each order number the mail names that the ledger lacks, with "Add this order"."""
        while self.found_rows.count():
            item = self.found_rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.add_buttons = []
        self.found.setVisible(bool(found))
        if not found:
            return
        self.found.setText(f'<span style="color:{MUTED}">'
                           + _e(tr("This conversation names orders that are not in your orders yet:"))
                           + "</span>")
        for channel, number in found:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(f"<b>{_e(channel_label(channel))}</b> {_e(number)}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            line.addWidget(label, 1)
            button = QPushButton(tr("Add this order"))
            button.setProperty("class", "smallButton")
            button.setObjectName("addFoundOrder")
            button.setToolTip(tr("Open the order form with %1 %2 and this customer filled in")
                              .replace("%1", channel_label(channel)).replace("%2", number))
            button.clicked.connect(lambda _c=False, ch=channel, n=number:
                                   self.add_order_requested.emit(ch, n))
            line.addWidget(button)
            self.found_rows.addWidget(row)
            self.add_buttons.append(button)

    def _reminders(self, d: SidePanelData) -> None:
        if not d.reminders:
            text = tr("No open follow-up for this conversation or its orders.")
            self.reminders.body.setText(f'<span style="color:{MUTED}">{_e(text)}</span>')
            return
        rows = []
        for r in d.reminders:
            when = fmt.full_when(r.due_at)
            color = "#b3261e" if r.overdue else MUTED
            label = tr(REMINDER_KIND.get(r.kind, r.kind))
            rows.append(f"<b>{_e(label)}</b> <span style=\"color:{color}\">{_e(when)}</span>"
                        + (f"<br>{_e(r.note)}" if r.note and not r.by_rule else ""))
        self.reminders.body.setText("<br>".join(rows))

    def _notes(self, d: SidePanelData) -> None:
        if not d.notes:
            self.notes.hide()
            return
        self.notes.show()
        self.notes.body.setText("<br>".join(
            f'<span style="color:{MUTED}">{_e(fmt.full_when(at))}</span><br>{_e(body)}'
            for at, body in d.notes))

    # --- links and buttons --------------------------------------------------------------

    def _link(self, url: str) -> None:
        if url.startswith("order:"):
            self.order_open_requested.emit(int(url.split(":", 1)[1]))
            return
        if url.startswith("customer:"):
            self.customer_open_requested.emit(int(url.split(":", 1)[1]))
            return
        if url == "import:whatsapp":
            self.whatsapp_import_requested.emit()
            return
        self.open_url(url)

    def open_url(self, url: str) -> None:
        """Open a tracking page, WhatsApp chat or mail address outside the app."""
        self.url_opened.emit(url)
        QDesktopServices.openUrl(QUrl(url))

    def _tag_clicked(self, tag: str, on: bool) -> None:
        self.tag_toggled.emit(tag, on)

    def tracking_links(self) -> list[str]:
        """Every tracking URL shown (tests and accessibility read these)."""
        if self.data is None:
            return []
        return [s.tracking_url for o in self.data.orders for s in o.shipments if s.tracking_url]
