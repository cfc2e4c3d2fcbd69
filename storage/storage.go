// Package storage owns where Posture Break keeps the user's files, and how
// they are written: atomically, so a crash or a full disk never leaves a
// half-written settings or state file behind.
package storage

import (
	"fmt"
	"os"
	"path/filepath"
)

// Dirs are the folders the app writes to.
type Dirs struct {
	Config string // settings the user chose
	Data   string // the history of breaks
	State  string // what the timer and rotation need to survive a restart
}

// SettingsFile is the settings file.
func (d Dirs) SettingsFile() string { return filepath.Join(d.Config, "settings.json") }

// HistoryFile is the history file.
func (d Dirs) HistoryFile() string { return filepath.Join(d.Data, "history.jsonl") }

// StateFile is the file that carries the timer and the rotation over a restart.
func (d Dirs) StateFile() string { return filepath.Join(d.State, "state.json") }

// WriteAtomic replaces path with data in one step: readers see the old file
// or the new one, never a mix. The folder is created if needed. If path is
// a symbolic link (a dotfile manager's, say), the file it points to is
// replaced and the link kept.
func WriteAtomic(path string, data []byte) error {
	if target, err := filepath.EvalSymlinks(path); err == nil {
		path = target
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	if d, err := os.Open(dir); err == nil { // make the rename itself durable
		d.Sync()
		d.Close()
	}
	return nil
}
