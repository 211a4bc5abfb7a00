package compare

import (
	"math"
	"strings"
)

// relations lists the classifier's classes in the order of nliWeights.
var relations = [3]Relation{Agree, Contradict, Differ}

// Classify judges one sentence pair: does b agree with a, contradict it, or
// say something different? a is read as the premise and b as the hypothesis,
// as in natural-language inference; term weights come from a fixed IDF table
// fitted on the training data. Safe for concurrent use; lexical tables load
// once per process.
func Classify(a, b string) Verdict {
	ca, cb := prepareText(a), prepareText(b)
	ps := compareClaims(ca, cb, backgroundIDF, sharedLex, full)
	return judge(ps, false)
}

// prepareText normalises a lone sentence and prepares it as one claim.
func prepareText(s string) *claimInfo {
	r := []rune(normalise(s))
	return prepare(r, Span{0, len(r)}, sharedLex)
}

// PairFeatures returns the similarity and classifier inputs of a sentence
// pair, as tools/fitweights fits them, with their names.
func PairFeatures(a, b string) (sim, nli []float64) {
	ca, cb := prepareText(a), prepareText(b)
	ps := compareClaims(ca, cb, backgroundIDF, sharedLex, full)
	sim = simFeatures(ps)
	nli = nliFeatures(ps, similarityScore(ps), findCues(ps))
	return sim, nli
}

// FeatureNames returns the names of the similarity and classifier features.
func FeatureNames() (sim, nli []string) { return simFeatureNames, nliFeatureNames }

// judge decides the relation of a pair and gives its reasons. Explicit cues
// decide first: a contradiction cue (negation, numbers, antonyms, opposite
// assessments ...) makes a contradiction, a difference cue (hedging, all vs
// part) a difference; otherwise the fitted classifier decides. symmetric
// averages the classifier over both directions, for two parties' claims
// where neither is the premise.
func judge(ps *pairStats, symmetric bool) Verdict {
	sim := similarityScore(ps)
	cues := findCues(ps)
	v := Verdict{Similarity: round3(sim)}
	switch {
	case hasRel(cues, Contradict):
		v.Relation = Contradict
	case hasRel(cues, Differ):
		v.Relation = Differ
	case symmetric && sim >= agreeSimilarity || hasCueKind(cues, negatedOppositeKind):
		v.Relation = Agree
		cues = agreeCues(ps, cues)
	default:
		p := nliProbs(nliFeatures(ps, sim, cues))
		if symmetric {
			q := nliProbs(nliFeatures(ps.reversed(), sim, findCues(ps.reversed())))
			for c := range p {
				p[c] = (p[c] + q[c]) / 2
			}
		}
		best := 0
		for c := range p {
			if p[c] > p[best] {
				best = c
			}
		}
		v.Relation = relations[best]
		details := detailCues(ps)
		if symmetric {
			v.Relation = statementRelation(p, sim, hasCueKind(details, "different things"))
		}
		switch v.Relation {
		case Agree:
			cues = agreeCues(ps, cues)
		case Contradict:
			cues = details
		case Differ:
			cues = details
		}
	}
	v.Cues = cueTexts(cues, v.Relation)
	if len(v.Cues) == 0 {
		v.Cues = cueTexts(fallbackCues(ps, v.Relation), v.Relation)
	}
	return v
}

// Thresholds of statementRelation.
const (
	agreeSimilarity  = 0.5 // similarity at which cue-less claims agree
	contradictBelief = 0.6 // classifier probability a cue-less contradiction needs
)

// statementRelation decides a pair of two parties' claims that neither a
// cue nor a high similarity decides (such claims were paired for saying the
// same thing, so a high similarity means agreement even where one adds a
// detail, which the inference classifier would call neutral): a
// contradiction needs the classifier's firm belief and a reason to show
// (swapped sister terms, "man" / "woman"), an agreement a fair similarity.
func statementRelation(p [3]float64, sim float64, swapped bool) Relation {
	switch {
	case p[1] >= contradictBelief && swapped:
		return Contradict
	case p[0] >= 0.5 && sim >= agreeSimilarity*0.7:
		return Agree
	}
	return Differ
}

// hasCueKind reports whether a cue of the given kind is among cs.
func hasCueKind(cs []cue, kind string) bool {
	for _, c := range cs {
		if strings.HasPrefix(c.text, kind+":") {
			return true
		}
	}
	return false
}

// cueTexts returns the texts of the cues that argue for r, in order, once each.
func cueTexts(cs []cue, r Relation) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, c := range cs {
		if c.rel == r && !seen[c.text] {
			seen[c.text] = true
			out = append(out, c.text)
		}
	}
	if r == Contradict && len(out) == 0 {
		for _, c := range cs {
			if c.rel == Differ && !seen[c.text] {
				seen[c.text] = true
				out = append(out, c.text)
			}
		}
	}
	return out
}

// fallbackCues explains a relation no specific cue supports.
func fallbackCues(ps *pairStats, r Relation) []cue {
	switch r {
	case Agree:
		return []cue{{rel: Agree, text: "same content in other words"}}
	case Contradict:
		if len(ps.a.toks) > 0 && len(ps.b.toks) > 0 {
			return []cue{{rel: Contradict, text: quote("incompatible details", ps.a.phrase(0, len(ps.a.toks)-1), ps.b.phrase(0, len(ps.b.toks)-1))}}
		}
		return []cue{{rel: Contradict, text: "the two claims cannot both be true"}}
	}
	return []cue{{rel: Differ, text: "the two claims say different things"}}
}

// round3 rounds to three decimals, for stable output.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
