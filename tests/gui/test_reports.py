"""The reports screen: KPIs and charts for a period, CSV exports off the GUI thread."""

from __future__ import annotations

from datetime import date, timedelta

import openpyxl
import pytest

from seller_desk.core.common.settings import Settings
from seller_desk.core.demo import shop as demo
from seller_desk.core.reports import export
from seller_desk.core.reports import kpis as reports
from seller_desk.core.store import db
from seller_desk.core.store.fields import utcnow
from seller_desk.core.store.models import Conversation, Customer, Order
from seller_desk.ui import i18n
from seller_desk.ui.app import make_application
from seller_desk.ui.qt import QDate
from seller_desk.ui.qtcharts import (
    QBarSeries,
    QHorizontalBarSeries,
    QLineSeries,
    QStackedBarSeries,
)
from seller_desk.ui.reports import ReportsPage
from seller_desk.ui.reports.charts import RED
from seller_desk.ui.tasks import Task


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """The demo shop built once for the module; each test works on a copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = db.open_database(f"sqlite:///{path}")
    demo.build_demo()
    database.close()
    return path


@pytest.fixture
def page(qtbot, tmp_path, demo_file):
    copy = tmp_path / "shop.sqlite3"
    copy.write_bytes(demo_file.read_bytes())
    database = db.open_database(f"sqlite:///{copy}")
    make_application()
    widget = ReportsPage(Settings())
    qtbot.addWidget(widget)
    widget.resize(1280, 900)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10000):
        widget.refresh()
    yield widget
    qtbot.waitUntil(lambda: Task.pending() == 0, timeout=10000)
    database.close()


def series_of(view):
    return view.chart().series()


def test_the_cards_show_the_period_kpis_against_their_targets(page):
    span = page.span
    expected = reports.kpis(span.start, span.end)
    assert expected.cases > 10
    cards = page.cards
    assert cards["cases"].value.text() == str(expected.cases)
    assert cards["orders"].value.text() == str(expected.orders)
    first = expected.first_reply
    assert cards["first_reply"].value.text() == i18n.duration(first.median_s)
    detail = cards["first_reply"].detail.text()
    assert detail.startswith(f"Median first reply {i18n.duration(first.median_s)} — target "
                             "24 h, counting every hour")
    assert ("✓" if first.median_within_target else "✗") in detail
    assert cards["within"].value.text().endswith("%")
    assert (f"{first.within_target} of {first.count} answered customers"
            in cards["within"].detail.text())
    assert "target 72 h" in cards["resolution"].detail.text()
    unpaid = expected.orders_per_status.get("awaiting_payment", 0)
    assert f"{unpaid} still to be paid" in cards["orders"].detail.text()


def test_each_chart_draws_its_figures(page):
    data = page.data
    (buckets,) = series_of(page.buckets_chart)
    assert isinstance(buckets, QStackedBarSeries)
    answered, waiting = buckets.barSets()
    assert (answered.label(), waiting.label()) == ("answered", "still waiting now")
    assert answered.color() != waiting.color()
    assert page.buckets_chart.chart().legend().isVisible()
    assert [answered.at(i) for i in range(answered.count())] == [b.count for b in data.buckets]
    assert [waiting.at(i) for i in range(waiting.count())] == [b.waiting for b in data.buckets]
    assert answered.sum() == data.kpis.first_reply.count
    median, warn, breach = series_of(page.trend_chart)
    assert all(isinstance(s, QLineSeries) for s in (median, warn, breach))
    assert median.count() == sum(1 for p in data.trend if p.median_hours is not None)
    assert warn.at(0).y() == 12.0 and breach.at(0).y() == 24.0
    (volume,) = series_of(page.volume_chart)
    assert volume.barSets()[0].count() == len(data.kpis.volume_per_day)
    (channels,) = series_of(page.channels_chart)
    assert isinstance(channels, QHorizontalBarSeries)
    assert channels.barSets()[0].sum() == data.kpis.orders
    (complaints,) = series_of(page.complaints_chart)
    assert sum(bars.sum() for bars in complaints.barSets()) == sum(
        n for _p, n in data.kpis.complaints_per_product[:10])


def test_a_customer_waiting_2_days_7_hours_shows_in_over_48_h(qtbot, page):
    customer = Customer.create(name="Nur Aisyah")
    Conversation.create(subject="Barang belum sampai", customer=customer,
                        first_customer_at=utcnow() - timedelta(days=2, hours=7),
                        waiting_since=utcnow() - timedelta(days=2, hours=7))
    before = page.data.buckets[-1].waiting
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()
    (buckets,) = series_of(page.buckets_chart)
    categories = buckets.attachedAxes()[0].categories()
    assert categories[-1] == "over 48 h"
    _answered, waiting = buckets.barSets()
    assert waiting.at(len(categories) - 1) == before + 1
    assert "Nur Aisyah (2 d 7 h)" in page.cards["cases"].detail.text()
    assert page.member_rows == [] and page.members_title.isHidden()  # a personal shop
    action = page.cards["cases"].action
    assert action.isVisible() and action.text() == "Answer them, longest wait first"
    with qtbot.waitSignal(page.open_waiting, timeout=1000):
        action.click()


def test_complaints_are_red_only_when_a_product_has_repeated_complaints(qtbot, page):
    complaints = page.data.kpis.complaints_per_product[:10]
    assert any(n >= 2 for _p, n in complaints) and any(n == 1 for _p, n in complaints)
    (series,) = series_of(page.complaints_chart)
    repeated, fewer = series.barSets()
    assert repeated.color() == RED and fewer.color() != RED
    assert repeated.sum() == sum(n for _p, n in complaints if n >= 2)
    assert fewer.sum() == sum(n for _p, n in complaints if n < 2)
    page.settings.set("reports.repeated_complaints", 99)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()
    (series,) = series_of(page.complaints_chart)
    repeated, fewer = series.barSets()
    assert repeated.sum() == 0 and fewer.sum() == sum(n for _p, n in complaints)
    assert repeated.label() == "99 or more: check the product"


def test_the_chosen_period_is_remembered_after_a_restart(qtbot, page):
    page.period.setCurrentIndex(page.period.findData("7d"))
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.period.activated.emit(page.period.currentIndex())
    again = ReportsPage(Settings())  # a new start reads the settings file again
    qtbot.addWidget(again)
    assert again.period.currentData() == "7d"
    assert again.current_period().days() == page.span.days()
    page.period.setCurrentIndex(page.period.findData("custom"))
    page.period.activated.emit(page.period.currentIndex())
    qtbot.waitUntil(lambda: Task.pending() == 0, timeout=10000)
    page.first_day.setDate(QDate(2026, 3, 1))
    page.last_day.setDate(QDate(2026, 3, 31))
    qtbot.waitUntil(lambda: Task.pending() == 0, timeout=10000)
    third = ReportsPage(Settings())
    qtbot.addWidget(third)
    assert third.period.currentData() == "custom" and third.first_day.isVisibleTo(third)
    assert (third.first_day.date(), third.last_day.date()) == (QDate(2026, 3, 1),
                                                               QDate(2026, 3, 31))
    span = third.current_period()
    assert (span.days()[0], span.days()[-1]) == (date(2026, 3, 1), date(2026, 3, 31))


def test_the_peak_view_compares_the_period_with_the_days_before_and_the_seasons(page):
    rows = page.peak
    assert [r.key for r in rows[:2]] == ["period", "before"]
    assert {r.key for r in rows[2:]} == {"ramadan", "hari_raya", "11.11", "12.12"}
    assert len(page.peak_cells) == len(rows)
    names = [cells[0].text().split("\n")[0] for cells in page.peak_cells]
    assert names[:2] == ["This period", "The same number of days before"]
    assert any(n.startswith("Ramadan 20") for n in names)
    assert any(n.startswith("11.11 sale 20") for n in names)
    period = rows[0]
    assert page.peak_cells[0][2].text().startswith(i18n.duration(period.first_reply.median_s))
    assert page.load_verdict.text()
    bars, line = series_of(page.load_chart)
    assert isinstance(bars, QBarSeries) and isinstance(line, QLineSeries)
    assert bars.barSets()[0].count() == len(page.data.trend)
    assert line.count() == sum(1 for p in page.data.trend if p.median_hours is not None)


def test_another_period_is_counted_again(qtbot, page):
    thirty_days = page.data.kpis.cases
    page.period.setCurrentIndex(page.period.findData("7d"))
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.period.activated.emit(page.period.currentIndex())
    assert len(page.data.kpis.volume_per_day) == 7
    assert page.data.kpis.cases <= thirty_days
    page.period.setCurrentIndex(page.period.findData("custom"))
    page.period.activated.emit(page.period.currentIndex())
    assert page.first_day.isVisible() and page.last_day.isVisible()


def test_business_hours_switch_the_clock(qtbot, page):
    page.clock.setCurrentIndex(page.clock.findData("business"))
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.clock.activated.emit(page.clock.currentIndex())
    assert page.data.business_hours


def test_an_export_is_written_in_the_background_with_progress(qtbot, page, tmp_path):
    target = tmp_path / "orders.csv"
    page.separator.setCurrentIndex(page.separator.findData(";"))
    with qtbot.waitSignal(page.exported, timeout=10000) as done:
        page.export_to("orders", target)
        assert page.progress.isVisible()
        assert not page.export_buttons["kpis"].isEnabled()
    kind, rows = done.args
    span = page.span
    in_period = Order.select().where(Order.placed_at >= span.start,
                                     Order.placed_at < span.end).count()
    assert kind == "orders" and rows == in_period > 0
    lines = export.read_back(target, separator=";")
    assert len(lines) == rows + 1
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # "For Excel": a BOM
    assert lines[0][0] == "order_number"  # codes by default, to be read back
    qtbot.waitUntil(lambda: page.export_task is None, timeout=5000)
    assert not page.progress.isVisible() and page.export_buttons["kpis"].isEnabled()
    assert str(target) in page.export_status.text()


@pytest.mark.parametrize("kind", export.KINDS)
def test_every_csv_has_a_button_that_writes_it(qtbot, page, tmp_path, kind):
    assert kind in page.export_buttons
    target = tmp_path / f"{kind}.csv"
    with qtbot.waitSignal(page.exported, timeout=10000):
        page.export_to(kind, target)
    assert target.exists() and export.read_back(target)


def test_the_whole_workbook_is_written_with_the_words_of_the_window(qtbot, page, tmp_path):
    page.file_format.setCurrentIndex(page.file_format.findData("xlsx"))
    page._format_chosen()
    assert page.export_buttons["workbook"].isVisibleTo(page)
    assert not page.separator.isVisibleTo(page)  # a workbook has no separator to choose
    target = tmp_path / "all.xlsx"
    with qtbot.waitSignal(page.exported, timeout=20000):
        page.export_to("workbook", target)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Orders", "Order items", "Shipments", "Conversations",
                               "Reminders", "KPIs"]
    orders = book["Orders"]
    assert orders["A1"].value == "Order number" and orders.freeze_panes == "A2"
    statuses = {row[2] for row in orders.iter_rows(min_row=2, values_only=True)}
    assert statuses and statuses <= {"Awaiting payment", "Paid", "Packed", "Shipped",
                                     "Delivered", "Completed", "Cancelled", "Returned",
                                     "Refunded"}
    reminders = book["Reminders"]
    states = {row[8] for row in reminders.iter_rows(min_row=2, values_only=True)}
    assert reminders["I1"].value == "State"
    assert states and states <= {"Open", "Done", "Cancelled", "Snoozed"}
    page.file_format.setCurrentIndex(page.file_format.findData("csv"))
    page._format_chosen()
    assert not page.export_buttons["workbook"].isVisibleTo(page)


def test_stop_ends_the_export_and_leaves_no_file(qtbot, page, tmp_path, monkeypatch):
    real = export.export

    def waits_for_stop(*args, cancel, **kwargs):
        cancel.wait(10)  # as if the file were huge: still writing when Stop is pressed
        return real(*args, cancel=cancel, **kwargs)

    monkeypatch.setattr(export, "export", waits_for_stop)
    target = tmp_path / "orders.xlsx"
    page.export_to("orders", target)
    assert page.cancel_button.isVisibleTo(page)
    page.cancel_button.click()
    qtbot.waitUntil(lambda: page.export_task is None, timeout=10000)
    assert "no file was written" in page.export_status.text()
    assert page.export_status.objectName() != "fieldError"
    assert not target.exists() and not list(tmp_path.glob("*.part"))
    assert not page.cancel_button.isVisibleTo(page) and page.export_buttons["orders"].isEnabled()


def test_an_export_that_cannot_be_written_says_why(qtbot, page, tmp_path):
    page.export_to("orders", tmp_path / "missing-folder" / "orders.csv")
    qtbot.waitUntil(lambda: page.export_task is None, timeout=5000)
    assert "does not exist" in page.export_status.text()


def test_reply_buckets_and_trend_count_each_case_once(tmp_path):
    """Bucket edges belong to the bucket above; the trend dates cases in the seller's zone."""
    from datetime import UTC, datetime

    from seller_desk.core.conversations import clocks
    from seller_desk.core.screens import reports as views_reports
    from seller_desk.core.store.models import Conversation

    database = db.open_database(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    policy = clocks.ClockPolicy(timezone="Asia/Kuala_Lumpur")
    # 17:30 UTC is 01:30 the next day in Kuala Lumpur
    day = datetime(2026, 3, 2, 17, 30, tzinfo=UTC)
    for seconds, business in ((3599, 100), (3600, 3600), (48 * 3600, 10), (None, None)):
        Conversation.create(first_customer_at=day, first_reply_s=seconds,
                            first_reply_business_s=business)
    start, end = datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 3, 8, tzinfo=UTC)
    data = views_reports.report(start, end, policy=policy)
    assert [b.count for b in data.buckets] == [1, 1, 0, 0, 0, 1]
    business = views_reports.report(start, end, business_hours=True, policy=policy)
    assert [b.count for b in business.buckets] == [2, 1, 0, 0, 0, 0]
    counted = {p.day.isoformat(): (p.cases, p.median_hours) for p in data.trend if p.cases}
    assert counted == {"2026-03-03": (4, 1.0)}
    database.close()


def test_the_figures_go_in_two_rows_on_a_narrow_screen_and_never_scroll_sideways(page, qtbot):
    def row_of(key: str) -> int:
        index = page.cards_grid.indexOf(page.cards[key])
        return page.cards_grid.getItemPosition(index)[0]

    for width, rows in ((1050, 2), (1500, 1), (1050, 2)):  # a 1280-pixel screen less the sidebar
        page.resize(width, 900)
        qtbot.waitUntil(lambda r=rows: row_of("revenue") == r - 1, timeout=2000)
        assert row_of("cases") == 0
        body = page.scroll_area.widget()
        assert body.minimumSizeHint().width() <= page.scroll_area.viewport().width(), width
        assert not page.scroll_area.horizontalScrollBar().isVisible()
