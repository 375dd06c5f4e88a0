"""The data folder is private to the user whatever the umask, and an open one left by an
older version is tightened when Seller Desk starts."""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from seller_desk.app import main
from seller_desk.core.common import paths
from seller_desk.core.common.logs import setup_logging
from seller_desk.core.store import db

pytestmark = pytest.mark.skipif(sys.platform == "win32",
                                reason="POSIX modes; Windows keeps the profile private")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture
def log_handlers() -> Iterator[None]:
    """Take away the log handlers added by the test, so the next one starts clean."""
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        yield
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


@pytest.mark.parametrize("umask", [0o022, 0o000, 0o277])
def test_what_seller_desk_creates_is_private_whatever_the_umask(
        seller_desk_home, log_handlers, umask):
    previous = os.umask(umask)
    try:
        home = paths.data_dir()
        handler = setup_logging()
        assert handler is not None
        logging.getLogger("seller_desk.test").warning("Order 240611ABCD for Aminah")
        db.open_database()
        try:
            db.database.execute_sql("CREATE TABLE IF NOT EXISTS probe (x)")
            paths.cache_dir()
            found = {p.relative_to(home).as_posix(): mode(p) for p in home.rglob("*")}
        finally:
            db.close_database()
    finally:
        os.umask(previous)
    assert mode(home) == 0o700
    assert found == {
        "logs": 0o700, "logs/seller-desk.log": 0o600, "cache": 0o700,
        "seller-desk.sqlite3": 0o600,
        "seller-desk.sqlite3-wal": 0o600, "seller-desk.sqlite3-shm": 0o600,
    }


def test_writing_over_an_open_file_makes_it_private(tmp_path):
    target = tmp_path / "attachment.pdf"
    target.write_bytes(b"old")
    target.chmod(0o644)
    paths.write_private(target, b"new")
    assert target.read_bytes() == b"new" and mode(target) == 0o600


def test_an_open_data_folder_left_by_an_older_version_is_tightened_at_start(
        tmp_path, log_handlers):
    home = tmp_path / "old"
    (home / "logs").mkdir(parents=True)
    (home / "cache" / "attachments" / "7").mkdir(parents=True)
    (home / "backups").mkdir()
    (home / "settings.json").write_text("{}")
    for name in ("seller-desk.sqlite3-wal", "logs/seller-desk.log.3",
                 "cache/attachments/7/12-invoice.pdf", "backups/before-restore.sqlite3"):
        (home / name).write_bytes(b"customer data")
    db.open_database(f"sqlite:///{home / 'seller-desk.sqlite3'}").close()
    db.close_database()
    # someone else's things in a folder chosen with --data-dir are not ours to change
    (home / "notes.txt").write_text("mine")
    for path in (home, *home.rglob("*")):
        path.chmod(0o755 if path.is_dir() else 0o644)

    assert main(["--data-dir", str(home), "stats"]) == 0

    assert mode(home) == 0o700
    found = {p.relative_to(home).as_posix(): mode(p) for p in home.rglob("*")}
    assert found.pop("notes.txt") == 0o644
    assert {name for name, m in found.items()
            if m != (0o700 if (home / name).is_dir() else 0o600)} == set()
    assert found["cache/attachments/7/12-invoice.pdf"] == 0o600
    assert found["seller-desk.sqlite3"] == found["seller-desk.sqlite3-wal"] == 0o600
    assert found["logs/seller-desk.log.3"] == found["settings.json"] == 0o600
