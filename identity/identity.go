// Package identity owns who the app is: its name, reverse-DNS ID, version
// and icon, read from FyneApp.toml (embedded here), so that both programs,
// the tray, the notifications, the D-Bus name and every window agree.
package identity

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/BurntSushi/toml"

	"posturebreak/assets"
)

// App is the app's identity.
type App struct {
	Name       string
	ID         string // reverse DNS, also the well-known D-Bus name
	Version    string
	Build      int
	Icon       []byte // PNG
	Migrations map[string]bool
}

//go:embed FyneApp.toml
var fyneApp []byte

// Ours is the app's identity, as FyneApp.toml gives it.
var Ours = sync.OnceValue(func() App {
	app, err := Parse(fyneApp)
	if err != nil {
		panic(err) // the embedded file is checked by the tests
	}
	return app
})

// Parse reads FyneApp.toml.
func Parse(fyneApp []byte) (App, error) {
	var f struct {
		Details struct {
			Icon, Name, ID, Version string
			Build                   int
		}
		Migrations map[string]bool
	}
	if err := toml.Unmarshal(fyneApp, &f); err != nil {
		return App{}, fmt.Errorf("FyneApp.toml: %w", err)
	}
	d := f.Details
	if d.Name == "" || d.ID == "" || d.Version == "" {
		return App{}, fmt.Errorf("FyneApp.toml: name, ID and version are all required")
	}
	return App{Name: d.Name, ID: d.ID, Version: d.Version, Build: d.Build, Icon: assets.Read(assets.AppIcon), Migrations: f.Migrations}, nil
}
