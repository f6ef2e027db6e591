#!/usr/bin/env bash
# Build the Linux bundle and check it: PyInstaller one-folder build, a .desktop file and the
# icon, packed as build/TokoDesk-<version>-linux-x86_64.tar.gz; then the bundled program is
# started offscreen with --self-test (main window on a temporary database, one nota
# rendered) and must exit 0.
#
#   bash installer/build-linux.sh          (after scripts/test.sh has made .venv)
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
[ -x "$py" ] || { python3 -m venv .venv; .venv/bin/python -m pip install -q -e .; }
"$py" -m pip install -q "pyinstaller>=6.10"
version=$("$py" -c 'import tokodesk; print(tokodesk.__version__)')
.venv/bin/pyside6-lrelease resources/i18n/tokodesk_en.ts -qm resources/i18n/tokodesk_en.qm >/dev/null
rm -rf build/dist/TokoDesk
.venv/bin/pyinstaller installer/tokodesk.spec --noconfirm --log-level WARN \
  --distpath build/dist --workpath build/work
app=build/dist/TokoDesk
cp resources/icons/tokodesk.png "$app/tokodesk.png"
cat > "$app/tokodesk.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=TokoDesk
GenericName=Meja pesanan toko
Comment=Pesanan, DP, tanggal ambil dan catatan pelanggan
Exec=TokoDesk
Icon=tokodesk
Terminal=false
Categories=Office;Finance;
DESKTOP
cat > "$app/install-desktop-entry.sh" <<'INSTALL'
#!/bin/sh
# Put TokoDesk in the applications menu of the current user (run from the unpacked folder).
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$HOME/.local/share/applications" "$HOME/.local/share/icons/hicolor/256x256/apps"
cp "$here/tokodesk.png" "$HOME/.local/share/icons/hicolor/256x256/apps/tokodesk.png"
sed "s|^Exec=.*|Exec=\"$here/TokoDesk\"|" "$here/tokodesk.desktop" > "$HOME/.local/share/applications/tokodesk.desktop"
echo "TokoDesk ada di menu aplikasi."
INSTALL
chmod +x "$app/install-desktop-entry.sh"
tarball=build/TokoDesk-${version}-linux-x86_64.tar.gz
tar -C build/dist -czf "$tarball" TokoDesk
echo "bundle: $tarball ($(du -h "$tarball" | cut -f1))"
# the check: the bundle, not the source tree, must start and render a nota
QT_QPA_PLATFORM=offscreen "$app/TokoDesk" --self-test
