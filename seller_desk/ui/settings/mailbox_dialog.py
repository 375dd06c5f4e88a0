"""The two boxes of Settings > Mailboxes: editing one mailbox, and removing one.

Editing shows every setting a seller may need to change after adding a mailbox: its name
and colour, the name customers see on replies, the servers, the sync window, the date
from which customers count as waiting, the signature. Removing asks first and says plainly
what happens to the mail already on this computer: kept (the default, nothing is lost) or
deleted. The mail on the server is never touched.
"""

from __future__ import annotations

import logging
from typing import Any

from seller_desk.core.common.errors import UserError, ValidationError
from seller_desk.core.screens import mailboxes
from seller_desk.ui import (
    i18n,
    labels,  # noqa: F401 - the account fields' words in refusals
    plural,
)
from seller_desk.ui.inbox.delegate import ACCOUNT_PALETTE
from seller_desk.ui.qt import (
    QT_TRANSLATE_NOOP,
    QButtonGroup,
    QColor,
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QIcon,
    QLabel,
    QLineEdit,
    QPixmap,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    Signal,
    to_date,
)
from seller_desk.ui.tasks import Task

logger = logging.getLogger(__name__)

SECURITY = (("ssl", "SSL/TLS"), ("starttls", "STARTTLS"),
            ("none", QT_TRANSLATE_NOOP("MailboxDialog", "None (no encryption)")))
COLOUR_NAMES = (QT_TRANSLATE_NOOP("MailboxDialog", "Teal"),
                QT_TRANSLATE_NOOP("MailboxDialog", "Purple"),
                QT_TRANSLATE_NOOP("MailboxDialog", "Orange"),
                QT_TRANSLATE_NOOP("MailboxDialog", "Blue"),
                QT_TRANSLATE_NOOP("MailboxDialog", "Pink"),
                QT_TRANSLATE_NOOP("MailboxDialog", "Green"))


def swatch(color: str) -> QIcon:
    """A small square of ``color`` for a list or a menu."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class MailboxDialog(QDialog):
    """One mailbox's settings; saved off the window's thread, refusals shown in the box.

    Signals:
        saved(int): the mailbox with this id was saved.
    """

    saved = Signal(int)

    def __init__(self, account_id: int, values: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailboxDialog")
        self.account_id = account_id
        self.values = values
        self.busy = False
        layout = QVBoxLayout(self)
        self.address = QLabel()
        self.address.setObjectName("sectionTitle")
        layout.addWidget(self.address)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name = QLineEdit()
        self.sender_name = QLineEdit()
        self.color = QComboBox()
        self.color.addItem("", "")
        for code, name in zip(ACCOUNT_PALETTE, COLOUR_NAMES, strict=True):
            self.color.addItem(swatch(code), name, code)
        self.username = QLineEdit()
        self.imap_host, self.imap_port, self.imap_security = self._server_row()
        self.smtp_host, self.smtp_port, self.smtp_security = self._server_row()
        self.smtp_username = QLineEdit()
        self.sync_window = QSpinBox()
        self.sync_window.setRange(0, 36_500)
        self.counts_from = QDateEdit()
        self.counts_from.setCalendarPopup(True)
        # the lowest date stands for "no cut-off" (a mailbox from before there was one)
        self.counts_from.setMinimumDate(QDate(2000, 1, 1))
        self.counts_from.setMaximumDate(QDate.currentDate())
        self.signature = QPlainTextEdit()
        self.signature.setTabChangesFocus(True)
        self.signature.setFixedHeight(72)
        self.fields: dict[str, QWidget] = {
            "name": self.name, "sender_name": self.sender_name, "color": self.color,
            "username": self.username, "imap_host": self.imap_host,
            "imap_port": self.imap_port, "smtp_host": self.smtp_host,
            "smtp_port": self.smtp_port, "smtp_username": self.smtp_username,
            "sync_window_days": self.sync_window, "counts_from": self.counts_from,
            "signature": self.signature,
        }
        self.labels: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget]] = [
            ("name", self.name), ("sender_name", self.sender_name), ("color", self.color),
            ("username", self.username),
            ("imap_host", self._row(self.imap_host, self.imap_port, self.imap_security)),
            ("smtp_host", self._row(self.smtp_host, self.smtp_port, self.smtp_security)),
            ("smtp_username", self.smtp_username), ("sync_window_days", self.sync_window),
            ("counts_from", self.counts_from), ("signature", self.signature)]
        for key, widget in rows:
            label = QLabel()
            label.setBuddy(self.fields[key])
            self.labels[key] = label
            form.addRow(label, widget)
        layout.addLayout(form)
        self.counts_hint = QLabel()
        self.counts_hint.setObjectName("hint")
        self.counts_hint.setWordWrap(True)
        layout.addWidget(self.counts_hint)
        self.message = QLabel()
        self.message.setObjectName("wizardError")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.fill(values)
        self.retranslate()

    @staticmethod
    def _server_row() -> tuple[QLineEdit, QSpinBox, QComboBox]:
        host = QLineEdit()
        host.setMinimumWidth(200)  # a server name must stay readable in every language
        port = QSpinBox()
        port.setRange(1, 65535)
        security = QComboBox()
        for key, label in SECURITY:
            security.addItem(QCoreApplication.translate("MailboxDialog", label), key)
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
        self.setWindowTitle(self.tr("Mailbox settings"))
        self.address.setText(self.values["email"])
        for key, text in (
                ("name", self.tr("Name in Seller Desk")),
                ("sender_name", self.tr("Sender name")),
                ("color", self.tr("Colour")),
                ("username", self.tr("User name")),
                ("imap_host", self.tr("Incoming (IMAP)")),
                ("smtp_host", self.tr("Outgoing (SMTP)")),
                ("smtp_username", self.tr("Outgoing user name")),
                ("sync_window_days", self.tr("Fetch mail of the last")),
                ("counts_from", self.tr("Count customers as waiting from")),
                ("signature", self.tr("Signature"))):
            self.labels[key].setText(text)
        self.color.setItemText(0, self.tr("Automatic"))
        for i, name in enumerate(COLOUR_NAMES, start=1):
            self.color.setItemText(i, QCoreApplication.translate("MailboxDialog", name))
        self.sender_name.setPlaceholderText(self.tr("Your shop's name (from Settings > Your "
                                                    "shop)"))
        self.smtp_username.setPlaceholderText(self.tr("The same as for incoming mail"))
        self.sync_window.setSpecialValueText(self.tr("As in Settings > Data"))
        plural.follow_count(self.sync_window, lambda n: self.tr("%n day(s)", "", n))
        self.counts_from.setSpecialValueText(self.tr("All mail counts"))
        self.counts_hint.setText(self.tr(
            "Unanswered customer mail from before this day is kept and searchable but shows "
            "no waiting time. Changing the day recounts the waiting times of this "
            "mailbox."))
        self.save_button.setText(self.tr("Save"))
        # at least 720 px, and as wide as the longest label beside a server's name, port
        # and security need (a fixed 720 px pushed the port over the name in Malay)
        layout = self.layout()
        self.setMinimumWidth(max(720, layout.minimumSize().width() if layout else 0))

    def fill(self, v: dict[str, Any]) -> None:
        self.name.setText(v["name"])
        self.sender_name.setText(v["sender_name"] or "")
        index = self.color.findData(v["color"] or "")
        self.color.setCurrentIndex(max(0, index))
        self.username.setText(v["username"])
        self.imap_host.setText(v["imap_host"])
        self.imap_port.setValue(int(v["imap_port"]))
        self.imap_security.setCurrentIndex(max(0, self.imap_security.findData(
            v["imap_security"])))
        self.smtp_host.setText(v["smtp_host"] or "")
        self.smtp_port.setValue(int(v["smtp_port"]))
        self.smtp_security.setCurrentIndex(max(0, self.smtp_security.findData(
            v["smtp_security"])))
        self.smtp_username.setText(v["smtp_username"] or "")
        self.sync_window.setValue(int(v["sync_window_days"] or 0))
        self.loaded_day = mailboxes.local_day(v["counts_from"])
        if self.loaded_day is not None:
            self.counts_from.setDate(QDate(self.loaded_day.year, self.loaded_day.month,
                                           self.loaded_day.day))
        else:  # all mail counts (a mailbox from before the cut-off existed)
            self.counts_from.setDate(self.counts_from.minimumDate())
        self.signature.setPlainText(v["signature"] or "")

    def changes(self) -> dict[str, Any]:
        """What the form holds, as the core takes it (the cut-off only when moved)."""
        out: dict[str, Any] = {
            "name": self.name.text(), "sender_name": self.sender_name.text().strip(),
            "color": self.color.currentData() or "", "username": self.username.text(),
            "imap_host": self.imap_host.text(), "imap_port": self.imap_port.value(),
            "imap_security": self.imap_security.currentData(),
            "smtp_host": self.smtp_host.text(), "smtp_port": self.smtp_port.value(),
            "smtp_security": self.smtp_security.currentData(),
            "smtp_username": self.smtp_username.text(),
            "sync_window_days": self.sync_window.value(),
            "signature": self.signature.toPlainText(),
        }
        day = to_date(self.counts_from.date())
        if self.counts_from.date() != self.counts_from.minimumDate() and \
                day != self.loaded_day:
            out["counts_from"] = mailboxes.day_start(day)
        return out

    def save(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.save_button.setEnabled(False)
        self.message.hide()
        Task(mailboxes.save_mailbox, self.account_id, self.changes()).on_success(
            self._saved).on_failure(self._refused).start()

    def _saved(self, _result: object) -> None:
        self.busy = False
        self.saved.emit(self.account_id)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        # the box stays open with everything typed, the field at fault in focus
        self.busy = False
        self.save_button.setEnabled(True)
        if not isinstance(exc, UserError):
            logger.error("Saving mailbox %s failed", self.account_id, exc_info=exc)
        self.message.setText(i18n.error_text(exc) if isinstance(exc, UserError) else self.tr(
            "Something unexpected went wrong; the details are in the log."))
        self.message.show()
        field = exc.field if isinstance(exc, ValidationError) else None
        widget = self.fields.get(str(field)) if field else None
        if widget is not None:
            widget.setFocus()


class RemoveMailboxDialog(QDialog):
    """Asks before a mailbox goes, and what becomes of its mail on this computer."""

    def __init__(self, name: str, email: str, parent: QWidget | None = None,
                 unsent: int = 0) -> None:
        super().__init__(parent)
        self.setObjectName("removeMailboxDialog")
        self.name, self.email, self.unsent = name, email, unsent
        layout = QVBoxLayout(self)
        self.question = QLabel()
        self.question.setObjectName("sectionTitle")
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        self.keep = QRadioButton()
        self.keep.setObjectName("keepMail")
        self.delete = QRadioButton()
        self.delete.setObjectName("deleteMail")
        self.keep_hint, self.delete_hint = QLabel(), QLabel()
        group = QButtonGroup(self)
        for radio, hint in ((self.keep, self.keep_hint), (self.delete, self.delete_hint)):
            group.addButton(radio)
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            hint.setContentsMargins(24, 0, 0, 6)
            layout.addWidget(radio)
            layout.addWidget(hint)
        self.keep.setChecked(True)  # the choice that loses nothing
        self.server_note = QLabel()
        self.server_note.setWordWrap(True)
        layout.addWidget(self.server_note)
        # replies not yet sent from this mailbox go with it: said before, never found after
        self.unsent_note = QLabel()
        self.unsent_note.setObjectName("fieldError")
        self.unsent_note.setWordWrap(True)
        self.unsent_note.setVisible(unsent > 0)
        layout.addWidget(self.unsent_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.remove_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.remove_button.setObjectName("confirmRemove")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Remove mailbox"))
        self.question.setText(self.tr("Remove the mailbox %1 (%2) from Seller Desk?").replace(
            "%1", self.name).replace("%2", self.email))
        self.keep.setText(self.tr("Keep its mail on this computer"))
        self.keep_hint.setText(self.tr(
            "Its conversations stay under All conversations and can still be searched, with "
            "their orders and notes. No new mail comes in and no reply can be sent from it."))
        self.delete.setText(self.tr("Delete its mail from this computer"))
        self.delete_hint.setText(self.tr(
            "Its conversations disappear from Seller Desk, with their notes and order "
            "links. Mail that also came through another mailbox stays."))
        self.server_note.setText(self.tr(
            "Either way the mail on the server is not touched, and the saved password is "
            "removed. You can add the mailbox again later."))
        self.unsent_note.setText(self.tr(
            "%n message(s) in the outbox have not been sent from this mailbox yet: removing "
            "it deletes them. To keep them, cancel and send them first from "
            "\"Reply on its way\", or copy what you wrote.", "", self.unsent))
        self.remove_button.setText(self.tr("Remove mailbox"))

    def keep_mail(self) -> bool:
        return self.keep.isChecked()
