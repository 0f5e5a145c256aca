#!/usr/bin/env bash
# Install goro's Debian 12 build dependencies (if missing) and build build/goro.
#   tools/setup.sh            Release build in build/
# Environment: BUILD_DIR (default build), CMAKE_ARGS (extra cmake options), JOBS.
set -euo pipefail
cd "$(dirname "$0")/.."
PKGS="cmake g++ make pkg-config antlr4 libantlr4-runtime-dev libgc-dev doctest-dev libcli11-dev libfmt-dev \
libedit-dev nlohmann-json3-dev golang-go golang-1.19-src time"
missing=()
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
BUILD_DIR=${BUILD_DIR:-build}
JOBS=${JOBS:-$(nproc)}
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release ${CMAKE_ARGS:-} >/dev/null
cmake --build "$BUILD_DIR" -j "$JOBS"
