#!/usr/bin/env bash
# Seller Desk's AppImage recipe: AppDir from the PyInstaller folder, then appimagetool.
#
#   packaging/linux/build-appimage.sh DIST_FOLDER OUT_DIR [ICONS_DIR]
#
#   DIST_FOLDER  the one-folder build (dist/seller-desk, from packaging/seller-desk.spec)
#   OUT_DIR      where SellerDesk.AppDir and the .AppImage are written
#   ICONS_DIR    the rendered icons (build/stage/icons); made with packaging/icons.py if absent
#
# The AppDir layout:
#   AppRun                                   -> usr/lib/seller-desk/seller-desk "$@"
#   app.sellerdesk.SellerDesk.desktop        (also in usr/share/applications)
#   seller-desk.png, .DirIcon                (256 px; all sizes in usr/share/icons/hicolor)
#   usr/bin/seller-desk                      (symlink to the program)
#   usr/lib/seller-desk/                     (the PyInstaller folder, unchanged)
#   usr/share/metainfo/app.sellerdesk.SellerDesk.metainfo.xml
#
# appimagetool (https://github.com/AppImage/appimagetool, one static binary; put it on PATH
# or set APPIMAGETOOL) turns the AppDir into Seller_Desk-VERSION-x86_64.AppImage. Without
# it the AppDir is still made, and runs as is: OUT_DIR/SellerDesk.AppDir/AppRun. With
# mksquashfs (squashfs-tools) but no appimagetool, the compressed payload is made instead,
# to tell how large the AppImage would be (payload + the AppImage runtime, about 1 MB);
# PAYLOAD_ESTIMATE=0 skips that (it takes about 15 s).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DIST=${1:?usage: build-appimage.sh DIST_FOLDER OUT_DIR [ICONS_DIR]}
OUT=${2:?usage: build-appimage.sh DIST_FOLDER OUT_DIR [ICONS_DIR]}
ICONS=${3:-}
APP_ID=app.sellerdesk.SellerDesk
PYTHON=${PYTHON:-python3}
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/seller_desk/__init__.py")
ARCH=${ARCH:-$(uname -m)}

[ -x "$DIST/seller-desk" ] || { echo "build-appimage.sh: no program at $DIST/seller-desk" >&2; exit 1; }
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
if [ -z "$ICONS" ] || [ ! -f "$ICONS/seller-desk.png" ]; then
    ICONS="$OUT/icons"
    "$PYTHON" "$ROOT/packaging/icons.py" "$ROOT/resources/icons/seller-desk.svg" "$ICONS" >/dev/null
fi

APPDIR="$OUT/SellerDesk.AppDir"
rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr/bin" "$APPDIR/usr/lib" "$APPDIR/usr/share/applications" \
         "$APPDIR/usr/share/metainfo" "$APPDIR/usr/share/icons"
cp -a "$DIST" "$APPDIR/usr/lib/seller-desk"
ln -s ../lib/seller-desk/seller-desk "$APPDIR/usr/bin/seller-desk"
install -m 755 "$HERE/AppRun" "$APPDIR/AppRun"
install -m 644 "$HERE/$APP_ID.desktop" "$APPDIR/$APP_ID.desktop"
install -m 644 "$HERE/$APP_ID.desktop" "$APPDIR/usr/share/applications/$APP_ID.desktop"
install -m 644 "$HERE/$APP_ID.metainfo.xml" "$APPDIR/usr/share/metainfo/$APP_ID.metainfo.xml"
cp -a "$ICONS/hicolor" "$APPDIR/usr/share/icons/hicolor"
install -m 644 "$ICONS/seller-desk.png" "$APPDIR/seller-desk.png"
ln -s seller-desk.png "$APPDIR/.DirIcon"

if ! grep -q "<release version=\"$VERSION\"" "$HERE/$APP_ID.metainfo.xml"; then
    echo "build-appimage.sh: note: $APP_ID.metainfo.xml has no <release> for $VERSION" >&2
fi
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$APPDIR/$APP_ID.desktop"
fi
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net --explain "$APPDIR/usr/share/metainfo/$APP_ID.metainfo.xml" \
        >/dev/null || { echo "build-appimage.sh: the AppStream file does not validate" >&2; exit 1; }
fi
echo "AppDir: $APPDIR"

TOOL=${APPIMAGETOOL:-$(command -v appimagetool || command -v appimagetool-x86_64.AppImage || true)}
TARGET="$OUT/Seller_Desk-$VERSION-$ARCH.AppImage"
if [ -n "$TOOL" ]; then
    ARCH=$ARCH "$TOOL" --no-appstream "$APPDIR" "$TARGET"
    echo "AppImage: $TARGET ($(du -m "$TARGET" | cut -f1) MB)"
    exit 0
fi
echo "AppImage: NOT made (appimagetool is not installed); the AppDir above runs as is."
if [ "${PAYLOAD_ESTIMATE:-1}" = 1 ] && command -v mksquashfs >/dev/null 2>&1; then
    PAYLOAD="$OUT/SellerDesk.AppDir.squashfs"
    rm -f "$PAYLOAD"
    # the compression appimagetool uses; gzip where this mksquashfs has no zstd
    comp=gzip
    case "$(mksquashfs -help 2>&1 || true)" in *zstd*) comp=zstd ;; esac
    mksquashfs "$APPDIR" "$PAYLOAD" -root-owned -noappend -comp "$comp" -quiet -no-progress \
        >/dev/null
    echo "AppImage payload ($comp squashfs): $PAYLOAD ($(du -m "$PAYLOAD" | cut -f1) MB);" \
         "the AppImage is this plus the ~1 MB runtime"
fi
