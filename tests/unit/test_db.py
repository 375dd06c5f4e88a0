"""The database layer: URLs, pragmas, UTC times, the schema on SQLite."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import peewee
import pytest

from seller_desk.core.common.errors import StorageError
from seller_desk.core.store import db, migrations, session
from seller_desk.core.store.models import (
    Account,
    AppMeta,
    Conversation,
    Customer,
    Folder,
    Message,
    MessageLocation,
    Order,
    OrderItem,
)


@pytest.fixture
def sqlite_db(tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'test.sqlite3'}")
    yield database
    database.close()


def test_default_database_lives_in_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("SELLER_DESK_HOME", str(tmp_path / "home"))
    database = db.open_database()
    try:
        assert (tmp_path / "home" / "seller-desk.sqlite3").exists()
        assert migrations.schema_version(database) == migrations.CURRENT_VERSION
    finally:
        database.close()


def test_sqlite_runs_with_wal_foreign_keys_and_busy_timeout(sqlite_db):
    assert sqlite_db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert sqlite_db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert sqlite_db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 10_000
    assert sqlite_db.execute_sql("PRAGMA user_version").fetchone()[0] == migrations.CURRENT_VERSION


def test_foreign_keys_are_enforced(sqlite_db):
    with pytest.raises(peewee.IntegrityError):
        Folder.create(account=9999, name="INBOX")


def test_times_come_back_as_aware_utc(sqlite_db):
    kl = timezone(timedelta(hours=8))
    conv = Conversation.create(waiting_since=datetime(2026, 3, 1, 9, 30, tzinfo=kl))
    again = Conversation.get_by_id(conv.id)
    assert again.waiting_since == datetime(2026, 3, 1, 1, 30, tzinfo=UTC)
    assert again.waiting_since.tzinfo is not None


def test_utc_times_sort_correctly_in_sql(sqlite_db):
    base = datetime(2026, 1, 1, tzinfo=UTC)
    for offset in (timedelta(seconds=1), timedelta(0), timedelta(microseconds=5)):
        Conversation.create(last_activity_at=base + offset)
    order = [c.last_activity_at for c in Conversation.select().order_by(
        Conversation.last_activity_at)]
    assert order == sorted(order)


def test_one_message_in_two_folders_is_stored_once(sqlite_db):
    acc = Account.create(name="Shop", email="shop@example.test", username="shop",
                         imap_host="127.0.0.1")
    inbox = Folder.create(account=acc, name="INBOX", role="inbox")
    archive = Folder.create(account=acc, name="Archive", role="archive")
    msg = Message.create(account=acc, message_id="a@b", subject="Hello")
    MessageLocation.create(message=msg, folder=inbox, uid=1)
    MessageLocation.create(message=msg, folder=archive, uid=7)
    assert Message.select().count() == 1
    assert {loc.folder.name for loc in msg.locations} == {"INBOX", "Archive"}
    with pytest.raises(peewee.IntegrityError):
        MessageLocation.create(message=msg, folder=inbox, uid=1)


def test_order_numbers_are_unique_per_channel_and_money_is_exact(sqlite_db):
    cust = Customer.create(name="Siti")
    order = Order.create(number="#1001", channel="web", customer=cust, currency="MYR",
                         total=Decimal("149.90"))
    OrderItem.create(order=order, title="Batik scarf", quantity=2, unit_price=Decimal("74.95"))
    Order.create(number="#1001", channel="shopee", currency="MYR")
    with pytest.raises(peewee.IntegrityError):
        Order.create(number="#1001", channel="web", currency="MYR")
    assert Order.get_by_id(order.id).total == Decimal("149.90")
    assert order.items[0].unit_price * 2 == Decimal("149.90")


def test_names_in_any_script_round_trip(sqlite_db):
    for name in ("陈美玲", "Nguyễn Thị Lan", "Nur Aisyah binti Ahmad", "Ahmad 😊"):
        Customer.create(name=name)
    assert sorted(c.name for c in Customer.select()) == sorted(
        ["陈美玲", "Nguyễn Thị Lan", "Nur Aisyah binti Ahmad", "Ahmad 😊"])


def test_unknown_url_scheme_is_a_plain_error():
    with pytest.raises(StorageError, match="cannot open a database of type 'mysql'"):
        db.make_database("mysql://localhost/x")


def test_a_file_that_is_not_a_database_is_explained(tmp_path):
    bad = tmp_path / "broken.sqlite3"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError) as err:
        db.open_database(f"sqlite:///{bad}")
    assert "not a Seller Desk database or it is damaged" in err.value.text()
    assert bad.read_bytes().startswith(b"this is not sqlite")  # nothing overwritten


def test_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "newer.sqlite3"
    database = db.open_database(f"sqlite:///{path}")
    AppMeta.update(value=str(migrations.CURRENT_VERSION + 1)).where(
        AppMeta.key == migrations.VERSION_KEY).execute()
    database.close()
    with pytest.raises(StorageError, match="newer Seller Desk"):
        db.open_database(f"sqlite:///{path}")


def test_redact_url_hides_the_password():
    assert db.redact_url("postgresql://shop:s3cret@db.local:5432/desk") == \
        "postgresql://shop:***@db.local:5432/desk"


def test_writers_on_two_threads_wait_for_each_other_instead_of_failing(tmp_path):
    """Ensure read-then-write transactions on two threads never see "database is locked"."""
    import threading

    from seller_desk.core.store.models import database

    db.open_database(f"sqlite:///{tmp_path / 'busy.sqlite3'}")
    conv = Conversation.create(subject="x", message_count=0)
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def bump() -> None:
        try:
            start.wait()
            for _ in range(25):
                with database.atomic():
                    current = Conversation.get_by_id(conv.id).message_count
                    Conversation.update(message_count=current + 1).where(
                        Conversation.id == conv.id).execute()
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)
        finally:
            database.close()

    threads = [threading.Thread(target=bump) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert Conversation.get_by_id(conv.id).message_count == 100
    database.close()


def test_close_connection_closes_only_the_calling_threads_connection(sqlite_db):
    Account.select().count()  # this thread's connection is open
    worker_state: dict[str, bool] = {}

    def worker() -> None:
        Customer.select().count()
        worker_state["open before"] = not sqlite_db.is_closed()
        session.close_connection()
        worker_state["closed after"] = sqlite_db.is_closed()
        session.close_connection()  # a second call is harmless

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert worker_state == {"open before": True, "closed after": True}
    assert not sqlite_db.is_closed()  # the main thread's connection is untouched
    session.close_connection()
    assert sqlite_db.is_closed()
    assert Account.select().count() == 0  # the next query opens a connection again


def _fill(count: int = 10_000) -> None:
    for i in range(count):
        AppMeta.insert(key=f"filler-{i}", value="x" * 2000).execute()


@pytest.mark.parametrize("nested", [False, True], ids=["transaction", "savepoint"])
def test_a_full_database_says_full_not_cannot_rollback(sqlite_db, nested):
    """SQLite ends the transaction itself when it runs out of room; the ROLLBACK that
    followed failed and its "cannot rollback - no transaction is active" hid the reason.
    (max_page_count makes the database full without a full disk.)"""
    before = AppMeta.select().count()
    sqlite_db.execute_sql("PRAGMA max_page_count = 600")
    with pytest.raises(peewee.OperationalError) as caught, sqlite_db.atomic():
        if nested:
            with sqlite_db.atomic():
                _fill()
        else:
            _fill()
    assert str(caught.value) == "database or disk is full"
    assert AppMeta.select().count() == before  # all of it undone, nothing half written
    error = db.storage_error(caught.value)
    assert error is not None and error.kind == "disk_full"
    assert "no space left on the disk holding" in error.message


def test_failures_that_are_not_the_databases_are_left_alone(sqlite_db):
    assert db.storage_error(ValueError("a bug")) is None
    assert db.storage_error(peewee.IntegrityError("UNIQUE constraint failed")) is None
    wrapped = RuntimeError("later")
    wrapped.__context__ = peewee.DatabaseError("database disk image is malformed")
    error = db.storage_error(wrapped)
    assert error is not None and error.kind == "damaged"


def test_an_intact_database_passes_sqlites_check(sqlite_db):
    assert db.integrity_problems(sqlite_db) == []


def test_once_sqlite_has_ended_a_transaction_nothing_more_of_it_is_written(sqlite_db):
    """A handler that swallows a failure inside a transaction (the linking's guard does,
    so a linking bug never loses mail) must not carry on outside it: SQLite has rolled
    everything back, and each later statement would be saved alone, half a batch."""
    sqlite_db.execute_sql("PRAGMA max_page_count = 600")
    with pytest.raises(peewee.OperationalError) as caught, sqlite_db.atomic():
        AppMeta.insert(key="first", value="1").execute()
        try:
            with sqlite_db.atomic():
                _fill()
        except peewee.OperationalError:
            pass  # swallowed
        AppMeta.insert(key="second", value="2").execute()
    assert AppMeta.select().where(AppMeta.key.in_(["first", "second"])).count() == 0
    error = db.storage_error(caught.value)
    assert error is not None and error.kind == "disk_full"
    # and the next transaction works as ever
    sqlite_db.execute_sql("PRAGMA max_page_count = 1073741823")
    with sqlite_db.atomic():
        AppMeta.insert(key="third", value="3").execute()
    assert AppMeta.get_by_id("third").value == "3"



def test_a_database_at_today_s_schema_opens_without_the_migration_code(tmp_path):
    """Ensure opening an SQLite database already at today's schema (every command, every
    start) imports none of the migrations, and one a version behind is still upgraded."""
    import json
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    code = ("import json, sys; from seller_desk.core.store import db; "
            "d = db.open_database(sys.argv[1]); "
            "version = db.schema_version(d); d.close(); "
            "print(json.dumps([str(version), 'seller_desk.core.store.migrations' in sys.modules]))")

    def opened() -> list[object]:
        done = subprocess.run([sys.executable, "-c", code, url], capture_output=True,
                              text=True, timeout=120, check=True)
        return json.loads(done.stdout)

    current = str(migrations.CURRENT_VERSION)
    assert opened() == [current, True]  # created: by the migrations
    assert opened() == [current, False]
    database = db.open_database(url)
    try:
        assert db._current_version_found(database) == migrations.CURRENT_VERSION
        for other in (migrations.CURRENT_VERSION - 1, migrations.CURRENT_VERSION + 1):
            AppMeta.update(value=str(other)).where(
                AppMeta.key == migrations.VERSION_KEY).execute()
            assert db._current_version_found(database) is None  # the migrations decide
            assert db.schema_version(database) == other
    finally:
        database.close()
    empty = peewee.SqliteDatabase(str(tmp_path / "empty.sqlite3"))
    assert db._current_version_found(empty) is None
    empty.close()


def test_bulk_storing_checkpoints_less_and_puts_the_setting_back(sqlite_db):
    def pages() -> int:
        return sqlite_db.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0]

    before = pages()
    with db.fewer_checkpoints():
        assert pages() == db.BULK_CHECKPOINT_PAGES
        with db.fewer_checkpoints():  # a fetch inside a sync: the outer one decides
            assert pages() == db.BULK_CHECKPOINT_PAGES
        assert pages() == db.BULK_CHECKPOINT_PAGES
    assert pages() == before
