; Built by .github/workflows/installers.yml on windows-latest only (not on our Linux machines): Inno Setup script for the Windows one-folder bundle (pyinstaller build.spec on Windows).
; Build: iscc packaging\windows\recruiter-companion.iss  -> dist\recruiter-companion-setup.exe
; Per-user install (no admin), like the Linux install.sh. Sign the .exe files before shipping.
#ifndef AppVersion
  #define AppVersion "0.0.0"  ; passed by CI: iscc /DAppVersion=<desktop.__version__>
#endif
[Setup]
AppId=recruiter-companion
AppName=Recruiter Companion
AppVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\Recruiter Companion
DefaultGroupName=Recruiter Companion
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=recruiter-companion-setup
Compression=lzma2
SolidCompression=yes
[Files]
Source: "..\..\dist\recruiter-companion\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion
[Icons]
Name: "{group}\Recruiter Companion"; Filename: "{app}\recruiter-companion.exe"
Name: "{group}\Recruiter Companion (demo)"; Filename: "{app}\recruiter-companion.exe"; Parameters: "--demo"
[Run]
Filename: "{app}\recruiter-companion.exe"; Parameters: "self-test"; Flags: runhidden; StatusMsg: "Checking the installation..."
