"""The message browser: shows the conversation document and loads remote images on request.

Remote images never load by themselves: the document only names them after the seller chose
"Show images" (or always for that sender), and the page tells the browser which addresses
those are (:meth:`MessageBrowser.set_remote_allowed`). Then each image is fetched on the
network pool, at most :data:`MAX_IMAGE_BYTES`, and the document is laid out again when it
arrives.

Whatever HTML reaches it (mail stored by an older version, a sanitizer's slip), the browser
itself opens nothing but ``data:`` images, ``cid:`` images the page added, and the allowed
web images. Qt's rich text would otherwise read any relative or ``file:`` address from the
disk (``<img src="/dev/zero">`` ran the app out of memory), and on Windows a ``\\\\host``
address from a file share. Three places see to it:

- the document's own resource loader (``_SafeDocument.loadResource``), which Qt asks for
  every image, background and style sheet, and which never falls back to Qt's, which
  reads files;
- the browser's ``loadResource``, the same rules, in case Qt asks the widget;
- the image drawer (``_ImageHandler``), which replaces Qt's: Qt's loads an image by its
  file name when the loader gave none, and looks for ``@2x`` files beside it.

Images are decoded only from raster formats: an SVG or PDF "image" may name other files.
"""

from __future__ import annotations

import logging
import urllib.request
from collections.abc import Iterable
from typing import Any

from seller_desk.core.mail.parse import html as mail_html
from seller_desk.ui.qt import (
    QBuffer,
    QByteArray,
    QDesktopServices,
    QImage,
    QImageReader,
    QIODevice,
    QPixmap,
    QPyTextObject,
    QSizeF,
    QTextBrowser,
    QTextDocument,
    QTextFormat,
    QUrl,
    Signal,
)
from seller_desk.ui.tasks import Task, network_pool

logger = logging.getLogger(__name__)

MAX_IMAGE_BYTES = 5 * 1024 * 1024
IMAGE_TIMEOUT = 15
# formats whose decoders read nothing but the bytes given (SVG and PDF can name files)
RASTER_FORMATS = frozenset({"png", "jpeg", "jpg", "gif", "webp", "bmp"})

_IMAGE = QTextDocument.ResourceType.ImageResource.value


def fetch_image(url: str) -> bytes:
    """Download one image (worker thread); refuses anything larger than the cap."""
    request = urllib.request.Request(url, headers={"User-Agent": "Mozilla/5.0"})
    with urllib.request.urlopen(request, timeout=IMAGE_TIMEOUT) as response:
        data = response.read(MAX_IMAGE_BYTES + 1)
    if len(data) > MAX_IMAGE_BYTES:
        raise ValueError("image too large")
    return data


def raster_image(data: bytes) -> QImage | None:
    """The picture in ``data`` when it is a raster image (PNG, JPEG, GIF, WebP, BMP)."""
    probe = QBuffer()
    probe.setData(QByteArray(data))
    probe.open(QIODevice.OpenModeFlag.ReadOnly)
    kind = bytes(QImageReader.imageFormat(probe).data()).decode("ascii", "replace").lower()
    if kind not in RASTER_FORMATS:
        return None
    source = QBuffer()
    source.setData(QByteArray(data))
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(source, kind.encode("ascii"))
    reader.setAutoDetectImageFormat(False)  # the format we checked, no other decoder
    image = reader.read()
    return None if image.isNull() else image


class _SafeDocument(QTextDocument):
    """A document whose every resource comes from the browser's rules, never from a file."""

    def __init__(self, browser: MessageBrowser) -> None:
        super().__init__(browser)
        self._browser = browser

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # noqa: N802 - Qt API
        return self._browser.resource_for(kind, QUrl(url))


class _ImageHandler(QPyTextObject):
    """Draws ``<img>`` from the document's resources only (Qt's own also reads files).

    ``QPyTextObject`` is PySide's QObject + QTextObjectInterface: a Python class deriving
    from both is not recognised by Qt's layout, which would silently keep its own drawer.
    """

    def _image(self, doc: QTextDocument, fmt: QTextFormat) -> QImage | None:
        name = fmt.toImageFormat().name()
        if not name:
            return None
        value = doc.resource(_IMAGE, QUrl(name))
        if isinstance(value, QImage):
            return None if value.isNull() else value
        if isinstance(value, QPixmap):
            return None if value.isNull() else value.toImage()
        if isinstance(value, QByteArray):
            return raster_image(bytes(value.data()))
        if isinstance(value, (bytes, bytearray)):
            return raster_image(bytes(value))
        return None

    def intrinsicSize(self, doc: QTextDocument, _pos: int, fmt: QTextFormat) -> QSizeF:  # noqa: N802
        image_format = fmt.toImageFormat()
        has_width = image_format.hasProperty(QTextFormat.Property.ImageWidth)
        has_height = image_format.hasProperty(QTextFormat.Property.ImageHeight)
        width, height = image_format.width(), image_format.height()
        if has_width and has_height:
            return QSizeF(width, height)
        image = self._image(doc, fmt)
        if image is None:
            # nothing to show: keep the room the sender asked for, or none
            return QSizeF(width if has_width else 0, height if has_height else 0)
        ratio = image.devicePixelRatio() or 1.0
        natural_w, natural_h = image.width() / ratio, image.height() / ratio
        if has_width:
            return QSizeF(width, width * natural_h / natural_w if natural_w else 0)
        if has_height:
            return QSizeF(height * natural_w / natural_h if natural_h else 0, height)
        return QSizeF(natural_w, natural_h)

    def drawObject(self, painter: Any, rect: Any, doc: QTextDocument, _pos: int,  # noqa: N802
                   fmt: QTextFormat) -> None:
        image = self._image(doc, fmt)
        if image is not None:
            painter.drawImage(rect, image)


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
        self._remote_allowed: set[str] = set()
        self.setDocument(_SafeDocument(self))
        self._image_handler = _ImageHandler(self)
        self.document().documentLayout().registerHandler(
            QTextFormat.ObjectTypes.ImageObject.value, self._image_handler)
        self.document().setDocumentMargin(14)

    def set_remote_allowed(self, addresses: Iterable[str]) -> None:
        """The web images the seller chose to see; no other web address is fetched."""
        self._remote_allowed = {QUrl(a).toString() for a in addresses}

    def set_document_html(self, text: str, keep_scroll: bool = True) -> None:
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(text)
        if keep_scroll:
            bar.setValue(position)

    def scroll_to_end(self) -> None:
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # noqa: N802 - Qt API
        return self.resource_for(kind, QUrl(url))

    def resource_for(self, kind: int, url: QUrl) -> Any:
        """What the document may show for ``url``: an image, or None (refused or not yet).

        Only images are ever given (never a style sheet or a page), and only from a
        ``data:`` address, an allowed web address, or what was added to the document
        (``cid:`` parts, arrived web images: Qt finds those before asking here).
        """
        if kind != _IMAGE:
            return None
        key = url.toString()
        if key in self._images:
            return self._images[key]
        if key in self._failed:
            return None
        scheme = url.scheme().lower()
        if scheme == "data":
            decoded = mail_html.data_address_bytes(
                url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
            image = raster_image(decoded[1]) if decoded else None
            if image is None:
                self._failed.add(key)
            else:
                self._images[key] = image
            return image
        if scheme in ("http", "https") and key in self._remote_allowed:
            if key not in self._pending:
                self._pending.add(key)
                Task(fetch_image, key).on_success(
                    lambda data: self._image_arrived(key, data)).on_failure(
                    lambda _exc: self._image_failed(key)).start(network_pool())
            return None
        if key.strip() and scheme != "cid":
            logger.debug("Refused to load %s", key[:200])
        return None

    def _image_arrived(self, key: str, data: bytes) -> None:
        self._pending.discard(key)
        image = raster_image(data)
        if image is None:
            self._failed.add(key)
            return
        self._images[key] = image
        self.document().addResource(_IMAGE, QUrl(key), image)
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
