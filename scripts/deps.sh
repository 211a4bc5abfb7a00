#!/usr/bin/env bash
# deps.sh installs the Debian/Ubuntu packages Parley needs to build, test and
# run in a real window. It skips what is installed, says what it does, and uses
# sudo when it is not run as root. fonts-nanum gives Fyne's font fallback
# Hangul, so Korean statements do not render as boxes.
# Usage: scripts/deps.sh [build|test]
set -euo pipefail

build_pkgs=(gcc pkg-config libgl1-mesa-dev xorg-dev fonts-nanum)
test_pkgs=(xvfb xauth libgl1-mesa-dri x11-apps x11-utils imagemagick xdotool)

pkgs=("${build_pkgs[@]}")
if [[ ${1:-build} == test ]]; then
  pkgs+=("${test_pkgs[@]}")
fi

missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "deps: system packages already installed"
  exit 0
fi

if ! command -v apt-get >/dev/null; then
  echo "deps: apt-get not found; install these packages by hand: ${missing[*]}" >&2
  exit 1
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "deps: not root and no sudo; install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi

echo "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "deps: done"
