"""Every migration step upgrades a real version-1 database to the current schema."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import peewee
import pytest

from seller_desk.core.store import db, migrations, search
from seller_desk.core.store.models import (
    Account,
    Attachment,
    Conversation,
    ConversationOrder,
    ConversationTag,
    Customer,
    Event,
    Folder,
    Message,
    MessageLocation,
    MessageReference,
    Note,
    Order,
    OrderItem,
    Reminder,
    UndeliveredMessage,
    VanishedCopy,
)
from seller_desk.core.store.models import database as proxy

DATA = Path(__file__).resolve().parents[1] / "data"


def load_v1(database: peewee.Database, dialect: str) -> None:
    script = (DATA / f"schema_v1.{dialect}.sql").read_text(encoding="utf-8")
    statements = [s.strip() for s in script.split(";\n") if s.strip()]
    for statement in statements:
        lines = [ln for ln in statement.splitlines() if not ln.startswith("--")]
        if lines:
            database.execute_sql("\n".join(lines).rstrip(";"))


def columns(database: peewee.Database) -> dict[str, set[str]]:
    return {
        table: {c.name for c in database.get_columns(table)}
        for table in database.get_tables()
        if not table.startswith("message_fts")
    }


def unique_indexes(database: peewee.Database) -> dict[str, set[str]]:
    return {
        table: {i.name for i in database.get_indexes(table) if i.unique}
        for table in database.get_tables()
        if not table.startswith("message_fts")
    }


def old_row(model, **values):
    """A row written as an older version did: only these columns. The model of today has
    more (each with its default), which that version's table does not know."""
    database = proxy.obj
    present = {c.name for c in database.get_columns(model._meta.table_name)}
    for name, f in model._meta.fields.items():  # the defaults that version knew too
        if name not in values and f.column_name in present and f.default is not None:
            values[name] = f.default() if callable(f.default) else f.default
    fields = [model._meta.fields[name] for name in values]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join([database.param] * len(fields))
    cursor = database.execute_sql(
        f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks}) RETURNING id',
        [f.db_value(v) for f, v in zip(fields, values.values(), strict=True)])
    return model.select(model.id).where(model.id == cursor.fetchone()[0]).get()


def check_v1_upgrade(url_v1: str, url_fresh: str, dialect: str) -> None:
    raw = db.make_database(url_v1)
    raw.connect()
    load_v1(raw, dialect)
    proxy.initialize(raw)
    conv = old_row(Conversation, subject="Old conversation")
    old_row(Message, conversation=conv, subject="Pesanan lama", text_body="barang sudah sampai")
    old_row(Message, conversation=conv, subject="Panjang", text_body="kain " * 10_000)
    # an order of version 1 (before its items summary existed), written as version 1 did
    raw.execute_sql(
        'INSERT INTO "order" (id, number, channel, placed_at, status, currency, total, '
        "shipping_fee, payment_method, refunded_amount, notes, created_at, updated_at) "
        "VALUES (7, '#1001', 'web', '2025-01-02 03:04:05', 'paid', 'MYR', 40, 0, '', 0, '', "
        "'2025-01-02 03:04:05', '2025-01-02 03:04:05')")
    for title, sku, qty in (("Batik sarong", "BS-1", 2), ("Pandan soap", "", 1)):
        raw.execute_sql("INSERT INTO order_item (order_id, sku, title, quantity, unit_price) "
                        f"VALUES (7, '{sku}', '{title}', {qty}, 10)")
    assert migrations.schema_version(raw) == 1
    raw.close()

    upgraded = db.open_database(url_v1)
    assert migrations.schema_version(upgraded) == migrations.CURRENT_VERSION
    # the data of version 1 is still there and now searchable
    assert Conversation.get().subject == "Old conversation"
    assert search.search_messages("sampai") == [Message.get(Message.subject == "Pesanan lama").id]
    # SQLite's own check of the index against the messages passes (long texts included)
    assert search.check(upgraded) is None
    # the sync's notes of owed and vanished mail (schema 9): one note per folder and UID
    account = Account.create(name="Shop", email="shop@example.test", username="shop",
                             imap_host="127.0.0.1")
    folder = Folder.create(account=account, name="INBOX")
    UndeliveredMessage.create(folder=folder, uid=7, error="FETCH failed", refused=True)
    with pytest.raises(peewee.IntegrityError), upgraded.atomic():
        UndeliveredMessage.create(folder=folder, uid=7)
    VanishedCopy.create(account=account, message=Message.get(), folder=folder, refetch=True)
    folder.delete_instance()  # the note stays, without its folder; the owed message goes
    assert VanishedCopy.get().folder_id is None
    assert UndeliveredMessage.select().count() == 0
    order = Order.get_by_id(7)
    assert (order.items_text, order.item_count) == ("2 × Batik sarong [BS-1]; 1 × Pandan soap", 3)
    # and kept current from now on
    OrderItem.delete().where(OrderItem.sku == "BS-1").execute()
    assert Order.get_by_id(7).items_text == "1 × Pandan soap"
    # the search box scans an index of the conversations' addresses (schema 27), and
    # SQLite's full-text index keeps its words' first three letters and a list of its
    # words, through which one or two letters are found (schema 28)
    assert "conversation_counterpart_email" in {
        i.name for i in upgraded.get_indexes("conversation")}
    if isinstance(upgraded, peewee.SqliteDatabase):
        assert "prefix='3'" in upgraded.execute_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'message_fts'").fetchone()[0]
        assert upgraded.execute_sql(
            "SELECT v FROM message_fts_config WHERE k = 'automerge'").fetchone() == (8,)
        assert upgraded.execute_sql(
            "SELECT term FROM message_fts_terms WHERE term >= 'sa' LIMIT 1").fetchone() == (
            "sampai",)
        assert search.search_messages("sa", newest_first=True) == [
            Message.get(Message.subject == "Pesanan lama").id]
    upgraded_columns, upgraded_unique = columns(upgraded), unique_indexes(upgraded)
    upgraded.close()

    fresh = db.open_database(url_fresh)
    fresh_columns, fresh_unique = columns(fresh), unique_indexes(fresh)
    fresh.close()
    assert upgraded_columns == fresh_columns
    assert upgraded_unique == fresh_unique
    assert "message_message_id_key" in upgraded_unique["message"]


def test_sqlite_version_1_upgrades_to_current(tmp_path):
    check_v1_upgrade(f"sqlite:///{tmp_path / 'v1.sqlite3'}",
                     f"sqlite:///{tmp_path / 'fresh.sqlite3'}", "sqlite")


@pytest.mark.integration
def test_postgresql_version_1_upgrades_to_current(pg_url_factory):
    check_v1_upgrade(pg_url_factory(), pg_url_factory(), "postgresql")


def test_each_version_has_exactly_one_step():
    assert sorted(migrations.STEPS) == list(range(2, migrations.CURRENT_VERSION + 1))


# --- schema 11: messages stored twice are merged, then the Message-ID is unique ----------


def stored_twice_at_version_7(url: str, dialect: str) -> dict[str, int]:
    """A version-7 database into which two syncs of one mailbox stored everything twice
    (as they did before schema 11), each copy in its own conversation, and the seller
    worked on both copies (tags, note, order link, reminder, customer)."""
    raw = db.make_database(url)
    raw.connect()
    load_v1(raw, dialect)
    proxy.initialize(raw)
    migrations.migrate(raw, up_to=7)
    # the columns of that version only: the model of today has more
    raw.execute_sql("INSERT INTO account (name, email, provider, username, imap_host, "
                    "imap_port, imap_security, smtp_host, smtp_port, smtp_security, "
                    "smtp_username, allow_insecure, server_saves_sent, enabled, color, "
                    "signature, created_at) VALUES ('Shop', 'shop@x.test', 'generic', 'shop', "
                    "'127.0.0.1', 993, 'ssl', '', 465, 'ssl', '', FALSE, FALSE, TRUE, '', '', "
                    "'2025-01-01 00:00:00')")
    account = Account.select(Account.id).get()
    inbox = Folder.create(account=account, name="INBOX", role="inbox")
    sent = Folder.create(account=account, name="Sent", role="sent")
    at = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
    ids = {}
    for copy in ("a", "b"):
        conv = old_row(Conversation, subject="Kain batik", subject_key="kain batik",
                       counterpart_email="siti@x.test", message_count=2)
        q = old_row(Message, conversation=conv, message_id="q@x.test", subject="Kain batik",
                    sender_email="siti@x.test", date=at, direction="in",
                    is_seen=copy == "b", text_body="Ada stok kain batik?")
        r = old_row(Message, conversation=conv, message_id="r@x.test", in_reply_to="q@x.test",
                    subject="Re: Kain batik", sender_email="shop@x.test",
                    date=at + timedelta(hours=2), direction="out")
        Attachment.create(message=q, part="2", filename="foto.jpg",
                          cached_path="cache/foto.jpg" if copy == "b" else None)
        Event.create(kind="message_in", at=at, conversation_id=conv.id, message_id=q.id)
        Event.create(kind="clock_started", at=at, conversation_id=conv.id)
        ids[f"conv_{copy}"], ids[f"q_{copy}"], ids[f"r_{copy}"] = conv.id, q.id, r.id
    # (folder, uid) is unique: each place went to whichever copy was stored first
    MessageLocation.create(message=ids["q_b"], folder=inbox, uid=1)
    MessageLocation.create(message=ids["r_a"], folder=sent, uid=1)
    # a later message, stored once, into conversation b
    later = old_row(Message, conversation=ids["conv_b"], message_id="n@x.test",
                    in_reply_to="r@x.test", references="q@x.test r@x.test",
                    subject="Re: Kain batik", sender_email="siti@x.test",
                    date=at + timedelta(days=1), direction="in")
    MessageLocation.create(message=later, folder=inbox, uid=2)
    ids["n"] = later.id
    customer = Customer.create(name="Siti")
    Conversation.update(customer=customer).where(Conversation.id == ids["conv_b"]).execute()
    ids["customer"] = customer.id
    for conv, tag in ((ids["conv_a"], "complaint"), (ids["conv_b"], "complaint"),
                      (ids["conv_b"], "refund")):
        ConversationTag.create(conversation=conv, tag=tag)
    Note.create(conversation=ids["conv_b"], body="Called her: sending a new one")
    order = Order.create(number="#1001", channel="web")
    ConversationOrder.create(conversation=ids["conv_a"], order=order, linked_by="auto")
    ConversationOrder.create(conversation=ids["conv_b"], order=order, linked_by="manual")
    Reminder.create(kind="manual", due_at=at + timedelta(days=3), conversation=ids["conv_b"])
    # two messages without any key (written by hand) are two messages, not duplicates
    for text in ("first", "second"):
        old_row(Message, subject="Note to self", text_body=text, date=at)
    assert migrations.schema_version(raw) == 7
    raw.close()
    return ids


def check_merged_at_version_8(url: str, dialect: str) -> None:
    ids = stored_twice_at_version_7(url, dialect)
    upgraded = db.open_database(url)
    assert migrations.schema_version(upgraded) == migrations.CURRENT_VERSION
    keyed = Message.select().where(Message.message_id != "")
    assert sorted(m.message_id for m in keyed) == ["n@x.test", "q@x.test", "r@x.test"]
    assert Message.select().where(Message.message_id == "").count() == 2
    q = Message.get(Message.message_id == "q@x.test")
    assert (q.id, q.is_seen) == (ids["q_a"], True)  # the oldest copy, seen as on the other
    conv = Conversation.get_by_id(ids["conv_a"])  # the oldest conversation
    assert not Conversation.select().where(Conversation.id == ids["conv_b"]).exists()
    assert {m.message_id for m in conv.messages} == {"q@x.test", "r@x.test", "n@x.test"}
    # recomputed from its messages, not the doubled count it had
    assert (conv.message_count, conv.first_reply_at) == (3, q.date + timedelta(hours=2))
    assert conv.customer_id == ids["customer"]
    assert sorted(t.tag for t in conv.tags) == ["complaint", "refund"]
    assert [n.body for n in conv.notes] == ["Called her: sending a new one"]
    assert [(link.order.number, link.linked_by) for link in conv.order_links] == \
        [("#1001", "manual")]
    assert conv.reminders.count() == 1
    places = {(loc.folder.name, loc.uid): loc.message.message_id
              for loc in MessageLocation.select()}
    assert places == {("INBOX", 1): "q@x.test", ("Sent", 1): "r@x.test",
                      ("INBOX", 2): "n@x.test"}
    assert [(a.message_id, a.cached_path) for a in Attachment.select()] == \
        [(ids["q_a"], "cache/foto.jpg")]
    # the event log says each thing once, about what is kept
    arrivals = Event.select().where(Event.kind == "message_in")
    assert [(e.message_id, e.conversation_id) for e in arrivals] == [(ids["q_a"], conv.id)]
    starts = Event.select().where(Event.kind == "clock_started", Event.conversation_id == conv.id)
    # the question's clock once (both conversations had it), the later message's anew
    assert sorted(e.at for e in starts) == [q.date, q.date + timedelta(days=1)]
    assert search.search_messages("stok") == [ids["q_a"]]
    # the later message's ancestors are on record (schema 12)
    refs = MessageReference.select().where(MessageReference.message == ids["n"])
    assert [r.ref for r in refs] == ["q@x.test"]
    # and from now on the database itself refuses a second copy
    with pytest.raises(peewee.IntegrityError), proxy.atomic():
        Message.create(message_id="q@x.test", subject="again")
    upgraded.close()


def test_sqlite_version_7_merges_messages_stored_twice(tmp_path):
    check_merged_at_version_8(f"sqlite:///{tmp_path / 'v7.sqlite3'}", "sqlite")


@pytest.mark.integration
def test_postgresql_version_7_merges_messages_stored_twice(pg_url):
    check_merged_at_version_8(pg_url, "postgresql")


# --- schema 13: each account's waiting-since cut-off ------------------------------------


def check_cutoff_at_version_13(url: str, dialect: str) -> None:
    """An account stored at version 12 keeps counting all its mail after the upgrade (no
    conversation leaves "Waiting on me" by it); an account given a cut-off stops counting
    the customer mail older than it."""
    raw = db.make_database(url)
    raw.connect()
    load_v1(raw, dialect)
    proxy.initialize(raw)
    migrations.migrate(raw, up_to=12)
    assert "counts_from" not in {c.name for c in raw.get_columns("account")}
    raw.execute_sql("INSERT INTO account (name, email, provider, username, imap_host, "
                    "imap_port, imap_security, smtp_host, smtp_port, smtp_security, "
                    "smtp_username, allow_insecure, server_saves_sent, enabled, color, "
                    "signature, created_at) VALUES ('Shop', 'shop@x.test', 'generic', 'shop', "
                    "'127.0.0.1', 993, 'ssl', '', 465, 'ssl', '', FALSE, FALSE, TRUE, '', '', "
                    "'2025-01-01 00:00:00')")
    account_id = raw.execute_sql("SELECT id FROM account").fetchone()[0]
    raw.close()

    upgraded = db.open_database(url)
    assert migrations.schema_version(upgraded) == migrations.CURRENT_VERSION
    account = Account.get_by_id(account_id)
    assert account.counts_from is None
    old = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
    conv = Conversation.create(subject="Stok?", account=account)
    Message.create(account=account, conversation=conv, message_id="old@x.test",
                   sender_email="siti@x.test", date=old, direction="in")
    from seller_desk.core.conversations import state

    assert state.refresh(conv.id).waiting_since == old
    account.counts_from = datetime(2025, 1, 1, tzinfo=UTC)
    account.save()
    assert Account.get_by_id(account_id).counts_from == datetime(2025, 1, 1, tzinfo=UTC)
    assert state.refresh(conv.id).waiting_since is None
    upgraded.close()


def test_sqlite_version_12_gains_the_waiting_since_cutoff(tmp_path):
    check_cutoff_at_version_13(f"sqlite:///{tmp_path / 'v12.sqlite3'}", "sqlite")


@pytest.mark.integration
def test_postgresql_version_12_gains_the_waiting_since_cutoff(pg_url):
    check_cutoff_at_version_13(pg_url, "postgresql")


# --- schema 16: not customers, and mail from known notification senders ----------------


def check_notifications_at_version_16(url: str, dialect: str) -> None:
    """A bank's alert stored at version 15 waited on the seller; after the upgrade it is
    automatic and waits no more, while the customer beside it still waits."""
    from seller_desk.core.conversations import inbox, state

    raw = db.make_database(url)
    raw.connect()
    load_v1(raw, dialect)
    proxy.initialize(raw)
    migrations.migrate(raw, up_to=15)
    assert not raw.table_exists("not_customer")
    when = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    ids = []
    for sender in ("ealert@klikbca.com", "rina@gmail.com"):
        conv = old_row(Conversation, subject=sender)
        old_row(Message, conversation=conv, message_id=f"{sender}-1", sender_email=sender,
                date=when, direction="in")
        ids.append(conv.id)
    raw.close()

    upgraded = db.open_database(url)
    assert migrations.schema_version(upgraded) == migrations.CURRENT_VERSION
    assert upgraded.table_exists("not_customer")
    state.refresh_many(ids)
    assert inbox.page_ids("waiting") == [ids[1]]
    assert Message.get(Message.sender_email == "ealert@klikbca.com").is_auto
    upgraded.close()


def test_sqlite_version_15_stops_known_notifications_waiting(tmp_path):
    check_notifications_at_version_16(f"sqlite:///{tmp_path / 'v15.sqlite3'}", "sqlite")


@pytest.mark.integration
def test_postgresql_version_15_stops_known_notifications_waiting(pg_url):
    check_notifications_at_version_16(pg_url, "postgresql")


# --- schema 17: simulated (demo) accounts -----------------------------------------------


def check_simulated_at_version_17(url: str, dialect: str) -> None:
    """An account stored at version 16 is a real one after the upgrade: it still sends
    through its own server, not the demo's stand-in."""
    raw = db.make_database(url)
    raw.connect()
    load_v1(raw, dialect)
    proxy.initialize(raw)
    migrations.migrate(raw, up_to=16)
    assert "simulated" not in {c.name for c in raw.get_columns("account")}
    account = old_row(Account, name="Shop", email="shop@x.test", username="shop",
                      imap_host="127.0.0.1")
    old_row(Folder, account=account, name="INBOX", role="inbox")
    raw.close()

    upgraded = db.open_database(url)
    assert migrations.schema_version(upgraded) == migrations.CURRENT_VERSION
    assert [a.simulated for a in Account.select()] == [False]
    # the account's folders are still there (rebuilding the table would cascade to them)
    assert [f.name for f in Folder.select()] == ["INBOX"]
    upgraded.close()


def test_sqlite_version_16_accounts_stay_real(tmp_path):
    check_simulated_at_version_17(f"sqlite:///{tmp_path / 'v16.sqlite3'}", "sqlite")


@pytest.mark.integration
def test_postgresql_version_16_accounts_stay_real(pg_url):
    check_simulated_at_version_17(pg_url, "postgresql")


# --- schema 18: each customer's delivery address ---------------------------------------


def test_sqlite_version_17_gains_the_customers_delivery_address(tmp_path):
    """Customers stored at version 17 keep everything and have no address yet."""
    url = f"sqlite:///{tmp_path / 'v17.sqlite3'}"
    raw = db.make_database(url)
    raw.connect()
    load_v1(raw, "sqlite")
    proxy.initialize(raw)
    migrations.migrate(raw, up_to=17)
    assert "address" not in {c.name for c in raw.get_columns("customer")}
    raw.execute_sql("INSERT INTO customer (name, phone, notes, language, country, created_at, "
                    "updated_at) VALUES ('Siti', '+60123456789', '', 'ms', 'MY', "
                    "'2025-01-01 00:00:00', '2025-01-01 00:00:00')")
    raw.close()

    upgraded = db.open_database(url)
    assert migrations.schema_version(upgraded) == migrations.CURRENT_VERSION
    from seller_desk.core.store.models import Customer

    siti = Customer.get()
    assert (siti.name, siti.phone, siti.address) == ("Siti", "+60123456789", None)
    upgraded.close()


# --- schema 19: each order's delivery address ------------------------------------------


def test_sqlite_version_20_orders_gain_a_delivery_address_and_keep_their_items(tmp_path):
    """Orders stored at version 20 keep their items (no table rebuild) and have no address."""
    url = f"sqlite:///{tmp_path / 'v20.sqlite3'}"
    raw = db.make_database(url)
    raw.connect()
    load_v1(raw, "sqlite")
    proxy.initialize(raw)
    migrations.migrate(raw, up_to=20)
    assert "delivery_address" not in {c.name for c in raw.get_columns("order")}
    orders_before = raw.execute_sql('SELECT COUNT(*) FROM "order"').fetchone()[0]
    items_before = raw.execute_sql("SELECT COUNT(*) FROM order_item").fetchone()[0]
    raw.close()

    upgraded = db.open_database(url)
    assert migrations.schema_version(upgraded) == migrations.CURRENT_VERSION
    from seller_desk.core.store.models import Order, OrderItem

    assert Order.select().count() == orders_before
    assert OrderItem.select().count() == items_before
    assert {o.delivery_address for o in Order.select()} <= {None}
    upgraded.close()


def test_sqlite_version_21_gains_the_table_of_owed_links(tmp_path):
    """A database at version 21 gains pending_link, empty: nothing was owed before it."""
    url = f"sqlite:///{tmp_path / 'v21.sqlite3'}"
    raw = db.make_database(url)
    raw.connect()
    load_v1(raw, "sqlite")
    proxy.initialize(raw)
    migrations.migrate(raw, up_to=21)
    assert "pending_link" not in raw.get_tables()
    orders_before = raw.execute_sql('SELECT COUNT(*) FROM "order"').fetchone()[0]
    raw.close()

    upgraded = db.open_database(url)
    assert migrations.schema_version(upgraded) == migrations.CURRENT_VERSION
    from seller_desk.core.shop import linking
    from seller_desk.core.store.models import Order, PendingLink

    assert (PendingLink.select().count(), Order.select().count()) == (0, orders_before)
    assert linking.link_owed() == 0
    upgraded.close()


# --- schema 23: each customer's last contact and search keys, kept by the database ----


def check_customer_keys_at_version_23(url: str, dialect: str) -> None:
    raw = db.make_database(url)
    raw.connect()
    load_v1(raw, dialect)
    proxy.initialize(raw)
    migrations.migrate(raw, up_to=22)
    assert "last_contact_at" not in {c.name for c in raw.get_columns("customer")}
    t0 = datetime(2025, 1, 1, tzinfo=UTC)
    siti = old_row(Customer, name="Siti Aminah", phone="+60123456789", updated_at=t0)
    budi = old_row(Customer, name="Budi", phone="+628123456789", updated_at=t0)
    quiet = old_row(Customer, name="Ros", phone="", updated_at=t0 + timedelta(days=1))
    for hours in (1, 5):
        old_row(Conversation, subject="Tudung", customer=siti.id,
                last_activity_at=t0 + timedelta(days=2, hours=hours))
    old_row(Conversation, subject="Paket", customer=budi.id,
            last_activity_at=t0 + timedelta(days=3))
    addresses_before = raw.execute_sql("SELECT COUNT(*) FROM customer_address").fetchone()[0]
    raw.close()

    upgraded = db.open_database(url)
    assert migrations.schema_version(upgraded) == migrations.CURRENT_VERSION
    got = {c.id: (c.last_contact_at, c.name_key, c.name_rest_key, c.phone_key)
           for c in Customer.select()}
    assert got == {
        siti.id: (t0 + timedelta(days=2, hours=5), "siti aminah", "aminah", "123456789"),
        budi.id: (t0 + timedelta(days=3), "budi", "", "8123456789"),
        quiet.id: (t0 + timedelta(days=1), "ros", "", "")}
    assert upgraded.execute_sql(
        "SELECT COUNT(*) FROM customer_address").fetchone()[0] == addresses_before
    # and the triggers keep them from now on: new mail, an edit
    Conversation.create(subject="Lagi", customer=quiet.id,
                        last_activity_at=t0 + timedelta(days=4))
    Customer.update(phone="+60198887777").where(Customer.id == siti.id).execute()
    got = {c.id: (c.last_contact_at, c.phone_key) for c in Customer.select()}
    assert got[quiet.id] == (t0 + timedelta(days=4), "")
    assert got[siti.id] == (t0 + timedelta(days=2, hours=5), "198887777")
    upgraded.close()


def test_sqlite_version_22_customers_gain_their_kept_last_contact_and_keys(tmp_path):
    check_customer_keys_at_version_23(f"sqlite:///{tmp_path / 'v22.sqlite3'}", "sqlite")


@pytest.mark.integration
def test_postgresql_version_22_customers_gain_their_kept_last_contact_and_keys(pg_url):
    check_customer_keys_at_version_23(pg_url, "postgresql")


# --- schema 24: the change log of a team --------------------------------------------------


def test_sqlite_version_23_gains_an_empty_change_log(tmp_path):
    url = f"sqlite:///{tmp_path / 'v23.sqlite3'}"
    raw = db.make_database(url)
    raw.connect()
    load_v1(raw, "sqlite")
    proxy.initialize(raw)
    migrations.migrate(raw, up_to=23)
    assert "change_log" not in raw.get_tables()
    raw.close()

    upgraded = db.open_database(url)
    from seller_desk.core.store.models import ChangeLog

    assert migrations.schema_version(upgraded) == migrations.CURRENT_VERSION
    assert ChangeLog.select().count() == 0
    upgraded.close()


# --- schema 29: the HTML as received, kept until a message is first shown ----------------


def check_html_unsafe_at_version_29(url: str, dialect: str) -> None:
    raw = db.make_database(url)
    raw.connect()
    load_v1(raw, dialect)
    proxy.initialize(raw)
    migrations.migrate(raw, up_to=28)
    assert "html_unsafe" not in {c.name for c in raw.get_columns("message")}
    cleaned = '<p>Pesanan <a href="https://shop.example/1">#1001</a></p>'
    old = old_row(Message, subject="Pesanan", html_body=cleaned, has_remote_content=True)
    raw.close()

    upgraded = db.open_database(url)
    assert migrations.schema_version(upgraded) == migrations.CURRENT_VERSION
    # mail stored before keeps its cleaned HTML and has nothing left to clean
    kept = Message.get_by_id(old.id)
    assert (kept.html_body, kept.has_remote_content, kept.html_unsafe) == (cleaned, True, "")
    # NOT NULL, as in a fresh database
    with pytest.raises(peewee.IntegrityError), upgraded.atomic():
        upgraded.execute_sql("UPDATE message SET html_unsafe = NULL")
    upgraded.close()


def test_sqlite_version_28_keeps_the_cleaned_html_and_gains_html_as_received(tmp_path):
    check_html_unsafe_at_version_29(f"sqlite:///{tmp_path / 'v28.sqlite3'}", "sqlite")


@pytest.mark.integration
def test_postgresql_version_28_keeps_the_cleaned_html_and_gains_html_as_received(pg_url):
    check_html_unsafe_at_version_29(pg_url, "postgresql")
