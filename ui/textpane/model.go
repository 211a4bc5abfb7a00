// Package textpane provides TextPane, a read-only widget that shows wrapped
// proportional text with coloured background spans, non-colour underline and
// margin cues, and a mouse and keyboard selection, plus Model, the plain
// layout and selection model beneath it.
//
// Every position is a count of Unicode code points (runes) into the text,
// which the caller is expected to have normalised to NFC.
package textpane

import (
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
)

// Underline is the kind of line drawn under a span. It gives each style a cue
// that does not depend on colour, so relations still read in greyscale.
type Underline int

// The underline kinds.
const (
	UnderlineNone Underline = iota
	UnderlineSolid
	UnderlineDashed
	UnderlineDotted
	UnderlineDouble
	UnderlineWavy
)

// Style is how a span is drawn. Colours are theme colour names, resolved
// through the widget's theme; an empty name means the default.
type Style struct {
	// Background fills the span's area behind the text; "" draws nothing.
	Background fyne.ThemeColorName
	// Foreground is the text colour; "" is the theme's foreground.
	Foreground fyne.ThemeColorName
	// Underline is the kind of line drawn under the span.
	Underline Underline
	// UnderlineColor colours the underline; "" is the text colour.
	UnderlineColor fyne.ThemeColorName
	// HeavyUnderline draws the underline at twice its thickness, as a
	// marker stroke.
	HeavyUnderline bool
	// Bold draws the span's text in the bold face.
	Bold bool
	// Mark is a short string (such as "≠" or "∅") drawn in the left margin
	// of the span's first line.
	Mark string
	// MarkColor colours the mark; "" is the theme's foreground.
	MarkColor fyne.ThemeColorName
}

// Span styles the runes from Start up to, not including, End.
type Span struct {
	Start, End int
	Style      Style
}

// Line is one visual line of laid-out text. Lines cover the text in order:
// each starts where the previous one ended.
type Line struct {
	// Start and End delimit the line's runes; End includes the trailing
	// spaces and, at the end of a paragraph, the newline.
	Start, End int
	// Y is the top of the line.
	Y float32
	// Indent is where the line's text begins: 0, or for a line of a
	// right-to-left paragraph (Arabic, Hebrew) the room left on its right,
	// so the paragraph is aligned on the right, its last line too.
	Indent float32
}

// Rect is an axis-aligned rectangle.
type Rect struct {
	Position fyne.Position
	Size     fyne.Size
}

// kernSlack, times the line height, is how much wider than the sum of its
// words a line may measure for each word, before breakLine measures it whole.
const kernSlack = 1.0 / 80

// MeasureFunc returns the advance width of s drawn regular or bold. TextPane
// passes one built on fyne.MeasureText; tests may pass any consistent one.
type MeasureFunc func(s string, bold bool) float32

// Move is a keyboard caret movement.
type Move int

// The caret movements.
const (
	MoveLeft Move = iota
	MoveRight
	MoveWordLeft
	MoveWordRight
	MoveLineStart
	MoveLineEnd
	MoveUp
	MoveDown
	MoveDocStart
	MoveDocEnd
)

// Model holds text, spans and a selection, and lays the text out into
// visual lines. It knows nothing of widgets; TextPane draws it.
type Model struct {
	text   []rune
	spans  []Span
	maxEnd []int    // maxEnd[i] is the largest End of spans[:i+1]
	bold   [][2]int // merged, sorted rune ranges drawn bold

	anchor, caret int
	goalX         float32 // x kept across vertical moves; <0 when unset

	measure    MeasureFunc
	lineHeight float32
	paraGap    float32
	width      float32
	lines      []Line
	height     float32
	laidOut    bool

	wordWidth [2]map[string]float32 // cached widths by [bold]
	buf       []byte
}

// NewModel returns an empty model with no metrics; call SetMetrics and
// Layout before asking for positions.
func NewModel() *Model {
	return &Model{goalX: -1}
}

// SetText replaces the text, drops the spans and collapses the selection
// to the start.
func (m *Model) SetText(s string) {
	m.text = []rune(s)
	m.spans, m.maxEnd, m.bold = nil, nil, nil
	m.anchor, m.caret, m.goalX = 0, 0, -1
	m.laidOut = false
}

// Text returns the model's text as runes. The caller must not modify it.
func (m *Model) Text() []rune {
	return m.text
}

// Len returns the number of runes in the text.
func (m *Model) Len() int {
	return len(m.text)
}

// SetSpans replaces the spans. Spans are clamped to the text, empty ones are
// dropped, and they are kept in order of Start (stable), which is the order
// they are drawn in. It reports whether the layout must be redone, which is
// when the bold ranges changed.
func (m *Model) SetSpans(spans []Span) bool {
	n := len(m.text)
	m.spans = m.spans[:0]
	for _, s := range spans {
		s.Start = clamp(s.Start, 0, n)
		s.End = clamp(s.End, 0, n)
		if s.End > s.Start {
			m.spans = append(m.spans, s)
		}
	}
	slices.SortStableFunc(m.spans, func(a, b Span) int { return a.Start - b.Start })
	m.maxEnd = m.maxEnd[:0]
	end := 0
	for _, s := range m.spans {
		end = max(end, s.End)
		m.maxEnd = append(m.maxEnd, end)
	}

	var bold [][2]int
	for _, s := range m.spans {
		if !s.Style.Bold {
			continue
		}
		if k := len(bold) - 1; k >= 0 && s.Start <= bold[k][1] {
			bold[k][1] = max(bold[k][1], s.End)
			continue
		}
		bold = append(bold, [2]int{s.Start, s.End})
	}
	changed := !slices.Equal(bold, m.bold)
	m.bold = bold
	if changed {
		m.laidOut = false
	}
	return changed
}

// Spans returns the spans in drawing order. The caller must not modify them.
func (m *Model) Spans() []Span {
	return m.spans
}

// SpansIn calls f with the index of every span that overlaps the runes
// [start, end), in drawing order.
func (m *Model) SpansIn(start, end int, f func(i int)) {
	i := sort.Search(len(m.maxEnd), func(i int) bool { return m.maxEnd[i] > start })
	for ; i < len(m.spans) && m.spans[i].Start < end; i++ {
		if m.spans[i].End > start {
			f(i)
		}
	}
}

// SetMetrics sets how text is measured, the height of a line and the extra
// gap after a paragraph. It discards cached widths and the layout.
func (m *Model) SetMetrics(measure MeasureFunc, lineHeight, paragraphGap float32) {
	m.measure = measure
	m.lineHeight = lineHeight
	m.paraGap = paragraphGap
	m.wordWidth = [2]map[string]float32{{}, {}}
	m.laidOut = false
}

// LineHeight returns the height of one visual line.
func (m *Model) LineHeight() float32 {
	return m.lineHeight
}

// Layout wraps the text into lines no wider than width. It does nothing when
// the text, bold ranges, metrics and width are unchanged since the last call.
func (m *Model) Layout(width float32) {
	if m.measure == nil || (m.laidOut && width == m.width) {
		return
	}
	m.width = width
	m.laidOut = true
	m.lines = m.lines[:0]
	n := len(m.text)
	y := float32(0)
	start := 0
	rtl := false
	for {
		if start == 0 || m.text[start-1] == '\n' {
			rtl = rightToLeft(m.text[start:])
		}
		end := m.breakLine(start)
		ln := Line{Start: start, End: end, Y: y}
		if rtl {
			ln.Indent = max(width-m.Width(start, m.contentEnd(start, end)), 0)
		}
		m.lines = append(m.lines, ln)
		paragraph := end > start && m.text[end-1] == '\n'
		switch {
		case end == start+1 && paragraph && start > 0 && m.text[start-1] == '\n':
			// A blank line between paragraphs: the paragraph gap above it
			// already separates them, so it only adds half a line.
			y += m.lineHeight / 2
		case paragraph:
			y += m.lineHeight + m.paraGap
		default:
			y += m.lineHeight
		}
		if end >= n && !paragraph {
			break
		}
		start = end
	}
	m.height = y
}

// rightToLeft says whether the paragraph that text begins is written right
// to left: whether its first letter of a strong direction is of a
// right-to-left script (the rule of Unicode's bidirectional algorithm).
func rightToLeft(text []rune) bool {
	for _, r := range text {
		switch {
		case r == '\n':
			return false
		case unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko):
			return true
		case unicode.IsLetter(r):
			return false
		}
	}
	return false
}

// breakLine returns the end of the line that starts at start.
//
// Words are fitted by their cached widths. Kerning across the spaces between
// words and rounding can make the whole line a little wider than that sum
// (up to 0.25 a space at Fyne's default size), so a line that comes within
// kernSlack a word of the width is measured whole, and gives back words until
// it fits. Measuring every line whole made a layout ten times slower.
func (m *Model) breakLine(start int) int {
	n := len(m.text)
	end := start
	w := float32(0)       // the sum of piece widths up to end
	content := float32(0) // the same up to the last word's end
	words := 0
	for end < n {
		if m.text[end] == '\n' {
			end++
			break
		}
		ws := end
		we := ws
		for we < n && !isSpace(m.text[we]) && m.text[we] != '\n' {
			we++
		}
		se := we
		for se < n && isSpace(m.text[se]) {
			se++
		}
		ww := m.pieceWidth(ws, we)
		if end > start && w+ww > m.width {
			break
		}
		if ww > m.width {
			return m.fitChars(start, we)
		}
		content = w + ww
		w = content + m.pieceWidth(we, se)
		words++
		end = se
	}
	if content+float32(words)*m.lineHeight*kernSlack <= m.width {
		return end
	}
	for {
		ce := m.contentEnd(start, end)
		if m.Width(start, ce) <= m.width {
			return end
		}
		back := ce
		for back > start && !isSpace(m.text[back-1]) {
			back--
		}
		for back > start && isSpace(m.text[back-1]) {
			back--
		}
		if back == start { // a single word: break it by characters
			return m.fitChars(start, ce)
		}
		end = back
		for end < n && isSpace(m.text[end]) {
			end++
		}
	}
}

// fitChars returns the largest k in (start, end) such that [start, k) fits the
// width, and at least start+1.
func (m *Model) fitChars(start, end int) int {
	k := sort.Search(end-start, func(i int) bool {
		return m.Width(start, start+i+1) > m.width
	})
	return start + max(k, 1)
}

// contentEnd returns end less trailing spaces and newline.
func (m *Model) contentEnd(start, end int) int {
	for end > start && (isSpace(m.text[end-1]) || m.text[end-1] == '\n') {
		end--
	}
	return end
}

// pieceWidth returns the width of one word or one run of spaces, cached by
// its text when it has a single weight.
func (m *Model) pieceWidth(a, b int) float32 {
	if a >= b {
		return 0
	}
	bold := m.boldAt(a)
	if m.boldChangeIn(a, b) {
		return m.Width(a, b)
	}
	m.buf = m.buf[:0]
	for _, r := range m.text[a:b] {
		m.buf = utf8.AppendRune(m.buf, r)
	}
	cache := m.wordWidth[b2i(bold)]
	if w, ok := cache[string(m.buf)]; ok {
		return w
	}
	w := m.measure(string(m.buf), bold)
	cache[string(m.buf)] = w
	return w
}

// Width returns the width of the runes [a, b) measured as they are drawn: each
// run of one weight measured whole, so kerning inside it is respected.
// Newlines measure nothing.
func (m *Model) Width(a, b int) float32 {
	for b > a && m.text[b-1] == '\n' {
		b--
	}
	w := float32(0)
	for a < b {
		next := m.nextBoldChange(a, b)
		w += m.measure(string(m.text[a:next]), m.boldAt(a))
		a = next
	}
	return w
}

func (m *Model) boldAt(i int) bool {
	k := sort.Search(len(m.bold), func(k int) bool { return m.bold[k][1] > i })
	return k < len(m.bold) && m.bold[k][0] <= i
}

// nextBoldChange returns the first position in (a, b] where boldness changes,
// or b.
func (m *Model) nextBoldChange(a, b int) int {
	k := sort.Search(len(m.bold), func(k int) bool { return m.bold[k][1] > a })
	if k == len(m.bold) {
		return b
	}
	if m.bold[k][0] <= a {
		return min(b, m.bold[k][1])
	}
	return min(b, m.bold[k][0])
}

func (m *Model) boldChangeIn(a, b int) bool {
	return m.nextBoldChange(a, b) < b
}

// Lines returns the laid-out lines. The caller must not modify them.
func (m *Model) Lines() []Line {
	return m.lines
}

// Height returns the height of the laid-out text.
func (m *Model) Height() float32 {
	return m.height
}

// LineAt returns the index of the line at height y, clamped to the lines.
func (m *Model) LineAt(y float32) int {
	i := sort.Search(len(m.lines), func(i int) bool { return m.lines[i].Y > y })
	return max(i-1, 0)
}

// LineOf returns the index of the line that holds the caret position offset.
// An offset at a wrap belongs to the later line.
func (m *Model) LineOf(offset int) int {
	i := sort.Search(len(m.lines), func(i int) bool { return m.lines[i].Start > offset })
	return max(i-1, 0)
}

// X returns the horizontal position of the caret before the rune at offset,
// measured from the start of its line.
func (m *Model) X(offset int) float32 {
	if len(m.lines) == 0 {
		return 0
	}
	ln := m.lines[m.LineOf(offset)]
	return ln.Indent + m.Width(ln.Start, offset)
}

// PositionOf returns the top-left point of the caret before the rune at offset.
func (m *Model) PositionOf(offset int) fyne.Position {
	if len(m.lines) == 0 {
		return fyne.Position{}
	}
	offset = clamp(offset, 0, len(m.text))
	ln := m.lines[m.LineOf(offset)]
	return fyne.NewPos(ln.Indent+m.Width(ln.Start, offset), ln.Y)
}

// lastCaret returns the last caret position on line i: before the newline or
// trailing space that ends it, at the end of a line broken inside a word, and
// at the end of the text on the last line.
func (m *Model) lastCaret(i int) int {
	ln := m.lines[i]
	if i == len(m.lines)-1 || ln.End == ln.Start {
		return ln.End
	}
	if r := m.text[ln.End-1]; r == '\n' || isSpace(r) {
		return ln.End - 1
	}
	return ln.End
}

// OffsetAt returns the caret position nearest the point (x, y).
func (m *Model) OffsetAt(x, y float32) int {
	if len(m.lines) == 0 {
		return 0
	}
	return m.offsetInLine(m.LineAt(y), x)
}

func (m *Model) offsetInLine(i int, x float32) int {
	ln := m.lines[i]
	x -= ln.Indent
	last := m.lastCaret(i)
	// largest o in [Start, last] with X(o) <= x
	k := sort.Search(last-ln.Start+1, func(k int) bool {
		return m.Width(ln.Start, ln.Start+k) > x
	})
	o := ln.Start + max(k-1, 0)
	if o < last {
		left := m.Width(ln.Start, o)
		right := m.Width(ln.Start, o+1)
		if x-left > right-x {
			o++
		}
	}
	return o
}

// Rects returns one rectangle per line covered by the runes [start, end), in
// layout coordinates. A range that covers a line's newline gets a little
// width on an empty line, so a selection shows there.
func (m *Model) Rects(start, end int) []Rect {
	var out []Rect
	start = clamp(start, 0, len(m.text))
	end = clamp(end, 0, len(m.text))
	if start >= end || len(m.lines) == 0 {
		return nil
	}
	for i := m.LineOf(start); i < len(m.lines) && m.lines[i].Start < end; i++ {
		ln := m.lines[i]
		a := max(start, ln.Start)
		b := min(end, ln.End)
		x0 := ln.Indent + m.Width(ln.Start, a)
		x1 := ln.Indent + m.Width(ln.Start, b)
		if b == ln.End && b > ln.Start && m.text[b-1] == '\n' && x1 == x0 {
			x1 += m.lineHeight / 4
		}
		if x1 > x0 {
			out = append(out, Rect{fyne.NewPos(x0, ln.Y), fyne.NewSize(x1-x0, m.lineHeight)})
		}
	}
	return out
}

// SetSelection sets the selection's anchor and caret (the moving end).
func (m *Model) SetSelection(anchor, caret int) {
	m.anchor = clamp(anchor, 0, len(m.text))
	m.caret = clamp(caret, 0, len(m.text))
	m.goalX = -1
}

// Selection returns the selected range, start <= end.
func (m *Model) Selection() (start, end int) {
	return min(m.anchor, m.caret), max(m.anchor, m.caret)
}

// Caret returns the moving end of the selection.
func (m *Model) Caret() int {
	return m.caret
}

// SelectAll selects the whole text.
func (m *Model) SelectAll() {
	m.SetSelection(0, len(m.text))
}

// SelectedText returns the selected runes as a string.
func (m *Model) SelectedText() string {
	s, e := m.Selection()
	return string(m.text[s:e])
}

// MoveCaret moves the caret. With extend the anchor stays and the selection
// grows or shrinks; without it the selection collapses to the new caret (or,
// for left and right over a selection, to its start or end).
func (m *Model) MoveCaret(mv Move, extend bool) {
	s, e := m.Selection()
	c := m.caret
	goal := float32(-1)
	switch mv {
	case MoveLeft:
		if !extend && s < e {
			c = s
		} else {
			c = max(c-1, 0)
		}
	case MoveRight:
		if !extend && s < e {
			c = e
		} else {
			c = min(c+1, len(m.text))
		}
	case MoveWordLeft:
		for c > 0 && !isWord(m.text[c-1]) {
			c--
		}
		for c > 0 && isWord(m.text[c-1]) {
			c--
		}
	case MoveWordRight:
		for c < len(m.text) && !isWord(m.text[c]) {
			c++
		}
		for c < len(m.text) && isWord(m.text[c]) {
			c++
		}
	case MoveLineStart:
		if len(m.lines) > 0 {
			c = m.lines[m.LineOf(c)].Start
		}
	case MoveLineEnd:
		if len(m.lines) > 0 {
			c = m.lastCaret(m.LineOf(c))
		}
	case MoveUp, MoveDown:
		if len(m.lines) == 0 {
			break
		}
		goal = m.goalX
		if goal < 0 {
			goal = m.X(c)
		}
		i := m.LineOf(c)
		switch {
		case mv == MoveUp && i == 0:
			c = 0
		case mv == MoveDown && i == len(m.lines)-1:
			c = len(m.text)
		case mv == MoveUp:
			c = m.offsetInLine(i-1, goal)
		default:
			c = m.offsetInLine(i+1, goal)
		}
	case MoveDocStart:
		c = 0
	case MoveDocEnd:
		c = len(m.text)
	}
	if extend {
		m.SetSelection(m.anchor, c)
	} else {
		m.SetSelection(c, c)
	}
	m.goalX = goal
}

func isSpace(r rune) bool {
	return r != '\n' && unicode.IsSpace(r)
}

func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_'
}

func clamp(v, lo, hi int) int {
	return max(lo, min(v, hi))
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
