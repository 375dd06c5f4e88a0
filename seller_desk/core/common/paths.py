"""Where Seller Desk keeps its data and finds its resources.

The data directory is, in order of precedence: an explicit ``--data-dir``, the
``SELLER_DESK_HOME`` environment variable, then the platform's user data directory.
Resources are found next to the package in a checkout, or inside a frozen (PyInstaller)
bundle.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import platformdirs

from seller_desk import APP_ID
from seller_desk.core.common.errors import DataFolderError

ENV_HOME = "SELLER_DESK_HOME"

_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Use ``path`` as the data directory for the rest of this process (``--data-dir``)."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def data_dir(create: bool = True) -> Path:
    """Return the data directory, creating it when asked."""
    if _override is not None:
        path = _override
    elif os.environ.get(ENV_HOME):
        path = Path(os.environ[ENV_HOME]).expanduser().resolve()
    else:
        path = Path(platformdirs.user_data_dir(APP_ID, appauthor=False))
    if create:
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise folder_error(path, exc) from exc
    return path


def folder_error(folder: Path, exc: OSError) -> DataFolderError:
    """Why ``folder`` (the data folder or one inside it) cannot be made, in plain words."""
    msg_id = {
        errno.EROFS: "storage.folder_read_only_disk",
        errno.EACCES: "storage.folder_not_allowed",
        errno.EPERM: "storage.folder_not_allowed",
        errno.ENOSPC: "storage.folder_disk_full",
        errno.ENOTDIR: "storage.folder_in_the_way",
        errno.EEXIST: "storage.folder_in_the_way",
    }.get(exc.errno or 0, "storage.folder_failed")
    full = exc.errno == errno.ENOSPC
    error = DataFolderError.of(
        msg_id, {"folder": folder, "reason": exc.strerror or exc},
        hint="storage.folder_disk_full_hint" if full else "storage.folder_hint",
        kind="disk_full" if full else "read_only")
    error.errno, error.strerror, error.filename = exc.errno, exc.strerror, exc.filename
    return error


def database_path() -> Path:
    return data_dir() / "seller-desk.sqlite3"


def settings_path() -> Path:
    return data_dir() / "settings.json"


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Attachment cache and other re-creatable files."""
    path = data_dir() / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def resources_dir() -> Path:
    """Return the folder holding icons, styles, translations and default data."""
    if is_frozen():
        base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
        return base / "resources"
    env = os.environ.get("SELLER_DESK_RESOURCES")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
