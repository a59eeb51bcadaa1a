#!/usr/bin/env bash
# Installs the built bundle for the current user, like a desktop program: the program, a
# launcher entry, icons, AppStream metadata, and the journey-widget:// URL handler.
#
#   bash scripts/install-desktop.sh [--bundle DIR]   # default DIR: dist/journey-widget
#   bash scripts/install-desktop.sh --uninstall      # removes all of it; keeps the user's data
#
# Where things go (XDG; nothing needs root):
#   program   ${JOURNEY_WIDGET_PREFIX:-~/.local/lib/journey-widget}/  and ~/.local/bin/journey-widget
#   launcher  $XDG_DATA_HOME/applications/journey-widget.desktop   (XDG_DATA_HOME: ~/.local/share)
#   icons     $XDG_DATA_HOME/icons/hicolor/{16x16..512x512,scalable}/apps/journey-widget.*
#   metadata  $XDG_DATA_HOME/metainfo/org.example.JourneyWidget.metainfo.xml
#   handler   `xdg-mime default journey-widget.desktop x-scheme-handler/journey-widget`
#             (in $XDG_CONFIG_HOME/mimeapps.list), when xdg-mime is installed
# JOURNEY_WIDGET_BASE_URL: where your organisation publishes this repository (the metadata's
# homepage and screenshots, docs/screenshots/); see docs/packaging.md.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"

bundle="$here/dist/journey-widget"
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --bundle) bundle="${2:?--bundle needs a folder}"; shift 2 ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "install-desktop.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
prefix="${JOURNEY_WIDGET_PREFIX:-$HOME/.local/lib/journey-widget}"
bin_link="$HOME/.local/bin/journey-widget"
desktop_id="journey-widget.desktop"
metainfo_name="org.example.JourneyWidget.metainfo.xml"
base_url="${JOURNEY_WIDGET_BASE_URL:-https://journey-widget.example.org}"
icons_src="$here/packaging/linux/icons/hicolor"   # the PNGs, rendered from the SVG
svg_src="$here/resources/journey-widget.svg"      # the SVG itself, as the widget loads it

refresh_caches() {
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$data_home/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null && [ -f "$data_home/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$data_home/icons/hicolor" || true
  fi
}

if [ "$action" = uninstall ]; then
  rm -f "$data_home/applications/$desktop_id" "$data_home/metainfo/$metainfo_name"
  for icon in "$data_home"/icons/hicolor/*/apps/journey-widget.png \
              "$data_home"/icons/hicolor/scalable/apps/journey-widget.svg; do
    rm -f "$icon"
  done
  if [ -L "$bin_link" ] && [ "$(readlink "$bin_link")" = "$prefix/journey-widget" ]; then
    rm -f "$bin_link"
  fi
  if [ -x "$prefix/journey-widget" ] && [ -d "$prefix/_internal" ]; then
    rm -rf "$prefix"
  fi
  # Start at login, if the user switched it on, would start a program that is gone.
  rm -f "${XDG_CONFIG_HOME:-$HOME/.config}/autostart/$desktop_id"
  # xdg-mime has no "unset": drop our line from the user's mimeapps.list.
  mimeapps="${XDG_CONFIG_HOME:-$HOME/.config}/mimeapps.list"
  if [ -f "$mimeapps" ]; then
    sed -i "\|^x-scheme-handler/journey-widget=$desktop_id;\{0,1\}\$|d" "$mimeapps"
  fi
  refresh_caches
  echo "Uninstalled journey-widget (settings and journey data are kept)."
  exit 0
fi

if [ ! -x "$bundle/journey-widget" ]; then
  echo "install-desktop.sh: no bundle at $bundle; build it with scripts/build-bundle.sh" >&2
  exit 2
fi

# The program: a fresh copy (a half-updated folder would mix libraries of two builds). A folder
# at the prefix that is not an earlier bundle is never replaced.
if [ -e "$prefix" ] && ! { [ -x "$prefix/journey-widget" ] && [ -d "$prefix/_internal" ]; }; then
  echo "install-desktop.sh: $prefix exists and is no journey-widget bundle; not replacing it" >&2
  exit 2
fi
mkdir -p "$(dirname "$prefix")" "$(dirname "$bin_link")"
staging="$(mktemp -d "$(dirname "$prefix")/.journey-widget.XXXXXX")"
cp -a "$bundle/." "$staging/"
rm -rf "$prefix"
mv "$staging" "$prefix"
ln -sfn "$prefix/journey-widget" "$bin_link"
exe="$prefix/journey-widget"

# The launcher: Exec and TryExec name the installed program, so no PATH is needed.
mkdir -p "$data_home/applications"
sed -e "s|^Exec=journey-widget |Exec=$exe |" -e "s|^TryExec=journey-widget$|TryExec=$exe|" \
  "$here/packaging/linux/$desktop_id" > "$data_home/applications/$desktop_id"

for dir in "$icons_src"/*/; do
  size="$(basename "$dir")"
  mkdir -p "$data_home/icons/hicolor/$size/apps"
  cp "$dir"apps/journey-widget.* "$data_home/icons/hicolor/$size/apps/"
done
mkdir -p "$data_home/icons/hicolor/scalable/apps"
cp "$svg_src" "$data_home/icons/hicolor/scalable/apps/journey-widget.svg"

mkdir -p "$data_home/metainfo"
sed "s|@BASE_URL@|${base_url%/}|g" "$here/packaging/linux/journey-widget.metainfo.xml.in" \
  > "$data_home/metainfo/$metainfo_name"

refresh_caches
if command -v xdg-mime >/dev/null; then
  xdg-mime default "$desktop_id" x-scheme-handler/journey-widget
else
  echo "xdg-mime not found: the desktop registers the journey-widget:// handler from the" \
       "launcher's MimeType on its next scan."
fi
echo "Installed journey-widget in $prefix (launcher: $data_home/applications/$desktop_id)."
