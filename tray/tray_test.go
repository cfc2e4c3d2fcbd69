package tray

import (
	"bytes"
	"image/png"
	"testing"
	"time"

	"posturebreak/schedule"
)

func TestTheStatusLineSaysWhatIsGoingOn(t *testing.T) {
	cases := []struct {
		phase schedule.Phase
		left  time.Duration
		want  State
	}{
		{schedule.Working, 42 * time.Minute, State{Line: "Next break in 42 min"}},
		{schedule.Working, 41*time.Minute + time.Second, State{Line: "Next break in 42 min"}},
		{schedule.Working, 90 * time.Second, State{Line: "Next break in 2 min"}},
		{schedule.Working, 20 * time.Second, State{Line: "Next break in 1 min"}},
		{schedule.Due, -3 * time.Minute, State{Line: "Break due", Due: true}},
		{schedule.OnBreak, 0, State{Line: "On a break"}},
	}
	for _, c := range cases {
		if got := Now(c.phase, c.left); got != c.want {
			t.Errorf("%v with %v left: %+v, want %+v", c.phase, c.left, got, c.want)
		}
	}
}

func TestTheIconsAreTraySizedPNGs(t *testing.T) {
	for _, due := range []bool{false, true} {
		img, err := png.Decode(bytes.NewReader(icon(due)))
		if err != nil || img.Bounds().Dx() != IconSize {
			t.Fatalf("due=%v: %v", due, err)
		}
	}
	if bytes.Equal(icon(false), icon(true)) {
		t.Fatal("the due icon looks like the running one")
	}
}
