; Inno Setup script of the OEND tracker for Windows: a per-user install that needs no administrator rights.
;
; NOT RUN HERE: written for Inno Setup 6 on Windows, and compiled by installer\build-windows.ps1, which
; passes the version and the bundle folder:  ISCC.exe /DAppVersion=0.1.0 /DBundleDir=build\windows\dist\oend oend.iss
;
; It installs the PyInstaller one-folder bundle into %LOCALAPPDATA%\Programs\OEND tracker, adds a Start menu
; shortcut (and a desktop one if asked), and registers an uninstaller under the user's Apps & features.
; The user's data and logs live in %LOCALAPPDATA%\OEND\oend and are never touched by installing,
; upgrading or uninstalling. Installing a newer version over an older one replaces the program files only.

#ifndef AppVersion
  #error "Pass /DAppVersion=X.Y.Z (build-windows.ps1 does)"
#endif
#ifndef BundleDir
  #define BundleDir "..\build\windows\dist\oend"
#endif

[Setup]
; A fixed AppId: every release upgrades the same installation in place. Never change it.
AppId={{6F1C4E0A-8D3B-4B9E-9C57-0E3D1A2B7C41}
AppName=OEND tracker
AppVersion={#AppVersion}
AppVerName=OEND tracker {#AppVersion}
AppPublisher=OEND
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\OEND tracker
DefaultGroupName=OEND tracker
DisableProgramGroupPage=yes
; Per user, no UAC prompt: {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir=..\build\windows\dist
OutputBaseFilename=oend-{#AppVersion}-windows-x64-setup
SetupIconFile=..\oend\assets\oend.ico
UninstallDisplayIcon={app}\oend.exe
UninstallDisplayName=OEND tracker
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running copy before replacing its files (the app keeps its database consistent on close).
CloseApplications=yes
RestartApplications=no
; Code signing: build-windows.ps1 signs oend.exe and oend-cli.exe before this runs, and signs the setup
; program after. To let Inno sign the installer and uninstaller itself instead, define a sign tool named
; "oendsign" in the IDE (Tools -> Configure Sign Tools) or with ISCC /S"oendsign=signtool sign /fd SHA256 ..."
; and uncomment:
; SignTool=oendsign
; SignedUninstaller=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole bundle; files a previous version had and this one has not are removed by [InstallDelete].
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Upgrading: the old bundle's libraries go, so no stale module is ever loaded beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\OEND tracker"; Filename: "{app}\oend.exe"; WorkingDir: "{app}"
Name: "{group}\Uninstall OEND tracker"; Filename: "{uninstallexe}"
Name: "{autodesktop}\OEND tracker"; Filename: "{app}\oend.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\oend.exe"; Description: "{cm:LaunchProgram,OEND tracker}"; Flags: nowait postinstall skipifsilent
