"""Every screen, in English, Malay and Indonesian, at 1280x800 and 1440x900: no text wider
than its widget, no widgets drawn over each other (the measures are in ``fit_check``).

The screens are those docs/screens/render_screens.py pictures, on the demo shop: the inbox,
a conversation with the reply composer, every section of the shop, every page of
Settings, the main window's dialogs (order form with a refused field, parcel form with a
refused tracking number, products, new reminder, a mailbox's settings, the password box,
"Set up your shop") and the add-mailbox wizard's pages (address, servers, an untrusted
certificate, waiting-since). The main window is measured at both sizes; a dialog opens at
its own size, the same whatever the window's, so it is measured once per language.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from gui import desk_support
from gui.desk_support import wait_for_tasks
from gui.fit_check import Misfit, misfits

from seller_desk.core.common.messages import Msg
from seller_desk.core.mail import errors
from seller_desk.core.mail.connection import accounts, connect
from seller_desk.core.mail.imap.census import InboxCensus
from seller_desk.core.screens import mailboxes
from seller_desk.core.store.fields import utcnow
from seller_desk.ui import i18n
from seller_desk.ui.accounts.password import PasswordDialog
from seller_desk.ui.accounts.wizard import PAGE_WAITING, AccountWizard
from seller_desk.ui.app import open_account_wizard
from seller_desk.ui.qt import QApplication, QThreadPool
from seller_desk.ui.settings.setup import SetupDialog
from seller_desk.ui.tasks import Task

demo_template = desk_support.demo_template
demo_window = desk_support.demo_window

SIZES = ((1280, 800), (1440, 900))
LANGUAGES = (("en", "MY"), ("ms", "MY"), ("id", "ID"))

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support",
                                       "QWindowsWindow", "propagateSizeHints")

Screen = tuple[str, Any]


def settle(rounds: int = 6) -> None:
    """Let the screen read its data (worker threads) and lay itself out."""
    for _ in range(rounds):
        QApplication.processEvents()
        QThreadPool.globalInstance().waitForDone(20)
    for _ in range(100):
        if Task.pending() == 0:
            break
        QThreadPool.globalInstance().waitForDone(20)
        QApplication.processEvents()
    QApplication.processEvents()


def window_screens(window: Any) -> Iterator[Screen]:
    """The main window's own screens: sections, settings pages, a conversation."""
    for key in ("waiting", "inbox", "orders", "shipments", "customers", "reminders",
                "reports", "templates"):
        window.show_section(key)
        settle()
        yield key, window
    mailbox = next(k for k in window.sidebar.section_items if k.startswith("account:"))
    window.show_section(mailbox)  # one mailbox's conversations, its name selected
    settle()
    yield "mailbox", window
    settings_page = window.section_page("settings")
    window.show_section("settings")
    for key in list(settings_page.sections):
        settings_page.show_section(key)
        settle()
        yield f"settings-{key}", window
    window.show_section("waiting")
    settle()
    conversation = window.inbox_page.model.conversation_id(0)
    window.open_conversation(conversation)
    settle()
    yield "conversation", window
    window.compose(conversation, "reply")
    settle()
    yield "composer", window
    window.back_to_list()
    settle()
    window.toggle_help()
    settle()
    yield "keys", window
    window.toggle_help()


def dialog_screens(window: Any) -> Iterator[Screen]:
    """The dialogs, each as the seller meets it, closed once measured."""
    orders_page = window.section_page("orders")
    window.show_section("orders")
    settle()
    form = orders_page.new_order()
    form.customer.setText("Nur Aisyah binti Ahmad")
    form.number.clear()
    form.save()  # a refused field, as a seller sees it
    settle()
    yield "order-form", form
    form.guard.mark_clean()
    form.reject()

    catalogue = orders_page.show_products()
    settle()
    yield "products", catalogue
    catalogue.close()

    shipments_page = window.section_page("shipments")
    window.show_section("shipments")
    settle()
    parcel = shipments_page.add_shipment()
    parcel.courier.setCurrentIndex(max(0, parcel.courier.findData("poslaju")))
    parcel.tracking.setText("12345")
    parcel.send_message.setChecked(False)
    parcel.save()  # "does not look like a … tracking number", and "save it anyway"
    settle()
    yield "parcel", parcel
    parcel.guard.mark_clean()
    parcel.reject()

    reminders_page = window.section_page("reminders")
    window.show_section("reminders")
    settle()
    reminder = reminders_page.new_reminder()
    settle()
    if reminder is not None:
        yield "reminder", reminder
        reminder.reject()

    settings_page = window.section_page("settings")
    window.show_section("settings")
    settings_page.show_section("mailboxes")
    settings_page.mailboxes.load()
    settle()
    mailbox = settings_page.mailboxes.edit()
    if mailbox is not None:
        settle()
        yield "mailbox-edit", mailbox
        mailbox.reject()
    account = accounts.list_accounts()[0]
    refused = i18n.message_text(Msg("mail.imap.auth_refused"))
    box = PasswordDialog(mailboxes.password_prompt(account.id), window, reason=refused)
    box.show()
    settle()
    yield "password-box", box
    box.reject()

    setup = SetupDialog(window.settings, window)
    setup.show()
    settle()
    yield "setup", setup
    setup.done(0)

    yield from wizard_screens(window)


def wizard_screens(window: Any) -> Iterator[Screen]:
    wizard = open_account_wizard(window)
    settle()
    yield "wizard-address", wizard
    wizard.address.email.setText("nora@kedai-batik.my")
    wizard.next()
    settle()
    yield "wizard-servers", wizard
    page = wizard.test
    page.run_test = lambda: None  # no server: the failure below is what it would show
    wizard.next()
    settle()
    fp = "3f9a" * 16
    page.running = True
    page._failed(errors.CertificateUntrusted(
        "mail.imap.untrusted", {"where": "mail.kedai-batik.my:993",
                                "reason": "self-signed certificate"},
        hint=[Msg("mail.untrusted_hint"),
              Msg("mail.fingerprint", {"fingerprint": connect.readable_fingerprint(fp)})],
        fingerprint=fp))
    settle()
    yield "wizard-certificate", wizard
    wizard.close()

    now = utcnow()
    dates = sorted([now - timedelta(hours=3 * i) for i in range(50)]
                   + [now - timedelta(days=8, hours=9 * i) for i in range(400)])
    wizard = AccountWizard(window)
    wizard.address.email.setText("norabatik.shop@gmail.com")
    waiting = wizard.waiting
    waiting.initializePage = lambda: None  # read from no server
    wizard.setStartId(PAGE_WAITING)
    wizard.show()
    waiting._counted(waiting._generation, InboxCensus(total=len(dates), dates=tuple(dates),
                                                      looked=len(dates)))
    settle()
    yield "wizard-waiting", wizard
    wizard.close()


@pytest.mark.parametrize(("language", "country"), LANGUAGES)
def test_every_screen_fits_its_text(demo_window, qtbot, language, country):
    started = time.monotonic()
    found: list[Misfit] = []
    try:
        i18n.install(language, country)
        settle()
        for n, size in enumerate(SIZES):
            demo_window.resize(*size)
            settle()

            shown = []
            for name, widget in window_screens(demo_window):
                shown.append(name)
                screen = f"{name} {size[0]}x{size[1]} {language}"
                found += misfits(screen, widget)
                # wider than asked: the window cannot be made as small as the screen
                if demo_window.width() > size[0] or demo_window.height() > size[1]:
                    found.append(Misfit(screen, "window larger than the screen",
                                        "MainWindow", "", demo_window.width(), size[0]))
            assert {"waiting", "orders", "settings-mailboxes", "conversation",
                    "composer"} <= set(shown)
            if n == 0:
                for name, widget in dialog_screens(demo_window):
                    shown.append(name)
                    found += misfits(f"{name} {language}", widget)
                assert {"order-form", "parcel", "wizard-certificate",
                        "wizard-waiting"} <= set(shown)
        wait_for_tasks(qtbot)
    finally:
        i18n.install("en")
        settle()
    assert not found, "\n".join(str(m) for m in found)
    assert time.monotonic() - started < 60
