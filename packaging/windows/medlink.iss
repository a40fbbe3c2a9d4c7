; Inno Setup 6 script for MedLink (Windows installer).
; Built by scripts\build.ps1 after the bundle, or by hand:
;   ISCC.exe /DMyAppVersion=0.1.0 packaging\windows\medlink.iss
; The version comes from the package metadata (pyproject.toml) through /DMyAppVersion.
;
; "All users of this computer share one clinic" (the default on a front-desk PC) writes
; C:\ProgramData\MedLink\config.toml with data_dir = C:\ProgramData\MedLink\clinic and lets
; the Users group modify that folder, so every Windows account opens the same clinic
; (database, records, logs, window settings).  Per-user installs keep data in %LOCALAPPDATA%.

#ifndef MyAppVersion
  #define MyAppVersion "0.0.0"
#endif
#define MyAppName "MedLink"

[Setup]
AppId={{6F3C9B1E-2D4A-4E8B-9C1F-5A7D3E2B8C40}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
AppPublisher=The MedLink contributors
DefaultDirName={autopf}\MedLink
DefaultGroupName=MedLink
LicenseFile=..\..\LICENSE
InfoBeforeFile=..\..\NOTICE
OutputDir=..\..\dist
OutputBaseFilename=MedLink-{#MyAppVersion}-setup
SetupIconFile=medlink.ico
UninstallDisplayIcon={app}\medlink.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern
MinVersion=10.0

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "sharedclinic"; Description: "All users of this computer share one clinic (front-desk PC)"; Check: IsAdminInstallMode
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "kioskicon"; Description: "A shortcut for the waiting-room kiosk"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\medlink\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
Name: "{commonappdata}\MedLink\clinic"; Permissions: users-modify; Tasks: sharedclinic

[Icons]
Name: "{group}\MedLink"; Filename: "{app}\medlink.exe"
Name: "{group}\MedLink kiosk"; Filename: "{app}\medlink.exe"; Parameters: "--kiosk"; Tasks: kioskicon
Name: "{group}\MedLink demo clinic"; Filename: "{app}\medlink.exe"; Parameters: "--demo"
Name: "{group}\Licences"; Filename: "{app}\_internal\THIRD-PARTY-LICENSES.md"
Name: "{autodesktop}\MedLink"; Filename: "{app}\medlink.exe"; Tasks: desktopicon
Name: "{autodesktop}\MedLink kiosk"; Filename: "{app}\medlink.exe"; Parameters: "--kiosk"; Tasks: kioskicon

[Run]
Filename: "{app}\medlink.exe"; Description: "Open the demo clinic"; Parameters: "--demo"; Flags: postinstall nowait skipifsilent unchecked

[Code]
// The machine-wide config.toml (read by medlink.paths.machine_config_file).  A TOML literal
// string ('...') keeps the backslashes of a Windows path as they are.  Written only when absent:
// a clinic that already chose another folder keeps it.  The clinic's data (database, records,
// backups) is never removed by the uninstaller.
procedure CurStepChanged(CurStep: TSetupStep);
var
  ConfigFile: String;
begin
  if (CurStep = ssPostInstall) and WizardIsTaskSelected('sharedclinic') then
  begin
    ConfigFile := ExpandConstant('{commonappdata}\MedLink\config.toml');
    if not FileExists(ConfigFile) then
      SaveStringToFile(ConfigFile,
        '# MedLink, machine-wide: every user of this computer opens this clinic.' + #13#10 +
        'data_dir = ''' + ExpandConstant('{commonappdata}\MedLink\clinic') + '''' + #13#10, False);
  end;
end;
