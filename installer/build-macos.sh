#!/usr/bin/env bash
# Build the macOS app of the OEND tracker: build/macos/dist/oend-VERSION-macos-ARCH.dmg holding "OEND tracker.app".
#
# NOT RUN HERE: written for a maintainer's Mac (macOS 14 or newer, which PySide6 6.12 needs; build on the
# architecture you ship: arm64 on Apple silicon, x86_64 on Intel). The Linux build (installer/build-linux)
# is the one built and tested in CI. Run from anywhere:
#
#     installer/build-macos.sh                 # unsigned: for trying it on your own Mac
#     OEND_SIGN_IDENTITY="Developer ID Application: Your Org (TEAMID)" \
#     OEND_NOTARY_PROFILE=oend-notary installer/build-macos.sh
#
# Needs: Python 3.11+ from python.org (a framework build: PyInstaller needs its shared library), the Xcode
# command-line tools (codesign, xcrun, iconutil, sips, hdiutil; `xcode-select --install`), and to sign and
# notarise, an Apple Developer account with:
#   - a "Developer ID Application" certificate in the login keychain (Xcode -> Settings -> Accounts ->
#     Manage Certificates, or developer.apple.com), named by OEND_SIGN_IDENTITY;
#   - a notarytool keychain profile, made once with
#       xcrun notarytool store-credentials oend-notary --apple-id YOU@EXAMPLE.ORG --team-id TEAMID
#     (it asks for an app-specific password from appleid.apple.com), named by OEND_NOTARY_PROFILE.
# Signing uses the hardened runtime; notarisation sends the .dmg to Apple, waits for the verdict and
# staples the ticket to it, so Gatekeeper opens it offline without the "unidentified developer" warning.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/build/macos"
PYTHON=${PYTHON:-python3}
IDENTITY=${OEND_SIGN_IDENTITY:-}
NOTARY_PROFILE=${OEND_NOTARY_PROFILE:-}

echo "== a fresh environment with the runtime dependencies only"
rm -rf "$OUT"
mkdir -p "$OUT"
"$PYTHON" -m venv "$OUT/venv"
"$OUT/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$ROOT" pyinstaller
VERSION=$("$OUT/venv/bin/python" -c "from importlib.metadata import version; print(version('oend'))")
ARCH=$(uname -m)

echo "== the icon (oend.icns from oend.png)"
ICONSET="$OUT/oend.iconset"
mkdir -p "$ICONSET"
for size in 16 32 128 256; do
    sips -z "$size" "$size" "$ROOT/oend/assets/oend.png" --out "$ICONSET/icon_${size}x${size}.png" >/dev/null
    double=$((size * 2))
    sips -z "$double" "$double" "$ROOT/oend/assets/oend.png" --out "$ICONSET/icon_${size}x${size}@2x.png" >/dev/null
done
iconutil -c icns "$ICONSET" -o "$ROOT/oend/assets/oend.icns"  # the spec picks it up; not committed

echo "== PyInstaller (oend $VERSION)"
"$OUT/venv/bin/python" -m PyInstaller --noconfirm --distpath "$OUT/dist" --workpath "$OUT/work" \
    "$ROOT/installer/oend.spec"
rm -f "$ROOT/oend/assets/oend.icns"
APP="$OUT/dist/OEND tracker.app"
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/oend" --smoke

if [[ -n "$IDENTITY" ]]; then
    echo "== signing (hardened runtime): every library and executable, then the app"
    find "$APP/Contents" -type f \( -name '*.so' -o -name '*.dylib' -o -perm -u+x \) -print0 |
        xargs -0 codesign --force --timestamp --options runtime --sign "$IDENTITY"
    codesign --force --timestamp --options runtime --sign "$IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
fi

echo "== the .dmg"
DMG="$OUT/dist/oend-$VERSION-macos-$ARCH.dmg"
STAGE="$OUT/dmg"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"  # drag the app onto it to install
hdiutil create -volname "OEND tracker $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"

if [[ -n "$IDENTITY" ]]; then
    codesign --force --timestamp --sign "$IDENTITY" "$DMG"
fi
if [[ -n "$NOTARY_PROFILE" ]]; then
    echo "== notarisation (a few minutes)"
    xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose "$DMG"
fi

(cd "$OUT/dist" && shasum -a 256 "$(basename "$DMG")" >SHA256SUMS)
echo "made $DMG"
