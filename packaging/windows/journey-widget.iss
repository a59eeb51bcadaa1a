; Inno Setup 6 script: installs the Windows bundle (dist\journey-widget\, built by PyInstaller
; from packaging\journey-widget.spec on Windows) and registers the journey-widget: URL scheme.
; Build on Windows:  iscc /DAppVersion=0.1.0 packaging\windows\journey-widget.iss
; Per-user install by default (no administrator needed); "Install for all users" in the
; dialog, or /ALLUSERS on the command line, installs for the machine. Silent mass roll-out:
;   JourneyWidgetSetup-0.1.0.exe /VERYSILENT /ALLUSERS /TASKS="startatlogin"
; See docs/packaging.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Customer Journey"
#define AppExe "journey-widget.exe"
#define Scheme "journey-widget"

[Setup]
AppId={{6F1C2B7E-3D4A-4E55-9B1F-7A2C4D8E9F01}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Journey widget team
DefaultDirName={autopf}\Journey Widget
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=JourneyWidgetSetup-{#AppVersion}
SetupIconFile=journey-widget.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[CustomMessages]
en.StartAtLogin=Start the widget when I log in
de.StartAtLogin=Das Widget bei der Anmeldung starten
en.LinkHandler=journey-widget: links (softphones, CRM)
de.LinkHandler=journey-widget:-Links (Softphones, CRM)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "startatlogin"; Description: "{cm:StartAtLogin}"; Flags: unchecked

[Files]
; The whole one-folder bundle: journey-widget.exe, journey-widget-cli.exe and _internal\.
Source: "..\..\dist\journey-widget\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The URL scheme: Windows starts  journey-widget.exe "journey-widget://call?number=..."  which
; hands the call to the running widget (packaging/launcher.py turns a lone link into "call").
; HKA is HKCU for a per-user install and HKLM for an all-users one.
Root: HKA; Subkey: "Software\Classes\{#Scheme}"; ValueType: string; ValueName: ""; ValueData: "URL:{cm:LinkHandler}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#Scheme}"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\{#Scheme}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\{#Scheme}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; Start at login: the same value the widget's "Start at login" menu entry switches
; (src/journey_widget/ui/shell/autostart.py), so the two never disagree.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "journey-widget"; ValueData: """{app}\{#AppExe}"""; Tasks: startatlogin; Flags: uninsdeletevalue

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; A user who switched "Start at login" on in the widget has the Run value too.
Filename: "{sys}\reg.exe"; Parameters: "delete HKCU\Software\Microsoft\Windows\CurrentVersion\Run /v journey-widget /f"; Flags: runhidden; RunOnceId: "RemoveAutostart"
