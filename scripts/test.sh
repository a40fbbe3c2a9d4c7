#!/usr/bin/env bash
# Install everything the tests need on a fresh Debian/Ubuntu machine (MariaDB
# server and Galera included — the tests start their own throwaway instances) and run them.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq python3 python3-venv python3-pip mariadb-server galera-4 rsync poppler-utils \
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 >/dev/null
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e '.[test]'
export QT_QPA_PLATFORM=offscreen
# Lint, types and layer contracts first (each must report zero findings; see README "Architecture").
.venv/bin/ruff check --quiet medlink tests scripts bench
.venv/bin/mypy
.venv/bin/lint-imports --no-cache
exec .venv/bin/python -m pytest "$@"
