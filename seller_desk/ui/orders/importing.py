"""Import orders from a Seller Centre export: the preview, its commit on a worker with a
progress bar and a Stop button, and the column mapping for a file no layout knows.

Reading, planning and writing all run in the background (``ui/tasks.py``); the dialog only
shows what the core said. Stopping the import writes nothing of the file.
"""

from __future__ import annotations

import logging
from pathlib import Path

from seller_desk.core.common.errors import UserError, ValidationError
from seller_desk.core.screens import imports as views
from seller_desk.ui import i18n, labels
from seller_desk.ui.i18n import Retranslating
from seller_desk.ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from seller_desk.ui.tasks import Task

logger = logging.getLogger(__name__)

FIELD_LABELS = {
    "number": QT_TRANSLATE_NOOP("MappingDialog", "Order number"),
    "title": QT_TRANSLATE_NOOP("MappingDialog", "Product name"),
    "quantity": QT_TRANSLATE_NOOP("MappingDialog", "Quantity"),
    "unit_price": QT_TRANSLATE_NOOP("MappingDialog", "Unit price"),
    "sku": QT_TRANSLATE_NOOP("MappingDialog", "SKU"),
    "placed_at": QT_TRANSLATE_NOOP("MappingDialog", "Order date"),
    "status": QT_TRANSLATE_NOOP("MappingDialog", "Order status"),
    "paid_at": QT_TRANSLATE_NOOP("MappingDialog", "Paid on"),
    "shipping_fee": QT_TRANSLATE_NOOP("MappingDialog", "Shipping fee"),
    "customer_name": QT_TRANSLATE_NOOP("MappingDialog", "Customer name"),
    "phone": QT_TRANSLATE_NOOP("MappingDialog", "Phone"),
    "email": QT_TRANSLATE_NOOP("MappingDialog", "Email"),
    "address": QT_TRANSLATE_NOOP("MappingDialog", "Delivery address"),
    "courier": QT_TRANSLATE_NOOP("MappingDialog", "Courier"),
    "tracking": QT_TRANSLATE_NOOP("MappingDialog", "Tracking number"),
    "payment_method": QT_TRANSLATE_NOOP("MappingDialog", "Payment method"),
    "notes": QT_TRANSLATE_NOOP("MappingDialog", "Buyer's note"),
}
ACTION_LABELS = {
    "new": QT_TRANSLATE_NOOP("ImportDialog", "New"),
    "updated": QT_TRANSLATE_NOOP("ImportDialog", "Updated"),
    "unchanged": QT_TRANSLATE_NOOP("ImportDialog", "Unchanged"),
}
CHANGE_LABELS = {
    "status": QT_TRANSLATE_NOOP("ImportDialog", "status"),
    "payment": QT_TRANSLATE_NOOP("ImportDialog", "payment"),
    "tracking": QT_TRANSLATE_NOOP("ImportDialog", "tracking number"),
}


def rows_text(rows: tuple[int, ...]) -> str:
    """Spreadsheet rows as the seller finds them: "12", "12-14" or "12, 15"."""
    if not rows:
        return ""
    if len(rows) > 1 and rows[-1] - rows[0] == len(rows) - 1:
        return f"{rows[0]}–{rows[-1]}"
    return ", ".join(str(r) for r in rows)


class _Count(QWidget):
    """A figure with its caption under it."""

    def __init__(self) -> None:
        super().__init__()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 24, 0)
        self.figure = QLabel("0")
        self.figure.setObjectName("pageTitle")
        self.caption = QLabel()
        self.caption.setObjectName("hint")
        box.addWidget(self.figure)
        box.addWidget(self.caption)


class ImportDialog(Retranslating, QDialog):
    """Preview and import one file.

    Signals:
        imported(int): orders were written (how many new or updated).
    """

    imported = Signal(int)

    def __init__(self, path: str | Path, parent: QWidget | None = None,
                 mapping: views.Mapping | None = None, currency: str = "MYR") -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.currency = currency  # the shop's, offered for a file mapped by hand
        self.mapping = mapping
        self.view: views.PreviewView | None = None
        self.outcome: views.ImportResult | None = None
        self.task: Task | None = None
        self.state = "reading"  # reading, mapping, preview, importing, done, failed
        self.mapping_dialog: MappingDialog | None = None
        self.setMinimumSize(820, 560)
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.about = QLabel()
        self.about.setObjectName("hint")
        self.about.setWordWrap(True)
        outer.addWidget(self.heading)
        outer.addWidget(self.about)
        counts = QHBoxLayout()
        self.counts = {key: _Count() for key in ("new", "updated", "unchanged", "refused")}
        for widget in self.counts.values():
            counts.addWidget(widget)
        counts.addStretch(1)
        outer.addLayout(counts)
        self.tabs = QTabWidget()
        self.refused_table = self._table(3)
        self.orders_table = self._table(5)
        self.tabs.addTab(self.refused_table, "")
        self.tabs.addTab(self.orders_table, "")
        outer.addWidget(self.tabs, 1)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)
        self.progress = QProgressBar()
        self.progress.hide()
        outer.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton()
        self.import_button = QPushButton()
        self.import_button.setObjectName("primaryButton")
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        outer.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.import_button.clicked.connect(self.start_import)
        self.retranslate()

    @staticmethod
    def _table(columns: int) -> QTableWidget:
        table = QTableWidget(0, columns)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(True)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import orders"))
        self.heading.setText(self.tr("Import orders from %1").replace("%1", self.path.name))
        for key, caption in (("new", self.tr("new orders")),
                             ("updated", self.tr("to update")),
                             ("unchanged", self.tr("unchanged")),
                             ("refused", self.tr("refused"))):
            self.counts[key].caption.setText(caption)
        self.refused_table.setHorizontalHeaderLabels(
            [self.tr("Order"), self.tr("Rows"), self.tr("Why it is refused")])
        self.orders_table.setHorizontalHeaderLabels(
            [self.tr("Order"), self.tr("Customer"), self.tr("Items"), self.tr("Total"),
             self.tr("What happens")])
        self._show_state()

    def _show_state(self) -> None:
        view = self.view
        if self.state == "reading":
            self.about.setText(self.tr("Reading the file…"))
        elif self.state in ("preview", "importing") and view is not None:
            self.about.setText(self.tr(
                "%1 export. Nothing is saved until you import; importing the same or a newer "
                "file later updates status, payment and tracking numbers without doubling "
                "anything.").replace("%1", view.label))
        self.tabs.setTabText(0, self.tr("Refused (%1)").replace(
            "%1", i18n.format_number(len(view.refused) if view else 0)))
        self.tabs.setTabText(1, self.tr("Orders in the file"))
        if self.state == "done" and self.outcome is not None:
            r = self.outcome
            self.about.setText(self.tr("Imported: %1 new, %2 updated, %3 unchanged, %4 refused.")
                               .replace("%1", i18n.format_number(r.new))
                               .replace("%2", i18n.format_number(r.updated))
                               .replace("%3", i18n.format_number(r.unchanged))
                               .replace("%4", i18n.format_number(len(r.refused))))
        if self.state in ("done", "failed"):
            self.cancel_button.setText(self.tr("Close"))
        elif self.state == "importing":
            self.cancel_button.setText(self.tr("Stop"))
        else:
            self.cancel_button.setText(self.tr("Cancel"))
        count = view.to_write if view is not None else 0
        self.import_button.setText(self.tr("Import %n order(s)", "", count))
        self.import_button.setVisible(self.state not in ("done", "failed"))
        self.import_button.setEnabled(self.state == "preview" and count > 0)

    # --- reading -------------------------------------------------------------------------

    def start(self) -> ImportDialog:
        """Read the file in the background and show the preview."""
        self.state = "reading"
        self._show_state()
        self.task = Task(views.preview_file, self.path, None, self.mapping) \
            .on_success(self._previewed).on_failure(self._read_failed).start()
        return self

    def _previewed(self, view: views.PreviewView) -> None:
        self.view, self.state = view, "preview"
        for key in ("new", "updated", "unchanged"):
            self.counts[key].figure.setText(i18n.format_number(getattr(view, key)))
        self.counts["refused"].figure.setText(i18n.format_number(len(view.refused)))
        self._fill_refused(view)
        self._fill_orders(view)
        self.tabs.setTabVisible(0, bool(view.refused))
        self.tabs.setCurrentIndex(0 if view.refused else 1)
        self._show_state()

    def _fill_refused(self, view: views.PreviewView) -> None:
        table = self.refused_table
        table.setRowCount(len(view.refused))
        for i, row in enumerate(view.refused):
            cells = [row.number or self.tr("(no number)"), rows_text(row.rows),
                     i18n.message_text(row.reason)]
            for j, text in enumerate(cells):
                table.setItem(i, j, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        # the reason takes the rest of the width and wraps, so a long one is read whole
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()

    def _fill_orders(self, view: views.PreviewView) -> None:
        table = self.orders_table
        table.setRowCount(len(view.listed))
        for i, row in enumerate(view.listed):
            what = self.tr(ACTION_LABELS[row.action])
            if row.action == "new":
                what = f"{what}: {labels.order_status(row.status)}"
            elif row.changes:
                what = f"{what}: " + ", ".join(self.tr(CHANGE_LABELS[c]) for c in row.changes)
            cells = [row.number, row.customer, i18n.format_number(row.items),
                     i18n.format_money(row.total, row.currency), what]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(i, j, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _read_failed(self, exc: BaseException) -> None:
        if isinstance(exc, views.UnknownLayout):
            self.state = "mapping"
            self.ask_mapping(exc.headers)
            return
        self._fail(exc)

    def _fail(self, exc: BaseException) -> None:
        self.state = "failed"
        self.about.setText("")
        self.message.setText(i18n.error_text(exc) if isinstance(exc, UserError) else
                             self.tr("The file could not be imported. The log has the details."))
        self.message.show()
        self.progress.hide()
        self._show_state()

    # --- the column mapping --------------------------------------------------------------

    def ask_mapping(self, headers: list[str] | None = None) -> None:
        """Read the file's columns in the background, then ask which holds what."""
        Task(views.file_columns, self.path, headers, 3, self.currency) \
            .on_success(self._show_mapping).on_failure(self._fail).start()

    def _show_mapping(self, columns: views.FileColumns) -> None:
        dialog = MappingDialog(columns, self)
        self.mapping_dialog = dialog
        dialog.accepted.connect(lambda: self._mapped(dialog.saved))
        dialog.rejected.connect(self.reject)
        dialog.open()

    def _mapped(self, mapping: views.Mapping | None) -> None:
        self.mapping = mapping
        self.start()

    # --- importing -----------------------------------------------------------------------

    def start_import(self) -> None:
        if self.view is None or self.state != "preview":
            return
        self.state = "importing"
        self.progress.setRange(0, max(1, self.view.to_write + self.view.unchanged))
        self.progress.setValue(0)
        self.progress.show()
        self._show_state()
        self.task = Task(views.commit, self.view, with_progress=True) \
            .on_progress(self._progressed).on_success(self._done) \
            .on_failure(self._import_failed).start()

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _done(self, result: views.ImportResult) -> None:
        self.outcome, self.state = result, "done"
        self.progress.hide()
        if result.refused and self.view is not None:
            self.counts["refused"].figure.setText(i18n.format_number(len(result.refused)))
        self._show_state()
        self.imported.emit(result.new + result.updated)

    def _import_failed(self, exc: BaseException) -> None:
        self._fail(exc)

    def reject(self) -> None:
        if self.state == "importing" and self.task is not None:
            self.task.cancel()  # the worker stops at its next step; nothing is kept
            self.cancel_button.setEnabled(False)
            return
        super().reject()


class MappingDialog(Retranslating, QDialog):
    """Which column of an unknown file holds each field, kept for the next file like it."""

    def __init__(self, columns: views.FileColumns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.saved: views.Mapping | None = None
        self.setMinimumSize(760, 620)
        outer = QVBoxLayout(self)
        self.about = QLabel()
        self.about.setObjectName("hint")
        self.about.setWordWrap(True)
        outer.addWidget(self.about)
        top = QFormLayout()
        self.name = QLineEdit(columns.suggested.name)
        self.channel = QComboBox()
        self.currency = QComboBox()
        self.currency.setEditable(True)
        for code in views.CURRENCIES:
            self.currency.addItem(code)
        self.currency.setCurrentText(columns.suggested.currency)
        self.name_label, self.channel_label, self.currency_label = QLabel(), QLabel(), QLabel()
        top.addRow(self.name_label, self.name)
        top.addRow(self.channel_label, self.channel)
        top.addRow(self.currency_label, self.currency)
        outer.addLayout(top)
        self.sample = QTableWidget(len(columns.sample), len(columns.headers))
        self.sample.setHorizontalHeaderLabels(columns.headers)
        self.sample.verticalHeader().hide()
        self.sample.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for i, row in enumerate(columns.sample):
            for j, text in enumerate(row[:len(columns.headers)]):
                self.sample.setItem(i, j, QTableWidgetItem(text))
        self.sample.setMaximumHeight(130)
        self.sample.resizeColumnsToContents()
        outer.addWidget(self.sample)
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        self.pickers: dict[str, QComboBox] = {}
        self.field_labels: dict[str, QLabel] = {}
        for i, name in enumerate(views.MAPPED_FIELDS):
            label, picker = QLabel(), QComboBox()
            picker.addItem("", "")
            for header in columns.headers:
                if header:
                    picker.addItem(header, header)
            chosen = columns.suggested.columns.get(name, "")
            picker.setCurrentIndex(max(0, picker.findData(chosen)))
            label.setBuddy(picker)
            line, pair = divmod(i, 2)
            grid.addWidget(label, line, pair * 2)
            grid.addWidget(picker, line, pair * 2 + 1)
            self.pickers[name], self.field_labels[name] = picker, label
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_holder)
        outer.addWidget(scroll, 1)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button, self.save_button = QPushButton(), QPushButton()
        self.save_button.setObjectName("primaryButton")
        self.save_button.setDefault(True)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Match the columns"))
        self.about.setText(self.tr(
            "Seller Desk does not know this file's columns yet. Choose which column holds "
            "each detail; the order number and the product name are needed. Your choice is "
            "kept, and offered again for the next file like this one."))
        self.name_label.setText(self.tr("Name of this kind of file"))
        self.channel_label.setText(self.tr("Sales channel"))
        self.currency_label.setText(self.tr("Currency"))
        current = self.channel.currentData() or self.columns.suggested.channel
        self.channel.clear()
        for code in views.CHANNELS:
            self.channel.addItem(labels.channel(code), code)
        self.channel.setCurrentIndex(max(0, self.channel.findData(current)))
        for name, label in self.field_labels.items():
            text = self.tr(FIELD_LABELS[name])
            label.setText(f"{text} *" if name in views.REQUIRED_FIELDS else text)
            self.pickers[name].setItemText(0, self.tr("(not in this file)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("Use these columns"))

    def save(self) -> views.Mapping | None:
        mapping = views.Mapping(
            self.name.text(), self.channel.currentData() or "other",
            self.currency.currentText().strip().upper(),
            {name: picker.currentData() or "" for name, picker in self.pickers.items()})
        try:
            self.saved = views.save_mapping(mapping)
        except ValidationError as exc:
            self.error.setText(i18n.error_text(exc))
            self.error.show()
            widget = self.pickers.get(exc.field or "") or self.name
            widget.setFocus()
            return None
        self.accept()
        return self.saved
