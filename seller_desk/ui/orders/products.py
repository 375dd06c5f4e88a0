"""The products window (from the Orders screen): the catalogue the orders filled.

A list to search on the left; the chosen product on the right, to rename, give a variant,
a SKU and its prices, switch off (no longer offered in new orders), or merge into another
product that is the same thing typed differently.
"""

from __future__ import annotations

import logging
from decimal import Decimal

from seller_desk.core.common.errors import UserError, ValidationError
from seller_desk.core.screens import products as views_products
from seller_desk.ui import i18n
from seller_desk.ui.forms import Field, mark_invalid
from seller_desk.ui.i18n import Retranslating
from seller_desk.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from seller_desk.ui.tasks import Latest

logger = logging.getLogger(__name__)

COL_NAME, COL_VARIANT, COL_SKU, COL_PRICE, COL_SOLD, COL_STATE = range(6)


class ProductsDialog(Retranslating, QDialog):
    """The catalogue: find, correct, switch off and merge products.

    Signals:
        changed(): a product was saved, switched or merged (order lists may show it).
    """

    changed = Signal()

    def __init__(self, currency: str = "MYR", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.products: list[views_products.ProductInfo] = []
        self.current: views_products.ProductInfo | None = None
        self.price_edits: dict[str, QLineEdit] = {}
        self._latest = Latest()
        self.resize(1000, 600)
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("hint")
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        outer.addLayout(top)

        splitter = QSplitter()
        self.table = QTableWidget(0, 6)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        head = self.table.horizontalHeader()
        head.setHighlightSections(False)
        head.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col in (COL_VARIANT, COL_SKU, COL_PRICE, COL_SOLD, COL_STATE):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        splitter.addWidget(self.table)

        panel = QWidget()
        column = QVBoxLayout(panel)
        self.form = QFormLayout()
        self.name = QLineEdit()
        self.variant = QLineEdit()
        self.sku = QLineEdit()
        self.fields = {"name": Field(self.name), "variant": Field(self.variant),
                       "sku": Field(self.sku)}
        self.labels = {key: QLabel() for key in ("name", "variant", "sku", "prices")}
        for key, fld in self.fields.items():
            self.form.addRow(self.labels[key], fld)
        self.prices_box = QWidget()
        self.prices_form = QFormLayout(self.prices_box)
        self.prices_form.setContentsMargins(0, 0, 0, 0)
        self.prices_error = QLabel()
        self.prices_error.setObjectName("fieldError")
        self.prices_error.setWordWrap(True)
        self.prices_error.hide()
        prices_column = QVBoxLayout()
        prices_column.addWidget(self.prices_box)
        prices_column.addWidget(self.prices_error)
        self.form.addRow(self.labels["prices"], prices_column)
        self.active = QCheckBox()
        self.form.addRow("", self.active)
        column.addLayout(self.form)
        self.save_button = QPushButton()
        self.save_button.setObjectName("primaryButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        column.addSpacing(18)
        self.merge_label = QLabel()
        self.merge_label.setWordWrap(True)
        self.merge_label.setObjectName("hint")
        column.addWidget(self.merge_label)
        merge_row = QHBoxLayout()
        self.merge_with = QComboBox()
        self.merge_with.setEditable(True)
        self.merge_with.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.merge_button = QPushButton()
        merge_row.addWidget(self.merge_with, 1)
        merge_row.addWidget(self.merge_button)
        column.addLayout(merge_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        column.addWidget(self.message)
        column.addStretch(1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setObjectName("hint")
        column.addWidget(self.empty)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 420])
        outer.addWidget(splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.reload)
        self.search.textEdited.connect(self._search_typed)
        self.table.currentCellChanged.connect(self._row_changed)
        self.save_button.clicked.connect(self.save)
        self.merge_button.clicked.connect(self._merge_clicked)
        self.active.toggled.connect(self._active_toggled)
        self.retranslate()
        self.show_product(None)
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Products"))
        self.search.setPlaceholderText(self.tr("Find a product by name, variant or SKU"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Product"), self.tr("Variant"), self.tr("SKU"),
            self.tr("Price (%1)").replace("%1", self.currency), self.tr("Sold"),
            self.tr("In new orders")])
        for key, text in (("name", self.tr("Name")), ("variant", self.tr("Variant")),
                          ("sku", self.tr("SKU")), ("prices", self.tr("Prices"))):
            self.labels[key].setText(text)
        self.variant.setPlaceholderText(self.tr("Size, colour … (optional)"))
        self.active.setText(self.tr("Offer it in new orders"))
        self.save_button.setText(self.tr("Save"))
        self.merge_label.setText(self.tr(
            "Typed in two ways? Choose the other one here: this product's orders, names and "
            "prices join it, and this one disappears."))
        self.merge_button.setText(self.tr("Merge into it"))
        chooser = self.merge_with.lineEdit()
        if chooser is not None:
            chooser.setPlaceholderText(self.tr("Choose the same product"))
        self.empty.setText(self.tr(
            "Products are added by themselves from your orders. Pick one in an order's item "
            "line and its SKU and price are filled in."))
        self._show_count()

    # --- the list ------------------------------------------------------------------------

    def _search_typed(self, _text: str) -> None:
        self._search_timer.start()

    def reload(self) -> None:
        """Read the catalogue again (on a worker thread), keeping the chosen product."""
        self._latest.run(views_products.catalogue, self.search.text(), callback=self._loaded,
                         failure=self._load_failed)

    def _load_failed(self, exc: BaseException) -> None:
        self.message.setText(i18n.error_text(exc))

    def _loaded(self, rows: list[views_products.ProductInfo]) -> None:
        keep = self.current.id if self.current is not None else None
        self.products = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for r, p in enumerate(rows):
            # the seller's own currency in the list; every currency in the editor
            price = p.prices.get(self.currency)
            texts = (p.name, p.variant, p.sku,
                     i18n.format_money(price, self.currency) if price is not None else "",
                     i18n.format_number(p.sold),
                     self.tr("Yes") if p.active else self.tr("Switched off"))
            for col, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                if col in (COL_PRICE, COL_SOLD):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if not p.active:
                    cell.setForeground(self.palette().placeholderText())
                self.table.setItem(r, col, cell)
        self.table.blockSignals(False)
        self.merge_with.clear()
        for p in rows:
            self.merge_with.addItem(p.title + (f" [{p.sku}]" if p.sku else ""), p.id)
        self._show_count()
        index = next((i for i, p in enumerate(rows) if p.id == keep), 0 if rows else -1)
        if index >= 0:
            self.table.selectRow(index)
            self.show_product(rows[index])
        else:
            self.show_product(None)

    def _show_count(self) -> None:
        self.count.setText(self.tr("%n product(s)", "", len(self.products)))

    def _row_changed(self, row: int, *_rest: int) -> None:
        if 0 <= row < len(self.products):
            self.show_product(self.products[row])

    # --- the chosen product --------------------------------------------------------------

    def show_product(self, product: views_products.ProductInfo | None) -> None:
        self.current = product
        self._clear_errors()
        for widget in (self.name, self.variant, self.sku, self.active, self.save_button,
                       self.merge_with, self.merge_button):
            widget.setEnabled(product is not None)
        self.name.setText(product.name if product else "")
        self.variant.setText(product.variant if product else "")
        self.sku.setText(product.sku if product else "")
        self.active.blockSignals(True)
        self.active.setChecked(product.active if product else True)
        self.active.blockSignals(False)
        while self.prices_form.rowCount():
            self.prices_form.removeRow(0)
        self.price_edits = {}
        currencies = list(product.prices) if product else []
        if product is not None and self.currency not in currencies:
            currencies.insert(0, self.currency)
        for code in currencies:
            edit = QLineEdit()
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(160)
            value = product.prices.get(code) if product else None
            edit.setText(i18n.format_number(value, 2) if value is not None else "")
            self.price_edits[code] = edit
            self.prices_form.addRow(code, edit)
        self.merge_with.setCurrentIndex(-1)  # nothing merges unless the seller chooses

    def _clear_errors(self) -> None:
        for fld in self.fields.values():
            fld.error.hide()
            mark_invalid(fld.widget, False)
        self.prices_error.hide()
        self.message.setText("")

    def _show_error(self, exc: UserError) -> None:
        key = exc.field if isinstance(exc, ValidationError) else None
        text = i18n.error_text(exc)
        if key in self.fields:
            fld = self.fields[key]
            fld.error.setText(text)
            fld.error.show()
            mark_invalid(fld.widget, True)
            fld.widget.setFocus()
        elif key and key.startswith("prices"):
            self.prices_error.setText(text)
            self.prices_error.show()
        else:
            self.message.setText(text)

    def save(self) -> bool:
        """Save the form's name, variant, SKU and prices; False when refused (shown)."""
        if self.current is None:
            return False
        self._clear_errors()
        prices: dict[str, Decimal | str] = {}
        for code, edit in self.price_edits.items():
            text = edit.text().strip()
            if not text:
                continue  # an empty price is forgotten
            try:  # read by the currency's own rules ("85.000" rupiah are 85,000)
                prices[code] = i18n.read_amount(text, code, field=f"prices.{code}")
            except UserError as exc:
                self._show_error(exc)
                return False
        try:
            saved = views_products.save(self.current.id, self.name.text(), self.variant.text(),
                                        self.sku.text(), prices)
        except UserError as exc:
            self._show_error(exc)
            return False
        self.current = saved
        self.message.setText(self.tr("Saved."))
        self.changed.emit()
        self.reload()
        return True

    def _active_toggled(self, on: bool) -> None:
        if self.current is None:
            return
        try:
            views_products.set_active(self.current.id, on)
        except UserError as exc:
            self._show_error(exc)
            return
        self.changed.emit()
        self.reload()

    def _merge_clicked(self) -> None:
        other = self.merge_with.currentData()
        if self.current is None or other is None:
            return
        if self.confirm_merge(self.current.title, self.merge_with.currentText()):
            self.merge_into(int(other))

    def confirm_merge(self, this: str, other: str) -> bool:
        """Ask before merging (tests answer for the seller)."""
        answer = QMessageBox.question(
            self, self.tr("Merge products"),
            self.tr("Merge “%1” into “%2”? Its orders will count for “%2”. This cannot be "
                    "undone.").replace("%1", this).replace("%2", other))
        return answer == QMessageBox.StandardButton.Yes

    def merge_into(self, other_id: int) -> bool:
        """Merge the chosen product into ``other_id``, then show that one."""
        if self.current is None:
            return False
        try:
            kept = views_products.merge(other_id, self.current.id)
        except UserError as exc:
            self._show_error(exc)
            return False
        self.current = kept
        self.message.setText(self.tr("Merged."))
        self.changed.emit()
        self.reload()
        return True
