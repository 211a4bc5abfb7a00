package compare

import (
	"math"
	"strings"

	"github.com/parley-reader/parley/compare/stat"
	"github.com/parley-reader/parley/compare/vectors"
)

// nliFeatureNames name the classifier features, in order.
var nliFeatureNames = []string{"bias", "similarity", "cover_h", "cover_p", "exact_h", "synonym_h",
	"general_h", "specific_h", "unmatched_h", "unmatched_h_share", "cohyponym", "antonym",
	"negation_h_only", "negation_p_only", "negation_both", "numbers_same", "numbers_differ",
	"cue_quantity", "cue_assessment", "cue_negation", "cue_change", "cue_differ", "hedge_h",
	"hedge_p", "length_ratio", "length_h", "names_unmatched_h", "cover_h_squared", "cosine",
	"action_swap", "place_swap", "subject_swap", "unmatched_both", "category_swap",
	"purpose_h", "evaluation_added_h", "degree_added_h", "unmatched_h_rarest", "unmatched_h_commonest",
	"related_h", "vector_cosine", "cue_swap", "cue_strong_contradiction"}

// nliFeatures computes the classifier inputs for premise ps.a and
// hypothesis ps.b.
func nliFeatures(ps *pairStats, sim float64, cues []cue) []float64 {
	a, b := ps.a, ps.b
	ch := coverage(ps.ba, ps.idfB)
	unmatched, names, cohypo, anto := 0.0, 0.0, 0.0, 0.0
	for n, m := range ps.ba {
		switch m.kind {
		case mNone:
			unmatched++
			if b.tok(n).Name {
				names++
			}
		case mCoHyponym:
			cohypo++
		case mAntonym:
			anto++
		}
	}
	// how specific the words the hypothesis adds are: a rare word adds
	// information, a common one ("outside", "person") often restates
	rarest, commonest := 0.0, 0.0
	maxIDF := idfOf(idfDocs, 0)
	for n, m := range ps.ba {
		if m.kind == mNone {
			w := ps.idfB[n] / maxIDF
			rarest = math.Max(rarest, w)
			if commonest == 0 || w < commonest {
				commonest = w
			}
		}
	}
	na, nb := len(negations(a)) > 0, len(negations(b)) > 0
	// figures: the quantity cues know "15:10" fits "around 3 pm"
	same := b2f(sameFigures(cues))
	differ := b2f(hasCueKind(cues, "different number") || hasCueKind(cues, "different date") ||
		hasCueKind(cues, "different time") || hasCueKind(cues, "quantity"))
	if differ > 0 {
		same = 0
	}
	kinds := map[string]float64{}
	for _, c := range cues {
		k, _, _ := strings.Cut(c.text, ":")
		if c.rel == Differ {
			k = "differ"
		}
		kinds[k] = 1
	}
	ratio := 0.0
	if len(a.content) > 0 {
		ratio = math.Min(3, float64(len(b.content))/float64(len(a.content)))
	}
	return []float64{1, sim, ch, coverage(ps.ab, ps.idfA), coverage(ps.ba, ps.idfB, mExact),
		coverage(ps.ba, ps.idfB, mSynonym), coverage(ps.ba, ps.idfB, mGeneral),
		coverage(ps.ba, ps.idfB, mSpecific), math.Min(unmatched, 5) / 5,
		1 - coverage(ps.ba, ps.idfB, mExact, mSynonym, mGeneral, mSpecific, mCoHyponym, mAntonym),
		math.Min(cohypo, 3), math.Min(anto, 2), b2f(nb && !na), b2f(na && !nb), b2f(na && nb),
		same, differ, math.Max(kinds["quantity"], math.Max(kinds["different number"], kinds["different date"])),
		kinds["opposite assessments of the same event"], kinds["negation"],
		math.Max(kinds["change vs no change"], kinds["still going on vs ended"]), kinds["differ"],
		b2f(b.mk.hedge >= 0), b2f(a.mk.hedge >= 0), ratio, math.Log1p(float64(len(b.content))),
		math.Min(names, 3), ch * ch, cosine(a, b, ps.idf),
		b2f(actionSwap(ps)), b2f(placeSwap(ps)), b2f(subjectSwap(ps)),
		math.Min(unmatched, 3) * (1 - coverage(ps.ab, ps.idfA)) / 3, b2f(categorySwap(ps)),
		b2f(addsPurpose(ps.b, ps.a)), b2f(addsEvaluation(ps.b, ps.ba)), b2f(addsDegree(ps.b, ps.ba)),
		rarest, commonest, coverage(ps.ba, ps.idfB, mRelated), vectors.DenseCosine(a.mean, b.mean),
		b2f(kinds["different things"]+kinds["different actions"]+kinds["different places"] > 0),
		b2f(hasStrong(cues, Contradict))}
}

// nliProbs applies the fitted classifier.
func nliProbs(f []float64) [3]float64 {
	p := stat.Softmax([]float64{stat.Dot(nliWeights[0], f), stat.Dot(nliWeights[1], f), stat.Dot(nliWeights[2], f)})
	return [3]float64{p[0], p[1], p[2]}
}

// reversed returns the pair seen from the other side.
func (ps *pairStats) reversed() *pairStats {
	return &pairStats{a: ps.b, b: ps.a, ab: ps.ba, ba: ps.ab, idfA: ps.idfB, idfB: ps.idfA, idf: ps.idf, topical: ps.topical}
}

// actionSwap reports whether each claim has an action ("-ing" word) the
// other lacks: "swimming underwater" for "jumps to catch a toy".
func actionSwap(ps *pairStats) bool {
	return unmatchedActionAt(ps.a, ps.ab) >= 0 && unmatchedActionAt(ps.b, ps.ba) >= 0
}

// unmatchedActionAt returns the content index of the first unmatched
// "-ing" word of c, or -1.
func unmatchedActionAt(c *claimInfo, ms []wordMatch) int {
	for n, m := range ms {
		if m.kind == mNone && strings.HasSuffix(c.tok(n).Lower, "ing") {
			return n
		}
	}
	return -1
}

// placeSwap reports whether the claims put different unmatched things after
// the same preposition: "at a restaurant" for "at an amusement park".
func placeSwap(ps *pairStats) bool {
	pa, pb := placePreps(ps.a, ps.ab), placePreps(ps.b, ps.ba)
	for p := range pa {
		if _, ok := pb[p]; ok {
			return true
		}
	}
	return false
}

// placePreps maps each preposition that introduces an unmatched word of c
// to the token indexes of the preposition and of that word.
func placePreps(c *claimInfo, ms []wordMatch) map[string][2]int {
	out := map[string][2]int{}
	for n, m := range ms {
		if m.kind != mNone || !thing(c.tok(n)) {
			continue
		}
		k := c.content[n] - 1
		for k >= 0 && (c.toks[k].Lower == "a" || c.toks[k].Lower == "an" || c.toks[k].Lower == "the") {
			k--
		}
		if k < 0 || !places[c.toks[k].Lower] {
			continue
		}
		if _, seen := out[c.toks[k].Lower]; !seen {
			out[c.toks[k].Lower] = [2]int{k, c.content[n]}
		}
	}
	return out
}

// places are prepositions of place and direction.
var places = set("at", "in", "on", "inside", "outside", "near", "into", "under", "behind", "beside", "by", "onto", "across", "through")

// subjectSwap reports whether the first content words (usually the
// subjects) of both claims are unmatched or sister terms.
func subjectSwap(ps *pairStats) bool {
	if len(ps.ab) == 0 || len(ps.ba) == 0 {
		return false
	}
	ka, kb := ps.ab[0].kind, ps.ba[0].kind
	return (ka == mNone || ka == mCoHyponym) && (kb == mNone || kb == mCoHyponym)
}

// categories are broad WordNet classes: two different unmatched things of
// one class ("restaurant" and "amusement park" are both places) more often
// exclude each other than add to each other.
var categories = []string{"person", "animal", "location", "structure", "vehicle", "food",
	"beverage", "device", "instrument", "clothing", "sport", "game", "activity", "color",
	"body of water", "plant", "weather", "emotion", "meal", "container", "furniture", "tool"}

// categorySwap reports whether each claim has an unmatched word of a class
// in which the other also has an unmatched word.
func categorySwap(ps *pairStats) bool {
	return unmatchedCategories(ps.a, ps.ab)&unmatchedCategories(ps.b, ps.ba) != 0
}

// unmatchedCategories returns the categories c's unmatched content words
// are kinds of, a bit each.
func unmatchedCategories(c *claimInfo, ms []wordMatch) uint32 {
	var bits uint32
	for n, m := range ms {
		if m.kind == mNone && !c.tok(n).IsNum {
			bits |= c.cat[n]
		}
	}
	return bits
}

// purposeWords introduce a reason or a purpose.
var purposeWords = set("because", "since", "so", "order", "reason", "why", "purpose", "celebrate",
	"celebrating", "trying", "waiting", "hoping", "about")

// addsPurpose reports whether h gives a reason or purpose that p does not:
// explanations add to a description rather than contradict it.
func addsPurpose(h, p *claimInfo) bool {
	for i := range h.toks {
		t := &h.toks[i]
		if !purposeWords[t.Lower] && !(t.Lower == "to" && i+1 < len(h.toks) && i > 0 && !h.toks[i-1].Stop && h.toks[i+1].Word && !h.toks[i+1].Stop) {
			continue
		}
		found := false
		for j := range p.toks {
			if p.toks[j].Lower == t.Lower {
				found = true
			}
		}
		if !found {
			return true
		}
	}
	return false
}

// addsEvaluation reports whether an unmatched word of c is evaluative
// ("sad", "beautiful"): an opinion added to a description.
func addsEvaluation(c *claimInfo, ms []wordMatch) bool {
	lex := evaluationLexicon()
	for n, m := range ms {
		if m.kind == mNone && lex[c.tok(n).Lower] != 0 {
			return true
		}
	}
	return false
}

// addsDegree reports whether an unmatched word of c is a comparative or
// superlative ("tallest", "first", "better"): a ranking the other claim
// does not make.
func addsDegree(c *claimInfo, ms []wordMatch) bool {
	for n, m := range ms {
		l := c.tok(n).Lower
		if m.kind == mNone && (strings.HasSuffix(l, "est") || l == "first" || l == "last" || l == "best" || l == "favorite" || l == "favourite") {
			return true
		}
	}
	return false
}
