"""A WhatsApp export in the customer's history: stored as a read-only WhatsApp
conversation, the seller's side told apart, media kept, orders linked, a longer export
adding only what is new, and nothing written when the import is refused or stopped."""

from __future__ import annotations

import threading
import zipfile
from datetime import UTC, datetime

import pytest

from seller_desk.core.common import paths
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.common.settings import Settings
from seller_desk.core.shop import customers, orders, whatsapp, whatsapp_chat
from seller_desk.core.store import db
from seller_desk.core.store.models import Attachment, Conversation, Customer, Message

LRM, NNBSP = "\u200e", "\u202f"
CHAT = (
    "30/08/25, 18:00 - Mesej dan panggilan disulitkan hujung ke hujung.\n"
    "30/08/25, 18:01 - Siti Aminah: Salam, baju kurung saiz M ada stok?\n"
    "30/08/25, 18:05 - Nora Batik: Ada kak. Pesanan WA-0064 ya\n"
    "Saya pos esok.\n"
    "31/08/25, 09:12 - Siti Aminah: IMG-20250831-WA0003.jpg (fail dilampirkan)\n"
    "31/08/25, 09:12 - Siti Aminah: ok\n"
    "31/08/25, 09:12 - Siti Aminah: ok\n"
)
MORE = "01/09/25, 10:00 - Siti Aminah: Dah sampai, terima kasih!\n"


@pytest.fixture
def shop(tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    settings = Settings()
    settings.set("seller.timezone", "Asia/Kuala_Lumpur")
    settings.set("seller.country", "MY")
    yield database
    db.close_database()


def export(folder, text, name="WhatsApp Chat with Siti Aminah.zip", media=True):
    path = folder / name
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("WhatsApp Chat with Siti Aminah.txt", text)
        if media:
            archive.writestr("IMG-20250831-WA0003.jpg", b"\xff\xd8photo")
    return path


def test_a_chat_becomes_the_customers_whatsapp_conversation(shop, tmp_path):
    order = orders.create_order(number="WA-0064", channel="whatsapp", currency="MYR",
                                items=[{"title": "Baju kurung M", "quantity": 1,
                                        "unit_price": "89"}])
    result = whatsapp.import_chat(export(tmp_path, CHAT), customer_phone="012-345 6789")

    customer = Customer.get_by_id(result.customer_id)
    assert (customer.name, customer.phone) == ("Siti Aminah", "+60123456789")
    conv = Conversation.get_by_id(result.conversation_id)
    assert conv.channel == "whatsapp" and conv.customer_id == customer.id
    rows = list(conv.messages.order_by(Message.date, Message.id))
    assert [(m.direction, m.sender_name) for m in rows] == [
        ("in", "Siti Aminah"), ("out", "Nora Batik"), ("in", "Siti Aminah"),
        ("in", "Siti Aminah"), ("in", "Siti Aminah")]
    assert result.notices == 1 and result.added == 5
    # the phone's local time (Kuala Lumpur, UTC+8) stored as UTC
    assert rows[0].date == datetime(2025, 8, 30, 10, 1, tzinfo=UTC)
    assert rows[1].text_body == "Ada kak. Pesanan WA-0064 ya\nSaya pos esok."
    # the photo kept in the data folder and listed by its name
    photo = Attachment.get(Attachment.message == rows[2])
    assert photo.filename == "IMG-20250831-WA0003.jpg" and photo.content_type == "image/jpeg"
    assert (paths.cache_dir() / photo.cached_path).read_bytes() == b"\xff\xd8photo"
    # the order named in the chat is linked; the customer waits (her "ok" is unanswered)
    assert [o.id for o in orders.orders_of_conversation(conv)] == [order.id]
    assert conv.waiting_since == datetime(2025, 8, 31, 1, 12, tzinfo=UTC)


def test_a_longer_export_adds_only_the_new_lines(shop, tmp_path):
    first = whatsapp.import_chat(export(tmp_path, CHAT), customer_phone="+60123456789")
    again = whatsapp.import_chat(export(tmp_path, CHAT + MORE, name="later.zip"),
                                 customer_phone="0123456789")
    assert again.conversation_id == first.conversation_id
    assert (again.added, again.already_there) == (1, 5)
    # the two identical "ok" lines stay two messages, not one
    assert Message.select().where(Message.text_body == "ok").count() == 2
    assert Customer.select().count() == 1


def test_the_seller_is_asked_when_the_names_do_not_say(shop, tmp_path):
    path = tmp_path / "chat.txt"  # no name in the file's name, no seller name set
    path.write_text(CHAT, encoding="utf-8")
    with pytest.raises(whatsapp.WhoIsWho) as asked:
        whatsapp.import_chat(path, customer_phone="0123456789")
    assert asked.value.names == ["Siti Aminah", "Nora Batik"]
    assert not Message.select().exists() and not Customer.select().exists()
    result = whatsapp.import_chat(path, customer_phone="0123456789", me="Nora Batik")
    assert Message.get(Message.sender_name == "Nora Batik").direction == "out"
    assert result.added == 5


def test_a_dry_run_and_a_stopped_import_write_nothing(shop, tmp_path):
    path = export(tmp_path, CHAT)
    preview = whatsapp.import_chat(path, customer_phone="0123456789", dry_run=True)
    assert preview.added == 5 and preview.dry_run
    stop = threading.Event()
    stop.set()
    with pytest.raises(ValidationError):
        whatsapp.import_chat(path, customer_phone="0123456789", cancel=stop)
    assert not Message.select().exists() and not Conversation.select().exists()
    assert not Customer.select().exists()


def test_an_existing_customer_is_found_by_phone_and_the_date_order_asked(shop, tmp_path):
    known = customers.create_customer(name="Siti A.", phone="+60123456789")
    path = tmp_path / "WhatsApp Chat with Siti Aminah.txt"
    path.write_text("03/04/25, 10:00 - Siti Aminah: Boleh COD?\n"
                    "04/04/25, 10:00 - Nora Batik: Boleh\n", encoding="utf-8")
    with pytest.raises(whatsapp_chat.DateOrderUnknown):
        whatsapp.import_chat(path, customer_phone="0123456789")
    result = whatsapp.import_chat(path, customer_phone="0123456789", day_first=True)
    assert result.customer_id == known.id
    assert Customer.get_by_id(known.id).name == "Siti A."  # the seller's own spelling kept
    assert Message.select().where(Message.date < datetime(2025, 4, 5, tzinfo=UTC)).count() == 2


def test_the_command_line_imports_a_chat_and_refuses_plainly(tmp_path):
    from helpers.cli import run

    path = export(tmp_path, CHAT)
    done = run(tmp_path / "data", "import", str(path), "--customer", "0123456789")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "5 new message(s)" in done.stdout and "Media kept: 1 file(s)." in done.stdout
    again = run(tmp_path / "data", "import", str(path), "--customer", "0123456789")
    assert "0 new message(s)" in again.stdout and "5 were there already" in again.stdout
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear customer,\n", encoding="utf-8")
    refused = run(tmp_path / "data", "import", str(letter), "--customer", "0123456789")
    assert refused.returncode != 0 and "not a chat exported from WhatsApp" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_reply_times_of_whatsapp_are_apart_from_mails(shop, tmp_path):
    from seller_desk.core.reports import kpis
    from seller_desk.core.store.models import Conversation as Conv

    # a mail answered in 2 hours
    mail = Conv.create(subject="Stok?")
    asked = datetime(2025, 8, 30, 2, 0, tzinfo=UTC)
    Message.create(conversation=mail, message_id="q@x.test", direction="in", date=asked,
                   sender_email="siti@x.test")
    Message.create(conversation=mail, message_id="a@x.test", direction="out",
                   date=asked.replace(hour=4), sender_email="shop@x.test")
    from seller_desk.core.conversations import state

    state.refresh(mail.id)
    # the chat: answered in 4 minutes (18:01 -> 18:05 local)
    whatsapp.import_chat(export(tmp_path, CHAT), customer_phone="0123456789")
    period = (datetime(2025, 8, 1, tzinfo=UTC), datetime(2025, 9, 30, tzinfo=UTC))
    k = kpis.kpis(*period)
    assert (k.cases, k.first_reply.count, k.first_reply.median_s) == (1, 1, 7200)
    assert (k.whatsapp_cases, k.whatsapp_first_reply.median_s) == (1, 240)
    rows = {(m, s): v for m, _c, s, v in kpis.kpi_rows(k)}
    assert rows[("whatsapp_first_reply", "median_hours")] == round(240 / 3600, 3)
