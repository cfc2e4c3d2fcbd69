package window

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"posturebreak/identity"
)

// Theme is Fyne's default theme in the app's colours: the teal of the icon
// for primary actions and focus, in light and dark.
type Theme struct{}

func (Theme) Color(name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch name {
	case theme.ColorNamePrimary, theme.ColorNameHyperlink:
		return primary(v)
	case theme.ColorNameFocus:
		c := primary(v)
		c.A = 0x66
		return c
	case theme.ColorNameSelection:
		c := identity.Teal
		c.A = 0x40
		return c
	}
	return theme.DefaultTheme().Color(name, v)
}

// primary is the app's teal, lighter on a dark background.
func primary(v fyne.ThemeVariant) color.NRGBA {
	if v == theme.VariantDark {
		return identity.TealLight
	}
	return identity.Teal
}

// Font is the platform's own UI font where it has one the app knows
// (Segoe UI on Windows), else Fyne's.
func (Theme) Font(s fyne.TextStyle) fyne.Resource {
	if f := platformFont(s); f != nil {
		return f
	}
	return theme.DefaultTheme().Font(s)
}
func (Theme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }
func (Theme) Size(n fyne.ThemeSizeName) float32       { return theme.DefaultTheme().Size(n) }
