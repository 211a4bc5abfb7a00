package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/parley-reader/parley/compare"
)

// snliLabels maps SNLI gold labels to relations.
var snliLabels = map[string]compare.Relation{
	"entailment":    compare.Agree,
	"contradiction": compare.Contradict,
	"neutral":       compare.Differ,
}

// sentencePair is one labelled pair of a data set: Gold is a relation for
// SNLI, Score the 0-5 similarity for STS-B.
type sentencePair struct {
	Line  int
	Gold  string
	Score float64
	A, B  string
}

// readLines returns the lines of a file split at tabs, numbered from 1.
func readLines(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	for sc.Scan() {
		rows = append(rows, strings.Split(sc.Text(), "\t"))
	}
	return rows, sc.Err()
}

// readSNLI reads an SNLI file (gold_label, sentence1, sentence2 first). It
// skips the header and pairs without a gold label ("-"), and counts as
// malformed the lines with another unknown label or fewer than three columns.
// A file with no usable pair is an error.
func readSNLI(path string) (pairs []sentencePair, skipped, malformed int, err error) {
	rows, err := readLines(path)
	if err != nil {
		return nil, 0, 0, err
	}
	for i, row := range rows {
		if i == 0 && row[0] == "gold_label" {
			continue
		}
		if len(row) == 1 && row[0] == "" {
			continue
		}
		rel, ok := snliLabels[row[0]]
		switch {
		case row[0] == "-":
			skipped++
		case !ok || len(row) < 3:
			malformed++
		default:
			pairs = append(pairs, sentencePair{Line: i + 1, Gold: string(rel), A: row[1], B: row[2]})
		}
	}
	if len(pairs) == 0 {
		return nil, skipped, malformed, fmt.Errorf("%s: no labelled pair", path)
	}
	return pairs, skipped, malformed, nil
}

// readSTS reads an STS Benchmark file: tab-separated, the gold score in the
// fifth column and the sentences in the sixth and seventh; further columns
// (sources) are ignored. Lines with fewer columns or a score that is not a
// number in [0, 5] count as malformed. A file with no usable pair is an
// error.
func readSTS(path string) (pairs []sentencePair, malformed int, err error) {
	rows, err := readLines(path)
	if err != nil {
		return nil, 0, err
	}
	for i, row := range rows {
		if len(row) == 1 && row[0] == "" {
			continue
		}
		if len(row) < 7 {
			malformed++
			continue
		}
		g, err := strconv.ParseFloat(strings.TrimSpace(row[4]), 64)
		if err != nil || g < 0 || g > 5 {
			malformed++
			continue
		}
		pairs = append(pairs, sentencePair{Line: i + 1, Score: g, A: row[5], B: row[6]})
	}
	if len(pairs) == 0 {
		return nil, malformed, fmt.Errorf("%s: no scored pair", path)
	}
	return pairs, malformed, nil
}

// classifyAll runs compare.Classify on every pair, on all processors; the
// verdicts are in the order of the pairs.
func classifyAll(pairs []sentencePair) []compare.Verdict {
	out := make([]compare.Verdict, len(pairs))
	parallel(len(pairs), func(i int) { out[i] = compare.Classify(pairs[i].A, pairs[i].B) })
	return out
}

// parallel calls f(0) ... f(n-1) on as many goroutines as there are
// processors and returns when all have returned.
func parallel(n int, f func(int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// snliError is one SNLI pair the classifier got wrong.
type snliError struct {
	Line int
	Gold string
	Got  compare.Verdict
	A, B string
}

// snliResult is Classify's score on SNLI.
type snliResult struct {
	Name       string         `json:"name,omitempty"`
	Path       string         `json:"path"`
	Pairs      int            `json:"pairs"`
	Skipped    int            `json:"skipped_without_gold"`
	Malformed  int            `json:"malformed_lines"`
	Accuracy   score          `json:"accuracy"`
	Confusion  *confusion     `json:"confusion"`
	Relations  map[string]prf `json:"relations"`
	OutOfRange int            `json:"similarity_out_of_range"`
	errors     []snliError
}

// evalSNLI scores verdicts against the pairs' gold relations and keeps the
// errors in the pairs' order.
func evalSNLI(pairs []sentencePair, verdicts []compare.Verdict) *snliResult {
	r := &snliResult{Pairs: len(pairs), Confusion: newConfusion(relationLabels, relationLabels), Relations: map[string]prf{}}
	for i, p := range pairs {
		v := verdicts[i]
		r.Confusion.add(p.Gold, string(v.Relation))
		if v.Similarity < 0 || v.Similarity > 1 {
			r.OutOfRange++
		}
		if string(v.Relation) != p.Gold {
			r.errors = append(r.errors, snliError{Line: p.Line, Gold: p.Gold, Got: v, A: p.A, B: p.B})
		}
	}
	r.Accuracy = ratio(r.Confusion.correct(), r.Confusion.total())
	for _, l := range relationLabels {
		r.Relations[l] = r.Confusion.class(l)
	}
	return r
}

// stsResult is the correlation of Classify's similarity with STS-B scores.
type stsResult struct {
	Path       string `json:"path"`
	Pairs      int    `json:"pairs"`
	Malformed  int    `json:"malformed_lines"`
	Pearson    score  `json:"pearson"`
	OutOfRange int    `json:"similarity_out_of_range"`
}

// evalSTS correlates the verdicts' similarity with the pairs' gold scores.
func evalSTS(pairs []sentencePair, verdicts []compare.Verdict) *stsResult {
	r := &stsResult{Pairs: len(pairs)}
	pred := make([]float64, len(pairs))
	gold := make([]float64, len(pairs))
	for i, p := range pairs {
		pred[i], gold[i] = verdicts[i].Similarity, p.Score
		if pred[i] < 0 || pred[i] > 1 {
			r.OutOfRange++
		}
	}
	r.Pearson = pearson(pred, gold)
	return r
}
