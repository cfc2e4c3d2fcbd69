package daemon

import (
	"bufio"
	"log"
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// trimCode lets go of the daemon's mappings of its own program file (code
// and read-only data) after a burst of work: start-up, or seeing a break
// window through.
//
// Start-up runs the package initialisation of every library in the binary,
// the windows' included, and on kernels that cache program files in large
// folios each touch maps a whole folio: the daemon then showed nearly all
// of its 16 MB program as resident though its loop runs a sliver of it.
// The mappings are marked not to be mapped in huge pages and unmapped;
// their pages stay in the page cache (window processes, started from the
// same file, use them), and what the loop needs faults back in as ordinary
// minor faults. Measured on Linux 6.18, ten seconds after start-up: 2.5 MB
// of code and 6 MB of read-only data stay resident instead of 8 and 8.2.
//
// Only mappings that hold no private copies are touched: a page the
// dynamic loader wrote (relocations, made read-only afterwards) would be
// lost, and the program with it.
func trimCode() {
	exe, err := os.Executable()
	if err != nil {
		return
	}
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return
	}
	defer f.Close()
	type mapping struct {
		lo, hi   uintptr
		eligible bool
		private  bool
	}
	var all []mapping
	for s := bufio.NewScanner(f); s.Scan(); {
		line := s.Text()
		fields := strings.Fields(line)
		if len(fields) >= 5 && strings.Contains(fields[0], "-") && len(fields[1]) == 4 {
			m := mapping{eligible: len(fields) >= 6 && fields[5] == exe && (fields[1] == "r-xp" || fields[1] == "r--p")}
			bounds := strings.SplitN(fields[0], "-", 2)
			lo, err1 := strconv.ParseUint(bounds[0], 16, 64)
			hi, err2 := strconv.ParseUint(bounds[1], 16, 64)
			m.lo, m.hi = uintptr(lo), uintptr(hi)
			m.eligible = m.eligible && err1 == nil && err2 == nil && hi > lo
			all = append(all, m)
			continue
		}
		if len(all) > 0 && len(fields) > 1 && fields[0] == "Anonymous:" && fields[1] != "0" {
			all[len(all)-1].private = true
		}
	}
	for _, m := range all {
		if !m.eligible || m.private {
			continue
		}
		if _, _, errno := unix.Syscall(unix.SYS_MADVISE, m.lo, m.hi-m.lo, unix.MADV_NOHUGEPAGE); errno != 0 {
			log.Printf("could not trim start-up memory: %v", errno)
			return
		}
		unix.Syscall(unix.SYS_MADVISE, m.lo, m.hi-m.lo, unix.MADV_DONTNEED)
	}
}
