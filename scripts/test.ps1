# Install what the tests need and run them (Windows; PowerShell 5.1 or 7).
#   powershell -ExecutionPolicy Bypass -File scripts\test.ps1 [pytest options]
# The MariaDB leg needs mariadbd.exe on PATH (MariaDB MSI); without it those tests are skipped.
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)
if (-not (Test-Path .venv\Scripts\python.exe)) { py -3 -m venv .venv }
.venv\Scripts\python.exe -m pip install -q --upgrade pip
.venv\Scripts\python.exe -m pip install -q -e ".[test]"
$env:QT_QPA_PLATFORM = "offscreen"
& .venv\Scripts\python.exe -m pytest @args
exit $LASTEXITCODE
