"""Signing in with Microsoft or Google: the browser step, in the wizard and from the chip.

The system browser opens the provider's sign-in page; the core's one-shot listener on
127.0.0.1 takes the answer (see core/mail/connection/oauth.py). While it waits, the window
stays usable and the seller can cancel, or copy the link into another browser.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from seller_desk.core.common.errors import UserError
from seller_desk.core.mail.connection import accounts, oauth
from seller_desk.ui import i18n
from seller_desk.ui.qt import (
    QApplication,
    QDesktopServices,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from seller_desk.ui.tasks import Task, network_pool

logger = logging.getLogger(__name__)


def open_in_browser(url: str) -> bool:
    """The system browser at ``url`` (a test replaces this to play the browser)."""
    return bool(QDesktopServices.openUrl(QUrl(url)))


class SignInBox(QWidget):
    """"Sign in with Microsoft / Google" buttons, then the wait for the browser.

    Signals:
        signed_in(str, object): the provider's key and the tokens (not yet kept).
        failed(object): the sign-in ended without tokens (the error is shown here too).
    """

    signed_in = Signal(str, object)
    failed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInBox")
        self.email = ""
        self.providers: tuple[str, ...] = ()
        self.flow: oauth.SignIn | None = None
        self._stop = threading.Event()
        self._task: Task | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("signInIntro")
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key in ("microsoft", "google"):
            button = QPushButton()
            button.setObjectName(f"signIn_{key}")
            button.clicked.connect(lambda _c=False, k=key: self.start(k))
            self.buttons[key] = button
            row.addWidget(button)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("signInCopyLink")
        self.copy_button.clicked.connect(self.copy_link)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("signInCancel")
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.copy_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("signInStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.signed_as = ""
        self.retranslate()
        self._show_state("ready")

    # --- what the box offers -------------------------------------------------------------
    def offer(self, email: str, providers: tuple[str, ...]) -> None:
        """Offer the sign-in of ``providers`` (keys) for the mailbox ``email``."""
        self.email = email
        self.providers = providers
        self.signed_as = ""
        for key, button in self.buttons.items():
            button.setVisible(key in providers)
        self.status.clear()
        self._show_state("ready")
        self.retranslate()

    def retranslate(self) -> None:
        names = {"microsoft": "Microsoft", "google": "Google"}
        for key, button in self.buttons.items():
            button.setText(self.tr("Sign in with %1").replace("%1", names[key]))
        self.copy_button.setText(self.tr("Copy the sign-in link"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self.providers == ("microsoft",):
            self.intro.setText(self.tr(
                "Microsoft mailboxes (Outlook.com, Hotmail, Live) take no passwords from mail "
                "programs: sign in once in your browser and Seller Desk stays signed in."))
        elif self.providers == ("google",):
            self.intro.setText(self.tr(
                "Sign in once in your browser and Seller Desk stays signed in. An app "
                "password, below, works too."))
        else:
            self.intro.setText(self.tr(
                "Is this mailbox run by Microsoft 365 or Google Workspace? Then sign in with "
                "them instead of a password."))

    def _show_state(self, state: str) -> None:
        waiting = state == "waiting"
        for key, button in self.buttons.items():
            button.setEnabled(not waiting)
            button.setVisible(key in self.providers and state != "done")
        self.copy_button.setVisible(waiting)
        self.cancel_button.setVisible(waiting)

    # --- the browser step --------------------------------------------------------------------
    def start(self, provider_key: str) -> None:
        self.cancel()
        self._stop = threading.Event()
        pages = {"ok_title": self.tr("Signed in"),
                 "ok_text": self.tr("You can close this tab and go back to Seller Desk."),
                 "fail_title": self.tr("Not signed in"),
                 "fail_text": self.tr("Go back to Seller Desk to see why.")}
        try:
            self.flow = oauth.SignIn(provider_key, email=self.email, pages=pages)
        except UserError as exc:
            self._failed(exc)
            return
        self._show_state("waiting")
        if open_in_browser(self.flow.url):
            self.status.setText(self.tr("Finish signing in in your browser. Seller Desk "
                                        "waits here."))
        else:
            self.status.setText(self.tr("No browser opened. Copy the sign-in link and open "
                                        "it in your browser."))
        stop = self._stop
        task = Task(self.flow.wait, stop.is_set)
        def signed(tokens: oauth.Tokens) -> None:
            self._done(provider_key, tokens)

        task.on_success(signed)
        task.on_failure(self._failed)
        self._task = task.start(network_pool())

    def copy_link(self) -> None:
        if self.flow is not None:
            QApplication.clipboard().setText(self.flow.url)
            self.status.setText(self.tr("The link is copied: paste it into your browser's "
                                        "address bar."))

    def cancel(self) -> None:
        """Stop waiting (the listener closes; a late answer from the browser is ignored)."""
        self._stop.set()

    def _done(self, provider_key: str, tokens: oauth.Tokens) -> None:
        self.signed_as = provider_key
        self._show_state("done")
        self.status.setObjectName("signInDone")
        self.status.setText(self.tr("Signed in as %1.").replace("%1", self.email))
        self.signed_in.emit(provider_key, tokens)

    def _failed(self, exc: BaseException) -> None:
        self._show_state("ready")
        if isinstance(exc, UserError) and exc.msg.id == "mail.oauth.cancelled":
            self.status.setText(self.tr("The sign-in was cancelled."))
        else:
            self.status.setText(i18n.error_text(exc) if isinstance(exc, UserError)
                                else self.tr("The sign-in did not work; the details are in "
                                             "the log."))
        self.failed.emit(exc)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        self.cancel()
        super().closeEvent(event)


def offered_for(email: str, provider_choice: str = "") -> tuple[str, ...]:
    """Which sign-ins the wizard offers for ``email``: its provider's, or both for a domain
    of its own (Microsoft 365 and Google Workspace host those)."""
    known = oauth.provider_for_address(email)
    if known:
        return (known,)
    if provider_choice in ("generic", ""):
        return ("microsoft", "google")
    return ()


class SignInDialog(QDialog):
    """"Sign in again" for a mailbox whose sign-in ended (opened from its chip)."""

    def __init__(self, account_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        account = accounts.get_account(account_id)
        self.account_id = account_id
        self.email = account.email
        self.provider_key = account.auth
        self.setWindowTitle(self.tr("Sign in again"))
        layout = QVBoxLayout(self)
        self.what = QLabel(self.tr(
            "The sign-in of %1 has ended, for example after a password change. Replies "
            "you queued wait and go out once you are signed in.").replace("%1", self.email))
        self.what.setWordWrap(True)
        self.box = SignInBox()
        self.box.offer(self.email, (self.provider_key,))
        self.box.intro.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.what)
        layout.addWidget(self.box)
        layout.addWidget(buttons)
        self.box.signed_in.connect(self._signed_in)
        self.resize(520, 220)

    def _signed_in(self, _provider: str, tokens: oauth.Tokens) -> None:
        from seller_desk.core.mail.send import outbox

        oauth.keep(self.email, tokens)
        outbox.retry_all(self.account_id, failed=False)  # waiting replies go out now
        self.accept()

    def reject(self) -> None:
        self.box.cancel()
        super().reject()
