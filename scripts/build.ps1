# Build the one-folder bundle in dist\medlink\, check that it runs, then (when Inno Setup 6 is
# installed) the installer dist\MedLink-<version>-setup.exe.   (Windows; PowerShell 5.1 or 7)
#   powershell -ExecutionPolicy Bypass -File scripts\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)
$py = if ($env:PYTHON) { $env:PYTHON } else { ".venv\Scripts\python.exe" }
& $py -m pip install -q "pyinstaller>=6"
& $py -m PyInstaller --noconfirm --clean --log-level WARN build.spec
if ($LASTEXITCODE) { exit $LASTEXITCODE }
$env:QT_QPA_PLATFORM = "offscreen"
$env:MEDLINK_DATA_DIR = Join-Path ([IO.Path]::GetTempPath()) ("medlink-selfcheck-" + [guid]::NewGuid())
& dist\medlink\medlink-cli.exe --version
& dist\medlink\medlink-cli.exe --demo --self-check
if ($LASTEXITCODE) { Write-Error "self-check failed"; exit $LASTEXITCODE }
$size = (Get-ChildItem dist\medlink -Recurse -File | Measure-Object Length -Sum).Sum / 1MB
"bundle: {0:N0} MB" -f $size
$version = & $py -c "from importlib.metadata import version; print(version('medlink'))"
$iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe") |
    Where-Object { Test-Path $_ } | Select-Object -First 1
if ($iscc) {
    & $iscc "/DMyAppVersion=$version" packaging\windows\medlink.iss
    exit $LASTEXITCODE
}
"Inno Setup 6 not found: the installer was not built (the bundle in dist\medlink is ready)."
