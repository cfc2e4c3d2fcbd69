package identity

import (
	"fmt"
	"image/color"
)

// The app's colour: the teal of its icon and of the tray badge while the
// timer runs, which the windows use for primary actions and focus.
// TealLight is the same teal for dark backgrounds.
var (
	Teal      = color.NRGBA{0x2E, 0x7D, 0x8C, 0xFF}
	TealLight = color.NRGBA{0x5F, 0xB3, 0xC2, 0xFF}
)

// Hex writes an opaque colour as SVG and CSS write it: #2E7D8C.
func Hex(c color.NRGBA) string { return fmt.Sprintf("#%02X%02X%02X", c.R, c.G, c.B) }
