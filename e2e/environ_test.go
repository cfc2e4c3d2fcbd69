//go:build e2e

package e2e

import (
	"strings"
	"testing"
)

// A developer's own desktop session never leaks into a test's: the
// session's programs get the private bus and display, once each.
func TestTheSessionsEnvironmentIsItsOwn(t *testing.T) {
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus")
	t.Setenv("DBUS_SESSION_BUS_PID", "4242")
	t.Setenv("DISPLAY", ":0")
	env := environ(map[string]string{"DBUS_SESSION_BUS_ADDRESS": "unix:path=/tmp/private/bus", "DISPLAY": ":77"})
	seen := map[string][]string{}
	for _, kv := range env {
		key, v, _ := strings.Cut(kv, "=")
		seen[key] = append(seen[key], v)
	}
	for key, want := range map[string]string{"DBUS_SESSION_BUS_ADDRESS": "unix:path=/tmp/private/bus", "DISPLAY": ":77"} {
		if got := seen[key]; len(got) != 1 || got[0] != want {
			t.Errorf("%s: %q, want only %q", key, got, want)
		}
	}
	if got := seen["DBUS_SESSION_BUS_PID"]; len(got) != 0 {
		t.Errorf("the outer bus's PID leaks in: %q", got)
	}
}
