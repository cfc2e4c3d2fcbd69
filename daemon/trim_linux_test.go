//go:build linux && !notrim

package daemon

import (
	"os"
	"strings"
	"testing"
)

var written = []int{1, 2, 3} // lives in a written segment, which trimming must leave alone

// vmFlags gives the VmFlags of each mapping of the test binary, by its
// permissions.
func vmFlags(t *testing.T) map[string]string {
	t.Helper()
	exe, _ := os.Executable()
	b, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Fatal(err)
	}
	flags, perms := map[string]string{}, ""
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 6 && f[5] == exe {
			perms = f[1]
		} else if len(f) == 6 && strings.Contains(f[0], "-") {
			perms = ""
		}
		if perms != "" && strings.HasPrefix(line, "VmFlags:") {
			flags[perms] += line
		}
	}
	return flags
}

func TestTrimmingLetsGoOfCodeAndKeepsData(t *testing.T) {
	written[1] = 20
	trimCode()
	if written[0] != 1 || written[1] != 20 || written[2] != 3 {
		t.Fatalf("written data changed: %v", written)
	}
	flags := vmFlags(t)
	if !strings.Contains(flags["r-xp"], " nh") {
		t.Fatalf("code is still open to huge pages: %q", flags["r-xp"])
	}
	if strings.Contains(flags["rw-p"], " nh") {
		t.Fatalf("the written segment was touched: %q", flags["rw-p"])
	}
}

func TestOnlyTheProgramsOwnUnwrittenMappingsAreTrimmed(t *testing.T) {
	smaps := `00400000-00800000 r-xp 00000000 fd:01 42 /usr/bin/posturebreak
Size:               4096 kB
Anonymous:             0 kB
00800000-00900000 r--p 00400000 fd:01 42 /usr/bin/posturebreak
Anonymous:             0 kB
00900000-00901000 r--p 00500000 fd:01 42 /usr/bin/posturebreak
Anonymous:             4 kB
00901000-00a00000 rw-p 00501000 fd:01 42 /usr/bin/posturebreak
Anonymous:            12 kB
7f0000000000-7f0000100000 r-xp 00000000 fd:01 7 /usr/lib/libc.so.6
Anonymous:             0 kB
7f0000200000-7f0000300000 rw-p 00000000 00:00 0
Anonymous:           512 kB
`
	got := programMappings(strings.NewReader(smaps), "/usr/bin/posturebreak")
	want := []mapping{{0x400000, 0x800000, true, false}, {0x800000, 0x900000, true, false}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("trims %+v, want %+v", got, want)
	}
}

// A program whose path has a space, or that was replaced on disk while it
// runs, is still known in smaps.
func TestTheProgramIsFoundUnderAnyName(t *testing.T) {
	for _, exe := range []string{"/opt/Posture Break/posturebreak", "/usr/bin/posturebreak"} {
		for _, suffix := range []string{"", " (deleted)"} {
			smaps := "00400000-00800000 r-xp 00000000 fd:01 42 " + exe + suffix + "\nAnonymous:             0 kB\n"
			if got := programMappings(strings.NewReader(smaps), exe); len(got) != 1 {
				t.Errorf("%q: trims %+v", exe+suffix, got)
			}
		}
	}
}
