"""``seller-desk import FILE [--source NAME] [--dry-run]``: the window's import from the
command line, in plain words."""

from __future__ import annotations

import subprocess
import sys

from helpers import exports as ex

from seller_desk.core.store import db
from seller_desk.core.store.models import Order, Shipment


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "seller_desk", *args], capture_output=True,
                          text=True, timeout=120)


ORDERS = [
    dict(number="261103CLI1", status="Shipping", tracking="SPXMY0001112223",
         courier="SPX Express", name="Siti", phone="0123456789",
         items=[("Batik scarf", "BTK", 2, 45.9)]),
    dict(number="261103CLI2", items=[("Songket", "SG", "x", 120)]),
]


def test_dry_run_says_what_would_happen_and_writes_nothing(tmp_path, seller_desk_home):
    path = ex.write_xlsx(tmp_path / "Order.all.xlsx", ex.shopee_rows(ORDERS))
    done = run("import", str(path), "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "Would import: 1 new, 0 updated, 0 unchanged, 1 refused." in done.stdout
    assert "Refused order 261103CLI2 (row 3): The quantity “x” is not a whole number" in done.stdout
    database = db.open_database()
    assert Order.select().count() == 0
    database.close()


def test_import_writes_and_a_second_run_changes_nothing(tmp_path, seller_desk_home):
    path = ex.write_xlsx(tmp_path / "Order.all.xlsx", ex.shopee_rows(ORDERS))
    first = run("import", str(path), "--source", "shopee")
    assert first.returncode == 0, first.stderr
    assert "Imported: 1 new, 0 updated, 0 unchanged, 1 refused." in first.stdout
    second = run("import", str(path))
    assert "Imported: 0 new, 0 updated, 1 unchanged, 1 refused." in second.stdout
    database = db.open_database()
    assert [(o.number, o.status) for o in Order.select()] == [("261103CLI1", "shipped")]
    assert Shipment.select().count() == 1
    database.close()


def test_an_unknown_source_or_file_is_told_in_plain_words(tmp_path, seller_desk_home):
    path = ex.write_xlsx(tmp_path / "Order.all.xlsx", ex.shopee_rows(ORDERS))
    wrong = run("import", str(path), "--source", "amazon")
    assert wrong.returncode == 2
    assert "“amazon” is not an import source Seller Desk knows." in wrong.stderr
    assert "Traceback" not in wrong.stderr
    strange = ex.write_csv(tmp_path / "notes.csv", [["a", "b", "c"], ["1", "2", "3"]])
    unknown = run("import", str(strange))
    assert unknown.returncode == 2
    assert "does not recognise the columns of notes.csv" in unknown.stderr
