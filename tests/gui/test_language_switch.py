"""A language switch reaches every text already on screen, without a restart: the set-up
wizard's own buttons and its provider hints, the mailbox chips in the status bar (their
words, and the error behind a chip), the outbox chip and a message banner that stays."""

from __future__ import annotations

import pytest
from gui.desk_support import close_window, open_window

from seller_desk.core.mail import errors
from seller_desk.ui import i18n
from seller_desk.ui.app import open_account_wizard
from seller_desk.ui.qt import QWizard
from seller_desk.ui.sync import AccountState, SyncController

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing")

COUNTRY = {"en": "MY", "ms": "MY", "id": "ID"}
BUTTONS = {  # Back, Next, Cancel, Finish
    "en": ("< &Back", "&Next >", "Cancel", "Done"),
    "ms": ("< &Kembali", "&Seterusnya >", "Batal", "Selesai"),
    "id": ("< &Kembali", "&Lanjut >", "Batal", "Selesai"),
}
GMAIL_HINT = {
    "en": "Use an app password (myaccount.google.com/apppasswords); IMAP is on by default.",
    "ms": "Guna kata laluan aplikasi (app password) dari myaccount.google.com/apppasswords; "
          "IMAP biasanya sudah dihidupkan.",
    "id": "Pakai sandi aplikasi (myaccount.google.com/apppasswords); IMAP sudah aktif dari "
          "awal.",
}
CHIP = {"en": "Kedai Aisyah: not checked, retry", "ms": "Kedai Aisyah: belum disemak, cuba lagi",
        "id": "Kedai Aisyah: belum dicek, coba lagi"}
CUT = {"en": "The connection to the mail server at imap.example.com was cut.",
       "ms": "Sambungan ke pelayan emel di imap.example.com terputus.",
       "id": "Koneksi ke server email di imap.example.com terputus."}
NOT_SENT = {"en": "2 messages not sent", "ms": "2 mesej belum dihantar",
            "id": "2 pesan belum terkirim"}
NOT_READ = {"en": "This conversation could not be read. Details are in the log.",
            "ms": "Perbualan ini tidak dapat dibaca. Butiran ada dalam log.",
            "id": "Percakapan ini tidak bisa dibaca. Detailnya ada di log."}


@pytest.fixture
def window(qtbot, tmp_path):
    window = open_window(qtbot, f"sqlite:///{tmp_path / 'w.sqlite3'}")
    yield window
    i18n.install("en")  # every other test reads English
    close_window(qtbot, window)


def test_the_wizards_buttons_and_provider_hints_follow_a_language_switch(window, qtbot):
    wizard = open_account_wizard(window)
    qtbot.waitExposed(wizard)
    wizard.address.email.setText("kedai.aisyah@gmail.com")
    wizard.next()
    assert wizard.currentId() == 1  # the password page, with the Gmail hint
    wizard.back()
    try:
        for language in ("ms", "id", "en", "ms"):
            i18n.install(language, COUNTRY[language])
            back, next_, cancel, finish = BUTTONS[language]
            # Qt posts the language change to every widget: it arrives with the event loop
            qtbot.waitUntil(lambda n=next_: wizard.button(
                QWizard.WizardButton.NextButton).text() == n, timeout=2000)
            assert wizard.button(QWizard.WizardButton.BackButton).text() == back
            assert wizard.button(QWizard.WizardButton.NextButton).text() == next_
            assert wizard.button(QWizard.WizardButton.CancelButton).text() == cancel
            assert wizard.buttonText(QWizard.WizardButton.FinishButton) == finish
            assert wizard.address.help.text() == GMAIL_HINT[language]
            assert wizard.servers.app_hint.text() == "Gmail: " + GMAIL_HINT[language]
            # "Other (IMAP)" is a word, not a brand: it is translated too
            other = wizard.address.provider.itemText(
                wizard.address.provider.findData("generic"))
            assert other == {"en": "Other (IMAP)", "ms": "Lain-lain (IMAP)",
                             "id": "Lainnya (IMAP)"}[language]
    finally:
        wizard.close()


def test_a_connection_test_that_failed_is_told_again_in_the_new_language(window, qtbot):
    wizard = open_account_wizard(window)
    qtbot.waitExposed(wizard)
    page = wizard.test
    try:
        page._failed(errors.NetworkError("mail.imap.cut", {"where": "imap.example.com"},
                                         hint="mail.cut_hint"))
        assert page.result.text().startswith(CUT["en"])
        assert page.status.text() == "Reading mail did not work."
        i18n.install("ms", "MY")
        qtbot.waitUntil(lambda: page.result.text().startswith(CUT["ms"]), timeout=2000)
        assert page.status.text() == "Gagal membaca emel."
        i18n.install("id", "ID")
        qtbot.waitUntil(lambda: page.result.text().startswith(CUT["id"]), timeout=2000)
        assert page.status.text() == "Gagal membaca email."
    finally:
        wizard.close()


def test_status_texts_made_before_a_switch_follow_it(window, qtbot):
    controller = SyncController(window)
    window.attach_sync(controller)
    controller.states[7] = AccountState(7, "Kedai Aisyah")
    controller.watch_failed.emit(7, errors.NetworkError(
        "mail.imap.cut", {"where": "imap.example.com"}, hint="mail.cut_hint"))
    chip = window.sync_status.chips[7]
    window.outbox_chip._show(({"failed": 2}, []))
    window.conversation_page._failed(RuntimeError("a bug, not a known error"))
    banner = window.conversation_page.banner
    for language in ("en", "ms", "id", "en"):
        i18n.install(language, COUNTRY[language])
        qtbot.waitUntil(lambda lang=language: chip.text() == CHIP[lang], timeout=2000)
        # the error behind the chip is told in the new language, not the one of its time
        assert chip.toolTip().startswith(CUT[language])
        assert window.outbox_chip.text() == NOT_SENT[language]
        assert banner.text() == NOT_READ[language]


def test_a_bug_behind_a_chip_reads_as_plain_words_in_the_sellers_language(window, qtbot):
    """An unexpected failure's own text ("'NoneType' object ...") is for the log only."""
    controller = SyncController(window)
    window.attach_sync(controller)
    controller.states[8] = AccountState(8, "Kedai Aisyah")
    controller.watch_failed.emit(8, AttributeError("'NoneType' object has no attribute 'uid'"))
    chip = window.sync_status.chips[8]
    assert chip.toolTip().startswith(
        "Something unexpected went wrong; the details are in the log.")
    assert "NoneType" not in chip.toolTip()
    i18n.install("ms", "MY")
    qtbot.waitUntil(lambda: chip.toolTip().startswith(
        "Sesuatu yang tidak dijangka berlaku; butirannya ada dalam log."), timeout=2000)
