package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/compare"
)

// overviewMark is one claim in an overview strip: where it lies in the
// document, as fractions of the document's characters, and its relation.
type overviewMark struct {
	top, bottom float32
	rel         compare.Relation
}

// overview is a narrow strip beside a pane that shows the relations along the
// whole document and the part in view; tapping it jumps there.
type overview struct {
	widget.BaseWidget
	marks            []overviewMark
	viewTop, viewBot float32 // the visible part, as fractions
	onJump           func(fraction float32)
}

func newOverview(onJump func(fraction float32)) *overview {
	o := &overview{onJump: onJump, viewBot: 1}
	o.ExtendBaseWidget(o)
	return o
}

// overviewResolution is the number of slots the strip's height is divided
// into; neighbouring marks of one relation within a slot are drawn as one
// rectangle, so a document of thousands of claims costs a few hundred
// canvas objects.
const overviewResolution = 400

// setMarks shows marks given in document order.
func (o *overview) setMarks(m []overviewMark) {
	o.marks = mergeMarks(m)
	o.Refresh()
}

// mergeMarks reduces marks given in document order to at most one per slot
// of the strip: where claims of several relations share a slot, the most
// telling one (contradiction, then difference, agreement, possible
// counterpart, omission) is kept, and runs of one relation become one
// rectangle.
func mergeMarks(m []overviewMark) []overviewMark {
	var out []overviewMark
	slotOf := func(f float32) int { return int(f * overviewResolution) }
	for _, x := range m {
		n := len(out) - 1
		switch {
		case n >= 0 && out[n].rel == x.rel && slotOf(x.top) <= slotOf(out[n].bottom)+1:
			out[n].bottom = max(out[n].bottom, x.bottom)
		case n >= 0 && slotOf(x.top) == slotOf(out[n].top):
			if weight(x.rel) > weight(out[n].rel) {
				out[n].rel = x.rel
			}
			out[n].bottom = max(out[n].bottom, x.bottom)
		default:
			out = append(out, x)
		}
	}
	return out
}

// weight orders relations by how much the reader wants to find them.
func weight(r compare.Relation) int {
	switch r {
	case compare.Contradict:
		return 4
	case compare.Differ:
		return 3
	case compare.Agree:
		return 2
	case suggested:
		return 1
	}
	return 0
}

func (o *overview) setView(top, bottom float32) {
	if top == o.viewTop && bottom == o.viewBot {
		return
	}
	o.viewTop, o.viewBot = top, bottom
	o.Refresh()
}

// Tapped jumps to the place of the text at the tapped height, as a
// fraction of the strip.
func (o *overview) Tapped(ev *fyne.PointEvent) {
	if o.onJump == nil || o.Size().Height <= 0 {
		return
	}
	o.onJump(min(max(ev.Position.Y/o.Size().Height, 0), 1))
}

// MinSize is a narrow strip.
func (o *overview) MinSize() fyne.Size { return fyne.NewSize(theme.Padding()*3, 40) }

// CreateRenderer draws the strip.
func (o *overview) CreateRenderer() fyne.WidgetRenderer {
	return &overviewRenderer{o: o, bg: canvas.NewRectangle(color.Transparent), view: canvas.NewRectangle(color.Transparent)}
}

type overviewRenderer struct {
	o     *overview
	bg    *canvas.Rectangle
	view  *canvas.Rectangle
	marks []*canvas.Rectangle
	objs  []fyne.CanvasObject
}

func (r *overviewRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	for i, m := range r.o.marks {
		if i >= len(r.marks) {
			break
		}
		h := max((m.bottom-m.top)*size.Height, 2)
		r.marks[i].Move(fyne.NewPos(1, m.top*size.Height))
		r.marks[i].Resize(fyne.NewSize(size.Width-2, h))
	}
	r.view.Move(fyne.NewPos(0, r.o.viewTop*size.Height))
	r.view.Resize(fyne.NewSize(size.Width, max((r.o.viewBot-r.o.viewTop)*size.Height, 4)))
}

func (r *overviewRenderer) MinSize() fyne.Size { return r.o.MinSize() }

func (r *overviewRenderer) Refresh() {
	col := func(n fyne.ThemeColorName) color.Color { return theme.ColorForWidget(n, r.o) }
	r.bg.FillColor = col(theme.ColorNameInputBackground)
	r.view.FillColor = color.Transparent
	r.view.StrokeColor = col(ColorCurrent)
	r.view.StrokeWidth = 1.5
	for len(r.marks) < len(r.o.marks) {
		r.marks = append(r.marks, canvas.NewRectangle(color.Transparent))
	}
	r.marks = r.marks[:len(r.o.marks)]
	r.objs = append(r.objs[:0], r.bg)
	for i, m := range r.o.marks {
		r.marks[i].FillColor = col(looks[m.rel].color)
		if m.rel == compare.Contradict {
			// Contradictions are the darkest marks, so they read in greyscale.
			r.marks[i].StrokeColor = col(theme.ColorNameForeground)
			r.marks[i].StrokeWidth = 1
		} else {
			r.marks[i].StrokeWidth = 0
		}
		r.objs = append(r.objs, r.marks[i])
	}
	r.objs = append(r.objs, r.view)
	r.Layout(r.o.Size())
	canvas.Refresh(r.o)
}

func (r *overviewRenderer) Objects() []fyne.CanvasObject { return r.objs }

func (r *overviewRenderer) Destroy() {}
