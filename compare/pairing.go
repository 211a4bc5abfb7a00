package compare

import (
	"math"
	"slices"
	"strings"

	"github.com/parley-reader/parley/compare/stat"
	"github.com/parley-reader/parley/compare/vectors"
)

// signal is one source of evidence that two claims speak of the same
// thing: it proposes candidate partners and gives the pairing model its
// features. The lexical signal reads shared words and their synonyms, the
// vector signal word embeddings; another model (a sentence encoder, say)
// joins as one more signal without touching the alignment.
type signal interface {
	// neighbours returns, for each claim of from, the claims of to that
	// the signal finds closest, at most k, best first.
	neighbours(from, to []*claimInfo, k int) [][]int
	// features appends the signal's features of a pair to dst.
	features(dst []float64, ps *pairStats) []float64
	// featureNames names the features, in order.
	featureNames() []string
}

// signals returns the signals of a comparison.
func (al *aligner) signals() []signal {
	return []signal{lexicalSignal{al}, vectorSignal{}}
}

// lexicalSignal proposes claims that share uncommon words or their
// synonyms, and scores a pair with the fitted similarity.
type lexicalSignal struct{ al *aligner }

func (s lexicalSignal) neighbours(from, to []*claimInfo, k int) [][]int {
	return s.al.lexicalCandidates(from, to, k)
}

func (lexicalSignal) features(dst []float64, ps *pairStats) []float64 {
	return append(dst, similarityScore(ps), cosine(ps.a, ps.b, ps.idf))
}

func (lexicalSignal) featureNames() []string { return []string{"similarity", "cosine"} }

// vectorSignal proposes claims whose mean word vectors are close once what
// every claim of the comparison shares is taken out (claimInfo.centred), so
// that claims about the same thing in different words meet, and scores a
// pair with that closeness, the closeness of the IDF-weighted means, and
// how much of each claim the other covers through exact, lexicon or vector
// matches of its words.
type vectorSignal struct{}

func (vectorSignal) neighbours(from, to []*claimInfo, k int) [][]int {
	return nearestMeans(from, to, k)
}

func (vectorSignal) features(dst []float64, ps *pairStats) []float64 {
	ca, cb := coverage(ps.ab, ps.idfA), coverage(ps.ba, ps.idfB)
	return append(dst, vectors.DenseCosine(ps.a.centred, ps.b.centred), math.Min(ca, cb), math.Max(ca, cb),
		vectors.DenseCosine(ps.a.mean, ps.b.mean))
}

func (vectorSignal) featureNames() []string {
	return []string{"vector_cosine", "soft_cover_min", "soft_cover_max", "raw_cosine"}
}

// Positions of the features the aligner sets after scoring every candidate.
const (
	pairMutualBest = 1
	pairGap        = 2
	pairDiagonal   = 3
	pairDiagCover  = 4
	pairDiagBoth   = 5
)

// setRanks sets the ranking features of a candidate's features f from r,
// as rankFeatures returns them.
func setRanks(f []float64, r [4]float64) {
	f[pairMutualBest], f[pairGap], f[pairDiagonal], f[pairDiagBoth] = r[0], r[1], r[2], r[3]
	f[pairDiagCover] = r[2] * f[pairSoftCoverMax]
}

// pairSoftCoverMax is the position of the feature soft_cover_max.
var pairSoftCoverMax = slices.Index(pairFeatureNames, "soft_cover_max")

// pairFeatureNames names the pairing model's features, in order: those the
// aligner sets, those of each signal, then the cues.
var pairFeatureNames = func() []string {
	names := []string{"bias", "mutual_best", "similarity_gap", "diagonal_support", "diagonal_x_cover", "diagonal_both"}
	for _, s := range (&aligner{}).signals() {
		names = append(names, s.featureNames()...)
	}
	return append(names, "clash_negation", "clash_figures", "clash_other", "all_vs_part", "same_measure",
		"opposed_assessment", "short", "position_gap", "anchor_max", "anchor_sum", "clash_timeliness",
		"figures_agree", "frame_anchor", "frame_x_unanchored", "conceded", "both_hedged", "both_negated", "tally_anchor", "dated_anchor", "one_figure", "fewest_claims")
}()

// pairFeatures computes the pairing features of a candidate; the ranking
// features stay zero until rank sets them from the first stage.
func (al *aligner) pairFeatures(c *candidate, cues []cue) []float64 {
	f := make([]float64, 6, len(pairFeatureNames))
	f[0] = 1
	for _, s := range al.signals() {
		f = s.features(f, c.ps)
	}
	a, b := c.ps.a, c.ps.b
	short := math.Min(float64(len(a.content)), float64(len(b.content)))
	var fam [5]float64
	timely, agreeing := 0.0, 0.0
	for _, cu := range cues {
		if measureKinds[cueKind(cu.text)] {
			fam[4] = 1
		}
		if agreeingFigureKinds[cueKind(cu.text)] {
			agreeing++
		}
		switch {
		case cu.rel == Differ && cueKind(cu.text) == "all vs part" || cueKind(cu.text) == exceptionsKind:
			fam[3] = 1
		case cu.rel == Differ:
		case cu.rel != Contradict || cu.weak || strings.HasPrefix(cu.text, assessmentKind):
		case strings.HasPrefix(cu.text, "negation"):
			fam[0] = 1
		case figureKinds[cueKind(cu.text)]:
			fam[1] = 1
		case cueKind(cu.text) == "at once vs after a delay":
			timely = 1
		default:
			fam[2] = 1
		}
	}
	f = append(append(f, fam[:]...), b2f(opposed(a, b)), b2f(short <= 3))
	gap := math.Abs(relPos(c.i, len(al.left)) - relPos(c.j, len(al.right)))
	amax, asum := al.anchors(c.ps)
	// a shared rare frame, and the same where no rare word ties the claims
	fa := al.frameAnchor(c.i, c.j)
	return append(f, gap, amax, asum, timely, math.Min(agreeing, 2), fa, fa*(1-math.Min(amax, 1)),
		b2f(a.mk.concession >= 0 || b.mk.concession >= 0), b2f(a.mk.hedge >= 0 && b.mk.hedge >= 0), b2f(a.mk.negated && b.mk.negated), al.tallyAnchor(c.i, c.j), al.datedAnchor(c.i, c.j), b2f(oneFigure(a, b)),
		float64(min(len(al.left), len(al.right))))
}

// oneFigure reports whether two claims give one uncommon figure of one
// measure (sameFigure or restated: "1,450 children" / "close to one and a
// half thousand young patients" is not, "£4.2m" / "4.2 million pounds"
// is) or the same day of the same month.
func oneFigure(a, b *claimInfo) bool {
	for _, qa := range a.qs {
		for _, qb := range b.qs {
			if sameFigure(qa, qb) || restated(qa, qb) || qa.month != "" && qa.month == qb.month && qa.val > 0 && qa.val == qb.val && !weekdays[qa.month] {
				return true
			}
		}
	}
	return false
}

// anchors scores the words two claims share (the same word or a synonym)
// by how few other claims use them: a shared word that no other claim of
// either side uses ("appeal", "18,000") ties the two claims together, one
// that every claim repeats (the parties' names, the topic) does not. Each
// shared word scores 1 / (claims of the left using it × claims of the
// right using it), weighed by its background rarity; anchors returns the
// largest score and the sum.
func (al *aligner) anchors(ps *pairStats) (maxScore, sum float64) {
	for n, m := range ps.ab {
		if m.kind != mExact && m.kind != mSynonym {
			continue
		}
		ka, kb := ps.a.tok(n).Key, ps.b.tok(m.other).Key
		s := backgroundIDF(ka) / rarestIDF / float64(max(1, al.dfLeft[ka])*max(1, al.dfRight[kb]))
		maxScore = math.Max(maxScore, s)
		sum += s
	}
	return maxScore, sum
}

// rarestIDF is the background IDF of a term in no document, the largest:
// anchors scale by it.
var rarestIDF = idfOf(idfDocs, 0)

// relPos is the place of claim i among n, from 0 (the first) to 1 (the
// last): two parties answering each other tend to take the points in the
// same order.
func relPos(i, n int) float64 {
	if n <= 1 {
		return 0
	}
	return float64(i) / float64(n-1)
}

// figureKinds are the cues about numbers, dates and times.
var figureKinds = set("different number", "different date", "different time", "quantity")

// measureKinds are the cues of two figures that measure or count the same
// thing, whether they meet or not: "85,000 pounds" / "roughly 85,000
// pounds", "38 flights" / "41 flights"; and of two figures of one unit
// whose words do not show them to be of one thing ("different figures":
// "travelling at 11 km/h" / "doing around 20 miles an hour"), which still
// tie two claims to one subject. Dates are left out: many claims of two
// accounts of one event give its date. With "different figures" among
// them and the pairing model refitted, make quality found 1,609 of 3,114
// expectations against 1,603 (all but heldout2-5 outside the fit), with 5
// more of the claims a case lists as never addressed left unmatched.
var measureKinds = set("same facts", "compatible figures", "different number", "different time", "different figures",
	"quantity", countKind, peopleCountKind)

// agreeingFigureKinds are the cues of two figures of one measure that meet,
// and of one day both claims give: "almost a third" / "around 30 per cent",
// "up to two hours" / "120 minutes", "on 2 May" / "on the second of May".
// Two accounts rarely give the same figure of the same thing in claims
// about different things. A shared day counts here though not among the
// measures: with it, make quality found 1,269 of 2,522 expectations against
// 1,261, with fewer claims the other side addresses left unmatched (694 of
// 5,043 against 701).
var agreeingFigureKinds = set("same facts", "compatible figures", sameDateKind)

// cueKind returns the kind of a cue: its text before the colon.
func cueKind(text string) string {
	k, _, _ := strings.Cut(text, ":")
	return k
}

// pairingProb applies the fitted pairing model: the probability that the
// two claims of a candidate are counterparts.
func pairingProb(f []float64) float64 { return pairModel.Prob(f) }

// firstStageProb applies the first-stage pairing model, which reads every
// feature but the ranking ones (zero until rank sets them): the
// probability by which candidates are ranked.
func firstStageProb(f []float64) float64 { return stat.Sigmoid(stat.Dot(pairWeights0, f)) }
