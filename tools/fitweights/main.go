// Command fitweights fits the weights of the comparison engine (package
// compare) at development time and writes them into the package as
// generated Go files. Run it from the repository root in steps, since each
// reads what the one before writes through the compiled package:
//
//	go run ./tools/fitweights -idf   # compare/idf_gen.go: the background IDF table
//	go run ./tools/fitweights        # compare/weights_gen.go: similarity and classifier
//	go run ./tools/fitweights -pairs -cases tools/quality/testdata/cases,tools/quality/testdata/heldout{2..135} # compare/pairing_gen.go
//
// The data are the STS Benchmark (sts-train.csv for the similarity
// regression, sts-dev.csv to report it) and SNLI (snli_1.0_dev.tsv to fit the
// pair classifier, snli_1.0_test.tsv to report it) under ../shared/data.
// The IDF table counts the sentences of sts-train.csv and snli_1.0_dev.tsv.
// The pairing model is fitted on the statement cases
// (../shared/samples and the folders given with -cases).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"go/format"
	"log"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/compare/stat"
)

func main() {
	data := flag.String("data", "../shared/data", "folder holding stsb/ and snli/")
	out := flag.String("out", "compare", "folder of package compare")
	idf := flag.Bool("idf", false, "write the background IDF table instead of the weights")
	pairs := flag.Bool("pairs", false, "fit the pairing model on the development cases instead")
	samples := flag.String("samples", "../shared/samples", "folder holding the development cases")
	extra := flag.String("cases", "", "comma-separated `folders` of more cases shaped like dev-cases to fit the pairing model or the metric on; a numeric range, heldout{2..73}, names one folder per number")
	metricFit := flag.Bool("metric", false, "fit the learned metric of claims' mean word vectors on the development cases instead")
	wording := flag.Bool("wording", false, "fit the wording model on the development cases instead")
	wordPairs := flag.Bool("wordpairs", false, "fit the word-pair model of counterparts on the development cases instead")
	heldOut := flag.String("held-out", "", "with -wording: comma-separated `folders` of cases to report the model on, apart from those it is fitted on")
	flag.Parse()
	if *metricFit || *pairs || *wording || *wordPairs {
		// the cases alone: no sentence-pair data to read
		cs, err := readCases(*samples, filepath.Join(*out, "..", "assets", "sample"), *extra)
		check(err)
		if *metricFit {
			check(fitAndWriteMetric(cs, *out))
			return
		}
		if *wordPairs {
			check(fitAndWriteWordPairs(cs, *out))
			return
		}
		if *wording {
			hs, err := readCaseFolders(*heldOut)
			check(err)
			check(fitAndWriteWording(cs, hs, *out))
			return
		}
		w0, m, err := fitPairs(cs)
		check(err)
		log.Printf("pairing first stage: %s", namedWeights(w0))
		check(writePairWeights(filepath.Join(*out, "pairing_gen.go"), w0, m, cs))
		return
	}
	sts, err := readSTS(filepath.Join(*data, "stsb", "sts-train.csv"))
	check(err)
	stsDev, err := readSTS(filepath.Join(*data, "stsb", "sts-dev.csv"))
	check(err)
	nli, err := readSNLI(filepath.Join(*data, "snli", "snli_1.0_dev.tsv"))
	check(err)
	nliTest, err := readSNLI(filepath.Join(*data, "snli", "snli_1.0_test.tsv"))
	check(err)
	if *idf {
		var texts []string
		for _, p := range append(sts, nli...) {
			texts = append(texts, p.a, p.b)
		}
		check(writeIDF(filepath.Join(*out, "idf_gen.go"), texts))
		return
	}
	simW, simNames := fitSimilarity(sts, stsDev)
	nliW, nliNames := fitClassifier(nli, nliTest, simW)
	check(writeWeights(filepath.Join(*out, "weights_gen.go"), simW, simNames, nliW, nliNames))
}

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

// pair is one labelled sentence pair.
type pair struct {
	a, b  string
	score float64 // STS similarity 0-5
	label int     // NLI class: 0 agree, 1 contradict, 2 differ
}

func readSTS(path string) ([]pair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	var out []pair
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) < 7 {
			continue
		}
		s, err := strconv.ParseFloat(fs[4], 64)
		if err != nil {
			continue
		}
		out = append(out, pair{a: fs[5], b: fs[6], score: s})
	}
	return out, sc.Err()
}

func readSNLI(path string) ([]pair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	labels := map[string]int{"entailment": 0, "contradiction": 1, "neutral": 2}
	var out []pair
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) < 3 {
			continue
		}
		l, ok := labels[fs[0]]
		if !ok {
			continue
		}
		out = append(out, pair{a: fs[1], b: fs[2], label: l})
	}
	return out, sc.Err()
}

func writeIDF(path string, texts []string) error {
	n, df := compare.BuildIDF(texts)
	keys := slices.Sorted(maps.Keys(df))
	var sb strings.Builder
	fmt.Fprintf(&sb, "// Code generated by tools/fitweights -idf; DO NOT EDIT.\n\n")
	fmt.Fprintf(&sb, "package compare\n\n")
	fmt.Fprintf(&sb, "// idfDocs is the number of sentences the background IDF table counts: those of\n")
	fmt.Fprintf(&sb, "// the STS Benchmark sts-train.csv and SNLI snli_1.0_dev.tsv.\n")
	fmt.Fprintf(&sb, "const idfDocs = %d\n\n", n)
	fmt.Fprintf(&sb, "// idfTable lists each term key and the number of those sentences that use it.\n")
	fmt.Fprintf(&sb, "const idfTable = \"\" +\n")
	for i, k := range keys {
		sep := " +"
		if i == len(keys)-1 {
			sep = ""
		}
		fmt.Fprintf(&sb, "\t%q%s\n", k+"\t"+strconv.Itoa(df[k])+"\n", sep)
	}
	log.Printf("idf: %d terms from %d sentences", len(keys), n)
	return writeGo(path, sb.String())
}

// writeGo formats Go source and writes it to path.
func writeGo(path, src string) error {
	b, err := format.Source([]byte(src))
	if err != nil {
		return fmt.Errorf("format %s: %w", path, err)
	}
	return os.WriteFile(path, b, 0o644)
}

// fitSimilarity fits a ridge regression of the STS score (scaled to 0-1) on
// the similarity features and reports Pearson's r on the dev set.
func fitSimilarity(train, dev []pair) ([]float64, []string) {
	names, _ := compare.FeatureNames()
	x, y := simMatrix(train)
	w := ridge(x, y, 1.0)
	for _, set := range []struct {
		name string
		ps   []pair
	}{{"sts-train", train}, {"sts-dev", dev}} {
		xs, ys := simMatrix(set.ps)
		pred := make([]float64, len(xs))
		for i := range xs {
			pred[i] = clamp(stat.Dot(w, xs[i]))
		}
		log.Printf("similarity Pearson on %s: %.4f", set.name, stat.Pearson(pred, ys))
	}
	return w, names
}

func simMatrix(ps []pair) ([][]float64, []float64) {
	x := make([][]float64, len(ps))
	y := make([]float64, len(ps))
	for i, p := range ps {
		x[i], _ = compare.PairFeatures(p.a, p.b)
		y[i] = p.score / 5
	}
	return x, y
}

// fitClassifier fits a multinomial logistic regression on SNLI dev and
// reports accuracy and contradiction F1 on SNLI test.
func fitClassifier(train, test []pair, simW []float64) ([3][]float64, []string) {
	_, names := compare.FeatureNames()
	x, y := nliMatrix(train, simW, names)
	w := logistic(x, y, 3, 0.01, 3000)
	xt, yt := nliMatrix(test, simW, names)
	var conf [3][3]int
	for i := range xt {
		conf[yt[i]][argmax(probs(w, xt[i]))]++
	}
	correct := conf[0][0] + conf[1][1] + conf[2][2]
	tp := conf[1][1]
	prec := float64(tp) / float64(conf[0][1]+conf[1][1]+conf[2][1])
	rec := float64(tp) / float64(conf[1][0]+conf[1][1]+conf[1][2])
	log.Printf("classifier on snli test: accuracy %.4f, contradiction F1 %.4f (confusion %v)",
		float64(correct)/float64(len(xt)), 2*prec*rec/(prec+rec), conf)
	var out [3][]float64
	copy(out[:], w)
	return out, names
}

func nliMatrix(ps []pair, simW []float64, names []string) ([][]float64, []int) {
	simIdx := -1
	for i, n := range names {
		if n == "similarity" {
			simIdx = i
		}
	}
	x := make([][]float64, len(ps))
	y := make([]int, len(ps))
	for i, p := range ps {
		sf, nf := compare.PairFeatures(p.a, p.b)
		if simIdx >= 0 {
			nf[simIdx] = clamp(stat.Dot(simW, sf))
		}
		x[i], y[i] = nf, p.label
	}
	return x, y
}

func clamp(v float64) float64 { return math.Max(0, math.Min(1, v)) }

// ridge solves (XᵀX + λI)w = Xᵀy, not penalising the bias (column 0).
func ridge(x [][]float64, y []float64, lambda float64) []float64 {
	d := len(x[0])
	a := make([][]float64, d)
	for i := range a {
		a[i] = make([]float64, d+1)
	}
	for n, row := range x {
		for i := 0; i < d; i++ {
			for j := 0; j < d; j++ {
				a[i][j] += row[i] * row[j]
			}
			a[i][d] += row[i] * y[n]
		}
	}
	for i := 1; i < d; i++ {
		a[i][i] += lambda
	}
	return solve(a)
}

// solve solves the linear system whose augmented matrix is a (d rows of
// d+1) by Gaussian elimination with partial pivoting, in place; an unknown
// without a pivot stays 0.
func solve(a [][]float64) []float64 {
	d := len(a)
	for c := 0; c < d; c++ {
		p := c
		for r := c + 1; r < d; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		a[c], a[p] = a[p], a[c]
		if math.Abs(a[c][c]) < 1e-12 {
			continue
		}
		for r := 0; r < d; r++ {
			if r == c {
				continue
			}
			f := a[r][c] / a[c][c]
			for k := c; k <= d; k++ {
				a[r][k] -= f * a[c][k]
			}
		}
	}
	w := make([]float64, d)
	for i := range w {
		if math.Abs(a[i][i]) > 1e-12 {
			w[i] = a[i][d] / a[i][i]
		}
	}
	return w
}

// logistic fits a multinomial logistic regression with L2 penalty l2 by full
// gradient descent on standardised features, and returns weights for the
// raw features.
func logistic(x [][]float64, y []int, classes int, l2 float64, iters int) [][]float64 {
	d := len(x[0])
	z, mu, sd := standardised(x)
	w := make([][]float64, classes)
	g := make([][]float64, classes)
	for c := range w {
		w[c] = make([]float64, d)
		g[c] = make([]float64, d)
	}
	rate := 0.5
	for it := 0; it < iters; it++ {
		for c := range g {
			for i := range g[c] {
				g[c][i] = 0
				if i > 0 {
					g[c][i] = l2 * w[c][i]
				}
			}
		}
		for n, row := range z {
			p := probs(w, row)
			for c := range w {
				e := p[c]
				if c == y[n] {
					e--
				}
				for i, v := range row {
					g[c][i] += e * v / float64(len(z))
				}
			}
		}
		for c := range w {
			for i := range w[c] {
				w[c][i] -= rate * g[c][i]
			}
		}
	}
	out := make([][]float64, classes)
	for c := range w {
		out[c] = raw(w[c], mu, sd)
	}
	return out
}

// raw turns weights w for standardised features back into weights for the
// raw ones, whose means and deviations are mu and sd.
func raw(w, mu, sd []float64) []float64 {
	out := make([]float64, len(w))
	bias := w[0]
	for i := 1; i < len(w); i++ {
		out[i] = w[i] / sd[i]
		bias -= w[i] * mu[i] / sd[i]
	}
	out[0] = bias
	return out
}

// standardised returns the rows of x with each feature but the bias
// (column 0, always 1) shifted and scaled to mean 0 and deviation 1, and
// the means and deviations.
func standardised(x [][]float64) (z [][]float64, mu, sd []float64) {
	d := len(x[0])
	mu = make([]float64, d)
	sd = make([]float64, d)
	for _, row := range x {
		for i, v := range row {
			mu[i] += v
		}
	}
	for i := range mu {
		mu[i] /= float64(len(x))
	}
	for _, row := range x {
		for i, v := range row {
			sd[i] += (v - mu[i]) * (v - mu[i])
		}
	}
	for i := range sd {
		sd[i] = math.Sqrt(sd[i] / float64(len(x)))
		if sd[i] < 1e-9 {
			sd[i] = 1
		}
	}
	mu[0], sd[0] = 0, 1 // the bias column stays 1
	z = make([][]float64, len(x))
	for n, row := range x {
		z[n] = make([]float64, d)
		for i, v := range row {
			z[n][i] = (v - mu[i]) / sd[i]
		}
	}
	return z, mu, sd
}

// logisticNewton fits a logistic regression of y (0 or 1) with L2 penalty
// l2, the objective logistic above descends for two classes, by Newton's
// method on standardised features, and returns weights for the raw
// features: a few steps where gradient descent takes thousands.
func logisticNewton(x [][]float64, y []int, l2 float64) []float64 {
	d := len(x[0])
	z, mu, sd := standardised(x)
	w := make([]float64, d)
	n := float64(len(z))
	for range 25 {
		a := make([][]float64, d)
		for i := range a {
			a[i] = make([]float64, d+1)
			if i > 0 {
				a[i][i] = l2
				a[i][d] = -l2 * w[i]
			}
		}
		for k, row := range z {
			p := stat.Sigmoid(stat.Dot(w, row))
			e, h := float64(y[k])-p, p*(1-p)/n
			for i, vi := range row {
				a[i][d] += e * vi / n
				for j := i; j < d; j++ {
					a[i][j] += h * vi * row[j]
				}
			}
		}
		for i := range a {
			for j := range i {
				a[i][j] = a[j][i]
			}
		}
		step := solve(a)
		largest := 0.0
		for i := range w {
			w[i] += step[i]
			largest = max(largest, math.Abs(step[i]))
		}
		if largest < 1e-9 {
			break
		}
	}
	return raw(w, mu, sd)
}

func probs(w [][]float64, x []float64) []float64 {
	z := make([]float64, len(w))
	for c := range w {
		z[c] = stat.Dot(w[c], x)
	}
	return stat.Softmax(z)
}

func argmax(p []float64) int {
	best := 0
	for i := range p {
		if p[i] > p[best] {
			best = i
		}
	}
	return best
}

func writeWeights(path string, simW []float64, simNames []string, nliW [3][]float64, nliNames []string) error {
	var sb strings.Builder
	sb.WriteString("// Code generated by tools/fitweights; DO NOT EDIT.\n\n")
	sb.WriteString("package compare\n\n")
	sb.WriteString("// simWeights is a ridge regression of the STS Benchmark score (sts-train.csv,\n")
	sb.WriteString("// scaled to 0-1) on simFeatures, in the order of simFeatureNames.\n")
	sb.WriteString("var simWeights = []float64{\n")
	for i, w := range simW {
		fmt.Fprintf(&sb, "\t%s, // %s\n", strconv.FormatFloat(w, 'g', 6, 64), simNames[i])
	}
	sb.WriteString("}\n\n")
	sb.WriteString("// nliWeights is a multinomial logistic regression of the SNLI label\n")
	sb.WriteString("// (snli_1.0_dev.tsv) on nliFeatures, one row per class of relations.\n")
	sb.WriteString("var nliWeights = [3][]float64{\n")
	for c := range nliW {
		sb.WriteString("\t{\n")
		for i, w := range nliW[c] {
			fmt.Fprintf(&sb, "\t\t%s, // %s\n", strconv.FormatFloat(w, 'g', 6, 64), nliNames[i])
		}
		sb.WriteString("\t},\n")
	}
	sb.WriteString("}\n")
	return writeGo(path, sb.String())
}
