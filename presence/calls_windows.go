package presence

import (
	"fmt"
	"runtime"
	"syscall"
	"unsafe"

	"golang.org/x/sys/windows"
	"golang.org/x/sys/windows/registry"
)

// systemCalls is the call check of this system: the camera from Windows's
// record of who uses it (the consent store, in both hives), a microphone
// from Core Audio's capture sessions, and from the consent store where
// Core Audio cannot be asked. The registry alone can lag on recent builds
// (HASS.Agent found it stale on 26220), which is why Core Audio comes
// first for the microphone.
func systemCalls() callCheck { return windowsCalls{} }

type windowsCalls struct{}

// InCall says whether the camera or a microphone is in use.
func (windowsCalls) InCall() bool {
	stores := []consentStore{hive{registry.CURRENT_USER}, hive{registry.LOCAL_MACHINE}}
	for _, s := range stores {
		if inUse(s, "webcam") {
			return true
		}
	}
	if active, err := capturing(); err == nil {
		return active
	}
	for _, s := range stores {
		if inUse(s, "microphone") {
			return true
		}
	}
	return false
}

// hive is one of the registry's hives, as the consent store reads it.
type hive struct{ root registry.Key }

func (h hive) subkeys(path string) []string {
	k, err := registry.OpenKey(h.root, path, registry.ENUMERATE_SUB_KEYS)
	if err != nil {
		return nil
	}
	defer k.Close()
	names, _ := k.ReadSubKeyNames(-1)
	return names
}

func (h hive) qword(path, name string) (uint64, bool) {
	k, err := registry.OpenKey(h.root, path, registry.QUERY_VALUE)
	if err != nil {
		return 0, false
	}
	defer k.Close()
	v, _, err := k.GetIntegerValue(name)
	return v, err == nil
}

var (
	ole32                = windows.NewLazySystemDLL("ole32.dll")
	procCoInitializeEx   = ole32.NewProc("CoInitializeEx")
	procCoUninitialize   = ole32.NewProc("CoUninitialize")
	procCoCreateInstance = ole32.NewProc("CoCreateInstance")

	clsidMMDeviceEnumerator  = windows.GUID{Data1: 0xBCDE0395, Data2: 0xE52F, Data3: 0x467C, Data4: [8]byte{0x8E, 0x3D, 0xC4, 0x57, 0x92, 0x91, 0x69, 0x2E}}
	iidIMMDeviceEnumerator   = windows.GUID{Data1: 0xA95664D2, Data2: 0x9614, Data3: 0x4F35, Data4: [8]byte{0xA7, 0x46, 0xDE, 0x8D, 0xB6, 0x36, 0x17, 0xE6}}
	iidIAudioSessionManager2 = windows.GUID{Data1: 0x77AA99A0, Data2: 0x1BD6, Data3: 0x484F, Data4: [8]byte{0x8B, 0xC7, 0x2C, 0x65, 0x4C, 0x9A, 0x9B, 0x6F}}
)

// capturing says whether any capture device (a microphone) has an audio
// session that is active, from Core Audio: IMMDeviceEnumerator's active
// capture endpoints, each one's IAudioSessionManager2, and the state of
// its sessions.
func capturing() (bool, error) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	const coinitMultithreaded, sFalse = 0, 1
	if hr, _, _ := procCoInitializeEx.Call(0, coinitMultithreaded); hr == 0 || hr == sFalse {
		defer procCoUninitialize.Call()
	}
	const clsctxAll = 0x17
	var enumerator unsafe.Pointer
	if hr, _, _ := procCoCreateInstance.Call(uintptr(unsafe.Pointer(&clsidMMDeviceEnumerator)), 0, clsctxAll,
		uintptr(unsafe.Pointer(&iidIMMDeviceEnumerator)), uintptr(unsafe.Pointer(&enumerator))); hr != 0 {
		return false, fmt.Errorf("no Core Audio: HRESULT %#x", hr)
	}
	defer release(enumerator)
	const eCapture, deviceStateActive = 1, 1
	var devices unsafe.Pointer
	if err := com(enumerator, 3, eCapture, deviceStateActive, uintptr(unsafe.Pointer(&devices))); err != nil { // EnumAudioEndpoints
		return false, err
	}
	defer release(devices)
	var n uint32
	if err := com(devices, 3, uintptr(unsafe.Pointer(&n))); err != nil { // GetCount
		return false, err
	}
	for i := range n {
		if active, err := deviceCapturing(devices, i); err == nil && active {
			return true, nil
		}
	}
	return false, nil
}

// deviceCapturing says whether device i of a collection has an active
// audio session.
func deviceCapturing(devices unsafe.Pointer, i uint32) (bool, error) {
	const clsctxAll = 0x17
	var device, manager, sessions unsafe.Pointer
	if err := com(devices, 4, uintptr(i), uintptr(unsafe.Pointer(&device))); err != nil { // Item
		return false, err
	}
	defer release(device)
	if err := com(device, 3, uintptr(unsafe.Pointer(&iidIAudioSessionManager2)), clsctxAll, 0, uintptr(unsafe.Pointer(&manager))); err != nil { // Activate
		return false, err
	}
	defer release(manager)
	if err := com(manager, 5, uintptr(unsafe.Pointer(&sessions))); err != nil { // GetSessionEnumerator
		return false, err
	}
	defer release(sessions)
	var count int32
	if err := com(sessions, 3, uintptr(unsafe.Pointer(&count))); err != nil { // GetCount
		return false, err
	}
	const audioSessionStateActive = 1
	for j := range count {
		var control unsafe.Pointer
		if err := com(sessions, 4, uintptr(j), uintptr(unsafe.Pointer(&control))); err != nil { // GetSession
			continue
		}
		var state int32
		err := com(control, 3, uintptr(unsafe.Pointer(&state))) // IAudioSessionControl.GetState
		release(control)
		if err == nil && state == audioSessionStateActive {
			return true, nil
		}
	}
	return false, nil
}

// com calls method m (its index in the interface's table) of the COM
// object obj, and turns a failed HRESULT into an error.
func com(obj unsafe.Pointer, m int, args ...uintptr) error {
	table := *(**[16]uintptr)(obj)
	hr, _, _ := syscall.SyscallN(table[m], append([]uintptr{uintptr(obj)}, args...)...)
	if int32(hr) < 0 {
		return fmt.Errorf("COM method %d: HRESULT %#x", m, uint32(hr))
	}
	return nil
}

// release lets a COM object go (IUnknown.Release).
func release(obj unsafe.Pointer) {
	if obj != nil {
		com(obj, 2)
	}
}
