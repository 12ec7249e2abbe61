#!/usr/bin/env bash
# Installs what Fullstory Desk needs to build, test and run on Debian 12 (bookworm).
# Idempotent: when every package is present it only checks and exits. Runs as root or via sudo.
set -euo pipefail

packages=(
    cmake ninja-build g++ dpkg-dev clang-format
    qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools qtkeychain-qt6-dev qt6-charts-dev libqt6opengl6-dev
    qt6-translations-l10n
    libsimdjson-dev sqlite3 libsqlite3-dev
    xvfb xauth dbus gnome-keyring libsecret-1-0 libsecret-tools fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
        echo "install-deps: missing packages (${missing[*]}); run this script as root" >&2
        exit 1
    fi
    sudo="sudo"
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
