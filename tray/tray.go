// Package tray owns the tray icon and its menu: what they show for the
// timer's state, and the clicks on them. On Linux a desktop panel reads
// them over StatusNotifierItem and com.canonical.dbusmenu (fyne.io/systray).
package tray

import (
	"fmt"
	"time"

	"fyne.io/systray"

	"posturebreak/assets"
	"posturebreak/identity"
	"posturebreak/schedule"
)

// Click is something the user chose in the tray.
type Click int

const (
	BreakNow Click = iota // "Take a break now", or a click on the icon itself
	Settings
	About
	Quit
)

// State is what the tray shows.
type State struct {
	Line string // the status line at the top of the menu
	Due  bool   // a break is due: the icon turns orange
}

// Now is the tray's state for a phase and the time left until the next break.
func Now(phase schedule.Phase, left time.Duration) State {
	switch phase {
	case schedule.Due:
		return State{Line: "Break due", Due: true}
	case schedule.OnBreak:
		return State{Line: "On a break"}
	}
	minutes := int((left + time.Minute - 1) / time.Minute)
	if minutes <= 1 {
		return State{Line: "Next break in 1 min"}
	}
	return State{Line: fmt.Sprintf("Next break in %d min", minutes)}
}

// Tray is the running tray icon and menu.
type Tray struct {
	app    identity.App
	clicks chan Click
	status *systray.MenuItem
	shown  State
}

// Run puts the icon in the tray and blocks until Stop is called. ready runs
// on a goroutine of its own once the menu is in place. Without a tray host
// the menu is simply not shown; Run still blocks until Stop.
func Run(app identity.App, ready func(*Tray)) {
	t := &Tray{app: app, clicks: make(chan Click, 4)}
	systray.SetOnTapped(func() { t.click(BreakNow) })
	systray.Run(func() {
		t.build()
		go ready(t) // systray answers the panel only once this returns
	}, nil)
}

// Stop removes the icon and makes Run return.
func Stop() { systray.Quit() }

// Clicks delivers what the user chooses.
func (t *Tray) Clicks() <-chan Click { return t.clicks }

func (t *Tray) build() {
	systray.SetTitle(t.app.Name)
	systray.SetIcon(icon(false))
	t.status = systray.AddMenuItem("", "")
	t.status.Disable()
	systray.AddSeparator()
	t.item("Take a break now", "Open the break window", BreakNow)
	t.item("Settings…", "Change the work interval, break length and equipment", Settings)
	t.item("About Posture Break", "Where the exercises come from, and when to see a professional", About)
	systray.AddSeparator()
	t.item("Quit "+t.app.Name, "Stop reminding me", Quit)
}

// item adds a menu entry that reports c when chosen. systray drops a click
// if nobody is waiting on the entry, so each has a goroutine waiting.
func (t *Tray) item(title, tooltip string, c Click) {
	m := systray.AddMenuItem(title, tooltip)
	go func() {
		for range m.ClickedCh {
			t.click(c)
		}
	}()
}

func (t *Tray) click(c Click) {
	select {
	case t.clicks <- c:
	default: // the daemon is busy; the user can click again
	}
}

// Show updates the icon and menu, sending nothing to the panel if nothing
// changed.
func (t *Tray) Show(s State) {
	if s == t.shown {
		return
	}
	if s.Due != t.shown.Due {
		systray.SetIcon(icon(s.Due))
	}
	t.status.SetTitle(s.Line)
	systray.SetTooltip(t.app.Name + ": " + s.Line)
	t.shown = s
}

// IconSize is the size of the PNG handed to the panel, which scales it to
// its own size; the badge is drawn to stay legible from 16 px up.
const IconSize = 32

func icon(due bool) []byte {
	state := "running"
	if due {
		state = "due"
	}
	return assets.Read(fmt.Sprintf("icons/tray-%s-%d.png", state, IconSize))
}
