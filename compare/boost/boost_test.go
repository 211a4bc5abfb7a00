package boost

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

func TestLogOddsFollowsTheSplits(t *testing.T) {
	// one tree: x[0] > 1 goes right; then x[1] > 5 on the left, nothing on the right
	m := Model{Base: -1, Trees: []Tree{{
		Feature:   []int{0, 1, 0},
		Threshold: []float64{1, 5, math.Inf(1)},
		Leaf:      []float64{0.5, 2, 3, 4},
	}}}
	for _, tt := range []struct {
		x    []float64
		want float64
	}{
		{[]float64{0, 0}, -0.5},
		{[]float64{1, 6}, 1},  // 1 is not above 1
		{[]float64{2, 0}, 2},  // right, then left at the node that does not split
		{[]float64{2, 99}, 2}, // x[1] is not read on the right
	} {
		if got := m.LogOdds(tt.x); got != tt.want {
			t.Errorf("LogOdds(%v) = %v, want %v", tt.x, got, tt.want)
		}
	}
	if p := m.Prob([]float64{0, 0}); math.Abs(p-1/(1+math.Exp(0.5))) > 1e-12 {
		t.Errorf("Prob = %v", p)
	}
}

// xorRows returns rows whose label is 1 when exactly one of the first two
// features is above 0.5, plus a third feature of noise: an interaction no
// weighted sum of the features can tell.
func xorRows(n int, seed uint64) ([][]float64, []int) {
	rng := rand.New(rand.NewPCG(seed, 1))
	x := make([][]float64, n)
	y := make([]int, n)
	for i := range x {
		x[i] = []float64{rng.Float64(), rng.Float64(), rng.Float64()}
		if (x[i][0] > 0.5) != (x[i][1] > 0.5) {
			y[i] = 1
		}
	}
	return x, y
}

func TestFitLearnsAnInteraction(t *testing.T) {
	x, y := xorRows(4000, 1)
	m := Fit(x, y, Options{Trees: 50, Depth: 2, Rate: 0.3, MinLeaf: 20, L2: 1, MaxBins: 64})
	tx, ty := xorRows(2000, 2)
	right := 0
	for i := range tx {
		if (m.Prob(tx[i]) > 0.5) == (ty[i] == 1) {
			right++
		}
	}
	if acc := float64(right) / float64(len(tx)); acc < 0.95 {
		t.Errorf("accuracy on new rows %.3f, want >= 0.95", acc)
	}
	for _, tr := range m.Trees {
		if len(tr.Feature) != 3 || len(tr.Leaf) != 4 {
			t.Fatalf("tree of %d inner nodes and %d leaves, want 3 and 4", len(tr.Feature), len(tr.Leaf))
		}
	}
}

func TestFitIsDeterministic(t *testing.T) {
	x, y := xorRows(500, 3)
	opt := Options{Trees: 10, Depth: 3, Rate: 0.1, MinLeaf: 10, L2: 1, MaxBins: 16}
	if a, b := Fit(x, y, opt), Fit(x, y, opt); !reflect.DeepEqual(a, b) {
		t.Error("two fits of the same rows differ")
	}
}

func TestFitRespectsMinLeaf(t *testing.T) {
	// ten rows: no split can leave 6 on each side, so every tree is a constant
	x, y := xorRows(10, 4)
	m := Fit(x, y, Options{Trees: 5, Depth: 2, Rate: 0.5, MinLeaf: 6, L2: 1, MaxBins: 255})
	first := m.LogOdds(x[0])
	for _, row := range x {
		if m.LogOdds(row) != first {
			t.Fatal("a tree split fewer rows than MinLeaf")
		}
	}
}

func TestFitBaseIsThePrior(t *testing.T) {
	x := [][]float64{{0}, {0}, {0}, {0}}
	y := []int{1, 0, 0, 0}
	m := Fit(x, y, Options{Trees: 0, Depth: 1, Rate: 0.1, MinLeaf: 1, L2: 1, MaxBins: 8})
	if p := m.Prob([]float64{0}); math.Abs(p-0.3) > 1e-9 { // (1 + 0.5) / (4 + 1)
		t.Errorf("prior %v, want 0.3", p)
	}
	if m := Fit(nil, nil, Options{Trees: 3}); len(m.Trees) != 0 || m.Base != 0 {
		t.Errorf("Fit of no rows = %+v", m)
	}
}
