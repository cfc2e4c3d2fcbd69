// Command sheet renders every exercise keyframe into one contact sheet, the
// way the app renders them (raster.Draw): a row for each exercise, in the
// catalogue's order and labelled with its id, every keyframe at 240 px and
// again at 120 px, on a light background and on a dark one.
//
// With -frames it writes, instead, every keyframe on its own, with no text
// at all, for a reader who must not be told what they show:
// DIR/<id>/<n>-240.png and DIR/<id>/<n>-120.png, on plain white; and
// DIR/<id>/tween-<a>-<b>.png, the movement from keyframe a to keyframe b
// (every two keyframes, a < b) as a strip of every step at 120 px, the
// keyframes at either end.
//
//	go run ./drawing/cmd/sheet                 # writes docs/exercises.png
//	go run ./drawing/cmd/sheet -only cat-cow -out /tmp/cat-cow.png
//	go run ./drawing/cmd/sheet -frames /tmp/blind
package main

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"log"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"posturebreak/assets"
	"posturebreak/drawing"
	"posturebreak/exercises"
	"posturebreak/raster"
)

const (
	big, small = 240, 120
	gap        = 12 // between pictures
	margin     = 24 // around each panel
	label      = 34 // the height of a row's label
)

// The backgrounds of Fyne's light and dark themes.
var (
	light = color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF}
	dark  = color.NRGBA{0x17, 0x17, 0x18, 0xFF}
)

func main() {
	out := flag.String("out", "docs/exercises.png", "where to write the sheet")
	only := flag.String("only", "", "comma-separated exercise ids to show (default: all)")
	frames := flag.String("frames", "", "write each keyframe, and each movement's steps, as PNGs with no text into this folder, instead of the sheet")
	flag.Parse()
	var ids []string
	for _, e := range exercises.Catalogue() {
		ids = append(ids, e.ID)
	}
	if *only != "" {
		ids = strings.Split(*only, ",")
	}
	if *frames != "" {
		if err := writeFrames(*frames, ids); err != nil {
			log.Fatal(err)
		}
		return
	}
	sheet, err := render(ids)
	if err != nil {
		log.Fatal(err)
	}
	if err := save(*out, sheet); err != nil {
		log.Fatal(err)
	}
}

func save(name string, img image.Image) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// writeFrames writes every keyframe of the exercises ids into dir, at 240
// and 120 px on white, and a strip of the movement between every two
// keyframes at 120 px, all with no text.
func writeFrames(dir string, ids []string) error {
	all := drawing.Scenes()
	for _, id := range ids {
		scenes, ok := all[id]
		if !ok {
			return fmt.Errorf("no exercise %q", id)
		}
		if err := os.MkdirAll(filepath.Join(dir, id), 0o755); err != nil {
			return err
		}
		for i, s := range scenes {
			for _, size := range []int{big, small} {
				img := image.NewRGBA(image.Rect(0, 0, size, size))
				draw.Draw(img, img.Bounds(), image.NewUniform(light), image.Point{}, draw.Src)
				if err := paste(img, []byte(s.SVG()), size, 0, 0); err != nil {
					return fmt.Errorf("%s-%d: %v", id, i+1, err)
				}
				if err := save(filepath.Join(dir, id, fmt.Sprintf("%d-%d.png", i+1, size)), img); err != nil {
					return err
				}
			}
			for j := i + 1; j < len(scenes); j++ {
				if err := writeStrip(filepath.Join(dir, id, fmt.Sprintf("tween-%d-%d.png", i+1, j+1)), s, scenes[j]); err != nil {
					return fmt.Errorf("%s %d→%d: %v", id, i+1, j+1, err)
				}
			}
		}
	}
	return nil
}

// writeStrip writes the movement from keyframe a to b as a strip of every
// step at 120 px, the keyframes at either end.
func writeStrip(name string, a, b drawing.Scene) error {
	steps := assets.InBetweens + 1
	strip := image.NewRGBA(image.Rect(0, 0, steps*(small+gap)-gap, small))
	draw.Draw(strip, strip.Bounds(), image.NewUniform(light), image.Point{}, draw.Src)
	for k := 0; k < steps; k++ {
		svg := drawing.Tween(a, b, float64(k)/assets.InBetweens).SVG()
		switch k {
		case 0:
			svg = a.SVG()
		case assets.InBetweens:
			svg = b.SVG()
		}
		if err := paste(strip, []byte(svg), small, k*(small+gap), 0); err != nil {
			return fmt.Errorf("step %d: %v", k, err)
		}
	}
	return save(name, strip)
}

func render(ids []string) (*image.RGBA, error) {
	all := drawing.Scenes()
	most := 0
	for _, id := range ids {
		scenes, ok := all[id]
		if !ok {
			return nil, fmt.Errorf("no exercise %q", id)
		}
		most = max(most, len(scenes))
	}
	panel := 2*margin + most*(big+gap) + most*(small+gap) - gap
	row := label + big + margin
	sheet := image.NewRGBA(image.Rect(0, 0, 2*panel, margin+len(ids)*row))
	draw.Draw(sheet, image.Rect(0, 0, panel, sheet.Bounds().Dy()), image.NewUniform(light), image.Point{}, draw.Src)
	draw.Draw(sheet, image.Rect(panel, 0, 2*panel, sheet.Bounds().Dy()), image.NewUniform(dark), image.Point{}, draw.Src)
	face, err := labelFace()
	if err != nil {
		return nil, err
	}
	for r, id := range ids {
		scenes := all[id]
		top := margin + r*row
		for p, ink := range []color.Color{color.Black, color.White} {
			left := p*panel + margin
			text(sheet, face, ink, left, top+label-12, fmt.Sprintf("%s  (%d)", id, len(scenes)))
			for i, s := range scenes {
				svg := []byte(s.SVG())
				x := left + i*(big+gap)
				if err := paste(sheet, svg, big, x, top+label); err != nil {
					return nil, fmt.Errorf("%s-%d: %v", id, i+1, err)
				}
				x = left + most*(big+gap) + i*(small+gap)
				if err := paste(sheet, svg, small, x, top+label); err != nil {
					return nil, fmt.Errorf("%s-%d: %v", id, i+1, err)
				}
			}
		}
	}
	return sheet, nil
}

// paste renders a keyframe at size px and draws it over the sheet at x, y.
func paste(sheet *image.RGBA, svg []byte, size, x, y int) error {
	img, err := raster.Draw(svg, size, size, false)
	if err != nil {
		return err
	}
	draw.Draw(sheet, image.Rect(x, y, x+size, y+size), img, image.Point{}, draw.Over)
	return nil
}

func labelFace() (font.Face, error) {
	f, err := opentype.Parse(goregular.TTF)
	if err != nil {
		return nil, err
	}
	return opentype.NewFace(f, &opentype.FaceOptions{Size: 20, DPI: 72, Hinting: font.HintingFull})
}

func text(dst draw.Image, face font.Face, ink color.Color, x, y int, s string) {
	d := font.Drawer{Dst: dst, Src: image.NewUniform(ink), Face: face, Dot: fixed.P(x, y)}
	d.DrawString(s)
}
