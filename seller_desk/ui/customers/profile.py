"""One customer's profile: their details (edited in place), likely duplicates and their
whole history - conversations, orders, parcels and reminders - on one timeline."""

from __future__ import annotations

from seller_desk.core.common.errors import ValidationError
from seller_desk.core.screens import customers as views
from seller_desk.ui import i18n, labels
from seller_desk.ui.i18n import Retranslating
from seller_desk.ui.qt import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

LANGUAGES = ("", "en", "ms", "id")


class ProfilePanel(Retranslating, QScrollArea):
    """The profile beside the customers table.

    Signals:
        saved(int): the customer's details were saved.
        merge_requested(int, int): merge these two (this customer, the likely duplicate).
        open_conversation_requested(int), open_order_requested(int): a timeline entry.
    """

    saved = Signal(int)
    merge_requested = Signal(int, int)
    open_conversation_requested = Signal(int)
    open_order_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.profile: views.CustomerProfile | None = None
        body = QWidget()
        body.setObjectName("formBody")
        self.setWidget(body)
        column = QVBoxLayout(body)
        column.setContentsMargins(12, 8, 12, 8)
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        column.addWidget(self.empty)
        self.content = QWidget()
        column.addWidget(self.content, 1)
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name = QLineEdit()
        self.name.setObjectName("customerName")
        self.emails = QLabel()
        self.emails.setWordWrap(True)
        self.emails.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phone = QLineEdit()
        self.phone.setObjectName("customerPhone")
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem("", code)
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(60)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.labels: dict[str, QLabel] = {}
        for key, widget in (("name", self.name), ("emails", self.emails),
                            ("phone", self.phone), ("language", self.language),
                            ("address", self.address), ("notes", self.notes)):
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            form.addRow(label, widget)
        inner.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        inner.addWidget(self.error)
        self.save_button = QPushButton()
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save)
        inner.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

        self.duplicates_title = QLabel()
        self.duplicates_title.setObjectName("sectionTitle")
        inner.addWidget(self.duplicates_title)
        self.duplicates_box = QVBoxLayout()
        inner.addLayout(self.duplicates_box)
        self.history_title = QLabel()
        self.history_title.setObjectName("sectionTitle")
        inner.addWidget(self.history_title)
        self.timeline = QListWidget()
        self.timeline.setObjectName("customerTimeline")
        self.timeline.setWordWrap(True)
        # long entries wrap inside the pane: a sideways scroll bar hid their ends
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.timeline.setMinimumHeight(220)
        self.timeline.itemActivated.connect(self._open)
        self.timeline.itemDoubleClicked.connect(self._open)
        inner.addWidget(self.timeline, 1)
        self.merge_buttons: list[QPushButton] = []
        self.retranslate()
        self.show_profile(None)

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        texts = {"name": self.tr("Name"), "emails": self.tr("Email addresses"),
                 "phone": self.tr("Phone / WhatsApp"), "language": self.tr("Language"),
                 "address": self.tr("Delivery address"), "notes": self.tr("Notes")}
        for key, label in self.labels.items():
            label.setText(texts[key])
        names = {"": self.tr("Not known"), "en": "English", "ms": "Bahasa Melayu",
                 "id": "Bahasa Indonesia"}
        for index in range(self.language.count()):
            self.language.setItemText(index, names[self.language.itemData(index)])
        self.phone.setPlaceholderText(self.tr("For example 012-345 6789 or +62 812 3456 789"))
        self.address.setPlaceholderText(self.tr("Where parcels go: street, postcode, town"))
        self.save_button.setText(self.tr("Save changes"))
        self.save_button.setToolTip(self.tr("Save the customer's details (Ctrl+S)"))
        self.empty.setText(self.tr("Choose a customer to see their details and history."))
        self.duplicates_title.setText(self.tr("May be the same person"))
        self.history_title.setText(self.tr("History (Enter opens)"))
        self._fill()

    # --- showing -------------------------------------------------------------------------

    def show_profile(self, customer_id: int | None) -> None:
        """Show this customer (None: the hint to choose one)."""
        self.profile = views.profile(customer_id) if customer_id is not None else None
        self.error.hide()
        self._fill()

    def _fill(self) -> None:
        p = self.profile
        self.empty.setVisible(p is None)
        self.content.setVisible(p is not None)
        if p is None:
            return
        self.name.setText(p.name)
        self.emails.setText("\n".join(p.emails) or "—")
        self.phone.setText(p.phone)
        self.language.setCurrentIndex(max(0, self.language.findData(p.language)))
        self.address.setPlainText(p.address)
        self.notes.setPlainText(p.notes)
        self._fill_duplicates(p)
        self.timeline.clear()
        for entry in p.timeline:
            item = QListWidgetItem(self._entry_text(entry))
            item.setData(Qt.ItemDataRole.UserRole, (entry.conversation_id, entry.order_id))
            self.timeline.addItem(item)
        if not p.timeline:
            self.timeline.addItem(self.tr("Nothing yet: no conversation, order or reminder."))

    def _fill_duplicates(self, p: views.CustomerProfile) -> None:
        for button in self.merge_buttons:
            button.deleteLater()
        self.merge_buttons = []
        self.duplicates_title.setVisible(bool(p.duplicates))
        for dup in p.duplicates:
            who = dup.name or dup.email or dup.phone
            reason = (self.tr("same phone") if dup.reason == "phone" else self.tr("same name"))
            button = QPushButton(self.tr("Merge with %1 (%2)…").replace("%1", who).replace(
                "%2", reason))
            button.setToolTip(dup.email or dup.phone)
            button.clicked.connect(lambda _c=False, other=dup.id: self.merge_requested.emit(
                p.id, other))
            self.duplicates_box.addWidget(button)
            self.merge_buttons.append(button)

    def _entry_text(self, e: views.TimelineEntry) -> str:
        when = i18n.format_date(e.at)
        if e.kind == "conversation":
            title = e.title
            if e.channel == "whatsapp":
                kind = self.tr("WhatsApp chat")
                # an imported chat is named "WhatsApp: <the phone's name for it>"
                title = title.removeprefix("WhatsApp:").strip()
            else:
                kind = self.tr("Conversation")
            return f"{when} · {kind}: {title or self.tr('(no subject)')}"
        if e.kind == "order":
            money = i18n.format_money(e.amount, e.currency) if e.amount is not None else ""
            return (f"{when} · {self.tr('Order')} {e.title} · {labels.order_status(e.status)}"
                    f" · {money}")
        if e.kind == "parcel":
            return f"{when} · {self.tr('Parcel')} {e.title} · {labels.shipment_status(e.status)}"
        state = self.tr("done") if e.status == "done" else self.tr("due")
        if e.channel and e.channel != "manual":
            # a rule's reminder: its stored note is English, its kind says it in the
            # seller's language (and Enter opens the order or conversation it is about)
            return f"{when} · {labels.reminder_kind(e.channel)} ({state})"
        return f"{when} · {self.tr('Reminder')} ({state}): {e.title}"

    # --- actions -------------------------------------------------------------------------

    def _open(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if not target:
            return
        conversation_id, order_id = target
        if conversation_id is not None:
            self.open_conversation_requested.emit(conversation_id)
        elif order_id is not None:
            self.open_order_requested.emit(order_id)

    def edit(self) -> views.CustomerEdit:
        return views.CustomerEdit(
            name=self.name.text(), phone=self.phone.text(),
            address=self.address.toPlainText(), language=self.language.currentData() or "",
            notes=self.notes.toPlainText())

    def save(self) -> bool:
        """Save the details; on a refusal say why beside the field and keep what was typed."""
        if self.profile is None:
            return False
        try:
            self.profile = views.save(self.profile.id, self.edit())
        except ValidationError as exc:
            self.error.setText(i18n.error_text(exc))
            self.error.show()
            if exc.field == "phone":
                self.phone.setFocus()
            return False
        self.error.hide()
        self._fill()
        self.saved.emit(self.profile.id)
        return True
