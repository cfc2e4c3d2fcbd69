package presence

import (
	"path"
	"strings"
)

// consentStore is Windows's record of which apps use the camera and the
// microphone (HKCU and HKLM, under Software\Microsoft\Windows\
// CurrentVersion\CapabilityAccessManager\ConsentStore): a key per
// capability ("webcam", "microphone"), under it a key per packaged app,
// and under "NonPackaged" a key per program, each with LastUsedTimeStart
// and LastUsedTimeStop. While an app uses the device, its stop time is 0.
// The interface is the part of the registry the check reads, so that
// tests can hand it a tree of their own.
type consentStore interface {
	subkeys(key string) []string           // the names of a key's subkeys; none if it cannot be read
	qword(key, name string) (uint64, bool) // a QWORD value
}

// consentRoot is where the capabilities' keys are, in both hives.
const consentRoot = `Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore`

// notACall are the programs whose use of the camera is not a call:
// Windows Hello's face sign-in runs in the biometric service (svchost)
// and on the sign-in screen (LogonUI). NonPackaged keys name a program by
// its path, with # for each \.
var notACall = []string{"svchost.exe", "logonui.exe"}

// inUse says whether any app in store uses capability now.
func inUse(store consentStore, capability string) bool {
	key := consentRoot + `\` + capability
	for _, app := range store.subkeys(key) {
		if app == "NonPackaged" {
			for _, program := range store.subkeys(key + `\NonPackaged`) {
				if capability == "webcam" && ignored(program) {
					continue
				}
				if using(store, key+`\NonPackaged\`+program) {
					return true
				}
			}
			continue
		}
		if using(store, key+`\`+app) {
			return true
		}
	}
	return false
}

// using says whether the app of key uses its device: it started, and has
// not stopped.
func using(store consentStore, key string) bool {
	start, ok := store.qword(key, "LastUsedTimeStart")
	stop, stopped := store.qword(key, "LastUsedTimeStop")
	return ok && start != 0 && stopped && stop == 0
}

func ignored(program string) bool {
	name := strings.ToLower(path.Base(strings.ReplaceAll(program, "#", "/")))
	for _, n := range notACall {
		if name == n {
			return true
		}
	}
	return false
}
