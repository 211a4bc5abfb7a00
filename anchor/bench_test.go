package anchor

import (
	"strings"
	"testing"
)

// BenchmarkResolve resolves a sentence-long passage in a statement of about
// 60,000 code points, in each of the ways it can be found.
func BenchmarkResolve(b *testing.B) {
	para := "The delegation said the talks were ‘constructive’ — 대화는 건설적이었다 — and would resume. "
	old := strings.Repeat(para, 300) + "We won’t negotiate under pressure. " + strings.Repeat(para, 300)
	s := len([]rune(strings.Repeat(para, 300)))
	target := Make([]rune(old), s, s+len([]rune("We won’t negotiate under pressure.")))
	cases := []struct{ name, text string }{
		{"exact", old},
		{"moved", "Update: " + old},
		{"fuzzy", "Update: " + strings.Replace(old, "won’t", "won't", 1)},
		{"orphan", strings.Replace(old, "We won’t negotiate under pressure.", "", 1)},
	}
	for _, c := range cases {
		text := []rune(c.text)
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				ResolveRunes(text, target)
			}
		})
	}
}

// BenchmarkResolveHostile resolves, in a text of 2,000,000 code points, a
// 20,000-code-point passage that is gone, and a passage of repetitive text
// that occurs nowhere verbatim.
func BenchmarkResolveHostile(b *testing.B) {
	old := prose(2_000_000, 5)
	gone := Make(old, 1_000_000, 1_020_000)
	other := []rune(string(prose(2_000_000, 6)))
	b.Run("long-quote-gone", func(b *testing.B) {
		for b.Loop() {
			ResolveRunes(other, gone)
		}
	})
	aaa := []rune(strings.Repeat("a", 2_000_000))
	near := Target{Position: TextPositionSelector{Start: 5, End: 20_006}, Quote: TextQuoteSelector{Exact: strings.Repeat("a", 20_000) + "b"}}
	b.Run("repetitive", func(b *testing.B) {
		for b.Loop() {
			ResolveRunes(aaa, near)
		}
	})
}
