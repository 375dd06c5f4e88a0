"""PyInstaller hook for PySide6.QtGui that leaves out the Qt plugins Seller Desk never loads.

It replaces PyInstaller's own hook of the same name (hooks in ``hookspath`` win) and does
what that hook does, then drops plugins *before* PyInstaller follows their library
dependencies: dropping them from the finished analysis would leave their dependencies
(GTK, EGL device drivers, the virtual keyboard's Qt Quick) in the bundle.

Kept: the desktop platform plugins (xcb and Wayland on Linux, windows, cocoa) and
offscreen (for ``--self-check``), the image formats mail and our icons use, the SVG icon
engine, input methods (compose, ibus) and the desktop-portal theme.
"""

from __future__ import annotations

import os
import sys

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# plugin folder -> file stems left out ("*" means the whole folder)
DROPPED = {
    "platforms": {"qeglfs", "qlinuxfb", "qminimal", "qminimalegl", "qvnc", "qvkkhrdisplay",
                  "qdirect2d", "qwebgl"},
    "egldeviceintegrations": {"*"},  # only for the eglfs platform (embedded screens)
    "generic": {"*"},  # evdev and TUIO input for embedded screens
    "accessiblebridge": {"*"},
    "platforminputcontexts": {"qtvirtualkeyboardplugin"},  # pulls in Qt Quick
    "platformthemes": {"qgtk3"},  # pulls in GTK 3; the desktop portal theme stays
    "imageformats": {"qpdf", "qtga", "qwbmp", "qtiff"},  # mail images: jpeg, png, gif, webp
}


def _stem(path: str) -> str:
    name = os.path.basename(path).split(".")[0]
    return name[3:] if name.startswith("lib") else name


def _keep(src: str, dest: str) -> bool:
    parts = dest.replace("\\", "/").split("/")
    if "plugins" not in parts:
        return True
    folder = "/".join(parts[parts.index("plugins") + 1:])
    dropped = DROPPED.get(folder, set())
    if folder == "imageformats" and _stem(src) == "qicns" and sys.platform != "darwin":
        return False
    return "*" not in dropped and _stem(src) not in dropped


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if _keep(src, dest)]
