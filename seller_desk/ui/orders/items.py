"""The items grid of the order form: one row per product, a blank row always waiting.

The product and SKU fields complete from the catalogue (core/shop/products.py): typing
offers the active products that hold every word typed, as "name — variant — price" in the
order's currency; choosing one fills the product, its SKU and its price.
"""

from __future__ import annotations

from decimal import Decimal

from seller_desk.core.common.errors import UserError
from seller_desk.core.screens import products as views_products
from seller_desk.core.shop import orders
from seller_desk.ui import i18n
from seller_desk.ui.i18n import Retranslating
from seller_desk.ui.qt import (
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QModelIndex,
    QSpinBox,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QToolButton,
    QWidget,
    Signal,
)

#: what a completion puts in the product field, and in the SKU field, and which product it is
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
SKU_ROLE = Qt.ItemDataRole.UserRole + 2
PRODUCT_ROLE = Qt.ItemDataRole.UserRole + 3


class ProductCompleter(QCompleter):
    """Offers catalogue products for what is typed in one field of an item row.

    The catalogue is asked on every keystroke (a few milliseconds for 5,000 products, see
    docs/performance.md), so the list always shows what the words typed find, in any
    order, and never a switched-off product.

    Signals:
        chosen(object): the seller picked this :class:`ProductInfo`.
    """

    chosen = Signal(object)

    def __init__(self, edit: QLineEdit, role: Qt.ItemDataRole | int,
                 editor: ItemsEditor) -> None:
        super().__init__(edit)
        self.editor = editor
        self.offers: dict[int, views_products.ProductInfo] = {}
        self.offer_model = QStandardItemModel(self)
        self.setModel(self.offer_model)
        # the catalogue has already matched the words: the popup shows what it found
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompletionRole(int(role))
        self.setMaxVisibleItems(views_products.SUGGESTIONS)
        edit.setCompleter(self)
        edit.textEdited.connect(self.refresh)
        self.activated[QModelIndex].connect(self._activated)  # type: ignore[index]

    def label(self, offer: views_products.ProductInfo) -> str:
        parts = [offer.name] + ([offer.variant] if offer.variant else [])
        price = offer.prices.get(self.editor.currency)
        if price is not None:
            parts.append(i18n.format_money(price, self.editor.currency))
        return " — ".join(parts) + (f"   [{offer.sku}]" if offer.sku else "")

    def refresh(self, text: str) -> None:
        """Ask the catalogue for ``text`` (before the line edit opens the popup)."""
        offers = views_products.complete(text, self.editor.currency) if text.strip() else []
        self.offers = {offer.id: offer for offer in offers}
        self.offer_model.clear()
        for offer in offers:
            entry = QStandardItem(self.label(offer))
            entry.setData(offer.title, TITLE_ROLE)
            entry.setData(offer.sku or offer.title, SKU_ROLE)
            entry.setData(offer.id, PRODUCT_ROLE)
            self.offer_model.appendRow(entry)
        # as wide as its longest line (the field alone would cut the prices off)
        popup, edit = self.popup(), self.widget()
        if popup is not None and edit is not None:
            metrics = popup.fontMetrics()
            widest = max((metrics.horizontalAdvance(self.label(o)) for o in offers), default=0)
            popup.setMinimumWidth(min(max(edit.width(), widest + 40), 720))

    def _activated(self, index: QModelIndex) -> None:
        offer = self.offers.get(index.data(PRODUCT_ROLE))
        if offer is not None:
            self.chosen.emit(offer)


class ItemRow:
    """The widgets of one item line."""

    def __init__(self, parent: ItemsEditor) -> None:
        self.title = QLineEdit(parent)
        self.title.setMinimumWidth(220)
        self.quantity = QSpinBox(parent)
        self.quantity.setRange(1, orders.MAX_QUANTITY)
        self.quantity.setValue(1)
        self.quantity.setFixedWidth(80)
        self.price = QLineEdit(parent)
        self.price.setFixedWidth(110)
        self.price.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.sku = QLineEdit(parent)
        self.sku.setFixedWidth(110)
        self.line_total = QLabel(parent)
        self.line_total.setFixedWidth(120)
        self.line_total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.remove = QToolButton(parent)
        self.remove.setText("✕")
        self.remove.setFixedWidth(28)
        self.remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab skips it; the mouse can use it
        self.completer = ProductCompleter(self.title, TITLE_ROLE, parent)
        self.sku_completer = ProductCompleter(self.sku, SKU_ROLE, parent)

    def widgets(self) -> list[QWidget]:
        return [self.title, self.quantity, self.price, self.sku, self.line_total, self.remove]

    def is_blank(self) -> bool:
        return not (self.title.text().strip() or self.price.text().strip()
                    or self.sku.text().strip())

    def price_value(self, currency: str) -> Decimal | None:
        """The price typed, or None while it is not (yet) an amount."""
        try:
            return i18n.read_amount(self.price.text(), currency)
        except UserError:
            return None


class ItemsEditor(Retranslating, QWidget):
    """Rows of product, quantity, unit price and SKU.

    Typing in the last row adds a new blank row below, so items are entered one after the
    other with Tab alone; Enter in a row jumps to the next row's product.

    Signals:
        changed(): an amount changed (the form recomputes its totals).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(4)
        self.headers = [QLabel() for _ in range(5)]
        for col, label in enumerate(self.headers):
            label.setObjectName("hint")
            self.grid.addWidget(label, 0, col)
        self.grid.setColumnStretch(0, 1)
        self.rows: list[ItemRow] = []
        self.currency = "MYR"
        self.add_row()
        self.retranslate()

    def retranslate(self) -> None:
        for label, text in zip(self.headers, (self.tr("Product"), self.tr("Qty"),
                                              self.tr("Unit price"), self.tr("SKU"),
                                              self.tr("Amount")), strict=True):
            label.setText(text)
        for row in self.rows:
            row.title.setPlaceholderText(self.tr("Product name"))
            row.remove.setToolTip(self.tr("Remove this item"))

    def add_row(self) -> ItemRow:
        row = ItemRow(self)
        line = len(self.rows) + 1
        for col, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, line, col)
            widget.show()  # at once, so Tab reaches it before the next event-loop turn
        if self.rows:
            QWidget.setTabOrder(self.rows[-1].sku, row.title)
        QWidget.setTabOrder(row.title, row.quantity)
        QWidget.setTabOrder(row.quantity, row.price)
        QWidget.setTabOrder(row.price, row.sku)
        row.title.setPlaceholderText(self.tr("Product name"))
        row.remove.setToolTip(self.tr("Remove this item"))
        for edit in (row.title, row.price, row.sku):
            edit.textEdited.connect(lambda _t, r=row: self._edited(r))
            edit.returnPressed.connect(lambda r=row: self._next_row(r))
        row.quantity.valueChanged.connect(lambda _v, r=row: self._edited(r))
        row.remove.clicked.connect(lambda _c=False, r=row: self.remove_row(r))
        for completer in (row.completer, row.sku_completer):
            completer.chosen.connect(lambda offer, r=row: self.use_product(r, offer))
        self.rows.append(row)
        self._update_totals()
        return row

    def remove_row(self, row: ItemRow) -> None:
        if len(self.rows) == 1:
            row.title.clear()
            row.price.clear()
            row.sku.clear()
            row.quantity.setValue(1)
        else:
            index = self.rows.index(row)
            self.rows.remove(row)
            for widget in row.widgets():
                self.grid.removeWidget(widget)
                widget.deleteLater()
            # close the gap so the grid keeps one line per row
            for later in self.rows[index:]:
                line = self.rows.index(later) + 1
                for col, widget in enumerate(later.widgets()):
                    self.grid.addWidget(widget, line, col)
        self._update_totals()
        self.changed.emit()

    def _edited(self, row: ItemRow) -> None:
        if row is self.rows[-1] and not row.is_blank():
            self.add_row()
        self._update_totals()
        self.changed.emit()

    def _next_row(self, row: ItemRow) -> None:
        index = self.rows.index(row)
        if index + 1 >= len(self.rows):
            self.add_row()
        self.rows[index + 1].title.setFocus()

    def use_product(self, row: ItemRow, offer: views_products.ProductInfo) -> None:
        """Fill ``row`` from a catalogue product: its title, SKU and price in the order's
        currency (a price already typed is replaced; none known leaves it as it is)."""
        row.title.setText(offer.title)
        row.sku.setText(offer.sku)
        price = offer.prices.get(self.currency)
        if price is not None:
            row.price.setText(i18n.format_number(price, 2))
        self._edited(row)

    def set_currency(self, currency: str) -> None:
        self.currency = currency
        self._update_totals()

    def _update_totals(self) -> None:
        for row in self.rows:
            price = row.price_value(self.currency)
            if row.is_blank() or price is None:
                row.line_total.setText("")
            else:
                row.line_total.setText(i18n.format_money(price * row.quantity.value(),
                                                         self.currency))

    def subtotal(self) -> Decimal:
        total = Decimal(0)
        for row in self.rows:
            price = row.price_value(self.currency)
            if not row.is_blank() and price is not None:
                total += price * row.quantity.value()
        return total

    def filled_rows(self) -> list[ItemRow]:
        return [row for row in self.rows if not row.is_blank()]

    def items(self) -> list[orders.ItemInput]:
        """The non-blank rows as order items.

        Raises:
            ValidationError: a price that is not an amount, or could mean two amounts
                ("1.234" ringgit), with field ``items[i].unit_price``.
        """
        result = []
        for i, row in enumerate(self.filled_rows()):
            text = row.price.text().strip()
            price = (i18n.read_amount(text, self.currency, field=f"items[{i}].unit_price")
                     if text else Decimal(0))
            result.append(orders.ItemInput(title=row.title.text().strip(),
                                           quantity=row.quantity.value(), unit_price=price,
                                           sku=row.sku.text().strip()))
        return result

    def set_items(self, items: list[tuple[str, str, int, Decimal]]) -> None:
        """Show ``(title, sku, quantity, unit price)`` lines, then a blank row."""
        while len(self.rows) > 1:
            self.remove_row(self.rows[-1])
        self.remove_row(self.rows[0])
        for title, sku, quantity, price in items:
            row = self.rows[-1]
            row.title.setText(title)
            row.sku.setText(sku)
            row.quantity.setValue(quantity)
            row.price.setText(i18n.amount_text(price, self.currency))
            self.add_row()
        self._update_totals()
        self.changed.emit()

    def widget_for(self, field: str) -> QWidget:
        """The widget a ValidationError's field names ("items[1].quantity" ...)."""
        rows = self.filled_rows() or self.rows
        if field.startswith("items[") and "]" in field:
            try:
                index = int(field[len("items["):field.index("]")])
            except ValueError:
                index = 0
            row = rows[min(index, len(rows) - 1)]
            part = field.split(".", 1)[1] if "." in field else "title"
            return {"title": row.title, "quantity": row.quantity, "unit_price": row.price,
                    "sku": row.sku}.get(part, row.title)
        return rows[0].title
