"""Settings: the order-number formats Seller Desk recognises in mail."""

from __future__ import annotations

import copy
from typing import Any

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.screens import settings as views_settings
from seller_desk.core.shop import order_numbers
from seller_desk.core.shop.orders import CHANNELS
from seller_desk.ui import i18n
from seller_desk.ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
)
from seller_desk.ui.settings.base import Section

COL_CHANNEL, COL_NAME, COL_REGEX = range(3)


class PatternsSection(Section):
    """A table of order-number patterns, a try-it box, save and restore."""

    def build(self) -> None:
        self.table = QTableWidget(0, 3)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(COL_CHANNEL, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(COL_REGEX, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_NAME, 200)
        self.table.setMinimumHeight(220)
        self.column.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.save_button = QPushButton()
        self.save_button.setObjectName("primaryButton")
        self.reset_button = QPushButton()
        for button in (self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)
        self.column.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.column.addWidget(self.status)
        self.try_title = self.subheading()
        self.sample = QLineEdit()
        self.column.addWidget(self.sample)
        self.found = QLabel()
        self.found.setObjectName("hint")
        self.found.setWordWrap(True)
        self.found.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.column.addWidget(self.found)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_rows)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        self.sample.textChanged.connect(self.try_sample)
        self.table.itemChanged.connect(lambda _item: self.try_sample())

    def retranslate(self) -> None:
        self.title.setText(self.tr("Order numbers"))
        self.intro.setText(self.tr(
            "Seller Desk links a mail to its order when it finds an order number in it. These "
            "patterns (regular expressions) describe each marketplace's numbers; add your own "
            "shop's format here."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Channel"), self.tr("Name"), self.tr("Pattern")])
        self.add_button.setText(self.tr("Add a format"))
        self.remove_button.setText(self.tr("Remove"))
        self.save_button.setText(self.tr("Save formats"))
        self.reset_button.setText(self.tr("Restore the defaults"))
        self.try_title.setText(self.tr("Try it"))
        self.sample.setPlaceholderText(self.tr("Paste a line from a customer's mail"))
        self.try_sample()

    def load(self) -> None:
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(0)
            document = views_settings.pattern_document()
            self.document = document
            for spec in document.get("order_numbers", []):
                self._append(spec)
        finally:
            self.table.blockSignals(False)
        self.status.setText(self.tr("Your own formats are in use.")
                            if views_settings.has_own_patterns() else "")

    def _append(self, spec: dict[str, Any]) -> None:
        blocked = self.table.blockSignals(True)  # no half-made row reaches try_sample
        try:
            self._append_row(spec)
        finally:
            self.table.blockSignals(blocked)

    def _append_row(self, spec: dict[str, Any]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        channel = QTableWidgetItem(str(spec.get("channel", "other")))
        channel.setData(Qt.ItemDataRole.UserRole, copy.deepcopy(spec))
        self.table.setItem(row, COL_CHANNEL, channel)
        self.table.setItem(row, COL_NAME, QTableWidgetItem(str(spec.get("name", ""))))
        self.table.setItem(row, COL_REGEX, QTableWidgetItem(str(spec.get("regex", ""))))

    def add_row(self) -> None:
        self._append({"channel": "web", "name": "", "regex": ""})
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, COL_REGEX)
        item = self.table.item(row, COL_REGEX)
        if item is not None:  # _append has just put it there
            self.table.editItem(item)

    def remove_rows(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def document_from_table(self) -> dict[str, Any]:
        """The pattern document with the table's rows (other parts kept as they were)."""
        document = copy.deepcopy(self.document)
        specs = []
        for row in range(self.table.rowCount()):
            channel_cell, name_cell, regex_cell = (
                self.table.item(row, col) for col in (COL_CHANNEL, COL_NAME, COL_REGEX))
            if channel_cell is None or name_cell is None or regex_cell is None:
                continue
            regex = (regex_cell.text() or "").strip()
            if not regex:
                continue
            spec = dict(channel_cell.data(Qt.ItemDataRole.UserRole) or {})
            channel = channel_cell.text().strip().lower()
            spec["channel"] = channel if channel in CHANNELS else "other"
            spec["name"] = name_cell.text().strip() or spec["channel"]
            spec["regex"] = regex
            specs.append(spec)
        document["order_numbers"] = specs
        return document

    def try_sample(self) -> None:
        text = self.sample.text()
        if not text.strip():
            self.found.setText(self.tr("Found order numbers will show here."))
            return
        try:
            found = views_settings.try_patterns(self.document_from_table(), text)
        except ValidationError as exc:
            self.found.setText(i18n.error_text(exc))
            return
        if not found:
            self.found.setText(self.tr("No order number found."))
            return
        self.found.setText(self.tr("Found: %1").replace(
            "%1", ", ".join(f"{d.number} ({d.channel})" for d in found)))

    def save(self) -> None:
        try:
            order_numbers.save_user_patterns(self.document_from_table())
        except ValidationError as exc:
            self.status.setObjectName("fieldError")
            self.status.setText(i18n.error_text(exc))
            self.status.style().polish(self.status)
            return
        self.status.setObjectName("")
        self.status.style().polish(self.status)
        self.load()
        self.status.setText(self.tr("Saved. New mail is matched with these formats."))
        self.changed.emit("order_patterns")

    def reset(self) -> None:
        views_settings.reset_patterns()
        self.load()
        self.status.setText(self.tr("The formats that come with Seller Desk are back."))
        self.changed.emit("order_patterns")
