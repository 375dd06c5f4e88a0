#!/usr/bin/env bash
# Seller Desk's disk image for macOS: the .app next to a link to /Applications.
#
#   packaging/macos/make-dmg.sh "dist/Seller Desk.app" dist/Seller-Desk-VERSION.dmg
#
# Run on a Mac after `python packaging/build.py` (PyInstaller cannot build a macOS app on
# another system). The .app's Info.plist values (identifier app.sellerdesk.SellerDesk,
# version, languages en/ms/id, minimum macOS, high-DPI, business category) are set in
# packaging/seller-desk.spec (BUNDLE).
#
# Signing: PyInstaller signs the app ad hoc, which runs on the Mac that built it; on other
# Macs Gatekeeper then asks the seller to allow it in System Settings > Privacy & Security.
# For a download that opens without that question, set CODESIGN_IDENTITY to a "Developer
# ID Application" certificate and NOTARY_PROFILE to a notarytool keychain profile
# (`xcrun notarytool store-credentials`): the app is then signed with the hardened runtime,
# and the dmg is notarized and stapled.
set -euo pipefail

APP=${1:?usage: make-dmg.sh "path/to/Seller Desk.app" OUTPUT.dmg}
DMG=${2:?usage: make-dmg.sh "path/to/Seller Desk.app" OUTPUT.dmg}
VOLUME="Seller Desk"

[ -d "$APP/Contents/MacOS" ] || { echo "make-dmg.sh: $APP is not an .app bundle" >&2; exit 1; }
command -v hdiutil >/dev/null || { echo "make-dmg.sh: hdiutil not found (run on macOS)" >&2; exit 1; }

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp \
        --sign "$CODESIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict "$APP"
fi

STAGING=$(mktemp -d)
trap 'rm -rf "$STAGING"' EXIT
cp -R "$APP" "$STAGING/"
ln -s /Applications "$STAGING/Applications"
rm -f "$DMG"
hdiutil create -volname "$VOLUME" -srcfolder "$STAGING" -fs HFS+ -format UDZO \
    -imagekey zlib-level=9 -ov "$DMG"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --sign "$CODESIGN_IDENTITY" --timestamp "$DMG"
fi
if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
fi
echo "dmg: $DMG ($(du -m "$DMG" | cut -f1) MB)"
