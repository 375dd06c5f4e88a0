"""Pieces the shop's forms share: a field with its error line, the red frame of a refused
field, date fields that Tab leaves at once, and the question before changes are thrown
away (:class:`DiscardGuard`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from seller_desk.ui.qt import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QCoreApplication,
    QEvent,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QMessageBox,
    QObject,
    QPlainTextEdit,
    Qt,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

#: the seller's answers to "Save your changes?"
SAVE, DISCARD, KEEP_EDITING = "save", "discard", "keep"


class TabLeaves(QObject):
    """Make Tab leave a date field instead of walking its day, month and year."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                isinstance(watched, QWidget):
            key = event.key()
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                window = watched.window()
                window.focusNextPrevChild(key == Qt.Key.Key_Tab)
                return True
        return False


class Field(QWidget):
    """A form field with its error line beneath it."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.widget = widget
        layout.addWidget(widget)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Give ``widget`` the red frame of a refused field (style sheet: [invalid="true"])."""
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Forms", text)


def ask_discard(parent: QWidget) -> str:
    """Ask what becomes of the changes: :data:`SAVE`, :data:`DISCARD` or
    :data:`KEEP_EDITING` (Esc, or closing the question, keeps editing: nothing is lost by
    a key pressed twice). Tests replace this function."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Unsaved changes"))
    box.setText(_tr("Save your changes before closing?"))
    box.setInformativeText(_tr("If you discard them, what you typed here is lost."))
    save = box.addButton(_tr("Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(_tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return SAVE
    if clicked is discard:
        return DISCARD
    return KEEP_EDITING


def form_state(form: QWidget) -> tuple[Any, ...]:
    """What the seller can change in ``form``: the text, choice or tick of every field in
    it, in order. Two equal states mean nothing was typed, chosen or ticked since."""
    state: list[Any] = []
    for widget in form.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            state.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractSpinBox):
            state.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
    return tuple(state)


class DiscardGuard:
    """Esc, Cancel or closing a form with changes asks first: Save / Discard / Keep editing.

    A tester lost a half-typed order to one press of Esc. The form's state is compared
    with the one it had when opened (or last saved, :meth:`mark_clean`); an unchanged form
    closes at once, as before.

    Args:
        form: the dialog or editor whose fields are watched.
        save: the form's own save; it closes the form itself when it succeeds and returns
            None when a field was refused (the form then stays open, the field marked).
    """

    def __init__(self, form: QWidget, save: Callable[[], object]) -> None:
        self.form = form
        self.save = save
        self._clean: tuple[Any, ...] = ()
        self.mark_clean()

    def mark_clean(self) -> None:
        """The form as it is now has nothing to lose (just opened, loaded or saved)."""
        self._clean = form_state(self.form)

    def changed(self) -> bool:
        return form_state(self.form) != self._clean

    def may_discard(self) -> bool:
        """True when the form may close without saving: unchanged, or the seller chose
        Discard. Save saves (the form closes itself when that works)."""
        if not self.changed():
            return True
        answer = ask_discard(self.form)
        if answer == DISCARD:
            return True
        if answer == SAVE:
            self.save()
        return False
