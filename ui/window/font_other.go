//go:build !windows

package window

import "fyne.io/fyne/v2"

// platformFont: elsewhere the windows use Fyne's own font (Noto Sans),
// which the golden images are drawn in.
func platformFont(fyne.TextStyle) fyne.Resource { return nil }
