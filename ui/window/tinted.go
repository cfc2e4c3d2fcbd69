package window

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Tinted sets content apart: an icon beside it, on a tint of a colour of
// the theme (the warning colour for what must not be missed).
func Tinted(colour fyne.ThemeColorName, icon fyne.Resource, content fyne.CanvasObject) fyne.CanvasObject {
	tint := canvas.NewRectangle(withAlpha(theme.Color(colour), 0x26))
	tint.CornerRadius = theme.InputRadiusSize()
	return container.NewStack(tint, container.NewBorder(nil, nil, container.NewPadded(widget.NewIcon(icon)), nil, content))
}

func withAlpha(c color.Color, a uint8) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: a}
}
