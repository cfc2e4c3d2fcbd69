package autostart

import (
	"errors"
	"testing"

	"golang.org/x/sys/windows/registry"
)

// On writes the Run value with the quoted program, off removes it, and a
// switch the user turned off in Task Manager is honoured and said.
func TestTheRunValueFollowsTheSetting(t *testing.T) {
	const name = "Posture Break Test"
	exe := `C:\Users\u\AppData\Local\Programs\Posture Break\posturebreak.exe`
	t.Cleanup(func() { Set(false, "", name, exe); deleteApproved(name) })
	if err := Set(true, "", name, exe); err != nil {
		t.Fatal(err)
	}
	if got := runValue(t, name); got != `"`+exe+`"` {
		t.Fatalf("Run holds %q", got)
	}
	setApproved(t, name, 3)
	if err := Set(true, "", name, exe); !errors.Is(err, ErrSwitchedOff) {
		t.Fatalf("switched off in Task Manager: %v", err)
	}
	setApproved(t, name, 2)
	if err := Set(true, "", name, exe); err != nil {
		t.Fatalf("switched on again: %v", err)
	}
	if err := Set(false, "", name, exe); err != nil {
		t.Fatal(err)
	}
	if got := runValue(t, name); got != "" {
		t.Fatalf("after off, Run holds %q", got)
	}
	if err := Set(false, "", name, exe); err != nil {
		t.Fatalf("off twice: %v", err)
	}
}

func runValue(t *testing.T, name string) string {
	k, err := registry.OpenKey(registry.CURRENT_USER, runKey, registry.QUERY_VALUE)
	if err != nil {
		t.Fatal(err)
	}
	defer k.Close()
	v, _, _ := k.GetStringValue(name)
	return v
}

func setApproved(t *testing.T, name string, state byte) {
	k, _, err := registry.CreateKey(registry.CURRENT_USER, approvedKey, registry.SET_VALUE)
	if err != nil {
		t.Fatal(err)
	}
	defer k.Close()
	if err := k.SetBinaryValue(name, append([]byte{state}, make([]byte, 11)...)); err != nil {
		t.Fatal(err)
	}
}

func deleteApproved(name string) {
	if k, err := registry.OpenKey(registry.CURRENT_USER, approvedKey, registry.SET_VALUE); err == nil {
		k.DeleteValue(name)
		k.Close()
	}
}
