"""A sync that meets a full disk or a damaged database file: plain words, nothing lost.

The disk is real (a small tmpfs, see helpers/disks.py) and fills up during a real
``seller-desk sync`` against Dovecot; the damaged file is a real database with one b-tree
page overwritten. Each command runs as the seller runs it, in a process of its own.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from helpers import cli
from helpers.disks import small_disk
from helpers.dovecot import DovecotServer

MESSAGES = 3000


def stats(home: Path) -> dict:
    proc = cli.run(home, "stats", "--json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return json.loads(proc.stdout)


def quick_check(file: Path) -> list[str]:
    con = sqlite3.connect(file)
    try:
        return [row[0] for row in con.execute("PRAGMA quick_check")]
    finally:
        con.close()


# the disk fills at a different moment of the sync each time: the first batches, the
# middle, further on (about 250 messages a MB once the database exists)
@pytest.mark.slow
@pytest.mark.parametrize("size", ["2m", "4m", "7m"])
def test_a_disk_that_fills_during_a_sync_says_so_and_loses_nothing(
        dovecot_server: DovecotServer, tmp_path: Path, size: str) -> None:
    user = dovecot_server.add_user()
    cli.fill_inbox(dovecot_server, user, MESSAGES)
    with small_disk(tmp_path / "disk", size) as disk:
        home = disk.path / "data"
        cli.add_account(home, user)

        full = cli.run(home, "sync", user=user, timeout=300)

        said = cli.assert_plain(full, 2, "no space left on the disk holding", str(home),
                                "free some space", "then sync again", "are kept")
        assert "cannot rollback" not in said and "OperationalError" not in said
        assert disk.free_bytes() < 1024 * 1024  # it really was full
        disk.resize("64m")
        assert quick_check(home / "seller-desk.sqlite3") == ["ok"]
        kept = stats(home)["messages"]
        assert 0 < kept < MESSAGES

        again = cli.run(home, "sync", user=user, timeout=300)

        cli.assert_plain(again, 0, f"{MESSAGES - kept} new")
        after = stats(home)
        assert after["messages"] == MESSAGES
        assert after["conversations"] == MESSAGES  # each from another buyer
        assert after["conversations_waiting"] == MESSAGES  # every one shows as waiting


def damage_one_page(file: Path, table: str) -> int:
    """Overwrite the header of ``table``'s root b-tree page (never page 1, the file's
    own header); returns the page number."""
    con = sqlite3.connect(file)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                           (table,)).fetchone()[0]
        size = con.execute("PRAGMA page_size").fetchone()[0]
    finally:
        con.close()
    assert page > 1
    with open(file, "r+b") as fh:
        fh.seek((page - 1) * size)
        fh.write(b"\x00" * 12)  # page type 0: no b-tree page SQLite knows
    return page


@pytest.mark.slow
def test_a_damaged_database_page_is_named_by_every_command_and_found_by_the_doctor(
        dovecot_server: DovecotServer, tmp_path: Path) -> None:
    user = dovecot_server.add_user()
    cli.fill_inbox(dovecot_server, user, 300)
    home = tmp_path / "data"
    cli.add_account(home, user)
    assert cli.run(home, "sync", user=user).returncode == 0
    file = home / "seller-desk.sqlite3"
    healthy = cli.run(home, "doctor", user=user)
    cli.assert_plain(healthy, 0, "[ok  ] Database", "intact")
    damage_one_page(file, "message")
    cli.fill_inbox(dovecot_server, user, 20, start=300)  # the sync has something to store

    for args in (["sync"], ["stats"], ["stats", "--json"], ["search", "pesanan"]):
        proc = cli.run(home, *args, user=user)
        said = cli.assert_plain(proc, 2, f"The database file {file} is damaged",
                                "restore your latest backup",
                                "Settings > Data and backup > Restore from a backup")
        assert "malformed" not in said  # SQLite's words are for the log

    doctor = cli.run(home, "doctor", user=user)
    said = cli.assert_plain(doctor, 1, "[FAIL] Database", f"{file} is damaged",
                            "restore your latest backup")
    assert "Everything looks fine" not in said
    assert file.stat().st_size > 0  # left as it was, for the seller to keep
