; Registers the dealer-desk: URL scheme for every user of the machine (the
; installer is per-machine, so SHCTX is HKLM), pointing at the installed exe.
; An update runs the old uninstaller first; it leaves the keys alone then.

!macro customInstall
  WriteRegStr SHCTX "Software\Classes\dealer-desk" "" "URL:Dealer Desk link"
  WriteRegStr SHCTX "Software\Classes\dealer-desk" "URL Protocol" ""
  WriteRegStr SHCTX "Software\Classes\dealer-desk\DefaultIcon" "" "$INSTDIR\${APP_EXECUTABLE_FILENAME},0"
  WriteRegStr SHCTX "Software\Classes\dealer-desk\shell\open\command" "" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" "%1"'
!macroend

!macro customUnInstall
  ${ifNot} ${isUpdated}
    DeleteRegKey SHCTX "Software\Classes\dealer-desk"
  ${endIf}
!macroend
