#!/bin/sh
# Install Dossier Panel (案卷评查) from this unpacked folder, with its menu entry and file types
# (.dppkg reviewer packages, .dpanel panels, .dpreview reviewer files open in it on a double-click).
#
#   ./install.sh                      for you alone, no root needed: ~/.local/lib/dossier-panel,
#                                     the command ~/.local/bin/dossier-panel, menu entry in ~/.local/share
#   sudo ./install.sh --system        for everyone: /opt/dossier-panel, /usr/local/bin, /usr/local/share
#   ./install.sh --prefix DIR         DIR/lib/dossier-panel, DIR/bin, DIR/share
#   ./install.sh --uninstall [--system | --prefix DIR]
#
# Uninstalling removes the program only: scores, workspaces and settings stay in
# ~/.local/share/dossier-panel and ~/.config/dossier-panel.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
MODE=user
ACTION=install
PREFIX=
while [ $# -gt 0 ]; do
    case "$1" in
        --system) MODE=system ;;
        --user) MODE=user ;;
        --prefix) shift; MODE=prefix; PREFIX=${1:?--prefix needs a folder} ;;
        --uninstall) ACTION=uninstall ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

case "$MODE" in
    user)
        APPDIR=$HOME/.local/lib/dossier-panel
        BINDIR=$HOME/.local/bin
        SHARE=${XDG_DATA_HOME:-$HOME/.local/share} ;;
    system)
        APPDIR=/opt/dossier-panel
        BINDIR=/usr/local/bin
        SHARE=/usr/local/share ;;
    prefix)
        mkdir -p "$PREFIX"
        PREFIX=$(cd "$PREFIX" && pwd)
        APPDIR=$PREFIX/lib/dossier-panel
        BINDIR=$PREFIX/bin
        SHARE=$PREFIX/share ;;
esac
SIZES="16 24 32 48 64 128 256 512"
TYPES="application/x-dossier-panel-package application/x-dossier-panel application/x-dossier-panel-review"

refresh() {  # let the desktop see the change; each tool is optional
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$SHARE/mime" >/dev/null 2>&1 || true; fi
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database "$SHARE/applications" >/dev/null 2>&1 || true; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$SHARE/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" >/dev/null 2>&1 || true
    fi
}

if [ "$ACTION" = uninstall ]; then
    rm -rf "$APPDIR"
    if [ -L "$BINDIR/dossier-panel" ]; then rm -f "$BINDIR/dossier-panel"; fi
    rm -f "$SHARE/applications/dossier-panel.desktop" "$SHARE/mime/packages/dossier-panel.xml"
    for size in $SIZES; do rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/dossier-panel.png"; done
    refresh
    LIST=${XDG_CONFIG_HOME:-$HOME/.config}/mimeapps.list
    if [ "$MODE" = user ] && [ -f "$LIST" ]; then sed -i '/=dossier-panel\.desktop;*$/d' "$LIST"; fi
    echo "Dossier Panel removed from $APPDIR (your scores, workspaces and settings are kept)."
    exit 0
fi

if [ ! -x "$HERE/dossier-panel/dossier-panel" ]; then
    echo "$HERE/dossier-panel/dossier-panel is missing: run install.sh from the unpacked tarball" >&2
    exit 1
fi

# The program: copied beside the old one, then put in its place.
mkdir -p "$(dirname "$APPDIR")" "$BINDIR"
rm -rf "$APPDIR.new"
cp -R "$HERE/dossier-panel" "$APPDIR.new"
rm -rf "$APPDIR"
mv "$APPDIR.new" "$APPDIR"
ln -sf "$APPDIR/dossier-panel" "$BINDIR/dossier-panel"

# Menu entry, file types, icons.
mkdir -p "$SHARE/applications" "$SHARE/mime/packages"
sed "s|@PROGRAM@|$APPDIR/dossier-panel|g" "$HERE/share/dossier-panel.desktop" > "$SHARE/applications/dossier-panel.desktop"
chmod 644 "$SHARE/applications/dossier-panel.desktop"
cp "$HERE/share/dossier-panel-mime.xml" "$SHARE/mime/packages/dossier-panel.xml"
for size in $SIZES; do
    mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
    cp "$HERE/share/icons/dossier-panel-$size.png" "$SHARE/icons/hicolor/${size}x${size}/apps/dossier-panel.png"
done
refresh
if [ "$MODE" = user ] && command -v xdg-mime >/dev/null 2>&1; then
    for type in $TYPES; do xdg-mime default dossier-panel.desktop "$type" >/dev/null 2>&1 || true; done
fi

echo "Dossier Panel installed in $APPDIR"
echo "  command:    $BINDIR/dossier-panel   (alone: the start screen; 'dossier-panel --help': the commands)"
echo "  menu entry: $SHARE/applications/dossier-panel.desktop"
case ":$PATH:" in *":$BINDIR:"*) ;; *) echo "  note: $BINDIR is not on your PATH; the menu entry works regardless." ;; esac
