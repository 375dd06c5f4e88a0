"""Putting papers on paper: packing slips, invoices and receipts to PDF or a printer.

The core makes each document's HTML (:mod:`seller_desk.core.documents.papers`); Qt lays it
out (its text engine finds a font for every script, so a Chinese or Tamil name prints) and
draws it, one order per page (longer ones run on), on A4 or on A6 labels. The window uses
:func:`paint` for its print preview; the command line and "Save as PDF" use
:func:`write_pdf`, which works on a screenless computer too (Qt's offscreen platform).

This module sits between the window and the command line (``.importlinter``): both use it,
and it is the only place outside the window that draws with Qt.
"""

from __future__ import annotations

import io
import logging
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import segno

from seller_desk.core.documents import papers

logger = logging.getLogger(__name__)

#: page sizes in millimetres and the base font size that fits them
_PAGES = {"A4": (210.0, 297.0, 10.0), "A6": (105.0, 148.0, 7.0)}
#: layout resolution: 96 dots per inch, as the HTML's sizes assume
_DPI = 96


def _application() -> object:
    """A Qt application for drawing (the window's, or an offscreen one for the CLI)."""
    # a QApplication (not only a QGuiApplication): the window, or a dialog opened later in
    # the same process, needs the widgets' kind of application, and there is only one
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["seller-desk"])
    return app


def qr_png(text: str, scale: int = 6) -> bytes:
    """The QR code of ``text`` as a PNG (segno: a maintained QR encoder)."""
    out = io.BytesIO()
    segno.make(text, error="m").save(out, kind="png", scale=scale, border=2)
    return out.getvalue()


def _document(doc: papers.OrderDocument, width_px: float, font_pt: float) -> object:
    from PySide6.QtCore import QSizeF, QUrl
    from PySide6.QtGui import QFont, QImage, QTextDocument

    text = QTextDocument()
    font = QFont()
    font.setPointSizeF(font_pt)
    text.setDefaultFont(font)
    text.setDocumentMargin(0)
    text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(papers.QR_NAME),
                     QImage.fromData(qr_png(doc.number)))
    text.setHtml(papers.render_html(doc))
    text.setPageSize(QSizeF(width_px, 10 ** 6))  # one tall page: cut into pages below
    text.setTextWidth(width_px)
    return text


def paint(device: object, docs: Sequence[papers.OrderDocument], size: str = "A4",
          cancel: threading.Event | None = None,
          progress: Callable[[int, int], None] | None = None) -> int:
    """Draw ``docs`` on a QPagedPaintDevice (a QPrinter or QPdfWriter); pages drawn."""
    from PySide6.QtCore import QMarginsF, QRectF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter

    width_mm, height_mm, font_pt = _PAGES[size]
    margin = 8.0 if size == "A4" else 4.0
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4 if size == "A4"
                                   else QPageSize.PageSizeId.A6),
                         QPageLayout.Orientation.Portrait,
                         QMarginsF(margin, margin, margin, margin),
                         QPageLayout.Unit.Millimeter)
    device.setPageLayout(layout)  # type: ignore[attr-defined]
    device.setResolution(_DPI)  # type: ignore[attr-defined]
    per_mm = _DPI / 25.4
    width_px = (width_mm - 2 * margin) * per_mm
    height_px = (height_mm - 2 * margin) * per_mm
    painter = QPainter(device)  # type: ignore[call-overload]
    pages = 0
    try:
        for index, doc in enumerate(docs):
            if cancel is not None and cancel.is_set():
                break
            text = _document(doc, width_px, font_pt)
            total = text.size().height()  # type: ignore[attr-defined]
            top = 0.0
            while top < total or top == 0.0:
                if pages:
                    device.newPage()  # type: ignore[attr-defined]
                painter.save()
                painter.translate(0, -top)
                text.drawContents(painter, QRectF(0, top, width_px,  # type: ignore[attr-defined]
                                                  height_px))
                painter.restore()
                pages += 1
                top += height_px
            if progress is not None:
                progress(index + 1, len(docs))
    finally:
        painter.end()
    return pages


def write_pdf(docs: Sequence[papers.OrderDocument], path: Path | str, size: str = "A4",
              cancel: threading.Event | None = None,
              progress: Callable[[int, int], None] | None = None) -> int:
    """Write ``docs`` to a PDF at ``path``; returns the pages written.

    The file is written beside its place and put there only when whole, so a cancel or a
    full disk never leaves half a PDF under the seller's chosen name.
    """
    from PySide6.QtGui import QPdfWriter

    _application()
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    writer = QPdfWriter(str(partial))
    writer.setCreator("Seller Desk")
    writer.setTitle(", ".join(d.number for d in docs[:5]))
    try:
        pages = paint(writer, docs, size, cancel, progress)
        del writer  # the file is complete once the writer is gone
        if cancel is not None and cancel.is_set():
            partial.unlink(missing_ok=True)
            return 0
        if not partial.exists() or partial.stat().st_size == 0:
            raise papers.pdf_failed(target.name)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise papers.pdf_failed(target.name) from exc
    logger.info("Wrote %d page(s) of %d document(s) to %s", pages, len(docs), target)
    return pages
