"""CSV export: every kind reads back with the csv module; BOM, separator, decimal comma,
ISO 8601 times, formula injection neutralised, no half files, and the command line."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta

import pytest

from seller_desk import app
from seller_desk.cli import export as export_cli
from seller_desk.core.common.errors import UserError, ValidationError
from seller_desk.core.conversations import clocks
from seller_desk.core.conversations import state as conversations
from seller_desk.core.followups import reminders
from seller_desk.core.reports import export
from seller_desk.core.shop import customers, orders, shipping
from seller_desk.core.store import db
from seller_desk.core.store.models import Conversation, Message, OrderItem

KL = clocks.ClockPolicy(country="MY", timezone="Asia/Kuala_Lumpur")
T0 = datetime(2026, 5, 4, 2, 0, tzinfo=UTC)  # 10:00 in Kuala Lumpur


@pytest.fixture
def shop(tmp_path):
    d = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    clocks.set_policy(KL)
    buyer = customers.create_customer("陈美玲 (Chen Mei Ling)", ["chen@qq.com"],
                                      phone="+60123456789")
    evil = customers.create_customer("=HYPERLINK(\"http://x.test\",\"win\")", ["evil@x.test"])
    o = orders.create_order("#1201", "web", [
        {"title": "Batik sarong, hand-drawn", "sku": "BTK-SRG-01", "quantity": 2,
         "unit_price": "149.00"},
        {"title": "-Pandan soap", "quantity": 1, "unit_price": "25.50"},
    ], placed_at=T0, customer=buyer, shipping_fee="8", notes="@ring first")
    orders.change_status(o, "paid", at=T0 + timedelta(hours=1))
    shipping.add_shipment(o, "poslaju", "EN123456789MY", shipped_at=T0 + timedelta(hours=5))
    orders.create_order("+60-77", "whatsapp", [{"title": "Kopi", "unit_price": "32"}],
                        placed_at=T0 + timedelta(days=1), customer=evil)
    orders.create_order("#0999", "web", [{"title": "Old"}], placed_at=T0 - timedelta(days=40))
    conv = Conversation.create(subject="Warna sarung", customer=buyer)
    Message.create(conversation=conv, direction="in", date=T0, sender_email="chen@qq.com")
    Message.create(conversation=conv, direction="out", date=T0 + timedelta(hours=3))
    conversations.refresh(conv)
    reminders.add_manual(T0 + timedelta(days=1), "\tCall Chen", customer=buyer)
    yield d
    clocks.set_policy(None)
    d.close()


def read(path, separator=",", bom=False) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == bom
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=separator))


def as_dicts(rows: list[list[str]]) -> list[dict[str, str]]:
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def test_orders_read_back_with_items_iso_times_and_non_ascii_names(shop, tmp_path):
    path = tmp_path / "orders.csv"
    n = export.export("orders", date(2026, 5, 1), date(2026, 5, 31), path)
    rows = as_dicts(read(path))
    assert n == len(rows) == 2  # the April order is outside the period
    first = rows[0]
    assert first["order_number"] == "#1201" and first["customer"] == "陈美玲 (Chen Mei Ling)"
    assert first["items"] == "2 × Batik sarong, hand-drawn [BTK-SRG-01]; 1 × -Pandan soap"
    assert (first["subtotal"], first["shipping_fee"], first["total"]) == (
        "323.50", "8.00", "331.50")
    assert first["placed_at"] == "2026-05-04T10:00:00+08:00"
    assert datetime.fromisoformat(first["paid_at"]) == T0 + timedelta(hours=1)
    assert (first["courier"], first["tracking_number"]) == ("poslaju", "EN123456789MY")
    assert first["notes"] == "'@ring first"


def test_cells_that_would_run_as_formulas_are_neutralised(shop, tmp_path):
    path = tmp_path / "o.csv"
    export.export("orders", None, None, path)
    second = as_dicts(read(path))[-1]
    assert second["customer"].startswith("'=HYPERLINK(")
    assert second["order_number"] == "'+60-77"
    items = tmp_path / "i.csv"
    export.export("order_items", None, None, items)
    titles = [r["title"] for r in as_dicts(read(items))]
    assert "'-Pandan soap" in titles
    for cell in (c for row in read(path) + read(items) for c in row):
        assert not cell or cell[0] not in "=+-@\t\r" or cell == ""


def test_bom_semicolon_and_decimal_comma_for_excel(shop, tmp_path):
    path = tmp_path / "excel.csv"
    export.export("orders", None, None, path, bom=True, separator=";", decimal_separator=",")
    rows = as_dicts(read(path, ";", bom=True))
    assert rows[1]["total"] == "331,50"
    with pytest.raises(ValidationError) as err:
        export.export("orders", None, None, path, separator=",", decimal_separator=",")
    assert err.value.field == "decimal_separator"
    with pytest.raises(ValidationError):
        export.export("orders", None, None, path, separator="ab")


@pytest.mark.parametrize(("kind", "column"), [
    ("order_items", "line_total"), ("shipments", "tracking_url"),
    ("conversations", "first_reply_hours"), ("reminders", "state"),
    ("kpis", "statistic"), ("events", "kind"),
])
def test_every_kind_reads_back(shop, tmp_path, kind, column):
    path = tmp_path / f"{kind}.csv"
    progress: list[tuple[int, int]] = []
    n = export.export(kind, None, None, path, progress=lambda d, t: progress.append((d, t)))
    rows = read(path)
    assert column in rows[0]
    assert n == len(rows) - 1 > 0
    assert progress[-1] == (n, n)
    width = len(rows[0])
    assert all(len(r) == width for r in rows)


def test_conversation_rows_carry_both_clocks(shop, tmp_path):
    path = tmp_path / "c.csv"
    export.export("conversations", None, None, path)
    (row,) = as_dicts(read(path))
    assert (row["first_reply_hours"], row["first_reply_business_hours"]) == ("3.0", "3.0")
    assert row["customer"] == "陈美玲 (Chen Mei Ling)"


def test_a_failed_export_leaves_no_file(shop, tmp_path):
    with pytest.raises(UserError):
        export.export("orders", None, None, tmp_path / "missing" / "o.csv")
    with pytest.raises(ValidationError):
        export.export("customers", None, None, tmp_path / "x.csv")
    assert not list(tmp_path.glob("*.part")) and not (tmp_path / "x.csv").exists()


def test_the_command_line_writes_the_file(shop, tmp_path, capsys):
    path = tmp_path / "cli.csv"
    url = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    code = app.main(["--database", url, "export", "orders", "--from", "2026-05-01",
                     "--to", "2026-05-04", "-o", str(path), "--separator", ";", "--bom"])
    assert code == 0
    assert "1 orders row(s)" in capsys.readouterr().out
    assert as_dicts(read(path, ";", bom=True))[0]["order_number"] == "#1201"
    assert export_cli.KINDS == export.KINDS
    assert app.main(["--database", url, "export", "orders", "-o",
                     str(tmp_path / "no" / "x.csv")]) == 2


@pytest.mark.parametrize("decimal_separator", [".", ","])
def test_the_fast_sqlite_path_writes_the_same_file_as_the_general_one(
        shop, tmp_path, monkeypatch, decimal_separator):
    fast, general = tmp_path / "fast.csv", tmp_path / "general.csv"
    export.export("orders", None, None, fast, separator=";",
                  decimal_separator=decimal_separator)
    monkeypatch.setattr(export, "FAST_SQLITE", False)
    export.export("orders", None, None, general, separator=";",
                  decimal_separator=decimal_separator)
    assert fast.read_bytes() == general.read_bytes()
    assert len(read(fast, ";")) == 4


@pytest.mark.parametrize("separator", [",", "\t", "|"])
def test_the_fast_sqlite_path_quotes_cells_like_the_csv_writer(
        shop, tmp_path, monkeypatch, separator):
    orders.create_order("#2001", "web", [{"title": f"Scarf{separator} \"red\"", "sku": "S1"}],
                        placed_at=T0 + timedelta(hours=2), notes="line one\r\nline two")
    orders.create_order("#2002", "web", [{"title": "Plain"}], placed_at=T0 + timedelta(hours=2))
    fast, general = tmp_path / "fast.csv", tmp_path / "general.csv"
    export.export("orders", None, None, fast, separator=separator)
    monkeypatch.setattr(export, "FAST_SQLITE", False)
    export.export("orders", None, None, general, separator=separator)
    assert fast.read_bytes() == general.read_bytes()
    rows = as_dicts(read(fast, separator))
    # same placing time: id order
    assert [r["order_number"] for r in rows] == ["#0999", "#1201", "#2001", "#2002", "'+60-77"]
    odd = rows[2]
    assert odd["notes"] == "line one\r\nline two" and f"Scarf{separator} \"red\"" in odd["items"]
    # a batch without a cell to quote
    old_only = T0 - timedelta(days=1)
    export.export("orders", None, old_only, general, separator=separator)
    monkeypatch.setattr(export, "FAST_SQLITE", True)
    export.export("orders", None, old_only, fast, separator=separator)
    assert fast.read_bytes() == general.read_bytes()
    assert [r[0] for r in read(fast, separator)] == ["order_number", "#0999"]


def test_the_fast_sqlite_path_takes_the_first_parcel_and_lists_items_in_order(
        shop, tmp_path, monkeypatch):
    o = orders.create_order("#3001", "web", [
        {"title": "Zeta", "quantity": 3}, {"title": "Alpha", "sku": "A1", "quantity": 2},
    ], placed_at=T0 + timedelta(hours=3))
    shipping.add_shipment(o, "poslaju", "EN111111111MY", shipped_at=T0 + timedelta(hours=9))
    shipping.add_shipment(o, "poslaju", "EN000000002MY", shipped_at=T0 + timedelta(hours=4))
    bare = orders.create_order("#3002", "web", [{"title": "Gone"}],
                               placed_at=T0 + timedelta(hours=3))
    # an imported order can come without items
    OrderItem.delete().where(OrderItem.order == bare.id).execute()
    for start, end in ((None, None), (T0, T0 + timedelta(hours=4)),
                       (T0 + timedelta(days=5), None)):
        fast, general = tmp_path / "fast.csv", tmp_path / "general.csv"
        monkeypatch.setattr(export, "FAST_SQLITE", True)
        export.export("orders", start, end, fast)
        monkeypatch.setattr(export, "FAST_SQLITE", False)
        export.export("orders", start, end, general)
        assert fast.read_bytes() == general.read_bytes()
    monkeypatch.setattr(export, "FAST_SQLITE", True)
    export.export("orders", None, None, fast)
    rows = {r["order_number"]: r for r in as_dicts(read(fast))}
    first = rows["#3001"]
    assert first["items"] == "3 × Zeta; 2 × Alpha [A1]" and first["item_count"] == "5"
    assert first["courier"] == "poslaju" and first["tracking_number"] == "EN111111111MY"
    assert rows["#3002"]["items"] == "" and rows["#3002"]["item_count"] == "0"


@pytest.mark.parametrize("separator", [",", "%"])
def test_the_fast_sqlite_path_keeps_nul_characters_and_odd_separators(
        shop, tmp_path, monkeypatch, separator):
    orders.create_order("#4001", "web", [{"title": "Tea\0leaf", "sku": "T%s"}],
                        placed_at=T0 + timedelta(hours=6), payment_method="Cash\0",
                        notes="keep\0this")
    fast, general = tmp_path / "fast.csv", tmp_path / "general.csv"
    export.export("orders", None, None, fast, separator=separator)
    monkeypatch.setattr(export, "FAST_SQLITE", False)
    export.export("orders", None, None, general, separator=separator)
    assert fast.read_bytes() == general.read_bytes()
    assert b"keep\0this" in fast.read_bytes()


def test_the_fast_sqlite_path_agrees_across_summer_time_and_every_formula_start(
        shop, tmp_path, monkeypatch):
    # a zone with summer time: orders on both sides of each change, one a microsecond
    # before it, and times just short of a whole second (cut off, never rounded up)
    berlin = clocks.ClockPolicy(country="DE", timezone="Europe/Berlin")
    clocks.set_policy(berlin)
    changes = [datetime(2026, 3, 29, 1, 0, tzinfo=UTC), datetime(2026, 10, 25, 1, 0, tzinfo=UTC)]
    starts = export.FORMULA_STARTS
    n = 0
    for change in changes:
        for delta in (timedelta(microseconds=-1), timedelta(0), timedelta(seconds=59.999999),
                      timedelta(hours=-3, milliseconds=999)):
            start = starts[n % len(starts)]
            o = orders.create_order(f"{start}{n}", "web", [{"title": f"{start}Tee {n}"}],
                                    placed_at=change + delta, notes=f"{start}note",
                                    payment_method=f"{start}cash")
            orders.change_status(o, "paid", at=change + delta + timedelta(hours=1))
            shipping.add_shipment(o, "dhl_express", f"{start}{1000 + n}",
                                  shipped_at=change + delta + timedelta(hours=2),
                                  accept_unusual_number=True)
            n += 1
    fast, general = tmp_path / "fast.csv", tmp_path / "general.csv"
    export.export("orders", None, None, fast, policy=berlin)
    monkeypatch.setattr(export, "FAST_SQLITE", False)
    export.export("orders", None, None, general, policy=berlin)
    assert fast.read_bytes() == general.read_bytes()
    rows = {r["order_number"]: r for r in as_dicts(read(fast))}
    # 00:59:59.999999 UTC is still winter time (01:59:59+01:00), 01:00 UTC is summer time
    assert rows["'=0"]["placed_at"] == "2026-03-29T01:59:59+01:00"
    assert rows["'+1"]["placed_at"] == "2026-03-29T03:00:00+02:00"
    # (numbers, titles and methods are stored stripped, so a tab or CR start is left
    # only in the notes)
    for start in starts:
        cells = [c for r in rows.values() for c in r.values() if c.startswith("'" + start)]
        assert len(cells) >= (1 if start.isspace() else 4), start
