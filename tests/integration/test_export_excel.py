"""The Excel workbook (.xlsx) and the "for Excel" CSV: typed cells read back with openpyxl,
and both files opened by LibreOffice Calc (headless), which must find dates as dates, a
15-digit Lazada order number and a 12-digit tracking number intact, and "×" and Chinese
names unharmed."""

from __future__ import annotations

import shutil
import subprocess
import threading
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from helpers.fixtures import in_ci

from seller_desk import app
from seller_desk.core.conversations import clocks
from seller_desk.core.reports import export
from seller_desk.core.shop import customers, orders, shipping
from seller_desk.core.store import db

KL = clocks.ClockPolicy(country="MY", timezone="Asia/Kuala_Lumpur")
T0 = datetime(2026, 5, 4, 2, 0, tzinfo=UTC)  # 10:00 in Kuala Lumpur
LAZADA = "889406123456789"
TRACKING = "620123456789"


def soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        message = "LibreOffice (soffice) unavailable: install libreoffice-calc-nogui"
        if in_ci():
            pytest.fail(f"{message} (CI=true: a missing test program is a failure)",
                        pytrace=False)
        pytest.skip(message)
    return path


LABELS = export.Labels(
    headers={"order_number": "Nombor pesanan", "status": "Status", "placed_at": "Dibuat",
             "channel": "Saluran"},
    values={"orders.status": {"shipped": "Dihantar"}, "channel": {"lazada": "Lazada"}},
    sheets={"orders": "Pesanan", "order_items": "Barang: pesanan"},
)


@pytest.fixture
def shop(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    clocks.set_policy(KL)
    buyer = customers.create_customer("陈美玲 (Chen Mei Ling)", ["chen@x.test"])
    o = orders.create_order(LAZADA, "lazada", [
        {"title": "Batik sarong", "quantity": 2, "unit_price": "149.00"}],
        placed_at=T0, customer=buyer, shipping_fee="8.00", notes="=1+1")
    orders.change_status(o, "paid", at=T0 + timedelta(hours=1))
    shipping.add_shipment(o, "jnt_my", TRACKING, shipped_at=T0 + timedelta(days=1))
    yield d
    clocks.set_policy(None)
    d.close()


def _sheet_rows(path: Path, title: str | None = None) -> list[list[openpyxl.cell.Cell]]:
    book = openpyxl.load_workbook(path, data_only=True)
    sheet = book[title] if title else book.active
    return [list(row) for row in sheet.iter_rows()]


def test_the_workbook_holds_typed_cells_in_the_sellers_words(shop, tmp_path):
    path = tmp_path / "orders.xlsx"
    assert export.export("orders", None, None, path, file_format="xlsx", labels=LABELS) == 1
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Pesanan"]
    sheet = book["Pesanan"]
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width >= 20
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["Nombor pesanan", "Saluran", "Status", "Dibuat"]
    assert "total" in header  # what has no word keeps its code
    row = {name: cell for name, cell in zip(header, sheet[2], strict=True)}
    assert row["Nombor pesanan"].value == LAZADA and row["Nombor pesanan"].data_type == "s"
    assert row["Status"].value == "Dihantar"
    assert row["Dibuat"].value == datetime(2026, 5, 4, 10, 0)  # local time, a real date
    assert row["Dibuat"].is_date
    assert row["total"].value == Decimal("306") or row["total"].value == 306
    assert row["total"].number_format == '"RM" #,##0.00'
    assert row["item_count"].value == 2
    assert row["tracking_number"].value == TRACKING and row["tracking_number"].data_type == "s"
    assert row["notes"].value == "=1+1" and row["notes"].data_type == "s"  # text, no formula
    assert row["customer"].value == "陈美玲 (Chen Mei Ling)"


def test_the_whole_workbook_has_one_sheet_per_kind(shop, tmp_path):
    path = tmp_path / "all.xlsx"
    export.export("workbook", None, None, path, file_format="xlsx", labels=LABELS)
    names = openpyxl.load_workbook(path).sheetnames
    assert names == ["Pesanan", "Barang  pesanan", "shipments", "conversations",
                     "reminders", "kpis"]
    items = _sheet_rows(path, "Barang  pesanan")
    assert items[1][0].value == LAZADA
    assert [c.value for c in items[1]][6:8] == ["Batik sarong", 2]


@pytest.mark.parametrize("kind", export.KINDS)
def test_every_kind_makes_a_workbook(shop, tmp_path, kind):
    path = tmp_path / f"{kind}.xlsx"
    rows = export.export(kind, None, None, path, file_format="xlsx")
    sheet = openpyxl.load_workbook(path)[kind]
    assert sheet.max_row == rows + 1 and sheet["A1"].value  # a header, and a row per row
    if kind == "kpis":  # the figures are numbers, not texts of numbers
        values = [row[3] for row in sheet.iter_rows(min_row=2, values_only=True)]
        assert any(isinstance(v, (int, float)) for v in values)


def test_the_excel_csv_writes_local_times_text_numbers_and_a_bom(shop, tmp_path):
    path = tmp_path / "orders.csv"
    export.export("orders", None, None, path, for_excel=True, labels=LABELS)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.startswith("Nombor pesanan,Saluran,Status,Dibuat,")
    assert f'"=""{LAZADA}""",Lazada,Dihantar,2026-05-04 10:00:00,' in text
    assert "'=1+1" in text  # the formula guard stays
    plain = tmp_path / "plain.csv"
    export.export("orders", None, None, plain)
    assert plain.read_text(encoding="utf-8").startswith(
        "order_number,channel,status,placed_at,")  # codes stay the default
    assert f"{LAZADA},lazada,shipped,2026-05-04T10:00:00+08:00" in plain.read_text(encoding="utf-8")


def _calc_to_xlsx(source: Path, workdir: Path, infilter: str | None = None) -> Path:
    program = soffice()
    out = workdir / "calc"
    args = [program, f"-env:UserInstallation={(workdir / 'profile').as_uri()}", "--headless"]
    if infilter:
        args.append(f"--infilter={infilter}")
    result = subprocess.run(
        [*args, "--convert-to", "xlsx", "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=180, check=False)
    converted = out / (source.stem + ".xlsx")
    assert converted.exists(), f"soffice failed: {result.stdout}\n{result.stderr}"
    return converted


def test_calc_reads_the_excel_csv_as_dates_text_and_unicode(shop, tmp_path):
    source = tmp_path / "items.csv"
    export.export("order_items", None, None, source, for_excel=True)
    # no charset given: Calc must find UTF-8 from the byte-order mark
    rows = _sheet_rows(_calc_to_xlsx(source, tmp_path, "CSV:44,34,,1"))
    header = [c.value for c in rows[0]]
    row = dict(zip(header, rows[1], strict=True))
    assert row["order_number"].value == LAZADA  # not 8.89406E+14
    assert isinstance(row["order_number"].value, str)
    assert row["placed_at"].value == datetime(2026, 5, 4, 10, 0)
    assert row["customer"].value == "陈美玲 (Chen Mei Ling)"
    assert row["line_total"].value == 298


def test_calc_reads_the_workbook(shop, tmp_path):
    source = tmp_path / "orders.xlsx"
    export.export("orders", None, None, source, file_format="xlsx")
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "orders.xlsx").write_bytes(source.read_bytes())
    rows = _sheet_rows(_calc_to_xlsx(copy / "orders.xlsx", tmp_path))
    header = [c.value for c in rows[0]]
    row = dict(zip(header, rows[1], strict=True))
    assert row["order_number"].value == LAZADA
    assert row["tracking_number"].value == TRACKING
    assert row["placed_at"].value == datetime(2026, 5, 4, 10, 0)
    assert row["customer"].value == "陈美玲 (Chen Mei Ling)"
    assert row["items"].value == "2 × Batik sarong"
    assert row["total"].value == 306


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_a_cancelled_export_leaves_no_file(shop, tmp_path, file_format):
    cancel = threading.Event()
    cancel.set()
    target = tmp_path / f"orders.{file_format}"
    with pytest.raises(export.ExportCancelled):
        export.export("orders", None, None, target, file_format=file_format, cancel=cancel)
    assert not target.exists() and not list(tmp_path.glob("*.part"))


def test_an_unknown_format_is_refused(shop, tmp_path):
    with pytest.raises(export.ValidationError) as info:
        export.export("orders", None, None, tmp_path / "o.ods", file_format="ods")
    assert info.value.msg.id == "export.format_unknown"


def test_the_command_line_writes_a_workbook(shop, tmp_path, capsys):
    path = tmp_path / "cli.xlsx"
    url = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    assert app.main(["--database", url, "export", "workbook", "--format", "xlsx",
                     "-o", str(path)]) == 0
    assert "written to" in capsys.readouterr().out
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "Orders"  # English words from the command line
    assert book["Orders"]["A1"].value == "Order number"
    assert book["Orders"]["A2"].value == LAZADA
    csv_path = tmp_path / "cli.csv"
    assert app.main(["--database", url, "export", "orders", "--for-excel",
                     "-o", str(csv_path)]) == 0
    assert csv_path.read_text(encoding="utf-8-sig").startswith("Order number,Channel,")
    assert app.main(["--database", url, "export", "workbook", "-o", str(csv_path)]) == 2
