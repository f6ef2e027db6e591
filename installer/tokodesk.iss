; Inno Setup script: turns the Windows build (build\dist\TokoDesk, from installer\tokodesk.spec)
; into TokoDesk-Setup-<version>.exe with Start-menu and desktop shortcuts.
;
;   installer\build-windows.bat            (builds the bundle, then runs ISCC on this file)
;
; The uninstaller removes the program only: the shop's data (database, backups, log) lives in
; the user's data folder (%LOCALAPPDATA%\TokoDesk) and in the backup folder the owner chose,
; and is never deleted.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6E4C2B1A-2611-4D3B-9C2E-70D0CDE5A113}
AppName=TokoDesk
AppVersion={#AppVersion}
AppPublisher=TokoDesk
DefaultDirName={autopf}\TokoDesk
DefaultGroupName=TokoDesk
DisableProgramGroupPage=yes
OutputDir=..\build\installer
OutputBaseFilename=TokoDesk-Setup-{#AppVersion}
SetupIconFile=..\resources\icons\tokodesk.ico
UninstallDisplayIcon={app}\TokoDesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
Name: "indonesian"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\build\dist\TokoDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\TokoDesk"; Filename: "{app}\TokoDesk.exe"
Name: "{group}\TokoDesk (demo)"; Filename: "{app}\TokoDesk.exe"; Parameters: "--demo"
Name: "{group}\{cm:UninstallProgram,TokoDesk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\TokoDesk"; Filename: "{app}\TokoDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\TokoDesk.exe"; Description: "{cm:LaunchProgram,TokoDesk}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the program itself wrote next to it; the data folder is left alone on purpose
Type: filesandordirs; Name: "{app}\__pycache__"
