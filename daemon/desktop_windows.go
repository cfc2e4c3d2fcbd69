package daemon

import (
	"time"
	"unsafe"

	"golang.org/x/sys/windows"

	"posturebreak/assets"
	"posturebreak/control"
	"posturebreak/identity"
	"posturebreak/notify"
	"posturebreak/presence"
	"posturebreak/storage"
)

// openDesktop is Windows's session: toasts (which fall back to opening
// the break window where Windows cannot show them), the command line on a
// named pipe of the user's own, presence from Windows's own calls, and the
// tray's Win32 icon.
func openDesktop(app identity.App, dirs storage.Dirs, exe string) desktop {
	belongToApp(app.ID)
	return desktop{
		notifier: notify.NewToasts(app.ID, app.Name, assets.Read(assets.AppIconPNG(128)), dirs.State, exe),
		serve:    func(h control.Handler) error { return control.ServeLocal(app.ID, h) },
		presence: func(threshold time.Duration, changed func()) *presence.Session {
			return presence.Start(nil, nil, threshold, changed)
		},
		tray: true,
	}
}

// belongToApp ties this process to the app's AppUserModelID, as the
// Start-menu shortcut does: Windows then groups it, and its toasts, under
// the app.
func belongToApp(id string) {
	p := windows.NewLazySystemDLL("shell32.dll").NewProc("SetCurrentProcessExplicitAppUserModelID")
	if p.Find() != nil {
		return
	}
	if name, err := windows.UTF16PtrFromString(id); err == nil {
		p.Call(uintptr(unsafe.Pointer(name)))
	}
}
