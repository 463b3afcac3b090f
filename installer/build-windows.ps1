<#
Build the Windows installer of the OEND tracker: build\windows\dist\oend-VERSION-windows-x64-setup.exe

NOT RUN HERE: written for a maintainer's Windows 10/11 x64 machine; the Linux build (installer/build-linux)
is the one built and tested in CI. Run from the repository root in PowerShell:

    powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 [-Sign]

Needs:
  - Python 3.11 or newer for Windows x64 (python.org installer; `py -3.11` must work)
  - Inno Setup 6 (https://jrsoftware.org/isinfo.php): ISCC.exe on PATH or in its default folder
  - for -Sign: the Windows SDK's signtool.exe on PATH and a code-signing certificate (an OV or EV
    certificate from a public CA; EV avoids SmartScreen's "unrecognised app" warning from the first
    download). Set OEND_SIGN_CERT_SHA1 to the certificate's thumbprint in the user's certificate store
    (or on the hardware token an EV certificate lives on). Timestamping uses OEND_TIMESTAMP_URL
    (default http://timestamp.digicert.com) so signatures outlive the certificate.

Steps: a fresh virtual environment with the runtime dependencies only (`pip install . pyinstaller`,
PySide6-Essentials, no test or dev extras), PyInstaller with installer\oend.spec (oend.exe windowed,
oend-cli.exe for the command line), `oend-cli.exe --smoke`, signing of both executables, Inno Setup,
signing of the setup program, and SHA256SUMS.txt beside it.
#>
param([switch]$Sign)
$ErrorActionPreference = "Stop"

$Root = Resolve-Path (Join-Path $PSScriptRoot "..")
$Out = Join-Path $Root "build\windows"
$Venv = Join-Path $Out "venv"
$Dist = Join-Path $Out "dist"

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe failed with exit code $LASTEXITCODE" }
}

function Invoke-Sign([string]$File) {
    if (-not $Sign) { return }
    if (-not $env:OEND_SIGN_CERT_SHA1) { throw "set OEND_SIGN_CERT_SHA1 to the signing certificate's thumbprint" }
    $Timestamp = if ($env:OEND_TIMESTAMP_URL) { $env:OEND_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
    Invoke-Checked "signtool.exe" @("sign", "/sha1", $env:OEND_SIGN_CERT_SHA1, "/fd", "SHA256",
        "/tr", $Timestamp, "/td", "SHA256", "/d", "OEND tracker", $File)
    Invoke-Checked "signtool.exe" @("verify", "/pa", $File)
}

Write-Host "== a fresh environment with the runtime dependencies only"
if (Test-Path $Out) { Remove-Item -Recurse -Force $Out }
New-Item -ItemType Directory -Force -Path $Out | Out-Null
Invoke-Checked "py" @("-3.11", "-m", "venv", $Venv)
$Python = Join-Path $Venv "Scripts\python.exe"
Invoke-Checked $Python @("-m", "pip", "install", "--disable-pip-version-check", "--quiet", "$Root", "pyinstaller")
$Version = (& $Python -c "from importlib.metadata import version; print(version('oend'))").Trim()

Write-Host "== PyInstaller (oend $Version)"
Invoke-Checked $Python @("-m", "PyInstaller", "--noconfirm", "--distpath", $Dist, "--workpath", (Join-Path $Out "work"),
    (Join-Path $Root "installer\oend.spec"))
$Bundle = Join-Path $Dist "oend"
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Checked (Join-Path $Bundle "oend-cli.exe") @("--smoke")
Remove-Item Env:\QT_QPA_PLATFORM

Write-Host "== signing the executables"
Invoke-Sign (Join-Path $Bundle "oend.exe")
Invoke-Sign (Join-Path $Bundle "oend-cli.exe")

Write-Host "== Inno Setup"
$Iscc = (Get-Command "ISCC.exe" -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
Invoke-Checked $Iscc @("/Q", "/DAppVersion=$Version", "/DBundleDir=$Bundle", (Join-Path $Root "installer\oend.iss"))
$Setup = Join-Path $Dist "oend-$Version-windows-x64-setup.exe"
Invoke-Sign $Setup

Write-Host "== checksums"
$Hash = (Get-FileHash -Algorithm SHA256 $Setup).Hash.ToLower()
"$Hash  $(Split-Path -Leaf $Setup)" | Out-File -Encoding ascii (Join-Path $Dist "SHA256SUMS.txt")
Write-Host "made $Setup"
