// Package anchor keeps a note attached to the passage it was written on while
// the text around it changes.
//
// A passage is described twice, as the W3C Web Annotation model does: by its
// position (code-point offsets into the NFC text, a TextPositionSelector) and
// by its words (the exact quote with up to ContextLen code points of prefix
// and suffix, a TextQuoteSelector). Resolve finds the passage again in a new
// version of the text: first where it was, then wherever the exact quote
// occurs (the prefix and suffix pick among several occurrences), then by a
// fuzzy match whose score is at least MinScore. A passage that cannot be
// found is an orphan: the caller keeps its quote and shows it apart.
package anchor

import (
	"fmt"
	"slices"
)

// ContextLen is how many code points of prefix and suffix Make keeps.
const ContextLen = 32

// TextPositionSelector is a passage's place: code-point offsets [Start, End)
// into the NFC text.
type TextPositionSelector struct {
	Start int
	End   int
}

// TextQuoteSelector is a passage's words: the exact text and the text just
// before and after it.
type TextQuoteSelector struct {
	Exact  string
	Prefix string
	Suffix string
}

// Target describes one passage by both its position and its quote.
type Target struct {
	Position TextPositionSelector
	Quote    TextQuoteSelector
}

// State says how Resolve found a passage.
type State uint8

// The ways Resolve finds a passage, from surest to lost.
const (
	// Exact: the quote is still at the recorded offsets.
	Exact State = iota
	// Moved: the quote occurs verbatim, elsewhere.
	Moved
	// Fuzzy: a passage close to the quote (score at least MinScore) was found.
	Fuzzy
	// Orphan: the passage is not in the text any more.
	Orphan
)

var stateNames = []string{"exact", "moved", "fuzzy", "orphan"}

// String returns the state's name: exact, moved, fuzzy or orphan.
func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", s)
}

// ParseState returns the state named by s, as written by String.
func ParseState(s string) (State, error) {
	i := slices.Index(stateNames, s)
	if i < 0 {
		return Orphan, fmt.Errorf("unknown anchor state %q", s)
	}
	return State(i), nil
}

// Make describes the passage [start, end) of text. Offsets outside the text
// are clamped to it, and an end before start is moved to start.
func Make(text []rune, start, end int) Target {
	start = min(max(start, 0), len(text))
	end = min(max(end, start), len(text))
	return Target{
		Position: TextPositionSelector{Start: start, End: end},
		Quote: TextQuoteSelector{
			Exact:  string(text[start:end]),
			Prefix: string(text[max(0, start-ContextLen):start]),
			Suffix: string(text[end:min(len(text), end+ContextLen)]),
		},
	}
}

// Resolve finds the passage t describes in text and returns its code-point
// offsets and how it was found. For an orphan it returns the recorded
// offsets clamped to the text.
func Resolve(text string, t Target) (start, end int, state State) {
	return ResolveRunes([]rune(text), t)
}

// ResolveRunes is Resolve on text already split into code points, for
// resolving many passages in one text.
func ResolveRunes(text []rune, t Target) (start, end int, state State) {
	quote := []rune(t.Quote.Exact)
	s, e := t.Position.Start, t.Position.End
	if s >= 0 && s <= e && e <= len(text) && slices.Equal(text[s:e], quote) {
		return s, e, Exact
	}
	if len(quote) == 0 {
		return clamp(s, e, len(text))
	}
	// Only the context next to the quote counts, however much was kept.
	prefix, suffix := []rune(t.Quote.Prefix), []rune(t.Quote.Suffix)
	prefix, suffix = prefix[max(0, len(prefix)-ContextLen):], suffix[:min(len(suffix), ContextLen)]
	w := wanted{quote: quote, prefix: prefix, suffix: suffix, old: s}
	if at, ok := bestOccurrence(text, w); ok {
		return at, at + len(quote), Moved
	}
	if m, ok := fuzzyNear(text, w, e, &budget{left: maxFuzzyWork}); ok {
		return m.start, m.end, Fuzzy
	}
	return clamp(s, e, len(text))
}

func clamp(s, e, n int) (int, int, State) {
	s = min(max(s, 0), n)
	e = min(max(e, s), n)
	return s, e, Orphan
}

// bestOccurrence returns the start of the verbatim occurrence of quote whose
// surroundings agree best with prefix and suffix (counted in matching code
// points next to the quote), the nearest to the old place among equals.
func bestOccurrence(text []rune, w wanted) (int, bool) {
	quote, old := w.quote, w.old
	best, bestScore, found := 0, -1, false
	occurrences(text, quote, func(at int) {
		score := commonSuffix(text[:at], w.prefix) + commonPrefix(text[at+len(quote):], w.suffix)
		if score > bestScore || score == bestScore && abs(at-old) < abs(best-old) {
			best, bestScore, found = at, score, true
		}
	})
	return best, found
}

// occurrences calls found with the start of each occurrence of quote in
// text, in order. It is the Knuth-Morris-Pratt search: linear in the text
// and the quote, however repetitive they are.
func occurrences(text, quote []rune, found func(at int)) {
	if len(quote) == 0 || len(quote) > len(text) {
		return
	}
	// fail[i] is the length of the longest proper border of quote[:i+1].
	fail := make([]int, len(quote))
	for i, k := 1, 0; i < len(quote); i++ {
		for k > 0 && quote[i] != quote[k] {
			k = fail[k-1]
		}
		if quote[i] == quote[k] {
			k++
		}
		fail[i] = k
	}
	for j, k := 0, 0; j < len(text); j++ {
		for k > 0 && text[j] != quote[k] {
			k = fail[k-1]
		}
		if text[j] == quote[k] {
			k++
		}
		if k == len(quote) {
			found(j - k + 1)
			k = fail[k-1]
		}
	}
}

// commonPrefix counts the code points a and b share at their start.
func commonPrefix(a, b []rune) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// commonSuffix counts the code points a and b share at their end.
func commonSuffix(a, b []rune) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
