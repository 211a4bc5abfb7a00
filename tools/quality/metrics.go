package main

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"

	"github.com/parley-reader/parley/compare/stat"
)

// score is a figure that may be undefined (NaN), as a precision is when
// nothing was predicted. It prints as "-" and encodes as JSON null.
type score float64

// MarshalJSON encodes the score as a number rounded to four places, or null
// when it is NaN or infinite.
func (s score) MarshalJSON() ([]byte, error) {
	f := float64(s)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return []byte("null"), nil
	}
	return json.Marshal(math.Round(f*1e4) / 1e4)
}

// String formats the score with three decimals, or "-" when it is undefined.
func (s score) String() string {
	f := float64(s)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "-"
	}
	return strconv.FormatFloat(f, 'f', 3, 64)
}

// defined reports whether the score is a number.
func (s score) defined() bool {
	return !math.IsNaN(float64(s)) && !math.IsInf(float64(s), 0)
}

// ratio returns a/b, or NaN when b is 0.
func ratio(a, b int) score {
	if b == 0 {
		return score(math.NaN())
	}
	return score(float64(a) / float64(b))
}

// pearson returns the correlation coefficient of a and b, or NaN when they
// differ in length, hold fewer than two values, or either is constant.
func pearson(a, b []float64) score { return score(stat.Pearson(a, b)) }

// prf is the precision, recall and F1 of one class, with the counts they
// come from.
type prf struct {
	TP        int   `json:"tp"`
	Predicted int   `json:"predicted"`
	Gold      int   `json:"gold"`
	Precision score `json:"precision"`
	Recall    score `json:"recall"`
	F1        score `json:"f1"`
}

// newPRF computes precision (tp/predicted), recall (tp/gold) and F1
// (2tp / (predicted+gold)); each is NaN when its denominator is 0.
func newPRF(tp, predicted, gold int) prf {
	return prf{TP: tp, Predicted: predicted, Gold: gold,
		Precision: ratio(tp, predicted), Recall: ratio(tp, gold), F1: ratio(2*tp, predicted+gold)}
}

// confusion counts items by gold label (rows) and predicted label (columns).
type confusion struct {
	rows, cols []string
	n          map[[2]string]int
}

// newConfusion returns an empty matrix with the given row and column labels,
// in the order they print.
func newConfusion(rows, cols []string) *confusion {
	return &confusion{rows: rows, cols: cols, n: map[[2]string]int{}}
}

// add counts one item of gold label g predicted as p.
func (c *confusion) add(g, p string) { c.n[[2]string{g, p}]++ }

// at returns the count of items of gold label g predicted as p.
func (c *confusion) at(g, p string) int { return c.n[[2]string{g, p}] }

// total returns the number of items counted.
func (c *confusion) total() int {
	t := 0
	for _, v := range c.n {
		t += v
	}
	return t
}

// correct returns the number of items whose prediction equals the gold label.
func (c *confusion) correct() int {
	t := 0
	for k, v := range c.n {
		if k[0] == k[1] {
			t += v
		}
	}
	return t
}

// class returns the precision, recall and F1 of label l: predictions count
// over all rows, gold items over all columns.
func (c *confusion) class(l string) prf {
	var predicted, gold int
	for k, v := range c.n {
		if k[1] == l {
			predicted += v
		}
		if k[0] == l {
			gold += v
		}
	}
	return newPRF(c.at(l, l), predicted, gold)
}

// MarshalJSON encodes the matrix as {gold: {predicted: count}} over every
// row and column label.
func (c *confusion) MarshalJSON() ([]byte, error) {
	m := map[string]map[string]int{}
	for _, r := range c.rows {
		m[r] = map[string]int{}
		for _, col := range c.cols {
			m[r][col] = c.at(r, col)
		}
	}
	return json.Marshal(m)
}

// nan returns a NaN.
func nan() float64 { return math.NaN() }

// bootstrapDraws is how many resamples foundInterval draws.
const bootstrapDraws = 2000

// foundInterval returns the 95% bootstrap interval of the share of
// expectations found, resampling whole cases with replacement (the
// expectations of one case stand or fall together): how far the rate of a
// set of ten cases can move by the luck of which cases were written. found
// and total hold each case's counts. The draws are seeded, so the interval
// is the same on every run; with no expectations it is undefined.
func foundInterval(found, total []int) (lo, hi score) {
	n := len(total)
	sum := 0
	for _, t := range total {
		sum += t
	}
	if n == 0 || sum == 0 {
		return score(math.NaN()), score(math.NaN())
	}
	rng := rand.New(rand.NewPCG(1, 2))
	rates := make([]float64, 0, bootstrapDraws)
	for range bootstrapDraws {
		f, t := 0, 0
		for range n {
			k := rng.IntN(n)
			f, t = f+found[k], t+total[k]
		}
		if t > 0 {
			rates = append(rates, float64(f)/float64(t))
		}
	}
	sort.Float64s(rates)
	at := func(q float64) score { return score(rates[int(q*float64(len(rates)-1))]) }
	return at(0.025), at(0.975)
}
