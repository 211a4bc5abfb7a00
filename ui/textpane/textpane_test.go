package textpane

import (
	"image"
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

const sample = "She said “no” to 한국어 friends — twice, then left."

func newWindowPane(t testing.TB, text string, size fyne.Size) (*TextPane, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	p := New()
	p.SetText(text)
	w := test.NewTempWindow(t, p)
	w.Resize(size)
	return p, w
}

// caretX is where the caret before rune k of a one-line text sits, measured
// independently of the pane's model.
func caretX(p *TextPane, runes []rune, k int) float32 {
	return p.origin().X + fyne.MeasureText(string(runes[:k]), p.TextSize(), fyne.TextStyle{}).Width
}

func runeIndex(t testing.TB, runes []rune, sub string) int {
	t.Helper()
	i := strings.Index(string(runes), sub)
	if i < 0 {
		t.Fatalf("%q not in text", sub)
	}
	return len([]rune(string(runes)[:i]))
}

func TestTapReportsCodePointOffset(t *testing.T) {
	p, _ := newWindowPane(t, sample, fyne.NewSize(900, 200))
	runes := []rune(sample)
	got := -1
	p.OnTapped = func(o int) { got = o }
	y := p.origin().Y + p.model.LineHeight()/2

	for _, word := range []string{"friends", "국어", "twice", "no”"} {
		k := runeIndex(t, runes, word) + 1 // inside the word, after its first rune
		x := caretX(p, runes, k)
		test.TapAt(p, fyne.NewPos(x+(caretX(p, runes, k+1)-x)*0.3, y))
		if got != k {
			t.Errorf("tap on %q reported %d, want code point %d", word, got, k)
		}
		if s, e := p.Selection(); s != k || e != k {
			t.Errorf("tap on %q left selection %d-%d", word, s, e)
		}
	}
	if k := runeIndex(t, runes, "friends"); k == strings.Index(sample, "friends") {
		t.Fatal("sample text does not tell code points from bytes")
	}
}

func TestTapFocusesAndShiftClickExtends(t *testing.T) {
	p, w := newWindowPane(t, sample, fyne.NewSize(900, 200))
	runes := []rune(sample)
	y := p.origin().Y + 5
	test.TapAt(p, fyne.NewPos(caretX(p, runes, 4), y))
	if w.Canvas().Focused() != p {
		t.Fatal("tap did not focus the pane")
	}
	p.MouseDown(&desktop.MouseEvent{Button: desktop.MouseButtonPrimary, Modifier: fyne.KeyModifierShift})
	test.TapAt(p, fyne.NewPos(caretX(p, runes, 8), y))
	if got := p.SelectedText(); got != "said" {
		t.Fatalf("shift-click selected %q, want %q", got, "said")
	}
}

func TestDragSelects(t *testing.T) {
	p, w := newWindowPane(t, sample, fyne.NewSize(900, 200))
	runes := []rune(sample)
	var changes [][2]int
	p.OnSelectionChanged = func(s, e int) { changes = append(changes, [2]int{s, e}) }
	start := runeIndex(t, runes, "said")
	end := runeIndex(t, runes, " — ")
	y := p.origin().Y + p.model.LineHeight()/2
	from := fyne.NewPos(caretX(p, runes, start)+0.5, y)
	to := fyne.NewPos(caretX(p, runes, end)-0.5, y)
	test.Drag(w.Canvas(), p.Position().Add(to), to.X-from.X, 0) // the pane is the window's content

	if got := p.SelectedText(); got != "said “no” to 한국어 friends" {
		t.Fatalf("drag selected %q", got)
	}
	if len(changes) == 0 || changes[len(changes)-1] != [2]int{start, end} {
		t.Fatalf("OnSelectionChanged got %v, want last %v", changes, [2]int{start, end})
	}
}

func TestCopyPutsSelectionOnClipboard(t *testing.T) {
	p, _ := newWindowPane(t, sample, fyne.NewSize(900, 200))
	runes := []rune(sample)
	clip := fyne.CurrentApp().Clipboard()
	clip.SetContent("before")

	p.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clip})
	if got := clip.Content(); got != "before" {
		t.Fatalf("copy with nothing selected changed the clipboard to %q", got)
	}

	s := runeIndex(t, runes, "“no”")
	p.SetSelection(s, s+len([]rune("“no” to 한국어")))
	p.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clip})
	if got := clip.Content(); got != "“no” to 한국어" {
		t.Fatalf("clipboard %q", got)
	}

	p.TypedShortcut(&fyne.ShortcutSelectAll{})
	p.TypedShortcut(&fyne.ShortcutCopy{})
	if got := clip.Content(); got != sample {
		t.Fatalf("after select all, clipboard %q", got)
	}
}

func TestKeyboardSelection(t *testing.T) {
	p, w := newWindowPane(t, sample, fyne.NewSize(900, 200))
	w.Canvas().Focus(p)
	var passed []fyne.KeyName
	p.OnTypedKey = func(ev *fyne.KeyEvent) { passed = append(passed, ev.Name) }

	p.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	for range 3 {
		p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	p.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if got := p.SelectedText(); got != "She" {
		t.Fatalf("shift+right x3 selected %q", got)
	}
	for _, want := range []string{"She said", "She said “no"} {
		p.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierControl | fyne.KeyModifierShift})
		if got := p.SelectedText(); got != want {
			t.Fatalf("ctrl+shift+right selected %q, want %q", got, want)
		}
	}
	p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	if s, e := p.Selection(); s != len([]rune(sample)) || e != s {
		t.Fatalf("end: selection %d-%d", s, e)
	}
	p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	if len(passed) != 1 || passed[0] != fyne.KeyPageDown {
		t.Fatalf("keys passed on: %v", passed)
	}
}

// objectsOf returns the rectangles and texts the pane's renderer holds.
func objectsOf(p *TextPane) (rects []*canvas.Rectangle, texts []*canvas.Text) {
	for _, o := range test.WidgetRenderer(p).Objects() {
		switch o := o.(type) {
		case *canvas.Rectangle:
			rects = append(rects, o)
		case *canvas.Text:
			texts = append(texts, o)
		}
	}
	return rects, texts
}

func rectsColoured(p *TextPane, name fyne.ThemeColorName) []*canvas.Rectangle {
	want := theme.ColorForWidget(name, p)
	var out []*canvas.Rectangle
	rects, _ := objectsOf(p)
	for _, r := range rects {
		if sameColor(r.FillColor, want) {
			out = append(out, r)
		}
	}
	return out
}

func sameColor(a, b color.Color) bool {
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
}

func TestSpansDrawBackgroundsInPlace(t *testing.T) {
	p, w := newWindowPane(t, sample, fyne.NewSize(900, 200))
	runes := []rune(sample)
	s := runeIndex(t, runes, "한국어")
	e := s + 3
	p.SetSpans([]Span{{Start: s, End: e, Style: Style{Background: theme.ColorNameError}}})

	bgs := rectsColoured(p, theme.ColorNameError)
	if len(bgs) != 1 {
		t.Fatalf("%d background rectangles, want 1", len(bgs))
	}
	x0, x1 := caretX(p, runes, s), caretX(p, runes, e)
	r := bgs[0]
	if !near(r.Position().X, x0) || !near(r.Size().Width, x1-x0) || r.Position().Y != p.origin().Y || r.Size().Height != p.model.LineHeight() {
		t.Fatalf("background at %v size %v, want x %v width %v", r.Position(), r.Size(), x0, x1-x0)
	}

	// The background shows on screen, behind the text: most of the
	// rectangle's pixels, and none outside it, have its colour.
	img := w.Canvas().Capture()
	want := theme.ColorForWidget(theme.ColorNameError, p)
	// The painter rounds fractional edges to whole pixels: allow one.
	box := image.Rect(int(p.Position().X+x0)-1, int(p.Position().Y+r.Position().Y)-1,
		int(p.Position().X+x1)+2, int(p.Position().Y+r.Position().Y+r.Size().Height)+2)
	inside, outside := 0, 0
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			if sameColor(img.At(x, y), want) {
				if image.Pt(x, y).In(box) {
					inside++
				} else {
					outside++
				}
			}
		}
	}
	if area := box.Dx() * box.Dy(); inside < area/2 || outside > 0 {
		t.Fatalf("span colour on %d of %d pixels in its box and %d outside", inside, area, outside)
	}

	// A span over a wrap gets one rectangle a line.
	w.Resize(fyne.NewSize(p.origin().X+caretX(p, runes, e)+40, 300))
	p.SetSpans([]Span{{Start: 4, End: len(runes), Style: Style{Background: theme.ColorNameSuccess}}})
	if n := len(p.model.Lines()); n < 2 {
		t.Fatalf("text did not wrap: %d lines", n)
	}
	if got, want := len(rectsColoured(p, theme.ColorNameSuccess)), len(p.model.Lines()); got != want {
		t.Fatalf("%d backgrounds for a span over %d lines", got, want)
	}
}

func near(a, b float32) bool {
	return a-b < 0.01 && b-a < 0.01
}

func TestUnderlinesMarksAndRuns(t *testing.T) {
	p, _ := newWindowPane(t, sample, fyne.NewSize(900, 200))
	runes := []rune(sample)
	s := runeIndex(t, runes, "friends")
	p.SetSpans([]Span{
		{Start: 0, End: 3, Style: Style{Underline: UnderlineSolid, UnderlineColor: theme.ColorNameError}},
		{Start: s, End: s + 7, Style: Style{Underline: UnderlineDashed, UnderlineColor: theme.ColorNameSuccess, Mark: "≠", Bold: true}},
	})
	if n := len(rectsColoured(p, theme.ColorNameError)); n != 1 {
		t.Errorf("solid underline drawn with %d rectangles", n)
	}
	var rasters []*canvas.Raster
	for _, o := range test.WidgetRenderer(p).Objects() {
		if r, ok := o.(*canvas.Raster); ok {
			rasters = append(rasters, r)
		}
	}
	if len(rasters) != 1 {
		t.Fatalf("%d patterned underlines, want 1", len(rasters))
	}
	// The dashes are in the underline colour, with gaps between them.
	sz := rasters[0].Size()
	img := rasters[0].Generator(int(sz.Width), int(sz.Height))
	on, off := 0, 0
	for x := 0; x < int(sz.Width); x++ {
		if sameColor(img.At(x, 0), theme.ColorForWidget(theme.ColorNameSuccess, p)) {
			on++
		} else {
			off++
		}
	}
	x0 := caretX(p, runes, s)
	w := fyne.MeasureText("friends", p.TextSize(), fyne.TextStyle{Bold: true}).Width
	if !near(rasters[0].Position().X, x0) || !near(sz.Width, w) || on < 2*off || off < 4 {
		t.Errorf("dashed underline at %v wide %v (want %v, %v): %d pixels on, %d off", rasters[0].Position().X, sz.Width, x0, w, on, off)
	}
	_, texts := objectsOf(p)
	var got []string
	for _, tx := range texts {
		got = append(got, tx.Text)
		if tx.Text == "≠" && tx.Position().X+tx.Size().Width > p.origin().X {
			t.Errorf("mark at x %v is not in the margin", tx.Position().X)
		}
		if tx.Text == "friends" && !tx.TextStyle.Bold {
			t.Error("bold span not drawn bold")
		}
	}
	want := []string{"She said “no” to 한국어 ", "friends", " — twice, then left.", "≠"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("text runs %q, want %q", got, want)
	}
}

// book returns a text of n words with punctuation, Korean, Arabic and a
// paragraph every 97 words.
func book(n int) string {
	vocab := strings.Fields("the witness said that he saw “nothing” at all — 한국어 문장 العربية an extraordinarily " +
		"long statement was made on Tuesday evening; however, nobody’s account agrees with it")
	var b strings.Builder
	seed := uint32(1)
	for i := range n {
		seed = seed*1664525 + 1013904223
		b.WriteString(vocab[(seed>>16)%uint32(len(vocab))])
		if i%97 == 96 {
			b.WriteString(".\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// newBookScroller shows 100,000 words in a Scroller, every sentence a span
// with a background, a mark and one of the underlines.
func newBookScroller(t testing.TB) (*Scroller, fyne.Window) {
	test.NewTempApp(t)
	p := New()
	text := book(100_000)
	p.SetText(text)
	var spans []Span
	start, k := 0, 0
	colors := []fyne.ThemeColorName{theme.ColorNameSuccess, theme.ColorNameError, theme.ColorNameWarning}
	for i, r := range []rune(text) {
		if r == '.' || r == ';' {
			spans = append(spans, Span{Start: start, End: i + 1, Style: Style{
				Background: colors[k%3], Underline: Underline(k % 6), Mark: "≠"}})
			start, k = i+2, k+1
		}
	}
	p.SetSpans(spans)
	s := NewScroller(p)
	w := test.NewTempWindow(t, s)
	w.Resize(fyne.NewSize(800, 600))
	return s, w
}

func TestVirtualisationKeepsObjectsBounded(t *testing.T) {
	s, w := newBookScroller(t)
	p := s.Pane()
	height := p.MinSize().Height
	if height < 100*600 {
		t.Fatalf("100,000 words laid out %v high", height)
	}
	view := s.scroll.Size().Height
	worst := 0
	for y := float32(0); y < height; y += 2311 {
		s.ScrollToOffset(y)
		objs := test.WidgetRenderer(p).Objects()
		worst = max(worst, len(objs))
		if len(objs) > 400 {
			t.Fatalf("at offset %v the pane holds %d objects", y, len(objs))
		}
		shown := false
		for _, o := range objs {
			if tx, ok := o.(*canvas.Text); ok && tx.Position().Y+tx.Size().Height > s.Offset().Y && tx.Position().Y < s.Offset().Y+view {
				shown = true
			}
		}
		if !shown {
			t.Fatalf("at offset %v no text is in view", y)
		}
	}
	if n := len(test.LaidOutObjects(w.Content())); n > 500 {
		t.Fatalf("the window holds %d objects", n)
	}
	t.Logf("at most %d objects while scrolling %v units", worst, height)
}

func TestScrollToBringsOffsetIntoView(t *testing.T) {
	s, _ := newBookScroller(t)
	p := s.Pane()
	runes := p.model.Text()
	target := len(runes) - 5000
	s.ScrollTo(target)
	top := p.LineTop(target)
	if off := s.Offset().Y; top < off || top > off+s.scroll.Size().Height {
		t.Fatalf("line top %v not in view at offset %v", top, off)
	}
	ln := p.model.Lines()[p.model.LineOf(target)]
	want := strings.TrimRight(string(runes[ln.Start:ln.End]), " \n")
	_, texts := objectsOf(p)
	for _, tx := range texts {
		if tx.Text == want {
			return
		}
	}
	t.Fatalf("the line %q is not drawn", want)
}

func TestTextSizeZooms(t *testing.T) {
	p, _ := newWindowPane(t, sample+" "+sample, fyne.NewSize(500, 400))
	h := p.MinSize().Height
	lines := len(p.model.Lines())
	p.SetTextSize(p.TextSize() * 2)
	if len(p.model.Lines()) <= lines || p.MinSize().Height <= h {
		t.Fatalf("doubling the text size: %d lines (was %d), height %v (was %v)", len(p.model.Lines()), lines, p.MinSize().Height, h)
	}
	_, texts := objectsOf(p)
	if texts[0].TextSize != p.TextSize() {
		t.Fatalf("text drawn at %v, want %v", texts[0].TextSize, p.TextSize())
	}
}

func BenchmarkLayout100kWords(b *testing.B) {
	test.NewTempApp(b)
	p := New()
	p.SetText(book(100_000))
	p.updateMetrics()
	m := p.model
	measure, lh, gap := m.measure, m.lineHeight, m.paraGap
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		m.SetMetrics(measure, lh, gap) // drop the word cache, as a new text or size does
		m.Layout(600 + float32(i%64))
	}
	b.ReportMetric(float64(len(m.Lines())), "lines")
}

func BenchmarkScrollStep(b *testing.B) {
	s, _ := newBookScroller(b)
	height := s.Pane().MinSize().Height
	step := s.scroll.Size().Height / 3
	y := float32(0)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		y += step
		if y > height {
			y = 0
		}
		s.ScrollToOffset(y)
	}
}

func TestScrollingRightAfterNewTextMoves(t *testing.T) {
	p := New()
	s := NewScroller(p)
	w := test.NewTempWindow(t, s)
	w.Resize(fyne.NewSize(400, 300))
	p.SetText(strings.Repeat("A line of the statement that wraps in a narrow pane. ", 400))
	s.ScrollToOffset(1000)
	if got := s.Offset().Y; got != 1000 {
		t.Errorf("scrolled to %v right after the text was set, want 1000", got)
	}
}

func TestTwoClaimsOnALineGetTwoMarks(t *testing.T) {
	p := New()
	w := test.NewTempWindow(t, p)
	w.Resize(fyne.NewSize(600, 200))
	p.SetText("We disagree. They left early.")
	p.SetSpans([]Span{
		{Start: 0, End: 12, Style: Style{Mark: "≠", MarkColor: theme.ColorNameError}},
		{Start: 13, End: 29, Style: Style{Mark: "∅", MarkColor: theme.ColorNamePlaceHolder}},
	})
	_, texts := objectsOf(p)
	var neq, none *canvas.Text
	for _, tx := range texts {
		switch tx.Text {
		case "≠":
			neq = tx
		case "∅":
			none = tx
		case "≠∅", "∅≠":
			t.Fatalf("the two marks are drawn as one: %q", tx.Text)
		}
	}
	if neq == nil || none == nil {
		t.Fatal("the margin does not show both claims' marks")
	}
	if neq.Position().X+neq.Size().Width >= none.Position().X {
		t.Errorf("the marks touch or are out of order: ≠ ends at %.1f, ∅ starts at %.1f", neq.Position().X+neq.Size().Width, none.Position().X)
	}
	if neq.Color == none.Color {
		t.Error("the two marks have one colour")
	}
}
