"""The shipments screen: parcels on the way (late ones first), delivered, and actions."""

from __future__ import annotations

from seller_desk.core.common.errors import UserError
from seller_desk.core.common.settings import Settings
from seller_desk.core.screens import shipments as views_shipments
from seller_desk.ui import i18n
from seller_desk.ui.i18n import Retranslating
from seller_desk.ui.qt import (
    QAbstractItemView,
    QButtonGroup,
    QDesktopServices,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QModelIndex,
    QPushButton,
    QTableView,
    QTimer,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from seller_desk.ui.shipments.dialog import ShipmentDialog
from seller_desk.ui.shipments.model import (
    COL_COURIER,
    COL_CUSTOMER,
    COL_ETA,
    COL_ORDER,
    COL_SHIPPED,
    COL_STATUS,
    COL_TRACKING,
    ShipmentsModel,
)
from seller_desk.ui.tasks import Task
from seller_desk.ui.widgets import PageHeader
from seller_desk.ui.wiring import PageKeys


class ShipmentsPage(Retranslating, QWidget):
    """Parcels: add one from an order, mark it delivered, open its tracking page, send the
    customer the "shipped" email with one click.

    Signals:
        open_order_requested(int): show this order on the orders screen.
        shipments_changed(): a parcel was added or delivered.
        loaded(): the table was read again.
    """

    open_order_requested = Signal(int)
    shipments_changed = Signal()
    loaded = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.model = ShipmentsModel(self)
        self.view = "open"
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        header = PageHeader(search_width=(220, 280))
        self.title, self.count, self.add_button = header.title, header.count_label, header.button
        self.search = header.search
        layout.addLayout(header)

        views = QHBoxLayout()
        views.setContentsMargins(16, 0, 16, 8)
        self.view_group = QButtonGroup(self)
        self.view_buttons: dict[str, QPushButton] = {}
        for key in views_shipments.VIEWS:
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName("viewButton")
            self.view_group.addButton(button)
            self.view_buttons[key] = button
            views.addWidget(button)
            button.clicked.connect(lambda _c=False, k=key: self.set_view(k))
        self.view_buttons["open"].setChecked(True)
        views.addStretch(1)
        layout.addLayout(views)

        self.table = QTableView()
        self.table.setObjectName("shipmentsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        head = self.table.horizontalHeader()
        head.setHighlightSections(False)
        head.setSectionResizeMode(COL_CUSTOMER, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_ORDER, 200), (COL_COURIER, 130), (COL_TRACKING, 160),
                           (COL_STATUS, 150)):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        for col in (COL_SHIPPED, COL_ETA):  # dates and their headers differ by language
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        actions.setContentsMargins(16, 8, 16, 12)
        self.delivered_button = QPushButton()
        self.track_button = QPushButton()
        self.message_button = QPushButton()
        self.order_button = QPushButton()
        self.slips_button = QPushButton()
        self.slips_button.setObjectName("slipsToday")
        for button in (self.delivered_button, self.track_button, self.message_button,
                       self.order_button, self.slips_button):
            actions.addWidget(button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        actions.addWidget(self.status, 1)
        layout.addLayout(actions)

        self.add_button.clicked.connect(lambda: self.add_shipment())
        self.delivered_button.clicked.connect(self.mark_delivered)
        self.track_button.clicked.connect(self.open_tracking)
        self.message_button.clicked.connect(self.send_shipped_message)
        self.order_button.clicked.connect(self._open_order)
        self.slips_button.clicked.connect(lambda: self.print_todays_slips())
        self.table.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self._update_buttons())
        self.table.activated.connect(lambda _i: self.open_tracking())
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.keys = PageKeys(self, {"Ctrl+N": lambda: self.add_shipment(),
                                    "Ctrl+D": self.mark_delivered,
                                    "Ctrl+T": self.open_tracking,
                                    "Ctrl+F": self.search.setFocus})
        self.counts: dict[str, int] = {}
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Shipments"))
        self.search.setPlaceholderText(self.tr("Find a tracking or order number"))
        self.add_button.setText(self.tr("Add parcel"))
        self.add_button.setToolTip(self.tr("Add a parcel to a paid order (Ctrl+N)"))
        self._label_views()
        self.delivered_button.setText(self.tr("Mark delivered"))
        self.delivered_button.setToolTip("Ctrl+D")
        self.track_button.setText(self.tr("Open tracking page"))
        self.track_button.setToolTip("Ctrl+T")
        self.message_button.setText(self.tr("Email “shipped” to customer"))
        self.order_button.setText(self.tr("Open order"))
        self.slips_button.setText(self.tr("Slips for today…"))
        self.slips_button.setToolTip(self.tr("Packing slips for every parcel not sent yet "
                                             "or sent today, one page each"))
        self.model.retranslate()

    def _label_views(self) -> None:
        names = {"open": self.tr("On the way"), "late": self.tr("Late"),
                 "delivered": self.tr("Delivered"), "all": self.tr("All")}
        for key, button in self.view_buttons.items():
            count = self.counts.get(key)
            button.setText(names[key] if count is None else
                           f"{names[key]}  {i18n.format_number(count)}")

    # --- data ----------------------------------------------------------------------------

    def set_view(self, view: str) -> None:
        self.view = view
        self.view_buttons[view].setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        """Read the parcels of the current view in the background."""
        self._generation += 1
        # a bound method, not a lambda: Qt drops the delivery if this page is gone by then
        Task(_load, self._generation, self.view, self.search.text()).on_success(
            self._loaded).start()

    def _loaded(self, result: tuple[int, list, dict[str, int]]) -> None:
        generation, rows, counts = result
        if generation != self._generation:
            return
        selected = self.selected()
        self.counts = counts
        self.model.set_rows(rows)
        self._label_views()
        self.count.setText(i18n.format_number(len(rows)))
        if selected is not None and self.model.row_of(selected.id) >= 0:
            self.table.selectRow(self.model.row_of(selected.id))
        elif rows:
            self.table.selectRow(0)
        self._update_buttons()
        self.loaded.emit()

    def selected(self) -> views_shipments.ShipmentRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def _update_buttons(self) -> None:
        row = self.selected()
        self.delivered_button.setEnabled(row is not None and row.status != "delivered")
        self.track_button.setEnabled(row is not None and bool(row.tracking_url))
        self.message_button.setEnabled(row is not None and row.status != "delivered")
        self.order_button.setEnabled(row is not None)

    # --- actions -------------------------------------------------------------------------

    def print_todays_slips(self) -> object:
        """Packing slips for every parcel going out today, in one go."""
        from seller_desk.core.documents import papers
        from seller_desk.ui.papers import PapersDialog

        ids = papers.orders_to_ship_today()
        if not ids:
            self.status.setText(self.tr("No parcel is waiting to go out today."))
            return None
        dialog = PapersDialog(ids, "slip", self)
        dialog.open()
        return dialog

    def add_shipment(self, order_id: int | None = None) -> ShipmentDialog:
        dialog = ShipmentDialog(self.settings, order_id, self)
        dialog.saved.connect(self._added)
        dialog.message_queued.connect(lambda _sid: self._say(
            self.tr("The “shipped” email is in the outbox.")))
        dialog.open()
        return dialog

    def _added(self, _shipment_id: int) -> None:
        self.refresh()
        self.shipments_changed.emit()

    def mark_delivered(self) -> None:
        row = self.selected()
        if row is None or row.status == "delivered":
            return
        try:
            views_shipments.deliver(row.id)
        except UserError as exc:
            self._say(i18n.error_text(exc), error=True)
            return
        self._say(self.tr("Parcel for order %1 marked delivered.").replace(
            "%1", row.order_number))
        self.refresh()
        self.shipments_changed.emit()

    def open_tracking(self) -> bool:
        row = self.selected()
        if row is None or not row.tracking_url:
            return False
        return QDesktopServices.openUrl(QUrl(row.tracking_url))

    def send_shipped_message(self) -> None:
        row = self.selected()
        if row is None:
            return
        self.message_button.setEnabled(False)
        self._say(self.tr("Preparing the email…"))
        self._sending_to = row.customer_name or row.order_number
        Task(views_shipments.send_shipped_message, row.id).on_success(
            self._message_queued).on_failure(self._failed).on_finished(
            self._update_buttons).start()

    def _message_queued(self, queued: views_shipments.Queued) -> None:
        text = (self.tr("The “shipped” email to %1 was already in the outbox.")
                if queued.already else self.tr("The “shipped” email to %1 is in the outbox."))
        self._say(text.replace("%1", self._sending_to))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self._say(i18n.error_text(exc), error=True)
        else:
            self._say(self.tr("Something went wrong: %1").replace("%1", str(exc)), error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setObjectName("fieldError" if error else "")
        self.status.style().polish(self.status)
        self.status.setText(text)

    def _open_order(self, _index: QModelIndex | None = None) -> None:
        row = self.selected()
        if row is not None:
            self.open_order_requested.emit(row.order_id)


def _load(generation: int, view: str, text: str
          ) -> tuple[int, list[views_shipments.ShipmentRow], dict[str, int]]:
    return generation, views_shipments.query_shipments(view, text), views_shipments.counts()


