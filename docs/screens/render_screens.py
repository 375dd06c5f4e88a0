"""Render the shop's screens on the demo shop, in English, Malay and Indonesian.

    python docs/screens/render_screens.py            # every language
    python docs/screens/render_screens.py ms         # one
    python docs/screens/render_screens.py --words words.json id   # the texts shown, as JSON
    python docs/screens/render_screens.py --size 1280x800 --out /tmp/screens   # to look at

Each language runs in its own process with its own data folder (the demo shop is built
there), offscreen, at 1440 x 900 unless --size says otherwise. The pictures land next to
this file (or in --out) as ``<screen>-<language>.png`` and are shown in the README.
tests/gui/test_screen_fit.py measures the same screens for text that does not fit.

``--words`` walks the same screens (and a few that get no picture: the customers, the
composer, the wizard's first page, a question box) and writes every text a seller sees on
them to a JSON file, pictures going to a temporary folder; tests/gui/test_screen_words.py
reads it to find English left in the Malay and Indonesian screens.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "ms", "id")
SIZE = (1440, 900)
#: where the pictures go (--out; the docs' folder by default)
OUT = HERE


def render(language: str, out: Path = HERE,
           visit: Callable[[Any, str], None] | None = None) -> list[Path]:
    """Render every screen in ``language`` (runs in this process).

    Args:
        out: the folder the pictures go to.
        visit: called with each screen's widget and name as it is shown (and for the
            screens that get no picture), to read its texts.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from seller_desk.core.common.settings import Settings
    from seller_desk.ui.app import make_application, open_main_window
    from seller_desk.ui.qt import QMessageBox, QRect, QThreadPool
    from seller_desk.ui.tasks import Task

    settings = Settings()
    settings.set("ui.language", language)
    settings.set("seller.country", "ID" if language == "id" else "MY")
    settings.set("seller.currency", "IDR" if language == "id" else "MYR")
    settings.set("seller.timezone", "Asia/Jakarta" if language == "id" else "Asia/Kuala_Lumpur")
    settings.set("seller.shop_name", "Nora Batik & Craft")
    settings.set("seller.name", "Nora")
    from seller_desk.ui import forms

    # the pictures type into forms and close them: never ask whether to keep what was typed
    # (a question nobody answers would hold the render for ever)
    forms.ask_discard = lambda _parent: forms.DISCARD
    app = make_application()
    window = open_main_window(argparse.Namespace(demo=True, database=None, data_dir=None))
    window.resize(*SIZE)
    window.show()

    def settle(rounds: int = 30) -> None:
        for _ in range(rounds):
            app.processEvents()
            QThreadPool.globalInstance().waitForDone(40)
            if Task.pending() == 0 and rounds > 5:
                app.processEvents()
        app.processEvents()

    written: list[Path] = []

    def look(widget: Any, name: str) -> None:
        """Let ``visit`` read a screen that gets no picture of its own."""
        settle()
        if visit is not None:
            visit(widget, name)

    def shot(widget: object, name: str) -> None:
        look(widget, name)
        path = out / f"{name}-{language}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        written.append(path)

    def shot_composite(window_: object, popup: object, name: str) -> None:
        """The window with its popup drawn where it stands (a popup is its own window)."""
        from seller_desk.ui.qt import QPainter, QPoint

        look(window_, name)
        look(popup, f"{name}-popup")
        picture = window_.grab()  # type: ignore[attr-defined]
        painter = QPainter(picture)
        where = window_.mapFromGlobal(popup.mapToGlobal(QPoint(0, 0)))  # type: ignore[attr-defined]
        painter.drawPixmap(where, popup.grab())  # type: ignore[attr-defined]
        painter.end()
        path = out / f"{name}-{language}.png"
        picture.save(str(path))
        written.append(path)

    settle(40)
    # the demo says it is the demo; closed for the session, the screens below show as a
    # seller's own would
    shot(window, "demo")
    window.demo_banner.close_for_session()
    window.toggle_help()
    shot(window, "keys")  # every shortcut, the screens' keys among them
    window.toggle_help()
    setup_page(language, shot)
    for key in ("orders", "shipments", "customers", "reminders", "reports", "templates",
                "settings"):
        window.show_section(key)
        settle(40)
        shot(window, key)
    for key in ("inbox", "customers"):
        window.show_section(key)
        settle(40)
        look(window, key)
    reminder = window.section_page("reminders").new_reminder()
    look(reminder, "reminder-form")
    reminder.reject()
    # one mailbox's conversations, its name selected in the sidebar
    window.show_section(next(k for k in window.sidebar.section_items
                             if k.startswith("account:")))
    settle(40)
    shot(window, "mailbox")
    # a conversation, then the reply beneath it
    window.show_section("waiting")
    settle(40)
    conversation = window.inbox_page.model.conversation_id(0)
    window.open_conversation(conversation)
    settle(40)
    shot(window, "conversation")
    window.compose(conversation, "reply")
    settle(40)
    shot(window, "composer")
    window.back_to_list()
    reports = window.section_page("reports")
    window.show_section("reports")
    reports.scroll_area.widget().resize(SIZE[0] - 240, 2100)
    shot(reports.scroll_area.widget(), "reports-charts")
    # the peak view: the period beside the days before it and the peak seasons
    settle()
    area = reports.scroll_area.widget()
    top = reports.peak_title.mapTo(area, reports.peak_title.rect().topLeft()).y()
    bottom = reports.load_chart.mapTo(area, reports.load_chart.rect().bottomLeft()).y()
    picture = out / f"reports-peak-{language}.png"
    area.grab(QRect(0, max(0, top - 12), area.width(), bottom - top + 24)).save(str(picture))
    written.append(picture)
    # the export options: the workbook (the default), then a CSV with its own options
    for fmt in ("xlsx", "csv"):
        reports.file_format.setCurrentIndex(reports.file_format.findData(fmt))
        reports._format_chosen()
        settle()
        area = reports.scroll_area.widget()
        top = reports.export_title.mapTo(area, reports.export_title.rect().topLeft()).y()
        bottom = reports.export_status.mapTo(area, reports.export_status.rect().bottomLeft()).y()
        look(area, f"reports-export-{fmt}")
        picture = out / f"reports-export-{fmt}-{language}.png"
        area.grab(QRect(0, max(0, top - 12), area.width(), bottom - top + 40)).save(str(picture))
        written.append(picture)
    settings_page = window.section_page("settings")
    window.show_section("settings")
    for section in ("shop", "language", "hours", "rules", "patterns", "couriers", "data"):
        settings_page.show_section(section)
        shot(window, f"settings-{section}")
    for section in ("shop", "patterns"):
        settings_page.show_section(section)
        look(window, f"settings-{section}")

    customer_screens(window, language, settle, shot, written, out)

    window.show_section("orders")
    orders_page = window.section_page("orders")
    dialog = orders_page.new_order()
    dialog.resize(900, 720)
    dialog.customer.setText("Nur Aisyah binti Ahmad" if language != "id" else "Rina Wijaya")
    dialog._customer_typed(dialog.customer.text())
    dialog.email.setText("aisyah@example.com" if language != "id" else "rina@example.co.id")
    first = dialog.items.rows[0]
    first.title.setText("Batik silk scarf, Terengganu" if language != "id" else "Kain batik tulis")
    first.quantity.setValue(2)
    first.price.setText("89.00" if language != "id" else "150.000")
    dialog.items._edited(first)
    dialog.shipping_fee.setText("8.00" if language != "id" else "15.000")
    dialog._update_totals()
    dialog.number.clear()
    assert dialog.save() is None  # shows how a refused field looks
    shot(dialog, "order-form")
    dialog.guard.mark_clean()  # close the picture's form without the Save/Discard question
    dialog.reject()

    # the focus ring: where the next key goes, on the light theme
    dialog = orders_page.new_order()
    dialog.resize(900, 420)
    dialog.customer.setText("Nur Aisyah binti Ahmad" if language != "id" else "Rina Wijaya")
    dialog.activateWindow()
    settle()
    dialog.number.setFocus()
    shot(dialog, "focus")
    dialog.guard.mark_clean()  # a picture, not a seller's order: close without asking
    dialog.reject()

    # the product completer: a few letters typed in an item line of a new order
    dialog = orders_page.new_order()
    dialog.resize(900, 720)
    first = dialog.items.rows[0]
    first.title.setFocus()
    typed = "batik"
    first.title.setText(typed)
    first.completer.refresh(typed)
    first.completer.complete()
    settle()
    popup = first.completer.popup()
    shot_composite(dialog, popup, "order-completer")
    popup.hide()
    dialog.guard.mark_clean()  # a picture: close without the Save/Discard question
    dialog.reject()

    catalogue = orders_page.show_products()
    catalogue.resize(1100, 640)
    settle(40)
    shot(catalogue, "products")
    catalogue.close()

    shipments_page = window.section_page("shipments")
    window.show_section("shipments")
    parcel = shipments_page.add_shipment()
    parcel.tracking.setText("EN123456789MY" if language != "id" else "JP1234567890")
    shot(parcel, "parcel")
    parcel.guard.mark_clean()
    parcel.reject()
    # a number that does not look like the courier's: the message, and "save it anyway"
    parcel = shipments_page.add_shipment()
    parcel.courier.setCurrentIndex(max(0, parcel.courier.findData("poslaju")))
    parcel.tracking.setText("12345")
    parcel.send_message.setChecked(False)
    parcel.save()
    shot(parcel, "parcel-refused")
    parcel.guard.mark_clean()
    parcel.reject()

    wizard_address_page(window, shot)
    sign_in_screens(window, shot, look)
    not_customers_screens(window, language, settle, shot, written, out, look)
    wizard_waiting_page(window, shot)
    wizard_certificate_page(window, shot)
    preview, mapping = import_files(language)
    window.show_section("orders")
    importing = orders_page.import_orders(str(preview))
    importing.resize(1000, 640)
    settle(40)
    shot(importing, "import-preview")
    importing.reject()
    unknown = orders_page.import_orders(str(mapping))
    settle(40)
    assert unknown.mapping_dialog is not None
    unknown.mapping_dialog.resize(820, 660)
    shot(unknown.mapping_dialog, "import-mapping")
    unknown.mapping_dialog.reject()
    # a price that could mean two amounts: asked about, beneath the items
    dialog = orders_page.new_order()
    dialog.resize(900, 720)
    dialog.customer.setText("Nur Aisyah binti Ahmad" if language != "id" else "Rina Wijaya")
    dialog._customer_typed(dialog.customer.text())
    if language == "id":
        dialog.currency.setCurrentText("SGD")  # rupiah are never ambiguous
    first = dialog.items.rows[0]
    first.title.setText("Songket, Terengganu" if language != "id" else "Kain songket")
    first.price.setText("1.234")
    dialog.items._edited(first)
    assert dialog.save() is None
    shot(dialog, "order-form-money")
    dialog.guard.mark_clean()
    dialog.reject()

    # an order the mail names that is not in the ledger yet, and the form it opens
    conv_id = mail_naming_an_unknown_order(language)
    window.open_conversation(conv_id)
    settle(40)
    shot(window, "found-order")
    page = window.conversation_page
    if page.panel.add_buttons:
        page.panel.add_buttons[0].click()
        settle(20)
        found_form = next((d for d in orders_page.findChildren(type(dialog))
                           if d.isVisible()), None)
        if found_form is not None:
            found_form.resize(900, 720)
            shot(found_form, "found-order-form")
            found_form.guard.mark_clean()
            found_form.reject()
    # an answer being written beside the conversation, and a new message in its window
    composer = window.compose(conv_id, "reply")
    look(window, "composer")
    composer.closed.emit()
    new_message = window.compose(None, "new")
    look(window.composer_window, "composer-new")
    window.composer_window.close()
    del new_message
    # a question the window asks with Qt's own buttons
    question = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes
                           | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
                           window)
    question.show()
    look(question, "question")
    question.reject()

    template_picker_screens(window, language, settle, shot)

    # last, so the screens above show the demo shop as it is
    replies_on_their_way()
    window.show_section("waiting")
    window.refresh()
    settle(40)
    shot(window, "waiting")  # a reply that failed: back in the list, saying so
    window.show_section("onway")
    settle(40)
    shot(window, "onway")

    team_screens(window, settle, shot)
    mailbox_screens(window, shot, look)
    whatsapp_and_slip_screens(window, language, settle, shot, written, out)
    window.close()
    return written


def wizard_address_page(window: object, shot: Callable[[object, str], None]) -> None:
    """The wizard's first page for a Gmail address: the provider's hint and the wizard's
    own buttons (Back, Next, Cancel), in the interface language."""
    from seller_desk.ui.app import open_account_wizard

    wizard = open_account_wizard(window)  # type: ignore[arg-type]
    wizard.address.email.setText("norabatik.shop@gmail.com")
    shot(wizard, "wizard-gmail")
    wizard.close()


def team_screens(window: Any, settle: Any, shot: Any) -> None:
    """A team's window (its people made up: the demo shop is a personal one): the views
    "Mine" and "Unassigned" in the sidebar, a conversation Budi is replying to while Siti
    reads it, answered by Nora, and Settings > Data listing the team and the invite."""
    from seller_desk.core.conversations import inbox
    from seller_desk.core.screens.settings import TeamView
    from seller_desk.core.team.members import MemberInfo
    from seller_desk.core.team.presence import Person

    nora = MemberInfo(1, "Nora", "Nora", "nora", "owner")
    people = [nora, MemberInfo(2, "Budi", "Budi", "budi", "member"),
              MemberInfo(3, "Siti", "Siti", "siti", "member")]
    window.show_team_views(True)
    conv_id = inbox.page("waiting", limit=1)[0].id
    window.open_conversation(conv_id)
    settle(40)
    page = window.conversation_page
    page.show_others([Person("Budi", typing=True), Person("Siti", typing=False)])
    page.assign_button.show()
    page._got_assignee(nora)
    shot(window, "team-conversation")
    page.show_others([])
    page.assign_button.hide()
    window.back_to_list()

    settings_page = window.section_page("settings")
    window.show_section("settings")
    settings_page.show_section("data")
    data = settings_page.sections["data"]
    for widget in (data.team_members, data.invite_hint, data.invite):
        widget.show()
    data.team_hint.setText(data.tr(
        "Everyone in the team opens this database with their own login. Passwords "
        "stay in each person's keyring, never in the database."))
    data.database.setText(data.tr("Shared team database: %1").replace(
        "%1", "postgresql://nora@db.example.com:5432/shop"))
    data._show_team(TeamView(people, "postgresql://LOGIN@db.example.com:5432/shop"))
    shot(window, "settings-team")
    data.load()
    window.show_team_views(False)
    window.show_section("waiting")


def sign_in_screens(window: object, shot: object, look: Any) -> None:
    """The wizard offering "Sign in with Microsoft" and "with Google", and the dialog a
    mailbox's chip opens when its sign-in has ended. A client file with made-up IDs makes
    this build able to offer both; nothing is clicked, nothing goes out."""
    import json

    from seller_desk.core.common import paths
    from seller_desk.core.mail.connection import accounts, oauth
    from seller_desk.ui.accounts.sign_in import SignInDialog
    from seller_desk.ui.app import open_account_wizard

    clients = paths.data_dir() / oauth.CLIENTS_FILE
    clients.write_text(json.dumps({"microsoft": {"client_id": "render-only"},
                                   "google": {"client_id": "render-only",
                                              "client_secret": "render-only"}}))
    for provider, address in (("microsoft", "norabatik@outlook.com"),
                              ("google", "norabatik.shop@gmail.com")):
        wizard = open_account_wizard(window)
        wizard.address.email.setText(address)
        look(wizard, "wizard-address")
        wizard.next()
        shot(wizard, f"wizard-{provider}")  # type: ignore[operator]
        wizard.close()
    account = accounts.list_accounts()[0]
    account.auth = "microsoft"
    account.save()
    dialog = SignInDialog(account.id, window)  # type: ignore[arg-type]
    dialog.show()
    shot(dialog, "sign-in-again")  # type: ignore[operator]
    dialog.reject()
    account.auth = "password"
    account.save()


def not_customers_screens(window: Any, language: str, settle: Any, shot: Any,
                          written: list[Path], out: Path, look: Any) -> None:
    """The "not a customer" popup over the inbox (a supplier's newsletter, whose own domain
    may be marked as a whole), then the Settings list once a relative and that supplier
    are marked."""
    from seller_desk.core.conversations import not_customers, state
    from seller_desk.core.store.fields import utcnow
    from seller_desk.core.store.models import Conversation, Message
    from seller_desk.ui.qt import QPainter

    senders = [("promo@kilang-kain.my" if language != "id" else "promo@grosir-kain.co.id",
                "Harga borong Disember" if language != "id" else "Harga grosir Desember"),
               ("kak.long.nora@gmail.com" if language != "id" else "mbak.sri@gmail.com",
                "Balik kampung bila?" if language != "id" else "Kapan mudik?")]
    ids = []
    for hours, (sender, subject) in zip((3, 5), senders, strict=True):
        conv = Conversation.create(subject=subject)
        Message.create(conversation=conv, direction="in", subject=subject, snippet=subject,
                       date=utcnow() - timedelta(hours=hours), sender_email=sender,
                       sender_name=sender.split("@")[0])
        ids.append(conv.id)
    state.refresh_many(ids)
    window.show_section("waiting")
    window.refresh()
    settle(40)
    page = window.inbox_page
    rows = [page.model.conversation_id(r) for r in range(page.model.total)]
    page.move_selection(rows.index(ids[0]) - max(page.table.currentIndex().row(), 0))
    page.table.setFocus()
    page.show_not_customer_menu()
    settle(40)
    # a popup is a window of its own: paint it over the window where it opened
    picture = window.grab()
    menu = page.last_menu
    look(menu, "not-customer-popup")
    for name, show in (("tag-menu", page.show_tag_menu), ("snooze-menu", page.show_snooze_menu)):
        show()
        look(page.last_menu, name)
        page.last_menu.close()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
    painter.end()
    menu.close()
    path = out / f"not-customer-popup-{language}.png"
    picture.save(str(path))
    written.append(path)

    not_customers.mark([senders[0][0]], whole_domain=True)
    not_customers.mark([senders[1][0]])
    window.refresh()
    settings_page = window.section_page("settings")
    window.show_section("settings")
    settings_page.show_section("not_customers")
    settle(40)
    shot(window, "settings-not-customers")


#: what a seller types in the picker to find the shipping answer, per language
PICKER_SEARCH = {"en": "track", "ms": "tracking", "id": "resi"}


def template_picker_screens(window: Any, language: str, settle: Any, shot: Any) -> None:
    """The template picker on a conversation with an order and a parcel, searched the way a
    seller would: the shipping answer first, its name whole, the preview filled for this
    customer (blanks still unknown marked in red)."""
    from seller_desk.core.store.models import Conversation, ConversationOrder, Order, Shipment

    conv = (Conversation.select()
            .join(ConversationOrder, on=(ConversationOrder.conversation == Conversation.id))
            .join(Order, on=(ConversationOrder.order == Order.id))
            .join(Shipment, on=(Shipment.order == Order.id))
            .where(Conversation.customer.is_null(False), Shipment.tracking_number != "",
                   Conversation.is_auto == False)  # noqa: E712
            .first())
    if conv is None:
        return
    window.open_conversation(conv.id)
    settle(40)
    composer = window.compose(conv.id, "reply")
    settle(40)
    composer.pick_template()
    picker = composer.picker
    picker.language_box.setCurrentIndex(picker.language_box.findData(language))
    picker.resize(900, 560)
    picker.search.setText(PICKER_SEARCH[language])
    settle(20)
    shot(picker, "template-picker")
    picker.reject()
    composer.discard()
    settle()


def wizard_waiting_page(window: object, shot: Callable[[object, str], None]) -> None:
    """The add-mailbox wizard's waiting-since page, with the count of a mailbox of two
    years (1,950 messages, 50 of the last week), read from no server."""
    from datetime import timedelta

    from seller_desk.core.mail.imap.census import InboxCensus
    from seller_desk.core.store.fields import utcnow
    from seller_desk.ui.accounts.wizard import PAGE_WAITING, AccountWizard

    now = utcnow()
    dates = sorted([now - timedelta(hours=3 * i) for i in range(50)]
                   + [now - timedelta(days=8, hours=9 * i) for i in range(1900)])
    wizard = AccountWizard(window)  # type: ignore[arg-type]
    wizard.resize(640, 520)
    wizard.address.email.setText("norabatik.shop@gmail.com")
    page = wizard.waiting
    page.initializePage = lambda: None  # type: ignore[method-assign]
    wizard.setStartId(PAGE_WAITING)
    wizard.show()
    page._counted(page._generation, InboxCensus(total=len(dates), dates=tuple(dates),
                                                looked=len(dates)))
    shot(wizard, "wizard-waiting")
    wizard.close()


def wizard_certificate_page(window: object, shot: Callable[[object, str], None]) -> None:
    """The wizard's test page for a server whose certificate is its own (a small web
    host): what went wrong, what to check, and the fingerprint once, in groups."""
    from seller_desk.core.common.messages import Msg
    from seller_desk.core.mail import errors
    from seller_desk.core.mail.connection import connect
    from seller_desk.ui.accounts.wizard import PAGE_TEST, AccountWizard

    fingerprint = "3f9ac1d27e4b806f5a12c9e0d4b37f68a1e5c0b92d7f4e318a6b0c5d9e2f7a41"
    wizard = AccountWizard(window)  # type: ignore[arg-type]
    wizard.resize(640, 520)
    wizard.address.email.setText("nora@kedai-batik.my")
    page = wizard.test
    page.initializePage = lambda: None  # type: ignore[method-assign]
    wizard.setStartId(PAGE_TEST)
    wizard.show()
    page.running = True
    page._failed(errors.CertificateUntrusted(
        "mail.imap.untrusted", {"where": "mail.kedai-batik.my:993",
                                "reason": "self-signed certificate"},
        hint=[Msg("mail.untrusted_hint"),
              Msg("mail.fingerprint",
                  {"fingerprint": connect.readable_fingerprint(fingerprint)})],
        fingerprint=fingerprint))
    shot(wizard, "wizard-certificate")
    wizard.close()


def import_files(language: str) -> tuple[Path, Path]:
    """A Seller Centre export (Shopee: English headers in Malaysia, Indonesian in Indonesia)
    with one bad row, and a web shop's own spreadsheet that no layout knows."""
    import csv

    folder = Path(tempfile.mkdtemp(prefix="seller-desk-import-"))
    if language == "id":
        header = ["No. Pesanan", "Status Pesanan", "No. Resi", "Opsi Pengiriman",
                  "Waktu Pesanan Dibuat", "Nama Produk", "Jumlah", "Harga Setelah Diskon",
                  "Nama Penerima", "No. Telepon", "Alamat Pengiriman"]
        rows = [["2611039KQ2WX", "Selesai", "JP4012345678", "J&T Express", "2026-11-03 09:12",
                 "Kain batik tulis", "2", "Rp 150.000", "Rina Wijaya", "081234567890",
                 "Jl. Merdeka No. 5, Bandung"],
                ["2611039KQ2WX", "Selesai", "JP4012345678", "J&T Express", "2026-11-03 09:12",
                 "Selendang sutra", "1", "Rp 95.000", "Rina Wijaya", "081234567890",
                 "Jl. Merdeka No. 5, Bandung"],
                ["2611041MT7PB", "Sedang Dikirim", "002345678901", "SiCepat REG",
                 "2026-11-04 13:40", "Tas anyaman pandan", "1", "Rp 89.000", "Dewi Lestari",
                 "085711112222", "Jl. Asia Afrika 8, Bandung"],
                ["2611042PZ8QC", "Perlu Dikirim", "", "JNE Reguler", "2026-11-04 20:05",
                 "Blangkon", "dua", "Rp 60.000", "Budi Santoso", "087733334444",
                 "Jl. Malioboro 12, Yogyakarta"]]
    else:
        header = ["Order ID", "Order Status", "Tracking Number*", "Shipping Option",
                  "Order Creation Date", "Product Name", "Quantity", "Deal Price",
                  "Receiver Name", "Phone Number", "Delivery Address"]
        rows = [["2611039KQ2WX", "Completed", "SPXMY041234567", "SPX Express",
                 "2026-11-03 09:12", "Batik silk scarf, Terengganu", "2", "89.00",
                 "Siti Aminah", "60123456789", "12 Jalan Mawar, 53100 Kuala Lumpur"],
                ["2611039KQ2WX", "Completed", "SPXMY041234567", "SPX Express",
                 "2026-11-03 09:12", "Pandan soap", "1", "12.50", "Siti Aminah",
                 "60123456789", "12 Jalan Mawar, 53100 Kuala Lumpur"],
                ["2611041MT7PB", "Shipping", "EN123456789MY", "Pos Laju", "2026-11-04 13:40",
                 "Songket clutch bag", "1", "149.00", "Farah Idris", "60172223333",
                 "3 Lorong Kenari, 10450 George Town"],
                ["2611042PZ8QC", "To ship", "", "J&T Express", "2026-11-04 20:05",
                 "Bawal tudung", "two", "25.00", "Nurul Huda", "60198765432",
                 "8 Jalan Ipoh, 51200 Kuala Lumpur"]]
    preview = folder / ("Pesanan.Semua.csv" if language == "id" else "Order.all.csv")
    mapping = folder / "kedai web.csv"
    with open(preview, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, *rows])
    with open(mapping, "w", encoding="utf-8", newline="") as f:
        # a local shop names its columns in its own language
        csv.writer(f).writerows([
            {"ms": ["Ref", "Tarikh", "Barang", "Kuantiti", "Harga", "Pembeli", "HP",
                    "Hantar ke"],
             "id": ["Ref", "Tanggal", "Barang", "Jml", "Harga", "Pembeli", "HP", "Kirim ke"]
             }.get(language, ["Ref", "Date", "Item", "Qty", "Price", "Buyer", "HP",
                              "Ship to"]),
            ["WEB-1041", "2026-11-03", "Batik silk scarf", "1", "89.00", "Aisyah",
             "0123456789", "5 Jalan Ampang, Kuala Lumpur"],
            ["WEB-1042", "2026-11-04", "Songket clutch bag", "1", "149.00", "Farid",
             "0191112222", "2 Jalan Tun Razak, Kuala Lumpur"]])
    return preview, mapping


def setup_page(language: str, shot: object) -> None:
    """"Set up your shop" as a new seller meets it: a few facts typed, the rest showing
    what to write, on the tab of the seller's own language."""
    from seller_desk.core.common.settings import Settings
    from seller_desk.ui.settings.setup import SetupDialog

    with tempfile.TemporaryDirectory(prefix="seller-desk-setup-") as folder:
        fresh = Settings(Path(folder) / "settings.json")
        fresh.set("seller.country", "ID" if language == "id" else "MY")
        fresh.set("seller.currency", "IDR" if language == "id" else "MYR")
        fresh.set("seller.timezone", "Asia/Jakarta" if language == "id"
                  else "Asia/Kuala_Lumpur")
        page = SetupDialog(fresh)
        page.resize(720, 760)
        page.show()
        page.shop_name.setText("Toko Batik Dewi" if language == "id" else "Nora Batik & Craft")
        page.seller_name.setText("Dewi" if language == "id" else "Nora")
        page.texts["seller.refund_policy"].setPlainText(
            "Full refund within 30 days if the item arrives damaged.")
        if language != "en":
            page.show_language(language)
            page.texts["seller.refund_policy"].setPlainText(
                "Uang kembali penuh dalam 30 hari jika barang tiba rusak." if language == "id"
                else "Bayaran balik penuh dalam 30 hari jika barang sampai rosak.")
        page.texts["seller.refund_policy"].setFocus()
        shot(page, "setup")  # type: ignore[operator]
        page.done(0)


def mailbox_screens(window: Any, shot: Any, look: Any) -> None:
    """Settings > Mailboxes (one mailbox switched off, one whose password was refused), a
    mailbox's settings, and the password box the window shows for a refused password."""
    from seller_desk.core.common.messages import Msg
    from seller_desk.core.mail.connection import accounts
    from seller_desk.core.screens import mailboxes
    from seller_desk.core.store.fields import utcnow
    from seller_desk.core.store.models import Account
    from seller_desk.ui import i18n
    from seller_desk.ui.accounts.password import PasswordDialog

    by_email = {a.email: a for a in accounts.list_accounts()}
    gmail = by_email["nora.batikcraft@gmail.com"]
    refused = i18n.message_text(Msg("mail.imap.auth_refused"))
    # the demo's mailboxes are off (nothing to check); show them as a seller's would be
    Account.update(last_sync_at=utcnow(), enabled=True).execute()
    Account.update(last_error=refused).where(Account.id == gmail.id).execute()
    accounts.set_enabled(by_email["norabatik.id@yahoo.com"], False)
    settings_page = window.section_page("settings")
    window.show_section("settings")
    settings_page.show_section("mailboxes")
    settings_page.mailboxes.load()
    shot(window, "settings-mailboxes")
    dialog = settings_page.mailboxes.edit()
    dialog.resize(dialog.sizeHint())
    shot(dialog, "mailbox-edit")
    dialog.reject()
    removing = settings_page.mailboxes.remove()
    look(removing, "remove-mailbox")
    removing.reject()
    box = PasswordDialog(mailboxes.password_prompt(gmail.id), window, reason=refused)
    box.show()
    box.password.setText("abcd efgh ijkl mnop")
    shot(box, "password-box")
    box.reject()


#: a WhatsApp chat as the phone exports it (Android), the seller's lines as "Nora"; the
#: seller has the last word, so the chat waits on nobody in the screens drawn after it
CHAT = {
    "en": ("Hi Nora, is the {order} parcel on its way?",
           "Yes, it was posted yesterday. The tracking number is in your email.",
           "Thank you! Can I order two more scarves in blue?",
           "Of course, I will keep two for you."),
    "ms": ("Salam kak Nora, parcel {order} dah pos ke?",
           "Dah, semalam. Nombor tracking ada dalam emel ya.",
           "Terima kasih! Boleh saya order dua lagi selendang biru?",
           "Boleh, saya simpan dua untuk akak."),
    "id": ("Halo kak Nora, paket {order} sudah dikirim?",
           "Sudah kak, kemarin. Nomor resinya ada di email ya.",
           "Makasih! Boleh pesan dua kain lagi yang biru?",
           "Bisa kak, saya simpankan dua ya."),
}
REMINDER = {"en": "Call about the blue scarves", "ms": "Telefon tentang selendang biru",
            "id": "Telepon soal kain biru"}


def customer_screens(window: Any, language: str, settle: Any, shot: Any,
                     written: list[Path], out: Path = HERE) -> None:
    """The customers screen on a customer whose timeline holds every kind of entry: mail,
    a WhatsApp chat (imported as a seller would, naming an order), orders, a parcel and
    a reminder; then the profile pane at full height."""
    from seller_desk.core.shop import whatsapp
    from seller_desk.core.store.fields import utcnow
    from seller_desk.core.store.models import Conversation, Customer, Order, Reminder, Shipment

    country = "ID" if language == "id" else "MY"
    shipped = (Order.select(Order.customer).join(Shipment)
               .where(Order.customer.is_null(False)))
    wrote = Conversation.select(Conversation.customer).where(
        Conversation.customer.is_null(False))
    customer = (Customer.select().where(Customer.id.in_(shipped), Customer.id.in_(wrote),
                                        Customer.country == country)
                .order_by(Customer.id).first()
                or Customer.select().where(Customer.id.in_(shipped)).order_by(Customer.id).get())
    order = (Order.select().join(Shipment).where(Order.customer == customer)
             .order_by(Order.placed_at.desc()).first())
    when = utcnow() - timedelta(days=1)
    lines = []
    for n, (who, text) in enumerate(zip((customer.name, "Nora") * 2, CHAT[language],
                                        strict=True)):
        at = when + timedelta(minutes=7 * n)
        lines.append(f"{at:%d/%m/%y, %H:%M} - {who}: {text.format(order=order.number)}")
    with tempfile.TemporaryDirectory() as folder:
        chat = Path(folder) / f"WhatsApp Chat with {customer.name}.txt"
        chat.write_text("\n".join(lines) + "\n", encoding="utf-8")
        whatsapp.import_chat(chat, customer_id=customer.id, me="Nora", day_first=True)
    Reminder.create(kind="manual", due_at=utcnow() + timedelta(days=1), customer=customer,
                    note=REMINDER[language])
    window.show_section("customers")
    page = window.section_page("customers")
    page.refresh()
    settle(40)
    page.select_customer(customer.id)
    settle(20)
    shot(window, "customers")
    # the profile down to its timeline's last entry (the pane's empty rest left out)
    from seller_desk.ui.qt import QPoint, QRect

    settle()
    body, timeline = page.profile.widget(), page.profile.timeline
    last = timeline.visualItemRect(timeline.item(timeline.count() - 1))
    bottom = timeline.viewport().mapTo(body, QPoint(0, last.bottom() + 16)).y()
    picture = out / f"customer-profile-{language}.png"
    body.grab(QRect(0, 0, body.width(), min(bottom, body.height()))).save(str(picture))
    written.append(picture)


def mail_naming_an_unknown_order(language: str) -> int:
    """A customer's new message naming a marketplace order the ledger does not hold: a
    Tokopedia invoice in Indonesian, a Shopee order elsewhere. Its conversation's id."""
    from datetime import timedelta

    from seller_desk.core.conversations.state import refresh
    from seller_desk.core.store.fields import utcnow
    from seller_desk.core.store.models import (
        DIRECTION_IN,
        Conversation,
        ConversationOrder,
        Message,
    )

    linked = ConversationOrder.select(ConversationOrder.conversation)
    conv = (Conversation.select()
            .where(Conversation.customer.is_null(False), Conversation.id.not_in(linked))
            .order_by(Conversation.last_activity_at.desc()).first())
    text = {
        "id": "Kak, pesanan INV/20260512/MPL/IV/3801234567 kapan dikirim ya? Terima kasih.",
        "ms": "Salam, pesanan Shopee 260512K7QW3PZN saya belum sampai lagi. Boleh semak?",
        "en": "Hi, my Shopee order 260512K7QW3PZN has not arrived yet. Could you check?",
    }[language]
    Message.create(conversation=conv, account=conv.account_id, direction=DIRECTION_IN,
                   sender_name=conv.last_sender or "Customer",
                   sender_email=conv.counterpart_email, to_addrs="hello@norabatik.my",
                   subject="Re: " + conv.subject, date=utcnow() - timedelta(minutes=4),
                   received_at=utcnow(), text_body=text, snippet=text[:100],
                   body_fetched=True)
    refresh(conv)
    return int(conv.id)


def replies_on_their_way() -> None:
    """Answer the four customers who have waited longest, each reply at a different stage
    of the outbox: failed, queued, queued again after a refused connection, being sent."""
    from seller_desk.core.answering import compose
    from seller_desk.core.conversations import inbox
    from seller_desk.core.store.models import Message, OutboxMessage

    stages = [
        {"state": "failed", "attempts": 1,
         "last_error": "The mail server refused the user name or password."},
        {"state": "queued"},
        {"state": "queued", "attempts": 2,
         "last_error": "The mail server refused the connection."},
        {"state": "sending", "attempts": 1},
    ]
    for conv_id, stage in zip(inbox.page_ids("waiting", limit=len(stages)), stages,
                              strict=False):
        question = (Message.select().where(Message.conversation == conv_id,
                                           Message.direction == "in")
                    .order_by(Message.date.desc()).first())
        out = compose.reply(question)
        out.text = "Terima kasih!"
        row = compose.send(out)
        OutboxMessage.update(**stage).where(OutboxMessage.id == row.id).execute()


#: lists whose items are the seller's data (a customer's conversations by subject), not
#: the interface's words
DATA_LISTS = {"customerTimeline"}
#: labels that show the seller's data (a customer's subject line), not the interface's words
DATA_LABELS = {"conversationSubject"}


def visible_texts(root: Any) -> list[tuple[str, str]]:
    """(where, text) of every text a seller can see on ``root`` and its visible children:
    window titles, tooltips, labels, buttons, tabs, group titles, placeholder texts,
    spin-box prefixes and suffixes, every item of a combo box, list or menu, and the column
    headers of tables. Typed values, table cells and message bodies are the seller's data,
    not the interface's words, so they are left out."""
    from seller_desk.ui.qt import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QGroupBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QListWidget,
        QMenu,
        QPlainTextEdit,
        Qt,
        QTabBar,
        QTextEdit,
        QWidget,
    )
    from seller_desk.ui.qtcharts import QChartView

    def plain(text: str) -> str:
        if re.search(r"</?[a-zA-Z][^>]*>", text):
            text = html.unescape(re.sub(r"<[^>]+>", " ", text))
        # an access key's "&" is not shown (a doubled one is a real "&")
        return re.sub(r"&(?!&)", "", text).replace("&&", "&")

    found: list[tuple[str, str]] = []

    def add(widget: Any, what: str, text: str | None) -> None:
        if text and text.strip():
            found.append((f"{type(widget).__name__} {widget.objectName() or ''} {what}".strip(),
                          plain(text)))

    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if widget.isWindow():
            add(widget, "title", widget.windowTitle())
        add(widget, "tooltip", widget.toolTip())
        if isinstance(widget, QLabel) and widget.objectName() in DATA_LABELS:
            pass
        elif isinstance(widget, QLabel | QAbstractButton):
            add(widget, "text", widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget, "tab", widget.tabText(i))
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, "item", widget.itemText(i))
            if widget.isEditable() and widget.lineEdit() is not None:
                add(widget, "placeholder", widget.lineEdit().placeholderText())
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            add(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, QAbstractSpinBox):
            add(widget, "prefix", getattr(widget, "prefix", lambda: "")())
            add(widget, "suffix", getattr(widget, "suffix", lambda: "")())
            add(widget, "special", widget.specialValueText())
        elif isinstance(widget, QMenu):
            for action in widget.actions():
                add(widget, "action", action.text())
        if isinstance(widget, QChartView):
            # a chart's words: its title, its axes' titles and its series' names (the bars'
            # categories are products and channels, the seller's data)
            chart = widget.chart()
            add(widget, "chart title", chart.title())
            for axis in chart.axes():
                add(widget, "axis title", axis.titleText())
            for marker in chart.legend().markers():
                add(widget, "legend", marker.label())
        if isinstance(widget, QListWidget) and widget.objectName() not in DATA_LISTS:
            for i in range(widget.count()):
                add(widget, "item", widget.item(i).text())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            header = getattr(widget, "horizontalHeader", lambda: None)()
            if isinstance(header, QHeaderView) and header.isVisibleTo(root):
                model = widget.model()
                for column in range(model.columnCount()):
                    if not header.isSectionHidden(column):
                        add(widget, "header", str(model.headerData(
                            column, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.DisplayRole) or ""))
    return found


def write_words(language: str, target: Path) -> int:
    """Walk every screen in ``language`` and write {screen: [[where, text], ...]} to
    ``target``; the pictures go to a temporary folder."""
    import json

    screens: dict[str, list[tuple[str, str]]] = {}

    def visit(widget: Any, name: str) -> None:
        screens.setdefault(name, []).extend(visible_texts(widget))

    with tempfile.TemporaryDirectory(prefix="seller-desk-words-") as folder:
        render(language, Path(folder), visit)
    target.write_text(json.dumps(screens, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0
#: a short chat as a customer writes it, per language (the seller is "Nora")
CHATS = {
    "ms": ["Salam kak, baju kurung saiz M warna biru masih ada stok?",
           "Ada lagi kak. RM89, pos esok pagi ya.",
           "Ok saya ambil satu. Dah transfer, pesanan #4102 ya",
           "IMG-20260512-WA0007.jpg (fail dilampirkan)",
           "Terima kasih kak! Bila boleh sampai?"],
    "id": ["Kak, kain batik tulisnya masih ready?",
           "Masih kak, Rp150.000, kirim besok pagi ya.",
           "Oke kak saya ambil satu. Sudah transfer, pesanan #4102 ya",
           "IMG-20260512-WA0007.jpg (file terlampir)",
           "Makasih kak! Kira-kira kapan sampai?"],
    "en": ["Hi, is the blue baju kurung in size M still in stock?",
           "Yes, still available. RM89, posted tomorrow morning.",
           "Great, I'll take one. Paid by transfer, order #4102",
           "IMG-20260512-WA0007.jpg (file attached)",
           "Thank you! When will it arrive?"],
}


def whatsapp_and_slip_screens(window: Any, language: str, settle: Any, shot: Any,
                              written: list[Path], out: Path = HERE) -> None:
    """A customer's imported WhatsApp chat in the conversation view, the print dialog of
    an order, and the packing slip it prints (the PDF's first page, when pdftoppm is
    installed: Debian's poppler-utils)."""
    import shutil
    import zipfile

    from seller_desk import printing
    from seller_desk.core.documents import papers
    from seller_desk.core.shop import whatsapp
    from seller_desk.core.store.models import Customer, Order, OrderItem
    from seller_desk.ui.papers import PapersDialog

    customer = (Customer.select().where(Customer.name != "").order_by(Customer.id).first())
    folder = Path(tempfile.mkdtemp(prefix="seller-desk-chat-"))
    from datetime import datetime

    lines = []
    from zoneinfo import ZoneInfo

    # this morning's chat in the seller's time zone: waiting for an answer
    zone = ZoneInfo("Asia/Jakarta" if language == "id" else "Asia/Kuala_Lumpur")
    when = datetime.now(zone).replace(tzinfo=None) - timedelta(hours=3)
    for n, text in enumerate(CHATS[language]):
        who = "Nora" if n == 1 else customer.name
        when += timedelta(minutes=9 + 7 * n)
        lines.append(f"{when:%d/%m/%y, %H:%M} - {who}: {text}")
    chat = folder / f"WhatsApp Chat with {customer.name}.zip"
    with zipfile.ZipFile(chat, "w") as archive:
        archive.writestr(f"WhatsApp Chat with {customer.name}.txt", "\n".join(lines) + "\n")
        archive.writestr("IMG-20260512-WA0007.jpg", b"\xff\xd8")
    result = whatsapp.import_chat(chat, customer_id=customer.id, me="Nora", day_first=True)
    window.open_conversation(result.conversation_id)
    settle(40)
    shot(window, "whatsapp-chat")

    order = (Order.select().join(OrderItem).where(Order.customer.is_null(False))
             .group_by(Order.id).order_by(Order.id).first())
    dialog = PapersDialog([order.id], "slip", window)
    dialog.show()
    shot(dialog, "print-dialog")
    dialog.reject()
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found (Debian: poppler-utils): the slip picture is not made")
        return
    pdf = folder / "slip.pdf"
    printing.write_pdf([papers.document_for(order.id, "slip", language)], pdf, size="A6")
    target = out / f"slip-{language}"
    subprocess.run([pdftoppm, "-png", "-r", "120", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(target)], check=True)
    written.append(target.with_suffix(".png"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES))
    global SIZE, OUT
    parser.add_argument("--size", default=f"{SIZE[0]}x{SIZE[1]}",
                        help="the main window's size, WIDTHxHEIGHT (default %(default)s)")
    parser.add_argument("--out", default=str(HERE),
                        help="the folder for the pictures (default: next to this file)")
    parser.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--words", metavar="FILE", type=Path,
                        help="write the texts each screen shows to FILE (JSON), not the pictures")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    SIZE, OUT = (width, height), Path(args.out).resolve()
    OUT.mkdir(parents=True, exist_ok=True)
    if args.in_process:
        if args.words is not None:
            return write_words(args.languages[0], args.words)
        for path in render(args.languages[0], OUT):
            print(path)
        return 0
    status = 0
    for language in args.languages:
        with tempfile.TemporaryDirectory(prefix="seller-desk-screens-") as home:
            env = {**os.environ, "SELLER_DESK_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
            words = ["--words", str(args.words.resolve())] if args.words is not None else []
            status |= subprocess.run([sys.executable, __file__, "--in-process", *words,
                                      language, "--size", args.size, "--out", str(OUT)],
                                     env=env, check=False).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
