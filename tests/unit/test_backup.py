"""One-click backup and restore of the SQLite database."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from seller_desk.core.store import backup, db, migrations
from seller_desk.core.store.models import AppMeta, Customer, Order


@pytest.fixture
def live(tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'live.sqlite3'}")
    Customer.create(name="Siti Aminah")
    Order.create(number="2411220001", channel="shopee")
    yield database
    database.close()


def test_a_backup_is_one_self_contained_file_with_everything(live, tmp_path):
    target = tmp_path / "out" / "shop.sqlite3"
    seen = []
    info = backup.backup_database(target, progress=lambda d, t, _x: seen.append((d, t)))
    assert target.exists()
    assert not (tmp_path / "out" / "shop.sqlite3-wal").exists()
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["shop.sqlite3"]
    assert info.schema_version == migrations.CURRENT_VERSION
    assert info.counts["customer"] == 1 and info.counts["order"] == 1
    assert seen and seen[-1][0] == seen[-1][1] > 0
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute('SELECT name FROM customer').fetchall() == [("Siti Aminah",)]
    conn.close()


def test_a_name_without_suffix_gets_one(live, tmp_path):
    info = backup.backup_database(tmp_path / "monday")
    assert info.path.name == "monday.sqlite3"


def test_restore_brings_back_the_backup_and_keeps_the_current_data_aside(live, tmp_path):
    saved = tmp_path / "saved.sqlite3"
    backup.backup_database(saved)
    Customer.create(name="Budi Santoso")
    Order.delete().execute()
    assert Customer.select().count() == 2

    result = backup.restore_database(saved)

    assert sorted(c.name for c in Customer.select()) == ["Siti Aminah"]
    assert Order.select().count() == 1
    assert result.restored.counts["customer"] == 1
    assert result.previous_copy.parent == backup.backups_dir()
    kept = sqlite3.connect(result.previous_copy)
    assert sorted(r[0] for r in kept.execute("SELECT name FROM customer")) == [
        "Budi Santoso", "Siti Aminah"]
    kept.close()


def test_another_connection_sees_the_restored_data(live, tmp_path):
    saved = tmp_path / "saved.sqlite3"
    backup.backup_database(saved)
    Customer.create(name="Budi Santoso")
    seen: list[int] = []

    def count_from_another_thread() -> None:
        seen.append(Customer.select().count())
        live.close()  # this thread's own connection

    backup.restore_database(saved)
    worker = threading.Thread(target=count_from_another_thread)
    worker.start()
    worker.join()
    assert seen == [1]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"name,total\nSiti,10\n", "not a Seller Desk backup"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "damaged"),
    ],
)
def test_restore_refuses_a_file_that_is_not_a_backup(live, tmp_path, content, message):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    with pytest.raises(backup.BackupError, match=message):
        backup.restore_database(bad)
    assert Customer.select().count() == 1
    assert not list(backup.backups_dir().iterdir())


def test_restore_refuses_a_foreign_sqlite_database(live, tmp_path):
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(backup.BackupError, match="not a Seller Desk backup"):
        backup.inspect_backup(other)


def test_restore_refuses_a_backup_from_a_newer_version(live, tmp_path):
    saved = tmp_path / "saved.sqlite3"
    backup.backup_database(saved)
    conn = sqlite3.connect(saved)
    conn.execute("UPDATE app_meta SET value = ? WHERE key = ?",
                 (str(migrations.CURRENT_VERSION + 1), migrations.VERSION_KEY))
    conn.commit()
    conn.close()
    with pytest.raises(backup.BackupError, match="newer Seller Desk"):
        backup.restore_database(saved)
    assert AppMeta.get(AppMeta.key == migrations.VERSION_KEY).value == str(
        migrations.CURRENT_VERSION)


def test_a_missing_file_is_explained(live, tmp_path):
    with pytest.raises(backup.BackupError, match="does not exist"):
        backup.inspect_backup(tmp_path / "nothing.sqlite3")


def test_a_backup_with_another_page_size_is_restored(live, tmp_path):
    saved = tmp_path / "saved.sqlite3"
    backup.backup_database(saved)
    conn = sqlite3.connect(saved)
    conn.execute("PRAGMA page_size = 8192")
    conn.execute("VACUUM")
    conn.close()
    Customer.delete().execute()
    backup.restore_database(saved)
    assert [c.name for c in Customer.select()] == ["Siti Aminah"]


def test_the_open_database_is_not_a_backup_target(live, tmp_path):
    with pytest.raises(backup.BackupError, match="has open"):
        backup.backup_database(tmp_path / "live.sqlite3")


def test_cancelling_a_backup_leaves_no_file(live, tmp_path):
    for i in range(3000):  # enough pages for several steps
        Customer.create(name=f"Customer {i}", notes="x" * 200)
    cancelled = threading.Event()

    def progress(done: int, total: int, _text: str) -> None:
        cancelled.set()

    progress.cancelled = cancelled  # type: ignore[attr-defined]
    with pytest.raises(backup.BackupError, match="cancelled"):
        backup.backup_database(tmp_path / "out" / "big.sqlite3", progress=progress)
    assert not list((tmp_path / "out").iterdir())


def test_a_team_database_is_refused_with_the_server_hint():
    import peewee

    with pytest.raises(backup.BackupError) as caught:
        backup.backup_database("x.sqlite3", db=peewee.PostgresqlDatabase("shop"))
    assert "pg_dump" in caught.value.hint


def test_a_damaged_database_is_restored_from_its_backup(tmp_path):
    """What the seller is told to do when a page of the database is damaged (db.py's
    DAMAGED_HINT) works: the window's restore replaces the damaged file's contents."""
    path = tmp_path / "live.sqlite3"
    database = db.open_database(f"sqlite:///{path}")
    for i in range(400):
        Customer.create(name=f"Pelanggan {i}", notes="x" * 200)
    saved = tmp_path / "saved.sqlite3"
    backup.backup_database(saved)
    database.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'customer'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * size)
        fh.write(b"\x00" * 12)
    database = db.open_database(f"sqlite:///{path}")
    try:
        assert db.integrity_problems(database)
        backup.restore_database(saved)
        assert db.integrity_problems(database) == []
        assert Customer.select().count() == 400
    finally:
        database.close()
