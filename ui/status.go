package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-reader/parley/compare"
)

// statusBar is the line under the details strip: the legend of the marks,
// what the reader last did or what went wrong, and a progress bar while
// Parley works.
type statusBar struct {
	legend   *legend
	text     *widget.Label
	progress *widget.ProgressBarInfinite
}

func newStatusBar() *statusBar {
	s := &statusBar{legend: newLegend(), text: widget.NewLabel(""), progress: widget.NewProgressBarInfinite()}
	s.progress.Hide()
	s.text.Alignment = fyne.TextAlignTrailing
	s.text.Truncation = fyne.TextTruncateEllipsis // a long message never widens the window
	return s
}

// say shows a message.
func (s *statusBar) say(msg string) { s.text.SetText(msg) }

// working shows a message with the progress bar running; "" stops it.
func (s *statusBar) working(msg string) {
	s.text.SetText(msg)
	if msg == "" {
		s.progress.Stop()
		s.progress.Hide()
		return
	}
	s.progress.Show()
	s.progress.Start()
}

// legend explains the marks: "≠ contradiction  ≈ difference  = agreement
// ? possible counterpart  ∅ not addressed"; its swatches follow the theme.
type legend struct {
	swatches map[compare.Relation]*canvas.Rectangle
	content  *fyne.Container
}

func newLegend() *legend {
	l := &legend{swatches: map[compare.Relation]*canvas.Rectangle{}}
	var items []fyne.CanvasObject
	for _, rel := range legendOrder {
		lk := looks[rel]
		swatch := canvas.NewRectangle(theme.Color(lk.color))
		swatch.SetMinSize(fyne.NewSize(14, 14))
		swatch.StrokeWidth = 0.5
		l.swatches[rel] = swatch
		name := lk.name
		if rel == omitted {
			name = "Not addressed"
		}
		items = append(items, container.NewHBox(container.NewCenter(swatch), widget.NewLabel(lk.mark+" "+name)))
	}
	l.content = container.New(clipRow{}, items...)
	l.refresh()
	return l
}

// refresh recolours the swatches after a theme change.
func (l *legend) refresh() {
	for rel, sw := range l.swatches {
		sw.FillColor = theme.Color(looks[rel].color)
		sw.StrokeColor = theme.Color(theme.ColorNameForeground)
		sw.Refresh()
	}
}

// clipRow lays out its objects left to right at their minimum widths and
// hides those that do not fit, so a narrow window shows the first few and
// never grows to show them all. Its minimum width is that of its first
// object.
type clipRow struct{}

func (clipRow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	x := float32(0)
	for _, o := range objs {
		w := o.MinSize().Width
		if x+w > size.Width {
			o.Hide()
			continue
		}
		o.Show()
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + theme.Padding()
	}
}

func (clipRow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for i, o := range objs {
		m := o.MinSize()
		if i == 0 {
			s.Width = m.Width
		}
		s.Height = max(s.Height, m.Height)
	}
	return s
}

// wholeWidth is the width clipRow needs to show every object.
func (clipRow) wholeWidth(objs []fyne.CanvasObject) float32 {
	w := float32(0)
	for i, o := range objs {
		if i > 0 {
			w += theme.Padding()
		}
		w += o.MinSize().Width
	}
	return w
}

// statusLine lays out the legend and the message side by side: the legend
// as whole as room allows while leaving the message at least messageRoom.
type statusLine struct {
	legend *fyne.Container // laid out by clipRow
}

// messageRoom is the width the status message keeps beside the legend.
const messageRoom = 220

func (l statusLine) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	legendW := min(clipRow{}.wholeWidth(l.legend.Objects), max(size.Width-messageRoom, l.legend.MinSize().Width))
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(legendW, size.Height))
	objs[1].Move(fyne.NewPos(legendW, 0))
	objs[1].Resize(fyne.NewSize(max(size.Width-legendW, 0), size.Height))
}

func (l statusLine) MinSize(objs []fyne.CanvasObject) fyne.Size {
	a, b := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(a.Width+b.Width, max(a.Height, b.Height))
}
