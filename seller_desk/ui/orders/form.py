"""The order form: customer picker or new customer, items, totals, payment, notes.

Made for entering orders quickly by keyboard: Tab (or Enter) moves on, typing in the last
item row opens the next one, Ctrl+Enter saves, Ctrl+Shift+Enter saves and starts the next
order with the same channel, currency and date. A field the core refuses is marked in red
with the reason beneath it, and gets the focus.
"""

from __future__ import annotations

import contextlib
from datetime import datetime, time
from decimal import Decimal

from seller_desk.core.common import money
from seller_desk.core.common.errors import UserError, ValidationError
from seller_desk.core.common.settings import Settings
from seller_desk.core.screens import orders as views_orders
from seller_desk.core.shop.orders import CHANNELS, MARKETPLACES, ORDER_STATUSES
from seller_desk.ui import i18n, labels
from seller_desk.ui.forms import DiscardGuard, Field, TabLeaves, mark_invalid
from seller_desk.ui.i18n import DATE_FORMAT, Retranslating
from seller_desk.ui.orders.items import ItemsEditor
from seller_desk.ui.qt import (
    QComboBox,
    QCompleter,
    QDate,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QShortcut,
    QStringListModel,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
    to_date,
)
from seller_desk.ui.tasks import Task

#: what each marketplace's order number looks like, shown in the empty number field
NUMBER_EXAMPLES = {"ebay": "12-34567-89012", "shopee": "240512ABCD1234",
                   "lazada": "304123456789012", "tokopedia": "INV/20240512/MPL/IV/3801234567",
                   "tiktok": "576461234567890123"}
#: statuses a new order can start in (later ones come through shipments and the pipeline)
NEW_ORDER_STATUSES = ("awaiting_payment", "paid", "packed")


class OrderFormDialog(Retranslating, QDialog):
    """Enter a new order, or change one (``order_id``).

    Signals:
        saved(int): the order with this id was saved.
        linked(int): conversations were linked to this saved order (found in stored mail
            after the save, on a worker).
    """

    saved = Signal(int)
    linked = Signal(int)

    def __init__(self, settings: Settings, order_id: int | None = None,
                 parent: QWidget | None = None, conversation_id: int | None = None,
                 found: tuple[str, str] | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.order_id = order_id
        self.conversation_id = conversation_id if order_id is None else None
        self.customer_id: int | None = None
        self._choices: dict[str, views_orders.CustomerChoice] = {}
        self._marked: list[QWidget] = []
        self.error_widget: QWidget | None = None
        # the loaded order's date as shown and its stored moment, to keep the time of day
        self._placed_loaded: tuple[QDate, datetime] | None = None
        # what the form filled in itself, so a change of channel may replace it
        self._suggested_number = ""
        self._default_currency = ""
        self.resize(860, 720)
        outer = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setObjectName("fieldError")
        self.banner.setWordWrap(True)
        self.banner.hide()
        outer.addWidget(self.banner)
        self.linked_note = QLabel()
        self.linked_note.setObjectName("hint")
        self.linked_note.hide()
        outer.addWidget(self.linked_note)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("formBody")
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        column = QVBoxLayout(body)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        column.addLayout(form)
        column.addStretch(1)
        self.form = form

        # customer
        self.customer = QLineEdit()
        self.completer = QCompleter(self)
        self.completer_model = QStringListModel(self)
        self.completer.setModel(self.completer_model)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.customer.setCompleter(self.completer)
        self.customer.textEdited.connect(self._customer_typed)
        chosen = self.completer.activated[str]  # type: ignore[index]  # stubs lack [signature]
        chosen.connect(self._customer_chosen)
        self.customer_info = QLabel()
        self.customer_info.setObjectName("hint")
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.new_customer_box = QWidget()
        row = QHBoxLayout(self.new_customer_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.email_field = Field(self.email)
        self.phone_field = Field(self.phone)
        row.addWidget(self.email_field, 2)
        row.addWidget(self.phone_field, 1)
        self.new_customer_box.hide()

        self.channel = QComboBox()
        self.channel.setMinimumWidth(220)
        for code in CHANNELS:
            self.channel.addItem(labels.channel(code), code)
        self.channel.activated.connect(self._channel_chosen)
        self.number = QLineEdit()
        self.placed = QDateEdit()
        self.placed.setCalendarPopup(True)
        self.placed.setDisplayFormat(DATE_FORMAT)
        self.placed.setDate(QDate.currentDate())
        self.placed.setMaximumWidth(180)
        self.placed.installEventFilter(TabLeaves(self.placed))
        self.status = QComboBox()
        self.status.setMinimumWidth(220)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.addItems(money.COMMON_CURRENCIES)
        self.currency.setMaximumWidth(120)
        self.currency.currentTextChanged.connect(self._currency_changed)
        self.payment = QComboBox()
        self.payment.setMinimumWidth(240)
        self.payment.setEditable(True)
        self.payment.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.payment.addItem("")
        self.payment.addItems([labels.payment_method(m) for m in views_orders.PAYMENT_METHODS])
        self.items = ItemsEditor()
        self.items.changed.connect(self._update_totals)
        self.shipping_fee = QLineEdit()
        self.shipping_fee.setMaximumWidth(130)
        self.shipping_fee.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.shipping_fee.textEdited.connect(lambda _t: self._update_totals())
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.delivery = QPlainTextEdit()
        self.delivery.setObjectName("deliveryAddress")
        self.delivery.setTabChangesFocus(True)
        self.delivery.setFixedHeight(70)
        # the customer's address fills it only until the seller types their own
        self._delivery_prefilled = ""

        self.fields = {
            "customer": Field(self.customer),
            "channel": Field(self.channel),
            "number": Field(self.number),
            "placed_at": Field(self.placed),
            "status": Field(self.status),
            "currency": Field(self.currency),
            "payment_method": Field(self.payment),
            "items": Field(self.items),
            "shipping_fee": Field(self.shipping_fee),
            "delivery_address": Field(self.delivery),
            "notes": Field(self.notes),
        }
        self.row_labels: dict[str, QLabel] = {}
        for key, fld in self.fields.items():
            label = QLabel()
            label.setBuddy(fld.widget)
            self.row_labels[key] = label
            form.addRow(label, fld)
            if key == "customer":
                form.addRow("", self.customer_info)
                self.new_customer_label = QLabel()
                form.addRow(self.new_customer_label, self.new_customer_box)
            if key == "shipping_fee":
                form.addRow("", self.totals)
        self.fields["email"] = self.email_field
        self.fields["phone"] = self.phone_field
        self.fields["paid_at"] = self.fields["placed_at"]
        self.fields["amount"] = self.fields["shipping_fee"]

        buttons = QHBoxLayout()
        self.hint_keys = QLabel()
        self.hint_keys.setObjectName("hint")
        buttons.addWidget(self.hint_keys, 1)
        self.cancel_button = QPushButton()
        self.save_new_button = QPushButton()
        self.save_button = QPushButton()
        self.save_button.setObjectName("primaryButton")
        for button in (self.cancel_button, self.save_new_button, self.save_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        outer.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.save_new_button.clicked.connect(self.save_and_new)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        for keys in ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save_and_new)

        self.retranslate()
        self._fill_statuses()
        if order_id is None:
            self._start_new()
            if self.conversation_id is not None:
                self._start_from_conversation(self.conversation_id)
            if found is not None:
                self._start_from_number(*found)
        else:
            self._load(order_id)
        self.customer.setFocus()
        self.guard = DiscardGuard(self, self.save)

    def _start_from_conversation(self, conversation_id: int) -> None:
        start = views_orders.from_conversation(conversation_id)
        if start.channel:
            self.channel.setCurrentIndex(max(0, self.channel.findData(start.channel)))
            self.number.clear()
            self._channel_chosen()
        if start.customer is not None:
            self._set_customer(start.customer)
        else:
            self.customer.setText(start.name or start.email.split("@")[0])
            self._customer_typed(self.customer.text())
            self.email.setText(start.email)
        self.linked_note.setText(self.tr("The order will be linked to the conversation."))
        self.linked_note.show()

    def _start_from_number(self, channel: str, number: str) -> None:
        """An order the conversation's mail names: its channel (with the channel's currency)
        and its number, as the mail wrote them."""
        index = self.channel.findData(channel)
        if index >= 0:
            self.channel.setCurrentIndex(index)
            self._channel_chosen()
        self.number.setText(number)
        self._suggested_number = ""

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New order") if self.order_id is None else
                            self.tr("Order %1").replace("%1", self.number.text()))
        texts = {
            "customer": self.tr("Customer"), "channel": self.tr("Sold on"),
            "number": self.tr("Order number"), "placed_at": self.tr("Order date"),
            "status": self.tr("Status"), "currency": self.tr("Currency"),
            "payment_method": self.tr("Payment method"), "items": self.tr("Items"),
            "shipping_fee": self.tr("Shipping fee"), "notes": self.tr("Notes"),
            "delivery_address": self.tr("Deliver to"),
        }
        for key, label in self.row_labels.items():
            label.setText(texts[key])
        self.new_customer_label.setText(self.tr("New customer"))
        self.customer.setPlaceholderText(self.tr("Type a name, email or phone"))
        self.email.setPlaceholderText(self.tr("Email (optional)"))
        self.phone.setPlaceholderText(self.tr("Phone / WhatsApp (optional)"))
        self._update_number_hint()
        self.delivery.setPlaceholderText(self.tr(
            "Name, street, postcode and town for the parcel; empty: the customer's address"))
        self.notes.setPlaceholderText(self.tr("Anything to remember: gift wrap, address "
                                              "details, what was agreed"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_new_button.setText(self.tr("Save and new"))
        self.save_button.setText(self.tr("Save order"))
        self.hint_keys.setText(self.tr("Ctrl+Enter saves · Ctrl+Shift+Enter saves and "
                                       "starts the next"))
        for index in range(self.channel.count()):
            self.channel.setItemText(index, labels.channel(self.channel.itemData(index)))
        for index in range(self.status.count()):
            self.status.setItemText(index, labels.order_status(self.status.itemData(index)))
        self._update_customer_info()
        self._update_totals()

    def _fill_statuses(self, current: str = "awaiting_payment",
                       allowed: tuple[str, ...] | None = None) -> None:
        self.status.clear()
        codes = NEW_ORDER_STATUSES if allowed is None else (current, *allowed)
        for code in ORDER_STATUSES:
            if code in codes:
                self.status.addItem(labels.order_status(code), code)
        self.status.setCurrentIndex(max(0, self.status.findData(current)))

    # --- loading -------------------------------------------------------------------------

    def _start_new(self, keep: bool = False) -> None:
        if not keep:
            self.currency.setCurrentText(self.settings.get("seller.currency"))
            self._default_currency = self.currency.currentText()
            self.channel.setCurrentIndex(max(0, self.channel.findData("whatsapp")))
        self._suggested_number = ""
        self.customer.clear()
        self.customer_id = None
        self.email.clear()
        self.phone.clear()
        self.number.clear()
        self.shipping_fee.clear()
        self.notes.clear()
        self.delivery.clear()
        self._delivery_prefilled = ""
        self.payment.setCurrentIndex(0)
        self.items.set_items([])
        self.status.setCurrentIndex(0)
        self._channel_chosen()
        self._customer_typed(self.customer.text())
        self._clear_errors()

    def _load(self, order_id: int) -> None:
        detail = views_orders.order_detail(order_id)
        self.number.setText(detail.number)
        self.channel.setCurrentIndex(max(0, self.channel.findData(detail.channel)))
        local = i18n.timefmt.local(detail.placed_at)
        self.placed.setDate(QDate(local.year, local.month, local.day))
        self._fill_statuses(detail.status, detail.next_statuses)
        self.currency.setCurrentText(detail.currency)
        self.payment.setCurrentText(detail.payment_method)
        self.items.set_currency(detail.currency)
        self.items.set_items([(i.title, i.sku, i.quantity, i.unit_price)
                              for i in detail.items])
        if detail.shipping_fee:
            self.shipping_fee.setText(i18n.amount_text(detail.shipping_fee, detail.currency))
        self.notes.setPlainText(detail.notes)
        if detail.customer is not None:
            self._set_customer(detail.customer)
        self.delivery.setPlainText(detail.delivery_address)
        self._delivery_prefilled = detail.delivery_address
        self._placed_loaded = (self.placed.date(), detail.placed_at)
        self.retranslate()

    # --- customer ------------------------------------------------------------------------

    def _customer_typed(self, text: str) -> None:
        self.customer_id = None
        choices = views_orders.search_customers(text, limit=15) if text.strip() else []
        self._choices = {choice.label(): choice for choice in choices}
        self.completer_model.setStringList(list(self._choices))
        self.new_customer_box.setVisible(bool(text.strip()))
        self.new_customer_label.setVisible(bool(text.strip()))
        self._update_customer_info()

    def _customer_chosen(self, label: str) -> None:
        choice = self._choices.get(label)
        if choice is not None:
            self._set_customer(choice)

    def _set_customer(self, choice: views_orders.CustomerChoice) -> None:
        self.customer_id = choice.id
        self.customer.setText(choice.name or choice.email or choice.phone)
        self.new_customer_box.hide()
        self.new_customer_label.hide()
        self._chosen_text = self.customer.text()
        self._update_customer_info(choice)
        self._prefill_delivery(views_orders.customer_address(choice.id))

    def _prefill_delivery(self, address: str) -> None:
        """Show the customer's address in "Deliver to", unless the seller typed another."""
        typed = self.delivery.toPlainText().strip()
        if typed and typed != self._delivery_prefilled:
            return  # never overwrite what the seller typed
        self.delivery.setPlainText(address)
        self._delivery_prefilled = address

    def _update_customer_info(self, choice: views_orders.CustomerChoice | None = None) -> None:
        if self.customer_id is not None:
            details = " · ".join(x for x in ((choice.email, choice.phone) if choice else ())
                                 if x)
            self.customer_info.setText(self.tr("Existing customer") +
                                       (f": {details}" if details else ""))
        elif self.customer.text().strip():
            self.customer_info.setText(self.tr(
                "A new customer will be saved with this order. Pick from the list to use "
                "someone you already know."))
        else:
            self.customer_info.setText(self.tr("Optional: leave empty for a walk-in sale."))

    # --- other fields --------------------------------------------------------------------

    def _channel_chosen(self, _index: int = 0) -> None:
        """A new order follows its channel: the channel's currency and, for our own
        channels, the next number; a marketplace's order waits for the marketplace's own
        number. What the seller typed or chose stays."""
        code = self.channel.currentData()
        self._update_number_hint()
        if self.order_id is not None:
            return
        defaults = views_orders.channel_defaults(code, self.settings.get("seller.country"),
                                                 self.settings.get("seller.currency"))
        if self.number.text().strip() in ("", self._suggested_number):
            self.number.setText(defaults.number)
            self._suggested_number = defaults.number
        if self.currency.currentText().strip().upper() in ("", self._default_currency):
            self.currency.setCurrentText(defaults.currency)
            self._default_currency = defaults.currency

    def _update_number_hint(self) -> None:
        code = self.channel.currentData()
        if code in MARKETPLACES:
            self.number.setPlaceholderText(self.tr("The order number %1 gives, e.g. %2")
                                           .replace("%1", labels.channel(code))
                                           .replace("%2", NUMBER_EXAMPLES.get(code, "")))
        else:
            self.number.setPlaceholderText(self.tr("As the marketplace shows it"))

    def _currency_changed(self, text: str) -> None:
        self.items.set_currency(text.strip().upper() or "MYR")
        self._update_totals()

    def _currency_code(self) -> str:
        return self.currency.currentText().strip().upper() or "MYR"

    def _fee(self) -> Decimal:
        """The shipping fee typed, read by the currency's rules.

        Raises:
            ValidationError: not an amount, or one that could mean two.
        """
        text = self.shipping_fee.text().strip()
        if not text:
            return Decimal(0)
        return i18n.read_amount(text, self._currency_code(), field="shipping_fee")

    def _update_totals(self) -> None:
        currency = self.currency.currentText().strip().upper() or "MYR"
        subtotal = self.items.subtotal()
        try:
            fee = self._fee()
        except UserError:
            fee = Decimal(0)  # said when saving; the total meanwhile counts no fee
        self.totals.setText(self.tr("Items %1 + shipping %2 = total %3").replace(
            "%1", i18n.format_money(subtotal, currency)).replace(
            "%2", i18n.format_money(fee, currency)).replace(
            "%3", i18n.format_money(subtotal + fee, currency)))

    # --- saving --------------------------------------------------------------------------

    def collect(self) -> views_orders.OrderForm:
        """The form as the core takes it.

        Raises:
            ValidationError: a figure that is not a number.
        """
        fee = self._fee()
        new_customer = None
        if self.customer_id is None and self.customer.text().strip():
            new_customer = views_orders.NewCustomer(self.customer.text().strip(),
                                                    self.email.text().strip(),
                                                    self.phone.text().strip())
        day = self.placed.date()
        placed_at: datetime | None = datetime.combine(
            to_date(day), time(12, 0)).astimezone() if day.isValid() else None
        if placed_at is not None and placed_at.date() == datetime.now().date():
            placed_at = None  # today: the moment of entry, so it sorts after earlier orders
        loaded = self._placed_loaded
        if loaded is not None and loaded[0] == day:
            placed_at = loaded[1]  # unchanged: keep the stored time of day
        return views_orders.OrderForm(
            number=self.number.text().strip(), channel=self.channel.currentData(),
            items=self.items.items(), currency=self.currency.currentText().strip().upper(),
            customer_id=self.customer_id, new_customer=new_customer, placed_at=placed_at,
            status=self.status.currentData() or "awaiting_payment",
            payment_method=self.payment.currentText().strip(), shipping_fee=fee,
            notes=self.notes.toPlainText().strip(), conversation_id=self.conversation_id,
            delivery_address=self.delivery.toPlainText().strip())

    def save(self) -> int | None:
        """Save; close and return the order id, or mark the refused field and return None."""
        order_id = self._save()
        if order_id is not None:
            self.accept()
        return order_id

    def save_and_new(self) -> int | None:
        order_id = self._save()
        if order_id is not None:
            self.order_id = None
            self.conversation_id = None
            self.linked_note.hide()
            self._placed_loaded = None
            self._fill_statuses()
            self._start_new(keep=True)
            self.retranslate()
            self.banner.setObjectName("savedBanner")
            self.banner.setText(self.tr("Order saved. Enter the next one."))
            self.banner.style().polish(self.banner)
            self.banner.show()
            self.customer.setFocus()
            self.guard.mark_clean()
        return order_id

    def _save(self) -> int | None:
        self._clear_errors()
        pending: list[int] = []
        try:
            form = self.collect()
            order = views_orders.save_order(form, self.order_id,
                                            country=self.settings.get("seller.country"),
                                            links_later=pending)
        except ValidationError as exc:
            self.show_error(exc)
            return None
        except UserError as exc:
            self.banner.setObjectName("fieldError")
            self.banner.setText(i18n.error_text(exc))
            self.banner.show()
            return None
        self.saved.emit(order.id)
        if pending:
            # the stored mail naming the order is searched on a worker; the screens that
            # show its conversations hear of it through ``linked``
            order_id = order.id
            Task(views_orders.link_to_mail, pending).on_success(
                lambda made: self._emit_linked(order_id, made)).start()
        return order.id

    def _emit_linked(self, order_id: int, made: int) -> None:
        if not made:
            return
        # the form may have been deleted meanwhile: nobody is left to tell
        with contextlib.suppress(RuntimeError):
            self.linked.emit(order_id)

    def show_error(self, exc: ValidationError) -> None:
        """Mark the field ``exc`` names, say why beneath it, and put the cursor there."""
        key = exc.field or ""
        fld = self.fields.get(key.split("[")[0].split(".")[0]) if key else None
        target: QWidget | None = None
        if key.startswith("items"):
            target = self.items.widget_for(key)
        elif fld is not None:
            target = fld.widget
        if fld is None:
            self.banner.setObjectName("fieldError")
            self.banner.setText(i18n.error_text(exc))
            self.banner.show()
        else:
            fld.error.setText(i18n.error_text(exc))
            fld.error.show()
            self._marked.append(fld.error)
        if target is not None:
            mark_invalid(target, True)
            self._marked.append(target)
            target.setFocus()
            self.error_widget = target

    def _clear_errors(self) -> None:
        self.banner.hide()
        for widget in self._marked:
            if isinstance(widget, QLabel) and widget.objectName() == "fieldError":
                widget.hide()
            else:
                mark_invalid(widget, False)
        self._marked = []
        self.error_widget = None

    # --- keyboard ------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Cancel or the window's close: a changed order asks before it is dropped."""
        if self.guard.may_discard():
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Enter moves to the next field, as in a paper form; Ctrl+Enter saves
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() == Qt.KeyboardModifier.NoModifier:
            focus = self.focusWidget()
            if focus is not None and self.items.isAncestorOf(focus):
                return  # the items grid moves to the next row itself
            self.focusNextChild()
            return
        super().keyPressEvent(event)
