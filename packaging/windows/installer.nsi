; The Windows installer: makensis builds it on Linux (make windows, which
; packaging/windows/build.sh runs), into dist/posturebreak-<version>-setup.exe.
;
; It installs for the user alone, with no administrator rights: the two
; programs in %LOCALAPPDATA%\Programs\Posture Break, a Start-menu shortcut
; that carries the app's AppUserModelID (which toasts are shown under), an
; uninstaller, and an entry in Apps & Features. /S installs silently.
;
; Uninstalling removes exactly what it installed, and what the app wrote
; of its own outside the user's data: the Run value of start at login, the
; toasts' registration, the notification icon and the log. It never removes
; the user's settings (%APPDATA%\Posture Break) or history and state
; (%LOCALAPPDATA%\Posture Break).
;
; Defined on the command line: VERSION, ID, NAME, DAEMON, WINDOWS, ICON, OUT.

Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!include LogicLib.nsh
!include Win\COM.nsh
!include Win\Propkey.nsh

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${ID}"
!define ACTIVATOR "{6C3A1B6E-2D4F-4E0B-9A51-7F2C8B1D5E43}"

Name "${NAME}"
OutFile "${OUT}"
Icon "${ICON}"
UninstallIcon "${ICON}"
InstallDir "$LOCALAPPDATA\Programs\${NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${NAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${NAME} setup"
VIAddVersionKey "LegalCopyright" "BSD-3-Clause"

Page directory
Page instfiles
UninstPage uninstConfirm
UninstPage instfiles

Section "Install"
	SetShellVarContext current
	SetOutPath "$INSTDIR"
	File "/oname=posturebreak.exe" "${DAEMON}"
	File "/oname=posturebreak-window.exe" "${WINDOWS}"
	WriteUninstaller "$INSTDIR\uninstall.exe"
	Call ShortcutWithAppID

	WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${NAME}"
	WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
	WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\posturebreak.exe,0"
	WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${NAME}"
	WriteRegStr HKCU "${UNINSTALL_KEY}" "URLInfoAbout" "https://github.com/posturebreak/posturebreak"
	WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
	WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
	WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
	WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
	WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
	SectionGetSize 0 $0
	WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

; ShortcutWithAppID makes the Start-menu shortcut to the daemon, with the
; app's AppUserModelID in its properties: Windows then ties the app's
; toasts and taskbar entry to it.
Function ShortcutWithAppID
	!insertmacro ComHlpr_CreateInProcInstance ${CLSID_ShellLink} ${IID_IShellLink} r0 ""
	${If} $0 P<> 0
		${IShellLink::SetPath} $0 '("$INSTDIR\posturebreak.exe").r1'
		${IShellLink::SetIconLocation} $0 '("$INSTDIR\posturebreak.exe",0).r2'
		${IShellLink::SetDescription} $0 '("Reminds you to move your upper back").r2'
		${IUnknown::QueryInterface} $0 '("${IID_IPropertyStore}",.r1)'
		${If} $1 P<> 0
			System::Call '*(&w128 "${ID}")p.r4'
			System::Call '*${SYSSTRUCT_PROPERTYKEY}(${PKEY_AppUserModel_ID})p.r2'
			System::Call '*${SYSSTRUCT_PROPVARIANT}(${VT_LPWSTR},,$4)p.r3'
			${IPropertyStore::SetValue} $1 '($2,$3)'
			${IPropertyStore::Commit} $1 ""
			System::Free $2
			System::Free $3
			System::Free $4
			${IUnknown::Release} $1 ""
		${EndIf}
		${IUnknown::QueryInterface} $0 '("${IID_IPersistFile}",.r1)'
		${If} $1 P<> 0
			${IPersistFile::Save} $1 '("$SMPROGRAMS\${NAME}.lnk",1)'
			${IUnknown::Release} $1 ""
		${EndIf}
		${IUnknown::Release} $0 ""
	${EndIf}
	${IfNot} ${FileExists} "$SMPROGRAMS\${NAME}.lnk"
		CreateShortCut "$SMPROGRAMS\${NAME}.lnk" "$INSTDIR\posturebreak.exe" "" "$INSTDIR\posturebreak.exe" 0
	${EndIf}
FunctionEnd

Section "Uninstall"
	SetShellVarContext current
	; A daemon still running holds its program: ask it to quit, then stop it.
	nsExec::Exec '"$INSTDIR\posturebreak.exe" quit'
	nsExec::Exec 'taskkill /F /IM posturebreak-window.exe'
	nsExec::Exec 'taskkill /F /IM posturebreak.exe'
	Sleep 500
	Delete "$INSTDIR\posturebreak.exe"
	Delete "$INSTDIR\posturebreak-window.exe"
	Delete "$INSTDIR\uninstall.exe"
	RMDir "$INSTDIR"
	Delete "$SMPROGRAMS\${NAME}.lnk"
	DeleteRegKey HKCU "${UNINSTALL_KEY}"
	; What the app wrote of its own: start at login, its toasts'
	; registration, their icon, its log. Never the settings or history.
	DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "${NAME}"
	DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run" "${NAME}"
	DeleteRegKey HKCU "Software\Classes\AppUserModelId\${ID}"
	DeleteRegKey HKCU "Software\Classes\CLSID\${ACTIVATOR}"
	Delete "$LOCALAPPDATA\${NAME}\notification-icon.png"
	Delete "$LOCALAPPDATA\${NAME}\posturebreak.log"
	RMDir "$LOCALAPPDATA\${NAME}"
SectionEnd
