package autostart

import (
	"errors"
	"fmt"

	"golang.org/x/sys/windows/registry"
)

// The user's programs to run at login, and Task Manager's switch for each
// (the Startup apps tab): a binary value whose first byte is odd (3) when
// the user has switched it off, even (2) when on.
const (
	runKey      = `Software\Microsoft\Windows\CurrentVersion\Run`
	approvedKey = `Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run`
)

// ErrSwitchedOff means the user switched the app off in Task Manager's
// Startup apps, which Windows honours over the Run value; the app honours
// it too, and leaves it to the user to switch on there.
var ErrSwitchedOff = errors.New("starting at login is switched off in Task Manager's Startup apps; switch it on there")

// Set makes the app start at login, or not: the Run value named name holds
// exe, quoted. appID is not needed on Windows.
func Set(on bool, appID, name, exe string) error {
	k, _, err := registry.CreateKey(registry.CURRENT_USER, runKey, registry.QUERY_VALUE|registry.SET_VALUE)
	if err != nil {
		return err
	}
	defer k.Close()
	if !on {
		if err := k.DeleteValue(name); err != nil && !errors.Is(err, registry.ErrNotExist) {
			return err
		}
		return nil
	}
	if err := k.SetStringValue(name, `"`+exe+`"`); err != nil {
		return fmt.Errorf("writing the Run value: %w", err)
	}
	if switchedOff(name) {
		return ErrSwitchedOff
	}
	return nil
}

// switchedOff says whether Task Manager's switch for name is off.
func switchedOff(name string) bool {
	k, err := registry.OpenKey(registry.CURRENT_USER, approvedKey, registry.QUERY_VALUE)
	if err != nil {
		return false
	}
	defer k.Close()
	v, _, err := k.GetBinaryValue(name)
	return err == nil && len(v) > 0 && v[0]&1 == 1
}
