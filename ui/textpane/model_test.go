package textpane

import (
	"strings"
	"testing"
	"unicode"
)

// fakeMeasure is a deterministic stand-in for a font: wide scripts are twice
// as wide, bold adds a unit a rune, and each space followed by a letter costs
// 0.25 extra (the model's slack at line height 20), so a whole line measures
// wider than the sum of its words, as kerning across word boundaries can.
func fakeMeasure(s string, bold bool) float32 {
	w := float32(0)
	prevSpace := false
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Hangul, unicode.Han):
			w += 14
		default:
			w += 7
		}
		if bold {
			w++
		}
		if prevSpace && !unicode.IsSpace(r) {
			w += 0.25
		}
		prevSpace = r == ' '
	}
	return w
}

const (
	fakeLine = 20
	fakeGap  = 8
)

func newFakeModel(text string, width float32) *Model {
	m := NewModel()
	m.SetText(text)
	m.SetMetrics(fakeMeasure, fakeLine, fakeGap)
	m.Layout(width)
	return m
}

const mixed = "She said “it’s over” — then left.\n\n한국어 문장은 여기에 있습니다, and العربية نص هنا too. " +
	"Averyveryveryverylongwordthatcannotfitanywhereatall ends it.\nLast line."

func lineText(m *Model, ln Line) string {
	return string(m.Text()[ln.Start:ln.End])
}

func checkLines(t *testing.T, m *Model, width float32) {
	t.Helper()
	lines := m.Lines()
	if len(lines) == 0 {
		t.Fatal("no lines")
	}
	at := 0
	var b strings.Builder
	for i, ln := range lines {
		if ln.Start != at {
			t.Fatalf("width %v: line %d starts at %d, want %d", width, i, ln.Start, at)
		}
		if ln.End < ln.Start {
			t.Fatalf("width %v: line %d ends before it starts", width, i)
		}
		if i > 0 && ln.Y <= lines[i-1].Y {
			t.Fatalf("width %v: line %d not below line %d", width, i, i-1)
		}
		if w := m.Width(ln.Start, m.contentEnd(ln.Start, ln.End)); w > width && ln.End-ln.Start > 1 {
			t.Errorf("width %v: line %d %q is %v wide", width, i, lineText(m, ln), w)
		}
		b.WriteString(lineText(m, ln))
		at = ln.End
	}
	if at != m.Len() {
		t.Fatalf("width %v: lines end at %d, text has %d runes", width, at, m.Len())
	}
	if b.String() != string(m.Text()) {
		t.Fatalf("width %v: lines do not spell the text", width)
	}
}

func TestWrapNeverExceedsWidthAndKeepsEveryRune(t *testing.T) {
	text := strings.Repeat(mixed+" ", 5)
	for _, width := range []float32{10, 30, 80, 157, 300, 1000} {
		m := newFakeModel(text, width)
		checkLines(t, m, width)
		if width >= 300 && len(m.Lines()) > 60 {
			t.Errorf("width %v: %d lines, wrapping too eagerly", width, len(m.Lines()))
		}
	}
}

func TestWrapBreaksAtSpaces(t *testing.T) {
	m := newFakeModel("the quick brown fox", 75)
	var got []string
	for _, ln := range m.Lines() {
		got = append(got, lineText(m, ln))
	}
	want := []string{"the quick ", "brown fox"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("lines %q, want %q", got, want)
	}
}

func TestWrapChecksWholeLineWidth(t *testing.T) {
	// Word sums say "a b c d" (7 runes, 49) fits 49.5; the whole line costs
	// three space-letter penalties more (49.75), so d must move down.
	m := newFakeModel("a b c d", 49.5)
	if n := len(m.Lines()); n != 2 {
		t.Fatalf("%d lines, want 2", n)
	}
	checkLines(t, m, 49.5)
}

func TestWrapBreaksLongWordByCharacters(t *testing.T) {
	m := newFakeModel("xx "+strings.Repeat("a", 20)+" yy", 50)
	checkLines(t, m, 50)
	for _, ln := range m.Lines() {
		if n := ln.End - ln.Start; n > 8 {
			t.Errorf("line %q has %d runes, more than fit", lineText(m, ln), n)
		}
	}
}

func TestParagraphsAndGap(t *testing.T) {
	m := newFakeModel("one\n\ntwo\n", 500)
	lines := m.Lines()
	want := []string{"one\n", "\n", "two\n", ""}
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d", len(lines), len(want))
	}
	for i, ln := range lines {
		if got := lineText(m, ln); got != want[i] {
			t.Errorf("line %d = %q, want %q", i, got, want[i])
		}
	}
	if got := lines[1].Y; got != fakeLine+fakeGap {
		t.Errorf("second line at %v, want %v", got, fakeLine+fakeGap)
	}
	// The blank line adds half a line, not a line and another gap.
	if got := m.Height(); got != 3.5*fakeLine+2*fakeGap {
		t.Errorf("height %v, want %v", got, 3.5*fakeLine+2*fakeGap)
	}
}

func TestEmptyText(t *testing.T) {
	m := newFakeModel("", 100)
	if len(m.Lines()) != 1 || m.OffsetAt(50, 5) != 0 {
		t.Fatalf("empty text: lines %v, offset %d", m.Lines(), m.OffsetAt(50, 5))
	}
}

func TestHitTestingRoundTrip(t *testing.T) {
	m := newFakeModel(mixed, 120)
	runes := m.Text()
	for o := 0; o <= len(runes); o++ {
		pos := m.PositionOf(o)
		if got := m.OffsetAt(pos.X, pos.Y+fakeLine/4); got != o {
			t.Errorf("offset %d (%q) at %v hits %d", o, string(runes[max(o-1, 0):min(o+1, len(runes))]), pos, got)
		}
		if o == len(runes) || runes[o] == '\n' {
			continue
		}
		// A point on the left part of a rune gives the caret before it, on
		// the right part the caret after it (when that is on the same line).
		cw := fakeMeasure(string(runes[o]), false)
		if got := m.OffsetAt(pos.X+cw*0.3, pos.Y+1); got != o {
			t.Errorf("left of rune %d %q hits %d", o, runes[o], got)
		}
		line := m.Lines()[m.LineOf(o)]
		if o+1 <= m.lastCaret(m.LineOf(o)) && o+1 < line.End {
			if got := m.OffsetAt(pos.X+cw*0.8, pos.Y+fakeLine-1); got != o+1 {
				t.Errorf("right of rune %d %q hits %d", o, runes[o], got)
			}
		}
	}
}

func TestHitTestingKorean(t *testing.T) {
	m := newFakeModel("ab 한국어 cd", 500)
	// a b space = 21, penalty 0.25, 한 = 14: 국 starts at 35.25.
	if got := m.OffsetAt(40, 5); got != 4 {
		t.Fatalf("x=40 hits %d, want 4 (before 국)", got)
	}
	if got := m.PositionOf(5).X; got != 49.25 {
		t.Fatalf("offset 5 at x=%v, want 49.25", got)
	}
	if got := m.OffsetAt(1e6, 5); got != m.Len() {
		t.Fatalf("far right hits %d, want end %d", got, m.Len())
	}
}

func TestKeyboardMoves(t *testing.T) {
	// Lines at width 60: "one two " | "three " | "four"
	m := newFakeModel("one two three four", 60)
	if n := len(m.Lines()); n != 3 {
		t.Fatalf("%d lines, want 3: %v", n, m.Lines())
	}
	type step struct {
		mv         Move
		extend     bool
		start, end int
	}
	steps := []step{
		{MoveRight, false, 1, 1},
		{MoveRight, true, 1, 2},
		{MoveWordRight, true, 1, 3},
		{MoveLeft, false, 1, 1},
		{MoveWordRight, false, 3, 3},
		{MoveWordRight, false, 7, 7},
		{MoveWordLeft, true, 4, 7},
		{MoveRight, false, 7, 7},
		{MoveLineStart, false, 0, 0},
		{MoveLineEnd, false, 7, 7},
		{MoveDown, false, 13, 13}, // end of "three"
		{MoveDown, true, 13, 18},  // x kept: "four" is shorter, its end is nearest
		{MoveUp, false, 13, 13},
		{MoveUp, false, 7, 7},
		{MoveUp, false, 0, 0},
		{MoveDocEnd, true, 0, 18},
		{MoveDocStart, false, 0, 0},
		{MoveLeft, false, 0, 0},
		{MoveDown, false, 8, 8},
		{MoveDown, false, 14, 14},
		{MoveDown, false, 18, 18},
		{MoveRight, false, 18, 18},
	}
	for i, s := range steps {
		m.MoveCaret(s.mv, s.extend)
		if a, b := m.Selection(); a != s.start || b != s.end {
			t.Fatalf("step %d (move %d extend %v): selection %d-%d, want %d-%d", i, s.mv, s.extend, a, b, s.start, s.end)
		}
	}
	m.SelectAll()
	if got := m.SelectedText(); got != "one two three four" {
		t.Fatalf("select all: %q", got)
	}
}

func TestWordMovesSkipPunctuationAndNonLatin(t *testing.T) {
	m := newFakeModel("“it’s” — 한국어 end", 1000)
	var stops []int
	for {
		m.MoveCaret(MoveWordRight, false)
		stops = append(stops, m.Caret())
		if m.Caret() == m.Len() {
			break
		}
	}
	// it | s | 한국어 | end
	want := []int{3, 5, 12, 16}
	if len(stops) != len(want) {
		t.Fatalf("word stops %v, want %v", stops, want)
	}
	for i := range want {
		if stops[i] != want[i] {
			t.Fatalf("word stops %v, want %v", stops, want)
		}
	}
}

func TestSpansClampSortAndBold(t *testing.T) {
	m := newFakeModel("hello world again", 1000)
	changed := m.SetSpans([]Span{
		{Start: 6, End: 99, Style: Style{Background: "b"}},
		{Start: 3, End: 3},
		{Start: -4, End: 5, Style: Style{Background: "a"}},
	})
	if changed {
		t.Error("spans without bold reported a layout change")
	}
	got := m.Spans()
	if len(got) != 2 || got[0].Start != 0 || got[0].End != 5 || got[1].Start != 6 || got[1].End != 17 {
		t.Fatalf("spans %+v", got)
	}
	var in []int
	m.SpansIn(4, 7, func(i int) { in = append(in, i) })
	if len(in) != 2 {
		t.Fatalf("spans in 4-7: %v", in)
	}
	before := m.Width(0, 5)
	if !m.SetSpans([]Span{{Start: 0, End: 5, Style: Style{Bold: true}}}) {
		t.Fatal("bold span did not ask for a layout")
	}
	m.Layout(1000)
	if after := m.Width(0, 5); after != before+5 {
		t.Fatalf("bold width %v, want %v", after, before+5)
	}
}

func TestRects(t *testing.T) {
	m := newFakeModel("one two three four", 60)
	rects := m.Rects(2, 10)
	if len(rects) != 2 {
		t.Fatalf("rects %v, want 2", rects)
	}
	if rects[0].Position.X != 14 || rects[0].Position.Y != 0 || rects[1].Position.Y != fakeLine {
		t.Fatalf("rects %+v", rects)
	}
	if rects[1].Size.Width != fakeMeasure("th", false) {
		t.Fatalf("second rect %+v", rects[1])
	}
	if r := newFakeModel("a\n\nb", 100).Rects(0, 4); len(r) != 3 {
		t.Fatalf("selection over an empty paragraph: %v, want 3 rects", r)
	}
}

func TestARightToLeftParagraphIsAlignedRightToItsLastLine(t *testing.T) {
	arabic := "قال المتحدث إن المحادثات كانت مثمرة وإن الجانبين اتفقا على مواصلة العمل في الأسابيع المقبلة"
	m := newFakeModel("An English paragraph that wraps over a few lines of the pane.\n"+arabic, 200)
	sawRTL := 0
	for _, ln := range m.Lines() {
		right := ln.Indent + m.Width(ln.Start, m.contentEnd(ln.Start, ln.End))
		if m.Text()[ln.Start] == 'A' || ln.Start < 62 {
			if ln.Indent != 0 {
				t.Errorf("an English line starts at %.1f, not at the left", ln.Indent)
			}
			continue
		}
		sawRTL++
		if right < 200-0.5 {
			t.Errorf("an Arabic line %q ends at %.1f, not at the right edge 200", lineText(m, ln), right)
		}
		if p := m.PositionOf(ln.Start); p.X != ln.Indent {
			t.Errorf("the caret at the line's start is at %.1f, not at its indent %.1f", p.X, ln.Indent)
		}
		if got := m.OffsetAt(ln.Indent+1, ln.Y+1); got != ln.Start {
			t.Errorf("a click at the start of an Arabic line gives offset %d, want %d", got, ln.Start)
		}
	}
	if sawRTL < 2 {
		t.Fatalf("the Arabic paragraph took %d lines; the test needs it wrapped", sawRTL)
	}
}
