"""Settings: the senders and domains marked as not a customer, and undoing a mark."""

from __future__ import annotations

from typing import Any

from seller_desk.core.common.errors import UserError
from seller_desk.core.screens import not_customers as not_customers_view
from seller_desk.core.screens.not_customers import MarkRow
from seller_desk.ui import i18n
from seller_desk.ui.qt import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    Signal,
)
from seller_desk.ui.settings.base import Section
from seller_desk.ui.tasks import Latest, Task

COL_WHO, COL_KIND, COL_WHEN, COL_COUNT, COL_UNDO = range(5)


class NotCustomersSection(Section):
    """Every sender or domain marked as not a customer: when, how many conversations, undo.

    The list is read on a worker thread each time the section is shown or loaded.

    Signals:
        marks_changed(): a mark was undone (the inbox and its counts need reloading).
    """

    marks_changed = Signal()

    def build(self) -> None:
        self.rows: list[MarkRow] = []
        self._reader = Latest()
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("notCustomersTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(38)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(COL_WHO, QHeaderView.ResizeMode.Stretch)
        for col in (COL_KIND, COL_WHEN, COL_COUNT, COL_UNDO):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.column.addWidget(self.table)
        self.empty = self.hint()
        self.column.addWidget(self.empty)
        self.note = self.hint()
        self.column.addWidget(self.note)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Not customers"))
        self.intro.setText(self.tr(
            "Mail from these senders never waits on you and stays out of your reply times. "
            "It is kept, and you still find it in All conversations and by searching. "
            "Press n on a conversation to add one."))
        self.table.setHorizontalHeaderLabels([
            self.tr("Sender or domain"), self.tr("What"), self.tr("Marked on"),
            self.tr("Conversations"), ""])
        self.empty.setText(self.tr(
            "Nobody is marked yet. Family, your bank, couriers and newsletters can be: "
            "select their conversation in the inbox and press n."))
        self.note.setText(self.tr(
            "Mail from banks, e-wallets, couriers and the marketplaces' automatic addresses "
            "is recognised by itself and needs no mark."))
        self._show()

    def load(self) -> None:
        self._reader.run(not_customers_view.marks, callback=self._loaded,
                         failure=self._failed)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        # marks are added from the inbox: show them fresh whenever the section is opened
        self.load()
        super().showEvent(event)

    def _loaded(self, rows: list[MarkRow]) -> None:
        self.rows = rows
        self._show()

    def _failed(self, exc: BaseException) -> None:
        self.rows = []
        self._show()
        self.empty.setText(i18n.error_text(exc) if isinstance(exc, UserError) else self.tr(
            "The list could not be read. Details are in the log."))

    def _show(self) -> None:
        self.table.setRowCount(0)
        for row in self.rows:
            at = self.table.rowCount()
            self.table.insertRow(at)
            who = row.address if row.kind == "sender" else "@" + row.address
            self.table.setItem(at, COL_WHO, QTableWidgetItem(who))
            kind = (self.tr("Only this sender") if row.kind == "sender"
                    else self.tr("Everyone at this domain"))
            self.table.setItem(at, COL_KIND, QTableWidgetItem(kind))
            self.table.setItem(at, COL_WHEN, QTableWidgetItem(
                i18n.format_date(row.created_at)))
            count = QTableWidgetItem(i18n.format_number(row.conversations))
            count.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(at, COL_COUNT, count)
            undo = QPushButton(self.tr("Undo"))
            undo.setObjectName(f"undoMark{row.id}")
            undo.setToolTip(self.tr("Count their mail again: conversations that still wait "
                                    "come back to Waiting on me"))
            undo.clicked.connect(lambda _checked=False, mark_id=row.id: self.undo(mark_id))
            self.table.setCellWidget(at, COL_UNDO, undo)
        # as tall as its rows: the section scrolls, and the note stays right under the list
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + 38 * len(self.rows) + 2 * self.table.frameWidth() + 2)
        self.table.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)

    def undo(self, mark_id: int) -> None:
        """Undo a mark (on a worker thread), then show the list again."""
        Task(not_customers_view.unmark, mark_id).on_success(self._undone).on_failure(
            self._failed).start()

    def _undone(self, _changed: int) -> None:
        self.marks_changed.emit()
        self.load()
