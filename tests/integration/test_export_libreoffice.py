"""Exported CSV files open in LibreOffice Calc (headless) with the right columns, non-ASCII
names intact and formula-looking cells kept as text."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers.fixtures import in_ci

from seller_desk.core.conversations import clocks
from seller_desk.core.reports import export
from seller_desk.core.shop import customers, orders, shipping
from seller_desk.core.store import db

KL = clocks.ClockPolicy(country="MY", timezone="Asia/Kuala_Lumpur")
T0 = datetime(2026, 5, 4, 2, 0, tzinfo=UTC)
NAMES = ["陈美玲 (Chen Mei Ling)", "Nguyễn Thị Lan", "Nur Aisyah binti Ahmad"]
# LibreOffice CSV filter options: separator (ASCII code), text quote ("), charset 76 = UTF-8,
# start at line 1; for the written copy also: raw values, no formulas
WRITE_OPTIONS = "44,34,76,1,,0,false,true,false,false"


def soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        message = "LibreOffice (soffice) unavailable: install libreoffice-calc-nogui"
        if in_ci():
            pytest.fail(f"{message} (CI=true: a missing test program is a failure)",
                        pytrace=False)
        pytest.skip(message)
    return path


def open_in_calc(program: str, source: Path, separator: str, workdir: Path) -> list[list[str]]:
    """Let Calc import ``source`` as a seller would (UTF-8, their separator) and save the
    sheet again as plain CSV, which we read back."""
    out = workdir / "calc"
    result = subprocess.run(
        [program, f"-env:UserInstallation={(workdir / 'profile').as_uri()}", "--headless",
         f"--infilter=CSV:{ord(separator)},34,76,1",
         "--convert-to", f"csv:Text - txt - csv (StarCalc):{WRITE_OPTIONS}",
         "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=180, check=False,
    )
    converted = out / source.name
    assert converted.exists(), f"soffice failed: {result.stdout}\n{result.stderr}"
    with open(converted, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


@pytest.fixture
def shop(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    clocks.set_policy(KL)
    for n, name in enumerate(NAMES):
        buyer = customers.create_customer(name, [f"buyer{n}@x.test"])
        o = orders.create_order(f"#12{n:02d}", "web", [
            {"title": "Batik sarong (batik tulis)", "quantity": n + 1, "unit_price": "149.00"}],
            placed_at=T0 + timedelta(hours=n), customer=buyer, shipping_fee="8.00",
            notes="=1+1" if n == 0 else "")
        orders.change_status(o, "paid", at=T0 + timedelta(hours=n + 1))
        shipping.add_shipment(o, "poslaju", f"EN12345678{n}MY", shipped_at=T0 + timedelta(days=1))
    yield d
    clocks.set_policy(None)
    d.close()


@pytest.mark.parametrize(("separator", "bom"), [(";", True), (",", False)])
def test_calc_opens_the_orders_export_column_for_column(shop, tmp_path, separator, bom):
    program = soffice()
    source = tmp_path / "orders.csv"
    export.export("orders", None, None, source, bom=bom, separator=separator)
    with open(source, encoding="utf-8-sig", newline="") as fh:
        ours = list(csv.reader(fh, delimiter=separator))
    calc = open_in_calc(program, source, separator, tmp_path)
    assert calc[0] == ours[0]  # the header, with no byte-order mark in the first name
    assert len(calc) == len(ours) == len(NAMES) + 1
    assert all(len(row) == len(ours[0]) for row in calc)
    header = ours[0]
    col = {name: header.index(name) for name in ("customer", "total", "notes",
                                                 "tracking_number", "items")}
    assert [row[col["customer"]] for row in calc[1:]] == NAMES
    assert [float(row[col["total"]]) for row in calc[1:]] == [157.0, 306.0, 455.0]
    assert calc[1][col["notes"]] == "'=1+1"  # text, not the formula's result
    assert calc[1][col["tracking_number"]] == "EN123456780MY"
    assert calc[2][col["items"]] == "2 × Batik sarong (batik tulis)"
