"""The reports screen: KPIs for a period, charts, and CSV or Excel exports with progress."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from seller_desk.core.common.errors import UserError
from seller_desk.core.common.settings import Settings
from seller_desk.core.conversations import clocks
from seller_desk.core.reports import export, periods
from seller_desk.core.screens import reports as views_reports
from seller_desk.ui import i18n, labels
from seller_desk.ui.i18n import DATE_FORMAT, Retranslating
from seller_desk.ui.qt import (
    QT_TRANSLATE_NOOP,
    QCheckBox,
    QComboBox,
    QDate,
    QDateEdit,
    QEvent,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QObject,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    Signal,
    to_date,
)
from seller_desk.ui.reports import export_words
from seller_desk.ui.reports.charts import (
    ACCENT,
    AMBER,
    NEUTRAL,
    RED,
    ChartView,
    bar_chart,
    day_bar_chart,
    load_chart,
    stacked_bar_chart,
    trend_chart,
)
from seller_desk.ui.tasks import Task

PERIODS = {
    "7d": QT_TRANSLATE_NOOP("ReportsPage", "Last 7 days"),
    "30d": QT_TRANSLATE_NOOP("ReportsPage", "Last 30 days"),
    "90d": QT_TRANSLATE_NOOP("ReportsPage", "Last 90 days"),
    "this_month": QT_TRANSLATE_NOOP("ReportsPage", "This month"),
    "last_month": QT_TRANSLATE_NOOP("ReportsPage", "Last month"),
    "this_year": QT_TRANSLATE_NOOP("ReportsPage", "This year"),
    "custom": QT_TRANSLATE_NOOP("ReportsPage", "Choose dates…"),
}
EXPORTS = {
    "orders": QT_TRANSLATE_NOOP("ReportsPage", "Orders"),
    "order_items": QT_TRANSLATE_NOOP("ReportsPage", "Order items"),
    "shipments": QT_TRANSLATE_NOOP("ReportsPage", "Shipments"),
    "conversations": QT_TRANSLATE_NOOP("ReportsPage", "Conversations"),
    "reminders": QT_TRANSLATE_NOOP("ReportsPage", "Reminders"),
    "kpis": QT_TRANSLATE_NOOP("ReportsPage", "KPIs"),
    "events": QT_TRANSLATE_NOOP("ReportsPage", "History (events)"),
    "workbook": QT_TRANSLATE_NOOP("ReportsPage", "Everything, one sheet each"),
}
CARDS = ("cases", "first_reply", "within", "resolution", "orders", "revenue")
#: the rows of the peak view: the period, the days before it, then the seasons
PEAK_NAMES = {
    "period": QT_TRANSLATE_NOOP("ReportsPage", "This period"),
    "before": QT_TRANSLATE_NOOP("ReportsPage", "The same number of days before"),
    "ramadan": QT_TRANSLATE_NOOP("ReportsPage", "Ramadan %1"),
    "hari_raya": QT_TRANSLATE_NOOP("ReportsPage", "Hari Raya (Lebaran) %1"),
    "11.11": QT_TRANSLATE_NOOP("ReportsPage", "11.11 sale %1"),
    "12.12": QT_TRANSLATE_NOOP("ReportsPage", "12.12 sale %1"),
}
MAX_PRODUCTS = 10
BEST_SELLERS = 7
#: day and short month on the charts' date axes; Qt writes the month in the UI language
DAY_FORMAT = "d MMM"


class Card(QFrame):
    """One KPI: a big figure, what it is, and a line of context."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiCard")
        # as tall as the tallest card of its row
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.caption = QLabel()
        self.caption.setObjectName("kpiCaption")
        self.caption.setWordWrap(True)  # "Pelanggan yang menghubungi" on two lines if need be
        self.value = QLabel()
        self.value.setObjectName("kpiValue")
        self.detail = QLabel()
        self.detail.setObjectName("hint")
        self.detail.setWordWrap(True)
        # what to do about the figure, where there is something to do (hidden otherwise)
        self.action = QPushButton()
        self.action.hide()
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        layout.addWidget(self.action)


#: narrower than this, the six figures go in two rows of three (a 1280-pixel screen)
SIX_IN_A_ROW = 1180


class ReportsPage(Retranslating, QWidget):
    """KPIs and charts of a period, and the CSV exports.

    Signals:
        loaded(): the report for the chosen period is on screen.
        exported(str, int): ``kind`` was written with this many rows.
        open_waiting(): the seller asked to answer the waiting customers (the window
            shows "Waiting on me", longest wait first).
    """

    loaded = Signal()
    exported = Signal(str, int)
    open_waiting = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.data: views_reports.ReportData | None = None
        self.peak: list[views_reports.PeakRow] = []
        self.span: periods.Period | None = None
        self._generation = 0
        self.export_task: Task | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.setContentsMargins(16, 12, 16, 6)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.period = QComboBox()
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.first_day, self.last_day = QDateEdit(), QDateEdit()
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setMaximumDate(QDate.currentDate())
            edit.hide()
        first, last = _remembered_days(settings)
        self.first_day.setDate(QDate(first.year, first.month, first.day))
        self.last_day.setDate(QDate(last.year, last.month, last.day))
        self.clock = QComboBox()
        self.clock.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.busy = QLabel()
        self.busy.setObjectName("hint")
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.busy)
        for widget in (self.period, self.first_day, self.last_day, self.clock):
            header.addWidget(widget)
        outer.addLayout(header)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("reportsBody")
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.scroll_area = scroll
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 4, 16, 16)
        column.setSpacing(12)
        self.cards_grid = QGridLayout()
        self.cards_grid.setSpacing(10)
        self.cards = {key: Card() for key in CARDS}
        self._card_columns = 0
        self.arrange_cards(len(CARDS))
        column.addLayout(self.cards_grid)
        scroll.viewport().installEventFilter(self)
        charts = QGridLayout()
        charts.setSpacing(10)
        self.buckets_chart = ChartView()
        self.trend_chart = ChartView()
        self.volume_chart = ChartView()
        self.channels_chart = ChartView()
        self.complaints_chart = ChartView()
        self.sales_chart = ChartView()
        charts.addWidget(self.buckets_chart, 0, 0)
        charts.addWidget(self.trend_chart, 0, 1)
        charts.addWidget(self.volume_chart, 1, 0)
        charts.addWidget(self.channels_chart, 1, 1)
        # side by side: a product many complain about next to how many were sold
        charts.addWidget(self.complaints_chart, 2, 0)
        charts.addWidget(self.sales_chart, 2, 1)
        column.addLayout(charts)

        # the peak view: did replies keep up when many wrote?
        self.peak_title = QLabel()
        self.peak_title.setObjectName("sectionTitle")
        column.addWidget(self.peak_title)
        self.peak_hint = QLabel()
        self.peak_hint.setObjectName("hint")
        self.peak_hint.setWordWrap(True)
        column.addWidget(self.peak_hint)
        peak_row = QHBoxLayout()
        peak_row.setSpacing(10)
        self.peak_grid = QGridLayout()
        self.peak_grid.setHorizontalSpacing(18)
        self.peak_grid.setVerticalSpacing(4)
        self.peak_headers = [QLabel() for _n in range(4)]
        for n, label in enumerate(self.peak_headers):
            label.setObjectName("hint")
            label.setWordWrap(True)  # "Dibalas tepat pada masa" on two lines if need be
            self.peak_grid.addWidget(label, 0, n)
        self.peak_cells: list[list[QLabel]] = []
        peak_table = QVBoxLayout()
        peak_table.addLayout(self.peak_grid)
        self.load_verdict = QLabel()
        self.load_verdict.setWordWrap(True)
        peak_table.addWidget(self.load_verdict)
        peak_table.addStretch(1)
        # the table's words are longer in Malay and Indonesian than its figures: more room
        peak_row.addLayout(peak_table, 5)
        self.load_chart = ChartView()
        peak_row.addWidget(self.load_chart, 4)
        column.addLayout(peak_row)

        # a team's reply times per person (hidden on a personal shop)
        self.members_title = QLabel()
        self.members_title.setObjectName("sectionTitle")
        column.addWidget(self.members_title)
        self.members_grid = QGridLayout()
        self.members_grid.setHorizontalSpacing(18)
        self.members_grid.setVerticalSpacing(4)
        self.members_headers = [QLabel() for _n in range(4)]
        for n, label in enumerate(self.members_headers):
            label.setObjectName("hint")
            label.setWordWrap(True)
            self.members_grid.addWidget(label, 0, n)
        self.members_cells: list[list[QLabel]] = []
        members_row = QHBoxLayout()
        members_row.addLayout(self.members_grid, 5)
        members_row.addStretch(4)
        column.addLayout(members_row)
        self.member_rows: list[views_reports.MemberRow] = []
        self._show_members()

        self.export_title = QLabel()
        self.export_title.setObjectName("sectionTitle")
        column.addWidget(self.export_title)
        self.export_hint = QLabel()
        self.export_hint.setObjectName("hint")
        self.export_hint.setWordWrap(True)
        column.addWidget(self.export_hint)
        options = QHBoxLayout()
        self.file_format = QComboBox()
        self.file_format.addItem("", "xlsx")
        self.file_format.addItem("", "csv")
        self.for_excel = QCheckBox()
        self.for_excel.setChecked(True)
        # codes by default, so the CSV can be read back (by Seller Desk or another program)
        self.in_words = QCheckBox()
        self.separator = QComboBox()
        self.separator.addItem(",", ",")
        self.separator.addItem(";", ";")
        self.decimal = QComboBox()
        self.decimal.addItem("1234.50", ".")
        self.decimal.addItem("1234,50", ",")
        self.separator_label, self.decimal_label = QLabel(), QLabel()
        for option in (self.file_format, self.for_excel, self.in_words, self.separator_label,
                       self.separator, self.decimal_label, self.decimal):
            options.addWidget(option)
        options.addStretch(1)
        column.addLayout(options)
        self.file_format.activated.connect(lambda _i: self._format_chosen())
        buttons = QGridLayout()
        self.export_buttons: dict[str, QPushButton] = {}
        for n, kind in enumerate(EXPORTS):
            button = QPushButton()
            button.clicked.connect(lambda _c=False, k=kind: self.choose_export_file(k))
            buttons.addWidget(button, n // 4, n % 4)
            self.export_buttons[kind] = button
        column.addLayout(buttons)
        working = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(480)
        self.progress.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_export)
        working.addWidget(self.progress)
        working.addWidget(self.cancel_button)
        working.addStretch(1)
        column.addLayout(working)
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        column.addWidget(self.export_status)
        column.addStretch(1)

        self.cards["cases"].action.clicked.connect(self.open_waiting)
        self.period.activated.connect(lambda _i: self._period_chosen())
        self.clock.activated.connect(lambda _i: self.refresh())
        self.first_day.dateChanged.connect(lambda _d: self._days_chosen())
        self.last_day.dateChanged.connect(lambda _d: self._days_chosen())
        self._default_export_options()
        self.retranslate()
        self._format_chosen()
        # the period chosen last time, even after a restart
        remembered = settings.get("reports.period")
        self.period.setCurrentIndex(max(0, self.period.findData(
            remembered if remembered in PERIODS else "30d")))
        custom = self.period.currentData() == "custom"
        self.first_day.setVisible(custom)
        self.last_day.setVisible(custom)
        self.clock.setCurrentIndex(1 if settings.get("clock.use_business_hours") else 0)

    # --- texts ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            width = self.scroll_area.viewport().width()
            self.arrange_cards(len(CARDS) if width >= SIX_IN_A_ROW else len(CARDS) // 2)
        return super().eventFilter(watched, event)

    def arrange_cards(self, columns: int) -> None:
        """The figures in rows of ``columns`` (6: one row; 3: two rows), equally wide."""
        if columns == self._card_columns:
            return
        self._card_columns = columns
        for card in self.cards.values():
            self.cards_grid.removeWidget(card)
        for n, card in enumerate(self.cards.values()):
            self.cards_grid.addWidget(card, n // columns, n % columns)
        for col in range(len(CARDS)):
            self.cards_grid.setColumnStretch(col, 1 if col < columns else 0)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reports"))
        _refill(self.period, [(key, self.tr(text)) for key, text in PERIODS.items()])
        _refill(self.clock, [("calendar", self.tr("Counting every hour")),
                             ("business", self.tr("Counting business hours only"))])
        self.clock.setToolTip(self.tr(
            "Which hours the reply times count: every hour of the day, as marketplaces "
            "count them, or only your shop's opening hours (Settings, Reply times)"))
        captions = {"cases": self.tr("Customers who wrote"),
                    "first_reply": self.tr("First reply (median)"),
                    "within": self.tr("Answered in time"),
                    "resolution": self.tr("Solved in (median)"),
                    "orders": self.tr("Orders"), "revenue": self.tr("Sales")}
        for key, card in self.cards.items():
            card.caption.setText(captions[key])
        self.cards["cases"].action.setText(self.tr("Answer them, longest wait first"))
        self.members_title.setText(self.tr("Reply times by person"))
        for label, text in zip(self.members_headers, (
                self.tr("Person"), self.tr("Customers"), self.tr("Answered"),
                self.tr("First reply, median")), strict=True):
            label.setText(text)
        self.peak_title.setText(self.tr("Busy times: did replies keep up?"))
        self.peak_hint.setText(self.tr(
            "This period beside the days just before it and your last peak seasons. If the "
            "reply time climbs when many customers write, prepare templates and answer "
            "in batches before the next peak."))
        for label, text in zip(self.peak_headers, (
                self.tr("When"), self.tr("Customers a day"), self.tr("First reply (median)"),
                self.tr("Answered in time")), strict=True):
            label.setText(text)
        self.export_title.setText(self.tr("Export to a spreadsheet"))
        self.export_hint.setText(self.tr(
            "Each file covers the period above and opens in Excel or LibreOffice. Large "
            "files are written in the background."))
        self.file_format.setItemText(0, self.tr("Excel workbook (.xlsx)"))
        self.file_format.setItemText(1, self.tr("CSV file"))
        self.for_excel.setText(self.tr("For Excel"))
        self.for_excel.setToolTip(self.tr(
            "Dates Excel reads as dates, long order and tracking numbers kept whole, and "
            "Chinese or Malay names shown right"))
        self.in_words.setText(self.tr("Headers and statuses in my language"))
        self.in_words.setToolTip(self.tr(
            "Unticked, the CSV holds the codes Seller Desk reads back (paid, jnt_my)"))
        self.cancel_button.setText(self.tr("Stop"))
        self.separator_label.setText(self.tr("Separator"))
        self.decimal_label.setText(self.tr("Decimals"))
        self._label_export_buttons()
        if self.data is not None:
            self._show(self.data)

    def _label_export_buttons(self) -> None:
        xlsx = self.file_format.currentData() == "xlsx"
        for kind, button in self.export_buttons.items():
            button.setText(self.tr("%1…").replace("%1", self.tr(EXPORTS[kind])))
            button.setVisible(xlsx or kind != "workbook")

    def _format_chosen(self) -> None:
        """The CSV's own options only show for a CSV; a workbook needs none of them."""
        csv_file = self.file_format.currentData() == "csv"
        for option in (self.for_excel, self.in_words, self.separator_label, self.separator,
                       self.decimal_label, self.decimal):
            option.setVisible(csv_file)
        self._label_export_buttons()

    def _default_export_options(self) -> None:
        # Excel set to Malay or Indonesian reads ";" lists, and Indonesian decimal commas
        language = i18n.current_language()
        self.separator.setCurrentIndex(1 if language in ("ms", "id") else 0)
        self.decimal.setCurrentIndex(1 if language == "id" else 0)

    # --- the report ----------------------------------------------------------------------

    def _period_chosen(self) -> None:
        custom = self.period.currentData() == "custom"
        self.first_day.setVisible(custom)
        self.last_day.setVisible(custom)
        self.settings.set("reports.period", self.period.currentData() or "30d")
        self.refresh()

    def _days_chosen(self) -> None:
        """Chosen dates are kept for the next start; a named period recomputes its dates."""
        self.settings.set("reports.first_day", to_date(self.first_day.date()).isoformat(),
                          save=False)
        self.settings.set("reports.last_day", to_date(self.last_day.date()).isoformat())
        self.refresh()

    def current_period(self) -> periods.Period:
        tz = clocks.current_policy().tz
        key = self.period.currentData() or "30d"
        if key == "custom":
            return periods.custom(to_date(self.first_day.date()),
                                  to_date(self.last_day.date()), tz)
        return periods.period(key, tz)

    def refresh(self) -> None:
        """Compute the report for the chosen period in the background."""
        self.span = self.current_period()
        self._generation += 1
        self.busy.setText(self.tr("Counting…"))
        Task(_report, self._generation, self.span, self.clock.currentData() == "business",
             int(self.settings.get("reports.repeated_complaints"))
             ).on_success(self._loaded).on_failure(self._failed).start()

    def _loaded(self, result: tuple[int, views_reports.ReportData,
                                    list[views_reports.PeakRow],
                                    list[views_reports.MemberRow]]) -> None:
        generation, data, peak, people = result
        if generation != self._generation:
            return
        self.busy.setText("")
        self.peak = peak
        self.member_rows = people
        self._show(data)
        self._show_members()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy.setText(i18n.error_text(exc) if isinstance(exc, UserError) else str(exc))

    def _show(self, data: views_reports.ReportData) -> None:
        self.data = data
        k = data.kpis
        first = data.kpis.first_reply_business if data.business_hours else k.first_reply
        solved = k.resolution_business if data.business_hours else k.resolution
        clock = (self.tr("in business hours") if data.business_hours
                 else self.tr("counting every hour"))
        cards = self.cards
        cards["cases"].value.setText(i18n.format_number(k.cases))
        lines = [self.tr("customers whose first mail came in this period")]
        if k.still_waiting:
            lines.append(self.tr("%1 still waiting for your answer now").replace(
                "%1", i18n.format_number(k.still_waiting)))
        if data.longest_waiting:
            lines.append(self.tr("Answer first: %1").replace("%1", ", ".join(
                f"{w.name} ({i18n.duration(w.waited_s)})" for w in data.longest_waiting)))
        cards["cases"].detail.setText("\n".join(lines))
        cards["cases"].action.setVisible(bool(data.longest_waiting))
        cards["first_reply"].value.setText(_duration(first.median_s))
        detail = self.tr("Median first reply %1 — target %2, %3 %4").replace(
            "%1", _duration(first.median_s)).replace(
            "%2", i18n.hours_text(first.target_s / 3600)).replace("%3", clock).replace(
            "%4", _mark(first.median_within_target))
        if first.p90_s is not None:
            detail += "\n" + self.tr("9 in 10 within %1").replace("%1", _duration(first.p90_s))
        if first.median_within_target is False:
            detail += "\n" + self.tr("Too slow: answer the oldest mail first and use "
                                     "templates for common questions")
        chats = k.whatsapp_first_reply
        if chats is not None:  # chats are answered another way: their figure apart
            detail += "\n" + self.tr("WhatsApp: %1 (%2 chats)").replace(
                "%1", _duration(chats.median_s)).replace(
                "%2", i18n.format_number(k.whatsapp_cases))
        cards["first_reply"].detail.setText(detail)
        share = first.share_within_target
        cards["within"].value.setText(i18n.format_percent(share) if share is not None
                                      else "—")
        cards["within"].detail.setText(self.tr(
            "%1 of %2 answered customers had their first reply within the %3 target, %4")
            .replace("%1", i18n.format_number(first.within_target))
            .replace("%2", i18n.format_number(first.count))
            .replace("%3", i18n.hours_text(first.target_s / 3600)).replace("%4", clock))
        cards["resolution"].value.setText(_duration(solved.median_s))
        cards["resolution"].detail.setText(self.tr(
            "Median time to solve a case %1 — target %2, %3 %4").replace(
            "%1", _duration(solved.median_s)).replace(
            "%2", i18n.hours_text(solved.target_s / 3600)).replace("%3", clock).replace(
            "%4", _mark(solved.median_within_target)) + "\n" + self.tr(
            "%1 cases solved").replace("%1", i18n.format_number(solved.count)))
        cards["orders"].value.setText(i18n.format_number(k.orders))
        paid = sum(n for status, n in k.orders_per_status.items()
                   if status not in ("awaiting_payment", "cancelled"))
        unpaid = k.orders_per_status.get("awaiting_payment", 0)
        cards["orders"].detail.setText(self.tr(
            "orders placed in this period: %1 paid, %2 still to be paid").replace(
            "%1", i18n.format_number(paid)).replace("%2", i18n.format_number(unpaid)))
        main_currency = self.settings.get("seller.currency")
        revenue = [i18n.format_money(v, c) for c, v in
                   sorted(k.revenue.items(), key=lambda cv: (cv[0] != main_currency, cv[0]))]
        cards["revenue"].value.setText(revenue[0] if revenue else "—")
        cards["revenue"].detail.setText("\n".join(
            [self.tr("sales of this period after refunds"), *revenue[1:]]))

        hours = self.tr("hours")
        self.buckets_chart.show_chart(stacked_bar_chart(
            self.tr("How long customers waited for a reply"),
            [self._bucket_label(b) for b in data.buckets],
            [(self.tr("answered"), [b.count for b in data.buckets], ACCENT),
             (self.tr("still waiting now"), [b.waiting for b in data.buckets], AMBER)],
            value_title=self.tr("customers")))
        warn = float(self.settings.get("clock.warn_hours"))
        breach = float(self.settings.get("clock.breach_hours"))
        self.trend_chart.show_chart(trend_chart(
            self.tr("First reply, median per week") if data.trend_by_week else
            self.tr("First reply, median per day"), [p.day for p in data.trend],
            [p.median_hours for p in data.trend],
            [(self.tr("warn (%1)").replace("%1", i18n.hours_text(warn)), warn, AMBER),
             (self.tr("too late (%1)").replace("%1", i18n.hours_text(breach)), breach, RED)],
            hours, self.tr("median"), DAY_FORMAT))
        self.volume_chart.show_chart(day_bar_chart(
            self.tr("Customers writing per day"), [day for day, _n in k.volume_per_day],
            [n for _day, n in k.volume_per_day], DAY_FORMAT))
        channels = list(k.orders_per_channel.items())
        self.channels_chart.show_chart(bar_chart(
            self.tr("Orders per channel"), [labels.channel(c) for c, _n in reversed(channels)],
            [n for _c, n in reversed(channels)], horizontal=True))
        self._show_complaints(data)
        # fewer bars than complaints: ten labels do not fit the chart's height and Qt
        # shortens every one of them to "..."
        sold = k.sales_per_product[:BEST_SELLERS]
        self.sales_chart.show_chart(bar_chart(
            self.tr("Items sold per product"),
            [_short(p) for p, _n in reversed(sold)] or [self.tr("No orders")],
            [n for _p, n in reversed(sold)] or [0], horizontal=True))
        self._show_peak(data)

    def _show_complaints(self, data: views_reports.ReportData) -> None:
        """Red only for a product complained about repeatedly (the threshold in Settings):
        one complaint is no pattern, several may be a defect worth checking."""
        bars = list(reversed(data.complaints[:MAX_PRODUCTS]))
        if not bars:
            self.complaints_chart.show_chart(bar_chart(
                self.tr("Complaints per product"), [self.tr("No complaints")], [0],
                color=NEUTRAL, horizontal=True))
            return
        threshold = i18n.format_number(data.repeated_complaints)
        self.complaints_chart.show_chart(stacked_bar_chart(
            self.tr("Complaints per product"), [_short(b.product) for b in bars],
            [(self.tr("%1 or more: check the product").replace("%1", threshold),
              [b.count if b.repeated else 0 for b in bars], RED),
             (self.tr("fewer"), [0 if b.repeated else b.count for b in bars], NEUTRAL)],
            horizontal=True))

    def _show_peak(self, data: views_reports.ReportData) -> None:
        """The period beside the days before it and the peak seasons, the load verdict and
        the chart of reply time against customers per day."""
        for old in self.peak_cells:
            for label in old:
                self.peak_grid.removeWidget(label)
                label.deleteLater()
        self.peak_cells = []
        for n, row in enumerate(self.peak, start=1):
            name = self.tr(PEAK_NAMES[row.key]).replace("%1", str(row.year))
            when = f"{i18n.format_date(row.first, 'd MMM')} – {i18n.format_date(row.last, 'd MMM yyyy')}"
            dist = row.first_reply
            cells = [QLabel(f"{name}\n{when}"),
                     QLabel(i18n.format_number(round(row.per_day, 1), 1)),
                     QLabel(f"{_duration(dist.median_s)} {_mark(dist.median_within_target)}"),
                     QLabel(i18n.format_percent(dist.share_within_target)
                            if dist.share_within_target is not None else "—")]
            if row.key == "period":
                for cell in cells:
                    cell.setObjectName("peakCurrent")
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
            for col, cell in enumerate(cells):
                self.peak_grid.addWidget(cell, n, col)
            self.peak_cells.append(cells)
        self.load_verdict.setText(self._load_text(data.load))
        self.load_chart.show_chart(load_chart(
            self.tr("Reply time against customers per week") if data.trend_by_week
            else self.tr("Reply time against customers per day"),
            [p.day for p in data.trend], [p.cases for p in data.trend],
            [p.median_hours for p in data.trend], self.tr("customers"),
            self.tr("first reply, median"), self.tr("hours"), DAY_FORMAT))

    def _show_members(self) -> None:
        """Each person's conversations, answered ones and median first reply (a team)."""
        for old in self.members_cells:
            for label in old:
                self.members_grid.removeWidget(label)
                label.deleteLater()
        self.members_cells = []
        shown = bool(self.member_rows)
        self.members_title.setVisible(shown)
        for label in self.members_headers:
            label.setVisible(shown)
        for n, row in enumerate(self.member_rows, start=1):
            cells = [QLabel(row.member or self.tr("Nobody yet")),
                     QLabel(i18n.format_number(row.conversations)),
                     QLabel(i18n.format_number(row.answered)),
                     QLabel(_duration(row.median_first_reply_s))]
            for col, cell in enumerate(cells):
                self.members_grid.addWidget(cell, n, col)
            self.members_cells.append(cells)

    def _load_text(self, load: views_reports.Load | None) -> str:
        if load is None or load.busy_days == 0:
            return self.tr("No busy day in this period (a busy day has %1 or more "
                           "customers).").replace(
                "%1", i18n.format_number(load.busy_from if load else 2))
        if load.held is None:
            return self.tr("Too few answered customers to compare busy and quiet days.")
        busy = _duration(load.busy_median_s)
        quiet = _duration(load.quiet_median_s)
        text = (self.tr("✓ Replies held on busy days: %1 on the %2 days with %3 or more "
                        "customers, %4 on the other days.") if load.held else
                self.tr("✗ Replies slowed on busy days: %1 on the %2 days with %3 or more "
                        "customers, against %4 on the other days. Prepare templates and "
                        "answer in batches before the next peak."))
        return (text.replace("%1", busy).replace("%2", i18n.format_number(load.busy_days))
                .replace("%3", i18n.format_number(load.busy_from)).replace("%4", quiet))

    def _bucket_label(self, bucket: views_reports.Bucket) -> str:
        low = i18n.format_number(bucket.low_h)
        if bucket.high_h is None:
            return self.tr("over %1 h").replace("%1", low)
        high = i18n.format_number(bucket.high_h)
        if bucket.low_h == 0:
            return self.tr("under %1 h").replace("%1", high)
        return self.tr("%1–%2 h").replace("%1", low).replace("%2", high)

    # --- exports -------------------------------------------------------------------------

    def choose_export_file(self, kind: str) -> None:
        span = self.span or self.current_period()
        first, last = _day_range(span)
        suffix = self.file_format.currentData() or "csv"
        name = f"seller-desk-{kind.replace('_', '-')}-{first}-{last}.{suffix}"
        start = Path.home() / name
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export %1").replace("%1", self.tr(EXPORTS[kind])), str(start),
            self.tr("Excel workbooks (*.xlsx)") if suffix == "xlsx"
            else self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(kind, Path(path))

    def export_to(self, kind: str, path: Path) -> Task:
        """Write the ``kind`` file of the period to ``path`` in the background: a workbook
        when the name ends in .xlsx (the seller may have changed it in the file dialog),
        else a CSV with the CSV options."""
        span = self.span or self.current_period()
        xlsx = path.suffix.lower() == ".xlsx"
        for button in self.export_buttons.values():
            button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self._export_kind, self._export_path = kind, path
        self.export_status.setObjectName("")
        self.export_status.setText(self.tr("Writing %1…").replace("%1", path.name))
        self.export_task = Task(
            export.export, kind, span.start, span.end, str(path),
            bom=self.for_excel.isChecked(), separator=self.separator.currentData(),
            decimal_separator=self.decimal.currentData(), with_progress=True,
            file_format="xlsx" if xlsx else "csv", for_excel=self.for_excel.isChecked(),
            labels=export_words.words() if xlsx or self.in_words.isChecked() else None)
        assert self.export_task.progress is not None  # with_progress
        self.export_task.kwargs["cancel"] = self.export_task.progress.cancelled
        return (self.export_task.on_progress(self._export_progress)
                .on_success(self._exported).on_failure(self._export_failed)
                .on_finished(self._export_done).start())

    def cancel_export(self) -> None:
        """Stop the export at its next batch of rows; no file is left behind."""
        if self.export_task is not None:
            self.export_task.cancel()
            self.export_status.setText(self.tr("Stopping…"))

    def _export_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _exported(self, rows: int) -> None:
        self.export_status.setText(self.tr("%1 rows written to %2").replace(
            "%1", i18n.format_number(rows)).replace("%2", str(self._export_path)))
        self.exported.emit(self._export_kind, rows)

    def _export_failed(self, exc: BaseException) -> None:
        # a stop the seller asked for is no error: said plainly, not in red
        stopped = isinstance(exc, export.ExportCancelled)
        self.export_status.setObjectName("" if stopped else "fieldError")
        self.export_status.style().polish(self.export_status)
        self.export_status.setText(i18n.error_text(exc) if isinstance(exc, UserError) else str(exc))

    def _export_done(self) -> None:
        self.export_task = None
        self.progress.hide()
        self.cancel_button.hide()
        for button in self.export_buttons.values():
            button.setEnabled(True)


def _report(generation: int, span: periods.Period, business: bool, repeated: int
            ) -> tuple[int, views_reports.ReportData, list[views_reports.PeakRow],
                       list[views_reports.MemberRow]]:
    assert span.start is not None and span.end is not None
    data = views_reports.report(span.start, span.end, business, repeated_complaints=repeated)
    return (generation, data,
            views_reports.peak_rows(span.start, span.end, business, known=data.kpis),
            views_reports.member_rows(span.start, span.end, business))


def _remembered_days(settings: Settings) -> tuple[date, date]:
    """The chosen dates of last time, or the last 30 days; a damaged value is forgotten."""
    today = date.today()
    try:
        first = date.fromisoformat(str(settings.get("reports.first_day")))
        last = date.fromisoformat(str(settings.get("reports.last_day")))
    except ValueError:
        return today - timedelta(days=29), today
    return min(first, today), min(last, today)


def _refill(combo: QComboBox, entries: list[tuple[str, str]]) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for key, text in entries:
        combo.addItem(text, key)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def _duration(seconds: float | None) -> str:
    """A median as a seller reads it ("3 h 10 min"); a dash without data."""
    return "—" if seconds is None else i18n.duration(seconds)


def _mark(met: bool | None) -> str:
    """A tick when the target was met, a cross when not, nothing without data."""
    return "" if met is None else ("✓" if met else "✗")


def _short(text: str, limit: int = 38) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _day_range(span: periods.Period) -> tuple[str, str]:
    if span.start is None or span.end is None:
        return "all", "now"
    last = span.end - timedelta(microseconds=1)
    return span.start.date().isoformat(), last.date().isoformat()
