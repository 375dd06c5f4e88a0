"""Three languages: loading, switching in Settings without a restart, local formats."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from seller_desk.core.common.settings import Settings
from seller_desk.core.store import db
from seller_desk.ui import i18n
from seller_desk.ui.app import make_application
from seller_desk.ui.orders import OrdersPage
from seller_desk.ui.qt import QCoreApplication, QLocale, Qt
from seller_desk.ui.settings import SettingsPage
from seller_desk.ui.tasks import Task


@pytest.fixture
def app():
    application = make_application()
    yield application
    i18n.install("en")  # every other test reads English


def tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [("ms", "en", "ms"), ("", "ms", "ms"), ("", "id", "id"), ("", "in", "id"),
     ("", "de", "en"), ("en", "id", "en"), ("xx", "fr", "en")],
)
def test_the_language_setting_resolves(setting, system, expected):
    assert i18n.resolve(setting, system) == expected


def test_locales_follow_language_and_country():
    assert i18n.locale_for("ms", "MY") == "ms_MY"
    assert i18n.locale_for("id", "MY") == "id_ID"  # no Indonesian of Malaysia: Indonesia's
    assert i18n.locale_for("en", "SG") == "en_SG"
    assert i18n.locale_for("en", "", "en_GB") == "en_GB"


@pytest.mark.parametrize(
    ("language", "context", "text", "expected"),
    [("ms", "Labels", "Awaiting payment", "Menunggu bayaran"),
     ("id", "Labels", "Awaiting payment", "Menunggu pembayaran"),
     ("ms", "MainWindow", "Orders", "Pesanan"),
     ("ms", "MainWindow", "Shipments", "Penghantaran"),
     ("id", "MainWindow", "Shipments", "Pengiriman"),
     ("ms", "MainWindow", "Reminders", "Peringatan"),
     ("id", "MainWindow", "Reminders", "Pengingat"),
     ("id", "QPlatformTheme", "Cancel", "Batal")],
)
def test_each_language_loads_its_translations(app, language, context, text, expected):
    assert i18n.install(language, "MY") == language
    assert tr(context, text) == expected
    assert QLocale().name().startswith(language)


def test_plural_forms(app):
    i18n.install("en")
    assert tr("ShipmentsModel", "%n day(s) late", 1) == "1 day late"
    assert tr("ShipmentsModel", "%n day(s) late", 3) == "3 days late"
    i18n.install("id", "ID")
    assert tr("ShipmentsModel", "%n day(s) late", 3) == "Terlambat 3 hari"


def test_a_helper_text_filed_without_context_is_found(app):
    i18n.install("ms", "MY")
    # "Yesterday" comes from a module-level tr() helper of the "Format" context
    assert tr("Format", "Yesterday") == "Semalam"


def test_dates_numbers_and_money_per_locale(app):
    day = dt.date(2026, 3, 1)
    i18n.install("ms", "MY")
    assert i18n.format_date(day) == "1 Mac 2026"
    assert i18n.format_money(Decimal("1234.5"), "MYR") == "RM1,234.50"
    i18n.install("id", "ID")
    assert i18n.format_money(Decimal("150000"), "IDR") == "Rp150.000"
    assert i18n.format_number(Decimal("1234.5"), 1) == "1.234,5"
    assert i18n.read_amount("1.250,50", "IDR") == Decimal("1250.50")
    i18n.install("en", "MY")
    assert i18n.format_number(Decimal("1234.5"), 1) == "1,234.5"
    assert i18n.read_amount("RM 1,250.50", "MYR") == Decimal("1250.50")
    # rupiah typed the Indonesian way in the English window: 85,000, not 85
    assert i18n.read_amount("85.000", "IDR") == Decimal(85_000)
    assert i18n.amount_text(Decimal(85_000), "IDR") == "85,000"
    assert i18n.duration(3 * 3600 + 5 * 60) == "3 h 05 min"


def test_switching_language_in_settings_retranslates_open_screens(qtbot, app, tmp_path):
    database = db.open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    settings = Settings()
    orders_page = OrdersPage(settings)
    settings_page = SettingsPage(settings)
    for widget in (orders_page, settings_page):
        qtbot.addWidget(widget)
        widget.show()
    settings_page.show_section("language")
    combo = settings_page.language.language
    assert orders_page.title.text() == "Orders"

    with qtbot.waitSignal(settings_page.language_changed, timeout=2000):
        combo.setCurrentIndex(combo.findData("ms"))
        combo.activated.emit(combo.currentIndex())
    assert Settings().get("ui.language") == "ms"
    qtbot.waitUntil(lambda: orders_page.title.text() == "Pesanan", timeout=2000)
    assert orders_page.new_button.text() == "Pesanan baharu"
    assert orders_page.model.headerData(0, Qt.Orientation.Horizontal) == "Pesanan"
    assert settings_page.nav.item(0).text() == "Kedai anda"
    assert settings_page.language.title.text() == "Bahasa dan wilayah"

    combo.setCurrentIndex(combo.findData("id"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: orders_page.new_button.text() == "Pesanan baru", timeout=2000)
    assert settings_page.nav.item(0).text() == "Toko Anda"
    assert i18n.current_locale() == "id_ID"

    combo.setCurrentIndex(combo.findData(""))  # the computer's language (English here)
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: orders_page.title.text() == "Orders", timeout=2000)
    qtbot.waitUntil(lambda: Task.pending() == 0, timeout=5000)
    database.close()


def test_the_cores_messages_are_shown_in_the_interface_language(app):
    from seller_desk.core.common.errors import ValidationError
    from seller_desk.core.common.messages import Msg

    refused = ValidationError("order.duplicate", {"number": "WA-0001", "channel": "whatsapp"},
                              field="number", hint="order.duplicate_hint")
    i18n.install("en")
    assert refused.text() == ("There is already an order WA-0001 on whatsapp. Open that order, "
                              "or check the number.")
    # the interface names the channel as the screens do
    assert i18n.error_text(refused) == refused.text().replace("whatsapp", "WhatsApp")
    i18n.install("ms", "MY")
    assert i18n.error_text(refused) == ("Pesanan WA-0001 di WhatsApp sudah ada. Buka pesanan "
                                        "itu, atau semak semula nombornya.")
    i18n.install("id", "ID")
    assert i18n.error_text(ValidationError("order.item_no_title", {"number": 2})) == \
        "Barang ke-2 belum ada nama produknya."
    # a text the interface made itself is shown as it is
    assert i18n.error_text(ValidationError(Msg.text("Sesuatu yang baru."))) == "Sesuatu yang baru."


def test_statuses_money_and_languages_inside_a_message_are_shown_the_local_way(app):
    from seller_desk.core.common.errors import ValidationError
    from seller_desk.core.common.messages import Msg

    moved = ValidationError("order.transition", {"current": "awaiting_payment", "new": "shipped"},
                            hint=Msg("order.transition_hint", {"allowed": ["paid", "cancelled"]}))
    refund = ValidationError("order.refund_too_large", {"left": (Decimal("150000"), "IDR")})
    twice = ValidationError("template.exists", {"language": "ms"})
    i18n.install("ms", "MY")
    assert i18n.error_text(moved) == (
        "Pesanan yang berstatus menunggu bayaran tidak boleh ditukar kepada sudah dihantar. "
        "Status seterusnya yang dibenarkan: sudah dibayar, dibatalkan.")
    assert i18n.error_text(twice) == "Templat ini sudah ada dalam Bahasa Melayu."
    i18n.install("id", "ID")
    assert "menunggu pembayaran" in i18n.error_text(moved)
    assert i18n.error_text(refund).endswith("sisa yang masih bisa dikembalikan: Rp150.000.")
    assert "(25,3 MB)" in i18n.error_text(ValidationError("compose.too_big", {"size": 25.3}))


def test_a_field_of_an_account_is_named_in_the_interface_language(app):
    from seller_desk.core.common.errors import ValidationError
    from seller_desk.core.mail.connection import account_fields
    from seller_desk.ui import labels

    too_long = ValidationError("account.field_too_long",
                               {"field": "username", "limit": 254, "length": 300},
                               field="username")
    with_port = ValidationError("account.host_with_port",
                                {"field": "imap_host", "host": "imap.kedai.my", "port": "993"},
                                field="imap_host", hint="account.port_own_field")
    i18n.install("en")
    assert i18n.error_text(with_port) == with_port.text()
    i18n.install("ms", "MY")
    # the field opens the Malay sentence, so its name gets a capital there and only there
    assert i18n.error_text(too_long) == ("Nama pengguna terlalu panjang (300 aksara): "
                                         "maksimum 254 aksara.")
    assert i18n.error_text(with_port) == (
        "Untuk pelayan emel masuk (IMAP), taip nama pelayan sahaja, iaitu “imap.kedai.my”, "
        "tanpa “:993”. Masukkan nombor port dalam ruangan port.")
    i18n.install("id", "ID")
    assert i18n.error_text(with_port) == (
        "Untuk server email masuk (IMAP), ketik nama servernya saja, yaitu “imap.kedai.my”, "
        "tanpa “:993”. Isi nomor port di kolom port.")
    for language in ("ms", "id"):
        i18n.install(language)
        untranslated = [code for code, english in account_fields.LABELS.items()
                        if labels.account_field(code) == english]
        assert untranslated == [], language


@pytest.mark.parametrize("language", ["ms", "id"])
def test_every_message_of_the_core_is_found_by_its_id(app, language):
    """The compiled .qm answers each id: no message is left in English for the seller."""
    from seller_desk.core.common import messages
    from seller_desk.core.common.messages import Msg

    samples = {"status": "paid", "statuses": ["paid"], "channel": "shopee",
               "channels": ["shopee"], "language": "id", "money": (Decimal(5), "MYR"),
               "amount": (Decimal("1.234"), "MYR"),
               "decimal": 1.5, "list": ["a"], "account_field": "imap_host"}
    i18n.install(language)
    english_still = []
    for msg_id, text in messages.MESSAGES.items():
        kinds = messages.KINDS_OF.get(msg_id, {})
        msg = Msg(msg_id, {p: samples.get(kinds.get(p, ""), "x") for p in messages.params_in(text)})
        shown = i18n.message_text(msg)
        if shown == msg.english() or messages.params_in(shown):
            english_still.append(msg_id)
    assert english_still == []


def test_a_storage_failure_reads_in_the_interface_language(app, tmp_path):
    """The storage's refusals (a full disk, an empty database file, a sync stopped by a
    full disk) name the folder or file and say what to do in the seller's language."""
    import peewee

    from seller_desk.core.common.errors import StorageError
    from seller_desk.core.mail.imap import sync

    empty = tmp_path / "seller-desk.sqlite3"
    empty.write_bytes(b"")
    with pytest.raises(StorageError) as refused:
        db.open_database(f"sqlite:///{empty}")
    shop = tmp_path / "shop"
    database = db.open_database(f"sqlite:///{shop / 'seller-desk.sqlite3'}")
    full = peewee.OperationalError("database or disk is full")
    stopped = sync._storage_stop(full)  # about the open database
    saving = db.storage_error(full)
    database.close()
    assert refused.value.kind == "empty_file" and saving is not None and stopped is not None
    i18n.install("ms", "MY")
    assert i18n.error_text(refused.value).startswith(
        f"Fail pangkalan data {empty} kosong (0 bait).")
    assert i18n.error_text(saving).startswith(
        f"Tiada ruang lagi pada cakera yang menyimpan {shop}, jadi Seller Desk "
        "tidak dapat menyimpan. Kosongkan sedikit ruang pada cakera itu")
    i18n.install("id", "ID")
    assert i18n.error_text(stopped).startswith(
        f"Sinkronisasi berhenti: tidak ada ruang tersisa di disk tempat {shop} berada.")
    assert "lalu sinkronkan lagi" in i18n.error_text(stopped)
