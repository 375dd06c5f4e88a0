"""The conversation page: messages in order, the side panel, and the reply composer.

Keyboard: Esc back to the list, j/k next and previous conversation, r/a/f reply, reply all,
forward, e close, s snooze, t tag, n not a customer. Loading, actions and attachment downloads run on worker
threads; the page only lays out what comes back.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any

from seller_desk.core.common.errors import UserError
from seller_desk.core.common.messages import Msg
from seller_desk.core.conversations import inbox
from seller_desk.core.screens import conversation as conversation_view
from seller_desk.core.screens import not_customers as not_customers_view
from seller_desk.core.screens.conversation import ConversationData, SidePanelData
from seller_desk.core.screens.not_customers import Choice
from seller_desk.core.team import members
from seller_desk.ui import format as fmt
from seller_desk.ui import i18n
from seller_desk.ui import presence as team_presence
from seller_desk.ui.conversation.browser import MessageBrowser
from seller_desk.ui.conversation.link_order import LinkOrderDialog
from seller_desk.ui.conversation.render import render
from seller_desk.ui.conversation.side_panel import SidePanel
from seller_desk.ui.inbox import actions
from seller_desk.ui.inbox.model import STATE_BACKGROUNDS, STATE_COLORS, ClockRules
from seller_desk.ui.qt import (
    QDesktopServices,
    QEvent,
    QFileDialog,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QShortcut,
    QSplitter,
    Qt,
    QToolButton,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from seller_desk.ui.tasks import Latest, Task, network_pool
from seller_desk.ui.widgets import Banner, SpareHint

logger = logging.getLogger(__name__)


def fetch_attachment(attachment_id: int, progress: Any = None) -> Path:
    """The attachment's local file, downloaded from the server when not cached yet."""
    try:
        from seller_desk.core.mail.imap import attachments
    except ImportError as exc:  # pragma: no cover - the mail engine ships it
        raise UserError(Msg.text("This version cannot download attachments.")) from exc
    return Path(attachments.fetch_attachment(attachment_id, progress=progress))


def save_raw(message_id: int, target: Path, progress: Any = None) -> Path:
    """Write the message exactly as the server has it to ``target`` (an .eml file)."""
    from seller_desk.core.mail.imap import attachments

    return Path(attachments.save_raw(message_id, target, progress=progress))


def safe_filename(name: str, fallback: str) -> str:
    from seller_desk.core.mail.imap import attachments

    return attachments.safe_filename(name, fallback)


def _load(conversation_id: int, once: set[int]) -> tuple[ConversationData, SidePanelData]:
    return (conversation_view.load(conversation_id, once),
            conversation_view.side_panel(conversation_id))


class ConversationPage(QWidget):
    """Signals:
        back_requested(): Esc or the back button.
        navigate(int): j (+1) or k (-1): the next or previous conversation of the list.
        compose_requested(int, str): reply / reply_all / forward this conversation.
        draft_found(int, str): the conversation opened has an unsent draft of this kind
            (reply, reply_all, forward): the window reopens it in the composer.
        edit_outbox_requested(int): reopen a failed outgoing message in the composer.
        changed(): the conversation changed (counts and the list need refreshing).
        loaded(int): a conversation was shown.
        new_order_requested(int), order_open_requested(int): for the orders screen.
        add_order_requested(int, str, str): "Add this order" for a number the mail names:
            (conversation, channel, number).
        customer_open_requested(int): the customer's profile (the customers screen).
        attachment_saved(str): an attachment was saved to this path.
    """

    back_requested = Signal()
    navigate = Signal(int)
    compose_requested = Signal(int, str)
    draft_found = Signal(int, str)
    edit_outbox_requested = Signal(int)
    changed = Signal()
    loaded = Signal(int)
    new_order_requested = Signal(int)
    add_order_requested = Signal(int, str, str)
    order_open_requested = Signal(int)
    customer_open_requested = Signal(int)
    attachment_saved = Signal(str)
    message_saved = Signal(str)  # the .eml file written
    attachment_opened = Signal(str)

    def __init__(self, clock: ClockRules | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationPage")
        self.clock = clock or ClockRules()
        self.conversation_id: int | None = None
        self.data: ConversationData | None = None
        self.panel_data: SidePanelData | None = None
        self.expanded: set[int] = set()
        self.quotes_open: set[int] = set()
        self.images_once: set[int] = set()
        self.own_name = ""
        self._loader = Latest()
        self._opening = False
        self._download: Task | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        top = QHBoxLayout()
        top.setContentsMargins(12, 10, 16, 8)
        top.setSpacing(8)
        self.back_button = QToolButton()
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.back_requested)
        self.subject = QLabel()
        self.subject.setObjectName("conversationSubject")
        # the sender wrote it: "<img src=/dev/zero>" must stay text, never load a file
        self.subject.setTextFormat(Qt.TextFormat.PlainText)
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.waiting = QLabel()
        self.waiting.setObjectName("waitingPill")
        self.tags_label = QLabel()
        self.tags_label.setObjectName("mutedLabel")
        top.addWidget(self.back_button)
        top.addWidget(self.subject, 1)
        top.addWidget(self.tags_label)
        top.addWidget(self.waiting)
        layout.addLayout(top)

        bar = QHBoxLayout()
        bar.setContentsMargins(14, 0, 16, 8)
        bar.setSpacing(6)
        self.reply_button = self._button("replyButton", lambda: self._compose("reply"), True)
        self.reply_all_button = self._button("replyAllButton",
                                             lambda: self._compose("reply_all"))
        self.forward_button = self._button("forwardButton", lambda: self._compose("forward"))
        self.whatsapp_button = self._button("answerOnWhatsApp", self.answer_on_whatsapp)
        self.close_button = self._button("closeConversation", self.toggle_closed)
        self.snooze_button = self._button("snoozeConversation", self.show_snooze_menu)
        self.tag_button = self._button("tagConversation", self.show_tag_menu)
        self.not_customer_button = self._button("notCustomer", self.show_not_customer_menu)
        # a team: who answers this customer (shown on a team's database only)
        self.assign_button = self._button("assignConversation", self.show_assign_menu)
        self.assign_button.hide()
        self.assignee: Any = None
        for b in (self.reply_button, self.reply_all_button, self.forward_button,
                  self.whatsapp_button):
            bar.addWidget(b)
        self.whatsapp_button.hide()
        bar.addSpacing(12)
        for b in (self.close_button, self.snooze_button, self.tag_button,
                  self.not_customer_button, self.assign_button):
            bar.addWidget(b)
        bar.addStretch(1)
        self.position_label = SpareHint()  # left out where the row has no room for it
        self.position_label.setObjectName("hintLabel")
        bar.addWidget(self.position_label)
        layout.addLayout(bar)

        self.banner = Banner()
        layout.addWidget(self.banner)
        # a team: who else has this conversation open, who is replying (ui/presence.py)
        self.presence_note = QLabel()
        self.presence_note.setObjectName("presenceNote")
        self.presence_note.setWordWrap(True)
        self.presence_note.hide()
        layout.addWidget(self.presence_note)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        self.reading = QSplitter(Qt.Orientation.Vertical)
        self.reading.setChildrenCollapsible(False)
        self.browser = MessageBrowser()
        self.browser.action.connect(self._action)
        self.reading.addWidget(self.browser)
        self.composer_holder = QWidget()
        self.composer_holder.setObjectName("composerHolder")
        self.composer_layout = QVBoxLayout(self.composer_holder)
        self.composer_layout.setContentsMargins(0, 0, 0, 0)
        self.composer_holder.hide()
        self.reading.addWidget(self.composer_holder)
        left_layout.addWidget(self.reading, 1)

        self.transfer = QWidget()
        self.transfer.setObjectName("transferBar")
        t_layout = QHBoxLayout(self.transfer)
        t_layout.setContentsMargins(14, 6, 14, 6)
        self.transfer_label = QLabel()
        self.transfer_bar = QProgressBar()
        self.transfer_bar.setMaximumWidth(240)
        self.transfer_bar.setTextVisible(False)
        self.transfer_cancel = QPushButton()
        self.transfer_cancel.clicked.connect(self._cancel_download)
        t_layout.addWidget(self.transfer_label, 1)
        t_layout.addWidget(self.transfer_bar)
        t_layout.addWidget(self.transfer_cancel)
        self.transfer.hide()
        left_layout.addWidget(self.transfer)
        self.splitter.addWidget(left)

        self.panel = SidePanel()
        self.panel.tag_toggled.connect(self.set_tag)
        self.panel.snooze_requested.connect(self.show_snooze_menu)
        self.panel.close_requested.connect(self.toggle_closed)
        self.panel.link_order_requested.connect(self.link_order)
        self.panel.new_order_requested.connect(
            lambda: self.conversation_id is not None
            and self.new_order_requested.emit(self.conversation_id))
        self.panel.order_open_requested.connect(self.order_open_requested)
        self.panel.customer_open_requested.connect(self.customer_open_requested)
        self.panel.whatsapp_import_requested.connect(self.import_whatsapp_chat)
        self.panel.add_order_requested.connect(
            lambda channel, number: self.conversation_id is not None
            and self.add_order_requested.emit(self.conversation_id, channel, number))
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([700, 330])
        layout.addWidget(self.splitter, 1)

        self._keys: list[QShortcut] = []
        for key, slot in (
            ("Esc", self.back_requested.emit),
            ("J", lambda: self.navigate.emit(1)),
            ("K", lambda: self.navigate.emit(-1)),
            ("R", lambda: self._compose("reply")),
            ("A", lambda: self._compose("reply_all")),
            ("F", lambda: self._compose("forward")),
            ("E", self.toggle_closed),
            ("S", self.show_snooze_menu),
            ("T", self.show_tag_menu),
            ("U", self.mark_unread),
            ("N", self.show_not_customer_menu),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            # only while reading: never while typing in the composer
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda slot=slot: self._key(slot))
            self._keys.append(shortcut)
        self.retranslate()

    def _button(self, name: str, slot: Any, primary: bool = False) -> QPushButton:
        button = QPushButton()
        button.setObjectName("primaryButton" if primary else name)
        button.setProperty("role", name)
        button.clicked.connect(slot)
        return button

    def _key(self, slot: Any) -> None:
        focus = self.focusWidget()
        if focus is not None and self.composer_holder.isAncestorOf(focus):
            return
        slot()

    # --- texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back"))
        self.back_button.setToolTip(self.tr("Back to the list (Esc)"))
        self.reply_button.setText(self.tr("Reply  r"))
        self.whatsapp_button.setText(self.tr("Answer on WhatsApp"))
        self.reply_all_button.setText(self.tr("Reply all  a"))
        self.forward_button.setText(self.tr("Forward  f"))
        self.snooze_button.setText(self.tr("Snooze  s"))
        self._assign_text()
        self.tag_button.setText(self.tr("Tag  t"))
        self.not_customer_button.setText(self.tr("Not a customer  n"))
        self.not_customer_button.setToolTip(self.tr(
            "Family, bank, courier, newsletter: stop their mail waiting on you (n)"))
        self.transfer_cancel.setText(self.tr("Cancel"))
        self.position_label.setText(self.tr("j/k next or previous · Esc back"))
        self._update_header()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading ----------------------------------------------------------------------

    def open(self, conversation_id: int) -> None:
        """Show a conversation (read on a worker thread) and mark it read."""
        if conversation_id != self.conversation_id:
            self.expanded.clear()
            self.quotes_open.clear()
            self.images_once.clear()
            self.banner.hide()
        self.conversation_id = conversation_id
        self._opening = True  # a reload does not bring a discarded draft's composer back
        self._loader.run(_load, conversation_id, set(self.images_once),
                         callback=self._loaded, failure=self._failed)

    def show_others(self, people: list[Any]) -> None:
        """Say who else (core.team.presence.Person) has this conversation open, and who
        of them is replying; nothing when nobody is."""
        typing = [p.name for p in people if p.typing]
        looking = [p.name for p in people if not p.typing]
        lines = []
        if typing:
            lines.append(self.tr("%1 is replying to this customer now.").replace(
                "%1", ", ".join(typing)))
        if looking:
            lines.append(self.tr("%1 also has this conversation open.").replace(
                "%1", ", ".join(looking)))
        self.presence_note.setText(" ".join(lines))
        self.presence_note.setProperty("typing", bool(typing))
        self.presence_note.style().unpolish(self.presence_note)  # the amber of "replying"
        self.presence_note.style().polish(self.presence_note)
        self.presence_note.setVisible(bool(lines))

    def reload(self) -> None:
        if self.conversation_id is not None:
            self._loader.run(_load, self.conversation_id, set(self.images_once),
                             callback=self._loaded, failure=self._failed)

    def _loaded(self, result: tuple[ConversationData, SidePanelData]) -> None:
        data, panel = result
        first = self.data is None or self.data.id != data.id
        self.data, self.panel_data = data, panel
        if first or not self.expanded:
            self.expanded = self._initially_expanded(data)
        else:
            known = {m.id for m in (self.data.messages if self.data else [])}
            self.expanded |= {m.id for m in data.messages if m.id not in known}
        self._render(scroll_to_newest=first)
        self.panel.show_data(panel)
        self.whatsapp_button.setVisible(bool(getattr(panel, "whatsapp_url", "")))
        self.panel.set_closed(data.status == "closed")
        team = team_presence.current() is not None
        self.assign_button.setVisible(team)
        if team:
            Task(members.assignee, data.id).on_success(self._got_assignee).start()
        self._update_header()
        if any(m.is_incoming and not m.is_seen for m in data.messages):
            Task(conversation_view.mark_conversation_read, data.id).on_success(
                self._marked_read).start()
        self.loaded.emit(data.id)
        if self._opening:
            self._opening = False
            self._reopen_draft(data)

    def _reopen_draft(self, data: ConversationData) -> None:
        """A draft comes back with its conversation, not only when r is pressed."""
        if data.channel != "email" or data.draft_kind not in ("reply", "reply_all", "forward"):
            return
        current = self.composer()
        if current is not None and getattr(current, "conversation_id", None) == data.id:
            return  # already being written here
        self.draft_found.emit(data.id, data.draft_kind)

    def _marked_read(self, changed: list[int]) -> None:
        actions.push_read(changed, True)
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_message(lambda: i18n.error_text(exc) if isinstance(exc, UserError)
                                 else self.tr("This conversation could not be read. Details are in the log."), "error")

    @staticmethod
    def _initially_expanded(data: ConversationData) -> set[int]:
        # the newest message, and every unread one, open; the rest folded to one line
        ids = {m.id for m in data.messages if not m.is_seen}
        if data.messages:
            ids.add(data.messages[-1].id)
        return ids

    def _render(self, scroll_to_newest: bool = False) -> None:
        if self.data is None:
            return
        html = render(self.data, self.expanded, self.quotes_open, self.own_name)
        self.browser.set_remote_allowed(
            {a for m in self.data.messages for a in m.remote_addresses})
        self.browser.set_document_html(html, keep_scroll=not scroll_to_newest)
        if scroll_to_newest and self.data.messages:
            # show the start of the newest message, the one to answer
            self.browser.scrollToAnchor("")
            self.browser.scroll_to_end()

    def _update_header(self) -> None:
        d = self.data
        if d is None:
            self.subject.setText("")
            self.waiting.hide()
            return
        self.subject.setText(d.subject or self.tr("(no subject)"))
        mail = d.channel != "whatsapp"
        for button in (self.reply_button, self.reply_all_button, self.forward_button):
            button.setVisible(mail)
        if not mail:
            self.banner.show_message(self.tr(
                "A WhatsApp chat imported from an export: answer the customer in WhatsApp. "
                "Import a newer export to add what came since."), "info")
            self._chat_banner = True
        elif getattr(self, "_chat_banner", False):
            self.banner.hide()  # the note belonged to the chat shown before
            self._chat_banner = False
        self.close_button.setText(self.tr("Reopen") if d.status == "closed"
                                  else self.tr("Close  e"))
        self.tags_label.setText(" · ".join(actions.tag_label(t) for t in d.tags))
        if d.waiting_since is not None:
            state, seconds = self.clock.state(d.waiting_since, _now())
            self.waiting.setText(self.tr("Waiting %1").replace("%1", fmt.duration(seconds)))
            self.waiting.setStyleSheet(
                f"background:{STATE_BACKGROUNDS[state]}; color:{STATE_COLORS[state]};")
            self.waiting.show()
        elif d.snooze_until_reply or (d.snoozed_until and d.snoozed_until > _now()):
            self.waiting.setText(self.tr("Snoozed"))
            self.waiting.setStyleSheet("background:#eef1f4; color:#52606d;")
            self.waiting.show()
        elif d.status == "closed":
            self.waiting.setText(self.tr("Closed"))
            self.waiting.setStyleSheet("background:#eef1f4; color:#52606d;")
            self.waiting.show()
        else:
            self.waiting.hide()

    # --- document links -------------------------------------------------------------------

    def _action(self, verb: str, ident: int) -> None:
        if verb == "expand":
            self.expanded ^= {ident}
            self._render()
        elif verb == "quote":
            self.quotes_open ^= {ident}
            self._render()
        elif verb == "images-once":
            self.images_once.add(ident)
            self.reload()
        elif verb == "images-always":
            self.allow_images_for_message(ident)
        elif verb == "open":
            self.open_attachment(ident)
        elif verb == "save":
            self.save_attachment(ident)
        elif verb == "eml":
            self.save_message(ident)
        elif verb in ("retry", "cancel"):
            self._outbox_action(verb, ident)
        elif verb == "edit":
            self.edit_outbox_requested.emit(ident)

    def allow_images_for_message(self, message_id: int) -> None:
        """Remember "always show images" for the sender of this message."""
        if self.data is None:
            return
        sender = next((m.sender_email for m in self.data.messages if m.id == message_id), "")
        if sender:
            Task(conversation_view.set_remote_content_allowed, sender, True).on_success(
                lambda _r: self.reload()).start()

    # --- attachments ------------------------------------------------------------------

    def _attachment(self, attachment_id: int) -> Any:
        if self.data is None:
            return None
        for m in self.data.messages:
            for a in m.attachments:
                if a.id == attachment_id:
                    return a
        return None

    def save_attachment(self, attachment_id: int, target: str | None = None) -> None:
        """Ask where to save, download (with progress) and copy the file there."""
        a = self._attachment(attachment_id)
        if a is None:
            return
        if target is None:
            start = str(Path.home() / a.filename)
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Save attachment"), start)
            if not target:
                return
        self._start_download(a, lambda path: self._saved(Path(path), Path(target)))

    def save_message(self, message_id: int, target: str | None = None) -> None:
        """Ask where to save, then write the message as the server has it (.eml)."""
        if target is None:
            message = next((m for m in (self.data.messages if self.data else [])
                            if m.id == message_id), None)
            name = safe_filename((message.subject if message else "") or "message",
                                 "message")[:80] + ".eml"
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save message as .eml"), str(Path.home() / name),
                self.tr("Email messages (*.eml)"))
            if not target:
                return
        if self._download is not None and not self._download.done:
            self.banner.show_message(self.tr("Another download is still running."), "info")
            return
        self.transfer_label.setText(self.tr("Saving the message…"))
        self.transfer_bar.setRange(0, 0)
        self.transfer.show()
        path = Path(target)
        task = Task(save_raw, message_id, path, with_progress=True)
        task.on_progress(self._progress).on_success(self._message_saved)
        task.on_failure(self._message_save_failed).on_finished(self.transfer.hide)
        self._download = task.start(network_pool())

    def _message_saved(self, path: Any) -> None:
        self.banner.show_message(self.tr("Saved to %1").replace("%1", str(path)), "ok")
        self.message_saved.emit(str(path))

    def _message_save_failed(self, exc: BaseException) -> None:
        if getattr(exc, "kind", "") == "cancelled":
            return
        if isinstance(exc, UserError):
            text = i18n.error_text(exc)
        elif isinstance(exc, OSError):
            text = self.tr("Could not save the message: %1").replace(
                "%1", exc.strerror or str(exc))
        else:
            text = self.tr("The message could not be saved. Details are in the log.")
        self.banner.show_message(text, "error")

    def open_attachment(self, attachment_id: int) -> None:
        a = self._attachment(attachment_id)
        if a is None:
            return
        self._start_download(a, self._open_file)

    def _start_download(self, a: Any, then: Any) -> None:
        if self._download is not None and not self._download.done:
            self.banner.show_message(self.tr("Another download is still running."), "info")
            return
        self.transfer_label.setText(self.tr("Downloading %1 (%2)…").replace(
            "%1", a.filename).replace("%2", fmt.size(a.size)))
        self.transfer_bar.setRange(0, 0)
        self.transfer.show()
        task = Task(fetch_attachment, a.id, with_progress=True)
        task.on_progress(self._progress).on_success(then).on_failure(self._download_failed)
        task.on_finished(self.transfer.hide)
        self._download = task.start(network_pool())

    def _progress(self, done: int, total: int, _text: str) -> None:
        if total > 0:
            self.transfer_bar.setRange(0, total)
            self.transfer_bar.setValue(done)

    def _cancel_download(self) -> None:
        if self._download is not None:
            self._download.cancel()

    def _download_failed(self, exc: BaseException) -> None:
        if getattr(exc, "kind", "") == "cancelled":
            return
        self.banner.show_message(lambda: i18n.error_text(exc) if isinstance(exc, UserError)
                                 else self.tr("The attachment could not be downloaded. Details are in the log."), "error")

    def _saved(self, source: Path, target: Path) -> None:
        try:
            shutil.copyfile(source, target)
        except OSError as exc:
            self.banner.show_message(self.tr("Could not save to %1: %2").replace(
                "%1", str(target)).replace("%2", exc.strerror or str(exc)), "error")
            return
        self.banner.show_message(self.tr("Saved to %1").replace("%1", str(target)), "ok")
        self.attachment_saved.emit(str(target))

    def _open_file(self, path: Any) -> None:
        self.attachment_opened.emit(str(path))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # --- actions ----------------------------------------------------------------------

    def _compose(self, kind: str) -> None:
        if self.data is not None and self.data.channel == "whatsapp":
            return  # an imported chat is answered in WhatsApp, not by mail
        if self.conversation_id is not None:
            self.compose_requested.emit(self.conversation_id, kind)

    def answer_on_whatsapp(self) -> Any:
        """A template filled for the customer, sent through WhatsApp, kept in the history."""
        from seller_desk.ui.conversation.whatsapp_answer import AnswerOnWhatsApp

        if self.data is None:
            return None
        dialog = AnswerOnWhatsApp(self.data.id, self.data.channel != "whatsapp", self)
        dialog.recorded.connect(lambda _conv: self._done())
        dialog.open()
        return dialog

    def import_whatsapp_chat(self) -> Any:
        """The customer's WhatsApp chat into this history (the side panel's link)."""
        from seller_desk.ui.conversation.whatsapp_import import ImportChatDialog

        panel = self.panel_data
        dialog = ImportChatDialog(self.data.customer_id if self.data else None,
                                  getattr(panel, "phone", "") or "", self)
        dialog.imported.connect(lambda _conv: self._done())
        dialog.open()
        return dialog

    def _done(self, _result: Any = None) -> None:
        self.reload()
        self.changed.emit()

    def toggle_closed(self) -> None:
        if self.data is None:
            return
        fn = inbox.reopen if self.data.status == "closed" else inbox.close
        actions.run(fn, [self.data.id], done=self._done)

    def mark_unread(self) -> None:
        if self.data is not None:
            actions.mark_read([self.data.id], False, done=lambda _r: self.changed.emit())

    def snooze(self, choice: str) -> None:
        if self.data is not None:
            actions.snooze([self.data.id], choice, done=self._done)

    def set_tag(self, tag: str, on: bool) -> None:
        if self.data is not None:
            actions.run(inbox.add_tag if on else inbox.remove_tag, [self.data.id], tag,
                        done=self._done)

    def show_snooze_menu(self) -> None:
        if self.data is None:
            return
        self.last_menu = actions.snooze_menu(self, self.snooze)
        self.last_menu.popup(self.snooze_button.mapToGlobal(
            self.snooze_button.rect().bottomLeft()))

    def _got_assignee(self, member: Any) -> None:
        self.assignee = member
        self._assign_text()

    def _assign_text(self) -> None:
        if self.assignee is None:
            self.assign_button.setText(self.tr("Assign…"))
        else:
            self.assign_button.setText(self.tr("Answered by %1").replace(
                "%1", self.assignee.name))

    def show_assign_menu(self) -> None:
        """Give the conversation to a member of the team, or to nobody."""
        if self.data is not None:
            Task(members.list_members).on_success(self._assign_menu).start()

    def _assign_menu(self, people: list[Any]) -> None:
        if self.data is None:
            return
        conv_id = self.data.id
        menu = QMenu(self)
        current = self.assignee.id if self.assignee is not None else None
        for person in people:
            action = menu.addAction(person.name)
            action.setCheckable(True)
            action.setChecked(person.id == current)
            action.triggered.connect(lambda _c=False, m=person.id: self.assign(conv_id, m))
        menu.addSeparator()
        nobody = menu.addAction(self.tr("Nobody"))
        nobody.triggered.connect(lambda _c=False: self.assign(conv_id, None))
        self.last_menu = menu
        menu.popup(self.assign_button.mapToGlobal(self.assign_button.rect().bottomLeft()))

    def assign(self, conversation_id: int, member_id: int | None) -> None:
        Task(members.assign, [conversation_id], member_id).on_success(
            lambda _n: self._done()).on_failure(
            lambda exc: self.banner.show_message(
                i18n.error_text(exc) if isinstance(exc, UserError) else
                self.tr("The conversation could not be assigned; details are in the log."),
                "error")).start()

    def show_tag_menu(self) -> None:
        if self.data is None:
            return
        self.last_menu = actions.tag_menu(self, self.data.tags, self.set_tag)
        self.last_menu.popup(self.tag_button.mapToGlobal(self.tag_button.rect().bottomLeft()))

    def show_not_customer_menu(self) -> None:
        if self.data is not None:
            actions.run(not_customers_view.choice_for, [self.data.id],
                        done=self._offer_not_customer)

    def _offer_not_customer(self, choice: Choice) -> None:
        if choice.empty or self.data is None or choice.conversation_ids != (self.data.id,):
            return
        self.last_menu = actions.not_customer_menu(self, choice, self.mark_not_customer)
        self.last_menu.popup(self.not_customer_button.mapToGlobal(
            self.not_customer_button.rect().bottomLeft()))

    def mark_not_customer(self, whole_domain: bool) -> None:
        if self.data is None:
            return
        actions.run(not_customers_view.mark, [self.data.id], whole_domain,
                    done=self._marked_not_customer)

    def _marked_not_customer(self, _changed: int) -> None:
        self.banner.show_message(self.tr(
            "Marked as not a customer: this mail no longer waits on you. It stays in All "
            "conversations; undo it in Settings, Not customers."), "ok")
        self._done()

    def link_order(self) -> None:
        if self.data is None:
            return
        dialog = LinkOrderDialog(self.data.customer_id, self)
        self.link_dialog = dialog
        dialog.accepted.connect(lambda: self._link_chosen(dialog.chosen_order_id))
        dialog.open()

    def _link_chosen(self, order_id: int | None) -> None:
        if order_id is not None and self.data is not None:
            actions.run(conversation_view.link_order, self.data.id, order_id, done=self._done)

    def _outbox_action(self, verb: str, outbox_id: int) -> None:
        from seller_desk.ui.composer import outbox_actions

        fn = outbox_actions.retry if verb == "retry" else outbox_actions.cancel
        actions.run(fn, outbox_id, done=self._done,
                    failed=lambda exc: self.banner.show_message(
                        i18n.error_text(exc) if isinstance(exc, UserError) else str(exc), "error"))

    # --- the composer -----------------------------------------------------------------

    def attach_composer(self, composer: QWidget) -> None:
        """Show ``composer`` under the messages (one at a time)."""
        self.detach_composer()
        self.composer_layout.addWidget(composer)
        self.composer_holder.show()
        total = max(self.reading.height(), 500)
        self.reading.setSizes([int(total * 0.42), int(total * 0.58)])

    def detach_composer(self) -> QWidget | None:
        item = self.composer_layout.takeAt(0)
        self.composer_holder.hide()
        w = item.widget() if item is not None else None
        if w is not None:
            w.setParent(None)
        return w

    def composer(self) -> QWidget | None:
        item = self.composer_layout.itemAt(0)
        return item.widget() if item is not None else None


def _now() -> Any:
    from seller_desk.core.store.fields import utcnow

    return utcnow()
