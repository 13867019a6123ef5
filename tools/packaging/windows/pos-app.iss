; Inno Setup script for pos_app on Windows: installs the one-folder PyInstaller bundle.
;
; Build on Windows (PyInstaller does not cross-build), from the repository root:
;   py -m pip install -e ".[package]"
;   py -m tools.package --no-deb            (the bundle: dist\pos-app\, icon build\pyinstaller\build\icons\pos-app.ico)
;   iscc /DAppVersion=0.1.0 tools\packaging\windows\pos-app.iss
; The version must be pos_app.__version__ (tools/package.py prints it); the installer lands in dist\.
;
; The shop's data is NOT installed here: pos_app keeps its database in the per-user data folder
; (%LOCALAPPDATA%\pos-app, platformdirs), so installing a newer version over an older one, or
; uninstalling, never touches it. The app backs the database up and migrates it at its next start.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z pos-app.iss
#endif

#define AppName "pos_app"
#define AppExe "pos-app.exe"
#define RepoRoot "..\..\.."

[Setup]
; A fixed AppId: an upgrade finds and replaces the earlier installation instead of adding a second one.
AppId={{6F3C2A51-8D0B-4E57-9C1A-3B7E5D2F4A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=pos_app maintainers
DefaultDirName={autopf}\pos_app
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile={#RepoRoot}\build\pyinstaller\build\icons\pos-app.ico
OutputDir={#RepoRoot}\dist
OutputBaseFilename=pos-app-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Per-machine install into Program Files; the data stays per user.
PrivilegesRequired=admin
; A running till holds its files open: ask to close it rather than failing half way.
CloseApplications=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: files a newer version no longer ships must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#RepoRoot}\dist\pos-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for the data folder on purpose: removing the program keeps the shop's sales.
