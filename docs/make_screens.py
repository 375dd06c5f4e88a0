"""Render the main screens on the demo shop into docs/screens/*.png (offscreen).

    .venv/bin/python docs/make_screens.py

The demo shop is built fresh in a temporary folder, with the seller's name set and, for
the conversation screen, one customer's photo (an attachment) and a picture from the web
that stays blocked. Each screen is grabbed at 1280 x 800.
"""

from __future__ import annotations

import os
import sys
import tempfile
import zlib
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screens"


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="screens-"))
    os.environ["SELLER_DESK_HOME"] = str(home)
    from seller_desk.core.common.settings import Settings

    settings = Settings()
    for key, value in (("seller.name", "Nora"), ("seller.shop_name", "Nora Batik & Craft"),
                       ("seller.refund_policy", "a full refund within 30 days"),
                       ("seller.timezone", "Asia/Kuala_Lumpur")):
        settings.set(key, value, save=False)
    settings.save()

    import argparse

    from seller_desk.core.store import db
    from seller_desk.core.store.fields import utcnow
    from seller_desk.core.mail.parse import html as mail_html
    from seller_desk.core.store.models import (
        Attachment,
        Conversation,
        ConversationOrder,
        ConversationTag,
        Message,
        OutboxMessage,
        Template,
    )
    from seller_desk.ui.app import make_application, open_main_window
    from seller_desk.ui.qt import QThreadPool
    from seller_desk.ui.tasks import Task, network_pool

    app = make_application()
    args = argparse.Namespace(demo=True, database=f"sqlite:///{home / 'demo.sqlite3'}")
    window = open_main_window(args)
    window.resize(1280, 800)
    window.show()

    def settle(rounds: int = 40) -> None:
        for _ in range(rounds):
            app.processEvents()
            QThreadPool.globalInstance().waitForDone(20)
            network_pool().waitForDone(20)
        while Task.pending():
            app.processEvents()
        app.processEvents()

    def shot(name: str, widget: object = None) -> None:
        settle()
        OUT.mkdir(parents=True, exist_ok=True)
        (widget or window).grab().save(str(OUT / f"{name}.png"))
        print("saved", OUT / f"{name}.png")

    settle()
    shot("inbox")

    # a complaint with a linked order and parcel; the customer sent a photo and an image
    link = (ConversationOrder.select().join(ConversationTag, on=(
        ConversationOrder.conversation == ConversationTag.conversation))
        .where(ConversationTag.tag == "complaint").first())
    conv = Conversation.get_by_id(link.conversation_id)
    html, remote = mail_html.sanitize(
        "<p>Here is a photo of the parcel as it arrived. The box was wet and the "
        "scarf is stained.</p><p><img src='https://example.com/banner.png'></p>"
        "<div class='gmail_quote'>On Mon, Nora wrote:<blockquote>Your parcel left "
        "today with Pos Laju.</blockquote></div>")
    last = Message.select().where(Message.conversation == conv.id,
                                  Message.direction == "in").order_by(Message.date).first()
    msg = Message.create(
        conversation=conv, account=conv.account_id, direction="in",
        sender_name=last.sender_name, sender_email=last.sender_email,
        to_addrs=last.to_addrs, subject="Re: " + conv.subject,
        date=utcnow() - timedelta(minutes=20), received_at=utcnow(),
        text_body="Here is a photo of the parcel as it arrived.", html_body=html,
        has_remote_content=remote, snippet="Here is a photo of the parcel as it arrived.",
        body_fetched=True, has_attachments=True, raw=zlib.compress(b""))
    Attachment.create(message=msg, part="2", filename="parcel-photo.jpg",
                      content_type="image/jpeg", size=284_113)
    from seller_desk.core.conversations.state import refresh

    refresh(conv)
    window.refresh()
    settle()
    window.open_conversation(conv.id)
    shot("conversation")

    # answering it: a template by its shortcut, one blank left to fill
    composer = window.compose(conv.id, "reply")
    settle()
    template = Template.create(
        key="refund_soon", language="en", name="Refund on its way", category="returns",
        shortcut="refundsoon", subject="Your refund for {order.number}",
        body="Hi {customer.first_name|there},\n\nI'm so sorry the scarf arrived stained. "
             "I have refunded {order.refund_amount} for order {order.number}; it reaches "
             "your account within 3 working days.\n\nKind regards,\n{seller.name}\n"
             "{seller.shop_name}")
    composer.insert_template(template.id, "en")
    composer.send()  # held back: a blank is left
    shot("composer")
    composer.discard()
    settle()

    # a reply the server refused, waiting to be fixed and sent again
    other = (Conversation.select().where(Conversation.status == "waiting_customer")
             .order_by(Conversation.last_activity_at.desc()).first())
    OutboxMessage.create(account=other.account_id, conversation=other,
                         message_id="screen-1@demo.sellerdesk.invalid", raw=b"",
                         sender="hello@norabatik.my", recipients=other.counterpart_email,
                         subject="Re: " + other.subject, state="failed", attempts=1,
                         last_error="The outgoing mail server refused the user name or "
                                    "password. Check the password, then try again.")
    window.refresh()
    window.open_conversation(other.id)
    settle()
    window.outbox_chip.refresh()
    shot("outbox")

    window.back_to_list()
    window.inbox_page.search("batik scarf")
    shot("search")
    window.inbox_page.clear_search()

    window.toggle_help()
    shot("help")
    window.toggle_help()

    from seller_desk.core.mail.errors import AuthError
    from seller_desk.ui.app import open_account_wizard

    wizard = open_account_wizard(window)
    wizard.resize(640, 520)
    wizard.address.email.setText("norabatik.shop@gmail.com")
    shot("wizard-address", wizard)
    wizard.next()
    wizard.servers.password.setText("not-the-app-password")
    _show_page(wizard, 2)  # the connection test page, without connecting anywhere
    exc = AuthError("Gmail refused the user name or password for norabatik.shop@gmail.com.",
                    hint="Gmail needs an app password here, not your normal password: "
                         "create one at myaccount.google.com/apppasswords and paste it.")
    exc.protocol = "imap"  # type: ignore[attr-defined]
    wizard.test._failed(exc)
    shot("wizard-test", wizard)
    wizard.close()

    # a first start: nothing yet but the two ways forward
    db.close_database()
    args = argparse.Namespace(demo=False, database=f"sqlite:///{home / 'empty.sqlite3'}")
    empty = open_main_window(args)
    empty.resize(1280, 800)
    empty.show()
    shot("first-start", empty)
    empty.shutdown()
    window.shutdown()
    settle()
    return 0


def _show_page(wizard: object, page_id: int) -> None:
    """Bring the wizard to a page without running that page's work again."""
    from seller_desk.ui.qt import QWizardPage

    page = wizard.page(page_id)  # type: ignore[attr-defined]
    assert isinstance(page, QWizardPage)
    original = page.initializePage
    page.initializePage = lambda: None  # type: ignore[method-assign]
    wizard.next()  # type: ignore[attr-defined]
    page.initializePage = original  # type: ignore[method-assign]


if __name__ == "__main__":
    sys.exit(main())
