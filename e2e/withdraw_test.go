//go:build e2e

package e2e

import (
	"testing"
	"time"
)

// TestANotificationGoesWithItsBreak: the notification that announced a
// break is withdrawn once its break starts, so a click on the next break's
// notification opens that break. The old one used to stay on screen, and
// `dunstctl action 0` at the next break hit it, and nothing opened.
func TestANotificationGoesWithItsBreak(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{settings: `{"work_minutes": 1, "break_minutes": 1}`})
	s.startDaemon()
	p := s.panel()
	for i := range 2 {
		p.waitStatus(100*time.Second, func(l string) bool { return l == "Break due" }, "a break falls due")
		eventually(t, 10*time.Second, "dunst shows one notification", func() bool { return s.displayedNotifications() == 1 })
		if _, err := s.x("dunstctl", "action", "0"); err != nil {
			t.Fatalf("dunstctl action: %v", err)
		}
		win := s.waitMapped(breakTitle, 20*time.Second)
		eventually(t, 10*time.Second, "the break's notification is withdrawn", func() bool { return s.displayedNotifications() == 0 })
		s.clickFromBottomRight(win, 50, 26) // Done
		s.waitRecords(i + 1)
		s.waitNoWindows()
	}
}
