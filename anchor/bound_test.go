package anchor

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// prose is n code points of varied words, the same for the same seed.
func prose(n int, seed uint64) []rune {
	words := strings.Fields("the talks were constructive and both sides agreed to meet again next month in Busan " +
		"while the ministry called the demands gangster-like and said progress was regrettable 대화는 건설적이었다")
	rng := rand.New(rand.NewPCG(seed, 3))
	var b []rune
	for len(b) < n {
		b = append(b, []rune(words[rng.IntN(len(words))])...)
		b = append(b, ' ')
	}
	return b[:n]
}

// TestResolveLongQuoteFarAwayIsBounded: a note on a long passage that was
// both edited and moved far from its place used to be hunted through the
// whole text at quote × text cost (a 20,000-character quote in a 2 MB
// text: 53 s). Searches that would cost more than the budget are not
// made: the note is kept as an orphan with its quote.
func TestResolveLongQuoteFarAwayIsBounded(t *testing.T) {
	old := prose(500_000, 1)
	quote := slicesClone(old[1000:6000])
	target := Make(old, 1000, 6000)
	// The passage, with one code point in a hundred changed, now sits at
	// the very end of a text whose start is new.
	edited := slicesClone(quote)
	for i := 50; i < len(edited); i += 100 {
		edited[i] = '*'
	}
	text := append(prose(495_000, 2), edited...)
	start, end, state := ResolveRunes(text, target)
	if state != Orphan {
		t.Errorf("state = %s at %d-%d, want orphan: the search would cost %d steps", state, start, end, maxEdits(len(quote))*len(text))
	}
}

// TestResolveWorkIsBounded counts the steps of the fuzzy search for the
// probe's case, a 20,000-character quote in a 2 MB text, and for quotes
// the near search can still afford.
func TestResolveWorkIsBounded(t *testing.T) {
	for _, c := range []struct{ quote, text int }{{20_000, 2_000_000}, {3000, 2_000_000}, {200, 2_000_000}} {
		t.Run(fmt.Sprintf("%d in %d", c.quote, c.text), func(t *testing.T) {
			old := prose(c.text, 5)
			target := Make(old, c.text/2, c.text/2+c.quote)
			text := prose(c.text, 6) // the passage is gone
			w := wanted{quote: []rune(target.Quote.Exact), prefix: []rune(target.Quote.Prefix), suffix: []rune(target.Quote.Suffix), old: c.text / 2}
			b := &budget{left: maxFuzzyWork}
			fuzzyNear(text, w, c.text/2+c.quote, b)
			if used := maxFuzzyWork - b.left; used > maxFuzzyWork {
				t.Errorf("the search took %d steps, more than %d", used, maxFuzzyWork)
			}
		})
	}
}

// TestOccurrencesOnRepetitiveText: finding a quote verbatim took quote ×
// text comparisons on repetitive text; the search is now linear, and finds
// what the plain search finds.
func TestOccurrencesOnRepetitiveText(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	for range 300 {
		text := make([]rune, rng.IntN(60))
		for i := range text {
			text[i] = rune('a' + rng.IntN(2))
		}
		quote := make([]rune, 1+rng.IntN(4))
		for i := range quote {
			quote[i] = rune('a' + rng.IntN(2))
		}
		var want []int
		for at := 0; at+len(quote) <= len(text); at++ {
			if string(text[at:at+len(quote)]) == string(quote) {
				want = append(want, at)
			}
		}
		var got []int
		occurrences(text, quote, func(at int) { got = append(got, at) })
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("occurrences of %q in %q = %v, want %v", string(quote), string(text), got, want)
		}
	}
}

func slicesClone(r []rune) []rune { return append([]rune(nil), r...) }
