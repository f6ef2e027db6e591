#!/usr/bin/env bash
# Install the Debian/Ubuntu packages Qt needs, only those that are missing.
#   system-packages.sh test   - what the offscreen test suite needs
#   system-packages.sh gui    - that plus what a real X11/Wayland window needs
#   system-packages.sh postgres - the PostgreSQL server, for the tests' PostgreSQL run (CI);
#                               no cluster is made or started at install: the tests start
#                               their own (scripts/pg-test-server.sh)
# Does nothing when not root or when apt-get is absent (other systems: see README).
set -euo pipefail
kind=${1:-test}
pkgs=(libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 libglib2.0-0 fonts-dejavu-core)
[ "$kind" = test ] && pkgs+=(poppler-utils)  # pdftoppm: the document tests look at rendered pages
[ "$kind" = postgres ] && pkgs=(postgresql)
if [ "$kind" = gui ]; then
  pkgs+=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0
         libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1)
fi
command -v apt-get >/dev/null 2>&1 || exit 0
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo=sudo; else
    echo "Missing system packages (install them as root): ${missing[*]}" >&2; exit 0; fi
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if [ "$kind" = postgres ] && [ ! -d /etc/postgresql-common ]; then
  # no 'main' cluster on port 5432 made and started behind our back
  $sudo mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" | $sudo tee /etc/postgresql-common/createcluster.d/tokodesk-tests.conf >/dev/null
fi
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
