"""How the shop's screens plug into the main window (``create_page(window)`` of each).

The window announces changes with ``data_changed``; a screen in view reads again at once,
one out of view only when it is shown next, so a sync never makes hidden screens work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from seller_desk.ui.qt import QEvent, QKeyEvent, QKeySequence, QObject, QWidget


class _RefreshWhenShown(QObject):
    """Calls ``page.refresh()`` on show when a change came while the page was hidden."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.page = page
        self.stale = True
        page.installEventFilter(self)

    def changed(self) -> None:
        if self.page.isVisible():
            self.stale = False
            self.page.refresh()  # type: ignore[attr-defined]
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.page and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.page.refresh()  # type: ignore[attr-defined]
        return False


def refresh_on_change(window: Any, page: QWidget) -> None:
    """Keep ``page`` current with the window's ``data_changed`` signal."""
    watcher = _RefreshWhenShown(page)
    page.setProperty("refresh_watcher", True)
    window.data_changed.connect(watcher.changed)


def show_order(window: Any, order_id: int) -> None:
    """Switch to the orders screen and show one order."""
    window.show_section("orders")
    page = window.section_page("orders")
    if hasattr(page, "select_order"):
        page.select_order(order_id)


def show_customer(window: Any, customer_id: int) -> None:
    """Switch to the customers screen and show one customer's profile."""
    window.show_section("customers")
    page = window.section_page("customers")
    if hasattr(page, "select_customer"):
        page.select_customer(customer_id)


def open_conversation(window: Any, conversation_id: int) -> None:
    window.open_conversation(conversation_id)


def changed(window: Any) -> None:
    """Tell the window (its counts and the other screens) that shop data changed."""
    if hasattr(window, "refresh_counts"):
        window.refresh_counts()
    window.data_changed.emit()


class PageKeys(QObject):
    """Keyboard shortcuts of one screen, active while the focus is inside it.

    The main window binds some of the same keys for the whole window (Ctrl+N writes a new
    message, Ctrl+F searches the mail); a plain QShortcut here would clash with those and
    neither would fire. Taking the key in ``ShortcutOverride`` instead makes the screen's
    meaning win while the seller works in it, and the window's everywhere else.
    """

    def __init__(self, page: QWidget, bindings: dict[str, Callable[[], object]]) -> None:
        super().__init__(page)
        self.bindings = {
            QKeySequence(keys)[0].toCombined(): action  # type: ignore[index]  # stubs lack [i]
            for keys, action in bindings.items()}
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and \
                isinstance(event, QKeyEvent):
            action = self.bindings.get(event.keyCombination().toCombined())
            if action is not None:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    action()
                return True
        return False
