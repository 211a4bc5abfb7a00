package compare

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/parley-reader/parley/compare/lexicon"
	"golang.org/x/text/unicode/norm"
)

// ErrEmpty is returned by Compare for a document without text.
var ErrEmpty = errors.New("the document has no text to compare")

// Compare analyses two parties' statements: it normalises both texts to NFC,
// splits them into claims, pairs each claim with its counterpart on the
// other side, judges each pair and diffs it word by word. Claims left without
// a counterpart are listed as unmatched. The result is the same for the same
// input. It returns an error wrapping ErrEmpty when either text is empty.
func Compare(left, right Document) (*Result, error) {
	res, al, err := newAligner(left, right)
	if err != nil {
		return nil, err
	}
	sides := [2][]*claimInfo{al.left, al.right}
	matchedL := make([]bool, len(sides[0]))
	matchedR := make([]bool, len(sides[1]))
	aligned := al.align()
	d := al.judgingDepth()
	var confident []alignedPair
	res.Suggestions = []Suggestion{}
	agrees := make([]bool, len(aligned))
	parallel(len(aligned), func(k int) {
		if ap := aligned[k]; ap.onEvidence || ap.suggestion {
			agrees[k] = agreesOnFigures(ap, al, d)
		}
	})
	for k, ap := range aligned {
		if ap.onEvidence && !agrees[k] {
			aligned[k].left, aligned[k].right = nil, nil // left unmatched
			continue
		}
		if ap.suggestion && agrees[k] {
			ap.suggestion = false
		}
		if ap.suggestion {
			res.Suggestions = append(res.Suggestions, Suggestion{Left: ap.left, Right: ap.right, Similarity: round3(similarityScore(ap.ps))})
		} else {
			confident = append(confident, ap)
		}
	}
	pairs := make([]Pair, len(confident))
	cued := make([]bool, len(confident))
	parallel(len(confident), func(k int) {
		ap := confident[k]
		ps := compareClaims(ap.ps.a, ap.ps.b, al.idf, al.lx, d)
		ps.topical = true
		j, v := judgePassages(ps, len(ap.left)+len(ap.right) > 2, func() (as, bs []*claimInfo) {
			return pick(al.left, ap.left), pick(al.right, ap.right)
		}, al.idf, al.lx, d)
		cued[k] = namesDifference(j.cues)
		ops, lc, rc := wordDiff(ps.a, ps.b)
		pairs[k] = Pair{Left: ap.left, Right: ap.right, Similarity: v.Similarity,
			Relation: v.Relation, Cues: v.Cues, Diff: ops, LeftChanged: lc, RightChanged: rc}
	})
	res.Pairs = pairs[:0]
	for k, p := range pairs {
		if p.Relation == Differ && confident[k].p < surePair && !cued[k] {
			// a doubtful pair with nothing to say but that the two differ
			res.Suggestions = append(res.Suggestions, Suggestion{Left: p.Left, Right: p.Right, Similarity: p.Similarity})
			continue
		}
		res.Pairs = append(res.Pairs, p)
	}
	sort.SliceStable(res.Suggestions, func(x, y int) bool {
		sx, sy := res.Suggestions[x], res.Suggestions[y]
		if sx.Left[0] != sy.Left[0] {
			return sx.Left[0] < sy.Left[0]
		}
		return sx.Right[0] < sy.Right[0]
	})
	for _, ap := range aligned {
		for _, i := range ap.left {
			matchedL[i] = true
		}
		for _, j := range ap.right {
			matchedR[j] = true
		}
	}
	res.Unmatched = Unmatched{Left: unmatched(matchedL), Right: unmatched(matchedR)}
	return res, nil
}

// judgingDepth is how deep the lexicon is asked when the aligner's pairs
// are judged: sister terms (man / woman), the dearest question to the
// lexicon, only for documents of up to fullDepthClaims claims together.
func (al *aligner) judgingDepth() depth {
	if len(al.left)+len(al.right) > fullDepthClaims {
		return related
	}
	return full
}

// judgePassages weighs and decides a pair of two parties' passages, as
// Compare and MakePair judge the pairs they make, and lets the wording
// model reread the verdict. A joined passage (several claims on a side)
// contradicts the other side only where one of its claims, which members
// gives for each side, does on its own: otherwise the neighbour brought in
// a figure or a negation of its own, and the clash is weakened.
func judgePassages(ps *pairStats, joined bool, members func() (as, bs []*claimInfo), idf idfFunc, lx *lexCache, d depth) (weighing, Verdict) {
	j, v := judgeRules(ps, joined, members, idf, lx, d)
	rel, why := reread(ps, v)
	if rel == v.Relation {
		return j, v
	}
	if rel == Contradict && joined {
		if as, bs := members(); !memberClash(as, bs, idf, lx, d, true) {
			return j, v
		}
	}
	return j, overrule(ps, j, v, rel, why)
}

// judgeRules is judgePassages without the wording model: the verdict of
// the rules and the classifier alone.
func judgeRules(ps *pairStats, joined bool, members func() (as, bs []*claimInfo), idf idfFunc, lx *lexCache, d depth) (weighing, Verdict) {
	j := weigh(ps, true)
	v := decide(ps, j, true)
	if v.Relation == Contradict && joined {
		if as, bs := members(); !memberClash(as, bs, idf, lx, d, false) {
			j.cues = weakened(j.cues, Contradict)
			v = decide(ps, j, true)
		}
	}
	return j, v
}

// memberClash reports whether one of the claims as, against one of bs,
// contradicts it on its own, by the rules, and by the wording model too
// when withModel is set.
func memberClash(as, bs []*claimInfo, idf idfFunc, lx *lexCache, d depth, withModel bool) bool {
	for _, a := range as {
		for _, b := range bs {
			ps := compareClaims(a, b, idf, lx, d)
			ps.topical = true
			v := judge(ps, true)
			if withModel {
				v.Relation, _ = reread(ps, v)
			}
			if v.Relation == Contradict {
				return true
			}
		}
	}
	return false
}

// pick returns the claims of cs at the indices ids.
func pick(cs []*claimInfo, ids []int) []*claimInfo {
	out := make([]*claimInfo, len(ids))
	for k, i := range ids {
		out[k] = cs[i]
	}
	return out
}

// newAligner normalises and splits both documents and prepares their
// claims for alignment.
func newAligner(left, right Document) (*Result, *aligner, error) {
	res := &Result{Left: Side{Document: left}, Right: Side{Document: right}}
	docs := [2]*Side{&res.Left, &res.Right}
	var runes [2][]rune
	// the engine's tables load while the documents are split, side by side
	work := append([]func(){
		func() { splitSide(docs[0], &runes[0]) },
		func() { splitSide(docs[1], &runes[1]) },
	}, tableLoaders...)
	parallel(len(work), func(k int) { work[k]() })
	for k, s := range docs {
		name := [2]string{"left", "right"}[k]
		if strings.TrimSpace(s.Text) == "" {
			return nil, nil, fmt.Errorf("%s document %q: %w", name, s.Title, ErrEmpty)
		}
		if len(s.Claims) == 0 {
			return nil, nil, fmt.Errorf("%s document %q has no words: %w", name, s.Title, ErrEmpty)
		}
	}
	// both sides' claims in one pass, so that neither CPU waits at the
	// end of a side
	nl := len(res.Left.Claims)
	all := make([]*claimInfo, nl+len(res.Right.Claims))
	parallel(len(all), func(i int) {
		k, n := 0, i
		if i >= nl {
			k, n = 1, i-nl
		}
		c := docs[k].Claims[n]
		all[i] = prepare(runes[k], Span{c.Start, c.End}, sharedLex)
	})
	al := alignerOf(all[:nl:nl], all[nl:])
	parallel(len(all), func(i int) {
		all[i].w = weights(all[i], al.idf)
		all[i].vec, all[i].norm = tfidf(all[i], al.idf)
	})
	return res, al, nil
}

// splitSide normalises a side's text and splits it into claims, and sets r to
// the text's runes.
func splitSide(s *Side, r *[]rune) {
	s.Text = normalise(s.Text)
	s.Claims = Split(s.Text)
	*r = []rune(s.Text)
}

// tableLoaders load the tables the engine reads on first use; an embedded
// table that does not load panics where it is first read, as before.
var tableLoaders = []func(){
	func() { background() },
	func() { evaluationLexicon() },
	func() { wordVectors() },
	func() { _ = lexicon.Load() },
	func() { wordingWeights() },
}

// PairingCandidate is a pair of claims the aligner considers, with the
// pairing model's features: a row of the data tools/fitweights fits the
// model on.
type PairingCandidate struct {
	Left, Right int // claim ids
	Features    []float64
	WordPairs   []uint32 // the slots of the word-pair model's inputs
}

// PairingCandidates splits two documents into claims, as Compare does, and
// returns the candidate pairs the aligner scores, with their features (in
// the order PairingFeatureNames gives) but for the ranking ones, which
// SetRanks sets from first-stage probabilities. The result has claims but
// no pairs.
func PairingCandidates(left, right Document) (*Result, []PairingCandidate, error) {
	res, al, err := newAligner(left, right)
	if err != nil {
		return nil, nil, err
	}
	al.topic = al.sharedTopic()
	cands := al.candidates()
	out := make([]PairingCandidate, len(cands))
	for k, c := range cands {
		f := append([]float64(nil), c.f...)
		setRanks(f, [4]float64{})
		var slots []uint32
		eachWordPair(al.left[c.i], al.right[c.j], func(s uint32) { slots = append(slots, s) })
		out[k] = PairingCandidate{Left: c.i, Right: c.j, Features: f, WordPairs: slots}
	}
	return res, out, nil
}

// SetRanks sets the ranking features of a comparison's candidates from
// their first-stage probabilities p, as the aligner does.
func SetRanks(cands []PairingCandidate, p []float64) {
	l, r := make([]int, len(cands)), make([]int, len(cands))
	nl, nr := 0, 0
	for k, c := range cands {
		l[k], r[k] = c.Left, c.Right
		nl, nr = max(nl, c.Left+1), max(nr, c.Right+1)
	}
	for k, f := range rankFeatures(p, l, r, nl, nr) {
		setRanks(cands[k].Features, f)
	}
}

// WordPairSlots is the size of the word-pair model's table of weights.
const WordPairSlots = 1 << wordPairBits

// WordPairScale is how many units of the table's signed bytes make one of
// log-odds.
const WordPairScale = wordPairScale

// PairingFeatureNames names the pairing model's features.
func PairingFeatureNames() []string { return pairFeatureNames }

// fullDepthClaims is the most claims (both sides together) for which the
// pairs are judged with sister terms.
const fullDepthClaims = 1000

// parallel calls f for 0 <= i < n on as many goroutines as there are CPUs.
// f must write only its own slots: results stay in input order.
func parallel(n int, f func(i int)) {
	parallelWorkers(n, func(_, i int) { f(i) })
}

// workers is how many goroutines parallel runs.
func workers() int { return runtime.GOMAXPROCS(0) }

// parallelWorkers is parallel with the number (0 <= w < workers()) of the
// goroutine that runs each call, for per-worker scratch space.
func parallelWorkers(n int, f func(w, i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range min(workers(), n) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				f(w, i)
			}
		})
	}
	wg.Wait()
}

// normalise returns s as valid UTF-8 (each invalid byte becoming U+FFFD, as
// []rune does) in Unicode normal form C.
func normalise(s string) string {
	return norm.NFC.String(string([]rune(s)))
}

// unmatched lists the indexes whose flag is false.
func unmatched(matched []bool) []int {
	out := []int{}
	for i, m := range matched {
		if !m {
			out = append(out, i)
		}
	}
	return out
}

// agreesOnFigures reports whether a suggested pair agrees on figures of
// one measure ("at about 3am" / "at around three o'clock") or by a
// concession ("acknowledged that"): the pairing model weighs the words two
// claims share, and such a pair shares few, but the figures or the grant
// show that the two speak of one thing. On the 104 development cases and
// heldout7, pairing these suggestions found 5 more relations (377 of 664)
// with 7 more pairs, each of two claims an expectation pairs; 2 of the 7
// have another relation expected.
func agreesOnFigures(ap alignedPair, al *aligner, d depth) bool {
	if len(ap.left) != 1 || len(ap.right) != 1 {
		return false
	}
	if (len(ap.ps.a.qs) == 0 || len(ap.ps.b.qs) == 0) && concessionCues(ap.ps.a, ap.ps.b) == nil {
		return false // no figures to meet and no concession: spare the judging
	}
	ps := compareClaims(ap.ps.a, ap.ps.b, al.idf, al.lx, d)
	ps.topical = true
	j := weigh(ps, true)
	figures := slices.ContainsFunc(j.cues, func(c cue) bool { return agreeingFigureKinds[cueKind(c.text)] })
	return (figures || len(j.granted) > 0) && decide(ps, j, true).Relation == Agree
}

// namesDifference reports whether cues name how two claims differ or may
// clash, beyond what only one of them says: figures of different things, a
// qualification, a hedge, a part against the whole, a clash the evidence
// does not settle. That one claim is only supposed ("if it is found to
// have breached") names no difference in what the two say.
func namesDifference(cs []cue) bool {
	return slices.ContainsFunc(cs, func(c cue) bool {
		return c.rel == Contradict || c.rel == Differ && cueKind(c.text) != supposedKind
	})
}

// CentredVectors splits two documents into claims, as Compare does, and
// returns each claim's centred mean word vector before the learned metric
// (nil for a claim with no known word): the rows tools/fitweights fits the
// metric on. The result has claims but no pairs.
func CentredVectors(left, right Document) (res *Result, l, r [][]float32, err error) {
	res, al, err := newAligner(left, right)
	if err != nil {
		return nil, nil, nil, err
	}
	raw := func(cs []*claimInfo) [][]float32 {
		out := make([][]float32, len(cs))
		for k, c := range cs {
			out[k] = rawCentred(c.plain, al.centre)
		}
		return out
	}
	return res, raw(al.left), raw(al.right), nil
}
