; Seller Desk installer for Windows (NSIS 3, Unicode).
;
;   makensis /DVERSION=0.1.0 /DDIST=..\..\dist\seller-desk /DICON=..\..\build\seller-desk\stage\icons\seller-desk.ico ^
;            /DOUTFILE=..\..\dist\Seller-Desk-0.1.0-setup.exe packaging\windows\seller-desk.nsi
;
; packaging/build.py --installer passes these for you. DIST is the one-folder build from
; packaging/seller-desk.spec (seller-desk.exe, seller-desk-console.exe, _internal\).
;
; Installs for the current user only (no administrator password: a seller's own laptop),
; into %LOCALAPPDATA%\Programs\Seller Desk, with a Start-menu entry, an optional desktop
; shortcut and an entry in "Installed apps" whose Uninstall removes the program. The
; seller's data (database, settings, logs in %LOCALAPPDATA%\seller-desk) is never touched
; by installing, upgrading or uninstalling.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "Pass /DVERSION=x.y.z"
!endif
!ifndef DIST
  !error "Pass /DDIST=path\to\dist\seller-desk"
!endif
!ifndef OUTFILE
  !define OUTFILE "Seller-Desk-${VERSION}-setup.exe"
!endif

!define APP_NAME "Seller Desk"
!define APP_EXE "seller-desk.exe"
!define APP_ID "SellerDesk"
!define PUBLISHER "Seller Desk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel user
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!include "MUI2.nsh"
!include "LogicLib.nsh"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; the installer speaks the app's languages; Windows' own language picks the default
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Malay"
!insertmacro MUI_LANGUAGE "Indonesian"

LangString DESC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString DESC_DESKTOP ${LANG_MALAY} "Pintasan di desktop"
LangString DESC_DESKTOP ${LANG_INDONESIAN} "Pintasan di desktop"
LangString RUNNING ${LANG_ENGLISH} "${APP_NAME} is open. Close it, then press OK."
LangString RUNNING ${LANG_MALAY} "${APP_NAME} sedang dibuka. Tutupnya, kemudian tekan OK."
LangString RUNNING ${LANG_INDONESIAN} "${APP_NAME} sedang terbuka. Tutup dulu, lalu tekan OK."

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

; Files in use cannot be replaced: wait until the seller closes the app (or gives up).
!macro WaitUntilClosed
  ${DoWhile} ${FileExists} "$INSTDIR\${APP_EXE}"
    ClearErrors
    FileOpen $0 "$INSTDIR\${APP_EXE}" a
    ${IfNot} ${Errors}
      FileClose $0
      ${Break}
    ${EndIf}
    MessageBox MB_OKCANCEL|MB_ICONEXCLAMATION "$(RUNNING)" /SD IDCANCEL IDOK +2
    Abort
  ${Loop}
!macroend

Section "${APP_NAME}" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  !insertmacro WaitUntilClosed
  ; an upgrade replaces the old program folder whole, so no stale library stays behind
  RMDir /r "$INSTDIR\_internal"
  File /r "${DIST}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Start-menu entry
  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  ; "Installed apps" / "Programs and Features"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "$(DESC_DESKTOP)" SecDesktop
  CreateShortCut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

Section "-size"
  ; the size Windows shows in "Installed apps", in KB
  SectionGetSize ${SecApp} $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  !insertmacro WaitUntilClosed
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  ; only what the installer put there: a folder the seller chose may hold other files
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\seller-desk.exe"
  Delete "$INSTDIR\seller-desk-console.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
