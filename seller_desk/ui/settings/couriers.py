"""Settings: the couriers the seller uses, offered first when adding a parcel."""

from __future__ import annotations

from babel import Locale

from seller_desk.core.shop import shipping
from seller_desk.ui import i18n
from seller_desk.ui.qt import (
    QAbstractItemView,
    QHeaderView,
    Qt,
    QTableWidget,
    QTableWidgetItem,
)
from seller_desk.ui.settings.base import Section

COL_NAME, COL_COUNTRY, COL_DAYS, COL_URL = range(4)


class CouriersSection(Section):
    """Every courier Seller Desk knows; ticked ones come first in the parcel dialog."""

    def build(self) -> None:
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(COL_COUNTRY, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(COL_DAYS, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(COL_URL, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(420)
        self.column.addWidget(self.table)
        self.note = self.hint()
        self.column.addWidget(self.note)
        self.table.itemChanged.connect(self._ticked)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Couriers"))
        self.intro.setText(self.tr(
            "Tick the couriers you send with: they come first when you add a parcel. The "
            "expected arrival counts their usual days as working days, skipping weekends "
            "and public holidays."))
        self.table.setHorizontalHeaderLabels([self.tr("Courier"), self.tr("Country"),
                                              self.tr("Usual days"),
                                              self.tr("Tracking page")])
        self.note.setText(self.tr("With none ticked, the couriers of your country are "
                                  "offered first."))
        self.load()

    def load(self) -> None:
        chosen = set(self.settings.get("shipping.couriers") or [])
        territories = Locale.parse(i18n.current_locale()).territories
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(0)
            for c in shipping.couriers():
                row = self.table.rowCount()
                self.table.insertRow(row)
                name = QTableWidgetItem(c.name)
                name.setData(Qt.ItemDataRole.UserRole, c.code)
                name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                name.setCheckState(Qt.CheckState.Checked if c.code in chosen
                                   else Qt.CheckState.Unchecked)
                self.table.setItem(row, COL_NAME, name)
                country = territories.get(c.country, c.country) if c.country else \
                    self.tr("International")
                self.table.setItem(row, COL_COUNTRY, QTableWidgetItem(country))
                days = QTableWidgetItem(i18n.format_number(c.typical_days))
                days.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, COL_DAYS, days)
                self.table.setItem(row, COL_URL, QTableWidgetItem(
                    c.tracking_url.split("?")[0].replace("{tracking}", "…")))
        finally:
            self.table.blockSignals(False)

    def chosen(self) -> list[str]:
        codes = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_NAME)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                codes.append(item.data(Qt.ItemDataRole.UserRole))
        return codes

    def _ticked(self, item: QTableWidgetItem) -> None:
        if item.column() == COL_NAME:
            self.store("shipping.couriers", self.chosen())
