"""The main window opens on the demo shop and lists its conversations."""

from __future__ import annotations

import argparse

import pytest

from seller_desk.core import db
from seller_desk.ui.app import make_application, open_main_window
from seller_desk.ui.inbox.model import COL_CUSTOMER, COL_WAITING


@pytest.fixture
def window(qtbot, tmp_path):
    make_application()
    args = argparse.Namespace(demo=True, database=f"sqlite:///{tmp_path / 'g.sqlite3'}")
    win = open_main_window(args)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    db.close_database()


def test_demo_conversations_are_listed_longest_waiting_first(window):
    model = window.inbox_page.model
    assert window.current_section() == "waiting"
    assert model.rowCount() > 10
    first = model.rows[0].waiting_since
    assert all(r.waiting_since >= first for r in model.rows)
    customer = model.index(0, COL_CUSTOMER).data()
    assert customer
    assert model.index(0, COL_WAITING).data().endswith(("h", "min"))


def test_the_sidebar_holds_every_section(window):
    labels = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    for section in ("Waiting on me", "Inbox", "Orders", "Shipments", "Reminders", "Reports",
                    "Templates", "Settings"):
        assert any(label.startswith(section) for label in labels)


def test_switching_to_the_inbox_shows_all_conversations(window, qtbot):
    window.show_section("inbox")
    assert window.inbox_page.model.view == "all"
    assert window.inbox_page.model.total > window.inbox_page.model.rowCount() - 1 > 100


def test_an_empty_database_offers_a_mailbox_and_the_demo(qtbot, tmp_path):
    make_application()
    args = argparse.Namespace(demo=False, database=f"sqlite:///{tmp_path / 'e.sqlite3'}")
    win = open_main_window(args)
    qtbot.addWidget(win)
    page = win.inbox_page
    assert page.stack.currentWidget() is page.no_mail
    with qtbot.waitSignal(win.demo_requested, timeout=1000):
        page.no_mail.buttons.itemAt(2).widget().click()
    db.close_database()
