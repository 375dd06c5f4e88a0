""""Set up your shop": opens on the first start, skips without nagging, saves every field and
language, is one click away in Settings, asks before Esc throws typing away; the composer
says when a shop text is empty or English stands in; Settings warns of an unknown state."""

from __future__ import annotations

import pytest
from gui import desk_support
from gui.desk_support import wait_for_tasks

from seller_desk.core.common.settings import Settings
from seller_desk.core.store import db
from seller_desk.core.store.models import Conversation, Customer, Template
from seller_desk.ui.app import make_application, open_setup_if_new
from seller_desk.ui.qt import QMessageBox, Qt
from seller_desk.ui.settings import SettingsPage
from seller_desk.ui.settings.setup import SetupDialog
from seller_desk.ui.tasks import Task

demo_template = desk_support.demo_template
demo_window = desk_support.demo_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing")


@pytest.fixture
def dialog(qtbot, tmp_path):
    make_application()
    page = SetupDialog(Settings())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def settings_page(qtbot, tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    make_application()
    widget = SettingsPage(Settings())
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    qtbot.waitUntil(lambda: Task.pending() == 0, timeout=5000)
    database.close()


def button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text() == text)


def test_the_page_opens_on_the_first_start_and_not_after_a_skip(demo_window, qtbot):
    page = open_setup_if_new(demo_window)
    assert isinstance(page, SetupDialog)
    qtbot.waitExposed(page)
    assert page.isVisible() and page.isModal()
    assert page.focusWidget() is page.shop_name  # keyboard first: type the shop's name
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    assert not page.isVisible()
    assert Settings().get("seller.setup_skipped") is True
    assert open_setup_if_new(demo_window) is None  # skipped: it does not nag


def test_the_page_stays_shut_once_the_shop_has_a_name(demo_window):
    Settings().set("seller.shop_name", "Nora Batik")
    demo_window.settings.load()
    assert open_setup_if_new(demo_window) is None


def test_saving_stores_every_field_and_each_language(dialog, qtbot):
    qtbot.keyClicks(dialog.shop_name, "Toko Batik Dewi")
    qtbot.keyClicks(dialog.seller_name, "Dewi")
    dialog.country.setCurrentIndex(dialog.country.findData("ID"))
    dialog.country.activated.emit(dialog.country.currentIndex())
    dialog.currency.setCurrentText("IDR")
    qtbot.keyClicks(dialog.texts["seller.refund_policy"], "Full refund within 30 days.")
    qtbot.keyClicks(dialog.texts["seller.email_signature"], "Dewi, Toko Batik Dewi")
    dialog.show_language("id")
    assert dialog.texts["seller.refund_policy"].toPlainText() == ""
    assert "English text is used" in dialog.texts["seller.refund_policy"].placeholderText()
    qtbot.keyClicks(dialog.texts["seller.refund_policy"], "Uang kembali dalam 30 hari.")
    dialog.show_language("")  # back to English: what was typed in each language stays
    assert dialog.texts["seller.refund_policy"].toPlainText() == "Full refund within 30 days."
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        qtbot.keyClick(dialog.shop_name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    saved = Settings()
    assert saved.get("seller.shop_name") == "Toko Batik Dewi"
    assert saved.get("seller.name") == "Dewi"
    assert (saved.get("seller.country"), saved.get("seller.currency")) == ("ID", "IDR")
    assert saved.get("seller.refund_policy") == {"": "Full refund within 30 days.", "ms": "",
                                                 "id": "Uang kembali dalam 30 hari."}
    assert saved.get("seller.email_signature") == "Dewi, Toko Batik Dewi"


def test_a_bad_currency_is_said_and_nothing_typed_is_lost(dialog, qtbot):
    qtbot.keyClicks(dialog.shop_name, "Kedai Nora")
    dialog.currency.setCurrentText("ringgit")
    dialog.save()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "ringgit" in dialog.error.text()
    assert dialog.shop_name.text() == "Kedai Nora"
    assert Settings().get("seller.shop_name") == ""


def test_esc_without_changes_closes_at_once(dialog, qtbot):
    qtbot.keyClick(dialog.shop_name, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.ask is None
    assert Settings().get("seller.setup_skipped") is False  # Esc is not a skip


def test_esc_with_changes_asks_first(dialog, qtbot):
    qtbot.keyClicks(dialog.shop_name, "Kedai Nora")
    qtbot.keyClick(dialog.shop_name, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    ask = dialog.ask
    assert ask is not None
    qtbot.waitUntil(ask.isVisible, timeout=2000)
    qtbot.mouseClick(button(ask, "Keep editing"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.shop_name.text() == "Kedai Nora"
    qtbot.keyClick(dialog.shop_name, Qt.Key.Key_Escape)
    qtbot.waitUntil(dialog.ask.isVisible, timeout=2000)
    qtbot.mouseClick(button(dialog.ask, "Don't save"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert Settings().get("seller.shop_name") == ""


def test_esc_with_changes_can_still_save(dialog, qtbot):
    qtbot.keyClicks(dialog.seller_name, "Nora")
    qtbot.keyClick(dialog.seller_name, Qt.Key.Key_Escape)
    qtbot.waitUntil(dialog.ask.isVisible, timeout=2000)
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        qtbot.mouseClick(button(dialog.ask, "Save"), Qt.MouseButton.LeftButton)
    assert Settings().get("seller.name") == "Nora"


def test_the_page_is_one_click_away_in_settings(settings_page, qtbot):
    settings_page.show_section("shop")
    shop = settings_page.shop
    qtbot.mouseClick(shop.setup_button, Qt.MouseButton.LeftButton)
    page = shop.setup_dialog
    assert page is not None
    qtbot.waitExposed(page)
    qtbot.keyClicks(page.shop_name, "Nora Batik & Craft")
    page.country.setCurrentIndex(page.country.findData("ID"))
    page.country.activated.emit(page.country.currentIndex())
    with qtbot.waitSignals([page.saved, shop.changed], timeout=2000):
        page.save()
    assert shop.shop_name.text() == "Nora Batik & Craft"  # the section shows what was saved
    assert settings_page.language.country.currentData() == "ID"  # and so do the others


def test_the_shop_section_edits_the_english_text_and_keeps_the_others(settings_page, qtbot):
    settings = settings_page.settings
    settings.set("seller.refund_policy", {"": "Old", "ms": "Lama", "id": "Lama (id)"})
    settings_page.refresh()
    shop = settings_page.shop
    assert shop.refund_policy.toPlainText() == "Old"
    shop.refund_policy.setPlainText("New")
    assert Settings().get("seller.refund_policy") == {"": "New", "ms": "Lama",
                                                      "id": "Lama (id)"}


def test_settings_warn_of_a_state_the_calendar_does_not_know(settings_page):
    settings = settings_page.settings
    settings.set("seller.country", "MY")
    settings.set("seller.subdivision", "sgr")
    settings_page.refresh()
    section = settings_page.language
    settings_page.show_section("language")
    assert section.subdivision.currentData() == "sgr"  # kept, not silently replaced
    assert section.region_warning.isVisible()
    assert section.region_warning.text() == (
        "Holidays for “sgr” are unknown; using the country's public holidays only.")
    section.subdivision.setCurrentIndex(section.subdivision.findData("10"))
    section.subdivision.activated.emit(section.subdivision.currentIndex())
    assert not section.region_warning.isVisible()
    assert Settings().get("seller.subdivision") == "10"


def test_cuti_bersama_is_a_choice_for_indonesia_only(settings_page):
    section = settings_page.language
    settings_page.show_section("language")
    assert not section.collective_leave.isVisible()  # Malaysia, the default
    section.country.setCurrentIndex(section.country.findData("ID"))
    section.country.activated.emit(section.country.currentIndex())
    assert section.collective_leave.isVisible() and section.collective_leave.isChecked()
    section.collective_leave.setChecked(False)
    assert Settings().get("clock.id_collective_leave") is False


def test_the_composer_says_when_english_stands_in_or_details_are_empty(demo_window, qtbot):
    conv = (Conversation.select().join(Customer)
            .where(Conversation.is_auto == False).first())  # noqa: E712
    Customer.update(language="id").where(Customer.id == conv.customer_id).execute()
    template = Template.get((Template.key == "complaint_ack") & (Template.language == "id"))
    composer = demo_window.compose(conv.id, "reply")
    with qtbot.waitSignal(composer.ready, timeout=10_000):
        pass
    composer.insert_template(template.id, "id")
    assert composer.setup_note.isVisible() and composer.setup_now_button.isVisible()
    assert composer.setup_note_label.text().startswith("Your shop's details are empty:")
    assert "{seller.refund_policy}" in composer.setup_note_label.text()
    qtbot.mouseClick(composer.setup_now_button, Qt.MouseButton.LeftButton)
    page = composer.setup_dialog
    qtbot.waitExposed(page)
    qtbot.keyClicks(page.shop_name, "Toko Batik Dewi")
    qtbot.keyClicks(page.seller_name, "Dewi")
    qtbot.keyClicks(page.texts["seller.refund_policy"], "Full refund within 30 days.")
    with qtbot.waitSignal(page.saved, timeout=2000):
        page.save()
    assert not composer.setup_note.isVisible()
    composer.body.clear()
    composer.insert_template(template.id, "id")
    assert "Full refund within 30 days." in composer.body.toPlainText()
    assert composer.setup_note.isVisible() and not composer.setup_now_button.isVisible()
    assert composer.setup_note_label.text() == (
        "No refund policy in Bahasa Indonesia yet; the English one is used.")
    composer.discard()
    wait_for_tasks(qtbot)
