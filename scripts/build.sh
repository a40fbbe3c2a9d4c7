#!/usr/bin/env bash
# Build the one-folder MedLink bundle in dist/medlink/ and check that it runs.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" -m pip install -q 'pyinstaller>=6'
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN build.spec
export QT_QPA_PLATFORM=offscreen
export MEDLINK_DATA_DIR="$(mktemp -d)"
dist/medlink/medlink --version
dist/medlink/medlink --demo --self-check
du -sh dist/medlink
