"""Adding a mailbox: provider presets, a connection test in plain words, the first sync.

1. The address and a name; the provider is recognised (Gmail, Outlook, Yahoo, other).
2. The password (an app password where the provider wants one) and, for other providers
   or when asked, the server settings prefilled from the preset.
3. A connection test. A refused password says so (with the app-password hint); an
   untrusted certificate can be trusted by its fingerprint; no password store on the
   computer is explained with the way forward.
4. From when customers count as waiting: days back or a date, with the count of the
   inbox's messages that would count and of those kept as history (read once from the
   server after the connection test, then counted on the computer at every change).
5. The account is saved and its first sync runs with progress; the newest mail shows in
   the inbox at once while older mail keeps coming.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from seller_desk.core.common.errors import UserError, ValidationError
from seller_desk.core.common.messages import Msg
from seller_desk.core.conversations import clocks
from seller_desk.core.mail.connection import accounts, connect, credentials, oauth
from seller_desk.core.mail.imap import census
from seller_desk.core.store.fields import utcnow
from seller_desk.ui import (
    i18n,
    labels,
    plural,
)
from seller_desk.ui.accounts.sign_in import SignInBox, offered_for
from seller_desk.ui.qt import (
    QT_TRANSLATE_NOOP,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpacerItem,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
    Signal,
    to_date,
)
from seller_desk.ui.tasks import Task, network_pool

logger = logging.getLogger(__name__)

SECURITY_LABELS = (("ssl", "SSL/TLS"), ("starttls", "STARTTLS"),
                   ("none", QT_TRANSLATE_NOOP("ServersPage", "None (no encryption)")))
PAGE_ADDRESS, PAGE_SERVERS, PAGE_TEST, PAGE_WAITING, PAGE_SYNC = range(5)
def provider_label(preset: accounts.Preset) -> str:
    """A provider's name as the wizard shows it: brands as they are, "Other" translated."""
    return labels.provider_label(preset.key, preset.label)


def provider_help(preset: accounts.Preset | None) -> str:
    """What to do at a provider (an app password, IMAP on), in the interface language."""
    return labels.provider_help(preset.key, preset.help) if preset is not None else ""


def test_connection(values: dict[str, Any], password: str) -> list[str]:
    """Try the settings before anything is saved (worker thread)."""
    from seller_desk.core.mail.connection import connect

    return connect.test_settings(values, password)


def save_account(values: dict[str, Any], password: str,
                 counts_from: datetime | None = None) -> tuple[int, bool]:
    """Save the account and its password; (id, whether the keyring holds the password).

    Customer mail older than ``counts_from`` (default: a week ago) is history: no clock
    for it."""
    data = dict(values)
    data["counts_from"] = counts_from or accounts.counts_from()
    name, email, provider = data.pop("name"), data.pop("email"), data.pop("provider")
    account = accounts.add_account(name, email, password=password, provider=provider, **data)
    return account.id, not credentials.is_session_only(account.email)


def inbox_census(values: dict[str, Any], password: str) -> census.InboxCensus:
    """The INBOX's dates for the waiting-since page's count (worker thread)."""
    return census.census(values, password)


def first_sync(account_id: int, progress: Any = None) -> Any:
    from seller_desk.ui.sync import run_sync

    return run_sync(account_id, progress)


def _error_box(label: QLabel, text: str, kind: str = "wizardError") -> None:
    label.setObjectName(kind)
    label.setText(text)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setVisible(bool(text))


class FieldErrors:
    """One message line under each field of a form, shown when the core refuses that field.

    The core's :class:`ValidationError` names the field (``field``), so the message sits
    next to what must be corrected and the cursor goes there.
    """

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}

    def add(self, form: QFormLayout, field: str, widget: QWidget) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setObjectName(f"{field}Error")
        label.hide()
        form.addRow("", label)
        self.labels[field] = label
        self.widgets[field] = widget
        return label

    def clear(self) -> None:
        for label in self.labels.values():
            _error_box(label, "")

    def show(self, exc: ValidationError) -> bool:
        """Show the refusal under its field; False when no field of this form is named."""
        label = self.labels.get(exc.field)
        if label is None:
            return False
        _error_box(label, i18n.error_text(exc))
        self.widgets[exc.field].setFocus()
        return True


class AddressPage(i18n.Retranslating, QWizardPage):
    def __init__(self, wizard: AccountWizard) -> None:
        super().__init__()
        self.w = wizard
        form = QFormLayout(self)
        self.email = QLineEdit()
        self.email.setObjectName("wizardEmail")
        self.name = QLineEdit()
        self.name.setObjectName("wizardName")
        self.provider = QComboBox()
        self.provider.setObjectName("wizardProvider")
        for key, preset in accounts.PRESETS.items():
            self.provider.addItem(provider_label(preset), key)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setObjectName("mutedLabel")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        self.email_label, self.name_label, self.provider_label = QLabel(), QLabel(), QLabel()
        self.field_errors = FieldErrors()
        form.addRow(self.email_label, self.email)
        self.field_errors.add(form, "email", self.email)
        form.addRow(self.name_label, self.name)
        self.field_errors.add(form, "name", self.name)
        form.addRow(self.provider_label, self.provider)
        form.addRow(self.help)
        form.addRow(self.error)
        self.email.textChanged.connect(self._email_changed)
        self.provider.currentIndexChanged.connect(lambda _i: self._provider_changed())
        self.email.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.name.textChanged.connect(lambda _t: self.completeChanged.emit())
        self._name_touched = False
        self.name.textEdited.connect(lambda _t: setattr(self, "_name_touched", True))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Which mailbox do your customers write to?"))
        self.setSubTitle(self.tr("Seller Desk reads it with IMAP and answers through it. "
                                 "Your password stays in this computer's password store."))
        self.email_label.setText(self.tr("Email address"))
        self.name_label.setText(self.tr("Name in Seller Desk"))
        self.provider_label.setText(self.tr("Provider"))
        self.email.setPlaceholderText("shop@example.com")
        self.name.setPlaceholderText(self.tr("for example: Shop Gmail"))
        for index in range(self.provider.count()):
            self.provider.setItemText(index, provider_label(
                accounts.PRESETS[self.provider.itemData(index)]))
        self._provider_changed()

    def _email_changed(self, text: str) -> None:
        key = accounts.detect_provider(text)
        index = self.provider.findData(key)
        if index >= 0:
            self.provider.setCurrentIndex(index)
        if not self._name_touched:
            preset = accounts.PRESETS.get(key)
            domain = text.rpartition("@")[2]
            label = preset.label if preset and key != "generic" else domain
            self.name.setText(self.tr("Shop mail (%1)").replace("%1", label) if label else "")

    def _provider_changed(self) -> None:
        self.help.setText(provider_help(accounts.PRESETS.get(self.provider.currentData())))

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        text = self.email.text().strip()
        return "@" in text and not text.endswith("@") and bool(self.name.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        self.field_errors.clear()
        _error_box(self.error, "")
        try:
            checked = accounts.check_values({"email": self.email.text(),
                                             "name": self.name.text()})
        except ValidationError as exc:
            if not self.field_errors.show(exc):
                _error_box(self.error, i18n.error_text(exc))
            return False
        email = checked["email"]
        if accounts.account_exists(email):
            self.field_errors.show(ValidationError(
                Msg.text(self.tr("%1 is in Seller Desk already.").replace("%1", email)),
                field="email"))
            return False
        self.w.prefill_servers()
        return True


class ServersPage(i18n.Retranslating, QWizardPage):
    def __init__(self, wizard: AccountWizard) -> None:
        super().__init__()
        self.w = wizard
        layout = QVBoxLayout(self)
        # Microsoft and Google mailboxes sign in in the browser instead of a password
        self.sign_in = SignInBox()
        self.sign_in.signed_in.connect(self._signed_in)
        layout.addWidget(self.sign_in)
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setObjectName("wizardPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label = QLabel()
        form.addRow(self.password_label, self.password)
        self.app_hint = QLabel()
        self.app_hint.setWordWrap(True)
        self.app_hint.setObjectName("mutedLabel")
        self.preset: accounts.Preset | None = None
        form.addRow(self.app_hint)
        layout.addLayout(form)
        self.show_servers = QCheckBox()
        self.show_servers.setObjectName("showServers")
        layout.addWidget(self.show_servers)
        self.servers = QGroupBox()
        grid = QFormLayout(self.servers)
        self.username = QLineEdit()
        self.imap_host, self.imap_port, self.imap_security = self._server_row()
        self.smtp_host, self.smtp_port, self.smtp_security = self._server_row()
        self.username_label, self.imap_label, self.smtp_label = QLabel(), QLabel(), QLabel()
        self.field_errors = FieldErrors()
        grid.addRow(self.username_label, self.username)
        self.field_errors.add(grid, "username", self.username)
        grid.addRow(self.imap_label, self._row(self.imap_host, self.imap_port,
                                               self.imap_security))
        self.field_errors.add(grid, "imap_host", self.imap_host)
        self.field_errors.add(grid, "imap_port", self.imap_port)
        grid.addRow(self.smtp_label, self._row(self.smtp_host, self.smtp_port,
                                               self.smtp_security))
        self.field_errors.add(grid, "smtp_host", self.smtp_host)
        self.field_errors.add(grid, "smtp_port", self.smtp_port)
        layout.addWidget(self.servers)
        layout.addStretch(1)
        self.show_servers.toggled.connect(self.servers.setVisible)
        self.password.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.imap_host.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.retranslate()

    @staticmethod
    def _server_row() -> tuple[QLineEdit, QSpinBox, QComboBox]:
        host = QLineEdit()
        port = QSpinBox()
        port.setRange(1, 65535)
        security = QComboBox()
        for key, label in SECURITY_LABELS:
            security.addItem(QCoreApplication.translate("ServersPage", label), key)
        return host, port, security

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for i, w in enumerate(widgets):
            row.addWidget(w, 3 if i == 0 else 1)
        return box

    def retranslate(self) -> None:
        if getattr(self, "sign_in_only", False):
            self.setTitle(self.tr("Sign in to the mailbox"))
        else:
            self.setTitle(self.tr("Password and servers"))
        self.setSubTitle(self.tr("The password is checked in the next step before anything "
                                 "is saved."))
        self.password_label.setText(self.tr("Password"))
        self.show_servers.setText(self.tr("Show the server settings"))
        self.servers.setTitle(self.tr("Servers"))
        self.username_label.setText(self.tr("User name"))
        self.imap_label.setText(self.tr("Incoming (IMAP)"))
        self.smtp_label.setText(self.tr("Outgoing (SMTP)"))
        for box in (self.imap_security, self.smtp_security):
            for index, (_key, label) in enumerate(SECURITY_LABELS):
                box.setItemText(index, QCoreApplication.translate("ServersPage", label))
        self._app_hint_text()

    def _app_hint_text(self) -> None:
        preset = self.preset
        if preset is None:
            return
        if preset.needs_app_password:
            self.app_hint.setText(self.tr("%1: %2").replace(
                "%1", provider_label(preset)).replace("%2", provider_help(preset)))
        else:
            self.app_hint.setText(self.tr("The password you use to read this mailbox on the "
                                          "web."))

    def fill(self, email: str, provider: str) -> None:
        preset = accounts.PRESETS[provider] if provider != "generic" else \
            accounts.preset_for(email)
        self.username.setText(email)
        self.imap_host.setText(preset.imap_host)
        self.imap_port.setValue(preset.imap_port)
        self.imap_security.setCurrentIndex(self.imap_security.findData(preset.imap_security))
        self.smtp_host.setText(preset.smtp_host)
        self.smtp_port.setValue(preset.smtp_port)
        self.smtp_security.setCurrentIndex(self.smtp_security.findData(preset.smtp_security))
        self.preset = preset
        self._app_hint_text()
        generic = provider == "generic"
        self.show_servers.setChecked(generic)
        self.servers.setVisible(generic)
        self._offer_sign_in(email, provider)

    def _offer_sign_in(self, email: str, provider: str) -> None:
        """The sign-in buttons a mailbox can use; Microsoft's own addresses have no
        password row at all (Outlook.com refuses passwords from mail programs)."""
        self.w.forget_sign_in()
        offered = offered_for(email, provider)
        if oauth.provider_for_address(email) == "":
            offered = tuple(k for k in offered if oauth.available(k))
        self.sign_in.setVisible(bool(offered))
        self.sign_in.offer(email, offered)
        password_too = offered != ("microsoft",) or not oauth.available("microsoft")
        self.sign_in_only = not password_too
        self.retranslate()
        self.password.setVisible(password_too)
        self.password_label.setVisible(password_too)
        self.app_hint.setVisible(password_too)

    def _signed_in(self, provider_key: str, tokens: oauth.Tokens) -> None:
        email = self.w.values()["email"]
        oauth.keep(email, tokens)  # the connection test signs in with it, under this address
        self.w.signed_in = provider_key
        found = oauth.providers()[provider_key]
        guessed = accounts.preset_for(email).imap_host
        if self.w.address.provider.currentData() == "generic" and \
                self.imap_host.text().strip() in ("", guessed):
            # a domain of its own on Microsoft 365 / Google Workspace: their servers (unless
            # the seller typed servers of their own)
            preset = accounts.PRESETS[found.preset]
            self.imap_host.setText(preset.imap_host)
            self.imap_port.setValue(preset.imap_port)
            self.imap_security.setCurrentIndex(self.imap_security.findData(preset.imap_security))
            self.smtp_host.setText(preset.smtp_host)
            self.smtp_port.setValue(preset.smtp_port)
            self.smtp_security.setCurrentIndex(self.smtp_security.findData(preset.smtp_security))
        self.password.clear()
        self.password.setVisible(False)
        self.password_label.setVisible(False)
        self.app_hint.setVisible(False)
        self.completeChanged.emit()
        self.w.next()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        signed = bool(self.w.signed_in)
        return (signed or bool(self.password.text())) and bool(self.imap_host.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        """The servers are checked before the connection test tries them."""
        self.field_errors.clear()
        values = self.w.values()
        try:
            accounts.check_values({k: values[k] for k in (
                "username", "imap_host", "imap_port", "smtp_host", "smtp_port")})
        except ValidationError as exc:
            # the settings may be folded away (a known provider): open them to show where
            self.show_servers.setChecked(True)
            self.field_errors.show(exc)
            return False
        return True


class TestPage(i18n.Retranslating, QWizardPage):
    """Runs the connection test on entry; Next only once it passed."""

    def __init__(self, wizard: AccountWizard) -> None:
        super().__init__()
        self.w = wizard
        self.passed = False
        self.running = False
        self.error: Any = None
        # the outcome of the test, said again after a language switch
        self.live = i18n.LiveTexts()
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("testStatus")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.hide()
        buttons = QHBoxLayout()
        self.trust_button = QPushButton()
        self.trust_button.setObjectName("trustCertificate")
        self.trust_button.clicked.connect(self.trust_and_retry)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retryTest")
        self.retry_button.clicked.connect(self.run_test)
        buttons.addWidget(self.trust_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        for w in (self.status, self.busy, self.result):
            layout.addWidget(w)
        layout.addLayout(buttons)
        layout.addWidget(self.keyring_note)
        layout.addStretch(1)
        self.trust_button.hide()
        self.retry_button.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Checking the connection"))
        self.setSubTitle(self.tr("Seller Desk signs in to read and to send, and saves "
                                 "nothing until both work."))
        self.trust_button.setText(self.tr("Trust this certificate and try again"))
        self.retry_button.setText(self.tr("Try again"))
        self.live.retell()

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        status = credentials.backend_status()
        if not status.usable:
            _error_box(self.keyring_note, self.tr(
                "This computer has no password store, so Seller Desk keeps the password only "
                "until you close it and asks again at the next start. %1").replace(
                "%1", status.hint), "wizardNote")
        else:
            self.keyring_note.hide()
        self.run_test()

    def run_test(self) -> None:
        self.passed = False
        self.running = True
        self.error = None
        self.completeChanged.emit()
        values = self.w.values()
        self.live.show(self.status, lambda: self.tr("Connecting to %1…").replace(
            "%1", values["imap_host"]))
        self.busy.show()
        self.result.hide()
        self.trust_button.hide()
        self.retry_button.hide()
        Task(test_connection, values, self.w.password()).on_success(self._passed).on_failure(
            self._failed).start(network_pool())

    def _passed(self, lines: list[str]) -> None:
        self.running = False
        self.passed = True
        self.busy.hide()
        self.live.show(self.status, lambda: self.tr("It works. Press Next to choose from when "
                                                    "customers count as waiting."))
        _error_box(self.result, "\n".join(lines), "wizardOk")
        self.completeChanged.emit()
        self.w.test_finished.emit(True)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.error = exc
        self.busy.hide()
        where = getattr(exc, "protocol", "imap")
        self.live.show(self.status, lambda: self.tr("Sending mail did not work.")
                       if where == "smtp" else self.tr("Reading mail did not work."))
        _error_box(self.result, self.live.show(self.result, lambda: self._failure_text(exc)),
                   "wizardError")
        if getattr(exc, "kind", "") == "certificate_untrusted":
            self.trust_button.setVisible(bool(getattr(exc, "fingerprint", "")))
        self.retry_button.show()
        self.completeChanged.emit()
        self.w.test_finished.emit(False)

    def _failure_text(self, exc: BaseException) -> str:
        """What went wrong and what to do, in the interface language."""
        kind = getattr(exc, "kind", "")
        text = i18n.error_text(exc) if isinstance(exc, UserError) else self.tr(
            "Something unexpected went wrong; the details are in the log.")
        if kind == "certificate_untrusted" and isinstance(exc, UserError):
            # the fingerprint is said once, below, where it is asked about (the error's
            # own "Fingerprint (SHA-256): …" line made it twice)
            text = " ".join(p for p in [i18n.message_text(exc.msg), *(
                i18n.message_text(h) for h in exc.hints if h.id != "mail.fingerprint")] if p)
        if kind == "certificate_untrusted":
            fp = getattr(exc, "fingerprint", "")
            pretty = connect.readable_fingerprint(fp)
            text += "\n\n" + self.tr(
                "Only trust it if you expected a certificate of your own (a home server or "
                "a small web host). Its fingerprint is:\n%1").replace("%1", pretty)
        elif kind == "auth":
            text += "\n\n" + self.tr("Go Back to correct the password.")
        return text

    def trust_and_retry(self) -> None:
        exc = self.error
        fp = getattr(exc, "fingerprint", "")
        if not fp:
            return
        if getattr(exc, "protocol", "imap") == "smtp":
            self.w.trusted["smtp_trusted_fingerprint"] = fp
        else:
            self.w.trusted["imap_trusted_fingerprint"] = fp
        self.run_test()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.passed and not self.running


class WaitingPage(i18n.Retranslating, QWizardPage):
    """From when customers count as waiting, with what that means for this inbox.

    Years of old mail must not flood "Waiting on me": only customer mail from the cut-off
    on starts a timer. The seller picks it as days back or as a date (the two follow each
    other); the INBOX's dates are read once on entry (off the GUI thread, within a time
    budget) and every change is counted from them at once.
    """

    def __init__(self, wizard: AccountWizard) -> None:
        super().__init__()
        self.w = wizard
        self.census: census.InboxCensus | None = None
        self.census_error = ""
        self.counting = False
        self._census_key: tuple[Any, ...] | None = None
        self._generation = 0
        # the seller's last choice: days back (False) or a date (True)
        self.by_date = False
        form = QFormLayout(self)
        self.waiting_days = QSpinBox()
        self.waiting_days.setObjectName("wizardWaitingDays")
        self.waiting_days.setRange(0, 3650)
        self.waiting_days.setValue(accounts.DEFAULT_WAITING_SINCE_DAYS)
        self.waiting_days.setMaximumWidth(180)
        self.waiting_label = QLabel()
        self.waiting_label.setBuddy(self.waiting_days)
        self.from_date = QDateEdit()
        self.from_date.setObjectName("wizardWaitingDate")
        self.from_date.setCalendarPopup(True)
        self.from_date.setDisplayFormat(i18n.DATE_FORMAT)
        self.from_date.setMaximumDate(QDate.currentDate())
        self.from_date.setMinimumDate(QDate.currentDate().addDays(-3650))
        self.from_date.setMaximumWidth(180)
        self.date_label = QLabel()
        self.date_label.setBuddy(self.from_date)
        self.count = QLabel()
        self.count.setObjectName("waitingCount")
        self.count.setWordWrap(True)
        # the answer to the page's question: it stands out from the help below it
        font = self.count.font()
        font.setBold(True)
        self.count.setFont(font)
        self.waiting_help = QLabel()
        self.waiting_help.setWordWrap(True)
        self.waiting_help.setObjectName("mutedLabel")
        form.addRow(self.waiting_label, self.waiting_days)
        form.addRow(self.date_label, self.from_date)
        form.addItem(QSpacerItem(0, 8))
        form.addRow(self.count)
        form.addRow(self.waiting_help)
        self._sync_date()
        self.waiting_days.valueChanged.connect(self._days_changed)
        self.from_date.dateChanged.connect(self._date_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Which customers are waiting for you?"))
        self.setSubTitle(self.tr("A waiting timer starts only for unanswered customer mail "
                                 "from this day on."))
        self.waiting_label.setText(self.tr("Count customers as waiting from"))
        plural.follow_count(self.waiting_days, lambda n: self.tr("%n day(s) ago", "", n))
        self.date_label.setText(self.tr("or from the date"))
        self.waiting_help.setText(self.tr(
            "Unanswered mail older than this is kept, listed and searchable, but no waiting "
            "timer runs for it. 0 counts only mail from today on."))
        self.show_count()

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        values = self.w.values()
        key = (tuple(sorted(values.items())), self.w.password())
        if key == self._census_key and (self.census is not None or self.counting):
            self.show_count()
            return
        self._census_key = key
        self._generation += 1
        generation = self._generation
        self.census, self.census_error, self.counting = None, "", True
        self.show_count()
        Task(inbox_census, values, self.w.password()).on_success(
            lambda result: self._counted(generation, result)).on_failure(
            lambda exc: self._not_counted(generation, exc)).start(network_pool())

    def _counted(self, generation: int, result: census.InboxCensus) -> None:
        if generation != self._generation:
            return  # settings changed meanwhile: a newer count is on its way
        self.counting = False
        self.census = result
        self.show_count()
        self.w.census_finished.emit(True)

    def _not_counted(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.counting = False
        logger.info("the inbox could not be counted: %s", exc)
        self.census_error = i18n.error_text(exc) if isinstance(exc, UserError) else self.tr(
            "Something unexpected went wrong; the details are in the log.")
        self.show_count()
        self.w.census_finished.emit(False)

    def _days_changed(self, _days: int) -> None:
        self.by_date = False
        self._sync_date()
        self.show_count()

    def _date_changed(self, day: QDate) -> None:
        self.by_date = True
        days = day.daysTo(QDate.currentDate())
        self.waiting_days.blockSignals(True)
        self.waiting_days.setValue(max(0, days))
        self.waiting_days.blockSignals(False)
        self.show_count()

    def _sync_date(self) -> None:
        self.from_date.blockSignals(True)
        self.from_date.setDate(QDate.currentDate().addDays(-self.waiting_days.value()))
        self.from_date.blockSignals(False)

    def counts_from(self, now: datetime | None = None) -> datetime:
        """The cut-off as chosen: days back from now, or the start of the chosen date."""
        if self.by_date:
            return accounts.counts_from_day(to_date(self.from_date.date()),
                                            clocks.current_policy().tz)
        return accounts.counts_from(self.waiting_days.value(), now)

    def show_count(self) -> None:
        """Say what the chosen cut-off means for this inbox."""
        if self.counting:
            self.count.setText(self.tr("Counting the messages in your inbox…"))
            return
        if self.census is None:
            self.count.setText(self.tr(
                "Your inbox could not be counted: %1 You can still go on; the choice works "
                "the same.").replace("%1", self.census_error) if self.census_error else "")
            return
        cutoff = self.counts_from(utcnow())
        counted, older = self.census.split(cutoff)
        days = self.waiting_days.value()
        if self.by_date:
            text = self.tr("%n message(s) since %1 will count; %2 older ones are kept as "
                           "history.", "", counted).replace(
                "%1", i18n.format_date(to_date(self.from_date.date())))
        elif days == 0:
            text = self.tr("%n message(s) from today will count; %1 older ones are kept as "
                           "history.", "", counted).replace("%1", i18n.format_number(older))
        elif days == 1:
            text = self.tr("%n message(s) in the last 24 hours will count; %1 older ones are "
                           "kept as history.", "", counted).replace(
                "%1", i18n.format_number(older))
        else:
            text = self.tr("%n message(s) in the last %1 days will count; %2 older ones are "
                           "kept as history.", "", counted).replace(
                "%1", i18n.format_number(days))
        text = text.replace("%2", i18n.format_number(older))
        if not self.census.exact(cutoff):
            text += " " + self.tr("(Counted among the newest %1 of %2 messages: there may be "
                                  "more.)").replace(
                "%1", i18n.format_number(len(self.census.dates))).replace(
                "%2", i18n.format_number(self.census.total))
        self.count.setText(text)


class SyncPage(i18n.Retranslating, QWizardPage):
    """Saves the account and runs its first sync with progress."""

    def __init__(self, wizard: AccountWizard) -> None:
        super().__init__()
        self.w = wizard
        self.done = False
        self.account_id: int | None = None
        # the progress and outcome of the first sync, said again after a language switch
        self.live = i18n.LiveTexts()
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("syncStatusText")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        for w in (self.status, self.progress, self.note, self.error):
            layout.addWidget(w)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Fetching your mail"))
        self.setSubTitle(self.tr("The newest mail comes first and shows in the inbox at once; "
                                 "you can close this window, older mail keeps arriving."))
        self.live.retell()

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        if self.account_id is not None:
            return
        self.live.show(self.status, lambda: self.tr("Saving the mailbox…"))
        values = dict(self.w.values())
        Task(save_account, values, self.w.password(),
             self.w.waiting.counts_from()).on_success(self._saved).on_failure(
            self._save_failed).start()

    def _saved(self, result: tuple[int, bool]) -> None:
        self.account_id, in_keyring = result
        self.w.account_id = self.account_id
        if not in_keyring:
            _error_box(self.note, self.tr(
                "The password is kept only until Seller Desk closes, because this computer "
                "has no password store. %1").replace("%1", credentials.NO_BACKEND_HINT),
                "wizardNote")
        self.w.account_added.emit(self.account_id)
        self.live.show(self.status, lambda: self.tr("Connecting…"))
        task = Task(first_sync, self.account_id, with_progress=True)
        task.on_progress(self._progress).on_success(self._synced).on_failure(self._failed)
        self.w.sync_task = task.start(network_pool())

    def _save_failed(self, exc: BaseException) -> None:
        _error_box(self.error, self.live.show(self.error, lambda: i18n.shown_error(exc)))
        self.live.show(self.status, lambda: self.tr("The mailbox could not be saved."))
        self.progress.hide()

    def _progress(self, done: int, total: int, text: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.live.show(self.status, lambda: self.tr("Fetched %1 of %2 messages…").replace(
                "%1", str(done)).replace("%2", str(total)))
        self.w.sync_progress.emit(done, total)

    def _synced(self, result: Any) -> None:
        self.done = True
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.live.show(self.status, lambda: self.tr(
            "Done: %1 messages fetched. The inbox is up to date.").replace(
            "%1", str(result.new)))
        if result.errors:
            _error_box(self.error, "\n".join(result.errors), "wizardNote")
        self.completeChanged.emit()
        self.w.first_sync_done.emit(self.account_id or 0)

    def _failed(self, exc: BaseException) -> None:
        self.done = True
        _error_box(self.error, self.live.show(self.error, lambda: self.tr(
            "The mailbox is saved, but fetching mail stopped: %1 Seller Desk tries again by "
            "itself.").replace("%1", i18n.shown_error(exc))))
        self.progress.hide()
        self.completeChanged.emit()
        self.w.first_sync_done.emit(self.account_id or 0)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.account_id is not None


class AccountWizard(i18n.Retranslating, QWizard):
    """Signals:
        account_added(int): the account was saved (its first sync is starting).
        first_sync_done(int): the first sync finished (or stopped with an error).
        test_finished(bool): a connection test ended (passed or not).
        census_finished(bool): the inbox's messages were counted for the waiting-since
            page (or could not be).
        sync_progress(int, int): messages fetched so far of the total.
    """

    account_added = Signal(int)
    first_sync_done = Signal(int)
    test_finished = Signal(bool)
    census_finished = Signal(bool)
    sync_progress = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(640, 520)
        self.account_id: int | None = None
        self.sync_task: Task | None = None
        self.trusted: dict[str, str] = {}
        # the provider the mailbox signed in with ("": it uses a password); a plain comment,
        # as lupdate would hand a "#:" one to translators as a note on the next text
        self.signed_in = ""
        self.address = AddressPage(self)
        self.servers = ServersPage(self)
        self.test = TestPage(self)
        self.waiting = WaitingPage(self)
        self.sync = SyncPage(self)
        for page_id, page in ((PAGE_ADDRESS, self.address), (PAGE_SERVERS, self.servers),
                              (PAGE_TEST, self.test), (PAGE_WAITING, self.waiting),
                              (PAGE_SYNC, self.sync)):
            self.setPage(page_id, page)
        self.retranslate()

    def retranslate(self) -> None:
        """The title and the wizard's own buttons. Qt has no Malay or Indonesian for
        QWizard's "< Back", "Next >" and "Cancel", so every button gets our text, again on
        each language switch."""
        self.setWindowTitle(self.tr("Add a mailbox"))
        button = QWizard.WizardButton
        for which, text in ((button.BackButton, self.tr("< &Back")),
                            (button.NextButton, self.tr("&Next >")),
                            (button.CommitButton, self.tr("&Next >")),
                            (button.FinishButton, self.tr("Done")),
                            # the same words as every dialog's buttons (i18n.QT_OWN_TEXTS)
                            (button.CancelButton,
                             QCoreApplication.translate("QPlatformTheme", "Cancel")),
                            (button.HelpButton,
                             QCoreApplication.translate("QPlatformTheme", "Help"))):
            self.setButtonText(which, text)

    def prefill_servers(self) -> None:
        self.trusted.clear()
        self.servers.fill(self.address.email.text().strip(),
                          self.address.provider.currentData())

    def password(self) -> str:
        return "" if self.signed_in else self.servers.password.text()

    def forget_sign_in(self) -> None:
        """Drop a sign-in the wizard did (another address, or the wizard closed unsaved)."""
        if self.signed_in and self.account_id is None:
            oauth.forget(self.address.email.text().strip().lower())
        self.signed_in = ""

    def done(self, result: int) -> None:
        self.servers.sign_in.cancel()
        self.forget_sign_in()
        super().done(result)

    def values(self) -> dict[str, Any]:
        """The account's settings as typed (without the password)."""
        s = self.servers
        provider = self.address.provider.currentData()
        preset = accounts.PRESETS.get(provider)
        values: dict[str, Any] = {
            "name": self.address.name.text().strip(),
            "email": self.address.email.text().strip().lower(),
            "provider": provider,
            "username": s.username.text().strip() or self.address.email.text().strip(),
            "imap_host": s.imap_host.text().strip(),
            "imap_port": s.imap_port.value(),
            "imap_security": s.imap_security.currentData(),
            "smtp_host": s.smtp_host.text().strip(),
            "smtp_port": s.smtp_port.value(),
            "smtp_security": s.smtp_security.currentData(),
            "server_saves_sent": bool(preset.server_saves_sent) if preset else False,
        }
        if self.signed_in:
            values["auth"] = self.signed_in
            found = oauth.providers()[self.signed_in]
            values["server_saves_sent"] = accounts.PRESETS[found.preset].server_saves_sent
        values.update(self.trusted)
        return values

