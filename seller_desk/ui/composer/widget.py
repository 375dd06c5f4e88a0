"""The composer: reply, reply all, forward or a new message, with templates and placeholders.

Templates come from the picker (Ctrl+T) or by typing "/" and a shortcut in the text. They
are filled from the conversation's customer, linked order and shipment; a placeholder that
could not be filled stays highlighted and sending waits until it is filled, or until the
seller chooses to send without it. What is typed is saved as a draft a moment after each
change. Sending queues the message in the outbox; the conversation shows its progress.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from typing import Any

from seller_desk.core.answering import compose, drafts
from seller_desk.core.common.errors import UserError, ValidationError
from seller_desk.core.common.settings import Settings
from seller_desk.core.mail.connection import accounts
from seller_desk.core.screens import conversation as conversation_view
from seller_desk.core.screens import setup as views_setup
from seller_desk.core.screens.conversation import Prepared
from seller_desk.ui import i18n
from seller_desk.ui import presence as team_presence
from seller_desk.ui.composer.highlighter import (
    PlaceholderHighlighter,
    placeholders_in,
    strip_placeholders,
)
from seller_desk.ui.composer.template_picker import LANGUAGE_NAMES, TemplatePicker
from seller_desk.ui.qt import (
    QComboBox,
    QCompleter,
    QEvent,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QShortcut,
    QStringListModel,
    Qt,
    QTextCursor,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from seller_desk.ui.settings.setup import open_setup
from seller_desk.ui.tasks import Task
from seller_desk.ui.templates import placeholders as placeholder_names
from seller_desk.ui.widgets import Banner

logger = logging.getLogger(__name__)

AUTOSAVE_MS = 1200
_SLASH = re.compile(r"(?:^|\s)/([a-z0-9_-]*)$")


class ComposerBody(QPlainTextEdit):
    """The text of the message; "/" plus a shortcut offers and inserts templates.

    Signals:
        shortcut_chosen(str): a template shortcut was completed (the "/word" is removed).
    """

    shortcut_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composerBody")
        self.shortcuts: dict[str, str] = {}
        self.completer_model = QStringListModel(self)
        self.completer = QCompleter(self.completer_model, self)
        self.completer.setWidget(self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.activated.connect(self._completed)

    def set_shortcuts(self, shortcuts: list[tuple[str, str]]) -> None:
        self.shortcuts = dict(shortcuts)
        self.completer_model.setStringList([f"{s}   {name}" for s, name in shortcuts])

    def slash_word(self) -> str | None:
        """The shortcut being typed after "/" at the cursor, or None."""
        cursor = self.textCursor()
        before = cursor.block().text()[: cursor.positionInBlock()]
        m = _SLASH.search(before)
        return m.group(1) if m else None

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        popup = self.completer.popup()
        if popup is None:  # only an inline completer has no list, and this one pops up
            super().keyPressEvent(event)
            return
        if popup.isVisible() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                                 Qt.Key.Key_Tab, Qt.Key.Key_Escape,
                                                 Qt.Key.Key_Backtab):
            event.ignore()  # the completer takes these
            return
        word = self.slash_word()
        if word and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Tab, Qt.Key.Key_Return,
                                    Qt.Key.Key_Enter) and word in self.shortcuts:
            self._completed(word)
            return
        super().keyPressEvent(event)
        word = self.slash_word()
        if word is None or not self.shortcuts:
            popup.hide()
            return
        self.completer.setCompletionPrefix(word)
        if self.completer.completionCount() == 0:
            popup.hide()
            return
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        # the cursor's rectangle is in the viewport's coordinates, the completer's in this
        # widget's: without the shift (the frame and the style sheet's padding) the list
        # opened over the line being typed
        rect = self.cursorRect().translated(self.viewport().pos())
        rect.setWidth(max(280, popup.sizeHintForColumn(0) + 30))
        self.completer.complete(rect)

    def _completed(self, text: str) -> None:
        shortcut = text.split()[0] if text.strip() else ""
        cursor = self.textCursor()
        word = self.slash_word()
        if word is not None:
            cursor.movePosition(QTextCursor.MoveOperation.Left,
                                QTextCursor.MoveMode.KeepAnchor, len(word) + 1)
            cursor.removeSelectedText()
            self.setTextCursor(cursor)
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()
        if shortcut:
            self.shortcut_chosen.emit(shortcut)


class ComposerWidget(QWidget):
    """Signals:
        sent(int): the message was queued in the outbox (its id).
        closed(): the composer is done (sent or discarded).
        draft_saved(int): the draft was saved (its id).
        ready(): the composer has its fields filled and can be typed in.
        template_inserted(object): a template was filled in (its templates.Rendered).
    """

    sent = Signal(int)
    closed = Signal()
    draft_saved = Signal(int)
    ready = Signal()
    template_inserted = Signal(object)

    def __init__(self, conversation_id: int | None, kind: str = "reply",
                 draft_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.conversation_id = conversation_id
        self.kind = kind
        self.draft_id = draft_id
        self.out: Any = None
        self.language = "en"
        self._loading = True
        self._saving = False
        self._save_again = False
        self._sending = False
        self.missing_hints: dict[str, str] = {}
        #: False when the composer opens by itself (a draft back with its conversation)
        self.take_focus = True

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.title = QLabel()
        self.title.setObjectName("composerTitle")
        self.title.setContentsMargins(14, 8, 14, 2)
        layout.addWidget(self.title)

        fields = QWidget()
        fields.setObjectName("composerFields")
        form = QFormLayout(fields)
        form.setContentsMargins(14, 4, 14, 8)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        self.account_box = QComboBox()
        self.to_edit = QLineEdit()
        self.to_edit.setObjectName("composerTo")
        self.cc_edit = QLineEdit()
        self.cc_edit.setObjectName("composerCc")
        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("composerSubject")
        self.from_label, self.to_label = QLabel(), QLabel()
        self.cc_label, self.subject_label = QLabel(), QLabel()
        to_row = QHBoxLayout()
        to_row.setSpacing(6)
        to_row.addWidget(self.to_edit, 1)
        self.details_button = QPushButton()
        self.details_button.setObjectName("detailsButton")
        self.details_button.setProperty("class", "smallButton")
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self.show_details)
        to_row.addWidget(self.details_button)
        form.addRow(self.to_label, to_row)
        form.addRow(self.cc_label, self.cc_edit)
        form.addRow(self.from_label, self.account_box)
        form.addRow(self.subject_label, self.subject_edit)
        self.form = form
        layout.addWidget(fields)

        self.banner = Banner()
        layout.addWidget(self.banner)
        self.body = ComposerBody()
        self.highlighter = PlaceholderHighlighter(self.body.document())
        layout.addWidget(self.body, 1)

        self.placeholder_bar = QFrame()
        self.placeholder_bar.setObjectName("placeholderBar")
        bar = QHBoxLayout(self.placeholder_bar)
        bar.setContentsMargins(14, 8, 14, 8)
        self.placeholder_label = QLabel()
        self.placeholder_label.setWordWrap(True)
        self.placeholder_label.setObjectName("placeholderText")
        self.next_blank_button = QPushButton()
        self.next_blank_button.setProperty("class", "smallButton")
        self.next_blank_button.clicked.connect(self.select_next_placeholder)
        self.send_anyway_button = QPushButton()
        self.send_anyway_button.setProperty("class", "smallButton")
        self.send_anyway_button.setObjectName("sendAnyway")
        self.send_anyway_button.clicked.connect(lambda: self.send(confirmed=True))
        bar.addWidget(self.placeholder_label, 1)
        bar.addWidget(self.next_blank_button)
        bar.addWidget(self.send_anyway_button)
        self.placeholder_bar.hide()
        layout.addWidget(self.placeholder_bar)

        # a quiet line about the shop's texts: empty ones (the set-up was skipped) and
        # English ones standing in for the customer's language
        self.setup_note = QFrame()
        self.setup_note.setObjectName("setupNote")
        note_row = QHBoxLayout(self.setup_note)
        note_row.setContentsMargins(14, 4, 14, 4)
        self.setup_note_label = QLabel()
        self.setup_note_label.setObjectName("hint")
        self.setup_note_label.setWordWrap(True)
        self.setup_now_button = QPushButton()
        self.setup_now_button.setObjectName("setupNow")
        self.setup_now_button.setProperty("class", "smallButton")
        self.setup_now_button.clicked.connect(self.open_setup)
        note_row.addWidget(self.setup_note_label, 1)
        note_row.addWidget(self.setup_now_button)
        self.setup_note.hide()
        self.setup_dialog: Any = None
        layout.addWidget(self.setup_note)

        bottom = QHBoxLayout()
        bottom.setContentsMargins(14, 8, 14, 10)
        bottom.setSpacing(6)
        self.template_button = QPushButton()
        self.template_button.setObjectName("templateButton")
        self.template_button.clicked.connect(self.pick_template)
        self.language_box = QComboBox()
        self.language_box.setObjectName("languageBox")
        for code, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, code)
        self.language_box.currentIndexChanged.connect(self._language_changed)
        self.attach_button = QPushButton()
        self.attach_button.clicked.connect(self.attach_files)
        self.attachments_label = QLabel()
        self.attachments_label.setObjectName("mutedLabel")
        self.draft_label = QLabel()
        self.draft_label.setObjectName("draftState")
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discardButton")
        self.discard_button.clicked.connect(self.discard)
        self.send_button = QPushButton()
        self.send_button.setObjectName("primaryButton")
        self.send_button.setProperty("role", "send")
        self.send_button.clicked.connect(lambda: self.send())
        for w in (self.template_button, self.language_box, self.attach_button,
                  self.attachments_label):
            bottom.addWidget(w)
        bottom.addStretch(1)
        for w in (self.draft_label, self.discard_button, self.send_button):
            bottom.addWidget(w)
        layout.addLayout(bottom)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        for edit in (self.to_edit, self.cc_edit, self.subject_edit):
            edit.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.body.shortcut_chosen.connect(self.insert_shortcut)
        self.account_box.currentIndexChanged.connect(lambda _i: self._edited())
        self._keys = []
        for keys, slot in (("Ctrl+Return", self.send), ("Ctrl+Enter", self.send),
                           ("Ctrl+T", self.pick_template)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._keys.append(shortcut)
        self.retranslate()
        self.setEnabled(False)
        Task(conversation_view.prepare_outgoing, conversation_id, kind, draft_id).on_success(
            self._prepared).on_failure(self._prepare_failed).start()

    # --- texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        titles = {"reply": self.tr("Reply"), "reply_all": self.tr("Reply to all"),
                  "forward": self.tr("Forward"), "new": self.tr("New message")}
        self.title.setText(titles.get(self.kind, self.tr("Message")))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("To"))
        self.cc_label.setText(self.tr("Cc"))
        self.subject_label.setText(self.tr("Subject"))
        self.body.setPlaceholderText(self.tr(
            "Write your answer. Type / and a shortcut (for example /thanks) to insert a "
            "template, or press Ctrl+T to choose one."))
        self.template_button.setText(self.tr("Template…"))
        self.template_button.setToolTip(self.tr("Insert a ready answer (Ctrl+T, or type /)"))
        self.attach_button.setText(self.tr("Attach…"))
        self.discard_button.setText(self.tr("Discard"))
        self.setup_now_button.setText(self.tr("Set up now"))
        self.send_button.setText(self.tr("Send"))
        self.send_button.setToolTip(self.tr("Send (Ctrl+Enter)"))
        self.details_button.setText(self.tr("Cc, from, subject"))
        self.details_button.setToolTip(self.tr("Show the copy, sender and subject lines"))
        self.next_blank_button.setText(self.tr("Go to the blank"))
        self.send_anyway_button.setText(self.tr("Send without them"))
        self._update_placeholders()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading ----------------------------------------------------------------------

    def _prepared(self, prepared: Prepared) -> None:
        out = prepared.outgoing
        self.out = out
        self.draft_id = prepared.draft_id
        self.account_box.blockSignals(True)
        for account_id, name, address in prepared.accounts:
            self.account_box.addItem(f"{name} <{address}>", account_id)
            if out.account is not None and out.account.id == account_id:
                self.account_box.setCurrentIndex(self.account_box.count() - 1)
        self.account_box.blockSignals(False)
        self.to_edit.setText(", ".join(out.to))
        self.cc_edit.setText(", ".join(out.cc))
        self.subject_edit.setText(out.subject)
        self.body.setPlainText(out.text)
        # a reply needs only its text: sender, copy and subject are there when asked for
        self.details_button.setChecked(self.kind in ("new", "forward") or bool(out.cc))
        self.show_details(self.details_button.isChecked())
        self.set_language(prepared.customer_language or out.language)
        self._refresh_attachments()
        self.body.set_shortcuts(conversation_view.template_shortcuts(self.language))
        self._loading = False
        self.setEnabled(True)
        if prepared.restored:
            self.draft_label.setText(self.tr("Draft restored"))
        if prepared.filled:
            self.banner.show_message(self.tr(
                "Filled in since the draft was saved: %1.").replace(
                "%1", ", ".join(placeholder_names.description(n) for n in prepared.filled)),
                "info")
        self._update_placeholders()
        if self.take_focus:
            (self.to_edit if not out.to else self.body).setFocus()
        self.body.moveCursor(QTextCursor.MoveOperation.End)
        self.ready.emit()

    def show_details(self, on: bool) -> None:
        """Show or hide the Cc, From and Subject lines."""
        for field in (self.cc_edit, self.account_box, self.subject_edit):
            self.form.setRowVisible(field, on)

    def _prepare_failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.send_button.setEnabled(False)
        self.banner.show_message(lambda: i18n.error_text(exc) if isinstance(exc, UserError)
                                 else self.tr("The message could not be prepared. Details are in the log."), "error")

    def set_language(self, language: str) -> None:
        index = self.language_box.findData(language)
        if index >= 0:
            self.language_box.blockSignals(True)
            self.language_box.setCurrentIndex(index)
            self.language_box.blockSignals(False)
            self.language = language

    def _language_changed(self, _index: int) -> None:
        self.language = self.language_box.currentData()
        self.body.set_shortcuts(conversation_view.template_shortcuts(self.language))

    # --- templates --------------------------------------------------------------------

    def pick_template(self) -> None:
        picker = TemplatePicker(self.language, self, self.conversation_id,
                                self.account_box.currentData())
        self.picker = picker

        def insert_chosen() -> None:
            if picker.chosen is not None:
                self.insert_template(picker.chosen.id, picker.language)

        picker.accepted.connect(insert_chosen)
        picker.open()

    def insert_shortcut(self, shortcut: str) -> None:
        template_id = conversation_view.template_for_shortcut(shortcut, self.language)
        if template_id is None:
            self.banner.show_message(self.tr("No template has the shortcut /%1.").replace(
                "%1", shortcut), "warn")
            return
        self.insert_template(template_id, self.language)

    def insert_template(self, template_id: int, language: str | None = None) -> None:
        """Fill a template from the conversation and put it at the cursor."""
        rendered = conversation_view.render_template_for(
            self.conversation_id, template_id, language or self.language,
            self.account_box.currentData())
        cursor = self.body.textCursor()
        text = rendered.body.strip("\n")
        if self.body.toPlainText().strip() and cursor.positionInBlock() > 0:
            text = "\n" + text
        cursor.insertText(text)
        self.body.setTextCursor(cursor)
        if self.kind in ("new", "forward") and not self.subject_edit.text().strip():
            self.subject_edit.setText(rendered.subject)
        if rendered.language != self.language:
            self.set_language(rendered.language)
        if self.out is not None:
            self.out.template_key = rendered.key or self.out.template_key
            self.out.language = rendered.language
        self.missing_hints.update({m.name: i18n.message_text(m.hint_msg)
                                   for m in rendered.missing if m.hint_msg is not None})
        self._update_placeholders()
        self._show_setup_notes(rendered)
        self.body.setFocus()
        self.template_inserted.emit(rendered)

    def _show_setup_notes(self, rendered: Any) -> None:
        notes = views_setup.composer_notes(rendered)
        self.setup_note.setVisible(bool(notes))
        self.setup_note_label.setText(" ".join(i18n.message_text(n) for n in notes))
        self.setup_now_button.setVisible(any(n.id == "setup.details_empty" for n in notes))

    def open_setup(self) -> None:
        """Open "Set up your shop"; the blanks stay in the text for the seller to fill or
        to fill again from a template once the details are saved."""
        self.setup_dialog = open_setup(Settings(), self.window())
        self.setup_dialog.saved.connect(self.setup_note.hide)

    # --- placeholders -------------------------------------------------------------------

    def unfilled(self) -> list[str]:
        """Placeholders still in the subject or the text, in order, once each."""
        names = [m.group(1) for m in placeholders_in(self.subject_edit.text())]
        names += [m.group(1) for m in placeholders_in(self.body.toPlainText())]
        return list(dict.fromkeys(names))

    def _update_placeholders(self, blocking: bool = False) -> None:
        names = self.unfilled()
        if not names:
            self.placeholder_bar.hide()
            return
        listed = ", ".join("{" + n + "}" for n in names)
        hints = [self.missing_hints[n] for n in names if self.missing_hints.get(n)]
        text = (self.tr("Fill in the highlighted blanks before sending: %1.")
                if blocking else self.tr("Blanks to fill in: %1.")).replace("%1", listed)
        if hints:
            text += " " + " ".join(dict.fromkeys(hints))
        self.placeholder_label.setText(text)
        self.send_anyway_button.setVisible(blocking)
        self.placeholder_bar.show()

    def select_next_placeholder(self) -> bool:
        """Select the next blank after the cursor (wrapping), ready to be typed over."""
        text = self.body.toPlainText()
        found = placeholders_in(text)
        if not found:
            return False
        pos = self.body.textCursor().selectionEnd()
        m = next((f for f in found if f.start() >= pos), found[0])
        cursor = self.body.textCursor()
        cursor.setPosition(m.start())
        cursor.setPosition(m.end(), QTextCursor.MoveMode.KeepAnchor)
        self.body.setTextCursor(cursor)
        self.body.setFocus()
        return True

    # --- attachments --------------------------------------------------------------------

    def attach_files(self, paths: list[str] | None = None) -> None:
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        if not paths or self.out is None:
            return
        for path in paths:
            try:
                self.out.attachments.append(compose.OutgoingAttachment.from_path(path))
            except ValidationError as exc:
                self.banner.show_message(i18n.error_text(exc), "error")
        self._refresh_attachments()
        self._edited()

    def _refresh_attachments(self) -> None:
        files = [a.filename for a in (self.out.attachments if self.out else [])]
        self.attachments_label.setText(", ".join(files))

    # --- drafts -----------------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading:
            return
        self._update_placeholders()
        self.draft_label.setText(self.tr("Editing…"))
        self._autosave.start()
        controller = team_presence.current()
        if controller is not None and self.kind in ("reply", "reply_all"):
            controller.typing(True)  # the others of a team see "<name> is replying"

    def outgoing(self) -> Any:
        """A copy of the message as it stands in the fields (safe to hand to a worker)."""
        account = self.out.account
        account_id = self.account_box.currentData()
        if account_id is not None and (account is None or account.id != account_id):
            account = self.out.account = accounts.get_account(int(account_id))
        return dataclasses.replace(
            self.out,
            account=account,
            to=[a.strip() for a in re.split(r"[,;]", self.to_edit.text()) if a.strip()],
            cc=[a.strip() for a in re.split(r"[,;]", self.cc_edit.text()) if a.strip()],
            subject=self.subject_edit.text(),
            text=self.body.toPlainText(),
            attachments=list(self.out.attachments),
        )

    def has_content(self) -> bool:
        return bool(self.body.toPlainText().strip()) or (
            self.kind == "new" and bool(self.to_edit.text().strip()))

    def save_now(self) -> None:
        """Save the draft now (also called before the composer goes away)."""
        self._autosave.stop()
        if self.out is None or self._sending or not self.has_content():
            return
        if self._saving:
            self._save_again = True
            return
        self._saving = True
        Task(drafts.save_draft, self.outgoing(), self.draft_id).on_success(
            self._draft_saved).on_finished(self._save_finished).start()

    def _draft_saved(self, draft: Any) -> None:
        self.draft_id = draft.id
        from seller_desk.core.store.fields import utcnow
        from seller_desk.ui import format as fmt

        self.draft_label.setText(self.tr("Draft saved %1").replace(
            "%1", fmt.short_when(utcnow(), utcnow())))
        self.draft_saved.emit(draft.id)

    def _save_finished(self) -> None:
        self._saving = False
        if self._save_again:
            self._save_again = False
            self.save_now()

    def discard(self) -> None:
        self._autosave.stop()
        if self.draft_id is not None:
            Task(drafts.delete_draft, self.draft_id).start()
            self.draft_id = None
        self.out = None
        self.closed.emit()

    # --- sending ----------------------------------------------------------------------

    def send(self, confirmed: bool = False) -> None:
        """Queue the message; unfilled placeholders stop it unless ``confirmed``."""
        if self.out is None or self._sending:
            return
        if not self.body.toPlainText().strip() and not self.out.attachments and \
                self.kind != "forward":
            self.banner.show_message(self.tr("The message is empty: write your answer first."),
                                     "warn")
            self.body.setFocus()
            return
        if self.unfilled():
            if not confirmed:
                self._update_placeholders(blocking=True)
                self.select_next_placeholder()
                return
            self.subject_edit.setText(strip_placeholders(self.subject_edit.text()))
            self.body.setPlainText(strip_placeholders(self.body.toPlainText()))
        out = self.outgoing()
        self._sending = True
        self._autosave.stop()
        self.send_button.setEnabled(False)
        self.draft_label.setText(self.tr("Sending…"))
        controller = team_presence.current()
        check = controller.replies_since_opened(self.conversation_id) \
            if controller is not None and self.kind in ("reply", "reply_all") else None
        if check is None:
            self._queue(out)
            return
        # a team: someone else may have answered this customer since it was opened here
        check.on_success(lambda found: self._others_replied(out, found)).on_failure(
            lambda _exc: self._queue(out)).start()

    def _others_replied(self, out: Any, found: list[Any]) -> None:
        if found and not self.ask_send_anyway(found):
            self._sending = False
            self.send_button.setEnabled(True)
            self.draft_label.setText("")
            self.save_now()  # what the seller wrote stays, as a draft
            return
        self._queue(out)

    def ask_send_anyway(self, replies: list[Any]) -> bool:
        """Show what the others wrote since this conversation was opened, and ask whether
        to send this reply too (tests answer for the seller)."""
        from seller_desk.core.store.fields import utcnow
        from seller_desk.ui import format as fmt

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Someone else replied"))
        first = replies[-1]
        box.setText(self.tr("%1 replied to this customer at %2, after you opened this "
                            "conversation.").replace("%1", first.name).replace(
                                "%2", fmt.short_when(first.at, utcnow())))
        box.setInformativeText(self.tr("Read what they wrote (below) before you send "
                                       "yours. Send your reply too?"))
        box.setDetailedText("\n\n".join(f"{r.name}:\n{r.text}" for r in replies))
        send = box.addButton(self.tr("Send mine too"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is send

    def _queue(self, out: Any) -> None:
        Task(compose.send, out, draft=self.draft_id).on_success(self._sent).on_failure(
            self._send_failed).start()

    def _sent(self, row: Any) -> None:
        self._sending = False
        self.draft_id = None
        controller = team_presence.current()
        if controller is not None:
            controller.sent(row.id)
        self.sent.emit(row.id)
        self.closed.emit()

    def _send_failed(self, exc: BaseException) -> None:
        self._sending = False
        self.send_button.setEnabled(True)
        self.draft_label.setText("")
        if isinstance(exc, ValidationError):
            field = {"to": self.to_edit, "body": self.body}.get(exc.field)
            if field is not None:
                field.setFocus()
        self.banner.show_message(lambda: i18n.error_text(exc) if isinstance(exc, UserError)
                                 else self.tr("The message could not be queued. Nothing was sent; details are in the log."), "error")
