package anchor

import (
	"slices"
	"testing"
)

// levenshtein is the plain edit distance between a and b, to check the
// search's score independently.
func levenshtein(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// scoresWithin reports whether the fuzzy passage [s, e) of text, less at
// most maxEdits code points at each end (the widening to whole words),
// scores MinScore against quote.
func scoresWithin(text []rune, s, e int, quote []rune) bool {
	k := maxEdits(len(quote))
	for i := s; i <= min(s+k, e); i++ {
		for j := e; j >= max(e-k, i); j-- {
			if 1-float64(levenshtein(quote, text[i:j]))/float64(len(quote)) >= MinScore {
				return true
			}
		}
	}
	return false
}

// FuzzResolve checks, for any text, passage and edit of the text, that
// Resolve stays inside the text, finds an unchanged passage exactly where
// it was, returns the quote itself when it says exact or moved, and never
// calls a passage fuzzy below MinScore (before widening it to whole words).
func FuzzResolve(f *testing.F) {
	f.Add("The minister said: ‘We won’t negotiate’ — 북한은 대화를 거부했다.", 4, 12, "Breaking — ", 0)
	f.Add("yes — no — yes — no", 6, 8, "", 3)
	f.Add("정말 정말 정말", 3, 5, "말", 4)
	f.Fuzz(func(t *testing.T, text string, start, end int, insert string, pos int) {
		old := []rune(text)
		target := Make(old, start, end)
		s, e, state := Resolve(text, target)
		if state != Exact || s != target.Position.Start || e != target.Position.End {
			t.Fatalf("unchanged text: got %d..%d %v, want %d..%d exact", s, e, state, target.Position.Start, target.Position.End)
		}

		pos = min(max(pos, 0), len(old))
		edited := slices.Concat(old[:pos], []rune(insert), old[pos:])
		s, e, state = ResolveRunes(edited, target)
		if s < 0 || s > e || e > len(edited) {
			t.Fatalf("offsets %d..%d outside %d code points", s, e, len(edited))
		}
		quote := []rune(target.Quote.Exact)
		switch state {
		case Exact, Moved:
			if !slices.Equal(edited[s:e], quote) {
				t.Fatalf("%v passage %q is not the quote %q", state, string(edited[s:e]), target.Quote.Exact)
			}
		case Fuzzy:
			if !scoresWithin(edited, s, e, quote) {
				t.Fatalf("no passage within %q scores %.2f against %q", string(edited[s:e]), MinScore, target.Quote.Exact)
			}
		}
		if pos <= target.Position.Start || pos >= target.Position.End {
			// The edit left the passage whole: it must be found verbatim.
			if state != Exact && state != Moved {
				t.Fatalf("whole passage %q found as %v", target.Quote.Exact, state)
			}
		}
	})
}
