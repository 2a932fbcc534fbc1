; Inno Setup script: the Windows installer of Dossier Panel (案卷评查).
;
; Build the program folder first (dist\dossier-panel\ with PyInstaller, see docs\install.md), then:
;
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\windows\dossier_panel.iss
;
; The installer is written to dist\dossier-panel-<version>-setup.exe. It installs for the current user
; without administrator rights (government laptops often have none), or for all users when run as an
; administrator; adds a Start-menu entry (and, if chosen, a desktop icon); makes .dppkg (reviewer package),
; .dpanel (panel) and .dpreview (reviewer file) open in the program on a double-click; speaks Simplified
; Chinese or English; and registers an uninstaller (Settings > Apps). Uninstalling removes the program
; only: the scores, workspaces, settings and logs in %LOCALAPPDATA%\dossier-panel stay.
;
; Not built or tested here (the project's machines are Linux): written for Inno Setup 6.1 or later. Saved
; as UTF-8 with a byte-order mark so Inno Setup reads the Chinese texts right; keep it so.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Dossier Panel"
#define AppExe "dossier-panel.exe"
#define Bundle "..\..\dist\dossier-panel"

; Simplified Chinese ships with recent Inno Setup releases; with an older one, put ChineseSimplified.isl
; (https://jrsoftware.org/files/istrans/) beside this script or in Inno Setup's Languages folder.
#define ChineseMessages AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl"
#if !FileExists(ChineseMessages)
  #define ChineseMessages "ChineseSimplified.isl"
#endif

[Setup]
AppId={{5F0B5DCC-66C0-453F-BF63-7CC2EEC3328A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Dossier Panel
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=dossier-panel-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\dossier-panel.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={cm:AppTitle}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "chinesesimplified"; MessagesFile: "{#ChineseMessages}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.AppTitle=案卷评查 Dossier Panel
english.AppTitle=Dossier Panel (案卷评查)
chinesesimplified.PackageFile=案卷评查评审包
english.PackageFile=Dossier Panel reviewer package
chinesesimplified.PanelFile=案卷评查评查面板
english.PanelFile=Dossier Panel panel
chinesesimplified.ReviewFile=案卷评查评审文件
english.ReviewFile=Dossier Panel reviewer file
chinesesimplified.CommandLine=案卷评查命令行
english.CommandLine=Dossier Panel command line

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; HKA is HKEY_CURRENT_USER for a per-user install and HKEY_LOCAL_MACHINE for an all-users one.
Root: HKA; Subkey: "Software\Classes\.dppkg"; ValueType: string; ValueName: ""; ValueData: "DossierPanel.Package"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.dppkg\OpenWithProgids"; ValueType: string; ValueName: "DossierPanel.Package"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\DossierPanel.Package"; ValueType: string; ValueName: ""; ValueData: "{cm:PackageFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\DossierPanel.Package\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\DossierPanel.Package\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""

Root: HKA; Subkey: "Software\Classes\.dpanel"; ValueType: string; ValueName: ""; ValueData: "DossierPanel.Panel"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.dpanel\OpenWithProgids"; ValueType: string; ValueName: "DossierPanel.Panel"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\DossierPanel.Panel"; ValueType: string; ValueName: ""; ValueData: "{cm:PanelFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\DossierPanel.Panel\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\DossierPanel.Panel\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""

Root: HKA; Subkey: "Software\Classes\.dpreview"; ValueType: string; ValueName: ""; ValueData: "DossierPanel.Review"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.dpreview\OpenWithProgids"; ValueType: string; ValueName: "DossierPanel.Review"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\DossierPanel.Review"; ValueType: string; ValueName: ""; ValueData: "{cm:ReviewFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\DossierPanel.Review\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\DossierPanel.Review\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""

Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".dppkg"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".dpanel"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".dpreview"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{cm:AppTitle}}"; Flags: nowait postinstall skipifsilent
