// Command sheet renders every exercise keyframe into one contact sheet, the
// way the app renders them (raster.Draw): a row for each exercise, in the
// catalogue's order and labelled with its id, every keyframe at 240 px and
// again at 120 px, on a light background and on a dark one.
//
//	go run ./drawing/cmd/sheet                 # writes docs/exercises.png
//	go run ./drawing/cmd/sheet -only cat-cow -out /tmp/cat-cow.png
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
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

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
	flag.Parse()
	var ids []string
	for _, e := range exercises.Catalogue() {
		ids = append(ids, e.ID)
	}
	if *only != "" {
		ids = strings.Split(*only, ",")
	}
	sheet, err := render(ids)
	if err != nil {
		log.Fatal(err)
	}
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	if err := png.Encode(f, sheet); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
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
