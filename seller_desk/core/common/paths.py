"""Where Seller Desk keeps its data and finds its resources.

The data directory is, in order of precedence: an explicit ``--data-dir``, the
``SELLER_DESK_HOME`` environment variable, then the platform's user data directory.
Resources are found next to the package in a checkout, or inside a frozen (PyInstaller)
bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from seller_desk import APP_ID

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
        path.mkdir(parents=True, exist_ok=True)
    return path


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
