"""The first-run page, "Set up your shop": the facts every reply uses, asked for once.

It opens by itself after the first start (while neither the shop's name nor the seller's is
known and the seller has not skipped it), and from Settings > Your shop at any time. The
texts a template uses can be written per language; a language left empty uses the English
text, and the page says so in the empty field.

Keyboard first: the shop's name has the focus, Tab walks the fields, the language tabs
switch with the arrow keys, Ctrl+Enter saves, and Esc with changes asks before anything
typed is thrown away.
"""

from __future__ import annotations

import logging

from seller_desk.core.common import money
from seller_desk.core.common.errors import ValidationError
from seller_desk.core.common.settings import PER_LANGUAGE, TEXT_LANGUAGES, Settings
from seller_desk.core.screens import settings as views_settings
from seller_desk.core.screens import setup as views_setup
from seller_desk.ui import i18n
from seller_desk.ui.i18n import Retranslating
from seller_desk.ui.qt import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
    Signal,
)
from seller_desk.ui.widgets import SaveCancelRow

logger = logging.getLogger(__name__)


class SetupDialog(Retranslating, QDialog):
    """Shop name, sender name, region, and the texts replies use, per language.

    Signals:
        saved(): the facts were saved.
        skipped(): the seller chose "Skip for now" (the page will not open by itself again).
    """

    saved = Signal()
    skipped = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.settings = settings
        self.setup = views_setup.load(settings)
        self._original = views_setup.load(settings)
        self._language = ""  # the language whose texts the fields show now
        self.ask: QMessageBox | None = None
        self.setMinimumWidth(620)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.setSpacing(10)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.intro = QLabel()
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        outer.addWidget(self.heading)
        outer.addWidget(self.intro)

        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(form)
        self.shop_name = QLineEdit()
        self.seller_name = QLineEdit()
        self.country = QComboBox()
        self.country.setMaxVisibleItems(20)
        self.subdivision = QComboBox()
        self.timezone = QComboBox()
        self.timezone.setMaxVisibleItems(20)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.addItems(money.COMMON_CURRENCIES)
        self.region_warning = QLabel()
        self.region_warning.setObjectName("fieldError")
        self.region_warning.setWordWrap(True)
        self.region_warning.hide()
        state_column = QVBoxLayout()
        state_column.setSpacing(4)
        state_column.addWidget(self.subdivision)
        state_column.addWidget(self.region_warning)
        self.sender_hint = QLabel()
        self.sender_hint.setObjectName("hint")
        self.sender_hint.setWordWrap(True)
        name_column = QVBoxLayout()
        name_column.setSpacing(4)
        name_column.addWidget(self.seller_name)
        name_column.addWidget(self.sender_hint)
        self.form_labels = [QLabel() for _ in range(6)]
        rows: list[tuple[QLabel, QWidget | QVBoxLayout, QWidget]] = [
            (self.form_labels[0], self.shop_name, self.shop_name),
            (self.form_labels[1], name_column, self.seller_name),
            (self.form_labels[2], self.country, self.country),
            (self.form_labels[3], state_column, self.subdivision),
            (self.form_labels[4], self.timezone, self.timezone),
            (self.form_labels[5], self.currency, self.currency),
        ]
        for label, field, buddy in rows:
            label.setBuddy(buddy)
            form.addRow(label, field)

        # the texts share the form above (one label column), under their own heading
        self.texts_title = QLabel()
        self.texts_title.setObjectName("sectionTitle")
        self.texts_title.setContentsMargins(0, 10, 0, 0)
        form.addRow(self.texts_title)
        self.texts_hint = QLabel()
        self.texts_hint.setObjectName("hint")
        self.texts_hint.setWordWrap(True)
        form.addRow(self.texts_hint)
        self.tabs = QTabBar()
        self.tabs.setObjectName("setupLanguages")
        self.tabs.setExpanding(False)
        for _lang in TEXT_LANGUAGES:
            self.tabs.addTab("")
        form.addRow(self.tabs)
        texts_form = form
        self.texts: dict[str, QPlainTextEdit] = {}
        self.text_labels: dict[str, QLabel] = {}
        for key in PER_LANGUAGE:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(58)
            label = QLabel()
            label.setBuddy(edit)
            texts_form.addRow(label, edit)
            self.texts[key], self.text_labels[key] = edit, label

        bottom = SaveCancelRow(self, self.save)
        self.cancel_button, self.save_button = bottom.cancel_button, bottom.save_button
        self.skip_button = QPushButton()
        self.skip_button.setObjectName("skipSetup")
        self.skip_button.clicked.connect(self.skip)
        bottom.insertWidget(0, self.skip_button)
        outer.addStretch(1)  # spare height below the fields, not between them
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        row = QHBoxLayout()
        row.addLayout(bottom)
        outer.addSpacing(4)
        outer.addLayout(row)

        self._fill_region()
        self.shop_name.setText(self.setup.shop_name)
        self.seller_name.setText(self.setup.seller_name)
        self._show_texts("")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.country.activated.connect(self._country_chosen)
        self.subdivision.activated.connect(lambda _i: self._check_region())
        self.retranslate()
        self.shop_name.setFocus()

    # --- texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up your shop"))
        self.heading.setText(self.tr("Set up your shop"))
        self.intro.setText(self.tr(
            "Your replies use these facts, so customers never read a blank. It takes a "
            "minute; you can change everything later in Settings > Your shop."))
        for label, text in zip(self.form_labels, (
                self.tr("Shop name"), self.tr("Your name"), self.tr("Country"),
                self.tr("State or province"), self.tr("Time zone"),
                self.tr("Usual currency")), strict=True):
            label.setText(text)
        self.shop_name.setPlaceholderText(self.tr("e.g. Nora Batik & Craft"))
        self.seller_name.setPlaceholderText(self.tr("e.g. Nora"))
        self.sender_hint.setText(self.tr(
            "Customers see this name as the sender of your mail."))
        self.texts_title.setText(self.tr("Texts your replies use"))
        self.texts_hint.setText(self.tr(
            "Write them in English first. Add Malay or Indonesian when you can: a customer "
            "who writes in that language then reads them in it."))
        for index, lang in enumerate(TEXT_LANGUAGES):
            # each language by its own name, as the language menus write it
            self.tabs.setTabText(index, i18n.LANGUAGES[lang or "en"])
        for key, text in (("seller.email_signature", self.tr("Signature")),
                          ("seller.payment_methods", self.tr("Payment methods")),
                          ("seller.refund_policy", self.tr("Refund policy")),
                          ("seller.return_address", self.tr("Return address"))):
            self.text_labels[key].setText(text)
        self._text_placeholders()
        self.skip_button.setText(self.tr("Skip for now"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("Save"))
        self.timezone.setItemText(0, self.tr("This computer's time zone"))
        self._check_region()

    def _text_placeholders(self) -> None:
        if self._language:
            for edit in self.texts.values():
                edit.setPlaceholderText(self.tr("Empty: the English text is used."))
            return
        examples = {
            "seller.email_signature": self.tr("e.g. Nora, Nora Batik & Craft · WhatsApp "
                                              "012-345 6789"),
            "seller.payment_methods": self.tr(
                "e.g. Online banking (Maybank), DuitNow QR, Touch 'n Go eWallet"),
            "seller.refund_policy": self.tr(
                "e.g. Full refund within 30 days if the item arrives damaged or not as "
                "described."),
            "seller.return_address": self.tr("e.g. No. 12, Jalan Melati 3, 43000 Kajang, "
                                             "Selangor"),
        }
        for key, edit in self.texts.items():
            edit.setPlaceholderText(examples[key])

    # --- region -----------------------------------------------------------------------

    def _fill_region(self) -> None:
        locale = i18n.current_locale()
        for code, name in views_settings.countries(locale):
            self.country.addItem(name, code)
        self.country.setCurrentIndex(max(0, self.country.findData(self.setup.country)))
        self._fill_states(self.setup.country, self.setup.subdivision)
        self.timezone.addItem("", "")
        for zone in views_settings.timezones():
            self.timezone.addItem(zone.replace("_", " "), zone)
        self.timezone.setCurrentIndex(max(0, self.timezone.findData(self.setup.timezone)))
        currency = self.setup.currency or "MYR"
        if self.currency.findText(currency) < 0:
            self.currency.addItem(currency)
        self.currency.setCurrentText(currency)

    def _fill_states(self, country: str, current: str) -> None:
        self.subdivision.clear()
        states = views_settings.subdivisions(country)
        self.subdivision.addItem(self.tr("Whole country") if states else
                                 self.tr("No state holidays for this country"), "")
        for code, name in states:
            self.subdivision.addItem(name, code)
        if current and self.subdivision.findData(current) < 0:
            # a state the calendar does not know stays as it is, with a warning: the seller
            # decides, nothing is changed behind their back
            self.subdivision.addItem(current, current)
        self.subdivision.setEnabled(bool(states) or bool(current))
        self.subdivision.setCurrentIndex(max(0, self.subdivision.findData(current)))

    def _country_chosen(self, _index: int) -> None:
        self._fill_states(self.country.currentData() or "", "")
        self._check_region()

    def _check_region(self) -> None:
        problem = views_setup.region_warning(self.country.currentData() or "",
                                             self.subdivision.currentData() or "")
        self.region_warning.setVisible(problem is not None)
        if problem is not None:
            self.region_warning.setText(i18n.message_text(problem))

    # --- per-language texts -------------------------------------------------------------

    def _keep_texts(self) -> None:
        for key, edit in self.texts.items():
            self.setup.texts.setdefault(key, {})[self._language] = edit.toPlainText().strip()

    def _show_texts(self, language: str) -> None:
        self._language = language
        for key, edit in self.texts.items():
            edit.setPlainText(self.setup.texts.get(key, {}).get(language, ""))
        self._text_placeholders()

    def _tab_changed(self, index: int) -> None:
        self._keep_texts()
        self._show_texts(TEXT_LANGUAGES[index])

    def show_language(self, language: str) -> None:
        """Show the texts of ``language`` ("" English, "ms", "id")."""
        self.tabs.setCurrentIndex(TEXT_LANGUAGES.index(language))

    # --- saving and leaving -----------------------------------------------------------

    def collected(self) -> views_setup.ShopSetup:
        """What the page holds now."""
        self._keep_texts()
        self.setup.shop_name = self.shop_name.text().strip()
        self.setup.seller_name = self.seller_name.text().strip()
        self.setup.country = self.country.currentData() or ""
        self.setup.subdivision = self.subdivision.currentData() or ""
        self.setup.timezone = self.timezone.currentData() or ""
        self.setup.currency = self.currency.currentText().strip()
        return self.setup

    def has_changes(self) -> bool:
        return self.collected() != self._original

    def save(self) -> None:
        try:
            views_setup.save(self.settings, self.collected())
        except ValidationError as exc:
            self.error.setText(i18n.error_text(exc))
            self.error.show()
            self.currency.setFocus()
            return
        self.saved.emit()
        self.accept()

    def skip(self) -> None:
        """Close without saving; the page will not open by itself again."""
        self._leave(skip=True)

    def reject(self) -> None:
        """Esc or Cancel: close at once when nothing changed, else ask first."""
        self._leave(skip=False)

    def _leave(self, skip: bool) -> None:
        if not self.has_changes():
            self._close_unsaved(skip)
            return
        self.ask = QMessageBox(QMessageBox.Icon.Question, self.tr("Set up your shop"),
                               self.tr("Save what you typed?"), parent=self)
        self.ask.setInformativeText(self.tr(
            "You changed your shop's details. Save them, leave them unsaved, or go back to "
            "the page."))
        save = self.ask.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = self.ask.addButton(self.tr("Don't save"),
                                     QMessageBox.ButtonRole.DestructiveRole)
        back = self.ask.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        self.ask.setDefaultButton(back)
        self.ask.setEscapeButton(back)
        save.clicked.connect(self.save)
        discard.clicked.connect(lambda: self._close_unsaved(skip))
        self.ask.open()

    def _close_unsaved(self, skip: bool) -> None:
        if skip:
            views_setup.skip(self.settings)
            self.skipped.emit()
        super().reject()


def open_setup(settings: Settings, parent: QWidget | None = None) -> SetupDialog:
    """Open the set-up page (window-modal) and return it."""
    dialog = SetupDialog(settings, parent)
    dialog.open()
    return dialog
