"""Where the composer appears: under the conversation it answers, or in its own window."""

from __future__ import annotations

from typing import Any

from seller_desk.core.common.errors import UserError
from seller_desk.ui import i18n
from seller_desk.ui.composer import outbox_actions
from seller_desk.ui.composer.widget import ComposerWidget
from seller_desk.ui.qt import QVBoxLayout, QWidget
from seller_desk.ui.tasks import Task


class ComposerWindow(QWidget):
    """A new message (Ctrl+N) in a window of its own; closing keeps the draft."""

    def __init__(self, composer: ComposerWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composerWindow")
        self.setWindowTitle(self.tr("New message"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.composer = composer
        layout.addWidget(composer)
        composer.closed.connect(self.close)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if self.composer.out is not None:
            self.composer.save_now()
        super().closeEvent(event)


def open_composer(window: Any, conversation_id: int | None, kind: str,
                  draft_id: int | None = None, focus: bool = True) -> ComposerWidget:
    """Open the composer for ``kind`` (reply, reply_all, forward, new); ``focus`` False
    leaves the keyboard where it is (a draft reopened with its conversation)."""
    composer = ComposerWidget(conversation_id, kind, draft_id)
    composer.take_focus = focus
    composer.sent.connect(lambda _id: _after_send(window, conversation_id))
    if conversation_id is None or kind == "new":
        holder = ComposerWindow(composer)
        holder.setParent(window, holder.windowFlags() | _window_flag())
        window.composer_window = holder
        holder.show()
        return composer
    page = window.conversation_page
    if page.conversation_id != conversation_id or not window.is_reading():
        window.open_conversation(conversation_id)
    old = page.composer()
    if old is not None and hasattr(old, "save_now"):
        old.save_now()
    page.attach_composer(composer)
    composer.closed.connect(lambda: page.composer() is composer and page.detach_composer())
    composer.closed.connect(page.browser.setFocus)
    return composer


def _window_flag() -> Any:
    from seller_desk.ui.qt import Qt

    return Qt.WindowType.Window


def _after_send(window: Any, conversation_id: int | None) -> None:
    if conversation_id is not None and window.conversation_page.conversation_id == \
            conversation_id:
        window.conversation_page.reload()
    window.refresh_counts()
    window.data_changed.emit()


def edit_outbox_message(window: Any, outbox_id: int) -> None:
    """Take a failed message back into the composer to fix it, then send it again."""

    def opened(reopened: tuple[int, int | None]) -> None:
        draft_id, conversation_id = reopened
        open_composer(window, conversation_id, "reply" if conversation_id else "new", draft_id)
        window.conversation_page.reload()

    def failed(exc: BaseException) -> None:
        text = i18n.error_text(exc) if isinstance(exc, UserError) else str(exc)
        window.conversation_page.banner.show_message(text, "error")

    Task(outbox_actions.reopen, outbox_id).on_success(opened).on_failure(failed).start()
