"""The settings screen: a list of sections on the left, the chosen one on the right."""

from __future__ import annotations

from seller_desk.core.common.settings import Settings
from seller_desk.ui.i18n import Retranslating
from seller_desk.ui.qt import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSize,
    QStackedWidget,
    Qt,
    QWidget,
    Signal,
)
from seller_desk.ui.settings.base import Section
from seller_desk.ui.settings.couriers import CouriersSection
from seller_desk.ui.settings.data import DataSection
from seller_desk.ui.settings.hours import HoursSection
from seller_desk.ui.settings.mailboxes import MailboxesSection
from seller_desk.ui.settings.not_customers import NotCustomersSection
from seller_desk.ui.settings.patterns import PatternsSection
from seller_desk.ui.settings.sections import LanguageSection, RulesSection, ShopSection


class SettingsPage(Retranslating, QWidget):
    """Every setting the seller can change; each change is saved at once.

    Signals:
        setting_changed(str): the setting with this key was saved (e.g. "clock.warn_hours").
        language_changed(str): the interface switched to this language code.
        database_restored(): a backup was restored; every screen must reload.
    """

    setting_changed = Signal(str)
    language_changed = Signal(str)
    database_restored = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("settingsNav")
        self.nav.setFixedWidth(230)
        self.stack = QStackedWidget()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)

        self.shop = ShopSection(settings)
        self.language = LanguageSection(settings)
        self.hours = HoursSection(settings)
        self.rules = RulesSection(settings)
        self.patterns = PatternsSection(settings)
        self.data = DataSection(settings)
        self.couriers = CouriersSection(settings)
        self.not_customers = NotCustomersSection(settings)
        self.mailboxes = MailboxesSection(settings)
        self.sections: dict[str, Section] = {
            "shop": self.shop,
            "mailboxes": self.mailboxes,
            "language": self.language,
            "hours": self.hours,
            "rules": self.rules,
            "patterns": self.patterns,
            "couriers": self.couriers,
            "not_customers": self.not_customers,
            "data": self.data,
        }
        for key, section in self.sections.items():
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(200, 36))
            self.nav.addItem(item)
            self.stack.addWidget(section)
            section.changed.connect(self.setting_changed)
        self.shop.setup_saved.connect(self.refresh)  # the page also sets the region
        self.language.language_changed.connect(self.language_changed)
        self.data.database_restored.connect(self.database_restored)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        self.retranslate()

    def retranslate(self) -> None:
        names = {
            "shop": self.tr("Your shop"),
            "mailboxes": self.tr("Mailboxes"),
            "language": self.tr("Language and region"),
            "hours": self.tr("Reply times"),
            "rules": self.tr("Reminders and emails"),
            "patterns": self.tr("Order numbers"),
            "couriers": self.tr("Couriers"),
            "not_customers": self.tr("Not customers"),
            "data": self.tr("Data and backup"),
        }
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            item.setText(names[item.data(Qt.ItemDataRole.UserRole)])

    def show_section(self, key: str) -> None:
        self.nav.setCurrentRow(list(self.sections).index(key))

    def current_section(self) -> str:
        return list(self.sections)[self.nav.currentRow()]

    def refresh(self) -> None:
        """Show the stored values again (after the settings changed elsewhere)."""
        self.settings.load()
        for section in self.sections.values():
            section.load()
