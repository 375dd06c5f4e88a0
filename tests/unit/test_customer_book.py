"""The customer book's queries (core/shop/customer_book.py) and the Customers screen's
facade (core/screens/customers.py), without Qt: search by name, address, phone and order
number, the filters, last contact first, one timeline, likely duplicates, edit and merge."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.screens import customers as view
from seller_desk.core.shop import customers, orders, shipping
from seller_desk.core.shop.customer_book import CustomerFilter
from seller_desk.core.store import db
from seller_desk.core.store.models import Conversation, ConversationTag, Customer, Reminder

T0 = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)
SCARF = orders.ItemInput("Batik silk scarf", 1, Decimal("89.00"))


@pytest.fixture(autouse=True)
def database():
    d = db.open_database("sqlite:///:memory:")
    yield d
    db.close_database()


def conversation(customer, subject, at, **extra):
    return Conversation.create(customer=customer, subject=subject, last_activity_at=at,
                               first_customer_at=at, **extra)


@pytest.fixture
def book():
    siti = customers.create_customer("Siti Aminah", ["siti@example.test"],
                                     phone="012-345 6789", address="12 Jalan Mawar, KL")
    budi = customers.create_customer("Budi Santoso", ["budi@example.test"], phone="+628123456789")
    ros = customers.create_customer("Ros", ["ros@example.test"])
    conversation(siti, "Tudung warna", T0 - timedelta(days=3))
    conversation(budi, "Paket belum sampai", T0 - timedelta(hours=1),
                 waiting_since=T0 - timedelta(hours=1))
    complaint = conversation(ros, "Barang rosak", T0 - timedelta(days=1))
    ConversationTag.create(conversation=complaint, tag="complaint")
    orders.create_order("SHP-240101ABC", "shopee", [SCARF], customer=siti, placed_at=T0,
                        status="paid")
    orders.create_order("WA-0001", "whatsapp", [SCARF], customer=ros, status="completed",
                        placed_at=T0 - timedelta(days=9))
    return siti, budi, ros


def names(page):
    return [row.name for row in page.rows]


def test_the_list_puts_the_latest_contact_first_and_counts(book):
    page = view.query(CustomerFilter())
    assert names(page) == ["Budi Santoso", "Ros", "Siti Aminah"] and page.total == 3
    siti = page.rows[-1]
    assert (siti.email, siti.phone, siti.orders, siti.conversations) == (
        "siti@example.test", "+60123456789", 1, 1)
    assert siti.last_contact == T0 - timedelta(days=3)
    assert len(view.query(CustomerFilter(), offset=1, limit=1).rows) == 1


@pytest.mark.parametrize(("text", "found"), [
    ("siti", ["Siti Aminah"]),                 # name, any case
    ("budi@example", ["Budi Santoso"]),        # email address
    ("012-345 6789", ["Siti Aminah"]),         # phone as typed locally
    ("8123456789", ["Budi Santoso"]),          # phone digits
    ("240101ABC", ["Siti Aminah"]),            # order number
    ("nobody", []),
])
def test_search_finds_by_name_address_phone_and_order_number(book, text, found):
    page = view.query(CustomerFilter(text=text))
    assert names(page) == found and page.total == len(found)


def test_the_filters_open_orders_complaints_and_waiting(book):
    assert names(view.query(CustomerFilter(open_orders=True))) == ["Siti Aminah"]
    assert names(view.query(CustomerFilter(complaints=True))) == ["Ros"]
    assert names(view.query(CustomerFilter(waiting=True))) == ["Budi Santoso"]


def test_the_profile_holds_every_field_and_one_timeline(book):
    siti, _budi, _ros = book
    chat = conversation(siti, "WhatsApp chat", T0 - timedelta(days=1), channel="whatsapp")
    order = orders.create_order("WA-0002", "whatsapp", [SCARF], customer=siti,
                                placed_at=T0 - timedelta(days=2), status="paid")
    shipping.add_shipment(order, "poslaju", "EN123456789MY", shipped_at=T0 - timedelta(hours=5))
    Reminder.create(kind="manual", due_at=T0 + timedelta(days=1), customer=siti,
                    note="Call about the colour")
    p = view.profile(siti.id)
    assert p is not None
    assert (p.name, p.phone, p.address, p.emails) == (
        "Siti Aminah", "+60123456789", "12 Jalan Mawar, KL", ["siti@example.test"])
    kinds = [(e.kind, e.title) for e in p.timeline]
    assert kinds == [("reminder", "Call about the colour"), ("order", "SHP-240101ABC"),
                     ("parcel", "EN123456789MY"), ("conversation", "WhatsApp chat"),
                     ("order", "WA-0002"), ("conversation", "Tudung warna")]
    assert p.timeline[3].channel == "whatsapp" and p.timeline[3].conversation_id == chat.id
    assert p.timeline[2].order_id == order.id
    assert view.profile(999) is None


def test_likely_duplicates_by_phone_and_by_name(book):
    siti, budi, _ros = book
    same_phone = customers.create_customer("S. Aminah", ["s.aminah@example.test"],
                                           phone="+60123456789")
    same_name = customers.create_customer("siti aminah", ["other@example.test"])
    p = view.profile(siti.id)
    assert [(d.id, d.reason) for d in p.duplicates] == [(same_phone.id, "phone"),
                                                       (same_name.id, "name")]
    assert view.profile(budi.id).duplicates == []


def test_edits_go_through_the_shops_rules(book):
    siti, _budi, _ros = book
    edit = view.CustomerEdit("Siti Aminah binti Ali", "019 888 7777", "9 Jalan Baru, Shah Alam",
                             "ms", "Prefers WhatsApp")
    p = view.save(siti.id, edit)
    assert (p.name, p.phone, p.address, p.language, p.notes) == (
        "Siti Aminah binti Ali", "+60198887777", "9 Jalan Baru, Shah Alam", "ms",
        "Prefers WhatsApp")
    with pytest.raises(ValidationError) as refused:
        view.save(siti.id, view.CustomerEdit("X", "12", "", "", ""))
    assert refused.value.field == "phone"
    assert Customer.get_by_id(siti.id).name == "Siti Aminah binti Ali"  # nothing saved


def test_a_merge_says_what_moves_and_brings_the_history_together(book):
    siti, _budi, ros = book
    preview = view.merge_preview(siti.id, ros.id)
    assert (preview.emails, preview.conversations, preview.orders) == (1, 1, 1)
    assert view.merge(siti.id, ros.id) == siti.id
    p = view.profile(siti.id)
    assert {e.title for e in p.timeline} >= {"Barang rosak", "WA-0001", "Tudung warna"}
    assert p.emails == ["siti@example.test", "ros@example.test"]
    assert view.profile(ros.id) is None
    with pytest.raises(ValidationError):
        view.merge(siti.id, siti.id)


def test_the_conversation_names_its_customer(book):
    siti, _budi, _ros = book
    conv = conversation(siti, "Hello", T0)
    assert view.customer_of_conversation(conv.id) == siti.id
    assert view.customer_of_conversation(conversation(None, "x", T0).id) is None


# --- the kept columns (schema 23): last contact and search keys on the customer row -------


def last_contact(customer):
    return Customer.get_by_id(customer.id).last_contact_at


def test_new_mail_through_the_sync_moves_the_last_contact_and_the_list(book):
    """Mail stored the way the sync stores it, and the conversation refreshed as the sync
    does, brings its customer to the top with the message's time."""
    from seller_desk.core.conversations import state
    from seller_desk.core.mail.ingest import store
    from seller_desk.core.mail.parse import mime
    from seller_desk.core.store.models import Account, Folder

    siti, _budi, _ros = book
    account = Account.create(name="Shop", email="shop@x.test", username="shop",
                             imap_host="127.0.0.1")
    inbox = Folder.create(account=account, name="INBOX", role="inbox")

    def put(uid, msgid, when, refs=""):
        head = (f"From: siti@example.test\r\nTo: shop@x.test\r\nSubject: Tudung\r\n"
                f"Message-ID: <{msgid}>\r\nDate: {when.strftime('%a, %d %b %Y %H:%M:%S +0000')}"
                "\r\n")
        if refs:
            head += f"In-Reply-To: <{refs}>\r\nReferences: <{refs}>\r\n"
        data = (head + "\r\nAda warna biru?\r\n").encode()
        fetched = store.Fetched(uid, (), when, len(data), None, mime.parse(data))
        store.store_batch(account.id, inbox.id, "inbox", {"shop@x.test"}, [fetched])

    put(1, "a@x.test", T0 - timedelta(days=5))
    conv = Conversation.get(Conversation.subject == "Tudung")
    conv.customer = siti
    conv.save()
    assert last_contact(siti) == T0 - timedelta(days=3)  # her older "Tudung warna" is later
    put(2, "b@x.test", T0 + timedelta(hours=2), refs="a@x.test")
    state.refresh_many([conv.id])
    assert last_contact(siti) == T0 + timedelta(hours=2)
    page = view.query(CustomerFilter())
    assert names(page)[0] == "Siti Aminah"
    assert page.rows[0].last_contact == T0 + timedelta(hours=2)


def test_deleting_conversations_falls_back_to_the_customers_own_last_change(book):
    siti, _budi, _ros = book
    for conv in Conversation.select().where(Conversation.customer == siti):
        conv.delete_instance(recursive=True)
    fresh = Customer.get_by_id(siti.id)
    assert fresh.last_contact_at == fresh.updated_at
    # a conversation moved to another customer leaves her too
    later = conversation(siti, "Saiz", T0 + timedelta(days=1))
    assert last_contact(siti) == T0 + timedelta(days=1)
    Conversation.update(customer=None).where(Conversation.id == later.id).execute()
    assert last_contact(siti) == fresh.updated_at


def test_a_conversation_moving_later_or_earlier_moves_the_last_contact(book):
    """Later (the sync's everyday case, no look-up) and earlier (looked up again: the
    customer's other conversation may be the latest now)."""
    siti, _budi, _ros = book
    other = conversation(siti, "Saiz", T0 - timedelta(days=1))
    for at, expected in ((T0 + timedelta(hours=1), T0 + timedelta(hours=1)),
                         (T0 + timedelta(hours=3), T0 + timedelta(hours=3)),
                         (T0 - timedelta(days=9), T0 - timedelta(days=1)),
                         (None, T0 - timedelta(days=1))):
        Conversation.update(last_activity_at=at).where(
            Conversation.subject == "Tudung warna").execute()
        assert last_contact(siti) == expected, at
    other.last_activity_at = T0 - timedelta(days=2)
    other.save()  # a whole-row save, as the models do
    assert last_contact(siti) == T0 - timedelta(days=2)


def test_a_merge_keeps_the_latest_contact_of_both(book):
    siti, budi, _ros = book
    assert last_contact(budi) > last_contact(siti)
    view.merge(siti.id, budi.id)
    assert last_contact(siti) == T0 - timedelta(hours=1)  # Budi's conversation moved over
    assert names(view.query(CustomerFilter()))[0] == "Siti Aminah"
    # his email address moved over and finds her; his own row and its keys are gone
    assert names(view.query(CustomerFilter(text="budi"))) == ["Siti Aminah"]
    assert view.query(CustomerFilter(text="santoso")).rows == []
    assert view.query(CustomerFilter(text="+62 812 345")).rows == []


def test_a_new_order_shows_at_once_in_the_counts_the_filter_and_the_search(book):
    _siti, budi, _ros = book
    assert view.query(CustomerFilter(text="TKP-77")).rows == []
    orders.create_order("TKP-7788", "tokopedia", [SCARF], customer=budi, placed_at=T0,
                        status="awaiting_payment")
    page = view.query(CustomerFilter(text="TKP-77"))
    assert names(page) == ["Budi Santoso"] and page.rows[0].orders == 1
    assert names(view.query(CustomerFilter(open_orders=True))) == ["Budi Santoso",
                                                                   "Siti Aminah"]


def test_edits_move_the_name_and_phone_keys(book):
    siti, _budi, _ros = book
    view.save(siti.id, view.CustomerEdit("Nur Siti", "019-888 7777", "", "ms", ""))
    assert names(view.query(CustomerFilter(text="019-888"))) == ["Nur Siti"]
    assert names(view.query(CustomerFilter(text="012-345 6789"))) == []
    assert names(view.query(CustomerFilter(text="nur s"))) == ["Nur Siti"]
    assert names(view.query(CustomerFilter(text="siti"))) == ["Nur Siti"]  # a later word
    kept = Customer.get_by_id(siti.id)
    assert (kept.name_key, kept.name_rest_key, kept.phone_key) == (
        "nur siti", "siti", "198887777")


@pytest.mark.parametrize(("text", "found"), [
    ("+60 12-345 6789", ["Siti Aminah"]),     # international, with the country code
    ("60123", ["Siti Aminah"]),               # the same without the plus
    ("0812 3456", ["Budi Santoso"]),          # an Indonesian local number's start
    ("aminah", ["Siti Aminah"]),              # the name's second word
    ("santoso  ", ["Budi Santoso"]),          # spaces typed after it
    ("SHP-2401", ["Siti Aminah"]),            # an order number's start
    ("Siti_", []),                            # _ and % are letters, not wildcards
    ("%", []),
    ("Budi Santoso", ["Budi Santoso"]),       # the whole name, space and all
])
def test_search_reads_phones_words_and_order_numbers_as_typed(book, text, found):
    assert names(view.query(CustomerFilter(text=text))) == found


def test_counting_stops_two_pages_past_the_page():
    for number in range(12):
        customers.create_customer(f"Dewi {number}", [f"dewi{number}@example.test"])
    page = view.query(CustomerFilter(), limit=3)
    assert (len(page.rows), page.total, page.exact) == (3, 7, False)  # "more than 6"
    page = view.query(CustomerFilter(), offset=9, limit=3)
    assert (len(page.rows), page.total, page.exact) == (3, 12, True)
    assert view.query(CustomerFilter(text="dewi 1"), limit=5).total == 3  # 1, 10, 11


@pytest.mark.integration
def test_the_book_sorts_searches_and_keeps_its_columns_on_postgresql(pg_url):
    """A team's shared database: the same order, search and kept columns (its triggers
    and LIKE prefixes differ from SQLite's)."""
    db.close_database()
    db.open_database(pg_url)
    siti = customers.create_customer("Siti Aminah", ["siti@example.test"],
                                     phone="012-345 6789")
    budi = customers.create_customer("Budi Santoso", ["budi@example.test"],
                                     phone="+628123456789")
    conversation(siti, "Tudung warna", T0 - timedelta(days=3))
    conversation(budi, "Paket", T0 - timedelta(hours=1))
    orders.create_order("SHP-240101ABC", "shopee", [SCARF], customer=siti, placed_at=T0)
    assert names(view.query(CustomerFilter())) == ["Budi Santoso", "Siti Aminah"]
    for text, found in (("SITI", ["Siti Aminah"]), ("aminah", ["Siti Aminah"]),
                        ("012-345 6789", ["Siti Aminah"]), ("+62 812", ["Budi Santoso"]),
                        ("budi@ex", ["Budi Santoso"]), ("240101", ["Siti Aminah"]),
                        ("Siti_", []), ("nobody", [])):
        assert names(view.query(CustomerFilter(text=text))) == found, text
    later = conversation(siti, "Saiz", T0 - timedelta(hours=2))
    assert last_contact(siti) == T0 - timedelta(hours=2)
    Conversation.update(last_activity_at=T0).where(Conversation.id == later.id).execute()
    assert last_contact(siti) == T0
    assert names(view.query(CustomerFilter()))[0] == "Siti Aminah"
    Conversation.update(last_activity_at=T0 - timedelta(days=5)).where(
        Conversation.id == later.id).execute()
    assert last_contact(siti) == T0 - timedelta(days=3)
    Conversation.update(last_activity_at=T0).where(Conversation.id == later.id).execute()
    later.delete_instance()
    assert names(view.query(CustomerFilter()))[0] == "Budi Santoso"
    view.merge(budi.id, siti.id)
    assert last_contact(budi) == T0 - timedelta(hours=1)
    assert names(view.query(CustomerFilter(text="240101"))) == ["Budi Santoso"]


def test_the_short_calling_codes_are_the_phone_librarys():
    """The kept phone keys cut one- and two-digit calling codes from a written-out list:
    it must be the phone number library's (a new code there would cut numbers wrongly)."""
    import phonenumbers

    from seller_desk.core.store import customer_keys

    assert sorted(customer_keys.SHORT_CODES) == sorted(
        str(code) for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE if code < 100)
