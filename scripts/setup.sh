#!/usr/bin/env bash
# Installs what the widget needs on a Debian machine: the system libraries Qt loads, then the
# package (and, with --test, its test tools) into ./.venv. Safe to run again; skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

extra=""
[ "${1:-}" = "--test" ] && extra="[test]"

# Qt's xcb / offscreen platforms, fonts, and the tools the tests drive.
packages=(python3-venv libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0
          libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
          libxcb-randr0 libxcb-render-util0 libxcb-xinerama0 libxcb-image0 fonts-dejavu-core)
# The tests also drive a real softphone (baresip), a SIP load generator (sipp) and read PDFs.
[ -n "$extra" ] && packages+=(poppler-utils baresip-core sip-tester)
# ... check the desktop integration as distributions do, and the bundle on an X server
# (tests/packaging/).
[ -n "$extra" ] && packages+=(desktop-file-utils appstream xdg-utils xvfb xauth)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".${extra}"
