// Package assets holds the files the app embeds: the exercise keyframes
// (exercises/<id>-<n>.svg), the app icon and the tray badges. They are drawn
// by package drawing; regenerate them with go generate ./assets.
package assets

import "embed"

//go:generate go run ../drawing/cmd/illustrate -out .

//go:embed exercises/*.svg icons/*
var Files embed.FS

// Read returns an embedded file, which is known to exist.
func Read(name string) []byte {
	b, err := Files.ReadFile(name)
	if err != nil {
		panic("assets: missing " + name) // a build without its assets is a programming error
	}
	return b
}
