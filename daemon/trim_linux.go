package daemon

import (
	"bufio"
	"log"
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// trimStartup lets go of the daemon's mappings of its own program file once
// it has started.
//
// Start-up runs the package initialisation of every library in the binary,
// the windows' included, and on kernels that cache program files in large
// folios each touch maps a whole folio: the daemon then showed nearly all
// of its 16 MB program as resident though its loop runs a sliver of it.
// The read-only segments are marked not to be mapped in huge pages and
// unmapped; the pages stay in the page cache (window processes, started
// from the same file, use them), and what the loop needs faults back in as
// ordinary minor faults. Measured on Linux 6.18: the code segment settles
// at about 3.5 MB instead of 7.8 MB. Written (copy-on-write) segments are
// never touched.
func trimStartup() {
	exe, err := os.Executable()
	if err != nil {
		return
	}
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return
	}
	defer f.Close()
	var ranges [][2]uintptr
	for s := bufio.NewScanner(f); s.Scan(); {
		fields := strings.Fields(s.Text())
		if len(fields) < 6 || fields[5] != exe || strings.Contains(fields[1], "w") {
			continue
		}
		bounds := strings.SplitN(fields[0], "-", 2)
		lo, err1 := strconv.ParseUint(bounds[0], 16, 64)
		hi, err2 := strconv.ParseUint(bounds[1], 16, 64)
		if err1 == nil && err2 == nil && hi > lo {
			ranges = append(ranges, [2]uintptr{uintptr(lo), uintptr(hi)})
		}
	}
	for _, r := range ranges {
		if _, _, errno := unix.Syscall(unix.SYS_MADVISE, r[0], r[1]-r[0], unix.MADV_NOHUGEPAGE); errno != 0 {
			log.Printf("could not trim start-up memory: %v", errno)
			return
		}
		unix.Syscall(unix.SYS_MADVISE, r[0], r[1]-r[0], unix.MADV_DONTNEED)
	}
}
