"""The password box: asked for one mailbox when its password is missing or refused.

It names the mailbox (name and address), gives the provider's advice where an app password
is needed (Gmail, Yahoo, Outlook), and says plainly when the computer has no password store
(the password then lasts until Seller Desk closes). The password is tried with the server
on a worker thread before it is kept, so a mistyped one never replaces the stored one; a
refusal shows in the box and what was typed stays there to correct.
"""

from __future__ import annotations

import logging

from seller_desk.core.common.errors import UserError
from seller_desk.core.screens import mailboxes
from seller_desk.ui import i18n
from seller_desk.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    Signal,
)
from seller_desk.ui.tasks import Task, network_pool

logger = logging.getLogger(__name__)


class PasswordDialog(QDialog):
    """Asks for one mailbox's password, checks it with the server, keeps it.

    Signals:
        password_saved(int, bool): account <id> has a password the server accepted; True
            when the keyring holds it, False when only this session does.
        checked(bool): a try with the server ended (accepted or not), for tests.
    """

    password_saved = Signal(int, bool)
    checked = Signal(bool)

    def __init__(self, prompt: mailboxes.PasswordPrompt, parent: QWidget | None = None,
                 reason: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.prompt = prompt
        self.account_id = prompt.account_id
        self.busy = False
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.reason = QLabel(reason)
        self.reason.setObjectName("hint")
        self.reason.setWordWrap(True)
        self.reason.setVisible(bool(reason))
        layout.addWidget(self.reason)
        form = QFormLayout()
        self.password_label = QLabel()
        self.password = QLineEdit()
        self.password.setObjectName("mailboxPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label.setBuddy(self.password)
        form.addRow(self.password_label, self.password)
        layout.addLayout(form)
        self.provider_hint = QLabel()
        self.provider_hint.setObjectName("mutedLabel")
        self.provider_hint.setWordWrap(True)
        layout.addWidget(self.provider_hint)
        self.store_note = QLabel()
        self.store_note.setObjectName("wizardNote")
        self.store_note.setWordWrap(True)
        self.store_note.setVisible(prompt.session_only)
        layout.addWidget(self.store_note)
        self.message = QLabel()
        self.message.setObjectName("wizardError")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("signIn")
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.password.textChanged.connect(lambda _t: self._enable())
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        p = self.prompt
        self.setWindowTitle(self.tr("Password for %1").replace("%1", p.name))
        self.heading.setText(self.tr("Enter the password of the mailbox %1 (%2)").replace(
            "%1", p.name).replace("%2", p.email))
        self.password_label.setText(self.tr("Password"))
        self.ok_button.setText(self.tr("Sign in"))
        if p.hint is not None:
            self.provider_hint.setText(i18n.message_text(p.hint))
        else:
            self.provider_hint.setText(self.tr(
                "The password you use to read this mailbox on the web."))
        self.store_note.setText(self.tr(
            "This computer has no password store, so Seller Desk keeps the password only "
            "until you close it and asks again at the next start. To have it remembered, "
            "install and unlock a password store (on Linux: GNOME Keyring or KWallet; "
            "Windows and macOS have one built in)."))

    def _enable(self) -> None:
        self.ok_button.setEnabled(bool(self.password.text()) and not self.busy)
        self.password.setEnabled(not self.busy)

    def sign_in(self) -> None:
        """Try the password with the server (worker thread); keep it when accepted."""
        if self.busy or not self.password.text():
            return
        self.busy = True
        self._enable()
        self.message.setObjectName("hint")
        self.message.setText(self.tr("Signing in…"))
        self.message.show()
        Task(mailboxes.sign_in, self.account_id, self.password.text()).on_success(
            self._accepted).on_failure(self._refused).start(network_pool())

    def _accepted(self, in_keyring: bool) -> None:
        self.busy = False
        logger.info("Password for account %s accepted (%s)", self.account_id,
                    "keyring" if in_keyring else "this session only")
        self.password_saved.emit(self.account_id, bool(in_keyring))
        self.checked.emit(True)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.busy = False
        self._enable()
        text = i18n.error_text(exc) if isinstance(exc, UserError) else self.tr(
            "Something unexpected went wrong; the details are in the log.")
        self.message.setObjectName("wizardError")
        self.message.setText(text)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.show()
        # what was typed stays, selected, so a typo is corrected by typing again
        self.password.setFocus()
        self.password.selectAll()
        self.checked.emit(False)
