package compare

import (
	"fmt"
	"sort"
	"strings"
)

// cue is one reason for a relation, in words a reader understands.
type cue struct {
	rel  Relation // the relation it argues for
	text string
	// weak marks a cue that says little about whether the two claims speak
	// of the same thing (a negation far from the shared word).
	weak bool
}

// quote formats a cue: `kind: "left" / "right"`.
func quote(kind, left, right string) string {
	return fmt.Sprintf("%s: %q / %q", kind, left, right)
}

// side is one claim of a pair with its words' counterparts in the other.
type side struct {
	c  *claimInfo
	m  []wordMatch // counterpart in the other claim of each content word
	qs []quantity
	as assessment
	// isLeft is true for the left (first) claim of the pair.
	isLeft bool
}

// findCues runs every cue detector on a pair, a on the left, b on the right.
func findCues(ps *pairStats) []cue {
	a := side{c: ps.a, m: ps.ab, qs: ps.a.qs, as: ps.a.as, isLeft: true}
	b := side{c: ps.b, m: ps.ba, qs: ps.b.qs, as: ps.b.as}
	var cues []cue
	qc := quantityCues(a, b)
	cues = append(cues, qc...)
	if !hasRel(qc, Contradict) {
		cues = append(cues, negationCues(a, b)...)
	}
	cues = append(cues, antonymCues(a, b)...)
	cues = append(cues, changeCues(a, b)...)
	cues = append(cues, changeCues(b, a)...)
	cues = append(cues, ongoingCues(a, b)...)
	cues = append(cues, ongoingCues(b, a)...)
	cues = append(cues, phraseCues(a, b)...)
	cues = append(cues, phraseCues(b, a)...)
	if ps.topical || sharesContent(a, b) {
		cues = append(cues, assessmentCues(a, b)...)
	}
	cues = append(cues, hedgeCues(a, b)...)
	cues = append(cues, scopeCues(a, b)...)
	return cues
}

// hasRel reports whether any cue argues for relation r.
func hasRel(cs []cue, r Relation) bool {
	for _, c := range cs {
		if c.rel == r {
			return true
		}
	}
	return false
}

// phraseEnd returns the index of the last word of the phrase that starts at
// token i and runs up to n more words, stopping at punctuation.
func phraseEnd(c *claimInfo, i, n int) int {
	end := i
	for k := i + 1; k < len(c.toks) && k <= i+n && c.toks[k].Word; k++ {
		end = k
	}
	return end
}

// sharesContent reports whether x has a content word matched in y.
func sharesContent(x, y side) bool {
	for _, m := range x.m {
		if m.kind != mNone && m.kind != mCoHyponym {
			return true
		}
	}
	return false
}

// orient formats a cue with the left claim's phrase first, whichever of x and
// y that is.
func orient(x side, kind, px, py string) string {
	if x.isLeft {
		return quote(kind, px, py)
	}
	return quote(kind, py, px)
}

// contentAfter returns i+1 when the word after token i carries content
// ("may consider", "will withdraw"), else i.
func contentAfter(c *claimInfo, i int) int {
	if i+1 < len(c.toks) && c.toks[i+1].content() {
		return i + 1
	}
	return i
}

// agreeCues say what two agreeing claims share: the same facts, paraphrases
// and the same key words.
func agreeCues(ps *pairStats, found []cue) []cue {
	var out []cue
	for _, c := range found {
		if c.rel == Agree {
			out = append(out, c)
		}
	}
	type para struct {
		w    float64
		text string
	}
	var paras, same []para
	for n, m := range ps.ab {
		if m.kind == mNone {
			continue
		}
		ta, tb := ps.a.tok(n), ps.b.tok(m.other)
		switch m.kind {
		case mSynonym, mGeneral, mSpecific:
			paras = append(paras, para{ps.idfA[n], fmt.Sprintf("%q ≈ %q", ta.Surface, tb.Surface)})
		case mExact:
			if !ta.IsNum {
				same = append(same, para{ps.idfA[n], ta.Surface})
			}
		}
	}
	for _, ls := range [][]para{paras, same} {
		sort.SliceStable(ls, func(i, j int) bool { return ls[i].w > ls[j].w })
	}
	if len(paras) > 0 {
		var ts []string
		for _, p := range paras[:min(2, len(paras))] {
			ts = append(ts, p.text)
		}
		out = append(out, cue{rel: Agree, text: "paraphrase: " + strings.Join(ts, ", ")})
	}
	if len(same) > 0 {
		var ts []string
		for _, p := range same[:min(3, len(same))] {
			ts = append(ts, fmt.Sprintf("%q", p.text))
		}
		out = append(out, cue{rel: Agree, text: "same words: " + strings.Join(ts, ", ")})
	}
	return out
}

// detailCues name what only one side mentions, and the words one side swaps
// for others of the same kind ("man" / "woman").
func detailCues(ps *pairStats) []cue {
	var out []cue
	for n, m := range ps.ab {
		if m.kind == mCoHyponym && ps.ba[m.other].kind == mCoHyponym {
			out = append(out, cue{rel: Contradict, text: quote("different things", ps.a.tok(n).Surface, ps.b.tok(m.other).Surface)})
			break
		}
	}
	for _, s := range []struct {
		c    *claimInfo
		m    []wordMatch
		w    []float64
		name string
	}{{ps.a, ps.ab, ps.idfA, "only the left says"}, {ps.b, ps.ba, ps.idfB, "only the right says"}} {
		if p := ownPhrase(s.c, s.m, s.w); p != "" {
			out = append(out, cue{rel: Differ, text: fmt.Sprintf("%s: %q", s.name, p)})
		}
	}
	if pa, pb := ownPhrase(ps.a, ps.ab, ps.idfA), ownPhrase(ps.b, ps.ba, ps.idfB); pa != "" && pb != "" && !hasRel(out, Contradict) {
		// what a contradiction the classifier finds rests on, if any
		out = append(out, cue{rel: Contradict, text: quote("incompatible details", pa, pb), weak: true})
	}
	return out
}

// ownPhrase returns the weightiest word of c that the other claim does not
// match, with the next one when that is unmatched too ("amusement park"),
// or "".
func ownPhrase(c *claimInfo, ms []wordMatch, w []float64) string {
	best, bw := -1, 0.0
	for n, m := range ms {
		if m.kind == mNone && w[n] > bw {
			best, bw = n, w[n]
		}
	}
	if best < 0 {
		return ""
	}
	k := c.content[best]
	end := k
	if best+1 < len(ms) && ms[best+1].kind == mNone && c.content[best+1] == k+1 {
		end = k + 1
	}
	return c.phrase(k, end)
}
