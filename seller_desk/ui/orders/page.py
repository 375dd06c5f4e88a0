"""The orders screen: filters, the orders table, and the selected order's detail."""

from __future__ import annotations

from seller_desk.core.common.settings import Settings
from seller_desk.core.conversations import clocks
from seller_desk.core.reports import periods
from seller_desk.core.screens import imports as views_imports
from seller_desk.core.shop import orders
from seller_desk.core.shop.orders import CHANNELS, ORDER_STATUSES
from seller_desk.ui import i18n, labels
from seller_desk.ui.i18n import Retranslating
from seller_desk.ui.orders.detail import OrderDetailPanel
from seller_desk.ui.orders.form import OrderFormDialog
from seller_desk.ui.orders.importing import ImportDialog
from seller_desk.ui.orders.model import (
    COL_CHANNEL,
    COL_CUSTOMER,
    COL_ITEMS,
    COL_NUMBER,
    COL_PLACED,
    COL_STATUS,
    COL_TOTAL,
    OrdersModel,
)
from seller_desk.ui.orders.products import ProductsDialog
from seller_desk.ui.paged import paged_table
from seller_desk.ui.qt import (
    QT_TRANSLATE_NOOP,
    QCheckBox,
    QComboBox,
    QEvent,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QModelIndex,
    QObject,
    QPushButton,
    QSplitter,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from seller_desk.ui.widgets import PageHeader
from seller_desk.ui.wiring import PageKeys

#: what the table gives up first when it is narrow, in that order
DROPPED_FIRST = (COL_ITEMS, COL_CHANNEL)
CUSTOMER_MIN_WIDTH = 150
#: the detail panel's starting width; the table takes the rest
DETAIL_WIDTH = 380

PERIOD_LABELS = {
    "any": QT_TRANSLATE_NOOP("OrdersPage", "Any time"),
    "today": QT_TRANSLATE_NOOP("OrdersPage", "Today"),
    "7d": QT_TRANSLATE_NOOP("OrdersPage", "Last 7 days"),
    "30d": QT_TRANSLATE_NOOP("OrdersPage", "Last 30 days"),
    "90d": QT_TRANSLATE_NOOP("OrdersPage", "Last 90 days"),
    "this_month": QT_TRANSLATE_NOOP("OrdersPage", "This month"),
    "last_month": QT_TRANSLATE_NOOP("OrdersPage", "Last month"),
    "this_year": QT_TRANSLATE_NOOP("OrdersPage", "This year"),
}


class OrdersPage(Retranslating, QWidget):
    """Orders: find them, enter new ones by keyboard, see and move each one along.

    Signals:
        open_conversation_requested(int): show this conversation (main window's job).
        orders_changed(): an order was saved or moved (counts elsewhere may change).
    """

    open_conversation_requested = Signal(int)
    orders_changed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.model = OrdersModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        header = PageHeader(search_width=(260, 340))
        self.title, self.count, self.new_button = header.title, header.count_label, header.button
        self.search = header.search
        self.new_button.clicked.connect(lambda: self.new_order())
        self.import_button = QPushButton()
        self.import_button.setObjectName("importOrders")
        self.import_button.clicked.connect(lambda: self.import_orders())
        header.insertWidget(header.indexOf(self.new_button), self.import_button)
        layout.addLayout(header)

        filters = QHBoxLayout()
        filters.setContentsMargins(16, 0, 16, 8)
        self.status_filter = QComboBox()
        self.channel_filter = QComboBox()
        self.period_filter = QComboBox()
        self.unpaid = QCheckBox()
        self.not_shipped = QCheckBox()
        for widget in (self.status_filter, self.channel_filter, self.period_filter,
                       self.unpaid, self.not_shipped):
            filters.addWidget(widget)
            if isinstance(widget, QComboBox):
                widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        filters.addStretch(1)
        self.products_button = QPushButton()  # the catalogue the orders fill
        self.products_button.clicked.connect(self.show_products)
        filters.addWidget(self.products_button)
        layout.addLayout(filters)

        self.splitter = QSplitter()
        self.table = paged_table(self.model, "ordersTable")
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COL_PLACED, Qt.SortOrder.DescendingOrder)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(COL_CUSTOMER, QHeaderView.ResizeMode.Stretch)
        for col in (COL_STATUS, COL_ITEMS):  # their words differ in length by language
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col, width in ((COL_NUMBER, 130), (COL_PLACED, 95), (COL_CHANNEL, 85),
                           (COL_TOTAL, 105)):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        self._dropped_width = {COL_ITEMS: 60, COL_CHANNEL: 85}
        self.table.viewport().installEventFilter(self)
        self.detail = OrderDetailPanel()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        # a wider window widens the table; the detail keeps its width unless dragged
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([900, DETAIL_WIDTH])
        layout.addWidget(self.splitter, 1)
        self.detail.show_order(None)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        for combo in (self.status_filter, self.channel_filter, self.period_filter):
            combo.activated.connect(lambda _i: self.apply_filters())
        for box in (self.unpaid, self.not_shipped):
            box.toggled.connect(lambda _on: self.apply_filters())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(self._activated)
        self.model.loaded.connect(self._loaded)
        self.detail.edit_requested.connect(self.edit_order)
        self.detail.add_shipment_requested.connect(self.add_shipment)
        self.detail.remind_requested.connect(self.remind)
        self.detail.open_conversation_requested.connect(self.open_conversation_requested)
        self.detail.changed.connect(self._order_changed)
        self.keys = PageKeys(self, {"Ctrl+N": lambda: self.new_order(),
                                    "Ctrl+I": lambda: self.import_orders(),
                                    "Ctrl+F": self.search.setFocus})
        self._selected_id: int | None = None
        self.retranslate()

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Orders"))
        self.search.setPlaceholderText(self.tr("Find an order, customer or product"))
        self.new_button.setText(self.tr("New order"))
        self.new_button.setToolTip(self.tr("Enter an order (Ctrl+N)"))
        self.import_button.setText(self.tr("Import orders"))
        self.import_button.setToolTip(self.tr(
            "Read the orders file you downloaded from Shopee, Lazada, Tokopedia & TikTok Shop "
            "or eBay (Ctrl+I)"))
        self._fill_combo(self.status_filter, self.tr("Every status"),
                         [(code, labels.order_status(code)) for code in ORDER_STATUSES])
        self._fill_combo(self.channel_filter, self.tr("Every channel"),
                         [(code, labels.channel(code)) for code in CHANNELS])
        self._fill_combo(self.period_filter, None,
                         [(key, self.tr(text)) for key, text in PERIOD_LABELS.items()])
        self.unpaid.setText(self.tr("Unpaid"))
        self.not_shipped.setText(self.tr("Paid, not shipped"))
        self.products_button.setText(self.tr("Products"))
        self.products_button.setToolTip(self.tr("Your product list: names, SKUs and prices "
                                                "that order entry offers"))
        self.model.retranslate()
        self._show_count()

    @staticmethod
    def _fill_combo(combo: QComboBox, everything: str | None,
                    entries: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if everything is not None:
            combo.addItem(everything, "")
        for code, text in entries:
            combo.addItem(text, code)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(False)

    def _show_count(self) -> None:
        self.count.setText(i18n.format_number(self.model.total))

    # --- data ----------------------------------------------------------------------------

    def current_filter(self) -> orders.OrderFilter:
        status = self.status_filter.currentData() or ""
        channel = self.channel_filter.currentData() or ""
        span = periods.period(self.period_filter.currentData() or "any",
                              clocks.current_policy().tz)
        return orders.OrderFilter(
            statuses=(status,) if status else (), channels=(channel,) if channel else (),
            start=span.start, end=span.end, unpaid=self.unpaid.isChecked(),
            not_shipped=self.not_shipped.isChecked(), text=self.search.text().strip())

    def apply_filters(self) -> None:
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        """Read the orders again (after a change elsewhere, or when the page is shown)."""
        self.model.set_filter(self.current_filter())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # the viewport's own resize: its new width is already known here
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """Hide the items count, then the channel, when the table is too narrow for every
        column and a readable customer name (a 1280-pixel screen with the detail open);
        both are in the detail beside it."""
        head = self.table.horizontalHeader()
        for col in DROPPED_FIRST:
            if not head.isSectionHidden(col):
                self._dropped_width[col] = head.sectionSize(col)
        kept = sum(head.sectionSize(col) for col in range(self.model.columnCount())
                   if col not in (COL_CUSTOMER, *DROPPED_FIRST) and not head.isSectionHidden(col))
        room = self.table.viewport().width() - kept - CUSTOMER_MIN_WIDTH
        for i, col in enumerate(DROPPED_FIRST):
            # the columns after this one in DROPPED_FIRST are shown before it
            needed = sum(self._dropped_width[c] for c in DROPPED_FIRST[i:])
            self.table.setColumnHidden(col, room < needed)

    def _loaded(self) -> None:
        self._show_count()
        self.fit_columns()
        row = self.model.row_of(self._selected_id) if self._selected_id else -1
        if row >= 0:
            self.table.selectRow(row)
            self.detail.show_order(self._selected_id)
        elif self.model.rowCount() == 0:
            self.detail.show_order(None)
        elif self._selected_id is None:
            self.table.selectRow(0)  # the newest order, so the detail is never blank

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        order_id = self.model.data(current, Qt.ItemDataRole.UserRole)
        if order_id != self._selected_id or self.detail.detail is None:
            self._selected_id = order_id
            self.detail.show_order(order_id)

    def _activated(self, index: QModelIndex) -> None:
        order_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if order_id is not None:
            self.edit_order(order_id)

    def select_order(self, order_id: int) -> None:
        """Show this order (from a reminder or a conversation)."""
        self._selected_id = order_id
        self.detail.show_order(order_id)
        row = self.model.row_of(order_id)
        if row >= 0:
            self.table.selectRow(row)

    # --- actions -------------------------------------------------------------------------

    def new_order(self, conversation_id: int | None = None,
                  found: tuple[str, str] | None = None) -> OrderFormDialog:
        """Open the order form for a new order, linked to ``conversation_id`` if given;
        ``found`` fills in the (channel, number) the conversation's mail names."""
        dialog = OrderFormDialog(self.settings, None, self, conversation_id=conversation_id,
                                 found=found)
        dialog.saved.connect(self._saved)
        dialog.linked.connect(self._order_changed)
        dialog.open()
        return dialog

    def import_orders(self, path: str | None = None) -> ImportDialog | None:
        """Ask for an export file (unless ``path`` is given) and open its preview."""
        if path is None:
            patterns = " ".join(views_imports.FILE_PATTERNS)
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choose the orders file from your Seller Centre"), "",
                self.tr("Order exports (%1)").replace("%1", patterns))
            if not path:
                return None
        dialog = ImportDialog(path, self, currency=self.settings.get("seller.currency") or "MYR")
        dialog.imported.connect(lambda _count: self._imported())
        dialog.open()
        return dialog.start()

    def _imported(self) -> None:
        self.refresh()

    def show_products(self) -> ProductsDialog:
        """Open the product catalogue (one window; asked again, it comes to the front)."""
        dialog = self.findChild(ProductsDialog)
        if dialog is None:
            dialog = ProductsDialog(self.settings.get("seller.currency"), self)
            dialog.changed.connect(self._products_changed)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _products_changed(self) -> None:
        self.orders_changed.emit()

    def edit_order(self, order_id: int) -> OrderFormDialog:
        dialog = OrderFormDialog(self.settings, order_id, self)
        dialog.saved.connect(self._saved)
        dialog.linked.connect(self._order_changed)
        dialog.open()
        return dialog

    def add_shipment(self, order_id: int) -> object:
        from seller_desk.ui.shipments.dialog import ShipmentDialog

        dialog = ShipmentDialog(self.settings, order_id, self)
        dialog.saved.connect(lambda _sid: self._order_changed(order_id))
        dialog.open()
        return dialog

    def remind(self, order_id: int) -> object:
        """A reminder by hand about this order (it then shows under Reminders)."""
        from seller_desk.ui.reminders.dialog import ReminderDialog

        dialog = ReminderDialog(order_id, None, self)
        dialog.saved.connect(lambda _rid: self._order_changed(order_id))
        dialog.open()
        return dialog

    def _saved(self, order_id: int) -> None:
        self._selected_id = order_id
        self._order_changed(order_id)

    def _order_changed(self, order_id: int) -> None:
        self._selected_id = order_id
        self.refresh()
        self.orders_changed.emit()
