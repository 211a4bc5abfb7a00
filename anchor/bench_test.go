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
