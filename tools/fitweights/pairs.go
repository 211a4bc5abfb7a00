package main

import (
	"fmt"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/compare/boost"
	"github.com/parley-reader/parley/compare/stat"
	"github.com/parley-reader/parley/internal/cases"
)

// readCaseFolders reads the cases in the comma-separated folders of list,
// which may name numeric ranges (heldout{6..60}).
func readCaseFolders(list string) ([]cases.Case, error) {
	var cs []cases.Case
	for _, dir := range strings.Split(list, ",") {
		for _, d := range expandRanges(strings.TrimSpace(dir)) {
			if d == "" {
				continue
			}
			more, err := cases.ReadDir(d)
			if err != nil {
				return nil, err
			}
			cs = append(cs, more...)
		}
	}
	return cs, nil
}

// readCases reads the dev cases under samples, the seed's expectations
// with the built-in sample's texts, and the cases in the comma-separated
// folders of extra.
func readCases(samples, sampleDir, extra string) ([]cases.Case, error) {
	files, err := filepath.Glob(filepath.Join(samples, "dev-cases*", "*.json"))
	if err != nil {
		return nil, err
	}
	files = append(files, filepath.Join(samples, "talks-2018-expected.json"))
	var cs []cases.Case
	for _, f := range files {
		c, err := cases.Read(f)
		if err != nil {
			return nil, err
		}
		cs = append(cs, c)
	}
	more, err := readCaseFolders(extra)
	if err != nil {
		return nil, err
	}
	// the seed's expectations last, with the built-in sample's texts
	cs = append(append(cs[:len(cs)-1:len(cs)-1], more...), cs[len(cs)-1])
	seed := &cs[len(cs)-1]
	l, err := os.ReadFile(filepath.Join(sampleDir, "left.txt"))
	if err != nil {
		return nil, err
	}
	r, err := os.ReadFile(filepath.Join(sampleDir, "right.txt"))
	if err != nil {
		return nil, err
	}
	seed.Left.Text, seed.Right.Text = string(l), string(r)
	return cs, nil
}

// named returns the ids of the claims that hold one of the substrings.
func named(claims []compare.Claim, subs []string) map[int]bool {
	ids := map[int]bool{}
	for _, c := range claims {
		if containsAny(c.Text, subs) {
			ids[c.ID] = true
		}
	}
	return ids
}

// containsAny reports whether text holds one of the substrings.
func containsAny(text string, subs []string) bool { return cases.AnyIn(cases.Fold(text), subs) }

// pairAt is the probability from which the aligner pairs two claims
// (compare's pairProb), for the figures fitPairs reports.
const pairAt = 0.25

// caseRows are the pairing candidates of one case with their labels.
type caseRows struct {
	cands    []compare.PairingCandidate
	y        []int
	use      []bool // whether the case says what the candidate is
	expected int    // expected pairs
	proposed int    // expected pairs among the candidates
}

// ranked returns the rows' features with the ranking features set from the
// first-stage model w0, as the aligner sets them.
func (r caseRows) ranked(w0 []float64) [][]float64 {
	cs := make([]compare.PairingCandidate, len(r.cands))
	p := make([]float64, len(r.cands))
	for k, c := range r.cands {
		cs[k] = c
		cs[k].Features = append([]float64(nil), c.Features...)
		p[k] = stat.Sigmoid(stat.Dot(w0, c.Features))
	}
	compare.SetRanks(cs, p)
	x := make([][]float64, len(cs))
	for k, c := range cs {
		x[k] = c.Features
	}
	return x
}

// fitStages fits the first-stage model, a logistic regression (the ranking
// features are zero in the rows), on the cases' rows, and the final one,
// boosted trees, on the rows of the cases and of the short statements cut
// from them (crossCase, keptCase), ranked by it; each on the rows the
// cases say something of. The first stage's L2 penalty, 0.05 (0.1 in the
// two-class form of logistic), was chosen when every candidate was a row
// of a logistic second stage: it gave the best F1 with each case left out
// (0.812 at p >= 0.5, precision 0.90; 0.806 at 0.003, 0.805 at 0.01 and
// 0.03, 0.790 at 0.3).
func fitStages(rows, small []caseRows) (w0 []float64, m *boost.Model) {
	var x, x1 [][]float64
	var y, y1 []int
	for _, r := range rows {
		for k, c := range r.cands {
			if r.use[k] {
				x = append(x, c.Features)
				y = append(y, r.y[k])
			}
		}
	}
	w0 = logisticNewton(x, y, 0.05)
	for _, r := range append(slices.Clip(rows), small...) {
		for k, f := range r.ranked(w0) {
			if r.use[k] {
				x1 = append(x1, f)
				y1 = append(y1, r.y[k])
			}
		}
	}
	return w0, boost.Fit(x1, y1, treeOptions)
}

// crossStride is how far down the list of cases fitPairs takes the right
// side it sets against a case's left side (crossCase).
const crossStride = 7

// treeOptions grow the pairing model's trees.
var treeOptions = boost.Options{Trees: 300, Depth: 3, Rate: 0.1, MinLeaf: 20, L2: 1, MaxBins: 255}

// pairRows returns a case's candidates labelled 1 when an expectation joins
// their two claims, each marked used when the case says what it is: an
// expected pair, or a candidate with a claim the case pairs or lists as
// omitted.
func pairRows(c cases.Case) (caseRows, error) {
	res, cands, err := compare.PairingCandidates(compare.Document{Meta: compare.Meta{Party: c.Left.Party}, Text: c.Left.Text},
		compare.Document{Meta: compare.Meta{Party: c.Right.Party}, Text: c.Right.Text})
	if err != nil {
		return caseRows{}, fmt.Errorf("%s: %w", c.Name, err)
	}
	// A case names only some of its claims: a candidate between two claims
	// it names neither in an expectation nor as omitted may well be
	// counterparts, so it is left out rather than counted as a non-pair.
	want, knownL, knownR := labels(c, res)
	rows := caseRows{expected: len(c.Expect)}
	got := map[[2]int]bool{}
	for _, k := range cands {
		label := 0
		if want[[2]int{k.Left, k.Right}] {
			label = 1
			got[[2]int{k.Left, k.Right}] = true
		}
		rows.cands = append(rows.cands, k)
		rows.y = append(rows.y, label)
		rows.use = append(rows.use, label == 1 || knownL[k.Left] || knownR[k.Right])
	}
	for _, e := range c.Expect {
		ls, rs := e.Lefts(), e.Rights()
		for ij := range got {
			if containsAny(res.Left.Claims[ij[0]].Text, ls) && containsAny(res.Right.Claims[ij[1]].Text, rs) {
				rows.proposed++
				break
			}
		}
	}
	return rows, nil
}

// labels returns what a case says of the claims of its comparison res:
// the pairs of left and right claim ids an expectation joins, and the
// claims of each side an expectation or an omission names.
func labels(c cases.Case, res *compare.Result) (want map[[2]int]bool, knownL, knownR map[int]bool) {
	want = map[[2]int]bool{}
	knownL, knownR = named(res.Left.Claims, c.Omitted.Left), named(res.Right.Claims, c.Omitted.Right)
	for _, e := range c.Expect {
		ls, rs := named(res.Left.Claims, e.Lefts()), named(res.Right.Claims, e.Rights())
		for l := range ls {
			knownL[l] = true
			for r := range rs {
				want[[2]int{l, r}] = true
			}
		}
		for r := range rs {
			knownR[r] = true
		}
	}
	return want, knownL, knownR
}

// fitPairs fits the pairing model on the development cases' candidates and
// reports how the model fitted on the other cases separates each case's
// counterparts from the rest, the cases held out in ten folds.
func fitPairs(cs []cases.Case) (w0 []float64, m *boost.Model, err error) {
	all := make([]caseRows, len(cs))
	small := make([][]caseRows, len(cs)) // short statements cut from case k (crossCase, keptCase)
	expected, proposed := 0, 0
	rng := rand.New(rand.NewPCG(1, 2))
	for k, c := range cs {
		r, err := pairRows(c)
		if err != nil {
			return nil, nil, err
		}
		all[k] = r
		expected += r.expected
		proposed += r.proposed
		x, okX := crossCase(c, cs[(k+crossStride)%len(cs)], rng)
		kept, okK := keptCase(c, rng)
		for _, s := range []struct {
			c  cases.Case
			ok bool
		}{{x, okX && len(cs) > crossStride}, {kept, okK}} {
			if !s.ok {
				continue
			}
			r, err := pairRows(s.c)
			if err != nil {
				return nil, nil, err
			}
			small[k] = append(small[k], r)
		}
	}
	log.Printf("pairing: %d cases, %d of %d expected pairs among the candidates", len(cs), proposed, expected)
	// ten folds, each of every tenth case
	const folds = 10
	var atPair pairTally
	sugg := 0
	var held [][2]float64 // probability with the case left out, label
	levels := []float64{0.1, 0.15, 0.2}
	band := make([][2]int, len(levels)) // true and all candidates in [level, pairAt)
	score := func(r caseRows, w0 []float64, m *boost.Model) {
		for n, row := range r.ranked(w0) {
			if !r.use[n] {
				continue
			}
			p := m.Prob(row)
			held = append(held, [2]float64{p, float64(r.y[n])})
			for l, lv := range levels {
				if p >= lv && p < pairAt {
					band[l][1]++
					band[l][0] += r.y[n]
				}
			}
			atPair.add(p >= pairAt, r.y[n] == 1)
			if p < pairAt && p >= 0.2 && r.y[n] == 1 {
				sugg++
			}
		}
	}
	var smallTally pairTally
	scoreSmall := func(r caseRows, w0 []float64, m *boost.Model) {
		for n, row := range r.ranked(w0) {
			if r.use[n] {
				smallTally.add(m.Prob(row) >= pairAt, r.y[n] == 1)
			}
		}
	}
	for k := range cs {
		if k >= folds {
			break
		}
		var others, othersSmall []caseRows
		for o, r := range all {
			if o%folds != k {
				others = append(others, r)
				othersSmall = append(othersSmall, small[o]...)
			}
		}
		w0, m := fitStages(others, othersSmall)
		for h := k; h < len(all); h += folds {
			score(all[h], w0, m)
			for _, r := range small[h] {
				scoreSmall(r, w0, m)
			}
		}
	}
	log.Printf("pairing, each case held out in ten folds: precision %.3f, recall %.3f of counterpart candidates at p >= %.2f (%d more at p >= 0.2)",
		atPair.precision(), atPair.recall(), pairAt, sugg)
	for l, lv := range levels {
		log.Printf("pairing, each case held out in ten folds: candidates with %.2f <= p < %.2f: %d, of which counterparts %d (%.2f)",
			lv, pairAt, band[l][1], band[l][0], float64(band[l][0])/float64(max(1, band[l][1])))
	}
	for _, t := range []float64{0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5} {
		var at pairTally
		for _, h := range held {
			at.add(h[0] >= t, h[1] == 1)
		}
		log.Printf("pairing, each case held out in ten folds, pairs at p >= %.2f: precision %.3f, recall %.3f, F1 %.3f", t, at.precision(), at.recall(), at.f1())
	}
	log.Printf("pairing, each case held out in ten folds, short statements cut from them: %v", smallTally)
	w0, m = fitStages(all, slices.Concat(small...))
	return w0, m, nil
}

// pairTally counts pairing decisions against the labels.
type pairTally struct{ tp, fp, fn, tn int }

// add counts one candidate, paired or not, a counterpart or not.
func (t *pairTally) add(paired, counterpart bool) {
	switch {
	case paired && counterpart:
		t.tp++
	case paired:
		t.fp++
	case counterpart:
		t.fn++
	default:
		t.tn++
	}
}

// precision is the share of the pairs that are counterparts.
func (t pairTally) precision() float64 { return float64(t.tp) / float64(max(1, t.tp+t.fp)) }

// recall is the share of the counterparts that are paired.
func (t pairTally) recall() float64 { return float64(t.tp) / float64(max(1, t.tp+t.fn)) }

// f1 is the harmonic mean of precision and recall.
func (t pairTally) f1() float64 { return 2 * float64(t.tp) / float64(max(1, 2*t.tp+t.fp+t.fn)) }

// String gives the precision and recall of the pairs at pairAt, and how
// many of the candidates that are not counterparts were paired.
func (t pairTally) String() string {
	return fmt.Sprintf("precision %.3f, recall %.3f of counterparts at p >= %.2f; %d of %d other candidates paired",
		t.precision(), t.recall(), pairAt, t.fp, t.fp+t.tn)
}

// writePairWeights writes the two stages of the pairing model into
// compare/pairing_gen.go.
func writePairWeights(path string, w0 []float64, m *boost.Model, cs []cases.Case) error {
	names := compare.PairingFeatureNames()
	var sb strings.Builder
	sb.WriteString("// Code generated by tools/fitweights -pairs; DO NOT EDIT.\n\n")
	sb.WriteString("package compare\n\n")
	var trees strings.Builder
	for _, t := range m.Trees {
		fmt.Fprintf(&trees, "\t{Feature: []int{%s}, Threshold: []float64{%s}, Leaf: []float64{%s}},\n", ints(t.Feature), floats(t.Threshold), floats(t.Leaf))
	}
	if strings.Contains(trees.String(), "math.") {
		sb.WriteString("import (\n\t\"math\"\n\n\t\"github.com/parley-reader/parley/compare/boost\"\n)\n\n")
	} else {
		sb.WriteString("import \"github.com/parley-reader/parley/compare/boost\"\n\n")
	}
	fmt.Fprintf(&sb, "// pairWeights0 is the first stage of the pairing model, fitted with the\n")
	fmt.Fprintf(&sb, "// ranking features at zero: the probability candidates are ranked by.\n")
	sb.WriteString("var pairWeights0 = []float64{\n")
	for i, v := range w0 {
		fmt.Fprintf(&sb, "\t%s, // %s\n", strconv.FormatFloat(v, 'g', 6, 64), names[i])
	}
	sb.WriteString("}\n\n")
	fmt.Fprintf(&sb, "// pairModel is %d boosted trees of depth %d over pairFeatures (feature k\n", treeOptions.Trees, treeOptions.Depth)
	fmt.Fprintf(&sb, "// is pairFeatureNames[k]) giving the log-odds that two claims are\n")
	fmt.Fprintf(&sb, "// counterparts, fitted on the candidates of the %d development cases\n", len(cs))
	fmt.Fprintf(&sb, "// (../shared/samples and tools/quality/testdata) that have a claim an\n// expectation or omission names.\n")
	fmt.Fprintf(&sb, "var pairModel = boost.Model{Base: %s, Trees: []boost.Tree{\n", strconv.FormatFloat(m.Base, 'g', 6, 64))
	sb.WriteString(trees.String())
	sb.WriteString("}}\n")
	return writeGo(path, sb.String())
}

// ints formats numbers as a Go list.
func ints(v []int) string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = strconv.Itoa(x)
	}
	return strings.Join(parts, ", ")
}

// floats formats numbers as a Go list, six significant digits each;
// infinity as math.Inf(1).
func floats(v []float64) string {
	parts := make([]string, len(v))
	for i, x := range v {
		if math.IsInf(x, 1) {
			parts[i] = "math.Inf(1)"
			continue
		}
		parts[i] = strconv.FormatFloat(x, 'g', 6, 64)
	}
	return strings.Join(parts, ", ")
}

// namedWeights formats the weights with their feature names, for the log.
func namedWeights(w []float64) string {
	names := compare.PairingFeatureNames()
	parts := make([]string, len(w))
	for i := range w {
		parts[i] = fmt.Sprintf("%s=%.3g", names[i], w[i])
	}
	return strings.Join(parts, " ")
}
