package daemon

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"testing/synctest"

	"posturebreak/protocol"
	"posturebreak/settings"
)

// fakeGnome stands in for GNOME 48's own break reminders (gnomebreaks
// runs the real gsettings and dconf in its own tests).
type fakeGnome struct {
	mu       sync.Mutex
	movement bool
	off      int // how often it was asked to turn the movement breaks off
	fail     error
}

func (g *fakeGnome) Movement() bool { g.mu.Lock(); defer g.mu.Unlock(); return g.movement }

func (g *fakeGnome) TurnOffMovement() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.off++
	if g.fail != nil {
		return g.fail
	}
	g.movement = false
	return nil
}

func (g *fakeGnome) turnedOff() int { g.mu.Lock(); defer g.mu.Unlock(); return g.off }

// While GNOME's movement breaks are on, the introduction asks which should
// remind the user; "Posture Break" turns GNOME's off, and the settings ask
// no more once GNOME says they are off.
func TestTheIntroductionAsksAboutGnomesBreaks(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		g := &fakeGnome{movement: true}
		r := start(t, ds, func(d *Daemon) { d.UseGnomeBreaks(g) })
		defer r.end()
		intro := r.lastWindow(t, protocol.IntroWindow)
		if !intro.req.(protocol.Intro).GnomeMovement {
			t.Fatal("the introduction does not ask about GNOME's movement breaks, which are on")
		}
		intro.done([]byte(`{"read":true,"gnome":"posture-break"}`), nil)
		synctest.Wait()
		if g.turnedOff() != 1 {
			t.Fatalf("GNOME's movement breaks were turned off %d times, want once", g.turnedOff())
		}
		r.d.GnomeMovementChanged(false) // as GNOME then says
		r.d.OpenSettings()
		synctest.Wait()
		if r.lastWindow(t, protocol.SettingsWindow).req.(protocol.Settings).GnomeMovement {
			t.Fatal("the settings still ask about GNOME's movement breaks, which are off")
		}
	})
}

// "Keep both", in Settings, is saved; the introduction then asks no more,
// but Settings still offers to let Posture Break alone remind the user.
func TestKeepingBothIsSavedAndSettingsStillOffer(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		g := &fakeGnome{movement: true}
		r := start(t, ds, func(d *Daemon) { d.UseGnomeBreaks(g) })
		r.d.OpenSettings()
		synctest.Wait()
		w := r.lastWindow(t, protocol.SettingsWindow)
		if !w.req.(protocol.Settings).GnomeMovement {
			t.Fatal("the settings do not ask about GNOME's movement breaks")
		}
		w.done([]byte(`{"saved":true,"settings":`+string(settings.Encode(settings.Defaults))+`,"gnome":"keep-both"}`), nil)
		synctest.Wait()
		if got, _ := settings.Load(ds.SettingsFile()); !got.KeepGnomeBreaks || g.turnedOff() != 0 {
			t.Fatalf("after keep both: saved %+v, GNOME's turned off %d times", got, g.turnedOff())
		}
		r.end()
		again := start(t, ds, func(d *Daemon) { d.UseGnomeBreaks(g) })
		defer again.end()
		if intro := again.windows(protocol.IntroWindow); len(intro) == 0 || intro[0].req.(protocol.Intro).GnomeMovement {
			t.Fatalf("the introduction asks again about GNOME's breaks, which the user chose to keep: %+v", intro)
		}
		again.d.OpenSettings()
		synctest.Wait()
		if !again.lastWindow(t, protocol.SettingsWindow).req.(protocol.Settings).GnomeMovement {
			t.Fatal("the settings no longer offer to let Posture Break alone remind the user")
		}
	})
}

// If GNOME's movement breaks cannot be turned off, the user is told, and
// how to do it by hand.
func TestGnomesBreaksThatWillNotTurnOffAreTold(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		g := &fakeGnome{movement: true, fail: errors.New("gsettings: No such schema")}
		r := start(t, ds, func(d *Daemon) { d.UseGnomeBreaks(g) })
		defer r.end()
		r.lastWindow(t, protocol.IntroWindow).done([]byte(`{"read":true,"gnome":"posture-break"}`), nil)
		synctest.Wait()
		msgs := r.n.messages()
		if len(msgs) == 0 || !strings.Contains(msgs[len(msgs)-1].Body, "could not be turned off") || !strings.Contains(msgs[len(msgs)-1].Body, "Wellbeing") {
			t.Fatalf("notifications %+v, want one that says GNOME's breaks could not be turned off, and where to do it", msgs)
		}
	})
}
