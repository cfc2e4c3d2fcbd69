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
