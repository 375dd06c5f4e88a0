"""A reminder by hand: what to remember and when, optionally about an order."""

from __future__ import annotations

from datetime import timedelta

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.conversations import clocks
from seller_desk.core.followups import reminders
from seller_desk.core.screens import orders as views_orders
from seller_desk.core.store.fields import utcnow
from seller_desk.ui import i18n
from seller_desk.ui.forms import DiscardGuard, Field, TabLeaves, mark_invalid
from seller_desk.ui.i18n import DATE_FORMAT, Retranslating
from seller_desk.ui.qt import (
    QDate,
    QDateTime,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTime,
    QVBoxLayout,
    QWidget,
    Signal,
    to_datetime,
)
from seller_desk.ui.widgets import SaveCancelRow


class ReminderDialog(Retranslating, QDialog):
    """Signals:
        saved(int): the reminder with this id was made.
    """

    saved = Signal(int)

    def __init__(self, order_id: int | None = None, conversation_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.order_id, self.conversation_id = order_id, conversation_id
        self.setMinimumWidth(480)
        outer = QVBoxLayout(self)
        self.about = QLabel()
        self.about.setObjectName("hint")
        outer.addWidget(self.about)
        form = QFormLayout()
        outer.addLayout(form)
        self.note = QLineEdit()
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(DATE_FORMAT + " HH:mm")
        self.when.installEventFilter(TabLeaves(self.when))
        tomorrow = utcnow().astimezone(clocks.current_policy().tz) + timedelta(days=1)
        self.when.setDateTime(QDateTime(QDate(tomorrow.year, tomorrow.month, tomorrow.day),
                                        QTime(9, 0)))
        self.note_field, self.when_field = Field(self.note), Field(self.when)
        self.note_label, self.when_label = QLabel(), QLabel()
        self.note_label.setBuddy(self.note)
        self.when_label.setBuddy(self.when)
        form.addRow(self.note_label, self.note_field)
        form.addRow(self.when_label, self.when_field)
        buttons = SaveCancelRow(self, self.save)
        self.cancel_button, self.save_button = buttons.cancel_button, buttons.save_button
        outer.addLayout(buttons)
        self.retranslate()
        self.note.setFocus()
        self.guard = DiscardGuard(self, self.save)

    def reject(self) -> None:
        """Esc, Cancel or the window's close: a reminder being typed asks first."""
        if self.guard.may_discard():
            super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New reminder"))
        if self.order_id is not None:
            number = views_orders.order_detail(self.order_id).number
            self.about.setText(self.tr("About order %1").replace("%1", number))
        self.about.setVisible(self.order_id is not None)
        self.note_label.setText(self.tr("Remind me to"))
        self.when_label.setText(self.tr("When"))
        self.note.setPlaceholderText(self.tr("e.g. send the restock photos to Aminah"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("Save reminder"))

    def save(self) -> int | None:
        for field in (self.note_field, self.when_field):
            field.error.hide()
            mark_invalid(field.widget, False)
        due = to_datetime(self.when.dateTime()).replace(tzinfo=clocks.current_policy().tz)
        try:
            reminder = reminders.add_manual(due, self.note.text(), order=self.order_id,
                                            conversation=self.conversation_id)
        except ValidationError as exc:
            field = self.when_field if exc.field == "due_at" else self.note_field
            field.error.setText(i18n.error_text(exc))
            field.error.show()
            mark_invalid(field.widget, True)
            field.widget.setFocus()
            return None
        self.saved.emit(reminder.id)
        self.accept()
        return reminder.id
