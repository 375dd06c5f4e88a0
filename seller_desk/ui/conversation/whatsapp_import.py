"""Importing a WhatsApp chat into a customer's history: the file, the customer's phone,
and the two questions the file may leave open (which name is you, which way dates go)."""

from __future__ import annotations

import threading

from seller_desk.core.common.errors import UserError
from seller_desk.core.screens import conversation as conversation_view
from seller_desk.core.shop import whatsapp, whatsapp_chat
from seller_desk.ui import i18n
from seller_desk.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from seller_desk.ui.tasks import Task


class ImportChatDialog(QDialog):
    """Signals:
        imported(int): the chat is stored; the id of the customer's WhatsApp conversation.
    """

    imported = Signal(int)

    def __init__(self, customer_id: int | None = None, phone: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importChatDialog")
        self.setWindowTitle(self.tr("Import a WhatsApp chat"))
        self.customer_id = customer_id
        self.result_: whatsapp.ImportResult | None = None
        self._stop = threading.Event()
        self._task: Task | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "In WhatsApp open the chat, then Export chat (with or without media), and save "
            "the .txt or .zip it makes. The chat joins this customer's history; importing "
            "a newer export later adds only the new messages."))
        self.intro.setWordWrap(True)
        self.intro.setObjectName("mutedLabel")
        layout.addWidget(self.intro)
        form = QFormLayout()
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("chatFile")
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self.choose_file)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form.addRow(self.tr("Exported chat"), row)
        self.phone = QLineEdit(phone)
        self.phone.setObjectName("chatPhone")
        self.phone.setPlaceholderText("012-345 6789")
        form.addRow(self.tr("Customer's phone"), self.phone)
        self.me = QComboBox()
        self.me.setObjectName("chatMe")
        self.me_label = QLabel(self.tr("Which name is you?"))
        form.addRow(self.me_label, self.me)
        order = QHBoxLayout()
        self.day_first = QRadioButton(self.tr("Day first (30/08/25)"))
        self.month_first = QRadioButton(self.tr("Month first (8/30/25)"))
        order.addWidget(self.day_first)
        order.addWidget(self.month_first)
        order.addStretch(1)
        self.order_label = QLabel(self.tr("Dates in the chat"))
        self.order_box = QWidget()
        self.order_box.setLayout(order)
        form.addRow(self.order_label, self.order_box)
        layout.addLayout(form)
        self.status = QLabel()
        self.status.setObjectName("chatStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for w in (self.me_label, self.me, self.order_label, self.order_box):
            w.hide()
        self.resize(560, 300)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the exported chat"), "",
            self.tr("WhatsApp export (*.txt *.zip)"))
        if path:
            self.path.setText(path)

    def _day_first(self) -> bool | None:
        if not self.order_box.isVisible():
            return None
        if self.day_first.isChecked():
            return True
        if self.month_first.isChecked():
            return False
        return None

    def start(self) -> None:
        """Import on a worker; a question the file leaves open is asked here, then again."""
        if not self.path.text().strip():
            self.status.setText(self.tr("Choose the exported chat first."))
            return
        self._stop = threading.Event()
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Importing…"))
        me = self.me.currentText() if self.me.isVisible() else ""
        task = Task(conversation_view.import_whatsapp_chat, self.path.text().strip(),
                    customer_id=self.customer_id, phone=self.phone.text().strip(), me=me,
                    day_first=self._day_first(), cancel=self._stop)
        task.on_success(self._done).on_failure(self._failed)
        self._task = task.start()

    def _done(self, result: whatsapp.ImportResult) -> None:
        self.result_ = result
        self.import_button.setEnabled(True)
        text = self.tr("%1 new message(s) added; %2 were there already.").replace(
            "%1", str(result.added)).replace("%2", str(result.already_there))
        if result.media_missing:
            text += " " + self.tr("%1 photo(s) or file(s) were not in the export: export "
                                  "the chat with media to keep them.").replace(
                "%1", str(len(result.media_missing)))
        self.status.setText(text)
        self.imported.emit(result.conversation_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        if isinstance(exc, whatsapp.WhoIsWho):
            self.me.clear()
            self.me.addItems(exc.names)
            self.me_label.show()
            self.me.show()
        elif isinstance(exc, whatsapp_chat.DateOrderUnknown):
            self.order_label.show()
            self.order_box.show()
        self.status.setText(i18n.error_text(exc) if isinstance(exc, UserError) else self.tr(
            "The chat could not be imported; the details are in the log."))

    def reject(self) -> None:
        self._stop.set()  # a running import stops and writes nothing
        super().reject()
