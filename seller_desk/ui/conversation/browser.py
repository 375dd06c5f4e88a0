"""The message browser: shows the conversation document and loads remote images on request.

Remote images never load by themselves: the document only names them after the seller chose
"Show images" (or always for that sender). Then each image is fetched on the network pool,
at most :data:`MAX_IMAGE_BYTES`, and the document is laid out again when it arrives.
"""

from __future__ import annotations

import logging
import urllib.request
from typing import Any

from seller_desk.ui.qt import (
    QByteArray,
    QDesktopServices,
    QImage,
    QTextBrowser,
    QTextDocument,
    QUrl,
    Signal,
)
from seller_desk.ui.tasks import Task, network_pool

logger = logging.getLogger(__name__)

MAX_IMAGE_BYTES = 5 * 1024 * 1024
IMAGE_TIMEOUT = 15


def fetch_image(url: str) -> bytes:
    """Download one image (worker thread); refuses anything larger than the cap."""
    request = urllib.request.Request(url, headers={"User-Agent": "Mozilla/5.0"})
    with urllib.request.urlopen(request, timeout=IMAGE_TIMEOUT) as response:  # noqa: S310
        data = response.read(MAX_IMAGE_BYTES + 1)
    if len(data) > MAX_IMAGE_BYTES:
        raise ValueError("image too large")
    return data


class MessageBrowser(QTextBrowser):
    """Signals:
        action(str, int): an ``sd:`` link was clicked (verb, id).
        images_loaded(): a remote image arrived and is shown.
    """

    action = Signal(str, int)
    images_loaded = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBrowser")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._clicked)
        self._images: dict[str, QImage] = {}
        self._pending: set[str] = set()
        self._failed: set[str] = set()
        self.document().setDocumentMargin(14)

    def set_document_html(self, text: str, keep_scroll: bool = True) -> None:
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(text)
        if keep_scroll:
            bar.setValue(position)

    def scroll_to_end(self) -> None:
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())

    def loadResource(self, kind: int, url: QUrl) -> Any:  # noqa: N802 - Qt API
        if url.isEmpty() or not url.toString().strip():
            return None  # a blocked image keeps its tag with no address: nothing to load
        scheme = url.scheme().lower()
        if kind == QTextDocument.ResourceType.ImageResource.value and scheme in ("http", "https"):
            key = url.toString()
            if key in self._images:
                return self._images[key]
            if key not in self._pending and key not in self._failed:
                self._pending.add(key)
                Task(fetch_image, key).on_success(
                    lambda data, key=key: self._image_arrived(key, data)).on_failure(
                    lambda _exc, key=key: self._image_failed(key)).start(network_pool())
            return None
        if scheme in ("http", "https"):
            return None  # never fetch remote style sheets or anything else
        return super().loadResource(kind, url)

    def _image_arrived(self, key: str, data: bytes) -> None:
        self._pending.discard(key)
        image = QImage()
        if not image.loadFromData(QByteArray(data)):
            self._failed.add(key)
            return
        self._images[key] = image
        self.document().addResource(QTextDocument.ResourceType.ImageResource.value,
                                    QUrl(key), image)
        # lay the document out again so the image takes its place
        self.set_document_html(self.toHtml())
        self.images_loaded.emit()

    def _image_failed(self, key: str) -> None:
        self._pending.discard(key)
        self._failed.add(key)

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "sd":
            verb, _, ident = url.path().partition("/")
            try:
                self.action.emit(verb, int(ident))
            except ValueError:
                logger.warning("Unknown action link %s", url.toString())
            return
        if url.scheme().lower() in ("http", "https", "mailto", "tel"):
            QDesktopServices.openUrl(url)
