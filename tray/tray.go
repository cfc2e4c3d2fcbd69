// Package tray owns the tray icon and its menu: what they show for the
// timer's state, and the clicks on them. On Linux a desktop panel reads
// them over StatusNotifierItem and com.canonical.dbusmenu (fyne.io/systray).
package tray

import (
	"fyne.io/systray"

	"posturebreak/assets"
	"posturebreak/identity"
	"posturebreak/schedule"
	"posturebreak/translation"
)

// Action is something the user can choose in the tray.
type Action int

const (
	BreakNow Action = iota // "Take a break now", or a click on the icon itself
	Relief                 // "Stiff right now?": a mobility exercise instead of popping
	Snooze
	Skip
	Pause
	Resume
	Settings
	History
	About
	Quit
)

// Click is a choice in the tray: an action, and for Pause how long (a
// schedule.PauseEnd length).
type Click struct {
	Action Action
	Pause  string
}

// PauseChoices are the Pause submenu's entries and the lengths they ask for.
var PauseChoices = []struct{ Label, Length string }{
	{translation.Mark("For 30 minutes"), "30m"},
	{translation.Mark("For 1 hour"), "1h"},
	{translation.Mark("For 2 hours"), "2h"},
	{translation.Mark("Until tomorrow morning"), schedule.UntilTomorrow},
	{translation.Mark("Until I resume"), schedule.Indefinitely},
}

// Tray is the running tray icon and menu.
type Tray struct {
	app    identity.App
	clicks chan Click
	status *systray.MenuItem
	check  *systray.MenuItem
	snooze *systray.MenuItem
	skip   *systray.MenuItem
	pause  *systray.MenuItem
	resume *systray.MenuItem
	shown  State
	built  bool
}

// Run puts the icon in the tray and blocks until Stop is called. ready runs
// on a goroutine of its own once the menu is in place. Without a tray host
// the menu is simply not shown; Run still blocks until Stop.
func Run(app identity.App, ready func(*Tray)) {
	t := &Tray{app: app, clicks: make(chan Click, 4)}
	systray.SetOnTapped(func() { t.click(Click{Action: BreakNow}) })
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
	systray.SetIcon(icon(assets.Running))
	t.status = systray.AddMenuItem("", "")
	t.status.Disable()
	t.check = systray.AddMenuItem("", "")
	t.check.Disable()
	t.check.Hide()
	systray.AddSeparator()
	t.item(systray.AddMenuItem(translation.L("Take a break now"), translation.L("Open the break window")), Click{Action: BreakNow})
	t.item(systray.AddMenuItem(translation.L("Stiff right now?"), translation.L("A mobility exercise at once, instead of popping your back")), Click{Action: Relief})
	t.snooze = t.item(systray.AddMenuItem(translation.L("Snooze"), translation.L("Put this break off for a few minutes")), Click{Action: Snooze})
	t.skip = t.item(systray.AddMenuItem(translation.L("Skip this break"), translation.L("The next break is a full work interval away")), Click{Action: Skip})
	t.pause = systray.AddMenuItem(translation.L("Pause"), translation.L("No breaks for a while"))
	for _, c := range PauseChoices {
		t.item(t.pause.AddSubMenuItem(translation.L(c.Label), ""), Click{Action: Pause, Pause: c.Length})
	}
	t.resume = t.item(systray.AddMenuItem(translation.L("Resume"), translation.L("Start timing work again")), Click{Action: Resume})
	systray.AddSeparator()
	t.item(systray.AddMenuItem(translation.L("Settings…"), translation.L("The work interval, breaks, working hours and equipment")), Click{Action: Settings})
	t.item(systray.AddMenuItem(translation.L("History…"), translation.L("Your breaks by day, your streak, and the exercises you did")), Click{Action: History})
	t.item(systray.AddMenuItem(translation.L("About {{.App}}", t.names()), translation.L("Where the exercises come from, and when to get help")), Click{Action: About})
	systray.AddSeparator()
	t.item(systray.AddMenuItem(translation.L("Quit {{.App}}", t.names()), translation.L("Stop reminding me")), Click{Action: Quit})
	t.snooze.Hide()
	t.skip.Hide()
	t.resume.Hide()
}

// names is the app's name for a menu entry, as {{.App}}.
func (t *Tray) names() map[string]string { return map[string]string{"App": t.app.Name} }

// item makes a menu entry report c when chosen. systray drops a click if
// nobody is waiting on the entry, so each has a goroutine waiting.
func (t *Tray) item(m *systray.MenuItem, c Click) *systray.MenuItem {
	go func() {
		for range m.ClickedCh {
			t.click(c)
		}
	}()
	return m
}

func (t *Tray) click(c Click) {
	select {
	case t.clicks <- c:
	default: // the daemon is busy; the user can click again
	}
}

// Show updates the icon and menu, sending the panel only what changed.
func (t *Tray) Show(s State) {
	if t.built && s == t.shown {
		return
	}
	if !t.built || s.Icon != t.shown.Icon {
		systray.SetIcon(icon(s.Icon))
	}
	if !t.built || s.Line != t.shown.Line {
		t.status.SetTitle(s.Line)
		systray.SetTooltip(t.app.Name + ": " + s.Line)
	}
	if !t.built || s.CheckLine != t.shown.CheckLine {
		visible(t.check, s.CheckLine != "")
		t.check.SetTitle(s.CheckLine)
	}
	if !t.built || s.SnoozeLabel != t.shown.SnoozeLabel {
		visible(t.snooze, s.SnoozeLabel != "")
		if s.SnoozeLabel != "" {
			t.snooze.SetTitle(s.SnoozeLabel)
		}
	}
	if !t.built || s.Due != t.shown.Due {
		visible(t.skip, s.Due)
	}
	if !t.built || s.Paused != t.shown.Paused {
		visible(t.pause, !s.Paused)
		visible(t.resume, s.Paused)
	}
	t.shown, t.built = s, true
}

func visible(m *systray.MenuItem, on bool) {
	if on {
		m.Show()
	} else {
		m.Hide()
	}
}

// IconSize is the size of the PNG handed to the panel, which scales it to
// its own size; the badge is drawn to stay legible from 16 px up.
const IconSize = 32
