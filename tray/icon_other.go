//go:build !windows

package tray

import "posturebreak/assets"

// icon is a badge as the tray takes it: a PNG (systray reads PNG only).
func icon(b assets.Badge) []byte { return assets.Read(assets.TrayIcon(b, IconSize)) }
