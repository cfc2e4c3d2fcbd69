package window

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Theme is Fyne's default theme in the app's colours: the teal of the icon
// for primary actions and focus, in light and dark.
type Theme struct{}

var (
	teal      = color.NRGBA{0x2E, 0x7D, 0x8C, 0xFF}
	tealLight = color.NRGBA{0x5F, 0xB3, 0xC2, 0xFF}
)

func (Theme) Color(name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch name {
	case theme.ColorNamePrimary, theme.ColorNameHyperlink:
		if v == theme.VariantDark {
			return tealLight
		}
		return teal
	case theme.ColorNameFocus:
		c := teal
		if v == theme.VariantDark {
			c = tealLight
		}
		c.A = 0x66
		return c
	case theme.ColorNameSelection:
		c := teal
		c.A = 0x40
		return c
	}
	return theme.DefaultTheme().Color(name, v)
}

func (Theme) Font(s fyne.TextStyle) fyne.Resource     { return theme.DefaultTheme().Font(s) }
func (Theme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }
func (Theme) Size(n fyne.ThemeSizeName) float32       { return theme.DefaultTheme().Size(n) }
