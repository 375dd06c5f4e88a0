"""Settings sections: the shop, language and region, reminder rules and notifications."""

from __future__ import annotations

from seller_desk.core.common import money, timefmt
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.common.settings import text_value, text_versions
from seller_desk.core.screens import settings as views_settings
from seller_desk.core.screens import setup as views_setup
from seller_desk.ui import i18n, plural
from seller_desk.ui.qt import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    Signal,
)
from seller_desk.ui.settings.base import Section, blocked
from seller_desk.ui.settings.setup import SetupDialog, open_setup


class ShopSection(Section):
    """The seller's name, shop, payment methods and policy: what templates fill in.

    The texts shown here are the English (default) ones; their Malay and Indonesian
    versions are written on the set-up page, which the "Set up your shop" button opens.
    """

    #: the set-up page saved: every section shows the stored values again
    setup_saved = Signal()

    def build(self) -> None:
        self.setup_button = QPushButton()
        self.setup_button.setObjectName("setupShop")
        self.setup_button.clicked.connect(self.open_setup)
        self.column.addWidget(self.setup_button)
        self.setup_dialog: SetupDialog | None = None
        form = self.form()
        self.shop_name = QLineEdit()
        self.seller_name = QLineEdit()
        self.payment_methods = QPlainTextEdit()
        self.payment_methods.setTabChangesFocus(True)
        self.payment_methods.setFixedHeight(80)
        self.refund_policy = QPlainTextEdit()
        self.refund_policy.setTabChangesFocus(True)
        self.refund_policy.setFixedHeight(80)
        self.return_address = QPlainTextEdit()
        self.return_address.setTabChangesFocus(True)
        self.return_address.setFixedHeight(64)
        self.signature = QPlainTextEdit()
        self.signature.setTabChangesFocus(True)
        self.signature.setFixedHeight(80)
        self.labels = [QLabel() for _ in range(6)]
        for label, widget in zip(self.labels, (self.shop_name, self.seller_name,
                                               self.payment_methods, self.refund_policy,
                                               self.return_address, self.signature),
                                 strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.placeholder_hint = self.hint()
        self.column.addWidget(self.placeholder_hint)
        self.shop_name.editingFinished.connect(
            lambda: self.store("seller.shop_name", self.shop_name.text().strip()))
        self.seller_name.editingFinished.connect(
            lambda: self.store("seller.name", self.seller_name.text().strip()))
        for widget, key in ((self.payment_methods, "seller.payment_methods"),
                            (self.refund_policy, "seller.refund_policy"),
                            (self.return_address, "seller.return_address"),
                            (self.signature, "seller.email_signature")):
            widget.textChanged.connect(
                lambda w=widget, k=key: self._store_default(k, w.toPlainText()))

    def _store_default(self, key: str, text: str) -> None:
        # only the English (default) version is edited here: Malay and Indonesian stay
        versions = text_versions(self.settings.get(key))
        versions[""] = text.strip()
        self.store(key, text_value(versions))

    def open_setup(self) -> SetupDialog:
        """Open the set-up page over the settings; show what it saved."""
        self.setup_dialog = open_setup(self.settings, self.window())
        self.setup_dialog.saved.connect(self._after_setup)
        return self.setup_dialog

    def _after_setup(self) -> None:
        self.load()
        self.setup_saved.emit()
        for key in ("seller.shop_name", "seller.name", "seller.country", "seller.subdivision",
                    "seller.timezone", "seller.currency"):
            self.changed.emit(key)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your shop"))
        self.setup_button.setText(self.tr("Set up your shop…"))
        self.setup_button.setToolTip(self.tr(
            "All your shop's details on one page, with the texts in Malay and Indonesian"))
        self.intro.setText(self.tr(
            "Templates fill these in for you, so every customer reads the same clear facts."))
        for label, text in zip(self.labels, (
                self.tr("Shop name"), self.tr("Your name"), self.tr("Payment methods"),
                self.tr("Refund policy"), self.tr("Return address"),
                self.tr("Email signature")), strict=True):
            label.setText(text)
        self.shop_name.setPlaceholderText(self.tr("e.g. Nora Batik & Craft"))
        self.payment_methods.setPlaceholderText(self.tr(
            "e.g. Online banking (Maybank), DuitNow QR, Touch 'n Go eWallet"))
        self.refund_policy.setPlaceholderText(self.tr(
            "e.g. Full refund within 30 days if the item arrives damaged or not as "
            "described."))
        self.placeholder_hint.setText(self.tr(
            "In a template, {seller.shop_name}, {seller.name}, {seller.payment_methods}, "
            "{seller.refund_policy}, {seller.return_address} and {seller.signature} become "
            "what you write here."))

    def load(self) -> None:
        widgets = (self.shop_name, self.seller_name, self.payment_methods, self.refund_policy,
                   self.return_address, self.signature)
        _keep = blocked(*widgets)
        self.shop_name.setText(self.settings.get("seller.shop_name"))
        self.seller_name.setText(self.settings.get("seller.name"))
        for widget, key in ((self.payment_methods, "seller.payment_methods"),
                            (self.refund_policy, "seller.refund_policy"),
                            (self.return_address, "seller.return_address"),
                            (self.signature, "seller.email_signature")):
            widget.setPlainText(text_versions(self.settings.get(key))[""])


class LanguageSection(Section):
    """Interface language, country and state (for holidays), time zone, currency.

    Signals:
        language_changed(str): the interface now speaks this language code.
    """

    language_changed = Signal(str)

    def build(self) -> None:
        form = self.form()
        self.language = QComboBox()
        self.country = QComboBox()
        self.country.setMaxVisibleItems(20)
        self.subdivision = QComboBox()
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.setMaxVisibleItems(20)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.addItems(money.COMMON_CURRENCIES)
        self.labels = [QLabel() for _ in range(5)]
        for label, widget in zip(self.labels, (self.language, self.country, self.subdivision,
                                               self.timezone, self.currency), strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
            if widget is self.subdivision:
                # right under the state, where the seller looks when holidays seem wrong
                self.region_warning = QLabel()
                self.region_warning.setObjectName("fieldError")
                self.region_warning.setWordWrap(True)
                self.region_warning.hide()
                form.addRow("", self.region_warning)
                self.collective_leave = QCheckBox()
                self.collective_leave.setObjectName("collectiveLeave")
                form.addRow("", self.collective_leave)
        self.collective_leave.toggled.connect(
            lambda on: self.store("clock.id_collective_leave", bool(on)))
        self.sample = self.hint()
        self.column.addWidget(self.sample)
        self.language.activated.connect(self._language_chosen)
        self.country.activated.connect(self._country_chosen)
        self.subdivision.activated.connect(self._state_chosen)
        self.timezone.activated.connect(self._zone_chosen)
        self.currency.activated.connect(self._currency_chosen)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Language and region"))
        self.intro.setText(self.tr(
            "The language of Seller Desk, and how it writes dates, numbers and money. The "
            "country and state decide which public holidays the reply timer skips."))
        for label, text in zip(self.labels, (
                self.tr("Language"), self.tr("Country"), self.tr("State or province"),
                self.tr("Time zone"), self.tr("Usual currency")), strict=True):
            label.setText(text)
        self.collective_leave.setText(self.tr(
            "Count Indonesia's collective leave days (cuti bersama) as days off"))
        self.collective_leave.setToolTip(self.tr(
            "Most offices and customers rest on these days around Lebaran and Christmas: "
            "the reply timer does not count them."))
        self.load()

    def load(self) -> None:
        _keep = blocked(self.language, self.country, self.subdivision, self.timezone,
                        self.currency, self.collective_leave)
        self.collective_leave.setChecked(bool(self.settings.get("clock.id_collective_leave")))
        self.language.clear()
        self.language.addItem(self.tr("Same as the computer"), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(
            self.settings.get("ui.language"))))
        country = self.settings.get("seller.country")
        if self.country.count() == 0 or self.country.property("locale") != \
                i18n.current_locale():
            self.country.clear()
            for code, name in views_settings.countries(i18n.current_locale()):
                self.country.addItem(name, code)
            self.country.setProperty("locale", i18n.current_locale())
        self.country.setCurrentIndex(max(0, self.country.findData(country)))
        self._fill_subdivisions(country)
        self.timezone.clear()
        self.timezone.addItem(self.tr("This computer's time zone"), "")
        for zone in views_settings.timezones():
            self.timezone.addItem(zone.replace("_", " "), zone)
        self.timezone.setCurrentIndex(max(0, self.timezone.findData(
            self.settings.get("seller.timezone"))))
        currency = self.settings.get("seller.currency")
        if self.currency.findText(currency) < 0:
            self.currency.addItem(currency)
        self.currency.setCurrentText(currency)
        self._show_sample()

    def _fill_subdivisions(self, country: str) -> None:
        self.subdivision.clear()
        states = views_settings.subdivisions(country)
        self.subdivision.addItem(self.tr("Whole country") if states else
                                 self.tr("No state holidays for this country"), "")
        for code, name in states:
            self.subdivision.addItem(name, code)
        current = str(self.settings.get("seller.subdivision") or "")
        if current and self.subdivision.findData(current) < 0:
            # an unknown state (hand-edited, or from an older calendar) stays visible, with
            # the warning beside it, instead of silently showing "Whole country"
            self.subdivision.addItem(current, current)
        self.subdivision.setEnabled(bool(states) or bool(current))
        self.subdivision.setCurrentIndex(max(0, self.subdivision.findData(current)))
        self._check_region(country)

    def _check_region(self, country: str) -> None:
        problem = views_setup.region_warning(country, str(
            self.settings.get("seller.subdivision") or ""))
        self.region_warning.setVisible(problem is not None)
        self.region_warning.setText(i18n.message_text(problem) if problem is not None else "")
        self.collective_leave.setVisible(country.upper() == "ID")

    def _state_chosen(self, _index: int) -> None:
        self.store("seller.subdivision", self.subdivision.currentData() or "")
        self._check_region(self.country.currentData() or "")

    def _show_sample(self) -> None:
        from decimal import Decimal

        from seller_desk.core.store.fields import utcnow

        self.sample.setText(self.tr("Example: %1 · %2 · %3").replace(
            "%1", i18n.format_datetime(utcnow())).replace(
            "%2", i18n.format_number(Decimal("12345.5"), 1)).replace(
            "%3", i18n.format_money(Decimal("1234.50"), self.settings.get("seller.currency"))))

    def _language_chosen(self, _index: int) -> None:
        self.store("ui.language", self.language.currentData() or "")
        self._apply_locale()

    def _apply_locale(self) -> None:
        language = i18n.install_from_settings(self.settings)
        self.language_changed.emit(language)
        # other texts follow through Qt's LanguageChange event; the sample needs the locale
        self._show_sample()

    def _country_chosen(self, _index: int) -> None:
        country = self.country.currentData() or ""
        self.store("seller.country", country)
        self.store("seller.subdivision", "")
        _keep = blocked(self.subdivision)
        self._fill_subdivisions(country)
        self._apply_locale()

    def _zone_chosen(self, _index: int) -> None:
        zone = self.timezone.currentData()
        if zone is None:  # typed text that is not in the list
            text = self.timezone.currentText().replace(" ", "_")
            zone = text if text in views_settings.timezones() else ""
        self.store("seller.timezone", zone)
        timefmt.set_timezone(zone)
        self._show_sample()

    def _currency_chosen(self, _index: int) -> None:
        try:
            code = money.check_currency(self.currency.currentText())
        except ValidationError:
            self.currency.setCurrentText(self.settings.get("seller.currency"))
            return
        self.store("seller.currency", code)
        self._show_sample()


class RulesSection(Section):
    """Reminder rule days, automatic status emails and desktop notifications."""

    def build(self) -> None:
        form = self.form()
        self.unpaid = self._spin(1, 60)
        self.arrival = self._spin(0, 30)
        self.feedback = self._spin(1, 90)
        self.complaint = self._spin(1, 168)
        self.rule_labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.rule_labels, (self.unpaid, self.arrival, self.feedback,
                                                    self.complaint), strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        for widget, key in ((self.unpaid, "reminders.unpaid_days"),
                            (self.arrival, "reminders.arrival_extra_days"),
                            (self.feedback, "reminders.feedback_days"),
                            (self.complaint, "reminders.complaint_hours")):
            widget.valueChanged.connect(lambda value, k=key: self.store(k, int(value)))
        self.rules_hint = self.hint()
        self.column.addWidget(self.rules_hint)

        self.auto_title = self.subheading()
        self.auto_hint = self.hint()
        self.column.addWidget(self.auto_hint)
        self.auto = {stage: QCheckBox() for stage in ("paid", "shipped", "delivered")}
        for stage, box in self.auto.items():
            self.column.addWidget(box)
            box.toggled.connect(lambda on, s=stage: self.store(f"auto_email.{s}", bool(on)))

        self.notify_title = self.subheading()
        self.notify = {kind: QCheckBox() for kind in ("new_mail", "breach", "reminders")}
        for kind, box in self.notify.items():
            self.column.addWidget(box)
            box.toggled.connect(lambda on, k=kind: self.store(f"notify.{k}", bool(on)))

    def _spin(self, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setMaximumWidth(140)
        return spin

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reminders and automatic emails"))
        self.intro.setText(self.tr(
            "Seller Desk reminds you to follow up, so no customer is forgotten. Change when "
            "each reminder comes."))
        texts = (self.tr("Unpaid order: remind after"),
                 self.tr("Parcel not arrived: check after the expected date plus"),
                 self.tr("Ask for feedback after delivery"),
                 self.tr("Complaint not answered: remind after"))
        for label, text in zip(self.rule_labels, texts, strict=True):
            label.setText(text)
        for spin in (self.unpaid, self.arrival, self.feedback):
            plural.follow_count(spin, lambda n: self.tr("%n day(s)", "", n))
        plural.follow_count(self.complaint, lambda n: self.tr("%n hour(s)", "", n))
        self.rules_hint.setText(self.tr(
            "For example, a parcel expected in 10 days gets an arrival check on day 12, so "
            "you can offer a refund before the customer has to ask."))
        self.auto_title.setText(self.tr("Automatic status emails"))
        self.auto_hint.setText(self.tr(
            "When you change an order's status, Seller Desk can email the customer for you "
            "with the matching template, in the customer's language."))
        self.auto["paid"].setText(self.tr("Payment received: thank the customer"))
        self.auto["shipped"].setText(self.tr(
            "Shipped: send the courier, tracking number and expected arrival"))
        self.auto["delivered"].setText(self.tr("Delivered: ask whether all is well"))
        self.notify_title.setText(self.tr("Desktop notifications"))
        self.notify["new_mail"].setText(self.tr("A customer writes"))
        self.notify["breach"].setText(self.tr("A customer has waited past your reply target"))
        self.notify["reminders"].setText(self.tr("A reminder is due"))

    def load(self) -> None:
        widgets = [self.unpaid, self.arrival, self.feedback, self.complaint,
                   *self.auto.values(), *self.notify.values()]
        _keep = blocked(*widgets)
        self.unpaid.setValue(int(self.settings.get("reminders.unpaid_days")))
        self.arrival.setValue(int(self.settings.get("reminders.arrival_extra_days")))
        self.feedback.setValue(int(self.settings.get("reminders.feedback_days")))
        self.complaint.setValue(int(self.settings.get("reminders.complaint_hours")))
        for stage, box in self.auto.items():
            box.setChecked(bool(self.settings.get(f"auto_email.{stage}")))
        for kind, box in self.notify.items():
            box.setChecked(bool(self.settings.get(f"notify.{kind}")))
