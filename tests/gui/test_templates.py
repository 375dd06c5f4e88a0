"""The templates editor: per-language editing, placeholders, live preview, save and restore."""

from __future__ import annotations

from decimal import Decimal

import pytest

from seller_desk.core.common.settings import Settings
from seller_desk.core.shop import customers, orders
from seller_desk.core.store import db
from seller_desk.core.store.models import Template
from seller_desk.core.templates import canned as templates
from seller_desk.ui.app import make_application
from seller_desk.ui.qt import Qt
from seller_desk.ui.templates import TemplatesPage


@pytest.fixture
def page(qtbot, tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    templates.install_defaults()
    settings = Settings()
    settings.set("seller.shop_name", "Nora Batik")
    buyer = customers.create_customer("Nur Aisyah binti Ahmad", ["aisyah@example.com"],
                                      language="ms", country="MY")
    orders.create_order("WA-0042", "whatsapp", [{"title": "Songket shawl", "quantity": 2,
                                                 "unit_price": Decimal("89.50")}],
                        customer=buyer)
    make_application()
    widget = TemplatesPage(settings)
    qtbot.addWidget(widget)
    widget.resize(1240, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    database.close()


def select(page, key: str, language: str = "en") -> None:
    page.open_template(key, language)
    assert page.key == key and page.language == language


def test_every_default_template_is_listed_once_with_its_languages(page):
    keys = []
    for g in range(page.list.topLevelItemCount()):
        group = page.list.topLevelItem(g)
        for n in range(group.childCount()):
            item = group.child(n)
            keys.append(item.data(0, Qt.ItemDataRole.UserRole))
            assert item.text(1) == "EN MS ID"
    assert sorted(keys) == sorted(templates.library_keys())


def test_the_preview_fills_in_the_chosen_order_and_customer(qtbot, page):
    select(page, "sale_thanks", "ms")
    assert page.order_choice.currentText().startswith("WA-0042")
    assert "WA-0042" in page.preview_subject.text()
    body = page.preview.toPlainText()
    assert "Hai Aisyah" in body and "Nora Batik" in body
    assert "2 × Songket shawl" in body
    assert "RM179.00" in body
    # an unfilled placeholder stays visible and is explained
    assert "{seller.name}" in body
    assert "Your name" in page.preview_missing.text()
    # typing updates the preview
    page.body.setPlainText("Terima kasih {customer.first_name}! Jumlah: {order.total}")
    qtbot.waitUntil(lambda: page.preview.toPlainText() ==
                    "Terima kasih Aisyah! Jumlah: RM179.00", timeout=2000)
    page.order_choice.setCurrentIndex(0)  # no order
    page.update_preview()
    assert "{order.total}" in page.preview.toPlainText()


def test_a_placeholder_is_inserted_from_the_menu(qtbot, page):
    select(page, "shipped")
    page.body.setPlainText("Tracking: ")
    cursor = page.body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    page.body.setTextCursor(cursor)
    page.body.setFocus()
    page.insert_menu.aboutToShow.emit()
    action = next(a for a in page.insert_menu.actions()
                  if a.data() == "shipment.tracking_number")
    assert "tracking number" in action.text()
    action.trigger()
    assert page.body.toPlainText() == "Tracking: {shipment.tracking_number}"


def test_editing_one_language_saves_that_language_only(qtbot, page):
    select(page, "payment_received", "id")
    before_en = templates.get_template("payment_received", "en").body
    page.body.setPlainText("Pembayaran untuk {order.number} sudah kami terima. Terima kasih!")
    with qtbot.waitSignal(page.templates_changed, timeout=1000):
        qtbot.keyClick(page.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = Template.get(Template.key == "payment_received", Template.language == "id")
    assert saved.body.startswith("Pembayaran untuk {order.number}")
    assert not saved.is_builtin
    assert templates.get_template("payment_received", "en").body == before_en
    assert page.saved_note.text() == "Saved."

    # and the original can be put back
    page.confirm = lambda _text: True
    page.restore()
    assert templates.get_template("payment_received", "id").is_builtin


def test_an_unknown_placeholder_is_refused_where_it_is(qtbot, page):
    select(page, "delivered")
    page.body.setPlainText("Hi {customer.frist_name}")
    assert page.save() is None
    assert "Unknown placeholder" in page.error.text()
    assert page.body.property("invalid") is True
    qtbot.waitUntil(lambda: "frist_name" in page.preview_missing.text(), timeout=2000)


def test_a_missing_language_is_written_from_another(qtbot, page):
    page.confirm = lambda _text: True
    select(page, "away_notice", "id")
    page.delete()
    assert "id" not in templates.languages_of("away_notice")
    assert page.missing_language.isVisible() and page.copy_button.isVisible()
    page.copy_from_other_language()
    english = templates.get_template("away_notice", "en")
    assert page.body.toPlainText() == english.body
    page.body.setPlainText("Toko kami sedang libur sampai {seller.away_until}.")
    assert page.save() is not None
    assert "id" in templates.languages_of("away_notice")


def test_a_new_template_gets_its_own_key(qtbot, page):
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.key is None
    page.name.setText("Restock notice")
    page.shortcut.setText("restock")
    page.subject.setText("Back in stock")
    page.body.setPlainText("Hi {customer.first_name|there}, it is back!")
    row = page.save()
    assert row is not None and row.key == "restock_notice" and row.language == "en"
    assert templates.find_by_shortcut("/restock").key == "restock_notice"


def test_choosing_another_template_asks_first_and_keep_editing_loses_nothing(
        qtbot, page, monkeypatch):
    """Typed text never vanishes when another template is clicked: the seller is asked;
    "Keep editing" keeps the text and the selection, "Discard" moves on."""
    from seller_desk.ui import forms

    answers = []

    def ask(_parent):
        answers.append("asked")
        return answers_to_give.pop(0)

    answers_to_give = [forms.KEEP_EDITING, forms.DISCARD]
    monkeypatch.setattr(forms, "ask_discard", ask)
    select(page, "sale_thanks", "en")
    page.body.setPlainText("My own words, not saved yet")
    target = next(page.list.topLevelItem(g).child(n)
                  for g in range(page.list.topLevelItemCount())
                  for n in range(page.list.topLevelItem(g).childCount())
                  if page.list.topLevelItem(g).child(n).data(0, Qt.ItemDataRole.UserRole)
                  == "payment_received")
    page.list.setCurrentItem(target)
    assert answers == ["asked"]
    assert page.key == "sale_thanks"
    assert page.body.toPlainText() == "My own words, not saved yet"
    assert page.list.currentItem().data(0, Qt.ItemDataRole.UserRole) == "sale_thanks"
    # switching the language asks too
    answers_to_give.insert(0, forms.KEEP_EDITING)
    page.language_buttons["ms"].click()
    assert page.language == "en" and page.language_buttons["en"].isChecked()
    assert page.body.toPlainText() == "My own words, not saved yet"
    page.list.setCurrentItem(target)
    assert page.key == "payment_received"
    assert "My own words" not in page.body.toPlainText()
