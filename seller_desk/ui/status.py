"""The status bar: each mailbox's sync state with a retry, and the outbox at a glance."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from seller_desk.core.common.errors import UserError
from seller_desk.core.mail.connection.accounts import PASSWORD_KINDS
from seller_desk.ui import format as fmt
from seller_desk.ui import i18n
from seller_desk.ui.qt import (
    QCoreApplication,
    QDialog,
    QEvent,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QTimer,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from seller_desk.ui.sync import AccountState, SyncController
from seller_desk.ui.tasks import Latest, Task

if TYPE_CHECKING:
    # the password box and its facade (which tests a connection: the IMAP code) load
    # with the first password asked for, not with the window
    from seller_desk.ui.accounts.password import PasswordDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("SyncStatus", text)


def chip_text(st: AccountState, now: Any) -> str:
    """One mailbox in a few words: "Shop mail ✓ 10:21", "Shop mail: checking 40/200"."""
    if st.state == "syncing":
        if st.total:
            return tr("%1: fetching %2 of %3").replace("%1", st.name).replace(
                "%2", str(st.done)).replace("%3", str(st.total))
        return tr("%1: checking…").replace("%1", st.name)
    if st.state == "off":
        return tr("%1: switched off").replace("%1", st.name)
    if st.state == "error" and st.error_kind == "sign_in":
        return tr("%1: sign in again").replace("%1", st.name)
    if st.state == "error" and st.error_kind in PASSWORD_KINDS:
        return tr("%1: password needed").replace("%1", st.name)
    if st.state == "error":
        return tr("%1: not checked, retry").replace("%1", st.name)
    if st.last_sync_at is not None:
        return tr("%1 ✓ %2").replace("%1", st.name).replace(
            "%2", fmt.short_when(st.last_sync_at, now))
    return st.name


class SyncStatus(QWidget):
    """A chip per mailbox; clicking one checks it again (and shows the problem, if any).

    A mailbox that failed for want of a usable password asks for it: its chip opens the
    password box, and the box opens by itself the first time that happens after the
    start (:attr:`SyncController.password_needed`).
    """

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.controller = controller
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(6, 0, 0, 0)
        self.layout_.setSpacing(2)
        self.chips: dict[int, QToolButton] = {}
        self.password_dialog: PasswordDialog | None = None
        controller.state_changed.connect(self.update_account)
        controller.password_needed.connect(self.ask_password)
        for account_id in list(controller.states):
            self.update_account(account_id)
        self._tick = QTimer(self)
        self._tick.setInterval(60_000)
        self._tick.timeout.connect(self.update_all)
        self._tick.start()

    def update_all(self) -> None:
        for account_id in list(self.chips):
            self.update_account(account_id)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        # the chips' texts and tips are made when a state changes: make them again in the
        # new language rather than wait for the next sync
        if i18n.is_language_change(event):
            self.update_all()
        super().changeEvent(event)

    def sign_in_again(self, account_id: int) -> Any:
        from seller_desk.ui.accounts.sign_in import SignInDialog

        dialog = SignInDialog(account_id, self.window())
        dialog.accepted.connect(lambda a=account_id: self.controller.retry(a))
        dialog.open()
        return dialog

    def update_account(self, account_id: int) -> None:
        from seller_desk.core.store.fields import utcnow

        st = self.controller.states.get(account_id)
        chip = self.chips.get(account_id)
        if st is None:
            if chip is not None:
                self.layout_.removeWidget(chip)
                chip.deleteLater()
                del self.chips[account_id]
            return
        if chip is None:
            chip = QToolButton()
            chip.setProperty("class", "syncChip")
            chip.setObjectName(f"syncChip{account_id}")
            chip.clicked.connect(lambda _c=False, a=account_id: self.chip_clicked(a))
            self.layout_.addWidget(chip)
            self.chips[account_id] = chip
        chip.setText(chip_text(st, utcnow()))
        chip.setProperty("state", st.state)
        chip.style().unpolish(chip)
        chip.style().polish(chip)
        if st.state == "error" and st.error_kind == "sign_in":
            chip.setToolTip(st.error_text() + "\n" + tr("Click to sign in again in your browser."))
        elif st.state == "off":
            chip.setToolTip(tr("This mailbox is switched off: it is not checked for new "
                               "mail, and its mail stays listed. Switch it on in Settings > "
                               "Mailboxes."))
        elif st.state == "error" and st.error_kind in PASSWORD_KINDS:
            chip.setToolTip(st.error_text() + "\n" + tr("Click to enter the password."))
        elif st.state == "error":
            chip.setToolTip(st.error_text() + "\n" + tr("Click to try again."))
        elif st.state == "syncing":
            chip.setToolTip(st.text or tr("Checking for new mail…"))
        else:
            chip.setToolTip(tr("Click to check for new mail now (F5 checks every mailbox)."))

    def chip_clicked(self, account_id: int) -> None:
        """Sign in again when a Microsoft/Google sign-in ended, ask for the password when
        that is what is missing; otherwise check again."""
        st = self.controller.states.get(account_id)
        if st is not None and st.state == "error" and st.error_kind == "sign_in":
            self.sign_in_again(account_id)
        elif self.controller.needs_password(account_id):
            self.ask_password(account_id)
        else:
            self.controller.retry(account_id)

    def ask_password(self, account_id: int) -> PasswordDialog | None:
        """Open the password box for this mailbox (one box at a time)."""
        st = self.controller.states.get(account_id)
        if st is None:
            return None
        if self.password_dialog is not None and self.password_dialog.isVisible():
            self.password_dialog.raise_()
            return self.password_dialog
        from seller_desk.core.screens import mailboxes
        from seller_desk.ui.accounts.password import PasswordDialog

        try:
            prompt = mailboxes.password_prompt(account_id)
        except UserError:  # removed meanwhile
            return None
        dialog = PasswordDialog(prompt, self.window(), reason=st.error_text())
        dialog.password_saved.connect(
            lambda a, _kept: self.controller.password_given(a))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.password_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: PasswordDialog) -> None:
        if self.password_dialog is dialog:
            self.password_dialog = None
        dialog.deleteLater()


def outbox_summary() -> tuple[dict[str, int], list[Any]]:
    """Outbox counts and the messages that are not sent yet (worker thread)."""
    from seller_desk.core.mail.send import outbox

    rows = outbox.list_messages(states=("queued", "sending", "failed"), limit=100)
    return outbox.counts(), [(r.id, r.state, r.subject, r.recipients, r.last_error or "",
                              r.conversation_id, outbox.describe(r).uncertain) for r in rows]


class OutboxChip(QToolButton):
    """"Sending 1" / "1 not sent" in the status bar; opens the outbox list."""

    changed = Signal()

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxChip")
        self.setProperty("class", "syncChip")
        self.main_window = window
        self.counts: dict[str, int] = {}
        self.rows: list[Any] = []
        self._query = Latest()
        self.clicked.connect(self.open_dialog)
        self.timer = QTimer(self)
        self.timer.setInterval(30_000)
        self.timer.timeout.connect(self.refresh)
        self.hide()
        self._started = False

    def start(self) -> None:
        """Count the outbox now, every 30 s and whenever asked from now on.

        The window calls it after its first paint (``ui/app.py``): counting loads the
        outbox and the code that sends it, which would compete with drawing the inbox for
        the interpreter, and a hidden chip shows nothing in the first frame anyway.
        """
        self._started = True
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        if self._started:
            self._query.run(outbox_summary, callback=self._show)

    def _show(self, result: tuple[dict[str, int], list[Any]]) -> None:
        self.counts, self.rows = result
        failed = self.counts.get("failed", 0)
        waiting = self.counts.get("queued", 0) + self.counts.get("sending", 0)
        if failed:
            self.setText(QCoreApplication.translate("SyncStatus", "%n message(s) not sent", "",
                                                    failed))
            self.setProperty("state", "failed")
        elif waiting:
            self.setText(QCoreApplication.translate("SyncStatus", "Sending %n message(s)", "",
                                                    waiting))
            self.setProperty("state", "sending")
        else:
            self.setText("")
        self.style().unpolish(self)
        self.style().polish(self)
        self.setVisible(bool(failed or waiting))
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if i18n.is_language_change(event):
            self._show((self.counts, self.rows))  # "Sending 1" in the new language
        super().changeEvent(event)

    def open_dialog(self) -> OutboxDialog:
        dialog = OutboxDialog(self.main_window, self.rows, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        self.dialog = dialog
        return dialog


class OutboxDialog(QDialog):
    """Messages not sent yet, with the reason and what can be done: retry, edit, discard."""

    def __init__(self, window: Any, rows: list[Any], chip: OutboxChip) -> None:
        super().__init__(window)
        self.setObjectName("outboxDialog")
        self.setWindowTitle(self.tr("Outbox"))
        self.resize(640, 380)
        self.window_ = window
        self.chip = chip
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Messages on their way out. A message that could not be sent "
                               "says why; fix the cause (for example the password or an "
                               "address), then try again."))
        intro.setWordWrap(True)
        intro.setObjectName("mutedLabel")
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("outboxList")
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("Try again"))
        self.edit_button = QPushButton(self.tr("Edit and send again"))
        self.discard_button = QPushButton(self.tr("Discard"))
        for b in (self.retry_button, self.edit_button, self.discard_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        # made when the outbox is first opened: its type costs 1-3 ms of the first paint
        from seller_desk.ui.qt import QDialogButtonBox

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.retry_button.clicked.connect(lambda: self._act("retry"))
        self.edit_button.clicked.connect(lambda: self._act("edit"))
        self.discard_button.clicked.connect(lambda: self._act("cancel"))
        self.list.currentItemChanged.connect(lambda *_a: self._buttons())
        self.fill(rows)

    def fill(self, rows: list[Any]) -> None:
        self.list.clear()
        states = {"queued": self.tr("Waiting to be sent"), "sending": self.tr("Sending…"),
                  "failed": self.tr("Not sent")}
        for oid, state, subject, recipients, error, _conv, uncertain in rows:
            text = f"{states.get(state, state)} · {subject}\n{recipients}"
            if error:
                text += "\n" + error
            if uncertain:
                text += "\n" + self.tr("It may already have reached the customer: check your "
                                       "Sent folder before trying again.")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (oid, state))
            self.list.addItem(item)
        if not rows:
            self.message.setText(self.tr("Everything has been sent."))
        if self.list.count():
            self.list.setCurrentRow(0)
        self._buttons()

    def _current(self) -> tuple[int, str] | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _buttons(self) -> None:
        cur = self._current()
        state = cur[1] if cur else ""
        self.retry_button.setEnabled(state in ("failed", "queued"))
        self.edit_button.setEnabled(state in ("failed", "queued"))
        self.discard_button.setEnabled(state in ("failed", "queued"))

    def _act(self, verb: str) -> None:
        cur = self._current()
        if cur is None:
            return
        oid = cur[0]
        if verb == "edit":
            self.accept()
            self.window_.edit_outbox(oid)
            return
        from seller_desk.ui.composer import outbox_actions

        fn = outbox_actions.retry if verb == "retry" else outbox_actions.cancel
        Task(fn, oid).on_success(lambda _r: self._reload()).on_failure(self._failed).start()

    def _reload(self) -> None:
        Task(outbox_summary).on_success(lambda result: self.fill(result[1])).start()
        self.chip.refresh()
        self.window_.conversation_page.reload()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(i18n.shown_error(exc))
