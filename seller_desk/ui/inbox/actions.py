"""Conversation actions shared by the inbox list and the conversation view (close, snooze,
tag, mark read, not a customer).

Each action writes through :mod:`seller_desk.core.conversations.inbox` on a worker thread and calls back
when it is done, so a bulk action on many conversations never stalls the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from seller_desk.core.conversations import inbox
from seller_desk.core.conversations.inbox import TAGS
from seller_desk.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QMenu, QWidget
from seller_desk.ui.tasks import Task, network_pool

if TYPE_CHECKING:
    from seller_desk.core.screens.not_customers import Choice

SNOOZE_LABELS = {
    "later_today": QT_TRANSLATE_NOOP("Actions", "Later today (3 hours)"),
    "tomorrow": QT_TRANSLATE_NOOP("Actions", "Tomorrow morning"),
    "next_week": QT_TRANSLATE_NOOP("Actions", "Next week (Monday morning)"),
    "until_reply": QT_TRANSLATE_NOOP("Actions", "Until the customer replies"),
}
TAG_LABELS = {
    "complaint": QT_TRANSLATE_NOOP("Actions", "Complaint"),
    "return": QT_TRANSLATE_NOOP("Actions", "Return"),
    "refund": QT_TRANSLATE_NOOP("Actions", "Refund"),
    "question": QT_TRANSLATE_NOOP("Actions", "Question"),
    "payment": QT_TRANSLATE_NOOP("Actions", "Payment"),
    "shipping": QT_TRANSLATE_NOOP("Actions", "Shipping"),
    "feedback": QT_TRANSLATE_NOOP("Actions", "Feedback"),
    "other": QT_TRANSLATE_NOOP("Actions", "Other"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def tag_label(tag: str) -> str:
    return tr(TAG_LABELS.get(tag, tag))


def run(fn: Callable[..., Any], *args: Any, done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None, **kwargs: Any) -> Task:
    """Run a core action in the background; ``done(result)`` on the GUI thread."""
    task = Task(fn, *args, **kwargs).on_success(done)
    if failed is not None:
        task.on_failure(failed)
    return task.start()


def push_read(changed: Any, read: bool) -> Task | None:
    """Tell the server which messages were just marked read or unread (network pool).

    ``changed`` is what :func:`inbox.mark_read` returned; an unreachable server leaves
    the change queued for the next sync, so nothing needs to be shown here.
    """
    if not changed:
        return None
    return Task(_push_flags, list(changed), seen=read).start(network_pool())


def _push_flags(changed: list[Any], seen: bool) -> Any:
    # on the worker: the IMAP code, the stored mail's writer and the parsers load with the
    # first push, not with the inbox (they are not needed to paint it)
    from seller_desk.core.mail.imap import flags

    return flags.push_flags(changed, seen=seen)


def mark_read(ids: Sequence[int], read: bool, done: Callable[[Any], None]) -> Task:
    """Mark conversations read or unread locally, then on the server."""

    def marked(changed: Any) -> None:
        push_read(changed, read)
        done(changed)

    return run(inbox.mark_read, list(ids), read, done=marked)


def snooze(ids: Sequence[int], choice: str, done: Callable[[Any], None]) -> Task:
    until = inbox.snooze_until(choice)
    return run(inbox.snooze, list(ids), until, choice == "until_reply", done=done)


def snooze_menu(parent: QWidget, on_choice: Callable[[str], None]) -> QMenu:
    """A menu of snooze times; the chosen key goes to ``on_choice``."""
    menu = QMenu(parent)
    menu.setObjectName("snoozeMenu")
    for key in inbox.SNOOZE_CHOICES:
        action = menu.addAction(tr(SNOOZE_LABELS[key]))
        action.setData(key)
        action.triggered.connect(lambda _checked=False, key=key: on_choice(key))
    return menu


def tag_menu(parent: QWidget, current: Sequence[str],
             on_toggle: Callable[[str, bool], None]) -> QMenu:
    """A menu of tags with the current ones checked; ``on_toggle(tag, add)``."""
    menu = QMenu(parent)
    menu.setObjectName("tagMenu")
    for tag in TAGS:
        action = menu.addAction(tag_label(tag))
        action.setCheckable(True)
        action.setChecked(tag in current)
        action.setData(tag)
        action.triggered.connect(lambda checked, tag=tag: on_toggle(tag, bool(checked)))
    return menu


def _domains_text(domains: Sequence[str]) -> str:
    shown = ", ".join(domains[:3])
    return shown + (" …" if len(domains) > 3 else "")


def not_customer_menu(parent: QWidget, choice: Choice,
                      on_choice: Callable[[bool], None]) -> QMenu:
    """The "not a customer" popup: only the sender(s), or everyone at their domain(s).

    ``on_choice(whole_domain)``. Everyone at a public mail domain (gmail.com ...) is never
    offered; the menu says why instead.
    """
    menu = QMenu(parent)
    menu.setObjectName("notCustomerMenu")
    menu.setToolTipsVisible(True)
    menu.addSection(tr("Not a customer"))
    count = len(choice.addresses)
    if count == 1:
        only = tr("Only %1").replace("%1", choice.addresses[0])
    else:
        only = QCoreApplication.translate("Actions", "Only these %n senders", "", count)
    sender = menu.addAction(only)
    sender.setData("sender")
    sender.triggered.connect(lambda _checked=False: on_choice(False))
    if choice.domains:
        everyone = menu.addAction(tr("Everyone at %1").replace(
            "%1", _domains_text(choice.domains)))
        everyone.setData("domain")
        everyone.triggered.connect(lambda _checked=False: on_choice(True))
    if choice.public_domains:
        why = menu.addAction(tr("Anyone can have an address at %1: only the sender is "
                                "marked there").replace(
            "%1", _domains_text(choice.public_domains)))
        why.setEnabled(False)
    menu.addSeparator()
    hint = menu.addAction(tr("Their mail stays in All; undo in Settings"))
    hint.setEnabled(False)
    return menu
