package tray

import (
	"log"

	"posturebreak/assets"
	"posturebreak/ico"
)

// icon is a badge as the Windows tray takes it: an icon file, with every
// size the badge is drawn at, so Windows picks the one its scaling wants.
func icon(b assets.Badge) []byte {
	var pngs [][]byte
	for _, size := range assets.TraySizes {
		pngs = append(pngs, assets.Read(assets.TrayIcon(b, size)))
	}
	f, err := ico.Encode(pngs...)
	if err != nil {
		log.Printf("the tray icon: %v", err) // the badges are embedded and tested: this is a build gone wrong
	}
	return f
}
