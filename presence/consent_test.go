package presence

import (
	"strings"
	"testing"
)

// fakeStore is a registry tree: values by key and name.
type fakeStore map[string]map[string]uint64

func (f fakeStore) subkeys(key string) []string {
	seen := map[string]bool{}
	var out []string
	for k := range f {
		if rest, ok := strings.CutPrefix(k, key+`\`); ok {
			name, _, _ := strings.Cut(rest, `\`)
			if !seen[name] {
				seen[name] = true
				out = append(out, name)
			}
		}
	}
	return out
}

func (f fakeStore) qword(key, name string) (uint64, bool) {
	v, ok := f[key][name]
	return v, ok
}

func app(capability, name string, start, stop uint64) fakeStore {
	return fakeStore{consentRoot + `\` + capability + `\` + name: {"LastUsedTimeStart": start, "LastUsedTimeStop": stop}}
}

func (f fakeStore) and(g fakeStore) fakeStore {
	for k, v := range g {
		f[k] = v
	}
	return f
}

// The camera or microphone is in use while an app that started using it
// has not stopped; Windows Hello's camera is not a call.
func TestTheConsentStoreSaysWhenADeviceIsInUse(t *testing.T) {
	for _, c := range []struct {
		name       string
		store      fakeStore
		capability string
		want       bool
	}{
		{"nothing recorded", fakeStore{}, "webcam", false},
		{"a packaged app that stopped", app("webcam", "Microsoft.WindowsCamera_8wekyb3d8bbwe", 133000000000000000, 133000000100000000), "webcam", false},
		{"a packaged app using the camera", app("webcam", "Microsoft.WindowsCamera_8wekyb3d8bbwe", 133000000000000000, 0), "webcam", true},
		{"a program using the microphone", app("microphone", `NonPackaged\C:#Program Files#Zoom#bin#Zoom.exe`, 133000000000000000, 0), "microphone", true},
		{"the microphone in use, asked about the camera", app("microphone", `NonPackaged\C:#x#Teams.exe`, 1, 0), "webcam", false},
		{"never used (start 0)", app("webcam", `NonPackaged\C:#x#app.exe`, 0, 0), "webcam", false},
		{"Windows Hello's face sign-in", app("webcam", `NonPackaged\C:#Windows#System32#svchost.exe`, 1, 0), "webcam", false},
		{"the sign-in screen", app("webcam", `NonPackaged\C:#Windows#System32#LogonUI.exe`, 1, 0), "webcam", false},
		{"Hello, and a call beside it", app("webcam", `NonPackaged\C:#Windows#System32#svchost.exe`, 1, 0).and(app("webcam", `NonPackaged\C:#x#obs64.exe`, 1, 0)), "webcam", true},
		{"a stop time missing", fakeStore{consentRoot + `\webcam\App`: {"LastUsedTimeStart": 1}}, "webcam", false},
	} {
		if got := inUse(c.store, c.capability); got != c.want {
			t.Errorf("%s: in use %v, want %v", c.name, got, c.want)
		}
	}
}
