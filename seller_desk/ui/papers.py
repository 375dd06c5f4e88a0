"""Printing an order's papers: a packing slip, an invoice or a receipt, for one order or for
every parcel going out today; previewed and printed, or saved as a PDF (on a worker, with
progress and a cancel that leaves no half-written file)."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from seller_desk import printing
from seller_desk.core.common.errors import UserError
from seller_desk.core.documents import papers
from seller_desk.ui import i18n
from seller_desk.ui.qt import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from seller_desk.ui.tasks import Task


def build(order_ids: list[int], kind: str, language: str | None) -> list[papers.OrderDocument]:
    """The documents' facts, read on a worker."""
    return [papers.document_for(i, kind, language) for i in order_ids]


class PapersDialog(QDialog):
    """One kind of paper for one or more orders."""

    def __init__(self, order_ids: list[int], kind: str = "slip",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("papersDialog")
        self.order_ids = order_ids
        self.docs: list[papers.OrderDocument] = []
        self._stop = threading.Event()
        self.saved_to = ""
        layout = QVBoxLayout(self)
        self.what = QLabel()
        self.what.setWordWrap(True)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("paperKind")
        for key, label in (("slip", self.tr("Packing slip (no prices, goes in the parcel)")),
                           ("invoice", self.tr("Invoice (asks for payment)")),
                           ("receipt", self.tr("Receipt (says it was paid)"))):
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.paper_size = QComboBox()
        self.paper_size.setObjectName("paperSize")
        self.paper_size.addItem(self.tr("A4 paper"), "A4")
        self.paper_size.addItem(self.tr("A6 label"), "A6")
        self.language = QComboBox()
        self.language.setObjectName("paperLanguage")
        self.language.addItem(self.tr("Each customer's language"), "")
        for code, name in (("en", "English"), ("ms", "Bahasa Melayu"),
                           ("id", "Bahasa Indonesia")):
            self.language.addItem(name, code)
        form.addRow(self.tr("Paper"), self.kind)
        form.addRow(self.tr("Size"), self.paper_size)
        form.addRow(self.tr("Language"), self.language)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("papersStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Preview and print…"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.cancel_button = QPushButton(self.tr("Close"))
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout.addWidget(self.what)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.cancel_button.clicked.connect(self.reject)
        self.setWindowTitle(self.tr("Print"))
        self.what.setText(self.tr("%1 order(s): one page each, in the customer's language "
                                  "unless you choose one.").replace("%1",
                                                                   str(len(order_ids))))
        self.resize(480, 260)

    def _choice(self) -> tuple[str, str, str | None]:
        return (self.kind.currentData(), self.paper_size.currentData(),
                self.language.currentData() or None)

    def preview(self) -> Any:
        """Qt's print preview (with its Print button); the pages drawn as for a PDF."""
        kind, size, language = self._choice()
        try:
            docs = build(self.order_ids, kind, language)
        except UserError as exc:
            self.status.setText(i18n.error_text(exc))
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(lambda p: printing.paint(p, docs, size))
        dialog.open()
        return dialog

    def save_pdf(self, path: str = "") -> Task | None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"),
                                                  "papers.pdf", self.tr("PDF (*.pdf)"))
        if not path:
            return None
        kind, size, language = self._choice()
        self._stop = threading.Event()
        self.progress.setRange(0, len(self.order_ids))
        self.progress.setValue(0)
        self.progress.show()
        self.pdf_button.setEnabled(False)
        self.status.setText(self.tr("Writing the PDF…"))

        def work(progress: Any = None) -> int:
            docs = build(self.order_ids, kind, language)
            report = (lambda done, total: progress(done, total, "")) if progress else None
            return printing.write_pdf(docs, path, size, cancel=self._stop, progress=report)

        task = Task(work, with_progress=True)
        task.on_progress(lambda done, _total, _text: self.progress.setValue(done))
        def saved(pages: int) -> None:
            self._saved(path, pages)

        task.on_success(saved)
        task.on_failure(self._failed)
        return task.start()

    def _saved(self, path: str, pages: int) -> None:
        self.progress.hide()
        self.pdf_button.setEnabled(True)
        if self._stop.is_set():
            self.status.setText(self.tr("Stopped: no file was written."))
            return
        self.saved_to = path
        self.status.setText(self.tr("Saved %1 page(s) to %2.").replace(
            "%1", str(pages)).replace("%2", path))

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.pdf_button.setEnabled(True)
        self.status.setText(i18n.error_text(exc) if isinstance(exc, UserError) else self.tr(
            "The papers could not be made; the details are in the log."))

    def reject(self) -> None:
        self._stop.set()
        super().reject()
