package compare

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// cue is one reason for a relation, in words a reader understands.
type cue struct {
	rel  Relation // the relation it argues for
	text string
	// weak marks a cue that says little about whether the two claims speak
	// of the same thing (a negation far from the shared word).
	weak bool
	// framed marks a weak cue that is weak only because the rest of the two
	// claims differs: two parties' claims paired as counterparts speak of
	// the same thing, so for them it is strong.
	framed bool
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
	if !hasRel(qc, Contradict) && !sameFigures(qc) {
		cues = append(cues, frequencyCues(a, b)...)
	}
	if !hasRel(qc, Contradict) {
		cues = append(cues, negationCues(a, b)...)
	}
	cues = append(cues, antonymCues(a, b)...)
	change := append(changeCues(a, b), changeCues(b, a)...)
	if hasCueKind(change, negatedOppositeKind) {
		// "had not changed" / "a freeze": the negation grants the other
		// side's stasis, it does not deny it
		cues = withoutKind(cues, "negation")
	}
	cues = append(cues, change...)
	if !hasRel(change, Contradict) && !hasCueKind(cues, antonymsKind) {
		// "rose" / "fell" are antonyms already
		cues = append(cues, directionCues(a, b)...)
	}
	cues = append(cues, ongoingCues(a, b)...)
	cues = append(cues, ongoingCues(b, a)...)
	cues = append(cues, stoppedCues(a, b)...)
	cues = append(cues, stoppedCues(b, a)...)
	cues = append(cues, phraseCues(a, b)...)
	cues = append(cues, phraseCues(b, a)...)
	cues = append(cues, comparativeCues(a, b)...)
	cues = append(cues, comparativeCues(b, a)...)
	for _, xy := range [][2]side{{a, b}, {b, a}} {
		cues = append(cues, denialCues(xy[0], xy[1])...)
		cues = append(cues, complianceCues(xy[0], xy[1])...)
		cues = append(cues, timelinessCues(xy[0], xy[1])...)
		cues = append(cues, informedCues(xy[0], xy[1])...)
		cues = append(cues, undatedCues(xy[0], xy[1])...)
		cues = append(cues, orderCues(xy[0], xy[1])...)
		cues = append(cues, placeCues(xy[0], xy[1])...)
		cues = append(cues, levelCues(xy[0], xy[1])...)
	}
	if ps.topical || sharesContent(a, b) {
		cues = append(cues, assessmentCues(a, b)...)
	}
	cues = append(cues, causeCues(a, b)...)
	cues = append(cues, harmCues(a, b)...)
	cues = append(cues, hedgeCues(a, b)...)
	cues = append(cues, conditionalCues(a, b)...)
	cues = append(cues, scopeCues(a, b)...)
	cues = append(cues, qualifierCues(a, b)...)
	return cues
}

// allCues runs the cue detectors and the swap detectors on a pair.
func allCues(ps *pairStats) []cue {
	return append(findCues(ps), swapCues(ps)...)
}

// sameFigures reports whether the two claims give the same or compatible
// figures or dates.
func sameFigures(cs []cue) bool {
	return hasCueKind(cs, "same facts") || hasCueKind(cs, sameDateKind) || hasCueKind(cs, "compatible figures")
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
			if !ta.IsNum && strings.IndexFunc(ta.Surface, unicode.IsLetter) >= 0 && !slices.ContainsFunc(same, func(p para) bool {
				return strings.EqualFold(p.text, ta.Surface)
			}) {
				same = append(same, para{ps.idfA[n], ta.Surface}) // not "£" for "pounds", nor a word twice
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

// detailCues name what only one side mentions.
func detailCues(ps *pairStats) []cue {
	var out []cue
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
	return out
}

// swapCues name the things, actions and places one claim puts where the
// other has different ones, in a frame the two share ("a man is sleeping"
// / "a man is running"): weak evidence of a contradiction, which the
// classifier must confirm.
func swapCues(ps *pairStats) []cue {
	var out []cue
	for n, m := range ps.ab {
		if m.kind == mCoHyponym && ps.ba[m.other].kind == mCoHyponym && anchored(ps, n, m.other) &&
			thing(ps.a.tok(n)) && thing(ps.b.tok(m.other)) {
			out = append(out, cue{rel: Contradict, weak: true, text: quote("different things", ps.a.tok(n).Surface, ps.b.tok(m.other).Surface)})
			break
		}
	}
	if !subjectShared(ps) {
		return out
	}
	na, nb := unmatchedActionAt(ps.a, ps.ab), unmatchedActionAt(ps.b, ps.ba)
	if na < 0 || nb < 0 {
		// actions the matching relates loosely are different only when
		// they exclude each other: "jogging" / "running" may be one
		if la, lb := looseActions(ps); la >= 0 && exclusive(ps.a.tok(la).Lemma, ps.b.tok(lb).Lemma) {
			na, nb = la, lb
		}
	}
	if na >= 0 && nb >= 0 {
		// two postures or ways of moving exclude each other in one subject
		// at one time ("a dog is running" / "a dog is sitting"); other
		// actions may go together ("playing the piano" / "singing")
		ta, tb := ps.a.tok(na), ps.b.tok(nb)
		excl := exclusive(ta.Lemma, tb.Lemma)
		out = append(out, cue{rel: Contradict, weak: !excl, text: quote("different actions", ta.Surface, tb.Surface)})
	}
	pa, pb := placePreps(ps.a, ps.ab), placePreps(ps.b, ps.ba)
	for _, prep := range slices.Sorted(maps.Keys(pa)) {
		if kb, ok := pb[prep]; ok {
			ka := pa[prep]
			out = append(out, cue{rel: Contradict, weak: true, text: quote("different places", ps.a.phrase(ka[0], ka[1]), ps.b.phrase(kb[0], kb[1]))})
			break
		}
	}
	return out
}

// looseActions returns the content indexes of two "-ing" words of the
// claims that the word matching relates only loosely (close in the word
// vectors, sister terms or opposites: "walking" / "running"), or -1, -1.
func looseActions(ps *pairStats) (int, int) {
	loose := func(k matchKind) bool { return k == mRelated || k == mCoHyponym || k == mAntonym }
	for n, m := range ps.ab {
		if m.other >= 0 && loose(m.kind) && strings.HasSuffix(ps.a.tok(n).Lower, "ing") && strings.HasSuffix(ps.b.tok(m.other).Lower, "ing") {
			return n, m.other
		}
	}
	return -1, -1
}

// exclusive reports whether one subject cannot do the two actions at once:
// two postures, a posture and a way of moving, two ways of moving of
// exclusiveActions, or sleep and a way of moving; a way of moving is one
// of exclusiveActions or a way of going somewhere on one's own feet, wings
// or fins (a kind of "travel" in the lexicon that is no kind of riding or
// driving): "lying" / "galloping". Sleep goes with any posture.
func exclusive(x, y string) bool {
	if x == y {
		return false
	}
	moves := func(v string) bool { return exclusiveActions[v] && !postures[v] && v != "sleep" || locomotion(v) }
	switch {
	case postures[x]:
		return postures[y] || moves(y)
	case postures[y]:
		return moves(x)
	case x == "sleep":
		return moves(y)
	case y == "sleep":
		return moves(x)
	}
	return exclusiveActions[x] && exclusiveActions[y]
}

// postures are the ways of being at rest of exclusiveActions.
var postures = set("sit", "stand", "lie", "kneel", "squat")

// locomotion reports whether a verb is a way of moving oneself.
func locomotion(v string) bool {
	if sharedLex.relation("travel", v, false) != relHypernym {
		return false
	}
	for _, g := range []string{"ride", "drive", "transport"} {
		if v == g || sharedLex.relation(g, v, false) == relHypernym {
			return false
		}
	}
	return true
}

// exclusiveActions are postures and ways of moving, of which one subject
// does one at a time.
var exclusiveActions = set("sit", "stand", "lie", "kneel", "squat", "run", "walk", "sleep", "swim", "climb", "fly", "crawl")

// thing reports whether t can name a thing that another thing replaces: a
// word that is no number, date or name.
func thing(t *token) bool {
	return !t.IsNum && !t.Name && !months[t.Lower] && !durations[t.Key] && !measures[t.Lemma] && !timeWord(t) &&
		ordinalDays[t.Lower] == 0 && !dayParts[t.Lemma]
}

// dayParts are the parts of a day: "on the night of 14 November" says
// when, not where.
var dayParts = set("morning", "afternoon", "evening", "night", "dawn", "dusk", "midnight", "noon")

// measures are units of measurement: "hectares" and "acres" measure one
// thing.
var measures = set("hectare", "acre", "mile", "kilometre", "kilometer", "km", "metre", "meter", "foot",
	"feet", "yard", "inch", "centimetre", "kilogram", "kg", "gram", "pound", "ounce", "ton", "tonne",
	"litre", "liter", "gallon", "percent", "dollar", "euro", "pence", "penny", "cent", "degree")

// anchored reports whether content word n of ps.a and word m of ps.b stand
// in the same place of two claims that otherwise align: a pair of words
// matched to each other lies within three content words of both.
func anchored(ps *pairStats, n, m int) bool {
	for k, mm := range ps.ab {
		if k == n || mm.kind == mNone || mm.kind == mCoHyponym || mm.kind == mAntonym {
			continue
		}
		if abs(k-n) <= 3 && abs(mm.other-m) <= 3 {
			return true
		}
	}
	return false
}

// subjectShared reports whether the first content words of the two claims,
// usually their subjects, match each other.
func subjectShared(ps *pairStats) bool {
	if len(ps.ab) == 0 || len(ps.ba) == 0 {
		return false
	}
	m := ps.ab[0]
	return m.kind != mNone && m.kind != mCoHyponym && m.kind != mAntonym && m.other <= 1
}

// ownPhrase returns the weightiest word of c, no figure, that the other
// claim does not match, with the next one when that is unmatched too
// ("amusement park"), or "".
func ownPhrase(c *claimInfo, ms []wordMatch, w []float64) string {
	best, bw := -1, 0.0
	for n, m := range ms {
		// figures are the quantity cues' to compare
		if m.kind == mNone && w[n] > bw && !c.tok(n).IsNum {
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

// withoutKind returns the cues but those of the given kind.
func withoutKind(cs []cue, kind string) []cue {
	out := cs[:0:0]
	for _, c := range cs {
		if cueKind(c.text) != kind {
			out = append(out, c)
		}
	}
	return out
}
