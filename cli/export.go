package cli

import (
	"encoding/json"
	"fmt"
	"io"

	"posturebreak/history"
	"posturebreak/storage"
)

// exportHistory writes every record of the history to stdout, as CSV or as
// a JSON array. It only reads the file, so it works with no daemon
// running; lines it cannot read are left out and counted on stderr.
func exportHistory(format string, stdout, stderr io.Writer) int {
	dirs, err := storage.UserDirs()
	if err != nil {
		fmt.Fprintf(stderr, "posturebreak: cannot find your home folder: %v\n", err)
		return 1
	}
	records, unreadable, err := history.Read(dirs.HistoryFile())
	if err != nil {
		fmt.Fprintf(stderr, "posturebreak: cannot read the history of breaks: %v\n", err)
		return 1
	}
	if unreadable > 0 {
		fmt.Fprintf(stderr, "posturebreak: %d line(s) of the history could not be read and are left out\n", unreadable)
	}
	if format == "--json" {
		return writeJSON(records, stdout, stderr)
	}
	return writeCSV(records, stdout, stderr)
}

func writeCSV(records []history.Record, stdout, stderr io.Writer) int {
	return reportWrite(history.WriteCSV(stdout, records), stderr)
}

func writeJSON(records []history.Record, stdout, stderr io.Writer) int {
	if records == nil {
		records = []history.Record{}
	}
	b, _ := json.MarshalIndent(records, "", "  ") // cannot fail: plain values
	_, err := fmt.Fprintln(stdout, string(b))
	return reportWrite(err, stderr)
}

func reportWrite(err error, stderr io.Writer) int {
	if err != nil {
		fmt.Fprintf(stderr, "posturebreak: cannot write the history: %v\n", err)
		return 1
	}
	return 0
}
