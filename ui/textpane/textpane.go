package textpane

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Layout proportions, as fractions of the text size.
const (
	lineSpacing   = 0.3 // extra height of a line over the font's line height
	paragraphGap  = 0.6 // extra space after a newline
	gutterWidth   = 2.6 // the left margin that holds marks
	viewMargin    = 3   // lines drawn beyond each edge of the viewport
	minTextWidthE = 6   // narrowest text column, in text sizes
)

// TextPane is a read-only widget that shows wrapped proportional text with
// styled spans, margin marks and a selection.
//
// It creates canvas objects only for the lines in its viewport. Put it in a
// Scroller (NewScroller), which keeps the viewport in step with scrolling; or
// put it in your own container.Scroll and call SetViewport from the scroll's
// OnScrolled and whenever the scroll is resized or moved by code. Without a
// viewport it draws the lines inside its own bounds.
//
// Create one with New; the zero value is not usable. All methods must be
// called on the Fyne goroutine (use fyne.Do from other goroutines).
type TextPane struct {
	widget.BaseWidget

	// OnTapped is called with the caret position nearest a primary tap.
	OnTapped func(offset int)
	// OnTappedSecondary is called with the caret position nearest a
	// secondary tap (right click) and the event, for a context menu.
	OnTappedSecondary func(offset int, ev *fyne.PointEvent)
	// OnSelectionChanged is called when the user changes the selection.
	OnSelectionChanged func(start, end int)
	// OnTypedKey receives the keys the pane does not use itself (anything
	// but arrows, Home and End), so the app can bind navigation keys.
	OnTypedKey func(ev *fyne.KeyEvent)
	// OnTypedRune receives typed characters; the pane is read-only.
	OnTypedRune func(r rune)
	// OnDraggedOut is called when a drag that began at offset from ends
	// outside the pane, at the absolute position to; the drag then selects
	// nothing.
	OnDraggedOut func(from int, to fyne.Position)

	model    *Model
	textSize float32 // 0: the theme's text size

	viewTop, viewHeight float32
	viewSet             bool

	focused, dragging, shift, shiftClick bool
	dragFrom                             int           // where the drag began
	dragTo                               fyne.Position // where it is, in absolute coordinates

	// metrics of the current layout
	metricsSize float32
	metricsFont fyne.Resource
	textHeight  float32
	baseline    float32

	rend          *renderer
	ensureVisible func(top, bottom float32) // set by a Scroller
}

var (
	_ fyne.Tappable          = (*TextPane)(nil)
	_ fyne.SecondaryTappable = (*TextPane)(nil)
	_ fyne.Draggable         = (*TextPane)(nil)
	_ fyne.Focusable         = (*TextPane)(nil)
	_ fyne.Shortcutable      = (*TextPane)(nil)
	_ desktop.Mouseable      = (*TextPane)(nil)
	_ desktop.Keyable        = (*TextPane)(nil)
)

// New returns an empty TextPane drawn at the theme's text size.
func New() *TextPane {
	p := &TextPane{model: NewModel()}
	p.ExtendBaseWidget(p)
	return p
}

// SetText replaces the text (NFC, positions count runes), drops the spans
// and clears the selection.
func (p *TextPane) SetText(s string) {
	p.model.SetText(s)
	p.relayout()
}

// Len returns the length of the pane's text in code points.
func (p *TextPane) Len() int { return len(p.model.Text()) }

// Text returns the pane's text.
func (p *TextPane) Text() string {
	return string(p.model.Text())
}

// SetSpans replaces the styled spans. Overlapping spans are drawn in order
// of Start, later over earlier; for text colour and underline the later span
// wins, and a rune is bold if any span covering it is.
func (p *TextPane) SetSpans(spans []Span) {
	if p.model.SetSpans(spans) {
		p.relayout()
		return
	}
	p.redraw(true)
}

// SetSelection selects the runes [start, end) without calling
// OnSelectionChanged.
func (p *TextPane) SetSelection(start, end int) {
	p.model.SetSelection(start, end)
	p.redraw(true)
}

// Selection returns the selected range, start <= end.
func (p *TextPane) Selection() (start, end int) {
	return p.model.Selection()
}

// SelectedText returns the selected text.
func (p *TextPane) SelectedText() string {
	return p.model.SelectedText()
}

// SetTextSize sets the text size in Fyne units; 0 follows the theme.
func (p *TextPane) SetTextSize(size float32) {
	p.textSize = size
	p.relayout()
}

// TextSize returns the text size in use.
func (p *TextPane) TextSize() float32 {
	if p.textSize > 0 {
		return p.textSize
	}
	return theme.SizeForWidget(theme.SizeNameText, p)
}

// SetViewport tells the pane which part of it is visible: from offsetY down
// for height, in the pane's coordinates (a container.Scroll's Offset.Y and
// Size().Height). Objects are created only for the lines there.
func (p *TextPane) SetViewport(offsetY, height float32) {
	if p.viewSet && offsetY == p.viewTop && height == p.viewHeight {
		return
	}
	p.viewTop, p.viewHeight, p.viewSet = offsetY, height, true
	p.redraw(false)
}

// LineTop returns the top, in the pane's coordinates, of the line that holds
// offset; scroll there to bring the offset into view.
func (p *TextPane) LineTop(offset int) float32 {
	p.ensureLayout()
	return p.model.PositionOf(offset).Y + p.padding()
}

// SpanRect returns the bounding box, in the pane's coordinates, of the runes
// [start, end), for drawing connectors; a zero size when nothing is laid out.
func (p *TextPane) SpanRect(start, end int) (fyne.Position, fyne.Size) {
	p.ensureLayout()
	rects := p.model.Rects(start, end)
	if len(rects) == 0 {
		return fyne.Position{}, fyne.Size{}
	}
	x0, y0 := float32(math.MaxFloat32), float32(math.MaxFloat32)
	var x1, y1 float32
	for _, r := range rects {
		x0 = min(x0, r.Position.X)
		y0 = min(y0, r.Position.Y)
		x1 = max(x1, r.Position.X+r.Size.Width)
		y1 = max(y1, r.Position.Y+r.Size.Height)
	}
	o := p.origin()
	return fyne.NewPos(x0+o.X, y0+o.Y), fyne.NewSize(x1-x0, y1-y0)
}

// OffsetAt returns the caret position nearest pos, in the pane's coordinates.
func (p *TextPane) OffsetAt(pos fyne.Position) int {
	p.ensureLayout()
	o := p.origin()
	return p.model.OffsetAt(pos.X-o.X, pos.Y-o.Y)
}

// MinSize returns a narrow width and the full height of the laid-out text.
func (p *TextPane) MinSize() fyne.Size {
	size := p.TextSize()
	w := size*(gutterWidth+minTextWidthE) + p.padding()
	if !p.model.laidOut {
		return fyne.NewSize(w, p.model.lineHeight+2*p.padding())
	}
	return fyne.NewSize(w, p.model.Height()+2*p.padding())
}

// CreateRenderer is a private method to Fyne which links this widget to its
// renderer.
func (p *TextPane) CreateRenderer() fyne.WidgetRenderer {
	p.ExtendBaseWidget(p)
	p.rend = &renderer{p: p, first: -1}
	return p.rend
}

// Tapped collapses the selection to the tapped position (or extends it with
// Shift) and calls OnTapped.
func (p *TextPane) Tapped(ev *fyne.PointEvent) {
	off := p.OffsetAt(ev.Position)
	p.requestFocus()
	if p.shiftClick {
		p.shiftClick = false
		p.setSelection(p.model.anchor, off)
	} else {
		p.setSelection(off, off)
	}
	if p.OnTapped != nil {
		p.OnTapped(off)
	}
}

// TappedSecondary calls OnTappedSecondary.
func (p *TextPane) TappedSecondary(ev *fyne.PointEvent) {
	if p.OnTappedSecondary != nil {
		p.OnTappedSecondary(p.OffsetAt(ev.Position), ev)
	}
}

// Dragged selects from where the drag started to where it is now.
func (p *TextPane) Dragged(ev *fyne.DragEvent) {
	if !p.dragging {
		p.dragging = true
		p.shiftClick = false
		start := p.OffsetAt(ev.Position.Subtract(ev.Dragged))
		p.model.SetSelection(start, start)
		p.dragFrom = start
	}
	p.dragTo = ev.AbsolutePosition
	p.setSelection(p.model.anchor, p.OffsetAt(ev.Position))
	p.showCaret()
}

// DragEnd ends a drag selection.
func (p *TextPane) DragEnd() {
	p.dragging = false
	if p.OnDraggedOut == nil {
		return
	}
	d := fyne.CurrentApp().Driver()
	if d.CanvasForObject(p) == nil {
		return
	}
	at := d.AbsolutePositionForObject(p)
	if in := p.dragTo.Subtract(at); in.X >= 0 && in.Y >= 0 && in.X < p.Size().Width && in.Y < p.Size().Height {
		return
	}
	p.setSelection(p.dragFrom, p.dragFrom)
	p.OnDraggedOut(p.dragFrom, p.dragTo)
}

// MouseDown takes the focus and notes a Shift-click, which extends the
// selection.
func (p *TextPane) MouseDown(ev *desktop.MouseEvent) {
	p.requestFocus()
	p.shiftClick = ev.Button == desktop.MouseButtonPrimary && ev.Modifier&fyne.KeyModifierShift != 0
}

// MouseUp is part of desktop.Mouseable.
func (p *TextPane) MouseUp(*desktop.MouseEvent) {}

// FocusGained shows the caret.
func (p *TextPane) FocusGained() {
	p.focused = true
	p.redraw(true)
}

// FocusLost hides the caret.
func (p *TextPane) FocusLost() {
	p.focused, p.shift = false, false
	p.redraw(true)
}

// TypedRune passes r to OnTypedRune.
func (p *TextPane) TypedRune(r rune) {
	if p.OnTypedRune != nil {
		p.OnTypedRune(r)
	}
}

// KeyDown tracks the Shift key for selection with the arrows.
func (p *TextPane) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		p.shift = true
	}
}

// KeyUp tracks the Shift key for selection with the arrows.
func (p *TextPane) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		p.shift = false
	}
}

var keyMoves = map[fyne.KeyName]Move{
	fyne.KeyLeft:  MoveLeft,
	fyne.KeyRight: MoveRight,
	fyne.KeyUp:    MoveUp,
	fyne.KeyDown:  MoveDown,
	fyne.KeyHome:  MoveLineStart,
	fyne.KeyEnd:   MoveLineEnd,
}

var ctrlKeyMoves = map[fyne.KeyName]Move{
	fyne.KeyLeft:  MoveWordLeft,
	fyne.KeyRight: MoveWordRight,
	fyne.KeyHome:  MoveDocStart,
	fyne.KeyEnd:   MoveDocEnd,
}

// TypedKey moves the caret with the arrows, Home and End (extending the
// selection while Shift is held) and passes other keys to OnTypedKey.
func (p *TextPane) TypedKey(ev *fyne.KeyEvent) {
	if mv, ok := keyMoves[ev.Name]; ok {
		p.move(mv, p.shift)
		return
	}
	if p.OnTypedKey != nil {
		p.OnTypedKey(ev)
	}
}

// TypedShortcut copies the selection (Ctrl+C), selects all (Ctrl+A) and moves
// by words or to the ends of the text with Ctrl (and Shift) and the arrows,
// Home and End. Other shortcuts go on to the window's canvas.
func (p *TextPane) TypedShortcut(s fyne.Shortcut) {
	switch s := s.(type) {
	case *fyne.ShortcutCopy:
		if text := p.model.SelectedText(); text != "" {
			clip := s.Clipboard
			if clip == nil {
				clip = fyne.CurrentApp().Clipboard()
			}
			clip.SetContent(text)
		}
		return
	case *fyne.ShortcutSelectAll:
		p.model.SelectAll()
		p.selectionChanged()
		return
	case *desktop.CustomShortcut:
		if s.Modifier&fyne.KeyModifierControl != 0 && s.Modifier&^(fyne.KeyModifierControl|fyne.KeyModifierShift) == 0 {
			if mv, ok := ctrlKeyMoves[s.KeyName]; ok {
				p.move(mv, s.Modifier&fyne.KeyModifierShift != 0)
				return
			}
		}
	}
	if c, ok := fyne.CurrentApp().Driver().CanvasForObject(p).(interface{ TypedShortcut(fyne.Shortcut) }); ok {
		c.TypedShortcut(s)
	}
}

func (p *TextPane) move(mv Move, extend bool) {
	p.ensureLayout()
	p.model.MoveCaret(mv, extend)
	p.selectionChanged()
	p.showCaret()
}

// setSelection sets the selection and reports a change.
func (p *TextPane) setSelection(anchor, caret int) {
	s0, e0 := p.model.Selection()
	p.model.SetSelection(anchor, caret)
	if s, e := p.model.Selection(); s == s0 && e == e0 {
		p.redraw(true) // the caret may still have moved
		return
	}
	p.selectionChanged()
}

func (p *TextPane) selectionChanged() {
	p.redraw(true)
	if p.OnSelectionChanged != nil {
		p.OnSelectionChanged(p.model.Selection())
	}
}

// showCaret asks a Scroller to bring the caret's line into view.
func (p *TextPane) showCaret() {
	if p.ensureVisible == nil {
		return
	}
	top := p.LineTop(p.model.Caret())
	p.ensureVisible(top, top+p.model.LineHeight())
}

func (p *TextPane) requestFocus() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(p); c != nil && c.Focused() != p {
		c.Focus(p)
	}
}

func (p *TextPane) padding() float32 {
	return theme.SizeForWidget(theme.SizeNamePadding, p)
}

// origin returns where layout coordinates start in the pane.
func (p *TextPane) origin() fyne.Position {
	return fyne.NewPos(p.TextSize()*gutterWidth, p.padding())
}

// updateMetrics measures the font when the text size or theme font changed
// and reports whether it did.
func (p *TextPane) updateMetrics() bool {
	size := p.TextSize()
	font := theme.CurrentForWidget(p).Font(fyne.TextStyle{})
	if size == p.metricsSize && font == p.metricsFont {
		return false
	}
	p.metricsSize, p.metricsFont = size, font
	drv := fyne.CurrentApp().Driver()
	sz, base := drv.RenderedTextSize("Ág", size, fyne.TextStyle{}, nil)
	p.textHeight, p.baseline = sz.Height, base
	measure := func(s string, bold bool) float32 {
		w, _ := drv.RenderedTextSize(s, size, fyne.TextStyle{Bold: bold}, nil)
		return w.Width
	}
	p.model.SetMetrics(measure, float32(math.Ceil(float64(sz.Height+size*lineSpacing))), size*paragraphGap)
	return true
}

// textWidth is the width available to the text at the pane's current size.
func (p *TextPane) textWidth() float32 {
	return p.Size().Width - p.origin().X - p.padding()
}

// ensureLayout brings the layout up to date with the metrics and width.
func (p *TextPane) ensureLayout() {
	p.updateMetrics()
	if w := p.textWidth(); w > 0 {
		p.model.Layout(w)
	}
}

// relayout lays the text out again and redraws; the height may change.
func (p *TextPane) relayout() {
	p.ensureLayout()
	p.redraw(true)
}

// redraw rebuilds the visible objects; without force only when the range of
// visible lines changed.
func (p *TextPane) redraw(force bool) {
	if p.rend != nil {
		p.rend.update(force)
	}
}

// viewport returns the visible part of the pane in its coordinates.
func (p *TextPane) viewport() (top, height float32) {
	if p.viewSet {
		return p.viewTop, p.viewHeight
	}
	return 0, p.Size().Height
}

type renderer struct {
	p       *TextPane
	objects []fyne.CanvasObject

	texts    []*canvas.Text
	rects    []*canvas.Rectangle
	patterns []*patternLine
	nText    int
	nRect    int
	nPattern int

	first, last int // lines drawn; first < 0 when none
	bounds      []int

	line Line       // the line being drawn
	xs   []measured // positions measured on it
}

// measured is a caret position and its distance from the start of its line.
type measured struct {
	offset int
	x      float32
}

func (r *renderer) Layout(fyne.Size) {
	r.p.ensureLayout()
	r.update(true)
}

func (r *renderer) MinSize() fyne.Size {
	return r.p.MinSize()
}

// Refresh re-measures the text if the theme's font or size changed, and redraws.
func (r *renderer) Refresh() {
	if r.p.updateMetrics() {
		r.p.ensureLayout()
	}
	r.update(true)
}

func (r *renderer) Objects() []fyne.CanvasObject {
	return r.objects
}

func (r *renderer) Destroy() {}

// update rebuilds the objects for the lines in the viewport.
func (r *renderer) update(force bool) {
	p, m := r.p, r.p.model
	if !m.laidOut || len(m.lines) == 0 {
		r.objects, r.first = r.objects[:0], -1
		return
	}
	top, height := p.viewport()
	o := p.origin()
	margin := viewMargin * m.lineHeight
	first := m.LineAt(top - o.Y - margin)
	last := m.LineAt(top - o.Y + height + margin)
	if !force && first == r.first && last == r.last {
		return
	}
	r.first, r.last = first, last
	r.objects = r.objects[:0]
	r.nText, r.nRect, r.nPattern = 0, 0, 0
	for i := first; i <= last; i++ {
		r.drawLine(i, o)
	}
	if p.focused {
		c := m.Caret()
		pos := m.PositionOf(c)
		r.rect(pos.X+o.X-1, pos.Y+o.Y, max(1, p.metricsSize/12), m.lineHeight, theme.ColorNamePrimary)
	}
	canvas.Refresh(p)
}

// drawLine adds the objects of line i, in painting order: backgrounds,
// selection, text, underlines, margin mark.
//
// Measuring is the costly part, so only span and run boundaries inside the
// line are measured (and remembered for the line): a plain line costs no
// measuring, and a background that goes on past the line's end reaches the
// right edge of the text column.
func (r *renderer) drawLine(i int, o fyne.Position) {
	p, m := r.p, r.p.model
	ln := m.lines[i]
	r.line, r.xs = ln, r.xs[:0]
	y := ln.Y + o.Y
	lh := m.lineHeight
	end := m.contentEnd(ln.Start, ln.End)
	spans := m.spans

	m.SpansIn(ln.Start, ln.End, func(k int) {
		if bg := spans[k].Style.Background; bg != "" {
			x0 := r.x(spans[k].Start)
			x1 := m.width
			if spans[k].End <= ln.End {
				x1 = r.x(spans[k].End)
			}
			r.rect(o.X+x0, y, x1-x0, lh, bg)
		}
	})
	if s, e := m.Selection(); s < e && s < ln.End && e > ln.Start {
		for _, rc := range m.Rects(max(s, ln.Start), min(e, ln.End)) {
			r.rect(o.X+rc.Position.X, y, rc.Size.Width, lh, theme.ColorNameSelection)
		}
	}

	// Text runs break where the weight or colour changes, and nowhere else,
	// so a right-to-left phrase stays in one object and is shaped whole.
	r.bounds = append(r.bounds[:0], ln.Start, end)
	m.SpansIn(ln.Start, end, func(k int) {
		st := spans[k].Style
		if st.Bold || st.Foreground != "" {
			r.bounds = append(r.bounds, max(spans[k].Start, ln.Start), min(spans[k].End, end))
		}
	})
	sortUnique(&r.bounds)
	ty := y + (lh-p.textHeight)/2
	for j := 0; j+1 < len(r.bounds); j++ {
		a, b := r.bounds[j], r.bounds[j+1]
		bold, fg := false, fyne.ThemeColorName(theme.ColorNameForeground)
		m.SpansIn(a, b, func(k int) {
			bold = bold || spans[k].Style.Bold
			if c := spans[k].Style.Foreground; c != "" {
				fg = c
			}
		})
		xa, xb := r.x(a), m.width
		if j+2 < len(r.bounds) {
			xb = r.x(b)
		}
		r.text(string(m.text[a:b]), o.X+xa, ty, xb-xa, fg, bold)
	}

	var marks []Style // the marks of the spans that begin on the line
	m.SpansIn(ln.Start, ln.End, func(k int) {
		st := spans[k].Style
		if st.Underline != UnderlineNone {
			x0 := r.x(spans[k].Start)
			x1 := r.x(min(spans[k].End, end))
			col := st.UnderlineColor
			if col == "" {
				col = st.Foreground
			}
			r.underline(st.Underline, st.HeavyUnderline, o.X+x0, ty+p.baseline, x1-x0, col)
		}
		if st.Mark != "" && spans[k].Start >= ln.Start && len(marks) < maxMarks {
			marks = append(marks, st)
		}
	})
	// Each mark is drawn apart, in its own colour, in the order of the
	// spans, so two claims on one line read as two marks ("≠ ∅"), not one.
	x := o.X - p.metricsSize*0.4
	for i := len(marks) - 1; i >= 0; i-- {
		w := m.measure(marks[i].Mark, true)
		x -= w
		r.text(marks[i].Mark, x, ty, w, marks[i].MarkColor, true)
		x -= p.metricsSize * 0.3
	}
}

// maxMarks is how many marks the margin shows for one line: a line where
// more spans begin shows the first ones.
const maxMarks = 2

// x returns the position of the caret before offset on the line being drawn.
func (r *renderer) x(offset int) float32 {
	if offset <= r.line.Start {
		return r.line.Indent
	}
	for _, e := range r.xs {
		if e.offset == offset {
			return e.x
		}
	}
	x := r.line.Indent + r.p.model.Width(r.line.Start, offset)
	r.xs = append(r.xs, measured{offset, x})
	return x
}

// underline draws a line of the given kind with its top at y.
func (r *renderer) underline(kind Underline, heavy bool, x, y, w float32, col fyne.ThemeColorName) {
	if w <= 0 {
		return
	}
	if col == "" {
		col = theme.ColorNameForeground
	}
	t := max(1, float32(math.Round(float64(r.p.metricsSize/14))))
	if heavy {
		t *= 2
	}
	y += t
	switch kind {
	case UnderlineSolid:
		r.rect(x, y, w, t, col)
	case UnderlineDouble:
		r.rect(x, y, w, t, col)
		r.rect(x, y+2*t, w, t, col)
	case UnderlineDashed, UnderlineDotted, UnderlineWavy:
		r.patterned(kind, x, y, w, t, col)
	}
}

// patternLine is a dashed, dotted or wavy underline drawn by a raster, so a
// long one is a single object, not one rectangle a dash.
type patternLine struct {
	raster *canvas.Raster
	kind   Underline
	color  color.NRGBA
	t      float32 // thickness
}

// waveSteps are the heights, in thicknesses, of the steps of a wave, each
// two thicknesses long.
var waveSteps = [4]int{0, 1, 2, 1}

func (l *patternLine) pixel(x, y, w, _ int) color.Color {
	scale := float32(1)
	if sw := l.raster.Size().Width; sw > 0 {
		scale = float32(w) / sw
	}
	t := max(1, int(l.t*scale+0.5)) // thickness in pixels
	var on bool
	switch l.kind {
	case UnderlineDashed: // 4 on, 2 off
		on = y < t && x%(6*t) < 4*t
	case UnderlineDotted:
		on = y < t && x%(2*t) < t
	case UnderlineWavy:
		on = y/t == waveSteps[x/(2*t)%len(waveSteps)]
	}
	if on {
		return l.color
	}
	return color.NRGBA{}
}

// patterned adds a patterned underline of thickness t at (x, y), w long.
func (r *renderer) patterned(kind Underline, x, y, w, t float32, col fyne.ThemeColorName) {
	if r.nPattern == len(r.patterns) {
		l := &patternLine{}
		l.raster = canvas.NewRasterWithPixels(l.pixel)
		r.patterns = append(r.patterns, l)
	}
	l := r.patterns[r.nPattern]
	r.nPattern++
	c := color.NRGBAModel.Convert(theme.ColorForWidget(col, r.p)).(color.NRGBA)
	if l.kind != kind || l.color != c || l.t != t {
		l.kind, l.color, l.t = kind, c, t
		canvas.Refresh(l.raster)
	}
	h := t
	if kind == UnderlineWavy {
		h = 3 * t
	}
	l.raster.Move(fyne.NewPos(x, y))
	l.raster.Resize(fyne.NewSize(w, h))
	r.objects = append(r.objects, l.raster)
}

func (r *renderer) rect(x, y, w, h float32, col fyne.ThemeColorName) {
	if w <= 0 || h <= 0 {
		return
	}
	if r.nRect == len(r.rects) {
		r.rects = append(r.rects, canvas.NewRectangle(color.Transparent))
	}
	rc := r.rects[r.nRect]
	r.nRect++
	rc.FillColor = theme.ColorForWidget(col, r.p)
	rc.Move(fyne.NewPos(x, y))
	rc.Resize(fyne.NewSize(w, h))
	r.objects = append(r.objects, rc)
}

func (r *renderer) text(s string, x, y, w float32, col fyne.ThemeColorName, bold bool) {
	if s == "" {
		return
	}
	if col == "" {
		col = theme.ColorNameForeground
	}
	if r.nText == len(r.texts) {
		r.texts = append(r.texts, canvas.NewText("", color.Transparent))
	}
	t := r.texts[r.nText]
	r.nText++
	t.Text = s
	t.Color = theme.ColorForWidget(col, r.p)
	t.TextSize = r.p.metricsSize
	t.TextStyle = fyne.TextStyle{Bold: bold}
	t.Move(fyne.NewPos(x, y))
	t.Resize(fyne.NewSize(w, r.p.textHeight))
	r.objects = append(r.objects, t)
}

// sortUnique sorts the small slice in place and removes repeats.
func sortUnique(s *[]int) {
	v := *s
	for i := 1; i < len(v); i++ {
		for j := i; j > 0 && v[j] < v[j-1]; j-- {
			v[j], v[j-1] = v[j-1], v[j]
		}
	}
	out := v[:0]
	for i, x := range v {
		if i == 0 || x != v[i-1] {
			out = append(out, x)
		}
	}
	*s = out
}

// Scroller shows a TextPane in a vertical container.Scroll and keeps the
// pane's viewport in step with the scroll: when the user scrolls, when the
// scroll is resized and when code scrolls it.
type Scroller struct {
	widget.BaseWidget

	// OnScrolled is called when the user scrolls (not when code calls
	// ScrollToOffset or ScrollTo), so two Scrollers can follow each other
	// without echoing.
	OnScrolled func(offset fyne.Position)

	pane    *TextPane
	scroll  *container.Scroll
	objects []fyne.CanvasObject
}

// NewScroller returns a Scroller showing p.
func NewScroller(p *TextPane) *Scroller {
	s := &Scroller{pane: p, scroll: container.NewVScroll(p)}
	s.objects = []fyne.CanvasObject{s.scroll}
	s.scroll.OnScrolled = func(off fyne.Position) {
		s.syncViewport()
		if s.OnScrolled != nil {
			s.OnScrolled(off)
		}
	}
	p.ensureVisible = s.ensureVisible
	s.ExtendBaseWidget(s)
	return s
}

// Pane returns the TextPane the Scroller shows.
func (s *Scroller) Pane() *TextPane {
	return s.pane
}

// Offset returns the scroll offset.
func (s *Scroller) Offset() fyne.Position {
	return s.scroll.Offset
}

// ScrollToOffset scrolls so that y, in the pane's coordinates, is at the top.
func (s *Scroller) ScrollToOffset(y float32) {
	if s.pane.Size().Height < s.pane.MinSize().Height {
		// The text grew since the scroll last laid it out (new text, a
		// zoom): lay it out first, or the scroll cannot move.
		s.scroll.Refresh()
	}
	s.scroll.ScrollToOffset(fyne.NewPos(0, max(0, y)))
	s.syncViewport()
}

// ScrollTo scrolls the line holding offset into view, a quarter of the way
// down, unless it is already in view.
func (s *Scroller) ScrollTo(offset int) {
	top := s.pane.LineTop(offset)
	h := s.scroll.Size().Height
	if top >= s.scroll.Offset.Y && top+s.pane.model.LineHeight() <= s.scroll.Offset.Y+h {
		return
	}
	s.ScrollToOffset(top - h/4)
}

// ensureVisible scrolls the least distance that shows [top, bottom).
func (s *Scroller) ensureVisible(top, bottom float32) {
	off, h := s.scroll.Offset.Y, s.scroll.Size().Height
	switch {
	case top < off:
		s.ScrollToOffset(top)
	case bottom > off+h:
		s.ScrollToOffset(bottom - h)
	}
}

func (s *Scroller) syncViewport() {
	s.pane.SetViewport(s.scroll.Offset.Y, s.scroll.Size().Height)
}

// CreateRenderer is a private method to Fyne which links this widget to its
// renderer.
func (s *Scroller) CreateRenderer() fyne.WidgetRenderer {
	return &scrollerRenderer{s: s}
}

type scrollerRenderer struct {
	s *Scroller
}

func (r *scrollerRenderer) Layout(size fyne.Size) {
	r.s.scroll.Resize(size)
	r.s.syncViewport()
}

func (r *scrollerRenderer) MinSize() fyne.Size {
	return r.s.scroll.MinSize()
}

func (r *scrollerRenderer) Refresh() {
	r.s.scroll.Refresh()
	r.s.syncViewport()
}

func (r *scrollerRenderer) Objects() []fyne.CanvasObject {
	return r.s.objects
}

func (r *scrollerRenderer) Destroy() {}
