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
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "ms", "id")
SIZE = (1440, 900)


def render(language: str) -> list[Path]:
    """Render every screen in ``language`` (runs in this process)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from seller_desk.core.common.settings import Settings
    from seller_desk.ui.app import make_application, open_main_window
    from seller_desk.ui.qt import QThreadPool
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

    settle(40)
    for key in ("orders", "shipments", "reminders", "reports", "templates", "settings"):
        window.show_section(key)
        settle(40)
        shot(window, key)
    reports = window.section_page("reports")
    window.show_section("reports")
    reports.scroll_area.widget().resize(SIZE[0] - 240, 1500)
    shot(reports.scroll_area.widget(), "reports-charts")
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
    dialog.reject()

    shipments_page = window.section_page("shipments")
    window.show_section("shipments")
    parcel = shipments_page.add_shipment()
    parcel.tracking.setText("EN123456789MY" if language != "id" else "JP1234567890")
    shot(parcel, "parcel")
    parcel.reject()

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
    window.close()
    return written


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
