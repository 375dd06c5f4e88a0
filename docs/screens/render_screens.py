"""Render the shop's screens on the demo shop, in English, Malay and Indonesian.

    python docs/screens/render_screens.py            # every language
    python docs/screens/render_screens.py ms         # one

Each language runs in its own process with its own data folder (the demo shop is built
there), offscreen, at 1440 x 900. The pictures land next to this file as
``<screen>-<language>.png`` and are shown in the README.
"""

from __future__ import annotations

import argparse
import os
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


def render(language: str) -> list[Path]:
    """Render every screen in ``language`` (runs in this process)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from seller_desk.core.common.settings import Settings
    from seller_desk.ui.app import make_application, open_main_window
    from seller_desk.ui.qt import QRect, QThreadPool
    from seller_desk.ui.tasks import Task

    settings = Settings()
    settings.set("ui.language", language)
    settings.set("seller.country", "ID" if language == "id" else "MY")
    settings.set("seller.currency", "IDR" if language == "id" else "MYR")
    settings.set("seller.timezone", "Asia/Jakarta" if language == "id" else "Asia/Kuala_Lumpur")
    settings.set("seller.shop_name", "Nora Batik & Craft")
    settings.set("seller.name", "Nora")
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

    def shot(widget: object, name: str) -> None:
        settle()
        path = HERE / f"{name}-{language}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        written.append(path)

    def shot_composite(window_: object, popup: object, name: str) -> None:
        """The window with its popup drawn where it stands (a popup is its own window)."""
        from seller_desk.ui.qt import QPainter, QPoint

        settle()
        picture = window_.grab()  # type: ignore[attr-defined]
        painter = QPainter(picture)
        where = window_.mapFromGlobal(popup.mapToGlobal(QPoint(0, 0)))  # type: ignore[attr-defined]
        painter.drawPixmap(where, popup.grab())  # type: ignore[attr-defined]
        painter.end()
        path = HERE / f"{name}-{language}.png"
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
    for key in ("orders", "shipments", "reminders", "reports", "templates", "settings"):
        window.show_section(key)
        settle(40)
        shot(window, key)
    reports = window.section_page("reports")
    window.show_section("reports")
    reports.scroll_area.widget().resize(SIZE[0] - 240, 1500)
    shot(reports.scroll_area.widget(), "reports-charts")
    # the export options: the workbook (the default), then a CSV with its own options
    for fmt in ("xlsx", "csv"):
        reports.file_format.setCurrentIndex(reports.file_format.findData(fmt))
        reports._format_chosen()
        settle()
        area = reports.scroll_area.widget()
        top = reports.export_title.mapTo(area, reports.export_title.rect().topLeft()).y()
        bottom = reports.export_status.mapTo(area, reports.export_status.rect().bottomLeft()).y()
        picture = HERE / f"reports-export-{fmt}-{language}.png"
        area.grab(QRect(0, max(0, top - 12), area.width(), bottom - top + 40)).save(str(picture))
        written.append(picture)
    settings_page = window.section_page("settings")
    window.show_section("settings")
    for section in ("language", "hours", "rules", "couriers", "data"):
        settings_page.show_section(section)
        shot(window, f"settings-{section}")

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
    dialog.guard.mark_clean()  # else the Save/Discard question waits for nobody, offscreen
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

    sign_in_screens(window, shot)
    not_customers_screens(window, language, settle, shot, written)
    wizard_waiting_page(window, shot)
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
    mailbox_screens(window, shot)
    window.close()
    return written


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


def sign_in_screens(window: object, shot: object) -> None:
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
                          written: list[Path]) -> None:
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
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
    painter.end()
    menu.close()
    path = HERE / f"not-customer-popup-{language}.png"
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
        csv.writer(f).writerows([
            ["Ref", "Date", "Item", "Qty", "Price", "Buyer", "HP", "Ship to"],
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


def mailbox_screens(window: Any, shot: Any) -> None:
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
    box = PasswordDialog(mailboxes.password_prompt(gmail.id), window, reason=refused)
    box.show()
    box.password.setText("abcd efgh ijkl mnop")
    shot(box, "password-box")
    box.reject()


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES))
    parser.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.in_process:
        for path in render(args.languages[0]):
            print(path.relative_to(HERE.parents[1]))
        return 0
    status = 0
    for language in args.languages:
        with tempfile.TemporaryDirectory(prefix="seller-desk-screens-") as home:
            env = {**os.environ, "SELLER_DESK_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
            status |= subprocess.run([sys.executable, __file__, "--in-process", language],
                                     env=env, check=False).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
