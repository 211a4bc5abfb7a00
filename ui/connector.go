package ui

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// connector is the gutter between the two panes. When a pair is selected it
// draws a line from the left claim to its counterpart, with a bracket at each
// end spanning the claim's lines; an end outside the view points up or down
// at the gutter's edge. A possible counterpart is joined by a dashed line.
type connector struct {
	widget.BaseWidget
	visible            bool
	dashed             bool
	leftTop, leftBot   float32 // in the gutter's coordinates
	rightTop, rightBot float32
}

func newConnector() *connector {
	c := &connector{}
	c.ExtendBaseWidget(c)
	return c
}

func (c *connector) show(leftTop, leftBot, rightTop, rightBot float32, dashed bool) {
	c.visible, c.dashed = true, dashed
	c.leftTop, c.leftBot, c.rightTop, c.rightBot = leftTop, leftBot, rightTop, rightBot
	c.Refresh()
}

func (c *connector) hide() {
	if c.visible {
		c.visible = false
		c.Refresh()
	}
}

// MinSize is the gutter's width.
func (c *connector) MinSize() fyne.Size { return fyne.NewSize(theme.Padding()*6, 10) }

// CreateRenderer draws the line and brackets.
func (c *connector) CreateRenderer() fyne.WidgetRenderer {
	r := &connectorRenderer{c: c, line: canvas.NewLine(color.Transparent)}
	for i := range r.brackets {
		r.brackets[i] = canvas.NewRectangle(color.Transparent)
	}
	return r
}

// The dashes of a dashed connector: each is dashLength long and followed by
// a gap of dashGap.
const (
	dashLength = 5
	dashGap    = 4
)

type connectorRenderer struct {
	c        *connector
	line     *canvas.Line
	dashes   []*canvas.Line // those of the current line's length
	brackets [2]*canvas.Rectangle
}

func (r *connectorRenderer) Layout(size fyne.Size) {
	clamp := func(y float32) float32 { return min(max(y, 2), size.Height-2) }
	lt, lb := clamp(r.c.leftTop), clamp(r.c.leftBot)
	rt, rb := clamp(r.c.rightTop), clamp(r.c.rightBot)
	const w = 3
	r.brackets[0].Move(fyne.NewPos(0, lt))
	r.brackets[0].Resize(fyne.NewSize(w, max(lb-lt, 2)))
	r.brackets[1].Move(fyne.NewPos(size.Width-w, rt))
	r.brackets[1].Resize(fyne.NewSize(w, max(rb-rt, 2)))
	r.line.Position1 = fyne.NewPos(w, (lt+lb)/2)
	r.line.Position2 = fyne.NewPos(size.Width-w, (rt+rb)/2)
	d := r.line.Position2.Subtract(r.line.Position1)
	length := float32(math.Hypot(float64(d.X), float64(d.Y)))
	n := max(int(math.Ceil(float64(length/(dashLength+dashGap)))), 1)
	for len(r.dashes) < n {
		r.dashes = append(r.dashes, canvas.NewLine(r.line.StrokeColor))
	}
	r.dashes = r.dashes[:n]
	at := func(l float32) fyne.Position {
		f := min(l/max(length, 1), 1)
		return r.line.Position1.Add(fyne.NewPos(d.X*f, d.Y*f))
	}
	for i, dash := range r.dashes {
		start := float32(i) * (dashLength + dashGap)
		dash.Position1, dash.Position2 = at(start), at(start+dashLength)
		dash.StrokeColor, dash.StrokeWidth = r.line.StrokeColor, r.line.StrokeWidth
	}
}

func (r *connectorRenderer) MinSize() fyne.Size { return r.c.MinSize() }

func (r *connectorRenderer) Refresh() {
	col := theme.ColorForWidget(ColorConnector, r.c)
	r.line.StrokeColor = col
	r.line.StrokeWidth = 2.5
	for _, b := range r.brackets {
		b.FillColor = col
	}
	r.Layout(r.c.Size())
	canvas.Refresh(r.c)
}

func (r *connectorRenderer) Objects() []fyne.CanvasObject {
	if !r.c.visible {
		return nil
	}
	if r.c.dashed {
		objs := []fyne.CanvasObject{r.brackets[0], r.brackets[1]}
		for _, d := range r.dashes {
			objs = append(objs, d)
		}
		return objs
	}
	return []fyne.CanvasObject{r.line, r.brackets[0], r.brackets[1]}
}

func (r *connectorRenderer) Destroy() {}
