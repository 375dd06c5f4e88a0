"""Settings: reply-time targets, the seller's business hours and what the reports mark."""

from __future__ import annotations

from babel import Locale

from seller_desk.ui import i18n, plural
from seller_desk.ui.qt import (
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QTime,
    QTimeEdit,
)
from seller_desk.ui.settings.base import Section, blocked

DEFAULT_OPEN = ("09:00", "18:00")


class HoursSection(Section):
    """Warn and breach targets, counted in calendar or business hours."""

    def build(self) -> None:
        form = self.form()
        self.warn = QDoubleSpinBox()
        self.breach = QDoubleSpinBox()
        for spin in (self.warn, self.breach):
            spin.setRange(0.5, 240)
            spin.setDecimals(1)
            spin.setSingleStep(1)
            spin.setMaximumWidth(140)
        self.warn_label, self.breach_label = QLabel(), QLabel()
        self.warn_label.setBuddy(self.warn)
        self.breach_label.setBuddy(self.breach)
        form.addRow(self.warn_label, self.warn)
        form.addRow(self.breach_label, self.breach)
        self.target_error = QLabel()
        self.target_error.setObjectName("fieldError")
        self.target_error.hide()
        self.column.addWidget(self.target_error)
        self.targets_hint = self.hint()
        self.column.addWidget(self.targets_hint)
        self.warn.valueChanged.connect(self._targets_changed)
        self.breach.valueChanged.connect(self._targets_changed)

        self.hours_title = self.subheading()
        self.use_business = QCheckBox()
        self.use_business.toggled.connect(self._use_business_toggled)
        self.column.addWidget(self.use_business)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.days: list[tuple[QCheckBox, QTimeEdit, QTimeEdit, QLabel]] = []
        for day in range(7):
            open_box = QCheckBox()
            start, end = QTimeEdit(), QTimeEdit()
            for edit in (start, end):
                edit.setDisplayFormat("HH:mm")
                edit.setMaximumWidth(100)
            dash = QLabel("–")
            grid.addWidget(open_box, day, 0)
            grid.addWidget(start, day, 1)
            grid.addWidget(dash, day, 2)
            grid.addWidget(end, day, 3)
            grid.setColumnStretch(4, 1)
            self.days.append((open_box, start, end, dash))
            open_box.toggled.connect(self._hours_changed)
            start.timeChanged.connect(self._hours_changed)
            end.timeChanged.connect(self._hours_changed)
        self.column.addLayout(grid)
        self.hours_error = QLabel()
        self.hours_error.setObjectName("fieldError")
        self.hours_error.hide()
        self.column.addWidget(self.hours_error)
        self.hours_hint = self.hint()
        self.column.addWidget(self.hours_hint)

        # beside the targets: the reports measure against them and mark what needs a look
        self.reports_title = self.subheading()
        reports_form = self.form()
        self.repeated = QSpinBox()
        self.repeated.setRange(2, 99)
        self.repeated.setMaximumWidth(240)
        self.repeated_label = QLabel()
        self.repeated_label.setBuddy(self.repeated)
        reports_form.addRow(self.repeated_label, self.repeated)
        self.repeated_hint = self.hint()
        self.column.addWidget(self.repeated_hint)
        self.repeated.valueChanged.connect(
            lambda n: self.store("reports.repeated_complaints", int(n)))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reply times"))
        self.intro.setText(self.tr(
            "Customers expect an answer within 12 hours; after 24 hours many buy elsewhere. "
            "The inbox warns you before a customer has waited too long."))
        self.warn_label.setText(self.tr("Warn after"))
        self.breach_label.setText(self.tr("Too late after"))
        for spin in (self.warn, self.breach):
            plural.follow_count(spin, lambda n: self.tr("%n hour(s)", "", n))
        self.targets_hint.setText(self.tr(
            "Marketplaces count every hour of the day; your own hours below can count only "
            "the time your shop is open."))
        self.hours_title.setText(self.tr("Business hours"))
        self.use_business.setText(self.tr(
            "Count waiting time only in business hours (public holidays skipped)"))
        names = Locale.parse(i18n.current_locale()).days["format"]["wide"]
        for day, (open_box, _start, _end, _dash) in enumerate(self.days):
            open_box.setText(names[day])
        self.hours_hint.setText(self.tr(
            "Untick a day when the shop is closed. Holidays follow the country and state in "
            "Language and region."))
        self.target_error.setText(self.tr("“Too late” must come after “warn”."))
        self.hours_error.setText(self.tr("A day's opening time must be before its closing "
                                         "time."))
        self.reports_title.setText(self.tr("Reports"))
        self.repeated_label.setText(self.tr("Complaints that need a look"))
        self.repeated.setSuffix(self.tr(" or more per product"))
        self.repeated_hint.setText(self.tr(
            "In Reports, a product is marked red when this many customers complained about "
            "it in the chosen period: it may have a defect."))

    def load(self) -> None:
        widgets = [self.warn, self.breach, self.use_business, self.repeated]
        for row in self.days:
            widgets += row[:3]
        _keep = blocked(*widgets)
        self.warn.setValue(float(self.settings.get("clock.warn_hours")))
        self.breach.setValue(float(self.settings.get("clock.breach_hours")))
        self.use_business.setChecked(bool(self.settings.get("clock.use_business_hours")))
        self.repeated.setValue(int(self.settings.get("reports.repeated_complaints")))
        hours = self.settings.get("clock.business_hours") or {}
        for day, (open_box, start, end, _dash) in enumerate(self.days):
            span = hours.get(str(day))
            open_box.setChecked(span is not None)
            first, last = span or DEFAULT_OPEN
            start.setTime(QTime.fromString(first, "HH:mm"))
            end.setTime(QTime.fromString(last, "HH:mm"))
        self._enable_days()

    def _targets_changed(self) -> None:
        warn, breach = round(self.warn.value(), 1), round(self.breach.value(), 1)
        valid = breach > warn
        self.target_error.setVisible(not valid)
        if valid:
            self.store("clock.warn_hours", warn)
            self.store("clock.breach_hours", breach)

    def _use_business_toggled(self, on: bool) -> None:
        self.store("clock.use_business_hours", bool(on))
        self._enable_days()

    def _enable_days(self) -> None:
        on = self.use_business.isChecked()
        for open_box, start, end, _dash in self.days:
            open_box.setEnabled(on)
            start.setEnabled(on and open_box.isChecked())
            end.setEnabled(on and open_box.isChecked())

    def _hours_changed(self) -> None:
        self._enable_days()
        hours: dict[str, list[str] | None] = {}
        valid = True
        for day, (open_box, start, end, _dash) in enumerate(self.days):
            if not open_box.isChecked():
                hours[str(day)] = None
                continue
            if start.time() >= end.time():
                valid = False
            hours[str(day)] = [start.time().toString("HH:mm"), end.time().toString("HH:mm")]
        self.hours_error.setVisible(not valid)
        if valid:
            self.store("clock.business_hours", hours)
