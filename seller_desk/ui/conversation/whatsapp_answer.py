""""Answer on WhatsApp": a template filled for the customer (same placeholders and
language rules as mail), opened in WhatsApp through its wa.me address, and kept in the
customer's history once the seller says it went out."""

from __future__ import annotations

from seller_desk.core.common.errors import UserError
from seller_desk.core.screens import conversation as conversation_view
from seller_desk.ui import i18n
from seller_desk.ui.qt import (
    QCheckBox,
    QComboBox,
    QDesktopServices,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from seller_desk.ui.tasks import Task


def open_url(url: str) -> bool:
    """WhatsApp (the desktop program or the browser) at ``url``; tests replace it."""
    return bool(QDesktopServices.openUrl(QUrl(url)))


class AnswerOnWhatsApp(QDialog):
    """Signals:
        recorded(int): the answer is kept; the id of the customer's WhatsApp conversation.
    """

    recorded = Signal(int)

    def __init__(self, conversation_id: int, from_mail: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerOnWhatsApp")
        self.setWindowTitle(self.tr("Answer on WhatsApp"))
        self.conversation_id = conversation_id
        self.url = ""
        layout = QVBoxLayout(self)
        self.template = QComboBox()
        self.template.setObjectName("whatsappTemplate")
        self.text = QPlainTextEdit()
        self.text.setObjectName("whatsappText")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("mutedLabel")
        self.close_mail = QCheckBox(self.tr("Close this mail conversation: the customer is "
                                            "answered on WhatsApp"))
        self.close_mail.setChecked(from_mail)
        self.close_mail.setVisible(from_mail)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open in WhatsApp"))
        self.open_button.setObjectName("openWhatsApp")
        self.sent_button = QPushButton(self.tr("I sent it"))
        self.sent_button.setObjectName("whatsappSent")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.sent_button)
        row.addWidget(self.cancel_button)
        for w in (self.template, self.text, self.note, self.close_mail):
            layout.addWidget(w)
        layout.addLayout(row)
        self.sent_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_whatsapp)
        self.sent_button.clicked.connect(self.record)
        self.cancel_button.clicked.connect(self.reject)
        self.template.currentIndexChanged.connect(lambda _i: self._fill())
        language, choices = conversation_view.whatsapp_templates(conversation_id)
        self.language = language
        self.template.addItem(self.tr("(write your own)"), "")
        for key, name in choices:
            self.template.addItem(name, key)
        self.resize(560, 420)

    def _fill(self) -> None:
        key = self.template.currentData()
        if not key:
            return
        try:
            answer = conversation_view.whatsapp_answer(self.conversation_id, key)
        except UserError as exc:
            self.note.setText(i18n.error_text(exc))
            return
        self.text.setPlainText(answer.text)
        self.note.setText(self.tr("Blanks to fill in: %1.").replace(
            "%1", ", ".join(answer.blanks)) if answer.blanks else "")

    def open_whatsapp(self) -> None:
        answer = conversation_view.whatsapp_answer(self.conversation_id,
                                                   text=self.text.toPlainText())
        if not answer.url:
            self.note.setText(self.tr("This customer has no phone number WhatsApp can use: "
                                      "add it to the customer first."))
            return
        self.url = answer.url
        open_url(answer.url)
        self.sent_button.setEnabled(True)
        self.note.setText(self.tr("Send it in WhatsApp, then press “I sent it” so the "
                                  "answer is kept in the customer's history."))

    def record(self) -> None:
        self.sent_button.setEnabled(False)
        Task(self._record, self.text.toPlainText(), self.close_mail.isChecked()).on_success(
            self._recorded).on_failure(self._failed).start()

    def _record(self, text: str, close_mail: bool) -> int:
        from seller_desk.core.conversations import inbox

        conv_id = conversation_view.record_whatsapp_answer(self.conversation_id, text)
        if close_mail and conv_id != self.conversation_id:
            inbox.close([self.conversation_id])
        return conv_id

    def _recorded(self, conv_id: int) -> None:
        self.recorded.emit(conv_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.sent_button.setEnabled(True)
        self.note.setText(i18n.error_text(exc) if isinstance(exc, UserError) else self.tr(
            "The answer could not be kept; the details are in the log."))
