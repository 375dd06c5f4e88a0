"""Every migration step upgrades a real version-1 database to the current schema."""

from __future__ import annotations

from pathlib import Path

import peewee
import pytest

from seller_desk.core.store import db, migrations, search
from seller_desk.core.store.models import (
    Account,
    Conversation,
    Folder,
    Message,
    Order,
    OrderItem,
    UndeliveredMessage,
    VanishedCopy,
)

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


def check_v1_upgrade(url_v1: str, url_fresh: str, dialect: str) -> None:
    raw = db.make_database(url_v1)
    raw.connect()
    load_v1(raw, dialect)
    from seller_desk.core.store.models import database as proxy

    proxy.initialize(raw)
    conv = Conversation.create(subject="Old conversation")
    Message.create(conversation=conv, subject="Pesanan lama", text_body="barang sudah sampai")
    Message.create(conversation=conv, subject="Panjang", text_body="kain " * 10_000)
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
    upgraded_columns = columns(upgraded)
    upgraded.close()

    fresh = db.open_database(url_fresh)
    fresh_columns = columns(fresh)
    fresh.close()
    assert upgraded_columns == fresh_columns


def test_sqlite_version_1_upgrades_to_current(tmp_path):
    check_v1_upgrade(f"sqlite:///{tmp_path / 'v1.sqlite3'}",
                     f"sqlite:///{tmp_path / 'fresh.sqlite3'}", "sqlite")


@pytest.mark.integration
def test_postgresql_version_1_upgrades_to_current(pg_url_factory):
    check_v1_upgrade(pg_url_factory(), pg_url_factory(), "postgresql")


def test_each_version_has_exactly_one_step():
    assert sorted(migrations.STEPS) == list(range(2, migrations.CURRENT_VERSION + 1))
