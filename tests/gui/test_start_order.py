"""Start-up order: the inbox is painted before the other screens and mail sync start.

The other screens, the holiday calendar, mail sync and "Set up your shop" used to start on
a 300 ms timer armed before the window was shown; a busy laptop had not painted the window
by then, and the seller looked at a blank window while they were made.
"""

from __future__ import annotations

import argparse
from typing import Any

from gui import desk_support
from gui.desk_support import close_window, copy_database
from PySide6.QtGui import QPaintEvent

from seller_desk.ui.app import (
    SCREEN_PACKAGES,
    UNSHOWN_WAIT_MS,
    after_first_paint,
    make_application,
    open_main_window,
)
from seller_desk.ui.qt import QApplication, QRect, Qt, QWidget

demo_template = desk_support.demo_template


def _held_back_window(qtbot: Any, url: str) -> Any:
    """The main window, "shown" but kept from the screen: its first paint waits for us."""
    make_application()
    window = open_main_window(argparse.Namespace(demo=False, database=url),
                              start_services=True)
    window.setUpdatesEnabled(False)  # as a busy laptop: shown, not yet painted
    window.show()
    return window


def _paint(widget: QWidget) -> None:
    QApplication.sendEvent(widget, QPaintEvent(QRect(0, 0, 10, 10)))


def test_other_screens_and_sync_wait_for_the_first_paint(qtbot, tmp_path, demo_template):
    """Ensure nothing but the inbox is made before the window's first paint, however long
    that paint takes, and that the rest follows it."""
    url = copy_database(demo_template, tmp_path / "shop.sqlite3")
    window = _held_back_window(qtbot, url)
    try:
        assert window.isVisible()
        qtbot.wait(UNSHOWN_WAIT_MS + 300)  # longer than the old timer waited
        assert list(window._factories) == list(SCREEN_PACKAGES), \
            "screens were built before the window was painted"
        assert window.sync is None, "mail sync started before the window was painted"
        assert window._conversation_page is None

        window.setUpdatesEnabled(True)  # the first paint
        qtbot.waitUntil(lambda: window.sync is not None, timeout=5_000)
        qtbot.waitUntil(lambda: not window._factories, timeout=20_000)
        assert window._conversation_page is not None
    finally:
        close_window(qtbot, window)


def test_a_window_never_shown_still_gets_its_screens(qtbot, tmp_path, demo_template):
    """Ensure a window that is made but not shown (tests, benchmarks) builds its screens
    after the short wait, as before."""
    url = copy_database(demo_template, tmp_path / "shop.sqlite3")
    make_application()
    window = open_main_window(argparse.Namespace(demo=False, database=url))
    try:
        assert window._factories
        qtbot.waitUntil(lambda: not window._factories, timeout=20_000)
    finally:
        close_window(qtbot, window)


def test_first_paint_callbacks_run_once_in_order(qtbot):
    """Ensure each callback runs once, in the order given, and one added later runs too."""
    make_application()
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.show()
    calls: list[str] = []
    after_first_paint(widget, lambda: calls.append("first"))
    after_first_paint(widget, lambda: calls.append("second"))
    assert calls == []
    _paint(widget)
    _paint(widget)
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=2_000)
    after_first_paint(widget, lambda: calls.append("late"))
    qtbot.waitUntil(lambda: len(calls) == 3, timeout=2_000)
    _paint(widget)
    qtbot.wait(50)
    assert calls == ["first", "second", "late"]


def test_a_new_shop_gets_its_default_answers_after_the_first_paint(qtbot, tmp_path):
    """Ensure the default answers, read after the first paint now, still arrive in a new
    shop's database."""
    from seller_desk.core.store.models import Template

    window = _held_back_window(qtbot, f"sqlite:///{tmp_path / 'new.sqlite3'}")
    try:
        qtbot.wait(UNSHOWN_WAIT_MS + 100)
        assert Template.select().count() == 0  # not before the paint
        window.setUpdatesEnabled(True)
        qtbot.waitUntil(lambda: Template.select().count() > 0, timeout=10_000)
        assert {t.language for t in Template.select()} >= {"en", "ms", "id"}
    finally:
        close_window(qtbot, window)


def _column_widths(window: Any) -> list[int]:
    head = window.inbox_page.table.horizontalHeader()
    return [head.sectionSize(col) for col in range(head.count())]


def test_a_window_styled_once_built_has_the_columns_of_one_built_styled(
        qtbot, tmp_path, demo_template):
    """Ensure the program's start, which applies the style sheet to the finished window
    (``make_application(styled=False)``), sizes the inbox's columns for the styled fonts,
    as a window built under the sheet does (the Waiting column came out 7 px narrower)."""
    url = copy_database(demo_template, tmp_path / "shop.sqlite3")
    app = make_application()
    sheet = app.styleSheet()
    assert sheet
    window = open_main_window(argparse.Namespace(demo=False, database=url))
    styled_first = _column_widths(window)
    close_window(qtbot, window)
    app.setStyleSheet("")
    try:
        make_application(styled=False)
        assert not app.styleSheet()
        window = open_main_window(argparse.Namespace(demo=False, database=url))
        try:
            assert app.styleSheet() == sheet, "the window was left unstyled"
            assert _column_widths(window) == styled_first
        finally:
            close_window(qtbot, window)
    finally:
        app.setStyleSheet(sheet)
