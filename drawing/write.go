package drawing

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// FileName is the name of keyframe n (from 1) of an exercise.
func FileName(id string, n int) string { return fmt.Sprintf("%s-%d.svg", id, n) }

// TraySizes are the sizes the tray badges are rendered at.
var TraySizes = []int{16, 22, 24, 32, 48}

// TrayStates are the tray badges, by state name.
var TrayStates = map[string]string{"running": Running, "due": DueInk, "paused": Paused}

// Files is every file the drawing writes under assets/, by path.
func Files() (map[string][]byte, error) {
	files := map[string][]byte{}
	for id, scenes := range Keyframes {
		for i, s := range scenes {
			files[filepath.Join("exercises", FileName(id, i+1))] = []byte(s.SVG())
		}
	}
	files[filepath.Join("icons", "app.svg")] = []byte(AppIcon())
	app, err := PNG(AppIcon(), 512)
	if err != nil {
		return nil, err
	}
	files[filepath.Join("icons", "app.png")] = app
	small, err := PNG(AppIcon(), 64)
	if err != nil {
		return nil, err
	}
	files[filepath.Join("icons", "app-64.png")] = small
	for state, badge := range TrayStates {
		svg := TrayIcon(badge)
		files[filepath.Join("icons", "tray-"+state+".svg")] = []byte(svg)
		for _, size := range TraySizes {
			b, err := PNG(svg, size)
			if err != nil {
				return nil, err
			}
			files[filepath.Join("icons", fmt.Sprintf("tray-%s-%d.png", state, size))] = b
		}
	}
	return files, nil
}

// WriteAll writes every file into the assets folder dir, and removes
// keyframes that no scene makes any more.
func WriteAll(dir string) error {
	files, err := Files()
	if err != nil {
		return err
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, files[name], 0o644); err != nil {
			return err
		}
	}
	old, _ := filepath.Glob(filepath.Join(dir, "exercises", "*.svg"))
	for _, f := range old {
		if rel, _ := filepath.Rel(dir, f); files[rel] == nil {
			os.Remove(f)
		}
	}
	return nil
}
