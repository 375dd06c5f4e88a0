"""The customers screen: the customer book with search and filters, and a profile pane."""

from __future__ import annotations

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.common.settings import Settings
from seller_desk.core.screens import customers as views
from seller_desk.ui import i18n
from seller_desk.ui.customers.model import (
    COL_CONTACT,
    COL_LAST,
    COL_NAME,
    COL_ORDERS,
    CustomersModel,
)
from seller_desk.ui.customers.profile import ProfilePanel
from seller_desk.ui.i18n import Retranslating
from seller_desk.ui.paged import paged_table
from seller_desk.ui.qt import (
    QAbstractButton,
    QCheckBox,
    QFont,
    QFontMetrics,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QModelIndex,
    QSplitter,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from seller_desk.ui.widgets import PageHeader
from seller_desk.ui.wiring import PageKeys

PROFILE_WIDTH = 440


class CustomersPage(Retranslating, QWidget):
    """Customers: find one by name, address, phone or order number; see and edit them.

    Signals:
        open_conversation_requested(int), open_order_requested(int): from the timeline.
        customers_changed(): a customer was edited or two were merged.
    """

    open_conversation_requested = Signal(int)
    open_order_requested = Signal(int)
    customers_changed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.model = CustomersModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # wide enough for the placeholder in Malay and Indonesian, the longest
        header = PageHeader(search_width=(260, 460))
        self.title, self.count = header.title, header.count_label
        self.search = header.search
        self.search.setObjectName("customerSearch")
        header.button.hide()  # customers come from mail, orders and imports
        layout.addLayout(header)

        filters = QHBoxLayout()
        filters.setContentsMargins(16, 0, 16, 8)
        self.open_orders = QCheckBox()
        self.complaints = QCheckBox()
        self.waiting = QCheckBox()
        for box in (self.open_orders, self.complaints, self.waiting):
            filters.addWidget(box)
            box.toggled.connect(lambda _on: self.apply_filters())
        filters.addStretch(1)
        layout.addLayout(filters)

        self.splitter = QSplitter()
        self.table = paged_table(self.model, "customersTable")
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(COL_CONTACT, QHeaderView.ResizeMode.Stretch)
        for col in (COL_LAST, COL_ORDERS):  # their headings differ in length by language
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.profile = ProfilePanel()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.profile)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([700, PROFILE_WIDTH])
        layout.addWidget(self.splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._to_table)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda _i: self.profile.name.setFocus())
        self.model.loaded.connect(self._loaded)
        self.profile.saved.connect(self._saved)
        self.profile.merge_requested.connect(self.ask_merge)
        self.profile.open_conversation_requested.connect(self.open_conversation_requested)
        self.profile.open_order_requested.connect(self.open_order_requested)
        self.keys = PageKeys(self, {"Ctrl+F": self.search.setFocus,
                                    "Ctrl+S": lambda: self.profile.save()})
        self._selected_id: int | None = None
        self.merge_box: QMessageBox | None = None
        self.retranslate()

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Customers"))
        self.search.setPlaceholderText(self.tr("Find by name, email, phone or order number"))
        self.open_orders.setText(self.tr("Has open orders"))
        self.complaints.setText(self.tr("Has complaints"))
        self.waiting.setText(self.tr("Waiting for your answer"))
        self.model.retranslate()
        self._show_count()
        # the narrow columns at least as wide as their titles ("Hubungan terakhir")
        head = self.table.horizontalHeader()
        font = QFont(head.font())
        font.setWeight(QFont.Weight.DemiBold)  # as the style sheet draws the titles
        fm = QFontMetrics(font)
        for col in (COL_LAST, COL_ORDERS):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal,
                                              Qt.ItemDataRole.DisplayRole) or "")
            # the style sheet's 8 px either side, and room for the sort arrow
            head.resizeSection(col, max(head.sectionSize(col),
                                        fm.horizontalAdvance(title) + 16 + 16))

    # --- data ----------------------------------------------------------------------------

    def current_filter(self) -> views.CustomerFilter:
        return views.CustomerFilter(text=self.search.text().strip(),
                                    open_orders=self.open_orders.isChecked(),
                                    complaints=self.complaints.isChecked(),
                                    waiting=self.waiting.isChecked())

    def apply_filters(self) -> None:
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        """Read the customers again (after a change elsewhere, or when shown)."""
        self.model.set_filter(self.current_filter())

    def _show_count(self) -> None:
        """How many match; past two pages the list stops counting and says "more than"."""
        if self.model.exact:
            self.count.setText(i18n.format_number(self.model.total))
        else:
            self.count.setText(self.tr("more than %1").replace(
                "%1", i18n.format_number(self.model.total - 1)))

    def _loaded(self) -> None:
        self._show_count()
        row = self.model.row_of(self._selected_id) if self._selected_id else -1
        if row >= 0:
            self.table.selectRow(row)
        elif self.model.rowCount() and self._selected_id is None:
            self.table.selectRow(0)
        elif not self.model.rowCount() and self._selected_id is None:
            self.profile.show_profile(None)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        customer_id = self.model.data(current, Qt.ItemDataRole.UserRole)
        if customer_id != self._selected_id or self.profile.profile is None:
            self._selected_id = customer_id
            self.profile.show_profile(customer_id)

    def _to_table(self) -> None:
        """Enter in the search box: to the first match, so arrows and Enter go on."""
        self._search_timer.stop()
        self.apply_filters()
        self.table.setFocus()

    def select_customer(self, customer_id: int) -> None:
        """Show this customer's profile (from a conversation's side panel)."""
        self._selected_id = customer_id
        self.profile.show_profile(customer_id)
        row = self.model.row_of(customer_id)
        if row >= 0:
            self.table.selectRow(row)

    # --- actions -------------------------------------------------------------------------

    def _saved(self, customer_id: int) -> None:
        self._selected_id = customer_id
        self.refresh()
        self.customers_changed.emit()

    def ask_merge(self, this_id: int, other_id: int) -> QMessageBox:
        """Ask which of the two to keep, saying what moves; merge on the seller's choice."""
        keeps_this = views.merge_preview(this_id, other_id)
        keeps_other = views.merge_preview(other_id, this_id)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Merge two customers"))
        box.setText(self.tr("Are these the same person? Choose the one to keep. The other's "
                            "email addresses, conversations, orders and reminders move to "
                            "it, and the other is removed."))
        box.setInformativeText("\n".join(self._moves(p) for p in (keeps_this, keeps_other)))
        keep_this = box.addButton(self.tr("Keep %1").replace(
            "%1", keeps_this.keep_name or self.tr("this one")),
            QMessageBox.ButtonRole.AcceptRole)
        keep_other = box.addButton(self.tr("Keep %1").replace(
            "%1", keeps_other.keep_name or self.tr("the other")),
            QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setProperty("keep_buttons", [keep_this, keep_other])

        def chosen(button: QAbstractButton) -> None:
            if button is keep_this:
                self.merge(this_id, other_id)
            elif button is keep_other:
                self.merge(other_id, this_id)

        box.buttonClicked.connect(chosen)
        self.merge_box = box
        box.open()
        return box

    def _moves(self, p: views.MergePreview) -> str:
        return self.tr("Keep %1: %2 email address(es), %3 conversation(s), %4 order(s) and "
                       "%5 reminder(s) of %6 move over.").replace(
            "%1", p.keep_name or "—").replace("%2", str(p.emails)).replace(
            "%3", str(p.conversations)).replace("%4", str(p.orders)).replace(
            "%5", str(p.reminders)).replace("%6", p.other_name or "—")

    def merge(self, keep_id: int, other_id: int) -> None:
        try:
            views.merge(keep_id, other_id)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Merge two customers"), i18n.error_text(exc))
            return
        self._selected_id = keep_id
        self.profile.show_profile(keep_id)
        self.refresh()
        self.customers_changed.emit()
