"""The account wizard shows the core's refusal of a field right under that field, keeps the
page, and puts the cursor there: nothing is tried against a server that is not a name."""

from __future__ import annotations

import pytest
from gui.desk_support import close_window, open_window

from seller_desk.core.store.models import Account
from seller_desk.ui import i18n
from seller_desk.ui.app import open_account_wizard
from seller_desk.ui.qt import QFormLayout

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing")


@pytest.fixture
def wizard(qtbot, tmp_path):
    window = open_window(qtbot, f"sqlite:///{tmp_path / 'w.sqlite3'}")
    wizard = open_account_wizard(window)
    qtbot.waitExposed(wizard)
    yield wizard
    wizard.close()
    close_window(qtbot, window)


def row_of(form: QFormLayout, widget) -> int:
    while form.getWidgetPosition(widget)[0] < 0:  # a field inside a row of several
        widget = widget.parentWidget()
    return form.getWidgetPosition(widget)[0]


def shown_under(form: QFormLayout, field, label) -> bool:
    return label.isVisible() and row_of(form, label) == row_of(form, field) + 1


@pytest.mark.parametrize(("field", "value", "words"), [
    ("email", "shop@example.com, boss@example.com", "Enter one full email address"),
    ("email", "a" * 65 + "@example.com", "before the @ is too long"),
    ("name", "N" * 20_000, "at most 200 characters"),
])
def test_a_refused_address_or_name_is_shown_under_its_field(wizard, qtbot, field, value,
                                                            words):
    page = wizard.address
    page.email.setText("shop@example.com")
    getattr(page, field).setText(value)
    wizard.next()
    assert wizard.currentId() == 0
    label = page.field_errors.labels[field]
    assert words in label.text()
    assert shown_under(page.layout(), getattr(page, field), label)
    qtbot.waitUntil(lambda: getattr(page, field).hasFocus(), timeout=2000)
    # corrected, the page goes on and the message goes away
    page.email.setText("shop@example.com")
    page.name.setText("Shop")
    wizard.next()
    assert wizard.currentId() == 1 and not label.isVisible()


@pytest.mark.parametrize(("field", "value", "words"), [
    ("imap_host", "imap.example.com:993", "Put the port in the port field"),
    ("imap_host", "http://127.0.0.1/", "without \"http://\""),
    ("smtp_host", "smtp.example.com/send", "without a \"/\""),
    ("smtp_host", "s" * 300, "at most 253 characters"),
    ("username", "shop\u2028x", "line break"),
])
def test_a_refused_server_is_shown_under_its_field_before_any_connection(
        wizard, qtbot, field, value, words):
    wizard.address.email.setText("shop@gmail.com")  # a known provider: servers folded away
    wizard.next()
    page = wizard.servers
    assert not page.servers.isVisible()
    page.password.setText("app password")
    getattr(page, field).setText(value)
    wizard.next()
    assert wizard.currentId() == 1  # the connection test did not start
    label = page.field_errors.labels[field]
    assert words in label.text()
    assert page.servers.isVisible()
    assert shown_under(page.servers.layout(), getattr(page, field), label)
    qtbot.waitUntil(lambda: getattr(page, field).hasFocus(), timeout=2000)
    assert not Account.select().exists()


@pytest.mark.parametrize(("language", "country", "expected"), [
    ("ms", "MY", "Untuk pelayan emel masuk (IMAP), taip nama pelayan sahaja, contohnya "
                 "imap.example.com, tanpa “http://” atau “imaps://” di hadapannya."),
    ("id", "ID", "Untuk server email masuk (IMAP), ketik nama servernya saja, misalnya "
                 "imap.example.com, tanpa “http://” atau “imaps://” di depannya."),
])
def test_the_refusal_under_a_field_is_in_the_sellers_language(wizard, language, country,
                                                               expected):
    i18n.install(language, country)
    try:
        wizard.address.email.setText("shop@gmail.com")
        wizard.next()
        page = wizard.servers
        page.password.setText("app password")
        page.imap_host.setText("https://imap.gmail.com")
        wizard.next()
        assert wizard.currentId() == 1
        assert page.field_errors.labels["imap_host"].text() == expected
        # the address page's refusals too, with the field's name opening the sentence
        wizard.back()
        wizard.address.name.setText("N" * 300)
        wizard.next()
        assert wizard.address.field_errors.labels["name"].text() == {
            "ms": "Nama akaun terlalu panjang (300 aksara): maksimum 200 aksara.",
            "id": "Nama akun terlalu panjang (300 karakter): maksimal 200 karakter."}[language]
    finally:
        i18n.install("en")
