package drawing

import (
	"fmt"
	"strings"

	"posturebreak/assets"
	"posturebreak/identity"
)

// badgeColours are the tray's badges, one colour for each state, with the
// app icon in the running colour, the app's teal. A white figure on a
// solid badge reads on light and dark panels alike.
var badgeColours = map[assets.Badge]string{
	assets.Running: identity.Hex(identity.Teal),
	assets.Due:     "#D9643F",
	assets.Resting: "#7B8494",
}

const white = "#FFFFFF"

// glyph is the stretching figure of the icons, drawn on a 24-unit grid
// shrunk by k about the middle: head, arms up in a V, a gently arched back
// and legs apart. back is the colour of the back.
func glyph(k float64, back string) string {
	p := func(x, y float64) string { return pt(Pt{12 + (x-12)*k, 12 + (y-12)*k}) }
	w := func(v float64) string { return num(v * k) }
	var b strings.Builder
	fmt.Fprintf(&b, `<circle cx="12" cy="%s" r="%s" fill="%s"/>`+"\n", num(12+(5.6-12)*k), w(2.5), white)
	fmt.Fprintf(&b, `<polyline points="%s %s %s %s %s" fill="none" stroke="%s" stroke-width="%s" stroke-linecap="round" stroke-linejoin="round"/>`+"\n",
		p(6.2, 3.6), p(9, 9.4), p(12, 10.4), p(15, 9.4), p(17.8, 3.6), white, w(2.3))
	fmt.Fprintf(&b, `<path d="M%s Q%s %s" fill="none" stroke="%s" stroke-width="%s" stroke-linecap="round"/>`+"\n",
		p(12, 10.4), p(11.2, 13.4), p(12, 16), back, w(2.5))
	fmt.Fprintf(&b, `<polyline points="%s %s %s" fill="none" stroke="%s" stroke-width="%s" stroke-linecap="round" stroke-linejoin="round"/>`+"\n",
		p(8.6, 21), p(12, 16), p(15.4, 21), white, w(2.3))
	return b.String()
}

// TrayIcon is the tray badge in a colour, as SVG on a 24-unit canvas.
func TrayIcon(badge string) string {
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24">` + "\n" +
		fmt.Sprintf(`<circle cx="12" cy="12" r="11.6" fill="%s"/>`+"\n", badge) +
		glyph(1, white) + "</svg>\n"
}

// AppIcon is the application icon: the same figure on a rounded square,
// its back in a light tint of the accent colour.
func AppIcon() string {
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24">` + "\n" +
		fmt.Sprintf(`<rect x="0.5" y="0.5" width="23" height="23" rx="5.2" ry="5.2" fill="%s"/>`+"\n", badgeColours[assets.Running]) +
		glyph(0.8, "#F4B39B") + "</svg>\n"
}
