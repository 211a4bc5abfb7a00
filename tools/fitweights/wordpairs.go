package main

import (
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"

	"github.com/parley-reader/parley/compare"
	"github.com/parley-reader/parley/compare/stat"
	"github.com/parley-reader/parley/internal/cases"
)

// The word-pair model's fit: stochastic gradient descent on the logistic
// loss, over the slots of inputs seen in at least wordPairMinCount
// candidates. Its inputs are the pairs of words one claim alone uses and
// the words both use (compare.PairingCandidate.WordPairs).
const (
	wordPairEpochs   = 5
	wordPairRate     = 0.03
	wordPairL2       = 1e-2
	wordPairMinCount = 3
	wordPairFolds    = 5
)

// wordPairRow is a candidate of a case, by its word-pair inputs, and
// whether the case makes its claims counterparts.
type wordPairRow struct {
	slots []uint32
	y     int
}

// wordPairRows returns the candidates of c the case says something of (as
// pairRows marks them used).
func wordPairRows(c cases.Case) ([]wordPairRow, error) {
	r, err := pairRows(c)
	if err != nil {
		return nil, err
	}
	var rows []wordPairRow
	for n, k := range r.cands {
		if r.use[n] {
			rows = append(rows, wordPairRow{k.WordPairs, r.y[n]})
		}
	}
	return rows, nil
}

// fitWordPairs fits the word-pair model on rows: the weight of each slot
// and the intercept.
func fitWordPairs(rows []wordPairRow) (w []float64, bias float64) {
	count := make([]int32, compare.WordPairSlots)
	for _, r := range rows {
		for _, s := range r.slots {
			count[s]++
		}
	}
	w = make([]float64, compare.WordPairSlots)
	eachShuffled(len(rows), wordPairEpochs, func(i int) {
		r := rows[i]
		z := bias
		for _, s := range r.slots {
			if count[s] >= wordPairMinCount {
				z += w[s]
			}
		}
		g := stat.Sigmoid(z) - float64(r.y)
		bias -= wordPairRate * g
		for _, s := range r.slots {
			if count[s] >= wordPairMinCount {
				w[s] -= wordPairRate * (g + wordPairL2*w[s])
			}
		}
	})
	return w, bias
}

// wordPairAUC returns the share of (counterpart, other) pairs of rows that
// the log-odds z, one per row, put in the right order.
func wordPairAUC(rows []wordPairRow, z []float64) float64 {
	idx := make([]int, len(rows))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return z[idx[a]] < z[idx[b]] })
	var pos, neg, right float64
	for _, i := range idx {
		if rows[i].y == 1 {
			pos++
			right += neg
		} else {
			neg++
		}
	}
	if pos == 0 || neg == 0 {
		return math.NaN()
	}
	return right / (pos * neg)
}

// fitAndWriteWordPairs fits the word-pair model on the candidates of the
// cases cs, reports how well it orders the candidates of folders held out
// in wordPairFolds folds, and writes wordpairs.bin into out.
func fitAndWriteWordPairs(cs []cases.Case, out string) error {
	rows, fold, err := rowsByFolder(cs, wordPairFolds, wordPairRows)
	if err != nil {
		return err
	}
	held := make([]float64, len(rows))
	crossFit(rows, fold, wordPairFolds, func(rs []wordPairRow) []float64 { w, _ := fitWordPairs(rs); return w },
		func(w []float64, i int) { held[i] = logOddsOf(w, rows[i].slots) })
	log.Printf("word pairs: %d candidates of %d cases; with each folder held out, the model alone orders %.3f of (counterpart, other) candidate pairs", len(rows), len(cs), wordPairAUC(rows, held))
	w, bias := fitWordPairs(rows)
	n := 0
	b := make([]byte, len(w))
	for s, v := range w {
		q := math.Max(-127, math.Min(127, math.Round(v*compare.WordPairScale)))
		b[s] = byte(int8(q))
		if q != 0 {
			n++
		}
	}
	log.Printf("word pairs: %d of %d slots weighted; intercept %.2f (not stored)", n, len(w), bias)
	if err := os.WriteFile(filepath.Join(out, "wordpairs.bin"), b, 0o644); err != nil {
		return fmt.Errorf("word pairs: %w", err)
	}
	return nil
}

// logOddsOf returns the sum of the weights w of slots.
func logOddsOf(w []float64, slots []uint32) float64 {
	z := 0.0
	for _, s := range slots {
		z += w[s]
	}
	return z
}
