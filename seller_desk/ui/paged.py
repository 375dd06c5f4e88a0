"""A table model that reads its rows page by page in the background.

The orders and customers lists (and any long list after them) share the same life: a
filter is set, the first page is read off the GUI thread, more pages are read as the view
scrolls to the end, and an answer to an older filter that arrives after a newer one was
typed is dropped. Keeping that once here means a fix to the paging (a stale page, a fetch
started twice) reaches every list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from seller_desk.ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTableView,
    Signal,
)
from seller_desk.ui.tasks import Task

Index = QModelIndex | QPersistentModelIndex


class Page(Protocol):
    """What a core paged query returns: the rows of one page and how many match (a page
    may also say ``exact = False``: the count stopped early and is "more than total - 1")."""

    @property
    def rows(self) -> list[Any]: ...

    @property
    def total(self) -> int: ...


RowT = TypeVar("RowT")


class PagedTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows of a core query, first page at once and the next ones as the view scrolls.

    A subclass names its columns and gives :meth:`page_job`, the core function and
    arguments that read one page from an offset; it shows the rows in ``data``.

    Signals:
        loaded(): a query finished (or failed) and the rows are in place.
    """

    loaded = Signal()
    #: the columns the subclass shows (their number sizes the table)
    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[RowT] = []
        self.total = 0
        self.exact = True  # False: counting stopped, more than total - 1 match
        self._generation = 0
        self._fetching = False

    # --- what a subclass gives -----------------------------------------------------------

    def page_job(self, offset: int) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        """The core function reading one page from ``offset``, and its arguments.

        Runs on the GUI thread when a page is asked for; the function itself runs on a
        worker thread, so the arguments must be plain values (a copy of the filter).
        """
        raise NotImplementedError

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the first page again in the background."""
        self._generation += 1
        self._fetching = True
        self._start(0, self._replace)

    def _start(self, offset: int, done: Callable[[tuple[int, Any]], None]) -> None:
        function, args = self.page_job(offset)
        # bound methods, not lambdas: Qt drops the delivery if the model is gone by then
        Task(_read_page, self._generation, function, args).on_success(done).on_failure(
            self._failed).start()

    def _replace(self, result: tuple[int, Page]) -> None:
        generation, page = result
        if generation != self._generation:
            return  # a newer filter was chosen meanwhile
        self.beginResetModel()
        self.rows, self.total = list(page.rows), page.total
        self.exact = getattr(page, "exact", True)
        self.endResetModel()
        self._done(generation)

    def _append(self, result: tuple[int, Page]) -> None:
        generation, page = result
        if generation != self._generation:
            return
        if page.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        self.total = page.total
        self.exact = getattr(page, "exact", True)
        self._done(generation)

    def _done(self, generation: int) -> None:
        if generation == self._generation:
            self._fetching = False
            self.loaded.emit()

    def _failed(self, _exc: BaseException) -> None:
        self._done(self._generation)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._fetching and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        self._start(len(self.rows), self._append)

    def row_of(self, row_id: int) -> int:
        """The table row of the record with ``row_id``, or -1 when it is not read yet."""
        for number, row in enumerate(self.rows):
            if getattr(row, "id", None) == row_id:
                return number
        return -1

    # --- the table -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def retranslate(self) -> None:
        """Headers and shown codes in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.COLUMNS) - 1))


def paged_table(model: PagedTableModel[Any], name: str) -> QTableView:
    """The list table every paged screen shows: whole rows, one at a time, no grid."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    # a cut order number or name keeps both ends ("INV/2026…3801234567"): the start says
    # the marketplace, the end tells two orders apart
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(30)
    table.horizontalHeader().setHighlightSections(False)
    return table


def _read_page(generation: int, function: Callable[..., Any],
               args: tuple[Any, ...]) -> tuple[int, Any]:
    """Worker side: the page, tagged with the generation of the filter it answers."""
    return generation, function(*args)
