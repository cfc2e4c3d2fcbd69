package notify

import (
	"errors"
	"log"
	"os"
	"path/filepath"
	"sync"

	"git.sr.ht/~jackmordaunt/go-toast/v2/wintoast"
	"golang.org/x/sys/windows"
	"golang.org/x/sys/windows/registry"
)

// activator is the COM class Windows calls back when a toast of ours is
// clicked (the app's CustomActivator). It is the app's own, fixed, so that
// a click on a toast from an earlier run still finds it.
const activator = "{6C3A1B6E-2D4F-4E0B-9A51-7F2C8B1D5E43}"

// Toasts shows Windows toast notifications under the app's
// AppUserModelID, and reports clicks on them.
type Toasts struct {
	appID   string
	icon    string // a PNG file for the toast's picture
	actions chan Action

	mu     sync.Mutex
	shown  int   // the number of the last toast shown
	broken error // the app could not register for toasts: none can be shown
}

// NewToasts registers the app with Windows for toasts: its AppUserModelID
// appID, shown as name, with icon (a PNG, written to dir) and the program
// exe that Windows starts for a click on a toast when the app is not
// running (quoted, as a command line: it is installed under a folder
// with a space in its name). A failure is said in the log; Show then
// reports it.
func NewToasts(appID, name string, icon []byte, dir, exe string) *Toasts {
	t := &Toasts{appID: appID, actions: make(chan Action, 8)}
	path := filepath.Join(dir, "notification-icon.png")
	if err := os.MkdirAll(dir, 0o755); err == nil && os.WriteFile(path, icon, 0o644) == nil {
		t.icon = path
	}
	err := toastsHere()
	if err == nil {
		err = wintoast.SetAppData(wintoast.AppData{AppID: appID, GUID: activator, ActivationExe: windows.EscapeArg(exe), IconPath: t.icon})
	}
	if err == nil {
		err = displayName(appID, name)
	}
	if err != nil {
		log.Printf("notifications: cannot register for toasts (%v)", err)
		t.broken = err
	}
	wintoast.SetActivationCallback(func(_, args string, _ []wintoast.UserData) {
		t.mu.Lock()
		a, ok := clicked(args, t.shown)
		t.mu.Unlock()
		if ok {
			select {
			case t.actions <- a:
			default: // the daemon is busy; a click is not worth blocking Windows for
			}
		}
	})
	return t
}

// toastManager is the Windows Runtime class that shows toasts, which every
// Windows 10 and 11 registers and Wine does not.
const toastManager = `Software\Microsoft\WindowsRuntime\ActivatableClassId\Windows.UI.Notifications.ToastNotificationManager`

// toastsHere says, without touching the Windows Runtime, whether this
// Windows can show toasts: on one that cannot, go-toast's COM calls fail,
// and the process may crash as it exits.
func toastsHere() error {
	k, err := registry.OpenKey(registry.LOCAL_MACHINE, toastManager, registry.QUERY_VALUE)
	if err != nil {
		return errors.New("this Windows has no toast notifications (the Windows Runtime's ToastNotificationManager is not registered)")
	}
	return k.Close()
}

// displayName names the app in its toasts: go-toast names it by its ID.
func displayName(appID, name string) error {
	k, _, err := registry.CreateKey(registry.CURRENT_USER, `Software\Classes\AppUserModelId\`+appID, registry.SET_VALUE)
	if err != nil {
		return err
	}
	defer k.Close()
	return k.SetStringValue("DisplayName", name)
}

// turnedOff says whether the user has turned toasts off in Windows's
// Settings, under Notifications: all of them, or the app's. Windows then
// takes a toast and shows nothing, so Show says so instead, and the daemon
// opens the break window itself. It is asked at every Show: turned on
// again, toasts come back.
func turnedOff(appID string) error {
	switch {
	case dwordIsZero(`Software\Microsoft\Windows\CurrentVersion\PushNotifications`, "ToastEnabled"):
		return errors.New("notifications are turned off in Windows's Settings")
	case dwordIsZero(`Software\Microsoft\Windows\CurrentVersion\Notifications\Settings\`+appID, "Enabled"):
		return errors.New("notifications from the app are turned off in Windows's Settings")
	}
	return nil
}

// dwordIsZero says whether the user's registry holds 0 in value under
// key; a key or value that is not there is not 0.
func dwordIsZero(key, value string) bool {
	k, err := registry.OpenKey(registry.CURRENT_USER, key, registry.QUERY_VALUE)
	if err != nil {
		return false
	}
	defer k.Close()
	n, _, err := k.GetIntegerValue(value)
	return err == nil && n == 0
}

// Actions delivers what the user does with break toasts.
func (t *Toasts) Actions() <-chan Action { return t.actions }

// Show shows m as a toast. Its clicks come back through Actions. An error
// means this toast could not be shown: toasts are turned off, the app
// could not register for them (no AppUserModelID, a stripped Windows,
// Wine; then none can be, all run), or Windows did not take this one. The
// daemon then opens the break window itself.
func (t *Toasts) Show(m Message) (clickable bool, err error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := turnedOff(t.appID); err != nil {
		return false, err
	}
	if t.broken != nil {
		return false, t.broken
	}
	n := t.shown + 1
	if err := wintoast.Push(t.appID, toastXML(m, n, t.icon)); err != nil {
		return false, errors.Join(errors.New("Windows did not take the toast"), err) // the next may go: Explorer may be restarting
	}
	if m.Break {
		t.shown = n
	}
	return m.Break, nil
}

// Withdraw would take the break toast off screen. go-toast cannot remove
// a toast from the notification centre, so an answered toast stays there
// until Windows lets it go; a click on it then is an Earlier click, which
// opens only a break that is due.
func (t *Toasts) Withdraw() {}
