# Install MedLink in .venv\ and open the demo clinic (Windows; PowerShell 5.1 or 7).
#   powershell -ExecutionPolicy Bypass -File scripts\run-app.ps1
# Needs Python 3.11+ from python.org (the "py" launcher) — nothing else.
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)
if (-not (Test-Path .venv\Scripts\python.exe)) { py -3 -m venv .venv }
.venv\Scripts\python.exe -m pip install -q --upgrade pip
.venv\Scripts\python.exe -m pip install -q -e .
& .venv\Scripts\medlink.exe --demo @args
exit $LASTEXITCODE
