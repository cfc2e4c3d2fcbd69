package window

import (
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"posturebreak/advice"
	"posturebreak/translation"
)

// Page lays out a page of advice in the user's language: headings, paragraphs, strong paragraphs,
// and lists whose wrapped items hang under their first line, with room
// between each block and the next.
func Page(p advice.Page) fyne.CanvasObject {
	box := container.New(Column(theme.Padding()))
	for _, b := range p {
		box.Add(block(b))
	}
	return box
}

func block(b advice.Block) fyne.CanvasObject {
	switch b.Kind {
	case advice.Heading:
		return widget.NewRichText(&widget.TextSegment{Text: translation.L(b.Text, b.Data), Style: widget.RichTextStyleSubHeading})
	case advice.Strong:
		return wrapped(translation.L(b.Text, b.Data), fyne.TextStyle{Bold: true})
	case advice.List:
		list := container.New(column{gap: -theme.InnerPadding()}) // a list's items sit closer than paragraphs
		for _, item := range b.Items {
			list.Add(bullet(translation.L(item)))
		}
		return list
	}
	return wrapped(translation.L(b.Text, b.Data), fyne.TextStyle{})
}

// Caption is smaller, quieter text that wraps at words: a hint, or what a
// figure counts.
func Caption(text string) *widget.RichText {
	l := widget.NewRichText(&widget.TextSegment{Text: text, Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText}})
	l.Wrapping = fyne.TextWrapWord
	return l
}

// Under tucks o up under what comes before it, closer than the usual
// padding, and indented by indent.
func Under(o fyne.CanvasObject, indent float32) fyne.CanvasObject {
	return container.New(layout.NewCustomPaddedLayout(-2*theme.Padding(), theme.Padding(), indent, 0), o)
}

// Note is a paragraph of lesser weight, in the theme's quieter colour,
// that wraps at words.
func Note(text string) *widget.Label {
	l := wrapped(text, fyne.TextStyle{})
	l.Importance = widget.MediumImportance
	return l
}

// wrapped is a paragraph that wraps at words.
func wrapped(text string, style fyne.TextStyle) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, style)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// bullet is a list item: a bullet, and the item's text beside it, so a
// wrapped line starts under the first line's words, not under the bullet.
func bullet(text string) fyne.CanvasObject {
	mark := widget.NewLabel("•")
	return container.NewBorder(nil, nil, container.NewVBox(mark), nil, container.New(tight{}, wrapped(text, fyne.TextStyle{})))
}

// tight lays out one object, pulled left by the padding a label keeps on
// both sides, so the bullet sits close to its words.
type tight struct{}

func (tight) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pull := theme.InnerPadding()
	for _, o := range objects {
		o.Move(fyne.NewPos(-pull, 0))
		o.Resize(fyne.NewSize(size.Width+pull, size.Height))
	}
}

func (tight) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var min fyne.Size
	for _, o := range objects {
		min = min.Max(o.MinSize())
	}
	return fyne.NewSize(max(min.Width-theme.InnerPadding(), 0), min.Height)
}

// Column stacks the objects that are shown top to bottom, gap apart, each
// at the full width and as tall as it needs at that width. A wrapped
// label needs more lines the narrower it is, so each is given its width
// before it is asked its height: laid out once, the column is as tall as
// its text, with no gap left by a line it only needed while narrower.
func Column(gap float32) fyne.Layout { return column{gap} }

type column struct{ gap float32 }

func (c column) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range shown(objects) {
		o.Resize(fyne.NewSize(size.Width, o.Size().Height))
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + c.gap
	}
}

func (c column) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for i, o := range shown(objects) {
		m := o.MinSize()
		w = max(w, m.Width)
		h += m.Height
		if i > 0 {
			h += c.gap
		}
	}
	return fyne.NewSize(w, h)
}

func shown(objects []fyne.CanvasObject) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, o := range objects {
		if o.Visible() {
			out = append(out, o)
		}
	}
	return out
}

// Capital is s with its first letter in capitals, for a phrase that starts
// a line.
func Capital(s string) string {
	if s == "" {
		return s
	}
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}
