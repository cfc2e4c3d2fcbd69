package presence

import (
	"errors"
	"fmt"
	"runtime"
	"time"
	"unsafe"

	"golang.org/x/sys/windows"
)

var (
	user32   = windows.NewLazySystemDLL("user32.dll")
	kernel32 = windows.NewLazySystemDLL("kernel32.dll")

	procGetLastInputInfo               = user32.NewProc("GetLastInputInfo")
	procGetTickCount                   = kernel32.NewProc("GetTickCount")
	procSHQueryUserNotificationState   = windows.NewLazySystemDLL("shell32.dll").NewProc("SHQueryUserNotificationState")
	procWTSRegisterSessionNotification = windows.NewLazySystemDLL("wtsapi32.dll").NewProc("WTSRegisterSessionNotification")
	procNtQueryWnfStateData            = windows.NewLazySystemDLL("ntdll.dll").NewProc("NtQueryWnfStateData")
	procRegisterClassExW               = user32.NewProc("RegisterClassExW")
	procCreateWindowExW                = user32.NewProc("CreateWindowExW")
	procDefWindowProcW                 = user32.NewProc("DefWindowProcW")
	procGetMessageW                    = user32.NewProc("GetMessageW")
	procDispatchMessageW               = user32.NewProc("DispatchMessageW")
)

// lastInput is how long since the user's last keyboard or mouse input in
// this session.
func lastInput() (time.Duration, error) {
	info := struct{ size, time uint32 }{size: 8}
	if err := procGetLastInputInfo.Find(); err != nil {
		return 0, err
	}
	if ok, _, err := procGetLastInputInfo.Call(uintptr(unsafe.Pointer(&info))); ok == 0 {
		return 0, fmt.Errorf("GetLastInputInfo: %w", err)
	}
	now, _, _ := procGetTickCount.Call()
	return time.Duration(uint32(now)-info.time) * time.Millisecond, nil // the tick count wraps every 49.7 days; so does the difference
}

// userNotificationState is what Windows says of the user now.
func userNotificationState() (notificationState, error) {
	if err := procSHQueryUserNotificationState.Find(); err != nil {
		return 0, err
	}
	var state notificationState
	if hr, _, _ := procSHQueryUserNotificationState.Call(uintptr(unsafe.Pointer(&state))); hr != 0 {
		return 0, fmt.Errorf("SHQueryUserNotificationState: HRESULT %#x", hr)
	}
	return state, nil
}

// quietHoursProfile is WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED: the WNF
// state that holds Focus Assist's profile.
const quietHoursProfile uint64 = 0xd83063ea3bf1c75

// focusAssistProfile is Focus Assist's profile now (focusAssistOn).
func focusAssistProfile() (uint32, error) {
	if err := procNtQueryWnfStateData.Find(); err != nil {
		return 0, err
	}
	name := quietHoursProfile
	var stamp, profile uint32
	size := uint32(unsafe.Sizeof(profile))
	status, _, _ := procNtQueryWnfStateData.Call(uintptr(unsafe.Pointer(&name)), 0, 0,
		uintptr(unsafe.Pointer(&stamp)), uintptr(unsafe.Pointer(&profile)), uintptr(unsafe.Pointer(&size)))
	if status != 0 {
		return 0, fmt.Errorf("NtQueryWnfStateData: NTSTATUS %#x", status)
	}
	return profile, nil
}

// followSessionEvents registers a hidden window of its own for this
// session's events, and feeds their locks and unlocks to s, on a thread
// that runs the window's messages for the daemon's lifetime. It says
// whether Windows took the registration.
func followSessionEvents(s *Session) bool {
	registered := make(chan error, 1)
	go func() {
		runtime.LockOSThread() // a window's messages come to the thread that made it
		hwnd, err := hiddenWindow("PostureBreakSessionEvents", func(msg uint32, wParam uintptr) {
			if msg == wmWTSSessionChange {
				s.sessionChanged(wParam, time.Now())
			}
		})
		if err == nil {
			err = registerSessionEvents(hwnd)
		}
		registered <- err
		if err != nil {
			return
		}
		var m struct {
			hwnd    windows.Handle
			message uint32
			wParam  uintptr
			lParam  uintptr
			time    uint32
			pt      struct{ x, y int32 }
		}
		for {
			if r, _, _ := procGetMessageW.Call(uintptr(unsafe.Pointer(&m)), 0, 0, 0); int32(r) <= 0 {
				return
			}
			procDispatchMessageW.Call(uintptr(unsafe.Pointer(&m)))
		}
	}()
	return <-registered == nil
}

const wmWTSSessionChange = 0x02B1

// registerSessionEvents asks for this session's events at hwnd.
func registerSessionEvents(hwnd windows.Handle) error {
	if err := procWTSRegisterSessionNotification.Find(); err != nil {
		return err
	}
	const notifyForThisSession = 0
	if ok, _, err := procWTSRegisterSessionNotification.Call(uintptr(hwnd), notifyForThisSession); ok == 0 {
		return fmt.Errorf("WTSRegisterSessionNotification: %w", err)
	}
	return nil
}

// hiddenWindow makes a window that is never shown, of a class of its own,
// whose messages go to handle (and then to Windows's default).
func hiddenWindow(class string, handle func(msg uint32, wParam uintptr)) (windows.Handle, error) {
	name, err := windows.UTF16PtrFromString(class)
	if err != nil {
		return 0, err
	}
	proc := windows.NewCallback(func(hwnd windows.Handle, msg uint32, wParam, lParam uintptr) uintptr {
		handle(msg, wParam)
		r, _, _ := procDefWindowProcW.Call(uintptr(hwnd), uintptr(msg), wParam, lParam)
		return r
	})
	wc := struct {
		size                uint32
		style               uint32
		wndProc             uintptr
		clsExtra, wndExtra  int32
		instance, icon      windows.Handle
		cursor, background  windows.Handle
		menuName, className *uint16
		iconSmall           windows.Handle
	}{wndProc: proc, className: name}
	wc.size = uint32(unsafe.Sizeof(wc))
	if atom, _, err := procRegisterClassExW.Call(uintptr(unsafe.Pointer(&wc))); atom == 0 {
		return 0, fmt.Errorf("RegisterClassEx: %w", err)
	}
	hwnd, _, err := procCreateWindowExW.Call(0, uintptr(unsafe.Pointer(name)), uintptr(unsafe.Pointer(name)), 0, 0, 0, 0, 0, 0, 0, 0, 0)
	if hwnd == 0 {
		return 0, errors.Join(errors.New("CreateWindowEx failed"), err)
	}
	return windows.Handle(hwnd), nil
}
