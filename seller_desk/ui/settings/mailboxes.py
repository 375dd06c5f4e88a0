"""Settings > Mailboxes: every mailbox with its state, and what a seller does with one.

Edit its settings, test its connection, change its password, switch it off (it is not
checked; its mail stays) or remove it (its mail kept or deleted, asked first). The list and
every change go through the Qt-free facade :mod:`seller_desk.core.screens.mailboxes`; the
connection test and the password check run off the window's thread.
"""

from __future__ import annotations

import logging
from typing import Any

from seller_desk.core.common.errors import UserError
from seller_desk.core.screens import mailboxes
from seller_desk.ui import i18n
from seller_desk.ui.accounts.password import PasswordDialog
from seller_desk.ui.inbox.delegate import account_color
from seller_desk.ui.qt import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QShowEvent,
    Qt,
    Signal,
)
from seller_desk.ui.settings.base import Section
from seller_desk.ui.settings.mailbox_dialog import MailboxDialog, RemoveMailboxDialog, swatch
from seller_desk.ui.tasks import Task, network_pool

logger = logging.getLogger(__name__)


class MailboxesSection(Section):
    """The seller's mailboxes, on or off, with edit, test, password, switch and remove.

    Signals:
        mailboxes_changed(): a mailbox was edited, switched, removed or given a password;
            the window reads its mailboxes again.
        password_given(int): mailbox <id> has a password the server accepted: check it now.
        add_requested(): the seller wants to add a mailbox (the wizard).
        tested(bool): a connection test ended (for tests).
    """

    mailboxes_changed = Signal()
    password_given = Signal(int)
    add_requested = Signal()
    tested = Signal(bool)

    def build(self) -> None:
        self.rows: list[mailboxes.MailboxRow] = []
        self.dialog: Any = None
        self.removed_text = ""
        self.list = QListWidget()
        self.list.setObjectName("mailboxList")
        self.list.setMinimumHeight(220)
        self.list.setWordWrap(True)
        self.column.addWidget(self.list)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editMailbox")
        self.test_button = QPushButton()
        self.test_button.setObjectName("testMailbox")
        self.password_button = QPushButton()
        self.password_button.setObjectName("mailboxPasswordButton")
        self.switch_button = QPushButton()
        self.switch_button.setObjectName("switchMailbox")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeMailbox")
        for b in (self.edit_button, self.test_button, self.password_button,
                  self.switch_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addMailbox")
        buttons.addWidget(self.add_button)
        self.column.addLayout(buttons)
        self.result = QLabel()
        self.result.setObjectName("hint")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        self.column.addWidget(self.result)
        self.list.currentRowChanged.connect(lambda _r: self._buttons())
        self.list.itemDoubleClicked.connect(lambda _i: self.edit())
        self.edit_button.clicked.connect(self.edit)
        self.test_button.clicked.connect(self.test_connection)
        self.password_button.clicked.connect(self.change_password)
        self.switch_button.clicked.connect(self.switch)
        self.remove_button.clicked.connect(self.remove)
        self.add_button.clicked.connect(self.add_requested)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Mailboxes"))
        self.intro.setText(self.tr(
            "The mailboxes Seller Desk reads. A mailbox switched off is not checked for new "
            "mail; its mail stays listed and searchable."))
        self.edit_button.setText(self.tr("Edit…"))
        self.test_button.setText(self.tr("Test connection"))
        self.password_button.setText(self.tr("Change password…"))
        self.remove_button.setText(self.tr("Remove…"))
        self.add_button.setText(self.tr("Add a mailbox…"))
        self.fill()

    # --- the list -----------------------------------------------------------------------

    def load(self) -> None:
        try:
            self.rows = mailboxes.mailbox_rows()
        except UserError as exc:  # a database that cannot be read: say so, keep going
            self.rows = []
            self._say(i18n.error_text(exc), error=True)
        self.fill()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        # the last sync moves while the seller is elsewhere
        self.load()
        super().showEvent(event)

    def describe(self, row: mailboxes.MailboxRow) -> str:
        """Two lines: the mailbox, then its state in words."""
        state = self.tr("On") if row.enabled else self.tr("Off: not checked for new mail")
        parts = [state]
        if row.enabled:
            if row.last_sync_at is not None:
                parts.append(self.tr("last checked %1").replace(
                    "%1", i18n.format_datetime(row.last_sync_at, "short")))
            else:
                parts.append(self.tr("not checked yet"))
        parts.append({
            "keyring": self.tr("password saved"),
            "session": self.tr("password kept until Seller Desk closes"),
            "missing": self.tr("no password saved"),
        }[row.password])
        text = f"{row.name} <{row.email}>\n" + " · ".join(parts)
        if row.enabled and row.last_error:
            text += "\n" + row.last_error
        return text

    def fill(self) -> None:
        if not hasattr(self, "list"):
            return
        current = self.current()
        keep = current.id if current is not None else None
        self.list.clear()
        for row in self.rows:
            item = QListWidgetItem(swatch(account_color(row.id, row.color).name()),
                                   self.describe(row))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if not row.enabled:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
            if row.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        empty = self.tr("No mailbox yet: add one to start reading your customers' mail.")
        if not self.rows:
            self._say(empty)
        elif self.result.text() == empty:
            self._say("")
        self._buttons()

    def current(self) -> mailboxes.MailboxRow | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.rows if r.id == wanted), None)

    def _buttons(self) -> None:
        row = self.current()
        for b in (self.edit_button, self.test_button, self.password_button,
                  self.switch_button, self.remove_button):
            b.setEnabled(row is not None)
        self.switch_button.setText(self.tr("Switch on") if row is not None and not row.enabled
                                   else self.tr("Switch off"))

    def _say(self, text: str, error: bool = False) -> None:
        self.result.setObjectName("wizardError" if error else "hint")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.result.setText(text)
        self.result.setVisible(bool(text))

    def _changed(self) -> None:
        self.load()
        self.mailboxes_changed.emit()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            logger.error("A mailbox action failed", exc_info=exc)
        self._say(i18n.error_text(exc) if isinstance(exc, UserError) else self.tr(
            "Something unexpected went wrong; the details are in the log."), error=True)

    # --- what the seller does -----------------------------------------------------------

    def edit(self) -> MailboxDialog | None:
        row = self.current()
        if row is None:
            return None
        try:
            values = mailboxes.mailbox_values(row.id)
        except UserError as exc:
            self._failed(exc)
            return None
        dialog = MailboxDialog(row.id, values, self)
        dialog.saved.connect(lambda _id: self._changed())
        dialog.saved.connect(lambda _id: self._say(self.tr("Saved.")))
        self.dialog = dialog
        dialog.open()
        return dialog

    def test_connection(self) -> None:
        row = self.current()
        if row is None:
            return
        self.test_button.setEnabled(False)
        self._say(self.tr("Connecting to %1…").replace("%1", row.name))
        Task(mailboxes.test_mailbox, row.id).on_success(self._test_passed).on_failure(
            self._test_failed).start(network_pool())

    def _test_passed(self, lines: list[str]) -> None:
        self._buttons()
        self._say(self.tr("It works.") + "\n" + "\n".join(lines))
        self.tested.emit(True)

    def _test_failed(self, exc: BaseException) -> None:
        self._buttons()
        self._failed(exc)
        if getattr(exc, "kind", "") in ("auth", "no_password"):
            self.result.setText(self.result.text() + "\n" + self.tr(
                "Use Change password to enter it."))
        self.tested.emit(False)

    def change_password(self) -> PasswordDialog | None:
        row = self.current()
        if row is None:
            return None
        try:
            prompt = mailboxes.password_prompt(row.id)
        except UserError as exc:
            self._failed(exc)
            return None
        dialog = PasswordDialog(prompt, self)
        dialog.password_saved.connect(self._password_saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _password_saved(self, account_id: int, in_keyring: bool) -> None:
        self._say(self.tr("The password works and is saved.") if in_keyring else self.tr(
            "The password works. This computer has no password store, so it is kept only "
            "until Seller Desk closes."))
        self.load()
        self.password_given.emit(account_id)

    def switch(self) -> None:
        row = self.current()
        if row is None:
            return
        Task(mailboxes.switch_mailbox, row.id, not row.enabled).on_success(
            self._switched).on_failure(self._failed).start()

    def _switched(self, _result: object) -> None:
        self._changed()

    def remove(self) -> RemoveMailboxDialog | None:
        row = self.current()
        if row is None:
            return None
        dialog = RemoveMailboxDialog(row.name, row.email, self,
                                     unsent=mailboxes.unsent_count(row.id))
        dialog.accepted.connect(lambda: self._remove(row, dialog.keep_mail()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _remove(self, row: mailboxes.MailboxRow, keep_mail: bool) -> None:
        self.remove_button.setEnabled(False)
        message = self.tr("%1 was removed; its mail is kept.") if keep_mail else \
            self.tr("%1 was removed with its mail.")
        self.removed_text = message.replace("%1", row.name)
        Task(mailboxes.remove_mailbox, row.id, keep_mail).on_success(
            self._removed).on_failure(self._failed).start()

    def _removed(self, _result: object) -> None:
        self._changed()
        self._say(self.removed_text)
