package breakwindow

import (
	"fyne.io/fyne/v2"
)

// pictureShare is the part of the window's width the picture takes: the
// picture is what the user glances at.
const pictureShare = 0.45

// minPicture is the picture's smallest side, at the window's minimum size.
const minPicture = 240

// split puts the picture column on the left, taking pictureShare of the
// width, and the text on the right. The picture gives way to the text's
// smallest width, down to minPicture.
type split struct{ gap float32 }

func (s split) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	left, right := objects[0], objects[1]
	w := max(min(size.Width*pictureShare, size.Width-s.gap-right.MinSize().Width), minPicture)
	left.Move(fyne.NewPos(0, 0))
	left.Resize(fyne.NewSize(w, size.Height))
	right.Move(fyne.NewPos(w+s.gap, 0))
	right.Resize(fyne.NewSize(size.Width-w-s.gap, size.Height))
}

func (s split) MinSize(objects []fyne.CanvasObject) fyne.Size {
	l, r := objects[0].MinSize(), objects[1].MinSize()
	return fyne.NewSize(max(l.Width, minPicture)+s.gap+r.Width, max(l.Height, r.Height))
}

// squareAbove lays out a picture as the largest square that fits above a
// caption, centred, with the caption under it.
type squareAbove struct{}

func (squareAbove) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	picture, caption := objects[0], objects[1]
	ch := caption.MinSize().Height
	side := max(min(size.Width, size.Height-ch), 0)
	picture.Move(fyne.NewPos((size.Width-side)/2, 0))
	picture.Resize(fyne.NewSize(side, side))
	caption.Move(fyne.NewPos(0, side))
	caption.Resize(fyne.NewSize(size.Width, ch))
}

func (squareAbove) MinSize(objects []fyne.CanvasObject) fyne.Size {
	ch := objects[1].MinSize()
	return fyne.NewSize(max(minPicture, ch.Width), minPicture+ch.Height)
}

// slim lays out a bar at a fixed height, centred in the space it gets.
type slim struct{ height float32 }

func (s slim) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, (size.Height-s.height)/2))
		o.Resize(fyne.NewSize(size.Width, s.height))
	}
}

func (s slim) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(0, s.height) }

// middle lays out one wrapped text at the full width, as tall as it needs
// at that width, centred top to bottom in the space it gets.
type middle struct{}

func (middle) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Resize(fyne.NewSize(size.Width, o.Size().Height))
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, (size.Height-h)/2))
		o.Resize(fyne.NewSize(size.Width, h))
	}
}

func (middle) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var min fyne.Size
	for _, o := range objects {
		min = min.Max(o.MinSize())
	}
	return min
}
