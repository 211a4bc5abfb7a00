package compare

import (
	"math"
	"strings"
)

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
	nli = nliFeatures(ps, similarityScore(ps), allCues(ps))
	return sim, nli
}

// FeatureNames returns the names of the similarity and classifier features.
func FeatureNames() (sim, nli []string) { return simFeatureNames, nliFeatureNames }

// judge decides the relation of a pair and gives its reasons. A
// contradiction needs evidence on what the two claims share: a cue grounded
// in aligned words (a negation or an antonym of a shared word, a denial,
// different figures for the same thing, opposite assessments of it ...).
// A strong cue decides. A weak one (things or actions swapped on an
// otherwise aligned frame, a negation of a word only one side has) never
// makes a contradiction, only a difference: "a man is playing the piano"
// and "a man is singing" may both be true. Between two parties' claims, a
// concession ("indeed", "we accept that") makes an agreement. A difference
// cue (hedging, all against part) makes a difference.
// Otherwise the classifier chooses between agreement and difference; two
// parties' claims paired for saying the same thing agree when they are
// similar enough (see statementRelation). symmetric averages the classifier over both directions,
// for two parties' claims where neither is the premise; for them, paired as
// counterparts, an antonym is a clash even where the rest of the claims
// differs.
func judge(ps *pairStats, symmetric bool) Verdict {
	return decide(ps, weigh(ps, symmetric), symmetric)
}

// decide is judge on evidence already weighed.
func decide(ps *pairStats, j weighing, symmetric bool) Verdict {
	cues := j.cues
	v := Verdict{Similarity: round3(j.sim)}
	switch {
	case hasStrong(cues, Contradict):
		v.Relation = Contradict
	case len(j.granted) > 0:
		v.Relation = Agree
		cues = append(j.granted, cues...)
	case hasRel(cues, Differ):
		v.Relation = Differ
	case hasCueKind(cues, negatedOppositeKind):
		v.Relation = Agree
	case hasRel(cues, Contradict):
		// a possible clash the evidence does not settle: no agreement
		v.Relation = Differ
		cues = asDifferences(cues)
	case symmetric:
		v.Relation = statementRelation(j.p, j.sim, sameFigures(cues))
	case j.p[0] >= j.p[1] && j.p[0] >= j.p[2]:
		v.Relation = Agree
	default:
		v.Relation = Differ
	}
	switch v.Relation {
	case Agree:
		cues = agreeCues(ps, cues)
	case Differ:
		cues = append(cues, detailCues(ps)...)
	}
	if v.Relation == Contradict && hasStrong(cues, Contradict) {
		cues = strongOnly(cues)
	}
	v.Cues = cueTexts(cues, v.Relation)
	if len(v.Cues) == 0 {
		v.Cues = cueTexts(fallbackCues(v.Relation), v.Relation)
	}
	return v
}

// weighing is the evidence judge decides a pair on.
type weighing struct {
	sim     float64
	p       [3]float64 // classifier probabilities: agree, contradict, differ
	cues    []cue
	granted []cue // a concession, between two parties' claims
}

// weigh gathers the evidence on a pair: its similarity, the classifier's
// probabilities (averaged over both directions when symmetric) and its
// cues.
func weigh(ps *pairStats, symmetric bool) weighing {
	sim := similarityScore(ps)
	cues := allCues(ps)
	p := nliProbs(nliFeatures(ps, sim, cues))
	j := weighing{sim: sim}
	if symmetric {
		q := nliProbs(nliFeatures(ps.reversed(), sim, allCues(ps.reversed())))
		for c := range p {
			p[c] = (p[c] + q[c]) / 2
		}
		cues = framedStrong(cues)
		if (sameFigures(cues) || sim >= agreeSimilarity) && !modalHedge(ps.a) && !modalHedge(ps.b) {
			// counterparts giving one figure agree on it, whichever
			// estimates it ("stands at €480 million" / "the estimated cost
			// is nearly half a billion"), and two this alike say the same
			// thing whichever of them expects or believes it ("is expected
			// to begin next spring" / "is due to get under way in the
			// spring"); not where one leaves the event in doubt ("will be
			// published in May" / "may be published in May"). Above
			// agreeSimilarity, on every statement set of make quality this
			// found 1,604 of 3,114 expectations against 1,602; dropping the
			// modal hedges too found 1,608 but took that pair for an
			// agreement
			cues = withoutKind(cues, "hedged vs firm")
		}
		if sim < agreeSimilarity || hasCueKind(cues, "same facts") || hasCueKind(cues, "compatible figures") || !alikeButSwapped(ps) {
			cues = withoutSwaps(cues)
		}
		j.granted = concessionCues(ps.a, ps.b)
		if asked := askedCue(side{c: ps.a, m: ps.ab, isLeft: true}, side{c: ps.b, m: ps.ba}); asked != nil && hasStrong(cues, Contradict) {
			cues = append(weakened(cues, Contradict), asked...)
		}
	}
	j.p, j.cues = p, cues
	return j
}

// agreeSimilarity is the similarity at which two parties' claims paired
// for saying the same thing agree, unless the classifier finds them more
// likely to differ. A logistic model fitted on the 54 cases' expected pairs
// that no cue decides did worse than this rule with each case left out
// (accuracy 0.77 against 0.81 on the 24 team cases, which the rule was not
// set on), so the rule stays. Refitted on the 636 such pairs of the team
// cases and heldout2-34 (110 features: the classifier's inputs each way,
// the similarity features, the cues of the verdict), it matched the rule
// with each quarter of the folders left out (528 against 530 right);
// fitted on heldout26 and before, it found 4 more of the 742 expectations
// of heldout27-36 but called agreement on 6 more pairs their authors call
// different or contradictory (agreement precision 0.83 down to 0.81).
const agreeSimilarity = 0.5

// statementRelation decides a pair of two parties' claims without a
// contradiction or difference cue. They were paired for saying the same
// thing, so a high similarity means agreement even where one adds a detail,
// which the inference classifier would call neutral; so do the same or
// compatible figures of the same thing whatever the words ("lasted seven
// weeks" / "ran for almost two months", "covers around 1,200 premises" /
// "meant to reach roughly twelve hundred homes"): on the 254 statement
// cases of make quality, dropping the similarity floor of 0.15 this rule
// had found 9 more agreements for 3 more wrong ones.
func statementRelation(p [3]float64, sim float64, sameFacts bool) Relation {
	switch {
	case sim >= agreeSimilarity:
		return Agree
	case sameFacts:
		return Agree
	case p[0] >= 0.5 && sim >= agreeSimilarity*0.7:
		return Agree
	}
	return Differ
}

// framedStrong makes strong the cues weak only for want of a shared frame,
// for claims paired as counterparts.
func framedStrong(cs []cue) []cue {
	return mapCues(cs, func(c *cue) {
		if c.framed {
			c.weak = false
		}
	})
}

// mapCues returns a copy of cs with f applied to each cue.
func mapCues(cs []cue, f func(*cue)) []cue {
	out := make([]cue, len(cs))
	for k, c := range cs {
		f(&c)
		out[k] = c
	}
	return out
}

// withoutSwaps drops the weak cues of things or actions swapped on a shared
// frame ("a man is playing the piano" / "a man is playing the guitar"). In
// captions of one scene they hint at a clash, and so they do between two
// claims alike but for the swapped thing ("a doctor examined him" / "a
// nurse examined him"); but two parties' counterpart claims worded apart
// name one thing in their own words ("an independent engineer" / "an
// independent expert", "cut the quota" / "reduction in the catch limit").
// Among the paired counterparts of the 64 development cases the cue sat on
// 8 agreements, 8 contradictions and 4 differences; weigh drops it below
// agreeSimilarity, where the two give the same figures of one thing
// ("about 3 million pounds a month" / "roughly 3 million pounds every
// month"), which dates alone do not show, and unless the two claims match
// word for word but for the swap (alikeButSwapped): on every statement set
// of make quality the cue above agreeSimilarity sat on 10 agreements, 1
// difference and 1 contradiction, the sister terms mostly words of no
// shared slot ("Owners" / "straight"), and dropping it there found 1,601
// of 3,114 expectations against 1,591.
func withoutSwaps(cs []cue) []cue {
	out := cs[:0:0]
	for _, c := range cs {
		if k := cueKind(c.text); c.weak && c.rel == Contradict && (k == "different things" || k == "different actions") {
			continue
		}
		out = append(out, c)
	}
	return out
}

// alikeButSwapped reports whether every content word of each claim has its
// counterpart in the other but for one pair of sister terms: "a doctor
// examined the prisoner" / "a nurse examined the prisoner".
func alikeButSwapped(ps *pairStats) bool {
	return matchedButOne(ps.ab) && matchedButOne(ps.ba)
}

// matchedButOne reports whether every word match of ms finds a counterpart
// in the lexicon, at most one of them only a sister term or an opposite.
func matchedButOne(ms []wordMatch) bool {
	loose := 0
	for _, m := range ms {
		switch m.kind {
		case mNone, mRelated:
			return false
		case mCoHyponym, mAntonym:
			loose++
		}
	}
	return loose <= 1
}

// weakened returns cs with the cues for r made weak.
func weakened(cs []cue, r Relation) []cue {
	return mapCues(cs, func(c *cue) {
		if c.rel == r {
			c.weak = true
		}
	})
}

// asDifferences reports weak contradiction cues as differences, each but
// a swap (swapKinds) named a possible clash, so that the reader sees why a difference shows, say,
// antonyms: `possible clash, antonyms: "safe" / "unsafe"`.
func asDifferences(cs []cue) []cue {
	return mapCues(cs, func(c *cue) {
		if c.rel == Contradict && c.weak {
			c.rel = Differ
			if !swapKinds[cueKind(c.text)] {
				c.text = possibleClash + c.text
			}
		}
	})
}

// swapKinds name things, actions or places swapped on one frame: the
// weak evidence that makes a difference by design, never a clash.
var swapKinds = set("different things", "different actions", "different places")

// possibleClash heads the text of a contradiction cue the evidence does not
// settle, reported as a difference.
const possibleClash = "possible clash, "

// strongOnly drops the weak cues.
func strongOnly(cs []cue) []cue {
	var out []cue
	for _, c := range cs {
		if !c.weak {
			out = append(out, c)
		}
	}
	return out
}

// hasStrong reports whether a cue that is not weak argues for r.
func hasStrong(cs []cue, r Relation) bool {
	for _, c := range cs {
		if c.rel == r && !c.weak {
			return true
		}
	}
	return false
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
func fallbackCues(r Relation) []cue {
	if r == Agree {
		return []cue{{rel: Agree, text: "same content in other words"}}
	}
	return []cue{{rel: Differ, text: "the two claims say different things"}}
}

// round3 rounds to three decimals, for stable output.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
