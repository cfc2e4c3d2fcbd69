// Package assets holds the files the app embeds, and names them: the
// exercise keyframes (exercises/<id>-<n>.svg), the app icon and the tray
// badges. They are drawn by package drawing, which only go generate runs;
// regenerate them with go generate ./assets.
package assets

import (
	"embed"
	"fmt"
)

//go:generate go run ../drawing/cmd/illustrate -out .

//go:embed exercises/*.svg icons/*
var files embed.FS

// The app icon, as SVG and as PNG at 512 and 64 px.
const (
	AppIconSVG = "icons/app.svg"
	AppIcon    = "icons/app.png"
	AppIcon64  = "icons/app-64.png"
)

// Read returns an embedded file, which is known to exist.
func Read(name string) []byte {
	b, err := files.ReadFile(name)
	if err != nil {
		panic("assets: missing " + name) // a build without its assets is a programming error
	}
	return b
}

// KeyframeFile is the name of an exercise's picture n (from 1).
func KeyframeFile(id string, n int) string { return fmt.Sprintf("exercises/%s-%d.svg", id, n) }

// Keyframe is an exercise's picture n (from 1), as SVG, if there is one.
func Keyframe(id string, n int) ([]byte, bool) {
	b, err := files.ReadFile(KeyframeFile(id, n))
	return b, err == nil
}

// Keyframes is how many pictures an exercise has: 1, 2, … up to the first
// one missing. The drawing makes them; nothing else counts them.
func Keyframes(id string) int {
	n := 0
	for {
		if _, ok := Keyframe(id, n+1); !ok {
			return n
		}
		n++
	}
}

// Badge is what the tray icon shows about the timer.
type Badge string

const (
	Running Badge = "running" // the work timer runs
	Due     Badge = "due"     // a break is due
	Resting Badge = "paused"  // paused, or outside working hours
)

// Badges are every badge, as the drawing makes them.
var Badges = []Badge{Running, Due, Resting}

// TraySizes are the sizes, in pixels, each badge is rendered at.
var TraySizes = []int{16, 22, 24, 32, 48}

// TrayIconSVG is the name of a badge's SVG.
func TrayIconSVG(b Badge) string { return fmt.Sprintf("icons/tray-%s.svg", b) }

// TrayIcon is the name of a badge's PNG at one of TraySizes.
func TrayIcon(b Badge, size int) string { return fmt.Sprintf("icons/tray-%s-%d.png", b, size) }
