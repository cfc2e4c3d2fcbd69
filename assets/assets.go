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

//go:embed exercises/*.svg exercises/tween/*.svg icons/*
var files embed.FS

// The app icon, as SVG and as PNG at 512 and 64 px.
const (
	AppIconSVG = "icons/app.svg"
	AppIcon    = "icons/app.png"
	AppIcon64  = "icons/app-64.png"
)

// AppIconSizes are the sizes, in pixels, the app icon is also rendered at
// (AppIconPNG): the hicolor icon theme's, which make install and make deb
// install it at, 64 among them.
var AppIconSizes = []int{16, 22, 24, 32, 48, 64, 128, 256}

// AppIconPNG is the name of the app icon's PNG at one of AppIconSizes.
func AppIconPNG(size int) string { return fmt.Sprintf("icons/app-%d.png", size) }

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

// InBetweens is how many steps a movement from one keyframe to another
// is drawn in: the keyframes are steps 0 and InBetweens, and the pictures
// between are steps 1 to InBetweens-1. There are pictures for every two
// keyframes of an exercise, not only those next to each other (cat-cow goes
// flat, cow, flat, cat, so from 1 to 3 as well), each drawn once, from the
// lower-numbered keyframe to the higher (TweenFile), and played backwards
// for the way back. They are played over exercises.MoveTime, a slow
// movement of a few seconds, so there are enough of them for it to move
// smoothly rather than jump.
const InBetweens = 24

// TweenFile is the name of the picture k steps of the way from an
// exercise's keyframe a to keyframe b, for a < b:
// exercises/tween/<id>-<a>-<b>-<k>.svg. The way from b back to a is the
// same pictures played backwards (Step).
func TweenFile(id string, a, b, k int) string {
	return fmt.Sprintf("exercises/tween/%s-%d-%d-%02d.svg", id, a, b, k)
}

// Step is the picture of an exercise k steps (of InBetweens) of the way
// from keyframe from to keyframe to, any two of its keyframes, either way
// round: the keyframes themselves at either end. ok is false if there is
// none.
func Step(id string, from, to, k int) (svg []byte, ok bool) {
	switch {
	case k <= 0 || from == to:
		return Keyframe(id, from)
	case k >= InBetweens:
		return Keyframe(id, to)
	case from < to:
		b, err := files.ReadFile(TweenFile(id, from, to, k))
		return b, err == nil
	default: // the way back: the pictures from to to from, backwards
		b, err := files.ReadFile(TweenFile(id, to, from, InBetweens-k))
		return b, err == nil
	}
}

// Badge is what the tray icon shows about the timer.
type Badge string

const (
	Running Badge = "running" // the work timer runs
	Due     Badge = "due"     // a break is due
	Resting Badge = "resting" // away, paused, or outside working hours
)

// Badges are every badge, as the drawing makes them.
var Badges = []Badge{Running, Due, Resting}

// TraySizes are the sizes, in pixels, each badge is rendered at.
var TraySizes = []int{16, 22, 24, 32, 48}

// TrayIconSVG is the name of a badge's SVG.
func TrayIconSVG(b Badge) string { return fmt.Sprintf("icons/tray-%s.svg", b) }

// TrayIcon is the name of a badge's PNG at one of TraySizes.
func TrayIcon(b Badge, size int) string { return fmt.Sprintf("icons/tray-%s-%d.png", b, size) }
