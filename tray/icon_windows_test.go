package tray

import (
	"encoding/binary"
	"testing"

	"posturebreak/assets"
)

// On Windows every badge is an icon file with every size it is drawn at.
func TestEveryBadgeIsAnIconFile(t *testing.T) {
	for _, b := range assets.Badges {
		f := icon(b)
		if len(f) < 6 || binary.LittleEndian.Uint16(f[2:]) != 1 || int(binary.LittleEndian.Uint16(f[4:])) != len(assets.TraySizes) {
			t.Errorf("%s: not an icon file of %d sizes", b, len(assets.TraySizes))
		}
	}
}
