package data

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-reader/parley/compare"
)

// Texts used across the tests: curly quotes, dashes and Korean before the
// passages, so byte and code-point offsets differ.
const (
	usText   = "The talks were ‘productive’ — we made progress on every central issue. The delegation will return."
	dprkText = "북한 외무성: The US side came with a gangster-like demand for denuclearisation. 대화는 유감스러웠다."
)

// span returns the code-point offsets of the first occurrence of sub in text.
func span(t *testing.T, text, sub string) (int, int) {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, text)
	}
	s := utf8.RuneCountInString(text[:i])
	return s, s + utf8.RuneCountInString(sub)
}

// newComparison keeps the two test texts as a comparison.
func newComparison(t *testing.T, s *Store, title string) int64 {
	t.Helper()
	id, err := s.CreateComparison(context.Background(), title,
		Document{Meta: compare.Meta{Title: "Press briefing", Party: "US"}, Body: usText},
		Document{Meta: compare.Meta{Title: "KCNA statement", Party: "DPRK"}, Body: dprkText})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// noteOn keeps a note on the first occurrence of quote on one side.
func noteOn(t *testing.T, s *Store, comparison int64, side Side, quote, body string, tags ...string) Note {
	t.Helper()
	text := usText
	if side == Right {
		text = dprkText
	}
	start, end := span(t, text, quote)
	n, err := s.AddNote(context.Background(), Note{Comparison: comparison,
		Targets: []Target{{Side: side, Start: start, End: end}}, Body: body, Tags: tags})
	if err != nil {
		t.Fatal(err)
	}
	return n
}
