"""Add a parcel to an order: courier, tracking number, shipped date -> expected arrival."""

from __future__ import annotations

from datetime import datetime, time

from seller_desk.core.common.errors import UserError, ValidationError
from seller_desk.core.common.messages import Msg
from seller_desk.core.common.settings import Settings
from seller_desk.core.conversations import clocks
from seller_desk.core.screens import orders as views_orders
from seller_desk.core.screens import shipments as views_shipments
from seller_desk.core.shop import shipping
from seller_desk.core.store.fields import utcnow
from seller_desk.ui import i18n
from seller_desk.ui.forms import DiscardGuard, Field, TabLeaves, mark_invalid
from seller_desk.ui.i18n import DATE_FORMAT, Retranslating
from seller_desk.ui.qt import (
    QCheckBox,
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    Signal,
    to_date,
)
from seller_desk.ui.widgets import SaveCancelRow


class ShipmentDialog(Retranslating, QDialog):
    """Record a parcel; optionally email the customer the "shipped" message at once.

    Signals:
        saved(int): the shipment with this id was saved.
        message_queued(int): the "shipped" email for this shipment is in the outbox.
    """

    saved = Signal(int)
    message_queued = Signal(int)

    def __init__(self, settings: Settings, order_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.order_id = order_id
        self.shipment_id: int | None = None
        self._marked: list[QWidget] = []
        self.setMinimumWidth(660)
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        outer.addWidget(self.heading)
        form = QFormLayout()
        outer.addLayout(form)
        self.order = QComboBox()
        self.order.setMinimumWidth(320)
        if order_id is None:
            for oid, number, customer in views_orders.orders_to_ship():
                self.order.addItem(f"{number} · {customer}" if customer else number, oid)
        self.courier = QComboBox()
        self.courier.setMinimumWidth(320)
        self._fill_couriers()
        self.order.currentIndexChanged.connect(lambda _i: self._fill_couriers())
        self.tracking = QLineEdit()
        self.shipped = QDateEdit()
        self.shipped.setCalendarPopup(True)
        self.shipped.setDisplayFormat(DATE_FORMAT)
        self.shipped.setDate(QDate.currentDate())
        self.shipped.setMaximumDate(QDate.currentDate())
        self.shipped.installEventFilter(TabLeaves(self.shipped))
        self.eta = QLabel()
        self.eta.setObjectName("hint")
        self.accept_unusual = QCheckBox()
        self.accept_unusual.hide()
        self.send_message = QCheckBox()
        self.fields = {"order": Field(self.order), "courier": Field(self.courier),
                       "tracking_number": Field(self.tracking),
                       "shipped_at": Field(self.shipped)}
        self.labels: dict[str, QLabel] = {}
        for key, fld in self.fields.items():
            label = QLabel()
            label.setBuddy(fld.widget)
            self.labels[key] = label
            form.addRow(label, fld)
            if key == "order" and order_id is not None:
                label.hide()
                fld.hide()
        form.addRow("", self.eta)
        form.addRow("", self.accept_unusual)
        form.addRow("", self.send_message)
        self.banner = QLabel()
        self.banner.setObjectName("fieldError")
        self.banner.setWordWrap(True)
        self.banner.hide()
        outer.addWidget(self.banner)
        buttons = SaveCancelRow(self, self.save)
        self.cancel_button, self.save_button = buttons.cancel_button, buttons.save_button
        outer.addLayout(buttons)
        self.courier.currentIndexChanged.connect(lambda _i: self._update_eta())
        self.shipped.dateChanged.connect(lambda _d: self._update_eta())
        self.tracking.textEdited.connect(lambda _t: self._tracking_edited())
        self.send_message.setChecked(True)
        self.auto_on = bool(self.settings.get("auto_email.shipped"))
        self.retranslate()
        self._update_eta()
        (self.tracking if order_id is not None else self.order).setFocus()
        self.guard = DiscardGuard(self, self.save)

    def reject(self) -> None:
        """Esc, Cancel or the window's close: a parcel being typed asks before it is
        dropped."""
        if self.guard.may_discard():
            super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add parcel"))
        number = ""
        if self.order_id is not None:
            number = views_orders.order_detail(self.order_id).number
        self.heading.setText(self.tr("Parcel for order %1").replace("%1", number) if number
                             else self.tr("Parcel for an order"))
        texts = {"order": self.tr("Order"), "courier": self.tr("Courier"),
                 "tracking_number": self.tr("Tracking number"),
                 "shipped_at": self.tr("Sent on")}
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.tracking.setPlaceholderText(self.tr("As printed on the parcel slip"))
        self.accept_unusual.setText(self.tr("The number is right: save it anyway"))
        self.send_message.setText(self.tr(
            "Email the customer the courier, tracking link and expected arrival"))
        if self.auto_on:
            self.send_message.setToolTip(self.tr(
                "Automatic “shipped” emails are on: the customer gets one email either way."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("Save parcel"))
        self._update_eta()

    def _shipped_at(self) -> datetime:
        day = to_date(self.shipped.date())
        now = utcnow().astimezone(clocks.current_policy().tz)
        if day == now.date():
            return utcnow()
        return datetime.combine(day, time(12, 0), tzinfo=clocks.current_policy().tz)

    def _fill_couriers(self) -> None:
        """The couriers of the order's country first (a Tokopedia order: JNE, J&T Express
        Indonesia ...), then the seller's chosen ones and the rest."""
        order_id = self.order_id if self.order_id is not None else self.order.currentData()
        self.courier.blockSignals(True)
        self.courier.clear()
        for c in views_shipments.courier_choices_for_order(
                order_id, self.settings.get("seller.country"),
                self.settings.get("shipping.couriers")):
            self.courier.addItem(c.name + (f" ({c.country})" if c.country else ""), c.code)
        self.courier.blockSignals(False)
        self.courier.setCurrentIndex(0)  # the first is the likeliest for this order
        if hasattr(self, "eta"):
            self._update_eta()

    def _update_eta(self) -> None:
        code = self.courier.currentData()
        if not code:
            self.eta.setText("")
            return
        try:
            expected = shipping.eta(code, self._shipped_at())
        except ValidationError:
            self.eta.setText("")
            return
        self.eta.setText(self.tr("Expected to arrive %1 (%2 working days)").replace(
            "%1", i18n.format_date(expected, "full")).replace(
            "%2", str(shipping.courier(code).typical_days)))

    def save(self) -> int | None:
        """Save the parcel (and queue the email); close and return its id, or None."""
        self._clear_errors()
        order_id = self.order_id if self.order_id is not None else self.order.currentData()
        if order_id is None:
            self._show(ValidationError(Msg.text(self.tr("Choose the order this parcel is for.")),
                                       field="order"))
            return None
        try:
            shipment = views_shipments.add_parcel(
                order_id, self.courier.currentData() or "", self.tracking.text(),
                shipped_at=self._shipped_at(),
                accept_unusual_number=self.accept_unusual.isChecked())
        except ValidationError as exc:
            if exc.field == "tracking_number" and not self.accept_unusual.isChecked():
                self.accept_unusual.show()
            self._show(exc)
            return None
        except UserError as exc:
            self._show(exc)
            return None
        self.shipment_id = shipment.id
        self.guard.mark_clean()  # saved: closing now loses nothing (nor saves it twice)
        self.saved.emit(shipment.id)
        if self.send_message.isChecked():
            try:
                views_shipments.send_shipped_message(shipment.id)
            except UserError as exc:
                # the parcel is saved; say why the email is not on its way, keep the dialog
                self.banner.setText(self.tr("The parcel is saved, but the email was not "
                                            "sent: %1").replace("%1", i18n.error_text(exc)))
                self.banner.show()
                self.send_message.setChecked(False)
                self.save_button.setText(self.tr("Close"))
                self.save_button.clicked.disconnect()
                self.save_button.clicked.connect(self.accept)
                return shipment.id
            self.message_queued.emit(shipment.id)
        self.accept()
        return shipment.id

    def _show(self, exc: UserError) -> None:
        field = getattr(exc, "field", "")
        fld = self.fields.get(field)
        if fld is None:
            self.banner.setText(i18n.error_text(exc))
            self.banner.show()
            return
        fld.error.setText(i18n.error_text(exc))
        fld.error.show()
        mark_invalid(fld.widget, True)
        self._marked += [fld.error, fld.widget]
        fld.widget.setFocus()
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Taller by the lines a message brought: a wrapped message in a form keeps the
        dialog's height, and its second line was cut off."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        need = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        if need > self.height():
            self.resize(self.width(), need)

    def _tracking_edited(self) -> None:
        """A corrected number is no longer the refused one: its message and the "save it
        anyway" box go (they stayed after the number was put right)."""
        self.accept_unusual.hide()
        self.accept_unusual.setChecked(False)
        fld = self.fields["tracking_number"]
        if fld.error in self._marked:
            fld.error.hide()
            mark_invalid(self.tracking, False)
            self._marked = [w for w in self._marked if w not in (fld.error, self.tracking)]

    def _clear_errors(self) -> None:
        self.banner.hide()
        for widget in self._marked:
            if isinstance(widget, QLabel):
                widget.hide()
            else:
                mark_invalid(widget, False)
        self._marked = []

