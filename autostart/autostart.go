// Package autostart owns starting Posture Break when the user logs in.
//
// On Linux and the BSDs that is an XDG autostart entry: a .desktop file in
// $XDG_CONFIG_HOME/autostart (~/.config/autostart), which every desktop
// that follows the freedesktop.org autostart specification runs at login
// (autostart_unix.go). On Windows it is a value named after the app under
// HKCU\Software\Microsoft\Windows\CurrentVersion\Run holding the quoted
// path to posturebreak.exe (autostart_windows.go).
//
// Either way Set is the one call: the settings say on or off, and the
// daemon makes the system agree whenever the settings change.
package autostart
