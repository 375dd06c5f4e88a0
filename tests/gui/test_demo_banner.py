"""The demo says it is the demo: in the window's title and a quiet banner (en/ms/id) that
offers the seller's own mailbox and can be closed for the session."""

from __future__ import annotations

import argparse

from gui import desk_support
from gui.desk_support import close_window, copy_database, open_window

from seller_desk.core.common import paths
from seller_desk.core.store.models import Account
from seller_desk.ui import i18n
from seller_desk.ui.app import leave_demo
from seller_desk.ui.qt import QApplication

demo_template = desk_support.demo_template
demo_window = desk_support.demo_window


def test_the_demo_window_says_it_is_the_demo_shop(qtbot, tmp_path, demo_template):
    window = open_window(qtbot, copy_database(demo_template, tmp_path / "d.sqlite3"),
                         demo=True)
    try:
        assert window.windowTitle().endswith("Demo shop — Seller Desk")
        banner = window.demo_banner
        assert banner.isVisible()
        assert "demo shop" in banner.label.text()
        assert "nothing leaves this computer" in banner.label.text()
        assert banner.own_button.text() == "Start with my own mailbox"
        # its mailboxes send to the stand-in (marked when the demo opens)
        assert all(a.simulated for a in Account.select())
        with qtbot.waitSignal(window.own_mailbox_requested, timeout=1000):
            banner.own_button.click()
        # closed: gone for the session, even when the window reads the demo again
        banner.close_button.click()
        assert not banner.isVisible()
        window.set_demo(True)
        window.refresh()
        assert not banner.isVisible()
        assert window.windowTitle().endswith("Demo shop — Seller Desk")
    finally:
        close_window(qtbot, window)


def test_the_banner_and_title_speak_malay_and_indonesian(qtbot, tmp_path, demo_template):
    window = open_window(qtbot, copy_database(demo_template, tmp_path / "d.sqlite3"),
                         demo=True)
    try:
        seen = {}
        for language, country in (("ms", "MY"), ("id", "ID")):
            i18n.install(language, country)
            QApplication.processEvents()
            window.refresh_counts()
            qtbot.waitUntil(lambda: "demo" in window.windowTitle(), timeout=2000)
            seen[language] = (window.windowTitle(), window.demo_banner.label.text(),
                              window.demo_banner.own_button.text())
        assert seen["ms"][0].endswith("Kedai demo — Seller Desk")
        assert seen["id"][0].endswith("Toko demo — Seller Desk")
        assert "kedai demo" in seen["ms"][1] and "toko demo" in seen["id"][1]
        assert seen["ms"][2] != seen["id"][2] != "Start with my own mailbox"
    finally:
        i18n.install("en")
        QApplication.processEvents()
        close_window(qtbot, window)


def test_the_seller_s_own_window_has_no_demo_banner(demo_window):
    assert not demo_window.demo_banner.isVisible()
    assert "demo" not in demo_window.windowTitle()


def test_start_with_my_own_mailbox_leaves_the_demo_for_the_seller_s_folder(qtbot, tmp_path,
                                                                          demo_template):
    own = tmp_path / "own"
    (own / "demo").mkdir(parents=True)
    paths.set_data_dir(own / "demo")
    window = open_window(qtbot, copy_database(demo_template, own / "demo" / "d.sqlite3"),
                         demo=True)
    try:
        args = argparse.Namespace(demo=True, database=None, data_dir=None)
        leave_demo(window, args)
        assert paths.data_dir() == own.resolve()
        assert not window.is_demo and not window.demo_banner.isVisible()
        assert "demo" not in window.windowTitle()
        assert Account.select().count() == 0  # the seller's own, empty database
        wizard = window.account_wizard
        assert wizard.isVisible()
        wizard.reject()
    finally:
        paths.set_data_dir(None)
        close_window(qtbot, window)
