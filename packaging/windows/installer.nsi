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

; StopTheApp asks a Posture Break running from $INSTDIR to quit, as the
; tray's Quit does, and waits until its daemon has gone (its mutex,
; Local\<ID>, which it holds for its life, is no more), so that its
; programs can be replaced or removed. One that is still there after 10 s
; is stopped, with its windows. Nothing running: nothing to do.
!macro StopTheApp un
Function ${un}StopTheApp
	${If} ${FileExists} "$INSTDIR\posturebreak.exe"
		nsExec::Exec '"$INSTDIR\posturebreak.exe" quit'
		Pop $0 ; its exit code: 1 when none was running, which is fine
	${EndIf}
	StrCpy $1 0
	${Do}
		System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "Local\${ID}") p.r0'
		${If} $0 P= 0
			Return
		${EndIf}
		System::Call 'kernel32::CloseHandle(p r0)'
		${If} $1 >= 40
			${Break}
		${EndIf}
		Sleep 250
		IntOp $1 $1 + 1
	${Loop}
	nsExec::Exec 'taskkill /F /IM posturebreak-window.exe'
	Pop $0
	nsExec::Exec 'taskkill /F /IM posturebreak.exe'
	Pop $0
	Sleep 500
FunctionEnd
!macroend
!insertmacro StopTheApp ""
!insertmacro StopTheApp "un."

Section "Install"
	SetShellVarContext current
	Call StopTheApp ; an upgrade: the old one must not keep running, nor hold its files
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
	; A daemon still running holds its program.
	Call un.StopTheApp
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
