#!/bin/sh
# Pack the PyInstaller folder dist/dossier-panel with install.sh, the menu entry, the file types and the
# icons into dist/dossier-panel-VERSION-linux-ARCH.tar.gz (what `make dist` runs after PyInstaller).
set -eu

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PYTHON=${PYTHON:-python3}
cd "$ROOT"
[ -x dist/dossier-panel/dossier-panel ] || { echo "dist/dossier-panel is missing: run PyInstaller first (make dist)" >&2; exit 1; }
VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
NAME=dossier-panel-$VERSION-linux-$(uname -m)
STAGE=build/tarball/$NAME

rm -rf build/tarball
mkdir -p "$STAGE/share/icons"
cp -R dist/dossier-panel "$STAGE/dossier-panel"
cp installer/linux/install.sh "$STAGE/install.sh"
chmod 755 "$STAGE/install.sh"
cp installer/linux/dossier-panel.desktop installer/linux/dossier-panel-mime.xml "$STAGE/share/"
cp resources/icons/dossier-panel-*.png "$STAGE/share/icons/"
cp resources/licences.txt "$STAGE/LICENCES.txt"
cat > "$STAGE/README.txt" <<TEXT
Dossier Panel (案卷评查) $VERSION for Linux ($(uname -m))

Install for yourself (no root needed):   ./install.sh
Install for everyone:                    sudo ./install.sh --system
Remove:                                  ./install.sh --uninstall   (scores and settings are kept)
Run without installing:                  ./dossier-panel/dossier-panel

Details: docs/install.md in the source tree.
TEXT
tar -C build/tarball -czf "dist/$NAME.tar.gz" "$NAME"
echo "dist/$NAME.tar.gz ($(du -h "dist/$NAME.tar.gz" | cut -f1))"
