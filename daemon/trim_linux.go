//go:build linux && !notrim

package daemon

import (
	"bufio"
	"io"
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
// Start-up runs the package initialisation of every library in the
// program, and seeing a window through runs code the idle loop never
// does; on kernels that cache program files in large folios each touch
// maps a whole folio, and the daemon then shows much of its program as
// resident though its loop runs a sliver of it. The mappings are marked
// not to be mapped in huge pages and unmapped; their pages stay in the
// page cache, and what the loop needs faults back in as ordinary minor
// faults. docs/ARCHITECTURE.md has what it saves, measured with make
// bench: still over 2 MB of a 9 MB RSS once the windows are a program of
// their own.
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
	for _, m := range programMappings(f, exe) {
		if _, _, errno := unix.Syscall(unix.SYS_MADVISE, m.lo, m.hi-m.lo, unix.MADV_NOHUGEPAGE); errno != 0 {
			log.Printf("could not trim start-up memory: %v", errno)
			return
		}
		unix.Syscall(unix.SYS_MADVISE, m.lo, m.hi-m.lo, unix.MADV_DONTNEED)
	}
}

// mapping is one range of the address space, from smaps.
type mapping struct {
	lo, hi  uintptr
	program bool // read-only or executable, from the program file
	private bool // holds anonymous (copied-on-write) pages
}

// programMappings are the mappings of exe's code and read-only data that
// hold nothing of their own, as /proc/self/smaps lists them.
func programMappings(smaps io.Reader, exe string) []mapping {
	var all []mapping
	for s := bufio.NewScanner(smaps); s.Scan(); {
		fields := strings.Fields(s.Text())
		if m, ok := header(fields, exe); ok {
			all = append(all, m)
		} else if len(all) > 0 && len(fields) > 1 && fields[0] == "Anonymous:" && fields[1] != "0" {
			all[len(all)-1].private = true
		}
	}
	var out []mapping
	for _, m := range all {
		if m.program && !m.private {
			out = append(out, m)
		}
	}
	return out
}

// header reads a mapping's first line in smaps: "lo-hi perms offset dev
// inode [path]".
func header(fields []string, exe string) (mapping, bool) {
	if len(fields) < 5 || len(fields[1]) != 4 {
		return mapping{}, false
	}
	lo, hi, ok := strings.Cut(fields[0], "-")
	from, err1 := strconv.ParseUint(lo, 16, 64)
	to, err2 := strconv.ParseUint(hi, 16, 64)
	if !ok || err1 != nil || err2 != nil || to <= from {
		return mapping{}, false
	}
	perms := fields[1]
	program := mappedFile(fields) == exe && (perms == "r-xp" || perms == "r--p")
	return mapping{lo: uintptr(from), hi: uintptr(to), program: program}, true
}

// mappedFile is the file a mapping's header names: the rest of the line,
// which may hold spaces, without the " (deleted)" the kernel adds once the
// file has been replaced (as an upgrade does to a running program).
func mappedFile(fields []string) string {
	if len(fields) < 6 {
		return ""
	}
	return strings.TrimSuffix(strings.Join(fields[5:], " "), " (deleted)")
}
