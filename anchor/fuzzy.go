package anchor

import "unicode"

// MinScore is the least score a fuzzy match needs. The score of a passage is
// 1 - d/n, where n is the length of the quote in code points and d is the
// Levenshtein distance (code points inserted, deleted or replaced) between
// the quote and the passage. At 0.75 a quote of 20 code points is found
// again through up to 5 edits, and a quote shorter than 4 code points only
// verbatim. A passage found this way that cuts a word is then widened to
// whole words (by at most the same number of code points at each end) if
// the quote was whole words, so its final score can be a little lower.
const MinScore = 0.75

// nearRadius is how many code points around the old place the first fuzzy
// search covers, for a quote of n code points.
func nearRadius(n int) int { return max(256, 4*n) }

// match is a passage [start, end) at edit distance dist from the quote,
// with context code points of the quote's prefix and suffix around it.
type match struct{ start, end, dist, context int }

// wanted is what a fuzzy search looks for: the quote, its recorded
// context, and where it was.
type wanted struct {
	quote, prefix, suffix []rune
	old                   int
}

// maxFuzzyWork bounds the steps (cells of the edit-distance table) the
// fuzzy search of one passage may take, about a tenth of a second: a search
// that would take more is not made, or stops, and the passage is an orphan.
// The search near the old place fits for quotes up to about 3,800 code
// points, and the whole-text search while quote × text stays within it
// (on a text of 2,000,000 code points, for quotes up to about 70).
const maxFuzzyWork = 1 << 25

// budget is what is left of maxFuzzyWork.
type budget struct{ left int }

// fuzzyNear finds the passage closest to w.quote, first near the old place
// [w.old, oldEnd) and then in the whole text, within the budget.
func fuzzyNear(text []rune, w wanted, oldEnd int, b *budget) (match, bool) {
	k := maxEdits(len(w.quote))
	if k == 0 {
		return match{}, false
	}
	r := nearRadius(len(w.quote))
	lo := min(max(w.old-r, 0), len(text))
	hi := min(max(oldEnd+r, lo), len(text))
	m, ok := approxSearch(text, lo, hi, w, k, b)
	if !ok && (lo > 0 || hi < len(text)) {
		m, ok = approxSearch(text, 0, len(text), w, k, b)
	}
	if ok {
		m = wholeWords(text, m, w, k)
	}
	return m, ok
}

// wholeWords widens a fuzzy match that cuts a word, by at most k code points
// at each end, where the quote began or ended at a word boundary: a reader
// who marked whole words gets whole words back.
func wholeWords(text []rune, m match, w wanted, k int) match {
	if boundary(w.prefix, w.quote) {
		for s := m.start; s > m.start-k && s > 0; s-- {
			if !isWord(text[s-1]) || !isWord(text[s]) {
				m.start = s
				break
			}
		}
	}
	if boundary(w.quote, w.suffix) {
		for e := m.end; e < m.end+k && e < len(text); e++ {
			if !isWord(text[e-1]) || !isWord(text[e]) {
				m.end = e
				break
			}
		}
	}
	return m
}

// boundary reports whether the end of a and the start of b do not join
// into one word.
func boundary(a, b []rune) bool {
	return len(a) == 0 || len(b) == 0 || !isWord(a[len(a)-1]) || !isWord(b[0])
}

// isWord reports whether r is part of a word.
func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r)
}

// maxEdits is the largest edit distance that still scores MinScore for a
// quote of n code points.
func maxEdits(n int) int {
	return int(float64(n)*(1-MinScore) + 1e-9)
}

// approxSearch finds the passage of text at the least edit distance from
// w.quote within text[lo:hi], at most k (see better for ties). It is
// Sellers' dynamic programme over the text with Ukkonen's cut-off, so it
// costs about k×(hi-lo) steps; beside each cost it carries the text
// position where that alignment began. A search whose k×(hi-lo) is over
// the budget is not made, and one that spends the budget stops: neither
// finds anything.
func approxSearch(text []rune, lo, hi int, w wanted, k int, b *budget) (match, bool) {
	if k*(hi-lo) > b.left {
		return match{}, false
	}
	quote := w.quote
	m := len(quote)
	cost := make([]int, m+1)
	from := make([]int, m+1)
	for i := range cost {
		cost[i] = i
		from[i] = lo
	}
	best, found := match{}, false
	// Rows past last hold costs above k, possibly stale; they never lower
	// a cost that is at most k.
	last := min(k, m)
	for j := lo + 1; j <= hi; j++ {
		if b.left -= last + 1; b.left < 0 {
			return match{}, false
		}
		c := text[j-1]
		diagCost, diagFrom := cost[0], from[0]
		cost[0], from[0] = 0, j
		for i := 1; i <= last; i++ {
			bc, bf := diagCost, diagFrom
			if quote[i-1] != c {
				bc++
			}
			if up := cost[i-1] + 1; up < bc {
				bc, bf = up, from[i-1]
			}
			if left := cost[i] + 1; left < bc {
				bc, bf = left, from[i]
			}
			diagCost, diagFrom = cost[i], from[i]
			cost[i], from[i] = bc, bf
		}
		for last > 0 && cost[last] > k {
			last--
		}
		if last < m {
			last++
			continue
		}
		cand := match{start: from[m], end: j, dist: cost[m]}
		cand.context = commonSuffix(text[:cand.start], w.prefix) + commonPrefix(text[cand.end:], w.suffix)
		if !found || better(cand, best, w.old, m) {
			best, found = cand, true
		}
	}
	return best, found
}

// better reports whether a is a better passage than b for a quote of n code
// points last seen at old: nearer in edit distance, then with more of the
// recorded context around it, then nearer in start to old, then nearer in
// length to the quote.
func better(a, b match, old, n int) bool {
	if a.dist != b.dist {
		return a.dist < b.dist
	}
	if a.context != b.context {
		return a.context > b.context
	}
	if da, db := abs(a.start-old), abs(b.start-old); da != db {
		return da < db
	}
	return abs(a.end-a.start-n) < abs(b.end-b.start-n)
}
