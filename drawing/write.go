package drawing

import (
	"os"
	"path/filepath"
	"sort"

	"posturebreak/assets"
	"posturebreak/raster"
)

// Files is every file the drawing writes under assets/, by its name there
// (package assets names them).
func Files() (map[string][]byte, error) {
	files := map[string][]byte{}
	for id, scenes := range Scenes() {
		for i, s := range scenes {
			files[assets.KeyframeFile(id, i+1)] = []byte(s.SVG())
			for j := i + 1; j < len(scenes); j++ { // the movement to every later keyframe
				for k := 1; k < assets.InBetweens; k++ {
					files[assets.TweenFile(id, i+1, j+1, k)] = []byte(Tween(s, scenes[j], float64(k)/assets.InBetweens).SVG())
				}
			}
		}
	}
	app := []byte(AppIcon())
	files[assets.AppIconSVG] = app
	if err := rendered(files, assets.AppIcon, app, 512); err != nil {
		return nil, err
	}
	for _, size := range assets.AppIconSizes { // AppIcon64 among them
		if err := rendered(files, assets.AppIconPNG(size), app, size); err != nil {
			return nil, err
		}
	}
	for _, badge := range assets.Badges {
		svg := []byte(TrayIcon(badgeColours[badge]))
		files[assets.TrayIconSVG(badge)] = svg
		for _, size := range assets.TraySizes {
			if err := rendered(files, assets.TrayIcon(badge, size), svg, size); err != nil {
				return nil, err
			}
		}
	}
	return files, nil
}

// rendered adds svg rendered as a size × size PNG to files, under name.
func rendered(files map[string][]byte, name string, svg []byte, size int) error {
	b, err := raster.PNG(svg, size)
	files[name] = b
	return err
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
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, files[name], 0o644); err != nil {
			return err
		}
	}
	old, _ := filepath.Glob(filepath.Join(dir, "exercises", "*.svg"))
	tweens, _ := filepath.Glob(filepath.Join(dir, "exercises", "tween", "*.svg"))
	old = append(old, tweens...)
	for _, f := range old {
		if rel, _ := filepath.Rel(dir, f); files[filepath.ToSlash(rel)] == nil {
			os.Remove(f)
		}
	}
	return nil
}
